//! Issue 12 at the booth: the lead list finds a person by email or phone
//! without case or accents; an erased person scanned again starts a new lead
//! with nothing of the old one.

use ratatui::crossterm::event::KeyCode;

use crate::support::app::{TuiBooth, consent_index};
use leadbooth::tui::form::{ContactField, Focus};

#[test]
fn an_erased_person_scanned_again_starts_a_new_lead_without_old_data() {
    let mut b = TuiBooth::with_attendees();
    b.scan("A-000122\r");
    b.wait(std::time::Duration::from_millis(100));
    assert_eq!(
        b.app.form().contact(ContactField::LastName).value(),
        "Turing"
    );
    b.focus_on(Focus::Consent(consent_index("policy_ack")));
    b.press(KeyCode::Char(' '));
    b.focus_on(Focus::Notes);
    b.type_str("wants a demo");
    b.ctrl('s');
    let first = b.stored_leads();
    assert_eq!(first.len(), 1);
    let id = first[0].lead_id.to_string();
    // The person asks for erasure (at the booth's command line, beside the TUI).
    b.booth
        .ok(&["leads", "erase", "--person", "ALAN@example.co.uk"]);
    // Scanned again: the attendee row went with the erasure, nothing old returns.
    b.scan("A-000122\r");
    b.wait(std::time::Duration::from_millis(100));
    let text = b.screen(120, 40);
    for old in ["Alan", "Turing", "alan@example.co.uk", "wants a demo"] {
        assert!(!text.contains(old), "{old:?} after the erasure:\n{text}");
    }
    assert!(text.contains("not in the attendee list"), "{text}");
    b.focus_on(Focus::FIRST);
    b.type_str("Al");
    b.press(KeyCode::Tab);
    b.press(KeyCode::Tab);
    b.type_str("al.new@example.com");
    b.focus_on(Focus::Consent(consent_index("policy_ack")));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');
    let leads = b.stored_leads();
    assert_eq!(leads.len(), 1, "the tombstone is not listed; one new lead");
    assert_ne!(leads[0].lead_id.to_string(), id, "a new lead");
    assert_eq!(leads[0].notes, "");
    assert_eq!(leads[0].last_name, "");
}
