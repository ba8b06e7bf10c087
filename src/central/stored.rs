//! The JSON shapes both central backends store, written once: a source lead's
//! consent records (`source_leads.consents`) and a contact's merged decisions
//! (`contacts.consents`). The SQLite file keeps them as JSON text, PostgreSQL
//! as `jsonb`; the bytes of each value are the same.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::timestamp::Rfc3339;

use super::{ConsentFacts, ConsentState, ContactConsent, MergedConsent};
use crate::consent::{ConsentMethod, ConsentRecord, LegalBasis};

/// One consent record as stored in `source_leads.consents`. Rows imported by
/// central schema 1 hold arrays (purpose, granted, at, method, withdrawn_at,
/// text id); since schema 2 every record is an object with the complete
/// record's fields, the wording by its id in `consent_texts`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub(super) enum StoredConsent {
    Full(FullConsent),
    Old(
        String,
        bool,
        DateTime<Utc>,
        String,
        Option<DateTime<Utc>>,
        i64,
    ),
}

/// A consent record as stored since central schema 2 (keys as in the lead record).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FullConsent {
    purpose: String,
    granted: bool,
    #[serde(with = "crate::timestamp")]
    at: DateTime<Utc>,
    method: String,
    #[serde(
        default,
        serialize_with = "crate::timestamp::serialize_option",
        deserialize_with = "crate::timestamp::deserialize_option"
    )]
    withdrawn_at: Option<DateTime<Utc>>,
    text_id: i64,
    record_id: Option<Uuid>,
    legal_basis: Option<LegalBasis>,
    text_sha256: String,
    language: Option<String>,
    /// Central schema 5 (lead schema 3): the language the attendee asked for;
    /// absent from records stored before, and from records that lack it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language_asked: Option<String>,
    #[serde(
        default,
        serialize_with = "crate::timestamp::serialize_option",
        deserialize_with = "crate::timestamp::deserialize_option"
    )]
    ticked_at: Option<DateTime<Utc>>,
    #[serde(
        default,
        serialize_with = "crate::timestamp::serialize_option",
        deserialize_with = "crate::timestamp::deserialize_option"
    )]
    expires_at: Option<DateTime<Utc>>,
    withdrawn_by: Option<String>,
    withdrawal_channel: Option<String>,
}

/// [`FullConsent`] borrowed from a lead's record, for writing
/// `source_leads.consents` without copying each record's strings first (the
/// central import writes every record of every lead; issue 15). The same keys
/// in the same order, so the bytes are those of [`StoredConsent::new`]'s
/// record (a test below holds the two together).
#[derive(Serialize)]
struct FullConsentRef<'a> {
    purpose: &'a str,
    granted: bool,
    at: Rfc3339,
    method: &'static str,
    withdrawn_at: Option<Rfc3339>,
    text_id: i64,
    record_id: Option<Uuid>,
    legal_basis: Option<LegalBasis>,
    text_sha256: std::borrow::Cow<'a, str>,
    language: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language_asked: Option<&'a str>,
    ticked_at: Option<Rfc3339>,
    expires_at: Option<Rfc3339>,
    withdrawn_by: Option<&'a str>,
    withdrawal_channel: Option<&'a str>,
}

/// `source_leads.consents` for a lead's records, each record's wording by
/// its id (`text_ids[i]` for `consents[i]`): the JSON text of
/// `consents.iter().map(StoredConsent::new)` collected, byte for byte.
pub(super) fn stored_consents_json(consents: &[ConsentRecord], text_ids: &[i64]) -> String {
    debug_assert_eq!(consents.len(), text_ids.len());
    let records: Vec<FullConsentRef<'_>> = consents
        .iter()
        .zip(text_ids)
        .map(|(c, &text_id)| FullConsentRef {
            purpose: &c.purpose,
            granted: c.granted,
            at: Rfc3339(c.at),
            method: c.method.as_str(),
            withdrawn_at: c.withdrawn_at.map(Rfc3339),
            text_id,
            record_id: c.record_id,
            legal_basis: c.legal_basis,
            text_sha256: match &c.text_sha256 {
                Some(h) => std::borrow::Cow::Borrowed(h.as_str()),
                None => std::borrow::Cow::Owned(crate::policy::sha256_hex(c.text.as_bytes())),
            },
            language: c.language.as_deref(),
            language_asked: c.language_asked.as_deref(),
            ticked_at: c.ticked_at.map(Rfc3339),
            expires_at: c.expires_at.map(Rfc3339),
            withdrawn_by: c.withdrawn_by.as_deref(),
            withdrawal_channel: c.withdrawal_channel.as_deref(),
        })
        .collect();
    // A lead's records are some 3 KB of JSON: one allocation of about that.
    let mut out = Vec::with_capacity(512 * records.len() + 2);
    serde_json::to_writer(&mut out, &records).expect("consents serialise");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

impl StoredConsent {
    /// The record `c` as stored, its wording recorded as `text_id`.
    pub(super) fn new(c: &ConsentRecord, text_id: i64) -> Self {
        StoredConsent::Full(FullConsent {
            purpose: c.purpose.clone(),
            granted: c.granted,
            at: c.at,
            method: c.method.as_str().to_owned(),
            withdrawn_at: c.withdrawn_at,
            text_id,
            record_id: c.record_id,
            legal_basis: c.legal_basis,
            text_sha256: c
                .text_sha256
                .clone()
                .unwrap_or_else(|| crate::policy::sha256_hex(c.text.as_bytes())),
            language: c.language.clone(),
            language_asked: c.language_asked.clone(),
            ticked_at: c.ticked_at,
            expires_at: c.expires_at,
            withdrawn_by: c.withdrawn_by.clone(),
            withdrawal_channel: c.withdrawal_channel.clone(),
        })
    }

    pub(super) fn text_id(&self) -> i64 {
        match self {
            StoredConsent::Full(c) => c.text_id,
            StoredConsent::Old(.., t) => *t,
        }
    }

    /// The record, with its wording.
    pub(super) fn record(self, text: String) -> Result<ConsentRecord, super::RowProblem> {
        Ok(match self {
            StoredConsent::Old(purpose, granted, at, method, withdrawn_at, _) => ConsentRecord {
                record_id: None,
                purpose,
                legal_basis: None,
                granted,
                text_sha256: Some(crate::policy::sha256_hex(text.as_bytes())),
                text,
                language: None,
                language_asked: None,
                ticked_at: None,
                at,
                method: ConsentMethod::parse(&method).ok_or(super::RowProblem::Unknown {
                    what: "method",
                    value: method.clone(),
                })?,
                expires_at: None,
                withdrawn_at,
                withdrawn_by: None,
                withdrawal_channel: None,
            },
            StoredConsent::Full(c) => ConsentRecord {
                record_id: c.record_id,
                purpose: c.purpose,
                legal_basis: c.legal_basis,
                granted: c.granted,
                text,
                text_sha256: Some(c.text_sha256),
                language: c.language,
                language_asked: c.language_asked,
                ticked_at: c.ticked_at,
                at: c.at,
                method: ConsentMethod::parse(&c.method).ok_or_else(|| {
                    super::RowProblem::Unknown {
                        what: "method",
                        value: c.method.clone(),
                    }
                })?,
                expires_at: c.expires_at,
                withdrawn_at: c.withdrawn_at,
                withdrawn_by: c.withdrawn_by,
                withdrawal_channel: c.withdrawal_channel,
            },
        })
    }

    /// The figures' view of the record: purpose, decision, expiry.
    pub(super) fn stats_fact(&self) -> crate::stats::ConsentFact {
        let facts = self.facts();
        crate::stats::ConsentFact {
            decision: match facts.decision_state() {
                ConsentState::Granted => crate::consent::Decision::Granted,
                ConsentState::NotGiven => crate::consent::Decision::NotGiven,
                ConsentState::Withdrawn => crate::consent::Decision::Withdrawn,
            },
            purpose: facts.purpose,
            expires_at: match self {
                StoredConsent::Full(c) => c.expires_at,
                StoredConsent::Old(..) => None,
            },
        }
    }

    /// What the merge reads (no wording hash when an old row did not keep it).
    pub(super) fn facts(&self) -> ConsentFacts {
        match self {
            StoredConsent::Full(c) => ConsentFacts {
                purpose: c.purpose.clone(),
                granted: c.granted,
                at: c.at,
                withdrawn_at: c.withdrawn_at,
                text_sha256: Some(c.text_sha256.clone()),
                language: c.language.clone(),
                language_asked: c.language_asked.clone(),
            },
            StoredConsent::Old(purpose, granted, at, _, withdrawn_at, _) => ConsentFacts {
                purpose: purpose.clone(),
                granted: *granted,
                at: *at,
                withdrawn_at: *withdrawn_at,
                text_sha256: None,
                language: None,
                language_asked: None,
            },
        }
    }
}

/// One purpose's entry in `contacts.consents`: state, decided at, policy
/// sha256, wording sha256, language shown, language asked.
/// The time written as [`crate::timestamp::Rfc3339`] (chrono's form, faster).
pub(super) type Decision<'a> = (
    ConsentState,
    Rfc3339,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
);

/// `contacts.consents`: `{"purpose": ["state", "decided at", "policy sha256",
/// "wording sha256", "language", "language asked"], ...}`, keys in order (rows
/// written by central schema 1 hold only the first two, by merge version 2 the
/// first four).
pub(super) fn decisions<'a>(consents: &[MergedConsent<'a>]) -> BTreeMap<&'a str, Decision<'a>> {
    consents
        .iter()
        .map(|c| {
            (
                c.purpose,
                (
                    c.state,
                    Rfc3339(c.at),
                    c.policy_sha256,
                    c.text_sha256,
                    c.language,
                    c.language_asked,
                ),
            )
        })
        .collect()
}

/// Reads `contacts.consents` (written from [`decisions`], or by schema 1).
pub(super) fn parse_decisions(
    raw: BTreeMap<String, Vec<serde_json::Value>>,
) -> Result<BTreeMap<String, ContactConsent>, String> {
    raw.into_iter()
        .map(|(p, v)| {
            let state: ConsentState = v
                .first()
                .cloned()
                .map(serde_json::from_value)
                .transpose()
                .map_err(|e| e.to_string())?
                .ok_or("no state")?;
            let at: DateTime<Utc> = v
                .get(1)
                .cloned()
                .map(serde_json::from_value)
                .transpose()
                .map_err(|e| e.to_string())?
                .ok_or("no time")?;
            let text = |i: usize| v.get(i).and_then(|x| x.as_str()).map(str::to_owned);
            Ok((
                p,
                ContactConsent {
                    state,
                    at,
                    policy_sha256: text(2),
                    text_sha256: text(3),
                    language: text(4),
                    language_asked: text(5),
                },
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The borrowed form writes exactly what [`StoredConsent::new`]'s records
    /// write: with and without the optional fields, a record without its
    /// wording hash, a withdrawn one, fractional seconds.
    #[test]
    fn stored_consents_json_is_the_stored_records_json() {
        use chrono::TimeZone;
        let at = Utc.with_ymd_and_hms(2026, 5, 4, 3, 2, 1).unwrap();
        let mut plain = ConsentRecord {
            record_id: Some(Uuid::now_v7()),
            purpose: "marketing_email".into(),
            legal_basis: Some(LegalBasis::Consent),
            granted: true,
            text: "Send me \"news\"\n by email \u{2028} é.".into(),
            text_sha256: Some("ab".repeat(32)),
            language: Some("de".into()),
            language_asked: Some("fr".into()),
            ticked_at: Some(at),
            at,
            method: ConsentMethod::StaffAssisted,
            expires_at: Some(at + chrono::Duration::milliseconds(1500)),
            withdrawn_at: None,
            withdrawn_by: None,
            withdrawal_channel: None,
        };
        let bare = ConsentRecord {
            record_id: None,
            legal_basis: None,
            granted: false,
            text_sha256: None,
            language: None,
            language_asked: None,
            ticked_at: None,
            expires_at: None,
            ..plain.clone()
        };
        let withdrawn = ConsentRecord {
            withdrawn_at: Some(at + chrono::Duration::nanoseconds(7)),
            withdrawn_by: Some("privacy officer".into()),
            withdrawal_channel: Some("email".into()),
            ..plain.clone()
        };
        plain.purpose = "policy_ack".into();
        let records = [plain, bare, withdrawn];
        let ids = [3, 1, 42];
        let owned: Vec<StoredConsent> = records
            .iter()
            .zip(ids)
            .map(|(c, id)| StoredConsent::new(c, id))
            .collect();
        assert_eq!(
            stored_consents_json(&records, &ids),
            serde_json::to_string(&owned).unwrap()
        );
        assert_eq!(stored_consents_json(&[], &[]), "[]");
    }
}
