//! A person's rights on the booth laptop, reaching every copy leadbooth keeps
//! under the data dir: erasure and the retention purge blank the lead (database
//! and WAL), remove the person's attendee row and a draft that holds them (see
//! [`Store::erase_lead`]), and remove the batch copies written into the data dir
//! that carried the lead; the attendee list is purged after the event.
//!
//! Why batch copies are removed, not rewritten: a batch is signed and chained
//! (the next batch names the SHA-256 of this one's `SHA256SUMS`), so a rewritten
//! copy would no longer be the batch the ledger and the central office know. The
//! copy inside the data dir is a convenience for carrying it off the laptop; the
//! ledger keeps its hashes, so later batches still chain to it. A copy written
//! elsewhere (`--out`, the event's `export_dir`, a USB stick) is out of reach:
//! the erasure record in the next batch makes the central office apply it.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use uuid::Uuid;

use crate::batch::sealed;
use crate::config::Event;
use crate::paths::DataDir;
use crate::person::Person;
use crate::store::{BatchRecord, Store, StoreError};

/// Why a right could not be carried out.
#[derive(Debug, thiserror::Error)]
pub enum RightsError {
    /// The booth database refused.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A request's key is neither an email address nor a phone number.
    #[error("{0:?} is neither an email address nor a phone number")]
    NotAPerson(String),
    /// A batch copy could not be removed (the lead itself is already erased).
    #[error("cannot remove the batch copy {path}: {source}")]
    Remove {
        /// The file or folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// A batch copy removed from the data dir.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedCopy {
    /// The batch's sequence number.
    pub seq: u64,
    /// Its folder name.
    pub folder: String,
    /// The files and folders removed (none when it was already gone).
    pub paths: Vec<PathBuf>,
}

/// Erases one lead everywhere on this laptop: the lead row (tombstone), its
/// attendee row and a draft holding the person, then the batch copies in the
/// data dir that carried it. Returns the copies removed.
///
/// Errors: those of [`Store::erase_lead`] (nothing changed), or
/// [`RightsError::Remove`] after the lead was erased.
pub fn erase_lead(
    store: &mut Store,
    data: &DataDir,
    lead_id: &str,
    actor: &str,
) -> Result<Vec<RemovedCopy>, RightsError> {
    store.erase_lead(lead_id, actor)?;
    let lead = Uuid::parse_str(lead_id).map_err(|_| StoreError::NoSuchLead(lead_id.into()))?;
    remove_copies(
        store,
        data,
        &[lead],
        actor,
        &format!("lead {lead_id} erased"),
    )
}

/// The leads (not erased) of the person `query` names: an email address or a
/// phone number, compared without case or accents ([`crate::person::fold`]);
/// a national phone number is read with the event's `default_country`. Oldest
/// first.
///
/// Errors: [`RightsError::NotAPerson`], store errors.
pub fn find_person(
    store: &Store,
    event: &Event,
    query: &str,
) -> Result<Vec<crate::lead::Lead>, RightsError> {
    let region = event.default_country.as_deref();
    let person = Person::parse(query, region)
        .ok_or_else(|| RightsError::NotAPerson(crate::text::sanitize_line(query).into_owned()))?;
    let mut found = Vec::new();
    store.for_each_lead(|l| {
        if person.matches(&l, region) {
            found.push(l);
        }
        Ok(())
    })?;
    Ok(found)
}

/// What a retention purge did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Purged {
    /// Leads turned into tombstones.
    pub leads: usize,
    /// Batch copies removed from the data dir.
    pub copies: Vec<RemovedCopy>,
}

/// The retention purge (booth start, `leads purge`): the leads exported more than
/// `days` ago become tombstones, and the batch copies in the data dir that carried
/// them are removed. `None` purges nothing.
pub fn purge_past_retention(
    store: &mut Store,
    data: &DataDir,
    days: Option<u32>,
    actor: &str,
) -> Result<Purged, RightsError> {
    let Some(days) = days else {
        return Ok(Purged::default());
    };
    let ids = store.purgeable_leads(days, crate::lead::now_utc())?;
    let actor = format!("{actor} (retention {days} days)");
    let leads = store.purge_leads(&ids, &actor)?;
    let copies = remove_copies(
        store,
        data,
        &ids,
        &actor,
        &format!("{leads} lead(s) past retention"),
    )?;
    Ok(Purged { leads, copies })
}

/// The automatic purge of the attendee list: on or after the event's purge day
/// ([`Event::attendee_purge_day`]) a list still on file is removed. Returns how
/// many rows were removed (`None`: not due, or no `last_day`).
pub fn purge_attendees_if_due(
    store: &mut Store,
    event: &Event,
    today: NaiveDate,
    actor: &str,
) -> Result<Option<usize>, StoreError> {
    let Some(day) = event.attendee_purge_day() else {
        return Ok(None);
    };
    if today < day || store.attendee_count()? == 0 {
        return Ok(None);
    }
    let why = format!(
        "{} days after the event's last day ({})",
        event.attendee_list_days,
        event.last_day.map(|d| d.to_string()).unwrap_or_default()
    );
    Ok(Some(store.purge_attendees(actor, &why)?))
}

/// Removes the copies, inside the data dir, of the batches that carried any of
/// `leads`, and records each removal in the ledger and the audit log.
fn remove_copies(
    store: &mut Store,
    data: &DataDir,
    leads: &[Uuid],
    actor: &str,
    why: &str,
) -> Result<Vec<RemovedCopy>, RightsError> {
    if leads.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for batch in store.batches_holding(leads)? {
        let target = Path::new(&batch.target);
        if !inside(target, data.root()) {
            continue;
        }
        let mut paths = Vec::new();
        for path in copy_paths(target, &batch) {
            let removed = if path.is_dir() {
                std::fs::remove_dir_all(&path)
            } else if path.exists() {
                std::fs::remove_file(&path)
            } else {
                continue;
            };
            removed.map_err(|source| RightsError::Remove {
                path: path.clone(),
                source,
            })?;
            paths.push(path);
        }
        let _ = crate::fsutil::sync_dir(target);
        store.record_copy_removed(batch.seq, actor, why)?;
        tracing::info!(seq = batch.seq, "batch copy in the data dir removed: {why}");
        out.push(RemovedCopy {
            seq: batch.seq,
            folder: batch.folder.clone(),
            paths,
        });
    }
    Ok(out)
}

/// The plain folder and the three files of an encrypted batch.
fn copy_paths(target: &Path, batch: &BatchRecord) -> Vec<PathBuf> {
    let sealed = sealed::file_name(&batch.folder);
    vec![
        target.join(&batch.folder),
        target.join(format!("{sealed}{}", sealed::CHECKSUM_SUFFIX)),
        target.join(format!("{sealed}{}", sealed::SIGNATURE_SUFFIX)),
        target.join(sealed),
    ]
}

/// True when `path` is the data dir or inside it (both resolved when they exist).
fn inside(path: &Path, root: &Path) -> bool {
    let resolve = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_owned());
    resolve(path).starts_with(resolve(root))
}
