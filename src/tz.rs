//! The configured time zone (`[alerts] timezone`): digest times and the times people
//! read in emails and the web view.
//!
//! A local wall-clock time ("07:00") is turned into an instant for the day it falls on,
//! with that day's UTC offset, so a daily digest keeps its hour across a DST change
//! (using today's offset for tomorrow drifts by an hour twice a year).

use chrono::{DateTime, Datelike, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, Utc};

/// Time zone of digest times and human-readable times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeZone {
    /// The machine's local time zone (the system's rules, DST included).
    Local,
    /// A fixed offset (UTC is +00:00).
    Fixed(FixedOffset),
    /// An IANA zone such as `Europe/Berlin` (chrono-tz's built-in rules).
    Named(chrono_tz::Tz),
}

impl TimeZone {
    /// `local`, `UTC` (or `Z`), an offset such as `+02:00`, or an IANA name.
    pub fn parse(s: &str) -> Option<TimeZone> {
        let s = s.trim();
        match s {
            "local" => return Some(TimeZone::Local),
            "UTC" | "utc" | "Z" => {
                return Some(TimeZone::Fixed(chrono::Offset::fix(&Utc)));
            }
            _ => {}
        }
        if s.starts_with('+') || s.starts_with('-') {
            return parse_offset(s).map(TimeZone::Fixed);
        }
        s.parse::<chrono_tz::Tz>().ok().map(TimeZone::Named)
    }

    /// The wall-clock time at `t`.
    pub fn wall_clock(&self, t: DateTime<Utc>) -> NaiveDateTime {
        match self {
            TimeZone::Local => t.with_timezone(&chrono::Local).naive_local(),
            TimeZone::Fixed(o) => t.with_timezone(o).naive_local(),
            TimeZone::Named(z) => t.with_timezone(z).naive_local(),
        }
    }

    /// The instant a wall-clock time names, with the offset in force on that day. A time
    /// skipped by a DST change (02:30 on the spring-forward night) moves forward past
    /// the gap; a repeated one (autumn) means its first occurrence.
    pub fn instant(&self, local: NaiveDateTime) -> Option<DateTime<Utc>> {
        match self {
            TimeZone::Local => resolve(&chrono::Local, local),
            TimeZone::Fixed(o) => resolve(o, local),
            TimeZone::Named(z) => resolve(z, local),
        }
    }

    /// `h:m` on the first day after `now` (today if still ahead) as an instant.
    pub fn next_at(&self, now: DateTime<Utc>, h: u32, m: u32) -> DateTime<Utc> {
        let today = self.wall_clock(now).date();
        let at = |d: NaiveDate| d.and_hms_opt(h, m, 0).and_then(|t| self.instant(t));
        match at(today) {
            Some(t) if t > now => t,
            _ => today
                .succ_opt()
                .and_then(at)
                .unwrap_or(now + chrono::Duration::days(1)),
        }
    }

    /// A time in words people read: `Thu 24 Jul, 14:05` (with the year when it is not
    /// this year's).
    pub fn human(&self, t: DateTime<Utc>) -> String {
        let w = self.wall_clock(t);
        let this_year = self.wall_clock(Utc::now()).year();
        if w.year() == this_year {
            w.format("%a %-d %b, %H:%M").to_string()
        } else {
            w.format("%a %-d %b %Y, %H:%M").to_string()
        }
    }

    /// [`TimeZone::human`] of a stored RFC 3339 timestamp; the text itself when it is
    /// not one.
    pub fn human_str(&self, stored: &str) -> String {
        match DateTime::parse_from_rfc3339(stored) {
            Ok(t) => self.human(t.with_timezone(&Utc)),
            Err(_) => stored.to_string(),
        }
    }

    /// The zone's name for a footnote ("Europe/Berlin", "UTC+02:00", "local time").
    pub fn label(&self) -> String {
        match self {
            TimeZone::Local => "local time".into(),
            TimeZone::Fixed(o) if o.local_minus_utc() == 0 => "UTC".into(),
            TimeZone::Fixed(o) => format!("UTC{o}"),
            TimeZone::Named(z) => z.name().to_string(),
        }
    }
}

fn resolve<Tz: chrono::TimeZone>(tz: &Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(a, _) => Some(a.with_timezone(&Utc)),
        // in a DST gap: read with the offset in force just before it, which lands the
        // same distance past the gap (02:30 in a 02:00 -> 03:00 jump is 03:30)
        LocalResult::None => {
            use chrono::Offset;
            let before = tz
                .from_local_datetime(&(local - chrono::Duration::hours(3)))
                .earliest()?;
            let off = before.offset().fix().local_minus_utc();
            Some(DateTime::from_naive_utc_and_offset(
                local - chrono::Duration::seconds(off as i64),
                Utc,
            ))
        }
    }
}

fn parse_offset(s: &str) -> Option<FixedOffset> {
    let sign = match s.chars().next()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let (h, m) = s[1..].split_once(':')?;
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    if !(0..24).contains(&h) || !(0..60).contains(&m) {
        return None;
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).single().unwrap()
    }

    #[test]
    fn parses_every_accepted_form() {
        assert_eq!(TimeZone::parse("local"), Some(TimeZone::Local));
        assert_eq!(
            TimeZone::parse("UTC"),
            Some(TimeZone::Fixed(FixedOffset::east_opt(0).unwrap()))
        );
        assert_eq!(
            TimeZone::parse("-05:30"),
            Some(TimeZone::Fixed(
                FixedOffset::west_opt(5 * 3600 + 1800).unwrap()
            ))
        );
        assert_eq!(
            TimeZone::parse("Europe/Berlin"),
            Some(TimeZone::Named(chrono_tz::Europe::Berlin))
        );
        assert_eq!(TimeZone::parse("Mars/Base"), None);
        assert_eq!(TimeZone::parse("+25:00"), None);
    }

    #[test]
    fn daily_time_keeps_its_hour_across_dst() {
        let berlin = TimeZone::Named(chrono_tz::Europe::Berlin);
        // Saturday 30 March 2024, 09:00 CET; clocks go forward on Sunday 31 March
        let now = utc(2024, 3, 30, 8, 0);
        // 07:00 CEST on Sunday is 05:00 UTC (today's offset, +01:00, would say 06:00)
        assert_eq!(berlin.next_at(now, 7, 0), utc(2024, 3, 31, 5, 0));
        // and back in autumn: Saturday 26 Oct 2024 is CEST, Sunday is CET
        let now = utc(2024, 10, 26, 8, 0);
        assert_eq!(berlin.next_at(now, 7, 0), utc(2024, 10, 27, 6, 0));
        // still ahead today: today
        assert_eq!(
            berlin.next_at(utc(2024, 3, 31, 4, 0), 7, 0),
            utc(2024, 3, 31, 5, 0)
        );
        // 02:30 does not exist on 31 March in Berlin: 03:30 CEST, i.e. the same
        // distance after the gap
        assert_eq!(berlin.next_at(now_before(), 2, 30), utc(2024, 3, 31, 1, 30));
        // 02:30 happens twice on 27 October: the first one (CEST)
        assert_eq!(
            berlin.next_at(utc(2024, 10, 26, 12, 0), 2, 30),
            utc(2024, 10, 27, 0, 30)
        );
    }

    fn now_before() -> DateTime<Utc> {
        utc(2024, 3, 30, 12, 0)
    }

    #[test]
    fn human_times_use_the_zone() {
        let berlin = TimeZone::Named(chrono_tz::Europe::Berlin);
        let t = utc(2025, 7, 24, 12, 5);
        let s = berlin.human(t);
        assert!(s.starts_with("Thu 24 Jul"), "{s}");
        assert!(s.ends_with("14:05"), "{s}");
        let utc0 = TimeZone::parse("UTC").unwrap();
        assert!(utc0.human_str("2025-07-24T12:05:00Z").ends_with("12:05"));
        assert_eq!(utc0.human_str("yesterday"), "yesterday");
        assert_eq!(berlin.label(), "Europe/Berlin");
    }
}
