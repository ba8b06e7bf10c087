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

/// `source_leads.consents` for a lead's records, each record's wording by
/// its id (`text_ids[i]` for `consents[i]`): the JSON text of
/// `consents.iter().map(StoredConsent::new)` collected, byte for byte.
pub(super) fn stored_consents_json(consents: &[ConsentRecord], text_ids: &[i64]) -> String {
    debug_assert_eq!(consents.len(), text_ids.len());
    // Written by hand (issue 15): serde_json took some 6,000 instructions a
    // record, a call and an escape scan per key. The keys and their order are
    // `FullConsent`'s; the test below holds the bytes to serde_json's.
    // A lead's records are some 3 KB of JSON: one allocation of about that.
    let mut out = Vec::with_capacity(512 * consents.len() + 2);
    let mut w = crate::json_out::JsonOut::new(&mut out);
    w.raw(b"[");
    for (i, (c, &text_id)) in consents.iter().zip(text_ids).enumerate() {
        w.raw(if i == 0 {
            b"{\"purpose\":"
        } else {
            b",{\"purpose\":"
        })
        .str(&c.purpose)
        .raw(b",\"granted\":")
        .bool(c.granted)
        .raw(b",\"at\":")
        .time(&c.at)
        .raw(b",\"method\":")
        .str(c.method.as_str())
        .raw(b",\"withdrawn_at\":")
        .opt_time(c.withdrawn_at.as_ref())
        .raw(b",\"text_id\":")
        .i64(text_id)
        .raw(b",\"record_id\":")
        .opt_uuid(c.record_id.as_ref())
        .raw(b",\"legal_basis\":")
        .opt_str(c.legal_basis.map(LegalBasis::as_str))
        .raw(b",\"text_sha256\":");
        match &c.text_sha256 {
            Some(h) => w.str(h),
            None => w.str(&crate::policy::sha256_hex(c.text.as_bytes())),
        };
        w.raw(b",\"language\":").opt_str(c.language.as_deref());
        if let Some(asked) = &c.language_asked {
            w.raw(b",\"language_asked\":").str(asked);
        }
        w.raw(b",\"ticked_at\":")
            .opt_time(c.ticked_at.as_ref())
            .raw(b",\"expires_at\":")
            .opt_time(c.expires_at.as_ref())
            .raw(b",\"withdrawn_by\":")
            .opt_str(c.withdrawn_by.as_deref())
            .raw(b",\"withdrawal_channel\":")
            .opt_str(c.withdrawal_channel.as_deref())
            .raw(b"}");
    }
    w.raw(b"]");
    String::from_utf8(out).expect("JSON text is UTF-8")
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

/// The JSON text of [`decisions`], written by hand (issue 15: through serde
/// a tenth of the contact row's cost): purposes in the map's order, the last
/// record of a purpose named twice, as collecting into the map keeps. The test
/// below holds the bytes to serde_json's.
pub(super) fn decisions_json(consents: &[MergedConsent<'_>]) -> String {
    let mut order: Vec<usize> = (0..consents.len()).collect();
    // By purpose; of one purpose named twice the later first, the one kept.
    order.sort_by(|&a, &b| consents[a].purpose.cmp(consents[b].purpose).then(b.cmp(&a)));
    order.dedup_by(|later, kept| consents[*later].purpose == consents[*kept].purpose);
    let mut out = Vec::with_capacity(160 * order.len() + 2);
    let mut w = crate::json_out::JsonOut::new(&mut out);
    w.raw(b"{");
    for (n, &i) in order.iter().enumerate() {
        let c = &consents[i];
        if n > 0 {
            w.raw(b",");
        }
        w.str(c.purpose)
            .raw(b":[")
            .str(c.state.as_str())
            .raw(b",")
            .time(&c.at)
            .raw(b",")
            .str(c.policy_sha256)
            .raw(b",")
            .opt_str(c.text_sha256)
            .raw(b",")
            .opt_str(c.language)
            .raw(b",")
            .opt_str(c.language_asked)
            .raw(b"]");
    }
    w.raw(b"}");
    String::from_utf8(out).expect("JSON text is UTF-8")
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
        let mut records = vec![plain, bare, withdrawn];
        for (i, basis) in [
            LegalBasis::Contract,
            LegalBasis::LegalObligation,
            LegalBasis::VitalInterests,
            LegalBasis::PublicTask,
            LegalBasis::LegitimateInterest,
        ]
        .into_iter()
        .enumerate()
        {
            records.push(ConsentRecord {
                legal_basis: Some(basis),
                method: ConsentMethod::SelfService,
                language: Some(format!("x\"{i}\\\u{1}")),
                withdrawn_by: Some("Zoë \u{7f}\t".into()),
                ..records[2].clone()
            });
        }
        let ids: Vec<i64> = (0..records.len() as i64)
            .map(|i| i * 1_000_003 - 5)
            .collect();
        let owned: Vec<StoredConsent> = records
            .iter()
            .zip(ids.iter().copied())
            .map(|(c, id)| StoredConsent::new(c, id))
            .collect();
        assert_eq!(
            stored_consents_json(&records, &ids),
            serde_json::to_string(&owned).unwrap()
        );
        assert_eq!(stored_consents_json(&[], &[]), "[]");
    }

    /// [`decisions_json`] writes serde_json's text of [`decisions`]: every
    /// state, unset options, a purpose named twice (the last kept), purposes
    /// out of order, strings serde_json escapes.
    #[test]
    fn decisions_json_is_the_decisions_json() {
        use chrono::TimeZone;
        let at = Utc.with_ymd_and_hms(2026, 5, 4, 3, 2, 1).unwrap();
        let one = |purpose, state, language| MergedConsent {
            purpose,
            state,
            at,
            lead_id: Uuid::now_v7(),
            policy_sha256: "p\"1",
            text_sha256: Some("t"),
            language,
            language_asked: None,
        };
        let consents = [
            one("marketing_email", ConsentState::Granted, Some("de")),
            one("events", ConsentState::NotGiven, None),
            one("policy_ack", ConsentState::Withdrawn, Some("fr")),
            MergedConsent {
                at: at + chrono::Duration::milliseconds(5),
                text_sha256: None,
                language_asked: Some("x\\\u{1}"),
                ..one("events", ConsentState::Granted, Some("es"))
            },
            one("a_first", ConsentState::Granted, None),
        ];
        for n in 0..=consents.len() {
            assert_eq!(
                decisions_json(&consents[..n]),
                serde_json::to_string(&decisions(&consents[..n])).unwrap()
            );
        }
    }
}
