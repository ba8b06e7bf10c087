//! A person, as a request names them: by email address or phone number. Used to
//! find every lead of the person who asks (access, erasure, withdrawal) at the
//! booth, and for the central office's tombstone (a hash of the normalised
//! address, so an erased address is recognised without being kept).

use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::lead::{Lead, normalise_phone};

/// Text compared without case or accents: NFKD, combining marks dropped,
/// lowercased, trimmed ("Zoë.Ōkubo@EXAMPLE.com" → "zoe.okubo@example.com").
pub fn fold(s: &str) -> String {
    s.trim()
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

/// The email address as the central office keys a contact: trimmed and
/// lowercased; `None` when blank.
pub fn normalise_email(email: &str) -> Option<String> {
    let t = email.trim();
    (!t.is_empty()).then(|| t.to_lowercase())
}

/// The tombstone of an erased address: lowercase hex SHA-256 of
/// [`normalise_email`]. `None` for a blank address.
pub fn email_hash(email: &str) -> Option<String> {
    normalise_email(email).map(|e| hex::encode(Sha256::digest(e.as_bytes())))
}

/// Who a request is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Person {
    /// An email address, folded ([`fold`]).
    Email(String),
    /// A phone number's digits (E.164 without `+` when it parses).
    Phone(String),
}

impl Person {
    /// Reads a request's key: an email address (it has an `@`) or a phone number
    /// (`region` helps a national number). `None` when it is neither.
    pub fn parse(query: &str, region: Option<&str>) -> Option<Self> {
        let q = query.trim();
        if q.contains('@') {
            let f = fold(q);
            return (f.len() > 2).then_some(Person::Email(f));
        }
        let digits = phone_digits(q, region);
        (digits.len() >= 5).then_some(Person::Phone(digits))
    }

    /// Whether `lead` is this person's (an erased lead never is).
    pub fn matches(&self, lead: &Lead, region: Option<&str>) -> bool {
        match self {
            Person::Email(e) => !lead.email.trim().is_empty() && fold(&lead.email) == *e,
            Person::Phone(d) => {
                let region = (!lead.country.is_empty())
                    .then_some(lead.country.as_str())
                    .or(region);
                !lead.phone.trim().is_empty() && phone_digits(&lead.phone, region) == *d
            }
        }
    }
}

/// The digits of a phone number: its E.164 form without `+` when it parses,
/// else every digit as typed.
fn phone_digits(phone: &str, region: Option<&str>) -> String {
    let p = normalise_phone(phone, region).unwrap_or_else(|| phone.to_owned());
    p.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_and_accents() {
        assert_eq!(fold(" Zoë.Ōkubo@EXAMPLE.com "), "zoe.okubo@example.com");
        assert_eq!(fold("MÜLLER"), "muller");
    }

    #[test]
    fn a_person_is_an_email_or_a_phone_number() {
        assert_eq!(
            Person::parse("Ann.Lee@Example.COM", None),
            Some(Person::Email("ann.lee@example.com".into()))
        );
        assert_eq!(
            Person::parse("+1 (202) 555-0143", None),
            Some(Person::Phone("12025550143".into()))
        );
        assert_eq!(
            Person::parse("(202) 555-0143", Some("US")),
            Some(Person::Phone("12025550143".into()))
        );
        assert_eq!(Person::parse("bob", None), None);
    }

    #[test]
    fn the_tombstone_is_the_hash_of_the_normalised_address() {
        assert_eq!(
            email_hash(" Ann@Example.com "),
            email_hash("ann@example.com")
        );
        assert_eq!(
            email_hash("ann@example.com").unwrap(),
            hex::encode(Sha256::digest(b"ann@example.com"))
        );
        assert_eq!(email_hash("  "), None);
    }
}
