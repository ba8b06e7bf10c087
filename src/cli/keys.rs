//! `leadbooth keys ...`: the device signing key (minisign format).

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Subcommand;
use unicode_width::UnicodeWidthStr;

use crate::batch::{DeviceKey, KeyInfo, KeyProtection, PASSPHRASE_ENV};
use crate::cli::out;
use crate::cli::words::{self, arg};
use crate::i18n::msg::commands as m;
use crate::lead::rfc3339;
use crate::session::Session;
use crate::store::Store;

// `keys` subcommands.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    Init {
        #[arg(long, conflicts_with = "no_passphrase")]
        passphrase: bool,
        #[arg(long)]
        no_passphrase: bool,
        #[arg(long)]
        force: bool,
    },
    Show,
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
                    let public = out::path(&info.public_path).to_string();
                    crate::tell!(
                        "{}",
                        words::warning_line(&words::say(
                            m::KEYS_REPLACED,
                            [
                                ("old", arg(&old.key_id)),
                                ("new", arg(&info.key_id)),
                                ("public", arg(&public)),
                            ],
                        ))
                    );
                } else {
                    crate::tell!(
                        "{}",
                        words::say(
                            m::KEYS_GIVE,
                            [("public", arg(&out::path(&info.public_path).to_string()))],
                        )
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
    let first = rpassword::prompt_password(format!(
        "{} ",
        words::text(if required {
            m::KEYS_PROMPT_REQUIRED
        } else {
            m::KEYS_PROMPT
        })
    ))?;
    if first.is_empty() {
        if required {
            anyhow::bail!(crate::batch::KeyError::EmptyPassphrase);
        }
        return Ok(None);
    }
    let again = rpassword::prompt_password(format!("{} ", words::text(m::KEYS_PROMPT_AGAIN)))?;
    if again != first {
        anyhow::bail!(words::text(m::KEYS_DIFFER));
    }
    Ok(Some(first))
}

/// What `keys show` (and `keys init`) tell a person: one labelled line per
/// fact, the values in one column.
fn describe(info: &KeyInfo) -> String {
    let rows = [
        (m::KEYS_KEY_ID, info.key_id.clone()),
        (
            m::KEYS_CREATED,
            info.created_at
                .as_ref()
                .map(rfc3339)
                .unwrap_or_else(|| words::text(m::KEYS_UNKNOWN).to_owned()),
        ),
        (
            m::KEYS_PROTECTION,
            words::text(if info.encrypted {
                m::KEYS_PASSPHRASE
            } else {
                m::KEYS_FILE_MODE
            })
            .to_owned(),
        ),
        (m::KEYS_PUBLIC_KEY, out::path(&info.public_path).to_string()),
        (m::KEYS_SECRET_KEY, out::path(&info.secret_path).to_string()),
    ];
    // 12 columns as in English, or the language's longest label and two spaces.
    let width = rows
        .iter()
        .map(|(id, _)| UnicodeWidthStr::width(words::text(*id)) + 2)
        .max()
        .unwrap_or(0)
        .max(12);
    let lines: Vec<String> = rows
        .iter()
        .map(|(id, value)| {
            let label = words::text(*id);
            let pad = width - UnicodeWidthStr::width(label);
            format!("{label}{}{value}", " ".repeat(pad))
        })
        .collect();
    lines.join("\n")
}
