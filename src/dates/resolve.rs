//! Turning a matched expression into a TIMEX3 type and value, against the
//! publication date, the tense of the sentence and the dates mentioned before.
//!
//! Conventions follow the TimeML guidelines as news annotators apply them: a
//! weekday in a past-tense sentence is the most recent such day, in a future one
//! the next; "last week" is an ISO week (`2013-W07`); "a year ago" keeps the
//! precision of its unit (`2012`); a fiscal quarter is `2013-Q3`; vague
//! references are `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.

use super::grammar::{Found, Rule, Slots, DECADE_WORDS};
use crate::analysis::TimexType;
use crate::calendar::Date;
use crate::data::{
    has_role, ContextRole, CALENDAR_NAMES, HOLIDAYS, TEMPORAL_NUMBERS, VAGUE_REFERENCES,
};

/// The tense around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Reported past (the default of news).
    Past,
    /// "will", "is to", "next".
    Future,
    /// No cue in the sentence.
    Unknown,
}

/// What the resolver knows while it reads an article in order.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The publication date.
    pub published: Option<Date>,
    /// The last day mentioned, for "two days later" and "the same day".
    pub reference: Option<Date>,
    /// The last year mentioned, for "later that year".
    pub year: Option<i32>,
    /// The last fiscal quarter mentioned, for "the quarter" and "the year-ago quarter".
    pub quarter: Option<(i32, u32)>,
}

/// The tense of the cue nearest to `start..end` that lies outside it.
fn tense_at(cues: &[(usize, usize, Tense)], start: usize, end: usize) -> Tense {
    // Cues are sorted by start: only the neighbours of the expression are looked at.
    let after = cues.partition_point(|c| c.0 < end);
    let before = cues.partition_point(|c| c.0 < start);
    let previous = cues
        .get(before.saturating_sub(3)..before)
        .unwrap_or(&[])
        .iter()
        .filter(|c| c.1 <= start)
        .max_by_key(|c| c.1);
    match (previous, cues.get(after)) {
        (Some(p), Some(n)) if n.0 - end < start - p.1 => n.2,
        (Some(p), _) => p.2,
        (None, Some(n)) => n.2,
        (None, None) => Tense::Unknown,
    }
}

/// A type and value for `found`, or `None` when it is no temporal expression
/// after all ("2000 troops") or cannot be resolved without a publication date.
pub fn resolve(
    found: &Found<'_>,
    cues: &[(usize, usize, Tense)],
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let c = &found.slots;
    let tense = tense_at(cues, found.start, found.end);
    let published = context.published;
    let date = |value: String| Some((TimexType::Date, value));
    match found.rule {
        Rule::IsoDate => {
            let day = Date::new(number(c, "y")? as i32, number(c, "m")?, number(c, "d")?)?;
            context.reference = Some(day);
            date(day.to_string())
        }
        Rule::SlashDate => {
            let (a, b) = (number(c, "a")?, number(c, "b")?);
            let mut year = number(c, "y")? as i32;
            if year < 100 {
                year += if year < 50 { 2000 } else { 1900 };
            }
            let (month, day) = if a > 12 { (b, a) } else { (a, b) };
            let day = Date::new(year, month, day)?;
            context.reference = Some(day);
            date(day.to_string())
        }
        Rule::MonthDay | Rule::DayMonth => {
            let month = month_of(c.name("month")?.as_str())?;
            let day_number = number(c, "day")?;
            let day = match c.name("y") {
                Some(y) => Date::new(y.as_str().parse().ok()?, month, day_number)?,
                None => match published.or(context.reference) {
                    Some(anchor) => nearest_day(anchor, month, day_number)?,
                    None => {
                        Date::new(2000, month, day_number)?;
                        return date(format!("XXXX-{month:02}-{day_number:02}"));
                    }
                },
            };
            context.reference = Some(day);
            date(day.to_string())
        }
        Rule::MonthYear => {
            let month = month_of(c.name("month")?.as_str())?;
            let year: i32 = c.name("y")?.as_str().parse().ok()?;
            date(format!("{year:04}-{month:02}"))
        }
        Rule::Clock => {
            let day = match c.name("wd") {
                Some(w) => day_word(w.as_str(), published?, tense)?,
                None => context.reference.or(published)?,
            };
            let time = if let Some(noon) = c.name("noon") {
                if !noon.as_str().eq_ignore_ascii_case("midnight") {
                    "12:00".to_string()
                } else {
                    "24:00".to_string()
                }
            } else {
                let mut hour = number(c, "h")?;
                let minute = c.name("min").map_or(Some(0), |m| m.as_str().parse().ok())?;
                let pm = c.name("ap")?.as_str().to_ascii_lowercase().starts_with('p');
                if hour == 0 || hour > 12 || minute > 59 {
                    return None;
                }
                if pm && hour < 12 {
                    hour += 12;
                } else if !pm && hour == 12 {
                    hour = 0;
                }
                format!("{hour:02}:{minute:02}")
            };
            Some((TimexType::Time, format!("{day}T{time}")))
        }
        Rule::Holiday => {
            let name = normalise_space(c.name("name")?.as_str());
            let rule = HOLIDAYS.iter().find(|(n, _)| *n == name)?.1;
            let day = match (c.name("y"), published) {
                (Some(y), _) => holiday(rule, y.as_str().parse().ok()?)?,
                (None, Some(anchor)) => {
                    let this_year = holiday(rule, anchor.year)?;
                    let direction = c.name("dir").map(|d| d.as_str().to_ascii_lowercase());
                    let year = match direction.as_deref() {
                        Some("last") => anchor.year - i32::from(this_year >= anchor),
                        Some("next") => anchor.year + i32::from(this_year <= anchor),
                        _ => match tense {
                            Tense::Past if this_year > anchor => anchor.year - 1,
                            Tense::Future if this_year < anchor => anchor.year + 1,
                            _ => anchor.year,
                        },
                    };
                    holiday(rule, year)?
                }
                (None, None) => return None,
            };
            context.reference = Some(day);
            date(day.to_string())
        }
        Rule::MonthPart | Rule::RelativeMonth | Rule::Month => {
            let word = c.name("month")?.as_str();
            let month = month_of(word)?;
            // "Jan" alone is more often a name than a month; "May" needs "in May".
            let abbreviation =
                word.len() <= 4 && !["june", "july"].contains(&word.to_ascii_lowercase().as_str());
            let is_may = word.eq_ignore_ascii_case("may");
            if found.rule == Rule::Month
                && ((abbreviation && !is_may) || (is_may && c.name("pre").is_none()))
            {
                return None;
            }
            if let Some(y) = c.name("y") {
                return date(format!("{}-{month:02}", y.as_str()));
            }
            let anchor = published?;
            let direction = c.name("dir").map(|d| d.as_str().to_ascii_lowercase());
            let year = match direction.as_deref() {
                Some("next" | "coming" | "this coming") => {
                    anchor.year + i32::from(month <= anchor.month)
                }
                Some("last" | "past" | "this past") => {
                    anchor.year - i32::from(month >= anchor.month)
                }
                Some(_) => anchor.year,
                None => month_year(anchor, month, tense),
            };
            date(format!("{year:04}-{month:02}"))
        }
        Rule::Quarter => {
            // "the 1988 quarter": the quarter last spoken of, in that year.
            let last_quarter = || {
                context.quarter.map(|q| q.1).or_else(|| {
                    let p = published?;
                    Some(add_quarters((p.year, (p.month - 1) / 3 + 1), -1).1)
                })
            };
            let quarter = match c.name("ord") {
                Some(ord) => ordinal(ord.as_str())?.min(4),
                None => last_quarter()?,
            };
            let mut year = match (c.name("y"), published) {
                (Some(y), _) => y.as_str().parse().ok()?,
                (None, Some(p)) => p.year,
                (None, None) => return date(format!("XXXX-Q{quarter}")),
            };
            let relative = c.name("rel").map(|r| r.as_str().to_ascii_lowercase());
            year += match relative.as_deref() {
                Some("last") => -1,
                Some("next") => 1,
                _ => 0,
            };
            let whole = c.whole().as_str().to_ascii_lowercase();
            if c.name("yearago").is_some() || whole.starts_with("last year's") {
                year -= 1;
            } else if whole.starts_with("next year's") {
                year += 1;
            }
            if c.name("yearago").is_none() {
                context.quarter = Some((year, quarter));
            }
            date(format!("{year:04}-Q{quarter}"))
        }
        Rule::RelativeQuarter => {
            let modifier = c.name("mod").map(|m| m.as_str().to_ascii_lowercase());
            let is_period = c.name("unit")?.as_str().eq_ignore_ascii_case("period");
            let anchor = published?;
            let current = (anchor.year, (anchor.month - 1) / 3 + 1);
            let (year, quarter) = match modifier.as_deref() {
                Some("current" | "present" | "this") if !is_period => current,
                Some("next" | "coming") if !is_period => add_quarters(current, 1),
                Some("same") => context.quarter?,
                Some(_) => add_quarters(current, -1),
                None if is_period
                    || !c
                        .whole()
                        .as_str()
                        .trim_start()
                        .to_ascii_lowercase()
                        .starts_with("the") =>
                {
                    return None
                }
                None => context.quarter.unwrap_or(add_quarters(current, -1)),
            };
            date(format!("{year:04}-Q{quarter}"))
        }
        Rule::YearAgoQuarter => {
            let anchor = published?;
            match (c.name("unit"), context.quarter) {
                (_, Some((year, quarter))) => date(format!("{:04}-Q{quarter}", year - 1)),
                (Some(_), None) => {
                    let (year, quarter) =
                        add_quarters((anchor.year, (anchor.month - 1) / 3 + 1), -5);
                    date(format!("{year:04}-Q{quarter}"))
                }
                (None, None) => date(format!("{:04}", anchor.year - 1)),
            }
        }
        Rule::Half => {
            let half = match c.name("ord")?.as_str().to_ascii_lowercase().as_str() {
                "first" => 1,
                _ => 2,
            };
            let year = match (c.name("y"), published) {
                (Some(y), _) => y.as_str().parse().ok()?,
                (None, Some(p)) => {
                    let relative = c.name("rel").map(|r| r.as_str().to_ascii_lowercase());
                    p.year
                        + match relative.as_deref() {
                            Some("last") => -1,
                            Some("next") => 1,
                            _ => 0,
                        }
                }
                (None, None) => return None,
            };
            date(format!("{year:04}-H{half}"))
        }
        Rule::Season => {
            let season = season_of(c.name("season")?.as_str())?;
            let direction = c.name("dir").map(|d| d.as_str().to_ascii_lowercase());
            let year_given = c.name("y").or(c.name("y2"));
            let bare = direction.is_none() && c.name("pre").is_none() && year_given.is_none();
            // "the fall of the regime" is no season, nor "prices fall".
            if bare || (c.name("of").is_some() && year_given.is_none()) {
                return None;
            }
            if let Some(y) = year_given {
                return date(format!("{}-{season}", y.as_str()));
            }
            let anchor = published?;
            let year = season_year(anchor, season, direction.as_deref(), tense);
            date(format!("{year:04}-{season}"))
        }
        Rule::Decade => {
            let digits = if let Some(d) = c.name("d") {
                d.as_str().to_string()
            } else if let Some(s) = c.name("short") {
                let tens: u32 = s.as_str().parse().ok()?;
                let century = if tens <= 2 { "20" } else { "19" };
                format!("{century}{tens}")
            } else {
                let word = c.name("word")?.as_str().to_ascii_lowercase();
                let tens = DECADE_WORDS.iter().position(|w| *w == word)? + 2;
                format!("19{tens}")
            };
            date(digits)
        }
        Rule::Century => {
            let n: u32 = match c.name("n") {
                Some(n) => n.as_str().parse().ok()?,
                None => match c.name("word")?.as_str().to_ascii_lowercase().as_str() {
                    "eighteenth" => 18,
                    "nineteenth" => 19,
                    "twentieth" => 20,
                    _ => 21,
                },
            };
            (1..=21)
                .contains(&n)
                .then(|| (TimexType::Date, format!("{:02}", n - 1)))
        }
        Rule::YearPart => {
            context.year = c.name("y")?.as_str().parse().ok();
            date(c.name("y")?.as_str().to_string())
        }
        Rule::Year => {
            let year: i32 = c.name("y")?.as_str().parse().ok()?;
            if !plausible_year(c, year) {
                return None;
            }
            context.year = Some(year);
            date(format!("{year:04}"))
        }
        Rule::WordYear => {
            let year = if c.name("thousand").is_some() {
                let units = c.name("units").map_or(Some(0), |u| count(u.as_str()))?;
                // "two thousand" alone is a count more often than a year.
                if units == 0 && !c.whole().as_str().to_ascii_lowercase().starts_with("the") {
                    return None;
                }
                2000 + units
            } else {
                let century = if c.name("century")?.as_str().eq_ignore_ascii_case("twenty") {
                    2000
                } else {
                    1900
                };
                century + count(c.name("rest")?.as_str())?
            };
            context.year = Some(year as i32);
            date(format!("{year:04}"))
        }
        Rule::DayWord => {
            let anchor = published?;
            let day = if let Some(rel) = c.name("rel") {
                if rel.as_str().to_ascii_lowercase().starts_with("before") {
                    anchor.add_days(-2)
                } else {
                    anchor.add_days(2)
                }
            } else {
                match c.name("w")?.as_str().to_ascii_lowercase().as_str() {
                    "yesterday" => anchor.add_days(-1),
                    "tomorrow" => anchor.add_days(1),
                    _ => anchor,
                }
            };
            context.reference = Some(day);
            date(day.to_string())
        }
        Rule::PartOfToday => {
            let anchor = published?;
            let part = daypart_of(c.name("part")?.as_str())?;
            let last = c.name("which")?.as_str().eq_ignore_ascii_case("last");
            if last && part != "NI" {
                return None;
            }
            let day = if last { anchor.add_days(-1) } else { anchor };
            Some((TimexType::Time, format!("{day}T{part}")))
        }
        Rule::Weekday => {
            let anchor = published?;
            // "Wednesday's ruling" names a day already past.
            let tense = if c.name("poss").is_some() && tense == Tense::Future {
                Tense::Unknown
            } else {
                tense
            };
            let weekday = weekday_of(c.name("wd")?.as_str())?;
            let direction = c.name("dir").map(|d| d.as_str().to_ascii_lowercase());
            let today = anchor.weekday() + 1;
            let back = i64::from((today + 7 - weekday) % 7);
            let forward = i64::from((weekday + 7 - today) % 7);
            let day = match direction.as_deref() {
                Some("last" | "this past" | "past") => {
                    anchor.add_days(-(if back == 0 { 7 } else { back }))
                }
                Some("next" | "coming" | "this coming") => {
                    anchor.add_days(if forward == 0 { 7 } else { forward })
                }
                _ if tense == Tense::Future => anchor.add_days(forward),
                _ => anchor.add_days(-back),
            };
            context.reference = Some(day);
            date(day.to_string())
        }
        Rule::RelativeUnit => {
            let direction = c.name("dir")?.as_str().to_ascii_lowercase();
            let unit = c.name("unit")?.as_str().to_ascii_lowercase();
            let step: i32 = match direction.as_str() {
                "last" | "past" | "previous" => -1,
                "next" | "coming" | "following" => 1,
                _ => 0,
            };
            let anchor = if matches!(direction.as_str(), "that" | "same" | "following") {
                match (unit.as_str(), context.year) {
                    ("year", Some(year)) => Date::new(year, 1, 1)?,
                    _ => context.reference.or(published)?,
                }
            } else {
                published?
            };
            date(unit_value(anchor, &unit, step)?)
        }
        Rule::Weekend => {
            let anchor = published?;
            let saturday_or_sunday = anchor.weekday() >= 5;
            let step = match (tense, saturday_or_sunday) {
                (_, true) => 0,
                (Tense::Future, false) => 0,
                (Tense::Past | Tense::Unknown, false) => -1,
            };
            date(unit_value(anchor, "weekend", step)?)
        }
        Rule::WholeYear => date(format!("{:04}", published?.year)),
        Rule::YearEnded => Some((TimexType::Duration, "P1Y".to_string())),
        Rule::PartOfUnit => {
            let direction = c.name("dir")?.as_str().to_ascii_lowercase();
            let unit = c.name("unit")?.as_str().to_ascii_lowercase();
            let step = match direction.as_str() {
                "next" => 1,
                "last" => -1,
                _ => 0,
            };
            let anchor = published?;
            if unit == "quarter" {
                let (year, quarter) = add_quarters((anchor.year, (anchor.month - 1) / 3 + 1), step);
                return date(format!("{year:04}-Q{quarter}"));
            }
            date(unit_value(anchor, &unit, step)?)
        }
        Rule::Ago => {
            let anchor = published?;
            let unit = unit_of(c.name("unit")?.as_str())?;
            match count(c.name("num")?.as_str()) {
                Some(1) if unit == 'Y' && context.quarter.is_some() => year_before_quarter(context),
                Some(n) => date(shifted(anchor, unit, -(n as i64))?),
                None => date("PAST_REF".to_string()),
            }
        }
        Rule::VagueAgo => date("PAST_REF".to_string()),
        Rule::Offset => {
            let anchor = context.reference.or(published)?;
            let unit = unit_of(c.name("unit")?.as_str())?;
            // "a few days later" tells a length of time, not a day.
            let Some(n) = count(c.name("num")?.as_str()) else {
                return Some((TimexType::Duration, duration_value(None, unit)));
            };
            let n = i64::from(n);
            let later = c
                .name("dir")?
                .as_str()
                .to_ascii_lowercase()
                .starts_with("later")
                || c.name("dir")?
                    .as_str()
                    .to_ascii_lowercase()
                    .starts_with("after");
            if !later && n == 1 && unit == 'Y' && context.quarter.is_some() {
                return year_before_quarter(context);
            }
            let value = shifted(anchor, unit, if later { n } else { -n })?;
            if unit == 'D' {
                context.reference = value.parse().ok();
            }
            date(value)
        }
        Rule::SameDay => {
            let anchor = context.reference.or(published)?;
            let phrase = c.whole().as_str().to_ascii_lowercase();
            let shift = if phrase.contains("next")
                || phrase.contains("following")
                || phrase.contains("after")
            {
                1
            } else if phrase.contains("previous")
                || phrase.contains("before")
                || phrase.contains("preceding")
            {
                -1
            } else {
                0
            };
            let day = anchor.add_days(shift);
            context.reference = Some(day);
            date(day.to_string())
        }
        Rule::Vague => {
            let phrase = normalise_space(c.whole().as_str());
            let value = VAGUE_REFERENCES
                .iter()
                .find(|(p, _)| p.eq_ignore_ascii_case(&phrase))
                .map_or("PAST_REF", |(_, v)| v);
            date(value.to_string())
        }
        Rule::Set => {
            if let Some(weekday) = c.name("wd") {
                return Some((
                    TimexType::Set,
                    format!("XXXX-WXX-{}", weekday_of(weekday.as_str())?),
                ));
            }
            let (n, unit) = if let Some(adverb) = c.name("adverb") {
                match adverb.as_str().to_ascii_lowercase().as_str() {
                    "daily" | "nightly" => (1, "day"),
                    "weekly" => (1, "week"),
                    "biweekly" => (2, "week"),
                    "monthly" => (1, "month"),
                    "hourly" => (1, "hour"),
                    _ => (1, "year"),
                }
            } else {
                let n = c.name("num").map_or(Some(1), |n| count(n.as_str()))?;
                (n, c.name("unit")?.as_str())
            };
            let value = match unit.to_ascii_lowercase().trim_end_matches('s') {
                "morning" | "night" | "evening" | "day" => format!("P{n}D"),
                "week" | "weekend" => format!("P{n}W"),
                "month" => format!("P{n}M"),
                "quarter" => format!("P{}M", 3 * n),
                "hour" => format!("PT{n}H"),
                "decade" => format!("P{}Y", 10 * n),
                _ => format!("P{n}Y"),
            };
            Some((TimexType::Set, value))
        }
        Rule::VagueSpan => {
            let unit = c.name("unit").or(c.name("unit2"))?.as_str();
            Some((TimexType::Duration, duration_value(None, unit_of(unit)?)))
        }
        Rule::Duration => {
            if c.name("old").is_some() {
                return None;
            }
            let unit_word = c.name("unit")?.as_str();
            let unit = unit_of(unit_word)?;
            let amount = amount(c.name("num")?.as_str());
            // "a second" and "1988 second quarter" are ordinals, "three-quarters"
            // and "a quarter of" fractions: none is a length of time.
            let hyphenated = c.whole().as_str().contains('-');
            let article = c.name("num")?.as_str().eq_ignore_ascii_case("a");
            if unit == 'Q' && (hyphenated || article) {
                return None;
            }
            if unit_word.eq_ignore_ascii_case("second")
                || (unit == 'Q' && amount.as_deref().is_some_and(|a| a.len() > 2))
            {
                return None;
            }
            Some((TimexType::Duration, duration_value(amount, unit)))
        }
        Rule::VagueDuration => {
            let unit = c.name("unit").or(c.name("unit2"))?.as_str();
            Some((TimexType::Duration, duration_value(None, unit_of(unit)?)))
        }
    }
}

/// The quarter a year before the last one mentioned: what "a year earlier" means
/// in a quarterly report.
fn year_before_quarter(context: &Context) -> Option<(TimexType, String)> {
    let (year, quarter) = context.quarter?;
    Some((TimexType::Date, format!("{:04}-Q{quarter}", year - 1)))
}

/// The day of a holiday rule (`MM-DD`, or `N-W-MM`: the N-th weekday W of month
/// MM, N = 5 for the last) in `year`.
fn holiday(rule: &str, year: i32) -> Option<Date> {
    let parts: Vec<u32> = rule.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        [month, day] => Date::new(year, *month, *day),
        [n, weekday, month] => {
            let first = Date::new(year, *month, 1)?;
            let offset = (weekday + 7 - (first.weekday() + 1)) % 7;
            let mut day = first.add_days(i64::from(offset) + 7 * i64::from(n.saturating_sub(1)));
            while day.month != *month {
                day = day.add_days(-7);
            }
            Some(day)
        }
        _ => None,
    }
}

/// The number in group `name`.
fn number(c: &Slots<'_>, name: &str) -> Option<u32> {
    c.name(name)?.as_str().parse().ok()
}

/// The month number of a month name ("Sept." → 9).
pub fn month_of(word: &str) -> Option<u32> {
    calendar_value("month", word)?.parse().ok()
}

/// The ISO weekday number of a day name (Monday = 1).
pub fn weekday_of(word: &str) -> Option<u32> {
    calendar_value("weekday", word)?.parse().ok()
}

fn season_of(word: &str) -> Option<&'static str> {
    calendar_value("season", word)
}

fn daypart_of(word: &str) -> Option<&'static str> {
    calendar_value("daypart", word)
}

fn calendar_value(kind: &str, word: &str) -> Option<&'static str> {
    let word = word.trim_end_matches('.');
    CALENDAR_NAMES
        .iter()
        .find(|r| r.0 == kind && r.1.eq_ignore_ascii_case(word))
        .map(|r| r.2)
}

/// 1 for "first", 2 for "second" / "2nd", and so on.
fn ordinal(word: &str) -> Option<u32> {
    let word = word.to_ascii_lowercase();
    ["first", "second", "third", "fourth"]
        .iter()
        .position(|w| *w == word)
        .map(|i| i as u32 + 1)
        .or_else(|| word.get(..1)?.parse().ok())
}

/// A number word or digits; `None` for "several", "a few".
fn count(text: &str) -> Option<u32> {
    // Counts beyond any calendar ("99999 decades ago") would overflow the arithmetic.
    amount(text)
        .and_then(|a| crate::decimal::parse(&a))
        .filter(|v| *v < 10_000.0)
        .map(|v| v as u32)
}

/// The amount as written in a value ("2", "1.5"), `None` when unstated.
fn amount(text: &str) -> Option<String> {
    let text = normalise_space(&text.to_ascii_lowercase());
    if text.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return Some(text.replace(',', ""));
    }
    if let Some((tens, units)) = text.split_once(['-', ' ']) {
        if let (Some(Some(t)), Some(Some(u))) = (word_number(tens), word_number(units)) {
            if t >= 20 && t % 10 == 0 && u < 10 {
                return Some((t + u).to_string());
            }
        }
    }
    word_number(&text)?.map(|n| n.to_string())
}

fn word_number(word: &str) -> Option<Option<u32>> {
    TEMPORAL_NUMBERS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, v)| *v)
}

fn normalise_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The TIMEX3 letter of a unit word: Y, M, W, D, E (decade), C (century), Q, H (hour), N (minute), S.
fn unit_of(word: &str) -> Option<char> {
    let word = word.to_ascii_lowercase();
    Some(match word.trim_end_matches('s') {
        "year" => 'Y',
        "month" => 'M',
        "week" => 'W',
        "day" | "night" => 'D',
        "decade" => 'E',
        "century" | "centurie" => 'C',
        "quarter" => 'Q',
        "hour" => 'H',
        "minute" => 'N',
        "second" => 'S',
        _ => return None,
    })
}

/// An ISO duration: `P3Y`, `P10D`, `PT5H`, `PXW` for an unstated amount.
fn duration_value(amount: Option<String>, unit: char) -> String {
    let scaled = |factor: f64| match &amount {
        Some(a) => crate::decimal::parse(a)
            .map(|v| format_amount(v * factor))
            .unwrap_or_else(|| "X".into()),
        None => "X".into(),
    };
    match unit {
        'E' => format!("P{}Y", scaled(10.0)),
        'C' => format!("P{}Y", scaled(100.0)),
        'Q' => format!("P{}M", scaled(3.0)),
        'H' => format!("PT{}H", scaled(1.0)),
        'N' => format!("PT{}M", scaled(1.0)),
        'S' => format!("PT{}S", scaled(1.0)),
        other => format!("P{}{other}", scaled(1.0)),
    }
}

/// A duration's amount as TIMEX3 writes it ("2", "1.5"), to three decimals,
/// which is more than news text gives; written by hand because float
/// formatting alone would add 18 KB to the wasm.
fn format_amount(value: f64) -> String {
    let thousandths = (value * 1000.0).round() as i64;
    let (whole, fraction) = (thousandths / 1000, (thousandths % 1000).abs());
    if fraction == 0 {
        return whole.to_string();
    }
    let digits = format!("{fraction:03}");
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

/// The period `n` units from `anchor`, at the unit's precision.
fn shifted(anchor: Date, unit: char, n: i64) -> Option<String> {
    Some(match unit {
        'Y' => format!("{:04}", anchor.year + n as i32),
        'E' => format!("{:04}", anchor.year + 10 * n as i32),
        'C' => format!("{:04}", anchor.year + 100 * n as i32),
        'M' => {
            let d = anchor.add_months(n as i32);
            format!("{:04}-{:02}", d.year, d.month)
        }
        'Q' => {
            let (year, quarter) = add_quarters((anchor.year, (anchor.month - 1) / 3 + 1), n as i32);
            format!("{year:04}-Q{quarter}")
        }
        'W' => week_value(anchor.add_days(7 * n)),
        'D' => anchor.add_days(n).to_string(),
        _ => anchor.to_string(),
    })
}

fn week_value(day: Date) -> String {
    let (year, week) = day.iso_week();
    format!("{year:04}-W{week:02}")
}

/// "this/next/last week|weekend|month|year|decade|century" from `anchor`.
fn unit_value(anchor: Date, unit: &str, step: i32) -> Option<String> {
    Some(match unit {
        "week" => week_value(anchor.add_days(7 * i64::from(step))),
        "weekend" => format!("{}-WE", week_value(anchor.add_days(7 * i64::from(step)))),
        "month" => {
            let d = anchor.add_months(step);
            format!("{:04}-{:02}", d.year, d.month)
        }
        "year" => format!("{:04}", anchor.year + step),
        "decade" => format!("{:03}", anchor.year.div_euclid(10) + step),
        "century" => format!("{:02}", anchor.year.div_euclid(100) + step),
        _ => return None,
    })
}

fn add_quarters((year, quarter): (i32, u32), n: i32) -> (i32, u32) {
    let index = year * 4 + quarter as i32 - 1 + n;
    (index.div_euclid(4), index.rem_euclid(4) as u32 + 1)
}

/// The year of a month named without one: the nearest, except that a past-tense
/// sentence reaches back for a month over two months ahead, and a future-tense
/// one forward for a month over two months behind.
fn month_year(anchor: Date, month: u32, tense: Tense) -> i32 {
    let gap = month as i32 - anchor.month as i32;
    match tense {
        Tense::Past if gap > 2 => anchor.year - 1,
        Tense::Future if gap < -2 => anchor.year + 1,
        _ if gap > 6 => anchor.year - 1,
        _ if gap < -6 => anchor.year + 1,
        _ => anchor.year,
    }
}

/// The day "Dec. 9" names near `anchor`: in the anchor's year unless that is
/// more than half a year away.
fn nearest_day(anchor: Date, month: u32, day: u32) -> Option<Date> {
    let same = Date::new(anchor.year, month, day)
        .or_else(|| Date::new(anchor.year - 1, month, day).filter(|_| month == 2))?;
    let gap = same.days() - anchor.days();
    let year = match gap {
        _ if gap > 183 => anchor.year - 1,
        _ if gap < -183 => anchor.year + 1,
        _ => anchor.year,
    };
    Date::new(year, month, day).or(Some(same))
}

/// The year a season named without one belongs to.
fn season_year(anchor: Date, season: &str, direction: Option<&str>, tense: Tense) -> i32 {
    let start = match season {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
    // The season the anchor is in, as (year, start month); January and February
    // belong to the winter that began in December.
    let winter_carry = anchor.month < 3;
    let current_year = if winter_carry {
        anchor.year - 1
    } else {
        anchor.year
    };
    let begun = winter_carry || anchor.month >= start;
    let this_year = if start == 12 {
        current_year
    } else {
        anchor.year
    };
    match direction {
        Some("last" | "past" | "this past") => {
            if begun && !(start == 12 && winter_carry) && anchor.month >= start + 3 {
                this_year
            } else {
                this_year - 1
            }
        }
        Some("next" | "coming") => {
            if begun {
                this_year + 1
            } else {
                this_year
            }
        }
        Some(_) => this_year,
        None => match tense {
            Tense::Past | Tense::Unknown if !begun => this_year - 1,
            _ => this_year,
        },
    }
}

/// The day a weekday or a day word next to a clock time names.
fn day_word(word: &str, anchor: Date, tense: Tense) -> Option<Date> {
    match word.to_ascii_lowercase().as_str() {
        "today" => Some(anchor),
        "yesterday" => Some(anchor.add_days(-1)),
        "tomorrow" => Some(anchor.add_days(1)),
        _ => {
            let weekday = weekday_of(word)?;
            let today = anchor.weekday() + 1;
            Some(match tense {
                Tense::Future => anchor.add_days(i64::from((weekday + 7 - today) % 7)),
                Tense::Past | Tense::Unknown => {
                    anchor.add_days(-i64::from((today + 7 - weekday) % 7))
                }
            })
        }
    }
}

/// Whether four digits are a year: not money, not a count of things ("2000
/// troops"), not part of a longer number, and in 1900–2099 unless a word such as
/// "in" or "since" introduces it.
fn plausible_year(c: &Slots<'_>, year: i32) -> bool {
    let before = c.name("before").map_or("", |b| b.as_str());
    if before.starts_with(['$', '#', '\u{a3}', '\u{20ac}']) {
        return false;
    }
    let after = c.name("after").map_or("", |a| a.as_str().trim());
    if after.starts_with(',') || after.starts_with('%') {
        return false;
    }
    if has_role(after, ContextRole::CountNoun) {
        return false;
    }
    let word = before.trim().trim_end_matches('.').to_ascii_lowercase();
    if (1900..=2099).contains(&year) {
        return !has_role(&word, ContextRole::NumberLabel);
    }
    has_role(&word, ContextRole::EarlyYear) && (1000..1900).contains(&year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_duration_amounts_without_float_noise() {
        assert_eq!(format_amount(2.0), "2");
        assert_eq!(format_amount(1.5), "1.5");
        assert_eq!(format_amount(0.25), "0.25");
        assert_eq!(format_amount(1.0 / 3.0 * 3.0), "1");
        assert_eq!(format_amount(0.1 + 0.2), "0.3");
    }
}
