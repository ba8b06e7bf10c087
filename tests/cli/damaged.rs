//! A damaged database is not written to: a quick integrity check when the booth
//! or a writing command opens it; they refuse with a clear message and a way
//! out, while the reading commands and an export of what is readable keep
//! working and `doctor` says what to do. A read-only database still reads.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::booth::lead_lines;
use crate::support::{Booth, sha256_of, stderr};

fn database(booth: &Booth) -> PathBuf {
    booth.data_dir().join("leadbooth.sqlite3")
}

/// Overwrites the root page of the attendee table (a table no reading command
/// needs) with garbage: `PRAGMA quick_check` fails, the leads still read.
fn damage_one_page(db: &Path) {
    let (page_size, root): (i64, i64) = {
        let c = rusqlite::Connection::open(db).unwrap();
        let size = c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
        let root = c
            .query_row(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'attendees'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
        (size, root)
    };
    let mut bytes = std::fs::read(db).unwrap();
    let start = ((root - 1) * page_size) as usize;
    for b in &mut bytes[start..start + page_size as usize] {
        *b = 0xA5;
    }
    std::fs::write(db, bytes).unwrap();
    let c = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap();
    let check: String = c.query_row("PRAGMA quick_check", [], |r| r.get(0)).unwrap();
    assert_ne!(check, "ok", "the page is damaged");
}

#[test]
fn a_damaged_database_is_read_and_exported_but_never_written() {
    let booth = Booth::new();
    booth.add(&lead_lines("d", 5));
    let db = database(&booth);
    damage_one_page(&db);
    let before = sha256_of(&db);
    let lead = booth.leads();
    assert_eq!(lead.len(), 5, "reading commands work");
    let id = lead[0]["lead_id"].as_str().unwrap().to_owned();
    assert_eq!(sha256_of(&db), before);

    let csv = booth.dir.path().join("attendees.csv");
    std::fs::write(
        &csv,
        "badge_id,first_name,last_name,email,company,job_title,phone,country\nA-1,Ann,Lee,,,,,\n",
    )
    .unwrap();
    let add = booth.dir.path().join("more.jsonl");
    std::fs::write(&add, lead_lines("e", 1)).unwrap();
    let writers: [&[&str]; 7] = [
        &["leads", "add", add.to_str().unwrap()],
        &["leads", "erase", &id],
        &["leads", "withdraw", &id, "--purpose", "marketing_email"],
        &["leads", "purge"],
        &["attendees", "import", csv.to_str().unwrap()],
        &["keys", "init", "--force"],
        &[],
    ];
    for args in writers {
        let out = booth.run_with_stdin(args, Some(b"2468\n"));
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains("failed its integrity check")
                && err.contains("leadbooth doctor")
                && err.contains("leadbooth export"),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        assert_eq!(sha256_of(&db), before, "{args:?} wrote to the database");
    }
    booth.ok(&["leads", "show", &id]);

    // Export of what is readable: a verified batch, the database untouched.
    let usb = booth.dir.path().join("usb");
    std::fs::create_dir(&usb).unwrap();
    let out = booth.run(&["export", "--out", usb.to_str().unwrap()]);
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(out.status.success(), "{text}");
    assert!(text.contains("not recorded"), "{text}");
    assert_eq!(sha256_of(&db), before, "export wrote to the database");
    let batch = crate::support::only_entry(&usb);
    let pubkey = booth.pubkey();
    let ok = booth.ok(&[
        "verify",
        batch.to_str().unwrap(),
        "--pubkey",
        pubkey.to_str().unwrap(),
    ]);
    assert!(ok.contains("5 leads"), "{ok}");

    // Doctor says it is damaged and what to do.
    let out = booth.run(&["doctor"]);
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8_lossy(&out.stdout);
    let line = report
        .lines()
        .find(|l| l.contains("integrity"))
        .unwrap_or_default();
    assert!(
        line.starts_with("FAIL") && line.contains("leadbooth export") && line.contains("move"),
        "{report}"
    );
    assert_eq!(sha256_of(&db), before);
}

/// A read-only file system under `dir` (root: a tmpfs remounted read-only;
/// otherwise the folder and its files made read-only), undone on drop.
struct ReadOnly {
    dir: PathBuf,
    mounted: bool,
}

impl ReadOnly {
    /// Mounts a small tmpfs at `dir` when root (writable until `freeze`).
    fn prepare(dir: &Path) -> Self {
        std::fs::create_dir_all(dir).unwrap();
        let root = Command::new("id")
            .arg("-u")
            .output()
            .map(|o| o.stdout == b"0\n")
            .unwrap_or(false);
        let mounted = root
            && Command::new("mount")
                .args(["-t", "tmpfs", "-o", "size=16m", "tmpfs"])
                .arg(dir)
                .status()
                .is_ok_and(|s| s.success());
        if !mounted {
            eprintln!("not root: the read-only case uses file modes instead of a read-only mount");
        }
        ReadOnly {
            dir: dir.to_owned(),
            mounted,
        }
    }

    fn freeze(&self) {
        if self.mounted {
            let ok = Command::new("mount")
                .args(["-o", "remount,ro"])
                .arg(&self.dir)
                .status()
                .unwrap();
            assert!(ok.success());
        } else {
            chmod_all(&self.dir, true);
        }
    }
}

fn chmod_all(dir: &Path, read_only: bool) {
    use std::os::unix::fs::PermissionsExt;
    for e in walk(dir) {
        let is_dir = e.is_dir();
        let mode = match (is_dir, read_only) {
            (true, true) => 0o500,
            (true, false) => 0o700,
            (false, true) => 0o400,
            (false, false) => 0o600,
        };
        std::fs::set_permissions(&e, std::fs::Permissions::from_mode(mode)).unwrap();
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![dir.to_owned()];
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        if self.mounted {
            let _ = Command::new("umount").arg(&self.dir).status();
        } else {
            chmod_all(&self.dir, false);
        }
    }
}

#[test]
fn a_read_only_database_still_reads() {
    let booth = Booth::new();
    let mnt = booth.dir.path().join("ro");
    let fs = ReadOnly::prepare(&mnt);
    let data = mnt.join("data");
    let run = |args: &[&str]| {
        let mut c = crate::support::booth::clean_command(booth.dir.path());
        c.arg("--data-dir").arg(&data).args(args);
        c.stdin(std::process::Stdio::null());
        c.output().unwrap()
    };
    let input = booth.dir.path().join("in.jsonl");
    std::fs::write(&input, lead_lines("r", 3)).unwrap();
    assert!(
        run(&["leads", "add", input.to_str().unwrap()])
            .status
            .success()
    );
    fs.freeze();

    let out = run(&["leads", "list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
    let out = run(&["leads", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let first = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let out = run(&["leads", "show", &first]);
    assert!(out.status.success(), "{}", stderr(&out));

    let out = run(&["leads", "add", input.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("read-only") && err.contains("leadbooth.sqlite3"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// A file that might hold leads is never replaced by a new database (branch
/// i18nio saw a 1-byte `leadbooth.sqlite3` holding "x" silently replaced on
/// `leads list`: SQLite's unix layer takes a 1-byte file for an empty one).
/// Whatever its size — one byte, a few, a real database cut after its header,
/// after one page, after a few pages, or missing its last page — a reading and
/// a writing command refuse, naming the file, and leave it byte for byte.
#[test]
fn a_damaged_non_empty_file_is_never_replaced_by_a_new_database() {
    let source = Booth::new();
    source.add(&lead_lines("cut", 40));
    let db = database(&source);
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
    }
    let whole = std::fs::read(&db).unwrap();
    assert!(whole.len() >= 8 * 4096, "{}", whole.len());
    let cuts: Vec<(String, Vec<u8>)> = vec![
        ("1 byte \"x\"".into(), b"x".to_vec()),
        ("1 NUL byte".into(), vec![0]),
        ("2 bytes".into(), b"xy".to_vec()),
        ("its first byte".into(), whole[..1].to_vec()),
        ("its 100-byte header".into(), whole[..100].to_vec()),
        ("its first page".into(), whole[..4096].to_vec()),
        ("its first 3 pages".into(), whole[..3 * 4096].to_vec()),
        (
            "all but its last page".into(),
            whole[..whole.len() - 4096].to_vec(),
        ),
    ];
    let more = source.dir.path().join("more.jsonl");
    std::fs::write(&more, lead_lines("more", 1)).unwrap();
    for (what, bytes) in &cuts {
        for args in [
            vec!["leads", "list"],
            vec!["leads", "add", more.to_str().unwrap()],
        ] {
            let booth = Booth::new();
            std::fs::create_dir_all(booth.data_dir()).unwrap();
            let db = database(&booth);
            std::fs::write(&db, bytes).unwrap();
            let out = booth.run(&args);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{what} {args:?}: {err}");
            assert!(
                err.contains(&db.display().to_string())
                    && (err.contains("is damaged or is not a leadbooth database")
                        || err.contains("failed its integrity check")),
                "{what} {args:?}: {err}"
            );
            assert_eq!(
                std::fs::read(&db).unwrap(),
                *bytes,
                "{what} {args:?}: the file was changed"
            );
            if bytes == b"x" {
                assert_eq!(
                    err,
                    format!(
                        "leadbooth: error: database {} is damaged or is not a leadbooth database (file is not a database); it was left untouched — keep a copy and run `leadbooth doctor`\n",
                        db.display()
                    )
                );
            }
        }
    }
}

/// A database emptied or gone while its `-wal` still holds what was saved
/// since the last checkpoint: SQLite, opening the empty file, deletes the
/// write-ahead log and makes a new database (seen: a 16 512-byte `-wal`
/// deleted by `leads list`). Both commands refuse, naming the file and its
/// log, and leave both as they were.
#[test]
fn an_empty_database_beside_its_write_ahead_log_is_not_replaced() {
    let source = Booth::new();
    source.add(&lead_lines("wal", 3));
    let db = database(&source);
    let wal = {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch(
            "PRAGMA wal_autocheckpoint = 0; UPDATE leads SET company = 'Saved since the checkpoint';",
        )
        .unwrap();
        // Read while the connection is open: closing it checkpoints the log.
        let mut wal = db.as_os_str().to_owned();
        wal.push("-wal");
        std::fs::read(wal).unwrap()
    };
    assert!(!wal.is_empty());
    let more = source.dir.path().join("more.jsonl");
    std::fs::write(&more, lead_lines("more", 1)).unwrap();
    for main in [Some(Vec::new()), None] {
        for args in [
            vec!["leads", "list"],
            vec!["leads", "add", more.to_str().unwrap()],
        ] {
            let booth = Booth::new();
            std::fs::create_dir_all(booth.data_dir()).unwrap();
            let db = database(&booth);
            let log = booth.data_dir().join("leadbooth.sqlite3-wal");
            if let Some(bytes) = &main {
                std::fs::write(&db, bytes).unwrap();
            }
            std::fs::write(&log, &wal).unwrap();
            let out = booth.run(&args);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{main:?} {args:?}: {err}");
            let state = if main.is_some() { "empty" } else { "missing" };
            assert_eq!(
                err,
                format!(
                    "leadbooth: error: database {} is damaged or is not a leadbooth database (the file is {state}, but its write-ahead log {} holds {} bytes that may be leads); it was left untouched — keep a copy and run `leadbooth doctor`\n",
                    db.display(),
                    log.display(),
                    wal.len()
                ),
                "{args:?}"
            );
            assert_eq!(std::fs::read(&log).unwrap(), wal, "{state} {args:?}");
            assert_eq!(std::fs::read(&db).ok(), main, "{state} {args:?}");
        }
    }
}
