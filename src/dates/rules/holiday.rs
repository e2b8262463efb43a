//! Holidays: "Christmas", "last Thanksgiving", "Labor Day 1998", dated by
//! the rules of `data/holidays.tsv`.

use super::values::{date, normalise_space};
use crate::analysis::TimexType;
use crate::calendar::Date;
use crate::data::HOLIDAYS;
use crate::dates::grammar::Slots;
use crate::dates::resolve::{Context, Tense};

/// The holiday in the year written, or in the year its direction or the
/// tense of the sentence gives around the publication date.
pub fn resolve_holiday(
    c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let name = normalise_space(c.name("name")?.as_str());
    let rule = HOLIDAYS.iter().find(|(n, _)| *n == name)?.1;
    let day = match (c.name("y"), context.published) {
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
