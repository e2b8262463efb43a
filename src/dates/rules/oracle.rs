//! The regexes the token rules replaced, kept for the tests as their
//! oracle: each family lists its rules' regexes (`ORACLES`) and phrases
//! generated from its data (`generated_phrases`), and every rule must find
//! what its regex finds in them, with the same slots.
//!
//! Regexes are written with placeholders (`{MONTH}`, `{NUM}`, …) filled from
//! the word lists in `data/`.

use super::{
    clock, day, duration, era, holiday, month, numeric, quarter, relative, season, set, units,
    vague, TokenRule,
};
use crate::dates::grammar::{Rule, Slots};
use crate::lexicon::{CALENDAR_NAMES, HOLIDAYS, TEMPORAL_NUMBERS, VAGUE_REFERENCES};
use crate::pattern::Pattern;
use crate::text::tokens::Tokens;

/// Every phrase made of one part from each list, in order (the first list
/// varying slowest): the oracle tests' generated phrases.
pub(super) fn every_joining(parts: &[&[&str]]) -> Vec<String> {
    parts.iter().fold(vec![String::new()], |heads, choices| {
        heads
            .iter()
            .flat_map(|head| choices.iter().map(move |part| format!("{head}{part}")))
            .collect()
    })
}

/// Generated phrases as the oracle tests read them: inside a sentence, and
/// glued to a word character before them (where a rule must not start).
pub(super) fn framed(phrases: Vec<String>) -> Vec<String> {
    let mut framed: Vec<String> = phrases
        .iter()
        .map(|p| format!("They met {p} again."))
        .collect();
    framed.extend(phrases.iter().map(|p| format!("x{p}")));
    framed
}

/// The slots of a regex match: every group that took part, by its name.
fn slots_of_captures<'h>(
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
fn compile(name: &str, pattern: &str) -> Pattern {
    // Each value is built only for a pattern that names it: most name one or two.
    let placeholders: [(&str, Fill); 12] = [
        ("{MONTH}", || format!(r"\b(?:{})", names("month"))),
        ("{WEEKDAY}", || format!(r"\b(?:{})", names("weekday"))),
        ("{SEASON}", || format!("(?:{})", names("season"))),
        ("{DAYPART}", || format!("(?:{})", names("daypart"))),
        ("{NUM}", || format!("(?:{})", number_words())),
        ("{VAGUE}", vague_phrases),
        ("{HOLIDAY}", holiday_names),
        ("{ZONE}", || {
            let zones = crate::lexicon::name_cue_words("time_zone").iter();
            let zones: Vec<_> = zones
                .filter(|z| !matches!(**z, "AM" | "PM"))
                .copied()
                .collect();
            format!("(?:{})", zones.join("|"))
        }),
        ("{YEAR}", || r"(?:1[0-9]{3}|20[0-9]{2})".to_string()),
        ("{RELATIVE_YEAR}", || {
            r"\s+ (?:(?i:of)\s+)? (?P<ry>(?i:this|last|next|that)) \s+ (?i:year)\b".to_string()
        }),
        ("{UNIT}", || {
            r"(?:years?|months?|weeks?|fortnights?|days?|hours?|minutes?|seconds?|decades?|centuries|century|quarters?|nights?)"
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
/// Each family's rules with the regexes they replaced, and the phrases
/// generated for them.
type Family = (
    &'static [(&'static TokenRule, &'static str)],
    fn() -> Vec<String>,
);
const FAMILIES: [Family; 13] = [
    (&quarter::ORACLES, quarter::generated_phrases),
    (&era::ORACLES, era::generated_phrases),
    (&season::ORACLES, season::generated_phrases),
    (&holiday::ORACLES, holiday::generated_phrases),
    (&clock::ORACLES, clock::generated_phrases),
    (&set::ORACLES, set::generated_phrases),
    (&units::ORACLES, units::generated_phrases),
    (&numeric::ORACLES, numeric::generated_phrases),
    (&month::ORACLES, month::generated_phrases),
    (&duration::ORACLES, duration::generated_phrases),
    (&day::ORACLES, day::generated_phrases),
    (&relative::ORACLES, relative::generated_phrases),
    (&vague::ORACLES, vague::generated_phrases),
];

/// A family's oracle, compiled.
fn compiled(
    oracles: &[(&'static TokenRule, &str)],
) -> Vec<(&'static TokenRule, &'static crate::pattern::Pattern)> {
    oracles
        .iter()
        .map(|&(rule, source)| {
            let pattern = compile(&format!("{:?}", rule.rule), source);
            // Slots name their parts with 'static names: the test's patterns live on.
            let pattern: &'static crate::pattern::Pattern = Box::leak(Box::new(pattern));
            (rule, pattern)
        })
        .collect()
}

/// Every rule of every family.
pub(in crate::dates) fn all_rules() -> Vec<&'static TokenRule> {
    clock::RULES
        .into_iter()
        .chain(day::RULES)
        .chain(holiday::RULES)
        .chain(season::RULES)
        .chain(era::RULES)
        .chain(quarter::RULES)
        .chain(relative::RULES)
        .chain(vague::RULES)
        .chain(duration::RULES)
        .chain(month::RULES)
        .chain(numeric::RULES)
        .chain(units::RULES)
        .chain(set::RULES)
        .collect()
}

pub(super) fn by_tokens<'h>(rule: &TokenRule, sentence: &'h str) -> Vec<Slots<'h>> {
    let mut found = Vec::new();
    let tokens = Tokens::of(sentence);
    if tokens.has_any(rule.trigger) {
        rule.find_alone(&tokens, &mut found);
    }
    found
}

fn by_regex<'h>(pattern: &'static crate::pattern::Pattern, sentence: &'h str) -> Vec<Slots<'h>> {
    let regex = pattern.get(sentence);
    regex
        .captures_iter(sentence)
        .map(|c| slots_of_captures(sentence, regex, &c))
        .filter(|slots| !day_in_thousands(sentence, slots))
        .collect()
}

/// The one difference the token rules were meant to make, which a regex
/// without look-ahead cannot: a day glued to a comma and three digits is a
/// number in thousands ("In May 5,000 people left").
fn day_in_thousands(sentence: &str, slots: &Slots<'_>) -> bool {
    slots.name("day").is_some_and(|day| {
        let after = &sentence.as_bytes()[day.end..];
        after.first() == Some(&b',')
            && after.len() >= 4
            && after[1..4].iter().all(u8::is_ascii_digit)
            && after.get(4).is_none_or(|b| !b.is_ascii_digit())
    })
}

/// The second: "that" before a month after a preposition ("by the end of
/// that October") is the month of the year told, where the regex took any
/// "that" but a sentence's first for a conjunction.
fn that_after_preposition(sentence: &str, slots: &Slots<'_>) -> bool {
    slots.name("dir").is_some_and(|dir| {
        let before = sentence[..dir.start].trim_end().rsplit(' ').next();
        dir.as_str() == "that"
            && before.is_some_and(|w| {
                ["of", "in", "by", "during"].contains(&w.to_ascii_lowercase().as_str())
            })
    })
}

/// Sentences written for the oracle, the fixtures' lines and the date
/// tests' sentences.
fn written_sentences() -> Vec<String> {
    let fixtures = [
        include_str!("../../../tests/fixtures/airlift.txt"),
        include_str!("../../../tests/fixtures/convoy.txt"),
    ];
    let mut sentences: Vec<String> = fixtures
        .iter()
        .flat_map(|t| t.lines())
        .chain(crate::dates::tests::RULES.iter().map(|r| r.0))
        .map(str::to_string)
        .collect();
    for rule in all_rules() {
        sentences.extend(rule.examples.iter().map(|e| e.0.to_string()));
    }
    sentences
}

#[test]
fn every_rule_finds_its_examples() {
    for rule in all_rules() {
        assert!(!rule.examples.is_empty(), "{:?} has examples", rule.rule);
        for (sentence, span) in rule.examples {
            let found: Vec<&str> = by_tokens(rule, sentence)
                .iter()
                .map(|s| {
                    let t = s.name("t").unwrap_or(s.whole());
                    &sentence[t.start..t.end]
                })
                .collect();
            assert_eq!(found, [*span], "{:?} in {sentence:?}", rule.rule);
        }
    }
}

#[test]
fn token_rules_find_what_their_regexes_found() {
    let written = written_sentences();
    for (oracles, generated) in FAMILIES {
        let sentences = written
            .iter()
            .cloned()
            .chain(generated())
            .collect::<Vec<_>>();
        for (rule, pattern) in compiled(oracles) {
            let mut compared = 0;
            for sentence in &sentences {
                let expected = by_regex(pattern, sentence);
                compared += expected.len();
                let mut found = by_tokens(rule, sentence);
                found.retain(|slots| {
                    rule.rule != Rule::RelativeMonth || !that_after_preposition(sentence, slots)
                });
                assert_eq!(found, expected, "{:?} in {sentence:?}", rule.rule);
            }
            assert!(
                compared > 200,
                "{:?}: only {compared} matches compared",
                rule.rule
            );
        }
    }
}

#[test]
fn openings_hide_no_match() {
    let written = written_sentences();
    for (oracles, generated) in FAMILIES {
        let sentences: Vec<String> = written.iter().cloned().chain(generated()).collect();
        for (rule, _) in oracles {
            for sentence in &sentences {
                let tokens = Tokens::of(sentence);
                let mut everywhere = Vec::new();
                rule.find_at_every_word(&tokens, &mut everywhere);
                assert_eq!(
                    by_tokens(rule, sentence),
                    everywhere,
                    "{:?} in {sentence:?}",
                    rule.rule
                );
            }
        }
    }
}

#[test]
fn oracles_match_as_the_regex_crate_reads_their_case_flags() {
    let mut sentences: Vec<&str> = crate::dates::tests::RULES.iter().map(|r| r.0).collect();
    sentences.push("\u{212A}ILOMETRES, ſome DAYS AGO, the ſame day, Next \u{212A}week.");
    for (oracles, _) in FAMILIES {
        for (_, source) in oracles {
            crate::pattern::assert_same_matches(compile("oracle", source).as_str(), &sentences);
        }
    }
}
