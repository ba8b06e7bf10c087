//! `leadbooth export [--out DIR] [--all]`: write a signed batch of what is new.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use crate::batch::{
    self, BoothExport, BoothExportError, CheckCommand, DeviceKey, ExportOutcome, ExportStep,
    ExportTarget, Passphrase,
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
        // As F5 does: the device's public key beside the batch (in the folder
        // the batch folder, or the encrypted batch file, went into), for the
        // office's trust folder; the check command then names it there.
        let beside = written.folder.parent().unwrap_or(Path::new("."));
        let (key, key_line) = match batch::write_public_key_beside(
            beside,
            &DeviceKey::of(&ctx.data),
        ) {
            Ok(path) => {
                let line = format!(
                    "The device's public key is beside it as {}, for the office's trust folder.",
                    out::shown(path.file_name().unwrap_or_default().to_string_lossy())
                );
                (path, line)
            }
            Err(e) => {
                crate::tell!(
                    "leadbooth: warning: the device's public key could not be written beside the batch ({}): give {} to the office",
                    out::shown(&e),
                    out::path(&exported.public_key)
                );
                (exported.public_key.clone(), String::new())
            }
        };
        let key_line = if key_line.is_empty() {
            String::new()
        } else {
            format!("{key_line}\n")
        };
        match &written.sealed {
            Some(sealed) => crate::say!(
                "Batch {} written to {}
  encrypted to {} recipient(s): {}
{counts}
{key_line}Check it arrived intact (no identity needed):
{}
At the office: leadbooth verify {} --identity OFFICE_IDENTITY --pubkey {}",
                m.batch_id,
                out::path(&written.folder),
                sealed.recipients.len(),
                out::shown(sealed.recipients.join(", ")),
                check_lines(&CheckCommand::sealed(&written.folder, &key)),
                out::shown(
                    written
                        .folder
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                ),
                out::shown(key.file_name().unwrap_or_default().to_string_lossy()),
            )?,
            None => {
                crate::say!(
                    "Batch {} written to {}
{counts}
{key_line}Check it with standard tools:
{}",
                    m.batch_id,
                    out::path(&written.folder),
                    check_lines(&CheckCommand::folder(&written.folder, &key)),
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

/// Columns the check command keeps within: a terminal's usual width, so that
/// no line of it is wrapped and it pastes as printed.
const CHECK_WIDTH: usize = 80;

/// The check command as F5 shows it ([`CheckCommand::lines`]): lines of at
/// most [`CHECK_WIDTH`] columns, not indented (a word cut across lines must
/// go on at the start of the next), each sanitised.
fn check_lines(check: &CheckCommand) -> String {
    check
        .lines(CHECK_WIDTH)
        .iter()
        .map(|l| out::shown(l).to_string())
        .collect::<Vec<_>>()
        .join("\n")
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
