//! Times on the booth's screens, written one way everywhere (the lead list, a
//! lead's details, the "captured before" question, the draft recovery question,
//! the withdrawal message): the booth's local time, `14:03` today, `1 Dec 14:03`
//! on another day of this year, `1 Dec 2025 14:03` before. A month is a word,
//! so no date reads two ways (`12-01` is the first of December to some and the
//! twelfth of January to others). The zone is named once per screen
//! ([`zone`]), not on every time.
//!
//! Stored and exported times stay RFC 3339 in UTC; this is only how they are
//! shown to staff.

use chrono::{DateTime, Datelike, Local, NaiveDate, Timelike, Utc};

use super::strings;

/// The booth's local date of `at` (what "today" is for [`when`]).
pub fn local_date(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&Local).date_naive()
}

/// `at` in the booth's local time: `14:03` on `today`, `1 Dec 14:03` on another
/// day of `today`'s year, `1 Dec 2025 14:03` in another year.
pub fn when(at: DateTime<Utc>, today: NaiveDate) -> String {
    let local = at.with_timezone(&Local);
    let date = local.date_naive();
    let time = format!("{:02}:{:02}", local.hour(), local.minute());
    if date == today {
        return time;
    }
    let month = strings::month(date.month0());
    if date.year() == today.year() {
        strings::date_this_year(date.day(), month, &time)
    } else {
        strings::date_other_year(date.day(), month, date.year(), &time)
    }
}

/// The booth's time zone as a person knows it: `Europe/Oslo`, `UTC`; its
/// offset now (`UTC+01:00`) when the system does not name it.
///
/// Read as chrono reads the local zone: the `TZ` variable when set, else the
/// system's zone.
pub fn zone() -> String {
    let named = std::env::var("TZ")
        .ok()
        .map(|tz| {
            let tz = tz.trim_start_matches(':');
            // TZ=/usr/share/zoneinfo/Europe/Oslo names Europe/Oslo.
            tz.rsplit_once("zoneinfo/")
                .map_or(tz, |(_, name)| name)
                .to_owned()
        })
        .filter(|tz| !tz.is_empty())
        .or_else(|| iana_time_zone::get_timezone().ok());
    match named.as_deref() {
        Some("UTC" | "Etc/UTC" | "Etc/Universal" | "Universal" | "Zulu" | "Etc/Zulu") => {
            "UTC".to_owned()
        }
        Some(name) if !name.is_empty() => name.to_owned(),
        _ => {
            let offset = Local::now().offset().to_string();
            if offset == "+00:00" {
                "UTC".to_owned()
            } else {
                format!("UTC{offset}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    /// Noon UTC on `day` is the same calendar day in every zone from UTC-11 to
    /// UTC+11, so these hold wherever the tests run.
    fn noon(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 12, 3, 0).unwrap()
    }

    fn hhmm(at: DateTime<Utc>) -> String {
        at.with_timezone(&Local).format("%H:%M").to_string()
    }

    #[test]
    fn today_is_the_time_another_day_names_its_month_another_year_its_year() {
        let at = noon(2026, 12, 1);
        let t = hhmm(at);
        let today = local_date(at);
        assert_eq!(when(at, today), t);
        let later = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        assert_eq!(when(at, later), format!("1 Dec {t}"));
        let jan = noon(2026, 1, 12);
        assert_eq!(when(jan, later), format!("12 Jan {}", hhmm(jan)));
        let next_year = NaiveDate::from_ymd_opt(2027, 1, 5).unwrap();
        assert_eq!(when(at, next_year), format!("1 Dec 2026 {t}"));
    }

    #[test]
    fn no_date_reads_two_ways() {
        // 1 December and 12 January must not both come out as digits.
        let today = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
        let dec = when(noon(2026, 12, 1), today);
        let jan = when(noon(2026, 1, 12), today);
        assert_ne!(dec, jan);
        for s in [dec, jan] {
            assert!(!s.contains('-') && !s.contains('/'), "a numeric date: {s}");
        }
    }

    #[test]
    fn the_zone_has_a_name() {
        let z = zone();
        assert!(!z.is_empty());
        assert!(!z.contains('\n'));
    }
}
