//! The facts `leadbooth report` reads from the central SQLite file (see
//! [`crate::stats`] for what is computed from them).

use rusqlite::params;

use super::super::stored::StoredConsent;
use super::{Result, SqliteCentral, bad_row, sql, time, uuid};
use crate::stats::{BatchFact, GapFact, LeadFact, RemovalFact, RemovalKind};

impl SqliteCentral {
    pub(super) fn read_report_events(&mut self) -> Result<Vec<(String, String)>> {
        self.conn
            .prepare(
                "SELECT event_id, event_name FROM batches b
                 WHERE imported_at = (SELECT max(imported_at) FROM batches x WHERE x.event_id = b.event_id)
                 GROUP BY event_id ORDER BY event_id",
            )
            .and_then(|mut st| {
                st.query_map([], |r| r.try_into())?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(sql(&self.path, "reading the events"))
    }

    pub(super) fn read_report_leads(
        &mut self,
        event_id: &str,
        visit: &mut dyn FnMut(&LeadFact),
    ) -> Result<()> {
        let err = sql(&self.path, "reading the event's leads");
        let mut st = self
            .conn
            .prepare(
                "SELECT lead_id, contact_id, device_id, captured_at, captured_by, rating,
                    policy_sha256, consents
                 FROM source_leads WHERE event_id = ?1 ORDER BY captured_at, lead_id",
            )
            .map_err(&err)?;
        let mut rows = st.query(params![event_id]).map_err(&err)?;
        while let Some(r) = rows.next().map_err(&err)? {
            let id: String = r.get(0).map_err(&err)?;
            let bad =
                |field, e: String| bad_row(&self.location, format_args!("lead {id}"), field, e);
            let text = |i: usize| r.get::<_, String>(i).map_err(&err);
            let rating: Option<String> = r.get(5).map_err(&err)?;
            let stored: Vec<StoredConsent> =
                serde_json::from_str(&text(7)?).map_err(|e| bad("consents", e.to_string()))?;
            visit(&LeadFact {
                lead_id: uuid(&id).map_err(|e| bad("lead_id", e))?,
                contact_id: Some(uuid(&text(1)?).map_err(|e| bad("contact_id", e))?),
                device_id: uuid(&text(2)?).map_err(|e| bad("device_id", e))?,
                captured_at: time(&text(3)?).map_err(|e| bad("captured_at", e))?,
                captured_by: text(4)?,
                rating: super::super::rating_of(rating)
                    .map_err(|e| bad_row(&self.location, format_args!("lead {id}"), "rating", e))?,
                policy_sha256: text(6)?,
                consents: stored.iter().map(StoredConsent::stats_fact).collect(),
            });
        }
        Ok(())
    }

    pub(super) fn read_report_batches(
        &mut self,
        event_id: &str,
    ) -> Result<(Vec<BatchFact>, Vec<GapFact>)> {
        let err = sql(&self.path, "reading the event's batches");
        type Row6 = (String, i64, String, String, i64, i64);
        let rows: Vec<Row6> = self
            .conn
            .prepare(
                "SELECT device_id, seq, created_at, imported_at, lead_count, erasure_count
                 FROM batches WHERE event_id = ?1 ORDER BY device_id, seq",
            )
            .and_then(|mut st| {
                st.query_map([event_id], |r| r.try_into())?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(&err)?;
        let bad = |row: &str, field, e: String| bad_row(&self.location, row, field, e);
        let mut batches = Vec::with_capacity(rows.len());
        for (device, seq, created, imported, leads, erasures) in rows {
            let row = format!("batch {seq} of device {device}");
            batches.push(BatchFact {
                device_id: uuid(&device).map_err(|e| bad(&row, "device_id", e))?,
                seq: seq as u64,
                created_at: time(&created).map_err(|e| bad(&row, "created_at", e))?,
                imported_at: time(&imported).map_err(|e| bad(&row, "imported_at", e))?,
                leads: leads as u64,
                erasures: erasures as u64,
            });
        }
        let rows: Vec<(String, i64, Option<String>)> = self
            .conn
            .prepare(
                "SELECT device_id, seq, filled_at FROM gaps
                 WHERE device_id IN (SELECT device_id FROM batches WHERE event_id = ?1)
                 ORDER BY device_id, seq",
            )
            .and_then(|mut st| {
                st.query_map([event_id], |r| r.try_into())?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(&err)?;
        let mut gaps = Vec::with_capacity(rows.len());
        for (device, seq, filled) in rows {
            let row = format!("gap {seq} of device {device}");
            gaps.push(GapFact {
                device_id: uuid(&device).map_err(|e| bad(&row, "device_id", e))?,
                seq: seq as u64,
                filled_at: filled
                    .map(|f| time(&f))
                    .transpose()
                    .map_err(|e| bad(&row, "filled_at", e))?,
            });
        }
        Ok((batches, gaps))
    }

    pub(super) fn read_report_removals(&mut self, event_id: &str) -> Result<Vec<RemovalFact>> {
        let rows: Vec<(String, String, Option<String>)> = self
            .conn
            .prepare(
                "SELECT 'erasure', e.erased_at, NULL FROM erased_leads e
                    JOIN batches b ON b.batch_id = e.batch_id WHERE b.event_id = ?1
                 UNION ALL
                 SELECT 'withdrawal', w.at, w.purpose FROM withdrawals w
                    JOIN batches b ON b.batch_id = w.batch_id WHERE b.event_id = ?1
                 ORDER BY 2",
            )
            .and_then(|mut st| {
                st.query_map([event_id], |r| r.try_into())?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(sql(&self.path, "reading the event's erasures"))?;
        rows.into_iter()
            .map(|(kind, at, purpose)| {
                Ok(RemovalFact {
                    kind: if kind == "erasure" {
                        RemovalKind::Erasure
                    } else {
                        RemovalKind::Withdrawal
                    },
                    at: time(&at)
                        .map_err(|e| bad_row(&self.location, format_args!("{kind}"), "at", e))?,
                    purpose,
                })
            })
            .collect()
    }
}
