//! A record's times written as chrono writes them (RFC 3339, UTC with `Z`,
//! fractional seconds only when present: `to_rfc3339_opts(AutoSi, true)`, the
//! form chrono's serde writes), without chrono's formatter machinery.
//!
//! chrono's `Serialize` hands serde a `Display` that writes one character at a
//! time; serde_json escapes each of them as a string of its own. A lead holds
//! some 25 times and the central import writes each one twice (the exact-form
//! check and `source_leads.consents`): a tenth of the import's instructions
//! (issue 15). Here the text is built in a stack buffer and given to the
//! serializer whole. The bytes are chrono's (the tests below compare them over
//! years 0 to 9999, every fraction length and leap seconds); a year outside
//! 0..=9999 is left to chrono.

use chrono::{DateTime, Datelike, Timelike, Utc};
use serde::{Serialize, Serializer};

/// Longest text of the fast path: `9999-12-31T23:59:60.999999999Z`.
const MAX: usize = 30;

/// Calls `f` with the RFC 3339 text of `t`, byte for byte
/// `t.to_rfc3339_opts(SecondsFormat::AutoSi, true)`.
pub(crate) fn with_rfc3339<R>(t: &DateTime<Utc>, f: impl FnOnce(&str) -> R) -> R {
    let naive = t.naive_utc();
    let year = naive.year();
    if !(0..=9999).contains(&year) {
        return f(&t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true));
    }
    let mut buf = [0u8; MAX];
    let mut len = 0;
    let mut put = |n: u32, width: u32, after: Option<u8>| {
        let mut rest = n;
        for i in (0..width as usize).rev() {
            buf[len + i] = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        len += width as usize;
        if let Some(b) = after {
            buf[len] = b;
            len += 1;
        }
    };
    let (mut sec, mut nano) = (naive.second(), naive.nanosecond());
    if nano >= 1_000_000_000 {
        // A leap second: chrono writes it as second 60.
        sec += 1;
        nano -= 1_000_000_000;
    }
    put(year as u32, 4, Some(b'-'));
    put(naive.month(), 2, Some(b'-'));
    put(naive.day(), 2, Some(b'T'));
    put(naive.hour(), 2, Some(b':'));
    put(naive.minute(), 2, Some(b':'));
    if nano == 0 {
        put(sec, 2, Some(b'Z'));
    } else {
        put(sec, 2, Some(b'.'));
        if nano % 1_000_000 == 0 {
            put(nano / 1_000_000, 3, Some(b'Z'));
        } else if nano % 1_000 == 0 {
            put(nano / 1_000, 6, Some(b'Z'));
        } else {
            put(nano, 9, Some(b'Z'));
        }
    }
    f(std::str::from_utf8(&buf[..len]).expect("ASCII digits and separators"))
}

/// A time that serialises as chrono's serde does, faster ([`with_rfc3339`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rfc3339(pub(crate) DateTime<Utc>);

impl Serialize for Rfc3339 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        with_rfc3339(&self.0, |text| s.serialize_str(text))
    }
}

/// For `#[serde(serialize_with = "…::serialize")]` on a `DateTime<Utc>` field.
pub(crate) fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    Rfc3339(*t).serialize(s)
}

/// For `#[serde(serialize_with = "…::serialize_option")]` on an
/// `Option<DateTime<Utc>>` field: `None` as serde writes it (`null`).
pub(crate) fn serialize_option<S: Serializer>(
    t: &Option<DateTime<Utc>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_some(&Rfc3339(*t)),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone};

    use super::*;

    fn chrono_json(t: &DateTime<Utc>) -> String {
        serde_json::to_string(t).unwrap()
    }

    fn ours_json(t: &DateTime<Utc>) -> String {
        serde_json::to_string(&Rfc3339(*t)).unwrap()
    }

    /// Over a spread of instants from year 0 to 9999 and beyond, each fraction
    /// length (none, milli, micro, nano), leap seconds and years chrono writes
    /// with a sign: the same JSON as chrono's serde.
    #[test]
    fn writes_what_chrono_writes() {
        let mut seed: u64 = 0x1505_c0de;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            seed >> 11
        };
        let span = 10_000 * 366 * 86_400_i64;
        let start = Utc.with_ymd_and_hms(0, 1, 1, 0, 0, 0).unwrap().timestamp();
        let nanos = [0, 7_000_000, 120_000, 999_999_999, 1, 500_000_000];
        let mut checked = 0;
        for i in 0..20_000 {
            let secs = start + (next() as i64).rem_euclid(span);
            let nano = match i % 4 {
                0 => 0,
                1 => (next() % 1000) as u32 * 1_000_000,
                2 => (next() % 1_000_000) as u32 * 1000,
                _ => (next() % 1_000_000_000) as u32,
            };
            let t = DateTime::from_timestamp(secs, nano).unwrap();
            assert_eq!(ours_json(&t), chrono_json(&t), "{t:?}");
            checked += 1;
        }
        for (y, m, d) in [
            (0, 1, 1),
            (9999, 12, 31),
            (10_000, 1, 1),
            (-1, 12, 31),
            (2026, 2, 28),
        ] {
            for nano in nanos {
                for (h, min, s) in [(0, 0, 0), (23, 59, 59), (12, 5, 9)] {
                    let t = Utc.from_utc_datetime(
                        &NaiveDate::from_ymd_opt(y, m, d)
                            .unwrap()
                            .and_hms_nano_opt(h, min, s, nano)
                            .unwrap(),
                    );
                    assert_eq!(ours_json(&t), chrono_json(&t), "{t:?}");
                    checked += 1;
                }
            }
        }
        // Leap seconds: 23:59:60 with and without a fraction.
        for nano in [1_000_000_000, 1_000_000_001, 1_250_000_000, 1_999_999_999] {
            let t = Utc.from_utc_datetime(
                &NaiveDate::from_ymd_opt(2016, 12, 31)
                    .unwrap()
                    .and_hms_nano_opt(23, 59, 59, nano)
                    .unwrap(),
            );
            assert!(chrono_json(&t).contains(":60"), "{}", chrono_json(&t));
            assert_eq!(ours_json(&t), chrono_json(&t), "{t:?}");
            checked += 1;
        }
        assert!(checked > 20_000);
    }

    #[test]
    fn an_option_writes_null_or_the_time() {
        #[derive(Serialize)]
        struct Both {
            #[serde(serialize_with = "serialize_option")]
            ours: Option<DateTime<Utc>>,
            chrono: Option<DateTime<Utc>>,
        }
        let t = Utc.with_ymd_and_hms(2026, 6, 1, 9, 30, 0).unwrap();
        let json = |v| serde_json::to_value(Both { ours: v, chrono: v }).unwrap();
        for v in [None, Some(t)] {
            let j = json(v);
            assert_eq!(j["ours"], j["chrono"], "{j}");
        }
    }
}
