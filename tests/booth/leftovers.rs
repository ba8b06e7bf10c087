//! Issue 16, show-day leftovers: a long status message is shown whole (wrapped
//! to the message area, "…" only when it truly does not fit); a free-text
//! question says that it takes typing, in every shipped language; the lead
//! list's consent column speaks a booth person's words at 80 and 120 columns.

use leadbooth::config::{Event, QuestionKind};
use leadbooth::i18n::{self, Language, msg};
use leadbooth::tui::form::Focus;
use ratatui::crossterm::event::KeyCode;

use crate::support::app::{PIN, TuiBooth, fixed_now, lead};

/// The rows between the form and the hint bar at the bottom of `screen`, joined.
fn bottom(screen: &str, rows: usize) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    lines[lines.len().saturating_sub(rows + 1)..lines.len() - 1]
        .iter()
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_long_status_message_is_wrapped_whole_not_cut_to_its_first_line() {
    let mut b = TuiBooth::new();
    // A badge the booth cannot read: the message names the reason in full.
    b.scan("BEGIN:VCARD\rVERSION:5.0\rFN:Ann Lee\rEND:VCARD\r");
    let text = b.app.message().expect("a message").text.clone();
    assert!(text.chars().count() > 80, "long enough to test: {text}");
    let screen = b.screen(80, 24);
    let shown = bottom(&screen, 3);
    for word in text.split_whitespace() {
        assert!(
            shown.contains(word),
            "{word:?} of {text:?} not shown:\n{screen}"
        );
    }
    assert!(
        !shown.contains('…'),
        "it fits in the message area:\n{screen}"
    );
    // The form keeps the rest of the screen; the hint bar stays the last row.
    assert!(
        screen.lines().last().unwrap().contains("Ctrl-S"),
        "{screen}"
    );
    // At 120 columns it takes one row.
    let wide = b.screen(120, 40);
    assert!(wide.contains(text.trim_end_matches('.')), "{wide}");
}

#[test]
fn a_free_text_question_says_it_takes_typing_in_every_language() {
    let event = Event::demo();
    let q = event
        .questions
        .iter()
        .position(|q| q.kind == QuestionKind::Text)
        .expect("the demo event asks a free-text question");
    for lang in Language::ALL {
        let mut k = TuiBooth::options()
            .kiosk(Some(PIN))
            .clock(fixed_now)
            .pace(std::time::Duration::from_millis(30))
            .tick_each()
            .open();
        for _ in 0..Language::ALL.len() {
            if k.app.attendee_language() == lang {
                break;
            }
            k.press(KeyCode::F(4));
        }
        k.press(KeyCode::Enter);
        k.focus_on(Focus::Question(q));
        let hint = i18n::text(lang, msg::TEXT_ANSWER_HINT);
        let screen = k.screen(80, 24);
        assert!(
            screen.contains(hint),
            "{lang}: {hint:?} not shown:\n{screen}"
        );
        // Once typing starts the hint gives way to the answer.
        k.type_str("Q3");
        let screen = k.screen(80, 24);
        assert!(!screen.contains(hint), "{lang}:\n{screen}");
    }
}

#[test]
fn the_lead_lists_consent_column_shows_purpose_words_not_ids() {
    let ann = lead(
        "Ann",
        "Lee",
        "ann@example.com",
        "Acme",
        &["policy_ack", "marketing_email", "events"],
        0,
    );
    for (w, h) in [(80, 24), (120, 40)] {
        let mut b = TuiBooth::with_leads(std::slice::from_ref(&ann));
        b.press(KeyCode::F(2));
        let screen = b.screen(w, h);
        for id in ["policy_ack", "marketing_email", "marketing"] {
            assert!(!screen.contains(id), "{w}x{h}: id {id} shown:\n{screen}");
        }
        let row = screen
            .lines()
            .find(|l| l.contains("Ann Lee"))
            .unwrap_or_else(|| panic!("{screen}"));
        assert!(row.contains("email"), "{w}x{h}: {row}\n{screen}");
        assert!(row.contains("events"), "{w}x{h}: {row}\n{screen}");
    }
}

/// A save refused for the required box at 80x24, in every attendee language:
/// the box and its "is required" mark are on screen, not scrolled under the
/// notice (seen off screen in the show-day run of session 8).
#[test]
fn a_refused_save_shows_the_marked_box_and_its_reason_at_80x24() {
    for lang in Language::ALL {
        let mut b = TuiBooth::new();
        while b.app.attendee_language() != lang {
            b.press(KeyCode::F(4));
        }
        b.type_str("Kari");
        b.press(KeyCode::Tab);
        b.press(KeyCode::Tab);
        b.type_str("kari@example.com");
        b.ctrl('s');
        let screen = b.screen(80, 24);
        assert_eq!(b.app.form().focus(), Focus::Consent(0), "{lang}:\n{screen}");
        let reason = i18n::text(lang, msg::booth::RULE_REQUIRED);
        let words: Vec<&str> = reason.split_whitespace().collect();
        let flat: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(&words.join(" ")) || words.iter().all(|w| screen.contains(w)),
            "{lang}: {reason:?} not on screen:\n{screen}"
        );
        assert!(screen.contains("▶ [ ]"), "{lang}:\n{screen}");
    }
}

/// A field not being typed in shows its value's start, ended with "…" when it
/// goes on (a long company read from a badge showed only its end, with no
/// sign of the cut: show-day run); the focused one follows the cursor.
#[test]
fn a_long_value_shows_its_start_and_an_ellipsis_when_not_focused() {
    use leadbooth::tui::form::ContactField;
    let company =
        "Forschungsinstitut für sehr lange Namen und noch längere Abteilungsbezeichnungen, Berlin";
    let mut b = TuiBooth::new();
    b.focus_on(Focus::Contact(ContactField::Company));
    b.type_str(company);
    let typing = b.screen(80, 24);
    assert!(
        typing.contains("Berlin"),
        "the cursor's end while typing:\n{typing}"
    );
    b.focus_on(Focus::FIRST);
    let screen = b.screen(80, 24);
    let row = screen
        .lines()
        .find(|l| l.contains("Forschungsinstitut"))
        .unwrap_or_else(|| panic!("the company's start is not on screen:\n{screen}"));
    assert!(row.contains('…'), "{row}");
    assert!(!row.contains("Berlin"), "{row}");
}
