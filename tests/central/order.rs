//! The merge does not depend on the order batches arrive in: the same leads from
//! two laptops, imported in different batch orders (one run, two runs, one batch
//! per run, with an `export --all` re-send), give the same contacts; of two
//! withdrawals of one consent, the earlier holds whichever arrives first.

use std::path::{Path, PathBuf};

use crate::support::central::{Central, Laptop, backends, id, lead};
use serde_json::json;

#[test]
fn different_batch_orders_give_the_same_contacts() {
    let a = Laptop::new("Sam");
    let b = Laptop::new("Alex");
    a.add(&[
        lead(
            &id(1),
            "Ann",
            "Lee",
            "ann@example.com",
            "09:00",
            &["policy_ack", "marketing_email"],
            json!({"company": "Acme", "notes": "a1"}),
        ),
        lead(
            &id(2),
            "Bo",
            "",
            "bo@example.com",
            "09:05",
            &["policy_ack", "events"],
            json!({"notes": "a2"}),
        ),
    ]);
    let a1 = a.export();
    a.add(&[lead(
        &id(3),
        "Cy",
        "Park",
        "CY@example.com",
        "16:00",
        &["policy_ack"],
        json!({"job_title": "CFO"}),
    )]);
    a.withdraw(&id(2), "events");
    let a2 = a.export();
    let out = a.booth.run(&[
        "--staff",
        "Sam",
        "export",
        "--all",
        "--out",
        a.usb.to_str().unwrap(),
    ]);
    crate::support::central::assert_ok(&out, "export --all");
    let a3 = std::fs::read_dir(&a.usb)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with("-000003"))
        .unwrap();

    b.add(&[
        lead(
            &id(11),
            "Annie",
            "",
            "Ann@Example.com",
            "10:00",
            &["policy_ack"],
            json!({"phone": "+14155550132", "notes": "b1"}),
        ),
        lead(
            &id(12),
            "Cy",
            "Park-Lee",
            "cy@example.com",
            "15:00",
            &["policy_ack", "marketing_email"],
            json!({"company": "Parks"}),
        ),
    ]);
    let b1 = b.export();
    b.add(&[lead(
        &id(13),
        "Bo",
        "Brown",
        "bo@EXAMPLE.com",
        "08:00",
        &["policy_ack", "marketing_email"],
        json!({"notes": "b2"}),
    )]);
    let b2 = b.export();

    let orders: [Vec<Vec<&PathBuf>>; 4] = [
        vec![vec![&a1, &a2, &a3, &b1, &b2]],
        vec![vec![&b1, &b2], vec![&a1, &a2, &a3]],
        vec![vec![&b1], vec![&a1], vec![&b2], vec![&a2], vec![&a3]],
        vec![vec![&a1], vec![&a2], vec![&b1], vec![&a3], vec![&b2]],
    ];
    for backend in backends() {
        let mut results = Vec::new();
        for runs in &orders {
            let central = Central::new(&*backend);
            central.trust_laptop(&a, "a");
            central.trust_laptop(&b, "b");
            for run in runs {
                let dirs: Vec<&Path> = run.iter().map(|p| p.as_path()).collect();
                central.import_ok(&dirs, &[]);
            }
            results.push(central.contacts());
        }
        for (i, r) in results.iter().enumerate().skip(1) {
            assert_eq!(r, &results[0], "order {i} gave other contacts");
        }
        expected_contacts(&results[0]);
    }
}

/// What every order gives.
fn expected_contacts(c: &[crate::support::central::ContactView]) {
    assert_eq!(c.len(), 3);
    let ann = c
        .iter()
        .find(|c| c.email_key.as_deref() == Some("ann@example.com"))
        .unwrap();
    assert_eq!(ann.field("first_name"), "Annie");
    assert_eq!(ann.field("last_name"), "Lee");
    assert_eq!(ann.field("phone"), "+14155550132");
    assert_eq!(
        ann.consent("marketing_email"),
        // Issue 11: a later unticked box is not a withdrawal (was "denied").
        "granted",
        "B's later unticked box leaves the grant"
    );
    assert_eq!(
        ann.notes(),
        ["a1", "b1"],
        "the --all re-send added no duplicate"
    );
    let bo = c
        .iter()
        .find(|c| c.email_key.as_deref() == Some("bo@example.com"))
        .unwrap();
    assert_eq!(bo.field("last_name"), "Brown");
    assert_eq!(bo.consent("events"), "withdrawn");
    assert_eq!(
        bo.consent("marketing_email"),
        // Issue 11: was "denied": A's unticked box at 09:05 is no withdrawal.
        "granted",
        "A's unticked box at 09:05 leaves B's grant of 08:00"
    );
    let cy = c
        .iter()
        .find(|c| c.email_key.as_deref() == Some("cy@example.com"))
        .unwrap();
    assert_eq!(
        (
            cy.field("last_name"),
            cy.field("company"),
            cy.field("job_title")
        ),
        // Issue 11: "Park" (16:00) after "Park-Lee" (15:00) is a clearly
        // different last name for one email: the contact is flagged for review
        // instead of silently replaced (this expected "Park" before).
        ("Park-Lee", "Parks", "CFO")
    );
}

#[test]
fn a_lead_resent_by_another_laptop_is_refused_as_a_collision() {
    // The same lead id on two laptops (laptop B re-sent A's lead): a batch
    // speaks only for its own laptop's leads, so B's batch is refused whole, and
    // only A can withdraw A's lead's consent.
    let a = Laptop::new("Sam");
    let b = Laptop::new("Alex");
    let ann = lead(
        &id(1),
        "Ann",
        "Lee",
        "ann@example.com",
        "09:00",
        &["policy_ack", "marketing_email"],
        json!({}),
    );
    a.add(std::slice::from_ref(&ann));
    b.add(&[ann]);
    let a1 = a.export();
    let b1 = b.export();
    a.withdraw(&id(1), "marketing_email");
    let a2 = a.export();

    for backend in backends() {
        for order in [[a1.as_path(), b1.as_path()], [b1.as_path(), a1.as_path()]] {
            let central = Central::new(&*backend);
            central.trust_laptop(&a, "a");
            central.trust_laptop(&b, "b");
            // One run each: one command line imports in (device, seq) order.
            central.import_ok(&[order[0]], &[]);
            let out = central.import(&[order[1]], &[]);
            assert_eq!(out.status.code(), Some(1));
            let err = crate::support::stderr(&out);
            let (first, second) = (order[0], order[1]);
            let owner = serde_json::from_slice::<serde_json::Value>(
                &std::fs::read(first.join("manifest.json")).unwrap(),
            )
            .unwrap()["device_id"]
                .as_str()
                .unwrap()
                .to_owned();
            assert!(
                err.contains(&format!("refused batch {}", second.display()))
                    && err.contains(&format!("lead {} is already held by device {owner}", id(1))),
                "{err}"
            );
            assert_eq!(central.count("source_leads"), 1);
            if first == a1 {
                let out = central.import_ok(&[&a2], &[]);
                assert!(out.contains("; 0 erasures, 1 withdrawal\n"), "{out}");
                let contact = central.contact("ann@example.com").unwrap();
                assert_eq!(contact.consent("marketing_email"), "withdrawn");
            }
        }
    }
}
