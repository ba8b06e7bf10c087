//! The staff side's language (issue 18): the booth's own screens follow the
//! system locale (here set per test thread, as `LANG=de_DE.UTF-8` sets it for
//! the booth), while the form's attendee wording follows the attendee. German
//! is the longest of the shipped languages: at 80x24 the staff form and the
//! lead list must show every hint whole, never a word cut at the edge.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use leadbooth::i18n::{self, Language};
use leadbooth::tui::strings::{self, keys};
use ratatui::crossterm::event::KeyCode;

use crate::support::app::{PERSON, TuiBooth, lead};

/// 1 Dec 2026, two days after the leads of [`lead`].
fn first_of_december() -> DateTime<Utc> {
    "2026-12-01T12:00:00Z".parse().unwrap()
}

fn german_booth() -> TuiBooth {
    let leads = vec![
        lead(
            "Ada",
            "Lovelace",
            "ada@example.org",
            "Analytical Engines",
            &["events"],
            1,
        ),
        lead(
            "Jürgen",
            "Müller-Lüdenscheidt",
            "juergen@example.de",
            "Müller Maschinenbau GmbH",
            &["marketing_email"],
            2,
        ),
    ];
    TuiBooth::options()
        .staff_language(Language::De)
        .clock(first_of_december)
        .open_with(move |_, store| {
            store.save_leads(&leads, "test", "lead_added").unwrap();
        })
}

/// The screen's rows, without the quotes `TestBackend` puts around them.
fn rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .map(|l| {
            let l = l.trim_start_matches('"');
            l.split_once('"').map_or(l, |(row, _)| row).to_owned()
        })
        .collect()
}

/// Every word of every hint in `lang` (long and short), and every key name:
/// what a hint bar may show. A word cut at the bar's edge ("Statisti") is none of them.
fn hint_words(lang: Language) -> BTreeSet<String> {
    use strings::hints as h;
    assert_eq!(i18n::staff(), lang, "the test thread's staff language");
    let hints = [
        h::fields(),
        h::save(),
        h::policy(),
        h::leads(),
        h::export(),
        h::stats(),
        h::export_now(),
        h::scan(),
        h::cancel_scan(),
        h::search(),
        h::open(),
        h::edit(),
        h::withdraw(),
        h::erase(),
        h::cancel(),
        h::clear_search(),
        h::clear(),
        h::quit(),
        h::tick(),
        h::choose(),
        h::move_(),
        h::scroll(),
        h::page(),
        h::ends(),
        h::back(),
        h::scanner_check(),
        h::yes(),
        h::no(),
        h::pick(),
        h::newline(),
        h::start(),
        h::continue_(),
        h::still_here(),
        h::unlock(),
        h::recover(),
        h::update(),
        h::keep_draft(),
        h::quit_lose(),
        h::save_new(),
        h::discard(),
    ];
    let mut words: BTreeSet<String> = hints
        .into_iter()
        .flat_map(|hint| [hint, strings::shorter(hint)])
        .flat_map(str::split_whitespace)
        .map(str::to_owned)
        .collect();
    for key in [
        keys::TAB,
        keys::TABS,
        keys::ENTER,
        keys::ESC,
        keys::SPACE,
        keys::CTRL_S,
        keys::CTRL_Q,
        keys::F1,
        keys::F2,
        keys::F3,
        keys::F4,
        keys::F5,
        keys::F6,
        keys::F9,
        keys::SLASH,
        keys::UP_DOWN,
        keys::LEFT_RIGHT,
        keys::PAGE,
        keys::HOME_END,
        keys::E,
        keys::W,
        keys::X,
        keys::QUESTION,
        keys::YES,
        keys::NO,
        keys::RECOVER,
        keys::UPDATE,
        keys::KEEP,
        keys::SAVE_NEW,
        keys::DISCARD,
        "PgUp/Dn",
    ] {
        words.insert(key.to_owned());
    }
    words.insert(keys::space(lang).to_owned());
    for l in Language::ALL {
        words.insert(l.native_name().to_owned());
    }
    words
}

/// The hint bar (the bottom row) holds only whole words and key names.
fn assert_hint_bar_whole(screen: &str, lang: Language) {
    let rows = rows(screen);
    let bar = rows.last().expect("a screen has rows");
    assert_bar_rows_whole(std::slice::from_ref(bar), lang);
}

/// The hint bar's rows hold only whole words and key names.
fn assert_bar_rows_whole(bar: &[String], lang: Language) {
    let words = hint_words(lang);
    for token in bar.iter().flat_map(|r| r.split_whitespace()) {
        assert!(
            words.contains(token),
            "{lang}: {token:?} in the hint bar is no whole word:\n{}",
            bar.join("\n")
        );
    }
}

/// Issue 18: at 80x24, in every staff language, the staff form's bar names
/// every key the form takes (F1 the policy and F4 the language too, which
/// one row had no room for in German), in whole words, on two rows; the
/// keys staff must always see keep the bottom row. Every attendee language
/// (F4 changes the language key's own label) at every focus of the form:
/// after F4 to French, the German bar at a consent lost F4 (session 9).
#[test]
fn the_staff_form_names_every_key_in_every_language_at_80x24() {
    use leadbooth::tui::form::{ContactField, Focus};
    let mut unnamed = Vec::new();
    for lang in Language::ALL {
        let mut b = TuiBooth::options()
            .staff_language(lang)
            .clock(first_of_december)
            .open();
        for attendee in Language::ALL {
            while b.app.form().language() != attendee {
                b.press(KeyCode::F(4));
            }
            let first = Focus::Contact(ContactField::FirstName);
            b.focus_on(first);
            let mut seen = BTreeSet::new();
            loop {
                let focus = b.app.form().focus();
                assert!(seen.insert(format!("{focus:?}")), "{focus:?} twice");
                let bar = b.hint_bar_rows(80, 24);
                let at = format!("staff {lang}, attendee {attendee}, {focus:?}");
                // Two rows; a third only where two cannot name every key
                // (a multiple-choice question in German or French).
                let multiple = matches!(focus, Focus::Question(1));
                assert!(
                    bar.len() == 2 || (multiple && bar.len() == 3),
                    "{at}: {bar:?}"
                );
                assert_bar_rows_whole(&bar, lang);
                let tokens: BTreeSet<&str> =
                    bar.iter().flat_map(|r| r.split_whitespace()).collect();
                for (key, _) in b.app.bindings().iter().filter_map(|x| x.hint) {
                    if !(tokens.contains(strings::shorter(key)) || tokens.contains(key)) {
                        unnamed.push(format!("{at}: {key} not named:\n{}", bar.join("\n")));
                    }
                }
                for key in [keys::F1, keys::F4, keys::CTRL_S, keys::CTRL_Q, keys::F2] {
                    if !tokens.contains(key) {
                        unnamed.push(format!("{at}: {key} not named:\n{}", bar.join("\n")));
                    }
                }
                for kept in [keys::CTRL_S, keys::CTRL_Q, keys::F2, keys::F5, keys::F3] {
                    assert!(
                        bar[bar.len() - 1].split_whitespace().any(|t| t == kept),
                        "{at}: {kept} not on the bottom row: {bar:?}"
                    );
                }
                b.press(KeyCode::Tab);
                if b.app.form().focus() == first {
                    break;
                }
            }
            // Every part of the form: the contact fields, the questions, the
            // consents, the rating and the notes.
            assert!(seen.len() >= 7 + 3, "{lang} {attendee}: only {seen:?}");
            assert!(
                seen.contains("Notes") && seen.contains("Rating"),
                "{seen:?}"
            );
        }
    }
    unnamed.dedup();
    assert!(unnamed.is_empty(), "{}", unnamed.join("\n"));
}

#[test]
fn the_staff_form_in_german_at_80x24_cuts_no_word_and_keeps_the_staff_keys() {
    let mut b = german_booth();
    let screen = b.screen(80, 24);
    let bar_rows = b.hint_bar_rows(80, 24);
    assert_bar_rows_whole(&bar_rows, Language::De);
    let bar = bar_rows.join("\n");
    let rows = rows(&screen);
    // The keys staff must always see are there, in German.
    for hint in [
        format!("{} {}", keys::CTRL_S, strings::hints::save()),
        format!("{} {}", keys::CTRL_Q, strings::hints::quit()),
        format!("{} {}", keys::F2, strings::hints::leads()),
    ] {
        assert!(bar.contains(&hint), "{hint:?} missing:\n{screen}");
    }
    assert!(
        bar.contains("speichern") && bar.contains("beenden"),
        "{bar}"
    );
    // The status line: the staff label and the count, with German plurals.
    assert!(rows[0].contains("Team: Sam"), "{screen}");
    assert!(rows[0].contains("2 Leads"), "{screen}");
    // The staff-only section's heading is the staff's language.
    b.focus_on(leadbooth::tui::form::Focus::Rating);
    let staff_part = b.screen(80, 24);
    assert!(staff_part.contains("Für das Team"), "{staff_part}");
    assert!(staff_part.contains("Bewertung"), "{staff_part}");
    assert_bar_rows_whole(&b.hint_bar_rows(80, 24), Language::De);
    insta::assert_snapshot!("staff_form_de_80x24", screen);
    insta::assert_snapshot!("staff_form_rating_de_80x24", staff_part);
}

#[test]
fn the_lead_list_and_details_in_german_at_80x24() {
    let mut b = german_booth();
    b.key(KeyCode::F(2), PERSON);
    let list = super::lists::portable(&b.screen(80, 24));
    assert_hint_bar_whole(&list, Language::De);
    for heading in strings::leads_columns() {
        assert!(list.contains(heading), "{heading}:\n{list}");
    }
    assert!(list.contains("Leads, neueste zuerst (2)"), "{list}");
    assert!(list.contains("29. Nov hh:mm"), "German dates:\n{list}");
    assert!(list.contains("Suche: "), "{list}");
    b.key(KeyCode::Enter, PERSON);
    let details = super::lists::portable(&b.screen(80, 24));
    assert_hint_bar_whole(&details, Language::De);
    assert!(details.contains("Erfasst"), "{details}");
    assert!(details.contains("von Sam (Team)"), "{details}");
    assert!(details.contains("Bewertung   keine"), "{details}");
    assert!(details.contains("erteilt"), "{details}");
    insta::assert_snapshot!("lead_list_de_80x24", list);
    insta::assert_snapshot!("lead_details_de_80x24", details);
}

#[test]
fn a_save_says_so_in_the_staff_language_with_its_plural() {
    let mut b = german_booth();
    b.type_str("Grete");
    b.focus_on(leadbooth::tui::form::Focus::Contact(
        leadbooth::tui::form::ContactField::Email,
    ));
    b.type_str("grete@example.de");
    b.focus_on(leadbooth::tui::form::Focus::Consent(0));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');
    let screen = b.screen(80, 24);
    assert!(
        screen.contains("Gespeichert. 3 Leads erfasst."),
        "German save message:\n{screen}"
    );
}

#[test]
fn the_staff_language_leaves_the_attendee_wording_alone() {
    // A German staff booth, an English attendee: the form's field labels and
    // consent wording are the attendee's, the booth's own words the staff's.
    let mut b = german_booth();
    let screen = b.screen(80, 24);
    assert_eq!(b.app.form().language(), Language::En);
    assert!(screen.contains("First name"), "{screen}");
    assert!(!screen.contains("Vorname"), "{screen}");
}

#[test]
fn the_search_hint_fits_its_box_in_every_language() {
    for lang in Language::ALL {
        let mut b = TuiBooth::options().staff_language(lang).open();
        b.key(KeyCode::F(2), PERSON);
        let screen = b.screen(80, 24);
        let search_row = &rows(&screen)[2];
        assert!(
            search_row.contains(strings::search_hint()),
            "{lang}: the search hint is cut:\n{screen}"
        );
    }
}

/// Wherever the focus goes, in every attendee language (F4) at 80x24, the
/// focused field is on screen: a checkbox below the screen would be ticked by
/// Space unseen. German's layered notice is taller than the screen at 80x24,
/// and the view used to show the notice's top with the first consent under
/// the bottom edge (seen in the show-day run of session 8).
#[test]
fn the_focused_field_is_on_screen_in_every_attendee_language_at_80x24() {
    for staff in [Language::En, Language::De] {
        let mut b = TuiBooth::options()
            .staff_language(staff)
            .clock(first_of_december)
            .open();
        for turn in 0..Language::ALL.len() {
            for stop in 0..40 {
                let screen = b.screen(80, 24);
                // Only the form draws the marker, and only its visible rows.
                assert!(
                    screen.contains('▶'),
                    "staff {staff}, F4 pressed {turn}x, Tab {stop}x: no focused field on screen:\n{screen}"
                );
                b.press(KeyCode::Tab);
            }
            b.press(KeyCode::F(4));
        }
    }
}

/// Every label of a lead's details stands apart from its value in every staff
/// language, the values in one column: French `Id du contact` and Spanish
/// `ID de contacto` are longer than the column English and German fit, and ran
/// into the id (`Id du contact01a2…`, the new user's show day in Lyon, session 10).
#[test]
fn no_details_label_runs_into_its_value_in_any_staff_language() {
    for lang in Language::ALL {
        let mut b = TuiBooth::options()
            .staff_language(lang)
            .clock(first_of_december)
            .open_with(move |_, store| {
                let l = lead("Ada", "Lovelace", "ada@example.org", "AE", &["events"], 1);
                store.save_leads(&[l], "test", "lead_added").unwrap();
            });
        b.key(KeyCode::F(2), PERSON);
        b.key(KeyCode::Enter, PERSON);
        let screen = rows(&b.screen(80, 24)).join("\n");
        i18n::set_staff_language(lang);
        // The column a labelled row's value starts in.
        let value_at = |label: &str| -> usize {
            let row = screen
                .lines()
                .find(|r| r.trim_start().starts_with(label))
                .unwrap_or_else(|| panic!("{lang:?}: no {label:?} row:\n{screen}"));
            let rest = &row.trim_start()[label.len()..];
            assert!(rest.starts_with(' '), "{lang:?}: {row:?}\n{screen}");
            row.chars().count() - rest.trim_start().chars().count()
        };
        let id = value_at(strings::detail::lead_id());
        assert_eq!(
            id,
            value_at(strings::detail::policy()),
            "{lang:?}:\n{screen}"
        );
        assert_eq!(
            id,
            value_at(strings::detail::rating()),
            "{lang:?}:\n{screen}"
        );
    }
}

/// French sets a space before a colon, and the booth's own lines follow it
/// where staff read them: the title bar's `Équipe : Sam`, a lead's consent
/// lines (`e-mail : donné`) and its withdrawal picker. They read `Équipe: Sam`
/// and `information: donné` (the new user's show day in Lyon, session 10).
#[test]
fn a_french_booth_spaces_its_colons() {
    let mut b = TuiBooth::options()
        .staff_language(Language::Fr)
        .clock(first_of_december)
        .open_with(move |_, store| {
            let l = lead("Ada", "Lovelace", "ada@example.org", "AE", &["events"], 1);
            store.save_leads(&[l], "test", "lead_added").unwrap();
        });
    let form = b.screen(80, 24);
    let title = form.lines().next().unwrap();
    assert!(title.contains("Équipe : Sam"), "{title}");
    b.key(KeyCode::F(2), PERSON);
    b.key(KeyCode::Enter, PERSON);
    let details = b.screen(80, 40);
    assert!(details.contains("[x] événements : donné"), "{details}");
    assert!(details.contains("[ ] téléphone : non donné"), "{details}");
    assert!(!details.contains("s: donné"), "{details}");
    b.key(KeyCode::Char('w'), PERSON);
    let picker = b.screen(100, 40);
    assert!(picker.contains("▶ information : "), "{picker}");
}
