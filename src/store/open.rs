//! Opening a database the leadbooth way (pragmas, kind and version checks,
//! numbered migrations), and the booth database's device id.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};
use uuid::Uuid;

use super::{Result, Store, StoreError};
use crate::lead::{now_utc, rfc3339};
use crate::paths::DataDir;

/// The booth schema's migrations, in order. Append only; never edit a released one.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("../../migrations/0001_booth.sql")),
    M::up(include_str!("../../migrations/0002_batches.sql")),
    M::up(include_str!("../../migrations/0003_show_floor.sql")),
    M::up(include_str!("../../migrations/0005_rights.sql")),
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
                detail: source.to_string(),
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
        return Err(StoreError::Corrupt {
            path: path.to_owned(),
            detail: format!(
                "its application id is {found_id:#010x}, not the {application_id:#010x} of the kind of database expected here (booth and central databases are not interchangeable)"
            ),
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
            detail: "it has tables but no leadbooth schema version".into(),
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
    Migrations::from_slice(migrations)
        .to_latest(&mut conn)
        .map_err(|e| match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => sql("migrating")(err),
            other => StoreError::Corrupt {
                path: path.to_owned(),
                detail: other.to_string(),
            },
        })?;
    if found_id != application_id {
        conn.pragma_update(None, "application_id", application_id)
            .map_err(sql("setting application id"))?;
    }
    Ok(conn)
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
    pub fn open_file(path: &Path) -> Result<Self> {
        let mut conn = open_connection(path, MIGRATIONS, 0)?;
        let device_id = Self::ensure_device(&mut conn).map_err(|source| StoreError::Sqlite {
            path: path.to_owned(),
            doing: "reading device id",
            source,
        })?;
        Ok(Store {
            conn,
            path: path.to_owned(),
            device_id,
        })
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
