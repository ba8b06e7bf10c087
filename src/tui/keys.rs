//! Key bindings: each screen lists the keys it accepts as [`Binding`]s; the same
//! list turns key presses into [`Action`]s and builds the hint bar, so the hints
//! cannot drift from what the keys do.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::action::Action;
use super::theme::Theme;

/// One key, with or without Ctrl.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyCombo {
    code: KeyCode,
    ctrl: bool,
}

impl KeyCombo {
    /// The key without Ctrl.
    pub const fn plain(code: KeyCode) -> Self {
        KeyCombo { code, ctrl: false }
    }

    /// A character key without Ctrl.
    pub const fn char(c: char) -> Self {
        Self::plain(KeyCode::Char(c))
    }

    /// Ctrl and a letter.
    pub const fn ctrl(c: char) -> Self {
        KeyCombo {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    /// Whether `key` is this combination. Shift is ignored except that Shift-Tab
    /// is BackTab (terminals report it either way), and Alt never matches, so
    /// Alt-chords stay free for text input (AltGr letters arrive as Ctrl-Alt).
    pub fn matches(&self, key: &KeyEvent) -> bool {
        let m = key.modifiers;
        if m.contains(KeyModifiers::ALT) || m.contains(KeyModifiers::CONTROL) != self.ctrl {
            return false;
        }
        let shift = m.contains(KeyModifiers::SHIFT);
        match (self.code, key.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) if self.ctrl => a == b.to_ascii_lowercase(),
            (KeyCode::BackTab, KeyCode::Tab) => shift,
            (KeyCode::Tab, KeyCode::Tab) => !shift,
            (a, b) => a == b,
        }
    }
}

/// A key a screen accepts, what it does, and how the hint bar names it (hidden
/// aliases such as Enter-for-next have no hint).
#[derive(Debug, Clone)]
pub struct Binding {
    /// The key.
    pub key: KeyCombo,
    /// What it does.
    pub action: Action,
    /// `(key name, description)` for the hint bar.
    pub hint: Option<(&'static str, &'static str)>,
}

impl Binding {
    /// A binding without a hint (an alias of a hinted one).
    pub fn new(key: KeyCombo, action: Action) -> Self {
        Binding {
            key,
            action,
            hint: None,
        }
    }

    /// A binding shown in the hint bar as `name desc`.
    pub fn shown(key: KeyCombo, action: Action, name: &'static str, desc: &'static str) -> Self {
        Binding {
            key,
            action,
            hint: Some((name, desc)),
        }
    }
}

/// The action of the first binding matching `key`.
pub fn action_for(bindings: &[Binding], key: &KeyEvent) -> Option<Action> {
    bindings
        .iter()
        .find(|b| b.key.matches(key))
        .map(|b| b.action.clone())
}

/// The `(key, description)` pairs of `bindings`, in order, for the hint bar.
pub fn hints(bindings: &[Binding]) -> Vec<(&'static str, &'static str)> {
    bindings.iter().filter_map(|b| b.hint).collect()
}

/// The movement keys every list and scrolled text takes: ↑↓ (hinted with
/// `hint`), PgUp/PgDn and Home/End, each a [`Step`](super::action::Step).
pub fn movement(hint: &'static str) -> Vec<Binding> {
    use super::action::Step;
    use super::strings::{hints, keys};
    use ratatui::crossterm::event::KeyCode::*;
    vec![
        Binding::shown(
            KeyCombo::plain(Down),
            Action::Move(Step::Down),
            keys::UP_DOWN,
            hint,
        ),
        Binding::new(KeyCombo::plain(Up), Action::Move(Step::Up)),
        Binding::shown(
            KeyCombo::plain(PageDown),
            Action::Move(Step::PageDown),
            keys::PAGE,
            hints::PAGE,
        ),
        Binding::new(KeyCombo::plain(PageUp), Action::Move(Step::PageUp)),
        Binding::shown(
            KeyCombo::plain(Home),
            Action::Move(Step::Top),
            keys::HOME_END,
            hints::ENDS,
        ),
        Binding::new(KeyCombo::plain(End), Action::Move(Step::Bottom)),
    ]
}

/// The bottom bar: `key description` pairs, as many as fit, in the order given
/// (most important first).
pub struct HintBar<'a> {
    /// The pairs.
    pub hints: &'a [(&'static str, &'static str)],
    /// Styles.
    pub theme: &'a Theme,
}

impl Widget for HintBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let mut spans = vec![Span::raw(" ")];
        let mut used = 1usize;
        for (i, (key, desc)) in self.hints.iter().enumerate() {
            let sep = if i == 0 { 0 } else { 2 };
            let w = sep + key.width() + 1 + desc.width();
            if used + w > usize::from(area.width) {
                break;
            }
            used += w;
            if sep > 0 {
                spans.push(Span::raw("  "));
            }
            spans.push(Span::styled(*key, self.theme.key));
            spans.push(Span::styled(format!(" {desc}"), self.theme.key_desc));
        }
        Line::from(spans).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    #[test]
    fn ctrl_letters_match_in_either_case_and_not_without_ctrl() {
        let s = KeyCombo::ctrl('s');
        assert!(s.matches(&key(KeyCode::Char('s'), KeyModifiers::CONTROL)));
        assert!(s.matches(&key(
            KeyCode::Char('S'),
            KeyModifiers::CONTROL | KeyModifiers::SHIFT
        )));
        assert!(!s.matches(&key(KeyCode::Char('s'), KeyModifiers::NONE)));
        assert!(!s.matches(&key(
            KeyCode::Char('s'),
            KeyModifiers::CONTROL | KeyModifiers::ALT
        )));
    }

    #[test]
    fn shift_tab_is_backtab_however_reported() {
        let back = KeyCombo::plain(KeyCode::BackTab);
        let tab = KeyCombo::plain(KeyCode::Tab);
        let shift_tab = key(KeyCode::Tab, KeyModifiers::SHIFT);
        let backtab = key(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert!(back.matches(&shift_tab) && back.matches(&backtab));
        assert!(!tab.matches(&shift_tab));
        assert!(tab.matches(&key(KeyCode::Tab, KeyModifiers::NONE)));
    }

    #[test]
    fn shifted_characters_match_plain_bindings() {
        let q = KeyCombo::char('?');
        assert!(q.matches(&key(KeyCode::Char('?'), KeyModifiers::SHIFT)));
        assert!(!q.matches(&key(KeyCode::Char('/'), KeyModifiers::SHIFT)));
    }
}
