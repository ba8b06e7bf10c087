//! Crash recovery end to end: the real booth in tmux, a half-typed lead, `kill -9`,
//! a new start offers the draft back, and the recovered lead saves.

use std::process::Command;

use crate::support::tmux::{Tmux, booth_command};
use crate::support::{Booth, have_tool, wait_for_row};

#[test]
fn a_half_typed_lead_survives_kill_9_and_is_recovered() {
    if !have_tool("tmux") {
        return;
    }
    let booth = Booth::new();
    let cmd = booth_command(&booth, None, "--staff Sam");
    let first = Tmux::start("leadbooth-draft-a", 100, 32, &cmd);
    first.wait_for("Demo Expo 2026");
    first.type_text("Zoë");
    first.keys(&["Tab"]);
    first.type_text("Ōkubo-Nakamura");
    first.keys(&["Tab"]);
    first.type_text("zoe@example.com");
    first.keys(&["Tab"]);
    first.type_text("Ünïcode GmbH");
    first.wait_for("Ünïcode GmbH");
    // The debounce writes the last keys within about a second: wait for the
    // draft row to hold them.
    wait_for_row(
        &booth.data_dir().join("leadbooth.sqlite3"),
        "SELECT content FROM draft",
        |draft| draft.contains("Ünïcode GmbH"),
    );
    let pid = booth.pid();
    let killed = Command::new("kill").args(["-9", &pid]).status().unwrap();
    assert!(killed.success());
    first.wait_for("EXITED 137");

    let second = Tmux::start("leadbooth-draft-b", 100, 32, &cmd);
    let s = second.wait_for("Recover the unsaved lead from ");
    assert!(s.contains("Zoë Ōkubo-Nakamura"), "{s}");
    second.keys(&["r"]);
    let s = second.wait_for("Ünïcode GmbH");
    for typed in ["Zoë", "Ōkubo-Nakamura", "zoe@example.com"] {
        assert!(s.contains(typed), "{typed}:\n{s}");
    }
    assert!(booth.leads().is_empty(), "recovered, not saved yet");
    // Save: refused at the required consent, which then has focus.
    second.keys(&["C-s"]);
    second.wait_for("Not saved");
    second.person_keys(&["Space", "C-s"]);
    second.wait_for("1 lead captured");
    second.keys(&["C-q"]);
    second.wait_for("EXITED 0");

    let leads = booth.leads();
    assert_eq!(leads.len(), 1);
    let l = &leads[0];
    assert_eq!(l["first_name"], "Zoë");
    assert_eq!(l["last_name"], "Ōkubo-Nakamura");
    assert_eq!(l["email"], "zoe@example.com");
    assert_eq!(l["company"], "Ünïcode GmbH");
    assert_eq!(l["source"], "staff");

    // Saved, so nothing is offered at the next start: the draft row is gone, and
    // the first frame (which would carry the question) shows the form.
    let db = booth.data_dir().join("leadbooth.sqlite3");
    let drafts: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT count(*) FROM draft", [], |r| r.get(0))
        .unwrap();
    assert_eq!(drafts, 0, "the saved lead's draft is deleted");
    let third = Tmux::start("leadbooth-draft-c", 100, 32, &cmd);
    let s = third.wait_for("1 lead");
    assert!(!s.contains("Recover"), "{s}");
    third.keys(&["C-q"]);
    third.wait_for("EXITED 0");
}
