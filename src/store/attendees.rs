//! The pre-registered attendee list, for badge-ID lookup.

use rusqlite::{OptionalExtension, params};

use super::audit::audit_row;
use super::{Result, Store, StoreError};
use crate::attendee::{Attendee, AttendeeError, ListedAttendee, repeated_badge_id};
use crate::lead::{now_utc, rfc3339};

/// What [`Store::import_attendees`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttendeeImport {
    /// Badge IDs new to the list on file.
    pub added: usize,
    /// Badge IDs already on file, replaced.
    pub replaced: usize,
    /// Rows skipped for a problem of their own (each reported as it was met).
    pub skipped: usize,
}

impl Store {
    /// Loads a pre-registered attendee list in one transaction: new badge IDs
    /// are added, known ones replaced. The rows are taken one at a time, so
    /// memory stays bounded whatever the list's length. A row with a problem of
    /// its own ([`AttendeeError::is_row`]: a bad field, a badge ID the list
    /// already held, named with both lines; the IDs seen so far are kept in a
    /// temporary table of the transaction, not in memory) is handed to
    /// `skipped` and left out; any other failure (the list cannot be read, the
    /// database) rolls everything back and the list on file stays as it was.
    pub fn import_attendees(
        &mut self,
        rows: impl IntoIterator<Item = std::result::Result<ListedAttendee, AttendeeError>>,
        actor: &str,
        source: &str,
        skipped: &mut dyn FnMut(&AttendeeError),
    ) -> Result<AttendeeImport> {
        let (tx, e) = self.write_tx("importing attendees")?;
        let mut done = AttendeeImport::default();
        let mut skip = |error: AttendeeError| {
            skipped(&error);
            done.skipped += 1;
        };
        tx.execute_batch(
            "CREATE TEMP TABLE attendee_list_lines (badge_id TEXT PRIMARY KEY, line INTEGER NOT NULL)",
        )
        .map_err(&e)?;
        {
            let mut seen = tx
                .prepare(
                    "INSERT INTO temp.attendee_list_lines (badge_id, line) VALUES (?1, ?2)
                     ON CONFLICT (badge_id) DO NOTHING",
                )
                .map_err(&e)?;
            let mut first_line = tx
                .prepare("SELECT line FROM temp.attendee_list_lines WHERE badge_id = ?1")
                .map_err(&e)?;
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
            let (mut added, mut replaced) = (0, 0);
            for row in rows {
                let ListedAttendee { line, attendee: a } = match row {
                    Ok(row) => row,
                    Err(error) if error.is_row() => {
                        skip(error);
                        continue;
                    }
                    Err(error) => return Err(StoreError::AttendeeList(error)),
                };
                if seen
                    .execute(params![a.badge_id, i64::try_from(line).unwrap_or(i64::MAX)])
                    .map_err(&e)?
                    == 0
                {
                    let first: i64 = first_line
                        .query_row([&a.badge_id], |r| r.get(0))
                        .map_err(&e)?;
                    skip(repeated_badge_id(
                        &a.badge_id,
                        line,
                        u64::try_from(first).unwrap_or(0),
                    ));
                    continue;
                }
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
            (done.added, done.replaced) = (added, replaced);
        }
        tx.execute_batch("DROP TABLE temp.attendee_list_lines")
            .map_err(&e)?;
        audit_row(
            &tx,
            actor,
            "attendees_imported",
            None,
            &format!(
                "{} added, {} replaced, {} rows skipped from {source}",
                done.added, done.replaced, done.skipped
            ),
        )
        .map_err(&e)?;
        tx.commit().map_err(&e)?;
        Ok(done)
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
