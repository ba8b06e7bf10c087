//! Issue 12, the CRM side: every CRM file comes with a suppression file of the
//! contacts to delete (erased on a laptop or at the central office, past
//! retention) or unsubscribe (a purpose withdrawn, on a laptop or at the central
//! office by email) since the previous one; `--changed-only` writes only the
//! contacts changed since the previous CRM file; a withdrawal at the central
//! office also holds for a later batch of a laptop that had not heard of it;
//! `central show --json` answers an access request with the batches, the consent
//! history and the withdrawals.

use std::collections::HashMap;
use std::path::Path;

use crate::support::central::{Central, Laptop, assert_ok, backends, id, lead};
use serde_json::{Value, json};

fn read(path: &Path) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let bytes =
        std::fs::read(path).unwrap_or_else(|e| panic!("{} was not written: {e}", path.display()));
    let mut r = csv::Reader::from_reader(&bytes[..]);
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|rec| {
            header
                .iter()
                .cloned()
                .zip(rec.unwrap().iter().map(str::to_owned))
                .collect()
        })
        .collect();
    (header, rows)
}

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn emails(rows: &[HashMap<String, String>]) -> Vec<&str> {
    let mut e: Vec<&str> = rows.iter().map(|r| r["Email"].as_str()).collect();
    e.sort_unstable();
    e
}

#[test]
fn the_suppression_file_lists_who_to_delete_and_unsubscribe_since_the_previous_crm_file() {
    let a = Laptop::new("Sam");
    let b = Laptop::new("Alex");
    let mail = &["policy_ack", "marketing_email"][..];
    a.add(&[
        lead(
            &id(0xa1),
            "Patrizia",
            "Quellbrunn",
            "pat@example.com",
            "09:00",
            mail,
            json!({}),
        ),
        lead(
            &id(0xa2),
            "Quinn",
            "Unsub",
            "quinn@example.com",
            "09:05",
            mail,
            json!({}),
        ),
        lead(
            &id(0xa3),
            "Rita",
            "Erased",
            "rita@example.com",
            "09:10",
            mail,
            json!({}),
        ),
        lead(
            &id(0xa4),
            "Una",
            "Same",
            "una@example.com",
            "09:15",
            mail,
            json!({}),
        ),
        lead(
            &id(0xa5),
            "Vic",
            "Laptopwithdraw",
            "vic@example.com",
            "09:20",
            mail,
            json!({}),
        ),
    ]);
    // Laptop B met Quinn earlier that morning; its batch arrives after the
    // central office recorded Quinn's withdrawal.
    // Wes was met only by laptop B: his request reaches the office first.
    b.add(&[
        lead(
            &id(0xb1),
            "Quinn",
            "Unsub",
            "QUINN@example.com",
            "08:00",
            mail,
            json!({}),
        ),
        lead(
            &id(0xb2),
            "Wes",
            "Early",
            "wes@example.com",
            "08:30",
            mail,
            json!({}),
        ),
    ]);
    let a1 = a.export();
    a.erase(&id(0xa3));
    a.withdraw(&id(0xa5), "marketing_email");
    let a2 = a.export();
    let b1 = b.export();

    for backend in backends() {
        let central = Central::new(backend.as_ref());
        central.trust_laptop(&a, "a");
        central.trust_laptop(&b, "b");
        let dir = central.dir.path();
        let crm1 = dir.join("crm1.csv");
        let out = central.import_ok(&[&a1], &["--csv", crm1.to_str().unwrap()]);
        let sup1 = dir.join("crm1-suppressions.csv");
        assert!(
            out.contains(&format!(
                "suppression file written to {}: 0 to delete, 0 to unsubscribe",
                sup1.display()
            )),
            "{out}"
        );
        let (header, rows) = read(&sup1);
        assert_eq!(
            header,
            [
                "First Name",
                "Last Name",
                "Email",
                "Marketing email subscription status",
                "Leadbooth Contact ID",
                "Leadbooth Action",
                "Leadbooth Reason",
                "Leadbooth Purpose",
                "Leadbooth Suppressed At"
            ]
        );
        assert!(rows.is_empty(), "nothing to suppress yet: {rows:?}");
        let (_, contacts) = read(&crm1);
        let contact_id = |email: &str| {
            contacts
                .iter()
                .find(|r| r["Email"] == email)
                .unwrap_or_else(|| panic!("{email} not in the first CRM file"))["Leadbooth Contact ID"]
                .clone()
        };

        // Rita erased on the laptop, Vic withdrawn on the laptop, Pat erased
        // and Quinn withdrawn at the central office by email.
        central.import_ok(&[&a2], &[]);
        assert_ok(
            &central.run(&["central", "erase", "PAT@example.com"]),
            "erase",
        );
        let o = central.run(&[
            "central",
            "withdraw",
            "Quinn@Example.com",
            "--purpose",
            "marketing_email",
        ]);
        assert_ok(&o, "central withdraw");
        assert_eq!(
            central
                .contact("quinn@example.com")
                .unwrap()
                .consent("marketing_email"),
            "withdrawn"
        );
        // Wes's withdrawal arrives before any lead of his.
        let o = central.run(&[
            "central",
            "withdraw",
            "wes@example.com",
            "--purpose",
            "marketing_email",
        ]);
        assert_ok(&o, "central withdraw before the batch");
        // An older batch from laptop B: consent given before the withdrawal
        // does not bring the grant back.
        central.import_ok(&[&b1], &[]);
        let wes = central.contact("wes@example.com").unwrap();
        assert_eq!(wes.consent("marketing_email"), "withdrawn", "{wes:?}");
        let quinn = central.contact("quinn@example.com").unwrap();
        assert_eq!(quinn.source_count, 2);
        assert_eq!(quinn.consent("marketing_email"), "withdrawn", "{quinn:?}");

        let crm2 = dir.join("crm2.csv");
        let sup2 = dir.join("deletions.csv");
        let o = central.run(&[
            "central",
            "crm",
            "--csv",
            crm2.to_str().unwrap(),
            "--suppressions",
            sup2.to_str().unwrap(),
            "--changed-only",
            "--profile",
            "salesforce",
        ]);
        assert_ok(&o, "central crm");
        assert!(
            stdout(&o).contains("2 to delete, 2 to unsubscribe"),
            "{}",
            stdout(&o)
        );
        let (header, rows) = read(&sup2);
        assert_eq!(header[3], "Email Opt Out");
        assert_eq!(rows.len(), 4, "{rows:?}");
        let row = |contact: &str| {
            rows.iter()
                .find(|r| r["Leadbooth Contact ID"] == contact)
                .unwrap_or_else(|| panic!("contact {contact} not in {rows:?}"))
        };
        for (email, reason) in [
            ("pat@example.com", "central erasure"),
            ("rita@example.com", "erasure"),
        ] {
            let r = row(&contact_id(email));
            assert_eq!(r["Leadbooth Action"], "delete", "{r:?}");
            assert_eq!(r["Leadbooth Reason"], reason, "{r:?}");
            assert_eq!(
                (r["First Name"].as_str(), r["Email"].as_str()),
                ("", ""),
                "a deletion carries the contact id, not the erased person's data"
            );
        }
        for email in ["quinn@example.com", "vic@example.com"] {
            let r = row(&contact_id(email));
            assert_eq!(r["Leadbooth Action"], "unsubscribe", "{r:?}");
            assert_eq!(r["Leadbooth Reason"], "withdrawal");
            assert_eq!(r["Leadbooth Purpose"], "marketing_email");
            assert_eq!(r["Email"], email);
            assert_eq!(r["Email Opt Out"], "1");
        }
        // Nothing of the erased people is kept for the suppression file.
        let dump = central.dump();
        for gone in [
            "Patrizia",
            "Quellbrunn",
            "pat@example.com",
            "Rita",
            "rita@example.com",
        ] {
            assert!(
                !dump.contains(gone),
                "{gone:?} still in the central database"
            );
        }
        // Changed since the first CRM file: Quinn (a withdrawal and a new
        // source), Vic (a withdrawal), Wes (new); not Una; not the erased.
        let (_, changed) = read(&crm2);
        assert_eq!(
            emails(&changed),
            ["quinn@example.com", "vic@example.com", "wes@example.com"]
        );
        assert_eq!(changed[0]["Email Opt Out"], "1");

        // The next CRM file: nothing new to suppress, nothing changed.
        let crm3 = dir.join("crm3.csv");
        let o = central.run(&[
            "central",
            "crm",
            "--csv",
            crm3.to_str().unwrap(),
            "--changed-only",
        ]);
        assert_ok(&o, "central crm");
        let (_, rows) = read(&dir.join("crm3-suppressions.csv"));
        assert!(
            rows.is_empty(),
            "carried by the previous file already: {rows:?}"
        );
        let (_, changed) = read(&crm3);
        assert!(changed.is_empty(), "{changed:?}");
        // Without --changed-only: every contact on file.
        let crm4 = dir.join("crm4.csv");
        assert_ok(
            &central.run(&["central", "crm", "--csv", crm4.to_str().unwrap()]),
            "crm",
        );
        let (_, all) = read(&crm4);
        assert_eq!(
            emails(&all),
            [
                "quinn@example.com",
                "una@example.com",
                "vic@example.com",
                "wes@example.com"
            ]
        );
        let quinn = all
            .iter()
            .find(|r| r["Email"] == "quinn@example.com")
            .unwrap();
        assert_eq!(quinn["Marketing email subscription status"], "Unsubscribed");

        // Central retention: the deletions go to the next suppression file.
        assert_ok(
            &central.run(&["central", "purge", "--older-than", "30"]),
            "purge",
        );
        let crm5 = dir.join("crm5.csv");
        assert_ok(
            &central.run(&["central", "crm", "--csv", crm5.to_str().unwrap()]),
            "crm",
        );
        let (_, rows) = read(&dir.join("crm5-suppressions.csv"));
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert!(
            rows.iter()
                .all(|r| r["Leadbooth Action"] == "delete" && r["Leadbooth Reason"] == "retention")
        );
        assert!(read(&crm5).1.is_empty());
    }
}

#[test]
fn a_withdrawal_at_the_central_office_needs_a_known_purpose_and_an_address() {
    let (laptop, batch) = Laptop::with_one_batch();
    for backend in backends() {
        let central = Central::new(backend.as_ref());
        central.trust_laptop(&laptop, "a");
        central.import_ok(&[&batch], &[]);
        let o = central.run(&[
            "central",
            "withdraw",
            "ann@example.com",
            "--purpose",
            "newsletter_typo",
        ]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!o.status.success(), "{err}");
        assert!(
            err.contains("--purpose \"newsletter_typo\" is not a consent purpose"),
            "{err}"
        );
        assert!(
            err.contains("policy_ack"),
            "lists the known purposes: {err}"
        );
        let o = central.run(&[
            "central",
            "withdraw",
            "not-an-address",
            "--purpose",
            "policy_ack",
        ]);
        assert!(!o.status.success());
        assert!(String::from_utf8_lossy(&o.stderr).contains("is not an email address"));
        assert_eq!(central.count("person_withdrawals"), 0, "nothing recorded");
    }
}

#[test]
fn an_access_request_shows_batches_consent_history_and_withdrawals() {
    let a = Laptop::new("Sam");
    let b = Laptop::new("Alex");
    a.add(&[lead(
        &id(0xa1),
        "Pat",
        "Q",
        "pat@example.com",
        "09:00",
        &["policy_ack", "marketing_email"],
        json!({"phone": "+14155550199", "notes": "asked for pricing"}),
    )]);
    b.add(&[lead(
        &id(0xb1),
        "Pat",
        "Q",
        "pat@example.com",
        "10:00",
        &["policy_ack"],
        json!({}),
    )]);
    let (a1, b1) = (a.export(), b.export());
    for backend in backends() {
        let central = Central::new(backend.as_ref());
        central.trust_laptop(&a, "a");
        central.trust_laptop(&b, "b");
        central.import_ok(&[&a1, &b1], &[]);
        let o = central.run(&[
            "central",
            "withdraw",
            "pat@example.com",
            "--purpose",
            "marketing_email",
        ]);
        assert_ok(&o, "central withdraw");
        let o = central.run(&["central", "show", "pat@example.com", "--json"]);
        assert_ok(&o, "central show");
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        let w = &v["withdrawals_at_central_office"];
        assert_eq!(w[0]["purpose"], "marketing_email", "{v}");
        let sources = v["contact"]["source_leads"].as_array().unwrap();
        assert_eq!(sources.len(), 2, "{v}");
        let from_a = sources.iter().find(|s| s["lead_id"] == id(0xa1)).unwrap();
        assert_eq!(from_a["fields"]["phone"], "+14155550199", "{from_a}");
        assert_eq!(from_a["notes"], "asked for pricing");
        assert_eq!(from_a["batch"]["seq"], 1);
        assert_eq!(
            from_a["batch"]["folder"],
            a1.file_name().unwrap().to_str().unwrap()
        );
        assert!(
            from_a["policy_sha256"].as_str().unwrap().len() == 64,
            "{from_a}"
        );
        let history = from_a["consent_history"].as_array().unwrap();
        let mail = history
            .iter()
            .find(|c| c["purpose"] == "marketing_email")
            .unwrap();
        assert_eq!(mail["granted"], true);
        assert!(
            mail["withdrawn_at"].is_string(),
            "the withdrawal is in the history: {mail}"
        );
        assert!(
            !mail["text"].as_str().unwrap().is_empty(),
            "the wording shown: {mail}"
        );
        let from_b = sources.iter().find(|s| s["lead_id"] == id(0xb1)).unwrap();
        assert_ok(&o, "");
        assert_ne!(from_b["batch"]["device_id"], from_a["batch"]["device_id"]);
    }
}

#[test]
fn an_import_with_purge_older_than_applies_central_retention_before_the_crm_file() {
    let (laptop, batch) = Laptop::with_one_batch();
    for backend in backends() {
        let central = Central::new(backend.as_ref());
        central.trust_laptop(&laptop, "a");
        let crm = central.dir.path().join("crm.csv");
        // The lead was captured in March: kept with a year's retention ...
        let out = central.import_ok(
            &[&batch],
            &[
                "--purge-older-than",
                "36500",
                "--csv",
                crm.to_str().unwrap(),
            ],
        );
        assert!(out.contains("retention: purged 0 contact(s)"), "{out}");
        assert_eq!(read(&crm).1.len(), 1);
        // ... and purged with 30 days, in the same run as the CRM file that
        // tells the CRM to delete it.
        let out = central.import_ok(
            &[&batch],
            &["--purge-older-than", "30", "--csv", crm.to_str().unwrap()],
        );
        assert!(out.contains("retention: purged 1 contact(s)"), "{out}");
        assert!(read(&crm).1.is_empty());
        let (_, rows) = read(&central.dir.path().join("crm-suppressions.csv"));
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(rows[0]["Leadbooth Reason"], "retention");
        assert_eq!(central.count("contacts"), 0);
    }
}

/// `import --csv OUT` into a folder that is not there (a share not mounted, a
/// typo) committed the batches and only then failed, naming the suppression
/// file ("cannot write CSV crm/contacts-suppressions.csv: No such file or
/// directory") though neither file was written. The folder is checked first:
/// the import is refused, naming the file and its folder, and nothing is
/// imported, so the same command runs again once the folder is there.
#[test]
fn a_crm_file_into_a_missing_folder_refuses_the_import_before_it_starts() {
    let (laptop, batch) = Laptop::with_one_batch();
    for backend in backends() {
        let central = Central::new(backend.as_ref());
        central.trust_laptop(&laptop, "a");
        let csv = central.dir.path().join("not-mounted").join("contacts.csv");
        let out = central.import(&[&batch], &["--csv", csv.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains(&format!(
                "cannot write CSV {}: folder {} does not exist; nothing was imported",
                csv.display(),
                csv.parent().unwrap().display()
            )),
            "{err}"
        );
        assert!(
            central
                .rows_if_ready("SELECT count(*) FROM batches")
                .is_none_or(|r| r[0][0].as_deref() == Some("0")),
            "a batch was imported"
        );
        std::fs::create_dir(csv.parent().unwrap()).unwrap();
        central.import_ok(&[&batch], &["--csv", csv.to_str().unwrap()]);
        assert!(csv.exists());
    }
}
