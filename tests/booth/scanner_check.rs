//! The scanner check screen (F9, staff mode): the raw characters of the last
//! burst, what was read from them, and the keyboard-layout mix-up that explains
//! them with the fix to try. The corpus badges are sent as a scanner set to the
//! wrong layout would type them: through a QWERTZ or AZERTY map, an AltGr
//! character on a US laptop as an Alt chord.

use std::time::Duration;

use leadbooth::badge::layout::{CHECK_CODE, Layout, MIXUPS, Mixup};
use leadbooth::tui::form::ContactField;
use leadbooth::tui::screen::ScreenKind;
use ratatui::crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyModifiers};

use crate::support::app::{SCANNER, TuiBooth, char_event};
use crate::support::badges;

/// `text` as a keyboard-wedge scanner types it (ESC and a key: Alt and the
/// key, as a terminal reports an AltGr character read with a US layout), 2 ms
/// apart after a pause.
fn scan_raw(b: &mut TuiBooth, text: &str) {
    b.wait(Duration::from_millis(700));
    let text = text.replace("\r\n", "\r").replace('\n', "\r");
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        let ev = if c == '\u{1b}' {
            let k = chars.next().expect("a key after ESC");
            TermEvent::Key(KeyEvent::new(KeyCode::Char(k), KeyModifiers::ALT))
        } else {
            char_event(c)
        };
        b.event(ev, SCANNER);
    }
    b.wait(Duration::from_millis(700));
}

fn corpus(name: &str) -> String {
    std::fs::read_to_string(badges().join(name)).unwrap()
}

fn check_screen(b: &mut TuiBooth) -> String {
    // Wide enough that no line is cut, tall enough for a vCard.
    b.screen(200, 60)
}

#[test]
fn f9_opens_the_check_on_the_last_burst_and_esc_returns_to_the_form() {
    let mut b = TuiBooth::new();
    let card = corpus("mecard-basic.txt");
    scan_raw(&mut b, &card);
    // Once the scanner has typed, the hint bar names F9 where there is room
    // (on a narrower bar the hints after the last kept one give way first).
    let hints = b.screen(160, 40);
    assert!(
        hints.lines().last().unwrap().contains("F9 scanner"),
        "{hints}"
    );
    assert_eq!(b.app.form().contact(ContactField::FirstName).value(), "Ada");
    b.press(KeyCode::F(9));
    assert_eq!(b.app.screen().kind(), ScreenKind::ScannerCheck);
    let s = check_screen(&mut b);
    assert!(s.contains("MECARD:N:Lovelace,Ada;ORG:Analytical Engines Ltd;EMAIL:ada@example.org;TEL:+441632960123;;⏎"), "{s}");
    assert!(
        s.contains("A badge: First name: Ada · Last name: Lovelace"),
        "{s}"
    );
    assert!(!s.contains("mix-up:"), "{s}");
    b.press(KeyCode::Esc);
    assert_eq!(b.app.screen().kind(), ScreenKind::Form);
    assert_eq!(b.app.form().contact(ContactField::FirstName).value(), "Ada");
}

/// Every corpus badge through every known mix-up: the screen shows what came,
/// names the scanner's and the laptop's layouts and the fix, and reads what
/// was meant; the form under it is never touched.
#[test]
fn layout_mixups_of_the_corpus_badges_are_named_with_their_fix() {
    let ascii = [
        "mecard-basic.txt",
        "badge-id.txt",
        "vcard21-qp.vcf",
        "vcard40-teluri.vcf",
    ];
    let accented = ["mecard-escaped.txt", "vcard30-folded.vcf"];
    let mut b = TuiBooth::new();
    b.type_str("Kari");
    b.press(KeyCode::F(9));
    for mixup in MIXUPS {
        for name in ascii.iter().chain(&accented) {
            let card = corpus(name);
            let arrived = mixup.garble(&card);
            scan_raw(&mut b, &arrived);
            let s = check_screen(&mut b);
            let what = format!("{name} via {mixup:?}:\n{s}");
            assert!(s.contains("Not read as a badge"), "{what}");
            assert!(
                s.contains(&format!(
                    "the scanner types for {}, this laptop reads {}",
                    mixup.scanner.name(),
                    mixup.laptop.name()
                )),
                "{what}"
            );
            let fix = if mixup.laptop == Layout::Us {
                "Set the scanner to US keyboard ('USB KBW US'"
            } else {
                "Set the scanner's keyboard country to"
            };
            assert!(s.contains(fix), "{what}");
            if ascii.contains(name) {
                assert!(
                    s.contains("Meant: A badge:") || s.contains("Meant: Registration ID A-000123"),
                    "{what}"
                );
            }
            // Control characters never reach the terminal raw.
            assert!(!s.contains('\u{1b}') && !s.contains('\r'), "{what}");
        }
    }
    b.press(KeyCode::Esc);
    let f = b.app.form();
    assert_eq!(f.contact(ContactField::FirstName).value(), "Kari");
    assert_eq!(f.contact(ContactField::Email).value(), "");
    assert!(b.stored_leads().is_empty());
}

#[test]
fn the_qwertz_signs_are_shown_as_they_came() {
    let mut b = TuiBooth::new();
    b.press(KeyCode::F(9));
    let us_on_german = Mixup {
        scanner: Layout::Us,
        laptop: Layout::German,
    };
    scan_raw(&mut b, &us_on_german.garble(&corpus("mecard-basic.txt")));
    let s = check_screen(&mut b);
    assert!(s.contains("MECARDÖNÖLovelace,Adaö"), "{s}");
    assert!(s.contains("\" → @"), "{s}");
    assert!(s.contains("Ö → :"), "{s}");
    let german_on_us = Mixup {
        scanner: Layout::German,
        laptop: Layout::Us,
    };
    scan_raw(
        &mut b,
        &german_on_us.garble("MECARD:N:Yilmaz,Zeynep;EMAIL:zeynep@example.com;;\r"),
    );
    let s = check_screen(&mut b);
    assert!(s.contains("yeznep␛qexample"), "{s}");
    assert!(s.contains("␛q → @"), "{s}");
    assert!(
        s.contains(
            "Meant: A badge: First name: Zeynep · Last name: Yilmaz · Email: zeynep@example.com"
        ),
        "{s}"
    );
}

#[test]
fn the_check_code_as_it_came_says_the_layouts_agree() {
    let mut b = TuiBooth::new();
    b.press(KeyCode::F(9));
    scan_raw(&mut b, &format!("{CHECK_CODE}\r"));
    let s = check_screen(&mut b);
    assert!(s.contains("The check code arrived exactly"), "{s}");
    scan_raw(&mut b, &MIXUPS[1].garble(&format!("{CHECK_CODE}\r")));
    let s = check_screen(&mut b);
    assert!(s.contains("French (AZERTY)"), "{s}");
    // A paste is shown too.
    b.send(TermEvent::Paste("A\tB\u{7}".into()));
    let s = check_screen(&mut b);
    assert!(s.contains("A⇥B␇"), "{s}");
}

#[test]
fn snapshot_scanner_check_qwertz_80x24() {
    let mut b = TuiBooth::new();
    b.press(KeyCode::F(9));
    scan_raw(
        &mut b,
        &MIXUPS[0].garble("MECARD:N:Doe,Jane;EMAIL:jane.y@example.com;;\r"),
    );
    insta::assert_snapshot!(b.screen(80, 24));
}

#[test]
fn snapshot_scanner_check_with_code_120x40() {
    let mut b = TuiBooth::new();
    b.press(KeyCode::F(9));
    insta::assert_snapshot!(b.screen(120, 40));
}
