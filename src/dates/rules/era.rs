//! Decades, centuries and years in words: "the 1990s", "the eighties", "the
//! 20th century", "nineteen ninety-six".

use super::values::{count, date};
use crate::analysis::TimexType;
use crate::dates::grammar::{Slots, DECADE_WORDS};
use crate::dates::resolve::{Context, Tense};

/// "the 1990s" (`199`), "the early '80s" (`198`), "the eighties" (`198`).
pub fn resolve_decade(
    c: &Slots<'_>,
    _tense: Tense,
    _context: &mut Context,
) -> Option<(TimexType, String)> {
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

/// "the 20th century" (`19`), "the twenty-first century" (`20`).
pub fn resolve_century(
    c: &Slots<'_>,
    _tense: Tense,
    _context: &mut Context,
) -> Option<(TimexType, String)> {
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

/// "nineteen ninety-six", "the year two thousand and one": the year, which
/// "later that year" counts from.
pub fn resolve_word_year(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
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
