//! `leadbooth export [--out DIR] [--all]`: write a signed batch of what is new.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use crate::batch::{
    self, BoothExport, BoothExportError, ExportOutcome, ExportStep, ExportTarget, Passphrase,
};
use crate::cli::out;
use crate::session::Session;
use crate::store::Store;

/// `export` arguments.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Folder to create the batch folder in [default: the event's export_dir, else exports/ in the data dir]
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Export every lead of the event again as a new batch, not only what is new or changed
    #[arg(long)]
    all: bool,
    /// Write the plain batch folder even though the event names recipients (on purpose only;
    /// refused into the data dir: a batch kept on this laptop is always encrypted)
    #[arg(long)]
    plaintext: bool,
}

impl ExportArgs {
    /// Runs the export.
    pub fn run(self, ctx: &Session) -> anyhow::Result<ExitCode> {
        let event = ctx.event()?;
        // A damaged database is exported read-only: the batch is written, not recorded.
        let mut store = ctx.reading_store(&event)?;
        let target = match self.out {
            Some(dir) => ExportTarget::given(dir),
            None => ExportTarget::default_for(&event, &ctx.data),
        };
        let pending = store.pending_export(&event.id, self.all)?;
        if pending.other_events > 0 {
            crate::tell!(
                "leadbooth: note: {} lead(s) of other events are not exported by this event's batch; export them with --config <their event file>",
                pending.other_events
            );
        }
        if pending.is_empty() {
            crate::say!("{}", nothing_new(&store)?)?;
            return Ok(ExitCode::SUCCESS);
        }

        // The bar starts with the export itself, after a passphrase prompt (if any).
        let mut bar: Option<indicatif::ProgressBar> = None;
        let actor = ctx.staff_name();
        let exported = batch::export_from_booth(
            &mut store,
            &BoothExport {
                event: &event,
                data: &ctx.data,
                target: &target,
                all: self.all,
                actor: &actor,
                passphrase: Passphrase::EnvOrTerminal,
                plaintext: self.plaintext,
            },
            &mut |step| match step {
                ExportStep::KeyCreated(info) => crate::tell!(
                    "Created the device signing key {} (first export). Give {} to the central team: it is how they check this laptop's batches.",
                    info.key_id,
                    out::path(&info.public_path)
                ),
                ExportStep::Progress { done, total } => {
                    let bar = bar.get_or_insert_with(progress_bar);
                    bar.set_length(total);
                    bar.set_position(done);
                }
            },
        );
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        let exported = exported.map_err(|e| match e {
            BoothExportError::Batch(e) => {
                anyhow::anyhow!("export failed: {e}; nothing was marked exported")
            }
            other => other.into(),
        })?;
        let written = match exported.outcome {
            ExportOutcome::NothingNew { .. } => {
                crate::say!("{}", nothing_new(&store)?)?;
                return Ok(ExitCode::SUCCESS);
            }
            ExportOutcome::Written(w) => w,
        };
        let m = &written.manifest;
        if !written.recorded {
            crate::tell!(
                "leadbooth: warning: the database {} cannot be written (damaged or read-only), so this batch is not recorded in it: its leads are not marked exported. Import it centrally, keep a copy of the database, then move it out of the data dir (`leadbooth doctor` says how)",
                out::path(store.path())
            );
        }
        let counts = format!(
            "  leads: {}  erasures: {}  seq: {}  key: {}",
            m.lead_count, m.erasure_count, m.seq, m.key_id
        );
        match &written.sealed {
            Some(sealed) => crate::say!(
                "Batch {} written to {}
  encrypted to {} recipient(s): {}
{counts}
Check it arrived intact (no identity needed):
  {}
At the office: leadbooth verify {} --identity OFFICE_IDENTITY --pubkey device.pub",
                m.batch_id,
                out::path(&written.folder),
                sealed.recipients.len(),
                out::shown(sealed.recipients.join(", ")),
                out::shown(batch::sealed_check_command(
                    &written.folder,
                    &exported.public_key
                )),
                out::shown(
                    written
                        .folder
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                ),
            )?,
            None => {
                crate::say!(
                    "Batch {} written to {}
{counts}
Check it with standard tools:
  {}",
                    m.batch_id,
                    out::path(&written.folder),
                    out::shown(batch::check_command(&written.folder, &exported.public_key)),
                )?;
                if self.plaintext && !event.recipients.is_empty() {
                    crate::tell!(
                        "leadbooth: warning: this batch is NOT encrypted (--plaintext), although the event names {} recipient(s); it holds every lead in plain text — keep the stick safe and delete it after the import (recorded in the audit log)",
                        event.recipients.len()
                    );
                } else if event.recipients.is_empty() {
                    crate::tell!(
                        "leadbooth: note: this batch is not encrypted: the event names no recipients ([encryption] in the event file); a lost stick would expose every lead"
                    );
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}

fn progress_bar() -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(0);
    if let Ok(style) = indicatif::ProgressStyle::with_template("exporting {bar:30} {pos}/{len}") {
        bar.set_style(style);
    }
    bar
}

fn nothing_new(store: &Store) -> anyhow::Result<String> {
    let last = store.batches()?.pop();
    Ok(match last {
        Some(b) => format!(
            "Nothing new to export since batch {} ({}); nothing was written.",
            b.seq,
            out::shown(&b.folder)
        ),
        None => "Nothing to export: no leads yet; nothing was written.".to_owned(),
    })
}
