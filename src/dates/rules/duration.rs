//! Durations: "three years", "a 49-year lease", "the past two weeks", "two
//! more days", "for years", "decades-long".

use super::values::{amount, duration_value, scaled_amount, unit_of, units_in};
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
        words: &[&QUALIFIERS, &["half"]],
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
        ("The flight took 5 1/2 hours.", "5 1/2 hours"),
        ("It lasted two and a half years.", "two and a half years"),
        ("It lasted a year and a half.", "a year and a half"),
        ("Talks took half an hour.", "half an hour"),
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
            .and_then(|(_, last)| halved_count(tokens, last + 1));
        let (halved, (number, unit, half)) =
            after_qualifier.or_else(|| halved_count(tokens, index))?;
        // "a year and a half": a half after the unit.
        let later = and_a_half(tokens, unit).map(|end| (unit + 1, end));
        let sentence = tokens.sentence().as_bytes();
        let unit_end = tokens.all()[unit].end;
        let old = later.is_none()
            && sentence.len() >= unit_end + 4
            && sentence[unit_end] == b'-'
            && sentence[unit_end + 1..unit_end + 4].eq_ignore_ascii_case(b"old");
        // The slots in the pattern's order: "half" from the number's end (" 1/2",
        // "½", " and a half").
        let all = tokens.all();
        let text = tokens.sentence();
        let mut slots = token_slots(
            tokens,
            index,
            later.map_or(unit, |(_, end)| end),
            &[("halved", halved.map(|at| (at, at))), ("num", Some(number))],
        );
        if let Some(end) = half {
            slots.fill("half", text, all[number.1].end, all[end].end);
        }
        slots.fill("unit", text, all[unit].start, all[unit].end);
        if let Some((first, last)) = later {
            slots.fill("later", text, all[first].start, all[last].end);
        }
        if old {
            slots = extended(tokens, slots, unit_end + 4);
            slots.fill("old", tokens.sentence(), unit_end, unit_end + 4);
        }
        Some(slots)
    });
}

/// A count at `at`, or "half" and a count after it ("half an hour"): the
/// token of "half", and the count's.
fn halved_count(tokens: &Tokens<'_>, at: usize) -> Option<(Option<usize>, Count)> {
    if tokens.folded(at) == "half" && spaced_word(tokens, at + 1).is_some() {
        if let Some(counted) = count(tokens, at + 1) {
            return Some((Some(at), counted));
        }
    }
    Some((None, count(tokens, at)?))
}

/// The last token of " and a half" right after the token at `index`.
fn and_a_half(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    spaced_word(tokens, index + 1)?;
    phrase_at(tokens, index + 1, "and a half")
}

/// The last token of a half right after the number ending at `index`: " 1/2",
/// "½" written right after the number, or " and a half".
fn half_after_number(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    let digit = |at: usize, digit: &str| {
        tokens.get(at).is_some_and(|t| t.is(DIGITS)) && tokens.text(at) == digit
    };
    if spaced_word(tokens, index + 1).is_some()
        && digit(index + 1, "1")
        && glued(tokens, index + 2, "/")
        && digit(index + 3, "2")
        && !tokens.get(index + 3).is_some_and(|t| t.is(SPACED))
    {
        return Some(index + 3);
    }
    if tokens
        .get(index + 1)
        .is_some_and(|t| !t.is(SPACED) && tokens.text(index + 1) == "½")
    {
        return Some(index + 1);
    }
    and_a_half(tokens, index)
}

/// `slots` with the whole match reaching to `end`.
fn extended<'h>(tokens: &Tokens<'h>, slots: Slots<'h>, end: usize) -> Slots<'h> {
    let sentence = tokens.sentence();
    let mut longer = Slots::new(sentence, slots.whole().start, end);
    for name in ["halved", "num", "half", "unit"] {
        if let Some(slot) = slots.name(name) {
            longer.fill(name, sentence, slot.start, slot.end);
        }
    }
    longer
}

/// A count at `index` ("two", "two more", "two and a half"), then white space
/// or a hyphen, then a unit: the tokens of the number, of the unit and of the
/// half.
fn count(tokens: &Tokens<'_>, index: usize) -> Option<Count> {
    numbers(tokens, index).into_iter().find_map(|last| {
        let more = spaced_word(tokens, last + 1)
            .and_then(|_| phrase_at(tokens, last + 1, "more"))
            .and_then(|more| unit_after(tokens, more));
        let half = half_after_number(tokens, last);
        let after_half = half.and_then(|end| unit_after(tokens, end));
        let unit = more.or(after_half).or_else(|| unit_after(tokens, last))?;
        Some(((index, last), unit, after_half.and(half)))
    })
}

/// A count's tokens: the number's first and last, the unit's, and the
/// half's last if a half follows the number.
type Count = ((usize, usize), usize, Option<usize>);

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
    // "two and a half years" is 2.5 of them, "half an hour" 0.5 (but "half
    // two years" nothing).
    let amount = if c.name("halved").is_some() {
        if !article && !c.name("num")?.as_str().eq_ignore_ascii_case("an") {
            return None;
        }
        scaled_amount(amount, 0.5, 0.0)
    } else if c.name("half").or(c.name("later")).is_some() {
        scaled_amount(amount, 1.0, 0.5)
    } else {
        amount
    };
    let amount = match units_in(unit_word) {
        1 => amount,
        units => scaled_amount(amount, f64::from(units), 0.0),
    };
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
               (?: (?P<halved>half) \s+ )?
               (?P<num>{NUM}) (?P<half> \s+ 1/2 | ½ | \s+ and \s+ a \s+ half )? (?:\s+more)? (?:\s+|-)
               (?P<unit>{UNIT}) \b (?: \s+ (?P<later> and \s+ a \s+ half ) \b | (?P<old>-old) )?",
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
        "half a ",
        "Half an ",
        "half two ",
        "2 1/2 ",
        "2 1/2-",
        "21/2 ",
        "2 ½ ",
        "2½ ",
        "two and a half ",
        "a half ",
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
        "",
        "-old",
        "-OLDER",
        "-long",
        "-Long",
        "-longer",
        " old",
        "s",
        " and a half",
        " and  A half-old",
        " and a halfway",
    ];
    let phrases = super::every_joining(&[&openings[..], &counts[..], &units[..], &endings[..]]);
    super::framed(phrases)
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&QUALIFIERS_BY_FIRST_WORD);
}
