//! The staff PIN dialog of kiosk mode and its rate limit. The PIN is typed masked,
//! checked (Argon2id, see [`crate::pin`]) only when Enter submits it, and after
//! [`FREE_ATTEMPTS`] wrong ones every further mistake locks the dialog for twice as
//! long as the last time.

use std::time::{Duration, Instant};

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::action::Action;
use super::keys::{Binding, KeyCombo};
use super::strings::{self, hints, keys};
use super::theme::Theme;
use super::wrap::wrap_str;

/// Wrong PINs allowed before the first lockout.
pub const FREE_ATTEMPTS: u32 = 3;
/// The first lockout; each later one doubles it.
pub const FIRST_LOCKOUT: Duration = Duration::from_secs(30);
/// The longest lockout.
pub const MAX_LOCKOUT: Duration = Duration::from_secs(30 * 60);
/// Longest PIN the dialog takes (longer ones cannot have been set).
const MAX_CHARS: usize = crate::pin::MAX_PIN_CHARS;

/// What the PIN unlocks: the staff-only actions of kiosk mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guarded {
    /// Leave kiosk mode (Ctrl-Q).
    Quit,
    /// Open the lead list (F2).
    Leads,
}

impl Guarded {
    /// What the dialog asks the PIN for.
    pub fn prompt(self) -> &'static str {
        match self {
            Guarded::Quit => strings::pin_prompt_quit(),
            Guarded::Leads => strings::pin_prompt_leads(),
        }
    }
}

/// Wrong attempts and the lockout they earned. Kept for the whole session, so
/// closing the dialog (or the idle timeout) does not reset it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lockout {
    failures: u32,
    until: Option<Instant>,
}

impl Lockout {
    /// How long the lockout for the `failures`-th wrong attempt lasts: none for
    /// the first two, then 30 s, 60 s, 120 s ... up to [`MAX_LOCKOUT`].
    pub fn duration_after(failures: u32) -> Option<Duration> {
        let extra = failures.checked_sub(FREE_ATTEMPTS)?;
        let factor = 1u32.checked_shl(extra.min(16)).unwrap_or(u32::MAX);
        Some(FIRST_LOCKOUT.saturating_mul(factor).min(MAX_LOCKOUT))
    }

    /// Time left at `now`, if locked.
    pub fn remaining(&self, now: Instant) -> Option<Duration> {
        self.until
            .and_then(|t| t.checked_duration_since(now))
            .filter(|d| !d.is_zero())
    }

    /// Records a wrong PIN at `now`.
    pub fn fail(&mut self, now: Instant) {
        self.failures = self.failures.saturating_add(1);
        self.until = Self::duration_after(self.failures).map(|d| now + d);
    }

    /// A right PIN forgives everything.
    pub fn succeed(&mut self) {
        *self = Lockout::default();
    }

    /// Wrong PINs so far.
    pub fn failures(&self) -> u32 {
        self.failures
    }

    /// As stored ([`crate::pin::LOCKOUT_SETTING`]): the failures and the wall
    /// clock time the lockout ends (`now` here is `wall_now` there).
    pub fn to_setting(&self, now: Instant, wall_now: chrono::DateTime<chrono::Utc>) -> String {
        let left = self.remaining(now).unwrap_or_default();
        let until = wall_now
            + chrono::Duration::from_std(left).unwrap_or_else(|_| chrono::Duration::zero());
        format!("{} {}", self.failures, crate::lead::rfc3339(&until))
    }

    /// Read back from [`Lockout::to_setting`] at `now` (`wall_now`). A value
    /// that does not parse counts as the most restrictive lockout there is: a
    /// damaged setting must not be a way around the lockout.
    pub fn from_setting(
        value: &str,
        now: Instant,
        wall_now: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        let parsed = value.split_once(' ').and_then(|(f, u)| {
            let failures = f.parse::<u32>().ok()?;
            let until = chrono::DateTime::parse_from_rfc3339(u).ok()?.to_utc();
            Some((failures, until))
        });
        let Some((failures, until)) = parsed else {
            let failures = FREE_ATTEMPTS + 1;
            return Lockout {
                failures,
                until: Self::duration_after(failures).map(|d| now + d),
            };
        };
        // Never longer than a lockout can be, whatever the clock did meanwhile.
        let left = (until - wall_now)
            .to_std()
            .unwrap_or_default()
            .min(MAX_LOCKOUT);
        Lockout {
            failures,
            until: (!left.is_zero()).then(|| now + left),
        }
    }
}

/// The open PIN dialog: what it unlocks, the characters typed (never shown) and
/// the outcome of the last attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinDialog {
    guarded: Guarded,
    typed: String,
    wrong: bool,
}

impl PinDialog {
    /// An empty dialog for `guarded`.
    pub fn new(guarded: Guarded) -> Self {
        PinDialog {
            guarded,
            typed: String::new(),
            wrong: false,
        }
    }

    /// Keys of the dialog; every other key is typed into it.
    pub fn bindings() -> Vec<Binding> {
        vec![
            Binding::shown(
                KeyCombo::plain(KeyCode::Enter),
                Action::SubmitPin,
                keys::ENTER,
                hints::unlock(),
            ),
            Binding::shown(
                KeyCombo::plain(KeyCode::Esc),
                Action::Cancel,
                keys::ESC,
                hints::cancel(),
            ),
        ]
    }

    /// What the PIN unlocks.
    pub fn guarded(&self) -> Guarded {
        self.guarded
    }

    /// Number of characters typed.
    pub fn len(&self) -> usize {
        self.typed.chars().count()
    }

    /// Nothing typed yet.
    pub fn is_empty(&self) -> bool {
        self.typed.is_empty()
    }

    /// A key for the PIN: printable characters are added, Backspace removes the
    /// last one; anything else (Ctrl and Alt chords, arrows ...) is ignored.
    pub fn edit(&mut self, key: KeyEvent) {
        let chord = key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match key.code {
            KeyCode::Char(c) if !chord && !c.is_control() && self.len() < MAX_CHARS => {
                self.typed.push(c);
                self.wrong = false;
            }
            KeyCode::Backspace => {
                self.typed.pop();
            }
            _ => {}
        }
    }

    /// Takes the typed PIN for checking, leaving the field empty.
    pub fn take(&mut self) -> String {
        std::mem::take(&mut self.typed)
    }

    /// The last attempt was wrong: say so until the next character.
    pub fn set_wrong(&mut self) {
        self.wrong = true;
    }

    /// Draws the dialog centred over `area`, with the lockout countdown when
    /// `locked` is some.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme, locked: Option<Duration>) {
        let width = area.width.min(56);
        let inner = width.saturating_sub(4);
        let mut text = wrap_str(self.guarded.prompt(), theme.text, inner, 0);
        text.push(Line::raw(""));
        let mask: String = "•".repeat(self.len().min(usize::from(inner.saturating_sub(8))));
        text.push(Line::from(vec![
            Span::styled(format!("{} ", strings::pin_label()), theme.focus),
            Span::styled(format!("{mask:<width$}", width = 12), theme.input),
        ]));
        let input_row = text.len() as u16 - 1;
        text.push(Line::raw(""));
        if let Some(left) = locked {
            text.extend(wrap_str(
                &strings::pin_locked(left.as_secs() + u64::from(left.subsec_nanos() > 0)),
                theme.error,
                inner,
                0,
            ));
        } else if self.wrong {
            text.extend(wrap_str(strings::pin_wrong(), theme.error, inner, 0));
        }
        let popup = super::dialog::draw(frame, area, width, strings::pin_title(), text, theme);
        if locked.is_none() {
            let x = popup.x + 1 + strings::pin_label().width() as u16 + 1 + mask.width() as u16;
            let y = popup.y + 1 + input_row;
            if x < popup.right().saturating_sub(1) && y < popup.bottom().saturating_sub(1) {
                frame.set_cursor_position(Position::new(x, y));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lockout_starts_after_three_wrong_pins_and_doubles() {
        let secs = |n| Lockout::duration_after(n).map(|d| d.as_secs());
        assert_eq!([secs(0), secs(1), secs(2)], [None, None, None]);
        assert_eq!(
            [secs(3), secs(4), secs(5), secs(6)],
            [Some(30), Some(60), Some(120), Some(240)]
        );
        assert_eq!(secs(9), Some(1800), "capped at 30 minutes");
        assert_eq!(secs(u32::MAX), Some(1800));
    }

    #[test]
    fn lockout_counts_down_and_a_right_pin_forgives() {
        let t0 = Instant::now();
        let mut l = Lockout::default();
        l.fail(t0);
        l.fail(t0);
        assert_eq!(l.remaining(t0), None);
        l.fail(t0);
        assert_eq!(l.remaining(t0), Some(Duration::from_secs(30)));
        assert_eq!(
            l.remaining(t0 + Duration::from_secs(29)),
            Some(Duration::from_secs(1))
        );
        assert_eq!(l.remaining(t0 + Duration::from_secs(30)), None);
        l.fail(t0 + Duration::from_secs(31));
        assert_eq!(
            l.remaining(t0 + Duration::from_secs(31)),
            Some(Duration::from_secs(60))
        );
        l.succeed();
        assert_eq!((l.failures(), l.remaining(t0)), (0, None));
    }

    #[test]
    fn only_printable_characters_are_typed() {
        let mut d = PinDialog::new(Guarded::Quit);
        for c in "24 6ö".chars() {
            d.edit(KeyEvent::from(KeyCode::Char(c)));
        }
        d.edit(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL));
        d.edit(KeyEvent::new(KeyCode::Char('y'), KeyModifiers::ALT));
        d.edit(KeyEvent::from(KeyCode::Left));
        d.edit(KeyEvent::from(KeyCode::Char('\u{1b}')));
        assert_eq!(d.len(), 5);
        d.edit(KeyEvent::from(KeyCode::Backspace));
        assert_eq!(d.take(), "24 6");
        assert!(d.is_empty());
        for _ in 0..100 {
            d.edit(KeyEvent::from(KeyCode::Char('9')));
        }
        assert_eq!(d.len(), MAX_CHARS);
    }
}
