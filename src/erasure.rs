//! Erasures and consent withdrawals as records: what the booth queues when a lead
//! is erased or a consent withdrawn, and what a batch's `erasures.jsonl` carries so
//! the central side applies them too.
//!
//! One JSON object per line, `\n` line ends, keys in this order:
//! `{"kind":"erasure","lead_id":"…","at":"RFC 3339 UTC","by":"staff","device_id":"…"}`
//! and `{"kind":"withdrawal","lead_id":"…","purpose":"marketing_email","at":"…","by":"…","channel":"booth","device_id":"…"}`
//! (`channel`: how the withdrawal reached leadbooth, `booth` or `command_line`).
//! The store queues them in the same transaction as the change itself; they go
//! out in the next batch, stamped with the laptop's device id (which the central
//! office checks against the batch's: a laptop erases only its own leads).
//! Batches written before the device id was added carry none; their erasures
//! are the batch's device's all the same.

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
        /// The laptop that erased it (absent in older batches).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        device_id: Option<Uuid>,
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
        /// The laptop that recorded it (absent in older batches).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        device_id: Option<Uuid>,
    },
}

impl ErasureRecord {
    /// The record stamped with the laptop that made it.
    pub fn from_device(mut self, device: Uuid) -> Self {
        match &mut self {
            ErasureRecord::Erasure { device_id, .. }
            | ErasureRecord::Withdrawal { device_id, .. } => *device_id = Some(device),
        }
        self
    }

    /// The laptop that made it, if the record says.
    pub fn device_id(&self) -> Option<Uuid> {
        match self {
            ErasureRecord::Erasure { device_id, .. }
            | ErasureRecord::Withdrawal { device_id, .. } => *device_id,
        }
    }

    /// When it was made.
    pub fn at(&self) -> DateTime<Utc> {
        match self {
            ErasureRecord::Erasure { at, .. } | ErasureRecord::Withdrawal { at, .. } => *at,
        }
    }

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
            device_id: None,
        };
        let w = ErasureRecord::Withdrawal {
            lead_id: id,
            purpose: "marketing_email".into(),
            at,
            by: "Sam".into(),
            channel: None,
            device_id: None,
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
        let device = Uuid::from_u128(7);
        let stamped = serde_json::to_string(&e.clone().from_device(device)).unwrap();
        assert!(
            stamped.ends_with(r#""by":"Sam","device_id":"00000000-0000-0000-0000-000000000007"}"#),
            "{stamped}"
        );
        let back: ErasureRecord = serde_json::from_str(&stamped).unwrap();
        assert_eq!(back.device_id(), Some(device));
    }
}
