//! What a key (or paste, or mouse wheel) asks of the booth: an [`Action`], and the
//! [`Step`] a movement takes. Every screen and the [`App`](super::App) speak this
//! vocabulary; it depends on no screen and no screen depends on the app.

use ratatui::crossterm::event::KeyEvent;

/// A movement in a list, a scrolled text or among choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// One up.
    Up,
    /// One down.
    Down,
    /// A page up.
    PageUp,
    /// A page down.
    PageDown,
    /// To the start.
    Top,
    /// To the end.
    Bottom,
}

impl Step {
    /// Where `pos` goes for this step, within `0..=last`, a page being `page`
    /// rows. Every list, scrolled text and picker moves through this one rule;
    /// `usize::MAX` as the page makes PgUp/PgDn jump to the ends (short lists).
    pub fn apply(self, pos: usize, page: usize, last: usize) -> usize {
        match self {
            Step::Up => pos.saturating_sub(1),
            Step::Down => pos.saturating_add(1),
            Step::PageUp => pos.saturating_sub(page),
            Step::PageDown => pos.saturating_add(page),
            Step::Top => 0,
            Step::Bottom => last,
        }
        .min(last)
    }
}

/// A part of the capture form a jump key goes to (Alt and a letter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The first name.
    Name,
    /// The email address.
    Email,
    /// The company.
    Company,
    /// The phone number.
    Phone,
    /// The first question.
    Questions,
    /// The first consent box.
    Consents,
    /// The staff rating.
    Rating,
    /// The staff notes.
    Notes,
}

/// Everything a key (or paste, or mouse wheel) can ask of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Focus the next field.
    NextField,
    /// Focus the previous field.
    PrevField,
    /// Focus a part of the form (a jump key).
    Jump(Section),
    /// Tick or untick the focused checkbox (or the highlighted choice).
    Toggle,
    /// Cycle a single choice or the rating by this many places.
    Choose(isize),
    /// Move within a list, text or multiple choice.
    Move(Step),
    /// A key for the focused text field.
    Edit(KeyEvent),
    /// Pasted text for the focused text field.
    Paste(String),
    /// Save the lead.
    Save,
    /// Esc: close the screen, or offer to clear the form.
    Back,
    /// Show the policy.
    OpenPolicy,
    /// Show the lead list.
    OpenLeads,
    /// Quit (asks first when the form has content).
    Quit,
    /// "y" in a confirmation.
    Confirm,
    /// "n" or Esc in a confirmation.
    Cancel,
    /// Enter in the staff picker.
    PickStaff,
    /// Kiosk: any key on the attract screen opens the form.
    Start,
    /// The language key: the attendee's next language (see `tui::attract`).
    SwitchLanguage,
    /// Kiosk: the contrast key on the attract screen, high contrast on or off.
    ToggleContrast,
    /// Kiosk: a letter on the attract screen opens the form and is typed into
    /// the first name (the attendee began to type their name).
    StartTyping(KeyEvent),
    /// Kiosk: any key on the thank-you screen returns to the attract screen.
    Finish,
    /// Enter in the PIN dialog.
    SubmitPin,
    /// Take back the draft offered at start.
    RecoverDraft,
    /// Throw away the draft offered at start.
    DiscardDraft,
    /// F3: take the next burst or paste as a badge scan.
    ScanBadge,
    /// F9: open the scanner check screen.
    OpenScannerCheck,
    /// F5: open the export screen.
    OpenExport,
    /// F6: open the statistics screen.
    OpenStats,
    /// Enter on the export screen: write the batch.
    StartExport,
    /// `/` in the lead list: focus the search box.
    Search,
    /// Enter in the lead list: show the highlighted lead.
    OpenLead,
    /// `e` on a lead's details: edit it.
    EditLead,
    /// `x` on a lead's details: erase it (asks first).
    EraseLead,
    /// `w` on a lead's details: pick a consent to withdraw (asks first).
    WithdrawConsent,
    /// `u` when the person was captured before: update that lead instead.
    UpdateDuplicate,
    /// `s` when the person was captured before: save a second lead anyway.
    SaveAsNew,
    /// `k` on quitting with a half-typed lead: keep it as a draft, then quit.
    QuitKeepingDraft,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_movement_stays_in_range() {
        assert_eq!(Step::Up.apply(0, 5, 9), 0);
        assert_eq!(Step::Down.apply(9, 5, 9), 9);
        assert_eq!(Step::Down.apply(3, 5, 9), 4);
        assert_eq!(Step::PageDown.apply(3, 5, 9), 8);
        assert_eq!(Step::PageDown.apply(8, 5, 9), 9);
        assert_eq!(Step::PageUp.apply(3, 5, 9), 0);
        assert_eq!(Step::Bottom.apply(0, 5, 9), 9);
        assert_eq!(Step::Top.apply(7, 5, 9), 0);
        assert_eq!(
            Step::PageDown.apply(0, usize::MAX, 3),
            3,
            "short lists jump to the end"
        );
        assert_eq!(Step::Down.apply(0, 1, 0), 0, "an empty list stays at 0");
    }
}
