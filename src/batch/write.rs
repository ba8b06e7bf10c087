//! Writing a batch: select what is new, stream it into a hidden partial folder next
//! to the target while hashing, sign, fsync, rename into place, and only then mark
//! the leads exported, in one transaction.
//!
//! A failure at any step leaves no folder under the batch's name (the partial
//! folder is removed), marks nothing exported, and names the file or folder that
//! failed; running the export again starts afresh.

use std::fs::File;
use std::io::Write;
use std::sync::mpsc::SyncSender;
use std::thread::JoinHandle;

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

use uuid::Uuid;

use super::keys::{KeyError, Signer};
use super::manifest::{CapturedRange, EventRef, Manifest, trusted_comment};
use super::sums::{SumsLine, format_sums};
use super::{
    ERASURES_JSONL, FORMAT, LEADS_CSV, LEADS_JSONL, MANIFEST, POLICIES_JSONL, PolicyText,
    SHA256SUMS, SIGNATURE,
};
use crate::config::Event;
use crate::lead::{Lead, PolicyRef, SCHEMA_VERSION, now_utc};
use crate::paths::DataDir;
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
        doing: &'static str,
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

fn io(doing: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> BatchError {
    let path = path.to_owned();
    move |source| BatchError::Io {
        doing,
        path,
        error: source,
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
}

/// A batch that was written and recorded.
#[derive(Debug, Clone)]
pub struct ExportedBatch {
    /// The batch folder (absolute).
    pub folder: PathBuf,
    /// Its manifest.
    pub manifest: Manifest,
    /// SHA-256 of its `SHA256SUMS`: the next batch's `previous`.
    pub sums_sha256: String,
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
    if folder.symlink_metadata().is_ok() {
        return Err(BatchError::FolderExists { path: folder });
    }
    remove_stale_partials(&target, &folder_prefix(&req.event.id, device_id));
    let partial = target.join(format!(".{name}.partial-{}", std::process::id()));
    crate::fsutil::create_new_private_dir(&partial).map_err(io("create folder", &partial))?;

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
    };
    let written = write_files(
        &snapshot,
        req.event,
        &policy_texts,
        signer,
        &partial,
        manifest,
        lead_total + erasure_total,
        progress,
    );
    // The read snapshot ends here; its selection stays for `record_export`.
    let ended = snapshot.finish();
    let ((manifest, sums_sha256), selection) =
        match written.and_then(|w| ended.map(|s| (w, s)).map_err(Into::into)) {
            Ok(w) => w,
            Err(e) => return Err(remove_partial(e, &partial)),
        };

    if let Err(e) = std::fs::rename(&partial, &folder) {
        return Err(remove_partial(
            BatchError::Io {
                doing: "rename the finished batch into place as",
                path: folder,
                error: e,
            },
            &partial,
        ));
    }
    let recorded = crate::fsutil::sync_dir(&target)
        .map_err(io("sync folder", &target))
        .and_then(|_| {
            store.record_export(
                selection,
                &BatchRecord {
                    seq,
                    batch_id: manifest.batch_id,
                    folder: name.clone(),
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
        // Unrecorded, the folder would fork the chain: the next export reuses its seq.
        return Err(match std::fs::remove_dir_all(&folder) {
            Ok(()) => e,
            Err(cleanup) => BatchError::PartialLeft {
                cause: Box::new(e),
                partial: folder,
                cleanup,
            },
        });
    }
    Ok(ExportOutcome::Written(Box::new(ExportedBatch {
        folder,
        manifest,
        sums_sha256,
    })))
}

/// Writes the six files into `partial` (streaming the selected leads and
/// erasures), fills in the manifest's counts, signs, and fsyncs the folder.
/// Returns the manifest and the SHA-256 of `SHA256SUMS`.
#[allow(clippy::too_many_arguments)]
fn write_files(
    snapshot: &ExportSnapshot<'_>,
    event: &Event,
    policy_texts: &[PolicyText],
    signer: &Signer,
    partial: &Path,
    mut manifest: Manifest,
    total: u64,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<(Manifest, String), BatchError> {
    progress(0, total);
    let mut leads = LeadSink::create(partial, event)?;
    snapshot.for_each_lead(|lead| {
        leads.push(&lead)?;
        if leads.count % PROGRESS_EVERY == 0 {
            progress(leads.count, total);
        }
        Ok::<_, BatchError>(())
    })?;
    manifest.lead_count = leads.count;
    manifest.captured_at = leads.range;
    manifest.policy_versions = std::mem::take(&mut leads.policies);
    let mut sums = leads.finish()?;

    let mut erasures = BatchFile::create(partial, ERASURES_JSONL)?;
    snapshot.for_each_erasure(|record| {
        erasures.json_line(&record)?;
        manifest.erasure_count += 1;
        progress(manifest.lead_count + manifest.erasure_count, total);
        Ok::<_, BatchError>(())
    })?;
    sums.push(erasures.finish()?);

    // The full text of every policy version the leads cite, by its hash.
    let mut policies = BatchFile::create(partial, POLICIES_JSONL)?;
    for v in &manifest.policy_versions {
        let text = policy_texts
            .iter()
            .find(|p| p.sha256 == v.sha256)
            .ok_or_else(|| BatchError::PolicyTextMissing {
                sha256: v.sha256.clone(),
            })?;
        policies.json_line(text)?;
    }
    sums.push(policies.finish()?);
    progress(total, total);

    let mut file = BatchFile::create(partial, MANIFEST)?;
    file.write(&manifest.to_bytes())?;
    sums.insert(0, file.finish()?);
    let sums_bytes = format_sums(&sums).into_bytes();
    let mut file = BatchFile::create(partial, SHA256SUMS)?;
    file.write(&sums_bytes)?;
    let sums_sha256 = file.finish()?.sha256;
    let signature = signer.sign(&sums_bytes, &trusted_comment(&manifest))?;
    let mut file = BatchFile::create(partial, SIGNATURE)?;
    file.write(signature.as_bytes())?;
    file.finish()?;
    crate::fsutil::sync_dir(partial).map_err(io("sync folder", partial))?;
    Ok((manifest, sums_sha256))
}

/// The absolute form of the export target, which must exist and be a folder.
/// [`export`] checks this itself; callers may check first (before creating a key).
pub fn check_target(dir: &Path) -> Result<PathBuf, BatchError> {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => std::fs::canonicalize(dir).map_err(io("open export target", dir)),
        Ok(_) => Err(BatchError::TargetNotDir {
            path: dir.to_owned(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(BatchError::TargetMissing {
            path: dir.to_owned(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => Err(BatchError::TargetMissing {
            path: dir.to_owned(),
        }),
        Err(e) => Err(io("open export target", dir)(e)),
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

/// Removes `.<prefix><6 digits>.partial-<pid>` folders left by an export of this
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
        if digits(batch) && digits(pid) {
            tracing::warn!("removing stale partial batch folder {name:?}");
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Bytes handed to a file's writer thread at a time.
const CHUNK: usize = 256 * 1024;
/// Chunks queued per file: memory stays about 1 MiB per file, whatever the batch.
const CHUNKS_IN_FLIGHT: usize = 4;
/// A writer thread flushes its file to disk every this many bytes, so disk time
/// overlaps the serialisation and the final fsync has little left to do.
const SYNC_EVERY: u64 = 32 * 1024 * 1024;

/// One batch file being written: created new with mode 0600; the bytes are
/// hashed, written and fsynced on a thread of its own while the caller goes on
/// reading the database and serialising.
struct BatchFile {
    path: PathBuf,
    name: &'static str,
    buf: Vec<u8>,
    to_writer: Option<SyncSender<Vec<u8>>>,
    writer: Option<JoinHandle<std::io::Result<String>>>,
}

impl BatchFile {
    fn create(dir: &Path, name: &'static str) -> Result<Self, BatchError> {
        let path = dir.join(name);
        let mut file = crate::fsutil::private_file_options()
            .create_new(true)
            .open(&path)
            .map_err(io("create", &path))?;
        let (to_writer, chunks) = std::sync::mpsc::sync_channel::<Vec<u8>>(CHUNKS_IN_FLIGHT);
        let writer = std::thread::Builder::new()
            .name(format!("write {name}"))
            .spawn(move || {
                let mut hasher = Sha256::new();
                let mut unsynced = 0;
                for chunk in chunks {
                    hasher.update(&chunk);
                    file.write_all(&chunk)?;
                    unsynced += chunk.len() as u64;
                    if unsynced >= SYNC_EVERY {
                        file.sync_data()?;
                        unsynced = 0;
                    }
                }
                file.sync_all()?;
                Ok(hex::encode(hasher.finalize()))
            })
            .map_err(io("start writing", &path))?;
        Ok(BatchFile {
            path,
            name,
            buf: Vec::with_capacity(CHUNK),
            to_writer: Some(to_writer),
            writer: Some(writer),
        })
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), BatchError> {
        self.write_all(bytes).map_err(io("write", &self.path))
    }

    fn json_line<T: serde::Serialize>(&mut self, value: &T) -> Result<(), BatchError> {
        serde_json::to_writer(&mut *self, value)
            .map_err(std::io::Error::from)
            .and_then(|_| self.write_all(b"\n"))
            .map_err(io("write", &self.path))
    }

    /// Hands the buffer to the writer thread; if it stopped, its error.
    fn send(&mut self) -> std::io::Result<()> {
        let chunk = std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK));
        let sent = match &self.to_writer {
            Some(w) => w.send(chunk).is_ok(),
            None => false,
        };
        if sent {
            return Ok(());
        }
        // The writer only stops early on an error: report that one.
        Err(self
            .join()
            .err()
            .unwrap_or_else(|| std::io::Error::other("the writer thread stopped")))
    }

    /// Ends the writer thread: the file's SHA-256, or why writing failed.
    fn join(&mut self) -> std::io::Result<String> {
        drop(self.to_writer.take());
        match self.writer.take() {
            Some(w) => w
                .join()
                .unwrap_or_else(|_| Err(std::io::Error::other("the writer thread panicked"))),
            None => Err(std::io::Error::other("the file was already closed")),
        }
    }

    /// Writes the rest and waits until it is on disk (fsync); the file's
    /// `SHA256SUMS` line.
    fn finish(mut self) -> Result<SumsLine, BatchError> {
        let done = if self.buf.is_empty() {
            Ok(())
        } else {
            self.send()
        };
        let sha256 = done
            .and_then(|_| self.join())
            .map_err(io("write", &self.path))?;
        Ok(SumsLine {
            sha256,
            name: self.name.to_owned(),
        })
    }
}

impl Write for BatchFile {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= CHUNK {
            self.send()?;
        }
        Ok(bytes.len())
    }

    /// Nothing to do: [`BatchFile::finish`] writes and syncs everything.
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for BatchFile {
    /// After a failure, stop the writer before the partial folder is removed.
    fn drop(&mut self) {
        if self.writer.is_some() {
            let _ = self.join();
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
    fn create(dir: &Path, event: &'a Event) -> Result<Self, BatchError> {
        let jsonl = BatchFile::create(dir, LEADS_JSONL)?;
        let mut csv = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(BatchFile::create(dir, LEADS_CSV)?);
        let header = super::csv_header(event);
        csv.write_record(header.iter().map(|c| c.as_bytes()))
            .map_err(|e| io("write", &dir.join(LEADS_CSV))(e.into()))?;
        Ok(LeadSink {
            event,
            jsonl,
            csv,
            count: 0,
            range: None,
            policies: Vec::new(),
        })
    }

    fn push(&mut self, lead: &Lead) -> Result<(), BatchError> {
        self.jsonl.json_line(lead)?;
        let row = super::csv_row(lead, self.event);
        if let Err(e) = self.csv.write_record(row.iter().map(|c| c.as_bytes())) {
            return Err(io("write", &self.csv.get_ref().path)(e.into()));
        }
        self.count += 1;
        self.range = CapturedRange::include(self.range, lead.captured_at);
        if !self.policies.contains(&lead.policy) {
            self.policies.push(lead.policy.clone());
        }
        Ok(())
    }

    /// Finishes both files: their `SHA256SUMS` lines (jsonl, csv).
    fn finish(self) -> Result<Vec<SumsLine>, BatchError> {
        let jsonl = self.jsonl.finish()?;
        let csv_path = self.csv.get_ref().path.clone();
        let csv = self
            .csv
            .into_inner()
            .map_err(|e| io("write", &csv_path)(e.into_error()))?
            .finish()?;
        Ok(vec![jsonl, csv])
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
            .map_err(io("open lock file", &path))?;
        match file.try_lock() {
            Ok(()) => Ok(ExportLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(BatchError::Busy { path }),
            Err(std::fs::TryLockError::Error(e)) => Err(io("lock", &path)(e)),
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

/// `path` as one shell word: as it is when it holds only safe characters, else in
/// single quotes.
fn shell_quote(path: &Path) -> String {
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
}
