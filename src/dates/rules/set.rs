//! Sets of times: "every week", "each Tuesday", "daily", "twice a day",
//! "$5 a year", "per month".

use super::values::{count, weekday_of};
use super::{
    calendar_name_folded, folded_among, leftmost, numbers, phrase_at, spaced_word, token_slots,
    Opening, Starts, TokenRule,
};
use crate::analysis::TimexType;
use crate::dates::grammar::{Rule, Slots};
use crate::dates::resolve::{Context, Tense};
use crate::pattern::word_boundary;
use crate::text::tokens::{Tokens, PUNCTUATION, UNIT, WEEKDAY, WORD};

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 3] = [&EVERY, &A_UNIT, &PER_UNIT];

/// "every week", "each two months", "every Tuesday", "daily".
pub static EVERY: TokenRule = TokenRule {
    rule: Rule::Set,
    trigger: WORD,
    find: every,
    opens: Opening {
        classes: 0,
        words: &[&["every", "each"], &ADVERBS],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("Ferries sail every two weeks.", "every two weeks"),
        ("It meets each Tues. at noon.", "each Tues"),
        ("Flights land daily.", "daily"),
    ],
};

/// "twice a day", "$5 a year", "10% a month".
pub static A_UNIT: TokenRule = TokenRule {
    rule: Rule::Set,
    trigger: UNIT,
    find: a_unit,
    opens: Opening::ANY_WORD,
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("Ships call twice a week.", "a week"),
        ("Rent is $500 per month.", "per month"),
    ],
};

/// "per day".
pub static PER_UNIT: TokenRule = TokenRule {
    rule: Rule::Set,
    trigger: UNIT,
    find: per_unit,
    opens: Opening {
        classes: 0,
        words: &[&["per"]],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[("Output rose to 9 barrels, per day.", "per day")],
};

/// The units "every" counts in, in the grammar's order.
const EVERY_UNITS: [&str; 11] = [
    "day", "week", "month", "year", "quarter", "morning", "night", "evening", "weekend", "hour",
    "decade",
];

const ADVERBS: [&str; 8] = [
    "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly",
];

fn every<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    // A unit, or a unit and "s": its index, and where the unit ends.
    let unit = |tokens: &Tokens<'_>, at: usize| {
        let folded = tokens.folded(at);
        let end = tokens.all()[at].end;
        if EVERY_UNITS.contains(&folded) {
            return Some((at, end));
        }
        let singular = folded.strip_suffix('s')?;
        let plural = tokens
            .text(at)
            .chars()
            .next_back()
            .map_or(1, char::len_utf8);
        EVERY_UNITS
            .contains(&singular)
            .then_some((at, end - plural))
    };
    leftmost(tokens, starts, found, |tokens, index| {
        if folded_among(tokens, index, &["every", "each"]).is_some() {
            spaced_word(tokens, index + 1)?;
            let counted = numbers(tokens, index + 1)
                .into_iter()
                .find_map(|last| {
                    spaced_word(tokens, last + 1)?;
                    Some((Some((index + 1, last)), unit(tokens, last + 1)?))
                })
                .or_else(|| Some((None, unit(tokens, index + 1)?)));
            let sentence = tokens.sentence();
            let start = tokens.all()[index].start;
            if let Some((number, (at, unit_end))) = counted {
                let mut slots = token_slots(tokens, index, at, &[("num", number)]);
                slots.fill("unit", sentence, tokens.all()[at].start, unit_end);
                return Some(slots);
            }
            let weekday = weekday_then_boundary(tokens, index + 1)?;
            let mut slots = Slots::new(sentence, start, weekday);
            slots.fill("wd", sentence, tokens.all()[index + 1].start, weekday);
            return Some(slots);
        }
        folded_among(tokens, index, &ADVERBS)?;
        Some(token_slots(
            tokens,
            index,
            index,
            &[("adverb", Some((index, index)))],
        ))
    });
}

/// The end of a weekday name in any case at `index` (an abbreviation with
/// its full stop when a word boundary follows that, as the pattern's
/// `\b\.?` then `\b` reads it).
fn weekday_then_boundary(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    let token = tokens.get(index).filter(|t| t.is(WEEKDAY))?;
    calendar_name_folded(tokens, "weekday", index).then_some(())?;
    let abbreviation = super::WRITTEN_NAMES
        .iter()
        .any(|(k, name, _, abbreviation)| {
            *k == "weekday" && *abbreviation && name.eq_ignore_ascii_case(tokens.folded(index))
        });
    let sentence = tokens.sentence();
    if abbreviation
        && super::glued(tokens, index + 1, ".")
        && word_boundary(sentence, token.end + 1)
    {
        return Some(token.end + 1);
    }
    Some(token.end)
}

fn a_unit<'h>(tokens: &Tokens<'h>, _starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    const WORDS: [&str; 14] = [
        "once", "twice", "thrice", "times", "million", "billion", "percent", "cent", "cents",
        "dollar", "dollars", "barrels", "ton", "tons",
    ];
    let mut from = 0;
    for (index, token) in tokens.all().iter().enumerate() {
        // The unit two tokens on is the cheapest part to test first.
        if token.start < from || !tokens.get(index + 2).is_some_and(|t| t.is(UNIT)) {
            continue;
        }
        let text = tokens.text(index);
        let start = if token.is(PUNCTUATION) {
            (text == "%").then_some(token.start)
        } else if text.as_bytes().last().is_some_and(u8::is_ascii_digit) {
            Some(token.end - 1)
        } else if folded_among(tokens, index, &WORDS).is_some() || tokens.folded(index) == "tonnes"
        {
            Some(token.start)
        } else {
            None
        };
        let Some(start) = start.filter(|&s| s >= from) else {
            continue;
        };
        let Some(article) = spaced_word(tokens, index + 1).map(|_| index + 1) else {
            continue;
        };
        if folded_among(tokens, article, &["a", "an", "per"]).is_none()
            || spaced_word(tokens, article + 1).is_none()
        {
            continue;
        }
        if folded_among(
            tokens,
            article + 1,
            &["day", "week", "month", "year", "hour"],
        )
        .is_none()
        {
            continue;
        }
        let all = tokens.all();
        let sentence = tokens.sentence();
        let end = all[article + 1].end;
        let mut slots = Slots::new(sentence, start, end);
        slots.fill("t", sentence, all[article].start, end);
        slots.fill("unit", sentence, all[article + 1].start, end);
        from = end;
        found.push(slots);
    }
}

fn per_unit<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        phrase_at(tokens, index, "per")?;
        spaced_word(tokens, index + 1)?;
        folded_among(
            tokens,
            index + 1,
            &["day", "week", "month", "year", "hour", "quarter"],
        )?;
        Some(token_slots(
            tokens,
            index,
            index + 1,
            &[
                ("t", Some((index, index + 1))),
                ("unit", Some((index + 1, index + 1))),
            ],
        ))
    });
}

/// "every Monday" (`XXXX-WXX-1`), "daily", "twice a day", "every two weeks":
/// a set, valued by its period.
pub fn resolve_set(
    c: &Slots<'_>,
    _tense: Tense,
    _context: &mut Context,
) -> Option<(TimexType, String)> {
    if let Some(weekday) = c.name("wd") {
        return Some((
            TimexType::Set,
            format!("XXXX-WXX-{}", weekday_of(weekday.as_str())?),
        ));
    }
    let (n, unit) = if let Some(adverb) = c.name("adverb") {
        match adverb.as_str().to_ascii_lowercase().as_str() {
            "daily" | "nightly" => (1, "day"),
            "weekly" => (1, "week"),
            "biweekly" => (2, "week"),
            "monthly" => (1, "month"),
            "hourly" => (1, "hour"),
            _ => (1, "year"),
        }
    } else {
        let n = c.name("num").map_or(Some(1), |n| count(n.as_str()))?;
        (n, c.name("unit")?.as_str())
    };
    let value = match unit.to_ascii_lowercase().trim_end_matches('s') {
        "morning" | "night" | "evening" | "day" => format!("P{n}D"),
        "week" | "weekend" => format!("P{n}W"),
        "month" => format!("P{n}M"),
        "quarter" => format!("P{}M", 3 * n),
        "hour" => format!("PT{n}H"),
        "decade" => format!("P{}Y", 10 * n),
        _ => format!("P{n}Y"),
    };
    Some((TimexType::Set, value))
}

/// The regexes these rules replaced, the oracle of their tests.
#[cfg(test)]
pub const ORACLES: [(&TokenRule, &str); 3] = [
    (
        &EVERY,
        r"(?ix)\b (?: (?:every|each) \s+ (?: (?P<num>{NUM}) \s+ )? (?P<unit>day|week|month|year|quarter|morning|night|evening|weekend|hour|decade)s?
                   | (?:every|each) \s+ (?P<wd>{WEEKDAY})
                   | (?P<adverb>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly) ) \b",
    ),
    (
        &A_UNIT,
        r"(?ix) (?: \b (?:once|twice|thrice|times) | [0-9%] | \b (?:million|billion|percent|cents?|dollars?|barrels|tons?|tonnes) ) \s+ (?P<t> (?:a|an|per) \s+ (?P<unit>day|week|month|year|hour) ) \b",
    ),
    (
        &PER_UNIT,
        r"(?i)\b(?P<t>per\s+(?P<unit>day|week|month|year|hour|quarter))\b",
    ),
];

/// Phrases from every opening, count, unit and ending the rules allow, in
/// several spellings, cases and surroundings.
#[cfg(test)]
pub fn generated_phrases() -> Vec<String> {
    let openings = [
        "",
        "every ",
        "Each  ",
        "EVERY ",
        "every two ",
        "each a couple of ",
        "every 3 ",
        "twice ",
        "Once ",
        "$5 ",
        "A4 ",
        "10% ",
        "10 % ",
        "tonnes ",
        "TONS ",
        "cents ",
        "per ",
        "x5 ",
        "every other ",
        "5x ",
    ];
    let middles = ["", "a ", "an ", "per ", "A  "];
    let units = [
        "day",
        "days",
        "dayss",
        "weekend",
        "Weekends",
        "morning",
        "hour",
        "quarter",
        "decade",
        "Tuesday",
        "tues",
        "Tues.",
        "THURS.",
        "daily",
        "Biweekly",
        "yearly",
        "\u{17F}econd",
    ];
    let endings = ["", ".", ". Then", ".x", "s", "-long"];
    let phrases = super::every_joining(&[&openings[..], &middles[..], &units[..], &endings[..]]);
    super::framed(phrases)
}
