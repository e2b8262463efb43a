//! Rules of the grammar matched over tokens, one file per family. A rule's
//! matcher is triggered by the classes of the sentence's tokens, looks at a
//! few tokens from each place it may start, and fills the slots its regex
//! filled, so the resolver reads both alike. Each regex stays, in tests, as
//! the oracle the matcher must agree with.

pub mod day;

use std::sync::LazyLock;

use super::grammar::{Rule, Slots};
use crate::data::CALENDAR_NAMES;
use crate::text::tokens::{Class, Token, Tokens, SPACED, WORD};

/// A rule matched over tokens.
pub struct TokenRule {
    /// What it recognises.
    pub rule: Rule,
    /// A sentence needs a token of one of these classes to match.
    pub trigger: Class,
    /// Its matches in a sentence: leftmost first, without overlaps, as a
    /// regex's successive searches find them.
    pub find: for<'h> fn(&Tokens<'h>, &mut Vec<Slots<'h>>),
    /// Sentences, each with the span the rule finds in it: a test runs them.
    #[cfg(test)]
    pub examples: &'static [(&'static str, &'static str)],
}

/// Tries `at` on every word from the start of the sentence, and again after
/// the end of each match.
fn leftmost<'h>(
    tokens: &Tokens<'h>,
    found: &mut Vec<Slots<'h>>,
    at: impl Fn(&Tokens<'h>, usize) -> Option<Slots<'h>>,
) {
    let mut from = 0;
    for (index, token) in tokens.all().iter().enumerate() {
        if token.start < from || !token.is(WORD) {
            continue;
        }
        if let Some(slots) = at(tokens, index) {
            from = slots.whole().end;
            found.push(slots);
        }
    }
}

/// The word at `index` when white space, and only that, parts it from the
/// token before: what `\s+` between two words asks.
fn spaced_word<'t>(tokens: &'t Tokens<'_>, index: usize) -> Option<&'t Token> {
    tokens.get(index).filter(|t| t.is(WORD | SPACED))
}

/// Which of `words` (folded) the word at `index` is, in any case.
fn folded_among(tokens: &Tokens<'_>, index: usize, words: &[&'static str]) -> Option<&'static str> {
    let folded = tokens.folded(index);
    words.iter().copied().find(|w| *w == folded)
}

/// Whether `text` is `word` (in lower case) as written or with a capital:
/// what `[Ll]ast` matches.
fn lower_or_capital(text: &str, word: &str) -> bool {
    text == word
        || (text.len() == word.len()
            && text.as_bytes()[0] == word.as_bytes()[0].to_ascii_uppercase()
            && text.as_bytes()[1..] == word.as_bytes()[1..])
}

/// A calendar name as the grammar writes it: (kind, name, its upper case,
/// whether it abbreviates a longer name of the same value).
static WRITTEN_NAMES: LazyLock<Vec<(&'static str, &'static str, String, bool)>> =
    LazyLock::new(|| {
        CALENDAR_NAMES
            .iter()
            .map(|&(kind, name, value)| {
                let abbreviation = CALENDAR_NAMES
                    .iter()
                    .any(|o| o.0 == kind && o.2 == value && o.1.len() > name.len());
                (kind, name, name.to_uppercase(), abbreviation)
            })
            .collect()
    });

/// Whether `text` is a calendar name of `kind` as written or in upper case,
/// and if so whether it is an abbreviation (which may take a full stop).
fn calendar_name(kind: &str, text: &str) -> Option<bool> {
    WRITTEN_NAMES
        .iter()
        .find(|(k, name, upper, _)| *k == kind && (*name == text || *upper == text))
        .map(|n| n.3)
}

/// Whether the word at `index` is a calendar name of `kind` in any case.
fn calendar_name_folded(tokens: &Tokens<'_>, kind: &str, index: usize) -> bool {
    let folded = tokens.folded(index);
    WRITTEN_NAMES
        .iter()
        .any(|(k, name, _, _)| *k == kind && name.eq_ignore_ascii_case(folded))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::grammar::{compile, slots_of_captures};

    /// Every token rule with the regex it replaced.
    fn with_oracles() -> Vec<(&'static TokenRule, &'static crate::pattern::Pattern)> {
        day::ORACLES
            .iter()
            .map(|&(rule, source)| {
                let pattern = compile(&format!("{:?}", rule.rule), source);
                // Slots name their parts with 'static names: the test's patterns live on.
                let pattern: &'static crate::pattern::Pattern = Box::leak(Box::new(pattern));
                (rule, pattern)
            })
            .collect()
    }

    pub(super) fn by_tokens<'h>(rule: &TokenRule, sentence: &'h str) -> Vec<Slots<'h>> {
        let mut found = Vec::new();
        (rule.find)(&Tokens::of(sentence), &mut found);
        found
    }

    fn by_regex<'h>(
        pattern: &'static crate::pattern::Pattern,
        sentence: &'h str,
    ) -> Vec<Slots<'h>> {
        let regex = pattern.get(sentence);
        regex
            .captures_iter(sentence)
            .map(|c| slots_of_captures(sentence, regex, &c))
            .collect()
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
        for rule in day::RULES {
            sentences.extend(rule.examples.iter().map(|e| e.0.to_string()));
        }
        sentences
    }

    #[test]
    fn every_rule_finds_its_examples() {
        for rule in day::RULES {
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
        let mut sentences = written_sentences();
        sentences.extend(day::generated_phrases());
        let mut compared = 0;
        for (rule, pattern) in with_oracles() {
            for sentence in &sentences {
                let expected = by_regex(pattern, sentence);
                compared += expected.len();
                assert_eq!(
                    by_tokens(rule, sentence),
                    expected,
                    "{:?} in {sentence:?}",
                    rule.rule
                );
            }
        }
        assert!(compared > 1000, "only {compared} matches compared");
    }

    #[test]
    fn reads_capitals_as_the_grammar_does() {
        assert!(lower_or_capital("Last", "last") && lower_or_capital("last", "last"));
        assert!(!lower_or_capital("LAST", "last") && !lower_or_capital("lasts", "last"));
        assert_eq!(calendar_name("weekday", "TUES"), Some(true));
        assert_eq!(calendar_name("weekday", "Tuesday"), Some(false));
        assert_eq!(calendar_name("weekday", "tuesday"), None);
    }
}
