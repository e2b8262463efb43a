//! Decades, centuries and years in words: "the 1990s", "the early '80s",
//! "the eighties", "the 20th century", "nineteen ninety-six".

use super::values::{count, date};
use super::{
    after_dashes, after_dashes_any, after_one_separator, after_the, folded_among, glued,
    holds_word, leftmost, spaced_word, token_slots, Opening, Starts, TokenRule, TENS, UNITS,
};
use crate::analysis::TimexType;
use crate::dates::grammar::{Rule, Slots, DECADE_WORDS, DECADE_WORDS_END};
use crate::dates::resolve::{Context, Tense};
use crate::text::tokens::{Tokens, DIGIT_FIRST, NON_ASCII, ORDINAL, PUNCTUATION, SPACED, WORD};

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 3] = [&DECADE, &CENTURY, &WORD_YEAR];

/// "the 1990s", "the early '80s", "the eighties".
pub static DECADE: TokenRule = TokenRule {
    rule: Rule::Decade,
    trigger: WORD,
    find: decade,
    opens: Opening::ANY_WORD,
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("Few recall the early '80s now.", "the early '80s"),
        ("Prices rose in the ’90s.", "the ’90s"),
        ("It was built in the 1990s.", "the 1990s"),
        ("Rock grew in the sixties.", "the sixties"),
    ],
};

/// "the 20th century", "the twenty-first century".
pub static CENTURY: TokenRule = TokenRule {
    rule: Rule::Century,
    trigger: WORD,
    find: century,
    // "the", or the ordinal: in digits ("19th", also when a non-ASCII letter
    // folds to its suffix, as "ſt" to "st") or in words.
    opens: Opening {
        classes: ORDINAL | NON_ASCII,
        words: &[&["the", "twenty"], &CENTURY_WORDS],
        data_words: None,
    },
    needs: &["century"],
    needs_data: None,
    #[cfg(test)]
    examples: &[("It dates from the 19th century.", "the 19th century")],
};

/// "nineteen ninety-six", "the year two thousand", as spoken in transcripts.
pub static WORD_YEAR: TokenRule = TokenRule {
    rule: Rule::WordYear,
    trigger: WORD,
    find: word_year,
    opens: Opening {
        classes: 0,
        words: &[&["nineteen", "twenty", "the", "two"]],
        data_words: None,
    },
    needs: &["nineteen", "twenty", "thousand"],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("It was nineteen ninety-six then.", "nineteen ninety-six"),
        (
            "By the year two thousand and one.",
            "the year two thousand and one",
        ),
    ],
};

/// Whether the three ASCII digits of `digits` open a decade of the grammar
/// (100 to 209, of 1000 to 2090).
fn decade_digits(digits: &[u8]) -> bool {
    digits.len() == 3
        && digits.iter().all(u8::is_ascii_digit)
        && (digits[0] == b'1' || (digits[0] == b'2' && digits[1] == b'0'))
}

/// The decade at `index`, in digits ("1990s", "1990's"), with a short
/// year ("'80s") or in words: its slots' spans and its last token.
fn decade_at(tokens: &Tokens<'_>, index: usize) -> Option<(&'static str, (usize, usize), usize)> {
    let token = tokens.get(index)?;
    if token.is(PUNCTUATION) {
        matches!(tokens.text(index), "'" | "’" | "‘").then_some(())?;
        let year = tokens
            .get(index + 1)
            .filter(|t| t.is(WORD) && !t.is(SPACED))?;
        let folded = tokens.folded(index + 1).as_bytes();
        let short = folded.len() == 3 && folded[0].is_ascii_digit() && &folded[1..] == b"0s";
        return short.then_some(("short", (year.start, year.start + 1), index + 1));
    }
    let folded = tokens.folded(index).as_bytes();
    if folded.len() == 5 && decade_digits(&folded[..3]) && &folded[3..] == b"0s" {
        return Some(("d", (token.start, token.start + 3), index));
    }
    let text = tokens.text(index).as_bytes();
    let with_apostrophe = text.len() == 4
        && decade_digits(&text[..3])
        && text[3] == b'0'
        && (glued(tokens, index + 1, "'") || glued(tokens, index + 1, "’"))
        && tokens
            .get(index + 2)
            .is_some_and(|t| t.is(WORD) && !t.is(SPACED))
        && tokens.folded(index + 2) == "s";
    if with_apostrophe {
        return Some(("d", (token.start, token.start + 3), index + 2));
    }
    folded_among(tokens, index, &DECADE_WORDS)?;
    Some(("word", (token.start, token.end), index))
}

/// A decade from `index` with what may open it ("the", "early"), as a
/// match.
fn decade_from<'h>(tokens: &Tokens<'h>, index: usize) -> Option<Slots<'h>> {
    let with_part = |at: usize| {
        let part = folded_among(tokens, at, &["early", "mid", "late"])
            .and_then(|_| Some((at, decade_at(tokens, after_dashes_any(tokens, at)?)?)));
        part.map(|(p, d)| (Some(p), d))
            .or_else(|| Some((None, decade_at(tokens, at)?)))
    };
    let (part, (name, span, last)) = after_the(tokens, index)
        .and_then(with_part)
        .or_else(|| with_part(index))?;
    let sentence = tokens.sentence();
    let all = tokens.all();
    let mut slots = Slots::new(sentence, all[index].start, all[last].end);
    if let Some(p) = part {
        slots.fill("part", sentence, all[p].start, all[p].end);
    }
    slots.fill(name, sentence, span.0, span.1);
    Some(slots)
}

fn decade<'h>(tokens: &Tokens<'h>, _starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    // Every decade has a word that opens with a digit and ends in "0s"
    // ("1990s", "'80s") or is a year ending in 0 (before "'s"), or it has a
    // decade's word, which the words run together hold: a sentence with
    // neither is let go after a look at its classes and one search.
    let in_digits = tokens.all().iter().enumerate().any(|(index, token)| {
        token.is(DIGIT_FIRST) && {
            let w = tokens.folded(index);
            w.ends_with("0s")
                || (w.len() == 4 && w.ends_with('0') && w.bytes().all(|b| b.is_ascii_digit()))
        }
    });
    let in_words = || {
        tokens.folded_words().contains(DECADE_WORDS_END)
            && holds_word(tokens, |w| DECADE_WORDS.contains(&w))
    };
    if !in_digits && !in_words() {
        return;
    }
    // A match starts at a word, or at an apostrophe right after one (where
    // a word boundary holds).
    let mut from = 0;
    for (index, token) in tokens.all().iter().enumerate() {
        let starts = token.is(WORD)
            || (index > 0
                && !token.is(SPACED)
                && tokens.all()[index - 1].is(WORD)
                && tokens.text(index) == "'");
        if token.start < from || !starts {
            continue;
        }
        if let Some(slots) = decade_from(tokens, index) {
            from = slots.whole().end;
            found.push(slots);
        }
    }
}

/// The centuries in words, as the grammar names them.
const CENTURY_WORDS: [&str; 3] = ["nineteenth", "twentieth", "eighteenth"];

fn century<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let core = |at: usize| {
            let folded = tokens.folded(at);
            let digits = folded.bytes().take_while(u8::is_ascii_digit).count();
            let start = tokens.all()[at].start;
            let (name, span, last) = if (1..=2).contains(&digits)
                && ["st", "nd", "rd", "th"].contains(&&folded[digits..])
            {
                ("n", (start, start + digits), at)
            } else if CENTURY_WORDS.contains(&folded) {
                ("word", (start, tokens.all()[at].end), at)
            } else {
                let compound = folded == "twenty"
                    && glued(tokens, at + 1, "-")
                    && tokens
                        .get(at + 2)
                        .is_some_and(|t| t.is(WORD) && !t.is(SPACED))
                    && tokens.folded(at + 2) == "first";
                compound.then_some(())?;
                ("word", (start, tokens.all()[at + 2].end), at + 2)
            };
            let century = after_one_separator(tokens, last)?;
            (tokens.folded(century) == "century").then_some((name, span, century))
        };
        let (name, span, last) = after_the(tokens, index)
            .and_then(core)
            .or_else(|| core(index))?;
        let sentence = tokens.sentence();
        let mut slots = Slots::new(sentence, tokens.all()[index].start, tokens.all()[last].end);
        slots.fill(name, sentence, span.0, span.1);
        Some(slots)
    });
}

/// The numbers from ten to nineteen in words.
const TEENS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// "nineteen ninety-six": the century's word and the last token of the rest.
fn spoken_year(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    folded_among(tokens, index, &["nineteen", "twenty"])?;
    let rest = after_dashes(tokens, index)?;
    if folded_among(tokens, rest, &TENS).is_some() {
        let units = after_one_separator(tokens, rest)
            .filter(|&u| folded_among(tokens, u, &UNITS).is_some());
        return Some(units.unwrap_or(rest));
    }
    folded_among(tokens, rest, &TEENS).map(|_| rest)
}

/// "two thousand", "the year two thousand and one": the token of "two", of
/// "thousand" and of the units, if any.
fn thousands(tokens: &Tokens<'_>, index: usize) -> Option<(usize, usize, Option<usize>)> {
    let two = |at: usize| {
        (tokens.folded(at) == "two"
            && spaced_word(tokens, at + 1).is_some()
            && tokens.folded(at + 1) == "thousand")
            .then_some(at)
    };
    let the_year = (tokens.folded(index) == "the"
        && spaced_word(tokens, index + 1).is_some()
        && tokens.folded(index + 1) == "year"
        && spaced_word(tokens, index + 2).is_some())
    .then(|| two(index + 2))
    .flatten();
    let two = the_year.or_else(|| two(index))?;
    let thousand = two + 1;
    let units_at = |at: usize| {
        spaced_word(tokens, at)?;
        folded_among(tokens, at, &UNITS)
            .or_else(|| folded_among(tokens, at, &["ten"]))
            .map(|_| at)
    };
    let and = (spaced_word(tokens, thousand + 1).is_some() && tokens.folded(thousand + 1) == "and")
        .then(|| units_at(thousand + 2))
        .flatten();
    Some((two, thousand, and.or_else(|| units_at(thousand + 1))))
}

fn word_year<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        if let Some(last) = spoken_year(tokens, index) {
            let rest = after_dashes(tokens, index)?;
            return Some(token_slots(
                tokens,
                index,
                last,
                &[
                    ("century", Some((index, index))),
                    ("rest", Some((rest, last))),
                ],
            ));
        }
        let (two, thousand, units) = thousands(tokens, index)?;
        Some(token_slots(
            tokens,
            index,
            units.unwrap_or(thousand),
            &[
                ("thousand", Some((two, thousand))),
                ("units", units.map(|u| (u, u))),
            ],
        ))
    });
}

/// The regexes these rules replaced, the oracle of their tests.
#[cfg(test)]
pub const ORACLES: [(&TokenRule, &str); 3] = [
    (
        &DECADE,
        r"(?ix)\b (?:the\s+)? (?: (?P<part>early|mid|late) [-\s]+ )? (?: (?P<d>1[0-9]{2}|20[0-9]) 0['’]?s \b | ['’‘](?P<short>[0-9]) 0s \b
               | (?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties) \b )",
    ),
    (
        &CENTURY,
        r"(?ix)\b (?:the\s+)? (?: (?P<n>[0-9]{1,2}) (?:st|nd|rd|th) | (?P<word>nineteenth|twentieth|twenty-first|eighteenth) ) [-\s] century \b",
    ),
    (
        &WORD_YEAR,
        r"(?ix)\b (?: (?P<century>nineteen|twenty) [-\s]+ (?P<rest> (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?
               | ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen )
           | (?:the\s+year\s+)? (?P<thousand>two\s+thousand) (?: (?:\s+and)? \s+ (?P<units>one|two|three|four|five|six|seven|eight|nine|ten) )? ) \b",
    ),
];

/// Decades, centuries and years in words with every opening the rules
/// allow, in several spellings, cases and surroundings.
#[cfg(test)]
pub fn generated_phrases() -> Vec<String> {
    let openings = [
        "",
        "the ",
        "The  ",
        "THE ",
        "early ",
        "Mid-",
        "mid - ",
        "late",
        "the late ",
        "x",
        "in ",
        "the year ",
        "The Year  ",
        "year ",
    ];
    let bodies = [
        "1990s",
        "1990S",
        "1990's",
        "1990'S",
        "1990\u{17F}",
        "2010s",
        "2100s",
        "1995s",
        "0990s",
        "19900s",
        "'80s",
        "'80S",
        "'85s",
        "'80",
        "80s",
        "eighties",
        "Nineties",
        "NINETIES",
        "ninetie",
        "20th century",
        "21ST Century",
        "20th  century",
        "20th-century",
        "123rd century",
        "1st century",
        "twentieth century",
        "twenty-first century",
        "twenty first century",
        "Eighteenth-Century",
        "nineteen ninety-six",
        "Nineteen - ninety six",
        "nineteen ninety",
        "nineteen ninety-sixty",
        "nineteen ninety  six",
        "twenty twelve",
        "twenty-ten",
        "nineteen tenth",
        "nineteen ninetyish",
        "two thousand",
        "Two  Thousand and one",
        "two thousand ten",
        "two thousand seventy",
        "two thousand and",
        "two thousands",
        "twenty one",
        "nineteen",
    ];
    let endings = ["", ".", "s", " and", "'s", "\u{e9}", "-long", " century"];
    let phrases = super::every_joining(&[&openings[..], &bodies[..], &endings[..]]);
    super::framed(phrases)
}

/// "the 1990s" (`199`), "the early '80s" (`198`), "the eighties" (`198`).
pub fn resolve_decade(
    c: &Slots<'_>,
    _tense: Tense,
    _context: &mut Context,
) -> Option<(TimexType, String)> {
    let digits = if let Some(d) = c.name("d") {
        d.as_str().to_string()
    } else if let Some(s) = c.name("short") {
        let tens: u32 = s.as_str().parse().ok()?;
        let century = if tens <= 2 { "20" } else { "19" };
        format!("{century}{tens}")
    } else {
        let word = c.name("word")?.as_str().to_ascii_lowercase();
        let tens = DECADE_WORDS.iter().position(|w| *w == word)? + 2;
        format!("19{tens}")
    };
    date(digits)
}

/// "the 20th century" (`19`), "the twenty-first century" (`20`).
pub fn resolve_century(
    c: &Slots<'_>,
    _tense: Tense,
    _context: &mut Context,
) -> Option<(TimexType, String)> {
    let n: u32 = match c.name("n") {
        Some(n) => n.as_str().parse().ok()?,
        None => match c.name("word")?.as_str().to_ascii_lowercase().as_str() {
            "eighteenth" => 18,
            "nineteenth" => 19,
            "twentieth" => 20,
            _ => 21,
        },
    };
    (1..=21)
        .contains(&n)
        .then(|| (TimexType::Date, format!("{:02}", n - 1)))
}

/// "nineteen ninety-six", "the year two thousand and one": the year, which
/// "later that year" counts from.
pub fn resolve_word_year(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let year = if c.name("thousand").is_some() {
        let units = c.name("units").map_or(Some(0), |u| count(u.as_str()))?;
        // "two thousand" alone is a count more often than a year.
        if units == 0 && !c.whole().as_str().to_ascii_lowercase().starts_with("the") {
            return None;
        }
        2000 + units
    } else {
        let century = if c.name("century")?.as_str().eq_ignore_ascii_case("twenty") {
            2000
        } else {
            1900
        };
        century + count(c.name("rest")?.as_str())?
    };
    context.year = Some(year as i32);
    date(format!("{year:04}"))
}
