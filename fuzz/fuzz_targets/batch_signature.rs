//! `SHA256SUMS.minisig` of a batch: fuzzed bytes beside a genuine batch.
#![no_main]

use leadbooth::batch::SIGNATURE;
use leadbooth_fuzz::batch::{Repair, bench};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bench = bench();
    let mut files = bench.base();
    files.insert(SIGNATURE, data.to_vec());
    bench.check(files, Repair::default());
});
