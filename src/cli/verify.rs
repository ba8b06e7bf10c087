//! `leadbooth verify BATCH --pubkey FILE [--identity FILE]`: exit 0 only if the
//! batch holds. BATCH is a batch folder, or an encrypted batch (`….tar.age`),
//! which needs the office's identity to be checked inside.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use crate::batch;
use crate::cli::out;
use crate::session::Session;

/// `verify` arguments.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The batch folder (<event>-<device>-<seq>), or the encrypted batch (<event>-<device>-<seq>.tar.age)
    #[arg(value_name = "BATCH")]
    batch_dir: PathBuf,
    /// The device's public key (its device.pub, minisign format)
    #[arg(long, value_name = "FILE")]
    pubkey: PathBuf,
    /// The office's age identity (from `leadbooth identity new`), to decrypt an encrypted batch;
    /// the plaintext goes to a private temporary folder that is removed afterwards
    #[arg(long, value_name = "FILE")]
    identity: Option<PathBuf>,
}

impl VerifyArgs {
    /// Runs every check of [`batch::verify`]; needs no data dir or event.
    pub fn run(self, _ctx: &Session) -> anyhow::Result<ExitCode> {
        let key = batch::read_public_key(&self.pubkey)?;
        let verified = if batch::is_sealed(&self.batch_dir) {
            let Some(identity) = &self.identity else {
                anyhow::bail!(
                    "{} is an encrypted batch: give --identity FILE (the office's age identity) to check what is inside; without it, `{}` checks that it arrived intact",
                    out::path(&self.batch_dir),
                    batch::sealed_check_command(
                        &std::path::absolute(&self.batch_dir).unwrap_or(self.batch_dir.clone()),
                        &std::path::absolute(&self.pubkey).unwrap_or(self.pubkey.clone())
                    )
                );
            };
            let identity = batch::Identity::load(identity)?;
            batch::verify_sealed(&self.batch_dir, &key, &identity)
        } else {
            batch::verify(&self.batch_dir, &key)
        };
        let v = verified.map_err(|e| {
            anyhow::anyhow!(
                "batch {} failed verification: {e}",
                out::path(&self.batch_dir)
            )
        })?;
        let m = &v.manifest;
        crate::say!(
            "OK {}: {} leads, {} erasures; event {}, device {}, seq {}, signed by key {}{}",
            out::path(v.source()),
            m.lead_count,
            m.erasure_count,
            out::shown(&m.event.id),
            m.device_id,
            m.seq,
            v.key_id,
            if v.sealed.is_some() {
                "; decrypted with the given identity"
            } else {
                ""
            }
        )?;
        Ok(ExitCode::SUCCESS)
    }
}
