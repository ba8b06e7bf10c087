//! Right to erasure, consent withdrawal and retention through the real binary:
//! what stays, what goes, and what the next batch carries.

use std::path::{Path, PathBuf};

use crate::support::booth::Person;
use crate::support::{Booth, assert_no_trace, consents, report, traces};
use serde_json::{Value, json};

fn add(booth: &Booth, first: &str, email: &str, granted: &[&str]) -> String {
    let line = json!({"first_name": first, "last_name": "Erasmus", "email": email,
        "notes": format!("notes about {first}"), "consents": consents(granted)});
    let out = booth.run_with_stdin(
        &["--staff", "Sam", "leads", "add"],
        Some(line.to_string().as_bytes()),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    booth.leads().iter().find(|l| l["email"] == email).unwrap()["lead_id"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn export(booth: &Booth, out: &Path) -> Option<PathBuf> {
    let before: Vec<_> = std::fs::read_dir(out)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    let o = booth.run(&["export", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // The new batch folder (the device's public key beside it is a file).
    std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| !before.contains(p) && p.is_dir())
}

fn jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn erasure_and_withdrawal_reach_the_next_batch_and_leave_no_personal_data() {
    let booth = Booth::new();
    let out = booth.dir.path().join("usb");
    std::fs::create_dir_all(&out).unwrap();
    let erased = add(
        &booth,
        "Xanthippe",
        "xanthippe@example.com",
        &["policy_ack"],
    );
    let kept = add(
        &booth,
        "Kept",
        "kept@example.com",
        &["policy_ack", "marketing_email"],
    );
    let first = export(&booth, &out).expect("first batch");
    assert_eq!(jsonl(&first.join("leads.jsonl")).len(), 2);

    let o = booth.run(&["--staff", "Alex", "leads", "erase", &erased[..24]]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = booth.run(&[
        "--staff",
        "Alex",
        "leads",
        "withdraw",
        &kept,
        "--purpose",
        "marketing_email",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    // The tombstone is gone from listings; showing it says what happened.
    let leads = booth.leads();
    assert_eq!(leads.len(), 1);
    let o = booth.run(&["leads", "show", &erased]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("was erased at"));
    let o = booth.run(&["leads", "list"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("1 erased lead not shown"));

    // The withdrawal is timestamped and the original grant stays.
    let c = leads[0]["consents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == "marketing_email")
        .unwrap()
        .clone();
    assert_eq!(c["granted"], true);
    assert!(c["withdrawn_at"].is_string());

    // No trace of the erased attendee in any byte of any file under the data
    // dir (database, WAL, logs, keys, anything).
    assert_no_trace(
        &booth.data_dir(),
        &[
            "Xanthippe",
            "xanthippe@example.com",
            "notes about Xanthippe",
        ],
    );

    // The next batch carries both records; the withdrawn lead goes again with its new
    // state, the erased one does not.
    let second = export(&booth, &out).expect("second batch");
    let records = jsonl(&second.join("erasures.jsonl"));
    assert_eq!(records.len(), 2, "{records:?}");
    assert_eq!(records[0]["kind"], "erasure");
    assert_eq!(records[0]["lead_id"], erased.as_str());
    assert_eq!(records[0]["by"], "Alex");
    assert_eq!(records[1]["kind"], "withdrawal");
    assert_eq!(records[1]["purpose"], "marketing_email");
    let again = jsonl(&second.join("leads.jsonl"));
    assert_eq!(again.len(), 1);
    assert_eq!(again[0]["lead_id"], kept.as_str());
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(second.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["erasure_count"], 2);
    let pubkey = booth.data_dir().join("keys/device.pub");
    let v = booth.run(&[
        "verify",
        second.to_str().unwrap(),
        "--pubkey",
        pubkey.to_str().unwrap(),
    ]);
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));

    // Nothing new after that.
    assert!(export(&booth, &out).is_none());

    // The audit log has both, with who did them.
    let db = booth.data_dir().join("leadbooth.sqlite3");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let actions: Vec<(String, String)> = conn
        .prepare("SELECT action, actor FROM audit_log WHERE action IN ('lead_erased', 'consent_withdrawn') ORDER BY seq")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        actions,
        [
            ("lead_erased".into(), "Alex".into()),
            ("consent_withdrawn".into(), "Alex".into())
        ]
    );
}

#[test]
fn withdrawal_and_erasure_refusals_are_clear() {
    let booth = Booth::new();
    let id = add(&booth, "Wanda", "wanda@example.com", &["policy_ack"]);
    for (args, want) in [
        (
            vec!["leads", "withdraw", &id, "--purpose", "marketing_email"],
            "was not granted",
        ),
        (
            vec!["leads", "withdraw", &id, "--purpose", "telepathy"],
            "not a purpose of this event",
        ),
        (vec!["leads", "erase", "0000"], "at least its first 8"),
        (
            vec!["leads", "erase", "00000000-0000-7000-8000-000000000000"],
            "no lead with id",
        ),
    ] {
        let o = booth.run(&args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(want), "{args:?}: {err}");
    }
    assert!(
        booth
            .run(&["leads", "withdraw", &id, "--purpose", "policy_ack"])
            .status
            .success()
    );
    let o = booth.run(&["leads", "withdraw", &id, "--purpose", "policy_ack"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("already withdrawn"));
    assert!(booth.run(&["leads", "erase", &id]).status.success());
    let o = booth.run(&["leads", "erase", &id]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("was erased at"));
    let o = booth.run(&["leads", "withdraw", &id, "--purpose", "events"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("was erased at"));
}

#[test]
fn retention_purges_only_exported_leads_and_sends_no_erasure() {
    let booth = Booth::new();
    let ev = booth.dir.path().join("event.toml");
    std::fs::write(
        &ev,
        "[event]\nid = \"ret-1\"\nname = \"R\"\norganisation = \"O\"\nretention_days = 0\n",
    )
    .unwrap();
    let cfg = ev.to_str().unwrap();
    let out = booth.dir.path().join("usb");
    std::fs::create_dir_all(&out).unwrap();
    let line = |e: &str| {
        json!({"first_name": "Ret", "email": e, "consents": consents(&["policy_ack"])}).to_string()
    };
    assert!(
        booth
            .run_with_stdin(
                &["--config", cfg, "leads", "add"],
                Some(line("a@example.com").as_bytes())
            )
            .status
            .success()
    );
    let o = booth.run(&["--config", cfg, "export", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        booth
            .run_with_stdin(
                &["--config", cfg, "leads", "add"],
                Some(line("b@example.com").as_bytes())
            )
            .status
            .success()
    );
    std::thread::sleep(std::time::Duration::from_millis(1100)); // whole-second timestamps

    let o = booth.run(&["--config", cfg, "leads", "purge", "--dry-run"]);
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("1 lead(s)"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = booth.run(&["--config", cfg, "leads", "purge"]);
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("purged 1"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let left: Vec<_> = booth
        .run(&["--config", cfg, "leads", "list", "--json"])
        .stdout
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| {
            serde_json::from_slice::<Value>(l).unwrap()["email"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(left, ["b@example.com"], "the unexported lead stays");

    // The next batch carries the new lead but no erasure for the purged one.
    let o = booth.run(&["--config", cfg, "export", "--out", out.to_str().unwrap()]);
    assert!(o.status.success());
    let second = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .max()
        .unwrap();
    assert!(jsonl(&second.join("erasures.jsonl")).is_empty());
    assert_eq!(jsonl(&second.join("leads.jsonl")).len(), 1);
}

/// Adds `p` (every personal field filled) and returns its lead id.
fn add_person(booth: &Booth, p: &Person) -> String {
    let out = booth.run_with_stdin(
        &["--staff", "Sam", "leads", "add"],
        Some(p.lead_line(&["marketing_email"]).as_bytes()),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lead = booth
        .leads()
        .into_iter()
        .find(|l| l["email"] == p.email.as_str())
        .unwrap();
    // Every field made it in, so the search below looks for what was stored.
    for (field, want) in [
        ("first_name", &p.first_name),
        ("last_name", &p.last_name),
        ("company", &p.company),
        ("job_title", &p.job_title),
        ("phone", &p.phone),
        ("notes", &p.notes),
        ("badge_id", &p.badge_id),
    ] {
        assert_eq!(lead[field], want.as_str(), "{field}");
    }
    assert_eq!(lead["answers"]["timeline"], p.answer.as_str());
    lead["lead_id"].as_str().unwrap().to_owned()
}

/// Erasure through the command line, of an exported lead that was edited with
/// a withdrawal first: no value of the person in any byte of any file under
/// the data dir, while the other person's values are still there (so the
/// search finds what is on disk).
#[test]
fn an_erased_person_leaves_no_byte_in_any_file_under_the_data_dir() {
    let booth = Booth::new();
    let usb = booth.dir.path().join("usb");
    std::fs::create_dir_all(&usb).unwrap();
    let gone = Person::new("Xerxenthia", 1);
    let kept = Person::new("Keptwell", 2);
    let id = add_person(&booth, &gone);
    add_person(&booth, &kept);
    export(&booth, &usb).expect("a batch");
    booth.ok(&["leads", "withdraw", &id, "--purpose", "marketing_email"]);
    booth.ok(&["leads", "erase", &id]);
    let (files, bytes) = assert_no_trace(&booth.data_dir(), &gone.needles());
    // The search sees the data dir: every value of the person kept is found.
    let (found, _, _) = traces(&booth.data_dir(), &kept.needles());
    for n in kept.needles() {
        assert!(
            found.iter().any(|f| f.contains(&format!("{n:?}"))),
            "{n:?} of the kept person not found on disk: {found:?}"
        );
    }
    report(&format!(
        "erasure (CLI): {} values of the erased person in none of {files} files ({bytes} bytes) under the data dir",
        gone.needles().len()
    ));
}

/// An export into the data dir's own `exports/` folder, then the erasure: the
/// batch copy there still holds the person.
#[test]
fn an_erased_person_leaves_no_byte_in_the_batch_copies_under_the_data_dir() {
    let booth = Booth::new();
    let gone = Person::new("Xerxenthia", 3);
    let id = add_person(&booth, &gone);
    let out = booth.ok(&["export"]);
    let batch = crate::support::booth::batch_folder(&out).expect("a batch");
    assert!(batch.starts_with(booth.data_dir()), "{}", batch.display());
    booth.ok(&["leads", "erase", &id]);
    assert_no_trace(&booth.data_dir(), &gone.needles());
}

/// The retention purge of an exported lead: no byte of the person under the
/// data dir, the batch copy in `exports/` included.
#[test]
fn a_purged_person_leaves_no_byte_under_the_data_dir() {
    let booth = Booth::new();
    let ev = booth.dir.path().join("event.toml");
    std::fs::write(
        &ev,
        "[event]\nid = \"ret-2\"\nname = \"R\"\norganisation = \"O\"\nretention_days = 0\n",
    )
    .unwrap();
    let cfg = ev.to_str().unwrap();
    let gone = Person::new("Purgatoria", 4);
    let line = json!({"first_name": gone.first_name, "last_name": gone.last_name,
        "email": gone.email, "company": gone.company, "phone": gone.phone,
        "notes": gone.notes, "consents": consents(&["policy_ack"])});
    let o = booth.run_with_stdin(
        &["--config", cfg, "leads", "add"],
        Some(line.to_string().as_bytes()),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = booth.ok(&["--config", cfg, "export"]);
    let batch = crate::support::booth::batch_folder(&out).expect("a batch");
    assert!(batch.starts_with(booth.data_dir()), "{}", batch.display());
    std::thread::sleep(std::time::Duration::from_millis(1100)); // whole-second timestamps
    let o = booth.run(&["--config", cfg, "leads", "purge"]);
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("purged 1"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let needles = [
        gone.first_name.as_str(),
        &gone.last_name,
        &gone.email,
        &gone.company,
        &gone.phone,
        &gone.notes,
    ];
    assert_no_trace(&booth.data_dir(), &needles);
}

/// A person on the pre-registered attendee list, captured from it and then
/// erased: their row in the attendee list goes too.
#[test]
fn an_erased_person_leaves_no_byte_in_the_attendee_list() {
    let booth = Booth::new();
    let gone = Person::new("Listoria", 5);
    let kept = Person::new("Listkeep", 6);
    let csv = booth.dir.path().join("attendees.csv");
    let row = |p: &Person| {
        format!(
            "{},{},{},{},{},{},{},GB\n",
            p.badge_id, p.first_name, p.last_name, p.email, p.company, p.job_title, p.phone
        )
    };
    std::fs::write(
        &csv,
        format!(
            "badge_id,first_name,last_name,email,company,job_title,phone,country\n{}{}",
            row(&gone),
            row(&kept)
        ),
    )
    .unwrap();
    booth.ok(&["attendees", "import", csv.to_str().unwrap()]);
    let id = add_person(&booth, &gone);
    booth.ok(&["leads", "erase", &id]);
    // The search sees the attendee list: the other attendee is still found.
    let (found, _, _) = traces(&booth.data_dir(), &[kept.email.as_str()]);
    assert!(!found.is_empty(), "the kept attendee is not found on disk");
    let needles = [
        gone.first_name.as_str(),
        &gone.last_name,
        &gone.email,
        &gone.company,
        &gone.job_title,
        &gone.phone,
        &gone.badge_id,
    ];
    assert_no_trace(&booth.data_dir(), &needles);
}
