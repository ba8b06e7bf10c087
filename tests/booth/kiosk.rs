//! Kiosk mode, whole-app: the attract → form → thank-you cycle, the idle timeout,
//! the PIN and its lockout, and the privacy rule that no key, click or timer shows
//! a stored lead without the PIN. Time is the harness's clock: events 10 ms
//! apart, each followed by the loop's tick.

use std::io::Write as _;
use std::time::Duration;

use leadbooth::config::Event;
use leadbooth::consent::ConsentMethod;
use leadbooth::lead::{Lead, Source};
use leadbooth::pin::PIN_SETTING;
use leadbooth::store::Store;
use leadbooth::tui::form::{ContactField, Focus};
use leadbooth::tui::modal::Modal;
use leadbooth::tui::screen::ScreenKind;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event as TermEvent, KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use crate::support::app::{
    Options, PIN, TuiBooth, char_event, cheap_pin_hash, consent_index, decode_qr, fixed_now,
    key_event, key_events, lead, run_script,
};

/// Stored leads with names found nowhere else, and prefixes to grep the screen
/// for (a table may cut a long cell).
const SECRETS: [(&str, &str, &str, &str); 3] = [
    (
        "Quixotica",
        "Vantablack",
        "quixotica.v@secret-one.example",
        "Umbrage Holdings",
    ),
    (
        "Zebulon",
        "Marmaduke",
        "zeb.marmaduke@secret-two.example",
        "Kestrelworks",
    ),
    (
        "Ottoline",
        "Fenwick-Pryce",
        "o.fenwick@secret-three.example",
        "Plovercast",
    ),
];

/// The show's pre-registered attendee list (the badge corpus's
/// `attendees.csv`), loaded into every kiosk of these tests as a real kiosk has it.
fn attendees() -> Vec<leadbooth::attendee::ListedAttendee> {
    let csv = crate::support::badges().join("attendees.csv");
    leadbooth::attendee::read_csv(std::fs::File::open(csv).unwrap())
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn secret_fragments() -> Vec<String> {
    let attendees = attendees();
    SECRETS
        .iter()
        .flat_map(|(f, l, e, c)| [*f, *l, *e, *c])
        .chain(
            attendees
                .iter()
                .map(|l| &l.attendee)
                .flat_map(|a| [&a.first_name, &a.last_name, &a.email, &a.phone])
                .filter(|s| !s.is_empty())
                .map(String::as_str),
        )
        .map(|s| s.chars().take(5).collect())
        .collect()
}

/// How a kiosk opens: the demo event, the test [`PIN`], captures at
/// [`fixed_now`], an attendee's events 10 ms apart, each followed by a tick.
fn kiosk_options() -> Options {
    TuiBooth::options()
        .kiosk(Some(PIN))
        .clock(fixed_now)
        // A person typing fast, but slower than a scanner (20 ms).
        .pace(Duration::from_millis(30))
        .tick_each()
}

/// A kiosk with the attendee list loaded and the [`SECRETS`] stored.
fn kiosk() -> TuiBooth {
    kiosk_options().open_with(|_, store| {
        store
            .import_attendees(
                attendees().into_iter().map(Ok),
                "test",
                "attendees.csv",
                &mut |e| panic!("{e}"),
            )
            .unwrap();
        let secrets: Vec<Lead> = SECRETS
            .iter()
            .zip(0..)
            .map(|(&(first, last, email, company), minutes)| {
                lead(first, last, email, company, &[], minutes)
            })
            .collect();
        store.save_leads(&secrets, "test", "lead_added").unwrap();
    })
}

/// Why the booth refused to open in kiosk mode.
fn refused(options: Options, setup: impl FnOnce(&mut Store)) -> String {
    match options.try_open_with(|_, store| setup(store)) {
        Ok(_) => panic!("opened"),
        Err(e) => e.to_string(),
    }
}

/// The open PIN dialog, if any.
fn pin_dialog_open(k: &TuiBooth) -> bool {
    matches!(k.app.modal(), Some(Modal::Pin { .. }))
}

/// Wrong PINs so far.
fn failures(k: &TuiBooth) -> u32 {
    k.app.kiosk().expect("kiosk mode").failures()
}

/// What the kiosk tests do often.
trait KioskSteps {
    fn type_slowly(&mut self, s: &str);
    fn idle(&self) -> Duration;
    fn enter_pin(&mut self, pin: &str);
    fn fill_zoe(&mut self);
}

impl KioskSteps for TuiBooth {
    /// `s` typed at a person's pace (150 ms a key; `\r` is Enter, `\t` Tab),
    /// each key followed by the loop's tick.
    fn type_slowly(&mut self, s: &str) {
        for c in s.chars() {
            let ev = match c {
                '\r' => key_event(KeyCode::Enter, KeyModifiers::NONE),
                '\t' => key_event(KeyCode::Tab, KeyModifiers::NONE),
                c => char_event(c),
            };
            self.event(ev, Duration::from_millis(150));
            self.app.tick(self.now);
        }
    }

    fn idle(&self) -> Duration {
        Duration::from_secs(Event::demo().kiosk_idle_seconds)
    }

    /// `pin`, then Enter.
    fn enter_pin(&mut self, pin: &str) {
        self.type_str(pin);
        self.press(KeyCode::Enter);
    }

    /// Starts the form and fills it for "Zoë Ōkubo" with policy_ack ticked.
    fn fill_zoe(&mut self) {
        if self.app.screen().kind() == ScreenKind::Attract {
            self.press(KeyCode::Enter);
        }
        self.type_str("Zoë");
        self.press(KeyCode::Tab);
        self.type_str("Ōkubo");
        self.press(KeyCode::Tab);
        self.type_str("zoe@example.com");
        self.focus_on(Focus::Consent(consent_index("policy_ack")));
        self.press(KeyCode::Char(' '));
        self.focus_on(Focus::Consent(consent_index("events")));
        self.press(KeyCode::Char(' '));
    }
}

fn hint_bar(text: &str) -> String {
    text.lines().last().unwrap().to_owned()
}

const ZOE: [&str; 3] = ["Zoë", "Ōkubo", "zoe@example"];

fn assert_no_zoe(text: &str) {
    for gone in ZOE {
        assert!(!text.contains(gone), "{gone:?} still shown:\n{text}");
    }
}

/// A fresh form as the next attendee sees it: empty, nothing ticked.
fn assert_fresh_form(k: &mut TuiBooth) {
    let f = k.app.form();
    assert!(f.is_blank(), "{f:?}");
    assert_eq!(f.focus(), Focus::FIRST);
    assert!((0..Event::demo().purposes.len()).all(|i| !f.consent(i)));
    let text = k.screen(120, 80);
    assert_no_zoe(&text);
    assert!(!text.contains("[x]"), "{text}");
}

// ---------------------------------------------------------------- start

#[test]
fn kiosk_mode_needs_a_staff_pin_and_an_intact_hash() {
    let err = refused(TuiBooth::options().kiosk(None), |_| {});
    assert!(err.contains("leadbooth kiosk set-pin"), "{err}");
    let good = cheap_pin_hash(PIN);
    for broken in [
        "plain",
        "$argon2id$broken",
        "$argon2id$v=19$m=8,t=1,p=1$bGVhZGJvb3RoLXRlc3RzIQ",
        &good.replace("m=8", "m=zz"),
        &good.replace("argon2id", "scrypt"),
    ] {
        let err = refused(TuiBooth::options().kiosk(None), |store| {
            store
                .set_setting(PIN_SETTING, broken, "test", "kiosk_pin_set")
                .unwrap();
        });
        assert!(err.contains("damaged"), "{broken}: {err}");
        assert!(err.contains("leadbooth kiosk set-pin"), "{err}");
    }
    assert!(kiosk_options().try_open_with(|_, _| {}).is_ok());
}

#[test]
fn kiosk_opens_on_the_attract_screen_with_the_policy_qr() {
    let mut k = kiosk();
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    for (w, h) in [(80, 24), (120, 40)] {
        let text = k.screen(w, h);
        assert!(text.contains("Demo Expo 2026"), "{text}");
        assert!(text.contains("Press Enter (or any key) to start"), "{text}");
        assert!(text.contains("Self-service"), "{text}");
        assert!(!text.contains("Staff:"), "{text}");
        assert_eq!(
            decode_qr(&k.buffer(w, h)).as_deref(),
            Some("https://example.org/privacy"),
            "{w}x{h}:\n{text}"
        );
        let hints = hint_bar(&text);
        assert!(hints.contains("Enter start"), "{hints}");
        assert!(
            !hints.contains("Ctrl-Q") && !hints.contains("F2"),
            "{hints}"
        );
    }
}

#[test]
fn a_long_policy_url_on_the_attract_screen_asks_for_room_never_clips() {
    let url = format!(
        "https://events.example.org/privacy?v={}",
        "0123456789abcdef".repeat(6)
    );
    let mut event = Event::demo();
    event.policy = leadbooth::policy::Policy::builtin(&url);
    let mut app = TuiBooth::options().kiosk(Some(PIN)).event(event).open();
    let text = app.screen(80, 24);
    assert!(
        text.contains("Enlarge the window to show the QR code"),
        "{text}"
    );
    assert!(text.contains("Press Enter (or any key) to start"), "{text}");
    assert_eq!(decode_qr(&app.buffer(80, 24)), None);
    assert_eq!(
        decode_qr(&app.buffer(160, 60)).as_deref(),
        Some(url.as_str())
    );
}

/// A policy URL short enough for a QR code at 80x24 but too long for the two
/// rows under it (`https://salons-lumiere.fr/confidentialite`, 42 columns) was
/// cut at the screen's edge (`…/confidentia`, the new user's show day in Lyon,
/// session 10): an attendee who types it from the screen reaches no page. It is
/// shown whole, and the code beside it still scans.
#[test]
fn a_policy_url_under_the_code_is_shown_whole_at_80x24() {
    let url = "https://salons-lumiere.fr/confidentialite";
    let mut event = Event::demo();
    event.policy = leadbooth::policy::Policy::builtin(url);
    let mut app = TuiBooth::options().kiosk(Some(PIN)).event(event).open();
    for (w, h) in [(80, 24), (120, 40)] {
        let text = app.screen(w, h);
        assert_eq!(
            decode_qr(&app.buffer(w, h)).as_deref(),
            Some(url),
            "{w}x{h}:\n{text}"
        );
        // The URL, wrapped onto rows of its own: each piece on the screen and
        // the pieces together the whole URL.
        let rows: Vec<&str> = text.lines().collect();
        let first = rows
            .iter()
            .position(|r| r.contains("https://"))
            .unwrap_or_else(|| panic!("{w}x{h}: no URL:\n{text}"));
        let token = |r: &str| -> String {
            r.trim_matches('"')
                .split(' ')
                .find(|t| !t.is_empty())
                .unwrap_or("")
                .to_owned()
        };
        let start = rows[first].find("https://").unwrap();
        let mut shown = token(&rows[first][start..]);
        for r in &rows[first + 1..] {
            let next = token(r);
            if next.is_empty() || !url.starts_with(&format!("{shown}{next}")) {
                break;
            }
            shown.push_str(&next);
        }
        assert_eq!(shown, url, "{w}x{h}:\n{text}");
        assert!(text.contains("Press Enter (or any key) to start"), "{text}");
    }
}

/// Issue 16: the first key on the attract screen was eaten. A letter is the
/// first letter of the attendee's name: it starts the form and is typed (an
/// attendee who walks up and types "Zoë" expects "Zoë", not "oë").
#[test]
fn a_letter_on_the_attract_screen_starts_the_form_and_is_typed() {
    for (first, rest, name) in [('Z', "oë", "Zoë"), ('ż', "aneta", "żaneta"), ('k', "", "k")] {
        let mut k = kiosk();
        k.send(char_event(first));
        assert_eq!(k.app.screen().kind(), ScreenKind::Form, "{first:?}");
        assert_eq!(k.app.form().focus(), Focus::FIRST);
        k.type_str(rest);
        assert_eq!(
            k.app.form().contact(ContactField::FirstName).value(),
            name,
            "{first:?}"
        );
        assert!(k.screen(80, 24).contains(name));
    }
    // Typed fast (a quick typist, under the scanner's 20 ms): still the name.
    let mut k = kiosk_options().pace(Duration::from_millis(8)).open();
    k.type_str("Ann");
    k.settle_burst();
    assert_eq!(k.app.screen().kind(), ScreenKind::Form);
    assert_eq!(k.app.form().contact(ContactField::FirstName).value(), "Ann");
}

/// Keys no name starts with (and a click) start an empty form.
#[test]
fn any_key_or_a_click_starts_an_empty_form_at_the_first_name() {
    for start in [
        char_event('7'),
        char_event('?'),
        key_event(KeyCode::Char('z'), KeyModifiers::ALT),
        key_event(KeyCode::Enter, KeyModifiers::NONE),
        key_event(KeyCode::Char(' '), KeyModifiers::NONE),
        key_event(KeyCode::Char('s'), KeyModifiers::CONTROL),
        // F7 is the contrast key there (tests/booth/contrast.rs); F8 is any key.
        key_event(KeyCode::F(8), KeyModifiers::NONE),
        TermEvent::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 40,
            row: 12,
            modifiers: KeyModifiers::NONE,
        }),
    ] {
        let mut k = kiosk();
        k.send(start.clone());
        assert_eq!(k.app.screen().kind(), ScreenKind::Form, "{start:?}");
        assert_fresh_form(&mut k);
    }
    // F1 shows the policy; Esc from it goes to the form.
    let mut k = kiosk();
    k.press(KeyCode::F(1));
    assert_eq!(k.app.screen().kind(), ScreenKind::Policy);
    k.press(KeyCode::Esc);
    assert_eq!(k.app.screen().kind(), ScreenKind::Form);
}

#[test]
fn the_self_service_form_has_no_staff_parts() {
    let mut k = kiosk();
    k.press(KeyCode::Enter);
    let text = k.screen(120, 80);
    for staff_only in ["Rating", "Notes", "For the team", "Staff:"] {
        assert!(!text.contains(staff_only), "{staff_only}:\n{text}");
    }
    assert!(
        text.contains("Consent: tick only what you agree to"),
        "{text}"
    );
    let hints = hint_bar(&text);
    assert!(
        hints.contains("F1 policy") && hints.contains("Ctrl-S save"),
        "{hints}"
    );
    assert!(
        !hints.contains("Ctrl-Q") && !hints.contains("F2"),
        "{hints}"
    );
    // The last stop is the last consent; Tab wraps to the first name.
    let shape = k.app.form().shape();
    assert!(!shape.staff_fields);
    k.focus_on(Focus::Consent(Event::demo().purposes.len() - 1));
    k.press(KeyCode::Tab);
    assert_eq!(k.app.form().focus(), Focus::FIRST);
    // `?` opens the policy where no text field has focus.
    k.focus_on(Focus::Consent(0));
    k.type_str("?");
    assert_eq!(k.app.screen().kind(), ScreenKind::Policy);
    k.press(KeyCode::Esc);
    // Esc on a blank form goes back to the attract screen.
    k.press(KeyCode::Esc);
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
}

// ---------------------------------------------------------------- save

#[test]
fn a_kiosk_save_is_self_service_then_thanks_then_an_empty_start() {
    let mut k = kiosk();
    k.fill_zoe();
    k.ctrl('s');
    let leads = k.app.store().recent_leads(10).unwrap();
    assert_eq!(leads.len(), SECRETS.len() + 1);
    let zoe = &leads[0];
    assert_eq!(zoe.first_name, "Zoë");
    assert_eq!(zoe.source, Source::Kiosk);
    assert_eq!(zoe.captured_by, "Sam");
    assert!(
        zoe.consents
            .iter()
            .all(|c| c.method == ConsentMethod::SelfService)
    );
    let granted: Vec<&str> = zoe
        .consents
        .iter()
        .filter(|c| c.granted)
        .map(|c| c.purpose.as_str())
        .collect();
    assert_eq!(granted, ["policy_ack", "events"]);
    assert_eq!(zoe.rating, None);
    assert_eq!(zoe.notes, "");

    assert_eq!(k.app.screen().kind(), ScreenKind::ThankYou);
    let text = k.screen(80, 24);
    // Issue 11: the thank-you screen carries the receipt beside it, so the
    // sentence wraps in the narrower column.
    assert!(
        text.contains("Thank you! Your details are") && text.contains("saved."),
        "{text}"
    );
    assert_no_zoe(&text);
    assert!(k.app.form().is_blank());
    // The receipt QR decodes from the rendered 80x24 screen.
    let id = zoe.receipt_id.clone().expect("receipt number");
    assert_eq!(
        decode_qr(&k.buffer(80, 24)).as_deref(),
        Some(
            format!(
                "RECEIPT {id}\nDEMO-2026 2026-11-29 10:15 UTC\nAGREED: EVENTS\n\
                 mailto:privacy@aspera.example?subject=WITHDRAW%20{id}"
            )
            .as_str()
        )
    );

    // Issue 11: twenty seconds later (was five: a phone needs time to scan
    // the receipt), the attract screen by itself.
    k.wait(Duration::from_secs(19));
    assert_eq!(k.app.screen().kind(), ScreenKind::ThankYou);
    k.wait(Duration::from_secs(1));
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    assert_no_zoe(&k.screen(80, 24));
    k.press(KeyCode::Enter);
    assert_fresh_form(&mut k);

    // Or at once with a key.
    k.fill_zoe();
    k.ctrl('s');
    assert_eq!(k.app.screen().kind(), ScreenKind::ThankYou);
    k.type_str("x");
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    k.press(KeyCode::Enter);
    assert_fresh_form(&mut k);
    // Issue 16: a letter on the attract screen is typed into the fresh form.
    k.fill_zoe();
    k.ctrl('s');
    k.type_str("x");
    k.type_str("x");
    assert_eq!(k.app.form().contact(ContactField::FirstName).value(), "x");
    assert!((0..Event::demo().purposes.len()).all(|i| !k.app.form().consent(i)));
    assert_no_zoe(&k.screen(120, 80));
}

#[test]
fn a_refused_kiosk_save_keeps_the_form() {
    let mut k = kiosk();
    k.press(KeyCode::Enter);
    k.type_str("Zoë");
    k.ctrl('s');
    assert_eq!(k.app.screen().kind(), ScreenKind::Form);
    assert_eq!(k.app.form().contact(ContactField::FirstName).value(), "Zoë");
    assert!(k.screen(120, 40).contains("Not saved"));
}

// ---------------------------------------------------------------- idle

#[test]
fn an_idle_half_filled_form_is_wiped_back_to_the_attract_screen() {
    let mut k = kiosk();
    k.fill_zoe();
    let idle = k.idle();
    k.wait(idle - Duration::from_secs(1));
    assert_eq!(k.app.screen().kind(), ScreenKind::Form, "not yet");
    k.type_str("!"); // still there: the timer restarts
    k.wait(idle - Duration::from_secs(1));
    assert_eq!(k.app.screen().kind(), ScreenKind::Form);
    k.wait(Duration::from_secs(1));
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    assert_no_zoe(&k.screen(120, 40));
    k.press(KeyCode::Enter);
    assert_fresh_form(&mut k);

    // From the policy view, a clear-form question and the PIN dialog too.
    for open in ["policy", "clear?", "PIN"] {
        k.fill_zoe();
        match open {
            "policy" => k.press(KeyCode::F(1)),
            "clear?" => k.press(KeyCode::Esc),
            _ => {
                k.ctrl('q');
                k.type_str("12");
            }
        }
        assert!(
            k.app.screen().kind() == ScreenKind::Policy
                || k.app.confirm().is_some()
                || pin_dialog_open(&k),
            "{open}"
        );
        // Issue 16: reading the policy counts: twice the time there.
        let limit = if open == "policy" { idle * 2 } else { idle };
        k.wait(limit - Duration::from_secs(1));
        assert_ne!(k.app.screen().kind(), ScreenKind::Attract, "{open}");
        k.wait(Duration::from_secs(1));
        assert_eq!(k.app.screen().kind(), ScreenKind::Attract, "{open}");
        assert!(k.app.confirm().is_none() && !pin_dialog_open(&k));
        k.press(KeyCode::Enter);
        assert_fresh_form(&mut k);
    }
}

/// Issue 16: the idle timeout wiped the form with no warning. Now "Still
/// there?" counts down for the last 20 seconds; a key (or click) keeps the
/// session and does nothing else (the Space that says "I am here" must not
/// untick a consent); left alone, the session is wiped at the timeout.
#[test]
fn the_idle_timeout_warns_first_and_any_key_keeps_the_form() {
    let mut k = kiosk();
    k.fill_zoe();
    let events = consent_index("events");
    assert!(k.app.form().consent(events));
    assert_eq!(k.app.form().focus(), Focus::Consent(events));
    let idle = k.idle();
    k.wait(idle - Duration::from_secs(21));
    assert_eq!(k.app.idle_warning(), None);
    assert!(!k.screen(80, 24).contains("Still there?"));
    k.wait(Duration::from_secs(2));
    assert_eq!(k.app.idle_warning(), Some(Duration::from_secs(19)));
    let text = k.screen(80, 24);
    assert!(text.contains("Still there?"), "{text}");
    assert!(text.contains("This form clears in 19 seconds"), "{text}");
    assert!(text.contains("Press any key to continue"), "{text}");
    assert!(
        hint_bar(&text).contains("any key I am still here"),
        "{text}"
    );
    // The countdown moves (the loop redraws for it).
    assert!(k.wait(Duration::from_secs(1)));
    assert!(k.screen(80, 24).contains("clears in 18 seconds"));
    // Space: the attendee is back; nothing else happens.
    k.press(KeyCode::Char(' '));
    assert_eq!(k.app.idle_warning(), None);
    assert!(k.app.form().consent(events), "the key that answered acted");
    assert_eq!(k.app.screen().kind(), ScreenKind::Form);
    assert_eq!(k.app.form().contact(ContactField::FirstName).value(), "Zoë");
    assert!(!k.screen(80, 24).contains("Still there?"));
    // The next key acts as usual.
    k.press(KeyCode::Char(' '));
    assert!(!k.app.form().consent(events));
    // A click answers the warning too; Esc (which would ask to clear) only
    // answers it.
    k.wait(idle - Duration::from_secs(5));
    assert!(k.app.idle_warning().is_some());
    k.send(TermEvent::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 40,
        row: 12,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(k.app.idle_warning(), None);
    k.wait(idle - Duration::from_secs(5));
    k.press(KeyCode::Esc);
    assert!(k.app.confirm().is_none(), "Esc answered the warning only");
    // Left alone: wiped at the timeout, not before.
    k.wait(idle - Duration::from_secs(1));
    assert!(k.app.idle_warning().is_some());
    assert_eq!(k.app.screen().kind(), ScreenKind::Form);
    k.wait(Duration::from_secs(1));
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    assert_no_zoe(&k.screen(80, 24));
    assert_eq!(
        k.app.idle_warning(),
        None,
        "no warning on the attract screen"
    );
}

/// A badge scan during the warning is an attendee at the kiosk: it is read
/// whole (it is not a key to be eaten).
#[test]
fn a_scan_during_the_idle_warning_is_read() {
    let mut k = kiosk();
    k.press(KeyCode::Enter);
    k.wait(k.idle() - Duration::from_secs(10));
    assert!(k.app.idle_warning().is_some());
    k.scan("MECARD:N:Doe,Jane;EMAIL:jane@example.com;;\r");
    k.settle_burst();
    k.wait(Duration::from_secs(1));
    assert_eq!(k.app.idle_warning(), None);
    assert_eq!(
        k.app.form().contact(ContactField::FirstName).value(),
        "Jane"
    );
    assert_eq!(k.app.form().contact(ContactField::LastName).value(), "Doe");
}

/// Issue 16: reading the policy for a minute wiped the form. On the policy
/// screen the idle timeout is doubled (the attendee is reading; the screen
/// shows nothing they typed), scrolling restarts it, and the warning comes
/// first there too.
#[test]
fn reading_the_policy_counts_as_activity() {
    let mut k = kiosk();
    k.fill_zoe();
    let idle = k.idle();
    k.press(KeyCode::F(1));
    assert_eq!(k.app.screen().kind(), ScreenKind::Policy);
    k.wait(idle + Duration::from_secs(5));
    assert_eq!(
        k.app.screen().kind(),
        ScreenKind::Policy,
        "read for {idle:?}"
    );
    assert_eq!(k.app.idle_warning(), None);
    // Scrolling (keys or the wheel) is activity.
    k.press(KeyCode::PageDown);
    k.wait(idle + Duration::from_secs(5));
    k.send(TermEvent::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    }));
    k.wait(idle * 2 - Duration::from_secs(10));
    let text = k.screen(80, 24);
    assert!(text.contains("Still there?"), "{text}");
    assert_eq!(k.app.screen().kind(), ScreenKind::Policy);
    k.wait(Duration::from_secs(10));
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    k.press(KeyCode::Enter);
    assert_fresh_form(&mut k);
}

#[test]
fn mouse_moves_do_not_keep_a_session_alive() {
    let mut k = kiosk();
    k.fill_zoe();
    let idle = k.idle();
    for i in 0..9 {
        k.event(
            TermEvent::Mouse(MouseEvent {
                kind: MouseEventKind::Moved,
                column: i,
                row: 3,
                modifiers: KeyModifiers::NONE,
            }),
            idle / 10,
        );
    }
    k.wait(idle / 10);
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
}

// ---------------------------------------------------------------- PIN

#[test]
fn the_pin_dialog_takes_no_paste() {
    let mut k = kiosk();
    k.press(KeyCode::Enter);
    k.type_str("Zoë");
    k.press(KeyCode::F(2));
    assert!(pin_dialog_open(&k));
    k.send(TermEvent::Paste("Ann".into()));
    assert!(pin_dialog_open(&k), "still asking");
    assert_eq!(k.app.form().contact(ContactField::FirstName).value(), "Zoë");
}

#[test]
fn ctrl_q_asks_for_the_pin_masked_and_the_right_pin_quits() {
    let mut k = kiosk();
    k.fill_zoe();
    k.ctrl('q');
    assert!(!k.app.should_quit());
    let text = k.screen(80, 24);
    assert!(
        text.contains("Enter the staff PIN to leave kiosk mode."),
        "{text}"
    );
    assert!(hint_bar(&text).contains("Enter unlock"), "{text}");
    k.type_str("13579");
    let text = k.screen(80, 24);
    assert!(text.contains("•••••"), "{text}");
    assert!(!text.contains("13579"), "masked:\n{text}");
    // Keys do nothing else while the PIN is asked.
    k.ctrl('s');
    k.press(KeyCode::Tab);
    k.press(KeyCode::F(2));
    assert_eq!(k.app.store().count_leads().unwrap(), SECRETS.len() as u64);
    // Esc cancels; the form is untouched.
    k.press(KeyCode::Esc);
    assert!(!pin_dialog_open(&k));
    assert_eq!(k.app.form().contact(ContactField::FirstName).value(), "Zoë");
    assert_eq!(failures(&k), 0, "cancelled, not wrong");

    k.ctrl('q');
    k.enter_pin("1357");
    assert!(!k.app.should_quit());
    assert!(k.screen(80, 24).contains("Wrong PIN."));
    k.type_str("24");
    k.press(KeyCode::Backspace);
    k.press(KeyCode::Backspace);
    k.enter_pin(PIN);
    assert!(k.app.should_quit());
}

/// Staff often type the PIN fast, and a password manager or a macro key sends
/// it as one burst: the PIN dialog takes keys at any speed (only the capture
/// form watches bursts for badge scans). From the attract screen and from a
/// half-filled form, with the PIN keys 2 ms apart and in the same burst as
/// Ctrl-Q, one key after another and as one batch through the real loop.
#[test]
fn a_pin_typed_as_a_fast_burst_is_accepted() {
    let burst = |pin: &str| key_events(&format!("{pin}\r"));
    for on_form in [false, true] {
        for same_burst in [false, true] {
            let what = format!("on the form: {on_form}, Ctrl-Q in the burst: {same_burst}");
            let mut k = kiosk();
            if on_form {
                k.fill_zoe();
            }
            let gap = Duration::from_millis(2);
            let ctrl_q = key_event(KeyCode::Char('q'), KeyModifiers::CONTROL);
            if same_burst {
                k.event(ctrl_q, Duration::from_millis(500));
            } else {
                k.ctrl('q');
            }
            assert!(pin_dialog_open(&k), "{what}");
            for e in burst("0000") {
                k.event(e, gap);
            }
            assert!(!k.app.should_quit(), "a wrong PIN in a burst: {what}");
            assert_eq!(failures(&k), 1, "{what}");
            for e in burst(PIN) {
                k.event(e, gap);
            }
            assert!(k.app.should_quit(), "the right PIN in a burst: {what}");
        }
    }
    // Through the real loop: Ctrl-Q, the PIN and Enter waiting in one read.
    let mut k = kiosk();
    k.fill_zoe();
    let mut batch = vec![key_event(KeyCode::Char('q'), KeyModifiers::CONTROL)];
    batch.extend(burst(PIN));
    run_script(&mut k.app, vec![batch]);
    assert!(k.app.should_quit(), "PIN in one batch through App::run");
}

#[test]
fn wrong_pins_lock_the_dialog_for_30_then_60_seconds_with_a_countdown() {
    let mut k = kiosk();
    k.ctrl('q');
    for _ in 0..3 {
        k.enter_pin("0000");
    }
    assert_eq!(failures(&k), 3);
    let text = k.screen(80, 24);
    assert!(
        text.contains("Too many wrong PINs. Try again in 0:30."),
        "{text}"
    );
    // Locked: typing and Enter do nothing, not even the right PIN.
    k.enter_pin(PIN);
    assert!(!k.app.should_quit());
    assert_eq!(failures(&k), 3, "no check while locked");
    assert!(
        !k.screen(80, 24).contains('•'),
        "nothing typed while locked"
    );
    k.wait(Duration::from_secs(10));
    assert!(k.screen(80, 24).contains("Try again in 0:20."));
    // The tick redraws the countdown while it shows.
    assert!(k.app.tick(k.now));
    // Closing and reopening the dialog does not reset it.
    k.press(KeyCode::Esc);
    k.ctrl('q');
    assert!(k.screen(80, 24).contains("Try again in 0:"));
    k.wait(Duration::from_secs(20));
    assert!(!k.screen(80, 24).contains("Try again"));
    // The fourth wrong PIN: twice as long.
    k.enter_pin("0000");
    assert!(k.screen(80, 24).contains("Try again in 1:00."));
    k.wait(Duration::from_secs(60));
    k.enter_pin("0000");
    assert!(k.screen(80, 24).contains("Try again in 2:00."));
    // The idle timeout closes the dialog meanwhile; the lockout stays.
    k.wait(Duration::from_secs(119));
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    k.ctrl('q');
    assert!(k.screen(80, 24).contains("Try again in 0:01."));
    k.wait(Duration::from_secs(1));
    k.enter_pin(PIN);
    assert!(k.app.should_quit());
    assert_eq!(failures(&k), 0);
}

#[test]
fn the_pin_lockout_survives_a_restart() {
    let mut k = kiosk();
    k.ctrl('q');
    for _ in 0..3 {
        k.enter_pin("0000");
    }
    assert_eq!(failures(&k), 3);
    // Killed and started again (power cycled, `kill -9`): still locked.
    k.restart();
    assert_eq!(failures(&k), 3, "the wrong attempts are remembered");
    k.ctrl('q');
    let text = k.screen(80, 24);
    assert!(
        text.contains("Too many wrong PINs. Try again in 0:"),
        "{text}"
    );
    k.enter_pin(PIN);
    assert!(!k.app.should_quit(), "locked even for the right PIN");
    // The count goes on: after the lockout, the next wrong PIN locks for 60 s.
    k.wait(Duration::from_secs(31));
    k.enter_pin("0000");
    assert!(k.screen(80, 24).contains("Try again in 1:00."));
    k.restart();
    k.ctrl('q');
    assert!(k.screen(80, 24).contains("Try again in 0:"));
    k.wait(Duration::from_secs(61));
    k.enter_pin(PIN);
    assert!(k.app.should_quit());
    // A right PIN forgives, across restarts too.
    k.restart();
    assert_eq!(failures(&k), 0);
}

#[test]
fn an_empty_pin_is_not_an_attempt_and_a_short_one_is_wrong() {
    let mut k = kiosk();
    k.ctrl('q');
    k.press(KeyCode::Enter);
    assert_eq!(failures(&k), 0);
    k.enter_pin("24");
    assert_eq!(failures(&k), 1);
}

#[test]
fn f2_with_the_pin_shows_the_leads_and_esc_locks_them_again() {
    let mut k = kiosk();
    k.press(KeyCode::F(2));
    assert!(
        k.screen(80, 24)
            .contains("Enter the staff PIN to open the lead list.")
    );
    k.enter_pin(PIN);
    assert_eq!(k.app.screen().kind(), ScreenKind::Leads);
    let text = k.screen(120, 40);
    assert!(
        text.contains("Quixotica") && text.contains("Zebulon"),
        "{text}"
    );
    k.press(KeyCode::Esc);
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    assert!(
        k.app.leads().is_none_or(|l| l.rows().is_empty()),
        "no lead rows kept in memory"
    );
    assert!(!k.screen(120, 40).contains("Quixotica"));
    // Opened from an attendee's form, Esc returns to it.
    k.fill_zoe();
    k.press(KeyCode::F(2));
    k.enter_pin(PIN);
    assert_eq!(k.app.screen().kind(), ScreenKind::Leads);
    k.press(KeyCode::Esc);
    assert_eq!(k.app.screen().kind(), ScreenKind::Form);
    assert_eq!(k.app.form().contact(ContactField::FirstName).value(), "Zoë");
    // Left open, the idle timeout locks it.
    k.press(KeyCode::F(2));
    k.enter_pin(PIN);
    let idle = k.idle();
    k.wait(idle);
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    assert!(k.app.leads().is_none_or(|l| l.rows().is_empty()));
}

#[test]
fn kiosk_mode_keeps_no_drafts_and_leaves_staffs_alone() {
    let mut k = kiosk();
    k.app.store().save_draft(r#"{"staff":"draft"}"#).unwrap();
    k.restart();
    assert!(k.app.modal().is_none(), "never offered in kiosk mode");
    assert!(k.app.message().is_none());
    // Rows counted through a connection of the test's own.
    let db = k.booth.data_dir().join("leadbooth.sqlite3");
    let rows = || {
        let conn = rusqlite::Connection::open(&db).unwrap();
        ["leads", "consents", "audit_log", "lead_search_short"].map(|t| {
            conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap()
        })
    };
    let before = k.app.store().total_changes();
    let rows_before = rows();
    k.fill_zoe();
    k.wait(Duration::from_secs(5));
    k.press(KeyCode::Tab);
    k.ctrl('s');
    k.wait(Duration::from_secs(10));
    k.fill_zoe();
    k.wait(k.idle());
    let (json, _) = k.app.store().draft().unwrap().unwrap();
    assert_eq!(json, r#"{"staff":"draft"}"#, "untouched");
    // One lead saved: its row, one consent row per purpose and one audit entry,
    // and not a single other write (no draft, no setting).
    let lead_writes = k.app.store().total_changes() - before;
    let added = rows().map(|n| n as u64);
    let added = [0, 1, 2].map(|i| added[i] - rows_before[i] as u64);
    assert_eq!(
        added,
        [1, Event::demo().purposes.len() as u64, 1],
        "leads, consents, audit entries added"
    );
    // Issue 16: the lead's search index rows are written with it: its short
    // pieces, its FTS5 row and FTS5's own bookkeeping (segment, structure,
    // averages, doc size, segment index: at most 6 rows of its shadow tables).
    let pieces = rows()[3] as u64 - rows_before[3] as u64;
    assert!(pieces > 0, "the lead is in the search index");
    let others = lead_writes - added.iter().sum::<u64>() - pieces;
    assert!(
        (1..=6).contains(&others),
        "writes besides the lead's and its index's: {others}"
    );
    let mut k2 = kiosk();
    let before = k2.app.store().total_changes();
    k2.fill_zoe();
    k2.wait(Duration::from_secs(5));
    k2.press(KeyCode::Tab);
    k2.wait(k2.idle());
    assert_eq!(k2.app.store().total_changes(), before, "no writes at all");
    assert!(k2.app.store().draft().unwrap().is_none());
}

// ---------------------------------------------------------------- snapshots

#[test]
fn snapshot_kiosk_attract_80x24() {
    let mut k = kiosk();
    insta::assert_snapshot!(k.screen(80, 24));
}

#[test]
fn snapshot_kiosk_form_80x24() {
    let mut k = kiosk();
    k.press(KeyCode::Enter);
    insta::assert_snapshot!(k.screen(80, 24));
}

#[test]
fn snapshot_kiosk_thank_you_80x24() {
    let mut k = kiosk();
    k.fill_zoe();
    k.ctrl('s');
    // Issue 11: the receipt number is random, so it is masked, and the QR code
    // that holds it is decoded (a_kiosk_save_is_self_service...) rather than
    // snapshotted: this is the text column beside it.
    let id = k.app.receipt().expect("receipt on show").id().to_owned();
    let text: String = k
        .screen(80, 24)
        .replace(&id, "XXXXXXXXXX")
        .lines()
        .map(|l| format!("{}\n", l.chars().take(36).collect::<String>()))
        .collect();
    insta::assert_snapshot!(text);
}

#[test]
fn snapshot_kiosk_still_there_80x24() {
    let mut k = kiosk();
    k.fill_zoe();
    let idle = k.idle();
    k.wait(idle - Duration::from_secs(12));
    insta::assert_snapshot!(k.screen(80, 24));
}

#[test]
fn snapshot_kiosk_pin_locked_80x24() {
    let mut k = kiosk();
    k.ctrl('q');
    for _ in 0..3 {
        k.enter_pin("0000");
    }
    k.type_str("12");
    insta::assert_snapshot!(k.screen(80, 24));
}

// ---------------------------------------------------------------- privacy

/// Every key and mouse event the escape test sends.
fn escape_events(form_stops: usize) -> Vec<TermEvent> {
    let mut evs = Vec::new();
    let key = |code, m| key_event(code, m);
    for n in 1..=12 {
        for m in [
            KeyModifiers::NONE,
            KeyModifiers::SHIFT,
            KeyModifiers::CONTROL,
            KeyModifiers::ALT,
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        ] {
            evs.push(key(KeyCode::F(n), m));
        }
    }
    for c in 'a'..='z' {
        evs.push(key(KeyCode::Char(c), KeyModifiers::CONTROL));
        evs.push(key(
            KeyCode::Char(c.to_ascii_uppercase()),
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        ));
        evs.push(key(KeyCode::Char(c), KeyModifiers::ALT));
        evs.push(key(
            KeyCode::Char(c),
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        ));
    }
    for code in [
        KeyCode::Esc,
        KeyCode::Enter,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Insert,
        KeyCode::Char(' '),
        KeyCode::Char('?'),
        KeyCode::Char('y'),
        KeyCode::Char('n'),
        KeyCode::Char('q'),
    ] {
        evs.push(key(code, KeyModifiers::NONE));
        evs.push(key(code, KeyModifiers::ALT));
    }
    // More than a full cycle of the form's focus order, both ways.
    for _ in 0..form_stops + 3 {
        evs.push(key(KeyCode::Tab, KeyModifiers::NONE));
    }
    for _ in 0..form_stops + 3 {
        evs.push(key(KeyCode::BackTab, KeyModifiers::SHIFT));
    }
    for _ in 0..form_stops + 3 {
        evs.push(key(KeyCode::Tab, KeyModifiers::SHIFT));
    }
    let mouse = |kind, column, row| {
        TermEvent::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    for row in (0..40).step_by(5) {
        for column in (0..120).step_by(12) {
            evs.push(mouse(MouseEventKind::Down(MouseButton::Left), column, row));
        }
    }
    for (column, row) in [(0, 0), (60, 20), (119, 39), (5, 38), (100, 1)] {
        for kind in [
            MouseEventKind::Up(MouseButton::Left),
            MouseEventKind::Down(MouseButton::Right),
            MouseEventKind::Down(MouseButton::Middle),
            MouseEventKind::Drag(MouseButton::Left),
            MouseEventKind::ScrollUp,
            MouseEventKind::ScrollDown,
            MouseEventKind::ScrollLeft,
            MouseEventKind::ScrollRight,
        ] {
            evs.push(mouse(kind, column, row));
        }
    }
    evs.push(TermEvent::Paste("pasted text".into()));
    evs.push(TermEvent::FocusLost);
    evs.push(TermEvent::FocusGained);
    evs.push(TermEvent::Resize(80, 24));
    evs
}

/// Where the escape test starts.
#[derive(Debug, Clone, Copy)]
enum Start {
    Attract,
    Form,
    Policy,
    PinDialog,
}

/// The escape test's steps.
trait EscapeSteps {
    fn go(&mut self, start: Start);
    fn assert_no_secrets(
        &mut self,
        term: &mut Terminal<TestBackend>,
        what: &dyn std::fmt::Debug,
    ) -> usize;
}

impl EscapeSteps for TuiBooth {
    /// Back to the attract screen the way an unattended kiosk gets there, then
    /// on to `start`.
    fn go(&mut self, start: Start) {
        // Twice the timeout: the policy view's (issue 16: reading counts).
        let idle = self.idle() * 2;
        self.wait(idle);
        assert_eq!(self.app.screen().kind(), ScreenKind::Attract);
        match start {
            Start::Attract => {}
            Start::Form => {
                self.press(KeyCode::Enter);
                self.type_str("Cur");
            }
            Start::Policy => {
                self.press(KeyCode::Enter);
                self.press(KeyCode::F(1));
                assert_eq!(self.app.screen().kind(), ScreenKind::Policy);
            }
            Start::PinDialog => {
                self.ctrl('q');
                self.type_str("1357");
                assert!(pin_dialog_open(self));
            }
        }
    }

    /// No stored lead anywhere on the screen drawn on `term`; never the lead list.
    fn assert_no_secrets(
        &mut self,
        term: &mut Terminal<TestBackend>,
        what: &dyn std::fmt::Debug,
    ) -> usize {
        assert_ne!(
            self.app.screen().kind(),
            ScreenKind::Leads,
            "after {what:?}"
        );
        assert!(!self.app.should_quit(), "after {what:?}");
        self.app.draw_on(term).unwrap();
        let text = term.backend().to_string();
        for s in secret_fragments() {
            assert!(!text.contains(&s), "{s:?} shown after {what:?}:\n{text}");
        }
        1
    }
}

#[test]
fn no_key_click_or_timer_shows_a_stored_lead_without_the_pin() {
    let mut k = kiosk();
    let stops = k.app.form().shape().len();
    let events = escape_events(stops);
    let starts = [Start::Attract, Start::Form, Start::Policy, Start::PinDialog];
    // Drawn as the real loop draws: one terminal, frame after frame (a debug
    // build draws a screen in a few ms, so this test is about drawing).
    let mut big = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut small = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut sent = 0usize;
    let mut checks = 0usize;
    // Each event on each screen, fresh.
    for start in starts {
        for ev in &events {
            k.go(start);
            k.send(ev.clone());
            sent += 1;
            checks += k.assert_no_secrets(&mut big, &(start, ev));
        }
    }
    // And all of them in a row from each screen, wherever they lead.
    for start in starts {
        k.go(start);
        for ev in &events {
            k.send(ev.clone());
            sent += 1;
            checks += k.assert_no_secrets(&mut small, &(start, "in a row", ev));
        }
    }
    // Typed sequences, at a person's pace, from each screen: the attendee list's
    // registration IDs followed by Enter or Tab, and the staff PIN's length of
    // digits. (Scanned IDs and F3 are issue 12's ignored tmux test.)
    let typed = [
        "A-000122\r",
        "A-000123\t",
        "A-000124\r\r",
        "2469\r",
        "a-000122\r",
    ];
    for start in starts {
        for seq in typed {
            k.go(start);
            k.type_slowly(seq);
            sent += seq.chars().count();
            checks += k.assert_no_secrets(&mut big, &(start, "typed", seq));
        }
    }
    assert!(failures(&k) > 0, "Enter in the PIN dialog was tried");
    // Straight to stderr, which the harness does not capture: shown in CI's log.
    let _ = writeln!(
        std::io::stderr(),
        "leadbooth-tests: kiosk escape test: {} events x {} screens x 2 (fresh at 120x40, in a row at 80x24) \
         and {} typed sequences = {sent} events, {checks} screens checked, no stored lead or attendee shown",
        events.len(),
        starts.len(),
        typed.len() * starts.len()
    );
    let typed_keys: usize = typed.iter().map(|t| t.chars().count()).sum();
    assert_eq!(
        sent,
        events.len() * starts.len() * 2 + typed_keys * starts.len()
    );
}

// ---------------------------------------------------------------- header

/// Issue 16 (show-day leftovers): the kiosk's header line never tells an
/// attendee how many people the booth captured, on the attract screen, the form,
/// the thank-you screen or the policy; the staff form keeps the count.
#[test]
fn the_kiosk_header_never_shows_the_lead_count() {
    let mut k = kiosk();
    let count = format!("{} leads", SECRETS.len());
    let header = |text: &str| text.lines().next().unwrap_or("").to_owned();
    for (w, h) in [(80, 24), (120, 40)] {
        let attract = k.screen(w, h);
        assert!(!attract.contains(&count), "attract at {w}x{h}:\n{attract}");
    }
    k.press(KeyCode::Enter);
    for (w, h) in [(80, 24), (120, 40)] {
        let text = k.screen(w, h);
        assert!(
            !header(&text).contains(" leads"),
            "form at {w}x{h}:\n{text}"
        );
        assert!(!text.contains(&count), "form at {w}x{h}:\n{text}");
    }
    k.fill_zoe();
    k.ctrl('s');
    let after = format!("{} leads", SECRETS.len() + 1);
    let thanks = k.screen(80, 24);
    assert!(!thanks.contains(&after), "{thanks}");
    k.type_str("x");
    k.press(KeyCode::Enter);
    k.press(KeyCode::F(1));
    let policy = k.screen(80, 24);
    assert!(!policy.contains(&after), "{policy}");

    // The staff form keeps it.
    let mut staff = TuiBooth::options().clock(fixed_now).open_with(|_, store| {
        store
            .save_leads(
                &[lead("Ann", "Lee", "ann@example.com", "Acme", &[], 0)],
                "test",
                "lead_added",
            )
            .unwrap();
    });
    let text = staff.screen(80, 24);
    assert!(header(&text).contains("1 lead"), "{text}");
}
