//! `erasures.jsonl`: the erasures and consent withdrawals a batch carries, so the
//! central side applies them too.
//!
//! One JSON object per line, `\n` line ends, keys in this order:
//! `{"kind":"erasure","lead_id":"…","at":"RFC 3339 UTC","by":"staff"}` and
//! `{"kind":"withdrawal","lead_id":"…","purpose":"marketing_email","at":"…","by":"…"}`.
//! They are recorded in the `erasures` table when they happen ([`record_erasure`],
//! in the same transaction as the change itself) and go out in the next batch.

use chrono::{DateTime, Utc};
use rusqlite::{Transaction, params};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::lead::rfc3339;

/// One line of `erasures.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum ErasureRecord {
    /// Right to erasure: the lead's personal data was removed (a tombstone stays).
    Erasure {
        /// The lead.
        lead_id: Uuid,
        /// When (RFC 3339 UTC).
        at: DateTime<Utc>,
        /// Who did it.
        by: String,
    },
    /// A granted consent was withdrawn.
    Withdrawal {
        /// The lead.
        lead_id: Uuid,
        /// The purpose withdrawn.
        purpose: String,
        /// When (RFC 3339 UTC).
        at: DateTime<Utc>,
        /// Who recorded it.
        by: String,
    },
}

impl ErasureRecord {
    /// The lead concerned.
    pub fn lead_id(&self) -> Uuid {
        match self {
            ErasureRecord::Erasure { lead_id, .. } | ErasureRecord::Withdrawal { lead_id, .. } => {
                *lead_id
            }
        }
    }
}

/// Queues `record` for the next batch. Call it inside the transaction that erases
/// the lead or withdraws the consent, so the two cannot come apart.
pub fn record_erasure(tx: &Transaction<'_>, record: &ErasureRecord) -> rusqlite::Result<()> {
    let (kind, lead_id, purpose, at, by) = match record {
        ErasureRecord::Erasure { lead_id, at, by } => ("erasure", lead_id, None, at, by),
        ErasureRecord::Withdrawal {
            lead_id,
            purpose,
            at,
            by,
        } => ("withdrawal", lead_id, Some(purpose), at, by),
    };
    tx.execute(
        "INSERT INTO erasures (kind, lead_id, purpose, at, by) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![kind, lead_id.to_string(), purpose, rfc3339(at), by],
    )
    .map(|_| ())
}

/// Builds a record from an `erasures` row `(kind, lead_id, purpose, at, by)`.
pub(crate) fn from_row(r: &rusqlite::Row<'_>) -> Result<ErasureRecord, String> {
    let get = |i: usize| r.get::<_, Option<String>>(i).map_err(|e| e.to_string());
    let kind = get(0)?.unwrap_or_default();
    let lead_id = get(1)?.unwrap_or_default();
    let lead_id = Uuid::parse_str(&lead_id).map_err(|e| format!("lead_id {lead_id:?}: {e}"))?;
    let at = get(3)?.unwrap_or_default();
    let at = at
        .parse::<DateTime<Utc>>()
        .map_err(|e| format!("at {at:?}: {e}"))?;
    let by = get(4)?.unwrap_or_default();
    match (kind.as_str(), get(2)?) {
        ("erasure", None) => Ok(ErasureRecord::Erasure { lead_id, at, by }),
        ("withdrawal", Some(purpose)) => Ok(ErasureRecord::Withdrawal {
            lead_id,
            purpose,
            at,
            by,
        }),
        (k, _) => Err(format!("kind {k:?} does not match its purpose")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_format_has_kind_first_and_rejects_unknown_keys() {
        let id = Uuid::nil();
        let at: DateTime<Utc> = "2026-11-29T10:15:03Z".parse().unwrap();
        let e = ErasureRecord::Erasure {
            lead_id: id,
            at,
            by: "Sam".into(),
        };
        let w = ErasureRecord::Withdrawal {
            lead_id: id,
            purpose: "marketing_email".into(),
            at,
            by: "Sam".into(),
        };
        let e_json = serde_json::to_string(&e).unwrap();
        let w_json = serde_json::to_string(&w).unwrap();
        assert_eq!(
            e_json,
            r#"{"kind":"erasure","lead_id":"00000000-0000-0000-0000-000000000000","at":"2026-11-29T10:15:03Z","by":"Sam"}"#
        );
        assert_eq!(
            w_json,
            r#"{"kind":"withdrawal","lead_id":"00000000-0000-0000-0000-000000000000","purpose":"marketing_email","at":"2026-11-29T10:15:03Z","by":"Sam"}"#
        );
        assert_eq!(serde_json::from_str::<ErasureRecord>(&w_json).unwrap(), w);
        assert!(serde_json::from_str::<ErasureRecord>(&e_json.replace("}", r#","x":1}"#)).is_err());
        assert!(
            serde_json::from_str::<ErasureRecord>(&e_json.replace("erasure", "purge")).is_err()
        );
    }
}
