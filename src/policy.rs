//! The privacy policy document an attendee is shown before consenting.
//!
//! Its version is the lowercase hex SHA-256 of the file's exact bytes (SPEC.md
//! "Default consent purposes"), so any edit, even of whitespace, is a new version.
//! Its "Last Updated" date is parsed from the text for display only.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The policy that ships with leadbooth and is used when an event names none.
pub const DEFAULT_POLICY: &str = include_str!("../assets/privacy-policy.md");

/// A loaded privacy policy: its text, version and where the full text lives online.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// The policy as Markdown, exactly as read (UTF-8).
    pub text: String,
    /// Lowercase hex SHA-256 of `text`'s bytes: 64 characters.
    pub sha256: String,
    /// The date after "Last Updated" in the text, if one parses.
    pub last_updated: Option<NaiveDate>,
    /// The URL the QR code points at (from the event's `[policy] url`).
    pub url: String,
}

/// Why a policy file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    /// The file is not UTF-8 text.
    #[error("policy file is not UTF-8 text (byte {0} is invalid)")]
    NotUtf8(usize),
    /// The file is empty or only whitespace.
    #[error("policy file is empty")]
    Empty,
}

impl Policy {
    /// Builds a policy from the file's bytes and the URL to show in the QR code.
    ///
    /// Errors: [`PolicyError::NotUtf8`] with the first bad byte offset,
    /// [`PolicyError::Empty`] for a blank file.
    pub fn from_bytes(bytes: &[u8], url: &str) -> Result<Self, PolicyError> {
        let text = std::str::from_utf8(bytes)
            .map_err(|e| PolicyError::NotUtf8(e.valid_up_to()))?
            .to_owned();
        if text.trim().is_empty() {
            return Err(PolicyError::Empty);
        }
        Ok(Policy {
            sha256: sha256_hex(bytes),
            last_updated: parse_last_updated(&text),
            text,
            url: url.to_owned(),
        })
    }

    /// The built-in default policy with the given URL.
    pub fn builtin(url: &str) -> Self {
        Self::from_bytes(DEFAULT_POLICY.as_bytes(), url).expect("built-in policy is valid")
    }

    /// The first 12 hex digits of the version, for display.
    pub fn short_version(&self) -> &str {
        &self.sha256[..12]
    }

    /// The last-updated date as `YYYY-MM-DD`, if known.
    pub fn last_updated_iso(&self) -> Option<String> {
        self.last_updated.map(|d| d.format("%Y-%m-%d").to_string())
    }
}

/// The full text of a policy version, as a batch carries it (`policies.jsonl`)
/// and the central store keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyText {
    /// Lowercase hex SHA-256 of `text`'s UTF-8 bytes: the policy version.
    pub sha256: String,
    /// Its "Last Updated" date, `YYYY-MM-DD`.
    pub last_updated: Option<String>,
    /// Its URL (the QR code's target).
    pub url: String,
    /// The policy, exactly as shown.
    pub text: String,
}

impl PolicyText {
    /// The rules a policy text must hold wherever a batch brings it (verify and
    /// import): its text hashes to its version and is no longer than a booth
    /// could load ([`crate::limits::POLICY_BYTES`]); its URL and date are single
    /// lines within their limits. The problem names the field.
    pub fn check(&self) -> Result<(), PolicyProblem> {
        if sha256_hex(self.text.as_bytes()) != self.sha256 {
            return Err(PolicyProblem::HashMismatch {
                sha256: crate::text::sanitize_line(&self.sha256).into_owned(),
            });
        }
        crate::limits::check_bytes("text", self.text.len(), crate::limits::POLICY_BYTES)?;
        crate::limits::check_chars("url", &self.url, crate::limits::URL_CHARS)?;
        if let Some((pos, c)) = crate::text::first_control(&self.url) {
            return Err(PolicyProblem::UrlControl {
                code: c as u32,
                position: pos + 1,
            });
        }
        if let Some(d) = &self.last_updated
            && NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err()
        {
            return Err(PolicyProblem::NotADate {
                value: crate::text::sanitize_line(d).into_owned(),
            });
        }
        Ok(())
    }
}

/// Why a policy text a batch brings does not hold ([`PolicyText::check`]): its
/// `Display` is the English words (logs, and what `verify` always printed);
/// `cli::reasons` says each in the staff language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyProblem {
    /// The text does not hash to the version it claims.
    #[error("the text of policy {sha256} does not hash to that SHA-256")]
    HashMismatch {
        /// The version claimed (sanitised).
        sha256: String,
    },
    /// The text or the URL is longer than allowed.
    #[error(transparent)]
    TooLong(#[from] crate::limits::TooLong),
    /// A control character in the URL.
    #[error("url contains control character U+{code:04X} at position {position}")]
    UrlControl {
        /// The character's code point.
        code: u32,
        /// 1-based position.
        position: usize,
    },
    /// A `last_updated` that is not a date.
    #[error("last_updated {value:?} is not a date (YYYY-MM-DD)")]
    NotADate {
        /// What was given (sanitised).
        value: String,
    },
}

/// Lowercase hex SHA-256 of `bytes` (FIPS 180-4).
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Pairs of [`is_sha256_of`] remembered per thread.
const SHA256_SEEN: usize = 32;

/// Whether `hex` is [`sha256_hex`] of `text`. The last [`SHA256_SEEN`] pairs
/// found true are remembered on this thread (the text compared whole, byte for
/// byte), so the few consent wordings a batch's thousands of leads carry are
/// each hashed once, not once per lead.
pub fn is_sha256_of(hex: &str, text: &str) -> bool {
    thread_local! {
        static SEEN: std::cell::RefCell<std::collections::VecDeque<(String, String)>> =
            const { std::cell::RefCell::new(std::collections::VecDeque::new()) };
    }
    SEEN.with_borrow_mut(|seen| {
        if seen.iter().any(|(h, t)| h == hex && t == text) {
            return true;
        }
        if sha256_hex(text.as_bytes()) != hex {
            return false;
        }
        if seen.len() == SHA256_SEEN {
            seen.pop_front();
        }
        seen.push_back((hex.to_owned(), text.to_owned()));
        true
    })
}

/// Finds "Last Updated <date>" (any case, surrounded by Markdown emphasis or not) and
/// parses the date in the forms policies use: "October 9, 2012", "9 October 2012",
/// "2012-10-09", "Oct 9, 2012".
pub fn parse_last_updated(text: &str) -> Option<NaiveDate> {
    let lower = text.to_lowercase();
    let start = lower.find("last updated")? + "last updated".len();
    // The lowercase copy can differ in byte length from the original for some
    // scripts, so take the rest from `lower`: dates are ASCII either way.
    let line = lower[start..].lines().next().unwrap_or("");
    let cleaned: String = line
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == ',' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let words: Vec<&str> = cleaned
        .split_whitespace()
        .filter(|w| *w != "on")
        .take(3)
        .collect();
    const FORMATS: [&str; 6] = [
        "%B %d, %Y",
        "%b %d, %Y",
        "%d %B %Y",
        "%d %b %Y",
        "%Y-%m-%d",
        "%B %d %Y",
    ];
    for n in (1..=words.len()).rev() {
        let candidate = words[..n].join(" ");
        for f in FORMATS {
            if let Ok(d) = NaiveDate::parse_from_str(&candidate, f) {
                return Some(d);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_version_is_sha256_of_file_bytes() {
        let p = Policy::builtin("https://example.org/privacy");
        let expected = hex::encode(Sha256::digest(DEFAULT_POLICY.as_bytes()));
        assert_eq!(p.sha256, expected);
        assert_eq!(p.sha256.len(), 64);
        assert!(
            p.sha256
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
    }

    #[test]
    fn builtin_last_updated_is_2012_10_09() {
        let p = Policy::builtin("u");
        assert_eq!(p.last_updated_iso().as_deref(), Some("2012-10-09"));
    }

    #[test]
    fn last_updated_forms() {
        for (t, d) in [
            ("**_Last Updated October 9, 2012_**", "2012-10-09"),
            ("Last updated: 9 October 2012", "2012-10-09"),
            ("LAST UPDATED 2024-02-29", "2024-02-29"),
            ("Last Updated on Oct 1, 2020.", "2020-10-01"),
        ] {
            assert_eq!(
                parse_last_updated(t).map(|x| x.to_string()).as_deref(),
                Some(d),
                "{t}"
            );
        }
        assert_eq!(parse_last_updated("no date here"), None);
        assert_eq!(parse_last_updated("Last Updated soon"), None);
    }

    #[test]
    fn non_utf8_and_empty_are_refused() {
        assert!(matches!(
            Policy::from_bytes(b"ab\xffcd", "u"),
            Err(PolicyError::NotUtf8(2))
        ));
        assert!(matches!(
            Policy::from_bytes(b"  \n", "u"),
            Err(PolicyError::Empty)
        ));
    }
}
