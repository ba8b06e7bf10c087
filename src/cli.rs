//! The command line (SPEC.md "Command line"): one clap definition, one file per
//! subcommand under `cli/`. Data goes to stdout, messages to stderr; exit codes are
//! 0 ok, 1 failed check or invalid input, 2 usage. `main` parses it and hands a
//! subcommand to [`run`], or no subcommand to the booth TUI.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::paths::{DataDir, PathsError};
use crate::session::{self, Session};

pub mod attendees;
pub mod central;
pub mod docs;
pub mod doctor;
pub mod export;
pub mod identity;
pub mod import;
pub mod init_event;
pub mod keys;
pub mod kiosk;
pub mod leads;
pub mod out;
pub mod policy;
pub mod reasons;
pub mod report;
pub mod stats;
pub mod verify;
pub mod words;

/// `leadbooth` and its global flags; no subcommand runs the booth TUI.
#[derive(Debug, Parser)]
#[command(name = "leadbooth", version = crate::VERSION, about, long_about = None)]
pub struct Cli {
    /// Data dir holding leadbooth.sqlite3, keys/ and exports/ [default: the platform data dir]
    #[arg(long, global = true, env = "LEADBOOTH_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Event file (TOML) [default: event.toml in the platform config dir, else the built-in demo event]
    #[arg(long, global = true, env = "LEADBOOTH_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Who is capturing: recorded as "captured by" [default: picker or the OS user]
    #[arg(long, global = true, value_name = "NAME")]
    pub staff: Option<String>,
    /// No colours (also when NO_COLOR is set)
    #[arg(long, global = true)]
    pub no_color: bool,
    /// The booth's look: color, or high-contrast for people who read a low-contrast screen badly [default: the event's [kiosk] theme in kiosk mode, else color]
    #[arg(long, global = true, value_enum, value_name = "THEME")]
    pub theme: Option<crate::config::ThemeName>,
    /// Attendee self-service mode: no lead list, staff PIN to leave
    #[arg(long)]
    pub kiosk: bool,
    /// What to do; none runs the booth
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List, show, add, erase leads
    #[command(subcommand)]
    Leads(leads::LeadsCommand),
    /// Show the privacy policy or write its QR code
    #[command(subcommand)]
    Policy(policy::PolicyCommand),
    /// Load the pre-registered attendee list for badge-ID lookup
    #[command(subcommand)]
    Attendees(attendees::AttendeesCommand),
    /// Kiosk settings: the staff PIN
    #[command(subcommand)]
    Kiosk(kiosk::KioskCommand),
    /// This laptop's figures: leads per hour today, per staff member, ratings, consent per purpose, what is not exported
    Stats(stats::StatsArgs),
    /// Write a signed batch of the leads that are new since the last batch
    Export(export::ExportArgs),
    /// Check a batch: exit 0 only if signature, checksums and manifest hold
    Verify(verify::VerifyArgs),
    /// Central side: verify batches from trusted laptops and merge them into one database
    Import(import::ImportArgs),
    /// Central office: the show report, one HTML file per event (inline charts, no network), --json for the figures
    Report(report::ReportArgs),
    /// Central office: a person's rights by email address (show, erase, withdraw), retention, the CRM files, and a receipt number's lead
    #[command(subcommand)]
    Central(central::CentralCommand),
    /// The device signing key: init, show, pubkey
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    /// Central office: the age identity that decrypts encrypted batches
    #[command(subcommand)]
    Identity(identity::IdentityCommand),
    /// Check this laptop is ready: data dir, database, free space, key, event, terminal
    Doctor(doctor::DoctorArgs),
    /// Write a commented example event file to start a show's configuration
    InitEvent(init_event::InitEventArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions(docs::CompletionsArgs),
    /// Print the manual page (roff)
    Manpage,
}

impl Cli {
    /// The session this command line asks for: the data dir (`--data-dir` /
    /// `LEADBOOTH_DATA_DIR`, else the platform data dir), the event file, the
    /// staff name and colours.
    ///
    /// Errors: [`PathsError::NoHome`] when no data dir can be found.
    pub fn session(&self) -> Result<Session, PathsError> {
        Ok(Session {
            data: DataDir::resolve(self.data_dir.as_deref())?,
            config: self.config.clone(),
            staff: self.staff.clone(),
            no_color: session::no_color(self.no_color),
            theme: self.theme,
        })
    }
}

/// Runs one subcommand with the global flags of `cli`, and turns any error into
/// one sanitised line on stderr with exit code 1.
pub fn run(command: Command, cli: &Cli) -> ExitCode {
    let result = match command {
        // These need no data dir and must not create one (they run on build machines).
        Command::InitEvent(a) => a.run(),
        Command::Completions(a) => a.run(),
        Command::Manpage => docs::manpage(),
        command => run_with_data(command, cli),
    };
    result.unwrap_or_else(fail)
}

/// One failed command or booth start as one sanitised line on stderr, exit
/// code 1. An error that reaches here as the domain made it (nothing added on
/// the way) and that a person meets at the command line is said in the staff
/// language, still naming its file, line, key or data dir; the rest keep
/// their words (the log always has the English).
pub fn fail(e: anyhow::Error) -> ExitCode {
    /// `e` itself when it is an `E` with nothing added around it.
    fn bare<E: std::error::Error + Send + Sync + 'static>(e: &anyhow::Error) -> Option<&E> {
        e.downcast_ref::<E>()
            .filter(|inner| e.to_string() == inner.to_string())
    }
    let said = if let Some(c) = bare::<crate::config::ConfigError>(&e) {
        Some(reasons::config(c, crate::i18n::staff()))
    } else if let Some(k) = bare::<crate::batch::KeyError>(&e) {
        Some(reasons::key(k))
    } else if let Some(s) = bare::<crate::store::StoreError>(&e) {
        reasons::store(s)
    } else if let Some(p) = bare::<crate::import::person::PersonError>(&e) {
        reasons::person(p)
    } else {
        None
    };
    match said {
        Some(said) => session::fail_with(&said, e.as_ref()),
        None => session::fail(e.as_ref()),
    }
}

fn run_with_data(command: Command, cli: &Cli) -> anyhow::Result<ExitCode> {
    let ctx = cli.session()?;
    // Doctor only looks: it must not create the data dir it reports on.
    if !matches!(command, Command::Doctor(_)) {
        crate::logging::init(&ctx.data.logs());
    }
    match command {
        Command::Leads(c) => c.run(&ctx),
        Command::Policy(c) => c.run(&ctx),
        Command::Attendees(c) => c.run(&ctx),
        Command::Kiosk(c) => c.run(&ctx),
        Command::Stats(c) => c.run(&ctx),
        Command::Export(c) => c.run(&ctx),
        Command::Verify(c) => c.run(&ctx),
        Command::Import(c) => c.run(&ctx),
        Command::Report(c) => c.run(&ctx),
        Command::Central(c) => c.run(&ctx),
        Command::Keys(c) => c.run(&ctx),
        Command::Identity(c) => c.run(&ctx),
        Command::Doctor(a) => a.run(&ctx),
        Command::InitEvent(a) => a.run(),
        Command::Completions(a) => a.run(),
        Command::Manpage => docs::manpage(),
    }
}
