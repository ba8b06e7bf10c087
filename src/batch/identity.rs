//! The central team's `age` identity: the X25519 secret that decrypts encrypted
//! batches at the office (`leadbooth identity new`, `verify --identity`,
//! `import --identity`). It never goes on a booth laptop; the laptops only know
//! its public recipient (`age1…`, in the event file).
//!
//! The file is written the way `age-keygen` writes one (comment lines, then the
//! `AGE-SECRET-KEY-1…` line), so `age -d -i FILE` reads it too; mode 0600,
//! created new (an existing file is never replaced).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use super::IoAction;
use age::secrecy::ExposeSecret;

/// Longest identity file read: a few lines.
const MAX_IDENTITY_FILE_BYTES: u64 = 64 * 1024;

/// Why an identity file could not be made or read. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    /// `identity new` on an existing file.
    #[error(
        "{path} already exists; nothing was changed (an identity is never overwritten: batches encrypted to it could no longer be read). Choose another file name"
    )]
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// The file could not be created, written or read.
    #[error("cannot {doing} {path}: {error}")]
    Io {
        /// What was being done.
        doing: IoAction,
        /// The file.
        path: PathBuf,
        /// The IO error (in the message, not chained, so it is printed once).
        error: std::io::Error,
    },
    /// A line that is not an X25519 identity.
    #[error(
        "{path} line {line}: not an age X25519 identity ({detail}); an identity file holds one AGE-SECRET-KEY-1… line (lines starting with # are comments)"
    )]
    Line {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What the age library said.
        detail: &'static str,
    },
    /// A file without any identity.
    #[error("{path} holds no AGE-SECRET-KEY-1… line: it is not an age identity file")]
    Empty {
        /// The file.
        path: PathBuf,
    },
}

/// The identities of one identity file (usually one), ready to decrypt.
pub struct Identity {
    path: PathBuf,
    keys: Vec<age::x25519::Identity>,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity")
            .field("path", &self.path)
            .field("recipients", &self.recipients())
            .finish()
    }
}

impl Identity {
    /// Reads an identity file: `#` comments and blank lines are skipped, every
    /// other line must be an `AGE-SECRET-KEY-1…` X25519 identity.
    ///
    /// Errors: unreadable, a bad line (named), or no identity at all.
    pub fn load(path: &Path) -> Result<Self, IdentityError> {
        let io = |error| IdentityError::Io {
            doing: IoAction::Read,
            path: path.to_owned(),
            error,
        };
        let mut text = String::new();
        std::fs::File::open(path)
            .map_err(io)?
            .take(MAX_IDENTITY_FILE_BYTES)
            .read_to_string(&mut text)
            .map_err(io)?;
        let mut keys = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let key = line.parse().map_err(|detail| IdentityError::Line {
                path: path.to_owned(),
                line: i + 1,
                detail,
            })?;
            keys.push(key);
        }
        if keys.is_empty() {
            return Err(IdentityError::Empty {
                path: path.to_owned(),
            });
        }
        Ok(Identity {
            path: path.to_owned(),
            keys,
        })
    }

    /// The file it was read from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The public recipients (`age1…`) of its identities.
    pub fn recipients(&self) -> Vec<String> {
        self.keys
            .iter()
            .map(|k| k.to_public().to_string())
            .collect()
    }

    /// The identities, for [`age::Decryptor::decrypt`].
    pub(crate) fn as_age(&self) -> impl Iterator<Item = &dyn age::Identity> {
        self.keys.iter().map(|k| k as &dyn age::Identity)
    }
}

/// Makes a new X25519 identity in `path` (created new, mode 0600, fsynced) and
/// returns its public recipient `age1…`.
///
/// Errors: [`IdentityError::Exists`] when `path` exists; IO errors naming it.
pub fn create_identity(path: &Path, created: &str) -> Result<String, IdentityError> {
    let key = age::x25519::Identity::generate();
    let recipient = key.to_public().to_string();
    let mut file = crate::fsutil::private_file_options()
        .create_new(true)
        .open(path)
        .map_err(|error| match error.kind() {
            std::io::ErrorKind::AlreadyExists => IdentityError::Exists {
                path: path.to_owned(),
            },
            _ => IdentityError::Io {
                doing: IoAction::Create,
                path: path.to_owned(),
                error,
            },
        })?;
    let text = format!(
        "# created: {created}\n# public key: {recipient}\n# leadbooth: decrypts the batches encrypted to that recipient. Keep this file at the office, never on a booth laptop; lose it and those batches cannot be read.\n{}\n",
        key.to_string().expose_secret()
    );
    let written = file
        .write_all(text.as_bytes())
        .and_then(|_| file.sync_all());
    if let Err(error) = written {
        let _ = std::fs::remove_file(path);
        return Err(IdentityError::Io {
            doing: IoAction::Write,
            path: path.to_owned(),
            error,
        });
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = crate::fsutil::sync_dir(dir);
    }
    Ok(recipient)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_identity_is_private_refuses_to_overwrite_and_loads_back() {
        let t = tempfile::tempdir().unwrap();
        let path = t.path().join("office.age");
        let recipient = create_identity(&path, "2026-11-29T10:00:00Z").unwrap();
        assert!(recipient.starts_with("age1"), "{recipient}");
        #[cfg(unix)]
        assert_eq!(crate::fsutil::mode_of(&path).unwrap(), Some(0o600));
        let before = std::fs::read(&path).unwrap();
        let err = create_identity(&path, "later").unwrap_err();
        assert!(matches!(err, IdentityError::Exists { .. }), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before, "unchanged");
        let id = Identity::load(&path).unwrap();
        assert_eq!(id.recipients(), vec![recipient]);
    }

    #[test]
    fn a_bad_line_is_named() {
        let t = tempfile::tempdir().unwrap();
        let path = t.path().join("id.txt");
        std::fs::write(&path, "# comment\n\nAGE-SECRET-KEY-1NOTAKEY\n").unwrap();
        let err = Identity::load(&path).unwrap_err().to_string();
        assert!(err.contains("line 3"), "{err}");
        std::fs::write(&path, "# only comments\n").unwrap();
        let err = Identity::load(&path).unwrap_err();
        assert!(matches!(err, IdentityError::Empty { .. }), "{err}");
    }
}
