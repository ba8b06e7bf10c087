//! `leadbooth`: parse the command line, then hand off to a subcommand or, with
//! none, to the booth TUI. The two faces never call each other.
#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::FromArgMatches as _;
use leadbooth::cli::{self, Cli};
use leadbooth::{i18n, session, tui};

fn main() -> ExitCode {
    session::mark_start();
    // The help in the staff language (cli::help); the parse is clap's.
    let matches = cli::help::command(i18n::staff()).get_matches();
    let mut args = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    if let Some(command) = args.command.take() {
        return cli::run(command, &args);
    }
    let booth = args
        .session()
        .map_err(anyhow::Error::from)
        .and_then(|s| tui::run_booth(&s, args.kiosk));
    booth.unwrap_or_else(|e| session::fail(e.as_ref()))
}
