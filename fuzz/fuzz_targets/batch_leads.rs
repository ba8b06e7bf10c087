//! `batch_leads`: see `leadbooth_fuzz::targets::batch_leads`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| leadbooth_fuzz::targets::batch_leads::run(data));
