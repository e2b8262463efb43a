//! Word lists and gazetteers: files under `src/data/`, embedded at build time and
//! parsed once on first use. Each file names its source and licence in its header.
//!
//! Format: UTF-8, one entry per line, fields separated by tabs, `#` starts a
//! comment line, blank lines are skipped.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Abbreviations after which a full stop does not end a sentence.
pub static ABBREVIATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lines(include_str!("data/abbreviations.txt")).collect());

/// Calendar words of `data/calendar_names.tsv`: (kind, name, value), e.g.
/// ("month", "Sept", "9"), ("season", "fall", "FA").
pub static CALENDAR_NAMES: LazyLock<Vec<(&'static str, &'static str, &'static str)>> =
    LazyLock::new(|| triples(include_str!("data/calendar_names.tsv")));

/// Number words of `data/number_words.tsv`: (word, value), `None` for an unstated number.
pub static NUMBER_WORDS: LazyLock<Vec<(&'static str, Option<u32>)>> = LazyLock::new(|| {
    rows(include_str!("data/number_words.tsv"))
        .filter_map(|r| Some((*r.first()?, r.get(1)?.parse().ok())))
        .collect()
});

/// Vague references of `data/vague_references.tsv`: (phrase, `PAST_REF` | `PRESENT_REF` | `FUTURE_REF`).
pub static VAGUE_REFERENCES: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| pairs(include_str!("data/vague_references.tsv")));

/// Tense cues of `data/tense_cues.tsv`: (`past` | `future`, word or phrase).
pub static TENSE_CUES: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| pairs(include_str!("data/tense_cues.tsv")));

/// Holidays of `data/holidays.tsv`: (name, day rule `MM-DD` or `N-W-MM`).
pub static HOLIDAYS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| pairs(include_str!("data/holidays.tsv")));

/// One dated world event of `data/world_events.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorldEvent {
    /// `YYYY-MM-DD`.
    pub date: &'static str,
    /// True for the start of a lasting war or crisis, false for a one-day event.
    pub lasting: bool,
    /// What happened.
    pub name: &'static str,
    /// Phrases that mention it; `~` stands for up to four words.
    pub triggers: Vec<&'static str>,
}

/// The knowledge base of dated world events used to guess a publication date.
pub static WORLD_EVENTS: LazyLock<Vec<WorldEvent>> = LazyLock::new(|| {
    rows(include_str!("data/world_events.tsv"))
        .filter_map(|r| {
            Some(WorldEvent {
                date: r.first()?,
                lasting: *r.get(1)? == "start",
                name: r.get(2)?,
                triggers: r.get(3)?.split('|').map(str::trim).collect(),
            })
        })
        .collect()
});

fn pairs(file: &'static str) -> Vec<(&'static str, &'static str)> {
    rows(file)
        .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
        .collect()
}

fn triples(file: &'static str) -> Vec<(&'static str, &'static str, &'static str)> {
    rows(file)
        .filter_map(|r| Some((*r.first()?, *r.get(1)?, *r.get(2)?)))
        .collect()
}

/// The entry lines of a data file: comments and blank lines skipped, trimmed.
pub fn lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// The entry lines of a tab-separated data file, split into fields.
pub fn rows(file: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    lines(file).map(|l| l.split('\t').map(str::trim).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviation_list_is_clean() {
        let all: Vec<_> = lines(include_str!("data/abbreviations.txt")).collect();
        assert!(all.len() > 20);
        assert_eq!(all.len(), ABBREVIATIONS.len(), "no duplicates");
        assert!(all.iter().all(|a| !a.ends_with('.') && !a.contains(' ')));
    }

    fn assert_unique<T: std::hash::Hash + Eq + std::fmt::Debug>(name: &str, keys: Vec<T>) {
        let mut seen = HashSet::new();
        for key in keys {
            assert!(seen.insert(key), "duplicate entry in {name}");
        }
    }

    #[test]
    fn calendar_names_are_clean() {
        let file = include_str!("data/calendar_names.tsv");
        assert_eq!(
            rows(file).count(),
            CALENDAR_NAMES.len(),
            "three fields a row"
        );
        let count = |kind: &str| CALENDAR_NAMES.iter().filter(|r| r.0 == kind).count();
        assert_eq!((count("season"), count("daypart")), (5, 4));
        assert!(count("month") >= 12 && count("weekday") >= 7);
        for &(kind, name, value) in CALENDAR_NAMES.iter() {
            let number: Option<u32> = value.parse().ok();
            let fits = match kind {
                "month" => number.is_some_and(|n| (1..=12).contains(&n)),
                "weekday" => number.is_some_and(|n| (1..=7).contains(&n)),
                "season" | "daypart" => value.len() == 2,
                _ => false,
            };
            assert!(fits && !name.is_empty(), "{kind} {name} {value}");
        }
        assert_unique(
            "calendar_names.tsv",
            CALENDAR_NAMES.iter().map(|r| (r.0, r.1)).collect(),
        );
    }

    #[test]
    fn word_lists_are_clean() {
        assert_eq!(
            rows(include_str!("data/number_words.tsv")).count(),
            NUMBER_WORDS.len()
        );
        assert_unique(
            "number_words.tsv",
            NUMBER_WORDS.iter().map(|r| r.0).collect(),
        );
        assert_eq!(
            rows(include_str!("data/vague_references.tsv")).count(),
            VAGUE_REFERENCES.len()
        );
        assert!(VAGUE_REFERENCES
            .iter()
            .all(|(_, v)| ["PAST_REF", "PRESENT_REF", "FUTURE_REF"].contains(v)));
        assert_unique(
            "vague_references.tsv",
            VAGUE_REFERENCES.iter().map(|r| r.0).collect(),
        );
        assert!(TENSE_CUES
            .iter()
            .all(|(t, w)| ["past", "future"].contains(t) && !w.is_empty()));
        assert_unique("tense_cues.tsv", TENSE_CUES.iter().map(|r| r.1).collect());
    }

    #[test]
    fn holidays_are_clean() {
        assert_eq!(
            rows(include_str!("data/holidays.tsv")).count(),
            HOLIDAYS.len()
        );
        for (name, rule) in HOLIDAYS.iter() {
            let parts: Vec<u32> = rule.split('-').filter_map(|p| p.parse().ok()).collect();
            let fits = match parts.as_slice() {
                [month, day] => (1..=12).contains(month) && (1..=31).contains(day),
                [n, weekday, month] => {
                    (1..=5).contains(n) && (1..=7).contains(weekday) && (1..=12).contains(month)
                }
                _ => false,
            };
            assert!(fits, "{name} {rule}");
        }
        assert_unique("holidays.tsv", HOLIDAYS.iter().map(|r| r.0).collect());
    }

    #[test]
    fn world_events_are_clean() {
        assert_eq!(
            rows(include_str!("data/world_events.tsv")).count(),
            WORLD_EVENTS.len()
        );
        let mut previous = "";
        for event in WORLD_EVENTS.iter() {
            let digits = event.date.bytes().filter(u8::is_ascii_digit).count();
            assert!(event.date.len() == 10 && digits == 8, "{}", event.name);
            assert!(event.date >= previous, "sorted by date: {}", event.name);
            assert!(event.triggers.iter().all(|t| t.len() > 3), "{}", event.name);
            previous = event.date;
        }
        assert_unique(
            "world_events.tsv",
            WORLD_EVENTS.iter().map(|e| e.name).collect(),
        );
    }
}
