//! Editing a saved lead (staff mode): the capture form, prefilled with the lead,
//! without the consent checkboxes (consents change only by withdrawal). Saving
//! applies the same lead rules as a capture (`build_lead`, keeping the lead's id,
//! provenance and consent records) and writes with `Store::update_lead`, which
//! audits the names of the changed fields.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::action::Action;
use super::form::FormState;
use super::form::view::FormView;
use super::keys::Binding;
use super::message::MessageKind;
use super::mode::BoothMode;
use super::strings::{self, hints, keys};
use super::theme::Theme;
use super::viewport::Viewport;
use crate::config::Event;
use crate::consent::ConsentMethod;
use crate::i18n;
use crate::lead::{Capture, ConsentDecision, Lead, LeadDraft, Provenance, build_lead, now_utc};
use crate::store::Store;
use crate::text::sanitize_line;

/// A lead being edited.
#[derive(Debug)]
pub struct LeadEdit {
    lead: Lead,
    /// The event without purposes: the shape of the edit form.
    event: Event,
    form: FormState,
    /// The form as prefilled, to tell whether anything changed.
    original: LeadDraft,
    title: String,
}

impl LeadEdit {
    /// The edit form for `lead` under `event`.
    pub fn new(lead: Lead, event: &Event, theme: Theme) -> Self {
        let mut event = event.clone();
        event.purposes.clear();
        let mut form = FormState::new(&event, BoothMode::Staff, theme);
        form.fill_from_lead(&lead, &event);
        let original = form.draft(&event);
        LeadEdit {
            title: strings::edit_title(&sanitize_line(&lead.display_name())),
            lead,
            event,
            form,
            original,
        }
    }

    /// The edit form.
    pub fn form(&self) -> &FormState {
        &self.form
    }

    /// The edited lead's id.
    pub fn lead_id(&self) -> String {
        self.lead.lead_id.to_string()
    }

    /// Whether anything differs from the lead as stored.
    pub fn changed(&self) -> bool {
        self.form.draft(&self.event) != self.original
    }

    /// The capture form's keys, without the policy (it is the attendee's, not
    /// an edit's) and with Esc to cancel.
    pub fn bindings(&self) -> Vec<Binding> {
        self.form
            .bindings()
            .into_iter()
            .filter(|b| b.action != Action::OpenPolicy)
            .map(|mut b| {
                if b.action == Action::Back {
                    b.hint = Some((keys::ESC, hints::cancel()));
                }
                b
            })
            .collect()
    }

    /// A form action (field movement, typing, choices). Returns why a paste or
    /// a typed character was refused, if it was.
    pub fn update(&mut self, action: Action) -> Option<String> {
        match action {
            Action::NextField => self.form.next_field(),
            Action::PrevField => self.form.prev_field(),
            Action::Jump(section) => self.form.jump(section),
            Action::Toggle => self.form.toggle(now_utc()),
            Action::Choose(delta) => self.form.choose(delta, &self.event),
            Action::Move(step) => self.form.move_within(step),
            Action::Edit(key) => return self.form.edit(key),
            Action::Paste(text) => return self.form.paste(&text).err(),
            _ => {}
        }
        None
    }

    /// Ctrl-S: checks the edit with the lead rules and saves it. Returns the
    /// message to show: the changed fields, or what is wrong (the form then
    /// keeps everything and marks the fields).
    pub fn save(
        &mut self,
        store: &mut Store,
        event: &Event,
        staff: &str,
    ) -> Result<String, (MessageKind, String)> {
        let lead = &self.lead;
        let mut draft = self.form.draft(&self.event);
        draft.badge_id = lead.badge_id.clone();
        // Consents are not edited (only withdrawn): the decisions are passed
        // through for the lead rules; the stored records stay as they are.
        draft.consents = lead
            .consents
            .iter()
            .map(|c| ConsentDecision::new(&c.purpose, c.granted))
            .collect();
        let capture = Capture {
            event,
            device_id: lead.device_id,
            captured_by: lead.captured_by.clone(),
            source: lead.source,
            method: ConsentMethod::StaffAssisted,
            now: now_utc(),
            os_user: crate::session::os_account(),
        };
        let provenance = Provenance {
            lead_id: Some(lead.lead_id),
            event_id: Some(lead.event_id.clone()),
            device_id: Some(lead.device_id),
            captured_at: Some(lead.captured_at),
            captured_by: Some(lead.captured_by.clone()),
            source: Some(lead.source),
            policy: Some(lead.policy.clone()),
        };
        let (edited, warnings) = match build_lead(&draft, &capture, &provenance) {
            Ok(built) => built,
            Err(errors) => {
                let elsewhere = self.form.show_errors(&errors, &self.event);
                let mut text = self.form.not_saved();
                for m in elsewhere {
                    text.push(' ');
                    text.push_str(&m);
                }
                return Err((MessageKind::Warning, text));
            }
        };
        let changed = store
            .update_lead(&edited, staff)
            .map_err(|e| (MessageKind::Error, strings::store_failed(&e)))?;
        tracing::info!("lead {} edited by {}: {changed:?}", edited.lead_id, staff);
        let mut text = if changed.is_empty() {
            strings::edit_unchanged().to_owned()
        } else {
            strings::edit_saved(&changed)
        };
        for w in &warnings {
            text.push(' ');
            text.push_str(&strings::warning(
                &w.field.to_string(),
                &w.message_in(i18n::staff()),
            ));
        }
        Ok(text)
    }

    /// What the last frame showed of the form (see [`Viewport`]).
    pub fn laid_out(&mut self, viewport: Viewport) {
        self.form.laid_out(viewport);
    }

    /// Draws the title and the form in `area`; returns the form's geometry.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) -> Option<Viewport> {
        if area.height < 2 {
            return None;
        }
        frame.render_widget(
            Paragraph::new(Line::styled(self.title.clone(), theme.heading)),
            Rect { height: 1, ..area },
        );
        FormView {
            form: &self.form,
            event: &self.event,
        }
        .render(
            frame,
            Rect::new(area.x, area.y + 1, area.width, area.height - 1),
        )
    }
}
