//! Issue 18, "who reads it decides its language": on the staff form what the
//! staff reads (status line, hint bar, save result) is in the staff language
//! and what the attendee reads (notice, purposes, questions, receipt) in the
//! attendee's; at the kiosk the attendee reads the form's status line, in
//! their language, while the staff's screens (the staff picker) stay the
//! staff's. And what a message says is what happened.

use std::time::Duration;

use leadbooth::i18n::{self, Language, msg};
use leadbooth::tui::Staffing;
use leadbooth::tui::form::{ContactField, Focus};
use leadbooth::tui::screen::ScreenKind;
use leadbooth::tui::strings;
use ratatui::crossterm::event::KeyCode;

use crate::support::app::{PIN, TuiBooth, consent_index, fixed_now, lead};
use crate::support::badges;

/// F4 on the form until it is in `lang`.
fn choose_on_form(b: &mut TuiBooth, lang: Language) {
    for _ in 0..Language::ALL.len() {
        if b.app.form().language() == lang {
            return;
        }
        b.press(KeyCode::F(4));
    }
    panic!("F4 never gave {lang}");
}

#[test]
fn the_staff_form_says_its_status_in_the_staff_language() {
    // German staff, Spanish attendee (the new user's run, finding 12).
    let mut b = TuiBooth::options()
        .staff_language(Language::De)
        .clock(fixed_now)
        .open();
    choose_on_form(&mut b, Language::Es);
    b.type_str("Zoë");
    b.ctrl('s');
    let m = b.app.message().expect("a message");
    assert!(m.text.starts_with("Nicht gespeichert"), "{}", m.text);
    // A field that is full is said to the staff too, its field named in German.
    b.focus_on(Focus::Contact(ContactField::Company));
    b.type_str(&"x".repeat(leadbooth::limits::FIELD_CHARS + 1));
    let m = b.app.message().expect("a message");
    assert!(m.text.starts_with("Firma"), "{}", m.text);
    // The attendee's part stays Spanish: the field labels and the purposes.
    let screen = b.screen(120, 40);
    assert!(screen.contains("Nombre"), "{screen}");
}

#[test]
fn the_kiosk_says_a_cleared_form_in_the_next_attendees_language() {
    let mut k = TuiBooth::options()
        .kiosk(Some(PIN))
        .staff_language(Language::De)
        .clock(fixed_now)
        .pace(Duration::from_millis(30))
        .tick_each()
        .open();
    k.press(KeyCode::Enter);
    choose_on_form(&mut k, Language::Fr);
    k.type_str("Luc");
    k.press(KeyCode::Esc);
    k.press(KeyCode::Char('y'));
    assert!(k.app.form().is_blank());
    let next = k.app.attendee_language();
    assert_eq!(
        next,
        Language::En,
        "the next attendee starts in the event's"
    );
    let m = k.app.message().expect("a message");
    assert_eq!(m.text, i18n::text(next, msg::FORM_CLEARED));
    // The staff form's own clear stays the staff's words.
    let mut b = TuiBooth::options().staff_language(Language::De).open();
    choose_on_form(&mut b, Language::Fr);
    b.type_str("Luc");
    b.press(KeyCode::Esc);
    b.press(KeyCode::Char('y'));
    assert_eq!(b.app.message().expect("a message").text, strings::cleared());
    assert!(strings::cleared().starts_with("Formular geleert"));
}

#[test]
fn the_kiosk_staff_picker_is_titled_in_the_staff_language() {
    let mut k = TuiBooth::options()
        .kiosk(Some(PIN))
        .staffing(Staffing::Pick(vec!["Sam".into(), "Alex".into()]))
        .staff_language(Language::De)
        .clock(fixed_now)
        .open();
    assert_eq!(k.app.screen().kind(), ScreenKind::PickStaff);
    let screen = k.screen(80, 24);
    let title = screen.lines().next().unwrap();
    assert!(
        title.contains(i18n::text(Language::De, msg::SELF_SERVICE)),
        "{screen}"
    );
    assert!(
        !title.contains(i18n::text(Language::En, msg::SELF_SERVICE)),
        "{screen}"
    );
}

/// The staff picker's help is read whole at 80x24 in every staff language: in
/// French it ran past the edge ("… chaque contact que vous enregistr", the new
/// user's show day in Lyon, session 10). Every word of it is on the screen.
#[test]
fn the_staff_pickers_help_is_whole_at_80x24_in_every_staff_language() {
    for lang in Language::ALL {
        let mut k = TuiBooth::options()
            .kiosk(Some(PIN))
            .staffing(Staffing::Pick(vec!["Sam".into(), "Alex".into()]))
            .staff_language(lang)
            .clock(fixed_now)
            .open();
        let screen = k.screen(80, 24);
        let words: Vec<&str> = screen
            .lines()
            .flat_map(|l| l.split([' ', '"', '│']))
            .collect();
        let help = i18n::text(lang, msg::staff::PICK_STAFF_HELP);
        for word in help.split(' ') {
            assert!(words.contains(&word), "{lang:?}: {word:?} cut:\n{screen}");
        }
        assert!(screen.contains("▶ Sam"), "{lang:?}:\n{screen}");
    }
}

#[test]
fn a_different_persons_badge_never_says_the_typed_fields_were_kept() {
    let mut b = TuiBooth::with_attendees();
    b.type_str("Zoë");
    b.focus_on(Focus::Contact(ContactField::JobTitle));
    b.type_str("Buyer");
    b.focus_on(Focus::Consent(consent_index("events")));
    b.press(KeyCode::Char(' '));
    let payload = std::fs::read_to_string(badges().join("mecard-basic.txt")).unwrap();
    b.scan(&payload);
    let f = b.app.form();
    assert_eq!(f.contact(ContactField::FirstName).value(), "Ada");
    assert_eq!(f.contact(ContactField::JobTitle).value(), "");
    let m = b.app.message().expect("a message");
    assert!(
        m.text
            .starts_with(strings::new_attendee(leadbooth::i18n::staff())),
        "{}",
        m.text
    );
    let kept = i18n::text(Language::En, msg::staff::SCAN_KEPT);
    assert!(!m.text.contains(kept.trim()), "{}", m.text);
    let cleared = i18n::text(Language::En, msg::staff::SCAN_OTHERS_CLEARED);
    assert!(m.text.ends_with(cleared), "{}", m.text);
}

#[test]
fn the_staff_reads_purposes_by_their_words_in_the_staff_language() {
    let leads = vec![
        lead(
            "Ada",
            "Lovelace",
            "ada@example.org",
            "Engines",
            &["events"],
            1,
        ),
        lead(
            "Jürgen",
            "Müller",
            "juergen@example.de",
            "Maschinenbau",
            &["marketing_email", "marketing_phone"],
            2,
        ),
    ];
    let mut b = TuiBooth::options()
        .staff_language(Language::De)
        .clock(fixed_now)
        .open_with(move |_, store| {
            store.save_leads(&leads, "test", "lead_added").unwrap();
        });
    // The lead list's consent column (F2).
    b.press(KeyCode::F(2));
    let list = b.screen(120, 40);
    for word in ["Veranstaltungen", "E-Mail, Telefon"] {
        assert!(list.contains(word), "{word}:\n{list}");
    }
    for english in ["events", "email", "phone"] {
        assert!(!list.contains(english), "{english}:\n{list}");
    }
}

#[test]
fn the_details_show_questions_and_choices_in_the_staff_language() {
    use leadbooth::lead::Answer;
    let mut answered = lead("Anna", "Schmidt", "anna@example.de", "Firma", &[], 1);
    answered
        .answers
        .insert("interest".into(), Answer::One("Researching options".into()));
    answered.answers.insert(
        "products".into(),
        Answer::Many(vec!["Cloud sync".into(), "Developer APIs".into()]),
    );
    answered
        .answers
        .insert("timeline".into(), Answer::One("next quarter".into()));
    let mut b = TuiBooth::options()
        .staff_language(Language::De)
        .clock(fixed_now)
        .open_with(move |_, store| {
            store.save_leads(&[answered], "test", "lead_added").unwrap();
        });
    b.press(KeyCode::F(2));
    b.press(KeyCode::Enter);
    let details = b.screen(120, 40);
    for german in [
        "Was führt Sie zu unserem Stand?: Ich informiere mich",
        "Welche Produkte interessieren Sie?: Cloud-Synchronisierung, Entwickler-APIs",
        // Typed text stays as typed.
        "Wann möchten Sie entscheiden?: next quarter",
    ] {
        assert!(details.contains(german), "{german}:\n{details}");
    }
    assert!(!details.contains("What brings you"), "{details}");
}

/// Keys keep the names on their caps in every language (README, "Keys keep
/// the names printed on their caps"), as the hint bar shows them: a message
/// that says "Entrée" above a hint bar that says "Enter" names two keys.
#[test]
fn every_message_names_enter_and_esc_as_the_hint_bar_does() {
    use leadbooth::tui::strings::keys;
    // The names other keyboards print for them, and that a translator reaches for.
    let other_names = [
        "Entrée",
        "Échap",
        "Intro",
        "Eingabetaste",
        "Eingabe-Taste",
        "Retour",
        "Escape",
        "Escap",
    ];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    for lang in Language::ALL {
        for file in ["leadbooth.ftl", "help.ftl", "central.ftl"] {
            let path = dir.join(lang.code()).join(file);
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                if line.starts_with('#') {
                    continue;
                }
                for name in other_names {
                    let named = line
                        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '.')
                        .any(|w| w == name);
                    assert!(!named, "{}:{}: {name:?}: {line}", path.display(), n + 1);
                }
            }
        }
        // The attract screen's prompt and its hint bar name the same key.
        let prompt = i18n::text(lang, msg::ATTRACT_PROMPT);
        assert!(prompt.contains(keys::ENTER), "{lang}: {prompt}");
    }
}

/// The layered notice on the form and the policy screen in each language at
/// 80x24: French sets a space before its colons, as its own messages do
/// (`Consentement : …`), and no line runs into the scrollbar's column.
#[test]
fn the_notice_keeps_each_languages_colon_and_its_margin_at_80x24() {
    for lang in Language::ALL {
        let mut k = TuiBooth::options()
            .kiosk(Some(PIN))
            .clock(fixed_now)
            .pace(Duration::from_millis(30))
            .tick_each()
            .open();
        k.press(KeyCode::Enter);
        choose_on_form(&mut k, lang);
        k.focus_on(Focus::Consent(0));
        let buf = k.buffer(80, 24);
        let screen = k.screen(80, 24);
        let who = i18n::text(lang, msg::NOTICE_WHO);
        let why = i18n::text(lang, msg::NOTICE_WHY);
        for label in [who, why] {
            let want = i18n::label(lang, label);
            assert!(screen.contains(&want), "{lang}: {want:?}\n{screen}");
        }
        if lang == Language::Fr {
            assert!(!screen.contains("Qui:"), "{screen}");
        }
        // The form's last column is the scrollbar's: every row's text ends
        // before it, with the column before it blank (the text's own margin).
        for y in 0..24u16 {
            let row: String = (0..80u16)
                .map(|x| buf[(x, y)].symbol().to_owned())
                .collect();
            let bar = buf[(79, y)].symbol();
            if matches!(bar, "█" | "║" | "▲" | "▼" | "│") && y > 0 && y < 22 {
                assert_eq!(
                    buf[(78, y)].symbol(),
                    " ",
                    "{lang}: row {y} runs into the scrollbar: {row:?}\n{screen}"
                );
            }
        }
    }
}

/// Every confirmation box in every staff language at 80x24 shows its whole
/// question and every button whole (German's Ctrl-Q box lost its `n`).
#[test]
fn every_confirmation_in_every_language_fits_80x24() {
    use leadbooth::tui::confirm::Confirm;
    use leadbooth::tui::strings::{hints, keys};
    use leadbooth::tui::theme::Theme;
    use ratatui::{Terminal, backend::TestBackend, layout::Rect};
    let all = [
        Confirm::ClearForm,
        Confirm::Quit,
        Confirm::QuitWithLead,
        Confirm::EraseLead,
        Confirm::WithdrawConsent,
        Confirm::DiscardEdit,
    ];
    for lang in Language::ALL {
        i18n::set_staff_language(lang);
        for c in all {
            let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
            t.draw(|f| c.render(f, Rect::new(0, 0, 80, 24), &Theme::monochrome()))
                .unwrap();
            let buf = t.backend().buffer().clone();
            let screen: String = (0..24u16)
                .map(|y| {
                    let row: String = (0..80u16).map(|x| buf[(x, y)].symbol()).collect();
                    row + "\n"
                })
                .collect();
            let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
            for word in c.question().split_whitespace() {
                assert!(flat.contains(word), "{lang} {c:?}: {word:?}\n{screen}");
            }
            let mut buttons = vec![(keys::YES, ""), (keys::NO, hints::no())];
            if c == Confirm::QuitWithLead {
                buttons.push((keys::KEEP, hints::keep_draft()));
                buttons.push(("", hints::quit_lose()));
            } else {
                buttons.push(("", hints::yes()));
            }
            for (key, label) in buttons {
                let want = format!(" {key} ").trim().to_owned();
                assert!(flat.contains(&want), "{lang} {c:?}: key {want:?}\n{screen}");
                let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(flat.contains(&label), "{lang} {c:?}: {label:?}\n{screen}");
            }
        }
    }
}
