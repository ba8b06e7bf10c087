//! Reliability harness (issue 7): crash consistency under SIGKILL, a full disk, and
//! concurrent writers, all through the real binary. Bounded in time; seeded and the
//! seed printed (`LEADBOOTH_SEED=N` replays a run).
#![allow(clippy::unwrap_used)] // a test may unwrap: a failure is a failed test with its line

mod support;

use std::collections::BTreeSet;
use std::io::Write;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::{Booth, cannot_run, consents, report};
use serde_json::json;

/// A small deterministic generator (SplitMix64): enough for seeded test timing.
struct Rng(u64);

impl Rng {
    fn from_env(name: &str) -> Self {
        let seed = std::env::var("LEADBOOTH_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
            });
        report(&format!(
            "{name}: seed {seed} (replay with LEADBOOTH_SEED={seed})"
        ));
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn lead_line(email: &str, notes: &str) -> String {
    json!({"first_name": "Crash", "last_name": "Test", "email": email, "notes": notes,
           "consents": consents(&["policy_ack"])})
    .to_string()
}

/// `PRAGMA integrity_check` and the emails stored, read through SQLite directly.
fn check_db(db: &Path) -> (String, BTreeSet<String>) {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE)
            .expect("database opens after a kill");
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    let mut st = conn.prepare("SELECT email FROM leads").unwrap();
    let emails = st
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    (integrity, emails)
}

/// One `leads add` of `email`, killed `delay` after it started unless it ended
/// first; its exit status.
fn add_killed_after(booth: &Booth, email: &str, delay: Duration) -> std::process::ExitStatus {
    let mut child = booth
        .cmd(&["leads", "add", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let _ = writeln!(stdin, "{}", lead_line(email, "n"));
    drop(stdin);
    let start = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        let left = delay.saturating_sub(start.elapsed());
        if left.is_zero() {
            break;
        }
        std::thread::sleep(left.min(Duration::from_micros(500)));
    }
    let _ = child.kill();
    child.wait().unwrap()
}

#[test]
fn sigkill_at_random_moments_loses_no_confirmed_lead() {
    const KILLS: usize = 200;
    // A run proves something only if some saves were confirmed before the kills
    // around them, and some kills landed after the commit (stored, unconfirmed).
    const MIN_CONFIRMED: usize = 20;
    let booth = Booth::new();
    let mut rng = Rng::from_env("crash consistency");
    booth.ok(&["leads", "list"]); // create the database first
    let db = booth.data_dir().join("leadbooth.sqlite3");
    // How long one save takes on this machine now: kills are drawn from twice
    // that, so about half the runs finish first, however loaded the machine is.
    let mut took: Vec<Duration> = (0..3)
        .map(|i| {
            let t = std::time::Instant::now();
            let status = add_killed_after(
                &booth,
                &format!("warmup{i}@example.com"),
                crate::support::ceiling(),
            );
            assert!(status.success(), "a save unhindered: {status:?}");
            t.elapsed()
        })
        .collect();
    took.sort();
    let mut window = took[1] * 2;
    let mut confirmed = BTreeSet::new();
    let (mut kills, mut runs, mut stored_unconfirmed) = (0, 0, 0);
    let mut recent = Vec::new();
    while (kills < KILLS || confirmed.len() < MIN_CONFIRMED) && runs < KILLS * 10 {
        runs += 1;
        let email = format!("lead{runs}@example.com");
        let delay = Duration::from_micros(rng.below(window.as_micros().max(1) as u64));
        let status = add_killed_after(&booth, &email, delay);
        if status.success() {
            confirmed.insert(email);
        } else {
            assert_eq!(
                status.signal(),
                Some(9),
                "only SIGKILL may stop it: {status:?}"
            );
            kills += 1;
            let (integrity, stored) = check_db(&db);
            assert_eq!(integrity, "ok", "after kill {kills}");
            let lost: Vec<_> = confirmed.difference(&stored).collect();
            assert!(
                lost.is_empty(),
                "confirmed leads lost after kill {kills}: {lost:?}"
            );
            if stored.contains(&email) {
                stored_unconfirmed += 1;
            }
        }
        // Keep both outcomes coming as the machine's load changes: over the
        // last 20 runs, between a quarter and three quarters finish.
        recent.push(status.success());
        if recent.len() == 20 {
            let done = recent.iter().filter(|d| **d).count();
            if done < 5 {
                window = window.mul_f64(1.5);
            } else if done > 15 {
                window = window.mul_f64(0.67);
            }
            recent.clear();
        }
    }
    let (_, stored) = check_db(&db);
    report(&format!(
        "crash consistency (leads add): {runs} runs, {kills} SIGKILLs, {} saves confirmed before a kill, \
         {stored_unconfirmed} killed after the commit, {} stored, 0 lost (kill window {window:.1?})",
        confirmed.len(),
        stored.len()
    ));
    assert!(kills >= KILLS, "only {kills} kills in {runs} runs");
    assert!(
        confirmed.len() >= MIN_CONFIRMED,
        "only {} confirmed saves in {runs} runs: the kills prove nothing about them",
        confirmed.len()
    );
    // The booth still works afterwards.
    let out = booth.run_with_stdin(
        &["leads", "add"],
        Some(lead_line("after@example.com", "").as_bytes()),
    );
    assert!(out.status.success());
}

#[test]
fn two_writers_lose_and_duplicate_nothing() {
    let booth = Booth::new();
    booth.ok(&["leads", "list"]);
    let per_writer = 60;
    std::thread::scope(|s| {
        for w in 0..2 {
            let booth = &booth;
            s.spawn(move || {
                for i in 0..per_writer {
                    let line = lead_line(&format!("w{w}-{i}@example.com"), "");
                    let out = booth.run_with_stdin(&["leads", "add"], Some(line.as_bytes()));
                    assert!(
                        out.status.success(),
                        "{}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            });
        }
    });
    let leads = booth.leads();
    let emails: BTreeSet<_> = leads
        .iter()
        .map(|l| l["email"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(leads.len(), 2 * per_writer);
    assert_eq!(emails.len(), 2 * per_writer, "no duplicates");
    report(&format!(
        "two writers: {} leads added side by side, {} stored, 0 duplicated",
        2 * per_writer,
        leads.len()
    ));
}

/// A tmpfs of `size` mounted at `dir` for the test's life (root only).
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    fn mount(dir: &Path, size: &str) -> Option<Self> {
        std::fs::create_dir_all(dir).unwrap();
        let ok = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(dir)
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Tmpfs(dir.to_owned()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

/// Bytes free for an unprivileged writer on the file system holding `path`.
fn available(path: &Path) -> u64 {
    let out = Command::new("df")
        .args(["--output=avail", "-B1"])
        .arg(path)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .nth(1)
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or_else(|| panic!("df {}: {out:?}", path.display()))
}

/// The room one more `leads add` needs beside the database file: in WAL mode
/// SQLite writes every page the save touches (the lead's row and its notes'
/// overflow pages, its consent records, the indexes, the audit log) as a frame
/// of the `-wal` file, next to the `-shm` index of that file, before the
/// checkpoint at close copies them into the database and deletes both.
/// Measured with the real binary on `copy`, an ordinary-folder copy of the full
/// disk's data dir (same leads, same B-tree depth, any WAL left over), while
/// this process keeps a connection open so that the binary's close leaves both
/// files at the size the save made them: their growth is the room it needed.
fn room_one_save_needs(copy: &Path, add: impl Fn(&Path, &str) -> std::process::Output) -> u64 {
    // In whole 4 KiB pages, as the tmpfs allocates them (SQLite writes every
    // page of the -shm, so none is sparse).
    let size = |suffix: &str| {
        std::fs::metadata(copy.join(format!("leadbooth.sqlite3{suffix}")))
            .map_or(0, |m| m.len().div_ceil(4096) * 4096)
    };
    let before = size("-wal") + size("-shm");
    let reader = rusqlite::Connection::open(copy.join("leadbooth.sqlite3")).unwrap();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM leads", [], |r| r.get(0))
        .unwrap();
    let out = add(copy, "measure@example.com");
    assert!(out.status.success(), "{out:?}");
    let after = size("-wal") + size("-shm");
    drop(reader);
    after.saturating_sub(before)
}

#[test]
fn full_disk_refuses_clearly_keeps_what_was_saved_and_recovers() {
    if !is_root() {
        cannot_run(
            "full disk",
            "mounting a small tmpfs needs root (CI runs as root)",
        );
        return;
    }
    let booth = Booth::new();
    let mnt = booth.dir.path().join("small");
    let Some(_fs) = Tmpfs::mount(&mnt, "640k") else {
        panic!(
            "running as root but cannot mount a tmpfs at {}",
            mnt.display()
        );
    };
    let data = mnt.join("data");
    let add = |data: &Path, email: &str, notes: &str| {
        let mut c = Command::new(crate::support::bin());
        c.arg("--data-dir").arg(data).args(["leads", "add", "-"]);
        c.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().unwrap();
        writeln!(child.stdin.take().unwrap(), "{}", lead_line(email, notes)).unwrap();
        child.wait_with_output().unwrap()
    };
    let run = |email: &str, notes: &str| add(&data, email, notes);
    assert!(run("first@example.com", "").status.success());
    // Room to give back later.
    let filler = mnt.join("filler");
    std::fs::write(&filler, vec![0u8; 96 * 1024]).unwrap();

    let notes = "x".repeat(12_000);
    let mut confirmed = vec!["first@example.com".to_owned()];
    let mut failure = None;
    for i in 0..200 {
        let email = format!("fill{i}@example.com");
        let out = run(&email, &notes);
        if out.status.success() {
            confirmed.push(email);
        } else {
            failure = Some(String::from_utf8(out.stderr).unwrap());
            break;
        }
    }
    let err = failure.expect("the small disk fills up");
    // The disk really was full: less room left than one more save needs, which
    // is far more than the notes' bytes (see `room_one_save_needs`). Where below
    // that the disk ends depends on how each lead's pages fall against the
    // 640 KiB: 0 bytes when the last save's checkpoint could not grow the
    // database (its WAL stays), up to a save's WAL and -shm when it could. Seen
    // with one build: 0 bytes free with 12,000-byte notes, 102,400 with 9,000
    // (one save needing 106,496) and 94,208 with 14,000 (needing 102,400); a
    // bound of one lead's notes held only by chance.
    let left = available(&mnt);
    let copy = booth.dir.path().join("copy");
    let cp = Command::new("cp")
        .arg("-a")
        .arg(&data)
        .arg(&copy)
        .status()
        .unwrap();
    assert!(cp.success(), "cp -a {}", data.display());
    let needs = room_one_save_needs(&copy, |d, e| add(d, e, &notes));
    report(&format!(
        "full disk: {} leads saved, then refused with {left} bytes free (one save needs {needs}): {}",
        confirmed.len(),
        err.trim()
    ));
    assert!(
        left < needs,
        "{left} bytes still free, one save needs {needs}: the refusal was not a full disk"
    );
    assert!(
        confirmed.len() > 1,
        "some leads were saved before the disk filled"
    );
    assert_eq!(err.lines().count(), 1, "one clear line: {err}");
    assert!(
        err.contains("full") && err.contains("leadbooth.sqlite3"),
        "{err}"
    );
    assert!(
        err.contains("nothing from standard input was saved"),
        "{err}"
    );

    let (integrity, stored) = check_db(&data.join("leadbooth.sqlite3"));
    assert_eq!(integrity, "ok");
    for e in &confirmed {
        assert!(stored.contains(e), "{e} lost when the disk filled");
    }

    std::fs::remove_file(&filler).unwrap();
    let out = run("after@example.com", "");
    assert!(
        out.status.success(),
        "works again once space is freed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn full_export_target_leaves_no_half_batch_marks_nothing_and_recovers() {
    if !is_root() {
        cannot_run(
            "full export target",
            "mounting a small tmpfs needs root (CI runs as root)",
        );
        return;
    }
    let booth = Booth::new();
    let mut input = String::new();
    for i in 0..20 {
        input.push_str(&lead_line(
            &format!("usb{i}@example.com"),
            &"n".repeat(10_000),
        ));
        input.push('\n');
    }
    assert!(
        booth
            .run_with_stdin(&["leads", "add"], Some(input.as_bytes()))
            .status
            .success()
    );
    booth.ok(&["keys", "init"]);

    let usb = booth.dir.path().join("usb");
    // Room for the batch (about 520 KB since issue 18's manifest carries
    // every language's wording) once the filler is gone, not with it there.
    let Some(_fs) = Tmpfs::mount(&usb, "640k") else {
        panic!(
            "running as root but cannot mount a tmpfs at {}",
            usb.display()
        );
    };
    let filler = usb.join("holiday-photos.jpg");
    std::fs::write(&filler, vec![0u8; 300 * 1024]).unwrap();
    let free_when_full = available(&usb);

    let out = booth.run(&["export", "--out", usb.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "export to a full stick fails");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "one clear line: {err}");
    assert!(err.contains(usb.to_str().unwrap()), "names where: {err}");
    let left: Vec<_> = std::fs::read_dir(&usb)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        left,
        [std::ffi::OsString::from("holiday-photos.jpg")],
        "no half batch, no partial folder"
    );

    // Nothing was marked exported: once space is freed the same 20 leads go out.
    std::fs::remove_file(&filler).unwrap();
    let out = booth.run(&["export", "--out", usb.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let batch = crate::support::only_entry(&usb);
    let lines = std::fs::read_to_string(batch.join("leads.jsonl"))
        .unwrap()
        .lines()
        .count();
    assert_eq!(lines, 20);
    // The stick really was too small for this batch.
    let needed: u64 = std::fs::read_dir(&batch)
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    report(&format!(
        "full export target: a {needed}-byte batch refused with {free_when_full} bytes free: {}",
        err.trim()
    ));
    assert!(
        needed > free_when_full,
        "the batch ({needed} bytes) fitted in {free_when_full}: the stick was not full"
    );
    let pubkey = booth.data_dir().join("keys/device.pub");
    let v = booth.run(&[
        "verify",
        batch.to_str().unwrap(),
        "--pubkey",
        pubkey.to_str().unwrap(),
    ]);
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));
}

#[test]
fn personal_data_and_secrets_are_private_on_disk() {
    let booth = Booth::new();
    assert!(
        booth
            .run_with_stdin(
                &["leads", "add"],
                Some(lead_line("m@example.com", "").as_bytes())
            )
            .status
            .success()
    );
    booth.ok(&["keys", "init"]);
    let out_dir = booth.dir.path().join("out");
    std::fs::create_dir_all(&out_dir).unwrap();
    booth.ok(&["export", "--out", out_dir.to_str().unwrap()]);
    let mode = |p: &Path| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    };
    let data = booth.data_dir();
    // Hold a reader open so the WAL file exists while we look at it.
    let conn = rusqlite::Connection::open(data.join("leadbooth.sqlite3")).unwrap();
    conn.query_row("SELECT count(*) FROM leads", [], |r| r.get::<_, i64>(0))
        .unwrap();
    for f in [
        "leadbooth.sqlite3",
        "leadbooth.sqlite3-wal",
        "keys/device.key",
        "logs/leadbooth.log",
    ] {
        let p = data.join(f);
        if p.exists() {
            assert_eq!(mode(&p), 0o600, "{f}");
        } else {
            assert!(f.ends_with("-wal"), "{f} missing");
        }
    }
    for d in ["", "keys", "logs"] {
        assert_eq!(mode(&data.join(d)), 0o700, "{d:?}");
    }
    let batch = std::fs::read_dir(&out_dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert_eq!(mode(&batch), 0o700, "batch folder");
    for f in std::fs::read_dir(&batch).unwrap() {
        let p = f.unwrap().path();
        assert_eq!(mode(&p), 0o600, "{}", p.display());
    }
}

#[test]
fn sigkill_of_the_booth_around_a_save_loses_no_confirmed_lead() {
    use crate::support::tmux::{Tmux, booth_command};
    if !crate::support::have_tool("tmux") {
        return;
    }
    const KILLS: usize = 20;
    let mut rng = Rng::from_env("booth crash consistency");
    let booth = Booth::new();
    let db = booth.data_dir().join("leadbooth.sqlite3");
    let mut confirmed = BTreeSet::new();
    let mut saved_unseen = 0;
    // Sessions are kept to the end: killing the only session stops the tmux
    // server, and a new session started at that moment can fail.
    let mut sessions = Vec::new();
    for round in 0..KILLS {
        let t = Tmux::start(
            &format!("lb-kill{round}"),
            100,
            32,
            &booth_command(&booth, None, "--staff Sam"),
        );
        // The form's last line, not the header: a capture taken halfway
        // through the first frame can show the header without the recovery
        // question drawn below it (seen once: the typed name then went to it).
        // Since issue 11 the layered notice's heading is the last line at 100x32.
        let screen = t.wait_for("Before you choose: who we are and how we use your details");
        if screen.contains("Recover the unsaved lead") {
            // Answered as a person does, and only typed on once the question
            // has gone: "First name" shows behind the dialog, so waiting for
            // it proved nothing, and a "d" sent with the name at machine
            // speed is one burst, refused whole while the dialog is open.
            t.person_keys(&["d"]);
            t.wait_until("the recovery question to close", |s| {
                !s.contains("Recover the unsaved lead")
            });
        }
        let email = format!("kill{round}@example.com");
        t.type_text(&format!("Kill{round}"));
        t.person_keys(&["Tab", "Tab"]);
        t.type_text(&email);
        t.keys(&["C-s"]);
        t.wait_for("is required");
        t.person_keys(&["Space", "C-s"]);
        // Every fourth round the kill waits for the confirmation, so confirmed
        // saves are always among the kills; the others land at random.
        // What the screen showed before the kill counts as confirmed too: the
        // shell's "Killed" line after it scrolls the top rows away, and since
        // issue 11 "Saved." heads the receipt on the top rows.
        let before = if round % 4 == 0 {
            t.wait_for("Saved.")
        } else {
            std::thread::sleep(Duration::from_micros(rng.below(40_000)));
            t.screen()
        };
        let pid = std::fs::read_to_string(booth.data_dir().join("booth.lock")).unwrap();
        let killed = Command::new("kill")
            .args(["-KILL", pid.trim()])
            .status()
            .unwrap()
            .success();
        assert!(killed, "round {round}: the booth was still running");
        let screen = t.wait_for("EXITED");
        let (integrity, stored) = check_db(&db);
        // The receipt (its "You agreed to" line stays on screen) shows only
        // after a save is confirmed.
        if [&before, &screen]
            .iter()
            .any(|s| s.contains("Saved.") || s.contains("You agreed to"))
        {
            confirmed.insert(email);
        } else if stored.contains(&email) {
            saved_unseen += 1;
        }
        assert_eq!(integrity, "ok", "after kill {round}");
        let lost: Vec<_> = confirmed.difference(&stored).collect();
        assert!(
            lost.is_empty(),
            "confirmed leads lost after kill {round}: {lost:?}"
        );
        sessions.push(t);
    }
    drop(sessions);
    report(&format!(
        "crash consistency (booth in tmux): {KILLS} SIGKILLs, {} saves confirmed on screen before the kill, \
         {saved_unseen} saved but killed before the screen said so, 0 lost",
        confirmed.len()
    ));
    assert!(
        confirmed.len() >= KILLS / 4,
        "only {} confirmed saves: the kills prove nothing about them",
        confirmed.len()
    );
}
