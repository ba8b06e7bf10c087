//! Issue 11, "one attendee, one set of decisions": every way a person comes to
//! the staff form starts them with nothing ticked, and a different person never
//! inherits the previous one's ticks, answers, rating or notes. (Drafts: see
//! drafts.rs; the kiosk: kiosk.rs `assert_fresh_form`; an edit shows no consent
//! boxes: leads_detail.rs.)

use crate::support::app::{PERSON, TuiBooth, consent_index};
use crate::support::badges;
use leadbooth::config::Event;
use leadbooth::lead::{Entry, Rating};
use leadbooth::tui::form::{ContactField, Focus};
use leadbooth::tui::strings;
use ratatui::crossterm::event::KeyCode;

fn ticks(b: &TuiBooth) -> Vec<&'static str> {
    let e = Event::demo();
    let ids: Vec<&'static str> = e.purposes.iter().map(|p| &*p.id.clone().leak()).collect();
    (0..ids.len())
        .filter(|i| b.app.form().consent(*i))
        .map(|i| ids[i])
        .collect()
}

fn tick(b: &mut TuiBooth, purposes: &[&str]) {
    for p in purposes {
        b.focus_on(Focus::Consent(consent_index(p)));
        b.press(KeyCode::Char(' '));
    }
}

/// Zoë typed by hand, two marketing consents ticked, a rating and a note.
fn zoe_ticked(b: &mut TuiBooth) {
    b.type_str("Zoë");
    b.focus_on(Focus::Contact(ContactField::Email));
    b.type_str("zoe@example.com");
    tick(b, &["marketing_email", "events"]);
    b.focus_on(Focus::Notes);
    b.type_str("Met at the demo");
    rate(b, Rating::Hot);
    assert_eq!(ticks(b), ["marketing_email", "events"]);
}

/// The rating row, chosen with the keys a person uses.
fn rate(b: &mut TuiBooth, r: Rating) {
    b.focus_on(Focus::Rating);
    for _ in 0..4 {
        if b.app.form().rating() == Some(r) {
            return;
        }
        b.press(KeyCode::Right);
    }
    assert_eq!(b.app.form().rating(), Some(r));
}

fn granted(b: &TuiBooth) -> Vec<String> {
    b.stored_leads()[0]
        .consents
        .iter()
        .filter(|c| c.granted)
        .map(|c| c.purpose.clone())
        .collect()
}

#[test]
fn a_fresh_form_and_the_form_after_a_save_have_nothing_ticked() {
    let mut b = TuiBooth::new();
    assert!(ticks(&b).is_empty(), "fresh");
    zoe_ticked(&mut b);
    tick(&mut b, &["policy_ack"]);
    b.ctrl('s');
    assert_eq!(b.stored_leads().len(), 1);
    assert!(
        ticks(&b).is_empty(),
        "after a save, before the receipt closes"
    );
    b.press(KeyCode::Esc);
    assert!(ticks(&b).is_empty(), "after a save");
    assert!(b.app.form().is_blank());
}

#[test]
fn a_scan_over_a_ticked_form_saves_the_new_person_with_nothing_granted() {
    let mut b = TuiBooth::with_attendees();
    zoe_ticked(&mut b);
    let payload = std::fs::read_to_string(badges().join("mecard-basic.txt")).unwrap();
    b.scan(&payload);
    let f = b.app.form();
    assert_eq!(f.contact(ContactField::FirstName).value(), "Ada");
    assert!(ticks(&b).is_empty(), "Zoë's ticks left on Ada's form");
    assert_eq!(b.app.form().rating(), None, "Zoë's rating");
    assert!(
        b.app.form().notes().lines().concat().is_empty(),
        "Zoë's note"
    );
    let m = b.app.message().unwrap();
    assert!(
        m.text
            .starts_with(strings::new_attendee(leadbooth::i18n::staff())),
        "{}",
        m.text
    );
    // The notice acknowledgement is needed to save; nothing else is granted.
    tick(&mut b, &["policy_ack"]);
    b.ctrl('s');
    assert_eq!(granted(&b), ["policy_ack"]);
    let lead = &b.stored_leads()[0];
    assert_eq!(lead.first_name, "Ada");
    assert_eq!(lead.rating, None);
    assert_eq!(lead.notes, "");
    assert!(
        lead.collection
            .as_ref()
            .unwrap()
            .entry
            .contains(&Entry::Badge),
        "{:?}",
        lead.collection
    );
}

#[test]
fn a_registration_id_lookup_over_a_ticked_form_starts_a_new_person() {
    let mut b = TuiBooth::with_attendees();
    zoe_ticked(&mut b);
    b.key(KeyCode::F(3), PERSON);
    b.type_str("A-000123\r");
    assert_eq!(
        b.app.form().contact(ContactField::LastName).value(),
        "Hopper"
    );
    assert!(ticks(&b).is_empty(), "Zoë's ticks left on Grace's form");
    assert!(
        b.app
            .message()
            .unwrap()
            .text
            .starts_with(strings::new_attendee(leadbooth::i18n::staff())),
        "{:?}",
        b.app.message()
    );
    tick(&mut b, &["policy_ack"]);
    b.ctrl('s');
    assert_eq!(granted(&b), ["policy_ack"]);
    let lead = &b.stored_leads()[0];
    assert_eq!(lead.badge_id.as_deref(), Some("A-000123"));
    assert!(
        lead.collection
            .as_ref()
            .unwrap()
            .entry
            .contains(&Entry::Lookup),
        "{:?}",
        lead.collection
    );
}

#[test]
fn the_same_persons_badge_keeps_what_they_ticked() {
    // Staff typed Ada's first name and ticked her choice, then scanned her
    // badge to fill the rest: the same person, so her tick stays.
    let mut b = TuiBooth::with_attendees();
    b.type_str("ada");
    tick(&mut b, &["marketing_email"]);
    let payload = std::fs::read_to_string(badges().join("mecard-basic.txt")).unwrap();
    b.scan(&payload);
    assert_eq!(ticks(&b), ["marketing_email"]);
    assert!(
        !b.app
            .message()
            .unwrap()
            .text
            .contains(strings::new_attendee(leadbooth::i18n::staff())),
        "{:?}",
        b.app.message()
    );
}

#[test]
fn clearing_the_form_clears_every_tick_and_says_so() {
    let mut b = TuiBooth::new();
    zoe_ticked(&mut b);
    b.press(KeyCode::Esc);
    b.press(KeyCode::Char('y'));
    assert!(ticks(&b).is_empty());
    assert!(b.app.form().is_blank());
    assert_eq!(b.app.message().unwrap().text, strings::cleared());
}

/// Issue 11, "notice before consent": the layered notice (controller, why,
/// retention, rights, withdrawal, transfers) stands above the first checkbox.
#[test]
fn the_layered_notice_stands_above_the_consent_boxes() {
    let mut b = TuiBooth::new();
    let text = b.screen(120, 80);
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing:\n{text}"))
    };
    let first_box = at("I was shown how Aspera uses my details");
    for part in [
        "Who: Aspera, Inc. (sample), 100 Sample Street",
        "privacy@aspera.example",
        "Kept: We keep your details for up to 24 months",
        "Your rights:",
        "Withdraw: Withdraw any consent at any time",
        "Transfers:",
    ] {
        assert!(
            at(part) < first_box,
            "{part:?} is not above the boxes:\n{text}"
        );
    }
    // At 80x24, reaching the first box brings the notice into view with it.
    b.focus_on(Focus::Consent(0));
    let small = b.screen(80, 24);
    assert!(small.contains("Withdraw:"), "{small}");
    assert!(small.contains("I was shown how"), "{small}");
}

/// Issue 11, "a complete consent record": a staff save records, per purpose,
/// its own id, legal basis, decision, wording hash and language, tick and save
/// times and expiry; and for the lead the receipt number, what of the notice
/// was on screen, the controller, how the details came in and the data held.
#[test]
fn a_staff_save_writes_the_complete_consent_record() {
    let mut b = TuiBooth::new();
    b.type_str("Zoë");
    b.focus_on(Focus::Contact(ContactField::Email));
    b.type_str("zoe@example.com");
    // The attendee reads the full policy, with its QR code on screen.
    b.press(KeyCode::F(1));
    let _ = b.screen(120, 40);
    b.press(KeyCode::Esc);
    tick(&mut b, &["policy_ack", "marketing_email"]);
    b.ctrl('s');
    let lead = &b.stored_leads()[0];
    let now = lead.captured_at;
    let e = Event::demo();
    assert_eq!(lead.receipt_id.as_deref().map(str::len), Some(10));
    let notice = lead.notice.as_ref().unwrap();
    assert!(notice.policy_opened && notice.qr_shown, "{notice:?}");
    let controller = lead.controller.as_ref().unwrap();
    assert_eq!(controller.privacy_contact, "privacy@aspera.example");
    assert_eq!(lead.jurisdiction.as_deref(), Some("US"));
    let c = lead.collection.as_ref().unwrap();
    assert_eq!(c.entry, [Entry::Typed]);
    assert!(!c.app_version.is_empty() && !c.os_user.is_empty(), "{c:?}");
    assert_eq!(lead.data_categories, ["name", "email"]);
    let mut ids = std::collections::BTreeSet::new();
    for (r, p) in lead.consents.iter().zip(&e.purposes) {
        assert_eq!(r.purpose, p.id);
        assert!(ids.insert(r.record_id.expect("record id")), "ids differ");
        assert_eq!(r.legal_basis, Some(p.legal_basis));
        assert_eq!(r.text, p.label);
        assert_eq!(
            r.text_sha256.as_deref(),
            Some(leadbooth::policy::sha256_hex(p.label.as_bytes()).as_str())
        );
        assert_eq!(r.language.as_deref(), Some("en"));
        assert_eq!(r.at, now);
        let ticked = ["policy_ack", "marketing_email"].contains(&p.id.as_str());
        assert_eq!(r.granted, ticked, "{}", p.id);
        // Ticked before the save (the booth's clock), never after it.
        assert_eq!(r.ticked_at.is_some(), ticked, "{}", p.id);
        assert!(r.ticked_at.is_none_or(|t| t <= now), "{}", p.id);
        // A granted consent is relied on for the event's 24 months; the notice
        // acknowledgement is no consent and does not expire.
        let expires = (ticked && p.is_consent()).then(|| now + chrono::Months::new(24));
        assert_eq!(r.expires_at, expires, "{}", p.id);
    }
}
