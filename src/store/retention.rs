//! Retention: leads exported long enough ago become tombstones locally.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{Result, Store};
use crate::lead::{now_utc, rfc3339};

impl Store {
    /// Leads that retention allows to purge: exported (in their current revision)
    /// in a batch created more than `days` days before `now`, and not yet erased.
    pub fn purgeable_leads(&self, days: u32, now: DateTime<Utc>) -> Result<Vec<Uuid>> {
        let cutoff = rfc3339(&(now - chrono::Duration::days(i64::from(days))));
        let mut st = self
            .conn
            .prepare(
                "SELECT l.lead_id FROM leads l
                 JOIN lead_exports x ON x.lead_id = l.lead_id
                 JOIN batches b ON b.seq = x.seq
                 LEFT JOIN lead_revisions r ON r.lead_id = l.lead_id
                 WHERE l.erased_at IS NULL AND x.revision = coalesce(r.revision, 0)
                   AND b.created_at < ?1
                 ORDER BY l.captured_at, l.lead_id",
            )
            .map_err(self.err("finding leads past retention"))?;
        let ids: Vec<String> = st
            .query_map([cutoff], |r| r.get(0))
            .map_err(self.err("finding leads past retention"))?
            .collect::<rusqlite::Result<_>>()
            .map_err(self.err("finding leads past retention"))?;
        ids.iter()
            .map(|s| Uuid::parse_str(s).map_err(|e| self.bad_row(s, "lead_id", e)))
            .collect()
    }

    /// Retention, as the booth runs it at start and `leads purge` does: erases,
    /// locally, the leads exported more than `days` days ago (tombstones kept; no
    /// erasure is sent centrally). `None` (no `retention_days`) purges nothing.
    /// Returns how many.
    pub fn purge_past_retention(&mut self, days: Option<u32>, actor: &str) -> Result<usize> {
        let Some(days) = days else {
            return Ok(0);
        };
        let ids = self.purgeable_leads(days, now_utc())?;
        self.purge_leads(&ids, &format!("{actor} (retention {days} days)"))
    }

    /// Retention: turns the given leads into tombstones locally, like an erasure,
    /// but without queueing erasure records (the central side keeps its copy under
    /// its own retention). Audited as `lead_purged`. Returns how many.
    pub fn purge_leads(&mut self, leads: &[Uuid], actor: &str) -> Result<usize> {
        if leads.is_empty() {
            return Ok(0);
        }
        self.tombstone(leads, actor, "lead_purged", false)
    }
}
