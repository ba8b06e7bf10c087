//! Escape safety at the byte level: the real booth in tmux under `script`, which
//! records every byte the booth writes to its terminal. Stored leads, their
//! details, the policy, the staff name, the status line and the export
//! screen's paths hold ESC, CSI, OSC, DCS, C1, bidirectional and zero-width
//! characters (the event file's wording may not: it is refused, and the
//! event's names hold right-to-left and wide script instead); the recording
//! must hold only the sequences ratatui's crossterm backend emits (see
//! `support::escapes`), whatever is on screen.

use crate::support::escapes::{self, assert_clean};
use crate::support::tmux::{Recorded, Tmux, sh_quote};
use crate::support::{Booth, have_tool, report};
use leadbooth::config::Event;
use leadbooth::lead::Lead;
use leadbooth::paths::DataDir;
use leadbooth::store::Store;

/// Strings a terminal would act on, each starting with a readable marker so the
/// screen can be checked for it.
pub const HOSTILE: [(&str, &str); 11] = [
    ("csi", "Csi\u{1b}[2J\u{1b}[31mRed\u{1b}[1;1H\u{1b}[6n"),
    ("osc-title", "Osc\u{1b}]0;pwned title\u{7}"),
    (
        "osc-link",
        "Link\u{1b}]8;;https://evil.example/\u{1b}\\click\u{1b}]8;;\u{1b}\\",
    ),
    ("osc-clipboard", "Clip\u{1b}]52;c;cm0gLXJmIH4K\u{7}"),
    ("dcs", "Dcs\u{1b}P+q544e\u{1b}\\\u{1b}_apc\u{1b}\\"),
    (
        "c1",
        "Cone\u{9b}2J\u{9d}0;c1 title\u{9c}\u{85}\u{90}x\u{9c}",
    ),
    ("c0", "Czero\u{7}\u{8}\u{8}\u{8}\r\u{b}\u{c}\u{e}\u{7f}"),
    (
        "bidi",
        "Bidi\u{202E}gnp.exe\u{202C}\u{2067}iso\u{2069}\u{202A}\u{202B}\u{202D}\u{2066}\u{2068}",
    ),
    (
        "zero-width",
        "Zw\u{200B}s\u{200C}n\u{200D}j\u{FEFF}b\u{2060}w\u{200E}\u{200F}",
    ),
    ("reset", "Reset\u{1b}c\u{1b}[!p\u{1b}[?1049l"),
    ("split-csi", "Split\u{1b}"),
];

/// A valid demo-event lead, then every text field replaced with hostile text
/// (saved straight to the store, as a damaged or imported database would hold).
fn hostile_lead(n: usize, (name, text): (&str, &str)) -> Lead {
    let base = crate::support::app::lead("x", "y", "x@example.com", "", &[], n as i64);
    let mut v = serde_json::to_value(&base).unwrap();
    let o = v.as_object_mut().unwrap();
    o.insert("first_name".into(), format!("{text}F{n}").into());
    o.insert("last_name".into(), format!("L{n}{text}").into());
    o.insert("email".into(), format!("{name}{text}@example.com").into());
    for f in [
        "company",
        "job_title",
        "phone",
        "country",
        "notes",
        "badge_id",
    ] {
        o.insert(f.into(), format!("{f}:{text}\nline 2 {text}").into());
    }
    o.insert("captured_by".into(), format!("Staff{text}").into());
    o.insert("event_id".into(), "hostile-1".into());
    o.insert(
        "answers".into(),
        serde_json::json!({"interest": text, "products": [text, "Cloud sync"], "timeline": text}),
    );
    serde_json::from_value(v).unwrap()
}

/// An event file whose names, purpose wording and question hold the bidi and
/// zero-width strings (the loader refuses control characters there), and a
/// policy file holding every hostile string.
fn hostile_event(dir: &std::path::Path) -> std::path::PathBuf {
    let bidi = HOSTILE[7].1;
    let zw = HOSTILE[8].1;
    let policy = format!(
        "# Privacy {bidi}\n\n{}\n\n* item {zw}\n\n[link {bidi}](https://example.org/{zw})\n",
        HOSTILE
            .iter()
            .map(|(n, s)| format!("Paragraph {n}: {s}"))
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    std::fs::write(dir.join("policy.md"), policy).unwrap();
    // The event file's wording may not hold bidi controls or zero-width
    // characters at all (a consent records its wording as written, and the
    // screen would show it otherwise: ConfigRule::ShownOtherwise, checked
    // below); it holds what it may: right-to-left script and wide characters.
    let event = WORDING
        .replace("{bidi}", "שלום עליכם")
        .replace("{zw}", "أوافق 展会");
    let path = dir.join("event.toml");
    std::fs::write(&path, event).unwrap();
    path
}

/// The event file with `{bidi}` and `{zw}` where wording goes.
const WORDING: &str = "[event]\nid = \"hostile-1\"\nname = \"Expo {bidi} {zw}\"\norganisation = \"Org{bidi}\"\n\n\
     [policy]\nurl = \"https://example.org/privacy\"\nfile = \"policy.md\"\n\n\
     [[purpose]]\nid = \"policy_ack\"\nlabel = \"I agree {bidi}{zw}\"\n\
     legal_basis = \"legitimate_interest\"\nrequired = true\n\n\
     [[purpose]]\nid = \"marketing_email\"\nlabel = \"Email me {zw}{bidi}\"\n\n\
     [[question]]\nid = \"interest\"\nlabel = \"Why {bidi}?\"\nkind = \"text\"\n";

/// The same event with bidi controls and zero-width characters in its
/// wording is refused before anything is drawn, naming the key and the
/// character.
fn hostile_wording_is_refused(booth: &Booth) {
    let bidi = HOSTILE[7].1;
    let zw = HOSTILE[8].1;
    let path = booth.dir.path().join("event-hostile.toml");
    std::fs::write(&path, WORDING.replace("{bidi}", bidi).replace("{zw}", zw)).unwrap();
    let o = booth.run(&["--config", path.to_str().unwrap(), "stats"]);
    let err = crate::support::stderr(&o);
    assert!(!o.status.success(), "{err}");
    assert!(
        err.contains("event.name") && err.contains("U+202E"),
        "{err}"
    );
}

/// The markers of [`HOSTILE`], each of which must have been on screen.
fn markers() -> impl Iterator<Item = String> {
    HOSTILE
        .iter()
        .map(|(_, s)| s.chars().take_while(char::is_ascii_alphabetic).collect())
}

#[test]
fn hostile_text_everywhere_reaches_the_terminal_only_as_ratatuis_own_sequences() {
    if !have_tool("tmux") || !have_tool("script") {
        return;
    }
    let booth = Booth::new();
    // The data dir's own name is hostile: the export screen shows paths.
    let data = booth
        .dir
        .path()
        .join(format!("data{}{}", HOSTILE[1].1, HOSTILE[7].1));
    let config = hostile_event(booth.dir.path());
    hostile_wording_is_refused(&booth);
    {
        let mut store = Store::open(&DataDir::new(&data)).unwrap();
        store.record_policy(&Event::demo().policy).unwrap();
        let leads: Vec<Lead> = HOSTILE
            .iter()
            .enumerate()
            .map(|(i, h)| hostile_lead(i, *h))
            .collect();
        store.save_leads(&leads, "test", "lead_added").unwrap();
    }
    let staff = format!("Sam{}", HOSTILE[0].1);
    let (rec, cmd) = Recorded::command_in(
        &booth,
        &data,
        Some(&config),
        &format!("--staff {}", sh_quote(&staff)),
    );
    let t = Tmux::start("lb-escapes", 120, 40, &cmd);
    let mut screens = String::new();
    // The form: the event's names, the staff name, the purposes, the question.
    screens += &t.wait_for("Ctrl-S");

    // Status lines: typed bidi text refused with a message naming the field; a
    // pasted hostile string refused naming the control character.
    t.type_text(HOSTILE[7].1);
    t.keys(&["C-s"]);
    screens += &t.wait_for("Not saved");
    t.paste_exact(HOSTILE[2].1);
    screens += &t.wait_for("Paste refused");

    // The policy view, to its end.
    t.keys(&["F1"]);
    screens += &t.wait_for("Paragraph csi");
    t.keys(&["End"]);
    screens += &t.wait_for("Paragraph split-csi");
    t.keys(&["Escape"]);
    t.wait_for("Ctrl-S");

    // The lead list, and every lead's details to their end.
    t.keys(&["F2"]);
    screens += &t.wait_for("Leads, newest first");
    for _ in HOSTILE {
        t.keys(&["Enter"]);
        screens += &t.wait_for("Lead: ");
        t.keys(&["End"]);
        screens += &t.wait_until("the end of the details", |s| s.contains("line 2"));
        t.keys(&["Escape"]);
        t.wait_for("Leads, newest first");
        t.keys(&["Down"]);
    }
    t.keys(&["Escape"]);
    t.wait_for("Ctrl-S");

    // The export screen: the target folder and the key's path, then the result.
    t.keys(&["F5"]);
    screens += &t.wait_for("Target folder");
    t.keys(&["Enter"]);
    screens += &t.wait_until("the export's result", |s| {
        s.contains("Batch written to") || s.contains("Export failed") || s.contains("Nothing new")
    });
    t.keys(&["Escape"]);
    t.wait_for("Ctrl-S");
    t.keys(&["C-q"]);
    t.wait_for("Quit?");
    t.person_keys(&["y"]);
    t.wait_for("EXITED 0");

    for m in markers() {
        assert!(screens.contains(&m), "{m:?} was never on screen");
    }
    let bytes = rec.bytes();
    let summary = assert_clean(&bytes, "the booth's screens with hostile text");
    assert!(summary.sequences["alternate screen"] >= 2, "{summary:?}");
    report(&format!(
        "escapes: {} bytes written by the booth, {} characters of text, sequences {:?}: nothing foreign",
        bytes.len(),
        summary.text_chars,
        summary.sequences
    ));
}

// The parser itself: it refuses what a hostile string would emit.

#[test]
fn the_parser_refuses_what_a_hostile_string_would_emit() {
    let clean = b"\x1b[?1049h\x1b[1;1H\x1b[38;5;12mZo\xc3\xab\x1b[0m\x1b[2J\x1b[?25l";
    let s = escapes::check(clean).expect("ratatui's own sequences");
    assert_eq!(s.sequences["SGR"], 2);
    for hostile in [
        &b"\x1b]0;title\x07"[..],
        b"\x1b]8;;http://x\x1b\\link",
        b"\x1bP1$r\x1b\\",
        b"\x1b_apc\x1b\\",
        b"\x1b[31;1;4r",
        b"\x1b[6;1H\x1b[1A",
        b"\x07",
        b"\x9b2J",
        b"\xc2\x9b2J",
        b"\xe2\x80\xae",
        b"\x1bc",
        b"\x1b[?1049h\r\n",
    ] {
        assert!(
            escapes::check(hostile).is_err(),
            "{:?}",
            String::from_utf8_lossy(hostile)
        );
    }
    // Outside the alternate screen a line break is ordinary output.
    assert!(escapes::check(b"bye\r\n").is_ok());
}

#[test]
fn extent_follows_moves_and_wide_characters() {
    let e = escapes::extent(b"\x1b[3;78H\xe5\xb1\xb1x");
    assert_eq!((e.max_row, e.max_col), (3, 80));
}
