//! Seasons: "last fall", "the summer of 1998", "this spring".

use super::values::{calendar_value, date};
use crate::analysis::TimexType;
use crate::calendar::Date;
use crate::dates::grammar::Slots;
use crate::dates::resolve::{Context, Tense};

/// The season (`1998-SU`) of the year written, or of the year its direction
/// or the tense of the sentence gives; a bare season word ("prices fall", "the
/// fall of the regime") is none.
pub fn resolve_season(
    c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let season = calendar_value("season", c.name("season")?.as_str())?;
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
    let anchor = context.published?;
    let year = season_year(anchor, season, direction.as_deref(), tense);
    date(format!("{year:04}-{season}"))
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
