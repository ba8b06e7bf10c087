//! `leads.jsonl` of a batch: fuzzed lines; the manifest's counts, the CSV's rows,
//! `SHA256SUMS` and the signature repaired, so the line checks and the importer's
//! lead rules run on them.

use crate::batch::{Repair, bench};
use leadbooth::batch::LEADS_JSONL;

/// One input.
pub fn run(data: &[u8]) {
    let mut bench = bench();
    let mut files = bench.base();
    files.insert(LEADS_JSONL, data.to_vec());
    bench.check(files, Repair::ALL);
}
