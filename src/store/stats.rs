//! The booth's figures (statistics screen, `leadbooth stats`): one read
//! transaction streams the event's leads with their consent decisions into a
//! [`Tally`]; the counting itself is the domain's ([`crate::stats`]), shared
//! with the central office's report.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use rusqlite::params;
use uuid::Uuid;

use super::{Result, Store};
use crate::consent::Decision;
use crate::lead::Rating;
use crate::stats::{BoothStats, ConsentFact, ExportState, LastBatch, LeadFact, Tally};

impl Store {
    /// SQLite's `data_version`: it moves when another connection (a
    /// `leadbooth` command alongside the booth) commits a change, so a screen
    /// knows to read its figures again.
    pub fn data_version(&self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .map_err(self.err("reading the data version"))
    }

    /// The leads on file (not erased) of events other than `event_id`, by
    /// event id: what a figure for `event_id` leaves out, so a command run
    /// with the wrong event file (or none) can say whose leads are here.
    pub fn other_events(&self, event_id: &str) -> Result<Vec<(String, u64)>> {
        let e = self.err("counting other events' leads");
        let mut st = self
            .conn
            .prepare(
                "SELECT event_id, count(*) FROM leads
                 WHERE event_id <> ?1 AND erased_at IS NULL
                 GROUP BY event_id ORDER BY count(*) DESC, event_id",
            )
            .map_err(&e)?;
        let rows = st
            .query_map(params![event_id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
            })
            .map_err(&e)?;
        let mut out = Vec::new();
        for row in rows {
            let (id, n) = row.map_err(&e)?;
            out.push((id, u64::try_from(n).unwrap_or_default()));
        }
        Ok(out)
    }

    /// The figures for event `event_id` on this laptop, days and hours in
    /// `offset` (the laptop's local offset), purposes in the order `purposes`,
    /// `day` (else today) by the hour.
    /// One consistent snapshot: a save in between cannot make two figures
    /// disagree.
    pub fn booth_stats(
        &self,
        event_id: &str,
        purposes: &[String],
        offset: FixedOffset,
        (now, day): (DateTime<Utc>, Option<NaiveDate>),
    ) -> Result<BoothStats> {
        let e = self.err("reading the figures");
        let tx = self.conn.unchecked_transaction().map_err(&e)?;
        let mut tally = Tally::new(offset, purposes);
        let mut st = tx
            .prepare(
                "SELECT l.lead_id, l.device_id, l.captured_at, l.captured_by, l.rating,
                    l.policy_sha256, c.purpose, c.granted, c.withdrawn_at, c.expires_at
                 FROM leads l LEFT JOIN consents c ON c.lead_id = l.lead_id
                 WHERE l.event_id = ?1 AND l.erased_at IS NULL
                 ORDER BY l.rowid, c.position",
            )
            .map_err(&e)?;
        let mut rows = st.query(params![event_id]).map_err(&e)?;
        let mut current: Option<LeadFact> = None;
        while let Some(r) = rows.next().map_err(&e)? {
            let id: String = r.get(0).map_err(&e)?;
            let bad = |field, detail: String| self.bad_row(&id, field, detail);
            let lead_id = Uuid::parse_str(&id).map_err(|x| bad("lead_id", x.to_string()))?;
            if current.as_ref().is_none_or(|l| l.lead_id != lead_id) {
                if let Some(done) = current.take() {
                    tally.add(&done);
                }
                let device: String = r.get(1).map_err(&e)?;
                let rating: Option<String> = r.get(4).map_err(&e)?;
                current = Some(LeadFact {
                    lead_id,
                    contact_id: None,
                    device_id: Uuid::parse_str(&device)
                        .map_err(|x| bad("device_id", x.to_string()))?,
                    captured_at: time(&r.get::<_, String>(2).map_err(&e)?)
                        .map_err(|x| bad("captured_at", x))?,
                    captured_by: r.get(3).map_err(&e)?,
                    rating: match rating {
                        None => None,
                        Some(s) => {
                            Some(Rating::parse(&s).ok_or_else(|| bad("rating", format!("{s:?}")))?)
                        }
                    },
                    policy_sha256: r.get(5).map_err(&e)?,
                    consents: Vec::new(),
                });
            }
            let purpose: Option<String> = r.get(6).map_err(&e)?;
            if let (Some(purpose), Some(lead)) = (purpose, current.as_mut()) {
                let granted: bool = r.get(7).map_err(&e)?;
                let withdrawn: Option<String> = r.get(8).map_err(&e)?;
                let expires: Option<String> = r.get(9).map_err(&e)?;
                lead.consents.push(ConsentFact {
                    purpose,
                    decision: match (granted, withdrawn) {
                        (true, None) => Decision::Granted,
                        (true, Some(_)) => Decision::Withdrawn,
                        (false, _) => Decision::NotGiven,
                    },
                    expires_at: expires
                        .map(|s| time(&s))
                        .transpose()
                        .map_err(|x| bad("consents.expires_at", x))?,
                });
            }
        }
        if let Some(done) = current.take() {
            tally.add(&done);
        }
        drop(rows);
        drop(st);
        let erased: i64 = tx
            .query_row(
                "SELECT count(*) FROM leads WHERE event_id = ?1 AND erased_at IS NOT NULL",
                params![event_id],
                |r| r.get(0),
            )
            .map_err(&e)?;
        let last: Option<LastBatch> = tx
            .query_row(
                "SELECT seq, folder, created_at, lead_count FROM batches ORDER BY seq DESC LIMIT 1",
                [],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, i64>(3)?,
                    ))
                },
            )
            .map(Some)
            .or_else(|x| match x {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                x => Err(x),
            })
            .map_err(&e)?
            .map(|(seq, folder, at, leads)| {
                Ok::<_, super::StoreError>(LastBatch {
                    seq: seq as u64,
                    created_at: time(&at)
                        .map_err(|x| self.bad_row(&format!("batch {seq}"), "created_at", x))?,
                    folder,
                    leads: leads as u64,
                })
            })
            .transpose()?;
        let pending = self.pending_export(event_id, false)?;
        drop(tx);
        Ok(BoothStats::new(
            &tally,
            event_id,
            self.device_id,
            (now, day),
            erased as u64,
            ExportState {
                leads_not_exported: pending.leads,
                erasures_not_exported: pending.erasures,
                last_batch: last,
            },
        ))
    }
}

fn time(s: &str) -> std::result::Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|x| format!("{s:?}: {x}"))
}
