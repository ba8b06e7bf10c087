//! The signed batch: the library API the export screen and the central import
//! use, the real binary with the standard tools (`minisign`, `sha256sum`), hostile
//! strings round-tripped, and the tamper suite.

mod support;

mod batch {
    mod cli;
    mod library;
    mod roundtrip;
    mod tamper;
}
