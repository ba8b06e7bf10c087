//! Importing one verified batch: one store transaction ([`BatchTx`]) holding the
//! chain check, the device's key binding, the leads, the erasures and
//! withdrawals, the re-hash of what was read, and the recomputed contacts. Any
//! refusal rolls it all back. Every rule is here (the record rules in `rules`),
//! written once against the store's interface; the store only reads facts and
//! writes records.
//!
//! A batch speaks only for the laptop that signed it: its device must be bound
//! to its signing key (the key of the device's first imported batch); every lead
//! must carry the batch's device and event and pass the lead rules; a lead id
//! another device holds is a collision; an erasure or withdrawal may only touch
//! the batch's own device's leads; no time may lie in the future.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::chain::{self, Claim, Place};
use super::lines::HashedLines;
use super::merge::{Merged, SourceFacts, normalise_email};
use super::rules;
use super::{BatchStats, Options, Refusal, Trust};
use crate::batch::{
    ERASURES_JSONL, ErasureRecord, LEADS_JSONL, LeadBlock, MANIFEST, POLICIES_JSONL, VerifiedBatch,
};
use crate::central::{
    BatchCounts, BatchStamp, BatchTx, CentralError, CentralStore, ConsentFacts, ConsentState,
    ContactRecord, LeadOnFile, LeadVersion, MergedConsent, NewBatch, PersonOnFile, PolicyText,
    SuppressionAction,
};
use crate::consent::ConsentRecord;
use crate::lead::{Lead, now_utc};

/// Contacts touched by erasures and withdrawals are recomputed at the end of the
/// batch, or sooner when this many are pending, so memory stays bounded whatever
/// a batch's size. (A lead's contact is recomputed as the lead is imported.)
const FLUSH_AT: usize = 20_000;
/// Leads read, looked up and written at once (see `Batch::chunk`), and
/// contacts recomputed at once: memory stays bounded whatever a batch's size.
const CHUNK: usize = 1000;
/// Blocks of leads (of [`crate::batch::stream_leads`], some hundred leads
/// each) the reader may be ahead of the merge: memory stays bounded.
const LEAD_BLOCKS_QUEUED: usize = 4;
/// How many times a batch is tried when concurrent imports keep conflicting
/// with it (each try either commits or rolls back whole).
pub(super) const ATTEMPTS: u32 = 10;

/// What [`import_batch`] did.
pub(super) enum Applied {
    Imported(BatchStats),
    AlreadyImported { imported_at: String },
}

/// Imports `v` into `store` in one transaction (see the module documentation).
/// A conflict with a concurrent import (a backend that runs transactions side by
/// side reports one as an error, [`crate::central::CentralError::is_retryable`]) rolls the batch
/// back; it is then imported again from its files, in a new transaction that
/// sees what the other import committed, up to [`ATTEMPTS`] times.
pub(super) fn import_batch(
    store: &mut dyn CentralStore,
    v: &VerifiedBatch,
    options: &Options,
    trust: &Trust,
    tick: &mut dyn FnMut(u64),
) -> Result<Applied, Refusal> {
    let mut attempt = 1;
    loop {
        match import_batch_once(store, v, options, trust, tick) {
            Err(Refusal::Database(e)) if e.is_retryable() && attempt < ATTEMPTS => {
                tracing::info!(
                    batch = %v.manifest.batch_id,
                    attempt,
                    error = %e,
                    "a concurrent import conflicted with this batch; importing it again"
                );
                // Back off a little more each time, so the other import can finish.
                std::thread::sleep(std::time::Duration::from_millis(
                    20 * u64::from(attempt) + u64::from(v.manifest.batch_id.as_u128() as u8 % 20),
                ));
                attempt += 1;
            }
            Err(Refusal::Database(e)) if e.is_retryable() => {
                return Err(Refusal::Contended {
                    attempts: attempt,
                    error: e,
                });
            }
            other => return other,
        }
    }
}

/// One try of [`import_batch`]. A batch whose `leads.jsonl` was not read to
/// its end in the transaction (one already imported, one refused by its chain,
/// key binding or manifest times, or on a database failure that is not a
/// conflict) has it checked on its own once the transaction is rolled back: a
/// file that fails verification is reported as such, first, as when every
/// batch was verified whole before its import.
fn import_batch_once(
    store: &mut dyn CentralStore,
    v: &VerifiedBatch,
    options: &Options,
    trust: &Trust,
    tick: &mut dyn FnMut(u64),
) -> Result<Applied, Refusal> {
    let now = now_utc();
    let mut leads_checked = false;
    let outcome = import_in_tx(store, v, options, trust, tick, now, &mut leads_checked);
    match outcome {
        Ok(Applied::Imported(_)) => outcome,
        Err(Refusal::Database(ref e)) if e.is_retryable() => outcome,
        _ if leads_checked => outcome,
        _ => {
            crate::batch::check_leads(v, now).map_err(Refusal::Verify)?;
            outcome
        }
    }
}

fn import_in_tx(
    store: &mut dyn CentralStore,
    v: &VerifiedBatch,
    options: &Options,
    trust: &Trust,
    tick: &mut dyn FnMut(u64),
    now: DateTime<Utc>,
    leads_checked: &mut bool,
) -> Result<Applied, Refusal> {
    let m = &v.manifest;
    let mut tx = store
        .begin_batch(&BatchStamp {
            device_id: m.device_id,
            batch_id: m.batch_id,
            at: now,
        })
        .map_err(Refusal::Database)?;
    let facts = tx.chain(m.seq, &v.sums_sha256).map_err(Refusal::Database)?;
    let claim = Claim {
        device: m.device_id,
        seq: m.seq,
        batch_id: m.batch_id,
        previous: m.previous.as_deref(),
        sums_sha256: &v.sums_sha256,
    };
    let (gap, fills) = match chain::place(claim, &facts, options.allow_gaps)? {
        Place::AlreadyImported { imported_at } => {
            return Ok(Applied::AlreadyImported { imported_at });
        }
        Place::Fits { gap, fills } => (gap, fills),
    };
    let rebound_from = rules::key_binding(v, facts.bound_key.as_deref(), options, trust)?;
    rules::manifest_times(v, now)?;
    let folder = v
        .dir
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| m.folder_name());
    tx.record_batch(&NewBatch {
        seq: m.seq,
        previous: m.previous.as_deref(),
        sums_sha256: &v.sums_sha256,
        key_id: &v.key_id,
        event_id: &m.event.id,
        event_name: &m.event.name,
        folder: &folder,
        scope: m.scope.as_str(),
        created_at: m.created_at,
        lead_count: m.lead_count,
        erasure_count: m.erasure_count,
        rebind: rebound_from.is_some(),
        questions: m.questions.as_deref(),
        wording: m.wording.as_deref(),
        gap,
        fills_gap: fills,
    })
    .map_err(Refusal::Database)?;
    let mut batch = Batch {
        tx,
        v,
        now,
        dirty: BTreeSet::new(),
        erased: BTreeSet::new(),
        withdrawn: BTreeMap::new(),
        purposes: Vec::new(),
        leads_checked: false,
        stats: BatchStats {
            gap_recorded: gap,
            gap_filled: fills,
            rebound: rebound_from.map(|old| (old, v.key_id.clone())),
            ..BatchStats::default()
        },
    };
    let leads = batch.leads(tick);
    *leads_checked = batch.leads_checked;
    leads?;
    batch.policies()?;
    batch.erasures()?;
    batch.flush()?;
    let Batch {
        tx,
        purposes,
        stats,
        ..
    } = batch;
    let counts = BatchCounts {
        leads_new: stats.leads_new,
        leads_merged: stats.leads_merged,
        leads_updated: stats.leads_updated,
        leads_ignored: stats.leads_stale
            + stats.leads_erased.len() as u64
            + stats.leads_person_erased.len() as u64,
        erasures_applied: stats.erasures_applied,
        withdrawals_applied: stats.withdrawals_applied,
    };
    tx.commit(&counts, &purposes).map_err(Refusal::Database)?;
    Ok(Applied::Imported(stats))
}

struct Batch<'a, 't> {
    tx: Box<dyn BatchTx + 't>,
    v: &'a VerifiedBatch,
    /// The import time: what "in the future" is measured from.
    now: DateTime<Utc>,
    /// Contacts whose sources changed: recomputed at the next flush.
    dirty: BTreeSet<Uuid>,
    /// Contacts that lost a source to an erasure in this batch: removed, they
    /// are deleted in the CRM for that reason.
    erased: BTreeSet<Uuid>,
    /// Contacts with a source whose purposes were withdrawn in this batch: the
    /// CRM unsubscribes them from each purpose whose merged state is withdrawn.
    withdrawn: BTreeMap<Uuid, BTreeSet<String>>,
    /// Purposes seen, in order of first appearance.
    purposes: Vec<String>,
    stats: BatchStats,
    /// `leads.jsonl` was read to its end and judged (see [`Batch::leads`]).
    leads_checked: bool,
}

impl Batch<'_, '_> {
    fn expected(&self, name: &str) -> &str {
        self.v
            .sums
            .iter()
            .find(|l| l.name == name)
            .map(|l| l.sha256.as_str())
            .expect("a verified batch lists every file")
    }

    /// The import's one read of `leads.jsonl`: a reader thread hashes it and
    /// holds every line to what verification holds it to
    /// ([`crate::batch::stream_leads`]), handing the good leads on through a
    /// bounded queue; this thread merges them in chunks of at most [`CHUNK`]
    /// ([`Batch::read_leads`]) into the open transaction as they come. At the
    /// end the file must match its checksum in the signed `SHA256SUMS`, every
    /// line must have passed, and their number must be the manifest's: else
    /// the batch is refused with verification's own error and rolled back, so
    /// nothing of a changed or tampered file is ever committed. A verification
    /// failure is reported before a refusal of the merge (a lead another
    /// laptop holds), as when verification ran first; a database failure stops
    /// the read at once (the batch is tried again from its files).
    fn leads(&mut self, tick: &mut dyn FnMut(u64)) -> Result<(), Refusal> {
        let v = self.v;
        let path = v.dir.join(LEADS_JSONL);
        let now = self.now;
        let (merged, scan) = std::thread::scope(|s| {
            let (send, receive) = std::sync::mpsc::sync_channel::<LeadBlock>(LEAD_BLOCKS_QUEUED);
            let reader = s.spawn(|| {
                let send = send;
                crate::batch::stream_leads(&path, &v.manifest, now, &mut |block| {
                    send.send(block).is_ok()
                })
            });
            let merged = self.read_leads(&mut receive.iter().flatten(), tick);
            if let Err(Refusal::Database(_) | Refusal::Contended { .. }) = merged {
                drop(receive);
                let _ = reader.join();
                return (merged, None);
            }
            // Whatever the merge decided, the file is read to its end: its
            // checksum and lines are judged first.
            for _ in receive.iter() {}
            (
                merged,
                Some(reader.join().expect("the leads reader does not panic")),
            )
        });
        let Some(scan) = scan else {
            return merged;
        };
        self.leads_checked = true;
        let scan = scan
            .map_err(Refusal::Verify)?
            .expect("the queue stays open until the reader ends");
        scan.check(&path, self.expected(LEADS_JSONL))
            .map_err(Refusal::Verify)?;
        scan.check_count(&v.dir.join(MANIFEST), v.manifest.lead_count, &path)
            .map_err(Refusal::Verify)?;
        merged
    }

    /// The leads of `leads` (each with its line number) in chunks: a lead id
    /// seen twice in a chunk starts the next one, so a chunk's look-ups answer
    /// for each of its leads.
    fn read_leads(
        &mut self,
        leads: &mut dyn Iterator<Item = (u64, Lead)>,
        tick: &mut dyn FnMut(u64),
    ) -> Result<(), Refusal> {
        let path = self.v.dir.join(LEADS_JSONL);
        let mut chunk: Vec<(u64, Lead)> = Vec::with_capacity(CHUNK);
        let mut ids: HashSet<Uuid> = HashSet::with_capacity(CHUNK);
        let mut carried: Option<(u64, Lead)> = None;
        let mut done = false;
        while !done || carried.is_some() {
            chunk.clear();
            ids.clear();
            if let Some((n, lead)) = carried.take() {
                ids.insert(lead.lead_id);
                chunk.push((n, lead));
            }
            while !done && chunk.len() < CHUNK {
                let Some((n, lead)) = leads.next() else {
                    done = true;
                    break;
                };
                if !ids.insert(lead.lead_id) {
                    carried = Some((n, lead));
                    break;
                }
                chunk.push((n, lead));
            }
            let last = chunk.last().map(|(n, _)| *n);
            self.chunk(&mut chunk).map_err(|e| match *e {
                (n, lead, Held::By(owner)) => Refusal::Collision {
                    path: path.clone(),
                    line: n,
                    lead,
                    owner,
                },
                (_, _, Held::Refused(r)) => r,
            })?;
            if let Some(n) = last {
                tick(n);
            }
        }
        Ok(())
    }

    /// Whether this batch's version of a lead replaces `ex` (of the same device:
    /// another device's lead is a collision before this is asked): a later batch.
    fn is_newer(&self, ex: &LeadVersion) -> bool {
        self.v.manifest.seq > ex.seq
    }

    /// Imports a chunk of leads (distinct lead ids, already checked against the
    /// batch and the lead rules), in order, as one lead at a time would: what is
    /// on file about the chunk's leads, their contacts and their people is read
    /// in one go; each lead is then decided in order (a contact the chunk
    /// creates is found by the chunk's later leads of the same address); the
    /// new contacts and the sources are written in one go, and every contact
    /// that gained or lost a source is recomputed from all its sources. A lead
    /// that moves to another contact (its address changed) ends a round: what
    /// was decided is written, and the rest of the chunk is read afresh, so a
    /// contact it left without sources is gone before a later lead looks.
    /// Errors: the line, lead id and reason of the first lead refused.
    fn chunk(&mut self, chunk: &mut [(u64, Lead)]) -> Result<(), Box<(u64, Uuid, Held)>> {
        let mut start = 0;
        while start < chunk.len() {
            let round = &mut chunk[start..];
            let first = (round[0].0, round[0].1.lead_id);
            let at_first =
                |e: CentralError| Box::new((first.0, first.1, Held::Refused(Refusal::Database(e))));
            let ids: Vec<Uuid> = round.iter().map(|(_, l)| l.lead_id).collect();
            let on_file = self.tx.leads(&ids).map_err(at_first)?;
            let keys: BTreeSet<String> = round
                .iter()
                .filter_map(|(_, l)| normalise_email(&l.email))
                .collect();
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            let mut contacts = self.tx.contacts_by_email(&keys).map_err(at_first)?;
            let hashes: BTreeSet<String> = round
                .iter()
                .filter_map(|(_, l)| crate::person::email_hash(&l.email))
                .collect();
            let hashes: Vec<&str> = hashes.iter().map(String::as_str).collect();
            let people = self.tx.people(&hashes).map_err(at_first)?;
            let mut plan = Plan::default();
            let mut decided = round.len();
            for (i, ((n, lead), on_file)) in round.iter_mut().zip(on_file).enumerate() {
                let moved = self
                    .decide(lead, on_file, &mut contacts, &people, &mut plan, i)
                    .map_err(|e| Box::new((*n, lead.lead_id, e)))?;
                if moved {
                    decided = i + 1;
                    break;
                }
            }
            let last = (round[decided - 1].0, round[decided - 1].1.lead_id);
            self.write(round, plan)
                .map_err(|r| Box::new((last.0, last.1, Held::Refused(r))))?;
            start += decided;
        }
        Ok(())
    }

    /// Decides one lead of a chunk (see [`Batch::chunk`]) into `plan`: stale,
    /// erased, a new contact, or a source of an existing one. `contacts`: the
    /// contact of each address, as on file or created earlier in the chunk.
    /// Returns whether the lead leaves another contact (a round ends after it).
    /// `Held::By`: its id belongs to another device.
    fn decide(
        &mut self,
        lead: &mut Lead,
        on_file: LeadOnFile,
        contacts: &mut HashMap<String, Uuid>,
        people: &HashMap<String, PersonOnFile>,
        plan: &mut Plan,
        index: usize,
    ) -> Result<bool, Held> {
        let device = self.v.manifest.device_id;
        if let Some(owner) = rules::owner(&on_file).filter(|o| *o != device) {
            return Err(Held::By(owner));
        }
        let (existing, withdrawals) = match on_file {
            LeadOnFile::Erased { .. } => {
                self.stats.leads_erased.push(lead.lead_id);
                return Ok(false);
            }
            LeadOnFile::Known {
                current,
                withdrawals,
            } => (current, withdrawals),
        };
        if let Some(ex) = &existing
            && !self.is_newer(ex)
        {
            self.stats.leads_stale += 1;
            return Ok(false);
        }
        // A person erased at the central office stays erased, whichever laptop
        // still had them.
        let person = crate::person::email_hash(&lead.email).and_then(|h| people.get(&h));
        if let Some(at) = person.and_then(|p| p.erased_at) {
            self.stats.leads_person_erased.push((lead.lead_id, at));
            return Ok(false);
        }
        let key = normalise_email(&lead.email);
        let found = match &key {
            Some(k) => contacts.get(k).copied(),
            None => existing
                .as_ref()
                .filter(|ex| ex.email_key.is_none())
                .map(|ex| ex.contact_id),
        };
        if existing.is_some() {
            self.stats.leads_updated += 1;
        }
        // Withdrawals that arrived before this version of the lead still hold.
        for w in &withdrawals {
            withdraw(&mut lead.consents, w);
        }
        // So do the person's withdrawals received at the central office, for
        // consent given before them.
        for w in person.map_or(&[][..], |p| &p.withdrawals) {
            withdraw_given_before(&mut lead.consents, &w.purpose, w.at, &w.by);
        }
        for c in &lead.consents {
            if !self.purposes.contains(&c.purpose) {
                self.purposes.push(c.purpose.clone());
            }
        }
        // What an older booth did not record is said, not guessed.
        if lead.consents.iter().all(|c| c.language.is_none()) {
            self.stats.leads_without_language += 1;
        } else if lead.consents.iter().all(|c| c.language_asked.is_none()) {
            self.stats.leads_without_language_asked += 1;
        }
        let contact_id = match found {
            Some(c) => {
                if existing.is_none() {
                    self.stats.leads_merged += 1;
                }
                // Recomputed from all its sources once they are written.
                plan.dirty.insert(c);
                c
            }
            None => {
                if existing.is_none() {
                    self.stats.leads_new += 1;
                }
                // Its only source: computed directly, no read back.
                let id = Uuid::now_v7();
                let mut merged = Merged::default();
                merged.add(&facts_of(lead, &self.v.manifest.event.name));
                if let Some(k) = &key {
                    contacts.insert(k.clone(), id);
                }
                plan.new_contacts.push((key, id, merged));
                id
            }
        };
        plan.sources.push((contact_id, index));
        match existing {
            Some(ex) if ex.contact_id != contact_id => {
                plan.dirty.insert(ex.contact_id);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Writes what a round of a chunk decided: the new contacts, the sources,
    /// then every contact that gained or lost a source recomputed.
    fn write(&mut self, round: &[(u64, Lead)], plan: Plan) -> Result<(), Refusal> {
        let Plan {
            new_contacts,
            sources,
            dirty,
        } = plan;
        let records: Vec<(Option<&str>, ContactRecord<'_>)> = new_contacts
            .iter()
            .map(|(key, id, merged)| {
                (
                    key.as_deref(),
                    contact_record(*id, merged).expect("one source"),
                )
            })
            .collect();
        self.tx
            .insert_contacts(&records)
            .map_err(Refusal::Database)?;
        let sources: Vec<(Uuid, &Lead)> = sources
            .iter()
            .map(|(contact_id, i)| (*contact_id, &round[*i].1))
            .collect();
        self.tx
            .save_sources(&sources, &self.v.manifest.event.name)
            .map_err(Refusal::Database)?;
        self.recompute_all(dirty.into_iter().collect())
    }

    /// The full text of every policy version the batch's leads cite
    /// (`policies.jsonl`, batches of format 2), stored by its hash.
    fn policies(&mut self) -> Result<(), Refusal> {
        if !self.v.sums.iter().any(|l| l.name == POLICIES_JSONL) {
            return Ok(());
        }
        let path = self.v.dir.join(POLICIES_JSONL);
        let read = |error| Refusal::Read {
            path: path.clone(),
            error,
        };
        let mut lines =
            HashedLines::open_within(&path, crate::limits::POLICY_LINE_BYTES).map_err(read)?;
        while let Some((n, line)) = lines.next_line().map_err(read)? {
            let p: PolicyText = serde_json::from_slice(line).map_err(|e| Refusal::Line {
                path: path.clone(),
                line: n,
                detail: e.to_string(),
            })?;
            p.check().map_err(|detail| Refusal::Record {
                path: path.clone(),
                line: n,
                detail: super::RecordProblem::Policy(detail),
            })?;
            self.tx.save_policy_text(&p).map_err(Refusal::Database)?;
        }
        if lines.finish().map_err(read)? != self.expected(POLICIES_JSONL) {
            return Err(Refusal::Changed { path });
        }
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
            crate::batch::rules::erasure_record(&self.v.manifest, &record, self.now).map_err(
                |detail| Refusal::Record {
                    path: path.clone(),
                    line: n,
                    detail: super::RecordProblem::Rule(detail),
                },
            )?;
            let not_owner = |kind, lead, owner| Refusal::NotOwner {
                path: path.clone(),
                line: n,
                kind,
                lead,
                owner,
            };
            let device = self.v.manifest.device_id;
            let lead_id = record.lead_id();
            let on_file = self.tx.lead(lead_id).map_err(Refusal::Database)?;
            if let Some(owner) = rules::owner(&on_file).filter(|o| *o != device) {
                let kind = match record {
                    ErasureRecord::Erasure { .. } => "erasure",
                    ErasureRecord::Withdrawal { .. } => "withdrawal",
                };
                return Err(not_owner(kind, lead_id, owner));
            }
            match record {
                ErasureRecord::Erasure {
                    lead_id, at, by, ..
                } => self.erase(lead_id, at, &by, &on_file)?,
                ErasureRecord::Withdrawal {
                    lead_id,
                    purpose,
                    at,
                    by,
                    channel,
                    ..
                } => self.withdrawal(lead_id, &purpose, at, &by, channel.as_deref(), on_file)?,
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

    /// An erasure is applied once; its lead's source (if imported) goes, and the
    /// contact is recomputed at the next flush.
    fn erase(
        &mut self,
        lead_id: Uuid,
        at: DateTime<Utc>,
        by: &str,
        on_file: &LeadOnFile,
    ) -> Result<(), Refusal> {
        if matches!(on_file, LeadOnFile::Erased { .. }) {
            return Ok(());
        }
        let contact = self.tx.erase(lead_id, at, by).map_err(Refusal::Database)?;
        self.stats.erasures_applied += 1;
        if let Some(contact_id) = contact {
            self.dirty.insert(contact_id);
            self.erased.insert(contact_id);
        }
        Ok(())
    }

    /// A withdrawal of an erased lead is moot; of a purpose withdrawn earlier, a
    /// no-op (the earliest withdrawal holds). Otherwise it is recorded (so a
    /// version of the lead arriving later gets it too) and applied to the
    /// imported version.
    fn withdrawal(
        &mut self,
        lead_id: Uuid,
        purpose: &str,
        at: DateTime<Utc>,
        by: &str,
        channel: Option<&str>,
        on_file: LeadOnFile,
    ) -> Result<(), Refusal> {
        let LeadOnFile::Known { withdrawals, .. } = on_file else {
            return Ok(());
        };
        if withdrawals
            .iter()
            .any(|w| w.purpose == purpose && w.at <= at)
        {
            return Ok(());
        }
        self.tx
            .record_withdrawal(lead_id, purpose, at, by, channel)
            .map_err(Refusal::Database)?;
        self.stats.withdrawals_applied += 1;
        if let Some((contact_id, mut consents)) = self
            .tx
            .source_consents(lead_id)
            .map_err(Refusal::Database)?
        {
            // Recomputed at the next flush, which queues the unsubscribe when
            // the contact's merged state is withdrawn (also when the version
            // imported from this batch already carried the withdrawal).
            self.dirty.insert(contact_id);
            self.withdrawn
                .entry(contact_id)
                .or_default()
                .insert(purpose.to_owned());
            let found = consents.iter_mut().find(|c| {
                c.purpose == purpose && c.granted && c.withdrawn_at.is_none_or(|w| at < w)
            });
            if let Some(c) = found {
                c.withdrawn_at = Some(at);
                c.withdrawn_by = Some(by.to_owned());
                c.withdrawal_channel = channel.map(str::to_owned);
                self.tx
                    .set_source_consents(lead_id, &consents)
                    .map_err(Refusal::Database)?;
            }
        }
        Ok(())
    }

    /// Recomputes every contact touched since the last flush.
    fn flush(&mut self) -> Result<(), Refusal> {
        let dirty: Vec<Uuid> = std::mem::take(&mut self.dirty).into_iter().collect();
        self.recompute_all(dirty)
    }

    /// Recomputes contacts (distinct, in id order), [`CHUNK`] at a time, each as
    /// [`recompute`] does: from all its sources; with none left it is removed
    /// (reported, and queued for the suppression file: the CRM must delete it
    /// too); a purpose withdrawn in this batch whose merged state is now
    /// withdrawn is queued as an unsubscribe.
    fn recompute_all(&mut self, contact_ids: Vec<Uuid>) -> Result<(), Refusal> {
        for part in contact_ids.chunks(CHUNK) {
            let sources = self.tx.contacts_sources(part).map_err(Refusal::Database)?;
            let merged: Vec<Merged> = sources
                .iter()
                .map(|facts| {
                    let mut m = Merged::default();
                    for f in facts {
                        m.add(f);
                    }
                    m
                })
                .collect();
            let records: Vec<Option<ContactRecord<'_>>> = part
                .iter()
                .zip(&merged)
                .map(|(id, m)| contact_record(*id, m))
                .collect();
            let updates: Vec<ContactRecord<'_>> = records.iter().flatten().cloned().collect();
            self.tx
                .update_contacts(&updates)
                .map_err(Refusal::Database)?;
            for (contact_id, record) in part.iter().zip(&records) {
                let withdrawn = self.withdrawn.remove(contact_id).unwrap_or_default();
                let removed = after_recompute(
                    &mut *self.tx,
                    *contact_id,
                    record.as_ref(),
                    if self.erased.contains(contact_id) {
                        "erasure"
                    } else {
                        "no source"
                    },
                    &withdrawn,
                )
                .map_err(Refusal::Database)?;
                if let Recomputed::Removed = removed {
                    self.stats.contacts_removed.push(contact_id.to_string());
                }
            }
        }
        Ok(())
    }
}

/// What a batch's round of a chunk writes (see [`Batch::chunk`]).
#[derive(Default)]
struct Plan {
    /// New contacts: email key, id, the merge of their only source.
    new_contacts: Vec<(Option<String>, Uuid, Merged)>,
    /// Sources to save: contact, index of the lead in the round.
    sources: Vec<(Uuid, usize)>,
    /// Contacts that gained or lost a source.
    dirty: BTreeSet<Uuid>,
}

/// What [`recompute`] did.
pub(super) enum Recomputed {
    /// Its merged values were rewritten.
    Updated,
    /// It had no source left and was removed (a deletion is queued).
    Removed,
    /// It had no source left and was already gone.
    Gone,
}

/// Recomputes a contact from all its sources. With none left it is removed and
/// a deletion queued for the CRM (`reason`); each purpose of `withdrawn` whose
/// merged state is now withdrawn is queued as an unsubscribe.
pub(super) fn recompute(
    tx: &mut dyn BatchTx,
    contact_id: Uuid,
    reason: &str,
    withdrawn: &BTreeSet<String>,
) -> Result<Recomputed, CentralError> {
    let mut merged = Merged::default();
    for facts in tx.contact_sources(contact_id)? {
        merged.add(&facts);
    }
    let record = contact_record(contact_id, &merged);
    if let Some(record) = &record {
        tx.update_contact(record)?;
    }
    after_recompute(tx, contact_id, record.as_ref(), reason, withdrawn)
}

/// What follows a contact's recompute (its merged `record` written, `None`:
/// no source left): the unsubscribes of `withdrawn` purposes now withdrawn, or
/// its removal with a deletion queued for the CRM (`reason`).
fn after_recompute(
    tx: &mut dyn BatchTx,
    contact_id: Uuid,
    record: Option<&ContactRecord<'_>>,
    reason: &str,
    withdrawn: &BTreeSet<String>,
) -> Result<Recomputed, CentralError> {
    match record {
        Some(record) => {
            for (purpose, state) in merged_states(record) {
                if state == ConsentState::Withdrawn && withdrawn.contains(purpose) {
                    tx.suppress(
                        contact_id,
                        SuppressionAction::Unsubscribe,
                        "withdrawal",
                        Some(purpose),
                    )?;
                }
            }
            Ok(Recomputed::Updated)
        }
        None => {
            tx.suppress(contact_id, SuppressionAction::Delete, reason, None)?;
            Ok(if tx.remove_contact(contact_id)? {
                Recomputed::Removed
            } else {
                Recomputed::Gone
            })
        }
    }
}

/// A contact record's merged state per purpose.
fn merged_states<'r>(
    record: &'r ContactRecord<'_>,
) -> impl Iterator<Item = (&'r str, ConsentState)> + 'r {
    record.consents.iter().map(|c| (c.purpose, c.state))
}

/// Why a lead was not imported: its id is held by another device, or another
/// refusal.
enum Held {
    By(Uuid),
    Refused(Refusal),
}

impl From<Refusal> for Held {
    fn from(r: Refusal) -> Self {
        Held::Refused(r)
    }
}

/// A contact's record as the merge computed it; `None` with no sources.
pub(super) fn contact_record(contact_id: Uuid, m: &Merged) -> Option<ContactRecord<'_>> {
    let (first, last) = m.captured_range()?;
    Some(ContactRecord {
        contact_id,
        fields: std::array::from_fn(|i| m.field(i)),
        rating: m.rating(),
        event_name: m.event_name(),
        consents: m
            .consents()
            .into_iter()
            .map(|(p, d)| MergedConsent {
                purpose: p,
                state: d.state,
                at: d.at,
                lead_id: d.lead_id,
                policy_sha256: &d.policy_sha256,
                text_sha256: d.text_sha256.as_deref(),
                language: d.language.as_deref(),
                language_asked: d.language_asked.as_deref(),
            })
            .collect(),
        review: m.review(),
        first_captured_at: first,
        last_captured_at: last,
        source_count: m.sources(),
    })
}

/// Records withdrawal `w` on the granted consent for its purpose (keeping an
/// earlier withdrawal). Returns whether anything changed.
fn withdraw(consents: &mut [ConsentRecord], w: &crate::central::Withdrawal) -> bool {
    match consents.iter_mut().find(|c| c.purpose == w.purpose) {
        Some(c) if c.granted && c.withdrawn_at.is_none_or(|at| w.at < at) => {
            c.withdrawn_at = Some(w.at);
            c.withdrawn_by = Some(w.by.clone());
            c.withdrawal_channel = w.channel.clone();
            true
        }
        _ => false,
    }
}

/// A withdrawal received at the central office for a person: it withdraws a
/// consent granted before it (a consent given later, at a booth, stands).
pub(super) fn withdraw_given_before(
    consents: &mut [ConsentRecord],
    purpose: &str,
    at: DateTime<Utc>,
    by: &str,
) -> bool {
    let w = crate::central::Withdrawal {
        purpose: purpose.to_owned(),
        at,
        by: by.to_owned(),
        channel: Some(CENTRAL_OFFICE.to_owned()),
        device_id: Uuid::nil(),
    };
    match consents.iter_mut().find(|c| c.purpose == purpose) {
        Some(c) if c.at <= at => withdraw(std::slice::from_mut(c), &w),
        _ => false,
    }
}

/// The channel of a withdrawal received at the central office.
pub(super) const CENTRAL_OFFICE: &str = "central_office";

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
        policy_sha256: lead.policy.sha256.clone(),
        consents: lead
            .consents
            .iter()
            .map(|c| ConsentFacts {
                purpose: c.purpose.clone(),
                granted: c.granted,
                at: c.at,
                withdrawn_at: c.withdrawn_at,
                text_sha256: Some(
                    c.text_sha256
                        .clone()
                        .unwrap_or_else(|| crate::policy::sha256_hex(c.text.as_bytes())),
                ),
                language: c.language.clone(),
                language_asked: c.language_asked.clone(),
            })
            .collect(),
    }
}

/// Recomputes every contact that older merge rules computed (see
/// [`crate::central::MERGE_VERSION`]), in one transaction of its own (begun with
/// a nil device and batch: it records no batch). Returns how many.
pub(super) fn recompute_stale(
    store: &mut dyn CentralStore,
) -> Result<u64, crate::central::CentralError> {
    // Two imports at once on a server may both find the same stale contacts:
    // one is rolled back as a conflict (see `import_batch`) and tries again,
    // finding fewer or none.
    let mut attempt = 1;
    loop {
        match recompute_stale_once(store) {
            Err(e) if e.is_retryable() && attempt < ATTEMPTS => {
                std::thread::sleep(std::time::Duration::from_millis(20 * u64::from(attempt)));
                attempt += 1;
            }
            other => return other,
        }
    }
}

fn recompute_stale_once(store: &mut dyn CentralStore) -> Result<u64, crate::central::CentralError> {
    let stale = store.stale_contacts()?;
    if stale.is_empty() {
        return Ok(0);
    }
    let mut tx = store.begin_batch(&BatchStamp {
        device_id: Uuid::nil(),
        batch_id: Uuid::nil(),
        at: now_utc(),
    })?;
    for id in &stale {
        let mut merged = Merged::default();
        for facts in tx.contact_sources(*id)? {
            merged.add(&facts);
        }
        if let Some(record) = contact_record(*id, &merged) {
            tx.update_contact(&record)?;
        }
    }
    tx.commit(&BatchCounts::default(), &[])?;
    Ok(stale.len() as u64)
}
