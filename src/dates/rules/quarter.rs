//! Quarters and halves of a (fiscal) year: "the third quarter of 1998",
//! "Q3", "the latest quarter", "the year-ago quarter", "the first half".

use super::values::{add_quarters, date, quarter_of};
use crate::analysis::TimexType;
use crate::dates::grammar::Slots;
use crate::dates::resolve::{Context, Tense};

/// "the third quarter of 1998", "fourth-quarter", "Q3": the quarter of the
/// year written, or of the publication year shifted by "last year's" or
/// "year-ago"; it becomes the quarter later mentions refer to.
pub fn resolve_quarter(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let published = context.published;
    // "the 1988 quarter": the quarter last spoken of, in that year.
    let last_quarter = || {
        context.quarter.map(|q| q.1).or_else(|| {
            let p = published?;
            Some(add_quarters(quarter_of(p), -1).1)
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

/// "the latest quarter", "the current quarter", "the same quarter": a quarter
/// counted from the publication date's, or the one last mentioned.
pub fn resolve_relative_quarter(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let modifier = c.name("mod").map(|m| m.as_str().to_ascii_lowercase());
    let is_period = c.name("unit")?.as_str().eq_ignore_ascii_case("period");
    let anchor = context.published?;
    let current = quarter_of(anchor);
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

/// "the year-ago quarter", "year-earlier": the quarter a year before the one
/// last mentioned, or five before the publication date's; without "quarter"
/// and with none mentioned, the year before the publication year.
pub fn resolve_year_ago_quarter(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let anchor = context.published?;
    match (c.name("unit"), context.quarter) {
        (_, Some((year, quarter))) => date(format!("{:04}-Q{quarter}", year - 1)),
        (Some(_), None) => {
            let (year, quarter) = add_quarters(quarter_of(anchor), -5);
            date(format!("{year:04}-Q{quarter}"))
        }
        (None, None) => date(format!("{:04}", anchor.year - 1)),
    }
}

/// "the first half of 1998", "the second half": `1998-H1`.
pub fn resolve_half(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let half = match c.name("ord")?.as_str().to_ascii_lowercase().as_str() {
        "first" => 1,
        _ => 2,
    };
    let year = match (c.name("y"), context.published) {
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

/// 1 for "first", 2 for "second" / "2nd", and so on.
fn ordinal(word: &str) -> Option<u32> {
    let word = word.to_ascii_lowercase();
    ["first", "second", "third", "fourth"]
        .iter()
        .position(|w| *w == word)
        .map(|i| i as u32 + 1)
        .or_else(|| word.get(..1)?.parse().ok())
}
