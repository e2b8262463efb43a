//! Days, weeks and years counted from the publication date or from the last
//! date mentioned: "last week", "earlier this month", "two years ago", "years
//! ago", "three days later", "the next day".

use super::{
    after_dashes, counted_unit, first_phrase_at, folded_among, leftmost, numbers, phrase_at,
    spaced_word, token_slots, TokenRule,
};
use crate::dates::grammar::{Rule, Slots};
use crate::text::tokens::{Tokens, DAYPART, UNIT, WORD};

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 5] = [&RELATIVE_UNIT, &AGO, &VAGUE_AGO, &OFFSET, &SAME_DAY];

/// "last week", "earlier this month", "the past year", "mid-next year".
pub static RELATIVE_UNIT: TokenRule = TokenRule {
    rule: Rule::RelativeUnit,
    trigger: UNIT,
    find: relative_unit,
    #[cfg(test)]
    examples: &[
        ("Prices rose last week.", "last week"),
        ("It opens later in the next year.", "later in the next year"),
        ("Work ends mid- - this decade.", "mid- - this decade"),
    ],
};

/// "two years ago", "about a week or so ago".
pub static AGO: TokenRule = TokenRule {
    rule: Rule::Ago,
    trigger: UNIT,
    find: ago,
    #[cfg(test)]
    examples: &[
        ("He left 2.5 years ago.", "2.5 years ago"),
        (
            "It shut more than twenty-one days ago.",
            "more than twenty-one days ago",
        ),
        ("They met some years ago.", "some years ago"),
    ],
};

/// "years ago".
pub static VAGUE_AGO: TokenRule = TokenRule {
    rule: Rule::VagueAgo,
    trigger: UNIT,
    find: vague_ago,
    #[cfg(test)]
    examples: &[("Decades ago it was a port.", "Decades ago")],
};

/// "two days later", "a year earlier".
pub static OFFSET: TokenRule = TokenRule {
    rule: Rule::Offset,
    trigger: UNIT,
    find: offset,
    #[cfg(test)]
    examples: &[(
        "A couple of weeks afterwards it sank.",
        "A couple of weeks afterwards",
    )],
};

/// "the same day", "the next morning", "that same day".
pub static SAME_DAY: TokenRule = TokenRule {
    rule: Rule::SameDay,
    trigger: UNIT | DAYPART,
    find: same_day,
    #[cfg(test)]
    examples: &[
        ("They left the following morning.", "the following morning"),
        ("That same day it rained.", "That same day"),
    ],
};

const MODIFIERS: [&str; 5] = ["early", "late", "mid", "earlier", "later"];
const DIRECTIONS: [&str; 11] = [
    "last",
    "this",
    "next",
    "past",
    "previous",
    "coming",
    "current",
    "following",
    "same",
    "that",
    "present",
];
const UNITS: [&str; 6] = ["week", "weekend", "month", "year", "decade", "century"];

fn relative_unit<'h>(tokens: &Tokens<'h>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, found, |tokens, index| {
        let after_modifier = folded_among(tokens, index, &MODIFIERS).and_then(|_| {
            let next = after_dashes(tokens, index)?;
            let next = match phrase_at(tokens, next, "in") {
                Some(_) if spaced_word(tokens, next + 1).is_some() => next + 1,
                _ => next,
            };
            relative_unit_core(tokens, next).map(|core| (Some(index), core))
        });
        let (modifier, (direction, unit)) =
            after_modifier.or_else(|| Some((None, relative_unit_core(tokens, index)?)))?;
        Some(token_slots(
            tokens,
            index,
            unit,
            &[
                ("mod", modifier.map(|m| (m, m))),
                ("dir", Some((direction, direction))),
                ("unit", Some((unit, unit))),
            ],
        ))
    });
}

/// "(the) last week" at `index`: the tokens of its direction and unit.
fn relative_unit_core(tokens: &Tokens<'_>, index: usize) -> Option<(usize, usize)> {
    let direction = match phrase_at(tokens, index, "the") {
        Some(_) if spaced_word(tokens, index + 1).is_some() => index + 1,
        _ => index,
    };
    folded_among(tokens, direction, &DIRECTIONS)?;
    spaced_word(tokens, direction + 1)?;
    folded_among(tokens, direction + 1, &UNITS)?;
    Some((direction, direction + 1))
}

/// A count of units at `index`, after one of `qualifiers` if it starts
/// there, then `ending` (one of its words after white space): the tokens of
/// the count, the unit and the ending, in the grammar's order of preference.
fn counted(
    tokens: &Tokens<'_>,
    index: usize,
    qualifiers: &[&'static str],
    ending: impl Fn(usize) -> Option<usize>,
) -> Option<((usize, usize), usize, usize)> {
    let after_qualifier = first_phrase_at(tokens, index, qualifiers)
        .filter(|&(_, last)| spaced_word(tokens, last + 1).is_some())
        .and_then(|(_, last)| count_then(tokens, last + 1, &ending));
    after_qualifier.or_else(|| count_then(tokens, index, &ending))
}

fn count_then(
    tokens: &Tokens<'_>,
    index: usize,
    ending: &impl Fn(usize) -> Option<usize>,
) -> Option<((usize, usize), usize, usize)> {
    numbers(tokens, index).into_iter().find_map(|last| {
        spaced_word(tokens, last + 1)?;
        counted_unit(tokens, last + 1).then_some(())?;
        spaced_word(tokens, last + 2)?;
        Some(((index, last), last + 1, ending(last + 2)?))
    })
}

fn ago<'h>(tokens: &Tokens<'h>, found: &mut Vec<Slots<'h>>) {
    const QUALIFIERS: [&str; 13] = [
        "about",
        "nearly",
        "almost",
        "some",
        "more than",
        "over",
        "roughly",
        "just",
        "only",
        "barely",
        "around",
        "less than",
        "at least",
    ];
    if !has_word(tokens, &["ago"]) {
        return;
    }
    leftmost(tokens, found, |tokens, index| {
        let ending = |at: usize| {
            let at = match phrase_at(tokens, at, "or so") {
                Some(so) if spaced_word(tokens, so + 1).is_some() => so + 1,
                _ => at,
            };
            phrase_at(tokens, at, "ago")
        };
        let (number, unit, last) = counted(tokens, index, &QUALIFIERS, ending)?;
        Some(token_slots(
            tokens,
            index,
            last,
            &[("num", Some(number)), ("unit", Some((unit, unit)))],
        ))
    });
}

/// Whether one of `words` (folded) is in the sentence: a count is read only
/// where the word that ends it stands somewhere.
fn has_word(tokens: &Tokens<'_>, words: &[&str]) -> bool {
    (0..tokens.all().len()).any(|i| words.contains(&tokens.folded(i)))
}

fn vague_ago<'h>(tokens: &Tokens<'h>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, found, |tokens, index| {
        folded_among(
            tokens,
            index,
            &["years", "months", "weeks", "days", "decades"],
        )?;
        spaced_word(tokens, index + 1)?;
        phrase_at(tokens, index + 1, "ago")?;
        Some(token_slots(tokens, index, index + 1, &[]))
    });
}

fn offset<'h>(tokens: &Tokens<'h>, found: &mut Vec<Slots<'h>>) {
    const QUALIFIERS: [&str; 8] = [
        "about",
        "nearly",
        "almost",
        "some",
        "more than",
        "just",
        "only",
        "barely",
    ];
    if !has_word(tokens, &["later", "earlier", "afterwards", "afterward"]) {
        return;
    }
    leftmost(tokens, found, |tokens, index| {
        let ending = |at: usize| {
            tokens.get(at).filter(|t| t.is(WORD))?;
            folded_among(tokens, at, &["later", "earlier", "afterwards", "afterward"])?;
            Some(at)
        };
        let (number, unit, last) = counted(tokens, index, &QUALIFIERS, ending)?;
        Some(token_slots(
            tokens,
            index,
            last,
            &[
                ("num", Some(number)),
                ("unit", Some((unit, unit))),
                ("dir", Some((last, last))),
            ],
        ))
    });
}

fn same_day<'h>(tokens: &Tokens<'h>, found: &mut Vec<Slots<'h>>) {
    const AFTER_THE: [&str; 9] = [
        "same day",
        "next day",
        "following day",
        "previous day",
        "day before",
        "day after",
        "next morning",
        "following morning",
        "preceding day",
    ];
    leftmost(tokens, found, |tokens, index| {
        let after_the = phrase_at(tokens, index, "the")
            .filter(|_| spaced_word(tokens, index + 1).is_some())
            .and_then(|_| first_phrase_at(tokens, index + 1, &AFTER_THE));
        if let Some((_, last)) = after_the {
            return Some(token_slots(
                tokens,
                index,
                last,
                &[("w", Some((index + 1, last)))],
            ));
        }
        let (_, last) = first_phrase_at(tokens, index, &["that day", "that same day"])?;
        Some(token_slots(
            tokens,
            index,
            last,
            &[("that", Some((index, last)))],
        ))
    });
}

/// The regexes these rules replaced, the oracle of their tests.
#[cfg(test)]
pub const ORACLES: [(&TokenRule, &str); 5] = [
    (
        &RELATIVE_UNIT,
        r"(?ix)\b (?: (?P<mod>early|late|mid|earlier|later) [-\s]+ (?:in\s+)? )? (?:the\s+)?
               (?P<dir>last|this|next|past|previous|coming|current|following|same|that|present)
               \s+ (?P<unit>week|weekend|month|year|decade|century) \b",
    ),
    (
        &AGO,
        r"(?ix)\b (?: (?:about|nearly|almost|some|more\s+than|over|roughly|just|only|barely|around|less\s+than|at\s+least) \s+ )?
               (?P<num>{NUM}) \s+ (?P<unit>{UNIT}) \s+ (?:or\s+so\s+)? ago \b",
    ),
    (
        &VAGUE_AGO,
        r"(?i)\b(?:years|months|weeks|days|decades)\s+ago\b",
    ),
    (
        &OFFSET,
        r"(?ix)\b (?: (?:about|nearly|almost|some|more\s+than|just|only|barely) \s+ )? (?P<num>{NUM}) \s+ (?P<unit>{UNIT}) \s+ (?P<dir>later|earlier|afterwards|afterward) \b",
    ),
    (
        &SAME_DAY,
        r"(?ix)\b (?: the \s+ (?P<w>same\s+day|next\s+day|following\s+day|previous\s+day|day\s+before|day\s+after|next\s+morning|following\s+morning|preceding\s+day)
               | (?P<that>that\s+day|that\s+same\s+day) ) \b",
    ),
];

/// Phrases from every qualifier, number, unit and ending the rules allow, in
/// several spellings, cases and surroundings.
#[cfg(test)]
pub fn generated_phrases() -> Vec<String> {
    let openings = [
        "",
        "early ",
        "Mid-",
        "mid - -",
        "late-in ",
        "later in ",
        "earlier\tin the ",
        "mid ",
        "the ",
        "about ",
        "more than ",
        "MORE  THAN ",
        "some ",
        "at least ",
        "over ",
        "barely ",
        "in ",
        "tha ",
        "\u{17F}ome ",
    ];
    let counts = [
        "",
        "last ",
        "this ",
        "next ",
        "the past ",
        "that ",
        "same ",
        "2 ",
        "1,500 ",
        "1,50 ",
        "2.5 ",
        "2.5.6 ",
        "0000 ",
        "12th ",
        "twenty-four ",
        "Twenty four ",
        "twenty  four ",
        "twenty-\nfour ",
        "a couple of ",
        "A couple ",
        "couple of ",
        "a few ",
        "few ",
        "several ",
        "an ",
        "a ",
        "some ",
        "one ",
        "ninety-nine ",
        "hundred ",
    ];
    let units = [
        "week",
        "weekend",
        "Month",
        "YEARS",
        "years",
        "days",
        "day",
        "decades",
        "decade",
        "century",
        "centuries",
        "quarter",
        "nights",
        "hours",
        "morning",
        "minutes",
        "yearly",
        "\u{212A}weeks",
    ];
    let ends = [
        "",
        " ago",
        " or so ago",
        " Or  So ago",
        " agos",
        " later",
        " earlier",
        " afterwards",
        " afterward",
        " before",
        " after",
        "-old",
    ];
    let mut phrases = super::every_joining(&[&openings[..], &counts[..], &units[..], &ends[..]]);
    for that in [
        "that day",
        "That same day",
        "that  same\nday",
        "the same day",
        "the day after",
        "The next morning",
        "the preceding day",
        "the following morning",
        "that sameday",
    ] {
        phrases.push(that.to_string());
        phrases.push(format!("On {that}, they left."));
    }
    super::framed(phrases)
}
