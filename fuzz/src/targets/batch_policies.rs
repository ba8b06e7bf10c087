//! `policies.jsonl` of a batch (format 2, the policy texts): fuzzed lines; the manifest's counts, `SHA256SUMS`
//! and the signature repaired.

use crate::batch::{Repair, bench};
use leadbooth::batch::POLICIES_JSONL;

/// One input.
pub fn run(data: &[u8]) {
    let mut bench = bench();
    let mut files = bench.base();
    files.insert(POLICIES_JSONL, data.to_vec());
    bench.check(files, Repair::ALL);
}
