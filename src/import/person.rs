//! A person's rights at the central office, by email address, across every
//! laptop: erasure with a tombstone (the SHA-256 of the normalised address, so
//! a later batch from a laptop that had not erased them does not bring them
//! back: the import checks it), access (everything held, for an access
//! request), withdrawal of a purpose (for every source lead of theirs, and for
//! leads of theirs later batches bring that were consented before it) and
//! central retention. Written once against [`CentralStore`].

use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use uuid::Uuid;

use std::collections::BTreeSet;

use super::apply::{ATTEMPTS, Recomputed, recompute, withdraw_given_before};
use crate::central::{
    BatchCounts, CentralError, CentralStore, ContactExport, PersonWithdrawal, SourceDetail,
};
use crate::lead::rfc3339;
use crate::person::{email_hash, normalise_email};

/// Why a request could not be carried out.
#[derive(Debug, thiserror::Error)]
pub enum PersonError {
    /// The address is blank or not an email address.
    #[error("{0:?} is not an email address")]
    NotAnEmail(String),
    /// `--purpose` names no purpose on file.
    #[error("--purpose {purpose:?} is not a consent purpose of any imported lead (known: {known})")]
    UnknownPurpose {
        /// As given (sanitised).
        purpose: String,
        /// The purposes on file, comma-separated.
        known: String,
    },
    /// The central database failed (nothing changed).
    #[error(transparent)]
    Database(#[from] CentralError),
}

/// The normalised address and its tombstone hash.
fn keys(email: &str) -> Result<(String, String), PersonError> {
    let bad = || PersonError::NotAnEmail(crate::text::sanitize_line(email).into_owned());
    let key = normalise_email(email)
        .filter(|k| k.contains('@'))
        .ok_or_else(bad)?;
    let hash = email_hash(&key).ok_or_else(bad)?;
    Ok((key, hash))
}

/// What [`erase_person`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonErased {
    /// The tombstone: SHA-256 of the normalised address.
    pub email_hash: String,
    /// Source leads removed (from every laptop).
    pub leads: Vec<Uuid>,
}

/// Erases the person with this email address at the central office: their
/// contact and every source lead, and a tombstone that keeps later batches from
/// importing them again. Recorded even when nothing is on file yet (a request
/// that reaches the office before the batch does).
pub fn erase_person(
    db: &mut dyn CentralStore,
    email: &str,
    by: &str,
    now: DateTime<Utc>,
) -> Result<PersonErased, PersonError> {
    let (key, hash) = keys(email)?;
    let leads = db.erase_person(&key, &hash, now, by)?;
    Ok(PersonErased {
        email_hash: hash,
        leads,
    })
}

/// What [`withdraw_person`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonWithdrawn {
    /// Source leads whose grant of the purpose was withdrawn now.
    pub leads: Vec<Uuid>,
    /// The contact now shows the purpose withdrawn: an unsubscribe is queued
    /// for the next suppression file.
    pub unsubscribed: Option<Uuid>,
}

/// Withdraws `purpose` at the central office for the person with this email
/// address, in one transaction: every source lead of theirs that granted it
/// (whichever laptop), the contact recomputed, an unsubscribe queued for the
/// next suppression file, and the withdrawal kept (by the address's hash) for
/// leads of theirs that later batches bring, consented before now. Recorded
/// even when nothing is on file yet.
pub fn withdraw_person(
    db: &mut dyn CentralStore,
    email: &str,
    purpose: &str,
    by: &str,
    now: DateTime<Utc>,
) -> Result<PersonWithdrawn, PersonError> {
    let (key, hash) = keys(email)?;
    let purpose = purpose.trim();
    let known = db.purposes()?;
    if !known.iter().any(|p| p == purpose) {
        return Err(PersonError::UnknownPurpose {
            purpose: crate::text::sanitize_line(purpose).into_owned(),
            known: known.join(", "),
        });
    }
    // A backend that runs transactions side by side may roll this one back in
    // favour of a concurrent import (as `import_batch` does for a batch):
    // then it runs again and sees what that import committed.
    let mut attempt = 1;
    loop {
        match withdraw_once(db, &key, &hash, purpose, by, now) {
            Err(e) if e.is_retryable() && attempt < ATTEMPTS => {
                std::thread::sleep(std::time::Duration::from_millis(20 * u64::from(attempt)));
                attempt += 1;
            }
            other => return Ok(other?),
        }
    }
}

fn withdraw_once(
    db: &mut dyn CentralStore,
    key: &str,
    hash: &str,
    purpose: &str,
    by: &str,
    now: DateTime<Utc>,
) -> Result<PersonWithdrawn, CentralError> {
    let mut tx = db.begin_request(now)?;
    tx.record_person_withdrawal(hash, purpose, now, by)?;
    let mut done = PersonWithdrawn {
        leads: Vec::new(),
        unsubscribed: None,
    };
    if let Some(contact_id) = tx.contact_by_email(key)? {
        for source in tx.contact_sources(contact_id)? {
            let Some((_, mut consents)) = tx.source_consents(source.lead_id)? else {
                continue;
            };
            if withdraw_given_before(&mut consents, purpose, now, by) {
                tx.set_source_consents(source.lead_id, &consents)?;
                done.leads.push(source.lead_id);
            }
        }
        if !done.leads.is_empty() {
            let withdrawn = BTreeSet::from([purpose.to_owned()]);
            if let Recomputed::Updated = recompute(&mut *tx, contact_id, "no source", &withdrawn)? {
                done.unsubscribed = Some(contact_id);
            }
        }
    }
    tx.commit(&BatchCounts::default(), &[])?;
    Ok(done)
}

/// Everything held about a person, for an access request.
#[derive(Debug, Clone)]
pub struct PersonRecord {
    /// The normalised address asked about.
    pub email: String,
    /// When they were erased at the central office, if they were.
    pub erased_at: Option<DateTime<Utc>>,
    /// Withdrawals received at the central office for them.
    pub withdrawals: Vec<PersonWithdrawal>,
    /// Their merged contact and its source leads, if on file.
    pub contact: Option<ContactExport>,
    /// Each source lead in full: the batch it came in, consent history.
    pub sources: Vec<SourceDetail>,
    /// The full text of each policy version the sources were shown (when a
    /// batch brought it).
    pub policies: Vec<crate::central::PolicyText>,
}

impl PersonRecord {
    /// The record as JSON (the `--json` answer to an access request).
    pub fn to_json(&self) -> Value {
        let contact = self.contact.as_ref().map(|c| {
            let [first, last, email, company, title, phone, country] = &c.fields;
            json!({
                "contact_id": c.contact_id,
                "first_name": first, "last_name": last, "email": email,
                "company": company, "job_title": title, "phone": phone, "country": country,
                "rating": c.rating,
                "event": c.event_name,
                "first_captured_at": rfc3339(&c.first_captured_at),
                "last_captured_at": rfc3339(&c.last_captured_at),
                "consents": c.consents.iter().map(|(p, d)| {
                    (p.clone(), json!({"state": d.state.as_str(), "decided_at": rfc3339(&d.at),
                        "policy_sha256": d.policy_sha256, "language": d.language,
                        "language_asked": d.language_asked}))
                }).collect::<serde_json::Map<_, _>>(),
                "source_leads": c.sources.iter().map(|s| {
                    let detail = self.sources.iter().find(|d| d.lead_id == s.lead_id);
                    json!({
                        "lead_id": s.lead_id, "event_id": s.event_id, "event": s.event_name,
                        "captured_at": rfc3339(&s.captured_at), "captured_by": s.captured_by,
                        "notes": s.notes, "answers": s.answers,
                        "fields": detail.map(|d| {
                            let [first, last, email, company, title, phone, country] = &d.fields;
                            json!({"first_name": first, "last_name": last, "email": email,
                                "company": company, "job_title": title, "phone": phone,
                                "country": country})
                        }),
                        "source": detail.map(|d| d.source.as_str()),
                        "badge_id": detail.and_then(|d| d.badge_id.as_deref()),
                        "batch": detail.map(|d| json!({
                            "batch_id": d.batch_id, "device_id": d.device_id, "seq": d.seq,
                            "folder": d.folder, "imported_at": rfc3339(&d.imported_at),
                        })),
                        "policy_sha256": detail.map(|d| d.policy_sha256.as_str()),
                        // Each consent record as the batch format writes it
                        // (purpose, granted, wording shown, when, how, when
                        // withdrawn ...), withdrawals applied.
                        "consent_history": detail.map(|d| &d.consents),
                        "withdrawals_from_laptop": detail.map(|d| d.withdrawals.iter().map(|w| json!({
                            "purpose": w.purpose, "at": rfc3339(&w.at), "device_id": w.device_id,
                        })).collect::<Vec<_>>()),
                    })
                }).collect::<Vec<_>>(),
            })
        });
        json!({
            "policies_shown": self.policies.iter().map(|p| json!({
                "policy_sha256": p.sha256, "last_updated": p.last_updated, "url": p.url,
                "text": p.text,
            })).collect::<Vec<_>>(),
            "email": self.email,
            "erased_at": self.erased_at.as_ref().map(rfc3339),
            "withdrawals_at_central_office": self.withdrawals.iter().map(|w| json!({
                "purpose": w.purpose, "at": rfc3339(&w.at), "by": w.by,
            })).collect::<Vec<_>>(),
            "contact": contact,
        })
    }
}

/// What the central office holds about the person with this email address.
pub fn person_record(db: &mut dyn CentralStore, email: &str) -> Result<PersonRecord, PersonError> {
    let (key, hash) = keys(email)?;
    let erased_at = db.person_erased_at(&hash)?;
    let mut contact = None;
    db.each_contact(&mut |c| {
        if c.fields[2] == key {
            contact = Some(c.clone());
            std::ops::ControlFlow::Break(())
        } else {
            std::ops::ControlFlow::Continue(())
        }
    })?;
    let sources = match &contact {
        Some(c) => db.source_details(c.contact_id)?,
        None => Vec::new(),
    };
    let mut policies: Vec<crate::central::PolicyText> = Vec::new();
    for s in &sources {
        if !policies.iter().any(|p| p.sha256 == s.policy_sha256)
            && let Some(p) = db.policy_text(&s.policy_sha256)?
        {
            policies.push(p);
        }
    }
    Ok(PersonRecord {
        email: key,
        erased_at,
        withdrawals: db.person_withdrawals(&hash)?,
        contact,
        sources,
        policies,
    })
}

/// Central retention: removes the contacts whose last capture is more than
/// `days` days before `now`, with their source leads (never imported again).
/// Returns how many contacts.
pub fn purge_past_retention(
    db: &mut dyn CentralStore,
    days: u32,
    by: &str,
    now: DateTime<Utc>,
) -> Result<u64, PersonError> {
    let cutoff = now - chrono::Duration::days(i64::from(days));
    Ok(db.purge_captured_before(cutoff, now, by)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keys_are_the_normalised_address_and_its_hash() {
        let (k, h) = keys(" Ann.Lee@Example.COM ").unwrap();
        assert_eq!(k, "ann.lee@example.com");
        assert_eq!(Some(h), email_hash("ann.lee@example.com"));
        assert!(keys("   ").is_err());
        assert!(keys("not an address").is_err());
    }
}
