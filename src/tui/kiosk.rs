//! Kiosk mode's own state: the attendee at the keyboard, staff only with the PIN.
//! The stored PIN hash, the open PIN dialog and its lockout, when the last input
//! came (for the idle timeout) and when the thank-you screen ends.
//!
//! The [`App`](super::App) asks this type; the screens themselves are in
//! `attract.rs` (attract and thank-you) and `pin.rs` (the PIN dialog).

use std::time::{Duration, Instant};

use argon2::password_hash::PasswordHash;
use ratatui::crossterm::event::KeyEvent;

use super::StartError;
use super::pin::{Guarded, Lockout, PinDialog};
use crate::config::Event;
use crate::pin::PIN_SETTING;
use crate::store::Store;

/// How long the thank-you screen (with the attendee's receipt QR code) stays
/// before the attract screen returns: long enough to open a phone's camera.
pub const THANK_YOU_FOR: Duration = Duration::from_secs(20);

/// How long before the idle timeout the kiosk asks "Still there?" with a
/// countdown (at most half the timeout).
pub const WARN_BEFORE: Duration = Duration::from_secs(20);

/// Kiosk mode's state.
#[derive(Debug)]
pub struct Kiosk {
    pin_hash: String,
    idle: Duration,
    last_input: Instant,
    lockout: Lockout,
    dialog: Option<PinDialog>,
    thanks_until: Option<Instant>,
    id_scans: Vec<Instant>,
}

/// Registration-ID scans the kiosk answers in [`ID_SCAN_WINDOW`]; more are
/// ignored until the window has passed (someone is stepping through badges).
pub const ID_SCANS_PER_WINDOW: usize = 3;
/// The window of [`ID_SCANS_PER_WINDOW`].
pub const ID_SCAN_WINDOW: Duration = Duration::from_secs(60);

/// What [`Kiosk::submit`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinOutcome {
    /// Right PIN: do this.
    Unlocked(Guarded),
    /// Wrong PIN (now counted), locked out, or nothing typed.
    Refused,
}

impl Kiosk {
    /// Notes a registration-ID scan at `now`; false when it is over the limit
    /// ([`ID_SCANS_PER_WINDOW`] in [`ID_SCAN_WINDOW`]) and must be ignored.
    pub fn allow_id_scan(&mut self, now: Instant) -> bool {
        self.id_scans
            .retain(|t| now.saturating_duration_since(*t) < ID_SCAN_WINDOW);
        if self.id_scans.len() >= ID_SCANS_PER_WINDOW {
            return false;
        }
        self.id_scans.push(now);
        true
    }

    /// Kiosk mode for `event` on `store`, from `now`.
    ///
    /// Errors: no staff PIN is set (nobody could ever leave kiosk mode), or the
    /// stored hash is damaged; both tell staff to run `leadbooth kiosk set-pin`.
    pub fn new(event: &Event, store: &Store, now: Instant) -> Result<Self, StartError> {
        let pin_hash = store
            .setting(PIN_SETTING)?
            .filter(|h| !h.is_empty())
            .ok_or(StartError::NoPin)?;
        // A hash that parses but lacks its output or has bad parameters would
        // refuse every PIN: nobody could leave.
        let usable = PasswordHash::new(&pin_hash).ok().is_some_and(|h| {
            h.algorithm == argon2::Algorithm::Argon2id.ident()
                && h.hash.is_some()
                && argon2::Params::try_from(&h).is_ok()
        });
        if !usable {
            return Err(crate::pin::PinError::BadHash.into());
        }
        Ok(Kiosk {
            pin_hash,
            idle: Duration::from_secs(event.kiosk_idle_seconds.max(1)),
            last_input: now,
            lockout: store
                .setting(crate::pin::LOCKOUT_SETTING)?
                .map(|v| Lockout::from_setting(&v, now, crate::lead::now_utc()))
                .unwrap_or_default(),
            dialog: None,
            thanks_until: None,
            id_scans: Vec::new(),
        })
    }

    /// Someone touched the keyboard or mouse at `now`.
    pub fn input_at(&mut self, now: Instant) {
        self.last_input = now;
    }

    /// The idle timeout: the event's, doubled while the attendee is `reading`
    /// the policy (a long text read without a key is an attendee at work, and
    /// the policy screen shows nothing they typed).
    pub fn idle_limit(&self, reading: bool) -> Duration {
        if reading {
            self.idle.saturating_mul(2)
        } else {
            self.idle
        }
    }

    /// Whether nobody has touched anything for the idle timeout.
    pub fn idle_at(&self, now: Instant, reading: bool) -> bool {
        now.saturating_duration_since(self.last_input) >= self.idle_limit(reading)
    }

    /// Time left before the idle timeout wipes the session, once it is close
    /// enough to warn: the last [`WARN_BEFORE`] (at most half the timeout).
    pub fn warning_at(&self, now: Instant, reading: bool) -> Option<Duration> {
        let limit = self.idle_limit(reading);
        let quiet = now.saturating_duration_since(self.last_input);
        let warn = WARN_BEFORE.min(self.idle / 2);
        (quiet + warn >= limit && quiet < limit).then(|| limit - quiet)
    }

    /// Opens the PIN dialog for `guarded` (an open one stays as it is).
    pub fn ask_pin(&mut self, guarded: Guarded) {
        if self.dialog.is_none() {
            self.dialog = Some(PinDialog::new(guarded));
        }
    }

    /// The open PIN dialog.
    pub fn dialog(&self) -> Option<&PinDialog> {
        self.dialog.as_ref()
    }

    /// A key for the PIN dialog at `now`; ignored while locked out.
    pub fn type_key(&mut self, key: KeyEvent, now: Instant) {
        if self.lockout.remaining(now).is_none()
            && let Some(d) = self.dialog.as_mut()
        {
            d.edit(key);
        }
    }

    /// Closes the PIN dialog, forgetting what was typed (not the lockout).
    pub fn close_dialog(&mut self) {
        self.dialog = None;
    }

    /// Lockout time left at `now`.
    pub fn locked_for(&self, now: Instant) -> Option<Duration> {
        self.lockout.remaining(now)
    }

    /// Wrong PINs so far (kept across restarts).
    pub fn failures(&self) -> u32 {
        self.lockout.failures()
    }

    /// The lockout as stored (see [`crate::pin::LOCKOUT_SETTING`]).
    pub fn lockout_setting(&self, now: Instant) -> String {
        self.lockout.to_setting(now, crate::lead::now_utc())
    }

    /// Enter in the PIN dialog at `now`: one Argon2 check (about 50 ms in a
    /// release build), never while locked out and never for an empty field. A PIN
    /// too short to have been set counts as wrong without hashing.
    pub fn submit(&mut self, now: Instant) -> PinOutcome {
        if self.lockout.remaining(now).is_some() {
            return PinOutcome::Refused;
        }
        let Some(dialog) = self.dialog.as_mut() else {
            return PinOutcome::Refused;
        };
        if dialog.is_empty() {
            return PinOutcome::Refused;
        }
        let pin = dialog.take();
        let right = pin.chars().count() >= crate::pin::MIN_PIN_CHARS
            && crate::pin::verify_pin(&pin, &self.pin_hash).unwrap_or(false);
        if right {
            let guarded = dialog.guarded();
            self.lockout.succeed();
            self.dialog = None;
            tracing::info!(?guarded, "kiosk: staff PIN accepted");
            PinOutcome::Unlocked(guarded)
        } else {
            dialog.set_wrong();
            self.lockout.fail(now);
            tracing::warn!(failures = self.lockout.failures(), "kiosk: wrong staff PIN");
            PinOutcome::Refused
        }
    }

    /// The thank-you screen is on from `now`.
    pub fn thank_from(&mut self, now: Instant) {
        self.thanks_until = Some(now + THANK_YOU_FOR);
    }

    /// Whether the thank-you screen has had its time at `now`.
    pub fn thanks_over(&self, now: Instant) -> bool {
        self.thanks_until.is_some_and(|t| now >= t)
    }

    /// The thank-you screen is gone.
    pub fn thanks_done(&mut self) {
        self.thanks_until = None;
    }
}
