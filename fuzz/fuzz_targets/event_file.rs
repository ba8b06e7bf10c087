//! `event_file`: see `leadbooth_fuzz::targets::event_file`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| leadbooth_fuzz::targets::event_file::run(data));
