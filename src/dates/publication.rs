//! The publication date when none is given, from the strongest clue to the
//! weakest:
//!
//! 1. a header line: every date on a short line is scored by where it sits
//!    and what stands beside it ("Published", "By …", a time of day, a dateline
//!    "MOSCOW, Jan. 21 (UPI) -", a line that is little more than the date), and
//!    the best wins, the earliest on a tie. Dates after the body's first
//!    paragraphs, in embedded posts or on copyright lines count against it. A
//!    date that only says when the report was updated gives way to a day up to
//!    two days before it that the report names by weekday ("said on Thursday"
//!    under "Updated Saturday");
//! 2. else the latest full date the body reports as past (a report is written
//!    on or after it), or a day it reports without a year in the weeks after
//!    that date ("Dec. 31, 2024 … On Jan. 21, …");
//! 3. else the latest dated world event it mentions (`data/world_events.tsv`),
//!    moved forward to the weekday of the report's lead, the first weekday it
//!    names about the past, within the week after it ("aid arrived on
//!    Sunday" after an earthquake on Friday), or to the next day when the
//!    report names that one too (a lead tells of the day before);
//! 4. else, on a page with a copyright year, the latest day the body reports
//!    without a year, in that year ("headlines for Nov. 19" above "© 2019");
//!    it also outranks an earlier world event of step 3;
//!
//! then the file's date and `none`. A date without a year takes the year,
//! among those the text names and those after what it tells as past, that
//! makes its weekday one the report names ([`Clues::year_of`]).

use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::LazyLock;

use super::grammar::{Found, Rule};
use super::resolve::Tense;
use super::rules::values::{month_of, weekday_of};
use super::stamps::{has_dateline, read_weekday_stamp};
use super::{Publication, ScannedSentence};
use crate::analysis::PublishedSource;
use crate::calendar::Date;
use crate::hash::{FastMap, FastSet};
use crate::input::Article;
use crate::lexicon::{CALENDAR_NAMES, HEADER_CUES, TEMPORAL_NUMBERS, WORLD_EVENTS, YEARS_OF_WORDS};
use crate::pattern::{
    fold_to_ascii_case, folded_occurrences, folded_phrase_end, folded_phrase_start, lower_case,
    push_folded_to_ascii_case, spaces_end, spaces_start, word_boundary, word_runs,
};
use crate::sentences::Sentence;
use crate::text::unicode::{is_decimal_digit, is_word_character};

/// Lines longer than this (in bytes) are body text, not a byline or dateline.
const HEADER_LINE: usize = 240;

/// Body lines are at least this long (bytes); a date after this much body
/// text, or after this many body lines, is a comment's or a related article's,
/// not the report's own (one long cookie notice above the report is not enough).
const BODY_LINE: usize = 200;
const BODY_BEFORE: usize = 1000;
const BODY_LINES: usize = 3;

/// How many days before an update the report's own day may be.
const UPDATE_REACH: i64 = 2;

/// How far into a line (bytes) a dateline's place and date may reach.
const DATELINE_REACH: usize = 80;

/// A date on a header line: "Nov. 19, 2019", "19th November 2019", "Nov 19",
/// "2019-11-19", "2019/11/19", "19/11/2019", "11.19.19", "19-11-2019" (a
/// hyphen only before a full year: "3-1-19" is a score). The month is any word
/// of letters here: [`header_dates`] keeps the dates whose word is a month of
/// `data/calendar_names.tsv`.
///
/// Read character by character as the pattern it was (kept as the oracle of
/// the tests) matched: case-insensitive, starting at a word boundary, its
/// digits any decimal digit, its spaces any white space. Every report without
/// a given date reads its header lines so, and the pattern was large:
/// compiling it cost some 9 M instructions on the page's first such report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct HeaderDate {
    /// Its byte range in the text.
    span: Part,
    form: DateForm,
}

/// A byte range of the text: (start, end).
type Part = (usize, usize);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DateForm {
    /// A month word and a day either way round, perhaps with a year:
    /// "Nov. 19, 2019", "19th of November 2019".
    Named {
        month: Part,
        day: Part,
        year: Option<Part>,
    },
    /// "2019-11-19", "2019/11/19", "2019.11.19".
    YearFirst { year: Part, month: Part, day: Part },
    /// "19/11/2019", "11.19.19", "19-11-2019": day and month in the page's order.
    Numeric {
        first: Part,
        second: Part,
        year: Part,
    },
}

/// The month names of `data/calendar_names.tsv`, lower case.
static MONTH_NAMES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    CALENDAR_NAMES
        .iter()
        .filter(|r| r.0 == "month")
        .map(|r| r.1.to_ascii_lowercase())
        .collect()
});

/// How the month names of [`MONTH_NAMES`] start: by their first letter (an
/// ASCII letter, `a` first), the bits of the letters that follow it (`a`
/// the lowest), and bit 26 for a name of that letter alone.
static MONTH_STARTS: LazyLock<[u32; 26]> = LazyLock::new(|| {
    let mut starts = [0; 26];
    for name in MONTH_NAMES.iter() {
        let bytes = name.as_bytes();
        let Some(first) = bytes.first().filter(|b| b.is_ascii_lowercase()) else {
            continue;
        };
        // A second byte beyond ASCII needs no bit: such a byte always
        // lets a name start (month_may_start).
        let second = bytes.get(1).map_or(26, |b| b.wrapping_sub(b'a'));
        if second <= 26 {
            starts[usize::from(first - b'a')] |= 1 << second;
        }
    }
    starts
});

/// Whether a month name may start at byte `at` of `text`, an ASCII letter:
/// its letter and the next byte say so, or a letter beyond ASCII follows
/// ("ſ" or the Kelvin sign may stand for a letter).
fn month_may_start(starts: &[u32; 26], text: &[u8], at: usize) -> bool {
    let second = match text.get(at + 1) {
        Some(&b) if b.is_ascii_alphabetic() => b.to_ascii_lowercase() - b'a',
        Some(b) if !b.is_ascii() => return true,
        _ => 26,
    };
    starts[usize::from(text[at].to_ascii_lowercase() - b'a')] & 1 << second != 0
}

/// The header dates of `text` in order: at each position from the left, the
/// [`HeaderDate`] that starts there, kept when its month word, if any, is a
/// month name. One whose word is not one holds no date where it starts (its
/// digits are no other kind of date), so the search goes on from the next
/// character; a kept one from its end.
///
/// An ASCII byte starts no date unless it is a digit or, with the byte after
/// it, the start of a month name, and no date starts inside a word: a word
/// that starts none is passed whole, so most of a line is read a byte at a
/// time, not tried.
fn header_dates(text: &str) -> impl Iterator<Item = HeaderDate> + '_ {
    let months = &*MONTH_STARTS;
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(&b) = bytes.get(at) {
            let may_start = !b.is_ascii()
                || b.is_ascii_digit()
                || b.is_ascii_alphabetic() && month_may_start(months, bytes, at);
            let date = may_start
                .then(|| header_date_at(text, at))
                .flatten()
                .filter(|date| match date.form {
                    DateForm::Named { month, .. } => {
                        MONTH_NAMES.contains(fold_to_ascii_case(&text[month.0..month.1]).as_ref())
                    }
                    _ => true,
                });
            if let Some(date) = date {
                at = date.span.1;
                return Some(date);
            }
            if b.is_ascii_alphanumeric() {
                // Each later byte of the word follows a word character.
                at += 1;
                while bytes.get(at).is_some_and(|&b| {
                    BYTE_KINDS[usize::from(b)] == ByteKind::Alphanumeric || b == b'_'
                }) {
                    at += 1;
                }
            } else {
                at += text[at..].chars().next().map_or(1, char::len_utf8);
            }
        }
        None
    })
}

/// The [`HeaderDate`] that starts at byte `at` of `text`, if one does: a
/// month word, else (at a digit) a day before a month word, a date that
/// starts with the year, or a numeric one, the first form that matches.
fn header_date_at(text: &str, at: usize) -> Option<HeaderDate> {
    let first = text[at..].chars().next()?;
    if text[..at]
        .chars()
        .next_back()
        .is_some_and(is_word_character)
    {
        return None;
    }
    if is_date_letter(first) {
        return month_first(text, at);
    }
    if !is_decimal_digit(first) {
        return None;
    }
    day_first(text, at)
        .or_else(|| year_first(text, at))
        .or_else(|| numeric(text, at))
}

/// "Nov. 19, 2019": a month word, perhaps a full stop, white space, a day of
/// one or two digits (perhaps "19th") ending a word, and perhaps a year.
fn month_first(text: &str, at: usize) -> Option<HeaderDate> {
    let month = (at, skip(text, at, is_date_letter));
    let spaced = month.1 + usize::from(text[month.1..].starts_with('.'));
    let day_start = skip(text, spaced, char::is_whitespace);
    if day_start == spaced {
        return None;
    }
    let day = (day_start, short_number(text, day_start)?);
    let day_end = ordinal_suffix(text, day.1)
        .filter(|&end| ends_word(text, end))
        .or_else(|| ends_word(text, day.1).then_some(day.1))?;
    let (year, end) = match year_after(text, day_end) {
        Some(year) => (Some(year), year.1),
        None => (None, day_end),
    };
    Some(HeaderDate {
        span: (at, end),
        form: DateForm::Named { month, day, year },
    })
}

/// "19th November 2019", "5 of May": a day of one or two digits (perhaps
/// "19th"), white space, perhaps "of" and white space, a month word ending a
/// word, perhaps a full stop, and perhaps a year. A word after "of" that does
/// not end a word leaves "of" itself as the month word.
fn day_first(text: &str, at: usize) -> Option<HeaderDate> {
    let day = (at, short_number(text, at)?);
    let spaced = ordinal_suffix(text, day.1).unwrap_or(day.1);
    let word_start = skip(text, spaced, char::is_whitespace);
    if word_start == spaced {
        return None;
    }
    let word_at = |start: usize| {
        let end = skip(text, start, is_date_letter);
        (end > start && ends_word(text, end)).then_some((start, end))
    };
    let after_of = folded_word_end(text, word_start, "of").and_then(|of_end| {
        let start = skip(text, of_end, char::is_whitespace);
        (start > of_end).then_some(start)
    });
    let month = after_of.and_then(word_at).or_else(|| word_at(word_start))?;
    let dotted = month.1 + usize::from(text[month.1..].starts_with('.'));
    let (year, end) = match year_after(text, dotted) {
        Some(year) => (Some(year), year.1),
        None => (None, dotted),
    };
    Some(HeaderDate {
        span: (at, end),
        form: DateForm::Named { month, day, year },
    })
}

/// "2019-11-19": four digits, a separator (`-`, `/` or `.`), a month of one
/// or two digits, a separator, and a day: its first one or two digits.
fn year_first(text: &str, at: usize) -> Option<HeaderDate> {
    let year = (at, digits(text, at, 4).filter(|&(n, _)| n == 4)?.1);
    let month_start = after_separator(text, year.1, &['-', '/', '.'])?;
    let month = (month_start, short_number(text, month_start)?);
    let day_start = after_separator(text, month.1, &['-', '/', '.'])?;
    let day = (day_start, digits(text, day_start, 2)?.1);
    Some(HeaderDate {
        span: (at, day.1),
        form: DateForm::YearFirst { year, month, day },
    })
}

/// "19/11/2019", "11.19.19", "19-11-2019": one or two digits, a slash or a
/// dot, one or two digits, a slash or a dot, and four digits or two; or with
/// hyphens, and then four digits only.
fn numeric(text: &str, at: usize) -> Option<HeaderDate> {
    let first = (at, short_number(text, at)?);
    let (separators, year_digits): (&[char], &[usize]) = if text[first.1..].starts_with('-') {
        (&['-'], &[4])
    } else {
        (&['/', '.'], &[4, 2])
    };
    let second_start = after_separator(text, first.1, separators)?;
    let second = (second_start, short_number(text, second_start)?);
    let year_start = after_separator(text, second.1, separators)?;
    let year_end = year_digits.iter().find_map(|&n| {
        digits(text, year_start, n)
            .filter(|&(taken, _)| taken == n)
            .map(|(_, end)| end)
    })?;
    Some(HeaderDate {
        span: (at, year_end),
        form: DateForm::Numeric {
            first,
            second,
            year: (year_start, year_end),
        },
    })
}

/// The end of one or two digits at `at` that are all the digits there: a
/// pattern's `\d{1,2}` before something else than a digit.
fn short_number(text: &str, at: usize) -> Option<usize> {
    let (n, end) = digits(text, at, 2)?;
    let more = text[end..].chars().next().is_some_and(is_decimal_digit);
    (n >= 1 && !more).then_some(end)
}

/// How many digits, up to `most`, stand at `at`, and where they end; none
/// when no digit does.
fn digits(text: &str, at: usize, most: usize) -> Option<(usize, usize)> {
    let mut end = at;
    let mut n = 0;
    for c in text[at..].chars().take(most) {
        if !is_decimal_digit(c) {
            break;
        }
        end += c.len_utf8();
        n += 1;
    }
    (n > 0).then_some((n, end))
}

/// A year after a day or a month: perhaps a comma, white space, and four
/// digits.
fn year_after(text: &str, at: usize) -> Option<Part> {
    let start = skip(
        text,
        at + usize::from(text[at..].starts_with(',')),
        char::is_whitespace,
    );
    let (n, end) = digits(text, start, 4)?;
    (n == 4).then_some((start, end))
}

/// Where the text goes on after one of `separators` at `at`.
fn after_separator(text: &str, at: usize, separators: &[char]) -> Option<usize> {
    let c = text[at..]
        .chars()
        .next()
        .filter(|c| separators.contains(c))?;
    Some(at + c.len_utf8())
}

/// The end of an ordinal suffix ("st", "nd", "rd", "th", in any case) at `at`.
fn ordinal_suffix(text: &str, at: usize) -> Option<usize> {
    ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| folded_word_end(text, at, suffix))
}

/// The end of `word` (lower-case ASCII) at `at`, as a case-insensitive
/// pattern matches it: either case, and "ſ" and the Kelvin sign for "s" and
/// "k".
fn folded_word_end(text: &str, at: usize, word: &str) -> Option<usize> {
    let mut end = at;
    let mut chars = text[at..].chars();
    for letter in word.chars() {
        let c = chars.next()?;
        let same = c.to_ascii_lowercase() == letter
            || (letter == 's' && c == '\u{17F}')
            || (letter == 'k' && c == '\u{212A}');
        if !same {
            return None;
        }
        end += c.len_utf8();
    }
    Some(end)
}

/// The end of the run of characters from `at` that `keep` accepts.
fn skip(text: &str, at: usize, keep: impl Fn(char) -> bool) -> usize {
    text[at..]
        .char_indices()
        .find(|&(_, c)| !keep(c))
        .map_or(text.len(), |(i, _)| at + i)
}

/// Whether a word ends at `at`: a pattern's `\b` after a word character.
fn ends_word(text: &str, at: usize) -> bool {
    !text[at..].chars().next().is_some_and(is_word_character)
}

/// A letter of a month word: an ASCII letter, or "ſ" or the Kelvin sign,
/// which a case-insensitive `[a-z]` takes for "s" and "k".
fn is_date_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '\u{17F}' || c == '\u{212A}'
}

/// The times of day of `line` from the left, as byte ranges: "9:42 PM",
/// "21:17", "20:51" of "20:51:19Z", "7 pm", "10:31 a.m.", and with a dot
/// before a zone or "am" ("18.54 GMT", "9.05am"). Read character by
/// character as the pattern they were found by matched them (it stays in the
/// tests as their oracle), so that no pattern is compiled for them.
fn times_of_day(line: &str) -> impl Iterator<Item = Part> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(c) = line[at..].chars().next() {
            // A time starts with a digit: no other ASCII character is tried.
            if c.is_ascii() && !c.is_ascii_digit() {
                at += 1;
                continue;
            }
            if let Some(end) = time_at(line, at) {
                let time = (at, end);
                at = end;
                return Some(time);
            }
            at += c.len_utf8();
        }
        None
    })
}

/// The end of the time of day that starts at byte `at` of `text`, if one
/// does: one or two digits right before a colon and two digits, perhaps with
/// "am" or "pm" (anywhere, even after other digits); else, where a word
/// starts, one or two digits and "am" or "pm", or one or two digits, a dot,
/// two digits, and "am", "pm" or a zone of two to four capitals.
fn time_at(text: &str, at: usize) -> Option<usize> {
    let (_, hours) = digits(text, at, 2)?;
    if let Some(minutes) = after_separator(text, hours, &[':'])
        .and_then(|start| digits(text, start, 2).filter(|&(n, _)| n == 2))
    {
        let end = minutes.1;
        return Some(meridiem(text, skip(text, end, char::is_whitespace)).unwrap_or(end));
    }
    if text[..at]
        .chars()
        .next_back()
        .is_some_and(is_word_character)
    {
        return None;
    }
    let hours = short_number(text, at)?;
    if let Some(end) = meridiem(text, skip(text, hours, char::is_whitespace)) {
        return Some(end);
    }
    let minutes_start = after_separator(text, hours, &['.'])?;
    let (_, minutes) = digits(text, minutes_start, 2).filter(|&(n, _)| n == 2)?;
    let after = skip(text, minutes, char::is_whitespace);
    meridiem(text, after).or_else(|| {
        let zone = skip(text, after, |c| c.is_ascii_uppercase());
        ((2..=4).contains(&(zone - after)) && ends_word(text, zone)).then_some(zone)
    })
}

/// The end of "am" or "pm" at `at`, in any case, perhaps with dots ("a.m.")
/// and ending a word before its last dot.
fn meridiem(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    if !rest.starts_with(['a', 'A', 'p', 'P']) {
        return None;
    }
    let m = 1 + usize::from(rest[1..].starts_with('.'));
    if !rest[m..].starts_with(['m', 'M']) || !ends_word(text, at + m + 1) {
        return None;
    }
    Some(at + m + 1 + usize::from(rest[m + 1..].starts_with('.')))
}

/// What a header word says of the date after it (`data/header_cues.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeaderCue {
    /// First published.
    Publish,
    /// Updated.
    Update,
}

/// The publish and update words of `text`, whole words in any case, in order.
fn header_cues(text: &str) -> impl Iterator<Item = HeaderCue> + '_ {
    word_runs(text).filter_map(|(_, run)| {
        let folded = fold_to_ascii_case(run);
        match HEADER_CUES.iter().find(|r| r.1 == folded)?.0 {
            "publish" => Some(HeaderCue::Publish),
            "update" => Some(HeaderCue::Update),
            _ => None,
        }
    })
}

/// Whether `before` ends in "as of" (and maybe a bracket): a report's own
/// date in its title ("Flash Update No. 3 (as of 4 December 2024)").
fn ends_as_of(before: &str) -> bool {
    let before = before.trim_end().trim_end_matches('(').trim_end();
    before.len() >= 5
        && before.is_char_boundary(before.len() - 5)
        && before[before.len() - 5..].eq_ignore_ascii_case("as of")
        && !before[..before.len() - 5].ends_with(|c: char| c.is_alphanumeric())
}

/// Whether `line` holds a byline: "By Jane Roe", "| by Jane Roe". "By" or
/// "by" opens the line or follows a space or a separator (`|`, `-`, `·`,
/// `•`), and white space then a capital or "@" follow it. A check of the
/// characters, not a regex: it needs nothing compiled.
fn has_byline(line: &str) -> bool {
    line.match_indices(['B', 'b']).any(|(at, _)| {
        let opens = line[..at]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '|' | '-' | '·' | '•'));
        let Some(after) = line[at + 1..].strip_prefix('y') else {
            return false;
        };
        let name = after.trim_start();
        opens
            && name.len() < after.len()
            && name.starts_with(|c: char| c.is_ascii_uppercase() || c == '@')
    })
}

/// The years from 1900 to 2099 that `text` writes as a word of four digits,
/// in order. Only ASCII digits parse as a year, so a word of four ASCII
/// digits (its ends where a regex's Unicode `\b` falls) is all there is to
/// find: a scan of the bytes, with no regex to compile or run.
fn years_in(text: &str) -> impl Iterator<Item = i32> + '_ {
    let bytes = text.as_bytes();
    let is_word = |c: Option<char>| c.is_some_and(is_word_character);
    (0..bytes.len().saturating_sub(3)).filter_map(move |at| {
        let digits = &bytes[at..at + 4];
        if !matches!(&digits[..2], b"19" | b"20") || !digits[2..].iter().all(u8::is_ascii_digit) {
            return None;
        }
        // `at` and `at + 4` are char boundaries: the bytes between are ASCII.
        if is_word(text[..at].chars().next_back()) || is_word(text[at + 4..].chars().next()) {
            return None;
        }
        Some(
            digits
                .iter()
                .fold(0, |year, &d| year * 10 + i32::from(d - b'0')),
        )
    })
}

/// The publication date of `article`: given, else inferred from its text
/// (`live`: the cleaning found a live page's entries, stamped with times).
pub fn publication(article: &Article, scanned: &[ScannedSentence<'_>], live: bool) -> Publication {
    if matches!(
        article.published_source,
        PublishedSource::Given | PublishedSource::Metadata
    ) {
        return Publication {
            value: article.published,
            source: article.published_source,
            evidence: None,
        };
    }
    let text = article.text.as_str();
    let mut clues = Clues::gather(text, scanned);
    clues.stamped |= live;
    if let Some(header) = header_date(text, &clues) {
        return header;
    }
    match (from_text(text, &clues), article.published) {
        (Some((date, source, evidence)), _) => Publication {
            value: Some(date),
            source,
            evidence: Some(evidence),
        },
        (None, Some(date)) => Publication {
            value: Some(date),
            source: article.published_source,
            evidence: None,
        },
        (None, None) => Publication {
            value: None,
            source: PublishedSource::None,
            evidence: None,
        },
    }
}

/// What the body says of time: the latest full date and the latest month of
/// a year it reports as past, the days and months it names without a year,
/// the weekdays (ISO numbers) it names in sentences about the past and in any
/// sentence, and the years.
#[derive(Default)]
struct Clues {
    latest_full: Option<Date>,
    /// The first day of the latest month named with its year ("since March 2011").
    latest_month: Option<Date>,
    month_days: Vec<(u32, u32)>,
    past_weekdays: Vec<u32>,
    any_weekdays: Vec<u32>,
    years: Vec<i32>,
    /// True when a sentence is a time of day alone, a live report's stamp,
    /// or the page is a live one.
    stamped: bool,
    /// The latest world event the text mentions, looked up on first need.
    known_event: OnceCell<Option<Date>>,
}

impl Clues {
    /// The latest world event the text mentions; both the year of a day and
    /// the date from the body ask for it, and the lookup reads the whole text.
    fn known_event(&self, text: &str) -> Option<Date> {
        *self.known_event.get_or_init(|| known_event(text))
    }

    /// The clues of the scanned sentences; a text with no sentence (all of it
    /// boilerplate) is read as one.
    fn gather(text: &str, scanned: &[ScannedSentence<'_>]) -> Clues {
        let whole;
        let scanned = if scanned.is_empty() {
            whole = super::scan_text(
                text,
                &[Sentence {
                    span: crate::span::ByteSpan::new(0, text.len()),
                    line: 0,
                }],
            );
            &whole[..]
        } else {
            scanned
        };
        let mut clues = Clues::default();
        for sentence in scanned {
            clues.stamped |= sentence.stamp;
            let future = sentence.cues.iter().any(|c| c.2 == Tense::Future);
            for found in &sentence.found {
                // A weekday with a time of day names the day as well ("a
                // minute before midnight on Monday").
                let day = match found.rule {
                    Rule::Weekday => found.slots.name("dir").is_none(),
                    rule => rule == Rule::Clock,
                };
                if day {
                    let weekday = found.slots.name("wd").and_then(|w| weekday_of(w.as_str()));
                    clues.any_weekdays.extend(weekday);
                    if !future {
                        clues.past_weekdays.extend(weekday);
                    }
                }
                if future {
                    continue;
                }
                if let Some(date) = full_date(found) {
                    clues.latest_full = clues.latest_full.max(Some(date));
                    clues.years.push(date.year);
                } else if found.rule == Rule::MonthYear {
                    let month = found.slots.name("month").and_then(|m| month_of(m.as_str()));
                    let year = found.slots.name("y").and_then(|y| y.as_str().parse().ok());
                    if let (Some(month), Some(year)) = (month, year) {
                        clues.latest_month = clues.latest_month.max(Date::new(year, month, 1));
                    }
                } else if let Some(month_day) = month_and_day(found) {
                    clues.month_days.push(month_day);
                } else if found.rule == Rule::Year {
                    let year = found.slots.name("y").and_then(|y| y.as_str().parse().ok());
                    clues
                        .years
                        .extend(year.filter(|y| (1900..2100).contains(y)));
                }
            }
        }
        clues
    }

    /// Whether the report names the weekday of `date` in a sentence about
    /// the past.
    fn names_past_weekday_of(&self, date: Date) -> bool {
        self.past_weekdays.contains(&(date.weekday() + 1))
    }

    /// The year of a day given without one. A report is written on or after
    /// what it tells as past: the latest world event it mentions, the latest
    /// full date and month of a year it reports as past. The candidates are the
    /// years the text names and the first four from that floor, on or after it
    /// and not after the page's copyright year; then the one that makes the
    /// day a weekday the report names, then the copyright year, then the year
    /// of the latest full date, then the first after the floor (a report is
    /// written soon after what it tells), or without one the latest. A
    /// header's day (`header`) first takes the year that makes it the weekday
    /// of the report's lead or the day after it ("LONDON, Oct 12 — … said on
    /// Thursday"): the lead tells of the report's day or of the day before.
    fn year_of(&self, month: u32, day: u32, text: &str, header: bool) -> Option<i32> {
        let floor = [self.known_event(text), self.latest_full, self.latest_month]
            .into_iter()
            .flatten()
            .max();
        let copyright = copyright_year(text);
        let mut years: Vec<i32> = years_in(text)
            .chain(self.years.iter().copied())
            .chain(floor.into_iter().flat_map(|f| f.year..f.year + 4))
            .filter(|&y| Date::new(y, month, day).is_some())
            .collect();
        let bounded: Vec<i32> = years
            .iter()
            .copied()
            .filter(|&y| {
                floor.is_none_or(|f| Date::new(y, month, day).is_some_and(|d| d >= f))
                    && copyright.is_none_or(|c| y <= c)
            })
            .collect();
        // A floor past the copyright ("© 2024" under a day before a world
        // event of that December): the copyright bounds the year alone.
        let copyrighted: Vec<i32> = years
            .iter()
            .copied()
            .filter(|&y| copyright.is_some_and(|c| y <= c))
            .collect();
        if !bounded.is_empty() {
            years = bounded;
        } else if !copyrighted.is_empty() {
            years = copyrighted;
        }
        let latest_full = self.latest_full.map(|d| d.year);
        let lead = self.any_weekdays.first().filter(|_| header);
        let of_lead = |year: i32| {
            Date::new(year, month, day)
                .zip(lead)
                .is_some_and(|(d, &lead)| {
                    [d, d.add_days(-1)].iter().any(|d| d.weekday() + 1 == lead)
                })
        };
        // With nothing to bound it (no world event, full date or copyright), a
        // year the text names is history more often than the report's own ("…
        // has not been hit since 1921"): one whose day is not the lead's
        // weekday, nor the day after it, is none.
        let unbounded = floor.is_none() && copyright.is_none();
        if unbounded && lead.is_some() && !years.iter().any(|&y| of_lead(y)) {
            return None;
        }
        years.into_iter().max_by_key(|&year| {
            let date = Date::new(year, month, day);
            let named = date.is_some_and(|d| self.any_weekdays.contains(&(d.weekday() + 1)));
            let of_lead = of_lead(year);
            (
                of_lead,
                named,
                Some(year) == copyright,
                Some(year) == latest_full,
                if floor.is_some() { -year } else { year },
            )
        })
    }
}

/// The latest year on a copyright line ("© 2005-2019"): the year the page was made.
fn copyright_year(text: &str) -> Option<i32> {
    text.lines()
        .filter(|l| l.contains('\u{a9}') || l.contains("Copyright") || l.contains("COPYRIGHT"))
        .flat_map(years_in)
        .max()
}

/// A full date (day, month and year) in `found`.
fn full_date(found: &Found<'_>) -> Option<Date> {
    let c = &found.slots;
    match found.rule {
        Rule::MonthDay | Rule::DayMonth => Date::new(
            c.name("y")?.as_str().parse().ok()?,
            month_of(c.name("month")?.as_str())?,
            c.name("day")?.as_str().parse().ok()?,
        ),
        Rule::IsoDate => Date::new(
            c.name("y")?.as_str().parse().ok()?,
            c.name("m")?.as_str().parse().ok()?,
            c.name("d")?.as_str().parse().ok()?,
        ),
        _ => None,
    }
}

/// A day and month without a year: (month, day).
fn month_and_day(found: &Found<'_>) -> Option<(u32, u32)> {
    let c = &found.slots;
    match found.rule {
        Rule::MonthDay | Rule::DayMonth if c.name("y").is_none() => Some((
            month_of(c.name("month")?.as_str())?,
            c.name("day")?.as_str().parse().ok()?,
        )),
        _ => None,
    }
}

/// The day a header line gives.
#[derive(Clone, Copy, PartialEq, Eq)]
enum HeaderDay {
    /// A full date.
    Full(Date),
    /// A month and day without a year: (month, day).
    MonthDay(u32, u32),
    /// A stamp of the past week that names only the weekday ("Monday
    /// 5:30PM"), resolved after the latest full date of the header lines
    /// above it: a page writes its older stamps out in full.
    Weekday(Date),
}

/// One date on a short line, with what the line says around it.
struct HeaderCandidate<'t> {
    /// The day the line gives.
    date: HeaderDay,
    /// The line holding it.
    line: &'t str,
    /// Higher is more likely the publication date.
    score: i32,
    /// Said to be the date of an update, not of the first publication.
    update: bool,
    /// On the last dated line above the report's first paragraph.
    above_body: bool,
    /// A dateline's ("MOSCOW, Dec 17 -").
    dateline: bool,
}

/// The day, month and year order of numeric dates ("05/03/2022").
#[derive(Clone, Copy, PartialEq, Eq)]
enum NumericOrder {
    DayFirst,
    MonthFirst,
}

/// The publication date of the best header line, if any line looks like one.
fn header_date(text: &str, clues: &Clues) -> Option<Publication> {
    let order = TextOrder {
        text,
        order: OnceCell::new(),
    };
    let mut body_before = 0;
    let mut body_lines = 0;
    let mut latest_full: Option<Date> = None;
    let mut candidates: Vec<HeaderCandidate<'_>> = Vec::new();
    // Where the candidates of the latest dated line start in `candidates`.
    let mut last_dated_line = 0;
    for line in text.split('\n') {
        if line.len() >= BODY_LINE {
            // A byline sits right above the report's first paragraph; other
            // stamps above it belong to menus of other articles.
            if body_lines == 0 {
                for candidate in &mut candidates[last_dated_line..] {
                    candidate.above_body = true;
                }
            }
            body_before += line.len();
            body_lines += 1;
        }
        if !has_ascii_digit(line) {
            continue;
        }
        let after_body = body_before >= BODY_BEFORE || body_lines >= BODY_LINES;
        let short = if line.len() > HEADER_LINE {
            Vec::new()
        } else {
            line_candidates(line, &order, after_body, latest_full)
        };
        let first = candidates.len();
        candidates.extend(
            dateline_candidate(line, &order, after_body)
                .into_iter()
                .chain(short),
        );
        if candidates.len() > first {
            last_dated_line = first;
        }
        for candidate in &candidates[first..] {
            if let HeaderDay::Full(date) = candidate.date {
                latest_full = latest_full.max(Some(date));
            }
        }
    }
    // Datelines of different days are those of a digest's items ("DERNA,
    // 14 September", "KUPIANSK, 13 September"), not the issue's day.
    let mut dateline_days = candidates.iter().filter(|c| c.dateline).map(|c| c.date);
    let first_day = dateline_days.next();
    if dateline_days.any(|day| Some(day) != first_day) {
        for candidate in candidates.iter_mut().filter(|c| c.dateline) {
            candidate.score -= ITEMS_DATELINE_PENALTY;
        }
    }
    // The best score wins; on a tie, a date not said to be an update's, then
    // the line right above the first paragraph, then the earliest.
    let rank = |c: &HeaderCandidate<'_>| (c.score, !c.update, c.above_body);
    let best = candidates
        .into_iter()
        .filter(|c| c.score >= 0)
        .reduce(|best, c| if rank(&c) > rank(&best) { c } else { best })?;
    let date = match best.date {
        HeaderDay::Full(date) | HeaderDay::Weekday(date) => date,
        HeaderDay::MonthDay(month, day) => {
            Date::new(clues.year_of(month, day, text, true)?, month, day)?
        }
    };
    // An update is often days after the report: the report's own day is then
    // the latest it names by weekday in the week up to the update. A live
    // report's entries, stamped with times, run up to the update's own day.
    let date = if best.update && !clues.stamped {
        (0..=UPDATE_REACH)
            .map(|n| date.add_days(-n))
            .find(|d| clues.names_past_weekday_of(*d))
            .unwrap_or(date)
    } else {
        date
    };
    Some(Publication {
        value: Some(date),
        source: PublishedSource::Dateline,
        evidence: Some(best.line.trim().to_string()),
    })
}

/// What a dateline loses where others name other days: as much as one below
/// the body does.
const ITEMS_DATELINE_PENALTY: i32 = 3;

/// Whether `line` holds an ASCII digit. Read in blocks with no branch at
/// each byte, which the compiler vectorises: most lines are paragraphs.
fn has_ascii_digit(line: &str) -> bool {
    line.as_bytes()
        .chunks(64)
        .any(|block| block.iter().fold(false, |has, b| has | b.is_ascii_digit()))
}

/// The dates of one short line, each scored by the features of the line and
/// of the words just before it.
fn line_candidates<'t>(
    line: &'t str,
    order: &TextOrder<'_>,
    after_body: bool,
    latest_full: Option<Date>,
) -> Vec<HeaderCandidate<'t>> {
    let trimmed = line.trim_start();
    // Embedded posts ("— Name (@handle) November 18, 2019") and copyright lines.
    if trimmed.starts_with(['\u{2014}', '\u{2013}'])
        || line.contains("(@")
        || line.contains('\u{a9}')
    {
        return Vec::new();
    }
    let dates: Vec<HeaderDate> = header_dates(line).collect();
    if dates.is_empty() {
        return weekday_stamp(line, latest_full, after_body)
            .into_iter()
            .collect();
    }
    let spans: Vec<(usize, usize)> = dates.iter().map(|d| d.span).collect();
    let outside = |start: usize| !spans.iter().any(|&(s, e)| (s..e).contains(&start));
    let times: Vec<(usize, usize)> = times_of_day(line)
        .filter(|&(start, _)| outside(start))
        .collect();
    let residue = residue_words(line, &spans, &times);
    // A sentence, not a header: many words, or a few ending in a full stop.
    let sentence = residue > 2 && line.trim_end().ends_with(['.', '!', '?', '"', '\u{201d}']);
    if residue > 20 || sentence {
        return Vec::new();
    }
    let mut shared = 0;
    if has_byline(line) {
        shared += 2;
    }
    if !times.is_empty() {
        shared += 2;
    }
    if residue <= 2 {
        shared += 1;
    } else if residue > 10 {
        shared -= 2;
    }
    if after_body {
        shared -= 3;
    }
    let mut candidates = Vec::new();
    let mut segment_start = 0;
    let mut closes_range = false;
    for found in &dates {
        let (start, end) = found.span;
        let before = &line[segment_start..start];
        segment_start = end;
        // The ends of a period ("2018.04.05 ~ 2018.05.20", "April 5 – May 3,
        // 2018") date an event, not the page.
        let in_range = closes_range;
        closes_range = opens_range(&line[end..]);
        if in_range || closes_range {
            continue;
        }
        let Some(date) = header_date_value(line, found, order) else {
            continue;
        };
        let cue = header_cues(before).last();
        let publish = cue == Some(HeaderCue::Publish) || ends_as_of(before);
        let update = cue == Some(HeaderCue::Update);
        let mut score = shared + 3 * i32::from(publish);
        if names_weekday(before) {
            score += 1;
        }
        if !matches!(date, HeaderDay::Full(_)) {
            score -= 1;
        }
        candidates.push(HeaderCandidate {
            date,
            line,
            score,
            update,
            above_body: false,
            dateline: false,
        });
    }
    candidates
}

/// Whether the text after a date makes it the start of a period: a tilde, or
/// a dash before another date.
fn opens_range(after: &str) -> bool {
    let after = after.trim_start();
    if after.starts_with('~') {
        return true;
    }
    after
        .strip_prefix(['-', '\u{2013}', '\u{2014}'])
        .and_then(|rest| header_dates(rest.trim_start()).next())
        .is_some_and(|date| date.span.0 == 0)
}

/// A stamp of a weekday and a time with nothing else ("Monday 5:30PM",
/// "Posted Tue 9:05 am"): a page writes the stamps of its past week so and
/// its older ones in full, so the day is the first of that weekday after
/// `latest_full`, the latest full date of the header lines above it. Scored as
/// a line of a date and a time: a time (2), nothing else (1), a weekday (1),
/// not a full date (-1), and a header word as `line_candidates` counts it.
fn weekday_stamp<'t>(
    line: &'t str,
    latest_full: Option<Date>,
    after_body: bool,
) -> Option<HeaderCandidate<'t>> {
    // The pattern's weekday is the line's first or second run of ASCII
    // letters (after a header word), after nothing but white space: a line
    // without one that names a weekday needs no search, nor the pattern.
    let opens_with_letter = line
        .trim_start()
        .starts_with(|c: char| c.is_ascii_alphabetic());
    let names_weekday = line
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|run| !run.is_empty())
        .take(2)
        .any(|run| (3..=9).contains(&run.len()) && weekday_number(run).is_some());
    if !opens_with_letter || !names_weekday {
        return None;
    }
    let (cue, weekday) = read_weekday_stamp(line)?;
    let weekday = weekday_number(weekday)?;
    let date = (1..=7)
        .map(|n| latest_full.map(|d| d.add_days(n)))
        .find(|d| d.is_some_and(|d| d.weekday() + 1 == weekday))??;
    let cue = cue.and_then(|c| header_cues(c).next());
    let publish = cue == Some(HeaderCue::Publish);
    let update = cue == Some(HeaderCue::Update);
    Some(HeaderCandidate {
        date: HeaderDay::Weekday(date),
        line,
        score: 3 + 3 * i32::from(publish) - 3 * i32::from(after_body),
        update,
        above_body: false,
        dateline: false,
    })
}

/// The date of a dateline that opens a paragraph ("ODESA, July 16 – The
/// last ship …").
fn dateline_candidate<'t>(
    line: &'t str,
    order: &TextOrder<'_>,
    after_body: bool,
) -> Option<HeaderCandidate<'t>> {
    let mut end = (DATELINE_REACH + 20).min(line.len());
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    let head = &line[..end];
    // A place opens the pattern's first form ("MOSCOW, "), a parenthesis its
    // second ("(UPI) -"): a head with neither is not searched.
    let mut opening = head.trim_start().chars();
    let opens_with_place = opening.next().is_some_and(|c| c.is_ascii_uppercase())
        && opening
            .take(2)
            .filter(|&c| c.is_ascii_uppercase() || matches!(c, ' ' | '.' | '\'' | '-'))
            .count()
            == 2;
    if !opens_with_place && !head.contains('(') || !has_dateline(head) {
        return None;
    }
    let found = header_dates(head).find(|date| date.span.0 < DATELINE_REACH)?;
    let date = header_date_value(head, &found, order)?;
    Some(HeaderCandidate {
        date,
        line: head,
        score: 5 - i32::from(!matches!(date, HeaderDay::Full(_))) - 3 * i32::from(after_body),
        update: false,
        above_body: false,
        dateline: true,
    })
}

/// The day a [`HeaderDate`] of `text` gives: a full date, or (month, day)
/// without a year.
fn header_date_value(text: &str, found: &HeaderDate, order: &TextOrder<'_>) -> Option<HeaderDay> {
    let part = |(start, end): Part| &text[start..end];
    let number = |p: Part| -> Option<u32> { part(p).parse().ok() };
    let year = |p: Part| -> Option<i32> {
        let digits = part(p);
        let year: i32 = digits.parse().ok()?;
        let year = match (digits.len(), year) {
            (2, 70..) => 1900 + year,
            (2, _) => 2000 + year,
            _ => year,
        };
        (1900..2100).contains(&year).then_some(year)
    };
    match found.form {
        DateForm::Named {
            month,
            day,
            year: written,
        } => {
            let word = part(month);
            // "may" and "march" in lower case are verbs.
            if !word.starts_with(|ch: char| ch.is_ascii_uppercase()) {
                return None;
            }
            let month = month_of(word)?;
            let year = match written {
                Some(written) => Some(year(written)?),
                None => None,
            };
            let day = number(day)?;
            match year {
                Some(y) => Date::new(y, month, day).map(HeaderDay::Full),
                None => Date::new(2000, month, day).map(|_| HeaderDay::MonthDay(month, day)),
            }
        }
        DateForm::YearFirst {
            year: y,
            month,
            day,
        } => Date::new(year(y)?, number(month)?, number(day)?).map(HeaderDay::Full),
        DateForm::Numeric {
            first,
            second,
            year: y,
        } => {
            // Dots before a year of four digits ("11.03.2024") are the day-first
            // writing of Europe and Turkey, as the date grammar reads them.
            let dotted = text[first.1..].starts_with('.') && y.1 - y.0 == 4;
            let first = number(first)?;
            let second = number(second)?;
            let day_first = match (first > 12, second > 12) {
                (true, _) => true,
                (_, true) => false,
                _ => dotted || order.get() == NumericOrder::DayFirst,
            };
            let (month, day) = if day_first {
                (second, first)
            } else {
                (first, second)
            };
            Date::new(year(y)?, month, day).map(HeaderDay::Full)
        }
    }
}

/// The order of a text's numeric dates, found the first time a date needs it.
struct TextOrder<'t> {
    text: &'t str,
    order: OnceCell<NumericOrder>,
}

impl TextOrder<'_> {
    fn get(&self) -> NumericOrder {
        *self.order.get_or_init(|| numeric_order(self.text))
    }
}

/// The order of a text's numeric dates: that of its first unambiguous one
/// ("19/11/2019"), else month first as on American pages.
fn numeric_order(text: &str) -> NumericOrder {
    let number = |(start, end): Part| text[start..end].parse::<u32>().ok();
    let shown = header_dates(text)
        .filter_map(|date| match date.form {
            DateForm::Numeric { first, second, .. } => Some((number(first)?, number(second)?)),
            _ => None,
        })
        .find_map(|(first, second)| match (first > 12, second > 12) {
            (true, false) => Some(NumericOrder::DayFirst),
            (false, true) => Some(NumericOrder::MonthFirst),
            _ => None,
        });
    // Else as the text writes its named dates: only "3 August" is day first.
    shown.unwrap_or_else(|| {
        let (mut day_first, mut month_first) = (0, 0);
        for date in header_dates(text) {
            if let DateForm::Named { month, day, .. } = date.form {
                if day.0 < month.0 {
                    day_first += 1;
                } else {
                    month_first += 1;
                }
            }
        }
        if day_first > 0 && month_first == 0 {
            NumericOrder::DayFirst
        } else {
            NumericOrder::MonthFirst
        }
    })
}

/// Whether `text` holds a weekday name (or its abbreviation) as a word.
fn names_weekday(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.len() >= 3 && weekday_of(w).is_some() || weekday_abbreviation(w))
}

/// The ISO number of a weekday name or of its three-letter abbreviation.
fn weekday_number(word: &str) -> Option<u32> {
    weekday_of(word).or_else(|| {
        CALENDAR_NAMES
            .iter()
            .find(|r| r.0 == "weekday" && r.1.len() > 3 && r.1[..3].eq_ignore_ascii_case(word))
            .and_then(|r| r.2.parse().ok())
    })
}

/// "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun": the first three letters of
/// a weekday name, as headers abbreviate them.
fn weekday_abbreviation(word: &str) -> bool {
    word.len() == 3 && weekday_number(word).is_some()
}

/// The words of a line outside its dates and times that say something else
/// than a header would: not a header word of `data/header_cues.tsv`, a weekday,
/// a month or a short capitalised abbreviation (a time zone: "EST", "GMT").
fn residue_words(line: &str, dates: &[(usize, usize)], times: &[(usize, usize)]) -> usize {
    let covered = |at: usize| {
        dates
            .iter()
            .chain(times)
            .any(|&(s, e)| (s..e).contains(&at))
    };
    let mut count = 0;
    let mut start = None;
    for (i, ch) in line.char_indices().chain([(line.len(), ' ')]) {
        match (ch.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let word = &line[s..i];
                start = None;
                if covered(s) || header_word(word) {
                    continue;
                }
                count += 1;
            }
            _ => {}
        }
    }
    count
}

/// A word that a header line holds beside its date, whatever the page.
fn header_word(word: &str) -> bool {
    let short_caps = word.len() <= 4 && word.chars().all(|c| c.is_ascii_uppercase());
    short_caps || HEADER_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The words [`header_word`] compares in any case: the header words of
/// `data/header_cues.tsv`, and the weekdays (names and their first three
/// letters) and months of `data/calendar_names.tsv`, gathered once in one
/// short list instead of a scan of each whole table for every word of a
/// header line.
static HEADER_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = HEADER_CUES.iter().map(|r| r.1).collect();
    for row in CALENDAR_NAMES.iter() {
        match row.0 {
            "weekday" if row.1.len() > 3 => words.extend([row.1, &row.1[..3]]),
            "weekday" | "month" => words.push(row.1),
            _ => {}
        }
    }
    words
});

/// The publication date from the body: the latest full date it reports as
/// past, else the latest world event mentioned (with the days and months named
/// near it), moved to the weekday of the report's lead in the week after, or
/// the day after it when the report names that day too. The lead tells the
/// news of the report's day or of the day before; later sentences go back to
/// earlier days, and a weekday before the event would count forward into the
/// next week.
fn from_text(text: &str, clues: &Clues) -> Option<(Date, PublishedSource, String)> {
    let known = clues.known_event(text);
    let anchor = match (clues.latest_full, known) {
        (Some(full), known) if known.is_none_or(|k| k <= full) => {
            // "Dec. 31, 2024 … On Jan. 21, the authorities terminated …": a
            // day without a year in the weeks after the latest full date is
            // later news.
            let later = clues
                .month_days
                .iter()
                .filter_map(|&(month, day)| {
                    [full.year, full.year + 1]
                        .into_iter()
                        .filter_map(|year| Date::new(year, month, day))
                        .find(|d| (1..=DAYS_AFTER_FULL).contains(&(d.days() - full.days())))
                })
                .max();
            let latest = later.unwrap_or(full);
            let evidence = format!("the latest date the text reports: {latest}");
            return Some((latest, PublishedSource::Text, evidence));
        }
        (_, Some(known)) => known,
        (_, None) => return latest_day_of_copyright_year(text, clues),
    };
    let mut latest = anchor;
    for &(month, day) in &clues.month_days {
        for year in [anchor.year, anchor.year + 1] {
            let Some(date) = Date::new(year, month, day) else {
                continue;
            };
            let after = date.days() - anchor.days();
            if (0..=120).contains(&after) && date > latest {
                latest = date;
            }
        }
    }
    // A day of the page's copyright year after the event and its months is
    // nearer the report ("Nov. 8" beside Trump's inauguration, "© 2019").
    if let Some(later) = latest_day_of_copyright_year(text, clues).filter(|d| d.0 > latest) {
        return Some(later);
    }
    let evidence = format!("a world event the text mentions, of {anchor}");
    let lead_day = clues.past_weekdays.first().and_then(|&weekday| {
        let lead = (0..7)
            .map(|n| latest.add_days(n))
            .find(|d| d.weekday() + 1 == weekday)?;
        // A lead tells of the report's day or of the day before it: the next
        // day when the report names it too.
        Some(
            [lead.add_days(1), lead]
                .into_iter()
                .find(|d| clues.names_past_weekday_of(*d))
                .unwrap_or(lead),
        )
    });
    Some(match lead_day {
        Some(day) => (
            day,
            PublishedSource::Knowledge,
            format!("{evidence}, then the weekday of the report's lead"),
        ),
        None => (latest, PublishedSource::Knowledge, evidence),
    })
}

/// Days after the latest full date a text reports within which a day it
/// reports without a year is later news of the same story.
const DAYS_AFTER_FULL: i64 = 60;

/// The latest day the text reports without a year, on a page with a
/// copyright year ("headlines for Nov. 19" above "© 2019 Fox News"): the
/// year is the one [`Clues::year_of`] finds, within the copyright year.
fn latest_day_of_copyright_year(
    text: &str,
    clues: &Clues,
) -> Option<(Date, PublishedSource, String)> {
    copyright_year(text)?;
    let last;
    let days = match last_across_new_year(&clues.month_days) {
        Some(day) => {
            last = [day];
            &last[..]
        }
        None => &clues.month_days[..],
    };
    let latest = days
        .iter()
        .filter_map(|&(month, day)| Date::new(clues.year_of(month, day, text, false)?, month, day))
        .max()?;
    let evidence =
        format!("the latest day the text reports, in the page's copyright years: {latest}");
    Some((latest, PublishedSource::Text, evidence))
}

/// Days of a stretch across a new year, at most: days without a year that
/// fit in one are a report's weeks before it ("Dec. 8", "Jan. 5", "Jan. 21").
const NEW_YEAR_STRETCH: u32 = 120;

/// The last of `days` (month, day) when they all fit in a stretch of
/// [`NEW_YEAR_STRETCH`] days across a new year, the first of them in one year
/// and the last in the next: "Jan. 21" of "Dec. 8", "Jan. 5" and "Jan. 21".
/// Months count 31 days, which is near enough for a stretch's length.
fn last_across_new_year(days: &[(u32, u32)]) -> Option<(u32, u32)> {
    // Each day marked once on a calendar of 31-day months: a text that
    // repeats its days thousands of times costs one pass over them.
    let mut told = [false; 13 * 31 + 1];
    for &(month, day) in days {
        if let Some(mark) = told.get_mut((month * 31 + day) as usize) {
            *mark = true;
        }
    }
    // The widest gap between a day and the next inside the year is the
    // stretch's outside.
    let (mut widest, mut previous) = (None, None);
    for (k, _) in told.iter().enumerate().filter(|(_, &t)| t) {
        if let Some(p) = previous {
            widest = widest.max(Some((k - p, p)));
        }
        previous = Some(k);
    }
    let (gap, last) = widest?;
    let last = last as u32 - 1;
    (12 * 31 - gap as u32 <= NEW_YEAR_STRETCH).then_some((last / 31, last % 31 + 1))
}

/// The latest dated world event the text mentions; for a lasting war or crisis
/// ("two years of conflict"), the day that many years after its start.
fn known_event(text: &str) -> Option<Date> {
    // Read only for a lasting event: most texts mention none.
    let years_of = OnceCell::new();
    let words = trigger_words_in(text);
    let folded: OnceCell<String> = OnceCell::new();
    let mentioned = |triggers: &[Trigger], ids: &[Vec<usize>]| {
        triggers.iter().zip(ids).any(|(t, ids)| {
            ids.iter().all(|&id| words.found[id])
                && t.matches(
                    folded.get_or_init(|| fold_body(text)),
                    words.lead_starts(t, ids),
                )
        })
    };
    WORLD_EVENTS
        .iter()
        .zip(TRIGGERS.iter())
        .zip(TRIGGER_WORDS.of_triggers.iter())
        .filter(|((_, triggers), ids)| mentioned(triggers, ids))
        .map(|((event, _), _)| event)
        .filter_map(|event| {
            let start: Date = event.date.parse().ok()?;
            let lasted = event
                .lasting
                .then(|| *years_of.get_or_init(|| years_of_in(text)))
                .flatten();
            Some(match lasted {
                Some((n, almost)) => start.add_months(12 * n - i32::from(almost)),
                None => start,
            })
        })
        .max()
}

/// The first count of the years a war or crisis has lasted in `text`, and
/// whether it is said to be one short ("almost", "nearly"): "more than two
/// years of civil war" is (2, false). Found at each "years" as the regex
/// `(?i)\b(?:ALMOST\s*)?N\s+years\s+of\s+CRISIS\b` found it, with `N` two to
/// ten in words or one or two digits, and the words of `data/years_of.tsv`.
fn years_of_in(text: &str) -> Option<(i32, bool)> {
    let said = |role: &'static str| {
        YEARS_OF_WORDS
            .iter()
            .filter(move |(r, _)| *r == role)
            .map(|(_, words)| *words)
    };
    folded_occurrences(text, "years").find_map(|at| {
        let of = folded_phrase_end(text, at, "years of")?;
        let crisis = spaces_end(text, of);
        (crisis > of).then_some(())?;
        said("crisis")
            .filter_map(|words| folded_phrase_end(text, crisis, words))
            .find(|&end| word_boundary(text, end))?;
        let count_end = spaces_start(text, at);
        (count_end < at).then_some(())?;
        let (count, count_start) = count_before(text, count_end)?;
        let said_end = spaces_start(text, count_start);
        let qualified = ["almost", "over"].into_iter().find_map(|role| {
            said(role)
                .filter_map(|words| folded_phrase_start(text, said_end, words))
                .find(|&start| word_boundary(text, start))
                .map(|start| (start, role == "almost"))
        });
        match qualified {
            Some((_, almost)) => Some((count, almost)),
            None => word_boundary(text, count_start).then_some((count, false)),
        }
    })
}

/// The count of years ending at byte `end` of `text`, and where it starts:
/// one or two digits (a longer run is no count), or a number word from two
/// to ten in any case.
fn count_before(text: &str, end: usize) -> Option<(i32, usize)> {
    let digits = text.as_bytes()[..end]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if digits > 0 {
        let start = end - digits;
        let n = text[start..end].parse().ok().filter(|_| digits <= 2)?;
        return Some((n, start));
    }
    TEMPORAL_NUMBERS.iter().find_map(|&(word, value)| {
        let n = i32::try_from(value.filter(|n| (2..=10).contains(n))?).ok()?;
        (!word.contains(' ')).then_some(())?;
        Some((n, folded_phrase_start(text, end, word)?))
    })
}

/// One trigger phrase of a world event: the words a text must hold for it to
/// match, and its words in order with the gaps between them.
///
/// It matches as the regex `\bW1\s+W2\s+(?:\S+\s+){0,4}?W3\b` of "W1 W2 ~ W3"
/// did, case-insensitive, within one run of lines: the first word ends a piece
/// of the text between whitespace after a word boundary, the middle words are
/// whole pieces, "~" skips up to four pieces, and the last word starts a piece
/// before a word boundary (a one-word trigger stands anywhere between two).
struct Trigger {
    words: Vec<Cow<'static, str>>,
    /// Each literal word, lower case, with how many pieces may come before it.
    literals: Vec<(usize, Cow<'static, str>)>,
}

impl Trigger {
    /// The trigger of `phrase`; a word already in lower case, most of them, is
    /// borrowed from the table, not copied.
    fn new(phrase: &'static str) -> Trigger {
        let mut literals = Vec::new();
        let mut gap = 0;
        for word in phrase.split_whitespace() {
            if word == "~" {
                gap += TILDE_WORDS;
            } else {
                let word = match word.bytes().any(|b| b.is_ascii_uppercase()) {
                    true => Cow::Owned(word.to_ascii_lowercase()),
                    false => Cow::Borrowed(word),
                };
                literals.push((gap, word));
                gap = 0;
            }
        }
        Trigger {
            words: folded_words(phrase),
            literals,
        }
    }

    /// Whether the trigger's first literal opens with a word of letters and
    /// digits and others follow it: then it stands only where that word
    /// starts a word of the text ([`TextWords::lead_starts`]).
    fn leads_with_word(&self) -> bool {
        self.literals.len() > 1
            && self.literals[0]
                .1
                .starts_with(|c: char| c.is_ascii_alphanumeric())
    }

    /// Whether the trigger matches in `folded`, the text as [`fold_body`]
    /// folds it. Its first word is searched for in the whole text (no literal
    /// holds white space, so no occurrence spans two pieces), or read only
    /// at `lead_starts`, where the text's words that are its first word of
    /// letters and digits start, and only where it stands are the pieces
    /// after it read.
    fn matches(&self, folded: &str, lead_starts: Option<&[usize]>) -> bool {
        let Some(((_, first), rest)) = self.literals.split_first() else {
            return false;
        };
        let first = first.as_ref();
        if rest.is_empty() {
            return folded.match_indices(first).any(|(at, _)| {
                !ends_in_word(&folded[..at]) && !starts_in_word(&folded[at + first.len()..])
            });
        }
        let reach = rest.iter().map(|(gap, _)| gap + 1).sum();
        let before_gap = rest[0].0 > 0;
        let stands_at = |at: usize| {
            let end = at + first.len();
            let after = &folded[end..];
            let after = match after.strip_prefix(',') {
                Some(rest) if before_gap => rest,
                _ => after,
            };
            !ends_in_word(&folded[..at])
                && after.chars().next().is_none_or(char::is_whitespace)
                && follows(
                    &after.split_whitespace().take(reach).collect::<Vec<_>>(),
                    rest,
                )
        };
        if let Some(starts) = lead_starts.filter(|_| self.leads_with_word()) {
            return starts
                .iter()
                .any(|&at| folded[at..].starts_with(first) && stands_at(at));
        }
        let mut from = 0;
        std::iter::from_fn(|| {
            let at = from + folded[from..].find(first)?;
            // Literals are ASCII, so the byte after an occurrence's start
            // starts a character.
            from = at + 1;
            Some(at)
        })
        .any(stands_at)
    }
}

/// Whether `literals` stand in `pieces` from its first on, each after at most
/// its gap of other pieces: whole pieces, and the last at the start of one.
/// A literal before a gap may end its piece with a comma: the gap may be a
/// clause set off ("the Taliban, who took Kabul").
fn follows(pieces: &[&str], literals: &[(usize, Cow<'_, str>)]) -> bool {
    let Some(((gap, word), rest)) = literals.split_first() else {
        return true;
    };
    pieces.iter().enumerate().take(gap + 1).any(|(at, piece)| {
        // After a gap, a word may end a hyphenated one: the particle of
        // "fall of ~ Assad" in "the fall of Bashar al-Assad".
        let joined = piece
            .match_indices('-')
            .map(|(hyphen, _)| &piece[hyphen + 1..])
            .filter(|_| *gap > 0);
        let mut forms = std::iter::once(*piece).chain(joined);
        match rest.is_empty() {
            true => forms.any(|form| {
                form.strip_prefix(word.as_ref())
                    .is_some_and(|after| !starts_in_word(after))
            }),
            false => {
                let before_gap = rest[0].0 > 0;
                forms.any(|form| {
                    form == word || before_gap && form.strip_suffix(',') == Some(word.as_ref())
                }) && follows(&pieces[at + 1..], rest)
            }
        }
    })
}

fn ends_in_word(text: &str) -> bool {
    text.chars().next_back().is_some_and(is_word_character)
}

fn starts_in_word(text: &str) -> bool {
    text.chars().next().is_some_and(is_word_character)
}

/// `body` folded as a case-insensitive regex compares it with lower-case
/// ASCII, whole: the fold keeps whitespace and makes none, so the pieces of
/// the result between whitespace are the folded pieces of `body`, with one
/// copy of the text instead of one per piece that changes.
fn fold_body(body: &str) -> String {
    // Without "ſ" or the Kelvin sign the fold only lowers ASCII letters: one
    // pass over the bytes, where the general fold stops at each character
    // beyond ASCII. Each is searched for by its last byte, so cheaply.
    if !body.contains('\u{17F}') && !body.contains('\u{212A}') {
        return body.to_ascii_lowercase();
    }
    let mut folded = String::with_capacity(body.len());
    push_folded_to_ascii_case(&mut folded, body);
    folded
}

/// Words that "~" in a trigger stands for, at most.
const TILDE_WORDS: usize = 4;

/// The triggers of each world event, in the table's order. Their phrases are
/// ASCII (`rows::Field::Triggers`): they are written in lower case into one
/// text that lives as long as the program, like the triggers that borrow
/// their words from it, instead of a copy of each word with a capital.
static TRIGGERS: LazyLock<Vec<Vec<Trigger>>> = LazyLock::new(|| {
    let mut lower = String::new();
    for event in WORLD_EVENTS.iter() {
        lower.extend(event.triggers.iter().copied());
    }
    lower.make_ascii_lowercase();
    let mut lower: &'static str = Box::leak(lower.into_boxed_str());
    WORLD_EVENTS
        .iter()
        .map(|event| {
            event
                .triggers
                .iter()
                .map(|phrase| {
                    let (this, rest) = lower.split_at(phrase.len());
                    lower = rest;
                    Trigger::new(this)
                })
                .collect()
        })
        .collect()
});

/// The runs of letters and digits of `text`, folded the way a case-insensitive
/// regex compares them (so "ſ" is "s"): every run of a trigger's literal words
/// is one of these in a text where the trigger matches. A word already in
/// lower-case ASCII, most of them, is borrowed, not copied. Each is kept
/// once, in the order found: a trigger has a few, too few for a set.
fn folded_words(text: &str) -> Vec<Cow<'_, str>> {
    let mut words: Vec<Cow<'_, str>> = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        let word = fold_word(word);
        if !words.contains(&word) {
            words.push(word);
        }
    }
    words
}

/// One run of letters and digits folded as [`folded_words`] folds it.
fn fold_word(word: &str) -> Cow<'_, str> {
    match lower_case(word) {
        low if low.contains('ſ') => Cow::Owned(low.replace('ſ', "s")),
        low => low,
    }
}

/// The words of all triggers, folded, the longest one's length in bytes, and
/// for each ASCII first byte the lengths of the words that start with it (bit
/// `len` set), so that most words of a text need no copy and no lookup.
struct TriggerWords {
    /// Each trigger word, with its place in what [`trigger_words_in`] finds.
    ids: FastMap<&'static str, usize>,
    /// The ids of each trigger's words, as [`TRIGGERS`] lists the triggers.
    of_triggers: Vec<Vec<Vec<usize>>>,
    longest: usize,
    lengths_by_first: [u64; 128],
    /// The ASCII trigger words with their ids, by their first byte: an ASCII
    /// word of a text is compared with the few of its first byte, in any
    /// case, not lowered and hashed.
    by_first: Vec<Vec<(&'static str, usize)>>,
    /// By id, whether the word opens a trigger that [`Trigger::leads_with_word`]:
    /// where it starts in a text is kept.
    leads: Vec<bool>,
}

static TRIGGER_WORDS: LazyLock<TriggerWords> = LazyLock::new(|| {
    let mut ids: FastMap<&'static str, usize> = FastMap::default();
    let of_triggers: Vec<Vec<Vec<usize>>> = TRIGGERS
        .iter()
        .map(|triggers| {
            triggers
                .iter()
                .map(|t| {
                    t.words
                        .iter()
                        .map(|w| {
                            let next = ids.len();
                            *ids.entry(w.as_ref()).or_insert(next)
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
    let longest = ids.keys().map(|w| w.len()).max().unwrap_or(0);
    let mut leads = vec![false; ids.len()];
    for (trigger, words) in TRIGGERS.iter().flatten().zip(of_triggers.iter().flatten()) {
        if trigger.leads_with_word() {
            leads[words[0]] = true;
        }
    }
    let mut lengths_by_first = [0; 128];
    let mut by_first = vec![Vec::new(); 128];
    for (&word, &id) in ids.iter() {
        if let Some(&first) = word.as_bytes().first().filter(|b| b.is_ascii()) {
            lengths_by_first[usize::from(first)] |= length_bit(word.len());
            if word.is_ascii() {
                by_first[usize::from(first)].push((word, id));
            }
        }
    }
    TriggerWords {
        ids,
        of_triggers,
        longest,
        lengths_by_first,
        by_first,
        leads,
    }
});

/// The bit of a word's length in [`TriggerWords::lengths_by_first`]; all
/// lengths from 63 on share the last.
fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// What a byte of a text is to [`trigger_words_in`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteKind {
    /// An ASCII letter or digit.
    Alphanumeric,
    /// Another ASCII character.
    Separator,
    /// A byte of a character beyond ASCII.
    Beyond,
}

/// The kind of each byte, read from a table: one load a byte where the
/// ASCII ranges took several comparisons.
const BYTE_KINDS: [ByteKind; 256] = {
    let mut kinds = [ByteKind::Beyond; 256];
    let mut b: u8 = 0;
    while b < 128 {
        kinds[b as usize] = if b.is_ascii_alphanumeric() {
            ByteKind::Alphanumeric
        } else {
            ByteKind::Separator
        };
        b += 1;
    }
    kinds
};

/// What [`trigger_words_in`] finds in a text.
struct TextWords {
    /// By id, whether the trigger word is among the text's words.
    found: Vec<bool>,
    /// By id, where the text's words that are the word start, for the words
    /// of [`TriggerWords::leads`] (empty for the others).
    starts: Vec<Vec<usize>>,
    /// Whether a trigger's first literal can stand only where its first word
    /// starts a word of the text: the text holds no "ſ" or Kelvin sign (its
    /// fold then keeps every byte where it was) and no letter or digit that
    /// is no word character ("²", which a word may follow without a word
    /// boundary yet joins to it here).
    starts_kept: bool,
}

impl TextWords {
    /// Where `trigger`, of the words `ids`, can stand in the folded text, when
    /// that is known: where the text's words that are its first word start.
    fn lead_starts(&self, trigger: &Trigger, ids: &[usize]) -> Option<&[usize]> {
        let first = *ids.first()?;
        (self.starts_kept && trigger.leads_with_word()).then(|| self.starts[first].as_slice())
    }
}

/// Which trigger words are among the words of `text` ([`folded_words`]), by
/// their ids in [`TriggerWords::ids`]: all a trigger asks of the text's
/// words. The text is read byte by byte, a character decoded only where it is
/// not ASCII; an ASCII word whose first letter and length no trigger word
/// still to find has is passed over, and the others are compared with the
/// trigger words of their first letter; a word found sets its flag, and once
/// all of a first letter and length are found ("the", "of"), the text's
/// many others are passed over too, unless one opens a trigger, whose
/// starts are all kept.
fn trigger_words_in(text: &str) -> TextWords {
    let table = &*TRIGGER_WORDS;
    let mut found = vec![false; table.ids.len()];
    let mut starts = vec![Vec::new(); table.ids.len()];
    let mut starts_kept = true;
    let mut wanted = table.lengths_by_first;
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if BYTE_KINDS[usize::from(b)] == ByteKind::Separator {
            at += 1;
            continue;
        }
        let start = at;
        let mut ascii = true;
        while let Some(&b) = bytes.get(at) {
            match BYTE_KINDS[usize::from(b)] {
                ByteKind::Alphanumeric => at += 1,
                ByteKind::Separator => break,
                ByteKind::Beyond => match text[at..].chars().next() {
                    Some(c) if c.is_alphanumeric() => {
                        if matches!(c, '\u{17F}' | '\u{212A}') || !is_word_character(c) {
                            starts_kept = false;
                        }
                        ascii = false;
                        at += c.len_utf8();
                    }
                    _ => break,
                },
            }
        }
        if at == start {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let word = &text[start..at];
        if !ascii {
            if let Some(&id) = table.ids.get(fold_word(word).as_ref()) {
                found[id] = true;
            }
            continue;
        }
        let first = usize::from(bytes[start].to_ascii_lowercase());
        let bit = length_bit(word.len());
        if word.len() > table.longest || wanted[first] & bit == 0 {
            continue;
        }
        let words = &table.by_first[first];
        if let Some(&(_, id)) = words.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)) {
            found[id] = true;
            if table.leads[id] {
                starts[id].push(start);
            }
            if words
                .iter()
                .all(|&(w, id)| length_bit(w.len()) != bit || found[id] && !table.leads[id])
            {
                wanted[first] &= !bit;
            }
        }
    }
    TextWords {
        found,
        starts,
        starts_kept,
    }
}

#[cfg(test)]
mod tests {
    use regex::{Captures, Regex};

    use super::*;
    use crate::pattern::{compile, Pattern};

    /// The regex a trigger phrase was, kept as the oracle of [`Trigger::matches`].
    fn trigger_pattern(trigger: &str) -> Pattern {
        let mut words = trigger.split_whitespace().peekable();
        let words: Vec<String> =
            std::iter::from_fn(|| words.next().map(|w| (w, words.peek().copied())))
                .scan(false, |after_gap, (w, next)| {
                    let word = if w == "~" {
                        format!(r"(?:\S+\s+){{0,{TILDE_WORDS}}}?")
                    } else if *after_gap {
                        format!(r"(?:\S*-)?{}\s+", regex::escape(w))
                    } else {
                        format!(r"{}\s+", regex::escape(w))
                    };
                    // A word before a gap may end in a comma.
                    let word = match next {
                        Some("~") if w != "~" => word.replacen(r"\s+", r",?\s+", 1),
                        _ => word,
                    };
                    *after_gap = w == "~";
                    Some(word)
                })
                .collect();
        let body = words.concat();
        let body = body.strip_suffix(r"\s+").unwrap_or(&body);
        Pattern::new(&format!(r"(?i)\b{body}\b")).unwrap()
    }

    /// The header date pattern as it was ([`HeaderDate`]): any word of ASCII
    /// letters stood for the month, and [`header_dates`] kept the matches
    /// whose word was a month name.
    const HEADER_DATE_SOURCE: &str = r"(?i)\b(?:(?P<month_a>[a-z]+)\.?\s+(?P<day_a>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(?P<year_a>\d{4}))?|(?P<day_b>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month_b>[a-z]+)\b\.?(?:,?\s*(?P<year_b>\d{4}))?|(?P<year_c>\d{4})[-/.](?P<month_c>\d{1,2})[-/.](?P<day_c>\d{1,2})|(?P<first>\d{1,2})(?:[/.](?P<second>\d{1,2})[/.](?P<year_d>\d{4}|\d\d)|-(?P<second_e>\d{1,2})-(?P<year_e>\d{4})))";

    /// The header date pattern as it was, with the month names in it: the
    /// oracle of [`header_dates`].
    fn header_date_with_months() -> Regex {
        let mut months: Vec<&str> = CALENDAR_NAMES
            .iter()
            .filter(|r| r.0 == "month")
            .map(|r| r.1)
            .collect();
        crate::order::sort_by_key(&mut months, |m| std::cmp::Reverse(m.len()));
        let months = months.join("|");
        let source = HEADER_DATE_SOURCE.replace("[a-z]+", &format!("(?:{months})"));
        compile(&source).unwrap()
    }

    /// Every group's span of every match.
    fn spans<'t>(matches: impl Iterator<Item = Captures<'t>>) -> Vec<Vec<Option<(usize, usize)>>> {
        matches
            .map(|c| c.iter().map(|g| g.map(|g| (g.start(), g.end()))).collect())
            .collect()
    }

    /// The spans of a [`HeaderDate`] in the order of the pattern's groups.
    fn groups(text: &str, date: &HeaderDate) -> Vec<Option<(usize, usize)>> {
        let mut groups = vec![None; 15];
        groups[0] = Some(date.span);
        let mut set = |at: usize, parts: [Option<Part>; 3]| {
            groups[at..at + 3].copy_from_slice(&parts);
        };
        match date.form {
            DateForm::Named { month, day, year } if month.0 == date.span.0 => {
                set(1, [Some(month), Some(day), year]);
            }
            DateForm::Named { month, day, year } => set(4, [Some(day), Some(month), year]),
            DateForm::YearFirst { year, month, day } => {
                set(7, [Some(year), Some(month), Some(day)]);
            }
            DateForm::Numeric {
                first,
                second,
                year,
            } => {
                set(10, [Some(first), None, None]);
                if text[first.1..].starts_with('-') {
                    groups[13..15].copy_from_slice(&[Some(second), Some(year)]);
                } else {
                    groups[11..13].copy_from_slice(&[Some(second), Some(year)]);
                }
            }
        }
        groups
    }

    /// Every [`HeaderDate`] from the left as the pattern found them, month
    /// word or not.
    fn raw_header_dates(text: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        let mut found = Vec::new();
        let mut at = 0;
        while let Some(c) = text[at..].chars().next() {
            match header_date_at(text, at) {
                Some(date) => {
                    found.push(groups(text, &date));
                    at = date.span.1;
                }
                None => at += c.len_utf8(),
            }
        }
        found
    }

    #[test]
    fn reads_times_of_day_as_the_pattern_matched_them() {
        let pattern = compile(r"(?i)\d{1,2}:\d\d(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?|\b\d{1,2}\.\d\d\s*(?:[ap]\.?m\b\.?|(?-i:[A-Z]{2,4})\b)").unwrap();
        let pieces = [
            "1", "12", "123", "05", "٣", ":", ".", " ", "  ", "\t", "\u{a0}", "a", "A", "p", "P",
            "m", "M", "am", "PM", "GMT", "EST", "ESTXY", "Z", "UTC", "x", "é", "_", "-", "/",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % n as u64).unwrap()
        };
        let written = [
            "9:42 PM, 21:17 | 20:51:19Z - 7 pm; 10:31 a.m. 18.54 GMT 9.05am",
            "18.54 ESTXY 18.54 AMX 123:45 1.05 Z 12.345 GMT x7 pm 7pmx 7 p.x 7 p.m",
            "٣:٤٥ pm, 12:3, 1:234 am, 18.54\u{a0}UTC. 5 a.m 5A.M. 3.30 ÉT 3.30 ET_",
        ];
        let generated = (0..100_000).map(|_| {
            let length = 1 + next(10);
            (0..length).map(|_| pieces[next(pieces.len())]).collect()
        });
        for text in written.map(String::from).into_iter().chain(generated) {
            let expected: Vec<Part> = pattern
                .find_iter(&text)
                .map(|m| (m.start(), m.end()))
                .collect();
            assert_eq!(
                times_of_day(&text).collect::<Vec<Part>>(),
                expected,
                "{text:?}"
            );
        }
    }

    #[test]
    fn reads_header_dates_as_the_pattern_matched_them() {
        let pattern = compile(HEADER_DATE_SOURCE).unwrap();
        let pieces = [
            "May", "may", "Nov", "SEPT", "ſept", "\u{212A}", "of", "OF", "st", "Th", "ſt", "nd",
            "x", "é", "_", ".", ",", "/", "-", "~", "—", " ", "  ", "\t", "\n", "\u{a0}", "5",
            "12", "123", "2019", "20190", "19", "٣", "٢٠١٩", "3rd",
        ];
        // A fixed pseudo-random walk over the pieces: the same texts each run.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % n as u64).unwrap()
        };
        for _ in 0..20_000 {
            let length = 1 + next(12);
            let text: String = (0..length).map(|_| pieces[next(pieces.len())]).collect();
            assert_eq!(
                raw_header_dates(&text),
                spans(pattern.captures_iter(&text)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn finds_header_dates_as_the_pattern_with_month_names_did() {
        let oracle = header_date_with_months();
        for text in [
            "Published: March 5, 2022, 9:42 PM | Updated Mar. 6 2022",
            "By Jane Roe, 19th November 2019 at 5 pm; on 3 of hours, 5 of May",
            "at 5 pm, in 2019, Mayday 5, MAY 5, SEPT. 9, Sept 9, ſeptember 9, 5 Auguſt",
            "2019-11-19 · 19/11/2019 · 11.19.19 · 19-11-2019 · 3-1-19 · 12 apples 12/05/2019",
            "5 of of May; 5 ofMay; 7th of July, 2020; the 4 Julyx; 4 Juné; Déc 4; ٣ May",
            "Posted Tue 9:05 am EST — 21 January 2021 – 3 February 2021",
            "JAN 5, a 5, jA 5, _May 5, x_May 5, Oc\u{17F}t 5, no 5, Nov 5, D\u{E9}c 5, 5Dec 5",
            "",
        ] {
            let found: Vec<_> = header_dates(text).map(|d| groups(text, &d)).collect();
            assert_eq!(found, spans(oracle.captures_iter(text)), "{text:?}");
        }
    }

    #[test]
    fn finds_years_and_bylines_as_their_patterns_did() {
        let year = compile(r"\b(?:19|20)\d\d\b").unwrap();
        let byline = compile(r"(?:^|[|\-·•]\s*|\s)[Bb]y\s+[A-Z@]").unwrap();
        for text in [
            "© 2005-2019 Foo, in 1999,\n2000 and 2099; 2100 1899 20190 x2019 2019x 2019_",
            "é2019 2019é ٢٠١٩ 19٢٠ 2019-11-19 11/19/2019 2019",
            "By Jane Roe | by Jane | -by @handle ·  By\tJane •by Q",
            "by jane, Standby Me, byJane, by\u{a0}Ann, NearbyZ, a by  Zoe",
            "By",
            "-By ",
            "",
        ] {
            let years: Vec<i32> = year
                .find_iter(text)
                .filter_map(|m| m.as_str().parse().ok())
                .collect();
            assert_eq!(years_in(text).collect::<Vec<i32>>(), years, "{text:?}");
            for line in text.split('\n').chain([text]) {
                assert_eq!(has_byline(line), byline.is_match(line), "{line:?}");
            }
        }
    }

    /// The regex the count of years replaced, written from the same data:
    /// the oracle of the tests below.
    static YEARS_OF_ORACLE: LazyLock<Regex> = LazyLock::new(|| {
        let any = |role: &str| {
            let phrases: Vec<String> = YEARS_OF_WORDS
                .iter()
                .filter(|(r, _)| *r == role)
                .map(|(_, words)| words.replace(' ', r"\s+"))
                .collect();
            phrases.join("|")
        };
        let numbers: Vec<&str> = TEMPORAL_NUMBERS
            .iter()
            .filter(|(w, n)| !w.contains(' ') && n.is_some_and(|n| (2..=10).contains(&n)))
            .map(|(w, _)| *w)
            .collect();
        compile(&format!(
            r"(?i)\b(?P<said>{}|{})?\s*(?P<n>{}|[0-9]{{1,2}})\s+years\s+of\s+(?:{})\b",
            any("almost"),
            any("over"),
            numbers.join("|"),
            any("crisis")
        ))
        .unwrap()
    });

    /// What the oracle's first match says: the count, and whether it is one short.
    fn years_of_by_regex(text: &str) -> Option<(i32, bool)> {
        let found = YEARS_OF_ORACLE.captures(text)?;
        let count = fold_to_ascii_case(&found["n"]).into_owned();
        let n = TEMPORAL_NUMBERS
            .iter()
            .find(|(w, _)| *w == count)
            .map_or_else(|| count.parse().ok(), |(_, n)| n.map(|n| n as i32))?;
        let almost = found.name("said").is_some_and(|said| {
            let said: Vec<String> = said
                .as_str()
                .split_whitespace()
                .map(|w| fold_to_ascii_case(w).into_owned())
                .collect();
            YEARS_OF_WORDS
                .iter()
                .any(|(role, words)| *role == "almost" && *words == said.join(" "))
        });
        Some((n, almost))
    }

    #[test]
    fn counts_years_of_war_as_their_regex_did() {
        for text in [
            "Many years ago. After nearly\nthree years of civil war, and ten years of unrest",
            "years of war. The 10 YEARS OF CONFLICT",
            "It took years; over\n\n  5 yearſ of fighting",
            "Not one: years later, years of hope",
            "more than 2 years of unrest, then 3 years of crisis",
            "overten years of war, often years of war, x12 years of war, 123 years of war",
            "ALMOST  ſix years of warfare; almost six years of war",
            "More\u{a0}than\tseven years\u{2003}of\nviolence, éfive years of war",
            "123 years of war",
            "two years ofwar, two yearsof war",
        ] {
            assert_eq!(years_of_in(text), years_of_by_regex(text), "{text:?}");
        }
        assert_eq!(
            years_of_in("after almost four years of conflict"),
            Some((4, true))
        );
    }

    /// Pieces whose joinings reach every branch of the count of years.
    const YEARS_OF_PIECES: &[&str] = &[
        "almost",
        "Nearly",
        "more",
        "than",
        "over",
        "OVER",
        "two",
        "ſix",
        "Ten",
        "often",
        "1",
        "12",
        "123",
        " ",
        "  ",
        "\n",
        "\u{a0}",
        "years",
        "YEARS",
        "yearſ",
        "of",
        "war",
        "civil",
        "warfare",
        "crisis",
        "é",
        ".",
        "x",
        " years of ",
        "of war",
        "nearly ",
        " 5",
        "two years of war",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
        #[test]
        fn counts_years_of_war_as_their_regex_did_on_any_joining(
            pieces in proptest::collection::vec(proptest::sample::select(YEARS_OF_PIECES), 0..14)
        ) {
            let text = pieces.concat();
            proptest::prop_assert_eq!(years_of_in(&text), years_of_by_regex(&text), "{:?}", text);
        }
    }

    #[test]
    fn matches_triggers_as_their_regexes_did() {
        let bodies = [
            "Since the Berlin Wall finally fell in 1989.",
            "The Berlin\nWall  long and grey,\tfinally fell.",
            "the berlin wall one two three four five fell",
            "(fall of the BERLIN WALL)",
            "a fall of the Berlin Wallpaper",
            "after the 9/11 attacks",
            "East-Berlin Wall, they say, fell—at last",
            "Since the COVID-19 pandemic; post-COVID-19s; COVID-19_x",
            "The Taliban’s forces seized  Kabul. Taliban \u{2003} ſeized kabul",
            "Zürich-Berlin Wall fell; éBerlin Wall fell",
            "\u{212A}ILLING of Osama bin Laden, killing of Osama bin Ladenx",
            "Assad’s fall; Assad's fall. ousted ousted ousted ousted ousted Assad",
            "earthquake in Port-au-Prince and earthquake  a b c d e Haiti",
            "the fall of President Bashar al-Assad; the fall of al-Assad's rule",
            "fall of one two three four al-Assad, fall of x-y-Assadist",
            "The Taliban, who took Kabul; the Taliban took, Kabul",
            "The Berlin Wall, which fell; the Berlin Wall,fell",
            "",
        ];
        for phrase in WORLD_EVENTS.iter().flat_map(|e| e.triggers.iter()) {
            let (trigger, pattern) = (Trigger::new(phrase), trigger_pattern(phrase));
            for body in bodies {
                assert_eq!(
                    trigger.matches(&fold_body(body), None),
                    pattern.get(body).is_match(body),
                    "{phrase} in {body:?}"
                );
            }
        }
        // Read only where the text's words start, as known_event reads them.
        for body in bodies {
            let (words, folded) = (trigger_words_in(body), fold_body(body));
            let ids = TRIGGER_WORDS.of_triggers.iter().flatten();
            for ((trigger, pattern), ids) in TRIGGER_ORACLES.iter().zip(ids) {
                if ids.iter().all(|&id| words.found[id]) {
                    assert_eq!(
                        trigger.matches(&folded, words.lead_starts(trigger, ids)),
                        pattern.get(body).is_match(body),
                        "{:?} at word starts in {body:?}",
                        trigger.literals
                    );
                }
            }
        }
        let fall = Trigger::new("fall of ~ Assad");
        assert!(fall.matches(&fold_body(bodies[13]), None));
        let fell = Trigger::new("Berlin Wall ~ fell");
        assert!(fell.matches(&fold_body(bodies[1]), None));
        assert!(!fell.matches(&fold_body(bodies[2]), None));
        // A clause set off by a comma stands in the gap.
        let took = Trigger::new("Taliban ~ took Kabul");
        assert!(took.matches(&fold_body("The Taliban, who took Kabul"), None));
        assert!(!took.matches(&fold_body("the Taliban took, Kabul"), None));
    }

    /// Every trigger with the regex it was.
    static TRIGGER_ORACLES: LazyLock<Vec<(Trigger, Pattern)>> = LazyLock::new(|| {
        WORLD_EVENTS
            .iter()
            .flat_map(|e| e.triggers.iter())
            .map(|phrase| (Trigger::new(phrase), trigger_pattern(phrase)))
            .collect()
    });

    /// Pieces whose joinings reach every branch of [`Trigger::matches`]:
    /// trigger words glued, repeated, apart by "~" gaps of any length.
    const TRIGGER_PIECES: &[&str] = &[
        "berlin",
        "Berlin",
        "wall",
        "WALL",
        "fell",
        "9/11",
        "attacks",
        "syrian",
        "civil",
        "war",
        "uprising",
        "against",
        "Assad",
        "’s",
        "'s",
        "forces",
        "ſyrian",
        " ",
        "  ",
        "\n",
        "\u{2003}",
        "x",
        "é",
        "-",
        "_",
        ".",
        "a b c d e ",
        ",",
        "post",
        "post-Assad",
        "COVID-19",
        "s",
        "\u{B2}",
        "\u{212A}",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]
        #[test]
        fn matches_triggers_as_their_regexes_did_on_any_joining(
            pieces in proptest::collection::vec(proptest::sample::select(TRIGGER_PIECES), 0..16)
        ) {
            let body = pieces.concat();
            let folded = fold_body(&body);
            let words = trigger_words_in(&body);
            let ids = TRIGGER_WORDS.of_triggers.iter().flatten();
            for ((trigger, pattern), ids) in TRIGGER_ORACLES.iter().zip(ids) {
                let matched = pattern.get(&body).is_match(&body);
                proptest::prop_assert_eq!(
                    trigger.matches(&folded, None),
                    matched,
                    "{:?} in {:?}", trigger.literals, body
                );
                // Read only where the text's words start, as known_event
                // reads a trigger whose words are all there.
                if ids.iter().all(|&id| words.found[id]) {
                    proptest::prop_assert_eq!(
                        trigger.matches(&folded, words.lead_starts(trigger, ids)),
                        matched,
                        "{:?} at word starts in {:?}", trigger.literals, body
                    );
                }
            }
        }
    }

    #[test]
    fn knows_header_words_as_the_tables_name_them_in_any_case() {
        let by_tables = |word: &str| {
            let short_caps = word.len() <= 4 && word.chars().all(|c| c.is_ascii_uppercase());
            short_caps
                || HEADER_CUES.iter().any(|r| r.1.eq_ignore_ascii_case(word))
                || weekday_of(word).is_some()
                || weekday_abbreviation(word)
                || month_of(word).is_some()
        };
        let words = [
            "Posted",
            "UPDATED",
            "originally",
            "Tue",
            "THU",
            "thurs",
            "Sept",
            "sePtember",
            "Mon",
            "Monday",
            "Mond",
            "EST",
            "GMT",
            "Est",
            "news",
            "Marc",
            "Mayday",
            "ſept",
            "Dé",
            "",
            "Originallyoriginallyoriginally",
        ];
        for word in words {
            assert_eq!(header_word(word), by_tables(word), "{word}");
        }
        assert!(header_word("Sept") && header_word("wed") && !header_word("news"));
    }

    #[test]
    fn reads_publish_and_update_words_whole_in_any_case() {
        let cues: Vec<HeaderCue> =
            header_cues("Posted by X | UPDATED: 5 May, unpublished").collect();
        assert_eq!(cues, [HeaderCue::Publish, HeaderCue::Update]);
        assert_eq!(header_cues("Edited_by re-ƿosted").count(), 0);
        assert_eq!(header_cues("ſelf-poſted").next(), Some(HeaderCue::Publish));
    }

    #[test]
    fn finds_an_ascii_digit_anywhere_in_a_line() {
        for at in [0, 1, 63, 64, 65, 127, 128, 199] {
            let mut line = "x".repeat(200);
            line.replace_range(at..=at, "7");
            assert!(has_ascii_digit(&line), "{at}");
        }
        assert!(!has_ascii_digit(""));
        assert!(!has_ascii_digit(&"é ٣ x".repeat(40)));
    }

    #[test]
    fn folds_bodies_as_the_general_fold() {
        for body in [
            "",
            "The WAR in “Ukraine” – Ünïcode, ÉTÉ",
            "Ka\u{17F}hmir \u{212A}ELVIN ſeized",
        ] {
            let mut general = String::new();
            push_folded_to_ascii_case(&mut general, body);
            assert_eq!(fold_body(body), general, "{body}");
        }
        assert_eq!(fold_body("ſTORM É"), "storm É");
    }

    #[test]
    fn trigger_words_are_whole_folded_runs() {
        let words = folded_words("The 9/11 ATTACKS, the Al-Sham ſtrike; Kelvin");
        for w in [
            "the", "9", "11", "attacks", "al", "sham", "strike", "kelvin",
        ] {
            assert!(words.contains(&Cow::Borrowed(w)), "{w}");
        }
        assert_eq!(words.len(), 8);
        // The second text names words again once all of their first letter
        // and length are found ("the", "of"), and others of the same first
        // letter and length after them.
        for text in [
            "The 9/11 ATTACKS on the Taliban’s Ka\u{17F}hmir, ſeized Kabul; SREBRENICA, in Afghanistan",
            "OF the war of THE fall; the end of it in Iraq, in Iran, in the War, OF ALL; Tonga, Tonga's tsunami",
        ] {
            let all = folded_words(text);
            let kept = trigger_words_in(text).found;
            assert!(kept.contains(&true));
            for (word, &id) in TRIGGER_WORDS.ids.iter() {
                assert_eq!(kept[id], all.contains(&Cow::Borrowed(*word)), "{word}");
            }
        }
    }
}
