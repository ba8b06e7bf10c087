//! vCard 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350) badge payloads.
//!
//! [`lines`] turns the scanned text into unfolded content lines (where `ical`'s own
//! reader falls short, see there); the `ical` crate's vCard parser then checks the
//! `BEGIN:VCARD`…`END` structure and splits each line into name, parameters and
//! value; [`value`] decodes values; this module picks the form fields.

mod lines;
mod value;

use ical::parser::ParserError;
use ical::property::{Property, PropertyError};

use self::lines::LogicalLine;
use self::value::{Prop, components, unescape};
use super::fields::{clean, country_code, split_full_name};
use super::{BadgeError, BadgePrefill};

/// The vCard versions whose folding rules differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Version {
    V21,
    /// 3.0 and 4.0 fold the same way; a card without `VERSION` is read as 3.0.
    V30,
}

/// Parses a whole vCard, starting at its `BEGIN:VCARD` line (the caller has
/// checked that and trimmed the payload).
pub(super) fn parse(text: &str) -> Result<BadgePrefill, BadgeError> {
    let physical = lines::physical_lines(text);
    let version = match lines::declared_version(&physical) {
        Some("2.1") => Version::V21,
        Some("3.0" | "4.0") | None => Version::V30,
        Some(other) => return Err(BadgeError::VCardUnsupportedVersion(other.to_owned())),
    };
    let logical = lines::unfold(&physical, version);
    check_ends_once(&logical)?;

    let mut fed = String::with_capacity(text.len());
    for line in &logical {
        fed.push_str(&lines::with_named_params(&line.text));
        fed.push('\n');
    }
    let contact = match ical::VcardParser::new(fed.as_bytes()).next() {
        Some(Ok(contact)) => contact,
        Some(Err(err)) => return Err(parser_error(err, &logical)),
        None => return Err(BadgeError::VCardNotTerminated),
    };
    fill(&contact.properties)
}

/// `ical` stops at the first `END`, whatever its value, and ignores what follows.
/// A scan cut short can end in `END:VCAR`, and a second card or stray text after
/// `END:VCARD` means two scans ran together or the scan is damaged; both are
/// refused here.
fn check_ends_once(logical: &[LogicalLine]) -> Result<(), BadgeError> {
    let end = logical
        .iter()
        .position(|l| lines::property_name(&l.text).as_deref() == Some("END"));
    let Some(at) = end else {
        return Err(BadgeError::VCardNotTerminated);
    };
    let value = lines::split_header(&logical[at].text).map_or("", |(_, value)| value);
    if !value.trim().eq_ignore_ascii_case("VCARD") {
        return Err(BadgeError::VCardNotTerminated);
    }
    if at + 1 < logical.len() {
        return Err(BadgeError::VCardTrailingText);
    }
    Ok(())
}

/// Maps an `ical` error to ours, with `ical`'s line number (one per logical line
/// fed to it) turned back into the scanned line number.
fn parser_error(err: ParserError, logical: &[LogicalLine]) -> BadgeError {
    let (fed_line, reason) = match err {
        ParserError::MissingHeader => return BadgeError::VCardMissingBegin,
        ParserError::NotComplete => return BadgeError::VCardNotTerminated,
        ParserError::InvalidComponent => return BadgeError::VCardNestedComponent,
        ParserError::PropertyError(err) => match err {
            PropertyError::MissingName { line } => (line, "no property name before ':'".into()),
            PropertyError::MissingClosingQuote { line } => {
                (line, "a parameter value has no closing '\"'".into())
            }
            PropertyError::MissingDelimiter { line, delimiter } => {
                (line, format!("a parameter has no '{delimiter}'"))
            }
            PropertyError::MissingContentAfter { line, letter } => {
                (line, format!("nothing follows '{letter}' in a parameter"))
            }
            PropertyError::MissingParamKey { line } => (line, "a parameter has no name".into()),
        },
    };
    let line = fed_line
        .checked_sub(1)
        .and_then(|index| logical.get(index))
        .map_or(fed_line, |l| l.line);
    BadgeError::VCardMalformedLine { line, reason }
}

/// Picks the form fields from the parsed properties.
fn fill(properties: &[Property]) -> Result<BadgePrefill, BadgeError> {
    let props: Vec<Prop<'_>> = properties
        .iter()
        .map(|p| Prop {
            name: {
                let name = p.name.rsplit('.').next().unwrap_or(&p.name);
                name.trim().to_ascii_uppercase()
            },
            params: p.params.as_deref().unwrap_or_default(),
            value: p.value.as_deref().unwrap_or_default(),
        })
        .collect();
    let named = |name: &'static str| props.iter().filter(move |p| p.name == name);

    let mut prefill = BadgePrefill::default();
    if let Some(n) = named("N").next() {
        let parts = components(&n.decoded()?);
        prefill.last_name = parts.first().and_then(|s| clean(s));
        prefill.first_name = parts.get(1).and_then(|s| clean(s));
    }
    if prefill.first_name.is_none()
        && prefill.last_name.is_none()
        && let Some(fn_) = named("FN").next()
    {
        (prefill.first_name, prefill.last_name) = split_full_name(&unescape(&fn_.decoded()?));
    }

    if let Some(org) = named("ORG").next() {
        let units: Vec<String> = components(&org.decoded()?)
            .iter()
            .filter_map(|s| clean(s))
            .collect();
        prefill.company = (!units.is_empty()).then(|| units.join(", "));
    }
    for title in named("TITLE") {
        prefill.job_title = clean(&unescape(&title.decoded()?));
        if prefill.job_title.is_some() {
            break;
        }
    }

    let mut emails = Vec::new();
    for p in named("EMAIL") {
        if let Some(email) = clean(&unescape(&p.decoded()?)) {
            emails.push((pref_rank(p), email));
        }
    }
    prefill.email = best(emails);

    let mut phones = Vec::new();
    for p in named("TEL") {
        if let Some(phone) = phone_value(p)? {
            let not_voice = ["FAX", "PAGER", "MODEM"].iter().any(|t| p.has_type(t));
            phones.push(((not_voice, pref_rank(p)), phone));
        }
    }
    prefill.phone = best(phones);

    let mut countries = Vec::new();
    for p in named("ADR") {
        let parts = components(&p.decoded()?);
        if let Some(code) = parts.get(6).and_then(|c| country_code(c)) {
            countries.push((pref_rank(p), code));
        }
    }
    prefill.country = best(countries);

    // A card without a name still prefills what it carries (a phone, an
    // email); one that carries nothing for the form is refused.
    if prefill == BadgePrefill::default() {
        return Err(BadgeError::VCardNoName);
    }
    Ok(prefill)
}

/// The value with the lowest key; the first of equals.
fn best<K: Ord>(candidates: Vec<(K, String)>) -> Option<String> {
    let mut best: Option<(K, String)> = None;
    for (key, value) in candidates {
        if best.as_ref().is_none_or(|(k, _)| key < *k) {
            best = Some((key, value));
        }
    }
    best.map(|(_, value)| value)
}

/// How preferred a property is, lower first: vCard 4.0 `PREF=1`…`100`; `TYPE=PREF`
/// (3.0, and 2.1's bare `PREF`) counts as 1; no preference is 101.
fn pref_rank(p: &Prop<'_>) -> u8 {
    if let Some(n) = p.param("PREF").find_map(|v| v.parse::<u8>().ok()) {
        return n.clamp(1, 100);
    }
    if p.has_type("PREF") { 1 } else { 101 }
}

/// A `TEL` value as the phone field wants it. A vCard 4.0 `VALUE=uri` is a
/// `tel:` URI (RFC 3966): the scheme is dropped and an `;ext=` parameter becomes
/// " ext. N"; other URI parameters are dropped, and other schemes (`sip:`) are not
/// phone numbers, giving `None`. A text value has its escapes resolved; a leading
/// `tel:` on it is dropped too, as some writers omit `VALUE=uri`.
fn phone_value(p: &Prop<'_>) -> Result<Option<String>, BadgeError> {
    let is_uri = p.param("VALUE").any(|v| v.eq_ignore_ascii_case("uri"));
    let text = if is_uri {
        p.value.to_owned()
    } else {
        unescape(&p.decoded()?)
    };
    let text = text.trim();
    let uri = text
        .get(..4)
        .filter(|scheme| scheme.eq_ignore_ascii_case("tel:"))
        .map(|_| &text[4..]);
    let Some(uri) = uri else {
        return Ok(if is_uri { None } else { clean(text) });
    };
    let mut parts = uri.split(';');
    let number = parts.next().unwrap_or_default();
    let ext = parts.find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.eq_ignore_ascii_case("ext").then_some(value)
    });
    Ok(match ext.and_then(clean) {
        Some(ext) => clean(&format!("{number} ext. {ext}")),
        None => clean(number),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(lines: &[&str]) -> String {
        let mut text = String::from("BEGIN:VCARD\r\n");
        for line in lines {
            text.push_str(line);
            text.push_str("\r\n");
        }
        text.push_str("END:VCARD");
        text
    }

    fn ok(lines: &[&str]) -> BadgePrefill {
        let text = card(lines);
        parse(&text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
    }

    #[test]
    fn the_preferred_tel_and_email_win_in_every_version() {
        for (version, pref) in [
            ("2.1", "TEL;PREF;WORK:222"),
            ("2.1", "TEL;TYPE=PREF:222"),
            ("3.0", "TEL;TYPE=WORK,PREF:222"),
            ("3.0", "TEL;TYPE=work;TYPE=pref:222"),
            ("3.0", "TEL;TYPE=\"work,pref\":222"),
            ("4.0", "TEL;PREF=1:222"),
            ("4.0", "TEL;TYPE=work;PREF=3:222"),
        ] {
            let p = ok(&[
                &format!("VERSION:{version}"),
                "FN:A B",
                "TEL:111",
                pref,
                "TEL:333",
            ]);
            assert_eq!(p.phone.as_deref(), Some("222"), "{pref}");
        }
        let p = ok(&[
            "VERSION:4.0",
            "FN:A B",
            "EMAIL;PREF=50:b@x.org",
            "EMAIL;PREF=2:c@x.org",
            "EMAIL:a@x.org",
        ]);
        assert_eq!(p.email.as_deref(), Some("c@x.org"));
    }

    #[test]
    fn without_pref_the_first_wins_and_fax_comes_last() {
        let p = ok(&[
            "FN:A B",
            "TEL:111",
            "TEL:222",
            "EMAIL:a@x.org",
            "EMAIL:b@x.org",
        ]);
        assert_eq!(p.phone.as_deref(), Some("111"));
        assert_eq!(p.email.as_deref(), Some("a@x.org"));
        let p = ok(&["FN:A B", "TEL;TYPE=FAX,PREF:111", "TEL;TYPE=CELL:222"]);
        assert_eq!(p.phone.as_deref(), Some("222"));
        let p = ok(&["FN:A B", "TEL;TYPE=FAX:111"]);
        assert_eq!(p.phone.as_deref(), Some("111"));
    }

    #[test]
    fn empty_values_never_win() {
        let p = ok(&[
            "FN:A B",
            "EMAIL;TYPE=PREF:",
            "EMAIL:a@x.org",
            "TITLE:",
            "TITLE:CTO",
        ]);
        assert_eq!(p.email.as_deref(), Some("a@x.org"));
        assert_eq!(p.job_title.as_deref(), Some("CTO"));
    }

    #[test]
    fn tel_uris_lose_their_scheme() {
        for (line, want) in [
            (
                "TEL;VALUE=uri;TYPE=work:tel:+1-555-0100",
                Some("+1-555-0100"),
            ),
            ("TEL;VALUE=URI:TEL:+1-555-0100", Some("+1-555-0100")),
            (
                "TEL;VALUE=uri:tel:+1-201-555-0123;ext=123",
                Some("+1-201-555-0123 ext. 123"),
            ),
            ("TEL;VALUE=uri:tel:0100;phone-context=+1555", Some("0100")),
            ("TEL:tel:+44 20 7946 0000", Some("+44 20 7946 0000")),
            ("TEL;VALUE=uri:sip:wei@example.com", None),
            ("TEL;VALUE=uri:tel:", None),
        ] {
            assert_eq!(ok(&["FN:A B", line]).phone.as_deref(), want, "{line}");
        }
    }

    #[test]
    fn n_components_and_fn_fallback() {
        let p = ok(&["N:Müller;Käthe;Maria;Prof. Dr.;MdB", "FN:ignored name"]);
        assert_eq!(p.first_name.as_deref(), Some("Käthe"));
        assert_eq!(p.last_name.as_deref(), Some("Müller"));
        let p = ok(&["N:;;;;", "FN:Wei Chen"]);
        assert_eq!(p.first_name.as_deref(), Some("Wei"));
        assert_eq!(p.last_name.as_deref(), Some("Chen"));
        let p = ok(&["FN:Prof. Dr. Käthe M\\,üller"]);
        assert_eq!(p.first_name.as_deref(), Some("Prof. Dr. Käthe"));
        assert_eq!(p.last_name.as_deref(), Some("M,üller"));
        let p = ok(&["N:Chen", "EMAIL:w@x.org"]);
        assert_eq!((p.first_name, p.last_name.as_deref()), (None, Some("Chen")));
    }

    #[test]
    fn org_units_are_joined_with_commas() {
        let p = ok(&["FN:A B", "ORG:Acme\\, Inc.;Research;;Lab 3"]);
        assert_eq!(p.company.as_deref(), Some("Acme, Inc., Research, Lab 3"));
        let p = ok(&["FN:A B", "ORG:;"]);
        assert_eq!(p.company, None);
    }

    #[test]
    fn escapes_become_single_line_text() {
        let p = ok(&["FN:A B", "TITLE:Head of R\\;D\\nand Ops\\\\QA"]);
        assert_eq!(p.job_title.as_deref(), Some("Head of R;D and Ops\\QA"));
    }

    #[test]
    fn grouped_and_lowercase_properties_count() {
        let p = ok(&["item1.n:Doe;Jane", "item2.email;type=internet:j@x.org"]);
        assert_eq!(p.last_name.as_deref(), Some("Doe"));
        assert_eq!(p.email.as_deref(), Some("j@x.org"));
    }

    #[test]
    fn country_from_the_preferred_address() {
        let p = ok(&[
            "FN:A B",
            "ADR;TYPE=home:;;1 Rue;Paris;;75001;France",
            "ADR;TYPE=work,pref:;;Unter den Linden 1;Berlin;;10117;DE",
        ]);
        assert_eq!(p.country.as_deref(), Some("DE"));
        let p = ok(&["FN:A B", "ADR:;;1 Main St;Springfield;;;Freedonia"]);
        assert_eq!(p.country, None);
    }

    #[test]
    fn a_card_without_a_name_prefills_what_it_carries() {
        // Issue 16: a phone-only card was refused outright.
        let p = ok(&["TEL;TYPE=cell:+47 912 34 567"]);
        assert_eq!(p.phone.as_deref(), Some("+47 912 34 567"));
        assert_eq!(p.first_name, None);
        let p = ok(&["EMAIL:a@x.org", "ORG:Acme"]);
        assert_eq!(p.email.as_deref(), Some("a@x.org"));
        assert_eq!(p.company.as_deref(), Some("Acme"));
    }

    #[test]
    fn country_names_in_the_address_set_the_country() {
        for (name, code) in [
            ("Deutschland", "DE"),
            ("Germany", "DE"),
            ("Norge", "NO"),
            ("France", "FR"),
            ("España", "ES"),
            ("ÖSTERREICH", "AT"),
            ("United Kingdom", "GB"),
        ] {
            let adr = format!("ADR:;;1 Street;City;;12345;{name}");
            let p = ok(&["FN:A B", &adr]);
            assert_eq!(p.country.as_deref(), Some(code), "{name}");
        }
    }

    #[test]
    fn every_country_name_in_the_table_sets_the_country_from_an_address() {
        for (code, name) in crate::country::entries() {
            // The vCard's own escapes: a name with a comma or ';' is written escaped.
            let escaped = name.replace(',', "\\,").replace(';', "\\;");
            let adr = format!("ADR:;;1 Street;City;;12345;{escaped}");
            let p = ok(&["FN:A B", &adr]);
            assert_eq!(p.country.as_deref(), Some(code), "{name}");
        }
    }

    #[test]
    fn broken_cards_are_errors() {
        for (text, want) in [
            ("BEGIN:VCARD\r\nFN:A B\r\n", BadgeError::VCardNotTerminated),
            ("BEGIN:VCARD", BadgeError::VCardNotTerminated),
            (
                "BEGIN:VCARD\nFN:A B\nEND:VCAR",
                BadgeError::VCardNotTerminated,
            ),
            ("BEGIN:VCARD\nFN:A B\nEND:", BadgeError::VCardNotTerminated),
            (
                "BEGIN:VCARD\nFN:A B\nEND:VCARD\nBEGIN:VCARD",
                BadgeError::VCardTrailingText,
            ),
            (
                "BEGIN:VCARD\nNOTE:hello\nEND:VCARD",
                BadgeError::VCardNoName,
            ),
            ("BEGIN:VCARD\nFN:\nN:;\nEND:VCARD", BadgeError::VCardNoName),
            (
                "BEGIN:VCARD\nVERSION:5.0\nFN:A B\nEND:VCARD",
                BadgeError::VCardUnsupportedVersion("5.0".into()),
            ),
            (
                "BEGIN;X=1:VCARD\nFN:A B\nEND:VCARD",
                BadgeError::VCardMissingBegin,
            ),
            (
                "BEGIN:VCARD\nFN:A B\nBEGIN:VCARD\nEND:VCARD",
                BadgeError::VCardNestedComponent,
            ),
        ] {
            assert_eq!(parse(text), Err(want), "{text:?}");
        }
    }

    #[test]
    fn malformed_lines_name_the_scanned_line() {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\n\r\nORG:a\r\n b\r\nno colon here\r\nEND:VCARD";
        match parse(text) {
            Err(BadgeError::VCardMalformedLine { line, .. }) => assert_eq!(line, 6),
            other => panic!("{other:?}"),
        }
        let text = "BEGIN:VCARD\nFN;X=\"open:A B\nEND:VCARD";
        assert!(matches!(
            parse(text),
            Err(BadgeError::VCardMalformedLine { line: 2, .. })
        ));
    }
}
