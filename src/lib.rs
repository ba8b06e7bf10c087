//! leadbooth: offline trade-show lead capture with explicit, per-purpose consent.
//!
//! Layers, each depending only on the ones below it (a unit test, `layers`,
//! checks every `crate::` path against this order):
//!
//! 1. the domain and utilities: `lead`, `consent`, `erasure`, `policy`, `badge`,
//!    `config`, `country`, `recipients`, `attendee`, `limits`, `stats`, `text`, `qr`, `pin`, `fsutil`,
//!    `paths`, `logging`;
//! 2. storage: [`store::Store`], the only code that writes SQL for the booth
//!    database, and [`central`], the only code that writes SQL for the central
//!    office's (behind [`central::CentralStore`], one implementation a backend);
//! 3. use cases: `batch` (format, sign, verify, export from the booth),
//!    `import` (verify and merge at the central office) and `report` (the
//!    central office's event report);
//! 4. `session`: what both faces need for one run;
//! 5. the faces: the booth TUI (`tui`) and the command line (`cli`), which never
//!    import each other; `main` parses the command line and hands off to one.
//!
//! The product contract is `SPEC.md`.
#![forbid(unsafe_code)]

pub mod attendee;
pub mod badge;
pub mod batch;
pub mod central;
pub mod cli;
pub mod config;
pub mod consent;
pub mod country;
pub mod erasure;
pub mod fsutil;
pub mod i18n;
pub mod import;
pub(crate) mod json_out;
pub mod lead;
pub mod limits;
pub mod logging;
pub mod media;
pub mod paths;
pub mod person;
pub mod pin;
pub mod policy;
pub mod qr;
pub mod recapture;
pub mod recipients;
pub mod report;
pub mod rights;
pub mod session;
pub mod stats;
pub mod store;
pub mod text;
pub(crate) mod timestamp;
pub mod tui;

#[cfg(test)]
mod layers;

/// The version and the git commit it was built from, e.g. `0.1.0 (3f2a9c1e)`.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("LEADBOOTH_GIT_COMMIT"),
    ")"
);
