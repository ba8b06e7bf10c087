//! The central import (SPEC.md "Central import"): verify batches from trusted
//! booth laptops, check each device's hash chain, and merge the leads into one
//! contact per normalised email in the central store.
//!
//! [`import`] verifies each batch folder (every check of [`batch::verify`], with
//! the trusted key its signature names) and imports the good ones in
//! (device, seq) order, each in one transaction: the chain check, the leads, the
//! erasures and withdrawals, the contacts touched recomputed from their sources.
//! `leads.jsonl`, the bulk of a batch, is read once: the signature, manifest
//! and other files are verified first, then the leads are hashed, parsed, held
//! to the record rules and the exact form, and merged as they are read; the
//! transaction commits only if the file matched its checksum in the signed
//! `SHA256SUMS`, every line passed and their number is the manifest's (else it
//! is refused with verification's own error and nothing of it is written). The
//! small files are re-hashed as the import reads them (one changed since
//! verification is refused). A batch already imported is skipped (its leads
//! still held to verification); a refused batch does not stop the others.
//!
//! Every rule is written once here, against the narrow interface of the central
//! store ([`crate::central::CentralStore`]), whichever backend holds the data:
//! the chain in `chain`, the leads, erasures and withdrawals in `apply`, the
//! merge in [`merge`], the CRM files in [`write_csv`].

mod apply;
mod chain;
mod crm;
mod lines;
pub mod merge;
pub mod person;
mod rules;
mod suppression;
mod trust;

use std::path::{Path, PathBuf};

use uuid::Uuid;

use crate::batch::{self, VerifiedBatch, VerifyError};
use crate::central::{CentralError, CentralStore};

pub use crm::{
    CsvError, CsvSummary, HUBSPOT_CONSENT_BASIS, Profile, SALESFORCE_NO_COMPANY,
    SALESFORCE_NO_LAST_NAME, csv_header, write_csv, write_csv_since,
};
pub use suppression::{CrmSummary, default_suppressions_path, suppression_header, write_crm_files};
pub use trust::Trust;

/// Most missing batches a single jump in a device's chain may skip, even with
/// `--allow-gaps`: a bigger jump is a wrong device or a damaged manifest, not a
/// lost USB stick.
pub const MAX_GAP: u64 = 10_000;

/// What stops the whole import (not one batch).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The trust dir is unusable.
    #[error("trust dir {dir} {detail}")]
    TrustDir {
        /// The dir.
        dir: PathBuf,
        /// What is wrong.
        detail: TrustDirProblem,
    },
    /// A `*.pub` file in the trust dir is not a public key.
    #[error("{0}")]
    Key(batch::KeyError),
    /// The central database could not be opened or written.
    #[error(transparent)]
    Store(#[from] CentralError),
}

/// What is wrong with a trust dir (the English words follow the dir's name;
/// `cli::reasons` says them in the staff language).
#[derive(Debug, thiserror::Error)]
pub enum TrustDirProblem {
    /// It cannot be listed.
    #[error("cannot be read: {0}")]
    Unreadable(std::io::Error),
    /// Two files hold one key id.
    #[error(
        "holds two public keys with key id {key_id}: {first} and {second}; keep one file per laptop key (remove the copy)"
    )]
    TwoFilesOneKey {
        /// The key id.
        key_id: String,
        /// The first file's name.
        first: String,
        /// The second file's name.
        second: String,
    },
    /// No `*.pub` file in it.
    #[error(
        "holds no *.pub public key files: put each booth laptop's keys/device.pub there (renamed, e.g. laptop-1.pub)"
    )]
    NoKeys,
}

/// What conflicts with what in a fork of a device's chain.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ForkDetail {
    /// The batch id was imported before with other content.
    #[error("batch id {batch_id} was already imported from {folder} with different content")]
    SameBatchId {
        /// The batch id.
        batch_id: Uuid,
        /// The folder the first one came from.
        folder: String,
    },
    /// Another batch holds this seq.
    #[error("a different batch with this seq was already imported from {folder}")]
    SameSeq {
        /// The folder it came from.
        folder: String,
    },
    /// `previous` does not hash the batch below.
    #[error(
        "its previous ({}) is not the SHA-256 of SHA256SUMS of seq {below} imported from {folder} ({hash})",
        previous.as_deref().unwrap_or("null")
    )]
    Previous {
        /// This batch's `previous`.
        previous: Option<String>,
        /// The seq below.
        below: u64,
        /// Its folder.
        folder: String,
        /// Its `SHA256SUMS` hash.
        hash: String,
    },
    /// The batch above names another `previous`.
    #[error(
        "seq {next} imported from {folder} names previous {}, but this batch's SHA256SUMS hashes to {hash}",
        previous.as_deref().unwrap_or("null")
    )]
    Next {
        /// The seq above.
        next: u64,
        /// Its folder.
        folder: String,
        /// The `previous` it names.
        previous: Option<String>,
        /// This batch's `SHA256SUMS` hash.
        hash: String,
    },
}

/// What is wrong with one record of a batch at the import.
#[derive(Debug, thiserror::Error)]
pub enum RecordProblem {
    /// An erasure or withdrawal record breaks a batch rule.
    #[error(transparent)]
    Rule(crate::batch::rules::RuleBreak),
    /// A policy text that does not hold.
    #[error(transparent)]
    Policy(crate::policy::PolicyProblem),
}

/// Why one batch was refused. Nothing from a refused batch is written.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// It failed verification.
    #[error("failed verification: {0}")]
    Verify(VerifyError),
    /// Signed by a key not in the trust dir.
    #[error(
        "it is signed by key {key_id}, which is not trusted: no *.pub file in {trust_dir} has that key id (if this laptop is yours, add its keys/device.pub there)"
    )]
    UntrustedKey {
        /// The signing key's id.
        key_id: String,
        /// The trust dir.
        trust_dir: PathBuf,
    },
    /// An encrypted batch, and no `--identity` to open it.
    #[error(
        "{path} is an encrypted batch: give --identity FILE (the office's age identity) to import it"
    )]
    NoIdentity {
        /// The encrypted file.
        path: PathBuf,
    },
    /// Batches of this device are missing before it.
    #[error(
        "GAP in the chain of device {device}: batch seq {seq} arrived but {} {from}..={to} {} not been imported; import the missing batch first, or pass --allow-gaps to import it now and record the gap",
        if from == to { "seq" } else { "seqs" },
        if from == to { "has" } else { "have" }
    )]
    Gap {
        /// The device.
        device: Uuid,
        /// This batch's seq.
        seq: u64,
        /// First missing seq.
        from: u64,
        /// Last missing seq.
        to: u64,
    },
    /// A jump too big to record as a gap.
    #[error(
        "device {device}: batch seq {seq} would leave {missing} batches missing (more than {MAX_GAP}); refused even with --allow-gaps — check the batch's device and seq"
    )]
    GapTooBig {
        /// The device.
        device: Uuid,
        /// This batch's seq.
        seq: u64,
        /// How many are missing.
        missing: u64,
    },
    /// Two different batches claim the same place in a device's chain.
    #[error(
        "FORK in the chain of device {device} at seq {seq}: {detail}. This device's history exists in two versions (a restored backup, a copied data dir, or tampering); nothing from this batch was imported — find out which laptop wrote it before going on"
    )]
    Fork {
        /// The device.
        device: Uuid,
        /// This batch's seq.
        seq: u64,
        /// What conflicts with what.
        detail: ForkDetail,
    },
    /// A file no longer has the bytes that were verified.
    #[error(
        "{path} changed after it was verified (its SHA-256 no longer matches SHA256SUMS); nothing from this batch was imported — copy the batch again and retry"
    )]
    Changed {
        /// The file.
        path: PathBuf,
    },
    /// A line that no longer parses (so the file changed after verification).
    #[error(
        "{path} line {line} changed after it was verified: {detail}; nothing from this batch was imported"
    )]
    Line {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: u64,
        /// What is wrong.
        detail: String,
    },
    /// Signed by another key than the one the batch's device is bound to.
    #[error(
        "device {device} is bound to key {bound} ({}) (the key of its first imported batch); this batch is signed by key {signed} ({}). A laptop's batches are all signed by its own key, so one laptop cannot write into another's history; if this laptop's key was replaced on purpose, import again with --rebind {device}",
        key_file(bound_file.as_deref()),
        key_file(signed_file.as_deref())
    )]
    DeviceKey {
        /// The device the batch claims.
        device: Uuid,
        /// The key id the device is bound to.
        bound: String,
        /// Its file in the trust dir (`None`: it left the trust dir).
        bound_file: Option<PathBuf>,
        /// The key id that signed the batch.
        signed: String,
        /// Its file in the trust dir.
        signed_file: Option<PathBuf>,
    },
    /// The manifest breaks a central rule (a creation time in the future).
    #[error("{path}: {detail}; nothing from this batch was imported")]
    ManifestRule {
        /// `manifest.json`.
        path: PathBuf,
        /// What is wrong, naming the field.
        detail: crate::batch::rules::RuleBreak,
    },
    /// A lead or erasure record breaks a central rule: another device or event
    /// than the batch's, a lead rule, a time in the future.
    #[error("{path} line {line}: {detail}; nothing from this batch was imported")]
    Record {
        /// `leads.jsonl` or `erasures.jsonl`.
        path: PathBuf,
        /// 1-based line.
        line: u64,
        /// What is wrong, naming the lead and the field.
        detail: RecordProblem,
    },
    /// A lead id that another device's batches brought first.
    #[error(
        "{path} line {line}: lead {lead} is already held by device {owner}: a batch carries only its own laptop's leads (two laptops with one lead id, or one laptop speaking for another); nothing from this batch was imported"
    )]
    Collision {
        /// `leads.jsonl`.
        path: PathBuf,
        /// 1-based line.
        line: u64,
        /// The lead id.
        lead: Uuid,
        /// The device that holds it.
        owner: Uuid,
    },
    /// An erasure or withdrawal of another device's lead.
    #[error(
        "{path} line {line}: {kind} of lead {lead}, which belongs to device {owner}: a batch may erase or withdraw only its own laptop's leads (the laptop that captured the lead sends its erasures and withdrawals); nothing from this batch was imported"
    )]
    NotOwner {
        /// `erasures.jsonl`.
        path: PathBuf,
        /// 1-based line.
        line: u64,
        /// `erasure` or `withdrawal`.
        kind: &'static str,
        /// The lead id.
        lead: Uuid,
        /// The device whose lead it is.
        owner: Uuid,
    },
    /// A file could not be read during the import.
    #[error("cannot read {path}: {error}; nothing from this batch was imported")]
    Read {
        /// The file.
        path: PathBuf,
        /// The IO error.
        error: std::io::Error,
    },
    /// The database failed while importing this batch (rolled back).
    #[error("{0}; nothing from this batch was imported")]
    Database(CentralError),
    /// Concurrent imports conflicted with this batch on every try.
    #[error(
        "{error}; tried {attempts} times while other imports ran into the same database, and nothing from this batch was imported — import it again when they are done"
    )]
    Contended {
        /// How many times it was tried.
        attempts: u32,
        /// The last conflict.
        error: CentralError,
    },
}

/// A trusted key's file for [`Refusal::DeviceKey`], or that it left the trust dir.
fn key_file(path: Option<&Path>) -> String {
    path.map_or_else(
        || "no longer in the trust folder".to_owned(),
        |p| p.display().to_string(),
    )
}

/// What importing one batch did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchStats {
    /// Leads that started a new contact.
    pub leads_new: u64,
    /// New leads merged into an existing contact (duplicates across laptops).
    pub leads_merged: u64,
    /// Newer versions of leads imported before (a re-export after an edit, or
    /// `export --all`): they replace the earlier version.
    pub leads_updated: u64,
    /// Older versions of leads already imported in a newer version (ignored).
    pub leads_stale: u64,
    /// Leads erased earlier that came back: ignored, never imported again.
    pub leads_erased: Vec<Uuid>,
    /// Leads of people erased at the central office by email (their tombstone
    /// matched), with when: ignored, never imported.
    pub leads_person_erased: Vec<(Uuid, chrono::DateTime<chrono::Utc>)>,
    /// Erasures applied (new ones; repeats are no-ops).
    pub erasures_applied: u64,
    /// Withdrawals applied.
    pub withdrawals_applied: u64,
    /// Contacts deleted because an erasure removed their only source: delete them
    /// in the CRM too.
    pub contacts_removed: Vec<String>,
    /// Missing seqs recorded as a gap (with `--allow-gaps`).
    pub gap_recorded: Option<(u64, u64)>,
    /// This batch filled a recorded gap.
    pub gap_filled: bool,
    /// The device was bound to another key and is now bound to this batch's
    /// (`--rebind`): the key it was bound to, and the new one.
    pub rebound: Option<(String, String)>,
    /// Leads imported whose consent records name no language (lead schema 1,
    /// a booth before issue 18): kept as not recorded, never guessed.
    pub leads_without_language: u64,
    /// Leads imported whose records name the language shown but not the one
    /// asked for (lead schema 2): that one is kept as not recorded.
    pub leads_without_language_asked: u64,
}

/// The result for one batch folder.
#[derive(Debug)]
pub enum Outcome {
    /// Imported (committed).
    Imported(BatchStats),
    /// Imported before, on this date: nothing done.
    Skipped {
        /// When it was imported.
        imported_at: String,
    },
    /// Refused: nothing from it written.
    Refused(Refusal),
}

/// One batch folder and what happened to it.
#[derive(Debug)]
pub struct BatchResult {
    /// The folder as given.
    pub dir: PathBuf,
    /// Device and seq, when the batch verified.
    pub place: Option<(Uuid, u64)>,
    /// What happened.
    pub outcome: Outcome,
}

/// Progress reports from [`import`], for a progress bar and per-batch lines.
#[derive(Debug)]
pub enum Progress<'a> {
    /// Verifying batch `done + 1` of `total`.
    Verifying {
        /// Batches verified so far.
        done: u64,
        /// Batches given.
        total: u64,
    },
    /// Leads processed so far, of the total in the verified batches.
    Leads {
        /// Processed.
        done: u64,
        /// Total.
        total: u64,
    },
    /// A batch is finished (imported, skipped or refused).
    Finished(&'a BatchResult),
}

/// Import options.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Import a batch even when earlier batches of its device are missing
    /// (the gap is recorded and filled when they arrive).
    pub allow_gaps: bool,
    /// Devices whose batches may be signed by another trusted key than the one
    /// they are bound to (a laptop whose key was replaced on purpose): the
    /// device is bound to the key of its next imported batch.
    pub rebind: Vec<Uuid>,
}

/// Verifies and imports the batch folders `dirs` into `store` (see the module
/// documentation). Returns one result per folder, in the order they were
/// finished: folders without a readable manifest first, then (device, seq)
/// order. A batch's refusal (a database failure included, as
/// [`Refusal::Database`]) does not stop the others. Progress: `Verifying` as
/// each batch comes out of verification, `Leads` while it is imported,
/// `Finished` after.
pub fn import(
    store: &mut dyn CentralStore,
    dirs: &[PathBuf],
    trust: &Trust,
    options: Options,
    on_progress: &mut dyn FnMut(Progress<'_>),
) -> Vec<BatchResult> {
    // (device, seq) order makes "any order the chain allows" work. The order is
    // taken from a first look at each manifest; what is imported is only ever
    // the verified batch.
    let mut order: Vec<(Place, u64, &Path)> = dirs
        .iter()
        .map(|d| {
            let (place, leads) = peek_place(d);
            (place, leads, d.as_path())
        })
        .collect();
    order.sort();
    let total = dirs.len() as u64;
    let lead_total: u64 = order.iter().map(|o| o.1).sum();
    let mut results = Vec::with_capacity(dirs.len());
    // Verification (CPU) of the next batch overlaps the import (mostly waiting on
    // the disk) of this one; the channel holds one verified batch, so memory stays
    // bounded however many batches are given.
    std::thread::scope(|scope| {
        let (send, receive) = std::sync::mpsc::sync_channel(1);
        scope.spawn(move || {
            for (_, _, dir) in order {
                if send.send((dir, verify_one(dir, trust))).is_err() {
                    break;
                }
            }
        });
        let mut lead_done = 0u64;
        for (i, (dir, verified)) in receive.into_iter().enumerate() {
            on_progress(Progress::Verifying {
                done: i as u64 + 1,
                total,
            });
            let r = match verified {
                Err(refusal) => BatchResult {
                    dir: dir.to_owned(),
                    place: None,
                    outcome: Outcome::Refused(refusal),
                },
                Ok(v) => {
                    let outcome = {
                        let mut tick = |n: u64| {
                            on_progress(Progress::Leads {
                                done: lead_done + n,
                                total: lead_total,
                            })
                        };
                        match apply::import_batch(store, &v, &options, trust, &mut tick) {
                            Ok(apply::Applied::Imported(stats)) => Outcome::Imported(stats),
                            Ok(apply::Applied::AlreadyImported { imported_at }) => {
                                Outcome::Skipped { imported_at }
                            }
                            Err(refusal) => Outcome::Refused(refusal),
                        }
                    };
                    lead_done += v.manifest.lead_count;
                    on_progress(Progress::Leads {
                        done: lead_done,
                        total: lead_total,
                    });
                    BatchResult {
                        dir: v.source().to_owned(),
                        place: Some((v.manifest.device_id, v.manifest.seq)),
                        outcome,
                    }
                }
            };
            on_progress(Progress::Finished(&r));
            results.push(r);
        }
    });
    results
}

/// Brings contacts computed by older merge rules up to the current ones (the
/// import runs it first; see [`crate::central::MERGE_VERSION`]). Returns how
/// many were recomputed.
///
/// Errors: the store failed (nothing changed).
pub fn upgrade_contacts(store: &mut dyn CentralStore) -> Result<u64, CentralError> {
    apply::recompute_stale(store)
}

/// The source leads with receipt number `receipt_id` (as the attendee's receipt
/// shows it; case, spaces and dashes do not matter).
///
/// Errors: the store failed.
pub fn find_receipt(
    store: &mut dyn CentralStore,
    receipt_id: &str,
) -> Result<Vec<crate::central::ReceiptHit>, CentralError> {
    let id: String = receipt_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    store.find_receipt(&id)
}

/// A batch's device and seq, as its manifest says (`None`: unreadable).
type Place = Option<(Uuid, u64)>;

/// Device, seq and lead count as a batch says now, unverified: only to order
/// the batches (an encrypted batch's from its signature's trusted comment).
fn peek_place(dir: &Path) -> (Place, u64) {
    if batch::is_sealed(dir) {
        return batch::peek_sealed(dir).map_or((None, 0), |(d, s, n)| (Some((d, s)), n));
    }
    let m = peek_manifest(dir);
    (
        m.as_ref().map(|m| (m.device_id, m.seq)),
        m.map_or(0, |m| m.lead_count),
    )
}

/// The manifest as it reads now, unverified.
fn peek_manifest(dir: &Path) -> Option<batch::Manifest> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(dir.join(batch::MANIFEST))
        .ok()?
        .take(1024 * 1024)
        .read_to_end(&mut bytes)
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

fn verify_one(dir: &Path, trust: &Trust) -> Result<VerifiedBatch, Refusal> {
    let key = trust.key_for(dir)?;
    if batch::is_sealed(dir) {
        let Some(identity) = trust.identity() else {
            return Err(Refusal::NoIdentity {
                path: dir.to_owned(),
            });
        };
        return batch::verify_sealed(dir, key, identity).map_err(Refusal::Verify);
    }
    batch::verify_head(dir, key).map_err(Refusal::Verify)
}
