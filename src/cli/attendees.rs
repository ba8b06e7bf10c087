//! `leadbooth attendees import FILE.csv`: the pre-registered attendee list that a
//! scanned registration ID is looked up in, offline.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Subcommand;

use crate::cli::words::{self, arg, num};
use crate::i18n::msg::commands as m;
use crate::session::Session;

// `attendees` subcommands.
#[derive(Debug, Subcommand)]
pub enum AttendeesCommand {
    Import { file: PathBuf },
    Purge,
}

impl AttendeesCommand {
    /// Runs the subcommand.
    pub fn run(self, ctx: &Session) -> anyhow::Result<ExitCode> {
        let event = ctx.event()?;
        let mut store = ctx.store(&event)?;
        match self {
            AttendeesCommand::Import { file } => {
                let name = crate::cli::out::path(&file).to_string();
                if let Some(day) = event
                    .attendee_purge_day()
                    .filter(|d| *d <= chrono::Utc::now().date_naive())
                {
                    anyhow::bail!(words::say(
                        m::ATTENDEES_PURGED_ALREADY,
                        [
                            ("file", arg(&name)),
                            ("day", arg(&day.to_string())),
                            ("days", num(u64::from(event.attendee_list_days))),
                        ]
                    ));
                }
                let nothing = || words::say(m::ATTENDEES_NOTHING_IMPORTED, [("file", arg(&name))]);
                let f = std::fs::File::open(&file).with_context(|| {
                    words::say(m::ATTENDEES_CANNOT_READ, [("file", arg(&name))])
                })?;
                let rows = crate::attendee::read_csv(std::io::BufReader::new(f)).map_err(|e| {
                    anyhow::anyhow!(words::say(
                        m::ATTENDEES_REFUSED,
                        [
                            ("file", arg(&name)),
                            ("why", arg(&crate::cli::reasons::attendee(&e))),
                        ]
                    ))
                })?;
                let mut report = |e: &crate::attendee::AttendeeError| {
                    crate::tell!(
                        "{}",
                        words::warning_line(&words::say(
                            m::ATTENDEES_ROW_SKIPPED,
                            [
                                ("file", arg(&name)),
                                ("error", arg(&crate::cli::reasons::attendee(e)))
                            ],
                        ))
                    );
                };
                let done = store
                    .import_attendees(rows, &ctx.staff_name(), &name, &mut report)
                    .with_context(nothing)?;
                let imported = done.added + done.replaced;
                crate::tell!(
                    "{}",
                    words::say(
                        m::ATTENDEES_IMPORTED,
                        [
                            ("count", num(imported as u64)),
                            ("file", arg(&name)),
                            ("new", num(done.added as u64)),
                            ("updated", num(done.replaced as u64)),
                            ("skipped", num(done.skipped as u64)),
                            ("total", num(store.attendee_count()?)),
                        ],
                    )
                );
                // A list of which no row could be read is a failure to fix.
                Ok(if imported == 0 && done.skipped > 0 {
                    ExitCode::FAILURE
                } else {
                    ExitCode::SUCCESS
                })
            }
            AttendeesCommand::Purge => {
                let n = store.purge_attendees(&ctx.staff_name(), "attendees purge")?;
                crate::tell!(
                    "{}",
                    words::say(m::ATTENDEES_REMOVED, [("count", num(n as u64))])
                );
                Ok(ExitCode::SUCCESS)
            }
        }
    }
}
