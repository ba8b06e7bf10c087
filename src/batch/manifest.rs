//! `manifest.json`: what a batch is, and the signature's trusted comment that
//! repeats its identity so a signature cannot be moved to another batch.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::config::{LanguageWording, QuestionWording};
use crate::lead::PolicyRef;
use crate::store::Scope;

/// The event a batch belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventRef {
    /// The event id (also in the folder name).
    pub id: String,
    /// The event's display name (the CSV's Lead Source).
    pub name: String,
}

/// First and last capture time of the leads in a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CapturedRange {
    /// Earliest `captured_at`.
    pub first: DateTime<Utc>,
    /// Latest `captured_at`.
    pub last: DateTime<Utc>,
}

impl CapturedRange {
    /// Widens the range to include `t` (or starts it).
    pub fn include(range: Option<Self>, t: DateTime<Utc>) -> Option<Self> {
        Some(match range {
            None => CapturedRange { first: t, last: t },
            Some(r) => CapturedRange {
                first: r.first.min(t),
                last: r.last.max(t),
            },
        })
    }
}

/// `manifest.json` of format `leadbooth-batch/4` (and `/3`, `/2`, `/1`); the field order is the key order
/// written (pretty-printed JSON, `\n` line ends, a final newline).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always [`super::FORMAT`].
    pub format: String,
    /// UUIDv7 of this batch.
    pub batch_id: Uuid,
    /// The event.
    pub event: EventRef,
    /// The booth laptop's UUID.
    pub device_id: Uuid,
    /// The signing key's minisign key id: 16 uppercase hex digits, as `minisign`
    /// prints it.
    pub key_id: String,
    /// 1, 2, 3, ... per device.
    pub seq: u64,
    /// When the batch was written (RFC 3339 UTC).
    pub created_at: DateTime<Utc>,
    /// Incremental or all.
    pub scope: Scope,
    /// Lines in `leads.jsonl` (= data rows in `leads.csv`).
    pub lead_count: u64,
    /// Lines in `erasures.jsonl`.
    pub erasure_count: u64,
    /// Capture-time range of the leads; `null` when there are none.
    pub captured_at: Option<CapturedRange>,
    /// The distinct policy versions the leads consented under, in order of first
    /// appearance.
    pub policy_versions: Vec<PolicyRef>,
    /// Lowercase hex SHA-256 of the previous batch's `SHA256SUMS` bytes; `null` for
    /// seq 1.
    pub previous: Option<String>,
    /// Schema version of the lead records ([`crate::lead::SCHEMA_VERSION`]).
    pub lead_schema_version: u32,
    /// Format 3: the wording of the event's questions when the batch was
    /// written (an empty list for an event without questions); absent in the
    /// formats before, whose manifests stay byte for byte what they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questions: Option<Vec<QuestionWording>>,
    /// Format 4: everything the event says to an attendee (purposes, questions,
    /// notice, policy URL) in every shipped language, the default language
    /// first, as the batch was written; each purpose's wording with the
    /// language it is really in and its SHA-256. So the office can show what
    /// each language said and match a record's `text_sha256` to it. Absent in
    /// the formats before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Vec<LanguageWording>>,
}

impl Manifest {
    /// The bytes written to `manifest.json`.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec_pretty(self).expect("manifest serialises");
        v.push(b'\n');
        v
    }

    /// The batch folder name: `<event id>-<device short id>-<seq 6 digits>`.
    pub fn folder_name(&self) -> String {
        super::batch_folder_name(&self.event.id, self.device_id, self.seq)
    }
}

/// The signature's trusted comment for `m`:
/// `leadbooth-batch/2 batch_id=… event=… device=… seq=… leads=… erasures=…`.
pub fn trusted_comment(m: &Manifest) -> String {
    format!(
        "{} batch_id={} event={} device={} seq={} leads={} erasures={}",
        m.format, m.batch_id, m.event.id, m.device_id, m.seq, m.lead_count, m.erasure_count
    )
}
