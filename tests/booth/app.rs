//! Whole-app tests of the staff booth: keys go through the loop's own path
//! (`App::handle_event_at`, on the harness's clock), the screen is drawn on a
//! `TestBackend`, leads land in a store in a temp dir.

use std::time::Duration;

use leadbooth::config::Event;
use leadbooth::consent::ConsentMethod;
use leadbooth::lead::Source;
use leadbooth::paths::DataDir;
use leadbooth::store::Store;
use leadbooth::tui::Staffing;
use leadbooth::tui::action::Action;
use leadbooth::tui::confirm::Confirm;
use leadbooth::tui::form::{ContactField, Focus};
use leadbooth::tui::message::MessageKind;
use leadbooth::tui::screen::ScreenKind;
use leadbooth::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};
use ratatui::style::{Color, Modifier};

use crate::support::app::{
    Options, TuiBooth, consent_index, decode_qr, fixed_now, key_events, run_script,
};
use crate::support::ceiling;

/// A staff booth on the demo event, "Sam" capturing, captures at [`fixed_now`].
fn booth() -> TuiBooth {
    staff().open()
}

/// How [`booth`] opens, to change one thing.
fn staff() -> Options {
    TuiBooth::options().clock(fixed_now)
}

/// Another handle on the booth's database, as the CLI or a second process has.
fn second_store(b: &TuiBooth) -> Store {
    Store::open(&DataDir::new(b.booth.data_dir())).unwrap()
}

/// Fills a lead for "Zoë Ōkubo" without ticking anything.
fn type_zoe(b: &mut TuiBooth) {
    b.type_str("Zoë");
    b.press(KeyCode::Tab);
    b.type_str("Ōkubo");
    b.press(KeyCode::Tab);
    b.type_str("zoe@example.com");
    b.press(KeyCode::Enter); // Enter moves on like Tab
    b.type_str("Æther Ltd");
}

// ---------------------------------------------------------------- snapshots

#[test]
fn snapshot_fresh_form_80x24() {
    let mut b = booth();
    insta::assert_snapshot!(b.screen(80, 24));
}

#[test]
fn snapshot_fresh_form_120x40() {
    let mut b = booth();
    insta::assert_snapshot!(b.screen(120, 40));
}

#[test]
fn snapshot_policy_80x24() {
    let mut b = booth();
    b.press(KeyCode::F(1));
    insta::assert_snapshot!(b.screen(80, 24));
}

#[test]
fn snapshot_policy_120x40() {
    let mut b = booth();
    b.press(KeyCode::F(1));
    insta::assert_snapshot!(b.screen(120, 40));
}

#[test]
fn snapshot_refused_save_80x24() {
    let mut b = booth();
    b.type_str("Zoë");
    b.press(KeyCode::Tab);
    b.press(KeyCode::Tab);
    b.type_str("zoe@example");
    b.ctrl('s');
    insta::assert_snapshot!(b.screen(80, 24));
}

#[test]
fn snapshot_refused_save_at_the_consent_120x40() {
    let mut b = booth();
    type_zoe(&mut b);
    b.ctrl('s');
    insta::assert_snapshot!(b.screen(120, 40));
}

// ---------------------------------------------------------------- saving

#[test]
fn save_without_required_consent_is_refused_beside_it_and_nothing_is_stored() {
    let mut b = booth();
    type_zoe(&mut b);
    let marketing = consent_index("marketing_email");
    b.focus_on(Focus::Consent(marketing));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');

    assert!(b.stored_leads().is_empty());
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
    let text = b.screen(120, 40);
    let rows: Vec<&str> = text.lines().collect();
    let at = rows
        .iter()
        // Issue 11: the required box is the notice acknowledgement ("I was
        // shown how ..."), no longer "I have seen the privacy policy and agree".
        .position(|l| l.contains("I was shown how"))
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
    type_zoe(&mut b);
    for id in ["policy_ack", "marketing_email"] {
        let i = consent_index(id);
        b.focus_on(Focus::Consent(i));
        b.press(KeyCode::Char(' '));
    }
    b.focus_on(Focus::Notes);
    b.type_str("Wants a demo");
    b.press(KeyCode::Enter);
    b.type_str("next week");
    b.ctrl('s');

    let saved = b.stored_leads();
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

    // Issue 11: the attendee's receipt shows first, its QR code holding the
    // receipt number and exactly the purposes granted; a key closes it.
    // Decoded from the rendered 80x24 buffer, as a phone would read it.
    let id = lead.receipt_id.clone().expect("receipt number");
    assert_eq!(
        decode_qr(&b.buffer(80, 24)).as_deref(),
        Some(
            format!(
                "RECEIPT {id}\nDEMO-2026 2026-11-29 10:15 UTC\nAGREED: EMAIL\n\
                 mailto:privacy@aspera.example?subject=WITHDRAW%20{id}"
            )
            .as_str()
        ),
        "the receipt holds no personal data, only what was agreed and how to withdraw"
    );
    b.press(KeyCode::Esc);
    assert!(b.app.receipt().is_none());

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
    let text = b.screen(120, 80);
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
    b.type_str("Ann");
    b.focus_on(Focus::Contact(ContactField::Phone));
    b.type_str("ext 12");
    b.focus_on(Focus::Consent(0));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');
    assert_eq!(b.stored_leads().len(), 1);
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
    type_zoe(&mut b);
    b.focus_on(Focus::Consent(0));
    b.press(KeyCode::Char(' '));
    // The database refuses every new lead from now on, as a full disk would.
    rusqlite::Connection::open(b.booth.data_dir().join("leadbooth.sqlite3"))
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER refuse_leads BEFORE INSERT ON leads \
             BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;",
        )
        .unwrap();
    b.ctrl('s');
    let m = b.app.message().unwrap();
    assert_eq!(m.kind, MessageKind::Error);
    assert!(m.text.starts_with("Not saved, the form is kept"), "{m:?}");
    assert_eq!(b.app.form().contact(ContactField::FirstName).value(), "Zoë");
    assert!(b.app.form().consent(0));
}

#[test]
fn staff_picker_records_who_captured() {
    let mut b = staff()
        .staffing(Staffing::Pick(vec!["Sam".into(), "Alex".into()]))
        .open();
    assert_eq!(b.app.screen().kind(), ScreenKind::PickStaff);
    assert!(b.screen(80, 24).contains("Alex"));
    b.press(KeyCode::Down);
    b.press(KeyCode::Enter);
    assert_eq!(b.app.screen().kind(), ScreenKind::Form);
    assert_eq!(b.app.staff(), "Alex");
    assert!(b.screen(80, 24).contains("Staff: Alex"));
    type_zoe(&mut b);
    b.focus_on(Focus::Consent(0));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');
    assert_eq!(b.stored_leads()[0].captured_by, "Alex");
}

#[test]
fn confirmations_fade_but_errors_stay() {
    let mut b = booth();
    type_zoe(&mut b);
    b.focus_on(Focus::Consent(0));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');
    let later =
        std::time::Instant::now() + leadbooth::tui::message::MESSAGE_TTL + Duration::from_secs(1);
    assert_eq!(b.app.message().unwrap().kind, MessageKind::Info);
    assert!(!b.app.tick(std::time::Instant::now()));
    assert!(b.app.tick(later));
    assert!(b.app.message().is_none());
    b.send(TermEvent::Paste("\u{0}".into()));
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
    assert!(!b.app.handle_event_at(TermEvent::Key(release), b.now));
    let mut repeat = release;
    repeat.kind = KeyEventKind::Repeat;
    b.send(TermEvent::Key(repeat));
    assert_eq!(b.app.form().contact(ContactField::FirstName).value(), "a");
}

#[test]
fn question_mark_is_text_in_a_field_and_opens_the_policy_elsewhere() {
    let mut b = booth();
    b.type_str("Who?");
    assert_eq!(b.app.screen().kind(), ScreenKind::Form);
    assert_eq!(
        b.app.form().contact(ContactField::FirstName).value(),
        "Who?"
    );
    b.focus_on(Focus::Consent(0));
    b.type_str("?");
    assert_eq!(b.app.screen().kind(), ScreenKind::Policy);
}

#[test]
fn policy_view_scrolls_and_returns_to_the_form_untouched() {
    let mut b = booth();
    type_zoe(&mut b);
    let focus = b.app.form().focus();
    b.press(KeyCode::F(1));
    assert_eq!(b.app.screen().kind(), ScreenKind::Policy);
    let _ = b.screen(80, 24); // a draw tells the view its height
    let top = b.screen(80, 24);
    b.press(KeyCode::PageDown);
    assert!(b.app.policy().unwrap().scroll() > 1);
    b.send(TermEvent::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    }));
    b.press(KeyCode::End);
    let end = b.app.policy().unwrap().scroll();
    let bottom = b.screen(80, 24);
    assert_ne!(top, bottom);
    assert!(
        bottom.contains("zendesk.com"),
        "the last line shows at the end:\n{bottom}"
    );
    b.press(KeyCode::Down);
    assert_eq!(
        b.app.policy().unwrap().scroll(),
        end,
        "End is the last page"
    );
    b.press(KeyCode::Up);
    assert_eq!(b.app.policy().unwrap().scroll(), end - 1);
    b.press(KeyCode::Home);
    assert_eq!(b.app.policy().unwrap().scroll(), 0);
    b.press(KeyCode::Esc);
    assert_eq!(b.app.screen().kind(), ScreenKind::Form);
    assert_eq!(b.app.form().focus(), focus);
    assert_eq!(
        b.app.form().contact(ContactField::Company).value(),
        "Æther Ltd"
    );
    assert!(b.app.confirm().is_none());
    b.press(KeyCode::F(1));
    b.press(KeyCode::F(1));
    assert_eq!(b.app.screen().kind(), ScreenKind::Form);
}

#[test]
fn policy_title_shows_version_and_date_and_the_qr_code_decodes() {
    let mut b = booth();
    b.press(KeyCode::F(1));
    let version = Event::demo().policy.short_version().to_owned();
    for (w, h) in [(80, 24), (120, 40), (100, 30)] {
        let buf = b.buffer(w, h);
        let text = b.screen(w, h);
        assert!(text.contains(&version), "{w}x{h}");
        assert!(text.contains("2012-10-09"), "{w}x{h}");
        assert!(text.contains("https://example.org/privacy"), "{w}x{h}");
        assert_eq!(
            decode_qr(&buf).as_deref(),
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
    event.policy = leadbooth::policy::Policy::builtin(&url);
    let mut b = staff().event(event).open();
    b.press(KeyCode::F(1));
    // Too narrow to sit beside the text, tall enough to sit above it.
    let buf = b.buffer(80, 50);
    assert_eq!(decode_qr(&buf).as_deref(), Some(url.as_str()));
    let text = b.screen(80, 50);
    let qr_row = text.lines().position(|l| l.contains('█')).unwrap();
    let title_row = text
        .lines()
        .position(|l| l.contains("Privacy policy"))
        .unwrap();
    assert!(qr_row < title_row, "code above the text:\n{text}");
    // No room for all of it: a note and the URL, never a clipped code.
    let text = b.screen(80, 24);
    assert!(
        text.contains("Enlarge the window to show the QR code"),
        "{text}"
    );
    assert!(text.contains("https://events.example.org/"), "{text}");
    assert_eq!(decode_qr(&b.buffer(80, 24)), None);
    // An unencodable URL says why.
    let mut event = Event::demo();
    event.policy = leadbooth::policy::Policy::builtin(&"x".repeat(3000));
    let mut b = staff().event(event).open();
    b.press(KeyCode::F(1));
    assert!(
        b.screen(120, 40)
            .contains("No QR code: the URL is too long")
    );
}

#[test]
fn enter_moves_on_and_esc_with_content_asks_before_clearing() {
    let mut b = booth();
    b.press(KeyCode::Esc);
    assert!(b.app.confirm().is_none(), "nothing to lose on a blank form");
    b.type_str("Zoë");
    b.press(KeyCode::Enter);
    assert_eq!(b.app.form().focus(), Focus::Contact(ContactField::LastName));
    b.press(KeyCode::Esc);
    assert_eq!(b.app.confirm(), Some(Confirm::ClearForm));
    assert!(b.screen(80, 24).contains("Clear the form?"));
    // Keys other than y/n/Esc do nothing while asking (a scanner's Enter included).
    b.type_str("abc");
    b.press(KeyCode::Enter);
    b.ctrl('s');
    b.press(KeyCode::Char('n'));
    assert!(b.app.confirm().is_none());
    assert_eq!(b.app.form().contact(ContactField::FirstName).value(), "Zoë");
    assert_eq!(b.app.form().contact(ContactField::LastName).value(), "");
    b.press(KeyCode::Esc);
    b.press(KeyCode::Char('y'));
    assert!(b.app.form().is_blank());
    assert_eq!(b.app.form().focus(), Focus::FIRST);
}

#[test]
fn ctrl_q_quits_at_once_on_a_blank_form_and_asks_otherwise() {
    let mut b = booth();
    b.type_str("x");
    b.ctrl('q');
    assert!(!b.app.should_quit());
    assert_eq!(
        b.app.confirm(),
        Some(Confirm::QuitWithLead),
        "a half-typed lead: keep as draft or lose"
    );
    b.press(KeyCode::Esc);
    assert!(!b.app.should_quit());
    b.ctrl('q');
    b.press(KeyCode::Char('y'));
    assert!(b.app.should_quit());

    let mut b = booth();
    b.ctrl('q');
    assert!(b.app.should_quit());
}

#[test]
fn choices_checkboxes_and_rating_by_keyboard() {
    let mut b = booth();
    let event = Event::demo();
    let single = event
        .questions
        .iter()
        .position(|q| q.kind == leadbooth::config::QuestionKind::Single)
        .unwrap();
    let multiple = event
        .questions
        .iter()
        .position(|q| q.kind == leadbooth::config::QuestionKind::Multiple)
        .unwrap();
    b.type_str("Ann");
    b.focus_on(Focus::Question(single));
    b.press(KeyCode::Right);
    b.press(KeyCode::Right);
    b.press(KeyCode::Left);
    b.focus_on(Focus::Question(multiple));
    b.press(KeyCode::Char(' '));
    b.press(KeyCode::Down);
    b.press(KeyCode::Down);
    b.press(KeyCode::Char(' '));
    b.focus_on(Focus::Rating);
    b.press(KeyCode::Char(' '));
    b.press(KeyCode::Right);
    let draft = b.app.form().draft(&event);
    use leadbooth::lead::{Answer, Rating};
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
    b.send(TermEvent::Paste("Zoë\r\n".into()));
    assert_eq!(b.app.form().contact(ContactField::FirstName).value(), "Zoë");
    b.send(TermEvent::Paste("Bad\u{1b}]0;title\u{7}".into()));
    assert_eq!(b.app.form().contact(ContactField::FirstName).value(), "Zoë");
    let m = b.app.message().unwrap();
    assert_eq!(m.kind, MessageKind::Error);
    assert!(m.text.contains("U+001B"));
}

#[test]
fn a_paste_that_does_not_fit_the_field_is_refused_whole_naming_the_limit() {
    const FIELD_CHARS: usize = 1_000;
    const NOTES_CHARS: usize = 20_000;
    let mut b = booth();
    // At the limit: taken.
    b.send(TermEvent::Paste("é".repeat(FIELD_CHARS)));
    assert_eq!(
        b.app
            .form()
            .contact(ContactField::FirstName)
            .value()
            .chars()
            .count(),
        FIELD_CHARS
    );
    // One more character, typed or pasted: refused, the field as it was.
    b.type_str("x");
    b.send(TermEvent::Paste("y".into()));
    let value = b
        .app
        .form()
        .contact(ContactField::FirstName)
        .value()
        .to_owned();
    assert_eq!(value, "é".repeat(FIELD_CHARS));
    let m = b.app.message().unwrap();
    assert_eq!(m.kind, MessageKind::Error);
    assert!(
        m.text.contains("First name") && m.text.contains(&FIELD_CHARS.to_string()),
        "{}",
        m.text
    );
    // Past the limit in one paste, into an empty field.
    b.press(KeyCode::Tab);
    b.send(TermEvent::Paste("z".repeat(FIELD_CHARS + 1)));
    assert_eq!(b.app.form().contact(ContactField::LastName).value(), "");
    assert!(b.app.message().unwrap().text.contains("Last name"));
    // A pasted megabyte into the notes: refused at once.
    b.focus_on(Focus::Notes);
    b.send(TermEvent::Paste("n".repeat(NOTES_CHARS)));
    assert_eq!(b.app.form().notes().lines().concat().len(), NOTES_CHARS);
    b.send(TermEvent::Paste("m".repeat(1024 * 1024)));
    assert_eq!(b.app.form().notes().lines().concat().len(), NOTES_CHARS);
    let m = b.app.message().unwrap();
    assert!(
        m.text.contains("Notes") && m.text.contains(&NOTES_CHARS.to_string()),
        "{}",
        m.text
    );
    // The booth is still responsive: the form saves what fits.
    b.press(KeyCode::Esc);
    b.press(KeyCode::Char('y'));
    assert!(b.app.form().is_blank());
}

#[test]
fn an_open_question_takes_no_paste() {
    let mut b = booth();
    b.type_str("Zoë");
    b.press(KeyCode::Esc);
    assert_eq!(b.app.confirm(), Some(Confirm::ClearForm));
    b.send(TermEvent::Paste("Ann".into()));
    assert_eq!(b.app.form().contact(ContactField::FirstName).value(), "Zoë");
    assert_eq!(b.app.confirm(), Some(Confirm::ClearForm), "still asking");
}

// ---------------------------------------------------------------- scanner burst

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
    run_script(&mut b.app, vec![key_events(&typed), mouse_moves]);
    // A name holds 1,000 characters (issue 13): those arrive byte-identical and
    // in order, the rest are refused.
    let kept: String = typed.chars().take(1_000).collect();
    assert_eq!(
        b.app.form().contact(ContactField::FirstName).value(),
        kept,
        "byte-identical"
    );
    assert_eq!(
        b.app.draws(),
        2,
        "one frame at start, one for the whole burst"
    );

    // Into the notes, which hold 20,000 characters: all 2,000 keys arrive,
    // byte-identical and in order, none lost to the burst.
    let mut b = booth();
    b.focus_on(Focus::Notes);
    run_script(&mut b.app, vec![key_events(&typed)]);
    assert_eq!(
        b.app.form().notes().lines().concat(),
        typed,
        "all 2,000 keys, byte-identical"
    );
}

// ---------------------------------------------------------------- lead list

#[test]
fn lead_list_is_newest_first_and_shows_hostile_text_sanitised() {
    let mut b = booth();
    for (i, name) in ["Older", "Newer"].iter().enumerate() {
        b.type_str(name);
        b.focus_on(Focus::Contact(ContactField::Email));
        b.type_str(&format!("p{i}@example.com"));
        b.focus_on(Focus::Consent(0));
        b.press(KeyCode::Char(' '));
        b.ctrl('s');
    }
    // A lead that reached the database some other way with hostile text in it.
    let mut hostile = b.stored_leads()[0].clone();
    hostile.lead_id = uuid::Uuid::now_v7();
    // Issue 11: a receipt number belongs to one lead only.
    hostile.receipt_id = Some(leadbooth::lead::new_receipt_id());
    hostile.captured_at = fixed_now() + chrono::Duration::minutes(5);
    hostile.first_name = "Evil\u{1b}[31mRed\u{9b}2J".into();
    hostile.company = "Corp\u{7}\u{85}Inc".into();
    hostile.email = "x\u{1b}]0;pwned\u{7}@example.com".into();
    second_store(&b)
        .save_lead(&hostile, "test", "lead_added")
        .unwrap();

    b.press(KeyCode::F(2));
    assert_eq!(b.app.screen().kind(), ScreenKind::Leads);
    let names: Vec<&str> = b
        .app
        .leads()
        .unwrap()
        .rows()
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(names.len(), 3);
    assert!(names[0].starts_with("Evil"));
    let text = b.screen(120, 40);
    assert!(!text.contains('\u{1b}') && !text.contains('\u{9b}') && !text.contains('\u{7}'));
    assert!(text.contains("Evil\u{FFFD}[31mRed\u{FFFD}2J"), "{text}");
    assert!(text.contains("Corp\u{FFFD}\u{FFFD}Inc"), "{text}");
    let newer = text.find("Newer").unwrap();
    let older = text.find("Older").unwrap();
    assert!(newer < older, "newest first:\n{text}");
    // Consents by their purposes' words, never their ids (issue 16).
    assert!(!text.contains("policy_ack"), "{text}");
    b.press(KeyCode::Down);
    b.press(KeyCode::Esc);
    assert_eq!(b.app.screen().kind(), ScreenKind::Form);
}

// ---------------------------------------------------------------- what a frame hands back

/// The body rows of a drawn screen (the status line, message line and hint bar
/// left out).
fn body_rows(text: &str) -> Vec<String> {
    let rows: Vec<String> = text.lines().map(str::to_owned).collect();
    rows[1..rows.len() - 2].to_vec()
}

#[test]
fn after_a_frame_the_policy_pages_by_its_height_and_ends_at_its_last_line() {
    let mut b = booth();
    b.press(KeyCode::F(1));
    let _ = b.screen(120, 40);
    b.press(KeyCode::PageDown);
    let page = b.app.policy().unwrap().scroll();
    assert!(
        page > 20,
        "a page of a 40-row screen, not the 9 rows before any draw: {page}"
    );
    b.press(KeyCode::End);
    let bottom = b.screen(120, 40);
    b.press(KeyCode::Up);
    assert_ne!(
        b.screen(120, 40),
        bottom,
        "Up from the end moves the text: End stopped at the last line"
    );
}

#[test]
fn after_a_frame_the_lead_table_pages_by_its_height_and_keeps_its_scroll() {
    let mut b = booth();
    type_zoe(&mut b);
    b.focus_on(Focus::Consent(0));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');
    let first = b.stored_leads()[0].clone();
    for i in 1..30 {
        let mut lead = first.clone();
        lead.lead_id = uuid::Uuid::now_v7();
        // Issue 11: a receipt number belongs to one lead only.
        lead.receipt_id = Some(leadbooth::lead::new_receipt_id());
        lead.first_name = format!("Person{i:02}");
        lead.captured_at = fixed_now() + chrono::Duration::minutes(i);
        second_store(&b)
            .save_lead(&lead, "test", "lead_added")
            .unwrap();
    }
    b.press(KeyCode::F(2));
    let _ = b.screen(80, 24);
    b.press(KeyCode::PageDown);
    let rows = b.app.leads().unwrap().rows();
    let at = rows
        .iter()
        .position(|r| Some(r) == b.app.leads().unwrap().selected())
        .unwrap();
    // 24 rows: status, title, search, table header, message and hint bar
    // leave 18 lead rows; a page keeps one of them.
    assert_eq!(at, 17, "PgDn moves a page less one row");
    b.press(KeyCode::End);
    let end = body_rows(&b.screen(80, 24));
    b.press(KeyCode::Up);
    let up = body_rows(&b.screen(80, 24));
    assert_eq!(
        end[3], up[3],
        "the table does not scroll while the row is on show"
    );
}

#[test]
fn after_a_frame_the_form_keeps_its_scroll_while_the_focus_is_on_show() {
    let mut b = booth();
    b.focus_on(Focus::Notes);
    let at_notes = body_rows(&b.screen(80, 24));
    b.press(KeyCode::BackTab);
    assert_eq!(b.app.form().focus(), Focus::Rating);
    let at_rating = body_rows(&b.screen(80, 24));
    assert_eq!(
        at_notes[0], at_rating[0],
        "the rating is on show: the form does not jump"
    );
}

// ---------------------------------------------------------------- sizes, colours

#[test]
fn tiny_terminals_get_a_message_not_a_panic() {
    let mut b = booth();
    for (w, h) in [(1, 1), (20, 5), (79, 24), (80, 23)] {
        let text = b.screen(w, h);
        if w >= 20 {
            assert!(text.contains("enlarge"), "{w}x{h}: {text}");
        }
    }
    // Every screen says so too; at 1x1 there is no room for a word, and drawing
    // without a panic is what is checked.
    b.press(KeyCode::F(1));
    let _ = b.screen(1, 1);
    let text = b.screen(20, 5);
    assert!(text.contains("enlarge"), "policy at 20x5: {text}");
    b.press(KeyCode::Esc);
    b.press(KeyCode::F(2));
    let _ = b.screen(1, 1);
    let text = b.screen(20, 5);
    assert!(text.contains("enlarge"), "leads at 20x5: {text}");
}

#[test]
fn every_screen_draws_at_many_sizes() {
    let mut b = booth();
    type_zoe(&mut b);
    b.focus_on(Focus::Consent(consent_index("policy_ack")));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');
    assert_eq!(b.stored_leads().len(), 1, "{:?}", b.app.message());
    // Issue 11: the save shows the attendee's receipt first; it is a screen
    // like the others and must draw at every size too. A key closes it.
    let receipt = |b: &mut TuiBooth| assert!(b.app.receipt().is_some());
    let form = |b: &mut TuiBooth| {
        b.press(KeyCode::Esc);
        assert!(b.app.receipt().is_none());
    };
    let policy = |b: &mut TuiBooth| {
        b.app.update(Action::Back);
        b.app.update(Action::OpenPolicy);
    };
    let leads = |b: &mut TuiBooth| {
        b.app.update(Action::Back);
        b.app.update(Action::OpenLeads);
    };
    // A screen: its name, how to open it, what it shows, its key hint.
    type Screen<'a> = (&'a str, &'a dyn Fn(&mut TuiBooth), &'a str, &'a str);
    let screens: [Screen; 4] = [
        ("receipt", &receipt, "Receipt", "Any key"),
        ("form", &form, "First name", "Ctrl-S"),
        ("policy", &policy, "Privacy policy", "Esc"),
        ("leads", &leads, "Zoë", "Esc"),
    ];
    for (name, open, content, hint) in screens {
        open(&mut b);
        // What each screen must show at every size: its own content, the
        // header on the first row and the key hints on the last.
        for (w, h) in [
            (80, 24),
            (81, 25),
            (100, 30),
            (120, 40),
            (200, 60),
            (300, 24),
        ] {
            let text = b.screen(w, h);
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(lines.len(), h as usize, "{w}x{h}:\n{text}");
            assert!(text.contains(content), "{name} at {w}x{h}:\n{text}");
            if name == "receipt" {
                // The receipt gives the whole screen to its code (so it scans
                // at 80x24), its hint in the text beside it: the code must
                // decode at every size.
                assert!(text.contains(hint), "{name} at {w}x{h}:\n{text}");
                let qr = decode_qr(&b.buffer(w, h));
                assert!(
                    qr.as_deref().is_some_and(|q| q.starts_with("RECEIPT ")),
                    "{name} at {w}x{h}: {qr:?}\n{text}"
                );
                continue;
            }
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
    let mut b = staff().theme(Theme::monochrome()).open();
    b.type_str("Zoë");
    b.ctrl('s');
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
    check(&b.buffer(80, 24), false);
    b.press(KeyCode::F(1));
    check(&b.buffer(120, 40), true);
    b.press(KeyCode::Esc);
    b.press(KeyCode::F(2));
    check(&b.buffer(80, 24), false);
}

#[test]
fn hint_bar_follows_the_focused_field() {
    let mut b = booth();
    let bar = |b: &mut TuiBooth| b.hint_bar_rows(120, 40).join("\n");
    let first = bar(&mut b);
    assert!(first.contains("Ctrl-S"));
    assert!(!first.contains("tick"));
    b.focus_on(Focus::Consent(0));
    let on_box = bar(&mut b);
    assert!(on_box.contains("Space tick"), "{on_box}");
    b.press(KeyCode::F(1));
    let policy = bar(&mut b);
    assert!(policy.contains("PgUp/PgDn"));
    assert!(!policy.contains("Ctrl-S"));
}

#[test]
fn f5_exports_a_signed_batch_with_progress_and_the_check_command() {
    let mut b = booth();
    b.type_str("Zoë");
    b.focus_on(Focus::Contact(ContactField::Email));
    b.type_str("zoe@example.com");
    b.focus_on(Focus::Consent(consent_index("policy_ack")));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');
    assert_eq!(b.stored_leads().len(), 1);
    // Issue 11: the receipt shows after a save until a key closes it.
    assert!(b.app.receipt().is_some());
    b.press(KeyCode::Esc);

    assert!(b.screen(100, 30).contains("F5 export"));
    b.press(KeyCode::F(5));
    assert_eq!(b.app.screen().kind(), ScreenKind::Export);
    let text = b.screen(100, 30);
    assert!(text.contains("1 lead, 0 erasures or withdrawals"), "{text}");
    assert!(
        text.contains("exports"),
        "default target in the data dir: {text}"
    );
    b.press(KeyCode::Enter);
    let text = b.wait_for_screen(120, 30, "Batch written to");
    assert!(text.contains("batch number 1"), "{text}");
    assert!(text.contains("minisign -Vm SHA256SUMS -p"), "{text}");
    let exports = b.booth.data_dir().join("exports");
    // Issue 16: one batch folder, and the device's public key beside it.
    let batches = || {
        std::fs::read_dir(&exports)
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().is_dir())
            .count()
    };
    assert_eq!(batches(), 1);
    assert!(
        b.booth.data_dir().join("keys/device.pub").exists(),
        "key made on first use"
    );
    let public = std::fs::read_to_string(b.booth.data_dir().join("keys/device.pub")).unwrap();
    let beside: Vec<_> = std::fs::read_dir(&exports)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "pub"))
        .collect();
    assert_eq!(beside.len(), 1, "{beside:?}");
    assert_eq!(std::fs::read_to_string(&beside[0]).unwrap(), public);

    // Back to the form; a second export has nothing new and writes nothing.
    b.press(KeyCode::Esc);
    assert_eq!(b.app.screen().kind(), ScreenKind::Form);
    b.press(KeyCode::F(5));
    assert!(
        b.screen(100, 30)
            .contains("0 leads, 0 erasures or withdrawals")
    );
    b.press(KeyCode::Enter);
    b.wait_for_screen(120, 30, "Nothing new");
    assert_eq!(batches(), 1);
}

#[test]
fn f5_says_to_whom_the_batch_is_encrypted_and_asks_for_the_key_passphrase_masked() {
    let office = age_recipient();
    let mut event = Event::demo();
    event.recipients = vec![
        leadbooth::recipients::parse_recipient(
            &office,
            1,
            &leadbooth::recipients::Origin::EventFile("test event".into()),
        )
        .unwrap(),
    ];
    let mut b = staff().event(event).open();
    b.type_str("Zoë");
    b.focus_on(Focus::Contact(ContactField::Email));
    b.type_str("zoe@example.com");
    b.focus_on(Focus::Consent(consent_index("policy_ack")));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');
    let data = DataDir::new(b.booth.data_dir());
    leadbooth::batch::DeviceKey::of(&data)
        .init(
            uuid::Uuid::nil(),
            leadbooth::batch::KeyProtection::Passphrase("booth pass".into()),
            false,
        )
        .unwrap();

    b.press(KeyCode::F(5));
    let text = b.screen(100, 30);
    let short = format!("{}…{}", &office[..8], &office[office.len() - 6..]);
    assert!(
        text.contains(&format!("Encrypted to 1 recipient: {short}")),
        "{text}"
    );
    assert!(text.contains("Passphrase of the signing key"), "{text}");

    // The signing key's passphrase goes through its KDF, which takes tens of
    // seconds in a debug build on a loaded machine: four ceilings.
    let finish =
        |b: &mut TuiBooth, until: &str| b.wait_for_screen_within(120, 30, until, 4 * ceiling());
    b.type_str("wrong");
    assert!(b.screen(100, 30).contains("•••••"), "masked");
    assert!(!b.screen(100, 30).contains("wrong"), "never shown");
    b.press(KeyCode::Enter);
    finish(&mut b, "Wrong passphrase; nothing was written");
    let exports = b.booth.data_dir().join("exports");
    assert_eq!(
        std::fs::read_dir(&exports).map(|d| d.count()).unwrap_or(0),
        0
    );

    b.type_str("booth pass");
    b.press(KeyCode::Enter);
    let text = finish(&mut b, "Batch written to");
    assert!(text.contains(".tar.age"), "{text}");
    assert!(text.contains("sha256sum -c"), "{text}");
    let mut names: Vec<String> = std::fs::read_dir(&exports)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // Issue 16: the three files of the batch, and the public key beside them.
    let key = names.pop().unwrap();
    assert!(key.starts_with("device-") && key.ends_with(".pub"), "{key}");
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.iter().all(|n| n.contains(".tar.age")), "{names:?}");

    // Without recipients the screen says, in so many words, that it is plain text.
    let mut plain = booth();
    plain.press(KeyCode::F(5));
    assert!(plain.screen(100, 30).contains("NOT encrypted"));
}

/// A fresh age recipient (its identity is thrown away: nothing is decrypted here).
fn age_recipient() -> String {
    let t = tempfile::tempdir().unwrap();
    let path = t.path().join("office.key");
    leadbooth::batch::create_identity(&path, "test").unwrap()
}
