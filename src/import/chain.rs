//! Each device's hash chain: `seq` 1, 2, 3, ... with `previous` = the SHA-256 of
//! the preceding batch's `SHA256SUMS`. Decided inside the batch's transaction
//! from what the store holds about both neighbours ([`ChainFacts`]).

use uuid::Uuid;

use super::{ForkDetail, MAX_GAP, Refusal};
use crate::central::ChainFacts;
use crate::lead::rfc3339;

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

/// What a batch claims about its place, from its verified manifest.
#[derive(Debug, Clone, Copy)]
pub(super) struct Claim<'a> {
    pub device: Uuid,
    pub seq: u64,
    pub batch_id: Uuid,
    pub previous: Option<&'a str>,
    /// SHA-256 of its `SHA256SUMS`.
    pub sums_sha256: &'a str,
}

/// Decides where a batch fits in its device's chain (see [`Place`]); a fork is
/// always refused, a gap unless `allow_gaps`.
pub(super) fn place(b: Claim<'_>, facts: &ChainFacts, allow_gaps: bool) -> Result<Place, Refusal> {
    let Claim {
        device,
        seq,
        batch_id,
        previous,
        sums_sha256,
    } = b;
    let fork = |detail: ForkDetail| Refusal::Fork {
        device,
        seq,
        detail,
    };

    if let Some(at) = &facts.imported_at {
        return Ok(Place::AlreadyImported {
            imported_at: rfc3339(at),
        });
    }
    if let Some(folder) = &facts.same_batch_id {
        return Err(fork(ForkDetail::SameBatchId {
            batch_id,
            folder: folder.clone(),
        }));
    }
    if let Some(link) = &facts.at_seq {
        return Err(fork(ForkDetail::SameSeq {
            folder: link.folder.clone(),
        }));
    }

    let mut gap = None;
    if seq > 1 {
        match &facts.below {
            Some((s, link)) if *s == seq - 1 => {
                if previous != Some(link.sums_sha256.as_str()) {
                    return Err(fork(ForkDetail::Previous {
                        previous: previous.map(str::to_owned),
                        below: seq - 1,
                        folder: link.folder.clone(),
                        hash: link.sums_sha256.clone(),
                    }));
                }
            }
            below => {
                let (from, to) = (below.as_ref().map_or(0, |b| b.0) + 1, seq - 1);
                if facts.open_gaps_below < to - from + 1 {
                    if !allow_gaps {
                        return Err(Refusal::Gap {
                            device,
                            seq,
                            from,
                            to,
                        });
                    }
                    if to - from + 1 > MAX_GAP {
                        return Err(Refusal::GapTooBig {
                            device,
                            seq,
                            missing: to - from + 1,
                        });
                    }
                    gap = Some((from, to));
                }
            }
        }
    }
    if let Some(next) = &facts.next
        && next.previous.as_deref() != Some(sums_sha256)
    {
        return Err(fork(ForkDetail::Next {
            next: seq + 1,
            folder: next.folder.clone(),
            previous: next.previous.clone(),
            hash: sums_sha256.to_owned(),
        }));
    }
    Ok(Place::Fits {
        gap,
        fills: facts.fills_gap,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::central::ChainLink;

    fn claim(seq: u64, previous: Option<&'static str>) -> Claim<'static> {
        Claim {
            device: Uuid::from_u128(7),
            seq,
            batch_id: Uuid::from_u128(seq.into()),
            previous,
            sums_sha256: "this",
        }
    }

    fn link(sums: &str, previous: Option<&str>) -> ChainLink {
        ChainLink {
            sums_sha256: sums.into(),
            previous: previous.map(Into::into),
            folder: "f".into(),
        }
    }

    #[test]
    fn the_first_batch_and_a_chained_one_fit() {
        let empty = ChainFacts::default();
        assert_eq!(
            place(claim(1, None), &empty, false).unwrap(),
            Place::Fits {
                gap: None,
                fills: false
            }
        );
        let after_one = ChainFacts {
            below: Some((1, link("one", None))),
            last_seq: 1,
            ..ChainFacts::default()
        };
        assert!(place(claim(2, Some("one")), &after_one, false).is_ok());
        assert!(matches!(
            place(claim(2, Some("other")), &after_one, false),
            Err(Refusal::Fork { seq: 2, .. })
        ));
    }

    #[test]
    fn a_gap_counts_the_recorded_ones_and_has_a_limit() {
        let below = ChainFacts {
            below: Some((1, link("one", None))),
            ..ChainFacts::default()
        };
        assert!(matches!(
            place(claim(4, Some("three")), &below, false),
            Err(Refusal::Gap { from: 2, to: 3, .. })
        ));
        assert_eq!(
            place(claim(4, Some("three")), &below, true).unwrap(),
            Place::Fits {
                gap: Some((2, 3)),
                fills: false
            }
        );
        // Both missing seqs already recorded: nothing new to record.
        let recorded = ChainFacts {
            open_gaps_below: 2,
            ..below.clone()
        };
        assert_eq!(
            place(claim(4, Some("three")), &recorded, false).unwrap(),
            Place::Fits {
                gap: None,
                fills: false
            }
        );
        assert!(matches!(
            place(claim(MAX_GAP + 3, None), &below, true),
            Err(Refusal::GapTooBig { missing, .. }) if missing == MAX_GAP + 1
        ));
    }

    #[test]
    fn the_next_batch_must_name_this_one() {
        let facts = ChainFacts {
            next: Some(link("three", Some("not this"))),
            fills_gap: true,
            ..ChainFacts::default()
        };
        assert!(matches!(
            place(claim(1, None), &facts, true),
            Err(Refusal::Fork { .. })
        ));
        let facts = ChainFacts {
            next: Some(link("three", Some("this"))),
            fills_gap: true,
            ..ChainFacts::default()
        };
        assert_eq!(
            place(claim(1, None), &facts, false).unwrap(),
            Place::Fits {
                gap: None,
                fills: true
            }
        );
    }
}
