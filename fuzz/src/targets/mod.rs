//! The fuzz targets, one module each with `run(data)`: one input, any bytes.
//! A property that does not hold panics, which libFuzzer reports as a crash.
//!
//! Each has a thin binary in `fuzz/fuzz_targets/` (for `cargo fuzz` and
//! `scripts/fuzz.sh -n`), and the one binary `all` runs any of them, named by
//! `LEADBOOTH_FUZZ_TARGET`: CI builds and links that one instead of thirteen.

pub mod attendee_csv;
pub mod badge_scan;
pub mod batch_erasures;
pub mod batch_folder;
pub mod batch_leads;
pub mod batch_manifest;
pub mod batch_policies;
pub mod batch_signature;
pub mod batch_sums;
pub mod crm_csv;
pub mod event_file;
pub mod lead_exact_form;
pub mod scan_keys;

/// A target: runs one input, panics when a property does not hold.
pub type Target = fn(&[u8]);

/// Every target by name.
pub const TARGETS: [(&str, Target); 13] = [
    ("attendee_csv", attendee_csv::run),
    ("badge_scan", badge_scan::run),
    ("batch_erasures", batch_erasures::run),
    ("batch_folder", batch_folder::run),
    ("batch_leads", batch_leads::run),
    ("batch_manifest", batch_manifest::run),
    ("batch_policies", batch_policies::run),
    ("batch_signature", batch_signature::run),
    ("batch_sums", batch_sums::run),
    ("crm_csv", crm_csv::run),
    ("event_file", event_file::run),
    ("lead_exact_form", lead_exact_form::run),
    ("scan_keys", scan_keys::run),
];

/// The target called `name`.
pub fn by_name(name: &str) -> Option<Target> {
    TARGETS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, run)| run)
}
