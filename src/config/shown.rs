//! What the attendee reads is what the record keeps: every wording of the
//! event, in its own language and in each translation, is shown on the
//! terminal exactly as written (no direction override, no invisible
//! character the sanitiser would draw as U+FFFD), and no two purposes, nor two
//! choices of one question, read alike in one language. A consent records its
//! wording byte for byte with its hash; a wording shown otherwise, or two boxes
//! the attendee cannot tell apart, would record a consent to text the attendee
//! never read.

use super::{ConfigError, ConfigRule, Event, QuestionKind};
use crate::i18n::Language;

/// Every wording `event` shows an attendee, by the key that gives it.
fn wordings(event: &Event) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = vec![
        ("event.name".into(), &event.name),
        ("event.organisation".into(), &event.organisation),
        ("policy.url".into(), &event.policy.url),
        ("controller.name".into(), &event.controller.name),
        ("controller.address".into(), &event.controller.address),
        (
            "controller.privacy_contact".into(),
            &event.controller.privacy_contact,
        ),
        ("controller.jurisdiction".into(), &event.jurisdiction),
    ];
    for (i, p) in event.purposes.iter().enumerate() {
        out.push((format!("purpose[{i}].label"), &p.label));
        if let Some(short) = &p.short {
            out.push((format!("purpose[{i}].short"), short));
        }
    }
    for (i, q) in event.questions.iter().enumerate() {
        out.push((format!("question[{i}].label"), &q.label));
        for (j, c) in q.choices.iter().enumerate() {
            out.push((format!("question[{i}].choices[{j}]"), c));
        }
    }
    let n = &event.notice;
    for (name, text) in [
        ("retention", &n.retention),
        ("rights", &n.rights),
        ("withdraw", &n.withdraw),
        ("transfers", &n.transfers),
    ] {
        out.push((format!("notice.{name}"), text));
    }
    for (lang, t) in &event.translations {
        let base = format!("translation.{}", lang.code());
        for (id, label) in &t.purposes {
            out.push((format!("{base}.purposes.{id}"), label));
        }
        for (id, q) in &t.questions {
            if let Some(label) = &q.label {
                out.push((format!("{base}.questions.{id}.label"), label));
            }
            for (j, c) in q.choices.iter().flatten().enumerate() {
                out.push((format!("{base}.questions.{id}.choices[{j}]"), c));
            }
        }
        let n = &t.notice;
        for (name, text) in [
            ("retention", &n.retention),
            ("rights", &n.rights),
            ("withdraw", &n.withdraw),
            ("transfers", &n.transfers),
        ] {
            out.push((format!("{base}.notice.{name}"), text));
        }
        if let Some(url) = &t.policy_url {
            out.push((format!("{base}.policy.url"), url));
        }
    }
    out
}

/// The key that gives purpose `i`'s wording in `lang`.
fn purpose_key(event: &Event, i: usize, lang: Language) -> String {
    let w = event.purpose_label(i, lang);
    if w.language == event.default_language() {
        format!("purpose[{i}].label")
    } else {
        format!(
            "translation.{}.purposes.{}",
            w.language.code(),
            event.purposes[i].id
        )
    }
}

/// The key that gives question `i`'s choice `j` in `lang`.
fn choice_key(event: &Event, i: usize, j: usize, lang: Language) -> String {
    let q = &event.questions[i];
    let translated = lang != event.default_language()
        && event
            .translations
            .get(&lang)
            .and_then(|t| t.questions.get(&q.id))
            .is_some_and(|t| t.choices.is_some());
    if translated {
        format!(
            "translation.{}.questions.{}.choices[{j}]",
            lang.code(),
            q.id
        )
    } else {
        format!("question[{i}].choices[{j}]")
    }
}

/// Checks `event` as the module says; each refusal names the key.
pub(super) fn check(
    event: &Event,
    invalid: &dyn Fn(String, ConfigRule) -> ConfigError,
) -> Result<(), ConfigError> {
    for (key, text) in wordings(event) {
        if let Some((pos, c)) = crate::text::first_shown_otherwise(text) {
            return Err(invalid(
                key,
                ConfigRule::ShownOtherwise {
                    code_point: c as u32,
                    position: pos + 1,
                },
            ));
        }
    }
    for lang in Language::ALL {
        let labels: Vec<&str> = (0..event.purposes.len())
            .map(|i| event.purpose_label(i, lang).text)
            .collect();
        for (j, label) in labels.iter().enumerate() {
            if let Some(i) = labels[..j].iter().position(|l| l == label) {
                return Err(invalid(
                    purpose_key(event, j, lang),
                    ConfigRule::PurposeWordedAlike {
                        other: purpose_key(event, i, lang),
                        language: lang,
                    },
                ));
            }
        }
        for (qi, q) in event.questions.iter().enumerate() {
            if q.kind == QuestionKind::Text {
                continue;
            }
            let choices = event.question_choices(qi, lang);
            for (j, c) in choices.iter().enumerate() {
                if let Some(i) = choices[..j].iter().position(|o| o == c) {
                    return Err(invalid(
                        choice_key(event, qi, j, lang),
                        ConfigRule::ChoiceWordedAlike {
                            other: choice_key(event, qi, i, lang),
                            language: lang,
                        },
                    ));
                }
            }
        }
    }
    Ok(())
}
