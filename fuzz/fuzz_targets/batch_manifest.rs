//! `batch_manifest`: see `leadbooth_fuzz::targets::batch_manifest`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| leadbooth_fuzz::targets::batch_manifest::run(data));
