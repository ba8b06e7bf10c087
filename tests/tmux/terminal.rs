//! The terminal is left usable however the booth ends: a panic, SIGTERM, SIGHUP —
//! cursor visible, alternate screen left, mouse reporting off, echo and canonical
//! mode back on — and resizing down to 20x5 and back never brings it down.

use std::time::{Duration, Instant};

use crate::support::tmux::Tmux;
use crate::support::{Booth, have_tool};

/// Starts the booth in tmux; after it exits the pane prints its exit status and
/// the terminal modes (`stty -a`), then idles so the pane can be inspected.
fn start(booth: &Booth, name: &str, env: &str) -> Tmux {
    let cmd = format!(
        "env -u LEADBOOTH_CONFIG {env} XDG_CONFIG_HOME={} {} --data-dir {} --staff Sam; echo EXITED $?; stty -a; sleep 60",
        booth.dir.path().join("xdg").display(),
        crate::support::bin().display(),
        booth.data_dir().display()
    );
    Tmux::start(name, 100, 32, &cmd)
}

fn assert_terminal_restored(t: &Tmux, exit: &str) {
    let screen = t.wait_for("EXITED");
    assert!(screen.contains(&format!("EXITED {exit}")), "{screen}");
    t.wait_for("speed");
    assert_eq!(t.display("#{alternate_on}"), "0", "alternate screen left");
    assert_eq!(t.display("#{cursor_flag}"), "1", "cursor visible");
    assert_eq!(t.display("#{mouse_any_flag}"), "0", "mouse reporting off");
    let screen = t.screen();
    let modes: Vec<&str> = screen.split_whitespace().collect();
    for mode in ["echo", "icanon", "isig"] {
        assert!(modes.contains(&mode), "{mode} restored:\n{screen}");
    }
}

#[test]
fn panic_restores_the_terminal() {
    if !have_tool("tmux") {
        return;
    }
    let booth = Booth::new();
    let t = start(&booth, "lb-panic", "LEADBOOTH_TEST_PANIC=1");
    assert_terminal_restored(&t, "101");
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    if !have_tool("tmux") {
        return;
    }
    for (signal, code) in [("TERM", "143"), ("HUP", "129")] {
        let booth = Booth::new();
        let t = start(&booth, &format!("lb-sig{signal}"), "");
        t.wait_for("Demo Expo 2026");
        t.type_text("Half typed");
        let pid = booth.pid();
        let ok = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .unwrap();
        assert!(ok.success());
        assert_terminal_restored(&t, code);
    }
}

#[test]
fn resizing_down_to_20x5_and_back_never_brings_it_down() {
    if !have_tool("tmux") {
        return;
    }
    let booth = Booth::new();
    let t = start(&booth, "lb-resize", "");
    t.wait_for("Demo Expo 2026");
    t.type_text("Résumé");
    for (w, h) in [
        (20, 5),
        (120, 40),
        (1, 1),
        (79, 23),
        (20, 5),
        (200, 60),
        (80, 24),
        (120, 40),
    ] {
        t.resize(w, h);
        std::thread::sleep(Duration::from_millis(150));
        let screen = t.screen();
        assert!(
            !screen.contains("EXITED"),
            "the booth ended at {w}x{h}:\n{screen}"
        );
        for line in screen.lines() {
            assert!(
                unicode_width(line) <= w as usize,
                "line wider than {w}: {line:?}"
            );
        }
    }
    let screen = t.wait_for("Demo Expo 2026");
    assert!(
        screen.contains("Résumé"),
        "typed text survives resizing:\n{screen}"
    );
}

fn unicode_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s.trim_end())
}

#[test]
fn a_closed_terminal_ends_the_booth_instead_of_leaving_it_spinning() {
    if !have_tool("tmux") {
        return;
    }
    let booth = Booth::new();
    let t = start(&booth, "lb-gone", "");
    t.wait_for("Demo Expo 2026");
    let pid = booth.pid();
    drop(t); // kill-session: the pty closes; only the shell gets a SIGHUP
    let start = Instant::now();
    while std::path::Path::new(&format!("/proc/{pid}")).exists() {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        if stat.split_whitespace().nth(2) == Some("Z") {
            break; // exited, waiting to be reaped
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "booth {pid} still running after its terminal closed"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
