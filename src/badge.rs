//! Badge scan payloads: MECARD, vCard and registration IDs.
//!
//! A booth USB barcode/QR scanner types like a keyboard. A badge carries one of:
//! - a MECARD (DoCoMo QR contact format), `MECARD:N:Lovelace,Ada;EMAIL:…;;`;
//! - a vCard 2.1, 3.0 (RFC 2426) or 4.0 (RFC 6350), `BEGIN:VCARD` … `END:VCARD`;
//! - only a registration ID such as `A-000123`, which the store looks up in the
//!   imported attendee list.
//!
//! [`looks_like_scan_start`] lets the TUI divert a key burst away from the focused
//! field; [`parse_scan`] turns the whole burst into a [`BadgeScan`]. Everything
//! here is pure: no IO, no terminal. A scan only ever prefills contact fields;
//! consent is never inferred from a badge.

mod fields;
pub mod layout;
mod mecard;
mod vcard;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

/// The contact fields a badge can prefill, named as in the lead record
/// (SPEC.md). `None` means the badge did not say; the form leaves that field
/// empty. Values are single-line (control characters became spaces) and
/// trimmed, never empty strings. `phone` is as the badge wrote it; `country` is
/// an ISO 3166-1 alpha-2 code, set only when the badge's address names a country
/// unambiguously.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadgePrefill {
    /// Given name (vCard `N` second component; MECARD `N` after the comma).
    pub first_name: Option<String>,
    /// Family name (vCard `N` first component; MECARD `N` before the comma).
    pub last_name: Option<String>,
    /// The preferred, else the first, e-mail address.
    pub email: Option<String>,
    /// Organisation; vCard organisational units follow it, joined with ", ".
    pub company: Option<String>,
    /// `TITLE`.
    pub job_title: Option<String>,
    /// The preferred, else the first, voice telephone number.
    pub phone: Option<String>,
    /// ISO 3166-1 alpha-2 code from the address's country.
    pub country: Option<String>,
}

/// The form field names, in form order, as [`BadgePrefill::filled_fields`] gives
/// them.
const FIELD_NAMES: [&str; 7] = [
    "first_name",
    "last_name",
    "email",
    "company",
    "job_title",
    "phone",
    "country",
];

impl BadgePrefill {
    /// The snake_case names of the fields the badge set (`"first_name"`,
    /// `"last_name"`, `"email"`, `"company"`, `"job_title"`, `"phone"`,
    /// `"country"`), in that order, so the form can mark which values came from
    /// the badge.
    #[must_use]
    pub fn filled_fields(&self) -> Vec<&'static str> {
        let values = [
            &self.first_name,
            &self.last_name,
            &self.email,
            &self.company,
            &self.job_title,
            &self.phone,
            &self.country,
        ];
        FIELD_NAMES
            .into_iter()
            .zip(values)
            .filter_map(|(name, value)| value.is_some().then_some(name))
            .collect()
    }
}

/// What a scan carried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadgeScan {
    /// A MECARD or vCard: the contact fields to prefill.
    Contact(BadgePrefill),
    /// A registration ID (see [`is_registration_id`]), exactly as scanned minus
    /// surrounding white space, to be looked up in the attendee list.
    RegistrationId(String),
}

/// Why a scan could not be read. Messages say what is wrong without repeating the
/// attendee's data; `line` numbers count from the `BEGIN:VCARD` line as 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadgeError {
    /// Nothing but white space was scanned.
    #[error("the badge scan is empty")]
    Empty,
    /// Neither `MECARD:`, `BEGIN:VCARD` nor a registration ID.
    #[error("not a badge scan: expected a MECARD, a vCard or a registration ID such as A-000123")]
    Unrecognized,
    /// The MECARD ended before its closing `;;` (a cut-off scan).
    #[error("MECARD is not terminated: the closing \";;\" is missing")]
    MecardNotTerminated,
    /// A MECARD field (counted from 1) has no `NAME:` before its value.
    #[error("MECARD field {number} has no ':' between its name and value")]
    MecardFieldWithoutColon {
        /// Position of the field in the record, from 1.
        number: usize,
    },
    /// Something other than white space follows the closing `;;`.
    #[error("MECARD has text after its closing \";;\" (two scans run together?)")]
    MecardTrailingText,
    /// No name, email, phone, company, title or country: nothing to prefill.
    #[error("MECARD carries no name, email, phone or company")]
    MecardNoName,
    /// The first line is not exactly `BEGIN:VCARD`.
    #[error("vCard does not start with a plain BEGIN:VCARD line")]
    VCardMissingBegin,
    /// No `END:VCARD` line (a cut-off scan).
    #[error("vCard is not terminated: END:VCARD is missing")]
    VCardNotTerminated,
    /// Something follows `END:VCARD`.
    #[error("vCard has text after END:VCARD (two scans run together?)")]
    VCardTrailingText,
    /// A `BEGIN:` inside the card (such as a vCard 2.1 `AGENT`).
    #[error("vCard contains a nested BEGIN component, which badges do not use")]
    VCardNestedComponent,
    /// `VERSION` is not 2.1, 3.0 or 4.0.
    #[error("vCard version {0:?} is not supported (2.1, 3.0 and 4.0 are)")]
    VCardUnsupportedVersion(String),
    /// A content line could not be split into name, parameters and value.
    #[error("vCard line {line} is malformed: {reason}")]
    VCardMalformedLine {
        /// Scanned line number, from 1 at `BEGIN:VCARD`.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// Neither a name (`N`, `FN`) nor anything else for the form.
    #[error("vCard carries no name, email, phone or company")]
    VCardNoName,
    /// A form property uses a transfer encoding other than quoted-printable.
    #[error("vCard property {property} uses ENCODING={encoding}, which is not text")]
    VCardUnsupportedEncoding {
        /// Property name, e.g. `N`.
        property: String,
        /// The `ENCODING` parameter value.
        encoding: String,
    },
    /// A quoted-printable form property declares a charset other than UTF-8,
    /// US-ASCII, ISO-8859-1 or Windows-1252.
    #[error(
        "vCard property {property} uses CHARSET={charset}, which is not supported \
         (UTF-8, US-ASCII, ISO-8859-1 and Windows-1252 are)"
    )]
    VCardUnsupportedCharset {
        /// Property name, e.g. `FN`.
        property: String,
        /// The `CHARSET` parameter value.
        charset: String,
    },
    /// Quoted-printable bytes that are not valid in the declared charset.
    #[error("vCard property {property} is not valid {charset} after quoted-printable decoding")]
    VCardInvalidText {
        /// Property name, e.g. `FN`.
        property: String,
        /// The `CHARSET` parameter value.
        charset: String,
    },
}

const MECARD_START: &str = "MECARD:";
const VCARD_START: &str = "BEGIN:VCARD";

/// Reads a whole scanned burst.
///
/// `payload` may end its lines with CRLF, LF or CR, may or may not end with the
/// scanner's final Enter, and may have white space (or a byte-order mark) around
/// it. Dispatch is on the start, ignoring case: `MECARD:` is parsed as a MECARD,
/// `BEGIN:VCARD` as a vCard 2.1/3.0/4.0; otherwise the whole text must be a
/// registration ID ([`is_registration_id`]).
///
/// # Errors
/// [`BadgeError::Empty`] for a blank scan, [`BadgeError::Unrecognized`] for
/// anything else that is not a badge, and the MECARD/vCard variants of
/// [`BadgeError`] for a badge that is cut off, malformed or has no name. Never
/// panics, whatever the input.
pub fn parse_scan(payload: &str) -> Result<BadgeScan, BadgeError> {
    let text = payload.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if text.is_empty() {
        return Err(BadgeError::Empty);
    }
    if starts_with_ignore_case(text, MECARD_START) {
        return mecard::parse(&text[MECARD_START.len()..]).map(BadgeScan::Contact);
    }
    if starts_with_ignore_case(text, VCARD_START) {
        return vcard::parse(text).map(BadgeScan::Contact);
    }
    if is_registration_id(text) {
        return Ok(BadgeScan::RegistrationId(text.to_owned()));
    }
    Err(BadgeError::Unrecognized)
}

/// True when the text typed so far could be the start of a MECARD or vCard scan:
/// it is a prefix of `MECARD:` or `BEGIN:VCARD`, or starts with one, ignoring
/// ASCII case and leading white space. Empty text is not a scan start.
///
/// `"M"`, `"mecard"`, `"BEGIN:VCARD\r\nVERSION"` → true; `"Mary"`, `"Bob"`,
/// `"A-000123"` → false (registration IDs are recognised only once the burst is
/// complete, by [`parse_scan`]).
#[must_use]
pub fn looks_like_scan_start(prefix: &str) -> bool {
    let typed = prefix.trim_start();
    !typed.is_empty()
        && [MECARD_START, VCARD_START].iter().any(|start| {
            let n = typed.len().min(start.len());
            typed
                .get(..n)
                .is_some_and(|head| head.eq_ignore_ascii_case(&start[..n]))
        })
}

/// True when the whole burst (surrounding white space ignored) is a registration
/// ID as printed on badges and listed in the attendee import (`A-000123`):
/// - 6 to 32 characters, only `A`–`Z`, `0`–`9` and `-`;
/// - at least one letter and at least one digit;
/// - `-` only between other characters, never two in a row.
///
/// So names ("Smith", "SMITH"), e-mail addresses, phone numbers ("+441632960123",
/// "555-0100") and sentences are not IDs, nor are lower-case or purely numeric
/// tokens (a purely numeric burst is more likely a phone number).
#[must_use]
pub fn is_registration_id(s: &str) -> bool {
    let s = s.trim();
    let allowed = s
        .bytes()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
    allowed
        && (6..=32).contains(&s.len())
        && s.bytes().any(|b| b.is_ascii_uppercase())
        && s.bytes().any(|b| b.is_ascii_digit())
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

/// `text` starts with ASCII `start`, ignoring ASCII case; false rather than a
/// panic when the cut would fall inside a multi-byte character.
fn starts_with_ignore_case(text: &str, start: &str) -> bool {
    text.get(..start.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(start))
}
