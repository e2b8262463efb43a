//! Months: "Tuesday, Dec. 9, 2024", "the 14th of May", "July 1997",
//! "mid-March", "last November", "in May".

use super::values::{date, month_of, number};
use super::{
    after_dashes, after_direction, calendar_name, glued, leftmost, lower_or_capital,
    relative_year_after, shifted_year, spaced_word, token_slots, written_name, Opening, Starts,
    TokenRule,
};
use crate::analysis::TimexType;
use crate::calendar::Date;
use crate::dates::grammar::{Found, Rule, Slots};
use crate::dates::resolve::{Context, Tense};
use crate::lexicon::{FUNCTION_WORDS, WORLD_EVENTS};
use crate::text::tokens::{Tokens, DIGITS, MONTH, ORDINAL, PUNCTUATION, SPACED, WEEKDAY, WORD};
use std::sync::LazyLock;

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 7] = [
    &MONTH_DAY,
    &DAY_MONTH,
    &DAY_OF_MONTH,
    &MONTH_YEAR,
    &MONTH_PART,
    &RELATIVE_MONTH,
    &MONTH_RULE,
];

/// "Tuesday, Dec. 9, 2024", "May 26", "July 22 last year".
pub static MONTH_DAY: TokenRule = TokenRule {
    rule: Rule::MonthDay,
    trigger: MONTH,
    find: month_day,
    opens: Opening {
        classes: WEEKDAY | MONTH,
        words: &[],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        (
            "They met on Tuesday, Dec. 9, 2024 in Paris.",
            "Tuesday, Dec. 9, 2024",
        ),
        ("It opens May 26th.", "May 26th"),
        (
            "The deal was signed on July 22 last year.",
            "July 22 last year",
        ),
    ],
};

/// "9 December 2024", "the 14th of May", "3 March this year".
pub static DAY_MONTH: TokenRule = TokenRule {
    rule: Rule::DayMonth,
    trigger: MONTH,
    find: day_month,
    opens: Opening {
        classes: WEEKDAY | DIGITS | ORDINAL,
        words: &[&["the"]],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("They left on 9 December, 2024.", "9 December, 2024"),
        ("It ends on the 14th of May.", "the 14th of May"),
    ],
};

/// "on the 20th", "by the 25th": a day of the month without the month, after
/// a preposition and before the clause goes on ("the 20th century" is none).
pub static DAY_OF_MONTH: TokenRule = TokenRule {
    rule: Rule::DayOfMonth,
    trigger: ORDINAL,
    find: day_of_month,
    opens: Opening {
        classes: 0,
        words: &[&["the"]],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("Two ships left Novorossiysk on the 20th.", "the 20th"),
        ("It must be done by the 1st, he said.", "the 1st"),
    ],
};

/// The words before a day of the month told alone ("on the 20th").
const BEFORE_DAY_OF_MONTH: [&str; 9] = [
    "on", "by", "until", "till", "since", "from", "before", "after", "through",
];

/// "July 1997", "June of 2001".
pub static MONTH_YEAR: TokenRule = TokenRule {
    rule: Rule::MonthYear,
    trigger: MONTH,
    find: month_year,
    opens: Opening {
        classes: MONTH,
        words: &[],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[("It began in June of 2001.", "June of 2001")],
};

/// "mid-March", "early January 2023", "the end of May".
pub static MONTH_PART: TokenRule = TokenRule {
    rule: Rule::MonthPart,
    trigger: MONTH,
    find: month_part,
    opens: Opening {
        classes: 0,
        words: &[&[
            "early",
            "mid",
            "late",
            "the",
            "end",
            "beginning",
            "start",
            "middle",
        ]],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("Talks resume mid-March.", "mid-March"),
        (
            "It closes at the end of Sept. 2025.",
            "the end of Sept. 2025",
        ),
    ],
};

/// "last November", "this coming May".
pub static RELATIVE_MONTH: TokenRule = TokenRule {
    rule: Rule::RelativeMonth,
    trigger: MONTH,
    find: relative_month,
    opens: Opening {
        classes: 0,
        words: &[&["last", "this", "next", "past", "coming", "that", "the"]],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("Prices rose last November.", "last November"),
        ("He was shot last Oct. 23 at home.", "last Oct. 23"),
        ("That June, the army moved.", "That June"),
        (
            "Talks failed the following October.",
            "the following October",
        ),
    ],
};

/// "in May", "January", "March of last year".
pub static MONTH_RULE: TokenRule = TokenRule {
    rule: Rule::Month,
    trigger: MONTH,
    find: month,
    opens: Opening {
        classes: MONTH,
        words: &[&BEFORE_MONTH],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("Ships left in JAN. and came back.", "JAN."),
        ("Sales fell in March of last year.", "March of last year"),
    ],
};

/// A month at `index` as written ("March", "MARCH", "Dec."): its last token.
fn written_month(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    tokens.get(index).filter(|t| t.is(MONTH))?;
    written_name(tokens, "month", index)
}

/// `,?\s+` after the token at `index`, then a word: the word's index.
fn comma_space(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    let next = if glued(tokens, index + 1, ",") {
        index + 2
    } else {
        index + 1
    };
    spaced_word(tokens, next).map(|_| next)
}

/// Whether the word at `index` is a year of the grammar (1000 to 2099).
pub(super) fn year(tokens: &Tokens<'_>, index: usize) -> bool {
    let text = tokens.text(index);
    tokens.get(index).is_some_and(|t| t.is(DIGITS))
        && text.len() == 4
        && (text.starts_with('1') || text.starts_with("20"))
}

/// The year after the token at `index` (`,?\s+` and a year), if one follows.
fn year_after(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    comma_space(tokens, index).filter(|&at| year(tokens, at))
}

/// The length of the day number of a word ("9", "26th", "03"), if it is one.
fn day_number(text: &str) -> Option<usize> {
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| text.strip_suffix(s))
        .filter(|d| !d.is_empty())
        .unwrap_or(text);
    let bytes = digits.as_bytes();
    let valid = match bytes {
        [d] => d.is_ascii_digit(),
        [a, b] => (b'0'..=b'3').contains(a) && b.is_ascii_digit(),
        _ => false,
    };
    valid.then_some(digits.len())
}

/// The day at `index`: its index, and the end of its digits; none in a number
/// with thousands ("In May 5,000 people left").
fn day(tokens: &Tokens<'_>, index: usize) -> Option<(usize, usize)> {
    let token = tokens.get(index).filter(|t| t.is(WORD))?;
    let digits = day_number(tokens.text(index))?;
    let thousands = glued(tokens, index + 1, ",")
        && tokens
            .get(index + 2)
            .is_some_and(|t| t.is(DIGITS) && !t.is(SPACED) && t.end - t.start == 3);
    if thousands {
        return None;
    }
    Some((index, token.start + digits))
}

/// A weekday with `,?\s+` at `index`: the index after it.
fn weekday_before(tokens: &Tokens<'_>, index: usize) -> Option<(usize, usize)> {
    tokens.get(index)?;
    calendar_name("weekday", tokens.text(index))?;
    let last = written_name(tokens, "weekday", index)?;
    Some((last, comma_space(tokens, last)?))
}

fn month_day<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let core = |at: usize| {
            let month_end = written_month(tokens, at)?;
            let (day_at, digits_end) = tokens
                .get(month_end + 1)
                .filter(|t| t.is(WORD))
                .and_then(|_| day(tokens, month_end + 1))?;
            Some((at, month_end, day_at, digits_end))
        };
        let weekday =
            weekday_before(tokens, index).and_then(|(last, next)| Some((Some(last), core(next)?)));
        let (weekday, (month, month_end, day_at, digits_end)) =
            weekday.or_else(|| Some((None, core(index)?)))?;
        let (year, relative, last) = years_after(tokens, day_at);
        let mut slots = token_slots(
            tokens,
            index,
            last,
            &[
                ("wd", weekday.map(|last| (index, last))),
                ("month", Some((month, month_end))),
            ],
        );
        slots.fill(
            "day",
            tokens.sentence(),
            tokens.all()[day_at].start,
            digits_end,
        );
        fill_years(&mut slots, tokens, year, relative);
        Some(slots)
    });
}

fn day_month<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let core = |at: usize| {
            let at = if tokens.text(at) == "the" && spaced_word(tokens, at + 1).is_some() {
                at + 1
            } else {
                at
            };
            let (day_at, digits_end) = day(tokens, at)?;
            spaced_word(tokens, day_at + 1)?;
            let month =
                if tokens.text(day_at + 1) == "of" && spaced_word(tokens, day_at + 2).is_some() {
                    day_at + 2
                } else {
                    day_at + 1
                };
            Some((day_at, digits_end, month, written_month(tokens, month)?))
        };
        let weekday =
            weekday_before(tokens, index).and_then(|(last, next)| Some((Some(last), core(next)?)));
        let (weekday, (day_at, digits_end, month, month_end)) =
            weekday.or_else(|| Some((None, core(index)?)))?;
        let (year, relative, last) = years_after(tokens, month_end);
        let sentence = tokens.sentence();
        let mut slots = token_slots(
            tokens,
            index,
            last,
            &[("wd", weekday.map(|last| (index, last)))],
        );
        slots.fill("day", sentence, tokens.all()[day_at].start, digits_end);
        let all = tokens.all();
        slots.fill("month", sentence, all[month].start, all[month_end].end);
        fill_years(&mut slots, tokens, year, relative);
        Some(slots)
    });
}

/// The year written after token `at` ("9 December 2024") or else a relative
/// one ("Dec. 9 last year"), with the date's last token.
fn years_after(tokens: &Tokens<'_>, at: usize) -> (Option<usize>, Option<(usize, usize)>, usize) {
    let year = year_after(tokens, at);
    let relative = year
        .is_none()
        .then(|| relative_year_after(tokens, at))
        .flatten();
    (year, relative, year.or(relative.map(|r| r.1)).unwrap_or(at))
}

/// Fills the slots "y" and "ry" with what [`years_after`] found.
fn fill_years<'h>(
    slots: &mut Slots<'h>,
    tokens: &Tokens<'h>,
    year: Option<usize>,
    relative: Option<(usize, usize)>,
) {
    let all = tokens.all();
    let at = year.or(relative.map(|r| r.0));
    if let Some(k) = at {
        let name = if year.is_some() { "y" } else { "ry" };
        slots.fill(name, tokens.sentence(), all[k].start, all[k].end);
    }
}

fn day_of_month<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        (tokens.text(index) == "the").then_some(())?;
        let before = index.checked_sub(1)?;
        BEFORE_DAY_OF_MONTH
            .contains(&tokens.folded(before))
            .then_some(())?;
        let day_at = index + 1;
        let token = spaced_word(tokens, day_at).filter(|t| t.is(ORDINAL))?;
        let digits = day_number(tokens.text(day_at))?;
        (digits < tokens.text(day_at).len()).then_some(())?;
        // The clause ends or goes on with a function word: "the 20th century",
        // "the 25th anniversary" name no day, nor "the 15th and 17th holes".
        let mut after = day_at + 1;
        if matches!(
            tokens.get(after).map(|_| tokens.folded(after)),
            Some("and" | "or" | "to")
        ) && tokens.get(after + 1).is_some_and(|t| t.is(ORDINAL))
        {
            after += 2;
        }
        let ends = tokens
            .get(after)
            .is_none_or(|t| t.is(PUNCTUATION) || FUNCTION_WORDS.contains(tokens.folded(after)));
        ends.then_some(())?;
        let mut slots = token_slots(tokens, index, day_at, &[]);
        slots.fill("day", tokens.sentence(), token.start, token.start + digits);
        Some(slots)
    });
}

fn month_year<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let month_end = written_month(tokens, index)?;
        let next = comma_space(tokens, month_end)?;
        let year_at = if tokens.text(next) == "of" && spaced_word(tokens, next + 1).is_some() {
            next + 1
        } else {
            next
        };
        year(tokens, year_at).then_some(())?;
        Some(token_slots(
            tokens,
            index,
            year_at,
            &[
                ("month", Some((index, month_end))),
                ("y", Some((year_at, year_at))),
            ],
        ))
    });
}

fn month_part<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let text = tokens.text(index);
        let (part, month) = if ["early", "mid", "late"]
            .iter()
            .any(|w| lower_or_capital(text, w))
        {
            (Some(index), after_dashes(tokens, index)?)
        } else {
            let at = if text == "the" && spaced_word(tokens, index + 1).is_some() {
                index + 1
            } else {
                index
            };
            ["end", "beginning", "start", "middle"]
                .contains(&tokens.text(at))
                .then_some(())?;
            spaced_word(tokens, at + 1).filter(|_| tokens.text(at + 1) == "of")?;
            spaced_word(tokens, at + 2)?;
            (None, at + 2)
        };
        let month_end = written_month(tokens, month)?;
        let year = year_after(tokens, month_end);
        Some(token_slots(
            tokens,
            index,
            year.unwrap_or(month_end),
            &[
                ("part", part.map(|p| (p, p))),
                ("month", Some((month, month_end))),
                ("y", year.map(|y| (y, y))),
            ],
        ))
    });
}

/// The directions before a month, as written (in lower case or with a
/// capital) and the word after it, in the grammar's order of preference.
const DIRECTIONS: [(&str, Option<&str>); 9] = [
    ("last", None),
    ("this", None),
    ("next", None),
    ("this", Some("past")),
    ("this", Some("coming")),
    ("past", None),
    ("coming", None),
    ("that", None),
    ("the", Some("following")),
];

fn relative_month<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        // "That June, …" opens a sentence, and "by the end of that October"
        // follows a preposition; elsewhere "that" is mostly a conjunction ("It
        // appears that August is …") or points at a year told long before
        // ("at that October hearing").
        let after_preposition = index.checked_sub(1).is_some_and(|p| {
            ["of", "in", "by", "during"]
                .iter()
                .any(|w| lower_or_capital(tokens.text(p), w))
        });
        if lower_or_capital(tokens.text(index), "that")
            && !(index == 0 && tokens.text(index) == "That")
            && !after_preposition
        {
            return None;
        }
        after_direction(tokens, index, &DIRECTIONS, |last| {
            let month_end = written_month(tokens, last + 1)?;
            let day = tokens
                .get(month_end + 1)
                .filter(|t| t.is(WORD))
                .and_then(|_| day(tokens, month_end + 1));
            let mut slots = token_slots(
                tokens,
                index,
                day.map_or(month_end, |(at, _)| at),
                &[
                    ("dir", Some((index, last))),
                    ("month", Some((last + 1, month_end))),
                ],
            );
            if let Some((at, digits_end)) = day {
                slots.fill("day", tokens.sentence(), tokens.all()[at].start, digits_end);
            }
            Some(slots)
        })
    });
}

/// The words that may stand before a month, as the grammar writes them.
const BEFORE_MONTH: [&str; 25] = [
    "in", "since", "by", "until", "till", "through", "from", "during", "of", "before", "after",
    "to", "and", "or", "early", "late", "mid", "In", "Since", "By", "Until", "From", "During",
    "Before", "After",
];

fn month<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let after_word = BEFORE_MONTH
            .contains(&tokens.text(index))
            .then(|| spaced_word(tokens, index + 1))
            .flatten()
            .and_then(|_| Some((Some(index), index + 1, written_month(tokens, index + 1)?)));
        let (before, month, month_end) =
            after_word.or_else(|| Some((None, index, written_month(tokens, index)?)))?;
        let relative = relative_year_after(tokens, month_end);
        let last = relative.map_or(month_end, |r| r.1);
        Some(token_slots(
            tokens,
            index,
            last,
            &[
                ("pre", before.map(|b| (b, b))),
                ("t", Some((month, last))),
                ("month", Some((month, month_end))),
                ("ry", relative.map(|(dir, _)| (dir, dir))),
            ],
        ))
    });
}

/// "Dec. 9", "9 December 2024": the day, in the year written or else the one
/// nearest the publication date (or the last day mentioned) that the tense
/// allows.
pub fn resolve_month_day(
    c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let month = month_of(c.name("month")?.as_str())?;
    let day_number = number(c, "day")?;
    let relative_year = c
        .name("ry")
        .and_then(|dir| shifted_year(context, dir.as_str()));
    let event_year = c
        .name("event")
        .and_then(|noun| world_event_year(month, day_number, noun.as_str()));
    // "In January 2013 the traffic was intense. On 9 January …": a day of
    // the month told last, with its year written, is of that year, when that
    // year is before the publication's. A day of the publication's own month
    // is its own ("the August 1988 cease-fire … the invasion on Aug. 2", told
    // in August 1990).
    let told_year = context
        .month
        .filter(|m| m.month == month && context.year == Some(m.year))
        .filter(|m| {
            context
                .published
                .is_none_or(|p| m.year < p.year && month != p.month)
        })
        .map(|m| m.year);
    let day = match c.name("y") {
        Some(y) => Date::new(y.as_str().parse().ok()?, month, day_number)?,
        None if relative_year.is_some() => Date::new(relative_year?, month, day_number)?,
        None if event_year.is_some() => Date::new(event_year?, month, day_number)?,
        None if told_year.is_some() => Date::new(told_year?, month, day_number)?,
        None => match context.published.or(context.reference) {
            Some(anchor) => {
                let near = nearest_day(anchor, month, day_number, tense)?;
                match told_past_year(context, tense, near > anchor) {
                    Some(year) => Date::new(year, month, day_number)?,
                    None => near,
                }
            }
            None => {
                Date::new(2000, month, day_number)?;
                return date(format!("XXXX-{month:02}-{day_number:02}"));
            }
        },
    };
    context.reference = Some(day);
    // A year told with the day is the one "the following year" counts from.
    if c.name("y").is_some() || relative_year.is_some() {
        context.year = Some(day.year);
    }
    date(day.to_string())
}

/// The days of `data/world_events.tsv`'s one-day events that a trigger names
/// with a noun ("September 11 attacks", "attacks of September 11"): month,
/// day, year and the noun, without a plural "s".
static EVENT_DAYS: LazyLock<Vec<(u32, u32, i32, &'static str)>> = LazyLock::new(|| {
    let mut days = Vec::new();
    for event in WORLD_EVENTS.iter().filter(|e| !e.lasting) {
        let Ok(when) = event.date.parse::<Date>() else {
            continue;
        };
        for trigger in &event.triggers {
            let words: Vec<&str> = trigger.split_whitespace().collect();
            for k in 0..words.len().saturating_sub(1) {
                let names_day =
                    month_of(words[k]) == Some(when.month) && words[k + 1].parse() == Ok(when.day);
                if !names_day {
                    continue;
                }
                let after = words.get(k + 2);
                let before_of = k.checked_sub(2).filter(|&b| words[b + 1] == "of");
                for noun in after.into_iter().chain(before_of.map(|b| &words[b])) {
                    days.push((when.month, when.day, when.year, singular(noun)));
                }
            }
        }
    }
    days
});

/// A noun without its plural "s", for comparing "attack" with "attacks".
fn singular(noun: &str) -> &str {
    noun.strip_suffix('s').unwrap_or(noun)
}

/// The year of the one-day world event on `month` and `day` that `noun`
/// names with them ("the Sept. 11 attacks" are 2001's, whenever they are told).
pub fn world_event_year(month: u32, day: u32, noun: &str) -> Option<i32> {
    let noun = singular(noun);
    EVENT_DAYS
        .iter()
        .find(|&&(m, d, _, n)| m == month && d == day && n.eq_ignore_ascii_case(noun))
        .map(|&(_, _, year, _)| year)
}

/// "on the 20th": a day of the month its sentence has named ("in January
/// and again on the 24th"), else the nearest such day of the publication's
/// month or the one before it, or after it in the future tense.
pub fn resolve_day_of_month(
    c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let day_number = number(c, "day")?;
    if let Some(month) = context.sentence_month {
        let day = Date::new(month.year, month.month, day_number)?;
        context.reference = Some(day);
        return date(day.to_string());
    }
    let anchor = context.published?;
    let month_start = Date::new(anchor.year, anchor.month, 1)?;
    let months = match tense {
        Tense::Future => i32::from(day_number < anchor.day),
        _ => -i32::from(day_number > anchor.day),
    };
    let month = month_start.add_months(months);
    let day = Date::new(month.year, month.month, day_number)?;
    context.reference = Some(day);
    date(day.to_string())
}

/// "July 1997", whose year "later that year" counts from, and whose month
/// "the following month" does (its first day stands for it).
pub fn resolve_month_year(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let month = month_of(c.name("month")?.as_str())?;
    let year: i32 = c.name("y")?.as_str().parse().ok()?;
    context.year = Some(year);
    context.reference = Date::new(year, month, 1);
    date(format!("{year:04}-{month:02}"))
}

/// "in May", "January": as [`resolve_named_month`], but a month abbreviation
/// alone ("Jan") is more often a name, and "May" needs "in May", unless a
/// year follows ("Jan. last year").
pub fn resolve_month(
    c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let word = c.name("month")?.as_str();
    let abbreviation =
        word.len() <= 4 && !["june", "july"].contains(&word.to_ascii_lowercase().as_str());
    let is_may = word.eq_ignore_ascii_case("may");
    // A year told after it ("May this year") makes the word a month.
    let doubtful = (abbreviation && !is_may) || (is_may && c.name("pre").is_none());
    if doubtful && c.name("ry").is_none() {
        return None;
    }
    resolve_named_month(c, tense, context)
}

/// "mid-March", "last November": the month in the year written, or the one
/// its direction or the tense of the sentence gives.
pub fn resolve_named_month(
    c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let month = month_of(c.name("month")?.as_str())?;
    if let Some(y) = c.name("y") {
        return date(format!("{}-{month:02}", y.as_str()));
    }
    if let Some(year) = context.range_year {
        return date(format!("{year:04}-{month:02}"));
    }
    let anchor = context.published?;
    if let Some(dir) = c.name("ry") {
        return date(format!(
            "{:04}-{month:02}",
            shifted_year(context, dir.as_str())?
        ));
    }
    let direction = c.name("dir").map(|d| d.as_str().to_ascii_lowercase());
    if let Some(day_number) = number(c, "day") {
        return day_in_direction(anchor, month, day_number, direction.as_deref(), context);
    }
    // "In March 2011 … That June": the month of the year told last; "the
    // following October", the first after the month told last.
    let told = match direction.as_deref() {
        Some("that") => context.year,
        Some("the following") => context
            .month
            .map(|m| m.year + i32::from(month <= m.month))
            .or(context.year),
        _ => None,
    };
    if let Some(year) = told {
        return date(format!("{year:04}-{month:02}"));
    }
    let year = match direction.as_deref() {
        Some("next" | "coming" | "this coming" | "the following") => {
            anchor.year + i32::from(month <= anchor.month)
        }
        Some("last" | "past" | "this past") => anchor.year - i32::from(month >= anchor.month),
        Some(_) => anchor.year,
        // "since December": the last such month, whatever the tense.
        None if c
            .name("pre")
            .is_some_and(|p| p.as_str().eq_ignore_ascii_case("since")) =>
        {
            anchor.year - i32::from(month > anchor.month)
        }
        None => {
            let year = year_of_month(anchor, month, tense);
            told_past_year(context, tense, year == anchor.year && month > anchor.month)
                .unwrap_or(year)
        }
    };
    date(format!("{year:04}-{month:02}"))
}

/// "The war began on July 12, 2006 … Harper flew to Cyprus on July 20", told
/// on July 16, 2016: a day or month told in the past tense that the
/// publication's year would put after the publication is of the year told
/// last, when that year is before the publication's.
fn told_past_year(context: &Context, tense: Tense, after_publication: bool) -> Option<i32> {
    context.year.filter(|&year| {
        after_publication
            && tense == Tense::Past
            && context.published.is_some_and(|p| year < p.year)
    })
}

/// The year a month alone takes from a month with its year right after it,
/// joined by a dash, "to", "and" or "or" ("January–February 2013", "between
/// March and April 2013"): that year, or the one before for a later month
/// ("December to February 2014").
pub fn range_year(month: &Found<'_>, next: Option<&Found<'_>>) -> Option<i32> {
    let next = next.filter(|n| {
        month.rule == Rule::Month && n.rule == Rule::MonthYear && n.start <= month.end + 5
    })?;
    if month.slots.name("ry").is_some() {
        return None;
    }
    let year: i32 = next.slots.name("y")?.as_str().parse().ok()?;
    let first = month_of(month.slots.name("month")?.as_str())?;
    let second = month_of(next.slots.name("month")?.as_str())?;
    Some(year - i32::from(first > second))
}

/// "last Oct. 23": the latest such day before the publication date; "next
/// March 3" the first after it; "this May 5" the one of its year.
fn day_in_direction(
    anchor: Date,
    month: u32,
    day_number: u32,
    direction: Option<&str>,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let ahead = (month, day_number) > (anchor.month, anchor.day);
    let year = match direction {
        Some("next" | "coming" | "this coming") => anchor.year + i32::from(!ahead),
        Some("last" | "past" | "this past") => {
            anchor.year - i32::from(ahead || (month, day_number) == (anchor.month, anchor.day))
        }
        _ => anchor.year,
    };
    let day = Date::new(year, month, day_number)?;
    context.reference = Some(day);
    date(day.to_string())
}

/// The year of a month named without one. A past-tense sentence names a month
/// of the anchor's year up to two months ahead of it, else of the year before
/// (told in November, "stepped down in March" is this year's March); a
/// future-tense one a month of the anchor's year from two months behind it,
/// else of the year after. With no tense, the nearest.
fn year_of_month(anchor: Date, month: u32, tense: Tense) -> i32 {
    let gap = month as i32 - anchor.month as i32;
    match tense {
        Tense::Past => anchor.year - i32::from(gap > 2),
        Tense::Future => anchor.year + i32::from(gap < -2),
        _ if gap > 6 => anchor.year - 1,
        _ if gap < -6 => anchor.year + 1,
        _ => anchor.year,
    }
}

/// The day "Dec. 9" names near `anchor`, as [`year_of_month`] finds a month's
/// year: a past-tense sentence names a day of the anchor's year up to two
/// months ahead of it, else of the year before (told in May, "he was last
/// seen Nov. 3" is last November's); a future-tense one a day of the anchor's
/// year from two months behind it, else of the year after; with no tense, the
/// nearest.
fn nearest_day(anchor: Date, month: u32, day: u32, tense: Tense) -> Option<Date> {
    /// Two months, in days.
    const REACH: i64 = 61;
    let same = Date::new(anchor.year, month, day)
        .or_else(|| Date::new(anchor.year - 1, month, day).filter(|_| month == 2))?;
    let gap = same.days() - anchor.days();
    let year = match tense {
        Tense::Past => anchor.year - i32::from(gap > REACH),
        Tense::Future => anchor.year + i32::from(gap < -REACH),
        _ if gap > 183 => anchor.year - 1,
        _ if gap < -183 => anchor.year + 1,
        _ => anchor.year,
    };
    Date::new(year, month, day).or(Some(same))
}

/// The regexes these rules replaced, the oracle of their tests.
#[cfg(test)]
pub const ORACLES: [(&TokenRule, &str); 6] = [
    (
        &MONTH_DAY,
        r"(?x)\b (?: (?P<wd>{WEEKDAY}) ,?\s+ )? (?P<month>{MONTH}) \s* (?P<day>[0-3]?[0-9]) (?:st|nd|rd|th)? \b
               (?: ,?\s+ (?P<y>(?:1[0-9]|20)[0-9]{2}) \b | {RELATIVE_YEAR} )?",
    ),
    (
        &DAY_MONTH,
        r"(?x)\b (?: (?P<wd>{WEEKDAY}) ,?\s+ )? (?:the\s+)? (?P<day>[0-3]?[0-9]) (?:st|nd|rd|th)? \s+ (?:of\s+)?
               (?P<month>{MONTH}) (?: ,?\s+ (?P<y>{YEAR}) \b | {RELATIVE_YEAR} )?",
    ),
    (
        &MONTH_YEAR,
        r"(?x)\b (?P<month>{MONTH}) ,?\s+ (?:of\s+)? (?P<y>{YEAR}) \b",
    ),
    (
        &MONTH_PART,
        r"(?x)\b (?: (?P<part>[Ee]arly|[Mm]id|[Ll]ate) [-\s]+ | (?:the\s+)? (?:end|beginning|start|middle) \s+ of \s+ )
               (?P<month>{MONTH}) (?: ,?\s+ (?P<y>{YEAR}) \b )?",
    ),
    (
        &RELATIVE_MONTH,
        r"(?x)\b (?P<dir>[Ll]ast|[Tt]his|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Pp]ast|[Cc]oming|^That|[Tt]he\s+following) \s+ (?P<month>{MONTH})
               (?: \s* (?P<day>[0-3]?[0-9]) (?:st|nd|rd|th)? \b )?",
    ),
    (
        &MONTH_RULE,
        r"(?x) (?: \b (?P<pre>in|since|by|until|till|through|from|during|of|before|after|to|and|or|early|late|mid|In|Since|By|Until|From|During|Before|After) \s+ )?
               (?P<t> (?P<month>{MONTH}) (?: {RELATIVE_YEAR} )? )",
    ),
];

/// Phrases from every opening, month, day and year the rules allow, in
/// several spellings, cases and surroundings.
#[cfg(test)]
pub fn generated_phrases() -> Vec<String> {
    let openings = [
        "",
        "Tuesday, ",
        "TUES. ",
        "Tues.,",
        "tuesday ",
        "the ",
        "the 9th of ",
        "9 ",
        "31st ",
        "45 ",
        "03 of ",
        "in ",
        "In ",
        "IN ",
        "of ",
        "mid-",
        "Mid - ",
        "early ",
        "Late\n",
        "the end of ",
        "The end of ",
        "beginning of ",
        "last ",
        "This ",
        "this past ",
        "this coming ",
        "past ",
        "x",
    ];
    let months = [
        "May",
        "MAY",
        "may",
        "Sept",
        "Sept.",
        "SEPT.",
        "Sep.",
        "December",
        "Dec",
        "Dec.",
        "DECEMBER",
        "March",
        "Marches",
        "Jan.\u{e9}",
    ];
    let middles = [
        "", " 9", "9", " 26th", " 26TH", " 45", " 1st", " 09", ", 9", " of", " the",
    ];
    let endings = [
        "",
        " 2024",
        ", 1998",
        " of 2001",
        ",2001",
        " 20245",
        " 2100",
        " 1997s",
        "'s",
        " last year",
        " of Next Year",
        " this\tyear's",
        ", last year",
        " of last years",
        " next yearly",
        " of  this year",
    ];
    let phrases = super::every_joining(&[&openings[..], &months[..], &middles[..], &endings[..]]);
    super::framed(phrases)
}
