//! The [`App`]'s kiosk mode: the attract → form → thank-you cycle, the idle
//! timeout, and the staff PIN in front of every staff-only action. Nothing here
//! runs in staff mode (`self.kiosk` is `None` there).
//!
//! The privacy rule: without the PIN, no key, click or timer reaches a screen that
//! shows a stored lead, and nothing one attendee typed is left for the next.

use ratatui::crossterm::event::{
    Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, MouseEventKind,
};

use super::{Action, App, BoothMode, Screen};
use crate::tui::keys::{Binding, KeyCombo};
use crate::tui::kiosk::PinOutcome;
use crate::tui::pin::Guarded;

/// Where the booth starts and returns to.
pub(super) fn home(mode: BoothMode) -> Screen {
    match mode {
        BoothMode::Staff => Screen::Form,
        BoothMode::Kiosk => Screen::Attract,
    }
}

impl App {
    /// A key typed into the PIN dialog.
    pub(super) fn type_pin(&mut self, key: KeyEvent) {
        if let Some(k) = &mut self.kiosk {
            k.type_key(key, self.now);
        }
    }

    /// Kiosk mode: Ctrl-Q and F2 ask for the PIN. They stay out of the hint bar:
    /// staff know them, attendees need not.
    pub(super) fn add_guarded_bindings(&self, b: &mut Vec<Binding>) {
        if self.kiosk.is_none() {
            return;
        }
        b.push(Binding::new(KeyCombo::ctrl('q'), Action::Quit));
        if matches!(self.screen, Screen::Form | Screen::Attract) {
            b.push(Binding::new(
                KeyCombo::plain(KeyCode::F(2)),
                Action::OpenLeads,
            ));
        }
    }

    /// A mouse click: on the attract and thank-you screens it moves on, like a key.
    pub(super) fn click_action(&self) -> Option<Action> {
        if self.modal().is_some() {
            return None;
        }
        match self.screen {
            Screen::Attract => Some(Action::Start),
            Screen::ThankYou => Some(Action::Finish),
            _ => None,
        }
    }

    /// Kiosk mode: a person is at the keyboard (the idle timeout restarts).
    /// Mouse moves do not count: a nudged table is not an attendee. Returns
    /// true when the input only answers the "Still there?" warning: a click
    /// does nothing more, and a person's key is not acted on either (see
    /// [`App::woken_by`]), so the Space that says "I am here" ticks nothing.
    pub(super) fn note_input(&mut self, event: &TermEvent) -> bool {
        let warned = self.idle_warning().is_some();
        let Some(k) = &mut self.kiosk else {
            return false;
        };
        let person = match event {
            TermEvent::Key(key) => key.kind != KeyEventKind::Release,
            TermEvent::Paste(_) => true,
            TermEvent::Mouse(m) => m.kind != MouseEventKind::Moved,
            _ => false,
        };
        if !person {
            return false;
        }
        k.input_at(self.now);
        self.warned_secs = None;
        if !warned {
            return false;
        }
        tracing::info!("kiosk: the attendee answered the idle warning");
        match event {
            TermEvent::Key(_) => {
                self.waking = true;
                false
            }
            TermEvent::Mouse(_) => true,
            _ => false,
        }
    }

    /// Whether a key that the scan detector now lets through only answered the
    /// idle warning: a person's key that arrived while it was on show. Keys of
    /// a burst (typing, never ticking) and a scan act as usual.
    pub(super) fn woken_by(&mut self, burst: bool) -> bool {
        std::mem::take(&mut self.waking) && !burst
    }

    /// The attendee is reading the policy: the idle timeout is longer there.
    fn reading(&self) -> bool {
        matches!(self.screen, Screen::Policy(_))
    }

    /// An attendee's session is open (anything but the attract screen without
    /// a dialog; the staff picker at start is staff's).
    fn kiosk_in_use(&self, k: &crate::tui::kiosk::Kiosk) -> bool {
        let in_use = !matches!(self.screen, Screen::Attract) || k.dialog().is_some();
        in_use && !matches!(self.screen, Screen::PickStaff(_))
    }

    /// Kiosk mode: the time left before an idle session is wiped, while the
    /// "Still there?" warning is on show.
    pub fn idle_warning(&self) -> Option<std::time::Duration> {
        let k = self.kiosk.as_ref()?;
        // The thank-you screen ends by itself and holds nothing typed.
        if !self.kiosk_in_use(k) || matches!(self.screen, Screen::ThankYou) {
            return None;
        }
        k.warning_at(self.now, self.reading())
    }

    /// Opens the PIN dialog for a staff-only action (kiosk mode).
    pub(super) fn ask_pin(&mut self, guarded: Guarded) {
        if let Some(k) = &mut self.kiosk {
            k.ask_pin(guarded);
        }
    }

    pub(super) fn close_pin_dialog(&mut self) {
        if let Some(k) = &mut self.kiosk {
            k.close_dialog();
        }
    }

    /// Enter in the PIN dialog: a right PIN does what it was asked for.
    pub(super) fn submit_pin(&mut self) {
        let Some(k) = &mut self.kiosk else {
            return;
        };
        let before = k.failures();
        let outcome = k.submit(self.now);
        if k.failures() != before {
            // Kept in the database: a restart (power cycle, `kill -9`) does not
            // reset the count or the lockout.
            let action = if k.failures() == 0 {
                "kiosk_pin_accepted"
            } else {
                "kiosk_pin_wrong"
            };
            let value = k.lockout_setting(self.now);
            if let Err(e) =
                self.store
                    .set_setting(crate::pin::LOCKOUT_SETTING, &value, &self.staff, action)
            {
                tracing::warn!("kiosk: the PIN lockout could not be saved: {e}");
            }
        }
        match outcome {
            PinOutcome::Unlocked(Guarded::Quit) => self.quit = true,
            PinOutcome::Unlocked(Guarded::Leads) => self.open_leads(),
            PinOutcome::Refused => {}
        }
    }

    /// Attract screen → an empty form, first name focused.
    pub(super) fn start_session(&mut self) {
        if matches!(self.screen, Screen::Attract) {
            self.waking = false;
            self.form.clear(&self.event);
            // The language chosen on the attract screen: the form is blank,
            // so no tick is cleared.
            self.form.set_language(self.attendee_lang);
            if self.attract_qr_shown {
                self.form.note_qr_shown();
            }
            self.screen = Screen::Form;
        }
    }

    /// Back to the attract screen with nothing of the last attendee left: an
    /// empty form, no message, no dialog, no lead rows in memory (the screen
    /// that held them is gone).
    /// The next attendee starts in the event's language and the booth's theme.
    pub(super) fn back_to_attract(&mut self) {
        self.form.clear(&self.event);
        self.attendee_lang = self.form.language();
        self.reset_contrast();
        self.receipt = None;
        self.confirm = None;
        self.message = None;
        if let Some(k) = &mut self.kiosk {
            k.close_dialog();
            k.thanks_done();
        }
        self.screen = Screen::Attract;
    }

    /// Esc in the lead list that the PIN opened: lock it again (its rows go with
    /// the screen); back to the attendee's form if it has content, else to the
    /// attract screen.
    pub(super) fn leave_lead_list(&mut self) {
        if self.form.is_blank() {
            self.back_to_attract();
        } else {
            self.screen = Screen::Form;
        }
    }

    /// After a kiosk save: the thank-you screen (the form is already cleared).
    pub(super) fn thank(&mut self) {
        self.message = None;
        self.screen = Screen::ThankYou;
        if let Some(k) = &mut self.kiosk {
            k.thank_from(self.now);
        }
    }

    /// The kiosk's timers at `self.now`: the thank-you screen ends, an idle
    /// session is warned, then wiped. True when the screen changed (or shows a
    /// countdown that moved).
    pub(super) fn tick_kiosk(&mut self) -> bool {
        let now = self.now;
        let Some(k) = &self.kiosk else {
            return false;
        };
        if matches!(self.screen, Screen::ThankYou) && k.thanks_over(now) {
            self.back_to_attract();
            return true;
        }
        if self.kiosk_in_use(k) && k.idle_at(now, self.reading()) {
            tracing::info!("kiosk: idle, back to the attract screen");
            self.back_to_attract();
            return true;
        }
        // The lockout countdown moves while the dialog shows it.
        let dialog = k.dialog().is_some();
        let secs = self.idle_warning().map(|left| left.as_secs());
        let countdown = secs != self.warned_secs;
        if secs.is_some() && self.warned_secs.is_none() {
            tracing::info!("kiosk: idle, asking whether the attendee is still there");
        }
        self.warned_secs = secs;
        dialog || countdown
    }

    /// Kiosk mode's state (the PIN dialog, wrong attempts, timers); `None` in
    /// staff mode.
    pub fn kiosk(&self) -> Option<&crate::tui::kiosk::Kiosk> {
        self.kiosk.as_ref()
    }
}
