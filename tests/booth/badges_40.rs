//! The forty badges of `tests/fixtures/badges-40/` (vCard 2.1, 3.0 and 4.0
//! with folding and quoted-printable, MECARD variants, leading Enters,
//! phone-only cards, address countries as names) through the booth's real event
//! handling: each scanned as a keyboard-wedge burst from a starting focus where
//! a leaked key would do harm (a consent, the rating), and each pasted. The form
//! must hold exactly the fields the badge carries (a badge that may have been
//! cut short is refused whole), and no consent, answer or rating may change. The same set runs through the real binary in tmux
//! (`tests/tmux/badges_40.rs`).

use leadbooth::config::Event;
use leadbooth::tui::form::{ContactField, Focus};
use ratatui::crossterm::event::Event as TermEvent;
use serde_json::Value;

use crate::support::app::{PERSON, TuiBooth};
use crate::support::{badges_40, report};

const FIELDS: [(&str, ContactField); 7] = [
    ("first_name", ContactField::FirstName),
    ("last_name", ContactField::LastName),
    ("email", ContactField::Email),
    ("company", ContactField::Company),
    ("job_title", ContactField::JobTitle),
    ("phone", ContactField::Phone),
    ("country", ContactField::Country),
];

/// Where focus is when the n-th badge arrives: places where a key that leaked
/// into the form would tick a consent or set the rating.
fn starting_focus(n: usize) -> Focus {
    let e = Event::demo();
    match n % 4 {
        0 => Focus::FIRST,
        1 => Focus::Consent(1),
        2 => Focus::Rating,
        _ => Focus::Consent(e.purposes.len() - 1),
    }
}

/// What is wrong with the form after a badge (empty when it holds exactly
/// `expected` and nothing else changed).
fn problems(b: &TuiBooth, expected: &serde_json::Map<String, Value>) -> Vec<String> {
    let form = b.app.form();
    let mut out = Vec::new();
    for (name, field) in FIELDS {
        let want = expected.get(name).and_then(Value::as_str).unwrap_or("");
        let got = form.contact(field).value();
        if got != want {
            out.push(format!("{name}: {got:?}, want {want:?}"));
        }
    }
    let refused = expected.get("refused").is_some_and(|r| r == true);
    let said = b.app.message().map(|m| m.text.clone()).unwrap_or_default();
    if refused != said.starts_with("Badge not read") {
        out.push(format!("refused: {}, want {refused}", !refused));
    }
    let draft = form.draft(&Event::demo());
    if draft.consents.iter().any(|c| c.granted) {
        out.push("a consent was ticked".into());
    }
    if draft.rating.is_some() {
        out.push(format!("the rating was set: {:?}", draft.rating));
    }
    if !draft.answers.is_empty() {
        out.push(format!("answers changed: {:?}", draft.answers));
    }
    if !draft.notes.is_empty() {
        out.push(format!("notes changed: {:?}", draft.notes));
    }
    out
}

#[test]
fn forty_badges_scanned_and_pasted_prefill_exactly_and_tick_nothing() {
    let set = badges_40();
    assert_eq!(set.len(), 40);
    let mut failed = Vec::new();
    let (mut burst_ok, mut paste_ok) = (0, 0);
    for (n, (name, payload, expected)) in set.iter().enumerate() {
        for paste in [false, true] {
            let mut b = TuiBooth::with_attendees();
            b.focus_on(starting_focus(n));
            if paste {
                b.event(TermEvent::Paste(payload.clone()), PERSON);
            } else {
                b.scan(payload);
                // A badge without its end is read when 600 ms pass with no key.
                b.wait(std::time::Duration::from_millis(700));
            }
            let p = problems(&b, expected);
            if p.is_empty() {
                *(if paste { &mut paste_ok } else { &mut burst_ok }) += 1;
            } else {
                let how = if paste { "pasted" } else { "scanned" };
                failed.push(format!(
                    "{name} {how}: {}; status: {:?}",
                    p.join(", "),
                    b.app.message().map(|m| m.text.clone())
                ));
            }
        }
    }
    report(&format!(
        "badges-40 in process: {burst_ok} of 40 read correctly as a scanner burst, {paste_ok} of 40 as a paste"
    ));
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
