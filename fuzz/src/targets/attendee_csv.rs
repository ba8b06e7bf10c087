//! The attendee list (CSV from the organiser), read row by row as
//! `leadbooth attendees import` reads it.
//!
//! Properties: never a panic, never a loop without end; memory bounded by the
//! file (the reader streams: one record at a time); every row read has a
//! non-empty badge id, values without control characters or white space at their
//! ends, and a line number after the previous row's.

use crate::alloc::{assert_bounded, peak_during};
use leadbooth::attendee::read_csv;

/// One input.
pub fn run(data: &[u8]) {
    let (rows, peak) = peak_during(|| {
        let Ok(rows) = read_csv(data) else {
            return Vec::new();
        };
        let mut ok = Vec::new();
        for (n, row) in rows.enumerate() {
            assert!(n <= data.len(), "more rows than bytes");
            match row {
                Ok(row) => ok.push(row),
                Err(_) => break,
            }
        }
        ok
    });
    // The rows kept here are part of the peak; the reader's own share is small.
    assert_bounded("attendee::read_csv", data.len(), peak, 32, 256 << 10);
    let mut last_line = 0;
    for row in &rows {
        assert!(
            row.line > last_line,
            "line {} after line {last_line}",
            row.line
        );
        last_line = row.line;
        let a = &row.attendee;
        assert!(!a.badge_id.is_empty(), "an attendee without a badge id");
        for value in [
            &a.badge_id,
            &a.first_name,
            &a.last_name,
            &a.email,
            &a.company,
            &a.job_title,
            &a.phone,
            &a.country,
        ] {
            assert!(!value.chars().any(char::is_control), "{value:?}");
            assert_eq!(value.as_str(), value.trim(), "{value:?} is not trimmed");
        }
    }
}
