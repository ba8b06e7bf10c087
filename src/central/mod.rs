//! The central store: the database at the central office that batches are
//! imported into (`leadbooth import --into`). This module is the storage layer
//! under the central import: [`CentralStore`] and [`BatchTx`] are the whole
//! interface the import's rules (the use-case layer above) use, in plain data types; each
//! backend implements them and holds every line of its SQL: the SQLite file
//! ([`SqliteCentral`], `sqlite.rs`, the default) and a PostgreSQL server
//! ([`PostgresCentral`], `postgres.rs`, `--into postgres://…`); [`open`] picks
//! one from what `--into` names. Both reuse every rule and every test.
//!
//! The store decides nothing: whether a batch fits its device's chain, whether a
//! lead version is stale, which contact a lead belongs to, what a contact's
//! merged fields and consents are, whether a withdrawal applies — all of that is
//! the import's rules, one layer up, written once. The store reads facts and
//! writes records.
//!
//! # What every backend must guarantee
//!
//! - **One batch, one transaction.** Everything a [`BatchTx`] writes becomes
//!   visible together at [`BatchTx::commit`], or not at all: an error, dropping
//!   the `BatchTx` without committing, or a killed process leaves nothing of the
//!   batch. Reads inside a `BatchTx` see its own writes.
//! - **The device lock.** [`CentralStore::begin_batch`] returns only when no
//!   other transaction holds the batch's device, and the lock is held until
//!   commit or rollback. Two imports of the same laptop (or of the same batch)
//!   therefore run one after the other, and the second sees the first's batch in
//!   [`BatchTx::chain`] (skipped as already imported, or refused as a fork):
//!   never a double import. SQLite: `BEGIN IMMEDIATE` (one writer for the whole
//!   file, which is a stronger lock). PostgreSQL: a session advisory lock on the
//!   device id, taken before the transaction begins so that its snapshot sees
//!   what the lock's previous holder committed.
//! - **Contacts are shared between devices.** Two imports of different laptops
//!   may touch the same contact; the result must be what one after the other
//!   would leave (no lost update of a contact's recompute, no second contact for
//!   one email). SQLite has one writer. PostgreSQL runs each batch `SERIALIZABLE`
//!   and the server aborts one of two transactions that could not have run one
//!   after the other. A failure of that kind ([`CentralError::is_retryable`]: a
//!   serialisation failure, a deadlock, a unique-key race) rolls the whole batch
//!   back, and the caller imports it again, re-reading the batch files inside
//!   the new transaction.
//! - **Bulk shape.** A batch is tens of thousands of calls in one transaction:
//!   a backend prepares each statement once per connection (SQLite: the
//!   statement cache) and keeps per-batch caches (consent wordings) in its
//!   `BatchTx`. Reads return owned plain data; nothing of the connection leaves
//!   the store.
//! - **Same answers.** The central test suite (`tests/central/`) runs every
//!   import against each backend listed in `tests/support/central.rs`
//!   (`backends()`), through the same assertions.

mod postgres;
mod sqlite;
mod stored;

use std::collections::{BTreeMap, HashMap};
use std::ops::ControlFlow;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::config::QuestionWording;
use crate::consent::ConsentRecord;
use crate::lead::Lead;
use crate::stats::{BatchFact, GapFact, LeadFact, RemovalFact};
use crate::store::StoreError;

pub use self::postgres::{
    MIGRATIONS_TABLE, POSTGRES_SCHEMA_VERSION, PostgresCentral, is_postgres_url,
};
pub use crate::policy::PolicyText;
pub use sqlite::{CENTRAL_APPLICATION_ID, CENTRAL_SCHEMA_VERSION, SqliteCentral};

/// The version of the merge rules a contact row was computed with
/// (`contacts.merge_version`), kept by the store so that the layer above can
/// find rows to recompute. 2: not given never overrides a grant, names are
/// compared for review (issue 11). 3: each decision keeps the language its
/// wording was shown in and the language asked (issue 18, for the CRM file).
/// 4: a name typed whole into one field does not take the other field from an
/// older source (`K. Nordmann` + `Nordmann`).
/// Rows of an older version are recomputed before the next batch.
pub const MERGE_VERSION: u32 = 4;

/// Result alias for central store operations.
pub type Result<T> = std::result::Result<T, CentralError>;

/// What went wrong in the central store. Every message names the database.
#[derive(Debug, thiserror::Error)]
pub enum CentralError {
    /// The SQLite file could not be opened: damaged, a booth database, written
    /// by a newer leadbooth, or an IO error.
    #[error(transparent)]
    Open(#[from] StoreError),
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
    /// A PostgreSQL error, with what was being done.
    #[error("database {location}: {doing}: {}", pg_detail(.error))]
    Postgres {
        /// The server, as [`CentralStore::location`] names it (no password).
        location: String,
        /// What was being done.
        doing: &'static str,
        /// The driver's error (its words are in the message already, so it is
        /// not chained as a source).
        error: ::postgres::Error,
    },
    /// `--into` looks like a PostgreSQL URL but is not a usable one.
    #[error(
        "--into: not a usable PostgreSQL URL ({detail}); expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"
    )]
    Url {
        /// What is wrong with it.
        detail: UrlProblem,
    },
    /// A central command named a PostgreSQL database that no import has
    /// reached: it holds no leadbooth tables, and the command creates none.
    #[error(
        "database {location}: it holds no leadbooth tables (no batch was imported into it): check the database name; the first import creates them"
    )]
    NoSchema {
        /// The server, without a password.
        location: String,
    },
    /// The PostgreSQL schema was migrated by a newer leadbooth.
    #[error(
        "database {location}: its schema is version {found}, newer than this leadbooth knows ({known}); upgrade leadbooth — nothing was changed"
    )]
    TooNew {
        /// The server.
        location: String,
        /// The version found.
        found: i64,
        /// The newest this build knows.
        known: i64,
    },
    /// The PostgreSQL schema could not be brought up to date.
    #[error("database {location}: migrating the schema: {detail}")]
    Migration {
        /// The server.
        location: String,
        /// What went wrong.
        detail: String,
    },
    /// A stored value that does not read back (a damaged row).
    #[error("database {db}: {row}: stored {field} is damaged: {detail}")]
    BadRow {
        /// The database, as [`CentralStore::location`] names it.
        db: String,
        /// The row: `lead <id>`, `contact <id>`, `batch <hash>`.
        row: String,
        /// The column.
        field: &'static str,
        /// What is wrong.
        detail: RowProblem,
    },
}

/// What is wrong with a stored value ([`CentralError::BadRow`]): its `Display`
/// is the English words; `cli::reasons` says leadbooth's own in the staff
/// language, and a parser's words (serde's, chrono's, the uuid crate's) as they
/// are.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RowProblem {
    /// A word the column does not hold (`method`, `action`, `rating`).
    #[error("unknown {what} {value:?}")]
    Unknown {
        /// `method`, `action`, `rating`.
        what: &'static str,
        /// The stored word.
        value: String,
    },
    /// A consent's wording id with no wording stored.
    #[error("no consent wording {0}")]
    NoWording(i64),
    /// Fewer (or more) rows than leads asked for.
    #[error("{rows} rows for {leads} leads")]
    RowCount {
        /// Rows found.
        rows: usize,
        /// Leads asked for.
        leads: usize,
    },
    /// A row not found right after it was recorded.
    #[error("not found after recording it")]
    Vanished,
    /// A lead version whose batch row is gone.
    #[error("its batch is missing")]
    BatchMissing,
    /// A parser's own words.
    #[error("{0}")]
    Read(String),
}

impl From<String> for RowProblem {
    fn from(words: String) -> Self {
        RowProblem::Read(words)
    }
}

/// What is wrong with a PostgreSQL URL given to `--into`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlProblem {
    /// The driver cannot parse it (its own words).
    #[error("{0}")]
    Parse(String),
    /// It names no host.
    #[error("no host: give postgres://user@host/database")]
    NoHost,
    /// It names no database.
    #[error("no database name: give postgres://user@host/database")]
    NoDatabase,
    /// It is written as a URL (`scheme://…`, `scheme:/…`) of another scheme:
    /// how it begins, up to its slashes (never the user or password after them).
    #[error("it begins \"{0}\", not postgres:// or postgresql://")]
    Scheme(String),
    /// A PostgreSQL URL with more than one `@`: a user or password holding
    /// one unencoded, which the driver would split at the first (and name the
    /// rest, a piece of the password, as the host and database).
    #[error(
        "more than one @: write an @, /, : or # in the user or password as %40, %2F, %3A, %23, or give the password in PGPASSWORD"
    )]
    TwoAts,
}

/// What is wrong with `into` before the driver reads it: a URL of another
/// scheme ([`foreign_scheme`]), or a PostgreSQL URL with more than one `@`.
pub fn url_problem(into: &std::ffi::OsStr) -> Option<UrlProblem> {
    if let Some(begins) = foreign_scheme(into) {
        return Some(UrlProblem::Scheme(begins));
    }
    let url = into.to_str().filter(|u| is_postgres_url(u))?;
    (url.matches('@').count() > 1).then_some(UrlProblem::TwoAts)
}

/// How `into` begins when it is written as a URL (a scheme of two or more
/// letters, digits, `+`, `-` or `.`, a colon and a slash: `postgress://`,
/// `postgresql:/`) but is not a PostgreSQL one. Such a value is refused
/// rather than taken for an SQLite file name, which would create a file of
/// that name and print it, password and all, in messages and the log.
pub fn foreign_scheme(into: &std::ffi::OsStr) -> Option<String> {
    let into = into.to_str()?;
    let (scheme, rest) = into.split_once(':')?;
    let is_scheme = scheme.len() >= 2
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    if !is_scheme || !rest.starts_with('/') || is_postgres_url(into) {
        return None;
    }
    let slashes = rest.len() - rest.trim_start_matches('/').len();
    Some(format!("{scheme}:{}", &rest[..slashes]))
}

impl CentralError {
    /// Whether the batch's transaction lost a race with a concurrent import
    /// (a serialisation failure, a deadlock, a unique-key race): it was rolled
    /// back, and running the batch again is the cure.
    pub fn is_retryable(&self) -> bool {
        use ::postgres::error::SqlState;
        match self {
            CentralError::Postgres { error, .. } => error.code().is_some_and(|c| {
                [
                    SqlState::T_R_SERIALIZATION_FAILURE,
                    SqlState::T_R_DEADLOCK_DETECTED,
                    SqlState::UNIQUE_VIOLATION,
                ]
                .contains(c)
            }),
            _ => false,
        }
    }
}

/// The server's own words for a database error (message, detail, hint), else
/// the driver's.
pub(crate) fn pg_detail(e: &::postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut s = db.message().to_owned();
            if let Some(d) = db.detail() {
                s.push_str(&format!(" ({d})"));
            }
            if let Some(h) = db.hint() {
                s.push_str(&format!("; hint: {h}"));
            }
            s
        }
        None => match std::error::Error::source(e) {
            Some(cause) => format!("{e}: {cause}"),
            None => e.to_string(),
        },
    }
}

/// A stored rating (`hot`, `warm`, `cold` or none), as both backends read it.
fn rating_of(s: Option<String>) -> std::result::Result<Option<crate::lead::Rating>, RowProblem> {
    s.map(|s| {
        crate::lead::Rating::parse(&s).ok_or(RowProblem::Unknown {
            what: "rating",
            value: s,
        })
    })
    .transpose()
}

/// Which central store `--into` names: a PostgreSQL server for a
/// `postgres://` or `postgresql://` URL, else an SQLite file.
pub fn open(into: &std::ffi::OsStr) -> Result<Box<dyn CentralStore>> {
    if let Some(detail) = url_problem(into) {
        return Err(CentralError::Url { detail });
    }
    match into.to_str() {
        Some(url) if is_postgres_url(url) => Ok(Box::new(PostgresCentral::open(url)?)),
        _ => Ok(Box::new(SqliteCentral::open(std::path::Path::new(into))?)),
    }
}

/// [`open`] for the commands that act on what imports brought: a PostgreSQL
/// database without leadbooth's tables is refused, not given them (the
/// command line refuses an SQLite file that does not exist before this).
pub fn open_existing(into: &std::ffi::OsStr) -> Result<Box<dyn CentralStore>> {
    if let Some(detail) = url_problem(into) {
        return Err(CentralError::Url { detail });
    }
    match into.to_str() {
        Some(url) if is_postgres_url(url) => Ok(Box::new(PostgresCentral::open_existing(url)?)),
        _ => open(into),
    }
}

/// The central database, whichever backend holds it.
pub trait CentralStore {
    /// The database as messages name it (a file path; for a server, its URL
    /// without a password).
    fn location(&self) -> &str;

    /// Starts the transaction that imports one batch, holding `batch.device_id`'s
    /// lock until it commits or is dropped (see the module documentation).
    fn begin_batch(&mut self, batch: &BatchStamp) -> Result<Box<dyn BatchTx + '_>>;

    /// How many contacts are on file.
    fn contact_count(&mut self) -> Result<u64>;

    /// The consent purposes seen, in the order first seen.
    fn purposes(&mut self) -> Result<Vec<String>>;

    /// Erasure of a person at the central office, in one transaction: records
    /// the tombstone `email_hash` (kept for later batches, see
    /// [`CentralStore::person_erased_at`]) and deletes the contact keyed
    /// `email_key` with every source lead, from whichever laptop, recording each
    /// lead as never to be imported again. Returns the lead ids removed.
    fn erase_person(
        &mut self,
        email_key: &str,
        email_hash: &str,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Vec<Uuid>>;

    /// When the person with tombstone `email_hash` was erased, if they were.
    fn person_erased_at(&mut self, email_hash: &str) -> Result<Option<DateTime<Utc>>>;

    /// Central retention, in one transaction: deletes the contacts whose last
    /// capture is before `cutoff` with their source leads (never imported
    /// again). Returns how many contacts.
    fn purge_captured_before(
        &mut self,
        cutoff: DateTime<Utc>,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<u64>;

    /// The source leads whose receipt number is `receipt_id` (normally one), with
    /// their contact and decisions.
    fn find_receipt(&mut self, receipt_id: &str) -> Result<Vec<ReceiptHit>>;

    /// Contacts computed by merge rules older than [`MERGE_VERSION`].
    fn stale_contacts(&mut self) -> Result<Vec<Uuid>>;

    /// Calls `visit` with every contact and its source leads, in contact id
    /// order, streaming (memory stays bounded); stops when it breaks.
    fn each_contact(
        &mut self,
        visit: &mut dyn FnMut(&ContactExport) -> ControlFlow<()>,
    ) -> Result<()> {
        self.each_contact_changed_since(None, visit)
    }

    /// [`CentralStore::each_contact`], only the contacts whose merged values
    /// changed after the change mark `since` (see
    /// [`CentralStore::change_mark`]; `None`: every contact).
    fn each_contact_changed_since(
        &mut self,
        since: Option<i64>,
        visit: &mut dyn FnMut(&ContactExport) -> ControlFlow<()>,
    ) -> Result<()>;

    /// A transaction for a request at the central office (a person's
    /// withdrawal): the [`BatchTx`] reads and contact writes, under no batch
    /// (nothing of a batch is recorded; do not call
    /// [`BatchTx::record_batch`], [`BatchTx::save_source`], [`BatchTx::erase`] or
    /// [`BatchTx::record_withdrawal`] on it). `at` is its time.
    fn begin_request(&mut self, at: DateTime<Utc>) -> Result<Box<dyn BatchTx + '_>>;

    /// Withdrawals recorded at the central office for the person with
    /// tombstone `email_hash`: purpose, when, by whom.
    fn person_withdrawals(&mut self, email_hash: &str) -> Result<Vec<PersonWithdrawal>>;

    /// For an access request: every source lead of a contact with the batch
    /// it came in, its consent records (withdrawals applied) and the
    /// withdrawals received for it.
    fn source_details(&mut self, contact_id: Uuid) -> Result<Vec<SourceDetail>>;

    /// The full text of policy version `sha256`, if a batch brought it.
    fn policy_text(&mut self, sha256: &str) -> Result<Option<PolicyText>>;

    /// When the previous CRM file was written and the change mark it was
    /// written at (`None`: never).
    fn last_crm_file(&mut self) -> Result<Option<(DateTime<Utc>, i64)>>;

    /// The change mark now: every insert or change of a contact's merged
    /// values raises it (a counter, not a clock, so two changes in one second
    /// stay apart).
    fn change_mark(&mut self) -> Result<i64>;

    /// The deletions and unsubscribes no suppression file has carried yet,
    /// oldest first.
    fn pending_suppressions(&mut self) -> Result<Vec<Suppression>>;

    /// Records a CRM file written with its suppression file, in one
    /// transaction: the suppressions `carried` are marked as written by it.
    fn record_crm_file(&mut self, file: &CrmFileRecord, carried: &[i64]) -> Result<()>;

    /// The events on file: id and the name its latest batch gave, by id.
    fn report_events(&mut self) -> Result<Vec<(String, String)>>;

    /// Calls `visit` with every source lead of `event_id` on file (with its
    /// contact and its decisions, withdrawals applied), in capture order.
    fn each_report_lead(&mut self, event_id: &str, visit: &mut dyn FnMut(&LeadFact)) -> Result<()>;

    /// The batches of `event_id`, and the gaps recorded in their laptops'
    /// chains.
    fn report_batches(&mut self, event_id: &str) -> Result<(Vec<BatchFact>, Vec<GapFact>)>;

    /// The erasures and withdrawals the batches of `event_id` brought.
    fn report_removals(&mut self, event_id: &str) -> Result<Vec<RemovalFact>>;
}

/// A withdrawal recorded at the central office for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonWithdrawal {
    /// The purpose withdrawn.
    pub purpose: String,
    /// When.
    pub at: DateTime<Utc>,
    /// Who recorded it.
    pub by: String,
}

/// A source lead in full, for an access request.
#[derive(Debug, Clone)]
pub struct SourceDetail {
    /// The lead.
    pub lead_id: Uuid,
    /// The laptop that captured it.
    pub device_id: Uuid,
    /// The batch its current version came in.
    pub batch_id: Uuid,
    /// That batch's seq in its laptop's chain.
    pub seq: u64,
    /// That batch's folder name.
    pub folder: String,
    /// When that batch was imported.
    pub imported_at: DateTime<Utc>,
    /// The policy version it was shown (SHA-256 of the policy text).
    pub policy_sha256: String,
    /// The source lead's fields as stored: first name, last name, email,
    /// company, job title, phone, country.
    pub fields: [String; 7],
    /// How it was captured (`badge_scan`, `manual`, `self_service` ...).
    pub source: String,
    /// Its badge id, if scanned.
    pub badge_id: Option<String>,
    /// Its consent records, with the wording shown and withdrawals applied.
    pub consents: Vec<ConsentRecord>,
    /// Withdrawals received for it from its laptop.
    pub withdrawals: Vec<Withdrawal>,
}

/// What a suppression asks of the CRM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuppressionAction {
    /// Delete the contact.
    Delete,
    /// Unsubscribe the contact from the purpose withdrawn.
    Unsubscribe,
}

impl SuppressionAction {
    /// The stored and written word: `delete`, `unsubscribe`.
    pub fn as_str(self) -> &'static str {
        match self {
            SuppressionAction::Delete => "delete",
            SuppressionAction::Unsubscribe => "unsubscribe",
        }
    }

    /// From the stored word.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "delete" => Some(SuppressionAction::Delete),
            "unsubscribe" => Some(SuppressionAction::Unsubscribe),
            _ => None,
        }
    }
}

/// One deletion or unsubscribe for the CRM.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// Its number (order of recording).
    pub id: i64,
    /// The contact (the CRM record's `Leadbooth Contact ID`).
    pub contact_id: Uuid,
    /// First name, last name and email the contact has (empty for a
    /// deletion: the person's data is not kept for it).
    pub first_name: String,
    /// See `first_name`.
    pub last_name: String,
    /// See `first_name`.
    pub email: String,
    /// Delete or unsubscribe.
    pub action: SuppressionAction,
    /// Why: `erasure` (on its laptop), `central erasure`, `retention`,
    /// `no source` (its lead moved to another address), `withdrawal`.
    pub reason: String,
    /// The purpose withdrawn, for an unsubscribe.
    pub purpose: Option<String>,
    /// When it was recorded.
    pub at: DateTime<Utc>,
}

/// A CRM file written, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrmFileRecord {
    /// When.
    pub written_at: DateTime<Utc>,
    /// The contacts file.
    pub path: String,
    /// `hubspot` or `salesforce`.
    pub profile: String,
    /// Only contacts changed since the previous file.
    pub changed_only: bool,
    /// The change mark read before the contacts were (see
    /// [`CentralStore::change_mark`]).
    pub changes_upto: i64,
    /// Contacts written.
    pub contacts: u64,
    /// The suppression file.
    pub suppressions_path: String,
    /// Suppressions written.
    pub suppressions: u64,
}

/// One batch's import transaction: the only way to write to the central store.
/// Everything written is attributed to the [`BatchStamp`] it was begun with.
pub trait BatchTx {
    /// What is on file about the batch's place in its device's chain: the
    /// import's chain rules decide from it.
    fn chain(&mut self, seq: u64, sums_sha256: &str) -> Result<ChainFacts>;

    /// Records the batch (counts zero until [`BatchTx::commit`]), its device
    /// (seen now; bound to the batch's key id when new, or when
    /// [`NewBatch::rebind`]), a gap it jumps over, and the recorded gap it fills.
    fn record_batch(&mut self, batch: &NewBatch<'_>) -> Result<()>;

    /// What is on file about a lead: erased (and by which device's batch), or its
    /// current version (if any) and the withdrawals received for it (with the
    /// device of the batch that brought each).
    fn lead(&mut self, lead_id: Uuid) -> Result<LeadOnFile>;

    /// When the person with tombstone `email_hash` was erased at the central
    /// office, if they were (see [`CentralStore::erase_person`]).
    fn person_erased_at(&mut self, email_hash: &str) -> Result<Option<DateTime<Utc>>>;

    /// The contact keyed by a normalised email.
    fn contact_by_email(&mut self, email_key: &str) -> Result<Option<Uuid>>;

    /// Creates a contact (created now) with key `email_key`; `None` for a lead
    /// without email (such a contact is never found by email).
    fn insert_contact(
        &mut self,
        email_key: Option<&str>,
        contact: &ContactRecord<'_>,
    ) -> Result<()>;

    /// Replaces a contact's merged values (its email key never changes).
    fn update_contact(&mut self, contact: &ContactRecord<'_>) -> Result<()>;

    /// Deletes a contact that has no source lead left, and marks this batch's
    /// erasures of its sources as having removed it. `false`: it was not there.
    fn remove_contact(&mut self, contact_id: Uuid) -> Result<bool>;

    /// Saves `lead` as this batch's version of a source lead of `contact_id`
    /// (replacing any earlier version, whichever contact that belonged to).
    /// `event_name` is the batch's event.
    fn save_source(&mut self, contact_id: Uuid, lead: &Lead, event_name: &str) -> Result<()>;

    /// Every source lead of a contact, as the merge reads them.
    fn contact_sources(&mut self, contact_id: Uuid) -> Result<Vec<SourceFacts>>;

    /// Stores the full text of a policy version the batch's leads cite (kept
    /// from the first batch that carried it).
    fn save_policy_text(&mut self, policy: &PolicyText) -> Result<()>;

    /// Records the erasure of a lead not erased before (a tombstone: it is never
    /// imported again) and deletes its source lead, if any, returning the contact
    /// it belonged to.
    fn erase(&mut self, lead_id: Uuid, at: DateTime<Utc>, by: &str) -> Result<Option<Uuid>>;

    /// Records a withdrawal of `purpose` for a lead, replacing the one on file;
    /// `channel` is how it reached the booth (`None` from old batches).
    fn record_withdrawal(
        &mut self,
        lead_id: Uuid,
        purpose: &str,
        at: DateTime<Utc>,
        by: &str,
        channel: Option<&str>,
    ) -> Result<()>;

    /// A source lead's contact and consent records (`None`: not imported).
    fn source_consents(&mut self, lead_id: Uuid) -> Result<Option<(Uuid, Vec<ConsentRecord>)>>;

    /// Replaces a source lead's consent records.
    fn set_source_consents(&mut self, lead_id: Uuid, consents: &[ConsentRecord]) -> Result<()>;

    /// Queues a deletion or unsubscribe of a contact (still on file) for the
    /// next suppression file. An unsubscribe copies the contact's name and
    /// address; a deletion keeps only its contact id (the person's data goes
    /// with the contact: the CRM finds the record by its Leadbooth Contact ID).
    fn suppress(
        &mut self,
        contact_id: Uuid,
        action: SuppressionAction,
        reason: &str,
        purpose: Option<&str>,
    ) -> Result<()>;

    /// Withdrawals recorded at the central office for the person with tombstone
    /// `email_hash` (see [`CentralStore::person_withdrawals`]).
    fn person_withdrawals(&mut self, email_hash: &str) -> Result<Vec<PersonWithdrawal>>;

    /// Records a withdrawal of `purpose` at the central office for the person
    /// with tombstone `email_hash` (the earliest one is kept).
    fn record_person_withdrawal(
        &mut self,
        email_hash: &str,
        purpose: &str,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<()>;

    /// Writes the batch's counts and the purposes it used (appended to
    /// [`CentralStore::purposes`] when new), then commits.
    fn commit(self: Box<Self>, counts: &BatchCounts, purposes: &[String]) -> Result<()>;

    // A chunk of a batch at once. The import reads a batch's leads in chunks
    // (bounded, see `import::apply`) and asks for a whole chunk's facts and
    // writes at once; a backend whose every call is a round trip to a server
    // answers each in one statement. The defaults ask one at a time and are
    // exactly the single calls above.

    /// [`BatchTx::lead`] for each of `lead_ids` (distinct), in their order.
    fn leads(&mut self, lead_ids: &[Uuid]) -> Result<Vec<LeadOnFile>> {
        lead_ids.iter().map(|id| self.lead(*id)).collect()
    }

    /// [`BatchTx::contact_by_email`] for each of `email_keys`: the keys found,
    /// with their contact.
    fn contacts_by_email(&mut self, email_keys: &[&str]) -> Result<HashMap<String, Uuid>> {
        let mut found = HashMap::with_capacity(email_keys.len());
        for k in email_keys {
            if let Some(c) = self.contact_by_email(k)? {
                found.insert((*k).to_owned(), c);
            }
        }
        Ok(found)
    }

    /// [`BatchTx::person_erased_at`] and [`BatchTx::person_withdrawals`] for
    /// each of `email_hashes`: the tombstones found, with what is on file.
    fn people(&mut self, email_hashes: &[&str]) -> Result<HashMap<String, PersonOnFile>> {
        let mut found = HashMap::new();
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

    /// [`BatchTx::insert_contact`] for each (email key, contact), in order.
    fn insert_contacts(&mut self, contacts: &[(Option<&str>, ContactRecord<'_>)]) -> Result<()> {
        for (key, c) in contacts {
            self.insert_contact(*key, c)?;
        }
        Ok(())
    }

    /// [`BatchTx::save_source`] for each (contact, lead), in order (a lead id
    /// at most once).
    fn save_sources(&mut self, sources: &[(Uuid, &Lead)], event_name: &str) -> Result<()> {
        for (contact_id, lead) in sources {
            self.save_source(*contact_id, lead, event_name)?;
        }
        Ok(())
    }

    /// [`BatchTx::contact_sources`] for each of `contact_ids` (distinct), in
    /// their order.
    fn contacts_sources(&mut self, contact_ids: &[Uuid]) -> Result<Vec<Vec<SourceFacts>>> {
        contact_ids
            .iter()
            .map(|id| self.contact_sources(*id))
            .collect()
    }

    /// [`BatchTx::update_contact`] for each contact (distinct), in order.
    fn update_contacts(&mut self, contacts: &[ContactRecord<'_>]) -> Result<()> {
        for c in contacts {
            self.update_contact(c)?;
        }
        Ok(())
    }
}

/// What the central office holds about a person (by tombstone), for a lead of
/// theirs arriving in a batch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonOnFile {
    /// When they were erased at the central office, if they were.
    pub erased_at: Option<DateTime<Utc>>,
    /// The withdrawals received for them at the central office.
    pub withdrawals: Vec<PersonWithdrawal>,
}

/// Which batch a transaction imports, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchStamp {
    /// Its device (the lock).
    pub device_id: Uuid,
    /// Its batch id.
    pub batch_id: Uuid,
    /// The import time written on everything it records.
    pub at: DateTime<Utc>,
}

/// An imported batch's place in its device's chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainLink {
    /// SHA-256 of its `SHA256SUMS`.
    pub sums_sha256: String,
    /// The `previous` it names.
    pub previous: Option<String>,
    /// The folder it was imported from.
    pub folder: String,
}

/// What is on file about where a batch (device, seq, `SHA256SUMS` hash, batch
/// id) fits.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChainFacts {
    /// When a batch with the same `SHA256SUMS` hash (any device) was imported.
    pub imported_at: Option<DateTime<Utc>>,
    /// The folder a batch with the same batch id was imported from.
    pub same_batch_id: Option<String>,
    /// The device's batch at this seq.
    pub at_seq: Option<ChainLink>,
    /// The device's highest seq below this one, and its batch.
    pub below: Option<(u64, ChainLink)>,
    /// The device's batch at seq + 1.
    pub next: Option<ChainLink>,
    /// Recorded, unfilled gaps strictly between `below` (or 0) and this seq.
    pub open_gaps_below: u64,
    /// This seq is a recorded gap not filled yet.
    pub fills_gap: bool,
    /// The device's highest imported seq (0: none).
    pub last_seq: u64,
    /// The key id the device is bound to (the key of its first imported batch,
    /// or of a `--rebind`); `None` for a device never seen.
    pub bound_key: Option<String>,
}

/// A batch to record.
#[derive(Debug, Clone)]
pub struct NewBatch<'a> {
    /// Its seq in the device's chain.
    pub seq: u64,
    /// The `previous` it names.
    pub previous: Option<&'a str>,
    /// SHA-256 of its `SHA256SUMS`.
    pub sums_sha256: &'a str,
    /// The key id that signed it.
    pub key_id: &'a str,
    /// The event id.
    pub event_id: &'a str,
    /// The event's display name.
    pub event_name: &'a str,
    /// The folder name it was imported from.
    pub folder: &'a str,
    /// `incremental` or `all`.
    pub scope: &'a str,
    /// From its manifest.
    pub created_at: DateTime<Utc>,
    /// Leads in it.
    pub lead_count: u64,
    /// Erasure records in it.
    pub erasure_count: u64,
    /// Bind the device to this batch's key id even though it is bound to
    /// another (`--rebind`). A new device is always bound to its first batch's key.
    pub rebind: bool,
    /// The wording of the event's questions the batch carried (format 3 on).
    pub questions: Option<&'a [QuestionWording]>,
    /// The event's wording in every language the batch carried (format 4 on).
    pub wording: Option<&'a [crate::config::LanguageWording]>,
    /// Missing seqs to record as a gap.
    pub gap: Option<(u64, u64)>,
    /// It fills the recorded gap at its seq.
    pub fills_gap: bool,
}

/// What importing a batch did, as recorded on the batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BatchCounts {
    /// Leads that started a new contact.
    pub leads_new: u64,
    /// New leads merged into an existing contact.
    pub leads_merged: u64,
    /// Newer versions of leads imported before.
    pub leads_updated: u64,
    /// Erased leads and stale versions, not imported.
    pub leads_ignored: u64,
    /// Erasures applied.
    pub erasures_applied: u64,
    /// Withdrawals applied.
    pub withdrawals_applied: u64,
}

/// A lead's current version on file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadVersion {
    /// The contact it is a source of.
    pub contact_id: Uuid,
    /// That contact's email key.
    pub email_key: Option<String>,
    /// The device of the batch it came in.
    pub device_id: Uuid,
    /// That batch's seq.
    pub seq: u64,
    /// That batch's creation time (its manifest).
    pub batch_created_at: DateTime<Utc>,
    /// That batch's id.
    pub batch_id: Uuid,
}

/// A withdrawal on file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withdrawal {
    /// The purpose withdrawn.
    pub purpose: String,
    /// When.
    pub at: DateTime<Utc>,
    /// Who recorded it.
    pub by: String,
    /// How it reached the booth, when known.
    pub channel: Option<String>,
    /// The device of the batch that brought it.
    pub device_id: Uuid,
}

/// What is on file about a lead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeadOnFile {
    /// Erased: never imported again.
    Erased {
        /// The device of the batch that brought the erasure: the lead's.
        device_id: Uuid,
    },
    /// Not erased.
    Known {
        /// Its current version, if imported.
        current: Option<LeadVersion>,
        /// Withdrawals received for it (whether or not it is imported).
        withdrawals: Vec<Withdrawal>,
    },
}

/// The merged state of one consent purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentState {
    /// Granted and not withdrawn.
    Granted,
    /// Never granted: the box was left unticked (stored as `denied` by central
    /// schema 1).
    #[serde(alias = "denied")]
    NotGiven,
    /// Granted, then withdrawn.
    Withdrawn,
}

impl ConsentState {
    /// The wire name: `granted`, `not_given`, `withdrawn`.
    pub fn as_str(self) -> &'static str {
        match self {
            ConsentState::Granted => "granted",
            ConsentState::NotGiven => "not_given",
            ConsentState::Withdrawn => "withdrawn",
        }
    }
}

/// A contact's winning decision on one purpose, to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MergedConsent<'a> {
    /// The purpose id.
    pub purpose: &'a str,
    /// Granted, not given, withdrawn.
    pub state: ConsentState,
    /// When decided (the grant's save time, or the withdrawal's time).
    pub at: DateTime<Utc>,
    /// The source lead that carries it.
    pub lead_id: Uuid,
    /// The policy version that lead was shown.
    pub policy_sha256: &'a str,
    /// The SHA-256 of the wording it was decided under (`None` for a lead of the
    /// old schema whose record did not keep it).
    pub text_sha256: Option<&'a str>,
    /// The language the wording was shown in (`None`: not recorded).
    pub language: Option<&'a str>,
    /// The language the attendee asked for (`None`: not recorded).
    pub language_asked: Option<&'a str>,
}

/// A contact's decision on one purpose, as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactConsent {
    /// Granted, not given, withdrawn.
    pub state: ConsentState,
    /// When decided.
    pub at: DateTime<Utc>,
    /// The policy version of the deciding lead (`None`: merged by schema 1).
    pub policy_sha256: Option<String>,
    /// The wording's SHA-256 (`None`: not kept).
    pub text_sha256: Option<String>,
    /// The language the wording was shown in (`None`: not recorded, or merged
    /// before merge version 3).
    pub language: Option<String>,
    /// The language the attendee asked for (`None`: not recorded).
    pub language_asked: Option<String>,
}

/// A source lead found by its receipt number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptHit {
    /// The lead.
    pub lead_id: Uuid,
    /// Its contact.
    pub contact_id: Uuid,
    /// The contact's normalised email, if any.
    pub email_key: Option<String>,
    /// The event id.
    pub event_id: String,
    /// The event's name.
    pub event_name: String,
    /// When it was captured.
    pub captured_at: DateTime<Utc>,
    /// The laptop that captured it.
    pub device_id: Uuid,
    /// The batch its current version came in.
    pub batch_id: Uuid,
    /// The policy version shown.
    pub policy_sha256: String,
    /// Its decisions, per purpose, in the lead's order.
    pub consents: Vec<ReceiptConsent>,
}

/// One decision of a lead found by its receipt number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptConsent {
    /// The purpose id.
    pub purpose: String,
    /// Granted, not given, withdrawn.
    pub state: ConsentState,
    /// The language the wording was shown in (`None`: not recorded).
    pub language: Option<String>,
    /// The language the attendee asked for (`None`: not recorded).
    pub language_asked: Option<String>,
}

impl From<ConsentFacts> for ReceiptConsent {
    fn from(f: ConsentFacts) -> Self {
        ReceiptConsent {
            state: f.decision_state(),
            purpose: f.purpose,
            language: f.language,
            language_asked: f.language_asked,
        }
    }
}

/// A contact's merged values, to write.
#[derive(Debug, Clone)]
pub struct ContactRecord<'a> {
    /// Its id (UUIDv7).
    pub contact_id: Uuid,
    /// First name, last name, company, job title, phone, country.
    pub fields: [&'a str; 6],
    /// `hot`, `warm`, `cold`.
    pub rating: Option<&'a str>,
    /// The event of the most recent source.
    pub event_name: &'a str,
    /// The winning decision per purpose, in purpose order.
    pub consents: Vec<MergedConsent<'a>>,
    /// Why a person should look at this contact (names that clearly differ
    /// between its sources); `None` when nothing needs a look.
    pub review: Option<String>,
    /// Earliest capture of its sources.
    pub first_captured_at: DateTime<Utc>,
    /// Latest capture of its sources.
    pub last_captured_at: DateTime<Utc>,
    /// How many sources.
    pub source_count: u64,
}

/// The parts of a consent record the merge reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentFacts {
    /// The purpose id.
    pub purpose: String,
    /// Ticked or not.
    pub granted: bool,
    /// When decided.
    pub at: DateTime<Utc>,
    /// When withdrawn, if it was.
    pub withdrawn_at: Option<DateTime<Utc>>,
    /// SHA-256 of the wording (`None`: not kept by an old row).
    pub text_sha256: Option<String>,
    /// The language of the wording shown (`None`: a record of lead schema 1).
    pub language: Option<String>,
    /// The language the attendee asked for (`None`: not recorded).
    pub language_asked: Option<String>,
}

impl ConsentFacts {
    /// This record's state on its own: granted, not given, or withdrawn.
    pub fn decision_state(&self) -> ConsentState {
        match (self.granted, self.withdrawn_at) {
            (true, None) => ConsentState::Granted,
            (true, Some(_)) => ConsentState::Withdrawn,
            (false, _) => ConsentState::NotGiven,
        }
    }
}

/// What the merge needs of one source lead.
#[derive(Debug, Clone)]
pub struct SourceFacts {
    /// The lead id.
    pub lead_id: Uuid,
    /// When it was captured.
    pub captured_at: DateTime<Utc>,
    /// The event's display name.
    pub event_name: String,
    /// First name, last name, company, job title, phone, country.
    pub fields: [String; 6],
    /// `hot`, `warm`, `cold`, if rated.
    pub rating: Option<String>,
    /// The policy version it was shown.
    pub policy_sha256: String,
    /// Its consent records (withdrawals applied).
    pub consents: Vec<ConsentFacts>,
}

/// A contact as read for the CRM file.
#[derive(Debug, Clone, Default)]
pub struct ContactExport {
    /// Its id.
    pub contact_id: Uuid,
    /// First name, last name, email (the key, or empty), company, job title,
    /// phone, country.
    pub fields: [String; 7],
    /// `hot`, `warm`, `cold`.
    pub rating: Option<String>,
    /// The event of the most recent source.
    pub event_name: String,
    /// The winning decision per purpose.
    pub consents: BTreeMap<String, ContactConsent>,
    /// Why a person should look at it, if anything.
    pub review: Option<String>,
    /// Earliest capture of its sources.
    pub first_captured_at: DateTime<Utc>,
    /// Latest capture of its sources.
    pub last_captured_at: DateTime<Utc>,
    /// Its source leads.
    pub sources: Vec<SourceExport>,
}

/// A source lead as read for the CRM file.
#[derive(Debug, Clone)]
pub struct SourceExport {
    /// The lead id.
    pub lead_id: Uuid,
    /// The event id.
    pub event_id: String,
    /// The event's display name.
    pub event_name: String,
    /// When it was captured.
    pub captured_at: DateTime<Utc>,
    /// Staff member who captured it.
    pub captured_by: String,
    /// Staff notes.
    pub notes: String,
    /// Question id -> answer, as in the lead record (`Null` if unreadable).
    pub answers: serde_json::Value,
    /// The registration ID a badge scan read, if any.
    pub badge_id: Option<String>,
    /// The wording of the event's questions as the lead's batch carried it
    /// (format 3 on); `None` for a batch of an earlier format, whose answers
    /// can only be shown by question id.
    pub questions: Option<Vec<QuestionWording>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both ways into a central store refuse a URL the driver would misread
    /// before it is read: `open` (imports) and `open_existing` (the central
    /// commands), whatever their caller checked first.
    #[test]
    fn a_misread_url_is_refused_by_every_opener() {
        let two_ats = std::ffi::OsStr::new("postgres://office:Hun@ter2@127.0.0.1:1/leads");
        let typo = std::ffi::OsStr::new("postgress://office:secret@127.0.0.1:1/leads");
        for (into, want) in [
            (two_ats, UrlProblem::TwoAts),
            (typo, UrlProblem::Scheme("postgress://".into())),
        ] {
            for opened in [open(into), open_existing(into)] {
                match opened {
                    Err(CentralError::Url { detail }) => {
                        assert_eq!(detail.to_string(), want.to_string())
                    }
                    Err(other) => panic!("{into:?}: {other}"),
                    Ok(_) => panic!("{into:?} was opened"),
                }
            }
        }
    }
}
