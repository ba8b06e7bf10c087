//! The booth application: one [`App`] owns all state. The [`Screen`] (which
//! owns its own state) and the open dialog ([`App::modal`]) decide which keys
//! apply and what is drawn; a key becomes an [`Action`], the action updates state
//! (and the store), and drawing only reads state: what a frame learns about a
//! scrolled view comes back as a [`Viewport`](super::viewport::Viewport)
//! ([`App::laid_out`]).

use std::time::Instant;

use chrono::{DateTime, Utc};
use ratatui::crossterm::event::{
    Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, MouseEventKind,
};

use super::action::{Action, Step};
use super::attract::Attract;
use super::confirm::Confirm;
use super::draft::{DraftKeeper, RecoverOffer};
use super::duplicate::DuplicateOffer;
use super::export::ExportScreen;
use super::form::FormState;
use super::keys::{self, Binding, KeyCombo};
use super::kiosk::Kiosk;
use super::leads::LeadList;
use super::message::{MESSAGE_TTL, Message, MessageKind};
use super::modal::Modal;
use super::mode::{BoothMode, Staffing};
use super::policy::{PolicyDoc, PolicyView};
use super::receipt::Receipt;
use super::scan::ScanDetector;
use super::screen::{Screen, ScreenKind};
use super::staff::StaffPicker;
use super::stats::StatsScreen;
use super::strings::{self, hints};
use super::theme::Theme;
use crate::config::Event;
use crate::i18n::{self, Language, arg, msg, msg::kiosk_words as kw, msg::show_day};
use crate::lead::{Capture, Provenance, Source, build_lead, now_utc};
use crate::store::Store;
use crate::text::sanitize_line;

mod drafting;
mod drawing;
mod kiosk_mode;
mod lead_screens;
mod scanning;

/// Smallest terminal the booth draws on.
pub const MIN_WIDTH: u16 = 80;
/// Smallest terminal the booth draws on.
pub const MIN_HEIGHT: u16 = 24;

/// The booth.
pub struct App {
    event: Event,
    store: Store,
    mode: BoothMode,
    staff: String,
    screen: Screen,
    confirm: Option<Confirm>,
    /// The capture form: kept while the policy, lead list or export screen is on
    /// show, so the attendee's entries wait for them.
    form: FormState,
    /// The policy made ready to show once per language, when first shown (the
    /// screen's state is in [`Screen::Policy`]).
    policies: [std::cell::OnceCell<PolicyDoc>; Language::ALL.len()],
    /// The language of the attract and thank-you screens: the attendee's choice
    /// so far (on the form, the form's own language decides).
    attendee_lang: Language,
    scan: ScanDetector,
    /// Leads on file (erased ones not counted), as the lead list counts them.
    lead_count: u64,
    message: Option<Message>,
    theme: Theme,
    /// The theme the booth started with; the contrast key goes back to it.
    start_theme: Theme,
    clock: fn() -> DateTime<Utc>,
    /// The removable media mounted now, for F5 (tests give their own).
    media: fn() -> Vec<crate::media::Medium>,
    /// The laptop's UTC offset: the statistics screen's day and hours.
    utc_offset: chrono::FixedOffset,
    /// Time of the event or tick being handled (tests drive it).
    now: Instant,
    /// Kiosk mode only.
    kiosk: Option<Kiosk>,
    attract: Attract,
    drafts: DraftKeeper,
    recovery: Option<RecoverOffer>,
    /// A save held back: the person was captured before at this event.
    duplicate: Option<DuplicateOffer>,
    /// The receipt of the lead just saved, on show until the next input (staff)
    /// or the end of the thank-you screen (kiosk).
    receipt: Option<Receipt>,
    /// The receipt's heading when it is not "Saved." (a lead captured before,
    /// updated).
    receipt_heading: Option<String>,
    /// Fields marked by the refused save the message line talks about (0: it
    /// talks about none); the message follows as they are fixed.
    refused_fields: usize,
    /// The lead (id) whose details the message line talks about.
    message_about: Option<String>,
    /// Messages said so far ([`App::say`]): tells a message said while an
    /// action ran from one said before it.
    said: u64,
    /// Kiosk: the attract screen showed the policy's QR code (the next
    /// attendee saw it before starting).
    attract_qr_shown: bool,
    /// Kiosk: a key came while "Still there?" was on show; it only answers the
    /// warning once the scan detector lets it through.
    waking: bool,
    /// Kiosk: the seconds the "Still there?" countdown showed at the last tick.
    warned_secs: Option<u64>,
    quit: bool,
    /// Frames drawn by [`App::run`](super::App::run): one per batch of events.
    pub(super) draws: u64,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The screen's kind only: its state may hold leads.
        f.debug_struct("App")
            .field("screen", &self.screen.kind())
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
        let lead_count = store.leads_on_file()?;
        let now = Instant::now();
        let kiosk = match mode {
            BoothMode::Kiosk => Some(Kiosk::new(&event, &store, now)?),
            BoothMode::Staff => None,
        };
        let attract = Attract::new(&event);
        let attendee_lang = event.default_language();
        let (staff, screen) = match staffing {
            Staffing::Known(name) => (name, kiosk_mode::home(mode)),
            Staffing::Pick(names) if !names.is_empty() => {
                (String::new(), Screen::PickStaff(StaffPicker::new(names)))
            }
            Staffing::Pick(_) => (crate::session::os_user(), kiosk_mode::home(mode)),
        };
        let mut app = App {
            form: FormState::new(&event, mode, theme),
            policies: Default::default(),
            attendee_lang,
            event,
            store,
            mode,
            staff,
            screen,
            confirm: None,
            scan: ScanDetector::default(),
            lead_count,
            message: None,
            theme,
            start_theme: theme,
            clock: now_utc,
            media: crate::media::removable_media,
            utc_offset: crate::session::local_offset(),
            now,
            kiosk,
            attract,
            drafts: DraftKeeper::new(mode == BoothMode::Staff),
            recovery: None,
            duplicate: None,
            receipt: None,
            receipt_heading: None,
            refused_fields: 0,
            message_about: None,
            said: 0,
            attract_qr_shown: false,
            waking: false,
            warned_secs: None,
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

    /// Offers `media` as the removable media mounted now on the export screen
    /// (tests give their own; the mount table otherwise).
    pub fn with_media(mut self, media: fn() -> Vec<crate::media::Medium>) -> Self {
        self.media = media;
        self
    }

    /// Counts the statistics screen's day and hours in `offset` (tests pin it;
    /// the laptop's local offset otherwise).
    pub fn with_utc_offset(mut self, offset: chrono::FixedOffset) -> Self {
        self.utc_offset = offset;
        self
    }

    /// The figures on the statistics screen, when it is on show.
    pub fn shown_stats(&self) -> Option<&crate::stats::BoothStats> {
        match &self.screen {
            Screen::Stats(s) => s.stats(),
            _ => None,
        }
    }

    /// Staff or kiosk mode.
    pub fn mode(&self) -> BoothMode {
        self.mode
    }

    /// True once the booth should close.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The screen on show, with its state.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The open confirmation, if any.
    pub fn confirm(&self) -> Option<Confirm> {
        self.confirm
    }

    /// The open dialog, which takes every key: the draft offer first, then the
    /// staff PIN, then a question. Key dispatch, the hint bar and drawing all
    /// ask this one method.
    pub fn modal(&self) -> Option<Modal<'_>> {
        if let Some(offer) = &self.recovery {
            return Some(Modal::Recover(offer));
        }
        if let Some(k) = &self.kiosk
            && let Some(dialog) = k.dialog()
        {
            return Some(Modal::Pin {
                dialog,
                locked: k.locked_for(self.now),
            });
        }
        if let Some(d) = &self.duplicate {
            return Some(Modal::Duplicate(d));
        }
        self.confirm.map(Modal::Confirm)
    }

    /// The capture form.
    pub fn form(&self) -> &FormState {
        &self.form
    }

    /// The receipt of the lead just saved, while it is on show.
    pub fn receipt(&self) -> Option<&Receipt> {
        self.receipt.as_ref()
    }

    /// Staff mode: the receipt shows until the next input, which closes it.
    /// Returns true when the input was only for closing it (Esc, Enter).
    fn close_receipt_for(&mut self, event: &TermEvent) -> bool {
        if self.receipt.is_none() || self.kiosk.is_some() {
            return false;
        }
        let closing_only = match event {
            TermEvent::Key(k) if k.kind == KeyEventKind::Release => return false,
            TermEvent::Key(k) => matches!(k.code, KeyCode::Esc | KeyCode::Enter),
            TermEvent::Mouse(m) => !matches!(m.kind, MouseEventKind::Moved),
            TermEvent::Paste(_) => false,
            _ => return false,
        };
        self.receipt = None;
        closing_only
    }

    /// The policy screen's state, while it is on show.
    pub fn policy(&self) -> Option<&PolicyView> {
        match &self.screen {
            Screen::Policy(p) => Some(p),
            _ => None,
        }
    }

    /// The lead screens' state (as loaded when the list was opened), while they
    /// are on show.
    pub fn leads(&self) -> Option<&LeadList> {
        self.screen.leads()
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

    /// The keys the current screen accepts, most useful first; the hint bar shows
    /// the hinted ones.
    pub fn bindings(&self) -> Vec<Binding> {
        if let Some(modal) = self.modal() {
            return modal.bindings();
        }
        let on_form = matches!(self.screen, Screen::Form);
        if on_form && self.scan.armed() {
            return vec![Binding::shown(
                KeyCombo::plain(KeyCode::Esc),
                Action::Back,
                strings::keys::ESC,
                hints::cancel_scan(),
            )];
        }
        let mut b = match &self.screen {
            Screen::PickStaff(_) => StaffPicker::bindings(),
            Screen::Form => self.form.bindings(),
            Screen::Policy(_) => PolicyView::bindings(self.hint_language()),
            Screen::Leads(l) => l.bindings(),
            Screen::Attract => Attract::bindings(
                self.attendee_lang,
                (self.event.languages.len() > 1)
                    .then(|| self.event.next_language(self.attendee_lang)),
            ),
            Screen::ThankYou => Attract::thanks_bindings(self.attendee_lang),
            Screen::Export(e) => e.bindings(),
            Screen::Stats(_) => StatsScreen::bindings(),
            Screen::ScannerCheck(_) => super::scanner_check::ScannerCheck::bindings(),
        };
        self.add_guarded_bindings(&mut b);
        if self.mode.can_quit() {
            b.push(
                Binding::shown(
                    KeyCombo::ctrl('q'),
                    Action::Quit,
                    strings::keys::CTRL_Q,
                    hints::quit(),
                )
                .kept(),
            );
        }
        if on_form && self.mode.has_lead_list() {
            b.push(
                Binding::shown(
                    KeyCombo::plain(KeyCode::F(2)),
                    Action::OpenLeads,
                    strings::keys::F2,
                    hints::leads(),
                )
                .kept(),
            );
            b.push(
                Binding::shown(
                    KeyCombo::plain(KeyCode::F(5)),
                    Action::OpenExport,
                    strings::keys::F5,
                    hints::export(),
                )
                .kept(),
            );
        }
        if on_form {
            b.push(
                Binding::shown(
                    KeyCombo::plain(KeyCode::F(3)),
                    Action::ScanBadge,
                    strings::keys::F3,
                    // The attendee reads it at the kiosk.
                    if self.kiosk.is_some() {
                        self.attendee_text(msg::HINT_SCAN)
                    } else {
                        hints::scan()
                    },
                )
                .kept(),
            );
        }
        // F9 always works on the staff form; the hint bar names it once the
        // scanner has typed something (before, the bar's room goes to the keys
        // of a first capture).
        if on_form && self.mode.has_lead_list() {
            let key = KeyCombo::plain(KeyCode::F(9));
            b.push(if self.scan.last_burst().is_empty() {
                Binding::new(key, Action::OpenScannerCheck)
            } else {
                Binding::shown(
                    key,
                    Action::OpenScannerCheck,
                    strings::keys::F9,
                    hints::scanner_check(),
                )
            });
        }
        // Kept (issue 17: the statistics key is listed in the hint bar): at 80
        // columns F1 and Esc give way; the notice itself names F1.
        if on_form && self.mode.has_statistics() {
            b.push(
                Binding::shown(
                    KeyCombo::plain(KeyCode::F(6)),
                    Action::OpenStats,
                    strings::keys::F6,
                    hints::stats(),
                )
                .kept(),
            );
        }
        // The language key: kept at the kiosk, where the attendee must find
        // it however narrow the bar; on the staff form, listed after the last kept
        // hint, it is the first to give way, before any hint is shortened.
        // An event that offers one language has no language key.
        if on_form && self.event.languages.len() > 1 {
            let language =
                super::attract::language_binding(self.event.next_language(self.form.language()));
            b.push(if self.kiosk.is_some() {
                language.kept()
            } else {
                language
            });
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
        if self.note_input(&event) {
            return true;
        }
        if self.close_receipt_for(&event) {
            return true;
        }
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
            if let Some(modal) = self.modal() {
                return modal.unbound_key(key);
            }
            match self.screen {
                Screen::Form | Screen::Leads(_) => Some(Action::Edit(key)),
                Screen::Export(ref e) if e.takes_text() => Some(Action::Edit(key)),
                Screen::ScannerCheck(_) => Some(Action::Edit(key)),
                // Kiosk: any key moves on from the attract and thank-you
                // screens; a letter is the first of the attendee's name.
                Screen::Attract if starts_a_name(&key) => Some(Action::StartTyping(key)),
                Screen::Attract => Some(Action::Start),
                Screen::ThankYou => Some(Action::Finish),
                _ => None,
            }
        })
    }

    /// Applies one action (while a dialog is open, only the ones it takes).
    pub fn update(&mut self, action: Action) {
        if self.modal().is_some_and(|m| !m.accepts(&action)) {
            return;
        }
        let focus = self.form.focus();
        let (screen, said) = (self.screen.kind(), self.said);
        self.apply(action);
        self.leave_message_behind(screen, said);
        self.follow_fixes();
        self.drop_other_leads_message();
        self.keep_draft(focus);
    }

    /// A message belongs to the screen it was said on: when an action moves to
    /// another screen, what was said before it goes ("Not saved: fix the marked
    /// field" is about the form, not the export or statistics screen), and
    /// does not come back with the form (the marks beside its fields stay). A
    /// message the action itself said is about where it led, and stays.
    fn leave_message_behind(&mut self, screen: ScreenKind, said: u64) {
        if self.screen.kind() != screen && self.said == said {
            self.message = None;
            self.refused_fields = 0;
            self.message_about = None;
        }
    }

    /// "Not saved: fix the 2 marked fields" counts down as fields are fixed
    /// and goes once none is left marked.
    fn follow_fixes(&mut self) {
        if self.refused_fields == 0 {
            return;
        }
        let left = self.form.error_count();
        if left == self.refused_fields {
            return;
        }
        self.refused_fields = left;
        if left == 0 {
            self.message = None;
        } else if let Some(m) = &mut self.message {
            m.text = self.form.not_saved();
        }
    }

    fn apply(&mut self, action: Action) {
        // The lead screens route their own keys, unless a dialog is up.
        if matches!(self.screen, Screen::Leads(_))
            && self.modal().is_none()
            && !matches!(action, Action::Confirm | Action::Cancel | Action::Quit)
        {
            return self.update_leads(action);
        }
        match action {
            Action::NextField => self.form.next_field(),
            Action::PrevField => self.form.prev_field(),
            Action::Jump(section) => self.form.jump(section),
            Action::Toggle => self.form.toggle((self.clock)()),
            Action::Choose(delta) => self.form.choose(delta, &self.event),
            Action::Move(step) => match &mut self.screen {
                Screen::Form => self.form.move_within(step),
                Screen::Policy(p) => p.step(step),
                Screen::Leads(l) => l.step(step),
                Screen::PickStaff(p) => p.step(step),
                Screen::Export(e) => e.step(step),
                Screen::Attract | Screen::ThankYou | Screen::Stats(_) => {}
                Screen::ScannerCheck(_) => {}
            },
            Action::Edit(key) => {
                let pin = matches!(self.modal(), Some(Modal::Pin { .. }));
                match &mut self.screen {
                    _ if pin => self.type_pin(key),
                    Screen::Form => {
                        if let Some(message) = self.form.edit(key) {
                            self.say(MessageKind::Error, message);
                        }
                    }
                    Screen::Export(e) => e.edit(key),
                    Screen::ScannerCheck(c) => c.key(&key, self.now),
                    _ => {}
                }
            }
            Action::Paste(text) => {
                if let Screen::ScannerCheck(c) = &mut self.screen {
                    c.scanned(&text);
                }
                if matches!(self.screen, Screen::Form)
                    && let Err(message) = self.form.paste(&text)
                {
                    self.say(MessageKind::Error, message);
                }
            }
            Action::Save => self.save(),
            Action::UpdateDuplicate => self.update_duplicate(),
            Action::SaveAsNew => {
                if let Some(offer) = self.duplicate.take() {
                    self.store_new(offer.lead, offer.warnings);
                }
            }
            Action::Back => self.back(),
            Action::OpenPolicy => {
                // From the kiosk's attract screen the attendee's session starts
                // here, in the language chosen there: the policy is read in it,
                // and Esc comes back to a form in it (both were the event's).
                self.start_session();
                if matches!(self.screen, Screen::Form) {
                    self.form.note_policy_opened();
                }
                self.screen = Screen::Policy(PolicyView::default());
            }
            Action::OpenLeads => {
                if self.mode.has_lead_list() {
                    self.open_leads();
                } else {
                    self.ask_pin(super::pin::Guarded::Leads);
                }
            }
            Action::Quit if !self.mode.can_quit() => self.ask_pin(super::pin::Guarded::Quit),
            Action::Quit if self.screen.export_running() => {
                self.say(MessageKind::Warning, strings::export_busy().to_owned())
            }
            Action::Quit if self.form.is_blank() && !self.has_unsaved_edit() => self.quit = true,
            Action::Quit if !self.form.is_blank() && self.mode == BoothMode::Staff => {
                self.confirm = Some(Confirm::QuitWithLead)
            }
            Action::Quit => self.confirm = Some(Confirm::Quit),
            Action::QuitKeepingDraft => {
                if self.confirm.take() == Some(Confirm::QuitWithLead) {
                    self.flush_draft();
                    self.quit = true;
                }
            }
            Action::Confirm => match self.confirm.take() {
                Some(Confirm::ClearForm) => {
                    self.form.clear(&self.event);
                    self.forget_draft();
                    // At the kiosk the next attendee reads it, in the form's
                    // (reset) language; on the staff form, the staff.
                    let text = if self.kiosk.is_some() {
                        self.attendee_text(msg::FORM_CLEARED)
                    } else {
                        strings::cleared()
                    };
                    self.say(MessageKind::Info, text.to_owned());
                }
                Some(Confirm::ClearKiosk(_)) => {
                    self.form.clear(&self.event);
                    self.forget_draft();
                    // The cleared form is the next attendee's, in its (reset)
                    // language: they read the line, not the one who left.
                    let text = self.attendee_text(msg::FORM_CLEARED).to_owned();
                    self.say(MessageKind::Info, text);
                }
                Some(Confirm::Quit | Confirm::QuitWithLead) => {
                    self.forget_draft();
                    self.quit = true;
                }
                Some(c) => self.confirm_leads(c),
                None => {}
            },
            Action::Cancel => {
                self.confirm = None;
                self.duplicate = None;
                self.close_pin_dialog();
            }
            Action::PickStaff => {
                if let Screen::PickStaff(p) = &self.screen {
                    self.staff = p.selected().to_owned();
                    tracing::info!(staff = %self.staff, "staff picked");
                    self.screen = kiosk_mode::home(self.mode);
                }
            }
            Action::Start => self.start_session(),
            Action::SwitchLanguage => self.switch_language(),
            Action::ToggleContrast => self.toggle_contrast(),
            Action::StartTyping(key) => {
                self.start_session();
                if matches!(self.screen, Screen::Form)
                    && let Some(message) = self.form.edit(key)
                {
                    self.say(MessageKind::Error, message);
                }
            }
            Action::Finish => self.back_to_attract(),
            Action::SubmitPin => self.submit_pin(),
            Action::RecoverDraft => self.recover_draft(),
            Action::DiscardDraft => self.discard_draft(),
            Action::OpenExport => {
                if self.mode.has_lead_list() {
                    let media = (self.media)();
                    let export =
                        ExportScreen::with_media(&self.store, &self.event, &self.data_dir(), media);
                    self.screen = Screen::Export(Box::new(export));
                }
            }
            Action::OpenStats => {
                if self.mode.has_statistics() && matches!(self.screen, Screen::Form) {
                    let stats = StatsScreen::open(
                        &self.store,
                        &self.event,
                        self.utc_offset,
                        (self.clock)(),
                    );
                    self.screen = Screen::Stats(Box::new(stats));
                }
            }
            Action::OpenScannerCheck => {
                if self.mode.has_lead_list() && matches!(self.screen, Screen::Form) {
                    let check = super::scanner_check::ScannerCheck::new(self.scan.last_burst());
                    self.screen = Screen::ScannerCheck(Box::new(check));
                }
            }
            Action::StartExport => {
                let data = self.data_dir();
                if let Screen::Export(e) = &mut self.screen {
                    e.start(&self.event, &data, &self.staff);
                }
            }
            Action::ScanBadge => {
                if matches!(self.screen, Screen::Form) {
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
        match &self.screen {
            Screen::Leads(_) if self.kiosk.is_some() => self.leave_lead_list(),
            Screen::Policy(_) | Screen::Leads(_) => self.screen = Screen::Form,
            Screen::Form if self.form.is_blank() && self.kiosk.is_some() => self.back_to_attract(),
            Screen::Form if self.form.is_blank() => self.message = None,
            Screen::Form if self.kiosk.is_some() => {
                self.confirm = Some(Confirm::ClearKiosk(self.form.language()))
            }
            Screen::Form => self.confirm = Some(Confirm::ClearForm),
            Screen::Export(e) if e.running() => {
                self.say(MessageKind::Warning, strings::export_busy().to_owned())
            }
            Screen::Export(_) | Screen::Stats(_) | Screen::ScannerCheck(_) => {
                self.screen = Screen::Form
            }
            Screen::PickStaff(_) | Screen::Attract | Screen::ThankYou => {}
        }
    }

    /// The lead list, read from the store now.
    fn open_leads(&mut self) {
        let today = crate::tui::when::local_date((self.clock)());
        self.screen = Screen::Leads(Box::new(LeadList::load(
            &self.store,
            today,
            &self.event.purposes,
        )));
        self.recount();
    }

    /// Counts the leads on file again (after an erasure, or when the list
    /// opens: a `leads erase` from the command line may have run meanwhile), so
    /// the header agrees with the list. A failed count keeps the last one.
    pub(super) fn recount(&mut self) {
        match self.store.leads_on_file() {
            Ok(n) => self.lead_count = n,
            Err(e) => tracing::error!("counting leads: {e}"),
        }
    }

    /// A lead's edit form on show with changes not saved yet.
    fn has_unsaved_edit(&self) -> bool {
        self.screen.leads().is_some_and(LeadList::has_unsaved_edit)
    }

    /// The data dir: the folder of the booth database.
    pub(super) fn data_dir(&self) -> crate::paths::DataDir {
        crate::paths::DataDir::new(
            self.store
                .path()
                .parent()
                .unwrap_or(std::path::Path::new(".")),
        )
    }

    fn say(&mut self, kind: MessageKind, text: String) {
        self.said = self.said.wrapping_add(1);
        self.refused_fields = 0;
        self.message_about = None;
        let until = match kind {
            MessageKind::Error => None,
            _ => Some(Instant::now() + MESSAGE_TTL),
        };
        self.message = Some(Message {
            // Line breaks kept: the message line wraps a message of several
            // lines (an error and its cause) rather than showing the first.
            text: crate::text::sanitize_for_terminal(&text, true).into_owned(),
            kind,
            until,
        });
    }

    /// Ends a scanner burst that has gone quiet, clears an expired message, writes
    /// a due draft, runs the kiosk's timers; true when something changed on screen.
    pub fn tick(&mut self, now: Instant) -> bool {
        self.now = now;
        let exported = match &mut self.screen {
            Screen::Export(e) => e.poll(),
            Screen::Stats(st) => {
                st.refresh(&self.store, &self.event, self.utc_offset, (self.clock)())
            }
            _ => false,
        };
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
            os_user: crate::session::os_account(),
        };
        let (lead, warnings) = match build_lead(&draft, &capture, &Provenance::default()) {
            Ok(built) => built,
            Err(errors) => {
                let elsewhere = self.form.show_errors(&errors, &self.event);
                let mut text = self.form.not_saved();
                // A message about something off the form stays until the next save.
                let refused = if elsewhere.is_empty() {
                    self.form.error_count()
                } else {
                    0
                };
                for m in elsewhere {
                    text.push(' ');
                    text.push_str(&m);
                }
                self.say(MessageKind::Warning, text);
                self.refused_fields = refused;
                return;
            }
        };
        // Staff only: in kiosk mode the next attendee must not learn who was
        // here before (the central import dedupes by email).
        if self.kiosk.is_none() {
            match self.store.find_duplicate(&lead) {
                Ok(Some(duplicate)) => {
                    let today = crate::tui::when::local_date((self.clock)());
                    self.duplicate = Some(DuplicateOffer::new(duplicate, lead, warnings, today));
                    // What was said before ("Saved. 3 leads captured.") is
                    // about the lead before, not this one's question.
                    self.message = None;
                    return;
                }
                Ok(None) => {}
                Err(e) => {
                    tracing::error!("duplicate check for lead {}: {e}", lead.lead_id);
                    self.say(
                        MessageKind::Warning,
                        strings::duplicate_check_failed(&e.to_string()),
                    );
                }
            }
        }
        self.store_new(lead, warnings);
    }

    /// Saves `lead` as a new lead (durably): the form clears for the next
    /// attendee and the message line confirms with the count and `warnings`.
    fn store_new(&mut self, lead: crate::lead::Lead, warnings: Vec<crate::lead::Warning>) {
        if let Err(e) = self.store.save_lead(&lead, &self.staff, "lead_saved") {
            tracing::error!("saving lead {}: {e}", lead.lead_id);
            self.say(MessageKind::Error, strings::store_failed(&e));
            return;
        }
        tracing::info!("lead {} saved by {}", lead.lead_id, self.staff);
        self.lead_count = self
            .store
            .leads_on_file()
            .unwrap_or(self.lead_count.saturating_add(1));
        let lang = self.form.language();
        self.attendee_lang = lang;
        self.form.clear(&self.event);
        self.forget_draft();
        self.receipt = Receipt::of(&lead, &self.event, lang);
        self.receipt_heading = None;
        if self.kiosk.is_some() {
            self.thank();
            return;
        }
        let mut text = strings::saved(self.lead_count);
        for w in &warnings {
            text.push(' ');
            text.push_str(&strings::warning(
                &w.field.to_string(),
                &w.message_in(i18n::staff()),
            ));
        }
        let kind = if warnings.is_empty() {
            MessageKind::Info
        } else {
            MessageKind::Warning
        };
        self.say(kind, text);
    }

    /// `u` on "captured before": the lead captured before takes today's details
    /// and today's consent decisions ([`Store::recapture`]); the form clears.
    fn update_duplicate(&mut self) {
        let Some(offer) = self.duplicate.take() else {
            return;
        };
        let saved_id = offer.duplicate.lead_id.clone();
        let merged = match self.store.recapture(&saved_id, &offer.lead, &self.staff) {
            Ok(merged) => merged,
            Err(e) => {
                tracing::error!("updating lead {saved_id} captured again: {e}");
                self.say(MessageKind::Error, strings::store_failed(&e));
                return;
            }
        };
        tracing::info!("lead {saved_id} captured again by {}", self.staff);
        let lang = self.form.language();
        self.form.clear(&self.event);
        self.forget_draft();
        self.receipt = Receipt::of(&merged, &self.event, lang);
        let mut text = strings::duplicate_updated(&merged.display_name());
        self.receipt_heading = Some(text.clone());
        for w in &offer.warnings {
            text.push(' ');
            text.push_str(&strings::warning(
                &w.field.to_string(),
                &w.message_in(i18n::staff()),
            ));
        }
        let kind = if offer.warnings.is_empty() {
            MessageKind::Info
        } else {
            MessageKind::Warning
        };
        self.say(kind, text);
    }
}

/// The attendee's language.
impl App {
    /// The language the attendee reads now: the form's on the form and the
    /// screens it opens, the attract and thank-you screens' own before and after.
    pub fn attendee_language(&self) -> Language {
        match self.screen {
            Screen::Attract | Screen::ThankYou => self.attendee_lang,
            _ => self.form.language(),
        }
    }

    /// The language the hint bar names keys in: the attendee's at the kiosk
    /// (they press the keys), the staff language on the staff booth.
    pub(super) fn hint_language(&self) -> Language {
        if self.kiosk.is_some() {
            self.attendee_language()
        } else {
            i18n::staff()
        }
    }

    /// Message `id` in the attendee's language.
    pub(super) fn attendee_text(&self, id: i18n::Msg) -> &'static str {
        i18n::text(self.attendee_language(), id)
    }

    /// The policy, ready to show in the attendee's language.
    pub(super) fn policy_doc(&self) -> &PolicyDoc {
        let lang = self.attendee_language();
        let i = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        self.policies[i].get_or_init(|| PolicyDoc::new(&self.event, &self.theme, lang))
    }

    /// The contrast key (kiosk attract screen): high contrast, or back to the
    /// theme the booth started with. Like the language, it is this attendee's
    /// choice: the next attendee starts in the booth's own theme (the event
    /// file's `[kiosk] theme` or `--theme`, which the booth team chose and
    /// which stays) — see [`App::reset_contrast`].
    fn toggle_contrast(&mut self) {
        let high = Theme::high_contrast();
        if self.start_theme == Theme::monochrome() {
            // NO_COLOR: no colour at all, and monochrome is already the
            // plainest contrast the terminal has.
            return;
        }
        self.theme = if self.theme == high && self.start_theme != high {
            self.start_theme
        } else if self.theme == high {
            Theme::color()
        } else {
            high
        };
        self.form.set_theme(self.theme);
        // The policy screens were laid out in the old styles.
        self.policies = Default::default();
        tracing::info!(high_contrast = self.theme == high, "contrast key");
    }

    /// The next attendee starts in the theme the booth started with: an
    /// attendee's F7 lasts for that attendee only.
    pub(super) fn reset_contrast(&mut self) {
        if self.theme != self.start_theme {
            self.theme = self.start_theme;
            self.form.set_theme(self.theme);
            self.policies = Default::default();
            tracing::info!("contrast back to the booth's theme for the next attendee");
        }
    }

    /// Whether some part of the notice above the consent boxes is shown in
    /// the event's default language to an attendee who picked `lang` (the
    /// event file words it, but not under `[translation.<lang>.notice]`).
    fn notice_stays_in_default(&self, lang: Language) -> bool {
        if lang == self.event.default_language() {
            return false;
        }
        let own = &self.event.notice;
        let shown = self.event.notice_in(lang);
        [
            (&own.retention, &shown.retention),
            (&own.rights, &shown.rights),
            (&own.withdraw, &shown.withdraw),
            (&own.transfers, &shown.transfers),
        ]
        .iter()
        .any(|(own, shown)| !own.is_empty() && own == shown)
    }

    /// The language key: the next language, for this attendee only. On the
    /// form, what was typed stays; a consent ticked under the other wording is
    /// cleared and the attendee is told which to tick again (never silently).
    fn switch_language(&mut self) {
        match self.screen {
            Screen::Attract => self.attendee_lang = self.event.next_language(self.attendee_lang),
            Screen::Form => {
                let lang = self.event.next_language(self.form.language());
                let cleared = self.form.switch_language(lang, &self.event);
                self.attendee_lang = lang;
                tracing::info!(language = %lang, ticks_cleared = cleared.len(), "attendee language");
                // Every tick a switch cleared and not given again, this
                // switch's or an earlier one's: a second quick press must
                // not leave them unticked without a word.
                let cleared = self.form.ticks_to_give_again().to_vec();
                // The short word (`E-Mail`), as the receipt names it: whole
                // wordings made a message that 80x24 cut after the first purpose.
                let words = |is: &[usize]| -> String {
                    is.iter()
                        .map(|i| sanitize_line(&self.event.purposes[*i].word(lang)).into_owned())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                // Purposes the event words only in its default language stay
                // in it: the line says so rather than "now in German".
                let kept: Vec<usize> = (0..self.event.purposes.len())
                    .filter(|i| self.event.purpose_label(*i, lang).language != lang)
                    .collect();
                // The notice above the boxes, where the event does not word it
                // in this language, stays in the default one too: the line
                // names it rather than say the form is now all in `lang`.
                let mut kept_words: Vec<String> = Vec::new();
                if self.notice_stays_in_default(lang) {
                    kept_words.push(i18n::text(lang, show_day::LANGUAGE_KEPT_NOTICE).to_owned());
                }
                if !kept.is_empty() {
                    kept_words.push(words(&kept));
                }
                let kept_text = kept_words.join(", ");
                let default = arg(self.event.default_language().code());
                let (kind, text) = match (cleared.is_empty(), kept_text.is_empty()) {
                    (true, true) => (
                        MessageKind::Info,
                        i18n::text(lang, msg::LANGUAGE_SWITCHED).to_owned(),
                    ),
                    (false, true) => (
                        MessageKind::Warning,
                        i18n::format(
                            lang,
                            msg::LANGUAGE_TICKS_CLEARED,
                            [("purposes", arg(&words(&cleared)))],
                        ),
                    ),
                    (true, false) => (
                        MessageKind::Info,
                        i18n::format(
                            lang,
                            kw::LANGUAGE_SWITCHED_PARTLY,
                            [("default", default), ("kept", arg(&kept_text))],
                        ),
                    ),
                    (false, false) => (
                        MessageKind::Warning,
                        i18n::format(
                            lang,
                            kw::LANGUAGE_TICKS_CLEARED_PARTLY,
                            [
                                ("default", default),
                                ("kept", arg(&kept_text)),
                                ("purposes", arg(&words(&cleared))),
                            ],
                        ),
                    ),
                };
                self.say(kind, text);
            }
            _ => {}
        }
    }
}

/// Whether `key`, pressed on the kiosk's attract screen, is the first letter
/// of the attendee's first name (the field the form opens on): a letter in any
/// script, without Ctrl or Alt. Enter, Space, digits and punctuation only
/// start the form: nobody's name begins with them, and "press any key" invites
/// them.
fn starts_a_name(key: &KeyEvent) -> bool {
    use ratatui::crossterm::event::KeyModifiers;
    let chord = key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    matches!(key.code, KeyCode::Char(c) if c.is_alphabetic()) && !chord
}
