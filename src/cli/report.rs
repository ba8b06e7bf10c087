//! `leadbooth report`: the central office's show report, one self-contained
//! HTML file per event (`<event id>-report.html`), and `--json` with every
//! figure the page shows (see [`crate::report`]).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Args;

use crate::cli::central::CentralTarget;
use crate::cli::out::{self, shown};
use crate::cli::words::{self, arg, num};
use crate::i18n::msg::commands as m;
use crate::lead::now_utc;
use crate::session::Session;
use crate::stats::ReportOptions;

// `report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    store: CentralTarget,
    #[arg(long, value_name = "ID")]
    event: Option<String>,
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    #[arg(long)]
    json: bool,
    #[arg(long, value_name = "DAYS", default_value_t = 30)]
    within_days: u32,
    #[arg(long, value_name = "DAYS")]
    retention_days: Option<u32>,
}

impl ReportArgs {
    /// Writes the reports.
    pub fn run(self, _ctx: &Session) -> anyhow::Result<ExitCode> {
        let mut db = self.store.open()?;
        let events = crate::report::events(&mut *db)?;
        let chosen: Vec<(String, String)> = match &self.event {
            Some(id) => match events.iter().find(|(e, _)| e == id) {
                Some(e) => vec![e.clone()],
                None => {
                    let known: Vec<String> =
                        events.iter().map(|(e, _)| shown(e).to_string()).collect();
                    let known = if known.is_empty() {
                        words::text(m::REPORT_NONE).to_owned()
                    } else {
                        known.join(", ")
                    };
                    anyhow::bail!(words::say(
                        m::REPORT_NO_EVENT,
                        [
                            ("id", arg(&shown(id).to_string())),
                            ("db", arg(&shown(db.location()).to_string())),
                            ("known", arg(&known)),
                        ]
                    ));
                }
            },
            None => events,
        };
        if chosen.is_empty() {
            anyhow::bail!(words::say(
                m::REPORT_NOTHING,
                [("db", arg(&shown(db.location()).to_string()))]
            ));
        }
        let options = ReportOptions {
            within_days: self.within_days,
            retention_days: self.retention_days,
        };
        let dir = match (&self.out, self.json) {
            (Some(d), _) => Some(d.clone()),
            (None, false) => Some(PathBuf::from(".")),
            (None, true) => None,
        };
        if let Some(dir) = &dir {
            std::fs::create_dir_all(dir).with_context(|| {
                words::say(
                    m::REPORT_MAKING_FOLDER,
                    [("path", arg(&out::path(dir).to_string()))],
                )
            })?;
        }
        let now = now_utc();
        for (id, name) in chosen {
            let report = crate::report::event_report(&mut *db, &id, &name, now, options)?;
            if self.json {
                out::json(&report)?;
            }
            if let Some(dir) = &dir {
                let path = dir.join(crate::report::file_name(&id));
                crate::fsutil::write_atomic(
                    &path,
                    crate::report::html::page(&report, crate::i18n::staff()).as_bytes(),
                )
                .with_context(|| {
                    words::say(
                        m::REPORT_WRITING,
                        [("path", arg(&out::path(&path).to_string()))],
                    )
                })?;
                crate::tell!(
                    "{}",
                    words::say(
                        m::REPORT_WROTE,
                        [
                            ("path", arg(&out::path(&path).to_string())),
                            ("name", arg(&shown(&name).to_string())),
                            ("id", arg(&shown(&id).to_string())),
                            ("leads", num(report.figures.leads)),
                            ("laptops", num(report.per_laptop.len() as u64)),
                        ],
                    )
                );
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}
