//! The facts `leadbooth report` reads from a PostgreSQL central store (the
//! same as `sqlite/report.rs` reads from the file; see [`crate::stats`]).

use chrono::{DateTime, Utc};
use postgres::types::Json;
use uuid::Uuid;

use super::super::stored::StoredConsent;
use super::{PostgresCentral, Result, bad_row, pg};
use crate::stats::{BatchFact, GapFact, LeadFact, RemovalFact, RemovalKind};

impl PostgresCentral {
    pub(super) fn read_report_events(&mut self) -> Result<Vec<(String, String)>> {
        Ok(self
            .client
            .query(
                "SELECT DISTINCT ON (event_id) event_id, event_name FROM batches
                 ORDER BY event_id, imported_at DESC",
                &[],
            )
            .map_err(pg(&self.location, "reading the events"))?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect())
    }

    pub(super) fn read_report_leads(
        &mut self,
        event_id: &str,
        visit: &mut dyn FnMut(&LeadFact),
    ) -> Result<()> {
        let location = self.location.clone();
        let rows = self
            .client
            .query(
                "SELECT lead_id, contact_id, device_id, captured_at, captured_by, rating,
                    policy_sha256, consents
                 FROM source_leads WHERE event_id = $1 ORDER BY captured_at, lead_id",
                &[&event_id],
            )
            .map_err(pg(&location, "reading the event's leads"))?;
        for r in &rows {
            let id: Uuid = r.get(0);
            let bad = |field, e: String| bad_row(&location, format_args!("lead {id}"), field, e);
            let Json(stored) = r
                .try_get::<_, Json<Vec<StoredConsent>>>(7)
                .map_err(|e| bad("consents", e.to_string()))?;
            visit(&LeadFact {
                lead_id: id,
                contact_id: Some(r.get(1)),
                device_id: r.get(2),
                captured_at: r.get(3),
                captured_by: r.get(4),
                rating: super::super::rating_of(r.get(5))
                    .map_err(|e| bad_row(&location, format_args!("lead {id}"), "rating", e))?,
                policy_sha256: r.get(6),
                consents: stored.iter().map(StoredConsent::stats_fact).collect(),
            });
        }
        Ok(())
    }

    pub(super) fn read_report_batches(
        &mut self,
        event_id: &str,
    ) -> Result<(Vec<BatchFact>, Vec<GapFact>)> {
        let e = pg(&self.location, "reading the event's batches");
        let batches = self
            .client
            .query(
                "SELECT device_id, seq, created_at, imported_at, lead_count, erasure_count
                 FROM batches WHERE event_id = $1 ORDER BY device_id, seq",
                &[&event_id],
            )
            .map_err(&e)?
            .iter()
            .map(|r| BatchFact {
                device_id: r.get(0),
                seq: r.get::<_, i64>(1) as u64,
                created_at: r.get(2),
                imported_at: r.get(3),
                leads: r.get::<_, i64>(4) as u64,
                erasures: r.get::<_, i64>(5) as u64,
            })
            .collect();
        let gaps = self
            .client
            .query(
                "SELECT device_id, seq, filled_at FROM gaps
                 WHERE device_id IN (SELECT device_id FROM batches WHERE event_id = $1)
                 ORDER BY device_id, seq",
                &[&event_id],
            )
            .map_err(&e)?
            .iter()
            .map(|r| GapFact {
                device_id: r.get(0),
                seq: r.get::<_, i64>(1) as u64,
                filled_at: r.get::<_, Option<DateTime<Utc>>>(2),
            })
            .collect();
        Ok((batches, gaps))
    }

    pub(super) fn read_report_removals(&mut self, event_id: &str) -> Result<Vec<RemovalFact>> {
        Ok(self
            .client
            .query(
                "SELECT 'erasure'::text, e.erased_at, NULL::text FROM erased_leads e
                    JOIN batches b ON b.batch_id = e.batch_id WHERE b.event_id = $1
                 UNION ALL
                 SELECT 'withdrawal'::text, w.at, w.purpose FROM withdrawals w
                    JOIN batches b ON b.batch_id = w.batch_id WHERE b.event_id = $1
                 ORDER BY 2",
                &[&event_id],
            )
            .map_err(pg(&self.location, "reading the event's erasures"))?
            .iter()
            .map(|r| RemovalFact {
                kind: if r.get::<_, &str>(0) == "erasure" {
                    RemovalKind::Erasure
                } else {
                    RemovalKind::Withdrawal
                },
                at: r.get(1),
                purpose: r.get(2),
            })
            .collect())
    }
}
