//! `batch_signature`: see `leadbooth_fuzz::targets::batch_signature`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| leadbooth_fuzz::targets::batch_signature::run(data));
