//! The booth database: one [`Store`] owns the SQLite connection to
//! `leadbooth.sqlite3`. Opening sets the durability pragmas (WAL,
//! `synchronous=FULL`) and runs the numbered migrations in `migrations/`; every
//! multi-row write is one transaction and appends to the audit log.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use rusqlite_migration::{M, Migrations};
use uuid::Uuid;

use crate::consent::{ConsentMethod, ConsentRecord};
use crate::lead::{Lead, PolicyRef, Rating, Source, now_utc, rfc3339};
use crate::paths::DataDir;
use crate::policy::Policy;

/// The booth schema's migrations, in order. Append only; never edit a released one.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("../migrations/0001_booth.sql")),
    M::up(include_str!("../migrations/0002_batches.sql")),
    M::up(include_str!("../migrations/0003_show_floor.sql")),
];

/// How long a writer waits for another process's transaction (the TUI and a CLI
/// command on the same data dir), in milliseconds.
pub const BUSY_TIMEOUT_MS: u32 = 10_000;

/// Why the store could not do what was asked. Every message names the file or lead.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The data dir could not be created or used.
    #[error("cannot use data dir {path}: {source}")]
    DataDir {
        /// The data dir.
        path: PathBuf,
        /// The IO error.
        source: std::io::Error,
    },
    /// The file is not an SQLite database or is damaged.
    #[error(
        "database {path} is damaged or is not a leadbooth database ({detail}); it was left untouched — keep a copy and run `leadbooth doctor`"
    )]
    Corrupt {
        /// The database file.
        path: PathBuf,
        /// What SQLite said.
        detail: String,
    },
    /// The database was written by a newer leadbooth.
    #[error(
        "database {path} has schema version {found}, newer than this leadbooth knows ({known}); it was left untouched — use a newer leadbooth"
    )]
    TooNew {
        /// The database file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// The newest this build knows.
        known: usize,
    },
    /// Another booth TUI holds the data dir.
    #[error(
        "another leadbooth booth is already running on data dir {path}{pid}; close it first (leadbooth CLI commands still work alongside it)"
    )]
    BoothRunning {
        /// The data dir.
        path: PathBuf,
        /// " (pid N)" when known.
        pid: String,
    },
    /// A lead id that does not exist.
    #[error("no lead with id {0}")]
    NoSuchLead(String),
    /// The lead is a tombstone: its personal data was erased.
    #[error("lead {lead} was erased at {at}; nothing is left to change")]
    Erased {
        /// The lead id.
        lead: String,
        /// When it was erased.
        at: String,
    },
    /// A withdrawal that does not apply.
    #[error("lead {lead}: consent {purpose:?} {problem}")]
    NotWithdrawable {
        /// The lead id.
        lead: String,
        /// The purpose.
        purpose: String,
        /// Why: "was not granted", "was already withdrawn at ...", "is not recorded on this lead".
        problem: String,
    },
    /// A lead id that already exists.
    #[error("lead {0} already exists")]
    DuplicateLead(Uuid),
    /// An SQLite error, with what was being done.
    #[error("database {path}: {doing}: {source}")]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// What was being done.
        doing: &'static str,
        /// The SQLite error.
        source: rusqlite::Error,
    },
    /// Stored JSON that does not parse (a damaged row).
    #[error("database {path}: lead {lead}: stored {field} is damaged: {detail}")]
    BadRow {
        /// The database file.
        path: PathBuf,
        /// The lead id.
        lead: String,
        /// The column.
        field: &'static str,
        /// What is wrong.
        detail: String,
    },
}

/// Result alias for store operations.
pub type Result<T> = std::result::Result<T, StoreError>;

/// One row of the append-only audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// Monotonic sequence number.
    pub seq: i64,
    /// When (RFC 3339 UTC).
    pub at: String,
    /// Who (staff name, OS user or `cli`).
    pub actor: String,
    /// What: `lead_saved`, `lead_added`, `lead_edited`, `lead_erased`, `consent_withdrawn`, `batch_exported`, ...
    pub action: String,
    /// The lead concerned, if any.
    pub lead_id: Option<String>,
    /// Details (field names, batch id), never personal data.
    pub detail: String,
}

/// The booth database. Owns the only connection; cheap to open per command.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    device_id: Uuid,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

fn is_corruption(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::NotADatabase) | Some(rusqlite::ErrorCode::DatabaseCorrupt)
    )
}

/// Opens (creating if needed, mode 0600) the SQLite file at `path` the way every
/// leadbooth database is opened: busy timeout, a check that it is not newer than
/// `migrations`, damaged or of another kind (`application_id`: 0 for the booth
/// store), then WAL, `synchronous=FULL`, foreign keys, `secure_delete`, and the
/// migrations. Shared by [`Store`] and the central import's database.
pub(crate) fn open_connection(
    path: &Path,
    migrations: &[M<'static>],
    application_id: i32,
) -> Result<Connection> {
    if !path.exists() {
        // Create the file ourselves so it is 0600 from its first byte; SQLite
        // gives the -wal and -shm files the same mode.
        crate::fsutil::private_file_options()
            .create(true)
            .truncate(false)
            .open(path)
            .map_err(|source| StoreError::DataDir {
                path: path.to_owned(),
                source,
            })?;
    }
    let sql = |doing: &'static str| {
        let path = path.to_owned();
        move |source: rusqlite::Error| {
            if is_corruption(&source) {
                StoreError::Corrupt {
                    path: path.clone(),
                    detail: source.to_string(),
                }
            } else {
                StoreError::Sqlite {
                    path: path.clone(),
                    doing,
                    source,
                }
            }
        }
    };
    let mut conn = Connection::open(path).map_err(sql("opening"))?;
    conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS.into()))
        .map_err(sql("setting busy timeout"))?;
    // Read before writing anything: a damaged or newer database is left as it is.
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(sql("reading schema version"))?;
    // A database of the other kind (booth vs central) is refused before anything
    // is written.
    let found_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(sql("reading application id"))?;
    if version > 0 && found_id != application_id {
        return Err(StoreError::Corrupt {
            path: path.to_owned(),
            detail: format!(
                "its application id is {found_id:#010x}, not the {application_id:#010x} of the kind of database expected here (booth and central databases are not interchangeable)"
            ),
        });
    }
    if version > migrations.len() as i64 {
        return Err(StoreError::TooNew {
            path: path.to_owned(),
            found: version,
            known: migrations.len(),
        });
    }
    let app_tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(sql("reading schema"))?;
    if version == 0 && app_tables > 0 {
        return Err(StoreError::Corrupt {
            path: path.to_owned(),
            detail: "it has tables but no leadbooth schema version".into(),
        });
    }
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(sql("enabling WAL"))?;
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(sql("setting synchronous=FULL"))?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(sql("enabling foreign keys"))?;
    // Erased personal data must not linger in freed pages of the file.
    conn.pragma_update(None, "secure_delete", "ON")
        .map_err(sql("enabling secure_delete"))?;
    Migrations::from_slice(migrations)
        .to_latest(&mut conn)
        .map_err(|e| match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => sql("migrating")(err),
            other => StoreError::Corrupt {
                path: path.to_owned(),
                detail: other.to_string(),
            },
        })?;
    if found_id != application_id {
        conn.pragma_update(None, "application_id", application_id)
            .map_err(sql("setting application id"))?;
    }
    Ok(conn)
}

impl Store {
    /// Opens (creating if needed) the booth database in `data`: the folder 0700, the
    /// file 0600, WAL, `synchronous=FULL`, foreign keys, busy timeout, migrations,
    /// and the device id minted on first run.
    ///
    /// Errors: [`StoreError::Corrupt`] or [`StoreError::TooNew`] before anything
    /// is written; IO and SQLite errors naming the path.
    pub fn open(data: &DataDir) -> Result<Self> {
        crate::fsutil::create_private_dir(data.root()).map_err(|source| StoreError::DataDir {
            path: data.root().to_owned(),
            source,
        })?;
        Self::open_file(&data.database())
    }

    /// Opens the database at `path` (see [`Store::open`]); its folder must exist.
    pub fn open_file(path: &Path) -> Result<Self> {
        let mut conn = open_connection(path, MIGRATIONS, 0)?;
        let device_id = Self::ensure_device(&mut conn).map_err(|source| StoreError::Sqlite {
            path: path.to_owned(),
            doing: "reading device id",
            source,
        })?;
        Ok(Store {
            conn,
            path: path.to_owned(),
            device_id,
        })
    }

    fn ensure_device(conn: &mut Connection) -> rusqlite::Result<Uuid> {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let existing: Option<String> = tx
            .query_row("SELECT device_id FROM device WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?;
        let id = match existing {
            Some(s) => Uuid::parse_str(&s).unwrap_or_default(),
            None => {
                let id = Uuid::new_v4();
                tx.execute(
                    "INSERT INTO device (id, device_id, created_at) VALUES (1, ?1, ?2)",
                    params![id.to_string(), rfc3339(&now_utc())],
                )?;
                id
            }
        };
        tx.commit()?;
        Ok(id)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// This laptop's UUID, minted on first open.
    pub fn device_id(&self) -> Uuid {
        self.device_id
    }

    /// The connection, for modules that own their own tables (batch, import).
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Mutable connection, for transactions in modules that own their own tables.
    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    fn err(&self, doing: &'static str) -> impl Fn(rusqlite::Error) -> StoreError + use<> {
        sql_error(&self.path, doing)
    }

    /// Starts an IMMEDIATE write transaction (so two writers queue on the busy
    /// timeout instead of failing on a lock upgrade), with the error mapper for
    /// what the transaction does.
    fn write_tx(
        &mut self,
        doing: &'static str,
    ) -> Result<(
        Transaction<'_>,
        impl Fn(rusqlite::Error) -> StoreError + use<>,
    )> {
        let e = sql_error(&self.path, doing);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(&e)?;
        Ok((tx, e))
    }

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
            audit(&tx, actor, action, Some(&lead.lead_id.to_string()), "")
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
        let answers = serde_json::to_string(&edited.answers).expect("answers serialise");
        let pairs: [(&'static str, bool); 11] = [
            ("first_name", old.first_name != edited.first_name),
            ("last_name", old.last_name != edited.last_name),
            ("email", old.email != edited.email),
            ("company", old.company != edited.company),
            ("job_title", old.job_title != edited.job_title),
            ("phone", old.phone != edited.phone),
            ("country", old.country != edited.country),
            ("notes", old.notes != edited.notes),
            ("rating", old.rating != edited.rating),
            ("answers", old.answers != edited.answers),
            ("badge_id", old.badge_id != edited.badge_id),
        ];
        let changed: Vec<&'static str> = pairs.iter().filter(|p| p.1).map(|p| p.0).collect();
        if changed.is_empty() {
            return Ok(changed);
        }
        let (tx, e) = self.write_tx("editing lead")?;
        tx.execute(
            "UPDATE leads SET first_name = ?2, last_name = ?3, email = ?4, company = ?5,
                job_title = ?6, phone = ?7, country = ?8, notes = ?9, rating = ?10,
                answers = ?11, badge_id = ?12, updated_at = ?13, search_key = ?14
             WHERE lead_id = ?1 AND erased_at IS NULL",
            params![
                id,
                edited.first_name,
                edited.last_name,
                edited.email,
                edited.company,
                edited.job_title,
                edited.phone,
                edited.country,
                edited.notes,
                edited.rating.map(Rating::as_str),
                answers,
                edited.badge_id,
                rfc3339(&now_utc()),
                search_key(edited),
            ],
        )
        .map_err(&e)?;
        audit(&tx, actor, "lead_edited", Some(&id), &changed.join(",")).map_err(&e)?;
        tx.commit().map_err(&e)?;
        Ok(changed)
    }

    fn erased_at(&self, lead_id: &str) -> Result<Option<String>> {
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

    fn tombstone(
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
            tx.execute(
                "UPDATE leads SET first_name = '', last_name = '', email = '', company = '',
                    job_title = '', phone = '', country = '', notes = '', answers = '{}',
                    badge_id = NULL, search_key = '', erased_at = ?2, erased_by = ?3, updated_at = ?2
                 WHERE lead_id = ?1 AND erased_at IS NULL",
                params![id, rfc3339(&now), actor],
            )
            .map_err(&e)?;
            if propagate {
                crate::batch::record_erasure(
                    &tx,
                    &crate::batch::ErasureRecord::Erasure {
                        lead_id: *lead,
                        at: now,
                        by: actor.to_owned(),
                    },
                )
                .map_err(&e)?;
            }
            audit(&tx, actor, action, Some(&id), "").map_err(&e)?;
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
            None => Some("is not recorded on this lead".to_owned()),
            Some((false, _)) => Some("was not granted".to_owned()),
            Some((true, Some(at))) => Some(format!("was already withdrawn at {at}")),
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
            "UPDATE consents SET withdrawn_at = ?3, withdrawn_by = ?4
             WHERE lead_id = ?1 AND purpose = ?2 AND withdrawn_at IS NULL",
            params![lead_id, purpose, rfc3339(&now), actor],
        )
        .map_err(&e)?;
        tx.execute(
            "UPDATE leads SET updated_at = ?2 WHERE lead_id = ?1",
            params![lead_id, rfc3339(&now)],
        )
        .map_err(&e)?;
        crate::batch::record_erasure(
            &tx,
            &crate::batch::ErasureRecord::Withdrawal {
                lead_id: lead,
                purpose: purpose.to_owned(),
                at: now,
                by: actor.to_owned(),
            },
        )
        .map_err(&e)?;
        audit(&tx, actor, "consent_withdrawn", Some(lead_id), purpose).map_err(&e)?;
        tx.commit().map_err(&e)?;
        Ok(now)
    }

    /// Leads that retention allows to purge: exported (in their current revision)
    /// in a batch created more than `days` days before `now`, and not yet erased.
    pub fn purgeable_leads(&self, days: u32, now: DateTime<Utc>) -> Result<Vec<Uuid>> {
        let cutoff = rfc3339(&(now - chrono::Duration::days(i64::from(days))));
        let mut st = self
            .conn
            .prepare(
                "SELECT l.lead_id FROM leads l
                 JOIN lead_exports x ON x.lead_id = l.lead_id
                 JOIN batches b ON b.seq = x.seq
                 LEFT JOIN lead_revisions r ON r.lead_id = l.lead_id
                 WHERE l.erased_at IS NULL AND x.revision = coalesce(r.revision, 0)
                   AND b.created_at < ?1
                 ORDER BY l.captured_at, l.lead_id",
            )
            .map_err(self.err("finding leads past retention"))?;
        let ids: Vec<String> = st
            .query_map([cutoff], |r| r.get(0))
            .map_err(self.err("finding leads past retention"))?
            .collect::<rusqlite::Result<_>>()
            .map_err(self.err("finding leads past retention"))?;
        ids.iter()
            .map(|s| Uuid::parse_str(s).map_err(|e| self.bad_row(s, "lead_id", e)))
            .collect()
    }

    /// Retention, as the booth runs it at start and `leads purge` does: erases,
    /// locally, the leads exported more than `days` days ago (tombstones kept; no
    /// erasure is sent centrally). `None` (no `retention_days`) purges nothing.
    /// Returns how many.
    pub fn purge_past_retention(&mut self, days: Option<u32>, actor: &str) -> Result<usize> {
        let Some(days) = days else {
            return Ok(0);
        };
        let ids = self.purgeable_leads(days, now_utc())?;
        self.purge_leads(&ids, &format!("{actor} (retention {days} days)"))
    }

    /// Retention: turns the given leads into tombstones locally, like an erasure,
    /// but without queueing erasure records (the central side keeps its copy under
    /// its own retention). Audited as `lead_purged`. Returns how many.
    pub fn purge_leads(&mut self, leads: &[Uuid], actor: &str) -> Result<usize> {
        if leads.is_empty() {
            return Ok(0);
        }
        self.tombstone(leads, actor, "lead_purged", false)
    }

    /// Number of leads (erased ones included: they are tombstones).
    pub fn count_leads(&self) -> Result<u64> {
        self.conn
            .query_row("SELECT count(*) FROM leads", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(self.err("counting leads"))
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

    /// Like [`Store::for_each_lead`], but only the leads whose ids are in the
    /// `lead_id` column of `id_table` (a table the caller filled, e.g. the batch
    /// export's temporary selection), oldest first, streaming.
    pub fn for_each_lead_in(
        &self,
        id_table: &'static str,
        f: impl FnMut(Lead) -> Result<()>,
    ) -> Result<()> {
        self.query_leads(
            &format!("WHERE l.lead_id IN (SELECT lead_id FROM {id_table})"),
            params![],
            f,
        )
    }

    /// The `limit` most recently captured leads, newest first (for the lead list).
    pub fn recent_leads(&self, limit: usize) -> Result<Vec<Lead>> {
        self.search_leads("", limit)
    }

    /// Up to `limit` leads whose first name, last name, full name, email or company
    /// contains `query` (Unicode case-insensitive), newest first. An empty query
    /// matches every lead; erased leads (tombstones) never match.
    /// Walks the capture-time index newest first and stops at `limit` matches.
    pub fn search_leads(&self, query: &str, limit: usize) -> Result<Vec<Lead>> {
        let needle = query.trim().to_lowercase();
        let ids: Vec<String> = {
            let mut st = self
                .conn
                .prepare_cached(
                    "SELECT lead_id FROM leads WHERE erased_at IS NULL AND (?1 = '' OR instr(search_key, ?1) > 0)
                     ORDER BY captured_at DESC, lead_id DESC LIMIT ?2",
                )
                .map_err(self.err("searching leads"))?;
            st.query_map(params![needle, limit as i64], |r| r.get(0))
                .map_err(self.err("searching leads"))?
                .collect::<rusqlite::Result<_>>()
                .map_err(self.err("searching leads"))?
        };
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let json = serde_json::to_string(&ids).expect("ids serialise");
        let mut out = Vec::with_capacity(ids.len());
        self.query_leads(
            "WHERE l.lead_id IN (SELECT value FROM json_each(?1))",
            params![json],
            |l| {
                out.push(l);
                Ok(())
            },
        )?;
        out.reverse();
        Ok(out)
    }

    /// Streams leads matching `filter` (an SQL `WHERE` clause over `leads l`) with
    /// their consents, merge-joined in capture order.
    fn query_leads(
        &self,
        filter: &str,
        args: &[&dyn rusqlite::ToSql],
        mut f: impl FnMut(Lead) -> Result<()>,
    ) -> Result<()> {
        let lead_sql = format!(
            "SELECT l.lead_id, l.event_id, l.device_id, l.captured_at, l.captured_by, l.source,
                    l.first_name, l.last_name, l.email, l.company, l.job_title, l.phone, l.country,
                    l.notes, l.rating, l.answers, l.badge_id, p.sha256, p.last_updated, p.url
             FROM leads l JOIN policy_versions p ON p.sha256 = l.policy_sha256
             {filter} ORDER BY l.captured_at, l.lead_id"
        );
        let consent_sql = format!(
            "SELECT c.lead_id, c.purpose, c.granted, c.text, c.at, c.method, c.withdrawn_at
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

    fn bad_row(&self, lead: &str, field: &'static str, detail: impl ToString) -> StoreError {
        StoreError::BadRow {
            path: self.path.clone(),
            lead: lead.to_owned(),
            field,
            detail: detail.to_string(),
        }
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
            consents: Vec::new(),
        })
    }

    fn consent_from_row(&self, r: &rusqlite::Row<'_>) -> Result<(String, ConsentRecord)> {
        let e = self.err("reading consent row");
        let lead: String = r.get(0).map_err(&e)?;
        let at: String = r.get(4).map_err(&e)?;
        let withdrawn: Option<String> = r.get(6).map_err(&e)?;
        let method: String = r.get(5).map_err(&e)?;
        Ok((
            lead.clone(),
            ConsentRecord {
                purpose: r.get(1).map_err(&e)?,
                granted: r.get(2).map_err(&e)?,
                text: r.get(3).map_err(&e)?,
                at: at
                    .parse()
                    .map_err(|x| self.bad_row(&lead, "consents.at", x))?,
                method: ConsentMethod::parse(&method)
                    .ok_or_else(|| self.bad_row(&lead, "consents.method", method.clone()))?,
                withdrawn_at: withdrawn
                    .map(|w| w.parse())
                    .transpose()
                    .map_err(|x| self.bad_row(&lead, "consents.withdrawn_at", x))?,
            },
        ))
    }

    /// Loads a pre-registered attendee list in one transaction (all or nothing):
    /// new badge IDs are added, known ones replaced. Returns (added, replaced).
    pub fn import_attendees(
        &mut self,
        list: &[crate::attendee::Attendee],
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
        audit(
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
    pub fn attendee(&self, badge_id: &str) -> Result<Option<crate::attendee::Attendee>> {
        self.conn
            .query_row(
                "SELECT badge_id, first_name, last_name, email, company, job_title, phone, country
                 FROM attendees WHERE badge_id = ?1",
                [badge_id],
                |r| {
                    Ok(crate::attendee::Attendee {
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
        audit(&tx, actor, action, None, key).map_err(&e)?;
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

    /// The audit log, oldest first.
    pub fn audit_log(&self) -> Result<Vec<AuditEntry>> {
        let mut st = self
            .conn
            .prepare("SELECT seq, at, actor, action, lead_id, detail FROM audit_log ORDER BY seq")
            .map_err(self.err("reading audit log"))?;
        let rows = st
            .query_map([], |r| {
                Ok(AuditEntry {
                    seq: r.get(0)?,
                    at: r.get(1)?,
                    actor: r.get(2)?,
                    action: r.get(3)?,
                    lead_id: r.get(4)?,
                    detail: r.get(5)?,
                })
            })
            .map_err(self.err("reading audit log"))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(self.err("reading audit log"))
    }
}

/// Maps an SQLite error to [`StoreError::Sqlite`] naming the database `path` and
/// what was being done (shared by the store, the batch ledger and the import).
pub(crate) fn sql_error(
    path: &Path,
    doing: &'static str,
) -> impl Fn(rusqlite::Error) -> StoreError + use<> {
    let path = path.to_owned();
    move |source| StoreError::Sqlite {
        path: path.clone(),
        doing,
        source,
    }
}

/// Appends one audit-log row inside `tx`.
pub fn audit(
    tx: &Transaction<'_>,
    actor: &str,
    action: &str,
    lead_id: Option<&str>,
    detail: &str,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO audit_log (at, actor, action, lead_id, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![rfc3339(&now_utc()), actor, action, lead_id, detail],
    )
    .map(|_| ())
}

/// What lead-list search looks in: "first last email company", lowercased.
fn search_key(lead: &Lead) -> String {
    format!(
        "{} {} {} {}",
        lead.first_name, lead.last_name, lead.email, lead.company
    )
    .to_lowercase()
}

fn map_insert_error(
    lead: &Lead,
    source: rusqlite::Error,
    other: impl FnOnce(rusqlite::Error) -> StoreError,
) -> StoreError {
    let duplicate = matches!(
        source.sqlite_error_code(),
        Some(rusqlite::ErrorCode::ConstraintViolation)
    ) && source.to_string().contains("leads.lead_id");
    if duplicate {
        StoreError::DuplicateLead(lead.lead_id)
    } else {
        other(source)
    }
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
    tx.execute(
        "INSERT INTO leads (lead_id, event_id, device_id, captured_at, captured_by, source,
            first_name, last_name, email, company, job_title, phone, country, notes, rating,
            answers, badge_id, policy_sha256, updated_at, search_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
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
        ],
    )?;
    let mut st = tx.prepare_cached(
        "INSERT INTO consents (lead_id, purpose, position, granted, text, policy_sha256, at,
            method, captured_by, withdrawn_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
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
            lead.captured_by,
            c.withdrawn_at.as_ref().map(rfc3339),
        ])?;
    }
    Ok(())
}

/// Held by the running booth TUI so a second one on the same data dir is refused.
/// Released when dropped (or when the process dies: it is an OS file lock).
#[derive(Debug)]
pub struct BoothLock {
    _file: File,
}

impl BoothLock {
    /// Takes the booth lock of `data` without waiting.
    ///
    /// Errors: [`StoreError::BoothRunning`] naming the data dir (and the holder's
    /// pid when it wrote one); IO errors naming the lock file.
    pub fn acquire(data: &DataDir) -> Result<Self> {
        use std::io::{Read, Seek, Write};
        crate::fsutil::create_private_dir(data.root()).map_err(|source| StoreError::DataDir {
            path: data.root().to_owned(),
            source,
        })?;
        let path = data.booth_lock();
        let io = |source| StoreError::DataDir {
            path: path.clone(),
            source,
        };
        let mut file = crate::fsutil::private_file_options()
            .read(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                let pid = holder
                    .trim()
                    .parse::<u32>()
                    .map(|p| format!(" (pid {p})"))
                    .unwrap_or_default();
                return Err(StoreError::BoothRunning {
                    path: data.root().to_owned(),
                    pid,
                });
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(io(e)),
        }
        file.set_len(0).map_err(io)?;
        file.rewind().map_err(io)?;
        write!(file, "{}", std::process::id()).map_err(io)?;
        Ok(BoothLock { _file: file })
    }
}

// --- Read-only health check, for `leadbooth doctor` (added by the packaging issue) ---

/// The schema version this build migrates a database to (the number of migrations).
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// What a read-only look at a database file found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DbHealth {
    /// `PRAGMA user_version`: the schema version the file was last migrated to.
    pub schema_version: i64,
    /// `PRAGMA integrity_check` findings; empty when the check said `ok`.
    pub problems: Vec<String>,
    /// Leads on file (erased ones included), when the table can be read.
    pub leads: Option<u64>,
}

/// Opens the database at `path` read-only and runs `PRAGMA integrity_check`. Never
/// creates, migrates, checkpoints or repairs anything, so it is safe on a damaged
/// file and alongside a running booth.
///
/// Errors: [`StoreError::Corrupt`] when the file is not an SQLite database or is
/// too damaged to read at all; other SQLite errors naming the path.
pub fn inspect_read_only(path: &Path) -> Result<DbHealth> {
    use rusqlite::OpenFlags;
    let sql = |doing: &'static str| {
        move |source: rusqlite::Error| {
            if is_corruption(&source) {
                StoreError::Corrupt {
                    path: path.to_owned(),
                    detail: source.to_string(),
                }
            } else {
                StoreError::Sqlite {
                    path: path.to_owned(),
                    doing,
                    source,
                }
            }
        }
    };
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(sql("opening read-only"))?;
    conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS.into()))
        .map_err(sql("setting busy timeout"))?;
    let schema_version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(sql("reading schema version"))?;
    let mut stmt = conn
        .prepare("PRAGMA integrity_check(20)")
        .map_err(sql("checking integrity"))?;
    let problems = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(sql("checking integrity"))?
        .into_iter()
        .filter(|line| line != "ok")
        .collect();
    let leads = conn
        .query_row("SELECT count(*) FROM leads", [], |r| r.get::<_, i64>(0))
        .ok()
        .and_then(|n| u64::try_from(n).ok());
    Ok(DbHealth {
        schema_version,
        problems,
        leads,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Event;
    use crate::lead::{Capture, ConsentDecision, Contact, LeadDraft, Provenance, build_lead};

    pub(crate) fn sample(event: &Event, device: Uuid, first: &str) -> Lead {
        let draft = LeadDraft {
            contact: Contact {
                first_name: first.into(),
                email: "a@example.com".into(),
                ..Default::default()
            },
            notes: "line one\nline two".into(),
            consents: event
                .purposes
                .iter()
                .map(|p| ConsentDecision::new(&p.id, p.required || p.id == "events"))
                .collect(),
            ..Default::default()
        };
        let ctx = Capture {
            event,
            device_id: device,
            captured_by: "Sam".into(),
            source: Source::Staff,
            method: ConsentMethod::StaffAssisted,
            now: now_utc(),
        };
        build_lead(&draft, &ctx, &Provenance::default()).unwrap().0
    }

    #[test]
    fn save_and_read_back_identical_with_audit() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::new(dir.path().join("d"));
        let ev = Event::demo();
        let mut s = Store::open(&data).unwrap();
        s.record_policy(&ev.policy).unwrap();
        let a = sample(&ev, s.device_id(), "Zoë");
        let b = sample(&ev, s.device_id(), "山田");
        s.save_lead(&a, "Sam", "lead_saved").unwrap();
        s.save_lead(&b, "Sam", "lead_saved").unwrap();
        assert_eq!(s.count_leads().unwrap(), 2);
        assert_eq!(s.lead(&a.lead_id.to_string()).unwrap(), a);
        let mut all = Vec::new();
        s.for_each_lead(|l| {
            all.push(l);
            Ok(())
        })
        .unwrap();
        assert_eq!(all, vec![a.clone(), b.clone()]);
        assert_eq!(s.recent_leads(1).unwrap(), vec![b.clone()]);
        assert_eq!(s.recent_leads(5).unwrap(), vec![b.clone(), a.clone()]);
        assert_eq!(s.search_leads("zo", 5).unwrap(), vec![a.clone()]);
        assert_eq!(s.search_leads("田", 5).unwrap(), vec![b.clone()]);
        assert_eq!(s.search_leads("A@EXAMPLE", 5).unwrap().len(), 2);
        assert!(
            s.search_leads("%", 5).unwrap().is_empty(),
            "LIKE wildcards are literal"
        );
        assert!(s.search_leads("nobody", 5).unwrap().is_empty());
        let log = s.audit_log().unwrap();
        assert_eq!(log.len(), 2);
        assert!(s.conn().execute("DELETE FROM audit_log", []).is_err());
        assert!(matches!(
            s.save_lead(&a, "Sam", "lead_saved"),
            Err(StoreError::DuplicateLead(_))
        ));
        assert_eq!(s.count_leads().unwrap(), 2, "failed save left nothing");
    }

    #[test]
    fn edit_records_changed_fields_in_the_audit_log() {
        let dir = tempfile::tempdir().unwrap();
        let ev = Event::demo();
        let mut s = Store::open(&DataDir::new(dir.path())).unwrap();
        let a = sample(&ev, s.device_id(), "Ann");
        s.save_lead(&a, "Sam", "lead_saved").unwrap();
        let mut b = a.clone();
        assert!(s.update_lead(&b, "Sam").unwrap().is_empty());
        b.company = "Acme".into();
        b.rating = Some(Rating::Hot);
        assert_eq!(s.update_lead(&b, "Alex").unwrap(), ["company", "rating"]);
        assert_eq!(s.lead(&a.lead_id.to_string()).unwrap(), b);
        let last = s.audit_log().unwrap().pop().unwrap();
        assert_eq!(
            (
                last.actor.as_str(),
                last.action.as_str(),
                last.detail.as_str()
            ),
            ("Alex", "lead_edited", "company,rating")
        );
    }

    #[test]
    fn device_id_is_stable_and_pragmas_set() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::new(dir.path());
        let id = Store::open(&data).unwrap().device_id();
        let s = Store::open(&data).unwrap();
        assert_eq!(s.device_id(), id);
        let mode: String = s
            .conn()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        let sync: i64 = s
            .conn()
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        let fk: i64 = s
            .conn()
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!((mode.as_str(), sync, fk), ("wal", 2, 1));
        if cfg!(unix) {
            assert_eq!(
                crate::fsutil::mode_of(&data.database()).unwrap(),
                Some(0o600)
            );
        }
    }

    #[test]
    fn corrupt_and_newer_databases_are_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::new(dir.path());
        let junk =
            b"this is not a database, just some bytes that happen to be here........".repeat(20);
        std::fs::write(data.database(), &junk).unwrap();
        let err = Store::open(&data).unwrap_err();
        assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
        assert!(err.to_string().contains("leadbooth.sqlite3"));
        assert_eq!(std::fs::read(data.database()).unwrap(), junk);

        std::fs::remove_file(data.database()).unwrap();
        drop(Store::open(&data).unwrap());
        let c = Connection::open(data.database()).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
        drop(c);
        let before = std::fs::read(data.database()).unwrap();
        let err = Store::open(&data).unwrap_err();
        assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err}");
        assert_eq!(std::fs::read(data.database()).unwrap(), before);
    }

    #[test]
    fn second_booth_lock_is_refused_and_released_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::new(dir.path());
        let first = BoothLock::acquire(&data).unwrap();
        let err = BoothLock::acquire(&data).unwrap_err().to_string();
        assert!(
            err.contains("already running") && err.contains(&format!("pid {}", std::process::id())),
            "{err}"
        );
        drop(first);
        BoothLock::acquire(&data).unwrap();
    }
}
