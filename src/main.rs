//! `leadbooth`: parse the command line, then run the booth TUI or a subcommand.
#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    leadbooth::cli::main()
}
