//! Three booth laptops at one event, overlapping attendees, two batches each:
//! the central import merges them into the expected contacts whatever the order
//! the chain allows, applies the erasures and the withdrawal, and a second import
//! of the same batches changes nothing.

use std::path::{Path, PathBuf};

use crate::support::central::{Central, CentralBackend, Laptop, backends, id, lead};
use crate::support::tamper::{Seal, edit_manifest, reseal};
use crate::support::{assert_no_trace, copy_dir, file_contains, report, sha256_of};
use serde_json::json;

struct Show {
    a: Laptop,
    b: Laptop,
    c: Laptop,
    batches: [PathBuf; 6], // A1 A2 B1 B2 C1 C2
}

fn show() -> Show {
    let a = Laptop::new("Sam");
    let b = Laptop::new("Alex");
    let c = Laptop::new("Kim");

    a.add(&[
        lead(
            &id(0xa1),
            "Ann",
            "Lee",
            "ann.lee@example.com",
            "09:00",
            &["policy_ack", "marketing_email"],
            json!({"company": "Acme", "notes": "Wants pricing", "rating": "warm",
                   "answers": {"interest": "Evaluating a purchase"}}),
        ),
        lead(
            &id(0xa2),
            "Bob",
            "Kim",
            "bob@example.com",
            "09:10",
            &["policy_ack"],
            json!({"notes": "Bob from A"}),
        ),
        lead(
            &id(0xa3),
            "Erin",
            "Ross",
            "erin@example.com",
            "09:20",
            &["policy_ack", "marketing_email"],
            json!({"company": "ErinCo", "notes": "erin secret note"}),
        ),
        lead(
            &id(0xa5),
            "Zed",
            "Only",
            "zed@example.com",
            "09:30",
            &["policy_ack"],
            json!({"notes": "zed note"}),
        ),
    ]);
    let a1 = a.export();
    a.erase(&id(0xa3));
    a.erase(&id(0xa5));
    a.add(&[lead(
        &id(0xa4),
        "Phoebe",
        "Nomail",
        "",
        "10:00",
        &["policy_ack"],
        json!({"phone": "+1 415 555 0199", "notes": "no email"}),
    )]);
    let a2 = a.export();

    b.add(&[
        lead(
            &id(0xb1),
            "Ann",
            "Lee-Smith",
            "  ANN.LEE@Example.COM ",
            "11:00",
            &["policy_ack", "marketing_email", "events"],
            json!({"job_title": "CTO", "notes": "Met at demo", "rating": "hot"}),
        ),
        lead(
            &id(0xb2),
            "Erin",
            "",
            "erin@example.com",
            "11:30",
            &["policy_ack"],
            json!({"notes": "erin at B"}),
        ),
    ]);
    let b1 = b.export();
    b.add(&[lead(
        &id(0xb3),
        "Phoebe",
        "Nomail",
        "",
        "12:00",
        &["policy_ack"],
        json!({"phone": "+1 415 555 0199"}),
    )]);
    let b2 = b.export();

    c.add(&[
        lead(
            &id(0xc1),
            "Ann",
            "Lee",
            "ann.lee@example.com",
            "14:00",
            &["policy_ack", "marketing_email"],
            json!({"company": "Acme Corp", "notes": "Asked about API"}),
        ),
        lead(
            &id(0xc2),
            "Bob",
            "Kim",
            "Bob@Example.com",
            "13:00",
            &["policy_ack", "events"],
            json!({"phone": "+14155550132"}),
        ),
    ]);
    let c1 = c.export();
    c.withdraw(&id(0xc1), "marketing_email");
    let c2 = c.export();

    Show {
        a,
        b,
        c,
        batches: [a1, a2, b1, b2, c1, c2],
    }
}

fn central(show: &Show, backend: &dyn CentralBackend) -> Central {
    let central = Central::new(backend);
    central.trust_laptop(&show.a, "laptop-a");
    central.trust_laptop(&show.b, "laptop-b");
    central.trust_laptop(&show.c, "laptop-c");
    central
}

fn paths(v: &[&PathBuf]) -> Vec<PathBuf> {
    v.iter().map(|p| (*p).clone()).collect()
}

fn refs(v: &[PathBuf]) -> Vec<&Path> {
    v.iter().map(PathBuf::as_path).collect()
}

#[test]
fn three_laptops_merge_into_the_expected_contacts_once() {
    let show = show();
    let [a1, a2, b1, b2, c1, c2] = &show.batches;
    // A later batch of laptop A bringing its erased lead back (the laptop
    // restored from a backup taken before the erasure, signing with its own
    // key); from another laptop it would be refused as a collision.
    let scratch = tempfile::tempdir().unwrap();
    let a3 = scratch.path().join("demo-2026-restored-000003");
    copy_dir(a2, &a3);
    let erased = std::fs::read_to_string(a1.join("leads.jsonl"))
        .unwrap()
        .lines()
        .find(|l| l.contains(&id(0xa5)))
        .unwrap()
        .to_owned();
    std::fs::write(a3.join("leads.jsonl"), format!("{erased}\n")).unwrap();
    std::fs::write(a3.join("erasures.jsonl"), "").unwrap();
    let a2_sums = sha256_of(&a2.join("SHA256SUMS"));
    edit_manifest(&a3, |m| {
        m["batch_id"] = uuid::Uuid::now_v7().to_string().into();
        m["seq"] = 3.into();
        m["previous"] = a2_sums.into();
        m["lead_count"] = 1.into();
        m["erasure_count"] = 0.into();
    });
    reseal(&a3, Seal::Consistent(&show.a.booth.signer()));

    for backend in backends() {
        // All six on one command line, in reverse: imported in (device, seq) order.
        let one = central(&show, &*backend);
        let reversed = paths(&[c2, c1, b2, b1, a2, a1]);
        let crm_one = one.dir.path().join("contacts.csv");
        let out = one.import_ok(&refs(&reversed), &["--csv", crm_one.to_str().unwrap()]);
        assert!(
            out.contains("Summary: 6 batches imported, 0 skipped (already imported), 0 refused"),
            "{out}"
        );
        assert!(
            out.contains("erasures applied: 2, withdrawals applied: 1"),
            "{out}"
        );
        assert!(out.contains("5 contacts in"), "{out}");

        let all = one.contacts();
        assert_eq!(all.len(), 5, "{all:#?}");

        // Ann: three laptops, the email typed in two cases; the latest non-empty
        // value of each field, the latest decision per purpose, every note once.
        let ann = one.contact("ann.lee@example.com").expect("Ann merged");
        assert_eq!(ann.source_count, 3);
        assert_eq!(
            ann.sources.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(),
            [id(0xa1), id(0xb1), id(0xc1)]
        );
        assert_eq!(ann.field("first_name"), "Ann");
        assert_eq!(ann.field("last_name"), "Lee", "C (14:00) is the latest");
        assert_eq!(ann.field("company"), "Acme Corp");
        assert_eq!(ann.field("job_title"), "CTO", "only B had a title");
        assert_eq!(ann.field("email"), "ann.lee@example.com");
        assert_eq!(
            ann.rating.as_deref(),
            Some("hot"),
            "B's rating is the latest"
        );
        assert_eq!(ann.field("first_captured_at"), "2026-03-10T09:00:00Z");
        assert_eq!(ann.field("last_captured_at"), "2026-03-10T14:00:00Z");
        assert_eq!(ann.consent("policy_ack"), "granted");
        assert_eq!(
            ann.consent("marketing_email"),
            "withdrawn",
            "withdrawn on laptop C after A and B granted it"
        );
        assert!(
            ann.decided_at("marketing_email") > "2026-03-10T14:00:00Z",
            "the withdrawal's time is the decision's"
        );
        assert_eq!(ann.decided_at("policy_ack"), "2026-03-10T14:00:00Z");
        let text = one.value(&format!(
            "SELECT text FROM source_consents WHERE lead_id = '{}' AND purpose = 'marketing_email'",
            id(0xc1)
        ));
        assert_eq!(
            text.as_deref(),
            Some("Send me marketing information from Aspera by email.")
        );
        assert_eq!(
            ann.consent("events"),
            // Issue 11: not ticking is "not given", never a withdrawal (this
            // asserted "denied" before).
            "granted",
            "C's unticked box at 14:00 does not take back B's grant at 11:00"
        );
        assert_eq!(
            ann.notes(),
            ["Wants pricing", "Met at demo", "Asked about API"],
            "the re-sent lead replaced its earlier version: no duplicate note"
        );

        // Bob: the phone only laptop C had; events granted there.
        let bob = one.contact("bob@example.com").unwrap();
        assert_eq!(bob.source_count, 2);
        assert_eq!(bob.field("phone"), "+14155550132");
        assert_eq!(bob.consent("events"), "granted");
        // Issue 11: never ticked is "not_given" (was "denied").
        assert_eq!(bob.consent("marketing_email"), "not_given");

        // Erin: her lead on laptop A was erased; the contact is recomputed from B's.
        let erin = one.contact("erin@example.com").unwrap();
        assert_eq!(erin.source_count, 1);
        assert_eq!(erin.sources[0].0, id(0xb2));
        assert_eq!(
            erin.field("company"),
            "",
            "only the erased lead had a company"
        );
        assert_eq!(erin.field("last_name"), "");
        assert_eq!(erin.notes(), ["erin at B"]);
        assert_eq!(erin.consent("marketing_email"), "not_given");

        // Zed's only lead was erased: no contact.
        assert!(one.contact("zed@example.com").is_none());
        let erased = one
            .rows("SELECT lead_id, contact_id, contact_removed FROM erased_leads ORDER BY lead_id");
        assert_eq!(erased.len(), 2);
        // Erin's contact lost its only source if B's batch was not imported yet when
        // the erasure arrived (device order), so only the link is certain.
        assert_eq!(erased[0][0], Some(id(0xa3)));
        assert!(
            erased[0][1].is_some(),
            "the contact it belonged to is recorded"
        );
        assert_eq!(
            (erased[1][0].as_deref(), erased[1][2].as_deref()),
            (Some(id(0xa5).as_str()), Some("1"))
        );

        // Leads without email stay separate contacts.
        let nomail: Vec<_> = all.iter().filter(|c| c.email_key.is_none()).collect();
        assert_eq!(nomail.len(), 2);
        assert!(
            nomail
                .iter()
                .all(|c| c.source_count == 1 && c.field("first_name") == "Phoebe")
        );

        // Devices, batches and the chain are recorded.
        assert_eq!((one.count("batches"), one.count("devices")), (6, 3));
        let chained = one.value(
            "SELECT count(*) FROM batches AS b JOIN batches AS p
             ON p.device_id = b.device_id AND p.seq = b.seq - 1 AND b.previous = p.sums_sha256",
        );
        assert_eq!(
            chained.as_deref(),
            Some("3"),
            "each second batch names its first"
        );

        // The same set again: every batch skipped, the database unchanged.
        let before = one.dump();
        let out = one.import_ok(&refs(&reversed), &[]);
        assert!(
            out.contains("Summary: 0 batches imported, 6 skipped (already imported), 0 refused"),
            "{out}"
        );
        assert_eq!(one.dump(), before, "a second import changed the database");

        // Another order, over three runs (the erasures arrive last): same contacts.
        let two = central(&show, &*backend);
        let crm_two = two.dir.path().join("contacts.csv");
        for pair in [[b1, b2], [c1, c2], [a1, a2]] {
            two.import_ok(&refs(&paths(&pair)), &["--csv", crm_two.to_str().unwrap()]);
        }
        assert_eq!(two.contacts(), one.contacts());

        // No trace of the erased leads' personal data in any file at the central
        // office (the database and its WAL, logs, the CRM file), whichever order
        // brought the erasures: in the same run as the leads, or after the leads
        // were merged.
        let erased = [
            "erin secret note",
            "ErinCo",
            "Ross",
            "zed note",
            "zed@example.com",
        ];
        for (order, c, crm) in [
            ("one run", &one, &crm_one),
            ("erasures last", &two, &crm_two),
        ] {
            let text = std::fs::read_to_string(crm).unwrap();
            assert!(
                text.contains("ann.lee@example.com"),
                "{order}: the CRM file: {text}"
            );
            let (files, bytes) = assert_no_trace(c.dir.path(), &erased);
            for f in c.files() {
                for needle in erased {
                    assert!(
                        !file_contains(&f, needle),
                        "{} holds {needle:?}",
                        f.display()
                    );
                }
            }
            report(&format!(
                "central erasure ({}, {order}): {} values in none of {files} files ({bytes} bytes), CRM file included",
                backend.name(),
                erased.len()
            ));
        }

        // The erased lead brought back by a later batch is ignored and reported.
        let out = one.import_ok(&[&a3], &[]);
        assert!(
            out.contains(&format!("ignored lead {}: it was erased", id(0xa5))),
            "{out}"
        );
        assert!(one.contact("zed@example.com").is_none());
        for f in one.files() {
            assert!(!file_contains(&f, "zed@example.com"), "{}", f.display());
        }
    }
}
