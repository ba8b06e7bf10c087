//! The scanned corpus, line-end and truncation variants of it, the public API's
//! edges, and a no-panic sweep over the Big List of Naughty Strings.

use std::collections::BTreeSet;
use std::fs;

use super::*;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/badges/");
const BLNS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/blns.json");
const ID_FILE: &str = "badge-id.txt";

fn read(name: &str) -> String {
    let path = format!("{CORPUS}{name}");
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `(file name, expected prefill)` for every payload named in expected.json.
fn expectations() -> Vec<(String, BadgePrefill)> {
    let json: serde_json::Value = serde_json::from_str(&read("expected.json")).unwrap();
    let object = json.as_object().expect("expected.json is an object");
    let names: BTreeSet<&str> = FIELD_NAMES.into_iter().collect();
    object
        .iter()
        .filter(|(file, _)| !file.starts_with('_'))
        .map(|(file, fields)| {
            for key in fields.as_object().expect("an object per file").keys() {
                assert!(names.contains(key.as_str()), "{file}: unknown field {key}");
            }
            let prefill =
                serde_json::from_value(fields.clone()).unwrap_or_else(|e| panic!("{file}: {e}"));
            (file.clone(), prefill)
        })
        .collect()
}

/// The attendee row for `id`, as the prefill the store's lookup would give.
fn attendee(id: &str) -> Option<BadgePrefill> {
    let mut rows = csv::Reader::from_path(format!("{CORPUS}attendees.csv")).unwrap();
    let headers = rows.headers().unwrap().clone();
    rows.records().map(Result::unwrap).find_map(|row| {
        let get = |name: &str| {
            let at = headers.iter().position(|h| h == name)?;
            Some(row[at].to_owned()).filter(|v| !v.is_empty())
        };
        (get("badge_id").as_deref() == Some(id)).then(|| BadgePrefill {
            first_name: get("first_name"),
            last_name: get("last_name"),
            email: get("email"),
            company: get("company"),
            job_title: get("job_title"),
            phone: get("phone"),
            country: get("country"),
        })
    })
}

#[test]
fn every_corpus_payload_prefills_exactly_the_expected_fields() {
    let expected = expectations();
    assert!(expected.len() >= 6, "expected.json lost entries");
    let listed: BTreeSet<&str> = expected.iter().map(|(f, _)| f.as_str()).collect();
    for entry in fs::read_dir(CORPUS).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name != "expected.json" && name != "attendees.csv" {
            assert!(listed.contains(name.as_str()), "{name} has no expectation");
        }
    }
    for (file, want) in &expected {
        let payload = read(file);
        let got = parse_scan(&payload).unwrap_or_else(|e| panic!("{file}: {e}"));
        if file == ID_FILE {
            let id = payload.trim();
            assert_eq!(got, BadgeScan::RegistrationId(id.to_owned()), "{file}");
            assert_eq!(
                attendee(id).as_ref(),
                Some(want),
                "{file}: attendees.csv row"
            );
        } else {
            assert_eq!(got, BadgeScan::Contact(want.clone()), "{file}");
        }
    }
}

#[test]
fn filled_fields_names_what_the_badge_set() {
    let all = BadgePrefill {
        first_name: Some("a".into()),
        last_name: Some("b".into()),
        email: Some("c".into()),
        company: Some("d".into()),
        job_title: Some("e".into()),
        phone: Some("f".into()),
        country: Some("GB".into()),
    };
    assert_eq!(all.filled_fields(), FIELD_NAMES);
    assert!(BadgePrefill::default().filled_fields().is_empty());
    // The names are the serde names, so the form and the JSON agree.
    let json = serde_json::to_value(&all).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, FIELD_NAMES);

    for (file, want) in expectations() {
        if let Ok(BadgeScan::Contact(got)) = parse_scan(&read(&file)) {
            assert_eq!(got.filled_fields(), want.filled_fields(), "{file}");
        }
    }
    let BadgeScan::Contact(p) = parse_scan(&read("vcard40-teluri.vcf")).unwrap() else {
        panic!("not a contact");
    };
    assert_eq!(
        p.filled_fields(),
        ["first_name", "last_name", "email", "company", "phone"]
    );
}

/// The payload with its line ends replaced by `end`.
fn with_line_ends(payload: &str, end: &str) -> String {
    payload.replace("\r\n", "\n").replace('\n', end)
}

#[test]
fn line_ends_final_newline_and_surrounding_space_do_not_matter() {
    for (file, _) in expectations() {
        let payload = read(&file);
        let want = parse_scan(&payload).unwrap();
        for end in ["\r\n", "\n", "\r"] {
            let variant = with_line_ends(&payload, end);
            assert_eq!(parse_scan(&variant).as_ref(), Ok(&want), "{file} {end:?}");
            let unterminated = variant.trim_end_matches(end);
            assert_eq!(
                parse_scan(unterminated).as_ref(),
                Ok(&want),
                "{file} no final {end:?}"
            );
            let padded = format!("\u{feff}  \t{variant}{end}{end}  ");
            assert_eq!(
                parse_scan(&padded).as_ref(),
                Ok(&want),
                "{file} padded {end:?}"
            );
        }
    }
}

#[test]
fn a_scan_cut_anywhere_is_an_error_not_a_partial_contact() {
    for (file, _) in expectations() {
        if file == ID_FILE {
            continue; // "A-0001" is itself a well-formed ID.
        }
        let payload = read(&file);
        let payload = payload.trim_end();
        for (at, _) in payload.char_indices().skip(1) {
            let cut = &payload[..at];
            // Issue 16: a MECARD ended after a field's `;` is how many printers
            // end it (the scan's end ends the record): read, whole fields only.
            if file.starts_with("mecard") && cut.ends_with(';') && !cut.ends_with("\\;") {
                continue;
            }
            assert!(parse_scan(cut).is_err(), "{file} cut at {at}: {cut:?}");
        }
    }
}

#[test]
fn payload_prefixes_divert_the_burst() {
    for (file, _) in expectations() {
        let payload = read(&file);
        let is_card = file != ID_FILE;
        for (at, _) in payload.char_indices().skip(1) {
            assert_eq!(
                looks_like_scan_start(&payload[..at]),
                is_card,
                "{file} at {at}"
            );
        }
    }
    for typed in [
        "m",
        "Me",
        "MECARD",
        "mecard:n:",
        "b",
        "BEGIN:",
        "begin:vcard\n",
        "  MEC",
    ] {
        assert!(looks_like_scan_start(typed), "{typed:?}");
    }
    for typed in [
        "",
        " ",
        "Mary",
        "Ben",
        "BEGIN:VCALENDAR",
        "MECARDS",
        "ada@example.org",
        "ß",
    ] {
        assert!(!looks_like_scan_start(typed), "{typed:?}");
    }
}

#[test]
fn dispatch_ignores_case_and_rejects_non_badges() {
    let p = parse_scan("mecard:n:Doe,Jane;;").unwrap();
    assert!(matches!(p, BadgeScan::Contact(c) if c.last_name.as_deref() == Some("Doe")));
    let p = parse_scan("begin:vcard\nversion:3.0\nfn:Jane Doe\nend:vcard\n").unwrap();
    assert!(matches!(p, BadgeScan::Contact(c) if c.first_name.as_deref() == Some("Jane")));
    for empty in ["", " ", "\r\n", "\n\n\t", "\u{feff}"] {
        assert_eq!(parse_scan(empty), Err(BadgeError::Empty), "{empty:?}");
    }
    for other in [
        "Smith",
        "ada@example.org",
        "+441632960123",
        "hello world",
        "BEGIN:VCALENDAR",
    ] {
        assert_eq!(
            parse_scan(other),
            Err(BadgeError::Unrecognized),
            "{other:?}"
        );
    }
}

#[test]
fn malformed_payloads_give_errors() {
    for (payload, want) in [
        (
            "MECARD:N:Lovelace,Ada;ORG:Analyt",
            BadgeError::MecardNotTerminated,
        ),
        ("MECARD:", BadgeError::MecardNotTerminated),
        (
            "MECARD:N:Lovelace,Ada;;MECARD:N:Hopper,Grace;;",
            BadgeError::MecardTrailingText,
        ),
        (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Wei Chen\r\n",
            BadgeError::VCardNotTerminated,
        ),
        (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n",
            BadgeError::VCardNoName,
        ),
        (
            "BEGIN:VCARDS\r\nFN:A B\r\nEND:VCARD",
            BadgeError::VCardMissingBegin,
        ),
    ] {
        assert_eq!(parse_scan(payload), Err(want), "{payload:?}");
    }
    // Messages name what is wrong.
    let messages = [
        (
            BadgeError::VCardNoName,
            "vCard carries no name, email, phone",
        ),
        (BadgeError::MecardNotTerminated, "MECARD is not terminated"),
        (BadgeError::VCardNotTerminated, "END:VCARD is missing"),
    ];
    for (err, text) in messages {
        assert!(err.to_string().contains(text), "{err}");
    }
    let err = parse_scan("BEGIN:VCARD\r\nFN:A B\r\nno colon\r\nEND:VCARD").unwrap_err();
    assert_eq!(
        err.to_string(),
        "vCard line 3 is malformed: no property name before ':'"
    );
}

#[test]
fn folded_lines_with_space_and_tab() {
    let folded =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:M\r\n üller;K\r\n\täthe\r\nORG:A\r\n  B\r\nEND:VCARD";
    let BadgeScan::Contact(p) = parse_scan(folded).unwrap() else {
        panic!("not a contact");
    };
    assert_eq!(p.last_name.as_deref(), Some("Müller"));
    assert_eq!(p.first_name.as_deref(), Some("Käthe"));
    assert_eq!(p.company.as_deref(), Some("A B"));
    // vCard 2.1 keeps the blank it folded at.
    let v21 = folded.replace("3.0", "2.1");
    let BadgeScan::Contact(p) = parse_scan(&v21).unwrap() else {
        panic!("not a contact");
    };
    assert_eq!(p.last_name.as_deref(), Some("M üller"));
    assert_eq!(p.company.as_deref(), Some("A  B"));
}

#[test]
fn quoted_printable_soft_breaks_and_iso_8859_1() {
    let card = "BEGIN:VCARD\r\nVERSION:2.1\r\n\
        N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FC=\r\nller;J=\r\nos=E9\r\n\
        ORG;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:Caf=E9 =\r\n=\r\nS.A.\r\n\
        TEL;WORK;VOICE:111\r\nTEL;PREF;CELL:222\r\n\
        EMAIL;INTERNET:a@x.org\r\nEMAIL;INTERNET;PREF:b@x.org\r\n\
        END:VCARD\r\n";
    let want = BadgePrefill {
        first_name: Some("José".into()),
        last_name: Some("Müller".into()),
        company: Some("Café S.A.".into()),
        phone: Some("222".into()),
        email: Some("b@x.org".into()),
        ..BadgePrefill::default()
    };
    for end in ["\r\n", "\n", "\r"] {
        let variant = with_line_ends(card, end);
        assert_eq!(
            parse_scan(&variant),
            Ok(BadgeScan::Contact(want.clone())),
            "{end:?}"
        );
    }
}

#[test]
fn registration_ids() {
    let mut ids = csv::Reader::from_path(format!("{CORPUS}attendees.csv")).unwrap();
    for row in ids.records() {
        let id = row.unwrap()[0].to_owned();
        assert!(is_registration_id(&id), "{id}");
        assert_eq!(
            parse_scan(&format!("{id}\r\n")),
            Ok(BadgeScan::RegistrationId(id))
        );
    }
    for id in [
        "A-000123",
        "REG2026X",
        "2026-B-7",
        "ABC123",
        " A-000123\r\n",
        "X1-Y2-Z3-W4",
    ] {
        assert!(is_registration_id(id), "{id:?}");
    }
    for not in [
        // Names, as typed into a name field.
        "Smith",
        "SMITH",
        "O'Brien",
        "Siobhán",
        "Jean-Luc",
        "JEAN-LUC",
        // E-mail addresses.
        "ada@example.org",
        "A1@EXAMPLE.ORG",
        // Phone numbers.
        "+441632960123",
        "555-0100",
        "+1-555-0100",
        "030 1234567",
        "15550100199",
        // Sentences and other text.
        "Met at booth 12",
        "A-000123 and A-000124",
        "hello world",
        // Near misses.
        "a-000123",
        "A-001",
        "-A00012",
        "A00012-",
        "A--00012",
        "ABCDEFGH",
        "123456",
        "A1B2C",
        "A12345678901234567890123456789012",
        "Ａ-000123",
        "",
    ] {
        assert!(!is_registration_id(not), "{not:?}");
    }
}

#[test]
fn naughty_strings_never_panic() {
    let text = fs::read_to_string(BLNS).unwrap();
    let strings: Vec<String> = serde_json::from_str(&text).unwrap();
    assert!(strings.len() > 100);
    for s in &strings {
        let _ = parse_scan(s);
        let _ = looks_like_scan_start(s);
        let _ = is_registration_id(s);
        for (at, _) in s.char_indices() {
            let _ = looks_like_scan_start(&s[..at]);
        }
        for wrapped in [
            format!("MECARD:{s}"),
            format!("MECARD:N:{s};ORG:{s};;"),
            format!("MECARD:N:{s},{s};TEL:{s};ADR:{s};;"),
            format!("BEGIN:VCARD\r\n{s}\r\nEND:VCARD"),
            format!("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:{s}\r\nTEL;VALUE=uri:{s}\r\nEND:VCARD"),
            format!("BEGIN:VCARD\r\nVERSION:3.0\r\nN:{s}\r\n {s}\r\nADR:{s}\r\nEND:VCARD"),
            format!(
                "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;QUOTED-PRINTABLE:{s}=\n{s}\n\
                 ORG;{s}:{s}\nEND:VCARD"
            ),
            format!("BEGIN:VCARD\r\nVERSION:{s}\r\nEND:VCARD"),
        ] {
            if let Ok(BadgeScan::Contact(p)) = parse_scan(&wrapped) {
                // Whatever came through is single-line and trimmed.
                for value in [&p.first_name, &p.last_name, &p.company, &p.phone]
                    .into_iter()
                    .flatten()
                {
                    assert!(!value.chars().any(char::is_control), "{wrapped:?}");
                    assert_eq!(value.trim(), value, "{wrapped:?}");
                }
            }
        }
    }
}
