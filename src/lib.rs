//! leadbooth: offline trade-show lead capture with explicit, per-purpose consent.
//!
//! The domain (`lead`, `consent`, `policy`, `badge`, `batch`) knows nothing of the
//! terminal; the booth TUI (`tui`) and the command line (`cli`) are two thin faces on
//! the same domain and [`store::Store`]. The product contract is `SPEC.md`.
#![forbid(unsafe_code)]

pub mod attendee;
pub mod badge;
pub mod batch;
pub mod central;
pub mod cli;
pub mod config;
pub mod consent;
pub mod fsutil;
pub mod import;
pub mod lead;
pub mod logging;
pub mod paths;
pub mod pin;
pub mod policy;
pub mod qr;
pub mod store;
pub mod text;
pub mod tui;

/// The version and the git commit it was built from, e.g. `0.1.0 (3f2a9c1e)`.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("LEADBOOTH_GIT_COMMIT"),
    ")"
);
