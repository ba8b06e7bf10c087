//! The central import: batches from several booth laptops merged into one
//! database whatever their order, what it refuses, and the CRM CSV files; each
//! test runs once per central store backend (`support::central::backends`).
#![allow(clippy::unwrap_used)] // a test may unwrap: a failure is a failed test with its line

mod support;

mod central {
    mod adversarial;
    mod chunks;
    mod concurrency;
    mod consent;
    mod crm;
    mod csv;
    mod language;
    mod laptops;
    mod order;
    mod person;
    mod refusals;
    mod report;
    mod sealed;
    mod server;
    mod staff_language;
    mod url;
}
