//! The box shown before a save when the person on the form was captured
//! before at this event (same email, phone or registration ID): update that
//! lead, save a second one anyway, or go back to the form. Answered with
//! lower-case letters only, so a scanned badge (upper-case registration IDs)
//! cannot pick an answer.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::action::Action;
use super::keys::{Binding, KeyCombo};
use super::strings::{self, hints, keys};
use super::theme::Theme;
use super::when::when;
use super::wrap::wrap_str;
use crate::lead::{Lead, Warning};
use crate::recapture::Duplicate;
use crate::text::sanitize_line;

/// A save held back because the person was captured before.
#[derive(Debug, Clone)]
pub struct DuplicateOffer {
    /// The saved lead the form repeats.
    pub duplicate: Duplicate,
    /// The lead built from the form (not saved yet).
    pub lead: Lead,
    /// The save's warnings, shown with the outcome.
    pub warnings: Vec<Warning>,
    /// The question, made once (drawing does not read the clock).
    question: String,
}

impl DuplicateOffer {
    /// The offer for `lead`, which repeats `duplicate`; `today` decides whether
    /// the earlier capture's time needs its date.
    pub fn new(duplicate: Duplicate, lead: Lead, warnings: Vec<Warning>, today: NaiveDate) -> Self {
        let question = strings::duplicate_question(
            &sanitize_line(&duplicate.name),
            duplicate.matched_by.as_str(),
            &when(duplicate.captured_at, today),
            &sanitize_line(&duplicate.captured_by),
        );
        DuplicateOffer {
            duplicate,
            lead,
            warnings,
            question,
        }
    }

    /// The question asked.
    pub fn question(&self) -> &str {
        &self.question
    }

    /// `u` updates, `s` saves as new, Esc (or `n`) goes back to the form.
    pub fn bindings() -> Vec<Binding> {
        vec![
            Binding::shown(
                KeyCombo::char('u'),
                Action::UpdateDuplicate,
                keys::UPDATE,
                hints::update(),
            ),
            Binding::shown(
                KeyCombo::char('s'),
                Action::SaveAsNew,
                keys::SAVE_NEW,
                hints::save_new(),
            ),
            Binding::shown(
                KeyCombo::plain(KeyCode::Esc),
                Action::Cancel,
                keys::ESC,
                hints::back(),
            ),
            Binding::new(KeyCombo::char('n'), Action::Cancel),
        ]
    }

    /// Draws the box centred over `area`.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let width = area.width.min(64);
        let inner = width.saturating_sub(4);
        let mut text = wrap_str(&self.question, theme.text, inner, 0);
        text.push(Line::raw(""));
        let mut buttons = Vec::new();
        for (key, label) in [
            (keys::UPDATE, hints::update()),
            (keys::SAVE_NEW, hints::save_new()),
            (keys::ESC, hints::back()),
        ] {
            buttons.push(Span::styled(format!(" {key} "), theme.key));
            buttons.push(Span::raw(format!(" {label}  ")));
        }
        text.push(Line::from(buttons));
        super::dialog::draw(frame, area, width, strings::duplicate_title(), text, theme);
    }
}
