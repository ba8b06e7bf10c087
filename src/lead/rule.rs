//! The lead rules a person can break on the form, as values: each says itself
//! in any shipped language ([`Rule::message`]). The English wording is the one
//! the command line and the logs have always shown ([`FieldError::message`]
//! keeps it); the form shows a broken rule in the language of the side that
//! reads it (`tui::form`: the form's language; the staff's edit screen: the
//! staff language).
//!
//! [`FieldError::message`]: super::FieldError::message

use crate::i18n::{self, Language, Msg, arg, msg::booth as msg};

/// One broken lead rule, with what its message names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// A control character (`code` hex, `position` from 1) in a one-line field.
    ControlCharacter {
        /// `001B`.
        code: String,
        /// Character position, from 1.
        position: usize,
    },
    /// More characters than the field may have.
    TooLong {
        /// Characters found.
        found: usize,
        /// The limit.
        max: usize,
    },
    /// Neither a first nor a last name.
    NameMissing,
    /// Neither an email address nor a phone number.
    EmailOrPhoneMissing,
    /// An invisible or direction-changing character in the email address.
    EmailHidden {
        /// `200B`.
        code: String,
        /// Character position, from 1.
        position: usize,
    },
    /// An email address longer than RFC 5321 allows.
    EmailTooLong {
        /// Its bytes.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// A local part (before the `@`) longer than RFC 5321 allows.
    EmailLocalTooLong {
        /// Its bytes.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// Not an email address.
    EmailInvalid,
    /// A country name that names more than one country; `value` is quoted.
    CountryAmbiguous {
        /// What was typed, sanitised and quoted.
        value: String,
    },
    /// A country name not known; `value` is quoted.
    CountryUnknown {
        /// What was typed, sanitised and quoted.
        value: String,
    },
    /// A phone number without a digit.
    PhoneNoDigits,
    /// A required box left unticked.
    Required,
    /// A phone number kept as typed: not valid for `region` (checked against
    /// the country its prefix names, else the lead's or the event's).
    PhoneKeptFor {
        /// ISO 3166-1 alpha-2.
        region: String,
    },
    /// A phone number kept as typed: its international prefix names no country.
    PhoneKeptPrefix,
    /// A phone number kept as typed: no country to check it against.
    PhoneKept,
}

impl Rule {
    /// What is wrong, in `lang`, as said beside the field.
    pub fn message(&self, lang: Language) -> String {
        let f = |id: Msg, args: Vec<(&'static str, String)>| {
            i18n::format(lang, id, args.iter().map(|(k, v)| (*k, arg(v))))
        };
        match self {
            Rule::ControlCharacter { code, position } => f(
                msg::RULE_CONTROL_CHARACTER,
                vec![("code", code.clone()), ("position", position.to_string())],
            ),
            Rule::TooLong { found, max } => f(
                msg::RULE_TOO_LONG,
                vec![("found", found.to_string()), ("max", max.to_string())],
            ),
            Rule::NameMissing => f(msg::RULE_NAME_MISSING, vec![]),
            Rule::EmailOrPhoneMissing => f(msg::RULE_EMAIL_OR_PHONE, vec![]),
            Rule::EmailHidden { code, position } => f(
                msg::RULE_EMAIL_HIDDEN,
                vec![("code", code.clone()), ("position", position.to_string())],
            ),
            Rule::EmailTooLong { bytes, max } => f(
                msg::RULE_EMAIL_TOO_LONG,
                vec![("bytes", bytes.to_string()), ("max", max.to_string())],
            ),
            Rule::EmailLocalTooLong { bytes, max } => f(
                msg::RULE_EMAIL_LOCAL_TOO_LONG,
                vec![("bytes", bytes.to_string()), ("max", max.to_string())],
            ),
            Rule::EmailInvalid => f(msg::RULE_EMAIL_INVALID, vec![]),
            Rule::CountryAmbiguous { value } => {
                f(msg::RULE_COUNTRY_AMBIGUOUS, vec![("value", value.clone())])
            }
            Rule::CountryUnknown { value } => {
                f(msg::RULE_COUNTRY_UNKNOWN, vec![("value", value.clone())])
            }
            Rule::PhoneNoDigits => f(msg::RULE_PHONE_NO_DIGITS, vec![]),
            Rule::Required => f(msg::RULE_REQUIRED, vec![]),
            Rule::PhoneKeptFor { region } => {
                f(msg::RULE_PHONE_KEPT_FOR, vec![("region", region.clone())])
            }
            Rule::PhoneKeptPrefix => f(msg::RULE_PHONE_KEPT_PREFIX, vec![]),
            Rule::PhoneKept => f(msg::RULE_PHONE_KEPT, vec![]),
        }
    }

    /// The message in English: what the command line and the logs show.
    pub fn english(&self) -> String {
        self.message(Language::En)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English wording is the one `leads add`, the attendee import and
    /// scripts have read all along: moving it into the message files changed
    /// no byte of it.
    #[test]
    fn english_is_the_wording_the_command_line_always_printed() {
        let cases = [
            (
                Rule::ControlCharacter {
                    code: "001B".into(),
                    position: 3,
                },
                "contains control character U+001B at position 3; only printable text is allowed on one line",
            ),
            (
                Rule::TooLong {
                    found: 1001,
                    max: 1000,
                },
                "is 1001 characters, more than the 1000 it may have",
            ),
            (Rule::NameMissing, "enter a first or last name"),
            (
                Rule::EmailOrPhoneMissing,
                "enter an email address or a phone number",
            ),
            (
                Rule::EmailHidden {
                    code: "200B".into(),
                    position: 4,
                },
                "contains the invisible or direction-changing character U+200B at position 4; an email address must be typed as plain text",
            ),
            (
                Rule::EmailTooLong {
                    bytes: 300,
                    max: 254,
                },
                "is 300 bytes long; an email address may have at most 254 (RFC 5321)",
            ),
            (
                Rule::EmailLocalTooLong { bytes: 65, max: 64 },
                "has 65 bytes before the @; at most 64 are allowed (RFC 5321)",
            ),
            (
                Rule::EmailInvalid,
                "is not a valid email address (like name@example.com)",
            ),
            (
                Rule::CountryAmbiguous {
                    value: "\"Korea\"".into(),
                },
                "\"Korea\" names more than one country: type the full name",
            ),
            (
                Rule::CountryUnknown {
                    value: "\"Atlantis\"".into(),
                },
                "\"Atlantis\" is not a country name we know: type it like Germany, Deutschland or Allemagne",
            ),
            (Rule::PhoneNoDigits, "has no digits"),
            (Rule::Required, "is required: tick it to save"),
            (
                Rule::PhoneKeptFor {
                    region: "DE".into(),
                },
                "kept as typed: not a valid number for DE",
            ),
            (
                Rule::PhoneKeptPrefix,
                "kept as typed: its international prefix names no country",
            ),
            (Rule::PhoneKept, "kept as typed: not a valid number"),
        ];
        for (rule, english) in cases {
            assert_eq!(rule.english(), english, "{rule:?}");
            for lang in [Language::De, Language::Fr, Language::Es] {
                let other = rule.message(lang);
                assert_ne!(other, english, "{lang}: {rule:?} is still English");
                assert!(!other.contains("rule-"), "{lang}: {other}");
            }
        }
    }
}
