//! Checking and opening an encrypted batch (`<batch>.tar.age`, see
//! [`super::sealed`]) at the office: what `leadbooth verify --identity` and
//! `leadbooth import --identity` run before [`super::verify`].
//!
//! In order, stopping at the first failure, each with its own message:
//! the checksum and signature files are beside it; the signature is a prehashed
//! minisign signature by the given key whose trusted comment is an encrypted
//! batch's and names this file; the file has the signed length (shorter:
//! truncated; longer: something appended); its SHA-256 is the signed one (else
//! a byte was changed) and so is the checksum file's; the signature verifies.
//! Only then is it decrypted with the identity (another identity: "not
//! encrypted to this identity"), and its tar unpacked: exactly one batch folder
//! of the signed name holding only the batch files, regular files, nothing
//! after the end of the archive. The folder is then verified like any batch, and
//! its manifest must be the batch the outer signature names.
//!
//! The plaintext goes into a private temporary folder (mode 0700, files 0600,
//! in the system temp dir; `TMPDIR` moves it, e.g. to a RAM-backed folder), never
//! beside the encrypted file. It is removed when the batch is dropped: after
//! `verify` prints, after `import` has merged it, and on every failure. A run
//! that was killed leaves it behind; the next `verify` or `import` on the same
//! machine removes it (on Linux, where a dead process id can be told).

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use minisign::{PublicKey, SignatureBox};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::identity::Identity;
use super::keys::key_id_hex;
use super::sealed::{SUFFIX, SealedComment, checksum_path, signature_path};
use super::verify::{VerifiedBatch, VerifyError, verify};
use super::{FILES, MANIFEST};

/// A signature file is four short lines; a checksum file one.
const MAX_SIDECAR_BYTES: u64 = 4096;
/// The temporary folders' name start (then the process id and `-`).
const TEMP_PREFIX: &str = ".leadbooth-open-";
const READ_BUFFER: usize = 256 * 1024;

/// Why an encrypted batch was refused. Each names the file and what is wrong.
#[derive(Debug, thiserror::Error)]
pub enum SealedError {
    /// The path is a folder, symlink or device.
    #[error("{path} is not a regular file")]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// A sidecar is missing.
    #[error(
        "{path} is missing: an encrypted batch is three files ({name}, {name}.sha256, {name}.minisig) that travel together"
    )]
    MissingSidecar {
        /// The missing file.
        path: PathBuf,
        /// The encrypted file's name.
        name: String,
    },
    /// The signature's trusted comment is not an encrypted batch's.
    #[error(
        "{path} is not the signature of an encrypted leadbooth batch (trusted comment {found:?})"
    )]
    NotSealedSignature {
        /// The signature file.
        path: PathBuf,
        /// Its trusted comment.
        found: String,
    },
    /// The signature names another file: swapped, or the files renamed.
    #[error(
        "{path} is the signature of {names}, not of {file}: the signature was swapped (or the files renamed); copy this batch's own three files, names unchanged"
    )]
    SignatureOfAnother {
        /// The signature file.
        path: PathBuf,
        /// The file it signs.
        names: String,
        /// The file beside it.
        file: String,
    },
    /// Shorter than signed.
    #[error(
        "{path} is truncated: it has {have} bytes, the signed length is {want} (an interrupted copy?); copy it again from the booth's USB stick"
    )]
    Truncated {
        /// The encrypted file.
        path: PathBuf,
        /// Its length.
        have: u64,
        /// The signed length.
        want: u64,
    },
    /// Longer than signed.
    #[error("{path} has {have} bytes, more than the signed {want}: something was appended to it")]
    Longer {
        /// The encrypted file.
        path: PathBuf,
        /// Its length.
        have: u64,
        /// The signed length.
        want: u64,
    },
    /// The right length, other bytes.
    #[error(
        "{path} was altered: it has the signed length but not the signed SHA-256 (a changed or flipped byte); nothing in it can be trusted — copy it again"
    )]
    Altered {
        /// The encrypted file.
        path: PathBuf,
    },
    /// The signature does not verify over the file or over its trusted
    /// comment: the file, the comment or both were changed after signing.
    #[error(
        "{path} does not verify over {file}: the encrypted file or the signature's trusted comment was changed after the booth signed it (tampering, not a copy error); do not import it, and ask the booth for its own three files"
    )]
    Forged {
        /// The signature file.
        path: PathBuf,
        /// The encrypted file's name.
        file: String,
    },
    /// The checksum file is malformed or disagrees with the signed checksum.
    #[error("{path} {detail}")]
    Checksum {
        /// The checksum file.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// The identity cannot decrypt it.
    #[error(
        "{path} is not encrypted to the identity in {identity} ({recipient}): it was made for other recipients; use the identity whose age1… line is in the booth's event file"
    )]
    NotForIdentity {
        /// The encrypted file.
        path: PathBuf,
        /// The identity file.
        identity: PathBuf,
        /// Its recipient(s).
        recipient: String,
    },
    /// Decryption failed although the signature held.
    #[error("{path} cannot be decrypted: {detail}")]
    Damaged {
        /// The encrypted file.
        path: PathBuf,
        /// What failed.
        detail: String,
    },
    /// The decrypted tar is not one batch folder.
    #[error("{path} decrypts, but does not hold one batch folder: {detail}")]
    Contents {
        /// The encrypted file.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// The batch inside is not the one the outer signature names.
    #[error("the batch inside {path} is not the one its signature names: {detail}")]
    Mismatch {
        /// The encrypted file.
        path: PathBuf,
        /// Which field differs.
        detail: String,
    },
    /// The temporary folder could not be made or written.
    #[error(
        "cannot decrypt {path} into a private temporary folder: {error} (TMPDIR chooses where)"
    )]
    Temp {
        /// The encrypted file.
        path: PathBuf,
        /// The IO error.
        error: std::io::Error,
    },
}

/// The decrypted copy of an encrypted batch, alive while the batch is in use;
/// dropping it removes the plaintext.
#[derive(Debug)]
pub struct Opened {
    source: PathBuf,
    _temp: tempfile::TempDir,
}

impl Opened {
    /// The `.tar.age` file it came from.
    pub fn source(&self) -> &Path {
        &self.source
    }
}

/// What the outer signature says, unverified: device, seq and lead count, to put
/// encrypted batches in chain order before any is decrypted. `None` when the
/// signature cannot be read.
pub fn peek_sealed(path: &Path) -> Option<(Uuid, u64, u64)> {
    let bytes = read_small(&signature_path(path)).ok()?;
    let sig = SignatureBox::from_string(std::str::from_utf8(&bytes).ok()?).ok()?;
    let c = SealedComment::parse(&sig.trusted_comment().ok()?)?;
    Some((c.device, c.seq, c.leads))
}

/// The key id the outer signature of `path` names, if it parses.
pub fn sealed_key_id(path: &Path) -> Option<String> {
    let bytes = read_small(&signature_path(path)).ok()?;
    let sig = SignatureBox::from_string(std::str::from_utf8(&bytes).ok()?).ok()?;
    Some(key_id_hex(sig.keynum()))
}

/// Checks, decrypts and verifies the encrypted batch `path` (see the module
/// documentation). The result's [`VerifiedBatch::dir`] is the decrypted folder,
/// removed when the result (and every clone of it) is dropped.
pub fn verify_sealed(
    path: &Path,
    public_key: &PublicKey,
    identity: &Identity,
) -> Result<VerifiedBatch, VerifyError> {
    remove_stale_temp_dirs();
    let comment = check_outer(path, public_key)?;
    let folder_name = comment
        .file
        .strip_suffix(SUFFIX)
        .unwrap_or(&comment.file)
        .to_owned();
    let temp = tempfile::Builder::new()
        .prefix(&format!("{TEMP_PREFIX}{}-", std::process::id()))
        .tempdir()
        .map_err(|error| SealedError::Temp {
            path: path.to_owned(),
            error,
        })?;
    unpack(path, identity, &folder_name, temp.path())?;
    let mut v = verify(&temp.path().join(&folder_name), public_key)?;
    let m = &v.manifest;
    let differs = [
        (
            "batch_id",
            m.batch_id.to_string(),
            comment.batch_id.to_string(),
        ),
        ("event", m.event.id.clone(), comment.event.clone()),
        (
            "device",
            m.device_id.to_string(),
            comment.device.to_string(),
        ),
        ("seq", m.seq.to_string(), comment.seq.to_string()),
        ("leads", m.lead_count.to_string(), comment.leads.to_string()),
        (
            "erasures",
            m.erasure_count.to_string(),
            comment.erasures.to_string(),
        ),
    ]
    .into_iter()
    .find(|(_, inner, outer)| inner != outer);
    if let Some((field, inner, outer)) = differs {
        return Err(SealedError::Mismatch {
            path: path.to_owned(),
            detail: format!("{MANIFEST} has {field} {inner}, the signature {outer}"),
        }
        .into());
    }
    v.sealed = Some(Arc::new(Opened {
        source: path.to_owned(),
        _temp: temp,
    }));
    Ok(v)
}

fn read_small(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    File::open(path)?
        .take(MAX_SIDECAR_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_SIDECAR_BYTES {
        return Err(std::io::Error::other(format!(
            "it is larger than {MAX_SIDECAR_BYTES} bytes"
        )));
    }
    Ok(bytes)
}

/// The checks before decryption; returns the (now verified) trusted comment.
fn check_outer(path: &Path, pk: &PublicKey) -> Result<SealedComment, VerifyError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let meta = std::fs::symlink_metadata(path).map_err(|error| VerifyError::Read {
        path: path.to_owned(),
        error,
    })?;
    if !meta.is_file() {
        return Err(SealedError::NotAFile {
            path: path.to_owned(),
        }
        .into());
    }
    let [sums_path, sig_path] = [checksum_path(path), signature_path(path)];
    for p in [&sums_path, &sig_path] {
        if std::fs::symlink_metadata(p).is_err() {
            return Err(SealedError::MissingSidecar {
                path: p.clone(),
                name: name.clone(),
            }
            .into());
        }
    }
    let read = |p: &Path| {
        read_small(p).map_err(|error| VerifyError::Read {
            path: p.to_owned(),
            error,
        })
    };
    let sig_bytes = read(&sig_path)?;
    let format = |detail: String| VerifyError::SignatureFormat {
        path: sig_path.clone(),
        detail,
    };
    let sig_text =
        std::str::from_utf8(&sig_bytes).map_err(|_| format("it is not UTF-8 text".into()))?;
    let sig = super::verify::signature_box(sig_text).map_err(format)?;
    let (signed_by, expected) = (key_id_hex(sig.keynum()), key_id_hex(pk.keynum()));
    if signed_by != expected {
        return Err(VerifyError::WrongKey {
            path: sig_path,
            signed_by,
            expected,
        });
    }
    if !sig.is_prehashed() {
        return Err(VerifyError::LegacySignature { path: sig_path });
    }
    let found = sig.trusted_comment().map_err(|e| format(e.to_string()))?;
    let Some(comment) = SealedComment::parse(&found) else {
        return Err(SealedError::NotSealedSignature {
            path: sig_path,
            found: crate::text::sanitize_line(&found).into_owned(),
        }
        .into());
    };
    if comment.file != name {
        return Err(SealedError::SignatureOfAnother {
            path: sig_path,
            names: crate::text::sanitize_line(&comment.file).into_owned(),
            file: name,
        }
        .into());
    }
    let have = meta.len();
    if have < comment.bytes {
        return Err(SealedError::Truncated {
            path: path.to_owned(),
            have,
            want: comment.bytes,
        }
        .into());
    }
    if have > comment.bytes {
        return Err(SealedError::Longer {
            path: path.to_owned(),
            have,
            want: comment.bytes,
        }
        .into());
    }
    // One read: the SHA-256 and minisign's own hash side by side.
    let file = File::open(path).map_err(|error| VerifyError::Read {
        path: path.to_owned(),
        error,
    })?;
    let mut reader = HashingReader {
        inner: BufReader::with_capacity(READ_BUFFER, file),
        hasher: Sha256::new(),
        error: None,
    };
    let verified = minisign::verify(pk, &sig, &mut reader, true, false, false);
    if let Some(error) = reader.error.take() {
        return Err(VerifyError::Read {
            path: path.to_owned(),
            error,
        });
    }
    let sha256 = hex::encode(reader.hasher.finalize());
    if sha256 != comment.sha256 {
        return Err(SealedError::Altered {
            path: path.to_owned(),
        }
        .into());
    }
    check_checksum_file(&sums_path, &read(&sums_path)?, &name, &comment.sha256)?;
    verified.map_err(|_| SealedError::Forged {
        path: sig_path,
        file: name,
    })?;
    Ok(comment)
}

/// `<sha256>  <name>\n` (or ` *<name>`), and the signed checksum.
fn check_checksum_file(
    path: &Path,
    bytes: &[u8],
    name: &str,
    signed: &str,
) -> Result<(), VerifyError> {
    let bad = |detail: String| SealedError::Checksum {
        path: path.to_owned(),
        detail,
    };
    let text = std::str::from_utf8(bytes).map_err(|_| bad("is not UTF-8 text".into()))?;
    let line = text
        .strip_suffix('\n')
        .filter(|l| !l.contains('\n'))
        .ok_or_else(|| bad("must be one line ending in a newline".into()))?;
    let (sum, file) = line
        .split_once("  ")
        .or_else(|| line.split_once(" *"))
        .ok_or_else(|| bad("is not a sha256sum line (<sha256>  <file>)".into()))?;
    if file != name {
        return Err(bad(format!(
            "names {:?}, not {name}",
            crate::text::sanitize_line(file)
        ))
        .into());
    }
    if sum != signed {
        return Err(bad(
            "does not match the signed checksum: it was altered, or it belongs to another copy"
                .into(),
        )
        .into());
    }
    Ok(())
}

/// Hashes what it reads; keeps a read error for the caller (minisign only says
/// that verification failed).
struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
    error: Option<std::io::Error>,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf).inspect_err(|e| {
            self.error = Some(std::io::Error::new(e.kind(), e.to_string()));
        })?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// minisign's `verify` asks for `Seek` but a prehashed signature only reads.
impl<R: Read> Seek for HashingReader<R> {
    fn seek(&mut self, _: std::io::SeekFrom) -> std::io::Result<u64> {
        Err(std::io::Error::other("not seekable"))
    }
}

/// Decrypts `path` with `identity` and unpacks its tar into `dir/<folder>`.
fn unpack(path: &Path, identity: &Identity, folder: &str, dir: &Path) -> Result<(), VerifyError> {
    let damaged = |detail: String| SealedError::Damaged {
        path: path.to_owned(),
        detail,
    };
    let file = File::open(path).map_err(|error| VerifyError::Read {
        path: path.to_owned(),
        error,
    })?;
    let decryptor = age::Decryptor::new_buffered(BufReader::with_capacity(READ_BUFFER, file))
        .map_err(|e| damaged(describe_decrypt(&e)))?;
    let plain = decryptor.decrypt(identity.as_age()).map_err(|e| match e {
        age::DecryptError::NoMatchingKeys => SealedError::NotForIdentity {
            path: path.to_owned(),
            identity: identity.path().to_owned(),
            recipient: identity.recipients().join(", "),
        },
        e => damaged(describe_decrypt(&e)),
    })?;
    let contents = |detail: String| SealedError::Contents {
        path: path.to_owned(),
        detail,
    };
    let stream = |e: std::io::Error| -> VerifyError {
        match stream_problem(&e) {
            Some(detail) => damaged(detail).into(),
            None => contents(e.to_string()).into(),
        }
    };
    let temp = |error| SealedError::Temp {
        path: path.to_owned(),
        error,
    };
    let root = dir.join(folder);
    let mut archive = tar::Archive::new(plain);
    let mut seen_folder = false;
    let mut unpacked: Vec<&str> = Vec::new();
    for entry in archive.entries().map_err(stream)? {
        let mut entry = entry.map_err(stream)?;
        let entry_path = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let kind = entry.header().entry_type();
        let shown = crate::text::sanitize_line(&entry_path).into_owned();
        if !seen_folder {
            if kind != tar::EntryType::Directory || entry_path.trim_end_matches('/') != folder {
                return Err(contents(format!(
                    "its first entry is {shown:?}, not the folder {folder}/"
                ))
                .into());
            }
            crate::fsutil::create_new_private_dir(&root).map_err(temp)?;
            seen_folder = true;
            continue;
        }
        let name = entry_path
            .strip_prefix(folder)
            .and_then(|r| r.strip_prefix('/'))
            .and_then(|n| FILES.iter().copied().find(|f| *f == n));
        let Some(name) = name else {
            return Err(contents(format!("{shown:?} is not one of the batch files")).into());
        };
        if kind != tar::EntryType::Regular {
            return Err(contents(format!("{shown:?} is not a regular file")).into());
        }
        if unpacked.contains(&name) {
            return Err(contents(format!("{shown:?} is there twice")).into());
        }
        unpacked.push(name);
        let out_path = root.join(name);
        let mut out = crate::fsutil::private_file_options()
            .create_new(true)
            .open(&out_path)
            .map_err(temp)?;
        std::io::copy(&mut entry, &mut out).map_err(|e| match stream_problem(&e) {
            Some(detail) => VerifyError::from(damaged(detail)),
            None => SealedError::Temp {
                path: path.to_owned(),
                error: e,
            }
            .into(),
        })?;
    }
    if !seen_folder {
        return Err(contents("the archive is empty".into()).into());
    }
    // Read to the end: the last age chunk is authenticated only once read, and
    // nothing but the archive's zero padding may follow it.
    let mut rest = archive.into_inner();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = rest.read(&mut buf).map_err(stream)?;
        if n == 0 {
            break;
        }
        if buf[..n].iter().any(|&b| b != 0) {
            return Err(contents("there are bytes after the end of the archive".into()).into());
        }
    }
    Ok(())
}

/// What an `age` stream error means, when it is one (truncation, a changed
/// byte); `None` for other IO errors.
fn stream_problem(e: &std::io::Error) -> Option<String> {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            match io.kind() {
                std::io::ErrorKind::UnexpectedEof => {
                    return Some("it ends before its last encrypted chunk (truncated)".into());
                }
                std::io::ErrorKind::InvalidData => {
                    return Some(
                        "an encrypted chunk fails authentication (a changed byte, or cut short)"
                            .into(),
                    );
                }
                _ => {}
            }
        }
        source = s.source();
    }
    None
}

fn describe_decrypt(e: &age::DecryptError) -> String {
    match e {
        age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat => {
            "it is not an age file, or its header was changed".into()
        }
        age::DecryptError::InvalidMac => "its age header was changed (the header MAC fails)".into(),
        age::DecryptError::Io(io) => stream_problem(io).unwrap_or_else(|| io.to_string()),
        other => other.to_string(),
    }
}

/// Removes `TEMP_PREFIX<pid>-*` folders of processes that are gone (a killed
/// `verify` or `import`). Linux only: elsewhere a process id cannot be checked
/// without unsafe code, and the folders stay until the temp dir is cleaned.
fn remove_stale_temp_dirs() {
    #[cfg(target_os = "linux")]
    {
        let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(pid) = name
                .to_str()
                .and_then(|n| n.strip_prefix(TEMP_PREFIX))
                .and_then(|r| r.split_once('-'))
                .map(|(pid, _)| pid.to_owned())
            else {
                continue;
            };
            let alive = pid.parse::<u32>().is_ok_and(|p| {
                p == std::process::id() || Path::new("/proc").join(p.to_string()).exists()
            });
            if !alive && entry.file_type().is_ok_and(|t| t.is_dir()) {
                tracing::warn!("removing a decrypted batch left by a killed run: {name:?}");
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
}
