//! `batch_policies`: see `leadbooth_fuzz::targets::batch_policies`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| leadbooth_fuzz::targets::batch_policies::run(data));
