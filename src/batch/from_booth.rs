//! The booth's export, as both faces run it (`leadbooth export` and the TUI's
//! F5 screen): the target folder, the device key on first use, the signer, then
//! [`export`]. The faces only render what it reports.

use std::path::PathBuf;

use super::IoAction;
use super::keys::{DeviceKey, KeyError, KeyInfo, KeyProtection, PASSPHRASE_ENV, create_device_key};
use super::write::{BatchError, ExportOutcome, ExportRequest, ExportTarget, check_target, export};
use crate::config::Event;
use crate::paths::DataDir;
use crate::recipients::Recipient;
use crate::store::Store;

/// Where the passphrase of an encrypted device key may come from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Passphrase<'a> {
    /// [`PASSPHRASE_ENV`], else typed on the terminal (the command line).
    EnvOrTerminal,
    /// [`PASSPHRASE_ENV`] only: an encrypted key without it is
    /// [`BoothExportError::PassphraseNotSet`] (nothing may prompt on a terminal
    /// the booth draws on).
    EnvOnly,
    /// Typed into the booth's own masked prompt.
    Given(&'a str),
}

impl std::fmt::Debug for Passphrase<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Passphrase::EnvOrTerminal => "EnvOrTerminal",
            Passphrase::EnvOnly => "EnvOnly",
            Passphrase::Given(_) => "Given(..)",
        })
    }
}

/// One export from the booth database.
#[derive(Debug, Clone, Copy)]
pub struct BoothExport<'a> {
    /// The current event: only its leads go into the batch.
    pub event: &'a Event,
    /// The data dir (its `keys/` holds the device key).
    pub data: &'a DataDir,
    /// Where the batch folder goes.
    pub target: &'a ExportTarget,
    /// Every lead of the event again, not only new and changed ones.
    pub all: bool,
    /// Who exports (and, on first use, creates the key), for the audit log.
    pub actor: &'a str,
    /// Where an encrypted key's passphrase may come from.
    pub passphrase: Passphrase<'a>,
    /// Write the plain batch folder even though the event names recipients
    /// (`export --plaintext`): never into the data dir.
    pub plaintext: bool,
}

/// What [`export_from_booth`] reports while it runs.
#[derive(Debug, Clone, Copy)]
pub enum ExportStep<'a> {
    /// The device key did not exist and was created (first export).
    KeyCreated(&'a KeyInfo),
    /// `done` of `total` leads and erasures written.
    Progress {
        /// Written so far.
        done: u64,
        /// In the batch.
        total: u64,
    },
}

/// The result of [`export_from_booth`].
#[derive(Debug, Clone)]
pub struct BoothExported {
    /// Nothing new, or the batch written.
    pub outcome: ExportOutcome,
    /// `keys/device.pub` as an absolute path, for the command that checks the batch.
    pub public_key: PathBuf,
}

/// Why an export from the booth failed. None of these marks anything exported.
#[derive(Debug, thiserror::Error)]
pub enum BoothExportError {
    /// leadbooth's own `exports/` could not be created.
    #[error("cannot create {path}: {error}")]
    CreateTarget {
        /// The folder.
        path: PathBuf,
        /// The IO error (in the message, not chained, so it is printed once).
        error: std::io::Error,
    },
    /// The target is unusable, or writing or recording the batch failed.
    #[error(transparent)]
    Batch(#[from] BatchError),
    /// The device key could not be created or loaded.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// An encrypted key and [`Passphrase::EnvOnly`] without [`PASSPHRASE_ENV`].
    #[error("the device key {path} is encrypted and {PASSPHRASE_ENV} is not set")]
    PassphraseNotSet {
        /// The secret key file.
        path: PathBuf,
    },
    /// `--plaintext` into the laptop's own data dir while recipients are configured.
    #[error(
        "refusing to write a plain-text batch into {target}, inside the data dir {data}: with recipients configured, every batch kept on this laptop is encrypted. Write the plain-text batch to removable media with --out DIR, or leave out --plaintext"
    )]
    PlaintextOnLaptop {
        /// The target.
        target: PathBuf,
        /// The data dir.
        data: PathBuf,
    },
}

impl BoothExportError {
    /// The failure as `lang` says it, naming the same files; the operating
    /// system's and the key library's words kept as they are; a database
    /// failure inside the export as the store says it ([`BatchError::said_in`]).
    pub fn said_in(&self, lang: crate::i18n::Language) -> Option<String> {
        use crate::i18n::{arg, format, msg::io as m};
        let p = |p: &std::path::Path| p.display().to_string();
        match self {
            BoothExportError::CreateTarget { path, error } => {
                Some(IoAction::Create.said_in(lang, path, error))
            }
            BoothExportError::Batch(b) => b.said_in(lang),
            BoothExportError::Key(k) => Some(k.said_in(lang)),
            BoothExportError::PassphraseNotSet { path } => Some(format(
                lang,
                m::EXPORT_PASSPHRASE_NOT_SET,
                [("path", arg(&p(path))), ("env", arg(PASSPHRASE_ENV))],
            )),
            BoothExportError::PlaintextOnLaptop { target, data } => Some(format(
                lang,
                m::EXPORT_PLAINTEXT_ON_LAPTOP,
                [("target", arg(&p(target))), ("data", arg(&p(data)))],
            )),
        }
    }
}

/// Exports what is new (with `req.all`, every lead of the event) from `store` as
/// one signed batch: creates leadbooth's own `exports/` if it is the target,
/// checks the target before anything else changes (a missing USB stick changes
/// nothing), creates the device key on first use ([`ExportStep::KeyCreated`]),
/// loads the signer, and runs [`export`], reporting [`ExportStep::Progress`].
///
/// Errors: see [`BoothExportError`]; on any error nothing is marked exported and
/// no folder is left under the batch's name.
pub fn export_from_booth(
    store: &mut Store,
    req: &BoothExport<'_>,
    on_step: &mut dyn FnMut(ExportStep<'_>),
) -> Result<BoothExported, BoothExportError> {
    let target = &req.target.dir;
    if req.target.create {
        crate::fsutil::create_private_dir(target).map_err(|error| {
            BoothExportError::CreateTarget {
                path: target.clone(),
                error,
            }
        })?;
    }
    let absolute = check_target(target)?;
    let recipients: &[Recipient] = if req.plaintext {
        &[]
    } else {
        &req.event.recipients
    };
    if req.plaintext && !req.event.recipients.is_empty() {
        let data = std::fs::canonicalize(req.data.root()).unwrap_or(req.data.root().to_owned());
        if absolute.starts_with(&data) {
            return Err(BoothExportError::PlaintextOnLaptop {
                target: absolute,
                data,
            });
        }
    }
    let key = DeviceKey::of(req.data);
    if !key.exists() {
        let info = create_device_key(req.actor, store, &key, KeyProtection::FileMode, false)?;
        on_step(ExportStep::KeyCreated(&info));
    }
    let passphrase = match req.passphrase {
        Passphrase::Given(p) => Some(p.to_owned()),
        _ => std::env::var(PASSPHRASE_ENV).ok(),
    };
    // An encrypted key would make the minisign crate prompt on the terminal.
    if req.passphrase == Passphrase::EnvOnly
        && passphrase.is_none()
        && key.info().is_ok_and(|i| i.encrypted)
    {
        return Err(BoothExportError::PassphraseNotSet {
            path: key.secret_path(),
        });
    }
    let signer = key.signer(passphrase)?;
    let outcome = export(
        store,
        &ExportRequest {
            event: req.event,
            target_dir: target,
            all: req.all,
            actor: req.actor,
            recipients,
        },
        &signer,
        &mut |done, total| on_step(ExportStep::Progress { done, total }),
    )?;
    if req.plaintext
        && !req.event.recipients.is_empty()
        && let ExportOutcome::Written(w) = &outcome
    {
        // On purpose, but a privacy officer will want to see that it happened.
        let detail = format!(
            "batch seq {} written in plain text to {} (--plaintext; the event names {} recipient(s))",
            w.manifest.seq,
            w.folder.display(),
            req.event.recipients.len()
        );
        if let Err(e) = store.record_audit(req.actor, "batch_exported_plaintext", &detail) {
            tracing::warn!("audit log: {e}");
        }
    }
    let public = key.public_path();
    Ok(BoothExported {
        outcome,
        public_key: std::path::absolute(&public).unwrap_or(public),
    })
}
