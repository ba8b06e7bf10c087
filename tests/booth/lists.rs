//! Issue 16, "Lists and search": the lead list and a lead's details as staff
//! read them at 80x24 and 120x40. The hint bar keeps F5, F3 and Ctrl-Q however
//! narrow (other hints are shortened first); long names are cut with "…" by
//! display width; the header's lead count agrees with the list after an
//! erasure; the list and the details write times one way, in the booth's
//! local time with the zone named once; a withdrawn consent is not shown
//! ticked.

use chrono::{DateTime, Local, Utc};
use leadbooth::lead::Lead;
use leadbooth::tui::form::{ContactField, Focus};
use leadbooth::tui::{strings, when};
use ratatui::crossterm::event::KeyCode;
use unicode_width::UnicodeWidthStr;

use crate::support::app::{PERSON, TuiBooth, lead};

/// 1 Dec 2026, two days after the leads of [`lead`] (29 Nov 09:00 UTC on).
fn first_of_december() -> DateTime<Utc> {
    "2026-12-01T12:00:00Z".parse().unwrap()
}

/// 29 Nov 2026, the day the leads of [`lead`] were captured.
fn capture_day() -> DateTime<Utc> {
    "2026-11-29T12:00:00Z".parse().unwrap()
}

fn booth_on(clock: fn() -> DateTime<Utc>, leads: &[Lead]) -> TuiBooth {
    let leads = leads.to_vec();
    TuiBooth::options().clock(clock).open_with(move |_, store| {
        store.save_leads(&leads, "test", "lead_added").unwrap();
    })
}

fn three() -> Vec<Lead> {
    vec![
        lead(
            "Ada",
            "Lovelace",
            "ada@example.org",
            "Analytical Engines",
            &["events"],
            1,
        ),
        lead("Zoë", "Ōkubo", "zoe@example.jp", "Ōkubo KK", &[], 2),
        lead(
            "Grace",
            "Hopper",
            "grace@example.com",
            "Navy",
            &["marketing_email"],
            3,
        ),
    ]
}

/// The local `HH:MM` of `at`, written here by chrono itself.
fn hhmm(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local).format("%H:%M").to_string()
}

/// Row `y` of a screen as `TestBackend` writes it (each row in quotes, maybe
/// followed by a note on wide characters), without the quotes.
fn row(screen: &str, y: usize) -> &str {
    screen.lines().nth(y).unwrap().split('"').nth(1).unwrap()
}

fn hint_bar(screen: &str) -> &str {
    row(screen, screen.lines().count() - 1)
}

// ---------------------------------------------------------------- hint bar

#[test]
fn at_80_columns_the_form_keeps_save_quit_leads_export_and_scan_on_every_field() {
    let mut b = TuiBooth::new();
    let shape = b.app.form().shape();
    let mut focus = Focus::Contact(ContactField::FirstName);
    // Every field kind: lines, questions (single and multiple), consents,
    // rating, notes.
    loop {
        b.focus_on(focus);
        let rows = b.hint_bar_rows(80, 24);
        let bar = rows.join("\n");
        for must in [
            "Ctrl-S save",
            "Ctrl-Q quit",
            "F2 leads",
            "F5 export",
            "F3 scan",
            "F6 stats",
        ] {
            assert!(
                bar.contains(must),
                "{focus:?}: {must:?} missing from\n{bar}"
            );
        }
        assert!(rows.iter().all(|r| r.trim_end().width() <= 80), "{bar}");
        // Issue 18: every key the form takes is named, F1 and F4 too.
        for key in ["Tab/⇧Tab fields", "F1 policy", "Esc clear", "F4 Deutsch"] {
            assert!(bar.contains(key), "{focus:?}: {key:?} missing from\n{bar}");
        }
        focus = focus.next(&shape);
        if focus == Focus::Contact(ContactField::FirstName) {
            break;
        }
    }
    // Where there is room (a one-line field: no "Enter new line"), nothing is
    // shortened or dropped.
    b.focus_on(Focus::Contact(ContactField::FirstName));
    let bar = b.hint_bar_rows(120, 40).join("\n");
    for h in [
        "Tab/⇧Tab fields",
        "F1 policy",
        "Esc clear",
        "F3 scan badge",
        "F6 stats",
    ] {
        assert!(bar.contains(h), "{h:?} missing at 120 columns:\n{bar}");
    }
}

#[test]
fn at_80_columns_the_list_and_the_details_keep_quit() {
    let mut b = booth_on(first_of_december, &three());
    b.key(KeyCode::F(2), PERSON);
    let bar = hint_bar(&b.screen(80, 24)).to_owned();
    for must in ["Enter open", "Esc back", "Ctrl-Q quit"] {
        assert!(
            bar.contains(must),
            "{must:?} missing from the list's\n{bar}"
        );
    }
    b.type_str("ada");
    let bar = hint_bar(&b.screen(80, 24)).to_owned();
    assert!(
        bar.contains("Ctrl-Q quit") && bar.contains("Esc clear"),
        "{bar}"
    );
    b.key(KeyCode::Enter, PERSON);
    assert!(b.app.leads().unwrap().detail().is_some());
    let bar = hint_bar(&b.screen(80, 24)).to_owned();
    for must in ["e edit", "w withdraw", "x erase", "Esc back", "Ctrl-Q quit"] {
        assert!(
            bar.contains(must),
            "{must:?} missing from the details'\n{bar}"
        );
    }
}

// ---------------------------------------------------------------- long names

#[test]
fn long_names_are_cut_with_an_ellipsis_by_display_width() {
    let mut long = lead(
        "Maximiliane-Theodora",
        "von Hohenzollern-Sigmaringen-Veringen-Haigerloch",
        "maximiliane.theodora.von.hohenzollern@sigmaringen.example.de",
        "山田太郎商事株式会社国際営業本部第二課",
        &[],
        1,
    );
    long.badge_id = Some("A-1".into());
    let mut b = booth_on(first_of_december, &[long]);
    b.key(KeyCode::F(2), PERSON);
    let screen = b.screen(80, 24);
    let y = screen
        .lines()
        .position(|l| l.contains("Maximil"))
        .unwrap_or_else(|| panic!("no row:\n{screen}"));
    let cut = row(&screen, y);
    // The name, the email and the wide company are each cut, and say so.
    assert!(cut.matches('…').count() >= 3, "{cut}");
    assert!(!cut.contains("Sigmaringen"), "{cut}");
    assert!(cut.contains("山田"), "{cut}");
    assert_eq!(cut.width(), 80, "wide characters counted as two columns");
    // The details' title is cut too (the details wrap everything else).
    b.key(KeyCode::Enter, PERSON);
    let details = b.screen(80, 24);
    let title = row(&details, 1);
    assert!(
        title.contains("Lead: Maximiliane") && title.contains("…  times in"),
        "{details}"
    );
    assert!(!title.contains("Haigerloch"), "{title}");
    assert_eq!(title.width(), 80, "{title}");
}

// ---------------------------------------------------------------- counts

#[test]
fn after_an_erasure_the_header_counts_what_the_list_shows() {
    let mut b = booth_on(first_of_december, &three());
    assert!(b.screen(80, 24).lines().next().unwrap().contains("3 leads"));
    b.key(KeyCode::F(2), PERSON);
    b.key(KeyCode::Enter, PERSON);
    b.key(KeyCode::Char('x'), PERSON);
    b.key(KeyCode::Char('y'), PERSON);
    assert_eq!(b.app.leads().unwrap().rows().len(), 2);
    let screen = b.screen(80, 24);
    let mut lines = screen.lines();
    let header = lines.next().unwrap();
    let title = lines.next().unwrap();
    assert!(header.contains("│  2 leads"), "{screen}");
    assert!(title.contains("Leads, newest first (2)"), "{screen}");
    // And after a save on the form: counted as on file, not with the tombstone.
    b.key(KeyCode::Esc, PERSON);
    let header = b.screen(80, 24).lines().next().unwrap().to_owned();
    assert!(header.contains("│  2 leads"), "{header}");
}

// ---------------------------------------------------------------- times

#[test]
fn the_list_and_the_details_write_one_time_in_local_time_naming_the_zone_once() {
    let leads = three();
    let ada_at = leads[0].captured_at;
    let mut b = booth_on(first_of_december, &leads);
    b.key(KeyCode::F(2), PERSON);
    let zone = strings::times_in(&when::zone());
    let list = b.screen(120, 40);
    let want = format!("29 Nov {}", hhmm(ada_at));
    let rows = b.app.leads().unwrap().rows().to_vec();
    assert_eq!(rows[2].time, want, "oldest last");
    assert!(list.contains(&want), "{list}");
    assert_eq!(list.matches(&zone).count(), 1, "{list}");
    assert!(!list.contains("11-29") && !list.contains(" UTC "), "{list}");

    b.key(KeyCode::End, PERSON);
    b.key(KeyCode::Enter, PERSON);
    let details = b.screen(120, 40);
    assert!(
        details.contains(&format!("{want} by Sam (staff)")),
        "{details}"
    );
    assert_eq!(details.matches(&zone).count(), 1, "{details}");
    assert!(
        !details.contains("2026-11-29") && !details.contains("UTC,"),
        "{details}"
    );
    assert!(
        details.contains(&format!("[x] events: granted, {want}, staff_assisted")),
        "{details}"
    );
}

#[test]
fn on_the_day_of_capture_times_show_without_a_date() {
    let leads = three();
    let mut b = booth_on(capture_day, &leads);
    b.key(KeyCode::F(2), PERSON);
    let rows = b.app.leads().unwrap().rows().to_vec();
    assert_eq!(rows[0].time, hhmm(leads[2].captured_at));
    b.key(KeyCode::Enter, PERSON);
    let details = b.screen(120, 40);
    let want = format!("Captured    {} by Sam", hhmm(leads[2].captured_at));
    assert!(details.contains(&want), "{want:?} missing:\n{details}");
}

// ---------------------------------------------------------------- consents

#[test]
fn a_withdrawn_consent_is_not_shown_ticked() {
    let mut ada = three().remove(0);
    let withdrawn_at = ada.captured_at + chrono::Duration::hours(2);
    let events = ada
        .consents
        .iter_mut()
        .find(|c| c.purpose == "events")
        .unwrap();
    events.withdrawn_at = Some(withdrawn_at);
    let mut b = booth_on(first_of_december, &[ada]);
    b.key(KeyCode::F(2), PERSON);
    b.key(KeyCode::Enter, PERSON);
    let details = b.screen(120, 40);
    let line = details
        .lines()
        .find(|l| l.contains("events:"))
        .unwrap_or_else(|| panic!("{details}"));
    assert!(!line.contains("[x]"), "{line}");
    assert!(line.contains("[-] events: withdrawn 29 Nov"), "{line}");
    assert!(line.contains(&hhmm(withdrawn_at)), "{line}");
    assert!(details.contains("[x] notice: granted"), "{details}");
}

// ---------------------------------------------------------------- snapshots

/// The screen with the things that differ by where the tests run (the local
/// zone's name and the local clock times) written out.
pub(crate) fn portable(screen: &str) -> String {
    let zone = strings::times_in(&when::zone());
    let mut out: String = screen.replace(&zone, &strings::times_in("ZONE"));
    // HH:MM as digits: the local hour depends on the zone.
    let chars: Vec<char> = out.chars().collect();
    let mut fixed = String::with_capacity(out.len());
    let mut i = 0;
    while i < chars.len() {
        let hm = i + 5 <= chars.len()
            && chars[i].is_ascii_digit()
            && chars[i + 1].is_ascii_digit()
            && chars[i + 2] == ':'
            && chars[i + 3].is_ascii_digit()
            && chars[i + 4].is_ascii_digit();
        if hm {
            fixed.push_str("hh:mm");
            i += 5;
        } else {
            fixed.push(chars[i]);
            i += 1;
        }
    }
    out = fixed;
    // Lead ids (UUIDv7) are new on every run.
    let mut ids = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(i) = rest.find(|c: char| c.is_ascii_hexdigit()) {
        ids.push_str(&rest[..i]);
        let tail = &rest[i..];
        let is_uuid = tail.len() >= 36
            && tail.is_char_boundary(36)
            && uuid::Uuid::try_parse(&tail[..36]).is_ok();
        if is_uuid {
            ids.push_str("LEAD-ID");
            rest = &tail[36..];
        } else {
            let n = tail.chars().next().map_or(1, char::len_utf8);
            ids.push_str(&tail[..n]);
            rest = &tail[n..];
        }
    }
    ids.push_str(rest);
    ids
}

fn snapshot_booth() -> TuiBooth {
    let mut leads = three();
    leads.push(lead(
        "Maximiliane-Theodora",
        "von Hohenzollern-Sigmaringen",
        "maximiliane.theodora@sigmaringen.example.de",
        "山田太郎商事株式会社国際営業本部",
        &["marketing_email", "events", "share_partners"],
        4,
    ));
    booth_on(first_of_december, &leads)
}

#[test]
fn snapshot_lead_list_80x24() {
    let mut b = snapshot_booth();
    b.key(KeyCode::F(2), PERSON);
    insta::assert_snapshot!(portable(&b.screen(80, 24)));
}

#[test]
fn snapshot_lead_list_120x40() {
    let mut b = snapshot_booth();
    b.key(KeyCode::F(2), PERSON);
    insta::assert_snapshot!(portable(&b.screen(120, 40)));
}

#[test]
fn snapshot_lead_details_80x24() {
    let mut b = snapshot_booth();
    b.key(KeyCode::F(2), PERSON);
    b.key(KeyCode::Enter, PERSON);
    insta::assert_snapshot!(portable(&b.screen(80, 24)));
}

#[test]
fn snapshot_lead_details_120x40() {
    let mut b = snapshot_booth();
    b.key(KeyCode::F(2), PERSON);
    b.key(KeyCode::Enter, PERSON);
    insta::assert_snapshot!(portable(&b.screen(120, 40)));
}
