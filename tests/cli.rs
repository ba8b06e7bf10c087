//! The command line through the real binary on temporary data dirs: `leads`,
//! erasure and withdrawal, `policy`, `doctor`, and what starting the booth or the
//! kiosk refuses before the screen is taken over.
#![allow(clippy::unwrap_used)] // a test may unwrap: a failure is a failed test with its line

mod support;

mod cli {
    mod attendees;
    mod booth_refusals;
    mod config_words;
    mod countries;
    mod damaged;
    mod doctor;
    mod erasure;
    mod first_run;
    mod first_use;
    mod help;
    mod io_words;
    mod kiosk_start;
    mod language;
    mod leads;
    mod limits;
    mod output;
    mod policy;
    mod rights;
    mod rules_language;
    mod staff_words;
    mod tui_start;
}
