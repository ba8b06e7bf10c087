//! `badge_scan`: see `leadbooth_fuzz::targets::badge_scan`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| leadbooth_fuzz::targets::badge_scan::run(data));
