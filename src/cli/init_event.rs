//! `leadbooth init-event [FILE]`: writes the commented example event file, the
//! starting point for a real show's configuration.

use super::words::{self, arg, msg};
use crate::i18n::msg::rules as q;
use std::io::{IsTerminal as _, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Args;

/// The example event file: every key of the event file format, explained. It loads
/// as it is (a test checks), so a fresh copy is always a working event.
pub const EXAMPLE_EVENT: &str = include_str!("../../assets/example-event.toml");

// `leadbooth init-event`.
#[derive(Debug, Args)]
pub struct InitEventArgs {
    #[arg(value_name = "FILE", default_value = "event.toml")]
    pub file: PathBuf,
    #[arg(long)]
    pub force: bool,
    #[arg(long, conflicts_with = "no_input")]
    pub ask: bool,
    #[arg(long)]
    pub no_input: bool,
}

/// What `init-event` asks, the example's line it fills, and the TOML key; in
/// the order asked, so that each question's default can follow the answers
/// before it (the controller's name follows the organisation, the withdrawal
/// sentence the privacy contact).
const QUESTIONS: [(crate::i18n::Msg, &str, &str); 10] = [
    (
        q::INIT_Q_ORGANISATION,
        "organisation = \"Example Ltd\"",
        "organisation",
    ),
    (q::INIT_Q_CONTROLLER, "name = \"Example Ltd\"", "name"),
    (
        q::INIT_Q_ADDRESS,
        "address = \"1 Example Street, Example City, EX1 2MP, United Kingdom\"",
        "address",
    ),
    (
        q::INIT_Q_CONTACT,
        "privacy_contact = \"privacy@example.com\"",
        "privacy_contact",
    ),
    (
        q::INIT_Q_JURISDICTION,
        "jurisdiction = \"GB\"",
        "jurisdiction",
    ),
    (
        q::INIT_Q_RETENTION,
        "retention = \"We keep your details for up to 24 months after the event, then delete them.\"",
        "retention",
    ),
    (
        q::INIT_Q_RIGHTS,
        "rights = \"You may see, correct or delete your details, and object to their use.\"",
        "rights",
    ),
    (
        q::INIT_Q_WITHDRAW,
        "withdraw = \"Withdraw any consent at any time: email privacy@example.com with your receipt number.\"",
        "withdraw",
    ),
    (
        q::INIT_Q_TRANSFERS,
        "transfers = \"Your details stay in the United Kingdom and the EU.\"",
        "transfers",
    ),
    (
        q::INIT_Q_URL,
        "url = \"https://example.org/privacy\"",
        "url",
    ),
];

/// Index of the organisation, the controller's name and the privacy contact
/// in [`QUESTIONS`].
const ORGANISATION: usize = 0;
const CONTROLLER: usize = 1;
const CONTACT: usize = 3;
/// Index of the first of the notice's sentences (retention) in [`QUESTIONS`].
const NOTICE: usize = 5;

/// The answer to question `i`, trimmed, when one was given.
fn given(answers: &[String], i: usize) -> Option<&str> {
    answers.get(i).map(|a| a.trim()).filter(|a| !a.is_empty())
}

/// The example with `answers` (in [`QUESTIONS`] order; empty keeps the example's
/// value, or the value an earlier answer implies) put in.
pub fn fill_example(answers: &[String]) -> String {
    let mut text = EXAMPLE_EVENT.to_owned();
    for (i, (_, line, key)) in QUESTIONS.iter().enumerate() {
        let answer = match given(answers, i) {
            Some(a) => a,
            // The controller is, unless told otherwise, the organisation
            // just named: never the example's company.
            None if i == CONTROLLER => match given(answers, ORGANISATION) {
                Some(org) => org,
                None => continue,
            },
            None => continue,
        };
        let value = toml::Value::String(answer.to_owned()).to_string();
        text = text.replacen(line, &format!("{key} = {value}"), 1);
    }
    // The languages offered, after every other answer: codes split at commas
    // or spaces, written as the event file's list; empty keeps every one.
    // A code the booth does not ship is refused when the file is checked.
    if let Some(languages) = given(answers, QUESTIONS.len()) {
        let codes: Vec<toml::Value> = languages
            .split([',', ' '])
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(|c| toml::Value::String(c.to_owned()))
            .collect();
        let value = toml::Value::Array(codes).to_string();
        text = text.replacen(LANGUAGES_LINE, &format!("languages = {value}"), 1);
    }
    // The example's withdrawal sentence names the example's privacy contact:
    // kept, it names the one given instead, so nobody writes to example.com.
    if let Some(contact) = given(answers, CONTACT) {
        let quoted = toml::Value::String(contact.to_owned()).to_string();
        let inner = &quoted[1..quoted.len() - 1];
        text = text.replace(EXAMPLE_CONTACT, inner);
    }
    text
}

/// The value question `i` writes when Enter is pressed after `answers`: what
/// its prompt offers. Read back from the filled example, so the prompt can
/// never show one value and write another.
fn default_after(answers: &[String], i: usize) -> String {
    let key = QUESTIONS[i].2;
    let text = fill_example(answers);
    let Ok(doc) = text.parse::<toml::Table>() else {
        return String::new();
    };
    let section = match key {
        "organisation" => "event",
        "name" | "address" | "privacy_contact" | "jurisdiction" => "controller",
        "url" => "policy",
        _ => "notice",
    };
    doc.get(section)
        .and_then(|s| s.get(key))
        .map(ToString::to_string)
        .unwrap_or_default()
}

/// The example's `languages` line (commented: every shipped language), which
/// the last question of `--ask` fills.
const LANGUAGES_LINE: &str = "#languages = [\"en\", \"de\", \"fr\", \"es\"]";

/// The privacy contact the example event file names.
const EXAMPLE_CONTACT: &str = "privacy@example.com";

/// Asks each of [`QUESTIONS`] on stderr and reads the answers from stdin.
fn ask() -> anyhow::Result<Vec<String>> {
    use std::io::BufRead as _;
    crate::tell!("{}", words::text(msg::INIT_NOTICE_ASK));
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut answer = |question: &str, example: &str| -> anyhow::Result<String> {
        // `… [x] : ` in French, which spaces its colon.
        super::out::stderr_prompt(&crate::i18n::label(
            crate::i18n::staff(),
            &format!("{question} [{example}]"),
        ));
        let answer = match lines.next() {
            Some(l) => l.context(words::text(q::INIT_READING))?,
            None => String::new(),
        };
        if crate::text::first_control(&answer).is_some() {
            anyhow::bail!("{question}: {}", words::text(q::INIT_CONTROL));
        }
        Ok(answer)
    };
    let mut answers = Vec::new();
    for (i, (id, _, _)) in QUESTIONS.into_iter().enumerate() {
        if i == NOTICE {
            // The sentences are the file's own wording, the default language's
            // (English): a French team asked in French would otherwise write
            // French there, which English attendees then read as English.
            crate::tell!(
                "{}",
                words::text(crate::i18n::msg::show_day::INIT_NOTICE_LANGUAGE)
            );
        }
        let example = default_after(&answers, i);
        answers.push(answer(words::text(id), &example)?);
    }
    // Which languages the kiosk offers (`[event] languages`): Enter keeps
    // every one the booth ships.
    let all: Vec<&str> = crate::i18n::Language::ALL
        .iter()
        .map(|l| l.code())
        .collect();
    answers.push(answer(
        words::text(crate::i18n::msg::kiosk_words::INIT_Q_LANGUAGES),
        &all.join(", "),
    )?);
    Ok(answers)
}

impl InitEventArgs {
    /// Writes the example; refuses to replace an existing file without `--force`.
    pub fn run(self) -> anyhow::Result<ExitCode> {
        if self.file.as_os_str() == "-" {
            crate::cli::out::document(EXAMPLE_EVENT.as_bytes())?;
            return Ok(ExitCode::SUCCESS);
        }
        let name = crate::cli::out::path(&self.file).to_string();
        // Opened (and an existing one refused) before asking; with --force an
        // existing file is emptied only when the new text is ready and valid,
        // and a file made here is removed again if nothing is written.
        let existed = self.force && self.file.exists();
        let mut options = std::fs::OpenOptions::new();
        options.write(true);
        if self.force {
            options.create(true);
        } else {
            options.create_new(true);
        }
        let mut f = match options.open(&self.file) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                anyhow::bail!(words::say(q::INIT_EXISTS, [("file", arg(&name))]))
            }
            other => {
                other.with_context(|| words::say(q::INIT_CANNOT_CREATE, [("file", arg(&name))]))?
            }
        };
        let interactive = !self.no_input && (self.ask || std::io::stdin().is_terminal());
        let checked = (|| {
            let text = if interactive {
                fill_example(&ask()?)
            } else {
                EXAMPLE_EVENT.to_owned()
            };
            // What was typed must still make a valid event file.
            match crate::config::Event::parse_text_for(&text, &self.file) {
                Ok(event) => Ok((text, event)),
                Err(e) => anyhow::bail!(words::say(
                    q::INIT_INVALID,
                    [(
                        "error",
                        arg(&super::reasons::config(&e, crate::i18n::staff()))
                    )]
                )),
            }
        })();
        let (text, event) = match checked {
            Ok(checked) => checked,
            Err(e) => {
                if !existed {
                    let _ = std::fs::remove_file(&self.file);
                }
                return Err(e);
            }
        };
        let gaps = event.missing_translations();
        for (lang, keys) in crate::config::gaps_by_language(&gaps) {
            crate::tell!(
                "{}",
                words::say(
                    msg::INIT_GAP,
                    [
                        ("name", arg(&name.to_string())),
                        (
                            "language",
                            arg(crate::i18n::language_name(crate::i18n::staff(), lang))
                        ),
                        ("code", arg(lang.code())),
                        ("keys", arg(&keys.join(", "))),
                    ]
                )
            );
        }
        f.set_len(0)
            .and_then(|()| f.write_all(text.as_bytes()))
            .and_then(|()| f.sync_all())
            .with_context(|| words::say(q::INIT_CANNOT_WRITE, [("file", arg(&name))]))?;
        let default = crate::paths::platform_event_file();
        // Written where leadbooth looks by default: no --config to give, and
        // nothing more to save.
        let is_default = default.as_ref().is_some_and(|p| {
            std::fs::canonicalize(p)
                .ok()
                .is_some_and(|p| std::fs::canonicalize(&self.file).is_ok_and(|f| f == p))
        });
        if is_default {
            crate::tell!(
                "{}",
                words::say(msg::INIT_WROTE_DEFAULT, [("name", arg(&name.to_string()))])
            );
        } else {
            let auto = default
                .map(|p| {
                    words::say(
                        msg::INIT_OR_DEFAULT,
                        [("path", arg(&crate::cli::out::path(&p).to_string()))],
                    )
                })
                .unwrap_or_default();
            crate::tell!(
                "{}{auto}",
                words::say(msg::INIT_WROTE, [("name", arg(&name.to_string()))])
            );
        }
        Ok(ExitCode::SUCCESS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_is_a_valid_event() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("event.toml");
        std::fs::write(&path, EXAMPLE_EVENT).unwrap();
        let e = crate::config::Event::load(&path).unwrap();
        assert_eq!(e.id, "my-expo-2026");
        assert_eq!(e.purposes.len(), 7, "default purposes");
    }

    #[test]
    fn the_answers_fill_the_controller_and_the_notice() {
        let answers: Vec<String> = [
            "Acme",
            "Acme GmbH",
            "Hauptstr. 1, 10115 Berlin, Germany",
            "datenschutz@acme.test",
            "EU",
            "Two years.",
            "You may ask us for a copy of your details.",
            "",
            "Nowhere outside the EU.",
            "https://acme.test/privacy",
        ]
        .map(str::to_owned)
        .to_vec();
        let e = crate::config::Event::parse_text(&fill_example(&answers)).unwrap();
        assert_eq!(e.organisation, "Acme");
        assert_eq!(e.controller.name, "Acme GmbH");
        assert_eq!(e.controller.address, "Hauptstr. 1, 10115 Berlin, Germany");
        assert_eq!(e.controller.privacy_email(), Some("datenschutz@acme.test"));
        assert_eq!(e.jurisdiction, "EU");
        assert_eq!(e.notice.retention, "Two years.");
        assert_eq!(
            e.notice.rights,
            "You may ask us for a copy of your details."
        );
        // Kept, but naming the contact given rather than the example's.
        assert!(
            e.notice.withdraw.contains("datenschutz@acme.test"),
            "{}",
            e.notice.withdraw
        );
        assert_eq!(e.policy.url, "https://acme.test/privacy");
    }

    #[test]
    fn the_languages_answer_limits_the_languages_and_their_gaps() {
        assert!(EXAMPLE_EVENT.contains(LANGUAGES_LINE), "the example's line");
        let mut answers = vec![String::new(); QUESTIONS.len()];
        answers.push("en, de".into());
        let e = crate::config::Event::parse_text(&fill_example(&answers)).unwrap();
        use crate::i18n::Language;
        assert_eq!(e.languages, [Language::En, Language::De]);
        assert!(
            e.missing_translations()
                .iter()
                .all(|g| g.language == Language::De),
            "{:?}",
            e.missing_translations()
        );
        // Enter keeps every language; a code the booth lacks is refused by key.
        answers[QUESTIONS.len()] = String::new();
        let e = crate::config::Event::parse_text(&fill_example(&answers)).unwrap();
        assert_eq!(e.languages, Language::ALL);
        answers[QUESTIONS.len()] = "en it".into();
        let err = crate::config::Event::parse_text(&fill_example(&answers))
            .unwrap_err()
            .to_string();
        assert!(err.contains("event.languages (line "), "{err}");
        assert!(err.contains("\"it\""), "{err}");
    }

    /// `init-event -` shows the form of a translation: uncommented, the
    /// German example leaves German no gap.
    #[test]
    fn example_translation_block_works_once_uncommented() {
        let start = EXAMPLE_EVENT
            .find("#[translation.de.notice]")
            .expect("the example shows a [translation.de] block");
        let (head, block) = EXAMPLE_EVENT.split_at(start);
        let block: String = block
            .lines()
            .map(|l| match l.strip_prefix('#') {
                Some(rest) if rest.starts_with('[') || rest.contains(" = ") => rest,
                _ => l,
            })
            .collect::<Vec<_>>()
            .join("\n");
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("datenschutz.md"),
            "# Datenschutz\n\nZuletzt aktualisiert: 2026-10-01\n",
        )
        .unwrap();
        let path = dir.path().join("event.toml");
        std::fs::write(&path, format!("{head}{block}\n")).unwrap();
        let e = crate::config::Event::load(&path).unwrap();
        let german: Vec<String> = e
            .missing_translations()
            .iter()
            .filter(|g| g.language == crate::i18n::Language::De)
            .map(ToString::to_string)
            .collect();
        assert!(german.is_empty(), "{german:?}");
        assert!(
            e.missing_translations()
                .iter()
                .any(|g| g.language == crate::i18n::Language::Es),
            "Spanish is still named"
        );
    }

    #[test]
    fn example_encryption_block_works_once_uncommented() {
        let recipient = age::x25519::Identity::generate().to_public().to_string();
        let text = EXAMPLE_EVENT
            .replace("#[encryption]", "[encryption]")
            .replace(
                "#recipients = [\"age1...\"]",
                &format!("recipients = [\"{recipient}\"]"),
            );
        assert_ne!(
            text, EXAMPLE_EVENT,
            "the example has a commented [encryption] block"
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("event.toml");
        std::fs::write(&path, text).unwrap();
        let e = crate::config::Event::load(&path).unwrap();
        assert_eq!(e.recipients.len(), 1);
    }
}
