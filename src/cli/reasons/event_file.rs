//! Why an event file cannot be used, in the staff language (issue 18): every
//! `ConfigError`, every `ConfigRule` of its values and every `RecipientRule`,
//! matched by name. The key, the file and the line are the event file's own
//! and stay as written; so do the operating system's words (an IO error), the
//! TOML parser's and the `age` library's.

use super::p;
use crate::cli::words::{arg, num};
use crate::config::{ConfigError, ConfigRule, LargeFile, shipped};
use crate::i18n::msg::commands as m;
use crate::i18n::msg::verify_form as vf;
use crate::i18n::{self, Language};
use crate::policy::PolicyError;
use crate::recipients::{Origin, ReadRecipients, RecipientRule};

/// Message `id` in `lang` with its arguments, each given as text.
fn said(lang: Language, id: i18n::Msg, args: &[(&'static str, String)]) -> String {
    i18n::format(lang, id, args.iter().map(|(k, v)| (*k, arg(v))))
}

/// Why an event file cannot be used, in `lang` (doctor writes its `--json` in
/// English, everything else follows the staff language). Every variant and
/// every rule is matched by name: a new one does not compile until it is said
/// here. The operating system's words (an IO error) and the TOML parser's stay
/// as they are.
pub fn config(e: &ConfigError, lang: Language) -> String {
    let say = |id, args: &[(&'static str, String)]| said(lang, id, args);
    match e {
        ConfigError::Read { path, source } => say(
            m::CONFIG_READ,
            &[("path", p(path)), ("error", source.to_string())],
        ),
        ConfigError::NotUtf8 { path, byte } => say(
            m::CONFIG_NOT_UTF8,
            &[("path", p(path)), ("byte", byte.to_string())],
        ),
        ConfigError::Parse {
            path,
            line,
            message,
        } => say(
            m::CONFIG_PARSE,
            &[
                ("path", path.clone()),
                ("line", line.to_string()),
                ("message", message.clone()),
            ],
        ),
        ConfigError::Invalid {
            path,
            key,
            line,
            rule,
        } => say(
            m::CONFIG_INVALID,
            &[
                ("path", path.clone()),
                (
                    "key",
                    match line {
                        Some(n) => say(
                            m::CONFIG_KEY_LINE,
                            &[("key", key.clone()), ("line", n.to_string())],
                        ),
                        None => key.clone(),
                    },
                ),
                ("message", config_rule(rule, lang)),
            ],
        ),
        ConfigError::Policy {
            path,
            event_file,
            source,
        } => say(
            m::CONFIG_POLICY,
            &[
                ("path", p(path)),
                ("event", event_file.clone()),
                (
                    "error",
                    match source {
                        PolicyError::NotUtf8(byte) => {
                            say(m::CONFIG_POLICY_NOT_UTF8, &[("byte", byte.to_string())])
                        }
                        PolicyError::Empty => say(m::CONFIG_POLICY_EMPTY, &[]),
                    },
                ),
            ],
        ),
        ConfigError::Recipient {
            origin,
            event_file,
            line,
            key,
            rule,
        } => {
            let (id, path) = match origin {
                Origin::EventFile(name) => (m::CONFIG_RECIPIENT_IN_EVENT, name),
                Origin::RecipientsFile(path) => (m::CONFIG_RECIPIENT_IN_FILE, path),
            };
            say(
                id,
                &[
                    ("path", path.clone()),
                    ("event", event_file.clone()),
                    ("line", line.to_string()),
                    ("key", key.clone()),
                    ("rule", recipient_rule(rule, lang)),
                ],
            )
        }
        ConfigError::RecipientsRead {
            path,
            event_file,
            source,
        } => say(
            m::CONFIG_RECIPIENTS_READ,
            &[
                ("path", p(path)),
                ("event", event_file.clone()),
                (
                    "error",
                    match source {
                        ReadRecipients::Io(error) => error.to_string(),
                        ReadRecipients::TooLarge => say(
                            m::CONFIG_RECIPIENTS_TOO_LARGE,
                            &[(
                                "max",
                                crate::recipients::MAX_RECIPIENTS_FILE_BYTES.to_string(),
                            )],
                        ),
                    },
                ),
            ],
        ),
        ConfigError::TooLarge {
            what,
            path,
            size,
            max,
        } => say(
            match what {
                LargeFile::Policy => m::CONFIG_POLICY_TOO_LARGE,
                LargeFile::Event => m::CONFIG_EVENT_TOO_LARGE,
            },
            &[
                ("path", p(path)),
                ("size", size.to_string()),
                ("max", max.to_string()),
            ],
        ),
        ConfigError::PolicyRead {
            path,
            event_file,
            source,
        } => say(
            m::CONFIG_POLICY_READ,
            &[
                ("path", p(path)),
                ("event", event_file.clone()),
                ("error", source.to_string()),
            ],
        ),
    }
}

/// The rule an event file's value breaks, in `lang`; quoted values are
/// quoted as `Display` quotes them, figures written as `lang` writes them.
pub fn config_rule(rule: &ConfigRule, lang: Language) -> String {
    let say = |id, args: &[(&'static str, String)]| said(lang, id, args);
    let figure = |n: usize| i18n::figure(lang, &n.to_string());
    let quoted = |v: &str| format!("{v:?}");
    match rule {
        ConfigRule::EventId { value } => say(m::CONFIG_RULE_EVENT_ID, &[("value", quoted(value))]),
        ConfigRule::Id { value } => say(m::CONFIG_RULE_ID, &[("value", quoted(value))]),
        ConfigRule::IdTwice { value } => say(m::CONFIG_RULE_ID_TWICE, &[("value", quoted(value))]),
        ConfigRule::NonEmptyLine => say(m::CONFIG_RULE_NON_EMPTY_LINE, &[]),
        ConfigRule::NameLine => say(m::CONFIG_RULE_NAME_LINE, &[]),
        ConfigRule::ShortLine => say(m::CONFIG_RULE_SHORT_LINE, &[]),
        ConfigRule::TextLine => say(m::CONFIG_RULE_TEXT_LINE, &[]),
        ConfigRule::UrlLine => say(m::CONFIG_RULE_URL_LINE, &[]),
        ConfigRule::NotWebUrl { url } => say(m::CONFIG_RULE_NOT_WEB_URL, &[("url", quoted(url))]),
        ConfigRule::TooLong { found, max, unit } => say(
            m::CONFIG_RULE_TOO_LONG,
            &[
                ("found", figure(*found)),
                ("max", figure(*max)),
                (
                    "unit",
                    match unit {
                        crate::limits::Unit::Chars => "chars",
                        crate::limits::Unit::Bytes => "bytes",
                        crate::limits::Unit::Entries => "entries",
                    }
                    .to_owned(),
                ),
            ],
        ),
        ConfigRule::LongerThan { max } => say(m::CONFIG_RULE_LONGER_THAN, &[("max", figure(*max))]),
        ConfigRule::CountryUnknown { value } => say(
            crate::i18n::msg::booth::RULE_COUNTRY_UNKNOWN,
            &[("value", quoted(value))],
        ),
        ConfigRule::CountryAmbiguous { value } => say(
            crate::i18n::msg::booth::RULE_COUNTRY_AMBIGUOUS,
            &[("value", quoted(value))],
        ),
        ConfigRule::NoPurpose => say(m::CONFIG_RULE_NO_PURPOSE, &[]),
        ConfigRule::RequiredConsent { purpose } => say(
            m::CONFIG_RULE_REQUIRED_CONSENT,
            &[("purpose", quoted(purpose))],
        ),
        ConfigRule::TextTakesNoChoices => say(m::CONFIG_RULE_TEXT_NO_CHOICES, &[]),
        ConfigRule::ChoicesNeeded => say(m::CONFIG_RULE_CHOICES_NEEDED, &[]),
        ConfigRule::LanguageTag { value } => {
            say(m::CONFIG_RULE_LANGUAGE_TAG, &[("value", quoted(value))])
        }
        ConfigRule::MonthsAtLeastOne => say(m::CONFIG_RULE_MONTHS, &[]),
        ConfigRule::NotADate { value } => {
            say(m::CONFIG_RULE_NOT_A_DATE, &[("value", quoted(value))])
        }
        ConfigRule::NotShipped { value } => say(
            m::CONFIG_RULE_NOT_SHIPPED,
            &[("value", quoted(value)), ("shipped", shipped())],
        ),
        ConfigRule::LanguageTwice { language } => say(
            m::CONFIG_RULE_LANGUAGE_TWICE,
            &[("code", quoted(language.code()))],
        ),
        ConfigRule::NoLanguage => say(m::CONFIG_RULE_NO_LANGUAGE, &[("shipped", shipped())]),
        ConfigRule::DefaultLeftOut { default, written } => match written {
            None => say(
                m::CONFIG_RULE_DEFAULT_LEFT_OUT,
                &[("code", quoted(default.code()))],
            ),
            Some(written) => say(
                m::CONFIG_RULE_DEFAULT_LEFT_OUT_WRITTEN,
                &[
                    ("code", quoted(default.code())),
                    ("written", quoted(written)),
                ],
            ),
        },
        ConfigRule::UnknownLanguage { value } => i18n::format(
            lang,
            vf::FIELD_UNKNOWN_LANGUAGE,
            [("language", arg(&quoted(value)))],
        ),
        ConfigRule::NotAPurpose => say(crate::i18n::msg::rules::PURPOSE_UNKNOWN, &[]),
        ConfigRule::NotAQuestion => say(crate::i18n::msg::rules::NOT_A_QUESTION, &[]),
        ConfigRule::ChoiceCount { found, expected } => i18n::format(
            lang,
            m::CONFIG_RULE_CHOICE_COUNT,
            [
                ("found", num(*found as u64)),
                ("expected", num(*expected as u64)),
            ],
        ),
        ConfigRule::TranslationCode { language } => say(
            m::CONFIG_RULE_TRANSLATION_CODE,
            &[("code", language.code().to_owned())],
        ),
        ConfigRule::TranslationOfDefault { written } => say(
            m::CONFIG_RULE_TRANSLATION_OF_DEFAULT,
            &[("written", quoted(written))],
        ),
        ConfigRule::ShownOtherwise {
            code_point,
            position,
        } => say(
            m::CONFIG_RULE_SHOWN_OTHERWISE,
            &[
                ("code", format!("U+{code_point:04X}")),
                ("position", position.to_string()),
            ],
        ),
        ConfigRule::PurposeWordedAlike { other, language } => say(
            m::CONFIG_RULE_PURPOSE_ALIKE,
            &[
                ("other", other.clone()),
                ("language", language_said(*language, lang)),
            ],
        ),
        ConfigRule::ChoiceWordedAlike { other, language } => say(
            m::CONFIG_RULE_CHOICE_ALIKE,
            &[
                ("other", other.clone()),
                ("language", language_said(*language, lang)),
            ],
        ),
    }
}

/// A language as staff read it: its code in English (as the log writes it),
/// its name in the staff language otherwise ("allemand", not "de").
fn language_said(language: Language, staff: Language) -> String {
    match staff {
        Language::En => language.code().to_owned(),
        _ => crate::i18n::language_name(staff, language).to_owned(),
    }
}

/// What is wrong with a recipient in the event file or its recipients file,
/// in `lang`; the `age` library's own reason stays in its words.
fn recipient_rule(rule: &RecipientRule, lang: Language) -> String {
    let say = |id, args: &[(&'static str, String)]| said(lang, id, args);
    match rule {
        RecipientRule::Secret => say(m::CONFIG_RECIPIENT_SECRET, &[]),
        RecipientRule::NotARecipient { value, detail } => say(
            m::CONFIG_RECIPIENT_NOT_ONE,
            &[("value", format!("{value:?}")), ("detail", detail.clone())],
        ),
        RecipientRule::NoRecipient => say(m::CONFIG_RECIPIENT_NONE, &[]),
        RecipientRule::Twice {
            recipient,
            first,
            first_line,
        } => {
            let (id, path) = match first {
                Origin::EventFile(name) => (m::CONFIG_RECIPIENT_TWICE_EVENT, name),
                Origin::RecipientsFile(path) => (m::CONFIG_RECIPIENT_TWICE_FILE, path),
            };
            say(
                id,
                &[
                    ("recipient", recipient.clone()),
                    ("path", path.clone()),
                    ("line", first_line.to_string()),
                ],
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    const OTHERS: [Language; 3] = [Language::De, Language::Fr, Language::Es];

    /// Which sample a rule is: a new rule does not compile until it is here,
    /// and [`rules`] must then give one of it.
    fn index(rule: &ConfigRule) -> usize {
        match rule {
            ConfigRule::EventId { .. } => 0,
            ConfigRule::Id { .. } => 1,
            ConfigRule::IdTwice { .. } => 2,
            ConfigRule::NonEmptyLine => 3,
            ConfigRule::NameLine => 4,
            ConfigRule::ShortLine => 5,
            ConfigRule::TextLine => 6,
            ConfigRule::UrlLine => 7,
            ConfigRule::NotWebUrl { .. } => 8,
            ConfigRule::TooLong { .. } => 9,
            ConfigRule::LongerThan { .. } => 10,
            ConfigRule::CountryUnknown { .. } => 11,
            ConfigRule::CountryAmbiguous { .. } => 12,
            ConfigRule::NoPurpose => 13,
            ConfigRule::RequiredConsent { .. } => 14,
            ConfigRule::TextTakesNoChoices => 15,
            ConfigRule::ChoicesNeeded => 16,
            ConfigRule::LanguageTag { .. } => 17,
            ConfigRule::MonthsAtLeastOne => 18,
            ConfigRule::NotADate { .. } => 19,
            ConfigRule::NotShipped { .. } => 20,
            ConfigRule::LanguageTwice { .. } => 21,
            ConfigRule::NoLanguage => 22,
            ConfigRule::DefaultLeftOut { .. } => 23,
            ConfigRule::UnknownLanguage { .. } => 24,
            ConfigRule::NotAPurpose => 25,
            ConfigRule::NotAQuestion => 26,
            ConfigRule::ChoiceCount { .. } => 27,
            ConfigRule::TranslationCode { .. } => 28,
            ConfigRule::TranslationOfDefault { .. } => 29,
            ConfigRule::ShownOtherwise { .. } => 30,
            ConfigRule::PurposeWordedAlike { .. } => 31,
            ConfigRule::ChoiceWordedAlike { .. } => 32,
        }
    }
    const RULES: usize = 33;

    /// Every rule, with the words its message must carry in every language.
    fn rules() -> Vec<(ConfigRule, Vec<&'static str>)> {
        use crate::limits::Unit;
        vec![
            (
                ConfigRule::EventId {
                    value: "Fair 2026".into(),
                },
                vec!["\"Fair 2026\"", "'-'"],
            ),
            (
                ConfigRule::Id {
                    value: "News-Letter".into(),
                },
                vec!["\"News-Letter\"", "'_'"],
            ),
            (
                ConfigRule::IdTwice {
                    value: "newsletter".into(),
                },
                vec!["\"newsletter\""],
            ),
            (ConfigRule::NonEmptyLine, vec![]),
            (ConfigRule::NameLine, vec![]),
            (ConfigRule::ShortLine, vec![]),
            (ConfigRule::TextLine, vec![]),
            (ConfigRule::UrlLine, vec!["URL"]),
            (
                ConfigRule::NotWebUrl {
                    url: "javascript:alert(1)".into(),
                },
                vec!["\"javascript:alert(1)\"", "http://", "https://", "QR"],
            ),
            (
                ConfigRule::TooLong {
                    found: 201,
                    max: 200,
                    unit: Unit::Chars,
                },
                vec!["201", "200"],
            ),
            (
                ConfigRule::TooLong {
                    found: 51,
                    max: 50,
                    unit: Unit::Entries,
                },
                vec!["51", "50"],
            ),
            (
                ConfigRule::TooLong {
                    found: 9,
                    max: 8,
                    unit: Unit::Bytes,
                },
                vec!["9 ", "8"],
            ),
            (ConfigRule::LongerThan { max: 200 }, vec!["200"]),
            (
                ConfigRule::CountryUnknown {
                    value: "Atlantis".into(),
                },
                vec!["\"Atlantis\""],
            ),
            (
                ConfigRule::CountryAmbiguous {
                    value: "Korea".into(),
                },
                vec!["\"Korea\""],
            ),
            (ConfigRule::NoPurpose, vec![]),
            (
                ConfigRule::RequiredConsent {
                    purpose: "newsletter".into(),
                },
                vec![
                    "\"newsletter\"",
                    "legal_basis \"consent\"",
                    "\"legitimate_interest\"",
                ],
            ),
            (ConfigRule::TextTakesNoChoices, vec![]),
            (ConfigRule::ChoicesNeeded, vec![]),
            (
                ConfigRule::LanguageTag {
                    value: "en_GB".into(),
                },
                vec!["\"en_GB\"", "\"en\"", "\"de-CH\""],
            ),
            (ConfigRule::MonthsAtLeastOne, vec!["1"]),
            (
                ConfigRule::NotADate {
                    value: "30.11.2026".into(),
                },
                vec!["\"30.11.2026\"", "2026-11-30"],
            ),
            (
                ConfigRule::NotShipped { value: "it".into() },
                vec!["\"it\"", "\"en\", \"de\", \"fr\", \"es\""],
            ),
            (
                ConfigRule::LanguageTwice {
                    language: Language::De,
                },
                vec!["\"de\""],
            ),
            (
                ConfigRule::NoLanguage,
                vec!["\"en\", \"de\", \"fr\", \"es\""],
            ),
            (
                ConfigRule::DefaultLeftOut {
                    default: Language::En,
                    written: None,
                },
                vec!["\"en\"", "(event.language)"],
            ),
            (
                ConfigRule::DefaultLeftOut {
                    default: Language::Fr,
                    written: Some("fr-CA".into()),
                },
                vec!["\"fr\"", "(event.language = \"fr-CA\")"],
            ),
            (
                ConfigRule::UnknownLanguage { value: "it".into() },
                vec!["\"it\""],
            ),
            (ConfigRule::NotAPurpose, vec![]),
            (ConfigRule::NotAQuestion, vec![]),
            (
                ConfigRule::ChoiceCount {
                    found: 1,
                    expected: 3,
                },
                vec!["3"],
            ),
            (
                ConfigRule::ChoiceCount {
                    found: 4,
                    expected: 3,
                },
                vec!["4", "3"],
            ),
            (
                ConfigRule::TranslationCode {
                    language: Language::De,
                },
                vec!["[translation.de]"],
            ),
            (
                ConfigRule::TranslationOfDefault {
                    written: "en".into(),
                },
                vec!["(event.language = \"en\")"],
            ),
            (
                ConfigRule::ShownOtherwise {
                    code_point: 0x202E,
                    position: 7,
                },
                vec!["U+202E", "7"],
            ),
            (
                ConfigRule::PurposeWordedAlike {
                    other: "translation.de.purposes.marketing_email".into(),
                    language: Language::De,
                },
                vec!["translation.de.purposes.marketing_email"],
            ),
            (
                ConfigRule::ChoiceWordedAlike {
                    other: "question[0].choices[1]".into(),
                    language: Language::Fr,
                },
                vec!["question[0].choices[1]"],
            ),
        ]
    }

    fn no_placeholder(said: &str) {
        assert!(!said.contains("{ $") && !said.contains("{$"), "{said}");
    }

    #[test]
    fn every_event_file_rule_is_said_in_every_language() {
        let rules = rules();
        let covered: std::collections::BTreeSet<usize> =
            rules.iter().map(|(r, _)| index(r)).collect();
        assert_eq!(covered, (0..RULES).collect(), "a rule without a sample");
        for (rule, words) in &rules {
            let en = config_rule(rule, Language::En);
            assert_eq!(en, rule.to_string(), "English as the log writes it");
            for lang in OTHERS {
                let said = config_rule(rule, lang);
                assert_ne!(said, en, "{lang} leaves {rule:?} in English");
                no_placeholder(&said);
                for w in words {
                    assert!(said.contains(w), "{lang} {rule:?}: {w} not in {said}");
                }
            }
        }
        // Plural and figures as each language writes them.
        let one = ConfigRule::ChoiceCount {
            found: 1,
            expected: 3,
        };
        assert!(config_rule(&one, Language::De).starts_with("hat eine Auswahlmöglichkeit;"));
        assert!(config_rule(&one, Language::Es).starts_with("tiene una opción;"));
        let long = ConfigRule::LongerThan { max: 2000 };
        assert_eq!(
            config_rule(&long, Language::Fr),
            "dépasse 2\u{a0}000 caractères"
        );
    }

    /// Every `ConfigError`, as the command line says it: the key, its line,
    /// the file; English exactly as `Display`.
    #[test]
    fn every_config_error_is_said_in_every_language() {
        let io = || std::io::Error::from(std::io::ErrorKind::NotFound);
        let origin = Origin::RecipientsFile("/ev/r.txt".into());
        let inline = Origin::EventFile("/ev/event.toml".into());
        let recipient = |origin: &Origin, rule| ConfigError::Recipient {
            origin: origin.clone(),
            event_file: "/ev/event.toml".into(),
            line: 7,
            key: "encryption.recipients[1]".into(),
            rule: Box::new(rule),
        };
        let twice = |first: &Origin| RecipientRule::Twice {
            recipient: "age1abc".into(),
            first: first.clone(),
            first_line: 3,
        };
        let cases: Vec<(ConfigError, Vec<&str>)> = vec![
            (
                ConfigError::Read {
                    path: "/ev/event.toml".into(),
                    source: io(),
                },
                vec!["/ev/event.toml"],
            ),
            (
                ConfigError::NotUtf8 {
                    path: "/ev/event.toml".into(),
                    byte: 63,
                },
                vec!["/ev/event.toml", "UTF-8", "63"],
            ),
            (
                ConfigError::Parse {
                    path: "/ev/event.toml".into(),
                    line: 5,
                    message: "unknown field `requierd`".into(),
                },
                vec!["/ev/event.toml", "5", "unknown field `requierd`"],
            ),
            (
                ConfigError::Invalid {
                    path: "/ev/event.toml".into(),
                    key: "event.languages".into(),
                    line: Some(50),
                    rule: ConfigRule::NotShipped { value: "xx".into() },
                },
                vec!["/ev/event.toml", "event.languages (", "50)", "\"xx\""],
            ),
            (
                ConfigError::Invalid {
                    path: "/ev/event.toml".into(),
                    key: "purpose[1].id".into(),
                    line: None,
                    rule: ConfigRule::IdTwice { value: "a".into() },
                },
                vec!["/ev/event.toml", "purpose[1].id", "\"a\""],
            ),
            (
                ConfigError::Policy {
                    path: "/ev/p.md".into(),
                    event_file: "/ev/event.toml".into(),
                    source: PolicyError::NotUtf8(4),
                },
                vec!["/ev/p.md", "/ev/event.toml", "UTF-8", "4"],
            ),
            (
                ConfigError::Policy {
                    path: "/ev/p.md".into(),
                    event_file: "/ev/event.toml".into(),
                    source: PolicyError::Empty,
                },
                vec!["/ev/p.md", "/ev/event.toml"],
            ),
            (
                recipient(&inline, RecipientRule::Secret),
                vec!["/ev/event.toml", "7", "encryption.recipients[1]", "age1…"],
            ),
            (
                recipient(
                    &inline,
                    RecipientRule::NotARecipient {
                        value: "age1oops".into(),
                        detail: "invalid Bech32 encoding".into(),
                    },
                ),
                vec![
                    "\"age1oops\"",
                    "(invalid Bech32 encoding)",
                    "`leadbooth identity new`",
                ],
            ),
            (
                recipient(&origin, RecipientRule::NoRecipient),
                vec![
                    "/ev/r.txt",
                    "/ev/event.toml",
                    "7",
                    "encryption.recipients[1]",
                ],
            ),
            (
                recipient(&origin, twice(&inline)),
                vec!["/ev/r.txt", "age1abc", "/ev/event.toml", "3"],
            ),
            (
                recipient(&inline, twice(&origin)),
                vec!["/ev/event.toml", "age1abc", "/ev/r.txt", "3"],
            ),
            (
                ConfigError::RecipientsRead {
                    path: "/ev/r.txt".into(),
                    event_file: "/ev/event.toml".into(),
                    source: ReadRecipients::TooLarge,
                },
                vec!["/ev/r.txt", "/ev/event.toml", "65536", "age1…"],
            ),
            (
                ConfigError::RecipientsRead {
                    path: "/ev/r.txt".into(),
                    event_file: "/ev/event.toml".into(),
                    source: ReadRecipients::Io(io()),
                },
                vec!["/ev/r.txt", "/ev/event.toml", "entity not found"],
            ),
            (
                ConfigError::TooLarge {
                    what: LargeFile::Event,
                    path: PathBuf::from("/ev/event.toml"),
                    size: 9,
                    max: 8,
                },
                vec!["/ev/event.toml", "9", "8"],
            ),
            (
                ConfigError::TooLarge {
                    what: LargeFile::Policy,
                    path: PathBuf::from("/ev/p.md"),
                    size: 9,
                    max: 8,
                },
                vec!["/ev/p.md", "9", "8"],
            ),
            (
                ConfigError::PolicyRead {
                    path: "/ev/p.md".into(),
                    event_file: "/ev/event.toml".into(),
                    source: io(),
                },
                vec!["/ev/p.md", "/ev/event.toml"],
            ),
        ];
        for (e, words) in &cases {
            let en = config(e, Language::En);
            assert_eq!(en, e.to_string(), "English as the log writes it");
            for lang in OTHERS {
                let said = config(e, lang);
                assert_ne!(said, en, "{lang} leaves {e:?} in English");
                no_placeholder(&said);
                for w in words {
                    assert!(said.contains(w), "{lang} {e:?}: {w} not in {said}");
                }
            }
        }
        // The key's line in each language's words.
        let lined = &cases[3].0;
        assert!(config(lined, Language::De).contains("event.languages (Zeile 50): "));
        assert!(config(lined, Language::Fr).contains("event.languages (ligne 50) : "));
        assert!(config(lined, Language::Es).contains("event.languages (línea 50): "));
    }
}
