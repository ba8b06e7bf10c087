//! `leadbooth doctor`: is this laptop ready for the show? One line per check with a
//! status word (ok / WARN / FAIL) and, for anything not ok, what to do.
//!
//! Doctor only reads: it never creates the data dir, never opens the database for
//! writing (a damaged file stays exactly as it is) and works beside a running booth.
//! Exit status: 1 when any check is FAIL (or WARN, with `--strict`), else 0.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use fluent_bundle::FluentValue;
use serde::Serialize;

mod volume;

use crate::batch::key_id_hex;
use crate::cli::out::{self, Paint};
use crate::config::{ConfigSource, Event};
use crate::i18n::{self, Language, Msg, msg::commands as m, num};
use crate::paths::DataDir;
use crate::session::Session;
use crate::store::{DbHealth, SCHEMA_VERSION, StoreError};

/// Below this much free space a check warns.
pub const LOW_SPACE_WARN: u64 = 100 * MIB;
/// Below this much free space a check fails: saving leads may soon be refused.
pub const LOW_SPACE_FAIL: u64 = 10 * MIB;
const MIB: u64 = 1024 * 1024;

/// The smallest terminal the booth is laid out for.
pub const MIN_TERMINAL: (u16, u16) = (80, 24);

/// The key pair written by `leadbooth keys init`, relative to the data dir's `keys/`.
pub const SECRET_KEY_FILE: &str = "device.key";
/// The public half, handed to the central team.
pub const PUBLIC_KEY_FILE: &str = "device.pub";

// `leadbooth doctor`.
#[derive(Debug, Args)]
pub struct DoctorArgs {
    #[arg(long)]
    pub json: bool,
    #[arg(long)]
    pub strict: bool,
}

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Nothing to do.
    Ok,
    /// Works, but worth fixing before the show.
    Warn,
    /// Needs attention: leads may be lost, exposed or not exportable.
    Fail,
}

impl Status {
    fn word(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warn => "WARN",
            Status::Fail => "FAIL",
        }
    }
}

/// The language a report is written in, and its words: the staff language for
/// a person, English for `--json` (which scripts read the same in every locale).
#[derive(Debug, Clone, Copy)]
struct Words(Language);

impl Words {
    /// Message `id` (without arguments).
    fn t(self, id: Msg) -> String {
        i18n::text(self.0, id).to_owned()
    }

    /// Message `id` with its arguments.
    fn f<'a>(
        self,
        id: Msg,
        args: impl IntoIterator<Item = (&'static str, FluentValue<'a>)>,
    ) -> String {
        i18n::format(self.0, id, args)
    }
}

/// A path as a message argument.
fn p(path: &Path) -> FluentValue<'static> {
    FluentValue::from(path.display().to_string())
}

/// Anything shown as it is (ids, modes, sizes) as a message argument.
fn s(value: impl ToString) -> FluentValue<'static> {
    FluentValue::from(value.to_string())
}

/// One check's outcome.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    /// Stable identifier for scripts, e.g. `database_mode`.
    pub id: &'static str,
    /// ok / warn / fail.
    pub status: Status,
    /// What was found, naming the file or folder.
    pub message: String,
    /// What to do; `None` when ok.
    pub fix: Option<String>,
}

impl Check {
    fn ok(id: &'static str, message: impl Into<String>) -> Self {
        Check {
            id,
            status: Status::Ok,
            message: message.into(),
            fix: None,
        }
    }

    fn warn(id: &'static str, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Check {
            id,
            status: Status::Warn,
            message: message.into(),
            fix: Some(fix.into()),
        }
    }

    fn fail(id: &'static str, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Check {
            id,
            status: Status::Fail,
            message: message.into(),
            fix: Some(fix.into()),
        }
    }

    /// The label shown before the message in the human-readable output.
    fn label(&self, w: Words) -> String {
        let id = match self.id {
            "data_dir" => m::DOCTOR_LABEL_DATA_DIR,
            "database_mode" => m::DOCTOR_LABEL_DATABASE,
            "database_integrity" => m::DOCTOR_LABEL_INTEGRITY,
            "database_schema" => m::DOCTOR_LABEL_SCHEMA,
            "space_data" => m::DOCTOR_LABEL_FREE_SPACE,
            "space_export" => m::DOCTOR_LABEL_EXPORT_TARGET,
            "signing_key" => m::DOCTOR_LABEL_SIGNING_KEY,
            "public_key" => m::DOCTOR_LABEL_PUBLIC_KEY,
            "event" => m::DOCTOR_LABEL_EVENT,
            "policy" => m::DOCTOR_LABEL_POLICY,
            "notice" => m::DOCTOR_LABEL_NOTICE,
            "translations" => m::DOCTOR_LABEL_LANGUAGES,
            "terminal" => m::DOCTOR_LABEL_TERMINAL,
            "data_volume" => m::DOCTOR_LABEL_DATA_VOLUME,
            "encryption" => m::DOCTOR_LABEL_ENCRYPTION,
            "attendee_list" => m::DOCTOR_LABEL_ATTENDEES,
            "kiosk_pin" => m::DOCTOR_LABEL_KIOSK_PIN,
            other => return other.to_owned(),
        };
        w.t(id)
    }
}

impl DoctorArgs {
    /// Runs every check and prints the report: for a person in the staff
    /// language, as JSON in English (the same bytes in every locale).
    pub fn run(self, ctx: &Session) -> anyhow::Result<ExitCode> {
        let lang = if self.json {
            Language::En
        } else {
            i18n::staff()
        };
        let w = Words(lang);
        let checks = checks_in(ctx, w);
        if self.json {
            out::json_pretty(&checks)?;
        } else {
            let colour = !ctx.no_color && out::stdout_is_terminal();
            let width = label_width(&checks, w);
            for c in &checks {
                let (word, text) = render_line(c, w, width);
                let paint = match (colour, c.status) {
                    (false, _) => Paint::Plain,
                    (true, Status::Ok) => Paint::Good,
                    (true, Status::Warn) => Paint::Warning,
                    (true, Status::Fail) => Paint::Bad,
                };
                out::status_line(&word, paint, &text)?;
            }
        }
        let worst = checks.iter().map(|c| c.status).max().unwrap_or(Status::Ok);
        let failed = worst == Status::Fail || (self.strict && worst == Status::Warn);
        Ok(if failed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    }
}

/// The label column's width: 13 (the English labels' column), or the longest
/// label of the report's language when one is longer.
fn label_width(checks: &[Check], w: Words) -> usize {
    checks
        .iter()
        .map(|c| unicode_width::UnicodeWidthStr::width(c.label(w).as_str()))
        .max()
        .unwrap_or(0)
        .max(13)
}

/// `ok    data dir      /home/sam/.local/share/leadbooth (mode 0700)`, with the fix
/// after ` -- ` when not ok: the status word (padded, coloured by
/// [`out::status_line`]) and the rest (sanitised there).
fn render_line(c: &Check, w: Words, width: usize) -> (String, String) {
    let word = format!("{:<4}  ", c.status.word());
    let label = c.label(w);
    let pad = width.saturating_sub(unicode_width::UnicodeWidthStr::width(label.as_str()));
    let mut text = format!("{label}{} {}", " ".repeat(pad), c.message);
    if let Some(fix) = &c.fix {
        text.push_str(" -- ");
        text.push_str(fix);
    }
    (word, text)
}

/// Every check, in the order they are shown, in English (as `--json` gives them).
pub fn run_checks(ctx: &Session) -> Vec<Check> {
    checks_in(ctx, Words(Language::En))
}

/// Every check, in the order they are shown, written in `w`'s language.
fn checks_in(ctx: &Session, w: Words) -> Vec<Check> {
    let data = &ctx.data;
    let mut checks = vec![check_data_dir(w, data.root()), check_database_mode(w, data)];
    checks.extend(check_database_contents(w, &data.database()));
    checks.push(check_space(
        w,
        "space_data",
        data.root(),
        m::DOCTOR_SPACE_DATA,
        &w.t(m::DOCTOR_SPACE_DATA_FIX),
    ));
    let event = Event::resolve(ctx.config.as_deref());
    checks.push(check_export_target(
        w,
        data,
        event.as_ref().ok().and_then(|e| e.export_dir.as_deref()),
    ));
    checks.push(check_volume(w, data.root()));
    checks.extend(check_keys(w, &data.keys()));
    checks.extend(check_event(w, &event));
    if let Ok(e) = &event {
        checks.push(check_translations(w, e));
        checks.push(check_encryption(w, e));
        checks.push(check_attendees(
            w,
            &data.database(),
            e,
            chrono::Utc::now().date_naive(),
        ));
    }
    checks.push(check_kiosk_pin(w, &data.database()));
    checks.push(check_terminal(w, ctx.no_color));
    checks
}

/// What is wrong with a file or folder's Unix mode for private data, if anything.
/// `want` is 0o700 for folders, 0o600 for files.
fn mode_problem(w: Words, path: &Path, want: u32) -> Option<String> {
    let mode = crate::fsutil::mode_of(path).ok().flatten()?;
    let args = || {
        [
            ("path", p(path)),
            ("mode", s(format!("{mode:04o}"))),
            ("want", s(format!("{want:04o}"))),
        ]
    };
    if mode & 0o077 != 0 {
        Some(w.f(m::DOCTOR_MODE_OTHERS, args()))
    } else if mode & want != want {
        Some(w.f(m::DOCTOR_MODE_OWNER, args()))
    } else {
        None
    }
}

/// ` (mode 0700)`, or nothing where modes are not known.
fn mode_text(w: Words, path: &Path) -> String {
    match crate::fsutil::mode_of(path) {
        Ok(Some(mode)) => format!(
            " ({})",
            w.f(m::DOCTOR_MODE, [("mode", s(format!("{mode:04o}")))])
        ),
        _ => String::new(),
    }
}

/// `run: chmod 600 'a' 'b'`.
fn chmod_fix(w: Words, mode: &str, files: &[&Path]) -> String {
    let quoted: Vec<String> = files.iter().map(|f| format!("'{}'", f.display())).collect();
    w.f(
        m::DOCTOR_CHMOD,
        [("mode", s(mode)), ("files", s(quoted.join(" ")))],
    )
}

fn check_data_dir(w: Words, root: &Path) -> Check {
    const ID: &str = "data_dir";
    let at = [("path", p(root))];
    match std::fs::metadata(root) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Check::warn(
            ID,
            w.f(m::DOCTOR_DATA_DIR_MISSING, at),
            w.t(m::DOCTOR_DATA_DIR_MISSING_FIX),
        ),
        Err(e) => Check::fail(
            ID,
            w.f(m::DOCTOR_CANNOT_READ, [("path", p(root)), ("error", s(e))]),
            w.t(m::DOCTOR_DATA_DIR_UNREADABLE_FIX),
        ),
        Ok(meta) if !meta.is_dir() => Check::fail(
            ID,
            w.f(m::DOCTOR_NOT_A_FOLDER, at),
            w.t(m::DOCTOR_DATA_DIR_NOT_FOLDER_FIX),
        ),
        Ok(_) => match mode_problem(w, root, 0o700) {
            Some(problem) => Check::fail(ID, problem, chmod_fix(w, "700", &[root])),
            None => Check::ok(ID, format!("{}{}", root.display(), mode_text(w, root))),
        },
    }
}

/// The database file and its `-wal` / `-shm` companions must be 0600.
fn check_database_mode(w: Words, data: &DataDir) -> Check {
    const ID: &str = "database_mode";
    let db = data.database();
    if !db.exists() {
        return Check::ok(ID, w.f(m::DOCTOR_DB_NOT_CREATED, [("path", p(&db))]));
    }
    if !db.is_file() {
        return Check::fail(
            ID,
            w.f(m::DOCTOR_NOT_A_FILE, [("path", p(&db))]),
            w.t(m::DOCTOR_DB_NOT_FILE_FIX),
        );
    }
    let files: Vec<PathBuf> = ["", "-wal", "-shm"]
        .iter()
        .map(|suffix| PathBuf::from(format!("{}{suffix}", db.display())))
        .filter(|p| p.exists())
        .collect();
    let problems: Vec<String> = files
        .iter()
        .filter_map(|f| mode_problem(w, f, 0o600))
        .collect();
    if problems.is_empty() {
        Check::ok(ID, format!("{}{}", db.display(), mode_text(w, &db)))
    } else {
        let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        Check::fail(ID, problems.join("; "), chmod_fix(w, "600", &files))
    }
}

/// Integrity and schema version, from a read-only look at the database.
fn check_database_contents(w: Words, db: &Path) -> [Check; 2] {
    const INTEGRITY: &str = "database_integrity";
    const SCHEMA: &str = "database_schema";
    let build = ("build", s(SCHEMA_VERSION));
    if !db.is_file() {
        return [
            Check::ok(INTEGRITY, w.t(m::DOCTOR_INTEGRITY_NO_DB)),
            Check::ok(SCHEMA, w.f(m::DOCTOR_SCHEMA_NO_DB, [build])),
        ];
    }
    let health: DbHealth = match crate::store::inspect_read_only(db) {
        Ok(h) => h,
        Err(e) => {
            let integrity = match &e {
                StoreError::Corrupt { detail, .. } => Check::fail(
                    INTEGRITY,
                    w.f(
                        m::DOCTOR_DB_CORRUPT,
                        [("path", p(db)), ("detail", s(detail.said_in(w.0)))],
                    ),
                    w.t(m::DOCTOR_DAMAGED_FIX),
                ),
                StoreError::OtherKind {
                    found, expected, ..
                } => Check::fail(
                    INTEGRITY,
                    w.f(
                        m::DOCTOR_DB_CORRUPT,
                        [
                            ("path", p(db)),
                            ("detail", s(crate::store::other_kind(*found, *expected))),
                        ],
                    ),
                    w.t(m::DOCTOR_DAMAGED_FIX),
                ),
                other => Check::fail(
                    INTEGRITY,
                    w.f(m::DOCTOR_DB_UNREADABLE, [("error", s(other))]),
                    w.t(m::DOCTOR_DB_UNREADABLE_FIX),
                ),
            };
            return [
                integrity,
                Check::warn(
                    SCHEMA,
                    w.t(m::DOCTOR_SCHEMA_NOT_CHECKED),
                    w.t(m::DOCTOR_SEE_INTEGRITY),
                ),
            ];
        }
    };
    let integrity = if health.problems.is_empty() {
        match health.leads {
            Some(n) => Check::ok(
                INTEGRITY,
                w.f(m::DOCTOR_INTEGRITY_OK_LEADS, [("leads", num(n))]),
            ),
            None => Check::ok(INTEGRITY, w.t(m::DOCTOR_INTEGRITY_OK)),
        }
    } else {
        Check::fail(
            INTEGRITY,
            w.f(
                m::DOCTOR_INTEGRITY_FAILED,
                [
                    ("path", p(db)),
                    ("count", num(health.problems.len() as u64)),
                    ("first", s(&health.problems[0])),
                ],
            ),
            w.t(m::DOCTOR_DAMAGED_FIX),
        )
    };
    let v = health.schema_version;
    let version = ("version", s(v));
    let schema = if v > SCHEMA_VERSION {
        Check::fail(
            SCHEMA,
            w.f(m::DOCTOR_SCHEMA_NEWER, [version, build]),
            w.t(m::DOCTOR_SCHEMA_NEWER_FIX),
        )
    } else if v == SCHEMA_VERSION {
        Check::ok(SCHEMA, w.f(m::DOCTOR_SCHEMA_CURRENT, [version]))
    } else {
        Check::ok(SCHEMA, w.f(m::DOCTOR_SCHEMA_OLDER, [version, build]))
    };
    [integrity, schema]
}

/// The pre-registered attendee list: how many are on file and when the
/// automatic purge after the event removes them.
fn check_attendees(w: Words, db: &Path, event: &Event, today: chrono::NaiveDate) -> Check {
    const ID: &str = "attendee_list";
    let count = if db.is_file() {
        crate::store::inspect_read_only(db)
            .ok()
            .and_then(|h| h.attendees)
            .unwrap_or(0)
    } else {
        0
    };
    attendee_check(w, ID, count, event, today)
}

fn attendee_check(
    w: Words,
    id: &'static str,
    count: u64,
    event: &Event,
    today: chrono::NaiveDate,
) -> Check {
    let due = event.attendee_purge_day();
    let after = |d: chrono::NaiveDate| {
        w.f(
            m::DOCTOR_ATTENDEES_PURGED_ON,
            [
                ("date", s(d)),
                ("days", num(u64::from(event.attendee_list_days))),
                (
                    "last",
                    s(event.last_day.map(|l| l.to_string()).unwrap_or_default()),
                ),
            ],
        )
    };
    match (count, due) {
        (0, Some(d)) => Check::ok(
            id,
            w.f(m::DOCTOR_ATTENDEES_NONE_PURGE, [("after", s(after(d)))]),
        ),
        (0, None) => Check::ok(id, w.t(m::DOCTOR_ATTENDEES_NONE)),
        (n, Some(d)) if today >= d => Check::warn(
            id,
            w.f(
                m::DOCTOR_ATTENDEES_OVERDUE,
                [("count", num(n)), ("date", s(d))],
            ),
            w.t(m::DOCTOR_ATTENDEES_OVERDUE_FIX),
        ),
        (n, Some(d)) => Check::ok(
            id,
            w.f(
                m::DOCTOR_ATTENDEES_ON_FILE,
                [("count", num(n)), ("after", s(after(d)))],
            ),
        ),
        (n, None) => Check::warn(
            id,
            w.f(m::DOCTOR_ATTENDEES_NO_END, [("count", num(n))]),
            w.t(m::DOCTOR_ATTENDEES_NO_END_FIX),
        ),
    }
}

/// Whether a kiosk staff PIN is set: `leadbooth --kiosk` does not start
/// without one (staff mode does not need it, so its absence is no warning).
fn check_kiosk_pin(w: Words, db: &Path) -> Check {
    const ID: &str = "kiosk_pin";
    let stored = if db.is_file() {
        crate::store::inspect_read_only(db)
            .ok()
            .and_then(|h| h.kiosk_pin_hash)
    } else {
        Some(None)
    };
    match stored {
        None => Check::warn(ID, w.t(m::DOCTOR_PIN_UNKNOWN), w.t(m::DOCTOR_SEE_DATABASE)),
        Some(None) => Check::ok(ID, w.t(m::DOCTOR_PIN_NOT_SET)),
        Some(Some(hash)) if crate::pin::is_valid_hash(&hash) => {
            Check::ok(ID, w.t(m::DOCTOR_PIN_SET))
        }
        Some(Some(_)) => Check::warn(
            ID,
            w.t(m::DOCTOR_PIN_DAMAGED),
            w.t(m::DOCTOR_PIN_DAMAGED_FIX),
        ),
    }
}

/// The nearest existing folder at or above `path` (free space is measured there).
fn existing_ancestor(path: &Path) -> PathBuf {
    path.ancestors()
        .find(|a| !a.as_os_str().is_empty() && a.exists())
        .map(Path::to_owned)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// A size as `lang` writes its figures (`1.5 GiB`, `1,5 GiB`).
fn human_bytes(n: u64, lang: Language) -> String {
    const GIB: u64 = 1024 * MIB;
    if n >= GIB {
        let size = i18n::decimal(lang, n as f64 / GIB as f64, 1);
        format!("{size} GiB")
    } else {
        format!("{} MiB", i18n::figure(lang, &(n / MIB).to_string()))
    }
}

/// Free space at `path`; `what` is the message saying what it is for
/// (`$size` free for the data dir (`$path`)).
fn check_space(w: Words, id: &'static str, path: &Path, what: Msg, fix: &str) -> Check {
    let at = existing_ancestor(path);
    match fs4::available_space(&at) {
        Err(e) => Check::warn(
            id,
            w.f(
                m::DOCTOR_SPACE_UNMEASURED,
                [("path", p(&at)), ("error", s(e))],
            ),
            w.t(m::DOCTOR_SPACE_UNMEASURED_FIX),
        ),
        Ok(n) => {
            let msg = w.f(what, [("size", s(human_bytes(n, w.0))), ("path", p(&at))]);
            if n < LOW_SPACE_FAIL {
                Check::fail(id, msg, fix)
            } else if n < LOW_SPACE_WARN {
                Check::warn(
                    id,
                    w.f(
                        m::DOCTOR_SPACE_UNDER,
                        [
                            ("found", s(msg)),
                            ("limit", s(human_bytes(LOW_SPACE_WARN, w.0))),
                        ],
                    ),
                    fix,
                )
            } else {
                Check::ok(id, msg)
            }
        }
    }
}

/// The event's `export_dir`, else `exports/` in the data dir.
fn check_export_target(w: Words, data: &DataDir, configured: Option<&Path>) -> Check {
    const ID: &str = "space_export";
    let fix = w.t(m::DOCTOR_SPACE_EXPORT_FIX);
    match configured {
        Some(dir) if !dir.exists() => Check::warn(
            ID,
            w.f(m::DOCTOR_EXPORT_DIR_MISSING, [("path", p(dir))]),
            w.t(m::DOCTOR_EXPORT_DIR_MISSING_FIX),
        ),
        Some(dir) if !dir.is_dir() => Check::fail(
            ID,
            w.f(m::DOCTOR_EXPORT_DIR_NOT_FOLDER, [("path", p(dir))]),
            w.t(m::DOCTOR_EXPORT_DIR_NOT_FOLDER_FIX),
        ),
        Some(dir) => check_space(w, ID, dir, m::DOCTOR_SPACE_TARGET, &fix),
        None => check_space(w, ID, &data.exports(), m::DOCTOR_SPACE_EXPORTS, &fix),
    }
}

/// Reads a small text file (a key); anything large or binary is not a key.
fn read_key_text(w: Words, path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if meta.len() > 64 * 1024 {
        return Err(w.t(m::DOCTOR_KEY_TOO_LARGE));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|_| w.t(m::DOCTOR_KEY_NOT_TEXT))
}

/// `keys/device.key` (0600, a minisign secret key) and `keys/device.pub` (a minisign
/// public key with the same key id).
fn check_keys(w: Words, keys: &Path) -> [Check; 2] {
    const SECRET: &str = "signing_key";
    const PUBLIC: &str = "public_key";
    let sk_path = keys.join(SECRET_KEY_FILE);
    let pk_path = keys.join(PUBLIC_KEY_FILE);
    let init = w.t(m::DOCTOR_KEYS_INIT_FIX);

    // Some(key id) when the secret key could be read without a password.
    let mut secret_id: Option<String> = None;
    let secret = if !sk_path.exists() {
        Check::warn(
            SECRET,
            w.f(m::DOCTOR_NO_SIGNING_KEY, [("path", p(&sk_path))]),
            init.clone(),
        )
    } else if let Some(problem) = mode_problem(w, keys, 0o700) {
        Check::fail(SECRET, problem, chmod_fix(w, "700", &[keys]))
    } else if let Some(problem) = mode_problem(w, &sk_path, 0o600) {
        Check::fail(
            SECRET,
            problem,
            w.f(
                m::DOCTOR_SECRET_KEY_CHMOD_FIX,
                [("path", p(&sk_path)), ("public", s(PUBLIC_KEY_FILE))],
            ),
        )
    } else {
        let parsed = read_key_text(w, &sk_path).and_then(|text| {
            match minisign::SecretKeyBox::from_string(&text)
                .and_then(|b| b.into_unencrypted_secret_key())
            {
                Ok(sk) => Ok(Some(key_id_hex(sk.keynum()))),
                // Never prompt for a password here: an encrypted key is fine as it is.
                Err(e) if e.to_string().contains("encrypted") => Ok(None),
                Err(e) => Err(e.to_string()),
            }
        });
        let mode = ("mode", s(mode_text(w, &sk_path)));
        match parsed {
            Ok(Some(id)) => {
                let c = Check::warn(
                    SECRET,
                    w.f(
                        m::DOCTOR_KEY_UNPROTECTED,
                        [("path", p(&sk_path)), ("id", s(&id)), mode],
                    ),
                    w.t(m::DOCTOR_KEY_UNPROTECTED_FIX),
                );
                secret_id = Some(id);
                c
            }
            Ok(None) => {
                let id = read_key_text(w, &pk_path)
                    .ok()
                    .and_then(|t| minisign::PublicKeyBox::from_string(&t).ok())
                    .and_then(|b| b.into_public_key().ok())
                    .map(|pk| key_id_hex(pk.keynum()));
                let message = match id {
                    Some(id) => w.f(
                        m::DOCTOR_KEY_PROTECTED_ID,
                        [("path", p(&sk_path)), ("id", s(id)), mode],
                    ),
                    None => w.f(m::DOCTOR_KEY_PROTECTED, [("path", p(&sk_path)), mode]),
                };
                Check::ok(SECRET, message)
            }
            Err(e) => Check::fail(
                SECRET,
                w.f(
                    m::DOCTOR_NOT_SECRET_KEY,
                    [("path", p(&sk_path)), ("error", s(e))],
                ),
                w.t(m::DOCTOR_NOT_SECRET_KEY_FIX),
            ),
        }
    };

    let public = if !pk_path.exists() {
        if sk_path.exists() {
            Check::fail(
                PUBLIC,
                w.f(m::DOCTOR_PUBLIC_MISSING, [("path", p(&pk_path))]),
                w.t(m::DOCTOR_PUBLIC_MISSING_FIX),
            )
        } else {
            Check::warn(
                PUBLIC,
                w.f(m::DOCTOR_NO_PUBLIC, [("path", p(&pk_path))]),
                init,
            )
        }
    } else {
        let parsed = read_key_text(w, &pk_path).and_then(|text| {
            minisign::PublicKeyBox::from_string(&text)
                .and_then(|b| b.into_public_key())
                .map(|pk| key_id_hex(pk.keynum()))
                .map_err(|e| e.to_string())
        });
        match parsed {
            Err(e) => Check::fail(
                PUBLIC,
                w.f(
                    m::DOCTOR_NOT_PUBLIC_KEY,
                    [("path", p(&pk_path)), ("error", s(e))],
                ),
                w.t(m::DOCTOR_RESTORE_FIX),
            ),
            Ok(id) => match &secret_id {
                Some(sid) if *sid != id => Check::fail(
                    PUBLIC,
                    w.f(
                        m::DOCTOR_KEY_MISMATCH,
                        [("path", p(&pk_path)), ("id", s(&id)), ("secret", s(sid))],
                    ),
                    w.t(m::DOCTOR_KEY_MISMATCH_FIX),
                ),
                _ => Check::ok(
                    PUBLIC,
                    w.f(m::DOCTOR_PUBLIC_OK, [("path", p(&pk_path)), ("id", s(id))]),
                ),
            },
        }
    };
    [secret, public]
}

/// Whether the data dir is on an encrypted volume (see [`volume`]).
fn check_volume(w: Words, root: &Path) -> Check {
    const ID: &str = "data_volume";
    let why = || ("why", s(w.t(m::DOCTOR_VOLUME_WHY)));
    let fix = w.t(m::DOCTOR_VOLUME_FIX);
    match volume::volume_of(&existing_ancestor(root)) {
        volume::Volume::Encrypted(name) => Check::ok(
            ID,
            w.f(
                m::DOCTOR_VOLUME_ENCRYPTED,
                [("path", p(root)), ("name", s(name))],
            ),
        ),
        volume::Volume::Other(what) => Check::ok(
            ID,
            w.f(
                m::DOCTOR_VOLUME_OTHER,
                [("path", p(root)), ("what", s(what))],
            ),
        ),
        volume::Volume::Plain { device, mount } => Check::warn(
            ID,
            w.f(
                m::DOCTOR_VOLUME_PLAIN,
                [
                    ("path", p(root)),
                    ("device", s(device)),
                    ("mount", s(mount)),
                    why(),
                ],
            ),
            fix,
        ),
        volume::Volume::Unknown(reason) => Check::warn(
            ID,
            w.f(
                m::DOCTOR_VOLUME_UNKNOWN,
                [("path", p(root)), ("reason", s(reason)), why()],
            ),
            fix,
        ),
    }
}

/// Whether batches will be encrypted: the event's `[encryption]` recipients.
fn check_encryption(w: Words, event: &Event) -> Check {
    const ID: &str = "encryption";
    if event.recipients.is_empty() {
        return Check::warn(
            ID,
            w.t(m::DOCTOR_ENCRYPTION_NONE),
            w.t(m::DOCTOR_ENCRYPTION_NONE_FIX),
        );
    }
    let list: Vec<String> = event.recipients.iter().map(|r| r.short()).collect();
    Check::ok(
        ID,
        w.f(
            m::DOCTOR_ENCRYPTION_OK,
            [
                ("count", num(list.len() as u64)),
                ("list", s(list.join(", "))),
            ],
        ),
    )
}

/// Hosts that only ever appear in examples: a QR code to them is a mistake.
fn is_example_url(url: &str) -> bool {
    let host = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    ["example.org", "example.com", "example.net"]
        .iter()
        .any(|e| host == *e || host.ends_with(&format!(".{e}")))
}

/// The organisation and controller `init-event`'s example names.
const SAMPLE_NAME: &str = "Example Ltd";

/// A privacy contact (email address or URL) at an example domain.
fn is_example_contact(contact: &str) -> bool {
    let contact = contact.trim();
    match contact.rsplit_once('@') {
        Some((_, domain)) if !contact.contains("://") => is_example_url(domain),
        _ => is_example_url(contact),
    }
}

fn check_event(w: Words, event: &Result<Event, crate::config::ConfigError>) -> [Check; 3] {
    const EVENT: &str = "event";
    const POLICY: &str = "policy";
    const NOTICE: &str = "notice";
    let e = match event {
        Err(err) => {
            return [
                Check::fail(
                    EVENT,
                    crate::cli::reasons::config(err, w.0),
                    w.t(m::DOCTOR_EVENT_FIX),
                ),
                Check::warn(
                    POLICY,
                    w.t(m::DOCTOR_NOT_CHECKED_EVENT),
                    w.t(m::DOCTOR_SEE_EVENT),
                ),
                Check::warn(
                    NOTICE,
                    w.t(m::DOCTOR_NOT_CHECKED_EVENT),
                    w.t(m::DOCTOR_SEE_EVENT),
                ),
            ];
        }
        Ok(e) => e,
    };
    let required = e.purposes.iter().filter(|p| p.required).count();
    let source = match &e.source {
        ConfigSource::BuiltinDemo => w.t(m::DOCTOR_BUILTIN_DEMO),
        ConfigSource::File(f) => f.display().to_string(),
    };
    let summary = w.f(
        m::DOCTOR_EVENT_SUMMARY,
        [
            ("id", s(&e.id)),
            ("name", s(&e.name)),
            ("source", s(source)),
            ("purposes", num(e.purposes.len() as u64)),
            ("required", num(required as u64)),
            ("questions", num(e.questions.len() as u64)),
        ],
    );
    let event_check = match &e.source {
        ConfigSource::BuiltinDemo => {
            let fix = match crate::paths::platform_event_file() {
                Some(path) => w.f(m::DOCTOR_EVENT_DEMO_FIX_SAVE, [("path", p(&path))]),
                None => w.t(m::DOCTOR_EVENT_DEMO_FIX),
            };
            Check::warn(EVENT, summary, fix)
        }
        ConfigSource::File(_) => Check::ok(EVENT, summary),
    };
    let pol = &e.policy;
    let date = pol.last_updated_iso();
    let summary = w.f(
        m::DOCTOR_POLICY_SUMMARY,
        [
            ("version", s(pol.short_version())),
            (
                "date",
                s(date.clone().unwrap_or_else(|| w.t(m::DOCTOR_NOT_STATED))),
            ),
            ("url", s(&pol.url)),
        ],
    );
    let sample = pol.sha256 == crate::policy::sha256_hex(crate::policy::DEFAULT_POLICY.as_bytes());
    let policy_check = if sample {
        Check::warn(
            POLICY,
            w.f(m::DOCTOR_POLICY_SAMPLE, [("summary", s(summary))]),
            w.t(m::DOCTOR_POLICY_SAMPLE_FIX),
        )
    } else if is_example_url(&pol.url) {
        Check::warn(POLICY, summary, w.t(m::DOCTOR_POLICY_EXAMPLE_URL_FIX))
    } else if date.is_none() {
        Check::warn(POLICY, summary, w.t(m::DOCTOR_POLICY_NO_DATE_FIX))
    } else {
        Check::ok(POLICY, summary)
    };
    [event_check, policy_check, check_notice(w, e)]
}

/// The layered notice above the consent boxes: every field set in the event file.
fn check_notice(w: Words, e: &Event) -> Check {
    let missing: Vec<&str> = [
        ("controller.address", &e.controller.address),
        ("controller.privacy_contact", &e.controller.privacy_contact),
        ("controller.jurisdiction", &e.jurisdiction),
        ("notice.retention", &e.notice.retention),
        ("notice.rights", &e.notice.rights),
        ("notice.withdraw", &e.notice.withdraw),
        ("notice.transfers", &e.notice.transfers),
    ]
    .into_iter()
    .filter(|(_, v)| v.trim().is_empty())
    .map(|(k, _)| k)
    .collect();
    if !missing.is_empty() {
        return Check::warn(
            "notice",
            w.f(m::DOCTOR_NOTICE_LACKS, [("fields", s(missing.join(", ")))]),
            w.t(m::DOCTOR_NOTICE_LACKS_FIX),
        );
    }
    // `init-event`'s sample values: a consent recorded under them names a
    // company that never collected it, and withdrawals go to example.com.
    let sample: Vec<String> = [
        (
            "event.organisation",
            &e.organisation,
            e.organisation == SAMPLE_NAME,
        ),
        (
            "controller.name",
            &e.controller.name,
            e.controller.name == SAMPLE_NAME,
        ),
        (
            "controller.privacy_contact",
            &e.controller.privacy_contact,
            is_example_contact(&e.controller.privacy_contact),
        ),
    ]
    .into_iter()
    .filter(|(_, _, is_sample)| *is_sample)
    .map(|(k, v, _)| format!("{k} = {v:?}"))
    .collect();
    if !sample.is_empty() {
        return Check::warn(
            "notice",
            w.f(m::DOCTOR_NOTICE_SAMPLE, [("fields", s(sample.join(", ")))]),
            w.t(m::DOCTOR_NOTICE_SAMPLE_FIX),
        );
    }
    Check::ok(
        "notice",
        w.f(
            m::DOCTOR_NOTICE_OK,
            [
                ("name", s(&e.controller.name)),
                ("contact", s(&e.controller.privacy_contact)),
                ("jurisdiction", s(&e.jurisdiction)),
            ],
        ),
    )
}

/// The event's wording in its other languages: every gap named (event file,
/// purpose or question or notice field, language); the default language fills
/// it on screen and the consent record names the language shown.
fn check_translations(w: Words, e: &Event) -> Check {
    const ID: &str = "translations";
    // The kiosk offers the event's languages (`[event] languages`, every
    // one the booth ships unless it says otherwise; F4): each is named, the
    // default first, translated in the event file or not.
    let mut languages = vec![e.default_language()];
    languages.extend(
        e.languages
            .iter()
            .copied()
            .filter(|l| *l != e.default_language()),
    );
    let names: Vec<&str> = languages.iter().map(|l| l.code()).collect();
    let missing = e.missing_translations();
    if missing.is_empty() {
        return Check::ok(
            ID,
            w.f(
                m::DOCTOR_TRANSLATIONS_OK,
                [
                    ("languages", s(names.join(", "))),
                    ("default", s(&e.language)),
                ],
            ),
        );
    }
    // Per language, the keys under its [translation.<code>] it lacks: the
    // event file's own spelling, so the frame alone is in the staff language.
    let list: Vec<String> = crate::config::gaps_by_language(&missing)
        .into_iter()
        .map(|(lang, keys)| {
            w.f(
                m::DOCTOR_TRANSLATIONS_LANGUAGE,
                [
                    (
                        "language",
                        s(crate::i18n::language_name(crate::i18n::staff(), lang)),
                    ),
                    ("code", s(lang.code())),
                    ("count", num(keys.len() as u64)),
                    ("keys", s(keys.join(", "))),
                ],
            )
        })
        .collect();
    Check::warn(
        ID,
        w.f(
            m::DOCTOR_TRANSLATIONS_MISSING,
            [
                ("file", s(&e.source)),
                ("count", num(missing.len() as u64)),
                // `…; Français …` spaced as the staff language spaces it.
                (
                    "list",
                    s(crate::i18n::join_semicolon(crate::i18n::staff(), &list)),
                ),
            ],
        ),
        w.t(m::DOCTOR_TRANSLATIONS_MISSING_FIX),
    )
}

fn check_terminal(w: Words, no_color: bool) -> Check {
    const ID: &str = "terminal";
    let env_off = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let is_tty = out::stdout_is_terminal();
    let colours = w.t(if env_off {
        m::DOCTOR_COLOURS_NO_COLOR
    } else if no_color {
        m::DOCTOR_COLOURS_FLAG
    } else if !is_tty {
        m::DOCTOR_COLOURS_NOT_TTY
    } else {
        m::DOCTOR_COLOURS_ON
    });
    let colours = || ("colours", s(&colours));
    if !is_tty {
        return Check::ok(ID, w.f(m::DOCTOR_TERMINAL_NOT_TTY, [colours()]));
    }
    let (min_w, min_h) = MIN_TERMINAL;
    let least = || [("width", s(min_w)), ("height", s(min_h))];
    // A pseudo-terminal nobody sized reports 0x0: as good as unknown.
    let size = ratatui::crossterm::terminal::size().and_then(|(cols, rows)| {
        if cols == 0 || rows == 0 {
            Err(std::io::Error::other(w.t(m::DOCTOR_TERMINAL_ZERO)))
        } else {
            Ok((cols, rows))
        }
    });
    match size {
        Err(e) => Check::warn(
            ID,
            w.f(m::DOCTOR_TERMINAL_UNKNOWN, [("error", s(e)), colours()]),
            w.f(m::DOCTOR_TERMINAL_UNKNOWN_FIX, least()),
        ),
        Ok((cols, rows)) if cols < min_w || rows < min_h => Check::warn(
            ID,
            w.f(
                m::DOCTOR_TERMINAL_SMALL,
                [
                    ("size", s(format!("{cols}x{rows}"))),
                    ("least", s(format!("{min_w}x{min_h}"))),
                    colours(),
                ],
            ),
            w.t(m::DOCTOR_TERMINAL_SMALL_FIX),
        ),
        Ok((cols, rows)) => Check::ok(
            ID,
            w.f(
                m::DOCTOR_TERMINAL_OK,
                [("size", s(format!("{cols}x{rows}"))), colours()],
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_urls_are_spotted() {
        assert!(is_example_url("https://example.org/privacy"));
        assert!(is_example_url("http://www.EXAMPLE.com"));
        assert!(is_example_url("https://example.net:8443/x"));
        assert!(!is_example_url("https://example.organic.test/p"));
        assert!(!is_example_url("https://acme.test/privacy"));
    }

    #[test]
    fn mode_problems_name_the_file_and_mode() {
        if !cfg!(unix) {
            return;
        }
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("f");
        std::fs::write(&f, "x").unwrap();
        let set = |m| std::fs::set_permissions(&f, std::fs::Permissions::from_mode(m)).unwrap();
        set(0o600);
        assert_eq!(mode_problem(Words(Language::En), &f, 0o600), None);
        set(0o644);
        let p = mode_problem(Words(Language::En), &f, 0o600).unwrap();
        assert!(p.contains("0644") && p.contains("other users"), "{p}");
        set(0o400);
        assert!(
            mode_problem(Words(Language::En), &f, 0o600)
                .unwrap()
                .contains("owner")
        );
    }

    #[test]
    fn lines_have_status_label_message_and_fix() {
        let c = Check::warn("signing_key", "no key", "run `leadbooth keys init`");
        let line = |c: &Check| {
            let (word, text) = render_line(c, Words(Language::En), 13);
            word + &text
        };
        assert_eq!(
            line(&c),
            "WARN  signing key   no key -- run `leadbooth keys init`"
        );
        assert_eq!(line(&Check::ok("event", "x")), "ok    event         x");
    }
}
