//! Stage 4: dates. Consumes sentences and the publication date. Produces one
//! [`Timex`] per temporal expression, resolved against that date (TIMEX3 values:
//! `2013-02-19`, `2013-W09`, `2013-01`, `2011`). Also infers the publication
//! date when none is given.
//!
//! First version: weekdays (the most recent such day not after publication),
//! month names with a day, years, and "last/this/next week|month|year".

use std::sync::LazyLock;

use regex::Regex;

use crate::analysis::{PublishedSource, TimexType};
use crate::calendar::Date;
use crate::input::Article;
use crate::sentences::Sentence;
use crate::span::ByteSpan;

/// A temporal expression and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// Where it is.
    pub span: ByteSpan,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 type.
    pub kind: TimexType,
}

/// The publication date and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Publication {
    /// The date, when known.
    pub value: Option<Date>,
    /// Its source.
    pub source: PublishedSource,
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Month name with a day and an optional year: "December 14", "Dec. 9, 2024".
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+([0-9]{1,2})\b(?:,?\s+([0-9]{4})\b)?")
        .expect("MONTH_DAY compiles")
});
/// A weekday, with an optional part of the day kept in the span.
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?")
        .expect("WEEKDAY compiles")
});
/// "last week", "this month", "next year".
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(last|this|next)\s+(week|month|year)\b").expect("RELATIVE compiles")
});
/// A four-digit year from 1900 to 2099.
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:19|20)[0-9]{2}\b").expect("YEAR compiles"));

/// The publication date: given with the article, else the latest full date in
/// the text, else the file's date, else unknown.
pub fn publication(article: &Article, sentences: &[Sentence]) -> Publication {
    if article.published_source == PublishedSource::Given {
        return Publication {
            value: article.published,
            source: PublishedSource::Given,
        };
    }
    let text = article.text.as_str();
    let latest = sentences
        .iter()
        .flat_map(|s| MONTH_DAY.captures_iter(s.span.text(text)))
        .filter_map(|c| {
            let year = c.get(3)?.as_str().parse().ok()?;
            Date::new(year, month_number(&c[1])?, c[2].parse().ok()?)
        })
        .max();
    match (latest, article.published) {
        (Some(date), _) => Publication {
            value: Some(date),
            source: PublishedSource::Text,
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

/// Finds and resolves the temporal expressions of the sentences.
pub fn find(text: &str, sentences: &[Sentence], published: Option<Date>) -> Vec<Timex> {
    let mut found: Vec<Timex> = Vec::new();
    for sentence in sentences {
        let body = sentence.span.text(text);
        let at = |start: usize, end: usize| ByteSpan::new(start, end).shift(sentence.span.start);
        let mut local: Vec<Timex> = Vec::new();
        for c in MONTH_DAY.captures_iter(body) {
            let m = c.get(0).expect("whole match");
            let year = c
                .get(3)
                .and_then(|y| y.as_str().parse().ok())
                .or(published.map(|p| p.year));
            let date = year.and_then(|y| Date::new(y, month_number(&c[1])?, c[2].parse().ok()?));
            if let Some(date) = date {
                local.push(Timex {
                    span: at(m.start(), m.end()),
                    value: date.to_string(),
                    kind: TimexType::Date,
                });
            }
        }
        if let Some(published) = published {
            for c in WEEKDAY.captures_iter(body) {
                let m = c.get(0).expect("whole match");
                let wanted = weekday_number(&c[1]);
                let back = (published.weekday() + 7 - wanted) % 7;
                let date = published.add_days(-i64::from(back));
                let end = if m.as_str().contains("'s") {
                    m.start() + c[1].len() + 2
                } else {
                    m.end()
                };
                local.push(Timex {
                    span: at(m.start(), end),
                    value: date.to_string(),
                    kind: TimexType::Date,
                });
            }
            for c in RELATIVE.captures_iter(body) {
                let m = c.get(0).expect("whole match");
                let step = match c[1].to_lowercase().as_str() {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                let value = match c[2].to_lowercase().as_str() {
                    "week" => {
                        let (y, w) = published.add_days(7 * step).iso_week();
                        format!("{y:04}-W{w:02}")
                    }
                    "month" => {
                        let d = published.add_months(step as i32);
                        format!("{:04}-{:02}", d.year, d.month)
                    }
                    _ => format!("{:04}", published.year + step as i32),
                };
                local.push(Timex {
                    span: at(m.start(), m.end()),
                    value,
                    kind: TimexType::Date,
                });
            }
        }
        for m in YEAR.find_iter(body) {
            let span = at(m.start(), m.end());
            if !local.iter().any(|t| t.span.overlaps(span)) {
                local.push(Timex {
                    span,
                    value: m.as_str().to_string(),
                    kind: TimexType::Date,
                });
            }
        }
        local.sort_by_key(|t| t.span);
        found.extend(local);
    }
    found
}

fn month_number(name: &str) -> Option<u32> {
    let key = name.get(..3)?.to_lowercase();
    MONTHS.iter().position(|m| *m == key).map(|i| i as u32 + 1)
}

fn weekday_number(name: &str) -> u32 {
    crate::calendar::WEEKDAYS
        .iter()
        .position(|d| *d == name)
        .unwrap_or(0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, published: &str) -> Vec<(String, String)> {
        let sentences = [Sentence {
            span: ByteSpan::new(0, text.len()),
            line: 0,
        }];
        find(text, &sentences, published.parse().ok())
            .into_iter()
            .map(|t| (t.span.text(text).to_string(), t.value))
            .collect()
    }

    #[test]
    fn resolves_weekdays_to_the_most_recent_one() {
        assert_eq!(
            values("They left on Tuesday.", "2013-02-19"),
            vec![("Tuesday".into(), "2013-02-19".into())]
        );
        assert_eq!(
            values("Talks began on Sunday.", "2024-12-13"),
            vec![("Sunday".into(), "2024-12-08".into())]
        );
    }

    #[test]
    fn resolves_month_days_weeks_and_years() {
        assert_eq!(
            values(
                "It docked on May 26 and again last month, after a deal in 2017; talks next week.",
                "2012-06-18"
            ),
            vec![
                ("May 26".into(), "2012-05-26".into()),
                ("last month".into(), "2012-05".into()),
                ("2017".into(), "2017".into()),
                ("next week".into(), "2012-W26".into())
            ]
        );
        assert_eq!(
            values("Images taken Dec. 9 showed ships.", "2024-12-14")[0].1,
            "2024-12-09"
        );
    }
}
