//! A lead's details and what staff do from there, through the booth's event
//! handling: hostile stored text shown sanitised, with consents and notes; an
//! edit saved with the lead rules and audited by field name; erasure and consent
//! withdrawal, each confirmed with a person's `y` (never a scanner's).

use crate::support::app::{PERSON, SCANNER, TuiBooth, lead};
use leadbooth::lead::Lead;
use leadbooth::tui::confirm::Confirm;
use leadbooth::tui::form::{ContactField, Focus};
use leadbooth::tui::message::MessageKind;
use leadbooth::tui::screen::ScreenKind;
use leadbooth::tui::when;
use ratatui::crossterm::event::KeyCode;

fn ada() -> Lead {
    let mut l = lead(
        "Ada",
        "Lovelace",
        "ada@example.org",
        "Analytical Engines",
        &["marketing_email", "events"],
        1,
    );
    l.notes = "Wants a demo\nnext week".into();
    l.badge_id = Some("A-000123".into());
    l
}

/// A lead that reached the database some other way with terminal escapes,
/// C1 controls and bidi overrides in it.
fn hostile() -> Lead {
    let mut l = lead("x", "y", "x@example.com", "c", &["marketing_phone"], 2);
    l.first_name = "Evil\u{1b}[31mRed\u{9b}2J".into();
    l.last_name = "\u{202e}gnp.exe".into();
    l.company = "Corp\u{7}\u{85}Inc".into();
    l.email = "x\u{1b}]0;pwned\u{7}@example.com".into();
    l.job_title = "Boss\u{0}".into();
    l.notes = "line one\n\u{1b}[2Jline two\u{1b}]52;c;Zm9v\u{7}\n\u{2066}isolated".into();
    l
}

fn open_first(b: &mut TuiBooth) {
    b.key(KeyCode::F(2), PERSON);
    b.key(KeyCode::Enter, PERSON);
    assert!(b.app.leads().unwrap().detail().is_some());
}

fn no_control(s: &str) -> bool {
    !s.chars()
        .any(|c| c.is_control() && c != '\n' || leadbooth::text::is_bidi_control(c))
}

#[test]
fn details_show_every_field_consents_and_notes_sanitised() {
    let mut b = TuiBooth::with_leads(&[ada(), hostile()]);
    open_first(&mut b); // newest first: the hostile one
    let text = b.app.leads().unwrap().detail().unwrap().text();
    let joined = text.join("\n");
    assert!(no_control(&joined), "{joined:?}");
    let screen = b.screen(120, 50);
    assert!(no_control(&screen), "{screen:?}");
    assert!(screen.contains("Evil\u{FFFD}[31mRed\u{FFFD}2J"), "{screen}");
    assert!(screen.contains("\u{FFFD}gnp.exe"), "{screen}");
    assert!(screen.contains("Corp\u{FFFD}\u{FFFD}Inc"), "{screen}");
    assert!(screen.contains("Boss\u{FFFD}"), "{screen}");
    assert!(screen.contains("line one"), "{screen}");
    assert!(
        screen.contains("\u{FFFD}[2Jline two\u{FFFD}]52;c;Zm9v\u{FFFD}"),
        "{screen}"
    );
    assert!(screen.contains("\u{FFFD}isolated"), "{screen}");
    assert!(screen.contains("[x] phone: granted"), "{screen}");
    assert!(screen.contains("[ ] events: not given"), "{screen}");

    b.key(KeyCode::Esc, PERSON);
    b.key(KeyCode::Down, PERSON);
    b.key(KeyCode::Enter, PERSON);
    let screen = b.screen(120, 50);
    // Issue 16: in the booth's local time, one way on every screen (the
    // format itself is held by booth::lists and tui::when's tests).
    let granted = format!(
        "[x] notice: granted, {}, staff_assisted",
        when::when(ada().captured_at, when::local_date(chrono::Utc::now()))
    );
    for want in [
        "Lead: Ada Lovelace",
        "ada@example.org",
        "Analytical Engines",
        "A-000123",
        "by Sam (staff)",
        granted.as_str(),
        "[x] email: granted",
        "[x] events: granted",
        "[ ] phone: not given",
        // Issue 11: the required box acknowledges the notice.
        "“I was shown how Aspera uses my details",
        "Wants a demo",
        "next week",
    ] {
        assert!(screen.contains(want), "{want:?} missing:\n{screen}");
    }
    // The details scroll at 80x24 and the hint bar offers the actions.
    let small = b.screen(80, 24);
    let hints = small.lines().last().unwrap();
    // Issue 16: "withdraw consent" is shortened to "withdraw" there, so that
    // Ctrl-Q quit fits on the bar as well.
    for h in ["e edit", "w withdraw", "x erase", "Esc back", "Ctrl-Q quit"] {
        assert!(hints.contains(h), "{hints}");
    }
    b.key(KeyCode::End, PERSON);
    let bottom = b.screen(80, 24);
    assert!(bottom.contains("next week"), "{bottom}");
    b.key(KeyCode::Esc, PERSON);
    b.key(KeyCode::Esc, PERSON);
    assert_eq!(b.app.screen().kind(), ScreenKind::Form);
}

#[test]
fn an_edit_is_checked_saved_and_audited_by_field_name() {
    // Issue 11: each consent record has its own random id, so the lead is
    // built once and compared with itself.
    let ada = ada();
    let mut b = TuiBooth::with_leads(std::slice::from_ref(&ada));
    open_first(&mut b);
    b.key(KeyCode::Char('e'), PERSON);
    let form = b.app.leads().unwrap().editing().expect("edit form");
    assert_eq!(
        form.contact(ContactField::Company).value(),
        "Analytical Engines"
    );
    assert_eq!(form.notes().lines(), ["Wants a demo", "next week"]);
    let s = b.screen(100, 30);
    assert!(s.contains("Editing Ada Lovelace"), "{s}");
    assert!(
        !s.contains("Consent: tick"),
        "no consent boxes on an edit:\n{s}"
    );

    // A broken rule is refused beside the field; nothing is written.
    for _ in 0..2 {
        b.key(KeyCode::Tab, PERSON);
    }
    b.key(KeyCode::End, PERSON);
    b.type_str(".");
    b.ctrl('s');
    let m = b.app.message().unwrap();
    assert_eq!(m.kind, MessageKind::Warning, "{}", m.text);
    assert!(m.text.starts_with("Not saved"), "{}", m.text);
    let form = b.app.leads().unwrap().editing().unwrap();
    assert!(form.error(Focus::Contact(ContactField::Email)).is_some());
    assert_eq!(
        form.contact(ContactField::Email).value(),
        "ada@example.org."
    );
    let stored = b.app.store().recent_leads(1).unwrap().remove(0);
    assert_eq!(stored.email, "ada@example.org");

    // Fixed, and two more fields changed: saved, audited by name, details again.
    b.key(KeyCode::Backspace, PERSON);
    b.key(KeyCode::Tab, PERSON);
    b.key(KeyCode::End, PERSON);
    b.type_str(" Ltd");
    b.key(KeyCode::Tab, PERSON);
    b.type_str("Countess");
    b.ctrl('s');
    let m = b.app.message().unwrap();
    assert_eq!(
        (m.kind, m.text.as_str()),
        (MessageKind::Info, "Changes saved (company, job_title).")
    );
    let d = b
        .app
        .leads()
        .unwrap()
        .detail()
        .expect("back to the details");
    assert_eq!(d.lead().company, "Analytical Engines Ltd");
    let stored = b.app.store().recent_leads(1).unwrap().remove(0);
    assert_eq!(stored.company, "Analytical Engines Ltd");
    assert_eq!(stored.job_title, "Countess");
    assert_eq!(stored.notes, "Wants a demo\nnext week");
    assert_eq!(stored.badge_id.as_deref(), Some("A-000123"));
    assert_eq!(stored.consents, ada.consents, "consents untouched");
    let audit = b.app.store().audit_log().unwrap();
    let edit = audit.iter().find(|e| e.action == "lead_edited").unwrap();
    assert_eq!(edit.detail, "company,job_title");
    assert_eq!(edit.actor, "Sam");
    assert_eq!(
        edit.lead_id.as_deref(),
        Some(stored.lead_id.to_string().as_str())
    );

    // Esc on an edit with changes asks first; without, it just goes back.
    b.key(KeyCode::Char('e'), PERSON);
    b.key(KeyCode::Esc, PERSON);
    assert!(b.app.leads().unwrap().detail().is_some());
    b.key(KeyCode::Char('e'), PERSON);
    b.type_str("x");
    b.key(KeyCode::Esc, PERSON);
    assert_eq!(b.app.confirm(), Some(Confirm::DiscardEdit));
    b.key(KeyCode::Char('n'), PERSON);
    assert!(b.app.leads().unwrap().editing().is_some());
    b.key(KeyCode::Esc, PERSON);
    b.key(KeyCode::Char('y'), PERSON);
    assert!(b.app.leads().unwrap().detail().is_some());
    assert_eq!(b.app.store().recent_leads(1).unwrap()[0].first_name, "Ada");
    // Saving without a change writes nothing.
    b.key(KeyCode::Char('e'), PERSON);
    b.ctrl('s');
    assert_eq!(b.app.message().unwrap().text, "Nothing changed.");
    let edits = b
        .app
        .store()
        .audit_log()
        .unwrap()
        .iter()
        .filter(|e| e.action == "lead_edited")
        .count();
    assert_eq!(edits, 1);
}

#[test]
fn erase_asks_and_only_a_persons_lowercase_y_erases() {
    let mut b = TuiBooth::with_leads(&[ada()]);
    open_first(&mut b);
    let id = b
        .app
        .leads()
        .unwrap()
        .detail()
        .unwrap()
        .lead()
        .lead_id
        .to_string();

    b.key(KeyCode::Char('x'), PERSON);
    assert_eq!(b.app.confirm(), Some(Confirm::EraseLead));
    assert!(b.screen(100, 30).contains("Erase this lead?"));
    // A scanner typing "...y..." right after, and a capital Y: not an answer.
    for c in "Analytical".chars() {
        b.key(KeyCode::Char(c), SCANNER);
    }
    b.key(KeyCode::Char('Y'), PERSON);
    assert_eq!(b.app.confirm(), Some(Confirm::EraseLead));
    assert_eq!(b.app.store().recent_leads(5).unwrap().len(), 1);
    b.key(KeyCode::Char('n'), PERSON);
    assert!(b.app.confirm().is_none());
    assert_eq!(b.app.store().recent_leads(5).unwrap().len(), 1);

    b.key(KeyCode::Char('x'), PERSON);
    b.key(KeyCode::Char('y'), PERSON);
    let m = b.app.message().unwrap();
    assert!(m.text.starts_with("Lead erased"), "{}", m.text);
    assert!(
        b.app.leads().unwrap().detail().is_none(),
        "back to the list"
    );
    assert!(b.app.leads().unwrap().rows().is_empty());
    assert!(b.app.store().lead(&id).is_err(), "a tombstone now");
    assert_eq!(b.app.store().erased_count().unwrap(), 1);
    let audit = b.app.store().audit_log().unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e.action == "lead_erased" && e.lead_id.as_deref() == Some(id.as_str()))
    );
}

#[test]
fn withdraw_picks_a_granted_consent_and_records_it() {
    let mut b = TuiBooth::with_leads(&[ada()]);
    open_first(&mut b);
    b.key(KeyCode::Char('w'), PERSON);
    let s = b.screen(100, 30);
    assert!(s.contains("Withdraw which consent?"), "{s}");
    // Only granted, not withdrawn purposes are offered.
    // Each by its word in the staff language, as the details name it.
    assert!(
        s.contains("  email: Send") && s.contains("  events: Invite"),
        "{s}"
    );
    assert!(!s.contains("marketing_email"), "{s}");
    b.key(KeyCode::Down, PERSON);
    b.key(KeyCode::Down, PERSON);
    assert_eq!(
        b.app.leads().unwrap().detail().unwrap().picked(),
        Some("events")
    );
    // The chosen one is marked by ▶, not by colour alone (issue 18), and
    // only it: a monochrome screen shows which one `y` would withdraw.
    let s = b.screen(100, 30);
    let marked: Vec<&str> = s.lines().filter(|l| l.contains('▶')).collect();
    assert_eq!(marked.len(), 1, "{s}");
    assert!(marked[0].contains("▶ events:"), "{s}");
    b.key(KeyCode::Enter, PERSON);
    assert_eq!(b.app.confirm(), Some(Confirm::WithdrawConsent));
    // The box covers the picker: it names the consent it would withdraw.
    let s = b.screen(100, 30);
    assert!(s.contains("║events: Invite me"), "{s}");
    b.key(KeyCode::Char('n'), PERSON);
    assert_eq!(
        b.app.leads().unwrap().detail().unwrap().picked(),
        Some("events")
    );
    b.key(KeyCode::Enter, PERSON);
    b.key(KeyCode::Char('y'), PERSON);
    let m = b.app.message().unwrap();
    assert!(
        m.text.starts_with("Consent events withdrawn at"),
        "{}",
        m.text
    );

    let stored = b.app.store().recent_leads(1).unwrap().remove(0);
    let events = stored.consent("events").unwrap();
    assert!(events.granted && events.withdrawn_at.is_some());
    assert!(stored.consent("marketing_email").unwrap().is_active());
    let d = b.app.leads().unwrap().detail().unwrap();
    assert!(!d.picking());
    let screen = b.screen(120, 50);
    // Issue 16: a withdrawn consent is no longer in force and is not shown
    // ticked (this asserted "[x] events: granted" before); it says when it was
    // withdrawn and when it had been granted.
    assert!(!screen.contains("[x] events"), "{screen}");
    assert!(screen.contains("[-] events: withdrawn "), "{screen}");
    assert!(screen.contains("(granted "), "{screen}");
    let audit = b.app.store().audit_log().unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e.action == "consent_withdrawn" && e.detail == "events")
    );

    // The list no longer counts it as granted; withdrawing again offers the rest.
    b.key(KeyCode::Char('w'), PERSON);
    for _ in 0..3 {
        b.key(KeyCode::Down, PERSON);
    }
    assert_eq!(
        b.app.leads().unwrap().detail().unwrap().picked(),
        Some("marketing_email"),
        "policy_ack and marketing_email are left"
    );
    b.key(KeyCode::Esc, PERSON);
    assert!(!b.app.leads().unwrap().detail().unwrap().picking());
    b.key(KeyCode::Esc, PERSON);
    assert!(!b.app.leads().unwrap().rows()[0].consents.contains("events"));
}

#[test]
fn nothing_to_withdraw_is_said() {
    let mut l = ada();
    for c in &mut l.consents {
        if c.purpose != "policy_ack" {
            c.granted = false;
        }
    }
    l.consents[0].withdrawn_at = Some(l.captured_at + chrono::Duration::hours(1));
    let mut b = TuiBooth::with_leads(&[l]);
    open_first(&mut b);
    b.key(KeyCode::Char('w'), PERSON);
    assert!(!b.app.leads().unwrap().detail().unwrap().picking());
    assert!(
        b.app
            .message()
            .unwrap()
            .text
            .contains("no granted consent left")
    );
}

/// The line after a withdrawal names the purpose as the picker and its
/// confirmation just did, by its word in the staff language: a French booth
/// said "Consentement marketing_email retiré" under a picker that offered
/// "e-mail" (the new user's show day in Lyon, session 10).
#[test]
fn the_withdrawal_line_names_the_purpose_by_its_staff_word() {
    let leads = [ada()];
    let mut b = TuiBooth::options()
        .staff_language(leadbooth::i18n::Language::Fr)
        .open_with(move |_, store| {
            store.save_leads(&leads, "test", "lead_added").unwrap();
        });
    open_first(&mut b);
    b.key(KeyCode::Char('w'), PERSON);
    b.key(KeyCode::Down, PERSON);
    assert_eq!(
        b.app.leads().unwrap().detail().unwrap().picked(),
        Some("marketing_email")
    );
    b.key(KeyCode::Enter, PERSON);
    b.key(KeyCode::Char('y'), PERSON);
    let m = b.app.message().unwrap();
    assert!(
        m.text.starts_with("Consentement e-mail retiré"),
        "{}",
        m.text
    );
    assert!(!m.text.contains("marketing_email"), "{}", m.text);
}

/// Issue 18 (branch i18nio): the database's refusal of an edit is said in
/// the staff language on a German booth: the lead was erased meanwhile (at
/// the command line, alongside the booth), and the form is kept.
#[test]
fn an_edit_of_a_lead_erased_meanwhile_is_refused_in_the_staff_language() {
    let ada = ada();
    let id = ada.lead_id.to_string();
    let mut b = TuiBooth::options()
        .staff_language(leadbooth::i18n::Language::De)
        .open_with(move |_, store| {
            store.save_leads(&[ada], "test", "lead_added").unwrap();
        });
    open_first(&mut b);
    b.key(KeyCode::Char('e'), PERSON);
    assert!(b.app.leads().unwrap().editing().is_some());
    let data = leadbooth::paths::DataDir::new(b.booth.data_dir());
    leadbooth::store::Store::open(&data)
        .unwrap()
        .erase_lead(&id, "cli")
        .unwrap();
    b.ctrl('s');
    let m = b.app.message().unwrap();
    assert_eq!(m.kind, MessageKind::Error, "{}", m.text);
    assert!(
        m.text.starts_with(&format!(
            "Nicht gespeichert, das Formular bleibt erhalten: Lead {id} wurde um "
        )),
        "{}",
        m.text
    );
    assert!(
        m.text.ends_with(" gelöscht; es gibt nichts mehr zu ändern"),
        "{}",
        m.text
    );
    assert!(
        b.app.leads().unwrap().editing().is_some(),
        "the form is kept"
    );
}
