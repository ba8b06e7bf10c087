//! Issue 11 at the central office: decisions merged as the law reads them (not
//! ticking is "not given", never a withdrawal; a grant stands until a later
//! withdrawal), names that differ only by accents or case never replace the
//! richer spelling, clearly different names are flagged for review, the policy
//! texts and the complete consent record are kept, and a receipt number finds
//! its lead.

use std::collections::HashMap;
use std::path::Path;

use crate::support::central::{Central, Laptop, backends, id, lead};
use serde_json::json;

fn read_csv(path: &Path) -> Vec<HashMap<String, String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    r.records()
        .map(|rec| {
            header
                .iter()
                .cloned()
                .zip(rec.unwrap().iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

/// The case of the issue: laptop 1 captures Zoë with marketing email granted;
/// laptop 2 later captures the same person (email typed in another case, name
/// without accents) without ticking it. Both orders keep the subscriber and the
/// accented name; only a later withdrawal ends the grant.
#[test]
fn a_later_unticked_box_on_another_laptop_keeps_the_subscriber() {
    for backend in backends() {
        for reverse in [false, true] {
            let one = Laptop::new("Sam");
            let two = Laptop::new("Alex");
            one.add(&[lead(
                &id(0x1),
                "Zoë",
                "Ångström",
                "zoe@example.com",
                "09:00",
                &["policy_ack", "marketing_email"],
                json!({}),
            )]);
            two.add(&[lead(
                &id(0x2),
                "ZOE",
                "Angstrom",
                "ZOE@Example.com",
                "12:00",
                &["policy_ack"],
                json!({}),
            )]);
            let (b1, b2) = (one.export(), two.export());
            let central = Central::new(backend.as_ref());
            central.trust_laptop(&one, "one");
            central.trust_laptop(&two, "two");
            let hub = central.dir.path().join("hubspot.csv");
            let hub_arg = hub.to_str().unwrap();
            let order: [&Path; 2] = if reverse { [&b2, &b1] } else { [&b1, &b2] };
            for b in order {
                central.import_ok(&[b], &["--csv", hub_arg]);
            }
            let zoe = central.contact("zoe@example.com").unwrap();
            assert_eq!(zoe.source_count, 2, "reverse={reverse}");
            assert_eq!(
                zoe.consent("marketing_email"),
                "granted",
                "reverse={reverse}"
            );
            assert_eq!(zoe.decided_at("marketing_email"), "2026-03-10T09:00:00Z");
            assert_eq!(zoe.field("first_name"), "Zoë", "reverse={reverse}");
            assert_eq!(zoe.field("last_name"), "Ångström", "reverse={reverse}");
            let rows = read_csv(&hub);
            assert_eq!(rows.len(), 1);
            let row = &rows[0];
            assert_eq!(row["Marketing email subscription status"], "Subscribed");
            assert_eq!(
                row["Legal basis for processing contact's data"],
                "Freely given consent from contact"
            );
            assert_eq!(row["Consent marketing_email Date"], "2026-03-10T09:00:00Z");
            assert_eq!(
                row["Leadbooth Review"], "",
                "a spelling is not a new person"
            );

            // An explicit withdrawal, later in time, ends the grant.
            one.withdraw(&id(0x1), "marketing_email");
            central.import_ok(&[&one.export()], &["--csv", hub_arg]);
            let zoe = central.contact("zoe@example.com").unwrap();
            assert_eq!(zoe.consent("marketing_email"), "withdrawn");
            let rows = read_csv(&hub);
            assert_eq!(
                rows[0]["Marketing email subscription status"],
                "Unsubscribed"
            );
            assert_eq!(rows[0]["Legal basis for processing contact's data"], "");
        }
    }
}

/// HubSpot's legal basis is about email marketing: a phone-only consent does
/// not set it.
#[test]
fn a_phone_only_consent_sets_no_hubspot_legal_basis_and_salesforce_placeholders_are_counted() {
    for backend in backends() {
        let one = Laptop::new("Sam");
        one.add(&[lead(
            &id(0x3),
            "Pat",
            "",
            "pat@example.com",
            "10:00",
            &["policy_ack", "marketing_phone"],
            json!({"phone": "+14155550100"}),
        )]);
        let b1 = one.export();
        let central = Central::new(backend.as_ref());
        central.trust_laptop(&one, "one");
        let hub = central.dir.path().join("hubspot.csv");
        central.import_ok(&[&b1], &["--csv", hub.to_str().unwrap()]);
        let row = &read_csv(&hub)[0];
        assert_eq!(row["Consent marketing_phone"], "granted");
        assert_eq!(row["Legal basis for processing contact's data"], "");
        assert_eq!(row["Marketing email subscription status"], "Not specified");

        let sf = central.dir.path().join("salesforce.csv");
        let out = central.import_ok(
            &[&b1],
            &["--csv", sf.to_str().unwrap(), "--profile", "salesforce"],
        );
        let row = &read_csv(&sf)[0];
        assert_eq!(row["Company"], leadbooth::import::SALESFORCE_NO_COMPANY);
        assert_eq!(row["Last Name"], leadbooth::import::SALESFORCE_NO_LAST_NAME);
        assert!(
            out.contains("1 contact has Company \"[not provided]\""),
            "{out}"
        );
    }
}

/// The same email with a clearly different name: both source leads kept, the
/// contact flagged for review in the CRM file, not silently replaced.
#[test]
fn a_clearly_different_name_for_one_email_is_flagged_for_review() {
    for backend in backends() {
        let one = Laptop::new("Sam");
        let two = Laptop::new("Alex");
        one.add(&[lead(
            &id(0x4),
            "Maria",
            "Garcia",
            "info@shop.example",
            "09:00",
            &["policy_ack"],
            json!({}),
        )]);
        two.add(&[lead(
            &id(0x5),
            "Tom",
            "Baker",
            "info@shop.example",
            "11:00",
            &["policy_ack"],
            json!({}),
        )]);
        let (b1, b2) = (one.export(), two.export());
        let central = Central::new(backend.as_ref());
        central.trust_laptop(&one, "one");
        central.trust_laptop(&two, "two");
        let hub = central.dir.path().join("hubspot.csv");
        let out = central.import_ok(&[&b1, &b2], &["--csv", hub.to_str().unwrap()]);
        assert!(out.contains("1 contact flagged for review"), "{out}");
        let c = central.contact("info@shop.example").unwrap();
        assert_eq!(c.source_count, 2, "both source leads kept");
        let row = &read_csv(&hub)[0];
        let review = &row["Leadbooth Review"];
        assert!(
            review.contains("Maria Garcia") && review.contains("Tom Baker"),
            "{review}"
        );
        assert_eq!(
            row["Leadbooth Lead IDs"],
            format!("{} {}", id(0x4), id(0x5))
        );
    }
}

/// The batch carries the policy's full text, kept at central by its hash; the
/// consent record arrives complete; a lead typed on the command line stays
/// marked as such; the receipt number finds the lead.
#[test]
fn the_policy_text_the_record_and_the_receipt_reach_central() {
    for backend in backends() {
        let one = Laptop::new("Sam");
        one.add(&[lead(
            &id(0x6),
            "Ida",
            "Noble",
            "ida@example.com",
            "09:00",
            &["policy_ack", "marketing_email"],
            json!({}),
        )]);
        let booth_lead = &one.booth.leads()[0];
        let receipt = booth_lead["receipt_id"].as_str().unwrap().to_owned();
        let b1 = one.export();
        let central = Central::new(backend.as_ref());
        central.trust_laptop(&one, "one");
        central.import_ok(&[&b1], &[]);

        let sha = crate::support::policy_sha256();
        let text = central
            .value(&format!(
                "SELECT text FROM policy_texts WHERE sha256 = '{sha}'"
            ))
            .expect("policy text stored");
        assert_eq!(leadbooth::policy::sha256_hex(text.as_bytes()), sha);

        let rows = central.rows(&format!(
            "SELECT legal_basis, decision, text, text_sha256, language, saved_at, method, \
                    entry, collector_staff, collector_os_user, controller_name, controller_contact, \
                    jurisdiction, receipt_id, source, policy_sha256, record_id, expires_at \
             FROM consent_records WHERE lead_id = '{}' AND purpose = 'marketing_email'",
            id(0x6)
        ));
        assert_eq!(rows.len(), 1, "{rows:?}");
        let r: Vec<&str> = rows[0]
            .iter()
            .map(|v| v.as_deref().unwrap_or("NULL"))
            .collect();
        let wording = "Send me marketing information from Aspera by email.";
        assert_eq!(r[0], "consent");
        assert_eq!(r[1], "granted");
        assert_eq!(r[2], wording);
        assert_eq!(r[3], leadbooth::policy::sha256_hex(wording.as_bytes()));
        assert_eq!(r[4], "en");
        assert_eq!(r[5], "2026-03-10T09:00:00Z");
        assert_eq!(r[6], "staff_assisted");
        assert_eq!(r[7], "[\"command_line\"]");
        assert_eq!(r[8], "Sam");
        assert_ne!(r[9], "NULL", "the operating-system user");
        assert_eq!(r[10], "Aspera, Inc. (sample)");
        assert_eq!(r[11], "privacy@aspera.example");
        assert_eq!(r[12], "US");
        assert_eq!(r[13], receipt);
        assert_eq!(r[14], "cli", "a command-line lead stays marked as such");
        assert_eq!(r[15], sha);
        assert_ne!(r[16], "NULL", "record id");
        assert_eq!(r[17], "2028-03-10T09:00:00Z", "24 months' validity");

        // The receipt number, as an attendee might type it, finds the lead.
        let spaced = format!("{} {}", &receipt[..5], receipt[5..].to_lowercase());
        let out = central.central(&["receipt", &spaced]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(stdout.contains(&id(0x6)), "{stdout}");
        assert!(stdout.contains("marketing_email=granted"), "{stdout}");
        let out = central.central(&["receipt", "ZZZZZZZZZZ"]);
        assert_eq!(out.status.code(), Some(1));
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("no lead with this receipt number"),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Batches written before issue 11 (format `leadbooth-batch/1`, lead schema 1,
/// kept byte for byte in tests/fixtures/batch-v1) still verify and import, and
/// merge with a new laptop's lead of schema 2 by the same rules.
#[test]
fn old_format_batches_still_verify_and_import_beside_new_ones() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/batch-v1");
    let old = [
        fixture.join("demo-2026-ff20a919-000001"),
        fixture.join("demo-2026-ff20a919-000002"),
    ];
    let old_pub = fixture.join("keys/device.pub");
    for backend in backends() {
        let new = Laptop::new("Alex");
        // The same person later, email in another case, marketing email not ticked.
        new.add(&[lead(
            &id(0x7),
            "Zoe",
            "Okubo",
            "zoe.okubo@example.com",
            "15:00",
            &["policy_ack", "events"],
            json!({}),
        )]);
        let b_new = new.export();
        for b in &old {
            let out = new.booth.run(&[
                "verify",
                b.to_str().unwrap(),
                "--pubkey",
                old_pub.to_str().unwrap(),
            ]);
            assert!(
                out.status.success(),
                "{}: {}",
                b.display(),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let central = Central::new(backend.as_ref());
        std::fs::copy(&old_pub, central.trust().join("old.pub")).unwrap();
        central.trust_laptop(&new, "new");
        let out = central.import_ok(&[&old[0], &old[1], &b_new], &[]);
        assert!(out.contains("3 batches imported"), "{out}");
        let zoe = central.contact("zoe.okubo@example.com").unwrap();
        assert_eq!(zoe.source_count, 2);
        assert_eq!(
            zoe.field("first_name"),
            "Zoë",
            "the accented spelling stays"
        );
        assert_eq!(
            zoe.consent("marketing_email"),
            "withdrawn",
            "withdrawn in the old batch; the new lead's unticked box changes nothing"
        );
        assert_eq!(zoe.consent("events"), "granted");
        assert!(central.contact("bo@example.org").is_none(), "erased");
        // Old-schema records read with the facts they did not record left empty.
        let rows = central.rows(&format!(
            "SELECT purpose, granted, text FROM source_consents WHERE lead_id = '{}' \
             AND purpose = 'events'",
            "01900000-0000-7000-8000-000000000a01"
        ));
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(rows[0][1].as_deref(), Some("1"));
    }
}
