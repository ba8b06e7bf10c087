//! Booth settings (the kiosk PIN hash) and the staff form's draft.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::audit::audit_row;
use super::{Result, Store};
use crate::lead::{now_utc, rfc3339};

impl Store {
    /// A booth setting (`settings` table), if set.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(self.err("reading setting"))
    }

    /// Sets a booth setting and records `action` (never the value) in the audit log.
    pub fn set_setting(&mut self, key: &str, value: &str, actor: &str, action: &str) -> Result<()> {
        let (tx, e) = self.write_tx("writing setting")?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )
        .map_err(&e)?;
        audit_row(&tx, actor, action, None, key).map_err(&e)?;
        tx.commit().map_err(&e)
    }

    /// Replaces the staff form's draft (JSON written by the TUI). Drafts are never
    /// kept in kiosk mode.
    pub fn save_draft(&self, content: &str) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO draft (id, content, updated_at) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at",
                params![content, rfc3339(&now_utc())],
            )
            .map(|_| ())
            .map_err(self.err("saving draft"))
    }

    /// The draft and when it was last written, if there is one.
    pub fn draft(&self) -> Result<Option<(String, DateTime<Utc>)>> {
        let row: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT content, updated_at FROM draft WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(self.err("reading draft"))?;
        Ok(row.and_then(|(c, t)| t.parse().ok().map(|t| (c, t))))
    }

    /// Removes the draft (after a save or an explicit discard).
    pub fn delete_draft(&self) -> Result<()> {
        self.conn
            .execute("DELETE FROM draft", [])
            .map(|_| ())
            .map_err(self.err("deleting draft"))
    }
}
