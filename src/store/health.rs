//! The read-only health check behind `leadbooth doctor`: safe on a damaged file
//! and alongside a running booth.

use rusqlite::OptionalExtension as _;
use std::path::Path;

use super::Result;
use super::open::sql_or_corrupt;

/// What a read-only look at a database file found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DbHealth {
    /// `PRAGMA user_version`: the schema version the file was last migrated to.
    pub schema_version: i64,
    /// `PRAGMA integrity_check` findings; empty when the check said `ok`.
    pub problems: Vec<String>,
    /// Leads on file (erased ones included), when the table can be read.
    pub leads: Option<u64>,
    /// Pre-registered attendees on file, when the table can be read.
    pub attendees: Option<u64>,
    /// The kiosk staff PIN's stored hash, when one is set and the settings can
    /// be read (`Some(None)`: readable, no PIN set).
    pub kiosk_pin_hash: Option<Option<String>>,
}

/// Opens the database at `path` read-only and runs `PRAGMA integrity_check`. Never
/// creates, migrates, checkpoints or repairs anything, so it is safe on a damaged
/// file and alongside a running booth.
///
/// Errors: [`StoreError::Corrupt`](super::StoreError::Corrupt) when the file is not an SQLite database or is
/// too damaged to read at all; other SQLite errors naming the path.
pub fn inspect_read_only(path: &Path) -> Result<DbHealth> {
    let sql = |doing| sql_or_corrupt(path, doing);
    let conn = super::open::read_only_connection(path)?;
    let schema_version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(sql("reading schema version"))?;
    let mut stmt = conn
        .prepare("PRAGMA integrity_check(20)")
        .map_err(sql("checking integrity"))?;
    let problems = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(sql("checking integrity"))?
        .into_iter()
        .filter(|line| line != "ok")
        .collect();
    let leads = conn
        .query_row("SELECT count(*) FROM leads", [], |r| r.get::<_, i64>(0))
        .ok()
        .and_then(|n| u64::try_from(n).ok());
    let attendees = conn
        .query_row("SELECT count(*) FROM attendees", [], |r| r.get::<_, i64>(0))
        .ok()
        .and_then(|n| u64::try_from(n).ok());
    let kiosk_pin_hash = conn
        .query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [crate::pin::PIN_SETTING],
            |r| r.get::<_, String>(0),
        )
        .optional()
        .ok();
    Ok(DbHealth {
        schema_version,
        problems,
        leads,
        attendees,
        kiosk_pin_hash,
    })
}

/// `PRAGMA quick_check` on a read-only connection: the first problem it finds,
/// `None` when the file is sound. Made before anything writes to a database
/// (the booth and the writing commands), so a damaged file stays as it is.
///
/// Errors: SQLite errors naming the path, other than damage (which is the
/// answer, not an error).
pub fn quick_check(path: &Path) -> Result<Option<String>> {
    let sql = |doing| sql_or_corrupt(path, doing);
    let conn = super::open::read_only_connection(path)?;
    let found = conn
        .prepare("PRAGMA quick_check(1)")
        .and_then(|mut st| st.query_row([], |r| r.get::<_, String>(0)));
    match found {
        Ok(line) if line == "ok" => Ok(None),
        Ok(line) => Ok(Some(line)),
        // Damage the check itself runs into is its answer; a file that is not
        // an SQLite database at all stays `Corrupt` (nothing to read there).
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            Ok(Some(e.to_string()))
        }
        Err(e) => Err(sql("checking integrity")(e)),
    }
}
