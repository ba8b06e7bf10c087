//! The CRM file with its suppression file (`import --csv`, `central crm`).
//!
//! Every CRM file is recorded in the central database. With it goes a
//! suppression file: the contacts the CRM must delete (erased on a laptop or at
//! the central office, past central retention, or left without a source) or
//! unsubscribe (a purpose withdrawn) since the previous suppression file, in
//! the profile's columns plus the contact id, the action and the reason. A
//! deletion carries no name or address: the person's data left the central
//! database with the contact, and the CRM finds the record by its Leadbooth
//! Contact ID (README: map it as the record's unique id). `--changed-only`
//! writes only the contacts whose merged values changed since the previous CRM
//! file.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::crm::{CsvError, CsvSummary, Profile, write_csv_since};
use crate::central::{CentralStore, CrmFileRecord, Suppression, SuppressionAction};
use crate::lead::rfc3339;
use crate::text::neutralise_formula;

/// The suppression file's columns after the profile's name, email and opt-out
/// columns.
const TRAILING: [&str; 5] = [
    "Leadbooth Contact ID",
    "Leadbooth Action",
    "Leadbooth Reason",
    "Leadbooth Purpose",
    "Leadbooth Suppressed At",
];

/// The purpose the profiles' opt-out column speaks for.
const MARKETING_EMAIL: &str = "marketing_email";

/// The suppression file's header row for `profile`.
pub fn suppression_header(profile: Profile) -> Vec<&'static str> {
    let opt_out = match profile {
        Profile::Hubspot => "Marketing email subscription status",
        Profile::Salesforce => "Email Opt Out",
    };
    ["First Name", "Last Name", "Email", opt_out]
        .into_iter()
        .chain(TRAILING)
        .collect()
}

/// One suppression as a row of `profile`'s suppression file.
fn suppression_row(s: &Suppression, profile: Profile) -> Vec<String> {
    let cell = |v: &str| neutralise_formula(v).into_owned();
    let opts_out_of_email =
        s.action == SuppressionAction::Unsubscribe && s.purpose.as_deref() == Some(MARKETING_EMAIL);
    let opt_out = match (profile, opts_out_of_email) {
        (Profile::Hubspot, true) => "Unsubscribed",
        (Profile::Salesforce, true) => "1",
        (_, false) => "",
    };
    vec![
        cell(&s.first_name),
        cell(&s.last_name),
        cell(&s.email),
        opt_out.to_owned(),
        s.contact_id.to_string(),
        s.action.as_str().to_owned(),
        s.reason.clone(),
        cell(s.purpose.as_deref().unwrap_or_default()),
        rfc3339(&s.at),
    ]
}

/// Where the suppression file goes by default: beside `csv`, named
/// `<stem>-suppressions.csv`.
pub fn default_suppressions_path(csv: &Path) -> PathBuf {
    let stem = csv
        .file_stem()
        .map_or_else(|| "contacts".into(), |s| s.to_string_lossy().into_owned());
    csv.with_file_name(format!("{stem}-suppressions.csv"))
}

/// What [`write_crm_files`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrmSummary {
    /// The contacts file.
    pub csv: CsvSummary,
    /// Only contacts changed since this time (the previous CRM file) were
    /// written; `None`: every contact.
    pub since: Option<DateTime<Utc>>,
    /// The suppression file.
    pub suppressions_path: PathBuf,
    /// Deletions in it.
    pub deletions: u64,
    /// Unsubscribes in it.
    pub unsubscribes: u64,
}

/// Writes the CRM file `out` (every contact, or with `changed_only` those
/// changed since the previous CRM file) and the suppression file
/// `suppressions` (every deletion and unsubscribe not carried by an earlier
/// one), each atomically, then records them (see the module documentation). If
/// recording fails the files stay and the next run carries the same
/// suppressions again.
pub fn write_crm_files(
    store: &mut dyn CentralStore,
    out: &Path,
    profile: Profile,
    changed_only: bool,
    suppressions: &Path,
    now: DateTime<Utc>,
) -> Result<CrmSummary, CsvError> {
    let previous = if changed_only {
        store.last_crm_file()?
    } else {
        None
    };
    // Read first: a change committed while the files are written is in the
    // next changed-only file too (twice at worst, never missed).
    let changes_upto = store.change_mark()?;
    let pending = store.pending_suppressions()?;
    let io = |error| CsvError::Io {
        path: suppressions.to_owned(),
        error,
    };
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(suppression_header(profile))
        .map_err(|e| io(e.into()))?;
    for s in &pending {
        w.write_record(suppression_row(s, profile))
            .map_err(|e| io(e.into()))?;
    }
    let bytes = w.into_inner().map_err(|e| io(e.into_error()))?;
    crate::fsutil::write_atomic(suppressions, &bytes).map_err(io)?;
    let csv = write_csv_since(store, out, profile, previous.map(|p| p.1))?;
    let count = |a| pending.iter().filter(|s| s.action == a).count() as u64;
    let summary = CrmSummary {
        since: previous.map(|p| p.0),
        suppressions_path: suppressions.to_owned(),
        deletions: count(SuppressionAction::Delete),
        unsubscribes: count(SuppressionAction::Unsubscribe),
        csv,
    };
    store.record_crm_file(
        &CrmFileRecord {
            written_at: now,
            path: out.display().to_string(),
            profile: profile.as_str().to_owned(),
            changed_only,
            changes_upto,
            contacts: summary.csv.contacts,
            suppressions_path: suppressions.display().to_string(),
            suppressions: pending.len() as u64,
        },
        &pending.iter().map(|s| s.id).collect::<Vec<_>>(),
    )?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_suppression_file_sits_beside_the_crm_file() {
        assert_eq!(
            default_suppressions_path(Path::new("/tmp/x/contacts.csv")),
            Path::new("/tmp/x/contacts-suppressions.csv")
        );
    }

    #[test]
    fn only_a_marketing_email_unsubscribe_sets_the_opt_out_column() {
        let s = |action, purpose: Option<&str>| Suppression {
            id: 1,
            contact_id: uuid::Uuid::nil(),
            first_name: "=Ann".into(),
            last_name: "Lee".into(),
            email: "ann@example.com".into(),
            action,
            reason: "withdrawal".into(),
            purpose: purpose.map(str::to_owned),
            at: "2026-11-29T13:00:00Z".parse().unwrap(),
        };
        let email = s(SuppressionAction::Unsubscribe, Some("marketing_email"));
        assert_eq!(suppression_row(&email, Profile::Hubspot)[3], "Unsubscribed");
        assert_eq!(suppression_row(&email, Profile::Salesforce)[3], "1");
        assert_eq!(suppression_row(&email, Profile::Hubspot)[0], "'=Ann");
        let events = s(SuppressionAction::Unsubscribe, Some("events"));
        assert_eq!(suppression_row(&events, Profile::Hubspot)[3], "");
        let delete = s(SuppressionAction::Delete, None);
        assert_eq!(suppression_row(&delete, Profile::Salesforce)[5], "delete");
        assert_eq!(
            suppression_header(Profile::Hubspot).len(),
            suppression_row(&delete, Profile::Hubspot).len()
        );
    }
}
