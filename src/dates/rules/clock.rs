//! Times of day: "10 p.m. Wednesday", "3:30 pm", "noon Thursday".

use super::values::{number, weekday_of};
use crate::analysis::TimexType;
use crate::calendar::Date;
use crate::dates::grammar::Slots;
use crate::dates::resolve::{Context, Tense};

/// "10 p.m. Wednesday", "noon": the time on the day named beside it, or on
/// the last day mentioned.
pub fn resolve_clock(
    c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let day = match c.name("wd") {
        Some(w) => day_word(w.as_str(), context.published?, tense)?,
        None => context.reference.or(context.published)?,
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
