//! `batch_folder`: see `leadbooth_fuzz::targets::batch_folder`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| leadbooth_fuzz::targets::batch_folder::run(data));
