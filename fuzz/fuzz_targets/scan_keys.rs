//! `scan_keys`: see `leadbooth_fuzz::targets::scan_keys`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| leadbooth_fuzz::targets::scan_keys::run(data));
