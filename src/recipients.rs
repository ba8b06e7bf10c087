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
    /// `event file line 12` or `recipients file line 3`, for messages.
    origin: String,
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

    /// Where it was written (file and line).
    pub fn origin(&self) -> &str {
        &self.origin
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
        write!(f, "{} ({})", self.text, self.origin)
    }
}

/// Why a recipient was refused: the value (made printable) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecipientProblem {
    /// 1-based line in its file.
    pub line: usize,
    /// What is wrong, quoting the value.
    pub message: String,
}

/// Parses one recipient written on `line` of `origin_file` (`origin` names it in
/// messages).
///
/// Errors: not an `age1…` X25519 recipient (with the library's reason), or a
/// secret identity pasted where the public recipient belongs.
pub fn parse_recipient(
    value: &str,
    line: usize,
    origin: &str,
) -> Result<Recipient, RecipientProblem> {
    let trimmed = value.trim();
    let shown = crate::text::sanitize_line(trimmed);
    let problem = |message: String| RecipientProblem { line, message };
    if trimmed.to_ascii_uppercase().starts_with(SECRET_PREFIX) {
        return Err(problem(
            "is a secret age identity, not a recipient: remove it from this file now, keep it only at the office, and put its public age1… line here instead".into(),
        ));
    }
    let key: age::x25519::Recipient = trimmed.parse().map_err(|detail| {
        problem(format!(
            "{shown:?} is not an age X25519 recipient ({detail}); a recipient is the age1… line `leadbooth identity new` printed"
        ))
    })?;
    Ok(Recipient {
        text: trimmed.to_owned(),
        key,
        origin: format!("{origin} line {line}"),
    })
}

/// Parses a recipients file's text: one `age1…` a line, `#` comments and blank
/// lines ignored. `origin` names the file in messages.
///
/// Errors: the first bad line (see [`parse_recipient`]), a recipient listed
/// twice, or a file with no recipient at all.
pub fn parse_recipients_file(text: &str, origin: &str) -> Result<Vec<Recipient>, RecipientProblem> {
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
            message:
                "holds no recipient: put the age1… line(s) of the central team's identity here"
                    .into(),
        });
    }
    Ok(out)
}

/// Adds `r` unless the same recipient is already in `list` (an error naming
/// where it first was).
pub fn push_unique(list: &mut Vec<Recipient>, r: Recipient) -> Result<(), RecipientProblem> {
    if let Some(first) = list.iter().find(|o| o.key == r.key) {
        let line = r
            .origin
            .rsplit(' ')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(1);
        return Err(RecipientProblem {
            line,
            message: format!("{} is listed twice (first at {})", r.text, first.origin),
        });
    }
    list.push(r);
    Ok(())
}

/// Reads a recipients file (at most [`MAX_RECIPIENTS_FILE_BYTES`]).
pub fn read_recipients_file(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut text = String::new();
    std::fs::File::open(path)?
        .take(MAX_RECIPIENTS_FILE_BYTES + 1)
        .read_to_string(&mut text)?;
    if text.len() as u64 > MAX_RECIPIENTS_FILE_BYTES {
        return Err(std::io::Error::other(format!(
            "it is larger than {MAX_RECIPIENTS_FILE_BYTES} bytes; a recipients file holds a few age1… lines"
        )));
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
        let list = parse_recipients_file(&text, "r.txt").unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[1].as_str(), b);
        assert_eq!(list[1].origin(), "r.txt line 4");

        let bad = format!("{a}\nage1notakey\n");
        let p = parse_recipients_file(&bad, "r.txt").unwrap_err();
        assert_eq!(p.line, 2);
        assert!(p.message.contains("age1notakey"), "{}", p.message);

        let twice = format!("{a}\n{a}\n");
        let p = parse_recipients_file(&twice, "r.txt").unwrap_err();
        assert_eq!(p.line, 2);
        assert!(p.message.contains("twice"), "{}", p.message);

        let p = parse_recipients_file("# nothing\n", "r.txt").unwrap_err();
        assert!(p.message.contains("no recipient"), "{}", p.message);
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
        let p = parse_recipient(&secret, 7, "event file").unwrap_err();
        assert_eq!(p.line, 7);
        assert!(p.message.contains("secret age identity"), "{}", p.message);
        assert!(
            !p.message.contains(&secret[15..]),
            "the secret is not printed"
        );
    }

    #[test]
    fn short_form_keeps_both_ends() {
        let r = parse_recipient(&fresh(), 1, "x").unwrap();
        let s = r.short();
        assert!(s.starts_with("age1") && s.contains('…'), "{s}");
        assert!(r.as_str().ends_with(s.rsplit('…').next().unwrap()));
    }
}
