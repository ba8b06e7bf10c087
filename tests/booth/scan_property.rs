//! Issue 16, the consent rule for badge scans, as a property: random badge
//! payloads (MECARDs and vCards of any length, the corpus's own, registration
//! IDs, with leading and trailing Enters and pauses inside) arrive as timed key
//! bursts from every starting focus on a show-floor form that already has
//! ticks, answers, a rating and notes. Whatever arrives, no key ticks a consent
//! or changes the rating, and the form ends either exactly as it was (a badge
//! refused whole) or as a fresh form with the scan's prefill (a new person).

use std::time::Duration;

use leadbooth::badge::{BadgeScan, parse_scan};
use leadbooth::config::Event;
use leadbooth::lead::LeadDraft;
use leadbooth::tui::form::{ContactField, Focus};
use leadbooth::tui::scan::SCAN_QUIET;
use proptest::prelude::*;

use crate::support::app::{SCANNER, TuiBooth, key_events, show_floor_form};
use crate::support::badges;

/// Every kind of place focus can be when the scanner fires.
fn starting_focuses() -> Vec<Focus> {
    let e = Event::demo();
    let mut f = vec![
        Focus::Contact(ContactField::FirstName),
        Focus::Contact(ContactField::Email),
        Focus::Contact(ContactField::Country),
    ];
    f.extend((0..e.questions.len()).map(Focus::Question));
    f.extend((0..e.purposes.len()).map(Focus::Consent));
    f.extend([Focus::Rating, Focus::Notes]);
    f
}

/// Text a badge printer might put in a field: letters (some non-ASCII),
/// digits, spaces and the punctuation MECARD and vCard escape.
fn value(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            8 => proptest::char::range('a', 'z'),
            2 => proptest::char::range('A', 'Z'),
            1 => proptest::sample::select(vec!['ü', 'é', 'ø', 'Ż', ' ', '.', '-', '0', '7']),
        ],
        1..max,
    )
    .prop_map(|c| c.into_iter().collect::<String>().trim().to_owned())
    .prop_filter("not blank", |s| !s.is_empty())
}

/// A badge as printers write it, before the Enters around it.
fn badge() -> impl Strategy<Value = String> {
    let corpus: Vec<String> = [
        "mecard-basic.txt",
        "mecard-escaped.txt",
        "vcard21-qp.vcf",
        "vcard30-folded.vcf",
        "vcard40-teluri.vcf",
        "badge-id.txt",
    ]
    .iter()
    .map(|f| {
        std::fs::read_to_string(badges().join(f))
            .unwrap()
            .trim_end()
            .to_owned()
    })
    .collect();
    prop_oneof![
        proptest::sample::select(corpus),
        // MECARD, closed with `;;` or (as many printers do) one `;`.
        (value(20), value(20), value(30), value(2000), any::<bool>()).prop_map(
            |(last, first, user, org, double)| format!(
                "MECARD:N:{last},{first};EMAIL:{}@example.org;ORG:{org};{}",
                user.replace(' ', ""),
                if double { ";" } else { "" }
            )
        ),
        // vCard 3.0 of any length (a long ORG), CRLF or LF line ends.
        (value(20), value(20), value(3000), any::<bool>()).prop_map(|(last, first, org, crlf)| {
            let nl = if crlf { "\r\n" } else { "\n" };
            format!(
                "BEGIN:VCARD{nl}VERSION:3.0{nl}N:{last};{first};;;{nl}FN:{first} {last}{nl}\
                 ORG:{org}{nl}TEL:+49 30 1234567{nl}END:VCARD"
            )
        }),
        // A phone-only vCard (issue 16: prefill what it carries).
        Just("BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+47 912 34 567\r\nEND:VCARD".to_owned()),
        // A registration ID not in the list, and a cut-off card (refused).
        Just("B-004711".to_owned()),
        value(200).prop_map(|org| format!("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Cut;Off\r\nORG:{org}")),
    ]
}

/// The scan: the badge with 0–3 Enters before and after (the scanner's prefix
/// and suffix; at least one after a registration ID), and up to three pauses inside (key index ≥ 2, 21–450 ms: a
/// loaded machine or a slow scanner; a lone first key followed by a pause is
/// a person's key, and the booth cannot know better).
fn scan() -> impl Strategy<Value = (String, Vec<(usize, u64)>)> {
    (
        badge(),
        0..4usize,
        0..4usize,
        proptest::collection::vec((2..4000usize, 21..450u64), 0..4),
    )
        .prop_map(|(badge, before, after, pauses)| {
            // A registration ID is a scan only with its Enter (without it, a
            // fast "A-000123" is text, as in a paste).
            let after = if badge.contains(':') {
                after
            } else {
                after.max(1)
            };
            let text = format!("{}{badge}{}", "\r".repeat(before), "\r".repeat(after));
            (text, pauses)
        })
}

/// The form as the test can compare it: everything entered, and the focus.
fn snapshot(b: &TuiBooth) -> (LeadDraft, Focus) {
    (b.app.form().draft(&Event::demo()), b.app.form().focus())
}

fn ticked(d: &LeadDraft) -> Vec<String> {
    d.consents
        .iter()
        .filter(|c| c.granted)
        .map(|c| c.purpose.clone())
        .collect()
}

fn check(text: &str, pauses: &[(usize, u64)], focus: Focus) -> Result<(), TestCaseError> {
    let mut b = TuiBooth::with_attendees();
    show_floor_form(&mut b, true);
    b.focus_on(focus);
    let (before, _) = snapshot(&b);
    let before_focus = b.app.form().focus();
    b.wait(Duration::from_millis(700));
    for (i, e) in key_events(text).into_iter().enumerate() {
        let pause = pauses.iter().find(|(at, _)| *at == i).map(|(_, ms)| *ms);
        let gap = match (i, pause) {
            (0, _) => Duration::from_millis(500),
            (_, Some(ms)) => Duration::from_millis(ms),
            _ => SCANNER,
        };
        b.event(e, gap);
    }
    b.wait(SCAN_QUIET + Duration::from_millis(100));
    let (after, after_focus) = snapshot(&b);
    let context = format!("focus {focus:?}, pauses {pauses:?}, payload {text:?}");
    prop_assert!(
        ticked(&after).iter().all(|p| ticked(&before).contains(p)),
        "a consent was ticked: {context}"
    );
    let unchanged = after == before && after_focus == before_focus;
    let prefilled = match parse_scan(text) {
        Ok(BadgeScan::Contact(p)) => {
            let c = &after.contact;
            let same = |v: &Option<String>, got: &str| v.as_deref().unwrap_or("") == got;
            same(&p.first_name, &c.first_name)
                && same(&p.last_name, &c.last_name)
                && same(&p.email, &c.email)
                && same(&p.company, &c.company)
                && same(&p.phone, &c.phone)
                && ticked(&after).is_empty()
                && after.rating.is_none()
                && after.notes.is_empty()
                && after.answers.is_empty()
                && matches!(after_focus, Focus::Contact(_))
        }
        // Found in the attendee list: a new person's fresh form; not found:
        // the ID joins the form, nothing else changes.
        Ok(BadgeScan::RegistrationId(_)) => {
            let fresh =
                ticked(&after).is_empty() && after.rating.is_none() && after.notes.is_empty();
            let kept = ticked(&after) == ticked(&before)
                && after.rating == before.rating
                && after.notes == before.notes
                && after.answers == before.answers;
            fresh || kept
        }
        Err(_) => false,
    };
    prop_assert!(
        unchanged || prefilled,
        "neither unchanged nor the scan's prefill: {context}\nbefore {before:?}\nafter {after:?}"
    );
    if parse_scan(text).is_ok() {
        prop_assert!(
            prefilled,
            "a readable badge was not read: {context}\n{after:?}"
        );
    } else {
        prop_assert!(
            ticked(&after) == ticked(&before) && after.rating == before.rating,
            "{context}"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn no_scanned_key_ever_ticks_a_consent_or_changes_the_rating(
        (text, pauses) in scan()
    ) {
        for focus in starting_focuses() {
            check(&text, &pauses, focus)?;
        }
    }
}
