//! Issue 16: the same person captured twice at one show. Before a save, a
//! saved lead with the same email, phone or registration ID is named ("already
//! captured at 13:42 by Sam"); `u` updates that lead instead, recording today's
//! consent decisions as new decisions (the earlier records go to the history).

use ratatui::crossterm::event::KeyCode;

use crate::support::app::{TuiBooth, consent_index, lead};
use leadbooth::tui::form::{ContactField, Focus};

fn type_person(b: &mut TuiBooth, first: &str, email: &str, phone: &str, tick: &[&str]) {
    b.focus_on(Focus::FIRST);
    b.type_str(first);
    b.focus_on(Focus::Contact(ContactField::Email));
    b.type_str(email);
    b.focus_on(Focus::Contact(ContactField::Phone));
    b.type_str(phone);
    for purpose in ["policy_ack"].iter().chain(tick) {
        b.focus_on(Focus::Consent(consent_index(purpose)));
        b.press(KeyCode::Char(' '));
    }
}

#[test]
fn the_same_email_is_named_before_saving_and_u_updates_that_lead() {
    let earlier = lead(
        "Kari",
        "Nordmann",
        "kari@example.no",
        "Equinor",
        &["events"],
        0,
    );
    let mut b = TuiBooth::with_leads(std::slice::from_ref(&earlier));
    type_person(&mut b, "Kari", "KARI@example.no", "", &["marketing_email"]);
    b.focus_on(Focus::Contact(ContactField::JobTitle));
    b.type_str("CTO");
    b.ctrl('s');
    let text = b.screen(80, 24);
    assert!(text.contains("already captured at"), "{text}");
    assert!(text.contains("by Sam"), "{text}");
    assert!(text.contains("same email"), "{text}");
    assert_eq!(b.stored_leads().len(), 1, "nothing saved before the answer");
    // A scanner's upper-case letters cannot answer; `u` does.
    b.press(KeyCode::Char('U'));
    assert_eq!(b.stored_leads().len(), 1);
    b.press(KeyCode::Char('u'));
    let leads = b.stored_leads();
    assert_eq!(leads.len(), 1, "updated, not saved twice");
    let l = &leads[0];
    assert_eq!(l.lead_id, earlier.lead_id);
    assert_eq!(l.job_title, "CTO");
    assert_eq!(l.company, "Equinor", "an empty field keeps the saved value");
    // Today's grant is the current record, with its own id and today's time.
    let email = l.consent("marketing_email").unwrap();
    assert!(email.is_active());
    assert_ne!(
        email.record_id,
        earlier.consent("marketing_email").unwrap().record_id
    );
    // Not ticking "events" today is not a withdrawal: the earlier grant stands.
    let events = l.consent("events").unwrap();
    assert!(events.is_active());
    assert_eq!(
        events.record_id,
        earlier.consent("events").unwrap().record_id
    );
    // ... and both of today's other decisions and the replaced records are kept.
    let history = b
        .app
        .store()
        .consent_history(&l.lead_id.to_string())
        .unwrap();
    assert!(
        history
            .iter()
            .any(|(c, why)| c.purpose == "marketing_email" && !c.granted && why == "superseded")
    );
    assert!(
        history
            .iter()
            .any(|(c, why)| c.purpose == "events" && !c.granted && why == "recorded_not_current")
    );
    let text = b.screen(120, 40);
    assert!(text.contains("Updated Kari Nordmann"), "{text}");
    assert!(
        b.app.form().is_blank(),
        "the form clears for the next attendee"
    );
}

#[test]
fn the_same_phone_is_caught_and_s_saves_a_second_lead_and_esc_keeps_the_form() {
    let mut b = TuiBooth::new();
    type_person(&mut b, "Ola", "", "+47 912 34 567", &[]);
    b.ctrl('s');
    assert_eq!(b.stored_leads().len(), 1);
    b.press(KeyCode::Esc);
    type_person(&mut b, "Ola N.", "ola@example.no", "+4791234567", &[]);
    b.ctrl('s');
    let text = b.screen(120, 40);
    assert!(text.contains("same phone"), "{text}");
    // Esc: back to the form, nothing lost, nothing saved.
    b.press(KeyCode::Esc);
    assert_eq!(b.stored_leads().len(), 1);
    assert_eq!(
        b.app.form().contact(ContactField::Email).value(),
        "ola@example.no"
    );
    b.ctrl('s');
    b.press(KeyCode::Char('s'));
    assert_eq!(
        b.stored_leads().len(),
        2,
        "saved as a second lead on request"
    );
}

#[test]
fn an_erased_lead_is_never_named_as_captured_before() {
    let earlier = lead("Kari", "Nordmann", "kari@example.no", "", &[], 0);
    let mut b = TuiBooth::with_leads(std::slice::from_ref(&earlier));
    b.booth
        .ok(&["leads", "erase", &earlier.lead_id.to_string()]);
    type_person(&mut b, "Kari", "kari@example.no", "", &[]);
    b.ctrl('s');
    assert!(!b.screen(80, 24).contains("already captured"));
    assert_eq!(b.stored_leads().len(), 1);
}

/// The message of the save before ("Saved. 1 lead captured.") is about the
/// lead before: it does not stay under the duplicate box (show-day run).
#[test]
fn the_last_saves_message_goes_when_the_duplicate_box_opens() {
    let mut b = TuiBooth::new();
    type_person(&mut b, "Kari", "kari@example.no", "", &[]);
    b.ctrl('s');
    assert!(b.stored_leads().len() == 1);
    let saved = b.app.message().map(|m| m.text.clone()).unwrap_or_default();
    b.press(KeyCode::Esc);
    type_person(&mut b, "Kari", "kari@example.no", "", &[]);
    b.ctrl('s');
    let text = b.screen(80, 24);
    assert!(text.contains("already captured at"), "{text}");
    let first_line = saved.lines().next().unwrap_or_default();
    assert!(
        first_line.is_empty() || !text.contains(first_line),
        "{first_line:?} still on screen:\n{text}"
    );
}
