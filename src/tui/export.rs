//! The export screen (F5, staff mode): how much is new and where the batch goes,
//! picked from the removable media mounted now, the folder used last time (kept
//! in the booth's settings, so it survives a restart), the laptop's own folder,
//! or a folder typed in; then a progress gauge while the batch is written on a
//! worker thread; then the result: folder, lead count, seq, the device's public
//! key written beside the batch, and the command that checks the batch with
//! standard tools, laid out to paste at the screen's width. A failure names the
//! folder and why, marks nothing exported and returns to the picker. The worker
//! opens its own database connection, so the booth keeps drawing (and SQLite
//! serialises it with the booth's own writes).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};

use ratatui::Frame;
use ratatui::crossterm::event::{Event as TermEvent, KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Paragraph};
use tui_input::backend::crossterm::to_input_request;
use tui_input::{Input, InputRequest};
use unicode_width::UnicodeWidthStr;

use super::action::{Action, Step};
use super::keys::{Binding, KeyCombo};
use super::strings::{self, hints, keys};
use super::theme::Theme;
use super::wrap::wrap_str;
use crate::batch::{
    self, BoothExport, BoothExportError, CheckCommand, DeviceKey, ExportOutcome, ExportStep,
    ExportTarget, Passphrase,
};
use crate::config::Event;
use crate::media::Medium;
use crate::paths::DataDir;
use crate::session::error_line;
use crate::store::Store;
use crate::text::sanitize_line;

/// The booth setting holding the folder the last batch from F5 went to: the
/// next F5 offers it first.
pub const FOLDER_SETTING: &str = "export_folder";

/// What the worker reports.
#[derive(Debug)]
enum Report {
    Progress(u64, u64),
    /// The result, or one line saying what failed and where.
    Finished(Result<Finished, String>),
    /// The typed passphrase does not open the key: nothing was written.
    WrongPassphrase,
}

/// A batch written (or nothing new): what to show.
#[derive(Debug)]
struct Finished {
    lines: Vec<String>,
    /// The command that checks the batch, laid out at the width drawn.
    check: Option<CheckCommand>,
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
    Done(Finished),
}

/// What kind of place a choice is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Place {
    /// A removable medium mounted now: its name and file system.
    Medium { name: String, fs_type: String },
    /// The folder the last batch went to (when it is none of the others).
    Last,
    /// The event's `export_dir`, else `exports/` in the data dir.
    Laptop,
    /// A folder typed on the last row, kept while the passphrase is typed.
    Typed,
}

/// One place the batch can go.
#[derive(Debug, Clone)]
struct Choice {
    place: Place,
    target: ExportTarget,
    /// The folder is there now (leadbooth's own `exports/` is made when needed).
    present: bool,
    /// Bytes free there, when known.
    free: Option<u64>,
    /// The last batch went here.
    last: bool,
}

impl Choice {
    fn new(place: Place, target: ExportTarget) -> Self {
        let present = target.create || target.dir.is_dir();
        let free = if present {
            // `exports/` may not exist yet: the data dir's space is its space.
            fs4::available_space(&target.dir)
                .or_else(|_| fs4::available_space(target.dir.parent().unwrap_or(Path::new("."))))
                .ok()
        } else {
            None
        };
        Choice {
            place,
            target,
            present,
            free,
            last: false,
        }
    }
}

/// State of the export screen.
#[derive(Debug)]
pub struct ExportScreen {
    /// Where the batch can go: media, the last folder, the laptop's folder.
    choices: Vec<Choice>,
    /// The highlighted choice; `choices.len()` is the row for a typed folder.
    selected: usize,
    /// The folder typed on the last row.
    typed: Input,
    /// "12 new leads, 1 erasure" or why it cannot be counted.
    pending: Result<(u64, u64), String>,
    /// Who the batch is encrypted to (short forms); empty = plain text.
    recipients: Vec<String>,
    /// The masked passphrase being typed, when the key needs one and
    /// `LEADBOOTH_KEY_PASSPHRASE` is not set; never drawn.
    passphrase: Option<String>,
    /// Why the last try failed (a wrong passphrase, a folder that is gone).
    problem: Option<String>,
    /// Where the running or finished export writes.
    writing_to: Option<PathBuf>,
    phase: Phase,
}

impl ExportScreen {
    /// Opens the screen offering `media` first, then the folder the last batch
    /// went to, then the laptop's own folder (the event's `export_dir`, else
    /// `exports/` in the data dir), then a folder to type. The highlight starts
    /// on the last folder when it is there, else on the first medium, else on
    /// the laptop's folder; and shows what the next batch would hold.
    pub fn with_media(store: &Store, event: &Event, data: &DataDir, media: Vec<Medium>) -> Self {
        let laptop = ExportTarget::default_for(event, data);
        let last = match store.setting(FOLDER_SETTING) {
            Ok(last) => last.map(PathBuf::from),
            Err(e) => {
                tracing::warn!("reading the last export folder: {e}");
                None
            }
        };
        let mut choices: Vec<Choice> = media
            .into_iter()
            .map(|m| {
                let place = Place::Medium {
                    name: m.name(),
                    fs_type: m.fs_type.clone(),
                };
                // Mounted now, by the mount table, whatever a stat says.
                Choice {
                    present: true,
                    ..Choice::new(place, ExportTarget::given(m.path))
                }
            })
            .collect();
        let laptop = Choice::new(Place::Laptop, laptop);
        if let Some(last) = last {
            let same = |c: &Choice| same_folder(&c.target.dir, &last);
            if !choices.iter().any(same) && !same(&laptop) {
                choices.push(Choice::new(Place::Last, ExportTarget::given(last.clone())));
            }
            choices.push(laptop);
            for c in choices.iter_mut().filter(|c| same(c)) {
                c.last = true;
            }
        } else {
            choices.push(laptop);
        }
        let has_media = choices
            .first()
            .is_some_and(|c| matches!(c.place, Place::Medium { .. }));
        let selected = choices
            .iter()
            .position(|c| c.last && c.present)
            .or(has_media.then_some(0))
            .unwrap_or(choices.len() - 1);
        let pending = store
            .pending_export(&event.id, false)
            .map(|p| (p.leads, p.erasures))
            .map_err(|e| e.to_string());
        let key = batch::DeviceKey::of(data);
        let asks = std::env::var_os(batch::PASSPHRASE_ENV).is_none()
            && key.info().is_ok_and(|i| i.encrypted);
        ExportScreen {
            choices,
            selected,
            typed: Input::default(),
            pending,
            recipients: event.recipients.iter().map(|r| r.short()).collect(),
            passphrase: asks.then(String::new),
            problem: None,
            writing_to: None,
            phase: Phase::Ready,
        }
    }

    /// The folder the highlighted choice names (`None` on the typed row).
    pub fn highlighted(&self) -> Option<&Path> {
        self.choices
            .get(self.selected)
            .map(|c| c.target.dir.as_path())
    }

    /// True while typed keys go to the screen: the folder row or the masked
    /// passphrase prompt.
    pub fn takes_text(&self) -> bool {
        matches!(self.phase, Phase::Ready) && (self.on_typed_row() || self.passphrase.is_some())
    }

    /// True while the masked passphrase prompt is on show.
    pub fn asking(&self) -> bool {
        self.passphrase.is_some() && matches!(self.phase, Phase::Ready)
    }

    fn on_typed_row(&self) -> bool {
        self.selected == self.choices.len()
    }

    /// A key typed into the folder row (when highlighted), else into the
    /// passphrase prompt.
    pub fn edit(&mut self, key: KeyEvent) {
        if !matches!(self.phase, Phase::Ready) {
            return;
        }
        if self.on_typed_row() {
            match to_input_request(&TermEvent::Key(key)) {
                Some(InputRequest::InsertChar(c)) if c.is_control() => {}
                Some(req) => {
                    self.typed.handle(req);
                }
                None => {}
            }
            return;
        }
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

    /// ↑↓ (Home/End): moves the highlight among the places.
    pub fn step(&mut self, step: Step) {
        if matches!(self.phase, Phase::Ready) {
            self.selected = step.apply(self.selected, usize::MAX, self.choices.len());
        }
    }

    /// True while the worker is writing the batch.
    pub fn running(&self) -> bool {
        matches!(self.phase, Phase::Running { .. })
    }

    /// Enter: starts the export into the highlighted (or typed) folder on a
    /// worker thread (once).
    pub fn start(&mut self, event: &Event, data: &DataDir, actor: &str) {
        if !matches!(self.phase, Phase::Ready) {
            return;
        }
        let target = match self.choices.get(self.selected) {
            Some(c) => c.target.clone(),
            None => match typed_folder(self.typed.value()) {
                // The passphrase is still to be typed: the folder becomes a
                // choice of its own, so typed keys can go to the prompt.
                Some(dir) if self.passphrase.as_ref().is_some_and(String::is_empty) => {
                    let typed = Choice::new(Place::Typed, ExportTarget::given(dir));
                    self.choices.push(typed);
                    self.typed = Input::default();
                    return;
                }
                Some(dir) => ExportTarget::given(dir),
                None => {
                    self.problem = Some(strings::export_type_folder().to_owned());
                    return;
                }
            },
        };
        let (tx, rx) = mpsc::channel();
        let (event, data, actor) = (event.clone(), data.clone(), actor.to_owned());
        self.writing_to = Some(target.dir.clone());
        let passphrase = self.passphrase.clone();
        self.problem = None;
        // The worker speaks the screen's staff language (what it reports,
        // a failure included, is drawn on this screen).
        let lang = crate::i18n::staff();
        let spawned = std::thread::Builder::new()
            .name("export".into())
            .spawn(move || {
                crate::i18n::set_staff_language(lang);
                let result = run(&event, &data, &actor, &target, passphrase.as_deref(), &tx);
                if let Some(result) = result {
                    let _ = tx.send(Report::Finished(result));
                }
            });
        match spawned {
            Ok(_) => {
                self.phase = Phase::Running {
                    done: 0,
                    total: 0,
                    rx,
                }
            }
            Err(e) => self.problem = Some(format!("{}{e}", strings::export_failed())),
        }
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
                Ok(Report::Finished(Ok(finished))) => {
                    self.phase = Phase::Done(finished);
                    self.passphrase = self.passphrase.take().map(|_| String::new());
                    return true;
                }
                Ok(Report::Finished(Err(problem))) => {
                    // Nothing was marked exported: back to the places, saying why.
                    self.phase = Phase::Ready;
                    self.problem = Some(problem);
                    return true;
                }
                Ok(Report::WrongPassphrase) => {
                    self.phase = Phase::Ready;
                    self.passphrase = Some(String::new());
                    self.problem = Some(strings::export_wrong_passphrase().to_owned());
                    return true;
                }
                Err(mpsc::TryRecvError::Empty) => return changed,
                Err(mpsc::TryRecvError::Disconnected) => {
                    self.phase = Phase::Ready;
                    self.problem = Some(strings::export_worker_died().to_owned());
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
                hints::export_now(),
            ));
            b.push(Binding::shown(
                KeyCombo::plain(KeyCode::Down),
                Action::Move(Step::Down),
                keys::UP_DOWN,
                hints::choose(),
            ));
            b.push(Binding::new(
                KeyCombo::plain(KeyCode::Up),
                Action::Move(Step::Up),
            ));
            if !self.on_typed_row() {
                b.push(Binding::new(
                    KeyCombo::plain(KeyCode::Home),
                    Action::Move(Step::Top),
                ));
                b.push(Binding::new(
                    KeyCombo::plain(KeyCode::End),
                    Action::Move(Step::Bottom),
                ));
            }
        }
        if !self.running() {
            b.push(Binding::shown(
                KeyCombo::plain(KeyCode::Esc),
                Action::Back,
                keys::ESC,
                hints::back(),
            ));
        }
        b
    }

    /// Draws the screen.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let width = area.width;
        let mut head: Vec<Line> = wrap_str(strings::export_title(), theme.heading, width, 0);
        let pending = match &self.pending {
            Ok((leads, erasures)) => strings::export_pending(*leads, *erasures),
            Err(e) => e.clone(),
        };
        head.extend(wrap_str(&sanitize_line(&pending), theme.text, width, 0));
        if self.recipients.is_empty() {
            head.extend(wrap_str(
                strings::export_not_encrypted(),
                theme.error,
                width,
                0,
            ));
        } else {
            let to = strings::export_encrypted_to(&self.recipients);
            head.extend(wrap_str(&to, theme.text, width, 0));
        }
        if let (Some(p), true) = (&self.passphrase, self.asking()) {
            let masked = "•".repeat(p.chars().count().min(40));
            let line = format!("{}{masked}", strings::export_passphrase());
            head.extend(wrap_str(&line, theme.text, width, 0));
        }
        if let Some(problem) = &self.problem {
            head.extend(wrap_str(&sanitize_line(problem), theme.error, width, 0));
        }
        match &self.phase {
            Phase::Ready => {
                let cursor = self.picker_lines(&mut head, width, theme);
                let y = area
                    .y
                    .saturating_add(u16::try_from(head.len()).unwrap_or(u16::MAX));
                frame.render_widget(Paragraph::new(head), area);
                if let Some(col) = cursor {
                    let y = y.saturating_sub(1);
                    if y < area.bottom() {
                        frame.set_cursor_position((area.x + col, y));
                    }
                }
            }
            Phase::Running { done, total, .. } => {
                self.writing_lines(&mut head, width, theme);
                head.extend(wrap_str(strings::export_running(), theme.text, width, 0));
                let [text, gauge] = rows(area, head.len());
                frame.render_widget(Paragraph::new(head), text);
                let ratio = if *total == 0 {
                    0.0
                } else {
                    (*done as f64 / *total as f64).clamp(0.0, 1.0)
                };
                frame.render_widget(
                    Gauge::default()
                        .gauge_style(theme.ok)
                        .ratio(ratio)
                        .label(if *total == 0 {
                            strings::export_preparing().to_owned()
                        } else {
                            format!("{done} / {total}")
                        }),
                    Rect { height: 1, ..gauge },
                );
            }
            Phase::Done(finished) => {
                for l in &finished.lines {
                    head.extend(wrap_str(&sanitize_line(l), theme.ok, width, 0));
                }
                // One shell line per row, never wrapped: it must paste as shown.
                if let Some(check) = &finished.check {
                    for l in check.lines(usize::from(width)) {
                        head.push(Line::styled(sanitize_line(&l).into_owned(), theme.ok));
                    }
                }
                frame.render_widget(Paragraph::new(head), area);
            }
        }
    }

    /// "Writing to FOLDER", once the export started.
    fn writing_lines(&self, head: &mut Vec<Line<'static>>, width: u16, theme: &Theme) {
        if let Some(dir) = &self.writing_to {
            let line = format!(
                "{}{}",
                strings::export_target(),
                sanitize_line(&dir.display().to_string())
            );
            head.extend(wrap_str(&line, theme.text, width, 0));
        }
    }

    /// The places to choose from, the highlighted one marked; returns the
    /// cursor's column on the typed row (then its last line) when highlighted.
    fn picker_lines(
        &self,
        head: &mut Vec<Line<'static>>,
        width: u16,
        theme: &Theme,
    ) -> Option<u16> {
        head.push(Line::raw(""));
        head.extend(wrap_str(strings::export_choose(), theme.heading, width, 0));
        if !self
            .choices
            .iter()
            .any(|c| matches!(c.place, Place::Medium { .. }))
        {
            head.extend(wrap_str(
                strings::export_no_media(),
                theme.placeholder,
                width,
                2,
            ));
        }
        for (i, c) in self.choices.iter().enumerate() {
            let on = i == self.selected;
            let (mark, style) = if on {
                ("› ", theme.focus)
            } else {
                ("  ", theme.text)
            };
            let label = match &c.place {
                Place::Medium { name, fs_type } => strings::export_medium(name, fs_type),
                Place::Last => strings::export_last().to_owned(),
                Place::Laptop => strings::export_laptop().to_owned(),
                Place::Typed => strings::export_other().to_owned(),
            };
            let mut notes = Vec::new();
            if c.last && c.place != Place::Last {
                notes.push(strings::export_last_note().to_owned());
            }
            if !c.present {
                notes.push(strings::export_gone().to_owned());
            } else if let Some(free) = c.free {
                notes.push(strings::export_free(free));
            }
            let mut text = format!(
                "{mark}{}: {}",
                sanitize_line(&label),
                sanitize_line(&c.target.dir.display().to_string())
            );
            if !notes.is_empty() {
                text.push_str(&format!(" ({})", notes.join(", ")));
            }
            head.extend(wrap_str(&text, style, width, 4));
        }
        let on = self.on_typed_row();
        let (mark, style) = if on {
            ("› ", theme.focus)
        } else {
            ("  ", theme.text)
        };
        let prompt = format!("{mark}{}: ", strings::export_other());
        let room = usize::from(width).saturating_sub(prompt.width() + 1);
        let scroll = self.typed.visual_scroll(room);
        let value: String = sanitize_line(self.typed.value())
            .chars()
            .skip(scroll)
            .collect();
        head.push(Line::from(vec![
            Span::styled(prompt.clone(), style),
            Span::styled(value, theme.input),
        ]));
        on.then(|| {
            let col = prompt.width() + self.typed.visual_cursor().saturating_sub(scroll);
            u16::try_from(col)
                .unwrap_or(width)
                .min(width.saturating_sub(1))
        })
    }
}

/// `area` split into `head` rows of text and the rows under them.
fn rows(area: Rect, head: usize) -> [Rect; 2] {
    let head = u16::try_from(head).unwrap_or(u16::MAX);
    Layout::vertical([Constraint::Length(head), Constraint::Min(0)]).areas(area)
}

/// Whether two folders are the same (by their canonical paths when both exist).
fn same_folder(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// The folder a person typed: `~` is their home, a relative path is taken
/// from the booth's working folder; `None` when nothing was typed.
fn typed_folder(typed: &str) -> Option<PathBuf> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let home = || std::env::var_os("HOME").map(PathBuf::from);
    let path = match typed.strip_prefix('~') {
        Some("") => home()?,
        Some(rest) if rest.starts_with('/') => home()?.join(rest.trim_start_matches('/')),
        _ => PathBuf::from(typed),
    };
    Some(std::path::absolute(&path).unwrap_or(path))
}

/// The worker: opens its own connection to the store and runs the export use
/// case, reporting progress. Returns the result to show, or one line saying
/// what failed and where; `None` after reporting a wrong passphrase itself.
fn run(
    event: &Event,
    data: &DataDir,
    actor: &str,
    target: &ExportTarget,
    passphrase: Option<&str>,
    tx: &Sender<Report>,
) -> Option<Result<Finished, String>> {
    match export(event, data, actor, target, passphrase, tx) {
        Err(None) => {
            let _ = tx.send(Report::WrongPassphrase);
            None
        }
        Err(Some(e)) => Some(Err(e)),
        Ok(finished) => Some(Ok(finished)),
    }
}

/// [`run`]'s export; `Err(None)` for a wrong passphrase. After a batch is
/// written, the device's public key goes beside it; after any success the
/// folder is remembered for the next F5.
fn export(
    event: &Event,
    data: &DataDir,
    actor: &str,
    target: &ExportTarget,
    passphrase: Option<&str>,
    tx: &Sender<Report>,
) -> Result<Finished, Option<String>> {
    let fail = |e: &dyn std::fmt::Display| Some(format!("{}{e}", strings::export_failed()));
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
    .map_err(|e| match &e {
        BoothExportError::PassphraseNotSet { .. } => {
            Some(strings::export_needs_passphrase().to_owned())
        }
        BoothExportError::Key(batch::KeyError::WrongPassphrase { .. }) => None,
        // The store's step in the staff language, SQLite's words and causes
        // after it as the English line had them (branch i18nstore).
        BoothExportError::Batch(batch::BatchError::Store(s)) => fail(
            &s.said_with_causes(crate::i18n::staff())
                .unwrap_or_else(|| error_line(&e)),
        ),
        // Said in the staff language (a file the operating system refused
        // too, its words after it); a database failure goes on with its own
        // words and causes.
        _ => fail(
            &e.said_in(crate::i18n::staff())
                .unwrap_or_else(|| error_line(&e)),
        ),
    })?;
    remember(&mut store, &target.dir, actor);
    let mut check = None;
    match exported.outcome {
        ExportOutcome::NothingNew { .. } => lines.push(strings::export_nothing_new().to_owned()),
        ExportOutcome::Written(w) => {
            let m = &w.manifest;
            lines.push(format!(
                "{}{}",
                strings::export_written(),
                w.folder.display()
            ));
            lines.push(strings::export_counts(m.lead_count, m.erasure_count, m.seq));
            let beside = w.folder.parent().unwrap_or(Path::new("."));
            let key = match batch::write_public_key_beside(beside, &DeviceKey::of(data)) {
                Ok(path) => {
                    let name = path.file_name().unwrap_or_default().to_string_lossy();
                    lines.push(strings::export_public_key_beside(&name));
                    path
                }
                Err(e) => {
                    tracing::warn!("public key beside the batch: {e}");
                    lines.push(strings::export_public_key_not_beside(&error_line(&e)));
                    exported.public_key.clone()
                }
            };
            match &w.sealed {
                Some(sealed) => {
                    lines.push(strings::export_encrypted_to(&sealed.recipients));
                    lines.push(strings::export_check_sealed().to_owned());
                    check = Some(CheckCommand::sealed(&w.folder, &key));
                }
                None => {
                    lines.push(strings::export_check().to_owned());
                    check = Some(CheckCommand::folder(&w.folder, &key));
                }
            }
        }
    }
    Ok(Finished { lines, check })
}

/// Keeps `dir` (absolute) as the folder the next F5 offers first. A path that
/// is not UTF-8 is used but not kept; a failure to keep it is logged (the
/// batch is written either way).
fn remember(store: &mut Store, dir: &Path, actor: &str) {
    let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_owned());
    let Some(text) = dir.to_str() else {
        return;
    };
    if store.setting(FOLDER_SETTING).ok().flatten().as_deref() == Some(text) {
        return;
    }
    if let Err(e) = store.set_setting(FOLDER_SETTING, text, actor, "export_folder_chosen") {
        tracing::warn!("keeping the export folder: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_folder_is_absolute_and_tilde_is_home() {
        assert_eq!(typed_folder("  "), None);
        assert_eq!(typed_folder("/media/x "), Some(PathBuf::from("/media/x")));
        let home = PathBuf::from(std::env::var_os("HOME").unwrap());
        assert_eq!(typed_folder("~"), Some(home.clone()));
        assert_eq!(typed_folder("~/stick"), Some(home.join("stick")));
        let rel = typed_folder("out").unwrap();
        assert!(rel.is_absolute() && rel.ends_with("out"), "{rel:?}");
    }
}
