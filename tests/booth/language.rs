//! The attendee's language (issue 18): F4 on the attract screen and the form
//! picks it, for that attendee only; the form in each shipped language at 80x24
//! with no word cut; switching mid-form keeps what was typed and clears no tick
//! silently.

use std::time::Duration;

use leadbooth::config::Event;
use leadbooth::i18n::{self, Language, msg};
use leadbooth::tui::form::{ContactField, Focus};
use leadbooth::tui::message::MessageKind;
use leadbooth::tui::screen::ScreenKind;
use ratatui::crossterm::event::KeyCode;

use crate::support::app::{PIN, TuiBooth, consent_index, fixed_now};

fn kiosk() -> TuiBooth {
    TuiBooth::options()
        .kiosk(Some(PIN))
        .clock(fixed_now)
        .pace(Duration::from_millis(30))
        .tick_each()
        .open()
}

/// Every word of `text` is on `screen` whole (a label or heading cut at the
/// edge, or by the field next to it, loses its end).
fn assert_whole_words(screen: &str, text: &str, lang: Language) {
    for word in text.split_whitespace() {
        assert!(
            screen.contains(word),
            "{lang}: {word:?} of {text:?} is not on screen whole:\n{screen}"
        );
    }
}

/// The demo event's purpose labels that are ticked.
fn ticked(b: &TuiBooth) -> Vec<usize> {
    (0..Event::demo().purposes.len())
        .filter(|i| b.app.form().consent(*i))
        .collect()
}

#[test]
fn the_kiosk_form_in_each_language_at_80x24_cuts_no_word() {
    for lang in Language::ALL {
        let mut k = kiosk();
        k.choose_language(lang);
        let attract = k.screen(80, 24);
        for id in [
            msg::ATTRACT_WELCOME,
            msg::ATTRACT_PROMPT,
            msg::ATTRACT_POLICY,
        ] {
            assert_whole_words(&attract, i18n::text(lang, id), lang);
        }
        // The caption's words must leave the URL its row under the code.
        assert_whole_words(&attract, i18n::text(lang, msg::QR_CAPTION), lang);
        assert!(
            attract.contains("https://example.org/privacy"),
            "{lang}:\n{attract}"
        );
        k.press(KeyCode::Enter);
        assert_eq!(k.app.form().language(), lang, "the form takes the choice");
        let top = k.screen(80, 24);
        for f in ContactField::ALL {
            assert_whole_words(&top, f.label(lang), lang);
        }
        assert_whole_words(&top, i18n::text(lang, msg::COUNTRY_HINT), lang);
        for id in [msg::HINT_SAVE, msg::HINT_POLICY, msg::HINT_SCAN] {
            assert_whole_words(&top, i18n::text(lang, id), lang);
        }
        assert!(
            top.contains(&format!("F4 {}", lang.next().native_name())),
            "{lang}: the hint bar names the language key:\n{top}"
        );
        k.focus_on(Focus::Consent(0));
        let consents = k.screen(80, 24);
        // The focused checkbox is on screen whole, under its heading. At
        // 80x24 a long notice (German) leaves no room for its own title above
        // them: the box wins, never drawn below the screen's edge.
        let event = Event::demo();
        for text in [
            event.purpose_label(0, lang).text,
            i18n::text(lang, msg::CONSENT_HEADING_KIOSK),
            i18n::text(lang, msg::HINT_TICK),
        ] {
            assert_whole_words(&consents, text, lang);
        }
        let tall = k.screen(120, 40);
        assert_whole_words(&tall, i18n::text(lang, msg::NOTICE_HEADING), lang);
        if lang != Language::En {
            insta::assert_snapshot!(format!("kiosk_form_top_{lang}_80x24"), top);
            insta::assert_snapshot!(format!("kiosk_form_consent_{lang}_80x24"), consents);
            insta::assert_snapshot!(format!("kiosk_attract_{lang}_80x24"), attract);
        }
    }
}

#[test]
fn the_notice_on_the_policy_screen_follows_the_attendee() {
    let mut k = kiosk();
    k.choose_language(Language::Fr);
    k.press(KeyCode::Enter);
    k.press(KeyCode::F(1));
    assert_eq!(k.app.screen().kind(), ScreenKind::Policy);
    let s = k.screen(100, 30);
    assert!(s.contains("Politique de confidentialité · version"), "{s}");
    assert!(s.contains(i18n::text(Language::Fr, msg::NOTICE_WHO)), "{s}");
    assert!(!s.contains("Before you choose"), "{s}");
}

#[test]
fn switching_mid_form_keeps_the_fields_and_asks_again_for_every_tick() {
    let mut k = kiosk();
    k.press(KeyCode::Enter);
    k.type_str("Zoë");
    k.press(KeyCode::Tab);
    k.type_str("Ōkubo");
    let events = consent_index("events");
    let email = consent_index("marketing_email");
    for i in [email, events] {
        k.focus_on(Focus::Consent(i));
        k.press(KeyCode::Char(' '));
    }
    assert_eq!(ticked(&k), vec![email, events]);
    let focus = k.app.form().focus();

    k.press(KeyCode::F(4));
    let f = k.app.form();
    assert_eq!(f.language(), Language::De);
    assert_eq!(f.contact(ContactField::FirstName).value(), "Zoë");
    assert_eq!(f.contact(ContactField::LastName).value(), "Ōkubo");
    assert_eq!(f.focus(), focus, "focus stays where the attendee was");
    assert!(
        ticked(&k).is_empty(),
        "a tick given in English is asked again"
    );
    // Never silently: the message line says so in German and names each purpose.
    let m = k.app.message().expect("a message");
    assert_eq!(m.kind, MessageKind::Warning);
    assert!(m.text.starts_with("Sprache: Deutsch."), "{}", m.text);
    // Each by its short word, as the receipt names it (whole wordings made a
    // message that 80x24 cut after the first purpose).
    let demo = Event::demo();
    let words: Vec<String> = [email, events]
        .iter()
        .map(|i| leadbooth::tui::receipt::short_name(&demo.purposes[*i], Language::De))
        .collect();
    assert_eq!(words, ["E-Mail", "Veranstaltungen"]);
    assert!(m.text.contains("(E-Mail, Veranstaltungen)"), "{}", m.text);
    for i in [email, events] {
        let german = demo.purpose_label(i, Language::De).text;
        assert!(!m.text.contains(german.trim_end_matches('.')), "{}", m.text);
    }
    let whole = k.screen(80, 24);
    assert!(whole.contains("Veranstaltungen)"), "{whole}");
    let screen = k.screen(200, 60);
    assert!(!screen.contains("[x]"), "{screen}");
    assert!(screen.contains("Vorname"), "{screen}");

    // Ticked again, under the German wording.
    k.press(KeyCode::Char(' '));
    assert_eq!(ticked(&k), vec![events]);
    // A switch with nothing ticked, and no tick owed from an earlier switch
    // (the attendee answered both boxes again: email ticked, then both
    // unticked), clears nothing and says only the language.
    k.press(KeyCode::Char(' '));
    k.focus_on(Focus::Consent(email));
    k.press(KeyCode::Char(' '));
    k.press(KeyCode::Char(' '));
    k.press(KeyCode::F(4));
    let m = k.app.message().expect("a message");
    assert_eq!(m.text, "Langue : français.");
    assert_eq!(m.kind, MessageKind::Info);
}

#[test]
fn the_language_lasts_for_one_attendee() {
    // Kiosk: chosen on the attract screen, kept through the thank-you screen,
    // gone for the next attendee.
    let mut k = kiosk();
    k.choose_language(Language::Es);
    k.press(KeyCode::Enter);
    k.type_str("Zoë");
    k.press(KeyCode::Tab);
    k.type_str("Ōkubo");
    k.press(KeyCode::Tab);
    k.type_str("zoe@example.com");
    k.focus_on(Focus::Consent(consent_index("policy_ack")));
    k.press(KeyCode::Char(' '));
    k.ctrl('s');
    assert_eq!(k.app.screen().kind(), ScreenKind::ThankYou);
    let thanks = k.screen(80, 24);
    assert!(thanks.contains("¡Gracias!"), "{thanks}");
    k.press(KeyCode::Enter);
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    assert_eq!(k.app.attendee_language(), Language::En);
    assert!(k.screen(80, 24).contains("Welcome!"));

    // Kiosk: an attendee who walks away (idle wipe) leaves no language behind.
    k.choose_language(Language::De);
    k.press(KeyCode::Enter);
    k.type_str("Anna");
    k.wait(Duration::from_secs(Event::demo().kiosk_idle_seconds + 1));
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    assert_eq!(k.app.attendee_language(), Language::En);
    k.press(KeyCode::Enter);
    assert_eq!(k.app.form().language(), Language::En);

    // Esc on a blank kiosk form: back to the start, in the event's language.
    choose_on_form(&mut k, Language::Fr);
    k.press(KeyCode::Esc);
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    assert_eq!(k.app.attendee_language(), Language::En);

    // Staff form: F4 there too; the save's receipt speaks it; the next form
    // is in the event's language again, as is a form cleared with Esc, y.
    let mut b = TuiBooth::new();
    b.press(KeyCode::F(4));
    assert_eq!(b.app.form().language(), Language::De);
    b.type_str("Kari");
    b.press(KeyCode::Tab);
    b.type_str("Nordmann");
    b.press(KeyCode::Tab);
    b.type_str("kari@example.com");
    b.focus_on(Focus::Consent(consent_index("policy_ack")));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');
    assert_eq!(b.stored_leads().len(), 1);
    let receipt = b.screen(80, 24);
    assert!(receipt.contains("Ihr Beleg"), "{receipt}");
    b.press(KeyCode::Enter);
    assert_eq!(b.app.form().language(), Language::En);
    b.press(KeyCode::F(4));
    b.type_str("Ola");
    b.press(KeyCode::Esc);
    b.press(KeyCode::Char('y'));
    assert!(b.app.form().is_blank());
    assert_eq!(b.app.form().language(), Language::En);
}

/// F4 on the form until it is in `lang`.
fn choose_on_form(b: &mut TuiBooth, lang: Language) {
    if b.app.screen().kind() == ScreenKind::Attract {
        b.press(KeyCode::Enter);
    }
    for _ in 0..Language::ALL.len() {
        if b.app.form().language() == lang {
            return;
        }
        b.press(KeyCode::F(4));
    }
    panic!("F4 never gave {lang}");
}

#[test]
fn the_consent_record_holds_the_language_and_the_wording_read() {
    let mut k = kiosk();
    k.choose_language(Language::De);
    k.press(KeyCode::Enter);
    k.type_str("Anna");
    k.press(KeyCode::Tab);
    k.type_str("Schmidt");
    k.press(KeyCode::Tab);
    k.type_str("anna@example.de");
    for id in ["policy_ack", "events"] {
        k.focus_on(Focus::Consent(consent_index(id)));
        k.press(KeyCode::Char(' '));
    }
    k.ctrl('s');
    let leads = k.stored_leads();
    assert_eq!(leads.len(), 1);
    let demo = Event::demo();
    for (i, p) in demo.purposes.iter().enumerate() {
        let c = leads[0].consent(&p.id).expect("a record per purpose");
        let german = demo.purpose_label(i, Language::De);
        assert_eq!(german.language, Language::De);
        assert_eq!(c.language.as_deref(), Some("de"), "{}", p.id);
        assert_eq!(c.language_asked.as_deref(), Some("de"), "{}", p.id);
        assert_eq!(c.text, german.text, "{}", p.id);
        assert_ne!(c.text, p.label);
        assert_eq!(
            c.text_sha256.as_deref(),
            Some(leadbooth::policy::sha256_hex(german.text.as_bytes()).as_str())
        );
    }
    assert!(leads[0].consent("events").unwrap().is_active());

    // A purpose the event file does not translate: the attendee read it in
    // the default language, and its record says so, and that German was asked
    // for (as the stored lead and its exported line show).
    let event = Event::parse_text(
        r#"
[event]
id = "expo"
name = "Expo"
organisation = "Acme"

[[purpose]]
id = "policy_ack"
label = "I saw the notice."
legal_basis = "legitimate_interest"
required = true

[[purpose]]
id = "events"
label = "Invite me to events."

[translation.de.purposes]
events = "Laden Sie mich zu Veranstaltungen ein."
"#,
    )
    .unwrap();
    let mut b = TuiBooth::options().event(event.clone()).open();
    b.press(KeyCode::F(4));
    b.type_str("Kari");
    b.press(KeyCode::Tab);
    b.type_str("Nordmann");
    b.press(KeyCode::Tab);
    b.type_str("kari@example.com");
    b.focus_on(Focus::Consent(0));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');
    let lead = &b.stored_leads()[0];
    let gap = lead.consent("policy_ack").unwrap();
    assert_eq!(gap.language.as_deref(), Some("en"));
    assert_eq!(gap.language_asked.as_deref(), Some("de"));
    assert_eq!(gap.text, "I saw the notice.");
    let read = lead.consent("events").unwrap();
    assert_eq!(read.language.as_deref(), Some("de"));
    assert_eq!(read.language_asked.as_deref(), Some("de"));
    assert_eq!(read.text, "Laden Sie mich zu Veranstaltungen ein.");
    let line: serde_json::Value = serde_json::to_value(lead).unwrap();
    assert_eq!(line["consents"][0]["language"], "en", "{line}");
    assert_eq!(line["consents"][0]["language_asked"], "de", "{line}");
}

/// An event with its own policy in English and German, and German's URL.
fn event_with_a_german_policy(dir: &std::path::Path) -> Event {
    std::fs::write(
        dir.join("policy.md"),
        "# Privacy policy\n\nLast Updated: 2026-01-02\n\nWe keep your details safe.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("datenschutz.md"),
        "# Datenschutzerklärung\n\nLast Updated: 2026-01-02\n\nWir schützen Ihre Angaben.\n",
    )
    .unwrap();
    let file = dir.join("event.toml");
    std::fs::write(
        &file,
        r#"
[event]
id = "expo"
name = "Expo"
organisation = "Acme"

[policy]
file = "policy.md"
url = "https://acme.example/privacy"

[translation.de.policy]
file = "datenschutz.md"
url = "https://acme.example/de/datenschutz"
"#,
    )
    .unwrap();
    Event::load(&file).unwrap()
}

/// Issue 18: the policy document and its QR code follow the attendee's
/// language: F1 shows the German policy, the attract screen's code and URL
/// are German's after F4, and a lead saved in German cites the German
/// policy's version; French (no policy of its own) gets the default one.
#[test]
fn the_policy_and_its_qr_code_follow_the_attendee() {
    let dir = tempfile::tempdir().unwrap();
    let event = event_with_a_german_policy(dir.path());
    let german = event.policy_in(Language::De).clone();
    assert_ne!(german.sha256, event.policy.sha256);
    assert_eq!(event.policy_in(Language::Fr), &event.policy);
    let mut k = TuiBooth::options()
        .event(event.clone())
        .kiosk(Some(PIN))
        .clock(fixed_now)
        .open();
    let attract = k.screen(100, 40);
    assert!(
        attract.contains("https://acme.example/privacy"),
        "{attract}"
    );
    k.choose_language(Language::De);
    let attract = k.screen(100, 40);
    assert!(
        attract.contains("https://acme.example/de/datenschutz"),
        "{attract}"
    );
    k.press(KeyCode::Enter);
    k.press(KeyCode::F(1));
    let s = k.screen(100, 40);
    assert!(s.contains("Wir schützen Ihre Angaben."), "{s}");
    assert!(!s.contains("We keep your details safe."), "{s}");
    assert!(s.contains(german.short_version()), "{s}");
    k.press(KeyCode::Esc);
    let lead = anna_acknowledges_and_saves(&mut k);
    assert_eq!(lead.policy.sha256, german.sha256);
    assert_eq!(lead.policy.url, "https://acme.example/de/datenschutz");
}

/// F1 on the attract screen after choosing a language: the policy is read in
/// that language, and Esc comes back to a form in it (both were the event's
/// English: show-day run of session 8).
#[test]
fn the_policy_from_the_attract_screen_is_in_the_chosen_language() {
    for (lang, title) in [
        (Language::De, "Datenschutzerklärung"),
        (Language::Fr, "Politique de confidentialité"),
        (Language::Es, "Política de privacidad"),
    ] {
        let mut k = kiosk();
        k.choose_language(lang);
        k.press(KeyCode::F(1));
        assert_eq!(k.app.attendee_language(), lang);
        let screen = k.screen(80, 24);
        assert!(screen.contains(title), "{lang}: {title:?}\n{screen}");
        assert!(!screen.contains("Privacy policy"), "{lang}:\n{screen}");
        k.press(KeyCode::Esc);
        assert_eq!(k.app.form().language(), lang, "the form after the policy");
    }
}

// --- audit18: the adversary's cases on the attendee side (issue 18 audit) ---

/// A paste of 1 MB into a field is refused whole in the attendee's language,
/// and the language key right after it keeps every typed field and draws the
/// form at 80x24, in every language; a field filled to its limit with wide
/// characters survives the switch as it was.
#[test]
fn a_megabyte_paste_then_the_language_key_keeps_the_form_in_every_language() {
    use ratatui::crossterm::event::Event as TermEvent;
    for lang in Language::ALL {
        let mut k = kiosk();
        k.choose_language(lang);
        k.press(KeyCode::Enter);
        k.type_str("Zoë");
        k.press(KeyCode::Tab);
        k.send(TermEvent::Paste("é".repeat(512 * 1024)));
        assert_eq!(k.app.form().contact(ContactField::LastName).value(), "");
        let m = k.app.message().expect("the refusal is said");
        assert_eq!(m.kind, MessageKind::Error, "{lang}");
        assert_eq!(
            m.text,
            i18n::format(
                lang,
                msg::PASTE_FAR_TOO_LONG,
                [
                    ("field", i18n::arg(ContactField::LastName.label(lang))),
                    ("max", i18n::num(1_000u64)),
                ]
            ),
            "{lang}: said in the attendee's language"
        );
        let wide = "山".repeat(1_000);
        k.send(TermEvent::Paste(wide.clone()));
        k.press(KeyCode::F(4));
        let f = k.app.form();
        assert_eq!(f.language(), lang.next());
        assert_eq!(f.contact(ContactField::FirstName).value(), "Zoë");
        assert_eq!(f.contact(ContactField::LastName).value(), wide);
        let screen = k.screen(80, 24);
        assert!(screen.contains("Zoë"), "{lang}:\n{screen}");
        assert!(
            screen.contains(ContactField::LastName.label(lang.next())),
            "{lang}:\n{screen}"
        );
    }
}

/// A name with a terminal escape is refused when pasted, and one with a
/// right-to-left override typed in is kept as typed but never reaches the
/// terminal (shown as U+FFFD) and moves no column, under each language; the
/// refusal is in that language.
#[test]
fn control_and_right_to_left_override_characters_in_a_name_under_each_language() {
    use ratatui::crossterm::event::Event as TermEvent;
    for lang in Language::ALL {
        let mut k = kiosk();
        k.choose_language(lang);
        k.press(KeyCode::Enter);
        k.send(TermEvent::Paste("Ana\u{1b}]0;owned\u{7}".into()));
        assert_eq!(k.app.form().contact(ContactField::FirstName).value(), "");
        let m = k.app.message().expect("the refusal is said");
        assert_eq!(
            m.text,
            i18n::format(lang, msg::PASTE_REFUSED, [("code", i18n::arg("001B"))]),
            "{lang}"
        );
        k.type_str("Ana\u{202E}lised\u{202C}");
        k.press(KeyCode::Tab);
        k.type_str("\u{2067}כהן\u{2069}");
        let typed = k
            .app
            .form()
            .contact(ContactField::FirstName)
            .value()
            .to_owned();
        assert_eq!(typed, "Ana\u{202E}lised\u{202C}", "{lang}: kept as typed");
        let buf = k.buffer(80, 24);
        for cell in buf.content() {
            assert!(
                !cell.symbol().chars().any(leadbooth::text::is_bidi_control),
                "{lang}: a bidi control reached the terminal"
            );
        }
        let screen = k.screen(80, 24);
        let row = |label: &str| {
            screen
                .lines()
                .find(|l| l.contains(label))
                .unwrap_or_else(|| panic!("{lang}: no {label:?} row:\n{screen}"))
                .to_owned()
        };
        let first = row(ContactField::FirstName.label(lang));
        assert!(
            first.contains("Ana\u{FFFD}lised\u{FFFD}"),
            "{lang}: {first}"
        );
        // The input starts in the same column on both rows, and the
        // right-to-left name did not pull the row's label after it.
        let last = row(ContactField::LastName.label(lang));
        assert!(last.contains("\u{FFFD}כהן\u{FFFD}"), "{lang}: {last}");
        let col = |l: &str, text: &str| l[..l.find(text).unwrap()].chars().count();
        assert_eq!(col(&first, "Ana"), col(&last, "\u{FFFD}כהן"), "{lang}");
        // Switching on keeps both names as typed.
        k.press(KeyCode::F(4));
        assert_eq!(k.app.form().contact(ContactField::FirstName).value(), typed);
        assert_eq!(
            k.app.form().contact(ContactField::LastName).value(),
            "\u{2067}כהן\u{2069}"
        );
    }
}

/// A badge scanned right after the language key (the scanner's burst 50 ms
/// after F4): the badge fills the form, the chosen language stays, and no
/// character of the scan switched the language or ticked anything. The key
/// pressed again after the scan keeps the badge's fields.
#[test]
fn a_badge_scan_right_after_the_language_key_keeps_the_language() {
    let mut b = TuiBooth::with_attendees();
    b.press(KeyCode::F(4));
    assert_eq!(b.app.form().language(), Language::De);
    let payload =
        std::fs::read_to_string(crate::support::badges().join("mecard-basic.txt")).unwrap();
    b.scan(&payload);
    let f = b.app.form();
    assert_eq!(f.contact(ContactField::FirstName).value(), "Ada");
    assert_eq!(f.language(), Language::De, "the scan kept the choice");
    assert!(ticked(&b).is_empty());
    b.press(KeyCode::F(4));
    let f = b.app.form();
    assert_eq!(f.language(), Language::Fr);
    assert_eq!(f.contact(ContactField::FirstName).value(), "Ada");
    assert!(
        f.from_badge(ContactField::FirstName),
        "still from the badge"
    );
}

/// Esc and yes on a kiosk form in German: the form is cleared for the next
/// attendee, in the event's language, and their first F4 gives the language
/// after the default (German again), not the one after the last attendee's.
#[test]
fn after_the_kiosk_esc_reset_the_next_attendee_starts_from_the_default() {
    let mut k = kiosk();
    k.choose_language(Language::De);
    k.press(KeyCode::Enter);
    k.type_str("Anna");
    k.focus_on(Focus::Consent(consent_index("events")));
    k.press(KeyCode::Char(' '));
    k.press(KeyCode::Esc);
    k.press(KeyCode::Char('j'));
    assert!(k.app.form().is_blank(), "nothing of the last attendee");
    assert_eq!(k.app.attendee_language(), Language::En);
    assert_eq!(k.app.form().language(), Language::En);
    assert!(ticked(&k).is_empty());
    let screen = k.screen(80, 24);
    assert!(!screen.contains("Anna"), "{screen}");
    assert!(screen.contains("F4 Deutsch"), "{screen}");
    k.press(KeyCode::F(4));
    if k.app.screen().kind() == ScreenKind::Attract {
        assert_eq!(k.app.attendee_language(), Language::De);
        k.press(KeyCode::Enter);
    }
    let f = k.app.form();
    assert_eq!(f.language(), Language::De);
    assert!(f.is_blank());
    let m = k.app.message().map(|m| m.text.clone()).unwrap_or_default();
    assert!(!m.contains('('), "no tick of the last attendee named: {m}");
}

/// Keyboard only, in every language: Tab visits every field, question and
/// consent of the kiosk form and Shift+Tab walks it back, and Space ticks a
/// consent; the focus and the tick are marked by characters (not colour) in
/// the high-contrast theme too.
#[test]
fn every_part_of_the_kiosk_form_is_reached_by_keys_in_every_language() {
    let event = Event::demo();
    for lang in Language::ALL {
        let mut k = TuiBooth::options()
            .kiosk(Some(crate::support::app::PIN))
            .theme(leadbooth::tui::theme::Theme::high_contrast())
            .clock(crate::support::app::fixed_now)
            .open();
        k.choose_language(lang);
        k.press(KeyCode::Enter);
        let start = k.app.form().focus();
        let mut forward = vec![start];
        for _ in 0..200 {
            k.press(KeyCode::Tab);
            let f = k.app.form().focus();
            if f == start {
                break;
            }
            forward.push(f);
        }
        for f in ContactField::ALL {
            assert!(forward.contains(&Focus::Contact(f)), "{lang}: {f:?}");
        }
        for i in 0..event.questions.len() {
            assert!(
                forward.contains(&Focus::Question(i)),
                "{lang}: question {i}"
            );
        }
        for i in 0..event.purposes.len() {
            assert!(forward.contains(&Focus::Consent(i)), "{lang}: consent {i}");
        }
        let mut back = vec![start];
        for _ in 1..forward.len() {
            k.press(KeyCode::BackTab);
            back.push(k.app.form().focus());
        }
        back[1..].reverse();
        assert_eq!(back, forward, "{lang}: Shift+Tab walks the same way back");
        let i = consent_index("events");
        k.focus_on(Focus::Consent(i));
        k.press(KeyCode::Char(' '));
        assert!(k.app.form().consent(i), "{lang}");
        let screen = k.screen(80, 24);
        assert!(
            screen.contains("▶ [x]"),
            "{lang}: marked by characters:\n{screen}"
        );
        assert!(
            screen.contains(i18n::text(lang, msg::HINT_TICK)),
            "{lang}:\n{screen}"
        );
    }
}

/// The language key while the kiosk asks "clear the form?" or warns that the
/// attendee seems gone: the box is answered in the language it asks in (the
/// key never switches the form under it), and the form's ticks are not
/// cleared behind the attendee's back.
#[test]
fn the_language_key_under_a_kiosk_dialog_changes_nothing_behind_it() {
    use leadbooth::tui::confirm::Confirm;
    let mut k = kiosk();
    k.choose_language(Language::Fr);
    k.press(KeyCode::Enter);
    k.type_str("Anna");
    let events = consent_index("events");
    k.focus_on(Focus::Consent(events));
    k.press(KeyCode::Char(' '));
    k.press(KeyCode::Esc);
    assert_eq!(k.app.confirm(), Some(Confirm::ClearKiosk(Language::Fr)));
    k.press(KeyCode::F(4));
    let asked = k.screen(80, 24);
    let f = k.app.form();
    assert_eq!(
        (f.language(), k.app.confirm()),
        (Language::Fr, Some(Confirm::ClearKiosk(Language::Fr))),
        "F4 under the box:\n{asked}"
    );
    assert_eq!(ticked(&k), vec![events], "no tick cleared unseen");
    k.press(KeyCode::Char('n'));
    assert!(k.app.confirm().is_none());
    assert_eq!(
        k.app.form().contact(ContactField::FirstName).value(),
        "Anna"
    );
    assert_eq!(ticked(&k), vec![events]);
}

// --- adv18: switching twice quickly ---

/// Two quick presses of the language key (English → German → French) with
/// boxes ticked: the first clears the ticks given under the English wording;
/// the second, with nothing left to clear, must still ask for them again in
/// French, naming each, never leave the boxes silently unticked under a
/// plain "Langue : français.". A box ticked again is no longer named.
#[test]
fn switching_twice_quickly_still_asks_again_for_every_cleared_tick() {
    let mut k = kiosk();
    k.press(KeyCode::Enter);
    k.type_str("Zoë");
    let events = consent_index("events");
    let email = consent_index("marketing_email");
    for i in [email, events] {
        k.focus_on(Focus::Consent(i));
        k.press(KeyCode::Char(' '));
    }
    k.press(KeyCode::F(4));
    k.press(KeyCode::F(4));
    assert_eq!(k.app.form().language(), Language::Fr);
    assert!(ticked(&k).is_empty());
    let demo = Event::demo();
    let word = |i: usize| leadbooth::tui::receipt::short_name(&demo.purposes[i], Language::Fr);
    let m = k.app.message().expect("a message");
    assert_eq!(m.kind, MessageKind::Warning, "{}", m.text);
    assert!(
        m.text
            .contains(&format!("({}, {})", word(email), word(events))),
        "{}",
        m.text
    );
    // Ticked again in French: the next switch names only the other one,
    // whose French tick it clears too.
    k.focus_on(Focus::Consent(events));
    k.press(KeyCode::Char(' '));
    k.press(KeyCode::F(4));
    assert_eq!(k.app.form().language(), Language::Es);
    let word = |i: usize| leadbooth::tui::receipt::short_name(&demo.purposes[i], Language::Es);
    let m = k.app.message().expect("a message");
    assert!(
        m.text
            .contains(&format!("({}, {})", word(email), word(events))),
        "{}",
        m.text
    );
    k.focus_on(Focus::Consent(events));
    k.press(KeyCode::Char(' '));
    k.focus_on(Focus::Consent(email));
    k.press(KeyCode::Char(' '));
    // Both given again under the Spanish wording: an Esc reset forgets them.
    k.press(KeyCode::Esc);
    k.press(KeyCode::Char('s'));
    assert!(k.app.form().is_blank());
    k.press(KeyCode::F(4));
    let m = k.app.message().map(|m| m.text.clone()).unwrap_or_default();
    assert!(!m.contains('('), "nothing of the last attendee named: {m}");
}

/// Anna Schmidt types her name and address from the first field, ticks the
/// notice acknowledgement and saves: the one lead stored.
fn anna_acknowledges_and_saves(k: &mut TuiBooth) -> leadbooth::lead::Lead {
    k.type_str("Anna");
    k.press(KeyCode::Tab);
    k.type_str("Schmidt");
    k.press(KeyCode::Tab);
    k.type_str("anna@example.de");
    k.focus_on(Focus::Consent(0));
    k.press(KeyCode::Char(' '));
    k.ctrl('s');
    let mut leads = k.stored_leads();
    assert_eq!(leads.len(), 1);
    leads.remove(0)
}

/// The policy opened (F1) in one language is not the one a lead saved in
/// another cites: an attendee who read the English policy, then switched to
/// German (which has a policy document of its own), never opened the German
/// one, so the record of it must not say "opened". Reading it in German
/// afterwards is recorded as opened.
#[test]
fn a_policy_opened_in_one_language_is_not_recorded_as_opened_in_another() {
    let dir = tempfile::tempdir().unwrap();
    let event = event_with_a_german_policy(dir.path());
    let german = event.policy_in(Language::De).clone();
    let save = |read_german_too: bool| {
        let mut k = TuiBooth::options()
            .event(event.clone())
            .kiosk(Some(PIN))
            .clock(fixed_now)
            .open();
        k.press(KeyCode::Enter);
        k.press(KeyCode::F(1));
        let s = k.screen(100, 40);
        assert!(s.contains("We keep your details safe."), "{s}");
        k.press(KeyCode::Esc);
        k.press(KeyCode::F(4));
        assert_eq!(k.app.form().language(), Language::De);
        if read_german_too {
            k.press(KeyCode::F(1));
            let s = k.screen(100, 40);
            assert!(s.contains("Wir schützen Ihre Angaben."), "{s}");
            k.press(KeyCode::Esc);
        }
        k.focus_on(Focus::FIRST);
        let lead = anna_acknowledges_and_saves(&mut k);
        assert_eq!(lead.policy.sha256, german.sha256);
        lead.notice.expect("the notice shown is recorded")
    };
    assert!(
        !save(false).policy_opened,
        "the German policy was never opened"
    );
    assert!(save(true).policy_opened);
}
