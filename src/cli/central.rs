//! `leadbooth central ...`: commands for the central office's database (the
//! one `leadbooth import --into FILE` fills). `central receipt ID --into FILE`
//! finds the lead an attendee's receipt number names, e.g. when they write in to
//! withdraw quoting it.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use serde_json::json;

use super::out::{self, shown};
use crate::central::SqliteCentral;
use crate::lead::rfc3339;
use crate::session::Session;

/// `central` subcommands.
#[derive(Debug, Subcommand)]
pub enum CentralCommand {
    /// Find the lead (and its contact) an attendee's receipt number names
    Receipt {
        /// The receipt number, as the attendee's receipt shows it (case, spaces and dashes do not matter)
        id: String,
        /// The central database (SQLite) that batches were imported into
        #[arg(long, value_name = "FILE")]
        into: PathBuf,
        /// One JSON object per lead found
        #[arg(long)]
        json: bool,
    },
}

impl CentralCommand {
    /// Runs the subcommand; exit 1 when nothing is found.
    pub fn run(self, _ctx: &Session) -> anyhow::Result<ExitCode> {
        match self {
            CentralCommand::Receipt { id, into, json } => {
                if !into.is_file() {
                    anyhow::bail!("--into {}: no such central database", out::path(&into));
                }
                let mut db = SqliteCentral::open(&into)?;
                let hits = crate::import::find_receipt(&mut db, &id)?;
                if hits.is_empty() {
                    anyhow::bail!(
                        "receipt {}: no lead with this receipt number in {} (not imported yet, erased, or mistyped)",
                        shown(&id),
                        out::path(&into)
                    );
                }
                for h in &hits {
                    if json {
                        let consents: serde_json::Map<String, serde_json::Value> = h
                            .consents
                            .iter()
                            .map(|(p, s)| (p.clone(), json!(s.as_str())))
                            .collect();
                        let v = json!({
                            "lead_id": h.lead_id, "contact_id": h.contact_id,
                            "email": h.email_key, "event_id": h.event_id,
                            "event_name": h.event_name, "captured_at": rfc3339(&h.captured_at),
                            "device_id": h.device_id, "batch_id": h.batch_id,
                            "policy_sha256": h.policy_sha256, "consents": consents,
                        });
                        out::json(&v)?;
                        continue;
                    }
                    let decisions: Vec<String> = h
                        .consents
                        .iter()
                        .map(|(p, s)| format!("{p}={}", s.as_str()))
                        .collect();
                    // Each value from the central database on its own line,
                    // shown (one line, hidden characters made visible).
                    crate::say!(
                        "lead       {}\ncontact    {} <{}>\nevent      {} ({})\ncaptured   {} on device {}\nbatch      {}\npolicy     {}\nconsents   {}",
                        h.lead_id,
                        h.contact_id,
                        shown(h.email_key.as_deref().unwrap_or("no email")),
                        shown(&h.event_name),
                        shown(&h.event_id),
                        rfc3339(&h.captured_at),
                        h.device_id,
                        h.batch_id,
                        shown(&h.policy_sha256),
                        shown(decisions.join(" ")),
                    )?;
                }
                Ok(ExitCode::SUCCESS)
            }
        }
    }
}
