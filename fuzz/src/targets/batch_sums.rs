//! `SHA256SUMS` of a batch: fuzzed bytes, signed with the fuzz key, in a genuine
//! batch.

use crate::batch::{Repair, bench};
use leadbooth::batch::SHA256SUMS;

/// One input.
pub fn run(data: &[u8]) {
    let mut bench = bench();
    let mut files = bench.base();
    files.insert(SHA256SUMS, data.to_vec());
    bench.check(
        files,
        Repair {
            counts: false,
            sums: false,
            sign: true,
        },
    );
}
