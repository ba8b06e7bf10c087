//! The encrypted form of a batch (a `leadbooth-batch/2` folder, or `/1` written
//! before issue 11, inside `age`).
//!
//! When the event names recipients, export writes three files instead of the
//! batch folder, side by side in the target:
//!
//! | file | content |
//! | --- | --- |
//! | `<batch>.tar.age` | the batch folder as a tar (ustar; the folder, then the seven files in [`super::FILES`] order; owner 0, modes 0700/0600, every time the manifest's `created_at`), encrypted with `age` to every recipient |
//! | `<batch>.tar.age.sha256` | `sha256sum -c` line for `<batch>.tar.age` |
//! | `<batch>.tar.age.minisig` | minisign signature of `<batch>.tar.age` by the device key; its trusted comment names the file, its length and SHA-256, and the batch inside (see [`SealedComment`]) |
//!
//! `age -d -i IDENTITY <batch>.tar.age | tar -x` gives back exactly the batch
//! folder a plain export writes, which `minisign -V` and `sha256sum -c` check as
//! before; the checksum and signature beside it let anyone check, without the
//! identity, that the encrypted file arrived intact.
//!
//! Writing stays streaming with bounded memory: the seven files are first staged
//! in the data dir, encrypted as they are written to a key that only the
//! exporting process holds (the tar needs each file's length before its bytes),
//! then read back, framed as tar and encrypted to the recipients into a hidden
//! partial file in the target. The checksum and signature follow; the two
//! sidecars are renamed into place first and the `.tar.age` last, so a
//! `.tar.age` that is there is complete.

use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use uuid::Uuid;

use super::file::{BatchFile, Finished, Keep, io};
use super::keys::Signer;
use super::manifest::Manifest;
use super::write::{BatchError, Sizes};
use super::{FORMAT, IoAction};
use crate::recipients::Recipient;

/// What the encrypted batch's file name ends with.
pub const SUFFIX: &str = ".tar.age";
/// Appended to the encrypted file's name for its checksum.
pub const CHECKSUM_SUFFIX: &str = ".sha256";
/// Appended to the encrypted file's name for its signature (minisign's default).
pub const SIGNATURE_SUFFIX: &str = ".minisig";
/// The endings of the three files, longest first.
pub(super) const SUFFIXES: [&str; 3] = [".tar.age.sha256", ".tar.age.minisig", SUFFIX];
/// The trusted comment's second word: the encryption.
const ENCRYPTED_MARK: &str = "encrypted=age";

/// `<batch>.tar.age`.
pub fn file_name(batch: &str) -> String {
    format!("{batch}{SUFFIX}")
}

/// `path` with `suffix` appended to its file name.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// `<batch>.tar.age.sha256` beside `file`.
pub fn checksum_path(file: &Path) -> PathBuf {
    with_suffix(file, CHECKSUM_SUFFIX)
}

/// `<batch>.tar.age.minisig` beside `file`.
pub fn signature_path(file: &Path) -> PathBuf {
    with_suffix(file, SIGNATURE_SUFFIX)
}

/// True when `path` names an encrypted batch (`….tar.age`).
pub fn is_sealed(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with(SUFFIX) && n.len() > SUFFIX.len())
}

/// An encrypted batch as written.
#[derive(Debug, Clone)]
pub struct SealedBatch {
    /// `<batch>.tar.age` (absolute).
    pub file: PathBuf,
    /// `<batch>.tar.age.sha256`.
    pub checksum: PathBuf,
    /// `<batch>.tar.age.minisig`.
    pub signature: PathBuf,
    /// Length of the encrypted file.
    pub bytes: u64,
    /// Lowercase hex SHA-256 of the encrypted file.
    pub sha256: String,
    /// The recipients it is encrypted to (`age1…`).
    pub recipients: Vec<String>,
}

impl SealedBatch {
    /// The three files, the encrypted one first.
    pub(super) fn paths(&self) -> [PathBuf; 3] {
        [
            self.file.clone(),
            self.checksum.clone(),
            self.signature.clone(),
        ]
    }
}

/// The trusted comment of an encrypted batch's signature, e.g.
/// `leadbooth-batch/2 encrypted=age file=demo-2026-798843e3-000003.tar.age
/// bytes=1234 sha256=… batch_id=… event=demo-2026 device=… seq=3 leads=12
/// erasures=0` (one line). Signed, so the file's name, length and checksum and
/// the batch it holds cannot be changed without the signature failing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedComment {
    /// The encrypted file's name.
    pub file: String,
    /// Its length.
    pub bytes: u64,
    /// Its SHA-256.
    pub sha256: String,
    /// The batch inside: its manifest's `batch_id`.
    pub batch_id: Uuid,
    /// … `event.id`.
    pub event: String,
    /// … `device_id`.
    pub device: Uuid,
    /// … `seq`.
    pub seq: u64,
    /// … `lead_count`.
    pub leads: u64,
    /// … `erasure_count`.
    pub erasures: u64,
}

impl std::fmt::Display for SealedComment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{FORMAT} {ENCRYPTED_MARK} file={} bytes={} sha256={} batch_id={} event={} device={} seq={} leads={} erasures={}",
            self.file,
            self.bytes,
            self.sha256,
            self.batch_id,
            self.event,
            self.device,
            self.seq,
            self.leads,
            self.erasures
        )
    }
}

impl SealedComment {
    /// Parses a trusted comment written by [`SealedComment`]'s `Display`; `None`
    /// for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let mut words = text.split(' ');
        // Encrypted batches of the previous formats (leadbooth-batch/3, /2, /1) still open.
        let format = words.next()?;
        if !super::FORMATS.contains(&format) || words.next()? != ENCRYPTED_MARK {
            return None;
        }
        let mut field = |key: &str| {
            words
                .next()
                .and_then(|w| w.strip_prefix(key))
                .and_then(|w| w.strip_prefix('='))
                .map(str::to_owned)
        };
        let c = SealedComment {
            file: field("file")?,
            bytes: field("bytes")?.parse().ok()?,
            sha256: field("sha256")?,
            batch_id: field("batch_id")?.parse().ok()?,
            event: field("event")?,
            device: field("device")?.parse().ok()?,
            seq: field("seq")?.parse().ok()?,
            leads: field("leads")?.parse().ok()?,
            erasures: field("erasures")?.parse().ok()?,
        };
        (words.next().is_none() && c.to_string() == text).then_some(c)
    }
}

/// The files of a batch, staged (encrypted to `key`) in `dir`.
pub(super) struct Staged<'a> {
    /// The staging folder.
    pub dir: &'a Path,
    /// The in-memory key they are encrypted to.
    pub key: &'a age::x25519::Identity,
    /// Each file's name and plaintext length, in tar order.
    pub files: &'a Sizes,
}

/// Where and to whom the encrypted batch goes.
pub(super) struct SealRequest<'a> {
    /// The batch folder's name (`<event>-<device>-<seq>`).
    pub name: &'a str,
    /// The target folder (absolute).
    pub target: &'a Path,
    /// Who can decrypt it.
    pub recipients: &'a [Recipient],
    /// The device key, to sign the encrypted file.
    pub signer: &'a Signer,
    /// The batch's manifest.
    pub manifest: &'a Manifest,
}

/// Writes `<name>.tar.age` and its checksum and signature into `req.target`
/// (see the module documentation), each fsynced; on any error none of the three
/// is left behind.
pub(super) fn seal(staged: &Staged<'_>, req: &SealRequest<'_>) -> Result<SealedBatch, BatchError> {
    let name = file_name(req.name);
    let file = req.target.join(&name);
    let finals = [file.clone(), checksum_path(&file), signature_path(&file)];
    let pid = std::process::id();
    let partials: Vec<PathBuf> = finals
        .iter()
        .map(|f| {
            let n = f.file_name().map(|n| n.to_string_lossy().into_owned());
            req.target
                .join(format!(".{}.partial-{pid}", n.unwrap_or_default()))
        })
        .collect();
    let written = write_all(staged, req, &name, &partials);
    let sealed = match written {
        Ok(w) => w,
        Err(e) => {
            for p in &partials {
                let _ = std::fs::remove_file(p);
            }
            return Err(e);
        }
    };
    // The sidecars first, the encrypted file last: its presence means complete.
    for i in [1, 2, 0] {
        if let Err(e) = std::fs::rename(&partials[i], &finals[i]) {
            for p in partials.iter().chain(&finals[1..]) {
                let _ = std::fs::remove_file(p);
            }
            return Err(io(IoAction::RenameIntoPlace, &finals[i])(e));
        }
    }
    Ok(SealedBatch {
        file,
        checksum: finals[1].clone(),
        signature: finals[2].clone(),
        bytes: sealed.bytes,
        sha256: sealed.line.sha256,
        recipients: req
            .recipients
            .iter()
            .map(|r| r.as_str().to_owned())
            .collect(),
    })
}

/// Writes the three partial files: the encrypted tar, then its checksum and
/// signature. Returns the encrypted file's checksum and length.
fn write_all(
    staged: &Staged<'_>,
    req: &SealRequest<'_>,
    name: &str,
    partials: &[PathBuf],
) -> Result<Finished, BatchError> {
    let main = encrypt_tar(staged, req, name, &partials[0])?;
    let comment = SealedComment {
        file: name.to_owned(),
        bytes: main.bytes,
        sha256: main.line.sha256.clone(),
        batch_id: req.manifest.batch_id,
        event: req.manifest.event.id.clone(),
        device: req.manifest.device_id,
        seq: req.manifest.seq,
        leads: req.manifest.lead_count,
        erasures: req.manifest.erasure_count,
    };
    let read = std::fs::File::open(&partials[0]).map_err(io(IoAction::Read, &partials[0]))?;
    let signature = req.signer.sign_reader(
        BufReader::with_capacity(READ_BUFFER, read),
        &comment.to_string(),
    )?;
    let checksum = format!("{}  {name}\n", main.line.sha256);
    for (path, bytes) in [(&partials[1], checksum), (&partials[2], signature)] {
        let mut f = BatchFile::create_kept(path.clone(), name, &Keep::Durable)?;
        f.write(bytes.as_bytes())?;
        f.finish()?;
    }
    Ok(main)
}

const READ_BUFFER: usize = 256 * 1024;

/// The tar of the staged batch folder, encrypted to the recipients, into `path`.
fn encrypt_tar(
    staged: &Staged<'_>,
    req: &SealRequest<'_>,
    name: &str,
    path: &Path,
) -> Result<Finished, BatchError> {
    let write = |e: std::io::Error| io(IoAction::Write, path)(e);
    let out = BatchFile::create_kept(path.to_owned(), name, &Keep::Durable)?;
    let encryptor = age::Encryptor::with_recipients(
        req.recipients
            .iter()
            .map(|r| r.key() as &dyn age::Recipient),
    )
    .map_err(|e| write(std::io::Error::other(e.to_string())))?;
    let mut tar = tar::Builder::new(encryptor.wrap_output(out).map_err(write)?);
    let mtime = u64::try_from(req.manifest.created_at.timestamp()).unwrap_or(0);
    let header = |kind: tar::EntryType, mode: u32, size: u64| {
        let mut h = tar::Header::new_ustar();
        h.set_entry_type(kind);
        h.set_mode(mode);
        h.set_size(size);
        h.set_mtime(mtime);
        h.set_uid(0);
        h.set_gid(0);
        h
    };
    tar.append_data(
        &mut header(tar::EntryType::Directory, 0o700, 0),
        format!("{}/", req.name),
        std::io::empty(),
    )
    .map_err(write)?;
    for &(file, len) in staged.files {
        let staged_path = staged.dir.join(file);
        let reading = |e: std::io::Error| io(IoAction::ReadStaged, &staged_path)(e);
        let source = std::fs::File::open(&staged_path).map_err(reading)?;
        let decryptor = age::Decryptor::new_buffered(BufReader::with_capacity(READ_BUFFER, source))
            .map_err(|e| reading(std::io::Error::other(e.to_string())))?;
        let plain = decryptor
            .decrypt(std::iter::once(staged.key as &dyn age::Identity))
            .map_err(|e| reading(std::io::Error::other(e.to_string())))?;
        let mut exact = plain.take(len);
        tar.append_data(
            &mut header(tar::EntryType::Regular, 0o600, len),
            format!("{}/{file}", req.name),
            &mut exact,
        )
        .map_err(write)?;
        // Exactly the bytes the header promised, every one authenticated.
        if exact.limit() != 0 {
            return Err(reading(std::io::Error::other(format!(
                "it holds fewer than the {len} bytes written"
            ))));
        }
        let mut rest = exact.into_inner();
        let mut one = [0u8; 1];
        if rest.read(&mut one).map_err(reading)? != 0 {
            return Err(reading(std::io::Error::other(format!(
                "it holds more than the {len} bytes written"
            ))));
        }
    }
    let stream = tar.into_inner().map_err(write)?;
    let out = stream.finish().map_err(write)?;
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trusted_comment_reads_back_and_nothing_else_does() {
        let c = SealedComment {
            file: "demo-2026-0123abcd-000003.tar.age".into(),
            bytes: 1234,
            sha256: "ab".repeat(32),
            batch_id: Uuid::now_v7(),
            event: "demo-2026".into(),
            device: Uuid::nil(),
            seq: 3,
            leads: 12,
            erasures: 1,
        };
        let text = c.to_string();
        assert_eq!(SealedComment::parse(&text), Some(c));
        assert_eq!(SealedComment::parse(&format!("{text} extra=1")), None);
        assert_eq!(SealedComment::parse(&text.replace("seq=3", "seq=x")), None);
        assert_eq!(
            SealedComment::parse("leadbooth-batch/1 batch_id=x event=y"),
            None,
            "a plain batch's comment is not an encrypted one's"
        );
    }

    #[test]
    fn names() {
        let f = Path::new("/m/usb/x-1.tar.age");
        assert!(is_sealed(f));
        assert!(!is_sealed(Path::new("/m/usb/x-1")));
        assert!(!is_sealed(Path::new(".tar.age")));
        assert_eq!(checksum_path(f), Path::new("/m/usb/x-1.tar.age.sha256"));
        assert_eq!(signature_path(f), Path::new("/m/usb/x-1.tar.age.minisig"));
    }
}
