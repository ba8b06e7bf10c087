//! `leadbooth policy ...`: show the privacy policy, write its QR code.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Subcommand;

use crate::cli::Ctx;
use crate::text::sanitize_for_terminal;

/// `policy` subcommands.
#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Print the policy text, its version (SHA-256), last-updated date and URL
    Show,
    /// Write the QR code to the policy URL for booth signage
    Qr {
        /// Write an SVG file (scales to any print size)
        #[arg(long, value_name = "FILE", required_unless_present = "png")]
        svg: Option<PathBuf>,
        /// Write a PNG file, print-ready at 300 dpi
        #[arg(long, value_name = "FILE")]
        png: Option<PathBuf>,
    },
}

impl PolicyCommand {
    /// Runs the subcommand.
    pub fn run(self, ctx: &Ctx) -> anyhow::Result<ExitCode> {
        let event = ctx.event()?;
        let p = &event.policy;
        match self {
            PolicyCommand::Show => {
                let mut out = std::io::stdout().lock();
                writeln!(out, "{}", sanitize_for_terminal(&p.text, true))?;
                writeln!(out, "---")?;
                writeln!(out, "version (SHA-256): {}", p.sha256)?;
                writeln!(
                    out,
                    "last updated: {}",
                    p.last_updated_iso().as_deref().unwrap_or("not stated")
                )?;
                writeln!(out, "url: {}", sanitize_for_terminal(&p.url, false))?;
                writeln!(out, "source: {}", event.source)?;
            }
            PolicyCommand::Qr { svg, png } => {
                if let Some(path) = svg {
                    let text = crate::qr::svg(&p.url)?;
                    crate::fsutil::write_atomic(&path, text.as_bytes())
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    eprintln!("wrote {} (QR code to {})", path.display(), p.url);
                }
                if let Some(path) = png {
                    crate::qr::write_png(&p.url, &path, crate::qr::PRINT_MODULE_PX)?;
                    eprintln!("wrote {} (QR code to {})", path.display(), p.url);
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}
