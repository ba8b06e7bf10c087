//! `leadbooth doctor`: is this laptop ready for the show? One line per check with a
//! status word (ok / WARN / FAIL) and, for anything not ok, what to do.
//!
//! Doctor only reads: it never creates the data dir, never opens the database for
//! writing (a damaged file stays exactly as it is) and works beside a running booth.
//! Exit status: 1 when any check is FAIL (or WARN, with `--strict`), else 0.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

mod volume;

use crate::batch::key_id_hex;
use crate::cli::out::{self, Paint};
use crate::config::{ConfigSource, Event};
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

/// `leadbooth doctor`.
#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Print the checks as a JSON array (id, status, message, fix) for scripts
    #[arg(long)]
    pub json: bool,
    /// Exit 1 on warnings too, not only on failures
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
    fn label(&self) -> &'static str {
        match self.id {
            "data_dir" => "data dir",
            "database_mode" => "database",
            "database_integrity" => "integrity",
            "database_schema" => "schema",
            "space_data" => "free space",
            "space_export" => "export target",
            "signing_key" => "signing key",
            "public_key" => "public key",
            "event" => "event",
            "policy" => "policy",
            "notice" => "notice",
            "translations" => "languages",
            "terminal" => "terminal",
            "data_volume" => "data volume",
            "encryption" => "encryption",
            "attendee_list" => "attendees",
            "kiosk_pin" => "kiosk PIN",
            other => other,
        }
    }
}

impl DoctorArgs {
    /// Runs every check and prints the report.
    pub fn run(self, ctx: &Session) -> anyhow::Result<ExitCode> {
        let checks = run_checks(ctx);
        if self.json {
            out::json_pretty(&checks)?;
        } else {
            let colour = !ctx.no_color && out::stdout_is_terminal();
            for c in &checks {
                let (word, text) = render_line(c);
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

/// `ok    data dir      /home/sam/.local/share/leadbooth (mode 0700)`, with the fix
/// after ` -- ` when not ok: the status word (padded, coloured by
/// [`out::status_line`]) and the rest (sanitised there).
fn render_line(c: &Check) -> (String, String) {
    let word = format!("{:<4}  ", c.status.word());
    let mut text = format!("{:<13} {}", c.label(), c.message);
    if let Some(fix) = &c.fix {
        text.push_str(" -- ");
        text.push_str(fix);
    }
    (word, text)
}

/// Every check, in the order they are shown.
pub fn run_checks(ctx: &Session) -> Vec<Check> {
    let data = &ctx.data;
    let mut checks = vec![check_data_dir(data.root()), check_database_mode(data)];
    checks.extend(check_database_contents(&data.database()));
    checks.push(check_space(
        "space_data",
        data.root(),
        "data dir",
        "free some space on this disk: the booth needs room to save leads",
    ));
    let event = Event::resolve(ctx.config.as_deref());
    checks.push(check_export_target(
        data,
        event.as_ref().ok().and_then(|e| e.export_dir.as_deref()),
    ));
    checks.push(check_volume(data.root()));
    checks.extend(check_keys(&data.keys()));
    checks.extend(check_event(&event));
    if let Ok(e) = &event {
        checks.push(check_translations(e));
        checks.push(check_encryption(e));
        checks.push(check_attendees(
            &data.database(),
            e,
            chrono::Utc::now().date_naive(),
        ));
    }
    checks.push(check_kiosk_pin(&data.database()));
    checks.push(check_terminal(ctx.no_color));
    checks
}

/// What is wrong with a file or folder's Unix mode for private data, if anything.
/// `want` is 0o700 for folders, 0o600 for files.
fn mode_problem(path: &Path, want: u32) -> Option<String> {
    let mode = crate::fsutil::mode_of(path).ok().flatten()?;
    if mode & 0o077 != 0 {
        Some(format!(
            "{} has mode {mode:04o}: other users can read it (should be {want:04o})",
            path.display()
        ))
    } else if mode & want != want {
        Some(format!(
            "{} has mode {mode:04o}: its owner cannot use it (should be {want:04o})",
            path.display()
        ))
    } else {
        None
    }
}

fn mode_text(path: &Path) -> String {
    match crate::fsutil::mode_of(path) {
        Ok(Some(m)) => format!(" (mode {m:04o})"),
        _ => String::new(),
    }
}

fn check_data_dir(root: &Path) -> Check {
    const ID: &str = "data_dir";
    match std::fs::metadata(root) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Check::warn(
            ID,
            format!("{} does not exist yet", root.display()),
            "it is created on first use: run `leadbooth keys init`, or start the booth once",
        ),
        Err(e) => Check::fail(
            ID,
            format!("cannot read {}: {e}", root.display()),
            "check the path and its permissions, or pass --data-dir DIR",
        ),
        Ok(m) if !m.is_dir() => Check::fail(
            ID,
            format!("{} is not a folder", root.display()),
            "move it away or pass --data-dir DIR",
        ),
        Ok(_) => match mode_problem(root, 0o700) {
            Some(p) => Check::fail(ID, p, format!("run: chmod 700 '{}'", root.display())),
            None => Check::ok(ID, format!("{}{}", root.display(), mode_text(root))),
        },
    }
}

/// The database file and its `-wal` / `-shm` companions must be 0600.
fn check_database_mode(data: &DataDir) -> Check {
    const ID: &str = "database_mode";
    let db = data.database();
    if !db.exists() {
        return Check::ok(
            ID,
            format!(
                "{} not created yet (the booth creates it on first start)",
                db.display()
            ),
        );
    }
    if !db.is_file() {
        return Check::fail(
            ID,
            format!("{} is not a file", db.display()),
            "move it away; the booth then starts a new database",
        );
    }
    let files: Vec<PathBuf> = ["", "-wal", "-shm"]
        .iter()
        .map(|suffix| PathBuf::from(format!("{}{suffix}", db.display())))
        .filter(|p| p.exists())
        .collect();
    let problems: Vec<String> = files
        .iter()
        .filter_map(|f| mode_problem(f, 0o600))
        .collect();
    if problems.is_empty() {
        Check::ok(ID, format!("{}{}", db.display(), mode_text(&db)))
    } else {
        let quoted: Vec<String> = files.iter().map(|f| format!("'{}'", f.display())).collect();
        Check::fail(
            ID,
            problems.join("; "),
            format!("run: chmod 600 {}", quoted.join(" ")),
        )
    }
}

const DAMAGED_FIX: &str = "do not start the booth on it (it and the writing commands refuse it): save what is readable with `leadbooth export --out DIR` (a batch, not recorded in the damaged file), keep a copy of the file, then move it out of the data dir (the booth then starts a new database with a new device id)";

/// Integrity and schema version, from a read-only look at the database.
fn check_database_contents(db: &Path) -> [Check; 2] {
    const INTEGRITY: &str = "database_integrity";
    const SCHEMA: &str = "database_schema";
    if !db.is_file() {
        return [
            Check::ok(INTEGRITY, "no database yet: nothing to check"),
            Check::ok(
                SCHEMA,
                format!("no database yet; this build writes schema version {SCHEMA_VERSION}"),
            ),
        ];
    }
    let health: DbHealth = match crate::store::inspect_read_only(db) {
        Ok(h) => h,
        Err(e) => {
            let integrity = match &e {
                StoreError::Corrupt { detail, .. } => Check::fail(
                    INTEGRITY,
                    format!(
                        "{} is not an SQLite database or is too damaged to open ({detail})",
                        db.display()
                    ),
                    DAMAGED_FIX,
                ),
                other => Check::fail(
                    INTEGRITY,
                    format!("cannot read the database: {other}"),
                    "check the file's owner and permissions; if a booth is running, retry when it is idle",
                ),
            };
            return [
                integrity,
                Check::warn(
                    SCHEMA,
                    "not checked: the database cannot be read",
                    "see the integrity check above",
                ),
            ];
        }
    };
    let integrity = if health.problems.is_empty() {
        let leads = health
            .leads
            .map(|n| format!(", {n} leads"))
            .unwrap_or_default();
        Check::ok(INTEGRITY, format!("integrity check passed{leads}"))
    } else {
        Check::fail(
            INTEGRITY,
            format!(
                "{} failed the integrity check ({} problem{}; first: {})",
                db.display(),
                health.problems.len(),
                if health.problems.len() == 1 { "" } else { "s" },
                health.problems[0]
            ),
            DAMAGED_FIX,
        )
    };
    let v = health.schema_version;
    let schema = if v > SCHEMA_VERSION {
        Check::fail(
            SCHEMA,
            format!("schema version {v} is newer than this build's ({SCHEMA_VERSION})"),
            "install the newer leadbooth that wrote it; this one will not open it",
        )
    } else if v == SCHEMA_VERSION {
        Check::ok(SCHEMA, format!("schema version {v}, this build's"))
    } else {
        Check::ok(
            SCHEMA,
            format!(
                "schema version {v}; upgraded to {SCHEMA_VERSION} when the booth next opens it"
            ),
        )
    };
    [integrity, schema]
}

/// The pre-registered attendee list: how many are on file and when the
/// automatic purge after the event removes them.
fn check_attendees(db: &Path, event: &Event, today: chrono::NaiveDate) -> Check {
    const ID: &str = "attendee_list";
    let count = if db.is_file() {
        crate::store::inspect_read_only(db)
            .ok()
            .and_then(|h| h.attendees)
            .unwrap_or(0)
    } else {
        0
    };
    attendee_check(ID, count, event, today)
}

fn attendee_check(id: &'static str, count: u64, event: &Event, today: chrono::NaiveDate) -> Check {
    let due = event.attendee_purge_day();
    let after = |d: chrono::NaiveDate| {
        format!(
            "purged automatically on {d} ({} days after the event's last day, {})",
            event.attendee_list_days,
            event.last_day.map(|l| l.to_string()).unwrap_or_default()
        )
    };
    match (count, due) {
        (0, Some(d)) => Check::ok(
            id,
            format!("no attendee list on file; a list loaded is {}", after(d)),
        ),
        (0, None) => Check::ok(id, "no attendee list on file"),
        (n, Some(d)) if today >= d => Check::warn(
            id,
            format!("{n} attendee(s) on file; the purge was due on {d}"),
            "start the booth once or run `leadbooth attendees purge` to remove the list",
        ),
        (n, Some(d)) => Check::ok(id, format!("{n} attendee(s) on file, {}", after(d))),
        (n, None) => Check::warn(
            id,
            format!("{n} attendee(s) on file, kept with no end: the event sets no last_day"),
            "set last_day (and attendee_list_days) under [event], or run `leadbooth attendees purge` after the show",
        ),
    }
}

/// Whether a kiosk staff PIN is set: `leadbooth --kiosk` does not start
/// without one (staff mode does not need it, so its absence is no warning).
fn check_kiosk_pin(db: &Path) -> Check {
    const ID: &str = "kiosk_pin";
    let stored = if db.is_file() {
        crate::store::inspect_read_only(db)
            .ok()
            .and_then(|h| h.kiosk_pin_hash)
    } else {
        Some(None)
    };
    match stored {
        None => Check::warn(
            ID,
            "cannot tell whether a kiosk PIN is set: the booth settings cannot be read",
            "see the database lines above",
        ),
        Some(None) => Check::ok(
            ID,
            "not set: `leadbooth --kiosk` needs one before it starts (`leadbooth kiosk set-pin`); staff mode does not",
        ),
        Some(Some(hash)) if crate::pin::is_valid_hash(&hash) => Check::ok(
            ID,
            "set (stored as a salted Argon2id hash); the kiosk can start",
        ),
        Some(Some(_)) => Check::warn(
            ID,
            "the stored kiosk PIN hash is damaged: `leadbooth --kiosk` will not start",
            "set the PIN again with `leadbooth kiosk set-pin`",
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

fn human_bytes(n: u64) -> String {
    const GIB: u64 = 1024 * MIB;
    if n >= GIB {
        format!("{:.1} GiB", n as f64 / GIB as f64)
    } else {
        format!("{} MiB", n / MIB)
    }
}

fn check_space(id: &'static str, path: &Path, what: &str, fix: &str) -> Check {
    let at = existing_ancestor(path);
    match fs4::available_space(&at) {
        Err(e) => Check::warn(
            id,
            format!("cannot measure free space at {}: {e}", at.display()),
            "check the disk by hand (df -h)",
        ),
        Ok(n) => {
            let msg = format!("{} free for the {what} ({})", human_bytes(n), at.display());
            if n < LOW_SPACE_FAIL {
                Check::fail(id, msg, fix)
            } else if n < LOW_SPACE_WARN {
                Check::warn(
                    id,
                    format!("{msg}, under {}", human_bytes(LOW_SPACE_WARN)),
                    fix,
                )
            } else {
                Check::ok(id, msg)
            }
        }
    }
}

/// The event's `export_dir`, else `exports/` in the data dir.
fn check_export_target(data: &DataDir, configured: Option<&Path>) -> Check {
    const ID: &str = "space_export";
    let fix =
        "free some space there, or export to another folder with `leadbooth export --out DIR`";
    match configured {
        Some(dir) if !dir.exists() => Check::warn(
            ID,
            format!(
                "{} (export_dir in the event file) does not exist",
                dir.display()
            ),
            "plug in or mount it before exporting, or change export_dir in the event file",
        ),
        Some(dir) if !dir.is_dir() => Check::fail(
            ID,
            format!(
                "{} (export_dir in the event file) is not a folder",
                dir.display()
            ),
            "change export_dir in the event file",
        ),
        Some(dir) => check_space(ID, dir, "export target", fix),
        None => check_space(ID, &data.exports(), "exports", fix),
    }
}

/// Reads a small text file (a key); anything large or binary is not a key.
fn read_key_text(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if meta.len() > 64 * 1024 {
        return Err("far too large for a key".into());
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|_| "not text".into())
}

/// `keys/device.key` (0600, a minisign secret key) and `keys/device.pub` (a minisign
/// public key with the same key id).
fn check_keys(keys: &Path) -> [Check; 2] {
    const SECRET: &str = "signing_key";
    const PUBLIC: &str = "public_key";
    let sk_path = keys.join(SECRET_KEY_FILE);
    let pk_path = keys.join(PUBLIC_KEY_FILE);
    let init = "run `leadbooth keys init` and give the central team the public key (`leadbooth keys pubkey`) before the show, so they can trust this laptop's batches";

    // Some(key id) when the secret key could be read without a password.
    let mut secret_id: Option<String> = None;
    let secret = if !sk_path.exists() {
        Check::warn(
            SECRET,
            format!("no device signing key yet ({})", sk_path.display()),
            init,
        )
    } else if let Some(p) = mode_problem(keys, 0o700) {
        Check::fail(SECRET, p, format!("run: chmod 700 '{}'", keys.display()))
    } else if let Some(p) = mode_problem(&sk_path, 0o600) {
        Check::fail(
            SECRET,
            p,
            format!(
                "run: chmod 600 '{}'; if others could have copied it, make a new key and send the new {PUBLIC_KEY_FILE} to the central team",
                sk_path.display()
            ),
        )
    } else {
        let parsed = read_key_text(&sk_path).and_then(|text| {
            match minisign::SecretKeyBox::from_string(&text)
                .and_then(|b| b.into_unencrypted_secret_key())
            {
                Ok(sk) => Ok(Some(key_id_hex(sk.keynum()))),
                // Never prompt for a password here: an encrypted key is fine as it is.
                Err(e) if e.to_string().contains("encrypted") => Ok(None),
                Err(e) => Err(e.to_string()),
            }
        });
        match parsed {
            Ok(Some(id)) => {
                let c = Check::warn(
                    SECRET,
                    format!(
                        "{} key id {id}{}, not protected by a passphrase: whoever takes this laptop can sign batches the central team accepts",
                        sk_path.display(),
                        mode_text(&sk_path)
                    ),
                    "protect it: `leadbooth keys init --force --passphrase` (then give the new device.pub to the central team); the booth asks for the passphrase at export time",
                );
                secret_id = Some(id);
                c
            }
            Ok(None) => {
                let id = read_key_text(&pk_path)
                    .ok()
                    .and_then(|t| minisign::PublicKeyBox::from_string(&t).ok())
                    .and_then(|b| b.into_public_key().ok())
                    .map(|pk| format!(" key id {}", key_id_hex(pk.keynum())))
                    .unwrap_or_default();
                Check::ok(
                    SECRET,
                    format!(
                        "{}{id} password-protected{}",
                        sk_path.display(),
                        mode_text(&sk_path)
                    ),
                )
            }
            Err(e) => Check::fail(
                SECRET,
                format!("{} is not a minisign secret key ({e})", sk_path.display()),
                "restore it from your backup, or make a new key with `leadbooth keys init` and send the new public key to the central team",
            ),
        }
    };

    let public = if !pk_path.exists() {
        if sk_path.exists() {
            Check::fail(
                PUBLIC,
                format!("{} is missing", pk_path.display()),
                "restore it from your backup; the central team needs it to verify this laptop's batches",
            )
        } else {
            Check::warn(PUBLIC, format!("no {}", pk_path.display()), init)
        }
    } else {
        let parsed = read_key_text(&pk_path).and_then(|text| {
            minisign::PublicKeyBox::from_string(&text)
                .and_then(|b| b.into_public_key())
                .map(|pk| key_id_hex(pk.keynum()))
                .map_err(|e| e.to_string())
        });
        match parsed {
            Err(e) => Check::fail(
                PUBLIC,
                format!("{} is not a minisign public key ({e})", pk_path.display()),
                "restore it from your backup",
            ),
            Ok(id) => match &secret_id {
                Some(sid) if *sid != id => Check::fail(
                    PUBLIC,
                    format!(
                        "{} has key id {id} but the signing key is {sid}: they are not a pair",
                        pk_path.display()
                    ),
                    "restore the matching pair from your backup",
                ),
                _ => Check::ok(PUBLIC, format!("{} key id {id}", pk_path.display())),
            },
        }
    };
    [secret, public]
}

/// Whether the data dir is on an encrypted volume (see [`volume`]).
fn check_volume(root: &Path) -> Check {
    const ID: &str = "data_volume";
    let why = "a stolen laptop's disk can be read in any other computer: every lead, the signing key and the attendee list are on it";
    let fix = "keep the data dir on an encrypted volume: full-disk encryption (LUKS) when installing, or a LUKS container mounted for the data dir (README, \"Preparing a booth laptop\")";
    match volume::volume_of(&existing_ancestor(root)) {
        volume::Volume::Encrypted(name) => Check::ok(
            ID,
            format!(
                "{} is on an encrypted volume (dm-crypt {name})",
                root.display()
            ),
        ),
        volume::Volume::Other(what) => Check::ok(ID, format!("{} is on {what}", root.display())),
        volume::Volume::Plain { device, mount } => Check::warn(
            ID,
            format!(
                "{} is NOT on an encrypted volume ({device} at {mount}): {why}",
                root.display()
            ),
            fix,
        ),
        volume::Volume::Unknown(reason) => Check::warn(
            ID,
            format!(
                "cannot tell whether {} is on an encrypted volume: {reason}; {why}",
                root.display()
            ),
            fix,
        ),
    }
}

/// Whether batches will be encrypted: the event's `[encryption]` recipients.
fn check_encryption(event: &Event) -> Check {
    const ID: &str = "encryption";
    if event.recipients.is_empty() {
        return Check::warn(
            ID,
            "batches are written in plain text: the event file names no [encryption] recipients, so a lost USB stick exposes every lead",
            "ask the central team for their recipient (`leadbooth identity new` prints it) and add `[encryption] recipients = [\"age1…\"]` to the event file",
        );
    }
    let list: Vec<String> = event.recipients.iter().map(|r| r.short()).collect();
    Check::ok(
        ID,
        format!(
            "batches are encrypted to {} recipient(s): {}",
            list.len(),
            list.join(", ")
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

fn check_event(event: &Result<Event, crate::config::ConfigError>) -> [Check; 3] {
    const EVENT: &str = "event";
    const POLICY: &str = "policy";
    const NOTICE: &str = "notice";
    let e = match event {
        Err(err) => {
            return [
                Check::fail(
                    EVENT,
                    err.to_string(),
                    "fix the event file (`leadbooth init-event -` prints a documented example)",
                ),
                Check::warn(
                    POLICY,
                    "not checked: the event file did not load",
                    "see the event check above",
                ),
                Check::warn(
                    NOTICE,
                    "not checked: the event file did not load",
                    "see the event check above",
                ),
            ];
        }
        Ok(e) => e,
    };
    let required = e.purposes.iter().filter(|p| p.required).count();
    let summary = format!(
        "{} \"{}\" from {}: {} consent purposes ({required} required), {} questions",
        e.id,
        e.name,
        e.source,
        e.purposes.len(),
        e.questions.len()
    );
    let event_check = match &e.source {
        ConfigSource::BuiltinDemo => {
            let save_as = crate::paths::platform_event_file()
                .map(|p| format!(" or save it as {}", p.display()))
                .unwrap_or_default();
            Check::warn(
                EVENT,
                summary,
                format!(
                    "for a real show write an event file with `leadbooth init-event`, edit it, and pass --config FILE{save_as}"
                ),
            )
        }
        ConfigSource::File(_) => Check::ok(EVENT, summary),
    };
    let p = &e.policy;
    let date = p.last_updated_iso();
    let summary = format!(
        "version {}, last updated {}, {}",
        p.short_version(),
        date.as_deref().unwrap_or("not stated"),
        p.url
    );
    let sample = p.sha256 == crate::policy::sha256_hex(crate::policy::DEFAULT_POLICY.as_bytes());
    let policy_check = if sample {
        Check::warn(
            POLICY,
            format!("{summary}: the built-in SAMPLE policy (another company's 2012 document)"),
            "write your organisation's own policy, put it beside the event file and set [policy] file = \"privacy-policy.md\"",
        )
    } else if is_example_url(&p.url) {
        Check::warn(
            POLICY,
            summary,
            "set [policy] url in the event file to your real policy page: the QR code points there",
        )
    } else if date.is_none() {
        Check::warn(
            POLICY,
            summary,
            "add a \"Last Updated <date>\" line to the policy file so attendees see its date",
        )
    } else {
        Check::ok(POLICY, summary)
    };
    [event_check, policy_check, check_notice(e)]
}

/// The layered notice above the consent boxes: every field set in the event file.
fn check_notice(e: &Event) -> Check {
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
            format!(
                "the notice shown before consent lacks {}",
                missing.join(", ")
            ),
            "set them in the event file (`leadbooth init-event` asks for them); attendees must be told who you are, how long you keep their details, their rights, how to withdraw and where the details go",
        );
    }
    Check::ok(
        "notice",
        format!(
            "controller {} ({}), jurisdiction {}",
            e.controller.name, e.controller.privacy_contact, e.jurisdiction
        ),
    )
}

/// The event's wording in its other languages: every gap named (event file,
/// purpose or question or notice field, language); the default language fills
/// it on screen and the consent record names the language shown.
fn check_translations(e: &Event) -> Check {
    const ID: &str = "translations";
    let mut languages = vec![e.default_language()];
    languages.extend(
        e.translations
            .iter()
            .filter(|(_, t)| t.declared)
            .map(|(l, _)| *l),
    );
    languages.dedup();
    let names: Vec<&str> = languages.iter().map(|l| l.code()).collect();
    let missing = e.missing_translations();
    if missing.is_empty() {
        return Check::ok(
            ID,
            format!(
                "event wording in {} (default {})",
                names.join(", "),
                e.language
            ),
        );
    }
    let list: Vec<String> = missing.iter().map(ToString::to_string).collect();
    Check::warn(
        ID,
        format!(
            "event file {}: {} missing translation(s): {}",
            e.source,
            missing.len(),
            list.join("; ")
        ),
        "add them under [translation.<language>] in the event file (`leadbooth init-event -` shows the form); until then attendees who chose that language read the default language there",
    )
}

fn check_terminal(no_color: bool) -> Check {
    const ID: &str = "terminal";
    let env_off = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let is_tty = out::stdout_is_terminal();
    let colours = if env_off {
        "colours off (NO_COLOR is set)"
    } else if no_color {
        "colours off (--no-color)"
    } else if !is_tty {
        "colours off here (not a terminal); on in the booth"
    } else {
        "colours on (set NO_COLOR or pass --no-color for monochrome)"
    };
    if !is_tty {
        return Check::ok(
            ID,
            format!("standard output is not a terminal, size not checked; {colours}"),
        );
    }
    let (min_w, min_h) = MIN_TERMINAL;
    // A pseudo-terminal nobody sized reports 0x0: as good as unknown.
    let size = ratatui::crossterm::terminal::size().and_then(|(w, h)| {
        if w == 0 || h == 0 {
            Err(std::io::Error::other("it reports 0x0"))
        } else {
            Ok((w, h))
        }
    });
    match size {
        Err(e) => Check::warn(
            ID,
            format!("cannot read the terminal size ({e}); {colours}"),
            format!("make sure the booth's terminal is at least {min_w}x{min_h}"),
        ),
        Ok((w, h)) if w < min_w || h < min_h => Check::warn(
            ID,
            format!("{w}x{h}, smaller than the booth's {min_w}x{min_h}; {colours}"),
            "enlarge the window or use a smaller font",
        ),
        Ok((w, h)) => Check::ok(ID, format!("{w}x{h}; {colours}")),
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
        assert_eq!(mode_problem(&f, 0o600), None);
        set(0o644);
        let p = mode_problem(&f, 0o600).unwrap();
        assert!(p.contains("0644") && p.contains("other users"), "{p}");
        set(0o400);
        assert!(mode_problem(&f, 0o600).unwrap().contains("owner"));
    }

    #[test]
    fn lines_have_status_label_message_and_fix() {
        let c = Check::warn("signing_key", "no key", "run `leadbooth keys init`");
        let line = |c: &Check| {
            let (word, text) = render_line(c);
            word + &text
        };
        assert_eq!(
            line(&c),
            "WARN  signing key   no key -- run `leadbooth keys init`"
        );
        assert_eq!(line(&Check::ok("event", "x")), "ok    event         x");
    }
}
