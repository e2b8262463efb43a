//! The patterns of temporal expressions, one regex per [`Rule`], and the choice
//! of non-overlapping matches in a sentence (leftmost, then longest, then the
//! earlier rule).
//!
//! Patterns are written with placeholders (`{MONTH}`, `{NUM}`, …) filled from
//! the word lists in `data/`, and use ASCII classes to keep the wasm small.

use std::sync::{LazyLock, OnceLock};

use super::rules::{
    clock, day, duration, era, holiday, month, numeric, relative, season, set, units, vague,
    TokenRule,
};
use crate::data::{CALENDAR_NAMES, HOLIDAYS, TEMPORAL_NUMBERS, VAGUE_REFERENCES};
use crate::pattern::{fold_case, needs_unicode_words, Pattern};
use crate::text::tokens::Tokens;

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

/// What every match of a rule's pattern contains, so a sentence without it
/// need not be searched (nor the pattern compiled): most sentences lack most
/// of these.
#[derive(Debug, Clone, Copy)]
enum Needs {
    /// An ASCII digit.
    Digit,
    /// Four ASCII digits in a row (a year).
    FourDigits,
    /// This byte, as written.
    Byte(u8),
    /// One of these words, in any case.
    Word(&'static [&'static str]),
    /// Every one of these.
    All(&'static [Needs]),
}

/// [`Needs`] made concrete, its words by their place in [`Grammar::words`].
enum Gate {
    Digit,
    FourDigits,
    Byte(u8),
    Words(Vec<usize>),
    All(Vec<Gate>),
}

impl Gate {
    /// The gate of `needs`, its words added to `vocabulary`.
    fn of(needs: Needs, vocabulary: &mut Vocabulary) -> Gate {
        let mut words =
            |list: Vec<String>| Gate::Words(list.into_iter().map(|w| vocabulary.id(w)).collect());
        let folded = |list: &[&str]| list.iter().map(|w| fold_case(w)).collect::<Vec<_>>();
        match needs {
            Needs::Digit => Gate::Digit,
            Needs::FourDigits => Gate::FourDigits,
            Needs::Byte(b) => Gate::Byte(b),
            Needs::Word(list) => words(folded(list)),
            Needs::All(list) => Gate::All(list.iter().map(|&n| Gate::of(n, vocabulary)).collect()),
        }
    }

    /// Whether a sentence with these facts may match.
    fn admits(&self, facts: &Facts<'_>) -> bool {
        match self {
            Gate::Digit => facts.digit,
            Gate::FourDigits => facts.four_digits,
            Gate::Byte(b) => facts.sentence.as_bytes().contains(b),
            Gate::Words(ids) => ids.iter().any(|&id| facts.holds[id]),
            Gate::All(gates) => gates.iter().all(|g| g.admits(facts)),
        }
    }
}

/// What the gates ask of one sentence.
struct Facts<'s> {
    sentence: &'s str,
    digit: bool,
    four_digits: bool,
    /// By word of the vocabulary: whether the folded sentence holds it.
    holds: Vec<bool>,
}

impl<'s> Facts<'s> {
    /// The facts of `sentence`: every word of the vocabulary found in one pass
    /// over its folded text, trying at each byte only the words that start
    /// with it.
    fn of(sentence: &'s str, vocabulary: &Vocabulary) -> Facts<'s> {
        let mut run = 0;
        let mut longest = 0;
        for b in sentence.bytes() {
            run = if b.is_ascii_digit() { run + 1 } else { 0 };
            longest = longest.max(run);
        }
        let lower = fold_case(sentence);
        let lower = lower.as_bytes();
        let mut holds = vec![false; vocabulary.words.len()];
        for (i, &b) in lower.iter().enumerate() {
            let rest = &lower[i..];
            // Most places start no word: their first two bytes say so at once.
            if rest.len() > 1 && !vocabulary.may_start(b, rest[1]) {
                continue;
            }
            for &id in &vocabulary.by_first_byte[usize::from(b)] {
                // A byte loop: the words are short, and most differ by their
                // second byte, where a call to compare memory costs more.
                let word = vocabulary.words[id].as_bytes();
                if !holds[id]
                    && word.len() <= rest.len()
                    && word.iter().zip(rest).all(|(w, r)| w == r)
                {
                    holds[id] = true;
                }
            }
        }
        Facts {
            sentence,
            digit: longest > 0,
            four_digits: longest >= 4,
            holds,
        }
    }
}

/// The words the gates look for, folded, once each, and their places by
/// first byte.
#[derive(Default)]
struct Vocabulary {
    words: Vec<String>,
    by_first_byte: Vec<Vec<usize>>,
    /// By first byte, a bit for each second byte some word has after it
    /// (every bit for a word of one byte).
    second_bytes: Vec<[u64; 4]>,
}

impl Vocabulary {
    /// Whether some word starts with `first` then `second`.
    fn may_start(&self, first: u8, second: u8) -> bool {
        self.second_bytes
            .get(usize::from(first))
            .is_some_and(|bits| bits[usize::from(second / 64)] & (1 << (second % 64)) != 0)
    }

    /// The place of `word`, added if new.
    fn id(&mut self, word: String) -> usize {
        if let Some(i) = self.words.iter().position(|v| *v == word) {
            return i;
        }
        if self.by_first_byte.is_empty() {
            self.by_first_byte = vec![Vec::new(); 256];
            self.second_bytes = vec![[0; 4]; 256];
        }
        let first = word.bytes().next().map_or(0, usize::from);
        self.by_first_byte[first].push(self.words.len());
        match word.as_bytes().get(1) {
            Some(&second) => {
                self.second_bytes[first][usize::from(second / 64)] |= 1 << (second % 64);
            }
            None => self.second_bytes[first] = [u64::MAX; 4],
        }
        self.words.push(word);
        self.words.len() - 1
    }
}

/// One rule of the grammar as the table gives it: a pattern with what its
/// matches need, or a rule matched over tokens.
enum Row {
    Pattern(Rule, Needs, &'static str),
    Tokens(&'static TokenRule),
}

/// How a rule of the grammar is matched.
enum Matcher {
    /// By a pattern, compiled on first need, searched only in sentences its
    /// gate admits.
    Pattern {
        gate: Gate,
        source: &'static str,
        pattern: OnceLock<Pattern>,
    },
    /// Over the sentence's tokens.
    Tokens(&'static TokenRule),
}

/// One rule of the grammar.
struct Entry {
    rule: Rule,
    matcher: Matcher,
}

impl Entry {
    /// The rule's pattern, if it has one.
    fn pattern(&self) -> Option<&Pattern> {
        match &self.matcher {
            Matcher::Pattern {
                source, pattern, ..
            } => Some(pattern.get_or_init(|| compile(&format!("{:?}", self.rule), source))),
            Matcher::Tokens(_) => None,
        }
    }
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

/// The slots of a regex match: every group that took part, by its name.
pub(super) fn slots_of_captures<'h>(
    sentence: &'h str,
    regex: &'static regex::Regex,
    captures: &regex::Captures<'h>,
) -> Slots<'h> {
    let whole = captures.get(0).expect("group 0 always matches");
    let mut slots = Slots::new(sentence, whole.start(), whole.end());
    for (index, name) in regex.capture_names().enumerate() {
        if let (Some(name), Some(group)) = (name, captures.get(index)) {
            slots.fill(name, sentence, group.start(), group.end());
        }
    }
    slots
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

/// The matches of every rule in `sentence`, without overlaps, in text order.
pub fn scan(sentence: &str) -> Vec<Found<'_>> {
    let mut all: Vec<Found<'_>> = Vec::new();
    let unicode = needs_unicode_words(sentence);
    let facts = Facts::of(sentence, &RULES.words);
    let tokens = Tokens::of(sentence);
    let mut matches = Vec::new();
    for entry in RULES.iter() {
        matches.clear();
        match &entry.matcher {
            Matcher::Pattern { gate, .. } => {
                if !gate.admits(&facts) {
                    continue;
                }
                let pattern = entry.pattern().expect("a pattern rule has a pattern");
                let regex = pattern.for_words(unicode);
                matches.extend(
                    regex
                        .captures_iter(sentence)
                        .map(|captures| slots_of_captures(sentence, regex, &captures)),
                );
            }
            Matcher::Tokens(rule) => {
                if tokens.has_any(rule.trigger) {
                    (rule.find)(&tokens, &mut matches);
                }
            }
        }
        for slots in matches.drain(..) {
            let whole = slots.whole();
            let (start, end) = slots
                .name("t")
                .or_else(|| slots.name("t2"))
                .map_or((whole.start, whole.end), |t| (t.start, t.end));
            if end > start {
                all.push(Found {
                    rule: entry.rule,
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
    let mut chosen: Vec<Found<'_>> = Vec::new();
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

/// Calendar names of one kind, as a regex alternation, longest first; each name
/// also in upper case ("JAN"), and an abbreviation (a name with a longer one for
/// the same value) with its optional full stop ("Dec.").
fn names(kind: &str) -> String {
    let rows: Vec<_> = CALENDAR_NAMES.iter().filter(|r| r.0 == kind).collect();
    let mut names: Vec<(String, bool)> = rows
        .iter()
        .flat_map(|r| {
            let abbreviation = rows.iter().any(|o| o.2 == r.2 && o.1.len() > r.1.len());
            [
                (r.1.to_string(), abbreviation),
                (r.1.to_uppercase(), abbreviation),
            ]
        })
        .collect();
    crate::order::sort_by_key(&mut names, |n| std::cmp::Reverse(n.0.len()));
    names.dedup();
    names
        .iter()
        .map(|(n, abbreviation)| {
            let dot = if *abbreviation { r"\b\.?" } else { r"\b" };
            format!("{}{dot}", regex::escape(n))
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Number words as a regex alternation, with the compounds "twenty-four".
fn number_words() -> String {
    let mut words: Vec<&str> = TEMPORAL_NUMBERS.iter().map(|r| r.0).collect();
    crate::order::sort_by_key(&mut words, |w| std::cmp::Reverse(w.len()));
    let units = "one|two|three|four|five|six|seven|eight|nine";
    let tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    let plain = words
        .iter()
        .map(|w| regex::escape(w).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|");
    format!(r"[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?|(?:{tens})[-\s](?:{units})|{plain}")
}

/// Holiday names as a regex alternation, longest first.
fn holiday_names() -> String {
    let mut names: Vec<&str> = HOLIDAYS.iter().map(|r| r.0).collect();
    crate::order::sort_by_key(&mut names, |n| std::cmp::Reverse(n.len()));
    names
        .iter()
        .map(|n| regex::escape(n).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// Vague references as a regex alternation, longest first.
fn vague_phrases() -> String {
    let mut phrases: Vec<&str> = VAGUE_REFERENCES.iter().map(|r| r.0).collect();
    crate::order::sort_by_key(&mut phrases, |p| std::cmp::Reverse(p.len()));
    phrases
        .iter()
        .map(|p| regex::escape(p).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// What a placeholder is replaced with.
type Fill = fn() -> String;

/// Fills the placeholders of a pattern and compiles it.
pub(super) fn compile(name: &str, pattern: &str) -> Pattern {
    // Each value is built only for a pattern that names it: most name one or two.
    let placeholders: [(&str, Fill); 10] = [
        ("{MONTH}", || format!(r"\b(?:{})", names("month"))),
        ("{WEEKDAY}", || format!(r"\b(?:{})", names("weekday"))),
        ("{SEASON}", || format!("(?:{})", names("season"))),
        ("{DAYPART}", || format!("(?:{})", names("daypart"))),
        ("{NUM}", || format!("(?:{})", number_words())),
        ("{VAGUE}", vague_phrases),
        ("{HOLIDAY}", holiday_names),
        ("{YEAR}", || r"(?:1[0-9]{3}|20[0-9]{2})".to_string()),
        ("{UNIT}", || {
            r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|quarters?|nights?)"
                .to_string()
        }),
        ("{ORD}", || {
            r"(?:first|second|third|fourth|1st|2nd|3rd|4th)".to_string()
        }),
    ];
    let mut filled = pattern.to_string();
    for (placeholder, value) in placeholders {
        if filled.contains(placeholder) {
            filled = filled.replace(placeholder, &value());
        }
    }
    Pattern::new(&filled).unwrap_or_else(|e| panic!("pattern {name} compiles: {e}"))
}

/// Every rule with its pattern, in priority order for equal spans.
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

/// The rules, and the words their gates look for.
struct Grammar {
    entries: Vec<Entry>,
    words: Vocabulary,
}

impl std::ops::Deref for Grammar {
    type Target = [Entry];

    fn deref(&self) -> &[Entry] {
        &self.entries
    }
}

static RULES: LazyLock<Grammar> = LazyLock::new(|| {
    let table: &[Row] = &[
        Row::Tokens(&numeric::ISO_DATE),
        Row::Tokens(&numeric::SLASH_DATE),
        Row::Tokens(&month::MONTH_DAY),
        Row::Tokens(&month::DAY_MONTH),
        Row::Tokens(&month::MONTH_YEAR),
        Row::Tokens(&clock::CLOCK),
        Row::Tokens(&holiday::HOLIDAY),
        Row::Tokens(&month::MONTH_PART),
        Row::Tokens(&month::RELATIVE_MONTH),
        Row::Tokens(&month::MONTH_RULE),
        Row::Pattern(
            Rule::Quarter,
            Needs::Word(&["quarter"]),
            r"(?ix)\b (?: (?:the|this\s+year's|last\s+year's|next\s+year's|its|a) \s+ )? (?: (?:fiscal|calendar) [-\s]+ )?
               (?P<yearago> (?:year-(?:ago|earlier)|prior-year|previous-year) [-\s]+ )?
               (?P<ord>{ORD}) [-\s] (?:fiscal[-\s]+)? quarters? \b
               (?: \s+ (?:of|in|for) \s+ (?:fiscal\s+)? (?P<y>{YEAR}) \b | \s+ (?:of\s+)? (?P<rel>this|last|next) \s+ year \b )?",
        ),
        Row::Pattern(
            Rule::Quarter,
            Needs::All(&[Needs::Digit, Needs::Byte(b'Q')]),
            r"\b(?:[Ff]iscal\s+)?Q(?P<ord>[1-4])(?:\s+(?P<y>{YEAR}))?\b",
        ),
        Row::Pattern(
            Rule::Quarter,
            Needs::All(&[Needs::FourDigits, Needs::Word(&["quarter", "period"])]),
            r"(?ix)\b (?:the\s+)? (?:fiscal\s+)? (?P<y>{YEAR}) \s+ (?: (?P<ord>{ORD}) [-\s] )? (?:fiscal\s+)? (?:quarter|period) \b",
        ),
        Row::Pattern(
            Rule::RelativeQuarter,
            Needs::Word(&["quarter", "period"]),
            r"(?ix)\b (?:the\s+)? (?P<mod>latest|most\s+recent|just-ended|just\s+ended|recently\s+ended|past|previous|prior|current|present|next|coming|this|last|same)?
               \s* (?:fiscal\s+)? (?P<unit>quarter|period) \b",
        ),
        Row::Pattern(
            Rule::YearAgoQuarter,
            Needs::All(&[
                Needs::Word(&["year"]),
                Needs::Word(&["ago", "earlier", "before", "prior", "previous"]),
            ]),
            r"(?ix)\b (?:the\s+)? (?:comparable\s+|same\s+)? (?:year-ago|year-earlier|year\s+ago|year-before|prior-year|previous-year)
               (?: \s+ (?:{ORD}\s+)? (?P<unit>quarter|period) )? \b",
        ),
        Row::Pattern(
            Rule::YearAgoQuarter,
            Needs::All(&[
                Needs::Word(&["year"]),
                Needs::Word(&["quarter", "period"]),
                Needs::Word(&["ago", "earlier"]),
            ]),
            r"(?ix)\b (?:the\s+)? (?P<unit>quarter|period) \s+ a \s+ year \s+ (?:ago|earlier) \b",
        ),
        Row::Pattern(
            Rule::Half,
            Needs::Word(&["half"]),
            r"(?ix)\b (?:the\s+)? (?P<ord>first|second|last|latter) [-\s] half \b
               (?: \s+ of \s+ (?: (?P<y>{YEAR}) \b | (?P<rel>this|last|next) \s+ year \b | the \s+ year \b ) )?",
        ),
        Row::Tokens(&season::SEASON_RULE),
        Row::Tokens(&era::DECADE),
        Row::Tokens(&era::CENTURY),
        Row::Tokens(&numeric::YEAR_PART),
        Row::Tokens(&numeric::YEAR),
        Row::Tokens(&era::WORD_YEAR),
        Row::Tokens(&day::DAY_WORD),
        Row::Tokens(&day::PART_OF_TODAY),
        Row::Tokens(&day::WEEKDAY_RULE),
        Row::Tokens(&relative::RELATIVE_UNIT),
        Row::Tokens(&units::WEEKEND),
        Row::Tokens(&units::YEAR_ENDED),
        Row::Tokens(&units::WHOLE_YEAR),
        Row::Tokens(&units::PART_OF_UNIT),
        Row::Tokens(&relative::AGO),
        Row::Tokens(&relative::VAGUE_AGO),
        Row::Tokens(&relative::OFFSET),
        Row::Tokens(&relative::SAME_DAY),
        Row::Tokens(&vague::VAGUE),
        Row::Tokens(&set::EVERY),
        Row::Tokens(&set::A_UNIT),
        Row::Tokens(&set::PER_UNIT),
        Row::Tokens(&vague::RECENT_AND),
        Row::Tokens(&vague::VAGUE_SPAN),
        Row::Tokens(&duration::DURATION),
        Row::Tokens(&duration::VAGUE_DURATION),
    ];
    let mut words = Vocabulary::default();
    let entries = table
        .iter()
        .map(|row| match *row {
            Row::Pattern(rule, needs, source) => Entry {
                rule,
                matcher: Matcher::Pattern {
                    gate: Gate::of(needs, &mut words),
                    source,
                    pattern: OnceLock::new(),
                },
            },
            Row::Tokens(token_rule) => Entry {
                rule: token_rule.rule,
                matcher: Matcher::Tokens(token_rule),
            },
        })
        .collect();
    Grammar { entries, words }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        assert!(RULES.len() > 30);
        for (entry, pattern) in patterns() {
            let written = crate::pattern::compile(pattern.as_str());
            assert!(written.is_ok(), "{:?} compiles as written", entry.rule);
        }
    }

    #[test]
    fn a_gate_admits_every_sentence_its_pattern_matches() {
        let sentences = super::super::tests::RULES.iter().map(|r| r.0).chain([
            "Late on Christmas Eve the ship sailed.",
            "It left at noon, and again in the spring of 1998.",
            "Nowadays few recall the eighties or the 1990s.",
            "Talks resumed on Tues., as in mid-DEC. last year.",
            "Crews worked \u{212A}ILOMETRES away for \u{17F}ome time.",
        ]);
        for sentence in sentences {
            for (entry, pattern) in patterns() {
                for unicode in [false, true] {
                    if pattern.for_words(unicode).is_match(sentence) {
                        assert!(
                            admits(entry, sentence),
                            "{:?} matches {sentence:?} but its gate refuses it",
                            entry.rule
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn patterns_match_as_the_regex_crate_reads_their_case_flags() {
        let mut sentences: Vec<&str> = super::super::tests::RULES.iter().map(|r| r.0).collect();
        sentences.push("\u{212A}ILOMETRES, ſome DAYS AGO, the ſame day, Next \u{212A}week.");
        for (_, pattern) in patterns() {
            crate::pattern::assert_same_matches(pattern.as_str(), &sentences);
        }
        for (_, source) in clock::ORACLES
            .iter()
            .chain(day::ORACLES.iter())
            .chain(holiday::ORACLES.iter())
            .chain(season::ORACLES.iter())
            .chain(era::ORACLES.iter())
            .chain(relative::ORACLES.iter())
            .chain(vague::ORACLES.iter())
            .chain(duration::ORACLES.iter())
            .chain(month::ORACLES.iter())
            .chain(numeric::ORACLES.iter())
            .chain(units::ORACLES.iter())
            .chain(set::ORACLES.iter())
        {
            crate::pattern::assert_same_matches(compile("oracle", source).as_str(), &sentences);
        }
    }

    /// The rules matched by patterns, with their patterns.
    fn patterns() -> impl Iterator<Item = (&'static Entry, &'static Pattern)> {
        RULES.iter().filter_map(|e| Some((e, e.pattern()?)))
    }

    fn admits(entry: &Entry, sentence: &str) -> bool {
        match &entry.matcher {
            Matcher::Pattern { gate, .. } => gate.admits(&Facts::of(sentence, &RULES.words)),
            Matcher::Tokens(_) => true,
        }
    }

    #[test]
    fn a_gate_refuses_a_sentence_without_its_words() {
        let plain = "Troops left the port by ship.";
        let quarter = RULES
            .iter()
            .find(|e| e.rule == Rule::RelativeQuarter)
            .unwrap();
        assert!(!admits(quarter, plain));
        assert!(admits(quarter, "In the latest QUARTER they left."));
    }

    #[test]
    fn finds_words_and_runs_of_digits() {
        let mut vocabulary = Vocabulary::default();
        let moment = vocabulary.id("moment".to_string());
        let mom = vocabulary.id("mom".to_string());
        let may = vocabulary.id("may".to_string());
        assert_eq!(vocabulary.id("mom".to_string()), mom);
        let facts = Facts::of("The MOMENT of 12:40", &vocabulary);
        assert!(facts.holds[moment] && facts.holds[mom] && !facts.holds[may]);
        assert!(facts.digit && !facts.four_digits);
        assert!(Facts::of("in 2024.", &vocabulary).four_digits);
    }

    #[test]
    fn prefers_the_longest_match() {
        let found = scan("They met on Tuesday, Dec. 9, 2024 and in the third quarter of 1998.");
        let spans: Vec<(Rule, &str)> = found
            .iter()
            .map(|f| {
                (
                    f.rule,
                    &"They met on Tuesday, Dec. 9, 2024 and in the third quarter of 1998."
                        [f.start..f.end],
                )
            })
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
