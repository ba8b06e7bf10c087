//! Leads and their consents: save (one transaction, audited), edit, read back,
//! stream in capture order.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, params};
use uuid::Uuid;

use super::audit::audit_row;
use super::search::search_key;
use super::{Result, Store, StoreError, sql_error};
use crate::consent::{ConsentMethod, ConsentRecord, LegalBasis};
use crate::lead::{Lead, PolicyRef, Rating, Source, now_utc, rfc3339};
use crate::policy::Policy;

impl Store {
    /// Records a policy version (hash, URL, date, full text) if new.
    pub fn record_policy(&self, policy: &Policy) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO policy_versions (sha256, url, last_updated, text, first_seen_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (sha256) DO UPDATE SET text = coalesce(text, excluded.text)",
                params![
                    policy.sha256,
                    policy.url,
                    policy.last_updated_iso(),
                    policy.text,
                    rfc3339(&now_utc())
                ],
            )
            .map(|_| ())
            .map_err(self.err("recording policy version"))
    }

    /// The policy versions whose full text this booth holds (the ones it showed).
    pub fn policy_versions_with_text(&self) -> Result<Vec<String>> {
        self.conn
            .prepare("SELECT sha256 FROM policy_versions WHERE text IS NOT NULL")
            .and_then(|mut st| {
                st.query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<Vec<String>>>()
            })
            .map_err(self.err("reading policy versions"))
    }

    /// Every policy version whose full text this booth holds, with that text.
    pub fn policy_texts(&self) -> Result<Vec<crate::policy::PolicyText>> {
        self.conn
            .prepare(
                "SELECT sha256, last_updated, url, text FROM policy_versions
                 WHERE text IS NOT NULL ORDER BY first_seen_at, sha256",
            )
            .and_then(|mut st| {
                st.query_map([], |r| {
                    Ok(crate::policy::PolicyText {
                        sha256: r.get(0)?,
                        last_updated: r.get(1)?,
                        url: r.get(2)?,
                        text: r.get(3)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(self.err("reading policy texts"))
    }

    /// The full text of a policy version, if this booth holds it.
    pub fn policy_text(&self, sha256: &str) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT text FROM policy_versions WHERE sha256 = ?1",
                [sha256],
                |r| r.get::<_, Option<String>>(0),
            )
            .optional()
            .map(Option::flatten)
            .map_err(self.err("reading policy text"))
    }

    /// Saves one lead and its consent rows in one transaction, durable on return
    /// (WAL + `synchronous=FULL`: one fsync of the log). `action` goes to the audit
    /// log (`lead_saved` from the form, `lead_added` from the CLI).
    pub fn save_lead(&mut self, lead: &Lead, actor: &str, action: &str) -> Result<()> {
        self.save_leads(std::slice::from_ref(lead), actor, action)
    }

    /// Saves several leads in one transaction: all or none.
    pub fn save_leads(&mut self, leads: &[Lead], actor: &str, action: &str) -> Result<()> {
        self.save_all(
            leads.iter().cloned().map(Ok::<_, StoreError>),
            actor,
            action,
        )
        .map(|_| ())
    }

    /// Saves a stream of leads in one transaction, all or nothing: the first `Err`
    /// from the stream (or from the database) rolls everything back and is returned.
    /// Memory stays bounded however long the stream is. Returns how many were saved.
    pub fn save_all<I, E>(
        &mut self,
        leads: I,
        actor: &str,
        action: &str,
    ) -> std::result::Result<usize, E>
    where
        I: IntoIterator<Item = std::result::Result<Lead, E>>,
        E: From<StoreError>,
    {
        let path = self.path.clone();
        let e = |doing| sql_error(&path, doing);
        let (tx, _) = self.write_tx("starting save")?;
        let mut n = 0;
        for lead in leads {
            let lead = lead?;
            insert_lead(&tx, &lead)
                .map_err(|source| map_insert_error(&lead, source, e("saving lead")))?;
            audit_row(&tx, actor, action, Some(&lead.lead_id.to_string()), "")
                .map_err(e("writing audit log"))?;
            n += 1;
        }
        tx.commit().map_err(e("committing save"))?;
        Ok(n)
    }

    /// Applies a staff edit: contact fields, notes, rating and answers of `edited`
    /// replace the stored ones (consents change only by withdrawal). One
    /// transaction; the audit log names each changed field (never its value).
    /// Returns the changed field names; nothing is written when none changed.
    pub fn update_lead(&mut self, edited: &Lead, actor: &str) -> Result<Vec<&'static str>> {
        let id = edited.lead_id.to_string();
        let old = self.lead(&id)?;
        let changed = changed_fields(&old, edited);
        if changed.is_empty() {
            return Ok(changed);
        }
        let (tx, e) = self.write_tx("editing lead")?;
        update_fields(&tx, edited).map_err(&e)?;
        audit_row(&tx, actor, "lead_edited", Some(&id), &changed.join(",")).map_err(&e)?;
        tx.commit().map_err(&e)?;
        Ok(changed)
    }

    /// Number of leads (erased ones included: they are tombstones).
    pub fn count_leads(&self) -> Result<u64> {
        self.conn
            .query_row("SELECT count(*) FROM leads", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(self.err("counting leads"))
    }

    /// Number of leads on file: erased ones (tombstones) not counted. The
    /// booth's header and its lead list both count this, so they agree.
    pub fn leads_on_file(&self) -> Result<u64> {
        self.conn
            .query_row(
                "SELECT count(*) FROM leads WHERE erased_at IS NULL",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as u64)
            .map_err(self.err("counting leads on file"))
    }

    /// One lead by id (full UUID).
    ///
    /// Errors: [`StoreError::NoSuchLead`]; [`StoreError::Erased`] for a tombstone.
    pub fn lead(&self, id: &str) -> Result<Lead> {
        if let Some(at) = self.erased_at(id)? {
            return Err(StoreError::Erased {
                lead: id.to_owned(),
                at,
            });
        }
        let mut found = None;
        self.query_leads("WHERE l.lead_id = ?1", params![id], |lead| {
            found = Some(lead);
            Ok(())
        })?;
        found.ok_or_else(|| StoreError::NoSuchLead(id.to_owned()))
    }

    /// Calls `f` with every lead, oldest first (by capture time, then id), streaming
    /// from the database so memory stays bounded. Tombstones of erased leads are
    /// left out (see [`Store::erased_count`]).
    pub fn for_each_lead(&self, f: impl FnMut(Lead) -> Result<()>) -> Result<()> {
        self.query_leads("WHERE l.erased_at IS NULL", params![], f)
    }

    /// Streams leads matching `filter` (an SQL `WHERE` clause over `leads l`) with
    /// their consents, merge-joined in capture order.
    pub(super) fn query_leads<E: From<StoreError>>(
        &self,
        filter: &str,
        args: &[&dyn rusqlite::ToSql],
        mut f: impl FnMut(Lead) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let lead_sql = format!(
            "SELECT l.lead_id, l.event_id, l.device_id, l.captured_at, l.captured_by, l.source,
                    l.first_name, l.last_name, l.email, l.company, l.job_title, l.phone, l.country,
                    l.notes, l.rating, l.answers, l.badge_id, p.sha256, p.last_updated, p.url,
                    l.receipt_id, l.notice, l.controller, l.jurisdiction, l.collection,
                    l.data_categories
             FROM leads l JOIN policy_versions p ON p.sha256 = l.policy_sha256
             {filter} ORDER BY l.captured_at, l.lead_id"
        );
        let consent_sql = format!(
            "SELECT c.lead_id, c.purpose, c.granted, c.text, c.at, c.method, c.withdrawn_at,
                    c.withdrawn_by, c.record_id, c.legal_basis, c.text_sha256, c.language,
                    c.ticked_at, c.expires_at, c.withdrawal_channel, c.language_asked
             FROM consents c JOIN leads l ON l.lead_id = c.lead_id
             {filter} ORDER BY l.captured_at, l.lead_id, c.position"
        );
        let mut ls = self
            .conn
            .prepare(&lead_sql)
            .map_err(self.err("reading leads"))?;
        let mut cs = self
            .conn
            .prepare(&consent_sql)
            .map_err(self.err("reading consents"))?;
        let mut lead_rows = ls.query(args).map_err(self.err("reading leads"))?;
        let mut consent_rows = cs.query(args).map_err(self.err("reading consents"))?;
        let mut pending: Option<(String, ConsentRecord)> = None;
        while let Some(r) = lead_rows.next().map_err(self.err("reading leads"))? {
            let mut lead = self.lead_from_row(r)?;
            let id = lead.lead_id.to_string();
            loop {
                if pending.is_none() {
                    match consent_rows.next().map_err(self.err("reading consents"))? {
                        Some(c) => pending = Some(self.consent_from_row(c)?),
                        None => break,
                    }
                }
                match pending.take() {
                    Some((lid, rec)) if lid == id => lead.consents.push(rec),
                    other => {
                        pending = other;
                        break;
                    }
                }
            }
            f(lead)?;
        }
        Ok(())
    }

    fn lead_from_row(&self, r: &rusqlite::Row<'_>) -> Result<Lead> {
        let g = |i: usize| -> Result<String> { r.get(i).map_err(self.err("reading lead row")) };
        let id = g(0)?;
        let time = |i: usize, field: &'static str| -> Result<DateTime<Utc>> {
            g(i)?.parse().map_err(|e| self.bad_row(&id, field, e))
        };
        let uuid = |i: usize, field: &'static str| -> Result<Uuid> {
            Uuid::parse_str(&g(i)?).map_err(|e| self.bad_row(&id, field, e))
        };
        let rating: Option<String> = r.get(14).map_err(self.err("reading lead row"))?;
        let opt =
            |i: usize| -> Result<Option<String>> { r.get(i).map_err(self.err("reading lead row")) };
        fn parse<T: serde::de::DeserializeOwned>(
            s: Option<String>,
        ) -> std::result::Result<Option<T>, serde_json::Error> {
            s.map(|s| serde_json::from_str(&s)).transpose()
        }

        let answers: BTreeMap<String, crate::lead::Answer> =
            serde_json::from_str(&g(15)?).map_err(|e| self.bad_row(&id, "answers", e))?;
        Ok(Lead {
            lead_id: uuid(0, "lead_id")?,
            event_id: g(1)?,
            device_id: uuid(2, "device_id")?,
            captured_at: time(3, "captured_at")?,
            captured_by: g(4)?,
            source: Source::parse(&g(5)?).ok_or_else(|| self.bad_row(&id, "source", "unknown"))?,
            first_name: g(6)?,
            last_name: g(7)?,
            email: g(8)?,
            company: g(9)?,
            job_title: g(10)?,
            phone: g(11)?,
            country: g(12)?,
            notes: g(13)?,
            rating: rating.as_deref().and_then(Rating::parse),
            answers,
            badge_id: r.get(16).map_err(self.err("reading lead row"))?,
            policy: PolicyRef {
                sha256: g(17)?,
                last_updated: r.get(18).map_err(self.err("reading lead row"))?,
                url: g(19)?,
            },
            receipt_id: opt(20)?,
            notice: parse(opt(21)?).map_err(|e| self.bad_row(&id, "notice", e))?,
            controller: parse(opt(22)?).map_err(|e| self.bad_row(&id, "controller", e))?,
            jurisdiction: opt(23)?,
            collection: parse(opt(24)?).map_err(|e| self.bad_row(&id, "collection", e))?,
            data_categories: serde_json::from_str(&g(25)?)
                .map_err(|e| self.bad_row(&id, "data_categories", e))?,
            consents: Vec::new(),
        })
    }

    fn consent_from_row(&self, r: &rusqlite::Row<'_>) -> Result<(String, ConsentRecord)> {
        let e = self.err("reading consent row");
        let lead: String = r.get(0).map_err(&e)?;
        let opt = |i: usize| -> Result<Option<String>> { r.get(i).map_err(&e) };
        let time = |i: usize, field: &'static str| -> Result<Option<DateTime<Utc>>> {
            opt(i)?
                .map(|t| t.parse().map_err(|x| self.bad_row(&lead, field, x)))
                .transpose()
        };
        let method: String = r.get(5).map_err(&e)?;
        let text: String = r.get(3).map_err(&e)?;
        let basis = opt(9)?;
        Ok((
            lead.clone(),
            ConsentRecord {
                record_id: opt(8)?
                    .map(|id| {
                        Uuid::parse_str(&id)
                            .map_err(|x| self.bad_row(&lead, "consents.record_id", x))
                    })
                    .transpose()?,
                purpose: r.get(1).map_err(&e)?,
                legal_basis: match basis {
                    Some(b) => Some(
                        LegalBasis::parse(&b)
                            .ok_or_else(|| self.bad_row(&lead, "consents.legal_basis", b))?,
                    ),
                    None => None,
                },
                granted: r.get(2).map_err(&e)?,
                // Rows saved before the hash was stored: it is the hash of the text.
                text_sha256: Some(
                    opt(10)?.unwrap_or_else(|| crate::policy::sha256_hex(text.as_bytes())),
                ),
                text,
                language: opt(11)?,
                language_asked: opt(15)?,
                ticked_at: time(12, "consents.ticked_at")?,
                at: time(4, "consents.at")?
                    .ok_or_else(|| self.bad_row(&lead, "consents.at", "missing"))?,
                method: ConsentMethod::parse(&method)
                    .ok_or_else(|| self.bad_row(&lead, "consents.method", method.clone()))?,
                expires_at: time(13, "consents.expires_at")?,
                withdrawn_at: time(6, "consents.withdrawn_at")?,
                withdrawn_by: opt(7)?,
                withdrawal_channel: opt(14)?,
            },
        ))
    }
}

fn map_insert_error(
    lead: &Lead,
    source: rusqlite::Error,
    other: impl FnOnce(rusqlite::Error) -> StoreError,
) -> StoreError {
    let duplicate = matches!(
        source.sqlite_error_code(),
        Some(rusqlite::ErrorCode::ConstraintViolation)
    ) && {
        // The same lead again: its id, or the receipt number it carries.
        let text = source.to_string();
        text.contains("leads.lead_id") || text.contains("leads.receipt_id")
    };
    if duplicate {
        StoreError::DuplicateLead(lead.lead_id)
    } else {
        other(source)
    }
}

/// The names of the fields (as the audit log writes them) that differ.
pub(super) fn changed_fields(old: &Lead, new: &Lead) -> Vec<&'static str> {
    let pairs: [(&'static str, bool); 11] = [
        ("first_name", old.first_name != new.first_name),
        ("last_name", old.last_name != new.last_name),
        ("email", old.email != new.email),
        ("company", old.company != new.company),
        ("job_title", old.job_title != new.job_title),
        ("phone", old.phone != new.phone),
        ("country", old.country != new.country),
        ("notes", old.notes != new.notes),
        ("rating", old.rating != new.rating),
        ("answers", old.answers != new.answers),
        ("badge_id", old.badge_id != new.badge_id),
    ];
    pairs.iter().filter(|p| p.1).map(|p| p.0).collect()
}

/// Writes `lead`'s editable fields (contact, notes, rating, answers, badge ID,
/// search key, data categories) over its row, unless it is erased.
pub(super) fn update_fields(tx: &Transaction<'_>, lead: &Lead) -> rusqlite::Result<usize> {
    let answers = serde_json::to_string(&lead.answers).expect("answers serialise");
    let n = tx.execute(
        "UPDATE leads SET first_name = ?2, last_name = ?3, email = ?4, company = ?5,
            job_title = ?6, phone = ?7, country = ?8, notes = ?9, rating = ?10,
            answers = ?11, badge_id = ?12, updated_at = ?13, search_key = ?14,
            data_categories = ?15
         WHERE lead_id = ?1 AND erased_at IS NULL",
        params![
            lead.lead_id.to_string(),
            lead.first_name,
            lead.last_name,
            lead.email,
            lead.company,
            lead.job_title,
            lead.phone,
            lead.country,
            lead.notes,
            lead.rating.map(Rating::as_str),
            answers,
            lead.badge_id,
            rfc3339(&now_utc()),
            search_key(lead),
            serde_json::to_string(&lead.held_categories()).expect("strings serialise"),
        ],
    )?;
    if n > 0 {
        super::search::reindex(tx, &lead.lead_id.to_string())?;
    }
    Ok(n)
}

fn insert_lead(tx: &Transaction<'_>, lead: &Lead) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO policy_versions (sha256, url, last_updated, text, first_seen_at)
         VALUES (?1, ?2, ?3, NULL, ?4) ON CONFLICT (sha256) DO NOTHING",
        params![
            lead.policy.sha256,
            lead.policy.url,
            lead.policy.last_updated,
            rfc3339(&now_utc())
        ],
    )?;
    let answers = serde_json::to_string(&lead.answers).expect("answers serialise");
    let json = |v: &dyn erased_json::Json| v.to_json();
    tx.execute(
        "INSERT INTO leads (lead_id, event_id, device_id, captured_at, captured_by, source,
            first_name, last_name, email, company, job_title, phone, country, notes, rating,
            answers, badge_id, policy_sha256, updated_at, search_key, receipt_id, notice,
            controller, jurisdiction, collection, data_categories)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
            ?21, ?22, ?23, ?24, ?25, ?26)",
        params![
            lead.lead_id.to_string(),
            lead.event_id,
            lead.device_id.to_string(),
            rfc3339(&lead.captured_at),
            lead.captured_by,
            lead.source.as_str(),
            lead.first_name,
            lead.last_name,
            lead.email,
            lead.company,
            lead.job_title,
            lead.phone,
            lead.country,
            lead.notes,
            lead.rating.map(Rating::as_str),
            answers,
            lead.badge_id,
            lead.policy.sha256,
            rfc3339(&now_utc()),
            search_key(lead),
            lead.receipt_id,
            lead.notice.as_ref().map(|v| json(v)),
            lead.controller.as_ref().map(|v| json(v)),
            lead.jurisdiction,
            lead.collection.as_ref().map(|v| json(v)),
            json(&lead.data_categories),
        ],
    )?;
    super::search::index_key(tx, tx.last_insert_rowid(), &search_key(lead))?;
    insert_consents(tx, lead, |_| &lead.captured_by)
}

/// Inserts `lead`'s consent records in display order; `collector` names who
/// collected each one.
pub(super) fn insert_consents<'a>(
    tx: &Transaction<'_>,
    lead: &'a Lead,
    collector: impl Fn(&ConsentRecord) -> &'a str,
) -> rusqlite::Result<()> {
    let mut st = tx.prepare_cached(
        "INSERT INTO consents (lead_id, purpose, position, granted, text, policy_sha256, at,
            method, captured_by, withdrawn_at, withdrawn_by, record_id, legal_basis, text_sha256,
            language, ticked_at, expires_at, withdrawal_channel, language_asked)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19)",
    )?;
    for (i, c) in lead.consents.iter().enumerate() {
        st.execute(params![
            lead.lead_id.to_string(),
            c.purpose,
            i as i64,
            c.granted,
            c.text,
            lead.policy.sha256,
            rfc3339(&c.at),
            c.method.as_str(),
            collector(c),
            c.withdrawn_at.as_ref().map(rfc3339),
            c.withdrawn_by,
            c.record_id.map(|r| r.to_string()),
            c.legal_basis.map(|b| b.as_str()),
            c.text_sha256,
            c.language,
            c.ticked_at.as_ref().map(rfc3339),
            c.expires_at.as_ref().map(rfc3339),
            c.withdrawal_channel,
            c.language_asked,
        ])?;
    }
    Ok(())
}

/// Serialising the lead's JSON columns without a generic parameter per call.
mod erased_json {
    pub trait Json {
        fn to_json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn to_json(&self) -> String {
            serde_json::to_string(self).expect("plain records serialise")
        }
    }
}
