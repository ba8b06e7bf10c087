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

/// Reads an attendee list row by row: CSV (RFC 4180, UTF-8, optional BOM) with a
/// header row naming at least [`REQUIRED_COLUMNS`] (checked here, before any row).
/// Every value is trimmed; `badge_id` must be non-empty; no value may contain
/// control characters or pass its length limit. Rows are yielded one at a time
/// with their line, so a list of any length is read in bounded memory; whether a
/// badge ID repeats is for the importer to check (it keeps the IDs in its
/// transaction, not in memory).
pub fn read_csv<R: Read>(input: R) -> Result<AttendeeRows<R>, AttendeeError> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(input);
    let headers = rdr.headers().map_err(csv_error)?.clone();
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
    Ok(AttendeeRows {
        rdr,
        cols,
        record: csv::StringRecord::new(),
    })
}

/// One row of an attendee list and the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedAttendee {
    /// 1-based line in the file where the row starts.
    pub line: u64,
    /// The attendee it describes.
    pub attendee: Attendee,
}

/// The rows of an attendee list, read one at a time (see [`read_csv`]).
pub struct AttendeeRows<R: Read> {
    rdr: csv::Reader<R>,
    cols: Vec<usize>,
    record: csv::StringRecord,
}

fn csv_error(e: csv::Error) -> AttendeeError {
    AttendeeError::Csv {
        line: e.position().map(|p| p.line()).unwrap_or(1),
        message: e.to_string(),
    }
}

impl<R: Read> AttendeeRows<R> {
    fn row(&self) -> Result<ListedAttendee, AttendeeError> {
        let rec = &self.record;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let mut vals: [String; REQUIRED_COLUMNS.len()] = Default::default();
        for ((name, &i), slot) in REQUIRED_COLUMNS.iter().zip(&self.cols).zip(&mut vals) {
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
        Ok(ListedAttendee {
            line,
            attendee: Attendee {
                badge_id,
                first_name,
                last_name,
                email,
                company,
                job_title,
                phone,
                country,
            },
        })
    }
}

impl<R: Read> Iterator for AttendeeRows<R> {
    type Item = Result<ListedAttendee, AttendeeError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.rdr.read_record(&mut self.record) {
            Ok(false) => None,
            Ok(true) => Some(self.row()),
            Err(e) => Some(Err(csv_error(e))),
        }
    }
}

/// The error for a badge ID that an attendee list holds twice.
pub fn repeated_badge_id(badge_id: &str, line: u64, first: u64) -> AttendeeError {
    AttendeeError::Row {
        line,
        column: "badge_id",
        message: format!("{badge_id:?} is also on line {first}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_csv(input: &[u8]) -> Result<Vec<Attendee>, AttendeeError> {
        read_csv(input)?.map(|r| r.map(|l| l.attendee)).collect()
    }

    #[test]
    fn corpus_list_parses() {
        let f = std::fs::File::open(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpus/badges/attendees.csv"
        ))
        .unwrap();
        let list: Vec<Attendee> = read_csv(f).unwrap().map(|r| r.unwrap().attendee).collect();
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
        let rows: Vec<u64> =
            read_csv(format!("{head}\nB1,\"A, B\",B,,,,,\nB2,C,D,,,,,\n").as_bytes())
                .unwrap()
                .map(|r| r.unwrap().line)
                .collect();
        assert_eq!(rows, [2, 3], "each row names its own line");
        for (csv, want) in cases {
            let err = parse_csv(csv.as_bytes()).unwrap_err().to_string();
            assert!(err.contains(want), "{want}: {err}");
        }
    }
}
