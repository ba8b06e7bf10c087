//! Bad input through the real booth, as a person (or a paste) delivers it: every
//! string of the naughty-strings corpus goes into the first-name field in tmux and
//! the lead is saved. Stored must equal what was typed (pasted line breaks and tabs
//! become spaces in a one-line field, as documented; other control characters
//! refuse the paste with a message), nothing crashes, and the screen never carries
//! a raw escape sequence beyond tmux's own colour codes.

use crate::support::tmux::{Tmux, booth_command};
use crate::support::{Booth, corpus, have_tool};

/// What a one-line field keeps of a pasted string: CR, LF and TAB become spaces.
fn as_pasted(s: &str) -> String {
    s.replace("\r\n", " ").replace(['\r', '\n', '\t'], " ")
}

/// True when `screen` (from `capture-pane -e`) holds an escape sequence other than
/// tmux's SGR colour codes (`ESC [ ... m`).
fn has_foreign_escape(screen: &str) -> bool {
    let bytes = screen.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0x1b {
            if bytes.get(i + 1) != Some(&b'[') {
                return true;
            }
            let mut j = i + 2;
            while j < bytes.len()
                && (bytes[j].is_ascii_digit() || bytes[j] == b';' || bytes[j] == b':')
            {
                j += 1;
            }
            if bytes.get(j) != Some(&b'm') {
                return true;
            }
            i = j;
        }
        i += 1;
    }
    false
}

#[test]
fn the_naughty_strings_corpus_typed_into_the_booth() {
    if !have_tool("tmux") {
        return;
    }
    let strings: Vec<String> =
        serde_json::from_str(&std::fs::read_to_string(corpus().join("blns.json")).unwrap())
            .unwrap();
    let booth = Booth::new();
    let t = Tmux::start(
        "leadbooth-blns",
        120,
        40,
        &booth_command(&booth, None, "--staff Sam"),
    );
    t.wait_for("Demo Expo 2026");
    let mut expected = Vec::new();
    let (mut typed, mut pasted, mut refused) = (0, 0, 0);
    for (i, s) in strings.iter().enumerate() {
        let controls = s.chars().any(char::is_control);
        if controls {
            t.paste_exact(s);
        } else if !s.is_empty() {
            t.type_text(s);
        }
        let other_controls = s
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\r' | '\n' | '\t'));
        if other_controls {
            // Refused with a message; the field stays empty, and nothing is stored.
            let screen = t.wait_for("Paste refused");
            assert!(
                !has_foreign_escape(&t.screen_with_escapes()),
                "string {i}: {screen}"
            );
            refused += 1;
            continue;
        }
        t.keys(&["Tab"]);
        t.type_text("T");
        t.keys(&["Tab"]);
        t.type_text(&format!("blns{i}@example.com"));
        t.keys(&["C-s"]);
        t.wait_for("is required");
        t.keys(&["Space", "C-s"]);
        let n = expected.len() + 1;
        // Issue 11: the attendee's receipt shows after a save; a key closes it.
        t.wait_for(&format!("Saved. {n} lead"));
        assert!(
            !has_foreign_escape(&t.screen_with_escapes()),
            "string {i} reached the receipt raw"
        );
        t.keys(&["Escape"]);
        t.wait_for(&format!("Staff: Sam  │  {n} lead"));
        assert!(
            !has_foreign_escape(&t.screen_with_escapes()),
            "string {i} reached the terminal raw"
        );
        expected.push((i, if controls { as_pasted(s) } else { s.clone() }));
        if controls {
            pasted += 1;
        } else {
            typed += 1;
        }
    }
    println!("BLNS through tmux: {typed} typed, {pasted} pasted, {refused} refused with a message");
    assert!(t.alive());
    let leads = booth.leads();
    assert_eq!(leads.len(), expected.len());
    for (lead, (i, want)) in leads.iter().zip(&expected) {
        assert_eq!(lead["first_name"].as_str().unwrap(), want, "string {i}");
    }
}
