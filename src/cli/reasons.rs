//! Why a batch was refused or an attendee row skipped, in the staff language:
//! the domain's errors (`VerifyError`, `Refusal`, `AttendeeError`) keep their
//! English `Display` for logs; a person at the command line reads these, with
//! the same file, field and line names in them. A detail that comes from
//! deeper down (a parser's own words) is passed on as it is.

use std::path::Path;

use crate::attendee::AttendeeError;
use crate::batch::{KeyError, VerifyError};
use crate::cli::words::{self, arg, num};
use crate::config::ConfigError;
use crate::i18n::msg::commands as m;
use crate::i18n::{self, Language};
use crate::import::Refusal;

fn p(path: &Path) -> String {
    path.display().to_string()
}

/// Why a batch failed verification.
pub fn verify(e: &VerifyError) -> String {
    match e {
        VerifyError::Folder { path, error } => words::say(
            m::REASON_FOLDER,
            [("path", arg(&p(path))), ("error", arg(&error.to_string()))],
        ),
        VerifyError::Missing { path } => words::say(m::REASON_MISSING, [("path", arg(&p(path)))]),
        VerifyError::Extra { path } => words::say(m::REASON_EXTRA, [("path", arg(&p(path)))]),
        VerifyError::NotAFile { path } => {
            words::say(m::REASON_NOT_A_FILE, [("path", arg(&p(path)))])
        }
        VerifyError::Read { path, error } => words::say(
            m::REASON_READ,
            [("path", arg(&p(path))), ("error", arg(&error.to_string()))],
        ),
        VerifyError::WrongKey {
            path,
            signed_by,
            expected,
        } => words::say(
            m::REASON_WRONG_KEY,
            [
                ("path", arg(&p(path))),
                ("signed_by", arg(signed_by)),
                ("expected", arg(expected)),
            ],
        ),
        VerifyError::BadSignature { path } => {
            words::say(m::REASON_BAD_SIGNATURE, [("path", arg(&p(path)))])
        }
        VerifyError::BadTrustedComment { path } => {
            words::say(m::REASON_BAD_TRUSTED_COMMENT, [("path", arg(&p(path)))])
        }
        VerifyError::Checksum { path, hint } => words::say(
            if hint.is_empty() {
                m::REASON_CHECKSUM
            } else {
                m::REASON_CHECKSUM_CRLF
            },
            [("path", arg(&p(path)))],
        ),
        VerifyError::Line { path, line, detail } => words::say(
            m::REASON_LINE,
            [
                ("path", arg(&p(path))),
                ("line", num(*line)),
                ("detail", arg(detail)),
            ],
        ),
        VerifyError::KeyId {
            path,
            manifest,
            signature,
        } => words::say(
            m::REASON_KEY_ID,
            [
                ("path", arg(&p(path))),
                ("manifest", arg(manifest)),
                ("signature", arg(signature)),
            ],
        ),
        other => other.to_string(),
    }
}

/// Why a batch was refused at the import.
pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::Verify(e) => words::say(m::REASON_FAILED_VERIFICATION, [("why", arg(&verify(e)))]),
        Refusal::UntrustedKey { key_id, trust_dir } => words::say(
            m::REASON_UNTRUSTED_KEY,
            [("key", arg(key_id)), ("trust", arg(&p(trust_dir)))],
        ),
        Refusal::NoIdentity { path } => {
            words::say(m::REASON_NO_IDENTITY, [("path", arg(&p(path)))])
        }
        Refusal::Gap {
            device,
            seq,
            from,
            to,
        } => words::say(
            m::REASON_GAP,
            [
                ("device", arg(&device.to_string())),
                ("seq", arg(&seq.to_string())),
                ("from", arg(&from.to_string())),
                ("to", arg(&to.to_string())),
                ("count", num(to - from + 1)),
            ],
        ),
        Refusal::GapTooBig {
            device,
            seq,
            missing,
        } => words::say(
            m::REASON_GAP_TOO_BIG,
            [
                ("device", arg(&device.to_string())),
                ("seq", arg(&seq.to_string())),
                ("count", num(*missing)),
                ("max", num(crate::import::MAX_GAP)),
            ],
        ),
        Refusal::Changed { path } => words::say(m::REASON_CHANGED, [("path", arg(&p(path)))]),
        Refusal::Line { path, line, detail } => words::say(
            m::REASON_CHANGED_LINE,
            [
                ("path", arg(&p(path))),
                ("line", num(*line)),
                ("detail", arg(detail)),
            ],
        ),
        Refusal::ManifestRule { path, detail } => words::say(
            m::REASON_MANIFEST_RULE,
            [("path", arg(&p(path))), ("detail", arg(detail))],
        ),
        Refusal::Record { path, line, detail } => words::say(
            m::REASON_RECORD,
            [
                ("path", arg(&p(path))),
                ("line", num(*line)),
                ("detail", arg(detail)),
            ],
        ),
        Refusal::Collision {
            path,
            line,
            lead,
            owner,
        } => words::say(
            m::REASON_COLLISION,
            [
                ("path", arg(&p(path))),
                ("line", num(*line)),
                ("lead", arg(&lead.to_string())),
                ("owner", arg(&owner.to_string())),
            ],
        ),
        Refusal::Read { path, error } => words::say(
            m::REASON_IMPORT_READ,
            [("path", arg(&p(path))), ("error", arg(&error.to_string()))],
        ),
        other => other.to_string(),
    }
}

/// Why an attendee list or one of its rows cannot be imported.
pub fn attendee(e: &AttendeeError) -> String {
    match e {
        AttendeeError::MissingColumn(column) => words::say(
            m::REASON_MISSING_COLUMN,
            [
                ("column", arg(&format!("{column:?}"))),
                (
                    "columns",
                    arg(&crate::attendee::REQUIRED_COLUMNS.join(", ")),
                ),
            ],
        ),
        AttendeeError::Row {
            line,
            column,
            place,
            message,
        } => match place {
            Some(place) => words::say(
                m::REASON_ROW_AT,
                [
                    ("line", num(*line)),
                    ("field", arg(column)),
                    ("message", arg(message)),
                    ("letter", arg(&place.letter)),
                    ("header", arg(&format!("{:?}", place.header))),
                ],
            ),
            None => words::say(
                m::REASON_ROW,
                [
                    ("line", num(*line)),
                    ("field", arg(column)),
                    ("message", arg(message)),
                ],
            ),
        },
        AttendeeError::Shape { line, message } | AttendeeError::Csv { line, message } => {
            words::say(
                m::REASON_LINE_ONLY,
                [("line", num(*line)), ("message", arg(message))],
            )
        }
    }
}

/// Why an event file cannot be used, in `lang` (doctor writes its `--json` in
/// English, everything else follows the staff language).
pub fn config(e: &ConfigError, lang: Language) -> String {
    let say = |id, args: &[(&'static str, String)]| {
        i18n::format(lang, id, args.iter().map(|(k, v)| (*k, arg(v))))
    };
    match e {
        ConfigError::Read { path, source } => say(
            m::CONFIG_READ,
            &[("path", p(path)), ("error", source.to_string())],
        ),
        ConfigError::Parse {
            path,
            line,
            message,
        } => say(
            m::CONFIG_PARSE,
            &[
                ("path", path.clone()),
                ("line", line.to_string()),
                ("message", message.clone()),
            ],
        ),
        ConfigError::Invalid { path, key, message } => say(
            m::CONFIG_INVALID,
            &[
                ("path", path.clone()),
                ("key", key.clone()),
                ("message", message.clone()),
            ],
        ),
        ConfigError::Policy {
            path,
            event_file,
            source,
        } => say(
            m::CONFIG_POLICY,
            &[
                ("path", p(path)),
                ("event", event_file.clone()),
                ("error", source.to_string()),
            ],
        ),
        ConfigError::RecipientsRead {
            path,
            event_file,
            source,
        } => say(
            m::CONFIG_RECIPIENTS_READ,
            &[
                ("path", p(path)),
                ("event", event_file.clone()),
                ("error", source.to_string()),
            ],
        ),
        ConfigError::TooLarge {
            what,
            path,
            size,
            max,
        } => say(
            if what.starts_with("policy") {
                m::CONFIG_POLICY_TOO_LARGE
            } else {
                m::CONFIG_EVENT_TOO_LARGE
            },
            &[
                ("path", p(path)),
                ("size", size.to_string()),
                ("max", max.to_string()),
            ],
        ),
        ConfigError::PolicyRead {
            path,
            event_file,
            source,
        } => say(
            m::CONFIG_POLICY_READ,
            &[
                ("path", p(path)),
                ("event", event_file.clone()),
                ("error", source.to_string()),
            ],
        ),
        other => other.to_string(),
    }
}

/// Why the device key cannot be made or used, in the staff language.
pub fn key(e: &KeyError) -> String {
    match e {
        KeyError::Missing { dir } => words::say(m::KEY_MISSING, [("path", arg(&p(dir)))]),
        KeyError::Exists { path, key_id } => words::say(
            m::KEY_EXISTS,
            [("path", arg(&p(path))), ("id", arg(key_id))],
        ),
        KeyError::WrongPassphrase { path } => {
            words::say(m::KEY_WRONG_PASSPHRASE, [("path", arg(&p(path)))])
        }
        KeyError::NeedPassphrase { path } => words::say(
            m::KEY_NEED_PASSPHRASE,
            [
                ("path", arg(&p(path))),
                ("env", arg(crate::batch::PASSPHRASE_ENV)),
            ],
        ),
        KeyError::EmptyPassphrase => words::text(m::KEY_EMPTY_PASSPHRASE).to_owned(),
        KeyError::Mismatch {
            public,
            public_id,
            secret,
            secret_id,
        } => words::say(
            m::KEY_MISMATCH,
            [
                ("public", arg(&p(public))),
                ("id", arg(public_id)),
                ("secret", arg(&p(secret))),
                ("secret_id", arg(secret_id)),
            ],
        ),
        other => other.to_string(),
    }
}

/// The store's refusals a person meets before anything else (another booth
/// holds the data dir), in the staff language; `None` for the rest.
pub fn store(e: &crate::store::StoreError) -> Option<String> {
    match e {
        crate::store::StoreError::BoothRunning { path, pid } => {
            let pid: String = pid.chars().filter(char::is_ascii_digit).collect();
            let holder = if pid.is_empty() {
                String::new()
            } else {
                format!(" (PID {pid})")
            };
            Some(words::say(
                m::STORE_BOOTH_RUNNING,
                [("path", arg(&p(path))), ("holder", arg(&holder))],
            ))
        }
        crate::store::StoreError::DataDir { path, source } => Some(words::say(
            m::STORE_DATA_DIR,
            [("path", arg(&p(path))), ("error", arg(&source.to_string()))],
        )),
        _ => None,
    }
}

/// Why `central erase`/`withdraw`/`show` refused its arguments, in the staff
/// language; `None` for a database failure (its own words).
pub fn person(e: &crate::import::person::PersonError) -> Option<String> {
    use crate::import::person::PersonError;
    match e {
        PersonError::NotAnEmail(email) => Some(words::say(
            m::PERSON_NOT_AN_EMAIL,
            [("email", arg(&format!("{email:?}")))],
        )),
        PersonError::UnknownPurpose { purpose, known } => Some(words::say(
            m::PERSON_UNKNOWN_PURPOSE,
            [
                ("purpose", arg(&format!("{purpose:?}"))),
                ("known", arg(known)),
            ],
        )),
        PersonError::Database(_) => None,
    }
}
