//! Verifying a batch: the checks `leadbooth verify` runs and the central import
//! runs on every batch it imports (all but those of `leads.jsonl` before it
//! imports anything, [`verify_head`]; those in its one read of the file, as it
//! merges, [`stream_leads`], committing nothing of a batch that fails them).
//!
//! In order, stopping at the first failure: exactly the batch files of its format are there
//! (regular files, nothing else); `SHA256SUMS` is well-formed; the signature is a
//! prehashed minisign signature by the given key over the exact bytes of
//! `SHA256SUMS`, with an intact trusted comment; `manifest.json` matches its
//! checksum, is `leadbooth-batch/1`, names the signing key and agrees with the
//! trusted comment; `leads.jsonl`, `erasures.jsonl` and `leads.csv` match their
//! checksums; every line of `leads.jsonl` is a lead and of `erasures.jsonl` an
//! erasure record that holds the record rules ([`super::rules`]: the batch's
//! device and event, the lead rules, no time in the future), each line and the
//! manifest byte for byte what leadbooth writes for them; their numbers (and the
//! CSV's data rows) match the manifest. So a batch that verifies is one the
//! central import takes (unless the central store's history says otherwise:
//! the device's key binding, its chain, another laptop's leads), and written
//! again it gives the bytes that were read.
//! Files are streamed, so memory stays bounded whatever their size.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc::Receiver;

use minisign::{PublicKey, SignatureBox};
use serde::de::DeserializeOwned;

use super::keys::key_id_hex;
use super::manifest::{Manifest, trusted_comment};
use super::rules::{self, exact_form};
use super::sums::{HashReader, MAX_SUMS_BYTES, SumsLine, SumsProblem, parse_sums};
use super::{
    ERASURES_JSONL, FILES, FORMAT, FORMAT_V1, FORMAT_V2, FORMAT_V3, LEADS_CSV, LEADS_JSONL,
    MANIFEST, POLICIES_JSONL, SHA256SUMS, SIGNATURE,
};
use crate::erasure::ErasureRecord;
use crate::lead::Lead;
use crate::policy::PolicyText;

/// A signature file is four short lines.
const MAX_SIGNATURE_BYTES: u64 = crate::limits::SIGNATURE_BYTES as u64;
/// A manifest is a few hundred bytes plus one entry per policy version.
const MAX_MANIFEST_BYTES: u64 = crate::limits::MANIFEST_BYTES as u64;
/// The policy texts of a batch: a handful of documents of some kilobytes.
const MAX_POLICIES_BYTES: u64 = crate::limits::POLICIES_FILE_BYTES as u64;
/// Longest accepted line of `leads.jsonl` / `erasures.jsonl` (without its
/// `\n`): the one limit export, verify and import share.
const MAX_LINE_BYTES: usize = crate::limits::LINE_BYTES;
const READ_BUFFER: usize = 256 * 1024;
/// Bytes of lines handed to a parser thread at a time.
const PARSE_BLOCK: usize = 1024 * 1024;

/// A batch that passed every check.
#[derive(Debug, Clone)]
pub struct VerifiedBatch {
    /// The batch folder.
    pub dir: PathBuf,
    /// The parsed manifest.
    pub manifest: Manifest,
    /// The lines of `SHA256SUMS`.
    pub sums: Vec<SumsLine>,
    /// Lowercase hex SHA-256 of the `SHA256SUMS` bytes: what the next batch of
    /// this device names as `previous`.
    pub sums_sha256: String,
    /// The signing key's id (16 uppercase hex).
    pub key_id: String,
    /// The signature's trusted comment.
    pub trusted_comment: String,
    /// For an encrypted batch: the decrypted copy (`dir` is inside it), removed
    /// when the last clone of this is dropped.
    pub sealed: Option<std::sync::Arc<super::open::Opened>>,
}

impl VerifiedBatch {
    /// What the user named: the encrypted file, or the batch folder.
    pub fn source(&self) -> &Path {
        self.sealed.as_ref().map_or(&self.dir, |o| o.source())
    }
}

/// Why a batch failed verification. Each names the file and what is wrong.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    /// The batch folder cannot be listed.
    #[error("cannot read batch folder {path}: {error}")]
    Folder {
        /// The folder.
        path: PathBuf,
        /// The IO error (in the message, not chained, so it is printed once).
        error: std::io::Error,
    },
    /// A batch file is missing.
    #[error("{path} is missing")]
    Missing {
        /// The missing file.
        path: PathBuf,
    },
    /// Something other than the batch files is in the folder.
    #[error("{path} does not belong in a batch folder (only the batch files may be there)")]
    Extra {
        /// The extra entry.
        path: PathBuf,
    },
    /// A batch file that is a folder, symlink or device.
    #[error("{path} is not a regular file")]
    NotAFile {
        /// The entry.
        path: PathBuf,
    },
    /// A file could not be read.
    #[error("cannot read {path}: {error}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The IO error (in the message, not chained, so it is printed once).
        error: std::io::Error,
    },
    /// A small file that is far too big.
    #[error("{path} is {size} bytes, more than the {limit} a batch's {what} can be")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
        /// What the file is.
        what: &'static str,
    },
    /// `SHA256SUMS` is not in the exact format.
    #[error("{path} {problem}")]
    Sums {
        /// `SHA256SUMS`.
        path: PathBuf,
        /// What is wrong.
        problem: SumsProblem,
    },
    /// The signature file does not parse.
    #[error("{path} is not a minisign signature: {detail}")]
    SignatureFormat {
        /// `SHA256SUMS.minisig`.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// A legacy (not prehashed) signature.
    #[error(
        "{path} is a legacy minisign signature (not prehashed); leadbooth batches are signed prehashed and legacy signatures are refused"
    )]
    LegacySignature {
        /// `SHA256SUMS.minisig`.
        path: PathBuf,
    },
    /// Signed by a key other than the one given.
    #[error("{path} was made by key {signed_by}, not by the given public key {expected}")]
    WrongKey {
        /// `SHA256SUMS.minisig`.
        path: PathBuf,
        /// The key id in the signature.
        signed_by: String,
        /// The given public key's id.
        expected: String,
    },
    /// The signature does not match `SHA256SUMS`.
    #[error(
        "{path} does not verify: SHA256SUMS was altered, or the signature belongs to another batch"
    )]
    BadSignature {
        /// `SHA256SUMS.minisig`.
        path: PathBuf,
    },
    /// The trusted comment was altered.
    #[error("{path}: the trusted comment was altered (its signature does not verify)")]
    BadTrustedComment {
        /// `SHA256SUMS.minisig`.
        path: PathBuf,
    },
    /// A file does not match its checksum.
    #[error("{path} does not match its checksum in SHA256SUMS: it was altered or damaged{hint}")]
    Checksum {
        /// The file.
        path: PathBuf,
        /// A likely cause, if one is recognisable.
        hint: &'static str,
    },
    /// The manifest does not parse.
    #[error("{path} is not a valid manifest: {detail}")]
    Manifest {
        /// `manifest.json`.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// Another batch format.
    #[error(
        "{path} has format {found:?}; this leadbooth reads {FORMAT} (and {FORMAT_V3}, {FORMAT_V2}, {FORMAT_V1})"
    )]
    Format {
        /// `manifest.json`.
        path: PathBuf,
        /// The format found.
        found: String,
    },
    /// A manifest field with an impossible value.
    #[error("{path}: {field} {detail}")]
    ManifestField {
        /// `manifest.json`.
        path: PathBuf,
        /// The field.
        field: &'static str,
        /// What is wrong.
        detail: String,
    },
    /// The manifest names another key than the one that signed.
    #[error("{path} names key {manifest} but the batch is signed by key {signature}")]
    KeyId {
        /// `manifest.json`.
        path: PathBuf,
        /// `key_id` in the manifest.
        manifest: String,
        /// The signature's key id.
        signature: String,
    },
    /// The trusted comment does not describe this manifest.
    #[error(
        "{path}: trusted comment {found:?} does not match manifest.json (expected {expected:?})"
    )]
    TrustedComment {
        /// `SHA256SUMS.minisig`.
        path: PathBuf,
        /// The signed comment.
        found: String,
        /// What the manifest implies.
        expected: String,
    },
    /// A file that parses but is not byte for byte what leadbooth writes for
    /// what it holds (`manifest.json`).
    #[error("{path} {detail}")]
    Form {
        /// The file.
        path: PathBuf,
        /// Where it differs.
        detail: String,
    },
    /// A line of a JSON Lines file that is not a record, breaks a record rule,
    /// or is not in the form leadbooth writes.
    #[error("{path} line {line}: {detail}")]
    Line {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: u64,
        /// What is wrong.
        detail: LineDetail,
    },
    /// An encrypted batch that failed its own checks (see [`super::open`]).
    #[error(transparent)]
    Sealed(super::open::SealedError),
    /// A count in the manifest that does not match the file.
    #[error("{manifest} says {field} {expected} but {path} has {found}")]
    Count {
        /// `manifest.json`.
        manifest: PathBuf,
        /// `lead_count` or `erasure_count`.
        field: &'static str,
        /// The manifest's number.
        expected: u64,
        /// The file.
        path: PathBuf,
        /// What the file holds ("3 leads").
        found: String,
    },
}

/// What is wrong with one line of a batch's file: a record rule it breaks
/// (typed, so the command line says it in the staff language), or the words
/// of a check on the line's form (English; a parser's own words).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LineDetail {
    /// A lead breaks a record rule.
    #[error(transparent)]
    Lead(#[from] rules::LeadBreak),
    /// An erasure or withdrawal record breaks a batch rule.
    #[error(transparent)]
    Erasure(#[from] rules::RuleBreak),
    /// A policy text that does not hold.
    #[error(transparent)]
    Policy(#[from] crate::policy::PolicyProblem),
    /// Anything else, in its English words.
    #[error("{0}")]
    Words(String),
}

impl From<String> for LineDetail {
    fn from(words: String) -> Self {
        LineDetail::Words(words)
    }
}

type Result<T> = std::result::Result<T, VerifyError>;

impl From<super::open::SealedError> for VerifyError {
    fn from(e: super::open::SealedError) -> Self {
        VerifyError::Sealed(e)
    }
}

/// Runs every check on the batch folder `dir` against the device's public key;
/// see the module documentation for the order. Nothing is written.
pub fn verify(dir: &Path, public_key: &PublicKey) -> Result<VerifiedBatch> {
    verify_files(dir, public_key, true)
}

/// Every check of [`verify`] but those of `leads.jsonl` (its checksum, its
/// lines, its number of leads against the manifest): the central import makes
/// them itself, in its one read of the file ([`stream_leads`], then
/// [`LinesScan::check`] and [`LinesScan::check_count`]), and commits nothing
/// of a batch that fails them. A batch that fails here is verified whole, so
/// its error is the one [`verify`] reports first (a damaged `leads.jsonl`
/// before a `leads.csv` that no longer agrees with it).
pub(crate) fn verify_head(dir: &Path, public_key: &PublicKey) -> Result<VerifiedBatch> {
    verify_files(dir, public_key, false)
        .map_err(|head| verify(dir, public_key).err().unwrap_or(head))
}

fn verify_files(dir: &Path, public_key: &PublicKey, with_leads: bool) -> Result<VerifiedBatch> {
    // What "in the future" is measured from.
    let now = crate::lead::now_utc();
    let has_policies = check_listing(dir)?;
    let sums_path = dir.join(SHA256SUMS);
    let sums_bytes = read_small(&sums_path, MAX_SUMS_BYTES, "SHA256SUMS")?;
    let sums = parse_sums(&sums_bytes).map_err(|problem| VerifyError::Sums {
        path: sums_path.clone(),
        problem,
    })?;
    // Format 2 lists policies.jsonl, format 1 has none: the folder must agree.
    let lists_policies = sums.iter().any(|l| l.name == POLICIES_JSONL);
    match (lists_policies, has_policies) {
        (true, false) => {
            return Err(VerifyError::Missing {
                path: dir.join(POLICIES_JSONL),
            });
        }
        (false, true) => {
            return Err(VerifyError::Extra {
                path: dir.join(POLICIES_JSONL),
            });
        }
        _ => {}
    }
    let sig_path = dir.join(SIGNATURE);
    let (key_id, comment) = check_signature(&sig_path, &sums_bytes, public_key)?;
    let expected = |name: &str| {
        sums.iter()
            .find(|l| l.name == name)
            .map(|l| l.sha256.clone())
            .expect("parse_sums lists every file")
    };

    let manifest_path = dir.join(MANIFEST);
    let manifest_bytes = read_small(&manifest_path, MAX_MANIFEST_BYTES, "manifest")?;
    if crate::policy::sha256_hex(&manifest_bytes) != expected(MANIFEST) {
        return Err(VerifyError::Checksum {
            path: manifest_path,
            hint: "",
        });
    }
    let manifest = parse_manifest(&manifest_path, &manifest_bytes)?;
    exact_form(&manifest_bytes, &manifest.to_bytes()).map_err(|detail| VerifyError::Form {
        path: manifest_path.clone(),
        detail,
    })?;
    if super::has_policies(&manifest.format) != lists_policies {
        return Err(VerifyError::ManifestField {
            path: manifest_path,
            field: "format",
            detail: format!(
                "is {} but SHA256SUMS {} policies.jsonl",
                manifest.format,
                if lists_policies {
                    "lists"
                } else {
                    "does not list"
                }
            ),
        });
    }
    if manifest.key_id != key_id {
        return Err(VerifyError::KeyId {
            path: manifest_path,
            manifest: manifest.key_id,
            signature: key_id,
        });
    }
    let implied = trusted_comment(&manifest);
    if comment != implied {
        return Err(VerifyError::TrustedComment {
            path: sig_path,
            found: comment,
            expected: implied,
        });
    }
    if let Some(words) = rules::in_future(&manifest.created_at, now) {
        return Err(VerifyError::ManifestField {
            path: manifest_path,
            field: "created_at",
            detail: words,
        });
    }

    // The CSV is hashed and read on its own thread while the JSON Lines are parsed.
    let csv_path = dir.join(LEADS_CSV);
    let lead_line = |line: &[u8], lead: &Lead| lead_line_check(&manifest, now, line, lead);
    let erasure_line = |line: &[u8], record: &ErasureRecord| {
        rules::erasure_record(&manifest, record, now)?;
        Ok(rules::exact_form_of(line, record)?)
    };
    let (leads, erasures, csv) = std::thread::scope(|s| {
        let csv = s.spawn(|| scan_csv(&csv_path));
        let leads = if with_leads {
            scan_lines::<Lead>(&dir.join(LEADS_JSONL), &lead_line).map(Some)
        } else {
            Ok(None)
        };
        let erasures = scan_lines::<ErasureRecord>(&dir.join(ERASURES_JSONL), &erasure_line);
        let csv = csv.join().expect("CSV scan does not panic");
        (leads, erasures, csv)
    });
    let (leads, erasures, csv) = (leads?, erasures?, csv?);
    if let Some(leads) = &leads {
        leads.check(&dir.join(LEADS_JSONL), &expected(LEADS_JSONL))?;
    }
    erasures.check(&dir.join(ERASURES_JSONL), &expected(ERASURES_JSONL))?;
    if lists_policies {
        check_policies(dir, &expected(POLICIES_JSONL), &manifest)?;
    }
    if csv.sha256 != expected(LEADS_CSV) {
        return Err(VerifyError::Checksum {
            path: csv_path,
            hint: "",
        });
    }
    let count = |field, expected, path: PathBuf, found: u64, what: &str| {
        if expected == found {
            Ok(())
        } else {
            Err(VerifyError::Count {
                manifest: manifest_path.clone(),
                field,
                expected,
                path,
                found: format!("{found} {what}"),
            })
        }
    };
    if let Some(leads) = &leads {
        leads.check_count(&manifest_path, manifest.lead_count, &dir.join(LEADS_JSONL))?;
    }
    count(
        "erasure_count",
        manifest.erasure_count,
        dir.join(ERASURES_JSONL),
        erasures.lines,
        "records",
    )?;
    if let Some(e) = csv.error {
        return Err(VerifyError::Line {
            path: csv_path,
            line: csv.records,
            detail: e.into(),
        });
    }
    count(
        "lead_count",
        manifest.lead_count,
        csv_path,
        csv.records.saturating_sub(1),
        "data rows",
    )?;
    Ok(VerifiedBatch {
        dir: dir.to_owned(),
        manifest,
        sums,
        sums_sha256: crate::policy::sha256_hex(&sums_bytes),
        key_id,
        trusted_comment: comment,
        sealed: None,
    })
}

/// The batch files, each a regular file (not followed if a symlink): every one
/// of [`FILES`] but `policies.jsonl` must be there, nothing else may be.
/// Returns whether `policies.jsonl` is there (format 2).
fn check_listing(dir: &Path) -> Result<bool> {
    let folder = |source| VerifyError::Folder {
        path: dir.to_owned(),
        error: source,
    };
    let mut extra: Vec<String> = Vec::new();
    let mut present: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(folder)? {
        let entry = entry.map_err(folder)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if FILES.contains(&name.as_str()) {
            let ty = entry.file_type().map_err(folder)?;
            if !ty.is_file() {
                return Err(VerifyError::NotAFile { path: entry.path() });
            }
            present.push(name);
        } else {
            extra.push(name);
        }
    }
    if let Some(missing) = FILES
        .iter()
        .find(|f| **f != POLICIES_JSONL && !present.iter().any(|p| p == *f))
    {
        return Err(VerifyError::Missing {
            path: dir.join(missing),
        });
    }
    extra.sort();
    if let Some(e) = extra.first() {
        return Err(VerifyError::Extra { path: dir.join(e) });
    }
    Ok(present.iter().any(|p| p == POLICIES_JSONL))
}

/// `policies.jsonl`: matches its checksum; each line a policy whose text hashes
/// to its `sha256`; every policy version the manifest names is there.
fn check_policies(dir: &Path, expected: &str, manifest: &Manifest) -> Result<()> {
    let path = dir.join(POLICIES_JSONL);
    let bytes = read_small(&path, MAX_POLICIES_BYTES, "policy texts")?;
    if crate::policy::sha256_hex(&bytes) != expected {
        return Err(VerifyError::Checksum { path, hint: "" });
    }
    let mut carried = Vec::new();
    let body = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
    for (i, line) in body.split(|b| *b == b'\n').enumerate() {
        if body.is_empty() {
            break;
        }
        let bad = |detail: LineDetail| VerifyError::Line {
            path: path.clone(),
            line: i as u64 + 1,
            detail,
        };
        if line.len() > crate::limits::POLICY_LINE_BYTES {
            return Err(bad(format!(
                "is longer than {} bytes, the longest line of policy texts a batch may hold",
                crate::limits::POLICY_LINE_BYTES
            )
            .into()));
        }
        let p: PolicyText = serde_json::from_slice(line).map_err(|e| bad(e.to_string().into()))?;
        p.check().map_err(|e| bad(e.into()))?;
        exact_form(line, written(&p).as_bytes()).map_err(|e| bad(e.into()))?;
        // Only the texts its leads cite, each once: a batch brings no other
        // text to be kept at the central office.
        if !manifest
            .policy_versions
            .iter()
            .any(|v| v.sha256 == p.sha256)
        {
            return Err(bad(format!(
                "policy {} is not a policy version of manifest.json",
                p.sha256
            )
            .into()));
        }
        if carried.contains(&p.sha256) {
            return Err(bad(format!("policy {} is there twice", p.sha256).into()));
        }
        carried.push(p.sha256);
    }
    if let Some(missing) = manifest
        .policy_versions
        .iter()
        .find(|v| !carried.contains(&v.sha256))
    {
        return Err(VerifyError::Line {
            path,
            line: carried.len() as u64 + 1,
            detail: format!(
                "the text of policy version {} (named in manifest.json) is not there",
                missing.sha256
            )
            .into(),
        });
    }
    Ok(())
}

fn read_small(path: &Path, limit: u64, what: &'static str) -> Result<Vec<u8>> {
    let read = |source| VerifyError::Read {
        path: path.to_owned(),
        error: source,
    };
    let file = File::open(path).map_err(read)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(read)?;
    if bytes.len() as u64 > limit {
        let size = std::fs::metadata(path).map_or(limit + 1, |m| m.len());
        return Err(VerifyError::TooLarge {
            path: path.to_owned(),
            size,
            limit,
            what,
        });
    }
    Ok(bytes)
}

/// Checks the signature of `sums` and returns the signing key id and the trusted
/// comment. The file must be exactly the four `\n`-terminated lines minisign
/// writes.
fn check_signature(path: &Path, sums: &[u8], pk: &PublicKey) -> Result<(String, String)> {
    let bytes = read_small(path, MAX_SIGNATURE_BYTES, "signature")?;
    let format = |detail: String| VerifyError::SignatureFormat {
        path: path.to_owned(),
        detail,
    };
    let text = std::str::from_utf8(&bytes).map_err(|_| format("it is not UTF-8 text".into()))?;
    if text.contains('\r') {
        return Err(format(
            "it has CR LF (Windows) line endings; it must keep its \\n line ends".into(),
        ));
    }
    let lines = text.split_inclusive('\n').count();
    if !text.ends_with('\n') || lines != 4 {
        return Err(format(format!(
            "it must be exactly 4 lines ending in a newline, it has {lines}{}",
            if text.ends_with('\n') {
                ""
            } else {
                " and no final newline"
            }
        )));
    }
    let sig = signature_box(text).map_err(format)?;
    let signed_by = key_id_hex(sig.keynum());
    let expected = key_id_hex(pk.keynum());
    if signed_by != expected {
        return Err(VerifyError::WrongKey {
            path: path.to_owned(),
            signed_by,
            expected,
        });
    }
    if !sig.is_prehashed() {
        return Err(VerifyError::LegacySignature {
            path: path.to_owned(),
        });
    }
    minisign::verify(pk, &sig, std::io::Cursor::new(sums), true, false, false).map_err(|e| {
        // minisign reports both failures as ErrorKind::Verify; only the text differs.
        if e.to_string().starts_with("Comment signature") {
            VerifyError::BadTrustedComment {
                path: path.to_owned(),
            }
        } else {
            VerifyError::BadSignature {
                path: path.to_owned(),
            }
        }
    })?;
    let comment = sig.trusted_comment().map_err(|e| format(e.to_string()))?;
    Ok((signed_by, comment))
}

/// Length of an Ed25519 signature, the trusted comment's signature included.
const ED25519_SIGNATURE_BYTES: usize = 64;

/// Parses a minisign signature file, refusing a trusted comment's signature
/// (the fourth line) that is not 64 bytes: `minisign` 0.10 would panic checking
/// it (found by fuzzing, `batch_signature`).
pub(super) fn signature_box(text: &str) -> std::result::Result<SignatureBox, String> {
    let sig = SignatureBox::from_string(text).map_err(|e| e.to_string())?;
    let global = text.lines().nth(3).unwrap_or_default().trim();
    let padding = global.bytes().rev().take_while(|&b| b == b'=').count();
    let decoded = (global.len() / 4 * 3).saturating_sub(padding);
    if !global.len().is_multiple_of(4) || decoded != ED25519_SIGNATURE_BYTES {
        return Err(format!(
            "the trusted comment's signature (line 4) is {decoded} bytes, not {ED25519_SIGNATURE_BYTES}"
        ));
    }
    Ok(sig)
}

fn parse_manifest(path: &Path, bytes: &[u8]) -> Result<Manifest> {
    let invalid = |detail: String| VerifyError::Manifest {
        path: path.to_owned(),
        detail,
    };
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| invalid(e.to_string()))?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT | FORMAT_V3 | FORMAT_V2 | FORMAT_V1) => {}
        Some(other) => {
            return Err(VerifyError::Format {
                path: path.to_owned(),
                found: crate::text::sanitize_line(other).into_owned(),
            });
        }
        None => return Err(invalid("it has no \"format\"".into())),
    }
    let m: Manifest = serde_json::from_value(value).map_err(|e| invalid(e.to_string()))?;
    let field = |field, detail: String| VerifyError::ManifestField {
        path: path.to_owned(),
        field,
        detail,
    };
    let schema = super::lead_schema_of(&m.format).expect("a format read above");
    if m.lead_schema_version != schema {
        return Err(field(
            "lead_schema_version",
            format!(
                "is {}; a {} batch holds leads of schema {schema}",
                m.lead_schema_version, m.format
            ),
        ));
    }
    rules::manifest_questions(&m).map_err(|detail| field("questions", detail))?;
    rules::manifest_wording(&m).map_err(|detail| field("wording", detail))?;
    if m.seq == 0 {
        return Err(field("seq", "is 0; batches count from 1".into()));
    }
    match (&m.previous, m.seq) {
        (None, 1) => {}
        (None, n) => return Err(field("previous", format!("is null but seq is {n}"))),
        (Some(_), 1) => return Err(field("previous", "is set but seq is 1".into())),
        (Some(p), _) if !is_sha256_hex(p) => {
            return Err(field("previous", "is not 64 lowercase hex digits".into()));
        }
        (Some(_), _) => {}
    }
    if (m.lead_count == 0) != m.captured_at.is_none() {
        return Err(field(
            "captured_at",
            format!("does not fit lead_count {}", m.lead_count),
        ));
    }
    Ok(m)
}

/// The checks of one line of `leads.jsonl` beyond being one lead: the record
/// rules ([`rules::lead_record`]: the batch's device and event, the lead rules,
/// no time after `now`), and the exact form leadbooth writes. Leads of the
/// previous format are read into today's lead: only their JSON text can be held
/// to the form leadbooth wrote.
fn lead_line_check(
    manifest: &Manifest,
    now: chrono::DateTime<chrono::Utc>,
    line: &[u8],
    lead: &Lead,
) -> std::result::Result<(), LineDetail> {
    rules::lead_record(manifest, lead, now)?;
    Ok(if super::has_policies(&manifest.format) {
        rules::exact_form_of_lead(line, lead)
    } else {
        exact_json_text(line)
    }?)
}

/// The checks of [`verify`] on `leads.jsonl` alone, for a batch that
/// [`verify_head`] passed but whose leads are not imported (already imported,
/// or refused by the central store's history): its checksum, its lines (their
/// parsing spread over threads, as [`verify`] does), their number.
pub(crate) fn check_leads(v: &VerifiedBatch, now: chrono::DateTime<chrono::Utc>) -> Result<()> {
    let path = v.dir.join(LEADS_JSONL);
    let check = |line: &[u8], lead: &Lead| lead_line_check(&v.manifest, now, line, lead);
    let scan = scan_lines::<Lead>(&path, &check)?;
    let expected = v
        .sums
        .iter()
        .find(|l| l.name == LEADS_JSONL)
        .map(|l| l.sha256.as_str())
        .expect("a verified batch lists every file");
    scan.check(&path, expected)?;
    scan.check_count(&v.dir.join(MANIFEST), v.manifest.lead_count, &path)
}

/// Leads handed on at a time by [`stream_leads`], with their 1-based line numbers.
pub(crate) type LeadBlock = Vec<(u64, Lead)>;

/// The central import's one read of `leads.jsonl` (of a batch whose other files
/// [`verify_head`] checked): hashes every byte and holds every line to exactly
/// what [`verify`] holds it to (one lead per `\n`-terminated line, at most
/// [`MAX_LINE_BYTES`], the record rules measured from `now`, the exact form),
/// handing each block of good leads to `keep` in file order. After the first
/// bad line it only hashes and counts, so the checksum can still be judged
/// first, as [`verify`] does. `keep` returns `false` to stop early (its side
/// gave up): then `Ok(None)`. Memory: one block of lines at a time.
pub(crate) fn stream_leads(
    path: &Path,
    manifest: &Manifest,
    now: chrono::DateTime<chrono::Utc>,
    keep: &mut dyn FnMut(LeadBlock) -> bool,
) -> Result<Option<LinesScan>> {
    let check = |line: &[u8], lead: &Lead| lead_line_check(manifest, now, line, lead);
    let mut scan = LinesScan {
        sha256: String::new(),
        lines: 0,
        error: None,
        crlf: false,
    };
    let end = read_line_blocks(path, STREAM_BLOCK, &mut |block| {
        if scan.error.is_some() {
            scan.lines += count_lines(&block);
            return true;
        }
        let first = scan.lines;
        let mut leads: LeadBlock = Vec::new();
        let report = check_block_into::<Lead>(0, &block, &check, &mut |n, lead| {
            leads.push((first + n, lead))
        });
        scan.crlf |= report.crlf;
        if let Some((n, p)) = report.error {
            scan.error = Some((first + n, p));
        }
        scan.lines += report.lines;
        leads.is_empty() || keep(leads)
    })?;
    let Some(end) = end else {
        return Ok(None);
    };
    scan.sha256 = end.sha256;
    if let Some(p) = end.tail_problem {
        scan.lines += 1;
        scan.error.get_or_insert((scan.lines, p.into()));
    }
    Ok(Some(scan))
}

/// Bytes of lines [`stream_leads`] checks and hands on at a time.
const STREAM_BLOCK: usize = 256 * 1024;

/// A record as leadbooth writes it on one line (without the newline).
fn written<T: serde::Serialize>(record: &T) -> String {
    crate::text::json_line(record).expect("a record read from JSON serialises")
}

/// A line of a batch of the previous format: its JSON text exactly as
/// leadbooth writes JSON (its keys in the order they came).
fn exact_json_text(line: &[u8]) -> std::result::Result<(), String> {
    let value: serde_json::Value =
        serde_json::from_slice(line).map_err(|e| format!("is not JSON: {e}"))?;
    exact_form(line, written(&value).as_bytes())
}

fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// What streaming a JSON Lines file found.
pub(crate) struct LinesScan {
    sha256: String,
    lines: u64,
    /// The first bad line and why.
    error: Option<(u64, LineDetail)>,
    /// Some line ended in CR LF: the likely reason for a checksum mismatch.
    crlf: bool,
}

impl LinesScan {
    /// The checksum first (a damaged file is reported as damaged, not as its first
    /// unparsable line), then the first bad line.
    pub(crate) fn check(&self, path: &Path, expected: &str) -> Result<()> {
        if self.sha256 != expected {
            return Err(VerifyError::Checksum {
                path: path.to_owned(),
                hint: if self.crlf {
                    " (its line endings were changed to CR LF)"
                } else {
                    ""
                },
            });
        }
        match &self.error {
            Some((line, detail)) => Err(VerifyError::Line {
                path: path.to_owned(),
                line: *line,
                detail: detail.clone(),
            }),
            None => Ok(()),
        }
    }
}

impl LinesScan {
    /// The file's lines against the manifest's count (`manifest.json` at
    /// `manifest_path` says `expected` leads; the file is `path`).
    pub(crate) fn check_count(
        &self,
        manifest_path: &Path,
        expected: u64,
        path: &Path,
    ) -> Result<()> {
        if self.lines == expected {
            return Ok(());
        }
        Err(VerifyError::Count {
            manifest: manifest_path.to_owned(),
            field: "lead_count",
            expected,
            path: path.to_owned(),
            found: format!("{} leads", self.lines),
        })
    }
}

/// What a line must hold beyond being one `T`: given the line (without its
/// newline) and its record, the words of the first rule it breaks.
type LineCheck<'a, T> = &'a (dyn Fn(&[u8], &T) -> std::result::Result<(), LineDetail> + Sync);

/// Hashes a JSON Lines file while checking each line: every line non-empty,
/// `\n`-terminated, at most [`MAX_LINE_BYTES`], exactly one `T`, and passing
/// `check`. This
/// thread reads, hashes and cuts the file into blocks of whole lines; parser
/// threads check the lines (parsing is most of the work). The queue between them
/// is bounded, so memory stays bounded.
fn scan_lines<T: DeserializeOwned>(path: &Path, check: LineCheck<'_, T>) -> Result<LinesScan> {
    let parsers = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(1, 4));
    let (to_parsers, blocks) = std::sync::mpsc::sync_channel::<(usize, Vec<u8>)>(parsers * 2);
    let blocks = Mutex::new(blocks);
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..parsers)
            .map(|_| s.spawn(|| parse_blocks::<T>(&blocks, check)))
            .collect();
        let mut sent = 0;
        let end = read_line_blocks(path, PARSE_BLOCK, &mut |block| {
            // Parsers only stop when this side hangs up.
            let _ = to_parsers.send((sent, block));
            sent += 1;
            true
        });
        drop(to_parsers);
        let mut reports: Vec<BlockReport> = workers
            .into_iter()
            .flat_map(|w| w.join().expect("a parser does not panic"))
            .collect();
        let end = end?.expect("handing blocks to the parsers never stops the read");
        reports.sort_by_key(|b| b.index);
        let mut scan = LinesScan {
            sha256: end.sha256,
            lines: 0,
            error: None,
            crlf: reports.iter().any(|b| b.crlf),
        };
        for b in reports {
            if let (None, Some((n, p))) = (&scan.error, b.error) {
                scan.error = Some((scan.lines + n, p));
            }
            scan.lines += b.lines;
        }
        if let Some(p) = end.tail_problem {
            scan.lines += 1;
            scan.error.get_or_insert((scan.lines, p.into()));
        }
        Ok(scan)
    })
}

/// How [`read_line_blocks`] ended: the file's SHA-256, and the problem of
/// the line after the last one handed on (too long, or no newline at the end).
struct ReadEnd {
    sha256: String,
    tail_problem: Option<String>,
}

/// The one reader of a JSON Lines file, for [`scan_lines`] (verification:
/// parser threads) and [`stream_leads`] (the import: checked as it is read).
/// Reads and hashes every byte, handing `block` the file's whole lines, in
/// order, in blocks of about `block_size` bytes. A line longer than
/// [`MAX_LINE_BYTES`], or a last line without its newline, is the tail problem:
/// nothing from it on is handed on, the rest is only hashed. `block` returns
/// `false` to stop the read at once: then `Ok(None)`.
fn read_line_blocks(
    path: &Path,
    block_size: usize,
    block: &mut dyn FnMut(Vec<u8>) -> bool,
) -> Result<Option<ReadEnd>> {
    let read = |source| VerifyError::Read {
        path: path.to_owned(),
        error: source,
    };
    let file = File::open(path).map_err(read)?;
    let mut r = BufReader::with_capacity(READ_BUFFER, HashReader::new(file));
    let mut pending: Vec<u8> = Vec::with_capacity(block_size + READ_BUFFER);
    let mut tail_problem: Option<String> = None;
    // Hands on the whole lines of `pending`; false when `block` gave up.
    let mut whole_lines = |pending: &mut Vec<u8>| -> bool {
        let Some(end) = pending.iter().rposition(|&b| b == b'\n') else {
            return true;
        };
        let rest = pending.split_off(end + 1);
        block(std::mem::replace(pending, rest))
    };
    loop {
        let chunk = r.fill_buf().map_err(read)?;
        if chunk.is_empty() {
            break;
        }
        let n = chunk.len();
        if tail_problem.is_none() {
            pending.extend_from_slice(chunk);
            if pending.len() >= block_size {
                if !whole_lines(&mut pending) {
                    return Ok(None);
                }
                if pending.len() > MAX_LINE_BYTES {
                    tail_problem = Some(too_long());
                }
            }
        }
        r.consume(n);
    }
    if tail_problem.is_none() {
        if !whole_lines(&mut pending) {
            return Ok(None);
        }
        if !pending.is_empty() {
            tail_problem = Some("does not end with a newline (trailing garbage?)".into());
        }
    }
    Ok(Some(ReadEnd {
        sha256: r.into_inner().finish(),
        tail_problem,
    }))
}

/// What a parser found in one block of lines.
struct BlockReport {
    /// The block's place in the file.
    index: usize,
    /// Lines in it.
    lines: u64,
    /// Its first bad line (numbered from 1 within the block) and why.
    error: Option<(u64, LineDetail)>,
    /// Some line ends in CR.
    crlf: bool,
}

/// A parser thread: checks the lines of each block it takes (whole lines, each
/// ending in `\n`). Once it has seen a bad line it only counts lines: blocks
/// arrive in file order, so its later blocks cannot hold an earlier bad line.
fn parse_blocks<T: DeserializeOwned>(
    blocks: &Mutex<Receiver<(usize, Vec<u8>)>>,
    check: LineCheck<'_, T>,
) -> Vec<BlockReport> {
    let mut reports = Vec::new();
    let mut failed = false;
    loop {
        let next = blocks.lock().expect("no parser panics").recv();
        let Ok((index, block)) = next else {
            return reports;
        };
        let report = if failed {
            BlockReport {
                index,
                lines: count_lines(&block),
                error: None,
                crlf: false,
            }
        } else {
            check_block::<T>(index, &block, check)
        };
        failed |= report.error.is_some();
        reports.push(report);
    }
}

/// The problem of a line longer than [`MAX_LINE_BYTES`].
fn too_long() -> String {
    format!("is longer than {MAX_LINE_BYTES} bytes, the longest line a batch may hold")
}

fn count_lines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

/// Checks that each line of `block` is exactly one `T` that passes `check`. The
/// records are read as one stream (no separate pass to split lines); after
/// each, the next byte must be the line's `\n`.
fn check_block<T: DeserializeOwned>(
    index: usize,
    block: &[u8],
    check: LineCheck<'_, T>,
) -> BlockReport {
    check_block_into(index, block, check, &mut |_, _| {})
}

/// [`check_block`], handing each record that passes to `keep` with its line
/// number within the block (from 1), in order.
fn check_block_into<T: DeserializeOwned>(
    index: usize,
    block: &[u8],
    check: LineCheck<'_, T>,
    keep: &mut dyn FnMut(u64, T),
) -> BlockReport {
    let mut report = BlockReport {
        index,
        lines: 0,
        error: None,
        crlf: false,
    };
    // A block that is UTF-8 throughout (nearly every one) is read as text:
    // serde_json then checks no string's UTF-8 again (per string, that was a
    // quarter of reading a lead; issue 15). The same records, offsets and
    // errors as read from bytes, which any other block still is, so its
    // errors name the bad byte as before.
    let mut records = match std::str::from_utf8(block) {
        Ok(text) => Records::Text(serde_json::Deserializer::from_str(text).into_iter::<T>()),
        Err(_) => Records::Bytes(serde_json::Deserializer::from_slice(block).into_iter::<T>()),
    };
    let mut start = 0;
    while start < block.len() {
        report.lines += 1;
        let problem = match block[start] {
            b'\n' => Some("is empty".to_owned().into()),
            b' ' | b'\t' | b'\r' => Some("starts with white space".to_owned().into()),
            _ => match records.next() {
                Some(Ok(record)) => {
                    let end = records.byte_offset();
                    if end - start > MAX_LINE_BYTES {
                        Some(too_long().into())
                    } else if block[end] == b'\n' {
                        let broken = check(&block[start..end], &record).err();
                        if broken.is_none() {
                            start = end + 1;
                            keep(report.lines, record);
                        }
                        broken
                    } else {
                        report.crlf = block[end] == b'\r';
                        Some(LineDetail::Words(
                            "has more after its record (a second record, white space or CR)".into(),
                        ))
                    }
                }
                // serde_json counts lines within the block: keep only the column.
                Some(Err(e)) => {
                    let text = e.to_string();
                    let what = text.rsplit_once(" at line ").map_or(&*text, |(w, _)| w);
                    Some(format!("{what} (column {})", e.column()).into())
                }
                None => Some(LineDetail::Words("is not a record".into())),
            },
        };
        if let Some(p) = problem {
            report.error = Some((report.lines, p));
            // The bad line and those after it: the newlines from its start on.
            report.lines += count_lines(&block[start..]) - 1;
            break;
        }
    }
    report
}

/// The records of a block, read from text or from bytes ([`check_block_into`]).
enum Records<'a, T> {
    Text(serde_json::StreamDeserializer<'a, serde_json::de::StrRead<'a>, T>),
    Bytes(serde_json::StreamDeserializer<'a, serde_json::de::SliceRead<'a>, T>),
}

impl<T: DeserializeOwned> Records<'_, T> {
    fn next(&mut self) -> Option<serde_json::Result<T>> {
        match self {
            Records::Text(r) => r.next(),
            Records::Bytes(r) => r.next(),
        }
    }

    fn byte_offset(&self) -> usize {
        match self {
            Records::Text(r) => r.byte_offset(),
            Records::Bytes(r) => r.byte_offset(),
        }
    }
}

/// What hashing and reading `leads.csv` found.
struct CsvScan {
    sha256: String,
    /// Records including the header.
    records: u64,
    /// The first CSV error.
    error: Option<String>,
}

fn scan_csv(path: &Path) -> Result<CsvScan> {
    let read = |source| VerifyError::Read {
        path: path.to_owned(),
        error: source,
    };
    let file = File::open(path).map_err(read)?;
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .buffer_capacity(READ_BUFFER)
        .from_reader(HashReader::new(file));
    let mut record = csv::ByteRecord::new();
    let mut records = 0;
    let mut error = None;
    loop {
        match rdr.read_byte_record(&mut record) {
            Ok(true) => records += 1,
            Ok(false) => break,
            Err(e) if e.is_io_error() => match e.into_kind() {
                csv::ErrorKind::Io(io) => return Err(read(io)),
                _ => unreachable!("is_io_error"),
            },
            Err(e) => {
                error.get_or_insert_with(|| e.to_string());
                records += 1;
            }
        }
    }
    // Drain what the CSV reader did not need, so the hash covers the whole file.
    let mut inner = rdr.into_inner();
    std::io::copy(&mut inner, &mut std::io::sink()).map_err(read)?;
    Ok(CsvScan {
        sha256: inner.finish(),
        records,
        error,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by fuzzing (`batch_signature`): a trusted comment's signature cut
    /// short made `minisign` panic inside `verify`, so `leadbooth verify` and
    /// `import` crashed on a damaged signature file instead of refusing it.
    #[test]
    fn a_short_trusted_comment_signature_is_refused_not_a_panic() {
        let t = tempfile::tempdir().unwrap();
        let key = crate::batch::DeviceKey::new(t.path());
        key.init(
            uuid::Uuid::nil(),
            crate::batch::KeyProtection::FileMode,
            false,
        )
        .unwrap();
        let signer = key.signer(None).unwrap();
        let sums = b"sums\n";
        let genuine = signer.sign(sums, "leadbooth-batch test").unwrap();
        assert!(signature_box(&genuine).is_ok());
        let mut lines: Vec<String> = genuine.lines().map(str::to_owned).collect();
        lines[3] = lines[3][4..].to_owned(); // 61 bytes left of 64
        let cut = lines.join("\n") + "\n";
        let path = t.path().join(SIGNATURE);
        std::fs::write(&path, &cut).unwrap();
        match check_signature(&path, sums, signer.public_key()) {
            Err(VerifyError::SignatureFormat { detail, .. }) => {
                assert!(detail.contains("line 4"), "{detail}")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn each_line_holds_exactly_one_record() {
        let cases = [
            ("{}\n{}\n\n{}\n", 3, "is empty"),
            ("{}\n {}\n{}\n", 2, "starts with white space"),
            ("{}\n{} {}\n{}\n", 2, "has more after its record"),
            ("{}\r\n{}\r\n", 1, "has more after its record"),
            ("{}\n{\"a\":\n{}\n", 2, "(column"),
            ("{}\ngarbage\n", 2, "expected value (column 1)"),
        ];
        for (block, line, message) in cases {
            let r = check_block::<serde_json::Map<String, serde_json::Value>>(
                0,
                block.as_bytes(),
                &|_, _| Ok(()),
            );
            assert_eq!(r.lines, count_lines(block.as_bytes()), "{block:?}");
            let (n, m) = r.error.unwrap_or_else(|| panic!("{block:?} accepted"));
            assert_eq!(n, line, "{block:?}: {m}");
            assert!(m.to_string().contains(message), "{block:?}: {m}");
            assert_eq!(r.crlf, block.contains('\r'), "{block:?}");
        }
        let fine = check_block::<serde_json::Value>(0, b"{}\n[1]\n\"x\"\n", &|_, _| Ok(()));
        assert_eq!((fine.lines, fine.error), (3, None));
    }

    /// A block that is UTF-8 throughout is read as text, any other as bytes:
    /// read either way, the same block gives the same records, offsets and
    /// errors (escapes, non-ASCII, a control character, a cut record,
    /// garbage); and a line that is not UTF-8 is refused at its line with
    /// serde_json's words.
    #[test]
    fn text_and_byte_blocks_are_read_alike() {
        let cases = [
            "{}\n{}\n\n{}\n",
            "{}\n {}\n",
            "{}\n{} {}\n",
            "{\"a\":\"\u{e9}\u{2028}\"}\n{\"a\":\n",
            "{}\ngarbage\n",
            "{\"a\":\"x\\u00e9\\ud83d\\ude00\"}\n{\"a\":\"\u{1}\"}\n",
            "{\"a\":\"\\ud800\"}\n",
        ];
        type Read<'a> = Records<'a, serde_json::Value>;
        let all = |mut r: Read<'_>| {
            let mut out = Vec::new();
            while let Some(next) = r.next() {
                out.push((next.map_err(|e| e.to_string()), r.byte_offset()));
            }
            out
        };
        for case in cases {
            let text = all(Records::Text(
                serde_json::Deserializer::from_str(case).into_iter(),
            ));
            let bytes = all(Records::Bytes(
                serde_json::Deserializer::from_slice(case.as_bytes()).into_iter(),
            ));
            assert!(!text.is_empty(), "{case:?}");
            assert_eq!(text, bytes, "{case:?}");
        }
        let r = check_block::<serde_json::Value>(0, b"{}\n{\"a\":\"\xff\"}\n{}\n", &|_, _| Ok(()));
        let (n, words) = r.error.expect("refused");
        assert_eq!((r.lines, n), (3, 2));
        assert!(
            words.to_string().contains("invalid unicode code point"),
            "{words}"
        );
    }

    /// A line's own check (the record rules, the exact form) reports its line,
    /// and the lines after it are still counted, also when it is the last.
    #[test]
    fn a_line_that_breaks_its_check_is_reported_at_its_line() {
        let odd = |_: &[u8], v: &serde_json::Value| match v.as_u64() {
            Some(n) if n % 2 == 1 => Err(format!("{n} is odd").into()),
            _ => Ok(()),
        };
        for (block, line) in [("2\n4\n5\n6\n8\n", 3), ("2\n4\n7\n", 3), ("1\n", 1)] {
            let r = check_block::<serde_json::Value>(0, block.as_bytes(), &odd);
            assert_eq!(r.lines, count_lines(block.as_bytes()), "{block:?}");
            let (n, m) = r.error.unwrap_or_else(|| panic!("{block:?} accepted"));
            assert_eq!(n, line, "{block:?}: {m}");
            assert!(m.to_string().ends_with("is odd"), "{m}");
        }
        let fine = check_block::<serde_json::Value>(0, b"2\n4\n", &odd);
        assert_eq!((fine.lines, fine.error), (2, None));
    }

    #[test]
    fn parallel_line_scan_reports_the_first_bad_line_and_hashes_everything() {
        let t = tempfile::tempdir().unwrap();
        let path = t.path().join("x.jsonl");
        let mut text = String::new();
        for i in 1..=30_000u64 {
            if i == 21_000 || i == 25_000 || i == 29_000 {
                text.push_str("not json\n");
            } else {
                text.push_str(&format!("{{\"n\":{i},\"pad\":\"{}\"}}\n", "p".repeat(60)));
            }
        }
        assert!(text.len() > 2 * PARSE_BLOCK, "several blocks");
        std::fs::write(&path, &text).unwrap();
        let scan = scan_lines::<serde_json::Value>(&path, &|_, _| Ok(())).unwrap();
        assert_eq!(scan.lines, 30_000);
        assert_eq!(scan.sha256, crate::policy::sha256_hex(text.as_bytes()));
        let (line, msg) = scan.error.unwrap();
        assert_eq!(line, 21_000, "{msg}");
        assert!(msg.to_string().contains("column"), "{msg}");

        std::fs::write(&path, format!("{}tail", text.replace("not json", "{}"))).unwrap();
        let scan = scan_lines::<serde::de::IgnoredAny>(&path, &|_, _| Ok(())).unwrap();
        assert_eq!(scan.lines, 30_001);
        let (line, msg) = scan.error.unwrap();
        assert_eq!(line, 30_001);
        assert!(
            msg.to_string().contains("does not end with a newline"),
            "{msg}"
        );
    }
}
