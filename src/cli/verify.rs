//! `leadbooth verify BATCH_DIR --pubkey FILE`: exit 0 only if the batch holds.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use crate::batch;
use crate::session::Session;

/// `verify` arguments.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The batch folder (<event>-<device>-<seq>)
    batch_dir: PathBuf,
    /// The device's public key (its device.pub, minisign format)
    #[arg(long, value_name = "FILE")]
    pubkey: PathBuf,
}

impl VerifyArgs {
    /// Runs every check of [`batch::verify`]; needs no data dir or event.
    pub fn run(self, _ctx: &Session) -> anyhow::Result<ExitCode> {
        let key = batch::read_public_key(&self.pubkey)?;
        let v = batch::verify(&self.batch_dir, &key).map_err(|e| {
            anyhow::anyhow!(
                "batch {} failed verification: {e}",
                self.batch_dir.display()
            )
        })?;
        let m = &v.manifest;
        writeln!(
            std::io::stdout().lock(),
            "OK {}: {} leads, {} erasures; event {}, device {}, seq {}, signed by key {}",
            v.dir.display(),
            m.lead_count,
            m.erasure_count,
            m.event.id,
            m.device_id,
            m.seq,
            v.key_id
        )?;
        Ok(ExitCode::SUCCESS)
    }
}
