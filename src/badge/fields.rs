//! Turning decoded badge values into form values: shared by the MECARD and vCard
//! parsers so both fill the form the same way.

use crate::text::is_control;

/// A decoded value as a single-line form value: control characters (a decoded
/// `\n`, a tab, ESC) become spaces, because single-line fields refuse them; the
/// ends are trimmed; nothing left means `None`.
pub(super) fn clean(value: &str) -> Option<String> {
    let line: String = value
        .chars()
        .map(|c| if is_control(c) { ' ' } else { c })
        .collect();
    let trimmed = line.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// Splits a free-form full name (vCard `FN`, or a MECARD `N` written without the
/// comma) into `(first, last)` at the last run of whitespace. A single word goes
/// to the first name; nothing at all gives `(None, None)`.
///
/// "Prof. Dr. Käthe Müller" gives ("Prof. Dr. Käthe", "Müller"): the badge did
/// not say which words are titles, and staff can correct the form.
pub(super) fn split_full_name(full: &str) -> (Option<String>, Option<String>) {
    let Some(full) = clean(full) else {
        return (None, None);
    };
    match full.rfind(char::is_whitespace) {
        Some(at) => {
            let (first, last) = full.split_at(at);
            (clean(first), clean(last))
        }
        None => (Some(full), None),
    }
}

/// The ISO 3166-1 alpha-2 code for an address's country text, when it names
/// one country unambiguously ([`crate::country::code_for`]: codes, ISO names,
/// common names such as "Deutschland" or "Norge"); `None` otherwise, since a
/// guessed country would put a wrong one on a lead.
pub(super) fn country_code(text: &str) -> Option<String> {
    crate::country::code_for(&clean(text)?).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_turns_controls_into_spaces_and_trims() {
        assert_eq!(clean("  Head\nof\tR&D\u{1b} "), Some("Head of R&D".into()));
        assert_eq!(clean(" \r\n\t"), None);
        assert_eq!(clean(""), None);
    }

    #[test]
    fn full_names_split_at_the_last_space() {
        assert_eq!(
            split_full_name("Prof. Dr. Käthe Müller"),
            (Some("Prof. Dr. Käthe".into()), Some("Müller".into()))
        );
        assert_eq!(
            split_full_name("Wei\tChen "),
            (Some("Wei".into()), Some("Chen".into()))
        );
        assert_eq!(split_full_name("Madonna"), (Some("Madonna".into()), None));
        assert_eq!(split_full_name("   "), (None, None));
    }

    #[test]
    fn countries_from_codes_and_the_country_table() {
        assert_eq!(country_code("de"), Some("DE".into()));
        assert_eq!(country_code(" GBR "), Some("GB".into()));
        assert_eq!(country_code("germany"), Some("DE".into()));
        assert_eq!(country_code("Deutschland"), Some("DE".into()));
        assert_eq!(country_code("XX"), None);
        assert_eq!(country_code(""), None);
        // Two characters but not ASCII must not confuse the code lookup: "日本"
        // is Japan's own name in the one country table, "ÄÖ" nothing.
        assert_eq!(country_code("日本"), Some("JP".into()));
        assert_eq!(country_code("ÄÖ"), None);
    }
}
