//! The central store in one SQLite file (`--into FILE`): its own schema and
//! migrations (`migrations/central/`), opened like the booth store (0600, WAL,
//! `synchronous=FULL`, foreign keys, `secure_delete`, too-new and damaged files
//! left untouched). All of the central SQL for SQLite is in this file.
//!
//! A batch's transaction is `BEGIN IMMEDIATE`: SQLite has one writer per file, so
//! taking the write lock first is the device lock of [`CentralStore`] (and more).
//! Statements go through the connection's statement cache, so each is prepared
//! once however many leads a batch holds.

use std::collections::HashMap;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{
    Connection, OptionalExtension, Row, ToSql, Transaction, TransactionBehavior, params,
};
use rusqlite_migration::M;
use serde::Serialize;
use uuid::Uuid;

use super::stored::{StoredConsent, parse_decisions};
use super::{
    BatchCounts, BatchStamp, BatchTx, CentralError, CentralStore, ChainFacts, ChainLink,
    ContactConsent, ContactExport, ContactRecord, CrmFileRecord, LeadOnFile, LeadVersion,
    MergedConsent, NewBatch, PersonOnFile, PersonWithdrawal, PolicyText, ReceiptHit, Result,
    SourceDetail, SourceExport, SourceFacts, Suppression, SuppressionAction, Withdrawal,
};
use crate::consent::ConsentRecord;
use crate::lead::{Lead, rfc3339};
use crate::stats::{BatchFact, GapFact, LeadFact, RemovalFact};
use crate::store::{SetupLock, open_connection};

mod report;

/// The central schema's migrations, in order. Append only; never edit a released one.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("../../migrations/central/0001_central.sql")),
    M::up(include_str!(
        "../../migrations/central/0002_consent_record.sql"
    )),
    M::up(include_str!("../../migrations/central/0003_people.sql")),
    M::up(include_str!(
        "../../migrations/central/0004_question_wording.sql"
    )),
    M::up(include_str!(
        "../../migrations/central/0005_language_asked.sql"
    )),
    M::up(include_str!("../../migrations/central/0006_wording.sql")),
    M::up(include_str!(
        "../../migrations/central/0007_contact_consent_languages.sql"
    )),
];

/// The central schema version this build migrates to.
pub const CENTRAL_SCHEMA_VERSION: usize = MIGRATIONS.len();

/// `PRAGMA application_id` of a central database ("LBC1"), so a booth database is
/// never mistaken for one (or the other way round).
pub const CENTRAL_APPLICATION_ID: i32 = 0x4c42_4331;

/// Page cache for the import, in KiB (SQLite's negative `cache_size`): enough for
/// the indexes of a few hundred thousand contacts, and a fixed bound on memory.
const CACHE_KIB: i64 = 64 * 1024;

/// Most consent wordings remembered per batch (an event has a handful; more is
/// looked up in the database).
const MAX_TEXT_CACHE: usize = 1000;

/// The central database in one SQLite file. Owns the only connection.
pub struct SqliteCentral {
    conn: Connection,
    path: PathBuf,
    location: String,
}

impl std::fmt::Debug for SqliteCentral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteCentral")
            .field("path", &self.path)
            .finish()
    }
}

fn sql<'p>(path: &'p Path, doing: &'static str) -> impl Fn(rusqlite::Error) -> CentralError + 'p {
    move |source| CentralError::Sqlite {
        path: path.to_owned(),
        doing,
        source,
    }
}

impl SqliteCentral {
    /// Opens (creating if missing, mode 0600) the central database at `path`; its
    /// folder must exist.
    ///
    /// Errors: [`CentralError::Open`] (damaged, a booth database, too new, IO),
    /// SQLite errors naming the path.
    pub fn open(path: &Path) -> Result<Self> {
        let setup = SetupLock::acquire(path);
        let conn = open_connection(path, MIGRATIONS, CENTRAL_APPLICATION_ID)?;
        drop(setup);
        conn.pragma_update(None, "cache_size", -CACHE_KIB)
            .map_err(sql(path, "setting cache size"))?;
        conn.set_prepared_statement_cache_capacity(64);
        Ok(SqliteCentral {
            conn,
            path: path.to_owned(),
            location: path.display().to_string(),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl SqliteCentral {
    /// Deletes the contacts chosen by `which` (SQL over `contacts`, `?1` bound to
    /// `arg`) with their source leads, recording each lead in `removed_leads`
    /// with `reason`. Returns the lead ids removed.
    fn remove_where(
        tx: &rusqlite::Transaction<'_>,
        which: &str,
        arg: &str,
        at: &str,
        by: &str,
        reason: &str,
    ) -> rusqlite::Result<Vec<String>> {
        let leads: Vec<String> = tx
            .prepare(&format!(
                "SELECT lead_id FROM source_leads WHERE contact_id IN
                   (SELECT contact_id FROM contacts WHERE {which}) ORDER BY lead_id"
            ))?
            .query_map([arg], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        tx.execute(
            &format!(
                "INSERT INTO suppressions (contact_id, first_name, last_name, email, action,
                    reason, at)
                 SELECT contact_id, '', '', '', 'delete', ?2, ?3
                 FROM contacts WHERE {which}"
            ),
            params![
                arg,
                if reason == "erasure" {
                    "central erasure"
                } else {
                    reason
                },
                at
            ],
        )?;
        tx.execute(
            &format!(
                "INSERT INTO removed_leads (lead_id, device_id, removed_at, removed_by, reason)
                 SELECT lead_id, device_id, ?2, ?3, ?4 FROM source_leads WHERE contact_id IN
                   (SELECT contact_id FROM contacts WHERE {which})
                 ON CONFLICT (lead_id) DO NOTHING"
            ),
            params![arg, at, by, reason],
        )?;
        tx.execute(
            &format!(
                "DELETE FROM source_leads WHERE contact_id IN
                   (SELECT contact_id FROM contacts WHERE {which})"
            ),
            [arg],
        )?;
        tx.execute(&format!("DELETE FROM contacts WHERE {which}"), [arg])?;
        Ok(leads)
    }
}

impl CentralStore for SqliteCentral {
    fn location(&self) -> &str {
        &self.location
    }

    fn erase_person(
        &mut self,
        email_key: &str,
        email_hash: &str,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Vec<Uuid>> {
        let path = self.path.clone();
        let e = sql(&path, "erasing a person");
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(&e)?;
        let at = rfc3339(&at);
        let leads =
            Self::remove_where(&tx, "email_key = ?1", email_key, &at, by, "erasure").map_err(&e)?;
        tx.execute(
            "INSERT INTO erased_people (email_hash, erased_at, erased_by, lead_count)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (email_hash) DO UPDATE SET lead_count = lead_count + excluded.lead_count",
            params![email_hash, at, by, leads.len() as i64],
        )
        .map_err(&e)?;
        tx.commit().map_err(&e)?;
        let _ = self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)");
        leads
            .iter()
            .map(|l| {
                uuid(l).map_err(|err| {
                    bad_row(&self.location, format_args!("lead {l}"), "lead_id", err)
                })
            })
            .collect()
    }

    fn person_erased_at(&mut self, email_hash: &str) -> Result<Option<DateTime<Utc>>> {
        let at: Option<String> = self
            .conn
            .query_row(
                "SELECT erased_at FROM erased_people WHERE email_hash = ?1",
                [email_hash],
                |r| r.get(0),
            )
            .optional()
            .map_err(sql(&self.path, "reading erased people"))?;
        at.map(|a| {
            a.parse().map_err(|err: chrono::ParseError| {
                bad_row(
                    &self.location,
                    "erased person",
                    "erased_at",
                    err.to_string(),
                )
            })
        })
        .transpose()
    }

    fn purge_captured_before(
        &mut self,
        cutoff: DateTime<Utc>,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<u64> {
        let path = self.path.clone();
        let e = sql(&path, "purging contacts past retention");
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(&e)?;
        let before: i64 = tx
            .query_row("SELECT count(*) FROM contacts", [], |r| r.get(0))
            .map_err(&e)?;
        Self::remove_where(
            &tx,
            "last_captured_at < ?1",
            &rfc3339(&cutoff),
            &rfc3339(&at),
            by,
            "retention",
        )
        .map_err(&e)?;
        let after: i64 = tx
            .query_row("SELECT count(*) FROM contacts", [], |r| r.get(0))
            .map_err(&e)?;
        tx.commit().map_err(&e)?;
        let _ = self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)");
        Ok((before - after) as u64)
    }

    fn begin_request(&mut self, at: DateTime<Utc>) -> Result<Box<dyn BatchTx + '_>> {
        self.begin_batch(&BatchStamp {
            device_id: Uuid::nil(),
            batch_id: Uuid::nil(),
            at,
        })
    }

    fn person_withdrawals(&mut self, email_hash: &str) -> Result<Vec<PersonWithdrawal>> {
        self.begin_request(crate::lead::now_utc())?
            .person_withdrawals(email_hash)
    }

    fn source_details(&mut self, contact_id: Uuid) -> Result<Vec<SourceDetail>> {
        let path = self.path.clone();
        let location = self.location.clone();
        let e = sql(&path, "reading the contact's source leads");
        let rows: Vec<[String; 16]> = self
            .conn
            .prepare(
                "SELECT s.lead_id, b.device_id, b.batch_id, b.seq, b.folder, b.imported_at,
                    s.policy_sha256, s.first_name, s.last_name, s.email, s.company, s.job_title,
                    s.phone, s.country, s.source, coalesce(s.badge_id, '')
                 FROM source_leads AS s JOIN batches AS b ON b.batch_id = s.batch_id
                 WHERE s.contact_id = ?1 ORDER BY s.captured_at, s.lead_id",
            )
            .and_then(|mut st| {
                st.query_map([contact_id.to_string()], |r| {
                    let mut row: [String; 16] = Default::default();
                    for (i, cell) in row.iter_mut().enumerate() {
                        *cell = if i == 3 {
                            r.get::<_, i64>(i)?.to_string()
                        } else {
                            r.get(i)?
                        };
                    }
                    Ok(row)
                })?
                .collect::<rusqlite::Result<_>>()
            })
            .map_err(&e)?;
        let mut tx = self.begin_request(crate::lead::now_utc())?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let [
                lead,
                device,
                batch,
                seq,
                folder,
                imported,
                policy,
                f0,
                f1,
                f2,
                f3,
                f4,
                f5,
                f6,
                source,
                badge,
            ] = row;
            let bad = |field, e: String| bad_row(&location, format_args!("lead {lead}"), field, e);
            let lead_id = uuid(&lead).map_err(|e| bad("lead_id", e))?;
            let consents = tx
                .source_consents(lead_id)?
                .map(|(_, c)| c)
                .unwrap_or_default();
            let withdrawals = match tx.lead(lead_id)? {
                LeadOnFile::Known { withdrawals, .. } => withdrawals,
                LeadOnFile::Erased { .. } => Vec::new(),
            };
            out.push(SourceDetail {
                lead_id,
                device_id: uuid(&device).map_err(|e| bad("batch device_id", e))?,
                batch_id: uuid(&batch).map_err(|e| bad("batch_id", e))?,
                seq: seq.parse().unwrap_or_default(),
                folder,
                imported_at: time(&imported).map_err(|e| bad("imported_at", e))?,
                policy_sha256: policy,
                fields: [f0, f1, f2, f3, f4, f5, f6],
                source,
                badge_id: Some(badge).filter(|b| !b.is_empty()),
                consents,
                withdrawals,
            });
        }
        Ok(out)
    }

    fn policy_text(&mut self, sha256: &str) -> Result<Option<PolicyText>> {
        self.conn
            .query_row(
                "SELECT sha256, last_updated, url, text FROM policy_texts WHERE sha256 = ?1",
                [sha256],
                |r| {
                    Ok(PolicyText {
                        sha256: r.get(0)?,
                        last_updated: r.get(1)?,
                        url: r.get(2)?,
                        text: r.get(3)?,
                    })
                },
            )
            .optional()
            .map_err(sql(&self.path, "reading a policy text"))
    }

    fn last_crm_file(&mut self) -> Result<Option<(DateTime<Utc>, i64)>> {
        let row: Option<(String, i64)> = self
            .conn
            .query_row(
                "SELECT written_at, changes_upto FROM crm_files ORDER BY file_id DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(sql(&self.path, "reading CRM files"))?;
        row.map(|(at, upto)| {
            time(&at)
                .map(|at| (at, upto))
                .map_err(|e| bad_row(&self.location, "crm file", "written_at", e))
        })
        .transpose()
    }

    fn change_mark(&mut self) -> Result<i64> {
        self.conn
            .query_row(
                "SELECT coalesce(max(change_seq), 0) FROM contacts",
                [],
                |r| r.get(0),
            )
            .map_err(sql(&self.path, "reading contacts"))
    }

    fn pending_suppressions(&mut self) -> Result<Vec<Suppression>> {
        type Row8 = (
            i64,
            String,
            String,
            String,
            String,
            String,
            String,
            Option<String>,
            String,
        );
        let rows: Vec<Row8> = self
            .conn
            .prepare(
                "SELECT suppression_id, contact_id, first_name, last_name, email, action, reason,
                    purpose, at FROM suppressions WHERE crm_file IS NULL ORDER BY suppression_id",
            )
            .and_then(|mut st| {
                st.query_map([], |r| r.try_into())?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(sql(&self.path, "reading suppressions"))?;
        rows.into_iter()
            .map(
                |(id, contact, first_name, last_name, email, action, reason, purpose, at)| {
                    let bad = |field, e: String| {
                        bad_row(&self.location, format_args!("suppression {id}"), field, e)
                    };
                    Ok(Suppression {
                        id,
                        contact_id: uuid(&contact).map_err(|e| bad("contact_id", e))?,
                        first_name,
                        last_name,
                        email,
                        action: SuppressionAction::parse(&action).ok_or_else(|| {
                            bad_row(
                                &self.location,
                                format_args!("suppression {id}"),
                                "action",
                                super::RowProblem::Unknown {
                                    what: "action",
                                    value: action.clone(),
                                },
                            )
                        })?,
                        reason,
                        purpose,
                        at: time(&at).map_err(|e| bad("at", e))?,
                    })
                },
            )
            .collect()
    }

    fn record_crm_file(&mut self, file: &CrmFileRecord, carried: &[i64]) -> Result<()> {
        let path = self.path.clone();
        let e = sql(&path, "recording the CRM file");
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(&e)?;
        tx.execute(
            "INSERT INTO crm_files (written_at, path, profile, changed_only, contacts,
                suppressions, suppressions_path, changes_upto)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                rfc3339(&file.written_at),
                file.path,
                file.profile,
                file.changed_only,
                file.contacts as i64,
                file.suppressions as i64,
                file.suppressions_path,
                file.changes_upto
            ],
        )
        .map_err(&e)?;
        let file_id = tx.last_insert_rowid();
        {
            let mut st = tx
                .prepare("UPDATE suppressions SET crm_file = ?2 WHERE suppression_id = ?1")
                .map_err(&e)?;
            for id in carried {
                st.execute(params![id, file_id]).map_err(&e)?;
            }
        }
        tx.commit().map_err(&e)?;
        let _ = self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)");
        Ok(())
    }

    fn begin_batch(&mut self, batch: &BatchStamp) -> Result<Box<dyn BatchTx + '_>> {
        let SqliteCentral {
            conn,
            path,
            location,
        } = self;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql(path, "starting the batch's transaction"))?;
        Ok(Box::new(SqliteBatch {
            tx,
            path,
            location,
            device_id: batch.device_id.to_string(),
            batch_id: batch.batch_id.to_string(),
            now: rfc3339(&batch.at),
            texts: HashMap::new(),
            texts_cached: 0,
        }))
    }

    fn contact_count(&mut self) -> Result<u64> {
        self.conn
            .query_row("SELECT count(*) FROM contacts", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(sql(&self.path, "counting contacts"))
    }

    fn purposes(&mut self) -> Result<Vec<String>> {
        self.conn
            .prepare("SELECT purpose FROM purposes ORDER BY position")
            .and_then(|mut st| {
                st.query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(sql(&self.path, "reading purposes"))
    }

    fn find_receipt(&mut self, receipt_id: &str) -> Result<Vec<ReceiptHit>> {
        let err = sql(&self.path, "looking up the receipt");
        let mut st = self
            .conn
            .prepare(
                "SELECT s.lead_id, s.contact_id, s.event_id, s.event_name, s.captured_at,
                    s.device_id, s.batch_id, s.policy_sha256, c.email_key
                 FROM source_leads AS s JOIN contacts AS c ON c.contact_id = s.contact_id
                 WHERE s.receipt_id = ?1 ORDER BY s.captured_at, s.lead_id",
            )
            .map_err(&err)?;
        let rows = st
            .query_map([receipt_id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, String>(7)?,
                    r.get::<_, Option<String>>(8)?,
                ))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(&err)?;
        drop(st);
        let mut hits = Vec::with_capacity(rows.len());
        for (lead, contact, event_id, event_name, at, device, batch, policy, email) in rows {
            let bad =
                |field, e: String| bad_row(&self.location, format_args!("lead {lead}"), field, e);
            let lead_id = uuid(&lead).map_err(|e| bad("lead_id", e))?;
            let consents = {
                let mut tx_reader = self
                    .conn
                    .prepare("SELECT consents FROM source_leads WHERE lead_id = ?1")
                    .map_err(&err)?;
                let json: String = tx_reader.query_row([&lead], |r| r.get(0)).map_err(&err)?;
                let stored: Vec<StoredConsent> =
                    serde_json::from_str(&json).map_err(|e| bad("consents", e.to_string()))?;
                stored.iter().map(|c| c.facts().into()).collect()
            };
            hits.push(ReceiptHit {
                lead_id,
                contact_id: uuid(&contact).map_err(|e| bad("contact_id", e))?,
                email_key: email,
                event_id,
                event_name,
                captured_at: time(&at).map_err(|e| bad("captured_at", e))?,
                device_id: uuid(&device).map_err(|e| bad("device_id", e))?,
                batch_id: uuid(&batch).map_err(|e| bad("batch_id", e))?,
                policy_sha256: policy,
                consents,
            });
        }
        Ok(hits)
    }

    fn stale_contacts(&mut self) -> Result<Vec<Uuid>> {
        let err = sql(&self.path, "finding contacts merged by older rules");
        let ids: Vec<String> = self
            .conn
            .prepare("SELECT contact_id FROM contacts WHERE merge_version < ?1 ORDER BY contact_id")
            .and_then(|mut st| {
                st.query_map([i64::from(super::MERGE_VERSION)], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(err)?;
        ids.iter()
            .map(|c| {
                uuid(c).map_err(|e| {
                    bad_row(&self.location, format_args!("contact {c}"), "contact_id", e)
                })
            })
            .collect()
    }

    fn each_contact_changed_since(
        &mut self,
        since: Option<i64>,
        visit: &mut dyn FnMut(&ContactExport) -> ControlFlow<()>,
    ) -> Result<()> {
        let err = sql(&self.path, "reading contacts");
        let mut st = self
            .conn
            .prepare(
                "SELECT c.contact_id, c.first_name, c.last_name, c.email, c.company, c.job_title,
                    c.phone, c.country, c.rating, c.event_name, c.consents, c.first_captured_at,
                    c.last_captured_at, s.lead_id, s.event_id, s.event_name, s.captured_at,
                    s.captured_by, s.notes, s.answers, c.review, s.badge_id, b.questions
                 FROM contacts AS c JOIN source_leads AS s ON s.contact_id = c.contact_id
                    LEFT JOIN batches AS b ON b.batch_id = s.batch_id
                 WHERE ?1 IS NULL OR c.change_seq > ?1
                 ORDER BY c.contact_id",
            )
            .map_err(&err)?;
        let mut rows = st.query([since]).map_err(&err)?;
        let mut current: Option<(String, ContactExport)> = None;
        while let Some(r) = rows.next().map_err(&err)? {
            let id: String = r.get(0).map_err(&err)?;
            if current.as_ref().is_none_or(|(c, _)| *c != id) {
                if let Some((_, contact)) = &current
                    && visit(contact).is_break()
                {
                    return Ok(());
                }
                let contact = contact_export(r, &id, &self.location)?;
                current = Some((id, contact));
            }
            let source = source_export(r, &self.location)?;
            if let Some((_, contact)) = &mut current {
                contact.sources.push(source);
            }
        }
        if let Some((_, contact)) = &current {
            let _ = visit(contact);
        }
        Ok(())
    }

    fn report_events(&mut self) -> Result<Vec<(String, String)>> {
        self.read_report_events()
    }

    fn each_report_lead(&mut self, event_id: &str, visit: &mut dyn FnMut(&LeadFact)) -> Result<()> {
        self.read_report_leads(event_id, visit)
    }

    fn report_batches(&mut self, event_id: &str) -> Result<(Vec<BatchFact>, Vec<GapFact>)> {
        self.read_report_batches(event_id)
    }

    fn report_removals(&mut self, event_id: &str) -> Result<Vec<RemovalFact>> {
        self.read_report_removals(event_id)
    }
}

/// One batch's `BEGIN IMMEDIATE` transaction; dropped without commit, it rolls back.
struct SqliteBatch<'c> {
    tx: Transaction<'c>,
    path: &'c Path,
    location: &'c str,
    device_id: String,
    batch_id: String,
    now: String,
    /// purpose -> wording -> `consent_texts.text_id` (looked up without
    /// allocating: every lead of an event carries the same few wordings).
    texts: HashMap<String, HashMap<String, i64>>,
    /// Wordings in `texts`.
    texts_cached: usize,
}

impl<'c> SqliteBatch<'c> {
    fn err(&self, doing: &'static str) -> impl Fn(rusqlite::Error) -> CentralError + 'c {
        sql(self.path, doing)
    }

    fn bad_row(
        &self,
        row: impl std::fmt::Display,
        field: &'static str,
        detail: impl Into<super::RowProblem>,
    ) -> CentralError {
        bad_row(self.location, row, field, detail)
    }

    fn link(&self, seq: u64) -> Result<Option<ChainLink>> {
        self.tx
            .prepare_cached(
                "SELECT sums_sha256, previous, folder FROM batches WHERE device_id = ?1 AND seq = ?2",
            )
            .and_then(|mut st| {
                st.query_row(params![self.device_id, seq as i64], |r| {
                    Ok(ChainLink {
                        sums_sha256: r.get(0)?,
                        previous: r.get(1)?,
                        folder: r.get(2)?,
                    })
                })
                .optional()
            })
            .map_err(self.err("reading the device's chain"))
    }

    /// The id of a consent wording, recorded on first sight.
    fn text_id(&mut self, purpose: &str, text: &str) -> Result<i64> {
        if let Some(id) = self.texts.get(purpose).and_then(|t| t.get(text)) {
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
        if self.texts_cached < MAX_TEXT_CACHE {
            self.texts
                .entry(purpose.to_owned())
                .or_default()
                .insert(text.to_owned(), id);
            self.texts_cached += 1;
        }
        Ok(id)
    }

    /// `source_leads.consents` for a lead's consent records.
    fn stored_consents(&mut self, consents: &[ConsentRecord]) -> Result<String> {
        let mut text_ids = Vec::with_capacity(consents.len());
        for c in consents {
            text_ids.push(self.text_id(&c.purpose, &c.text)?);
        }
        Ok(super::stored::stored_consents_json(consents, &text_ids))
    }

    fn wording(&self, text_id: i64) -> Result<Option<String>> {
        self.tx
            .prepare_cached("SELECT text FROM consent_texts WHERE text_id = ?1")
            .and_then(|mut st| st.query_row([text_id], |r| r.get(0)).optional())
            .map_err(self.err("reading consent wording"))
    }
}

impl BatchTx for SqliteBatch<'_> {
    fn chain(&mut self, seq: u64, sums_sha256: &str) -> Result<ChainFacts> {
        let imported_at: Option<String> = self
            .tx
            .query_row(
                "SELECT imported_at FROM batches WHERE sums_sha256 = ?1",
                [sums_sha256],
                |r| r.get(0),
            )
            .optional()
            .map_err(self.err("looking up the batch"))?;
        let imported_at = imported_at
            .map(|t| {
                time(&t).map_err(|e| {
                    self.bad_row(format_args!("batch {sums_sha256}"), "imported_at", e)
                })
            })
            .transpose()?;
        let same_batch_id = self
            .tx
            .query_row(
                "SELECT folder FROM batches WHERE batch_id = ?1",
                [&self.batch_id],
                |r| r.get::<_, String>(0),
            )
            .optional()
            .map_err(self.err("looking up the batch id"))?;
        let at_seq = self.link(seq)?;
        let below = self
            .tx
            .query_row(
                "SELECT seq, sums_sha256, previous, folder FROM batches
                 WHERE device_id = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT 1",
                params![self.device_id, seq as i64],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)? as u64,
                        ChainLink {
                            sums_sha256: r.get(1)?,
                            previous: r.get(2)?,
                            folder: r.get(3)?,
                        },
                    ))
                },
            )
            .optional()
            .map_err(self.err("reading the device's chain"))?;
        let next = self.link(seq + 1)?;
        let from = below.as_ref().map_or(0, |b| b.0) + 1;
        let open_gaps_below: i64 = self
            .tx
            .query_row(
                "SELECT count(*) FROM gaps WHERE device_id = ?1 AND seq BETWEEN ?2 AND ?3 AND filled_by IS NULL",
                params![self.device_id, from as i64, seq as i64 - 1],
                |r| r.get(0),
            )
            .map_err(self.err("reading recorded gaps"))?;
        let fills_gap = self
            .tx
            .query_row(
                "SELECT 1 FROM gaps WHERE device_id = ?1 AND seq = ?2 AND filled_by IS NULL",
                params![self.device_id, seq as i64],
                |_| Ok(()),
            )
            .optional()
            .map_err(self.err("reading recorded gaps"))?
            .is_some();
        let last_seq: i64 = self
            .tx
            .query_row(
                "SELECT coalesce(max(seq), 0) FROM batches WHERE device_id = ?1",
                [&self.device_id],
                |r| r.get(0),
            )
            .map_err(self.err("reading the device's chain"))?;
        let bound_key: Option<String> = self
            .tx
            .query_row(
                "SELECT key_id FROM devices WHERE device_id = ?1",
                [&self.device_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(self.err("reading the device's key"))?;
        Ok(ChainFacts {
            imported_at,
            same_batch_id,
            at_seq,
            below,
            next,
            open_gaps_below: open_gaps_below as u64,
            fills_gap,
            last_seq: last_seq as u64,
            bound_key,
        })
    }

    fn record_batch(&mut self, b: &NewBatch<'_>) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO devices (device_id, key_id, first_seen_at, last_seen_at)
                 VALUES (?1, ?2, ?3, ?3)
                 ON CONFLICT (device_id) DO UPDATE SET last_seen_at = excluded.last_seen_at,
                    key_id = CASE WHEN ?4 THEN excluded.key_id ELSE key_id END",
                params![self.device_id, b.key_id, self.now, b.rebind],
            )
            .map_err(self.err("recording the device"))?;
        self.tx
            .execute(
                "INSERT INTO batches (batch_id, device_id, seq, previous, sums_sha256, key_id,
                    event_id, event_name, folder, scope, created_at, imported_at, lead_count,
                    erasure_count, leads_new, leads_merged, leads_updated, leads_ignored,
                    erasures_applied, withdrawals_applied, questions, wording)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 0, 0, 0, 0, 0, 0, ?15,
                    ?16)",
                params![
                    self.batch_id,
                    self.device_id,
                    b.seq as i64,
                    b.previous,
                    b.sums_sha256,
                    b.key_id,
                    b.event_id,
                    b.event_name,
                    b.folder,
                    b.scope,
                    rfc3339(&b.created_at),
                    self.now,
                    b.lead_count as i64,
                    b.erasure_count as i64,
                    b.questions
                        .map(|q| serde_json::to_string(q).expect("question wording serialises")),
                    b.wording
                        .map(|w| serde_json::to_string(w).expect("wording serialises")),
                ],
            )
            .map_err(self.err("recording the batch"))?;
        if let Some((from, to)) = b.gap {
            let mut st = self
                .tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO gaps (device_id, seq, recorded_at, recorded_by)
                     VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(self.err("recording the gap"))?;
            for s in from..=to {
                st.execute(params![self.device_id, s as i64, self.now, self.batch_id])
                    .map_err(self.err("recording the gap"))?;
            }
        }
        if b.fills_gap {
            self.tx
                .execute(
                    "UPDATE gaps SET filled_at = ?3, filled_by = ?4 WHERE device_id = ?1 AND seq = ?2",
                    params![self.device_id, b.seq as i64, self.now, self.batch_id],
                )
                .map_err(self.err("filling the gap"))?;
        }
        Ok(())
    }

    fn lead(&mut self, lead_id: Uuid) -> Result<LeadOnFile> {
        let id = IdText::from(lead_id);
        let erased_by: Option<String> = self
            .tx
            .prepare_cached(
                "SELECT b.device_id FROM erased_leads AS e
                 JOIN batches AS b ON b.batch_id = e.batch_id WHERE e.lead_id = ?1
                 UNION ALL SELECT device_id FROM removed_leads WHERE lead_id = ?1
                 LIMIT 1",
            )
            .and_then(|mut st| st.query_row([&id], |r| r.get(0)).optional())
            .map_err(self.err("reading erasures"))?;
        if let Some(device) = erased_by {
            let device_id = uuid(&device)
                .map_err(|e| self.bad_row(format_args!("lead {lead_id}"), "erasure batch", e))?;
            return Ok(LeadOnFile::Erased { device_id });
        }
        let current = self
            .tx
            .prepare_cached(
                "SELECT s.contact_id, c.email_key, b.device_id, b.seq, b.created_at, b.batch_id
                 FROM source_leads AS s
                 JOIN batches AS b ON b.batch_id = s.batch_id
                 JOIN contacts AS c ON c.contact_id = s.contact_id
                 WHERE s.lead_id = ?1",
            )
            .and_then(|mut st| {
                st.query_row([&id], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, i64>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                    ))
                })
                .optional()
            })
            .map_err(self.err("reading the lead's earlier version"))?;
        let current = match current {
            None => None,
            Some((contact, email_key, device, seq, created_at, batch)) => {
                let bad = |field, e: String| self.bad_row(format_args!("lead {lead_id}"), field, e);
                Some(LeadVersion {
                    contact_id: uuid(&contact).map_err(|e| bad("contact_id", e))?,
                    email_key,
                    device_id: uuid(&device).map_err(|e| bad("batch device_id", e))?,
                    seq: seq as u64,
                    batch_created_at: time(&created_at).map_err(|e| bad("batch created_at", e))?,
                    batch_id: uuid(&batch).map_err(|e| bad("batch_id", e))?,
                })
            }
        };
        let mut st = self
            .tx
            .prepare_cached(
                "SELECT w.purpose, w.at, b.device_id, w.by, w.channel FROM withdrawals AS w
                 JOIN batches AS b ON b.batch_id = w.batch_id WHERE w.lead_id = ?1",
            )
            .map_err(self.err("reading withdrawals"))?;
        let rows = st
            .query_map([&id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                ))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(self.err("reading withdrawals"))?;
        drop(st);
        let withdrawals = rows
            .into_iter()
            .map(|(purpose, at, device, by, channel)| {
                let bad = |field, e| self.bad_row(format_args!("lead {lead_id}"), field, e);
                Ok(Withdrawal {
                    at: time(&at).map_err(|e| bad("withdrawal at", e))?,
                    device_id: uuid(&device).map_err(|e| bad("withdrawal batch", e))?,
                    purpose,
                    by,
                    channel,
                })
            })
            .collect::<Result<_>>()?;
        Ok(LeadOnFile::Known {
            current,
            withdrawals,
        })
    }

    fn person_erased_at(&mut self, email_hash: &str) -> Result<Option<DateTime<Utc>>> {
        let at: Option<String> = self
            .tx
            .prepare_cached("SELECT erased_at FROM erased_people WHERE email_hash = ?1")
            .and_then(|mut st| st.query_row([email_hash], |r| r.get(0)).optional())
            .map_err(self.err("reading erased people"))?;
        at.map(|a| {
            a.parse().map_err(|err: chrono::ParseError| {
                self.bad_row("erased person", "erased_at", err.to_string())
            })
        })
        .transpose()
    }

    fn contact_by_email(&mut self, email_key: &str) -> Result<Option<Uuid>> {
        let found = self
            .tx
            .prepare_cached("SELECT contact_id FROM contacts WHERE email_key = ?1")
            .and_then(|mut st| {
                st.query_row([email_key], |r| r.get::<_, String>(0))
                    .optional()
            })
            .map_err(self.err("looking up the contact"))?;
        found
            .map(|c| {
                uuid(&c).map_err(|e| self.bad_row(format_args!("contact {c}"), "contact_id", e))
            })
            .transpose()
    }

    fn insert_contact(&mut self, email_key: Option<&str>, c: &ContactRecord<'_>) -> Result<()> {
        let row = ContactRow::of(c);
        let values = row.values(c);
        let params = values
            .iter()
            .copied()
            .chain([&email_key as &dyn ToSql, &self.now]);
        self.tx
            .prepare_cached(
                "INSERT INTO contacts (contact_id, first_name, last_name, company, job_title,
                    phone, country, rating, event_name, consents, first_captured_at,
                    last_captured_at, source_count, review, merge_version, email_key, email,
                    created_at, change_seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                    coalesce(?16, ''), ?17,
                    (SELECT coalesce(max(change_seq), 0) + 1 FROM contacts))",
            )
            .and_then(|mut st| st.execute(rusqlite::params_from_iter(params)))
            .map_err(self.err("creating a contact"))?;
        Ok(())
    }

    fn update_contact(&mut self, c: &ContactRecord<'_>) -> Result<()> {
        let row = ContactRow::of(c);
        self.tx
            .prepare_cached(
                "UPDATE contacts SET first_name = ?2, last_name = ?3, email = coalesce(email_key, ''),
                    company = ?4, job_title = ?5, phone = ?6, country = ?7, rating = ?8,
                    event_name = ?9, consents = ?10, first_captured_at = ?11,
                    last_captured_at = ?12, source_count = ?13, review = ?14, merge_version = ?15,
                    change_seq = CASE WHEN (first_name, last_name, company, job_title, phone,
                            country, rating, event_name, consents, first_captured_at,
                            last_captured_at, source_count, review)
                        IS (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                        THEN change_seq
                        ELSE (SELECT coalesce(max(change_seq), 0) + 1 FROM contacts) END
                 WHERE contact_id = ?1",
            )
            .and_then(|mut st| st.execute(&row.values(c)[..]))
            .map_err(self.err("updating the contact"))?;
        Ok(())
    }

    fn remove_contact(&mut self, contact_id: Uuid) -> Result<bool> {
        let id = contact_id.to_string();
        let gone = self
            .tx
            .execute("DELETE FROM contacts WHERE contact_id = ?1", [&id])
            .map_err(self.err("removing the contact"))?;
        if gone == 0 {
            return Ok(false);
        }
        self.tx
            .execute(
                "UPDATE erased_leads SET contact_removed = 1 WHERE contact_id = ?1 AND batch_id = ?2",
                params![id, self.batch_id],
            )
            .map_err(self.err("recording the erasure"))?;
        Ok(true)
    }

    fn save_source(&mut self, contact_id: Uuid, lead: &Lead, event_name: &str) -> Result<()> {
        let answers = serde_json::to_string(&lead.answers).expect("answers serialise");
        fn json<T: Serialize>(v: &Option<T>) -> Option<String> {
            v.as_ref()
                .map(|v| serde_json::to_string(v).expect("plain records serialise"))
        }
        // A lead of schema 2 carries its collection context.
        let lead_schema = i64::from(lead.schema_version());
        let consents = self.stored_consents(&lead.consents)?;
        self.tx
            .prepare_cached(
                "INSERT INTO source_leads (lead_id, contact_id, batch_id, device_id, event_id,
                    event_name, captured_at, captured_by, source, first_name, last_name, email,
                    company, job_title, phone, country, notes, rating, answers, badge_id,
                    policy_sha256, consents, lead_schema, receipt_id, notice, controller,
                    jurisdiction, collection, data_categories)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                    ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)
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
                    consents = excluded.consents, lead_schema = excluded.lead_schema,
                    receipt_id = excluded.receipt_id, notice = excluded.notice,
                    controller = excluded.controller, jurisdiction = excluded.jurisdiction,
                    collection = excluded.collection, data_categories = excluded.data_categories",
            )
            .and_then(|mut st| {
                st.execute(params![
                    IdText::from(lead.lead_id),
                    IdText::from(contact_id),
                    self.batch_id,
                    IdText::from(lead.device_id),
                    lead.event_id,
                    event_name,
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
                    lead_schema,
                    lead.receipt_id,
                    json(&lead.notice),
                    json(&lead.controller),
                    lead.jurisdiction,
                    json(&lead.collection),
                    serde_json::to_string(&lead.data_categories).expect("strings serialise"),
                ])
            })
            .map_err(self.err("saving the lead"))?;
        Ok(())
    }

    fn save_policy_text(&mut self, p: &PolicyText) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO policy_texts (sha256, last_updated, url, text, batch_id, received_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (sha256) DO NOTHING",
            )
            .and_then(|mut st| {
                st.execute(params![
                    p.sha256,
                    p.last_updated,
                    p.url,
                    p.text,
                    self.batch_id,
                    self.now
                ])
            })
            .map_err(self.err("storing the policy text"))?;
        Ok(())
    }

    fn contact_sources(&mut self, contact_id: Uuid) -> Result<Vec<SourceFacts>> {
        let err = self.err("reading the contact's sources");
        let mut st = self
            .tx
            .prepare_cached(
                "SELECT lead_id, captured_at, event_name, first_name, last_name, company,
                    job_title, phone, country, rating, consents, policy_sha256
                 FROM source_leads WHERE contact_id = ?1",
            )
            .map_err(&err)?;
        let mut rows = st.query([IdText::from(contact_id)]).map_err(&err)?;
        let mut sources = Vec::new();
        while let Some(r) = rows.next().map_err(&err)? {
            let facts = source_facts(r).map_err(|(lead, detail)| {
                bad_row(
                    self.location,
                    format_args!("lead {lead}"),
                    "source lead",
                    detail,
                )
            })?;
            sources.push(facts);
        }
        Ok(sources)
    }

    fn erase(&mut self, lead_id: Uuid, at: DateTime<Utc>, by: &str) -> Result<Option<Uuid>> {
        let id = lead_id.to_string();
        self.tx
            .execute(
                "INSERT INTO erased_leads (lead_id, erased_at, erased_by, batch_id)
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (lead_id) DO NOTHING",
                params![id, rfc3339(&at), by, self.batch_id],
            )
            .map_err(self.err("recording the erasure"))?;
        let contact: Option<String> = self
            .tx
            .prepare_cached("SELECT contact_id FROM source_leads WHERE lead_id = ?1")
            .and_then(|mut st| st.query_row([&id], |r| r.get(0)).optional())
            .map_err(self.err("reading the lead"))?;
        let Some(contact) = contact else {
            return Ok(None);
        };
        self.tx
            .execute("DELETE FROM source_leads WHERE lead_id = ?1", [&id])
            .map_err(self.err("erasing the lead"))?;
        self.tx
            .execute(
                "UPDATE erased_leads SET contact_id = ?2 WHERE lead_id = ?1",
                params![id, contact],
            )
            .map_err(self.err("recording the erasure"))?;
        uuid(&contact)
            .map(Some)
            .map_err(|e| self.bad_row(format_args!("lead {id}"), "contact_id", e))
    }

    fn record_withdrawal(
        &mut self,
        lead_id: Uuid,
        purpose: &str,
        at: DateTime<Utc>,
        by: &str,
        channel: Option<&str>,
    ) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO withdrawals (lead_id, purpose, at, by, batch_id, channel)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (lead_id, purpose) DO UPDATE SET at = excluded.at, by = excluded.by,
                    batch_id = excluded.batch_id, channel = excluded.channel",
                params![
                    lead_id.to_string(),
                    purpose,
                    rfc3339(&at),
                    by,
                    self.batch_id,
                    channel
                ],
            )
            .map_err(self.err("recording the withdrawal"))?;
        Ok(())
    }

    fn source_consents(&mut self, lead_id: Uuid) -> Result<Option<(Uuid, Vec<ConsentRecord>)>> {
        let id = lead_id.to_string();
        let row: Option<(String, String)> = self
            .tx
            .prepare_cached("SELECT contact_id, consents FROM source_leads WHERE lead_id = ?1")
            .and_then(|mut st| st.query_row([&id], |r| r.try_into()).optional())
            .map_err(self.err("reading the lead"))?;
        let Some((contact, json)) = row else {
            return Ok(None);
        };
        let bad = |field, e: String| self.bad_row(format_args!("lead {id}"), field, e);
        let contact = uuid(&contact).map_err(|e| bad("contact_id", e))?;
        let stored: Vec<StoredConsent> =
            serde_json::from_str(&json).map_err(|e| bad("consents", e.to_string()))?;
        let mut consents = Vec::with_capacity(stored.len());
        for c in stored {
            let text_id = c.text_id();
            let text = self.wording(text_id)?.ok_or_else(|| {
                self.bad_row(
                    format_args!("lead {id}"),
                    "consents",
                    super::RowProblem::NoWording(text_id),
                )
            })?;
            consents.push(
                c.record(text)
                    .map_err(|e| self.bad_row(format_args!("lead {id}"), "consents", e))?,
            );
        }
        Ok(Some((contact, consents)))
    }

    fn set_source_consents(&mut self, lead_id: Uuid, consents: &[ConsentRecord]) -> Result<()> {
        let json = self.stored_consents(consents)?;
        self.tx
            .execute(
                "UPDATE source_leads SET consents = ?2 WHERE lead_id = ?1",
                params![lead_id.to_string(), json],
            )
            .map_err(self.err("withdrawing the consent"))?;
        Ok(())
    }

    fn suppress(
        &mut self,
        contact_id: Uuid,
        action: SuppressionAction,
        reason: &str,
        purpose: Option<&str>,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO suppressions (contact_id, first_name, last_name, email, action,
                    reason, purpose, at)
                 SELECT contact_id,
                    CASE ?2 WHEN 'delete' THEN '' ELSE first_name END,
                    CASE ?2 WHEN 'delete' THEN '' ELSE last_name END,
                    CASE ?2 WHEN 'delete' THEN '' ELSE email END,
                    ?2, ?3, ?4, ?5
                 FROM contacts WHERE contact_id = ?1",
            )
            .and_then(|mut st| {
                st.execute(params![
                    IdText::from(contact_id),
                    action.as_str(),
                    reason,
                    purpose,
                    self.now
                ])
            })
            .map_err(self.err("queueing a suppression"))?;
        Ok(())
    }

    fn person_withdrawals(&mut self, email_hash: &str) -> Result<Vec<PersonWithdrawal>> {
        let rows: Vec<(String, String, String)> = self
            .tx
            .prepare_cached(
                "SELECT purpose, at, by FROM person_withdrawals WHERE email_hash = ?1
                 ORDER BY at, purpose",
            )
            .and_then(|mut st| {
                st.query_map([email_hash], |r| r.try_into())?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(self.err("reading a person's withdrawals"))?;
        rows.into_iter()
            .map(|(purpose, at, by)| {
                Ok(PersonWithdrawal {
                    at: time(&at).map_err(|e| self.bad_row("person withdrawal", "at", e))?,
                    purpose,
                    by,
                })
            })
            .collect()
    }

    fn record_person_withdrawal(
        &mut self,
        email_hash: &str,
        purpose: &str,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO person_withdrawals (email_hash, purpose, at, by)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (email_hash, purpose) DO NOTHING",
                params![email_hash, purpose, rfc3339(&at), by],
            )
            .map_err(self.err("recording the person's withdrawal"))?;
        Ok(())
    }

    fn leads(&mut self, lead_ids: &[Uuid]) -> Result<Vec<LeadOnFile>> {
        // One statement per chunk (the ids as a JSON array), not three per lead.
        let ids = serde_json::to_string(lead_ids).expect("ids serialise");
        let err = self.err("reading the leads' earlier versions");
        let mut st = self
            .tx
            .prepare_cached(
                "SELECT coalesce(
                        (SELECT b.device_id FROM erased_leads AS e
                         JOIN batches AS b ON b.batch_id = e.batch_id WHERE e.lead_id = l.value),
                        (SELECT device_id FROM removed_leads WHERE lead_id = l.value)),
                    s.contact_id, c.email_key, b.device_id, b.seq, b.created_at, b.batch_id,
                    EXISTS (SELECT 1 FROM withdrawals WHERE lead_id = l.value)
                 FROM json_each(?1) AS l
                 LEFT JOIN source_leads AS s ON s.lead_id = l.value
                 LEFT JOIN batches AS b ON b.batch_id = s.batch_id
                 LEFT JOIN contacts AS c ON c.contact_id = s.contact_id
                 ORDER BY l.key",
            )
            .map_err(&err)?;
        type Found = (
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<i64>,
            Option<String>,
            Option<String>,
            bool,
        );
        let rows: Vec<Found> = st
            .query_map([&ids], |r| r.try_into())
            .and_then(|rows| rows.collect::<rusqlite::Result<_>>())
            .map_err(&err)?;
        drop(st);
        if rows.len() != lead_ids.len() {
            return Err(self.bad_row(
                "leads",
                "lead_id",
                super::RowProblem::RowCount {
                    rows: rows.len(),
                    leads: lead_ids.len(),
                },
            ));
        }
        let mut found = Vec::with_capacity(rows.len());
        for (lead_id, row) in lead_ids.iter().zip(rows) {
            let (erased_by, contact, email_key, device, seq, created_at, batch, withdrawn) = row;
            let bad = |field, e: String| self.bad_row(format_args!("lead {lead_id}"), field, e);
            if let Some(device) = erased_by {
                let device_id = uuid(&device).map_err(|e| bad("erasure batch", e))?;
                found.push(LeadOnFile::Erased { device_id });
                continue;
            }
            let current = match (contact, device, seq, created_at, batch) {
                (None, ..) => None,
                (Some(contact), Some(device), Some(seq), Some(created_at), Some(batch)) => {
                    Some(LeadVersion {
                        contact_id: uuid(&contact).map_err(|e| bad("contact_id", e))?,
                        email_key,
                        device_id: uuid(&device).map_err(|e| bad("batch device_id", e))?,
                        seq: seq as u64,
                        batch_created_at: time(&created_at)
                            .map_err(|e| bad("batch created_at", e))?,
                        batch_id: uuid(&batch).map_err(|e| bad("batch_id", e))?,
                    })
                }
                _ => {
                    return Err(self.bad_row(
                        format_args!("lead {lead_id}"),
                        "batch_id",
                        super::RowProblem::BatchMissing,
                    ));
                }
            };
            // Withdrawals are rare: read for the leads that have any.
            let withdrawals = if withdrawn {
                match self.lead(*lead_id)? {
                    LeadOnFile::Known { withdrawals, .. } => withdrawals,
                    LeadOnFile::Erased { .. } => Vec::new(),
                }
            } else {
                Vec::new()
            };
            found.push(LeadOnFile::Known {
                current,
                withdrawals,
            });
        }
        Ok(found)
    }

    fn contacts_by_email(&mut self, email_keys: &[&str]) -> Result<HashMap<String, Uuid>> {
        let keys = serde_json::to_string(email_keys).expect("keys serialise");
        let rows: Vec<(String, String)> = self
            .tx
            .prepare_cached(
                "SELECT c.email_key, c.contact_id FROM json_each(?1) AS k
                 JOIN contacts AS c ON c.email_key = k.value",
            )
            .and_then(|mut st| {
                st.query_map([&keys], |r| r.try_into())?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(self.err("looking up the contacts"))?;
        rows.into_iter()
            .map(|(key, c)| {
                let id = uuid(&c)
                    .map_err(|e| self.bad_row(format_args!("contact {c}"), "contact_id", e))?;
                Ok((key, id))
            })
            .collect()
    }

    fn people(&mut self, email_hashes: &[&str]) -> Result<HashMap<String, PersonOnFile>> {
        let mut found = HashMap::new();
        // Nobody erased or withdrew at the central office (the usual case):
        // nothing to look up, lead by lead.
        let any: bool = self
            .tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM erased_people)
                    OR EXISTS (SELECT 1 FROM person_withdrawals)",
            )
            .and_then(|mut st| st.query_row([], |r| r.get(0)))
            .map_err(self.err("reading erased people"))?;
        if !any {
            return Ok(found);
        }
        for h in email_hashes {
            let person = PersonOnFile {
                erased_at: self.person_erased_at(h)?,
                withdrawals: self.person_withdrawals(h)?,
            };
            if person.erased_at.is_some() || !person.withdrawals.is_empty() {
                found.insert((*h).to_owned(), person);
            }
        }
        Ok(found)
    }

    fn commit(self: Box<Self>, counts: &BatchCounts, purposes: &[String]) -> Result<()> {
        {
            let mut st = self
                .tx
                .prepare_cached("INSERT OR IGNORE INTO purposes (purpose) VALUES (?1)")
                .map_err(self.err("recording purposes"))?;
            for p in purposes {
                st.execute([p]).map_err(self.err("recording purposes"))?;
            }
        }
        self.tx
            .execute(
                "UPDATE batches SET leads_new = ?2, leads_merged = ?3, leads_updated = ?4,
                    leads_ignored = ?5, erasures_applied = ?6, withdrawals_applied = ?7
                 WHERE batch_id = ?1",
                params![
                    self.batch_id,
                    counts.leads_new as i64,
                    counts.leads_merged as i64,
                    counts.leads_updated as i64,
                    counts.leads_ignored as i64,
                    counts.erasures_applied as i64,
                    counts.withdrawals_applied as i64,
                ],
            )
            .map_err(self.err("recording the batch's counts"))?;
        let err = self.err("committing the batch");
        self.tx.commit().map_err(err)
    }
}

/// A contact's merged values as stored, bound as `?1` (its id) to `?15` by both
/// the INSERT and the UPDATE of a contact.
struct ContactRow {
    id: IdText,
    consents: String,
    first: String,
    last: String,
    sources: i64,
    merge_version: i64,
}

impl ContactRow {
    fn of(c: &ContactRecord<'_>) -> Self {
        ContactRow {
            id: IdText::from(c.contact_id),
            consents: consents_json(&c.consents),
            first: rfc3339(&c.first_captured_at),
            last: rfc3339(&c.last_captured_at),
            sources: c.source_count as i64,
            merge_version: i64::from(super::MERGE_VERSION),
        }
    }

    fn values<'a>(&'a self, c: &'a ContactRecord<'a>) -> [&'a dyn ToSql; 15] {
        let [first_name, last_name, company, job_title, phone, country] = &c.fields;
        [
            &self.id,
            first_name,
            last_name,
            company,
            job_title,
            phone,
            country,
            &c.rating,
            &c.event_name,
            &self.consents,
            &self.first,
            &self.last,
            &self.sources,
            &c.review,
            &self.merge_version,
        ]
    }
}

/// A UUID as the schema stores it (lowercase, hyphenated), bound without
/// allocating: a batch binds several per lead.
struct IdText([u8; uuid::fmt::Hyphenated::LENGTH]);

impl From<Uuid> for IdText {
    fn from(id: Uuid) -> Self {
        let mut b = [0u8; uuid::fmt::Hyphenated::LENGTH];
        id.hyphenated().encode_lower(&mut b);
        IdText(b)
    }
}

impl ToSql for IdText {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(ValueRef::Text(&self.0)))
    }
}

fn bad_row(
    db: &str,
    row: impl std::fmt::Display,
    field: &'static str,
    detail: impl Into<super::RowProblem>,
) -> CentralError {
    CentralError::BadRow {
        db: db.to_owned(),
        row: row.to_string(),
        field,
        detail: detail.into(),
    }
}

fn uuid(s: &str) -> std::result::Result<Uuid, String> {
    Uuid::parse_str(s).map_err(|e| e.to_string())
}

fn time(s: &str) -> std::result::Result<DateTime<Utc>, String> {
    s.parse::<DateTime<Utc>>().map_err(|e| e.to_string())
}

/// `contacts.consents` as JSON text (see [`super::stored::decisions`]).
fn consents_json(consents: &[MergedConsent<'_>]) -> String {
    super::stored::decisions_json(consents)
}

/// Reads `contacts.consents` (written by [`consents_json`], or by schema 1).
fn parse_consents_json(
    json: &str,
) -> std::result::Result<std::collections::BTreeMap<String, ContactConsent>, String> {
    parse_decisions(serde_json::from_str(json).map_err(|e| e.to_string())?)
}

fn source_facts(r: &Row<'_>) -> std::result::Result<SourceFacts, (String, String)> {
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
    let consents = consents.iter().map(StoredConsent::facts).collect();
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
        policy_sha256: text(11).map_err(&fail)?,
        consents,
    })
}

fn contact_export(r: &Row<'_>, id: &str, db: &str) -> Result<ContactExport> {
    let bad = |field, e: String| bad_row(db, format_args!("contact {id}"), field, e);
    let get = |i: usize| {
        r.get::<_, String>(i)
            .map_err(|e| bad("contact", e.to_string()))
    };
    let consents = get(10)?;
    Ok(ContactExport {
        contact_id: uuid(id).map_err(|e| bad("contact_id", e))?,
        fields: [
            get(1)?,
            get(2)?,
            get(3)?,
            get(4)?,
            get(5)?,
            get(6)?,
            get(7)?,
        ],
        rating: r
            .get(8)
            .map_err(|e: rusqlite::Error| bad("rating", e.to_string()))?,
        event_name: get(9)?,
        // Written by the merge; unreadable JSON would be a damaged row, shown as
        // no decisions rather than a guessed one.
        consents: parse_consents_json(&consents).unwrap_or_default(),
        review: r
            .get(20)
            .map_err(|e: rusqlite::Error| bad("review", e.to_string()))?,
        first_captured_at: time(&get(11)?).map_err(|e| bad("first_captured_at", e))?,
        last_captured_at: time(&get(12)?).map_err(|e| bad("last_captured_at", e))?,
        sources: Vec::new(),
    })
}

fn source_export(r: &Row<'_>, db: &str) -> Result<SourceExport> {
    let lead: String = r.get(13).unwrap_or_default();
    let bad = |field, e: String| bad_row(db, format_args!("lead {lead}"), field, e);
    let get = |i: usize| {
        r.get::<_, String>(i)
            .map_err(|e| bad("source lead", e.to_string()))
    };
    let answers = get(19)?;
    Ok(SourceExport {
        lead_id: uuid(&lead).map_err(|e| bad("lead_id", e))?,
        event_id: get(14)?,
        event_name: get(15)?,
        captured_at: time(&get(16)?).map_err(|e| bad("captured_at", e))?,
        captured_by: get(17)?,
        notes: get(18)?,
        answers: serde_json::from_str(&answers).unwrap_or(serde_json::Value::Null),
        badge_id: r.get(21).map_err(|e| bad("badge_id", e.to_string()))?,
        questions: r
            .get::<_, Option<String>>(22)
            .map_err(|e| bad("questions", e.to_string()))?
            .map(|q| serde_json::from_str(&q).map_err(|e| bad("questions", e.to_string())))
            .transpose()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::central::ConsentState;

    #[test]
    fn stored_contact_consents_read_back_in_both_shapes() {
        let at: DateTime<Utc> = "2026-11-29T13:00:00Z".parse().unwrap();
        let c = |purpose, state| MergedConsent {
            purpose,
            state,
            at,
            lead_id: Uuid::nil(),
            policy_sha256: "p",
            text_sha256: Some("t"),
            language: Some("de"),
            language_asked: Some("it"),
        };
        let json = consents_json(&[
            c("marketing_email", ConsentState::Granted),
            c("events", ConsentState::Withdrawn),
        ]);
        assert_eq!(
            json,
            r#"{"events":["withdrawn","2026-11-29T13:00:00Z","p","t","de","it"],"marketing_email":["granted","2026-11-29T13:00:00Z","p","t","de","it"]}"#
        );
        let stored = parse_consents_json(&json).unwrap();
        assert_eq!(stored["marketing_email"].state, ConsentState::Granted);
        assert_eq!(stored["events"].text_sha256.as_deref(), Some("t"));
        assert_eq!(stored["events"].language.as_deref(), Some("de"));
        assert_eq!(stored["events"].language_asked.as_deref(), Some("it"));
        // Merge version 2 rows: four elements, no language.
        let v2 = parse_consents_json(r#"{"events":["granted","2026-11-29T13:00:00Z","p","t"]}"#)
            .unwrap();
        assert_eq!(v2["events"].language, None);
        // Schema 1 rows: two elements, and "denied" for what is now "not given".
        let old = parse_consents_json(r#"{"events":["denied","2026-11-29T13:00:00Z"]}"#).unwrap();
        assert_eq!(old["events"].state, ConsentState::NotGiven);
        assert_eq!(old["events"].policy_sha256, None);
    }
}
