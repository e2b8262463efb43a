//! Quarters and halves of a year: "the third quarter of 1998",
//! "fourth-quarter", "Q3", "1998 second quarter", "the latest quarter", "the
//! year-ago quarter", "the first half of 1998".

use super::values::{add_quarters, date, quarter_of};
use super::{
    after_dashes, after_one_separator, after_the, folded_among, glued, holds_word, leftmost,
    lower_or_capital, month, phrase_at, relative_year, relative_year_after, spaced_word,
    token_slots, word_within, Opening, Starts, TokenRule,
};
use crate::analysis::TimexType;
use crate::dates::grammar::{Rule, Slots};
use crate::dates::resolve::{Context, Tense};
use crate::text::tokens::{Tokens, CAPITALISED, DIGITS, SPACED, UNIT, WORD};

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 8] = [
    &QUARTER,
    &FINAL_QUARTER,
    &Q_QUARTER,
    &YEAR_QUARTER,
    &RELATIVE_QUARTER,
    &YEAR_AGO_QUARTER,
    &QUARTER_A_YEAR_AGO,
    &HALF,
];

/// "the final quarter of 2009", "the last quarter of last year": the fourth
/// quarter, when the year is told (alone, "the last quarter" is the one
/// before the publication date's: [`RELATIVE_QUARTER`]).
pub static FINAL_QUARTER: TokenRule = TokenRule {
    rule: Rule::Quarter,
    trigger: UNIT,
    find: final_quarter,
    opens: Opening {
        classes: 0,
        words: &[&["the"], &FINAL],
        data_words: None,
    },
    needs: &["quarter"],
    needs_data: None,
    #[cfg(test)]
    examples: &[(
        "For the final quarter of 2009, Ford made a profit.",
        "the final quarter of 2009",
    )],
};

/// The words that name the fourth quarter when its year follows, in any case.
const FINAL: [&str; 2] = ["final", "last"];

/// "the third quarter of 1998", "fourth-quarter", "its second fiscal quarter".
pub static QUARTER: TokenRule = TokenRule {
    rule: Rule::Quarter,
    trigger: UNIT,
    find: quarter,
    // An opening ("the", "last year's"), "fiscal", a year back ("year-ago")
    // or the ordinal.
    opens: Opening {
        classes: 0,
        words: &[
            &OPENINGS,
            &YEARS_OPENINGS,
            &["fiscal", "calendar", "year", "prior", "previous"],
            &ORDINALS,
        ],
        data_words: None,
    },
    needs: &["quarter", "quarters"],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        (
            "Sales fell in the third quarter of 1998.",
            "the third quarter of 1998",
        ),
        ("Its fourth-quarter profit rose.", "Its fourth-quarter"),
    ],
};

/// "Q3", "fiscal Q2 2024".
pub static Q_QUARTER: TokenRule = TokenRule {
    rule: Rule::Quarter,
    trigger: CAPITALISED,
    find: q_quarter,
    opens: Opening {
        classes: 0,
        words: &[&["fiscal", "Q1", "Q2", "Q3", "Q4"]],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[("Results for fiscal Q2 2024 are out.", "fiscal Q2 2024")],
};

/// "1998 second quarter", "the fiscal 1998 period".
pub static YEAR_QUARTER: TokenRule = TokenRule {
    rule: Rule::Quarter,
    trigger: DIGITS,
    find: year_quarter,
    opens: Opening {
        classes: DIGITS,
        words: &[&["the", "fiscal"]],
        data_words: None,
    },
    needs: &["quarter", "period"],
    needs_data: None,
    #[cfg(test)]
    examples: &[("Its 1998 second quarter was weak.", "1998 second quarter")],
};

/// "the latest quarter", "the current quarter", "the quarter".
pub static RELATIVE_QUARTER: TokenRule = TokenRule {
    rule: Rule::RelativeQuarter,
    trigger: WORD,
    find: relative_quarter,
    opens: Opening::ANY_WORD,
    needs: &UNITS,
    needs_data: Some(glued_units),
    #[cfg(test)]
    examples: &[
        ("Profit rose in the latest quarter.", "the latest quarter"),
        (
            "Sales in the most recent period fell.",
            "the most recent period",
        ),
    ],
};

/// "the year-ago quarter", "year-earlier".
pub static YEAR_AGO_QUARTER: TokenRule = TokenRule {
    rule: Rule::YearAgoQuarter,
    trigger: UNIT,
    find: year_ago_quarter,
    opens: Opening {
        classes: 0,
        words: &[&["the", "comparable", "same", "year", "prior", "previous"]],
        data_words: None,
    },
    needs: &["ago", "earlier", "before", "prior", "previous"],
    needs_data: None,
    #[cfg(test)]
    examples: &[("Profit beat the year-ago quarter.", "the year-ago quarter")],
};

/// "the quarter a year ago".
pub static QUARTER_A_YEAR_AGO: TokenRule = TokenRule {
    rule: Rule::YearAgoQuarter,
    trigger: UNIT,
    find: quarter_a_year_ago,
    opens: Opening {
        classes: 0,
        words: &[&["the", "quarter", "period"]],
        data_words: None,
    },
    needs: &["quarter", "period"],
    needs_data: None,
    #[cfg(test)]
    examples: &[(
        "Profit beat the period a year earlier.",
        "the period a year earlier",
    )],
};

/// "the first half of 1998", "the second half"; not "the second half of January".
pub static HALF: TokenRule = TokenRule {
    rule: Rule::Half,
    trigger: WORD,
    find: half,
    opens: Opening {
        classes: 0,
        words: &[&["the", "first", "second", "last", "latter"]],
        data_words: None,
    },
    needs: &["half"],
    needs_data: None,
    #[cfg(test)]
    examples: &[(
        "Sales rose in the first half of this year.",
        "the first half of this year",
    )],
};

/// The ordinals of a quarter, in any case.
const ORDINALS: [&str; 8] = [
    "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th",
];

/// The words that may stand alone before a quarter's ordinal, in any case.
const OPENINGS: [&str; 3] = ["the", "its", "a"];

/// The directions of "this year's", "last year's", "next year's" before a
/// quarter's ordinal, in any case.
const YEARS_OPENINGS: [&str; 3] = ["this", "last", "next"];

/// The words that say a quarter is a year back ("year-ago"), in any case.
const YEAR_BACK: [[&str; 2]; 4] = [
    ["year", "ago"],
    ["year", "earlier"],
    ["prior", "year"],
    ["previous", "year"],
];

/// The last token of "year's" at `index` (the word, a glued apostrophe and
/// a glued "s"), in any case.
fn years_at(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    (tokens.folded(index) == "year"
        && glued(tokens, index + 1, "'")
        && tokens
            .get(index + 2)
            .is_some_and(|t| t.is(WORD) && !t.is(SPACED))
        && tokens.folded(index + 2) == "s")
        .then_some(index + 2)
}

/// The last token of `first`, a glued hyphen and a glued `second` at
/// `index`, in any case.
fn hyphenated(tokens: &Tokens<'_>, index: usize, first: &str, second: &str) -> Option<usize> {
    (tokens.get(index).is_some_and(|t| t.is(WORD))
        && tokens.folded(index) == first
        && glued(tokens, index + 1, "-")
        && tokens
            .get(index + 2)
            .is_some_and(|t| t.is(WORD) && !t.is(SPACED))
        && tokens.folded(index + 2) == second)
        .then_some(index + 2)
}

/// The word after an opening ("the", "last year's") at `index`.
fn after_opening(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    tokens.get(index).filter(|t| t.is(WORD))?;
    let last = if folded_among(tokens, index, &OPENINGS).is_some() {
        index
    } else {
        folded_among(tokens, index, &YEARS_OPENINGS)?;
        spaced_word(tokens, index + 1)?;
        years_at(tokens, index + 1)?
    };
    spaced_word(tokens, last + 1).map(|_| last + 1)
}

/// The year after `\s+` after the token at `index`, if one stands there.
fn year_after(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    spaced_word(tokens, index + 1).filter(|_| month::year(tokens, index + 1))?;
    Some(index + 1)
}

/// The word after `fiscal` and `[-\s]+` at `index`, or `index` itself.
fn past_fiscal(tokens: &Tokens<'_>, index: usize, dashes: bool) -> usize {
    if tokens.folded(index) != "fiscal" {
        return index;
    }
    let next = if dashes {
        after_dashes(tokens, index)
    } else {
        spaced_word(tokens, index + 1).map(|_| index + 1)
    };
    next.unwrap_or(index)
}

fn quarter<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let from_opening =
            after_opening(tokens, index).and_then(|at| quarter_from(tokens, index, at));
        from_opening.or_else(|| quarter_from(tokens, index, index))
    });
}

/// A quarter starting at `start`, its ordinal or what comes before it at
/// `at`.
fn quarter_from<'h>(tokens: &Tokens<'h>, start: usize, at: usize) -> Option<Slots<'h>> {
    let at = if folded_among(tokens, at, &["fiscal", "calendar"]).is_some() {
        after_dashes(tokens, at).unwrap_or(at)
    } else {
        at
    };
    let year_back = YEAR_BACK
        .iter()
        .find_map(|[first, second]| hyphenated(tokens, at, first, second))
        .and_then(|last| Some((at, after_dashes(tokens, last)?)));
    let ordinal = year_back.map_or(at, |(_, ordinal)| ordinal);
    folded_among(tokens, ordinal, &ORDINALS)?;
    let unit = past_fiscal(tokens, after_one_separator(tokens, ordinal)?, true);
    folded_among(tokens, unit, &["quarter", "quarters"])?;
    let year = spaced_word(tokens, unit + 1)
        .filter(|_| folded_among(tokens, unit + 1, &["of", "in", "for"]).is_some())
        .and_then(|_| {
            let at = unit + 2;
            spaced_word(tokens, at)?;
            let fiscal = (tokens.folded(at) == "fiscal")
                .then(|| year_after(tokens, at))
                .flatten();
            fiscal.or_else(|| month::year(tokens, at).then_some(at))
        });
    let relative = if year.is_some() {
        None
    } else {
        relative_year_after(tokens, unit)
    };
    let last = year.or(relative.map(|r| r.1)).unwrap_or(unit);
    let sentence = tokens.sentence();
    let all = tokens.all();
    let mut slots = Slots::new(sentence, all[start].start, all[last].end);
    if let Some((first, _)) = year_back {
        slots.fill("yearago", sentence, all[first].start, all[ordinal].start);
    }
    slots.fill("ord", sentence, all[ordinal].start, all[ordinal].end);
    if let Some(y) = year {
        slots.fill("y", sentence, all[y].start, all[y].end);
    }
    if let Some((r, _)) = relative {
        slots.fill("rel", sentence, all[r].start, all[r].end);
    }
    Some(slots)
}

fn final_quarter<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let from = |ordinal: usize| {
            folded_among(tokens, ordinal, &FINAL)?;
            spaced_word(tokens, ordinal + 1)?;
            let unit = ordinal + 1;
            (tokens.folded(unit) == "quarter").then_some(())?;
            let year = spaced_word(tokens, unit + 1)
                .filter(|_| folded_among(tokens, unit + 1, &["of", "in"]).is_some())
                .and_then(|_| spaced_word(tokens, unit + 2))
                .filter(|_| month::year(tokens, unit + 2))
                .map(|_| unit + 2);
            let relative = year
                .is_none()
                .then(|| relative_year_after(tokens, unit))
                .flatten();
            let last = year.or(relative.map(|r| r.1))?;
            Some(part_slots(
                tokens,
                index,
                last,
                ordinal,
                year,
                relative.map(|r| r.0),
            ))
        };
        after_the(tokens, index)
            .and_then(from)
            .or_else(|| from(index))
    });
}

/// The slots of a part of a year ("the final quarter of 2009", "the second
/// half of last year") from token `first` to `last`: its ordinal's token, and
/// the year's or the relative year's direction's, if told.
fn part_slots<'h>(
    tokens: &Tokens<'h>,
    first: usize,
    last: usize,
    ordinal: usize,
    year: Option<usize>,
    relative: Option<usize>,
) -> Slots<'h> {
    token_slots(
        tokens,
        first,
        last,
        &[
            ("ord", Some((ordinal, ordinal))),
            ("y", year.map(|y| (y, y))),
            ("rel", relative.map(|r| (r, r))),
        ],
    )
}

fn q_quarter<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    if !holds_word(tokens, |w| w.len() == 2 && w.starts_with('q')) {
        return;
    }
    leftmost(tokens, starts, found, |tokens, index| {
        let q_at = |at: usize| {
            let text = tokens.text(at).as_bytes();
            (tokens.get(at)?.is(WORD)
                && text.len() == 2
                && text[0] == b'Q'
                && (b'1'..=b'4').contains(&text[1]))
            .then_some(at)
        };
        let after_fiscal = (lower_or_capital(tokens.text(index), "fiscal")
            && spaced_word(tokens, index + 1).is_some())
        .then(|| q_at(index + 1))
        .flatten();
        let q = after_fiscal.or_else(|| q_at(index))?;
        let year = year_after(tokens, q);
        let start = tokens.all()[q].start;
        let mut slots = token_slots(tokens, index, year.unwrap_or(q), &[]);
        slots.fill("ord", tokens.sentence(), start + 1, start + 2);
        if let Some(y) = year {
            let y = tokens.all()[y];
            slots.fill("y", tokens.sentence(), y.start, y.end);
        }
        Some(slots)
    });
}

fn year_quarter<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let from = |at: usize| {
            let year = past_fiscal(tokens, at, false);
            month::year(tokens, year).then_some(())?;
            spaced_word(tokens, year + 1)?;
            let after_ordinal = folded_among(tokens, year + 1, &ORDINALS)
                .and_then(|_| after_one_separator(tokens, year + 1))
                .and_then(|at| Some((Some(year + 1), unit_after_fiscal(tokens, at)?)));
            let (ordinal, unit) =
                after_ordinal.or_else(|| Some((None, unit_after_fiscal(tokens, year + 1)?)))?;
            Some(token_slots(
                tokens,
                index,
                unit,
                &[("y", Some((year, year))), ("ord", ordinal.map(|o| (o, o)))],
            ))
        };
        let after_the = after_the(tokens, index).and_then(from);
        after_the.or_else(|| from(index))
    });
}

/// "quarter" or "period" at `index`, maybe after "fiscal" and white space:
/// its token.
fn unit_after_fiscal(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    let unit = past_fiscal(tokens, index, false);
    folded_among(tokens, unit, &["quarter", "period"]).map(|_| unit)
}

/// What may say which quarter is meant, in any case, in the grammar's order:
/// each word but the last whole, parted from the next by white space or, for
/// "just-ended", a hyphen; the last may run into the next word ("pastquarter").
const MODIFIERS: [&str; 15] = [
    "latest",
    "most recent",
    "just-ended",
    "just ended",
    "recently ended",
    "past",
    "previous",
    "prior",
    "current",
    "present",
    "next",
    "coming",
    "this",
    "last",
    "same",
];

/// How many bytes of `text` spell `word` (ASCII, in lower case) at its
/// start as a case-insensitive pattern reads it: ASCII letters in either
/// case, and "ſ" and the Kelvin sign for "s" and "k".
fn folded_prefix(text: &str, word: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    for letter in word.chars() {
        let (_, c) = chars.next()?;
        let same = c.to_ascii_lowercase() == letter
            || (letter == 's' && c == '\u{17F}')
            || (letter == 'k' && c == '\u{212A}');
        if !same {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(at, _)| at))
}

/// A modifier at `index`: its token and how many bytes of it the modifier
/// takes.
fn modifier_at(tokens: &Tokens<'_>, index: usize, modifier: &str) -> Option<(usize, usize)> {
    let (whole, last, hyphen) = match modifier.split_once([' ', '-']) {
        Some((first, last)) => (Some(first), last, modifier.contains('-')),
        None => (None, modifier, false),
    };
    let at = match whole {
        Some(first) => {
            (tokens.get(index)?.is(WORD) && tokens.folded(index) == first).then_some(())?;
            if hyphen {
                glued(tokens, index + 1, "-").then_some(())?;
                tokens
                    .get(index + 2)
                    .filter(|t| t.is(WORD) && !t.is(SPACED))?;
                index + 2
            } else {
                spaced_word(tokens, index + 1)?;
                index + 1
            }
        }
        None => {
            tokens.get(index)?.is(WORD).then_some(())?;
            index
        }
    };
    Some((at, folded_prefix(tokens.text(at), last)?))
}

/// The unit ("quarter", "period") that follows byte `offset` of the token at
/// `index`, maybe after "fiscal" and white space: its span.
fn unit_from(tokens: &Tokens<'_>, index: usize, offset: usize) -> Option<(usize, usize)> {
    let text = tokens.text(index);
    let token = tokens.get(index)?;
    if offset < text.len() {
        let rest = &text[offset..];
        if folded_prefix(rest, "fiscal") == Some(rest.len()) {
            let unit = spaced_word(tokens, index + 1)?;
            folded_among(tokens, index + 1, &["quarter", "period"])?;
            return Some((unit.start, unit.end));
        }
        let unit = ["quarter", "period"]
            .iter()
            .any(|u| folded_prefix(rest, u) == Some(rest.len()));
        return unit.then_some((token.start + offset, token.end));
    }
    let unit = unit_after_fiscal(tokens, spaced_word(tokens, index + 1).map(|_| index + 1)?)?;
    Some((tokens.all()[unit].start, tokens.all()[unit].end))
}

/// A byte span.
type Span = (usize, usize);

/// A relative quarter from the word at `index`: the span of its modifier,
/// if any, and that of its unit.
fn relative_from(tokens: &Tokens<'_>, index: usize) -> Option<(Option<Span>, Span)> {
    for modifier in MODIFIERS {
        if let Some((at, taken)) = modifier_at(tokens, index, modifier) {
            if let Some(unit) = unit_from(tokens, at, taken) {
                let start = tokens.all()[index].start;
                return Some((Some((start, tokens.all()[at].start + taken)), unit));
            }
        }
    }
    tokens.get(index)?.is(WORD).then_some(())?;
    let unit = unit_after_fiscal(tokens, index)?;
    Some((None, (tokens.all()[unit].start, tokens.all()[unit].end)))
}

/// The units of a relative quarter, in lower case.
const UNITS: [&str; 2] = ["quarter", "period"];

/// The units run into the last word of a modifier ("pastquarter", "paſtquarter"),
/// folded: with [`UNITS`], the words a relative quarter holds one of.
fn glued_units() -> Vec<String> {
    let lasts = MODIFIERS.map(|m| m.rsplit([' ', '-']).next().unwrap_or(m));
    lasts
        .iter()
        .flat_map(|last| UNITS.iter().map(move |unit| format!("{last}{unit}")))
        .collect()
}

fn relative_quarter<'h>(tokens: &Tokens<'h>, _starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    let sentence = tokens.sentence();
    let push = |found: &mut Vec<Slots<'h>>, start: usize, modifier: Option<Span>, unit: Span| {
        let mut slots = Slots::new(sentence, start, unit.1);
        if let Some((from, to)) = modifier {
            slots.fill("mod", sentence, from, to);
        }
        slots.fill("unit", sentence, unit.0, unit.1);
        found.push(slots);
        unit.1
    };
    // A match starts where a word boundary holds: at a word, or at its end
    // when white space and the unit follow ("a quarter" gives " quarter").
    // "period" is a common word: only words close enough before a unit are
    // tried ("the just-ended fiscal quarter" runs five tokens before its unit).
    let ends_in_unit = |folded: &str| UNITS.iter().any(|u| folded.ends_with(u));
    let mut from = 0;
    for (index, token) in tokens.all().iter().enumerate() {
        if !token.is(WORD) || !word_within(tokens, index, 5, ends_in_unit) {
            continue;
        }
        if token.start >= from {
            let after_the = after_the(tokens, index).and_then(|at| relative_from(tokens, at));
            if let Some((modifier, unit)) = after_the.or_else(|| relative_from(tokens, index)) {
                from = push(found, token.start, modifier, unit);
            }
        }
        // A match that ended with this word leaves its end to search from.
        if token.end >= from {
            if let Some(unit) =
                spaced_word(tokens, index + 1).and_then(|_| unit_after_fiscal(tokens, index + 1))
            {
                let unit = (tokens.all()[unit].start, tokens.all()[unit].end);
                from = push(found, token.end, None, unit);
            }
        }
    }
}

/// The words of a year back ("year-ago", "year ago"), in any case: the
/// first of them is at `index`; the last token.
fn year_back_at(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    hyphenated(tokens, index, "year", "ago")
        .or_else(|| hyphenated(tokens, index, "year", "earlier"))
        .or_else(|| phrase_at(tokens, index, "year ago"))
        .or_else(|| hyphenated(tokens, index, "year", "before"))
        .or_else(|| hyphenated(tokens, index, "prior", "year"))
        .or_else(|| hyphenated(tokens, index, "previous", "year"))
}

fn year_ago_quarter<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let from = |at: usize| {
            let at = if folded_among(tokens, at, &["comparable", "same"]).is_some()
                && spaced_word(tokens, at + 1).is_some()
            {
                year_back_at(tokens, at + 1).or_else(|| year_back_at(tokens, at))
            } else {
                year_back_at(tokens, at)
            }?;
            let unit_at = |u: usize| {
                spaced_word(tokens, u)?;
                folded_among(tokens, u, &["quarter", "period"]).map(|_| u)
            };
            let after_ordinal = spaced_word(tokens, at + 1)
                .filter(|_| folded_among(tokens, at + 1, &ORDINALS).is_some())
                .and_then(|_| unit_at(at + 2));
            Some((at, after_ordinal.or_else(|| unit_at(at + 1))))
        };
        let after_the = after_the(tokens, index).and_then(from);
        let (last, unit) = after_the.or_else(|| from(index))?;
        Some(token_slots(
            tokens,
            index,
            unit.unwrap_or(last),
            &[("unit", unit.map(|u| (u, u)))],
        ))
    });
}

fn quarter_a_year_ago<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let from = |at: usize| {
            folded_among(tokens, at, &["quarter", "period"])?;
            spaced_word(tokens, at + 1)?;
            let last = phrase_at(tokens, at + 1, "a year ago")
                .or_else(|| phrase_at(tokens, at + 1, "a year earlier"))?;
            Some((at, last))
        };
        let after_the = after_the(tokens, index).and_then(from);
        let (unit, last) = after_the.or_else(|| from(index))?;
        Some(token_slots(
            tokens,
            index,
            last,
            &[("unit", Some((unit, unit)))],
        ))
    });
}

fn half<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let from = |at: usize| {
            folded_among(tokens, at, &["first", "second", "last", "latter"])?;
            let half = after_one_separator(tokens, at)?;
            (tokens.folded(half) == "half").then_some((at, half))
        };
        let after_the = after_the(tokens, index).and_then(from);
        let (ordinal, half) = after_the.or_else(|| from(index))?;
        let of = (spaced_word(tokens, half + 1).is_some()
            && tokens.folded(half + 1) == "of"
            && spaced_word(tokens, half + 2).is_some())
        .then_some(half + 2);
        let (year, relative, last) = match of {
            Some(at) if month::year(tokens, at) => (Some(at), None, at),
            Some(at) => match relative_year(tokens, at) {
                Some((r, year)) => (None, Some(r), year),
                None => {
                    let the_year = tokens.folded(at) == "the"
                        && spaced_word(tokens, at + 1).is_some()
                        && tokens.folded(at + 1) == "year";
                    // "the second half of January", "of the match": no half-year.
                    if !the_year {
                        return None;
                    }
                    (None, None, at + 1)
                }
            },
            None => (None, None, half),
        };
        Some(part_slots(tokens, index, last, ordinal, year, relative))
    });
}

/// The regexes these rules replaced, the oracle of their tests.
#[cfg(test)]
pub const ORACLES: [(&TokenRule, &str); 8] = [
    (
        &QUARTER,
        r"(?ix)\b (?: (?:the|this\s+year's|last\s+year's|next\s+year's|its|a) \s+ )? (?: (?:fiscal|calendar) [-\s]+ )?
               (?P<yearago> (?:year-(?:ago|earlier)|prior-year|previous-year) [-\s]+ )?
               (?P<ord>{ORD}) [-\s] (?:fiscal[-\s]+)? quarters? \b
               (?: \s+ (?:of|in|for) \s+ (?:fiscal\s+)? (?P<y>{YEAR}) \b | \s+ (?:of\s+)? (?P<rel>this|last|next) \s+ year \b )?",
    ),
    (
        &FINAL_QUARTER,
        r"(?ix)\b (?:the\s+)? (?P<ord>final|last) \s+ quarter \s+
               (?: (?:of|in) \s+ (?P<y>{YEAR}) \b | (?:of\s+)? (?P<rel>this|last|next) \s+ year \b )",
    ),
    (
        &Q_QUARTER,
        r"\b(?:[Ff]iscal\s+)?Q(?P<ord>[1-4])(?:\s+(?P<y>{YEAR}))?\b",
    ),
    (
        &YEAR_QUARTER,
        r"(?ix)\b (?:the\s+)? (?:fiscal\s+)? (?P<y>{YEAR}) \s+ (?: (?P<ord>{ORD}) [-\s] )? (?:fiscal\s+)? (?:quarter|period) \b",
    ),
    (
        &RELATIVE_QUARTER,
        r"(?ix)\b (?:the\s+)? (?P<mod>latest|most\s+recent|just-ended|just\s+ended|recently\s+ended|past|previous|prior|current|present|next|coming|this|last|same)?
               \s* (?:fiscal\s+)? (?P<unit>quarter|period) \b",
    ),
    (
        &YEAR_AGO_QUARTER,
        r"(?ix)\b (?:the\s+)? (?:comparable\s+|same\s+)? (?:year-ago|year-earlier|year\s+ago|year-before|prior-year|previous-year)
               (?: \s+ (?:{ORD}\s+)? (?P<unit>quarter|period) )? \b",
    ),
    (
        &QUARTER_A_YEAR_AGO,
        r"(?ix)\b (?:the\s+)? (?P<unit>quarter|period) \s+ a \s+ year \s+ (?:ago|earlier) \b",
    ),
    (
        &HALF,
        r"(?ix)\b (?:the\s+)? (?P<ord>first|second|last|latter) [-\s] half \b
               (?: \s+ of \s+ (?: (?P<y>{YEAR}) \b | (?P<rel>this|last|next) \s+ year \b | the \s+ year \b ) )?",
    ),
];

/// Quarters and halves with every opening, ordinal, unit and ending the
/// rules allow, in several spellings, cases and surroundings.
#[cfg(test)]
pub fn generated_phrases() -> Vec<String> {
    let openings = [
        "",
        "the ",
        "The  ",
        "this year's ",
        "Last Year's ",
        "its ",
        "a ",
        "fiscal ",
        "calendar- ",
        "the fiscal ",
        "the 1998 ",
        "fiscal 1998 ",
        "year-ago ",
        "Prior-Year - ",
        "the year-earlier ",
        "the comparable ",
        "same ",
        "most recent ",
        "the just-ended ",
        "recently  ended ",
        "pa\u{17F}t",
        "Latest ",
        "latest",
        "x",
        "fiscal Q3 ",
        "Fiscal ",
    ];
    let middles = [
        "",
        "final ",
        "Last ",
        "last-",
        "third ",
        "Third-",
        "3rd  ",
        "fourth fiscal ",
        "first-fiscal-",
        "second ",
        "fiscal ",
        "fiscal",
        "last ",
        "latter-",
        "year ago ",
        "year-before ",
        "1998 ",
        "Q3",
        "Q5",
    ];
    let units = [
        "quarter", "Quarters", "QUARTER", "period", "periods", "half", "Half", "year", "",
    ];
    let endings = [
        "",
        " of 1998",
        " in fiscal 2024",
        " for 19985",
        " of this year",
        " Last year",
        " of the year",
        " next years",
        " a year ago",
        " a year earlier",
        " 2024",
        " quarter",
        "s",
        "-long",
    ];
    let phrases = super::every_joining(&[&openings[..], &middles[..], &units[..], &endings[..]]);
    super::framed(phrases)
}

/// "the third quarter of 1998", "fourth-quarter", "Q3": the quarter of the
/// year written, or of the publication year shifted by "last year's" or
/// "year-ago", or by the tense: a past-tense sentence names no quarter after
/// the publication date's (told in January, "profits fell in the fourth
/// quarter" is last year's). A future cue does not move it forward: reports
/// of results say what "was expected" of the quarter just ended. It becomes
/// the quarter later mentions refer to.
pub fn resolve_quarter(
    c: &Slots<'_>,
    tense: Tense,
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
    let relative = c.name("rel").map(|r| r.as_str().to_ascii_lowercase());
    let whole = c.whole().as_str().to_ascii_lowercase();
    let year_told = relative.is_some()
        || c.name("yearago").is_some()
        || ["last", "this", "next"]
            .iter()
            .any(|dir| whole.starts_with(&format!("{dir} year's")));
    let mut year = match (c.name("y"), published) {
        (Some(y), _) => y.as_str().parse().ok()?,
        (None, Some(p)) => {
            let (year, current) = quarter_of(p);
            year - i32::from(!year_told && tense == Tense::Past && quarter > current)
        }
        (None, None) => return date(format!("XXXX-Q{quarter}")),
    };
    year += match relative.as_deref() {
        Some("last") => -1,
        Some("next") => 1,
        _ => 0,
    };
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
    if FINAL.contains(&word.as_str()) {
        return Some(4);
    }
    ["first", "second", "third", "fourth"]
        .iter()
        .position(|w| *w == word)
        .map(|i| i as u32 + 1)
        .or_else(|| word.get(..1)?.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_runs_into_the_last_word_of_every_modifier() {
        let words = glued_units();
        assert_eq!(words.len(), MODIFIERS.len() * UNITS.len());
        for word in [
            "latestquarter",
            "recentperiod",
            "endedquarter",
            "pastquarter",
        ] {
            assert!(words.iter().any(|w| w == word), "{word}");
        }
    }
}
