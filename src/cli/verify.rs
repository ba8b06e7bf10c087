//! `leadbooth verify BATCH (--pubkey FILE | --trust DIR) [--identity FILE]`:
//! exit 0 only if the batch holds. BATCH is a batch folder, or an encrypted
//! batch (`….tar.age`), which needs the office's identity to be checked inside.
//! The key is one laptop's `device.pub`, or the office's trust folder (as for
//! `import`), of which the key the batch's signature names is used.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use crate::batch;
use crate::cli::out;
use crate::cli::reasons;
use crate::cli::words::{self, arg, num};
use crate::i18n::msg::commands as m;
use crate::session::Session;

// `verify` arguments.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[arg(value_name = "BATCH")]
    batch_dir: PathBuf,
    #[arg(long, value_name = "FILE", required_unless_present = "trust")]
    pubkey: Option<PathBuf>,
    #[arg(long, value_name = "DIR", conflicts_with = "pubkey")]
    trust: Option<PathBuf>,
    #[arg(long, value_name = "FILE")]
    identity: Option<PathBuf>,
}

impl VerifyArgs {
    /// Runs every check of [`batch::verify`]; needs no data dir or event.
    pub fn run(self, _ctx: &Session) -> anyhow::Result<ExitCode> {
        let folder = self
            .trust
            .clone()
            .or_else(|| self.pubkey.clone().filter(|p| p.is_dir()));
        let (key, key_file) = match (folder, &self.pubkey) {
            (Some(dir), _) => {
                let trust = crate::import::Trust::load(&dir)?;
                let key = trust
                    .key_for(&self.batch_dir)
                    .map_err(|r| failed(&self.batch_dir, &reasons::refusal(&r)))?;
                let id = batch::key_id_hex(key.keynum());
                let file = trust
                    .file_of(&id)
                    .map_or_else(|| dir.clone(), Path::to_path_buf);
                (key.clone(), file)
            }
            (None, Some(file)) => (batch::read_public_key(file)?, file.clone()),
            (None, None) => anyhow::bail!(words::text(m::VERIFY_GIVE_KEY)),
        };
        let verified = if batch::is_sealed(&self.batch_dir) {
            let Some(identity) = &self.identity else {
                let command = batch::sealed_check_command(
                    &std::path::absolute(&self.batch_dir).unwrap_or(self.batch_dir.clone()),
                    &std::path::absolute(&key_file).unwrap_or(key_file.clone()),
                );
                anyhow::bail!(words::say(
                    m::VERIFY_SEALED_NEEDS_IDENTITY,
                    [
                        ("batch", arg(&out::path(&self.batch_dir).to_string())),
                        ("command", arg(&command)),
                    ]
                ));
            };
            let identity = batch::Identity::load(identity)?;
            batch::verify_sealed(&self.batch_dir, &key, &identity)
        } else {
            batch::verify(&self.batch_dir, &key)
        };
        let v = verified.map_err(|e| failed(&self.batch_dir, &reasons::verify(&e)))?;
        let manifest = &v.manifest;
        // "OK" first in every language: a person reads it at a glance, and a
        // script that looked for it keeps working (the exit code is the contract).
        let said = words::say(
            m::VERIFY_OK,
            [
                ("batch", arg(&out::path(v.source()).to_string())),
                ("leads", num(manifest.lead_count)),
                ("erasures", num(manifest.erasure_count)),
                ("event", arg(&out::shown(&manifest.event.id).to_string())),
                ("device", arg(&manifest.device_id.to_string())),
                ("seq", arg(&manifest.seq.to_string())),
                ("key", arg(&v.key_id)),
            ],
        );
        let from = if self.trust.is_some() || self.pubkey.as_ref().is_some_and(|p| p.is_dir()) {
            format!(" ({})", out::path(&key_file))
        } else {
            String::new()
        };
        let decrypted = if v.sealed.is_some() {
            format!("; {}", words::text(m::VERIFY_DECRYPTED))
        } else {
            String::new()
        };
        crate::say!("{said}{from}{decrypted}")?;
        Ok(ExitCode::SUCCESS)
    }
}

/// `batch … failed verification: why`, in the staff language.
fn failed(batch: &Path, why: &str) -> anyhow::Error {
    anyhow::anyhow!(words::say(
        m::VERIFY_FAILED,
        [
            ("batch", arg(&out::path(batch).to_string())),
            ("error", arg(why)),
        ]
    ))
}
