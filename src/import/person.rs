//! A person's rights at the central office, by email address, across every
//! laptop: erasure with a tombstone (the SHA-256 of the normalised address, so
//! a later batch from a laptop that had not erased them does not bring them
//! back: the import checks it), access (everything held, for an access
//! request) and central retention. Written once against [`CentralStore`].

use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::central::{CentralError, CentralStore, ContactExport};
use crate::lead::rfc3339;
use crate::person::{email_hash, normalise_email};

/// Why a request could not be carried out.
#[derive(Debug, thiserror::Error)]
pub enum PersonError {
    /// The address is blank or not an email address.
    #[error("{0:?} is not an email address")]
    NotAnEmail(String),
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

/// Everything held about a person, for an access request.
#[derive(Debug, Clone)]
pub struct PersonRecord {
    /// The normalised address asked about.
    pub email: String,
    /// When they were erased at the central office, if they were.
    pub erased_at: Option<DateTime<Utc>>,
    /// Their merged contact and its source leads, if on file.
    pub contact: Option<ContactExport>,
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
                "consents": c.consents.iter().map(|(p, (state, at))| {
                    (p.clone(), json!({"state": state.as_str(), "decided_at": rfc3339(at)}))
                }).collect::<serde_json::Map<_, _>>(),
                "source_leads": c.sources.iter().map(|s| json!({
                    "lead_id": s.lead_id, "event_id": s.event_id, "event": s.event_name,
                    "captured_at": rfc3339(&s.captured_at), "captured_by": s.captured_by,
                    "notes": s.notes, "answers": s.answers,
                })).collect::<Vec<_>>(),
            })
        });
        json!({
            "email": self.email,
            "erased_at": self.erased_at.as_ref().map(rfc3339),
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
    Ok(PersonRecord {
        email: key,
        erased_at,
        contact,
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
