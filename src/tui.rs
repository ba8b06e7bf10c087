//! The booth TUI (being written).

pub mod markdown;
pub mod qr_widget;

/// Runs the booth on the current event.
pub fn run_booth(_ctx: &crate::cli::Ctx, _kiosk: bool) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("the booth screen is being built")
}
