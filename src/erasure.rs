//! Erasures and consent withdrawals as records: what the booth queues when a lead
//! is erased or a consent withdrawn, and what a batch's `erasures.jsonl` carries so
//! the central side applies them too.
//!
//! One JSON object per line, `\n` line ends, keys in this order:
//! `{"kind":"erasure","lead_id":"…","at":"RFC 3339 UTC","by":"staff"}` and
//! `{"kind":"withdrawal","lead_id":"…","purpose":"marketing_email","at":"…","by":"…"}`.
//! The store queues them in the same transaction as the change itself; they go
//! out in the next batch.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

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
        /// How it reached leadbooth (`booth`, `command_line`); absent in batches
        /// of the old format.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        channel: Option<String>,
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
            channel: None,
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
