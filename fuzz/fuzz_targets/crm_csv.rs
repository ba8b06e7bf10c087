//! `crm_csv`: see `leadbooth_fuzz::targets::crm_csv`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| leadbooth_fuzz::targets::crm_csv::run(data));
