//! `leadbooth`: parse the command line, then hand off to a subcommand or, with
//! none, to the booth TUI. The two faces never call each other.
#![forbid(unsafe_code)]

use std::process::ExitCode;

use leadbooth::cli;
use leadbooth::{i18n, session, tui};

fn main() -> ExitCode {
    session::mark_start();
    let mut args = cli::help::parse(i18n::staff());
    if let Some(command) = args.command.take() {
        return cli::run(command, &args);
    }
    let booth = args
        .session()
        .map_err(anyhow::Error::from)
        .and_then(|s| tui::run_booth(&s, args.kiosk));
    booth.unwrap_or_else(cli::fail)
}
