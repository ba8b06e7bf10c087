//! `--csv OUT`: the merged contacts as a CRM import file, in HubSpot's or
//! Salesforce's column names (the mapping is documented in README.md, "Central
//! import"). RFC 4180 with CR LF, UTF-8 without BOM; every free-text cell is
//! neutralised against formula injection like `leads.csv` (a valid E.164 phone is
//! exempt). Streamed from the database and written atomically: a temporary file
//! beside OUT, fsynced, renamed over it.

use std::io::BufWriter;
use std::path::{Path, PathBuf};

use std::ops::ControlFlow;

use serde_json::Value;

use crate::batch::is_e164;
use crate::central::{CentralError, CentralStore, ConsentState, ContactExport, SourceExport};
use crate::config::QuestionWording;
use crate::lead::rfc3339;
use crate::text::neutralise_formula;

/// Which CRM's column names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Profile {
    /// HubSpot's contact import (the default).
    #[default]
    Hubspot,
    /// Salesforce's Data Import Wizard, lead fields.
    Salesforce,
}

impl Profile {
    /// The name on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Hubspot => "hubspot",
            Profile::Salesforce => "salesforce",
        }
    }
}

/// HubSpot's value of "Legal basis for processing contact's data" for a contact
/// whose email-marketing consent (`marketing_email`) is granted. HubSpot's
/// legal basis is about email marketing, so no other consent sets it.
pub const HUBSPOT_CONSENT_BASIS: &str = "Freely given consent from contact";

/// What Salesforce's required Company gets for a contact without one (Salesforce
/// refuses a lead without it); counted on the import summary, so a person can
/// find and fix those leads.
pub const SALESFORCE_NO_COMPANY: &str = "[not provided]";

/// What Salesforce's required Last Name gets for a contact without one.
pub const SALESFORCE_NO_LAST_NAME: &str = "[not provided]";

const HUBSPOT_LEADING: [&str; 15] = [
    "First Name",
    "Last Name",
    "Email",
    "Phone Number",
    "Company Name",
    "Job Title",
    "Country/Region",
    "Legal basis for processing contact's data",
    "Marketing email subscription status",
    "Leadbooth Rating",
    "Leadbooth Notes",
    "Leadbooth Events",
    "Leadbooth First Captured At",
    "Leadbooth Last Captured At",
    "Leadbooth Source Count",
];

const SALESFORCE_LEADING: [&str; 11] = [
    "First Name",
    "Last Name",
    "Email",
    "Company",
    "Title",
    "Phone",
    "Country",
    "Lead Source",
    "Rating",
    "Email Opt Out",
    "Description",
];

const TRAILING: [&str; 4] = [
    "Leadbooth Review",
    "Leadbooth Contact ID",
    "Leadbooth Lead IDs",
    "Leadbooth Badge IDs",
];

/// Before a source's answers in the notes.
const ANSWERS: &str = "Answers: ";

/// Before the answers of a source whose batch (a format before
/// `leadbooth-batch/3`) did not carry the wording of the questions: they are
/// shown by question id, and the reader is told why.
const ANSWERS_BY_ID: &str = "Answers (by question id: the batch, of an older format, did not carry the questions' wording): ";

/// The columns per consent purpose, after `Consent <purpose>`: the proof of the
/// decision (its date, the policy version and the wording's SHA-256).
const PER_PURPOSE: [&str; 3] = ["Date", "Policy Version", "Wording SHA-256"];

/// The columns per consent purpose after every other column (issue 18): the
/// language the deciding wording was shown in and the language the attendee
/// asked for. New columns only ever go at the end, so a CRM's saved mapping
/// of the earlier columns keeps working.
const PER_PURPOSE_LANGUAGE: [&str; 2] = ["Language", "Language Asked"];

const MARKETING_EMAIL: &str = "marketing_email";

/// The header row of `profile` for the consent purposes `purposes`.
pub fn csv_header(profile: Profile, purposes: &[String]) -> Vec<String> {
    let leading: &[&str] = match profile {
        Profile::Hubspot => &HUBSPOT_LEADING,
        Profile::Salesforce => &SALESFORCE_LEADING,
    };
    leading
        .iter()
        .map(|h| (*h).to_owned())
        .chain(purposes.iter().flat_map(|p| {
            std::iter::once(neutralise_formula(&format!("Consent {p}")).into_owned()).chain(
                PER_PURPOSE
                    .iter()
                    .map(move |c| neutralise_formula(&format!("Consent {p} {c}")).into_owned()),
            )
        }))
        .chain(TRAILING.iter().map(|h| (*h).to_owned()))
        .chain(purposes.iter().flat_map(|p| {
            PER_PURPOSE_LANGUAGE
                .iter()
                .map(move |c| neutralise_formula(&format!("Consent {p} {c}")).into_owned())
        }))
        .collect()
}

/// What [`write_csv`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvSummary {
    /// The file.
    pub path: PathBuf,
    /// The profile.
    pub profile: Profile,
    /// Data rows (contacts).
    pub contacts: u64,
    /// Salesforce: rows whose Company is [`SALESFORCE_NO_COMPANY`].
    pub company_placeholders: u64,
    /// Salesforce: rows whose Last Name is [`SALESFORCE_NO_LAST_NAME`].
    pub last_name_placeholders: u64,
    /// Rows flagged for review (clearly different names for one email).
    pub for_review: u64,
}

/// Why the CSV could not be written (the previous file, if any, is untouched).
#[derive(Debug, thiserror::Error)]
pub enum CsvError {
    /// Writing failed.
    #[error("cannot write CSV {path}: {error}")]
    Io {
        /// The target (or its temporary sibling).
        path: PathBuf,
        /// The IO error.
        error: std::io::Error,
    },
    /// Reading the database failed.
    #[error(transparent)]
    Store(#[from] CentralError),
}

/// Writes every contact of `store` to `out` (atomically) in `profile`'s columns.
pub fn write_csv(
    store: &mut dyn CentralStore,
    out: &Path,
    profile: Profile,
) -> Result<CsvSummary, CsvError> {
    write_csv_since(store, out, profile, None)
}

/// [`write_csv`], only the contacts changed after the change mark `since`
/// (`None`: all; see [`CentralStore::change_mark`]).
pub fn write_csv_since(
    store: &mut dyn CentralStore,
    out: &Path,
    profile: Profile,
    since: Option<i64>,
) -> Result<CsvSummary, CsvError> {
    let purposes = store.purposes()?;

    let dir = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = out.file_name().map_or_else(
        || "contacts.csv".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let io = |path: &Path| {
        let path = path.to_owned();
        move |error| CsvError::Io {
            path: path.clone(),
            error,
        }
    };
    let file = crate::fsutil::private_file_options()
        .create(true)
        .truncate(true)
        .open(&tmp)
        .map_err(io(&tmp))?;
    let result = (|| {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(BufWriter::with_capacity(256 * 1024, file));
        let csv_err = |e: csv::Error| CsvError::Io {
            path: tmp.clone(),
            error: e.into(),
        };
        w.write_record(csv_header(profile, &purposes))
            .map_err(csv_err)?;
        let mut count = 0u64;
        let mut placeholders = (0u64, 0u64, 0u64);
        let mut record: Vec<String> = Vec::new();
        let mut failed = None;
        store.each_contact_changed_since(since, &mut |c| {
            let (company, last) = row(c, profile, &purposes, &mut record);
            placeholders.0 += u64::from(company);
            placeholders.1 += u64::from(last);
            placeholders.2 += u64::from(c.review.is_some());
            match w.write_record(&record) {
                Ok(()) => {
                    count += 1;
                    ControlFlow::Continue(())
                }
                Err(e) => {
                    failed = Some(csv_err(e));
                    ControlFlow::Break(())
                }
            }
        })?;
        if let Some(e) = failed {
            return Err(e);
        }
        let file = w
            .into_inner()
            .map_err(|e| CsvError::Io {
                path: tmp.clone(),
                error: e.into_error(),
            })?
            .into_inner()
            .map_err(|e| CsvError::Io {
                path: tmp.clone(),
                error: e.into_error(),
            })?;
        file.sync_all().map_err(io(&tmp))?;
        std::fs::rename(&tmp, out).map_err(io(out))?;
        crate::fsutil::sync_dir(dir).map_err(io(dir))?;
        Ok((count, placeholders))
    })();
    match result {
        Ok((contacts, (company, last, review))) => Ok(CsvSummary {
            path: out.to_owned(),
            profile,
            contacts,
            company_placeholders: company,
            last_name_placeholders: last,
            for_review: review,
        }),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

fn state(c: &ContactExport, purpose: &str) -> Option<ConsentState> {
    c.consents.get(purpose).map(|d| d.state)
}

/// Rating as the CRMs spell it: `Hot`, `Warm`, `Cold`.
fn rating_word(r: Option<&str>) -> &'static str {
    match r {
        Some("hot") => "Hot",
        Some("warm") => "Warm",
        Some("cold") => "Cold",
        _ => "",
    }
}

/// Every source's notes and answers, oldest first, each tagged
/// `[event id, captured at, staff]`.
fn notes(c: &ContactExport) -> String {
    let mut sources: Vec<&SourceExport> = c.sources.iter().collect();
    sources.sort_by(|a, b| (&a.captured_at, &a.lead_id).cmp(&(&b.captured_at, &b.lead_id)));
    let mut out = String::new();
    for s in sources {
        let answers = answers_text(&s.answers, s.questions.as_deref());
        if s.notes.trim().is_empty() && answers.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&format!(
            "[{}, {}, {}]",
            s.event_id,
            rfc3339(&s.captured_at),
            s.captured_by
        ));
        if !s.notes.trim().is_empty() {
            out.push(' ');
            out.push_str(s.notes.trim_end());
        }
        if !answers.is_empty() {
            out.push('\n');
            out.push_str(if s.questions.is_some() {
                ANSWERS
            } else {
                ANSWERS_BY_ID
            });
            out.push_str(&answers);
        }
    }
    out
}

/// `question: answer; question: a, b` from the stored answers: each question
/// by its wording, in the event's order, when the batch carried the wording
/// (`questions`); else (and for an id the wording does not know) by its id.
fn answers_text(answers: &Value, questions: Option<&[QuestionWording]>) -> String {
    let Value::Object(map) = answers else {
        return String::new();
    };
    let questions = questions.unwrap_or_default();
    let position = |id: &str| questions.iter().position(|q| q.id == id);
    let mut items: Vec<(&String, &Value)> = map.iter().collect();
    // Worded questions in the event's order, then any others by id.
    items.sort_by_key(|(id, _)| position(id).unwrap_or(usize::MAX));
    items
        .into_iter()
        .map(|(q, a)| {
            let value = match a {
                Value::String(s) => s.clone(),
                Value::Array(items) => items
                    .iter()
                    .map(|i| i.as_str().unwrap_or_default())
                    .collect::<Vec<_>>()
                    .join(", "),
                other => other.to_string(),
            };
            let question = position(q).map_or(q.as_str(), |i| questions[i].label.as_str());
            format!("{question}: {value}")
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The distinct event names of the sources, in order of first capture.
fn events(c: &ContactExport) -> String {
    let mut sources: Vec<&SourceExport> = c.sources.iter().collect();
    sources.sort_by_key(|s| s.captured_at);
    let mut names: Vec<&str> = Vec::new();
    for s in sources {
        if !names.contains(&s.event_name.as_str()) {
            names.push(&s.event_name);
        }
    }
    names.join("; ")
}

/// Writes one contact's row into `out`; returns whether Salesforce's Company and
/// Last Name placeholders were used.
fn row(
    c: &ContactExport,
    profile: Profile,
    purposes: &[String],
    out: &mut Vec<String>,
) -> (bool, bool) {
    out.clear();
    let mut placeholders = (false, false);
    let cell = |s: &str| neutralise_formula(s).into_owned();
    let phone = if is_e164(&c.fields[5]) {
        c.fields[5].clone()
    } else {
        cell(&c.fields[5])
    };
    let [first, last, email, company, title, _, country] = &c.fields;
    let email_granted = state(c, MARKETING_EMAIL) == Some(ConsentState::Granted);
    match profile {
        Profile::Hubspot => {
            let marketing_consent = email_granted;
            let subscription = match state(c, MARKETING_EMAIL) {
                Some(ConsentState::Granted) => "Subscribed",
                Some(ConsentState::Withdrawn) => "Unsubscribed",
                _ => "Not specified",
            };
            out.extend([
                cell(first),
                cell(last),
                cell(email),
                phone,
                cell(company),
                cell(title),
                cell(country),
                if marketing_consent {
                    HUBSPOT_CONSENT_BASIS.to_owned()
                } else {
                    String::new()
                },
                subscription.to_owned(),
                rating_word(c.rating.as_deref()).to_owned(),
                cell(&notes(c)),
                cell(&events(c)),
                rfc3339(&c.first_captured_at),
                rfc3339(&c.last_captured_at),
                c.sources.len().to_string(),
            ]);
        }
        Profile::Salesforce => out.extend([
            cell(first),
            if last.trim().is_empty() {
                placeholders.1 = true;
                SALESFORCE_NO_LAST_NAME.to_owned()
            } else {
                cell(last)
            },
            cell(email),
            if company.trim().is_empty() {
                placeholders.0 = true;
                SALESFORCE_NO_COMPANY.to_owned()
            } else {
                cell(company)
            },
            cell(title),
            phone,
            cell(country),
            cell(&c.event_name),
            rating_word(c.rating.as_deref()).to_owned(),
            if email_granted { "0" } else { "1" }.to_owned(),
            cell(&notes(c)),
        ]),
    }
    for p in purposes {
        match c.consents.get(p) {
            Some(d) => out.extend([
                d.state.as_str().to_owned(),
                rfc3339(&d.at),
                d.policy_sha256.clone().unwrap_or_default(),
                d.text_sha256.clone().unwrap_or_default(),
            ]),
            None => out.extend([String::new(), String::new(), String::new(), String::new()]),
        }
    }
    let mut lead_ids: Vec<String> = c.sources.iter().map(|s| s.lead_id.to_string()).collect();
    lead_ids.sort_unstable();
    // The registration IDs badge scans read, each once: the key to the event
    // organiser's attendee list.
    let mut badges: Vec<&str> = c
        .sources
        .iter()
        .filter_map(|s| s.badge_id.as_deref())
        .filter(|b| !b.trim().is_empty())
        .collect();
    badges.sort_unstable();
    badges.dedup();
    out.extend([
        cell(c.review.as_deref().unwrap_or("")),
        c.contact_id.to_string(),
        lead_ids.join(" "),
        cell(&badges.join(" ")),
    ]);
    for p in purposes {
        let d = c.consents.get(p);
        // Language codes come from the batch: neutralised like any other cell.
        out.extend([
            cell(d.and_then(|d| d.language.as_deref()).unwrap_or("")),
            cell(d.and_then(|d| d.language_asked.as_deref()).unwrap_or("")),
        ]);
    }
    placeholders
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_read_as_text() {
        let stored = |json: &str| serde_json::from_str::<Value>(json).unwrap();
        let answers = stored(r#"{"interest":"Pricing","products":["A","B"],"zz":"x"}"#);
        // A batch without the wording: by id.
        assert_eq!(
            answers_text(&answers, None),
            "interest: Pricing; products: A, B; zz: x"
        );
        // With it: by wording, in the event's order; an id it does not know
        // stays an id.
        let wording = [
            QuestionWording {
                id: "products".into(),
                label: "Which products interest you?".into(),
                choices: vec!["A".into(), "B".into()],
            },
            QuestionWording {
                id: "interest".into(),
                label: "What brings you to the booth?".into(),
                choices: vec![],
            },
        ];
        assert_eq!(
            answers_text(&answers, Some(&wording)),
            "Which products interest you?: A, B; What brings you to the booth?: Pricing; zz: x"
        );
        assert_eq!(answers_text(&stored("{}"), Some(&wording)), "");
    }

    #[test]
    fn headers_name_the_consent_purposes() {
        let h = csv_header(Profile::Salesforce, &["marketing_email".into()]);
        assert_eq!(h[0], "First Name");
        assert_eq!(h[11], "Consent marketing_email");
        assert_eq!(h[12], "Consent marketing_email Date");
        assert_eq!(h[13], "Consent marketing_email Policy Version");
        assert_eq!(h[14], "Consent marketing_email Wording SHA-256");
        assert_eq!(h[15], "Leadbooth Review");
        // Issue 16: the badge IDs came last (the Lead IDs were last before);
        // issue 18 adds each purpose's languages after them, so the earlier
        // columns keep their places.
        assert_eq!(h[17], "Leadbooth Lead IDs");
        assert_eq!(h[18], "Leadbooth Badge IDs");
        assert_eq!(h[19], "Consent marketing_email Language");
        assert_eq!(h[20], "Consent marketing_email Language Asked");
        assert_eq!(h.len(), 21);
    }
}
