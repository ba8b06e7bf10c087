//! Everything the event says to an attendee, in every language the booth can
//! show it in: what a batch's manifest carries (format `leadbooth-batch/4`,
//! `wording`) so the central office, which has no event file, can show what
//! each language said, and match a consent record's `text_sha256` to the
//! wording of a language.
//!
//! One entry per shipped language, the event's default language first: the
//! attendee can pick any of them on the kiosk, and where the event has no
//! wording in the language picked, the default language's is shown. Each
//! purpose names the language its wording is really in, as the consent record
//! does.

use serde::{Deserialize, Serialize};

use super::{Event, QuestionWording};
use crate::i18n::Language;

/// The event's wording in one language, as an attendee who picked it reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageWording {
    /// The language picked (as a consent record's `language_asked`).
    pub language: String,
    /// Each purpose's wording, in the event's order.
    pub purposes: Vec<PurposeWording>,
    /// Each question and its choices, in the event's order.
    pub questions: Vec<QuestionWording>,
    /// The layered notice's parts (empty: the event gives none).
    pub notice: NoticeWording,
    /// The policy's URL (the QR code's target).
    pub policy_url: String,
}

/// One purpose's wording in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PurposeWording {
    /// The purpose id.
    pub id: String,
    /// The language the wording is in: the entry's, or the default language
    /// where the event has none in it.
    pub language: String,
    /// The wording beside the checkbox.
    pub text: String,
    /// Lowercase hex SHA-256 of `text`'s UTF-8 bytes (a consent record's
    /// `text_sha256` for it).
    pub text_sha256: String,
}

/// The layered notice's parts in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeWording {
    /// How long the details are kept.
    pub retention: String,
    /// The attendee's rights.
    pub rights: String,
    /// How to withdraw a consent.
    pub withdraw: String,
    /// International transfers.
    pub transfers: String,
}

impl LanguageWording {
    /// The wording of `event` in every shipped language, the default language
    /// first.
    pub fn of_event(event: &Event) -> Vec<Self> {
        let default = event.default_language();
        std::iter::once(default)
            .chain(Language::ALL.into_iter().filter(|l| *l != default))
            .map(|lang| Self::of(event, lang))
            .collect()
    }

    /// The wording of `event` as an attendee who picked `lang` reads it.
    pub fn of(event: &Event, lang: Language) -> Self {
        let code = |l: Language| {
            if l == event.default_language() {
                event.language.clone()
            } else {
                l.code().to_owned()
            }
        };
        let purposes = (0..event.purposes.len())
            .map(|i| {
                let w = event.purpose_label(i, lang);
                PurposeWording {
                    id: event.purposes[i].id.clone(),
                    language: code(w.language),
                    text: w.text.to_owned(),
                    text_sha256: crate::policy::sha256_hex(w.text.as_bytes()),
                }
            })
            .collect();
        let questions = (0..event.questions.len())
            .map(|i| QuestionWording {
                id: event.questions[i].id.clone(),
                label: event.question_label(i, lang).to_owned(),
                choices: event.question_choices(i, lang).to_vec(),
            })
            .collect();
        let n = event.notice_in(lang);
        LanguageWording {
            language: code(lang),
            purposes,
            questions,
            notice: NoticeWording {
                retention: n.retention,
                rights: n.rights,
                withdraw: n.withdraw,
                transfers: n.transfers,
            },
            policy_url: event.policy_url(lang).to_owned(),
        }
    }

    /// Every text of the entry with the name a refusal gives it
    /// (`purposes.events.text`, `notice.rights`, `questions.size.choices[1]`).
    pub fn texts(&self) -> Vec<(String, &str)> {
        let mut out = Vec::new();
        for p in &self.purposes {
            out.push((format!("purposes.{}.id", p.id), p.id.as_str()));
            out.push((format!("purposes.{}.language", p.id), p.language.as_str()));
            out.push((format!("purposes.{}.text", p.id), p.text.as_str()));
        }
        for q in &self.questions {
            out.push((format!("questions.{}.label", q.id), q.label.as_str()));
            for (j, c) in q.choices.iter().enumerate() {
                out.push((format!("questions.{}.choices[{j}]", q.id), c.as_str()));
            }
        }
        let n = &self.notice;
        for (name, v) in [
            ("retention", &n.retention),
            ("rights", &n.rights),
            ("withdraw", &n.withdraw),
            ("transfers", &n.transfers),
        ] {
            out.push((format!("notice.{name}"), v.as_str()));
        }
        out.push(("policy_url".to_owned(), self.policy_url.as_str()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_language_is_carried_with_its_gaps_named() {
        let e = Event::parse_text(
            r#"
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
id = "events"
label = "Invite me to events."

[notice]
rights = "Ask us."

[translation.de.purposes]
events = "Laden Sie mich zu Veranstaltungen ein."
[translation.de.notice]
rights = "Fragen Sie uns."
"#,
        )
        .unwrap();
        let all = LanguageWording::of_event(&e);
        let langs: Vec<&str> = all.iter().map(|w| w.language.as_str()).collect();
        assert_eq!(langs, ["en", "de", "fr", "es"]);
        let de = &all[1];
        assert_eq!(
            (
                de.purposes[0].language.as_str(),
                de.purposes[0].text.as_str()
            ),
            ("en", "I saw the notice.")
        );
        assert_eq!(
            (
                de.purposes[1].language.as_str(),
                de.purposes[1].text.as_str()
            ),
            ("de", "Laden Sie mich zu Veranstaltungen ein.")
        );
        assert_eq!(
            de.purposes[1].text_sha256,
            crate::policy::sha256_hex("Laden Sie mich zu Veranstaltungen ein.".as_bytes())
        );
        assert_eq!(de.notice.rights, "Fragen Sie uns.");
        assert_eq!(all[2].notice.rights, "Ask us.", "French: the gap filled");
        assert_eq!(all[2].purposes[1].language, "en");
    }

    #[test]
    fn the_demo_event_carries_its_own_wording_in_each_language() {
        let e = Event::demo();
        for w in LanguageWording::of_event(&e) {
            for p in &w.purposes {
                assert_eq!(p.language, w.language, "{} {}", w.language, p.id);
            }
        }
    }
}
