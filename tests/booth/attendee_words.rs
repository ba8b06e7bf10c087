//! The attendee's words at the kiosk (issue 18, branch i18nbooth2): the Esc
//! question asked in the attendee's language and answered with its own "yes"
//! key, and the policy screen's hint bar wholly in one language: the
//! attendee's at the kiosk, the staff language on the staff booth.

use std::time::Duration;

use leadbooth::i18n::{self, Language, msg};
use leadbooth::tui::confirm::Confirm;
use leadbooth::tui::screen::ScreenKind;
use ratatui::crossterm::event::KeyCode;

use crate::support::app::{PIN, TuiBooth, fixed_now};

fn kiosk() -> TuiBooth {
    TuiBooth::options()
        .kiosk(Some(PIN))
        .clock(fixed_now)
        .pace(Duration::from_millis(30))
        .tick_each()
        .open()
}

/// The language's own "yes" letter and the keys the box names for it.
fn yes_key(lang: Language) -> (char, &'static str) {
    match lang {
        Language::En => ('y', "y"),
        Language::De => ('j', "j/y"),
        Language::Fr => ('o', "o/y"),
        Language::Es => ('s', "s/y"),
    }
}

/// A kiosk form in `lang` with a name typed, and Esc pressed on it.
fn asked(lang: Language) -> TuiBooth {
    let mut k = kiosk();
    k.choose_language(lang);
    k.press(KeyCode::Enter);
    assert_eq!(k.app.screen().kind(), ScreenKind::Form);
    k.type_str("Anna");
    k.press(KeyCode::Esc);
    assert_eq!(k.app.confirm(), Some(Confirm::ClearKiosk(lang)), "{lang}");
    k
}

#[test]
fn the_kiosk_asks_before_clearing_in_the_attendees_language_with_its_own_keys() {
    use msg::booth2 as b2;
    for lang in Language::ALL {
        let (own, keys) = yes_key(lang);
        let mut k = asked(lang);
        let screen = k.screen(80, 24);
        // Every word of the box is the attendee's language, and it names the
        // keys it takes.
        for id in [
            b2::KIOSK_CONFIRM_TITLE,
            b2::KIOSK_CONFIRM_YES,
            b2::KIOSK_CONFIRM_NO,
        ] {
            let text = i18n::text(lang, id);
            assert!(screen.contains(text), "{lang}: {text:?}\n{screen}");
        }
        for word in i18n::text(lang, b2::KIOSK_CONFIRM_CLEAR).split_whitespace() {
            assert!(screen.contains(word), "{lang}: {word:?}\n{screen}");
        }
        assert!(screen.contains(&format!(" {keys} ")), "{lang}:\n{screen}");
        assert!(screen.contains(" n/Esc "), "{lang}:\n{screen}");
        if lang != Language::En {
            for english in [
                "Please confirm",
                "Clear the form?",
                "yes, clear",
                "no, continue",
            ] {
                assert!(!screen.contains(english), "{lang}: {english:?}\n{screen}");
            }
        }
        let bar = k.hint_bar_rows(80, 24).join("\n");
        assert!(bar.contains(keys), "{lang}: the bar names {keys}: {bar}");

        // Another letter does nothing; n keeps the form.
        k.press(KeyCode::Char('x'));
        assert_eq!(k.app.confirm(), Some(Confirm::ClearKiosk(lang)));
        k.press(KeyCode::Char('n'));
        assert!(k.app.confirm().is_none());
        assert_eq!(k.app.form().language(), lang);
        assert!(!k.app.form().is_blank(), "{lang}: n cleared the form");

        // The language's own yes, either case, clears it; the message line
        // says so in the next attendee's language (the cleared form is
        // theirs, in the event's language).
        for key in [own, own.to_ascii_uppercase()] {
            let mut k = asked(lang);
            k.press(KeyCode::Char(key));
            assert!(k.app.confirm().is_none(), "{lang}: {key} did not answer");
            assert!(k.app.form().is_blank(), "{lang}: {key} did not clear");
            let said = k.app.message().expect("a message").text.clone();
            let next = k.app.attendee_language();
            assert_eq!(said, i18n::text(next, msg::FORM_CLEARED), "{lang}");
        }
        // y answers in every language (an English keyboard habit).
        let mut k = asked(lang);
        k.press(KeyCode::Char('y'));
        assert!(k.app.form().is_blank(), "{lang}: y did not clear");
    }
}

/// Every token of the policy screen's hint bar is a key name or a word of
/// `lang`'s hints for it, and none is only another language's.
fn assert_policy_bar_in(bar: &str, lang: Language, at: &str) {
    let words_of = |l: Language| -> Vec<String> {
        [
            msg::HINT_SCROLL,
            msg::HINT_PAGE,
            msg::HINT_ENDS,
            msg::HINT_BACK,
        ]
        .into_iter()
        .flat_map(|id| i18n::text(l, id).split_whitespace())
        .map(str::to_owned)
        .collect()
    };
    let ours = words_of(lang);
    for id in [
        msg::HINT_SCROLL,
        msg::HINT_PAGE,
        msg::HINT_ENDS,
        msg::HINT_BACK,
    ] {
        let text = i18n::text(lang, id);
        assert!(bar.contains(text), "{at}: {text:?} missing: {bar}");
    }
    for other in Language::ALL.into_iter().filter(|l| *l != lang) {
        for word in words_of(other) {
            assert!(
                ours.contains(&word) || !bar.split_whitespace().any(|t| t == word),
                "{at}: {other}'s {word:?} in the {lang} bar: {bar}"
            );
        }
    }
}

#[test]
fn the_policy_screens_hint_bar_is_wholly_one_language() {
    // Kiosk: the attendee's language, whatever the staff's.
    for lang in Language::ALL {
        let mut k = TuiBooth::options()
            .kiosk(Some(PIN))
            .staff_language(if lang == Language::De {
                Language::Fr
            } else {
                Language::De
            })
            .clock(fixed_now)
            .open();
        k.choose_language(lang);
        k.press(KeyCode::Enter);
        k.press(KeyCode::F(1));
        assert_eq!(k.app.screen().kind(), ScreenKind::Policy);
        let bar = k.hint_bar_rows(100, 30).join("\n");
        assert_policy_bar_in(&bar, lang, &format!("kiosk, attendee {lang}"));
    }
    // Staff booth: the staff language, whatever the attendee picked (as the
    // form's hints there).
    for staff in Language::ALL {
        let mut b = TuiBooth::options()
            .staff_language(staff)
            .clock(fixed_now)
            .open();
        b.press(KeyCode::F(4));
        let attendee = b.app.form().language();
        b.press(KeyCode::F(1));
        assert_eq!(b.app.screen().kind(), ScreenKind::Policy);
        let bar = b.hint_bar_rows(120, 30).join("\n");
        assert_policy_bar_in(&bar, staff, &format!("staff {staff}, attendee {attendee}"));
    }
}
