//! What ships: the Debian package built and unpacked, and the completions, man
//! page and example event file the binary generates.
#![allow(clippy::unwrap_used)] // a test may unwrap: a failure is a failed test with its line

mod support;

mod packaging {
    mod deb;
    mod docs;
}
