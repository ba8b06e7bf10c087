//! `leadbooth report`: the central office's show report, one self-contained
//! HTML file per event (`<event id>-report.html`), and `--json` with every
//! figure the page shows (see [`crate::report`]).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Args;

use crate::cli::central::CentralTarget;
use crate::cli::out::{self, shown};
use crate::lead::now_utc;
use crate::session::Session;
use crate::stats::ReportOptions;

/// `report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    store: CentralTarget,
    /// Only this event (its id, e.g. demo-2026) [default: every event on file]
    #[arg(long, value_name = "ID")]
    event: Option<String>,
    /// Folder the HTML files are written into [default: the current folder;
    /// with --json, none is written unless --out is given]
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Print the figures as JSON, one object per event per line (format leadbooth-report/1)
    #[arg(long)]
    json: bool,
    /// "Near" expiry or retention date: within this many days from now
    #[arg(long, value_name = "DAYS", default_value_t = 30)]
    within_days: u32,
    /// List records whose retention date (capture + DAYS) is near or past
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
                    anyhow::bail!(
                        "--event {}: no batch of this event in {} (events on file: {})",
                        shown(id),
                        shown(db.location()),
                        if known.is_empty() {
                            "none".to_owned()
                        } else {
                            known.join(", ")
                        }
                    );
                }
            },
            None => events,
        };
        if chosen.is_empty() {
            anyhow::bail!(
                "{}: no batch imported yet, so there is nothing to report (leadbooth import first)",
                shown(db.location())
            );
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
            std::fs::create_dir_all(dir)
                .with_context(|| format!("making the report folder {}", out::path(dir)))?;
        }
        let now = now_utc();
        for (id, name) in chosen {
            let report = crate::report::event_report(&mut *db, &id, &name, now, options)?;
            if self.json {
                out::json(&report)?;
            }
            if let Some(dir) = &dir {
                let path = dir.join(crate::report::file_name(&id));
                crate::fsutil::write_atomic(&path, crate::report::html::page(&report).as_bytes())
                    .with_context(|| format!("writing the report {}", out::path(&path)))?;
                crate::tell!(
                    "wrote {}: {} ({}), {} lead(s) from {} laptop(s)",
                    out::path(&path),
                    shown(&name),
                    shown(&id),
                    report.figures.leads,
                    report.per_laptop.len()
                );
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}
