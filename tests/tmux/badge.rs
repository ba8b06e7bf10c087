//! End to end, as at the booth: the real binary in tmux on a temp data dir, a
//! vCard sent in one write as a keyboard-wedge scanner types it (`send-keys -H`;
//! each line break an Enter; a folded line), then policy_ack ticked and the lead
//! saved; `leads list --json` shows where it came from.

use crate::support::tmux::{Tmux, booth_command};
use crate::support::{Booth, badges, have_tool};

#[test]
fn a_scanned_vcard_is_saved_with_source_badge_in_tmux() {
    if !have_tool("tmux") {
        return;
    }
    let booth = Booth::new();
    let csv = badges().join("attendees.csv");
    booth.ok(&["attendees", "import", csv.to_str().unwrap()]);
    let cmd = booth_command(&booth, None, "--staff Sam");
    let t = Tmux::start("leadbooth-badge", 100, 32, &cmd);
    t.wait_for("Demo Expo 2026");

    // Staff had typed the country; the badge brings none, so it stays.
    for _ in 0..6 {
        t.keys(&["Tab"]);
    }
    t.type_text("de");
    t.wait_until("the typed country", |s| {
        s.lines()
            .any(|l| l.contains("Country") && l.to_lowercase().contains(" de"))
    });

    let payload = std::fs::read_to_string(badges().join("vcard30-folded.vcf")).unwrap();
    assert!(payload.contains("\r\n "), "the payload has a folded line");
    // The scanner's keys: every line break an Enter (CR), all in one write.
    t.burst(payload.replace("\r\n", "\r").replace('\n', "\r").as_bytes());
    let s = t.wait_for("Badge read");
    // Issue 16: focus stays on the contact fields, so the staff see what was
    // read: the filled fields are on screen, the status line names the person
    // (the badge markers are checked on a TestBackend in
    // tests/booth/badge_scan.rs; the stored lead below).
    assert!(s.contains("Käthe") && s.contains("Müller"), "{s}");
    assert!(
        s.contains("kaethe.mueller@example.de"),
        "the filled email on screen:\n{s}"
    );
    assert!(!s.contains("BEGIN") && !s.contains("VCARD"), "{s}");
    assert!(!s.contains("[x]"), "no consent ticked:\n{s}");

    // Alt-T to policy_ack: tick it and save, at a person's pace (keys within
    // 20 ms of the scan would count as the scanner's own).
    t.person_keys(&["M-t", "Space", "C-s"]);
    t.wait_for("1 lead captured");
    t.keys(&["C-q"]);
    t.wait_for("EXITED 0");

    let leads = booth.leads();
    assert_eq!(leads.len(), 1);
    let l = &leads[0];
    assert_eq!(l["source"], "badge");
    assert_eq!(l["first_name"], "Käthe");
    assert_eq!(l["last_name"], "Müller");
    assert_eq!(
        l["company"],
        "Forschungsinstitut für sehr lange Namen und noch längere Abteilungsbezeichnungen, Berlin"
    );
    assert_eq!(l["job_title"], "Leiterin");
    assert_eq!(l["country"], "DE", "typed by staff, kept");
    assert_eq!(l["email"], "kaethe.mueller@example.de");
    for c in l["consents"].as_array().unwrap() {
        assert_eq!(c["granted"], c["purpose"] == "policy_ack", "{c}");
    }
}

/// Issue 16 (two new-user runs): at 80x24 the fields a badge filled were
/// scrolled out of view by the notice. The burst arrives as a scanner types it
/// (`send-keys -H`), with the focus on the notes at the bottom of the form.
#[test]
fn at_80x24_a_scan_shows_the_fields_it_filled() {
    if !have_tool("tmux") {
        return;
    }
    let booth = Booth::new();
    let cmd = booth_command(&booth, None, "--staff Sam");
    let t = Tmux::start("leadbooth-badge-80", 80, 24, &cmd);
    t.wait_for("Demo Expo 2026");
    t.person_keys(&["BTab"]);
    t.wait_for("▶ Notes");
    t.burst(b"MECARD:N:Nordmann,Kari;EMAIL:kari@example.no;ORG:Fjord AS;TEL:+4722334455;;\r");
    let s = t.wait_for("Badge read");
    for value in [
        "Kari",
        "Nordmann",
        "kari@example.no",
        "Fjord AS",
        "+4722334455",
    ] {
        assert!(s.contains(value), "{value} not on screen:\n{s}");
    }
    assert!(!s.contains("[x]"), "no consent ticked:\n{s}");
    // A person's Space now goes to the focused contact field, not a consent.
    t.person_keys(&["Space"]);
    let s = t.screen();
    assert!(!s.contains("[x]"), "{s}");
    t.keys(&["C-q"]);
    t.wait_for("keep as draft");
}
