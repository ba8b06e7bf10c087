//! The app's side of badge scans: keys and pastes pass the scan detector
//! ([`crate::tui::scan`]) before they become actions, and a finished scan fills
//! the capture form.

use std::time::Instant;

use ratatui::crossterm::event::KeyEvent;

use super::{Action, App, MessageKind, Screen};
use crate::badge::{BadgePrefill, BadgeScan};
use crate::i18n::{self, Language, msg};
use crate::lead::Entry;
use crate::tui::form::ContactField;
use crate::tui::kiosk::ID_SCANS_PER_WINDOW;
use crate::tui::modal::Modal;
use crate::tui::scan::{Finished, Out};
use crate::tui::strings;

impl App {
    /// The language of the lines a badge scan gives (read, refused, cleared):
    /// at the kiosk, on the screens the attendee reads (the form, the attract
    /// and thank-you screens a scan starts a session from), the attendee's;
    /// on the staff booth, and on the staff's screens behind the kiosk's PIN,
    /// the staff language.
    pub(super) fn scan_language(&self) -> Language {
        let attendee_screen = matches!(
            self.screen,
            Screen::Form | Screen::Attract | Screen::ThankYou
        );
        if self.kiosk.is_some() && attendee_screen {
            self.attendee_language()
        } else {
            i18n::staff()
        }
    }

    /// A key press or repeat that arrived at `at` (`None`: at a person's pace).
    ///
    /// On every screen the scan detector sees it first and holds it until its
    /// burst is classified: a scan is read (or refused) whole, wherever it
    /// arrives; a burst that is not a scan types and moves between fields and
    /// nothing more (see [`allowed_in_burst`]); a lone key acts as usual.
    pub(super) fn key_event(&mut self, key: KeyEvent, at: Option<Instant>) -> bool {
        let was_capturing = self.scan.capturing();
        let outs = self.scan.on_key(&key, at);
        // A scan starting shows "Reading the badge…" until it ends.
        let started = !was_capturing && self.scan.capturing();
        self.act_on(outs) || started
    }

    /// Acts on what the scan detector let through, in order; true when
    /// something changed on screen.
    fn act_on(&mut self, outs: Vec<Out>) -> bool {
        let mut changed = false;
        for out in outs {
            changed |= match out {
                Out::Key { key, burst } => self.act_on_key(key, burst),
                Out::Done(done) => {
                    self.waking = false;
                    self.scan_finished(done);
                    true
                }
            };
        }
        changed
    }

    fn act_on_key(&mut self, key: KeyEvent, burst: bool) -> bool {
        if self.woken_by(burst) {
            tracing::debug!("a key that answered the kiosk's idle warning was not acted on");
            return true;
        }
        let Some(action) = self.action_for_key(key) else {
            return false;
        };
        if burst && !allowed_in_burst(&action) {
            tracing::debug!(?action, "a key at scanner speed was not acted on");
            return false;
        }
        self.update(action);
        true
    }

    /// A bracketed paste: on the capture form, a badge's text is a scan.
    pub(super) fn paste_event(&mut self, text: String) -> bool {
        let (before, scan) = self.scan.paste(&text);
        self.act_on(before);
        if let Some(done) = scan {
            self.scan_finished(done);
            return true;
        }
        self.update(Action::Paste(text));
        true
    }

    /// The loop starts waiting for input at `now`: the time spent since the last
    /// key (handling events, drawing) does not count as a gap between keys.
    pub fn listening(&mut self, now: Instant) {
        self.scan.listening(now);
    }

    /// When held keys or a scanner burst must be ended if no key comes (see
    /// [`crate::tui::scan::ScanDetector::deadline`]).
    pub fn scan_deadline(&self) -> Option<Instant> {
        self.scan.deadline()
    }

    /// The characters of the last scanner burst, as they came.
    pub fn last_burst(&self) -> &str {
        self.scan.last_burst()
    }

    /// Ends a scanner burst that has gone quiet (held keys act, a scan is
    /// read); true when the screen changed. Part of [`App::tick`]; tests on a
    /// clock of their own call it alone.
    pub fn scan_tick(&mut self, now: Instant) -> bool {
        let outs = self.scan.tick(now);
        self.act_on(outs)
    }

    /// Where a read badge goes: the capture form (the kiosk's attract and
    /// thank-you screens start a session for it); anywhere else, and under any
    /// dialog, it is refused whole with the reason, and the dialog keeps waiting
    /// for a person's answer.
    fn scan_landing(&mut self) -> Result<(), &'static str> {
        let lang = self.scan_language();
        match self.modal() {
            Some(Modal::Recover(_)) => return Err(strings::scan_refused_recover(lang)),
            Some(Modal::Pin { .. }) => return Err(strings::scan_refused_pin(lang)),
            Some(Modal::Confirm(_)) => return Err(strings::scan_refused_question(lang)),
            Some(Modal::Duplicate(_)) => return Err(strings::scan_refused_duplicate(lang)),
            None => {}
        }
        match self.screen {
            Screen::Form => Ok(()),
            Screen::Attract | Screen::ThankYou if self.kiosk.is_some() => {
                if matches!(self.screen, Screen::ThankYou) {
                    self.back_to_attract();
                }
                self.start_session();
                Ok(())
            }
            _ => Err(strings::scan_refused_screen(lang)),
        }
    }

    fn scan_finished(&mut self, done: Finished) {
        // The scanner check screen shows a scan; nothing else happens.
        if let Screen::ScannerCheck(c) = &mut self.screen {
            if let Finished::Scan(_) = &done {
                c.scanned(self.scan.scan_text());
            }
            return;
        }
        if let Finished::Scan(_) = &done
            && let Err(why) = self.scan_landing()
        {
            tracing::warn!("badge scan not read: {why}");
            self.say(MessageKind::Error, why.to_owned());
            return;
        }
        match done {
            Finished::Scan(Ok(scan)) => self.apply_scan(scan),
            Finished::Scan(Err(e)) => {
                tracing::warn!("badge scan not read: {e}");
                let text = strings::scan_failed(self.scan_language(), &e.to_string());
                self.say(MessageKind::Error, text);
            }
            Finished::Cancelled => {
                let text = strings::scan_cancelled(self.scan_language());
                self.say(MessageKind::Info, text.into());
            }
            Finished::Ignored(n) => {
                let mut text = self
                    .message
                    .take()
                    .map(|m| m.text + " ")
                    .unwrap_or_default();
                text.push_str(&strings::scan_ignored(self.scan_language(), n));
                self.say(MessageKind::Warning, text);
            }
        }
    }

    /// Whether a scan bringing `values` (and registration ID `id`) is a different
    /// person from the one on the form: it would replace a name or email already
    /// there with another, the form holds another badge's ID, or the badge
    /// carries no name while the form has one.
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
        // A badge without a name (a phone-only vCard) cannot show it is the
        // person already on the form: their ticks must not carry over to it.
        let named =
            |f: &ContactField| matches!(f, ContactField::FirstName | ContactField::LastName);
        let nameless_over_named = id.is_none()
            && !values.iter().any(|(f, _)| named(f))
            && [ContactField::FirstName, ContactField::LastName]
                .iter()
                .any(|f| !self.form.contact(*f).value().trim().is_empty());
        replaces_identity || other_badge || nameless_over_named
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
        let lang = self.scan_language();
        let (values, id) = match scan {
            BadgeScan::Contact(prefill) => (prefill_values(&prefill), None),
            BadgeScan::RegistrationId(_) if self.kiosk.is_some() => {
                let now = self.now;
                let answered = self.kiosk.as_mut().is_some_and(|k| k.allow_id_scan(now));
                if answered {
                    tracing::info!("kiosk: a registration ID was scanned; not looked up");
                    let text = self.attendee_text(msg::KIOSK_ID_NOT_LOOKED_UP);
                    self.say(MessageKind::Warning, text.into());
                } else {
                    tracing::warn!(
                        "kiosk: more than {ID_SCANS_PER_WINDOW} registration IDs a minute; ignored"
                    );
                    let text = self.attendee_text(msg::KIOSK_ID_SCANS_LIMITED);
                    self.say(MessageKind::Warning, text.into());
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
                        new_person(lang, fresh, strings::scan_unknown_id(lang, &id)),
                    );
                    return;
                }
                Err(e) => {
                    tracing::error!("looking up badge {id}: {e}");
                    self.form.fill_from_badge(&[], Some(&id));
                    self.say(
                        MessageKind::Error,
                        strings::scan_lookup_failed(lang, &id, &e.to_string()),
                    );
                    return;
                }
            },
        };
        // Codes are staff jargon: an attendee at the kiosk reads the country's
        // name ("Germany", saved as DE all the same).
        let to_attendee = self.kiosk.is_some();
        let values: Vec<(ContactField, String)> = values
            .into_iter()
            .map(|(f, v)| match f {
                ContactField::Country => (f, crate::country::shown(&v, to_attendee)),
                _ => (f, v),
            })
            .collect();
        let fresh = self.is_new_person(&values, id.as_deref()) && self.start_new_person();
        let replaced = self.form.fill_from_badge(&values, id.as_deref());
        self.form.note_entry(if id.is_some() {
            Entry::Lookup
        } else {
            Entry::Badge
        });
        self.form.focus_after_scan();
        let replaced: Vec<&str> = replaced
            .iter()
            .map(|f| strings::contact_names(lang)[*f as usize])
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
            lang,
            fresh,
            strings::scan_filled(
                lang,
                fresh,
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
fn new_person(lang: Language, fresh: bool, text: String) -> String {
    if fresh {
        format!("{} {text}", strings::new_attendee(lang))
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

/// What a key that came at scanner speed, in a burst that is not a scan, may do:
/// type, move between fields and within lists, enter the staff PIN (people and
/// password managers type fast). Never tick a consent, choose an answer or the
/// rating, save, clear, answer a question or the draft offer.
fn allowed_in_burst(action: &Action) -> bool {
    matches!(
        action,
        Action::Edit(_)
            | Action::Paste(_)
            | Action::NextField
            | Action::PrevField
            | Action::Jump(_)
            | Action::Move(_)
            | Action::Search
            | Action::Start
            | Action::StartTyping(_)
            | Action::SubmitPin
    )
}
