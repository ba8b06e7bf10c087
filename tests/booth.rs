//! The booth app in process: the real event handling and loop driven with key
//! events and a test clock, drawn on a ratatui `TestBackend` (badge scans, the
//! lead list's search, a lead's details).
#![allow(clippy::unwrap_used)] // a test may unwrap: a failure is a failed test with its line

mod support;

mod booth {
    mod badge_scan;
    mod leads_detail;
    mod leads_search;
}
