//! The rules an event file's values must keep, as values: what
//! [`ConfigError::Invalid`](super::ConfigError::Invalid) carries. Each names
//! what its message needs (the bad value, the limit, the languages the booth
//! ships); `Display` is the English of the log, and the command line says each
//! in the staff language (`cli::reasons::config`), so a new rule does not
//! compile until it is said there.

use std::fmt;

use crate::i18n::Language;
use crate::limits::{TooLong, Unit};

/// A rule an event file's value breaks. Values are kept printable (quoted
/// with `{:?}` where they are shown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigRule {
    /// `event.id` not lowercase letters, digits and `-`.
    EventId {
        /// The id as written.
        value: String,
    },
    /// A purpose or question id not lowercase letters, digits and `_`.
    Id {
        /// The id as written.
        value: String,
    },
    /// A purpose or question id given twice.
    IdTwice {
        /// The id.
        value: String,
    },
    /// Blank, or more than one line, where text is needed.
    NonEmptyLine,
    /// A staff name that is blank or not on one line.
    NameLine,
    /// A purpose's `short` word that is blank or not on one line.
    ShortLine,
    /// Controller and notice text that is not on one line (blank is allowed).
    TextLine,
    /// A policy URL that is blank or not on one line.
    UrlLine,
    /// A policy URL a phone cannot open.
    NotWebUrl {
        /// The URL as written, made printable.
        url: String,
    },
    /// More characters or entries than the limit.
    TooLong {
        /// How many there are.
        found: usize,
        /// The limit.
        max: usize,
        /// What is counted.
        unit: Unit,
    },
    /// A translated text longer than the limit, in characters.
    LongerThan {
        /// The limit.
        max: usize,
    },
    /// `event.default_country` names no country.
    CountryUnknown {
        /// As written, made printable.
        value: String,
    },
    /// `event.default_country` names more than one country.
    CountryAmbiguous {
        /// As written, made printable.
        value: String,
    },
    /// `purpose = []`.
    NoPurpose,
    /// A consent purpose marked `required`.
    RequiredConsent {
        /// The purpose id.
        purpose: String,
    },
    /// A text question given choices.
    TextTakesNoChoices,
    /// A choice question without choices.
    ChoicesNeeded,
    /// `event.language` that is not a language tag.
    LanguageTag {
        /// As written.
        value: String,
    },
    /// `consent.valid_for_months = 0`.
    MonthsAtLeastOne,
    /// `event.last_day` that is not a date.
    NotADate {
        /// As written.
        value: String,
    },
    /// A code in `event.languages` the booth does not ship.
    NotShipped {
        /// As written, made printable.
        value: String,
    },
    /// A language in `event.languages` twice.
    LanguageTwice {
        /// The language.
        language: Language,
    },
    /// `event.languages = []`.
    NoLanguage,
    /// `event.languages` without the event's default language.
    DefaultLeftOut {
        /// The default language.
        default: Language,
        /// `event.language` as written (made printable) when it is not the
        /// default's bare code (`fr-CA`); `None` when it is, or unset.
        written: Option<String>,
    },
    /// `[translation.<code>]` for a language the booth does not ship.
    UnknownLanguage {
        /// The code as written.
        value: String,
    },
    /// A translation of a purpose the event does not have.
    NotAPurpose,
    /// A translation of a question the event does not have.
    NotAQuestion,
    /// A translation's choices, not as many as the question's.
    ChoiceCount {
        /// How many the translation gives.
        found: usize,
        /// How many the question has.
        expected: usize,
    },
    /// `[translation.<code>]` naming a shipped language otherwise than by its
    /// code (`DE`, `de-AT`).
    TranslationCode {
        /// The language the table was read as.
        language: Language,
    },
    /// `[translation.<code>]` for the event's own default language.
    TranslationOfDefault {
        /// `event.language` as written, made printable.
        written: String,
    },
    /// A wording with a character the screen would not show as written.
    ShownOtherwise {
        /// The character's code point.
        code_point: u32,
        /// Its 1-based position in the text, in characters.
        position: usize,
    },
    /// Two purposes worded alike in one language.
    PurposeWordedAlike {
        /// The key of the first purpose so worded.
        other: String,
        /// The language.
        language: Language,
    },
    /// Two choices of one question worded alike in one language.
    ChoiceWordedAlike {
        /// The key of the first choice so worded.
        other: String,
        /// The language.
        language: Language,
    },
}

impl From<&TooLong> for ConfigRule {
    fn from(e: &TooLong) -> Self {
        ConfigRule::TooLong {
            found: e.found,
            max: e.max,
            unit: e.unit,
        }
    }
}

/// The languages the booth ships, as `event.languages` writes them:
/// `"en", "de", "fr", "es"`.
pub fn shipped() -> String {
    Language::ALL
        .iter()
        .map(|l| format!("\"{}\"", l.code()))
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for ConfigRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigRule::EventId { value } => {
                write!(f, "{value:?} must be lowercase letters, digits and '-'")
            }
            ConfigRule::Id { value } => {
                write!(f, "{value:?} must be lowercase letters, digits and '_'")
            }
            ConfigRule::IdTwice { value } => write!(f, "{value:?} is used twice"),
            ConfigRule::NonEmptyLine => f.write_str("must be non-empty text on one line"),
            ConfigRule::NameLine => f.write_str("must be a name on one line"),
            ConfigRule::ShortLine => f.write_str("must be a word or two on one line"),
            ConfigRule::TextLine => f.write_str("must be text on one line"),
            ConfigRule::UrlLine => f.write_str("must be a URL on one line"),
            ConfigRule::NotWebUrl { url } => write!(
                f,
                "{url:?} must be an http:// or https:// address (a phone opens it from the QR code)"
            ),
            ConfigRule::TooLong { found, max, unit } => f.write_str(
                &TooLong {
                    field: String::new(),
                    found: *found,
                    max: *max,
                    unit: *unit,
                }
                .detail(),
            ),
            ConfigRule::LongerThan { max } => write!(f, "is longer than {max} characters"),
            ConfigRule::CountryUnknown { value } => write!(
                f,
                "{value:?} is not a country name we know: type it like Germany, Deutschland or Allemagne"
            ),
            ConfigRule::CountryAmbiguous { value } => {
                write!(
                    f,
                    "{value:?} names more than one country: type the full name"
                )
            }
            ConfigRule::NoPurpose => f.write_str("at least one purpose is needed"),
            ConfigRule::RequiredConsent { purpose } => write!(
                f,
                "purpose {purpose:?} is a consent (legal_basis \"consent\") and a consent is never a condition of saving: make it optional, or give it a legal_basis other than consent (e.g. \"legitimate_interest\" for a notice acknowledgement)"
            ),
            ConfigRule::TextTakesNoChoices => f.write_str("a text question takes no choices"),
            ConfigRule::ChoicesNeeded => {
                f.write_str("a single or multiple choice question needs choices")
            }
            ConfigRule::LanguageTag { value } => {
                write!(
                    f,
                    "{value:?} is not a language tag like \"en\" or \"de-CH\""
                )
            }
            ConfigRule::MonthsAtLeastOne => {
                f.write_str("must be at least 1 (leave it out for no expiry)")
            }
            ConfigRule::NotADate { value } => write!(f, "{value:?} is not a date like 2026-11-30"),
            ConfigRule::NotShipped { value } => write!(
                f,
                "{value:?} is not a language the booth speaks (it ships {})",
                shipped()
            ),
            ConfigRule::LanguageTwice { language } => {
                write!(f, "{:?} is listed twice", language.code())
            }
            ConfigRule::NoLanguage => write!(
                f,
                "lists no language; leave it out to offer every one ({})",
                shipped()
            ),
            ConfigRule::DefaultLeftOut { default, written } => write!(
                f,
                "must include the event's default language {:?} (event.language{}): \
                 its wording fills every gap",
                default.code(),
                match written {
                    Some(w) => format!(" = {w:?}"),
                    None => String::new(),
                }
            ),
            ConfigRule::UnknownLanguage { value } => {
                write!(f, "{}", crate::i18n::UnknownLanguage(value.clone()))
            }
            ConfigRule::NotAPurpose => f.write_str("is not a purpose of this event"),
            ConfigRule::NotAQuestion => f.write_str("is not a question of this event"),
            ConfigRule::ChoiceCount { found, expected } => write!(
                f,
                "has {found} choices; the question has {expected} (the same, in the same order)"
            ),
            ConfigRule::TranslationCode { language } => write!(
                f,
                "name the language by its code as written, [translation.{}]: one table per language",
                language.code()
            ),
            ConfigRule::TranslationOfDefault { written } => write!(
                f,
                "is the event's default language (event.language = {written:?}): its wording is the file's own [[purpose]], [[question]] and [notice]; a translation of it is never shown"
            ),
            ConfigRule::ShownOtherwise {
                code_point,
                position,
            } => write!(
                f,
                "contains the invisible or direction-changing character U+{code_point:04X} at position {position}; \
                 the screen would not show it as written, and a consent records its wording as written"
            ),
            ConfigRule::PurposeWordedAlike { other, language } => write!(
                f,
                "is worded as {other} ({}): the attendee could not tell the two boxes apart, \
                 and a tick meant for one would be recorded for the other",
                language.code()
            ),
            ConfigRule::ChoiceWordedAlike { other, language } => write!(
                f,
                "is worded as {other} ({}): the answer is kept by its place in the list, \
                 and the attendee could not tell the two apart",
                language.code()
            ),
        }
    }
}

/// `event.languages (line 5)`: a key and, where the parser gave it, its line.
pub(super) fn key_at(key: &str, line: Option<usize>) -> String {
    match line {
        Some(n) => format!("{key} (line {n})"),
        None => key.to_owned(),
    }
}
