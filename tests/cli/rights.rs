//! Issue 12 on the laptop: erasure and the retention purge reach every copy
//! under the data dir (database, WAL, attendee list, draft, batch copies in
//! `exports/`, logs), and the attendee list goes after the event.

use std::path::{Path, PathBuf};

use crate::support::Booth;
use crate::support::booth::batch_folder;
use serde_json::json;

/// Every file under `dir` whose bytes hold any of `needles`, with the needle.
fn traces(dir: &Path, needles: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let bytes = std::fs::read(&p).unwrap();
            for n in needles {
                if bytes.windows(n.len()).any(|w| w == n.as_bytes()) {
                    found.push(format!("{n:?} in {}", p.display()));
                }
            }
        }
    }
    found
}

const GONE: [&str; 4] = [
    "Quillonia",
    "Vexbridge",
    "quillonia@vexbridge.example",
    "+15550142377",
];
const KEPT: [&str; 3] = ["Keptonius", "keptonius@example.org", "+15550142399"];

/// A booth with two people (one also on the attendee list, with a draft naming
/// them) and one batch exported into the data dir's own `exports/`.
fn booth_with_copies() -> (Booth, String, PathBuf) {
    let booth = Booth::new();
    let csv = booth.dir.path().join("attendees.csv");
    std::fs::write(
        &csv,
        format!(
            "badge_id,first_name,last_name,email,company,job_title,phone,country\n\
             Q-1,{},{},{},Vexbridge Ltd,CTO,{},US\nK-1,{},Other,{},Kept Inc,CEO,{},US\n",
            GONE[0], GONE[1], GONE[2], GONE[3], KEPT[0], KEPT[1], KEPT[2]
        ),
    )
    .unwrap();
    booth.ok(&["attendees", "import", csv.to_str().unwrap()]);
    for (first, last, email, phone) in [
        (GONE[0], GONE[1], GONE[2], GONE[3]),
        (KEPT[0], "Other", KEPT[1], KEPT[2]),
    ] {
        booth.add(
            &json!({"first_name": first, "last_name": last, "email": email, "phone": phone,
                "notes": format!("met {first}"), "consents": crate::support::consents(&["policy_ack"])})
            .to_string(),
        );
    }
    let id = booth
        .leads()
        .iter()
        .find(|l| l["email"] == GONE[2])
        .unwrap()["lead_id"]
        .as_str()
        .unwrap()
        .to_owned();
    {
        let store =
            leadbooth::store::Store::open(&leadbooth::paths::DataDir::new(booth.data_dir()))
                .unwrap();
        store
            .save_draft(&json!({"email": GONE[2], "first_name": GONE[0]}).to_string())
            .unwrap();
    }
    let out = booth.ok(&["export"]);
    let batch = batch_folder(&out).expect("a batch folder");
    assert!(batch.starts_with(booth.data_dir()), "{}", batch.display());
    assert!(
        !traces(&booth.data_dir(), &GONE).is_empty(),
        "the person is on disk before the erasure"
    );
    (booth, id, batch)
}

#[test]
fn erasure_removes_the_person_from_every_copy_under_the_data_dir() {
    let (booth, id, batch) = booth_with_copies();
    let o = booth.run(&["leads", "erase", &id]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("removed the copy of batch 1"),
        "the erasure says which batch copy it removed: {err}"
    );
    assert!(!batch.exists(), "{} still there", batch.display());
    assert_eq!(traces(&booth.data_dir(), &GONE), Vec::<String>::new());
    // The other person is still on disk (so the search sees the files).
    for k in KEPT {
        assert!(
            !traces(&booth.data_dir(), &[k]).is_empty(),
            "{k} of the kept person not found"
        );
    }
    // The next export still chains: the ledger kept the removed batch's hashes.
    let out = booth.ok(&["export", "--all"]);
    let next = batch_folder(&out).unwrap();
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(next.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["seq"], 2);
    assert!(manifest["previous"].is_string(), "{manifest}");
}

#[test]
fn the_retention_purge_removes_the_batch_copies_too() {
    let (booth, _id, batch) = booth_with_copies();
    let db = rusqlite::Connection::open(booth.data_dir().join("leadbooth.sqlite3")).unwrap();
    db.execute("UPDATE batches SET created_at = '2020-01-01T00:00:00Z'", [])
        .unwrap();
    drop(db);
    let o = booth.run(&["leads", "purge"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("purged 2 lead(s)"), "{err}");
    assert!(err.contains("removed the copy of batch 1"), "{err}");
    assert!(!batch.exists());
    // The attendee list is not retention's business (it has its own purge):
    // what is left of the person there is the list, nothing else.
    let left = traces(&booth.data_dir(), &GONE);
    assert!(
        left.iter().all(|t| t.contains("leadbooth.sqlite3")),
        "{left:?}"
    );
    booth.ok(&["attendees", "purge"]);
    assert_eq!(traces(&booth.data_dir(), &GONE), Vec::<String>::new());
    assert_eq!(traces(&booth.data_dir(), &KEPT), Vec::<String>::new());
}

#[test]
fn a_batch_written_outside_the_data_dir_is_left_alone_and_the_erasure_says_nothing_of_it() {
    let booth = Booth::new();
    booth.add(
        &json!({"first_name": GONE[0], "email": GONE[2],
            "consents": crate::support::consents(&["policy_ack"])})
        .to_string(),
    );
    let usb = booth.dir.path().join("usb");
    std::fs::create_dir_all(&usb).unwrap();
    let out = booth.ok(&["export", "--out", usb.to_str().unwrap()]);
    let batch = batch_folder(&out).unwrap();
    let id = booth.leads()[0]["lead_id"].as_str().unwrap().to_owned();
    let o = booth.run(&["leads", "erase", &id]);
    assert!(o.status.success());
    assert!(
        batch.join("leads.jsonl").is_file(),
        "the stick's batch is the central office's copy"
    );
    assert!(!String::from_utf8_lossy(&o.stderr).contains("removed the copy"));
}

fn event_file(booth: &Booth, last_day: &str) -> PathBuf {
    let path = booth.dir.path().join("event.toml");
    std::fs::write(
        &path,
        format!(
            "[event]\nid = \"show-2026\"\nname = \"Show\"\norganisation = \"Aspera\"\n\
             last_day = \"{last_day}\"\nattendee_list_days = 3\n"
        ),
    )
    .unwrap();
    path
}

#[test]
fn the_attendee_list_is_purged_after_the_event_and_doctor_says_when() {
    let booth = Booth::new();
    let csv = crate::support::badges().join("attendees.csv");
    let future = event_file(&booth, "2099-06-01");
    let cfg = future.to_str().unwrap().to_owned();
    booth.ok(&[
        "--config",
        &cfg,
        "attendees",
        "import",
        csv.to_str().unwrap(),
    ]);
    let doctor = booth.run(&["--config", &cfg, "doctor"]);
    let text = String::from_utf8_lossy(&doctor.stdout).into_owned()
        + &String::from_utf8_lossy(&doctor.stderr);
    assert!(
        text.contains("on file, purged automatically on 2099-06-04"),
        "{text}"
    );
    assert!(!traces(&booth.data_dir(), &["Turing"]).is_empty());
    // The show is over: any command that opens the booth database removes it.
    let past = event_file(&booth, "2020-06-01");
    let cfg = past.to_str().unwrap().to_owned();
    booth.ok(&["--config", &cfg, "leads", "list"]);
    assert_eq!(
        traces(&booth.data_dir(), &["Turing", "alan@example.co.uk"]),
        Vec::<String>::new()
    );
    let doctor = booth.run(&["--config", &cfg, "doctor"]);
    let text = String::from_utf8_lossy(&doctor.stdout).into_owned();
    assert!(text.contains("no attendee list on file"), "{text}");
    // And a list is not loaded again after its purge day.
    let err = booth.fails(&[
        "--config",
        &cfg,
        "attendees",
        "import",
        csv.to_str().unwrap(),
    ]);
    assert!(err.contains("nothing was imported"), "{err}");
}

#[test]
fn doctor_warns_about_an_attendee_list_kept_with_no_end() {
    let booth = Booth::new();
    let csv = crate::support::badges().join("attendees.csv");
    booth.ok(&["attendees", "import", csv.to_str().unwrap()]);
    let doctor = booth.run(&["doctor"]);
    let text = String::from_utf8_lossy(&doctor.stdout).into_owned();
    assert!(
        text.contains("kept with no end: the event sets no last_day"),
        "{text}"
    );
}

// ------------------------------------------------- a person's requests at the booth

fn add_lead(booth: &Booth, first: &str, email: &str, phone: &str) {
    booth.add(
        &json!({"first_name": first, "last_name": "Okubo", "email": email, "phone": phone,
            "notes": format!("visit of {first}"),
            "consents": crate::support::consents(&["policy_ack", "marketing_email"])})
        .to_string(),
    );
}

#[test]
fn a_booth_lead_finds_shows_withdraws_and_erases_a_person_by_email_or_phone() {
    let booth = Booth::new();
    add_lead(&booth, "Zoë", "Zoe.Okubo@Example.COM", "+1 202 555 0143");
    add_lead(&booth, "Zoe", "zoe.okubo@example.com", "");
    add_lead(&booth, "Otto", "otto@example.com", "+1 202 555 0199");
    // By email, without case or accents; by phone in another format.
    let out = booth.ok(&["leads", "find", "ZOË.okubo@example.com", "--json"]);
    let found: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(found.len(), 2, "{out}");
    assert!(
        found
            .iter()
            .all(|l| l["notes"].as_str().unwrap().starts_with("visit of Zo"))
    );
    assert!(found[0]["consents"].is_array(), "the whole record: {out}");
    let out = booth.ok(&["leads", "find", "(202) 555-0143"]);
    assert!(out.contains("Zoë") && !out.contains("Otto"), "{out}");
    let err = booth.fails(&["leads", "find", "zoe"]);
    assert!(
        err.contains("neither an email address nor a phone number"),
        "{err}"
    );
    // Withdrawal for every lead of the person that granted it.
    let o = booth.run(&[
        "leads",
        "withdraw",
        "--person",
        "zoe.okubo@example.com",
        "--purpose",
        "marketing_email",
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert_eq!(
        err.matches("withdrew consent marketing_email").count(),
        2,
        "{err}"
    );
    // Erasure of the person: both leads, not Otto's.
    let o = booth.run(&["leads", "erase", "--person", "ZOE.OKUBO@example.com"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert_eq!(err.matches("erased lead").count(), 2, "{err}");
    let left = booth.leads();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0]["first_name"], "Otto");
    let o = booth.run(&["leads", "find", "zoe.okubo@example.com"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("0 lead(s)"));
    assert_eq!(
        traces(&booth.data_dir(), &["Okubo@", "okubo@", "2025550143"]),
        Vec::<String>::new()
    );
}
