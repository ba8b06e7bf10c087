//! Every target in one binary: `LEADBOOTH_FUZZ_TARGET` names the one to run
//! (`leadbooth_fuzz::targets::TARGETS`). One build and one link instead of
//! twelve, which is what CI runs (`scripts/fuzz.sh`). libFuzzer's options and
//! corpus folders are passed as to any target's own binary.
#![no_main]

use std::sync::OnceLock;

use leadbooth_fuzz::targets::{TARGETS, by_name};

fn target() -> fn(&[u8]) {
    static TARGET: OnceLock<fn(&[u8])> = OnceLock::new();
    *TARGET.get_or_init(|| {
        let name = std::env::var("LEADBOOTH_FUZZ_TARGET").unwrap_or_default();
        by_name(&name).unwrap_or_else(|| {
            let names: Vec<&str> = TARGETS.iter().map(|(n, _)| *n).collect();
            eprintln!(
                "fuzz: LEADBOOTH_FUZZ_TARGET={name:?} is not a target; one of: {}",
                names.join(", ")
            );
            std::process::exit(2)
        })
    })
}

libfuzzer_sys::fuzz_target!(
    init: {
        target();
    },
    |data: &[u8]| target()(data)
);
