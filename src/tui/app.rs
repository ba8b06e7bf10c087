//! The booth application: one [`App`] owns all state. The [`Screen`] (and an open
//! confirmation) decides which keys apply and what is drawn; a key becomes an
//! [`Action`], the action updates state (and the store), and drawing only reads
//! state.

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::crossterm::event::{
    Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, MouseEventKind,
};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::attract::Attract;
use super::confirm::Confirm;
use super::draft::{DraftKeeper, RecoverOffer};
use super::export::ExportScreen;
use super::form::FormState;
use super::form::view::FormView;
use super::keys::{self, Binding, HintBar, KeyCombo};
use super::kiosk::Kiosk;
use super::leads::LeadList;
use super::pin::PinDialog;
use super::policy::PolicyView;
use super::scan::ScanDetector;
use super::staff::StaffPicker;
use super::strings::{self, hints};
use super::theme::Theme;
use crate::config::Event;
use crate::consent::ConsentMethod;
use crate::lead::{Capture, Provenance, Source, build_lead, now_utc};
use crate::store::Store;
use crate::text::sanitize_line;

mod drafting;
mod kiosk_mode;
mod lead_screens;
mod scanning;

/// Smallest terminal the booth draws on.
pub const MIN_WIDTH: u16 = 80;
/// Smallest terminal the booth draws on.
pub const MIN_HEIGHT: u16 = 24;
/// How long a confirmation or warning stays in the message line.
pub const MESSAGE_TTL: Duration = Duration::from_secs(10);

/// Who drives the booth. The differences between staff and kiosk mode (the
/// attendee at the keyboard) are asked of this type, not scattered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoothMode {
    /// Staff type with the attendee present.
    Staff,
    /// The attendee types; no rating, notes, lead list or quitting without a PIN.
    Kiosk,
}

impl BoothMode {
    /// Rating and notes are on the form.
    pub fn has_staff_fields(self) -> bool {
        self == BoothMode::Staff
    }

    /// F2 opens the lead list.
    pub fn has_lead_list(self) -> bool {
        self == BoothMode::Staff
    }

    /// Ctrl-Q quits (kiosk mode asks for the staff PIN instead).
    pub fn can_quit(self) -> bool {
        self == BoothMode::Staff
    }

    /// The lead's source.
    pub fn source(self) -> Source {
        match self {
            BoothMode::Staff => Source::Staff,
            BoothMode::Kiosk => Source::Kiosk,
        }
    }

    /// How consent is collected.
    pub fn method(self) -> ConsentMethod {
        match self {
            BoothMode::Staff => ConsentMethod::StaffAssisted,
            BoothMode::Kiosk => ConsentMethod::SelfService,
        }
    }
}

/// Who is capturing, as far as known at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Staffing {
    /// `--staff` or the OS user.
    Known(String),
    /// Ask with the picker: the event's staff list (not empty).
    Pick(Vec<String>),
}

/// The screen on show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Choosing who captures.
    PickStaff,
    /// The capture form.
    Form,
    /// The privacy policy.
    Policy,
    /// The lead list.
    Leads,
    /// Kiosk mode: waiting for the next attendee.
    Attract,
    /// Kiosk mode: thanks after a save.
    ThankYou,
    /// Writing a signed batch (F5, staff mode).
    Export,
}

/// A movement in a list, a scrolled text or among choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// One up.
    Up,
    /// One down.
    Down,
    /// A page up.
    PageUp,
    /// A page down.
    PageDown,
    /// To the start.
    Top,
    /// To the end.
    Bottom,
}

impl Step {
    /// Where `pos` goes for this step, within `0..=last`, a page being `page`
    /// rows. Every list, scrolled text and picker moves through this one rule;
    /// `usize::MAX` as the page makes PgUp/PgDn jump to the ends (short lists).
    pub fn apply(self, pos: usize, page: usize, last: usize) -> usize {
        match self {
            Step::Up => pos.saturating_sub(1),
            Step::Down => pos.saturating_add(1),
            Step::PageUp => pos.saturating_sub(page),
            Step::PageDown => pos.saturating_add(page),
            Step::Top => 0,
            Step::Bottom => last,
        }
        .min(last)
    }
}

/// Everything a key (or paste, or mouse wheel) can ask of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Focus the next field.
    NextField,
    /// Focus the previous field.
    PrevField,
    /// Tick or untick the focused checkbox (or the highlighted choice).
    Toggle,
    /// Cycle a single choice or the rating by this many places.
    Choose(isize),
    /// Move within a list, text or multiple choice.
    Move(Step),
    /// A key for the focused text field.
    Edit(KeyEvent),
    /// Pasted text for the focused text field.
    Paste(String),
    /// Save the lead.
    Save,
    /// Esc: close the screen, or offer to clear the form.
    Back,
    /// Show the policy.
    OpenPolicy,
    /// Show the lead list.
    OpenLeads,
    /// Quit (asks first when the form has content).
    Quit,
    /// "y" in a confirmation.
    Confirm,
    /// "n" or Esc in a confirmation.
    Cancel,
    /// Enter in the staff picker.
    PickStaff,
    /// Kiosk: any key on the attract screen opens the form.
    Start,
    /// Kiosk: any key on the thank-you screen returns to the attract screen.
    Finish,
    /// Enter in the PIN dialog.
    SubmitPin,
    /// Take back the draft offered at start.
    RecoverDraft,
    /// Throw away the draft offered at start.
    DiscardDraft,
    /// F3: take the next burst or paste as a badge scan.
    ScanBadge,
    /// F5: open the export screen.
    OpenExport,
    /// Enter on the export screen: write the batch.
    StartExport,
    /// `/` in the lead list: focus the search box.
    Search,
    /// Enter in the lead list: show the highlighted lead.
    OpenLead,
    /// `e` on a lead's details: edit it.
    EditLead,
    /// `x` on a lead's details: erase it (asks first).
    EraseLead,
    /// `w` on a lead's details: pick a consent to withdraw (asks first).
    WithdrawConsent,
}

/// How a message in the message line reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    /// Something done.
    Info,
    /// Something to check.
    Warning,
    /// Something that failed.
    Error,
}

/// The message line's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Sanitised text.
    pub text: String,
    /// How it reads.
    pub kind: MessageKind,
    /// When it disappears; `None` stays until replaced.
    pub until: Option<Instant>,
}

/// The booth.
pub struct App {
    event: Event,
    store: Store,
    mode: BoothMode,
    staff: String,
    screen: Screen,
    confirm: Option<Confirm>,
    form: FormState,
    policy: PolicyView,
    leads: LeadList,
    export: Option<ExportScreen>,
    picker: Option<StaffPicker>,
    scan: ScanDetector<FormState>,
    lead_count: u64,
    message: Option<Message>,
    theme: Theme,
    clock: fn() -> DateTime<Utc>,
    /// Time of the event or tick being handled (tests drive it).
    now: Instant,
    /// Kiosk mode only.
    kiosk: Option<Kiosk>,
    attract: Attract,
    drafts: DraftKeeper,
    recovery: Option<RecoverOffer>,
    quit: bool,
    /// Frames drawn by [`App::run`](super::App::run): one per batch of events.
    pub(super) draws: u64,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("screen", &self.screen)
            .field("mode", &self.mode)
            .finish_non_exhaustive()
    }
}

impl App {
    /// The booth on `event` and `store`, opening on the capture form (kiosk: the
    /// attract screen; or on the staff picker when who captures is to be asked).
    /// Staff mode offers a draft left by the last session.
    ///
    /// Errors: the store cannot count its leads; kiosk mode without a staff PIN.
    pub fn new(
        event: Event,
        store: Store,
        mode: BoothMode,
        staffing: Staffing,
        theme: Theme,
    ) -> Result<Self, super::StartError> {
        let lead_count = store.count_leads()?;
        let now = Instant::now();
        let kiosk = match mode {
            BoothMode::Kiosk => Some(Kiosk::new(&event, &store, now)?),
            BoothMode::Staff => None,
        };
        let home = kiosk_mode::home(mode);
        let attract = Attract::new(&event);
        let (staff, picker, screen) = match staffing {
            Staffing::Known(name) => (name, None, home),
            Staffing::Pick(names) if !names.is_empty() => (
                String::new(),
                Some(StaffPicker::new(names)),
                Screen::PickStaff,
            ),
            Staffing::Pick(_) => (crate::session::os_user(), None, home),
        };
        let mut app = App {
            form: FormState::new(&event, mode, theme),
            policy: PolicyView::new(&event.policy),
            leads: LeadList::default(),
            export: None,
            event,
            store,
            mode,
            staff,
            screen,
            confirm: None,
            picker,
            scan: ScanDetector::default(),
            lead_count,
            message: None,
            theme,
            clock: now_utc,
            now,
            kiosk,
            attract,
            drafts: DraftKeeper::new(mode == BoothMode::Staff),
            recovery: None,
            quit: false,
            draws: 0,
        };
        app.offer_draft();
        Ok(app)
    }

    /// Uses `clock` for capture times (tests pin it).
    pub fn with_clock(mut self, clock: fn() -> DateTime<Utc>) -> Self {
        self.clock = clock;
        self
    }

    /// Staff or kiosk mode.
    pub fn mode(&self) -> BoothMode {
        self.mode
    }

    /// True once the booth should close.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The screen on show.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The open confirmation, if any.
    pub fn confirm(&self) -> Option<Confirm> {
        self.confirm
    }

    /// The capture form.
    pub fn form(&self) -> &FormState {
        &self.form
    }

    /// The policy view.
    pub fn policy(&self) -> &PolicyView {
        &self.policy
    }

    /// The lead list (as loaded when it was opened).
    pub fn leads(&self) -> &LeadList {
        &self.leads
    }

    /// The message line.
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// Who is capturing (empty until picked).
    pub fn staff(&self) -> &str {
        &self.staff
    }

    /// The store (tests read what was saved).
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The store, to write to it from tests.
    #[cfg(test)]
    pub(super) fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    /// The keys the current screen accepts, most useful first; the hint bar shows
    /// the hinted ones.
    pub fn bindings(&self) -> Vec<Binding> {
        if self.recovery.is_some() {
            return RecoverOffer::bindings();
        }
        if self.pin_dialog().is_some() {
            return PinDialog::bindings();
        }
        if let Some(c) = self.confirm {
            return c.bindings();
        }
        if self.screen == Screen::Form && self.scan.armed() {
            return vec![Binding::shown(
                KeyCombo::plain(KeyCode::Esc),
                Action::Back,
                strings::keys::ESC,
                hints::CANCEL_SCAN,
            )];
        }
        let mut b = match self.screen {
            Screen::PickStaff => StaffPicker::bindings(),
            Screen::Form => self.form.bindings(),
            Screen::Policy => PolicyView::bindings(),
            Screen::Leads => self.leads.bindings(),
            Screen::Attract => Attract::bindings(),
            Screen::ThankYou => Attract::thanks_bindings(),
            Screen::Export => self
                .export
                .as_ref()
                .map(ExportScreen::bindings)
                .unwrap_or_default(),
        };
        self.add_guarded_bindings(&mut b);
        if self.mode.can_quit() {
            b.push(Binding::shown(
                KeyCombo::ctrl('q'),
                Action::Quit,
                strings::keys::CTRL_Q,
                hints::QUIT,
            ));
        }
        if self.screen == Screen::Form && self.mode.has_lead_list() {
            b.push(Binding::shown(
                KeyCombo::plain(KeyCode::F(2)),
                Action::OpenLeads,
                strings::keys::F2,
                hints::LEADS,
            ));
        }
        if self.screen == Screen::Form && self.mode.has_lead_list() {
            b.push(Binding::shown(
                KeyCombo::plain(KeyCode::F(5)),
                Action::OpenExport,
                strings::keys::F5,
                hints::EXPORT,
            ));
        }
        if self.screen == Screen::Form {
            b.push(Binding::shown(
                KeyCombo::plain(KeyCode::F(3)),
                Action::ScanBadge,
                strings::keys::F3,
                hints::SCAN,
            ));
        }
        b
    }

    /// Handles one terminal event as if typed at a person's pace (never part of a
    /// scanner burst). Returns false when the event was ignored (then nothing
    /// needs redrawing).
    pub fn handle_event(&mut self, event: TermEvent) -> bool {
        self.handle(event, None, Instant::now())
    }

    /// Handles one terminal event that arrived at `at`: the real loop's path.
    /// Arrival times tell a scanner's burst from a person's typing (see
    /// [`super::scan`]) and drive the kiosk's idle timer; tests pass their own clock.
    pub fn handle_event_at(&mut self, event: TermEvent, at: Instant) -> bool {
        self.handle(event, Some(at), at)
    }

    fn handle(&mut self, event: TermEvent, at: Option<Instant>, now: Instant) -> bool {
        self.now = now;
        self.note_input(&event);
        let action = match event {
            // Windows reports releases too; only presses and repeats act.
            TermEvent::Key(key) if key.kind == KeyEventKind::Release => None,
            TermEvent::Key(key) => return self.key_event(key, at),
            TermEvent::Paste(text) => return self.paste_event(text),
            TermEvent::Mouse(m) => match m.kind {
                MouseEventKind::ScrollUp => Some(Action::Move(Step::Up)),
                MouseEventKind::ScrollDown => Some(Action::Move(Step::Down)),
                MouseEventKind::Down(_) => self.click_action(),
                _ => None,
            },
            // A resize needs only the redraw that follows.
            TermEvent::Resize(..) => return true,
            _ => None,
        };
        match action {
            Some(action) => {
                self.update(action);
                true
            }
            None => false,
        }
    }

    fn action_for_key(&self, key: KeyEvent) -> Option<Action> {
        let bindings = self.bindings();
        keys::action_for(&bindings, &key).or_else(|| {
            if self.recovery.is_some() || self.confirm.is_some() {
                return None;
            }
            if self.pin_dialog().is_some() {
                return Some(Action::Edit(key));
            }
            match self.screen {
                Screen::Form | Screen::Leads => Some(Action::Edit(key)),
                // Kiosk: any key moves on from the attract and thank-you screens.
                Screen::Attract => Some(Action::Start),
                Screen::ThankYou => Some(Action::Finish),
                _ => None,
            }
        })
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        if self.recovery.is_some() && !matches!(action, Action::RecoverDraft | Action::DiscardDraft)
        {
            return; // only recover or discard while the offer is open
        }
        if self.pin_dialog().is_some()
            && !matches!(action, Action::Edit(_) | Action::SubmitPin | Action::Cancel)
        {
            return; // only the PIN, Enter and Esc while the PIN is asked
        }
        if self.confirm.is_some() && !matches!(action, Action::Confirm | Action::Cancel) {
            return; // only y / n / Esc while a confirmation is open
        }
        let focus = self.form.focus();
        self.apply(action);
        self.keep_draft(focus);
    }

    fn apply(&mut self, action: Action) {
        // The lead screens route their own keys, unless the PIN dialog is up.
        if self.screen == Screen::Leads
            && self.pin_dialog().is_none()
            && !matches!(action, Action::Confirm | Action::Cancel | Action::Quit)
        {
            return self.update_leads(action);
        }
        match action {
            Action::NextField => self.form.next_field(),
            Action::PrevField => self.form.prev_field(),
            Action::Toggle => self.form.toggle(),
            Action::Choose(delta) => self.form.choose(delta, &self.event),
            Action::Move(step) => match self.screen {
                Screen::Form => self.form.move_within(step),
                Screen::Policy => self.policy.step(step),
                Screen::Leads => self.leads.step(step),
                Screen::PickStaff => {
                    if let Some(p) = &mut self.picker {
                        p.step(step);
                    }
                }
                Screen::Attract | Screen::ThankYou | Screen::Export => {}
            },
            Action::Edit(key) => {
                if self.pin_dialog().is_some() {
                    self.type_pin(key);
                } else if self.screen == Screen::Form {
                    self.form.edit(key);
                }
            }
            Action::Paste(text) => {
                if self.screen == Screen::Form
                    && let Err(message) = self.form.paste(&text)
                {
                    self.say(MessageKind::Error, message);
                }
            }
            Action::Save => self.save(),
            Action::Back => self.back(),
            Action::OpenPolicy => {
                self.policy.reset();
                self.screen = Screen::Policy;
            }
            Action::OpenLeads => {
                if self.mode.has_lead_list() {
                    self.leads = LeadList::load(&self.store);
                    self.screen = Screen::Leads;
                } else {
                    self.ask_pin(super::pin::Guarded::Leads);
                }
            }
            Action::Quit if !self.mode.can_quit() => self.ask_pin(super::pin::Guarded::Quit),
            Action::Quit if self.export.as_ref().is_some_and(ExportScreen::running) => {
                self.say(MessageKind::Warning, strings::EXPORT_BUSY.to_owned())
            }
            Action::Quit if self.form.is_blank() && !self.leads.has_unsaved_edit() => {
                self.quit = true
            }
            Action::Quit => self.confirm = Some(Confirm::Quit),
            Action::Confirm => match self.confirm.take() {
                Some(Confirm::ClearForm) => {
                    self.form.clear(&self.event);
                    self.forget_draft();
                    self.say(MessageKind::Info, strings::CLEARED.to_owned());
                }
                Some(Confirm::Quit) => {
                    self.forget_draft();
                    self.quit = true;
                }
                Some(c) => self.confirm_leads(c),
                None => {}
            },
            Action::Cancel => {
                self.confirm = None;
                self.close_pin_dialog();
            }
            Action::PickStaff => {
                if let Some(p) = self.picker.take() {
                    self.staff = p.selected().to_owned();
                    tracing::info!(staff = %self.staff, "staff picked");
                    self.screen = kiosk_mode::home(self.mode);
                }
            }
            Action::Start => self.start_session(),
            Action::Finish => self.back_to_attract(),
            Action::SubmitPin => self.submit_pin(),
            Action::RecoverDraft => self.recover_draft(),
            Action::DiscardDraft => self.discard_draft(),
            Action::OpenExport => {
                if self.mode.has_lead_list() {
                    self.export = Some(ExportScreen::open(
                        &self.store,
                        &self.event,
                        &self.data_dir(),
                    ));
                    self.screen = Screen::Export;
                }
            }
            Action::StartExport => {
                let data = self.data_dir();
                if let Some(e) = &mut self.export {
                    e.start(&self.event, &data, &self.staff);
                }
            }
            Action::ScanBadge => {
                if self.screen == Screen::Form {
                    self.scan.arm();
                }
            }
            // The lead screens' own actions (routed to them above).
            Action::Search
            | Action::OpenLead
            | Action::EditLead
            | Action::EraseLead
            | Action::WithdrawConsent => {}
        }
    }

    fn back(&mut self) {
        match self.screen {
            Screen::Leads if self.kiosk.is_some() => self.leave_lead_list(),
            Screen::Policy | Screen::Leads => self.screen = Screen::Form,
            Screen::Form if self.form.is_blank() && self.kiosk.is_some() => self.back_to_attract(),
            Screen::Form if self.form.is_blank() => self.message = None,
            Screen::Form => self.confirm = Some(Confirm::ClearForm),
            Screen::Export if self.export.as_ref().is_some_and(ExportScreen::running) => {
                self.say(MessageKind::Warning, strings::EXPORT_BUSY.to_owned())
            }
            Screen::Export => {
                self.export = None;
                self.screen = Screen::Form;
            }
            Screen::PickStaff | Screen::Attract | Screen::ThankYou => {}
        }
    }

    /// The data dir: the folder of the booth database.
    fn data_dir(&self) -> crate::paths::DataDir {
        crate::paths::DataDir::new(
            self.store
                .path()
                .parent()
                .unwrap_or(std::path::Path::new(".")),
        )
    }

    fn say(&mut self, kind: MessageKind, text: String) {
        let until = match kind {
            MessageKind::Error => None,
            _ => Some(Instant::now() + MESSAGE_TTL),
        };
        self.message = Some(Message {
            text: sanitize_line(&text).into_owned(),
            kind,
            until,
        });
    }

    /// Ends a scanner burst that has gone quiet, clears an expired message, writes
    /// a due draft, runs the kiosk's timers; true when something changed on screen.
    pub fn tick(&mut self, now: Instant) -> bool {
        self.now = now;
        let exported = self.export.as_mut().is_some_and(ExportScreen::poll);
        let scanned = self.scan_tick(now) || exported;
        let drafted = self.tick_draft();
        if self.tick_kiosk() {
            return true;
        }
        if self
            .message
            .as_ref()
            .and_then(|m| m.until)
            .is_some_and(|t| now >= t)
        {
            self.message = None;
            return true;
        }
        drafted || scanned
    }

    /// Ctrl-S: builds the lead; refused, the form keeps everything and shows each
    /// message beside its field; saved (durably), the form clears for the next
    /// attendee and the message line confirms with the count.
    fn save(&mut self) {
        let draft = self.form.draft(&self.event);
        let capture = Capture {
            event: &self.event,
            device_id: self.store.device_id(),
            captured_by: self.staff.clone(),
            source: if self.form.scanned() {
                Source::Badge
            } else {
                self.mode.source()
            },
            method: self.mode.method(),
            now: (self.clock)(),
        };
        let (lead, warnings) = match build_lead(&draft, &capture, &Provenance::default()) {
            Ok(built) => built,
            Err(errors) => {
                let elsewhere = self.form.show_errors(&errors, &self.event);
                let mut text = strings::not_saved(self.form.error_count());
                for m in elsewhere {
                    text.push(' ');
                    text.push_str(&m);
                }
                self.say(MessageKind::Warning, text);
                return;
            }
        };
        if let Err(e) = self.store.save_lead(&lead, &self.staff, "lead_saved") {
            tracing::error!("saving lead {}: {e}", lead.lead_id);
            self.say(MessageKind::Error, strings::store_failed(&e.to_string()));
            return;
        }
        tracing::info!("lead {} saved by {}", lead.lead_id, self.staff);
        self.lead_count = self
            .store
            .count_leads()
            .unwrap_or(self.lead_count.saturating_add(1));
        self.form.clear(&self.event);
        self.forget_draft();
        if self.kiosk.is_some() {
            self.thank();
            return;
        }
        let mut text = strings::saved(self.lead_count);
        for w in &warnings {
            text.push(' ');
            text.push_str(&strings::warning(&w.field.to_string(), &w.message));
        }
        let kind = if warnings.is_empty() {
            MessageKind::Info
        } else {
            MessageKind::Warning
        };
        self.say(kind, text);
    }

    /// Draws the whole screen from state.
    pub fn draw(&self, frame: &mut Frame) {
        let area = frame.area();
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            frame.render_widget(
                Paragraph::new(strings::TOO_SMALL).wrap(Wrap { trim: true }),
                area,
            );
            return;
        }
        let [top, body, message, hint_bar] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        self.draw_status_line(frame, top);
        let body = Rect {
            x: body.x + 1,
            width: body.width - 1,
            ..body
        };
        match self.screen {
            Screen::PickStaff => {
                if let Some(p) = &self.picker {
                    p.render(frame, body, &self.theme);
                }
            }
            Screen::Form => FormView {
                form: &self.form,
                event: &self.event,
            }
            .render(frame, body),
            Screen::Policy => self.policy.render(frame, body, &self.theme),
            Screen::Leads => self.leads.render(frame, body, &self.theme),
            Screen::Attract => self.attract.render(frame, body, &self.theme),
            Screen::ThankYou => Attract::render_thanks(frame, body, &self.theme),
            Screen::Export => {
                if let Some(e) = &self.export {
                    e.render(frame, body, &self.theme);
                }
            }
        }
        if self.screen == Screen::Form && self.scan.capturing() {
            let text = if self.scan.armed() {
                strings::SCAN_ARMED
            } else {
                strings::SCAN_READING
            };
            frame.render_widget(
                Paragraph::new(Line::styled(format!(" {text}"), self.theme.warning)),
                message,
            );
        } else if let Some(m) = &self.message {
            let style = match m.kind {
                MessageKind::Info => self.theme.ok,
                MessageKind::Warning => self.theme.warning,
                MessageKind::Error => self.theme.error,
            };
            frame.render_widget(
                Paragraph::new(Line::styled(format!(" {}", m.text), style)),
                message,
            );
        }
        let hints = keys::hints(&self.bindings());
        frame.render_widget(
            HintBar {
                hints: &hints,
                theme: &self.theme,
            },
            hint_bar,
        );
        if let Some(c) = self.confirm {
            c.render(frame, body, &self.theme);
        }
        self.draw_dialogs(frame, body);
    }

    fn draw_status_line(&self, frame: &mut Frame, area: Rect) {
        let mut spans = vec![Span::raw(format!(" {}", sanitize_line(&self.event.name)))];
        if self.kiosk.is_some() {
            spans.push(Span::raw(format!("  │  {}", strings::SELF_SERVICE)));
        } else if !self.staff.is_empty() {
            spans.push(Span::raw(format!(
                "  │  {}: {}",
                strings::STAFF,
                sanitize_line(&self.staff)
            )));
        }
        spans.push(Span::raw(format!(
            "  │  {}",
            strings::lead_count(self.lead_count)
        )));
        frame.render_widget(
            Paragraph::new(Line::from(spans)).style(self.theme.status_bar),
            area,
        );
    }
}
