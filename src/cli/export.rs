//! `leadbooth export [--out DIR] [--all]`: write a signed batch of what is new.

use super::words::{self, arg, msg, num};
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

// `export` arguments.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    #[arg(long)]
    all: bool,
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
                    words::say(
                        msg::EXPORT_FAILED,
                        [(
                            "error",
                            arg(&e
                                .said_in(crate::i18n::staff())
                                .unwrap_or_else(|| e.to_string()))
                        )]
                    )
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
        // As F5 does: the device's public key beside the batch (in the folder
        // the batch folder, or the encrypted batch file, went into), for the
        // office's trust folder; the check command then names it there.
        let beside = written.folder.parent().unwrap_or(Path::new("."));
        let (key, key_line) =
            match batch::write_public_key_beside(beside, &DeviceKey::of(&ctx.data)) {
                Ok(path) => {
                    let file = out::shown(path.file_name().unwrap_or_default().to_string_lossy())
                        .to_string();
                    let line = words::say(msg::EXPORT_KEY_BESIDE, [("file", arg(&file))]);
                    (path, format!("{line}\n"))
                }
                Err(e) => {
                    crate::tell!(
                        "{}",
                        words::warning_line(&words::say(
                            msg::EXPORT_KEY_NOT_BESIDE,
                            [
                                ("error", arg(&out::shown(&e).to_string())),
                                ("key", arg(&out::path(&exported.public_key).to_string())),
                            ]
                        ))
                    );
                    (exported.public_key.clone(), String::new())
                }
            };
        match &written.sealed {
            Some(sealed) => crate::say!(
                "{written_to}
  {}
{counts}
{key_line}{}
{}
{} leadbooth verify {} --identity OFFICE_IDENTITY --pubkey {}",
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
                check_lines(&CheckCommand::sealed(&written.folder, &key)),
                words::text(msg::EXPORT_AT_OFFICE),
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
                    "{written_to}
{counts}
{key_line}{}
{}",
                    words::text(msg::EXPORT_CHECK),
                    check_lines(&CheckCommand::folder(&written.folder, &key)),
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
