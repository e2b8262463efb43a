//! Holidays: "Christmas", "last Thanksgiving", "Labor Day 1998".

use std::sync::LazyLock;

use super::{boundary, glued, leftmost, lower_or_capital, month, spaced_word, TokenRule};
use crate::data::HOLIDAYS;
use crate::dates::grammar::{Rule, Slots};
use crate::text::tokens::{Tokens, CAPITALISED};

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 1] = [&HOLIDAY];

/// "Christmas", "last Thanksgiving", "Labor Day 1998".
pub static HOLIDAY: TokenRule = TokenRule {
    rule: Rule::Holiday,
    trigger: CAPITALISED,
    find: holiday,
    #[cfg(test)]
    examples: &[
        ("Stores shut on Christmas Eve.", "Christmas Eve"),
        ("Sales rose last Thanksgiving.", "last Thanksgiving"),
        ("It began on Labor Day, 1998.", "Labor Day, 1998"),
    ],
};

/// The holidays of `data/holidays.tsv`, each as its words, longest name
/// first as the grammar tries them.
static NAMES: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut names: Vec<&str> = HOLIDAYS.iter().map(|r| r.0).collect();
    crate::order::sort_by_key(&mut names, |n| std::cmp::Reverse(n.len()));
    names.iter().map(|n| n.split(' ').collect()).collect()
});

/// The end of `words` written from byte `at` of `sentence`, white space
/// between them, ending at a word boundary.
fn words_at(sentence: &str, mut at: usize, words: &[&str]) -> Option<usize> {
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            let rest = &sentence[at..];
            let space = rest.len() - rest.trim_start().len();
            (space > 0).then_some(())?;
            at += space;
        }
        sentence[at..].starts_with(word).then_some(())?;
        at += word.len();
    }
    boundary(sentence, at).then_some(at)
}

/// The directions before a holiday, in lower case (a capital may open them).
const DIRECTIONS: [&str; 3] = ["last", "this", "next"];

/// The first word of each holiday's name, as written ("Valentine" of
/// "Valentine's Day").
static FIRST_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    NAMES
        .iter()
        .filter_map(|words| {
            let first = words.first()?;
            let end = first
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(first.len());
            Some(&first[..end])
        })
        .collect()
});

fn holiday<'h>(tokens: &Tokens<'h>, found: &mut Vec<Slots<'h>>) {
    let sentence = tokens.sentence();
    let holds_name = (0..tokens.all().len()).any(|index| {
        tokens.all()[index].is(CAPITALISED) && FIRST_WORDS.contains(&tokens.text(index))
    });
    if !holds_name {
        return;
    }
    leftmost(tokens, found, |tokens, index| {
        let name_at = |at: usize| {
            let start = tokens.all()[at].start;
            NAMES
                .iter()
                .find_map(|words| Some((start, words_at(sentence, start, words)?)))
        };
        let directed = DIRECTIONS
            .iter()
            .any(|d| lower_or_capital(tokens.text(index), d))
            .then(|| spaced_word(tokens, index + 1))
            .flatten()
            .and_then(|_| Some((Some(index), name_at(index + 1)?)));
        let (direction, (name_start, name_end)) =
            directed.or_else(|| Some((None, name_at(index)?)))?;
        let last = (index..tokens.all().len()).find(|&i| tokens.all()[i].end == name_end)?;
        let comma = if glued(tokens, last + 1, ",") {
            last + 1
        } else {
            last
        };
        let year = spaced_word(tokens, comma + 1)
            .filter(|_| month::year(tokens, comma + 1))
            .map(|t| (t.start, t.end));
        let mut slots = Slots::new(
            sentence,
            tokens.all()[index].start,
            year.map_or(name_end, |y| y.1),
        );
        if let Some(d) = direction {
            slots.fill("dir", sentence, tokens.all()[d].start, tokens.all()[d].end);
        }
        slots.fill("name", sentence, name_start, name_end);
        if let Some((from, to)) = year {
            slots.fill("y", sentence, from, to);
        }
        Some(slots)
    });
}

/// The regex this rule replaced, the oracle of its tests.
#[cfg(test)]
pub const ORACLES: [(&TokenRule, &str); 1] = [(
    &HOLIDAY,
    r"(?x)\b (?: (?P<dir>[Ll]ast|[Tt]his|[Nn]ext) \s+ )? (?P<name>{HOLIDAY}) \b (?: ,?\s+ (?P<y>{YEAR}) \b )?",
)];

/// Every holiday with the directions and years the rule allows, in several
/// spellings, cases and surroundings.
#[cfg(test)]
pub fn generated_phrases() -> Vec<String> {
    let directions = [
        "", "last ", "Last  ", "LAST ", "this ", "Next\n", "next", "past ",
    ];
    let mut names: Vec<String> = HOLIDAYS.iter().map(|r| r.0.to_string()).collect();
    names.extend(HOLIDAYS.iter().map(|r| r.0.to_lowercase()));
    names.extend(HOLIDAYS.iter().map(|r| r.0.replace(' ', "  ")));
    names.extend(["Christmases".to_string(), "Christmas\u{e9}".to_string()]);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let years = [
        "", " 1998", ", 2024", ",2024", " 19985", " 1998s", " of 1998",
    ];
    let phrases = super::every_joining(&[&directions[..], &names[..], &years[..]]);
    super::framed(phrases)
}
