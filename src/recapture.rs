//! The same person captured twice at one show: which saved lead a new capture
//! repeats (same email, phone or registration ID), and what "update that lead
//! instead" makes of the two.
//!
//! The consent record stays truthful: each of today's decisions is recorded as
//! a decision of its own (a new record id, today's tick and save times). A grant
//! today becomes the purpose's current record; not ticking today is "not given",
//! never a withdrawal, so an earlier grant (or an earlier withdrawal) stays the
//! current record. Whatever is not current goes to the consent history, so
//! nothing decided is lost.

use chrono::{DateTime, Utc};

use crate::consent::ConsentRecord;
use crate::lead::Lead;

/// Which identifier a new capture shares with a saved lead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchedBy {
    /// The same email (without case).
    Email,
    /// The same phone number (as stored: E.164 when it parsed).
    Phone,
    /// The same registration ID from a badge.
    BadgeId,
}

impl MatchedBy {
    /// The field's name as messages say it.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchedBy::Email => "email",
            MatchedBy::Phone => "phone",
            MatchedBy::BadgeId => "badge ID",
        }
    }
}

/// A saved lead that a new capture repeats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// The saved lead's id.
    pub lead_id: String,
    /// When it was captured.
    pub captured_at: DateTime<Utc>,
    /// Who captured it.
    pub captured_by: String,
    /// Its name, as the list shows it.
    pub name: String,
    /// What the two share.
    pub matched_by: MatchedBy,
}

/// Why a consent record went to the history instead of staying current.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryReason {
    /// The earlier record, replaced by today's decision.
    Superseded,
    /// Today's decision ("not given"), recorded while the earlier record (a
    /// grant that stands, or a withdrawal) stays current.
    NotCurrent,
}

impl HistoryReason {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            HistoryReason::Superseded => "superseded",
            HistoryReason::NotCurrent => "recorded_not_current",
        }
    }
}

/// The saved lead updated with a new capture of the same person, and the
/// consent records that leave (or never enter) the current set.
#[derive(Debug, Clone)]
pub struct Recapture {
    /// The saved lead with today's details and current consents.
    pub lead: Lead,
    /// Records kept in the history, with why.
    pub history: Vec<(ConsentRecord, HistoryReason)>,
}

/// Merges `today` (a lead just built from the form) into `saved`: today's
/// non-empty contact fields, rating, answers and registration ID replace the
/// saved ones; notes are kept from both; the saved lead keeps its id, capture
/// time, collector and policy. Consents as the module says.
pub fn merge(saved: &Lead, today: &Lead) -> Recapture {
    let mut lead = saved.clone();
    let take = |old: &mut String, new: &str| {
        if !new.trim().is_empty() {
            *old = new.to_owned();
        }
    };
    take(&mut lead.first_name, &today.first_name);
    take(&mut lead.last_name, &today.last_name);
    take(&mut lead.email, &today.email);
    take(&mut lead.company, &today.company);
    take(&mut lead.job_title, &today.job_title);
    take(&mut lead.phone, &today.phone);
    take(&mut lead.country, &today.country);
    let new_notes = today.notes.trim();
    if !new_notes.is_empty() && !lead.notes.contains(new_notes) {
        lead.notes = if lead.notes.trim().is_empty() {
            today.notes.clone()
        } else {
            format!("{}\n{}", lead.notes, today.notes)
        };
    }
    if today.rating.is_some() {
        lead.rating = today.rating;
    }
    for (k, v) in &today.answers {
        lead.answers.insert(k.clone(), v.clone());
    }
    if today.badge_id.is_some() {
        lead.badge_id = today.badge_id.clone();
    }
    let mut history = Vec::new();
    for new in &today.consents {
        match lead.consents.iter_mut().find(|c| c.purpose == new.purpose) {
            None => lead.consents.push(new.clone()),
            Some(old) => {
                // A grant today is the current decision; "not given" today
                // replaces only an earlier "not given".
                let replaces = new.granted || (!old.granted && old.withdrawn_at.is_none());
                if replaces {
                    history.push((old.clone(), HistoryReason::Superseded));
                    *old = new.clone();
                } else {
                    history.push((new.clone(), HistoryReason::NotCurrent));
                }
            }
        }
    }
    lead.data_categories = lead.held_categories();
    Recapture { lead, history }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Event;
    use crate::lead::{Capture, ConsentDecision, LeadDraft, Provenance, Source, build_lead};

    fn lead(email: &str, ticks: &[&str], at: &str) -> Lead {
        let event = Event::demo();
        let now: DateTime<Utc> = at.parse().unwrap();
        let draft = LeadDraft {
            contact: crate::lead::Contact {
                first_name: "Kari".into(),
                last_name: "Nordmann".into(),
                email: email.into(),
                ..Default::default()
            },
            consents: event
                .purposes
                .iter()
                .map(|p| {
                    let t = p.id == "policy_ack" || ticks.contains(&p.id.as_str());
                    if t {
                        ConsentDecision::ticked(&p.id, now)
                    } else {
                        ConsentDecision::new(&p.id, false)
                    }
                })
                .collect(),
            ..Default::default()
        };
        let capture = Capture {
            event: &event,
            device_id: uuid::Uuid::nil(),
            captured_by: "Sam".into(),
            source: Source::Staff,
            method: crate::consent::ConsentMethod::StaffAssisted,
            now,
            os_user: String::new(),
        };
        build_lead(&draft, &capture, &Provenance::default())
            .unwrap()
            .0
    }

    #[test]
    fn todays_grant_is_current_and_the_old_record_goes_to_history() {
        let saved = lead("kari@example.no", &[], "2026-12-01T09:00:00Z");
        let mut today = lead("x@example.no", &["marketing_email"], "2026-12-01T13:42:00Z");
        today.email.clear();
        let r = merge(&saved, &today);
        let c = r.lead.consent("marketing_email").unwrap();
        assert!(c.granted);
        assert_eq!(
            c.record_id,
            today.consent("marketing_email").unwrap().record_id
        );
        assert_eq!(
            r.lead.email, "kari@example.no",
            "an empty field keeps the saved value"
        );
        assert_eq!(r.lead.lead_id, saved.lead_id);
        assert!(
            r.history
                .iter()
                .any(|(h, why)| h.purpose == "marketing_email"
                    && !h.granted
                    && *why == HistoryReason::Superseded)
        );
    }

    #[test]
    fn not_ticking_today_never_withdraws_an_earlier_grant_but_is_recorded() {
        let saved = lead("kari@example.no", &["events"], "2026-12-01T09:00:00Z");
        let today = lead("kari@example.no", &[], "2026-12-01T13:42:00Z");
        let r = merge(&saved, &today);
        let c = r.lead.consent("events").unwrap();
        assert!(c.is_active());
        assert_eq!(c.record_id, saved.consent("events").unwrap().record_id);
        let recorded = r
            .history
            .iter()
            .find(|(h, _)| h.purpose == "events")
            .unwrap();
        assert!(!recorded.0.granted);
        assert_eq!(recorded.1, HistoryReason::NotCurrent);
        assert_eq!(
            recorded.0.record_id,
            today.consent("events").unwrap().record_id
        );
        // Every one of today's decisions is somewhere: current or history.
        for d in &today.consents {
            let current = r.lead.consent(&d.purpose).unwrap().record_id == d.record_id;
            let kept = r.history.iter().any(|(h, _)| h.record_id == d.record_id);
            assert!(current || kept, "{} lost", d.purpose);
        }
    }
}
