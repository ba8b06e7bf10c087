//! `leadbooth export [--out DIR] [--all]`: write a signed batch of what is new.

use super::words::{self, arg, msg, num};
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
                "{}",
                words::note_line(&words::say(
                    msg::EXPORT_OTHER_EVENTS,
                    [("count", num(pending.other_events))]
                ))
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
                    "{}",
                    words::say(
                        msg::EXPORT_KEY_CREATED,
                        [
                            ("key", arg(&info.key_id.to_string())),
                            ("public", arg(&out::path(&info.public_path).to_string())),
                        ]
                    )
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
                anyhow::anyhow!(
                    "{}",
                    words::say(msg::EXPORT_FAILED, [("error", arg(&e.to_string()))])
                )
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
                "{}",
                words::warning_line(&words::say(
                    msg::EXPORT_NOT_RECORDED,
                    [("db", arg(&out::path(store.path()).to_string()))]
                ))
            );
        }
        let counts = format!(
            "  leads: {}  erasures: {}  seq: {}  key: {}",
            m.lead_count, m.erasure_count, m.seq, m.key_id
        );
        let written_to = words::say(
            msg::EXPORT_WRITTEN,
            [
                ("batch", arg(&m.batch_id.to_string())),
                ("folder", arg(&out::path(&written.folder).to_string())),
            ],
        );
        match &written.sealed {
            Some(sealed) => crate::say!(
                "{written_to}
  {}
{counts}
{}
  {}
{} leadbooth verify {} --identity OFFICE_IDENTITY --pubkey device.pub",
                words::say(
                    msg::EXPORT_ENCRYPTED_TO,
                    [
                        ("count", num(sealed.recipients.len() as u64)),
                        (
                            "list",
                            arg(&out::shown(sealed.recipients.join(", ")).to_string())
                        ),
                    ]
                ),
                words::text(msg::EXPORT_CHECK_SEALED),
                out::shown(batch::sealed_check_command(
                    &written.folder,
                    &exported.public_key
                )),
                words::text(msg::EXPORT_AT_OFFICE),
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
                    "{written_to}
{counts}
{}
  {}",
                    words::text(msg::EXPORT_CHECK),
                    out::shown(batch::check_command(&written.folder, &exported.public_key)),
                )?;
                if self.plaintext && !event.recipients.is_empty() {
                    crate::tell!(
                        "{}",
                        words::warning_line(&words::say(
                            msg::EXPORT_PLAINTEXT,
                            [("count", num(event.recipients.len() as u64))]
                        ))
                    );
                } else if event.recipients.is_empty() {
                    crate::tell!(
                        "{}",
                        words::note_line(words::text(msg::EXPORT_NOT_ENCRYPTED))
                    );
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}

fn progress_bar() -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(0);
    let template = format!(
        "{} {{bar:30}} {{pos}}/{{len}}",
        words::text(msg::EXPORT_PROGRESS)
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    bar
}

fn nothing_new(store: &Store) -> anyhow::Result<String> {
    let last = store.batches()?.pop();
    Ok(match last {
        Some(b) => words::say(
            msg::EXPORT_NOTHING_SINCE,
            [
                ("seq", arg(&b.seq.to_string())),
                ("folder", arg(&out::shown(&b.folder).to_string())),
            ],
        ),
        None => words::text(msg::EXPORT_NOTHING).to_owned(),
    })
}
