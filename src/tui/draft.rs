//! Drafts (staff mode only): the half-typed form is kept in the store so a crash,
//! a closed lid or `kill -9` loses nothing, and is offered back at the next start.
//!
//! - [`FormDraft`] is the draft's JSON: a small versioned record of what was
//!   typed (contact fields, answers, rating, notes, badge id, how the details came
//!   in). Never the ticks: a consent is given by the person in front of the
//!   booth at the save, so a recovered form asks for every consent again.
//! - [`DraftKeeper`] decides when to write: at most about once a second while
//!   typing ([`DEBOUNCE`]), at once when focus moves, never when nothing changed;
//!   a blank form has no draft.
//! - [`RecoverOffer`] is the start-up dialog "Recover the unsaved lead from 10:42?".

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use serde::{Deserialize, Serialize};
use tui_input::Input;

use super::action::Action;
use super::form::{AnswerState, ContactField, FormState};
use super::keys::{Binding, KeyCombo};
use super::strings::{self, hints, keys};
use super::theme::Theme;
use super::wrap::wrap_str;
use crate::config::{Event, QuestionKind};
use crate::lead::Rating;
use crate::store::Store;

/// The draft JSON's format version.
pub const DRAFT_VERSION: u32 = 1;
/// Shortest time between two draft writes while typing.
pub const DEBOUNCE: Duration = Duration::from_secs(1);

/// One question's answer in a draft. Choices are kept by their text, so a draft
/// survives the event's choices being reordered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum DraftAnswer {
    /// A text question's text.
    Text(String),
    /// A single-choice question's choice.
    Choice(String),
    /// A multiple-choice question's ticked choices.
    Choices(Vec<String>),
}

/// A ticked consent as drafts of earlier versions kept it. Read (so such a
/// draft still loads) but never restored, and never written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftConsent {
    /// The purpose id.
    pub purpose: String,
    /// The label shown beside the box.
    pub text: String,
}

/// The form as JSON (`{"version":1,"event_id":...}`), stored by
/// [`Store::save_draft`]. Contact fields and notes are kept exactly as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormDraft {
    /// [`DRAFT_VERSION`].
    pub version: u32,
    /// The event the form was for.
    pub event_id: String,
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// Email.
    pub email: String,
    /// Company.
    pub company: String,
    /// Job title.
    pub job_title: String,
    /// Phone.
    pub phone: String,
    /// Country.
    pub country: String,
    /// Question id -> answer; unanswered questions are left out.
    #[serde(default)]
    pub answers: BTreeMap<String, DraftAnswer>,
    /// Ticks kept by drafts of earlier versions: ignored.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consents: Vec<DraftConsent>,
    /// How the details came in before the crash.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entry: Vec<crate::lead::Entry>,
    /// The rating.
    #[serde(default)]
    pub rating: Option<Rating>,
    /// The notes, lines joined with `\n`.
    #[serde(default)]
    pub notes: String,
    /// The registration id of a scanned badge.
    #[serde(default)]
    pub badge_id: Option<String>,
    /// The language the attendee chose (F4), when not the event's: a
    /// recovered form comes back in the language it was typed under (drafts
    /// written before this was kept read as the event's language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::i18n::Language>,
}

impl FormDraft {
    /// The text of contact field `f`.
    pub fn contact(&self, f: ContactField) -> &str {
        match f {
            ContactField::FirstName => &self.first_name,
            ContactField::LastName => &self.last_name,
            ContactField::Email => &self.email,
            ContactField::Company => &self.company,
            ContactField::JobTitle => &self.job_title,
            ContactField::Phone => &self.phone,
            ContactField::Country => &self.country,
        }
    }

    fn contact_mut(&mut self, f: ContactField) -> &mut String {
        match f {
            ContactField::FirstName => &mut self.first_name,
            ContactField::LastName => &mut self.last_name,
            ContactField::Email => &mut self.email,
            ContactField::Company => &mut self.company,
            ContactField::JobTitle => &mut self.job_title,
            ContactField::Phone => &mut self.phone,
            ContactField::Country => &mut self.country,
        }
    }

    /// What is on `form`, or `None` when the form is blank.
    pub fn of(form: &FormState, event: &Event) -> Option<Self> {
        if form.is_blank() {
            return None;
        }
        let mut d = FormDraft {
            version: DRAFT_VERSION,
            event_id: event.id.clone(),
            ..FormDraft::default()
        };
        for f in ContactField::ALL {
            *d.contact_mut(f) = form.contact(f).value().to_owned();
        }
        for (i, q) in event.questions.iter().enumerate() {
            let answer = match form.answer(i) {
                AnswerState::Text(input) if !input.value().is_empty() => {
                    DraftAnswer::Text(input.value().to_owned())
                }
                AnswerState::Single(Some(c)) => DraftAnswer::Choice(q.choices[*c].clone()),
                AnswerState::Multiple { ticked, .. } if ticked.contains(&true) => {
                    DraftAnswer::Choices(
                        q.choices
                            .iter()
                            .zip(ticked)
                            .filter(|(_, t)| **t)
                            .map(|(c, _)| c.clone())
                            .collect(),
                    )
                }
                _ => continue,
            };
            d.answers.insert(q.id.clone(), answer);
        }
        d.entry = form.entries().to_vec();
        d.rating = form.rating();
        d.notes = form.notes().lines().join("\n");
        d.badge_id = form.draft(event).badge_id;
        d.language = Some(form.language()).filter(|l| *l != event.default_language());
        Some(d)
    }

    /// The JSON stored.
    ///
    /// Errors: serde_json refuses (it does not for this plain record; the error
    /// is passed on rather than assumed away).
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }

    /// Reads a stored draft.
    ///
    /// Errors: not JSON of this shape, or another version; the message says which.
    pub fn parse(json: &str) -> Result<Self, String> {
        let d: FormDraft = serde_json::from_str(json).map_err(|e| e.to_string())?;
        if d.version != DRAFT_VERSION {
            return Err(strings::draft_version(d.version));
        }
        Ok(d)
    }

    /// Puts the draft on `form` (a fresh one): contact fields, answers, rating,
    /// notes and the attendee's language, never a tick. Returns what could not
    /// be restored because the event changed since (a question or choice
    /// gone), for the message line.
    pub fn restore(&self, form: &mut FormState, event: &Event) -> Vec<String> {
        let mut lost = Vec::new();
        if let Some(lang) = self.language {
            // A fresh form has nothing ticked, so nothing is cleared.
            form.set_language(lang);
        }
        for f in ContactField::ALL {
            form.set_contact(f, self.contact(f));
        }
        for (qid, answer) in &self.answers {
            let Some(i) = event.questions.iter().position(|q| &q.id == qid) else {
                lost.push(qid.clone());
                continue;
            };
            let q = &event.questions[i];
            let find = |c: &String| q.choices.iter().position(|x| x == c);
            let state = match (q.kind, answer) {
                (QuestionKind::Text, DraftAnswer::Text(t)) => {
                    Some(AnswerState::Text(Input::new(t.clone())))
                }
                (QuestionKind::Single, DraftAnswer::Choice(c)) => {
                    find(c).map(|k| AnswerState::Single(Some(k)))
                }
                (QuestionKind::Multiple, DraftAnswer::Choices(cs)) => {
                    let mut ticked = vec![false; q.choices.len()];
                    let mut all = true;
                    for c in cs {
                        match find(c) {
                            Some(k) => ticked[k] = true,
                            None => all = false,
                        }
                    }
                    if !all {
                        lost.push(qid.clone());
                    }
                    Some(AnswerState::Multiple { ticked, cursor: 0 })
                }
                _ => None,
            };
            match state {
                Some(s) => form.set_answer(i, s),
                None => lost.push(qid.clone()),
            }
        }
        for e in &self.entry {
            form.note_entry(*e);
        }
        form.note_entry(crate::lead::Entry::RecoveredDraft);
        form.set_rating(self.rating);
        form.set_notes(&self.notes);
        if let Some(id) = &self.badge_id {
            form.restore_badge_id(id);
        }
        lost
    }

    /// "Zoë Ōkubo", or the email, for the recovery dialog.
    pub fn who(&self) -> String {
        let name = format!("{} {}", self.first_name.trim(), self.last_name.trim());
        let name = name.trim();
        if name.is_empty() {
            self.email.trim().to_owned()
        } else {
            name.to_owned()
        }
    }
}

/// When to write the draft, and what the store holds now.
#[derive(Debug, Default)]
pub struct DraftKeeper {
    enabled: bool,
    /// JSON in the store (None: no draft stored).
    stored: Option<String>,
    /// The form may differ from `stored`.
    pending: bool,
    last_write: Option<Instant>,
    failing: bool,
}

/// What a write did, for the message line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    /// Nothing new.
    Nothing,
    /// Saved or deleted.
    Done,
    /// The store refused (said once, until a write works again).
    Failed(String),
}

impl DraftKeeper {
    /// A keeper that writes (staff mode) or never does (kiosk mode).
    pub fn new(enabled: bool) -> Self {
        DraftKeeper {
            enabled,
            ..DraftKeeper::default()
        }
    }

    /// Whether drafts are kept at all.
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// The store holds `json` (a draft offered at start and recovered).
    pub fn adopt(&mut self, json: String) {
        self.stored = Some(json);
    }

    /// The form may have changed.
    pub fn touch(&mut self) {
        self.pending = self.enabled;
    }

    /// Whether a debounced write is due at `now`.
    pub fn due(&self, now: Instant) -> bool {
        self.pending && self.last_write.is_none_or(|t| now >= t + DEBOUNCE)
    }

    /// Writes `form` now if it differs from the stored draft: saves it, or deletes
    /// the draft when the form is blank.
    pub fn write(
        &mut self,
        store: &Store,
        form: &FormState,
        event: &Event,
        now: Instant,
    ) -> Written {
        if !self.enabled || !self.pending {
            return Written::Nothing;
        }
        self.pending = false;
        let json = match FormDraft::of(form, event).map(|d| d.to_json()).transpose() {
            Ok(json) => json,
            Err(e) => return self.settle(Err(e.to_string()), None),
        };
        if json == self.stored {
            return Written::Nothing;
        }
        self.last_write = Some(now);
        let result = match &json {
            Some(j) => store.save_draft(j),
            None => store.delete_draft(),
        };
        self.settle(result.map_err(|e| e.to_string()), json)
    }

    /// Deletes the draft at once: the form was saved, cleared or discarded.
    pub fn forget(&mut self, store: &Store) -> Written {
        if !self.enabled {
            return Written::Nothing;
        }
        self.pending = false;
        let result = store.delete_draft();
        self.settle(result.map_err(|e| e.to_string()), None)
    }

    fn settle(&mut self, result: Result<(), String>, json: Option<String>) -> Written {
        match result {
            Ok(()) => {
                self.stored = json;
                self.failing = false;
                Written::Done
            }
            Err(e) => {
                tracing::error!("keeping the draft: {e}");
                // Try again at the next change or tick.
                self.pending = true;
                if std::mem::replace(&mut self.failing, true) {
                    Written::Nothing
                } else {
                    Written::Failed(e)
                }
            }
        }
    }
}

/// The start-up offer of a draft left by the last session.
#[derive(Debug, Clone)]
pub struct RecoverOffer {
    draft: FormDraft,
    json: String,
    at: DateTime<Utc>,
    /// The question, made once (drawing does not read the clock).
    question: String,
}

impl RecoverOffer {
    /// Reads the stored draft, if any. An unreadable one is deleted and reported
    /// (`Err` with the message to show); it never stops the booth.
    pub fn load(store: &Store) -> Result<Option<Self>, String> {
        let (json, at) = match store.draft() {
            Ok(Some(d)) => d,
            Ok(None) => return Ok(None),
            Err(e) => return Err(strings::draft_unreadable(&e.to_string())),
        };
        match FormDraft::parse(&json) {
            Ok(draft) => {
                let mut offer = RecoverOffer {
                    draft,
                    json,
                    at,
                    question: String::new(),
                };
                let today = super::when::local_date(chrono::Utc::now());
                offer.question = strings::recover_question(&offer.time(today));
                Ok(Some(offer))
            }
            Err(e) => {
                tracing::warn!("discarding an unreadable draft from {at}: {e}");
                let _ = store.delete_draft();
                Err(strings::draft_unreadable(&e))
            }
        }
    }

    /// The draft offered.
    pub fn draft(&self) -> &FormDraft {
        &self.draft
    }

    /// The JSON as stored.
    pub fn into_json(self) -> String {
        self.json
    }

    /// When the draft was last written, as every booth screen writes a time
    /// ([`super::when::when`]).
    pub fn time(&self, today: chrono::NaiveDate) -> String {
        super::when::when(self.at, today)
    }

    /// Keys of the dialog; nothing else acts while it is open.
    pub fn bindings() -> Vec<Binding> {
        vec![
            Binding::shown(
                KeyCombo::char('r'),
                Action::RecoverDraft,
                keys::RECOVER,
                hints::recover(),
            ),
            Binding::new(KeyCombo::char('R'), Action::RecoverDraft),
            Binding::new(KeyCombo::plain(KeyCode::Enter), Action::RecoverDraft),
            Binding::shown(
                KeyCombo::char('d'),
                Action::DiscardDraft,
                keys::DISCARD,
                hints::discard(),
            ),
            Binding::new(KeyCombo::char('D'), Action::DiscardDraft),
        ]
    }

    /// Draws the dialog centred over `area`.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let width = area.width.min(60);
        let inner = width.saturating_sub(4);
        let mut text = wrap_str(&self.question, theme.text, inner, 0);
        let who = crate::text::sanitize_line(&self.draft.who()).into_owned();
        if !who.is_empty() {
            text.extend(wrap_str(&who, theme.heading, inner, 2));
        }
        text.push(Line::raw(""));
        text.push(Line::from(vec![
            Span::styled(format!(" {} ", keys::RECOVER), theme.key),
            Span::raw(format!(" {}   ", strings::recover_button())),
            Span::styled(format!(" {} ", keys::DISCARD), theme.key),
            Span::raw(format!(" {}", strings::discard_button())),
        ]));
        super::dialog::draw(frame, area, width, strings::recover_title(), text, theme);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::form::Focus;
    use crate::tui::mode::BoothMode;
    use crate::tui::theme::Theme;

    #[test]
    fn a_draft_that_is_not_ours_is_an_error_not_a_panic() {
        for bad in [
            "",
            "null",
            "{",
            "[]",
            r#"{"version":1}"#,
            r#"{"version":2,"event_id":"x","first_name":"","last_name":"","email":"","company":"","job_title":"","phone":"","country":""}"#,
            r#"{"version":1,"event_id":"x","first_name":"","last_name":"","email":"","company":"","job_title":"","phone":"","country":"","surprise":1}"#,
            r#"{"version":1,"event_id":"x","first_name":"","last_name":"","email":"","company":"","job_title":"","phone":"","country":"","rating":"lukewarm"}"#,
        ] {
            assert!(FormDraft::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_json_has_a_version_and_plain_field_names() {
        let e = Event::demo();
        let mut f = FormState::new(&e, BoothMode::Staff, Theme::monochrome());
        f.set_contact(ContactField::FirstName, "Zoë");
        f.set_consent(0, true, crate::lead::now_utc());
        let json = FormDraft::of(&f, &e).unwrap().to_json().unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["version"], 1);
        assert_eq!(v["event_id"], e.id.as_str());
        assert_eq!(v["first_name"], "Zoë");
        // Issue 11: a draft never keeps a tick (they used to be kept here).
        assert!(v.get("consents").is_none(), "{json}");
        assert_eq!(
            FormDraft::parse(&json).unwrap(),
            FormDraft::of(&f, &e).unwrap()
        );
    }

    #[test]
    fn a_blank_form_has_no_draft() {
        let e = Event::demo();
        let mut f = FormState::new(&e, BoothMode::Staff, Theme::monochrome());
        assert_eq!(FormDraft::of(&f, &e), None);
        f.set_focus(Focus::Notes);
        assert_eq!(FormDraft::of(&f, &e), None, "focus alone is not content");
    }

    #[test]
    fn a_draft_never_brings_back_a_tick_even_one_kept_by_an_older_version() {
        let e = Event::demo();
        let old = format!(
            r#"{{"version":1,"event_id":"demo-2026","first_name":"Zoë","last_name":"","email":"z@example.com","company":"","job_title":"","phone":"","country":"","consents":[{{"purpose":"marketing_email","text":"{}"}}],"notes":"call back"}}"#,
            e.purposes[1].label
        );
        let d = FormDraft::parse(&old).unwrap();
        let mut f = FormState::new(&e, BoothMode::Staff, Theme::monochrome());
        assert!(d.restore(&mut f, &e).is_empty());
        assert_eq!(f.ticked_count(), 0);
        assert_eq!(f.contact(ContactField::FirstName).value(), "Zoë");
        assert_eq!(f.notes().lines(), ["call back"]);
        assert_eq!(f.entries(), [crate::lead::Entry::RecoveredDraft]);
    }

    #[test]
    fn changed_wording_or_choices_are_reported_not_restored() {
        let mut e = Event::demo();
        let mut f = FormState::new(&e, BoothMode::Staff, Theme::monochrome());
        let single = e
            .questions
            .iter()
            .position(|q| q.kind == QuestionKind::Single)
            .unwrap();
        f.set_answer(single, AnswerState::Single(Some(0)));
        f.set_consent(0, true, crate::lead::now_utc());
        f.set_consent(1, true, crate::lead::now_utc());
        let d = FormDraft::of(&f, &e).unwrap();
        e.purposes[1].label.push_str(" (reworded)");
        e.questions[single].choices[0].push('!');
        let mut g = FormState::new(&e, BoothMode::Staff, Theme::monochrome());
        let lost = d.restore(&mut g, &e);
        // Issue 11: no tick comes back at all (the first one used to).
        assert!(!g.consent(0) && !g.consent(1));
        assert!(matches!(g.answer(single), AnswerState::Single(None)));
        assert_eq!(lost, [e.questions[single].id.clone()]);
    }
}
