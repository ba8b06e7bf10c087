//! `leadbooth keys ...`: the device signing key (minisign format).

use std::io::Write;
use std::process::ExitCode;

use clap::Subcommand;

use crate::batch::{DeviceKey, KeyInfo, KeyProtection, PASSPHRASE_ENV};
use crate::lead::rfc3339;
use crate::session::Session;
use crate::store::Store;

/// `keys` subcommands.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create the device signing key pair in keys/ (refuses to replace one without --force)
    Init {
        /// Encrypt the secret key with a passphrase (from LEADBOOTH_KEY_PASSPHRASE, else typed twice);
        /// export then needs it too
        #[arg(long)]
        passphrase: bool,
        /// Replace an existing key: the old device.pub will no longer verify new batches
        #[arg(long)]
        force: bool,
    },
    /// Key id, creation time, protection and where the public key is
    Show,
    /// Print the public key file (minisign format) to hand to the central team
    Pubkey,
}

impl KeysCommand {
    /// Runs the subcommand.
    pub fn run(self, ctx: &Session) -> anyhow::Result<ExitCode> {
        let key = DeviceKey::of(&ctx.data);
        let mut out = std::io::stdout().lock();
        match self {
            KeysCommand::Init { passphrase, force } => {
                let protection = if passphrase {
                    std::env::var(PASSPHRASE_ENV)
                        .map(KeyProtection::Passphrase)
                        .unwrap_or(KeyProtection::AskPassphrase)
                } else {
                    KeyProtection::FileMode
                };
                let mut store = Store::open(&ctx.data)?;
                let old = key.info().ok();
                let info = crate::batch::create_device_key(
                    &ctx.staff_name(),
                    &mut store,
                    &key,
                    protection,
                    force,
                )?;
                writeln!(out, "{}", describe(&info))?;
                if let Some(old) = old {
                    eprintln!(
                        "leadbooth: warning: replaced device key {} with {}: the old public key will no longer verify new batches; give the new {} to the central team",
                        old.key_id,
                        info.key_id,
                        info.public_path.display()
                    );
                } else {
                    eprintln!(
                        "Give {} to the central team: it is how they check your batches.",
                        info.public_path.display()
                    );
                }
            }
            KeysCommand::Show => writeln!(out, "{}", describe(&key.info()?))?,
            KeysCommand::Pubkey => out.write_all(key.public_key_text()?.as_bytes())?,
        }
        Ok(ExitCode::SUCCESS)
    }
}

fn describe(info: &KeyInfo) -> String {
    format!(
        "key id      {}\ncreated     {}\nprotection  {}\npublic key  {}\nsecret key  {}",
        info.key_id,
        info.created_at
            .as_ref()
            .map(rfc3339)
            .unwrap_or_else(|| "unknown".into()),
        if info.encrypted {
            "passphrase (export reads LEADBOOTH_KEY_PASSPHRASE or asks)"
        } else {
            "file mode 0600, unencrypted (unattended export)"
        },
        info.public_path.display(),
        info.secret_path.display(),
    )
}
