//! `leadbooth kiosk set-pin`: the staff PIN that guards staff-only actions in
//! kiosk mode, stored only as a salted Argon2id hash.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use clap::Subcommand;

use crate::i18n::{self, msg::rules as m};
use crate::session::Session;

pub use crate::pin::PIN_SETTING;

// `kiosk` subcommands.
#[derive(Debug, Subcommand)]
pub enum KioskCommand {
    SetPin,
}

impl KioskCommand {
    /// Runs the subcommand.
    pub fn run(self, ctx: &Session) -> anyhow::Result<ExitCode> {
        let event = ctx.event()?;
        let mut store = ctx.store(&event)?;
        match self {
            KioskCommand::SetPin => {
                let pin = if std::io::stdin().is_terminal() {
                    let a = rpassword::prompt_password(i18n::staff_text(m::PIN_NEW))
                        .context(i18n::staff_text(m::PIN_UNREADABLE_TERMINAL))?;
                    crate::pin::check_new_pin(&a)?;
                    let b = rpassword::prompt_password(i18n::staff_text(m::PIN_REPEAT))
                        .context(i18n::staff_text(m::PIN_UNREADABLE_TERMINAL))?;
                    if a != b {
                        bail!(i18n::staff_text(m::PIN_DIFFER));
                    }
                    a
                } else {
                    let mut line = String::new();
                    std::io::stdin()
                        .lock()
                        .read_line(&mut line)
                        .context(i18n::staff_text(m::PIN_UNREADABLE_STDIN))?;
                    line.trim_end_matches(['\r', '\n']).to_owned()
                };
                let hash = crate::pin::hash_pin(&pin)?;
                store.set_setting(PIN_SETTING, &hash, &ctx.staff_name(), "kiosk_pin_set")?;
                crate::tell!("{}", i18n::staff_text(m::PIN_SET));
                Ok(ExitCode::SUCCESS)
            }
        }
    }
}
