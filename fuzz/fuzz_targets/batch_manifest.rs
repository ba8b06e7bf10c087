//! `manifest.json` of a batch: fuzzed bytes in a genuine batch, `SHA256SUMS` and
//! the signature repaired, so every manifest check behind the signature runs.
#![no_main]

use leadbooth::batch::MANIFEST;
use leadbooth_fuzz::batch::{Repair, bench};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
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
});
