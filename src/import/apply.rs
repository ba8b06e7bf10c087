//! Importing one verified batch: one IMMEDIATE transaction holding the chain
//! check, the leads, the erasures and withdrawals, the re-hash of what was read,
//! and the recomputed contacts. Any refusal rolls it all back.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::chain::{self, Place, Stop};
use super::lines::HashedLines;
use super::merge::{ConsentFacts, Merged, SourceFacts, normalise_email};
use super::{BatchStats, CentralDb, Options, Refusal};
use crate::batch::{ERASURES_JSONL, ErasureRecord, LEADS_JSONL, VerifiedBatch};
use crate::consent::ConsentRecord;
use crate::lead::{Lead, now_utc, rfc3339};
use crate::store::StoreError;

/// Contacts touched by erasures and withdrawals are recomputed at the end of the
/// batch, or sooner when this many are pending, so memory stays bounded whatever
/// a batch's size. (A lead's contact is recomputed as the lead is imported.)
const FLUSH_AT: usize = 20_000;
/// How often (in leads) progress is reported.
const TICK_EVERY: u64 = 500;

/// Most consent wordings remembered per batch (an event has a handful; more is
/// looked up in the database).
const MAX_TEXT_CACHE: usize = 1000;

/// One consent record as stored in `source_leads.consents`: purpose, granted,
/// at, method, withdrawn_at, text id (see `consent_texts`).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredConsent(
    String,
    bool,
    DateTime<Utc>,
    String,
    Option<DateTime<Utc>>,
    i64,
);

/// What [`import_batch`] did.
pub(super) enum Applied {
    Imported(BatchStats),
    AlreadyImported { imported_at: String },
}

/// Imports `v` into `db` in one transaction (see the module documentation).
pub(super) fn import_batch(
    db: &mut CentralDb,
    v: &VerifiedBatch,
    options: Options,
    tick: &mut dyn FnMut(u64),
) -> Result<Applied, Refusal> {
    let db_path = db.path.clone();
    let tx = db
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(db_error(&db_path, "starting the batch's transaction"))?;
    let place = chain::place(&tx, v, options.allow_gaps).map_err(|s| match s {
        Stop::Refused(r) => r,
        Stop::Sql(doing, e) => db_error(&db_path, doing)(e),
    })?;
    let (gap, fills) = match place {
        Place::AlreadyImported { imported_at } => {
            return Ok(Applied::AlreadyImported { imported_at });
        }
        Place::Fits { gap, fills } => (gap, fills),
    };
    let mut batch = Batch {
        tx: &tx,
        v,
        db_path: &db_path,
        now: rfc3339(&now_utc()),
        batch_id: v.manifest.batch_id.to_string(),
        dirty: BTreeSet::new(),
        purposes: Vec::new(),
        texts: HashMap::new(),
        stats: BatchStats {
            gap_recorded: gap,
            gap_filled: fills,
            ..BatchStats::default()
        },
    };
    batch.record_batch()?;
    batch.leads(tick)?;
    batch.erasures()?;
    batch.flush()?;
    batch.finish()?;
    let stats = batch.stats;
    tx.commit()
        .map_err(db_error(&db_path, "committing the batch"))?;
    Ok(Applied::Imported(stats))
}

fn db_error<'p>(path: &'p Path, doing: &'static str) -> impl Fn(rusqlite::Error) -> Refusal + 'p {
    move |source| {
        Refusal::Database(StoreError::Sqlite {
            path: path.to_owned(),
            doing,
            source,
        })
    }
}

/// A lead's current version in the database.
struct Existing {
    contact_id: String,
    email_key: Option<String>,
    device_id: String,
    seq: i64,
    created_at: String,
    batch_id: String,
}

struct Batch<'a> {
    tx: &'a Transaction<'a>,
    v: &'a VerifiedBatch,
    db_path: &'a Path,
    now: String,
    batch_id: String,
    /// Contacts whose sources changed: recomputed at the next flush.
    dirty: BTreeSet<String>,
    /// Purposes seen, in order of first appearance.
    purposes: Vec<String>,
    /// (purpose, wording) -> `consent_texts.text_id`.
    texts: HashMap<(String, String), i64>,
    stats: BatchStats,
}

impl<'a> Batch<'a> {
    fn err(&self, doing: &'static str) -> impl Fn(rusqlite::Error) -> Refusal + 'a {
        db_error(self.db_path, doing)
    }

    fn expected(&self, name: &str) -> &str {
        self.v
            .sums
            .iter()
            .find(|l| l.name == name)
            .map(|l| l.sha256.as_str())
            .expect("a verified batch lists every file")
    }

    fn record_batch(&mut self) -> Result<(), Refusal> {
        let m = &self.v.manifest;
        let device = m.device_id.to_string();
        let last: i64 = self
            .tx
            .query_row(
                "SELECT coalesce(max(seq), 0) FROM batches WHERE device_id = ?1",
                [&device],
                |r| r.get(0),
            )
            .map_err(self.err("reading the device's chain"))?;
        self.tx
            .execute(
                "INSERT INTO devices (device_id, key_id, first_seen_at, last_seen_at)
                 VALUES (?1, ?2, ?3, ?3)
                 ON CONFLICT (device_id) DO UPDATE SET last_seen_at = excluded.last_seen_at,
                    key_id = CASE WHEN ?4 THEN excluded.key_id ELSE key_id END",
                params![device, self.v.key_id, self.now, m.seq as i64 > last],
            )
            .map_err(self.err("recording the device"))?;
        let folder = self
            .v
            .dir
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_else(|| m.folder_name());
        self.tx
            .execute(
                "INSERT INTO batches (batch_id, device_id, seq, previous, sums_sha256, key_id,
                    event_id, event_name, folder, scope, created_at, imported_at, lead_count,
                    erasure_count, leads_new, leads_merged, leads_updated, leads_ignored,
                    erasures_applied, withdrawals_applied)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 0, 0, 0, 0, 0, 0)",
                params![
                    self.batch_id,
                    device,
                    m.seq as i64,
                    m.previous,
                    self.v.sums_sha256,
                    self.v.key_id,
                    m.event.id,
                    m.event.name,
                    folder,
                    m.scope.as_str(),
                    rfc3339(&m.created_at),
                    self.now,
                    m.lead_count as i64,
                    m.erasure_count as i64,
                ],
            )
            .map_err(self.err("recording the batch"))?;
        if let Some((from, to)) = self.stats.gap_recorded {
            let mut st = self
                .tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO gaps (device_id, seq, recorded_at, recorded_by)
                     VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(self.err("recording the gap"))?;
            for s in from..=to {
                st.execute(params![device, s as i64, self.now, self.batch_id])
                    .map_err(self.err("recording the gap"))?;
            }
        }
        if self.stats.gap_filled {
            self.tx
                .execute(
                    "UPDATE gaps SET filled_at = ?3, filled_by = ?4 WHERE device_id = ?1 AND seq = ?2",
                    params![device, m.seq as i64, self.now, self.batch_id],
                )
                .map_err(self.err("filling the gap"))?;
        }
        Ok(())
    }

    fn leads(&mut self, tick: &mut dyn FnMut(u64)) -> Result<(), Refusal> {
        let path = self.v.dir.join(LEADS_JSONL);
        let read = |error| Refusal::Read {
            path: path.clone(),
            error,
        };
        let mut lines = HashedLines::open(&path).map_err(read)?;
        while let Some((n, line)) = lines.next_line().map_err(read)? {
            let lead: Lead = serde_json::from_slice(line).map_err(|e| Refusal::Line {
                path: path.clone(),
                line: n,
                detail: e.to_string(),
            })?;
            self.lead(lead)?;
            if n % TICK_EVERY == 0 {
                tick(n);
            }
        }
        if lines.finish().map_err(read)? != self.expected(LEADS_JSONL) {
            return Err(Refusal::Changed { path });
        }
        Ok(())
    }

    fn is_erased(&self, lead_id: &str) -> Result<bool, Refusal> {
        self.tx
            .prepare_cached("SELECT 1 FROM erased_leads WHERE lead_id = ?1")
            .and_then(|mut st| st.exists([lead_id]))
            .map_err(self.err("reading erasures"))
    }

    fn existing(&self, lead_id: &str) -> Result<Option<Existing>, Refusal> {
        self.tx
            .prepare_cached(
                "SELECT s.contact_id, c.email_key, b.device_id, b.seq, b.created_at, b.batch_id
                 FROM source_leads AS s
                 JOIN batches AS b ON b.batch_id = s.batch_id
                 JOIN contacts AS c ON c.contact_id = s.contact_id
                 WHERE s.lead_id = ?1",
            )
            .and_then(|mut st| {
                st.query_row([lead_id], |r| {
                    Ok(Existing {
                        contact_id: r.get(0)?,
                        email_key: r.get(1)?,
                        device_id: r.get(2)?,
                        seq: r.get(3)?,
                        created_at: r.get(4)?,
                        batch_id: r.get(5)?,
                    })
                })
                .optional()
            })
            .map_err(self.err("reading the lead's earlier version"))
    }

    /// Whether this batch's version of a lead replaces `ex`: a later batch of the
    /// same device, else (another device re-sent it) the later-created batch.
    fn is_newer(&self, ex: &Existing) -> bool {
        let m = &self.v.manifest;
        if ex.device_id == m.device_id.to_string() {
            return m.seq as i64 > ex.seq;
        }
        let theirs = ex.created_at.parse::<DateTime<Utc>>().unwrap_or_default();
        (m.created_at, self.batch_id.as_str()) > (theirs, ex.batch_id.as_str())
    }

    /// Inserts a new contact whose only source is `lead` (computed directly: no
    /// read back, no second write of the row).
    fn new_contact(&self, email_key: Option<&str>, lead: &Lead) -> Result<String, Refusal> {
        let id = Uuid::now_v7().to_string();
        let mut merged = Merged::default();
        merged.add(&facts_of(lead, &self.v.manifest.event.name));
        let (first, last) = merged.captured_range().expect("one source");
        self.tx
            .prepare_cached(
                "INSERT INTO contacts (contact_id, email_key, first_name, last_name, email,
                    company, job_title, phone, country, rating, event_name, consents,
                    first_captured_at, last_captured_at, source_count, created_at)
                 VALUES (?1, ?2, ?3, ?4, coalesce(?2, ''), ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,
                    ?13, 1, ?14)",
            )
            .and_then(|mut st| {
                st.execute(params![
                    id,
                    email_key,
                    merged.field(0),
                    merged.field(1),
                    merged.field(2),
                    merged.field(3),
                    merged.field(4),
                    merged.field(5),
                    merged.rating(),
                    merged.event_name(),
                    merged.consents_json(),
                    rfc3339(&first),
                    rfc3339(&last),
                    self.now,
                ])
            })
            .map_err(self.err("creating a contact"))?;
        Ok(id)
    }

    fn lead(&mut self, mut lead: Lead) -> Result<(), Refusal> {
        let id = lead.lead_id.to_string();
        if self.is_erased(&id)? {
            self.stats.leads_erased.push(lead.lead_id);
            return Ok(());
        }
        let existing = self.existing(&id)?;
        if let Some(ex) = &existing
            && !self.is_newer(ex)
        {
            self.stats.leads_stale += 1;
            return Ok(());
        }
        let key = normalise_email(&lead.email);
        let found = match &key {
            Some(k) => self
                .tx
                .prepare_cached("SELECT contact_id FROM contacts WHERE email_key = ?1")
                .and_then(|mut st| st.query_row([k], |r| r.get::<_, String>(0)).optional())
                .map_err(self.err("looking up the contact"))?,
            None => existing
                .as_ref()
                .filter(|ex| ex.email_key.is_none())
                .map(|ex| ex.contact_id.clone()),
        };
        if existing.is_some() {
            self.stats.leads_updated += 1;
        }
        self.apply_known_withdrawals(&id, &mut lead.consents)?;
        for c in &lead.consents {
            if !self.purposes.contains(&c.purpose) {
                self.purposes.push(c.purpose.clone());
            }
        }
        // The contact is brought up to date now, while its pages are in the cache.
        let contact_id = match found {
            Some(c) => {
                if existing.is_none() {
                    self.stats.leads_merged += 1;
                }
                self.upsert_source(&id, &c, &lead)?;
                self.recompute(&c)?;
                c
            }
            None => {
                if existing.is_none() {
                    self.stats.leads_new += 1;
                }
                let c = self.new_contact(key.as_deref(), &lead)?;
                self.upsert_source(&id, &c, &lead)?;
                c
            }
        };
        if let Some(ex) = existing
            && ex.contact_id != contact_id
        {
            self.recompute(&ex.contact_id)?;
        }
        Ok(())
    }

    /// Withdrawals that arrived before this version of the lead still hold.
    fn apply_known_withdrawals(
        &self,
        lead_id: &str,
        consents: &mut [ConsentRecord],
    ) -> Result<(), Refusal> {
        let mut st = self
            .tx
            .prepare_cached("SELECT purpose, at FROM withdrawals WHERE lead_id = ?1")
            .map_err(self.err("reading withdrawals"))?;
        let rows = st
            .query_map([lead_id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(self.err("reading withdrawals"))?;
        for (purpose, at) in rows {
            if let Ok(at) = at.parse::<DateTime<Utc>>() {
                withdraw(consents, &purpose, at);
            }
        }
        Ok(())
    }

    /// The id of a consent wording, recorded on first sight.
    fn text_id(&mut self, purpose: &str, text: &str) -> Result<i64, Refusal> {
        let key = (purpose.to_owned(), text.to_owned());
        if let Some(id) = self.texts.get(&key) {
            return Ok(*id);
        }
        self.tx
            .prepare_cached("INSERT OR IGNORE INTO consent_texts (purpose, text) VALUES (?1, ?2)")
            .and_then(|mut st| st.execute([purpose, text]))
            .map_err(self.err("recording consent wording"))?;
        let id: i64 = self
            .tx
            .prepare_cached("SELECT text_id FROM consent_texts WHERE purpose = ?1 AND text = ?2")
            .and_then(|mut st| st.query_row([purpose, text], |r| r.get(0)))
            .map_err(self.err("recording consent wording"))?;
        if self.texts.len() < MAX_TEXT_CACHE {
            self.texts.insert(key, id);
        }
        Ok(id)
    }

    /// `source_leads.consents` for a lead's consent records.
    fn stored_consents(&mut self, consents: &[ConsentRecord]) -> Result<String, Refusal> {
        let mut stored = Vec::with_capacity(consents.len());
        for c in consents {
            stored.push(StoredConsent(
                c.purpose.clone(),
                c.granted,
                c.at,
                c.method.as_str().to_owned(),
                c.withdrawn_at,
                self.text_id(&c.purpose, &c.text)?,
            ));
        }
        Ok(serde_json::to_string(&stored).expect("consents serialise"))
    }

    fn upsert_source(
        &mut self,
        lead_id: &str,
        contact_id: &str,
        lead: &Lead,
    ) -> Result<(), Refusal> {
        let answers = serde_json::to_string(&lead.answers).expect("answers serialise");
        let consents = self.stored_consents(&lead.consents)?;
        self.tx
            .prepare_cached(
                "INSERT INTO source_leads (lead_id, contact_id, batch_id, device_id, event_id,
                    event_name, captured_at, captured_by, source, first_name, last_name, email,
                    company, job_title, phone, country, notes, rating, answers, badge_id,
                    policy_sha256, consents)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                    ?17, ?18, ?19, ?20, ?21, ?22)
                 ON CONFLICT (lead_id) DO UPDATE SET contact_id = excluded.contact_id,
                    batch_id = excluded.batch_id, device_id = excluded.device_id,
                    event_id = excluded.event_id, event_name = excluded.event_name,
                    captured_at = excluded.captured_at, captured_by = excluded.captured_by,
                    source = excluded.source, first_name = excluded.first_name,
                    last_name = excluded.last_name, email = excluded.email,
                    company = excluded.company, job_title = excluded.job_title,
                    phone = excluded.phone, country = excluded.country, notes = excluded.notes,
                    rating = excluded.rating, answers = excluded.answers,
                    badge_id = excluded.badge_id, policy_sha256 = excluded.policy_sha256,
                    consents = excluded.consents",
            )
            .and_then(|mut st| {
                st.execute(params![
                    lead_id,
                    contact_id,
                    self.batch_id,
                    lead.device_id.to_string(),
                    lead.event_id,
                    self.v.manifest.event.name,
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
                    lead.rating.map(|r| r.as_str()),
                    answers,
                    lead.badge_id,
                    lead.policy.sha256,
                    consents,
                ])
            })
            .map_err(self.err("saving the lead"))?;
        Ok(())
    }

    fn erasures(&mut self) -> Result<(), Refusal> {
        let path = self.v.dir.join(ERASURES_JSONL);
        let read = |error| Refusal::Read {
            path: path.clone(),
            error,
        };
        let mut lines = HashedLines::open(&path).map_err(read)?;
        while let Some((n, line)) = lines.next_line().map_err(read)? {
            let record: ErasureRecord =
                serde_json::from_slice(line).map_err(|e| Refusal::Line {
                    path: path.clone(),
                    line: n,
                    detail: e.to_string(),
                })?;
            match record {
                ErasureRecord::Erasure { lead_id, at, by } => self.erase(lead_id, at, &by)?,
                ErasureRecord::Withdrawal {
                    lead_id,
                    purpose,
                    at,
                    by,
                } => self.withdrawal(lead_id, &purpose, at, &by)?,
            }
            if self.dirty.len() >= FLUSH_AT {
                self.flush()?;
            }
        }
        if lines.finish().map_err(read)? != self.expected(ERASURES_JSONL) {
            return Err(Refusal::Changed { path });
        }
        Ok(())
    }

    fn source_contact(&self, lead_id: &str) -> Result<Option<(String, String)>, Refusal> {
        self.tx
            .prepare_cached("SELECT contact_id, consents FROM source_leads WHERE lead_id = ?1")
            .and_then(|mut st| {
                st.query_row([lead_id], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()
            })
            .map_err(self.err("reading the lead"))
    }

    fn erase(&mut self, lead_id: Uuid, at: DateTime<Utc>, by: &str) -> Result<(), Refusal> {
        let id = lead_id.to_string();
        let new = self
            .tx
            .execute(
                "INSERT INTO erased_leads (lead_id, erased_at, erased_by, batch_id)
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (lead_id) DO NOTHING",
                params![id, rfc3339(&at), by, self.batch_id],
            )
            .map_err(self.err("recording the erasure"))?;
        if new == 0 {
            return Ok(());
        }
        self.stats.erasures_applied += 1;
        if let Some((contact_id, _)) = self.source_contact(&id)? {
            self.tx
                .execute("DELETE FROM source_leads WHERE lead_id = ?1", [&id])
                .map_err(self.err("erasing the lead"))?;
            self.tx
                .execute(
                    "UPDATE erased_leads SET contact_id = ?2 WHERE lead_id = ?1",
                    params![id, contact_id],
                )
                .map_err(self.err("recording the erasure"))?;
            self.dirty.insert(contact_id);
        }
        Ok(())
    }

    fn withdrawal(
        &mut self,
        lead_id: Uuid,
        purpose: &str,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<(), Refusal> {
        let id = lead_id.to_string();
        if self.is_erased(&id)? {
            return Ok(());
        }
        let new = self
            .tx
            .execute(
                "INSERT INTO withdrawals (lead_id, purpose, at, by, batch_id)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (lead_id, purpose) DO UPDATE SET at = excluded.at, by = excluded.by,
                    batch_id = excluded.batch_id
                 WHERE excluded.at < withdrawals.at",
                params![id, purpose, rfc3339(&at), by, self.batch_id],
            )
            .map_err(self.err("recording the withdrawal"))?;
        if new == 0 {
            return Ok(());
        }
        self.stats.withdrawals_applied += 1;
        if let Some((contact_id, json)) = self.source_contact(&id)? {
            let mut consents: Vec<StoredConsent> =
                serde_json::from_str(&json).map_err(|e| self.bad_row(&id, e))?;
            let found = consents
                .iter_mut()
                .find(|c| c.0 == purpose && c.1 && c.4.is_none_or(|w| at < w));
            if let Some(c) = found {
                c.4 = Some(at);
                let json = serde_json::to_string(&consents).expect("consents serialise");
                self.tx
                    .execute(
                        "UPDATE source_leads SET consents = ?2 WHERE lead_id = ?1",
                        params![id, json],
                    )
                    .map_err(self.err("withdrawing the consent"))?;
                self.dirty.insert(contact_id);
            }
        }
        Ok(())
    }

    fn bad_row(&self, lead_id: &str, e: impl ToString) -> Refusal {
        Refusal::Database(StoreError::BadRow {
            path: self.db_path.to_owned(),
            lead: lead_id.to_owned(),
            field: "consents",
            detail: e.to_string(),
        })
    }

    /// Recomputes every contact touched since the last flush.
    fn flush(&mut self) -> Result<(), Refusal> {
        for contact_id in std::mem::take(&mut self.dirty) {
            self.recompute(&contact_id)?;
        }
        Ok(())
    }

    fn recompute(&mut self, contact_id: &str) -> Result<(), Refusal> {
        let mut merged = Merged::default();
        {
            let mut st = self
                .tx
                .prepare_cached(
                    "SELECT lead_id, captured_at, event_name, first_name, last_name, company,
                        job_title, phone, country, rating, consents
                     FROM source_leads WHERE contact_id = ?1",
                )
                .map_err(self.err("reading the contact's sources"))?;
            let mut rows = st
                .query([contact_id])
                .map_err(self.err("reading the contact's sources"))?;
            while let Some(r) = rows
                .next()
                .map_err(self.err("reading the contact's sources"))?
            {
                let facts = source_facts(r).map_err(|(lead, detail)| {
                    Refusal::Database(StoreError::BadRow {
                        path: self.db_path.to_owned(),
                        lead,
                        field: "source lead",
                        detail,
                    })
                })?;
                merged.add(&facts);
            }
        }
        let Some((first, last)) = merged.captured_range() else {
            let gone = self
                .tx
                .execute("DELETE FROM contacts WHERE contact_id = ?1", [contact_id])
                .map_err(self.err("removing the contact"))?;
            if gone > 0 {
                self.tx
                    .execute(
                        "UPDATE erased_leads SET contact_removed = 1 WHERE contact_id = ?1 AND batch_id = ?2",
                        params![contact_id, self.batch_id],
                    )
                    .map_err(self.err("recording the erasure"))?;
                self.stats.contacts_removed.push(contact_id.to_owned());
            }
            return Ok(());
        };
        self.tx
            .prepare_cached(
                "UPDATE contacts SET first_name = ?2, last_name = ?3, email = coalesce(email_key, ''),
                    company = ?4, job_title = ?5, phone = ?6, country = ?7, rating = ?8,
                    event_name = ?9, consents = ?10, first_captured_at = ?11,
                    last_captured_at = ?12, source_count = ?13
                 WHERE contact_id = ?1",
            )
            .and_then(|mut st| {
                st.execute(params![
                    contact_id,
                    merged.field(0),
                    merged.field(1),
                    merged.field(2),
                    merged.field(3),
                    merged.field(4),
                    merged.field(5),
                    merged.rating(),
                    merged.event_name(),
                    merged.consents_json(),
                    rfc3339(&first),
                    rfc3339(&last),
                    merged.sources() as i64,
                ])
            })
            .map_err(self.err("updating the contact"))?;
        Ok(())
    }

    fn finish(&mut self) -> Result<(), Refusal> {
        let mut st = self
            .tx
            .prepare_cached("INSERT OR IGNORE INTO purposes (purpose) VALUES (?1)")
            .map_err(self.err("recording purposes"))?;
        for p in &self.purposes {
            st.execute([p]).map_err(self.err("recording purposes"))?;
        }
        let s = &self.stats;
        self.tx
            .execute(
                "UPDATE batches SET leads_new = ?2, leads_merged = ?3, leads_updated = ?4,
                    leads_ignored = ?5, erasures_applied = ?6, withdrawals_applied = ?7
                 WHERE batch_id = ?1",
                params![
                    self.batch_id,
                    s.leads_new as i64,
                    s.leads_merged as i64,
                    s.leads_updated as i64,
                    (s.leads_stale + s.leads_erased.len() as u64) as i64,
                    s.erasures_applied as i64,
                    s.withdrawals_applied as i64,
                ],
            )
            .map_err(self.err("recording the batch's counts"))?;
        Ok(())
    }
}

/// Sets `withdrawn_at` on the granted consent for `purpose` (keeping an earlier
/// withdrawal). Returns whether anything changed.
fn withdraw(consents: &mut [ConsentRecord], purpose: &str, at: DateTime<Utc>) -> bool {
    match consents.iter_mut().find(|c| c.purpose == purpose) {
        Some(c) if c.granted && c.withdrawn_at.is_none_or(|w| at < w) => {
            c.withdrawn_at = Some(at);
            true
        }
        _ => false,
    }
}

/// What the merge needs of a lead just read from a batch.
fn facts_of(lead: &Lead, event_name: &str) -> SourceFacts {
    SourceFacts {
        lead_id: lead.lead_id,
        captured_at: lead.captured_at,
        event_name: event_name.to_owned(),
        fields: [
            lead.first_name.clone(),
            lead.last_name.clone(),
            lead.company.clone(),
            lead.job_title.clone(),
            lead.phone.clone(),
            lead.country.clone(),
        ],
        rating: lead.rating.map(|r| r.as_str().to_owned()),
        consents: lead
            .consents
            .iter()
            .map(|c| ConsentFacts {
                purpose: c.purpose.clone(),
                granted: c.granted,
                at: c.at,
                withdrawn_at: c.withdrawn_at,
            })
            .collect(),
    }
}

fn source_facts(r: &rusqlite::Row<'_>) -> Result<SourceFacts, (String, String)> {
    let text = |i: usize| r.get::<_, String>(i).map_err(|e| e.to_string());
    let lead = text(0).unwrap_or_default();
    let fail = |detail: String| (lead.clone(), detail);
    let lead_id = Uuid::parse_str(&lead).map_err(|e| fail(e.to_string()))?;
    let captured_at = text(1)
        .map_err(&fail)?
        .parse::<DateTime<Utc>>()
        .map_err(|e| fail(format!("captured_at: {e}")))?;
    let consents: Vec<StoredConsent> = serde_json::from_str(&text(10).map_err(&fail)?)
        .map_err(|e| fail(format!("consents: {e}")))?;
    let consents = consents
        .into_iter()
        .map(|c| ConsentFacts {
            purpose: c.0,
            granted: c.1,
            at: c.2,
            withdrawn_at: c.4,
        })
        .collect();
    Ok(SourceFacts {
        lead_id,
        captured_at,
        event_name: text(2).map_err(&fail)?,
        fields: [
            text(3).map_err(&fail)?,
            text(4).map_err(&fail)?,
            text(5).map_err(&fail)?,
            text(6).map_err(&fail)?,
            text(7).map_err(&fail)?,
            text(8).map_err(&fail)?,
        ],
        rating: r
            .get::<_, Option<String>>(9)
            .map_err(|e| fail(e.to_string()))?,
        consents,
    })
}
