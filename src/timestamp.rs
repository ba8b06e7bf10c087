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
//!
//! Reading is the same story: chrono's relaxed RFC 3339 parser took some 1,600
//! instructions a time. The form written here is read directly, the same
//! instant chrono reads; any other spelling goes to chrono, so what is
//! accepted or refused, and the error, are chrono's.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

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

/// `s` read as chrono reads it, when it is in the form [`with_rfc3339`]
/// writes (`YYYY-MM-DDTHH:MM:SS`, then `.` and 3, 6 or 9 digits or nothing,
/// then `Z`) and names a real instant without a leap second; `None` for
/// anything else, which is left to chrono (it accepts more spellings, and
/// gives the errors).
fn parse_written(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    let num = |from: usize, to: usize| -> Option<u32> {
        b.get(from..to)?.iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
        || b[b.len() - 1] != b'Z'
    {
        return None;
    }
    let nano = match b.len() {
        20 => 0,
        24 | 27 | 30 if b[19] == b'.' => {
            let digits = b.len() - 21;
            num(20, b.len() - 1)? * 10u32.pow(9 - digits as u32)
        }
        _ => return None,
    };
    let second = num(17, 19)?;
    if second > 59 {
        return None;
    }
    let naive = NaiveDate::from_ymd_opt(num(0, 4)? as i32, num(5, 7)?, num(8, 10)?)?
        .and_hms_nano_opt(num(11, 13)?, num(14, 16)?, second, nano)?;
    Some(naive.and_utc())
}

/// A time read as chrono's serde reads it (the same values, the same errors),
/// the form leadbooth writes without chrono's general parser
/// ([`parse_written`]): the import reads some 15 times a lead.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Parsed(pub(crate) DateTime<Utc>);

impl<'de> Deserialize<'de> for Parsed {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Parsed;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                // chrono's words.
                f.write_str("an RFC 3339 formatted date and time string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Parsed, E> {
                match parse_written(v) {
                    Some(t) => Ok(Parsed(t)),
                    None => v
                        .parse::<DateTime<FixedOffset>>()
                        .map(|t| Parsed(t.with_timezone(&Utc)))
                        .map_err(E::custom),
                }
            }
        }
        d.deserialize_str(Visitor)
    }
}

/// For `#[serde(deserialize_with = "…::deserialize")]` on a `DateTime<Utc>` field.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    Parsed::deserialize(d).map(|p| p.0)
}

/// For `#[serde(default, deserialize_with = "…::deserialize_option")]` on an
/// `Option<DateTime<Utc>>` field (`null` is `None`).
pub(crate) fn deserialize_option<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    Option::<Parsed>::deserialize(d).map(|p| p.map(|p| p.0))
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
    /// What leadbooth writes reads back to the same instant as chrono reads
    /// it; every other spelling chrono accepts or refuses, it accepts or
    /// refuses alike (the same value, the same error).
    #[test]
    fn reads_what_chrono_reads() {
        let chrono_read =
            |s: &str| serde_json::from_str::<DateTime<Utc>>(s).map_err(|e| e.to_string());
        let ours_read = |s: &str| {
            serde_json::from_str::<Parsed>(s)
                .map(|p| p.0)
                .map_err(|e| e.to_string())
        };
        let mut seed: u64 = 0x15c;
        let mut checked = 0;
        for i in 0..5000 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let secs = (seed >> 20) as i64 % (10_000 * 365 * 86_400) - 62_000_000_000;
            let nano = [0, 5_000_000, 123_000, 987_654_321][i % 4];
            let Some(t) = DateTime::from_timestamp(secs, nano) else {
                continue;
            };
            let json = serde_json::to_string(&Rfc3339(t)).unwrap();
            assert_eq!(ours_read(&json), Ok(t), "{json}");
            assert!(parse_written(json.trim_matches('"')).is_some() || t.year() < 0);
            checked += 1;
        }
        assert!(checked > 4000);
        for s in [
            "2026-06-01T10:00:00Z",
            "2026-06-01T10:00:00.5Z",
            "2026-06-01T10:00:00.50Z",
            "2026-06-01T10:00:00.123Z",
            "2026-06-01T10:00:00.000Z",
            "2026-06-01T10:00:00.1234Z",
            "2026-06-01T10:00:00.123456789Z",
            "2026-06-01T10:00:00.1234567891Z",
            "2026-06-01t10:00:00Z",
            "2026-06-01 10:00:00Z",
            "2026-06-01T10:00:00z",
            "2026-06-01T10:00:00+00:00",
            "2026-06-01T12:00:00+02:00",
            "2026-06-01T10:00:00-00:00",
            "2016-12-31T23:59:60Z",
            "2016-12-31T23:59:60.5Z",
            "2026-06-01T10:00:61Z",
            "2026-02-29T10:00:00Z",
            "2024-02-29T10:00:00Z",
            "2026-13-01T10:00:00Z",
            "2026-00-01T10:00:00Z",
            "2026-06-31T10:00:00Z",
            "2026-06-01T24:00:00Z",
            "2026-06-01T10:60:00Z",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z",
            "+2026-06-01T10:00:00Z",
            "-0001-06-01T10:00:00Z",
            "2026-6-01T10:00:00Z",
            "2026-06-01T10:00:00",
            "2026-06-01",
            "2026-06-01T10:00:00ZZ",
            "2026-06-01T10:00:0xZ",
            "２026-06-01T10:00:00Z",
            "",
        ] {
            let json = serde_json::to_string(s).unwrap();
            assert_eq!(ours_read(&json), chrono_read(&json), "{s}");
        }
        for json in ["null", "1", "true", "[]", "{}"] {
            assert_eq!(ours_read(json), chrono_read(json), "{json}");
        }
    }

    #[test]
    fn an_option_reads_null_or_the_time() {
        #[derive(Debug, Deserialize)]
        struct Both {
            #[serde(default, deserialize_with = "deserialize_option")]
            ours: Option<DateTime<Utc>>,
            #[serde(default)]
            chrono: Option<DateTime<Utc>>,
        }
        for json in [
            r#"{"ours":null,"chrono":null}"#,
            r#"{"ours":"2026-06-01T10:00:00Z","chrono":"2026-06-01T10:00:00Z"}"#,
            r#"{}"#,
        ] {
            let b: Both = serde_json::from_str(json).unwrap();
            assert_eq!(b.ours, b.chrono, "{json}");
        }
        let e = serde_json::from_str::<Both>(r#"{"ours":"x"}"#).unwrap_err();
        let c = serde_json::from_str::<Both>(r#"{"chrono":"x"}"#).unwrap_err();
        let words =
            |e: serde_json::Error| e.to_string().split(" at line").next().unwrap().to_owned();
        assert_eq!(words(e), words(c));
    }
}
