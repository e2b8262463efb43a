//! Seasons: "last fall", "the summer of 1998", "this spring", "midsummer".

use super::values::{calendar_value, date};
use super::{
    calendar_name, glued, leftmost, lower_or_capital, month, spaced_word, word_within, Opening,
    Starts, TokenRule, WRITTEN_NAMES,
};
use crate::analysis::TimexType;
use crate::calendar::Date;
use crate::dates::grammar::{Rule, Slots};
use crate::dates::resolve::{Context, Tense};
use crate::lexicon::CALENDAR_NAMES;
use crate::text::tokens::{Tokens, SPACED, WORD};
use std::sync::LazyLock;

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 1] = [&SEASON_RULE];

/// "last fall", "the summer of 1998", "this spring", with the word before it
/// ("in", "since").
pub static SEASON_RULE: TokenRule = TokenRule {
    rule: Rule::Season,
    trigger: WORD,
    find: season,
    opens: Opening::ANY_WORD,
    needs: &[],
    needs_data: Some(season_words),
    #[cfg(test)]
    examples: &[
        ("Troops left in the summer of 1998.", "the summer of 1998"),
        ("Prices rose last fall.", "last fall"),
        ("Crops fail by mid-Winter.", "mid-Winter"),
    ],
};

/// The words that may stand before a season, as the grammar writes them.
const BEFORE_SEASON: [&str; 11] = [
    "in", "during", "by", "since", "until", "through", "In", "During", "By", "Since", "Until",
];

/// The directions before a season, in lower case (a capital may open them)
/// and the word after the first, in the grammar's order of preference; a
/// direction may run into the season ("midsummer"), and "mid" may take a
/// hyphen.
const DIRECTIONS: [(&str, Option<&str>); 12] = [
    ("last", None),
    ("this", None),
    ("next", None),
    ("that", None),
    ("this", Some("past")),
    ("past", None),
    ("coming", None),
    ("early", None),
    ("late", None),
    ("the", None),
    ("the", Some("early")),
    ("the", Some("late")),
];

/// The seasons of `data/calendar_names.tsv`, in lower case.
static SEASONS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    CALENDAR_NAMES
        .iter()
        .filter(|r| r.0 == "season")
        .map(|r| r.1)
        .collect()
});

/// Whether `text` is a season as the grammar writes it: in lower case, with
/// a capital, or in upper case.
fn season_word(text: &str) -> bool {
    WRITTEN_NAMES.iter().any(|(kind, name, upper, _)| {
        *kind == "season" && (lower_or_capital(text, name) || upper == text)
    })
}

/// A season at `index` after white space or none: its token.
fn season_after(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    tokens
        .get(index)
        .filter(|t| t.is(WORD) && season_word(tokens.text(index)))
        .map(|_| index)
}

/// Where the season starts (a byte), its token, and the end of the direction
/// before it, from a direction whose last word opens the word at `at`.
fn after_direction_word(
    tokens: &Tokens<'_>,
    at: usize,
    word: &str,
    capital: bool,
) -> Option<(usize, usize, usize)> {
    let text = tokens.text(at);
    let head = text.get(..word.len())?;
    let matches = head == word || (capital && lower_or_capital(head, word));
    if !matches {
        return None;
    }
    let start = tokens.all()[at].start;
    let rest = &text[word.len()..];
    if !rest.is_empty() {
        return season_word(rest).then_some((start + word.len(), at, start + word.len()));
    }
    let season = spaced_word(tokens, at + 1).and_then(|_| season_after(tokens, at + 1))?;
    Some((tokens.all()[season].start, season, tokens.all()[at].end))
}

/// The season at `index` and what opens it: the end of its direction, if
/// any, where the season starts, and its token.
fn directed_season(tokens: &Tokens<'_>, index: usize) -> Option<(Option<usize>, usize, usize)> {
    for (first, second) in DIRECTIONS {
        let found = match second {
            None => after_direction_word(tokens, index, first, true),
            Some(second) => {
                let whole_first = lower_or_capital(tokens.text(index), first)
                    && spaced_word(tokens, index + 1).is_some();
                whole_first
                    .then(|| after_direction_word(tokens, index + 1, second, false))
                    .flatten()
            }
        };
        if let Some((start, season, direction_end)) = found {
            return Some((Some(direction_end), start, season));
        }
    }
    if let Some(found) = mid(tokens, index) {
        return Some(found);
    }
    let season = season_after(tokens, index)?;
    Some((None, tokens.all()[season].start, season))
}

/// "mid-summer", "Mid summer", "midsummer".
fn mid(tokens: &Tokens<'_>, index: usize) -> Option<(Option<usize>, usize, usize)> {
    let text = tokens.text(index);
    let head = text.get(..3)?;
    if !lower_or_capital(head, "mid") {
        return None;
    }
    if text.len() == 3 && glued(tokens, index + 1, "-") {
        if let Some(season) = season_after(tokens, index + 2) {
            let direction_end = tokens.all()[index + 1].end;
            return Some((Some(direction_end), tokens.all()[season].start, season));
        }
    }
    let (start, season, direction_end) = after_direction_word(tokens, index, "mid", true)?;
    Some((Some(direction_end), start, season))
}

/// The directions a season may run into ("midsummer", "lastfall"), in lower
/// case: the last word of each of [`DIRECTIONS`], and "mid".
const GLUED_DIRECTIONS: [&str; 10] = [
    "last", "this", "next", "that", "past", "coming", "early", "late", "the", "mid",
];

/// The words a match holds one of: a season, or a season run into its
/// direction. Such a word is ASCII, so it is its fold.
fn season_words() -> Vec<String> {
    let glued = GLUED_DIRECTIONS
        .iter()
        .flat_map(|d| SEASONS.iter().map(move |s| format!("{d}{s}")));
    SEASONS.iter().map(|s| s.to_string()).chain(glued).collect()
}

/// Whether a word's fold ends in a season ("fall", "midsummer"): only such a
/// word can end a season's name.
fn ends_in_season(folded: &str) -> bool {
    SEASONS.iter().any(|season| folded.ends_with(season))
}

/// How many tokens a match may run before its season: a word before it, and
/// a direction of two words ("in the early spring").
const BEFORE_THE_SEASON: usize = 3;

fn season<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    let sentence = tokens.sentence();
    // "fall" and "spring" are common verbs and nouns too: a start is tried
    // only where a season's word lies close enough after it.
    leftmost(tokens, starts, found, |tokens, index| {
        if !word_within(tokens, index, BEFORE_THE_SEASON, ends_in_season) {
            return None;
        }
        let before = (BEFORE_SEASON.contains(&tokens.text(index))
            && spaced_word(tokens, index + 1).is_some())
        .then(|| Some((index + 1, directed_season(tokens, index + 1)?)))
        .flatten();
        let (t, (direction_end, season_start, season)) = match before {
            Some(found) => found,
            None => (index, directed_season(tokens, index)?),
        };
        let all = tokens.all();
        // An abbreviation takes a full stop before a word character ("fall.x"),
        // where the boundary after the season holds.
        let abbreviation = calendar_name("season", &sentence[season_start..all[season].end]);
        let season = if abbreviation == Some(true)
            && glued(tokens, season + 1, ".")
            && tokens
                .get(season + 2)
                .is_some_and(|t| t.is(WORD) && !t.is(SPACED))
        {
            season + 1
        } else {
            season
        };
        let of = spaced_word(tokens, season + 1).filter(|_| tokens.text(season + 1) == "of");
        let year_at = |at: usize| {
            spaced_word(tokens, at)
                .filter(|_| month::year(tokens, at))
                .map(|y| (y.start, y.end))
        };
        let (of, year, year_after_season) = match of {
            Some(of) => (Some((all[season].end, of.end)), year_at(season + 2), None),
            None => (None, None, year_at(season + 1)),
        };
        let end = year
            .or(year_after_season)
            .or(of)
            .map_or(all[season].end, |span| span.1);
        let mut slots = Slots::new(sentence, all[index].start, end);
        if t > index {
            slots.fill("pre", sentence, all[index].start, all[index].end);
        }
        slots.fill("t", sentence, all[t].start, end);
        if let Some(direction_end) = direction_end {
            slots.fill("dir", sentence, all[t].start, direction_end);
        }
        slots.fill("season", sentence, season_start, all[season].end);
        for (name, span) in [("of", of), ("y", year), ("y2", year_after_season)] {
            if let Some((from, to)) = span {
                slots.fill(name, sentence, from, to);
            }
        }
        Some(slots)
    });
}

/// The regex this rule replaced, the oracle of its tests.
#[cfg(test)]
pub const ORACLES: [(&TokenRule, &str); 1] = [(
    &SEASON_RULE,
    r"(?x) (?: \b (?P<pre>in|during|by|since|until|through|In|During|By|Since|Until) \s+ )?
       (?P<t> \b (?: (?P<dir>[Ll]ast|[Tt]his|[Nn]ext|[Tt]hat|[Tt]his\s+past|[Pp]ast|[Cc]oming|[Ee]arly|[Ll]ate|[Tt]he|[Tt]he\s+early|[Tt]he\s+late|[Mm]id-?) \s* )?
         (?P<season>{SEASON}|Spring|Summer|Fall|Autumn|Winter) \b
         (?: (?P<of>\s+of\b) (?: \s+ (?P<y>{YEAR}) \b )? | \s+ (?P<y2>{YEAR}) \b )? )",
)];

/// Seasons with every word before them, direction and year the rule allows,
/// in several spellings, cases and surroundings.
#[cfg(test)]
pub fn generated_phrases() -> Vec<String> {
    let before = [
        "",
        "in ",
        "In  ",
        "IN ",
        "since ",
        "Until ",
        "through\n",
        "to ",
    ];
    let directions = [
        "",
        "last ",
        "Last",
        "LAST ",
        "that ",
        "That",
        "this past ",
        "This  Past ",
        "this pa\u{17F}t ",
        "this past",
        "the ",
        "The early ",
        "the late",
        "the earliest ",
        "mid-",
        "Mid- ",
        "mid - ",
        "mid",
        "Mid ",
        "coming ",
        "lately ",
    ];
    let seasons = [
        "summer",
        "Summer",
        "SUMMER",
        "sUmmer",
        "fall",
        "Fall",
        "autumn",
        "Winter",
        "springs",
        "spring\u{e9}",
        "fall.",
        "FALL.x",
        "Fall.x",
        "fall.\u{e9}",
    ];
    let endings = [
        "",
        " of",
        " of 1998",
        " Of 1998",
        " of  2024",
        " of 19985",
        " 1998",
        ", 1998",
        " 1998s",
        " offer",
    ];
    let phrases = super::every_joining(&[&before[..], &directions[..], &seasons[..], &endings[..]]);
    super::framed(phrases)
}

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
    // "the fall of the regime" is no season, nor "prices fall"; nor "the
    // fall" that no word of time opens ("Forty-eight hours after the fall,
    // the base was quiet"), where "in the fall" is.
    let the_fall = direction.as_deref() == Some("the")
        && season == "FA"
        && c.name("pre").is_none()
        && year_given.is_none()
        && c.name("season")
            .is_some_and(|s| s.as_str().eq_ignore_ascii_case("fall"));
    if bare || the_fall || (c.name("of").is_some() && year_given.is_none()) {
        return None;
    }
    // A year told with the season is the one "that year" means after it.
    if let Some(y) = year_given {
        context.year = y.as_str().parse().ok();
        return date(format!("{}-{season}", y.as_str()));
    }
    // "In March 2016 ... That summer": the season of the year told last.
    if let Some(year) = context
        .year
        .filter(|_| direction.as_deref() == Some("that"))
    {
        return date(format!("{year:04}-{season}"));
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
    // Whether this year's season has begun: in January the winter has (it
    // began in December), the summer has not.
    let begun = if start == 12 {
        winter_carry || anchor.month >= start
    } else {
        anchor.month >= start
    };
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
        // "will be delayed until the spring", "will return in early spring",
        // told in December: a season over this year is next year's.
        None | Some("the" | "early" | "late" | "the early" | "the late")
            if tense == Tense::Future && begun && start != 12 && anchor.month >= start + 3 =>
        {
            this_year + 1
        }
        // "have registered since the summer", told in January: last year's.
        Some("the" | "early" | "late" | "the early" | "the late")
            if tense == Tense::Past && !begun =>
        {
            this_year - 1
        }
        Some(_) => this_year,
        None => match tense {
            Tense::Past | Tense::Unknown if !begun => this_year - 1,
            _ => this_year,
        },
    }
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&SEASONS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_direction_a_season_can_run_into_is_glued() {
        for (first, second) in DIRECTIONS {
            assert!(GLUED_DIRECTIONS.contains(&second.unwrap_or(first)));
        }
        let words = season_words();
        for word in ["fall", "midsummer", "lastfall", "thewinter", "comingautumn"] {
            assert!(words.iter().any(|w| w == word), "{word}");
        }
        assert!(!words.iter().any(|w| w == "nightfall"));
    }
}
