//! Civil calendar arithmetic: dates, weekdays, ISO weeks, and the periods that
//! TIMEX3 values name ("2013-02-19", "2013-W09", "2013-01", "2011", "201").
//!
//! Proleptic Gregorian, days counted from 1970-01-01 (H. Hinnant's algorithms).

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2024.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
}

/// Days of the week, Monday first (ISO 8601).
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl Date {
    /// A date, or `None` when the day does not exist.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        (self.days() + 3).rem_euclid(7) as u32
    }

    /// ISO 8601 week: (week-numbering year, week 1–53).
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(3 - i64::from(self.weekday()));
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.days() - jan1.days()) / 7 + 1;
        (thursday.year, week as u32)
    }

    /// The Monday that starts ISO week `week` of `year`.
    pub fn iso_week_start(year: i32, week: u32) -> Date {
        let jan4 = Date {
            year,
            month: 1,
            day: 4,
        };
        let week1 = jan4.add_days(-i64::from(jan4.weekday()));
        week1.add_days(7 * (i64::from(week) - 1))
    }

    /// The same day `n` months later, clamped to the month's end.
    pub fn add_months(self, n: i32) -> Date {
        let index = self.year * 12 + self.month as i32 - 1 + n;
        let year = index.div_euclid(12);
        let month = (index.rem_euclid(12) + 1) as u32;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }
}

/// Number of days in `month` of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// True for leap years.
pub fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parses `YYYY-MM-DD` (a longer ISO timestamp is cut to its date).
    fn from_str(s: &str) -> Result<Date, Error> {
        let bad = || Error::BadPublished(s.to_string());
        let head = s.trim().get(..10).ok_or_else(bad)?;
        let mut parts = head.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let (y, m, d) = (
            y.parse().map_err(|_| bad())?,
            m.parse().map_err(|_| bad())?,
            d.parse().map_err(|_| bad())?,
        );
        Date::new(y, m, d).ok_or_else(bad)
    }
}

/// How finely a period is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// One day.
    Day,
    /// An ISO week.
    Week,
    /// A calendar month.
    Month,
    /// A season or quarter.
    Season,
    /// A calendar year.
    Year,
    /// A decade.
    Decade,
}

/// The days a TIMEX3 value covers, first and last inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day.
    pub first: Date,
    /// Last day.
    pub last: Date,
    /// How finely the value is known.
    pub precision: Precision,
}

impl Period {
    /// Reads a calendar TIMEX3 value: `2013-02-19`, `2013-W09`, `2013-W09-WE`
    /// (weekend), `2013-01`, `2013-SU` (season), `2013-Q1`, `2013-H1` (half),
    /// `2011`, `201` (decade). Vague references, durations and values with an
    /// unknown year (`XXXX-12-09`) give `None`.
    pub fn parse(value: &str) -> Option<Period> {
        let value = value.split('T').next().unwrap_or(value);
        let bytes = value.as_bytes();
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if value.len() == 3 && digits(value) {
            let start: i32 = value.parse::<i32>().ok()? * 10;
            return Some(Period {
                first: Date::new(start, 1, 1)?,
                last: Date::new(start + 9, 12, 31)?,
                precision: Precision::Decade,
            });
        }
        let year: i32 = value.get(..4).filter(|y| digits(y))?.parse().ok()?;
        if value.len() == 4 {
            return Some(Period {
                first: Date::new(year, 1, 1)?,
                last: Date::new(year, 12, 31)?,
                precision: Precision::Year,
            });
        }
        if bytes.get(4) != Some(&b'-') {
            return None;
        }
        let rest = &value[5..];
        if let Some(week) = rest.strip_prefix('W').filter(|w| w.len() == 2 && digits(w)) {
            let first = Date::iso_week_start(year, week.parse().ok()?);
            return Some(Period {
                first,
                last: first.add_days(6),
                precision: Precision::Week,
            });
        }
        if let Some(week) = rest
            .strip_prefix('W')
            .and_then(|w| w.strip_suffix("-WE"))
            .filter(|w| w.len() == 2 && digits(w))
        {
            let saturday = Date::iso_week_start(year, week.parse().ok()?).add_days(5);
            return Some(Period {
                first: saturday,
                last: saturday.add_days(1),
                precision: Precision::Week,
            });
        }
        if let Some(half) = rest
            .strip_prefix('H')
            .and_then(|h| h.parse::<u32>().ok())
            .filter(|h| (1..=2).contains(h))
        {
            let first = Date::new(year, half * 6 - 5, 1)?;
            return Some(Period {
                first,
                last: first.add_months(6).add_days(-1),
                precision: Precision::Season,
            });
        }
        if let Some(quarter) = rest
            .strip_prefix('Q')
            .and_then(|q| q.parse::<u32>().ok())
            .filter(|q| (1..=4).contains(q))
        {
            let first = Date::new(year, quarter * 3 - 2, 1)?;
            let last_month = quarter * 3;
            let last = Date::new(year, last_month, days_in_month(year, last_month))?;
            return Some(Period {
                first,
                last,
                precision: Precision::Season,
            });
        }
        let season = match rest {
            "SP" => Some((3, 5)),
            "SU" => Some((6, 8)),
            "FA" => Some((9, 11)),
            "WI" => Some((12, 14)),
            _ => None,
        };
        if let Some((from, to)) = season {
            let first = Date::new(year, from, 1)?;
            let last = first.add_months((to - from + 1) as i32).add_days(-1);
            return Some(Period {
                first,
                last,
                precision: Precision::Season,
            });
        }
        if rest.len() == 2 && digits(rest) {
            let month: u32 = rest.parse().ok()?;
            return Some(Period {
                first: Date::new(year, month, 1)?,
                last: Date::new(year, month, days_in_month(year, month))?,
                precision: Precision::Month,
            });
        }
        let day: Date = value.get(..10).and_then(|d| d.parse().ok())?;
        (value.len() == 10).then_some(Period {
            first: day,
            last: day,
            precision: Precision::Day,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn round_trips_days() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2012-06-18",
            "2024-12-31",
            "1899-03-01",
        ] {
            assert_eq!(Date::from_days(date(s).days()).to_string(), s);
        }
    }

    #[test]
    fn knows_weekdays_and_iso_weeks() {
        assert_eq!(WEEKDAYS[date("2013-02-19").weekday() as usize], "Tuesday");
        assert_eq!(WEEKDAYS[date("2024-12-08").weekday() as usize], "Sunday");
        assert_eq!(date("2013-02-25").iso_week(), (2013, 9));
        assert_eq!(date("2024-12-30").iso_week(), (2025, 1));
        assert_eq!(date("2021-01-03").iso_week(), (2020, 53));
        assert_eq!(Date::iso_week_start(2024, 49), date("2024-12-02"));
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!("2013-02-29".parse::<Date>().is_err());
        assert!("2013-2-9".parse::<Date>().is_err());
        assert!("yesterday".parse::<Date>().is_err());
        assert!("2024-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn reads_timex_periods() {
        let week = Period::parse("2024-W49").unwrap();
        assert_eq!(
            (week.first, week.last),
            (date("2024-12-02"), date("2024-12-08"))
        );
        let month = Period::parse("2013-02").unwrap();
        assert_eq!(month.last, date("2013-02-28"));
        assert_eq!(Period::parse("2011").unwrap().precision, Precision::Year);
        assert_eq!(Period::parse("199").unwrap().last, date("1999-12-31"));
        assert_eq!(Period::parse("2013-WI").unwrap().last, date("2014-02-28"));
        assert_eq!(
            Period::parse("2012-05-26").unwrap().precision,
            Precision::Day
        );
        let weekend = Period::parse("2024-W49-WE").unwrap();
        assert_eq!(
            (weekend.first, weekend.last),
            (date("2024-12-07"), date("2024-12-08"))
        );
        assert_eq!(Period::parse("1998-H2").unwrap().first, date("1998-07-01"));
        assert_eq!(Period::parse("1998-H1").unwrap().last, date("1998-06-30"));
        assert_eq!(
            Period::parse("2024-12-08TMO").unwrap().precision,
            Precision::Day
        );
        assert!(Period::parse("XXXX-12-09").is_none());
        assert!(Period::parse("PAST_REF").is_none());
        assert!(Period::parse("P10D").is_none());
    }
}
