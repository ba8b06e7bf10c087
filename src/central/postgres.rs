//! The central store on a PostgreSQL server (`--into postgres://…`): its own
//! schema and numbered migrations (`migrations/central-postgres/`, run by
//! refinery and recorded in `leadbooth_migrations`), over one connection of the
//! synchronous `postgres` driver. All of the central SQL for PostgreSQL is in
//! this file; the rules are those of the use-case layer above, the same as over
//! SQLite.
//!
//! # Transactions and concurrency
//!
//! Several people may import at once, and other tools read the tables meanwhile.
//! A batch's transaction is:
//!
//! 1. the device lock: a session-level advisory lock on the batch's device id,
//!    taken *before* the transaction starts, so that its snapshot sees whatever
//!    another import of the same laptop committed while it waited (the second
//!    import of a batch then finds it in the chain and skips it);
//! 2. `BEGIN ISOLATION LEVEL SERIALIZABLE`: PostgreSQL guarantees that
//!    concurrent imports of different laptops leave what some serial order would
//!    have left (no lost update of a shared contact, no contact made twice for
//!    one email). Where it cannot, it aborts one of them with a serialisation
//!    failure (SQLSTATE 40001), a deadlock (40P01) or a unique-key race (23505);
//!    [`CentralError::is_retryable`] says so, and the caller runs that batch
//!    again from its files in a new transaction;
//! 3. `COMMIT`, then the advisory lock is released (a dropped or killed import
//!    rolls back; a lost connection releases both).
//!
//! Statements are prepared once per connection and reused by every batch.
//!
//! # Erased data
//!
//! PostgreSQL keeps a deleted or updated row's old bytes in the table's files
//! until it rewrites them. After a batch that applied an erasure commits, the
//! tables that held the erased lead's data (`source_leads`, `contacts`) are
//! rewritten (`VACUUM FULL`), so their files no longer hold it. The rewrite
//! waits first for every transaction that could still see the erased rows, in
//! this database and, for the rewrite's own snapshot, anywhere on the server
//! (`wait_for_older_transactions`). The server's write-ahead log (and any WAL
//! archive, base backup or logical replica) keeps it until it is recycled or
//! expires: see the README.

use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{Json, ToSql, Type};
use postgres::{Client, Config, NoTls, Row, Statement};
use uuid::Uuid;

use super::stored::{StoredConsent, decisions, parse_decisions};
use super::{
    BatchCounts, BatchStamp, BatchTx, CentralError, CentralStore, ChainFacts, ChainLink,
    ContactExport, ContactRecord, CrmFileRecord, LeadOnFile, LeadVersion, NewBatch, PersonOnFile,
    PersonWithdrawal, PolicyText, ReceiptHit, Result, SourceDetail, SourceExport, SourceFacts,
    Suppression, SuppressionAction, UrlProblem, Withdrawal,
};
use crate::config::QuestionWording;
use crate::consent::ConsentRecord;
use crate::lead::Lead;
use crate::stats::{BatchFact, GapFact, LeadFact, RemovalFact};

mod report;

/// The PostgreSQL schema's migrations, in order: refinery's name (`V<n>__<name>`)
/// and the SQL. Append only; never edit a released one (refinery refuses a
/// database whose applied migration differs from ours).
const MIGRATIONS: &[(&str, &str)] = &[
    (
        "V1__central",
        include_str!("../../migrations/central-postgres/0001_central.sql"),
    ),
    (
        "V2__consent_record",
        include_str!("../../migrations/central-postgres/0002_consent_record.sql"),
    ),
    (
        "V3__people",
        include_str!("../../migrations/central-postgres/0003_people.sql"),
    ),
    (
        "V4__question_wording",
        include_str!("../../migrations/central-postgres/0004_question_wording.sql"),
    ),
    (
        "V5__language_asked",
        include_str!("../../migrations/central-postgres/0005_language_asked.sql"),
    ),
    (
        "V6__wording",
        include_str!("../../migrations/central-postgres/0006_wording.sql"),
    ),
    (
        "V7__lz4",
        include_str!("../../migrations/central-postgres/0007_lz4.sql"),
    ),
    (
        "V8__source_json",
        include_str!("../../migrations/central-postgres/0008_source_json.sql"),
    ),
    (
        "V9__contact_consent_languages",
        include_str!("../../migrations/central-postgres/0009_contact_consent_languages.sql"),
    ),
];

/// The PostgreSQL schema version this build migrates to.
pub const POSTGRES_SCHEMA_VERSION: usize = MIGRATIONS.len();

/// Where refinery records the applied migrations.
pub const MIGRATIONS_TABLE: &str = "leadbooth_migrations";

/// The advisory lock held while migrating, so that two first imports at once
/// do not both create the schema ("LBC1MIGR").
const MIGRATION_LOCK: i64 = 0x4c42_4331_4d49_4752;

/// How many times a request at the central office (an erasure, a retention
/// purge, a CRM file's record) runs again after a conflict with a concurrent
/// import, as the import does for a batch.
const RETRIES: u32 = 10;

/// Most consent wordings remembered per batch (an event has a handful; more is
/// looked up in the database).
const MAX_TEXT_CACHE: usize = 1000;

/// Whether `into` names a PostgreSQL server rather than a file.
pub fn is_postgres_url(into: &str) -> bool {
    into.starts_with("postgres://") || into.starts_with("postgresql://")
}

/// The central database on a PostgreSQL server. Owns one connection.
pub struct PostgresCentral {
    client: Client,
    location: String,
    statements: HashMap<&'static str, Statement>,
}

impl std::fmt::Debug for PostgresCentral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresCentral")
            .field("location", &self.location)
            .finish()
    }
}

fn pg<'l>(location: &'l str, doing: &'static str) -> impl Fn(postgres::Error) -> CentralError + 'l {
    move |error| CentralError::Postgres {
        location: location.to_owned(),
        doing,
        error,
    }
}

/// The server as messages name it: `postgres://user@host:port/dbname`, never a
/// password (whether it came in the URL, a parameter or `PGPASSWORD`).
fn location_of(config: &Config) -> String {
    use postgres::config::Host;
    let hosts: Vec<String> = config
        .get_hosts()
        .iter()
        .map(|h| match h {
            Host::Tcp(name) => name.clone(),
            Host::Unix(path) => path.display().to_string(),
        })
        .collect();
    let port = config
        .get_ports()
        .first()
        .map_or(String::new(), |p| format!(":{p}"));
    format!(
        "postgres://{}@{}{}/{}",
        config.get_user().unwrap_or(""),
        hosts.join(","),
        port,
        config.get_dbname().unwrap_or("")
    )
}

impl PostgresCentral {
    /// Connects to the server `url` (`postgres://user[:password]@host[:port]/db`,
    /// or `postgresql://`; a password missing from it is taken from the
    /// `PGPASSWORD` environment variable) and brings the schema up to date, in
    /// one transaction under an advisory lock.
    ///
    /// Errors: [`CentralError::Url`] (not a usable URL, naming the part),
    /// [`CentralError::Postgres`] (cannot connect, not allowed, a migration
    /// failed), [`CentralError::TooNew`] (migrated by a newer leadbooth).
    pub fn open(url: &str) -> Result<Self> {
        Self::connect(url, true)
    }

    /// [`PostgresCentral::open`] for the commands that act on what imports
    /// brought (`central …`, `report`): a database no import has reached (a
    /// mistyped name, another team's database) is refused with
    /// [`CentralError::NoSchema`] rather than given leadbooth's tables.
    pub fn open_existing(url: &str) -> Result<Self> {
        Self::connect(url, false)
    }

    fn connect(url: &str, create: bool) -> Result<Self> {
        let mut config = Config::from_str(url).map_err(|e| CentralError::Url {
            detail: UrlProblem::Parse(e.to_string()),
        })?;
        if config.get_password().is_none()
            && let Some(password) = std::env::var_os("PGPASSWORD")
        {
            config.password(password.as_encoded_bytes());
        }
        if config.get_hosts().is_empty() {
            return Err(CentralError::Url {
                detail: UrlProblem::NoHost,
            });
        }
        if config.get_dbname().is_none() {
            return Err(CentralError::Url {
                detail: UrlProblem::NoDatabase,
            });
        }
        config.application_name("leadbooth import");
        let location = location_of(&config);
        let mut client = config.connect(NoTls).map_err(pg(&location, "connecting"))?;
        if !create {
            let exists: bool = client
                .query_one("SELECT to_regclass($1) IS NOT NULL", &[&MIGRATIONS_TABLE])
                .map_err(pg(&location, "reading the schema version"))?
                .get(0);
            if !exists {
                return Err(CentralError::NoSchema { location });
            }
        }
        migrate(&mut client, &location)?;
        Ok(PostgresCentral {
            client,
            location,
            statements: HashMap::new(),
        })
    }
}

/// Runs the migrations this build has and the database lacks (refinery, all in
/// one transaction), holding [`MIGRATION_LOCK`]; refuses a database migrated
/// further than this build knows.
fn migrate(client: &mut Client, location: &str) -> Result<()> {
    let err = pg(location, "migrating the schema");
    client
        .execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
        .map_err(&err)?;
    let result = run_migrations(client, location);
    let unlock = client
        .execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK])
        .map_err(&err);
    result.and(unlock.map(|_| ()))
}

fn run_migrations(client: &mut Client, location: &str) -> Result<()> {
    let exists: bool = client
        .query_one("SELECT to_regclass($1) IS NOT NULL", &[&MIGRATIONS_TABLE])
        .map_err(pg(location, "reading the schema version"))?
        .get(0);
    if exists {
        let version: Option<i32> = client
            .query_one(&format!("SELECT max(version) FROM {MIGRATIONS_TABLE}"), &[])
            .map_err(pg(location, "reading the schema version"))?
            .get(0);
        let version = version.unwrap_or(0);
        if version > POSTGRES_SCHEMA_VERSION as i32 {
            return Err(CentralError::TooNew {
                location: location.to_owned(),
                found: version as i64,
                known: POSTGRES_SCHEMA_VERSION as i64,
            });
        }
    }
    let migrations = MIGRATIONS
        .iter()
        .map(|(name, sql)| refinery::Migration::unapplied(name, sql))
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| CentralError::Migration {
            location: location.to_owned(),
            detail: e.to_string(),
        })?;
    refinery::Runner::new(&migrations)
        .set_grouped(true)
        .set_migration_table_name(MIGRATIONS_TABLE)
        .run(client)
        .map_err(|e| CentralError::Migration {
            location: location.to_owned(),
            detail: migration_detail(&e),
        })?;
    Ok(())
}

/// refinery's error with the server's own words: its message stops at the
/// driver's "db error" (`` `error asserting migrations table`, `db error` ``),
/// and the reason (`permission denied for schema public`) is further down its
/// chain of sources.
fn migration_detail(e: &refinery::Error) -> String {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(pg) = s.downcast_ref::<postgres::Error>() {
            return format!("{}: {}", e, super::pg_detail(pg));
        }
        source = s.source();
    }
    e.to_string()
}

/// The statement for `sql`, prepared on first use on this connection.
fn prepared(
    client: &mut Client,
    statements: &mut HashMap<&'static str, Statement>,
    location: &str,
    sql: &'static str,
) -> Result<Statement> {
    if let Some(st) = statements.get(sql) {
        return Ok(st.clone());
    }
    let st = client
        .prepare(sql)
        .map_err(pg(location, "preparing a statement"))?;
    statements.insert(sql, st.clone());
    Ok(st)
}

/// A device's advisory lock key: its id folded to 64 bits (a collision only
/// makes two laptops' imports wait for each other).
fn device_lock(device_id: Uuid) -> i64 {
    let (hi, lo) = device_id.as_u64_pair();
    (hi ^ lo) as i64
}

/// The stamp of a transaction for a request at the central office: no device,
/// no batch (the nil device's lock orders such requests among themselves).
fn request_stamp(at: DateTime<Utc>) -> BatchStamp {
    BatchStamp {
        device_id: Uuid::nil(),
        batch_id: Uuid::nil(),
        at,
    }
}

/// The current transaction's id (to wait, after it commits, for every
/// transaction older than it: see [`rewrite_erased`]).
fn txid(tx: &mut postgres::Transaction<'_>) -> std::result::Result<i64, postgres::Error> {
    Ok(tx.query_one("SELECT txid_current()", &[])?.get(0))
}

/// Deletes the contacts chosen by `which` (SQL over `contacts`, `$1` bound to
/// `arg`) with their source leads, recording each lead in `removed_leads`
/// (never imported again) with `reason`, and queueing each contact's deletion
/// for the next suppression file. Returns the lead ids removed.
fn remove_where(
    tx: &mut postgres::Transaction<'_>,
    which: &str,
    arg: &(dyn ToSql + Sync),
    at: DateTime<Utc>,
    by: &str,
    reason: &str,
) -> std::result::Result<Vec<Uuid>, postgres::Error> {
    let leads_of =
        format!("source_leads WHERE contact_id IN (SELECT contact_id FROM contacts WHERE {which})");
    let leads: Vec<Uuid> = tx
        .query(
            &format!("SELECT lead_id FROM {leads_of} ORDER BY lead_id"),
            &[arg],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let suppressed_for = if reason == "erasure" {
        "central erasure"
    } else {
        reason
    };
    tx.execute(
        &format!(
            "INSERT INTO suppressions (contact_id, first_name, last_name, email, action, reason, at)
             SELECT contact_id, '', '', '', 'delete', $2::text, $3::timestamptz
             FROM contacts WHERE {which}"
        ),
        &[arg, &suppressed_for, &at],
    )?;
    tx.execute(
        &format!(
            "INSERT INTO removed_leads (lead_id, device_id, removed_at, removed_by, reason)
             SELECT lead_id, device_id, $2::timestamptz, $3::text, $4::text FROM {leads_of}
             ON CONFLICT (lead_id) DO NOTHING"
        ),
        &[arg, &at, &by, &reason],
    )?;
    tx.execute(&format!("DELETE FROM {leads_of}"), &[arg])?;
    tx.execute(&format!("DELETE FROM contacts WHERE {which}"), &[arg])?;
    Ok(leads)
}

impl PostgresCentral {
    /// Starts a batch's transaction (see the module documentation).
    fn begin(&mut self, batch: &BatchStamp) -> Result<PgBatch<'_>> {
        let PostgresCentral {
            client,
            location,
            statements,
        } = self;
        let lock = device_lock(batch.device_id);
        client
            .execute("SELECT pg_advisory_lock($1)", &[&lock])
            .map_err(pg(location, "waiting for the device's lock"))?;
        // From here on, dropping the batch releases the lock.
        let mut tx = PgBatch {
            client,
            statements,
            location,
            lock: Some(lock),
            open: false,
            device_id: batch.device_id,
            batch_id: batch.batch_id,
            now: batch.at,
            texts: HashMap::new(),
            texts_cached: 0,
            erased: false,
            people: None,
            staged: false,
        };
        tx.client
            .batch_execute("BEGIN ISOLATION LEVEL SERIALIZABLE")
            .map_err(pg(tx.location, "starting the batch's transaction"))?;
        tx.open = true;
        Ok(tx)
    }

    /// Runs `work` in a `SERIALIZABLE` transaction of its own (a request at the
    /// central office), again from the start when it conflicts with a
    /// concurrent import (up to [`RETRIES`] times), and commits it.
    fn write_tx<T>(
        &mut self,
        doing: &'static str,
        mut work: impl FnMut(&mut postgres::Transaction<'_>) -> std::result::Result<T, postgres::Error>,
    ) -> Result<T> {
        let mut attempt = 1;
        loop {
            let result = self
                .client
                .build_transaction()
                .isolation_level(postgres::IsolationLevel::Serializable)
                .start()
                .and_then(|mut tx| {
                    let out = work(&mut tx)?;
                    tx.commit()?;
                    Ok(out)
                })
                .map_err(pg(&self.location, doing));
            match result {
                Err(e) if e.is_retryable() && attempt < RETRIES => {
                    std::thread::sleep(std::time::Duration::from_millis(20 * u64::from(attempt)));
                    attempt += 1;
                }
                other => return other,
            }
        }
    }
}

impl CentralStore for PostgresCentral {
    fn location(&self) -> &str {
        &self.location
    }

    fn begin_batch(&mut self, batch: &BatchStamp) -> Result<Box<dyn BatchTx + '_>> {
        Ok(Box::new(self.begin(batch)?))
    }

    fn erase_person(
        &mut self,
        email_key: &str,
        email_hash: &str,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Vec<Uuid>> {
        let (leads, xid) = self.write_tx("erasing a person", |tx| {
            let leads = remove_where(tx, "email_key = $1", &email_key, at, by, "erasure")?;
            tx.execute(
                "INSERT INTO erased_people (email_hash, erased_at, erased_by, lead_count)
                 VALUES ($1, $2, $3, $4)
                 ON CONFLICT (email_hash) DO UPDATE
                    SET lead_count = erased_people.lead_count + excluded.lead_count",
                &[&email_hash, &at, &by, &(leads.len() as i64)],
            )?;
            Ok((leads, txid(tx)?))
        })?;
        if !leads.is_empty() {
            rewrite_erased(&mut self.client, &self.location, xid);
        }
        Ok(leads)
    }

    fn person_erased_at(&mut self, email_hash: &str) -> Result<Option<DateTime<Utc>>> {
        Ok(self
            .client
            .query_opt(
                "SELECT erased_at FROM erased_people WHERE email_hash = $1",
                &[&email_hash],
            )
            .map_err(pg(&self.location, "reading erased people"))?
            .map(|r| r.get(0)))
    }

    fn purge_captured_before(
        &mut self,
        cutoff: DateTime<Utc>,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<u64> {
        let (contacts, xid) = self.write_tx("purging contacts past retention", |tx| {
            let before: i64 = tx.query_one("SELECT count(*) FROM contacts", &[])?.get(0);
            remove_where(tx, "last_captured_at < $1", &cutoff, at, by, "retention")?;
            let after: i64 = tx.query_one("SELECT count(*) FROM contacts", &[])?.get(0);
            Ok(((before - after) as u64, txid(tx)?))
        })?;
        if contacts > 0 {
            rewrite_erased(&mut self.client, &self.location, xid);
        }
        Ok(contacts)
    }

    fn begin_request(&mut self, at: DateTime<Utc>) -> Result<Box<dyn BatchTx + '_>> {
        self.begin_batch(&request_stamp(at))
    }

    fn person_withdrawals(&mut self, email_hash: &str) -> Result<Vec<PersonWithdrawal>> {
        Ok(self
            .client
            .query(
                "SELECT purpose, at, by FROM person_withdrawals WHERE email_hash = $1
                 ORDER BY at, purpose",
                &[&email_hash],
            )
            .map_err(pg(&self.location, "reading a person's withdrawals"))?
            .iter()
            .map(|r| PersonWithdrawal {
                purpose: r.get(0),
                at: r.get(1),
                by: r.get(2),
            })
            .collect())
    }

    fn source_details(&mut self, contact_id: Uuid) -> Result<Vec<SourceDetail>> {
        let mut tx = self.begin(&request_stamp(crate::lead::now_utc()))?;
        let rows = tx.query(
            "SELECT s.lead_id, b.device_id, b.batch_id, b.seq, b.folder, b.imported_at,
                s.policy_sha256, s.first_name, s.last_name, s.email, s.company, s.job_title,
                s.phone, s.country, s.source, s.badge_id
             FROM source_leads AS s JOIN batches AS b ON b.batch_id = s.batch_id
             WHERE s.contact_id = $1 ORDER BY s.captured_at, s.lead_id",
            &[&contact_id],
            "reading the contact's source leads",
        )?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let lead_id: Uuid = r.get(0);
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
                device_id: r.get(1),
                batch_id: r.get(2),
                seq: r.get::<_, i64>(3) as u64,
                folder: r.get(4),
                imported_at: r.get(5),
                policy_sha256: r.get(6),
                fields: std::array::from_fn(|i| r.get(7 + i)),
                source: r.get(14),
                badge_id: r.get::<_, Option<String>>(15).filter(|b| !b.is_empty()),
                consents,
                withdrawals,
            });
        }
        Ok(out)
    }

    fn policy_text(&mut self, sha256: &str) -> Result<Option<PolicyText>> {
        Ok(self
            .client
            .query_opt(
                "SELECT sha256, last_updated, url, text FROM policy_texts WHERE sha256 = $1",
                &[&sha256],
            )
            .map_err(pg(&self.location, "reading a policy text"))?
            .map(|r| PolicyText {
                sha256: r.get(0),
                last_updated: r.get(1),
                url: r.get(2),
                text: r.get(3),
            }))
    }

    fn last_crm_file(&mut self) -> Result<Option<(DateTime<Utc>, i64)>> {
        Ok(self
            .client
            .query_opt(
                "SELECT written_at, changes_upto FROM crm_files ORDER BY file_id DESC LIMIT 1",
                &[],
            )
            .map_err(pg(&self.location, "reading CRM files"))?
            .map(|r| (r.get(0), r.get(1))))
    }

    fn change_mark(&mut self) -> Result<i64> {
        // Concurrent imports draw change numbers from the sequence before they
        // commit, so a number below the highest committed one may still be on
        // its way. The SHARE lock waits until every transaction that changed
        // contacts has ended; any change after it draws a higher number.
        let err = pg(&self.location, "reading the contacts' change mark");
        let mut tx = self.client.transaction().map_err(&err)?;
        tx.batch_execute("LOCK TABLE contacts IN SHARE MODE")
            .map_err(&err)?;
        let mark: i64 = tx
            .query_one("SELECT coalesce(max(change_seq), 0) FROM contacts", &[])
            .map_err(&err)?
            .get(0);
        tx.commit().map_err(&err)?;
        Ok(mark)
    }

    fn pending_suppressions(&mut self) -> Result<Vec<Suppression>> {
        let location = self.location.clone();
        self.client
            .query(
                "SELECT suppression_id, contact_id, first_name, last_name, email, action, reason,
                    purpose, at FROM suppressions WHERE crm_file IS NULL ORDER BY suppression_id",
                &[],
            )
            .map_err(pg(&location, "reading suppressions"))?
            .iter()
            .map(|r| {
                let id: i64 = r.get(0);
                let action: String = r.get(5);
                Ok(Suppression {
                    id,
                    contact_id: r.get(1),
                    first_name: r.get(2),
                    last_name: r.get(3),
                    email: r.get(4),
                    action: SuppressionAction::parse(&action).ok_or_else(|| {
                        bad_row(
                            &location,
                            format_args!("suppression {id}"),
                            "action",
                            super::RowProblem::Unknown {
                                what: "action",
                                value: action.clone(),
                            },
                        )
                    })?,
                    reason: r.get(6),
                    purpose: r.get(7),
                    at: r.get(8),
                })
            })
            .collect()
    }

    fn record_crm_file(&mut self, file: &CrmFileRecord, carried: &[i64]) -> Result<()> {
        self.write_tx("recording the CRM file", |tx| {
            let file_id: i64 = tx
                .query_one(
                    "INSERT INTO crm_files (written_at, path, profile, changed_only, contacts,
                        suppressions, suppressions_path, changes_upto)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING file_id",
                    &[
                        &file.written_at,
                        &file.path,
                        &file.profile,
                        &file.changed_only,
                        &(file.contacts as i64),
                        &(file.suppressions as i64),
                        &file.suppressions_path,
                        &file.changes_upto,
                    ],
                )?
                .get(0);
            tx.execute(
                "UPDATE suppressions SET crm_file = $2 WHERE suppression_id = ANY($1)",
                &[&carried, &file_id],
            )?;
            Ok(())
        })
    }

    fn contact_count(&mut self) -> Result<u64> {
        let n: i64 = self
            .client
            .query_one("SELECT count(*) FROM contacts", &[])
            .map_err(pg(&self.location, "counting contacts"))?
            .get(0);
        Ok(n as u64)
    }

    fn purposes(&mut self) -> Result<Vec<String>> {
        Ok(self
            .client
            .query("SELECT purpose FROM purposes ORDER BY position", &[])
            .map_err(pg(&self.location, "reading purposes"))?
            .iter()
            .map(|r| r.get(0))
            .collect())
    }

    fn find_receipt(&mut self, receipt_id: &str) -> Result<Vec<ReceiptHit>> {
        let location = self.location.clone();
        let rows = self
            .client
            .query(
                "SELECT s.lead_id, s.contact_id, s.event_id, s.event_name, s.captured_at,
                    s.device_id, s.batch_id, s.policy_sha256, c.email_key, s.consents
                 FROM source_leads AS s JOIN contacts AS c ON c.contact_id = s.contact_id
                 WHERE s.receipt_id = $1 ORDER BY s.captured_at, s.lead_id",
                &[&receipt_id],
            )
            .map_err(pg(&location, "looking up the receipt"))?;
        rows.iter()
            .map(|r| {
                let lead_id: Uuid = r.get(0);
                let Json(stored) = r.try_get::<_, Json<Vec<StoredConsent>>>(9).map_err(|e| {
                    bad_row(
                        &location,
                        format_args!("lead {lead_id}"),
                        "consents",
                        e.to_string(),
                    )
                })?;
                Ok(ReceiptHit {
                    lead_id,
                    contact_id: r.get(1),
                    email_key: r.get(8),
                    event_id: r.get(2),
                    event_name: r.get(3),
                    captured_at: r.get(4),
                    device_id: r.get(5),
                    batch_id: r.get(6),
                    policy_sha256: r.get(7),
                    consents: stored.iter().map(|c| c.facts().into()).collect(),
                })
            })
            .collect()
    }

    fn stale_contacts(&mut self) -> Result<Vec<Uuid>> {
        Ok(self
            .client
            .query(
                "SELECT contact_id FROM contacts WHERE merge_version < $1 ORDER BY contact_id",
                &[&(super::MERGE_VERSION as i32)],
            )
            .map_err(pg(&self.location, "finding contacts merged by older rules"))?
            .iter()
            .map(|r| r.get(0))
            .collect())
    }

    fn each_contact_changed_since(
        &mut self,
        since: Option<i64>,
        visit: &mut dyn FnMut(&ContactExport) -> ControlFlow<()>,
    ) -> Result<()> {
        let location = self.location.clone();
        let err = pg(&location, "reading contacts");
        // A cursor in a read-only transaction: rows arrive a few thousand at a
        // time, so memory stays bounded however many contacts there are.
        let mut tx = self
            .client
            .build_transaction()
            .read_only(true)
            .isolation_level(postgres::IsolationLevel::RepeatableRead)
            .start()
            .map_err(&err)?;
        let portal = tx
            .bind(
                "SELECT c.contact_id, c.first_name, c.last_name, c.email, c.company, c.job_title,
                    c.phone, c.country, c.rating, c.event_name, c.consents, c.first_captured_at,
                    c.last_captured_at, s.lead_id, s.event_id, s.event_name, s.captured_at,
                    s.captured_by, s.notes, s.answers, c.review, s.badge_id, b.questions
                 FROM contacts AS c JOIN source_leads AS s ON s.contact_id = c.contact_id
                    LEFT JOIN batches AS b ON b.batch_id = s.batch_id
                 WHERE $1::bigint IS NULL OR c.change_seq > $1::bigint
                 ORDER BY c.contact_id, s.lead_id",
                &[&since],
            )
            .map_err(&err)?;
        let mut current: Option<ContactExport> = None;
        loop {
            let rows = tx.query_portal(&portal, 2000).map_err(&err)?;
            if rows.is_empty() {
                break;
            }
            for r in &rows {
                let id: Uuid = r.try_get(0).map_err(&err)?;
                if current.as_ref().is_none_or(|c| c.contact_id != id) {
                    if let Some(contact) = &current
                        && visit(contact).is_break()
                    {
                        return Ok(());
                    }
                    current = Some(contact_export(r, id, &location)?);
                }
                let source = source_export(r, &location)?;
                if let Some(contact) = &mut current {
                    contact.sources.push(source);
                }
            }
        }
        if let Some(contact) = &current {
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

/// One batch's transaction (see the module documentation). Dropped without
/// commit, it rolls back; either way it releases the device lock.
struct PgBatch<'c> {
    client: &'c mut Client,
    statements: &'c mut HashMap<&'static str, Statement>,
    location: &'c str,
    /// The device's advisory lock key, held until commit or drop.
    lock: Option<i64>,
    /// A transaction is open (to roll back on drop).
    open: bool,
    device_id: Uuid,
    batch_id: Uuid,
    now: DateTime<Utc>,
    /// purpose -> wording -> `consent_texts.text_id`.
    texts: HashMap<String, HashMap<String, i64>>,
    /// Wordings in `texts`.
    texts_cached: usize,
    /// An erasure was applied: rewrite the tables after commit.
    erased: bool,
    /// Whether `erased_people` and `person_withdrawals` hold any row, read
    /// once per transaction (see [`People`]).
    people: Option<People>,
    /// The staging tables of this transaction exist (see [`PgBatch::stage`]).
    staged: bool,
}

/// Whether any person was erased or withdrew at the central office, as this
/// transaction sees the tables: when none did (the usual case), the two
/// look-ups per lead are answered without a round trip. Reading it takes the
/// same snapshot (and, under `SERIALIZABLE`, a predicate lock on both tables)
/// as the look-ups would, so a concurrent request is seen or conflicts as it
/// would have; this transaction's own `record_person_withdrawal` clears it.
#[derive(Debug, Clone, Copy)]
struct People {
    erased: bool,
    withdrew: bool,
}

impl Drop for PgBatch<'_> {
    fn drop(&mut self) {
        // Errors here mean the connection is gone, and with it the transaction
        // and the lock.
        if self.open {
            let _ = self.client.batch_execute("ROLLBACK");
        }
        if let Some(lock) = self.lock.take() {
            let _ = self
                .client
                .execute("SELECT pg_advisory_unlock($1)", &[&lock]);
        }
    }
}

impl PgBatch<'_> {
    fn st(&mut self, sql: &'static str) -> Result<Statement> {
        prepared(self.client, self.statements, self.location, sql)
    }

    fn execute(
        &mut self,
        sql: &'static str,
        params: &[&(dyn ToSql + Sync)],
        doing: &'static str,
    ) -> Result<u64> {
        let st = self.st(sql)?;
        self.client
            .execute(&st, params)
            .map_err(pg(self.location, doing))
    }

    fn query(
        &mut self,
        sql: &'static str,
        params: &[&(dyn ToSql + Sync)],
        doing: &'static str,
    ) -> Result<Vec<Row>> {
        let st = self.st(sql)?;
        self.client
            .query(&st, params)
            .map_err(pg(self.location, doing))
    }

    fn query_opt(
        &mut self,
        sql: &'static str,
        params: &[&(dyn ToSql + Sync)],
        doing: &'static str,
    ) -> Result<Option<Row>> {
        let st = self.st(sql)?;
        self.client
            .query_opt(&st, params)
            .map_err(pg(self.location, doing))
    }

    fn bad_row(
        &self,
        row: impl std::fmt::Display,
        field: &'static str,
        detail: impl Into<super::RowProblem>,
    ) -> CentralError {
        bad_row(self.location, row, field, detail)
    }

    /// The transaction's staging tables, made on first use and dropped at its
    /// end: a chunk's rows are copied in (`COPY … FROM STDIN BINARY`, one
    /// stream) and merged into their tables by one statement each.
    fn stage(&mut self) -> Result<()> {
        if !self.staged {
            self.client
                .batch_execute(
                    "CREATE TEMP TABLE stage_sources (LIKE source_leads) ON COMMIT DROP;
                     CREATE TEMP TABLE stage_contacts (contact_id uuid, first_name text,
                        last_name text, company text, job_title text, phone text, country text,
                        rating text, event_name text, consents jsonb,
                        first_captured_at timestamptz, last_captured_at timestamptz,
                        source_count bigint, review text, merge_version integer)
                        ON COMMIT DROP",
                )
                .map_err(pg(self.location, "making the staging tables"))?;
            self.staged = true;
        }
        Ok(())
    }

    /// Copies `rows` (each `types.len()` values) into `table (columns)` as one
    /// binary `COPY` stream.
    fn copy_in(
        &mut self,
        table_columns: &str,
        types: &[Type],
        rows: &mut dyn Iterator<Item = Vec<&(dyn ToSql + Sync)>>,
        doing: &'static str,
    ) -> Result<()> {
        let e = pg(self.location, doing);
        let sink = self
            .client
            .copy_in(&format!("COPY {table_columns} FROM STDIN (FORMAT binary)"))
            .map_err(&e)?;
        let mut writer = BinaryCopyInWriter::new(sink, types);
        for row in rows {
            writer.write(&row).map_err(&e)?;
        }
        writer.finish().map_err(&e)?;
        Ok(())
    }

    /// A source lead as the merge reads it, from a row of `lead_id,
    /// captured_at, event_name`, the six merged fields, `rating, consents,
    /// policy_sha256`.
    fn source_facts(&self, r: &Row) -> Result<SourceFacts> {
        let lead: Uuid = r.get(0);
        let Json(consents) = r
            .try_get::<_, Json<Vec<StoredConsent>>>(10)
            .map_err(|e| self.bad_row(format_args!("lead {lead}"), "consents", e.to_string()))?;
        Ok(SourceFacts {
            lead_id: lead,
            captured_at: r.get(1),
            event_name: r.get(2),
            fields: std::array::from_fn(|i| r.get(3 + i)),
            rating: r.get(9),
            policy_sha256: r.get(11),
            consents: consents.iter().map(StoredConsent::facts).collect(),
        })
    }

    /// See [`People`].
    fn people(&mut self) -> Result<People> {
        if let Some(p) = self.people {
            return Ok(p);
        }
        let r = self
            .query(
                "SELECT EXISTS (SELECT 1 FROM erased_people),
                    EXISTS (SELECT 1 FROM person_withdrawals)",
                &[],
                "reading erased people",
            )?
            .remove(0);
        let p = People {
            erased: r.get(0),
            withdrew: r.get(1),
        };
        self.people = Some(p);
        Ok(p)
    }

    fn link(&mut self, seq: u64) -> Result<Option<ChainLink>> {
        let device_id = self.device_id;
        Ok(self
            .query_opt(
                "SELECT sums_sha256, previous, folder FROM batches WHERE device_id = $1 AND seq = $2",
                &[&device_id, &(seq as i64)],
                "reading the device's chain",
            )?
            .map(|r| ChainLink {
                sums_sha256: r.get(0),
                previous: r.get(1),
                folder: r.get(2),
            }))
    }

    /// The id of a consent wording, recorded on first sight.
    fn text_id(&mut self, purpose: &str, text: &str) -> Result<i64> {
        if let Some(id) = self.texts.get(purpose).and_then(|t| t.get(text)) {
            return Ok(*id);
        }
        let doing = "recording consent wording";
        let select = "SELECT text_id FROM consent_texts WHERE purpose = $1 AND text = $2";
        let mut found = self.query_opt(select, &[&purpose, &text], doing)?;
        if found.is_none() {
            found = self.query_opt(
                "INSERT INTO consent_texts (purpose, text) VALUES ($1, $2)
                 ON CONFLICT (purpose, text) DO NOTHING RETURNING text_id",
                &[&purpose, &text],
                doing,
            )?;
        }
        let id: i64 = match found {
            Some(r) => r.get(0),
            // Another import recorded it meanwhile (and committed).
            None => self
                .query_opt(select, &[&purpose, &text], doing)?
                .map(|r| r.get(0))
                .ok_or_else(|| {
                    self.bad_row(
                        format_args!("consent wording of {purpose}"),
                        "text_id",
                        super::RowProblem::Vanished,
                    )
                })?,
        };
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
    fn stored_consents(&mut self, consents: &[ConsentRecord]) -> Result<Vec<StoredConsent>> {
        let mut stored = Vec::with_capacity(consents.len());
        for c in consents {
            let text_id = self.text_id(&c.purpose, &c.text)?;
            stored.push(StoredConsent::new(c, text_id));
        }
        Ok(stored)
    }
}

impl BatchTx for PgBatch<'_> {
    fn chain(&mut self, seq: u64, sums_sha256: &str) -> Result<ChainFacts> {
        let device_id = self.device_id;
        let batch_id = self.batch_id;
        let seq_i = seq as i64;
        let imported_at: Option<DateTime<Utc>> = self
            .query_opt(
                "SELECT imported_at FROM batches WHERE sums_sha256 = $1",
                &[&sums_sha256],
                "looking up the batch",
            )?
            .map(|r| r.get(0));
        let same_batch_id: Option<String> = self
            .query_opt(
                "SELECT folder FROM batches WHERE batch_id = $1",
                &[&batch_id],
                "looking up the batch id",
            )?
            .map(|r| r.get(0));
        let at_seq = self.link(seq)?;
        let below = self
            .query_opt(
                "SELECT seq, sums_sha256, previous, folder FROM batches
                 WHERE device_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT 1",
                &[&device_id, &seq_i],
                "reading the device's chain",
            )?
            .map(|r| {
                (
                    r.get::<_, i64>(0) as u64,
                    ChainLink {
                        sums_sha256: r.get(1),
                        previous: r.get(2),
                        folder: r.get(3),
                    },
                )
            });
        let next = self.link(seq + 1)?;
        let from = below.as_ref().map_or(0, |b| b.0) as i64 + 1;
        let gaps = self.query(
            "SELECT
                count(*) FILTER (WHERE seq BETWEEN $2::bigint AND $3::bigint - 1),
                count(*) FILTER (WHERE seq = $3::bigint),
                (SELECT coalesce(max(seq), 0) FROM batches WHERE device_id = $1),
                (SELECT key_id FROM devices WHERE device_id = $1)
             FROM gaps WHERE device_id = $1 AND filled_by IS NULL",
            &[&device_id, &from, &seq_i],
            "reading recorded gaps",
        )?;
        let r = &gaps[0];
        Ok(ChainFacts {
            imported_at,
            same_batch_id,
            at_seq,
            below,
            next,
            open_gaps_below: r.get::<_, i64>(0) as u64,
            fills_gap: r.get::<_, i64>(1) > 0,
            last_seq: r.get::<_, i64>(2) as u64,
            bound_key: r.get(3),
        })
    }

    fn record_batch(&mut self, b: &NewBatch<'_>) -> Result<()> {
        let (device_id, batch_id, now) = (self.device_id, self.batch_id, self.now);
        self.execute(
            "INSERT INTO devices (device_id, key_id, first_seen_at, last_seen_at)
             VALUES ($1, $2, $3, $3)
             ON CONFLICT (device_id) DO UPDATE SET last_seen_at = excluded.last_seen_at,
                key_id = CASE WHEN $4 THEN excluded.key_id ELSE devices.key_id END",
            &[&device_id, &b.key_id, &now, &b.rebind],
            "recording the device",
        )?;
        self.execute(
            "INSERT INTO batches (batch_id, device_id, seq, previous, sums_sha256, key_id,
                event_id, event_name, folder, scope, created_at, imported_at, lead_count,
                erasure_count, leads_new, leads_merged, leads_updated, leads_ignored,
                erasures_applied, withdrawals_applied, questions, wording)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 0, 0, 0, 0, 0, 0,
                $15, $16)",
            &[
                &batch_id,
                &device_id,
                &(b.seq as i64),
                &b.previous,
                &b.sums_sha256,
                &b.key_id,
                &b.event_id,
                &b.event_name,
                &b.folder,
                &b.scope,
                &b.created_at,
                &now,
                &(b.lead_count as i64),
                &(b.erasure_count as i64),
                &b.questions.map(Json),
                &b.wording.map(Json),
            ],
            "recording the batch",
        )?;
        if let Some((from, to)) = b.gap {
            self.execute(
                "INSERT INTO gaps (device_id, seq, recorded_at, recorded_by)
                 SELECT $1, s, $4, $5 FROM generate_series($2::bigint, $3::bigint) AS s
                 ON CONFLICT DO NOTHING",
                &[&device_id, &(from as i64), &(to as i64), &now, &batch_id],
                "recording the gap",
            )?;
        }
        if b.fills_gap {
            self.execute(
                "UPDATE gaps SET filled_at = $3, filled_by = $4 WHERE device_id = $1 AND seq = $2",
                &[&device_id, &(b.seq as i64), &now, &batch_id],
                "filling the gap",
            )?;
        }
        Ok(())
    }

    fn lead(&mut self, lead_id: Uuid) -> Result<LeadOnFile> {
        let rows = self.query(
            "SELECT coalesce((SELECT eb.device_id FROM erased_leads AS e
                        JOIN batches AS eb ON eb.batch_id = e.batch_id WHERE e.lead_id = $1),
                    (SELECT device_id FROM removed_leads WHERE lead_id = $1)),
                s.contact_id, c.email_key, b.device_id, b.seq, b.created_at, b.batch_id,
                ARRAY(SELECT purpose FROM withdrawals WHERE lead_id = $1 ORDER BY purpose),
                ARRAY(SELECT at FROM withdrawals WHERE lead_id = $1 ORDER BY purpose),
                ARRAY(SELECT wb.device_id FROM withdrawals AS w
                      JOIN batches AS wb ON wb.batch_id = w.batch_id
                      WHERE w.lead_id = $1 ORDER BY w.purpose),
                ARRAY(SELECT by FROM withdrawals WHERE lead_id = $1 ORDER BY purpose),
                ARRAY(SELECT channel FROM withdrawals WHERE lead_id = $1 ORDER BY purpose)
             FROM (SELECT 1) AS one
             LEFT JOIN source_leads AS s ON s.lead_id = $1
             LEFT JOIN batches AS b ON b.batch_id = s.batch_id
             LEFT JOIN contacts AS c ON c.contact_id = s.contact_id",
            &[&lead_id],
            "reading the lead's earlier version",
        )?;
        let r = &rows[0];
        if let Some(device_id) = r.get::<_, Option<Uuid>>(0) {
            return Ok(LeadOnFile::Erased { device_id });
        }
        let current = match r.get::<_, Option<Uuid>>(1) {
            None => None,
            Some(contact_id) => {
                let bad = |field, detail: &str| {
                    self.bad_row(format_args!("lead {lead_id}"), field, detail.to_owned())
                };
                Some(LeadVersion {
                    contact_id,
                    email_key: r.get(2),
                    device_id: r
                        .get::<_, Option<Uuid>>(3)
                        .ok_or_else(|| bad("batch_id", "its batch is missing"))?,
                    seq: r.get::<_, Option<i64>>(4).unwrap_or_default() as u64,
                    batch_created_at: r
                        .get::<_, Option<DateTime<Utc>>>(5)
                        .ok_or_else(|| bad("batch_id", "its batch is missing"))?,
                    batch_id: r
                        .get::<_, Option<Uuid>>(6)
                        .ok_or_else(|| bad("batch_id", "its batch is missing"))?,
                })
            }
        };
        let purposes: Vec<String> = r.get(7);
        let ats: Vec<DateTime<Utc>> = r.get(8);
        let devices: Vec<Uuid> = r.get(9);
        let bys: Vec<String> = r.get(10);
        let channels: Vec<Option<String>> = r.get(11);
        let withdrawals = purposes
            .into_iter()
            .zip(ats)
            .zip(devices)
            .zip(bys.into_iter().zip(channels))
            .map(|(((purpose, at), device_id), (by, channel))| Withdrawal {
                purpose,
                at,
                device_id,
                by,
                channel,
            })
            .collect();
        Ok(LeadOnFile::Known {
            current,
            withdrawals,
        })
    }

    fn contact_by_email(&mut self, email_key: &str) -> Result<Option<Uuid>> {
        Ok(self
            .query_opt(
                "SELECT contact_id FROM contacts WHERE email_key = $1",
                &[&email_key],
                "looking up the contact",
            )?
            .map(|r| r.get(0)))
    }

    fn insert_contact(&mut self, email_key: Option<&str>, c: &ContactRecord<'_>) -> Result<()> {
        let [first_name, last_name, company, job_title, phone, country] = c.fields;
        let now = self.now;
        self.execute(
            "INSERT INTO contacts (contact_id, first_name, last_name, company, job_title,
                phone, country, rating, event_name, consents, first_captured_at,
                last_captured_at, source_count, review, merge_version, email_key, email,
                created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                coalesce($16, ''), $17)",
            &[
                &c.contact_id,
                &first_name,
                &last_name,
                &company,
                &job_title,
                &phone,
                &country,
                &c.rating,
                &c.event_name,
                &Json(decisions(&c.consents)),
                &c.first_captured_at,
                &c.last_captured_at,
                &(c.source_count as i64),
                &c.review,
                &(super::MERGE_VERSION as i32),
                &email_key,
                &now,
            ],
            "creating a contact",
        )?;
        Ok(())
    }

    fn update_contact(&mut self, c: &ContactRecord<'_>) -> Result<()> {
        let [first_name, last_name, company, job_title, phone, country] = c.fields;
        self.execute(
            "UPDATE contacts SET first_name = $2, last_name = $3,
                email = coalesce(email_key, ''), company = $4, job_title = $5, phone = $6,
                country = $7, rating = $8, event_name = $9, consents = $10,
                first_captured_at = $11, last_captured_at = $12, source_count = $13,
                review = $14, merge_version = $15,
                change_seq = CASE WHEN (first_name, last_name, company, job_title, phone,
                        country, rating, event_name, consents, first_captured_at,
                        last_captured_at, source_count, review)
                    IS NOT DISTINCT FROM ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                    THEN change_seq ELSE nextval('contacts_change_seq') END
             WHERE contact_id = $1",
            &[
                &c.contact_id,
                &first_name,
                &last_name,
                &company,
                &job_title,
                &phone,
                &country,
                &c.rating,
                &c.event_name,
                &Json(decisions(&c.consents)),
                &c.first_captured_at,
                &c.last_captured_at,
                &(c.source_count as i64),
                &c.review,
                &(super::MERGE_VERSION as i32),
            ],
            "updating the contact",
        )?;
        Ok(())
    }

    fn remove_contact(&mut self, contact_id: Uuid) -> Result<bool> {
        let gone = self.execute(
            "DELETE FROM contacts WHERE contact_id = $1",
            &[&contact_id],
            "removing the contact",
        )?;
        if gone == 0 {
            return Ok(false);
        }
        let batch_id = self.batch_id;
        self.execute(
            "UPDATE erased_leads SET contact_removed = true WHERE contact_id = $1 AND batch_id = $2",
            &[&contact_id, &batch_id],
            "recording the erasure",
        )?;
        Ok(true)
    }

    fn save_source(&mut self, contact_id: Uuid, lead: &Lead, event_name: &str) -> Result<()> {
        // One lead is a chunk of one: the columns and the upsert are written
        // once, in `save_sources`.
        self.save_sources(&[(contact_id, lead)], event_name)
    }

    fn save_policy_text(&mut self, p: &PolicyText) -> Result<()> {
        let (batch_id, now) = (self.batch_id, self.now);
        self.execute(
            "INSERT INTO policy_texts (sha256, last_updated, url, text, batch_id, received_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (sha256) DO NOTHING",
            &[&p.sha256, &p.last_updated, &p.url, &p.text, &batch_id, &now],
            "storing the policy text",
        )?;
        Ok(())
    }

    fn contact_sources(&mut self, contact_id: Uuid) -> Result<Vec<SourceFacts>> {
        let rows = self.query(
            "SELECT lead_id, captured_at, event_name, first_name, last_name, company,
                job_title, phone, country, rating, consents, policy_sha256
             FROM source_leads WHERE contact_id = $1",
            &[&contact_id],
            "reading the contact's sources",
        )?;
        rows.iter().map(|r| self.source_facts(r)).collect()
    }

    fn erase(&mut self, lead_id: Uuid, at: DateTime<Utc>, by: &str) -> Result<Option<Uuid>> {
        let batch_id = self.batch_id;
        let contact: Option<Uuid> = self
            .query_opt(
                "DELETE FROM source_leads WHERE lead_id = $1 RETURNING contact_id",
                &[&lead_id],
                "erasing the lead",
            )?
            .map(|r| r.get(0));
        self.execute(
            "INSERT INTO erased_leads (lead_id, erased_at, erased_by, batch_id, contact_id)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (lead_id) DO NOTHING",
            &[&lead_id, &at, &by, &batch_id, &contact],
            "recording the erasure",
        )?;
        // Only a deleted row leaves personal data behind in the table files.
        self.erased |= contact.is_some();
        Ok(contact)
    }

    fn record_withdrawal(
        &mut self,
        lead_id: Uuid,
        purpose: &str,
        at: DateTime<Utc>,
        by: &str,
        channel: Option<&str>,
    ) -> Result<()> {
        let batch_id = self.batch_id;
        self.execute(
            "INSERT INTO withdrawals (lead_id, purpose, at, by, batch_id, channel)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (lead_id, purpose) DO UPDATE SET at = excluded.at, by = excluded.by,
                batch_id = excluded.batch_id, channel = excluded.channel",
            &[&lead_id, &purpose, &at, &by, &batch_id, &channel],
            "recording the withdrawal",
        )?;
        Ok(())
    }

    fn source_consents(&mut self, lead_id: Uuid) -> Result<Option<(Uuid, Vec<ConsentRecord>)>> {
        let Some(row) = self.query_opt(
            "SELECT contact_id, consents FROM source_leads WHERE lead_id = $1",
            &[&lead_id],
            "reading the lead",
        )?
        else {
            return Ok(None);
        };
        let contact: Uuid = row.get(0);
        let bad =
            |this: &Self, e: String| this.bad_row(format_args!("lead {lead_id}"), "consents", e);
        let Json(stored) = row
            .try_get::<_, Json<Vec<StoredConsent>>>(1)
            .map_err(|e| bad(self, e.to_string()))?;
        let mut consents = Vec::with_capacity(stored.len());
        for c in stored {
            let text_id = c.text_id();
            let text: String = self
                .query_opt(
                    "SELECT text FROM consent_texts WHERE text_id = $1",
                    &[&text_id],
                    "reading consent wording",
                )?
                .map(|r| r.get(0))
                .ok_or_else(|| {
                    self.bad_row(
                        format_args!("lead {lead_id}"),
                        "consents",
                        super::RowProblem::NoWording(text_id),
                    )
                })?;
            consents.push(
                c.record(text)
                    .map_err(|e| self.bad_row(format_args!("lead {lead_id}"), "consents", e))?,
            );
        }
        Ok(Some((contact, consents)))
    }

    fn set_source_consents(&mut self, lead_id: Uuid, consents: &[ConsentRecord]) -> Result<()> {
        let stored = self.stored_consents(consents)?;
        self.execute(
            "UPDATE source_leads SET consents = $2 WHERE lead_id = $1",
            &[&lead_id, &Json(&stored)],
            "withdrawing the consent",
        )?;
        Ok(())
    }

    fn person_erased_at(&mut self, email_hash: &str) -> Result<Option<DateTime<Utc>>> {
        if !self.people()?.erased {
            return Ok(None);
        }
        Ok(self
            .query_opt(
                "SELECT erased_at FROM erased_people WHERE email_hash = $1",
                &[&email_hash],
                "reading erased people",
            )?
            .map(|r| r.get(0)))
    }

    fn suppress(
        &mut self,
        contact_id: Uuid,
        action: SuppressionAction,
        reason: &str,
        purpose: Option<&str>,
    ) -> Result<()> {
        let now = self.now;
        self.execute(
            "INSERT INTO suppressions (contact_id, first_name, last_name, email, action,
                reason, purpose, at)
             SELECT contact_id,
                CASE WHEN $2::text = 'delete' THEN '' ELSE first_name END,
                CASE WHEN $2::text = 'delete' THEN '' ELSE last_name END,
                CASE WHEN $2::text = 'delete' THEN '' ELSE email END,
                $2::text, $3::text, $4::text, $5::timestamptz
             FROM contacts WHERE contact_id = $1",
            &[&contact_id, &action.as_str(), &reason, &purpose, &now],
            "queueing a suppression",
        )?;
        Ok(())
    }

    fn person_withdrawals(&mut self, email_hash: &str) -> Result<Vec<PersonWithdrawal>> {
        if !self.people()?.withdrew {
            return Ok(Vec::new());
        }
        Ok(self
            .query(
                "SELECT purpose, at, by FROM person_withdrawals WHERE email_hash = $1
                 ORDER BY at, purpose",
                &[&email_hash],
                "reading a person's withdrawals",
            )?
            .iter()
            .map(|r| PersonWithdrawal {
                purpose: r.get(0),
                at: r.get(1),
                by: r.get(2),
            })
            .collect())
    }

    fn record_person_withdrawal(
        &mut self,
        email_hash: &str,
        purpose: &str,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<()> {
        self.people = None;
        self.execute(
            "INSERT INTO person_withdrawals (email_hash, purpose, at, by)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (email_hash, purpose) DO NOTHING",
            &[&email_hash, &purpose, &at, &by],
            "recording the person's withdrawal",
        )?;
        Ok(())
    }

    fn leads(&mut self, lead_ids: &[Uuid]) -> Result<Vec<LeadOnFile>> {
        let ids = lead_ids.to_vec();
        let rows = self.query(
            "SELECT coalesce(eb.device_id, r.device_id),
                s.contact_id, c.email_key, b.device_id, b.seq, b.created_at, b.batch_id
             FROM unnest($1::uuid[]) WITH ORDINALITY AS l (lead_id, n)
             LEFT JOIN erased_leads AS e ON e.lead_id = l.lead_id
             LEFT JOIN batches AS eb ON eb.batch_id = e.batch_id
             LEFT JOIN removed_leads AS r ON r.lead_id = l.lead_id
             LEFT JOIN source_leads AS s ON s.lead_id = l.lead_id
             LEFT JOIN batches AS b ON b.batch_id = s.batch_id
             LEFT JOIN contacts AS c ON c.contact_id = s.contact_id
             ORDER BY l.n",
            &[&ids],
            "reading the leads' earlier versions",
        )?;
        let mut withdrawals: HashMap<Uuid, Vec<Withdrawal>> = HashMap::new();
        for r in self.query(
            "SELECT w.lead_id, w.purpose, w.at, wb.device_id, w.by, w.channel
             FROM withdrawals AS w JOIN batches AS wb ON wb.batch_id = w.batch_id
             WHERE w.lead_id = ANY($1) ORDER BY w.lead_id, w.purpose",
            &[&ids],
            "reading withdrawals",
        )? {
            withdrawals.entry(r.get(0)).or_default().push(Withdrawal {
                purpose: r.get(1),
                at: r.get(2),
                device_id: r.get(3),
                by: r.get(4),
                channel: r.get(5),
            });
        }
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
        lead_ids
            .iter()
            .zip(&rows)
            .map(|(lead_id, r)| {
                if let Some(device_id) = r.get::<_, Option<Uuid>>(0) {
                    return Ok(LeadOnFile::Erased { device_id });
                }
                let current = match r.get::<_, Option<Uuid>>(1) {
                    None => None,
                    Some(contact_id) => {
                        let bad = || {
                            self.bad_row(
                                format_args!("lead {lead_id}"),
                                "batch_id",
                                "its batch is missing".to_owned(),
                            )
                        };
                        Some(LeadVersion {
                            contact_id,
                            email_key: r.get(2),
                            device_id: r.get::<_, Option<Uuid>>(3).ok_or_else(bad)?,
                            seq: r.get::<_, Option<i64>>(4).unwrap_or_default() as u64,
                            batch_created_at: r
                                .get::<_, Option<DateTime<Utc>>>(5)
                                .ok_or_else(bad)?,
                            batch_id: r.get::<_, Option<Uuid>>(6).ok_or_else(bad)?,
                        })
                    }
                };
                Ok(LeadOnFile::Known {
                    current,
                    withdrawals: withdrawals.remove(lead_id).unwrap_or_default(),
                })
            })
            .collect()
    }

    fn contacts_by_email(&mut self, email_keys: &[&str]) -> Result<HashMap<String, Uuid>> {
        if email_keys.is_empty() {
            return Ok(HashMap::new());
        }
        let keys: Vec<&str> = email_keys.to_vec();
        Ok(self
            .query(
                "SELECT email_key, contact_id FROM contacts WHERE email_key = ANY($1)",
                &[&keys],
                "looking up the contacts",
            )?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect())
    }

    fn people(&mut self, email_hashes: &[&str]) -> Result<HashMap<String, PersonOnFile>> {
        let any = PgBatch::people(self)?;
        let mut found: HashMap<String, PersonOnFile> = HashMap::new();
        if email_hashes.is_empty() || !(any.erased || any.withdrew) {
            return Ok(found);
        }
        let hashes: Vec<&str> = email_hashes.to_vec();
        if any.erased {
            for r in self.query(
                "SELECT email_hash, erased_at FROM erased_people WHERE email_hash = ANY($1)",
                &[&hashes],
                "reading erased people",
            )? {
                found.entry(r.get(0)).or_default().erased_at = Some(r.get(1));
            }
        }
        if any.withdrew {
            for r in self.query(
                "SELECT email_hash, purpose, at, by FROM person_withdrawals
                 WHERE email_hash = ANY($1) ORDER BY email_hash, at, purpose",
                &[&hashes],
                "reading people's withdrawals",
            )? {
                found
                    .entry(r.get(0))
                    .or_default()
                    .withdrawals
                    .push(PersonWithdrawal {
                        purpose: r.get(1),
                        at: r.get(2),
                        by: r.get(3),
                    });
            }
        }
        Ok(found)
    }

    fn insert_contacts(&mut self, contacts: &[(Option<&str>, ContactRecord<'_>)]) -> Result<()> {
        if contacts.is_empty() {
            return Ok(());
        }
        let now = self.now;
        let columns = ContactColumns::of(contacts.iter().map(|(_, c)| c));
        let mut rows = contacts
            .iter()
            .zip(columns.rows(contacts.iter().map(|(_, c)| c)))
            .map(|((key, _), mut row)| {
                row.push(key);
                row.push(key.as_ref().map_or(&"" as &(dyn ToSql + Sync), |k| k));
                row.push(&now);
                row
            });
        let types = [
            &CONTACT_TYPES[..],
            &[Type::TEXT, Type::TEXT, Type::TIMESTAMPTZ],
        ]
        .concat();
        self.copy_in(
            &format!("contacts ({CONTACT_COLUMNS}, email_key, email, created_at)"),
            &types,
            &mut rows,
            "creating contacts",
        )
    }

    fn save_sources(&mut self, sources: &[(Uuid, &Lead)], event_name: &str) -> Result<()> {
        if sources.is_empty() {
            return Ok(());
        }
        // A lead already on file (an earlier version of it) is replaced by
        // the upsert of `SOURCE_SQL`; every other one goes straight into
        // `source_leads` (written once, not through a staging table: the usual
        // case, new leads). Under SERIALIZABLE this read locks what the
        // upsert's look-up of each id would have.
        let ids: Vec<Uuid> = sources.iter().map(|(_, lead)| lead.lead_id).collect();
        let on_file: HashSet<Uuid> = self
            .query(
                "SELECT lead_id FROM source_leads WHERE lead_id = ANY($1)",
                &[&ids],
                "saving the leads",
            )?
            .iter()
            .map(|r| r.get(0))
            .collect();
        let mut consents = Vec::with_capacity(sources.len());
        for (_, lead) in sources {
            consents.push(Json(self.stored_consents(&lead.consents)?));
        }
        let batch_id = self.batch_id;
        struct Extra<'l> {
            schema: i32,
            answers: Json<&'l std::collections::BTreeMap<String, crate::lead::Answer>>,
            notice: Option<Json<&'l crate::lead::NoticeShown>>,
            controller: Option<Json<&'l crate::consent::Controller>>,
            collection: Option<Json<&'l crate::lead::Collection>>,
            categories: Json<&'l Vec<String>>,
            source: &'static str,
            rating: Option<&'static str>,
        }
        let extras: Vec<Extra<'_>> = sources
            .iter()
            .map(|(_, lead)| Extra {
                schema: lead.schema_version() as i32,
                answers: Json(&lead.answers),
                notice: lead.notice.as_ref().map(Json),
                controller: lead.controller.as_ref().map(Json),
                collection: lead.collection.as_ref().map(Json),
                categories: Json(&lead.data_categories),
                source: lead.source.as_str(),
                rating: lead.rating.map(|r| r.as_str()),
            })
            .collect();
        let on_file = &on_file;
        let rows = |replacing: bool| {
            sources
                .iter()
                .zip(extras.iter().zip(&consents))
                .filter(move |((_, lead), _)| on_file.contains(&lead.lead_id) == replacing)
                .map(|((contact_id, lead), (x, consents))| {
                    let row: Vec<&(dyn ToSql + Sync)> = vec![
                        &lead.lead_id,
                        contact_id,
                        &batch_id,
                        &lead.device_id,
                        &lead.event_id,
                        &event_name,
                        &lead.captured_at,
                        &lead.captured_by,
                        &x.source,
                        &lead.first_name,
                        &lead.last_name,
                        &lead.email,
                        &lead.company,
                        &lead.job_title,
                        &lead.phone,
                        &lead.country,
                        &lead.notes,
                        &x.rating,
                        &x.answers,
                        &lead.badge_id,
                        &lead.policy.sha256,
                        consents,
                        &x.schema,
                        &lead.receipt_id,
                        &x.notice,
                        &x.controller,
                        &lead.jurisdiction,
                        &x.collection,
                        &x.categories,
                    ];
                    row
                })
        };
        let types: Vec<Type> = SOURCE_COLUMNS.iter().map(|(_, t)| t.clone()).collect();
        if on_file.len() < sources.len() {
            self.copy_in(
                &SOURCE_SQL.direct,
                &types,
                &mut rows(false),
                "saving the leads",
            )?;
        }
        if on_file.is_empty() {
            return Ok(());
        }
        self.stage()?;
        self.copy_in(
            &SOURCE_SQL.staged,
            &types,
            &mut rows(true),
            "saving the leads",
        )?;
        // A lead on file: its row is replaced by this version's.
        self.client
            .batch_execute(&SOURCE_SQL.upsert)
            .map_err(pg(self.location, "saving the leads"))
    }

    fn contacts_sources(&mut self, contact_ids: &[Uuid]) -> Result<Vec<Vec<SourceFacts>>> {
        if contact_ids.is_empty() {
            return Ok(Vec::new());
        }
        let ids = contact_ids.to_vec();
        let rows = self.query(
            "SELECT lead_id, captured_at, event_name, first_name, last_name, company,
                job_title, phone, country, rating, consents, policy_sha256, contact_id
             FROM source_leads WHERE contact_id = ANY($1)",
            &[&ids],
            "reading the contacts' sources",
        )?;
        let place: HashMap<Uuid, usize> = contact_ids
            .iter()
            .enumerate()
            .map(|(i, id)| (*id, i))
            .collect();
        let mut sources: Vec<Vec<SourceFacts>> = vec![Vec::new(); contact_ids.len()];
        for r in &rows {
            let contact: Uuid = r.get(12);
            if let Some(i) = place.get(&contact) {
                sources[*i].push(self.source_facts(r)?);
            }
        }
        Ok(sources)
    }

    fn update_contacts(&mut self, contacts: &[ContactRecord<'_>]) -> Result<()> {
        if contacts.len() < 2 {
            return contacts.iter().try_for_each(|c| self.update_contact(c));
        }
        self.stage()?;
        let columns = ContactColumns::of(contacts);
        self.copy_in(
            &format!("stage_contacts ({CONTACT_COLUMNS})"),
            &CONTACT_TYPES,
            &mut columns.rows(contacts),
            "updating the contacts",
        )?;
        // The same update as `update_contact`, for the whole chunk at once.
        self.client
            .batch_execute(
                "UPDATE contacts AS c SET first_name = s.first_name, last_name = s.last_name,
                    email = coalesce(c.email_key, ''), company = s.company,
                    job_title = s.job_title, phone = s.phone, country = s.country,
                    rating = s.rating, event_name = s.event_name, consents = s.consents,
                    first_captured_at = s.first_captured_at,
                    last_captured_at = s.last_captured_at, source_count = s.source_count,
                    review = s.review, merge_version = s.merge_version,
                    change_seq = CASE WHEN (c.first_name, c.last_name, c.company, c.job_title,
                            c.phone, c.country, c.rating, c.event_name, c.consents,
                            c.first_captured_at, c.last_captured_at, c.source_count, c.review)
                        IS NOT DISTINCT FROM (s.first_name, s.last_name, s.company, s.job_title,
                            s.phone, s.country, s.rating, s.event_name, s.consents,
                            s.first_captured_at, s.last_captured_at, s.source_count, s.review)
                        THEN c.change_seq ELSE nextval('contacts_change_seq') END
                 FROM stage_contacts AS s WHERE c.contact_id = s.contact_id;
                 TRUNCATE stage_contacts",
            )
            .map_err(pg(self.location, "updating the contacts"))
    }

    fn commit(mut self: Box<Self>, counts: &BatchCounts, purposes: &[String]) -> Result<()> {
        for p in purposes {
            self.execute(
                "INSERT INTO purposes (purpose)
                 SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM purposes WHERE purpose = $1)
                 ON CONFLICT (purpose) DO NOTHING",
                &[p],
                "recording purposes",
            )?;
        }
        let batch_id = self.batch_id;
        self.execute(
            "UPDATE batches SET leads_new = $2, leads_merged = $3, leads_updated = $4,
                leads_ignored = $5, erasures_applied = $6, withdrawals_applied = $7
             WHERE batch_id = $1",
            &[
                &batch_id,
                &(counts.leads_new as i64),
                &(counts.leads_merged as i64),
                &(counts.leads_updated as i64),
                &(counts.leads_ignored as i64),
                &(counts.erasures_applied as i64),
                &(counts.withdrawals_applied as i64),
            ],
            "recording the batch's counts",
        )?;
        // The erasing transaction's id: VACUUM FULL keeps the erased rows for
        // any transaction or snapshot older than it.
        let xid = if self.erased {
            let row = self
                .client
                .query_one("SELECT txid_current()", &[])
                .map_err(pg(self.location, "reading the batch's transaction id"))?;
            Some(row.get::<_, i64>(0))
        } else {
            None
        };
        self.open = false;
        self.client
            .batch_execute("COMMIT")
            .map_err(pg(self.location, "committing the batch"))?;
        // The batch is in; the next import of this laptop need not wait for
        // the rewrite below (it would wait for it in turn: a session waiting
        // for this lock holds a snapshot older than the erasure).
        // An error here means the connection is gone, and the lock with it.
        if let Some(lock) = self.lock.take() {
            let _ = self
                .client
                .execute("SELECT pg_advisory_unlock($1)", &[&lock]);
        }
        if let Some(xid) = xid {
            rewrite_erased(self.client, self.location, xid);
        }
        Ok(())
    }
}

/// The merged columns of a contact that a chunk copies in, both into
/// `contacts` (new ones, followed by `email_key, email, created_at`) and into
/// `stage_contacts` (updates): one list of names, types and values.
const CONTACT_COLUMNS: &str = "contact_id, first_name, last_name, company, job_title, phone, \
    country, rating, event_name, consents, first_captured_at, last_captured_at, source_count, \
    review, merge_version";

/// The columns of a source lead, with their types, in the order of the values
/// [`PgBatch::save_sources`] writes: the one list that every statement saving
/// a lead is made from ([`SOURCE_SQL`]). The JSON columns are `json`
/// (migration 8): the server keeps the text as sent instead of parsing it into
/// `jsonb`.
const SOURCE_COLUMNS: [(&str, Type); 29] = [
    ("lead_id", Type::UUID),
    ("contact_id", Type::UUID),
    ("batch_id", Type::UUID),
    ("device_id", Type::UUID),
    ("event_id", Type::TEXT),
    ("event_name", Type::TEXT),
    ("captured_at", Type::TIMESTAMPTZ),
    ("captured_by", Type::TEXT),
    ("source", Type::TEXT),
    ("first_name", Type::TEXT),
    ("last_name", Type::TEXT),
    ("email", Type::TEXT),
    ("company", Type::TEXT),
    ("job_title", Type::TEXT),
    ("phone", Type::TEXT),
    ("country", Type::TEXT),
    ("notes", Type::TEXT),
    ("rating", Type::TEXT),
    ("answers", Type::JSON),
    ("badge_id", Type::TEXT),
    ("policy_sha256", Type::TEXT),
    ("consents", Type::JSON),
    ("lead_schema", Type::INT4),
    ("receipt_id", Type::TEXT),
    ("notice", Type::JSON),
    ("controller", Type::JSON),
    ("jurisdiction", Type::TEXT),
    ("collection", Type::JSON),
    ("data_categories", Type::JSON),
];

/// The statements that save a chunk's source leads, made from
/// [`SOURCE_COLUMNS`]: the `COPY` of new leads straight into `source_leads`,
/// the `COPY` of leads on file into `stage_sources`, and the upsert that
/// replaces those rows (every column but the id) and empties the stage.
struct SourceSql {
    direct: String,
    staged: String,
    upsert: String,
}

static SOURCE_SQL: std::sync::LazyLock<SourceSql> = std::sync::LazyLock::new(|| {
    let names: Vec<&str> = SOURCE_COLUMNS.iter().map(|(name, _)| *name).collect();
    let list = names.join(", ");
    let set: Vec<String> = names
        .iter()
        .filter(|n| **n != "lead_id")
        .map(|n| format!("{n} = excluded.{n}"))
        .collect();
    SourceSql {
        direct: format!("source_leads ({list})"),
        staged: format!("stage_sources ({list})"),
        upsert: format!(
            "INSERT INTO source_leads ({list}) SELECT {list} FROM stage_sources
             ON CONFLICT (lead_id) DO UPDATE SET {};
             TRUNCATE stage_sources",
            set.join(", ")
        ),
    }
});

/// The types of [`CONTACT_COLUMNS`], in order.
const CONTACT_TYPES: [Type; 15] = [
    Type::UUID,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::JSONB,
    Type::TIMESTAMPTZ,
    Type::TIMESTAMPTZ,
    Type::INT8,
    Type::TEXT,
    Type::INT4,
];

/// What [`CONTACT_COLUMNS`] needs that a [`ContactRecord`] does not hold as a
/// column value: its consents as JSON, its count as `int8`, the merge version.
struct ContactColumns<'a> {
    consents: Vec<Json<std::collections::BTreeMap<&'a str, super::stored::Decision<'a>>>>,
    counts: Vec<i64>,
    version: i32,
}

impl<'a> ContactColumns<'a> {
    fn of<'c>(contacts: impl IntoIterator<Item = &'c ContactRecord<'a>>) -> Self
    where
        'a: 'c,
    {
        let (consents, counts) = contacts
            .into_iter()
            .map(|c| (Json(decisions(&c.consents)), c.source_count as i64))
            .unzip();
        ContactColumns {
            consents,
            counts,
            version: super::MERGE_VERSION as i32,
        }
    }

    /// One row of [`CONTACT_COLUMNS`] per contact, in the order given to
    /// [`ContactColumns::of`].
    fn rows<'r>(
        &'r self,
        contacts: impl IntoIterator<Item = &'r ContactRecord<'a>>,
    ) -> impl Iterator<Item = Vec<&'r (dyn ToSql + Sync)>> {
        contacts
            .into_iter()
            .zip(self.consents.iter().zip(&self.counts))
            .map(|(c, (consents, count))| {
                let [first, last, company, job_title, phone, country] = &c.fields;
                let row: Vec<&(dyn ToSql + Sync)> = vec![
                    &c.contact_id,
                    first,
                    last,
                    company,
                    job_title,
                    phone,
                    country,
                    &c.rating,
                    &c.event_name,
                    consents,
                    &c.first_captured_at,
                    &c.last_captured_at,
                    count,
                    &c.review,
                    &self.version,
                ];
                row
            })
    }
}

/// Rewrites the tables that held erased people's data (`VACUUM FULL`, which
/// also rebuilds their indexes), once no transaction that could still see the
/// rows that transaction `xid` deleted is running, so that neither their table
/// nor their index files keep the erased bytes. The erasure is committed
/// whatever happens here, so a failure is not the erasure's: it is logged with
/// what to run instead.
fn rewrite_erased(client: &mut Client, location: &str, xid: i64) {
    wait_for_older_transactions(client, location, xid);
    if let Err(e) = client.batch_execute("VACUUM FULL source_leads, contacts") {
        tracing::error!(
            database = %location,
            error = %e,
            "the erasure is committed, but the erased data stays in the table files until someone runs VACUUM FULL source_leads, contacts"
        );
    }
}

/// How long an erasure waits for older transactions before rewriting anyway.
const SNAPSHOT_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// Waits until `VACUUM FULL` can drop the row versions that transaction `xid`
/// (the committed erasure) deleted. It keeps every row version that some
/// transaction older than the horizon may still see, and that horizon is the
/// oldest of:
///
/// - the snapshot of any other session in this database (an autovacuum
///   worker's ANALYZE, a reporting query, another import), read from
///   `pg_stat_activity`; sessions of other roles are visible there only to a
///   member of `pg_read_all_stats` (README);
/// - the VACUUM's own snapshot, whose xmin is the oldest transaction still
///   running anywhere on the server, in *any* database: one import, report or
///   application writing in another database of the same server while the
///   rewrite starts is enough to keep the erased rows in the new table file.
///   So it also waits until the server's oldest running transaction is newer
///   than the erasure (`txid_snapshot_xmin` of a fresh snapshot).
///
/// After [`SNAPSHOT_WAIT`] it goes on anyway and logs what may be left.
fn wait_for_older_transactions(client: &mut Client, location: &str, xid: i64) {
    let started = std::time::Instant::now();
    loop {
        // pg_stat_activity shows 32-bit xids; `age` compares them modulo
        // wraparound.
        let row = client.query_one(
            "WITH erasure AS (SELECT ($1::bigint % 4294967296)::text::xid AS xid)
             SELECT count(*) FILTER (WHERE age(a.backend_xmin) >= age(e.xid)
                                        OR age(a.backend_xid) >= age(e.xid)),
                    count(*) FILTER (WHERE a.state IS NULL
                                       AND a.backend_type = 'client backend'),
                    txid_snapshot_xmin(txid_current_snapshot()) <= $1::bigint
             FROM erasure AS e
             LEFT JOIN pg_stat_activity AS a
               ON a.datname = current_database() AND a.pid <> pg_backend_pid()",
            &[&xid],
        );
        let (older, hidden, running) = match row {
            Ok(row) => (
                row.get::<_, i64>(0),
                row.get::<_, i64>(1),
                row.get::<_, bool>(2),
            ),
            Err(e) => {
                tracing::warn!(database = %location, error = %e, "cannot read pg_stat_activity before rewriting erased rows");
                return;
            }
        };
        if older == 0 && !running {
            if hidden > 0 {
                tracing::warn!(
                    database = %location,
                    sessions = hidden,
                    "sessions of other roles are not visible to this role (grant it pg_read_all_stats): if one of them holds an older snapshot, erased rows stay in the table files until the next VACUUM FULL source_leads, contacts"
                );
            }
            return;
        }
        if started.elapsed() >= SNAPSHOT_WAIT {
            tracing::error!(
                database = %location,
                sessions = older,
                older_transaction_running = running,
                "transactions or snapshots older than the erasure are still open after 30 s (in this database, or a transaction in any database of the server): erased rows stay in the table files until VACUUM FULL source_leads, contacts runs after they end"
            );
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
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

/// `contacts.consents` as read, before [`parse_decisions`].
type Decided = std::collections::BTreeMap<String, Vec<serde_json::Value>>;

fn contact_export(r: &Row, id: Uuid, db: &str) -> Result<ContactExport> {
    let bad =
        |field, e: postgres::Error| bad_row(db, format_args!("contact {id}"), field, e.to_string());
    let text = |i: usize| r.try_get::<_, String>(i).map_err(|e| bad("contact", e));
    let consents: Option<Json<Decided>> = r.try_get(10).ok();
    Ok(ContactExport {
        contact_id: id,
        fields: [
            text(1)?,
            text(2)?,
            text(3)?,
            text(4)?,
            text(5)?,
            text(6)?,
            text(7)?,
        ],
        rating: r.try_get(8).map_err(|e| bad("rating", e))?,
        event_name: text(9)?,
        // Written by the merge; unreadable JSON would be a damaged row, shown as
        // no decisions rather than a guessed one.
        consents: consents
            .and_then(|Json(c)| parse_decisions(c).ok())
            .unwrap_or_default(),
        review: r.try_get(20).map_err(|e| bad("review", e))?,
        first_captured_at: r.try_get(11).map_err(|e| bad("first_captured_at", e))?,
        last_captured_at: r.try_get(12).map_err(|e| bad("last_captured_at", e))?,
        sources: Vec::new(),
    })
}

fn source_export(r: &Row, db: &str) -> Result<SourceExport> {
    let lead: Uuid = r.try_get(13).unwrap_or_default();
    let bad =
        |field, e: postgres::Error| bad_row(db, format_args!("lead {lead}"), field, e.to_string());
    let text = |i: usize| r.try_get::<_, String>(i).map_err(|e| bad("source lead", e));
    let answers: Option<Json<serde_json::Value>> = r.try_get(19).ok();
    Ok(SourceExport {
        lead_id: lead,
        event_id: text(14)?,
        event_name: text(15)?,
        captured_at: r.try_get(16).map_err(|e| bad("captured_at", e))?,
        captured_by: text(17)?,
        notes: text(18)?,
        answers: answers.map_or(serde_json::Value::Null, |Json(a)| a),
        badge_id: r.try_get(21).map_err(|e| bad("badge_id", e))?,
        questions: r
            .try_get::<_, Option<Json<Vec<QuestionWording>>>>(22)
            .map_err(|e| bad("questions", e))?
            .map(|Json(q)| q),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_never_shows_a_password() {
        for url in [
            "postgres://office:s3cret@db.example:5433/leads",
            "postgresql://office@db.example:5433/leads?password=s3cret",
        ] {
            let config = Config::from_str(url).unwrap();
            let shown = location_of(&config);
            assert_eq!(shown, "postgres://office@db.example:5433/leads");
            assert!(!shown.contains("s3cret"));
        }
    }

    #[test]
    fn only_postgres_urls_are_servers() {
        assert!(is_postgres_url("postgres://h/db"));
        assert!(is_postgres_url("postgresql://h/db"));
        assert!(!is_postgres_url("central.sqlite3"));
        assert!(!is_postgres_url("./postgres:/x"));
    }

    #[test]
    fn migrations_are_named_for_refinery() {
        for (i, (name, _)) in MIGRATIONS.iter().enumerate() {
            let m = refinery::Migration::unapplied(name, "").unwrap();
            assert_eq!(m.version() as usize, i + 1, "{name}");
        }
    }
}
