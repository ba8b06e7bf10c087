//! Countries as people and badge printers write them: an ISO 3166-1 alpha-2 or
//! alpha-3 code, the ISO English short name, or a common name in English or in
//! the country's own and neighbouring languages ("Deutschland", "Norge",
//! "España", "UK", "Schweiz"). [`code_for`] gives the alpha-2 code when the text
//! names one country unambiguously, and `None` otherwise: a wrong country on a
//! lead is worse than none.

use isocountry::CountryCode;
use unicode_normalization::UnicodeNormalization as _;

/// Common names beyond ISO's English short names, folded (see [`fold`]), with
/// their alpha-2 codes. Names that name more than one country ("Congo",
/// "Korea", "Guinea") are left out on purpose.
const NAMES: &[(&str, &str)] = &[
    // English short forms
    ("uk", "GB"),
    ("great britain", "GB"),
    ("britain", "GB"),
    ("england", "GB"),
    ("scotland", "GB"),
    ("wales", "GB"),
    ("northern ireland", "GB"),
    ("united kingdom", "GB"),
    ("usa", "US"),
    ("us", "US"),
    ("united states", "US"),
    ("united states of america", "US"),
    ("america", "US"),
    ("russia", "RU"),
    ("south korea", "KR"),
    ("north korea", "KP"),
    ("czech republic", "CZ"),
    ("czechia", "CZ"),
    ("the netherlands", "NL"),
    ("netherlands", "NL"),
    ("holland", "NL"),
    ("vietnam", "VN"),
    ("iran", "IR"),
    ("syria", "SY"),
    ("taiwan", "TW"),
    ("bolivia", "BO"),
    ("venezuela", "VE"),
    ("tanzania", "TZ"),
    ("moldova", "MD"),
    ("turkey", "TR"),
    ("turkiye", "TR"),
    ("ivory coast", "CI"),
    ("uae", "AE"),
    ("emirates", "AE"),
    // German
    ("deutschland", "DE"),
    ("osterreich", "AT"),
    ("schweiz", "CH"),
    ("frankreich", "FR"),
    ("spanien", "ES"),
    ("italien", "IT"),
    ("niederlande", "NL"),
    ("belgien", "BE"),
    ("danemark", "DK"),
    ("norwegen", "NO"),
    ("schweden", "SE"),
    ("finnland", "FI"),
    ("polen", "PL"),
    ("tschechien", "CZ"),
    ("grossbritannien", "GB"),
    ("vereinigtes konigreich", "GB"),
    ("vereinigte staaten", "US"),
    ("irland", "IE"),
    ("griechenland", "GR"),
    ("ungarn", "HU"),
    ("turkei", "TR"),
    // French
    ("allemagne", "DE"),
    ("autriche", "AT"),
    ("suisse", "CH"),
    ("espagne", "ES"),
    ("italie", "IT"),
    ("pays-bas", "NL"),
    ("belgique", "BE"),
    ("danemark", "DK"),
    ("norvege", "NO"),
    ("suede", "SE"),
    ("finlande", "FI"),
    ("pologne", "PL"),
    ("royaume-uni", "GB"),
    ("etats-unis", "US"),
    ("irlande", "IE"),
    ("grece", "GR"),
    // Spanish, Italian, Portuguese
    ("espana", "ES"),
    ("alemania", "DE"),
    ("francia", "FR"),
    ("reino unido", "GB"),
    ("estados unidos", "US"),
    ("paises bajos", "NL"),
    ("suiza", "CH"),
    ("italia", "IT"),
    ("germania", "DE"),
    ("spagna", "ES"),
    ("svizzera", "CH"),
    ("regno unito", "GB"),
    ("stati uniti", "US"),
    ("alemanha", "DE"),
    ("franca", "FR"),
    ("espanha", "ES"),
    ("brasil", "BR"),
    ("mexico", "MX"),
    // Dutch, Nordic, Polish, Czech, Greek
    ("nederland", "NL"),
    ("duitsland", "DE"),
    ("frankrijk", "FR"),
    ("belgie", "BE"),
    ("norge", "NO"),
    ("noreg", "NO"),
    ("sverige", "SE"),
    ("danmark", "DK"),
    ("suomi", "FI"),
    ("island", "IS"),
    ("tyskland", "DE"),
    ("frankrike", "FR"),
    ("storbritannia", "GB"),
    ("storbritannien", "GB"),
    ("polska", "PL"),
    ("niemcy", "DE"),
    ("cesko", "CZ"),
    ("ceska republika", "CZ"),
    ("slovensko", "SK"),
    ("magyarorszag", "HU"),
    ("hellas", "GR"),
    ("ellada", "GR"),
    ("eesti", "EE"),
    ("latvija", "LV"),
    ("lietuva", "LT"),
    ("hrvatska", "HR"),
    ("slovenija", "SI"),
    ("srbija", "RS"),
    ("romania", "RO"),
    ("bulgaria", "BG"),
    ("eire", "IE"),
    ("nippon", "JP"),
    ("nihon", "JP"),
    ("zhongguo", "CN"),
];

/// Lowercase, without accents, single spaces, no dots ("Ö.sterreich " →
/// "osterreich"): how names are compared.
fn fold(text: &str) -> String {
    let plain: String = text
        .nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c) && *c != '.')
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ø' => 'o',
            'æ' => 'a',
            'ß' => 's',
            'ł' => 'l',
            c => c,
        })
        .collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The ISO 3166-1 alpha-2 code `text` names, if it names exactly one country:
/// a code (alpha-2 or alpha-3, any case), the ISO English short name, or one of
/// the common names above (accents, case and dots ignored).
///
/// "de", "DEU", "Germany", "Deutschland", "ALLEMAGNE" → "DE"; "Norge" → "NO";
/// "Korea", "Freedonia", "" → `None`.
#[must_use]
pub fn code_for(text: &str) -> Option<&'static str> {
    let text = text.trim();
    let folded = fold(text);
    if folded.is_empty() {
        return None;
    }
    let by_code = match text.chars().count() {
        2 => CountryCode::for_alpha2_caseless(text).ok(),
        3 => CountryCode::for_alpha3_caseless(text).ok(),
        _ => None,
    };
    if let Some(code) = by_code {
        return Some(code.alpha2());
    }
    if let Some((_, code)) = NAMES.iter().find(|(name, _)| *name == folded) {
        return CountryCode::for_alpha2(code).ok().map(|c| c.alpha2());
    }
    CountryCode::iter()
        .find(|c| fold(c.name()) == folded)
        .map(|c| c.alpha2())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_iso_names_and_common_names() {
        for (text, want) in [
            ("de", "DE"),
            (" GBR ", "GB"),
            ("germany", "DE"),
            ("Deutschland", "DE"),
            ("ALLEMAGNE", "DE"),
            ("Norge", "NO"),
            ("España", "ES"),
            ("Espana", "ES"),
            ("Österreich", "AT"),
            ("France", "FR"),
            ("U.K.", "GB"),
            ("United  States", "US"),
            ("Danmark", "DK"),
        ] {
            assert_eq!(code_for(text), Some(want), "{text}");
        }
    }

    #[test]
    fn unknown_or_ambiguous_names_give_none() {
        for text in ["XX", "", "Freedonia", "Korea", "日本", "Springfield"] {
            assert_eq!(code_for(text), None, "{text}");
        }
    }

    #[test]
    fn every_common_name_maps_to_a_real_code() {
        for (name, code) in NAMES {
            assert_eq!(fold(name), *name, "table entries are folded");
            assert!(CountryCode::for_alpha2(code).is_ok(), "{name} {code}");
        }
    }
}
