//! Property values: transfer decoding (quoted-printable and its `CHARSET=`), the
//! text escapes, and structured values (`N`, `ORG`, `ADR`) split at `;`.

use std::fmt::Write as _;

use quoted_printable::ParseMode;

use super::super::BadgeError;

/// A property as `ical` returns it, with its name normalised.
pub(super) struct Prop<'a> {
    /// Upper case, group prefix removed.
    pub(super) name: String,
    pub(super) params: &'a [(String, Vec<String>)],
    pub(super) value: &'a str,
}

impl Prop<'_> {
    /// Every value of parameter `key` (upper case), commas inside quoted values
    /// split too, trimmed.
    pub(super) fn param(&self, key: &str) -> impl Iterator<Item = &str> {
        self.params
            .iter()
            .filter(move |(k, _)| k == key)
            .flat_map(|(_, values)| values.iter())
            .flat_map(|v| v.split(','))
            .map(|v| v.trim().trim_matches('"').trim())
    }

    /// Whether `TYPE` includes `wanted`, any case.
    pub(super) fn has_type(&self, wanted: &str) -> bool {
        self.param("TYPE").any(|t| t.eq_ignore_ascii_case(wanted))
    }

    /// The value after transfer decoding: quoted-printable is decoded and its bytes
    /// read in the declared `CHARSET`. Other values are already text (the scanner
    /// typed characters), so their `CHARSET` is moot.
    ///
    /// # Errors
    /// [`BadgeError::VCardUnsupportedEncoding`] for `BASE64`/`B` (binary, not a
    /// form value); the charset errors of [`decode_charset`].
    pub(super) fn decoded(&self) -> Result<String, BadgeError> {
        let encoding = self.param("ENCODING").next().unwrap_or_default();
        if encoding.is_empty()
            || encoding.eq_ignore_ascii_case("8BIT")
            || encoding.eq_ignore_ascii_case("7BIT")
        {
            return Ok(self.value.to_owned());
        }
        if !encoding.eq_ignore_ascii_case("QUOTED-PRINTABLE") {
            return Err(BadgeError::VCardUnsupportedEncoding {
                property: self.name.clone(),
                encoding: encoding.to_owned(),
            });
        }
        // The quoted_printable crate silently drops bytes outside ASCII; a writer
        // that left "é" unencoded meant the character, so encode it first.
        let mut ascii = String::with_capacity(self.value.len());
        for byte in self.value.bytes() {
            if byte.is_ascii() {
                ascii.push(char::from(byte));
            } else {
                // Writing to a String cannot fail.
                let _ = write!(ascii, "={byte:02X}");
            }
        }
        let bytes = quoted_printable::decode(ascii, ParseMode::Robust)
            .unwrap_or_else(|_| self.value.as_bytes().to_vec());
        decode_charset(&bytes, self.param("CHARSET").next(), &self.name)
    }
}

/// Reads decoded bytes as text in `charset`.
///
/// UTF-8 (and its subset US-ASCII), ISO-8859-1 and Windows-1252 are understood.
/// Without a `CHARSET`, UTF-8 is assumed and, when the bytes are not UTF-8,
/// Windows-1252 (which includes every printable ISO-8859-1 character): older
/// vCard 2.1 writers left the charset out and wrote their local 8-bit code page.
///
/// # Errors
/// [`BadgeError::VCardUnsupportedCharset`] for any other charset;
/// [`BadgeError::VCardInvalidText`] when the bytes are not valid UTF-8 although
/// UTF-8 was declared.
fn decode_charset(
    bytes: &[u8],
    charset: Option<&str>,
    property: &str,
) -> Result<String, BadgeError> {
    let Some(charset) = charset else {
        return Ok(String::from_utf8(bytes.to_vec()).unwrap_or_else(|_| windows_1252(bytes)));
    };
    let is = |names: &[&str]| names.iter().any(|n| charset.eq_ignore_ascii_case(n));
    if is(&["UTF-8", "UTF8", "US-ASCII", "ASCII"]) {
        String::from_utf8(bytes.to_vec()).map_err(|_| BadgeError::VCardInvalidText {
            property: property.to_owned(),
            charset: charset.to_owned(),
        })
    } else if is(&[
        "ISO-8859-1",
        "ISO8859-1",
        "ISO_8859-1",
        "LATIN1",
        "LATIN-1",
        "L1",
    ]) {
        Ok(bytes.iter().map(|&b| char::from(b)).collect())
    } else if is(&["WINDOWS-1252", "CP1252", "X-CP1252"]) {
        Ok(windows_1252(bytes))
    } else {
        Err(BadgeError::VCardUnsupportedCharset {
            property: property.to_owned(),
            charset: charset.to_owned(),
        })
    }
}

/// Windows-1252 as the WHATWG Encoding Standard maps it: ISO-8859-1 except that
/// 0x80–0x9F hold printable characters (€, curly quotes, Š…); its five unassigned
/// bytes stay C1 controls, which [`super::super::fields::clean`] turns to spaces.
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Resolves the text escapes `\\` `\,` `\;` `\:` and `\n`/`\N` (a line break).
/// vCard 2.1 only defines `\;`, but 2.1 writers escape the rest too; a backslash
/// before anything else is kept as typed.
pub(super) fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(e @ ('\\' | ',' | ';' | ':')) => out.push(e),
            Some('n' | 'N') => out.push('\n'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// A structured value (`N`, `ORG`, `ADR`) cut at each `;` not escaped by a
/// backslash, each component unescaped.
pub(super) fn components(raw: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (at, c) in raw.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            ';' => {
                parts.push(unescape(&raw[start..at]));
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(unescape(&raw[start..]));
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prop<'a>(params: &'a [(String, Vec<String>)], value: &'a str) -> Prop<'a> {
        Prop {
            name: "FN".into(),
            params,
            value,
        }
    }

    fn params(list: &[(&str, &str)]) -> Vec<(String, Vec<String>)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), vec![v.to_string()]))
            .collect()
    }

    #[test]
    fn quoted_printable_in_each_charset() {
        for (charset, encoded, want) in [
            ("UTF-8", "Jos=C3=A9", "José"),
            ("utf-8", "=E5=B1=B1=E7=94=B0", "山田"),
            ("ISO-8859-1", "Jos=E9 M=FCller", "José Müller"),
            ("latin1", "=DF", "ß"),
            ("WINDOWS-1252", "=80 =93q=94", "€ “q”"),
            ("US-ASCII", "a=3Db", "a=b"),
        ] {
            let p = params(&[("CHARSET", charset), ("ENCODING", "QUOTED-PRINTABLE")]);
            assert_eq!(prop(&p, encoded).decoded().unwrap(), want, "{charset}");
        }
    }

    #[test]
    fn quoted_printable_without_charset_falls_back_to_windows_1252() {
        let p = params(&[("ENCODING", "quoted-printable")]);
        assert_eq!(prop(&p, "Jos=C3=A9").decoded().unwrap(), "José");
        assert_eq!(prop(&p, "Jos=E9").decoded().unwrap(), "José");
    }

    #[test]
    fn raw_non_ascii_inside_quoted_printable_is_kept() {
        let p = params(&[("CHARSET", "UTF-8"), ("ENCODING", "QUOTED-PRINTABLE")]);
        assert_eq!(prop(&p, "Zoë =C3=A9").decoded().unwrap(), "Zoë é");
    }

    #[test]
    fn charset_without_encoding_changes_nothing() {
        let p = params(&[("CHARSET", "ISO-8859-1")]);
        assert_eq!(
            prop(&p, "Jos=E9 Müller").decoded().unwrap(),
            "Jos=E9 Müller"
        );
    }

    #[test]
    fn bad_encodings_and_charsets_are_errors() {
        let p = params(&[("ENCODING", "BASE64")]);
        assert!(matches!(
            prop(&p, "SGk=").decoded(),
            Err(BadgeError::VCardUnsupportedEncoding { .. })
        ));
        let p = params(&[("CHARSET", "KOI8-R"), ("ENCODING", "QUOTED-PRINTABLE")]);
        assert!(matches!(
            prop(&p, "=C1").decoded(),
            Err(BadgeError::VCardUnsupportedCharset { .. })
        ));
        let p = params(&[("CHARSET", "UTF-8"), ("ENCODING", "QUOTED-PRINTABLE")]);
        assert!(matches!(
            prop(&p, "=FF=FE").decoded(),
            Err(BadgeError::VCardInvalidText { .. })
        ));
    }

    #[test]
    fn every_text_escape() {
        assert_eq!(unescape(r"a\,b\;c\\d\ne\Nf\:g"), "a,b;c\\d\ne\nf:g");
        assert_eq!(unescape(r"C:\temp\"), r"C:\temp\");
    }

    #[test]
    fn components_split_only_at_unescaped_semicolons() {
        assert_eq!(
            components(r"Müller;Käthe;;Prof. Dr.;"),
            ["Müller", "Käthe", "", "Prof. Dr.", ""]
        );
        assert_eq!(
            components(r"Acme\; Widgets\, Inc.;R&D"),
            ["Acme; Widgets, Inc.", "R&D"]
        );
        assert_eq!(components(r"a\\;b"), ["a\\", "b"]);
        assert_eq!(components(""), [""]);
    }
}
