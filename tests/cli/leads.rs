//! `leadbooth leads` through the real binary on temporary data dirs.

use crate::support::{Booth, consents, corpus, have_tool, policy_sha256};
use serde_json::json;

fn blns() -> Vec<String> {
    let text = std::fs::read_to_string(corpus().join("blns.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn has_control(s: &str) -> bool {
    s.chars().any(char::is_control)
}

#[test]
fn blns_strings_come_back_byte_identical_or_are_refused_naming_the_field() {
    let booth = Booth::new();
    let strings = blns();
    let mut input = String::new();
    let mut expected = Vec::new();
    for s in &strings {
        // Notes take any text, control characters included.
        let single = if has_control(s) { "Plain" } else { s.as_str() };
        let line = json!({
            "first_name": single, "last_name": "Tester", "company": single, "notes": s,
            "email": "blns@example.com", "consents": consents(&["policy_ack"])
        });
        input.push_str(&line.to_string());
        input.push('\n');
        expected.push((single.to_owned(), s.clone()));
    }
    let out = booth.run_with_stdin(&["leads", "add", "-"], Some(input.as_bytes()));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let leads = booth.leads();
    assert_eq!(leads.len(), strings.len());
    for (lead, (single, notes)) in leads.iter().zip(&expected) {
        assert_eq!(
            lead["first_name"].as_str().unwrap().as_bytes(),
            single.as_bytes()
        );
        assert_eq!(
            lead["company"].as_str().unwrap().as_bytes(),
            single.as_bytes()
        );
        assert_eq!(lead["notes"].as_str().unwrap().as_bytes(), notes.as_bytes());
    }

    // Every string the single-line rule refuses is refused for each single-line
    // field, with the field named, and nothing is stored.
    let refused: Vec<_> = strings.iter().filter(|s| has_control(s)).collect();
    assert!(
        !refused.is_empty(),
        "the corpus has control characters to refuse"
    );
    for s in refused {
        for field in ["first_name", "company"] {
            let mut line = json!({
                "first_name": "Plain", "last_name": "Tester", "email": "blns@example.com",
                "consents": consents(&["policy_ack"])
            });
            line[field] = json!(s);
            let out = booth.run_with_stdin(&["leads", "add"], Some(line.to_string().as_bytes()));
            assert!(!out.status.success());
            let err = String::from_utf8(out.stderr).unwrap();
            assert!(
                err.contains(&format!("line 1: {field}: contains control character")),
                "{err}"
            );
            assert_eq!(err.lines().count(), 1, "one clear line: {err}");
            assert!(
                !err.contains('\u{1b}'),
                "no escape sequence reaches the terminal"
            );
        }
    }
    assert_eq!(booth.leads().len(), strings.len());
}

#[test]
fn add_is_all_or_nothing_and_names_the_line() {
    let booth = Booth::new();
    let good = json!({"first_name": "Ada", "email": "ada@example.org", "consents": consents(&["policy_ack"])});
    let cases = [
        (
            json!({"first_name": "Bo", "email": "bo@example.org", "consents": consents(&[])}),
            "consents.policy_ack",
        ),
        (
            json!({"first_name": "Bo", "email": "bo@example", "consents": consents(&["policy_ack"])}),
            "email",
        ),
        (
            json!({"email": "bo@example.org", "consents": consents(&["policy_ack"])}),
            "first_name",
        ),
        (
            json!({"first_name": "Bo", "consents": consents(&["policy_ack"])}),
            "email",
        ),
        (
            json!({"first_name": "Bo", "email": "b@example.org", "country": "XX", "consents": consents(&["policy_ack"])}),
            "country",
        ),
        (
            json!({"first_name": "Bo", "email": "b@example.org", "consents": [{"purpose": "policy_ack", "granted": true}]}),
            "consents.marketing_email",
        ),
        (
            json!({"first_name": "Bo", "email": "b@example.org", "consents": [{"purpose": "mind_reading", "granted": true}]}),
            "consents.mind_reading",
        ),
        (
            json!({"first_name": "Bo", "email": "b@example.org", "favourite": 1, "consents": consents(&["policy_ack"])}),
            "favourite",
        ),
    ];
    for (bad, field) in cases {
        let input = format!("{good}\n\n{bad}\n{good}\n");
        let out = booth.run_with_stdin(&["leads", "add", "-"], Some(input.as_bytes()));
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.contains("line 3") && err.contains(field),
            "{field}: {err}"
        );
        assert!(
            err.contains("nothing from standard input was saved"),
            "{err}"
        );
        assert!(booth.leads().is_empty(), "nothing saved after {field}");
    }
    let out = booth.run_with_stdin(&["leads", "add"], Some(b"{not json\n"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1"));
    let out = booth.run_with_stdin(&["leads", "add"], Some(b"\xff\xfe\n"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
}

#[test]
fn defaults_filled_and_every_purpose_recorded() {
    let booth = Booth::new();
    let line = json!({"first_name": "Zoë", "email": "zoe@example.com", "phone": "(415) 555-2671",
        "consents": consents(&["policy_ack", "marketing_email"])});
    let out = booth.run_with_stdin(
        &["--staff", "Sam", "leads", "add"],
        Some(line.to_string().as_bytes()),
    );
    assert!(out.status.success());
    let leads = booth.leads();
    let l = &leads[0];
    assert_eq!(l["source"], "cli");
    assert_eq!(l["captured_by"], "Sam");
    assert_eq!(l["event_id"], "demo-2026");
    assert_eq!(l["phone"], "+14155552671");
    assert_eq!(l["policy"]["last_updated"], "2012-10-09");
    let sha = policy_sha256();
    assert_eq!(l["policy"]["sha256"], sha.as_str());
    let cs = l["consents"].as_array().unwrap();
    assert_eq!(cs.len(), 7);
    for c in cs {
        let p = c["purpose"].as_str().unwrap();
        assert_eq!(
            c["granted"],
            p == "policy_ack" || p == "marketing_email",
            "{p}"
        );
        assert_eq!(c["method"], "staff_assisted");
        assert!(c["text"].as_str().unwrap().len() > 10);
        assert!(c["withdrawn_at"].is_null());
    }
    // show by prefix, human and JSON
    let id = l["lead_id"].as_str().unwrap();
    let shown = booth.ok(&["leads", "show", &id[..8]]);
    assert!(
        shown.contains("Zoë") && shown.contains("\n  email "),
        "{shown}"
    );
    // Issue 18: where a privacy officer looks, the language the attendee
    // agreed in (a command-line lead is in the event's language).
    assert!(
        shown.contains("\nLanguage    en (English): the attendee read and agreed in it\n"),
        "{shown}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&booth.ok(&["leads", "show", id, "--json"])).unwrap();
    assert_eq!(&json, l);
    let out = booth.run(&["leads", "show", "00000000-0000-0000-0000-000000000000"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no lead with id"));
}

#[test]
fn hostile_text_is_sanitised_on_the_terminal_but_stored_exactly() {
    let booth = Booth::new();
    let notes = "ok\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m";
    let line = json!({"first_name": "Eve", "email": "eve@example.com", "notes": notes, "consents": consents(&["policy_ack"])});
    booth.run_with_stdin(&["leads", "add"], Some(line.to_string().as_bytes()));
    for args in [vec!["leads", "list"], vec!["leads", "show"]] {
        let mut args = args.clone();
        let id = booth.leads()[0]["lead_id"].as_str().unwrap().to_owned();
        if args[1] == "show" {
            args.push(&id);
            let out = booth.ok(&args);
            assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
        } else {
            let out = booth.ok(&args);
            assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
        }
    }
    assert_eq!(booth.leads()[0]["notes"], notes);
}

#[test]
fn database_and_data_dir_are_private_and_open_with_sqlite3() {
    let booth = Booth::new();
    let line = json!({"first_name": "Ann", "email": "ann@example.com", "consents": consents(&["policy_ack"])});
    booth.run_with_stdin(&["leads", "add"], Some(line.to_string().as_bytes()));
    let db = booth.data_dir().join("leadbooth.sqlite3");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&booth.data_dir()), 0o700);
        assert_eq!(mode(&db), 0o600);
    }
    if !have_tool("sqlite3") {
        return;
    }
    let out = std::process::Command::new("sqlite3")
        .arg(&db)
        .arg("PRAGMA integrity_check; SELECT count(*) FROM leads; SELECT count(*) FROM consents; PRAGMA journal_mode;")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok\n1\n7\nwal\n");
}

#[test]
fn corrupt_database_is_reported_and_left_alone() {
    let booth = Booth::new();
    std::fs::create_dir_all(booth.data_dir()).unwrap();
    let db = booth.data_dir().join("leadbooth.sqlite3");
    let junk = vec![0x42u8; 8192];
    std::fs::write(&db, &junk).unwrap();
    let out = booth.run(&["leads", "list"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("leadbooth.sqlite3") && err.contains("damaged"),
        "{err}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), junk);
}

#[test]
fn bad_event_file_names_file_line_and_key() {
    let booth = Booth::new();
    let ev = booth.dir.path().join("event.toml");
    std::fs::write(&ev, "[event]\nid = \"x\"\nname = \"X\"\norganisation = \"O\"\n\n[[purpose]]\nid = \"policy_ack\"\nlable = \"typo\"\n").unwrap();
    let out = booth.run(&["--config", ev.to_str().unwrap(), "leads", "list"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("event.toml") && err.contains("line 8") && err.contains("lable"),
        "{err}"
    );
    // the same through the environment variable
    let out = booth
        .cmd(&["leads", "list"])
        .env("LEADBOOTH_CONFIG", &ev)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("lable"));
}

/// Issue 11: a lead typed into `leads add` cannot pass for a booth capture. Any
/// forged wording, time, method, source, collector or policy refuses the whole
/// file, naming the line and the field; what does get in is marked as coming
/// from the command line, with the operating-system user.
#[test]
fn leads_add_refuses_forged_evidence_naming_line_and_field() {
    let booth = Booth::new();
    let good = json!({"first_name": "Ada", "email": "ada@example.org", "consents": consents(&["policy_ack"])});
    let with_consent = |extra: serde_json::Value| {
        let mut cs = consents(&["policy_ack"]);
        let first = cs[0].as_object_mut().unwrap();
        first.extend(extra.as_object().unwrap().clone());
        json!({"first_name": "Bo", "email": "bo@example.org", "consents": cs})
    };
    let future = (chrono::Utc::now() + chrono::Duration::days(2)).to_rfc3339();
    let cases = [
        (
            "wording",
            with_consent(json!({"text": "I agree to everything."})),
            "consents.policy_ack",
        ),
        (
            "method",
            with_consent(json!({"method": "self_service"})),
            "consents.policy_ack",
        ),
        (
            "tick before the capture",
            {
                let mut l = with_consent(json!({"ticked_at": "2026-03-10T08:00:00Z"}));
                l["captured_at"] = json!("2026-03-10T09:00:00Z");
                l
            },
            "consents.policy_ack.ticked_at",
        ),
        (
            "capture in the future",
            {
                let mut l = with_consent(json!({}));
                l["captured_at"] = json!(future);
                l
            },
            "captured_at",
        ),
        (
            "source",
            {
                let mut l = with_consent(json!({}));
                l["source"] = json!("kiosk");
                l
            },
            "source",
        ),
        (
            "collector",
            {
                let mut l = with_consent(json!({}));
                l["captured_by"] = json!("Somebody Else");
                l
            },
            "captured_by",
        ),
        (
            "policy",
            {
                let mut l = with_consent(json!({}));
                l["policy"] =
                    json!({"sha256": "ab".repeat(32), "url": "https://example.org/privacy"});
                l
            },
            "policy.sha256",
        ),
    ];
    for (what, bad, field) in cases {
        let input = format!("{good}\n{bad}\n{good}\n");
        let out = booth.run_with_stdin(
            &["--staff", "Sam", "leads", "add", "-"],
            Some(input.as_bytes()),
        );
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "{what}: {err}");
        assert!(
            err.contains("line 2") && err.contains(field),
            "{what}: {field}: {err}"
        );
        assert!(
            err.contains("nothing from standard input was saved"),
            "{err}"
        );
        assert!(booth.leads().is_empty(), "{what}: nothing saved");
    }

    // The honest line gets in, marked as typed on the command line by this
    // operating-system user, under the event's wording.
    let out = booth.run_with_stdin(
        &["--staff", "Sam", "leads", "add"],
        Some(good.to_string().as_bytes()),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let l = &booth.leads()[0];
    assert_eq!(l["source"], "cli");
    assert_eq!(l["collection"]["entry"], json!(["command_line"]));
    assert_eq!(l["collection"]["method"], "staff_assisted");
    assert!(
        !l["collection"]["os_user"].as_str().unwrap().is_empty(),
        "{l}"
    );
}

/// Issue 11, "notice is not consent": an event that makes a marketing consent
/// a condition of saving does not load, and the error names the purpose; the
/// same purpose with a basis other than consent may be required.
#[test]
fn an_event_with_a_required_marketing_consent_fails_to_load() {
    let booth = Booth::new();
    let ev = booth.dir.path().join("event.toml");
    let text = "[event]\nid = \"x\"\nname = \"X\"\norganisation = \"O\"\n\n\
                [[purpose]]\nid = \"policy_ack\"\nlabel = \"I was shown the notice.\"\n\
                legal_basis = \"legitimate_interest\"\nrequired = true\n\n\
                [[purpose]]\nid = \"marketing_email\"\nlabel = \"Email me offers.\"\nrequired = true\n";
    std::fs::write(&ev, text).unwrap();
    let out = booth.run(&["--config", ev.to_str().unwrap(), "leads", "list"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("event.toml") && err.contains("marketing_email") && err.contains("required"),
        "{err}"
    );
    std::fs::write(&ev, text.replace("offers.\"\nrequired = true", "offers.\"")).unwrap();
    booth.ok(&["--config", ev.to_str().unwrap(), "leads", "list"]);
}

#[test]
fn an_email_with_invisible_or_bidi_characters_is_refused_naming_it() {
    let booth = Booth::new();
    for c in [
        '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}', '\u{202e}',
        '\u{2066}', '\u{200e}', '\u{61c}',
    ] {
        let email = format!("ann{c}@example.com");
        let line = json!({"first_name": "Ann", "email": email,
                          "consents": consents(&["policy_ack"])});
        let out =
            booth.run_with_stdin(&["leads", "add", "-"], Some(format!("{line}\n").as_bytes()));
        assert_eq!(out.status.code(), Some(1), "{c:?} accepted");
        let err = String::from_utf8_lossy(&out.stderr);
        let code = format!("U+{:04X}", c as u32);
        assert!(
            err.contains("line 1: email") && err.contains(&code),
            "{c:?}: {err}"
        );
    }
    assert!(booth.leads().is_empty());
}
