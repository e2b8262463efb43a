//! Days, weeks and years counted from the publication date or from the last
//! date mentioned: "last week", "earlier this month", "two years ago", "years
//! ago", "three days later", "the next day".

use super::values::{
    add_quarters, count, date, direction_and_unit, duration_value, quarter_of, unit_of, unit_value,
    units_in, week_value,
};
use super::{
    after_dashes, counted_unit, first_phrase_at, folded_among, leftmost, numbers, phrase_at,
    spaced_word, token_slots, Opening, Starts, TokenRule,
};
use crate::analysis::TimexType;
use crate::calendar::Date;
use crate::dates::grammar::{Rule, Slots};
use crate::dates::resolve::{Context, Tense};
use crate::text::tokens::{Tokens, DAYPART, DIGITS, NUMBER_WORD, UNIT, WORD};

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 5] = [&RELATIVE_UNIT, &AGO, &VAGUE_AGO, &OFFSET, &SAME_DAY];

/// "last week", "earlier this month", "the past year", "mid-next year".
pub static RELATIVE_UNIT: TokenRule = TokenRule {
    rule: Rule::RelativeUnit,
    trigger: UNIT,
    find: relative_unit,
    opens: Opening {
        classes: 0,
        words: &[&MODIFIERS, &["the"], &DIRECTIONS],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
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
    opens: Opening {
        classes: DIGITS | NUMBER_WORD,
        words: &[&AGO_QUALIFIERS],
        data_words: None,
    },
    needs: &["ago"],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("He left 2.5 years ago.", "2.5 years ago"),
        (
            "It shut more than twenty-one days ago.",
            "more than twenty-one days ago",
        ),
        ("They met some years ago.", "some years ago"),
        (
            "Thirty years ago today, troops crossed.",
            "Thirty years ago today",
        ),
        (
            "Ten years ago this month, the navy sailed.",
            "Ten years ago this month",
        ),
    ],
};

/// "years ago".
pub static VAGUE_AGO: TokenRule = TokenRule {
    rule: Rule::VagueAgo,
    trigger: UNIT,
    find: vague_ago,
    opens: Opening {
        classes: 0,
        words: &[&["years", "months", "weeks", "days", "decades"]],
        data_words: None,
    },
    needs: &["ago"],
    needs_data: None,
    #[cfg(test)]
    examples: &[("Decades ago it was a port.", "Decades ago")],
};

/// "two days later", "a year earlier".
pub static OFFSET: TokenRule = TokenRule {
    rule: Rule::Offset,
    trigger: UNIT,
    find: offset,
    opens: Opening {
        classes: DIGITS | NUMBER_WORD,
        words: &[&OFFSET_QUALIFIERS],
        data_words: None,
    },
    needs: &OFFSET_DIRECTIONS,
    needs_data: None,
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
    opens: Opening {
        classes: 0,
        words: &[&["the", "that"]],
        data_words: None,
    },
    // Every phrase holds "day", "morning", "evening" or "night", whole.
    needs: &["day", "morning", "evening", "night"],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("They left the following morning.", "the following morning"),
        ("That same day it rained.", "That same day"),
        ("The previous evening, trucks left.", "The previous evening"),
        ("Later that evening the palace was looted.", "that evening"),
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

fn relative_unit<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
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

/// What may come before the count of "ago".
const AGO_QUALIFIERS: [&str; 13] = [
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

fn ago<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let ending = |at: usize| {
            let at = match phrase_at(tokens, at, "or so") {
                Some(so) if spaced_word(tokens, so + 1).is_some() => so + 1,
                _ => at,
            };
            phrase_at(tokens, at, "ago")
        };
        let (number, unit, last) = counted(tokens, index, &AGO_QUALIFIERS, ending)?;
        // "Thirty years ago today", "… this week", "… this month": an
        // anniversary, the day, week or month.
        let today = spaced_word(tokens, last + 1)
            .and_then(|_| first_phrase_at(tokens, last + 1, &["today", "this week", "this month"]))
            .map(|(_, end)| (last + 1, end));
        Some(token_slots(
            tokens,
            index,
            today.map_or(last, |t| t.1),
            &[
                ("num", Some(number)),
                ("unit", Some((unit, unit))),
                ("today", today),
            ],
        ))
    });
}

fn vague_ago<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
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

/// The words that end an offset, in lower case: a count is read only where
/// one of them stands somewhere.
const OFFSET_DIRECTIONS: [&str; 4] = ["later", "earlier", "afterwards", "afterward"];

/// What may come before the count of "later".
const OFFSET_QUALIFIERS: [&str; 8] = [
    "about",
    "nearly",
    "almost",
    "some",
    "more than",
    "just",
    "only",
    "barely",
];

fn offset<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let ending = |at: usize| {
            tokens.get(at).filter(|t| t.is(WORD))?;
            folded_among(tokens, at, &OFFSET_DIRECTIONS)?;
            Some(at)
        };
        let (number, unit, last) = counted(tokens, index, &OFFSET_QUALIFIERS, ending)?;
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

fn same_day<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    const AFTER_THE: [&str; 16] = [
        "same day",
        "next day",
        "following day",
        "previous day",
        "day before",
        "day after",
        "next morning",
        "following morning",
        "preceding day",
        "previous morning",
        "next evening",
        "following evening",
        "previous evening",
        "previous night",
        "night before",
        "evening before",
    ];
    leftmost(tokens, starts, found, |tokens, index| {
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
        let (_, last) = first_phrase_at(
            tokens,
            index,
            &[
                "that day",
                "that same day",
                "that morning",
                "that evening",
                "that night",
            ],
        )?;
        Some(token_slots(
            tokens,
            index,
            last,
            &[("that", Some((index, last)))],
        ))
    });
}

/// "last week", "earlier this month", "that year": the period one step from
/// the publication date, or from the last date mentioned for "that", "same"
/// and "following".
pub fn resolve_relative_unit(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let (direction, unit, step) = direction_and_unit(c)?;
    let anchor = if matches!(
        direction.as_str(),
        "that" | "same" | "following" | "previous" | "preceding"
    ) {
        match (unit.as_str(), context.year) {
            ("year", Some(year)) => Date::new(year, 1, 1)?,
            ("month", _) if context.month.is_some() => context.month?,
            _ => context.reference.or(context.published)?,
        }
    } else {
        context.published?
    };
    date(unit_value(anchor, &unit, step)?)
}

/// "two years ago": the period that far before the publication date, at the
/// unit's precision; "a year ago" in a quarterly report is the quarter a year
/// before the last one mentioned.
pub fn resolve_ago(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let anchor = context.published?;
    let unit_word = c.name("unit")?.as_str();
    let unit = unit_of(unit_word)?;
    match count(c.name("num")?.as_str()) {
        Some(n) if unit == 'Y' && c.name("today").is_some() => {
            let day = Date::new(anchor.year - n as i32, anchor.month, anchor.day)?;
            // "today", else "this week" or "this month" in any case.
            let period = c.name("today")?.as_str();
            if period.len() == 5 {
                return date(day.to_string());
            }
            let unit = if period.ends_with(['k', 'K']) {
                "week"
            } else {
                "month"
            };
            date(unit_value(day, unit, 0)?)
        }
        Some(1) if unit == 'Y' && context.quarter.is_some() => year_before_quarter(context),
        Some(n) => date(shifted(
            anchor,
            unit,
            -i64::from(n) * i64::from(units_in(unit_word)),
        )?),
        None => date("PAST_REF".to_string()),
    }
}

/// "years ago": an unstated distance into the past.
pub fn resolve_vague_ago(
    _c: &Slots<'_>,
    _tense: Tense,
    _context: &mut Context,
) -> Option<(TimexType, String)> {
    date("PAST_REF".to_string())
}

/// "two days later", "a year earlier": counted from the last date mentioned.
pub fn resolve_offset(
    c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let unit_word = c.name("unit")?.as_str();
    let unit = unit_of(unit_word)?;
    // "In March 2016 ... Two years later", "in 1971 ... A decade later":
    // years, decades and centuries count from the year told last, unless a
    // day was told after it ("the six months ended Aug. 12, ... a year earlier").
    let year_told = context
        .year
        .filter(|_| matches!(unit, 'Y' | 'E' | 'C') && !context.day_last)
        .and_then(|year| Date::new(year, 1, 1));
    let anchor = year_told.or(context.anchor_day(tense))?;
    // "a few days later" tells a length of time, not a day.
    let Some(n) = count(c.name("num")?.as_str()) else {
        return Some((TimexType::Duration, duration_value(None, unit)));
    };
    let n = i64::from(n) * i64::from(units_in(unit_word));
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
    if matches!(unit, 'D' | 'H') {
        context.reference = value.parse().ok();
    }
    date(value)
}

/// "the same day", "the next day", "the day before": next to the last day
/// mentioned.
pub fn resolve_same_day(
    c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let anchor = context.anchor_day(tense)?;
    let phrase = c.whole().as_str().to_ascii_lowercase();
    let shift =
        if phrase.contains("next") || phrase.contains("following") || phrase.contains("after") {
            1
        } else if phrase.contains("previous")
            || phrase.contains("before")
            || phrase.contains("preceding")
        {
            -1
        } else {
            0
        };
    // "A second convoy arrived the following day", with no day told before:
    // the day after the report's is no past, and the day it follows is unknown.
    if shift > 0 && context.reference.is_none() && tense == Tense::Past {
        return None;
    }
    let day = anchor.add_days(shift);
    context.reference = Some(day);
    date(day.to_string())
}

/// The quarter a year before the last one mentioned: what "a year earlier" means
/// in a quarterly report.
fn year_before_quarter(context: &Context) -> Option<(TimexType, String)> {
    let (year, quarter) = context.quarter?;
    Some((TimexType::Date, format!("{:04}-Q{quarter}", year - 1)))
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
            let (year, quarter) = add_quarters(quarter_of(anchor), n as i32);
            format!("{year:04}-Q{quarter}")
        }
        'W' => week_value(anchor.add_days(7 * n)),
        'D' => anchor.add_days(n).to_string(),
        // "Forty-eight hours later": whole days of hours move the day.
        'H' => anchor.add_days(n / HOURS_A_DAY).to_string(),
        _ => anchor.to_string(),
    })
}

const HOURS_A_DAY: i64 = 24;

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
               (?P<num>{NUM}) \s+ (?P<unit>{UNIT}) \s+ (?:or\s+so\s+)? ago \b (?: \s+ (?P<today>today|this\s+week|this\s+month) \b )?",
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
        r"(?ix)\b (?: the \s+ (?P<w>same\s+day|next\s+day|following\s+day|previous\s+day|day\s+before|day\s+after|next\s+morning|following\s+morning|preceding\s+day
                 |previous\s+morning|next\s+evening|following\s+evening|previous\s+evening|previous\s+night|night\s+before|evening\s+before)
               | (?P<that>that\s+day|that\s+same\s+day|that\s+morning|that\s+evening|that\s+night) ) \b",
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
        " ago today",
        " ago this week",
        " ago This  Month",
        " ago this year",
        " ago this weekend",
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
        "the previous evening",
        "The night before",
        "the previous  night",
        "that sameday",
        "Later that evening",
        "that  night",
    ] {
        phrases.push(that.to_string());
        phrases.push(format!("On {that}, they left."));
    }
    super::framed(phrases)
}
