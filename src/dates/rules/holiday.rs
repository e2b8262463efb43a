//! Holidays: "Christmas", "last Thanksgiving", "Labor Day 1998", dated by
//! the rules of `data/holidays.tsv`.

use super::values::{date, normalise_space};
use super::{glued, leftmost, lower_or_capital, month, spaced_word, Opening, Starts, TokenRule};
use crate::analysis::TimexType;
use crate::calendar::Date;
use crate::dates::grammar::{Rule, Slots};
use crate::dates::resolve::{Context, Tense};
use crate::lexicon::{rows, HOLIDAYS};
use crate::pattern::word_boundary;
use crate::text::tokens::{Tokens, CAPITALISED};
use std::sync::LazyLock;

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 1] = [&HOLIDAY];

/// "Christmas", "last Thanksgiving", "Labor Day 1998".
pub static HOLIDAY: TokenRule = TokenRule {
    rule: Rule::Holiday,
    trigger: CAPITALISED,
    find: holiday,
    // A direction, or the first word of a name, which the word at the start
    // of a match is whole (a name ends at a word boundary, and its words
    // are parted by white space).
    opens: Opening {
        classes: 0,
        words: &[&DIRECTIONS],
        data_words: Some(|| FIRST_WORDS.clone()),
    },
    needs: &[],
    needs_data: None,
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
    names.iter().map(|n| rows::words(n).collect()).collect()
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
    word_boundary(sentence, at).then_some(at)
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

fn holiday<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    let sentence = tokens.sentence();
    let holds_name = (0..tokens.all().len()).any(|index| {
        tokens.all()[index].is(CAPITALISED) && FIRST_WORDS.contains(&tokens.text(index))
    });
    if !holds_name {
        return;
    }
    leftmost(tokens, starts, found, |tokens, index| {
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

/// The holiday in the year written, or in the year its direction or the
/// tense of the sentence gives around the publication date.
pub fn resolve_holiday(
    c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let name = normalise_space(c.name("name")?.as_str());
    let rule = HOLIDAYS.iter().find(|(n, _)| *n == name)?.1;
    let day = match (c.name("y"), context.published) {
        (Some(y), _) => day_of_holiday(rule, y.as_str().parse().ok()?)?,
        (None, Some(anchor)) => {
            let this_year = day_of_holiday(rule, anchor.year)?;
            let direction = c.name("dir").map(|d| d.as_str().to_ascii_lowercase());
            let year = match direction.as_deref() {
                Some("last") => anchor.year - i32::from(this_year >= anchor),
                Some("next") => anchor.year + i32::from(this_year <= anchor),
                _ => match tense {
                    Tense::Past if this_year > anchor => anchor.year - 1,
                    Tense::Future if this_year < anchor => anchor.year + 1,
                    _ => anchor.year,
                },
            };
            day_of_holiday(rule, year)?
        }
        (None, None) => return None,
    };
    context.reference = Some(day);
    date(day.to_string())
}

/// The day of a holiday rule (`MM-DD`, or `N-W-MM`: the N-th weekday W of month
/// MM, N = 5 for the last) in `year`.
fn day_of_holiday(rule: &str, year: i32) -> Option<Date> {
    let parts: Vec<u32> = rule.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        [month, day] => Date::new(year, *month, *day),
        [n, weekday, month] => {
            let first = Date::new(year, *month, 1)?;
            let offset = (weekday + 7 - (first.weekday() + 1)) % 7;
            let mut day = first.add_days(i64::from(offset) + 7 * i64::from(n.saturating_sub(1)));
            while day.month != *month {
                day = day.add_days(-7);
            }
            Some(day)
        }
        _ => None,
    }
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&NAMES);
    LazyLock::force(&FIRST_WORDS);
}
