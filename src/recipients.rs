//! The central team's `age` recipients: who a batch is encrypted to.
//!
//! A recipient is the public half of an X25519 identity, written `age1…` (the
//! line `leadbooth identity new` prints at the office). The event file lists
//! them under `[encryption] recipients`, or names a recipients file
//! (`recipients_file`, one `age1…` a line, `#` comments and blank lines
//! allowed: the format `age -R` reads). Each is checked when the event is loaded;
//! a bad one is an error naming the file, the line and the key.

use std::fmt;
use std::path::Path;

/// Longest recipients file read: a few lines of about 62 characters each.
pub const MAX_RECIPIENTS_FILE_BYTES: u64 = 64 * 1024;

/// What a pasted secret identity starts with: never a recipient.
const SECRET_PREFIX: &str = "AGE-SECRET-KEY-";

/// One recipient and where it was written.
#[derive(Clone, PartialEq, Eq)]
pub struct Recipient {
    text: String,
    key: age::x25519::Recipient,
    /// The file it was written in, for messages.
    origin: Origin,
    /// Its 1-based line there.
    line: usize,
}

/// The file a recipient was written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Inline in the event file (its name).
    EventFile(String),
    /// In a recipients file (its path).
    RecipientsFile(String),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::EventFile(name) => write!(f, "event file {name}"),
            Origin::RecipientsFile(path) => write!(f, "recipients file {path}"),
        }
    }
}

impl Recipient {
    /// The recipient as written: `age1…`.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The `age` library's recipient, to encrypt to.
    pub fn key(&self) -> &age::x25519::Recipient {
        &self.key
    }

    /// The file it was written in.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// Its 1-based line in [`Recipient::origin`].
    pub fn line(&self) -> usize {
        self.line
    }

    /// `age1abcd…wxyz`: short enough for a status line, still telling two apart.
    pub fn short(&self) -> String {
        let t = &self.text;
        if t.len() <= 16 {
            return t.clone();
        }
        format!("{}…{}", &t[..8], &t[t.len() - 6..])
    }
}

impl fmt::Debug for Recipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({} line {})", self.text, self.origin, self.line)
    }
}

/// Why a recipient was refused: the line and the rule it breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecipientProblem {
    /// 1-based line in its file.
    pub line: usize,
    /// What is wrong.
    pub rule: RecipientRule,
}

/// What is wrong with a recipient, as a value: `Display` is the English of
/// the log; the command line says it in the staff language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecipientRule {
    /// A secret identity pasted where the public recipient belongs (it is
    /// never repeated).
    Secret,
    /// Not an `age1…` X25519 recipient.
    NotARecipient {
        /// The value as written, made printable.
        value: String,
        /// The `age` library's reason, in its own words.
        detail: String,
    },
    /// A recipients file without one.
    NoRecipient,
    /// The same recipient a second time.
    Twice {
        /// The recipient (`age1…`).
        recipient: String,
        /// Where it was first.
        first: Origin,
        /// Its line there.
        first_line: usize,
    },
}

impl fmt::Display for RecipientRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecipientRule::Secret => f.write_str(
                "is a secret age identity, not a recipient: remove it from this file now, keep it only at the office, and put its public age1… line here instead",
            ),
            RecipientRule::NotARecipient { value, detail } => write!(
                f,
                "{value:?} is not an age X25519 recipient ({detail}); a recipient is the age1… line `leadbooth identity new` printed"
            ),
            RecipientRule::NoRecipient => f.write_str(
                "holds no recipient: put the age1… line(s) of the central team's identity here",
            ),
            RecipientRule::Twice {
                recipient,
                first,
                first_line,
            } => write!(
                f,
                "{recipient} is listed twice (first at {first} line {first_line})"
            ),
        }
    }
}

/// Parses one recipient written on `line` of `origin`.
///
/// Errors: not an `age1…` X25519 recipient (with the library's reason), or a
/// secret identity pasted where the public recipient belongs.
pub fn parse_recipient(
    value: &str,
    line: usize,
    origin: &Origin,
) -> Result<Recipient, RecipientProblem> {
    let trimmed = value.trim();
    let problem = |rule: RecipientRule| RecipientProblem { line, rule };
    if trimmed.to_ascii_uppercase().starts_with(SECRET_PREFIX) {
        return Err(problem(RecipientRule::Secret));
    }
    let key: age::x25519::Recipient = trimmed.parse().map_err(|detail: &str| {
        problem(RecipientRule::NotARecipient {
            value: crate::text::sanitize_line(trimmed).into_owned(),
            detail: detail.to_owned(),
        })
    })?;
    Ok(Recipient {
        text: trimmed.to_owned(),
        key,
        origin: origin.clone(),
        line,
    })
}

/// Parses a recipients file's text: one `age1…` a line, `#` comments and blank
/// lines ignored. `origin` names the file in messages.
///
/// Errors: the first bad line (see [`parse_recipient`]), a recipient listed
/// twice, or a file with no recipient at all.
pub fn parse_recipients_file(
    text: &str,
    origin: &Origin,
) -> Result<Vec<Recipient>, RecipientProblem> {
    let mut out: Vec<Recipient> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        push_unique(&mut out, parse_recipient(line, i + 1, origin)?)?;
    }
    if out.is_empty() {
        return Err(RecipientProblem {
            line: 1,
            rule: RecipientRule::NoRecipient,
        });
    }
    Ok(out)
}

/// Adds `r` unless the same recipient is already in `list` (an error naming
/// where it first was).
pub fn push_unique(list: &mut Vec<Recipient>, r: Recipient) -> Result<(), RecipientProblem> {
    if let Some(first) = list.iter().find(|o| o.key == r.key) {
        return Err(RecipientProblem {
            line: r.line,
            rule: RecipientRule::Twice {
                recipient: r.text,
                first: first.origin.clone(),
                first_line: first.line,
            },
        });
    }
    list.push(r);
    Ok(())
}

/// Why a recipients file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadRecipients {
    /// The operating system's reason.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// Larger than [`MAX_RECIPIENTS_FILE_BYTES`] (read no further).
    #[error(
        "it is larger than {MAX_RECIPIENTS_FILE_BYTES} bytes; a recipients file holds a few age1… lines"
    )]
    TooLarge,
}

/// Reads a recipients file (at most [`MAX_RECIPIENTS_FILE_BYTES`]).
pub fn read_recipients_file(path: &Path) -> Result<String, ReadRecipients> {
    use std::io::Read;
    let mut text = String::new();
    std::fs::File::open(path)?
        .take(MAX_RECIPIENTS_FILE_BYTES + 1)
        .read_to_string(&mut text)?;
    if text.len() as u64 > MAX_RECIPIENTS_FILE_BYTES {
        return Err(ReadRecipients::TooLarge);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> String {
        age::x25519::Identity::generate().to_public().to_string()
    }

    #[test]
    fn a_recipients_file_takes_comments_and_names_the_bad_line() {
        let (a, b) = (fresh(), fresh());
        let text = format!("# central team\n{a}\n\n  {b}  \n");
        let r = Origin::RecipientsFile("r.txt".into());
        let list = parse_recipients_file(&text, &r).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[1].as_str(), b);
        assert_eq!((list[1].origin(), list[1].line()), (&r, 4));

        let bad = format!("{a}\nage1notakey\n");
        let p = parse_recipients_file(&bad, &r).unwrap_err();
        assert_eq!(p.line, 2);
        assert!(p.rule.to_string().contains("age1notakey"), "{}", p.rule);

        let twice = format!("{a}\n{a}\n");
        let p = parse_recipients_file(&twice, &r).unwrap_err();
        assert_eq!(p.line, 2);
        assert_eq!(
            p.rule.to_string(),
            format!("{a} is listed twice (first at recipients file r.txt line 1)")
        );

        let p = parse_recipients_file("# nothing\n", &r).unwrap_err();
        assert_eq!(p.rule, RecipientRule::NoRecipient);
    }

    #[test]
    fn a_pasted_secret_identity_is_refused_without_echoing_it() {
        let secret = {
            use age::secrecy::ExposeSecret;
            age::x25519::Identity::generate()
                .to_string()
                .expose_secret()
                .to_owned()
        };
        let p = parse_recipient(&secret, 7, &Origin::EventFile("e.toml".into())).unwrap_err();
        assert_eq!(p.line, 7);
        assert_eq!(p.rule, RecipientRule::Secret);
        assert!(
            !p.rule.to_string().contains(&secret[15..]),
            "the secret is not printed"
        );
    }

    #[test]
    fn short_form_keeps_both_ends() {
        let r = parse_recipient(&fresh(), 1, &Origin::EventFile("x".into())).unwrap();
        let s = r.short();
        assert!(s.starts_with("age1") && s.contains('…'), "{s}");
        assert!(r.as_str().ends_with(s.rsplit('…').next().unwrap()));
    }
}
