//! End to end, as a person would: the real booth binary in tmux, keys typed with
//! `send-keys`, the screen read with `capture-pane`, the result checked with
//! `leads list --json`.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{Booth, have_tool};

/// A tmux session running one command; killed when dropped.
pub struct Tmux {
    name: String,
}

impl Tmux {
    pub fn start(name: &str, width: u16, height: u16, cmd: &str) -> Self {
        let name = format!("{name}-{}", std::process::id());
        let ok = Command::new("tmux")
            .args([
                "new-session",
                "-d",
                "-s",
                &name,
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
            ])
            .arg(cmd)
            .status()
            .unwrap()
            .success();
        assert!(ok, "tmux starts");
        Tmux { name }
    }

    pub fn keys(&self, keys: &[&str]) {
        let status = Command::new("tmux")
            .args(["send-keys", "-t", &self.name])
            .args(keys)
            .status()
            .unwrap();
        assert!(status.success());
    }

    pub fn type_text(&self, text: &str) {
        let status = Command::new("tmux")
            .args(["send-keys", "-t", &self.name, "-l", text])
            .status()
            .unwrap();
        assert!(status.success());
    }

    pub fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.name])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen contains `text` (5 s at most), returning the screen.
    pub fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "waited for {text:?}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn alive(&self) -> bool {
        Command::new("tmux")
            .args(["has-session", "-t", &self.name])
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.name])
            .status();
    }
}

#[test]
fn staff_captures_a_lead_with_consent_in_tmux() {
    if !have_tool("tmux") {
        return;
    }
    let booth = Booth::new();
    let cmd = format!(
        "env -u LEADBOOTH_CONFIG XDG_CONFIG_HOME={} {} --data-dir {} --staff Sam; echo EXITED $?; sleep 30",
        booth.dir.path().join("xdg").display(),
        common::bin().display(),
        booth.data_dir().display()
    );
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
    let s = t.wait_for("Ōkubo-Nakamura");
    assert!(s.contains("Zoë"), "{s}");

    // After the refusal, focus sits on policy_ack: tick it and the next box.
    t.keys(&["Space", "Tab", "Space", "C-s"]);
    let s = t.wait_for("1 lead captured");
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
    let sha = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(
            std::fs::read(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/assets/privacy-policy.md"
            ))
            .unwrap(),
        ))
    };
    assert_eq!(l["policy"]["sha256"], sha.as_str());
}
