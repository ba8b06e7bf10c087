//! The booth app in process: the real event handling and loop driven with key
//! events and a test clock, drawn on a ratatui `TestBackend` (the staff form,
//! the policy, the lead list's search and a lead's details, export, badge
//! scans, kiosk mode, drafts). One harness drives them all:
//! `support::app::TuiBooth`.
#![allow(clippy::unwrap_used)] // a test may unwrap: a failure is a failed test with its line

mod support;

mod booth {
    mod app;
    mod attendee;
    mod attendee_words;
    mod badge_scan;
    mod badges_40;
    mod booth_words;
    mod contrast;
    mod countries;
    mod drafts;
    mod duplicates;
    mod export_picker;
    mod keystrokes;
    mod kiosk;
    mod kiosk_ids;
    mod kiosk_words;
    mod language;
    mod leads_detail;
    mod leads_search;
    mod leftovers;
    mod lists;
    mod returning;
    mod scan_property;
    mod scanner_check;
    mod scripts;
    mod search_index;
    mod staff_language;
    mod stats;
    mod status_lines;
    mod who_reads;
}
