//! The lead rules a person can break on the form or with `leads add`, as
//! values: each says itself in any shipped language ([`Rule::message`]); the
//! command line says them in the staff language. The English wording is the one
//! scripts and the logs have always read ([`FieldError::message`] keeps it);
//! the form shows a broken rule in the language of the side that
//! reads it (`tui::form`: the form's language; the staff's edit screen: the
//! staff language).
//!
//! [`FieldError::message`]: super::FieldError::message

use crate::i18n::{
    self, Language, Msg, arg, msg::booth as msg, msg::booth2 as record, msg::rules as more,
};

/// One broken lead rule, with what its message names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// A control character (`code` hex, `position` from 1) in a one-line field.
    ControlCharacter {
        /// `001B`.
        code: String,
        /// Character position, from 1.
        position: usize,
    },
    /// More characters than the field may have.
    TooLong {
        /// Characters found.
        found: usize,
        /// The limit.
        max: usize,
    },
    /// Neither a first nor a last name.
    NameMissing,
    /// Neither an email address nor a phone number.
    EmailOrPhoneMissing,
    /// An invisible or direction-changing character in the email address.
    EmailHidden {
        /// `200B`.
        code: String,
        /// Character position, from 1.
        position: usize,
    },
    /// An email address longer than RFC 5321 allows.
    EmailTooLong {
        /// Its bytes.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// A local part (before the `@`) longer than RFC 5321 allows.
    EmailLocalTooLong {
        /// Its bytes.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// Not an email address.
    EmailInvalid,
    /// A country name that names more than one country; `value` is quoted.
    CountryAmbiguous {
        /// What was typed, sanitised and quoted.
        value: String,
    },
    /// A country name not known; `value` is quoted.
    CountryUnknown {
        /// What was typed, sanitised and quoted.
        value: String,
    },
    /// A phone number without a digit.
    PhoneNoDigits,
    /// A required box left unticked.
    Required,
    /// A phone number kept as typed: not valid for `region` (checked against
    /// the country its prefix names, else the lead's or the event's).
    PhoneKeptFor {
        /// ISO 3166-1 alpha-2.
        region: String,
    },
    /// A phone number kept as typed: its international prefix names no country.
    PhoneKeptPrefix,
    /// A phone number kept as typed: no country to check it against.
    PhoneKept,

    // The rules only the command line (and a batch) can break.
    /// An answer to a question the event does not ask.
    NotAQuestion,
    /// An answer that is not one of the question's choices; `value` quoted.
    NotAChoice {
        /// What was given, sanitised and quoted.
        value: String,
    },
    /// A choice given twice in a multiple-choice answer; `value` quoted.
    ChosenTwice {
        /// What was given, sanitised and quoted.
        value: String,
    },
    /// One value for a multiple-choice question.
    TakesList,
    /// A list for a question that takes one value.
    TakesOne,
    /// No decision for a purpose of the event.
    ConsentMissing,
    /// A decision for a purpose the event does not have.
    PurposeUnknown,
    /// The same purpose (or data category) twice.
    AppearsTwice,
    /// A consent's wording other than the event's.
    WordingNotEvents,
    /// A consent method other than the capture's own.
    MethodMismatch {
        /// The method given (wire name).
        given: String,
        /// The capture's method (wire name).
        capture: String,
    },
    /// A time after now.
    InFuture,
    /// A tick time on a consent not granted.
    TickedNotGranted,
    /// A withdrawal time on a consent not granted.
    WithdrawnNotGranted,
    /// A withdrawal before the consent was given.
    WithdrawnBeforeGiven,
    /// `leads add` given a source other than `cli`; `value` quoted.
    SourceNotCli {
        /// The source given, quoted.
        value: String,
    },
    /// `leads add` naming someone else as the capturer.
    CapturedByOther {
        /// The person adding it (sanitised).
        name: String,
    },
    /// `leads add` naming another laptop.
    DeviceNotThis {
        /// This laptop's id.
        device: String,
    },
    /// `leads add` naming another event.
    EventNotCurrent {
        /// The current event's id.
        event: String,
    },
    /// `leads add` naming a policy version this booth holds no text of.
    PolicyNotShown,
    /// A tick time before the capture.
    TickBeforeCapture,

    // The record rules a batch is held to wherever it comes from
    // (`check_record`): the central office checks them again.
    /// A time more than the clock skew allows after now.
    Late {
        /// Which time: the capture's (or a tick's), a decision's, a withdrawal's.
        what: LateTime,
        /// The time given (RFC 3339).
        time: String,
        /// The skew allowed, in hours.
        hours: i64,
        /// Now (RFC 3339).
        now: String,
    },
    /// An event id that is not one; `value` quoted.
    EventIdInvalid {
        /// What was given, sanitised and quoted.
        value: String,
    },
    /// A policy hash that is not a SHA-256 in hex.
    PolicyHashInvalid,
    /// An answer keyed by something that is not a question id.
    QuestionIdInvalid,
    /// A record without a consent decision.
    NoConsents,
    /// A purpose id that is not one; `value` quoted.
    PurposeIdInvalid {
        /// What was given, sanitised and quoted.
        value: String,
    },
    /// A consent record without wording.
    NoWording,
    /// A control character (`code` hex, `position` from 1) in a consent's wording.
    WordingControl {
        /// `001B`.
        code: String,
        /// Character position, from 1.
        position: usize,
    },
    /// A consent wording longer than a purpose label may be.
    WordingTooLong {
        /// Characters found.
        found: usize,
        /// The limit.
        max: usize,
    },
    /// A withdrawal of a consent never granted.
    WithdrawnNeverGranted,
    /// A withdrawal before the consent was given.
    WithdrawnBefore {
        /// The withdrawal (RFC 3339).
        time: String,
        /// The decision (RFC 3339).
        decided: String,
    },
    /// Not one of [`super::DATA_CATEGORIES`]; `value` quoted.
    DataCategoryUnknown {
        /// What was given, sanitised and quoted.
        value: String,
        /// The categories, comma-separated.
        list: String,
    },
    /// A record longer than a batch line may be.
    RecordTooLong {
        /// Bytes found.
        found: usize,
        /// The limit.
        max: usize,
    },
}

/// Which time of a record is in the future ([`Rule::Late`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LateTime {
    /// The capture, or a tick: the field names it.
    Given,
    /// A consent decision.
    Decided,
    /// A withdrawal.
    Withdrawn,
}

impl Rule {
    /// What is wrong, in `lang`, as said beside the field.
    pub fn message(&self, lang: Language) -> String {
        let f = |id: Msg, args: Vec<(&'static str, String)>| {
            i18n::format(lang, id, args.iter().map(|(k, v)| (*k, arg(v))))
        };
        match self {
            Rule::ControlCharacter { code, position } => f(
                msg::RULE_CONTROL_CHARACTER,
                vec![("code", code.clone()), ("position", position.to_string())],
            ),
            Rule::TooLong { found, max } => f(
                msg::RULE_TOO_LONG,
                vec![("found", found.to_string()), ("max", max.to_string())],
            ),
            Rule::NameMissing => f(msg::RULE_NAME_MISSING, vec![]),
            Rule::EmailOrPhoneMissing => f(msg::RULE_EMAIL_OR_PHONE, vec![]),
            Rule::EmailHidden { code, position } => f(
                msg::RULE_EMAIL_HIDDEN,
                vec![("code", code.clone()), ("position", position.to_string())],
            ),
            Rule::EmailTooLong { bytes, max } => f(
                msg::RULE_EMAIL_TOO_LONG,
                vec![("bytes", bytes.to_string()), ("max", max.to_string())],
            ),
            Rule::EmailLocalTooLong { bytes, max } => f(
                msg::RULE_EMAIL_LOCAL_TOO_LONG,
                vec![("bytes", bytes.to_string()), ("max", max.to_string())],
            ),
            Rule::EmailInvalid => f(msg::RULE_EMAIL_INVALID, vec![]),
            Rule::CountryAmbiguous { value } => {
                f(msg::RULE_COUNTRY_AMBIGUOUS, vec![("value", value.clone())])
            }
            Rule::CountryUnknown { value } => {
                f(msg::RULE_COUNTRY_UNKNOWN, vec![("value", value.clone())])
            }
            Rule::PhoneNoDigits => f(msg::RULE_PHONE_NO_DIGITS, vec![]),
            Rule::Required => f(msg::RULE_REQUIRED, vec![]),
            Rule::PhoneKeptFor { region } => {
                f(msg::RULE_PHONE_KEPT_FOR, vec![("region", region.clone())])
            }
            Rule::PhoneKeptPrefix => f(msg::RULE_PHONE_KEPT_PREFIX, vec![]),
            Rule::PhoneKept => f(msg::RULE_PHONE_KEPT, vec![]),
            Rule::NotAQuestion => f(more::NOT_A_QUESTION, vec![]),
            Rule::NotAChoice { value } => f(more::NOT_A_CHOICE, vec![("value", value.clone())]),
            Rule::ChosenTwice { value } => f(more::CHOSEN_TWICE, vec![("value", value.clone())]),
            Rule::TakesList => f(more::TAKES_LIST, vec![]),
            Rule::TakesOne => f(more::TAKES_ONE, vec![]),
            Rule::ConsentMissing => f(more::CONSENT_MISSING, vec![]),
            Rule::PurposeUnknown => f(more::PURPOSE_UNKNOWN, vec![]),
            Rule::AppearsTwice => f(more::APPEARS_TWICE, vec![]),
            Rule::WordingNotEvents => f(more::WORDING_NOT_EVENTS, vec![]),
            Rule::MethodMismatch { given, capture } => f(
                more::METHOD_MISMATCH,
                vec![("given", given.clone()), ("capture", capture.clone())],
            ),
            Rule::InFuture => f(more::IN_FUTURE, vec![]),
            Rule::TickedNotGranted => f(more::TICKED_NOT_GRANTED, vec![]),
            Rule::WithdrawnNotGranted => f(more::WITHDRAWN_NOT_GRANTED, vec![]),
            Rule::WithdrawnBeforeGiven => f(more::WITHDRAWN_BEFORE_GIVEN, vec![]),
            Rule::SourceNotCli { value } => f(more::SOURCE_NOT_CLI, vec![("value", value.clone())]),
            Rule::CapturedByOther { name } => {
                f(more::CAPTURED_BY_OTHER, vec![("name", name.clone())])
            }
            Rule::DeviceNotThis { device } => {
                f(more::DEVICE_NOT_THIS, vec![("device", device.clone())])
            }
            Rule::EventNotCurrent { event } => {
                f(more::EVENT_NOT_CURRENT, vec![("event", event.clone())])
            }
            Rule::PolicyNotShown => f(more::POLICY_NOT_SHOWN, vec![]),
            Rule::TickBeforeCapture => f(more::TICK_BEFORE_CAPTURE, vec![]),
            Rule::Late {
                what,
                time,
                hours,
                now,
            } => f(
                match what {
                    LateTime::Given => record::RECORD_TIME_FUTURE,
                    LateTime::Decided => record::RECORD_DECIDED_FUTURE,
                    LateTime::Withdrawn => record::RECORD_WITHDRAWN_FUTURE,
                },
                vec![
                    ("time", time.clone()),
                    ("hours", hours.to_string()),
                    ("now", now.clone()),
                ],
            ),
            Rule::EventIdInvalid { value } => {
                f(record::RECORD_EVENT_ID, vec![("value", value.clone())])
            }
            Rule::PolicyHashInvalid => f(record::RECORD_POLICY_HASH, vec![]),
            Rule::QuestionIdInvalid => f(record::RECORD_QUESTION_ID, vec![]),
            Rule::NoConsents => f(record::RECORD_NO_CONSENTS, vec![]),
            Rule::PurposeIdInvalid { value } => {
                f(record::RECORD_PURPOSE_ID, vec![("value", value.clone())])
            }
            Rule::NoWording => f(record::RECORD_NO_WORDING, vec![]),
            Rule::WordingControl { code, position } => f(
                record::RECORD_WORDING_CONTROL,
                vec![("code", code.clone()), ("position", position.to_string())],
            ),
            Rule::WordingTooLong { found, max } => f(
                record::RECORD_WORDING_TOO_LONG,
                vec![("found", found.to_string()), ("max", max.to_string())],
            ),
            Rule::WithdrawnNeverGranted => f(record::RECORD_WITHDRAWN_NEVER_GRANTED, vec![]),
            Rule::WithdrawnBefore { time, decided } => f(
                record::RECORD_WITHDRAWN_BEFORE,
                vec![("time", time.clone()), ("decided", decided.clone())],
            ),
            Rule::DataCategoryUnknown { value, list } => f(
                record::RECORD_DATA_CATEGORY,
                vec![("value", value.clone()), ("list", list.clone())],
            ),
            Rule::RecordTooLong { found, max } => f(
                record::RECORD_TOO_LONG,
                vec![("found", found.to_string()), ("max", max.to_string())],
            ),
        }
    }

    /// The message in English: what the command line and the logs show.
    pub fn english(&self) -> String {
        self.message(Language::En)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English wording is the one `leads add`, the attendee import and
    /// scripts have read all along: moving it into the message files changed
    /// no byte of it.
    #[test]
    fn english_is_the_wording_the_command_line_always_printed() {
        let cases = [
            (
                Rule::ControlCharacter {
                    code: "001B".into(),
                    position: 3,
                },
                "contains control character U+001B at position 3; only printable text is allowed on one line",
            ),
            (
                Rule::TooLong {
                    found: 1001,
                    max: 1000,
                },
                "is 1001 characters, more than the 1000 it may have",
            ),
            (Rule::NameMissing, "enter a first or last name"),
            (
                Rule::EmailOrPhoneMissing,
                "enter an email address or a phone number",
            ),
            (
                Rule::EmailHidden {
                    code: "200B".into(),
                    position: 4,
                },
                "contains the invisible or direction-changing character U+200B at position 4; an email address must be typed as plain text",
            ),
            (
                Rule::EmailTooLong {
                    bytes: 300,
                    max: 254,
                },
                "is 300 bytes long; an email address may have at most 254 (RFC 5321)",
            ),
            (
                Rule::EmailLocalTooLong { bytes: 65, max: 64 },
                "has 65 bytes before the @; at most 64 are allowed (RFC 5321)",
            ),
            (
                Rule::EmailInvalid,
                "is not a valid email address (like name@example.com)",
            ),
            (
                Rule::CountryAmbiguous {
                    value: "\"Korea\"".into(),
                },
                "\"Korea\" names more than one country: type the full name",
            ),
            (
                Rule::CountryUnknown {
                    value: "\"Atlantis\"".into(),
                },
                "\"Atlantis\" is not a country name we know: type it like Germany, Deutschland or Allemagne",
            ),
            (Rule::PhoneNoDigits, "has no digits"),
            (Rule::Required, "is required: tick it to save"),
            (
                Rule::PhoneKeptFor {
                    region: "DE".into(),
                },
                "kept as typed: not a valid number for DE",
            ),
            (
                Rule::PhoneKeptPrefix,
                "kept as typed: its international prefix names no country",
            ),
            (Rule::PhoneKept, "kept as typed: not a valid number"),
            // The rules only the command line meets (branch i18nrules).
            (Rule::NotAQuestion, "is not a question of this event"),
            (
                Rule::NotAChoice {
                    value: "\"Maybe\"".into(),
                },
                "\"Maybe\" is not one of the choices",
            ),
            (
                Rule::ChosenTwice {
                    value: "\"CRM\"".into(),
                },
                "\"CRM\" is chosen twice",
            ),
            (Rule::TakesList, "takes a list of choices"),
            (Rule::TakesOne, "takes one value, not a list"),
            (
                Rule::ConsentMissing,
                "is missing: give granted true or false",
            ),
            (Rule::PurposeUnknown, "is not a purpose of this event"),
            (Rule::AppearsTwice, "appears more than once"),
            (
                Rule::WordingNotEvents,
                "is not the wording this event shows for the purpose; leave it out (the event's wording is recorded)",
            ),
            (
                Rule::MethodMismatch {
                    given: "self_service".into(),
                    capture: "staff_assisted".into(),
                },
                "is self_service, but this capture is staff_assisted; only the booth records how a consent was collected",
            ),
            (Rule::InFuture, "is in the future"),
            (
                Rule::TickedNotGranted,
                "is set but the consent is not granted",
            ),
            (
                Rule::WithdrawnNotGranted,
                "is set but the consent was not granted",
            ),
            (
                Rule::WithdrawnBeforeGiven,
                "is before the consent was given",
            ),
            (
                Rule::SourceNotCli {
                    value: "\"staff\"".into(),
                },
                "is \"staff\": a lead added from the command line is recorded as \"cli\" (only the booth records staff, kiosk or badge leads); leave it out",
            ),
            (
                Rule::CapturedByOther { name: "Sam".into() },
                "names someone other than the person adding it (Sam); leave it out, or run with --staff NAME",
            ),
            (
                Rule::DeviceNotThis {
                    device: "00000000-0000-0000-0000-000000000000".into(),
                },
                "is not this laptop (00000000-0000-0000-0000-000000000000); leave it out",
            ),
            (
                Rule::EventNotCurrent {
                    event: "demo-2026".into(),
                },
                "is not the current event (demo-2026); leave it out, or use that event's file",
            ),
            (
                Rule::PolicyNotShown,
                "is a policy version this booth never showed (no text of it is held); leave it out to record the current policy",
            ),
            (
                Rule::TickBeforeCapture,
                "is before the capture (captured_at)",
            ),
            // The record rules (branch i18nbooth2): the English `check_record`
            // wrote before they went through the message files.
            (
                Rule::Late {
                    what: LateTime::Given,
                    time: "2027-01-01T00:00:00Z".into(),
                    hours: 24,
                    now: "2026-12-01T00:00:00Z".into(),
                },
                "2027-01-01T00:00:00Z is in the future (more than 24 hours after 2026-12-01T00:00:00Z); check the laptop's clock",
            ),
            (
                Rule::Late {
                    what: LateTime::Decided,
                    time: "2027-01-01T00:00:00Z".into(),
                    hours: 24,
                    now: "2026-12-01T00:00:00Z".into(),
                },
                "decided at 2027-01-01T00:00:00Z is in the future (more than 24 hours after 2026-12-01T00:00:00Z); check the laptop's clock",
            ),
            (
                Rule::Late {
                    what: LateTime::Withdrawn,
                    time: "2027-01-01T00:00:00Z".into(),
                    hours: 24,
                    now: "2026-12-01T00:00:00Z".into(),
                },
                "withdrawn at 2027-01-01T00:00:00Z is in the future (more than 24 hours after 2026-12-01T00:00:00Z); check the laptop's clock",
            ),
            (
                Rule::EventIdInvalid {
                    value: "\"Demo Expo\"".into(),
                },
                "\"Demo Expo\" is not an event id (lowercase letters, digits and '-')",
            ),
            (Rule::PolicyHashInvalid, "is not 64 lowercase hex digits"),
            (
                Rule::QuestionIdInvalid,
                "is not a question id (lowercase letters, digits and '_')",
            ),
            (
                Rule::NoConsents,
                "has no consent records: a lead records a decision for every purpose of its event",
            ),
            (
                Rule::PurposeIdInvalid {
                    value: "\"Mail\"".into(),
                },
                "\"Mail\" is not a purpose id (lowercase letters, digits and '_')",
            ),
            (Rule::NoWording, "has no wording"),
            (
                Rule::WordingControl {
                    code: "001B".into(),
                    position: 2,
                },
                "wording contains control character U+001B at position 2",
            ),
            (
                Rule::WordingTooLong {
                    found: 501,
                    max: 500,
                },
                "its wording is 501 characters, more than the 500 it may have",
            ),
            (
                Rule::WithdrawnNeverGranted,
                "is withdrawn but was never granted",
            ),
            (
                Rule::WithdrawnBefore {
                    time: "2026-11-01T00:00:00Z".into(),
                    decided: "2026-11-02T00:00:00Z".into(),
                },
                "is withdrawn at 2026-11-01T00:00:00Z, before it was given at 2026-11-02T00:00:00Z",
            ),
            (
                Rule::DataCategoryUnknown {
                    value: "\"shoe_size\"".into(),
                    list: "name, email".into(),
                },
                "\"shoe_size\" is not a data category (name, email)",
            ),
            (
                Rule::RecordTooLong {
                    found: 70000,
                    max: 65536,
                },
                "its record is 70000 bytes, more than the 65536 it may have (the longest line a batch may hold): shorten its notes or answers",
            ),
        ];
        for (rule, english) in cases {
            assert_eq!(rule.english(), english, "{rule:?}");
            for lang in [Language::De, Language::Fr, Language::Es] {
                let other = rule.message(lang);
                assert_ne!(other, english, "{lang}: {rule:?} is still English");
                assert!(!other.contains("rule-"), "{lang}: {other}");
            }
        }
    }
}
