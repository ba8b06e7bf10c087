//! Filling the form from outside the keyboard: a badge scan (only the contact
//! fields it carries, marked as from the badge; never a consent) and a stored
//! lead being edited.

use tui_input::Input;

use super::{AnswerState, ContactField, Focus, FormState, new_notes};
use crate::config::Event;
use crate::lead::{Answer, Lead};

/// What badge scans put on the form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BadgeFill {
    /// Contact fields whose value came from a badge and was not edited since.
    pub fields: Vec<ContactField>,
    /// A scanned registration ID, kept with the lead (found or not).
    pub badge_id: Option<String>,
}

impl FormState {
    /// Puts a scan's `values` into their contact fields, and only those: fields
    /// the badge does not carry keep what was typed. The filled fields are marked
    /// as from the badge; `badge_id` (a scanned registration ID) is kept for the
    /// lead. Consents are never touched. Returns the fields whose typed content
    /// was replaced by a different value, in form order.
    pub fn fill_from_badge(
        &mut self,
        values: &[(ContactField, String)],
        badge_id: Option<&str>,
    ) -> Vec<ContactField> {
        let mut replaced = Vec::new();
        let fill = self.badge.get_or_insert_with(BadgeFill::default);
        for (field, value) in values {
            let input = &mut self.contact[field.index()];
            // "Deutschland" typed and DE scanned are one country: kept as typed.
            let same_country = *field == ContactField::Country
                && crate::country::code_for(input.value())
                    .is_some_and(|c| Some(c) == crate::country::code_for(value));
            if same_country {
                continue;
            }
            if !input.value().is_empty() && input.value() != value {
                replaced.push(*field);
            }
            *input = Input::new(value.clone());
            if !fill.fields.contains(field) {
                fill.fields.push(*field);
            }
            let focus = Focus::Contact(*field);
            self.errors.retain(|(f, _)| *f != focus);
        }
        if let Some(id) = badge_id {
            fill.badge_id = Some(id.to_owned());
        }
        replaced.sort_by_key(|f| f.index());
        replaced
    }

    /// Puts back a scanned registration ID from a recovered draft (the lead stays
    /// a badge lead; which fields came from the badge is not kept in drafts).
    pub fn restore_badge_id(&mut self, badge_id: &str) {
        self.badge.get_or_insert_with(BadgeFill::default).badge_id = Some(badge_id.to_owned());
    }

    /// True once a badge was scanned into this form: the lead's source is `badge`.
    pub fn scanned(&self) -> bool {
        self.badge.is_some()
    }

    /// Whether `field` shows a value from the badge.
    pub fn from_badge(&self, field: ContactField) -> bool {
        self.badge
            .as_ref()
            .is_some_and(|b| b.fields.contains(&field))
    }

    /// The scanned registration ID, if any.
    pub fn badge_id(&self) -> Option<String> {
        self.badge.as_ref().and_then(|b| b.badge_id.clone())
    }

    /// A typed change to the focused field: its value is no longer the badge's.
    pub(super) fn badge_edited(&mut self) {
        if let (Focus::Contact(f), Some(b)) = (self.focus, &mut self.badge) {
            b.fields.retain(|x| *x != f);
        }
    }

    /// Where a scan leaves the focus: on the contact field the lead still
    /// needs from the staff (a name when the badge brought neither first nor
    /// last name, then an email when it brought neither email nor phone), else
    /// on the first field it filled. Never on a consent: the staff see what was
    /// read (the form scrolls to the focused field, and the contact fields are
    /// its top), and no key that trails a scan can land on a checkbox.
    pub fn focus_after_scan(&mut self) {
        use ContactField::{Email, FirstName, LastName, Phone};
        let has = |f: ContactField| !self.contact[f.index()].value().trim().is_empty();
        let field = if !has(FirstName) && !has(LastName) {
            FirstName
        } else if !has(Email) && !has(Phone) {
            Email
        } else {
            ContactField::ALL
                .into_iter()
                .find(|f| has(*f))
                .unwrap_or(FirstName)
        };
        self.set_focus(Focus::Contact(field));
    }

    /// Fills the form with a stored lead for editing: contact fields, answers to
    /// `event`'s questions, rating and notes. Consents are not on an edit form.
    pub fn fill_from_lead(&mut self, lead: &Lead, event: &Event) {
        let values = [
            &lead.first_name,
            &lead.last_name,
            &lead.email,
            &lead.company,
            &lead.job_title,
            &lead.phone,
            &lead.country,
        ];
        for (f, v) in ContactField::ALL.into_iter().zip(values) {
            self.contact[f.index()] = Input::new(v.clone());
        }
        for (q, state) in event.questions.iter().zip(&mut self.answers) {
            let Some(answer) = lead.answers.get(&q.id) else {
                continue;
            };
            match (state, answer) {
                (AnswerState::Text(input), Answer::One(v)) => *input = Input::new(v.clone()),
                (AnswerState::Single(sel), Answer::One(v)) => {
                    *sel = q.choices.iter().position(|c| c == v);
                }
                (AnswerState::Multiple { ticked, .. }, Answer::Many(list)) => {
                    for (t, c) in ticked.iter_mut().zip(&q.choices) {
                        *t = list.contains(c);
                    }
                }
                _ => {}
            }
        }
        self.rating = lead.rating;
        self.notes = new_notes(&self.theme);
        self.notes.insert_str(&lead.notes);
        self.set_focus(self.focus); // the new notes box takes the focus's cursor style
    }
}
