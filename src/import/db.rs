//! The central database (`--into FILE`): its own schema and migrations
//! (`migrations/central/`), opened like the booth store (0600, WAL,
//! `synchronous=FULL`, foreign keys, `secure_delete`, too-new and damaged files
//! left untouched).

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use rusqlite_migration::M;

use crate::store::{StoreError, open_connection};

/// The central schema's migrations, in order. Append only; never edit a released one.
const MIGRATIONS: &[M<'static>] = &[M::up(include_str!(
    "../../migrations/central/0001_central.sql"
))];

/// The central schema version this build migrates to.
pub const CENTRAL_SCHEMA_VERSION: usize = MIGRATIONS.len();

/// `PRAGMA application_id` of a central database ("LBC1"), so a booth database is
/// never mistaken for one (or the other way round).
pub const CENTRAL_APPLICATION_ID: i32 = 0x4c42_4331;

/// Page cache for the import, in KiB (SQLite's negative `cache_size`): enough for
/// the indexes of a few hundred thousand contacts, and a fixed bound on memory.
const CACHE_KIB: i64 = 64 * 1024;

/// The central database. Owns the only connection.
pub struct CentralDb {
    pub(super) conn: Connection,
    pub(super) path: PathBuf,
}

impl std::fmt::Debug for CentralDb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CentralDb")
            .field("path", &self.path)
            .finish()
    }
}

impl CentralDb {
    /// Opens (creating if missing, mode 0600) the central database at `path`; its
    /// folder must exist.
    ///
    /// Errors: [`StoreError::Corrupt`] (damaged, or a booth database),
    /// [`StoreError::TooNew`], IO and SQLite errors naming the path.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let conn = open_connection(path, MIGRATIONS, CENTRAL_APPLICATION_ID)?;
        let sql = |doing| crate::store::sql_error(path, doing);
        conn.pragma_update(None, "cache_size", -CACHE_KIB)
            .map_err(sql("setting cache size"))?;
        conn.set_prepared_statement_cache_capacity(64);
        Ok(CentralDb {
            conn,
            path: path.to_owned(),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The connection, for reports and tests.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// How many contacts are on file.
    pub fn contact_count(&self) -> Result<u64, StoreError> {
        self.conn
            .query_row("SELECT count(*) FROM contacts", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(crate::store::sql_error(&self.path, "counting contacts"))
    }
}
