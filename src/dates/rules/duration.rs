//! Durations: "three years", "a 49-year lease", "the past two weeks", "two
//! more days", "for years", "decades-long".

use super::values::{amount, duration_value, unit_of};
use super::{
    by_first_word, counted_unit, first_listed_phrase_at, folded_among, glued, leftmost, numbers,
    phrase_at, spaced_word, token_slots, ByFirstWord, Opening, Starts, TokenRule,
};
use crate::analysis::TimexType;
use crate::dates::grammar::{Rule, Slots};
use crate::dates::resolve::{Context, Tense};
use crate::text::tokens::{Tokens, DIGITS, NUMBER_WORD, SPACED, UNIT, WORD};
use std::sync::LazyLock;

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 2] = [&DURATION, &VAGUE_DURATION];

/// "three years", "a 49-year lease", "the past two weeks", "a 5-year-old".
pub static DURATION: TokenRule = TokenRule {
    rule: Rule::Duration,
    trigger: UNIT,
    find: duration,
    opens: Opening {
        classes: DIGITS | NUMBER_WORD,
        words: &[&QUALIFIERS],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("It signed a 49-year lease.", "49-year"),
        ("Over the past two weeks it rained.", "the past two weeks"),
        ("They need two more days.", "two more days"),
        ("A 5-year-old boy.", "5-year-old"),
    ],
};

/// "for years", "decades-long".
pub static VAGUE_DURATION: TokenRule = TokenRule {
    rule: Rule::VagueDuration,
    trigger: UNIT,
    find: vague_duration,
    opens: Opening {
        classes: 0,
        words: &[&["for", "in", "over", "within", "years", "decades", "months"]],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("They waited for years.", "years"),
        ("A decades-long feud.", "decades-long"),
    ],
};

/// What may come before the count, in the grammar's order.
const QUALIFIERS: [&str; 33] = [
    "in the past",
    "in the last",
    "in the next",
    "in the coming",
    "in the previous",
    "in the following",
    "about",
    "nearly",
    "almost",
    "more than",
    "over",
    "less than",
    "up to",
    "at least",
    "some",
    "around",
    "roughly",
    "only",
    "just",
    "another",
    "the past",
    "the last",
    "the next",
    "the first",
    "the coming",
    "the previous",
    "the following",
    "the final",
    "past",
    "last",
    "next",
    "first",
    "within",
];

static QUALIFIERS_BY_FIRST_WORD: LazyLock<ByFirstWord> =
    LazyLock::new(|| by_first_word(&QUALIFIERS));

fn duration<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let after_qualifier = first_listed_phrase_at(tokens, index, &QUALIFIERS_BY_FIRST_WORD)
            .filter(|&(_, last)| spaced_word(tokens, last + 1).is_some())
            .and_then(|(_, last)| count(tokens, last + 1));
        let (number, unit) = after_qualifier.or_else(|| count(tokens, index))?;
        let sentence = tokens.sentence().as_bytes();
        let unit_end = tokens.all()[unit].end;
        let old = sentence.len() >= unit_end + 4
            && sentence[unit_end] == b'-'
            && sentence[unit_end + 1..unit_end + 4].eq_ignore_ascii_case(b"old");
        let mut slots = token_slots(
            tokens,
            index,
            unit,
            &[("num", Some(number)), ("unit", Some((unit, unit)))],
        );
        if old {
            slots = extended(tokens, slots, unit_end + 4);
            slots.fill("old", tokens.sentence(), unit_end, unit_end + 4);
        }
        Some(slots)
    });
}

/// `slots` with the whole match reaching to `end`.
fn extended<'h>(tokens: &Tokens<'h>, slots: Slots<'h>, end: usize) -> Slots<'h> {
    let sentence = tokens.sentence();
    let mut longer = Slots::new(sentence, slots.whole().start, end);
    for name in ["num", "unit"] {
        if let Some(slot) = slots.name(name) {
            longer.fill(name, sentence, slot.start, slot.end);
        }
    }
    longer
}

/// A count at `index` ("two", "two more"), then white space or a hyphen,
/// then a unit: the tokens of the number and of the unit.
fn count(tokens: &Tokens<'_>, index: usize) -> Option<((usize, usize), usize)> {
    numbers(tokens, index).into_iter().find_map(|last| {
        let more = spaced_word(tokens, last + 1)
            .and_then(|_| phrase_at(tokens, last + 1, "more"))
            .and_then(|more| unit_after(tokens, more));
        let unit = more.or_else(|| unit_after(tokens, last))?;
        Some(((index, last), unit))
    })
}

/// The unit after the token at `index`, parted from it by white space or by
/// one hyphen.
fn unit_after(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    let unit = if spaced_word(tokens, index + 1).is_some() {
        index + 1
    } else if glued(tokens, index + 1, "-")
        && tokens
            .get(index + 2)
            .is_some_and(|t| t.is(WORD) && !t.is(SPACED))
    {
        index + 2
    } else {
        return None;
    };
    counted_unit(tokens, unit).then_some(unit)
}

fn vague_duration<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let after_preposition = folded_among(tokens, index, &["for", "in", "over", "within"])
            .and_then(|_| spaced_word(tokens, index + 1))
            .and_then(|_| {
                folded_among(tokens, index + 1, &["years", "months", "weeks", "decades"])
            });
        if after_preposition.is_some() {
            let unit = Some((index + 1, index + 1));
            return Some(token_slots(
                tokens,
                index,
                index + 1,
                &[("t", unit), ("unit", unit)],
            ));
        }
        folded_among(tokens, index, &["years", "decades", "months"])?;
        let long = (glued(tokens, index + 1, "-")
            && tokens
                .get(index + 2)
                .is_some_and(|t| t.is(WORD) && !t.is(SPACED))
            && tokens.folded(index + 2) == "long")
            .then_some(index + 2)?;
        Some(token_slots(
            tokens,
            index,
            long,
            &[("t2", Some((index, long))), ("unit2", Some((index, index)))],
        ))
    });
}

/// "three years", "a 49-year lease": a duration of the amount written, unless
/// the words are an age, an ordinal or a fraction.
pub fn resolve_duration(
    c: &Slots<'_>,
    _tense: Tense,
    _context: &mut Context,
) -> Option<(TimexType, String)> {
    if c.name("old").is_some() {
        return None;
    }
    let unit_word = c.name("unit")?.as_str();
    let unit = unit_of(unit_word)?;
    let amount = amount(c.name("num")?.as_str());
    // "a second" and "1988 second quarter" are ordinals, "three-quarters"
    // and "a quarter of" fractions: none is a length of time.
    let hyphenated = c.whole().as_str().contains('-');
    let article = c.name("num")?.as_str().eq_ignore_ascii_case("a");
    if unit == 'Q' && (hyphenated || article) {
        return None;
    }
    if unit_word.eq_ignore_ascii_case("second")
        || (unit == 'Q' && amount.as_deref().is_some_and(|a| a.len() > 2))
    {
        return None;
    }
    Some((TimexType::Duration, duration_value(amount, unit)))
}

/// "for years", "decades-long", and [`Rule::VagueSpan`]'s "recent weeks": a
/// duration of the unit with an unstated amount (`PXY`).
pub fn resolve_vague_duration(
    c: &Slots<'_>,
    _tense: Tense,
    _context: &mut Context,
) -> Option<(TimexType, String)> {
    let unit = c.name("unit").or(c.name("unit2"))?.as_str();
    Some((TimexType::Duration, duration_value(None, unit_of(unit)?)))
}

/// The regexes these rules replaced, the oracle of their tests.
#[cfg(test)]
pub const ORACLES: [(&TokenRule, &str); 2] = [
    (
        &DURATION,
        r"(?ix)\b (?: (?:in\s+the\s+(?:past|last|next|coming|previous|following)|about|nearly|almost|more\s+than|over|less\s+than|up\s+to|at\s+least|some|around|roughly|only|just|another|the\s+(?:past|last|next|first|coming|previous|following|final)|past|last|next|first|within) \s+ )?
               (?P<num>{NUM}) (?:\s+more)? (?:\s+|-) (?P<unit>{UNIT}) \b (?P<old>-old)?",
    ),
    (
        &VAGUE_DURATION,
        r"(?ix) \b (?:for|in|over|within) \s+ (?P<t> (?P<unit>years|months|weeks|decades) ) \b
               | \b (?P<t2> (?P<unit2>years|decades|months)-long ) \b",
    ),
];

/// Phrases from every qualifier, number, unit and ending the rules allow, in
/// several spellings, cases and surroundings.
#[cfg(test)]
pub fn generated_phrases() -> Vec<String> {
    let openings = [
        "",
        "in the past ",
        "In The Coming ",
        "in the  final ",
        "about ",
        "more than ",
        "up to ",
        "some ",
        "the final ",
        "the first ",
        "Past ",
        "within ",
        "for ",
        "in ",
        "over ",
        "\u{17F}ome ",
    ];
    let counts = [
        "",
        "2 ",
        "2-",
        "2 more ",
        "2 more-",
        "1,500-",
        "2.5 ",
        "12th ",
        "twenty-four ",
        "Twenty four-",
        "a couple of ",
        "a ",
        "an ",
        "some ",
        "few more ",
        "more ",
        "5--",
    ];
    let units = [
        "years",
        "Year",
        "month",
        "weeks",
        "days",
        "decades",
        "century",
        "centuries",
        "quarter",
        "nights",
        "hours",
        "minute",
        "weekend",
        "yearly",
        "\u{212A}",
    ];
    let endings = [
        "", "-old", "-OLDER", "-long", "-Long", "-longer", " old", "s",
    ];
    let phrases = super::every_joining(&[&openings[..], &counts[..], &units[..], &endings[..]]);
    super::framed(phrases)
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&QUALIFIERS_BY_FIRST_WORD);
}
