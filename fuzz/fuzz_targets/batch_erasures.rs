//! `erasures.jsonl` of a batch: fuzzed lines; the manifest's counts, `SHA256SUMS`
//! and the signature repaired.
#![no_main]

use leadbooth::batch::ERASURES_JSONL;
use leadbooth_fuzz::batch::{Repair, bench};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bench = bench();
    let mut files = bench.base();
    files.insert(ERASURES_JSONL, data.to_vec());
    bench.check(files, Repair::ALL);
});
