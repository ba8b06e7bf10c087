//! The signed batch through the real binary on temporary data dirs: what the
//! standard tools say about it, the hash chain, key handling, file modes, and
//! failures that must leave nothing behind.

use std::path::Path;
use std::process::Command;

use crate::support::booth::{check_command, lead_lines};
use crate::support::{Booth, have_tool, mode, sha256_of};

fn manifest(folder: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(folder.join("manifest.json")).unwrap()).unwrap()
}

/// Runs export's printed check command in a shell, exactly as a user would paste it.
fn run_check_command(stdout: &str) {
    let cmd = check_command(stdout);
    let out = Command::new("sh").arg("-c").arg(&cmd).output().unwrap();
    assert!(
        out.status.success(),
        "{cmd}\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    for f in [
        "manifest.json",
        "leads.jsonl",
        "leads.csv",
        "erasures.jsonl",
    ] {
        assert!(stdout.contains(&format!("{f}: OK")), "{stdout}");
    }
}

fn entries(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn standard_tools_verify_a_batch_and_files_are_private() {
    if !have_tool("minisign") || !have_tool("sha256sum") {
        return;
    }
    let booth = Booth::new();
    booth.add(&lead_lines("std", 5));
    let out = booth.ok(&["export"]);
    assert!(out.contains("leads: 5  erasures: 0  seq: 1"), "{out}");
    run_check_command(&out);

    let folder = crate::support::booth::batch_folder(&out).unwrap();
    assert!(
        folder.starts_with(booth.data_dir().join("exports")),
        "default target"
    );
    // The same two tools, run step by step inside the folder as the README says.
    for (tool, args) in [
        (
            "minisign",
            vec!["-Vm", "SHA256SUMS", "-p", booth.pubkey().to_str().unwrap()],
        ),
        ("sha256sum", vec!["-c", "SHA256SUMS"]),
    ] {
        let st = Command::new(tool)
            .args(&args)
            .current_dir(&folder)
            .status()
            .unwrap();
        assert!(st.success(), "{tool} {args:?}");
    }
    let pk = booth.pubkey();
    booth.ok(&[
        "verify",
        folder.to_str().unwrap(),
        "--pubkey",
        pk.to_str().unwrap(),
    ]);

    assert_eq!(mode(&booth.keys()), 0o700);
    assert_eq!(mode(&booth.keys().join("device.key")), 0o600);
    assert_eq!(mode(&folder), 0o700);
    assert_eq!(
        entries(&folder),
        [
            "SHA256SUMS",
            "SHA256SUMS.minisig",
            "erasures.jsonl",
            "leads.csv",
            "leads.jsonl",
            "manifest.json",
            // Issue 11: the full text of every policy version the leads cite.
            "policies.jsonl"
        ]
    );
    for f in entries(&folder) {
        assert_eq!(mode(&folder.join(&f)), 0o600, "{f}");
    }
    assert_eq!(std::fs::read(folder.join("erasures.jsonl")).unwrap(), b"");
    let m = manifest(&folder);
    // Issue 11: format 2 carries policies.jsonl (was leadbooth-batch/1).
    // Issue 16: format 3 adds the questions' wording to the manifest (was /2).
    // Issue 18: format 4 carries leads of schema 3 (was /3).
    assert_eq!(m["format"], "leadbooth-batch/4");
    assert_eq!(
        m["questions"][0]["label"], "What brings you to the booth?",
        "{m}"
    );
    assert_eq!(m["lead_count"], 5);
    assert_eq!(m["erasure_count"], 0);
    assert_eq!(m["previous"], serde_json::Value::Null);
    // Issue 11: lead schema 2 (the complete consent record; was 1). Issue 18:
    // schema 3 (the language asked for beside the language shown; was 2).
    assert_eq!(m["lead_schema_version"], 3);
    let key_id = m["key_id"].as_str().unwrap();
    assert_eq!(key_id.len(), 16);
    assert!(booth.ok(&["keys", "show"]).contains(key_id));
    // minisign prints the key id the same way.
    let pub_text = booth.ok(&["keys", "pubkey"]);
    assert_eq!(pub_text, std::fs::read_to_string(booth.pubkey()).unwrap());
    assert!(pub_text.starts_with(&format!(
        "untrusted comment: minisign public key: {key_id}\n"
    )));
    let sig = std::fs::read_to_string(folder.join("SHA256SUMS.minisig")).unwrap();
    let device = m["device_id"].as_str().unwrap();
    let batch_id = m["batch_id"].as_str().unwrap();
    // Issue 11: the format named in the trusted comment is now /2; issue 16: /3;
    // issue 18: /4.
    assert!(sig.contains(&format!(
        "trusted comment: leadbooth-batch/4 batch_id={batch_id} event=demo-2026 device={device} seq=1 leads=5 erasures=0\n"
    )));
    assert_eq!(
        folder.file_name().unwrap().to_str().unwrap(),
        format!("demo-2026-{}-000001", &device.replace('-', "")[..8])
    );
    let sums = std::fs::read_to_string(folder.join("SHA256SUMS")).unwrap();
    let names: Vec<&str> = sums.lines().map(|l| &l[66..]).collect();
    assert_eq!(
        names,
        [
            "manifest.json",
            "leads.jsonl",
            "leads.csv",
            "erasures.jsonl",
            // Issue 11: the policy texts are summed (and so signed) too.
            "policies.jsonl"
        ]
    );
}

#[test]
fn passphrase_key_signs_batches_that_minisign_verifies() {
    if !have_tool("minisign") || !have_tool("sha256sum") {
        return;
    }
    let booth = Booth::new();
    let out = booth
        .cmd(&["keys", "init", "--passphrase"])
        .env("LEADBOOTH_KEY_PASSPHRASE", "correct horse battery")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("protection  passphrase"));
    booth.add(&lead_lines("enc", 3));

    let err = booth.fails(&["export"]);
    assert!(
        err.contains("is encrypted: set LEADBOOTH_KEY_PASSPHRASE"),
        "{err}"
    );
    let out = booth
        .cmd(&["export"])
        .env("LEADBOOTH_KEY_PASSPHRASE", "wrong")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrong passphrase for the device key"));
    assert!(
        !booth.data_dir().join("exports").exists()
            || entries(&booth.data_dir().join("exports")).is_empty()
    );

    let out = booth
        .cmd(&["export"])
        .env("LEADBOOTH_KEY_PASSPHRASE", "correct horse battery")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    run_check_command(&String::from_utf8(out.stdout).unwrap());
}

#[test]
fn export_creates_the_key_once_and_keys_init_refuses_to_replace_it() {
    if !have_tool("minisign") {
        return;
    }
    let booth = Booth::new();
    booth.add(&lead_lines("k", 1));
    let out = booth.run(&["export"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Created the device signing key"));
    let first = crate::support::booth::batch_folder(&String::from_utf8_lossy(&out.stdout)).unwrap();
    let old_pub = booth.dir.path().join("old.pub");
    std::fs::copy(booth.pubkey(), &old_pub).unwrap();

    let err = booth.fails(&["keys", "init"]);
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(booth.pubkey()).unwrap(),
        std::fs::read(&old_pub).unwrap()
    );

    let out = booth.run(&["keys", "init", "--force"]);
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("will no longer verify new batches"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    booth.add(&lead_lines("k2-", 1));
    let out = booth.run(&["export"]);
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("Created"),
        "key exists"
    );
    let second =
        crate::support::booth::batch_folder(&String::from_utf8_lossy(&out.stdout)).unwrap();

    let old = old_pub.to_str().unwrap();
    booth.ok(&["verify", first.to_str().unwrap(), "--pubkey", old]);
    let err = booth.fails(&["verify", second.to_str().unwrap(), "--pubkey", old]);
    assert!(err.contains("not by the given public key"), "{err}");
    let new = booth.pubkey();
    booth.ok(&[
        "verify",
        second.to_str().unwrap(),
        "--pubkey",
        new.to_str().unwrap(),
    ]);
    let st = Command::new("minisign")
        .args(["-Vm", "SHA256SUMS", "-p", old])
        .current_dir(&second)
        .output()
        .unwrap();
    assert!(
        !st.status.success(),
        "minisign agrees the old key does not verify"
    );
}

#[test]
fn three_exports_chain_and_nothing_new_writes_nothing() {
    let booth = Booth::new();
    let target = booth.dir.path().join("usb");
    std::fs::create_dir(&target).unwrap();
    let out_arg = ["--out", target.to_str().unwrap()];
    let none = booth.ok(&["export", "--out", target.to_str().unwrap()]);
    assert!(none.contains("Nothing to export"), "{none}");
    assert!(entries(&target).is_empty());

    booth.add(&lead_lines("a", 2));
    let b1 = booth.export(&out_arg);
    let again = booth.ok(&["export", "--out", target.to_str().unwrap()]);
    assert!(
        again.contains("Nothing new to export since batch 1")
            && again.contains("nothing was written"),
        "{again}"
    );
    assert_eq!(entries(&target).len(), 1, "nothing written");

    booth.add(&lead_lines("b", 1));
    let b2 = booth.export(&out_arg);
    let b3 = booth.export(&["--out", target.to_str().unwrap(), "--all"]);

    let (m1, m2, m3) = (manifest(&b1), manifest(&b2), manifest(&b3));
    assert_eq!([&m1["seq"], &m2["seq"], &m3["seq"]], [1, 2, 3]);
    assert_eq!(m1["previous"], serde_json::Value::Null);
    assert_eq!(m2["previous"], sha256_of(&b1.join("SHA256SUMS")));
    assert_eq!(m3["previous"], sha256_of(&b2.join("SHA256SUMS")));
    assert_eq!(
        [&m1["lead_count"], &m2["lead_count"], &m3["lead_count"]],
        [2, 1, 3]
    );
    assert_eq!([&m2["scope"], &m3["scope"]], ["incremental", "all"]);
    let b2_leads = std::fs::read_to_string(b2.join("leads.jsonl")).unwrap();
    assert!(b2_leads.contains("\"first_name\":\"b0\"") && !b2_leads.contains("\"a0\""));
    assert!(b3.ends_with(format!(
        "demo-2026-{}-000003",
        &m3["device_id"].as_str().unwrap().replace('-', "")[..8]
    )));
    let pk = booth.pubkey();
    for b in [&b1, &b2, &b3] {
        booth.ok(&[
            "verify",
            b.to_str().unwrap(),
            "--pubkey",
            pk.to_str().unwrap(),
        ]);
    }
    let again = booth.ok(&["export", "--out", target.to_str().unwrap()]);
    assert!(again.contains("since batch 3"), "{again}");
}

/// After a failed export: no folder (final or partial) in `target`, and the next
/// export to a good target is batch 1 with every lead.
fn assert_retry_exports_everything(booth: &Booth, n: u64) {
    let good = booth.dir.path().join("good");
    std::fs::create_dir_all(&good).unwrap();
    let folder = booth.export(&["--out", good.to_str().unwrap()]);
    let m = manifest(&folder);
    assert_eq!(m["seq"], 1, "the failed export recorded no batch");
    assert_eq!(
        m["lead_count"], n,
        "the failed export marked nothing exported"
    );
}

#[test]
fn export_to_a_missing_or_unwritable_target_fails_cleanly() {
    let booth = Booth::new();
    booth.add(&lead_lines("f", 4));
    let missing = booth.dir.path().join("unmounted/usb");
    let err = booth.fails(&["export", "--out", missing.to_str().unwrap()]);
    assert!(
        !err.contains("Created the device signing key"),
        "no key for a failed export: {err}"
    );
    booth.ok(&["keys", "init"]);
    let file = booth.dir.path().join("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    let cases = [
        (missing, "does not exist (is the USB stick mounted?)"),
        (file.join("usb"), "does not exist"),
        (file.clone(), "is not a folder"),
        // Not writable even for root.
        ("/proc".into(), "cannot create folder /proc/.demo-2026-"),
    ];
    for (target, message) in cases {
        let err = booth.fails(&["export", "--out", target.to_str().unwrap()]);
        assert!(err.contains(message), "{target:?}: {err}");
        assert!(err.contains("nothing was marked exported"), "{err}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
    }
    assert!(
        !booth.dir.path().join("unmounted").exists(),
        "a missing target is not created"
    );
    assert!(
        entries(Path::new("/proc"))
            .iter()
            .all(|e| !e.contains("demo-2026"))
    );
    assert_retry_exports_everything(&booth, 4);
}

#[test]
fn export_failing_mid_write_leaves_no_partial_folder() {
    let booth = Booth::new();
    // 200 leads with long notes: leads.jsonl outgrows the file-size limit below.
    let notes = "n".repeat(2000);
    let lines: String = (0..200)
        .map(|i| {
            crate::support::booth::lead_line(
                serde_json::json!({"first_name": format!("m{i}"), "email": "m@example.com", "notes": notes}),
                &[],
            ) + "\n"
        })
        .collect();
    booth.add(&lines);
    booth.ok(&["keys", "init"]);
    let target = booth.dir.path().join("stick");
    std::fs::create_dir(&target).unwrap();
    // A full USB stick, simulated: writes beyond 100 KiB fail with EFBIG
    // (SIGXFSZ ignored so the write returns an error instead of killing us).
    let out = Command::new("sh")
        .arg("-c")
        .arg(r#"trap "" XFSZ; ulimit -f 200; exec "$@""#)
        .arg("sh")
        .arg(booth.cmd(&[]).get_program())
        .args(booth.cmd(&[]).get_args())
        .args(["export", "--out", target.to_str().unwrap()])
        .envs(
            booth
                .cmd(&[])
                .get_envs()
                .filter_map(|(k, v)| v.map(|v| (k, v))),
        )
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("cannot write")
            && (err.contains("leads.jsonl") || err.contains("leads.csv"))
            && err.contains("File too large"),
        "{err}"
    );
    assert!(
        entries(&target).is_empty(),
        "left behind: {:?}",
        entries(&target)
    );
    assert_retry_exports_everything(&booth, 200);
}
