//! `SHA256SUMS` of a batch: fuzzed bytes, signed with the fuzz key, in a genuine
//! batch.
#![no_main]

use leadbooth::batch::SHA256SUMS;
use leadbooth_fuzz::batch::{Repair, bench};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
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
});
