//! The device signing key: an Ed25519 key pair in minisign's text format, so the
//! `minisign` command reads both files.
//!
//! `keys/device.key` (mode 0600, in `keys/` mode 0700) is the secret key; by default
//! unencrypted, because a booth laptop exports unattended and the file mode is the
//! protection; with a passphrase it is encrypted the way `minisign -G` does it
//! (scrypt). `keys/device.pub` is the public key the central team trusts. A key
//! "exists" when `device.key` exists.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use minisign::{PublicKey, PublicKeyBox, SecretKey, SecretKeyBox};
use uuid::Uuid;

use super::IoAction;
use crate::lead::{now_utc, rfc3339};
use crate::paths::DataDir;
use crate::store::{Store, StoreError};

/// The environment variable holding the passphrase of an encrypted device key.
pub const PASSPHRASE_ENV: &str = "LEADBOOTH_KEY_PASSPHRASE";

const SECRET_FILE: &str = "device.key";
const PUBLIC_FILE: &str = "device.pub";
/// Key files are a few hundred bytes; anything bigger is not one.
const MAX_KEY_FILE_BYTES: u64 = 64 * 1024;

/// Why the device key could not be created, read or used. Every message names the
/// file.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// No `device.key`.
    #[error("no device signing key in {dir}: run `leadbooth keys init`")]
    Missing {
        /// The keys folder.
        dir: PathBuf,
    },
    /// `keys init` without `--force` on an existing key.
    #[error(
        "a device signing key already exists: {path} (key id {key_id}); nothing was changed. `leadbooth keys init --force` replaces it, after which the old device.pub no longer verifies new batches"
    )]
    Exists {
        /// The secret key file.
        path: PathBuf,
        /// Its key id.
        key_id: String,
    },
    /// A file could not be read or written.
    #[error("cannot {doing} {path}: {error}")]
    Io {
        /// What was being done.
        doing: IoAction,
        /// The file or folder.
        path: PathBuf,
        /// The IO error (in the message, not chained, so it is printed once).
        error: std::io::Error,
    },
    /// A file that is not a minisign key of the expected kind.
    #[error("{path} is not a minisign {what}: {detail}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// "public key" or "secret key".
        what: &'static str,
        /// What is wrong.
        detail: String,
    },
    /// A key file far larger than any key (a wrong file).
    #[error("{path} is not a minisign key file: it has {len} bytes; a key file has a few hundred")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        len: u64,
    },
    /// The passphrase does not decrypt the key.
    #[error("wrong passphrase for the device key {path}")]
    WrongPassphrase {
        /// The secret key file.
        path: PathBuf,
    },
    /// An encrypted key and no way to get its passphrase.
    #[error(
        "the device key {path} is encrypted: set {PASSPHRASE_ENV} or run in a terminal to type its passphrase"
    )]
    NeedPassphrase {
        /// The secret key file.
        path: PathBuf,
    },
    /// `--passphrase` with an empty passphrase.
    #[error(
        "an empty passphrase would not protect the key; give a passphrase or leave out --passphrase"
    )]
    EmptyPassphrase,
    /// `device.pub` and `device.key` are not one pair.
    #[error(
        "{public} (key id {public_id}) is not the public key of {secret} (key id {secret_id}); run `leadbooth keys init --force` to make a new pair"
    )]
    Mismatch {
        /// The public key file.
        public: PathBuf,
        /// Its key id.
        public_id: String,
        /// The secret key file.
        secret: PathBuf,
        /// Its key id.
        secret_id: String,
    },
    /// The key was made but the booth database could not record it in the audit log.
    #[error("the device key {key_id} was created, but the audit log could not record it: {source}")]
    Audit {
        /// The new key's id.
        key_id: String,
        /// Why the audit log write failed (boxed: it is much larger than the rest).
        source: Box<StoreError>,
    },
    /// The minisign library failed (key generation, signing).
    #[error("{doing}: {detail}")]
    Minisign {
        /// What was being done.
        doing: KeyWork,
        /// What minisign said.
        detail: String,
    },
}

/// What the minisign library was doing when it failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyWork {
    /// Signing a batch's `SHA256SUMS`.
    Signing,
    /// Making a new key pair.
    Generating,
}

impl std::fmt::Display for KeyWork {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            KeyWork::Signing => "signing",
            KeyWork::Generating => "generating the key pair",
        })
    }
}

impl KeyError {
    /// The failure as `lang` says it, the files, key ids and the libraries'
    /// and operating system's own words kept as they are. Every variant is
    /// matched by name, so a new one does not compile until it is said.
    pub fn said_in(&self, lang: crate::i18n::Language) -> String {
        use crate::i18n::msg::{central as cm, commands as m, io as io_words};
        use crate::i18n::{arg, format, text};
        let p = |p: &Path| p.display().to_string();
        match self {
            KeyError::Missing { dir } => format(lang, m::KEY_MISSING, [("path", arg(&p(dir)))]),
            KeyError::Exists { path, key_id } => format(
                lang,
                m::KEY_EXISTS,
                [("path", arg(&p(path))), ("id", arg(key_id))],
            ),
            KeyError::WrongPassphrase { path } => {
                format(lang, m::KEY_WRONG_PASSPHRASE, [("path", arg(&p(path)))])
            }
            KeyError::NeedPassphrase { path } => format(
                lang,
                m::KEY_NEED_PASSPHRASE,
                [("path", arg(&p(path))), ("env", arg(PASSPHRASE_ENV))],
            ),
            KeyError::EmptyPassphrase => text(lang, m::KEY_EMPTY_PASSPHRASE).to_owned(),
            KeyError::Io { doing, path, error } => doing.said_in(lang, path, error),
            // The minisign library's own words stay as it gives them.
            KeyError::Invalid { path, what, detail } => format(
                lang,
                cm::KEY_INVALID,
                [
                    ("path", arg(&p(path))),
                    ("what", arg(what.split(' ').next().unwrap_or_default())),
                    ("detail", arg(detail)),
                ],
            ),
            KeyError::TooLarge { path, len } => format(
                lang,
                cm::KEY_TOO_LARGE,
                [("path", arg(&p(path))), ("size", arg(&len.to_string()))],
            ),
            KeyError::Mismatch {
                public,
                public_id,
                secret,
                secret_id,
            } => format(
                lang,
                m::KEY_MISMATCH,
                [
                    ("public", arg(&p(public))),
                    ("id", arg(public_id)),
                    ("secret", arg(&p(secret))),
                    ("secret_id", arg(secret_id)),
                ],
            ),
            // The database's own words stay as it gives them.
            KeyError::Audit { key_id, source } => format(
                lang,
                io_words::KEY_AUDIT,
                [("key", arg(key_id)), ("error", arg(&source.to_string()))],
            ),
            KeyError::Minisign { doing, detail } => format(
                lang,
                match doing {
                    KeyWork::Signing => io_words::KEY_SIGNING,
                    KeyWork::Generating => io_words::KEY_GENERATING,
                },
                [("detail", arg(detail))],
            ),
        }
    }
}

/// How a new secret key is protected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyProtection {
    /// Unencrypted, protected by file mode 0600 (the default: unattended export).
    FileMode,
    /// Encrypted with this passphrase.
    Passphrase(String),
    /// Encrypted with a passphrase typed twice on the terminal.
    AskPassphrase,
}

/// What `keys show` prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyInfo {
    /// 16 uppercase hex digits, as `minisign` prints it.
    pub key_id: String,
    /// When the key was made (from the secret key's comment, else the file time).
    pub created_at: Option<DateTime<Utc>>,
    /// Whether the secret key needs a passphrase.
    pub encrypted: bool,
    /// `keys/device.pub`.
    pub public_path: PathBuf,
    /// `keys/device.key`.
    pub secret_path: PathBuf,
}

/// The minisign key id of a key number (8 bytes, little-endian), as 16 uppercase
/// hex digits, the way `minisign` prints it.
pub fn key_id_hex(keynum: &[u8]) -> String {
    keynum
        .iter()
        .take(8)
        .rev()
        .map(|b| format!("{b:02X}"))
        .collect()
}

fn read_small(path: &Path) -> Result<String, KeyError> {
    let io = |source| KeyError::Io {
        doing: IoAction::Read,
        path: path.to_owned(),
        error: source,
    };
    let len = std::fs::metadata(path).map_err(io)?.len();
    if len > MAX_KEY_FILE_BYTES {
        return Err(KeyError::TooLarge {
            path: path.to_owned(),
            len,
        });
    }
    std::fs::read_to_string(path).map_err(io)
}

/// Reads a minisign public key file (`minisign -G`'s `.pub`, or `device.pub`).
pub fn read_public_key(path: &Path) -> Result<PublicKey, KeyError> {
    let text = read_small(path)?;
    PublicKeyBox::from_string(&text)
        .and_then(PublicKey::from_box)
        .map_err(|e| KeyError::Invalid {
            path: path.to_owned(),
            what: "public key",
            detail: e.to_string(),
        })
}

/// The key-derivation algorithm recorded in a secret key box: bytes 2..4 of the
/// decoded key (after the 2-byte signature algorithm), i.e. within the first 8
/// base64 characters of the second line. `[0, 0]` = unencrypted, `Sc` = scrypt.
fn kdf_of(secret_box: &str) -> Option<[u8; 2]> {
    let line = secret_box.lines().nth(1)?.trim();
    let mut bits: u64 = 0;
    for c in line.bytes().take(8) {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        bits = (bits << 6) | u64::from(v);
    }
    if line.len() < 8 {
        return None;
    }
    let bytes = bits.to_be_bytes(); // 48 bits in the low 6 bytes
    Some([bytes[4], bytes[5]])
}

const KDF_NONE: [u8; 2] = [0, 0];
const KDF_SCRYPT: [u8; 2] = *b"Sc";

/// A secret key ready to sign, with its public key.
pub struct Signer {
    pk: PublicKey,
    sk: SecretKey,
    key_id: String,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer")
            .field("key_id", &self.key_id)
            .finish_non_exhaustive()
    }
}

impl Signer {
    /// The key id, 16 uppercase hex digits.
    pub fn key_id(&self) -> &str {
        &self.key_id
    }

    /// The public key.
    pub fn public_key(&self) -> &PublicKey {
        &self.pk
    }

    /// A minisign signature file (`.minisig` text) of `data`: prehashed (the
    /// minisign default), with `trusted_comment` signed too.
    pub fn sign(&self, data: &[u8], trusted_comment: &str) -> Result<String, KeyError> {
        self.sign_reader(data, trusted_comment)
    }

    /// [`Signer::sign`] of everything `data` reads (a file of any size, streamed).
    pub fn sign_reader(
        &self,
        data: impl std::io::Read,
        trusted_comment: &str,
    ) -> Result<String, KeyError> {
        let untrusted = format!("signature from leadbooth device key {}", self.key_id);
        minisign::sign(
            Some(&self.pk),
            &self.sk,
            data,
            Some(trusted_comment),
            Some(&untrusted),
        )
        .map(|b| b.into_string())
        .map_err(|e| KeyError::Minisign {
            doing: KeyWork::Signing,
            detail: e.to_string(),
        })
    }
}

/// The device key files in one `keys/` folder.
#[derive(Debug, Clone)]
pub struct DeviceKey {
    dir: PathBuf,
}

impl DeviceKey {
    /// The key in `keys_dir`.
    pub fn new(keys_dir: impl Into<PathBuf>) -> Self {
        DeviceKey {
            dir: keys_dir.into(),
        }
    }

    /// The key in the data dir's `keys/`.
    pub fn of(data: &DataDir) -> Self {
        Self::new(data.keys())
    }

    /// `keys/device.key`.
    pub fn secret_path(&self) -> PathBuf {
        self.dir.join(SECRET_FILE)
    }

    /// `keys/device.pub`.
    pub fn public_path(&self) -> PathBuf {
        self.dir.join(PUBLIC_FILE)
    }

    /// True when `device.key` exists.
    pub fn exists(&self) -> bool {
        self.secret_path().exists()
    }

    /// Makes a new key pair: `device.pub` first, then `device.key`, each written
    /// atomically (0600) in `keys/` (0700). Refuses to replace an existing key
    /// unless `force`.
    pub fn init(
        &self,
        device_id: Uuid,
        protection: KeyProtection,
        force: bool,
    ) -> Result<KeyInfo, KeyError> {
        if self.exists() && !force {
            let key_id = self
                .info()
                .map(|i| i.key_id)
                .unwrap_or_else(|_| "unreadable".into());
            return Err(KeyError::Exists {
                path: self.secret_path(),
                key_id,
            });
        }
        let gen_err = |e: minisign::PError| KeyError::Minisign {
            doing: KeyWork::Generating,
            detail: e.to_string(),
        };
        let pair = match protection {
            KeyProtection::FileMode => minisign::KeyPair::generate_unencrypted_keypair(),
            KeyProtection::Passphrase(p) if p.is_empty() => return Err(KeyError::EmptyPassphrase),
            KeyProtection::Passphrase(p) => minisign::KeyPair::generate_encrypted_keypair(Some(p)),
            KeyProtection::AskPassphrase if !std::io::stdin().is_terminal() => {
                return Err(KeyError::NeedPassphrase {
                    path: self.secret_path(),
                });
            }
            KeyProtection::AskPassphrase => minisign::KeyPair::generate_encrypted_keypair(None),
        }
        .map_err(gen_err)?;
        let key_id = key_id_hex(pair.pk.keynum());
        let created = now_utc();
        let comment = format!(
            "leadbooth device key {key_id} for device {device_id}, created {}",
            rfc3339(&created)
        );
        let pk_text = pair.pk.to_box().map_err(gen_err)?.to_bytes();
        let sk_text = pair.sk.to_box(Some(&comment)).map_err(gen_err)?.to_bytes();
        crate::fsutil::create_private_dir(&self.dir).map_err(|source| KeyError::Io {
            doing: IoAction::Create,
            path: self.dir.clone(),
            error: source,
        })?;
        restrict_dir(&self.dir)?;
        for (path, bytes) in [(self.public_path(), pk_text), (self.secret_path(), sk_text)] {
            crate::fsutil::write_atomic(&path, &bytes).map_err(|source| KeyError::Io {
                doing: IoAction::Write,
                path,
                error: source,
            })?;
        }
        self.info()
    }

    /// Key id, creation time, protection and paths, without decrypting anything.
    pub fn info(&self) -> Result<KeyInfo, KeyError> {
        let secret_path = self.secret_path();
        if !secret_path.exists() {
            return Err(KeyError::Missing {
                dir: self.dir.clone(),
            });
        }
        let sk_text = read_small(&secret_path)?;
        let encrypted = match kdf_of(&sk_text) {
            Some(KDF_NONE) => false,
            Some(KDF_SCRYPT) => true,
            _ => {
                return Err(KeyError::Invalid {
                    path: secret_path,
                    what: "secret key",
                    detail: "unknown key format".into(),
                });
            }
        };
        let public_path = self.public_path();
        let pk = read_public_key(&public_path)?;
        let created_at = sk_text
            .lines()
            .next()
            .and_then(|c| c.rsplit_once(", created "))
            .and_then(|(_, t)| t.trim().parse().ok())
            .or_else(|| {
                std::fs::metadata(&secret_path)
                    .and_then(|m| m.modified())
                    .ok()
                    .map(DateTime::<Utc>::from)
            });
        Ok(KeyInfo {
            key_id: key_id_hex(pk.keynum()),
            created_at,
            encrypted,
            public_path,
            secret_path,
        })
    }

    /// The text of `device.pub`, to hand to the central team.
    pub fn public_key_text(&self) -> Result<String, KeyError> {
        self.info()?;
        read_small(&self.public_path())
    }

    /// Loads the key pair for signing. An encrypted key is decrypted with
    /// `passphrase`, else with one typed on the terminal; without either it is
    /// [`KeyError::NeedPassphrase`].
    pub fn signer(&self, passphrase: Option<String>) -> Result<Signer, KeyError> {
        let info = self.info()?;
        let path = &info.secret_path;
        let invalid = |e: minisign::PError| KeyError::Invalid {
            path: path.clone(),
            what: "secret key",
            detail: e.to_string(),
        };
        let sk_box = SecretKeyBox::from_string(&read_small(path)?).map_err(invalid)?;
        let sk = if !info.encrypted {
            SecretKey::from_unencrypted_box(sk_box).map_err(invalid)?
        } else {
            if passphrase.is_none() && !std::io::stdin().is_terminal() {
                return Err(KeyError::NeedPassphrase { path: path.clone() });
            }
            SecretKey::from_box(sk_box, passphrase).map_err(|e| match e.kind() {
                minisign::ErrorKind::Verify => KeyError::WrongPassphrase { path: path.clone() },
                _ => invalid(e),
            })?
        };
        let pk = read_public_key(&info.public_path)?;
        let derived = PublicKey::from_secret_key(&sk).map_err(invalid)?;
        if pk.keynum() != sk.keynum() || pk != derived {
            return Err(KeyError::Mismatch {
                public: info.public_path.clone(),
                public_id: info.key_id.clone(),
                secret: path.clone(),
                secret_id: key_id_hex(sk.keynum()),
            });
        }
        Ok(Signer {
            key_id: info.key_id,
            pk,
            sk,
        })
    }
}

/// `keys/` is 0700 even when it existed before with a wider mode.
fn restrict_dir(dir: &Path) -> Result<(), KeyError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(
            |source| KeyError::Io {
                doing: IoAction::Restrict,
                path: dir.to_owned(),
                error: source,
            },
        )?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Creates (or with `force` replaces) the device key and records it in the audit
/// log. Shared by `keys init` and the first export.
///
/// Errors: see [`DeviceKey::init`]; [`KeyError::Audit`] when the key was made but
/// the audit log could not record it.
pub fn create_device_key(
    actor: &str,
    store: &mut Store,
    key: &DeviceKey,
    protection: KeyProtection,
    force: bool,
) -> Result<KeyInfo, KeyError> {
    let replaced = key.info().ok().map(|i| i.key_id);
    let info = key.init(store.device_id(), protection, force)?;
    let detail = match replaced {
        Some(old) => format!("key id {} replaces {old}", info.key_id),
        None => format!("key id {}", info.key_id),
    };
    if store.is_read_only() {
        // A damaged database is not written to; the key files are the record.
        tracing::warn!("audit log not written (database read-only): device_key_created {detail}");
        return Ok(info);
    }
    store
        .record_audit(actor, "device_key_created", &detail)
        .map_err(|source| KeyError::Audit {
            key_id: info.key_id.clone(),
            source: Box::new(source),
        })?;
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_id_is_minisign_style() {
        assert_eq!(
            key_id_hex(&[0x01, 0x02, 0, 0, 0, 0, 0, 0xAB]),
            "AB00000000000201"
        );
    }

    #[test]
    fn init_show_sign_and_refuse_to_overwrite() {
        let t = tempfile::tempdir().unwrap();
        let key = DeviceKey::new(t.path().join("keys"));
        assert!(matches!(key.info(), Err(KeyError::Missing { .. })));
        let info = key
            .init(Uuid::nil(), KeyProtection::FileMode, false)
            .unwrap();
        assert_eq!(info.key_id.len(), 16);
        assert!(!info.encrypted);
        assert!(info.created_at.is_some());
        let pub_text = key.public_key_text().unwrap();
        assert!(pub_text.starts_with(&format!(
            "untrusted comment: minisign public key: {}\n",
            info.key_id
        )));
        let err = key
            .init(Uuid::nil(), KeyProtection::FileMode, false)
            .unwrap_err();
        assert!(matches!(err, KeyError::Exists { .. }), "{err}");
        assert_eq!(key.public_key_text().unwrap(), pub_text, "unchanged");

        let signer = key.signer(None).unwrap();
        let sig = signer.sign(b"hello\n", "leadbooth test").unwrap();
        let sig_box = minisign::SignatureBox::from_string(&sig).unwrap();
        assert!(sig_box.is_prehashed());
        assert_eq!(sig_box.trusted_comment().unwrap(), "leadbooth test");
        minisign::verify(
            signer.public_key(),
            &sig_box,
            std::io::Cursor::new(b"hello\n"),
            true,
            false,
            false,
        )
        .unwrap();

        let replaced = key
            .init(Uuid::nil(), KeyProtection::FileMode, true)
            .unwrap();
        assert_ne!(replaced.key_id, info.key_id);
    }

    #[test]
    fn encrypted_key_needs_the_right_passphrase() {
        let t = tempfile::tempdir().unwrap();
        let key = DeviceKey::new(t.path());
        assert!(matches!(
            key.init(Uuid::nil(), KeyProtection::Passphrase(String::new()), false),
            Err(KeyError::EmptyPassphrase)
        ));
        let info = key
            .init(
                Uuid::nil(),
                KeyProtection::Passphrase("correct horse".into()),
                false,
            )
            .unwrap();
        assert!(info.encrypted);
        assert!(matches!(
            key.signer(Some("wrong".into())),
            Err(KeyError::WrongPassphrase { .. })
        ));
        let s = key.signer(Some("correct horse".into())).unwrap();
        assert_eq!(s.key_id(), info.key_id);
    }

    #[test]
    fn mismatched_pair_is_refused() {
        let t = tempfile::tempdir().unwrap();
        let a = DeviceKey::new(t.path().join("a"));
        let b = DeviceKey::new(t.path().join("b"));
        a.init(Uuid::nil(), KeyProtection::FileMode, false).unwrap();
        b.init(Uuid::nil(), KeyProtection::FileMode, false).unwrap();
        std::fs::copy(b.public_path(), a.public_path()).unwrap();
        assert!(matches!(a.signer(None), Err(KeyError::Mismatch { .. })));
    }
}
