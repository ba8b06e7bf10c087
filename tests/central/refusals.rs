//! What the central import refuses, and that a refused batch leaves nothing
//! behind: an unknown key, a tampered batch (also one changed between
//! verification and import), a gap (and with --allow-gaps: recorded, then
//! filled), a fork.

use std::path::{Path, PathBuf};

use crate::support::central::{Central, Laptop, Sqlite, backends, id, lead};
use crate::support::stderr;
use leadbooth::import::{self, Options, Outcome, Progress, Refusal, Trust};
use serde_json::json;

fn key_id(batch: &Path) -> String {
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(batch.join("manifest.json")).unwrap()).unwrap();
    m["key_id"].as_str().unwrap().to_owned()
}

fn one_lead(laptop: &Laptop, n: u32, name: &str) {
    laptop.add(&[lead(
        &id(n),
        name,
        "Test",
        &format!("{name}@example.com"),
        "10:00",
        &["policy_ack"],
        json!({}),
    )]);
}

/// Copies a laptop's data dir: a second machine with the same device id and key
/// (a restored backup, a copied disk).
fn clone(laptop: &Laptop) -> Laptop {
    let twin = Laptop::new(laptop.staff);
    let status = std::process::Command::new("cp")
        .arg("-a")
        .arg(laptop.booth.data_dir())
        .arg(twin.booth.data_dir())
        .status()
        .unwrap();
    assert!(status.success());
    twin
}

#[test]
fn a_batch_signed_by_an_unknown_key_is_refused_naming_the_key() {
    let known = Laptop::new("Sam");
    let stranger = Laptop::new("Eve");
    one_lead(&known, 1, "known");
    one_lead(&stranger, 2, "stranger");
    let good = known.export();
    let bad = stranger.export();
    for backend in backends() {
        let central = Central::new(&*backend);
        central.trust_laptop(&known, "known");

        let out = central.import(&[&bad, &good], &[]);
        assert_eq!(out.status.code(), Some(1), "any refusal exits 1");
        let err = stderr(&out);
        let kid = key_id(&bad);
        assert!(
            err.contains(&format!("refused batch {}", bad.display()))
                && err.contains(&format!("signed by key {kid}, which is not trusted")),
            "{err}"
        );
        // The good batch was imported all the same.
        assert!(String::from_utf8_lossy(&out.stdout).contains("1 batch imported"));
        assert_eq!(central.count("batches"), 1);
        assert_eq!(central.count("source_leads"), 1);
    }
}

#[test]
fn a_batch_imported_before_and_tampered_since_is_refused_not_skipped() {
    // The import reads leads.jsonl in the transaction that merges it; a batch
    // already imported is not merged again, but its leads are still held to
    // verification: a copy changed since is reported as damaged (as when every
    // batch was verified whole before its import), not quietly skipped. So is
    // one that a fork refuses before its leads are read.
    let laptop = Laptop::new("Sam");
    one_lead(&laptop, 1, "honest");
    let batch = laptop.export();
    for backend in backends() {
        let central = Central::new(&*backend);
        central.trust_laptop(&laptop, "sam");
        central.import_ok(&[&batch], &[]);
        let copy = tempfile::tempdir().unwrap();
        let tampered = copy.path().join(batch.file_name().unwrap());
        std::fs::create_dir(&tampered).unwrap();
        for f in std::fs::read_dir(&batch).unwrap() {
            let f = f.unwrap();
            std::fs::copy(f.path(), tampered.join(f.file_name())).unwrap();
        }
        let text = std::fs::read_to_string(tampered.join("leads.jsonl")).unwrap();
        std::fs::write(
            tampered.join("leads.jsonl"),
            text.replace("honest", "forged"),
        )
        .unwrap();
        let out = central.import(&[&tampered], &[]);
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(
            err.contains("failed verification")
                && err.contains("leads.jsonl does not match its checksum"),
            "{err}"
        );
        assert!(central.import_ok(&[&batch], &[]).contains("skipped"));
        assert_eq!(central.count("batches"), 1);
    }
}

#[test]
fn a_tampered_batch_is_refused_and_nothing_of_it_is_written() {
    let laptop = Laptop::new("Sam");
    one_lead(&laptop, 1, "honest");
    let batch = laptop.export();
    let text = std::fs::read_to_string(batch.join("leads.jsonl")).unwrap();
    std::fs::write(batch.join("leads.jsonl"), text.replace("honest", "forged")).unwrap();
    for backend in backends() {
        let central = Central::new(&*backend);
        central.trust_laptop(&laptop, "sam");

        let out = central.import(&[&batch], &[]);
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(
            err.contains("failed verification")
                && err.contains("leads.jsonl does not match its checksum"),
            "{err}"
        );
        for table in ["batches", "devices", "contacts", "source_leads"] {
            assert_eq!(central.count(table), 0, "{table}");
        }
    }
}

/// `leads.jsonl` was refused by the import's one read of it: its bytes no
/// longer match the signed `SHA256SUMS`.
fn leads_checksum_refused(outcome: &Outcome) -> bool {
    matches!(outcome, Outcome::Refused(Refusal::Verify(leadbooth::batch::VerifyError::Checksum { path, .. })) if path.ends_with("leads.jsonl"))
}

#[test]
fn a_batch_changed_after_verification_is_refused_inside_its_transaction() {
    // The batch is changed on disk during the test: fresh batches per backend.
    // Its other files are verified first; leads.jsonl is verified in the one
    // read that merges it, inside the transaction: a line changed before that
    // read (the same length, still a valid lead) is merged, then the file's
    // SHA-256 does not match SHA256SUMS and the transaction is rolled back.
    for backend in backends() {
        let laptop = Laptop::new("Sam");
        one_lead(&laptop, 1, "first");
        let b1 = laptop.export();
        one_lead(&laptop, 2, "second");
        let b2 = laptop.export();
        let central = Central::new(&*backend);
        central.trust_laptop(&laptop, "sam");

        let trust = Trust::load(&central.trust()).unwrap();
        let mut db = central.open();
        let dirs: Vec<PathBuf> = vec![b1.clone(), b2.clone()];
        // Batch 1's head is verified first; change its leads before the import reads them.
        let mut swapped = false;
        let results = import::import(&mut *db, &dirs, &trust, Options::default(), &mut |p| {
            if let Progress::Verifying { done: 1, .. } = p {
                let path = b1.join("leads.jsonl");
                let text = std::fs::read_to_string(&path).unwrap();
                std::fs::write(&path, text.replace("\"first\"", "\"swapd\"")).unwrap();
                swapped = true;
            }
        });
        assert!(swapped);
        assert!(
            leads_checksum_refused(&results[0].outcome),
            "{:?}",
            results[0]
        );
        // Batch 2 now has a gap before it, and is refused for that.
        assert!(matches!(
            &results[1].outcome,
            Outcome::Refused(Refusal::Gap { from: 1, to: 1, .. })
        ));
        drop(db);
        for table in ["batches", "devices", "contacts", "source_leads", "purposes"] {
            assert_eq!(central.count(table), 0, "{table}");
        }
    }
}

#[test]
fn a_lead_changed_after_verification_to_break_a_rule_is_refused_as_changed() {
    // Each lead is held to the record rules once, in the import's one read of
    // leads.jsonl, and the file's SHA-256 is judged first, as `verify` does. A
    // line changed after the batch's head was verified to speak for another
    // laptop is refused as damaged (its checksum), and rolled back.
    for backend in backends() {
        let laptop = Laptop::new("Sam");
        one_lead(&laptop, 1, "first");
        let b1 = laptop.export();
        let central = Central::new(&*backend);
        central.trust_laptop(&laptop, "sam");
        let m: serde_json::Value =
            serde_json::from_slice(&std::fs::read(b1.join("manifest.json")).unwrap()).unwrap();
        let device = m["device_id"].as_str().unwrap().to_owned();
        let other = "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f";
        assert_ne!(device, other);

        let trust = Trust::load(&central.trust()).unwrap();
        let mut db = central.open();
        let mut swapped = false;
        let results = import::import(
            &mut *db,
            std::slice::from_ref(&b1),
            &trust,
            Options::default(),
            &mut |p| {
                if let Progress::Verifying { done: 1, .. } = p {
                    let path = b1.join("leads.jsonl");
                    let text = std::fs::read_to_string(&path).unwrap();
                    assert!(text.contains(&device));
                    std::fs::write(&path, text.replace(&device, other)).unwrap();
                    swapped = true;
                }
            },
        );
        assert!(swapped);
        assert!(
            leads_checksum_refused(&results[0].outcome),
            "{:?}",
            results[0]
        );
        drop(db);
        for table in ["batches", "devices", "contacts", "source_leads", "purposes"] {
            assert_eq!(central.count(table), 0, "{table}");
        }
    }
}

#[test]
fn a_gap_is_refused_unless_allowed_then_recorded_and_filled() {
    let laptop = Laptop::new("Sam");
    one_lead(&laptop, 1, "one");
    let b1 = laptop.export();
    let twin = clone(&laptop);
    one_lead(&laptop, 2, "two");
    let b2 = laptop.export();
    one_lead(&laptop, 3, "three");
    let b3 = laptop.export();
    // The twin's seq 2 follows seq 1 correctly but is not the seq 2 that seq 3 names.
    one_lead(&twin, 4, "twin");
    let twin2 = twin.export();

    for backend in backends() {
        let central = Central::new(&*backend);
        central.trust_laptop(&laptop, "sam");
        let out = central.import(&[&b3, &b1], &[]);
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(
            err.contains("GAP in the chain of device")
                && err.contains("batch seq 3 arrived but seq 2..=2 has not been imported")
                && err.contains("--allow-gaps"),
            "{err}"
        );
        assert_eq!(central.count("batches"), 1);

        let out = central.import_ok(&[&b3], &["--allow-gaps"]);
        assert!(out.contains("gap recorded: seq 2..=2"), "{out}");
        let gap = central.rows("SELECT seq, filled_by FROM gaps");
        assert_eq!(gap, [[Some("2".to_owned()), None]]);

        // The arriving batch is checked against both neighbours: the twin's seq 2
        // fits seq 1 but not seq 3.
        let before = central.dump();
        let out = central.import(&[&twin2], &[]);
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(
            err.contains("FORK in the chain of device") && err.contains("seq 3 imported from"),
            "{err}"
        );
        assert_eq!(central.dump(), before);

        let out = central.import_ok(&[&b2], &[]);
        assert!(out.contains("filled the recorded gap at seq 2"), "{out}");
        let filled = central.value("SELECT filled_by FROM gaps WHERE seq = 2");
        let b2_id = central.value("SELECT batch_id FROM batches WHERE seq = 2");
        assert_eq!(filled, Some(b2_id.unwrap()));
        assert_eq!(central.count("source_leads"), 3);
    }
}

#[test]
fn a_fork_is_always_refused_loudly() {
    let laptop = Laptop::new("Sam");
    one_lead(&laptop, 1, "one");
    let b1 = laptop.export();
    let twin = clone(&laptop);
    one_lead(&laptop, 2, "two");
    let b2 = laptop.export();
    one_lead(&twin, 3, "twin");
    let twin2 = twin.export();

    for backend in backends() {
        let central = Central::new(&*backend);
        central.trust_laptop(&laptop, "sam");
        central.import_ok(&[&b1, &b2], &[]);
        let before = central.dump();
        for extra in [&[][..], &["--allow-gaps"][..]] {
            let out = central.import(&[&twin2], extra);
            assert_eq!(out.status.code(), Some(1));
            let err = stderr(&out);
            assert!(
                err.contains("FORK in the chain of device")
                    && err.contains("at seq 2")
                    && err.contains("a different batch with this seq was already imported from"),
                "{err}"
            );
            assert_eq!(central.dump(), before, "nothing of the fork was written");
        }
    }
}

/// SQLite only: a file given as `--into` that is a booth database.
#[test]
fn a_booth_database_is_not_taken_for_the_central_one() {
    let laptop = Laptop::new("Sam");
    one_lead(&laptop, 1, "one");
    let b1 = laptop.export();
    let central = Central::new(&Sqlite);
    central.trust_laptop(&laptop, "sam");
    let booth_db = laptop.booth.data_dir().join("leadbooth.sqlite3");
    let mut c = std::process::Command::new(crate::support::bin());
    let out = c
        .arg("--data-dir")
        .arg(central.dir.path().join("d"))
        .args(["import", b1.to_str().unwrap(), "--trust"])
        .arg(central.trust())
        .arg("--into")
        .arg(&booth_db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("booth and central databases are not interchangeable"),
        "{err}"
    );
    // The central file's own faults are said in the staff language (issue 18).
    let out = std::process::Command::new(crate::support::bin())
        .arg("--data-dir")
        .arg(central.dir.path().join("d"))
        .args(["import", b1.to_str().unwrap(), "--trust"])
        .arg(central.trust())
        .arg("--into")
        .arg(&booth_db)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "de_DE.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{} ist die Datenbank eines Messestands, keine zentrale (Stand- und Zentraldatenbanken sind nicht austauschbar)",
            booth_db.display()
        )),
        "{err}"
    );
}

#[test]
fn an_empty_or_broken_trust_dir_stops_before_anything() {
    let laptop = Laptop::new("Sam");
    one_lead(&laptop, 1, "one");
    let b1 = laptop.export();
    for backend in backends() {
        let central = Central::new(&*backend);
        let out = central.import(&[&b1], &[]);
        assert_eq!(out.status.code(), Some(1));
        assert!(
            stderr(&out).contains("holds no *.pub public key files"),
            "{}",
            stderr(&out)
        );
        std::fs::write(central.trust().join("typo.pub"), "not a key\n").unwrap();
        let out = central.import(&[&b1], &[]);
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains("typo.pub"), "{}", stderr(&out));
        assert!(
            !central.created(),
            "no database is created before the trust dir is usable"
        );
    }
}
