//! MECARD, the DoCoMo contact format for QR codes:
//! `MECARD:N:Lovelace,Ada;TEL:+441632960123;EMAIL:ada@example.org;;`.
//!
//! Fields are `NAME:value;`; the record ends with an empty field (`;;`). Values
//! escape `\;` `\,` `\:` and `\\`. `N` is "last,first"; `ADR` is the comma-separated
//! PO box, room, house number, city, prefecture, zip code and country. Other fields
//! (`SOUND`, `NOTE`, `URL`, `NICKNAME`, `BDAY`, vendor ones) are ignored. The first
//! non-empty `N`, `TEL`, `EMAIL`, `ORG`, `TITLE` and `ADR` win.

use super::fields::{clean, country_code, split_full_name};
use super::{BadgeError, BadgePrefill};

/// Parses what follows the `MECARD:` prefix (the caller has checked and removed
/// it, and trimmed the payload).
///
/// The record closes with `;;`; many badge printers end it after the last
/// field's single `;`, and the end of the scan then ends the record (the same
/// fields, nothing lost). A record cut inside a field (no `;` after its value)
/// is refused: that is how a truncated scan is told from a complete one. A
/// record without `N` is read when it carries something else for the form (an
/// email, a phone, a company).
pub(super) fn parse(body: &str) -> Result<BadgePrefill, BadgeError> {
    let mut prefill = BadgePrefill::default();
    let mut have_name = false;
    let mut rest = body;
    let mut number = 0;
    let mut last_escaped = false;
    loop {
        number += 1;
        let field_start = rest.trim_start();
        let closed = match field_start.strip_prefix(';') {
            // The empty field that closes the record.
            Some(after) if after.trim().is_empty() => true,
            Some(_) => return Err(BadgeError::MecardTrailingText),
            // The last field's `;`, then the end of the scan (unless that
            // value ended in an escaped `\;`: was a closing `;;` meant?).
            None => number > 1 && field_start.is_empty() && !last_escaped,
        };
        if closed {
            return if have_name || prefill != BadgePrefill::default() {
                Ok(prefill)
            } else {
                Err(BadgeError::MecardNoName)
            };
        }
        let (name, raw, after) = next_field(field_start, number)?;
        last_escaped = raw.ends_with("\\;");
        rest = after;
        let name = name.trim();
        if name.eq_ignore_ascii_case("N") {
            if !have_name {
                let (first, last) = split_name(raw);
                have_name = first.is_some() || last.is_some();
                prefill.first_name = first;
                prefill.last_name = last;
            }
        } else if name.eq_ignore_ascii_case("TEL") {
            prefill.phone = prefill.phone.or_else(|| clean(&unescape(raw)));
        } else if name.eq_ignore_ascii_case("EMAIL") {
            prefill.email = prefill.email.or_else(|| clean(&unescape(raw)));
        } else if name.eq_ignore_ascii_case("ORG") {
            prefill.company = prefill.company.or_else(|| clean(&unescape(raw)));
        } else if name.eq_ignore_ascii_case("TITLE") {
            prefill.job_title = prefill.job_title.or_else(|| clean(&unescape(raw)));
        } else if name.eq_ignore_ascii_case("ADR") && prefill.country.is_none() {
            // Only the country is a form field; DoCoMo puts it last, and free-form
            // addresses ("1 Main St, Springfield, USA") usually do too.
            prefill.country = split_unescaped(raw, ',')
                .into_iter()
                .rev()
                .find_map(|part| clean(&unescape(part)))
                .and_then(|last| country_code(&last));
        }
    }
}

/// Splits `NAME:value;rest` into the name, the still-escaped value and the rest.
fn next_field(input: &str, number: usize) -> Result<(&str, &str, &str), BadgeError> {
    let colon = input.find([':', ';']);
    let name_end = match colon.map(|at| (at, input.as_bytes()[at])) {
        Some((at, b':')) => at,
        Some(_) => return Err(BadgeError::MecardFieldWithoutColon { number }),
        None => return Err(BadgeError::MecardNotTerminated),
    };
    let value_and_rest = &input[name_end + 1..];
    let value_end = find_unescaped(value_and_rest, ';').ok_or(BadgeError::MecardNotTerminated)?;
    Ok((
        &input[..name_end],
        &value_and_rest[..value_end],
        &value_and_rest[value_end + 1..],
    ))
}

/// `N:last,first`. Without the comma, generators in the wild mean "First Last",
/// so it is split like a vCard `FN`.
fn split_name(raw: &str) -> (Option<String>, Option<String>) {
    match find_unescaped(raw, ',') {
        Some(at) => {
            let last = clean(&unescape(&raw[..at]));
            let first = clean(&unescape(&raw[at + 1..]));
            (first, last)
        }
        None => split_full_name(&unescape(raw)),
    }
}

/// Byte index of the first `sep` not escaped by a backslash.
fn find_unescaped(s: &str, sep: char) -> Option<usize> {
    let mut escaped = false;
    for (at, c) in s.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            c if c == sep => return Some(at),
            _ => {}
        }
    }
    None
}

/// `s` cut at every unescaped `sep`, still escaped.
fn split_unescaped(mut s: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    while let Some(at) = find_unescaped(s, sep) {
        parts.push(&s[..at]);
        s = &s[at + sep.len_utf8()..];
    }
    parts.push(s);
    parts
}

/// Resolves `\;` `\,` `\:` `\\`; any other backslash is kept as typed.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(e @ (';' | ',' | ':' | '\\')) => out.push(e),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_escape_is_resolved() {
        assert_eq!(unescape(r"a\;b\,c\:d\\e"), r"a;b,c:d\e");
        assert_eq!(unescape(r"C:\temp\"), r"C:\temp\");
        let p = parse(r"N:Doe\,Jr.,J\;o\:h\\n;ORG:A\;B\,C\:D\\E;;").unwrap();
        assert_eq!(p.last_name.as_deref(), Some("Doe,Jr."));
        assert_eq!(p.first_name.as_deref(), Some(r"J;o:h\n"));
        assert_eq!(p.company.as_deref(), Some(r"A;B,C:D\E"));
    }

    #[test]
    fn escaped_separator_does_not_end_a_field() {
        let p = parse(r"N:X,Y;TITLE:Ends with \;;EMAIL:x@example.org;;").unwrap();
        assert_eq!(p.job_title.as_deref(), Some("Ends with ;"));
        assert_eq!(p.email.as_deref(), Some("x@example.org"));
    }

    #[test]
    fn first_tel_and_email_win_and_empty_ones_are_skipped() {
        let p = parse("N:X,Y;TEL:;TEL:111;TEL:222;EMAIL:a@x.org;EMAIL:b@x.org;;").unwrap();
        assert_eq!(p.phone.as_deref(), Some("111"));
        assert_eq!(p.email.as_deref(), Some("a@x.org"));
    }

    #[test]
    fn unknown_and_ignored_fields_fill_nothing() {
        let p = parse(
            "N:Doe,Jane;SOUND:do,jein;NOTE:hi;URL:http\\://x.org;NICKNAME:JJ;\
             BDAY:19700101;X-FOO:bar;;",
        )
        .unwrap();
        assert_eq!(
            p,
            BadgePrefill {
                first_name: Some("Jane".into()),
                last_name: Some("Doe".into()),
                ..BadgePrefill::default()
            }
        );
    }

    #[test]
    fn field_names_are_case_insensitive_and_may_be_spaced() {
        let p = parse("n:Doe,Jane; email:j@x.org;\r\nTel:1;;").unwrap();
        assert_eq!(p.email.as_deref(), Some("j@x.org"));
        assert_eq!(p.phone.as_deref(), Some("1"));
    }

    #[test]
    fn name_without_comma_is_a_full_name() {
        let p = parse("N:Ada Lovelace;;").unwrap();
        assert_eq!(p.first_name.as_deref(), Some("Ada"));
        assert_eq!(p.last_name.as_deref(), Some("Lovelace"));
    }

    #[test]
    fn country_comes_from_the_last_address_part_when_it_is_a_country() {
        let docomo = parse("N:X,Y;ADR:,,1 Main St,Berlin,,10115,Germany;;").unwrap();
        assert_eq!(docomo.country.as_deref(), Some("DE"));
        let free = parse("N:X,Y;ADR:1 Main St\\, Springfield, USA;;").unwrap();
        assert_eq!(free.country.as_deref(), Some("US"));
        let unknown = parse("N:X,Y;ADR:1 Main St, Springfield;;").unwrap();
        assert_eq!(unknown.country, None);
    }

    #[test]
    fn a_record_ended_by_one_semicolon_and_the_scan_is_read() {
        // Issue 16: printers that end the last field with one `;` (the end of
        // the scan ends the record).
        let p = parse("N:Doe,Jane;EMAIL:jane@example.com;").unwrap();
        assert_eq!(p.first_name.as_deref(), Some("Jane"));
        assert_eq!(p.email.as_deref(), Some("jane@example.com"));
        assert_eq!(parse("N:Doe,Jane;EMAIL:jane@example.com;\r\n"), Ok(p));
        // Cut inside a field is still a truncated scan.
        assert_eq!(
            parse("N:Doe,Jane;EMAIL:jane@exa"),
            Err(BadgeError::MecardNotTerminated)
        );
    }

    #[test]
    fn a_record_without_a_name_prefills_what_it_carries() {
        let p = parse("TEL:+4930123456;EMAIL:a@x.org;;").unwrap();
        assert_eq!(p.phone.as_deref(), Some("+4930123456"));
        assert_eq!(p.email.as_deref(), Some("a@x.org"));
        assert_eq!(p.first_name, None);
    }

    #[test]
    fn malformed_records_are_errors() {
        for (body, want) in [
            ("N:Lovelace,Ada;ORG:Analyt", BadgeError::MecardNotTerminated),
            ("N:Lovelace,Ada", BadgeError::MecardNotTerminated),
            ("N:Lovelace,Ada\\;;", BadgeError::MecardNotTerminated),
            ("", BadgeError::MecardNotTerminated),
            ("N", BadgeError::MecardNotTerminated),
            (
                "N:X,Y;garbage;;",
                BadgeError::MecardFieldWithoutColon { number: 2 },
            ),
            ("N:X,Y;;MECARD:N:A,B;;", BadgeError::MecardTrailingText),
            ("NOTE:hello;;", BadgeError::MecardNoName),
            ("N:;;", BadgeError::MecardNoName),
            (";", BadgeError::MecardNoName),
        ] {
            assert_eq!(parse(body), Err(want), "{body:?}");
        }
    }
}
