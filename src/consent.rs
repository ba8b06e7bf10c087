//! Consent purposes and the per-purpose consent record (SPEC.md "Default consent
//! purposes" and the `consents` array of the lead record).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The legal basis a purpose is processed under (GDPR Art. 6(1)). Only a
/// purpose whose basis is not [`LegalBasis::Consent`] may be required to save a
/// lead: a consent is never a condition of anything.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalBasis {
    /// Art. 6(1)(a): the attendee agreed by ticking the box.
    #[default]
    Consent,
    /// Art. 6(1)(b): needed for a contract with the attendee.
    Contract,
    /// Art. 6(1)(c): needed to comply with a legal obligation.
    LegalObligation,
    /// Art. 6(1)(d): to protect someone's vital interests.
    VitalInterests,
    /// Art. 6(1)(e): a task in the public interest.
    PublicTask,
    /// Art. 6(1)(f): the controller's legitimate interest (e.g. following up the
    /// conversation the attendee asked for), with a notice the attendee confirms.
    LegitimateInterest,
}

impl LegalBasis {
    /// The wire name: `consent`, `legitimate_interest`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            LegalBasis::Consent => "consent",
            LegalBasis::Contract => "contract",
            LegalBasis::LegalObligation => "legal_obligation",
            LegalBasis::VitalInterests => "vital_interests",
            LegalBasis::PublicTask => "public_task",
            LegalBasis::LegitimateInterest => "legitimate_interest",
        }
    }

    /// Parses the wire name.
    pub fn parse(s: &str) -> Option<Self> {
        serde_json::from_value(serde_json::Value::String(s.to_owned())).ok()
    }
}

/// What the attendee decided about one purpose, as the law reads it: a box left
/// unticked is "not given" (never a refusal to be weighed against a grant, never
/// a withdrawal); a withdrawal is an explicit later act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Ticked (and not withdrawn since).
    Granted,
    /// Not ticked.
    NotGiven,
    /// Ticked, then withdrawn.
    Withdrawn,
}

impl Decision {
    /// The wire name: `granted`, `not_given`, `withdrawn`.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Granted => "granted",
            Decision::NotGiven => "not_given",
            Decision::Withdrawn => "withdrawn",
        }
    }
}

/// One thing an attendee can agree to, shown as its own checkbox, unticked when the
/// form opens. Configured per event as `[[purpose]]`, in display order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// Stable identifier, e.g. `marketing_email`: lowercase letters, digits and `_`.
    pub id: String,
    /// The exact wording shown beside the checkbox; recorded with each decision.
    pub label: String,
    /// Why the organisation may process the details for this purpose; `consent`
    /// unless the event says otherwise.
    #[serde(default)]
    pub legal_basis: LegalBasis,
    /// A required purpose must be ticked before the lead can be saved. Only a
    /// purpose whose legal basis is not consent may be required.
    #[serde(default)]
    pub required: bool,
    /// A word or two for the attendee's receipt, e.g. `email`; default: the last
    /// `_`-separated part of the id.
    #[serde(default)]
    pub short: Option<String>,
}

impl Purpose {
    /// The word on the receipt: [`Purpose::short`], else the id's last part.
    pub fn short_name(&self) -> &str {
        match &self.short {
            Some(s) => s,
            None => self.id.rsplit('_').next().unwrap_or(&self.id),
        }
    }

    /// The purpose named for a person reading `lang` (the receipt, the
    /// tick-again message, the lead list, the statistics screen, a lead's
    /// consent lines): for a default purpose with the booth's own word
    /// ([`default_purposes`]), that word in `lang` (`E-Mail`); else the
    /// event's own `short` (the event's wording), or the id's last part. Not
    /// sanitised: it is the event's text.
    pub fn word(&self, lang: crate::i18n::Language) -> String {
        use crate::i18n::msg::{booth as b, kiosk_words as k};
        let booth_word = match self.id.as_str() {
            POLICY_ACK => Some(("notice", k::PURPOSE_WORD_NOTICE)),
            "marketing_email" => Some(("email", b::RECEIPT_SHORT_EMAIL)),
            "marketing_phone" => Some(("phone", b::RECEIPT_SHORT_PHONE)),
            "marketing_mail" => Some(("post", b::RECEIPT_SHORT_MAIL)),
            "events" => Some(("events", b::RECEIPT_SHORT_EVENTS)),
            "share_affiliates" => Some(("affiliates", b::RECEIPT_SHORT_AFFILIATES)),
            "share_partners" => Some(("partners", b::RECEIPT_SHORT_PARTNERS)),
            _ => None,
        };
        match booth_word {
            Some((english, id)) if self.short_name() == english || self.short.is_none() => {
                crate::i18n::text(lang, id).to_owned()
            }
            _ => self.short_name().to_owned(),
        }
    }

    /// Whether ticking this box is a consent (and so never required).
    pub fn is_consent(&self) -> bool {
        self.legal_basis == LegalBasis::Consent
    }
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

/// One purpose's consent record on one lead, as stored and exported
/// (`consents[]` of the lead record; docs/consent-record.md lists every field).
/// Fields added with lead schema 2 are `None` on records of schema 1 (they were
/// not recorded then).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "ConsentWire")]
pub struct ConsentRecord {
    /// This record's own id (UUIDv7).
    pub record_id: Option<Uuid>,
    /// The purpose id.
    pub purpose: String,
    /// The purpose's legal basis when the record was made.
    pub legal_basis: Option<LegalBasis>,
    /// Whether the box was ticked at the save.
    pub granted: bool,
    /// The label the attendee saw, word for word.
    pub text: String,
    /// Lowercase hex SHA-256 of `text`'s UTF-8 bytes.
    pub text_sha256: Option<String>,
    /// The language of `text` (BCP 47, e.g. `en`): the language the wording
    /// was shown in.
    pub language: Option<String>,
    /// The language the attendee asked for (lead schema 3): `language` unless
    /// the event has no wording for this purpose in it, and the default
    /// language's wording was shown instead. `None` on records of schema 1 and
    /// 2 (not recorded then).
    pub language_asked: Option<String>,
    /// When the box was ticked (the last tick before the save); `None` when it
    /// was not ticked, or not recorded.
    pub ticked_at: Option<DateTime<Utc>>,
    /// When the decision was saved (RFC 3339, UTC): the lead's capture time.
    pub at: DateTime<Utc>,
    /// How it was collected.
    pub method: ConsentMethod,
    /// When a grant stops being relied on (the event's `valid_for_months`).
    pub expires_at: Option<DateTime<Utc>>,
    /// When a grant was later withdrawn (RFC 3339, UTC), else `None`.
    pub withdrawn_at: Option<DateTime<Utc>>,
    /// Who recorded the withdrawal.
    pub withdrawn_by: Option<String>,
    /// Through which channel it reached leadbooth (`booth`, `command_line`, ...).
    pub withdrawal_channel: Option<String>,
}

impl ConsentRecord {
    /// Granted and not withdrawn: the purpose may be acted on now.
    pub fn is_active(&self) -> bool {
        self.granted && self.withdrawn_at.is_none()
    }

    /// Granted, not given, or withdrawn.
    pub fn decision(&self) -> Decision {
        match (self.granted, self.withdrawn_at) {
            (true, None) => Decision::Granted,
            (true, Some(_)) => Decision::Withdrawn,
            (false, _) => Decision::NotGiven,
        }
    }
}

/// A consent record on the wire: the record with its decision spelled out.
/// Read into this; written from [`ConsentWireRef`] (the same keys, in the same
/// order), so writing a record copies none of its text.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConsentWire {
    #[serde(default)]
    record_id: Option<Uuid>,
    purpose: String,
    #[serde(default)]
    legal_basis: Option<LegalBasis>,
    #[serde(default)]
    decision: Option<Decision>,
    granted: bool,
    text: String,
    #[serde(default)]
    text_sha256: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    language_asked: Option<String>,
    #[serde(default, deserialize_with = "crate::timestamp::deserialize_option")]
    ticked_at: Option<DateTime<Utc>>,
    #[serde(deserialize_with = "crate::timestamp::deserialize")]
    at: DateTime<Utc>,
    method: ConsentMethod,
    #[serde(default, deserialize_with = "crate::timestamp::deserialize_option")]
    expires_at: Option<DateTime<Utc>>,
    // A missing withdrawn_at reads as null, as it did before it had its own reader.
    #[serde(default, deserialize_with = "crate::timestamp::deserialize_option")]
    withdrawn_at: Option<DateTime<Utc>>,
    #[serde(default)]
    withdrawn_by: Option<String>,
    #[serde(default)]
    withdrawal_channel: Option<String>,
}

/// [`ConsentWire`] borrowed from a record, for writing it. The central import
/// writes every record of every lead again (the exact-form check); a copy of
/// each record's wording for that was a tenth of its allocations (issue 15).
#[derive(Serialize)]
struct ConsentWireRef<'a> {
    record_id: Option<Uuid>,
    purpose: &'a str,
    legal_basis: Option<LegalBasis>,
    decision: Decision,
    granted: bool,
    text: &'a str,
    text_sha256: Option<&'a str>,
    language: Option<&'a str>,
    // Written only when recorded (lead schema 3), so a record of schema 2 is
    // written again byte for byte as it was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    language_asked: Option<&'a str>,
    #[serde(serialize_with = "crate::timestamp::serialize_option")]
    ticked_at: Option<DateTime<Utc>>,
    #[serde(serialize_with = "crate::timestamp::serialize")]
    at: DateTime<Utc>,
    method: ConsentMethod,
    #[serde(serialize_with = "crate::timestamp::serialize_option")]
    expires_at: Option<DateTime<Utc>>,
    #[serde(serialize_with = "crate::timestamp::serialize_option")]
    withdrawn_at: Option<DateTime<Utc>>,
    withdrawn_by: Option<&'a str>,
    withdrawal_channel: Option<&'a str>,
}

impl Serialize for ConsentRecord {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ConsentWireRef {
            record_id: self.record_id,
            purpose: &self.purpose,
            legal_basis: self.legal_basis,
            decision: self.decision(),
            granted: self.granted,
            text: &self.text,
            text_sha256: self.text_sha256.as_deref(),
            language: self.language.as_deref(),
            language_asked: self.language_asked.as_deref(),
            ticked_at: self.ticked_at,
            at: self.at,
            method: self.method,
            expires_at: self.expires_at,
            withdrawn_at: self.withdrawn_at,
            withdrawn_by: self.withdrawn_by.as_deref(),
            withdrawal_channel: self.withdrawal_channel.as_deref(),
        }
        .serialize(s)
    }
}

impl TryFrom<ConsentWire> for ConsentRecord {
    type Error = String;

    fn try_from(w: ConsentWire) -> Result<Self, String> {
        let c = ConsentRecord {
            record_id: w.record_id,
            purpose: w.purpose,
            legal_basis: w.legal_basis,
            granted: w.granted,
            text: w.text,
            text_sha256: w.text_sha256,
            language: w.language,
            language_asked: w.language_asked,
            ticked_at: w.ticked_at,
            at: w.at,
            method: w.method,
            expires_at: w.expires_at,
            withdrawn_at: w.withdrawn_at,
            withdrawn_by: w.withdrawn_by,
            withdrawal_channel: w.withdrawal_channel,
        };
        if let Some(d) = w.decision
            && d != c.decision()
        {
            return Err(format!(
                "consent {}: decision {} does not fit granted {} and withdrawn_at {}",
                c.purpose,
                d.as_str(),
                c.granted,
                if c.withdrawn_at.is_some() {
                    "set"
                } else {
                    "null"
                }
            ));
        }
        if c.withdrawn_at.is_some() && !c.granted {
            return Err(format!(
                "consent {}: withdrawn_at is set but it was not granted",
                c.purpose
            ));
        }
        if c.language_asked.is_some() && c.language.is_none() {
            return Err(format!(
                "consent {}: language_asked is set but language (the language shown) is not",
                c.purpose
            ));
        }
        if let Some(h) = &c.text_sha256
            && !crate::policy::is_sha256_of(h, &c.text)
        {
            return Err(format!(
                "consent {}: text_sha256 is not the SHA-256 of its text",
                c.purpose
            ));
        }
        Ok(c)
    }
}

/// The id of the notice acknowledgement every lead needs under the default
/// purposes (legitimate interest, required; not a consent).
pub const POLICY_ACK: &str = "policy_ack";

/// The default purposes of the built-in policy, in display order, with labels
/// written in plain language for this product (English; the wording is in
/// `i18n/en/leadbooth.ftl`). `organisation` names the controller.
/// The first is an acknowledgement of the notice (legitimate interest, required);
/// every other one is an optional consent.
pub fn default_purposes(organisation: &str) -> Vec<Purpose> {
    use LegalBasis::{Consent, LegitimateInterest};
    const SHAPE: [(LegalBasis, &str); 7] = [
        (LegitimateInterest, "notice"),
        (Consent, "email"),
        (Consent, "phone"),
        (Consent, "post"),
        (Consent, "events"),
        (Consent, "affiliates"),
        (Consent, "partners"),
    ];
    default_purpose_labels(crate::i18n::Language::En, organisation)
        .into_iter()
        .zip(SHAPE)
        .map(|((id, label), (basis, short))| Purpose {
            id: id.to_owned(),
            label,
            legal_basis: basis,
            required: basis != LegalBasis::Consent,
            short: Some(short.to_owned()),
        })
        .collect()
}

/// The default purposes' labels in `lang` (by purpose id, in display order),
/// written for this product in the message files (`purpose-*`), with
/// `organisation` put in as given: the bytes are recorded and hashed with each
/// consent, so no bidi isolation mark may surround it (the bundles turn them
/// off; `tests::default_wording_bytes_are_pinned`).
pub fn default_purpose_labels(
    lang: crate::i18n::Language,
    organisation: &str,
) -> Vec<(&'static str, String)> {
    use crate::i18n::{self, msg};
    const MESSAGES: [i18n::Msg; 7] = [
        msg::PURPOSE_POLICY_ACK,
        msg::PURPOSE_MARKETING_EMAIL,
        msg::PURPOSE_MARKETING_PHONE,
        msg::PURPOSE_MARKETING_MAIL,
        msg::PURPOSE_EVENTS,
        msg::PURPOSE_SHARE_AFFILIATES,
        msg::PURPOSE_SHARE_PARTNERS,
    ];
    DEFAULT_IDS
        .into_iter()
        .zip(MESSAGES)
        .map(|(id, m)| {
            let label = i18n::format(lang, m, [("organisation", i18n::arg(organisation))]);
            (id, label)
        })
        .collect()
}

/// The default purposes' ids, in display order.
const DEFAULT_IDS: [&str; 7] = [
    POLICY_ACK,
    "marketing_email",
    "marketing_phone",
    "marketing_mail",
    "events",
    "share_affiliates",
    "share_partners",
];

/// Who decides what happens to the attendee's details (the data controller) and
/// how to reach them: the event file's `[controller]`, recorded on every lead.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    /// The controller's legal name.
    pub name: String,
    /// Its postal address.
    pub address: String,
    /// Where privacy questions and withdrawals go: an email address or an
    /// https URL.
    pub privacy_contact: String,
}

impl Controller {
    /// The privacy contact as an email address, when it is one.
    pub fn privacy_email(&self) -> Option<&str> {
        let c = self.privacy_contact.trim();
        let c = c.strip_prefix("mailto:").unwrap_or(c);
        (c.contains('@') && !c.contains('/') && !c.contains(' ')).then_some(c)
    }
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

    /// The default purposes' wording is recorded and hashed with every
    /// consent: moving it between code and message files, or a Fluent setting
    /// (bidi isolation marks around `$organisation`), must not change a byte.
    #[test]
    fn default_wording_bytes_are_pinned() {
        use crate::i18n::Language;
        let german: Vec<String> = default_purpose_labels(Language::De, "Aspera")
            .into_iter()
            .map(|(_, label)| label)
            .collect();
        assert_eq!(
            german[0].as_bytes(),
            "Mir wurde gezeigt, wie Aspera meine Angaben nutzt (die Hinweise oben), und Aspera darf an das heutige Gespr\u{e4}ch ankn\u{fc}pfen."
                .as_bytes()
        );
        assert_eq!(
            german[5].as_bytes(),
            "Aspera darf meine Angaben an verbundene Unternehmen weitergeben, die in anderen L\u{e4}ndern sein k\u{f6}nnen."
                .as_bytes()
        );
        let joined =
            |labels: &[String]| labels.iter().map(|l| format!("{l}\n")).collect::<String>();
        assert_eq!(
            crate::policy::sha256_hex(joined(&german).as_bytes()),
            "f33e8d76b5ca3196fbcacb5cd1ae257ee2832f4be111d6a8812b16ae453321bf",
            "German default wording changed: {german:#?}"
        );
        // Every language, English first. Changed on purpose once (branch
        // nu9cli): the share purposes said "outside the United States" to a
        // European controller's attendees; they now name no country. A batch
        // written with the old wording still imports: each record carries its
        // text and hash.
        let all: Vec<String> = Language::ALL
            .into_iter()
            .flat_map(|lang| default_purpose_labels(lang, "Aspera"))
            .map(|(_, label)| label)
            .collect();
        assert_eq!(all.len(), 28);
        assert_eq!(
            crate::policy::sha256_hex(joined(&all).as_bytes()),
            "fdb29561f174490f62384157807716d86a93f7a90086b515bb1d41936eb98de8"
        );
        // The English labels are default_purposes' own.
        let english: Vec<String> = default_purposes("Aspera")
            .into_iter()
            .map(|p| p.label)
            .collect();
        assert_eq!(english, all[..7]);
        for label in &all {
            assert!(
                !label.contains(['\u{2068}', '\u{2069}']),
                "bidi isolation mark in {label:?}"
            );
            // Any controller uses these: a country named here may be false
            // (the notice's transfers line says where details go).
            for country in [
                "United States",
                "Vereinigten Staaten",
                "États-Unis",
                "Estados Unidos",
            ] {
                assert!(!label.contains(country), "{label:?} names {country}");
            }
        }
    }

    #[test]
    fn only_the_notice_acknowledgement_is_required_and_it_is_not_a_consent() {
        let ps = default_purposes("Aspera");
        for p in &ps {
            assert_eq!(p.required, !p.is_consent(), "{}", p.id);
        }
        assert_eq!(ps[0].legal_basis, LegalBasis::LegitimateInterest);
        assert!(
            !ps[0].label.contains("agree"),
            "an acknowledgement, not a consent"
        );
        let shorts: Vec<_> = ps.iter().map(Purpose::short_name).collect();
        assert_eq!(
            shorts,
            [
                "notice",
                "email",
                "phone",
                "post",
                "events",
                "affiliates",
                "partners"
            ]
        );
    }

    #[test]
    fn a_record_spells_out_its_decision_and_refuses_contradictions() {
        let at: DateTime<Utc> = "2026-11-29T10:15:03Z".parse().unwrap();
        let mut c = ConsentRecord {
            record_id: None,
            purpose: "events".into(),
            legal_basis: Some(LegalBasis::Consent),
            granted: false,
            text: "Invite me.".into(),
            text_sha256: Some(crate::policy::sha256_hex(b"Invite me.")),
            language: Some("en".into()),
            language_asked: None,
            ticked_at: None,
            at,
            method: ConsentMethod::StaffAssisted,
            expires_at: None,
            withdrawn_at: None,
            withdrawn_by: None,
            withdrawal_channel: None,
        };
        let json = serde_json::to_string(&c).unwrap();
        assert!(json.contains(r#""decision":"not_given""#), "{json}");
        // A record of schema 2 is written without the language asked for.
        assert!(!json.contains("language_asked"), "{json}");
        assert_eq!(serde_json::from_str::<ConsentRecord>(&json).unwrap(), c);
        let lie = json.replace("not_given", "granted");
        assert!(serde_json::from_str::<ConsentRecord>(&lie).is_err());
        let forged = json.replace("Invite me.", "Invite me to everything.");
        assert!(
            serde_json::from_str::<ConsentRecord>(&forged).is_err(),
            "hash"
        );
        c.granted = true;
        c.withdrawn_at = Some(at);
        assert_eq!(c.decision(), Decision::Withdrawn);
        // A schema-1 record (no new fields) still reads.
        let v1 = r#"{"purpose":"events","granted":true,"text":"x","at":"2026-11-29T10:15:03Z","method":"self_service","withdrawn_at":null}"#;
        let old: ConsentRecord = serde_json::from_str(v1).unwrap();
        assert_eq!((old.decision(), old.text_sha256), (Decision::Granted, None));
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
        assert!(ps.iter().filter(|p| p.required).all(|p| !p.is_consent()));
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
