//! The merge does not depend on the order batches arrive in: the same leads from
//! two laptops, imported in different batch orders (one run, two runs, one batch
//! per run, with an `export --all` re-send), give the same contacts.

use std::path::{Path, PathBuf};

use crate::support::central::{Central, Laptop, contacts, id, lead};
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
    let mut results = Vec::new();
    for runs in &orders {
        let central = Central::new();
        central.trust_laptop(&a, "a");
        central.trust_laptop(&b, "b");
        for run in runs {
            let dirs: Vec<&Path> = run.iter().map(|p| p.as_path()).collect();
            central.import_ok(&dirs, &[]);
        }
        results.push(contacts(&central.conn()));
    }
    for (i, r) in results.iter().enumerate().skip(1) {
        assert_eq!(r, &results[0], "order {i} gave other contacts");
    }

    let c = &results[0];
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
        "denied",
        "B's later unticked box"
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
        "denied",
        "A's 09:05 decision is later than B's 08:00"
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
        ("Park", "Parks", "CFO")
    );
}
