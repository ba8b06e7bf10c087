//! Issue 18, the booth side's last English words (branch i18nkiosk): purposes
//! named by their words on the statistics screen and in a lead's details; the
//! badge-scan lines at the kiosk in the attendee's language; the badge marker
//! whole at 80x24 in every language; the language key's line saying which
//! purposes stay in the event's default language; `[event] languages`.

use std::time::Duration;

use leadbooth::config::Event;
use leadbooth::i18n::{self, Language, msg};
use leadbooth::tui::form::Focus;
use leadbooth::tui::strings;
use ratatui::crossterm::event::KeyCode;

use crate::support::app::{PIN, TuiBooth, fixed_now, lead};
use crate::support::badges;

fn kiosk_of(event: Option<Event>) -> TuiBooth {
    let mut o = TuiBooth::options()
        .kiosk(Some(PIN))
        .clock(fixed_now)
        .pace(Duration::from_millis(30))
        .tick_each();
    if let Some(e) = event {
        o = o.event(e);
    }
    o.open()
}

fn badge() -> String {
    std::fs::read_to_string(badges().join("mecard-basic.txt")).unwrap()
}

#[test]
fn the_statistics_and_the_details_name_purposes_by_their_words() {
    let leads = vec![lead(
        "Jürgen",
        "Müller",
        "juergen@example.de",
        "Maschinenbau",
        &["marketing_email", "events"],
        2,
    )];
    let mut b = TuiBooth::options()
        .staff_language(Language::De)
        .clock(fixed_now)
        .open_with(move |_, store| {
            store.save_leads(&leads, "test", "lead_added").unwrap();
        });
    b.press(KeyCode::F(6));
    let stats = b.screen(120, 40);
    for word in [
        "Hinweis",
        "E-Mail",
        "Telefon",
        "Veranstaltungen",
        "Konzernfirmen",
    ] {
        assert!(stats.contains(word), "{word}:\n{stats}");
    }
    for id in ["policy_ack", "marketing_email", "share_affiliates"] {
        assert!(!stats.contains(id), "{id}:\n{stats}");
    }
    b.press(KeyCode::Esc);
    b.press(KeyCode::F(2));
    b.press(KeyCode::Enter);
    let details = b.screen(120, 40);
    for line in ["Hinweis: ", "E-Mail: ", "Veranstaltungen: ", "Partner: "] {
        assert!(details.contains(line), "{line}:\n{details}");
    }
    for id in ["policy_ack", "marketing_email", "share_partners"] {
        assert!(!details.contains(id), "{id}:\n{details}");
    }
}

#[test]
fn a_kiosk_says_its_badge_scan_lines_in_the_attendees_language() {
    // English staff (the system locale), a German attendee at the kiosk.
    let mut k = kiosk_of(None);
    k.choose_language(Language::De);
    k.press(KeyCode::Enter);
    k.scan(&badge());
    let m = k.app.message().expect("a message").text.clone();
    let german = strings::scan_filled(Language::De, false, None, "Ada Lovelace", 5, &[]);
    assert!(
        m.starts_with("Ausweis gelesen (Ada Lovelace)"),
        "{m}\nexpected like {german}"
    );
    assert!(!m.contains("Badge read"), "{m}");
    // The marker beside the filled fields is the attendee's too.
    let screen = k.screen(80, 24);
    assert!(screen.contains("◆ Ausweis"), "{screen}");
    // A refused scan on the form says so in German as well.
    k.press(KeyCode::Esc);
    k.scan(&badge());
    let m = k.app.message().expect("a message").text.clone();
    assert_eq!(m, strings::scan_refused_question(Language::De), "{m}");
    // The staff booth keeps them in the staff language, whatever the
    // attendee picked (the staff reads the status line there).
    let mut b = TuiBooth::options()
        .staff_language(Language::De)
        .clock(fixed_now)
        .open();
    b.choose_language(Language::Es);
    b.scan(&badge());
    let m = b.app.message().expect("a message").text.clone();
    assert!(m.starts_with("Ausweis gelesen (Ada Lovelace)"), "{m}");
    assert!(b.screen(80, 24).contains("◆ Ausweis"));
}

/// The rows of the fields the badge filled (the status line, which names the
/// marker too, aside) each end with `mark`, whole.
fn assert_marked(screen: &str, mark: &str, what: &str) {
    let rows: Vec<&str> = screen
        .lines()
        .filter(|l| l.contains("Lovelace") && !l.contains("(Ada Lovelace)"))
        .chain(screen.lines().filter(|l| l.contains("ada@example")))
        .collect();
    assert_eq!(rows.len(), 2, "{what}: the name and email rows:\n{screen}");
    for row in rows {
        assert!(
            row.contains(mark),
            "{what}: {mark:?} not whole in {row}\n{screen}"
        );
    }
}

#[test]
fn the_badge_marker_shows_whole_in_every_language_at_80x24() {
    for lang in Language::ALL {
        let mark = strings::from_badge(lang);
        // The staff booth, its marker in the staff language.
        let mut b = TuiBooth::options()
            .staff_language(lang)
            .clock(fixed_now)
            .open();
        b.scan(&badge());
        b.focus_on(Focus::FIRST);
        let screen = b.screen(80, 24);
        assert_marked(&screen, mark, &format!("{lang} staff"));
        // The kiosk, its marker in the attendee's.
        let mut k = kiosk_of(None);
        k.choose_language(lang);
        k.press(KeyCode::Enter);
        k.scan(&badge());
        k.focus_on(Focus::FIRST);
        let screen = k.screen(80, 24);
        assert_marked(&screen, mark, &format!("{lang} kiosk"));
    }
}

/// An event with one purpose worded in English only (`newsletter`) and one
/// translated into every language (`webinars`).
fn partly_translated(languages: &str) -> Event {
    Event::parse_text(&format!(
        r#"
[event]
id = "expo"
name = "Expo"
organisation = "Acme"
{languages}
[[purpose]]
id = "policy_ack"
label = "I saw how Acme uses my details."
legal_basis = "legitimate_interest"
required = true

[[purpose]]
id = "newsletter"
label = "Send me the Acme newsletter."

[[purpose]]
id = "webinars"
label = "Invite me to Acme webinars."

[translation.de.purposes]
policy_ack = "Ich habe gesehen, wie Acme meine Angaben nutzt."
webinars = "Laden Sie mich zu Webinaren von Acme ein."
[translation.fr.purposes]
policy_ack = "J'ai vu comment Acme utilise mes données."
webinars = "Invitez-moi aux webinaires d'Acme."
[translation.es.purposes]
policy_ack = "He visto cómo Acme usa mis datos."
webinars = "Invítenme a los webinarios de Acme."
"#
    ))
    .unwrap()
}

#[test]
fn switching_to_a_language_the_event_lacks_says_what_stays_in_its_own() {
    let newsletter = 1;
    let webinars = 2;
    for lang in [Language::De, Language::Fr, Language::Es] {
        // English and `lang` only: one F4 goes straight from one to the other.
        let event = partly_translated(&format!("languages = [\"en\", \"{}\"]\n", lang.code()));
        let mut k = kiosk_of(Some(event.clone()));
        k.press(KeyCode::Enter);
        for i in [newsletter, webinars] {
            k.focus_on(Focus::Consent(i));
            k.press(KeyCode::Char(' '));
        }
        k.choose_language(lang);
        let m = k.app.message().expect("a message").text.clone();
        let said = i18n::format(
            lang,
            i18n::msg::kiosk_words::LANGUAGE_TICKS_CLEARED_PARTLY,
            [
                ("default", i18n::arg("en")),
                ("kept", i18n::arg("newsletter")),
                ("purposes", i18n::arg("webinars")),
            ],
        );
        assert_eq!(m, said, "{lang}");
        // Never "the consent text is now in German" while one stays English.
        assert_ne!(
            m,
            i18n::format(
                lang,
                msg::LANGUAGE_TICKS_CLEARED,
                [("purposes", i18n::arg("webinars"))]
            )
        );
        // The English-only purpose's tick stays: its wording did not change.
        assert!(k.app.form().consent(newsletter), "{lang}");
        assert!(!k.app.form().consent(webinars), "{lang}");
        // Whole on an 80x24 screen, in at most two rows.
        let screen = k.screen(80, 24);
        let rows: Vec<&str> = screen
            .lines()
            .filter(|l| !l.contains("[x]") && !l.contains("[ ]"))
            .filter(|l| l.contains("newsletter") || l.contains("webinars"))
            .collect();
        for word in m.split_whitespace() {
            assert!(
                screen.contains(word),
                "{lang}: {word:?} of {m:?}:\n{screen}"
            );
        }
        assert!(rows.len() <= 2, "{lang}: {rows:?}\n{screen}");
        // Without ticks: the language, and what stays in English.
        let mut k = kiosk_of(Some(event.clone()));
        k.press(KeyCode::Enter);
        k.choose_language(lang);
        let m = k.app.message().expect("a message").text.clone();
        let said = i18n::format(
            lang,
            i18n::msg::kiosk_words::LANGUAGE_SWITCHED_PARTLY,
            [
                ("default", i18n::arg("en")),
                ("kept", i18n::arg("newsletter")),
            ],
        );
        assert_eq!(m, said, "{lang}");
    }
    let m = i18n::format(
        Language::De,
        i18n::msg::kiosk_words::LANGUAGE_SWITCHED_PARTLY,
        [
            ("default", i18n::arg("en")),
            ("kept", i18n::arg("newsletter")),
        ],
    );
    assert_eq!(
        m,
        "Sprache: Deutsch, außer was auf Englisch bleibt: newsletter."
    );
}

#[test]
fn an_event_offers_only_the_languages_it_lists() {
    let two = partly_translated("languages = [\"en\", \"de\"]\n");
    let mut k = kiosk_of(Some(two));
    let attract = k.screen(80, 24);
    assert!(
        attract.contains("English") && attract.contains("Deutsch"),
        "{attract}"
    );
    assert!(
        !attract.contains("Français") && !attract.contains("Español"),
        "{attract}"
    );
    k.press(KeyCode::F(4));
    assert_eq!(k.app.attendee_language(), Language::De);
    k.press(KeyCode::F(4));
    assert_eq!(k.app.attendee_language(), Language::En, "F4 cycles the two");
    k.press(KeyCode::Enter);
    assert!(k.screen(80, 24).contains("F4 Deutsch"));
    k.press(KeyCode::F(4));
    assert_eq!(k.app.form().language(), Language::De);
    assert!(k.screen(80, 24).contains("F4 English"));
    k.press(KeyCode::F(4));
    assert_eq!(k.app.form().language(), Language::En);
    // The staff form too.
    let mut b = TuiBooth::options()
        .event(partly_translated("languages = [\"en\", \"de\"]\n"))
        .clock(fixed_now)
        .open();
    b.press(KeyCode::F(4));
    b.press(KeyCode::F(4));
    assert_eq!(b.app.form().language(), Language::En);
    // One language: no language key, and no list of one.
    let mut k = kiosk_of(Some(partly_translated("languages = [\"en\"]\n")));
    let attract = k.screen(80, 24);
    assert!(!attract.contains("F4"), "{attract}");
    k.press(KeyCode::F(4));
    assert_eq!(k.app.attendee_language(), Language::En);
    k.press(KeyCode::Enter);
    assert!(!k.screen(80, 24).contains("F4"));
}

/// The notice above the boxes, worded by the event in English only, stays
/// English after F4: the line says so, as it does of a purpose. A German
/// attendee read "Sprache: Deutsch." over an English (and partly French)
/// notice (the new user's show day in Lyon, session 10).
#[test]
fn switching_to_a_language_without_the_notice_says_the_notice_stays() {
    let mut event = partly_translated("languages = [\"en\", \"de\"]\n");
    event.notice.retention = "We keep your details for 24 months.".into();
    let mut k = kiosk_of(Some(event));
    k.press(KeyCode::Enter);
    k.choose_language(Language::De);
    let m = k.app.message().expect("a message").text.clone();
    assert_eq!(
        m,
        "Sprache: Deutsch, außer was auf Englisch bleibt: die Hinweise oben, newsletter."
    );
    // Whole at 80x24.
    let screen = k.screen(80, 24);
    for word in m.split_whitespace() {
        assert!(screen.contains(word), "{word:?}:\n{screen}");
    }
    // Back to English, the default: nothing stays in another language.
    k.choose_language(Language::En);
    let m = k.app.message().expect("a message").text.clone();
    assert_eq!(m, "Language: English.");
}
