//! `SHA256SUMS.minisig` of a batch: fuzzed bytes beside a genuine batch.

use crate::batch::{Repair, bench};
use leadbooth::batch::SIGNATURE;

/// One input.
pub fn run(data: &[u8]) {
    let mut bench = bench();
    let mut files = bench.base();
    files.insert(SIGNATURE, data.to_vec());
    bench.check(files, Repair::default());
}
