//! The signed batch: the library API the export screen and the central import
//! use, the real binary with the standard tools (`minisign`, `sha256sum`), hostile
//! strings round-tripped, and the tamper suite.
#![allow(clippy::unwrap_used)] // a test may unwrap: a failure is a failed test with its line

mod support;

mod batch {
    mod cli;
    mod form_language;
    mod library;
    mod roundtrip;
    mod rules_language;
    mod sealed;
    mod tamper;
}
