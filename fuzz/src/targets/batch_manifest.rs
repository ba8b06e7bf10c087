//! `manifest.json` of a batch: fuzzed bytes in a genuine batch, `SHA256SUMS` and
//! the signature repaired, so every manifest check behind the signature runs.

use crate::batch::{Repair, bench};
use leadbooth::batch::MANIFEST;

/// One input.
pub fn run(data: &[u8]) {
    let mut bench = bench();
    let mut files = bench.base();
    files.insert(MANIFEST, data.to_vec());
    bench.check(
        files,
        Repair {
            counts: false,
            sums: true,
            sign: true,
        },
    );
}
