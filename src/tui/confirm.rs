//! The confirmation box asked before typed text would be lost (Esc on a filled
//! form, Ctrl-Q with unsaved content). Only `y` confirms, so a stray Enter from a
//! badge scanner cannot wipe a form. At the kiosk the attendee is asked in
//! their own language, and their language's own "yes" (`j`, `o`, `s`) answers
//! as well as `y`.

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::action::Action;
use super::keys::{Binding, KeyCombo};
use super::strings::{self, hints, keys};
use super::theme::Theme;
use super::wrap::wrap_str;
use crate::i18n::{self, Language, msg::booth2 as b2};

/// What is being confirmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// Esc on a form with content: clear it.
    ClearForm,
    /// Esc on the kiosk's form with content: the attendee is asked, in
    /// their language, whether to clear it.
    ClearKiosk(Language),
    /// Ctrl-Q with unsaved content: quit.
    Quit,
    /// Ctrl-Q with a half-typed lead on the form (staff mode): keep it as a
    /// draft for the next start, or quit and lose it.
    QuitWithLead,
    /// `x` on a lead's details: erase it (right to erasure).
    EraseLead,
    /// Enter in the withdrawal picker: withdraw the highlighted consent.
    WithdrawConsent,
    /// Esc on an edited lead with changes: drop them.
    DiscardEdit,
}

impl Confirm {
    /// The question asked.
    pub fn question(self) -> &'static str {
        match self {
            Confirm::ClearForm => strings::confirm_clear(),
            Confirm::ClearKiosk(lang) => i18n::text(lang, b2::KIOSK_CONFIRM_CLEAR),
            Confirm::Quit => strings::confirm_quit(),
            Confirm::QuitWithLead => strings::confirm_quit_lead(),
            Confirm::EraseLead => strings::confirm_erase(),
            Confirm::WithdrawConsent => strings::confirm_withdraw(),
            Confirm::DiscardEdit => strings::confirm_discard(),
        }
    }

    /// Keys while the box is open; every other key is ignored. What cannot be
    /// undone (erasure, withdrawal) takes a lower-case `y` only: registration IDs
    /// are upper case, so a scanned badge cannot start with the answer.
    pub fn bindings(self) -> Vec<Binding> {
        if let Confirm::ClearKiosk(lang) = self {
            return kiosk_bindings(lang);
        }
        let mut b = Vec::new();
        if self == Confirm::QuitWithLead {
            b.push(Binding::shown(
                KeyCombo::char('k'),
                Action::QuitKeepingDraft,
                keys::KEEP,
                hints::keep_draft(),
            ));
        }
        b.push(Binding::shown(
            KeyCombo::char('y'),
            Action::Confirm,
            keys::YES,
            hints::yes(),
        ));
        if !matches!(self, Confirm::EraseLead | Confirm::WithdrawConsent) {
            b.push(Binding::new(KeyCombo::char('Y'), Action::Confirm));
        }
        b.extend([
            Binding::shown(KeyCombo::char('n'), Action::Cancel, keys::NO, hints::no()),
            Binding::new(KeyCombo::char('N'), Action::Cancel),
            Binding::new(KeyCombo::plain(KeyCode::Esc), Action::Cancel),
        ]);
        b
    }

    /// What `y` does, as its button says.
    fn yes_label(self) -> &'static str {
        match self {
            Confirm::QuitWithLead => hints::quit_lose(),
            _ => hints::yes(),
        }
    }

    /// Draws the box centred over `area`.
    pub fn render(self, frame: &mut Frame, area: Rect, theme: &Theme) {
        self.render_about(frame, area, theme, None);
    }

    /// Draws the box centred over `area`, naming what it is about under the
    /// question (the consent a withdrawal would end: the box covers the
    /// picker that marked it).
    pub fn render_about(self, frame: &mut Frame, area: Rect, theme: &Theme, about: Option<&str>) {
        if let Confirm::ClearKiosk(lang) = self {
            return render_kiosk(lang, frame, area, theme);
        }
        let width = area.width.min(56);
        let inner = usize::from(width.saturating_sub(4));
        let lines = wrap_str(self.question(), theme.text, width.saturating_sub(4), 0);
        let mut text: Vec<Line> = lines;
        if let Some(about) = about {
            text.push(Line::raw(""));
            let about = crate::text::sanitize_line(about);
            text.extend(wrap_str(&about, theme.label, width.saturating_sub(4), 2));
        }
        text.push(Line::raw(""));
        let mut buttons = Vec::new();
        if self == Confirm::QuitWithLead {
            buttons.push((keys::KEEP, hints::keep_draft()));
        }
        buttons.extend([(keys::YES, self.yes_label()), (keys::NO, hints::no())]);
        // As many buttons on a row as fit whole; the next starts a row of its
        // own (German's long labels at 80x24 cut the row and lost `n`).
        let mut row: Vec<Span> = Vec::new();
        for (key, label) in buttons {
            let button = [
                Span::styled(format!(" {key} "), theme.key),
                Span::raw(format!(" {label}")),
            ];
            let used: usize = row.iter().map(Span::width).sum();
            let more: usize = button.iter().map(Span::width).sum();
            if !row.is_empty() && used + 3 + more > inner {
                text.push(Line::from(std::mem::take(&mut row)));
            } else if !row.is_empty() {
                row.push(Span::raw("   "));
            }
            row.extend(button);
        }
        text.push(Line::from(row));
        super::dialog::draw(frame, area, width, strings::confirm_title(), text, theme);
    }
}

/// The attendee's "yes" key in `lang` besides `y`, and the key names the box
/// and the hint bar show: `j/y` for German (ja), `o/y` for French (oui), `s/y`
/// for Spanish (sí); "no" is `n` in all four, and Esc also says no.
fn kiosk_yes(lang: Language) -> (Option<char>, &'static str) {
    match lang {
        Language::En => (None, "y"),
        Language::De => (Some('j'), "j/y"),
        Language::Fr => (Some('o'), "o/y"),
        Language::Es => (Some('s'), "s/y"),
    }
}

/// The "no" keys' name in the box (the hint bar names `n`).
const KIOSK_NO_KEYS: &str = "n/Esc";

/// The kiosk's clear question takes the language's own yes (either case),
/// `y`, `n` and Esc; nothing else.
fn kiosk_bindings(lang: Language) -> Vec<Binding> {
    let (own, yes_keys) = kiosk_yes(lang);
    let mut b = vec![
        Binding::shown(
            KeyCombo::char(own.unwrap_or('y')),
            Action::Confirm,
            yes_keys,
            i18n::text(lang, b2::KIOSK_CONFIRM_YES),
        ),
        Binding::new(KeyCombo::char('y'), Action::Confirm),
        Binding::new(KeyCombo::char('Y'), Action::Confirm),
    ];
    if let Some(c) = own {
        b.push(Binding::new(
            KeyCombo::char(c.to_ascii_uppercase()),
            Action::Confirm,
        ));
    }
    b.extend([
        Binding::shown(
            KeyCombo::char('n'),
            Action::Cancel,
            keys::NO,
            i18n::text(lang, b2::KIOSK_CONFIRM_NO),
        ),
        Binding::new(KeyCombo::char('N'), Action::Cancel),
        Binding::new(KeyCombo::plain(KeyCode::Esc), Action::Cancel),
    ]);
    b
}

/// The kiosk's clear question, every word in the attendee's language.
fn render_kiosk(lang: Language, frame: &mut Frame, area: Rect, theme: &Theme) {
    let width = area.width.min(60);
    let question = i18n::text(lang, b2::KIOSK_CONFIRM_CLEAR);
    let mut text = wrap_str(question, theme.text, width.saturating_sub(4), 0);
    text.push(Line::raw(""));
    let (_, yes_keys) = kiosk_yes(lang);
    text.push(Line::from(vec![
        Span::styled(format!(" {yes_keys} "), theme.key),
        Span::raw(format!(" {}   ", i18n::text(lang, b2::KIOSK_CONFIRM_YES))),
        Span::styled(format!(" {KIOSK_NO_KEYS} "), theme.key),
        Span::raw(format!(" {}", i18n::text(lang, b2::KIOSK_CONFIRM_NO))),
    ]));
    let title = i18n::text(lang, b2::KIOSK_CONFIRM_TITLE);
    super::dialog::draw(frame, area, width, title, text, theme);
}
