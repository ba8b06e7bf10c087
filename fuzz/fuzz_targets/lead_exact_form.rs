//! `lead_exact_form`: see `leadbooth_fuzz::targets::lead_exact_form`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| leadbooth_fuzz::targets::lead_exact_form::run(data));
