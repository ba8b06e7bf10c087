//! `SHA256SUMS`: the `sha256sum` text format, written and parsed strictly, and the
//! hashing reader/writer that let export and verify hash files while streaming them.

use std::io::{self, Read};

use sha2::{Digest, Sha256};

use super::{ERASURES_JSONL, LEADS_CSV, LEADS_JSONL, MANIFEST, POLICIES_JSONL};

/// The files listed in `SHA256SUMS`, in the order they are listed.
pub const SUMMED_FILES: [&str; 5] = [
    MANIFEST,
    LEADS_JSONL,
    LEADS_CSV,
    ERASURES_JSONL,
    POLICIES_JSONL,
];

/// How many of [`SUMMED_FILES`] a batch of the old format (`leadbooth-batch/1`)
/// lists: all but `policies.jsonl`.
pub const SUMMED_FILES_V1: usize = 4;

/// Longest `SHA256SUMS` accepted: four lines are about 300 bytes.
pub(crate) const MAX_SUMS_BYTES: u64 = crate::limits::SUMS_BYTES as u64;

/// One line of `SHA256SUMS`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SumsLine {
    /// 64 lowercase hex digits.
    pub sha256: String,
    /// One of [`SUMMED_FILES`].
    pub name: String,
}

/// Formats the lines exactly as `sha256sum` writes them in text mode:
/// `<64 lowercase hex>  <name>\n`.
pub(crate) fn format_sums(lines: &[SumsLine]) -> String {
    lines
        .iter()
        .map(|l| format!("{}  {}\n", l.sha256, l.name))
        .collect()
}

/// What is wrong with a `SHA256SUMS` file (line numbers from 1).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SumsProblem {
    /// Nothing in it.
    #[error("is empty")]
    Empty,
    /// A line ends with CR LF.
    #[error(
        "line {0} ends with CR LF (Windows line endings); the file must keep the \\n line ends it was signed with"
    )]
    Crlf(usize),
    /// The last line has no `\n`.
    #[error("the last line does not end with a newline (trailing garbage?)")]
    NoFinalNewline,
    /// Not `<64 lowercase hex>  <name>`.
    #[error("line {0} is not `<64 lowercase hex digits>  <file name>`")]
    Malformed(usize),
    /// A name that is not one of the batch's files.
    #[error("line {line} names {name:?}, which is not a file of a leadbooth batch")]
    UnknownName {
        /// The line.
        line: usize,
        /// The name found.
        name: String,
    },
    /// A name listed twice.
    #[error("line {line} lists {name} a second time")]
    Duplicate {
        /// The line.
        line: usize,
        /// The name.
        name: String,
    },
    /// Names out of the fixed order.
    #[error("line {line} lists {name} out of order (expected {expected})")]
    OutOfOrder {
        /// The line.
        line: usize,
        /// The name found.
        name: String,
        /// The name expected there.
        expected: &'static str,
    },
    /// A batch file not listed.
    #[error("does not list {0}")]
    Missing(&'static str),
}

/// Parses `SHA256SUMS` strictly: exactly the five [`SUMMED_FILES`] in that order
/// (or the first four: a batch of the old format),
/// each `<64 lowercase hex>  <name>\n`, nothing else (no CR, no blank line, no
/// binary-mode `*`).
pub fn parse_sums(bytes: &[u8]) -> Result<Vec<SumsLine>, SumsProblem> {
    if bytes.is_empty() {
        return Err(SumsProblem::Empty);
    }
    let body = match bytes.strip_suffix(b"\n") {
        Some(b) => b,
        None => {
            // A CR before the missing LF is still a line-ending problem.
            let lines = bytes.split(|&b| b == b'\n').count();
            return Err(if bytes.ends_with(b"\r") {
                SumsProblem::Crlf(lines)
            } else {
                SumsProblem::NoFinalNewline
            });
        }
    };
    let mut out: Vec<SumsLine> = Vec::with_capacity(SUMMED_FILES.len());
    for (i, raw) in body.split(|&b| b == b'\n').enumerate() {
        let n = i + 1;
        if raw.ends_with(b"\r") {
            return Err(SumsProblem::Crlf(n));
        }
        let line = std::str::from_utf8(raw).map_err(|_| SumsProblem::Malformed(n))?;
        let (hash, name) = line.split_at_checked(64).ok_or(SumsProblem::Malformed(n))?;
        let name = name.strip_prefix("  ").ok_or(SumsProblem::Malformed(n))?;
        if !hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            || name.is_empty()
        {
            return Err(SumsProblem::Malformed(n));
        }
        let Some(&known) = SUMMED_FILES.iter().find(|f| **f == name) else {
            return Err(SumsProblem::UnknownName {
                line: n,
                name: crate::text::sanitize_line(name).into_owned(),
            });
        };
        if out.iter().any(|l| l.name == known) {
            return Err(SumsProblem::Duplicate {
                line: n,
                name: known.to_owned(),
            });
        }
        let expected = SUMMED_FILES[out.len().min(SUMMED_FILES.len() - 1)];
        if known != expected {
            return Err(SumsProblem::OutOfOrder {
                line: n,
                name: known.to_owned(),
                expected,
            });
        }
        out.push(SumsLine {
            sha256: hash.to_owned(),
            name: known.to_owned(),
        });
    }
    if out.len() < SUMMED_FILES_V1 {
        return Err(SumsProblem::Missing(SUMMED_FILES[out.len()]));
    }
    Ok(out)
}

/// A reader that hashes (SHA-256) exactly the bytes it hands out.
pub(crate) struct HashReader<R> {
    inner: R,
    hasher: Sha256,
}

impl<R: Read> HashReader<R> {
    pub(crate) fn new(inner: R) -> Self {
        HashReader {
            inner,
            hasher: Sha256::new(),
        }
    }

    /// Lowercase hex SHA-256 of everything read so far.
    pub(crate) fn finish(self) -> String {
        hex::encode(self.hasher.finalize())
    }
}

impl<R: Read> Read for HashReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> String {
        format_sums(
            &SUMMED_FILES
                .iter()
                .enumerate()
                .map(|(i, n)| SumsLine {
                    sha256: format!("{i:064x}"),
                    name: (*n).to_owned(),
                })
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn round_trips_the_sha256sum_format() {
        let text = valid();
        assert!(text.starts_with(&format!("{:064x}  manifest.json\n", 0)));
        let lines = parse_sums(text.as_bytes()).unwrap();
        assert_eq!(format_sums(&lines), text);
    }

    #[test]
    fn refuses_every_deviation_with_its_own_problem() {
        let t = valid();
        let lines: Vec<&str> = t.lines().collect();
        let cases: Vec<(String, SumsProblem)> = vec![
            (String::new(), SumsProblem::Empty),
            (t.replace('\n', "\r\n"), SumsProblem::Crlf(1)),
            (t.trim_end().to_owned(), SumsProblem::NoFinalNewline),
            (
                format!("{t}junk\n"),
                SumsProblem::Malformed(SUMMED_FILES.len() + 1),
            ),
            (
                format!("{t}\n"),
                SumsProblem::Malformed(SUMMED_FILES.len() + 1),
            ),
            (
                t.replacen("  manifest", " *manifest", 1),
                SumsProblem::Malformed(1),
            ),
            (t.replacen("0000", "AAAA", 1), SumsProblem::Malformed(1)),
            (
                t.replacen("leads.csv", "leads.xlsx", 1),
                SumsProblem::UnknownName {
                    line: 3,
                    name: "leads.xlsx".into(),
                },
            ),
            (
                format!("{}\n{}\n{}\n", lines[0], lines[0], lines[1]),
                SumsProblem::Duplicate {
                    line: 2,
                    name: "manifest.json".into(),
                },
            ),
            (
                format!("{}\n{}\n{}\n{}\n", lines[1], lines[0], lines[2], lines[3]),
                SumsProblem::OutOfOrder {
                    line: 1,
                    name: "leads.jsonl".into(),
                    expected: "manifest.json",
                },
            ),
            (
                format!("{}\n{}\n{}\n", lines[0], lines[1], lines[2]),
                SumsProblem::Missing("erasures.jsonl"),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(parse_sums(text.as_bytes()), Err(want), "{text:?}");
        }
    }

    #[test]
    fn hash_reader_hashes_what_it_hands_out() {
        let mut r = HashReader::new(&b"abc"[..]);
        std::io::copy(&mut r, &mut std::io::sink()).unwrap();
        assert_eq!(
            r.finish(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
