//! A whole batch folder. The input is a flags byte, then the batch files in the
//! order of `leadbooth::batch::FILES`, separated by `SEPARATOR`; a file left out
//! (fewer parts) is missing from the folder. Flags: bit 0 repairs the counts and
//! CSV rows, bit 1 `SHA256SUMS`, bit 2 the signature.

use crate::batch::{Files, Repair, bench};
use leadbooth::batch::FILES;

const SEPARATOR: &[u8] = b"\n\x1e--leadbooth-fuzz-file--\x1e\n";

/// One input.
pub fn run(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let mut files = Files::new();
    let mut parts = split(rest);
    for name in FILES {
        match parts.next() {
            Some(bytes) => files.insert(name, bytes.to_vec()),
            None => break,
        };
    }
    bench().check(
        files,
        Repair {
            counts: flags & 1 != 0,
            sums: flags & 2 != 0,
            sign: flags & 4 != 0,
        },
    );
}

fn split(rest: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut rest = Some(rest);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.windows(SEPARATOR.len()).position(|w| w == SEPARATOR) {
            Some(at) => {
                rest = Some(&r[at + SEPARATOR.len()..]);
                Some(&r[..at])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}
