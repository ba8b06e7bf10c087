//! The booth database's record of batches (tables of migrations/0002_batches.sql):
//! which batches were written, what each lead was exported in, and which erasures
//! are still to go out.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use super::manifest::Scope;
use super::write::BatchError;
use crate::store::{Store, StoreError};

/// One written batch, as recorded in the `batches` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchRecord {
    /// 1, 2, 3, ... per device.
    pub seq: u64,
    /// UUIDv7.
    pub batch_id: Uuid,
    /// The folder name.
    pub folder: String,
    /// The folder it was written into.
    pub target: String,
    /// The event id.
    pub event_id: String,
    /// The signing key id.
    pub key_id: String,
    /// When it was written.
    pub created_at: DateTime<Utc>,
    /// Incremental or all.
    pub scope: Scope,
    /// SHA-256 of its `SHA256SUMS` bytes: the next batch's `previous`.
    pub sums_sha256: String,
    /// Leads in it.
    pub lead_count: u64,
    /// Erasures and withdrawals in it.
    pub erasure_count: u64,
}

/// What the next export would contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pending {
    /// Leads of the event never exported, or changed since their last batch (or
    /// all of the event's leads, for `--all`). Erased leads are never exported:
    /// their erasure record is.
    pub leads: u64,
    /// Erasures and withdrawals not yet in a batch (or all, for `--all`).
    pub erasures: u64,
    /// Leads of other events not yet exported: they go out when the export runs
    /// with their event's configuration.
    pub other_events: u64,
}

impl Pending {
    /// True when an export would write nothing.
    pub fn is_empty(&self) -> bool {
        self.leads == 0 && self.erasures == 0
    }
}

/// The `WHERE` clause over `leads l` (joined with `lead_revisions r`) selecting
/// what an export takes: `?1` = event id, `?2` = all.
const LEAD_SELECTION: &str = "l.event_id = ?1 AND l.erased_at IS NULL
    AND (?2 OR NOT EXISTS (SELECT 1 FROM lead_exports x
                           WHERE x.lead_id = l.lead_id AND x.revision = coalesce(r.revision, 0)))";

pub(crate) fn sql_err(
    store: &Store,
    doing: &'static str,
) -> impl Fn(rusqlite::Error) -> StoreError + use<> {
    crate::store::sql_error(store.path(), doing)
}

/// Counts what the next export of `event_id` would contain.
pub fn pending(store: &Store, event_id: &str, all: bool) -> Result<Pending, StoreError> {
    let e = sql_err(store, "counting leads to export");
    let conn = store.conn();
    let leads: i64 = conn
        .query_row(
            &format!(
                "SELECT count(*) FROM leads l LEFT JOIN lead_revisions r ON r.lead_id = l.lead_id
                 WHERE {LEAD_SELECTION}"
            ),
            params![event_id, all],
            |r| r.get(0),
        )
        .map_err(&e)?;
    let erasures: i64 = conn
        .query_row(
            "SELECT count(*) FROM erasures WHERE ?1 OR exported_in IS NULL",
            params![all],
            |r| r.get(0),
        )
        .map_err(&e)?;
    let other_events: i64 = conn
        .query_row(
            "SELECT count(*) FROM leads l
             WHERE l.event_id <> ?1 AND l.erased_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM lead_exports x WHERE x.lead_id = l.lead_id)",
            params![event_id],
            |r| r.get(0),
        )
        .map_err(&e)?;
    Ok(Pending {
        leads: leads as u64,
        erasures: erasures as u64,
        other_events: other_events as u64,
    })
}

/// Fills the temporary tables `temp.batch_leads (lead_id, updated_at, revision)`
/// and `temp.batch_erasures (id)` with what this export takes, and returns their
/// sizes. Run inside the export's read transaction, so the selection, the rows
/// streamed and the counts are one snapshot.
pub(crate) fn select(conn: &Connection, event_id: &str, all: bool) -> rusqlite::Result<(u64, u64)> {
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS batch_leads (
             lead_id TEXT PRIMARY KEY, updated_at TEXT NOT NULL, revision INTEGER NOT NULL);
         CREATE TEMP TABLE IF NOT EXISTS batch_erasures (id INTEGER PRIMARY KEY);
         DELETE FROM temp.batch_leads;
         DELETE FROM temp.batch_erasures;",
    )?;
    let leads = conn.execute(
        &format!(
            "INSERT INTO temp.batch_leads (lead_id, updated_at, revision)
             SELECT l.lead_id, l.updated_at, coalesce(r.revision, 0)
             FROM leads l LEFT JOIN lead_revisions r ON r.lead_id = l.lead_id
             WHERE {LEAD_SELECTION}"
        ),
        params![event_id, all],
    )?;
    let erasures = conn.execute(
        "INSERT INTO temp.batch_erasures (id)
         SELECT id FROM erasures WHERE ?1 OR exported_in IS NULL",
        params![all],
    )?;
    Ok((leads as u64, erasures as u64))
}

/// Empties the temporary selection once the batch is recorded (best effort: the
/// next export empties it anyway).
pub(crate) fn clear_selection(conn: &Connection) {
    let _ = conn.execute_batch("DELETE FROM temp.batch_leads; DELETE FROM temp.batch_erasures;");
}

/// Streams the selected erasure rows `(kind, lead_id, purpose, at, by)` in the
/// order they were recorded.
pub(crate) const SELECTED_ERASURES: &str = "SELECT kind, lead_id, purpose, at, by FROM erasures
     WHERE id IN (SELECT id FROM temp.batch_erasures) ORDER BY id";

/// The latest batch, if any.
pub(crate) fn last(conn: &Connection) -> rusqlite::Result<Option<BatchRecord>> {
    conn.query_row(
        &format!("{SELECT_BATCH} ORDER BY seq DESC LIMIT 1"),
        [],
        from_row,
    )
    .optional()
}

/// Every batch this device wrote, oldest first.
pub fn batches(store: &Store) -> Result<Vec<BatchRecord>, StoreError> {
    let e = sql_err(store, "reading batches");
    let mut st = store
        .conn()
        .prepare(&format!("{SELECT_BATCH} ORDER BY seq"))
        .map_err(&e)?;
    let rows = st.query_map([], from_row).map_err(&e)?;
    rows.collect::<rusqlite::Result<_>>().map_err(&e)
}

const SELECT_BATCH: &str = "SELECT seq, batch_id, folder, target, event_id, key_id, created_at,
    scope, sums_sha256, lead_count, erasure_count FROM batches";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<BatchRecord> {
    let bad = |i: usize, e: String| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into())
    };
    let batch_id: String = r.get(1)?;
    let created_at: String = r.get(6)?;
    let scope: String = r.get(7)?;
    Ok(BatchRecord {
        seq: r.get::<_, i64>(0)? as u64,
        batch_id: Uuid::parse_str(&batch_id).map_err(|e| bad(1, e.to_string()))?,
        folder: r.get(2)?,
        target: r.get(3)?,
        event_id: r.get(4)?,
        key_id: r.get(5)?,
        created_at: created_at.parse().map_err(|e| bad(6, format!("{e}")))?,
        scope: match scope.as_str() {
            "all" => Scope::All,
            _ => Scope::Incremental,
        },
        sums_sha256: r.get(8)?,
        lead_count: r.get::<_, i64>(9)? as u64,
        erasure_count: r.get::<_, i64>(10)? as u64,
    })
}

/// Records `batch` and marks the selected leads and erasures as exported in it, in
/// one transaction with an audit-log row. Refuses (changing nothing) if another
/// batch took `batch.seq` meanwhile.
pub(crate) fn record(
    store: &mut Store,
    batch: &BatchRecord,
    actor: &str,
) -> Result<(), BatchError> {
    let e = sql_err(store, "recording the batch");
    let tx = store
        .conn_mut()
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(&e)?;
    let max: i64 = tx
        .query_row("SELECT coalesce(max(seq), 0) FROM batches", [], |r| {
            r.get(0)
        })
        .map_err(&e)?;
    if max as u64 + 1 != batch.seq {
        return Err(BatchError::SeqTaken {
            seq: batch.seq,
            latest: max as u64,
        });
    }
    tx.execute(
        "INSERT INTO batches (seq, batch_id, folder, target, event_id, key_id, created_at, scope,
             sums_sha256, lead_count, erasure_count)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            batch.seq as i64,
            batch.batch_id.to_string(),
            batch.folder,
            batch.target,
            batch.event_id,
            batch.key_id,
            crate::lead::rfc3339(&batch.created_at),
            batch.scope.as_str(),
            batch.sums_sha256,
            batch.lead_count as i64,
            batch.erasure_count as i64,
        ],
    )
    .map_err(&e)?;
    tx.execute(
        "INSERT INTO lead_exports (lead_id, seq, updated_at, revision)
         SELECT lead_id, ?1, updated_at, revision FROM temp.batch_leads WHERE true
         ON CONFLICT (lead_id) DO UPDATE SET
             seq = excluded.seq, updated_at = excluded.updated_at, revision = excluded.revision",
        params![batch.seq as i64],
    )
    .map_err(&e)?;
    tx.execute(
        "UPDATE erasures SET exported_in = ?1
         WHERE exported_in IS NULL AND id IN (SELECT id FROM temp.batch_erasures)",
        params![batch.seq as i64],
    )
    .map_err(&e)?;
    crate::store::audit(
        &tx,
        actor,
        "batch_exported",
        None,
        &format!(
            "batch {} seq {} folder {} leads {} erasures {} scope {}",
            batch.batch_id,
            batch.seq,
            batch.folder,
            batch.lead_count,
            batch.erasure_count,
            batch.scope.as_str()
        ),
    )
    .map_err(&e)?;
    tx.commit().map_err(&e)?;
    Ok(())
}
