//! The one harness for the booth [`App`] in process ([`TuiBooth`]): the real
//! app on a store in a temporary data dir, staff or kiosk mode, its events
//! stamped with a test clock (`App::handle_event_at`, the loop's own path),
//! scripted batches through the real loop, and frames drawn on a `TestBackend`
//! and handed back as the loop does (`App::draw_on`).
#![allow(dead_code)]

use std::collections::VecDeque;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use leadbooth::config::Event;
use leadbooth::consent::ConsentMethod;
use leadbooth::lead::{
    Capture, ConsentDecision, Contact, Lead, LeadDraft, Provenance, Source, build_lead,
};
use leadbooth::paths::DataDir;
use leadbooth::pin::PIN_SETTING;
use leadbooth::store::Store;
use leadbooth::tui::form::Focus;
use leadbooth::tui::theme::Theme;
use leadbooth::tui::{App, BoothMode, EventSource, Staffing};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyModifiers};

use super::{Booth, badges};

/// Gap between a person's keys.
pub const PERSON: Duration = Duration::from_millis(150);
/// Gap between a scanner's keys.
pub const SCANNER: Duration = Duration::from_millis(2);
/// The staff PIN of kiosk booths opened with [`Options::kiosk`].
pub const PIN: &str = "2468";

/// The capture time of booths opened with [`Options::clock`]`(fixed_now)`.
pub fn fixed_now() -> DateTime<Utc> {
    "2026-11-29T10:15:03Z".parse().unwrap()
}

/// An Argon2id hash of `pin` with tiny parameters: the real check
/// (`leadbooth::pin::verify_pin` reads the parameters from the hash) without
/// half a second per attempt in a debug build.
pub fn cheap_pin_hash(pin: &str) -> String {
    use argon2::password_hash::{PasswordHasher, SaltString};
    use argon2::{Algorithm, Argon2, Params, Version};
    let salt = SaltString::encode_b64(b"leadbooth-tests!").unwrap();
    Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(8, 1, 1, None).unwrap(),
    )
    .hash_password(pin.as_bytes(), &salt)
    .unwrap()
    .to_string()
}

/// How a [`TuiBooth`] opens: the demo event, staff mode, "Sam" capturing, in
/// colour, on the real clock, a person's pace, unless told otherwise.
#[derive(Clone)]
pub struct Options {
    event: Event,
    mode: BoothMode,
    staffing: Staffing,
    theme: Theme,
    clock: Option<fn() -> DateTime<Utc>>,
    pin: Option<String>,
    pace: Duration,
    tick_each: bool,
    media: Option<fn() -> Vec<leadbooth::media::Medium>>,
    staff_language: leadbooth::i18n::Language,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            event: Event::demo(),
            mode: BoothMode::Staff,
            staffing: Staffing::Known("Sam".into()),
            theme: Theme::color(),
            clock: None,
            pin: None,
            pace: PERSON,
            tick_each: false,
            media: None,
            staff_language: leadbooth::i18n::Language::En,
        }
    }
}

impl Options {
    /// On `event`.
    pub fn event(mut self, event: Event) -> Self {
        self.event = event;
        self
    }

    /// Who captures.
    pub fn staffing(mut self, staffing: Staffing) -> Self {
        self.staffing = staffing;
        self
    }

    /// With `theme`.
    pub fn theme(mut self, theme: Theme) -> Self {
        self.theme = theme;
        self
    }

    /// Capture times from `clock`.
    pub fn clock(mut self, clock: fn() -> DateTime<Utc>) -> Self {
        self.clock = Some(clock);
        self
    }

    /// Kiosk mode, with `pin` stored as the staff PIN first (`None`: no PIN).
    pub fn kiosk(mut self, pin: Option<&str>) -> Self {
        self.mode = BoothMode::Kiosk;
        self.pin = pin.map(str::to_owned);
        self
    }

    /// The gap before each event sent with [`TuiBooth::send`] (and `press`,
    /// `ctrl`, `type_str`); a person's pace unless set.
    pub fn pace(mut self, gap: Duration) -> Self {
        self.pace = gap;
        self
    }

    /// `media` as the removable media mounted now (F5's first choices),
    /// instead of the machine's mount table.
    pub fn media(mut self, media: fn() -> Vec<leadbooth::media::Medium>) -> Self {
        self.media = Some(media);
        self
    }

    /// The staff side in `lang` (English unless set, whatever the machine's
    /// locale), as a booth on a system in that locale shows it.
    pub fn staff_language(mut self, lang: leadbooth::i18n::Language) -> Self {
        self.staff_language = lang;
        self
    }

    /// The loop's tick after each event sent with [`TuiBooth::send`].
    pub fn tick_each(mut self) -> Self {
        self.tick_each = true;
        self
    }

    /// Opens the booth on a fresh data dir.
    pub fn open(self) -> TuiBooth {
        self.open_with(|_, _| {})
    }

    /// Opens the booth on a fresh data dir whose store `setup` prepared first.
    pub fn open_with(self, setup: impl FnOnce(&Booth, &mut Store)) -> TuiBooth {
        self.try_open_with(setup).unwrap()
    }

    /// [`Options::open_with`], returning the app's refusal to open.
    pub fn try_open_with(self, setup: impl FnOnce(&Booth, &mut Store)) -> anyhow::Result<TuiBooth> {
        let booth = Booth::new();
        let mut store = Store::open(&DataDir::new(booth.data_dir()))?;
        store.record_policy(&self.event.policy)?;
        if let Some(pin) = &self.pin {
            store.set_setting(PIN_SETTING, &cheap_pin_hash(pin), "test", "kiosk_pin_set")?;
        }
        setup(&booth, &mut store);
        let app = self.app(store)?;
        let now = Instant::now();
        Ok(TuiBooth {
            booth,
            app,
            now,
            start: now,
            options: self,
        })
    }

    fn app(&self, store: Store) -> anyhow::Result<App> {
        // The booth's staff words follow the locale; a test thread picks its own.
        leadbooth::i18n::set_staff_language(self.staff_language);
        let app = App::new(
            self.event.clone(),
            store,
            self.mode,
            self.staffing.clone(),
            self.theme,
        )?;
        // The statistics screen counts days and hours in UTC here, whatever
        // the machine's time zone.
        let app = app.with_utc_offset(chrono::FixedOffset::east_opt(0).unwrap());
        let app = match self.media {
            Some(media) => app.with_media(media),
            None => app,
        };
        Ok(match self.clock {
            Some(clock) => app.with_clock(clock),
            None => app,
        })
    }
}

/// The booth app on a temporary data dir, with a clock for event arrival times.
pub struct TuiBooth {
    pub booth: Booth,
    pub app: App,
    /// When the last event arrived (the harness's clock).
    pub now: Instant,
    start: Instant,
    options: Options,
}

impl TuiBooth {
    /// How a booth opens; see [`Options`].
    pub fn options() -> Options {
        Options::default()
    }

    /// A fresh booth (demo event, staff "Sam").
    pub fn new() -> Self {
        Options::default().open()
    }

    /// A booth whose attendee list is the corpus's `attendees.csv`, imported with
    /// `leadbooth attendees import`.
    pub fn with_attendees() -> Self {
        Self::with(|booth| {
            let csv = badges().join("attendees.csv");
            booth.ok(&["attendees", "import", csv.to_str().unwrap()]);
        })
    }

    /// A booth holding `leads` (saved straight to the store, unchecked, so they
    /// may carry anything).
    pub fn with_leads(leads: &[Lead]) -> Self {
        Options::default().open_with(|_, store| {
            store.save_leads(leads, "test", "lead_added").unwrap();
        })
    }

    /// A booth whose data dir was prepared by `setup` (run before the app opens
    /// it).
    pub fn with(setup: impl FnOnce(&Booth)) -> Self {
        Options::default().open_with(|booth, _| setup(booth))
    }

    /// Closes the app as `kill -9` would (nothing more is written) and opens it
    /// again on the same data dir, as it was opened.
    pub fn restart(&mut self) {
        let store = Store::open(&DataDir::new(self.booth.data_dir())).unwrap();
        self.app = self.options.app(store).unwrap();
    }

    /// One event, `gap` after the previous one. The loop's ticks at the scan
    /// detector's deadlines that fall before it run first, as they would.
    pub fn event(&mut self, event: TermEvent, gap: Duration) {
        self.ticks_until(self.now + gap);
        self.now += gap;
        self.app.handle_event_at(event, self.now);
    }

    /// One event at `since` after the booth opened (a test's own timeline).
    pub fn event_at(&mut self, event: TermEvent, since: Duration) {
        self.ticks_until(self.start + since);
        self.now = self.start + since;
        self.app.handle_event_at(event, self.now);
    }

    /// The loop's ticks at the scan detector's deadlines up to `until`: held
    /// keys act once their burst is known to be over (a person's lone key
    /// [`leadbooth::tui::scan::BURST_GAP`] after it came). Only the detector's
    /// part of the tick: the test clock runs ahead of the real one that
    /// message expiry and the kiosk's timers read.
    fn ticks_until(&mut self, until: Instant) {
        for _ in 0..8 {
            match self.app.scan_deadline() {
                Some(d) if d <= until => {
                    self.app.scan_tick(d);
                }
                _ => return,
            }
        }
    }

    /// The loop's ticks a burst's gap after the last event: the keys it holds
    /// act (for timelines that are not about bursts).
    pub fn settle_burst(&mut self) {
        self.ticks_until(self.now + leadbooth::tui::scan::BURST_GAP);
    }

    /// After a person's key: the loop's ticks before that person's next key.
    fn settle(&mut self, pace: Duration) {
        if pace > leadbooth::tui::scan::BURST_GAP {
            self.ticks_until(self.now + pace);
        }
    }

    /// One event at the booth's pace (see [`Options::pace`]), then the loop's
    /// tick if the booth was opened with [`Options::tick_each`].
    pub fn send(&mut self, event: TermEvent) {
        self.event(event, self.options.pace);
        self.settle(self.options.pace);
        if self.options.tick_each {
            self.app.tick(self.now);
        }
    }

    /// A key press at the booth's pace.
    pub fn press(&mut self, code: KeyCode) {
        self.send(key_event(code, KeyModifiers::NONE));
    }

    /// F4 until the attendee's language is `lang` (at most once round them all).
    pub fn choose_language(&mut self, lang: leadbooth::i18n::Language) {
        for _ in 0..leadbooth::i18n::Language::ALL.len() {
            if self.app.attendee_language() == lang {
                return;
            }
            self.press(KeyCode::F(4));
        }
        panic!("F4 never gave {lang}");
    }

    /// A key press `gap` after the previous key (a person's key when `gap` is
    /// longer than a burst's: it acts before the next).
    pub fn key(&mut self, code: KeyCode, gap: Duration) {
        self.event(TermEvent::Key(KeyEvent::from(code)), gap);
        self.settle(gap);
    }

    /// Ctrl and a letter, at the booth's pace.
    pub fn ctrl(&mut self, c: char) {
        self.send(key_event(KeyCode::Char(c), KeyModifiers::CONTROL));
    }

    /// `text` typed at the booth's pace.
    pub fn type_str(&mut self, text: &str) {
        for e in key_events(text) {
            self.send(e);
        }
    }

    /// `text` as a scanner types it: a pause, then every key 2 ms apart.
    pub fn scan(&mut self, text: &str) {
        self.now += Duration::from_millis(500);
        for e in key_events(text) {
            self.event(e, SCANNER);
        }
    }

    /// Tab until `target` has focus.
    pub fn focus_on(&mut self, target: Focus) {
        for _ in 0..100 {
            if self.app.form().focus() == target {
                return;
            }
            self.press(KeyCode::Tab);
        }
        panic!("never reached {target:?}");
    }

    /// Lets time pass (ending any burst) and ticks the app.
    pub fn wait(&mut self, gap: Duration) -> bool {
        self.ticks_until(self.now + gap);
        self.now += gap;
        self.app.tick(self.now)
    }

    /// The loop's tick at `since` after the booth opened.
    pub fn tick_at(&mut self, since: Duration) -> bool {
        self.now = self.start + since;
        self.app.tick(self.now)
    }

    /// A frame drawn at `w`x`h`, handed back to the app as the loop does.
    pub fn buffer(&mut self, w: u16, h: u16) -> Buffer {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        self.app.draw_on(&mut t).unwrap();
        t.backend().buffer().clone()
    }

    /// The screen drawn at `w`x`h` (see [`TuiBooth::buffer`]).
    pub fn screen(&mut self, w: u16, h: u16) -> String {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        self.app.draw_on(&mut t).unwrap();
        t.backend().to_string()
    }

    /// The hint bar of the screen drawn at `w`x`h`: its rows, without the
    /// quotes `TestBackend` puts around them (two on a form whose keys do not
    /// fit in one row, else one).
    pub fn hint_bar_rows(&mut self, w: u16, h: u16) -> Vec<String> {
        use leadbooth::tui::keys;
        let screen = self.screen(w, h);
        let on_form = self.app.screen().kind() == leadbooth::tui::screen::ScreenKind::Form
            && self.app.modal().is_none();
        let n = if on_form {
            keys::hint_rows(&keys::hints(&self.app.bindings()), usize::from(w)).len()
        } else {
            1
        };
        let rows: Vec<String> = screen
            .lines()
            .map(|l| {
                let l = l.strip_prefix('"').unwrap_or(l);
                l.strip_suffix('"').unwrap_or(l).to_owned()
            })
            .collect();
        rows[rows.len() - n..].to_vec()
    }

    /// Waits (see [`super::wait_until`]) until the screen drawn at `w`x`h` shows
    /// `text`, ticking the app as the loop does so that the result of a job on
    /// another thread (an export) arrives; returns that screen.
    pub fn wait_for_screen(&mut self, w: u16, h: u16, text: &str) -> String {
        self.wait_for_screen_within(w, h, text, super::ceiling())
    }

    /// [`TuiBooth::wait_for_screen`] with the ceiling `limit` (see
    /// [`super::wait_until_within`]).
    pub fn wait_for_screen_within(
        &mut self,
        w: u16,
        h: u16,
        text: &str,
        limit: Duration,
    ) -> String {
        super::wait_until_within(&format!("{text:?} on the booth's screen"), limit, || {
            let s = self.screen(w, h);
            if s.contains(text) {
                return Ok(s);
            }
            self.app.tick(Instant::now());
            Err(s)
        })
    }

    /// The stored leads, newest first.
    pub fn stored_leads(&self) -> Vec<Lead> {
        self.app.store().recent_leads(100).unwrap()
    }
}

/// A key event as a terminal reports it.
pub fn key_event(code: KeyCode, modifiers: KeyModifiers) -> TermEvent {
    TermEvent::Key(KeyEvent::new(code, modifiers))
}

/// The index of purpose `id` in the demo event.
pub fn consent_index(id: &str) -> usize {
    Event::demo()
        .purposes
        .iter()
        .position(|p| p.id == id)
        .unwrap()
}

/// The one QR code on `buf`, decoded; `None` if there is none or it does not
/// decode.
pub fn decode_qr(buf: &Buffer) -> Option<String> {
    let (w, h, px) = leadbooth::tui::qr_widget::buffer_to_luma(buf);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| px[y * w + x]);
    match img.detect_grids().as_slice() {
        [grid] => grid.decode().ok().map(|(_, text)| text),
        _ => None,
    }
}

/// The form as the previous attendee left it on a show floor, typed at a
/// person's pace: a name and email, every question answered, a rating, notes
/// and, with `tick`, two marketing consents ticked (marketing_email, events).
pub fn show_floor_form(b: &mut TuiBooth, tick: bool) {
    use leadbooth::tui::form::{ContactField, Focus};
    let event = Event::demo();
    b.focus_on(Focus::FIRST);
    b.type_str("Previous");
    b.focus_on(Focus::Contact(ContactField::LastName));
    b.type_str("Attendee");
    b.focus_on(Focus::Contact(ContactField::Email));
    b.type_str("previous@example.com");
    for (i, q) in event.questions.iter().enumerate() {
        b.focus_on(Focus::Question(i));
        match q.kind {
            leadbooth::config::QuestionKind::Text => b.type_str("Next quarter"),
            _ => b.key(KeyCode::Char(' '), PERSON),
        }
    }
    if tick {
        for purpose in ["marketing_email", "events"] {
            let i = event.purposes.iter().position(|p| p.id == purpose).unwrap();
            b.focus_on(Focus::Consent(i));
            b.key(KeyCode::Char(' '), PERSON);
        }
    }
    b.focus_on(Focus::Rating);
    b.key(KeyCode::Char(' '), PERSON);
    b.key(KeyCode::Right, PERSON);
    b.focus_on(Focus::Notes);
    b.type_str("Wants a demo next week");
    let draft = b.app.form().draft(&event);
    assert_eq!(draft.answers.len(), event.questions.len(), "{draft:?}");
    assert!(
        draft.rating.is_some() && !draft.notes.is_empty(),
        "{draft:?}"
    );
    assert_eq!(
        draft.consents.iter().filter(|c| c.granted).count(),
        if tick { 2 } else { 0 },
        "{draft:?}"
    );
}

/// A valid lead captured `minutes` after 2026-11-29 09:00 UTC, granting
/// `granted` (policy_ack is always granted).
pub fn lead(
    first: &str,
    last: &str,
    email: &str,
    company: &str,
    granted: &[&str],
    minutes: i64,
) -> Lead {
    let event = Event::demo();
    let draft = LeadDraft {
        contact: Contact {
            first_name: first.into(),
            last_name: last.into(),
            email: email.into(),
            company: company.into(),
            ..Default::default()
        },
        consents: event
            .purposes
            .iter()
            .map(|p| ConsentDecision::new(&p.id, p.required || granted.contains(&p.id.as_str())))
            .collect(),
        ..Default::default()
    };
    let now = "2026-11-29T09:00:00Z"
        .parse::<chrono::DateTime<chrono::Utc>>()
        .unwrap()
        + chrono::Duration::minutes(minutes);
    let capture = Capture {
        event: &event,
        device_id: uuid::Uuid::nil(),
        captured_by: "Sam".into(),
        source: Source::Staff,
        method: ConsentMethod::StaffAssisted,
        now,
        os_user: "sam".into(),
    };
    build_lead(&draft, &capture, &Provenance::default())
        .unwrap()
        .0
}

/// Key events for `text` as a keyboard (or a keyboard-wedge scanner) sends it:
/// one per character, capitals with Shift, a line break (CRLF, CR or LF) as Enter.
pub fn key_events(text: &str) -> Vec<TermEvent> {
    let text = text.replace("\r\n", "\r").replace('\n', "\r");
    text.chars().map(char_event).collect()
}

/// The key event for `c`: capitals with Shift, `\r` as Enter.
pub fn char_event(c: char) -> TermEvent {
    let key = match c {
        '\r' => KeyEvent::from(KeyCode::Enter),
        c if c.is_uppercase() => KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT),
        c => KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
    };
    TermEvent::Key(key)
}

/// Batches of events for [`App::run`]; each batch is "already waiting" when the
/// loop polls, as a terminal's read buffer is. Raises the stop signal when done.
pub struct Script {
    batches: VecDeque<VecDeque<TermEvent>>,
    current: VecDeque<TermEvent>,
    done: Arc<AtomicUsize>,
    /// How long the loop waits before each batch arrives (a person's pause).
    pub pause: Duration,
    waited: Duration,
    /// The last batch was read to its end (the loop has seen it end).
    drained: bool,
}

impl Script {
    pub fn new(batches: Vec<Vec<TermEvent>>) -> (Self, Arc<AtomicUsize>) {
        let done = Arc::new(AtomicUsize::new(0));
        let script = Script {
            batches: batches.into_iter().map(VecDeque::from).collect(),
            current: VecDeque::new(),
            done: Arc::clone(&done),
            pause: Duration::ZERO,
            waited: Duration::ZERO,
            drained: true,
        };
        (script, done)
    }
}

impl EventSource for Script {
    fn poll(&mut self, timeout: Duration) -> std::io::Result<bool> {
        if self.current.is_empty() && timeout.is_zero() {
            // A look without waiting: right after a batch was drained, the batch
            // is over (the loop draws); once the loop listens again, a batch with
            // no pause before it is already there, as in a terminal's buffer.
            if self.drained && self.pause.is_zero() {
                if let Some(b) = self.batches.pop_front() {
                    self.current = b;
                    self.drained = false;
                }
            } else {
                self.drained = true;
            }
        } else if self.current.is_empty() {
            if self.batches.is_empty() {
                self.done.store(15, Ordering::SeqCst);
                return Ok(false);
            }
            // The next batch arrives once `pause` has passed in polls.
            let remaining = self.pause.saturating_sub(self.waited);
            if remaining > timeout {
                std::thread::sleep(timeout);
                self.waited += timeout;
                return Ok(false);
            }
            std::thread::sleep(remaining);
            self.waited = Duration::ZERO;
            self.current = self.batches.pop_front().unwrap_or_default();
        }
        Ok(!self.current.is_empty())
    }

    fn read(&mut self) -> std::io::Result<TermEvent> {
        Ok(self.current.pop_front().expect("poll said ready"))
    }
}

/// Runs the real loop over `batches` on an 80x24 `TestBackend`; returns the
/// frames drawn.
pub fn run_script(app: &mut App, batches: Vec<Vec<TermEvent>>) -> u64 {
    run_paced(app, batches, Duration::ZERO)
}

/// [`run_script`] with `pause` of waiting for input before each batch.
pub fn run_paced(app: &mut App, batches: Vec<Vec<TermEvent>>, pause: Duration) -> u64 {
    let (mut script, done) = Script::new(batches);
    script.pause = pause;
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let before = app.draws();
    app.run(&mut terminal, &mut script, &done).unwrap();
    app.draws() - before
}
