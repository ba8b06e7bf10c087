//! The central rules a verified batch must hold before anything of it is
//! written that depend on what the central store holds: who may speak for a
//! device (its key binding) and whose leads a record may touch. The rules of
//! each record on its own (the batch's device and event, the lead rules, no
//! time in the future) are the batch's ([`crate::batch::rules`]): verification
//! checks them on every line (`apply` again on each erasure record; a lead's
//! line is proved to be one verification checked by the file's SHA-256).

use std::path::Path;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{Options, Refusal, Trust};
use crate::batch::VerifiedBatch;
use crate::central::LeadOnFile;

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
    let file = |key: &str| trust.file_of(key).map(Path::to_owned);
    Err(Refusal::DeviceKey {
        device,
        bound: bound.to_owned(),
        bound_file: file(bound),
        signed: v.key_id.clone(),
        signed_file: file(&v.key_id),
    })
}

/// The manifest's own time: a batch is not written in the future (checked by
/// verification too; again here against the import's clock).
pub(super) fn manifest_times(v: &VerifiedBatch, now: DateTime<Utc>) -> Result<(), Refusal> {
    crate::batch::rules::manifest_created_at(&v.manifest, now).map_err(|detail| {
        Refusal::ManifestRule {
            path: v.dir.join(crate::batch::MANIFEST),
            detail,
        }
    })
}
