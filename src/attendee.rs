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

/// The header spellings each of [`REQUIRED_COLUMNS`] is known by, compared
/// without case, spaces, `_`, `-` or `.` (so `Badge ID`, `badge-id` and
/// `BADGE_ID` are all `badgeid`), in order of preference when a list has more
/// than one. Only names that cannot mean another thing: `Title` (a salutation
/// in many lists) or `Role` (attendee, speaker) are not a job title.
const HEADER_SPELLINGS: [&[&str]; 8] = [
    &[
        "badgeid",
        "badge",
        "badgenumber",
        "badgeno",
        "registrationid",
        "registrationnumber",
        "registrationno",
        "regid",
        "attendeeid",
    ],
    &["firstname", "givenname", "forename", "first"],
    &["lastname", "surname", "familyname", "last"],
    &["email", "emailaddress", "mail"],
    &[
        "company",
        "companyname",
        "organisation",
        "organization",
        "employer",
    ],
    &["jobtitle", "position", "jobposition"],
    &[
        "phone",
        "phonenumber",
        "telephone",
        "tel",
        "mobile",
        "mobilephone",
        "mobilenumber",
    ],
    &["country", "countrycode"],
];

/// A header cell as compared with [`HEADER_SPELLINGS`].
fn header_key(cell: &str) -> String {
    cell.trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '.') && !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The spreadsheet name of the 0-based column `i`: A, B, ... Z, AA, AB ...
pub fn column_letters(i: usize) -> String {
    let mut n = i + 1;
    let mut out = Vec::new();
    while n > 0 {
        let d = (n - 1) % 26;
        out.push(b'A' + d as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

/// The field separator of a list, from its header line: the one of `,`, `;`
/// and tab that occurs most often outside quotes (`,` when none does). Excel
/// writes `;` where the decimal mark is a comma; tab-separated text comes from
/// copying a spreadsheet.
fn separator(header: &[u8]) -> u8 {
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for &b in header {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    if counts[best] == 0 {
        b','
    } else {
        [b',', b';', b'\t'][best]
    }
}

/// Where a field is in an attendee list: its column letter and header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The spreadsheet column, `C`.
    pub letter: String,
    /// The header as the file spells it (made safe for one line).
    pub header: String,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "column {}, {:?}", self.letter, self.header)
    }
}

/// Why an attendee list cannot be imported; names the line and column.
#[derive(Debug, thiserror::Error)]
pub enum AttendeeError {
    /// The header lacks a required column.
    #[error(
        "header: missing column {0:?} (needs {cols}; headers such as \"Badge ID\" or \"First Name\" are read too, in any case)",
        cols = REQUIRED_COLUMNS.join(", ")
    )]
    MissingColumn(&'static str),
    /// A row breaks a rule.
    #[error("line {line}: {column}: {message}{}", place.as_ref().map(|p| format!(" ({p})")).unwrap_or_default())]
    Row {
        /// 1-based line in the file.
        line: u64,
        /// The field.
        column: &'static str,
        /// Where it is in the file: `column C, "E-Mail"`, when known.
        place: Option<Place>,
        /// What is wrong.
        message: String,
    },
    /// A row whose fields cannot be read (more or fewer than the header's, not
    /// UTF-8): that row alone is skipped.
    #[error("line {line}: {message}")]
    Shape {
        /// 1-based line.
        line: u64,
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

/// Reads an attendee list row by row: CSV (RFC 4180, UTF-8, optional BOM),
/// separated by `,`, `;` or tab (whichever the header line uses), with a header
/// row naming each of [`REQUIRED_COLUMNS`] in one of its common spellings
/// (`badge_id`, `Badge ID`, `Registration Number` ...; checked here, before any
/// row). Every value is trimmed; `badge_id` must be non-empty; no value may
/// contain control characters or pass its length limit; an email must be an
/// address and a country an ISO 3166-1 alpha-2 code (stored in capitals). Rows
/// are yielded one at a time with their line, a bad row as an error naming its
/// line, field and column, so the importer can skip it and go on; a list of any
/// length is read in bounded memory. Whether a badge ID repeats is for the
/// importer to check (it keeps the IDs in its transaction, not in memory).
pub fn read_csv<R: Read>(input: R) -> Result<AttendeeRows<impl Read>, AttendeeError> {
    let mut input = std::io::BufReader::new(input);
    let mut first = Vec::new();
    std::io::BufRead::read_until(&mut input, b'\n', &mut first).map_err(|e| {
        AttendeeError::Csv {
            line: 1,
            message: e.to_string(),
        }
    })?;
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .delimiter(separator(&first))
        .from_reader(LfOnly::new(std::io::Cursor::new(first).chain(input)));
    let headers = rdr.headers().map_err(csv_error)?.clone();
    let keys: Vec<String> = headers.iter().map(header_key).collect();
    let cols = REQUIRED_COLUMNS
        .iter()
        .zip(HEADER_SPELLINGS)
        .map(|(name, spellings)| {
            spellings
                .iter()
                .find_map(|s| keys.iter().position(|k| k == s))
                .ok_or(AttendeeError::MissingColumn(name))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let places = cols
        .iter()
        .map(|&i| Place {
            letter: column_letters(i),
            header: crate::text::sanitize_line(
                headers
                    .get(i)
                    .unwrap_or_default()
                    .trim_start_matches('\u{feff}'),
            )
            .into_owned(),
        })
        .collect();
    Ok(AttendeeRows {
        rdr,
        cols,
        places,
        record: csv::StringRecord::new(),
    })
}

/// CR LF line ends read as LF: the CSV reader numbers the lines of an LF file
/// right, but not those of a CR LF one (what Excel writes), which the rows'
/// messages must name. A CR LF is one line end, and so is a CR alone (an old
/// Mac list, or a stray CR before a CR LF), read as an LF: the CSV reader ends
/// a record at a lone CR but does not count it as a line, which gave two rows
/// one line number.
struct LfOnly<R> {
    inner: R,
    /// A CR that ended the last read, not yet known to be followed by an LF.
    held_cr: bool,
}

impl<R: Read> LfOnly<R> {
    fn new(inner: R) -> Self {
        LfOnly {
            inner,
            held_cr: false,
        }
    }
}

impl<R: Read> Read for LfOnly<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if buf.len() < 2 {
            return self.inner.read(buf);
        }
        let start = usize::from(self.held_cr);
        let n = self.inner.read(&mut buf[start..])?;
        if self.held_cr {
            buf[0] = b'\r';
            self.held_cr = false;
            if n == 0 {
                buf[0] = b'\n';
                return Ok(1);
            }
        } else if n == 0 {
            return Ok(0);
        }
        let end = start + n;
        let mut out = 0;
        for i in 0..end {
            let b = buf[i];
            if b == b'\r' {
                if i + 1 == end {
                    self.held_cr = true;
                    continue;
                }
                if buf[i + 1] == b'\n' {
                    continue;
                }
                buf[out] = b'\n';
                out += 1;
                continue;
            }
            buf[out] = b;
            out += 1;
        }
        if out == 0 && self.held_cr {
            // Only the held CR so far: read on rather than report an end.
            return self.read(buf);
        }
        Ok(out)
    }
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
    /// Where each of [`REQUIRED_COLUMNS`] is, for messages.
    places: Vec<Place>,
    record: csv::StringRecord,
}

fn csv_error(e: csv::Error) -> AttendeeError {
    let line = e.position().map(|p| p.line()).unwrap_or(1);
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            len, expected_len, ..
        } => AttendeeError::Shape {
            line,
            message: format!("has {len} fields where the header has {expected_len}"),
        },
        csv::ErrorKind::Utf8 { err, .. } => AttendeeError::Shape {
            line,
            message: format!(
                "column {} is not UTF-8 text (save the list as \"CSV UTF-8\")",
                column_letters(err.field())
            ),
        },
        _ => AttendeeError::Csv {
            line,
            message: e.to_string(),
        },
    }
}

impl<R: Read> AttendeeRows<R> {
    fn row(&self) -> Result<ListedAttendee, AttendeeError> {
        let rec = &self.record;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let mut vals: [String; REQUIRED_COLUMNS.len()] = Default::default();
        let bad = |n: usize, message: String| AttendeeError::Row {
            line,
            column: REQUIRED_COLUMNS[n],
            place: Some(self.places[n].clone()),
            message,
        };
        for (n, (&i, slot)) in self.cols.iter().zip(&mut vals).enumerate() {
            let name = REQUIRED_COLUMNS[n];
            let v = rec.get(i).unwrap_or("").to_owned();
            if let Some((pos, c)) = crate::text::first_control(&v) {
                return Err(bad(
                    n,
                    format!(
                        "control character U+{:04X} at position {}",
                        c as u32,
                        pos + 1
                    ),
                ));
            }
            if let Err(e) = crate::limits::check_chars(name, &v, crate::limits::FIELD_CHARS) {
                return Err(bad(n, e.detail()));
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
            return Err(bad(0, "is empty".into()));
        }
        if let Some(problem) = crate::lead::email_problem(&email) {
            return Err(bad(
                3,
                format!("{:?} {problem}", crate::text::sanitize_line(&email)),
            ));
        }
        let country = if country.is_empty() {
            country
        } else {
            crate::country::normalise(&country).map_err(|m| bad(7, m))?
        };
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
        place: None,
        message: format!(
            "{:?} is also on line {first}",
            crate::text::sanitize_line(badge_id)
        ),
    }
}

impl AttendeeError {
    /// Whether the error is one row's (skipped, the others imported), not the
    /// list's (nothing imported).
    pub fn is_row(&self) -> bool {
        matches!(
            self,
            AttendeeError::Row { .. } | AttendeeError::Shape { .. }
        )
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

    /// Issue 16: lists exported from Excel and registration systems.
    #[test]
    fn common_header_spellings_separators_and_a_bom_are_read() {
        let lists = [
            "\u{feff}Badge ID;First Name;Last Name;E-Mail;Company;Job Title;Phone;Country\r\n\
             B1;Ann;Lee;ann@example.org;\"Co; Ltd\";CTO;+49 30 1234567;de\r\n",
            "REGISTRATION NUMBER\tgiven name\tSurname\tEmail Address\tOrganisation\tPosition\tMobile\tCountry Code\n\
             B1\tAnn\tLee\tann@example.org\tCo; Ltd\tCTO\t+49 30 1234567\tDE\n",
            "badge_id,first_name,last_name,email,company,job_title,phone,country\n\
             B1,Ann,Lee,ann@example.org,Co; Ltd,CTO,+49 30 1234567,DE\n",
        ];
        for list in lists {
            let got = parse_csv(list.as_bytes()).unwrap_or_else(|e| panic!("{list:?}: {e}"));
            assert_eq!(
                got,
                [Attendee {
                    badge_id: "B1".into(),
                    first_name: "Ann".into(),
                    last_name: "Lee".into(),
                    email: "ann@example.org".into(),
                    company: "Co; Ltd".into(),
                    job_title: "CTO".into(),
                    phone: "+49 30 1234567".into(),
                    country: "DE".into(),
                }],
                "{list:?}"
            );
        }
        // "Title" may be a salutation: never taken for the job title.
        let err = parse_csv(b"Badge,First,Last,Email,Company,Title,Phone,Country\n").unwrap_err();
        assert!(
            err.to_string().contains("missing column \"job_title\""),
            "{err}"
        );
    }

    #[test]
    fn each_bad_row_names_its_line_field_and_column_and_the_next_row_still_reads() {
        let list = "Badge ID;First Name;Last Name;Email;Company;Job Title;Phone;Country\n\
                    B1;Ann;Lee;ann@;;;;\n\
                    B2;Bob;Ray;bob@example.org;;;;ZZ\n\
                    B3;Cy;Ode\n\
                    B4;Di;Ash;;;;;gb\n";
        let rows: Vec<Result<ListedAttendee, AttendeeError>> =
            read_csv(list.as_bytes()).unwrap().collect();
        assert_eq!(rows.len(), 4);
        let errs: Vec<String> = rows[..3]
            .iter()
            .map(|r| {
                let e = r.as_ref().unwrap_err();
                assert!(e.is_row(), "{e}");
                e.to_string()
            })
            .collect();
        assert_eq!(
            errs[0],
            "line 2: email: \"ann@\" is not a valid email address (like name@example.com) (column D, \"Email\")"
        );
        assert!(
            errs[1].starts_with("line 3: country: \"ZZ\" is not a country name we know")
                && errs[1].ends_with("(column H, \"Country\")"),
            "{}",
            errs[1]
        );
        assert_eq!(errs[2], "line 4: has 3 fields where the header has 8");
        let last = rows[3].as_ref().unwrap();
        assert_eq!((last.line, last.attendee.country.as_str()), (5, "GB"));
    }

    #[test]
    fn a_lone_cr_ends_a_line_too() {
        // An old Mac list, and a stray CR before a CR LF (found by the
        // attendee_csv fuzz target: two rows were both "line 2").
        let list = "badge_id,first_name,last_name,email,company,job_title,phone,country\r\
                    B1,A,B,,,,,\rB2,C,D,,,,,\r\r\nB3,E,F,,,,,\n";
        let lines: Vec<u64> = read_csv(list.as_bytes())
            .unwrap()
            .map(|r| r.map(|l| l.line).unwrap_or_else(|e| panic!("{e}")))
            .collect();
        // Each row on a line of its own, in order (the blank line a CR before a
        // CR LF makes is not one the CSV reader counts).
        assert_eq!(&lines[..2], [2, 3]);
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "{lines:?}");
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn crlf_lists_name_the_right_lines() {
        let list = "badge_id,first_name,last_name,email,company,job_title,phone,country\r\n\
                    B1,A,B,,,,,\r\nB2,C,D,bad,,,,\r\nB3,\"E\r\nF\",G,,,,,\r\nB4,H,I,nope,,,,\r\n";
        let lines: Vec<u64> = read_csv(list.as_bytes())
            .unwrap()
            .map(|r| match r {
                Ok(l) => l.line,
                Err(AttendeeError::Row { line, .. }) => line,
                Err(e) => panic!("{e}"),
            })
            .collect();
        assert_eq!(lines, [2, 3, 4, 6]);
        // A CR alone reads as an LF; one split from its LF across reads is one
        // line end.
        let mut r = LfOnly::new(std::io::Read::chain(&b"a\rb\r"[..], &b"\nc\r"[..]));
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut r, &mut out).unwrap();
        assert_eq!(out, b"a\nb\nc\n");
    }

    #[test]
    fn spreadsheet_column_letters() {
        let cases = [
            (0, "A"),
            (3, "D"),
            (25, "Z"),
            (26, "AA"),
            (27, "AB"),
            (701, "ZZ"),
            (702, "AAA"),
        ];
        for (i, want) in cases {
            assert_eq!(column_letters(i), want, "{i}");
        }
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
