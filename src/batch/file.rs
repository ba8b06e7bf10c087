//! One file of an export being written: created new with mode 0600; the bytes
//! are hashed, written and (for a file that stays) fsynced on a thread of its
//! own while the caller goes on reading the database and serialising.
//!
//! A file that is only a step towards an encrypted batch (a *staged* file) is
//! encrypted as it is written, to a key that exists only in this process's
//! memory, and never fsynced: no plaintext of a lead reaches the disk, and the
//! staged file is unreadable once the export ends (see [`super::sealed`]).

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::SyncSender;
use std::thread::JoinHandle;

use sha2::{Digest, Sha256};

use super::IoAction;
use super::sums::SumsLine;
use super::write::BatchError;

/// Bytes handed to a file's writer thread at a time.
const CHUNK: usize = 256 * 1024;
/// Chunks queued per file: memory stays about 1 MiB per file, whatever the batch.
const CHUNKS_IN_FLIGHT: usize = 4;
/// A writer thread flushes its file to disk every this many bytes, so disk time
/// overlaps the serialisation and the final fsync has little left to do.
const SYNC_EVERY: u64 = 32 * 1024 * 1024;

/// How a file is kept.
#[derive(Clone)]
pub(super) enum Keep {
    /// Written as it is and fsynced: a file of the finished batch.
    Durable,
    /// Encrypted to this in-memory key and not fsynced: a staged file that is
    /// read back (and then removed) to build the encrypted batch.
    Staged(age::x25519::Recipient),
}

/// A finished file: its `SHA256SUMS` line (of the plaintext) and its length.
#[derive(Debug, Clone)]
pub(super) struct Finished {
    /// Name and SHA-256 of the bytes given (before any staging encryption).
    pub line: SumsLine,
    /// Number of bytes given.
    pub bytes: u64,
}

/// Where the writer thread puts the bytes.
enum Sink {
    Plain(File),
    Staged(age::stream::StreamWriter<File>),
}

/// One file being written (see the module documentation).
pub(super) struct BatchFile {
    pub(super) path: PathBuf,
    name: String,
    buf: Vec<u8>,
    to_writer: Option<SyncSender<Vec<u8>>>,
    writer: Option<JoinHandle<std::io::Result<(String, u64)>>>,
}

pub(super) fn io(doing: IoAction, path: &Path) -> impl FnOnce(std::io::Error) -> BatchError {
    let path = path.to_owned();
    move |source| BatchError::Io {
        doing,
        path,
        error: source,
    }
}

impl BatchFile {
    /// A new file at `path` whose `SHA256SUMS` name is `name`, kept as `keep` says.
    pub(super) fn create_kept(path: PathBuf, name: &str, keep: &Keep) -> Result<Self, BatchError> {
        let file = crate::fsutil::private_file_options()
            .create_new(true)
            .open(&path)
            .map_err(io(IoAction::Create, &path))?;
        let (durable, mut sink) = match keep {
            Keep::Durable => (true, Sink::Plain(file)),
            Keep::Staged(key) => {
                let encryptor =
                    age::Encryptor::with_recipients(std::iter::once(key as &dyn age::Recipient))
                        .map_err(|e| {
                            io(IoAction::Encrypt, &path)(std::io::Error::other(e.to_string()))
                        })?;
                let stream = encryptor
                    .wrap_output(file)
                    .map_err(io(IoAction::Write, &path))?;
                (false, Sink::Staged(stream))
            }
        };
        let (to_writer, chunks) = std::sync::mpsc::sync_channel::<Vec<u8>>(CHUNKS_IN_FLIGHT);
        let writer = std::thread::Builder::new()
            .name(format!("write {name}"))
            .spawn(move || {
                let mut hasher = Sha256::new();
                let mut unsynced = 0;
                let mut total = 0u64;
                for chunk in chunks {
                    hasher.update(&chunk);
                    total += chunk.len() as u64;
                    match &mut sink {
                        Sink::Plain(file) => {
                            file.write_all(&chunk)?;
                            unsynced += chunk.len() as u64;
                            if durable && unsynced >= SYNC_EVERY {
                                file.sync_data()?;
                                unsynced = 0;
                            }
                        }
                        Sink::Staged(stream) => stream.write_all(&chunk)?,
                    }
                }
                match sink {
                    Sink::Plain(file) => file.sync_all()?,
                    Sink::Staged(stream) => drop(stream.finish()?),
                }
                Ok((hex::encode(hasher.finalize()), total))
            })
            .map_err(io(IoAction::StartWriting, &path))?;
        Ok(BatchFile {
            path,
            name: name.to_owned(),
            buf: Vec::with_capacity(CHUNK),
            to_writer: Some(to_writer),
            writer: Some(writer),
        })
    }

    pub(super) fn write(&mut self, bytes: &[u8]) -> Result<(), BatchError> {
        self.write_all(bytes)
            .map_err(io(IoAction::Write, &self.path))
    }

    /// Writes `value` as one line ([`crate::text::json_line`]'s bytes, so the
    /// file holds what `leads list --json` prints). A line longer than
    /// [`crate::limits::LINE_BYTES`] is refused naming `what`: verify and import
    /// would refuse the batch for it.
    pub(super) fn json_line<T: serde::Serialize>(
        &mut self,
        value: &T,
        what: impl FnOnce() -> String,
    ) -> Result<(), BatchError> {
        self.json_line_within(value, crate::limits::LINE_BYTES, what)
    }

    /// [`BatchFile::json_line`] with its own limit `max` (`policies.jsonl`'s
    /// lines: [`crate::limits::POLICY_LINE_BYTES`]).
    pub(super) fn json_line_within<T: serde::Serialize>(
        &mut self,
        value: &T,
        max: usize,
        what: impl FnOnce() -> String,
    ) -> Result<(), BatchError> {
        let start = self.buf.len();
        serde_json::to_writer(&mut self.buf, value)
            .map_err(|e| io(IoAction::Write, &self.path)(e.into()))?;
        if let Ok(written) = std::str::from_utf8(&self.buf[start..])
            && let std::borrow::Cow::Owned(escaped) = crate::text::escape_json_text(written)
        {
            self.buf.truncate(start);
            self.buf.extend_from_slice(escaped.as_bytes());
        }
        let len = self.buf.len() - start;
        if len > max {
            self.buf.truncate(start);
            return Err(BatchError::LineTooLong {
                what: what(),
                file: self.name.clone(),
                bytes: len,
                max,
            });
        }
        self.buf.push(b'\n');
        if self.buf.len() >= CHUNK {
            self.send().map_err(io(IoAction::Write, &self.path))?;
        }
        Ok(())
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

    /// Ends the writer thread: the file's SHA-256 and length, or why writing failed.
    fn join(&mut self) -> std::io::Result<(String, u64)> {
        drop(self.to_writer.take());
        match self.writer.take() {
            Some(w) => w
                .join()
                .unwrap_or_else(|_| Err(std::io::Error::other("the writer thread panicked"))),
            None => Err(std::io::Error::other("the file was already closed")),
        }
    }

    /// Writes the rest and waits until it is written (and, for a durable file,
    /// on disk); its `SHA256SUMS` line and length.
    pub(super) fn finish(mut self) -> Result<Finished, BatchError> {
        let done = if self.buf.is_empty() {
            Ok(())
        } else {
            self.send()
        };
        let (sha256, bytes) = done
            .and_then(|_| self.join())
            .map_err(io(IoAction::Write, &self.path))?;
        Ok(Finished {
            line: SumsLine {
                sha256,
                name: self.name.clone(),
            },
            bytes,
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
