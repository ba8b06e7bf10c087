//! Keyboard-layout mix-ups between a badge scanner and the laptop.
//!
//! A keyboard-wedge scanner does not send characters: it presses keys, chosen
//! for the keyboard layout it is set to. When the laptop reads those keys with
//! another layout, characters arrive changed: a scanner set to US on a German
//! (QWERTZ) laptop types `"` for `@`, `ß` for `-` and swaps `y` and `z`; set to
//! German on a US laptop it swaps them the other way and its `@` (AltGr-Q)
//! arrives as Alt-Q; AZERTY swaps `a`/`q` and `z`/`w` and needs Shift for digits.
//!
//! [`diagnose`] tries each common mix-up backwards on the characters of a
//! burst and names the one under which they read as a badge (or as the check
//! code [`CHECK_CODE`]) when they do not as they came. The tables are the
//! standard layouts' printable keys (ISO German T1, French AZERTY, US); dead
//! keys (`´`, `^`, `` ` ``) are taken as the character they show alone.

use super::{is_registration_id, parse_scan};

/// A text whose characters cover the keys that layouts disagree on, for a
/// scanner check: scanned as it is, the scanner and the laptop agree.
pub const CHECK_CODE: &str = "LEADBOOTH-CHECK:yzYZ@aqAQwmWM-_:;/.0123456789";

/// A keyboard layout a scanner or a laptop may be set to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// US English (QWERTY).
    Us,
    /// German (QWERTZ).
    German,
    /// French (AZERTY).
    French,
}

impl Layout {
    /// The layout's name as booth staff know it.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Us => "US English (QWERTY)",
            Layout::German => "German (QWERTZ)",
            Layout::French => "French (AZERTY)",
        }
    }

    /// The characters of the 47 printable keys, in the order of [`US_KEYS`].
    fn keys(self) -> &'static str {
        match self {
            Layout::Us => US_KEYS,
            Layout::German => GERMAN_KEYS,
            Layout::French => FRENCH_KEYS,
        }
    }

    /// AltGr characters: (the character, the US key it is on).
    fn altgr(self) -> &'static [(char, char)] {
        match self {
            Layout::Us => &[],
            Layout::German => &[
                ('@', 'q'),
                ('€', 'e'),
                ('{', '7'),
                ('[', '8'),
                (']', '9'),
                ('}', '0'),
                ('\\', '-'),
                ('~', ']'),
                ('µ', 'm'),
            ],
            Layout::French => &[
                ('@', '0'),
                ('~', '2'),
                ('#', '3'),
                ('{', '4'),
                ('[', '5'),
                ('|', '6'),
                ('`', '7'),
                ('\\', '8'),
                ('^', '9'),
                (']', '-'),
                ('}', '='),
                ('€', 'e'),
            ],
        }
    }
}

/// The printable keys of a US keyboard, unshifted then shifted, row by row.
const US_KEYS: &str = concat!(
    "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./",
    "~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>?",
);
/// The same keys on a German (T1) keyboard.
const GERMAN_KEYS: &str = concat!(
    "^1234567890ß´qwertzuiopü+#asdfghjklöäyxcvbnm,.-",
    "°!\"§$%&/()=?`QWERTZUIOPÜ*'ASDFGHJKLÖÄYXCVBNM;:_",
);
/// The same keys on a French AZERTY keyboard.
const FRENCH_KEYS: &str = concat!(
    "²&é\"'(-è_çà)=azertyuiop^$*qsdfghjklmùwxcvbn,;:!",
    "³1234567890°+AZERTYUIOP¨£µQSDFGHJKLM%WXCVBN?./§",
);

/// A scanner set to one layout on a laptop set to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mixup {
    /// What the scanner is set to.
    pub scanner: Layout,
    /// What the laptop reads its keys with.
    pub laptop: Layout,
}

/// The mix-ups [`diagnose`] knows, most common first.
pub const MIXUPS: [Mixup; 4] = [
    Mixup {
        scanner: Layout::Us,
        laptop: Layout::German,
    },
    Mixup {
        scanner: Layout::Us,
        laptop: Layout::French,
    },
    Mixup {
        scanner: Layout::German,
        laptop: Layout::Us,
    },
    Mixup {
        scanner: Layout::French,
        laptop: Layout::Us,
    },
];

impl Mixup {
    /// What arrives at the laptop when the scanner means `text` (an AltGr
    /// character on a US laptop arrives as Alt and the key: ESC and the key, as
    /// a terminal reports it). Characters the scanner's layout lacks pass as
    /// they are.
    pub fn garble(self, text: &str) -> String {
        let (from, to) = (self.scanner.keys(), self.laptop.keys());
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if let Some(i) = from.chars().position(|k| k == c) {
                out.push(to.chars().nth(i).unwrap_or(c));
            } else if let Some((_, key)) = self.scanner.altgr().iter().find(|(a, _)| *a == c) {
                out.push('\u{1b}');
                out.push(*key);
            } else {
                out.push(c);
            }
        }
        out
    }

    /// What the scanner meant by `arrived`: [`Mixup::garble`] backwards.
    pub fn meant(self, arrived: &str) -> String {
        let (from, to) = (self.scanner.keys(), self.laptop.keys());
        let mut out = String::with_capacity(arrived.len());
        let mut chars = arrived.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\u{1b}'
                && let Some(&key) = chars.peek()
                && let Some((a, _)) = self.scanner.altgr().iter().find(|(_, k)| *k == key)
            {
                chars.next();
                out.push(*a);
            } else if let Some(i) = to.chars().position(|k| k == c) {
                out.push(from.chars().nth(i).unwrap_or(c));
            } else {
                out.push(c);
            }
        }
        out
    }

    /// The one thing to try, for booth staff.
    pub fn fix(self) -> String {
        match (self.scanner, self.laptop) {
            (Layout::Us, laptop) => format!(
                "Set the scanner's keyboard country to {} (a setup code in its manual), or switch this laptop to a US layout while scanning.",
                laptop.name()
            ),
            _ => "Set the scanner to US keyboard ('USB KBW US' / 'Keyboard country: USA' in its manual's setup codes).".to_owned(),
        }
    }
}

/// What [`diagnose`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    /// The mix-up.
    pub mixup: Mixup,
    /// What the scanner meant.
    pub meant: String,
    /// Characters that arrived changed, as (arrived, meant), first seen first,
    /// at most eight.
    pub changed: Vec<(String, char)>,
}

/// Whether `text` reads as a badge: a MECARD, a vCard or a registration ID.
fn reads(text: &str) -> bool {
    parse_scan(text).is_ok()
}

/// Whether `text` is the check code (surrounding white space ignored).
fn is_check_code(text: &str) -> bool {
    text.trim() == CHECK_CODE
}

/// The layout mix-up that explains `arrived`: the first of [`MIXUPS`] under
/// which it reads as a badge or as [`CHECK_CODE`] when as it came it does
/// not. `None` when it reads as it came, or no mix-up explains it.
pub fn diagnose(arrived: &str) -> Option<Diagnosis> {
    if reads(arrived) || is_check_code(arrived) {
        return None;
    }
    MIXUPS.into_iter().find_map(|mixup| {
        let meant = mixup.meant(arrived);
        let explained = is_check_code(&meant)
            || (reads(&meant) && {
                let t = meant.trim();
                // A marker or a whole ID, not a fluke of swapped letters.
                is_registration_id(t)
                    || t.to_ascii_uppercase().starts_with("MECARD:")
                    || t.to_ascii_uppercase().starts_with("BEGIN:VCARD")
            });
        explained.then(|| Diagnosis {
            changed: changed(mixup, &meant),
            mixup,
            meant,
        })
    })
}

/// The characters of `meant` that arrive changed under `mixup`.
fn changed(mixup: Mixup, meant: &str) -> Vec<(String, char)> {
    let mut seen: Vec<(String, char)> = Vec::new();
    for c in meant.chars() {
        let arrived = mixup.garble(&c.to_string());
        if arrived != c.to_string() && !seen.iter().any(|(_, m)| *m == c) {
            seen.push((arrived, c));
            if seen.len() == 8 {
                break;
            }
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    const MECARD: &str =
        "MECARD:N:Zyskowski,Yvonne;EMAIL:yvonne.zy@example-mail.com;TEL:+49-30-1234567;;\r";

    #[test]
    fn the_tables_line_up_key_for_key() {
        for layout in [Layout::Us, Layout::German, Layout::French] {
            assert_eq!(layout.keys().chars().count(), 94, "{layout:?}");
        }
    }

    #[test]
    fn every_mixup_garbles_and_is_undone() {
        for mixup in MIXUPS {
            let arrived = mixup.garble(MECARD);
            assert_ne!(arrived, MECARD, "{mixup:?}");
            assert!(!reads(&arrived), "{mixup:?}: {arrived:?}");
            assert_eq!(mixup.meant(&arrived), MECARD, "{mixup:?}");
            let d = diagnose(&arrived).unwrap_or_else(|| panic!("{mixup:?}: {arrived:?}"));
            assert_eq!(d.mixup, mixup, "{arrived:?}");
            assert_eq!(d.meant, MECARD);
        }
    }

    #[test]
    fn a_us_scanner_on_a_german_laptop_swaps_y_z_and_sends_quote_for_at() {
        let m = MIXUPS[0];
        assert_eq!(m.garble("yz@-:"), "zy\"ßÖ");
        let d = diagnose(&m.garble(MECARD)).unwrap();
        assert!(d.changed.contains(&("\"".into(), '@')), "{:?}", d.changed);
        assert!(d.changed.contains(&("z".into(), 'y')), "{:?}", d.changed);
        assert!(d.changed.contains(&("ß".into(), '-')), "{:?}", d.changed);
        assert!(m.fix().contains("German"), "{}", m.fix());
    }

    #[test]
    fn a_german_scanner_on_a_us_laptop_sends_alt_q_for_at() {
        let m = Mixup {
            scanner: Layout::German,
            laptop: Layout::Us,
        };
        assert_eq!(m.garble("y@z-"), "z\u{1b}qy/");
        assert!(m.fix().contains("USB KBW US"), "{}", m.fix());
    }

    #[test]
    fn azerty_swaps_a_q_and_w_z_and_shifts_digits() {
        let us_on_fr = MIXUPS[1];
        assert_eq!(us_on_fr.garble("aqzw12@"), "qawz&é2");
        let fr_on_us = MIXUPS[3];
        assert_eq!(fr_on_us.garble("aqzw12@"), "qawz!@\u{1b}0");
    }

    #[test]
    fn registration_ids_and_the_check_code_are_recognised() {
        for mixup in MIXUPS {
            let d = diagnose(&mixup.garble("A-000123\r")).unwrap();
            assert_eq!(d.mixup, mixup);
            let d = diagnose(&mixup.garble(CHECK_CODE)).unwrap();
            assert_eq!(d.mixup, mixup);
        }
        assert_eq!(diagnose(CHECK_CODE), None, "as it came: nothing to fix");
        assert_eq!(diagnose(MECARD), None);
        assert_eq!(diagnose("hello world"), None);
    }
}
