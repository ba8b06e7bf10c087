//! F5 to a folder picked in the booth (issue 16), end to end at 80x24: the real
//! binary in tmux, a folder typed into the picker, the batch and the device's
//! public key written there, the check command copied off the 80-column
//! screen and pasted into a real shell (real `minisign` and `sha256sum`), and
//! after a restart the next F5 offers the same folder first.

use crate::support::tmux::{Tmux, booth_command, sh_quote};
use crate::support::{Booth, have_tool};

/// Types and saves a lead at 80x24: name, email, the notice box ticked.
fn capture(t: &Tmux, name: &str, email: &str, count: &str) {
    t.type_text(name);
    t.person_keys(&["Tab", "Tab"]);
    t.type_text(email);
    // Email → the first consent: 5 contact fields and 3 questions on.
    t.person_keys(&["Tab"; 8]);
    t.wait_for("▶ [ ] I was shown how");
    t.person_keys(&["Space", "C-s"]);
    t.wait_for(count);
    t.person_keys(&["Escape"]);
    t.wait_for("Ctrl-S");
}

/// The rows under "Check it with standard tools:" as capture-pane shows them.
fn check_rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .skip_while(|r| !r.contains("Check it with standard tools:"))
        .skip(1)
        .take_while(|r| !r.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// `rows` pasted into a clean bash at 80 columns as a person pastes them, then
/// `echo CHECK-EXIT=$?`: the shell's screen once the exit status shows.
fn paste_into_bash(name: &str, rows: &[String]) -> String {
    let shell = Tmux::start(
        name,
        80,
        24,
        &format!(
            "env -i PATH={} bash --norc --noprofile",
            sh_quote(&std::env::var("PATH").unwrap())
        ),
    );
    shell.wait_until("the shell's prompt", |s| s.contains('$') || s.contains('#'));
    shell.paste(&(rows.join("\n") + "\n"));
    shell.person_keys(&["Enter"]);
    shell.type_text("echo CHECK-EXIT=$?");
    shell.person_keys(&["Enter"]);
    shell.wait_until("the check's exit status", |s| s.contains("CHECK-EXIT="))
}

#[test]
fn f5_to_a_typed_folder_then_the_check_pasted_in_a_shell_then_the_same_folder_after_a_restart() {
    if !have_tool("tmux") || !have_tool("minisign") || !have_tool("sha256sum") {
        return;
    }
    let booth = Booth::new();
    let stick = booth.dir.path().join("STICK");
    std::fs::create_dir(&stick).unwrap();
    let cmd = booth_command(&booth, None, "--staff Sam");
    let t = Tmux::start("leadbooth-f5", 80, 24, &cmd);
    t.wait_for("Demo Expo 2026");
    capture(&t, "Kari", "kari@example.com", "1 lead captured");

    t.person_keys(&["F5"]);
    let s = t.wait_for("Target folder (");
    assert!(s.contains("› This laptop:"), "{s}");
    t.person_keys(&["Down"]);
    t.wait_for("› Another folder:");
    t.type_text(&stick.display().to_string());
    t.person_keys(&["Enter"]);
    let s = t.wait_for("Check it with standard tools:");
    assert!(s.contains("batch number 1"), "{s}");

    let batches: Vec<_> = std::fs::read_dir(&stick)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(batches.len(), 2, "the batch and the key: {batches:?}");
    assert!(
        batches
            .iter()
            .any(|p| p.extension().is_some_and(|x| x == "pub")),
        "{batches:?}"
    );

    // Copied off the screen as it is, and pasted into a shell at 80 columns.
    let rows = check_rows(&s);
    assert!(rows.len() >= 3, "{s}");
    for r in &rows {
        assert!(r.chars().count() <= 80, "{r:?}");
    }
    let out = paste_into_bash("leadbooth-f5-shell", &rows);
    assert!(out.contains("CHECK-EXIT=0"), "{rows:#?}\n{out}");
    assert!(
        out.contains("Signature and comment signature verified"),
        "{out}"
    );
    assert!(out.contains("leads.jsonl: OK"), "{out}");

    t.person_keys(&["Escape"]);
    t.wait_for("Ctrl-S");
    t.person_keys(&["C-q"]);
    t.wait_for("EXITED 0");
    drop(t);

    // The next start: F5 offers the stick's folder first; Enter writes there.
    let t = Tmux::start("leadbooth-f5-again", 80, 24, &cmd);
    t.wait_for("Demo Expo 2026");
    capture(&t, "Ola", "ola@example.com", "2 leads captured");
    t.person_keys(&["F5"]);
    let s = t.wait_for("Target folder (");
    assert!(
        s.contains(&format!("› Last used: {}", stick.display())),
        "{s}"
    );
    t.person_keys(&["Enter"]);
    t.wait_for("batch number 2");
    let folders = std::fs::read_dir(&stick)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count();
    assert_eq!(folders, 2);
    assert!(!booth.data_dir().join("exports").exists());
    t.person_keys(&["Escape"]);
    t.wait_for("Ctrl-S");
    t.person_keys(&["C-q"]);
    t.wait_for("EXITED 0");
}

/// A folder whose path is longer than the screen is wide, with spaces and a
/// quote in it: the check command is copied off the screen with the booth's
/// one-column margin and still runs (it used to cut the path across rows,
/// which the margin's space split in two: "cd: too many arguments").
#[test]
fn the_check_for_a_long_folder_pastes_with_the_screens_margin() {
    if !have_tool("tmux") || !have_tool("minisign") || !have_tool("sha256sum") {
        return;
    }
    let booth = Booth::new();
    let stick = booth
        .dir
        .path()
        .join("a rather long folder name for the booth's USB stick")
        .join("day two");
    std::fs::create_dir_all(&stick).unwrap();
    let cmd = booth_command(&booth, None, "--staff Sam");
    let t = Tmux::start("leadbooth-f5-long", 80, 24, &cmd);
    t.wait_for("Demo Expo 2026");
    capture(&t, "Kari", "kari@example.com", "1 lead captured");
    t.person_keys(&["F5"]);
    t.wait_for("Target folder (");
    t.person_keys(&["Down"]);
    t.wait_for("› Another folder:");
    t.type_text(&stick.display().to_string());
    t.person_keys(&["Enter"]);
    let s = t.wait_for("Check it with standard tools:");
    let rows = check_rows(&s);
    assert!(
        rows.iter().all(|r| r.starts_with(' ')),
        "copied with the margin: {rows:#?}"
    );
    let out = paste_into_bash("leadbooth-f5-long-shell", &rows);
    assert!(out.contains("CHECK-EXIT=0"), "{rows:#?}\n{out}");
    assert!(out.contains("leads.jsonl: OK"), "{out}");
    t.person_keys(&["Escape"]);
    t.wait_for("Ctrl-S");
    t.person_keys(&["C-q"]);
    t.wait_for("EXITED 0");
}
