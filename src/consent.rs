//! Consent purposes and the per-purpose consent record (SPEC.md "Default consent
//! purposes" and the `consents` array of the lead record).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One thing an attendee can agree to, shown as its own checkbox, unticked when the
/// form opens. Configured per event as `[[purpose]]`, in display order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// Stable identifier, e.g. `marketing_email`: lowercase letters, digits and `_`.
    pub id: String,
    /// The exact wording shown beside the checkbox; recorded with each decision.
    pub label: String,
    /// A required purpose must be granted before the lead can be saved.
    #[serde(default)]
    pub required: bool,
}

/// How the consent was collected: `staff_assisted` (staff mode, CLI) or
/// `self_service` (kiosk mode, the attendee at the keyboard).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentMethod {
    /// Booth staff entered the lead with the attendee present.
    StaffAssisted,
    /// The attendee used the kiosk on their own.
    SelfService,
}

impl ConsentMethod {
    /// The wire name used in JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            ConsentMethod::StaffAssisted => "staff_assisted",
            ConsentMethod::SelfService => "self_service",
        }
    }

    /// Parses the wire name; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "staff_assisted" => Some(ConsentMethod::StaffAssisted),
            "self_service" => Some(ConsentMethod::SelfService),
            _ => None,
        }
    }
}

/// One purpose's decision on one lead, as exported (`consents[]` in SPEC.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentRecord {
    /// The purpose id.
    pub purpose: String,
    /// Whether the box was ticked.
    pub granted: bool,
    /// The label the attendee saw, word for word.
    pub text: String,
    /// When the decision was recorded (RFC 3339, UTC).
    pub at: DateTime<Utc>,
    /// How it was collected.
    pub method: ConsentMethod,
    /// When a grant was later withdrawn (RFC 3339, UTC), else `null`.
    pub withdrawn_at: Option<DateTime<Utc>>,
}

impl ConsentRecord {
    /// Granted and not withdrawn: the purpose may be acted on now.
    pub fn is_active(&self) -> bool {
        self.granted && self.withdrawn_at.is_none()
    }
}

/// The id of the purpose every lead must grant under the default policy.
pub const POLICY_ACK: &str = "policy_ack";

/// The default purposes of the built-in policy, in display order, with labels
/// written in plain language for this product. `organisation` names the controller.
pub fn default_purposes(organisation: &str) -> Vec<Purpose> {
    let p = |id: &str, label: String, required: bool| Purpose {
        id: id.to_owned(),
        label,
        required,
    };
    vec![
        p(
            POLICY_ACK,
            format!(
                "I have seen the privacy policy and agree that {organisation} stores my details to follow up on today's conversation."
            ),
            true,
        ),
        p(
            "marketing_email",
            format!("Send me marketing information from {organisation} by email."),
            false,
        ),
        p(
            "marketing_phone",
            format!("Contact me with marketing information from {organisation} by phone."),
            false,
        ),
        p(
            "marketing_mail",
            format!("Send me marketing information from {organisation} by post."),
            false,
        ),
        p(
            "events",
            format!("Invite me to {organisation} seminars and webinars."),
            false,
        ),
        p(
            "share_affiliates",
            format!(
                "{organisation} may pass my details to its affiliates, which may be outside the United States."
            ),
            false,
        ),
        p(
            "share_partners",
            format!(
                "{organisation} may share my details with partners it runs seminars, webinars or similar offers with, who may be outside the United States."
            ),
            false,
        ),
    ]
}

/// Why a set of consent decisions cannot be saved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConsentError {
    /// A required purpose is not granted.
    #[error("consent '{0}' is required to save")]
    RequiredNotGranted(String),
    /// A configured purpose has no decision.
    #[error("consent '{0}' is missing: every configured purpose needs granted true or false")]
    Missing(String),
    /// A decision names a purpose the event does not configure.
    #[error("consent '{0}' is not a purpose of this event")]
    Unknown(String),
    /// The same purpose appears twice.
    #[error("consent '{0}' appears more than once")]
    Duplicate(String),
}

/// Checks decisions `(purpose id, granted)` against the configured purposes: every
/// purpose exactly once, nothing unknown, every required purpose granted.
/// Returns the decisions reordered into configured display order.
pub fn check_decisions(
    purposes: &[Purpose],
    decisions: &[(String, bool)],
) -> Result<Vec<bool>, ConsentError> {
    for (i, (id, _)) in decisions.iter().enumerate() {
        if !purposes.iter().any(|p| &p.id == id) {
            return Err(ConsentError::Unknown(id.clone()));
        }
        if decisions[..i].iter().any(|(other, _)| other == id) {
            return Err(ConsentError::Duplicate(id.clone()));
        }
    }
    let mut ordered = Vec::with_capacity(purposes.len());
    for p in purposes {
        let granted = decisions
            .iter()
            .find(|(id, _)| *id == p.id)
            .map(|(_, g)| *g)
            .ok_or_else(|| ConsentError::Missing(p.id.clone()))?;
        if p.required && !granted {
            return Err(ConsentError::RequiredNotGranted(p.id.clone()));
        }
        ordered.push(granted);
    }
    Ok(ordered)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(id: &str, g: bool) -> (String, bool) {
        (id.to_owned(), g)
    }

    #[test]
    fn defaults_match_spec_ids_and_only_policy_ack_required() {
        let ps = default_purposes("Aspera");
        let ids: Vec<_> = ps.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "policy_ack",
                "marketing_email",
                "marketing_phone",
                "marketing_mail",
                "events",
                "share_affiliates",
                "share_partners"
            ]
        );
        let required: Vec<_> = ps.iter().filter(|p| p.required).map(|p| &p.id).collect();
        assert_eq!(required, ["policy_ack"]);
        assert!(ps.iter().all(|p| p.label.contains("Aspera")));
    }

    #[test]
    fn required_purpose_must_be_granted() {
        let ps = default_purposes("X");
        let mut all: Vec<_> = ps.iter().map(|p| d(&p.id, false)).collect();
        assert_eq!(
            check_decisions(&ps, &all),
            Err(ConsentError::RequiredNotGranted("policy_ack".into()))
        );
        all[0].1 = true;
        let ordered = check_decisions(&ps, &all).unwrap();
        assert_eq!(ordered, [true, false, false, false, false, false, false]);
    }

    #[test]
    fn every_purpose_recorded_nothing_unknown_or_twice() {
        let ps = default_purposes("X");
        let mut some: Vec<_> = ps.iter().skip(1).map(|p| d(&p.id, true)).collect();
        some.insert(0, d("policy_ack", true));
        some.pop();
        assert_eq!(
            check_decisions(&ps, &some),
            Err(ConsentError::Missing("share_partners".into()))
        );
        some.push(d("share_partners", false));
        some.push(d("telepathy", true));
        assert_eq!(
            check_decisions(&ps, &some),
            Err(ConsentError::Unknown("telepathy".into()))
        );
        some.pop();
        some.push(d("events", true));
        assert_eq!(
            check_decisions(&ps, &some),
            Err(ConsentError::Duplicate("events".into()))
        );
    }

    #[test]
    fn decisions_come_back_in_display_order() {
        let ps = default_purposes("X");
        let rev: Vec<_> = ps
            .iter()
            .rev()
            .map(|p| d(&p.id, p.id == "policy_ack" || p.id == "events"))
            .collect();
        let ordered = check_decisions(&ps, &rev).unwrap();
        assert_eq!(ordered, [true, false, false, false, true, false, false]);
    }
}
