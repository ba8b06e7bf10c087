//! `batch_sums`: see `leadbooth_fuzz::targets::batch_sums`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| leadbooth_fuzz::targets::batch_sums::run(data));
