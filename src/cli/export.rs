//! `leadbooth export [--out DIR] [--all]`: write a signed batch of what is new.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Args;

use crate::batch::{self, DeviceKey, ExportOutcome, ExportRequest, KeyProtection, PASSPHRASE_ENV};
use crate::cli::Ctx;

/// `export` arguments.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Folder to create the batch folder in [default: the event's export_dir, else exports/ in the data dir]
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Export every lead of the event again as a new batch, not only what is new or changed
    #[arg(long)]
    all: bool,
}

impl ExportArgs {
    /// Runs the export.
    pub fn run(self, ctx: &Ctx) -> anyhow::Result<ExitCode> {
        let event = ctx.event()?;
        let mut store = ctx.store(&event)?;
        let (target, ours) = match self.out {
            Some(dir) => (dir, false),
            None => batch::default_target(&event, &ctx.data),
        };
        let mut out = std::io::stdout().lock();
        let pending = batch::pending(&store, &event.id, self.all)?;
        if pending.other_events > 0 {
            eprintln!(
                "leadbooth: note: {} lead(s) of other events are not exported by this event's batch; export them with --config <their event file>",
                pending.other_events
            );
        }
        if pending.is_empty() {
            writeln!(out, "{}", nothing_new(&store)?)?;
            return Ok(ExitCode::SUCCESS);
        }

        if ours {
            crate::fsutil::create_private_dir(&target)
                .with_context(|| format!("cannot create {}", target.display()))?;
        }
        // Before a key is created: a missing USB stick should change nothing.
        batch::check_target(&target).map_err(failed)?;
        let key = DeviceKey::of(&ctx.data);
        if !key.exists() {
            let info = batch::create_device_key(
                &ctx.staff_name(),
                &mut store,
                &key,
                KeyProtection::FileMode,
                false,
            )?;
            eprintln!(
                "Created the device signing key {} (first export). Give {} to the central team: it is how they check this laptop's batches.",
                info.key_id,
                info.public_path.display()
            );
        }
        let signer = key.signer(std::env::var(PASSPHRASE_ENV).ok())?;

        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template("exporting {bar:30} {pos}/{len}")
                .expect("valid template"),
        );
        let actor = ctx.staff_name();
        let outcome = batch::export(
            &mut store,
            &ExportRequest {
                event: &event,
                target_dir: &target,
                all: self.all,
                actor: &actor,
            },
            &signer,
            &mut |done, total| {
                bar.set_length(total);
                bar.set_position(done);
            },
        );
        bar.finish_and_clear();
        let written = match outcome.map_err(failed)? {
            ExportOutcome::NothingNew { .. } => {
                writeln!(out, "{}", nothing_new(&store)?)?;
                return Ok(ExitCode::SUCCESS);
            }
            ExportOutcome::Written(w) => w,
        };
        let m = &written.manifest;
        let pubkey = std::path::absolute(key.public_path())?;
        writeln!(
            out,
            "Batch {} written to {}\n  leads: {}  erasures: {}  seq: {}  key: {}\nCheck it with standard tools:\n  {}",
            m.batch_id,
            written.folder.display(),
            m.lead_count,
            m.erasure_count,
            m.seq,
            m.key_id,
            batch::check_command(&written.folder, &pubkey),
        )?;
        Ok(ExitCode::SUCCESS)
    }
}

fn failed(e: batch::BatchError) -> anyhow::Error {
    anyhow::anyhow!("export failed: {e}; nothing was marked exported")
}

fn nothing_new(store: &crate::store::Store) -> anyhow::Result<String> {
    let last = batch::batches(store)?.pop();
    Ok(match last {
        Some(b) => format!(
            "Nothing new to export since batch {} ({}); nothing was written.",
            b.seq, b.folder
        ),
        None => "Nothing to export: no leads yet; nothing was written.".to_owned(),
    })
}
