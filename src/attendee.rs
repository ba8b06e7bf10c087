//! Pre-registered attendees (the organiser's registration list), looked up offline
//! when a badge carries only a registration ID.

use std::io::Read;

use serde::{Deserialize, Serialize};

/// One pre-registered attendee, keyed by the registration ID printed on the badge.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendee {
    /// Registration ID as printed/encoded on the badge (e.g. `A-000123`).
    pub badge_id: String,
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// Email.
    pub email: String,
    /// Company.
    pub company: String,
    /// Job title.
    pub job_title: String,
    /// Phone as registered.
    pub phone: String,
    /// ISO 3166-1 alpha-2 as registered.
    pub country: String,
}

/// The columns an attendee list must have (in any order; others are ignored).
pub const REQUIRED_COLUMNS: [&str; 8] = [
    "badge_id",
    "first_name",
    "last_name",
    "email",
    "company",
    "job_title",
    "phone",
    "country",
];

/// Why an attendee list cannot be imported; names the line and column.
#[derive(Debug, thiserror::Error)]
pub enum AttendeeError {
    /// The header lacks a required column.
    #[error("header: missing column {0:?} (needs {cols})", cols = REQUIRED_COLUMNS.join(", "))]
    MissingColumn(&'static str),
    /// A row breaks a rule.
    #[error("line {line}: {column}: {message}")]
    Row {
        /// 1-based line in the file.
        line: u64,
        /// The column.
        column: &'static str,
        /// What is wrong.
        message: String,
    },
    /// CSV syntax (RFC 4180) or encoding.
    #[error("line {line}: {message}")]
    Csv {
        /// 1-based line.
        line: u64,
        /// What the CSV reader said.
        message: String,
    },
}

/// Parses an attendee list: CSV (RFC 4180, UTF-8, optional BOM) with a header row
/// naming at least [`REQUIRED_COLUMNS`]. Every value is trimmed; `badge_id` must be
/// non-empty and unique; no value may contain control characters.
pub fn parse_csv(input: impl Read) -> Result<Vec<Attendee>, AttendeeError> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(input);
    let csv_err = |e: csv::Error| AttendeeError::Csv {
        line: e.position().map(|p| p.line()).unwrap_or(1),
        message: e.to_string(),
    };
    let headers = rdr.headers().map_err(csv_err)?.clone();
    let index = |name: &'static str| {
        headers
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}').eq_ignore_ascii_case(name))
            .ok_or(AttendeeError::MissingColumn(name))
    };
    let cols = REQUIRED_COLUMNS
        .iter()
        .map(|c| index(c))
        .collect::<Result<Vec<_>, _>>()?;
    let mut out: Vec<Attendee> = Vec::new();
    let mut seen = std::collections::HashMap::new();
    for rec in rdr.records() {
        let rec = rec.map_err(csv_err)?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let mut vals: [String; REQUIRED_COLUMNS.len()] = Default::default();
        for ((name, &i), slot) in REQUIRED_COLUMNS.iter().zip(&cols).zip(&mut vals) {
            let v = rec.get(i).unwrap_or("").to_owned();
            if let Some((pos, c)) = crate::text::first_control(&v) {
                return Err(AttendeeError::Row {
                    line,
                    column: name,
                    message: format!(
                        "control character U+{:04X} at position {}",
                        c as u32,
                        pos + 1
                    ),
                });
            }
            if let Err(e) = crate::limits::check_chars(name, &v, crate::limits::FIELD_CHARS) {
                return Err(AttendeeError::Row {
                    line,
                    column: name,
                    message: e.detail(),
                });
            }
            *slot = v;
        }
        let [
            badge_id,
            first_name,
            last_name,
            email,
            company,
            job_title,
            phone,
            country,
        ] = vals;
        if badge_id.is_empty() {
            return Err(AttendeeError::Row {
                line,
                column: "badge_id",
                message: "is empty".into(),
            });
        }
        if let Some(first) = seen.insert(badge_id.clone(), line) {
            return Err(AttendeeError::Row {
                line,
                column: "badge_id",
                message: format!("{badge_id:?} is also on line {first}"),
            });
        }
        out.push(Attendee {
            badge_id,
            first_name,
            last_name,
            email,
            company,
            job_title,
            phone,
            country,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_list_parses() {
        let f = std::fs::File::open(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpus/badges/attendees.csv"
        ))
        .unwrap();
        let list = parse_csv(f).unwrap();
        let grace = list.iter().find(|a| a.badge_id == "A-000123").unwrap();
        assert_eq!(grace.first_name, "Grace");
        assert_eq!(grace.job_title, "Rear Admiral");
        assert_eq!(grace.country, "US");
    }

    #[test]
    fn columns_in_any_order_with_bom_and_extras() {
        let csv = "\u{feff}email,badge_id,first_name,last_name,company,job_title,phone,country,ticket\n\
                   a@x.org, B1 ,Ann,Lee,Co,CTO,,DE,VIP\n";
        let list = parse_csv(csv.as_bytes()).unwrap();
        assert_eq!(list[0].badge_id, "B1");
        assert_eq!(list[0].email, "a@x.org");
    }

    #[test]
    fn errors_name_line_and_column() {
        let head = REQUIRED_COLUMNS.join(",");
        let cases = [
            (
                "badge_id,first_name\nX,Y\n".to_owned(),
                "missing column \"last_name\"",
            ),
            (
                format!("{head}\nB1,A,B,,,,,\nB1,C,D,,,,,\n"),
                "line 3: badge_id",
            ),
            (format!("{head}\n,A,B,,,,,\n"), "line 2: badge_id: is empty"),
            (
                format!("{head}\nB1,A\u{1b}[2J,B,,,,,\n"),
                "line 2: first_name: control",
            ),
            (format!("{head}\nB1,A,B\n"), "line 2"),
            (
                format!("{head}\nB1,A,{},,,,,\n", "é".repeat(1_001)),
                "line 2: last_name: is 1001 characters, more than the 1000 it may have",
            ),
        ];
        let at_limit = format!("{head}\nB1,A,{},,,,,\n", "é".repeat(1_000));
        assert!(parse_csv(at_limit.as_bytes()).is_ok());
        for (csv, want) in cases {
            let err = parse_csv(csv.as_bytes()).unwrap_err().to_string();
            assert!(err.contains(want), "{want}: {err}");
        }
    }
}
