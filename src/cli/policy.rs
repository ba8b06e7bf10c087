//! `leadbooth policy ...`: show the privacy policy, write its QR code.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Subcommand;

use crate::cli::out;
use crate::cli::words::{self, arg};
use crate::config::ConfigSource;
use crate::i18n::msg::commands as m;
use crate::session::Session;

// `policy` subcommands.
#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    Show,
    Qr {
        #[arg(long, value_name = "FILE", required_unless_present = "png")]
        svg: Option<PathBuf>,
        #[arg(long, value_name = "FILE")]
        png: Option<PathBuf>,
    },
}

impl PolicyCommand {
    /// Runs the subcommand.
    pub fn run(self, ctx: &Session) -> anyhow::Result<ExitCode> {
        let event = ctx.event()?;
        let p = &event.policy;
        match self {
            PolicyCommand::Show => {
                // The policy's own line breaks stay; everything else a terminal
                // would act on is made visible.
                let date = p
                    .last_updated_iso()
                    .unwrap_or_else(|| words::text(m::POLICY_NOT_STATED).to_owned());
                let source = match &event.source {
                    ConfigSource::BuiltinDemo => words::text(m::EVENT_BUILTIN_DEMO).to_owned(),
                    ConfigSource::File(f) => out::path(f).to_string(),
                };
                crate::say!(
                    "{}\n---\n{}: {}\n{}: {date}\n{}: {}\n{}: {source}",
                    p.text,
                    words::text(m::POLICY_VERSION),
                    p.sha256,
                    words::text(m::POLICY_LAST_UPDATED),
                    words::text(m::POLICY_URL),
                    out::shown(&p.url),
                    words::text(m::POLICY_SOURCE),
                )?;
            }
            PolicyCommand::Qr { svg, png } => {
                let matrix = crate::qr::QrMatrix::encode(&p.url).with_context(|| {
                    words::say(
                        m::POLICY_URL_IN,
                        [("source", arg(&event.source.to_string()))],
                    )
                })?;
                let size = words::say(
                    m::POLICY_QR_SIZE,
                    [
                        ("mm", arg(&format!("{:.0}", matrix.print_width_mm()))),
                        ("modules", arg(&matrix.padded_width().to_string())),
                    ],
                );
                let url = out::shown(&p.url).to_string();
                let wrote = |path: &std::path::Path| {
                    words::say(
                        m::POLICY_QR_WROTE,
                        [
                            ("path", arg(&out::path(path).to_string())),
                            ("url", arg(&url)),
                            ("size", arg(&size)),
                        ],
                    )
                };
                if let Some(path) = svg {
                    crate::qr::write_svg(&p.url, &path)?;
                    crate::tell!("{}", wrote(&path));
                }
                if let Some(path) = png {
                    crate::qr::write_png(&p.url, &path, matrix.print_module_px())?;
                    crate::tell!("{}", wrote(&path));
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}
