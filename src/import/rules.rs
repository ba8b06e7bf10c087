//! The central rules a verified batch's records must hold before anything of
//! them is written: who may speak for a device (its key binding), whose leads a
//! record may touch, that every record carries the batch's device and event and
//! passes the lead rules, and that no time lies in the future. Each returns the
//! message of its refusal; `apply` turns it into a [`Refusal`] naming the file
//! and line.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{Options, Refusal, Trust};
use crate::batch::{Manifest, VerifiedBatch};
use crate::central::LeadOnFile;
use crate::erasure::ErasureRecord;
use crate::lead::{Lead, rfc3339};
use crate::limits::CLOCK_SKEW_HOURS;

/// The device a lead on file belongs to: the one whose batch brought it, its
/// erasure or a withdrawal of it first. `None`: nobody's yet.
pub(super) fn owner(on_file: &LeadOnFile) -> Option<Uuid> {
    match on_file {
        LeadOnFile::Erased { device_id } => Some(*device_id),
        LeadOnFile::Known {
            current: Some(v), ..
        } => Some(v.device_id),
        LeadOnFile::Known {
            current: None,
            withdrawals,
        } => withdrawals.first().map(|w| w.device_id),
    }
}

/// A device is bound to the key that signed its first imported batch. A batch of
/// a bound device signed by another key is refused, naming both, unless the
/// device is in `--rebind` (a laptop whose key was replaced on purpose). Returns
/// the key the device was bound to when it is rebound now.
pub(super) fn key_binding(
    v: &VerifiedBatch,
    bound: Option<&str>,
    options: &Options,
    trust: &Trust,
) -> Result<Option<String>, Refusal> {
    let Some(bound) = bound.filter(|b| *b != v.key_id) else {
        return Ok(None);
    };
    let device = v.manifest.device_id;
    if options.rebind.contains(&device) {
        return Ok(Some(bound.to_owned()));
    }
    let file = |key: &str| match trust.file_of(key) {
        Some(path) => format!(" ({})", path.display()),
        None => " (no longer in the trust folder)".to_owned(),
    };
    Err(Refusal::DeviceKey {
        device,
        bound: bound.to_owned(),
        bound_file: file(bound),
        signed: v.key_id.clone(),
        signed_file: file(&v.key_id),
    })
}

/// `t` as a refusal's words when it lies more than [`CLOCK_SKEW_HOURS`] after
/// `now`.
pub(super) fn in_future(t: &DateTime<Utc>, now: DateTime<Utc>) -> Option<String> {
    (*t > now + chrono::Duration::hours(CLOCK_SKEW_HOURS)).then(|| {
        format!(
            "{} is in the future (more than {CLOCK_SKEW_HOURS} hours after the import at {}); check the laptop's clock",
            rfc3339(t),
            rfc3339(&now)
        )
    })
}

/// The manifest's own time: a batch is not written in the future.
pub(super) fn manifest_times(v: &VerifiedBatch, now: DateTime<Utc>) -> Result<(), Refusal> {
    match in_future(&v.manifest.created_at, now) {
        Some(words) => Err(Refusal::ManifestRule {
            path: v.dir.join(crate::batch::MANIFEST),
            detail: format!("created_at {words}"),
        }),
        None => Ok(()),
    }
}

/// A lead of the batch: the batch's device and event, and the lead rules
/// ([`crate::lead::check_record`], times included).
pub(super) fn lead_record(m: &Manifest, lead: &Lead, now: DateTime<Utc>) -> Result<(), String> {
    let id = lead.lead_id;
    if lead.device_id != m.device_id {
        return Err(format!(
            "lead {id}: device_id {} is not the batch's device {}: a batch carries only its own laptop's leads",
            lead.device_id, m.device_id
        ));
    }
    if lead.event_id != m.event.id {
        return Err(format!(
            "lead {id}: event_id {:?} is not the batch's event {:?}",
            crate::text::sanitize_line(&lead.event_id),
            crate::text::sanitize_line(&m.event.id)
        ));
    }
    crate::lead::check_record(lead, now).map_err(|e| format!("lead {id}: {e}"))
}

/// An erasure or withdrawal record of the batch: the batch's device when the
/// record names one, a purpose id for a withdrawal, and a time not in the future.
pub(super) fn erasure_record(
    m: &Manifest,
    record: &ErasureRecord,
    now: DateTime<Utc>,
) -> Result<(), String> {
    let id = record.lead_id();
    if let Some(device) = record.device_id().filter(|d| *d != m.device_id) {
        return Err(format!(
            "lead {id}: device_id {device} is not the batch's device {}",
            m.device_id
        ));
    }
    if let ErasureRecord::Withdrawal { purpose, .. } = record
        && !crate::config::is_purpose_id(purpose)
    {
        return Err(format!(
            "lead {id}: purpose {:?} is not a purpose id",
            crate::text::sanitize_line(purpose)
        ));
    }
    // Who recorded it and through which channel (issue 11) are kept at the
    // central office as part of the consent record: single lines within the
    // field limit, as every field a batch brings.
    let (by, channel) = match record {
        ErasureRecord::Erasure { by, .. } => (by, None),
        ErasureRecord::Withdrawal { by, channel, .. } => (by, channel.as_ref()),
    };
    for (field, value) in [("by", Some(by)), ("channel", channel)] {
        let Some(value) = value else { continue };
        if let Some((pos, c)) = crate::text::first_control(value) {
            return Err(format!(
                "lead {id}: {field} contains control character U+{:04X} at position {}",
                c as u32,
                pos + 1
            ));
        }
        crate::limits::check_chars(field, value, crate::limits::FIELD_CHARS)
            .map_err(|e| format!("lead {id}: {e}"))?;
    }
    match in_future(&record.at(), now) {
        Some(words) => Err(format!("lead {id}: at {words}")),
        None => Ok(()),
    }
}
