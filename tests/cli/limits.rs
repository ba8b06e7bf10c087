//! One set of limits (`leadbooth::limits`), each refused where the value first
//! enters, with a message naming the field and the limit; each tested at the
//! limit and one past it. Export, verify and import agree on the longest line of
//! a batch.

use std::path::{Path, PathBuf};

use crate::support::booth::lead_line;
use crate::support::central::{Central, Sqlite};
use crate::support::{Booth, stderr};
use leadbooth::lead::Lead;
use leadbooth::paths::DataDir;
use leadbooth::store::Store;
use serde_json::json;

/// The limits as the README's table gives them (the tests use the numbers, so
/// a changed limit must change the documentation too).
const FIELD_CHARS: usize = 1_000;
const NOTES_CHARS: usize = 20_000;
const LABEL_CHARS: usize = 2_000;
const NAME_CHARS: usize = 200;
const URL_CHARS: usize = 2_000;
const EVENT_FILE_BYTES: usize = 1024 * 1024;
const POLICY_BYTES: usize = 1024 * 1024;
const LINE_BYTES: usize = 1024 * 1024;

const MINIMAL: &str = "[event]\nid = \"x-1\"\nname = \"X\"\norganisation = \"Org\"\n";

fn event_file(booth: &Booth, text: &str) -> PathBuf {
    let path = booth.dir.path().join("event.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// `leads list` with the event in `text`: Ok, or the error line.
fn load(booth: &Booth, text: &str) -> Result<(), String> {
    let path = event_file(booth, text);
    let out = booth.run(&["--config", path.to_str().unwrap(), "leads", "list"]);
    if out.status.success() {
        Ok(())
    } else {
        Err(stderr(&out))
    }
}

fn assert_at_and_past(booth: &Booth, what: &str, make: impl Fn(usize) -> String, limit: usize) {
    if let Err(e) = load(booth, &make(limit)) {
        panic!("{what} at the limit ({limit}) refused: {e}");
    }
    let err = load(booth, &make(limit + 1)).expect_err(what);
    assert!(
        err.contains(what) && err.contains(&limit.to_string()),
        "{what} past the limit: {err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn event_file_labels_names_and_urls_have_limits() {
    let booth = Booth::new();
    let purpose =
        |label: &str| format!("{MINIMAL}[[purpose]]\nid = \"ack\"\nlabel = \"{label}\"\n");
    assert_at_and_past(
        &booth,
        "purpose[0].label",
        |n| purpose(&"é".repeat(n)),
        LABEL_CHARS,
    );
    assert_at_and_past(
        &booth,
        "question[0].label",
        |n| {
            format!(
                "{}[[question]]\nid = \"q\"\nlabel = \"{}\"\nkind = \"text\"\n",
                MINIMAL,
                "q".repeat(n)
            )
        },
        LABEL_CHARS,
    );
    assert_at_and_past(
        &booth,
        "question[0].choices[1]",
        |n| {
            format!(
                "{}[[question]]\nid = \"q\"\nlabel = \"Q\"\nkind = \"single\"\nchoices = [\"a\", \"{}\"]\n",
                MINIMAL,
                "c".repeat(n)
            )
        },
        LABEL_CHARS,
    );
    assert_at_and_past(
        &booth,
        "event.name",
        |n| MINIMAL.replace("name = \"X\"", &format!("name = \"{}\"", "n".repeat(n))),
        NAME_CHARS,
    );
    assert_at_and_past(
        &booth,
        "event.organisation",
        |n| {
            MINIMAL.replace(
                "organisation = \"Org\"",
                &format!("organisation = \"{}\"", "o".repeat(n)),
            )
        },
        NAME_CHARS,
    );
    assert_at_and_past(
        &booth,
        "policy.url",
        |n| {
            let base = "https://example.org/";
            format!(
                "{MINIMAL}[policy]\nurl = \"{base}{}\"\n",
                "p".repeat(n - base.len())
            )
        },
        URL_CHARS,
    );
}

#[test]
fn a_10_mb_consent_label_never_reaches_the_screen() {
    let booth = Booth::new();
    let label = "L".repeat(10 * 1024 * 1024);
    let text = format!("{MINIMAL}[[purpose]]\nid = \"ack\"\nlabel = \"{label}\"\n");
    let err = load(&booth, &text).unwrap_err();
    assert!(
        err.contains("event.toml") && err.contains(&EVENT_FILE_BYTES.to_string()),
        "{err}"
    );
    // At the file limit exactly (padded with a comment), the file loads.
    let mut text = MINIMAL.to_owned();
    text.push('#');
    text.push_str(&"x".repeat(EVENT_FILE_BYTES - text.len() - 1));
    text.push('\n');
    assert_eq!(text.len(), EVENT_FILE_BYTES);
    load(&booth, &text).unwrap();
    text.insert(text.len() - 1, 'x');
    let err = load(&booth, &text).unwrap_err();
    assert!(err.contains(&EVENT_FILE_BYTES.to_string()), "{err}");
}

#[test]
fn a_policy_file_has_a_size_limit() {
    let booth = Booth::new();
    let policy = booth.dir.path().join("policy.md");
    let with_policy = format!("{MINIMAL}[policy]\nfile = \"policy.md\"\n");
    let head = "# Policy\n\nLast Updated: 2026-01-02\n\n";
    let mut text = head.to_owned();
    text.push_str(&"w".repeat(POLICY_BYTES - head.len()));
    std::fs::write(&policy, &text).unwrap();
    load(&booth, &with_policy).unwrap();
    text.push('w');
    std::fs::write(&policy, &text).unwrap();
    let err = load(&booth, &with_policy).unwrap_err();
    assert!(
        err.contains("policy.md") && err.contains(&POLICY_BYTES.to_string()),
        "{err}"
    );
}

#[test]
fn a_policy_url_must_be_http_or_https() {
    let booth = Booth::new();
    for bad in [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<b>hi</b>",
        "ftp://example.org/p",
        "//example.org/p",
        "https://",
        "example.org/privacy",
    ] {
        let err = load(&booth, &format!("{MINIMAL}[policy]\nurl = \"{bad}\"\n")).unwrap_err();
        assert!(
            err.contains("policy.url") && err.contains("http"),
            "{bad}: {err}"
        );
    }
    for good in ["https://example.org/privacy", "HTTP://example.org/p?q=1#x"] {
        load(&booth, &format!("{MINIMAL}[policy]\nurl = \"{good}\"\n")).unwrap();
    }
}

fn add(booth: &Booth, fields: serde_json::Value) -> Result<(), String> {
    let input = lead_line(fields, &[]) + "\n";
    let out = booth.run_with_stdin(&["leads", "add", "-"], Some(input.as_bytes()));
    if out.status.success() {
        Ok(())
    } else {
        Err(stderr(&out))
    }
}

#[test]
fn lead_fields_and_notes_have_limits_at_entry() {
    let booth = Booth::new();
    for field in ["first_name", "last_name", "company", "job_title"] {
        let at = json!({"first_name": "Ann", "email": "ann@example.com", field: "ß".repeat(FIELD_CHARS)});
        add(&booth, at).unwrap_or_else(|e| panic!("{field} at the limit: {e}"));
        let past = json!({"first_name": "Ann", "email": "ann@example.com", field: "ß".repeat(FIELD_CHARS + 1)});
        let err = add(&booth, past).unwrap_err();
        assert!(
            err.contains(&format!("line 1: {field}")) && err.contains(&FIELD_CHARS.to_string()),
            "{field}: {err}"
        );
    }
    let notes = |n: usize| json!({"first_name": "Ann", "email": "a@example.com", "notes": "n\n".repeat(n / 2)});
    add(&booth, notes(NOTES_CHARS)).unwrap();
    let err = add(&booth, notes(NOTES_CHARS + 2)).unwrap_err();
    assert!(
        err.contains("line 1: notes") && err.contains(&NOTES_CHARS.to_string()),
        "{err}"
    );
}

#[test]
fn a_leads_add_line_longer_than_a_batch_line_is_refused_without_reading_it_whole() {
    let booth = Booth::new();
    let mut line = lead_line(
        json!({"first_name": "Ann", "email": "ann@example.com", "notes": ""}),
        &[],
    );
    let pad = LINE_BYTES + 1 - line.len();
    line = line.replace(
        "\"notes\":\"\"",
        &format!("\"notes\":\"{}\"", " ".repeat(pad)),
    );
    assert_eq!(line.len(), LINE_BYTES + 1);
    let out = booth.run_with_stdin(&["leads", "add", "-"], Some(format!("{line}\n").as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("line 1") && err.contains(&LINE_BYTES.to_string()),
        "{err}"
    );
    assert!(booth.leads().is_empty());
}

/// A lead as the booth stores it, with answers padded so that its line in
/// `leads.jsonl` is exactly `bytes` long (answers are not checked against the
/// event when saved straight to the store, as an older leadbooth might have).
fn lead_of_line_length(template: &serde_json::Value, n: u32, bytes: usize) -> Lead {
    let mut v = template.clone();
    v["lead_id"] = format!("01900000-0000-7000-8000-{n:012x}").into();
    // Issue 11: a receipt number belongs to one lead only.
    v["receipt_id"] = leadbooth::lead::new_receipt_id().into();
    let len = |v: &serde_json::Value| serde_json::to_string(v).unwrap().len();
    let mut answers = serde_json::Map::new();
    for i in 0.. {
        v["answers"] = serde_json::Value::Object(answers.clone());
        let room = bytes - len(&v);
        if room == 0 {
            break;
        }
        // An answer `,"q0001":"…"` costs 11 bytes besides its text (10 for the
        // first); one of up to 1,000 characters, or what is left.
        let overhead = if answers.is_empty() { 10 } else { 11 };
        let text = if room >= overhead + 1000 + 12 {
            1000
        } else if room >= overhead {
            room - overhead
        } else {
            // Too little room for another answer: shorten the last one.
            let key = answers.keys().next_back().unwrap().clone();
            let last = answers.remove(&key).unwrap().as_str().unwrap().len();
            answers.insert(key, "a".repeat(last - (overhead - room)).into());
            continue;
        };
        answers.insert(format!("q{i:04}"), "a".repeat(text).into());
    }
    assert_eq!(len(&v), bytes);
    serde_json::from_value(v).unwrap()
}

fn stored(booth: &Booth) -> Store {
    Store::open(&DataDir::new(booth.data_dir())).unwrap()
}

#[test]
fn export_verify_and_import_agree_on_the_longest_line() {
    let booth = Booth::new();
    add(
        &booth,
        json!({"first_name": "Ann", "email": "ann@example.com"}),
    )
    .unwrap();
    let template = booth.leads().pop().unwrap();
    booth.export(&[]);
    let at_limit = lead_of_line_length(&template, 1, LINE_BYTES);
    stored(&booth)
        .save_leads(std::slice::from_ref(&at_limit), "test", "lead_added")
        .unwrap();
    let batch = booth.export(&[]);
    let line = std::fs::read(batch.join("leads.jsonl")).unwrap();
    assert_eq!(
        line.len(),
        LINE_BYTES + 1,
        "one line of the limit, and its \\n"
    );
    let pubkey = booth.pubkey();
    booth.ok(&[
        "verify",
        batch.to_str().unwrap(),
        "--pubkey",
        pubkey.to_str().unwrap(),
    ]);
    let central = Central::new(&Sqlite);
    std::fs::copy(&pubkey, central.trust().join("booth.pub")).unwrap();
    let first = booth
        .dir
        .path()
        .join("data/exports")
        .read_dir()
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with("000001"))
        .collect::<Vec<_>>();
    let out = central.import_ok(&[&first[0], &batch], &[]);
    assert!(out.contains("2 batches imported"), "{out}");

    // One byte more: refused by the export, naming the lead and the limit, with
    // nothing written and nothing marked exported.
    let past = lead_of_line_length(&template, 2, LINE_BYTES + 1);
    stored(&booth)
        .save_leads(std::slice::from_ref(&past), "test", "lead_added")
        .unwrap();
    let exports = booth.data_dir().join("exports");
    let before = listing(&exports);
    for _ in 0..2 {
        let err = booth.fails(&["export"]);
        assert!(
            err.contains(&past.lead_id.to_string()) && err.contains(&LINE_BYTES.to_string()),
            "{err}"
        );
        assert_eq!(listing(&exports), before);
    }

    // The same line in a batch made by hand: verify and import refuse it alike.
    let forged = booth.dir.path().join("forged");
    crate::support::copy_dir(&batch, &forged);
    let mut json = serde_json::to_string(&past).unwrap();
    json.push('\n');
    std::fs::write(forged.join("leads.jsonl"), json).unwrap();
    crate::support::tamper::reseal(
        &forged,
        crate::support::tamper::Seal::Consistent(&booth.signer()),
    );
    let err = booth.fails(&[
        "verify",
        forged.to_str().unwrap(),
        "--pubkey",
        pubkey.to_str().unwrap(),
    ]);
    let expect = format!("leads.jsonl line 1: is longer than {LINE_BYTES} bytes");
    assert!(err.contains(&expect), "{err}");
    let central = Central::new(&Sqlite);
    std::fs::copy(&pubkey, central.trust().join("booth.pub")).unwrap();
    central.import_ok(&[&first[0]], &[]);
    let out = central.import(&[&forged], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&expect), "{}", stderr(&out));
}

fn listing(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| r.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    v.sort();
    v
}
