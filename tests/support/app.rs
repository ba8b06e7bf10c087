//! Driving the booth [`App`] from whole-crate tests: a store in a temp data dir
//! (attendees imported with the real `leadbooth attendees import`), keys with a
//! test clock through `App::handle_event_at`, scripted event batches through the
//! real loop, and the screen drawn on a `TestBackend`.
#![allow(dead_code)]

use std::collections::VecDeque;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use leadbooth::config::Event;
use leadbooth::consent::ConsentMethod;
use leadbooth::lead::{
    Capture, ConsentDecision, Contact, Lead, LeadDraft, Provenance, Source, build_lead,
};
use leadbooth::paths::DataDir;
use leadbooth::store::Store;
use leadbooth::tui::theme::Theme;
use leadbooth::tui::{App, BoothMode, EventSource, Staffing};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyModifiers};

use super::{Booth, badges};

/// Gap between a person's keys.
pub const PERSON: Duration = Duration::from_millis(150);
/// Gap between a scanner's keys.
pub const SCANNER: Duration = Duration::from_millis(2);

/// The booth app on a temporary data dir, with a clock for key arrival times.
pub struct TuiBooth {
    pub booth: Booth,
    pub app: App,
    pub now: Instant,
}

impl TuiBooth {
    /// A fresh booth (demo event, staff "Sam").
    pub fn new() -> Self {
        Self::with(|_| {})
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
        Self::with(|booth| {
            let mut store = Store::open(&DataDir::new(booth.data_dir())).unwrap();
            store.record_policy(&Event::demo().policy).unwrap();
            store.save_leads(leads, "test", "lead_added").unwrap();
        })
    }

    /// A booth whose store was prepared by `setup` (run before the app opens it).
    pub fn with(setup: impl FnOnce(&Booth)) -> Self {
        let booth = Booth::new();
        setup(&booth);
        let event = Event::demo();
        let store = Store::open(&DataDir::new(booth.data_dir())).unwrap();
        store.record_policy(&event.policy).unwrap();
        let app = App::new(
            event,
            store,
            BoothMode::Staff,
            Staffing::Known("Sam".into()),
            Theme::color(),
        )
        .unwrap();
        TuiBooth {
            booth,
            app,
            now: Instant::now(),
        }
    }

    /// One event, `gap` after the previous one.
    pub fn event(&mut self, event: TermEvent, gap: Duration) {
        self.now += gap;
        self.app.handle_event_at(event, self.now);
    }

    /// A key press `gap` after the previous key.
    pub fn key(&mut self, code: KeyCode, gap: Duration) {
        self.event(TermEvent::Key(KeyEvent::from(code)), gap);
    }

    /// Ctrl and a letter, at a person's pace.
    pub fn ctrl(&mut self, c: char) {
        self.event(
            TermEvent::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
            PERSON,
        );
    }

    /// `text` typed at a person's pace.
    pub fn type_slowly(&mut self, text: &str) {
        for e in key_events(text) {
            self.event(e, PERSON);
        }
    }

    /// `text` as a scanner types it: a pause, then every key 2 ms apart.
    pub fn scan(&mut self, text: &str) {
        self.now += Duration::from_millis(500);
        for e in key_events(text) {
            self.event(e, SCANNER);
        }
    }

    /// Lets time pass (ending any burst) and ticks the app.
    pub fn wait(&mut self, gap: Duration) -> bool {
        self.now += gap;
        self.app.tick(self.now)
    }

    /// The screen drawn at `w`x`h`.
    pub fn screen(&self, w: u16, h: u16) -> String {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| self.app.draw(f)).unwrap();
        t.backend().to_string()
    }
}

/// Moves focus with Tab until it is on `target`.
pub fn focus_on(b: &mut TuiBooth, target: leadbooth::tui::form::Focus) {
    for _ in 0..100 {
        if b.app.form().focus() == target {
            return;
        }
        b.key(KeyCode::Tab, PERSON);
    }
    panic!("never reached {target:?}");
}

/// The form as the previous attendee left it on a show floor, typed at a
/// person's pace: a name and email, every question answered, a rating, notes
/// and, with `tick`, two marketing consents ticked (marketing_email, events).
pub fn show_floor_form(b: &mut TuiBooth, tick: bool) {
    use leadbooth::tui::form::{ContactField, Focus};
    let event = Event::demo();
    focus_on(b, Focus::FIRST);
    b.type_slowly("Previous");
    focus_on(b, Focus::Contact(ContactField::LastName));
    b.type_slowly("Attendee");
    focus_on(b, Focus::Contact(ContactField::Email));
    b.type_slowly("previous@example.com");
    for (i, q) in event.questions.iter().enumerate() {
        focus_on(b, Focus::Question(i));
        match q.kind {
            leadbooth::config::QuestionKind::Text => b.type_slowly("Next quarter"),
            _ => b.key(KeyCode::Char(' '), PERSON),
        }
    }
    if tick {
        for purpose in ["marketing_email", "events"] {
            let i = event.purposes.iter().position(|p| p.id == purpose).unwrap();
            focus_on(b, Focus::Consent(i));
            b.key(KeyCode::Char(' '), PERSON);
        }
    }
    focus_on(b, Focus::Rating);
    b.key(KeyCode::Char(' '), PERSON);
    b.key(KeyCode::Right, PERSON);
    focus_on(b, Focus::Notes);
    b.type_slowly("Wants a demo next week");
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
    };
    build_lead(&draft, &capture, &Provenance::default())
        .unwrap()
        .0
}

/// Key events for `text` as a keyboard (or a keyboard-wedge scanner) sends it:
/// one per character, capitals with Shift, a line break (CRLF, CR or LF) as Enter.
pub fn key_events(text: &str) -> Vec<TermEvent> {
    let text = text.replace("\r\n", "\r").replace('\n', "\r");
    text.chars()
        .map(|c| {
            let key = match c {
                '\r' => KeyEvent::from(KeyCode::Enter),
                c if c.is_uppercase() => KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT),
                c => KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
            };
            TermEvent::Key(key)
        })
        .collect()
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
