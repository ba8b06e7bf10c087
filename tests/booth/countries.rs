//! One country table on the booth's screens: a badge whose address names its
//! country in the attendee's language ("Deutschland") prefills it; staff see the
//! code, an attendee at the kiosk the name; a country typed as a name in any
//! shipped language is saved as its code.

use std::time::Duration;

use leadbooth::tui::form::{ContactField, Focus};
use leadbooth::tui::screen::ScreenKind;
use ratatui::crossterm::event::KeyCode;

use crate::support::app::{PIN, TuiBooth, consent_index, fixed_now};

/// A vCard 3.0 as a badge printer writes it, the address's country a German name.
const CARD: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Weber;Jana;;;\r\nFN:Jana Weber\r\n\
EMAIL:jana.weber@example.de\r\nADR;TYPE=WORK:;;Hauptstr. 5;Köln;;50667;Deutschland\r\n\
END:VCARD\r\n";

/// The country field's row on the screen.
fn country_row(text: &str) -> String {
    text.lines()
        .find(|l| l.contains("Country"))
        .unwrap_or_else(|| panic!("no country row:\n{text}"))
        .to_owned()
}

#[test]
fn a_badge_address_in_german_prefills_the_code_for_staff() {
    let mut b = TuiBooth::new();
    b.scan(CARD);
    b.settle_burst();
    assert_eq!(b.app.form().contact(ContactField::Country).value(), "DE");
    assert!(b.app.form().from_badge(ContactField::Country));
    let row = country_row(&b.screen(120, 40));
    assert!(row.contains("DE"), "{row}");
    b.focus_on(Focus::Consent(consent_index("policy_ack")));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');
    let saved = b.stored_leads();
    assert_eq!(saved.len(), 1, "{:?}", b.screen(120, 40));
    assert_eq!(saved[0].country, "DE");
}

#[test]
fn a_kiosk_attendee_sees_their_country_named_not_coded() {
    let mut k = TuiBooth::options()
        .kiosk(Some(PIN))
        .clock(fixed_now)
        .pace(Duration::from_millis(30))
        .tick_each()
        .open();
    k.press(KeyCode::Enter);
    assert_eq!(k.app.screen().kind(), ScreenKind::Form);
    k.scan(CARD);
    k.settle_burst();
    assert_eq!(
        k.app.form().contact(ContactField::Country).value(),
        "Germany"
    );
    let row = country_row(&k.screen(120, 40));
    assert!(row.contains("Germany") && !row.contains("DE"), "{row}");
    k.focus_on(Focus::Consent(consent_index("policy_ack")));
    k.press(KeyCode::Char(' '));
    k.ctrl('s');
    let saved = k.stored_leads();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].country, "DE", "saved as the code all the same");
}

#[test]
fn countries_typed_as_names_are_saved_as_codes() {
    for (typed, code) in [
        ("Norge", "NO"),
        ("Deutschland", "DE"),
        ("allemagne", "DE"),
        ("Alemania", "DE"),
        ("Germania", "DE"),
        ("Tyskland", "DE"),
    ] {
        let mut b = TuiBooth::new();
        b.type_str("Kari");
        b.focus_on(Focus::Contact(ContactField::Email));
        b.type_str("kari@example.no");
        b.focus_on(Focus::Contact(ContactField::Country));
        b.type_str(typed);
        b.focus_on(Focus::Consent(consent_index("policy_ack")));
        b.press(KeyCode::Char(' '));
        b.ctrl('s');
        let saved = b.stored_leads();
        assert_eq!(saved.len(), 1, "{typed}: {}", b.screen(120, 40));
        assert_eq!(saved[0].country, code, "{typed}");
    }
}
