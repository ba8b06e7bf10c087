//! The one set of size limits. Every value that enters leadbooth (the event
//! file, the form, a paste, `leads add`, an attendee list, a batch at export,
//! verify and import) is held to these numbers where it first enters, and
//! refused there with a message that names the field and the limit
//! ([`TooLong`]). Export, verify and import share [`LINE_BYTES`], so a batch that
//! one of them accepts the others accept too.
//!
//! Characters are Unicode scalar values (what a person counts as letters, near
//! enough), bytes are UTF-8 bytes as written to disk. The README has the table.

use std::fmt;

/// A single-line lead field: names, email, company, job title, phone, country,
/// badge id, "captured by", a text answer. Also each field of an attendee list.
pub const FIELD_CHARS: usize = 1_000;
/// The staff notes of one lead.
pub const NOTES_CHARS: usize = 20_000;
/// A label shown on the form: a consent purpose's wording, a question, a choice.
pub const LABEL_CHARS: usize = 2_000;
/// The event's name and organisation, a staff member's name.
pub const NAME_CHARS: usize = 200;
/// The policy URL (also what the QR code holds).
pub const URL_CHARS: usize = 2_000;
/// Consent purposes of one event.
pub const PURPOSES: usize = 50;
/// Qualifying questions of one event.
pub const QUESTIONS: usize = 50;
/// Choices of one question.
pub const CHOICES: usize = 50;
/// Staff names of one event.
pub const STAFF: usize = 200;
/// The event file.
pub const EVENT_FILE_BYTES: usize = 1024 * 1024;
/// The privacy policy file.
pub const POLICY_BYTES: usize = 1024 * 1024;
/// One bracketed paste into the form: larger than any field can hold (four
/// bytes for each character of the notes), so a bigger one is refused before it
/// is even looked at.
pub const PASTE_BYTES: usize = 4 * NOTES_CHARS;
/// One line of a batch's `leads.jsonl` or `erasures.jsonl` (without its `\n`),
/// and of `leads add` input: a lead's whole record.
pub const LINE_BYTES: usize = 1024 * 1024;
/// One line of a batch's `policies.jsonl`: the full text of one policy version
/// with its hash, date and URL. Held to what a policy file of [`POLICY_BYTES`]
/// and a URL of [`URL_CHARS`] can make as a JSON line (each byte escaped at
/// most to six, `\u001f`), so every policy a booth can load can be exported,
/// and nothing longer is read at verify or import.
pub const POLICY_LINE_BYTES: usize = 6 * (POLICY_BYTES + 4 * URL_CHARS) + 1024;
/// A batch's `policies.jsonl`: the policy versions its leads cite, a handful
/// of documents of some kilobytes each.
pub const POLICIES_FILE_BYTES: usize = 16 * 1024 * 1024;
/// A batch's `manifest.json`.
pub const MANIFEST_BYTES: usize = 1024 * 1024;
/// A batch's `SHA256SUMS` (four short lines).
pub const SUMS_BYTES: usize = 4096;
/// A batch's `SHA256SUMS.minisig` (four short lines).
pub const SIGNATURE_BYTES: usize = 4096;
/// How far in the future a recorded time may lie (a booth laptop's clock set a
/// time zone off, or a day wrong): later than this after the import it is
/// refused.
pub const CLOCK_SKEW_HOURS: i64 = 24;

/// What a limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Unicode characters.
    Chars,
    /// UTF-8 bytes.
    Bytes,
    /// Entries of a list.
    Entries,
}

impl Unit {
    fn word(self) -> &'static str {
        match self {
            Unit::Chars => "characters",
            Unit::Bytes => "bytes",
            Unit::Entries => "entries",
        }
    }
}

/// A value longer than its limit: "`field` is `found` characters, more than the
/// `max` it may have".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field} {}", self.detail())]
pub struct TooLong {
    /// The field, as messages name it (`purpose[2].label`, `notes`, `line 7`).
    pub field: String,
    /// Its size.
    pub found: usize,
    /// The limit.
    pub max: usize,
    /// What was counted.
    pub unit: Unit,
}

impl TooLong {
    fn what(&self) -> &'static str {
        match self.unit {
            Unit::Entries => "a list",
            _ => "it",
        }
    }

    /// The message without the field's name, for a message shown beside it.
    pub fn detail(&self) -> String {
        format!(
            "is {} {}, more than the {} {} may have",
            self.found,
            self.unit.word(),
            self.max,
            self.what()
        )
    }
}

/// Checks that `value` has at most `max` characters. Never counts past the
/// limit: a 10 MB value costs as much as one just over the limit.
pub fn check_chars(field: impl fmt::Display, value: &str, max: usize) -> Result<(), TooLong> {
    // A string of at most `max` bytes has at most `max` characters.
    if value.len() <= max {
        return Ok(());
    }
    within(field, value.chars().count(), max, Unit::Chars)
}

/// Checks that `len` bytes are at most `max`.
pub fn check_bytes(field: impl fmt::Display, len: usize, max: usize) -> Result<(), TooLong> {
    within(field, len, max, Unit::Bytes)
}

/// Checks that a list has at most `max` entries.
pub fn check_entries(field: impl fmt::Display, len: usize, max: usize) -> Result<(), TooLong> {
    within(field, len, max, Unit::Entries)
}

/// `found` of `unit` against `max`: the one comparison behind every check.
fn within(field: impl fmt::Display, found: usize, max: usize, unit: Unit) -> Result<(), TooLong> {
    if found <= max {
        Ok(())
    } else {
        Err(TooLong {
            field: field.to_string(),
            found,
            max,
            unit,
        })
    }
}

/// Whether `text` (already within [`PASTE_BYTES`]) added to a field holding
/// `current` characters stays within `max` characters; the characters it would
/// then hold otherwise.
pub fn fits(current: usize, text: &str, max: usize) -> Result<(), usize> {
    let total = current + text.chars().count();
    if total <= max { Ok(()) } else { Err(total) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_the_limit_passes_and_one_more_is_refused_naming_both() {
        assert!(check_chars("notes", &"é".repeat(NOTES_CHARS), NOTES_CHARS).is_ok());
        let e = check_chars("notes", &"é".repeat(NOTES_CHARS + 1), NOTES_CHARS).unwrap_err();
        assert_eq!(
            e.to_string(),
            "notes is 20001 characters, more than the 20000 it may have"
        );
        assert_eq!(
            e.detail(),
            "is 20001 characters, more than the 20000 it may have"
        );
        assert!(check_bytes("line 3", LINE_BYTES, LINE_BYTES).is_ok());
        assert_eq!(
            check_bytes("line 3", LINE_BYTES + 1, LINE_BYTES)
                .unwrap_err()
                .to_string(),
            "line 3 is 1048577 bytes, more than the 1048576 it may have"
        );
        assert!(check_entries("purpose", PURPOSES, PURPOSES).is_ok());
        assert!(
            check_entries("purpose", PURPOSES + 1, PURPOSES)
                .unwrap_err()
                .to_string()
                .contains("51 entries, more than the 50 a list may have")
        );
    }

    #[test]
    fn a_paste_fits_or_says_how_long_the_field_would_be() {
        assert_eq!(fits(990, &"x".repeat(10), FIELD_CHARS), Ok(()));
        assert_eq!(fits(990, &"x".repeat(11), FIELD_CHARS), Err(1001));
    }

    #[test]
    fn the_paste_limit_holds_the_longest_notes_in_any_script() {
        assert!("🎉".repeat(NOTES_CHARS).len() <= PASTE_BYTES);
    }
}
