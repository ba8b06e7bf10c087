//! `leadbooth central ...`: commands for the central office's database (the
//! one `leadbooth import --into FILE|postgres://…` fills): a person's rights by email
//! address across every laptop's leads (`show`, `erase`, `withdraw`; see
//! [`crate::import::person`]), central retention (`purge`), the CRM files
//! without a batch (`crm`), and `receipt ID`, which finds the lead an
//! attendee's receipt number names, e.g. when they write in to withdraw quoting
//! it.

use std::ffi::OsString;
use std::path::Path;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde_json::json;

use crate::central::ReceiptConsent;
use crate::central::{self, CentralStore, is_postgres_url};
use crate::cli::import::CrmArgs;
use crate::cli::out::{self, shown};
use crate::cli::words::{self, arg, num};
use crate::i18n::msg::central as cm;
use crate::i18n::msg::commands as m;
use crate::import::person::{erase_person, person_record, purge_past_retention, withdraw_person};
use crate::lead::{now_utc, rfc3339};
use crate::session::Session;

// `central` subcommands.
#[derive(Debug, Subcommand)]
pub enum CentralCommand {
    Receipt {
        id: String,
        #[command(flatten)]
        store: CentralTarget,
        #[arg(long)]
        json: bool,
    },
    Show {
        email: String,
        #[command(flatten)]
        store: CentralTarget,
        #[arg(long)]
        json: bool,
    },
    Erase {
        email: String,
        #[command(flatten)]
        store: CentralTarget,
    },
    Withdraw {
        email: String,
        #[arg(long, value_name = "P")]
        purpose: String,
        #[command(flatten)]
        store: CentralTarget,
    },
    Crm {
        #[command(flatten)]
        store: CentralTarget,
        #[command(flatten)]
        crm: CrmArgs,
    },
    Purge {
        #[arg(long, value_name = "DAYS")]
        older_than: u32,
        #[command(flatten)]
        store: CentralTarget,
    },
}

impl CentralCommand {
    /// Runs the subcommand; needs no data dir or event.
    pub fn run(self, ctx: &Session) -> anyhow::Result<ExitCode> {
        let by = ctx.staff_name();
        match self {
            CentralCommand::Receipt { id, store, json } => {
                let mut db = store.open()?;
                let hits = crate::import::find_receipt(&mut *db, &id)?;
                if hits.is_empty() {
                    anyhow::bail!(words::say(
                        m::CENTRAL_NO_RECEIPT,
                        [
                            ("id", arg(&shown(&id).to_string())),
                            ("db", arg(&shown(db.location()).to_string())),
                        ]
                    ));
                }
                for h in &hits {
                    if json {
                        let consents: serde_json::Map<String, serde_json::Value> = h
                            .consents
                            .iter()
                            .map(|c| (c.purpose.clone(), json!(c.state.as_str())))
                            .collect();
                        // The language each wording was shown in and the one
                        // the attendee asked for, as the CRM file has them.
                        let languages: serde_json::Map<String, serde_json::Value> = h
                            .consents
                            .iter()
                            .map(|c| {
                                let v = json!({
                                    "language": c.language, "language_asked": c.language_asked,
                                });
                                (c.purpose.clone(), v)
                            })
                            .collect();
                        let v = json!({
                            "lead_id": h.lead_id, "contact_id": h.contact_id,
                            "email": h.email_key, "event_id": h.event_id,
                            "event_name": h.event_name, "captured_at": rfc3339(&h.captured_at),
                            "device_id": h.device_id, "batch_id": h.batch_id,
                            "policy_sha256": h.policy_sha256, "consents": consents,
                            "consent_languages": languages,
                        });
                        out::json(&v)?;
                        continue;
                    }
                    let per_purpose = |value: &dyn Fn(&ReceiptConsent) -> &str| {
                        h.consents
                            .iter()
                            .map(|c| format!("{}={}", c.purpose, value(c)))
                            .collect::<Vec<_>>()
                            .join(" ")
                    };
                    let decisions = per_purpose(&|c| c.state.as_str());
                    // Not recorded (a lead of an older schema): "-".
                    let shown_in = per_purpose(&|c| c.language.as_deref().unwrap_or("-"));
                    let asked = per_purpose(&|c| c.language_asked.as_deref().unwrap_or("-"));
                    // Each value from the central database on its own line,
                    // shown (one line, hidden characters made visible); the
                    // labels in the staff language, the values as stored.
                    let email = h
                        .email_key
                        .as_deref()
                        .map(|e| shown(e).to_string())
                        .unwrap_or_else(|| words::text(m::CENTRAL_RECEIPT_NO_EMAIL).to_owned());
                    let captured = words::say(
                        m::CENTRAL_RECEIPT_CAPTURED_VALUE,
                        [
                            ("at", arg(&rfc3339(&h.captured_at))),
                            ("device", arg(&h.device_id.to_string())),
                        ],
                    );
                    let rows = [
                        (m::CENTRAL_RECEIPT_LEAD, h.lead_id.to_string()),
                        (
                            m::CENTRAL_RECEIPT_CONTACT,
                            format!("{} <{email}>", h.contact_id),
                        ),
                        (
                            m::CENTRAL_RECEIPT_EVENT,
                            format!("{} ({})", shown(&h.event_name), shown(&h.event_id)),
                        ),
                        (m::CENTRAL_RECEIPT_CAPTURED, captured),
                        (m::CENTRAL_RECEIPT_BATCH, h.batch_id.to_string()),
                        (
                            m::CENTRAL_RECEIPT_POLICY,
                            shown(&h.policy_sha256).to_string(),
                        ),
                        (m::CENTRAL_RECEIPT_CONSENTS, shown(decisions).to_string()),
                        (cm::RECEIPT_LANGUAGE, shown(shown_in).to_string()),
                        (cm::RECEIPT_LANGUAGE_ASKED, shown(asked).to_string()),
                    ];
                    crate::say!("{}", labelled(&rows, 11))?;
                }
                Ok(ExitCode::SUCCESS)
            }
            CentralCommand::Show { email, store, json } => {
                let mut db = store.open()?;
                let record = person_record(&mut *db, &email)?;
                if json {
                    out::json_pretty(&record.to_json())?;
                    return Ok(ExitCode::SUCCESS);
                }
                let email = out::shown(&record.email).to_string();
                if let Some(at) = record.erased_at {
                    crate::say!(
                        "{}",
                        words::say(
                            m::CENTRAL_ERASED_AT,
                            [("email", arg(&email)), ("at", arg(&rfc3339(&at)))],
                        )
                    )?;
                }
                match &record.contact {
                    None => crate::say!(
                        "{}",
                        words::say(m::CENTRAL_NO_CONTACT, [("email", arg(&email))])
                    )?,
                    Some(c) => {
                        // The heading is for a person; the record below it is
                        // the access request's JSON, the same in every language.
                        let text = serde_json::to_string_pretty(&record.to_json()["contact"])?;
                        crate::say!(
                            "{}\n{}",
                            words::say(
                                m::CENTRAL_CONTACT,
                                [
                                    ("id", arg(&c.contact_id.to_string())),
                                    ("count", num(c.sources.len() as u64)),
                                ],
                            ),
                            text
                        )?;
                    }
                }
                Ok(ExitCode::SUCCESS)
            }
            CentralCommand::Erase { email, store } => {
                let mut db = store.open()?;
                let done = erase_person(&mut *db, &email, &by, now_utc())?;
                crate::tell!(
                    "{}",
                    words::say(
                        m::CENTRAL_ERASED,
                        [
                            ("email", arg(&out::shown(email.trim()).to_string())),
                            ("count", num(done.leads.len() as u64)),
                            ("hash", arg(&done.email_hash)),
                        ],
                    )
                );
                for lead in &done.leads {
                    crate::tell!(
                        "  {}",
                        words::say(m::CENTRAL_REMOVED_LEAD, [("id", arg(&lead.to_string()))])
                    );
                }
                Ok(ExitCode::SUCCESS)
            }
            CentralCommand::Withdraw {
                email,
                purpose,
                store,
            } => {
                let mut db = store.open()?;
                let done = withdraw_person(&mut *db, &email, &purpose, &by, now_utc())?;
                crate::tell!(
                    "{}",
                    words::say(
                        if done.unsubscribed.is_some() {
                            m::CENTRAL_WITHDREW_UNSUBSCRIBED
                        } else {
                            m::CENTRAL_WITHDREW
                        },
                        [
                            ("purpose", arg(&out::shown(purpose.trim()).to_string())),
                            ("email", arg(&out::shown(email.trim()).to_string())),
                            ("count", num(done.leads.len() as u64)),
                        ],
                    )
                );
                Ok(ExitCode::SUCCESS)
            }
            CentralCommand::Crm { store, crm } => {
                if crm.csv.is_none() {
                    anyhow::bail!(words::text(m::CENTRAL_GIVE_CSV));
                }
                let mut db = store.open()?;
                // Contacts merged by older rules lack what the file now carries
                // (merge version 3: each decision's language), as at the import.
                let upgraded = crate::import::upgrade_contacts(&mut *db)?;
                if upgraded > 0 {
                    crate::tell!(
                        "{}",
                        words::say(m::IMPORT_RECOMPUTED, [("count", num(upgraded))])
                    );
                }
                crm.write(&mut *db)?;
                Ok(ExitCode::SUCCESS)
            }
            CentralCommand::Purge { older_than, store } => {
                let mut db = store.open()?;
                let n = purge_past_retention(&mut *db, older_than, &by, now_utc())?;
                crate::tell!(
                    "{}",
                    words::say(
                        m::CENTRAL_PURGED,
                        [("count", num(n)), ("days", num(u64::from(older_than))),],
                    )
                );
                Ok(ExitCode::SUCCESS)
            }
        }
    }
}

// The central store a `central` command works on: `--into`, or
// `LEADBOOTH_CENTRAL` so that a URL with a password stays off the command line.
#[derive(Debug, Args)]
pub struct CentralTarget {
    #[arg(
        long,
        value_name = "FILE|URL",
        env = "LEADBOOTH_CENTRAL",
        hide_env_values = true
    )]
    into: OsString,
}

impl CentralTarget {
    /// Opens the store; an SQLite file must exist already (these commands
    /// never create one).
    pub(crate) fn open(&self) -> anyhow::Result<Box<dyn CentralStore>> {
        let into = self.into.as_os_str();
        check_into(into)?;
        let server = into.to_str().is_some_and(is_postgres_url);
        if !server && !Path::new(into).is_file() {
            anyhow::bail!(words::say(
                m::CENTRAL_NO_DB,
                [("path", arg(&out::path(Path::new(into)).to_string()))]
            ));
        }
        Ok(central::open_existing(into)?)
    }
}

/// Refuses a `--into` written as a URL of another scheme before anything takes
/// it for a file name (and prints it, password and all), and warns when the
/// command line's `--into` holds a password: other users see it in `ps`, the
/// shell's history keeps it. The same URL from `LEADBOOTH_CENTRAL` is fine.
pub(crate) fn check_into(into: &std::ffi::OsStr) -> anyhow::Result<()> {
    if let Some(detail) = central::url_problem(into) {
        return Err(central::CentralError::Url { detail }.into());
    }
    let from_env = std::env::var_os("LEADBOOTH_CENTRAL").is_some_and(|v| v == into);
    let has_password = into
        .to_str()
        .filter(|u| is_postgres_url(u))
        .and_then(|u| u.parse::<postgres::Config>().ok())
        .is_some_and(|c| c.get_password().is_some());
    if has_password && !from_env {
        crate::tell!(
            "{}",
            words::warning_line(words::text(cm::URL_PASSWORD_ARGV))
        );
    }
    Ok(())
}

/// `label value` lines, the values in one column: `least` wide as in English,
/// or the language's longest label and a space.
fn labelled(rows: &[(crate::i18n::Msg, String)], least: usize) -> String {
    use unicode_width::UnicodeWidthStr as _;
    let width = rows
        .iter()
        .map(|(id, _)| words::text(*id).width() + 1)
        .max()
        .unwrap_or(0)
        .max(least);
    let lines: Vec<String> = rows
        .iter()
        .map(|(id, value)| {
            let label = words::text(*id);
            format!("{label}{}{value}", " ".repeat(width - label.width()))
        })
        .collect();
    lines.join("\n")
}
