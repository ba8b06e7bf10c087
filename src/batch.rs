//! The signed batch (SPEC.md "Signed batch", format `leadbooth-batch/1`): what
//! `leadbooth export` writes and `leadbooth verify` (and later the central import)
//! checks. No terminal here: the CLI and the TUI's export screen are thin faces on
//! [`export_from_booth`] (which runs [`export`]) and [`verify`]. The booth
//! database's side of an export (what is selected, the ledger of batches) is the
//! store's: [`crate::store::Store::export_snapshot`] and
//! [`crate::store::Store::record_export`].
//!
//! A batch is one folder `<event_id>-<device short id>-<seq 6 digits>/` holding
//! exactly [`FILES`]: `manifest.json`, `leads.jsonl`, `leads.csv`, `erasures.jsonl`,
//! `policies.jsonl` (the full text of every policy version its leads cite),
//! `SHA256SUMS` (`sha256sum -c` lines for the first five, in that order) and
//! `SHA256SUMS.minisig` (a prehashed minisign signature of the exact bytes of
//! `SHA256SUMS` by the device key, whose trusted comment names the batch).
//!
//! Batches of the previous formats still verify and import: [`FORMAT_V3`]
//! (leads of schema 2, whose consent records do not say which language the
//! attendee asked for), [`FORMAT_V2`] (no question wording in the manifest:
//! the central office's CRM file then shows answers by question id and says
//! so) and [`FORMAT_V1`] (lead schema 1, without `policies.jsonl`).
//!
//! When the event names `age` recipients the batch is written in its encrypted
//! form instead ([`sealed`]: `<batch>.tar.age` with a checksum and signature
//! beside it), opened at the office by [`verify_sealed`] with the office's
//! [`Identity`].

mod action;
mod beside;
mod crm_csv;
mod file;
mod from_booth;
mod identity;
mod keys;
mod manifest;
mod open;
pub mod rules;
pub mod sealed;
mod sums;
mod verify;
mod write;

pub use crate::config::QuestionWording;
pub use crate::erasure::ErasureRecord;
pub use crate::policy::PolicyText;
pub use crate::store::Scope;
pub use action::IoAction;
pub use beside::{CheckCommand, public_key_file_name, write_public_key_beside};
pub use crm_csv::{csv_header, csv_row, is_e164};
pub use from_booth::{
    BoothExport, BoothExportError, BoothExported, ExportStep, Passphrase, export_from_booth,
};
pub use identity::{Identity, IdentityError, create_identity};
pub use keys::{
    DeviceKey, KeyError, KeyInfo, KeyProtection, KeyWork, PASSPHRASE_ENV, Signer,
    create_device_key, key_id_hex, read_public_key,
};
pub use manifest::{CapturedRange, EventRef, Manifest, trusted_comment};
pub use open::{Opened, SealedError, peek_sealed, sealed_key_id, verify_sealed};
pub use sealed::{SealedBatch, SealedComment, is_sealed};
pub use sums::{SUMMED_FILES, SumsLine, SumsProblem, parse_sums};
pub(crate) use verify::{LeadBlock, check_leads, stream_leads, verify_head};
pub use verify::{LineDetail, VerifiedBatch, VerifyError, verify};
pub use write::{
    BatchError, ExportOutcome, ExportRequest, ExportTarget, ExportedBatch, LeadsBatch, STAGING_DIR,
    batch_folder_name, check_command, check_target, export, sealed_check_command, write_leads,
};

/// The batch format this build writes (and accepts, with [`FORMAT_V3`],
/// [`FORMAT_V2`] and [`FORMAT_V1`]): format 3 with leads of schema 3, whose
/// consent records name the language the attendee asked for beside the
/// language of the wording shown.
pub const FORMAT: &str = "leadbooth-batch/4";

/// The previous batch format: leads of schema 2 and the manifest's
/// `questions`, the wording of the event's questions, so the office (which has
/// no event file) can show each answer under its question. Still verified and
/// imported.
pub const FORMAT_V3: &str = "leadbooth-batch/3";

/// The format before: as [`FORMAT_V3`] without the manifest's `questions`.
/// Still verified and imported.
pub const FORMAT_V2: &str = "leadbooth-batch/2";

/// The first batch format: no `policies.jsonl`, leads of schema 1. Still
/// verified and imported.
pub const FORMAT_V1: &str = "leadbooth-batch/1";

/// Every batch format this build reads, newest first.
pub const FORMATS: [&str; 4] = [FORMAT, FORMAT_V3, FORMAT_V2, FORMAT_V1];

/// Whether a batch of `format` holds `policies.jsonl` (every format since 2).
pub fn has_policies(format: &str) -> bool {
    format == FORMAT || format == FORMAT_V3 || format == FORMAT_V2
}

/// Whether a batch of `format`'s manifest carries the wording of the event's
/// questions (every format since 3).
pub fn has_question_wording(format: &str) -> bool {
    format == FORMAT || format == FORMAT_V3
}

/// The lead schema of a batch of `format` ([`crate::lead::SCHEMA_VERSION`] for
/// this build's own); `None` for a format this build does not read.
pub fn lead_schema_of(format: &str) -> Option<u32> {
    match format {
        FORMAT => Some(crate::lead::SCHEMA_VERSION),
        FORMAT_V3 | FORMAT_V2 => Some(2),
        FORMAT_V1 => Some(1),
        _ => None,
    }
}

/// `policies.jsonl`: one [`PolicyText`] per policy version the leads cite.
pub const POLICIES_JSONL: &str = "policies.jsonl";

/// `manifest.json`: what the batch is (see [`Manifest`]).
pub const MANIFEST: &str = "manifest.json";
/// `leads.jsonl`: one lead per line, exactly `serde_json::to_string(&lead)`.
pub const LEADS_JSONL: &str = "leads.jsonl";
/// `leads.csv`: CRM-ready flat columns (see [`csv_header`]).
pub const LEADS_CSV: &str = "leads.csv";
/// `erasures.jsonl`: one [`ErasureRecord`] per line.
pub const ERASURES_JSONL: &str = "erasures.jsonl";
/// `SHA256SUMS`: `sha256sum -c` lines for [`SUMMED_FILES`].
pub const SHA256SUMS: &str = "SHA256SUMS";
/// `SHA256SUMS.minisig`: the device key's signature of `SHA256SUMS`.
pub const SIGNATURE: &str = "SHA256SUMS.minisig";

/// Every file of a batch, in the order they are described; nothing else may be in
/// the folder.
pub const FILES: [&str; 7] = [
    MANIFEST,
    LEADS_JSONL,
    LEADS_CSV,
    ERASURES_JSONL,
    POLICIES_JSONL,
    SHA256SUMS,
    SIGNATURE,
];
