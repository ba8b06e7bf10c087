//! The command line (SPEC.md "Command line"): one clap definition, one file per
//! subcommand under `cli/`. Data goes to stdout, messages to stderr; exit codes are
//! 0 ok, 1 failed check or invalid input, 2 usage.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::Event;
use crate::paths::DataDir;
use crate::store::Store;

pub mod attendees;
pub mod docs;
pub mod doctor;
pub mod export;
pub mod init_event;
pub mod keys;
pub mod kiosk;
pub mod leads;
pub mod policy;
pub mod verify;

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
    /// Write a signed batch of the leads that are new since the last batch
    Export(export::ExportArgs),
    /// Check a batch: exit 0 only if signature, checksums and manifest hold
    Verify(verify::VerifyArgs),
    /// The device signing key: init, show, pubkey
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    /// Check this laptop is ready: data dir, database, free space, key, event, terminal
    Doctor(doctor::DoctorArgs),
    /// Write a commented example event file to start a show's configuration
    InitEvent(init_event::InitEventArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions(docs::CompletionsArgs),
    /// Print the manual page (roff)
    Manpage,
}

/// What every subcommand needs: where the data lives and which event is on.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The data dir.
    pub data: DataDir,
    /// `--config` / `LEADBOOTH_CONFIG`.
    pub config: Option<PathBuf>,
    /// `--staff`.
    pub staff: Option<String>,
    /// Colours off (`--no-color` or `NO_COLOR`).
    pub no_color: bool,
}

impl Ctx {
    /// Loads the event (see [`Event::resolve`]).
    pub fn event(&self) -> anyhow::Result<Event> {
        Ok(Event::resolve(self.config.as_deref())?)
    }

    /// Opens the booth store and records the event's policy version.
    pub fn store(&self, event: &Event) -> anyhow::Result<Store> {
        let store = Store::open(&self.data)?;
        store.record_policy(&event.policy)?;
        Ok(store)
    }

    /// The staff name for records made now: `--staff`, else the OS user.
    pub fn staff_name(&self) -> String {
        self.staff.clone().unwrap_or_else(os_user)
    }
}

/// The operating-system user name (`USER` / `USERNAME`), else `staff`.
pub fn os_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "staff".to_owned())
}

static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Time since [`main`] started (the benchmarks' "process start").
pub fn since_start() -> std::time::Duration {
    STARTED.get_or_init(std::time::Instant::now).elapsed()
}

/// True when colours must be off: `--no-color` or a non-empty `NO_COLOR`
/// (<https://no-color.org>).
pub fn no_color(flag: bool) -> bool {
    flag || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Parses the command line, runs it, and turns any error into one sanitised line
/// on stderr with exit code 1.
pub fn main() -> ExitCode {
    let _ = STARTED.set(std::time::Instant::now());
    let cli = Cli::parse();
    let result = match cli.command {
        // These need no data dir and must not create one (they run on build machines).
        Some(Command::InitEvent(a)) => a.run(),
        Some(Command::Completions(a)) => a.run(),
        Some(Command::Manpage) => docs::manpage(),
        command => return run_with_data(Cli { command, ..cli }),
    };
    match result {
        Ok(code) => code,
        Err(e) => fail(&e),
    }
}

fn run_with_data(cli: Cli) -> ExitCode {
    let data = match DataDir::resolve(cli.data_dir.as_deref()) {
        Ok(d) => d,
        Err(e) => return fail(&e),
    };
    // Doctor only looks: it must not create the data dir it reports on.
    if !matches!(cli.command, Some(Command::Doctor(_))) {
        crate::logging::init(&data.logs());
    }
    let ctx = Ctx {
        data,
        config: cli.config.clone(),
        staff: cli.staff.clone(),
        no_color: no_color(cli.no_color),
    };
    let result = match cli.command {
        None => crate::tui::run_booth(&ctx, cli.kiosk),
        Some(Command::Leads(c)) => c.run(&ctx),
        Some(Command::Policy(c)) => c.run(&ctx),
        Some(Command::Attendees(c)) => c.run(&ctx),
        Some(Command::Kiosk(c)) => c.run(&ctx),
        Some(Command::Export(c)) => c.run(&ctx),
        Some(Command::Verify(c)) => c.run(&ctx),
        Some(Command::Keys(c)) => c.run(&ctx),
        Some(Command::Doctor(a)) => a.run(&ctx),
        Some(Command::InitEvent(_) | Command::Completions(_) | Command::Manpage) => {
            unreachable!("handled before the data dir is resolved")
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => fail(&e),
    }
}

fn fail(e: &anyhow::Error) -> ExitCode {
    let line = error_line(e);
    tracing::error!("{line}");
    eprintln!("leadbooth: error: {}", crate::text::sanitize_line(&line));
    ExitCode::from(1)
}

/// The error and its causes on one line, `: `-separated, leaving out a cause whose
/// text the line already holds (many error types repeat their source's message).
pub fn error_line(e: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}
