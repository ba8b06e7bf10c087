//! Issue 16: lead-list search without case or accents over name, email,
//! company, phone digits and registration ID, through the store's index
//! (migration 7), and an erasure that leaves nothing of the person in the
//! database file, index included.

use ratatui::crossterm::event::KeyCode;

use crate::support::app::{TuiBooth, lead};
use crate::support::files_under;

fn people() -> Vec<leadbooth::lead::Lead> {
    let zolkiewski = lead(
        "Stanisław",
        "Żółkiewski",
        "hetman@example.pl",
        "Rzeczpospolita",
        &[],
        0,
    );
    let mut muller = lead("Jürgen", "Müller", "jm@example.de", "Qwertzhaus", &[], 5);
    muller.phone = "+493012345678".into();
    muller.badge_id = Some("REG-77123".into());
    let other = lead("Ann", "Tester", "ann@example.com", "Acme", &[], 10);
    vec![zolkiewski, muller, other]
}

fn names(b: &TuiBooth, query: &str) -> Vec<String> {
    b.app
        .store()
        .search_leads(query, 50)
        .unwrap()
        .iter()
        .map(|l| l.last_name.clone())
        .collect()
}

#[test]
fn search_ignores_accents_and_case_and_finds_phone_digits_and_badge_ids() {
    let mut b = TuiBooth::with_leads(&people());
    for (query, want) in [
        ("zolkiewski", "Żółkiewski"),
        ("ZOŁ", "Żółkiewski"),
        ("muller", "Müller"),
        ("MÜLLER", "Müller"),
        ("qwertz", "Müller"),
        ("30 1234", "Müller"),
        ("3012345678", "Müller"),
        ("reg-77123", "Müller"),
        ("77123", "Müller"),
        ("stanislaw", "Żółkiewski"),
    ] {
        assert_eq!(names(&b, query), [want], "{query:?}");
    }
    // Short queries (through the one- and two-character pieces).
    assert_eq!(names(&b, "żó"), ["Żółkiewski"]);
    assert_eq!(names(&b, "ż").len(), 2, "z is in Żółkiewski and Qwertzhaus");
    assert_eq!(names(&b, "qw"), ["Müller"]);
    assert!(names(&b, "zz-none").is_empty());
    assert_eq!(names(&b, "").len(), 3);
    // Through the list, as staff type it.
    b.press(KeyCode::F(2));
    b.type_str("zolkiewski");
    let text = b.screen(120, 40);
    assert!(text.contains("Żółkiewski"), "{text}");
    assert!(!text.contains("Müller"), "{text}");
}

#[test]
fn an_erasure_takes_the_person_out_of_the_index_and_the_file_at_once() {
    let leads = people();
    let id = leads[1].lead_id.to_string();
    let b = TuiBooth::with_leads(&leads);
    assert_eq!(names(&b, "qwertzhaus"), ["Müller"]);
    b.booth.ok(&["leads", "erase", &id]);
    for query in ["qwertzhaus", "muller", "reg-77123", "3012345678", "qw"] {
        assert!(names(&b, query).is_empty(), "{query:?} still found");
    }
    for file in files_under(&b.booth.data_dir()) {
        for gone in [
            "qwertzhaus",
            "Qwertzhaus",
            "REG-77123",
            "reg-77123",
            "jm@example.de",
        ] {
            assert!(
                !crate::support::file_contains(&file, gone),
                "{gone:?} survives in {}",
                file.display()
            );
        }
    }
    assert_eq!(names(&b, "tester"), ["Tester"], "the others stay found");
}
