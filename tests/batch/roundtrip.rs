//! Round trip of hostile strings (the Big List of Naughty Strings) through
//! `leads add` → `export`: `leads.jsonl` is byte for byte `leads list --json`, and
//! `leads.csv` read back with the `csv` crate gives the same values apart from the
//! documented formula neutralisation.

use crate::support::booth::lead_line;
use crate::support::{Booth, PURPOSES};
use leadbooth::lead::Lead;

fn corpus() -> Option<Vec<String>> {
    let path = crate::support::corpus().join("blns.json");
    match std::fs::read(&path) {
        Ok(bytes) => Some(serde_json::from_slice(&bytes).unwrap()),
        Err(e) => {
            crate::support::cannot_run(
                "naughty strings round trip",
                &format!("cannot read {}: {e}", path.display()),
            );
            None
        }
    }
}

/// What leads.csv must hold for `value`: a `'` in front when it starts with one
/// of `= + - @ TAB CR` (written here independently of the code under test).
fn neutralised(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

#[test]
fn naughty_strings_survive_jsonl_exactly_and_csv_as_documented() {
    let Some(strings) = corpus() else { return };
    let mut input = String::new();
    let mut refused_single_line = 0;
    for (i, s) in strings.iter().enumerate() {
        // Single-line fields refuse control characters: those strings go in notes only.
        let single = if s.chars().any(char::is_control) {
            refused_single_line += 1;
            format!("control{i}")
        } else {
            s.clone()
        };
        input += &lead_line(
            serde_json::json!({
                "first_name": single, "last_name": "Naughty", "company": single,
                "email": format!("blns{i}@example.com"), "notes": s,
            }),
            if i % 2 == 0 {
                &["marketing_email"]
            } else {
                &["events"]
            },
        );
        input.push('\n');
    }
    assert!(refused_single_line > 0);
    // Phones: valid E.164 is exported as is; anything else kept as typed is neutralised.
    for (i, phone) in ["+12025550143", "=1+2", "-5", "@123"].iter().enumerate() {
        input += &lead_line(
            serde_json::json!({"first_name": format!("phone{i}"), "phone": phone}),
            &[],
        );
        input.push('\n');
    }
    let booth = Booth::new();
    booth.add(&input);

    let listed = booth.ok(&["leads", "list", "--json"]);
    let target = booth.dir.path().join("out");
    std::fs::create_dir(&target).unwrap();
    let folder = booth.export(&["--out", target.to_str().unwrap()]);
    let jsonl = std::fs::read_to_string(folder.join("leads.jsonl")).unwrap();
    assert_eq!(
        jsonl, listed,
        "leads.jsonl is byte for byte leads list --json"
    );
    let leads: Vec<Lead> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(leads.len(), strings.len() + 4);

    let csv_bytes = std::fs::read(folder.join("leads.csv")).unwrap();
    assert!(csv_bytes.ends_with(b"\r\n"), "CRLF record ends");
    assert!(
        !csv_bytes.starts_with(b"\xEF\xBB\xBF"),
        "no byte-order mark"
    );
    let mut rdr = csv::Reader::from_reader(&csv_bytes[..]);
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    let mut expected_header: Vec<&str> = vec![
        "First Name",
        "Last Name",
        "Email",
        "Company",
        "Job Title",
        "Phone",
        "Country",
        "Rating",
        "Notes",
        "Lead Source",
        "Captured At",
        "Captured By",
    ];
    expected_header.extend(PURPOSES);
    // Issue 16: the badge's registration ID, last.
    expected_header.extend(["Email Opt Out", "Policy Version", "Lead ID", "Badge ID"]);
    assert_eq!(header, expected_header);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();

    let mut rows = 0;
    let mut neutralised_cells = 0;
    for (record, lead) in rdr.records().zip(&leads) {
        let r = record.unwrap();
        let cell = |name: &str| r.get(col(name)).unwrap().to_owned();
        let id = &lead.lead_id;
        for (name, value) in [
            ("First Name", &lead.first_name),
            ("Last Name", &lead.last_name),
            ("Email", &lead.email),
            ("Company", &lead.company),
            ("Job Title", &lead.job_title),
            ("Country", &lead.country),
            ("Notes", &lead.notes),
            ("Captured By", &lead.captured_by),
        ] {
            assert_eq!(cell(name), neutralised(value), "{name} of lead {id}");
            if cell(name) != *value {
                neutralised_cells += 1;
            }
        }
        let phone = cell("Phone");
        if lead.phone.starts_with("+1202") {
            assert_eq!(phone, lead.phone, "valid E.164 is not neutralised");
        } else {
            assert_eq!(phone, neutralised(&lead.phone), "phone of lead {id}");
        }
        assert_eq!(cell("Lead Source"), "Demo Expo 2026");
        assert_eq!(
            cell("Captured At"),
            lead.captured_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
        );
        assert_eq!(cell("Lead ID"), id.to_string());
        assert_eq!(
            cell("Badge ID"),
            neutralised(lead.badge_id.as_deref().unwrap_or("")),
            "badge id of lead {id}"
        );
        assert_eq!(cell("Policy Version"), lead.policy.sha256);
        assert_eq!(cell("Rating"), "");
        for p in PURPOSES {
            let on = lead.consent(p).unwrap().is_active();
            assert_eq!(cell(p), if on { "1" } else { "0" }, "{p} of lead {id}");
        }
        let emailable = lead.consent("marketing_email").unwrap().is_active();
        assert_eq!(cell("Email Opt Out"), if emailable { "0" } else { "1" });
        rows += 1;
    }
    assert_eq!(rows, leads.len());
    assert!(
        neutralised_cells > 10,
        "the corpus exercises neutralisation"
    );
    let phones: Vec<&str> = leads.iter().map(|l| l.phone.as_str()).collect();
    assert!(phones.contains(&"=1+2") && phones.contains(&"+12025550143"));
}
