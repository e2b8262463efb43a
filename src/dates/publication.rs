//! The publication date when none is given, from the strongest clue to the
//! weakest: a dateline or byline ("MOSCOW, Jan. 21 (UPI) -", "Published 14
//! December 2024"); else the latest full date the text reports; else the latest
//! dated world event it mentions (`data/world_events.tsv`). The day found is then
//! moved forward to the latest weekday the report names within the week after it
//! ("talks began on Sunday … on Thursday"), since a report is written after the
//! days it tells of. Last come the file's date and `none`.

use std::collections::HashSet;
use std::sync::{LazyLock, OnceLock};

use regex::Regex;

use super::grammar::{scan, Found, Rule};
use super::resolve::{month_of, weekday_of, Tense};
use super::{Publication, ScannedSentence};
use crate::analysis::PublishedSource;
use crate::calendar::Date;
use crate::data::WORLD_EVENTS;
use crate::input::Article;
use crate::pattern::{line_runs, Pattern};
use crate::sentences::Sentence;

/// How many bytes from the start of the text a dateline may sit in.
const DATELINE_REACH: usize = 1500;

/// "Published 14 December 2024", "Updated: Dec. 14, 2024", "Posted on …".
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?P<word>first\s+published|published|last\s+updated|updated|posted)\b\s*(?:on\b|at\b|:)?\s*")
        .expect("BYLINE compiles")
});

/// A dateline's place and agency: "MOSCOW, " or "(UPI) -" around the date.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[A-Z][A-Z .'-]{2,}(?:,\s*[A-Za-z .]+)?\s*(?:,|\x{2014}|\x{2013}|-)\s")
        .expect("DATELINE compiles")
});

/// "two years of conflict": a count of years of a lasting war or crisis.
static YEARS_OF: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?P<almost>almost|nearly|more\s+than|over)?\s*(?P<n>two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})\s+years\s+of\s+(?:war|conflict|fighting|civil\s+war|unrest|crisis|violence)\b")
        .expect("YEARS_OF compiles")
});

/// The publication date of `article`: given, else inferred from its text.
pub fn publication(article: &Article, scanned: &[ScannedSentence<'_>]) -> Publication {
    if matches!(
        article.published_source,
        PublishedSource::Given | PublishedSource::Metadata
    ) {
        return Publication {
            value: article.published,
            source: article.published_source,
        };
    }
    let text = article.text.as_str();
    let inferred = dateline(text)
        .map(|d| (d, PublishedSource::Dateline))
        .or_else(|| from_text(text, scanned));
    match (inferred, article.published) {
        (Some((date, source)), _) => Publication {
            value: Some(date),
            source,
        },
        (None, Some(date)) => Publication {
            value: Some(date),
            source: article.published_source,
        },
        (None, None) => Publication {
            value: None,
            source: PublishedSource::None,
        },
    }
}

/// A full date (day, month and year) in `found`.
fn full_date(found: &Found<'_>) -> Option<Date> {
    let c = &found.captures;
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
    let c = &found.captures;
    match found.rule {
        Rule::MonthDay | Rule::DayMonth if c.name("y").is_none() => Some((
            month_of(c.name("month")?.as_str())?,
            c.name("day")?.as_str().parse().ok()?,
        )),
        _ => None,
    }
}

/// The date of a byline ("Published …") or of a dateline that opens a line
/// near the top ("MOSCOW, Jan. 21 (UPI) -"); a dateline without a year takes the
/// year of the other clues.
fn dateline(text: &str) -> Option<Date> {
    let mut top_end = DATELINE_REACH.min(text.len());
    while !text.is_char_boundary(top_end) {
        top_end -= 1;
    }
    let top = text.get(..top_end)?;
    let mut updated = None;
    for byline in BYLINE.captures_iter(top) {
        let rest = top.get(byline.get(0)?.end()..)?;
        let line = rest.lines().next().unwrap_or("");
        let Some(date) = scan(line).iter().take(2).find_map(full_date) else {
            continue;
        };
        if byline["word"].to_ascii_lowercase().contains("updated") {
            updated = updated.or(Some(date));
        } else {
            return Some(date);
        }
    }
    if updated.is_some() {
        return updated;
    }
    for line in top.lines().filter(|l| !l.trim().is_empty()).take(8) {
        let head = line.get(..line.len().min(80)).unwrap_or(line);
        let opens = DATELINE.is_match(head)
            || head.contains("(UPI)")
            || head.contains("(AP)")
            || head.contains("(Reuters)");
        let found = scan(head);
        if let Some(first) = found.first() {
            // A line that is little more than a date ("Sat 14 Dec 2024 10.32 GMT").
            let lone = first.start < 12 && line.trim().len() < 60;
            if let Some(date) = full_date(first).filter(|_| opens || lone) {
                return Some(date);
            }
            if let (true, Some((month, day))) = (opens, month_and_day(first)) {
                let year = from_text(text, &[])
                    .map(|(d, _)| d.year)
                    .or_else(|| latest_year(text))?;
                return Date::new(year, month, day);
            }
        }
    }
    None
}

/// The latest year from 1900 to 2099 written in the text: the last resort for
/// the year of a dateline that gives only the day.
fn latest_year(text: &str) -> Option<i32> {
    scan(text)
        .iter()
        .filter(|f| f.rule == Rule::Year)
        .filter_map(|f| f.captures.name("y")?.as_str().parse().ok())
        .filter(|y| (1900..2100).contains(y))
        .max()
}

/// The publication date from the body: the latest full date reported in a
/// sentence that is not about the future, else the latest world event mentioned
/// (with the days and months named near it), then moved to the latest weekday
/// the report names in the week that follows.
fn from_text(text: &str, scanned: &[ScannedSentence<'_>]) -> Option<(Date, PublishedSource)> {
    // A text with no sentence (all of it boilerplate) is read as one.
    let whole;
    let scanned = if scanned.is_empty() {
        whole = super::scan(
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
    let mut full: Option<Date> = None;
    let mut month_days: Vec<(u32, u32)> = Vec::new();
    let mut weekdays: Vec<u32> = Vec::new();
    for sentence in scanned {
        let future = sentence.cues.iter().any(|c| c.2 == Tense::Future);
        if future {
            continue;
        }
        for found in &sentence.found {
            if let Some(date) = full_date(found) {
                full = full.max(Some(date));
            } else if let Some(month_day) = month_and_day(found) {
                month_days.push(month_day);
            } else if found.rule == Rule::Weekday && found.captures.name("dir").is_none() {
                weekdays.extend(weekday_of(&found.captures["wd"]));
            }
        }
    }
    let known = known_event(text);
    let (anchor, source) = match (full, known) {
        (Some(f), Some(k)) if k > f => (k, PublishedSource::Knowledge),
        (Some(f), _) => (f, PublishedSource::Text),
        (None, Some(k)) => (k, PublishedSource::Knowledge),
        (None, None) => return None,
    };
    let mut latest = anchor;
    if source == PublishedSource::Knowledge {
        for &(month, day) in &month_days {
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
    }
    let named_after = (0..7)
        .map(|n| latest.add_days(n))
        .filter(|d| weekdays.contains(&(d.weekday() + 1)))
        .max();
    Some((named_after.unwrap_or(latest), source))
}

/// The latest dated world event the text mentions; for a lasting war or crisis
/// ("two years of conflict"), the day that many years after its start.
/// Searched in runs of lines, so that the slow Unicode form of a pattern runs
/// only on the lines with a non-ASCII letter, not on the whole text around one.
fn known_event(text: &str) -> Option<Date> {
    let bodies = line_runs(text);
    let years_of = bodies
        .iter()
        .find_map(|&(body, unicode)| YEARS_OF.for_words(unicode).captures(body))
        .and_then(|c| {
            let n = match c["n"].to_ascii_lowercase().as_str() {
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "six" => 6,
                "seven" => 7,
                "eight" => 8,
                "nine" => 9,
                "ten" => 10,
                digits => digits.parse().ok()?,
            };
            let almost = c
                .name("almost")
                .is_some_and(|a| a.as_str().to_ascii_lowercase().starts_with(['a', 'n']));
            Some((n, almost))
        });
    let words = folded_words(text);
    let mentioned = |triggers: &[Trigger]| {
        triggers.iter().any(|t| {
            t.words.iter().all(|w| words.contains(w.as_str()))
                && bodies
                    .iter()
                    .any(|&(body, unicode)| t.pattern().for_words(unicode).is_match(body))
        })
    };
    WORLD_EVENTS
        .iter()
        .zip(TRIGGERS.iter())
        .filter(|(_, triggers)| mentioned(triggers))
        .map(|(event, _)| event)
        .filter_map(|event| {
            let start: Date = event.date.parse().ok()?;
            Some(match (event.lasting, years_of) {
                (true, Some((n, almost))) => start.add_months(12 * n - i32::from(almost)),
                _ => start,
            })
        })
        .max()
}

/// One trigger phrase of a world event: the words a text must hold for it to
/// match, and its pattern, compiled the first time a text holds them. Most
/// triggers never run, and compiling all of them was half the regex work of
/// a page's first analysis.
struct Trigger {
    phrase: &'static str,
    words: Vec<String>,
    pattern: OnceLock<Pattern>,
}

impl Trigger {
    fn pattern(&self) -> &Pattern {
        self.pattern.get_or_init(|| trigger_pattern(self.phrase))
    }
}

/// The triggers of each world event, in the table's order.
static TRIGGERS: LazyLock<Vec<Vec<Trigger>>> = LazyLock::new(|| {
    WORLD_EVENTS
        .iter()
        .map(|event| {
            event
                .triggers
                .iter()
                .map(|&phrase| Trigger {
                    phrase,
                    words: folded_words(phrase).into_iter().collect(),
                    pattern: OnceLock::new(),
                })
                .collect()
        })
        .collect()
});

/// The runs of letters and digits of `text`, folded the way a case-insensitive
/// regex compares them (so "ſ" is "s"): every run of a trigger's literal words
/// is one of these in a text where the trigger matches.
fn folded_words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('ſ', "s"))
        .collect()
}

/// The regex of one trigger phrase: words in order, `~` for up to four words.
fn trigger_pattern(trigger: &str) -> Pattern {
    let words: Vec<String> = trigger
        .split_whitespace()
        .map(|w| {
            if w == "~" {
                r"(?:\S+\s+){0,4}?".to_string()
            } else {
                format!(r"{}\s+", regex::escape(w))
            }
        })
        .collect();
    let body = words.concat();
    let body = body.strip_suffix(r"\s+").unwrap_or(&body);
    Pattern::new(&format!(r"(?i)\b{body}\b"))
        .unwrap_or_else(|_| Pattern::new("$^").expect("empty pattern compiles"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_patterns_compile_as_written() {
        let all = TRIGGERS
            .iter()
            .flatten()
            .map(|t| t.pattern())
            .chain([&*YEARS_OF]);
        for pattern in all {
            let written = regex::Regex::new(pattern.as_str());
            assert!(written.is_ok(), "{} compiles", pattern.as_str());
        }
    }

    #[test]
    fn trigger_words_are_whole_folded_runs() {
        let words = folded_words("The 9/11 ATTACKS, the Al-Sham ſtrike; Kelvin");
        for w in [
            "the", "9", "11", "attacks", "al", "sham", "strike", "kelvin",
        ] {
            assert!(words.contains(w), "{w}");
        }
        assert_eq!(words.len(), 8);
    }
}
