//! The trust dir: the only public keys whose batches are imported.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use minisign::{PublicKey, SignatureBox};

use super::{ImportError, Refusal, TrustDirProblem};
use crate::batch::{self, SIGNATURE};

/// The `*.pub` files (minisign public keys) of a trust dir, by key id.
#[derive(Debug)]
pub struct Trust {
    dir: PathBuf,
    keys: BTreeMap<String, (PublicKey, PathBuf)>,
    /// The office's age identity, to open encrypted batches (`--identity`).
    identity: Option<batch::Identity>,
}

impl Trust {
    /// Reads every `*.pub` file in `dir`. A file that is not a minisign public key
    /// is an error naming it (a typo must not silently drop a laptop); so are two
    /// files with one key id (which of them is meant?); a dir with no keys is an
    /// error too.
    pub fn load(dir: &Path) -> Result<Self, ImportError> {
        let io = |error| ImportError::TrustDir {
            dir: dir.to_owned(),
            detail: TrustDirProblem::Unreadable(error),
        };
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(io)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()
            .map_err(io)?;
        files.retain(|p| p.extension().is_some_and(|e| e == "pub") && p.is_file());
        files.sort();
        let mut keys: BTreeMap<String, (PublicKey, PathBuf)> = BTreeMap::new();
        for path in files {
            let key = batch::read_public_key(&path).map_err(ImportError::Key)?;
            let id = batch::key_id_hex(key.keynum());
            if let Some((_, first)) = keys.get(&id) {
                return Err(ImportError::TrustDir {
                    dir: dir.to_owned(),
                    detail: TrustDirProblem::TwoFilesOneKey {
                        key_id: id,
                        first: file_name(first),
                        second: file_name(&path),
                    },
                });
            }
            keys.insert(id, (key, path));
        }
        if keys.is_empty() {
            return Err(ImportError::TrustDir {
                dir: dir.to_owned(),
                detail: TrustDirProblem::NoKeys,
            });
        }
        Ok(Trust {
            dir: dir.to_owned(),
            keys,
            identity: None,
        })
    }

    /// The same trust, able to open encrypted batches with `identity`.
    pub fn with_identity(mut self, identity: batch::Identity) -> Self {
        self.identity = Some(identity);
        self
    }

    /// The identity that opens encrypted batches, if one was given.
    pub fn identity(&self) -> Option<&batch::Identity> {
        self.identity.as_ref()
    }

    /// The trust dir.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The `*.pub` file holding the trusted key `key_id`, if any.
    pub fn file_of(&self, key_id: &str) -> Option<&Path> {
        self.keys.get(key_id).map(|(_, path)| path.as_path())
    }

    /// The trusted key ids, sorted.
    pub fn key_ids(&self) -> impl Iterator<Item = &str> {
        self.keys.keys().map(String::as_str)
    }

    /// The key to verify the batch in `batch_dir` (a folder, or an encrypted
    /// batch file) with: the trusted key its signature names. A signature by any other key is refused, naming the key id.
    /// When the signature cannot even be read, any trusted key is returned so that
    /// [`batch::verify`] reports exactly what is wrong with it.
    pub fn key_for(&self, batch_dir: &Path) -> Result<&PublicKey, Refusal> {
        let key_id = if batch::is_sealed(batch_dir) {
            batch::sealed_key_id(batch_dir)
        } else {
            signature_key_id(&batch_dir.join(SIGNATURE))
        };
        let fallback = &self.keys.values().next().expect("never empty").0;
        let Some(key_id) = key_id else {
            return Ok(fallback);
        };
        match self.keys.get(&key_id) {
            Some((key, _)) => Ok(key),
            None => Err(Refusal::UntrustedKey {
                key_id,
                trust_dir: self.dir.clone(),
            }),
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// The key id a signature file names, if it parses as a minisign signature.
fn signature_key_id(path: &Path) -> Option<String> {
    let mut text = String::new();
    std::fs::File::open(path)
        .ok()?
        .take(4096)
        .read_to_string(&mut text)
        .ok()?;
    let sig = SignatureBox::from_string(&text).ok()?;
    Some(batch::key_id_hex(sig.keynum()))
}
