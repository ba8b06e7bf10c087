//! Encrypted batches with the real tools: `age -d` gives back today's signed
//! batch, which `minisign` and `sha256sum -c` verify; `leadbooth verify
//! --identity` checks it; every kind of damage is refused with its own message
//! and leaves no plaintext behind; plaintext is written only on purpose.

use std::path::Path;
use std::process::Command;

use crate::support::booth::{check_command, lead_lines};
use crate::support::sealed::{Office, age_untar, encrypting_booth, sealed_file, three};
use crate::support::{have_tool, mode, stderr};

fn sh(cmd: &str, dir: &Path) -> std::process::Output {
    Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn tools() -> bool {
    ["age", "minisign", "sha256sum", "tar"]
        .iter()
        .all(|t| have_tool(t))
}

#[test]
fn age_gives_back_todays_signed_batch_which_the_standard_tools_verify() {
    if !tools() {
        return;
    }
    let (office, second) = (Office::new(), Office::new());
    let booth = encrypting_booth(&[&office.recipient, &second.recipient]);
    booth.add(&lead_lines("sealed", 7));
    let out = booth.ok(&["export"]);
    let file = sealed_file(&out);
    assert!(out.contains("encrypted to 2 recipients: "), "{out}");
    assert!(
        out.contains(&office.recipient) && out.contains(&second.recipient),
        "{out}"
    );

    // The local copy in the data dir is the encrypted form only: three files, 0600.
    let exports = booth.data_dir().join("exports");
    let mut names: Vec<String> = std::fs::read_dir(&exports)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // Beside them, as F5 writes it, the device's public key (public, 0644).
    let key = names.pop().unwrap();
    assert!(key.starts_with("device-") && key.ends_with(".pub"), "{key}");
    assert_eq!(mode(&exports.join(&key)), 0o644);
    let stem = file.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(
        names,
        [
            stem.clone(),
            format!("{stem}.minisig"),
            format!("{stem}.sha256")
        ]
    );
    for f in three(&file) {
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
    // No lead's plaintext anywhere on the laptop but the database; staging is empty.
    let staging = booth.data_dir().join("staging");
    assert_eq!(std::fs::read_dir(&staging).unwrap().count(), 0);
    let leak = sh(
        "grep -rl --exclude='leadbooth.sqlite3*' sealed3@example.com . || true",
        &booth.data_dir(),
    );
    assert_eq!(
        String::from_utf8_lossy(&leak.stdout),
        "",
        "plaintext on disk"
    );

    // Arrived intact, checked without the identity: the command export printed.
    let check = check_command(&out);
    assert!(
        check.contains("sha256sum -c") && check.contains("minisign -Vm"),
        "{check}"
    );
    let o = sh(&check, Path::new("/"));
    assert!(o.status.success(), "{check}: {}", stderr(&o));

    // Each recipient decrypts it with `age -d`; the result is the batch folder.
    for (who, o) in [("office", &office), ("second", &second)] {
        let dir = o.dir.path().join("opened");
        let r = age_untar(&file, &o.identity, &dir);
        assert!(r.status.success(), "{who}: {}", stderr(&r));
        let folder = dir.join(stem.trim_end_matches(".tar.age"));
        let mut files: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        assert_eq!(
            files,
            [
                "SHA256SUMS",
                "SHA256SUMS.minisig",
                "erasures.jsonl",
                "leads.csv",
                "leads.jsonl",
                "manifest.json",
                // Issue 11: the full text of every policy version cited.
                "policies.jsonl"
            ]
        );
        let pubkey = booth.pubkey();
        let check = format!(
            "minisign -Vm SHA256SUMS -p '{}' && sha256sum -c SHA256SUMS",
            pubkey.display()
        );
        let v = sh(&check, &folder);
        assert!(v.status.success(), "{who}: {}", stderr(&v));
        // Byte for byte what the booth holds: leads.jsonl is `leads list --json`.
        let listed = booth.ok(&["leads", "list", "--json"]);
        assert_eq!(
            std::fs::read_to_string(folder.join("leads.jsonl")).unwrap(),
            listed
        );
        assert_eq!(mode(&folder), 0o700);
        // And the plain folder verifies with leadbooth too.
        booth.ok(&[
            "verify",
            folder.to_str().unwrap(),
            "--pubkey",
            pubkey.to_str().unwrap(),
        ]);
    }

    // leadbooth verify --identity: OK, and no plaintext left in the temp dir.
    let v = office.verify(&file, &booth.pubkey(), &office.identity);
    assert!(v.status.success(), "{}", stderr(&v));
    let said = String::from_utf8_lossy(&v.stdout);
    assert!(
        said.starts_with("OK ") && said.contains("7 leads"),
        "{said}"
    );
    assert_eq!(office.tmp_entries(), Vec::<String>::new());
    // Without --identity it says what to give, and how to check it meanwhile.
    let e = booth.fails(&[
        "verify",
        file.to_str().unwrap(),
        "--pubkey",
        booth.pubkey().to_str().unwrap(),
    ]);
    assert!(
        e.contains("--identity") && e.contains("sha256sum -c"),
        "{e}"
    );
}

#[test]
fn damage_wrong_identity_and_swapped_signatures_each_have_their_own_message() {
    if !tools() {
        return;
    }
    let office = Office::new();
    let stranger = Office::new();
    let booth = encrypting_booth(&[&office.recipient]);
    booth.add(&lead_lines("one", 3));
    let first = sealed_file(&booth.ok(&["export"]));
    booth.add(&lead_lines("two", 2));
    let second = sealed_file(&booth.ok(&["export"]));
    let pubkey = booth.pubkey();
    let len = std::fs::metadata(&first).unwrap().len() as usize;

    type Damage = Box<dyn Fn(&Path)>;
    let cases: Vec<(&str, Damage, bool, &str)> = vec![
        (
            "flipped byte",
            Box::new(move |f| {
                let mut b = std::fs::read(f).unwrap();
                b[len / 2] ^= 0x01;
                std::fs::write(f, b).unwrap();
            }),
            false,
            "was altered: it has the signed length but not the signed SHA-256",
        ),
        (
            "truncated",
            Box::new(move |f| {
                let b = std::fs::read(f).unwrap();
                std::fs::write(f, &b[..len - 100]).unwrap();
            }),
            false,
            "is truncated",
        ),
        (
            "appended",
            Box::new(|f| {
                let mut b = std::fs::read(f).unwrap();
                b.extend_from_slice(b"more");
                std::fs::write(f, b).unwrap();
            }),
            false,
            "something was appended",
        ),
        (
            "wrong identity",
            Box::new(|_| {}),
            true,
            "is not encrypted to the identity",
        ),
        (
            "swapped signature",
            Box::new({
                let other = three(&second)[2].clone();
                move |f| {
                    std::fs::copy(&other, three(f)[2].clone()).unwrap();
                }
            }),
            false,
            "the signature was swapped",
        ),
        (
            "altered ciphertext with its checksum and trusted comment made to match",
            Box::new(move |f| {
                use sha2::Digest as _;
                let old = hex::encode(sha2::Sha256::digest(std::fs::read(f).unwrap()));
                let mut b = std::fs::read(f).unwrap();
                b[len / 2] ^= 0x01;
                std::fs::write(f, &b).unwrap();
                let new = hex::encode(sha2::Sha256::digest(&b));
                for side in [three(f)[1].clone(), three(f)[2].clone()] {
                    let t = std::fs::read_to_string(&side).unwrap();
                    assert!(t.contains(&old), "{}: {t}", side.display());
                    std::fs::write(&side, t.replace(&old, &new)).unwrap();
                }
            }),
            false,
            "was changed after the booth signed it",
        ),
        (
            "altered checksum file",
            Box::new(|f| {
                let p = three(f)[1].clone();
                let t = std::fs::read_to_string(&p).unwrap();
                let flipped = if t.starts_with('0') { "1" } else { "0" };
                std::fs::write(&p, format!("{flipped}{}", &t[1..])).unwrap();
            }),
            false,
            "does not match the signed checksum",
        ),
        (
            "missing signature",
            Box::new(|f| std::fs::remove_file(three(f)[2].clone()).unwrap()),
            false,
            "an encrypted batch is three files",
        ),
    ];
    // Said in the staff language too (issue 18, branch i18nlast).
    let german = [
        ("truncated", "ist abgeschnitten: die Datei hat"),
        (
            "missing signature",
            "ein verschlüsselter Stapel besteht aus drei Dateien",
        ),
        (
            "altered checksum file",
            "passt nicht zur signierten Prüfsumme",
        ),
    ];
    let mut seen = Vec::new();
    for (what, damage, wrong_identity, message) in cases {
        let copy = office.dir.path().join(format!("case-{}", seen.len()));
        std::fs::create_dir_all(&copy).unwrap();
        let file = copy.join(first.file_name().unwrap());
        for (from, to) in three(&first).iter().zip(three(&file)) {
            std::fs::copy(from, to).unwrap();
        }
        damage(&file);
        let identity = if wrong_identity {
            &stranger.identity
        } else {
            &office.identity
        };
        let out = office.verify(&file, &pubkey, identity);
        let err = stderr(&out);
        assert!(!out.status.success(), "{what}: accepted");
        assert!(err.contains(message), "{what}: {err}");
        assert_eq!(
            office.tmp_entries(),
            Vec::<String>::new(),
            "{what}: plaintext left"
        );
        if let Some((_, said)) = german.iter().find(|(w, _)| *w == what) {
            let err = stderr(&office.verify_in("de_DE.UTF-8", &file, &pubkey, identity));
            assert!(err.contains(said), "{what}: {err}");
            assert!(!err.contains(message), "{what}: left in English: {err}");
        }
        seen.push(err);
    }
    let distinct: std::collections::BTreeSet<_> = seen.iter().collect();
    assert_eq!(distinct.len(), seen.len(), "{seen:#?}");
}

#[test]
fn plaintext_is_written_only_on_purpose_and_never_kept_on_the_laptop() {
    if !tools() {
        return;
    }
    let office = Office::new();
    let booth = encrypting_booth(&[&office.recipient]);
    booth.add(&lead_lines("plain", 2));

    // --plaintext into the data dir's exports/: refused, nothing written or marked.
    let e = booth.fails(&["export", "--plaintext"]);
    assert!(e.contains("refusing to write a plain-text batch"), "{e}");
    let exports = booth.data_dir().join("exports");
    assert_eq!(
        std::fs::read_dir(&exports).map(|d| d.count()).unwrap_or(0),
        0
    );

    // To removable media it is written, with a warning, and recorded.
    let usb = booth.dir.path().join("usb");
    std::fs::create_dir_all(&usb).unwrap();
    let out = booth
        .cmd(&["export", "--plaintext", "--out", usb.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("NOT encrypted"), "{}", stderr(&out));
    let folder =
        crate::support::booth::batch_folder(&String::from_utf8_lossy(&out.stdout)).unwrap();
    assert!(folder.join("leads.jsonl").is_file());
    let audit: String = rusqlite::Connection::open(booth.data_dir().join("leadbooth.sqlite3"))
        .unwrap()
        .query_row("SELECT group_concat(action, ',') FROM audit_log", [], |r| {
            r.get::<_, Option<String>>(0)
        })
        .unwrap()
        .unwrap_or_default();
    assert!(audit.contains("batch_exported_plaintext"), "{audit}");

    // Without --plaintext the next batch is encrypted, wherever it goes.
    booth.add(&lead_lines("after", 1));
    let out = booth.ok(&["export", "--out", usb.to_str().unwrap()]);
    sealed_file(&out);
}
