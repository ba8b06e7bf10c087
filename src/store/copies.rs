//! Batch copies: which recorded batches carried a lead, and the removal of a
//! batch's copy inside the data dir (erasure and retention; the files are
//! removed by the `rights` use case, the ledger row and its hashes stay).

use rusqlite::params;
use uuid::Uuid;

use super::audit::audit_row;
use super::batches::{BatchRecord, SELECT_BATCH, batch_from_row};
use super::{Result, Store};
use crate::lead::{now_utc, rfc3339};

impl Store {
    /// The batches that carried any of `leads` and whose copy was not removed
    /// yet, oldest first.
    pub fn batches_holding(&self, leads: &[Uuid]) -> Result<Vec<BatchRecord>> {
        let e = self.err("finding the batches that hold a lead");
        let mut st = self
            .conn
            .prepare(&format!(
                "{SELECT_BATCH} WHERE copy_removed_at IS NULL
                   AND seq IN (SELECT seq FROM lead_batches WHERE lead_id = ?1)
                 ORDER BY seq"
            ))
            .map_err(&e)?;
        let mut out: Vec<BatchRecord> = Vec::new();
        for lead in leads {
            for b in st
                .query_map([lead.to_string()], batch_from_row)
                .map_err(&e)?
            {
                let b = b.map_err(&e)?;
                if !out.iter().any(|o| o.seq == b.seq) {
                    out.push(b);
                }
            }
        }
        out.sort_by_key(|b| b.seq);
        Ok(out)
    }

    /// Records that batch `seq`'s copy in the data dir was removed, and why
    /// (audited as `batch_copy_removed`).
    pub fn record_copy_removed(&mut self, seq: u64, actor: &str, why: &str) -> Result<()> {
        let (tx, e) = self.write_tx("recording a removed batch copy")?;
        tx.execute(
            "UPDATE batches SET copy_removed_at = ?2 WHERE seq = ?1",
            params![seq as i64, rfc3339(&now_utc())],
        )
        .map_err(&e)?;
        audit_row(
            &tx,
            actor,
            "batch_copy_removed",
            None,
            &format!("seq {seq}: {why}"),
        )
        .map_err(&e)?;
        tx.commit().map_err(&e)
    }
}
