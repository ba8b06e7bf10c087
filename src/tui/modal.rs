//! The dialogs that sit over a screen and take every key while open: the offer
//! of a draft left by the last session, the staff PIN of kiosk mode, and a yes/no
//! question. [`App::modal`](super::App::modal) says which one is open, in one
//! place; key dispatch, the hint bar and drawing all ask it.

use std::time::Duration;

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::action::Action;
use super::confirm::Confirm;
use super::draft::RecoverOffer;
use super::duplicate::DuplicateOffer;
use super::keys::Binding;
use super::pin::PinDialog;
use super::theme::Theme;

/// The open dialog.
#[derive(Debug, Clone, Copy)]
pub enum Modal<'a> {
    /// "Recover the unsaved lead from 10:42?" at start (staff mode).
    Recover(&'a RecoverOffer),
    /// The staff PIN (kiosk mode).
    Pin {
        /// The dialog.
        dialog: &'a PinDialog,
        /// Lockout time left, shown as a countdown.
        locked: Option<Duration>,
    },
    /// A question that only `y` answers.
    Confirm(Confirm),
    /// The person on the form was captured before: update, save anyway, or back.
    Duplicate(&'a DuplicateOffer),
}

impl Modal<'_> {
    /// The keys the dialog takes (nothing under it gets a key).
    pub fn bindings(&self) -> Vec<Binding> {
        match self {
            Modal::Recover(_) => RecoverOffer::bindings(),
            Modal::Pin { .. } => PinDialog::bindings(),
            Modal::Confirm(c) => c.bindings(),
            Modal::Duplicate(_) => DuplicateOffer::bindings(),
        }
    }

    /// Whether `action` may act while the dialog is open: recover or discard
    /// for the offer; the PIN, Enter and Esc for the PIN; y, n and Esc for a
    /// question.
    pub fn accepts(&self, action: &Action) -> bool {
        match self {
            Modal::Recover(_) => matches!(action, Action::RecoverDraft | Action::DiscardDraft),
            Modal::Pin { .. } => {
                matches!(action, Action::Edit(_) | Action::SubmitPin | Action::Cancel)
            }
            Modal::Confirm(_) => matches!(
                action,
                Action::Confirm | Action::Cancel | Action::QuitKeepingDraft
            ),
            Modal::Duplicate(_) => matches!(
                action,
                Action::UpdateDuplicate | Action::SaveAsNew | Action::Cancel
            ),
        }
    }

    /// What a key that no binding takes does: it is typed into the PIN; any
    /// other dialog ignores it.
    pub fn unbound_key(&self, key: KeyEvent) -> Option<Action> {
        match self {
            Modal::Pin { .. } => Some(Action::Edit(key)),
            Modal::Recover(_) | Modal::Confirm(_) | Modal::Duplicate(_) => None,
        }
    }

    /// Draws the dialog centred over `area`.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        match self {
            Modal::Recover(offer) => offer.render(frame, area, theme),
            Modal::Pin { dialog, locked } => dialog.render(frame, area, theme, *locked),
            Modal::Confirm(c) => c.render(frame, area, theme),
            Modal::Duplicate(d) => d.render(frame, area, theme),
        }
    }
}
