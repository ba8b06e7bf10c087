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
    t.wait_for("Consent: tick only what you agree to");
    t.type_text("Zoë");
    t.keys(&["Tab"]);
    t.type_text("Ōkubo");
    t.keys(&["Tab"]);
    t.type_text("zoe@example.com");
    t.keys(&["C-s"]);
    t.wait_for("Not saved");
    // Focus is on the required consent now.
    t.keys(&["Space", "C-s"]);
    let s = t.wait_for("Thank you! Your details are saved.");
    assert!(!s.contains("Zoë") && !s.contains("Ōkubo"), "{s}");
    // Back to the start by itself, then an empty form.
    let s = t.wait_for("Press Enter (or any key) to start");
    assert!(!s.contains("Zoë"), "{s}");
    t.keys(&["Enter"]);
    let s = t.wait_for("Consent: tick only what you agree to");
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

/// Issue 12: registration IDs from the attendee list, typed after F3, pasted and
/// sent as one raw burst (`send-keys -H`, as a scanner types): the real kiosk
/// shows nothing of the attendees and says it does not look badge numbers up.
#[test]
fn registration_ids_show_no_attendee_at_the_kiosk_in_tmux() {
    if !have_tool("tmux") {
        return;
    }
    let booth = kiosk_booth();
    let csv = crate::support::badges().join("attendees.csv");
    booth.ok(&["attendees", "import", csv.to_str().unwrap()]);
    let t = Tmux::start(
        "leadbooth-kiosk-rights",
        100,
        32,
        &booth_command(&booth, None, "--staff Sam --kiosk"),
    );
    t.wait_for("Press Enter (or any key) to start");
    t.keys(&["Enter"]);
    t.wait_for("Consent: tick only what you agree to");
    let attendees = [
        "Alan",
        "Turing",
        "alan@example.co.uk",
        "Grace",
        "Hopper",
        "Katherine",
        "Orbital",
    ];
    let check = |after: &str| {
        let s = t.wait_for("does not look badge numbers up");
        for a in attendees {
            assert!(!s.contains(a), "{a:?} on the kiosk after {after}:\n{s}");
        }
    };
    t.keys(&["F3"]);
    t.type_text("A-000122");
    t.keys(&["Enter"]);
    check("typing A-000122 after F3");
    t.paste("A-000123\r\n");
    check("pasting A-000123");
    let status = std::process::Command::new("tmux")
        .args(["-L", "leadbooth-tests", "send-keys", "-t"])
        .arg(format!("leadbooth-kiosk-rights-{}", std::process::id()))
        .arg("-H")
        .args(["41", "2d", "30", "30", "30", "31", "32", "34", "0d"])
        .status()
        .unwrap();
    assert!(status.success());
    std::thread::sleep(Duration::from_millis(500));
    check("scanning A-000124");
    assert!(booth.leads().is_empty());
}
