//! Why a batch was refused or an attendee row skipped, in the staff language:
//! the domain's errors (`VerifyError`, `Refusal`, `AttendeeError`) keep their
//! English `Display` for logs; a person at the command line reads these, with
//! the same file, field and line names in them. A detail that comes from
//! deeper down (a parser's own words) is passed on as it is.

use std::path::Path;

use crate::attendee::AttendeeError;
use crate::batch::rules::{LeadBreak, RuleBreak};
use crate::batch::{FORMAT, FORMAT_V1, FORMAT_V2, FORMAT_V3, SumsProblem};
use crate::batch::{KeyError, LineDetail, VerifyError};
use crate::central::{CentralError, RowProblem, UrlProblem};
use crate::cli::words::{self, arg, num};
use crate::i18n;
use crate::i18n::msg::central as cm;
use crate::i18n::msg::commands as m;
use crate::i18n::msg::verify_form as vf;
use crate::import::{ForkDetail, ImportError, RecordProblem, Refusal, TrustDirProblem};
use crate::policy::PolicyProblem;

mod event_file;
pub use event_file::{config, config_rule};

fn p(path: &Path) -> String {
    path.display().to_string()
}

/// Why a batch failed verification. Every variant is matched by name (an
/// encrypted batch's own checks too): a new one does not compile until it is
/// said here.
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
                ("detail", arg(&line_detail(detail))),
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
        VerifyError::TooLarge {
            path,
            size,
            limit,
            what,
        } => match too_large_what(what) {
            Some(what) => words::say(
                vf::TOO_LARGE,
                [
                    ("path", arg(&p(path))),
                    ("size", arg(&size.to_string())),
                    ("limit", arg(&limit.to_string())),
                    ("what", arg(what)),
                ],
            ),
            None => e.to_string(),
        },
        VerifyError::Sums { path, problem } => words::say(
            vf::SUMS,
            [("path", arg(&p(path))), ("problem", arg(&sums(problem)))],
        ),
        VerifyError::SignatureFormat { path, detail } => words::say(
            vf::SIGNATURE_FORMAT,
            [
                ("path", arg(&p(path))),
                ("detail", arg(&form_words(detail))),
            ],
        ),
        VerifyError::LegacySignature { path } => {
            words::say(vf::LEGACY_SIGNATURE, [("path", arg(&p(path)))])
        }
        VerifyError::Manifest { path, detail } => words::say(
            vf::MANIFEST,
            [
                ("path", arg(&p(path))),
                ("detail", arg(&form_words(detail))),
            ],
        ),
        VerifyError::Format { path, found } => words::say(
            vf::FORMAT,
            [
                ("path", arg(&p(path))),
                ("found", arg(&format!("{found:?}"))),
                ("current", arg(FORMAT)),
                (
                    "older",
                    arg(&format!("{FORMAT_V3}, {FORMAT_V2}, {FORMAT_V1}")),
                ),
            ],
        ),
        VerifyError::ManifestField {
            path,
            field,
            detail,
        } => words::say(
            vf::MANIFEST_FIELD,
            [
                ("path", arg(&p(path))),
                ("field", arg(field)),
                ("detail", arg(&form_words(detail))),
            ],
        ),
        VerifyError::TrustedComment {
            path,
            found,
            expected,
        } => words::say(
            vf::TRUSTED_COMMENT,
            [
                ("path", arg(&p(path))),
                ("found", arg(&format!("{found:?}"))),
                ("expected", arg(&format!("{expected:?}"))),
            ],
        ),
        VerifyError::Form { path, detail } => words::say(
            vf::FORM,
            [
                ("path", arg(&p(path))),
                ("detail", arg(&form_words(detail))),
            ],
        ),
        VerifyError::Count {
            manifest,
            field,
            expected,
            path,
            found,
        } => words::say(
            vf::COUNT,
            [
                ("manifest", arg(&p(manifest))),
                ("field", arg(field)),
                ("expected", arg(&expected.to_string())),
                ("path", arg(&p(path))),
                ("found", arg(&count_words(found))),
            ],
        ),
        VerifyError::Sealed(sealed) => sealed_batch(sealed),
    }
}

/// Why an encrypted batch failed its own checks (its `.sha256` and
/// `.minisig` beside it, its decryption, its contents); age's, tar's and the
/// operating system's own words inside as they give them.
fn sealed_batch(e: &crate::batch::SealedError) -> String {
    use crate::batch::SealedError as S;
    let bytes = |n: &u64| fluent_bundle::FluentValue::from(n.to_string());
    match e {
        S::NotAFile { path } => words::say(m::REASON_NOT_A_FILE, [("path", arg(&p(path)))]),
        S::MissingSidecar { path, name } => words::say(
            vf::SEALED_MISSING_SIDECAR,
            [("path", arg(&p(path))), ("name", arg(name))],
        ),
        S::NotSealedSignature { path, found } => words::say(
            vf::SEALED_NOT_SEALED_SIGNATURE,
            [
                ("path", arg(&p(path))),
                ("found", arg(&format!("{found:?}"))),
            ],
        ),
        S::SignatureOfAnother { path, names, file } => words::say(
            vf::SEALED_SIGNATURE_OF_ANOTHER,
            [
                ("path", arg(&p(path))),
                ("names", arg(names)),
                ("file", arg(file)),
            ],
        ),
        S::Truncated { path, have, want } => words::say(
            vf::SEALED_TRUNCATED,
            [
                ("path", arg(&p(path))),
                ("have", bytes(have)),
                ("want", bytes(want)),
            ],
        ),
        S::Longer { path, have, want } => words::say(
            vf::SEALED_LONGER,
            [
                ("path", arg(&p(path))),
                ("have", bytes(have)),
                ("want", bytes(want)),
            ],
        ),
        S::Altered { path } => words::say(vf::SEALED_ALTERED, [("path", arg(&p(path)))]),
        S::Forged { path, file } => words::say(
            vf::SEALED_FORGED,
            [("path", arg(&p(path))), ("file", arg(file))],
        ),
        S::Checksum { path, detail } => words::say(
            vf::FORM,
            [
                ("path", arg(&p(path))),
                ("detail", arg(&form_words(detail))),
            ],
        ),
        S::NotForIdentity {
            path,
            identity,
            recipient,
        } => words::say(
            vf::SEALED_NOT_FOR_IDENTITY,
            [
                ("path", arg(&p(path))),
                ("identity", arg(&p(identity))),
                ("recipient", arg(recipient)),
            ],
        ),
        S::Damaged { path, detail } => words::say(
            vf::SEALED_DAMAGED,
            [
                ("path", arg(&p(path))),
                ("detail", arg(&form_words(detail))),
            ],
        ),
        S::Contents { path, detail } => words::say(
            vf::SEALED_CONTENTS,
            [
                ("path", arg(&p(path))),
                ("detail", arg(&form_words(detail))),
            ],
        ),
        S::Mismatch { path, detail } => words::say(
            vf::SEALED_MISMATCH,
            [
                ("path", arg(&p(path))),
                ("detail", arg(&form_words(detail))),
            ],
        ),
        S::Temp { path, error } => words::say(
            vf::SEALED_TEMP,
            [("path", arg(&p(path))), ("error", arg(&error.to_string()))],
        ),
    }
}

/// The selector `vf-too-large` names a batch file's kind by (what
/// `verify.rs` passes as `what`).
fn too_large_what(what: &str) -> Option<&'static str> {
    Some(match what {
        "SHA256SUMS" => "sums",
        "manifest" => "manifest",
        "signature" => "signature",
        "policy texts" => "policies",
        _ => return None,
    })
}

/// What is wrong with `SHA256SUMS`, after its path.
fn sums(problem: &SumsProblem) -> String {
    let line = |l: &usize| num(*l as u64);
    match problem {
        SumsProblem::Empty => words::text(vf::SUMS_EMPTY).to_owned(),
        SumsProblem::Crlf(l) => words::say(vf::SUMS_CRLF, [("line", line(l))]),
        SumsProblem::NoFinalNewline => words::text(vf::SUMS_NO_FINAL_NEWLINE).to_owned(),
        SumsProblem::Malformed(l) => words::say(vf::SUMS_MALFORMED, [("line", line(l))]),
        SumsProblem::UnknownName { line: l, name } => words::say(
            vf::SUMS_UNKNOWN_NAME,
            [("line", line(l)), ("name", arg(&format!("{name:?}")))],
        ),
        SumsProblem::Duplicate { line: l, name } => {
            words::say(vf::SUMS_DUPLICATE, [("line", line(l)), ("name", arg(name))])
        }
        SumsProblem::OutOfOrder {
            line: l,
            name,
            expected,
        } => words::say(
            vf::SUMS_OUT_OF_ORDER,
            [
                ("line", line(l)),
                ("name", arg(name)),
                ("expected", arg(expected)),
            ],
        ),
        SumsProblem::Missing(name) => words::say(vf::SUMS_MISSING, [("name", arg(name))]),
    }
}

/// The words of a check on a batch file's form, as the checks give them in
/// English (`verify.rs`, `rules.rs`: a line's form, a manifest field, the
/// signature file), each `{}` a value taken over as it is; with the message
/// that says them and its arguments' names, one per `{}`. A pattern that
/// could also match a longer one's text comes after it.
const FORM_WORDS: &[(&str, crate::i18n::Msg, &[&str])] = &[
    // A line of leads.jsonl, erasures.jsonl or policies.jsonl
    ("is empty", vf::LINE_EMPTY, &[]),
    ("starts with white space", vf::LINE_WHITE_SPACE, &[]),
    (
        "has more after its record (a second record, white space or CR)",
        vf::LINE_MORE,
        &[],
    ),
    ("is not a record", vf::LINE_NOT_A_RECORD, &[]),
    (
        "is longer than {} bytes, the longest line a batch may hold",
        vf::LINE_TOO_LONG,
        &["limit"],
    ),
    (
        "is longer than {} bytes, the longest line of policy texts a batch may hold",
        vf::LINE_POLICY_TOO_LONG,
        &["limit"],
    ),
    (
        "does not end with a newline (trailing garbage?)",
        vf::LINE_NO_NEWLINE,
        &[],
    ),
    ("is not JSON: {}", vf::LINE_NOT_JSON, &["error"]),
    (
        "is not in the form leadbooth writes: it differs at byte {} (white space, key order, \
         escapes, a time's spelling, or a field added or left out); the line was changed after export",
        vf::NOT_EXACT_FORM,
        &["byte"],
    ),
    (
        "policy {} is not a policy version of manifest.json",
        vf::POLICY_NOT_NAMED,
        &["sha256"],
    ),
    ("policy {} is there twice", vf::POLICY_TWICE, &["sha256"]),
    (
        "the text of policy version {} (named in manifest.json) is not there",
        vf::POLICY_MISSING,
        &["sha256"],
    ),
    // The signature file
    ("it is not UTF-8 text", vf::SIG_NOT_UTF8, &[]),
    (
        "it has CR LF (Windows) line endings; it must keep its \\n line ends",
        vf::SIG_CRLF,
        &[],
    ),
    (
        "it must be exactly 4 lines ending in a newline, it has {} and no final newline",
        vf::SIG_LINES_NO_NEWLINE,
        &["lines"],
    ),
    (
        "it must be exactly 4 lines ending in a newline, it has {}",
        vf::SIG_LINES,
        &["lines"],
    ),
    (
        "the trusted comment's signature (line 4) is {} bytes, not {}",
        vf::SIG_COMMENT_SIGNATURE,
        &["bytes", "want"],
    ),
    // manifest.json and its fields
    ("it has no \"format\"", vf::MANIFEST_NO_FORMAT, &[]),
    (
        "is {} but SHA256SUMS lists policies.jsonl",
        vf::FIELD_FORMAT_LISTS,
        &["format"],
    ),
    (
        "is {} but SHA256SUMS does not list policies.jsonl",
        vf::FIELD_FORMAT_NOT_LISTS,
        &["format"],
    ),
    (
        "{} is in the future (more than {} hours after the check at {}); check the laptop's clock",
        vf::FIELD_FUTURE,
        &["at", "hours", "now"],
    ),
    (
        "is {}; a {} batch holds leads of schema {}",
        vf::FIELD_SCHEMA,
        &["schema", "format", "expected"],
    ),
    (
        "is present, but a {} manifest has no question wording (it came in {})",
        vf::FIELD_QUESTIONS_PRESENT,
        &["format", "since"],
    ),
    (
        "is missing; a {} manifest carries the wording of the event's questions",
        vf::FIELD_QUESTIONS_MISSING,
        &["format"],
    ),
    (
        "question {} has an empty id or label",
        vf::FIELD_QUESTION_EMPTY,
        &["number"],
    ),
    (
        "question id {} appears twice",
        vf::FIELD_QUESTION_TWICE,
        &["id"],
    ),
    (
        "is present, but a {} manifest has no wording per language (it came in {})",
        vf::FIELD_WORDING_PRESENT,
        &["format", "since"],
    ),
    (
        "is missing; a {} manifest carries the event's wording in every language",
        vf::FIELD_WORDING_MISSING,
        &["format"],
    ),
    (
        "is empty; it names no language",
        vf::FIELD_WORDING_EMPTY,
        &[],
    ),
    (
        "language {} appears twice",
        vf::FIELD_LANGUAGE_TWICE,
        &["language"],
    ),
    (
        "{}: its purposes or questions are not those of {} (the same, in the same order)",
        vf::FIELD_LANGUAGE_OTHERS,
        &["language", "first"],
    ),
    (
        "{}: purposes.{}.text_sha256 is not the SHA-256 of its text: the wording was changed after it was written",
        vf::FIELD_TEXT_HASH,
        &["language", "purpose"],
    ),
    (
        "{}: {} must be text on one line of at most {} characters",
        vf::FIELD_TEXT_LINE,
        &["language", "text", "max"],
    ),
    ("is 0; batches count from 1", vf::FIELD_SEQ_ZERO, &[]),
    ("is null but seq is {}", vf::FIELD_PREVIOUS_NULL, &["seq"]),
    ("is set but seq is 1", vf::FIELD_PREVIOUS_SET, &[]),
    (
        "is not 64 lowercase hex digits",
        vf::FIELD_PREVIOUS_HEX,
        &[],
    ),
    (
        "does not fit lead_count {}",
        vf::FIELD_CAPTURED_AT,
        &["count"],
    ),
    // The `.sha256` beside an encrypted batch
    (
        "must be one line ending in a newline",
        vf::SEALED_SUM_LINE,
        &[],
    ),
    (
        "is not a sha256sum line (<sha256>  <file>)",
        vf::SEALED_SUM_FORM,
        &[],
    ),
    ("names {}, not {}", vf::SEALED_SUM_NAMES, &["found", "name"]),
    (
        "does not match the signed checksum: it was altered, or it belongs to another copy",
        vf::SEALED_SUM_MISMATCH,
        &[],
    ),
    ("is not UTF-8 text", vf::SEALED_SUM_NOT_UTF8, &[]),
    // Decrypting an encrypted batch, and what it holds
    (
        "it is not an age file, or its header was changed",
        vf::SEALED_NOT_AGE,
        &[],
    ),
    (
        "its age header was changed (the header MAC fails)",
        vf::SEALED_HEADER_MAC,
        &[],
    ),
    (
        "it ends before its last encrypted chunk (truncated)",
        vf::SEALED_CUT_SHORT,
        &[],
    ),
    (
        "an encrypted chunk fails authentication (a changed byte, or cut short)",
        vf::SEALED_CHUNK,
        &[],
    ),
    (
        "its first entry is {}, not the folder {}/",
        vf::SEALED_FIRST_ENTRY,
        &["found", "folder"],
    ),
    (
        "{} is not one of the batch files",
        vf::SEALED_ENTRY_NOT_BATCH_FILE,
        &["name"],
    ),
    (
        "{} is not a regular file",
        vf::SEALED_ENTRY_NOT_FILE,
        &["name"],
    ),
    ("{} is there twice", vf::SEALED_ENTRY_TWICE, &["name"]),
    ("the archive is empty", vf::SEALED_ARCHIVE_EMPTY, &[]),
    (
        "there are bytes after the end of the archive",
        vf::SEALED_BYTES_AFTER,
        &[],
    ),
    (
        "manifest.json has {} {}, the signature {}",
        vf::SEALED_MISMATCH_FIELD,
        &["field", "inner", "outer"],
    ),
    (
        "unknown language {} (the booth speaks en, de, fr, es)",
        vf::FIELD_UNKNOWN_LANGUAGE,
        &["language"],
    ),
    // The JSON parser's words stay as it gives them; only the column is ours.
    ("{} (column {})", vf::LINE_PARSER, &["error", "column"]),
];

/// The values in `text` where `pattern` has `{}`, if `text` is `pattern`
/// with them filled in (each `{}` taking the shortest text up to what
/// follows it, the last one up to the end).
fn holes<'a>(text: &'a str, pattern: &str) -> Option<Vec<&'a str>> {
    let mut parts = pattern.split("{}");
    let mut rest = text.strip_prefix(parts.next()?)?;
    let parts: Vec<&str> = parts.collect();
    let mut found = Vec::with_capacity(parts.len());
    for (i, literal) in parts.iter().enumerate() {
        if i + 1 == parts.len() {
            found.push(rest.strip_suffix(literal)?);
            rest = "";
        } else {
            let at = rest.find(literal)?;
            found.push(&rest[..at]);
            rest = &rest[at + literal.len()..];
        }
    }
    rest.is_empty().then_some(found)
}

/// A check's words on a batch file's form ([`FORM_WORDS`]) in the staff
/// language; words it does not know (a parser's, the operating system's) as
/// they are.
fn form_words(text: &str) -> String {
    for (pattern, id, names) in FORM_WORDS {
        if let Some(values) = holes(text, pattern) {
            return words::say(
                *id,
                names
                    .iter()
                    .zip(values)
                    .map(|(name, value)| (*name, arg(value))),
            );
        }
    }
    text.to_owned()
}

/// What a batch file holds against the manifest's count (`3 leads`, `2
/// records`, `4 data rows`, as `verify.rs` counts them).
fn count_words(found: &str) -> String {
    let said = found.split_once(' ').and_then(|(n, what)| {
        let n: u64 = n.parse().ok()?;
        let id = match what {
            "leads" => vf::COUNT_LEADS,
            "records" => vf::COUNT_RECORDS,
            "data rows" => vf::COUNT_ROWS,
            _ => return None,
        };
        Some(words::say(id, [("count", num(n))]))
    });
    said.unwrap_or_else(|| found.to_owned())
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
            [("path", arg(&p(path))), ("detail", arg(&rule(detail)))],
        ),
        Refusal::Record { path, line, detail } => words::say(
            m::REASON_RECORD,
            [
                ("path", arg(&p(path))),
                ("line", num(*line)),
                (
                    "detail",
                    arg(&match detail {
                        RecordProblem::Rule(r) => rule(r),
                        RecordProblem::Policy(problem) => policy(problem),
                    }),
                ),
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
        Refusal::Fork {
            device,
            seq,
            detail,
        } => words::say(
            cm::FORK,
            [
                ("device", arg(&device.to_string())),
                ("seq", arg(&seq.to_string())),
                ("detail", arg(&fork(detail))),
            ],
        ),
        Refusal::DeviceKey {
            device,
            bound,
            bound_file,
            signed,
            signed_file,
        } => {
            let file = |f: &Option<std::path::PathBuf>| {
                f.as_deref()
                    .map_or_else(|| words::text(cm::KEY_LEFT_TRUST).to_owned(), p)
            };
            words::say(
                cm::DEVICE_KEY,
                [
                    ("device", arg(&device.to_string())),
                    ("bound", arg(bound)),
                    ("bound_file", arg(&file(bound_file))),
                    ("signed", arg(signed)),
                    ("signed_file", arg(&file(signed_file))),
                ],
            )
        }
        Refusal::NotOwner {
            path,
            line,
            kind,
            lead,
            owner,
        } => words::say(
            cm::NOT_OWNER,
            [
                ("path", arg(&p(path))),
                ("line", num(*line)),
                ("kind", arg(kind)),
                ("lead", arg(&lead.to_string())),
                ("owner", arg(&owner.to_string())),
            ],
        ),
        Refusal::Database(e) => words::say(cm::DATABASE, [("error", arg(&central(e)))]),
        Refusal::Contended { attempts, error } => words::say(
            cm::CONTENDED,
            [
                ("error", arg(&central(error))),
                ("attempts", num(*attempts)),
            ],
        ),
    }
}

/// What is wrong with a line of a batch: a record rule in the staff
/// language; a check's or a parser's words as they are.
fn line_detail(d: &LineDetail) -> String {
    match d {
        LineDetail::Lead(b) => lead_break(b),
        LineDetail::Erasure(r) => rule(r),
        LineDetail::Policy(problem) => policy(problem),
        LineDetail::Words(words) => form_words(words),
    }
}

/// A record rule a lead of a batch breaks; the lead rules in their own
/// messages ([`crate::lead::Rule`]), each after the field as the record
/// spells it.
fn lead_break(b: &LeadBreak) -> String {
    let of_lead = |lead: &uuid::Uuid, said: String| {
        words::say(
            cm::RULE_LEAD,
            [("lead", arg(&lead.to_string())), ("rule", arg(&said))],
        )
    };
    match b {
        LeadBreak::OtherDevice {
            lead,
            device,
            batch_device,
        } => of_lead(
            lead,
            words::say(
                cm::RULE_LEAD_OTHER_DEVICE,
                [
                    ("device", arg(&device.to_string())),
                    ("batch_device", arg(&batch_device.to_string())),
                ],
            ),
        ),
        LeadBreak::OtherEvent {
            lead,
            event,
            batch_event,
        } => of_lead(
            lead,
            words::say(
                cm::RULE_OTHER_EVENT,
                [
                    ("event", arg(&format!("{event:?}"))),
                    ("batch_event", arg(&format!("{batch_event:?}"))),
                ],
            ),
        ),
        LeadBreak::SchemaAhead {
            lead,
            schema,
            format,
            batch_schema,
        } => of_lead(
            lead,
            words::say(
                cm::RULE_SCHEMA_AHEAD,
                [
                    ("schema", arg(&schema.to_string())),
                    ("format", arg(format)),
                    ("batch_schema", arg(&batch_schema.to_string())),
                ],
            ),
        ),
        LeadBreak::Record { lead, errors } => of_lead(lead, errors.said_in(i18n::staff())),
    }
}

/// Why a policy text a batch brings does not hold.
fn policy(problem: &PolicyProblem) -> String {
    match problem {
        PolicyProblem::HashMismatch { sha256 } => {
            words::say(cm::POLICY_HASH, [("sha256", arg(sha256))])
        }
        PolicyProblem::TooLong(too_long) => words::say(
            cm::POLICY_TOO_LONG,
            [
                ("field", arg(&too_long.field)),
                ("found", num(too_long.found as u64)),
                (
                    "unit",
                    arg(match too_long.unit {
                        crate::limits::Unit::Bytes => "bytes",
                        crate::limits::Unit::Chars => "chars",
                        crate::limits::Unit::Entries => "entries",
                    }),
                ),
                ("max", num(too_long.max as u64)),
            ],
        ),
        PolicyProblem::UrlControl { code, position } => words::say(
            cm::RULE_CONTROL,
            [
                ("field", arg("url")),
                ("code", arg(&format!("{code:04X}"))),
                ("position", arg(&position.to_string())),
            ],
        ),
        PolicyProblem::NotADate { value } => words::say(
            cm::POLICY_NOT_A_DATE,
            [("value", arg(&format!("{value:?}")))],
        ),
    }
}

/// A batch rule a record or the manifest breaks.
fn rule(r: &RuleBreak) -> String {
    let of_lead = |lead: &uuid::Uuid, said: String| {
        words::say(
            cm::RULE_LEAD,
            [("lead", arg(&lead.to_string())), ("rule", arg(&said))],
        )
    };
    match r {
        RuleBreak::InFuture {
            lead,
            field,
            at,
            now,
        } => {
            let said = words::say(
                cm::RULE_IN_FUTURE,
                [
                    ("field", arg(field)),
                    ("at", arg(&crate::lead::rfc3339(at))),
                    ("hours", arg(&crate::limits::CLOCK_SKEW_HOURS.to_string())),
                    ("now", arg(&crate::lead::rfc3339(now))),
                ],
            );
            match lead {
                Some(lead) => of_lead(lead, said),
                None => said,
            }
        }
        RuleBreak::OtherDevice {
            lead,
            device,
            batch_device,
        } => of_lead(
            lead,
            words::say(
                cm::RULE_OTHER_DEVICE,
                [
                    ("device", arg(&device.to_string())),
                    ("batch_device", arg(&batch_device.to_string())),
                ],
            ),
        ),
        RuleBreak::NotAPurposeId { lead, purpose } => of_lead(
            lead,
            words::say(
                cm::RULE_NOT_A_PURPOSE,
                [("purpose", arg(&format!("{purpose:?}")))],
            ),
        ),
        RuleBreak::ControlCharacter {
            lead,
            field,
            code,
            position,
        } => of_lead(
            lead,
            words::say(
                cm::RULE_CONTROL,
                [
                    ("field", arg(field)),
                    ("code", arg(&format!("{code:04X}"))),
                    ("position", arg(&position.to_string())),
                ],
            ),
        ),
        RuleBreak::TooLong { lead, too_long } => of_lead(
            lead,
            format!(
                "{} {}",
                too_long.field,
                words::say(
                    crate::i18n::msg::booth::RULE_TOO_LONG,
                    [
                        ("found", num(too_long.found as u64)),
                        ("max", num(too_long.max as u64))
                    ],
                )
            ),
        ),
    }
}

/// What conflicts with what in a fork of a device's chain.
fn fork(d: &ForkDetail) -> String {
    let null = |h: &Option<String>| h.clone().unwrap_or_else(|| "null".to_owned());
    match d {
        ForkDetail::SameBatchId { batch_id, folder } => words::say(
            cm::FORK_SAME_BATCH_ID,
            [
                ("batch", arg(&batch_id.to_string())),
                ("folder", arg(folder)),
            ],
        ),
        ForkDetail::SameSeq { folder } => words::say(cm::FORK_SAME_SEQ, [("folder", arg(folder))]),
        ForkDetail::Previous {
            previous,
            below,
            folder,
            hash,
        } => words::say(
            cm::FORK_PREVIOUS,
            [
                ("previous", arg(&null(previous))),
                ("below", arg(&below.to_string())),
                ("folder", arg(folder)),
                ("hash", arg(hash)),
            ],
        ),
        ForkDetail::Next {
            next,
            folder,
            previous,
            hash,
        } => words::say(
            cm::FORK_NEXT,
            [
                ("next", arg(&next.to_string())),
                ("folder", arg(folder)),
                ("previous", arg(&null(previous))),
                ("hash", arg(hash)),
            ],
        ),
    }
}

/// What stops a whole import: the trust dir, a key file in it, the database.
pub fn import(e: &ImportError) -> String {
    match e {
        ImportError::TrustDir { dir, detail } => match detail {
            TrustDirProblem::Unreadable(error) => words::say(
                cm::TRUST_UNREADABLE,
                [("path", arg(&p(dir))), ("error", arg(&error.to_string()))],
            ),
            TrustDirProblem::TwoFilesOneKey {
                key_id,
                first,
                second,
            } => words::say(
                cm::TRUST_TWO_FILES,
                [
                    ("path", arg(&p(dir))),
                    ("key", arg(key_id)),
                    ("first", arg(first)),
                    ("second", arg(second)),
                ],
            ),
            TrustDirProblem::NoKeys => words::say(cm::TRUST_NO_KEYS, [("path", arg(&p(dir)))]),
        },
        ImportError::Key(k) => key(k),
        ImportError::Store(e) => central(e),
    }
}

/// A central database error, in the staff language. The driver's own message
/// (SQLite's, PostgreSQL's, refinery's) stays as it gives it; an error of the
/// SQLite file as a store (damaged, a booth database, too new) is the store's.
pub fn central(e: &CentralError) -> String {
    match e {
        CentralError::Sqlite {
            path,
            doing: what,
            source,
        } => words::say(
            cm::DB_ERROR,
            [
                ("db", arg(&p(path))),
                ("doing", arg(&doing(what))),
                ("error", arg(&source.to_string())),
            ],
        ),
        CentralError::Postgres {
            location,
            doing: what,
            error,
        } => words::say(
            cm::DB_ERROR,
            [
                ("db", arg(location)),
                ("doing", arg(&doing(what))),
                ("error", arg(&crate::central::pg_detail(error))),
            ],
        ),
        CentralError::Url { detail } => {
            let detail = match detail {
                UrlProblem::Parse(driver) => driver.clone(),
                UrlProblem::NoHost => words::text(cm::URL_NO_HOST).to_owned(),
                UrlProblem::NoDatabase => words::text(cm::URL_NO_DATABASE).to_owned(),
                UrlProblem::TwoAts => words::text(cm::URL_TWO_ATS).to_owned(),
                UrlProblem::Scheme(begins) => words::say(cm::URL_SCHEME, [("begins", arg(begins))]),
            };
            words::say(cm::DB_URL, [("detail", arg(&detail))])
        }
        CentralError::NoSchema { location } => {
            words::say(cm::DB_NO_SCHEMA, [("db", arg(location))])
        }
        CentralError::TooNew {
            location,
            found,
            known,
        } => words::say(
            cm::DB_TOO_NEW,
            [
                ("db", arg(location)),
                ("found", arg(&found.to_string())),
                ("known", arg(&known.to_string())),
            ],
        ),
        CentralError::Migration { location, detail } => words::say(
            cm::DB_MIGRATION,
            [("db", arg(location)), ("detail", arg(detail))],
        ),
        CentralError::BadRow {
            db,
            row,
            field,
            detail,
        } => words::say(
            cm::DB_BAD_ROW,
            [
                ("db", arg(db)),
                ("row", arg(&row_name(row))),
                ("field", arg(field)),
                ("detail", arg(&row_problem(detail))),
            ],
        ),
        CentralError::Open(store) => central_open(store),
    }
}

/// Why the central SQLite file could not be opened: damaged, a booth's
/// database, written by a newer leadbooth, not creatable; SQLite's own words
/// as it gives them.
fn central_open(e: &crate::store::StoreError) -> String {
    use crate::store::StoreError as S;
    match e {
        S::Corrupt { path, detail } => words::say(
            cm::OPEN_DAMAGED,
            [
                ("db", arg(&p(path))),
                ("detail", arg(&detail.said_in(crate::i18n::staff()))),
            ],
        ),
        S::OtherKind { path, found: 0, .. } => words::say(cm::OPEN_BOOTH, [("db", arg(&p(path)))]),
        S::OtherKind { path, found, .. } => words::say(
            cm::OPEN_OTHER_KIND,
            [
                ("db", arg(&p(path))),
                ("found", arg(&format!("{found:#010x}"))),
            ],
        ),
        S::TooNew { path, found, known } => words::say(
            cm::DB_TOO_NEW,
            [
                ("db", arg(&p(path))),
                ("found", arg(&found.to_string())),
                ("known", arg(&known.to_string())),
            ],
        ),
        S::DataDir { path, source } => words::say(
            cm::OPEN_IO,
            [("db", arg(&p(path))), ("error", arg(&source.to_string()))],
        ),
        S::Sqlite {
            path,
            doing: what,
            source,
        } => words::say(
            cm::DB_ERROR,
            [
                ("db", arg(&p(path))),
                ("doing", arg(&doing(what))),
                ("error", arg(&source.to_string())),
            ],
        ),
        other => other.to_string(),
    }
}

/// The row a damaged stored row is named by, as the central stores name it
/// (`lead <id>`, `contact <id>`, `batch <hash>`, `crm file` …), in the staff
/// language; a name not among them as it is.
fn row_name(row: &str) -> String {
    /// Names that are the whole name, and their `$kind`.
    const WHOLE: &[(&str, &str)] = &[
        ("crm file", "crm-file"),
        ("erased person", "erased-person"),
        ("person withdrawal", "person-withdrawal"),
        ("leads", "leads"),
        ("erasure", "erasure"),
        ("withdrawal", "withdrawal"),
    ];
    /// Names before an id, and their `$kind`.
    const BEFORE_ID: &[(&str, &str)] = &[
        ("lead ", "lead"),
        ("contact ", "contact"),
        ("batch ", "batch"),
        ("suppression ", "suppression"),
        ("consent wording of ", "consent-wording"),
    ];
    let (kind, id) = WHOLE
        .iter()
        .find(|(name, _)| *name == row)
        .map(|(_, kind)| (*kind, ""))
        .or_else(|| {
            BEFORE_ID
                .iter()
                .find_map(|(name, kind)| row.strip_prefix(name).map(|id| (*kind, id)))
        })
        .unwrap_or(("other", row));
    words::say(cm::ROW_NAME, [("kind", arg(kind)), ("id", arg(id))])
}

/// What is wrong with a stored value: leadbooth's own words in the staff
/// language, a parser's as it gives them.
fn row_problem(problem: &RowProblem) -> String {
    match problem {
        RowProblem::Unknown { what, value } => words::say(
            cm::ROW_UNKNOWN,
            [("what", arg(what)), ("value", arg(&format!("{value:?}")))],
        ),
        RowProblem::NoWording(id) => words::say(cm::ROW_NO_WORDING, [("id", arg(&id.to_string()))]),
        RowProblem::RowCount { rows, leads } => words::say(
            cm::ROW_COUNT,
            [("rows", num(*rows as u64)), ("leads", num(*leads as u64))],
        ),
        RowProblem::BatchMissing => words::text(cm::ROW_BATCH_MISSING).to_owned(),
        RowProblem::Vanished => words::text(cm::ROW_VANISHED).to_owned(),
        RowProblem::Read(words) => words.clone(),
    }
}

/// Why a person's erasure, withdrawal or record at the office could not be done.
pub fn person(e: &crate::import::person::PersonError) -> String {
    use crate::import::person::PersonError;
    match e {
        PersonError::NotAnEmail(value) => words::say(
            cm::PERSON_NOT_AN_EMAIL,
            [("value", arg(&format!("{value:?}")))],
        ),
        PersonError::UnknownPurpose { purpose, known } => words::say(
            cm::PERSON_UNKNOWN_PURPOSE,
            [
                ("purpose", arg(&format!("{purpose:?}"))),
                ("known", arg(known)),
            ],
        ),
        PersonError::Database(e) => central(e),
    }
}

/// Why the CRM file could not be written (the previous one is untouched).
pub fn csv(e: &crate::import::CsvError) -> String {
    match e {
        crate::import::CsvError::Io { path, error } => words::say(
            cm::CSV_WRITE,
            [("path", arg(&p(path))), ("error", arg(&error.to_string()))],
        ),
        crate::import::CsvError::Store(e) => central(e),
    }
}

/// What the central store was doing when it failed (`reading contacts`), in
/// the staff language; a phrase the message files lack is shown as it is.
fn doing(phrase: &str) -> String {
    // As the booth store's steps are keyed (`setting synchronous=FULL`:
    // `setting-synchronous-full`).
    let key = crate::store::step_key(phrase);
    words::say(cm::DOING, [("doing", arg(&key)), ("phrase", arg(phrase))])
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

/// Why the device key cannot be made or used, in the staff language.
pub fn key(e: &KeyError) -> String {
    e.said_in(i18n::staff())
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
        crate::store::StoreError::AttendeeList(a) => Some(attendee(a)),
        other => other.said_with_causes(i18n::staff()),
    }
}

/// Why a kiosk PIN cannot be set or checked, in the staff language.
pub fn pin(e: &crate::pin::PinError) -> String {
    use crate::i18n::msg::io as w;
    use crate::pin::{MAX_PIN_CHARS, MIN_PIN_CHARS, PinError};
    match e {
        PinError::Length => words::say(
            w::PIN_LENGTH,
            [
                ("min", arg(&MIN_PIN_CHARS.to_string())),
                ("max", arg(&MAX_PIN_CHARS.to_string())),
            ],
        ),
        PinError::Characters => words::text(w::PIN_CHARACTERS).to_owned(),
        PinError::BadHash => words::text(w::PIN_BAD_HASH).to_owned(),
    }
}

/// Why a QR code cannot be made, in the staff language.
pub fn qr(e: &crate::qr::QrError) -> String {
    use crate::i18n::msg::io as w;
    use crate::qr::QrError;
    match e {
        QrError::EmptyUrl => words::text(w::QR_EMPTY_URL).to_owned(),
        QrError::ControlCharacter { index, code } => words::say(
            w::QR_CONTROL,
            [
                ("code", arg(&format!("{code:04X}"))),
                ("index", arg(&index.to_string())),
            ],
        ),
        QrError::TooLong { len } => words::say(
            w::QR_TOO_LONG,
            [
                ("len", arg(&len.to_string())),
                ("max", arg(&crate::qr::MAX_BYTES_LEVEL_M.to_string())),
            ],
        ),
        // The encoder's own words stay as it gives them.
        QrError::Encode(detail) => words::say(w::QR_ENCODE, [("detail", arg(detail))]),
    }
}

/// Why a QR code file cannot be written, in the staff language, the
/// operating system's (or the PNG encoder's) words after it.
pub fn qr_file(e: &crate::qr::QrFileError) -> String {
    use crate::i18n::msg::io as w;
    use crate::qr::QrFileError;
    match e {
        QrFileError::Qr(q) => qr(q),
        QrFileError::ModuleSize { module_px } => words::say(
            w::QR_MODULE_SIZE,
            [
                ("size", arg(&module_px.to_string())),
                ("max", arg(&crate::qr::MAX_MODULE_PX.to_string())),
            ],
        ),
        QrFileError::Io { path, source } => words::say(
            w::QR_WRITE,
            [("path", arg(&p(path))), ("error", arg(&source.to_string()))],
        ),
        QrFileError::Png { path, source } => words::say(
            w::QR_WRITE_PNG,
            [("path", arg(&p(path))), ("error", arg(&source.to_string()))],
        ),
    }
}

/// Why a person's right (access, erasure, withdrawal) could not be carried
/// out on this laptop, in the staff language; `None` for a database failure
/// that keeps SQLite's words.
pub fn rights(e: &crate::rights::RightsError) -> Option<String> {
    use crate::i18n::msg::io as w;
    use crate::rights::RightsError;
    match e {
        RightsError::Store(s) => store(s),
        RightsError::NotAPerson(value) => Some(words::say(
            w::RIGHTS_NOT_A_PERSON,
            [("value", arg(&format!("{value:?}")))],
        )),
        RightsError::Remove { path, source } => Some(words::say(
            w::RIGHTS_REMOVE,
            [("path", arg(&p(path))), ("error", arg(&source.to_string()))],
        )),
    }
}

/// Why the office's age identity cannot be made or read, in the staff
/// language, naming the file (and the line).
pub fn identity(e: &crate::batch::IdentityError) -> String {
    use crate::batch::IdentityError as E;
    use crate::i18n::msg::booth2 as b2;
    match e {
        E::Exists { path } => words::say(b2::IDENTITY_EXISTS, [("path", arg(&p(path)))]),
        E::Io { doing, path, error } => doing.said_in(i18n::staff(), path, error),
        E::Line { path, line, detail } => words::say(
            b2::IDENTITY_LINE,
            [
                ("path", arg(&p(path))),
                ("line", num(*line as u64)),
                ("detail", arg(detail)),
            ],
        ),
        E::Empty { path } => words::say(b2::IDENTITY_EMPTY, [("path", arg(&p(path)))]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use std::path::PathBuf;
    use uuid::Uuid;

    /// What verify says of a batch file's form (branch i18nlast): every
    /// check's words [`FORM_WORDS`] knows, its `{}` filled in, is said by
    /// its own message in German, French and Spanish with the values kept,
    /// and in English is exactly the words the check gives.
    #[test]
    fn a_batch_file_s_form_is_said_in_the_staff_language() {
        for (pattern, id, names) in FORM_WORDS {
            assert_eq!(pattern.matches("{}").count(), names.len(), "{pattern}");
            let values: Vec<String> = (0..names.len()).map(|i| format!("V{i}x")).collect();
            let mut filled = (*pattern).to_owned();
            for v in &values {
                filled = filled.replacen("{}", v, 1);
            }
            let found = FORM_WORDS
                .iter()
                .find(|(p, _, _)| holes(&filled, p).is_some())
                .map(|(_, found, _)| *found);
            assert_eq!(
                found,
                Some(*id),
                "{filled:?} is taken by an earlier pattern"
            );
            crate::i18n::set_staff_language(Language::En);
            assert_eq!(form_words(&filled), filled);
            for lang in [Language::De, Language::Fr, Language::Es] {
                crate::i18n::set_staff_language(lang);
                let said = form_words(&filled);
                assert_ne!(said, filled, "{lang:?}: {filled:?} left in English");
                for v in &values {
                    assert!(said.contains(v.as_str()), "{lang:?}: {said:?} lacks {v}");
                }
            }
        }
        crate::i18n::set_staff_language(Language::En);
        // The words the checks give, as they give them (rules.rs).
        let form = crate::batch::rules::exact_form(b"{\"a\": 1}", b"{\"a\":1}").unwrap_err();
        let now = chrono::Utc::now();
        let future =
            crate::batch::rules::in_future(&(now + chrono::Duration::days(3)), now).unwrap();
        let mut m: crate::batch::Manifest = serde_json::from_str(include_str!(
            "../../tests/fixtures/batch-v2/demo-2026-b9b5f7b0-000001/manifest.json"
        ))
        .unwrap();
        m.format = FORMAT.into();
        let wording = crate::batch::rules::manifest_wording(&m).unwrap_err();
        for words in [&form, &future, &wording] {
            crate::i18n::set_staff_language(Language::En);
            assert_eq!(&form_words(words), words);
            crate::i18n::set_staff_language(Language::De);
            assert_ne!(&form_words(words), words, "left in English");
        }
        crate::i18n::set_staff_language(Language::De);
        assert_eq!(
            form_words(&form),
            "hat nicht die Form, in der leadbooth schreibt: sie weicht bei Byte 6 ab (Leerraum, \
             Reihenfolge der Schlüssel, Escape-Sequenzen, Schreibweise einer Zeit oder ein \
             hinzugefügtes oder fehlendes Feld); die Zeile wurde nach dem Export verändert"
        );
        // A parser's own words pass as they are; the column is ours.
        assert_eq!(form_words("trailing comma"), "trailing comma");
        assert_eq!(
            form_words("expected value (column 7)"),
            "expected value (Spalte 7)"
        );
        crate::i18n::set_staff_language(Language::En);
    }

    /// Every pattern of [`FORM_WORDS`] is words a check still gives: each of
    /// its pieces between the `{}` is in the source of the checks (so a check
    /// whose English changes fails here, not silently in English abroad).
    #[test]
    fn every_form_pattern_is_words_a_check_gives() {
        let sources = [
            include_str!("../batch/verify.rs"),
            include_str!("../batch/rules.rs"),
            include_str!("../batch/open.rs"),
            include_str!("../i18n.rs"),
        ];
        // As the checks' string literals hold the text: a `\` line
        // continuation joined, `"` and `\` escaped, `{` of a format string
        // doubled or holding a name.
        let mut joined = String::new();
        for source in sources {
            // Without the tests, which quote the words.
            let mut rest = source.split("#[cfg(test)]\nmod tests").next().unwrap();
            while let Some(at) = rest.find("\\\n") {
                joined.push_str(&rest[..at]);
                rest = rest[at + 2..].trim_start();
            }
            joined.push_str(rest);
        }
        for (pattern, _, _) in FORM_WORDS {
            for piece in pattern.split("{}").filter(|piece| piece.len() > 3) {
                let literal = piece.replace('\\', "\\\\").replace('"', "\\\"");
                // Words a check fills in itself: "lists", a file's name.
                let composed = literal
                    .replace(" does not list ", " {} ")
                    .replace(" lists ", " {} ")
                    .replace("manifest.json", "{MANIFEST}");
                assert!(
                    joined.contains(&literal) || joined.contains(&composed),
                    "{pattern:?}: no check gives {literal:?}"
                );
            }
        }
    }

    /// Every `VerifyError` of a batch file's form (branch i18nlast): in
    /// English its own `Display`, byte for byte; in German, French and
    /// Spanish its own words, the file and the field still named.
    #[test]
    fn every_verify_error_of_a_file_s_form_in_the_staff_language() {
        let path = |name: &str| PathBuf::from(format!("b/{name}"));
        let mut errors = vec![
            VerifyError::Sums {
                path: path("SHA256SUMS"),
                problem: SumsProblem::Empty,
            },
            VerifyError::SignatureFormat {
                path: path("SHA256SUMS.minisig"),
                detail:
                    "it must be exactly 4 lines ending in a newline, it has 3 and no final newline"
                        .into(),
            },
            VerifyError::LegacySignature {
                path: path("SHA256SUMS.minisig"),
            },
            VerifyError::Manifest {
                path: path("manifest.json"),
                detail: "it has no \"format\"".into(),
            },
            VerifyError::Format {
                path: path("manifest.json"),
                found: "leadbooth-batch/9".into(),
            },
            VerifyError::ManifestField {
                path: path("manifest.json"),
                field: "seq",
                detail: "is 0; batches count from 1".into(),
            },
            VerifyError::ManifestField {
                path: path("manifest.json"),
                field: "previous",
                detail: "is null but seq is 4".into(),
            },
            VerifyError::TrustedComment {
                path: path("SHA256SUMS.minisig"),
                found: "leadbooth-batch x".into(),
                expected: "leadbooth-batch y".into(),
            },
            VerifyError::Form {
                path: path("manifest.json"),
                detail: crate::batch::rules::exact_form(b"{}", b"{ }").unwrap_err(),
            },
            VerifyError::Line {
                path: path("leads.jsonl"),
                line: 3,
                detail: LineDetail::Words("is empty".into()),
            },
            VerifyError::Line {
                path: path("erasures.jsonl"),
                line: 2,
                detail: LineDetail::Words("does not end with a newline (trailing garbage?)".into()),
            },
            VerifyError::Count {
                manifest: path("manifest.json"),
                field: "lead_count",
                expected: 3,
                path: path("leads.jsonl"),
                found: "2 leads".into(),
            },
            VerifyError::Count {
                manifest: path("manifest.json"),
                field: "erasure_count",
                expected: 0,
                path: path("erasures.jsonl"),
                found: "1 records".into(),
            },
            VerifyError::Count {
                manifest: path("manifest.json"),
                field: "lead_count",
                expected: 3,
                path: path("leads.csv"),
                found: "4 data rows".into(),
            },
        ];
        for what in ["SHA256SUMS", "manifest", "signature", "policy texts"] {
            errors.push(VerifyError::TooLarge {
                path: path("x"),
                size: 70_000,
                limit: 65_536,
                what,
            });
        }
        use crate::batch::SealedError as S;
        let age = || path("b.tar.age");
        for sealed in [
            S::NotAFile { path: age() },
            S::MissingSidecar {
                path: path("b.tar.age.sha256"),
                name: "b.tar.age".into(),
            },
            S::NotSealedSignature {
                path: path("b.tar.age.minisig"),
                found: "leadbooth-batch x".into(),
            },
            S::SignatureOfAnother {
                path: path("b.tar.age.minisig"),
                names: "c.tar.age".into(),
                file: "b.tar.age".into(),
            },
            S::Truncated {
                path: age(),
                have: 10,
                want: 20,
            },
            S::Longer {
                path: age(),
                have: 30,
                want: 20,
            },
            S::Altered { path: age() },
            S::Forged {
                path: path("b.tar.age.minisig"),
                file: "b.tar.age".into(),
            },
            S::Checksum {
                path: path("b.tar.age.sha256"),
                detail: "names \"c.tar.age\", not b.tar.age".into(),
            },
            S::Checksum {
                path: path("b.tar.age.sha256"),
                detail: "does not match the signed checksum: it was altered, or it belongs to another copy".into(),
            },
            S::NotForIdentity {
                path: age(),
                identity: path("office.key"),
                recipient: "age1xyz".into(),
            },
            S::Damaged {
                path: age(),
                detail: "header is invalid".into(),
            },
            S::Contents {
                path: age(),
                detail: "the archive is empty".into(),
            },
            S::Mismatch {
                path: age(),
                detail: "seq 2, not 1".into(),
            },
            S::Temp {
                path: age(),
                error: std::io::Error::other("disk full"),
            },
        ] {
            errors.push(VerifyError::Sealed(sealed));
        }
        for problem in [
            SumsProblem::Empty,
            SumsProblem::Crlf(2),
            SumsProblem::NoFinalNewline,
            SumsProblem::Malformed(3),
            SumsProblem::UnknownName {
                line: 4,
                name: "notes.txt".into(),
            },
            SumsProblem::Duplicate {
                line: 5,
                name: "leads.csv".into(),
            },
            SumsProblem::OutOfOrder {
                line: 1,
                name: "leads.csv".into(),
                expected: "erasures.jsonl",
            },
            SumsProblem::Missing("manifest.json"),
        ] {
            errors.push(VerifyError::Sums {
                path: path("SHA256SUMS"),
                problem,
            });
        }
        for e in &errors {
            crate::i18n::set_staff_language(Language::En);
            assert_eq!(verify(e), e.to_string());
            for lang in [Language::De, Language::Fr, Language::Es] {
                crate::i18n::set_staff_language(lang);
                let said = verify(e);
                assert_ne!(said, e.to_string(), "{lang:?}: left in English");
                assert!(said.contains("b/"), "{lang:?}: {said}");
            }
        }
        crate::i18n::set_staff_language(Language::De);
        let said: Vec<String> = [&errors[5], &errors[9], &errors[11]]
            .into_iter()
            .map(verify)
            .collect();
        assert_eq!(
            said,
            [
                "b/manifest.json: seq ist 0; Stapel werden ab 1 gezählt",
                "b/leads.jsonl Zeile 3: ist leer",
                "b/manifest.json nennt lead_count 3, b/leads.jsonl hat aber 2 Leads",
            ]
        );
        crate::i18n::set_staff_language(Language::Fr);
        assert_eq!(
            verify(&errors[10]),
            "b/erasures.jsonl ligne 2 : ne se termine pas par un saut de ligne (données parasites à la fin ?)"
        );
        crate::i18n::set_staff_language(Language::Es);
        assert_eq!(
            verify(&errors[6]),
            "b/manifest.json: previous es null, pero seq es 4"
        );
        crate::i18n::set_staff_language(Language::En);
    }

    fn bad_row() -> CentralError {
        CentralError::BadRow {
            db: "central.sqlite3".into(),
            row: "lead 1".into(),
            field: "consents",
            detail: RowProblem::Read("expected value".into()),
        }
    }

    /// Each refusal that reasons.rs once passed on in English is said in the
    /// staff language, keeping every name and number it carries.
    #[test]
    fn every_refusal_is_said_in_the_staff_language() {
        crate::i18n::set_staff_language(Language::De);
        let device = Uuid::from_u128(7);
        let fork = |detail| {
            refusal(&Refusal::Fork {
                device,
                seq: 3,
                detail,
            })
        };
        let cases = [
            (
                fork(ForkDetail::SameBatchId {
                    batch_id: Uuid::from_u128(9),
                    folder: "usb/b3".into(),
                }),
                "Stapel-ID 00000000-0000-0000-0000-000000000009 wurde schon aus usb/b3 mit anderem Inhalt importiert",
            ),
            (
                fork(ForkDetail::SameSeq {
                    folder: "usb/b3".into(),
                }),
                "ein anderer Stapel mit dieser Nummer wurde schon aus usb/b3 importiert",
            ),
            (
                fork(ForkDetail::Previous {
                    previous: None,
                    below: 2,
                    folder: "usb/b2".into(),
                    hash: "ab12".into(),
                }),
                "sein previous (null) ist nicht der SHA-256 der SHA256SUMS von Nr. 2, importiert aus usb/b2 (ab12)",
            ),
            (
                fork(ForkDetail::Next {
                    next: 4,
                    folder: "usb/b4".into(),
                    previous: Some("cd34".into()),
                    hash: "ef56".into(),
                }),
                "Nr. 4, importiert aus usb/b4, nennt als previous cd34, aber die SHA256SUMS dieses Stapels ergeben ef56",
            ),
            (
                refusal(&Refusal::DeviceKey {
                    device,
                    bound: "AAAA".into(),
                    bound_file: None,
                    signed: "BBBB".into(),
                    signed_file: Some(PathBuf::from("trust/new.pub")),
                }),
                "ist an Schlüssel AAAA (nicht mehr im Vertrauensordner) gebunden",
            ),
            (
                refusal(&Refusal::NotOwner {
                    path: "b/erasures.jsonl".into(),
                    line: 2,
                    kind: "erasure",
                    lead: Uuid::from_u128(5),
                    owner: device,
                }),
                "b/erasures.jsonl Zeile 2: Löschung von Lead 00000000-0000-0000-0000-000000000005",
            ),
            (
                refusal(&Refusal::NotOwner {
                    path: "b/erasures.jsonl".into(),
                    line: 3,
                    kind: "withdrawal",
                    lead: Uuid::from_u128(5),
                    owner: device,
                }),
                "Zeile 3: Widerruf von Lead",
            ),
            (
                refusal(&Refusal::Database(bad_row())),
                "Datenbank central.sqlite3: Lead 1: gespeichertes Feld consents ist beschädigt: expected value; nichts aus diesem Stapel wurde importiert",
            ),
            (
                refusal(&Refusal::Contended {
                    attempts: 5,
                    error: bad_row(),
                }),
                "5-mal versucht, während andere Importe in dieselbe Datenbank schrieben",
            ),
            (
                import(&ImportError::TrustDir {
                    dir: "trust".into(),
                    detail: TrustDirProblem::NoKeys,
                }),
                "Vertrauensordner trust enthält keine *.pub-Dateien",
            ),
            (
                key(&KeyError::Io {
                    doing: crate::batch::IoAction::SetModeOf,
                    path: "k.pub".into(),
                    error: std::io::Error::other("denied"),
                }),
                "die Zugriffsrechte von k.pub können nicht gesetzt werden: denied",
            ),
            (
                central(&CentralError::Sqlite {
                    path: "c.sqlite3".into(),
                    doing: "reading erased people",
                    source: rusqlite::Error::QueryReturnedNoRows,
                }),
                "Datenbank c.sqlite3: Fehler beim Lesen der gelöschten Personen: ",
            ),
            (
                central(&CentralError::TooNew {
                    location: "postgres://o@h/db".into(),
                    found: 9,
                    known: 7,
                }),
                "Datenbank postgres://o@h/db: ihr Schema hat Version 9, neuer als diese leadbooth-Version kennt (7)",
            ),
            (
                refusal(&Refusal::ManifestRule {
                    path: "b/manifest.json".into(),
                    detail: RuleBreak::InFuture {
                        lead: None,
                        field: "created_at",
                        at: "2030-01-01T00:00:00Z".parse().unwrap(),
                        now: "2026-03-10T09:00:00Z".parse().unwrap(),
                    },
                }),
                "created_at 2030-01-01T00:00:00Z liegt in der Zukunft (mehr als 24 Stunden nach der Prüfung um 2026-03-10T09:00:00Z); die Uhr des Laptops prüfen",
            ),
            (
                refusal(&Refusal::Record {
                    path: "b/erasures.jsonl".into(),
                    line: 4,
                    detail: RecordProblem::Rule(RuleBreak::NotAPurposeId {
                        lead: Uuid::from_u128(5),
                        purpose: "Mail!".into(),
                    }),
                }),
                "Zeile 4: Lead 00000000-0000-0000-0000-000000000005: Zweck \"Mail!\" ist keine Zweck-ID",
            ),
            (
                person(&crate::import::person::PersonError::UnknownPurpose {
                    purpose: "newsletter".into(),
                    known: "events, marketing_email".into(),
                }),
                "--purpose \"newsletter\" ist bei keinem importierten Lead ein Einwilligungszweck (bekannt: events, marketing_email)",
            ),
            (
                person(&crate::import::person::PersonError::NotAnEmail(
                    "ann".into(),
                )),
                "\"ann\" ist keine E-Mail-Adresse",
            ),
            (
                csv(&crate::import::CsvError::Io {
                    path: "crm.csv".into(),
                    error: std::io::Error::other("disk full"),
                }),
                "CSV-Datei crm.csv kann nicht geschrieben werden: disk full",
            ),
        ];
        for (said, expected) in cases {
            assert!(said.contains(expected), "{said}\n  lacks: {expected}");
        }
    }

    /// The central SQLite file's own faults, a stored row's detail and a policy
    /// text that does not hold (branch i18nrules): said in the staff language,
    /// naming the file, the row and the field; in English the words the
    /// errors' own `Display` always gave (but the booth's `doctor` advice).
    #[test]
    fn central_file_faults_rows_and_policy_texts_in_the_staff_language() {
        use crate::store::StoreError;
        let open = |e: StoreError| central(&CentralError::Open(e));
        let row = |detail: RowProblem| {
            central(&CentralError::BadRow {
                db: "c.sqlite3".into(),
                row: "lead 1".into(),
                field: "consents",
                detail,
            })
        };
        let booth = || StoreError::OtherKind {
            path: "b.sqlite3".into(),
            found: 0,
            expected: 0x4c42_4331,
        };
        let hash = || PolicyProblem::HashMismatch {
            sha256: "ab12".into(),
        };
        let too_long = || {
            PolicyProblem::TooLong(
                crate::limits::check_bytes("text", 2_000_000, 1_048_576).unwrap_err(),
            )
        };
        let in_lang = |lang, said: &dyn Fn() -> String| {
            crate::i18n::set_staff_language(lang);
            said()
        };
        let cases = [
            (
                Language::De,
                in_lang(Language::De, &|| open(booth())),
                "b.sqlite3 ist die Datenbank eines Messestands, keine zentrale",
            ),
            (
                Language::Fr,
                in_lang(Language::Fr, &|| open(booth())),
                "b.sqlite3 est la base de données d'un stand, pas une base centrale",
            ),
            (
                Language::Es,
                in_lang(Language::Es, &|| {
                    open(StoreError::Corrupt {
                        path: "c.sqlite3".into(),
                        detail: crate::store::Damage::Sqlite("file is not a database".into()),
                    })
                }),
                "la base de datos c.sqlite3 está dañada o no es una base de datos de leadbooth (file is not a database)",
            ),
            (
                Language::De,
                in_lang(Language::De, &|| {
                    open(StoreError::TooNew {
                        path: "c.sqlite3".into(),
                        found: 99,
                        known: 7,
                    })
                }),
                "Datenbank c.sqlite3: ihr Schema hat Version 99, neuer als diese leadbooth-Version kennt (7)",
            ),
            (
                Language::Fr,
                in_lang(Language::Fr, &|| {
                    open(StoreError::DataDir {
                        path: "x/c.sqlite3".into(),
                        source: std::io::Error::other("denied"),
                    })
                }),
                "impossible de créer ou d'ouvrir la base de données x/c.sqlite3 : denied",
            ),
            (
                Language::De,
                in_lang(Language::De, &|| {
                    open(StoreError::OtherKind {
                        path: "o.sqlite3".into(),
                        found: 7,
                        expected: 0x4c42_4331,
                    })
                }),
                "Datenbank o.sqlite3 ist keine zentrale leadbooth-Datenbank (ihre application id ist 0x00000007)",
            ),
            (
                Language::De,
                in_lang(Language::De, &|| {
                    row(RowProblem::Unknown {
                        what: "method",
                        value: "telepathy".into(),
                    })
                }),
                "Datenbank c.sqlite3: Lead 1: gespeichertes Feld consents ist beschädigt: unbekannte Methode \"telepathy\"",
            ),
            (
                Language::Fr,
                in_lang(Language::Fr, &|| row(RowProblem::NoWording(12))),
                "est endommagé : aucun texte de consentement n° 12",
            ),
            (
                Language::Es,
                in_lang(Language::Es, &|| {
                    row(RowProblem::RowCount { rows: 1, leads: 3 })
                }),
                "está dañado: 1 fila para 3 contactos",
            ),
            (
                Language::De,
                in_lang(Language::De, &|| row(RowProblem::BatchMissing)),
                "ist beschädigt: sein Stapel fehlt",
            ),
            (
                Language::De,
                in_lang(Language::De, &|| {
                    row(RowProblem::Read("expected value at line 1".into()))
                }),
                "ist beschädigt: expected value at line 1",
            ),
            (
                Language::De,
                in_lang(Language::De, &|| policy(&hash())),
                "der Text der Datenschutzerklärung ab12 ergibt nicht diesen SHA-256-Hash",
            ),
            (
                Language::Fr,
                in_lang(Language::Fr, &|| policy(&too_long())),
                "text fait 2000000 octets, au-delà des 1048576 autorisés",
            ),
            (
                Language::Es,
                in_lang(Language::Es, &|| {
                    policy(&PolicyProblem::NotADate {
                        value: "yesterday".into(),
                    })
                }),
                "last_updated \"yesterday\" no es una fecha (AAAA-MM-DD)",
            ),
        ];
        for (lang, said, expected) in cases {
            assert!(
                said.contains(expected),
                "{lang}: {said}\n  lacks: {expected}"
            );
        }
        crate::i18n::set_staff_language(Language::En);
        assert!(
            open(booth()).contains("booth and central databases are not interchangeable"),
            "{}",
            open(booth())
        );
        for problem in [
            hash(),
            PolicyProblem::UrlControl {
                code: 0x1b,
                position: 3,
            },
            PolicyProblem::NotADate {
                value: "yesterday".into(),
            },
        ] {
            assert_eq!(policy(&problem), problem.to_string());
        }
        for problem in [
            RowProblem::Unknown {
                what: "rating",
                value: "lukewarm".into(),
            },
            RowProblem::NoWording(12),
            RowProblem::RowCount { rows: 2, leads: 3 },
            RowProblem::BatchMissing,
            RowProblem::Vanished,
        ] {
            assert_eq!(row_problem(&problem), problem.to_string());
        }
    }

    /// A lead's record rules in a batch (branch i18nrules): each said in the
    /// staff language after `lead <id>`; in English exactly the words the
    /// error's own `Display` gives (what verify and the import always printed).
    #[test]
    fn a_lead_s_record_rules_in_the_staff_language() {
        let lead = Uuid::from_u128(5);
        let errors = crate::lead::LeadErrors(vec![crate::lead::FieldError::of(
            crate::lead::Field::Email,
            crate::lead::Rule::EmailInvalid,
        )]);
        let breaks = [
            LeadBreak::OtherDevice {
                lead,
                device: Uuid::from_u128(1),
                batch_device: Uuid::from_u128(2),
            },
            LeadBreak::OtherEvent {
                lead,
                event: "other".into(),
                batch_event: "demo-2026".into(),
            },
            LeadBreak::SchemaAhead {
                lead,
                schema: 3,
                format: "leadbooth-batch/3".into(),
                batch_schema: 2,
            },
            LeadBreak::Record {
                lead,
                errors: errors.clone(),
            },
        ];
        crate::i18n::set_staff_language(Language::En);
        for b in &breaks {
            assert_eq!(lead_break(b), b.to_string());
        }
        crate::i18n::set_staff_language(Language::De);
        let german: Vec<String> = breaks.iter().map(lead_break).collect();
        for (said, expected) in german.iter().zip([
            "Lead 00000000-0000-0000-0000-000000000005: device_id 00000000-0000-0000-0000-000000000001 ist nicht das Gerät 00000000-0000-0000-0000-000000000002 des Stapels: Ein Stapel enthält nur die Leads seines eigenen Laptops",
            "Lead 00000000-0000-0000-0000-000000000005: event_id \"other\" ist nicht die Veranstaltung \"demo-2026\" des Stapels",
            "seine Einwilligungsdatensätze haben Lead-Schema 3",
            "Lead 00000000-0000-0000-0000-000000000005: email: ist keine gültige E-Mail-Adresse",
        ]) {
            assert!(said.contains(expected), "{said}\n  lacks: {expected}");
        }
        let line = verify(&VerifyError::Line {
            path: "b/leads.jsonl".into(),
            line: 2,
            detail: LineDetail::Lead(breaks[3].clone()),
        });
        assert!(
            line.contains("Zeile 2: Lead 00000000-0000-0000-0000-000000000005: email: ist keine"),
            "{line}"
        );
        crate::i18n::set_staff_language(Language::En);
    }

    /// The row a damaged central row is named by (branch i18nlast): every
    /// name the central stores give a row (`bad_row(…, "crm file", …)`,
    /// `format_args!("lead {id}")`) is said in German, French and Spanish,
    /// its id kept, and in English exactly as the store wrote it.
    #[test]
    fn every_damaged_row_is_named_in_the_staff_language() {
        let sources = [
            include_str!("../central/sqlite.rs"),
            include_str!("../central/postgres.rs"),
            include_str!("../central/sqlite/report.rs"),
            include_str!("../central/postgres/report.rs"),
            // Opening a database (the central one too): branch i18nio met
            // `Fehler opening` in a German office's import into a folder.
            include_str!("../store/open.rs"),
        ];
        let mut names = std::collections::BTreeSet::new();
        for source in sources {
            for (i, _) in source.match_indices("bad_row(") {
                if source[..i].ends_with("fn ") {
                    continue;
                }
                let rest = &source[i..];
                let start = rest.find('"').expect("a literal after it") + 1;
                // A call that passes on a name it was given has no literal.
                if rest[..start].contains([')', ';']) {
                    continue;
                }
                let literal = &rest[start..start + rest[start..].find('"').unwrap()];
                names.insert(if rest[..start].ends_with("format_args!(\"") {
                    // The id filled in.
                    match literal.split_once('{') {
                        Some(("", _)) => continue, // the report's kind: below
                        Some((before, _)) => format!("{before}0190-ab"),
                        None => literal.to_owned(),
                    }
                } else {
                    literal.to_owned()
                });
            }
        }
        assert!(names.len() >= 8, "{names:?}");
        assert!(names.contains("lead 0190-ab"), "{names:?}");
        assert!(names.contains("crm file"), "{names:?}");
        names.insert("erasure".into());
        names.insert("withdrawal".into());
        for name in &names {
            crate::i18n::set_staff_language(Language::En);
            assert_eq!(row_name(name), *name);
            for lang in [Language::De, Language::Fr, Language::Es] {
                crate::i18n::set_staff_language(lang);
                let said = row_name(name);
                assert_ne!(said, *name, "{lang:?}: {name:?} left in English");
                if name.ends_with("0190-ab") {
                    assert!(said.contains("0190-ab"), "{lang:?}: {said}");
                }
            }
        }
        // A name it does not know, as it is.
        assert_eq!(row_name("something else"), "something else");
        crate::i18n::set_staff_language(Language::Fr);
        assert_eq!(row_name("contact 7"), "contact CRM 7");
        assert_eq!(row_name("lead 7"), "contact 7");
        crate::i18n::set_staff_language(Language::En);
    }

    /// Every phrase the central stores name what they were doing with
    /// (`sql(path, "reading contacts")`, `pg(…)`, `self.err(…)`, `query(…,
    /// "…")`) has its words in every language: a new phrase fails here until
    /// `central-doing` in central.ftl has it.
    #[test]
    fn every_central_store_step_is_translated() {
        let sources = [
            include_str!("../central/sqlite.rs"),
            include_str!("../central/postgres.rs"),
            include_str!("../central/sqlite/report.rs"),
            include_str!("../central/postgres/report.rs"),
            // Opening a database (the central one too): branch i18nio met
            // `Fehler opening` in a German office's import into a folder.
            include_str!("../store/open.rs"),
        ];
        // Literals that end in -ing but are no step.
        let not_steps = ["rating", "wording serialises", "wording sha256"];
        let mut phrases = std::collections::BTreeSet::new();
        for source in sources {
            for literal in source.split('"').skip(1).step_by(2) {
                let first = literal.split(' ').next().unwrap_or_default();
                if first.len() > 4
                    && first.ends_with("ing")
                    && first.chars().all(|c| c.is_ascii_lowercase())
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == ' ')
                    && !not_steps.contains(&literal)
                {
                    phrases.insert(literal);
                }
            }
        }
        // Opening's steps named through `sql("…")`, `_`, `-` and `=` in them
        // too (branch i18nstore: `setting synchronous=FULL` was left out).
        let open = include_str!("../store/open.rs");
        for (at, _) in open.match_indices("sql(\"") {
            let rest = &open[at + 5..];
            phrases.insert(&rest[..rest.find('"').unwrap()]);
        }
        assert!(phrases.len() > 40, "{phrases:?}");
        assert!(phrases.contains("reading erased people"), "{phrases:?}");
        assert!(phrases.contains("setting synchronous=FULL"), "{phrases:?}");
        for lang in [Language::De, Language::Fr, Language::Es] {
            crate::i18n::set_staff_language(lang);
            for phrase in &phrases {
                let said = doing(phrase);
                assert!(
                    said != *phrase && !said.is_empty(),
                    "{lang}: central-doing lacks {phrase:?}"
                );
            }
        }
        crate::i18n::set_staff_language(Language::En);
        for phrase in &phrases {
            assert_eq!(
                doing(phrase),
                *phrase,
                "en: central-doing says {phrase:?} otherwise"
            );
        }
    }

    /// What a German booth team met in English at the command line (branch
    /// i18nio): the booth database's refusals, a kiosk PIN's rules, a QR code
    /// file, a person's request. In English each is its `Display` byte for
    /// byte; in German, French and Spanish each is said otherwise, the file,
    /// lead and values kept.
    #[test]
    fn the_booth_s_refusals_are_said_in_the_staff_language() {
        use crate::pin::PinError;
        use crate::qr::{QrError, QrFileError};
        use crate::rights::RightsError;
        use crate::store::{NotWithdrawable, StoreError as E};
        let os = || std::io::Error::other("Read-only file system (os error 30)");
        let lead = "01a2b3c4-0000-7000-8000-000000000001".to_owned();
        let path = || PathBuf::from("/data/leadbooth.sqlite3");
        let not_withdrawable = |problem| E::NotWithdrawable {
            lead: lead.clone(),
            purpose: "marketing_email".into(),
            problem,
        };
        let stores = [
            E::Corrupt {
                path: path(),
                detail: crate::store::Damage::Sqlite("file is not a database".into()),
            },
            E::OtherKind {
                path: path(),
                found: 0x4c42_4331,
                expected: 0,
            },
            E::Damaged {
                path: path(),
                problem: "row 3 missing from index".into(),
            },
            E::ReadOnly {
                path: path(),
                source: os(),
            },
            E::TooNew {
                path: path(),
                found: 99,
                known: 8,
            },
            E::NoSuchLead(lead.clone()),
            E::Erased {
                lead: lead.clone(),
                at: "2026-12-03T10:00:00Z".into(),
            },
            not_withdrawable(NotWithdrawable::NotRecorded),
            not_withdrawable(NotWithdrawable::NotGranted),
            not_withdrawable(NotWithdrawable::AlreadyWithdrawn(
                "2026-12-03T10:00:00Z".into(),
            )),
            E::DuplicateLead(Uuid::nil()),
            E::SeqTaken { seq: 7, latest: 8 },
            E::BadErasure {
                lead_id: lead.clone(),
                detail: "expected value".into(),
            },
            E::BadRow {
                path: path(),
                lead: lead.clone(),
                field: "answers",
                detail: "expected value".into(),
            },
        ];
        let mut said: Vec<(String, Box<dyn Fn() -> String>)> = Vec::new();
        for e in stores {
            said.push((e.to_string(), Box::new(move || store(&e).unwrap())));
        }
        for e in [PinError::Length, PinError::Characters, PinError::BadHash] {
            said.push((e.to_string(), Box::new(move || pin(&e))));
        }
        let qrs = [
            QrFileError::Qr(QrError::EmptyUrl),
            QrFileError::Qr(QrError::ControlCharacter {
                index: 12,
                code: 0x1b,
            }),
            QrFileError::Qr(QrError::TooLong { len: 2400 }),
            QrFileError::Qr(QrError::Encode("data too long".into())),
            QrFileError::ModuleSize { module_px: 0 },
            QrFileError::Io {
                path: "/media/usb/qr.svg".into(),
                source: os(),
            },
        ];
        for e in qrs {
            said.push((e.to_string(), Box::new(move || qr_file(&e))));
        }
        let rights_errors = [
            RightsError::NotAPerson("foo".into()),
            RightsError::Remove {
                path: "/data/exports/demo-1".into(),
                source: os(),
            },
            RightsError::Store(E::NoSuchLead(lead.clone())),
        ];
        for e in rights_errors {
            said.push((e.to_string(), Box::new(move || rights(&e).unwrap())));
        }
        for (english, say) in &said {
            i18n::set_staff_language(Language::En);
            assert_eq!(&say(), english);
            let kept: Vec<&str> = english
                .split([' ', '(', ')', ';', ','])
                .filter(|w| {
                    w.starts_with('/')
                        || w.starts_with("01a2b3c4")
                        || w.starts_with("2026-")
                        || w.starts_with("0x")
                })
                .map(|w| w.trim_end_matches(':'))
                .collect();
            for lang in [Language::De, Language::Fr, Language::Es] {
                i18n::set_staff_language(lang);
                let theirs = say();
                assert_ne!(&theirs, english, "{lang:?}: left in English");
                for k in &kept {
                    assert!(theirs.contains(k), "{lang:?}: {theirs:?} lacks {k}");
                }
            }
        }
        i18n::set_staff_language(Language::De);
        assert_eq!(
            store(&E::NotWithdrawable {
                lead: "L1".into(),
                purpose: "events".into(),
                problem: NotWithdrawable::NotGranted,
            })
            .unwrap(),
            "Lead L1: die Einwilligung \"events\" wurde nicht erteilt"
        );
        i18n::set_staff_language(Language::Fr);
        assert_eq!(
            pin(&PinError::Length),
            "le code PIN doit faire de 4 à 64 caractères"
        );
        i18n::set_staff_language(Language::En);
    }
}
