//! `attendees import`: a registration list of any length is read row by row in
//! bounded memory; a bad row (a repeated badge ID naming both lines, a bad
//! field naming its line and column) is skipped and reported, a list that
//! cannot be read leaves the previous one whole.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::support::{Booth, cannot_run, stderr};

const HEADER: &str = "badge_id,first_name,last_name,email,company,job_title,phone,country\n";

/// Writes an attendee list of `rows` rows (`R-0000001` ...) and returns its path.
fn list(booth: &Booth, name: &str, rows: usize, last: Option<&str>) -> PathBuf {
    let path = booth.dir.path().join(name);
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    f.write_all(HEADER.as_bytes()).unwrap();
    let mut line = String::new();
    for i in 0..rows {
        line.clear();
        writeln!(
            line,
            "R-{i:07},Given{i},Family{i},person{i}@example.org,Company {i},Engineer,+49 30 {i:07},DE"
        )
        .unwrap();
        f.write_all(line.as_bytes()).unwrap();
    }
    if let Some(extra) = last {
        f.write_all(extra.as_bytes()).unwrap();
    }
    f.flush().unwrap();
    path
}

fn count(booth: &Booth) -> i64 {
    let db = rusqlite::Connection::open(booth.data_dir().join("leadbooth.sqlite3")).unwrap();
    db.query_row("SELECT count(*) FROM attendees", [], |r| r.get(0))
        .unwrap()
}

/// Peak resident memory (KiB) of `leadbooth attendees import FILE`, measured by
/// GNU time around the real binary.
fn peak_kib(booth: &Booth, file: &Path) -> u64 {
    let c = booth.cmd(&["attendees", "import", file.to_str().unwrap()]);
    let program = c.get_program().to_owned();
    let args: Vec<_> = c.get_args().map(|a| a.to_owned()).collect();
    let envs: Vec<_> = c
        .get_envs()
        .map(|(k, v)| (k.to_owned(), v.map(|v| v.to_owned())))
        .collect();
    let report = booth.dir.path().join("time.txt");
    let mut timed = std::process::Command::new("/usr/bin/time");
    timed
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&report)
        .arg(program)
        .args(args)
        .stdin(Stdio::null());
    timed.env_clear();
    for (k, v) in envs {
        if let Some(v) = v {
            timed.env(k, v);
        }
    }
    let out = timed.output().unwrap();
    assert!(out.status.success(), "import failed: {}", stderr(&out));
    std::fs::read_to_string(&report)
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

#[test]
fn a_long_list_is_imported_in_bounded_memory() {
    if !Path::new("/usr/bin/time").exists()
        && !cannot_run(
            "a_long_list_is_imported_in_bounded_memory",
            "GNU time (/usr/bin/time, Debian package `time`) is not installed",
        )
    {
        return;
    }
    let small = Booth::new();
    small.ok(&["doctor"]);
    let short = list(&small, "short.csv", 2_000, None);
    let short_kib = peak_kib(&small, &short);

    let large = Booth::new();
    large.ok(&["doctor"]);
    let long = list(&large, "long.csv", 100_000, None);
    let long_kib = peak_kib(&large, &long);
    assert_eq!(count(&large), 100_000);
    crate::support::report(&format!(
        "attendees import: peak RSS {short_kib} KiB for 2,000 rows, {long_kib} KiB for 100,000 rows ({} KiB file)",
        std::fs::metadata(&long).unwrap().len() / 1024
    ));
    // Held in memory, 100,000 rows cost about 40 MB more than 2,000 (seen with
    // the list collected into a Vec before the transaction); read row by row,
    // the difference is SQLite's bounded page cache.
    assert!(
        long_kib < short_kib + 12 * 1024,
        "peak RSS grew from {short_kib} KiB (2,000 rows) to {long_kib} KiB (100,000 rows)"
    );
}

/// Issue 16: a bad row is skipped and named (line, field, column); the rest of
/// the list is imported and the counts say so. (Until issue 16 a bad row
/// refused the whole list; a list that cannot be read at all still is, and the
/// previous list stays whole.)
#[test]
fn a_bad_row_at_the_end_of_a_long_list_is_skipped_and_named() {
    let booth = Booth::new();
    let first = list(&booth, "first.csv", 3, None);
    booth.ok(&["attendees", "import", first.to_str().unwrap()]);
    assert_eq!(count(&booth), 3);

    let repeated = list(
        &booth,
        "repeated.csv",
        5_000,
        Some("R-0000002,Again,Twice,,,,,\nR-9,Ann,\u{1b}[2JLee,,,,,\n"),
    );
    let out = booth.run(&["attendees", "import", repeated.to_str().unwrap()]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("line 5002: badge_id: \"R-0000002\" is also on line 4: row skipped")
            && err.contains("line 5003: last_name: control character U+001B at position 1 (column C, \"last_name\"): row skipped")
            && err.contains("imported 5000 attendees from")
            && err.contains("4997 new, 3 updated; 2 rows skipped (see above); 5000 on file"),
        "{err}"
    );
    assert_eq!(count(&booth), 5_000);

    // A list without a badge column is not read at all: the list on file stays.
    let path = booth.dir.path().join("no-badge.csv");
    std::fs::write(&path, "Name,Email\nAnn,ann@example.org\n").unwrap();
    let err = booth.fails(&["attendees", "import", path.to_str().unwrap()]);
    assert!(
        err.contains("no-badge.csv: nothing was imported")
            && err.contains("missing column \"badge_id\""),
        "{err}"
    );
    assert_eq!(count(&booth), 5_000);
}

/// Issue 16: the list as Excel saves it (semicolons, a BOM, CR LF, "Badge ID"
/// headers), with an invalid email and the country `ZZ` among its rows.
#[test]
fn an_excel_list_is_imported_and_its_bad_rows_reported() {
    let booth = Booth::new();
    let path = booth.dir.path().join("Registrations.csv");
    std::fs::write(
        &path,
        "\u{feff}Badge ID;First Name;Last Name;E-Mail;Company;Job Title;Phone;Country\r\n\
         A-1;Ann;Lee;ann@example.org;Acme;CTO;+49 30 1234567;de\r\n\
         A-2;Bob;Ray;bob(at)example.org;Acme;;;DE\r\n\
         A-3;Cy;Ode;cy@example.org;;;;ZZ\r\n\
         A-4;Di;Ash;;;;;\r\n",
    )
    .unwrap();
    let out = booth.run(&["attendees", "import", path.to_str().unwrap()]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("line 3: email: \"bob(at)example.org\" is not a valid email address")
            && err.contains("(column D, \"E-Mail\"): row skipped")
            && err.contains("line 4: country: \"ZZ\" is not a country name we know")
            && err.contains("(column H, \"Country\"): row skipped")
            && err.contains("imported 2 attendees from")
            && err.contains("2 new, 0 updated; 2 rows skipped (see above); 2 on file"),
        "{err}"
    );
    let db = rusqlite::Connection::open(booth.data_dir().join("leadbooth.sqlite3")).unwrap();
    let ann: (String, String) = db
        .query_row(
            "SELECT email, country FROM attendees WHERE badge_id = 'A-1'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(ann, ("ann@example.org".into(), "DE".into()));

    // Nothing readable in it: a failure to fix, not a success.
    std::fs::write(
        &path,
        "badge_id,first_name,last_name,email,company,job_title,phone,country\nA-9,X,Y,nope,,,,\n",
    )
    .unwrap();
    let err = booth.fails(&["attendees", "import", path.to_str().unwrap()]);
    assert!(
        err.contains("imported 0 attendees") && err.contains("1 row skipped"),
        "{err}"
    );
}
