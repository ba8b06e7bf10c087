//! The lead record (SPEC.md "Lead record", export schema version 1) and the lead
//! rules. No IO, no terminal: both the booth form and `leads add` go through
//! [`build_lead`].

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, SubsecRound, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::config::{Event, QuestionKind};
use crate::consent::{ConsentError, ConsentMethod, ConsentRecord, Controller, check_decisions};

mod rule;
pub use rule::{LateTime, Rule};

/// Export schema version of [`Lead`]. Version 2 (issue 11) added the complete
/// consent record (docs/consent-record.md); a version-1 lead reads as a version-2
/// one whose new fields are empty. Version 3 (issue 18) added each consent
/// record's `language_asked` (the language the attendee picked, beside the
/// `language` of the wording shown); a version-2 record has none.
pub const SCHEMA_VERSION: u32 = 3;

/// The lead schema versions this build reads.
pub const READABLE_SCHEMA_VERSIONS: [u32; 3] = [1, 2, 3];

/// Longest accepted single-line field, in characters ([`crate::limits::FIELD_CHARS`]).
pub const MAX_LINE_CHARS: usize = crate::limits::FIELD_CHARS;
/// Longest accepted notes, in characters ([`crate::limits::NOTES_CHARS`]).
pub const MAX_NOTES_CHARS: usize = crate::limits::NOTES_CHARS;

/// Now, in UTC, to whole seconds: the precision of every time leadbooth records.
pub fn now_utc() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(0)
}

/// RFC 3339 in UTC with `Z`, fractional seconds only when present.
pub fn rfc3339(t: &DateTime<Utc>) -> String {
    crate::timestamp::with_rfc3339(t, str::to_owned)
}

/// How the lead was entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// Typed by staff in the booth form.
    Staff,
    /// Typed by the attendee in kiosk mode.
    Kiosk,
    /// Prefilled from a badge scan.
    Badge,
    /// Added with `leadbooth leads add`.
    Cli,
}

impl Source {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Staff => "staff",
            Source::Kiosk => "kiosk",
            Source::Badge => "badge",
            Source::Cli => "cli",
        }
    }

    /// Parses the wire name.
    pub fn parse(s: &str) -> Option<Self> {
        serde_json::from_value(serde_json::Value::String(s.to_owned())).ok()
    }
}

/// How the lead's details came in, in the order they did: typed at the booth, a
/// badge scan, a registration-ID lookup in the attendee list, a draft recovered
/// after a crash, or the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Entry {
    /// Typed on the form.
    Typed,
    /// Read from a badge (MECARD, vCard).
    Badge,
    /// A scanned registration ID looked up in the attendee list.
    Lookup,
    /// Put back from a draft after a crash.
    RecoveredDraft,
    /// `leadbooth leads add`.
    CommandLine,
}

impl Entry {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Entry::Typed => "typed",
            Entry::Badge => "badge",
            Entry::Lookup => "lookup",
            Entry::RecoveredDraft => "recovered_draft",
            Entry::CommandLine => "command_line",
        }
    }
}

/// What the attendee was shown of the notice before deciding.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeShown {
    /// The full policy was opened on screen (F1) for this attendee.
    pub policy_opened: bool,
    /// The QR code to the policy was on screen for this attendee (the policy
    /// screen or the kiosk's start screen).
    pub qr_shown: bool,
}

/// How and by what the lead was collected (the collector of the consent record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Collection {
    /// Staff-assisted or self-service.
    pub method: ConsentMethod,
    /// How the details came in, in order.
    pub entry: Vec<Entry>,
    /// The leadbooth version that saved it.
    pub app_version: String,
    /// The operating-system user running leadbooth.
    pub os_user: String,
}

/// The staff member's rating of the lead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    /// Ready to buy.
    Hot,
    /// Interested.
    Warm,
    /// Not now.
    Cold,
}

impl Rating {
    /// All ratings, in the order the form cycles through them.
    pub const ALL: [Rating; 3] = [Rating::Hot, Rating::Warm, Rating::Cold];

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Rating::Hot => "hot",
            Rating::Warm => "warm",
            Rating::Cold => "cold",
        }
    }

    /// Parses the wire name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// An answer to a qualifying question: one string (text, single choice) or a list
/// (multiple choice).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    /// Text or the chosen option.
    One(String),
    /// The chosen options, in the configured order.
    Many(Vec<String>),
}

/// The policy version a lead consented under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyRef {
    /// Lowercase hex SHA-256 of the policy file.
    pub sha256: String,
    /// `YYYY-MM-DD`, if the policy states one.
    pub last_updated: Option<String>,
    /// The URL the QR code pointed at.
    pub url: String,
}

impl PolicyRef {
    /// The reference to a loaded policy.
    pub fn of(p: &crate::policy::Policy) -> Self {
        PolicyRef {
            sha256: p.sha256.clone(),
            last_updated: p.last_updated_iso(),
            url: p.url.clone(),
        }
    }
}

/// One lead as stored and exported; the field order is the stable JSON key order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lead {
    /// UUIDv7: sortable by creation time.
    pub lead_id: Uuid,
    /// The event's id.
    pub event_id: String,
    /// The booth laptop's UUID.
    pub device_id: Uuid,
    /// RFC 3339, UTC.
    #[serde(with = "crate::timestamp")]
    pub captured_at: DateTime<Utc>,
    /// Staff member (or OS user) who captured it.
    pub captured_by: String,
    /// How it was entered.
    pub source: Source,
    /// Given name, as typed.
    pub first_name: String,
    /// Family name, as typed.
    pub last_name: String,
    /// Email, trimmed.
    pub email: String,
    /// Company, as typed.
    pub company: String,
    /// Job title, as typed.
    pub job_title: String,
    /// E.164 when the number parsed, else as typed (trimmed).
    pub phone: String,
    /// ISO 3166-1 alpha-2, uppercase, or empty.
    pub country: String,
    /// Staff notes, any text including newlines.
    pub notes: String,
    /// Staff rating.
    pub rating: Option<Rating>,
    /// Question id -> answer.
    pub answers: BTreeMap<String, Answer>,
    /// The scanned registration ID, when the lead came from a badge scan.
    #[serde(default)]
    pub badge_id: Option<String>,
    /// The attendee's receipt number (shown in the receipt QR code); finds the
    /// lead at the central office.
    #[serde(default)]
    pub receipt_id: Option<String>,
    /// The policy version shown.
    pub policy: PolicyRef,
    /// What of the notice was on screen.
    #[serde(default)]
    pub notice: Option<NoticeShown>,
    /// The data controller the attendee was told about.
    #[serde(default)]
    pub controller: Option<Controller>,
    /// The law the consents were collected under (`EU`, `GB`, `US-CA` ...).
    #[serde(default)]
    pub jurisdiction: Option<String>,
    /// How and by what it was collected.
    #[serde(default)]
    pub collection: Option<Collection>,
    /// The categories of personal data the lead holds (`name`, `email`, ...).
    #[serde(default)]
    pub data_categories: Vec<String>,
    /// One record per configured purpose, in display order.
    pub consents: Vec<ConsentRecord>,
}

impl Lead {
    /// The lead schema the record was made under, as its fields show: 3 when
    /// its consent records name the language asked for, 2 when it carries its
    /// collection context, else 1.
    pub fn schema_version(&self) -> u32 {
        if self.consents.iter().any(|c| c.language_asked.is_some()) {
            3
        } else if self.collection.is_some() {
            2
        } else {
            1
        }
    }

    /// "First Last" for lists, falling back to whichever name is present.
    pub fn display_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
            .trim()
            .to_owned()
    }

    /// The consent record for `purpose`.
    pub fn consent(&self, purpose: &str) -> Option<&ConsentRecord> {
        self.consents.iter().find(|c| c.purpose == purpose)
    }

    /// The categories of personal data this lead holds, from its non-empty
    /// fields, in a fixed order.
    pub fn held_categories(&self) -> Vec<String> {
        let has = |s: &str| !s.trim().is_empty();
        [
            ("name", has(&self.first_name) || has(&self.last_name)),
            ("email", has(&self.email)),
            ("phone", has(&self.phone)),
            ("company", has(&self.company)),
            ("job_title", has(&self.job_title)),
            ("country", has(&self.country)),
            ("notes", has(&self.notes)),
            ("answers", !self.answers.is_empty()),
            ("rating", self.rating.is_some()),
            ("badge_id", self.badge_id.is_some()),
        ]
        .into_iter()
        .filter(|(_, held)| *held)
        .map(|(c, _)| c.to_owned())
        .collect()
    }
}

/// A new receipt number: 10 characters of Crockford base32 (50 random bits),
/// easy to read out and to type.
pub fn new_receipt_id() -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let bits = u128::from_le_bytes(*Uuid::new_v4().as_bytes());
    (0..10)
        .map(|i| ALPHABET[((bits >> (5 * i)) & 31) as usize] as char)
        .collect()
}

/// A field of the lead, as named in messages (`first_name`, `answers.interest`,
/// `consents.policy_ack`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Field {
    /// `first_name`
    FirstName,
    /// `last_name`
    LastName,
    /// `email`
    Email,
    /// `company`
    Company,
    /// `job_title`
    JobTitle,
    /// `phone`
    Phone,
    /// `country`
    Country,
    /// `notes`
    Notes,
    /// `captured_by`
    CapturedBy,
    /// `answers.<question id>`
    Answer(String),
    /// `consents.<purpose id>`
    Consent(String),
    /// Any other field of the input, by its JSON name.
    Other(String),
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Field::FirstName => f.write_str("first_name"),
            Field::LastName => f.write_str("last_name"),
            Field::Email => f.write_str("email"),
            Field::Company => f.write_str("company"),
            Field::JobTitle => f.write_str("job_title"),
            Field::Phone => f.write_str("phone"),
            Field::Country => f.write_str("country"),
            Field::Notes => f.write_str("notes"),
            Field::CapturedBy => f.write_str("captured_by"),
            Field::Answer(q) => write!(f, "answers.{q}"),
            Field::Consent(p) => write!(f, "consents.{p}"),
            Field::Other(n) => f.write_str(n),
        }
    }
}

/// One rule a field breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field.
    pub field: Field,
    /// What is wrong, for a person, in English (the command line's words).
    pub message: String,
    /// The rule broken, to say in any language ([`FieldError::message_in`]):
    /// the form's rules, those only `leads add` meets and the record rules a
    /// batch is held to ([`check_record`]); `None` for a message made elsewhere.
    pub rule: Option<Rule>,
}

impl FieldError {
    /// `field` breaks `rule` (the English message made from it).
    pub fn of(field: Field, rule: Rule) -> Self {
        FieldError {
            field,
            message: rule.english(),
            rule: Some(rule),
        }
    }

    /// What is wrong, in `lang` (English for a rule without a translation).
    pub fn message_in(&self, lang: crate::i18n::Language) -> String {
        self.rule
            .as_ref()
            .map_or_else(|| self.message.clone(), |r| r.message(lang))
    }
}

/// Every rule the lead breaks (never empty).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct LeadErrors(pub Vec<FieldError>);

impl fmt::Display for LeadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{}: {}", e.field, e.message)?;
        }
        Ok(())
    }
}

impl LeadErrors {
    /// Every broken rule as [`fmt::Display`] writes them (`field: message; …`),
    /// each message in `lang`: what the command line prints in the staff
    /// language. The field names stay as the input spells them.
    pub fn said_in(&self, lang: crate::i18n::Language) -> String {
        self.0
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message_in(lang)))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The message for `field`, if it breaks a rule.
    pub fn for_field(&self, field: &Field) -> Option<&str> {
        self.0
            .iter()
            .find(|e| &e.field == field)
            .map(|e| e.message.as_str())
    }
}

/// Something saved as given that a person may want to check (e.g. a phone number
/// that did not parse).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The field.
    pub field: Field,
    /// What to check, in English.
    pub message: String,
    /// The check, to say in another language ([`Warning::message_in`]).
    pub rule: Option<Rule>,
}

impl Warning {
    /// What to check, in `lang`.
    pub fn message_in(&self, lang: crate::i18n::Language) -> String {
        self.rule
            .as_ref()
            .map_or_else(|| self.message.clone(), |r| r.message(lang))
    }
}

/// Contact fields as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// Email address.
    pub email: String,
    /// Company.
    pub company: String,
    /// Job title.
    pub job_title: String,
    /// Phone number in any common notation.
    pub phone: String,
    /// ISO 3166-1 alpha-2, any case.
    pub country: String,
}

/// One consent decision as entered; unset parts are filled from the event.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentDecision {
    /// Purpose id.
    pub purpose: String,
    /// Ticked or not.
    pub granted: bool,
    /// Wording shown; must be the purpose's configured label (default).
    #[serde(default)]
    pub text: Option<String>,
    /// When the box was ticked (`at` is the older name); default: the capture
    /// time. Never before the capture, never in the future.
    #[serde(default, alias = "at")]
    pub ticked_at: Option<DateTime<Utc>>,
    /// Method; must be the capture's own (default).
    #[serde(default)]
    pub method: Option<ConsentMethod>,
    /// A withdrawal already recorded elsewhere.
    #[serde(default)]
    pub withdrawn_at: Option<DateTime<Utc>>,
}

impl ConsentDecision {
    /// A plain decision with everything else from the event.
    pub fn new(purpose: &str, granted: bool) -> Self {
        ConsentDecision {
            purpose: purpose.to_owned(),
            granted,
            text: None,
            ticked_at: None,
            method: None,
            withdrawn_at: None,
        }
    }

    /// A decision whose box was ticked at `at` (the form records the time).
    pub fn ticked(purpose: &str, at: DateTime<Utc>) -> Self {
        ConsentDecision {
            ticked_at: Some(at),
            ..Self::new(purpose, true)
        }
    }
}

/// Everything a person enters for one lead (form or `leads add`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeadDraft {
    /// Contact fields.
    pub contact: Contact,
    /// Notes (multi-line).
    pub notes: String,
    /// Rating, staff only.
    pub rating: Option<Rating>,
    /// Question id -> answer; empty answers are left out.
    pub answers: BTreeMap<String, Answer>,
    /// Registration ID from a badge scan.
    pub badge_id: Option<String>,
    /// One decision per configured purpose.
    pub consents: Vec<ConsentDecision>,
    /// How the details came in (empty: typed, or the command line for `cli`).
    pub entry: Vec<Entry>,
    /// What of the notice was on screen for this attendee.
    pub notice: NoticeShown,
    /// The language the attendee read the form in; `None`: the event's.
    pub language: Option<crate::i18n::Language>,
}

/// Who, where and how a lead is being captured.
#[derive(Debug, Clone)]
pub struct Capture<'a> {
    /// The current event (purposes, questions, policy, default country).
    pub event: &'a Event,
    /// This laptop's id.
    pub device_id: Uuid,
    /// Staff member or OS user.
    pub captured_by: String,
    /// Staff, kiosk, badge or cli.
    pub source: Source,
    /// Staff-assisted or self-service.
    pub method: ConsentMethod,
    /// The capture time.
    pub now: DateTime<Utc>,
    /// The operating-system user running leadbooth.
    pub os_user: String,
}

/// Overrides that `leads add` may carry from an exported lead.
#[derive(Debug, Clone, Default)]
pub struct Provenance {
    /// Keep this id instead of minting a UUIDv7.
    pub lead_id: Option<Uuid>,
    /// Keep this event id.
    pub event_id: Option<String>,
    /// Keep this device id.
    pub device_id: Option<Uuid>,
    /// Keep this capture time.
    pub captured_at: Option<DateTime<Utc>>,
    /// Keep this staff name.
    pub captured_by: Option<String>,
    /// Keep this source.
    pub source: Option<Source>,
    /// Keep this policy version.
    pub policy: Option<PolicyRef>,
}

fn single_line(field: Field, value: &str, errors: &mut Vec<FieldError>) {
    single_line_of(|| field, value, errors);
}

/// [`single_line`] with the field named only when `value` breaks the rule: the
/// central import holds some 40 fields of every lead to it, and naming each
/// (a `consents.<purpose>.<what>` text, an allocation) whether or not it was
/// broken was a third of the lead rules' instructions (issue 15).
fn single_line_of(field: impl FnOnce() -> Field, value: &str, errors: &mut Vec<FieldError>) {
    if let Some((pos, c)) = crate::text::first_control(value) {
        errors.push(FieldError::of(
            field(),
            Rule::ControlCharacter {
                code: format!("{:04X}", c as u32),
                position: pos + 1,
            },
        ));
    } else if value.len() > MAX_LINE_CHARS {
        let field = field();
        if let Err(e) = crate::limits::check_chars(&field, value, MAX_LINE_CHARS) {
            errors.push(FieldError::of(
                field,
                Rule::TooLong {
                    found: e.found,
                    max: e.max,
                },
            ));
        }
    }
}

/// An email address is plain text: a character that is invisible or changes the
/// direction of the text around it (see [`crate::text::is_invisible`] and
/// [`crate::text::is_bidi_control`]) would make two different addresses look the
/// same (and defeat deduplication at the central office), so it is refused,
/// named by its code point.
fn email_has_no_hidden_characters(email: &str, errors: &mut Vec<FieldError>) {
    use crate::text::{is_bidi_control, is_invisible};
    if let Some((pos, c)) = email
        .chars()
        .enumerate()
        .find(|&(_, c)| is_invisible(c) || is_bidi_control(c))
    {
        errors.push(FieldError::of(
            Field::Email,
            Rule::EmailHidden {
                code: format!("{:04X}", c as u32),
                position: pos + 1,
            },
        ));
    }
}

/// Longest email address, in octets (RFC 5321 4.5.3.1.3, a path of 256 less
/// its angle brackets).
pub const EMAIL_MAX_OCTETS: usize = 254;
/// Longest local part (before the `@`), in octets (RFC 5321 4.5.3.1.1).
pub const EMAIL_LOCAL_MAX_OCTETS: usize = 64;

/// The address alone from what was typed or pasted: trimmed, and from a
/// mail client's `Name <me@example.com>` (or `<me@example.com>`) only what is
/// between the angle brackets, when that is one plain address.
pub fn address_alone(typed: &str) -> &str {
    let t = typed.trim();
    if let Some(inner) = t.strip_suffix('>')
        && let Some((name, addr)) = inner.rsplit_once('<')
        && !name.contains(['<', '>'])
        && !addr.contains(['<', '>'])
        && addr.contains('@')
    {
        return addr.trim();
    }
    t
}

/// Why `email` (trimmed, non-empty) is not an email address, or `None` when it
/// is one: the RFC 5321 length limits, the syntax of RFC 5321/5322 and a
/// domain with a dot. The one email rule for typed leads and attendee lists.
pub fn email_problem(email: &str) -> Option<String> {
    email_rule(email).map(|r| r.english())
}

/// [`email_problem`] as the rule broken, to say in any language.
pub fn email_rule(email: &str) -> Option<Rule> {
    if email.is_empty() {
        return None;
    }
    let domain_ok = email
        .rsplit_once('@')
        .is_some_and(|(_, d)| d.contains('.') && !d.ends_with('.'));
    let local = email.rsplit_once('@').map_or(0, |(l, _)| l.len());
    if email.len() > EMAIL_MAX_OCTETS {
        Some(Rule::EmailTooLong {
            bytes: email.len(),
            max: EMAIL_MAX_OCTETS,
        })
    } else if local > EMAIL_LOCAL_MAX_OCTETS {
        Some(Rule::EmailLocalTooLong {
            bytes: local,
            max: EMAIL_LOCAL_MAX_OCTETS,
        })
    } else if !email_address::EmailAddress::is_valid(email)
        || !domain_ok
        || email.contains(['<', '>'])
    {
        Some(Rule::EmailInvalid)
    } else {
        None
    }
}

/// Normalises and checks contact fields: names, company and title are kept byte for
/// byte; email is trimmed and syntax-checked; phone becomes E.164 when it parses
/// (region: the lead's country, else `default_country`), otherwise it is kept
/// trimmed with a warning; country is uppercased ISO 3166-1 alpha-2.
pub fn check_contact(
    contact: &Contact,
    default_country: Option<&str>,
) -> (Contact, Vec<FieldError>, Vec<Warning>) {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut out = contact.clone();
    for (field, value) in [
        (Field::FirstName, &contact.first_name),
        (Field::LastName, &contact.last_name),
        (Field::Email, &contact.email),
        (Field::Company, &contact.company),
        (Field::JobTitle, &contact.job_title),
        (Field::Phone, &contact.phone),
        (Field::Country, &contact.country),
    ] {
        single_line(field, value, &mut errors);
    }
    if contact.first_name.trim().is_empty() && contact.last_name.trim().is_empty() {
        errors.push(FieldError::of(Field::FirstName, Rule::NameMissing));
    }
    if !errors.iter().any(|e| e.field == Field::Email) {
        email_has_no_hidden_characters(&contact.email, &mut errors);
    }
    out.email = address_alone(&contact.email).to_owned();
    out.phone = contact.phone.trim().to_owned();
    if out.email.is_empty() && out.phone.is_empty() {
        errors.push(FieldError::of(Field::Email, Rule::EmailOrPhoneMissing));
    }
    if !errors.iter().any(|e| e.field == Field::Email)
        && let Some(rule) = email_rule(&out.email)
    {
        errors.push(FieldError::of(Field::Email, rule));
    }
    out.country = String::new();
    if !contact.country.trim().is_empty() && !errors.iter().any(|e| e.field == Field::Country) {
        match crate::country::check(&contact.country) {
            Ok(c) => out.country = c.to_owned(),
            Err(miss) => {
                let value = format!("{:?}", crate::text::sanitize_line(&contact.country));
                let rule = match miss {
                    crate::country::Miss::Ambiguous => Rule::CountryAmbiguous { value },
                    crate::country::Miss::Unknown => Rule::CountryUnknown { value },
                };
                errors.push(FieldError::of(Field::Country, rule));
            }
        }
    }
    if !out.phone.is_empty() && !errors.iter().any(|e| e.field == Field::Phone) {
        if !out.phone.chars().any(|c| c.is_ascii_digit()) {
            errors.push(FieldError::of(Field::Phone, Rule::PhoneNoDigits));
        } else {
            let region = if out.country.is_empty() {
                default_country
            } else {
                Some(out.country.as_str())
            };
            match normalise_phone(&out.phone, region) {
                Some(e164) => out.phone = e164,
                None => {
                    let rule = phone_kept_rule(&out.phone, region);
                    warnings.push(Warning {
                        field: Field::Phone,
                        message: rule.english(),
                        rule: Some(rule),
                    });
                }
            }
        }
    }
    (out, errors, warnings)
}

/// Why a phone number is kept as typed, naming the country it was checked
/// against: the one its international prefix names (`+45 ...` is checked as a
/// Danish number whatever the event's country), else `region`.
pub fn phone_kept_message(phone: &str, region: Option<&str>) -> String {
    phone_kept_rule(phone, region).english()
}

/// [`phone_kept_message`] as a rule, to say in any language.
pub fn phone_kept_rule(phone: &str, region: Option<&str>) -> Rule {
    match checked_region(phone, region) {
        Some(region) => Rule::PhoneKeptFor { region },
        None if is_international(phone) => Rule::PhoneKeptPrefix,
        None => Rule::PhoneKept,
    }
}

fn is_international(phone: &str) -> bool {
    let p = phone.trim_start();
    p.starts_with('+') || p.starts_with("00")
}

/// The region `phone` is checked against: the one its country calling code
/// names (the code's main country, e.g. US for +1), else `region`.
pub fn checked_region(phone: &str, region: Option<&str>) -> Option<String> {
    if !is_international(phone) {
        return region.map(str::to_owned);
    }
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let digits = if phone.trim_start().starts_with("00") {
        &digits[2..]
    } else {
        &digits[..]
    };
    (1..=3.min(digits.len())).find_map(|len| {
        let code: u16 = digits[..len].parse().ok()?;
        let metas = phonenumber::metadata::DATABASE.by_code(&code)?;
        metas.first().map(|m| m.id().to_owned())
    })
}

/// E.164 form of `phone` when it is a valid number (libphonenumber metadata, via the
/// `phonenumber` crate); `region` is the ISO 3166-1 alpha-2 hint for national forms.
pub fn normalise_phone(phone: &str, region: Option<&str>) -> Option<String> {
    let id = region.and_then(|r| r.parse::<phonenumber::country::Id>().ok());
    let n = phonenumber::parse(id, phone).ok()?;
    if !phonenumber::is_valid(&n) {
        return None;
    }
    Some(n.format().mode(phonenumber::Mode::E164).to_string())
}

fn check_answers(event: &Event, answers: &BTreeMap<String, Answer>, errors: &mut Vec<FieldError>) {
    for (id, answer) in answers {
        let field = Field::Answer(id.clone());
        let Some(q) = event.question(id) else {
            errors.push(FieldError::of(field, Rule::NotAQuestion));
            continue;
        };
        let problem = match (q.kind, answer) {
            (QuestionKind::Text, Answer::One(s)) => {
                // Typed on the form: said in the form's language.
                single_line(field, s, errors);
                continue;
            }
            (QuestionKind::Single, Answer::One(s)) if q.choices.contains(s) => None,
            (QuestionKind::Single, Answer::One(s)) => Some(Rule::NotAChoice { value: quoted(s) }),
            (QuestionKind::Multiple, Answer::Many(list)) => {
                list.iter().enumerate().find_map(|(i, s)| {
                    if !q.choices.contains(s) {
                        Some(Rule::NotAChoice { value: quoted(s) })
                    } else if list[..i].contains(s) {
                        Some(Rule::ChosenTwice { value: quoted(s) })
                    } else {
                        None
                    }
                })
            }
            (QuestionKind::Multiple, Answer::One(_)) => Some(Rule::TakesList),
            (_, Answer::Many(_)) => Some(Rule::TakesOne),
        };
        if let Some(rule) = problem {
            errors.push(FieldError::of(field, rule));
        }
    }
}

/// The evidence rules of each decision: the wording must be the event's own, the
/// method the capture's own, and the times plausible: nothing in the future, a
/// withdrawal only of a grant and not before it.
/// `s` sanitised to one line and quoted, as a rule names what was given.
fn quoted(s: &str) -> String {
    format!("{:?}", crate::text::sanitize_line(s))
}

fn check_consent_details(
    draft: &LeadDraft,
    ctx: &Capture<'_>,
    captured_at: DateTime<Utc>,
    errors: &mut Vec<FieldError>,
) {
    let chosen = draft
        .language
        .unwrap_or_else(|| ctx.event.default_language());
    for d in &draft.consents {
        let Some(i) = ctx.event.purposes.iter().position(|p| p.id == d.purpose) else {
            continue;
        };
        let field = |what: &str| Field::Other(format!("consents.{}.{what}", d.purpose));
        if let Some(t) = &d.text
            && t != ctx.event.purpose_label(i, chosen).text
        {
            errors.push(FieldError::of(field("text"), Rule::WordingNotEvents));
        }
        if let Some(m) = d.method
            && m != ctx.method
        {
            errors.push(FieldError::of(
                field("method"),
                Rule::MethodMismatch {
                    given: m.as_str().to_owned(),
                    capture: ctx.method.as_str().to_owned(),
                },
            ));
        }
        if let Some(t) = d.ticked_at {
            if t > ctx.now {
                errors.push(FieldError::of(field("ticked_at"), Rule::InFuture));
            } else if !d.granted {
                errors.push(FieldError::of(field("ticked_at"), Rule::TickedNotGranted));
            }
        }
        if let Some(w) = d.withdrawn_at {
            let from = d.ticked_at.unwrap_or(captured_at).max(captured_at);
            let problem = if !d.granted {
                Some(Rule::WithdrawnNotGranted)
            } else if w > ctx.now {
                Some(Rule::InFuture)
            } else if w < from {
                Some(Rule::WithdrawnBeforeGiven)
            } else {
                None
            };
            if let Some(rule) = problem {
                errors.push(FieldError::of(field("withdrawn_at"), rule));
            }
        }
    }
}

/// Applies the lead rules and builds the record: a first or last name; an email or
/// a phone; valid email syntax; ISO country; no control characters on one-line
/// fields; answers matching their questions; one consent per configured purpose with
/// every required purpose granted. Returns the lead and any warnings, or every
/// broken rule.
pub fn build_lead(
    draft: &LeadDraft,
    ctx: &Capture<'_>,
    provenance: &Provenance,
) -> Result<(Lead, Vec<Warning>), LeadErrors> {
    let event = ctx.event;
    let (contact, mut errors, warnings) =
        check_contact(&draft.contact, event.default_country.as_deref());
    if let Err(e) = crate::limits::check_chars(Field::Notes, &draft.notes, MAX_NOTES_CHARS) {
        errors.push(FieldError::of(
            Field::Notes,
            Rule::TooLong {
                found: e.found,
                max: e.max,
            },
        ));
    }
    check_answers(event, &draft.answers, &mut errors);
    if let Some(b) = &draft.badge_id {
        single_line(Field::Other("badge_id".into()), b, &mut errors);
    }
    let captured_by = provenance
        .captured_by
        .clone()
        .unwrap_or_else(|| ctx.captured_by.clone());
    single_line(Field::CapturedBy, &captured_by, &mut errors);

    let decisions: Vec<(String, bool)> = draft
        .consents
        .iter()
        .map(|d| (d.purpose.clone(), d.granted))
        .collect();
    if let Err(e) = check_decisions(&event.purposes, &decisions) {
        let (purpose, rule) = match e {
            ConsentError::RequiredNotGranted(p) => (p, Rule::Required),
            ConsentError::Missing(p) => (p, Rule::ConsentMissing),
            ConsentError::Unknown(p) => (p, Rule::PurposeUnknown),
            ConsentError::Duplicate(p) => (p, Rule::AppearsTwice),
        };
        errors.push(FieldError::of(Field::Consent(purpose), rule));
    }
    if !errors.is_empty() {
        return Err(LeadErrors(errors));
    }

    let captured_at = provenance.captured_at.unwrap_or(ctx.now);
    check_consent_details(draft, ctx, captured_at, &mut errors);
    if !errors.is_empty() {
        return Err(LeadErrors(errors));
    }
    let chosen = draft.language.unwrap_or_else(|| event.default_language());
    let consents = event
        .purposes
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let d = draft
                .consents
                .iter()
                .find(|d| d.purpose == p.id)
                .expect("checked above");
            let shown = event.purpose_label(i, chosen);
            // As the event file writes its own language (`de-CH` stays `de-CH`).
            let code = |l: crate::i18n::Language| {
                if l == event.default_language() {
                    event.language.clone()
                } else {
                    l.code().to_owned()
                }
            };
            let expires_at = match event.consent_valid_months {
                Some(m) if d.granted && p.is_consent() => {
                    captured_at.checked_add_months(chrono::Months::new(m))
                }
                _ => None,
            };
            ConsentRecord {
                record_id: Some(Uuid::now_v7()),
                purpose: p.id.clone(),
                legal_basis: Some(p.legal_basis),
                granted: d.granted,
                // The wording the attendee read, in the language it is in:
                // the event's default language where the chosen one lacks it.
                text: shown.text.to_owned(),
                text_sha256: Some(crate::policy::sha256_hex(shown.text.as_bytes())),
                language: Some(code(shown.language)),
                // The language the attendee picked: where the event has no
                // wording in it, `language` says which was shown instead.
                language_asked: Some(code(chosen)),
                ticked_at: d.granted.then(|| d.ticked_at.unwrap_or(captured_at)),
                at: captured_at,
                method: ctx.method,
                expires_at,
                withdrawn_at: d.withdrawn_at,
                withdrawn_by: d.withdrawn_at.map(|_| ctx.captured_by.clone()),
                withdrawal_channel: d.withdrawn_at.map(|_| "command_line".to_owned()),
            }
        })
        .collect();
    let mut entry = draft.entry.clone();
    if entry.is_empty() {
        entry.push(match ctx.source {
            Source::Cli => Entry::CommandLine,
            _ => Entry::Typed,
        });
    }
    let lead = Lead {
        lead_id: provenance.lead_id.unwrap_or_else(Uuid::now_v7),
        event_id: provenance
            .event_id
            .clone()
            .unwrap_or_else(|| event.id.clone()),
        device_id: provenance.device_id.unwrap_or(ctx.device_id),
        captured_at,
        captured_by,
        source: provenance.source.unwrap_or(ctx.source),
        first_name: contact.first_name,
        last_name: contact.last_name,
        email: contact.email,
        company: contact.company,
        job_title: contact.job_title,
        phone: contact.phone,
        country: contact.country,
        notes: draft.notes.clone(),
        rating: draft.rating,
        answers: draft.answers.clone(),
        badge_id: draft.badge_id.clone(),
        receipt_id: Some(new_receipt_id()),
        policy: provenance
            .policy
            .clone()
            // The policy document shown in the attendee's language.
            .unwrap_or_else(|| PolicyRef::of(event.policy_in(chosen))),
        notice: Some(draft.notice),
        controller: Some(event.controller.clone()),
        jurisdiction: Some(event.jurisdiction.clone()).filter(|j| !j.is_empty()),
        collection: Some(Collection {
            method: ctx.method,
            entry,
            app_version: crate::VERSION.to_owned(),
            os_user: ctx.os_user.clone(),
        }),
        data_categories: Vec::new(),
        consents,
    };
    let lead = Lead {
        data_categories: lead.held_categories(),
        ..lead
    };
    // What the central office will check again: times, withdrawals, wording
    // and ids carried over by `leads add` are held to it here, where they enter.
    check_record(&lead, ctx.now)?;
    check_record_size(&lead).map_err(|e| LeadErrors(vec![e]))?;
    Ok((lead, warnings))
}

/// A lead's record must fit one line of a batch ([`crate::limits::LINE_BYTES`]):
/// it is refused when it is saved, not later when the export would fail.
fn check_record_size(lead: &Lead) -> Result<(), FieldError> {
    let bytes = crate::text::json_line(lead).map_or(usize::MAX, |l| l.len());
    crate::limits::check_bytes("its record", bytes, crate::limits::LINE_BYTES).map_err(|e| {
        FieldError::of(
            Field::Other("lead".into()),
            Rule::RecordTooLong {
                found: e.found,
                max: e.max,
            },
        )
    })
}

/// The lead rules a complete record must hold wherever it comes from: what the
/// central office checks again for every lead a batch brings (it has no event
/// file, so the purposes and questions themselves are not checked), at `now`.
///
/// A first or last name and an email or a phone; valid email syntax without
/// hidden characters; an ISO country or none; no control characters and the
/// field limit on single-line fields; the notes limit; answers keyed by question
/// ids, their values on one line; at least one consent record, no purpose twice,
/// each purpose id well formed and its wording on one line within the label
/// limit, a withdrawal only of a granted consent and not before it was given;
/// the event id and policy hash well formed; and no time (capture, decision,
/// withdrawal) more than [`crate::limits::CLOCK_SKEW_HOURS`] after `now`.
pub fn check_record(lead: &Lead, now: DateTime<Utc>) -> Result<(), LeadErrors> {
    let contact = Contact {
        first_name: lead.first_name.clone(),
        last_name: lead.last_name.clone(),
        email: lead.email.clone(),
        company: lead.company.clone(),
        job_title: lead.job_title.clone(),
        phone: lead.phone.clone(),
        country: lead.country.clone(),
    };
    let (_, mut errors, _) = check_contact(&contact, None);
    if let Err(e) = crate::limits::check_chars(Field::Notes, &lead.notes, MAX_NOTES_CHARS) {
        errors.push(FieldError::of(
            Field::Notes,
            Rule::TooLong {
                found: e.found,
                max: e.max,
            },
        ));
    }
    let latest = now + chrono::Duration::hours(crate::limits::CLOCK_SKEW_HOURS);
    let future = |t: &DateTime<Utc>, what: LateTime| {
        (*t > latest).then(|| Rule::Late {
            what,
            time: rfc3339(t),
            hours: crate::limits::CLOCK_SKEW_HOURS,
            now: rfc3339(&now),
        })
    };
    if let Some(rule) = future(&lead.captured_at, LateTime::Given) {
        errors.push(FieldError::of(Field::Other("captured_at".into()), rule));
    }
    single_line_of(|| Field::CapturedBy, &lead.captured_by, &mut errors);
    if let Some(b) = &lead.badge_id {
        single_line_of(|| Field::Other("badge_id".into()), b, &mut errors);
    }
    if !crate::config::is_event_id(&lead.event_id) {
        errors.push(FieldError::of(
            Field::Other("event_id".into()),
            Rule::EventIdInvalid {
                value: format!("{:?}", crate::text::sanitize_line(&lead.event_id)),
            },
        ));
    }
    if !is_sha256_hex(&lead.policy.sha256) {
        errors.push(FieldError::of(
            Field::Other("policy.sha256".into()),
            Rule::PolicyHashInvalid,
        ));
    }
    for (id, answer) in &lead.answers {
        let field = || Field::Answer(id.clone());
        if !crate::config::is_purpose_id(id) {
            errors.push(FieldError::of(field(), Rule::QuestionIdInvalid));
            continue;
        }
        match answer {
            Answer::One(v) => single_line_of(field, v, &mut errors),
            Answer::Many(list) => {
                for v in list {
                    single_line_of(field, v, &mut errors);
                }
            }
        }
    }
    if lead.consents.is_empty() {
        errors.push(FieldError::of(
            Field::Other("consents".into()),
            Rule::NoConsents,
        ));
    }
    for (i, c) in lead.consents.iter().enumerate() {
        if !crate::config::is_purpose_id(&c.purpose) {
            errors.push(FieldError::of(
                Field::Other(format!("consents[{i}].purpose")),
                Rule::PurposeIdInvalid {
                    value: format!("{:?}", crate::text::sanitize_line(&c.purpose)),
                },
            ));
            continue;
        }
        let field = || Field::Consent(c.purpose.clone());
        if lead.consents[..i].iter().any(|o| o.purpose == c.purpose) {
            errors.push(FieldError::of(field(), Rule::AppearsTwice));
        }
        if c.text.trim().is_empty() {
            errors.push(FieldError::of(field(), Rule::NoWording));
        } else if let Some((pos, ch)) = crate::text::first_control(&c.text) {
            errors.push(FieldError::of(
                field(),
                Rule::WordingControl {
                    code: format!("{:04X}", ch as u32),
                    position: pos + 1,
                },
            ));
        } else if let Err(e) =
            crate::limits::check_chars("its wording", &c.text, crate::limits::LABEL_CHARS)
        {
            errors.push(FieldError::of(
                field(),
                Rule::WordingTooLong {
                    found: e.found,
                    max: e.max,
                },
            ));
        }
        if let Some(rule) = future(&c.at, LateTime::Decided) {
            errors.push(FieldError::of(field(), rule));
        }
        if let Some(w) = &c.withdrawn_at {
            if !c.granted {
                errors.push(FieldError::of(field(), Rule::WithdrawnNeverGranted));
            } else if *w < c.at {
                errors.push(FieldError::of(
                    field(),
                    Rule::WithdrawnBefore {
                        time: rfc3339(w),
                        decided: rfc3339(&c.at),
                    },
                ));
            }
            if let Some(rule) = future(w, LateTime::Withdrawn) {
                errors.push(FieldError::of(field(), rule));
            }
        }
        check_consent_record(c, &future, &mut errors);
    }
    check_record_provenance(lead, &mut errors);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(LeadErrors(errors))
    }
}

/// The consent record's own fields (lead schema 2), as [`check_record`] holds
/// them: the tick is not in the future nor of a box left unticked, and the
/// language, withdrawer and channel are single lines within the field limit.
fn check_consent_record(
    c: &ConsentRecord,
    future: &dyn Fn(&DateTime<Utc>, LateTime) -> Option<Rule>,
    errors: &mut Vec<FieldError>,
) {
    // (That `text_sha256` is the hash of `text` holds wherever a record is
    // read: `ConsentRecord`'s deserialiser refuses it otherwise.)
    let field = |what: &str| Field::Other(format!("consents.{}.{what}", c.purpose));
    if let Some(t) = &c.ticked_at {
        if !c.granted {
            errors.push(FieldError::of(field("ticked_at"), Rule::TickedNotGranted));
        }
        if let Some(rule) = future(t, LateTime::Given) {
            errors.push(FieldError::of(field("ticked_at"), rule));
        }
    }
    for (what, value) in [
        ("language", &c.language),
        ("language_asked", &c.language_asked),
        ("withdrawn_by", &c.withdrawn_by),
        ("withdrawal_channel", &c.withdrawal_channel),
    ] {
        if let Some(v) = value {
            single_line_of(|| field(what), v, errors);
        }
    }
}

/// The lead's provenance (lead schema 2): receipt number, jurisdiction, the
/// controller, how it was collected and the data held are single lines within
/// the field limit, as everything a batch brings to the central office.
fn check_record_provenance(lead: &Lead, errors: &mut Vec<FieldError>) {
    let other = |what: &str| Field::Other(what.to_owned());
    for (what, value) in [
        ("receipt_id", &lead.receipt_id),
        ("jurisdiction", &lead.jurisdiction),
    ] {
        if let Some(v) = value {
            single_line_of(|| other(what), v, errors);
        }
    }
    if let Some(c) = &lead.controller {
        for (what, value) in [
            ("controller.name", &c.name),
            ("controller.address", &c.address),
            ("controller.privacy_contact", &c.privacy_contact),
        ] {
            single_line_of(|| other(what), value, errors);
        }
    }
    if let Some(c) = &lead.collection {
        single_line_of(|| other("collection.app_version"), &c.app_version, errors);
        single_line_of(|| other("collection.os_user"), &c.os_user, errors);
    }
    for (i, d) in lead.data_categories.iter().enumerate() {
        let field = || other(&format!("data_categories[{i}]"));
        if !DATA_CATEGORIES.contains(&d.as_str()) {
            errors.push(FieldError::of(
                field(),
                Rule::DataCategoryUnknown {
                    value: format!("{:?}", crate::text::sanitize_line(d)),
                    list: DATA_CATEGORIES.join(", "),
                },
            ));
        } else if lead.data_categories[..i].contains(d) {
            errors.push(FieldError::of(field(), Rule::AppearsTwice));
        }
    }
}

/// The categories of personal data a lead can hold ([`Lead::held_categories`]).
pub const DATA_CATEGORIES: [&str; 10] = [
    "name",
    "email",
    "phone",
    "company",
    "job_title",
    "country",
    "notes",
    "answers",
    "rating",
    "badge_id",
];

fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// One line of `leads add` input: the export schema with the provenance fields and
/// the consent details optional (SPEC.md "`leads add` reads the same schema").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeadInput {
    #[serde(default)]
    lead_id: Option<Uuid>,
    #[serde(default)]
    event_id: Option<String>,
    #[serde(default)]
    device_id: Option<Uuid>,
    #[serde(default)]
    captured_at: Option<DateTime<Utc>>,
    #[serde(default)]
    captured_by: Option<String>,
    #[serde(default)]
    source: Option<Source>,
    #[serde(default)]
    first_name: String,
    #[serde(default)]
    last_name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    company: String,
    #[serde(default)]
    job_title: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    notes: String,
    #[serde(default)]
    rating: Option<Rating>,
    #[serde(default)]
    answers: BTreeMap<String, Answer>,
    #[serde(default)]
    badge_id: Option<String>,
    #[serde(default)]
    policy: Option<PolicyRef>,
    consents: Vec<ConsentDecision>,
    /// The language the attendee read the wording in (`de`, ...), as a paper
    /// form in that language was; left out: the event's. Recorded per purpose
    /// as the language asked for, beside the language of the wording shown.
    #[serde(default)]
    language: Option<crate::i18n::Language>,
}

impl LeadInput {
    /// The rules that keep `leads add` from forging evidence: a lead added from
    /// the command line is recorded as exactly that (source `cli`, the person
    /// running it, this laptop, the current event, a policy version this booth
    /// holds the text of), and its times are plausible: the capture not in the
    /// future, each tick not before the capture. `ctx` is the command line's
    /// capture; `known_policy` says whether this booth holds a policy version.
    pub fn command_line_problems(
        &self,
        ctx: &Capture<'_>,
        known_policy: &dyn Fn(&str) -> bool,
    ) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut refuse = |field: &str, rule: Rule| {
            errors.push(FieldError::of(Field::Other(field.to_owned()), rule))
        };
        if let Some(s) = self.source
            && s != Source::Cli
        {
            refuse(
                "source",
                Rule::SourceNotCli {
                    value: format!("{:?}", s.as_str()),
                },
            );
        }
        if let Some(by) = &self.captured_by
            && *by != ctx.captured_by
        {
            refuse(
                "captured_by",
                Rule::CapturedByOther {
                    name: crate::text::sanitize_line(&ctx.captured_by).into_owned(),
                },
            );
        }
        if let Some(d) = self.device_id
            && d != ctx.device_id
        {
            refuse(
                "device_id",
                Rule::DeviceNotThis {
                    device: ctx.device_id.to_string(),
                },
            );
        }
        if let Some(e) = &self.event_id
            && *e != ctx.event.id
        {
            refuse(
                "event_id",
                Rule::EventNotCurrent {
                    event: ctx.event.id.clone(),
                },
            );
        }
        if let Some(p) = &self.policy
            && !known_policy(&p.sha256)
        {
            refuse("policy.sha256", Rule::PolicyNotShown);
        }
        let captured_at = self.captured_at.unwrap_or(ctx.now);
        if captured_at > ctx.now {
            refuse("captured_at", Rule::InFuture);
        }
        for c in &self.consents {
            if let Some(t) = c.ticked_at
                && t < captured_at
            {
                refuse(
                    &format!("consents.{}.ticked_at", c.purpose),
                    Rule::TickBeforeCapture,
                );
            }
        }
        errors
    }

    /// Splits the input into what a person entered and the provenance to keep.
    pub fn into_parts(self) -> (LeadDraft, Provenance) {
        (
            LeadDraft {
                contact: Contact {
                    first_name: self.first_name,
                    last_name: self.last_name,
                    email: self.email,
                    company: self.company,
                    job_title: self.job_title,
                    phone: self.phone,
                    country: self.country,
                },
                notes: self.notes,
                rating: self.rating,
                answers: self.answers,
                badge_id: self.badge_id,
                consents: self.consents,
                entry: vec![Entry::CommandLine],
                notice: NoticeShown::default(),
                language: self.language,
            },
            Provenance {
                lead_id: self.lead_id,
                event_id: self.event_id,
                device_id: self.device_id,
                captured_at: self.captured_at,
                captured_by: self.captured_by,
                source: self.source,
                policy: self.policy,
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    fn ctx(event: &Event) -> Capture<'_> {
        Capture {
            event,
            device_id: Uuid::nil(),
            captured_by: "Sam".into(),
            source: Source::Staff,
            method: ConsentMethod::StaffAssisted,
            now: "2026-11-29T10:15:03Z".parse().unwrap(),
            os_user: "sam".into(),
        }
    }

    fn draft(event: &Event) -> LeadDraft {
        LeadDraft {
            contact: Contact {
                first_name: "Zoë".into(),
                last_name: "Ōkubo".into(),
                email: " zoe@example.com ".into(),
                ..Default::default()
            },
            consents: event
                .purposes
                .iter()
                .map(|p| ConsentDecision::new(&p.id, p.required))
                .collect(),
            ..Default::default()
        }
    }

    fn errors(event: &Event, d: &LeadDraft) -> LeadErrors {
        build_lead(d, &ctx(event), &Provenance::default()).unwrap_err()
    }

    /// The record rules a batch is held to speak the staff language as the
    /// other rules do (branch i18nbooth2); English stays the wording scripts
    /// and the logs read.
    #[test]
    fn record_rules_say_themselves_in_each_language() {
        let e = Event::demo();
        let (mut lead, _) = build_lead(&draft(&e), &ctx(&e), &Provenance::default()).unwrap();
        let now: DateTime<Utc> = "2026-11-29T10:15:03Z".parse().unwrap();
        lead.event_id = "Demo Expo".into();
        lead.policy.sha256 = "abc".into();
        lead.consents[1].text = String::new();
        lead.consents[2].at = now + chrono::Duration::days(3);
        lead.data_categories = vec!["shoe_size".into()];
        let errs = check_record(&lead, now).unwrap_err();
        assert_eq!(errs.0.len(), 5, "{errs}");
        assert!(errs.0.iter().all(|e| e.rule.is_some()), "{errs:?}");
        let english = errs.to_string();
        assert_eq!(english, errs.said_in(Language::En));
        for part in [
            "event_id: \"Demo Expo\" is not an event id (lowercase letters, digits and '-')",
            "policy.sha256: is not 64 lowercase hex digits",
            ": has no wording",
            ": decided at 2026-12-02T10:15:03Z is in the future (more than 24 hours after 2026-11-29T10:15:03Z); check the laptop's clock",
            "data_categories[0]: \"shoe_size\" is not a data category (name, email,",
        ] {
            assert!(english.contains(part), "{part}\n{english}");
        }
        let german = errs.said_in(Language::De);
        for part in [
            "event_id: \"Demo Expo\" ist keine Veranstaltungs-ID",
            "policy.sha256: besteht nicht aus 64 Hexadezimalziffern",
            ": hat keinen Wortlaut",
            ": entschieden am 2026-12-02T10:15:03Z: liegt in der Zukunft (mehr als 24 Stunden",
            "\"shoe_size\" ist keine Datenkategorie",
        ] {
            assert!(german.contains(part), "{part}\n{german}");
        }
        let french = errs.said_in(Language::Fr);
        assert!(french.contains(": n'a pas de texte"), "{french}");
        let spanish = errs.said_in(Language::Es);
        assert!(spanish.contains(": no tiene texto"), "{spanish}");
    }

    #[test]
    fn valid_lead_records_every_purpose_in_order() {
        let e = Event::demo();
        let (lead, warnings) = build_lead(&draft(&e), &ctx(&e), &Provenance::default()).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(lead.email, "zoe@example.com");
        assert_eq!(lead.first_name, "Zoë");
        assert_eq!(lead.consents.len(), e.purposes.len());
        for (c, p) in lead.consents.iter().zip(&e.purposes) {
            assert_eq!(c.purpose, p.id);
            assert_eq!(c.text, p.label);
            assert_eq!(c.granted, p.required);
            assert_eq!(c.method, ConsentMethod::StaffAssisted);
        }
        assert_eq!(lead.policy.sha256, e.policy.sha256);
        assert_eq!(lead.policy.last_updated.as_deref(), Some("2012-10-09"));
        assert_eq!(lead.lead_id.get_version_num(), 7);
    }

    #[test]
    fn name_and_a_way_to_reach_are_required() {
        let e = Event::demo();
        let mut d = draft(&e);
        d.contact.first_name = "  ".into();
        d.contact.last_name.clear();
        d.contact.email.clear();
        let errs = errors(&e, &d);
        assert!(errs.for_field(&Field::FirstName).is_some());
        assert!(errs.for_field(&Field::Email).is_some());
        d.contact.last_name = "O'Neil".into();
        d.contact.phone = "+1 415 555 2671".into();
        let (lead, _) = build_lead(&d, &ctx(&e), &Provenance::default()).unwrap();
        assert_eq!(lead.phone, "+14155552671");
    }

    #[test]
    fn required_consent_unticked_is_refused_beside_it() {
        let e = Event::demo();
        let mut d = draft(&e);
        d.consents[0].granted = false;
        let errs = errors(&e, &d);
        assert!(
            errs.for_field(&Field::Consent("policy_ack".into()))
                .is_some(),
            "{errs}"
        );
    }

    #[test]
    fn a_display_name_is_dropped_and_the_address_stored_alone() {
        let e = Event::demo();
        for typed in [
            "Zoe Example <zoe@example.com>",
            "\"Example, Zoe\" <zoe@example.com>",
            "<zoe@example.com>",
            " zoe@example.com ",
        ] {
            let mut d = draft(&e);
            d.contact.email = typed.into();
            let (lead, _) = build_lead(&d, &ctx(&e), &Provenance::default()).unwrap();
            assert_eq!(lead.email, "zoe@example.com", "{typed}");
        }
        let mut d = draft(&e);
        d.contact.email = "Zoe <zoe@example.com> <x@example.com>".into();
        assert!(errors(&e, &d).for_field(&Field::Email).is_some());
    }

    #[test]
    fn rfc_length_limits_are_enforced_naming_the_limit() {
        let e = Event::demo();
        let mut d = draft(&e);
        d.contact.email = format!("{}@example.com", "a".repeat(64));
        assert!(build_lead(&d, &ctx(&e), &Provenance::default()).is_ok());
        d.contact.email = format!("{}@example.com", "a".repeat(65));
        let m = errors(&e, &d).for_field(&Field::Email).unwrap().to_owned();
        assert!(
            m.contains("65 bytes before the @") && m.contains("64"),
            "{m}"
        );
        let domain = ["b", "c", "d", "e", "f"].map(|l| l.repeat(60)).join(".");
        d.contact.email = format!("zoe@{domain}");
        let m = errors(&e, &d).for_field(&Field::Email).unwrap().to_owned();
        assert!(m.contains("254"), "{m}");
    }

    #[test]
    fn email_syntax_checked() {
        let e = Event::demo();
        for bad in [
            "zoe",
            "zoe@",
            "@example.com",
            "zoe@@example.com",
            "zoe@example",
            "zo e@example.com",
        ] {
            let mut d = draft(&e);
            d.contact.email = bad.into();
            assert!(errors(&e, &d).for_field(&Field::Email).is_some(), "{bad}");
        }
    }

    #[test]
    fn phone_normalised_with_default_or_lead_country_else_kept_with_warning() {
        let e = Event::demo();
        let mut d = draft(&e);
        d.contact.phone = "(415) 555-2671".into();
        let (lead, _) = build_lead(&d, &ctx(&e), &Provenance::default()).unwrap();
        assert_eq!(lead.phone, "+14155552671");
        d.contact.phone = "030 1234567".into();
        d.contact.country = "de".into();
        let (lead, w) = build_lead(&d, &ctx(&e), &Provenance::default()).unwrap();
        assert_eq!(
            (lead.phone.as_str(), lead.country.as_str()),
            ("+49301234567", "DE")
        );
        assert!(w.is_empty());
        d.contact.phone = "ext 12".into();
        let (lead, w) = build_lead(&d, &ctx(&e), &Provenance::default()).unwrap();
        assert_eq!(lead.phone, "ext 12");
        assert_eq!(w[0].field, Field::Phone);
        d.contact.phone = "call me".into();
        assert!(errors(&e, &d).for_field(&Field::Phone).is_some());
    }

    #[test]
    fn country_must_be_iso_alpha2() {
        let e = Event::demo();
        for bad in ["ZZ", "U", "1A", "Atlantis"] {
            let mut d = draft(&e);
            d.contact.country = bad.into();
            assert!(errors(&e, &d).for_field(&Field::Country).is_some(), "{bad}");
        }
        // Issue 16: a name is accepted ("USA" is the country's own name in
        // glibc's en_US locale data) and stored as the code.
        let mut d = draft(&e);
        d.contact.country = "USA".into();
        let (lead, _) = build_lead(&d, &ctx(&e), &Provenance::default()).unwrap();
        assert_eq!(lead.country, "US");
    }

    #[test]
    fn every_country_name_in_the_table_is_saved_as_its_code() {
        let e = Event::demo();
        for (code, name) in crate::country::entries() {
            let mut d = draft(&e);
            d.contact.country = name.into();
            let (lead, _) = build_lead(&d, &ctx(&e), &Provenance::default())
                .unwrap_or_else(|err| panic!("{name}: {err}"));
            assert_eq!(lead.country, code, "{name}");
        }
    }

    #[test]
    fn control_characters_refused_on_single_line_fields_only() {
        let e = Event::demo();
        for c in [
            '\u{0}', '\u{7}', '\n', '\r', '\t', '\u{1b}', '\u{7f}', '\u{85}', '\u{9b}',
        ] {
            let mut d = draft(&e);
            d.contact.company = format!("Acme{c}Corp");
            let errs = errors(&e, &d);
            assert!(
                errs.for_field(&Field::Company).unwrap().contains("control"),
                "{c:?}"
            );
            let mut d = draft(&e);
            d.notes = format!("line{c}two");
            assert!(
                build_lead(&d, &ctx(&e), &Provenance::default()).is_ok(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn unicode_kept_byte_for_byte() {
        let e = Event::demo();
        let mut d = draft(&e);
        let name = "  Ω≈ç√ 田中 \u{202e}evil\u{200b} 👩‍👩‍👦 ";
        d.contact.first_name = name.into();
        d.contact.company = name.into();
        let (lead, _) = build_lead(&d, &ctx(&e), &Provenance::default()).unwrap();
        assert_eq!(lead.first_name, name);
        assert_eq!(lead.company, name);
    }

    #[test]
    fn answers_match_their_questions() {
        let e = Event::demo();
        let mut d = draft(&e);
        d.answers
            .insert("interest".into(), Answer::One("Just looking".into()));
        d.answers
            .insert("products".into(), Answer::Many(vec!["Cloud sync".into()]));
        d.answers
            .insert("timeline".into(), Answer::One("Q3".into()));
        assert!(build_lead(&d, &ctx(&e), &Provenance::default()).is_ok());
        for (q, a) in [
            ("interest", Answer::One("Buying a boat".into())),
            ("products", Answer::One("Cloud sync".into())),
            (
                "products",
                Answer::Many(vec!["Cloud sync".into(), "Cloud sync".into()]),
            ),
            ("timeline", Answer::Many(vec![])),
            ("nope", Answer::One("x".into())),
        ] {
            let mut d2 = d.clone();
            d2.answers.insert(q.into(), a);
            assert!(
                errors(&e, &d2)
                    .for_field(&Field::Answer(q.into()))
                    .is_some(),
                "{q}"
            );
        }
    }

    #[test]
    fn a_gap_in_the_language_asked_for_is_recorded_as_both() {
        let e = Event::parse_text(
            r#"
[event]
id = "expo"
name = "Expo"
organisation = "Acme"

[[purpose]]
id = "policy_ack"
label = "I saw the notice."
legal_basis = "legitimate_interest"
required = true

[[purpose]]
id = "events"
label = "Invite me to events."

[translation.de.purposes]
events = "Laden Sie mich zu Veranstaltungen ein."
"#,
        )
        .unwrap();
        let mut d = draft(&e);
        d.language = Some(crate::i18n::Language::De);
        let (lead, _) = build_lead(&d, &ctx(&e), &Provenance::default()).unwrap();
        let gap = lead.consent("policy_ack").unwrap();
        assert_eq!(
            (gap.language.as_deref(), gap.language_asked.as_deref()),
            (Some("en"), Some("de")),
            "shown in English, asked for in German"
        );
        assert_eq!(gap.text, "I saw the notice.");
        let read = lead.consent("events").unwrap();
        assert_eq!(
            (read.language.as_deref(), read.language_asked.as_deref()),
            (Some("de"), Some("de"))
        );
        assert_eq!(read.text, "Laden Sie mich zu Veranstaltungen ein.");
        // Written and read back, the record keeps both.
        let line = serde_json::to_string(&lead).unwrap();
        assert!(
            line.contains(r#""language":"en","language_asked":"de""#),
            "{line}"
        );
        let back: Lead = serde_json::from_str(&line).unwrap();
        assert_eq!(back, lead);
        // A record that names the language asked for but not the one shown is
        // refused where it is read.
        let broken = line.replacen(r#""language":"en","#, "", 1);
        let err = serde_json::from_str::<Lead>(&broken)
            .unwrap_err()
            .to_string();
        assert!(err.contains("language_asked is set but language"), "{err}");
    }

    #[test]
    fn the_record_is_complete() {
        let mut e = Event::demo();
        e.consent_valid_months = Some(24);
        let mut d = draft(&e);
        let tick: DateTime<Utc> = "2026-11-29T10:14:50Z".parse().unwrap();
        d.consents[1] = ConsentDecision::ticked("marketing_email", tick);
        d.entry = vec![Entry::Badge, Entry::Typed];
        d.notice.policy_opened = true;
        let (lead, _) = build_lead(&d, &ctx(&e), &Provenance::default()).unwrap();
        let c = lead.consent("marketing_email").unwrap();
        assert_eq!(c.ticked_at, Some(tick));
        assert_eq!(c.at, lead.captured_at);
        assert_eq!(c.legal_basis, Some(crate::consent::LegalBasis::Consent));
        assert_eq!(
            c.text_sha256.as_deref(),
            Some(crate::policy::sha256_hex(c.text.as_bytes()).as_str())
        );
        assert_eq!(c.language.as_deref(), Some("en"));
        assert_eq!(c.language_asked.as_deref(), Some("en"));
        assert_eq!(lead.schema_version(), 3);
        assert_eq!(
            c.expires_at.map(|t| t.to_rfc3339()),
            Some("2028-11-29T10:15:03+00:00".into())
        );
        let ack = lead.consent("policy_ack").unwrap();
        assert_eq!(ack.expires_at, None, "not a consent: no expiry");
        let no = lead.consent("events").unwrap();
        assert_eq!((no.ticked_at, no.expires_at), (None, None));
        let col = lead.collection.as_ref().unwrap();
        assert_eq!(col.entry, [Entry::Badge, Entry::Typed]);
        assert_eq!(
            (col.os_user.as_str(), col.app_version.is_empty()),
            ("sam", false)
        );
        assert!(lead.notice.unwrap().policy_opened);
        assert_eq!(lead.controller.as_ref().unwrap().name, e.controller.name);
        assert_eq!(lead.data_categories, ["name", "email"]);
        let r = lead.receipt_id.clone().unwrap();
        assert_eq!(r.len(), 10);
        assert!(
            r.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        );
        assert_ne!(lead.consents[0].record_id, lead.consents[1].record_id);
    }

    #[test]
    fn evidence_from_outside_the_form_must_match_the_event() {
        let e = Event::demo();
        let mut d = draft(&e);
        d.consents[1].granted = true;
        d.consents[1].text = Some("Send me everything.".into());
        d.consents[2].granted = true;
        d.consents[2].method = Some(ConsentMethod::SelfService);
        d.consents[3].granted = true;
        d.consents[3].ticked_at = Some("2030-01-01T00:00:00Z".parse().unwrap());
        d.consents[4].withdrawn_at = Some("2026-11-29T10:00:00Z".parse().unwrap());
        let errs = errors(&e, &d).to_string();
        for f in [
            "consents.marketing_email.text",
            "consents.marketing_phone.method",
            "consents.marketing_mail.ticked_at",
            "consents.events.withdrawn_at",
        ] {
            assert!(errs.contains(f), "{f}: {errs}");
        }
    }

    #[test]
    fn json_has_spec_key_order_and_round_trips() {
        let e = Event::demo();
        let (lead, _) = build_lead(&draft(&e), &ctx(&e), &Provenance::default()).unwrap();
        let json = serde_json::to_string(&lead).unwrap();
        assert!(json.starts_with("{\"lead_id\":"));
        assert!(
            json.contains("\"captured_at\":\"2026-11-29T10:15:03Z\""),
            "{json}"
        );
        let keys = [
            "lead_id",
            "event_id",
            "device_id",
            "captured_at",
            "captured_by",
            "source",
            "first_name",
            "policy",
            "consents",
        ];
        let positions: Vec<_> = keys
            .iter()
            .map(|k| json.find(&format!("\"{k}\"")).unwrap())
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]));
        let back: Lead = serde_json::from_str(&json).unwrap();
        assert_eq!(back, lead);
    }
}
