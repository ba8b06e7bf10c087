//! JSON written by hand for the central import's hot records, byte for byte as
//! serde_json writes them (compact, keys in the order given, strings escaped as
//! serde_json escapes them), without serde's machinery per key and per string.
//!
//! The import writes every lead twice: once for the exact-form check (the line
//! must be the bytes leadbooth writes for its record) and once more for the
//! records stored in `source_leads.consents`. Through serde_json that was a
//! fifth of the import's instructions (issue 15): a call and an escape scan
//! per key, a byte-at-a-time table look-up for every string. Here a key is a
//! literal, and a string that needs no escape (nearly all) is copied after one
//! scan that the compiler runs many bytes at a time; any other string is
//! written by serde_json itself, so escapes are serde_json's by construction.
//! Each writer built on this is held to serde_json's bytes by tests next to it.

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A JSON text being written into a byte buffer.
pub(crate) struct JsonOut<'b> {
    out: &'b mut Vec<u8>,
}

impl<'b> JsonOut<'b> {
    /// Writes after what `out` holds.
    pub(crate) fn new(out: &'b mut Vec<u8>) -> Self {
        JsonOut { out }
    }

    /// Bytes as they are: punctuation and keys (`,"key":`), written by the caller
    /// exactly as serde_json writes them.
    pub(crate) fn raw(&mut self, bytes: &[u8]) -> &mut Self {
        self.out.extend_from_slice(bytes);
        self
    }

    /// A string value, as serde_json writes it.
    pub(crate) fn str(&mut self, s: &str) -> &mut Self {
        if needs_escape(s.as_bytes()) {
            serde_json::to_writer(&mut *self.out, s).expect("writing to a Vec does not fail");
        } else {
            self.out.reserve(s.len() + 2);
            self.out.push(b'"');
            self.out.extend_from_slice(s.as_bytes());
            self.out.push(b'"');
        }
        self
    }

    /// A string or `null`.
    pub(crate) fn opt_str(&mut self, s: Option<&str>) -> &mut Self {
        match s {
            Some(s) => self.str(s),
            None => self.raw(b"null"),
        }
    }

    /// `true` or `false`.
    pub(crate) fn bool(&mut self, b: bool) -> &mut Self {
        self.raw(if b { b"true" } else { b"false" })
    }

    /// An integer, as serde_json writes it.
    pub(crate) fn i64(&mut self, n: i64) -> &mut Self {
        use std::io::Write;
        write!(self.out, "{n}").expect("writing to a Vec does not fail");
        self
    }

    /// A UUID as uuid's serde writes it (lowercase, hyphenated, quoted).
    pub(crate) fn uuid(&mut self, id: &Uuid) -> &mut Self {
        let mut buf = Uuid::encode_buffer();
        self.out.push(b'"');
        self.out
            .extend_from_slice(id.hyphenated().encode_lower(&mut buf).as_bytes());
        self.out.push(b'"');
        self
    }

    /// A UUID or `null`.
    pub(crate) fn opt_uuid(&mut self, id: Option<&Uuid>) -> &mut Self {
        match id {
            Some(id) => self.uuid(id),
            None => self.raw(b"null"),
        }
    }

    /// A time as [`crate::timestamp`] writes it (quoted RFC 3339).
    pub(crate) fn time(&mut self, t: &DateTime<Utc>) -> &mut Self {
        crate::timestamp::with_rfc3339(t, |text| self.str(text));
        self
    }

    /// A time or `null`.
    pub(crate) fn opt_time(&mut self, t: Option<&DateTime<Utc>>) -> &mut Self {
        match t {
            Some(t) => self.time(t),
            None => self.raw(b"null"),
        }
    }

    /// Anything else, through serde_json (the rare and the small).
    pub(crate) fn serde<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> &mut Self {
        serde_json::to_writer(&mut *self.out, value).expect("plain records serialise");
        self
    }
}

/// Whether serde_json escapes some byte of `bytes`: a control character below
/// U+0020, `"` or `\` (it leaves every other byte, DEL and all non-ASCII, as
/// it is). Scanned without an early exit, in blocks the compiler vectorises.
fn needs_escape(bytes: &[u8]) -> bool {
    let escapes = |b: u8| (b < 0x20) | (b == b'"') | (b == b'\\');
    let mut blocks = bytes.chunks_exact(16);
    for block in &mut blocks {
        if block.iter().fold(false, |any, &b| any | escapes(b)) {
            return true;
        }
    }
    blocks.remainder().iter().any(|&b| escapes(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        let samples = [
            "",
            "plain",
            "a string longer than sixteen bytes, with no escape at all",
            "quote \" inside",
            "back\\slash",
            "tab\tnew\nline\r\u{8}\u{c}",
            "\u{1}\u{1f} controls",
            "DEL \u{7f} and é ü 漢字 \u{2028} \u{1F600}",
            "sixteen bytes!!\"",
            "0123456789abcdef0123456789abcde\\",
        ];
        for s in samples {
            let mut out = Vec::new();
            JsonOut::new(&mut out).str(s);
            assert_eq!(out, serde_json::to_vec(s).unwrap(), "{s:?}");
        }
        for b in 0..=255u8 {
            let s = [b'x'; 20]
                .iter()
                .chain([b].iter())
                .copied()
                .collect::<Vec<u8>>();
            if let Ok(s) = std::str::from_utf8(&s) {
                let mut out = Vec::new();
                JsonOut::new(&mut out).str(s);
                assert_eq!(out, serde_json::to_vec(s).unwrap(), "byte {b:#x}");
            }
        }
    }

    #[test]
    fn numbers_uuids_and_times_are_written_as_serde_writes_them() {
        for n in [0, 1, -1, 42, i64::MAX, i64::MIN] {
            let mut out = Vec::new();
            JsonOut::new(&mut out).i64(n);
            assert_eq!(out, serde_json::to_vec(&n).unwrap());
        }
        let id = Uuid::now_v7();
        let t = crate::lead::now_utc();
        let mut out = Vec::new();
        JsonOut::new(&mut out)
            .uuid(&id)
            .raw(b",")
            .opt_uuid(None)
            .raw(b",")
            .time(&t)
            .raw(b",")
            .opt_time(None)
            .raw(b",")
            .bool(true)
            .raw(b",")
            .opt_str(Some("x"));
        let expected = serde_json::json!([id, null, crate::timestamp::Rfc3339(t), null, true, "x"]);
        let expected = serde_json::to_vec(&expected).unwrap();
        assert_eq!(out, expected[1..expected.len() - 1]);
    }
}
