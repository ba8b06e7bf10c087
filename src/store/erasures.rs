//! Erasures and consent withdrawals: the lead becomes a tombstone, or the
//! consent gets its `withdrawn_at`, and in the same transaction the record is
//! queued in the `erasures` table for the next batch's `erasures.jsonl`.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, params};
use uuid::Uuid;

use super::audit::audit_row;
use super::{NotWithdrawable, Result, Store, StoreError};
use crate::erasure::ErasureRecord;
use crate::lead::{now_utc, rfc3339};

impl Store {
    /// Number of tombstones (erased or purged leads).
    pub fn erased_count(&self) -> Result<u64> {
        self.conn
            .query_row(
                "SELECT count(*) FROM leads WHERE erased_at IS NOT NULL",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as u64)
            .map_err(self.err("counting erased leads"))
    }

    pub(super) fn erased_at(&self, lead_id: &str) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT erased_at FROM leads WHERE lead_id = ?1",
                [lead_id],
                |r| r.get::<_, Option<String>>(0),
            )
            .optional()
            .map_err(self.err("reading lead"))?
            .ok_or_else(|| StoreError::NoSuchLead(lead_id.to_owned()))
    }

    /// Right to erasure: blanks every personal field of the lead (names, email,
    /// phone, company, title, country, notes, answers, badge ID) and keeps a
    /// tombstone (id, capture time, consent decisions, `erased_at`, `erased_by`).
    /// One transaction, which also queues the erasure for the next batch's
    /// `erasures.jsonl` and appends `lead_erased` to the audit log.
    ///
    /// Errors: [`StoreError::NoSuchLead`], [`StoreError::Erased`] when already erased.
    pub fn erase_lead(&mut self, lead_id: &str, actor: &str) -> Result<()> {
        let lead =
            Uuid::parse_str(lead_id).map_err(|_| StoreError::NoSuchLead(lead_id.to_owned()))?;
        self.tombstone(&[lead], actor, "lead_erased", true)
            .map(|_| ())
    }

    pub(super) fn tombstone(
        &mut self,
        leads: &[Uuid],
        actor: &str,
        action: &str,
        propagate: bool,
    ) -> Result<usize> {
        for lead in leads {
            if let Some(at) = self.erased_at(&lead.to_string())? {
                return Err(StoreError::Erased {
                    lead: lead.to_string(),
                    at,
                });
            }
        }
        let now = now_utc();
        let (tx, e) = self.write_tx("erasing lead")?;
        for lead in leads {
            let id = lead.to_string();
            forget_other_copies(&tx, &id).map_err(&e)?;
            tx.execute(
                "UPDATE leads SET first_name = '', last_name = '', email = '', company = '',
                    job_title = '', phone = '', country = '', notes = '', answers = '{}',
                    badge_id = NULL, search_key = '', data_categories = '[]', erased_at = ?2,
                    erased_by = ?3, updated_at = ?2
                 WHERE lead_id = ?1 AND erased_at IS NULL",
                params![id, rfc3339(&now), actor],
            )
            .map_err(&e)?;
            super::search::reindex(&tx, &id).map_err(&e)?;
            if propagate {
                queue_erasure(
                    &tx,
                    &ErasureRecord::Erasure {
                        lead_id: *lead,
                        at: now,
                        by: actor.to_owned(),
                        device_id: None,
                    },
                )
                .map_err(&e)?;
            }
            audit_row(&tx, actor, action, Some(&id), "").map_err(&e)?;
        }
        tx.commit().map_err(&e)?;
        // Push the blanked pages out of the WAL into the (secure_delete) main file.
        let _ = self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)");
        Ok(leads.len())
    }

    /// Records the withdrawal of a granted consent: `withdrawn_at` is set, the
    /// original grant stays. One transaction, which also queues the withdrawal for
    /// the next batch (and makes the lead export again with the new state) and
    /// appends `consent_withdrawn` to the audit log. Returns the withdrawal time.
    ///
    /// Errors: [`StoreError::NoSuchLead`], [`StoreError::Erased`],
    /// [`StoreError::NotWithdrawable`] (not recorded, not granted, already withdrawn).
    pub fn withdraw_consent(
        &mut self,
        lead_id: &str,
        purpose: &str,
        actor: &str,
        channel: &str,
    ) -> Result<DateTime<Utc>> {
        let lead =
            Uuid::parse_str(lead_id).map_err(|_| StoreError::NoSuchLead(lead_id.to_owned()))?;
        if let Some(at) = self.erased_at(lead_id)? {
            return Err(StoreError::Erased {
                lead: lead_id.to_owned(),
                at,
            });
        }
        let state: Option<(bool, Option<String>)> = self
            .conn
            .query_row(
                "SELECT granted, withdrawn_at FROM consents WHERE lead_id = ?1 AND purpose = ?2",
                params![lead_id, purpose],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(self.err("reading consent"))?;
        let problem = match state {
            None => Some(NotWithdrawable::NotRecorded),
            Some((false, _)) => Some(NotWithdrawable::NotGranted),
            Some((true, Some(at))) => Some(NotWithdrawable::AlreadyWithdrawn(at)),
            Some((true, None)) => None,
        };
        if let Some(problem) = problem {
            return Err(StoreError::NotWithdrawable {
                lead: lead_id.to_owned(),
                purpose: purpose.to_owned(),
                problem,
            });
        }
        let now = now_utc();
        let (tx, e) = self.write_tx("withdrawing consent")?;
        tx.execute(
            "UPDATE consents SET withdrawn_at = ?3, withdrawn_by = ?4, withdrawal_channel = ?5
             WHERE lead_id = ?1 AND purpose = ?2 AND withdrawn_at IS NULL",
            params![lead_id, purpose, rfc3339(&now), actor, channel],
        )
        .map_err(&e)?;
        tx.execute(
            "UPDATE leads SET updated_at = ?2 WHERE lead_id = ?1",
            params![lead_id, rfc3339(&now)],
        )
        .map_err(&e)?;
        queue_erasure(
            &tx,
            &ErasureRecord::Withdrawal {
                lead_id: lead,
                purpose: purpose.to_owned(),
                at: now,
                by: actor.to_owned(),
                channel: Some(channel.to_owned()),
                device_id: None,
            },
        )
        .map_err(&e)?;
        audit_row(&tx, actor, "consent_withdrawn", Some(lead_id), purpose).map_err(&e)?;
        tx.commit().map_err(&e)?;
        Ok(now)
    }
}

/// The copies of the lead's person that the booth database keeps outside the
/// lead row: the pre-registered attendee row (same badge ID, email or phone) and
/// the staff form's draft when it holds their email, phone or full name. Called
/// inside the erasure's transaction, before the row is blanked.
fn forget_other_copies(tx: &Transaction<'_>, lead_id: &str) -> rusqlite::Result<()> {
    let (first, last, email, phone, badge): (String, String, String, String, Option<String>) = tx
        .query_row(
        "SELECT first_name, last_name, email, phone, badge_id FROM leads WHERE lead_id = ?1",
        [lead_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )?;
    tx.execute(
        "DELETE FROM attendees
         WHERE badge_id = ?1
            OR (?2 <> '' AND lower(email) = lower(?2))
            OR (?3 <> '' AND phone = ?3)",
        params![badge, email.trim(), phone.trim()],
    )?;
    let draft: Option<String> = tx
        .query_row("SELECT content FROM draft WHERE id = 1", [], |r| r.get(0))
        .optional()?;
    if let Some(draft) = draft {
        let lower = draft.to_lowercase();
        let has = |v: &str| !v.trim().is_empty() && lower.contains(&v.trim().to_lowercase());
        if has(&email) || has(&phone) || (has(&first) && has(&last)) {
            tx.execute("DELETE FROM draft", [])?;
        }
    }
    Ok(())
}

/// Queues `record` for the next batch. Call it inside the transaction that erases
/// the lead or withdraws the consent, so the two cannot come apart.
pub(super) fn queue_erasure(tx: &Transaction<'_>, record: &ErasureRecord) -> rusqlite::Result<()> {
    let (kind, lead_id, purpose, at, by, channel) = match record {
        ErasureRecord::Erasure {
            lead_id, at, by, ..
        } => ("erasure", lead_id, None, at, by, None),
        ErasureRecord::Withdrawal {
            lead_id,
            purpose,
            at,
            by,
            channel,
            ..
        } => (
            "withdrawal",
            lead_id,
            Some(purpose),
            at,
            by,
            channel.as_ref(),
        ),
    };
    tx.execute(
        "INSERT INTO erasures (kind, lead_id, purpose, at, by, channel)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![kind, lead_id.to_string(), purpose, rfc3339(at), by, channel],
    )
    .map(|_| ())
}

/// Builds a record from an `erasures` row `(kind, lead_id, purpose, at, by)`.
pub(super) fn erasure_from_row(
    r: &rusqlite::Row<'_>,
) -> std::result::Result<ErasureRecord, String> {
    let get = |i: usize| r.get::<_, Option<String>>(i).map_err(|e| e.to_string());
    let kind = get(0)?.unwrap_or_default();
    let lead_id = get(1)?.unwrap_or_default();
    let lead_id = Uuid::parse_str(&lead_id).map_err(|e| format!("lead_id {lead_id:?}: {e}"))?;
    let at = get(3)?.unwrap_or_default();
    let at = at
        .parse::<DateTime<Utc>>()
        .map_err(|e| format!("at {at:?}: {e}"))?;
    let by = get(4)?.unwrap_or_default();
    match (kind.as_str(), get(2)?) {
        ("erasure", None) => Ok(ErasureRecord::Erasure {
            lead_id,
            at,
            by,
            device_id: None,
        }),
        ("withdrawal", Some(purpose)) => Ok(ErasureRecord::Withdrawal {
            lead_id,
            purpose,
            at,
            by,
            channel: get(5)?,
            device_id: None,
        }),
        (k, _) => Err(format!("kind {k:?} does not match its purpose")),
    }
}
