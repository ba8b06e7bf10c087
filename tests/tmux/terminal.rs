//! The terminal is left usable however the booth ends: a panic, SIGTERM, SIGHUP —
//! cursor visible, alternate screen left, mouse reporting off, echo and canonical
//! mode back on — and resizing down to 1x1 and back never brings it down nor
//! draws outside the pane (checked on the bytes the booth writes).

use crate::support::escapes;
use crate::support::tmux::{Recorded, Tmux};
use crate::support::{Booth, have_tool, report, wait_until};

/// Starts the booth in tmux; after it exits the pane prints its exit status and
/// the terminal modes (`stty -a`), then idles so the pane can be inspected.
fn start(booth: &Booth, name: &str, env: &str) -> Tmux {
    let cmd = format!(
        "env -u LEADBOOTH_CONFIG {env} XDG_CONFIG_HOME={} {} --data-dir {} --staff Sam; echo EXITED $?; stty -a; sleep 600",
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

/// Whether process `pid` is still running (not gone, not a zombie).
fn running(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|stat| stat.split_whitespace().nth(2) != Some("Z"))
}

#[test]
fn resizing_down_to_1x1_and_back_never_brings_it_down_nor_draws_outside() {
    if !have_tool("tmux") || !have_tool("script") {
        return;
    }
    let booth = Booth::new();
    let (rec, cmd) = Recorded::command(&booth, None, "--staff Sam");
    let t = Tmux::start("lb-resize", 100, 32, &cmd);
    t.wait_for("Demo Expo 2026");
    t.type_text("Résumé");
    t.wait_for("Résumé");
    let pid = booth.pid();
    let clear = b"\x1b[2J";
    // Each size, and where in the recording the booth's first frame at that size
    // starts: ratatui clears the screen when it sees a new size.
    let mut frames: Vec<(u16, u16, usize)> = Vec::new();
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
        let mark = rec.len();
        t.resize(w, h);
        let at = wait_until(&format!("the booth to redraw at {w}x{h}"), || {
            let bytes = rec.bytes();
            let found = bytes[mark.min(bytes.len())..]
                .windows(clear.len())
                .position(|win| win == clear);
            let screen = t.screen();
            let drawn = match (w, h) {
                (w, h) if w >= 80 && h >= 24 => screen.contains("Demo Expo 2026"),
                (w, _) if w >= 20 => screen.contains("enlarge"),
                _ => true,
            };
            match found {
                Some(at) if drawn && bytes.len() > mark + at + clear.len() => Ok(mark + at),
                _ => Err(screen),
            }
        });
        assert!(running(&pid), "the booth ended at {w}x{h}:\n{}", t.screen());
        frames.push((w, h, at));
    }
    let screen = t.wait_for("Demo Expo 2026");
    assert!(
        screen.contains("Résumé"),
        "typed text survives resizing:\n{screen}"
    );
    // Everything drawn at a size stays inside it; a full-size frame reaches the
    // pane's right edge and bottom row (so the measure is not vacuous).
    let bytes = rec.bytes();
    escapes::assert_clean(&bytes, "resizing");
    for (i, &(w, h, from)) in frames.iter().enumerate() {
        let to = frames.get(i + 1).map_or(bytes.len(), |f| f.2);
        let e = escapes::extent(&bytes[from..to]);
        assert!(
            e.max_col <= w && e.max_row <= h,
            "at {w}x{h} the booth drew to column {} row {}",
            e.max_col,
            e.max_row
        );
        if w >= 80 && h >= 24 {
            assert_eq!((e.max_col, e.max_row), (w, h), "a full frame at {w}x{h}");
        }
    }
    report(&format!(
        "resize: {} sizes, {} bytes drawn, every frame inside its pane",
        frames.len(),
        bytes.len()
    ));
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
    wait_until(
        &format!("booth {pid} to end after its terminal closed"),
        || {
            if running(&pid) {
                Err("still running".into())
            } else {
                Ok(())
            }
        },
    );
}
