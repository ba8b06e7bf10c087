//! The event's wording in other languages (`[translation.<code>]`): the
//! purposes' labels, the questions and their choices, the layered notice and the
//! policy URL. The event's own wording (the file as it was before translations)
//! is its default language ([`Event::language`]); a translation may leave any
//! of it out, and the default language fills that gap (the consent record then
//! names the language the attendee actually read). `doctor` and `init-event`
//! list every gap ([`Event::missing_translations`]).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{ConfigError, ConfigRule, Event, NoticeSection, NoticeText, QuestionKind};
use crate::i18n::Language;
use crate::limits;
use crate::policy::Policy;

/// `[translation.de]` as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TranslationSection {
    /// Purpose id → its label in this language.
    #[serde(default)]
    purposes: BTreeMap<String, String>,
    /// Question id → its label and choices in this language.
    #[serde(default)]
    questions: BTreeMap<String, QuestionText>,
    #[serde(default)]
    notice: NoticeSection,
    #[serde(default)]
    policy: PolicySection,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicySection {
    /// The policy's URL in this language (its QR code).
    #[serde(default)]
    url: Option<String>,
    /// The policy document in this language, relative to the event file.
    #[serde(default)]
    file: Option<std::path::PathBuf>,
}

/// How `[translation.<code>.policy]` is read: the event file's own rules for
/// a policy file (relative to the event file, size limit, UTF-8) and its URL.
pub(super) struct PolicyLoader<'a> {
    /// Loads a policy file with the URL its QR code points at.
    pub load: &'a dyn Fn(&std::path::Path, &str) -> Result<Policy, ConfigError>,
    /// Checks a policy URL (`key` names it in the error).
    pub check_url: &'a dyn Fn(String, &str) -> Result<(), ConfigError>,
}

/// A question in another language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionText {
    /// The question.
    #[serde(default)]
    pub label: Option<String>,
    /// Its choices, in the default language's order (as many).
    #[serde(default)]
    pub choices: Option<Vec<String>>,
}

/// The event's wording in one other language; what is not here is shown in the
/// default language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Translation {
    /// Purpose id → label.
    pub purposes: BTreeMap<String, String>,
    /// Question id → label and choices.
    pub questions: BTreeMap<String, QuestionText>,
    /// The notice; an empty field is not translated.
    pub notice: NoticeText,
    /// The policy's URL for this language (its QR code).
    pub policy_url: Option<String>,
    /// The policy document in this language (`[translation.<code>.policy]
    /// file`), its URL this language's (or the default one).
    pub policy: Option<Policy>,
    /// The event file has a `[translation.<code>]` for it (the booth's own
    /// translations of the default purposes alone do not make a language one
    /// the event offers, so they name no gaps).
    pub declared: bool,
}

/// Text shown to the attendee and the language it is really in (the
/// default language when the chosen one lacks it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Worded<'a> {
    /// The text.
    pub text: &'a str,
    /// Its language.
    pub language: Language,
}

/// A piece of the event's wording that a translation lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingTranslation {
    /// The language that lacks it.
    pub language: Language,
    /// The key under `[translation.<code>]` it lacks: `purposes.marketing_email`,
    /// `questions.interest.choices`, `notice.rights`, `policy.file`.
    pub what: String,
}

impl std::fmt::Display for MissingTranslation {
    /// The key it lacks, as the event file spells it (for the log; a person
    /// reads [`gaps_by_language`] in the staff language's frame).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "translation.{}.{}", self.language.code(), self.what)
    }
}

/// The gaps grouped by language, in [`Language::ALL`] order: each language
/// with the keys under its `[translation.<code>]` that it lacks. The keys are
/// the event file's, the same in every staff language.
pub fn gaps_by_language(gaps: &[MissingTranslation]) -> Vec<(Language, Vec<&str>)> {
    let mut out: Vec<(Language, Vec<&str>)> = Vec::new();
    for lang in Language::ALL {
        let keys: Vec<&str> = gaps
            .iter()
            .filter(|g| g.language == lang)
            .map(|g| g.what.as_str())
            .collect();
        if !keys.is_empty() {
            out.push((lang, keys));
        }
    }
    out
}

/// Checks and converts `[translation.*]` against the event's purposes and
/// questions; every error names the key.
pub(super) fn check(
    sections: BTreeMap<String, TranslationSection>,
    event: &Event,
    invalid: &dyn Fn(String, ConfigRule) -> ConfigError,
    policies: &PolicyLoader<'_>,
) -> Result<BTreeMap<Language, Translation>, ConfigError> {
    let mut out = BTreeMap::new();
    for (code, t) in sections {
        let base = format!("translation.{}", crate::text::sanitize_line(&code));
        let lang: Language = code.parse().map_err(|e: crate::i18n::UnknownLanguage| {
            invalid(base.clone(), ConfigRule::UnknownLanguage { value: e.0 })
        })?;
        // One table per language, named by its code as the booth ships it:
        // `[translation.DE]` beside `[translation.de]` was one silently
        // replacing the other, and `"de-../x"` read as German.
        if code != lang.code() {
            return Err(invalid(
                base,
                ConfigRule::TranslationCode { language: lang },
            ));
        }
        // The default language's wording is the file's own: a table for it
        // would never be shown.
        if lang == event.default_language() {
            return Err(invalid(
                base,
                ConfigRule::TranslationOfDefault {
                    written: crate::text::sanitize_line(&event.language).into_owned(),
                },
            ));
        }
        let one_line = |key: String, v: &str, max: usize| -> Result<String, ConfigError> {
            if v.trim().is_empty() || crate::text::first_control(v).is_some() {
                return Err(invalid(key, ConfigRule::NonEmptyLine));
            }
            if v.chars().count() > max {
                return Err(invalid(key, ConfigRule::LongerThan { max }));
            }
            Ok(v.trim().to_owned())
        };
        let mut purposes = BTreeMap::new();
        for (id, label) in &t.purposes {
            let key = format!("{base}.purposes.{id}");
            if !event.purposes.iter().any(|p| &p.id == id) {
                return Err(invalid(key, ConfigRule::NotAPurpose));
            }
            purposes.insert(id.clone(), one_line(key, label, limits::LABEL_CHARS)?);
        }
        let mut questions = BTreeMap::new();
        for (id, q) in &t.questions {
            let key = format!("{base}.questions.{id}");
            let Some(own) = event.questions.iter().find(|o| &o.id == id) else {
                return Err(invalid(key, ConfigRule::NotAQuestion));
            };
            let label = match &q.label {
                Some(l) => Some(one_line(format!("{key}.label"), l, limits::LABEL_CHARS)?),
                None => None,
            };
            let choices = match &q.choices {
                Some(c) if c.len() != own.choices.len() => {
                    return Err(invalid(
                        format!("{key}.choices"),
                        ConfigRule::ChoiceCount {
                            found: c.len(),
                            expected: own.choices.len(),
                        },
                    ));
                }
                Some(c) => Some(
                    c.iter()
                        .enumerate()
                        .map(|(j, c)| {
                            one_line(format!("{key}.choices[{j}]"), c, limits::LABEL_CHARS)
                        })
                        .collect::<Result<Vec<_>, _>>()?,
                ),
                None => None,
            };
            questions.insert(id.clone(), QuestionText { label, choices });
        }
        let field = |name: &str, v: &Option<String>| -> Result<String, ConfigError> {
            match v {
                Some(v) => one_line(format!("{base}.notice.{name}"), v, limits::LABEL_CHARS),
                None => Ok(String::new()),
            }
        };
        let notice = NoticeText {
            retention: field("retention", &t.notice.retention)?,
            rights: field("rights", &t.notice.rights)?,
            withdraw: field("withdraw", &t.notice.withdraw)?,
            transfers: field("transfers", &t.notice.transfers)?,
        };
        let policy_url = match &t.policy.url {
            Some(u) => {
                (policies.check_url)(format!("{base}.policy.url"), u)?;
                Some(u.trim().to_owned())
            }
            None => None,
        };
        let policy = match &t.policy.file {
            Some(file) => Some((policies.load)(
                file,
                policy_url.as_deref().unwrap_or(&event.policy.url),
            )?),
            None => None,
        };
        out.insert(
            lang,
            Translation {
                purposes,
                questions,
                notice,
                policy_url,
                policy,
                declared: true,
            },
        );
    }
    Ok(out)
}

impl Event {
    /// The language of the event's own wording: `event.language` when the
    /// booth ships it, else English.
    pub fn default_language(&self) -> Language {
        self.language.parse().unwrap_or_default()
    }

    fn translation(&self, lang: Language) -> Option<&Translation> {
        if lang == self.default_language() {
            return None;
        }
        self.translations.get(&lang)
    }

    fn worded<'a>(&'a self, own: &'a str, lang: Language, t: Option<&'a str>) -> Worded<'a> {
        match t {
            Some(text) => Worded {
                text,
                language: lang,
            },
            None => Worded {
                text: own,
                language: self.default_language(),
            },
        }
    }

    /// Purpose `i`'s label in `lang`, or in the default language.
    pub fn purpose_label(&self, i: usize, lang: Language) -> Worded<'_> {
        let p = &self.purposes[i];
        let t = self
            .translation(lang)
            .and_then(|t| t.purposes.get(&p.id))
            .map(String::as_str);
        self.worded(&p.label, lang, t)
    }

    /// Question `i`'s label in `lang`, or in the default language.
    pub fn question_label(&self, i: usize, lang: Language) -> &str {
        let q = &self.questions[i];
        self.translation(lang)
            .and_then(|t| t.questions.get(&q.id))
            .and_then(|t| t.label.as_deref())
            .unwrap_or(&q.label)
    }

    /// Question `i`'s choices in `lang`, or in the default language (answers
    /// are stored in the default language, by position).
    pub fn question_choices(&self, i: usize, lang: Language) -> &[String] {
        let q = &self.questions[i];
        self.translation(lang)
            .and_then(|t| t.questions.get(&q.id))
            .and_then(|t| t.choices.as_deref())
            .unwrap_or(&q.choices)
    }

    /// The notice in `lang`, each field the translation lacks in the default
    /// language.
    pub fn notice_in(&self, lang: Language) -> NoticeText {
        let Some(t) = self.translation(lang) else {
            return self.notice.clone();
        };
        let pick = |own: &str, tr: &str| if tr.is_empty() { own } else { tr }.to_owned();
        NoticeText {
            retention: pick(&self.notice.retention, &t.notice.retention),
            rights: pick(&self.notice.rights, &t.notice.rights),
            withdraw: pick(&self.notice.withdraw, &t.notice.withdraw),
            transfers: pick(&self.notice.transfers, &t.notice.transfers),
        }
    }

    /// The policy's URL for `lang` (its QR code), or the default one.
    pub fn policy_url(&self, lang: Language) -> &str {
        self.translation(lang)
            .and_then(|t| t.policy_url.as_deref())
            .unwrap_or(&self.policy.url)
    }

    /// The policy document shown in `lang` (F1), or the default one: what a
    /// lead captured in `lang` cites.
    pub fn policy_in(&self, lang: Language) -> &Policy {
        self.translation(lang)
            .and_then(|t| t.policy.as_ref())
            .unwrap_or(&self.policy)
    }

    /// Every policy document the event shows, the default one first, each
    /// version once.
    pub fn policies(&self) -> Vec<&Policy> {
        let mut out = vec![&self.policy];
        for t in self.translations.values() {
            if let Some(p) = &t.policy
                && !out.iter().any(|o| o.sha256 == p.sha256)
            {
                out.push(p);
            }
        }
        out
    }

    /// Every piece of wording a translation lacks, by language then in the
    /// form's order: what `doctor` and `init-event` report.
    pub fn missing_translations(&self) -> Vec<MissingTranslation> {
        let mut out = Vec::new();
        // Every language the kiosk offers (`[event] languages`, F4 steps
        // through them; all the booth ships unless the file says otherwise),
        // translated in the event file or not: an attendee who picks one the
        // file never mentions reads the default language just the same. A
        // language the event does not offer is never shown: no gap.
        let none = Translation::default();
        for lang in self.languages.iter().copied() {
            if lang == self.default_language() {
                continue;
            }
            let t = self.translations.get(&lang).unwrap_or(&none);
            let lang = &lang;
            let mut miss = |what: String| {
                out.push(MissingTranslation {
                    language: *lang,
                    what,
                })
            };
            for p in &self.purposes {
                if !t.purposes.contains_key(&p.id) {
                    miss(format!("purposes.{}", p.id));
                }
            }
            for q in &self.questions {
                let tq = t.questions.get(&q.id);
                if tq.and_then(|t| t.label.as_ref()).is_none() {
                    miss(format!("questions.{}.label", q.id));
                }
                if q.kind != QuestionKind::Text && tq.and_then(|t| t.choices.as_ref()).is_none() {
                    miss(format!("questions.{}.choices", q.id));
                }
            }
            let n = &self.notice;
            for (name, own, tr) in [
                ("retention", &n.retention, &t.notice.retention),
                ("rights", &n.rights, &t.notice.rights),
                ("withdraw", &n.withdraw, &t.notice.withdraw),
                ("transfers", &n.transfers, &t.notice.transfers),
            ] {
                if !own.is_empty() && tr.is_empty() {
                    miss(format!("notice.{name}"));
                }
            }
            // The booth's built-in policy is English only: a missing policy
            // file is named when the event brings its own policy.
            let own_policy = self.policy.sha256
                != crate::policy::sha256_hex(crate::policy::DEFAULT_POLICY.as_bytes());
            if own_policy && t.policy.is_none() {
                miss("policy.file".to_owned());
            }
            if t.policy.is_some() && t.policy_url.is_none() {
                miss("policy.url".to_owned());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = r#"
[event]
id = "expo"
name = "Expo"
organisation = "Acme"

[[purpose]]
id = "policy_ack"
label = "I saw the notice."
legal_basis = "legitimate_interest"
required = true

[[purpose]]
id = "newsletter"
label = "Send me the newsletter."

[[question]]
id = "size"
label = "How big is your team?"
kind = "single"
choices = ["1-10", "11-100", "more"]

[notice]
retention = "Two years."
rights = "Ask us."
"#;

    fn parse(extra: &str) -> Result<Event, ConfigError> {
        Event::parse_text(&format!("{BASE}{extra}"))
    }

    #[test]
    fn an_event_file_without_translations_reads_as_before() {
        let e = parse("").unwrap();
        assert!(e.translations.is_empty());
        assert_eq!(e.default_language(), Language::En);
        let w = e.purpose_label(1, Language::De);
        assert_eq!(
            (w.text, w.language),
            ("Send me the newsletter.", Language::En)
        );
        // The kiosk still offers every shipped language: each names what it
        // shows in English (the booth translates only its default purposes).
        let missing: Vec<String> = e
            .missing_translations()
            .iter()
            .filter(|m| m.language == Language::Es)
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            missing,
            [
                "translation.es.purposes.policy_ack",
                "translation.es.purposes.newsletter",
                "translation.es.questions.size.label",
                "translation.es.questions.size.choices",
                "translation.es.notice.retention",
                "translation.es.notice.rights",
            ]
        );
    }

    #[test]
    fn a_translation_is_shown_and_its_gaps_filled_and_named() {
        let e = parse(
            r#"
[translation.de.purposes]
newsletter = "Senden Sie mir den Newsletter."
[translation.de.questions.size]
label = "Wie groß ist Ihr Team?"
[translation.de.notice]
retention = "Zwei Jahre."
[translation.de.policy]
url = "https://acme.example/de/datenschutz"
"#,
        )
        .unwrap();
        let w = e.purpose_label(1, Language::De);
        assert_eq!(
            (w.text, w.language),
            ("Senden Sie mir den Newsletter.", Language::De)
        );
        let gap = e.purpose_label(0, Language::De);
        assert_eq!(
            (gap.text, gap.language),
            ("I saw the notice.", Language::En)
        );
        assert_eq!(e.question_label(0, Language::De), "Wie groß ist Ihr Team?");
        assert_eq!(
            e.question_choices(0, Language::De),
            ["1-10", "11-100", "more"]
        );
        let n = e.notice_in(Language::De);
        assert_eq!(
            (n.retention.as_str(), n.rights.as_str()),
            ("Zwei Jahre.", "Ask us.")
        );
        assert_eq!(
            e.policy_url(Language::De),
            "https://acme.example/de/datenschutz"
        );
        assert_eq!(e.policy_url(Language::Fr), e.policy.url);
        let missing: Vec<String> = e
            .missing_translations()
            .iter()
            .filter(|m| m.language == Language::De)
            .map(|m| m.to_string())
            .collect();
        assert_eq!(
            missing,
            [
                "translation.de.purposes.policy_ack",
                "translation.de.questions.size.choices",
                "translation.de.notice.rights",
            ]
        );
        // Spanish, which the file never mentions, is offered by the kiosk
        // all the same: all of its wording is a gap.
        assert!(
            e.missing_translations()
                .iter()
                .any(|m| m.language == Language::Es && m.what == "notice.rights"),
            "{:?}",
            e.missing_translations()
        );
    }

    #[test]
    fn a_translation_naming_what_the_event_lacks_is_refused_by_key() {
        let err = |extra: &str| parse(extra).unwrap_err().to_string();
        assert!(
            err("[translation.it.purposes]\nnewsletter = \"x\"\n").contains("translation.it"),
            "unknown language"
        );
        assert!(
            err("[translation.de.purposes]\nnope = \"x\"\n")
                .contains("translation.de.purposes.nope")
        );
        assert!(
            err("[translation.fr.questions.size]\nchoices = [\"a\"]\n").contains(
                "translation.fr.questions.size.choices: has 1 choices; the question has 3"
            )
        );
        assert!(
            err("[translation.es.notice]\nrights = \"\"\n")
                .contains("translation.es.notice.rights")
        );
    }

    #[test]
    fn a_policy_per_language_is_loaded_and_a_missing_one_named() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("p.md"), "# Policy\n\nEnglish.\n").unwrap();
        std::fs::write(dir.path().join("p.de.md"), "# Richtlinie\n\nDeutsch.\n").unwrap();
        let file = dir.path().join("event.toml");
        std::fs::write(
            &file,
            format!(
                "{BASE}[policy]\nfile = \"p.md\"\nurl = \"https://acme.example/p\"\n\
                 [translation.de.policy]\nfile = \"p.de.md\"\n\
                 [translation.fr.policy]\nurl = \"https://acme.example/fr/p\"\n"
            ),
        )
        .unwrap();
        let e = Event::load(&file).unwrap();
        let de = e.policy_in(Language::De);
        assert_eq!(de.text, "# Richtlinie\n\nDeutsch.\n");
        assert_eq!(
            de.url, "https://acme.example/p",
            "no German URL: the default"
        );
        assert_eq!(e.policy_in(Language::Fr), &e.policy);
        assert_eq!(e.policy_url(Language::Fr), "https://acme.example/fr/p");
        assert_eq!(e.policies().len(), 2);
        let missing: Vec<String> = e
            .missing_translations()
            .iter()
            .filter(|m| m.what.starts_with("policy"))
            .map(|m| format!("{} {}", m.language, m.what))
            .collect();
        assert_eq!(
            missing,
            ["de policy.url", "fr policy.file", "es policy.file"]
        );
        // A policy URL that a phone cannot open is refused by its key.
        std::fs::write(
            &file,
            format!("{BASE}[translation.de.policy]\nurl = \"ftp://x\"\n"),
        )
        .unwrap();
        let err = Event::load(&file).unwrap_err().to_string();
        assert!(err.contains("translation.de.policy.url"), "{err}");
    }

    #[test]
    fn the_default_purposes_bring_their_translations_without_naming_gaps() {
        // No [[purpose]]: the default purposes, translated by the booth.
        let e = Event::parse_text(
            "[event]\nid = \"x\"\nname = \"X\"\norganisation = \"Acme\"\n[notice]\nrights = \"Ask us.\"\n",
        )
        .unwrap();
        assert_eq!(e.purpose_label(0, Language::Fr).language, Language::Fr);
        // No purpose is a gap; the event's own notice line is, in each.
        let missing: Vec<String> = e
            .missing_translations()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            missing,
            [
                "translation.de.notice.rights",
                "translation.fr.notice.rights",
                "translation.es.notice.rights",
            ]
        );
    }

    /// `[event] languages`: the file's own list of what the attendee may
    /// pick. BASE's `[event]` ends at its line 6.
    fn with_languages(list: &str, language: &str) -> Result<Event, ConfigError> {
        let text = BASE.replacen(
            "organisation = \"Acme\"\n",
            &format!("organisation = \"Acme\"\n{language}languages = {list}\n"),
            1,
        );
        Event::parse_text(&text)
    }

    #[test]
    fn the_languages_key_limits_what_is_offered_and_named() {
        let e = with_languages("[\"en\", \"de\"]", "").unwrap();
        assert_eq!(e.languages, [Language::En, Language::De]);
        assert_eq!(e.next_language(Language::En), Language::De);
        assert_eq!(e.next_language(Language::De), Language::En);
        assert_eq!(e.next_language(Language::Fr), Language::En, "not offered");
        let langs: std::collections::BTreeSet<Language> = e
            .missing_translations()
            .iter()
            .map(|m| m.language)
            .collect();
        assert_eq!(langs, [Language::De].into(), "only German is named");
        // English only: nothing to translate, no gap.
        let e = with_languages("[\"en\"]", "").unwrap();
        assert_eq!(e.missing_translations(), []);
        // Left out: every shipped language, as before the key.
        assert_eq!(parse("").unwrap().languages, Language::ALL);
    }

    #[test]
    fn a_bad_languages_list_is_refused_naming_file_line_and_key() {
        let err =
            |list: &str, language: &str| with_languages(list, language).unwrap_err().to_string();
        let e = err("[\"en\", \"it\"]", "");
        assert!(
            e.starts_with("event file event.toml: event.languages (line 6): \"it\""),
            "{e}"
        );
        let e = err("[\"en\",\n  \"de\",\n  \"de\"]", "");
        assert!(
            e.contains("event.languages (line 8): \"de\" is listed twice"),
            "{e}"
        );
        let e = err("[]", "");
        assert!(
            e.contains("event.languages (line 6): lists no language"),
            "{e}"
        );
        let e = err("[\"de\", \"fr\"]", "");
        assert!(
            e.contains("must include the event's default language \"en\""),
            "{e}"
        );
        // A German event may leave English out.
        let e = with_languages("[\"de\", \"fr\"]", "language = \"de\"\n").unwrap();
        assert_eq!(e.languages, [Language::De, Language::Fr]);
    }

    #[test]
    fn the_demo_event_speaks_every_shipped_language_without_gaps() {
        let e = Event::demo();
        assert_eq!(e.missing_translations(), []);
        for lang in [Language::De, Language::Fr, Language::Es] {
            for i in 0..e.purposes.len() {
                let w = e.purpose_label(i, lang);
                assert_eq!(w.language, lang, "{lang} purpose {i}");
                assert_ne!(w.text, e.purposes[i].label);
            }
            assert_ne!(e.notice_in(lang), e.notice);
        }
    }

    // --- audit18: a gap shows the default language's wording, never a key ---

    /// Every piece of wording a language lacks is shown in the default
    /// language (the text the file gives), never as its id or its key in the
    /// file: purposes, the question's label and choices, the notice and the
    /// policy's URL, for a language the file never mentions and for one it
    /// translates in part.
    #[test]
    fn a_gap_shows_the_default_wording_never_an_id_or_a_key() {
        let e = parse(
            r#"
[translation.de.purposes]
newsletter = "Senden Sie mir den Newsletter."
"#,
        )
        .unwrap();
        for lang in [Language::De, Language::Es] {
            let gap = e.purpose_label(0, lang);
            assert_eq!(
                (gap.text, gap.language),
                ("I saw the notice.", Language::En)
            );
            assert_eq!(e.question_label(0, lang), "How big is your team?", "{lang}");
            assert_eq!(e.question_choices(0, lang), ["1-10", "11-100", "more"]);
            let n = e.notice_in(lang);
            assert_eq!(
                (n.retention.as_str(), n.rights.as_str()),
                ("Two years.", "Ask us."),
                "{lang}"
            );
            assert_eq!(e.policy_url(lang), e.policy.url, "{lang}");
        }
        let es = e.purpose_label(1, Language::Es);
        assert_eq!(
            (es.text, es.language),
            ("Send me the newsletter.", Language::En)
        );
    }

    // --- adv18: what an event file's author can get wrong in a translation ---

    /// A wording holding a character the screen does not show as it is (a
    /// direction override, an invisible joiner between Latin letters, a
    /// zero-width space) would be shown as U+FFFD but recorded, and hashed,
    /// as written: the attendee would agree to other text than the record
    /// keeps. Refused, naming the key and the character; writing that needs
    /// a joiner (Persian, an emoji sequence) and right-to-left scripts stay.
    #[test]
    fn a_wording_the_screen_would_show_otherwise_is_refused_by_key() {
        let err = |extra: &str| parse(extra).unwrap_err().to_string();
        let e = err(
            "[translation.de.purposes]\nnewsletter = \"Senden Sie mir \\u202Eden Newsletter.\"\n",
        );
        assert!(
            e.contains("translation.de.purposes.newsletter") && e.contains("U+202E"),
            "{e}"
        );
        let e = err("[translation.fr.notice]\nrights = \"Vos d\\u200Droits.\"\n");
        assert!(
            e.contains("translation.fr.notice.rights") && e.contains("U+200D"),
            "{e}"
        );
        let e = err(
            "[translation.es.questions.size]\nchoices = [\"1-10\", \"11\\u200B-100\", \"más\"]\n",
        );
        assert!(
            e.contains("translation.es.questions.size.choices[1]"),
            "{e}"
        );
        let e = err("[translation.de.questions.size]\nlabel = \"Wie gro\\u2066ß?\"\n");
        assert!(e.contains("translation.de.questions.size.label"), "{e}");
        let e = err("[translation.de.policy]\nurl = \"https://acme.example/\\u202Efdp.exe\"\n");
        assert!(e.contains("translation.de.policy.url"), "{e}");
        // The default language's own wording is held to the same.
        let own = |from: &str, to: &str| {
            Event::parse_text(&BASE.replacen(from, to, 1))
                .unwrap_err()
                .to_string()
        };
        let e = own("Send me the newsletter.", "Send me the\\u202E newsletter.");
        assert!(
            e.contains("purpose[1].label") && e.contains("U+202E"),
            "{e}"
        );
        let e = own("Two years.", "Two\\uFEFF years.");
        assert!(e.contains("notice.retention"), "{e}");
        let e = own("\"11-100\"", "\"11-\\u200C100\"");
        assert!(e.contains("question[0].choices[1]"), "{e}");
        // Writing that needs them, and right-to-left scripts, are shown as written.
        let ok = parse(
            "[translation.de.purposes]\nnewsletter = \"می\\u200Cخواهم 👩\\u200D👩\\u200D👦 שלום\"\n",
        )
        .unwrap();
        assert!(ok.purpose_label(1, Language::De).text.contains('\u{200c}'));
    }

    /// Two purposes worded alike in one language: the attendee cannot tell
    /// which box is which, and a tick meant for one is recorded for the other
    /// (a translation copied from the line above and not changed). So are two
    /// choices of one question worded alike: the answer is stored by position.
    #[test]
    fn two_purposes_or_choices_worded_alike_in_one_language_are_refused() {
        let err = |extra: &str| parse(extra).unwrap_err().to_string();
        let e = err(
            "[translation.de.purposes]\npolicy_ack = \"Ja, gerne.\"\nnewsletter = \"Ja, gerne.\"\n",
        );
        assert!(
            e.contains("translation.de.purposes.newsletter")
                && e.contains("translation.de.purposes.policy_ack"),
            "{e}"
        );
        let e = err(
            "[translation.fr.questions.size]\nchoices = [\"petite\", \"petite\", \"grande\"]\n",
        );
        assert!(
            e.contains("translation.fr.questions.size.choices[1]"),
            "{e}"
        );
        // A translated label the same as another purpose's untranslated one.
        let e = err("[translation.es.purposes]\nnewsletter = \"I saw the notice.\"\n");
        assert!(
            e.contains("translation.es.purposes.newsletter") && e.contains("purpose[0].label"),
            "{e}"
        );
        let own =
            Event::parse_text(&BASE.replacen("Send me the newsletter.", "I saw the notice.", 1))
                .unwrap_err()
                .to_string();
        assert!(own.contains("purpose[1].label"), "{own}");
        let own = Event::parse_text(&BASE.replacen("\"more\"", "\"1-10\"", 1))
            .unwrap_err()
            .to_string();
        assert!(own.contains("question[0].choices[2]"), "{own}");
    }

    /// A translation's table is named by a code the booth ships, as written:
    /// `[translation.DE]` beside `[translation.de]` silently replaced one with
    /// the other, `[translation."de-../x"]` read as German, and a table for
    /// the event's own language was never shown (its wording is the file's
    /// own). Each is refused naming the table.
    #[test]
    fn a_translation_table_names_one_shipped_language_as_written() {
        let err = |extra: &str| parse(extra).unwrap_err().to_string();
        let e = err(
            "[translation.de.purposes]\nnewsletter = \"Newsletter, bitte.\"\n\
                     [translation.DE.purposes]\nnewsletter = \"Keinen Newsletter.\"\n",
        );
        assert!(e.contains("translation.DE"), "{e}");
        let e = err("[translation.\"de-../x\".purposes]\nnewsletter = \"x\"\n");
        assert!(e.contains("translation.de-../x"), "{e}");
        let e = err("[translation.\"de\\n\".purposes]\nnewsletter = \"x\"\n");
        assert!(e.contains("translation.de"), "{e}");
        let e = err("[translation.en.purposes]\nnewsletter = \"Newsletter please.\"\n");
        assert!(
            e.contains("translation.en") && e.contains("default language"),
            "{e}"
        );
        // A German event may translate into English; a Swiss German one not
        // into German, its own language.
        let de = |extra: &str| {
            Event::parse_text(&format!(
                "{}{extra}",
                BASE.replacen(
                    "organisation = \"Acme\"\n",
                    "organisation = \"Acme\"\nlanguage = \"de-CH\"\n",
                    1
                )
            ))
        };
        assert!(de("[translation.en.purposes]\nnewsletter = \"News.\"\n").is_ok());
        let e = de("[translation.de.purposes]\nnewsletter = \"News.\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("translation.de") && e.contains("default language"),
            "{e}"
        );
    }
}
