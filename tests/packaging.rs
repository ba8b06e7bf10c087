//! What ships: the Debian package built and unpacked, and the completions, man
//! page and example event file the binary generates.

mod support;

mod packaging {
    mod deb;
    mod docs;
}
