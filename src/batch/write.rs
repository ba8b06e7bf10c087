//! Writing a batch: select what is new, stream it into a hidden partial folder next
//! to the target while hashing, sign, fsync, rename into place, and only then mark
//! the leads exported, in one transaction.
//!
//! A failure at any step leaves no folder under the batch's name (the partial
//! folder is removed), marks nothing exported, and names the file or folder that
//! failed; running the export again starts afresh.

use std::fs::File;
use std::path::{Path, PathBuf};

use uuid::Uuid;

use super::IoAction;
use super::file::{BatchFile, Finished, Keep, io};
use super::keys::{KeyError, Signer};
use super::manifest::{CapturedRange, EventRef, Manifest, trusted_comment};
use super::sealed::{self, SealedBatch};
use super::sums::{SumsLine, format_sums};
use super::{
    ERASURES_JSONL, ErasureRecord, FORMAT, LEADS_CSV, LEADS_JSONL, MANIFEST, POLICIES_JSONL,
    PolicyText, SHA256SUMS, SIGNATURE,
};
use crate::config::Event;
use crate::lead::{Lead, PolicyRef, SCHEMA_VERSION, now_utc};
use crate::paths::DataDir;
use crate::recipients::Recipient;
use crate::store::{BatchRecord, ExportSnapshot, Scope, Store, StoreError};

/// Progress is reported every this many records (and at the start and end).
const PROGRESS_EVERY: u64 = 500;

/// Why an export failed. Every message names the file or folder; none of these
/// leaves a folder under the batch's name or marks anything exported.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    /// The target folder is not there (an unmounted USB stick).
    #[error("export target {path} does not exist (is the USB stick mounted?)")]
    TargetMissing {
        /// The target.
        path: PathBuf,
    },
    /// The target is a file.
    #[error("export target {path} is not a folder")]
    TargetNotDir {
        /// The target.
        path: PathBuf,
    },
    /// A file or folder could not be created, written, synced or renamed.
    #[error("cannot {doing} {path}: {error}")]
    Io {
        /// What was being done.
        doing: IoAction,
        /// The file or folder.
        path: PathBuf,
        /// The IO error (in the message, not chained, so it is printed once).
        error: std::io::Error,
    },
    /// A folder with the batch's name is already there but is not recorded here.
    #[error(
        "batch folder {path} already exists but this booth's database has no record of it (an export was interrupted right after writing it, or the database was restored from a backup); move that folder away and export again — its leads will be exported again"
    )]
    FolderExists {
        /// The folder.
        path: PathBuf,
    },
    /// Another export holds the data dir's export lock.
    #[error("another export is running on {path}; wait for it to finish")]
    Busy {
        /// The lock file.
        path: PathBuf,
    },
    /// Reading or recording in the database (another export took the seq, a
    /// damaged row, SQLite).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Signing.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// A lead cites a policy version whose text this booth does not hold (a
    /// batch carries the text of every policy version its leads cite).
    #[error(
        "leads cite policy version {sha256}, whose text this booth does not hold; run any leadbooth command (e.g. `leadbooth leads list`) once with the event file of that policy so its text is recorded, then export again"
    )]
    PolicyTextMissing {
        /// The policy version.
        sha256: String,
    },
    /// A record too long for one line of a batch: verify and import would
    /// refuse the batch, so it is not written.
    #[error(
        "{what} is {bytes} bytes as a line of {file}, more than the {max} a line of it may hold (the central office would refuse the batch); shorten its notes or answers (F2, then e, in the booth)"
    )]
    LineTooLong {
        /// The lead, erasure or policy version.
        what: String,
        /// `leads.jsonl`, `erasures.jsonl` or `policies.jsonl`.
        file: String,
        /// The line's length without its `\n`.
        bytes: usize,
        /// The limit of a line of `file`.
        max: usize,
    },
    /// The export failed and its partial folder could not be removed either.
    #[error("{cause}; the incomplete folder {partial} could not be removed ({cleanup}): delete it")]
    PartialLeft {
        /// The original failure.
        cause: Box<BatchError>,
        /// The partial folder.
        partial: PathBuf,
        /// Why removing it failed.
        cleanup: std::io::Error,
    },
}

impl BatchError {
    /// The failure as `lang` says it, the folder, file and figures named as in
    /// English. Every variant is matched by name, so a new one does not
    /// compile until it is said. A file the operating system refused is said
    /// with what was being done ([`IoAction`]), the operating system's words
    /// after it, as are the device key's failures ([`KeyError::said_in`]).
    /// The database's failures are the store's ([`StoreError::said_in`]:
    /// SQLite's own words after the step, as SQLite gives them).
    pub fn said_in(&self, lang: crate::i18n::Language) -> Option<String> {
        use crate::i18n::{arg, figure, format, msg::cli as m};
        let path = |p: &Path| crate::text::sanitize_line(&p.display().to_string()).into_owned();
        Some(match self {
            BatchError::TargetMissing { path: p } => {
                format(lang, m::EXPORT_TARGET_MISSING, [("path", arg(&path(p)))])
            }
            BatchError::TargetNotDir { path: p } => {
                format(lang, m::EXPORT_TARGET_NOT_DIR, [("path", arg(&path(p)))])
            }
            BatchError::FolderExists { path: p } => {
                format(lang, m::EXPORT_FOLDER_EXISTS, [("path", arg(&path(p)))])
            }
            BatchError::Busy { path: p } => format(lang, m::EXPORT_BUSY, [("path", arg(&path(p)))]),
            BatchError::PolicyTextMissing { sha256 } => format(
                lang,
                m::EXPORT_POLICY_TEXT_MISSING,
                [("sha256", arg(sha256))],
            ),
            BatchError::LineTooLong {
                what,
                file,
                bytes,
                max,
            } => format(
                lang,
                m::EXPORT_LINE_TOO_LONG,
                [
                    ("what", arg(what)),
                    ("file", arg(file)),
                    ("bytes", arg(&figure(lang, &bytes.to_string()))),
                    ("max", arg(&figure(lang, &max.to_string()))),
                ],
            ),
            BatchError::PartialLeft {
                cause,
                partial,
                cleanup,
            } => format(
                lang,
                m::EXPORT_PARTIAL_LEFT,
                [
                    (
                        "cause",
                        arg(&cause.said_in(lang).unwrap_or_else(|| cause.to_string())),
                    ),
                    ("partial", arg(&path(partial))),
                    ("cleanup", arg(&cleanup.to_string())),
                ],
            ),
            // The operating system's own words follow the frame, as they are.
            BatchError::Io {
                doing,
                path: p,
                error,
            } => doing.said_in(lang, p, error),
            BatchError::Key(k) => k.said_in(lang),
            // The store's words, SQLite's after its step (branch i18nstore).
            BatchError::Store(s) => return s.said_in(lang),
        })
    }
}

/// What to export and where.
#[derive(Debug, Clone, Copy)]
pub struct ExportRequest<'a> {
    /// The current event: only its leads go into the batch.
    pub event: &'a Event,
    /// The folder the batch folder is created in; it must exist.
    pub target_dir: &'a Path,
    /// Every lead of the event again, not only new and changed ones.
    pub all: bool,
    /// Who exports, for the audit log.
    pub actor: &'a str,
    /// Who the batch is encrypted to; none = the plain batch folder.
    pub recipients: &'a [Recipient],
}

/// A batch that was written and recorded.
#[derive(Debug, Clone)]
pub struct ExportedBatch {
    /// The batch folder, or the encrypted batch file (absolute).
    pub folder: PathBuf,
    /// Its manifest.
    pub manifest: Manifest,
    /// SHA-256 of its `SHA256SUMS`: the next batch's `previous`.
    pub sums_sha256: String,
    /// The encrypted form's files and recipients, when the batch was encrypted
    /// (then `folder` is the `.tar.age` file).
    pub sealed: Option<SealedBatch>,
    /// Recorded in the booth database (its leads marked exported, the chain
    /// moved on). `false` when the store was opened read-only (a damaged
    /// database): a rescue copy of what is readable, whose seq the next
    /// export from that database would use again.
    pub recorded: bool,
}

/// The result of [`export`].
#[derive(Debug, Clone)]
pub enum ExportOutcome {
    /// Nothing new since the previous batch: nothing was written.
    NothingNew {
        /// The latest batch's seq, if any.
        last_seq: Option<u64>,
    },
    /// A batch was written (boxed: it is much larger than `NothingNew`).
    Written(Box<ExportedBatch>),
}

/// `<event id>-<first 8 hex digits of the device id>-<seq, 6 digits>`.
pub fn batch_folder_name(event_id: &str, device_id: Uuid, seq: u64) -> String {
    format!("{}{seq:06}", folder_prefix(event_id, device_id))
}

/// `<event id>-<device short id>-`: what all of one device's batch folders for one
/// event start with.
fn folder_prefix(event_id: &str, device_id: Uuid) -> String {
    let short = device_id.simple().to_string();
    format!("{event_id}-{}-", &short[..8])
}

/// Where a batch goes, and whether leadbooth may create that folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportTarget {
    /// The folder the batch folder is created in.
    pub dir: PathBuf,
    /// True only for leadbooth's own `exports/`: creating a missing USB mount
    /// point would write onto the laptop's disk instead.
    pub create: bool,
}

impl ExportTarget {
    /// A folder the user named (`--out`): it must exist.
    pub fn given(dir: impl Into<PathBuf>) -> Self {
        ExportTarget {
            dir: dir.into(),
            create: false,
        }
    }

    /// Where a batch goes when no folder is named: the event's `export_dir`, else
    /// `exports/` in the data dir (created on first use).
    pub fn default_for(event: &Event, data: &DataDir) -> Self {
        match &event.export_dir {
            Some(d) => Self::given(d.clone()),
            None => ExportTarget {
                dir: data.exports(),
                create: true,
            },
        }
    }
}

/// Exports what is new (or, with `req.all`, every lead of the event) as one signed
/// batch folder in `req.target_dir`. `progress(done, total)` is called as leads
/// and erasures are written.
///
/// Errors: see [`BatchError`]; on any error nothing is marked exported and no
/// folder is left under the batch's name.
pub fn export(
    store: &mut Store,
    req: &ExportRequest<'_>,
    signer: &Signer,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ExportOutcome, BatchError> {
    let _lock = ExportLock::acquire(store.path())?;
    let target = check_target(req.target_dir)?;
    let policy_texts = store.policy_texts()?;

    // One read snapshot for the selection, the rows streamed and the chain head.
    let snapshot = store.export_snapshot(&req.event.id, req.all)?;
    let last = snapshot.last().cloned();
    let (lead_total, erasure_total) = (snapshot.lead_count(), snapshot.erasure_count());
    if lead_total == 0 && erasure_total == 0 {
        return Ok(ExportOutcome::NothingNew {
            last_seq: last.map(|b| b.seq),
        });
    }
    let device_id = store.device_id();
    let seq = last.as_ref().map_or(1, |b| b.seq + 1);
    let name = batch_folder_name(&req.event.id, device_id, seq);
    let folder = target.join(&name);
    let sealed_path = target.join(sealed::file_name(&name));
    for taken in [&folder, &sealed_path] {
        if taken.symlink_metadata().is_ok() {
            return Err(BatchError::FolderExists {
                path: taken.clone(),
            });
        }
    }
    let prefix = folder_prefix(&req.event.id, device_id);
    remove_stale_partials(&target, &prefix);
    // An encrypted batch is staged in the data dir, encrypted to a key that
    // only this process holds, then sealed into the target (see `sealed`).
    let staging = if req.recipients.is_empty() {
        None
    } else {
        let root = store.path().with_file_name(STAGING_DIR);
        crate::fsutil::create_private_dir(&root).map_err(io(IoAction::CreateFolder, &root))?;
        remove_stale_partials(&root, &prefix);
        Some((root, age::x25519::Identity::generate()))
    };
    let partial = staging
        .as_ref()
        .map_or(target.as_path(), |(root, _)| root.as_path())
        .join(format!(".{name}.partial-{}", std::process::id()));
    crate::fsutil::create_new_private_dir(&partial)
        .map_err(io(IoAction::CreateFolder, &partial))?;
    let keep = match &staging {
        None => Keep::Durable,
        Some((_, key)) => Keep::Staged(key.to_public()),
    };

    let manifest = Manifest {
        format: FORMAT.to_owned(),
        batch_id: Uuid::now_v7(),
        event: EventRef {
            id: req.event.id.clone(),
            name: req.event.name.clone(),
        },
        device_id,
        key_id: signer.key_id().to_owned(),
        seq,
        created_at: now_utc(),
        scope: if req.all {
            Scope::All
        } else {
            Scope::Incremental
        },
        lead_count: 0,
        erasure_count: 0,
        captured_at: None,
        policy_versions: Vec::new(),
        previous: last.as_ref().map(|b| b.sums_sha256.clone()),
        lead_schema_version: SCHEMA_VERSION,
        questions: Some(super::QuestionWording::of_event(req.event)),
        wording: Some(crate::config::LanguageWording::of_event(req.event)),
    };
    let written = write_files(
        &mut &snapshot,
        &Files {
            event: req.event,
            policy_texts: &policy_texts,
            signer,
            dir: &partial,
            keep: &keep,
        },
        manifest,
        lead_total + erasure_total,
        progress,
    );
    // The read snapshot ends here; its selection stays for `record_export`.
    let ended = snapshot.finish();
    let ((manifest, sums_sha256, sizes), selection) =
        match written.and_then(|w| ended.map(|s| (w, s)).map_err(Into::into)) {
            Ok(w) => w,
            Err(e) => return Err(remove_partial(e, &partial)),
        };

    let (placed, sealed_info) = match &staging {
        None => match std::fs::rename(&partial, &folder) {
            Ok(()) => (Placed::Folder(folder.clone()), None),
            Err(e) => {
                return Err(remove_partial(
                    BatchError::Io {
                        doing: IoAction::RenameIntoPlace,
                        path: folder,
                        error: e,
                    },
                    &partial,
                ));
            }
        },
        Some((_, key)) => {
            let sealed = sealed::seal(
                &sealed::Staged {
                    dir: &partial,
                    key,
                    files: &sizes,
                },
                &sealed::SealRequest {
                    name: &name,
                    target: &target,
                    recipients: req.recipients,
                    signer,
                    manifest: &manifest,
                },
            );
            // The staged files are unreadable without the key, dropped here; remove them.
            let sealed = match sealed {
                Ok(s) => remove_partial_after(Ok(s), &partial)?,
                Err(e) => return Err(remove_partial(e, &partial)),
            };
            (Placed::Sealed(sealed.paths()), Some(sealed))
        }
    };
    let record = !store.is_read_only();
    let recorded = crate::fsutil::sync_dir(&target)
        .map_err(io(IoAction::SyncFolder, &target))
        .and_then(|_| {
            if !record {
                // A damaged database is not written to (see `ExportedBatch::recorded`).
                return Ok(());
            }
            store.record_export(
                selection,
                &BatchRecord {
                    seq,
                    batch_id: manifest.batch_id,
                    folder: placed.name(),
                    target: target.display().to_string(),
                    event_id: req.event.id.clone(),
                    key_id: manifest.key_id.clone(),
                    created_at: manifest.created_at,
                    scope: manifest.scope,
                    sums_sha256: sums_sha256.clone(),
                    lead_count: manifest.lead_count,
                    erasure_count: manifest.erasure_count,
                },
                req.actor,
            )?;
            Ok(())
        });
    if let Err(e) = recorded {
        // Unrecorded, the batch would fork the chain: the next export reuses its seq.
        return Err(placed.remove_after(e));
    }
    Ok(ExportOutcome::Written(Box::new(ExportedBatch {
        folder: placed.main().to_owned(),
        manifest,
        sums_sha256,
        sealed: sealed_info,
        recorded: record,
    })))
}

/// A batch to write from leads in hand (see [`write_leads`]): where it goes and
/// its place in its device's chain.
#[derive(Debug, Clone, Copy)]
pub struct LeadsBatch<'a> {
    /// The event the leads were captured at (the CSV's columns, the questions'
    /// wording).
    pub event: &'a Event,
    /// The laptop the leads are of.
    pub device_id: Uuid,
    /// Its place in the device's chain (1, 2, ...).
    pub seq: u64,
    /// The `sums_sha256` of the device's batch at `seq - 1` (`None` for seq 1).
    pub previous: Option<&'a str>,
    /// The folder the batch folder is created in; it must exist.
    pub target_dir: &'a Path,
    /// The full text of every policy version the leads cite.
    pub policy_texts: &'a [PolicyText],
}

/// Writes `leads` as one signed batch folder without a booth database: the
/// files, bytes and signature [`export`] writes for the same leads (same
/// writer), so it verifies and imports as a laptop's batch. Nothing is
/// recorded: the caller keeps the device's chain (`seq`, and `previous` from
/// the returned `sums_sha256`). For making many large batches quickly
/// (the import benchmark, tests), where saving the leads in a booth database
/// first would be most of the time.
///
/// Errors: as [`export`]'s for the files; no folder is left under the
/// batch's name.
pub fn write_leads(
    batch: &LeadsBatch<'_>,
    signer: &Signer,
    leads: &mut dyn Iterator<Item = Lead>,
) -> Result<ExportedBatch, BatchError> {
    let target = check_target(batch.target_dir)?;
    let name = batch_folder_name(&batch.event.id, batch.device_id, batch.seq);
    let folder = target.join(&name);
    if folder.symlink_metadata().is_ok() {
        return Err(BatchError::FolderExists { path: folder });
    }
    let partial = target.join(format!(".{name}.partial-{}", std::process::id()));
    crate::fsutil::create_new_private_dir(&partial)
        .map_err(io(IoAction::CreateFolder, &partial))?;
    let manifest = Manifest {
        format: FORMAT.to_owned(),
        batch_id: Uuid::now_v7(),
        event: EventRef {
            id: batch.event.id.clone(),
            name: batch.event.name.clone(),
        },
        device_id: batch.device_id,
        key_id: signer.key_id().to_owned(),
        seq: batch.seq,
        created_at: now_utc(),
        scope: Scope::Incremental,
        lead_count: 0,
        erasure_count: 0,
        captured_at: None,
        policy_versions: Vec::new(),
        previous: batch.previous.map(str::to_owned),
        lead_schema_version: SCHEMA_VERSION,
        questions: Some(super::QuestionWording::of_event(batch.event)),
        wording: Some(crate::config::LanguageWording::of_event(batch.event)),
    };
    let written = write_files(
        &mut InHand(leads),
        &Files {
            event: batch.event,
            policy_texts: batch.policy_texts,
            signer,
            dir: &partial,
            keep: &Keep::Durable,
        },
        manifest,
        0,
        &mut |_, _| {},
    );
    let (manifest, sums_sha256, _) = match written {
        Ok(w) => w,
        Err(e) => return Err(remove_partial(e, &partial)),
    };
    if let Err(e) = std::fs::rename(&partial, &folder) {
        return Err(remove_partial(
            BatchError::Io {
                doing: IoAction::RenameIntoPlace,
                path: folder,
                error: e,
            },
            &partial,
        ));
    }
    crate::fsutil::sync_dir(&target).map_err(io(IoAction::SyncFolder, &target))?;
    Ok(ExportedBatch {
        folder,
        manifest,
        sums_sha256,
        sealed: None,
        recorded: false,
    })
}

/// The data dir's folder for staged (encrypted) files of an export in progress.
pub const STAGING_DIR: &str = "staging";

/// What an export put in the target.
enum Placed {
    /// The batch folder.
    Folder(PathBuf),
    /// The encrypted batch and its checksum and signature.
    Sealed([PathBuf; 3]),
}

impl Placed {
    /// The batch folder, or the encrypted file.
    fn main(&self) -> &Path {
        match self {
            Placed::Folder(p) => p,
            Placed::Sealed(p) => &p[0],
        }
    }

    /// The name recorded in the ledger.
    fn name(&self) -> String {
        self.main()
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// Removes what was placed after `cause`; if that fails too, says so.
    fn remove_after(&self, cause: BatchError) -> BatchError {
        let removed = match self {
            Placed::Folder(p) => std::fs::remove_dir_all(p),
            Placed::Sealed(paths) => {
                // Try all three; report the first failure.
                let removed: Vec<_> = paths.iter().map(std::fs::remove_file).collect();
                removed.into_iter().find(Result::is_err).unwrap_or(Ok(()))
            }
        };
        match removed {
            Ok(()) => cause,
            Err(cleanup) => BatchError::PartialLeft {
                cause: Box::new(cause),
                partial: self.main().to_owned(),
                cleanup,
            },
        }
    }
}

/// What the files of one batch are written with.
struct Files<'a> {
    event: &'a Event,
    /// The full texts of the policy versions the leads may cite.
    policy_texts: &'a [PolicyText],
    signer: &'a Signer,
    /// The (partial) folder they go into.
    dir: &'a Path,
    /// Kept as the batch, or staged for encryption.
    keep: &'a Keep,
}

/// Each batch file's name and length, in [`super::FILES`] order.
pub(super) type Sizes = Vec<(&'static str, u64)>;

/// What a batch's records are streamed from: the booth database's export
/// snapshot ([`export`]), or leads in hand ([`write_leads`]).
trait Records {
    /// Calls `f` with every lead, in batch order; the first error stops.
    fn each_lead(
        &mut self,
        f: &mut dyn FnMut(Lead) -> Result<(), BatchError>,
    ) -> Result<(), BatchError>;

    /// Calls `f` with every erasure and withdrawal, in batch order.
    fn each_erasure(
        &mut self,
        f: &mut dyn FnMut(ErasureRecord) -> Result<(), BatchError>,
    ) -> Result<(), BatchError>;
}

impl Records for &ExportSnapshot<'_> {
    fn each_lead(
        &mut self,
        f: &mut dyn FnMut(Lead) -> Result<(), BatchError>,
    ) -> Result<(), BatchError> {
        self.for_each_lead(f)
    }

    fn each_erasure(
        &mut self,
        f: &mut dyn FnMut(ErasureRecord) -> Result<(), BatchError>,
    ) -> Result<(), BatchError> {
        self.for_each_erasure(f)
    }
}

/// Leads in hand, no erasures ([`write_leads`]).
struct InHand<'i>(&'i mut dyn Iterator<Item = Lead>);

impl Records for InHand<'_> {
    fn each_lead(
        &mut self,
        f: &mut dyn FnMut(Lead) -> Result<(), BatchError>,
    ) -> Result<(), BatchError> {
        for lead in &mut *self.0 {
            f(lead)?;
        }
        Ok(())
    }

    fn each_erasure(
        &mut self,
        _: &mut dyn FnMut(ErasureRecord) -> Result<(), BatchError>,
    ) -> Result<(), BatchError> {
        Ok(())
    }
}

/// Writes the seven files into `files.dir` (streaming the selected leads and
/// erasures), fills in the manifest's counts, signs, and fsyncs the folder.
/// Returns the manifest, the SHA-256 of `SHA256SUMS` and each file's length.
fn write_files(
    records: &mut dyn Records,
    files: &Files<'_>,
    mut manifest: Manifest,
    total: u64,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<(Manifest, String, Sizes), BatchError> {
    let create =
        |name: &'static str| BatchFile::create_kept(files.dir.join(name), name, files.keep);
    progress(0, total);
    let mut leads = LeadSink::create(files, &create)?;
    records.each_lead(&mut |lead| {
        leads.push(&lead)?;
        if leads.count % PROGRESS_EVERY == 0 {
            progress(leads.count, total);
        }
        Ok(())
    })?;
    manifest.lead_count = leads.count;
    manifest.captured_at = leads.range;
    manifest.policy_versions = std::mem::take(&mut leads.policies);
    let [jsonl, csv] = leads.finish()?;

    let mut erasures = create(ERASURES_JSONL)?;
    let device = manifest.device_id;
    records.each_erasure(&mut |record| {
        let record = record.from_device(device);
        erasures.json_line(&record, || {
            format!("the erasure record of lead {}", record.lead_id())
        })?;
        manifest.erasure_count += 1;
        progress(manifest.lead_count + manifest.erasure_count, total);
        Ok(())
    })?;
    let erasures = erasures.finish()?;

    // The full text of every policy version the leads cite, by its hash.
    let mut policies = create(POLICIES_JSONL)?;
    for v in &manifest.policy_versions {
        let text = files
            .policy_texts
            .iter()
            .find(|p| p.sha256 == v.sha256)
            .ok_or_else(|| BatchError::PolicyTextMissing {
                sha256: v.sha256.clone(),
            })?;
        policies.json_line_within(text, crate::limits::POLICY_LINE_BYTES, || {
            format!("the text of policy version {}", text.sha256)
        })?;
    }
    let policies = policies.finish()?;
    progress(total, total);

    let mut file = create(MANIFEST)?;
    file.write(&manifest.to_bytes())?;
    let manifest_file = file.finish()?;
    let summed = [&manifest_file, &jsonl, &csv, &erasures, &policies];
    let lines: Vec<SumsLine> = summed.iter().map(|f| f.line.clone()).collect();
    let sums_bytes = format_sums(&lines).into_bytes();
    let mut file = create(SHA256SUMS)?;
    file.write(&sums_bytes)?;
    let sums = file.finish()?;
    let signature = files
        .signer
        .sign(&sums_bytes, &trusted_comment(&manifest))?;
    let mut file = create(SIGNATURE)?;
    file.write(signature.as_bytes())?;
    let sig = file.finish()?;
    crate::fsutil::sync_dir(files.dir).map_err(io(IoAction::SyncFolder, files.dir))?;
    let sizes = vec![
        (MANIFEST, manifest_file.bytes),
        (LEADS_JSONL, jsonl.bytes),
        (LEADS_CSV, csv.bytes),
        (ERASURES_JSONL, erasures.bytes),
        (POLICIES_JSONL, policies.bytes),
        (SHA256SUMS, sums.bytes),
        (SIGNATURE, sig.bytes),
    ];
    Ok((manifest, sums.line.sha256, sizes))
}

/// The absolute form of the export target, which must exist and be a folder.
/// [`export`] checks this itself; callers may check first (before creating a key).
pub fn check_target(dir: &Path) -> Result<PathBuf, BatchError> {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => {
            std::fs::canonicalize(dir).map_err(io(IoAction::OpenExportTarget, dir))
        }
        Ok(_) => Err(BatchError::TargetNotDir {
            path: dir.to_owned(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(BatchError::TargetMissing {
            path: dir.to_owned(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => Err(BatchError::TargetMissing {
            path: dir.to_owned(),
        }),
        Err(e) => Err(io(IoAction::OpenExportTarget, dir)(e)),
    }
}

/// Removes the partial folder after `cause`; if that fails too, says so.
fn remove_partial(cause: BatchError, partial: &Path) -> BatchError {
    match std::fs::remove_dir_all(partial) {
        Ok(()) => cause,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => cause,
        Err(cleanup) => BatchError::PartialLeft {
            cause: Box::new(cause),
            partial: partial.to_owned(),
            cleanup,
        },
    }
}

/// Removes the staging folder after a success; a failure to do so fails the export
/// (the staged files are encrypted to a key that is gone, but they must not pile up).
fn remove_partial_after<T>(ok: Result<T, BatchError>, partial: &Path) -> Result<T, BatchError> {
    match std::fs::remove_dir_all(partial) {
        Ok(()) => ok,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => ok,
        Err(e) => Err(io(IoAction::RemoveStagingFolder, partial)(e)),
    }
}

/// Removes `.<prefix><6 digits>[.tar.age…].partial-<pid>` folders and files left by an export of this
/// device that was killed. Safe because the export lock is held: no other export
/// of this data dir is running. Best effort: they are hidden and incomplete.
fn remove_stale_partials(target: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(target) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix('.')) else {
            continue;
        };
        let Some((batch, pid)) = rest
            .strip_prefix(prefix)
            .and_then(|r| r.split_once(".partial-"))
        else {
            continue;
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        // The encrypted form's partial files: `.<batch>.tar.age[.sha256|.minisig].partial-<pid>`.
        let batch = sealed::SUFFIXES
            .iter()
            .find_map(|s| batch.strip_suffix(s))
            .unwrap_or(batch);
        if digits(batch) && digits(pid) {
            tracing::warn!("removing stale partial batch {name:?}");
            let path = entry.path();
            let _ = match entry.file_type() {
                Ok(t) if t.is_dir() => std::fs::remove_dir_all(path),
                _ => std::fs::remove_file(path),
            };
        }
    }
}

/// `leads.jsonl` and `leads.csv`, written row by row, plus what the manifest
/// needs to know about the leads.
struct LeadSink<'a> {
    event: &'a Event,
    jsonl: BatchFile,
    csv: csv::Writer<BatchFile>,
    count: u64,
    range: Option<CapturedRange>,
    policies: Vec<PolicyRef>,
}

impl<'a> LeadSink<'a> {
    fn create(
        files: &Files<'a>,
        create: &dyn Fn(&'static str) -> Result<BatchFile, BatchError>,
    ) -> Result<Self, BatchError> {
        let jsonl = create(LEADS_JSONL)?;
        let mut csv = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(create(LEADS_CSV)?);
        let header = super::csv_header(files.event);
        csv.write_record(header.iter().map(|c| c.as_bytes()))
            .map_err(|e| io(IoAction::Write, &files.dir.join(LEADS_CSV))(e.into()))?;
        Ok(LeadSink {
            event: files.event,
            jsonl,
            csv,
            count: 0,
            range: None,
            policies: Vec::new(),
        })
    }

    fn push(&mut self, lead: &Lead) -> Result<(), BatchError> {
        self.jsonl
            .json_line(lead, || format!("lead {}", lead.lead_id))?;
        let row = super::csv_row(lead, self.event);
        if let Err(e) = self.csv.write_record(row.iter().map(|c| c.as_bytes())) {
            return Err(io(IoAction::Write, &self.csv.get_ref().path)(e.into()));
        }
        self.count += 1;
        self.range = CapturedRange::include(self.range, lead.captured_at);
        if !self.policies.contains(&lead.policy) {
            self.policies.push(lead.policy.clone());
        }
        Ok(())
    }

    /// Finishes both files (jsonl, csv).
    fn finish(self) -> Result<[Finished; 2], BatchError> {
        let jsonl = self.jsonl.finish()?;
        let csv_path = self.csv.get_ref().path.clone();
        let csv = self
            .csv
            .into_inner()
            .map_err(|e| io(IoAction::Write, &csv_path)(e.into_error()))?
            .finish()?;
        Ok([jsonl, csv])
    }
}

/// Held while an export runs, so two exports of one data dir (the booth's F5 and
/// a CLI `export`) cannot both take the next seq. An OS lock: released on drop or
/// when the process dies.
struct ExportLock {
    _file: File,
}

impl ExportLock {
    fn acquire(database: &Path) -> Result<Self, BatchError> {
        let path = database.with_file_name("export.lock");
        let file = crate::fsutil::private_file_options()
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io(IoAction::OpenLockFile, &path))?;
        match file.try_lock() {
            Ok(()) => Ok(ExportLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(BatchError::Busy { path }),
            Err(std::fs::TryLockError::Error(e)) => Err(io(IoAction::Lock, &path)(e)),
        }
    }
}

/// The one-line shell command that checks a batch with standard tools:
/// `cd FOLDER && minisign -Vm SHA256SUMS -p PUBKEY && sha256sum -c SHA256SUMS`.
pub fn check_command(folder: &Path, public_key: &Path) -> String {
    format!(
        "cd {} && minisign -Vm SHA256SUMS -p {} && sha256sum -c SHA256SUMS",
        shell_quote(folder),
        shell_quote(public_key)
    )
}

/// The one-line shell command that checks an encrypted batch arrived intact,
/// without the identity: `cd FOLDER && sha256sum -c NAME.sha256 && minisign -Vm
/// NAME -p PUBKEY`.
pub fn sealed_check_command(file: &Path, public_key: &Path) -> String {
    let folder = file.parent().unwrap_or(Path::new("."));
    let name = Path::new(file.file_name().unwrap_or_default());
    format!(
        "cd {} && sha256sum -c {} && minisign -Vm {} -p {}",
        shell_quote(folder),
        shell_quote(&sealed::checksum_path(name)),
        shell_quote(name),
        shell_quote(public_key)
    )
}

/// `path` as one shell word: as it is when it holds only safe characters, else in
/// single quotes.
pub(super) fn shell_quote(path: &Path) -> String {
    let s = path.display().to_string();
    let safe = |c: char| c.is_ascii_alphanumeric() || "/._-+,:@%".contains(c);
    if !s.is_empty() && s.chars().all(safe) {
        s
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod shell_tests {
    use super::*;

    #[test]
    fn shell_quote_only_when_needed() {
        assert_eq!(shell_quote(Path::new("/media/usb/a-1")), "/media/usb/a-1");
        assert_eq!(shell_quote(Path::new("/tmp/my dir")), "'/tmp/my dir'");
        assert_eq!(shell_quote(Path::new("/tmp/it's")), r"'/tmp/it'\''s'");
    }

    /// An export's refusals in the staff language: English byte for byte as
    /// before, the others in their own words with the folder and figures kept.
    #[test]
    fn export_refusals_are_said_in_the_staff_language() {
        use crate::i18n::Language;
        let dir = PathBuf::from("/media/usb stick");
        let refusals = [
            BatchError::TargetMissing { path: dir.clone() },
            BatchError::TargetNotDir { path: dir.clone() },
            BatchError::FolderExists {
                path: dir.join("demo-1"),
            },
            BatchError::Busy {
                path: dir.join("export.lock"),
            },
            BatchError::PolicyTextMissing {
                sha256: "ab12".into(),
            },
            BatchError::LineTooLong {
                what: "lead 01".into(),
                file: "leads.jsonl".into(),
                bytes: 1_200_000,
                max: 1_048_576,
            },
            BatchError::PartialLeft {
                cause: Box::new(BatchError::TargetNotDir { path: dir.clone() }),
                partial: dir.join(".partial"),
                cleanup: std::io::Error::other("busy"),
            },
        ];
        for e in &refusals {
            assert_eq!(e.said_in(Language::En), Some(e.to_string()));
            for lang in [Language::De, Language::Fr, Language::Es] {
                let said = e.said_in(lang).unwrap();
                assert_ne!(said, e.to_string(), "{lang}: still English");
                assert!(
                    ["/media/usb stick", "ab12", "lead 01"]
                        .iter()
                        .any(|kept| said.contains(kept)),
                    "{lang}: {said}"
                );
            }
        }
        let missing = refusals[0].said_in(Language::Es).unwrap();
        assert!(
            missing.contains("¿está montada la memoria USB?"),
            "{missing}"
        );
        let long = refusals[5].said_in(Language::Fr).unwrap();
        assert!(long.contains("1\u{a0}200\u{a0}000 octets"), "{long}");
        let partial = refusals[6].said_in(Language::Fr).unwrap();
        // A file the operating system refused: the frame in the staff
        // language, the operating system's words after it as they are.
        let io = BatchError::Io {
            doing: IoAction::Write,
            path: dir.join("leads.jsonl"),
            error: std::io::Error::other("disk full"),
        };
        assert_eq!(io.said_in(Language::En), Some(io.to_string()));
        assert_eq!(
            io.said_in(Language::De).as_deref(),
            Some("/media/usb stick/leads.jsonl kann nicht geschrieben werden: disk full")
        );
        assert!(partial.starts_with("la destination d'export"), "{partial}");
    }
}
