//! The statistics screen (F6, staff mode): the hand-computed figures of a
//! known day, drawn at 80x24 and 120x40; the same figures `leadbooth stats
//! --json` prints; new leads show up while it is open; the kiosk cannot reach
//! it.

use leadbooth::lead::{Lead, Rating};
use leadbooth::paths::DataDir;
use leadbooth::store::Store;
use leadbooth::tui::action::Action;
use leadbooth::tui::screen::ScreenKind;
use ratatui::crossterm::event::KeyCode;

use crate::support::app::{Options, TuiBooth, fixed_now, lead};

/// Five leads on 2026-11-29 (the booth's clock says 10:15 that day, UTC):
///
/// | lead | time  | staff | rating | marketing_email | events |
/// | Ann  | 09:00 | Sam   | hot    | granted         | granted |
/// | Bob  | 09:20 | Sam   | warm   | -               | -       |
/// | Cy   | 09:40 | Alex  | -      | granted         | -       |
/// | Di   | 10:05 | Alex  | cold   | -               | granted |
/// | Ed   | 10:10 | Kim   | hot    | granted         | -       |
///
/// then Cy's marketing_email is withdrawn and Ed is erased. By hand: 4 leads
/// (1 erased), 09h 3, 10h 1; Sam 2, Alex 2; hot 1, warm 1, cold 1, unrated 1;
/// marketing_email granted 1 of 4 (25%), events 2 of 4 (50%); 4 leads and 2
/// erasure records not exported.
fn known_day() -> Vec<Lead> {
    let mut v = vec![
        lead(
            "Ann",
            "Lee",
            "ann@example.com",
            "Acme",
            &["marketing_email", "events"],
            0,
        ),
        lead("Bob", "Roe", "bob@example.com", "", &[], 20),
        lead("Cy", "Doe", "cy@example.com", "", &["marketing_email"], 40),
        lead("Di", "Poe", "di@example.com", "", &["events"], 65),
        lead("Ed", "Fox", "ed@example.com", "", &["marketing_email"], 70),
    ];
    let staff = ["Sam", "Sam", "Alex", "Alex", "Kim"];
    let ratings = [
        Some(Rating::Hot),
        Some(Rating::Warm),
        None,
        Some(Rating::Cold),
        Some(Rating::Hot),
    ];
    for ((l, s), r) in v.iter_mut().zip(staff).zip(ratings) {
        l.captured_by = s.into();
        l.rating = r;
    }
    v
}

fn open_with_known_day(options: Options) -> TuiBooth {
    options.open_with(|_, store| {
        let leads = known_day();
        store.save_leads(&leads, "Sam", "lead_saved").unwrap();
        store
            .withdraw_consent(
                &leads[2].lead_id.to_string(),
                "marketing_email",
                "Sam",
                "booth",
            )
            .unwrap();
        store
            .erase_lead(&leads[4].lead_id.to_string(), "Sam")
            .unwrap();
    })
}

fn booth() -> TuiBooth {
    open_with_known_day(TuiBooth::options().clock(fixed_now))
}

#[test]
fn snapshot_stats_80x24() {
    let mut b = booth();
    b.press(KeyCode::F(6));
    insta::assert_snapshot!(b.screen(80, 24));
}

#[test]
fn snapshot_stats_120x40() {
    let mut b = booth();
    b.press(KeyCode::F(6));
    insta::assert_snapshot!(b.screen(120, 40));
}

/// Issue 17: the statistics key is listed in the staff form's hint bar, at the
/// smallest screen the booth supports too, beside every key kept before it.
#[test]
fn the_staff_form_names_f6_in_its_hint_bar_at_80_and_120_columns() {
    let mut b = booth();
    for (w, h) in [(80, 24), (120, 40)] {
        let screen = b.screen(w, h);
        let bar = screen.lines().last().unwrap_or_default();
        for hint in [
            "F6 stats",
            "Ctrl-S save",
            "Ctrl-Q quit",
            "F2 leads",
            "F5 export",
            "F3 scan",
        ] {
            assert!(bar.contains(hint), "{w}x{h}: {hint:?} missing from {bar:?}");
        }
    }
}

#[test]
fn the_screen_shows_the_hand_computed_figures() {
    let mut b = booth();
    b.press(KeyCode::F(6));
    assert_eq!(b.app.screen().kind(), ScreenKind::Stats);
    let s = b.app.shown_stats().unwrap().clone();
    assert_eq!(s.day.to_string(), "2026-11-29");
    assert_eq!((s.figures.leads, s.day_leads, s.erased), (4, 4, 1));
    let hours: Vec<(String, u64)> = s
        .day_per_hour
        .iter()
        .filter(|c| c.leads > 0)
        .map(|c| (c.key.clone(), c.leads))
        .collect();
    assert_eq!(hours, [("09".to_owned(), 3), ("10".to_owned(), 1)]);
    let staff: Vec<(&str, u64)> = s
        .figures
        .per_staff
        .iter()
        .map(|c| (c.key.as_str(), c.leads))
        .collect();
    assert_eq!(staff, [("Alex", 2), ("Sam", 2)]);
    let r = s.figures.ratings;
    assert_eq!((r.hot, r.warm, r.cold, r.unrated), (1, 1, 1, 1));
    let me = s
        .figures
        .consents
        .iter()
        .find(|p| p.purpose == "marketing_email")
        .unwrap();
    assert_eq!(
        (
            me.recorded,
            me.granted,
            me.not_given,
            me.withdrawn,
            me.consent_percent
        ),
        (4, 1, 2, 1, 25.0)
    );
    let ev = s
        .figures
        .consents
        .iter()
        .find(|p| p.purpose == "events")
        .unwrap();
    assert_eq!((ev.granted, ev.consent_percent), (2, 50.0));
    assert_eq!(
        (s.export.leads_not_exported, s.export.erasures_not_exported),
        (4, 2)
    );
    assert!(s.export.last_batch.is_none());
    let screen = b.screen(80, 24);
    let words = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    for text in [
        "today 2026-11-29: 4",
        "Not yet exported: 4 leads, 2 erasures/withdrawals",
        "No batch written yet",
        "email 1/4 25.0%",
        "events 2/4 50.0%",
        "Alex 2 Hot 1",
        "Sam 2 Warm 1",
    ] {
        assert!(words.contains(text), "{text:?} not in\n{screen}");
    }
    // The same figures as `leadbooth stats --json` on the same data dir.
    let out = b
        .booth
        .cmd(&["stats", "--json", "--day", "2026-11-29"])
        .env("TZ", "UTC")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut cli: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut tui = serde_json::to_value(&s).unwrap();
    cli["generated_at"] = serde_json::Value::Null;
    tui["generated_at"] = serde_json::Value::Null;
    assert_eq!(cli, tui, "the screen and stats --json disagree");
}

#[test]
fn new_leads_show_while_the_screen_is_open_and_after_a_save() {
    let mut b = booth();
    b.press(KeyCode::F(6));
    assert_eq!(b.app.shown_stats().unwrap().figures.leads, 4);
    // Another process (leadbooth leads add alongside the booth) saves a lead.
    let mut other = Store::open(&DataDir::new(b.booth.data_dir())).unwrap();
    other
        .save_lead(
            &lead("Fay", "Gu", "fay@example.com", "", &[], 75),
            "Sam",
            "lead_saved",
        )
        .unwrap();
    b.app.tick(b.now);
    assert_eq!(
        b.app.shown_stats().unwrap().figures.leads,
        5,
        "read again on the tick"
    );
    assert!(b.screen(80, 24).contains("today 2026-11-29: 5"));
    // Back to the form, a lead saved there, and the screen counts it.
    b.press(KeyCode::Esc);
    assert_eq!(b.app.screen().kind(), ScreenKind::Form);
    b.type_str("Gil");
    b.press(KeyCode::Tab);
    b.press(KeyCode::Tab);
    b.type_str("gil@example.com");
    b.focus_on(leadbooth::tui::form::Focus::Consent(0));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');
    assert_eq!(
        b.stored_leads().len(),
        6,
        "Gil saved (the tombstone is not listed)"
    );
    b.press(KeyCode::Esc);
    b.press(KeyCode::F(6));
    assert_eq!(b.app.shown_stats().unwrap().figures.leads, 6);
}

#[test]
fn the_kiosk_cannot_reach_the_statistics() {
    let mut k = open_with_known_day(TuiBooth::options().kiosk(Some("2468")).clock(fixed_now));
    k.press(KeyCode::Enter); // attract screen -> form
    assert_eq!(k.app.screen().kind(), ScreenKind::Form);
    k.press(KeyCode::F(6));
    assert_ne!(k.app.screen().kind(), ScreenKind::Stats);
    k.app.update(Action::OpenStats);
    assert_ne!(
        k.app.screen().kind(),
        ScreenKind::Stats,
        "not even by its action"
    );
    assert!(k.app.shown_stats().is_none());
    let screen = k.screen(120, 40);
    assert!(!screen.contains("F6"), "no hint of it:\n{screen}");
    assert!(!screen.contains("Statistics"), "{screen}");
}

/// The consent rates in the staff language's figures (branch i18nbooth2):
/// `25,0 %` in German, French and Spanish, the column still lined up.
#[test]
fn the_rates_take_the_staff_languages_decimal_sign() {
    use leadbooth::i18n::Language;
    for lang in [Language::De, Language::Fr, Language::Es] {
        let mut b = open_with_known_day(TuiBooth::options().clock(fixed_now).staff_language(lang));
        b.key(KeyCode::F(6), crate::support::app::PERSON);
        assert_eq!(b.app.screen().kind(), ScreenKind::Stats);
        let screen = b.screen(80, 24);
        for rate in ["25,0\u{a0}%", "50,0\u{a0}%"] {
            assert!(screen.contains(rate), "{lang}: {rate:?}\n{screen}");
        }
        assert!(!screen.contains("25.0%"), "{lang}\n{screen}");
        // One rate per purpose, each ending in the same column.
        let ends: Vec<usize> = screen
            .lines()
            .filter_map(|l| l.split_once("\u{a0}%").map(|(a, _)| a.chars().count()))
            .collect();
        assert_eq!(ends.len(), 7, "{lang}\n{screen}");
        assert!(
            ends.iter().all(|e| *e == ends[0]),
            "{lang}: rates not lined up\n{screen}"
        );
    }
}
