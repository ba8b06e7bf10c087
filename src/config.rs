//! Event configuration: the TOML event file of SPEC.md "Event file", resolved into an
//! [`Event`] with its policy loaded, plus the built-in demo event.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::consent::{Controller, Purpose, default_purpose_labels, default_purposes};
use crate::limits;
use crate::policy::{Policy, PolicyError};
use crate::recipients::{
    Origin, ReadRecipients, Recipient, RecipientRule, parse_recipient, parse_recipients_file,
    push_unique,
};

mod rule;
mod shown;
mod translations;
mod wording;
pub use rule::{ConfigRule, shipped};
pub use translations::{MissingTranslation, QuestionText, Translation, Worded, gaps_by_language};
pub use wording::{LanguageWording, NoticeWording, PurposeWording};

/// The demo event shipped in the binary (assets/demo-event.toml).
pub const DEMO_EVENT: &str = include_str!("../assets/demo-event.toml");

/// Default kiosk idle timeout: a half-filled form is cleared after this many seconds.
pub const DEFAULT_KIOSK_IDLE_SECONDS: u64 = 90;

/// Default days the attendee list is kept after the event's last day.
pub const DEFAULT_ATTENDEE_LIST_DAYS: u32 = 7;

/// The event file as written (TOML). Unknown keys anywhere are an error.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventFile {
    event: EventSection,
    #[serde(default)]
    policy: PolicySection,
    #[serde(default, rename = "purpose")]
    purposes: Option<Vec<Purpose>>,
    #[serde(default, rename = "question")]
    questions: Vec<Question>,
    #[serde(default)]
    kiosk: KioskSection,
    #[serde(default)]
    encryption: EncryptionSection,
    #[serde(default)]
    controller: ControllerSection,
    #[serde(default)]
    notice: NoticeSection,
    #[serde(default)]
    consent: ConsentSection,
    /// `[translation.de]` ...: the wording in other languages.
    #[serde(default)]
    translation: std::collections::BTreeMap<String, translations::TranslationSection>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ControllerSection {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    address: Option<String>,
    #[serde(default)]
    privacy_contact: Option<String>,
    #[serde(default)]
    jurisdiction: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoticeSection {
    #[serde(default)]
    retention: Option<String>,
    #[serde(default)]
    rights: Option<String>,
    #[serde(default)]
    withdraw: Option<String>,
    #[serde(default)]
    transfers: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConsentSection {
    #[serde(default)]
    valid_for_months: Option<u32>,
}

/// The short notice shown above the consent boxes (the first layer of a layered
/// notice; the policy is the second). Empty text = not set (`doctor` warns).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoticeText {
    /// How long the details are kept.
    pub retention: String,
    /// The attendee's rights.
    pub rights: String,
    /// How to withdraw a consent.
    pub withdraw: String,
    /// International transfers.
    pub transfers: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventSection {
    id: String,
    name: String,
    organisation: String,
    #[serde(default)]
    default_country: Option<String>,
    #[serde(default)]
    staff: Vec<String>,
    #[serde(default)]
    retention_days: Option<u32>,
    #[serde(default)]
    export_dir: Option<PathBuf>,
    #[serde(default)]
    last_day: Option<toml::Spanned<String>>,
    #[serde(default)]
    attendee_list_days: Option<u32>,
    #[serde(default)]
    language: Option<String>,
    /// The languages the kiosk and the staff form offer (`["en", "de"]`).
    #[serde(default)]
    languages: Option<toml::Spanned<Vec<toml::Spanned<String>>>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicySection {
    #[serde(default)]
    file: Option<PathBuf>,
    #[serde(default)]
    url: Option<String>,
}

/// `[encryption]`: the central team's age recipients, inline and/or in a file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct EncryptionSection {
    #[serde(default)]
    recipients: Vec<toml::Spanned<String>>,
    #[serde(default)]
    recipients_file: Option<toml::Spanned<PathBuf>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct KioskSection {
    #[serde(default)]
    idle_timeout_seconds: Option<u64>,
    #[serde(default)]
    theme: Option<ThemeName>,
}

/// The booth's look (`[kiosk] theme` in the event file, `--theme`): the
/// styles themselves are the terminal's business (`tui::theme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    #[default]
    Color,
    HighContrast,
}

/// The kind of answer a qualifying question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    /// Free text on one line.
    Text,
    /// Exactly one of `choices` (or none).
    Single,
    /// Any subset of `choices`.
    Multiple,
}

/// A qualifying question (`[[question]]`), in display order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id, the key in a lead's `answers`.
    pub id: String,
    /// The question as shown.
    pub label: String,
    /// Text, single or multiple choice.
    pub kind: QuestionKind,
    /// The choices for `single` and `multiple`; empty for `text`.
    #[serde(default)]
    pub choices: Vec<String>,
}

/// One of the event's questions as the booth showed it: its id (the key in a
/// lead's `answers`), its wording and, for a choice, the choices offered. A
/// batch's manifest carries them (format `leadbooth-batch/3`), so the central
/// office, which has no event file, can show each answer under its question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionWording {
    /// The question id.
    pub id: String,
    /// The question as shown.
    pub label: String,
    /// The choices offered (empty for a text question).
    pub choices: Vec<String>,
}

impl QuestionWording {
    /// The wording of every question of `event`, in its order.
    pub fn of_event(event: &Event) -> Vec<Self> {
        event
            .questions
            .iter()
            .map(|q| QuestionWording {
                id: q.id.clone(),
                label: q.label.clone(),
                choices: q.choices.clone(),
            })
            .collect()
    }
}

/// Where the event configuration came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigSource {
    /// The demo event embedded in the binary.
    BuiltinDemo,
    /// An event file on disk.
    File(PathBuf),
}

impl std::fmt::Display for ConfigSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConfigSource::BuiltinDemo => f.write_str("built-in demo event"),
            ConfigSource::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// A fully resolved event: the file's values with defaults applied and the policy
/// loaded and hashed.
#[derive(Debug, Clone)]
pub struct Event {
    /// Lowercase letters, digits and `-`; goes into batch names.
    pub id: String,
    /// Display name, also the CRM "Lead Source".
    pub name: String,
    /// The controller named in consent wording.
    pub organisation: String,
    /// ISO 3166-1 alpha-2, uppercase; the phone-number region hint.
    pub default_country: Option<String>,
    /// Who may be "captured by"; empty = anyone (the OS user by default).
    pub staff: Vec<String>,
    /// Exported leads older than this many days are purged; `None` keeps them.
    pub retention_days: Option<u32>,
    /// Default export target; `None` = `exports/` in the data dir.
    pub export_dir: Option<PathBuf>,
    /// The event's last day (`last_day = "YYYY-MM-DD"`); the attendee list is
    /// purged [`Event::attendee_list_days`] days after it.
    pub last_day: Option<chrono::NaiveDate>,
    /// Days after `last_day` that the pre-registered attendee list is kept
    /// (`attendee_list_days`, default [`DEFAULT_ATTENDEE_LIST_DAYS`]).
    pub attendee_list_days: u32,
    /// The privacy policy shown before consent.
    pub policy: Policy,
    /// Consent purposes in display order.
    pub purposes: Vec<Purpose>,
    /// Qualifying questions in display order.
    pub questions: Vec<Question>,
    /// Kiosk idle timeout in seconds.
    pub kiosk_idle_seconds: u64,
    /// The kiosk's theme (`[kiosk] theme`); `--theme` wins over it.
    pub kiosk_theme: ThemeName,
    /// The data controller (`[controller]`; the name defaults to the organisation).
    pub controller: Controller,
    /// The law the consents are collected under, e.g. `EU`, `GB`, `US-CA`.
    pub jurisdiction: String,
    /// The short notice above the consent boxes (`[notice]`).
    pub notice: NoticeText,
    /// The language of the wording shown (BCP 47), `en` unless set: the
    /// event's default language.
    pub language: String,
    /// The wording in other languages (`[translation.<code>]`).
    pub translations: std::collections::BTreeMap<crate::i18n::Language, Translation>,
    /// The languages the attendee may pick (`[event] languages`), in the
    /// order F4 steps through them; never empty, the default language among
    /// them. Default: every language the booth ships.
    pub languages: Vec<crate::i18n::Language>,
    /// A granted consent is relied on for this many months (`[consent]`).
    pub consent_valid_months: Option<u32>,
    /// Who batches are encrypted to (`[encryption]`); empty = batches are
    /// written in plain text.
    pub recipients: Vec<Recipient>,
    /// Where this came from.
    pub source: ConfigSource,
}

/// Why an event file cannot be used. Every message names the file; TOML errors also
/// give the line and the key.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read event file {path}: {source}")]
    Read {
        /// The event file.
        path: PathBuf,
        /// The IO error.
        source: std::io::Error,
    },
    /// TOML syntax or an unknown / mistyped key.
    #[error("event file {path}: line {line}: {message}")]
    Parse {
        /// The event file.
        path: String,
        /// 1-based line of the problem.
        line: usize,
        /// What is wrong, naming the key.
        message: String,
    },
    /// The event file is not UTF-8 text.
    #[error("cannot read event file {path}: not UTF-8 text (at byte {byte})")]
    NotUtf8 {
        /// The event file.
        path: PathBuf,
        /// The first byte that is not.
        byte: usize,
    },
    /// A value that parses but breaks a rule.
    #[error("event file {path}: {}: {rule}", rule::key_at(.key, *.line))]
    Invalid {
        /// The event file.
        path: String,
        /// The key, e.g. `event.id` or `purpose[2].id`.
        key: String,
        /// The key's line, where the parser kept it (`event.languages`,
        /// `event.last_day`).
        line: Option<usize>,
        /// What is wrong.
        rule: ConfigRule,
    },
    /// The policy file named by `[policy] file`.
    #[error("policy file {path} (from event file {event_file}): {source}")]
    Policy {
        /// The policy file.
        path: PathBuf,
        /// The event file naming it.
        event_file: String,
        /// What is wrong with it.
        source: PolicyError,
    },
    /// A recipient (inline or in the recipients file) that is not one.
    #[error("{}: line {line}: {key}: {rule}", recipient_file(.origin, .event_file))]
    Recipient {
        /// The file it is in: the event file, or the recipients file.
        origin: Origin,
        /// The event file (naming the recipients file).
        event_file: String,
        /// 1-based line.
        line: usize,
        /// `encryption.recipients[1]`, or `encryption.recipients_file`.
        key: String,
        /// What is wrong (boxed: it names a second file, and every
        /// `Result` of the event file carries this variant's size).
        rule: Box<RecipientRule>,
    },
    /// The recipients file could not be read.
    #[error(
        "cannot read recipients file {path} (from event file {event_file}, encryption.recipients_file): {source}"
    )]
    RecipientsRead {
        /// The recipients file.
        path: PathBuf,
        /// The event file naming it.
        event_file: String,
        /// The IO error, or the file is too large.
        source: ReadRecipients,
    },
    /// A file larger than its limit (read no further).
    #[error("{what} {path} is {size} bytes or more, more than the {max} bytes it may have")]
    TooLarge {
        /// The event file or a policy file.
        what: LargeFile,
        /// The file.
        path: PathBuf,
        /// How much of it was read before stopping.
        size: usize,
        /// The limit.
        max: usize,
    },
    /// The policy file could not be read.
    #[error("cannot read policy file {path} (from event file {event_file}): {source}")]
    PolicyRead {
        /// The policy file.
        path: PathBuf,
        /// The event file naming it.
        event_file: String,
        /// The IO error.
        source: std::io::Error,
    },
}

/// Which file [`ConfigError::TooLarge`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LargeFile {
    /// The event file.
    Event,
    /// A policy file it names.
    Policy,
}

impl std::fmt::Display for LargeFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LargeFile::Event => "event file",
            LargeFile::Policy => "policy file",
        })
    }
}

/// `event file E`, or `recipients file R (from event file E)`.
fn recipient_file(origin: &Origin, event_file: &str) -> String {
    match origin {
        Origin::EventFile(_) => origin.to_string(),
        Origin::RecipientsFile(_) => format!("{origin} (from event file {event_file})"),
    }
}

const DEFAULT_POLICY_URL: &str = "https://example.org/privacy";

impl Event {
    /// The day the pre-registered attendee list is purged: `attendee_list_days`
    /// after `last_day`. `None` without a `last_day` (then only
    /// `leadbooth attendees purge` removes it).
    pub fn attendee_purge_day(&self) -> Option<chrono::NaiveDate> {
        self.last_day
            .and_then(|d| d.checked_add_days(chrono::Days::new(u64::from(self.attendee_list_days))))
    }

    /// The built-in demo event (assets/demo-event.toml with the default policy).
    pub fn demo() -> Self {
        parse_event(DEMO_EVENT, ConfigSource::BuiltinDemo, None).expect("demo event is valid")
    }

    /// Loads an event file; a relative `[policy] file` is resolved against the
    /// event file's folder.
    ///
    /// Errors: unreadable file, TOML errors and unknown keys (with line and key),
    /// rule violations (with the key), unreadable or invalid policy file.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let read = |source| ConfigError::Read {
            path: path.to_owned(),
            source,
        };
        let bytes = read_limited(path, limits::EVENT_FILE_BYTES).map_err(|e| match e {
            Limited::Io(source) => read(source),
            Limited::TooLong(size) => ConfigError::TooLarge {
                what: LargeFile::Event,
                path: path.to_owned(),
                size,
                max: limits::EVENT_FILE_BYTES,
            },
        })?;
        let text = String::from_utf8(bytes).map_err(|e| ConfigError::NotUtf8 {
            path: path.to_owned(),
            byte: e.utf8_error().valid_up_to(),
        })?;
        parse_event(&text, ConfigSource::File(path.to_owned()), path.parent())
    }

    /// Parses an event file's text (a relative policy file is not resolved: for
    /// checking a file about to be written).
    ///
    /// Errors: as [`Event::load`].
    pub fn parse_text(text: &str) -> Result<Self, ConfigError> {
        parse_event(text, ConfigSource::File(PathBuf::from("event.toml")), None)
    }

    /// [`Event::parse_text`] of the text about to be written to `file`, its
    /// errors naming that file (a relative policy file is not resolved).
    ///
    /// Errors: as [`Event::load`].
    pub fn parse_text_for(text: &str, file: &Path) -> Result<Self, ConfigError> {
        parse_event(text, ConfigSource::File(file.to_owned()), None)
    }

    /// Resolves the event per SPEC.md "Paths": `explicit` (`--config` or
    /// `LEADBOOTH_CONFIG`) > `event.toml` in the platform config dir > the demo.
    pub fn resolve(explicit: Option<&Path>) -> Result<Self, ConfigError> {
        if let Some(p) = explicit {
            return Self::load(p);
        }
        if let Some(p) = crate::paths::platform_event_file().filter(|p| p.is_file()) {
            return Self::load(&p);
        }
        Ok(Self::demo())
    }

    /// The purpose with this id.
    pub fn purpose(&self, id: &str) -> Option<&Purpose> {
        self.purposes.iter().find(|p| p.id == id)
    }

    /// Purpose `id` named for a person reading `lang` ([`Purpose::word`]);
    /// a purpose the event no longer has keeps its id. Not sanitised.
    pub fn purpose_word(&self, id: &str, lang: crate::i18n::Language) -> String {
        match self.purpose(id) {
            Some(p) => p.word(lang),
            None => id.to_owned(),
        }
    }

    /// The language F4 gives after `lang`: the next the event offers (after
    /// the last, the first; from one it does not offer, the first).
    pub fn next_language(&self, lang: crate::i18n::Language) -> crate::i18n::Language {
        match self.languages.iter().position(|l| *l == lang) {
            Some(i) => self.languages[(i + 1) % self.languages.len()],
            None => self.languages.first().copied().unwrap_or_default(),
        }
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

/// Why [`read_limited`] failed.
enum Limited {
    Io(std::io::Error),
    /// Longer than the limit: how many bytes were read (the limit + 1).
    TooLong(usize),
}

/// Reads a whole file of at most `max` bytes, reading no more than `max + 1`
/// (a 10 MB file costs no more than one just over the limit).
fn read_limited(path: &Path, max: usize) -> Result<Vec<u8>, Limited> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(Limited::Io)?;
    let mut bytes = Vec::new();
    file.take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(Limited::Io)?;
    if bytes.len() > max {
        return Err(Limited::TooLong(bytes.len()));
    }
    Ok(bytes)
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

fn parse_event(
    text: &str,
    source: ConfigSource,
    base_dir: Option<&Path>,
) -> Result<Event, ConfigError> {
    let name = source.to_string();
    let file: EventFile = toml::from_str(text).map_err(|e| ConfigError::Parse {
        path: name.clone(),
        line: e.span().map(|s| line_of(text, s.start)).unwrap_or(1),
        message: e.message().trim().to_owned(),
    })?;
    let invalid_at = |key: String, line: Option<usize>, rule: ConfigRule| ConfigError::Invalid {
        path: name.clone(),
        key,
        line,
        rule,
    };
    let invalid = |key: String, rule: ConfigRule| invalid_at(key, None, rule);

    let ev = file.event;
    if !is_event_id(&ev.id) {
        return Err(invalid(
            "event.id".into(),
            ConfigRule::EventId { value: ev.id },
        ));
    }
    let too_long = |key: String, value: &str, max: usize| {
        crate::limits::check_chars(&key, value, max).map_err(|e| invalid(key.clone(), (&e).into()))
    };
    for (key, value) in [
        ("event.name", &ev.name),
        ("event.organisation", &ev.organisation),
    ] {
        if value.trim().is_empty() || crate::text::first_control(value).is_some() {
            return Err(invalid(key.into(), ConfigRule::NonEmptyLine));
        }
        too_long(key.into(), value, limits::NAME_CHARS)?;
    }
    limits::check_entries("event.staff", ev.staff.len(), limits::STAFF)
        .map_err(|e| invalid("event.staff".into(), (&e).into()))?;
    let default_country = match ev.default_country {
        Some(c) => Some(
            crate::country::check(&c)
                .map_err(|miss| {
                    let value = crate::text::sanitize_line(&c).into_owned();
                    invalid(
                        "event.default_country".into(),
                        match miss {
                            crate::country::Miss::Unknown => ConfigRule::CountryUnknown { value },
                            crate::country::Miss::Ambiguous => {
                                ConfigRule::CountryAmbiguous { value }
                            }
                        },
                    )
                })?
                .to_owned(),
        ),
        None => None,
    };
    for (i, s) in ev.staff.iter().enumerate() {
        if s.trim().is_empty() || crate::text::first_control(s).is_some() {
            return Err(invalid(format!("event.staff[{i}]"), ConfigRule::NameLine));
        }
        too_long(format!("event.staff[{i}]"), s, limits::NAME_CHARS)?;
    }

    let url = file
        .policy
        .url
        .unwrap_or_else(|| DEFAULT_POLICY_URL.to_owned());
    if url.trim().is_empty() || crate::text::first_control(&url).is_some() {
        return Err(invalid("policy.url".into(), ConfigRule::UrlLine));
    }
    too_long("policy.url".into(), &url, limits::URL_CHARS)?;
    if !is_web_url(&url) {
        return Err(invalid(
            "policy.url".into(),
            ConfigRule::NotWebUrl {
                url: crate::text::sanitize_line(&url).into_owned(),
            },
        ));
    }
    let load_policy = |rel: &Path, url: &str| -> Result<Policy, ConfigError> {
        let path = match base_dir {
            Some(dir) if rel.is_relative() => dir.join(rel),
            _ => rel.to_owned(),
        };
        let bytes = read_limited(&path, limits::POLICY_BYTES).map_err(|e| match e {
            Limited::Io(source) => ConfigError::PolicyRead {
                path: path.clone(),
                event_file: name.clone(),
                source,
            },
            Limited::TooLong(size) => ConfigError::TooLarge {
                what: LargeFile::Policy,
                path: path.clone(),
                size,
                max: limits::POLICY_BYTES,
            },
        })?;
        Policy::from_bytes(&bytes, url).map_err(|source| ConfigError::Policy {
            path,
            event_file: name.clone(),
            source,
        })
    };
    let check_url = |key: String, url: &str| -> Result<(), ConfigError> {
        if url.trim().is_empty() || crate::text::first_control(url).is_some() {
            return Err(invalid(key, ConfigRule::UrlLine));
        }
        too_long(key.clone(), url, limits::URL_CHARS)?;
        if !is_web_url(url) {
            return Err(invalid(
                key,
                ConfigRule::NotWebUrl {
                    url: crate::text::sanitize_line(url).into_owned(),
                },
            ));
        }
        Ok(())
    };
    let policy = match &file.policy.file {
        None => Policy::builtin(&url),
        Some(rel) => load_policy(rel, &url)?,
    };

    let defaults = file.purposes.is_none();
    let purposes = file
        .purposes
        .unwrap_or_else(|| default_purposes(&ev.organisation));
    if purposes.is_empty() {
        return Err(invalid("purpose".into(), ConfigRule::NoPurpose));
    }
    limits::check_entries("purpose", purposes.len(), limits::PURPOSES)
        .map_err(|e| invalid("purpose".into(), (&e).into()))?;
    limits::check_entries("question", file.questions.len(), limits::QUESTIONS)
        .map_err(|e| invalid("question".into(), (&e).into()))?;
    for (i, p) in purposes.iter().enumerate() {
        if !valid_id(&p.id) {
            return Err(invalid(
                format!("purpose[{i}].id"),
                ConfigRule::Id {
                    value: p.id.clone(),
                },
            ));
        }
        if purposes[..i].iter().any(|q| q.id == p.id) {
            return Err(invalid(
                format!("purpose[{i}].id"),
                ConfigRule::IdTwice {
                    value: p.id.clone(),
                },
            ));
        }
        if p.label.trim().is_empty() || crate::text::first_control(&p.label).is_some() {
            return Err(invalid(
                format!("purpose[{i}].label"),
                ConfigRule::NonEmptyLine,
            ));
        }
        too_long(format!("purpose[{i}].label"), &p.label, limits::LABEL_CHARS)?;
        if p.required && p.is_consent() {
            return Err(invalid(
                format!("purpose[{i}].required"),
                ConfigRule::RequiredConsent {
                    purpose: p.id.clone(),
                },
            ));
        }
        if let Some(short) = &p.short
            && (short.trim().is_empty() || crate::text::first_control(short).is_some())
        {
            return Err(invalid(
                format!("purpose[{i}].short"),
                ConfigRule::ShortLine,
            ));
        }
        if let Some(short) = &p.short {
            too_long(format!("purpose[{i}].short"), short, limits::NAME_CHARS)?;
        }
    }
    for (i, q) in file.questions.iter().enumerate() {
        if !valid_id(&q.id) {
            return Err(invalid(
                format!("question[{i}].id"),
                ConfigRule::Id {
                    value: q.id.clone(),
                },
            ));
        }
        if file.questions[..i].iter().any(|o| o.id == q.id) {
            return Err(invalid(
                format!("question[{i}].id"),
                ConfigRule::IdTwice {
                    value: q.id.clone(),
                },
            ));
        }
        if q.label.trim().is_empty() || crate::text::first_control(&q.label).is_some() {
            return Err(invalid(
                format!("question[{i}].label"),
                ConfigRule::NonEmptyLine,
            ));
        }
        too_long(
            format!("question[{i}].label"),
            &q.label,
            limits::LABEL_CHARS,
        )?;
        limits::check_entries("choices", q.choices.len(), limits::CHOICES)
            .map_err(|e| invalid(format!("question[{i}].choices"), (&e).into()))?;
        for (j, c) in q.choices.iter().enumerate() {
            let key = format!("question[{i}].choices[{j}]");
            if c.trim().is_empty() || crate::text::first_control(c).is_some() {
                return Err(invalid(key, ConfigRule::NonEmptyLine));
            }
            too_long(key, c, limits::LABEL_CHARS)?;
        }
        match q.kind {
            QuestionKind::Text if !q.choices.is_empty() => {
                return Err(invalid(
                    format!("question[{i}].choices"),
                    ConfigRule::TextTakesNoChoices,
                ));
            }
            QuestionKind::Single | QuestionKind::Multiple if q.choices.is_empty() => {
                return Err(invalid(
                    format!("question[{i}].choices"),
                    ConfigRule::ChoicesNeeded,
                ));
            }
            _ => {}
        }
    }

    // The notice and controller: one line each, held to the limits of what
    // shows beside them (a name, a field of a lead, a label on the form).
    let one_line = |key: &str, v: Option<String>, max: usize| -> Result<String, ConfigError> {
        let v = v.unwrap_or_default();
        if crate::text::first_control(&v).is_some() {
            return Err(invalid(key.into(), ConfigRule::TextLine));
        }
        too_long(key.into(), &v, max)?;
        Ok(v.trim().to_owned())
    };
    let c = file.controller;
    let controller = Controller {
        name: match c.name {
            Some(n) => one_line("controller.name", Some(n), limits::NAME_CHARS)?,
            None => ev.organisation.clone(),
        },
        address: one_line("controller.address", c.address, limits::FIELD_CHARS)?,
        privacy_contact: one_line(
            "controller.privacy_contact",
            c.privacy_contact,
            limits::FIELD_CHARS,
        )?,
    };
    let jurisdiction = one_line(
        "controller.jurisdiction",
        c.jurisdiction,
        limits::NAME_CHARS,
    )?;
    let n = file.notice;
    let notice = NoticeText {
        retention: one_line("notice.retention", n.retention, limits::LABEL_CHARS)?,
        rights: one_line("notice.rights", n.rights, limits::LABEL_CHARS)?,
        withdraw: one_line("notice.withdraw", n.withdraw, limits::LABEL_CHARS)?,
        transfers: one_line("notice.transfers", n.transfers, limits::LABEL_CHARS)?,
    };
    let language = one_line("event.language", ev.language, limits::NAME_CHARS)?;
    let language = if language.is_empty() {
        "en".to_owned()
    } else {
        language
    };
    if !language
        .split('-')
        .all(|p| !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric()))
    {
        return Err(invalid(
            "event.language".into(),
            ConfigRule::LanguageTag {
                value: language.clone(),
            },
        ));
    }
    if file.consent.valid_for_months == Some(0) {
        return Err(invalid(
            "consent.valid_for_months".into(),
            ConfigRule::MonthsAtLeastOne,
        ));
    }
    let recipients = load_recipients(&file.encryption, text, &name, base_dir)?;
    let last_day = match &ev.last_day {
        None => None,
        Some(d) => Some(
            chrono::NaiveDate::parse_from_str(d.get_ref(), "%Y-%m-%d").map_err(|_| {
                invalid_at(
                    "event.last_day".into(),
                    Some(line_of(text, d.span().start)),
                    ConfigRule::NotADate {
                        value: d.get_ref().clone(),
                    },
                )
            })?,
        ),
    };

    let languages = offered_languages(ev.languages.as_ref(), &language, text, &|line, rule| {
        invalid_at("event.languages".into(), Some(line), rule)
    })?;
    let translation_sections = file.translation;
    let mut event = Event {
        id: ev.id,
        name: ev.name,
        organisation: ev.organisation,
        default_country,
        staff: ev.staff,
        retention_days: ev.retention_days,
        export_dir: ev.export_dir,
        last_day,
        attendee_list_days: ev.attendee_list_days.unwrap_or(DEFAULT_ATTENDEE_LIST_DAYS),
        policy,
        purposes,
        questions: file.questions,
        kiosk_idle_seconds: file
            .kiosk
            .idle_timeout_seconds
            .unwrap_or(DEFAULT_KIOSK_IDLE_SECONDS),
        kiosk_theme: file.kiosk.theme.unwrap_or_default(),
        controller,
        jurisdiction,
        notice,
        language,
        translations: Default::default(),
        languages,
        consent_valid_months: file.consent.valid_for_months,
        recipients,
        source,
    };
    event.translations = translations::check(
        translation_sections,
        &event,
        &invalid,
        &translations::PolicyLoader {
            load: &load_policy,
            check_url: &check_url,
        },
    )?;
    if defaults {
        // The default purposes come with the booth's own translations; the
        // file's win where it gives them.
        for lang in crate::i18n::Language::ALL {
            if lang == event.default_language() {
                continue;
            }
            let labels = default_purpose_labels(lang, &event.organisation);
            let t = event.translations.entry(lang).or_default();
            for (id, label) in labels {
                t.purposes.entry(id.to_owned()).or_insert(label);
            }
        }
    }
    shown::check(&event, &invalid)?;
    Ok(event)
}

/// `[event] languages`: each a language the booth ships, none twice, the
/// event's default language (`language`, English unless set) among them; each
/// fault names the key and its line. Left out: every shipped language.
fn offered_languages(
    list: Option<&toml::Spanned<Vec<toml::Spanned<String>>>>,
    language: &str,
    text: &str,
    invalid: &dyn Fn(usize, ConfigRule) -> ConfigError,
) -> Result<Vec<crate::i18n::Language>, ConfigError> {
    use crate::i18n::Language;
    let Some(list) = list else {
        return Ok(Language::ALL.to_vec());
    };
    let line = |span: std::ops::Range<usize>| line_of(text, span.start);
    let mut out: Vec<Language> = Vec::new();
    for code in list.get_ref() {
        let v = code.get_ref();
        // Only a code the booth ships, as written (`de`, not `de-AT`): the
        // list says which words the kiosk offers.
        let lang = Language::ALL
            .into_iter()
            .find(|l| l.code() == v.trim().to_ascii_lowercase())
            .ok_or_else(|| {
                invalid(
                    line(code.span()),
                    ConfigRule::NotShipped {
                        value: crate::text::sanitize_line(v).into_owned(),
                    },
                )
            })?;
        if out.contains(&lang) {
            return Err(invalid(
                line(code.span()),
                ConfigRule::LanguageTwice { language: lang },
            ));
        }
        out.push(lang);
    }
    if out.is_empty() {
        return Err(invalid(line(list.span()), ConfigRule::NoLanguage));
    }
    let default: Language = language.parse().unwrap_or_default();
    if !out.contains(&default) {
        return Err(invalid(
            line(list.span()),
            ConfigRule::DefaultLeftOut {
                default,
                written: (language != default.code())
                    .then(|| crate::text::sanitize_line(language).into_owned()),
            },
        ));
    }
    Ok(out)
}

/// The recipients of `[encryption]`: the inline ones, then the file's; each
/// checked, none twice.
fn load_recipients(
    section: &EncryptionSection,
    text: &str,
    name: &str,
    base_dir: Option<&Path>,
) -> Result<Vec<Recipient>, ConfigError> {
    let mut out: Vec<Recipient> = Vec::new();
    for (i, r) in section.recipients.iter().enumerate() {
        let line = line_of(text, r.span().start);
        let key = format!("encryption.recipients[{i}]");
        let origin = Origin::EventFile(name.to_owned());
        let problem = |p: crate::recipients::RecipientProblem| ConfigError::Recipient {
            origin: origin.clone(),
            event_file: name.to_owned(),
            line: p.line,
            key: key.clone(),
            rule: Box::new(p.rule),
        };
        let parsed = parse_recipient(r.get_ref(), line, &origin).map_err(problem)?;
        push_unique(&mut out, parsed).map_err(problem)?;
    }
    if let Some(rel) = &section.recipients_file {
        let path = match base_dir {
            Some(dir) if rel.get_ref().is_relative() => dir.join(rel.get_ref()),
            _ => rel.get_ref().clone(),
        };
        let read = crate::recipients::read_recipients_file(&path).map_err(|source| {
            ConfigError::RecipientsRead {
                path: path.clone(),
                event_file: name.to_owned(),
                source,
            }
        })?;
        let origin = Origin::RecipientsFile(path.display().to_string());
        let problem = |p: crate::recipients::RecipientProblem| ConfigError::Recipient {
            origin: origin.clone(),
            event_file: name.to_owned(),
            line: p.line,
            key: "encryption.recipients_file".into(),
            rule: Box::new(p.rule),
        };
        for r in parse_recipients_file(&read, &origin).map_err(problem)? {
            push_unique(&mut out, r).map_err(problem)?;
        }
    }
    Ok(out)
}

fn valid_id(id: &str) -> bool {
    is_purpose_id(id)
}

/// A purpose or question id: lowercase ASCII letters, digits and `_`, not empty.
pub fn is_purpose_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= crate::limits::NAME_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// An event id: lowercase ASCII letters, digits and `-`, not empty (it goes into
/// batch folder names).
pub fn is_event_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= crate::limits::NAME_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Whether `url` is an absolute `http` or `https` URL with a host: what a phone
/// may open from the QR code. `javascript:`, `file:`, `data:` and relative
/// references are refused.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or("");
    !host.is_empty() && !host.starts_with(':') && !url.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_event_uses_default_policy_and_purposes() {
        let e = Event::demo();
        assert_eq!(e.id, "demo-2026");
        assert_eq!(
            e.policy.sha256,
            crate::policy::sha256_hex(crate::policy::DEFAULT_POLICY.as_bytes())
        );
        assert_eq!(e.purposes, default_purposes("Aspera"));
        let kinds: Vec<_> = e.questions.iter().map(|q| q.kind).collect();
        assert!(kinds.contains(&QuestionKind::Text));
        assert!(kinds.contains(&QuestionKind::Single));
        assert!(kinds.contains(&QuestionKind::Multiple));
        assert_eq!(e.default_country.as_deref(), Some("US"));
    }

    fn parse(text: &str) -> Result<Event, ConfigError> {
        parse_event(text, ConfigSource::File("/tmp/ev.toml".into()), None)
    }

    const MINIMAL: &str = "[event]\nid = \"x-1\"\nname = \"X\"\norganisation = \"Org\"\n";

    #[test]
    fn unknown_key_names_file_line_and_key() {
        let text = format!("{MINIMAL}\n[[purpose]]\nid = \"a\"\nlabel = \"A\"\nrequierd = true\n");
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.contains("/tmp/ev.toml"), "{err}");
        assert!(err.contains("line 9"), "{err}");
        assert!(err.contains("requierd"), "{err}");
    }

    #[test]
    fn the_kiosk_theme_is_read_and_a_wrong_one_named() {
        assert_eq!(parse(MINIMAL).unwrap().kiosk_theme, ThemeName::Color);
        let hc = format!("{MINIMAL}\n[kiosk]\ntheme = \"high-contrast\"\n");
        assert_eq!(parse(&hc).unwrap().kiosk_theme, ThemeName::HighContrast);
        let bad = format!("{MINIMAL}\n[kiosk]\ntheme = \"neon\"\n");
        let err = parse(&bad).unwrap_err().to_string();
        assert!(
            err.contains("neon") && err.contains("high-contrast"),
            "{err}"
        );
        assert!(err.contains("line 7"), "{err}");
    }

    #[test]
    fn syntax_error_names_line() {
        let err = parse("[event]\nid = \"x\"\nname = \n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 3"), "{err}");
    }

    #[test]
    fn an_event_country_is_written_as_a_code_or_any_name_in_the_table() {
        for (code, name) in crate::country::entries() {
            let text = format!(
                "{MINIMAL}default_country = \"{}\"\n",
                name.replace('\\', "\\\\").replace('"', "\\\"")
            );
            let e = parse(&text).unwrap_or_else(|err| panic!("{name}: {err}"));
            assert_eq!(e.default_country.as_deref(), Some(code), "{name}");
        }
    }

    #[test]
    fn rules_name_the_key() {
        let cases = [
            (MINIMAL.replace("x-1", "X 1"), "event.id"),
            (
                format!("{MINIMAL}default_country = \"ZZ\"\n"),
                "event.default_country",
            ),
            (
                format!(
                    "{MINIMAL}[[purpose]]\nid = \"a\"\nlabel = \"A\"\n[[purpose]]\nid = \"a\"\nlabel = \"B\"\n"
                ),
                "purpose[1].id",
            ),
            (
                format!("{MINIMAL}[[question]]\nid = \"q\"\nlabel = \"Q\"\nkind = \"single\"\n"),
                "question[0].choices",
            ),
        ];
        for (text, key) in cases {
            let err = parse(&text).unwrap_err().to_string();
            assert!(err.contains(key), "{key}: {err}");
        }
    }

    #[test]
    fn a_required_consent_fails_to_load_naming_the_purpose() {
        let text = format!(
            "{MINIMAL}[[purpose]]\nid = \"ack\"\nlabel = \"Seen\"\nlegal_basis = \"legitimate_interest\"\nrequired = true\n[[purpose]]\nid = \"marketing_email\"\nlabel = \"Email me\"\nrequired = true\n"
        );
        let err = parse(&text).unwrap_err().to_string();
        assert!(
            err.contains("purpose[1].required") && err.contains("marketing_email"),
            "{err}"
        );
        let ok = text.replace("Email me\"\nrequired = true", "Email me\"");
        let e = parse(&ok).unwrap();
        assert!(e.purposes[0].required && !e.purposes[1].required);
        let bad_basis = ok.replace("legitimate_interest", "because");
        assert!(parse(&bad_basis).unwrap_err().to_string().contains("line"));
    }

    #[test]
    fn controller_and_notice_come_from_the_event_file() {
        let e = parse(&format!(
            "{MINIMAL}language = \"de\"\n[controller]\naddress = \"1 Road\"\nprivacy_contact = \"privacy@org.test\"\njurisdiction = \"EU\"\n[notice]\nretention = \"2 years\"\n[consent]\nvalid_for_months = 24\n"
        ))
        .unwrap();
        assert_eq!(e.controller.name, "Org", "defaults to the organisation");
        assert_eq!(e.controller.privacy_email(), Some("privacy@org.test"));
        assert_eq!((e.jurisdiction.as_str(), e.language.as_str()), ("EU", "de"));
        assert_eq!(e.notice.retention, "2 years");
        assert!(e.notice.transfers.is_empty());
        assert_eq!(e.consent_valid_months, Some(24));
        let demo = Event::demo();
        for v in [
            &demo.controller.address,
            &demo.controller.privacy_contact,
            &demo.notice.retention,
            &demo.notice.rights,
            &demo.notice.withdraw,
            &demo.notice.transfers,
        ] {
            assert!(!v.is_empty(), "the demo event fills every notice field");
        }
    }

    #[test]
    fn recipients_are_checked_naming_file_line_and_key() {
        let good = age::x25519::Identity::generate().to_public().to_string();
        let text =
            format!("{MINIMAL}\n[encryption]\nrecipients = [\n  \"{good}\",\n  \"age1oops\",\n]\n");
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.contains("/tmp/ev.toml"), "{err}");
        assert!(err.contains("line 9"), "{err}");
        assert!(err.contains("encryption.recipients[1]"), "{err}");
        assert!(err.contains("age1oops"), "{err}");

        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("r.txt"),
            format!("# office\n{good}\nnope\n"),
        )
        .unwrap();
        let ev = dir.path().join("event.toml");
        std::fs::write(
            &ev,
            format!("{MINIMAL}[encryption]\nrecipients_file = \"r.txt\"\n"),
        )
        .unwrap();
        let err = Event::load(&ev).unwrap_err().to_string();
        assert!(err.contains("r.txt") && err.contains("event.toml"), "{err}");
        assert!(
            err.contains("line 3") && err.contains("encryption.recipients_file"),
            "{err}"
        );

        std::fs::write(dir.path().join("r.txt"), format!("{good}\n")).unwrap();
        let e = Event::load(&ev).unwrap();
        assert_eq!(e.recipients.len(), 1);
        assert_eq!(e.recipients[0].as_str(), good);
        assert!(
            Event::demo().recipients.is_empty(),
            "the demo event writes plain batches"
        );
    }

    #[test]
    fn policy_file_is_relative_to_event_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("p.md"), "# P\n\nLast Updated 2020-01-02\n").unwrap();
        let ev = dir.path().join("event.toml");
        std::fs::write(
            &ev,
            format!("{MINIMAL}[policy]\nfile = \"p.md\"\nurl = \"https://x.test/p\"\n"),
        )
        .unwrap();
        let e = Event::load(&ev).unwrap();
        assert_eq!(e.policy.last_updated_iso().as_deref(), Some("2020-01-02"));
        assert_eq!(e.policy.url, "https://x.test/p");
        std::fs::remove_file(dir.path().join("p.md")).unwrap();
        let err = Event::load(&ev).unwrap_err().to_string();
        assert!(err.contains("p.md") && err.contains("event.toml"), "{err}");
    }
}
