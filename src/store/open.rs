//! Opening a database the leadbooth way (pragmas, kind and version checks,
//! numbered migrations), and the booth database's device id.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};
use uuid::Uuid;

use super::{Damage, Result, Store, StoreError};
use crate::lead::{now_utc, rfc3339};
use crate::paths::DataDir;

/// The booth schema's migrations, in order. Append only; never edit a released one.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("../../migrations/0001_booth.sql")),
    M::up(include_str!("../../migrations/0002_batches.sql")),
    M::up(include_str!("../../migrations/0003_show_floor.sql")),
    M::up(include_str!("../../migrations/0004_consent_record.sql")),
    M::up(include_str!("../../migrations/0005_rights.sql")),
    M::up(include_str!("../../migrations/0006_recapture.sql")),
    M::up(include_str!("../../migrations/0007_search.sql")),
    M::up(include_str!("../../migrations/0008_language_asked.sql")),
];

/// How long a writer waits for another process's transaction (the TUI and a CLI
/// command on the same data dir), in milliseconds.
pub const BUSY_TIMEOUT_MS: u32 = 10_000;

/// Like [`super::sql_error`], but a file that is not an SQLite database or is
/// damaged becomes [`StoreError::Corrupt`]: for opening and inspecting a file.
pub(super) fn sql_or_corrupt(
    path: &Path,
    doing: &'static str,
) -> impl Fn(rusqlite::Error) -> StoreError + use<> {
    let path = path.to_owned();
    move |source| {
        let corrupt = matches!(
            source.sqlite_error_code(),
            Some(rusqlite::ErrorCode::NotADatabase) | Some(rusqlite::ErrorCode::DatabaseCorrupt)
        );
        if corrupt {
            StoreError::Corrupt {
                path: path.clone(),
                detail: Damage::Sqlite(source.to_string()),
            }
        } else {
            StoreError::Sqlite {
                path: path.clone(),
                doing,
                source,
            }
        }
    }
}

/// Refuses, as [`StoreError::Corrupt`], what SQLite would take for a new,
/// empty database and make one over (branch i18nstore):
///
/// - a file of one byte: SQLite's unix layer reads it as empty (it writes
///   such a byte, `S`, into a new file on an MS-DOS file system), so a
///   `leadbooth.sqlite3` holding "x" was silently replaced by `leads list`
///   (seen by branch i18nio). A file of two bytes or more SQLite refuses
///   itself. `S` is refused too: it is also a database cut after its first
///   byte.
/// - an empty or missing file beside a `-wal` that is not empty: opening it
///   deletes the write-ahead log, and with it the leads saved since the
///   last checkpoint.
///
/// A file that cannot be read here is left for the open to report.
fn refuse_what_sqlite_would_replace(path: &Path) -> Result<()> {
    let len = std::fs::metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    let corrupt = |detail: Damage| StoreError::Corrupt {
        path: path.to_owned(),
        detail,
    };
    if len == Some(1) {
        return Err(corrupt(Damage::OneByte));
    }
    if len.unwrap_or(0) == 0 {
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        let wal = PathBuf::from(wal);
        if let Some(bytes) = std::fs::metadata(&wal)
            .ok()
            .map(|m| m.len())
            .filter(|n| *n > 0)
        {
            return Err(corrupt(Damage::LogWithoutFile {
                wal,
                bytes,
                missing: len.is_none(),
            }));
        }
    }
    Ok(())
}

/// Creates the data dir (mode 0700) if it is missing.
pub(super) fn create_data_dir(data: &DataDir) -> Result<()> {
    crate::fsutil::create_private_dir(data.root()).map_err(|source| StoreError::DataDir {
        path: data.root().to_owned(),
        source,
    })
}

/// Opens (creating if needed, mode 0600) the SQLite file at `path` the way every
/// leadbooth database is opened: busy timeout, a check that it is not newer than
/// `migrations`, damaged or of another kind (`application_id`: 0 for the booth
/// store), then WAL, `synchronous=FULL`, foreign keys, `secure_delete`, and the
/// migrations. Shared by [`Store`] and the central import's database.
pub(crate) fn open_connection(
    path: &Path,
    migrations: &[M<'static>],
    application_id: i32,
) -> Result<Connection> {
    refuse_what_sqlite_would_replace(path)?;
    if !path.exists() {
        // Create the file ourselves so it is 0600 from its first byte; SQLite
        // gives the -wal and -shm files the same mode.
        crate::fsutil::private_file_options()
            .create(true)
            .truncate(false)
            .open(path)
            .map_err(|source| StoreError::DataDir {
                path: path.to_owned(),
                source,
            })?;
    }
    let sql = |doing| sql_or_corrupt(path, doing);
    let mut conn = Connection::open(path).map_err(sql("opening"))?;
    conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS.into()))
        .map_err(sql("setting busy timeout"))?;
    // Read before writing anything: a damaged or newer database is left as it is.
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(sql("reading schema version"))?;
    // A database of the other kind (booth vs central) is refused before anything
    // is written.
    let found_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(sql("reading application id"))?;
    if version > 0 && found_id != application_id {
        return Err(StoreError::OtherKind {
            path: path.to_owned(),
            found: found_id,
            expected: application_id,
        });
    }
    if version > migrations.len() as i64 {
        return Err(StoreError::TooNew {
            path: path.to_owned(),
            found: version,
            known: migrations.len(),
        });
    }
    let app_tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(sql("reading schema"))?;
    if version == 0 && app_tables > 0 {
        return Err(StoreError::Corrupt {
            path: path.to_owned(),
            detail: Damage::NoSchemaVersion,
        });
    }
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(sql("enabling WAL"))?;
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(sql("setting synchronous=FULL"))?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(sql("enabling foreign keys"))?;
    // Erased personal data must not linger in freed pages of the file.
    conn.pragma_update(None, "secure_delete", "ON")
        .map_err(sql("enabling secure_delete"))?;
    migrate(&mut conn, migrations).map_err(|e| match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => sql("migrating")(err),
        other => StoreError::Corrupt {
            path: path.to_owned(),
            detail: Damage::Sqlite(other.to_string()),
        },
    })?;
    if found_id != application_id {
        conn.pragma_update(None, "application_id", application_id)
            .map_err(sql("setting application id"))?;
    }
    Ok(conn)
}

/// Held while a process opens a database (integrity check, WAL, migrations,
/// the device id): an exclusive `flock` on the database's folder, so two
/// commands started at once on a brand-new data dir (or two imports into a new
/// central file) set it up one after the other, never "table already exists"
/// or a lock timeout between half-made schemas. Held for milliseconds, never
/// while a command works. Best effort: a folder that cannot be opened is not
/// locked.
pub(crate) struct SetupLock {
    _dir: Option<std::fs::File>,
}

impl SetupLock {
    /// Waits for the setup lock of the folder holding `db`.
    pub(crate) fn acquire(db: &Path) -> Self {
        let dir = match db.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let file = std::fs::File::open(dir).ok().filter(|f| f.lock().is_ok());
        SetupLock { _dir: file }
    }
}

/// Runs the pending migrations. Two processes opening a new database at once
/// (two commands on a brand-new data dir, two imports into a new central file)
/// both see version 0: each migration runs in a `BEGIN IMMEDIATE` transaction, so
/// the second waits for the first to commit and then fails on a table that
/// exists; the schema it finds then is the latest, which is all it wanted.
fn migrate(conn: &mut Connection, migrations: &[M<'static>]) -> rusqlite_migration::Result<()> {
    let latest = migrations.len() as i64;
    let migrations = Migrations::from_slice(migrations);
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
    let mut tries = 0;
    let done = loop {
        match migrations.to_latest(conn) {
            Ok(()) => break Ok(()),
            Err(e) => {
                let now: i64 = conn
                    .query_row("PRAGMA user_version", [], |r| r.get(0))
                    .unwrap_or(-1);
                if now == latest {
                    break Ok(());
                }
                tries += 1;
                if tries >= 3 {
                    break Err(e);
                }
            }
        }
    };
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Deferred);
    done
}

impl Store {
    /// Opens (creating if needed) the booth database in `data`: the folder 0700, the
    /// file 0600, WAL, `synchronous=FULL`, foreign keys, busy timeout, migrations,
    /// and the device id minted on first run.
    ///
    /// Errors: [`StoreError::Corrupt`] or [`StoreError::TooNew`] before anything
    /// is written; IO and SQLite errors naming the path.
    pub fn open(data: &DataDir) -> Result<Self> {
        create_data_dir(data)?;
        Self::open_file(&data.database())
    }

    /// Opens the database at `path` (see [`Store::open`]); its folder must exist.
    /// An existing file is first checked: one that cannot be written is
    /// [`StoreError::ReadOnly`], one that fails `PRAGMA quick_check` is
    /// [`StoreError::Damaged`], both before anything is written to it.
    pub fn open_file(path: &Path) -> Result<Self> {
        let _setup = SetupLock::acquire(path);
        if path.is_file() {
            if let Err(source) = std::fs::OpenOptions::new().append(true).open(path) {
                let read_only = source.kind() == std::io::ErrorKind::PermissionDenied
                    || source.kind() == std::io::ErrorKind::ReadOnlyFilesystem;
                if read_only {
                    return Err(StoreError::ReadOnly {
                        path: path.to_owned(),
                        source,
                    });
                }
            }
            if let Some(problem) = super::health::quick_check(path)? {
                return Err(StoreError::Damaged {
                    path: path.to_owned(),
                    problem,
                });
            }
        }
        let mut conn = open_connection(path, MIGRATIONS, 0)?;
        let device_id = Self::ensure_device(&mut conn).map_err(|source| StoreError::Sqlite {
            path: path.to_owned(),
            doing: "reading device id",
            source,
        })?;
        let mut store = Store {
            conn,
            path: path.to_owned(),
            device_id,
            read_only: false,
        };
        store.build_search_index()?;
        Ok(store)
    }

    /// Opens the existing booth database in `data` read-only: for reading what
    /// is on a damaged database ([`StoreError::Damaged`]) or on a read-only
    /// file system. Nothing is created, migrated or written; on a read-only file
    /// system (where SQLite cannot make the WAL index) the file is read as
    /// immutable. Every write through the store fails.
    ///
    /// Errors: a missing database, a schema version other than this build's
    /// (it must be migrated by a writable open first), SQLite errors naming the
    /// path.
    pub fn open_read_only(data: &DataDir) -> Result<Self> {
        let path = data.database();
        let sql = |doing| sql_or_corrupt(&path, doing);
        if !path.is_file() {
            return Err(StoreError::DataDir {
                path: path.clone(),
                source: std::io::Error::from(std::io::ErrorKind::NotFound),
            });
        }
        let conn = read_only_connection(&path)?;
        let found: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(sql("reading schema version"))?;
        if found != SCHEMA_VERSION {
            return Err(StoreError::Corrupt {
                path: path.clone(),
                detail: Damage::SchemaVersion {
                    found,
                    expected: SCHEMA_VERSION,
                },
            });
        }
        let device: String = conn
            .query_row("SELECT device_id FROM device WHERE id = 1", [], |r| {
                r.get(0)
            })
            .map_err(sql("reading device id"))?;
        Ok(Store {
            conn,
            device_id: Uuid::parse_str(&device).unwrap_or_default(),
            path,
            read_only: true,
        })
    }

    /// Whether it was opened with [`Store::open_read_only`].
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    fn ensure_device(conn: &mut Connection) -> rusqlite::Result<Uuid> {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let existing: Option<String> = tx
            .query_row("SELECT device_id FROM device WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?;
        let id = match existing {
            Some(s) => Uuid::parse_str(&s).unwrap_or_default(),
            None => {
                let id = Uuid::new_v4();
                tx.execute(
                    "INSERT INTO device (id, device_id, created_at) VALUES (1, ?1, ?2)",
                    params![id.to_string(), rfc3339(&now_utc())],
                )?;
                id
            }
        };
        tx.commit()?;
        Ok(id)
    }
}

/// The schema version this build migrates a database to (the number of migrations).
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// A read-only connection to the database at `path`, with the store's busy
/// timeout: the one way the store opens a file it must not change (the
/// read-only store, `doctor`'s integrity check, the quick check before a
/// write). When a plain read-only open cannot read it (the folder or the WAL's
/// shared-memory file is not writable: a read-only medium or mount), it is
/// opened as immutable instead.
///
/// Errors: SQLite errors naming the path ([`StoreError::Corrupt`] for a file
/// that is not a database).
pub(super) fn read_only_connection(path: &Path) -> Result<Connection> {
    use rusqlite::OpenFlags;
    refuse_what_sqlite_would_replace(path)?;
    let sql = |doing| sql_or_corrupt(path, doing);
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let readable = |c: &Connection| c.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0));
    let conn = match Connection::open_with_flags(path, flags).and_then(|c| readable(&c).map(|_| c))
    {
        Ok(c) => c,
        Err(_) => {
            let mut uri = String::from("file:");
            for c in path.to_string_lossy().chars() {
                match c {
                    '%' | '?' | '#' => uri.push_str(&format!("%{:02X}", c as u32)),
                    c => uri.push(c),
                }
            }
            uri.push_str("?immutable=1");
            Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
                .map_err(sql("opening read-only"))?
        }
    };
    conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS.into()))
        .map_err(sql("setting busy timeout"))?;
    Ok(conn)
}
