//! The app's side of the lead screens: actions on the lead list, a lead's
//! details and its edit form go to [`LeadList`](crate::tui::leads::LeadList)
//! with what it needs from the app, and its outcome becomes a message, a
//! question or a change of screen.

use super::{Action, App, Screen};
use crate::tui::confirm::Confirm;
use crate::tui::leads::{Ctx, Outcome};

impl App {
    /// An action while the lead screens are on show.
    pub(super) fn update_leads(&mut self, action: Action) {
        let data = self.data_dir();
        let Screen::Leads(leads) = &mut self.screen else {
            return;
        };
        let mut ctx = Ctx {
            store: &mut self.store,
            data: &data,
            event: &self.event,
            staff: &self.staff,
            theme: self.theme,
            today: crate::tui::when::local_date((self.clock)()),
        };
        let outcome = leads.update(action, &mut ctx);
        self.leads_outcome(outcome);
        self.drop_other_leads_message();
    }

    /// The lead on show in the details, if any.
    fn lead_on_show(&self) -> Option<String> {
        self.screen
            .leads()
            .and_then(|l| l.detail())
            .map(|d| d.lead().lead_id.to_string())
    }

    /// A message about one lead (a withdrawal, an edit) goes when that lead is
    /// no longer on show: it must not stand on another lead's screen.
    pub(super) fn drop_other_leads_message(&mut self) {
        if let Some(about) = &self.message_about
            && self.lead_on_show().as_ref() != Some(about)
        {
            self.message_about = None;
            self.message = None;
        }
    }

    /// `y` to a question the lead screens asked.
    pub(super) fn confirm_leads(&mut self, question: Confirm) {
        let data = self.data_dir();
        let Screen::Leads(leads) = &mut self.screen else {
            return;
        };
        let mut ctx = Ctx {
            store: &mut self.store,
            data: &data,
            event: &self.event,
            staff: &self.staff,
            theme: self.theme,
            today: crate::tui::when::local_date((self.clock)()),
        };
        let outcome = match question {
            Confirm::EraseLead => leads.erase(&mut ctx),
            Confirm::WithdrawConsent => leads.withdraw(&mut ctx),
            Confirm::DiscardEdit => leads.discard_edit(&mut ctx),
            Confirm::ClearForm | Confirm::ClearKiosk(_) | Confirm::Quit | Confirm::QuitWithLead => {
                Outcome::Nothing
            }
        };
        self.leads_outcome(outcome);
        if question == Confirm::EraseLead {
            self.recount();
        }
    }
    fn leads_outcome(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Nothing => {}
            // Kiosk: leaving the list locks it again (rows dropped, attract or form).
            Outcome::Close if self.kiosk.is_some() => self.leave_lead_list(),
            Outcome::Close => self.screen = Screen::Form,
            Outcome::Ask(question) => self.confirm = Some(question),
            Outcome::Say(kind, text) => {
                self.say(kind, text);
                self.message_about = self.lead_on_show();
            }
        }
    }
}
