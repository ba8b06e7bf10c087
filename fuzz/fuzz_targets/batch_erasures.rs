//! `batch_erasures`: see `leadbooth_fuzz::targets::batch_erasures`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| leadbooth_fuzz::targets::batch_erasures::run(data));
