//! Numbers as each language writes them for a reader (the HTML show report):
//! its decimal sign and its thousands separator. Data for machines (JSON, CSV)
//! keeps the plain form.

use super::Language;

/// How `lang` groups thousands and marks decimals: (group separator, decimal
/// sign, fewest integer digits that are grouped). German groups with a point,
/// French with a narrow no-break space (U+202F, as French typography and CLDR
/// have it), Spanish with a point from five digits on (CLDR: `1234` but
/// `12.345`).
fn style(lang: Language) -> (&'static str, char, usize) {
    match lang {
        Language::En => (",", '.', 4),
        Language::De => (".", ',', 4),
        Language::Fr => ("\u{202F}", ',', 4),
        Language::Es => (".", ',', 5),
    }
}

/// A count in `lang`: `12345` is `12,345`, `12.345`, `12 345`, `12.345`.
pub fn integer(lang: Language, n: u64) -> String {
    group(lang, &n.to_string())
}

/// A decimal in `lang`, with exactly the digits its shortest form has (a
/// percentage of `33.3` is `33,3` in German, `50.0` is `50`).
pub fn decimal(lang: Language, x: f64) -> String {
    let plain = x.to_string();
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let mut out = format!("{sign}{}", group(lang, whole));
    if let Some(f) = fraction {
        out.push(style(lang).1);
        out.push_str(f);
    }
    out
}

fn group(lang: Language, digits: &str) -> String {
    let (separator, _, from) = style(lang);
    if digits.len() < from || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.to_owned();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_and_marks_decimals_its_own_way() {
        let n = 1_234_567;
        assert_eq!(integer(Language::En, n), "1,234,567");
        assert_eq!(integer(Language::De, n), "1.234.567");
        assert_eq!(integer(Language::Fr, n), "1\u{202F}234\u{202F}567");
        assert_eq!(integer(Language::Es, n), "1.234.567");
        assert_eq!(integer(Language::Es, 1234), "1234");
        assert_eq!(integer(Language::Es, 12345), "12.345");
        assert_eq!(integer(Language::De, 999), "999");
        assert_eq!(integer(Language::En, 0), "0");
        assert_eq!(decimal(Language::En, 33.3), "33.3");
        assert_eq!(decimal(Language::De, 33.3), "33,3");
        assert_eq!(decimal(Language::Fr, 1234.5), "1\u{202F}234,5");
        assert_eq!(decimal(Language::Es, 50.0), "50");
        assert_eq!(decimal(Language::De, -0.5), "-0,5");
    }
}
