//! The app's side of badge scans: keys and pastes pass the scan detector
//! ([`crate::tui::scan`]) before they become actions, and a finished scan fills
//! the capture form.

use std::time::Instant;

use ratatui::crossterm::event::KeyEvent;

use super::{Action, App, MessageKind, Screen};
use crate::badge::{BadgePrefill, BadgeScan};
use crate::lead::Entry;
use crate::tui::form::ContactField;
use crate::tui::kiosk::ID_SCANS_PER_WINDOW;
use crate::tui::scan::Finished;
use crate::tui::strings;

impl App {
    /// A key press or repeat that arrived at `at` (`None`: at a person's pace).
    ///
    /// On the capture form the scan detector sees it first and may capture it.
    /// Elsewhere only its time is noted; a confirmation ignores keys that arrive
    /// in a burst, so a scanner typing a "y" can never answer one.
    pub(super) fn key_event(&mut self, key: KeyEvent, at: Option<Instant>) -> bool {
        if matches!(self.screen, Screen::Form) && self.modal().is_none() {
            let verdict = self.scan.on_key(&key, at, &self.form);
            let mut changed = false;
            if let Some(before) = verdict.restore {
                self.form = before;
                changed = true;
            }
            if let Some(done) = verdict.finished {
                self.scan_finished(done);
                changed = true;
            }
            if !verdict.pass {
                return true;
            }
            return match self.action_for_key(key) {
                Some(action) => {
                    self.update(action);
                    true
                }
                None => changed,
            };
        }
        let fast = self.scan.other_key(at);
        if fast && self.confirm.is_some() {
            return false;
        }
        match self.action_for_key(key) {
            Some(action) => {
                self.update(action);
                true
            }
            None => false,
        }
    }

    /// A bracketed paste: on the capture form, a badge's text is a scan.
    pub(super) fn paste_event(&mut self, text: String) -> bool {
        if matches!(self.screen, Screen::Form) && self.modal().is_none() {
            let (before, scan) = self.scan.paste(&text);
            if let Some(done) = before {
                self.scan_finished(done);
            }
            if let Some(done) = scan {
                self.scan_finished(done);
                return true;
            }
        }
        self.update(Action::Paste(text));
        true
    }

    /// The loop starts waiting for input at `now`: the time spent since the last
    /// key (handling events, drawing) does not count as a gap between keys.
    pub fn listening(&mut self, now: Instant) {
        self.scan.listening(now);
    }

    /// When a scanner burst must be ended if no key comes (see
    /// [`crate::tui::scan::ScanDetector::deadline`]).
    pub fn scan_deadline(&self) -> Option<Instant> {
        self.scan.deadline()
    }

    /// Ends a scanner burst that has gone quiet; true when the screen changed.
    pub(super) fn scan_tick(&mut self, now: Instant) -> bool {
        match self.scan.tick(now) {
            Some(done) => {
                self.scan_finished(done);
                true
            }
            None => false,
        }
    }

    fn scan_finished(&mut self, done: Finished) {
        match done {
            Finished::Scan(Ok(scan)) => self.apply_scan(scan),
            Finished::Scan(Err(e)) => {
                tracing::warn!("badge scan not read: {e}");
                self.say(MessageKind::Error, strings::scan_failed(&e.to_string()));
            }
            Finished::Cancelled => self.say(MessageKind::Info, strings::SCAN_CANCELLED.into()),
            Finished::Ignored(n) => {
                let mut text = self
                    .message
                    .take()
                    .map(|m| m.text + " ")
                    .unwrap_or_default();
                text.push_str(&strings::scan_ignored(n));
                self.say(MessageKind::Warning, text);
            }
        }
    }

    /// Whether a scan bringing `values` (and registration ID `id`) is a different
    /// person from the one on the form: it would replace a name or email already
    /// there with another, or the form holds another badge's ID.
    fn is_new_person(&self, values: &[(ContactField, String)], id: Option<&str>) -> bool {
        let norm = |s: &str| s.trim().to_lowercase();
        let replaces_identity = values.iter().any(|(f, v)| {
            matches!(
                f,
                ContactField::FirstName | ContactField::LastName | ContactField::Email
            ) && {
                let current = self.form.contact(*f).value();
                !current.trim().is_empty() && norm(current) != norm(v)
            }
        });
        let other_badge =
            matches!((id, self.form.badge_id()), (Some(new), Some(old)) if new != old);
        replaces_identity || other_badge
    }

    /// A different person came to the form (see [`App::is_new_person`]): nothing
    /// of the previous one stays: no tick, answer, rating, note or field.
    fn start_new_person(&mut self) -> bool {
        if self.form.is_blank() {
            return false;
        }
        tracing::info!("scan of a different attendee: the form was cleared");
        self.form.clear(&self.event);
        true
    }

    /// Fills the form from a read badge. A registration ID is looked up in the
    /// attendee list; found or not, it stays with the lead. A badge of a
    /// different person than the one on the form starts a fresh form. Not in
    /// kiosk mode: there a registration ID (scanned, typed after F3 or pasted) is
    /// looked up nowhere and leaves the form as it was, since IDs are often
    /// sequential and printed on badges, and the person at the kiosk must see
    /// nothing of anyone else; and only [`ID_SCANS_PER_WINDOW`] of them are
    /// answered a minute.
    fn apply_scan(&mut self, scan: BadgeScan) {
        let (values, id) = match scan {
            BadgeScan::Contact(prefill) => (prefill_values(&prefill), None),
            BadgeScan::RegistrationId(_) if self.kiosk.is_some() => {
                let now = self.now;
                let answered = self.kiosk.as_mut().is_some_and(|k| k.allow_id_scan(now));
                if answered {
                    tracing::info!("kiosk: a registration ID was scanned; not looked up");
                    self.say(MessageKind::Warning, strings::KIOSK_ID_NOT_LOOKED_UP.into());
                } else {
                    tracing::warn!(
                        "kiosk: more than {ID_SCANS_PER_WINDOW} registration IDs a minute; ignored"
                    );
                    self.say(MessageKind::Warning, strings::KIOSK_ID_SCANS_LIMITED.into());
                }
                return;
            }
            BadgeScan::RegistrationId(id) => match self.store.attendee(&id) {
                Ok(Some(a)) => {
                    let values = [
                        a.first_name,
                        a.last_name,
                        a.email,
                        a.company,
                        a.job_title,
                        a.phone,
                        a.country,
                    ];
                    let values = ContactField::ALL
                        .into_iter()
                        .zip(values)
                        .filter(|(_, v)| !v.trim().is_empty())
                        .collect();
                    (values, Some(id))
                }
                Ok(None) => {
                    tracing::info!("badge {id} not in the attendee list");
                    let fresh = self.is_new_person(&[], Some(&id)) && self.start_new_person();
                    self.form.fill_from_badge(&[], Some(&id));
                    self.form.note_entry(Entry::Badge);
                    self.form.set_focus(crate::tui::form::Focus::FIRST);
                    self.say(
                        MessageKind::Warning,
                        new_person(fresh, strings::scan_unknown_id(&id)),
                    );
                    return;
                }
                Err(e) => {
                    tracing::error!("looking up badge {id}: {e}");
                    self.form.fill_from_badge(&[], Some(&id));
                    self.say(
                        MessageKind::Error,
                        strings::scan_lookup_failed(&id, &e.to_string()),
                    );
                    return;
                }
            },
        };
        let fresh = self.is_new_person(&values, id.as_deref()) && self.start_new_person();
        let replaced = self.form.fill_from_badge(&values, id.as_deref());
        self.form.note_entry(if id.is_some() {
            Entry::Lookup
        } else {
            Entry::Badge
        });
        self.form.focus_first_consent();
        let replaced: Vec<&str> = replaced
            .iter()
            .map(|f| strings::CONTACT_NAMES[*f as usize])
            .collect();
        let name = values
            .iter()
            .filter(|(f, _)| matches!(f, ContactField::FirstName | ContactField::LastName))
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let who = id.as_deref().map(|id| (id, name.as_str()));
        tracing::info!("badge scanned: {} fields filled", values.len());
        let text = new_person(
            fresh,
            strings::scan_filled(
                who,
                &crate::text::sanitize_line(&name),
                values.len(),
                &replaced,
            ),
        );
        self.say(
            if fresh {
                MessageKind::Warning
            } else {
                MessageKind::Info
            },
            text,
        );
    }
}

/// The status line after a scan: said first when the scan started a fresh form
/// for a different person.
fn new_person(fresh: bool, text: String) -> String {
    if fresh {
        format!("{} {text}", strings::NEW_ATTENDEE)
    } else {
        text
    }
}

/// The contact fields a badge carries, in form order.
fn prefill_values(p: &BadgePrefill) -> Vec<(ContactField, String)> {
    let values = [
        &p.first_name,
        &p.last_name,
        &p.email,
        &p.company,
        &p.job_title,
        &p.phone,
        &p.country,
    ];
    ContactField::ALL
        .into_iter()
        .zip(values)
        .filter_map(|(f, v)| v.clone().map(|v| (f, v)))
        .collect()
}
