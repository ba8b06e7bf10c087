//! Each device's hash chain: `seq` 1, 2, 3, ... with `previous` = the SHA-256 of
//! the preceding batch's `SHA256SUMS`. Checked inside the batch's transaction,
//! against both neighbours already imported.

use rusqlite::{OptionalExtension, Transaction, params};

use super::{MAX_GAP, Refusal};
use crate::batch::VerifiedBatch;

/// Where a batch fits.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Place {
    /// Imported before (same `SHA256SUMS`).
    AlreadyImported {
        /// When.
        imported_at: String,
    },
    /// It fits; `gap` = missing seqs before it to record, `fills` = it fills a
    /// recorded gap.
    Fits {
        gap: Option<(u64, u64)>,
        fills: bool,
    },
}

/// What stopped the chain check.
pub(super) enum Stop {
    Refused(Refusal),
    Sql(&'static str, rusqlite::Error),
}

impl From<Refusal> for Stop {
    fn from(r: Refusal) -> Self {
        Stop::Refused(r)
    }
}

fn sql(doing: &'static str) -> impl Fn(rusqlite::Error) -> Stop {
    move |e| Stop::Sql(doing, e)
}

/// Decides where `v` fits in its device's chain (see [`Place`]); a fork is
/// always refused, a gap unless `allow_gaps`.
pub(super) fn place(
    tx: &Transaction<'_>,
    v: &VerifiedBatch,
    allow_gaps: bool,
) -> Result<Place, Stop> {
    let m = &v.manifest;
    let device = m.device_id;
    let dev = device.to_string();
    let seq = m.seq;
    let fork = |detail: String| {
        Stop::Refused(Refusal::Fork {
            device,
            seq,
            detail,
        })
    };

    if let Some(imported_at) = tx
        .query_row(
            "SELECT imported_at FROM batches WHERE sums_sha256 = ?1",
            [&v.sums_sha256],
            |r| r.get::<_, String>(0),
        )
        .optional()
        .map_err(sql("looking up the batch"))?
    {
        return Ok(Place::AlreadyImported { imported_at });
    }
    if let Some(folder) = tx
        .query_row(
            "SELECT folder FROM batches WHERE batch_id = ?1",
            [m.batch_id.to_string()],
            |r| r.get::<_, String>(0),
        )
        .optional()
        .map_err(sql("looking up the batch id"))?
    {
        return Err(fork(format!(
            "batch id {} was already imported from {folder} with different content",
            m.batch_id
        )));
    }
    let at = |s: u64| -> Result<Option<(String, Option<String>, String)>, Stop> {
        tx.query_row(
            "SELECT sums_sha256, previous, folder FROM batches WHERE device_id = ?1 AND seq = ?2",
            params![dev, s as i64],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()
        .map_err(sql("reading the device's chain"))
    };
    if let Some((_, _, folder)) = at(seq)? {
        return Err(fork(format!(
            "a different batch with this seq was already imported from {folder}"
        )));
    }

    let mut gap = None;
    if seq > 1 {
        match at(seq - 1)? {
            Some((hash, _, folder)) => {
                if m.previous.as_deref() != Some(hash.as_str()) {
                    return Err(fork(format!(
                        "its previous ({}) is not the SHA-256 of SHA256SUMS of seq {} imported from {folder} ({hash})",
                        m.previous.as_deref().unwrap_or("null"),
                        seq - 1
                    )));
                }
            }
            None => {
                let below: i64 = tx
                    .query_row(
                        "SELECT coalesce(max(seq), 0) FROM batches WHERE device_id = ?1 AND seq < ?2",
                        params![dev, seq as i64],
                        |r| r.get(0),
                    )
                    .map_err(sql("reading the device's chain"))?;
                let (from, to) = (below as u64 + 1, seq - 1);
                let recorded: i64 = tx
                    .query_row(
                        "SELECT count(*) FROM gaps WHERE device_id = ?1 AND seq BETWEEN ?2 AND ?3 AND filled_by IS NULL",
                        params![dev, from as i64, to as i64],
                        |r| r.get(0),
                    )
                    .map_err(sql("reading recorded gaps"))?;
                if (recorded as u64) < to - from + 1 {
                    if !allow_gaps {
                        return Err(Refusal::Gap {
                            device,
                            seq,
                            from,
                            to,
                        }
                        .into());
                    }
                    if to - from + 1 > MAX_GAP {
                        return Err(Refusal::GapTooBig {
                            device,
                            seq,
                            missing: to - from + 1,
                        }
                        .into());
                    }
                    gap = Some((from, to));
                }
            }
        }
    }
    if let Some((_, previous, folder)) = at(seq + 1)?
        && previous.as_deref() != Some(v.sums_sha256.as_str())
    {
        return Err(fork(format!(
            "seq {} imported from {folder} names previous {}, but this batch's SHA256SUMS hashes to {}",
            seq + 1,
            previous.as_deref().unwrap_or("null"),
            v.sums_sha256
        )));
    }
    let fills = tx
        .query_row(
            "SELECT 1 FROM gaps WHERE device_id = ?1 AND seq = ?2 AND filled_by IS NULL",
            params![dev, seq as i64],
            |_| Ok(()),
        )
        .optional()
        .map_err(sql("reading recorded gaps"))?
        .is_some();
    Ok(Place::Fits { gap, fills })
}
