//! The merge rules: how one contact is computed from its source leads. Pure: no
//! IO. A contact is always recomputed from all its sources, and [`Merged::add`] is
//! commutative (every choice is a maximum over a total order), so the result does
//! not depend on the order in which batches or leads arrive.
//!
//! - Consents, per purpose, as the law reads them: a box left unticked is "not
//!   given", never a withdrawal, and never outweighs a grant from another
//!   capture; a grant stands until an explicit withdrawal that is later in time
//!   (or at the same second), from any laptop; a later grant stands again. The
//!   decision carries the deciding lead's policy version and wording hash.
//! - Names: the value of the most recently captured source whose value is not
//!   empty, except that a spelling differing only by accents or case never
//!   replaces a richer one (`Zoë` stays `Zoë` when `ZOE` comes later). When the
//!   sources give clearly different names for the same email, the contact keeps
//!   the first-captured name and is flagged for review (both sources are kept).
//!   When the latest name was typed whole into one field and the other left
//!   empty, an older source's other field is not added if the latest already
//!   holds it (`K. Nordmann` stays `K. Nordmann`, not `K. Nordmann Nordmann`).
//! - Company and job title: most recent non-empty, with the same spelling rule.
//!   Phone, country, rating, event: most recent non-empty. Ties on capture time
//!   go to the greater lead id.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use unicode_normalization::UnicodeNormalization;
use uuid::Uuid;

pub use crate::central::{ConsentFacts, ConsentState, SourceFacts};

/// The normalised email a contact is keyed by (trimmed and lowercased; `None`
/// for an empty email: such a lead is a contact of its own). Defined with the
/// person, whose erasure tombstone hashes the same form.
pub use crate::person::normalise_email;

/// A spelling with accents and case folded away and white space collapsed:
/// two spellings of the same name fold alike (`Zoë  Ōkubo`, `ZOE OKUBO`).
///
/// ASCII text (most names and companies) has no accents or compatibility
/// forms: it is only lowercased, without the Unicode decomposition, which was
/// a twentieth of the import's instructions (issue 15).
pub fn fold(s: &str) -> String {
    let stripped = if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        fold_marks(s)
    };
    stripped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Accents and other marks decomposed and dropped, lowercased, the letters
/// without a decomposition mapped to their base letter.
fn fold_marks(s: &str) -> String {
    s.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ø' => 'o',
            'ł' => 'l',
            'đ' | 'ð' => 'd',
            'ı' => 'i',
            'æ' => 'a',
            'œ' => 'o',
            'ß' => 's',
            c => c,
        })
        .collect()
}

/// How much a spelling says beyond its folded form: accents and other marks,
/// then mixed case (`Zoë` over `Zoe`, `McDonald` over `MCDONALD`).
fn richness(s: &str) -> (usize, bool) {
    // ASCII decomposes to itself and holds no marks.
    let marks = if s.is_ascii() {
        0
    } else {
        s.nfkd()
            .filter(|c| unicode_normalization::char::is_combining_mark(*c) || !c.is_ascii())
            .count()
    };
    let mixed = s.chars().any(char::is_uppercase) && s.chars().any(char::is_lowercase);
    (marks, mixed)
}

/// Whether two names (first, last) are clearly different people's: the last
/// names differ (both given), or the first names differ and neither is a short
/// form or initial of the other (`Ann`/`Anne`, `A.`/`Ann` are not different).
pub fn clearly_different(a: (&str, &str), b: (&str, &str)) -> bool {
    let (af, al, bf, bl) = (fold(a.0), fold(a.1), fold(b.0), fold(b.1));
    if !al.is_empty() && !bl.is_empty() && al != bl {
        return true;
    }
    let strip = |s: &str| s.trim_end_matches('.').to_owned();
    let (af, bf) = (strip(&af), strip(&bf));
    if af.is_empty() || bf.is_empty() {
        return false;
    }
    !(af.starts_with(&bf) || bf.starts_with(&af))
}

/// The winning decision for one purpose of a contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// Granted, not given or withdrawn.
    pub state: ConsentState,
    /// When it was decided (RFC 3339 UTC).
    pub at: DateTime<Utc>,
    /// The source lead that carries it.
    pub lead_id: Uuid,
    /// The policy version that lead was shown.
    pub policy_sha256: String,
    /// The wording's SHA-256, when kept.
    pub text_sha256: Option<String>,
    /// The language the wording was shown in, when recorded.
    pub language: Option<String>,
    /// The language the attendee asked for, when recorded.
    pub language_asked: Option<String>,
}

impl Decision {
    fn key(&self) -> (DateTime<Utc>, Uuid) {
        (self.at, self.lead_id)
    }
}

/// The decisions seen for one purpose: the latest of each kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct PurposeDecisions {
    grant: Option<Decision>,
    withdrawal: Option<Decision>,
    not_given: Option<Decision>,
}

impl PurposeDecisions {
    fn add(&mut self, d: Decision) {
        let slot = match d.state {
            ConsentState::Granted => &mut self.grant,
            ConsentState::Withdrawn => &mut self.withdrawal,
            ConsentState::NotGiven => &mut self.not_given,
        };
        if slot.as_ref().is_none_or(|old| d.key() > old.key()) {
            *slot = Some(d);
        }
    }

    /// A grant stands until a withdrawal at or after it; never given otherwise.
    fn winner(&self) -> Option<&Decision> {
        match (&self.grant, &self.withdrawal) {
            (Some(g), Some(w)) if w.at >= g.at => Some(w),
            (Some(g), _) => Some(g),
            (None, Some(w)) => Some(w),
            (None, None) => self.not_given.as_ref(),
        }
    }
}

/// The contact fields merged, in this order.
pub const FIELDS: [&str; 6] = [
    "first_name",
    "last_name",
    "company",
    "job_title",
    "phone",
    "country",
];

/// Fields whose spelling is compared folded (names, company, job title).
const SPELLED: [bool; 6] = [true, true, true, true, false, false];

type Recency = (DateTime<Utc>, Uuid);

/// Folded spelling -> the richest spelling seen: its richness, its recency, the
/// spelling itself.
type Spellings = BTreeMap<String, ((usize, bool), Recency, String)>;

/// A contact folded from its sources.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merged {
    /// Per field: the most recent non-empty value.
    fields: [Option<(Recency, String)>; 6],
    /// Per field: folded spelling -> the richest spelling seen (and its recency).
    spellings: [Spellings; 6],
    /// The name pair of every source that has one, by recency.
    names: BTreeMap<Recency, (String, String)>,
    rating: Option<(Recency, String)>,
    event_name: Option<(Recency, String)>,
    consents: BTreeMap<String, PurposeDecisions>,
    first: Option<DateTime<Utc>>,
    last: Option<DateTime<Utc>>,
    sources: u64,
}

fn take_if_newer(slot: &mut Option<(Recency, String)>, at: Recency, value: &str) {
    if value.is_empty() {
        return;
    }
    if slot.as_ref().is_none_or(|(k, _)| at > *k) {
        *slot = Some((at, value.to_owned()));
    }
}

impl Merged {
    /// Folds one source into the contact.
    pub fn add(&mut self, s: &SourceFacts) {
        let at = (s.captured_at, s.lead_id);
        for (i, value) in s.fields.iter().enumerate() {
            take_if_newer(&mut self.fields[i], at, value);
            if SPELLED[i] && !value.trim().is_empty() {
                let key = (richness(value), at, value.clone());
                let slot = self.spellings[i].entry(fold(value)).or_insert(key.clone());
                if (key.0, key.1) > (slot.0, slot.1) {
                    *slot = key;
                }
            }
        }
        if !(s.fields[0].trim().is_empty() && s.fields[1].trim().is_empty()) {
            self.names
                .insert(at, (s.fields[0].clone(), s.fields[1].clone()));
        }
        take_if_newer(&mut self.rating, at, s.rating.as_deref().unwrap_or(""));
        take_if_newer(&mut self.event_name, at, &s.event_name);
        for c in &s.consents {
            let (state, when) = match (c.granted, c.withdrawn_at) {
                (true, Some(w)) => {
                    // The grant happened too, before it was withdrawn.
                    let grant = Decision {
                        state: ConsentState::Granted,
                        at: c.at,
                        lead_id: s.lead_id,
                        policy_sha256: s.policy_sha256.clone(),
                        text_sha256: c.text_sha256.clone(),
                        language: c.language.clone(),
                        language_asked: c.language_asked.clone(),
                    };
                    self.consents
                        .entry(c.purpose.clone())
                        .or_default()
                        .add(grant);
                    (ConsentState::Withdrawn, w)
                }
                (true, None) => (ConsentState::Granted, c.at),
                (false, _) => (ConsentState::NotGiven, c.at),
            };
            self.consents
                .entry(c.purpose.clone())
                .or_default()
                .add(Decision {
                    state,
                    at: when,
                    lead_id: s.lead_id,
                    policy_sha256: s.policy_sha256.clone(),
                    text_sha256: c.text_sha256.clone(),
                    language: c.language.clone(),
                    language_asked: c.language_asked.clone(),
                });
        }
        self.first = Some(self.first.map_or(s.captured_at, |f| f.min(s.captured_at)));
        self.last = Some(self.last.map_or(s.captured_at, |l| l.max(s.captured_at)));
        self.sources += 1;
    }

    /// How many sources were folded in.
    pub fn sources(&self) -> u64 {
        self.sources
    }

    /// The sources' names disagree clearly: the first-captured name is kept.
    fn name_conflict(&self) -> bool {
        let names: Vec<&(String, String)> = self.names.values().collect();
        names.iter().enumerate().any(|(i, a)| {
            names[i + 1..]
                .iter()
                .any(|b| clearly_different((&a.0, &a.1), (&b.0, &b.1)))
        })
    }

    /// The merged value of `FIELDS[i]` (empty when no source has one).
    pub fn field(&self, i: usize) -> &str {
        if i < 2 && self.name_conflict() {
            // The established (first-captured) name stays; a person reviews.
            let first = self
                .names
                .values()
                .next()
                .map_or("", |n| if i == 0 { &n.0 } else { &n.1 });
            return self.richest(i, first);
        }
        let latest = self.fields[i].as_ref().map_or("", |(_, v)| v.as_str());
        if i < 2 && self.latest_name_holds(i, latest) {
            // The latest name was typed whole into the other field: the older
            // part would say it twice ("K. Nordmann" + "Nordmann").
            return "";
        }
        if SPELLED[i] {
            self.richest(i, latest)
        } else {
            latest
        }
    }

    /// Whether the most recent source with a name left name field `i` empty
    /// and wrote `older` (field `i` of an earlier source) inside its other
    /// field, as whole words, accents and case aside: `("K. Nordmann", "")`
    /// after `("K.", "Nordmann")`.
    fn latest_name_holds(&self, i: usize, older: &str) -> bool {
        let Some((own, other)) = self
            .names
            .values()
            .next_back()
            .map(|n| if i == 0 { (&n.0, &n.1) } else { (&n.1, &n.0) })
        else {
            return false;
        };
        if !own.trim().is_empty() || older.trim().is_empty() {
            return false;
        }
        let words = |s: &str| -> Vec<String> {
            fold(s)
                .split(|c: char| c.is_whitespace() || c == ',')
                .map(|w| w.trim_matches('.').to_owned())
                .filter(|w| !w.is_empty())
                .collect()
        };
        let (part, whole) = (words(older), words(other));
        !part.is_empty() && whole.windows(part.len()).any(|w| w == part.as_slice())
    }

    /// The richest spelling seen of `value` (itself when none is richer).
    fn richest<'s>(&'s self, i: usize, value: &'s str) -> &'s str {
        if value.is_empty() {
            return value;
        }
        self.spellings[i]
            .get(&fold(value))
            .map_or(value, |(_, _, v)| v.as_str())
    }

    /// Why a person should look at this contact, if anything.
    pub fn review(&self) -> Option<String> {
        if !self.name_conflict() {
            return None;
        }
        let mut seen: Vec<String> = Vec::new();
        for (first, last) in self.names.values() {
            let n = format!("{} {}", first.trim(), last.trim())
                .trim()
                .to_owned();
            if !seen.iter().any(|s| fold(s) == fold(&n)) {
                seen.push(n);
            }
        }
        Some(format!(
            "different names for one email: {}",
            seen.join(" / ")
        ))
    }

    /// The merged rating.
    pub fn rating(&self) -> Option<&str> {
        self.rating.as_ref().map(|(_, v)| v.as_str())
    }

    /// The event of the most recently captured source.
    pub fn event_name(&self) -> &str {
        self.event_name.as_ref().map_or("", |(_, v)| v)
    }

    /// The winning decision per purpose.
    pub fn consents(&self) -> BTreeMap<&str, &Decision> {
        self.consents
            .iter()
            .filter_map(|(p, d)| d.winner().map(|w| (p.as_str(), w)))
            .collect()
    }

    /// Earliest and latest capture time (`None` with no sources).
    pub fn captured_range(&self) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        self.first.zip(self.last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII shortcut folds as the Unicode path does: every ASCII
    /// character, alone and between letters, and mixed-case words.
    #[test]
    fn ascii_folds_as_the_unicode_path_folds() {
        let slow = |s: &str| {
            fold_marks(s)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut texts: Vec<String> = (0u8..128)
            .map(|b| {
                let c = char::from(b);
                format!("{c}Ab{c}{c} cD{c}")
            })
            .collect();
        texts.extend(["  McDonald  O'Brien\t", "ACME Corp.", "", " "].map(String::from));
        for t in &texts {
            assert!(t.is_ascii());
            assert_eq!(fold(t), slow(t), "{t:?}");
            let marks = t
                .nfkd()
                .filter(|c| unicode_normalization::char::is_combining_mark(*c) || !c.is_ascii())
                .count();
            assert_eq!(richness(t).0, marks, "{t:?}");
        }
        assert_eq!(fold("Zoë  Ōkubo"), fold("ZOE OKUBO"));
    }

    fn t(s: &str) -> DateTime<Utc> {
        format!("2026-11-29T{s}Z").parse().unwrap()
    }

    fn src(
        n: u128,
        at: &str,
        first: &str,
        phone: &str,
        consents: Vec<ConsentFacts>,
    ) -> SourceFacts {
        named(n, at, first, "", phone, consents)
    }

    fn named(
        n: u128,
        at: &str,
        first: &str,
        last: &str,
        phone: &str,
        consents: Vec<ConsentFacts>,
    ) -> SourceFacts {
        SourceFacts {
            lead_id: Uuid::from_u128(n),
            captured_at: t(at),
            event_name: format!("Event {n}"),
            fields: [
                first.into(),
                last.into(),
                String::new(),
                String::new(),
                phone.into(),
                String::new(),
            ],
            rating: None,
            policy_sha256: format!("policy{n}"),
            consents,
        }
    }

    fn c(purpose: &str, granted: bool, at: &str, withdrawn: Option<&str>) -> ConsentFacts {
        ConsentFacts {
            purpose: purpose.into(),
            granted,
            at: t(at),
            withdrawn_at: withdrawn.map(t),
            text_sha256: Some(format!("wording-{purpose}")),
            language: Some("de".into()),
            language_asked: None,
        }
    }

    fn merged(sources: &[&SourceFacts]) -> Merged {
        let mut m = Merged::default();
        for s in sources {
            m.add(s);
        }
        let mut back = Merged::default();
        for s in sources.iter().rev() {
            back.add(s);
        }
        assert_eq!(m, back, "the order of arrival does not matter");
        m
    }

    #[test]
    fn email_is_trimmed_and_lowercased() {
        assert_eq!(
            normalise_email("  Ann.Lee@Example.COM "),
            Some("ann.lee@example.com".into())
        );
        assert_eq!(normalise_email("   "), None);
    }

    #[test]
    fn most_recent_non_empty_wins_and_order_does_not_matter() {
        let a = src(1, "10:00:00", "Ann", "+15550100", vec![]);
        let b = src(2, "11:00:00", "Annie", "", vec![]);
        let c_ = src(3, "09:00:00", "A.", "+15550199", vec![]);
        let one = merged(&[&a, &b, &c_]);
        assert_eq!(one.field(0), "Annie");
        assert_eq!(one.field(4), "+15550100", "the newest source has no phone");
        assert_eq!(one.event_name(), "Event 2");
        assert_eq!(one.sources(), 3);
        assert_eq!(one.captured_range(), Some((t("09:00:00"), t("11:00:00"))));
        assert_eq!(one.review(), None, "short forms are the same person");
    }

    #[test]
    fn not_ticking_never_takes_a_grant_away() {
        // Laptop 1 at 10:00: granted. Laptop 2 at 11:00: not ticked.
        let granted = src(
            1,
            "10:00:00",
            "A",
            "",
            vec![c("marketing_email", true, "10:00:00", None)],
        );
        let unticked = src(
            2,
            "11:00:00",
            "A",
            "",
            vec![c("marketing_email", false, "11:00:00", None)],
        );
        let m = merged(&[&granted, &unticked]);
        let d = m.consents()["marketing_email"];
        assert_eq!(d.state, ConsentState::Granted);
        assert_eq!((d.at, d.lead_id), (t("10:00:00"), Uuid::from_u128(1)));
        assert_eq!(d.policy_sha256, "policy1");
        assert_eq!(d.text_sha256.as_deref(), Some("wording-marketing_email"));
        // Never ticked anywhere: not given.
        let m = merged(&[&unticked]);
        assert_eq!(
            m.consents()["marketing_email"].state,
            ConsentState::NotGiven
        );
    }

    #[test]
    fn a_grant_stands_until_a_later_withdrawal_from_any_laptop() {
        let granted_early = src(
            1,
            "10:00:00",
            "A",
            "",
            vec![c("marketing_email", true, "10:00:00", Some("12:00:00"))],
        );
        let granted_later = src(
            2,
            "11:00:00",
            "A",
            "",
            vec![c("marketing_email", true, "11:00:00", None)],
        );
        let m = merged(&[&granted_later, &granted_early]);
        let d = m.consents()["marketing_email"];
        assert_eq!(d.state, ConsentState::Withdrawn);
        assert_eq!(d.at, t("12:00:00"));
        assert_eq!(d.lead_id, Uuid::from_u128(1));

        let regranted = src(
            3,
            "13:00:00",
            "A",
            "",
            vec![c("marketing_email", true, "13:00:00", None)],
        );
        let m = merged(&[&granted_later, &granted_early, &regranted]);
        let d = m.consents()["marketing_email"];
        assert_eq!((d.state, d.at), (ConsentState::Granted, t("13:00:00")));
        // A refusal later than the withdrawal changes nothing either.
        let unticked = src(
            4,
            "14:00:00",
            "A",
            "",
            vec![c("marketing_email", false, "14:00:00", None)],
        );
        let m = merged(&[&granted_early, &unticked]);
        assert_eq!(
            m.consents()["marketing_email"].state,
            ConsentState::Withdrawn
        );
    }

    #[test]
    fn a_withdrawal_at_the_same_second_as_a_grant_wins() {
        let yes = src(
            9,
            "10:00:00",
            "A",
            "",
            vec![c("events", true, "10:00:00", None)],
        );
        let gone = src(
            1,
            "09:00:00",
            "A",
            "",
            vec![c("events", true, "09:00:00", Some("10:00:00"))],
        );
        let m = merged(&[&yes, &gone]);
        assert_eq!(m.consents()["events"].state, ConsentState::Withdrawn);
    }

    #[test]
    fn accents_and_case_never_replace_the_richer_spelling() {
        let rich = named(1, "10:00:00", "Zoë", "Ōkubo", "", vec![]);
        let plain = named(2, "11:00:00", "ZOE", "okubo", "", vec![]);
        let m = merged(&[&rich, &plain]);
        assert_eq!((m.field(0), m.field(1)), ("Zoë", "Ōkubo"));
        assert_eq!(m.review(), None);
        // A later, richer spelling does replace a plain one.
        let m = merged(&[
            &named(1, "10:00:00", "Zoe", "Okubo", "", vec![]),
            &named(2, "11:00:00", "Zoë", "Ōkubo", "", vec![]),
        ]);
        assert_eq!(m.field(0), "Zoë");
    }

    #[test]
    fn a_clearly_different_name_is_flagged_not_replaced() {
        let ann = named(1, "10:00:00", "Ann", "Lee", "", vec![]);
        let bob = named(2, "11:00:00", "Bob", "Smith", "", vec![]);
        let m = merged(&[&ann, &bob]);
        assert_eq!(
            (m.field(0), m.field(1)),
            ("Ann", "Lee"),
            "the first-captured name stays"
        );
        let review = m.review().unwrap();
        assert!(
            review.contains("Ann Lee") && review.contains("Bob Smith"),
            "{review}"
        );
        assert!(!clearly_different(("Ann", "Lee"), ("anne", "LEE")));
        assert!(!clearly_different(("A.", "Lee"), ("Ann", "")));
        assert!(clearly_different(("Ann", "Lee"), ("Ann", "Smith")));
    }

    #[test]
    fn a_name_typed_whole_into_one_field_is_not_said_twice() {
        let initial = named(1, "10:00:00", "K.", "Nordmann", "", vec![]);
        let whole = named(2, "11:00:00", "K. Nordmann", "", "", vec![]);
        for order in [[&initial, &whole], [&whole, &initial]] {
            let m = merged(&order);
            assert_eq!((m.field(0), m.field(1)), ("K. Nordmann", ""));
        }
        // Into the last-name field, accents and case aside.
        let m = merged(&[
            &named(1, "10:00:00", "Zoë", "", "", vec![]),
            &named(2, "11:00:00", "", "ZOE Ōkubo", "", vec![]),
        ]);
        assert_eq!((m.field(0), m.field(1)), ("", "ZOE Ōkubo"));
        // A first name alone later keeps the older last name: it is not in it.
        let m = merged(&[
            &named(1, "10:00:00", "Kari", "Nordmann", "", vec![]),
            &named(2, "11:00:00", "Kari", "", "", vec![]),
        ]);
        assert_eq!((m.field(0), m.field(1)), ("Kari", "Nordmann"));
        // A word that merely starts like the older part is not it.
        let m = merged(&[
            &named(1, "10:00:00", "K.", "Berg", "", vec![]),
            &named(2, "11:00:00", "K. Bergmann", "", "", vec![]),
        ]);
        assert_eq!(m.field(1), "Berg");
    }
}
