//! Text rules shared by the domain and both faces: which characters a single-line
//! field refuses, what a country code is, and how stored text is made safe to
//! print on a terminal.

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
/// (U+202A–U+202E, U+2066–U+2069). They are not terminal escapes, but on screen they
/// reorder the text around them, so one attendee's name could make a list row read
/// as something else ("Trojan Source", CVE-2021-42574).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Uppercases and checks an ISO 3166-1 alpha-2 code. Errors with a message naming
/// the value.
pub fn normalise_country(s: &str) -> Result<String, String> {
    let up = s.trim().to_ascii_uppercase();
    if up.len() == 2 && isocountry::CountryCode::for_alpha2(&up).is_ok() {
        Ok(up)
    } else {
        Err(format!(
            "{:?} is not an ISO 3166-1 alpha-2 country code (like US, DE, GB)",
            sanitize_line(s)
        ))
    }
}

/// Makes stored text safe to draw or print on a terminal.
///
/// Every control character (see [`is_control`]) and bidirectional control (see
/// [`is_bidi_control`]) becomes U+FFFD REPLACEMENT CHARACTER, except that
/// `keep_newlines` keeps `\n` for multi-line text such as notes. Tabs become a single
/// space. No escape sequence can survive, because ESC (U+001B) and CSI (U+009B) are
/// both controls. Borrowed when nothing needed changing. Stored text itself is never
/// altered: this is for display only.
pub fn sanitize_for_terminal(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    let unsafe_char =
        |c: char| (is_control(c) || is_bidi_control(c)) && !(keep_newlines && c == '\n');
    let needs = s.chars().any(unsafe_char);
    if !needs {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' if keep_newlines => '\n',
                '\t' => ' ',
                c if is_control(c) || is_bidi_control(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

/// Single-line form of [`sanitize_for_terminal`]: newlines become U+FFFD too.
pub fn sanitize_line(s: &str) -> Cow<'_, str> {
    sanitize_for_terminal(s, false)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
