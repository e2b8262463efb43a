//! Dates and years in digits: "2024-12-14", "12/14/2024", "1998", "fiscal
//! 1989", "FY2001".

use super::values::{date, number};
use super::{glued, spaced_word, token_slots, Opening, Starts, TokenRule};
use crate::analysis::TimexType;
use crate::calendar::Date;
use crate::dates::grammar::{Rule, Slots};
use crate::dates::resolve::{Context, Tense};
use crate::lexicon::{has_role, ContextRole};
use crate::pattern::word_boundary;
use crate::text::tokens::{Tokens, DIGITS, FOUR_DIGITS_LAST, PUNCTUATION, SPACED, WORD};

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 4] = [&ISO_DATE, &SLASH_DATE, &YEAR_PART, &YEAR];

/// "2024-12-14", "2024/12/14", "2024-12-14T10:30:00Z".
pub static ISO_DATE: TokenRule = TokenRule {
    rule: Rule::IsoDate,
    trigger: DIGITS,
    find: iso_date,
    opens: Opening {
        classes: DIGITS,
        words: &[],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("The file is dated 2021-03-04.", "2021-03-04"),
        ("The file is dated 2021/03/04.", "2021/03/04"),
        (
            "Sent 2021-03-04T10:30:05.25+01:00 by fax.",
            "2021-03-04T10:30:05.25+01:00",
        ),
    ],
};

/// "12/14/2024", "3/4/21".
pub static SLASH_DATE: TokenRule = TokenRule {
    rule: Rule::SlashDate,
    trigger: DIGITS,
    find: slash_date,
    opens: Opening {
        classes: DIGITS,
        words: &[],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("Filed on 12/14/2024 in court.", "12/14/2024"),
        ("Filed on 14.12.2024 in court.", "14.12.2024"),
    ],
};

/// "late 2023", "the end of 1990", "mid-1998".
pub static YEAR_PART: TokenRule = TokenRule {
    rule: Rule::YearPart,
    trigger: DIGITS,
    find: year_part,
    opens: Opening {
        classes: 0,
        words: &[
            &["early", "mid", "late", "the"],
            &["end", "beginning", "start", "middle", "close", "turn"],
        ],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("Work resumes mid-1998.", "mid-1998"),
        ("It ends at the turn of 2030.", "the turn of 2030"),
    ],
};

/// "1998", "fiscal 1989", "FY2001", with the word before and after it.
pub static YEAR: TokenRule = TokenRule {
    rule: Rule::Year,
    trigger: FOUR_DIGITS_LAST,
    find: year,
    opens: Opening::ANY_WORD,
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("Sales fell in fiscal year 1998 again.", "fiscal year 1998"),
        ("It cost $2000.", "2000"),
        ("Its FY2001 budget.", "FY2001"),
    ],
};

/// Whether `text` is ASCII digits, as many as `lengths` allows.
fn digits(text: &str, lengths: &[usize]) -> bool {
    lengths.contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

fn iso_date<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    super::leftmost(tokens, starts, found, |tokens, index| {
        let year = tokens.text(index);
        if !digits(year, &[4]) || !(year.starts_with("19") || year.starts_with("20")) {
            return None;
        }
        let month = index + 2;
        let day = index + 4;
        let glued_word = |at: usize| tokens.get(at).is_some_and(|t| t.is(WORD) && !t.is(SPACED));
        // "2024-12-09", or with slashes as many pages write it: "2024/12/09".
        let separator = |at: usize| glued(tokens, at, "-") || glued(tokens, at, "/");
        if !(separator(index + 1) && glued_word(month) && separator(index + 3) && glued_word(day)) {
            return None;
        }
        let month_text = tokens.text(month).as_bytes();
        if !(digits(tokens.text(month), &[2]) && month_text[0] <= b'1') {
            return None;
        }
        let sentence = tokens.sentence();
        let day_start = tokens.all()[day].start;
        let day_bytes = &sentence.as_bytes()[day_start..];
        if day_bytes.len() < 2
            || !(b'0'..=b'3').contains(&day_bytes[0])
            || !day_bytes[1].is_ascii_digit()
        {
            return None;
        }
        let end = time_ends(sentence, day_start + 2)
            .into_iter()
            .chain([day_start + 2])
            .find(|&e| word_boundary(sentence, e))?;
        let all = tokens.all();
        let mut slots = Slots::new(sentence, all[index].start, end);
        slots.fill("y", sentence, all[index].start, all[index].end);
        slots.fill("m", sentence, all[month].start, all[month].end);
        slots.fill("d", sentence, day_start, day_start + 2);
        Some(slots)
    });
}

/// Where `T10:30(:05)?(.25)?(Z|+01:?00)?` may end from byte `at`, in the
/// pattern's order of preference.
fn time_ends(sentence: &str, at: usize) -> Vec<usize> {
    let bytes = sentence.as_bytes();
    let digits_at = |from: usize, n: usize| {
        bytes.len() >= from + n && bytes[from..from + n].iter().all(u8::is_ascii_digit)
    };
    let mut ends = Vec::new();
    if !(bytes.get(at) == Some(&b'T')
        && digits_at(at + 1, 2)
        && bytes.get(at + 3) == Some(&b':')
        && digits_at(at + 4, 2))
    {
        return ends;
    }
    let minutes = at + 6;
    let seconds =
        (bytes.get(minutes) == Some(&b':') && digits_at(minutes + 1, 2)).then_some(minutes + 3);
    for after_seconds in seconds.into_iter().chain([minutes]) {
        let mut fractions = Vec::new();
        if bytes.get(after_seconds) == Some(&b'.') {
            let run = bytes[after_seconds + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            fractions.extend((1..=run).rev().map(|n| after_seconds + 1 + n));
        }
        fractions.push(after_seconds);
        for after_fraction in fractions {
            match bytes.get(after_fraction) {
                Some(b'Z') => ends.push(after_fraction + 1),
                Some(b'+' | b'-') if digits_at(after_fraction + 1, 2) => {
                    let hours = after_fraction + 3;
                    if bytes.get(hours) == Some(&b':') && digits_at(hours + 1, 2) {
                        ends.push(hours + 3);
                    }
                    if digits_at(hours, 2) {
                        ends.push(hours + 2);
                    }
                }
                _ => {}
            }
            ends.push(after_fraction);
        }
    }
    ends
}

fn slash_date<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    super::leftmost(tokens, starts, found, |tokens, index| {
        let glued_digits = |at: usize, lengths: &[usize]| {
            tokens
                .get(at)
                .is_some_and(|t| t.is(DIGITS) && !t.is(SPACED))
                && digits(tokens.text(at), lengths)
        };
        // Slashes, or dots before a year of four digits ("10.12.2024"), which
        // Europe writes day first.
        let dotted = glued(tokens, index + 1, ".");
        let (separator, years): (&str, &[usize]) =
            if dotted { (".", &[4]) } else { ("/", &[4, 2]) };
        if !(digits(tokens.text(index), &[1, 2])
            && glued(tokens, index + 1, separator)
            && glued_digits(index + 2, &[1, 2])
            && glued(tokens, index + 3, separator)
            && glued_digits(index + 4, years))
        {
            return None;
        }
        Some(token_slots(
            tokens,
            index,
            index + 4,
            &[
                ("a", Some((index, index))),
                ("dots", dotted.then_some((index + 1, index + 1))),
                ("b", Some((index + 2, index + 2))),
                ("y", Some((index + 4, index + 4))),
            ],
        ))
    });
}

fn year_part<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    super::leftmost(tokens, starts, found, |tokens, index| {
        let text = tokens.text(index);
        let (part, year) = if ["early", "mid", "late"]
            .iter()
            .any(|w| super::lower_or_capital(text, w))
        {
            (Some(index), super::after_dashes(tokens, index)?)
        } else {
            let at = if super::lower_or_capital(text, "the")
                && spaced_word(tokens, index + 1).is_some()
            {
                index + 1
            } else {
                index
            };
            ["end", "beginning", "start", "middle", "close", "turn"]
                .contains(&tokens.text(at))
                .then_some(())?;
            spaced_word(tokens, at + 1).filter(|_| tokens.text(at + 1) == "of")?;
            spaced_word(tokens, at + 2)?;
            (None, at + 2)
        };
        let text = tokens.text(year);
        let grammar_year = digits(text, &[4]) && (text.starts_with('1') || text.starts_with("20"));
        grammar_year.then_some(())?;
        Some(token_slots(
            tokens,
            index,
            year,
            &[("part", part.map(|p| (p, p))), ("y", Some((year, year)))],
        ))
    });
}

/// A year with its qualifier ("fiscal year 1998", "FY2001") from the word
/// at `index`: the start and end of its digits.
fn qualified_year(tokens: &Tokens<'_>, index: usize) -> Option<(usize, usize)> {
    let token = tokens.get(index).filter(|t| t.is(WORD))?;
    let text = tokens.text(index);
    // The digits that follow `offset` bytes into the word at `at`: the rest
    // of the word, or the next word after white space.
    let digits_from = |at: usize, offset: usize| {
        let word = tokens.text(at);
        let start = tokens.all()[at].start;
        if offset < word.len() {
            digits(&word[offset..], &[4]).then_some((start + offset, start + word.len()))
        } else {
            let next = spaced_word(tokens, at + 1)?;
            digits(tokens.text(at + 1), &[4]).then_some((next.start, next.end))
        }
    };
    // "year" opening the word after white space, then the digits.
    let year_word = |at: usize| {
        spaced_word(tokens, at + 1)?;
        tokens.text(at + 1).starts_with("year").then_some(())?;
        digits_from(at + 1, 4)
    };
    for (written, then_year) in [
        ("fiscal", Some(false)),
        ("calendar", None),
        ("FY", None),
        ("model", Some(true)),
    ] {
        let prefix = if written == "FY" {
            text.starts_with("FY")
        } else {
            text.get(..written.len())
                .is_some_and(|head| super::lower_or_capital(head, written))
        };
        if !prefix {
            continue;
        }
        let whole = text.len() == written.len();
        return match then_year {
            Some(true) => whole.then(|| year_word(index)).flatten(),
            Some(false) => whole
                .then(|| year_word(index))
                .flatten()
                .or_else(|| digits_from(index, written.len())),
            None => digits_from(index, written.len()),
        };
    }
    digits(text, &[4]).then_some((token.start, token.end))
}

/// The characters that may stand right before a year and are kept with it.
const CURRENCIES: [&str; 4] = ["$", "#", "\u{a3}", "\u{20ac}"];

fn year<'h>(tokens: &Tokens<'h>, _starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    let sentence = tokens.sentence();
    let all = tokens.all();
    // A match ends with a word that ends with four digits, at most four
    // tokens after its start ("fiscal. year 1998"): the first such word at
    // or after each token tells whether a match can start there.
    let mut year_digits = 0;
    let mut from = 0;
    for (index, token) in all.iter().enumerate() {
        if token.start < from {
            continue;
        }
        while year_digits < all.len()
            && (year_digits < index || !all[year_digits].is(FOUR_DIGITS_LAST))
        {
            year_digits += 1;
        }
        if year_digits == all.len() {
            break;
        }
        if year_digits > index + 4 {
            continue;
        }
        let before = if token.is(PUNCTUATION) {
            if !CURRENCIES.contains(&tokens.text(index)) {
                continue;
            }
            tokens
                .get(index + 1)
                .filter(|t| t.is(WORD) && !t.is(SPACED))
                .map(|_| index + 1)
        } else if tokens.text(index).bytes().all(|b| b.is_ascii_alphabetic()) {
            let last = if glued(tokens, index + 1, ".") {
                index + 1
            } else {
                index
            };
            spaced_word(tokens, last + 1).map(|_| last + 1)
        } else {
            None
        };
        let with_before = before.and_then(|at| Some((Some(at), at, qualified_year(tokens, at)?)));
        let Some((before_end, t, (y_start, y_end))) = with_before.or_else(|| {
            token.is(WORD).then_some(())?;
            Some((None, index, qualified_year(tokens, index)?))
        }) else {
            continue;
        };
        let after_end = after(sentence, y_end);
        let end = after_end.unwrap_or(y_end);
        let mut slots = Slots::new(sentence, token.start, end);
        if before_end.is_some() {
            slots.fill("before", sentence, token.start, all[t].start);
        }
        slots.fill("t", sentence, all[t].start, y_end);
        slots.fill("y", sentence, y_start, y_end);
        if let Some(after_end) = after_end {
            slots.fill("after", sentence, y_end, after_end);
        }
        from = end;
        found.push(slots);
    }
}

/// The end of what follows a year (`\s* (?:[a-z%]+|,[0-9]|[0-9]{5,})`), if anything:
/// four digits after a year may be the next year ("1996 1995", a table's columns).
fn after(sentence: &str, at: usize) -> Option<usize> {
    let rest = &sentence[at..];
    let trimmed = rest.trim_start();
    let start = at + rest.len() - trimmed.len();
    let bytes = trimmed.as_bytes();
    let run = bytes
        .iter()
        .take_while(|b| b.is_ascii_lowercase() || **b == b'%')
        .count();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if run > 0 {
        Some(start + run)
    } else if bytes.first() == Some(&b',') && bytes.get(1).is_some_and(u8::is_ascii_digit) {
        Some(start + 2)
    } else if digits >= 5 {
        Some(start + digits)
    } else {
        None
    }
}

/// "2024-12-14": that day, which later day words count from.
pub fn resolve_iso_date(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let day = Date::new(number(c, "y")? as i32, number(c, "m")?, number(c, "d")?)?;
    context.reference = Some(day);
    date(day.to_string())
}

/// Whether a slash date writes the day first (true, "14/12/2024") or the
/// month first (false, "12/14/2024"), where its numbers show it.
pub fn slash_order(c: &Slots<'_>) -> Option<bool> {
    let (a, b) = (number(c, "a")?, number(c, "b")?);
    match (a > 12, b > 12) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// "12/14/2024": month first unless the first number cannot be one, or the
/// text writes its slash dates day first ([`Context::slash_day_first`]); a
/// two-digit year is this century's below 50.
pub fn resolve_slash_date(
    c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let (a, b) = (number(c, "a")?, number(c, "b")?);
    let mut year = number(c, "y")? as i32;
    if year < 100 {
        year += if year < 50 { 2000 } else { 1900 };
    }
    let day_first =
        a > 12 || (c.name("dots").is_some() || context.slash_day_first == Some(true)) && b <= 12;
    let (month, day) = if day_first { (b, a) } else { (a, b) };
    let mut day = Date::new(year, month, day)?;
    // "07/03/2024" may be either day: in a report of March 10 whose sentence
    // tells of the past, July 3 is yet to come, so it is March 7 (and the
    // other way round for what is to come). Without a tense (a table's "DUE :
    // 11/1/96") the month comes first.
    let told = matches!(tense, Tense::Past | Tense::Future) && context.slash_day_first.is_none();
    if told && !day_first && a != b && b <= 12 {
        if let (Some(published), Some(other)) = (context.published, Date::new(year, b, a)) {
            let fits = |d: Date| match tense {
                Tense::Future => d >= published,
                _ => d <= published,
            };
            if !fits(day) && fits(other) {
                day = other;
            }
        }
    }
    context.reference = Some(day);
    date(day.to_string())
}

/// "late 2023": the year, which "later that year" counts from.
pub fn resolve_year_part(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    context.year = c.name("y")?.as_str().parse().ok();
    date(c.name("y")?.as_str().to_string())
}

/// "1998", when the digits are a year ([`plausible_year`]).
pub fn resolve_year(
    c: &Slots<'_>,
    _tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let year: i32 = c.name("y")?.as_str().parse().ok()?;
    if !plausible_year(c, year) {
        return None;
    }
    context.year = Some(year);
    date(format!("{year:04}"))
}

/// Whether four digits are a year: not money, not a count of things ("2000
/// troops"), not part of a longer number or a telephone number, and in 1900–2099 unless a word such as
/// "in" or "since" introduces it.
fn plausible_year(c: &Slots<'_>, year: i32) -> bool {
    let before = c.name("before").map_or("", |b| b.as_str());
    if before.starts_with(['$', '#', '\u{a3}', '\u{20ac}']) {
        return false;
    }
    // "+44 1908 516666": a group of a telephone number, not a year.
    let after = c.name("after").map_or("", |a| a.as_str().trim());
    if after.starts_with([',', '%']) || after.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if has_role(after, ContextRole::CountNoun) {
        return false;
    }
    let word = before.trim().trim_end_matches('.').to_ascii_lowercase();
    if (1900..=2099).contains(&year) {
        return !has_role(&word, ContextRole::NumberLabel);
    }
    has_role(&word, ContextRole::EarlyYear) && (1000..1900).contains(&year)
}

/// The regexes these rules replaced, the oracle of their tests.
#[cfg(test)]
pub const ORACLES: [(&TokenRule, &str); 4] = [
    (
        &YEAR_PART,
        r"(?x)\b (?: (?P<part>[Ee]arly|[Mm]id|[Ll]ate) [-\s]+ | (?:[Tt]he\s+)? (?:end|beginning|start|middle|close|turn) \s+ of \s+ ) (?P<y>{YEAR}) \b",
    ),
    (
        &ISO_DATE,
        r"\b(?P<y>(?:19|20)[0-9]{2})[-/](?P<m>[01][0-9])[-/](?P<d>[0-3][0-9])(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?\b",
    ),
    (
        &SLASH_DATE,
        r"\b(?P<a>[0-9]{1,2})(?:/|(?P<dots>\.))(?P<b>[0-9]{1,2})[/.](?P<y>[0-9]{4}|[0-9]{2})\b",
    ),
    (
        &YEAR,
        r"(?x) (?P<before> [$\#\x{00A3}\x{20AC}] | \b[A-Za-z]+\.?\s+ )? (?P<t> \b (?: (?:[Ff]iscal(?:\s+year)?|[Cc]alendar|FY|[Mm]odel\s+year) \s* )? (?P<y>[0-9]{4}) \b ) (?P<after> \s* (?:[a-z%]+|,[0-9]|[0-9]{5,}) )?",
    ),
];

/// Dates and years in digits with every qualifier, neighbour and ending the
/// rules allow, in several spellings and surroundings.
#[cfg(test)]
pub fn generated_phrases() -> Vec<String> {
    let openings = [
        "",
        "in ",
        "Mr. ",
        "US$",
        "$",
        "\u{a3}",
        "#",
        "abc5 ",
        "fiscal ",
        "Fiscal year ",
        "fiscal year",
        "fiscal years ",
        "FY",
        "FY ",
        "calendar",
        "Model year ",
        "model  year",
        "model ",
        "\u{e9}t\u{e9} ",
        "12/",
        "3/4/",
        "mid-",
        "Mid - ",
        "late ",
        "EARLY ",
        "The end of ",
        "the turn  of ",
        "close of ",
        "the End of ",
    ];
    let bodies = [
        "1998",
        "2024-12-14",
        "2024-13-14",
        "1899-01-01",
        "2024-12-14T10:30",
        "2024-12-14T10:30:05",
        "2024-12-14T10:30:05.123Z",
        "2024-12-14T10:30+01:00",
        "2024-12-14T10:30-0100",
        "2024-12-14T10:30:05.1x",
        "2024-12-14T1030",
        "2024-12-145",
        "12/14/2024",
        "1/2/21",
        "1/2/213",
        "123/4/2024",
        "19985",
        "98",
    ];
    let endings = [
        "",
        " troops",
        " Troops",
        "%",
        ",5",
        ", 5",
        " t\u{e9}st",
        "s",
        "-12",
        " 1999",
        " 516666",
        " 123",
        " and 2000",
        "%$2001",
        ".",
    ];
    let phrases = super::every_joining(&[&openings[..], &bodies[..], &endings[..]]);
    super::framed(phrases)
}
