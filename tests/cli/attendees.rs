//! `attendees import`: a registration list of any length is read row by row in
//! bounded memory and imported all or nothing; a repeated badge ID names both
//! lines.

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

#[test]
fn a_bad_row_at_the_end_of_a_long_list_leaves_the_previous_list() {
    let booth = Booth::new();
    let first = list(&booth, "first.csv", 3, None);
    booth.ok(&["attendees", "import", first.to_str().unwrap()]);
    assert_eq!(count(&booth), 3);

    let repeated = list(
        &booth,
        "repeated.csv",
        5_000,
        Some("R-0000002,Again,Twice,,,,,\n"),
    );
    let err = booth.fails(&["attendees", "import", repeated.to_str().unwrap()]);
    assert!(
        err.contains("repeated.csv: nothing was imported")
            && err.contains("line 5002: badge_id: \"R-0000002\" is also on line 4"),
        "{err}"
    );
    assert_eq!(count(&booth), 3, "the previous list stays whole");

    let broken = list(
        &booth,
        "broken.csv",
        5_000,
        Some("R-9,Ann,\u{1b}[2JLee,,,,,\n"),
    );
    let err = booth.fails(&["attendees", "import", broken.to_str().unwrap()]);
    assert!(
        err.contains("nothing was imported") && err.contains("line 5002: last_name: control"),
        "{err}"
    );
    assert_eq!(count(&booth), 3);

    // The same list again is fine: the IDs seen by a refused import are not kept.
    let again = list(&booth, "again.csv", 5_000, None);
    let out = booth.ok(&["attendees", "import", again.to_str().unwrap()]);
    let _ = out;
    assert_eq!(count(&booth), 5_000);
}
