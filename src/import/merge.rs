//! The merge rules: how one contact is computed from its source leads. Pure: no
//! IO. A contact is always recomputed from all its sources, and [`Merged::add`] is
//! commutative (every choice is a maximum over a total order), so the result does
//! not depend on the order in which batches or leads arrive.
//!
//! - Contact fields (names, company, title, phone, country, rating, event): the
//!   value of the most recently captured source whose value is not empty; ties on
//!   capture time go to the greater lead id.
//! - Consents, per purpose: the most recent decision wins. A decision's time is
//!   the consent's `at`, or its `withdrawn_at` for a withdrawal (a withdrawal is a
//!   decision). On equal times the more restrictive decision wins (withdrawn over
//!   denied over granted), then the greater lead id.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

pub use crate::central::{ConsentFacts, ConsentState, SourceFacts};

/// The normalised email a contact is keyed by (trimmed and lowercased; `None`
/// for an empty email: such a lead is a contact of its own). Defined with the
/// person, whose erasure tombstone hashes the same form.
pub use crate::person::normalise_email;

/// The winning decision for one purpose of a contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// Granted, denied or withdrawn.
    pub state: ConsentState,
    /// When it was decided (RFC 3339 UTC).
    pub at: DateTime<Utc>,
    /// The source lead that carries it.
    pub lead_id: Uuid,
}

impl Decision {
    fn key(&self) -> (DateTime<Utc>, ConsentState, Uuid) {
        (self.at, self.state, self.lead_id)
    }
}

impl ConsentFacts {
    /// This record as a decision of `lead_id`.
    pub fn decision(&self, lead_id: Uuid) -> Decision {
        let (state, at) = match (self.granted, self.withdrawn_at) {
            (true, Some(w)) => (ConsentState::Withdrawn, w),
            (true, None) => (ConsentState::Granted, self.at),
            (false, _) => (ConsentState::Denied, self.at),
        };
        Decision { state, at, lead_id }
    }
}

/// The contact fields merged by "most recent non-empty wins", in this order.
pub const FIELDS: [&str; 6] = [
    "first_name",
    "last_name",
    "company",
    "job_title",
    "phone",
    "country",
];

type Recency = (DateTime<Utc>, Uuid);

/// A contact folded from its sources.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merged {
    fields: [Option<(Recency, String)>; 6],
    rating: Option<(Recency, String)>,
    event_name: Option<(Recency, String)>,
    consents: BTreeMap<String, Decision>,
    first: Option<DateTime<Utc>>,
    last: Option<DateTime<Utc>>,
    sources: u64,
}

fn take_if_newer(slot: &mut Option<(Recency, String)>, at: Recency, value: &str) {
    if value.is_empty() {
        return;
    }
    if slot.as_ref().is_none_or(|(k, _)| at > *k) {
        *slot = Some((at, value.to_owned()));
    }
}

impl Merged {
    /// Folds one source into the contact.
    pub fn add(&mut self, s: &SourceFacts) {
        let at = (s.captured_at, s.lead_id);
        for (slot, value) in self.fields.iter_mut().zip(&s.fields) {
            take_if_newer(slot, at, value);
        }
        take_if_newer(&mut self.rating, at, s.rating.as_deref().unwrap_or(""));
        take_if_newer(&mut self.event_name, at, &s.event_name);
        for c in &s.consents {
            let d = c.decision(s.lead_id);
            match self.consents.get_mut(&c.purpose) {
                Some(old) if old.key() >= d.key() => {}
                Some(old) => *old = d,
                None => {
                    self.consents.insert(c.purpose.clone(), d);
                }
            }
        }
        self.first = Some(self.first.map_or(s.captured_at, |f| f.min(s.captured_at)));
        self.last = Some(self.last.map_or(s.captured_at, |l| l.max(s.captured_at)));
        self.sources += 1;
    }

    /// How many sources were folded in.
    pub fn sources(&self) -> u64 {
        self.sources
    }

    /// The merged value of `FIELDS[i]` (empty when no source has one).
    pub fn field(&self, i: usize) -> &str {
        self.fields[i].as_ref().map_or("", |(_, v)| v)
    }

    /// The merged rating.
    pub fn rating(&self) -> Option<&str> {
        self.rating.as_ref().map(|(_, v)| v.as_str())
    }

    /// The event of the most recently captured source.
    pub fn event_name(&self) -> &str {
        self.event_name.as_ref().map_or("", |(_, v)| v)
    }

    /// The winning decision per purpose.
    pub fn consents(&self) -> &BTreeMap<String, Decision> {
        &self.consents
    }

    /// Earliest and latest capture time (`None` with no sources).
    pub fn captured_range(&self) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        self.first.zip(self.last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        format!("2026-11-29T{s}Z").parse().unwrap()
    }

    fn src(
        n: u128,
        at: &str,
        first: &str,
        phone: &str,
        consents: Vec<ConsentFacts>,
    ) -> SourceFacts {
        SourceFacts {
            lead_id: Uuid::from_u128(n),
            captured_at: t(at),
            event_name: format!("Event {n}"),
            fields: [
                first.into(),
                String::new(),
                String::new(),
                String::new(),
                phone.into(),
                String::new(),
            ],
            rating: None,
            consents,
        }
    }

    fn c(purpose: &str, granted: bool, at: &str, withdrawn: Option<&str>) -> ConsentFacts {
        ConsentFacts {
            purpose: purpose.into(),
            granted,
            at: t(at),
            withdrawn_at: withdrawn.map(t),
        }
    }

    #[test]
    fn email_is_trimmed_and_lowercased() {
        assert_eq!(
            normalise_email("  Ann.Lee@Example.COM "),
            Some("ann.lee@example.com".into())
        );
        assert_eq!(normalise_email("   "), None);
    }

    #[test]
    fn most_recent_non_empty_wins_and_order_does_not_matter() {
        let a = src(1, "10:00:00", "Ann", "+15550100", vec![]);
        let b = src(2, "11:00:00", "Annie", "", vec![]);
        let c_ = src(3, "09:00:00", "A.", "+15550199", vec![]);
        let mut one = Merged::default();
        for s in [&a, &b, &c_] {
            one.add(s);
        }
        let mut two = Merged::default();
        for s in [&c_, &b, &a] {
            two.add(s);
        }
        assert_eq!(one, two);
        assert_eq!(one.field(0), "Annie");
        assert_eq!(one.field(4), "+15550100", "the newest source has no phone");
        assert_eq!(one.event_name(), "Event 2");
        assert_eq!(one.sources(), 3);
        assert_eq!(one.captured_range(), Some((t("09:00:00"), t("11:00:00"))));
    }

    #[test]
    fn the_latest_decision_wins_and_a_withdrawal_is_a_decision() {
        let granted_early = src(
            1,
            "10:00:00",
            "A",
            "",
            vec![c("marketing_email", true, "10:00:00", Some("12:00:00"))],
        );
        let granted_later = src(
            2,
            "11:00:00",
            "A",
            "",
            vec![c("marketing_email", true, "11:00:00", None)],
        );
        let mut m = Merged::default();
        m.add(&granted_later);
        m.add(&granted_early);
        let d = &m.consents()["marketing_email"];
        assert_eq!(d.state, ConsentState::Withdrawn);
        assert_eq!(d.at, t("12:00:00"));
        assert_eq!(d.lead_id, Uuid::from_u128(1));

        let regranted = src(
            3,
            "13:00:00",
            "A",
            "",
            vec![c("marketing_email", true, "13:00:00", None)],
        );
        m.add(&regranted);
        assert_eq!(m.consents()["marketing_email"].state, ConsentState::Granted);
        // What is stored for the contact (the store's encoding is tested with it).
        let d = &m.consents()["marketing_email"];
        assert_eq!((d.state, d.at), (ConsentState::Granted, t("13:00:00")));
    }

    #[test]
    fn ties_go_to_the_more_restrictive_decision() {
        let yes = src(
            9,
            "10:00:00",
            "A",
            "",
            vec![c("events", true, "10:00:00", None)],
        );
        let no = src(
            1,
            "10:00:00",
            "A",
            "",
            vec![c("events", false, "10:00:00", None)],
        );
        for order in [[&yes, &no], [&no, &yes]] {
            let mut m = Merged::default();
            for s in order {
                m.add(s);
            }
            assert_eq!(m.consents()["events"].state, ConsentState::Denied);
        }
    }
}
