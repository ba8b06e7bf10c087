//! Issue 12 at the central office: a person erased by email address is removed
//! from every laptop's source leads, stays out when a later or older batch from
//! a laptop that had not erased them arrives (the import says so), can be shown
//! (access, `--json`), and central retention purges old contacts.

use crate::support::central::{Central, Laptop, assert_ok, backends, id, lead};
use serde_json::{Value, json};

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_person_erased_by_email_leaves_every_laptop_and_stays_out() {
    for backend in backends() {
        let central = Central::new(backend.as_ref());
        let a = Laptop::new("Sam");
        let b = Laptop::new("Alex");
        let c = Laptop::new("Kim");
        a.add(&[
            lead(
                &id(0xa1),
                "Patrizia",
                "Quellbrunn",
                "Pat.Q@Example.com",
                "09:00",
                &["policy_ack", "marketing_email"],
                json!({"notes": "patrizia wants pricing"}),
            ),
            lead(
                &id(0xa2),
                "Quinn",
                "Stays",
                "quinn@example.com",
                "09:05",
                &["policy_ack"],
                json!({}),
            ),
        ]);
        b.add(&[lead(
            &id(0xb1),
            "Patrizia",
            "Quellbrunn",
            "pat.q@example.com",
            "10:00",
            &["policy_ack"],
            json!({"notes": "met again at B"}),
        )]);
        // Laptop C captured her too; its batch reaches the office only later.
        c.add(&[lead(
            &id(0xc1),
            "Patrizia",
            "Quellbrunn",
            "PAT.Q@example.com",
            "11:00",
            &["policy_ack"],
            json!({}),
        )]);
        let (a1, b1, c1) = (a.export(), b.export(), c.export());
        for (l, n) in [(&a, "a"), (&b, "b"), (&c, "c")] {
            central.trust_laptop(l, n);
        }
        central.import_ok(&[&a1, &b1], &[]);

        // Access request.
        let o = central.run(&["central", "show", "pat.q@EXAMPLE.com", "--json"]);
        assert_ok(&o, "central show");
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        let sources = v["contact"]["source_leads"].as_array().unwrap();
        assert_eq!(sources.len(), 2, "{v}");
        assert!(
            v["contact"]["consents"]["policy_ack"]["state"].is_string(),
            "{v}"
        );
        assert!(v["erased_at"].is_null());
        // The policy text each source lead was shown, as its batch carried it
        // (issue 11's policies.jsonl), so the answer needs no other file.
        let shown: Vec<&str> = sources
            .iter()
            .map(|s| s["policy_sha256"].as_str().unwrap())
            .collect();
        let policies = v["policies_shown"].as_array().unwrap();
        assert!(!policies.is_empty(), "{v}");
        for sha in &shown {
            let p = policies
                .iter()
                .find(|p| p["policy_sha256"] == *sha)
                .unwrap_or_else(|| panic!("policy {sha} not in the answer: {v}"));
            let text = p["text"].as_str().unwrap();
            assert_eq!(
                &hex::encode(<sha2::Sha256 as sha2::Digest>::digest(text.as_bytes())),
                sha,
                "the text given is the text shown"
            );
        }

        // Erasure by email at the central office.
        let o = central.run(&["central", "erase", " Pat.Q@example.COM "]);
        assert_ok(&o, "central erase");
        assert!(
            stderr(&o).contains("2 source leads removed"),
            "{}",
            stderr(&o)
        );
        assert!(central.contact("pat.q@example.com").is_none());
        assert!(central.contact("quinn@example.com").is_some());
        let dump = central.dump();
        for gone in [
            "Patrizia",
            "Quellbrunn",
            "pat.q@example.com",
            "patrizia wants pricing",
            "met again at B",
        ] {
            assert!(
                !dump.contains(gone),
                "{gone:?} still in the central database"
            );
        }
        // Table and index pages alike (the contacts' email index held the
        // address): on a server, the tables were rewritten after the erasure.
        let files = central.files();
        assert!(!files.is_empty());
        for f in files {
            let bytes = std::fs::read(&f).unwrap();
            for gone in [&b"Quellbrunn"[..], b"pat.q@example.com", b"patrizia wants"] {
                assert!(
                    !bytes.windows(gone.len()).any(|w| w == gone),
                    "{} is still in the bytes of {}",
                    String::from_utf8_lossy(gone),
                    f.display()
                );
            }
        }

        // The older batch of laptop C, and a new one of laptop B (which never
        // erased her): she stays out, and the import says why.
        b.add(&[lead(
            &id(0xb2),
            "Patrizia",
            "Quellbrunn",
            "pat.q@example.com",
            "12:00",
            &["policy_ack"],
            json!({}),
        )]);
        let b2 = b.export();
        let out = central.import_ok(&[&c1, &b2], &[]);
        assert_eq!(
            out.matches("its person was erased at the central office")
                .count(),
            2,
            "{out}"
        );
        assert!(central.contact("pat.q@example.com").is_none());
        let o = central.run(&["central", "show", "pat.q@example.com", "--json"]);
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert!(v["contact"].is_null(), "{v}");
        assert!(v["erased_at"].is_string(), "{v}");

        // Central retention: Quinn's last capture is long past.
        let o = central.run(&["central", "purge", "--older-than", "30"]);
        assert_ok(&o, "central purge");
        assert!(
            stderr(&o).contains("purged 1 contact last captured"),
            "{}",
            stderr(&o)
        );
        assert!(central.contact("quinn@example.com").is_none());
        // Re-sent with export --all, the purged lead is not imported again.
        let a_all = {
            let out = a
                .booth
                .ok(&["export", "--all", "--out", a.usb.to_str().unwrap()]);
            crate::support::booth::batch_folder(&out).unwrap()
        };
        central.import_ok(&[&a_all], &[]);
        assert!(central.contact("quinn@example.com").is_none());
    }
}
