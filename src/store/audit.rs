//! The append-only audit log: who did what, when (never personal data).

use rusqlite::{Transaction, params};

use super::{Result, Store};
use crate::lead::{now_utc, rfc3339};

/// One row of the append-only audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// Monotonic sequence number.
    pub seq: i64,
    /// When (RFC 3339 UTC).
    pub at: String,
    /// Who (staff name, OS user or `cli`).
    pub actor: String,
    /// What: `lead_saved`, `lead_added`, `lead_edited`, `lead_erased`, `consent_withdrawn`, `batch_exported`, ...
    pub action: String,
    /// The lead concerned, if any.
    pub lead_id: Option<String>,
    /// Details (field names, batch id), never personal data.
    pub detail: String,
}

impl Store {
    /// Appends one row to the audit log in a transaction of its own, for what
    /// happens outside the booth database but must be on its record (a device
    /// key made or replaced). `detail` names things (key ids), never personal data.
    pub fn record_audit(&mut self, actor: &str, action: &str, detail: &str) -> Result<()> {
        let (tx, e) = self.write_tx("writing the audit log")?;
        audit_row(&tx, actor, action, None, detail).map_err(&e)?;
        tx.commit().map_err(&e)
    }

    /// The audit log, oldest first.
    pub fn audit_log(&self) -> Result<Vec<AuditEntry>> {
        let mut st = self
            .conn
            .prepare("SELECT seq, at, actor, action, lead_id, detail FROM audit_log ORDER BY seq")
            .map_err(self.err("reading audit log"))?;
        let rows = st
            .query_map([], |r| {
                Ok(AuditEntry {
                    seq: r.get(0)?,
                    at: r.get(1)?,
                    actor: r.get(2)?,
                    action: r.get(3)?,
                    lead_id: r.get(4)?,
                    detail: r.get(5)?,
                })
            })
            .map_err(self.err("reading audit log"))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(self.err("reading audit log"))
    }
}

/// Appends one audit-log row inside `tx`: every write of the store calls this in
/// the transaction that makes the change.
pub(super) fn audit_row(
    tx: &Transaction<'_>,
    actor: &str,
    action: &str,
    lead_id: Option<&str>,
    detail: &str,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO audit_log (at, actor, action, lead_id, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![rfc3339(&now_utc()), actor, action, lead_id, detail],
    )
    .map(|_| ())
}
