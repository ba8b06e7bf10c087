//! From scanned text to the logical content lines that `ical` can parse.
//!
//! `ical` 0.11 reads the corpus's vCard 3.0 and 4.0 cards correctly on its own,
//! but its line reader is not used for unfolding because, for badge scans:
//! - it splits on LF only, so a scanner set to send CR alone gives one long line
//!   and "missing header";
//! - it trims the end of every physical line before joining a fold, so a value
//!   folded just after a space ("Namen und␍␊ noch") becomes "Namen undnoch";
//! - it knows only the vCard 3.0/4.0 fold (CRLF + one blank, both removed), not
//!   vCard 2.1's (only the CRLF is removed, the blank stays) nor quoted-printable
//!   soft line breaks (`=` at the end of a line, next line not indented): the
//!   corpus's `vcard21-qp.vcf` fails with "missing property name" on `c=C3=ADa`;
//! - it rejects vCard 2.1's bare parameters (`EMAIL;INTERNET:`, `TEL;PREF;WORK:`)
//!   with "missing a = delimiter".
//!
//! So this module unfolds the lines itself and rewrites bare parameters into the
//! `TYPE=`/`ENCODING=` form that vCard 3.0 gave them; `ical` then only ever sees one
//! complete content line per line and does the BEGIN/END structure and the
//! name/parameter/value split.

use super::Version;

/// One unfolded content line and the physical line (1-based, counted from
/// `BEGIN:VCARD`) it starts on, for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct LogicalLine {
    pub(super) line: usize,
    pub(super) text: String,
}

/// The physical lines of `text`, whichever of CRLF, LF or CR ends them.
pub(super) fn physical_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(['\r', '\n']) {
        lines.push(&rest[..at]);
        let skip = if rest[at..].starts_with("\r\n") { 2 } else { 1 };
        rest = &rest[at + skip..];
    }
    lines.push(rest);
    lines
}

/// The value of the first `VERSION:` line, looked up before unfolding because the
/// version decides how to unfold.
pub(super) fn declared_version<'a>(lines: &[&'a str]) -> Option<&'a str> {
    lines.iter().find_map(|line| {
        let (name, value) = line.trim().split_once(':')?;
        name.trim()
            .eq_ignore_ascii_case("VERSION")
            .then(|| value.trim())
    })
}

/// Joins folded lines into logical lines.
///
/// - A line starting with a space or tab continues the previous one. vCard 3.0 and
///   4.0 (RFC 2425 §5.8.1, RFC 6350 §3.2) remove the line break and that one blank;
///   vCard 2.1 (§2.1.3) folds only where there already is white space and removes
///   just the line break.
/// - A quoted-printable value whose line ends in `=` continues on the next line
///   whatever that line starts with (RFC 2045 §6.7 soft line break); the `=` is
///   dropped. The next line is not taken if it is `END:VCARD`, so a stray `=` at
///   the end of the last value cannot swallow the end of the card.
///
/// Empty lines are dropped.
pub(super) fn unfold(lines: &[&str], version: Version) -> Vec<LogicalLine> {
    let mut out: Vec<LogicalLine> = Vec::new();
    for (index, &physical) in lines.iter().enumerate() {
        if physical.is_empty() {
            continue;
        }
        if let Some(current) = out.last_mut() {
            if soft_break_pending(&current.text) && !is_end_line(physical) {
                let keep = current.text.trim_end().len() - 1;
                current.text.truncate(keep);
                current.text.push_str(physical);
                continue;
            }
            if let Some(rest) = physical.strip_prefix([' ', '\t']) {
                if version == Version::V21 {
                    current.text.push_str(physical);
                } else {
                    current.text.push_str(rest);
                }
                continue;
            }
        }
        out.push(LogicalLine {
            line: index + 1,
            text: physical.to_owned(),
        });
    }
    out
}

fn is_end_line(physical: &str) -> bool {
    physical
        .trim()
        .split_once(':')
        .is_some_and(|(name, _)| name.trim().eq_ignore_ascii_case("END"))
}

/// The line is a quoted-printable property whose value (so far) ends in `=`.
fn soft_break_pending(text: &str) -> bool {
    let Some((header, value)) = split_header(text) else {
        return false;
    };
    value.trim_end().ends_with('=')
        && params(header).any(|param| {
            let value = param.split_once('=').map_or(param, |(key, value)| {
                if key.trim().eq_ignore_ascii_case("ENCODING") {
                    value
                } else {
                    ""
                }
            });
            value.trim().eq_ignore_ascii_case("QUOTED-PRINTABLE")
        })
}

/// Splits a content line at the first `:` outside double quotes into the header
/// (name and parameters) and the value.
pub(super) fn split_header(line: &str) -> Option<(&str, &str)> {
    let mut quoted = false;
    for (at, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return Some((&line[..at], &line[at + 1..])),
            _ => {}
        }
    }
    None
}

/// The property name of a content line, group prefix (`item1.`) removed, in
/// upper case; `None` when the line has no `:`.
pub(super) fn property_name(line: &str) -> Option<String> {
    let (header, _) = split_header(line)?;
    let name = header.split(';').next().unwrap_or_default().trim();
    let name = name.rsplit('.').next().unwrap_or(name);
    Some(name.to_ascii_uppercase())
}

/// The parameters of a header (everything after the name), split at `;`
/// outside double quotes.
fn params(header: &str) -> impl Iterator<Item = &str> {
    split_outside_quotes(header, ';').into_iter().skip(1)
}

fn split_outside_quotes(s: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (at, c) in s.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if c == sep && !quoted {
            parts.push(&s[start..at]);
            start = at + c.len_utf8();
        }
    }
    parts.push(&s[start..]);
    parts
}

/// Rewrites vCard 2.1 bare parameters into `KEY=VALUE` form so that `ical` accepts
/// them: an encoding name (`QUOTED-PRINTABLE`, `BASE64`, `8BIT`, `7BIT`) becomes
/// `ENCODING=…`, anything else (`INTERNET`, `PREF`, `WORK`) `TYPE=…`, which is what
/// vCard 2.1 §2.4 says a bare parameter means. Lines without bare parameters are
/// returned unchanged.
pub(super) fn with_named_params(line: &str) -> String {
    let Some((header, value)) = split_header(line) else {
        return line.to_owned();
    };
    let parts = split_outside_quotes(header, ';');
    let bare = |p: &&str| !p.trim().is_empty() && !p.contains('=');
    if !parts.iter().skip(1).any(bare) {
        return line.to_owned();
    }
    let mut out = String::with_capacity(line.len() + 16);
    for (index, part) in parts.iter().enumerate() {
        if index > 0 {
            out.push(';');
            if bare(part) {
                let is_encoding = ["QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"]
                    .iter()
                    .any(|e| part.trim().eq_ignore_ascii_case(e));
                out.push_str(if is_encoding { "ENCODING=" } else { "TYPE=" });
            }
        }
        out.push_str(part);
    }
    out.push(':');
    out.push_str(value);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: Vec<LogicalLine>) -> Vec<String> {
        lines.into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn every_line_end_splits_lines() {
        for text in ["A\r\nB\r\nC", "A\nB\nC", "A\rB\rC", "A\r\nB\rC"] {
            assert_eq!(physical_lines(text), ["A", "B", "C"], "{text:?}");
        }
        assert_eq!(physical_lines("A\r\n\r\nB\n"), ["A", "", "B", ""]);
        assert_eq!(physical_lines(""), [""]);
    }

    #[test]
    fn v3_folds_drop_one_blank_space_or_tab() {
        let lines = ["ORG:Namen und ", " noch l", "\tänger", "  x", "TITLE:T"];
        assert_eq!(
            texts(unfold(&lines, Version::V30)),
            ["ORG:Namen und noch länger x", "TITLE:T"]
        );
    }

    #[test]
    fn v21_folds_keep_the_blank() {
        let lines = ["ORG:Namen und", " noch", "\tmehr", "TITLE:T"];
        assert_eq!(
            texts(unfold(&lines, Version::V21)),
            ["ORG:Namen und noch\tmehr", "TITLE:T"]
        );
    }

    #[test]
    fn quoted_printable_soft_breaks_join_unindented_lines() {
        let lines = [
            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 Gar=",
            "c=C3=ADa=",
            " x",
            "NOTE;QUOTED-PRINTABLE:a=  ",
            "b",
            "ORG:ends in =",
            "TITLE:T",
        ];
        assert_eq!(
            texts(unfold(&lines, Version::V21)),
            [
                "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 Garc=C3=ADa x",
                "NOTE;QUOTED-PRINTABLE:ab",
                "ORG:ends in =",
                "TITLE:T",
            ]
        );
    }

    #[test]
    fn a_soft_break_never_swallows_end() {
        let lines = ["NOTE;ENCODING=QUOTED-PRINTABLE:x=", "END:VCARD"];
        assert_eq!(texts(unfold(&lines, Version::V21)).len(), 2);
    }

    #[test]
    fn line_numbers_point_at_the_first_physical_line() {
        let lines = ["BEGIN:VCARD", "", "ORG:a", " b", "TITLE:t"];
        let got = unfold(&lines, Version::V30);
        let numbers: Vec<usize> = got.iter().map(|l| l.line).collect();
        assert_eq!(numbers, [1, 3, 5]);
    }

    #[test]
    fn bare_parameters_get_names() {
        assert_eq!(
            with_named_params("EMAIL;INTERNET:a@x.org"),
            "EMAIL;TYPE=INTERNET:a@x.org"
        );
        assert_eq!(
            with_named_params("N;CHARSET=UTF-8;QUOTED-PRINTABLE:a=3Bb;c"),
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:a=3Bb;c"
        );
        assert_eq!(
            with_named_params("TEL;PREF;WORK:1;2"),
            "TEL;TYPE=PREF;TYPE=WORK:1;2"
        );
        assert_eq!(
            with_named_params(r#"X;LABEL="a;b:c":v"#),
            r#"X;LABEL="a;b:c":v"#
        );
        assert_eq!(with_named_params("no colon"), "no colon");
    }

    #[test]
    fn names_lose_groups_and_case() {
        assert_eq!(
            property_name("item1.email;type=pref:x").as_deref(),
            Some("EMAIL")
        );
        assert_eq!(property_name("End:vcard").as_deref(), Some("END"));
        assert_eq!(property_name("nothing"), None);
    }

    #[test]
    fn version_is_found_before_unfolding() {
        assert_eq!(
            declared_version(&["BEGIN:VCARD", " version : 2.1 "]),
            Some("2.1")
        );
        assert_eq!(declared_version(&["BEGIN:VCARD"]), None);
    }
}
