//! `leadbooth identity new FILE | recipient FILE`: the central office's `age`
//! identity, which decrypts encrypted batches. Made once at the office; only its
//! public recipient (`age1…`) goes into the event file on the booth laptops.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use crate::batch::{Identity, create_identity};
use crate::cli::out;
use crate::i18n::{self, msg::booth2 as b2};
use crate::lead::{now_utc, rfc3339};
use crate::session::Session;

// `identity` subcommands.
#[derive(Debug, Subcommand)]
pub enum IdentityCommand {
    New {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    Recipient {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

impl IdentityCommand {
    /// Runs the subcommand; needs no data dir or event.
    pub fn run(self, _ctx: &Session) -> anyhow::Result<ExitCode> {
        match self {
            IdentityCommand::New { file } => {
                let recipient = create_identity(&file, &rfc3339(&now_utc()))?;
                crate::say!("{recipient}")?;
                let created = i18n::staff_format(
                    b2::IDENTITY_CREATED,
                    [("path", i18n::arg(&out::path(&file).to_string()))],
                );
                // The TOML lines are the event file's own words.
                crate::tell!(
                    "{created}\n{}\n  [encryption]\n  recipients = [\"{recipient}\"]",
                    i18n::staff_text(b2::IDENTITY_PUT_RECIPIENT)
                );
            }
            IdentityCommand::Recipient { file } => {
                for r in Identity::load(&file)?.recipients() {
                    crate::say!("{r}")?;
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}
