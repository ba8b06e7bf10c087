//! The CRM CSV writer of a batch (`leads.csv`): any text in a lead's fields, the
//! event's name and its purpose ids, written as the exporter writes it and read
//! back by a CSV reader (a spreadsheet import).
//!
//! Properties: no cell read back would run as a formula (a Phone cell may be a
//! valid E.164 number); every text cell reads back as written, or with the one
//! `'` put in front of a formula; the file has one row per lead and the same
//! number of cells in every row.

use crate::formula::{assert_no_formula, would_evaluate};
use arbitrary::{Arbitrary, Unstructured};
use leadbooth::batch::{csv_header, csv_row};
use leadbooth::config::Event;
use leadbooth::lead::Lead;

#[derive(Debug, Arbitrary)]
struct Cells {
    first_name: String,
    last_name: String,
    email: String,
    company: String,
    job_title: String,
    phone: String,
    country: String,
    notes: String,
    event_name: String,
    captured_by: String,
    policy_sha256: String,
    purposes: Vec<String>,
}

fn base() -> (Lead, Event) {
    let line =
        std::fs::read(crate::fuzz_dir().join("fixtures/batch/leads.jsonl")).expect("fixture leads");
    let first = line.split(|&b| b == b'\n').next().expect("a line");
    let lead = serde_json::from_slice(first).expect("the fixture lead parses");
    (lead, Event::demo())
}

/// One input: the cells are read from `data` as libfuzzer-sys would (`Arbitrary`).
pub fn run(data: &[u8]) {
    let Ok(cells) = Cells::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    let (mut lead, mut event) = base();
    lead.first_name = cells.first_name;
    lead.last_name = cells.last_name;
    lead.email = cells.email;
    lead.company = cells.company;
    lead.job_title = cells.job_title;
    lead.phone = cells.phone;
    lead.country = cells.country;
    lead.notes = cells.notes;
    lead.captured_by = cells.captured_by;
    lead.policy.sha256 = cells.policy_sha256;
    event.name = cells.event_name;
    for (purpose, id) in event.purposes.iter_mut().zip(cells.purposes) {
        purpose.id = id;
    }

    let mut csv = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let header = csv_header(&event);
    csv.write_record(header.iter().map(|c| c.as_bytes()))
        .expect("header");
    csv.write_record(csv_row(&lead, &event).iter().map(|c| c.as_bytes()))
        .expect("row");
    let bytes = csv.into_inner().expect("bytes");

    let rows = assert_no_formula(&bytes, &["Phone"]);
    assert_eq!(rows.len(), 2, "a header and one row");
    assert_eq!(
        rows[0].len(),
        rows[1].len(),
        "header and row differ in width"
    );
    let written = [
        (0, &lead.first_name),
        (1, &lead.last_name),
        (2, &lead.email),
        (3, &lead.company),
        (4, &lead.job_title),
        (5, &lead.phone),
        (6, &lead.country),
        (8, &lead.notes),
        (9, &event.name),
        (11, &lead.captured_by),
    ];
    for (column, original) in written {
        let got = &rows[1][column];
        let quoted = would_evaluate(original) && *got == format!("'{original}");
        assert!(
            got == original || quoted,
            "column {column}: {original:?} read back as {got:?}"
        );
    }
    for (p, got) in event.purposes.iter().zip(&rows[0][12..]) {
        assert!(
            *got == p.id || (would_evaluate(&p.id) && *got == format!("'{}", p.id)),
            "purpose {:?} read back as {got:?}",
            p.id
        );
    }
}
