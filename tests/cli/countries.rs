//! One country table (`assets/country-names.tsv`) behind every path of the
//! command line: every name in it, written in an attendee list or in a lead
//! added with `leads add`, is stored as its ISO code.

use std::fmt::Write as _;

use leadbooth::country;
use serde_json::json;

use crate::support::{Booth, consents, stderr};

/// Every (code, name) line of the shipped table.
fn table() -> Vec<(&'static str, &'static str)> {
    let all: Vec<_> = country::entries().collect();
    assert!(all.len() > 3000, "{}", all.len());
    all
}

/// (key, country) as stored, for `sql` selecting two text columns.
fn stored(booth: &Booth, sql: &str) -> Vec<(String, String)> {
    let db = rusqlite::Connection::open(booth.data_dir().join("leadbooth.sqlite3")).unwrap();
    let mut q = db.prepare(sql).unwrap();
    q.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn every_name_in_an_attendee_list_is_stored_as_its_code() {
    let booth = Booth::new();
    let table = table();
    let mut csv =
        String::from("Badge ID,First Name,Last Name,Email,Company,Job Title,Phone,Country\n");
    for (i, (_, name)) in table.iter().enumerate() {
        writeln!(
            csv,
            "C-{i},Ann,Lee,ann{i}@example.org,,,,\"{}\"",
            name.replace('"', "\"\"")
        )
        .unwrap();
    }
    let path = booth.dir.path().join("attendees.csv");
    std::fs::write(&path, csv).unwrap();
    let out = booth.run(&["attendees", "import", path.to_str().unwrap()]);
    let err = stderr(&out);
    assert!(
        out.status.success() && err.contains(" 0 rows skipped"),
        "{err}"
    );
    let rows = stored(&booth, "SELECT badge_id, country FROM attendees");
    assert_eq!(rows.len(), table.len());
    for (id, code) in rows {
        let i: usize = id.trim_start_matches("C-").parse().unwrap();
        let (want, name) = table[i];
        assert_eq!(code, want, "{name}");
    }
}

/// `leads add` builds a lead as the form does (`lead::build_lead`, whose unit
/// test takes every name of the table): here every code's first and last name
/// in the table, about 500 leads, so the whole command is checked in seconds.
#[test]
fn names_in_a_lead_added_on_the_command_line_are_stored_as_codes() {
    let booth = Booth::new();
    let all = table();
    let table: Vec<_> = all
        .iter()
        .enumerate()
        .filter(|(i, (code, _))| {
            *i == 0 || *i + 1 == all.len() || all[i - 1].0 != *code || all[i + 1].0 != *code
        })
        .map(|(_, e)| *e)
        .collect();
    assert!(table.len() > 400, "{}", table.len());
    let mut jsonl = String::new();
    for (i, (_, name)) in table.iter().enumerate() {
        let line = json!({"first_name": "Ann", "email": format!("ann{i}@example.org"),
            "country": name, "consents": consents(&["policy_ack"])});
        writeln!(jsonl, "{line}").unwrap();
    }
    booth.add(&jsonl);
    let rows = stored(&booth, "SELECT email, country FROM leads");
    assert_eq!(rows.len(), table.len());
    for (email, code) in rows {
        let i: usize = email
            .trim_start_matches("ann")
            .trim_end_matches("@example.org")
            .parse()
            .unwrap();
        let (want, name) = table[i];
        assert_eq!(code, want, "{name}");
    }
}
