//! Quicker ways through the staff form (issue 16): jump keys (Alt and a
//! letter) to the email, company and phone fields and to the questions,
//! consents, rating and notes. The same lead is typed with Tab alone and with
//! the jump keys; both give the same stored lead, and the key presses are
//! counted (a chord such as Alt-T or Ctrl-S counts as one key press; the
//! figures go to stderr for the report).

use leadbooth::lead::{Lead, Rating};
use leadbooth::tui::form::{ContactField, Focus};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use crate::support::app::{TuiBooth, fixed_now, key_event, key_events};
use crate::support::report;

/// One step of typing a lead.
#[derive(Clone, Copy)]
enum K<'a> {
    Text(&'a str),
    Key(KeyCode),
    Tabs(usize),
    Alt(char),
    Ctrl(char),
}

/// Sends `steps` and returns the key presses they took.
fn type_lead(b: &mut TuiBooth, steps: &[K]) -> usize {
    let mut presses = 0;
    for step in steps {
        match *step {
            K::Text(t) => {
                for e in key_events(t) {
                    b.send(e);
                    presses += 1;
                }
            }
            K::Key(code) => {
                b.press(code);
                presses += 1;
            }
            K::Tabs(n) => {
                for _ in 0..n {
                    b.press(KeyCode::Tab);
                    presses += 1;
                }
            }
            K::Alt(c) => {
                b.send(key_event(KeyCode::Char(c), KeyModifiers::ALT));
                presses += 1;
            }
            K::Ctrl(c) => {
                b.ctrl(c);
                presses += 1;
            }
        }
    }
    presses
}

/// The example lead: name, email, company, phone, country, two
/// consents (the notice and email marketing), a rating and a note.
const NAME: [&str; 2] = ["Kari", "Nordmann"];
const EMAIL: &str = "kari@example.com";
const COMPANY: &str = "Fjord AS";
const PHONE: &str = "+47 912 34 567";
const COUNTRY: &str = "Norway";
const NOTE: &str = "Wants a demo";

/// Both ways start alike: name, email and company, a Tab (or Enter) apart.
fn name_to_company() -> Vec<K<'static>> {
    use K::*;
    vec![
        Text(NAME[0]),
        Tabs(1),
        Text(NAME[1]),
        Tabs(1),
        Text(EMAIL),
        Tabs(1),
        Text(COMPANY),
    ]
}

fn with_tab() -> Vec<K<'static>> {
    use K::*;
    let mut steps = name_to_company();
    steps.extend([
        Tabs(2), // past the job title
        Text(PHONE),
        Tabs(1),
        Text(COUNTRY),
        Tabs(4), // past the three questions to the notice
        Key(KeyCode::Char(' ')),
        Tabs(1),
        Key(KeyCode::Char(' ')),
        Tabs(6), // past five consents to the rating
        Key(KeyCode::Right),
        Tabs(1),
        Text(NOTE),
        Ctrl('s'),
    ]);
    steps
}

fn with_jumps() -> Vec<K<'static>> {
    use K::*;
    let mut steps = name_to_company();
    steps.extend([
        Alt('p'),
        Text(PHONE),
        Tabs(1),
        Text(COUNTRY),
        Alt('t'),
        Key(KeyCode::Char(' ')),
        Tabs(1),
        Key(KeyCode::Char(' ')),
        Alt('r'),
        Key(KeyCode::Right),
        Tabs(1),
        Text(NOTE),
        Ctrl('s'),
    ]);
    steps
}

/// Presses that move between fields (Tab and jump keys), from the email field
/// up to the rating.
fn moves_email_to_rating(steps: &[K]) -> usize {
    steps
        .iter()
        .skip_while(|s| !matches!(s, K::Text(t) if *t == EMAIL))
        .take_while(|s| !matches!(s, K::Key(KeyCode::Right)))
        .map(|s| match s {
            K::Tabs(n) => *n,
            K::Alt(_) => 1,
            _ => 0,
        })
        .sum()
}

fn saved(steps: &[K]) -> (Lead, usize) {
    let mut b = TuiBooth::options().clock(fixed_now).open();
    let presses = type_lead(&mut b, steps);
    let leads = b.stored_leads();
    assert_eq!(leads.len(), 1, "saved: {}", b.screen(120, 40));
    (leads.into_iter().next().unwrap(), presses)
}

fn what_was_captured(l: &Lead) -> impl PartialEq + std::fmt::Debug {
    let granted: Vec<String> = l
        .consents
        .iter()
        .filter(|c| c.granted)
        .map(|c| c.purpose.clone())
        .collect();
    (
        [
            l.first_name.clone(),
            l.last_name.clone(),
            l.email.clone(),
            l.company.clone(),
            l.job_title.clone(),
            l.phone.clone(),
            l.country.clone(),
            l.notes.clone(),
        ],
        l.rating,
        granted,
        l.answers.len(),
    )
}

#[test]
fn jump_keys_type_the_same_lead_in_fewer_key_presses() {
    let (by_tab, tab_presses) = saved(&with_tab());
    let (by_jump, jump_presses) = saved(&with_jumps());
    assert_eq!(what_was_captured(&by_tab), what_was_captured(&by_jump));
    assert_eq!(by_jump.first_name, "Kari");
    assert_eq!(by_jump.phone, "+4791234567");
    assert_eq!(by_jump.country, "NO");
    assert_eq!(by_jump.notes, NOTE);
    assert_eq!(by_jump.rating, Some(Rating::Hot));
    let (tab_moves, jump_moves) = (
        moves_email_to_rating(&with_tab()),
        moves_email_to_rating(&with_jumps()),
    );
    report(&format!(
        "keystrokes for the issue's example lead: {tab_presses} with Tab alone \
         ({tab_moves} field moves from email to rating), {jump_presses} with jump keys \
         ({jump_moves} moves); chords (Alt-P, Ctrl-S) count one"
    ));
    assert_eq!((tab_presses, tab_moves), (90, 15));
    assert_eq!((jump_presses, jump_moves), (81, 6));
}

#[test]
fn each_jump_key_lands_where_it_says_and_a_missing_part_does_not_move() {
    let mut b = TuiBooth::options().clock(fixed_now).open();
    for (c, to) in [
        ('e', Focus::Contact(ContactField::Email)),
        ('c', Focus::Contact(ContactField::Company)),
        ('p', Focus::Contact(ContactField::Phone)),
        ('a', Focus::Question(0)),
        ('t', Focus::Consent(0)),
        ('r', Focus::Rating),
        ('o', Focus::Notes),
        ('n', Focus::Contact(ContactField::FirstName)),
        // Shift held too: the same jump.
        ('O', Focus::Notes),
    ] {
        let mods = if c.is_uppercase() {
            KeyModifiers::ALT | KeyModifiers::SHIFT
        } else {
            KeyModifiers::ALT
        };
        b.send(key_event(KeyCode::Char(c), mods));
        assert_eq!(b.app.form().focus(), to, "Alt-{c}");
    }
    assert!(b.app.form().is_blank(), "a jump types nothing");
    // The staff form names the section jumps beside their headings.
    b.send(key_event(KeyCode::Char('a'), KeyModifiers::ALT));
    let screen = b.screen(120, 40);
    assert!(screen.contains("Questions   · Alt-A"), "{screen}");

    // The kiosk has no rating or notes: those jumps stay where they are, and
    // its headings carry no staff keys.
    let mut k = TuiBooth::options().kiosk(Some("2468")).open();
    k.press(KeyCode::Enter);
    k.send(key_event(KeyCode::Char('r'), KeyModifiers::ALT));
    assert_eq!(
        k.app.form().focus(),
        Focus::Contact(ContactField::FirstName)
    );
    k.send(key_event(KeyCode::Char('t'), KeyModifiers::ALT));
    assert_eq!(k.app.form().focus(), Focus::Consent(0));
    assert!(!k.screen(120, 40).contains("Alt-"));
}
