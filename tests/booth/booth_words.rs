//! The booth's remaining words in the reader's language (issue 18): the lead
//! rules beside the fields in the form's language, the draft dialog in the
//! staff language, the receipt's QR code in the attendee's, the space bar
//! named in words; and the attendee's choices (language, contrast, ticks)
//! gone for the next attendee, while the booth team's theme stays.

use std::time::Duration;

use leadbooth::i18n::Language;
use leadbooth::tui::form::{ContactField, Focus};
use leadbooth::tui::modal::Modal;
use leadbooth::tui::screen::ScreenKind;
use leadbooth::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;

use crate::support::app::{PIN, TuiBooth, consent_index, decode_qr, fixed_now};

fn kiosk(theme: Theme) -> TuiBooth {
    TuiBooth::options()
        .kiosk(Some(PIN))
        .theme(theme)
        .clock(fixed_now)
        .pace(Duration::from_millis(30))
        .tick_each()
        .open()
}

/// High-contrast palette on screen (white on black text).
fn high_contrast(buf: &Buffer) -> bool {
    buf.content()
        .iter()
        .any(|c| c.symbol() != " " && c.fg == Color::White && c.bg == Color::Black)
}

/// A kiosk form in `lang` refused with three rules broken: no name, an email
/// that is none, a country nobody has.
fn refused_kiosk_form(lang: Language) -> TuiBooth {
    let mut k = kiosk(Theme::monochrome());
    k.choose_language(lang);
    k.press(KeyCode::Enter);
    k.focus_on(Focus::Contact(ContactField::Email));
    k.type_str("kari.example.no");
    k.focus_on(Focus::Contact(ContactField::Country));
    k.type_str("Atlantis");
    k.ctrl('s');
    k.focus_on(Focus::Contact(ContactField::FirstName));
    k
}

#[test]
fn the_rules_beside_the_fields_speak_the_attendees_language_at_80x24() {
    let english = [
        "enter a first or last name",
        "is not a valid email address",
        "is not a country name we know",
    ];
    for (lang, words) in [
        (
            Language::De,
            [
                "Vor- oder Nachnamen eingeben",
                "ist keine gültige E-Mail-Adresse",
                "\"Atlantis\" kennen wir nicht als Land",
            ],
        ),
        (
            Language::Fr,
            [
                "saisissez un prénom ou un nom",
                "n'est pas une adresse e-mail valide",
                "\"Atlantis\" n'est pas un nom de pays connu",
            ],
        ),
    ] {
        let mut k = refused_kiosk_form(lang);
        // The three fields, and the notice acknowledgement left unticked.
        assert_eq!(k.app.form().error_count(), 4, "{lang}");
        let screen = k.screen(80, 24);
        // A message wraps under its field: compare with the rows joined.
        let joined: String = screen
            .lines()
            .map(|l| l.trim_matches('"').trim())
            .collect::<Vec<_>>()
            .join(" ");
        for w in words {
            assert!(joined.contains(w), "{lang}: {w:?} missing:\n{screen}");
        }
        for e in english {
            assert!(!joined.contains(e), "{lang}: {e:?} in English:\n{screen}");
        }
        insta::assert_snapshot!(format!("rules_kiosk_{lang}_80x24"), screen);
    }
    // The required box: said in the attendee's language too.
    let mut k = kiosk(Theme::monochrome());
    k.choose_language(Language::Es);
    k.press(KeyCode::Enter);
    k.type_str("Zoë");
    k.focus_on(Focus::Contact(ContactField::Email));
    k.type_str("zoe@example.com");
    k.ctrl('s');
    let policy_ack = Focus::Consent(consent_index("policy_ack"));
    assert_eq!(k.app.form().focus(), policy_ack);
    assert_eq!(
        k.app.form().error(policy_ack),
        Some("es obligatoria: márquela para guardar")
    );
}

#[test]
fn the_staff_form_says_the_rules_in_the_forms_language_like_its_labels() {
    // The staff read German; the attendee in front of the booth reads the
    // form, which is in the event's language (English) until F4.
    let mut b = TuiBooth::options()
        .staff_language(Language::De)
        .clock(fixed_now)
        .open();
    b.focus_on(Focus::Contact(ContactField::Email));
    b.type_str("kari.example.no");
    b.ctrl('s');
    let email = Focus::Contact(ContactField::Email);
    assert_eq!(
        b.app.form().error(email),
        Some("is not a valid email address (like name@example.com)")
    );
    // The attendee chooses French: the next save says it in French.
    b.choose_language(Language::Fr);
    b.ctrl('s');
    assert_eq!(
        b.app.form().error(email),
        Some("n'est pas une adresse e-mail valide (comme nom@example.com)")
    );
}

#[test]
fn a_phone_kept_as_typed_is_said_in_the_attendees_language() {
    let mut k = kiosk(Theme::monochrome());
    k.choose_language(Language::De);
    k.press(KeyCode::Enter);
    k.focus_on(Focus::Contact(ContactField::Phone));
    k.type_str("+49 123");
    k.press(KeyCode::Tab);
    let phone = Focus::Contact(ContactField::Phone);
    assert_eq!(
        k.app.form().warning(phone),
        Some("Telefon prüfen: wird wie eingegeben gespeichert: keine gültige Nummer für DE")
    );
}

/// A staff booth in `lang` offered the draft of a half-typed lead.
fn recover_offer(lang: Language) -> TuiBooth {
    let mut b = TuiBooth::options()
        .staff_language(lang)
        .clock(fixed_now)
        .open();
    b.type_str("Zoë");
    b.press(KeyCode::Tab);
    b.type_str("Ōkubo");
    b.app.flush_draft();
    b.restart();
    assert!(matches!(b.app.modal(), Some(Modal::Recover(_))));
    b
}

#[test]
fn the_draft_prompt_and_its_answers_speak_the_staff_language_at_80x24() {
    for (lang, question, answers, recovered, discarded) in [
        (
            Language::De,
            "Den ungespeicherten Lead von",
            [
                "r  Wiederherstellen",
                "d  Verwerfen",
                "Ungespeicherter Lead",
            ],
            "Ungespeicherter Lead ohne Häkchen wiederhergestellt",
            "Ungespeicherter Lead verworfen.",
        ),
        (
            Language::Fr,
            "Récupérer le contact non enregistré de",
            ["r  Récupérer", "d  Abandonner", "Contact non enregistré"],
            "Contact non enregistré récupéré sans ses cases cochées",
            "Contact non enregistré abandonné.",
        ),
    ] {
        let mut b = recover_offer(lang);
        let screen = b.screen(80, 24);
        assert!(screen.contains(question), "{lang}:\n{screen}");
        for a in answers {
            assert!(screen.contains(a), "{lang}: {a:?}:\n{screen}");
        }
        assert!(!screen.contains("Recover the unsaved lead"), "{screen}");
        let time = match b.app.modal() {
            Some(Modal::Recover(offer)) => offer.time(chrono::Local::now().date_naive()),
            _ => unreachable!(),
        };
        insta::assert_snapshot!(
            format!("draft_prompt_{lang}_80x24"),
            screen.replace(&time, "HH:MM")
        );
        b.press(KeyCode::Char('r'));
        let m = b.app.message().expect("said");
        assert!(m.text.starts_with(recovered), "{lang}: {m:?}");

        let mut b = recover_offer(lang);
        b.press(KeyCode::Char('d'));
        assert_eq!(b.app.message().expect("said").text, discarded);
    }
}

/// A kiosk lead in `lang` that agrees to events; returns the QR text and the
/// thank-you screen.
fn receipt_in(lang: Language) -> (String, String, String) {
    let mut k = kiosk(Theme::monochrome());
    k.choose_language(lang);
    k.press(KeyCode::Enter);
    k.type_str("Zoë");
    k.focus_on(Focus::Contact(ContactField::Email));
    k.type_str("zoe@example.com");
    k.focus_on(Focus::Consent(consent_index("policy_ack")));
    k.press(KeyCode::Char(' '));
    k.focus_on(Focus::Consent(consent_index("events")));
    k.press(KeyCode::Char(' '));
    k.ctrl('s');
    assert_eq!(k.app.screen().kind(), ScreenKind::ThankYou);
    let id = k.app.store().recent_leads(1).unwrap()[0]
        .receipt_id
        .clone()
        .unwrap();
    let qr = decode_qr(&k.buffer(80, 24)).expect("the receipt decodes at 80x24");
    (qr, k.screen(80, 24), id)
}

#[test]
fn the_receipt_and_its_qr_code_speak_the_attendees_language() {
    let (qr, screen, id) = receipt_in(Language::De);
    assert_eq!(
        qr,
        format!(
            "BELEG {id}\nDEMO-2026 2026-11-29 10:15 UTC\nEINGEWILLIGT: VERANSTALTUNGEN\n\
             mailto:privacy@aspera.example?subject=WIDERRUF%20{id}"
        )
    );
    // The text column beside the code wraps the list under its sentence.
    assert!(
        screen.contains("Sie haben eingewilligt in:") && screen.contains("  Veranstaltungen "),
        "{screen}"
    );
    let (qr, _, id) = receipt_in(Language::Fr);
    assert_eq!(
        qr,
        format!(
            "REÇU {id}\nDEMO-2026 2026-11-29 10:15 UTC\nACCORD: ÉVÉNEMENTS\n\
             mailto:privacy@aspera.example?subject=RETRAIT%20{id}"
        )
    );
    let (qr, _, id) = receipt_in(Language::Es);
    assert!(
        qr.starts_with(&format!("JUSTIFICANTE {id}\n")) && qr.contains("\nACEPTADO: EVENTOS\n"),
        "{qr}"
    );
}

#[test]
fn the_space_bar_is_named_in_words_in_the_hint_bars_language() {
    let mut k = kiosk(Theme::monochrome());
    k.choose_language(Language::De);
    k.press(KeyCode::Enter);
    k.focus_on(Focus::Consent(0));
    let bar = k.hint_bar_rows(80, 24).join("\n");
    assert!(bar.contains("Leertaste ankreuzen"), "{bar}");
    // Keys with a name on their cap keep it.
    assert!(bar.contains("Ctrl-S speichern"), "{bar}");
}

#[test]
fn language_contrast_and_ticks_reset_for_the_next_attendee() {
    let mut k = kiosk(Theme::color());
    k.choose_language(Language::De);
    k.press(KeyCode::F(7));
    assert!(high_contrast(&k.buffer(80, 24)));
    k.press(KeyCode::Enter);
    assert!(high_contrast(&k.buffer(80, 24)), "the form too");
    k.type_str("Zoë");
    k.focus_on(Focus::Contact(ContactField::Email));
    k.type_str("zoe@example.com");
    k.focus_on(Focus::Consent(consent_index("policy_ack")));
    k.press(KeyCode::Char(' '));
    k.focus_on(Focus::Consent(consent_index("events")));
    k.press(KeyCode::Char(' '));
    k.ctrl('s');
    assert_eq!(k.app.screen().kind(), ScreenKind::ThankYou);
    assert!(
        high_contrast(&k.buffer(80, 24)),
        "the thank-you screen is still theirs"
    );
    k.press(KeyCode::Enter);
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    assert!(
        !high_contrast(&k.buffer(80, 24)),
        "the next attendee starts in the booth's theme"
    );
    assert_eq!(k.app.attendee_language(), Language::En);
    k.press(KeyCode::Enter);
    assert_eq!(k.app.form().language(), Language::En);
    assert_eq!(k.app.form().ticked_count(), 0);
    assert!(!high_contrast(&k.buffer(80, 24)));

    // An attendee who walks away (idle wipe) leaves no contrast behind either.
    k.press(KeyCode::Esc);
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    k.press(KeyCode::F(7));
    k.press(KeyCode::Enter);
    k.type_str("Anna");
    k.wait(Duration::from_secs(
        leadbooth::config::Event::demo().kiosk_idle_seconds + 1,
    ));
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    assert!(!high_contrast(&k.buffer(80, 24)));

    // The booth team's theme (event file or --theme) is no attendee's
    // choice: an attendee's F7 away from it lasts for them only.
    let mut k = kiosk(Theme::high_contrast());
    k.press(KeyCode::F(7));
    assert!(!high_contrast(&k.buffer(80, 24)));
    k.press(KeyCode::Enter);
    k.press(KeyCode::Esc);
    assert_eq!(k.app.screen().kind(), ScreenKind::Attract);
    assert!(
        high_contrast(&k.buffer(80, 24)),
        "back to the booth's theme"
    );
}
