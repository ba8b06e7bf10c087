//! Text rules shared by the domain and both faces: which characters a single-line
//! field refuses, what a country code is, how stored text is made safe to print
//! on a terminal (the one sanitiser, [`sanitize_for_terminal`]), how JSON for a
//! terminal escapes what a terminal would act on ([`json_line`]), and which
//! spreadsheet cells are formulas ([`neutralise_formula`]).

use std::borrow::Cow;

/// True for the characters Unicode classes as controls (general category `Cc`):
/// C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F). These are the ones a
/// terminal may interpret (ESC starts an escape sequence, CSI is U+009B).
pub fn is_control(c: char) -> bool {
    c.is_control()
}

/// The first control character in `s` and its character index, if any.
///
/// Single-line fields (names, company, job title, email, phone, country) refuse
/// these; everything else in Unicode is accepted and stored byte for byte.
pub fn first_control(s: &str) -> Option<(usize, char)> {
    s.chars().enumerate().find(|&(_, c)| is_control(c))
}

/// True for the Unicode bidirectional embedding, override and isolate controls
/// (U+202A–U+202E, U+2066–U+2069) and the direction marks (LRM U+200E, RLM
/// U+200F, ALM U+061C). They are not terminal escapes, but on screen they
/// reorder the text around them, so one attendee's name could make a list row read
/// as something else ("Trojan Source", CVE-2021-42574).
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// True for the characters that take no room on screen and show nothing: the
/// zero-width space, non-joiner and joiner (U+200B–U+200D), the word joiner and
/// invisible operators (U+2060–U+2064), the byte-order mark / zero-width no-break
/// space (U+FEFF), the Mongolian vowel separator (U+180E) and the soft hyphen
/// (U+00AD). Two strings that differ only by these look the same: an email with
/// one defeats deduplication, a folder name with one hides what it is.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}' | '\u{00AD}'
    )
}

/// The first character of `s` a terminal would act on or hide (a control, a bidi
/// control, an invisible character) and its character index, if any.
pub fn first_unseen(s: &str) -> Option<(usize, char)> {
    s.chars()
        .enumerate()
        .find(|&(_, c)| is_control(c) || is_bidi_control(c) || is_invisible(c))
}

/// The first character of `s` that [`sanitize_line`] would not show as it is
/// (a control, a bidi control, an invisible character that is not part of the
/// writing) and its character index, if any. Wording an attendee agrees to is
/// recorded byte for byte: where this finds one, the screen would show other
/// text than the record holds.
pub fn first_shown_otherwise(s: &str) -> Option<(usize, char)> {
    let mut before = None;
    let mut chars = s.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        let flagged = is_control(c) || is_bidi_control(c) || is_invisible(c);
        if flagged && !(is_invisible(c) && joins_writing(before, c, chars.peek().map(|&(_, n)| n)))
        {
            return Some((i, c));
        }
        before = Some(c);
    }
    None
}

/// Whether the invisible character `c` between `before` and `after` is part of
/// the writing itself, not a way to hide something: a zero-width joiner inside
/// an emoji sequence (👩‍👩‍👦), a zero-width non-joiner between letters (Persian,
/// Hindi). Those are shown as they are.
fn joins_writing(before: Option<char>, c: char, after: Option<char>) -> bool {
    let pictograph =
        |c: Option<char>| c.is_some_and(|c| c as u32 >= 0x2000 && !c.is_alphanumeric());
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_alphabetic() && !c.is_ascii());
    match c {
        '\u{200D}' => {
            (pictograph(before) || before == Some('\u{FE0F}')) && pictograph(after)
                || letter(before) && letter(after)
        }
        '\u{200C}' => letter(before) && letter(after),
        _ => false,
    }
}

/// Text compared without case or accents: NFKD, combining marks dropped,
/// letters that do not decompose spelt in Latin (ł -> l, ø -> o, ß -> ss),
/// lowercased, trimmed ("Żółkiewski" -> "zolkiewski", "Zoë" -> "zoe").
pub fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut out = String::with_capacity(s.len());
    for c in s.trim().nfkd().filter(|c| !is_combining_mark(*c)) {
        for l in c.to_lowercase() {
            match l {
                'ł' => out.push('l'),
                'ø' => out.push('o'),
                'đ' | 'ð' => out.push('d'),
                'ħ' => out.push('h'),
                'ı' => out.push('i'),
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                'þ' => out.push_str("th"),
                other => out.push(other),
            }
        }
    }
    out
}

/// Makes stored text safe to draw or print on a terminal: the one sanitiser of
/// both faces.
///
/// Every control character (see [`is_control`]), bidirectional control (see
/// [`is_bidi_control`]) and invisible character (see [`is_invisible`]) becomes
/// U+FFFD REPLACEMENT CHARACTER, a visible mark in its place, except that
/// `keep_newlines` keeps `\n` for multi-line text such as notes, and a joiner
/// that is part of the writing (an emoji sequence, Persian) stays. Tabs become a
/// single space. No escape sequence can survive, because ESC (U+001B) and CSI
/// (U+009B) are both controls, and a CR cannot return to overwrite a line.
/// Borrowed when nothing needed changing. Stored text itself is never altered:
/// this is for display only.
pub fn sanitize_for_terminal(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    let flagged = |c: char| is_control(c) || is_bidi_control(c) || is_invisible(c);
    let needs = s
        .chars()
        .any(|c| flagged(c) && !(keep_newlines && c == '\n'));
    if !needs {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut before = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let shown = match c {
            '\n' if keep_newlines => '\n',
            '\t' => ' ',
            c if is_invisible(c) && joins_writing(before, c, chars.peek().copied()) => c,
            c if flagged(c) => '\u{FFFD}',
            c => c,
        };
        out.push(shown);
        before = Some(c);
    }
    Cow::Owned(out)
}

/// Single-line form of [`sanitize_for_terminal`]: newlines become U+FFFD too.
pub fn sanitize_line(s: &str) -> Cow<'_, str> {
    sanitize_for_terminal(s, false)
}

/// Whether JSON written for a terminal must escape `c` (as `\uXXXX`): serde_json
/// escapes C0 controls and quotes; DEL, C1 controls, bidi controls, invisible
/// characters and the Unicode line and paragraph separators (which some
/// terminals and editors treat as line breaks) would reach the terminal raw.
fn json_escapes(c: char) -> bool {
    // A line feed only ever stands between tokens (pretty output): inside a
    // string serde_json writes `\n`.
    (is_control(c) && c != '\n')
        || is_bidi_control(c)
        || is_invisible(c)
        || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Escapes, in JSON text, the characters of [`json_escapes`] as `\uXXXX`. Only
/// string contents can hold them (JSON's structure is ASCII), so the result is
/// the same JSON value, byte-safe for a terminal. Borrowed when nothing needed
/// escaping (plain ASCII always is).
pub fn escape_json_text(json: &str) -> Cow<'_, str> {
    if json.is_ascii() && !json.contains('\u{7f}') || !json.chars().any(json_escapes) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if json_escapes(c) {
            // Every such character is in the Basic Multilingual Plane.
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `value` as one line of JSON (no newline) with [`escape_json_text`] applied:
/// what `leads list --json` prints and a batch's `leads.jsonl` holds, one
/// function so the two stay byte for byte the same.
pub fn json_line<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let json = serde_json::to_string(value)?;
    Ok(match escape_json_text(&json) {
        Cow::Borrowed(_) => json,
        Cow::Owned(escaped) => escaped,
    })
}

/// The characters that make a spreadsheet (Excel, LibreOffice, Google Sheets)
/// treat a cell as a formula: `=`, `+`, `-`, `@`, their full-width (U+FF1D,
/// U+FF0B, U+FF0D, U+FF20) and small (U+FE66, U+FE62, U+FE63, U+FE6B) forms, the
/// minus sign U+2212, tab and carriage return.
fn starts_formula(c: char) -> bool {
    matches!(
        c,
        '=' | '+'
            | '-'
            | '@'
            | '\t'
            | '\r'
            | '\u{FF1D}'
            | '\u{FF0B}'
            | '\u{FF0D}'
            | '\u{FF20}'
            | '\u{FE66}'
            | '\u{FE62}'
            | '\u{FE63}'
            | '\u{FE6B}'
            | '\u{2212}'
    )
}

/// Blanks a spreadsheet skips before it looks for a formula: spaces (the
/// no-break space included), line feeds and the invisible characters of
/// [`is_invisible`] (a zero-width space, a byte-order mark).
fn skipped_before_formula(c: char) -> bool {
    c == ' ' || c == '\n' || c.is_whitespace() && c != '\t' && c != '\r' || is_invisible(c)
}

/// The error and its causes on one line, `: `-separated, leaving out a cause whose
/// text the line already holds (many error types repeat their source's message).
pub fn error_line(e: &(dyn std::error::Error + 'static)) -> String {
    let mut line = String::new();
    let mut cause = Some(e);
    while let Some(c) = cause {
        let text = c.to_string();
        if !line.contains(&text) {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(&text);
        }
        cause = c.source();
    }
    line
}

/// `'` + `cell` when `cell` starts a formula (see [`starts_formula`]), also
/// after leading blanks ([`skipped_before_formula`]); else `cell` unchanged. The
/// one rule for every CSV file leadbooth writes (a batch's `leads.csv`, the CRM
/// file): a spreadsheet shows the quoted cell as text.
pub fn neutralise_formula(cell: &str) -> Cow<'_, str> {
    let first = cell.chars().find(|&c| !skipped_before_formula(c));
    if first.is_some_and(starts_formula) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_spells_letters_without_a_decomposition_in_latin() {
        assert_eq!(fold("Żółkiewski"), "zolkiewski");
        assert_eq!(fold("MÜLLER"), "muller");
        assert_eq!(fold("Søren Straße"), "soren strasse");
    }

    #[test]
    fn escape_sequences_cannot_survive() {
        let hostile = "A\u{1b}[31mred\u{9b}2J\u{7}\u{0}";
        let safe = sanitize_line(hostile);
        assert!(!safe.chars().any(char::is_control), "{safe:?}");
        assert_eq!(safe, "A\u{FFFD}[31mred\u{FFFD}2J\u{FFFD}\u{FFFD}");
    }

    #[test]
    fn newlines_kept_only_when_asked() {
        assert_eq!(sanitize_for_terminal("a\nb", true), "a\nb");
        assert_eq!(sanitize_for_terminal("a\nb", false), "a\u{FFFD}b");
        assert!(matches!(sanitize_line("Zoë 山田"), Cow::Borrowed(_)));
    }

    #[test]
    fn bidi_overrides_are_replaced_for_display() {
        assert_eq!(sanitize_line("a\u{202e}b\u{2066}c"), "a\u{FFFD}b\u{FFFD}c");
    }

    #[test]
    fn first_control_reports_position() {
        assert_eq!(first_control("ab\u{1b}c"), Some((2, '\u{1b}')));
        assert_eq!(first_control("Ünïcödé \u{202e} text"), None);
    }

    #[test]
    fn invisible_characters_are_made_visible_but_writing_joiners_stay() {
        assert_eq!(
            sanitize_line("ann\u{200b}@x\u{feff}.org\u{ad}"),
            "ann\u{FFFD}@x\u{FFFD}.org\u{FFFD}"
        );
        assert_eq!(sanitize_line("a\u{200e}b\u{61c}"), "a\u{FFFD}b\u{FFFD}");
        let family = "👩\u{200d}👩\u{200d}👦";
        assert_eq!(sanitize_line(family), family);
        let persian = "می\u{200c}خواهم";
        assert_eq!(sanitize_line(persian), persian);
        assert_eq!(sanitize_line("a\u{200d}b"), "a\u{FFFD}b");
        assert_eq!(sanitize_line("\u{200c}x"), "\u{FFFD}x");
        assert_eq!(first_unseen("ab\u{2060}"), Some((2, '\u{2060}')));
        assert_eq!(first_unseen("Zoë 山田"), None);
    }

    #[test]
    fn shown_otherwise_is_what_the_sanitiser_changes() {
        for s in [
            "Send me news",
            "Send\u{202e}me",
            "a\u{200d}b",
            "👩\u{200d}👩\u{200d}👦",
            "می\u{200c}خواهم",
            "שלום עולם",
            "x\ty",
            "\u{200c}x",
            "ok\u{feff}",
            "Zoë 山田",
        ] {
            assert_eq!(
                first_shown_otherwise(s).is_none(),
                sanitize_line(s) == s,
                "{s:?}"
            );
        }
        assert_eq!(first_shown_otherwise("ab\u{202e}c"), Some((2, '\u{202e}')));
    }

    #[test]
    fn a_cr_cannot_return_to_overwrite_the_line() {
        let s = sanitize_line("folder\rSummary: all fine");
        assert!(!s.contains('\r'), "{s}");
    }

    #[test]
    fn json_escapes_what_a_terminal_would_act_on_and_stays_the_same_value() {
        let value = serde_json::json!({"a": "x\u{9b}2J\u{202e}y\u{200b}\u{2028}\u{7f}z\u{1b}", "b": "Zoë 👩\u{200d}👦"});
        let line = json_line(&value).unwrap();
        assert!(line.is_ascii() || !line.chars().any(json_escapes), "{line}");
        assert!(line.contains("\\u009b") && line.contains("\\u202e") && line.contains("\\u007f"));
        assert!(line.contains("Zoë 👩\\u200d👦"), "{line}");
        let back: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(back, value);
        assert!(matches!(
            escape_json_text("{\"a\":\"plain\"}"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn formula_starts_and_their_look_alikes_are_neutralised() {
        for bad in [
            "=1+1",
            "+1",
            "-1",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "＝1",
            "＋1",
            "－1",
            "＠x",
            "\u{2212}1",
            "  =1",
            "\u{a0}=1",
            "\u{200b}=1",
            "\u{feff}=1",
            " \u{a0}\u{200b}@x",
            "\u{fe62}1",
            "\u{fe63}1",
            "\u{fe66}1",
            "\u{fe6b}x",
            "\n=1",
        ] {
            assert_eq!(neutralise_formula(bad), format!("'{bad}"), "{bad:?}");
        }
        for fine in ["", "Zoë", "a=b", "'quoted", "1-2", "  plain", "\u{200b}"] {
            assert!(
                matches!(neutralise_formula(fine), Cow::Borrowed(_)),
                "{fine:?}"
            );
        }
    }
}
