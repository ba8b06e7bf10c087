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
pub mod help;
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
#[command(name = "leadbooth", version = crate::VERSION, about = None, long_about = None)]
pub struct Cli {
    #[arg(long, global = true, env = "LEADBOOTH_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    #[arg(long, global = true, env = "LEADBOOTH_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[arg(long, global = true, value_name = "NAME")]
    pub staff: Option<String>,
    #[arg(long, global = true)]
    pub no_color: bool,
    #[arg(long, global = true, value_enum, value_name = "THEME")]
    pub theme: Option<crate::config::ThemeName>,
    #[arg(long)]
    pub kiosk: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(subcommand)]
    Leads(leads::LeadsCommand),
    #[command(subcommand)]
    Policy(policy::PolicyCommand),
    #[command(subcommand)]
    Attendees(attendees::AttendeesCommand),
    #[command(subcommand)]
    Kiosk(kiosk::KioskCommand),
    Stats(stats::StatsArgs),
    Export(export::ExportArgs),
    Verify(verify::VerifyArgs),
    Import(import::ImportArgs),
    Report(report::ReportArgs),
    #[command(subcommand)]
    Central(central::CentralCommand),
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    #[command(subcommand)]
    Identity(identity::IdentityCommand),
    Doctor(doctor::DoctorArgs),
    InitEvent(init_event::InitEventArgs),
    Completions(docs::CompletionsArgs),
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
    } else if let Some(b) = bare::<crate::batch::BoothExportError>(&e) {
        b.said_in(crate::i18n::staff())
    } else if let Some(r) = bare::<crate::rights::RightsError>(&e) {
        reasons::rights(r)
    } else if let Some(pin) = bare::<crate::pin::PinError>(&e) {
        Some(reasons::pin(pin))
    } else if let Some(q) = bare::<crate::qr::QrFileError>(&e) {
        Some(reasons::qr_file(q))
    } else if let Some(s) = bare::<crate::store::StoreError>(&e) {
        reasons::store(s)
    } else {
        // The office's age identity: there already, unreadable.
        bare::<crate::batch::IdentityError>(&e).map(reasons::identity)
    };
    match said {
        Some(said) => session::fail_with(&said, e.as_ref()),
        // The central office's own (trust dir, database, a person's request, CRM file).
        None => central_failure(&e).unwrap_or_else(|| session::fail(e.as_ref())),
    }
}

/// The central office's failures that stop a command (the trust dir, a key
/// file in it, the central database), said in the staff language when
/// nothing was added to them on the way.
fn central_failure(e: &anyhow::Error) -> Option<ExitCode> {
    if let Some(i) = e.downcast_ref::<crate::import::ImportError>()
        && e.to_string() == i.to_string()
    {
        return Some(session::fail_with(&reasons::import(i), e.as_ref()));
    }
    if let Some(c) = e.downcast_ref::<crate::central::CentralError>()
        && e.to_string() == c.to_string()
    {
        return Some(session::fail_with(&reasons::central(c), e.as_ref()));
    }
    if let Some(p) = e.downcast_ref::<crate::import::person::PersonError>()
        && e.to_string() == p.to_string()
    {
        return Some(session::fail_with(&reasons::person(p), e.as_ref()));
    }
    if let Some(c) = e.downcast_ref::<crate::import::CsvError>()
        && e.to_string() == c.to_string()
    {
        return Some(session::fail_with(&reasons::csv(c), e.as_ref()));
    }
    None
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
