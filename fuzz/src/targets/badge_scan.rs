//! The badge payload reader: MECARD, vCard 2.1/3.0/4.0 (folding, quoted-printable,
//! charsets) and registration IDs, as a scanner types them.
//!
//! Properties: never a panic; memory bounded by the payload; a contact prefills
//! only contact fields, each a trimmed single line (a country a two-letter
//! code), and at least one of them (a name, or without one what else the
//! badge carries); a registration ID is the trimmed payload and a valid ID;
//! a vCard reads the same whatever its line ends (CR LF, LF or CR).

use crate::alloc::{assert_bounded, peak_during};
use leadbooth::badge::{BadgeScan, is_registration_id, looks_like_scan_start, parse_scan};

const CONTACT_FIELDS: [&str; 7] = [
    "first_name",
    "last_name",
    "email",
    "company",
    "job_title",
    "phone",
    "country",
];

/// One input.
pub fn run(data: &[u8]) {
    let payload = String::from_utf8_lossy(data);
    let (result, peak) = peak_during(|| parse_scan(&payload));
    assert_bounded("parse_scan", payload.len(), peak, 48, 64 << 10);
    let trimmed = payload.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    match &result {
        Ok(BadgeScan::Contact(p)) => {
            let json = serde_json::to_value(p).expect("a prefill serialises");
            let object = json.as_object().expect("an object");
            let mut filled = Vec::new();
            for (key, value) in object {
                assert!(
                    CONTACT_FIELDS.contains(&key.as_str()),
                    "a badge prefilled {key}, which is not a contact field"
                );
                let Some(value) = value.as_str() else {
                    assert!(value.is_null(), "{key} is neither text nor empty");
                    continue;
                };
                filled.push(key.as_str());
                assert!(!value.is_empty(), "{key} prefilled with nothing");
                assert_eq!(value, value.trim(), "{key} is not trimmed");
                assert!(
                    !value.chars().any(char::is_control),
                    "{key} {value:?} holds a control character"
                );
            }
            assert_eq!(p.filled_fields(), filled, "filled_fields disagrees");
            // A badge without a name is read for what else it carries (a
            // phone, an email); one that carries nothing is refused.
            assert!(!filled.is_empty(), "a contact that prefills nothing");
            if let Some(c) = &p.country {
                assert!(
                    c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()),
                    "country {c:?} is not an alpha-2 code"
                );
            }
            assert!(
                looks_like_scan_start(trimmed),
                "a contact the scan detector would not divert: {trimmed:?}"
            );
        }
        Ok(BadgeScan::RegistrationId(id)) => {
            assert_eq!(id, trimmed);
            assert!(is_registration_id(id), "{id:?} is not a registration ID");
        }
        Err(_) => {}
    }
    let is_vcard = trimmed
        .get(..11)
        .is_some_and(|h| h.eq_ignore_ascii_case("BEGIN:VCARD"));
    if is_vcard {
        for end in ["\r\n", "\n", "\r"] {
            let other = relined(&payload, end);
            assert_eq!(
                parse_scan(&other),
                result,
                "the vCard reads differently with every line ending in {end:?}"
            );
        }
    }
}

/// `text` with every line end (CR LF, LF or a lone CR) written as `end`.
fn relined(text: &str, end: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str(end);
            }
            '\n' => out.push_str(end),
            c => out.push(c),
        }
    }
    out
}
