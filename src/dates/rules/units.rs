//! Named stretches of the calendar: "the weekend", "the year ended", "the
//! full year", "the end of the year", "later in the month".

use super::values::{add_quarters, date, direction_and_unit, quarter_of, unit_value};
use super::{
    first_phrase_at, folded_among, leftmost, phrase_at, spaced_word, token_slots, Opening, Starts,
    TokenRule,
};
use crate::analysis::TimexType;
use crate::dates::grammar::{Rule, Slots};
use crate::dates::resolve::{Context, Tense};
use crate::text::tokens::{Tokens, UNIT};

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 4] = [&WEEKEND, &YEAR_ENDED, &WHOLE_YEAR, &PART_OF_UNIT];

/// "the weekend".
pub static WEEKEND: TokenRule = TokenRule {
    rule: Rule::Weekend,
    trigger: UNIT,
    find: weekend,
    opens: Opening {
        classes: 0,
        words: &[&["the"]],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[("Talks went on over the weekend.", "the weekend")],
};

/// "the year ended June 30".
pub static YEAR_ENDED: TokenRule = TokenRule {
    rule: Rule::YearEnded,
    trigger: UNIT,
    find: year_ended,
    opens: Opening {
        classes: 0,
        words: &[&["the"]],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[(
        "Sales rose in the fiscal year ended June 30.",
        "the fiscal year",
    )],
};

/// "the full year", "the fiscal year".
pub static WHOLE_YEAR: TokenRule = TokenRule {
    rule: Rule::WholeYear,
    trigger: UNIT,
    find: whole_year,
    opens: Opening {
        classes: 0,
        words: &[&PHRASES],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[("Profit for the full year rose.", "the full year")],
};

/// "the end of the year", "earlier in the month".
pub static PART_OF_UNIT: TokenRule = TokenRule {
    rule: Rule::PartOfUnit,
    trigger: UNIT,
    find: part_of_unit,
    opens: Opening {
        classes: 0,
        words: &[&["the"], &PARTS, &["earlier", "later", "early", "late"]],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        (
            "It shuts at the end of this month.",
            "the end of this month",
        ),
        ("They met earlier in the week.", "earlier in the week"),
    ],
};

fn weekend<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let last = phrase_at(tokens, index, "the weekend")?;
        Some(token_slots(tokens, index, last, &[]))
    });
}

fn year_ended<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let (_, year) = first_phrase_at(tokens, index, &["the fiscal year", "the year"])?;
        spaced_word(tokens, year + 1)?;
        folded_among(tokens, year + 1, &["ended", "ending"])?;
        Some(token_slots(
            tokens,
            index,
            year + 1,
            &[("t", Some((index, year)))],
        ))
    });
}

const PHRASES: [&str; 5] = [
    "the full year",
    "the calendar year",
    "the fiscal year",
    "the whole year",
    "the entire year",
];

fn whole_year<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let (_, last) = first_phrase_at(tokens, index, &PHRASES)?;
        Some(token_slots(tokens, index, last, &[]))
    });
}

const PARTS: [&str; 8] = [
    "end",
    "beginning",
    "start",
    "middle",
    "rest",
    "remainder",
    "balance",
    "close",
];

fn part_of_unit<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let part = |at: usize| {
            folded_among(tokens, at, &PARTS)?;
            spaced_word(tokens, at + 1)?;
            phrase_at(tokens, at + 1, "of")
        };
        let after_the = phrase_at(tokens, index, "the")
            .filter(|_| spaced_word(tokens, index + 1).is_some())
            .and_then(|_| part(index + 1));
        let opening = after_the.or_else(|| part(index)).or_else(|| {
            folded_among(tokens, index, &["earlier", "later", "early", "late"])?;
            spaced_word(tokens, index + 1)?;
            phrase_at(tokens, index + 1, "in")
        })?;
        let direction = opening + 1;
        spaced_word(tokens, direction)?;
        folded_among(tokens, direction, &["the", "this", "next", "last"])?;
        spaced_word(tokens, direction + 1)?;
        folded_among(
            tokens,
            direction + 1,
            &["year", "month", "week", "quarter", "decade"],
        )?;
        Some(token_slots(
            tokens,
            index,
            direction + 1,
            &[
                ("dir", Some((direction, direction))),
                ("unit", Some((direction + 1, direction + 1))),
            ],
        ))
    });
}

/// "the weekend": the one under way on a Saturday or Sunday, else the last
/// one, or the next in a future-tense sentence.
pub fn resolve_weekend(
    _c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let anchor = context.published?;
    let saturday_or_sunday = anchor.weekday() >= 5;
    let step = match (tense, saturday_or_sunday) {
        (_, true) => 0,
        (Tense::Future, false) => 0,
        (Tense::Past | Tense::Unknown, false) => -1,
    };
    date(unit_value(anchor, "weekend", step)?)
}

/// "the year ended June 30": a year-long reporting period.
pub fn resolve_year_ended(
    _c: &Slots<'_>,
    _tense: Tense,
    _context: &mut Context,
) -> Option<(TimexType, String)> {
    Some((TimexType::Duration, "P1Y".to_string()))
}

/// "the full year", "the fiscal year": the year of the quarter told last, else
/// the publication year.
pub fn resolve_whole_year(
    _c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    // After a quarter, the year it belongs to: "a loss in the fourth quarter
    // of 2005 and for the full year".
    let year = match context.quarter {
        Some((year, _)) => year,
        None => context.published?.year,
    };
    date(format!("{year:04}"))
}

/// "the end of the year", "earlier in the month": the period of the
/// publication date, or the one before or after it; "the month" after a
/// month its sentence has named is that one ("On 14 December flights began,
/// and by the end of the month 40 had left").
pub fn resolve_part_of_unit(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    // The matcher's directions are "the", "this", "next" and "last".
    let (direction, unit, step) = direction_and_unit(c)?;
    let named = context
        .sentence_month
        .filter(|_| direction == "the" && unit == "month");
    let anchor = named.or(context.published)?;
    if unit == "quarter" {
        let (year, quarter) = add_quarters(quarter_of(anchor), step);
        return date(format!("{year:04}-Q{quarter}"));
    }
    date(unit_value(anchor, &unit, step)?)
}

/// The regexes these rules replaced, the oracle of their tests.
#[cfg(test)]
pub const ORACLES: [(&TokenRule, &str); 4] = [
    (&WEEKEND, r"(?i)\bthe\s+weekend\b"),
    (
        &YEAR_ENDED,
        r"(?i)\b(?P<t>the\s+(?:fiscal\s+)?year)\s+end(?:ed|ing)\b",
    ),
    (
        &WHOLE_YEAR,
        r"(?i)\bthe\s+(?:full|calendar|fiscal|whole|entire)\s+year\b",
    ),
    (
        &PART_OF_UNIT,
        r"(?ix)\b (?: (?:the\s+)? (?:end|beginning|start|middle|rest|remainder|balance|close) \s+ of | (?:earlier|later|early|late) \s+ in )
               \s+ (?P<dir>the|this|next|last) \s+ (?P<unit>year|month|week|quarter|decade) \b",
    ),
];

/// Phrases from every opening, direction, unit and ending the rules allow, in
/// several spellings, cases and surroundings.
#[cfg(test)]
pub fn generated_phrases() -> Vec<String> {
    let openings = [
        "",
        "the ",
        "The  ",
        "the fiscal ",
        "THE FULL ",
        "the entire ",
        "the end of ",
        "The Rest Of ",
        "end of ",
        "the close\nof ",
        "earlier in ",
        "Late in ",
        "later  in ",
        "early of ",
        "the end ",
        "\u{17F}tart of ",
    ];
    let middles = [
        "",
        "the ",
        "this ",
        "Next ",
        "last ",
        "that ",
        "the the ",
        "full ",
        "Calendar ",
        "whole  ",
        "entire ",
        "fiscal ",
        "the whole ",
    ];
    let units = [
        "year", "YEAR", "years", "month", "week", "weekend", "quarter", "decade", "day",
    ];
    let endings = ["", " ended", " Ending", " endings", " end", "s", "-long"];
    let phrases = super::every_joining(&[&openings[..], &middles[..], &units[..], &endings[..]]);
    super::framed(phrases)
}
