//! `leads.csv`: the CRM-ready flat view of the leads in a batch.
//!
//! RFC 4180 (CR LF record ends, fields quoted when they hold a comma, quote, CR or
//! LF, so multi-line notes survive), UTF-8 without a byte-order mark, one header
//! row. Columns, in order: First Name, Last Name, Email, Company, Job Title, Phone,
//! Country, Rating, Notes, Lead Source (the event name), Captured At
//! (`YYYY-MM-DDThh:mm:ssZ`), Captured By, one column per consent purpose of the
//! event (header = purpose id; `1` only if granted and not withdrawn, else `0`),
//! Email Opt Out (`1` unless `marketing_email` is granted and not withdrawn),
//! Policy Version (SHA-256 of the policy shown), Lead ID, Badge ID (the
//! registration ID a badge scan read, empty for a typed lead).
//!
//! # Formula neutralisation
//!
//! Spreadsheet programs evaluate a cell that starts with `=`, `+`, `-` or `@` as a
//! formula, and some also after a leading TAB or CR ("CSV injection": a lead
//! typing `=HYPERLINK(...)` as their company), and they take the full-width and
//! small forms of those signs (`＝ ＋ － ＠`), the minus sign U+2212, and a
//! formula behind leading spaces, no-break spaces, zero-width spaces or a
//! byte-order mark just the same. Every such cell gets a single quote `'` put in
//! front, which spreadsheets show as text ([`crate::text::neutralise_formula`],
//! the one rule for every CSV leadbooth writes). The value is otherwise
//! unchanged; to recover the original, drop the leading `'`.
//!
//! One exemption: a Phone cell holding a valid E.164 number (`+` then 1 to 15
//! digits, the first not `0`, nothing else; see [`is_e164`]) is written as it is,
//! e.g. `+15551234567`. Digits cannot form a formula that does anything, and a CRM
//! loading the file would otherwise store the quote as part of the number. A phone
//! kept as typed (not valid E.164, e.g. `+1 555 0100` or `-5`) is neutralised like
//! any other cell. `leads.jsonl` is never neutralised: it is the lossless record.

use std::borrow::Cow;

use crate::config::Event;
use crate::lead::Lead;
use crate::text::neutralise_formula;

/// The purpose whose absence means "do not email" in the Email Opt Out column.
const MARKETING_EMAIL: &str = "marketing_email";

/// The fixed columns before the consent columns.
const LEADING: [&str; 12] = [
    "First Name",
    "Last Name",
    "Email",
    "Company",
    "Job Title",
    "Phone",
    "Country",
    "Rating",
    "Notes",
    "Lead Source",
    "Captured At",
    "Captured By",
];

/// The fixed columns after the consent columns.
const TRAILING: [&str; 4] = ["Email Opt Out", "Policy Version", "Lead ID", "Badge ID"];

/// True for a valid E.164 string: `+` then 1 to 15 ASCII digits, the first not `0`.
pub fn is_e164(s: &str) -> bool {
    s.strip_prefix('+').is_some_and(|d| {
        (1..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()) && !d.starts_with('0')
    })
}

/// The header row for `event`'s purposes.
pub fn csv_header(event: &Event) -> Vec<Cow<'_, str>> {
    LEADING
        .iter()
        .map(|h| Cow::Borrowed(*h))
        .chain(event.purposes.iter().map(|p| neutralise_formula(&p.id)))
        .chain(TRAILING.iter().map(|h| Cow::Borrowed(*h)))
        .collect()
}

/// One lead's row, cells neutralised, in the order of [`csv_header`].
pub fn csv_row<'a>(lead: &'a Lead, event: &'a Event) -> Vec<Cow<'a, str>> {
    let flag = |on: bool| Cow::Borrowed(if on { "1" } else { "0" });
    let active = |purpose: &str| lead.consent(purpose).is_some_and(|c| c.is_active());
    let phone = if is_e164(&lead.phone) {
        Cow::Borrowed(lead.phone.as_str())
    } else {
        neutralise_formula(&lead.phone)
    };
    let mut row = Vec::with_capacity(LEADING.len() + event.purposes.len() + TRAILING.len());
    row.extend([
        neutralise_formula(&lead.first_name),
        neutralise_formula(&lead.last_name),
        neutralise_formula(&lead.email),
        neutralise_formula(&lead.company),
        neutralise_formula(&lead.job_title),
        phone,
        neutralise_formula(&lead.country),
        Cow::Borrowed(lead.rating.map(|r| r.as_str()).unwrap_or("")),
        neutralise_formula(&lead.notes),
        neutralise_formula(&event.name),
        Cow::Owned(
            lead.captured_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        ),
        neutralise_formula(&lead.captured_by),
    ]);
    row.extend(event.purposes.iter().map(|p| flag(active(&p.id))));
    row.extend([
        flag(!active(MARKETING_EMAIL)),
        neutralise_formula(&lead.policy.sha256),
        Cow::Owned(lead.lead_id.to_string()),
        neutralise_formula(lead.badge_id.as_deref().unwrap_or("")),
    ]);
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_strict_e164_is_exempt() {
        assert!(is_e164("+15551234567"));
        assert!(is_e164("+442071838750"));
        for not in [
            "+",
            "+0123",
            "+1 555 0100",
            "+1555-0100",
            "+1234567890123456",
            "15551234567",
            "+١٢٣",
            "+1=1",
        ] {
            assert!(!is_e164(not), "{not:?}");
        }
    }
}
