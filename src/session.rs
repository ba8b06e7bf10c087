//! What both faces (the command line and the booth TUI) need for one run: the
//! data dir, the event, who is at the booth, how long the process has run, and
//! how a failure is printed. Neither face imports the other; both start here.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::config::{ConfigError, Event};
use crate::paths::DataDir;
use crate::store::{Store, StoreError};

/// One run's settings, from the global command-line flags.
#[derive(Debug, Clone)]
pub struct Session {
    /// The data dir.
    pub data: DataDir,
    /// `--config` / `LEADBOOTH_CONFIG`.
    pub config: Option<PathBuf>,
    /// `--staff`.
    pub staff: Option<String>,
    /// Colours off (`--no-color` or `NO_COLOR`).
    pub no_color: bool,
    /// `--theme`, when given.
    pub theme: Option<crate::config::ThemeName>,
}

impl Session {
    /// Loads the event (see [`Event::resolve`]).
    pub fn event(&self) -> Result<Event, ConfigError> {
        Event::resolve(self.config.as_deref())
    }

    /// Opens the booth store, records the event's policy version,
    /// and removes the attendee list when the event's purge day has come (see
    /// [`crate::rights::purge_attendees_if_due`]), whatever command opens it.
    pub fn store(&self, event: &Event) -> Result<Store, StoreError> {
        let mut store = Store::open(&self.data)?;
        // Every language's policy document, so a lead can cite the one shown.
        for policy in event.policies() {
            store.record_policy(policy)?;
        }
        let today = chrono::Utc::now().date_naive();
        if let Some(n) =
            crate::rights::purge_attendees_if_due(&mut store, event, today, &self.staff_name())?
        {
            tracing::info!(removed = n, "attendee list purged after the event");
        }
        Ok(store)
    }

    /// The booth store for a command that only reads (or, like export, can do
    /// its job without writing): opened as [`Session::store`] does, or, when the
    /// database is damaged or read-only, opened read-only
    /// ([`Store::open_read_only`]) so what is on file can still be read.
    pub fn reading_store(&self, event: &Event) -> Result<Store, StoreError> {
        match self.store(event) {
            Err(StoreError::Damaged { .. } | StoreError::ReadOnly { .. }) => {
                Store::open_read_only(&self.data)
            }
            other => other,
        }
    }

    /// The staff name for records made now: `--staff`, else the OS user.
    pub fn staff_name(&self) -> String {
        self.staff.clone().unwrap_or_else(os_user)
    }
}

/// This laptop's UTC offset now (the booth's days and hours are local).
pub fn local_offset() -> chrono::FixedOffset {
    use chrono::Offset as _;
    chrono::Local::now().offset().fix()
}

/// The operating-system user name (`USER` / `USERNAME`), else `staff`.
pub fn os_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "staff".to_owned())
}

/// The operating-system account running leadbooth, for the consent record's
/// collector: on Linux the name of the process's real user id (from
/// `/etc/passwd`), which an environment variable cannot change; elsewhere, or
/// when that cannot be read, [`os_user`].
pub fn os_account() -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        if let Ok(meta) = std::fs::metadata("/proc/self") {
            let uid = meta.uid().to_string();
            let name = std::fs::read_to_string("/etc/passwd")
                .ok()
                .and_then(|passwd| {
                    passwd.lines().find_map(|l| {
                        let mut parts = l.split(':');
                        let name = parts.next()?;
                        (parts.nth(1)? == uid).then(|| name.to_owned())
                    })
                });
            return name.unwrap_or_else(|| format!("uid {uid}"));
        }
    }
    os_user()
}

/// True when colours must be off: `--no-color` or a non-empty `NO_COLOR`
/// (<https://no-color.org>).
pub fn no_color(flag: bool) -> bool {
    flag || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Marks the process start; `main` calls it first.
pub fn mark_start() {
    let _ = STARTED.set(Instant::now());
}

/// Time since [`mark_start`] (the benchmarks' "process start").
pub fn since_start() -> Duration {
    STARTED.get_or_init(Instant::now).elapsed()
}

pub use crate::text::error_line;

/// Logs `e` and prints it as one sanitised line on stderr
/// (`leadbooth: error: …`); the exit code for a failed run, 1.
/// As [`fail`], with `said` (the error in the staff language) on the terminal
/// and the error's own English words in the log.
pub fn fail_with(said: &str, e: &(dyn std::error::Error + 'static)) -> ExitCode {
    tracing::error!("{}", error_line(e));
    let shown = crate::text::sanitize_line(said);
    eprintln!("{}", crate::i18n::error_line(&shown));
    ExitCode::from(1)
}

pub fn fail(e: &(dyn std::error::Error + 'static)) -> ExitCode {
    let line = error_line(e);
    tracing::error!("{line}");
    let shown = crate::text::sanitize_line(&line);
    eprintln!("{}", crate::i18n::error_line(&shown));
    ExitCode::from(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("outer: {0}")]
    struct Outer(#[source] Inner);

    #[derive(Debug, thiserror::Error)]
    #[error("inner")]
    struct Inner;

    #[derive(Debug, thiserror::Error)]
    #[error("wrapper")]
    struct Wrapper(#[source] Outer);

    #[test]
    fn error_line_joins_causes_once() {
        assert_eq!(error_line(&Outer(Inner)), "outer: inner");
        assert_eq!(error_line(&Wrapper(Outer(Inner))), "wrapper: outer: inner");
        let any = anyhow::Error::new(Outer(Inner)).context("exporting");
        assert_eq!(error_line(any.as_ref()), "exporting: outer: inner");
    }
}
