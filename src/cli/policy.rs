//! `leadbooth policy ...`: show the privacy policy, write its QR code.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Subcommand;

use crate::cli::out;
use crate::session::Session;

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
    pub fn run(self, ctx: &Session) -> anyhow::Result<ExitCode> {
        let event = ctx.event()?;
        let p = &event.policy;
        match self {
            PolicyCommand::Show => {
                // The policy's own line breaks stay; everything else a terminal
                // would act on is made visible.
                crate::say!(
                    "{}\n---\nversion (SHA-256): {}\nlast updated: {}\nurl: {}\nsource: {}",
                    p.text,
                    p.sha256,
                    p.last_updated_iso().as_deref().unwrap_or("not stated"),
                    out::shown(&p.url),
                    out::shown(&event.source)
                )?;
            }
            PolicyCommand::Qr { svg, png } => {
                let matrix = crate::qr::QrMatrix::encode(&p.url)
                    .with_context(|| format!("policy url in {}", event.source))?;
                let size = format!(
                    "{:.0} mm square at 300 dpi, {} modules with the quiet zone",
                    matrix.print_width_mm(),
                    matrix.padded_width()
                );
                let url = out::shown(&p.url);
                if let Some(path) = svg {
                    crate::qr::write_svg(&p.url, &path)?;
                    crate::tell!("wrote {} (QR code to {url}; {size})", out::path(&path));
                }
                if let Some(path) = png {
                    crate::qr::write_png(&p.url, &path, matrix.print_module_px())?;
                    crate::tell!("wrote {} (QR code to {url}; {size})", out::path(&path));
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}
