//! The key-burst scan detector (`tui::scan::ScanDetector`) fed with timed key
//! sequences through `tui::scan::Replay`, leadbooth's own driver of the
//! detector on a clock of its own (the one its unit tests use): a field behind
//! the detector, ticked at every deadline as the booth's loop ticks it.
//!
//! The first byte picks the mode, the rest is text:
//! - 0, a scanner burst: the text is `before` NUL `payload`; `before` is typed
//!   at a person's pace, then after a pause `payload` arrives as one fast burst
//!   (1–19 ms apart, from the second byte). Either the whole payload reaches the
//!   field as typed and no scan is reported, or none of it does (its keys are
//!   held, never typed: the field keeps `before`), and the scan's result is
//!   what `parse_scan` says of the payload up to one of its line ends (or all
//!   of it); the rest of the burst is swallowed and counted. A payload starting
//!   `MECARD:`/`BEGIN:VCARD`, or a registration ID and a line end, is always a
//!   scan.
//! - 1, a person typing: every key 20 ms or more apart reaches the field
//!   exactly, as a person's key (never a burst key), and nothing is a scan.
//! - 2, anything: keys of every kind, ticks, pastes, the scan key, at any pace;
//!   never a panic, memory bounded by the input.

use std::time::Duration;

use crate::alloc::{assert_bounded, peak_during};
use arbitrary::{Arbitrary, Unstructured};
use leadbooth::badge::{BadgeScan, is_registration_id, parse_scan};
use leadbooth::tui::scan::{Finished, Replay, SCAN_QUIET, scanner_key};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const MS: Duration = Duration::from_millis(1);

fn starts_with_marker(s: &str) -> bool {
    ["MECARD:", "BEGIN:VCARD"].iter().any(|m| {
        s.get(..m.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(m))
    })
}

fn burst(gap_byte: u8, text: &str) {
    let (before, payload) = text.split_once('\0').unwrap_or(("", text));
    let gap = MS * (u32::from(gap_byte) % 19 + 1);
    let mut f = Replay::default();
    f.typed(before, 200 * MS);
    f.wait(BURST_END);
    let typed_before: String = before.chars().map(Replay::shown).collect();
    assert_eq!(
        f.text, typed_before,
        "slow keys did not all reach the field"
    );
    assert!(f.done.is_empty(), "slow keys were taken for a scan");
    f.wait(500 * MS);
    f.typed(payload, gap);
    f.wait(BURST_END);

    if f.done.is_empty() {
        let all: String = typed_before
            .chars()
            .chain(payload.chars().map(Replay::shown))
            .collect();
        assert_eq!(f.text, all, "an ordinary burst lost or changed keys");
        assert!(
            !starts_with_marker(payload),
            "a burst starting with a badge marker was not read as a scan"
        );
        // The ID alone before the line end: "A-000123\t\r" is a Tab typed after it.
        if let Some((id, _)) = payload.split_once(['\r', '\n'])
            && id == id.trim()
        {
            assert!(
                !is_registration_id(id),
                "registration ID {id:?} + Enter not scanned"
            );
        }
        return;
    }
    assert_eq!(f.text, typed_before, "a scan's keys reached the field");
    let Finished::Scan(result) = &f.done[0] else {
        panic!("the burst ended with {:?}, not a scan", f.done[0]);
    };
    // The scan is the payload up to one of its line ends, or all of it.
    let ends = payload
        .char_indices()
        .filter(|(_, c)| matches!(c, '\r' | '\n'))
        .map(|(at, c)| at + c.len_utf8())
        .chain([payload.len()]);
    let mut cut = None;
    for end in ends {
        if parse_scan(&payload[..end]) == *result {
            cut = Some(end);
            break;
        }
    }
    let Some(cut) = cut else {
        panic!("scan result {result:?} is not what any line of the payload reads as");
    };
    if let Ok(BadgeScan::RegistrationId(id)) = result {
        assert!(is_registration_id(id));
    }
    let rest = payload[cut..]
        .chars()
        .filter(|c| !c.is_whitespace())
        .count();
    match &f.done[1..] {
        [] => {}
        [Finished::Ignored(n)] => assert!(*n > 0 && *n <= rest, "ignored {n} of {rest}"),
        more => panic!("more than a scan from one burst: {more:?}"),
    }
}

/// Past the longest wait (a scan's quiet time): the detector ends what it was
/// watching.
const BURST_END: Duration = SCAN_QUIET.saturating_add(Duration::from_millis(10));

fn slow(gap_byte: u8, text: &str) {
    let mut f = Replay::default();
    f.typed_paced(text, |i| {
        MS * (20 + u32::from(gap_byte.wrapping_mul(i as u8 | 1)) % 200)
    });
    f.wait(BURST_END);
    let typed: String = text.chars().map(Replay::shown).collect();
    assert_eq!(f.text, typed, "a person's keys did not all reach the field");
    assert_eq!(f.person, typed, "a person's keys acted as burst keys");
    assert!(
        f.done.is_empty(),
        "a person's typing was taken for a scan: {:?}",
        f.done
    );
}

#[derive(Debug, Arbitrary)]
enum Step {
    Char(char, u8),
    Shifted(char, u8),
    Enter(u8),
    CtrlJ(u8),
    Tab(u8),
    Esc(u8),
    Backspace(u8),
    Ctrl(char, u8),
    F(u8, u8),
    Tick(u8),
    Listening(u8),
    Arm,
    Paste(String),
}

fn anything(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let mut f = Replay::default();
    let ms = |g: u8| MS * u32::from(g);
    while !u.is_empty() {
        let Ok(step) = Step::arbitrary(&mut u) else {
            break;
        };
        match step {
            Step::Char(c, g) => f.key(KeyEvent::from(KeyCode::Char(c)), ms(g)),
            Step::Shifted(c, g) => {
                f.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT), ms(g))
            }
            Step::Enter(g) => f.key(KeyEvent::from(KeyCode::Enter), ms(g)),
            Step::CtrlJ(g) => f.key(scanner_key('\n'), ms(g)),
            Step::Tab(g) => f.key(KeyEvent::from(KeyCode::Tab), ms(g)),
            Step::Esc(g) => f.key(KeyEvent::from(KeyCode::Esc), ms(g)),
            Step::Backspace(g) => f.key(KeyEvent::from(KeyCode::Backspace), ms(g)),
            Step::Ctrl(c, g) => f.key(
                KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL),
                ms(g),
            ),
            Step::F(n, g) => f.key(KeyEvent::from(KeyCode::F(n)), ms(g)),
            Step::Tick(g) => f.wait(ms(g)),
            Step::Listening(g) => f.busy(ms(g)),
            Step::Arm => f.det.arm(),
            Step::Paste(text) => f.paste(&text),
        }
        if let Some(deadline) = f.det.deadline() {
            assert!(
                deadline <= f.now + SCAN_QUIET,
                "a deadline beyond a scan's quiet time"
            );
        }
    }
}

/// One input.
pub fn run(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let ((), peak) = peak_during(|| match mode % 3 {
        0 => {
            let Some((&gap, text)) = rest.split_first() else {
                return;
            };
            burst(gap, &String::from_utf8_lossy(text));
        }
        1 => {
            let Some((&gap, text)) = rest.split_first() else {
                return;
            };
            slow(gap, &String::from_utf8_lossy(text));
        }
        _ => anything(rest),
    });
    assert_bounded("the scan detector", data.len(), peak, 256, 256 << 10);
}
