//! The same person captured twice at one show: finding the saved lead a new
//! capture repeats, and updating it instead of saving a second lead.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use std::collections::HashSet;

use super::audit::audit_row;
use super::leads::{changed_fields, insert_consents, update_fields};
use super::{Result, Store};
use crate::lead::{Lead, now_utc, rfc3339};
use crate::recapture::{Duplicate, MatchedBy, Recapture};

impl Store {
    /// The saved lead of `lead`'s event that has the same registration ID, email
    /// (without case) or phone number, newest first; erased leads never match.
    /// Reads through indexes (migration 6), so a save stays quick at 100,000 leads.
    pub fn find_duplicate(&self, lead: &Lead) -> Result<Option<Duplicate>> {
        let id = lead.lead_id.to_string();
        let email = lead.email.trim().to_lowercase();
        let phone = lead.phone.trim();
        let checks: [(MatchedBy, &str, Option<&str>); 3] = [
            (
                MatchedBy::BadgeId,
                "badge_id = ?1 AND badge_id IS NOT NULL",
                lead.badge_id.as_deref().filter(|b| !b.is_empty()),
            ),
            (
                MatchedBy::Email,
                "lower(email) = ?1 AND email <> ''",
                Some(email.as_str()).filter(|e| !e.is_empty()),
            ),
            (
                MatchedBy::Phone,
                "phone = ?1 AND phone <> ''",
                Some(phone).filter(|p| !p.is_empty()),
            ),
        ];
        for (matched_by, condition, value) in checks {
            let Some(value) = value else { continue };
            let sql = format!(
                "SELECT lead_id, captured_at, captured_by, first_name, last_name FROM leads
                 WHERE {condition} AND erased_at IS NULL AND event_id = ?2 AND lead_id <> ?3
                 ORDER BY captured_at DESC LIMIT 1"
            );
            let found = self
                .conn
                .prepare_cached(&sql)
                .and_then(|mut st| {
                    st.query_row(params![value, lead.event_id, id], |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, String>(3)?,
                            r.get::<_, String>(4)?,
                        ))
                    })
                    .optional()
                })
                .map_err(self.err("looking for the same person"))?;
            if let Some((lead_id, at, by, first, last)) = found {
                let captured_at = DateTime::parse_from_rfc3339(&at)
                    .map(|t| t.with_timezone(&Utc))
                    .map_err(|x| self.bad_row(&lead_id, "leads.captured_at", x))?;
                return Ok(Some(Duplicate {
                    lead_id,
                    captured_at,
                    captured_by: by,
                    name: format!("{first} {last}").trim().to_owned(),
                    matched_by,
                }));
            }
        }
        Ok(None)
    }

    /// Updates saved lead `saved_id` with `today`, a new capture of the same
    /// person ([`crate::recapture::merge`]): one transaction writes the merged
    /// fields, the current consent records, and the consent history (the
    /// replaced records and today's decisions that did not become current), and
    /// audits `lead_recaptured` with the changed field names. Today's consent
    /// records name today's collector. The lead exports again with its next batch.
    /// Returns the merged lead.
    pub fn recapture(&mut self, saved_id: &str, today: &Lead, actor: &str) -> Result<Lead> {
        let saved = self.lead(saved_id)?;
        let Recapture { lead, history } = crate::recapture::merge(&saved, today);
        let mut changed = changed_fields(&saved, &lead);
        changed.push("consents");
        let todays: HashSet<_> = today.consents.iter().map(|c| c.record_id).collect();
        let now = rfc3339(&now_utc());
        let (tx, e) = self.write_tx("updating the lead captured again")?;
        update_fields(&tx, &lead).map_err(&e)?;
        tx.execute("DELETE FROM consents WHERE lead_id = ?1", [saved_id])
            .map_err(&e)?;
        insert_consents(&tx, &lead, |c| {
            if todays.contains(&c.record_id) {
                &today.captured_by
            } else {
                &saved.captured_by
            }
        })
        .map_err(&e)?;
        {
            let mut st = tx
                .prepare_cached(
                    "INSERT INTO consent_history (lead_id, purpose, reason, recorded_at, record)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(&e)?;
            for (record, reason) in &history {
                let json = serde_json::to_string(record).expect("consent records serialise");
                st.execute(params![
                    saved_id,
                    record.purpose,
                    reason.as_str(),
                    now,
                    json
                ])
                .map_err(&e)?;
            }
        }
        audit_row(
            &tx,
            actor,
            "lead_recaptured",
            Some(saved_id),
            &changed.join(","),
        )
        .map_err(&e)?;
        tx.commit().map_err(&e)?;
        Ok(lead)
    }

    /// The consent records of `lead_id` that are not current (oldest first),
    /// with why: `superseded` or `recorded_not_current`.
    pub fn consent_history(
        &self,
        lead_id: &str,
    ) -> Result<Vec<(crate::consent::ConsentRecord, String)>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT record, reason FROM consent_history WHERE lead_id = ?1 ORDER BY rowid",
            )
            .map_err(self.err("reading consent history"))?;
        let rows = st
            .query_map([lead_id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .map_err(self.err("reading consent history"))?;
        let mut out = Vec::new();
        for row in rows {
            let (json, reason) = row.map_err(self.err("reading consent history"))?;
            let record = serde_json::from_str(&json)
                .map_err(|x| self.bad_row(lead_id, "consent_history.record", x))?;
            out.push((record, reason));
        }
        Ok(out)
    }
}
