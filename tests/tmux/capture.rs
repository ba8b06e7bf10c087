//! End to end, as a person would: the real booth binary in tmux, keys typed with
//! `send-keys`, the screen read with `capture-pane`, the result checked with
//! `leads list --json`.

use crate::support::tmux::{Tmux, booth_command};
use crate::support::{Booth, have_tool, policy_sha256};

#[test]
fn staff_captures_a_lead_with_consent_in_tmux() {
    if !have_tool("tmux") {
        return;
    }
    let booth = Booth::new();
    let cmd = booth_command(&booth, None, "--staff Sam");
    let t = Tmux::start("leadbooth-e2e", 100, 32, &cmd);
    t.wait_for("Demo Expo 2026");
    t.type_text("Zoë");
    t.keys(&["Tab"]);
    t.type_text("Ōkubo-Nakamura");
    t.keys(&["Tab"]);
    t.type_text("zoe@example.com");
    t.keys(&["Tab"]);
    t.type_text("Ünïcode GmbH");

    // Saving without policy_ack is refused beside the consent; nothing stored.
    t.keys(&["C-s"]);
    let s = t.wait_for("Not saved");
    assert!(s.contains("is required"), "{s}");
    assert!(booth.leads().is_empty());

    // The policy view opens and closes without touching the form.
    t.keys(&["F1"]);
    t.wait_for("Privacy policy");
    t.keys(&["Escape"]);
    // Issue 11: focus stays on the refused box, with the layered notice above
    // it, so the contact fields are scrolled out of view at 100x32 (the stored
    // lead below shows they were kept).
    let s = t.wait_for("I was shown how Aspera uses my details");
    assert!(s.contains("is required"), "{s}");
    assert!(!s.contains("Privacy policy ·"), "{s}");

    // After the refusal, focus sits on policy_ack: tick it and the next box.
    t.person_keys(&["Space", "Tab", "Space", "C-s"]);
    // Issue 11: the receipt shows first (its QR code), until a key.
    let s = t.wait_for("1 lead captured");
    assert!(
        s.contains("Your receipt") && s.contains("You agreed to: email"),
        "{s}"
    );
    t.keys(&["Escape"]);
    let s = t.wait_for("Staff: Sam  │  1 lead");
    assert!(
        !s.contains("Ōkubo"),
        "the form is cleared for the next attendee:\n{s}"
    );
    assert!(
        !s.contains("[x]") && !s.contains("[X]") && !s.contains("☑"),
        "every box unticked:\n{s}"
    );

    t.keys(&["C-q"]);
    t.wait_for("EXITED 0");

    let leads = booth.leads();
    assert_eq!(leads.len(), 1);
    let l = &leads[0];
    assert_eq!(l["first_name"], "Zoë");
    assert_eq!(l["last_name"], "Ōkubo-Nakamura");
    assert_eq!(l["company"], "Ünïcode GmbH");
    assert_eq!(l["source"], "staff");
    assert_eq!(l["captured_by"], "Sam");
    for c in l["consents"].as_array().unwrap() {
        let p = c["purpose"].as_str().unwrap();
        assert_eq!(
            c["granted"],
            p == "policy_ack" || p == "marketing_email",
            "{p}"
        );
        assert_eq!(c["method"], "staff_assisted");
    }
    let sha = policy_sha256();
    assert_eq!(l["policy"]["sha256"], sha.as_str());
}

#[test]
fn the_booth_and_cli_adds_at_the_same_time_lose_and_duplicate_nothing() {
    if !have_tool("tmux") {
        return;
    }
    let booth = Booth::new();
    let t = Tmux::start(
        "leadbooth-concurrent",
        100,
        32,
        &booth_command(&booth, None, "--staff Sam"),
    );
    t.wait_for("Demo Expo 2026");
    let cli = std::thread::scope(|s| {
        let adder = s.spawn(|| {
            for i in 0..40 {
                let line = serde_json::json!({"first_name": "Cli", "email": format!("cli{i}@example.com"),
                    "consents": crate::support::consents(&["policy_ack"])});
                let out = booth.run_with_stdin(&["leads", "add"], Some(line.to_string().as_bytes()));
                assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            }
        });
        for i in 0..3 {
            t.type_text(&format!("Booth{i}"));
            t.person_keys(&["Tab", "Tab"]);
            t.type_text(&format!("booth{i}@example.com"));
            t.keys(&["C-s"]);
            t.wait_for("is required");
            t.person_keys(&["Space", "C-s"]);
            t.wait_for("Saved.");
        }
        adder.join().is_ok()
    });
    assert!(cli);
    t.keys(&["C-q"]);
    t.wait_for("EXITED 0");
    let leads = booth.leads();
    let emails: std::collections::BTreeSet<_> = leads
        .iter()
        .map(|l| l["email"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(leads.len(), 43, "40 from the CLI and 3 from the booth");
    assert_eq!(emails.len(), 43, "no duplicates");
}
