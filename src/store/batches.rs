//! The batches ledger (tables of migrations/0002_batches.sql): which batches were
//! written, what each lead was exported in, and which erasures are still to go out.
//!
//! An export reads through an [`ExportSnapshot`]: one read transaction in which
//! the selection, the chain head and every row streamed are one consistent view.
//! Once the batch folder is durably in place, [`Store::record_export`] records
//! the batch and marks exactly that selection exported, in one write transaction.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::audit::audit_row;
use super::erasures::erasure_from_row;
use super::{Result, Store, StoreError};
use crate::erasure::ErasureRecord;
use crate::lead::{Lead, rfc3339};

/// Which leads a batch holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Leads new or changed since the previous batch (the default).
    Incremental,
    /// Every lead of the event (`export --all`): the central side sees repeats.
    All,
}

impl Scope {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Incremental => "incremental",
            Scope::All => "all",
        }
    }
}

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

/// The selected erasure rows `(kind, lead_id, purpose, at, by)` in the order they
/// were recorded.
const SELECTED_ERASURES: &str = "SELECT kind, lead_id, purpose, at, by, channel FROM erasures
     WHERE id IN (SELECT id FROM temp.batch_erasures) ORDER BY id";

pub(super) const SELECT_BATCH: &str =
    "SELECT seq, batch_id, folder, target, event_id, key_id, created_at,
    scope, sums_sha256, lead_count, erasure_count FROM batches";

impl Store {
    /// Counts what the next export of `event_id` would contain.
    pub fn pending_export(&self, event_id: &str, all: bool) -> Result<Pending> {
        let e = self.err("counting leads to export");
        let leads: i64 = self
            .conn
            .query_row(
                &format!(
                    "SELECT count(*) FROM leads l LEFT JOIN lead_revisions r ON r.lead_id = l.lead_id
                     WHERE {LEAD_SELECTION}"
                ),
                params![event_id, all],
                |r| r.get(0),
            )
            .map_err(&e)?;
        let erasures: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM erasures WHERE ?1 OR exported_in IS NULL",
                params![all],
                |r| r.get(0),
            )
            .map_err(&e)?;
        let other_events: i64 = self
            .conn
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

    /// Every batch this device wrote, oldest first.
    pub fn batches(&self) -> Result<Vec<BatchRecord>> {
        let e = self.err("reading batches");
        let mut st = self
            .conn
            .prepare(&format!("{SELECT_BATCH} ORDER BY seq"))
            .map_err(&e)?;
        let rows = st.query_map([], batch_from_row).map_err(&e)?;
        rows.collect::<rusqlite::Result<_>>().map_err(&e)
    }

    /// Starts an export of `event_id` (with `all`, every lead of the event, not
    /// only the new and changed ones): opens one read snapshot and selects in it
    /// what the batch takes. Everything read through the snapshot is that one
    /// view, whatever the booth writes meanwhile; changes made after it began go
    /// out in the next batch.
    pub fn export_snapshot(&self, event_id: &str, all: bool) -> Result<ExportSnapshot<'_>> {
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(self.err("starting the export"))?;
        let sel = self.err("selecting leads to export");
        let last = last_batch(&tx).map_err(&sel)?;
        let (leads, erasures) = select(&tx, event_id, all).map_err(&sel)?;
        Ok(ExportSnapshot {
            store: self,
            tx,
            last,
            leads,
            erasures,
        })
    }

    /// Records `batch` and marks the leads and erasures of `selection` as
    /// exported in it, in one transaction with a `batch_exported` audit-log row.
    /// Call it once the batch folder is durably in place.
    ///
    /// Errors: [`StoreError::SeqTaken`] (changing nothing) if another export
    /// recorded `batch.seq` meanwhile; SQLite errors naming the database.
    pub fn record_export(
        &mut self,
        _selection: ExportSelection,
        batch: &BatchRecord,
        actor: &str,
    ) -> Result<()> {
        let (tx, e) = self.write_tx("recording the batch")?;
        let max: i64 = tx
            .query_row("SELECT coalesce(max(seq), 0) FROM batches", [], |r| {
                r.get(0)
            })
            .map_err(&e)?;
        if max as u64 + 1 != batch.seq {
            return Err(StoreError::SeqTaken {
                seq: batch.seq,
                latest: max as u64,
            });
        }
        insert_batch(&tx, batch).map_err(&e)?;
        tx.execute(
            "INSERT INTO lead_exports (lead_id, seq, updated_at, revision)
             SELECT lead_id, ?1, updated_at, revision FROM temp.batch_leads WHERE true
             ON CONFLICT (lead_id) DO UPDATE SET
                 seq = excluded.seq, updated_at = excluded.updated_at, revision = excluded.revision",
            params![batch.seq as i64],
        )
        .map_err(&e)?;
        tx.execute(
            "INSERT OR IGNORE INTO lead_batches (lead_id, seq)
             SELECT lead_id, ?1 FROM temp.batch_leads WHERE true",
            params![batch.seq as i64],
        )
        .map_err(&e)?;
        tx.execute(
            "UPDATE erasures SET exported_in = ?1
             WHERE exported_in IS NULL AND id IN (SELECT id FROM temp.batch_erasures)",
            params![batch.seq as i64],
        )
        .map_err(&e)?;
        audit_row(
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
        clear_selection(&self.conn);
        Ok(())
    }
}

/// One export's read snapshot (see [`Store::export_snapshot`]): the chain head,
/// how much is selected, and the selected leads and erasures, streamed. Dropping
/// it abandons the export; [`ExportSnapshot::finish`] ends the snapshot and keeps
/// the selection for [`Store::record_export`].
pub struct ExportSnapshot<'s> {
    store: &'s Store,
    tx: Transaction<'s>,
    last: Option<BatchRecord>,
    leads: u64,
    erasures: u64,
}

impl std::fmt::Debug for ExportSnapshot<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExportSnapshot")
            .field("last", &self.last)
            .field("leads", &self.leads)
            .field("erasures", &self.erasures)
            .finish_non_exhaustive()
    }
}

impl ExportSnapshot<'_> {
    /// The latest batch as of the snapshot (the chain head), if any.
    pub fn last(&self) -> Option<&BatchRecord> {
        self.last.as_ref()
    }

    /// Leads selected.
    pub fn lead_count(&self) -> u64 {
        self.leads
    }

    /// Erasures and withdrawals selected.
    pub fn erasure_count(&self) -> u64 {
        self.erasures
    }

    /// Calls `f` with every selected lead, oldest first, streaming from the
    /// database so memory stays bounded. The first error (from `f` or the
    /// database) stops the stream and is returned.
    pub fn for_each_lead<E: From<StoreError>>(
        &self,
        f: impl FnMut(Lead) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        self.store.query_leads(
            "WHERE l.lead_id IN (SELECT lead_id FROM temp.batch_leads)",
            params![],
            f,
        )
    }

    /// Calls `f` with every selected erasure and withdrawal, in the order they
    /// were recorded. The first error (from `f` or the database) stops.
    ///
    /// Errors: [`StoreError::BadErasure`] for a damaged row.
    pub fn for_each_erasure<E: From<StoreError>>(
        &self,
        mut f: impl FnMut(ErasureRecord) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let e = self.store.err("reading what to export");
        let mut st = self.tx.prepare(SELECTED_ERASURES).map_err(&e)?;
        let mut rows = st.query([]).map_err(&e)?;
        while let Some(row) = rows.next().map_err(&e)? {
            let record = erasure_from_row(row).map_err(|detail| StoreError::BadErasure {
                lead_id: row.get::<_, String>(1).unwrap_or_default(),
                detail,
            })?;
            f(record)?;
        }
        Ok(())
    }

    /// Ends the read snapshot. The selection stays, to be marked exported by
    /// [`Store::record_export`] once the batch is written.
    pub fn finish(self) -> Result<ExportSelection> {
        let e = self.store.err("ending the export snapshot");
        self.tx.commit().map_err(e)?;
        Ok(ExportSelection(()))
    }
}

/// What an ended [`ExportSnapshot`] selected (it stays in the store's
/// connection), to hand to [`Store::record_export`]: only an ended snapshot can
/// be recorded.
#[derive(Debug)]
#[must_use = "an export whose selection is not recorded is exported again next time"]
pub struct ExportSelection(());

/// Fills the temporary tables `temp.batch_leads (lead_id, updated_at, revision)`
/// and `temp.batch_erasures (id)` with what this export takes, and returns their
/// sizes. Run inside the export's read transaction, so the selection, the rows
/// streamed and the counts are one snapshot.
fn select(conn: &Connection, event_id: &str, all: bool) -> rusqlite::Result<(u64, u64)> {
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
fn clear_selection(conn: &Connection) {
    let _ = conn.execute_batch("DELETE FROM temp.batch_leads; DELETE FROM temp.batch_erasures;");
}

/// The latest batch, if any.
fn last_batch(conn: &Connection) -> rusqlite::Result<Option<BatchRecord>> {
    conn.query_row(
        &format!("{SELECT_BATCH} ORDER BY seq DESC LIMIT 1"),
        [],
        batch_from_row,
    )
    .optional()
}

fn insert_batch(tx: &Transaction<'_>, batch: &BatchRecord) -> rusqlite::Result<()> {
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
            rfc3339(&batch.created_at),
            batch.scope.as_str(),
            batch.sums_sha256,
            batch.lead_count as i64,
            batch.erasure_count as i64,
        ],
    )
    .map(|_| ())
}

pub(super) fn batch_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<BatchRecord> {
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
