//! `leadbooth keys ...`: the device signing key (minisign format).

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Subcommand;

use crate::batch::{DeviceKey, KeyInfo, KeyProtection, PASSPHRASE_ENV};
use crate::cli::out;
use crate::lead::rfc3339;
use crate::session::Session;
use crate::store::Store;

/// `keys` subcommands.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create the device signing key pair in keys/ (refuses to replace one without --force);
    /// on a terminal it offers a passphrase (typed twice; Enter for none)
    Init {
        /// Encrypt the secret key with a passphrase (from LEADBOOTH_KEY_PASSPHRASE, else typed twice);
        /// export then needs it too
        #[arg(long, conflicts_with = "no_passphrase")]
        passphrase: bool,
        /// Do not offer a passphrase: the key is protected by its file mode only (unattended export)
        #[arg(long)]
        no_passphrase: bool,
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
        match self {
            KeysCommand::Init {
                passphrase,
                no_passphrase,
                force,
            } => {
                if key.exists() && !force {
                    // Refused below, before anything is asked.
                    let info = key.info()?;
                    anyhow::bail!(crate::batch::KeyError::Exists {
                        path: info.secret_path,
                        key_id: info.key_id,
                    });
                }
                let asked = std::env::var(PASSPHRASE_ENV).ok().filter(|_| passphrase);
                let protection = match asked {
                    Some(p) => KeyProtection::Passphrase(p),
                    None if no_passphrase => KeyProtection::FileMode,
                    None if std::io::stdin().is_terminal() => match ask_passphrase(passphrase)? {
                        Some(p) => KeyProtection::Passphrase(p),
                        None => KeyProtection::FileMode,
                    },
                    None if passphrase => KeyProtection::AskPassphrase,
                    None => KeyProtection::FileMode,
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
                crate::say!("{}", describe(&info))?;
                if let Some(old) = old {
                    crate::tell!(
                        "leadbooth: warning: replaced device key {} with {}: the old public key will no longer verify new batches; give the new {} to the central team",
                        old.key_id,
                        info.key_id,
                        out::path(&info.public_path)
                    );
                } else {
                    crate::tell!(
                        "Give {} to the central team: it is how they check your batches.",
                        out::path(&info.public_path)
                    );
                }
            }
            KeysCommand::Show => crate::say!("{}", describe(&key.info()?))?,
            KeysCommand::Pubkey => {
                let text = key.public_key_text()?;
                crate::say!("{}", text.trim_end_matches('\n'))?;
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// Asks for a passphrase twice on the terminal (masked). Enter alone means none,
/// unless `required` (`--passphrase`).
fn ask_passphrase(required: bool) -> anyhow::Result<Option<String>> {
    let first = rpassword::prompt_password(if required {
        "Passphrase for the device signing key: "
    } else {
        "Passphrase for the device signing key (protects it if the laptop is stolen; the booth asks for it at export time)\nor Enter for none (unattended export, protected by file mode only): "
    })?;
    if first.is_empty() {
        if required {
            anyhow::bail!(crate::batch::KeyError::EmptyPassphrase);
        }
        return Ok(None);
    }
    let again = rpassword::prompt_password("The same passphrase again: ")?;
    if again != first {
        anyhow::bail!("the two passphrases differ; no key was made");
    }
    Ok(Some(first))
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
        out::path(&info.public_path),
        out::path(&info.secret_path),
    )
}
