//! The pre-registered attendee list, for badge-ID lookup.

use rusqlite::{OptionalExtension, params};

use super::audit::audit_row;
use super::{Result, Store};
use crate::attendee::Attendee;
use crate::lead::{now_utc, rfc3339};

impl Store {
    /// Loads a pre-registered attendee list in one transaction (all or nothing):
    /// new badge IDs are added, known ones replaced. Returns (added, replaced).
    pub fn import_attendees(
        &mut self,
        list: &[Attendee],
        actor: &str,
        source: &str,
    ) -> Result<(usize, usize)> {
        let (tx, e) = self.write_tx("importing attendees")?;
        let (mut added, mut replaced) = (0, 0);
        {
            let mut exists = tx
                .prepare("SELECT 1 FROM attendees WHERE badge_id = ?1")
                .map_err(&e)?;
            let mut put = tx
                .prepare(
                    "INSERT OR REPLACE INTO attendees (badge_id, first_name, last_name, email,
                        company, job_title, phone, country, imported_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )
                .map_err(&e)?;
            let now = rfc3339(&now_utc());
            for a in list {
                if exists.exists([&a.badge_id]).map_err(&e)? {
                    replaced += 1;
                } else {
                    added += 1;
                }
                put.execute(params![
                    a.badge_id,
                    a.first_name,
                    a.last_name,
                    a.email,
                    a.company,
                    a.job_title,
                    a.phone,
                    a.country,
                    now
                ])
                .map_err(&e)?;
            }
        }
        audit_row(
            &tx,
            actor,
            "attendees_imported",
            None,
            &format!("{added} added, {replaced} replaced from {source}"),
        )
        .map_err(&e)?;
        tx.commit().map_err(&e)?;
        Ok((added, replaced))
    }

    /// The pre-registered attendee with this badge ID, if imported.
    pub fn attendee(&self, badge_id: &str) -> Result<Option<Attendee>> {
        self.conn
            .query_row(
                "SELECT badge_id, first_name, last_name, email, company, job_title, phone, country
                 FROM attendees WHERE badge_id = ?1",
                [badge_id],
                |r| {
                    Ok(Attendee {
                        badge_id: r.get(0)?,
                        first_name: r.get(1)?,
                        last_name: r.get(2)?,
                        email: r.get(3)?,
                        company: r.get(4)?,
                        job_title: r.get(5)?,
                        phone: r.get(6)?,
                        country: r.get(7)?,
                    })
                },
            )
            .optional()
            .map_err(self.err("looking up attendee"))
    }

    /// Number of pre-registered attendees.
    pub fn attendee_count(&self) -> Result<u64> {
        self.conn
            .query_row("SELECT count(*) FROM attendees", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(self.err("counting attendees"))
    }
}

impl Store {
    /// Removes the whole pre-registered attendee list (`attendees purge`, or
    /// automatically after the event), audited as `attendees_purged` with `why`,
    /// and pushes the freed pages out of the WAL into the (secure_delete) main
    /// file. Returns how many rows were removed.
    pub fn purge_attendees(&mut self, actor: &str, why: &str) -> Result<usize> {
        let (tx, e) = self.write_tx("purging the attendee list")?;
        let n = tx.execute("DELETE FROM attendees", []).map_err(&e)?;
        audit_row(
            &tx,
            actor,
            "attendees_purged",
            None,
            &format!("{n} removed: {why}"),
        )
        .map_err(&e)?;
        tx.commit().map_err(&e)?;
        let _ = self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)");
        Ok(n)
    }
}
