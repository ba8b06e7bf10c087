//! Kiosk mode end to end in tmux: the real binary, an attendee filling the
//! self-service form, the thank-you and attract screens, the idle timeout, and
//! staff leaving with the PIN.

use std::time::Duration;

use crate::support::tmux::{Tmux, booth_command};
use crate::support::{Booth, have_tool};

const PIN: &str = "2468";

fn kiosk_booth() -> Booth {
    let booth = Booth::new();
    let set = booth.run_with_stdin(&["kiosk", "set-pin"], Some(format!("{PIN}\n").as_bytes()));
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );
    booth
}

#[test]
fn an_attendee_signs_up_and_staff_leave_with_the_pin() {
    if !have_tool("tmux") {
        return;
    }
    let booth = kiosk_booth();
    let t = Tmux::start(
        "leadbooth-kiosk",
        100,
        32,
        &booth_command(&booth, None, "--staff Sam --kiosk"),
    );
    let s = t.wait_for("Press Enter (or any key) to start");
    assert!(
        s.contains("Self-service") && s.contains("https://example.org/privacy"),
        "{s}"
    );
    t.keys(&["Enter"]);
    // Issue 11: the layered notice stands above the consent boxes; its heading
    // is what shows of the consent part on the first screen.
    t.wait_for("Before you choose: who we are and how we use your details");
    t.type_text("Zoë");
    t.keys(&["Tab"]);
    t.type_text("Ōkubo");
    t.keys(&["Tab"]);
    t.type_text("zoe@example.com");
    t.keys(&["C-s"]);
    t.wait_for("Not saved");
    // Focus is on the required consent now.
    t.keys(&["Space", "C-s"]);
    // Issue 11: the thank-you screen holds the receipt QR code beside it.
    let s = t.wait_for("Thank you! Your details are");
    assert!(s.contains("Receipt ") && s.contains("You agreed to"), "{s}");
    assert!(!s.contains("Zoë") && !s.contains("Ōkubo"), "{s}");
    // Back to the start by itself (after 20 s, time to scan the receipt), then
    // an empty form.
    std::thread::sleep(std::time::Duration::from_secs(15));
    let s = t.wait_for("Press Enter (or any key) to start");
    assert!(!s.contains("Zoë"), "{s}");
    t.keys(&["Enter"]);
    let s = t.wait_for("Before you choose: who we are and how we use your details");
    assert!(!s.contains("Zoë") && !s.contains("[x]"), "{s}");

    // F2 and Ctrl-Q want the PIN; a wrong one is refused.
    t.keys(&["F2"]);
    t.wait_for("Enter the staff PIN to open the lead list.");
    // Apart: ESC and a key in one burst read as an Alt chord.
    t.keys(&["Escape"]);
    t.wait_for("Esc clear");
    t.keys(&["C-q"]);
    t.wait_for("Enter the staff PIN to leave kiosk mode.");
    t.type_text("1111");
    let s = t.wait_for("••••");
    assert!(!s.contains("1111"), "{s}");
    t.keys(&["Enter"]);
    t.wait_for("Wrong PIN.");
    t.type_text(PIN);
    t.keys(&["Enter"]);
    t.wait_for("EXITED 0");

    let leads = booth.leads();
    assert_eq!(leads.len(), 1);
    let l = &leads[0];
    assert_eq!(l["first_name"], "Zoë");
    assert_eq!(l["source"], "kiosk");
    assert_eq!(l["rating"], serde_json::Value::Null);
    for c in l["consents"].as_array().unwrap() {
        assert_eq!(c["method"], "self_service");
        assert_eq!(c["granted"], c["purpose"] == "policy_ack");
    }
}

#[test]
fn an_idle_half_filled_form_is_gone_for_the_next_attendee() {
    if !have_tool("tmux") {
        return;
    }
    let booth = kiosk_booth();
    let config = booth.dir.path().join("event.toml");
    std::fs::write(
        &config,
        "[event]\nid = \"idle-test\"\nname = \"Idle Test Expo\"\norganisation = \"Aspera\"\n\n\
         [policy]\nurl = \"https://example.org/privacy\"\n\n[kiosk]\nidle_timeout_seconds = 2\n",
    )
    .unwrap();
    let t = Tmux::start(
        "leadbooth-kiosk-idle",
        100,
        32,
        &booth_command(&booth, Some(&config), "--staff Sam --kiosk"),
    );
    t.wait_for("Idle Test Expo");
    t.keys(&["Enter"]);
    t.wait_for("First name");
    t.type_text("Halfway");
    t.wait_for("Halfway");
    std::thread::sleep(Duration::from_secs(3));
    let s = t.wait_for("Press Enter (or any key) to start");
    assert!(!s.contains("Halfway"), "{s}");
    t.keys(&["x"]);
    let s = t.wait_for("First name");
    assert!(!s.contains("Halfway"), "{s}");
    assert!(booth.leads().is_empty());
}
