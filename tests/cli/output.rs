//! One output path to the terminal: every name, path and field the command line
//! prints is sanitised (controls, C1, bidi and zero-width characters made
//! visible), and JSON output escapes C1 and bidi controls. Checked on the bytes
//! of stdout and stderr, with a batch folder renamed to hold escape sequences and
//! a carriage return, and with every path option pointing into such a folder.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::support::booth::lead_line;
use crate::support::central::{Central, Laptop, Sqlite};
use crate::support::{Booth, copy_dir, stderr};
use serde_json::json;

/// Folder names an attacker with a writable USB stick could give a batch.
const HOSTILE: [&str; 8] = [
    "esc-\u{1b}[31mred",
    "csi-\u{9b}2J",
    "osc-\u{1b}]0;owned\u{7}",
    "cr-\rSummary: 99 batches imported",
    "c1-\u{85}next-line",
    "rlo-\u{202e}gpj.exe",
    "zwsp-\u{200b}hidden",
    "bel-\u{7}-del-\u{7f}",
];

/// What no byte stream printed to a terminal may hold: C0 controls other than
/// LF (ESC, BEL, CR ...), DEL, C1 controls, bidi controls, zero-width characters.
fn unsafe_at(bytes: &[u8]) -> Option<(usize, String)> {
    let text = String::from_utf8_lossy(bytes);
    let mut offset: usize = 0;
    for c in text.chars() {
        let bad = (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
            || matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}');
        if bad {
            let start = offset.saturating_sub(20);
            let end = (offset + 20).min(text.len());
            let around: String = text
                .get(start..end)
                .unwrap_or("")
                .escape_debug()
                .to_string();
            return Some((offset, format!("U+{:04X} around {around}", c as u32)));
        }
        offset += c.len_utf8();
    }
    None
}

fn assert_clean(out: &Output, what: &str) {
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        if let Some((at, detail)) = unsafe_at(bytes) {
            panic!(
                "{what}: {stream} byte {at}: {detail}\n{}",
                String::from_utf8_lossy(bytes).escape_debug()
            );
        }
    }
}

/// A folder whose name holds ESC, an OSC, a CR, a C1 control and an RLO, under
/// `parent` (created).
fn hostile_dir(parent: &Path, stem: &str) -> PathBuf {
    let dir = parent.join(format!("{stem}-\u{1b}]0;t\u{7}\r\u{9b}\u{202e}\u{200b}end"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn verify_and_import_print_hostile_batch_folder_names_made_visible() {
    let (laptop, genuine) = Laptop::with_one_batch();
    let stick = laptop.booth.dir.path().join("stick");
    let copies: Vec<PathBuf> = HOSTILE
        .iter()
        .map(|name| {
            let dir = stick.join(name);
            copy_dir(&genuine, &dir);
            dir
        })
        .collect();
    let pubkey = laptop.pubkey();
    for dir in &copies {
        let out = laptop.booth.run(&[
            "verify",
            dir.to_str().unwrap(),
            "--pubkey",
            pubkey.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_clean(&out, &format!("verify {dir:?}"));
        assert!(
            String::from_utf8_lossy(&out.stdout).contains('\u{FFFD}'),
            "the control is shown as a visible mark"
        );
    }

    let central = Central::new(&Sqlite);
    central.trust_laptop(&laptop, "sam");
    let dirs: Vec<&Path> = copies.iter().map(PathBuf::as_path).collect();
    // The first copy imports, the rest are the same batch: skipped.
    let out = central.import(&dirs, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_clean(&out, "import (imported and skipped lines)");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("imported ") && text.contains("skipped "),
        "{text}"
    );
    assert!(
        text.lines()
            .last()
            .unwrap()
            .starts_with("Summary: 1 batch imported, 7 skipped"),
        "a CR cannot overwrite the summary: {text:?}"
    );

    // A refused batch with a hostile name, on stderr.
    let bad = stick
        .join(HOSTILE[3])
        .with_file_name(HOSTILE[0].to_owned() + "-bad");
    copy_dir(&genuine, &bad);
    std::fs::write(bad.join("leads.csv"), "tampered\r\n").unwrap();
    let out = central.import(&[&bad], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_clean(&out, "import (refused line)");
    assert!(stderr(&out).contains("refused batch"), "{}", stderr(&out));
    let out = laptop.booth.run(&[
        "verify",
        bad.to_str().unwrap(),
        "--pubkey",
        pubkey.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_clean(&out, "verify (refused)");
}

#[test]
fn every_path_option_is_printed_made_visible() {
    let booth = Booth::new();
    let base = booth.dir.path().join("hostile");
    std::fs::create_dir_all(&base).unwrap();
    let data = hostile_dir(&base, "data");
    let run = |args: &[&str]| -> Output {
        let mut c = crate::support::booth::clean_command(booth.dir.path());
        c.arg("--data-dir").arg(&data).args(args);
        c.stdin(std::process::Stdio::null());
        c.output().unwrap()
    };
    let path = |p: &Path| p.to_str().unwrap().to_owned();
    // `expect_ok`: whether it must succeed (`None`: either).
    let check = |args: &[String], expect_ok: Option<bool>| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&args);
        if let Some(ok) = expect_ok {
            assert_eq!(
                out.status.success(),
                ok,
                "{args:?}: {}",
                stderr(&out).escape_debug()
            );
        }
        assert_clean(&out, &format!("{args:?}"));
        out
    };

    // leads add FILE (the file's folder is hostile too).
    let input = hostile_dir(&base, "input").join("leads\u{1b}[2J.jsonl");
    std::fs::write(
        &input,
        lead_line(
            json!({"first_name": "Ann", "email": "ann@example.com"}),
            &[],
        ) + "\n",
    )
    .unwrap();
    check(&["leads".into(), "add".into(), path(&input)], Some(true));
    check(
        &[
            "leads".into(),
            "add".into(),
            path(&input.with_extension("missing")),
        ],
        Some(false),
    );

    // keys init prints the key files under the hostile data dir.
    check(&["keys".into(), "init".into()], Some(true));
    check(&["keys".into(), "show".into()], Some(true));

    // export --out DIR prints the batch folder and the check command.
    let out_dir = hostile_dir(&base, "out");
    let out = check(
        &["export".into(), "--out".into(), path(&out_dir)],
        Some(true),
    );
    let batch = crate::support::only_entry(&out_dir);
    assert!(String::from_utf8_lossy(&out.stdout).contains("written to"));
    check(
        &[
            "export".into(),
            "--all".into(),
            "--out".into(),
            path(&base.join("gone\u{1b}[1m")),
        ],
        Some(false),
    );

    // verify --pubkey FILE.
    let pubkey = hostile_dir(&base, "keys").join("device\u{9b}.pub");
    std::fs::copy(data.join("keys/device.pub"), &pubkey).unwrap();
    check(
        &[
            "verify".into(),
            path(&batch),
            "--pubkey".into(),
            path(&pubkey),
        ],
        Some(true),
    );
    let junk = pubkey.with_file_name("junk\u{1b}[2J.pub");
    std::fs::write(&junk, "not a key\n").unwrap();
    check(
        &[
            "verify".into(),
            path(&batch),
            "--pubkey".into(),
            path(&junk),
        ],
        Some(false),
    );

    // import --trust DIR --into FILE --csv OUT.
    let trust = hostile_dir(&base, "trust");
    std::fs::copy(&pubkey, trust.join("booth.pub")).unwrap();
    let into = hostile_dir(&base, "central").join("central\u{1b}]0;x\u{7}.sqlite3");
    let csv = hostile_dir(&base, "crm").join("contacts\r\u{202e}.csv");
    let out = check(
        &[
            "import".into(),
            path(&batch),
            "--trust".into(),
            path(&trust),
            "--into".into(),
            path(&into),
            "--csv".into(),
            path(&csv),
        ],
        Some(true),
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("1 contact in ") && text.contains("written to"),
        "{text}"
    );
    let empty_trust = hostile_dir(&base, "empty-trust");
    check(
        &[
            "import".into(),
            path(&batch),
            "--trust".into(),
            path(&empty_trust),
            "--into".into(),
            path(&into),
        ],
        Some(false),
    );

    // policy qr --svg FILE / --png FILE.
    let signage = hostile_dir(&base, "signage");
    check(
        &[
            "policy".into(),
            "qr".into(),
            "--svg".into(),
            path(&signage.join("qr\u{1b}[5m.svg")),
            "--png".into(),
            path(&signage.join("qr\u{85}.png")),
        ],
        Some(true),
    );

    // attendees import FILE.
    let attendees = hostile_dir(&base, "reg").join("list\u{1b}[8m.csv");
    std::fs::write(
        &attendees,
        "badge_id,first_name,last_name,email,company,job_title,phone,country\nA-1,Ann,Lee,,,,,\n",
    )
    .unwrap();
    check(
        &["attendees".into(), "import".into(), path(&attendees)],
        Some(true),
    );

    // --config FILE: doctor names it, and a broken one is named in the error.
    let config = hostile_dir(&base, "conf").join("event\u{1b}[31m.toml");
    std::fs::write(&config, "[event]\nid = \"x\"\n").unwrap();
    check(
        &["--config".into(), path(&config), "doctor".into()],
        Some(false),
    );
    check(
        &[
            "--config".into(),
            path(&config),
            "leads".into(),
            "list".into(),
        ],
        Some(false),
    );
    check(&["doctor".into()], None);
    check(&["doctor".into(), "--json".into()], None);
    check(&["leads".into(), "list".into()], Some(true));
}

#[test]
fn json_output_escapes_c1_bidi_and_invisible_characters() {
    let booth = Booth::new();
    // C1 controls cannot enter a single-line field (they are refused as
    // controls); the notes may hold them.
    let company = "Acme \u{202e}evil\u{2066} \u{200b}\u{2028}x";
    let notes = "line one\nline\u{202e} two \u{9b}31m \u{85}";
    booth.add(
        &(lead_line(
            json!({"first_name": "Ann", "email": "ann@example.com", "company": company,
                   "notes": notes}),
            &[],
        ) + "\n"),
    );
    let list = booth.run(&["leads", "list", "--json"]);
    assert!(list.status.success());
    assert_clean(&list, "leads list --json");
    let v: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(v["company"], company, "escaped, not changed");
    assert_eq!(v["notes"], notes);
    let id = v["lead_id"].as_str().unwrap();
    let show = booth.run(&["leads", "show", id, "--json"]);
    assert_clean(&show, "leads show --json");
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&show.stdout).unwrap(),
        v
    );
    for args in [&["leads", "list"][..], &["leads", "show", id][..]] {
        let out = booth.run(args);
        assert!(out.status.success());
        assert_clean(&out, &format!("{args:?}"));
    }
    // The batch's leads.jsonl holds the same bytes `leads list --json` prints.
    let batch = booth.export(&[]);
    assert_eq!(
        std::fs::read(batch.join("leads.jsonl")).unwrap(),
        list.stdout
    );
}

/// The command line writes to the terminal in one place (`src/cli/out.rs`):
/// no other file under `src/cli` prints on its own.
#[test]
fn no_command_prints_around_the_one_output_path() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cli");
    let mut found = Vec::new();
    let mut files = vec![root.with_extension("rs")];
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    for file in files {
        if file.file_name().is_some_and(|n| n == "out.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for raw in [
                "println!",
                "print!(",
                "eprintln!",
                "eprint!(",
                "io::stdout()",
                "io::stderr()",
                "writeln!(",
                "write!(",
            ] {
                if code.contains(raw) {
                    found.push(format!("{}:{}: {}", file.display(), i + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "print through cli::out instead:\n{}",
        found.join("\n")
    );
}
