//! The rules each record of a batch must hold, whoever reads it: that every
//! record carries the batch's device and event and passes the lead rules, that
//! no time lies in the future, and that each line is exactly what leadbooth
//! writes for its record. [`super::verify`] checks them on every line, so
//! `leadbooth verify` accepts exactly the batches the central import accepts
//! (on a store that holds nothing of the batch's device yet) and refuses the
//! others for the same reason. The import checks the erasure records again as
//! it reads them; the leads it reads are proved to be the verified bytes by
//! their SHA-256 instead (see `import::apply`). Each returns the words of its
//! refusal, which the caller places at a file and line.
//!
//! What depends on the central store (the device's key binding, its chain,
//! whose leads a record may touch) is the import's alone.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::Manifest;
use crate::erasure::ErasureRecord;
use crate::lead::{Lead, rfc3339};
use crate::limits::CLOCK_SKEW_HOURS;

/// `t` as a refusal's words when it lies more than [`CLOCK_SKEW_HOURS`] after
/// `now` (the time of the check).
pub(crate) fn in_future(t: &DateTime<Utc>, now: DateTime<Utc>) -> Option<String> {
    (*t > now + chrono::Duration::hours(CLOCK_SKEW_HOURS)).then(|| {
        format!(
            "{} is in the future (more than {CLOCK_SKEW_HOURS} hours after the check at {}); check the laptop's clock",
            rfc3339(t),
            rfc3339(&now)
        )
    })
}

/// Why the manifest or an erasure record breaks a rule the central import
/// holds it to: its `Display` is the English words (for logs and `verify`);
/// `cli::reasons` says each in the staff language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleBreak {
    /// A time more than [`CLOCK_SKEW_HOURS`] after the check.
    #[error(
        "{}{field} {} is in the future (more than {CLOCK_SKEW_HOURS} hours after the check at {}); check the laptop's clock",
        lead_prefix(lead.as_ref()),
        rfc3339(at),
        rfc3339(now)
    )]
    InFuture {
        /// The record's lead (`None`: the manifest).
        lead: Option<Uuid>,
        /// `created_at`, `at`.
        field: &'static str,
        /// The time.
        at: DateTime<Utc>,
        /// The check's time.
        now: DateTime<Utc>,
    },
    /// A record of another laptop.
    #[error("lead {lead}: device_id {device} is not the batch's device {batch_device}")]
    OtherDevice {
        /// The record's lead.
        lead: Uuid,
        /// The device it names.
        device: Uuid,
        /// The batch's.
        batch_device: Uuid,
    },
    /// A withdrawal whose purpose is no purpose id.
    #[error("lead {lead}: purpose {purpose:?} is not a purpose id")]
    NotAPurposeId {
        /// The record's lead.
        lead: Uuid,
        /// The purpose (sanitised).
        purpose: String,
    },
    /// A control character in `by` or `channel`.
    #[error("lead {lead}: {field} contains control character U+{code:04X} at position {position}")]
    ControlCharacter {
        /// The record's lead.
        lead: Uuid,
        /// `by`, `channel`.
        field: &'static str,
        /// The character's code point.
        code: u32,
        /// 1-based position.
        position: usize,
    },
    /// `by` or `channel` too long.
    #[error("lead {lead}: {too_long}")]
    TooLong {
        /// The record's lead.
        lead: Uuid,
        /// Which field, and how long.
        too_long: crate::limits::TooLong,
    },
}

fn lead_prefix(lead: Option<&Uuid>) -> String {
    lead.map(|l| format!("lead {l}: ")).unwrap_or_default()
}

/// `at` in the future, as a [`RuleBreak`] of `field` (of `lead`'s record).
fn future(
    lead: Option<Uuid>,
    field: &'static str,
    at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), RuleBreak> {
    if at > now + chrono::Duration::hours(CLOCK_SKEW_HOURS) {
        return Err(RuleBreak::InFuture {
            lead,
            field,
            at,
            now,
        });
    }
    Ok(())
}

/// The manifest's own time: a batch is not written in the future. The words
/// name the field.
pub(crate) fn manifest_created_at(m: &Manifest, now: DateTime<Utc>) -> Result<(), RuleBreak> {
    future(None, "created_at", m.created_at, now)
}

/// The manifest's question wording: present in a batch of the current format
/// (a list, empty for an event without questions), absent before it; each
/// question id once, none empty. The office shows answers by this wording, so
/// a batch whose wording could name two questions alike is refused here, in
/// verify and import alike.
pub(crate) fn manifest_questions(m: &Manifest) -> Result<(), String> {
    match (&m.questions, super::has_question_wording(&m.format)) {
        (None, false) => Ok(()),
        (Some(_), false) => Err(format!(
            "is present, but a {} manifest has no question wording (it came in {})",
            m.format,
            super::FORMAT_V3
        )),
        (None, true) => Err(format!(
            "is missing; a {} manifest carries the wording of the event's questions",
            m.format
        )),
        (Some(questions), true) => {
            let mut seen = std::collections::BTreeSet::new();
            for (i, q) in questions.iter().enumerate() {
                if q.id.trim().is_empty() || q.label.trim().is_empty() {
                    return Err(format!("question {} has an empty id or label", i + 1));
                }
                if !seen.insert(q.id.as_str()) {
                    return Err(format!(
                        "question id {:?} appears twice",
                        crate::text::sanitize_line(&q.id)
                    ));
                }
            }
            Ok(())
        }
    }
}

/// The manifest's wording in every language: present in a batch of the
/// current format, absent before it; each shipped language once, the first
/// the default language, the same purposes (by id, in order) and questions in
/// each; every text a non-empty single line within the label limit (the
/// notice's parts may be empty, the policy URL within the URL limit), and each
/// purpose's `text_sha256` the SHA-256 of its text: so a changed translation is
/// refused in verify and import alike, naming the language and the text.
pub(crate) fn manifest_wording(m: &Manifest) -> Result<(), String> {
    let current = m.format == super::FORMAT;
    let wording = match (&m.wording, current) {
        (None, false) => return Ok(()),
        (Some(_), false) => {
            return Err(format!(
                "is present, but a {} manifest has no wording per language (it came in {})",
                crate::text::sanitize_line(&m.format),
                super::FORMAT
            ));
        }
        (None, true) => {
            return Err(format!(
                "is missing; a {} manifest carries the event's wording in every language",
                m.format
            ));
        }
        (Some(w), true) => w,
    };
    let mut seen = std::collections::BTreeSet::new();
    let first = wording.first().ok_or("is empty; it names no language")?;
    for w in wording {
        let lang = crate::text::sanitize_line(&w.language);
        let language: crate::i18n::Language = w
            .language
            .parse()
            .map_err(|e: crate::i18n::UnknownLanguage| e.to_string())?;
        if !seen.insert(language) {
            return Err(format!("language {lang} appears twice"));
        }
        let same_purposes = w
            .purposes
            .iter()
            .map(|p| &p.id)
            .eq(first.purposes.iter().map(|p| &p.id));
        let same_questions = w
            .questions
            .iter()
            .map(|q| &q.id)
            .eq(first.questions.iter().map(|q| &q.id));
        if !same_purposes || !same_questions {
            return Err(format!(
                "{lang}: its purposes or questions are not those of {} (the same, in the same order)",
                crate::text::sanitize_line(&first.language)
            ));
        }
        for (what, text) in w.texts() {
            let empty_allowed = what.starts_with("notice.");
            let max = if what == "policy_url" {
                crate::limits::URL_CHARS
            } else {
                crate::limits::LABEL_CHARS
            };
            if (text.trim().is_empty() && !empty_allowed)
                || crate::text::first_control(text).is_some()
                || text.chars().count() > max
            {
                return Err(format!(
                    "{lang}: {} must be text on one line of at most {max} characters",
                    crate::text::sanitize_line(&what)
                ));
            }
        }
        for p in &w.purposes {
            if p.text_sha256 != crate::policy::sha256_hex(p.text.as_bytes()) {
                return Err(format!(
                    "{lang}: purposes.{}.text_sha256 is not the SHA-256 of its text: the wording was changed after it was written",
                    crate::text::sanitize_line(&p.id)
                ));
            }
        }
    }
    Ok(())
}

/// Why a lead of the batch breaks a record rule: its `Display` is the English
/// words (for logs, and what `verify` and the import always printed);
/// `cli::reasons` says each in the staff language, the lead rules through
/// their own messages ([`crate::lead::LeadErrors::said_in`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LeadBreak {
    /// A lead of another laptop.
    #[error(
        "lead {lead}: device_id {device} is not the batch's device {batch_device}: a batch carries only its own laptop's leads"
    )]
    OtherDevice {
        /// The lead.
        lead: Uuid,
        /// The device it names.
        device: Uuid,
        /// The batch's.
        batch_device: Uuid,
    },
    /// A lead of another event.
    #[error("lead {lead}: event_id {event:?} is not the batch's event {batch_event:?}")]
    OtherEvent {
        /// The lead.
        lead: Uuid,
        /// The event it names (sanitised).
        event: String,
        /// The batch's (sanitised).
        batch_event: String,
    },
    /// A lead whose records are of a newer lead schema than the batch holds.
    #[error(
        "lead {lead}: its consent records are of lead schema {schema} (they name the language asked for), but a {format} batch holds leads of schema {batch_schema}"
    )]
    SchemaAhead {
        /// The lead.
        lead: Uuid,
        /// Its records' schema.
        schema: u32,
        /// The batch's format (sanitised).
        format: String,
        /// The lead schema the batch holds.
        batch_schema: u32,
    },
    /// The lead rules ([`crate::lead::check_record`]) it breaks.
    #[error("lead {lead}: {errors}")]
    Record {
        /// The lead.
        lead: Uuid,
        /// Every rule broken.
        errors: crate::lead::LeadErrors,
    },
}

/// A lead of the batch: the batch's device and event, and the lead rules
/// ([`crate::lead::check_record`], times included).
pub(crate) fn lead_record(m: &Manifest, lead: &Lead, now: DateTime<Utc>) -> Result<(), LeadBreak> {
    let id = lead.lead_id;
    if lead.device_id != m.device_id {
        return Err(LeadBreak::OtherDevice {
            lead: id,
            device: lead.device_id,
            batch_device: m.device_id,
        });
    }
    if lead.event_id != m.event.id {
        return Err(LeadBreak::OtherEvent {
            lead: id,
            event: crate::text::sanitize_line(&lead.event_id).into_owned(),
            batch_event: crate::text::sanitize_line(&m.event.id).into_owned(),
        });
    }
    // A record cannot hold what its schema did not record: a lead of schema 3
    // in a batch of schema 2 would be written again without it.
    let schema = lead.schema_version();
    if schema >= 3 && schema > m.lead_schema_version {
        return Err(LeadBreak::SchemaAhead {
            lead: id,
            schema,
            format: crate::text::sanitize_line(&m.format).into_owned(),
            batch_schema: m.lead_schema_version,
        });
    }
    crate::lead::check_record(lead, now).map_err(|errors| LeadBreak::Record { lead: id, errors })
}

/// An erasure or withdrawal record of the batch: the batch's device when the
/// record names one, a purpose id for a withdrawal, and a time not in the future.
pub(crate) fn erasure_record(
    m: &Manifest,
    record: &ErasureRecord,
    now: DateTime<Utc>,
) -> Result<(), RuleBreak> {
    let id = record.lead_id();
    if let Some(device) = record.device_id().filter(|d| *d != m.device_id) {
        return Err(RuleBreak::OtherDevice {
            lead: id,
            device,
            batch_device: m.device_id,
        });
    }
    if let ErasureRecord::Withdrawal { purpose, .. } = record
        && !crate::config::is_purpose_id(purpose)
    {
        return Err(RuleBreak::NotAPurposeId {
            lead: id,
            purpose: crate::text::sanitize_line(purpose).into_owned(),
        });
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
            return Err(RuleBreak::ControlCharacter {
                lead: id,
                field,
                code: c as u32,
                position: pos + 1,
            });
        }
        crate::limits::check_chars(field, value, crate::limits::FIELD_CHARS)
            .map_err(|too_long| RuleBreak::TooLong { lead: id, too_long })?;
    }
    future(Some(id), "at", record.at(), now)
}

/// A line is exactly the bytes leadbooth writes for the record read from it
/// (`written`, without its newline): no other white space, key order, escapes,
/// number or time spelling, no field left out or written as `null` where
/// leadbooth omits it. So a verified batch written again is byte for byte the
/// batch that was read, and nothing in a line can differ from the record the
/// central office keeps. The words name the first byte that differs.
pub(crate) fn exact_form(line: &[u8], written: &[u8]) -> Result<(), String> {
    if line == written {
        return Ok(());
    }
    let at = line
        .iter()
        .zip(written)
        .position(|(a, b)| a != b)
        .unwrap_or(line.len().min(written.len()));
    Err(format!(
        "is not in the form leadbooth writes: it differs at byte {} (white space, key order, \
         escapes, a time's spelling, or a field added or left out); the line was changed after export",
        at + 1
    ))
}

/// [`exact_form`] of `line` against `record` as leadbooth writes it
/// ([`crate::text::json_line`]), without building a new text for each line:
/// the record is serialised into this thread's reused buffer and compared with
/// the line. Equal bytes are the written form only if the line holds nothing
/// `json_line` escapes (else the written form would escape it); in every other
/// case the text is built and [`exact_form`] judges it and names the first
/// byte that differs.
///
/// A comparing `io::Write` (each piece serde writes held against the line's
/// next bytes, nothing copied) was measured and not kept: serde_json writes a
/// lead line in some 1,150 pieces, and comparing each cost more than copying
/// it (callgrind, 1 batch x 10,000 leads: 917 M instructions against 734 M
/// for the buffer and one comparison; issue 15).
pub(crate) fn exact_form_of<T: serde::Serialize>(line: &[u8], record: &T) -> Result<(), String> {
    exact_form_written(line, record, |buffer| {
        serde_json::to_writer(buffer, record).is_ok()
    })
}

/// [`exact_form_of`] a lead, its text written by [`write_lead`] (serde_json's
/// bytes, without serde's machinery: issue 15).
pub(crate) fn exact_form_of_lead(line: &[u8], lead: &Lead) -> Result<(), String> {
    exact_form_written(line, lead, |buffer| {
        write_lead(buffer, lead);
        true
    })
}

/// [`exact_form_of`] with the record's serde_json text written by `write`
/// into this thread's reused buffer (`false`: it could not be).
fn exact_form_written<T: serde::Serialize>(
    line: &[u8],
    record: &T,
    write: impl FnOnce(&mut Vec<u8>) -> bool,
) -> Result<(), String> {
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let equal = BUFFER.with_borrow_mut(|buffer| {
        buffer.clear();
        write(buffer) && buffer.as_slice() == line
    }) && nothing_json_line_escapes(line);
    if equal {
        return Ok(());
    }
    let written = crate::text::json_line(record).expect("a record read from JSON serialises");
    exact_form(line, written.as_bytes())
}

/// For the fuzzer (`batch_leads`): whether [`write_lead`] writes exactly
/// `serde_json::to_vec`'s bytes for the lead `line` reads as (`true` when it is not a
/// lead). The exact-form check trusts the hand-written bytes when they equal
/// the line, so a difference here would let a line serde_json never writes
/// through.
#[doc(hidden)]
pub fn write_lead_agrees_with_serde(line: &[u8]) -> bool {
    let Ok(lead) = serde_json::from_slice::<Lead>(line) else {
        return true;
    };
    let mut hand = Vec::new();
    write_lead(&mut hand, &lead);
    hand == serde_json::to_vec(&lead).expect("a lead read from JSON serialises")
}

/// `lead` as serde_json writes it (`serde_json::to_writer`), appended to
/// `out`, byte for byte: the keys of [`Lead`] and of a consent record on the
/// wire, in their order, written as literals; strings, ids and times through
/// [`crate::json_out::JsonOut`]; the small nested records through serde_json.
/// A field added to [`Lead`] or to the consent record's wire form must be
/// added here: the test below writes leads with every field set and unset and
/// compares the bytes with serde_json's, and every import of an exported batch
/// would refuse its leads otherwise.
pub(crate) fn write_lead(out: &mut Vec<u8>, lead: &Lead) {
    let mut w = crate::json_out::JsonOut::new(out);
    w.raw(b"{\"lead_id\":")
        .uuid(&lead.lead_id)
        .raw(b",\"event_id\":")
        .str(&lead.event_id)
        .raw(b",\"device_id\":")
        .uuid(&lead.device_id)
        .raw(b",\"captured_at\":")
        .time(&lead.captured_at)
        .raw(b",\"captured_by\":")
        .str(&lead.captured_by)
        .raw(b",\"source\":")
        .str(lead.source.as_str())
        .raw(b",\"first_name\":")
        .str(&lead.first_name)
        .raw(b",\"last_name\":")
        .str(&lead.last_name)
        .raw(b",\"email\":")
        .str(&lead.email)
        .raw(b",\"company\":")
        .str(&lead.company)
        .raw(b",\"job_title\":")
        .str(&lead.job_title)
        .raw(b",\"phone\":")
        .str(&lead.phone)
        .raw(b",\"country\":")
        .str(&lead.country)
        .raw(b",\"notes\":")
        .str(&lead.notes)
        .raw(b",\"rating\":")
        .opt_str(lead.rating.map(crate::lead::Rating::as_str))
        .raw(b",\"answers\":")
        .serde(&lead.answers)
        .raw(b",\"badge_id\":")
        .opt_str(lead.badge_id.as_deref())
        .raw(b",\"receipt_id\":")
        .opt_str(lead.receipt_id.as_deref())
        .raw(b",\"policy\":{\"sha256\":")
        .str(&lead.policy.sha256)
        .raw(b",\"last_updated\":")
        .opt_str(lead.policy.last_updated.as_deref())
        .raw(b",\"url\":")
        .str(&lead.policy.url)
        .raw(b"},\"notice\":")
        .serde(&lead.notice)
        .raw(b",\"controller\":");
    match &lead.controller {
        Some(c) => w
            .raw(b"{\"name\":")
            .str(&c.name)
            .raw(b",\"address\":")
            .str(&c.address)
            .raw(b",\"privacy_contact\":")
            .str(&c.privacy_contact)
            .raw(b"}"),
        None => w.raw(b"null"),
    };
    w.raw(b",\"jurisdiction\":")
        .opt_str(lead.jurisdiction.as_deref())
        .raw(b",\"collection\":")
        .serde(&lead.collection)
        .raw(b",\"data_categories\":[");
    for (i, d) in lead.data_categories.iter().enumerate() {
        if i > 0 {
            w.raw(b",");
        }
        w.str(d);
    }
    w.raw(b"],\"consents\":[");
    for (i, c) in lead.consents.iter().enumerate() {
        w.raw(if i == 0 {
            b"{\"record_id\":"
        } else {
            b",{\"record_id\":"
        })
        .opt_uuid(c.record_id.as_ref())
        .raw(b",\"purpose\":")
        .str(&c.purpose)
        .raw(b",\"legal_basis\":")
        .opt_str(c.legal_basis.map(crate::consent::LegalBasis::as_str))
        .raw(b",\"decision\":")
        .str(c.decision().as_str())
        .raw(b",\"granted\":")
        .bool(c.granted)
        .raw(b",\"text\":")
        .str(&c.text)
        .raw(b",\"text_sha256\":")
        .opt_str(c.text_sha256.as_deref())
        .raw(b",\"language\":")
        .opt_str(c.language.as_deref());
        if let Some(asked) = &c.language_asked {
            w.raw(b",\"language_asked\":").str(asked);
        }
        w.raw(b",\"ticked_at\":")
            .opt_time(c.ticked_at.as_ref())
            .raw(b",\"at\":")
            .time(&c.at)
            .raw(b",\"method\":")
            .str(c.method.as_str())
            .raw(b",\"expires_at\":")
            .opt_time(c.expires_at.as_ref())
            .raw(b",\"withdrawn_at\":")
            .opt_time(c.withdrawn_at.as_ref())
            .raw(b",\"withdrawn_by\":")
            .opt_str(c.withdrawn_by.as_deref())
            .raw(b",\"withdrawal_channel\":")
            .opt_str(c.withdrawal_channel.as_deref())
            .raw(b"}");
    }
    w.raw(b"]}");
}

/// No character in `line` that [`crate::text::escape_json_text`] escapes (and
/// `line` is UTF-8). Plain ASCII without DEL, the common case, is checked
/// without decoding the line's characters.
fn nothing_json_line_escapes(line: &[u8]) -> bool {
    if line.is_ascii() && !line.contains(&0x7f) {
        return true;
    }
    std::str::from_utf8(line).is_ok_and(|text| {
        matches!(
            crate::text::escape_json_text(text),
            std::borrow::Cow::Borrowed(_)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The comparison without the written text agrees with [`exact_form`] of
    /// the written text: the same line accepted, a longer or shorter one, a
    /// changed byte and a character `json_line` escapes refused.
    #[test]
    fn exact_form_of_a_record_is_exact_form_of_its_written_text() {
        let record = serde_json::json!({"a": 1, "b": "x\u{2028}y", "c": "plain"});
        let written = crate::text::json_line(&record).unwrap();
        assert!(written.contains("\\u2028"), "{written}");
        let raw = serde_json::to_string(&record).unwrap();
        assert_ne!(raw, written);
        for line in [
            written.clone(),
            raw,
            format!("{written} "),
            written[..written.len() - 1].to_owned(),
            written.replace("plain", "plaim"),
            written.replace(":1", ": 1"),
        ] {
            assert_eq!(
                exact_form_of(line.as_bytes(), &record),
                exact_form(line.as_bytes(), written.as_bytes()),
                "{line}"
            );
        }
        assert_eq!(exact_form_of(written.as_bytes(), &record), Ok(()));
    }

    /// [`write_lead`] writes serde_json's bytes for a lead: the fixtures of
    /// both lead-bearing formats, then each with every optional field unset,
    /// with strings that serde_json escapes, and with fractional times, a
    /// withdrawal and other legal bases and methods. Breaking a key or an
    /// escape in `write_lead` fails here.
    #[test]
    fn write_lead_writes_serde_jsons_bytes() {
        use crate::consent::{ConsentMethod, LegalBasis};
        let fixtures = [
            include_str!("../../tests/fixtures/batch-v2/demo-2026-b9b5f7b0-000001/leads.jsonl"),
            include_str!("../../tests/fixtures/batch-v3/demo-2026-7454c753-000001/leads.jsonl"),
        ];
        let mut leads: Vec<Lead> = fixtures
            .iter()
            .map(|l| serde_json::from_str(l.trim_end()).unwrap())
            .collect();
        let odd = "tab\t \"quoted\" back\\slash \u{1} DEL\u{7f} é 漢字 \u{2028} \u{1F600}";
        for base in leads.clone() {
            let mut bare = base.clone();
            bare.rating = None;
            bare.answers.clear();
            bare.badge_id = None;
            bare.receipt_id = None;
            bare.policy.last_updated = None;
            bare.notice = None;
            bare.controller = None;
            bare.jurisdiction = None;
            bare.collection = None;
            bare.data_categories.clear();
            for c in &mut bare.consents {
                c.record_id = None;
                c.legal_basis = None;
                c.text_sha256 = None;
                c.language = None;
                c.language_asked = None;
                c.ticked_at = None;
                c.expires_at = None;
            }
            leads.push(bare);
            let mut full = base.clone();
            full.first_name = odd.into();
            full.notes = format!("{odd}\nsecond line");
            full.badge_id = Some(odd.into());
            full.rating = Some(crate::lead::Rating::Cold);
            full.source = crate::lead::Source::Kiosk;
            full.answers.insert(
                "z_many".into(),
                crate::lead::Answer::Many(vec![odd.into(), "b".into()]),
            );
            if let Some(c) = &mut full.controller {
                c.address = odd.into();
            }
            full.captured_at += chrono::Duration::nanoseconds(123_456_789);
            for (c, basis) in full.consents.iter_mut().zip([
                LegalBasis::Contract,
                LegalBasis::LegalObligation,
                LegalBasis::VitalInterests,
                LegalBasis::PublicTask,
                LegalBasis::LegitimateInterest,
                LegalBasis::Consent,
            ]) {
                c.legal_basis = Some(basis);
                c.method = ConsentMethod::SelfService;
                c.text = format!("{} {odd}", c.text);
                c.granted = true;
                c.withdrawn_at = Some(c.at + chrono::Duration::milliseconds(1500));
                c.withdrawn_by = Some(odd.into());
                c.withdrawal_channel = Some("booth".into());
                c.language_asked = Some("de".into());
                c.language.get_or_insert_with(|| "en".into());
            }
            leads.push(full);
        }
        for lead in &leads {
            let mut out = b"kept".to_vec();
            write_lead(&mut out, lead);
            let expected = serde_json::to_vec(lead).unwrap();
            assert_eq!(
                String::from_utf8_lossy(&out[4..]),
                String::from_utf8_lossy(&expected)
            );
            assert_eq!(&out[..4], b"kept");
        }
        // The fixtures' lines are accepted, a changed byte is refused.
        for line in fixtures {
            let line = line.trim_end();
            let lead: Lead = serde_json::from_str(line).unwrap();
            assert_eq!(exact_form_of_lead(line.as_bytes(), &lead), Ok(()));
            let spaced = line.replacen(",\"email\"", ", \"email\"", 1);
            assert_eq!(
                exact_form_of_lead(spaced.as_bytes(), &lead),
                exact_form(spaced.as_bytes(), line.as_bytes())
            );
        }
    }

    #[test]
    fn exact_form_names_the_first_differing_byte() {
        assert_eq!(exact_form(b"{\"a\":1}", b"{\"a\":1}"), Ok(()));
        let e = exact_form(b"{\"a\": 1}", b"{\"a\":1}").unwrap_err();
        assert!(e.contains("at byte 6"), "{e}");
        // One a prefix of the other: the byte after the shorter.
        let e = exact_form(b"{\"a\":1}", b"{\"a\":1,\"b\":2}").unwrap_err();
        assert!(e.contains("at byte 7"), "{e}");
    }

    #[test]
    fn question_wording_belongs_to_format_3_and_names_each_question_once() {
        let m: Manifest = serde_json::from_str(include_str!(
            "../../tests/fixtures/batch-v2/demo-2026-b9b5f7b0-000001/manifest.json"
        ))
        .unwrap();
        assert_eq!(m.format, super::super::FORMAT_V2);
        assert_eq!(manifest_questions(&m), Ok(()), "format 2 carries none");
        let q = |id: &str, label: &str| crate::config::QuestionWording {
            id: id.into(),
            label: label.into(),
            choices: vec![],
        };
        let with = |qs| Manifest {
            questions: Some(qs),
            ..m.clone()
        };
        let e = manifest_questions(&with(vec![q("a", "A?")])).unwrap_err();
        assert!(e.starts_with("is present, but a leadbooth-batch/2"), "{e}");
        let v3 = |qs: Option<Vec<_>>| Manifest {
            format: super::super::FORMAT.into(),
            questions: qs,
            ..m.clone()
        };
        assert_eq!(manifest_questions(&v3(Some(vec![]))), Ok(()));
        assert_eq!(
            manifest_questions(&v3(Some(vec![q("a", "A?"), q("b", "B?")]))),
            Ok(())
        );
        assert!(
            manifest_questions(&v3(None))
                .unwrap_err()
                .starts_with("is missing")
        );
        let e = manifest_questions(&v3(Some(vec![q("a", "A?"), q("a", "B?")]))).unwrap_err();
        assert!(e.contains("\"a\" appears twice"), "{e}");
        let e = manifest_questions(&v3(Some(vec![q("a", " ")]))).unwrap_err();
        assert!(e.contains("empty id or label"), "{e}");
    }

    #[test]
    fn a_time_more_than_the_skew_ahead_is_in_the_future() {
        let now = crate::lead::now_utc();
        let skew = chrono::Duration::hours(CLOCK_SKEW_HOURS);
        assert_eq!(in_future(&(now + skew), now), None);
        let words = in_future(&(now + skew + chrono::Duration::seconds(1)), now).unwrap();
        assert!(words.contains("is in the future"), "{words}");
    }
}
