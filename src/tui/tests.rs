//! Whole-app tests: keys go through [`App::handle_event`] (the loop's own path),
//! the screen is drawn on a `TestBackend`, leads land in a store in a temp dir.

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use chrono::{DateTime, Utc};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};
use ratatui::style::{Color, Modifier};

use super::app::{Action, MessageKind, Screen};
use super::confirm::Confirm;
use super::form::{ContactField, Focus};
use super::theme::Theme;
use super::{App, BoothMode, EventSource, Staffing};
use crate::config::Event;
use crate::consent::ConsentMethod;
use crate::lead::{Lead, Source};
use crate::paths::DataDir;
use crate::store::Store;

mod drafts;
mod kiosk;

fn fixed_now() -> DateTime<Utc> {
    "2026-11-29T10:15:03Z".parse().unwrap()
}

struct Booth {
    _dir: tempfile::TempDir,
    app: App,
}

fn booth_with(staffing: Staffing, theme: Theme) -> Booth {
    booth_on(Event::demo(), staffing, theme)
}

fn booth_on(event: Event, staffing: Staffing, theme: Theme) -> Booth {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&DataDir::new(dir.path().join("data"))).unwrap();
    store.record_policy(&event.policy).unwrap();
    let app = App::new(event, store, BoothMode::Staff, staffing, theme)
        .unwrap()
        .with_clock(fixed_now);
    Booth { _dir: dir, app }
}

fn booth() -> Booth {
    booth_with(Staffing::Known("Sam".into()), Theme::color())
}

fn key_event(code: KeyCode, modifiers: KeyModifiers) -> TermEvent {
    TermEvent::Key(KeyEvent::new(code, modifiers))
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_event(key_event(code, KeyModifiers::NONE));
}

fn ctrl(app: &mut App, c: char) {
    app.handle_event(key_event(KeyCode::Char(c), KeyModifiers::CONTROL));
}

/// Typing as a terminal reports it: capitals come with Shift.
fn char_event(c: char) -> TermEvent {
    let m = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    key_event(KeyCode::Char(c), m)
}

fn type_str(app: &mut App, s: &str) {
    for c in s.chars() {
        app.handle_event(char_event(c));
    }
}

fn focus_on(app: &mut App, target: Focus) {
    for _ in 0..100 {
        if app.form().focus() == target {
            return;
        }
        press(app, KeyCode::Tab);
    }
    panic!("never reached {target:?}");
}

fn buffer(app: &App, w: u16, h: u16) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| app.draw(f)).unwrap();
    t.backend().buffer().clone()
}

fn screen(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| app.draw(f)).unwrap();
    t.backend().to_string()
}

fn consent_index(id: &str) -> usize {
    Event::demo()
        .purposes
        .iter()
        .position(|p| p.id == id)
        .unwrap()
}

fn leads(app: &App) -> Vec<Lead> {
    app.store().recent_leads(100).unwrap()
}

/// Fills a lead for "Zoë Ōkubo" without ticking anything.
fn type_zoe(app: &mut App) {
    type_str(app, "Zoë");
    press(app, KeyCode::Tab);
    type_str(app, "Ōkubo");
    press(app, KeyCode::Tab);
    type_str(app, "zoe@example.com");
    press(app, KeyCode::Enter); // Enter moves on like Tab
    type_str(app, "Æther Ltd");
}

// ---------------------------------------------------------------- snapshots

#[test]
fn snapshot_fresh_form_80x24() {
    let b = booth();
    insta::assert_snapshot!(screen(&b.app, 80, 24));
}

#[test]
fn snapshot_fresh_form_120x40() {
    let b = booth();
    insta::assert_snapshot!(screen(&b.app, 120, 40));
}

#[test]
fn snapshot_policy_80x24() {
    let mut b = booth();
    press(&mut b.app, KeyCode::F(1));
    insta::assert_snapshot!(screen(&b.app, 80, 24));
}

#[test]
fn snapshot_policy_120x40() {
    let mut b = booth();
    press(&mut b.app, KeyCode::F(1));
    insta::assert_snapshot!(screen(&b.app, 120, 40));
}

#[test]
fn snapshot_refused_save_80x24() {
    let mut b = booth();
    type_str(&mut b.app, "Zoë");
    press(&mut b.app, KeyCode::Tab);
    press(&mut b.app, KeyCode::Tab);
    type_str(&mut b.app, "zoe@example");
    ctrl(&mut b.app, 's');
    insta::assert_snapshot!(screen(&b.app, 80, 24));
}

#[test]
fn snapshot_refused_save_at_the_consent_120x40() {
    let mut b = booth();
    type_zoe(&mut b.app);
    ctrl(&mut b.app, 's');
    insta::assert_snapshot!(screen(&b.app, 120, 40));
}

// ---------------------------------------------------------------- saving

#[test]
fn save_without_required_consent_is_refused_beside_it_and_nothing_is_stored() {
    let mut b = booth();
    type_zoe(&mut b.app);
    let marketing = consent_index("marketing_email");
    focus_on(&mut b.app, Focus::Consent(marketing));
    press(&mut b.app, KeyCode::Char(' '));
    ctrl(&mut b.app, 's');

    assert!(leads(&b.app).is_empty());
    let ack = consent_index("policy_ack");
    assert_eq!(b.app.form().focus(), Focus::Consent(ack));
    assert!(
        b.app
            .form()
            .error(Focus::Consent(ack))
            .unwrap()
            .contains("required")
    );
    assert_eq!(b.app.message().unwrap().kind, MessageKind::Warning);
    // Everything typed and ticked is still there.
    let f = b.app.form();
    assert_eq!(f.contact(ContactField::FirstName).value(), "Zoë");
    assert_eq!(f.contact(ContactField::Company).value(), "Æther Ltd");
    assert!(f.consent(marketing));
    // The message is drawn beside (under) the required checkbox.
    let text = screen(&b.app, 120, 40);
    let rows: Vec<&str> = text.lines().collect();
    let at = rows
        .iter()
        .position(|l| l.contains("I have seen the privacy policy"))
        .expect("policy_ack on screen");
    assert!(
        rows[at..at + 4]
            .iter()
            .any(|l| l.contains("is required: tick it to save")),
        "{text}"
    );
}

#[test]
fn save_with_consents_stores_exactly_those_and_clears_the_form() {
    let mut b = booth();
    type_zoe(&mut b.app);
    for id in ["policy_ack", "marketing_email"] {
        let i = consent_index(id);
        focus_on(&mut b.app, Focus::Consent(i));
        press(&mut b.app, KeyCode::Char(' '));
    }
    focus_on(&mut b.app, Focus::Notes);
    type_str(&mut b.app, "Wants a demo");
    press(&mut b.app, KeyCode::Enter);
    type_str(&mut b.app, "next week");
    ctrl(&mut b.app, 's');

    let saved = leads(&b.app);
    assert_eq!(saved.len(), 1, "{:?}", b.app.message());
    let lead = &saved[0];
    assert_eq!(
        (lead.first_name.as_str(), lead.last_name.as_str()),
        ("Zoë", "Ōkubo")
    );
    assert_eq!(lead.company, "Æther Ltd");
    assert_eq!(lead.notes, "Wants a demo\nnext week");
    assert_eq!(lead.captured_by, "Sam");
    assert_eq!(lead.source, Source::Staff);
    assert_eq!(lead.captured_at, fixed_now());
    let granted: Vec<&str> = lead
        .consents
        .iter()
        .filter(|c| c.granted)
        .map(|c| c.purpose.as_str())
        .collect();
    assert_eq!(granted, ["policy_ack", "marketing_email"]);
    assert_eq!(lead.consents.len(), Event::demo().purposes.len());
    assert!(
        lead.consents
            .iter()
            .all(|c| c.method == ConsentMethod::StaffAssisted)
    );

    // Cleared for the next attendee, and confirmed with the count.
    let f = b.app.form();
    assert_eq!(f.focus(), Focus::FIRST);
    assert!(f.is_blank());
    assert!((0..Event::demo().purposes.len()).all(|i| !f.consent(i)));
    let m = b.app.message().unwrap();
    assert_eq!(
        (m.kind, m.text.as_str()),
        (MessageKind::Info, "Saved. 1 lead captured.")
    );
    // Tall enough to show the whole form: none of Zoë's data, no box ticked.
    let text = screen(&b.app, 120, 80);
    for gone in [
        "Zoë",
        "Ōkubo",
        "zoe@example.com",
        "Æther",
        "Wants a demo",
        "[x]",
    ] {
        assert!(!text.contains(gone), "{gone:?} still shown:\n{text}");
    }
    assert_eq!(
        text.matches("(•)").count(),
        1,
        "only rating 'none':\n{text}"
    );
    assert!(text.contains("(•) none"));
    assert!(text.contains("1 lead"));
}

#[test]
fn phone_warning_is_shown_after_saving() {
    let mut b = booth();
    type_str(&mut b.app, "Ann");
    focus_on(&mut b.app, Focus::Contact(ContactField::Phone));
    type_str(&mut b.app, "ext 12");
    focus_on(&mut b.app, Focus::Consent(0));
    press(&mut b.app, KeyCode::Char(' '));
    ctrl(&mut b.app, 's');
    assert_eq!(leads(&b.app).len(), 1);
    let m = b.app.message().unwrap();
    assert_eq!(m.kind, MessageKind::Warning);
    assert!(
        m.text.starts_with("Saved. 1 lead captured. Check phone"),
        "{m:?}"
    );
}

#[test]
fn store_failure_keeps_the_form_and_says_so() {
    let mut b = booth();
    type_zoe(&mut b.app);
    focus_on(&mut b.app, Focus::Consent(0));
    press(&mut b.app, KeyCode::Char(' '));
    b.app.store().refuse_writes();
    ctrl(&mut b.app, 's');
    let m = b.app.message().unwrap();
    assert_eq!(m.kind, MessageKind::Error);
    assert!(m.text.starts_with("Not saved, the form is kept"), "{m:?}");
    assert_eq!(b.app.form().contact(ContactField::FirstName).value(), "Zoë");
    assert!(b.app.form().consent(0));
}

#[test]
fn staff_picker_records_who_captured() {
    let mut b = booth_with(
        Staffing::Pick(vec!["Sam".into(), "Alex".into()]),
        Theme::color(),
    );
    assert_eq!(b.app.screen(), Screen::PickStaff);
    assert!(screen(&b.app, 80, 24).contains("Alex"));
    press(&mut b.app, KeyCode::Down);
    press(&mut b.app, KeyCode::Enter);
    assert_eq!(b.app.screen(), Screen::Form);
    assert_eq!(b.app.staff(), "Alex");
    assert!(screen(&b.app, 80, 24).contains("Staff: Alex"));
    type_zoe(&mut b.app);
    focus_on(&mut b.app, Focus::Consent(0));
    press(&mut b.app, KeyCode::Char(' '));
    ctrl(&mut b.app, 's');
    assert_eq!(leads(&b.app)[0].captured_by, "Alex");
}

#[test]
fn confirmations_fade_but_errors_stay() {
    let mut b = booth();
    type_zoe(&mut b.app);
    focus_on(&mut b.app, Focus::Consent(0));
    press(&mut b.app, KeyCode::Char(' '));
    ctrl(&mut b.app, 's');
    let later = std::time::Instant::now() + super::app::MESSAGE_TTL + Duration::from_secs(1);
    assert_eq!(b.app.message().unwrap().kind, MessageKind::Info);
    assert!(!b.app.tick(std::time::Instant::now()));
    assert!(b.app.tick(later));
    assert!(b.app.message().is_none());
    b.app.handle_event(TermEvent::Paste("\u{0}".into()));
    assert_eq!(b.app.message().unwrap().kind, MessageKind::Error);
    assert!(!b.app.tick(later));
    assert!(b.app.message().is_some());
}

// ---------------------------------------------------------------- keys

#[test]
fn releases_are_ignored_and_repeats_act() {
    let mut b = booth();
    let mut release = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert!(!b.app.handle_event(TermEvent::Key(release)));
    let mut repeat = release;
    repeat.kind = KeyEventKind::Repeat;
    b.app.handle_event(TermEvent::Key(repeat));
    assert_eq!(b.app.form().contact(ContactField::FirstName).value(), "a");
}

#[test]
fn question_mark_is_text_in_a_field_and_opens_the_policy_elsewhere() {
    let mut b = booth();
    type_str(&mut b.app, "Who?");
    assert_eq!(b.app.screen(), Screen::Form);
    assert_eq!(
        b.app.form().contact(ContactField::FirstName).value(),
        "Who?"
    );
    focus_on(&mut b.app, Focus::Consent(0));
    type_str(&mut b.app, "?");
    assert_eq!(b.app.screen(), Screen::Policy);
}

#[test]
fn policy_view_scrolls_and_returns_to_the_form_untouched() {
    let mut b = booth();
    type_zoe(&mut b.app);
    let focus = b.app.form().focus();
    press(&mut b.app, KeyCode::F(1));
    assert_eq!(b.app.screen(), Screen::Policy);
    let _ = screen(&b.app, 80, 24); // a draw tells the view its height
    let top = screen(&b.app, 80, 24);
    press(&mut b.app, KeyCode::PageDown);
    assert!(b.app.policy().scroll() > 1);
    b.app.handle_event(TermEvent::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    }));
    press(&mut b.app, KeyCode::End);
    let end = b.app.policy().scroll();
    let bottom = screen(&b.app, 80, 24);
    assert_ne!(top, bottom);
    assert!(
        bottom.contains("zendesk.com"),
        "the last line shows at the end:\n{bottom}"
    );
    press(&mut b.app, KeyCode::Down);
    assert_eq!(b.app.policy().scroll(), end, "End is the last page");
    press(&mut b.app, KeyCode::Up);
    assert_eq!(b.app.policy().scroll(), end - 1);
    press(&mut b.app, KeyCode::Home);
    assert_eq!(b.app.policy().scroll(), 0);
    press(&mut b.app, KeyCode::Esc);
    assert_eq!(b.app.screen(), Screen::Form);
    assert_eq!(b.app.form().focus(), focus);
    assert_eq!(
        b.app.form().contact(ContactField::Company).value(),
        "Æther Ltd"
    );
    assert!(b.app.confirm().is_none());
    press(&mut b.app, KeyCode::F(1));
    press(&mut b.app, KeyCode::F(1));
    assert_eq!(b.app.screen(), Screen::Form);
}

#[test]
fn policy_title_shows_version_and_date_and_the_qr_code_decodes() {
    let mut b = booth();
    press(&mut b.app, KeyCode::F(1));
    let version = Event::demo().policy.short_version().to_owned();
    for (w, h) in [(80, 24), (120, 40), (100, 30)] {
        let buf = buffer(&b.app, w, h);
        let text = screen(&b.app, w, h);
        assert!(text.contains(&version), "{w}x{h}");
        assert!(text.contains("2012-10-09"), "{w}x{h}");
        assert!(text.contains("https://example.org/privacy"), "{w}x{h}");
        assert_eq!(
            super::qr_widget::decode_qr_from_buffer(&buf).as_deref(),
            Some("https://example.org/privacy"),
            "{w}x{h}"
        );
    }
}

#[test]
fn a_long_policy_url_puts_the_code_above_the_text_or_asks_for_room() {
    let url = format!(
        "https://events.example.org/privacy/demo-expo-2026/booth-17/policy?lang=en&v={}",
        "0123456789abcdef".repeat(4)
    );
    let mut event = Event::demo();
    event.policy = crate::policy::Policy::builtin(&url);
    let mut b = booth_on(event, Staffing::Known("Sam".into()), Theme::color());
    press(&mut b.app, KeyCode::F(1));
    // Too narrow to sit beside the text, tall enough to sit above it.
    let buf = buffer(&b.app, 80, 50);
    assert_eq!(
        super::qr_widget::decode_qr_from_buffer(&buf).as_deref(),
        Some(url.as_str())
    );
    let text = screen(&b.app, 80, 50);
    let qr_row = text.lines().position(|l| l.contains('█')).unwrap();
    let title_row = text
        .lines()
        .position(|l| l.contains("Privacy policy"))
        .unwrap();
    assert!(qr_row < title_row, "code above the text:\n{text}");
    // No room for all of it: a note and the URL, never a clipped code.
    let text = screen(&b.app, 80, 24);
    assert!(
        text.contains("Enlarge the window to show the QR code"),
        "{text}"
    );
    assert!(text.contains("https://events.example.org/"), "{text}");
    assert_eq!(
        super::qr_widget::decode_qr_from_buffer(&buffer(&b.app, 80, 24)),
        None
    );
    // An unencodable URL says why.
    let mut event = Event::demo();
    event.policy = crate::policy::Policy::builtin(&"x".repeat(3000));
    let mut b = booth_on(event, Staffing::Known("Sam".into()), Theme::color());
    press(&mut b.app, KeyCode::F(1));
    assert!(screen(&b.app, 120, 40).contains("No QR code: the URL is too long"));
}

#[test]
fn enter_moves_on_and_esc_with_content_asks_before_clearing() {
    let mut b = booth();
    press(&mut b.app, KeyCode::Esc);
    assert!(b.app.confirm().is_none(), "nothing to lose on a blank form");
    type_str(&mut b.app, "Zoë");
    press(&mut b.app, KeyCode::Enter);
    assert_eq!(b.app.form().focus(), Focus::Contact(ContactField::LastName));
    press(&mut b.app, KeyCode::Esc);
    assert_eq!(b.app.confirm(), Some(Confirm::ClearForm));
    assert!(screen(&b.app, 80, 24).contains("Clear the form?"));
    // Keys other than y/n/Esc do nothing while asking (a scanner's Enter included).
    type_str(&mut b.app, "abc");
    press(&mut b.app, KeyCode::Enter);
    ctrl(&mut b.app, 's');
    press(&mut b.app, KeyCode::Char('n'));
    assert!(b.app.confirm().is_none());
    assert_eq!(b.app.form().contact(ContactField::FirstName).value(), "Zoë");
    assert_eq!(b.app.form().contact(ContactField::LastName).value(), "");
    press(&mut b.app, KeyCode::Esc);
    press(&mut b.app, KeyCode::Char('y'));
    assert!(b.app.form().is_blank());
    assert_eq!(b.app.form().focus(), Focus::FIRST);
}

#[test]
fn ctrl_q_quits_at_once_on_a_blank_form_and_asks_otherwise() {
    let mut b = booth();
    type_str(&mut b.app, "x");
    ctrl(&mut b.app, 'q');
    assert!(!b.app.should_quit());
    assert_eq!(b.app.confirm(), Some(Confirm::Quit));
    press(&mut b.app, KeyCode::Esc);
    assert!(!b.app.should_quit());
    ctrl(&mut b.app, 'q');
    press(&mut b.app, KeyCode::Char('y'));
    assert!(b.app.should_quit());

    let mut b = booth();
    ctrl(&mut b.app, 'q');
    assert!(b.app.should_quit());
}

#[test]
fn choices_checkboxes_and_rating_by_keyboard() {
    let mut b = booth();
    let event = Event::demo();
    let single = event
        .questions
        .iter()
        .position(|q| q.kind == crate::config::QuestionKind::Single)
        .unwrap();
    let multiple = event
        .questions
        .iter()
        .position(|q| q.kind == crate::config::QuestionKind::Multiple)
        .unwrap();
    type_str(&mut b.app, "Ann");
    focus_on(&mut b.app, Focus::Question(single));
    press(&mut b.app, KeyCode::Right);
    press(&mut b.app, KeyCode::Right);
    press(&mut b.app, KeyCode::Left);
    focus_on(&mut b.app, Focus::Question(multiple));
    press(&mut b.app, KeyCode::Char(' '));
    press(&mut b.app, KeyCode::Down);
    press(&mut b.app, KeyCode::Down);
    press(&mut b.app, KeyCode::Char(' '));
    focus_on(&mut b.app, Focus::Rating);
    press(&mut b.app, KeyCode::Char(' '));
    press(&mut b.app, KeyCode::Right);
    let draft = b.app.form().draft(&event);
    use crate::lead::{Answer, Rating};
    assert_eq!(
        draft.answers[&event.questions[single].id],
        Answer::One(event.questions[single].choices[0].clone())
    );
    assert_eq!(
        draft.answers[&event.questions[multiple].id],
        Answer::Many(vec![
            event.questions[multiple].choices[0].clone(),
            event.questions[multiple].choices[2].clone()
        ])
    );
    assert_eq!(draft.rating, Some(Rating::Warm));
}

#[test]
fn paste_goes_into_the_focused_field() {
    let mut b = booth();
    b.app.handle_event(TermEvent::Paste("Zoë\r\n".into()));
    assert_eq!(b.app.form().contact(ContactField::FirstName).value(), "Zoë");
    b.app
        .handle_event(TermEvent::Paste("Bad\u{1b}]0;title\u{7}".into()));
    assert_eq!(b.app.form().contact(ContactField::FirstName).value(), "Zoë");
    let m = b.app.message().unwrap();
    assert_eq!(m.kind, MessageKind::Error);
    assert!(m.text.contains("U+001B"));
}

// ---------------------------------------------------------------- scanner burst

/// Batches of events; each batch is "already waiting" when the loop polls.
/// When the script is over it raises the stop signal, like SIGTERM would.
struct Script {
    batches: VecDeque<VecDeque<TermEvent>>,
    current: VecDeque<TermEvent>,
    done: Arc<AtomicUsize>,
}

impl EventSource for Script {
    fn poll(&mut self, timeout: Duration) -> std::io::Result<bool> {
        if self.current.is_empty() && !timeout.is_zero() {
            match self.batches.pop_front() {
                Some(b) => self.current = b,
                None => self.done.store(15, Ordering::SeqCst),
            }
        }
        Ok(!self.current.is_empty())
    }

    fn read(&mut self) -> std::io::Result<TermEvent> {
        Ok(self.current.pop_front().expect("poll said ready"))
    }
}

#[test]
fn a_burst_of_2000_keys_is_handled_in_order_with_one_draw() {
    let mut b = booth();
    let alphabet: Vec<char> = "Zoë Ōkubo 田中 ?<>&'\"-_.@+0123456789abcXYZ"
        .chars()
        .collect();
    let typed: String = (0..2000)
        .map(|i| alphabet[i * 7 % alphabet.len()])
        .collect();
    assert_eq!(typed.chars().count(), 2000);
    let done = Arc::new(AtomicUsize::new(0));
    let mouse_moves = (0..50)
        .map(|i| {
            TermEvent::Mouse(MouseEvent {
                kind: MouseEventKind::Moved,
                column: i,
                row: 3,
                modifiers: KeyModifiers::NONE,
            })
        })
        .collect();
    let mut script = Script {
        batches: VecDeque::from([typed.chars().map(char_event).collect(), mouse_moves]),
        current: VecDeque::new(),
        done: Arc::clone(&done),
    };
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    b.app.run(&mut terminal, &mut script, &done).unwrap();
    assert_eq!(
        b.app.form().contact(ContactField::FirstName).value(),
        typed,
        "byte-identical"
    );
    assert_eq!(
        b.app.draws(),
        2,
        "one frame at start, one for the whole burst"
    );
}

// ---------------------------------------------------------------- lead list

#[test]
fn lead_list_is_newest_first_and_shows_hostile_text_sanitised() {
    let mut b = booth();
    for (i, name) in ["Older", "Newer"].iter().enumerate() {
        type_str(&mut b.app, name);
        focus_on(&mut b.app, Focus::Contact(ContactField::Email));
        type_str(&mut b.app, &format!("p{i}@example.com"));
        focus_on(&mut b.app, Focus::Consent(0));
        press(&mut b.app, KeyCode::Char(' '));
        ctrl(&mut b.app, 's');
    }
    // A lead that reached the database some other way with hostile text in it.
    let mut hostile = leads(&b.app)[0].clone();
    hostile.lead_id = uuid::Uuid::now_v7();
    hostile.captured_at = fixed_now() + chrono::Duration::minutes(5);
    hostile.first_name = "Evil\u{1b}[31mRed\u{9b}2J".into();
    hostile.company = "Corp\u{7}\u{85}Inc".into();
    hostile.email = "x\u{1b}]0;pwned\u{7}@example.com".into();
    b.app
        .store_mut()
        .save_lead(&hostile, "test", "lead_added")
        .unwrap();

    press(&mut b.app, KeyCode::F(2));
    assert_eq!(b.app.screen(), Screen::Leads);
    let names: Vec<&str> = b
        .app
        .leads()
        .rows()
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(names.len(), 3);
    assert!(names[0].starts_with("Evil"));
    let text = screen(&b.app, 120, 40);
    assert!(!text.contains('\u{1b}') && !text.contains('\u{9b}') && !text.contains('\u{7}'));
    assert!(text.contains("Evil\u{FFFD}[31mRed\u{FFFD}2J"), "{text}");
    assert!(text.contains("Corp\u{FFFD}\u{FFFD}Inc"), "{text}");
    let newer = text.find("Newer").unwrap();
    let older = text.find("Older").unwrap();
    assert!(newer < older, "newest first:\n{text}");
    assert!(text.contains("policy_ack"));
    press(&mut b.app, KeyCode::Down);
    press(&mut b.app, KeyCode::Esc);
    assert_eq!(b.app.screen(), Screen::Form);
}

// ---------------------------------------------------------------- sizes, colours

#[test]
fn tiny_terminals_get_a_message_not_a_panic() {
    let mut b = booth();
    for (w, h) in [(1, 1), (20, 5), (79, 24), (80, 23)] {
        let text = screen(&b.app, w, h);
        if w >= 20 {
            assert!(text.contains("enlarge"), "{w}x{h}: {text}");
        }
    }
    // Every screen says so too; at 1x1 there is no room for a word, and drawing
    // without a panic is what is checked.
    press(&mut b.app, KeyCode::F(1));
    let _ = screen(&b.app, 1, 1);
    let text = screen(&b.app, 20, 5);
    assert!(text.contains("enlarge"), "policy at 20x5: {text}");
    press(&mut b.app, KeyCode::Esc);
    press(&mut b.app, KeyCode::F(2));
    let _ = screen(&b.app, 1, 1);
    let text = screen(&b.app, 20, 5);
    assert!(text.contains("enlarge"), "leads at 20x5: {text}");
}

#[test]
fn every_screen_draws_at_many_sizes() {
    let mut b = booth();
    type_zoe(&mut b.app);
    focus_on(&mut b.app, Focus::Consent(consent_index("policy_ack")));
    press(&mut b.app, KeyCode::Char(' '));
    ctrl(&mut b.app, 's');
    assert_eq!(
        b.app.store().count_leads().unwrap(),
        1,
        "{:?}",
        b.app.message()
    );
    for action in [None, Some(Action::OpenPolicy), Some(Action::OpenLeads)] {
        let name = format!("{action:?}");
        if let Some(a) = action {
            b.app.update(Action::Back);
            b.app.update(a);
        }
        // What each screen must show at every size: its own content, the
        // header on the first row and the key hints on the last.
        let (content, hint) = match name.as_str() {
            "None" => ("First name", "Ctrl-S"),
            "Some(OpenPolicy)" => ("Privacy policy", "Esc"),
            _ => ("Zoë", "Esc"),
        };
        for (w, h) in [
            (80, 24),
            (81, 25),
            (100, 30),
            (120, 40),
            (200, 60),
            (300, 24),
        ] {
            let text = screen(&b.app, w, h);
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(lines.len(), h as usize, "{w}x{h}:\n{text}");
            assert!(text.contains(content), "{name} at {w}x{h}:\n{text}");
            assert!(
                lines[0].contains("Demo Expo 2026"),
                "{name} at {w}x{h}:\n{text}"
            );
            assert!(
                lines[h as usize - 1].contains(hint),
                "{name} at {w}x{h}:\n{text}"
            );
        }
    }
}

#[test]
fn monochrome_uses_no_colour_except_the_qr_code() {
    let mut b = booth_with(Staffing::Known("Sam".into()), Theme::monochrome());
    type_str(&mut b.app, "Zoë");
    ctrl(&mut b.app, 's');
    let check = |buf: &Buffer, policy: bool| {
        for cell in buf.content() {
            // The QR code keeps its explicit black on white.
            let qr = (cell.fg, cell.bg) == (Color::Black, Color::White);
            if policy && qr {
                continue;
            }
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{cell:?}");
            let mut allowed = Modifier::BOLD | Modifier::REVERSED | Modifier::UNDERLINED;
            if policy {
                // The policy's own emphasis (markdown italics, dim link targets):
                // text styles, not colours.
                allowed |= Modifier::ITALIC | Modifier::DIM;
            }
            assert!(allowed.contains(cell.modifier), "{cell:?}");
        }
    };
    check(&buffer(&b.app, 80, 24), false);
    press(&mut b.app, KeyCode::F(1));
    check(&buffer(&b.app, 120, 40), true);
    press(&mut b.app, KeyCode::Esc);
    press(&mut b.app, KeyCode::F(2));
    check(&buffer(&b.app, 80, 24), false);
}

#[test]
fn hint_bar_follows_the_focused_field() {
    let mut b = booth();
    let first = screen(&b.app, 120, 40);
    let last_line = |s: &str| s.lines().last().unwrap().to_owned();
    assert!(last_line(&first).contains("Ctrl-S"));
    assert!(!last_line(&first).contains("tick"));
    focus_on(&mut b.app, Focus::Consent(0));
    let on_box = screen(&b.app, 120, 40);
    assert!(
        last_line(&on_box).contains("Space"),
        "{}",
        last_line(&on_box)
    );
    press(&mut b.app, KeyCode::F(1));
    let policy = screen(&b.app, 120, 40);
    assert!(last_line(&policy).contains("PgUp/PgDn"));
    assert!(!last_line(&policy).contains("Ctrl-S"));
}

#[test]
fn f5_exports_a_signed_batch_with_progress_and_the_check_command() {
    let mut b = booth();
    type_str(&mut b.app, "Zoë");
    focus_on(&mut b.app, Focus::Contact(ContactField::Email));
    type_str(&mut b.app, "zoe@example.com");
    focus_on(&mut b.app, Focus::Consent(consent_index("policy_ack")));
    press(&mut b.app, KeyCode::Char(' '));
    ctrl(&mut b.app, 's');
    assert_eq!(leads(&b.app).len(), 1);

    assert!(screen(&b.app, 100, 30).contains("F5 export"));
    press(&mut b.app, KeyCode::F(5));
    assert_eq!(b.app.screen(), Screen::Export);
    let text = screen(&b.app, 100, 30);
    assert!(text.contains("1 lead(s), 0 erasure(s)"), "{text}");
    assert!(
        text.contains("exports"),
        "default target in the data dir: {text}"
    );
    press(&mut b.app, KeyCode::Enter);
    let start = std::time::Instant::now();
    let mut text = screen(&b.app, 120, 30);
    while !text.contains("Batch written to") {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "export finishes: {text}"
        );
        std::thread::sleep(Duration::from_millis(20));
        b.app.tick(std::time::Instant::now());
        text = screen(&b.app, 120, 30);
    }
    assert!(text.contains("batch number 1"), "{text}");
    assert!(text.contains("minisign -Vm SHA256SUMS -p"), "{text}");
    let exports = b._dir.path().join("data/exports");
    let folders: Vec<_> = std::fs::read_dir(&exports).unwrap().collect();
    assert_eq!(folders.len(), 1);
    assert!(
        b._dir.path().join("data/keys/device.pub").exists(),
        "key made on first use"
    );

    // Back to the form; a second export has nothing new and writes nothing.
    press(&mut b.app, KeyCode::Esc);
    assert_eq!(b.app.screen(), Screen::Form);
    press(&mut b.app, KeyCode::F(5));
    assert!(screen(&b.app, 100, 30).contains("0 lead(s), 0 erasure(s)"));
    press(&mut b.app, KeyCode::Enter);
    let start = std::time::Instant::now();
    while !screen(&b.app, 120, 30).contains("Nothing new") {
        assert!(start.elapsed() < Duration::from_secs(30));
        std::thread::sleep(Duration::from_millis(20));
        b.app.tick(std::time::Instant::now());
    }
    assert_eq!(std::fs::read_dir(&exports).unwrap().count(), 1);
}

#[test]
fn every_movement_stays_in_range() {
    use super::app::Step;
    assert_eq!(Step::Up.apply(0, 5, 9), 0);
    assert_eq!(Step::Down.apply(9, 5, 9), 9);
    assert_eq!(Step::Down.apply(3, 5, 9), 4);
    assert_eq!(Step::PageDown.apply(3, 5, 9), 8);
    assert_eq!(Step::PageDown.apply(8, 5, 9), 9);
    assert_eq!(Step::PageUp.apply(3, 5, 9), 0);
    assert_eq!(Step::Bottom.apply(0, 5, 9), 9);
    assert_eq!(Step::Top.apply(7, 5, 9), 0);
    assert_eq!(
        Step::PageDown.apply(0, usize::MAX, 3),
        3,
        "short lists jump to the end"
    );
    assert_eq!(Step::Down.apply(0, 1, 0), 0, "an empty list stays at 0");
}
