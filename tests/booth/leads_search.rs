//! The lead list's search box through the booth's event handling: typing (or `/`)
//! filters by name, email and company as you type, with the count; Esc clears;
//! Enter opens the highlighted lead. (The time per keystroke at 100,000 leads is
//! a benchmark: P7 in benches/booth.rs.)

use crate::support::app::{PERSON, TuiBooth, lead};
use leadbooth::lead::Lead;
use leadbooth::tui::screen::ScreenKind;
use ratatui::crossterm::event::{Event as TermEvent, KeyCode};

fn people() -> Vec<Lead> {
    vec![
        lead(
            "Ada",
            "Lovelace",
            "ada@example.org",
            "Analytical Engines",
            &[],
            1,
        ),
        lead(
            "Grace",
            "Hopper",
            "grace@example.net",
            "Compiler Works",
            &["marketing_email"],
            2,
        ),
        lead(
            "Alan",
            "Turing",
            "alan@bletchley.example",
            "Bletchley Computing",
            &[],
            3,
        ),
        lead("Zoë", "Ōkubo", "zoe@example.com", "Æther Ltd", &[], 4),
    ]
}

fn names(b: &TuiBooth) -> Vec<String> {
    b.app
        .leads()
        .expect("the lead list is on show")
        .rows()
        .iter()
        .map(|r| r.name.clone())
        .collect()
}

#[test]
fn typing_filters_by_name_email_and_company_as_you_type() {
    let mut b = TuiBooth::with_leads(&people());
    b.key(KeyCode::F(2), PERSON);
    assert_eq!(b.app.screen().kind(), ScreenKind::Leads);
    assert_eq!(
        names(&b),
        ["Zoë Ōkubo", "Alan Turing", "Grace Hopper", "Ada Lovelace"]
    );

    // Just typing focuses the search; each key narrows at once.
    b.type_str("a");
    assert_eq!(names(&b).len(), 4, "every lead has an 'a' somewhere");
    b.type_str("l");
    assert_eq!(
        names(&b),
        ["Alan Turing", "Ada Lovelace"],
        "Alan, Analytical"
    );
    let s = b.screen(100, 24);
    assert!(s.contains("Search: al"), "{s}");
    assert!(s.contains("2 matches"), "{s}");
    b.type_str("a");
    assert_eq!(names(&b), ["Alan Turing"]);
    assert!(b.screen(100, 24).contains("1 match"));
    b.key(KeyCode::Backspace, PERSON);
    assert_eq!(names(&b).len(), 2);

    // Esc clears the search, a second Esc leaves the list.
    b.key(KeyCode::Esc, PERSON);
    assert_eq!(b.app.leads().unwrap().query(), "");
    assert_eq!(names(&b).len(), 4);
    assert_eq!(b.app.screen().kind(), ScreenKind::Leads);

    // Email and company, any case, non-ASCII included.
    for (query, who) in [
        ("bletchley", "Alan Turing"),
        ("COMPILER", "Grace Hopper"),
        ("æther", "Zoë Ōkubo"),
        ("grace@example.net", "Grace Hopper"),
        ("ōkubo", "Zoë Ōkubo"),
    ] {
        b.key(KeyCode::Char('/'), PERSON);
        b.type_str(query);
        assert_eq!(names(&b), [who], "{query}");
        b.key(KeyCode::Esc, PERSON);
    }

    // No match says so.
    b.type_str("zzz");
    assert!(names(&b).is_empty());
    let s = b.screen(100, 24);
    assert!(
        s.contains("No lead matches") && s.contains("no match"),
        "{s}"
    );
    b.key(KeyCode::Esc, PERSON);
    b.key(KeyCode::Esc, PERSON);
    assert_eq!(b.app.screen().kind(), ScreenKind::Form);
}

#[test]
fn a_pasted_search_and_enter_opens_the_highlighted_match() {
    let mut b = TuiBooth::with_leads(&people());
    b.key(KeyCode::F(2), PERSON);
    b.event(TermEvent::Paste("hopper\r\n".into()), PERSON);
    assert_eq!(b.app.leads().unwrap().query(), "hopper");
    assert_eq!(names(&b), ["Grace Hopper"]);
    b.key(KeyCode::Enter, PERSON);
    let d = b.app.leads().unwrap().detail().expect("details open");
    assert_eq!(d.lead().email, "grace@example.net");
    // Back to the list, the search still there.
    b.key(KeyCode::Esc, PERSON);
    assert!(b.app.leads().unwrap().detail().is_none());
    assert_eq!(names(&b), ["Grace Hopper"]);
    // Down and Enter pick the second match.
    b.key(KeyCode::Esc, PERSON);
    b.type_str("al");
    b.key(KeyCode::Down, PERSON);
    b.key(KeyCode::Enter, PERSON);
    let d = b.app.leads().unwrap().detail().unwrap();
    assert_eq!(d.lead().first_name, "Ada");
}

#[test]
fn the_list_draws_at_every_size() {
    let mut b = TuiBooth::with_leads(&people());
    b.key(KeyCode::F(2), PERSON);
    b.type_str("a");
    // Each screen shows its own content at every usable size, and asks for a
    // larger window below 80x24 (at 1x1 not even that fits: no panic is all).
    let check = |b: &mut TuiBooth, want: &str| {
        for (w, h) in [(80, 24), (100, 30), (200, 60), (1, 1), (20, 5)] {
            let s = b.screen(w, h);
            match (w, h) {
                (1, 1) => {}
                (20, 5) => assert!(s.contains("enlarge"), "{want} at {w}x{h}:\n{s}"),
                _ => assert!(s.contains(want), "{want} at {w}x{h}:\n{s}"),
            }
        }
    };
    check(&mut b, "4 matches");
    b.key(KeyCode::Enter, PERSON);
    check(&mut b, "Lead: Zoë Ōkubo");
    b.key(KeyCode::Char('e'), PERSON);
    check(&mut b, "Editing Zoë Ōkubo");
}
