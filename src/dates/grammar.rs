//! The rules of temporal expressions, each matched over a sentence's tokens
//! (one file per family under [`super::rules`]), and the choice of
//! non-overlapping matches in a sentence (leftmost, then longest, then the
//! earlier rule).

use super::rules::month::world_event_year;
use super::rules::values::month_of;
use super::rules::{
    clock, day, duration, era, holiday, month, numeric, quarter, relative, season, set, units,
    vague, OpeningTable, TokenRule,
};
use crate::lexicon::{has_role, ContextRole, NounKind, COUNTED_NOUNS, FUNCTION_WORDS};
use crate::text::tokens::{Tokens, CAPITALISED, SPACED, WORD};
use std::sync::LazyLock;

/// What a pattern recognises; [`super::resolve`] turns each into a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// "2024-12-14".
    IsoDate,
    /// "12/14/2024".
    SlashDate,
    /// "Tuesday, Dec. 9, 2024", "May 26".
    MonthDay,
    /// "9 December 2024", "the 14th of May".
    DayMonth,
    /// "on the 20th": a day of the month, the month left to the reader.
    DayOfMonth,
    /// "July 1997".
    MonthYear,
    /// "10 p.m. Wednesday", "3:30 pm", "noon Thursday".
    Clock,
    /// "Christmas", "last Thanksgiving", "Labor Day 1998".
    Holiday,
    /// "mid-March", "early January 2023", "the end of May".
    MonthPart,
    /// "last November", "this September".
    RelativeMonth,
    /// "in May", "January".
    Month,
    /// "the third quarter of 1998", "fourth-quarter", "Q3".
    Quarter,
    /// "the latest quarter", "the current quarter", "the quarter".
    RelativeQuarter,
    /// "the year-ago quarter", "year-earlier".
    YearAgoQuarter,
    /// "the first half of 1998", "the second half".
    Half,
    /// "last fall", "the summer of 1998", "this spring".
    Season,
    /// "the 1990s", "the early '80s", "the eighties".
    Decade,
    /// "the 20th century".
    Century,
    /// "late 2023", "the end of 1990", "mid-1998".
    YearPart,
    /// "1998", "fiscal 1989".
    Year,
    /// "nineteen ninety-six", "the year two thousand", as spoken in transcripts.
    WordYear,
    /// "today", "late yesterday", "tomorrow morning", "tonight".
    DayWord,
    /// "this morning", "last night".
    PartOfToday,
    /// "on Tuesday", "last Friday", "Monday morning".
    Weekday,
    /// "last week", "earlier this month", "the past year", "next weekend".
    RelativeUnit,
    /// "the weekend".
    Weekend,
    /// "the full year", "the fiscal year": the publication year.
    WholeYear,
    /// "the year ended June 30": a year-long reporting period.
    YearEnded,
    /// "the end of the year", "earlier in the month".
    PartOfUnit,
    /// "two years ago", "a week or so ago".
    Ago,
    /// "years ago": an unstated distance into the past.
    VagueAgo,
    /// "two days later", "a year earlier": against the last date mentioned.
    Offset,
    /// "the same day", "the next day", "the day before".
    SameDay,
    /// "now", "recently", "the future".
    Vague,
    /// "every week", "daily", "twice a day", "$5 a year".
    Set,
    /// "recent weeks", "the coming months", "the weeks ahead".
    VagueSpan,
    /// "three years", "a 49-year lease", "the past two weeks".
    Duration,
    /// "for years", "decades-long".
    VagueDuration,
}

/// One named part of a match: where it is in the sentence, and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot<'h> {
    /// First byte, in the sentence.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    text: &'h str,
}

impl<'h> Slot<'h> {
    /// The text of the slot.
    pub fn as_str(&self) -> &'h str {
        self.text
    }
}

/// The named parts of a match ("wd", "dir", "unit", …) and the whole of it:
/// what the resolver reads, whatever matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slots<'h> {
    whole: Slot<'h>,
    named: Vec<(&'static str, Slot<'h>)>,
}

impl<'h> Slots<'h> {
    /// Slots over `sentence`, the match being `start..end`, with no part named yet.
    pub fn new(sentence: &'h str, start: usize, end: usize) -> Slots<'h> {
        Slots {
            whole: Slot {
                start,
                end,
                text: &sentence[start..end],
            },
            named: Vec::new(),
        }
    }

    /// Names `start..end` of `sentence`.
    pub fn fill(&mut self, name: &'static str, sentence: &'h str, start: usize, end: usize) {
        self.named.push((
            name,
            Slot {
                start,
                end,
                text: &sentence[start..end],
            },
        ));
    }

    /// The part named `name`, if the match has one.
    pub fn name(&self, name: &str) -> Option<Slot<'h>> {
        self.named.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
    }

    /// The whole match.
    pub fn whole(&self) -> Slot<'h> {
        self.whole
    }
}

/// A chosen match: its rule, its slots, and the span it stands for
/// (byte offsets into the sentence).
pub struct Found<'h> {
    /// The rule that matched.
    pub rule: Rule,
    /// Its named parts.
    pub slots: Slots<'h>,
    /// The span, which may leave out context the pattern needs ("in" of "in May").
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// The matches of every rule in a sentence, read off its tokens, without
/// overlaps, in text order.
pub fn scan<'h>(tokens: &Tokens<'h>) -> Vec<Found<'h>> {
    let mut all: Vec<Found<'h>> = Vec::new();
    let mut matches = Vec::new();
    let masks = OPENINGS.masks(tokens);
    // The rules that can run, in order: a sentence runs a few of the 44.
    let mut runnable = masks.runnable;
    while runnable != 0 {
        let i = runnable.trailing_zeros() as usize;
        runnable &= runnable - 1;
        let rule = RULES[i];
        if !tokens.has_any(rule.trigger) {
            continue;
        }
        (rule.find)(tokens, OPENINGS.starts(&masks, i), &mut matches);
        for slots in matches.drain(..) {
            let whole = slots.whole();
            let (start, end) = slots
                .name("t")
                .or_else(|| slots.name("t2"))
                .map_or((whole.start, whole.end), |t| (t.start, t.end));
            if end > start {
                all.push(Found {
                    rule: rule.rule,
                    slots,
                    start,
                    end,
                });
            }
        }
    }
    // Stable sort: on equal spans the earlier rule stays first.
    crate::order::sort_by_key(&mut all, |f| (f.start, usize::MAX - f.end));
    // A vague phrase gives way to a longer expression it opens: "in the past"
    // of "in the past two months". Only candidates that start inside the phrase
    // are looked at, so this stays linear.
    let outgrown: Vec<bool> = (0..all.len())
        .map(|i| {
            let vague = &all[i];
            vague.rule == Rule::Vague
                && all[i + 1..]
                    .iter()
                    .take_while(|other| other.start < vague.end)
                    .any(|other| other.rule != Rule::Vague && other.end > vague.end)
        })
        .collect();
    let mut chosen: Vec<Found<'h>> = Vec::new();
    for (found, outgrown) in all.into_iter().zip(outgrown) {
        if outgrown {
            continue;
        }
        if chosen.last().is_none_or(|last| found.start >= last.end) {
            chosen.push(found);
        }
    }
    chosen
}

/// Names "from" in the second weekday of a range ("from Monday to Wednesday",
/// "Monday-Friday", "between Tuesday and Thursday"): it is the first such
/// weekday on or after the first, whatever the tense.
pub fn mark_weekday_ranges<'h>(sentence: &'h str, found: &mut [Found<'h>]) {
    for k in 1..found.len() {
        let (start, end) = (found[k - 1].start, found[k - 1].end);
        let second = &found[k];
        if found[k - 1].rule != Rule::Weekday
            || second.rule != Rule::Weekday
            || second.slots.name("dir").is_some()
        {
            continue;
        }
        let joined = match sentence.get(end..second.start).unwrap_or("") {
            " to " | " through " | " until " | " till " | "-" | "\u{2013}" => true,
            " and " => sentence[..start].ends_with("between "),
            _ => false,
        };
        if joined {
            found[k].slots.fill("from", sentence, start, end);
        }
    }
}

/// The possessive determiners: "last" after one means final ("their last
/// week in Syria"), as after a possessive noun ("Assad's last night").
const POSSESSIVES: [&str; 7] = ["my", "your", "his", "her", "its", "our", "their"];

/// Drops the matches that a possessive before them makes no time: "last"
/// after one means final ("Assad's last night in Damascus", "their last week
/// in Syria" name a final night or week, not the one before this), and a
/// decade in words after one is an age ("by his late thirties").
pub fn drop_possessed(sentence: &str, found: &mut Vec<Found<'_>>) {
    found.retain(|f| {
        let text = sentence.get(f.start..f.end).unwrap_or("");
        let last = text
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("last "));
        let age = f.rule == Rule::Decade && f.slots.name("word").is_some();
        if !last && !age {
            return true;
        }
        let before = sentence[..f.start].trim_end();
        let word = before
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
            .next()
            .unwrap_or("");
        let possessive = word.ends_with("'s")
            || word.ends_with("\u{2019}s")
            || POSSESSIVES.iter().any(|p| word.eq_ignore_ascii_case(p));
        !possessive
    });
}

/// Drops the years that date a source, not the story: a copyright's ("©
/// 2024 Maxar", "(c) 2024") and a citation's in brackets, after its
/// authors ("(Gorenburg 2012)", "(Dorman et al. 2016; Kearney 2019)",
/// "(Sokolov and Petrov 2014, 45-47)").
pub fn drop_citations(sentence: &str, found: &mut Vec<Found<'_>>) {
    found.retain(|f| {
        if f.rule != Rule::Year {
            return true;
        }
        let before = sentence[..f.start].trim_end();
        let copyright = ["\u{a9}", "(c)", "(C)", "Copyright"]
            .iter()
            .any(|mark| before.ends_with(mark));
        let after = sentence[f.end..].trim_start_matches(|c: char| c.is_ascii_lowercase());
        // A page or a range of pages may follow: "2014, 45-47)", "2013, p. 4)".
        let closes = after.starts_with([')', ';'])
            || after
                .strip_prefix(", ")
                .is_some_and(|pages| pages.starts_with(|c: char| c == 'p' || c.is_ascii_digit()));
        let authors = before
            .rfind(['(', ';'])
            .filter(|_| before.rfind('(') > before.rfind(')'))
            .map_or("", |open| &before[open + 1..]);
        let cited = closes
            && !authors.trim().is_empty()
            && authors.split_whitespace().all(|word| {
                word.starts_with(char::is_uppercase) || matches!(word, "and" | "&" | "et" | "al.")
            });
        !(copyright || cited)
    });
}

/// Drops a count of a singular unit that a counted noun follows: in "117
/// night sorties" the number counts the sorties and "night" says when they
/// were flown, so it is the figures' and not a duration. A hyphen ("a 49-year
/// lease") or one unit ("one night") keeps the duration.
pub fn drop_attributive_units(tokens: &Tokens<'_>, found: &mut Vec<Found<'_>>) {
    let sentence = tokens.sentence();
    found.retain(|f| {
        if f.rule != Rule::Duration {
            return true;
        }
        let (Some(number), Some(unit)) = (f.slots.name("num"), f.slots.name("unit")) else {
            return true;
        };
        let single = ["one", "a", "an", "1"]
            .iter()
            .any(|one| number.as_str().eq_ignore_ascii_case(one));
        let spaced = sentence.get(number.end..unit.start) == Some(" ");
        if single || !spaced || unit.end != f.end || unit.as_str().ends_with(['s', 'S']) {
            return true;
        }
        let next = tokens.all().partition_point(|t| t.start < f.end);
        let counts_noun = tokens
            .get(next)
            .filter(|t| t.is(WORD | SPACED) && !t.is(CAPITALISED))
            .is_some_and(|_| {
                COUNTED_NOUNS
                    .nouns
                    .starting_with(tokens.folded(next))
                    .iter()
                    .any(|p| p.words.len() == 1 && counted_thing(p.meaning.kind))
            });
        !counts_noun
    });
}

/// True for the nouns whose count is a figure of things or people, not of
/// time, size or page furniture.
fn counted_thing(kind: NounKind) -> bool {
    !matches!(
        kind,
        NounKind::Duration
            | NounKind::Measure
            | NounKind::Percent
            | NounKind::Furniture
            | NounKind::Anaphoric
    )
}

/// What joins the two days of a range ("7 to 12 March", "December 6-8").
const DAY_RANGE_JOINS: [&str; 6] = [" to ", " through ", " until ", " and ", "-", "\u{2013}"];

/// The day number that `text` starts with, or ends with when `at_end`, as
/// (its length in bytes, its value): one or two digits, 1 to 31, standing
/// apart from other digits and letters.
fn range_day(text: &str, at_end: bool) -> Option<(usize, u32)> {
    let bytes = text.as_bytes();
    let digits = if at_end {
        bytes
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count()
    } else {
        bytes.iter().take_while(|b| b.is_ascii_digit()).count()
    };
    let beside = if at_end {
        bytes.len().checked_sub(digits + 1).map(|k| bytes[k])
    } else {
        bytes.get(digits).copied()
    };
    if !(1..=2).contains(&digits) || beside.is_some_and(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let number = if at_end {
        &text[text.len() - digits..]
    } else {
        &text[..digits]
    };
    let value = number.bytes().fold(0, |v, b| v * 10 + u32::from(b - b'0'));
    (1..=31).contains(&value).then_some((digits, value))
}

/// Adds the other day of a range written with one month: the first of "7 to
/// 12 March" (beside "12 March") and the last of "December 6-8" (beside
/// "December 6"), with the month and year of the date written whole. A range
/// runs forward, and "March 7 and 12" ends a clause or goes on with a
/// function word ("March 7 and 12 people" is a count).
pub fn add_days_of_ranges<'h>(sentence: &'h str, found: &mut Vec<Found<'h>>) {
    // From the last match back, so that what is added or taken out after a
    // match leaves the ones before it where they are.
    for k in (0..found.len()).rev() {
        let date = &found[k];
        let Some(day) = date.slots.name("day") else {
            continue;
        };
        let day_value = range_day(day.as_str(), false).map_or(0, |(_, v)| v);
        let previous_end = k.checked_sub(1).map_or(0, |p| found[p].end);
        let next_start = found.get(k + 1).map_or(sentence.len(), |n| n.start);
        let (first, other) = match date.rule {
            Rule::DayMonth if date.slots.name("wd").is_none() => {
                let before = sentence.get(previous_end..date.start).unwrap_or("");
                let other = DAY_RANGE_JOINS.iter().find_map(|join| {
                    let head = before.strip_suffix(join)?;
                    let (digits, value) = range_day(head, true)?;
                    let end = previous_end + head.len();
                    (value < day_value).then_some((end - digits, end))
                });
                (true, other)
            }
            Rule::MonthDay if date.slots.name("y").is_none() => {
                let after = sentence.get(date.end..next_start).unwrap_or("");
                let other = DAY_RANGE_JOINS.iter().find_map(|join| {
                    let tail = after.strip_prefix(join)?;
                    let (digits, value) = range_day(tail, false)?;
                    let rest = tail[digits..].trim_start();
                    // "March 17 and 18 respectively", "… and 18 at the summit":
                    // a function word goes on past a day; an auxiliary, past a
                    // count ("March 7 and 12 were killed").
                    let next_word = rest
                        .split(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or("");
                    let ends_clause = *join != " and "
                        || rest.is_empty()
                        || rest.starts_with(|c: char| c.is_ascii_punctuation())
                        || next_word == "respectively"
                        || FUNCTION_WORDS.contains(next_word)
                            && !has_role(next_word, ContextRole::Auxiliary);
                    let start = date.end + join.len();
                    (value > day_value && ends_clause).then_some((start, start + digits))
                });
                (false, other)
            }
            _ => continue,
        };
        let Some((start, end)) = other else {
            continue;
        };
        let mut slots = Slots::new(sentence, start, end);
        slots.fill("day", sentence, start, end);
        for name in ["month", "y", "ry"] {
            if let Some(part) = date.slots.name(name) {
                slots.fill(name, sentence, part.start, part.end);
            }
        }
        let rule = date.rule;
        // "December 6-8, 2019": the year after the range is both days'.
        let year = found.get(k + 1).filter(|n| {
            n.rule == Rule::Year && matches!(sentence.get(end..n.start), Some(", " | " "))
        });
        if let Some((y_start, y_end)) = year.map(|n| (n.start, n.end)) {
            slots.fill("y", sentence, y_start, y_end);
            found[k].slots.fill("y", sentence, y_start, y_end);
            found.remove(k + 1);
        }
        let other = Found {
            rule,
            slots,
            start,
            end,
        };
        found.insert(if first { k } else { k + 1 }, other);
    }
}

/// Names "mday" in a weekday followed by a day of the month without its
/// month ("Tuesday, 22nd", "on Tuesday the 22nd", "Friday 18th"): a diary's
/// or a log's day, whose month the two together tell.
pub fn mark_days_of_weekdays<'h>(sentence: &'h str, found: &mut Vec<Found<'h>>) {
    let mut k = 0;
    while k < found.len() {
        let weekday = &found[k];
        k += 1;
        if weekday.rule != Rule::Weekday
            || weekday.slots.name("dir").is_some()
            || weekday.slots.name("part").is_some()
        {
            continue;
        }
        let rest = &sentence[weekday.end..];
        let tail = rest.strip_prefix(',').unwrap_or(rest);
        let Some(tail) = tail.strip_prefix(' ') else {
            continue;
        };
        let tail = tail.strip_prefix("the ").unwrap_or(tail);
        let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
        let ordinal = matches!(
            tail.get(digits..digits + 2),
            Some("st" | "nd" | "rd" | "th")
        ) && !tail[digits + 2..].starts_with(char::is_alphanumeric);
        if !(1..=2).contains(&digits) || !ordinal {
            continue;
        }
        let start = weekday.end + rest.len() - tail.len();
        let end = start + digits + 2;
        // The day a later rule read alone ("the 22nd") is the weekday's.
        match found.get(k) {
            Some(next) if next.start < end && next.rule != Rule::DayOfMonth => continue,
            Some(next) if next.start < end => {
                found.remove(k);
            }
            _ => {}
        }
        let weekday = &mut found[k - 1];
        weekday.slots.fill("mday", sentence, start, start + digits);
        weekday.end = end;
    }
}

/// Names "week" in a weekday followed by the week it falls in ("on Monday last
/// week", "Tuesday of next week"): the weekday is that week's, whatever the
/// tense.
pub fn mark_weekdays_of_a_week<'h>(sentence: &'h str, found: &mut [Found<'h>]) {
    for k in 1..found.len() {
        let (end, week) = (found[k - 1].end, &found[k]);
        if found[k - 1].rule != Rule::Weekday
            || found[k - 1].slots.name("dir").is_some()
            || week.rule != Rule::RelativeUnit
            || !matches!(sentence.get(end..week.start), Some(" " | " of "))
        {
            continue;
        }
        let text = sentence.get(week.start..week.end).unwrap_or("");
        let named = ["last week", "this week", "next week"]
            .iter()
            .any(|w| text.eq_ignore_ascii_case(w));
        if named {
            let (start, end) = (week.start, week.end);
            found[k - 1].slots.fill("week", sentence, start, end);
        }
    }
}

/// Names "on_day" in a time of day followed by the day it falls on ("at 12:50
/// local time on 28 March 2025", "9 a.m., Dec. 14", "that morning, 30
/// September 2015"): the time is that day's, not the last day told before it.
pub fn mark_clocks_on_days<'h>(sentence: &'h str, found: &mut [Found<'h>]) {
    for k in 1..found.len() {
        let (clock, day) = (&found[k - 1], &found[k]);
        let names_day = matches!(
            day.rule,
            Rule::IsoDate | Rule::SlashDate | Rule::MonthDay | Rule::DayMonth | Rule::DayOfMonth
        );
        if !takes_the_day_after(clock.rule)
            || clock.slots.name("wd").is_some()
            || !names_day
            || !matches!(
                sentence.get(clock.end..day.start),
                Some(" on " | ", " | " ")
            )
        {
            continue;
        }
        let (start, end) = (day.start, day.end);
        found[k - 1].slots.fill("on_day", sentence, start, end);
    }
}

/// True for the rules of a time of day that a day named right after it
/// places ([`mark_clocks_on_days`]).
pub fn takes_the_day_after(rule: Rule) -> bool {
    matches!(rule, Rule::Clock | Rule::SameDay)
}

/// Names "event" in a month and day without a year told with the noun of
/// a world event on that day ("the Sept. 11 attacks", "the attacks of
/// September 11"): the day is the event's, in its year.
pub fn mark_days_of_world_events<'h>(sentence: &'h str, found: &mut [Found<'h>]) {
    for day in found.iter_mut() {
        let undated = matches!(day.rule, Rule::MonthDay | Rule::DayMonth)
            && day.slots.name("y").is_none()
            && day.slots.name("ry").is_none();
        if !undated {
            continue;
        }
        let month = day.slots.name("month").and_then(|m| month_of(m.as_str()));
        let number = day.slots.name("day").and_then(|d| d.as_str().parse().ok());
        let (Some(month), Some(number)) = (month, number) else {
            continue;
        };
        let word_at = |start: usize| {
            let end = sentence[start..]
                .find(|c: char| !c.is_alphabetic())
                .map_or(sentence.len(), |n| start + n);
            (start, end)
        };
        let after = sentence[day.end..]
            .strip_prefix(' ')
            .map(|_| word_at(day.end + 1));
        let before = sentence[..day.start].strip_suffix(" of ").map(|head| {
            let word = head.trim_end_matches(char::is_alphabetic);
            (word.len(), head.len())
        });
        let noun = [after, before].into_iter().flatten().find(|&(start, end)| {
            end > start && world_event_year(month, number, &sentence[start..end]).is_some()
        });
        if let Some((start, end)) = noun {
            day.slots.fill("event", sentence, start, end);
        }
    }
}

/// The decades in words, from the twenties on: the index plus two is the tens digit.
pub const DECADE_WORDS: [&str; 8] = [
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];

/// How every word of [`DECADE_WORDS`] ends: a sentence without it holds none.
pub const DECADE_WORDS_END: &str = "ties";

/// Which rules each word can open (a bit per rule of [`RULES`]).
static OPENINGS: LazyLock<OpeningTable> = LazyLock::new(|| OpeningTable::new(&RULES));

/// Every rule, in priority order for equal spans.
pub(super) static RULES: [&TokenRule; 45] = [
    &numeric::ISO_DATE,
    &numeric::SLASH_DATE,
    &month::MONTH_DAY,
    &month::DAY_MONTH,
    &month::DAY_OF_MONTH,
    &month::MONTH_YEAR,
    &clock::CLOCK,
    &holiday::HOLIDAY,
    &month::MONTH_PART,
    &month::RELATIVE_MONTH,
    &month::MONTH_RULE,
    &quarter::QUARTER,
    &quarter::FINAL_QUARTER,
    &quarter::Q_QUARTER,
    &quarter::YEAR_QUARTER,
    &quarter::RELATIVE_QUARTER,
    &quarter::YEAR_AGO_QUARTER,
    &quarter::QUARTER_A_YEAR_AGO,
    &quarter::HALF,
    &season::SEASON_RULE,
    &era::DECADE,
    &era::CENTURY,
    &numeric::YEAR_PART,
    &numeric::YEAR,
    &era::WORD_YEAR,
    &day::DAY_WORD,
    &day::PART_OF_TODAY,
    &day::WEEKDAY_RULE,
    &relative::RELATIVE_UNIT,
    &units::WEEKEND,
    &units::YEAR_ENDED,
    &units::WHOLE_YEAR,
    &units::PART_OF_UNIT,
    &relative::AGO,
    &relative::VAGUE_AGO,
    &relative::OFFSET,
    &relative::SAME_DAY,
    &vague::VAGUE,
    &set::EVERY,
    &set::A_UNIT,
    &set::PER_UNIT,
    &vague::RECENT_AND,
    &vague::VAGUE_SPAN,
    &duration::DURATION,
    &duration::VAGUE_DURATION,
];
/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&OPENINGS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_holds_every_rule_of_every_family_once() {
        let families = super::super::rules::oracle::all_rules();
        assert_eq!(families.len(), RULES.len());
        for rule in families {
            let held = RULES.iter().filter(|r| std::ptr::eq(**r, rule)).count();
            assert_eq!(held, 1, "{:?} is in the table once", rule.rule);
        }
    }

    #[test]
    fn every_decade_word_has_the_ending() {
        assert!(DECADE_WORDS.iter().all(|w| w.ends_with(DECADE_WORDS_END)));
    }

    #[test]
    fn prefers_the_longest_match() {
        let sentence = "They met on Tuesday, Dec. 9, 2024 and in the third quarter of 1998.";
        let found = scan(&Tokens::of(sentence));
        let spans: Vec<(Rule, &str)> = found
            .iter()
            .map(|f| (f.rule, &sentence[f.start..f.end]))
            .collect();
        assert_eq!(
            spans,
            vec![
                (Rule::MonthDay, "Tuesday, Dec. 9, 2024"),
                (Rule::Quarter, "the third quarter of 1998")
            ]
        );
    }
}
