//! The [`App`]'s drafts (staff mode): keep the half-typed form in the store as
//! the person types, offer it back at start, delete it once the lead is saved,
//! cleared or discarded. Kiosk mode keeps none (its [`DraftKeeper`] is disabled).
//!
//! [`DraftKeeper`]: crate::tui::draft::DraftKeeper

use super::{App, MessageKind};
use crate::tui::draft::{RecoverOffer, Written};
use crate::tui::form::Focus;
use crate::tui::strings;

impl App {
    /// At start: offer the draft the last session left (an unreadable one is
    /// deleted and reported).
    pub(super) fn offer_draft(&mut self) {
        if !self.drafts.enabled() {
            return;
        }
        match RecoverOffer::load(&self.store) {
            Ok(offer) => self.recovery = offer,
            Err(message) => self.say(MessageKind::Warning, message),
        }
    }

    /// After every action: the form may have changed. Written at once when focus
    /// moved, else at most once per [`DEBOUNCE`](crate::tui::draft::DEBOUNCE).
    /// Nothing is written while the start-up offer is open: it would replace the
    /// draft on offer.
    pub(super) fn keep_draft(&mut self, focus_before: Focus) {
        // A confirmed quit has just deleted the draft of the form it abandons.
        if !self.drafts.enabled() || self.recovery.is_some() || self.quit {
            return;
        }
        self.drafts.touch();
        if self.form.focus() != focus_before || self.drafts.due(self.now) {
            self.write_draft();
        }
    }

    /// From the tick: the last keys of a burst are written a second later.
    pub(super) fn tick_draft(&mut self) -> bool {
        if self.recovery.is_none() && self.drafts.due(self.now) {
            return self.write_draft();
        }
        false
    }

    /// Writes what is pending now: the booth is closing on a signal (a closed
    /// lid, a logout), so the form survives until the next start.
    pub fn flush_draft(&mut self) {
        if self.drafts.enabled() && self.recovery.is_none() && !self.quit {
            self.drafts.touch();
            self.write_draft();
        }
    }

    fn write_draft(&mut self) -> bool {
        let w = self
            .drafts
            .write(&self.store, &self.form, &self.event, self.now);
        self.report_draft(w)
    }

    /// The form was saved, cleared or discarded: its draft goes at once.
    pub(super) fn forget_draft(&mut self) {
        let w = self.drafts.forget(&self.store);
        self.report_draft(w);
    }

    fn report_draft(&mut self, w: Written) -> bool {
        match w {
            Written::Failed(e) => {
                self.say(MessageKind::Warning, strings::draft_failed(&e));
                true
            }
            Written::Nothing | Written::Done => false,
        }
    }

    /// "Recover": the draft goes back on the form (it stays stored until saved).
    pub(super) fn recover_draft(&mut self) {
        let Some(offer) = self.recovery.take() else {
            return;
        };
        self.form.clear(&self.event);
        let lost = offer.draft().restore(&mut self.form, &self.event);
        self.attendee_lang = self.form.language();
        tracing::info!(language = %self.attendee_lang, "draft recovered");
        self.drafts.adopt(offer.into_json());
        if lost.is_empty() {
            self.say(MessageKind::Warning, strings::recovered().to_owned());
        } else {
            self.say(
                MessageKind::Warning,
                strings::recovered_without(&lost.join(", ")),
            );
        }
    }

    /// "Discard": the draft is deleted.
    pub(super) fn discard_draft(&mut self) {
        if self.recovery.take().is_some() {
            tracing::info!("draft discarded");
            self.forget_draft();
            self.say(MessageKind::Info, strings::discarded().to_owned());
        }
    }
}
