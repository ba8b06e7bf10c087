//! Reading a batch's JSON Lines files for import while hashing exactly the bytes
//! read, so the import can prove it used the bytes that were verified.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::Path;

use sha2::{Digest, Sha256};

/// Longest line kept; verification refuses longer ones, so a longer line here
/// means the file changed (the hash will not match either).
const MAX_LINE_BYTES: usize = crate::limits::LINE_BYTES;
const READ_BUFFER: usize = 256 * 1024;

/// Lines of one file, `\n` removed, hashing every byte read.
pub(super) struct HashedLines {
    reader: BufReader<File>,
    hasher: Sha256,
    line: Vec<u8>,
    number: u64,
    max: usize,
}

impl HashedLines {
    pub(super) fn open(path: &Path) -> io::Result<Self> {
        Self::open_within(path, MAX_LINE_BYTES)
    }

    /// [`HashedLines::open`] for a file whose lines verification holds to `max`
    /// bytes instead (`policies.jsonl`).
    pub(super) fn open_within(path: &Path, max: usize) -> io::Result<Self> {
        Ok(HashedLines {
            max,
            reader: BufReader::with_capacity(READ_BUFFER, File::open(path)?),
            hasher: Sha256::new(),
            line: Vec::with_capacity(4096),
            number: 0,
        })
    }

    /// The next line (without its `\n`) and its 1-based number; `None` at the end.
    /// A line longer than the verified maximum is cut short (and will not parse).
    pub(super) fn next_line(&mut self) -> io::Result<Option<(u64, &[u8])>> {
        self.line.clear();
        let mut any = false;
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                break;
            }
            any = true;
            let (part, used, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (&chunk[..i], i + 1, true),
                None => (chunk, chunk.len(), false),
            };
            if self.line.len() + part.len() <= self.max {
                self.line.extend_from_slice(part);
            }
            self.hasher.update(&chunk[..used]);
            self.reader.consume(used);
            if done {
                break;
            }
        }
        if !any {
            return Ok(None);
        }
        self.number += 1;
        Ok(Some((self.number, &self.line)))
    }

    /// Reads whatever is left (so the hash covers the whole file) and returns the
    /// lowercase hex SHA-256.
    pub(super) fn finish(mut self) -> io::Result<String> {
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                break;
            }
            let n = chunk.len();
            self.hasher.update(chunk);
            self.reader.consume(n);
        }
        Ok(hex::encode(self.hasher.finalize()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_hash_cover_every_byte() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.jsonl");
        std::fs::write(&p, b"{\"a\":1}\n{\"b\":2}\ntail").unwrap();
        let mut l = HashedLines::open(&p).unwrap();
        assert_eq!(l.next_line().unwrap(), Some((1, &b"{\"a\":1}"[..])));
        assert_eq!(l.next_line().unwrap(), Some((2, &b"{\"b\":2}"[..])));
        assert_eq!(l.next_line().unwrap(), Some((3, &b"tail"[..])));
        assert_eq!(l.next_line().unwrap(), None);
        assert_eq!(
            l.finish().unwrap(),
            crate::policy::sha256_hex(b"{\"a\":1}\n{\"b\":2}\ntail")
        );
    }
}
