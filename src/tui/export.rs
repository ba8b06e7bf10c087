//! The export screen (F5, staff mode): where the batch goes and how much is new,
//! then a progress gauge while the batch is written on a worker thread, then the
//! result: folder, lead count, seq and the one-line command that checks the batch
//! with standard tools. The worker opens its own database connection, so the
//! booth keeps drawing (and SQLite serialises it with the booth's own writes).

use std::sync::mpsc::{self, Receiver, Sender};

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Gauge, Paragraph, Wrap};

use super::action::Action;
use super::keys::{Binding, KeyCombo};
use super::strings::{self, hints, keys};
use super::theme::Theme;
use crate::batch::{
    self, BoothExport, BoothExportError, ExportOutcome, ExportStep, ExportTarget, Passphrase,
};
use crate::config::Event;
use crate::paths::DataDir;
use crate::session::error_line;
use crate::store::Store;
use crate::text::sanitize_line;

/// What the worker reports.
#[derive(Debug)]
enum Report {
    Progress(u64, u64),
    Finished(Result<Vec<String>, String>),
    /// The typed passphrase does not open the key: nothing was written.
    WrongPassphrase,
}

/// Longest passphrase the prompt takes.
const MAX_PASSPHRASE_CHARS: usize = 1024;

#[derive(Debug)]
enum Phase {
    Ready,
    Running {
        done: u64,
        total: u64,
        rx: Receiver<Report>,
    },
    Done(Result<Vec<String>, String>),
}

/// State of the export screen.
#[derive(Debug)]
pub struct ExportScreen {
    target: ExportTarget,
    /// "12 new leads, 1 erasure" or why it cannot be counted.
    pending: Result<(u64, u64), String>,
    /// Who the batch is encrypted to (short forms); empty = plain text.
    recipients: Vec<String>,
    /// The masked passphrase being typed, when the key needs one and
    /// `LEADBOOTH_KEY_PASSPHRASE` is not set; never drawn.
    passphrase: Option<String>,
    /// Why the last try failed (a wrong passphrase).
    problem: Option<&'static str>,
    phase: Phase,
}

impl ExportScreen {
    /// Opens the screen: the default target (the event's `export_dir`, else
    /// `exports/` in the data dir) and what the next batch would hold.
    pub fn open(store: &Store, event: &Event, data: &DataDir) -> Self {
        let target = ExportTarget::default_for(event, data);
        let pending = store
            .pending_export(&event.id, false)
            .map(|p| (p.leads, p.erasures))
            .map_err(|e| e.to_string());
        let key = batch::DeviceKey::of(data);
        let asks = std::env::var_os(batch::PASSPHRASE_ENV).is_none()
            && key.info().is_ok_and(|i| i.encrypted);
        ExportScreen {
            target,
            pending,
            recipients: event.recipients.iter().map(|r| r.short()).collect(),
            passphrase: asks.then(String::new),
            problem: None,
            phase: Phase::Ready,
        }
    }

    /// True while the masked passphrase prompt takes typed keys.
    pub fn asking(&self) -> bool {
        self.passphrase.is_some() && matches!(self.phase, Phase::Ready)
    }

    /// A key typed into the passphrase prompt.
    pub fn edit(&mut self, key: ratatui::crossterm::event::KeyEvent) {
        let Some(p) = &mut self.passphrase else {
            return;
        };
        match key.code {
            KeyCode::Char(c) if p.chars().count() < MAX_PASSPHRASE_CHARS => p.push(c),
            KeyCode::Backspace => {
                p.pop();
            }
            _ => {}
        }
    }

    /// True while the worker is writing the batch.
    pub fn running(&self) -> bool {
        matches!(self.phase, Phase::Running { .. })
    }

    /// Enter: starts the export on a worker thread (once).
    pub fn start(&mut self, event: &Event, data: &DataDir, actor: &str) {
        if !matches!(self.phase, Phase::Ready) {
            return;
        }
        let (tx, rx) = mpsc::channel();
        let (event, data, actor) = (event.clone(), data.clone(), actor.to_owned());
        let target = self.target.clone();
        let passphrase = self.passphrase.clone();
        self.problem = None;
        let spawned = std::thread::Builder::new()
            .name("export".into())
            .spawn(move || {
                let result = run(&event, &data, &actor, &target, passphrase.as_deref(), &tx);
                if let Some(result) = result {
                    let _ = tx.send(Report::Finished(result));
                }
            });
        self.phase = match spawned {
            Ok(_) => Phase::Running {
                done: 0,
                total: 0,
                rx,
            },
            Err(e) => Phase::Done(Err(format!("cannot start the export: {e}"))),
        };
    }

    /// Takes the worker's reports; true when something on screen changed.
    pub fn poll(&mut self) -> bool {
        let Phase::Running { done, total, rx } = &mut self.phase else {
            return false;
        };
        let mut changed = false;
        loop {
            match rx.try_recv() {
                Ok(Report::Progress(d, t)) => {
                    (*done, *total) = (d, t);
                    changed = true;
                }
                Ok(Report::Finished(result)) => {
                    self.phase = Phase::Done(result);
                    self.passphrase = self.passphrase.take().map(|_| String::new());
                    return true;
                }
                Ok(Report::WrongPassphrase) => {
                    self.phase = Phase::Ready;
                    self.passphrase = Some(String::new());
                    self.problem = Some(strings::EXPORT_WRONG_PASSPHRASE);
                    return true;
                }
                Err(mpsc::TryRecvError::Empty) => return changed,
                Err(mpsc::TryRecvError::Disconnected) => {
                    self.phase = Phase::Done(Err(strings::EXPORT_WORKER_DIED.to_owned()));
                    return true;
                }
            }
        }
    }

    /// The keys this screen accepts.
    pub fn bindings(&self) -> Vec<Binding> {
        let mut b = Vec::new();
        if matches!(self.phase, Phase::Ready) {
            b.push(Binding::shown(
                KeyCombo::plain(KeyCode::Enter),
                Action::StartExport,
                keys::ENTER,
                hints::EXPORT_NOW,
            ));
        }
        if !self.running() {
            b.push(Binding::shown(
                KeyCombo::plain(KeyCode::Esc),
                Action::Back,
                keys::ESC,
                hints::BACK,
            ));
        }
        b
    }

    /// Draws the screen.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [head, gauge, result] = Layout::vertical([
            Constraint::Length(8),
            Constraint::Length(2),
            Constraint::Min(0),
        ])
        .areas(area);
        let pending = match &self.pending {
            Ok((leads, erasures)) => strings::export_pending(*leads, *erasures),
            Err(e) => e.clone(),
        };
        let encryption = if self.recipients.is_empty() {
            Line::styled(strings::EXPORT_NOT_ENCRYPTED, theme.error)
        } else {
            Line::from(strings::export_encrypted_to(&self.recipients))
        };
        let mut lines = vec![
            Line::styled(strings::EXPORT_TITLE, theme.heading),
            Line::from(format!(
                "{}{}",
                strings::EXPORT_TARGET,
                sanitize_line(&self.target.dir.display().to_string())
            )),
            encryption,
            Line::from(sanitize_line(&pending).into_owned()),
        ];
        if let (Some(p), true) = (&self.passphrase, self.asking()) {
            let masked = "•".repeat(p.chars().count().min(40));
            lines.push(Line::from(format!(
                "{}{masked}",
                strings::EXPORT_PASSPHRASE
            )));
        }
        if let Some(problem) = self.problem {
            lines.push(Line::styled(problem, theme.error));
        }
        lines.push(Line::from(match self.phase {
            Phase::Ready => strings::EXPORT_PRESS_ENTER,
            Phase::Running { .. } => strings::EXPORT_RUNNING,
            Phase::Done(_) => "",
        }));
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), head);
        if let Phase::Running { done, total, .. } = self.phase {
            let ratio = if total == 0 {
                0.0
            } else {
                (done as f64 / total as f64).clamp(0.0, 1.0)
            };
            frame.render_widget(
                Gauge::default()
                    .gauge_style(theme.ok)
                    .ratio(ratio)
                    .label(if total == 0 {
                        strings::EXPORT_PREPARING.to_owned()
                    } else {
                        format!("{done} / {total}")
                    }),
                Rect { height: 1, ..gauge },
            );
        }
        if let Phase::Done(outcome) = &self.phase {
            let (lines, style) = match outcome {
                Ok(lines) => (lines.clone(), theme.ok),
                Err(e) => (vec![e.clone()], theme.error),
            };
            let text: Vec<Line> = lines
                .iter()
                .map(|l| Line::styled(sanitize_line(l).into_owned(), style))
                .collect();
            frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), result);
        }
    }
}

/// The worker: opens its own connection to the store and runs the export use
/// case, reporting progress. Returns the result lines to show, or one line saying
/// what failed and where; `None` after reporting a wrong passphrase itself.
fn run(
    event: &Event,
    data: &DataDir,
    actor: &str,
    target: &ExportTarget,
    passphrase: Option<&str>,
    tx: &Sender<Report>,
) -> Option<Result<Vec<String>, String>> {
    match export(event, data, actor, target, passphrase, tx) {
        Err(None) => {
            let _ = tx.send(Report::WrongPassphrase);
            None
        }
        Err(Some(e)) => Some(Err(e)),
        Ok(lines) => Some(Ok(lines)),
    }
}

/// [`run`]'s export; `Err(None)` for a wrong passphrase.
fn export(
    event: &Event,
    data: &DataDir,
    actor: &str,
    target: &ExportTarget,
    passphrase: Option<&str>,
    tx: &Sender<Report>,
) -> Result<Vec<String>, Option<String>> {
    let fail = |e: &dyn std::fmt::Display| Some(format!("{}{e}", strings::EXPORT_FAILED));
    let mut store = Store::open(data).map_err(|e| fail(&e))?;
    let mut lines = Vec::new();
    let exported = batch::export_from_booth(
        &mut store,
        &BoothExport {
            event,
            data,
            target,
            all: false,
            actor,
            passphrase: passphrase.map_or(Passphrase::EnvOnly, Passphrase::Given),
            plaintext: false,
        },
        &mut |step| match step {
            ExportStep::KeyCreated(info) => lines.push(strings::export_key_created(
                &info.key_id,
                &info.public_path.display().to_string(),
            )),
            ExportStep::Progress { done, total } => {
                let _ = tx.send(Report::Progress(done, total));
            }
        },
    )
    .map_err(|e| match e {
        BoothExportError::PassphraseNotSet { .. } => {
            Some(strings::EXPORT_NEEDS_PASSPHRASE.to_owned())
        }
        BoothExportError::Key(batch::KeyError::WrongPassphrase { .. }) => None,
        e => fail(&error_line(&e)),
    })?;
    match exported.outcome {
        ExportOutcome::NothingNew { .. } => lines.push(strings::EXPORT_NOTHING_NEW.to_owned()),
        ExportOutcome::Written(w) => {
            let m = &w.manifest;
            lines.push(format!("{}{}", strings::EXPORT_WRITTEN, w.folder.display()));
            lines.push(strings::export_counts(m.lead_count, m.erasure_count, m.seq));
            match &w.sealed {
                Some(sealed) => {
                    lines.push(strings::export_encrypted_to(&sealed.recipients));
                    lines.push(strings::EXPORT_CHECK_SEALED.to_owned());
                    lines.push(batch::sealed_check_command(&w.folder, &exported.public_key));
                }
                None => {
                    lines.push(strings::EXPORT_CHECK.to_owned());
                    lines.push(batch::check_command(&w.folder, &exported.public_key));
                }
            }
        }
    }
    Ok(lines)
}
