//! Days: weekdays ("last Friday", "Monday morning's"), parts of today ("this
//! morning", "late last night") and the day words ("yesterday", "the day
//! after tomorrow", "early today").

use super::values::{calendar_value, date, weekday_of};
use super::{
    after_direction, calendar_name, calendar_name_folded, folded_among, leftmost, spaced_word,
    written_name, Opening, Starts, TokenRule,
};
use crate::analysis::TimexType;
use crate::calendar::Date;
use crate::dates::grammar::{Rule, Slots};
use crate::dates::resolve::{Context, Tense};
use crate::text::tokens::{Tokens, DAYPART, WEEKDAY, WORD};

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 3] = [&DAY_WORD, &PART_OF_TODAY, &WEEKDAY_RULE];

/// "today", "late yesterday", "tomorrow morning", "tonight".
pub static DAY_WORD: TokenRule = TokenRule {
    rule: Rule::DayWord,
    trigger: WORD,
    find: day_word,
    opens: Opening {
        classes: 0,
        words: &[
            &MODIFIERS,
            &["the", "today", "yesterday", "tomorrow", "tonight"],
        ],
        data_words: None,
    },
    // Every match ends with its day word ("the day after tomorrow").
    needs: &DAY_WORDS,
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("It rained today.", "today"),
        (
            "They left late yesterday evening.",
            "late yesterday evening",
        ),
        (
            "Talks end the day after tomorrow.",
            "the day after tomorrow",
        ),
    ],
};

/// "this morning", "late last night".
pub static PART_OF_TODAY: TokenRule = TokenRule {
    rule: Rule::PartOfToday,
    trigger: DAYPART,
    find: part_of_today,
    opens: Opening {
        classes: 0,
        words: &[&MODIFIERS, &["this", "last"]],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("Shots rang out late last night.", "late last night"),
        ("He spoke THIS MORNING.", "THIS MORNING"),
    ],
};

/// "on Tuesday", "last Friday", "Monday morning", "Thurs.".
pub static WEEKDAY_RULE: TokenRule = TokenRule {
    rule: Rule::Weekday,
    trigger: WEEKDAY,
    find: weekday,
    opens: Opening {
        classes: WEEKDAY,
        words: &[&["last", "this", "next", "past", "coming"], &MODIFIERS],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("They left on Tuesday.", "Tuesday"),
        ("Talks resume this coming Monday.", "this coming Monday"),
        ("Friday evening's vote was close.", "Friday evening"),
        ("Due Thurs. at noon.", "Thurs."),
    ],
};

/// The day words, in lower case.
const DAY_WORDS: [&str; 4] = ["today", "yesterday", "tomorrow", "tonight"];

/// The modifiers before a day word or a part of today, in any case.
const MODIFIERS: [&str; 4] = ["early", "late", "earlier", "later"];

/// A day part word at `index` after white space, in any case: its slot end.
fn daypart_folded(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    let token = spaced_word(tokens, index)?;
    calendar_name_folded(tokens, "daypart", index).then_some(token.end)
}

fn day_word<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let modifier = folded_among(tokens, index, &MODIFIERS)
            .and_then(|_| day_word_core(tokens, index + 1, true))
            .map(|core| (Some(index), core));
        let (modifier, (relative, word, last)) =
            modifier.or_else(|| Some((None, day_word_core(tokens, index, false)?)))?;
        let sentence = tokens.sentence();
        let part = daypart_folded(tokens, last + 1).map(|end| (last + 1, end));
        let start = tokens.all()[modifier.unwrap_or(index)].start;
        let end = part.map_or(tokens.all()[last].end, |p| p.1);
        let mut slots = Slots::new(sentence, start, end);
        if let Some(m) = modifier {
            slots.fill("mod", sentence, tokens.all()[m].start, tokens.all()[m].end);
        }
        for (name, span) in [("rel", relative), ("w", word)] {
            if let Some((from, to)) = span {
                slots.fill(
                    name,
                    sentence,
                    tokens.all()[from].start,
                    tokens.all()[to].end,
                );
            }
        }
        if let Some((at, end)) = part {
            slots.fill("part", sentence, tokens.all()[at].start, end);
        }
        Some(slots)
    });
}

/// A token span of tokens.
type Span = Option<(usize, usize)>;

/// "the day before yesterday" (its last two words, `rel`) or a day word
/// (`w`) at `index`, after white space if `spaced`; with the index of its
/// last token.
fn day_word_core(tokens: &Tokens<'_>, index: usize, spaced: bool) -> Option<(Span, Span, usize)> {
    let start = if spaced {
        spaced_word(tokens, index)?
    } else {
        tokens.get(index)?
    };
    if !start.is(WORD) {
        return None;
    }
    if tokens.folded(index) == "the"
        && spaced_word(tokens, index + 1).is_some()
        && tokens.folded(index + 1) == "day"
        && spaced_word(tokens, index + 2).is_some()
        && spaced_word(tokens, index + 3).is_some()
    {
        let relative = match tokens.folded(index + 2) {
            "before" => "yesterday",
            "after" => "tomorrow",
            _ => "",
        };
        if tokens.folded(index + 3) == relative {
            return Some((Some((index + 2, index + 3)), None, index + 3));
        }
    }
    folded_among(tokens, index, &DAY_WORDS).map(|_| (None, Some((index, index)), index))
}

fn part_of_today<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let which = |at: usize| {
            folded_among(tokens, at, &["this", "last"])?;
            daypart_folded(tokens, at + 1)
        };
        let after_modifier = folded_among(tokens, index, &MODIFIERS)
            .filter(|_| spaced_word(tokens, index + 1).is_some())
            .and_then(|_| Some((index + 1, which(index + 1)?)));
        let (at, end) = after_modifier.or_else(|| Some((index, which(index)?)))?;
        let sentence = tokens.sentence();
        let mut slots = Slots::new(sentence, tokens.all()[index].start, end);
        slots.fill(
            "which",
            sentence,
            tokens.all()[at].start,
            tokens.all()[at].end,
        );
        slots.fill("part", sentence, tokens.all()[at + 1].start, end);
        Some(slots)
    });
}

/// The directions before a weekday, each as written (in lower case or with a
/// capital) and the word after it, in the grammar's order of preference.
const DIRECTIONS: [(&str, Option<&str>); 11] = [
    ("last", None),
    ("this", None),
    ("next", None),
    ("this", Some("past")),
    ("past", None),
    ("coming", None),
    ("this", Some("coming")),
    ("early", None),
    ("late", None),
    ("earlier", None),
    ("later", None),
];

/// A weekday at `index` as written ("Monday", "MONDAY", "Tues."): the
/// index of its last token (its full stop, for an abbreviation).
fn written_weekday(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    tokens.get(index).filter(|t| t.is(WEEKDAY))?;
    written_name(tokens, "weekday", index)
}

fn weekday<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let direction = after_direction(tokens, index, &DIRECTIONS, |last| {
            Some((last, written_weekday(tokens, last + 1)?))
        });
        let (direction, (day, day_end)) = match direction {
            Some((last, day)) => (Some(last), (last + 1, day)),
            None => (None, (index, written_weekday(tokens, index)?)),
        };
        let part = spaced_word(tokens, day_end + 1)
            .filter(|_| calendar_name("daypart", tokens.text(day_end + 1)).is_some())
            .map(|t| t.end);
        let sentence = tokens.sentence();
        let start = tokens.all()[index].start;
        let end = part.unwrap_or(tokens.all()[day_end].end);
        let rest = &sentence.as_bytes()[end..];
        let possessive = if rest.starts_with(b"'s") {
            2
        } else if rest.starts_with("\u{2019}s".as_bytes()) {
            "\u{2019}s".len()
        } else {
            0
        };
        let mut slots = Slots::new(sentence, start, end + possessive);
        slots.fill("t", sentence, start, end);
        if let Some(last) = direction {
            slots.fill("dir", sentence, start, tokens.all()[last].end);
        }
        slots.fill(
            "wd",
            sentence,
            tokens.all()[day].start,
            tokens.all()[day_end].end,
        );
        if let Some(part_end) = part {
            slots.fill("part", sentence, tokens.all()[day_end + 1].start, part_end);
        }
        if possessive > 0 {
            slots.fill("poss", sentence, end, end + possessive);
        }
        Some(slots)
    });
}

/// "yesterday", "the day after tomorrow": a day counted from the publication
/// date, which later day words count from.
pub fn resolve_day_word(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let anchor = context.published?;
    let day = if let Some(rel) = c.name("rel") {
        if rel.as_str().to_ascii_lowercase().starts_with("before") {
            anchor.add_days(-2)
        } else {
            anchor.add_days(2)
        }
    } else {
        match c.name("w")?.as_str().to_ascii_lowercase().as_str() {
            "yesterday" => anchor.add_days(-1),
            "tomorrow" => anchor.add_days(1),
            _ => anchor,
        }
    };
    context.reference = Some(day);
    date(day.to_string())
}

/// "this morning", "last night": a part of the publication day ("last" only
/// for the night, which is the day before's).
pub fn resolve_part_of_today(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let anchor = context.published?;
    let part = calendar_value("daypart", c.name("part")?.as_str())?;
    let last = c.name("which")?.as_str().eq_ignore_ascii_case("last");
    if last && part != "NI" {
        return None;
    }
    let day = if last { anchor.add_days(-1) } else { anchor };
    Some((TimexType::Time, format!("{day}T{part}")))
}

/// "on Tuesday", "last Friday": the weekday before the publication date, or
/// after it in a future-tense sentence or after "next".
pub fn resolve_weekday(
    c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let anchor = context.published?;
    // "Wednesday's ruling" names a day already past.
    let tense = if c.name("poss").is_some() && tense == Tense::Future {
        Tense::Unknown
    } else {
        tense
    };
    let weekday = weekday_of(c.name("wd")?.as_str())?;
    let direction = c.name("dir").map(|d| d.as_str().to_ascii_lowercase());
    let today = anchor.weekday() + 1;
    let back = i64::from((today + 7 - weekday) % 7);
    let forward = i64::from((weekday + 7 - today) % 7);
    // The end of a range ("from Monday to Wednesday"): the first such weekday
    // on or after its start, the day resolved just before.
    let range_start = c.name("from").and(context.reference);
    // "Monday last week": the weekday of the week named after it.
    let week = c.name("week").map(|w| {
        let step = match w.as_str().get(..4).map(str::to_ascii_lowercase).as_deref() {
            Some("last") => -7,
            Some("next") => 7,
            _ => 0,
        };
        anchor.add_days(step - i64::from(today) + i64::from(weekday))
    });
    // "Tuesday, 22nd": the 22nd that is a Tuesday, the last before the
    // publication date or, in a future-tense sentence, the first after it.
    let step = if tense == Tense::Future { 1 } else { -1 };
    let of_month = c
        .name("mday")
        .and_then(|n| n.as_str().parse().ok())
        .map(|n| {
            let month_start = anchor.add_days(1 - i64::from(anchor.day));
            (0..24)
                .filter_map(|k| {
                    let month = month_start.add_months(step * k);
                    Date::new(month.year, month.month, n)
                })
                .find(|d| {
                    d.weekday() + 1 == weekday && (d.days() - anchor.days()) * i64::from(step) >= 0
                })
        });
    let day = match (of_month, week, range_start, direction.as_deref()) {
        (Some(day), ..) => day?,
        (_, Some(day), _, _) => day,
        (_, _, Some(start), _) => start.add_days(i64::from((weekday + 6 - start.weekday()) % 7)),
        (_, _, _, Some("last" | "this past" | "past")) => {
            anchor.add_days(-(if back == 0 { 7 } else { back }))
        }
        (_, _, _, Some("next" | "coming" | "this coming")) => {
            anchor.add_days(if forward == 0 { 7 } else { forward })
        }
        _ if tense == Tense::Future => anchor.add_days(forward),
        _ => anchor.add_days(-back),
    };
    context.reference = Some(day);
    date(day.to_string())
}

/// The regexes these rules replaced, the oracle of their tests.
#[cfg(test)]
pub const ORACLES: [(&TokenRule, &str); 3] = [
    (
        &DAY_WORD,
        r"(?ix)\b (?: (?P<mod>early|late|earlier|later) \s+ )? (?: the \s+ day \s+ (?P<rel>before\s+yesterday|after\s+tomorrow) | (?P<w>today|yesterday|tomorrow|tonight) )
               (?: \s+ (?P<part>{DAYPART}) \b )? \b",
    ),
    (
        &PART_OF_TODAY,
        r"(?ix)\b (?: (?:early|late|earlier|later) \s+ )? (?P<which>this|last) \s+ (?P<part>{DAYPART}) \b",
    ),
    (
        &WEEKDAY_RULE,
        r"(?x) (?P<t> \b (?: (?P<dir>[Ll]ast|[Tt]his|[Nn]ext|[Tt]his\s+past|[Pp]ast|[Cc]oming|[Tt]his\s+coming|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater) \s+ )?
               (?P<wd>{WEEKDAY}) (?: \s+ (?P<part>{DAYPART}) \b )? ) (?P<poss>'s|\x{2019}s)?",
    ),
];

/// Phrases from every modifier, name and part the rules allow, in several
/// spellings, cases and surroundings.
#[cfg(test)]
pub fn generated_phrases() -> Vec<String> {
    let modifiers = [
        "",
        "early ",
        "Late ",
        "EARLIER ",
        "later ",
        "lately ",
        "la\u{17F}t ",
        "last ",
        "Last ",
        "LAST ",
        "this ",
        "This ",
        "this past ",
        "This past ",
        "this Past ",
        "this coming ",
        "next ",
        "past ",
        "Coming ",
        "late\n",
        "early, ",
        "the ",
    ];
    let days = [
        "Monday",
        "MONDAY",
        "monday",
        "Tues",
        "Tues.",
        "TUES.",
        "Tuesday",
        "Thurs",
        "Thurs.",
        "thurs.",
        "Sunday",
        "Sundays",
        "today",
        "Today",
        "TODAY",
        "tonight",
        "yesterday",
        "tomorrow",
        "todays",
        "the day before yesterday",
        "The Day after tomorrow",
        "the day  before\tyesterday",
        "the day before tomorrow",
        "the day after",
        "this",
        "last",
        "LAST",
        "la\u{17F}t",
        "that",
    ];
    let parts = [
        "",
        " morning",
        " MORNING",
        " Morning",
        " nights",
        " evening",
        " night.",
        "  afternoon",
        " mornings",
        ",morning",
    ];
    let ends = ["", "'s", "\u{2019}s", "'S", "'ss", ".", " Friday", "\u{e9}"];
    let phrases = super::every_joining(&[&modifiers[..], &days[..], &parts[..], &ends[..]]);
    let mut framed: Vec<String> = phrases
        .iter()
        .map(|p| format!("They met {p} again."))
        .collect();
    framed.extend(phrases.iter().map(|p| format!("\u{e9}{p}")));
    framed.extend(phrases);
    framed
}
