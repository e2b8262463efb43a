//! Numbers as written in news text: digits with separators and decimals
//! ("25,000", "1.2"), number words ("Ninety-nine", "two hundred and fifty",
//! "one and a half million", "one lakh"),
//! scales ("1.2 million", "$550m", "£3bn"), dozens ("a dozen", "two dozen"),
//! plural quantifiers ("dozens", "hundreds": SCHEMA's lower bounds), ranges
//! ("200-300", "between 200 and 300", "200 to 300") and sums of money.
//!
//! Left out here, because they are not quantities: designations glued to letters
//! ("Il-76", "MiG-29", "G20": the tokenizer keeps them one word that starts with a
//! letter), ordinals and decades ("1st", "1990s"), and hyphenated durations
//! ("49-year", "24-hour"). Dates, times and years are the caller's to skip.

use std::sync::LazyLock;

use crate::analysis::Qualifier;
use crate::hash::Table;
use crate::lexicon::{
    has_role, ContextRole, CurrencyPosition, NounKind, NumberWord, NumberWordKind, Phrase,
    COUNTED_NOUNS, CURRENCIES, NUMBER_WORDS, VAGUE_AMOUNTS,
};

use super::counted::names_nationality;
use super::tokens::{Token, NUMBER_START, NUMBER_WORD, VAGUE_AMOUNT};

/// A number found at some token.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Index of its first token (a currency symbol, or the number itself).
    pub first: usize,
    /// Index of its last token (scale words, a range's end, a currency word, "%").
    pub last: usize,
    /// The value (the lower one of a range).
    pub value: f64,
    /// The upper value of a range.
    pub value_max: Option<f64>,
    /// The qualifier its form implies: `AtLeast` for "dozens" and ranges.
    pub implied: Option<Qualifier>,
    /// The currency, for a sum of money.
    pub currency: Option<&'static str>,
    /// A unit written with the number ("13km", "45%", "3.5-inch") and its kind.
    pub unit: Option<(&'static str, NounKind)>,
    /// True for "150-strong": the noun after it is what is counted.
    pub strong: bool,
    /// True when the number is the bare word "one" (or "a"), which alone is
    /// an article more often than a count ("one of the planes", "one activist").
    pub bare_one: bool,
    /// True for plural quantifiers, which take "of" ("dozens of Russians").
    pub vague: bool,
    /// True when a scale is glued to the digits without a currency ("1.5m"):
    /// millions of people, or metres of something ("a 40m boat").
    pub glued_scale: bool,
}

/// The number starting at `tokens[at]`, if one does. Inlined: most tokens
/// start none, and [`may_start`] tells so without a call.
#[inline]
pub fn parse(tokens: &[Token<'_>], at: usize) -> Option<Number> {
    if !may_start(tokens, at) {
        return None;
    }
    parse_at(tokens, at)
}

fn parse_at(tokens: &[Token<'_>], at: usize) -> Option<Number> {
    let (currency_before, core_at) = currency_before(tokens, at);
    let mut core = core(tokens, core_at?)?;
    // "$3 m", "£40 k": after a currency, a scale's letter spaced off is the
    // scale, not a measure.
    if currency_before.is_some() && core.unscaled {
        let suffix = tokens
            .get(core.last + 1)
            .and_then(|t| NUMBER_WORDS.get(t.lower.as_ref()));
        if let Some(w) = suffix.filter(|w| w.kind == NumberWordKind::Suffix) {
            core.value = scaled(core.value, w.value);
            core.last += 1;
        }
    }
    let mut number = Number {
        first: at,
        last: core.last,
        value: core.value,
        value_max: None,
        implied: core.implied,
        currency: currency_before,
        unit: core.unit,
        strong: core.strong,
        bare_one: core.bare_one,
        vague: core.implied.is_some(),
        glued_scale: core.glued_scale,
    };
    // A range is exact: its value and upper value say how far it reaches.
    if let Some(max) = core.range_max {
        number.value_max = Some(max);
    } else if let Some((low, max, last)) = range_end(tokens, &core) {
        // "raised its pledge from CHF 200m to CHF 650m": the number a count
        // changed from is no figure, the one it changed to is.
        if changed_from(tokens, at) && tokens[core.last + 1].lower == "to" {
            return None;
        }
        number.value = low;
        number.value_max = Some(max);
        number.last = last;
        number.bare_one = false;
    }
    // "5 million dollars", and for plural quantifiers "billions of dollars".
    let currency_at = match tokens.get(number.last + 1) {
        Some(t) if number.vague && t.lower == "of" => number.last + 2,
        _ => number.last + 1,
    };
    if number.currency.is_none() && number.unit.is_none() {
        if let Some((code, last)) = currency_after(tokens, currency_at) {
            number.currency = Some(code);
            number.last = last;
        }
    }
    if number.unit.is_none()
        && number.currency.is_none()
        && tokens.get(number.last + 1).is_some_and(|t| t.text == "%")
    {
        number.unit = Some(("percent", NounKind::Percent));
        number.last += 1;
    }
    if number.currency.is_some() {
        number.bare_one = false;
        number.glued_scale = false;
    }
    Some(number)
}

/// False when no number can start at `tokens[at]`: a number is tried at
/// every token, and most tokens are no number, no currency before one and no
/// word a number starts with ([`NUMBER_START`]), which this tells without the
/// lookups of [`parse`].
#[inline]
fn may_start(tokens: &[Token<'_>], at: usize) -> bool {
    let Some(token) = tokens.get(at) else {
        return false;
    };
    let next = tokens.get(at + 1);
    token.opens(NUMBER_START)
        // A currency before the digits ("$", "USD"), or glued to a short word ("US$").
        || next.is_some_and(|n| {
            n.starts_with_digit() || (token.is_word && token.text.len() <= 2 && !n.is_word)
        })
}

/// A number without its currency and range.
#[derive(Debug, Clone, PartialEq)]
struct Core {
    last: usize,
    value: f64,
    implied: Option<Qualifier>,
    unit: Option<(&'static str, NounKind)>,
    strong: bool,
    bare_one: bool,
    /// The upper value of a range written as one token ("200-300").
    range_max: Option<f64>,
    /// True when no scale word was written, so a range's scale may apply ("5 to 6 million").
    unscaled: bool,
    /// A scale glued to the digits ("550m").
    glued_scale: bool,
}

impl Core {
    /// A number ending at token `last` with nothing else known about it.
    fn plain(last: usize, value: f64) -> Core {
        Core {
            last,
            value,
            implied: None,
            unit: None,
            strong: false,
            bare_one: false,
            range_max: None,
            unscaled: false,
            glued_scale: false,
        }
    }
}

/// A currency symbol or code at `at` ("$", "US$", "£", "USD") and where the
/// number after it starts; no currency and `at` itself otherwise.
fn currency_before(tokens: &[Token<'_>], at: usize) -> (Option<&'static str>, Option<usize>) {
    let Some(token) = tokens.get(at) else {
        return (None, None);
    };
    // Prefixed symbols are short words glued to the symbol: "US$", "AU$", "C$".
    let glued_next = tokens
        .get(at + 1)
        .filter(|n| token.is_word && token.text.len() <= 2 && n.start == token.end && !n.is_word);
    if let Some(symbol) = glued_next {
        let form = format!("{}{}", token.text, symbol.text);
        if let Some(code) = currency_form(&form, CurrencyPosition::Symbol) {
            return (Some(code), Some(at + 2));
        }
    }
    let position = if token.is_word {
        CurrencyPosition::Code
    } else {
        CurrencyPosition::Symbol
    };
    // Digits next first: most tokens are followed by none, and need no lookup.
    // A symbol of letters ("Tk", "R") is a word token too.
    let code = tokens
        .get(at + 1)
        .is_some_and(Token::starts_with_digit)
        .then(|| {
            currency_form(token.text, position).or_else(|| {
                token
                    .is_word
                    .then(|| currency_form(token.text, CurrencyPosition::Symbol))
                    .flatten()
            })
        })
        .flatten();
    match code {
        Some(code) => (Some(code), Some(at + 1)),
        None => (None, Some(at)),
    }
}

/// A currency word or code after a number ("dollars", "US dollars", "U.S.
/// dollars", "USD"), and
/// its last token.
fn currency_after(tokens: &[Token<'_>], at: usize) -> Option<(&'static str, usize)> {
    let at = if tokens
        .get(at)
        .is_some_and(|t| matches!(t.text, "US" | "U.S."))
    {
        at + 1
    } else {
        at
    };
    let token = tokens.get(at)?;
    if let Some(code) = currency_form(token.text, CurrencyPosition::Code) {
        return Some((code, at));
    }
    phrase_at(&CURRENCY_WORDS, &CURRENCIES, tokens, at)
        .map(|p| (p.meaning.code, at + p.words.len() - 1))
}

fn currency_form(form: &str, position: CurrencyPosition) -> Option<&'static str> {
    CURRENCY_FORMS[slot(position)].get(form).copied()
}

/// The place of a position's forms in [`CURRENCY_FORMS`].
fn slot(position: CurrencyPosition) -> usize {
    match position {
        CurrencyPosition::Symbol => 0,
        CurrencyPosition::Word => 1,
        CurrencyPosition::Code => 2,
    }
}

/// The currency of each one-word form by position, the first in the table's
/// order: every token is looked up, too often to scan the table.
static CURRENCY_FORMS: LazyLock<[Table<&'static str, &'static str>; 3]> = LazyLock::new(|| {
    let mut forms: [Table<&'static str, &'static str>; 3] = Default::default();
    for p in CURRENCIES.iter() {
        if let [form] = p.words[..] {
            forms[slot(p.meaning.position)].or_insert_with(form, || p.meaning.code);
        }
    }
    forms
});

/// The positions of a table's phrases by first word, each list in the table's
/// order, so that the first phrase of a list that matches is the table's first.
/// Positions rather than references: one map type serves every table.
fn by_first_word(
    first_words: impl Iterator<Item = (usize, &'static str)>,
) -> Table<&'static str, Vec<usize>> {
    let mut table: Table<&'static str, Vec<usize>> = Table::default();
    for (position, first) in first_words {
        table.or_insert_with(first, Vec::new).push(position);
    }
    table
}

fn first_word<T>(phrase: &Phrase<T>) -> &'static str {
    phrase.words.first().copied().unwrap_or("")
}

static VAGUE_BY_FIRST: LazyLock<Table<&'static str, Vec<usize>>> =
    LazyLock::new(|| by_first_word(VAGUE_AMOUNTS.iter().map(first_word).enumerate()));

static CURRENCY_WORDS: LazyLock<Table<&'static str, Vec<usize>>> = LazyLock::new(|| {
    by_first_word(
        CURRENCIES
            .iter()
            .enumerate()
            .filter(|(_, p)| p.meaning.position == CurrencyPosition::Word)
            .map(|(position, p)| (position, first_word(p))),
    )
});

/// The first phrase of `phrases` that `tokens[at..]` start with, looked up in
/// `table` (positions in `phrases` by first word).
fn phrase_at<T>(
    table: &Table<&'static str, Vec<usize>>,
    phrases: &'static [Phrase<T>],
    tokens: &[Token<'_>],
    at: usize,
) -> Option<&'static Phrase<T>> {
    table
        .get(tokens.get(at)?.lower.as_ref())?
        .iter()
        .map(|&position| &phrases[position])
        .find(|p| words_at(tokens, at, &p.words))
}

/// True for a token that starts a number of its own: digits or number words
/// ("40", "Fifty-one", "hundred"; "42 lorries carried 500 tonnes").
pub fn is_number(token: &Token<'_>) -> bool {
    let word = token.lower.as_ref();
    // Most tokens start no number; most words have no hyphen: one lookup,
    // without splitting.
    token.opens(NUMBER_START)
        && (token.starts_with_digit()
            || if word.contains('-') {
                word.split('-').all(|part| NUMBER_WORDS.contains_key(part))
            } else {
                token.opens(NUMBER_WORD)
            })
}

/// True for a plural quantifier of one word ("dozens have died"), which
/// starts a count of its own.
pub fn is_vague_word(token: &Token<'_>) -> bool {
    token.opens(VAGUE_AMOUNT)
        && VAGUE_BY_FIRST
            .get(token.lower.as_ref())
            .is_some_and(|positions| positions.iter().any(|&p| VAGUE_AMOUNTS[p].words.len() == 1))
}

/// True when the lower-case words of `tokens[at..]` start with `words`.
pub fn words_at(tokens: &[Token<'_>], at: usize, words: &[&str]) -> bool {
    words
        .iter()
        .enumerate()
        .all(|(k, w)| tokens.get(at + k).is_some_and(|t| t.lower == *w))
}

fn core(tokens: &[Token<'_>], at: usize) -> Option<Core> {
    let token = tokens.get(at)?;
    let vague = token
        .opens(VAGUE_AMOUNT)
        .then(|| phrase_at(&VAGUE_BY_FIRST, &VAGUE_AMOUNTS, tokens, at))
        .flatten();
    if let Some(vague) = vague {
        return Some(Core {
            implied: Some(vague.meaning.qualifier),
            ..Core::plain(at + vague.words.len() - 1, vague.meaning.value)
        });
    }
    if token.starts_with_digit() {
        return digits(tokens, at);
    }
    let article_at = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.lower.as_ref(), "a" | "an"))
    };
    // "half a million", "half a dozen".
    if token.lower == "half" && article_at(at + 1) {
        let whole = multiple_word(tokens.get(at + 2))?;
        return Some(Core::plain(at + 2, whole / 2.0));
    }
    // "a quarter of a million", "a third of a million".
    if article_at(at) && words_at(tokens, at + 2, &["of"]) && article_at(at + 3) {
        let part = match tokens.get(at + 1).map(|t| t.lower.as_ref()) {
            Some("quarter") => 4.0,
            Some("third") => 3.0,
            _ => 0.0,
        };
        if let Some(whole) = (part > 0.0)
            .then(|| multiple_word(tokens.get(at + 4)))
            .flatten()
        {
            return Some(Core::plain(at + 4, whole / part));
        }
    }
    if matches!(token.lower.as_ref(), "a" | "an") {
        let next = tokens.get(at + 1)?;
        let kind = NUMBER_WORDS.get(next.lower.as_ref())?.kind;
        if !matches!(kind, NumberWordKind::Scale | NumberWordKind::Dozen) {
            return None;
        }
        return words(tokens, at + 1, 1.0).map(|c| Core {
            bare_one: false,
            ..c
        });
    }
    words(tokens, at, 0.0)
}

/// A number in digits, with what is glued to it.
fn digits(tokens: &[Token<'_>], at: usize) -> Option<Core> {
    let token = tokens.get(at)?;
    let mut parts = token.lower.split('-');
    let head = parts.next()?;
    let numeral_len = head
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(head.len());
    let (numeral, letters) = head.split_at(numeral_len);
    let mut value = match numeral_value(numeral) {
        Some(value) => value,
        // "1,2 million euros", "€1,2m": a decimal comma before a scale.
        None => {
            let scale_follows = match NUMBER_WORDS.get(letters) {
                Some(w) => w.kind == NumberWordKind::Suffix,
                None => letters.is_empty() && scale_word(tokens.get(at + 1)).is_some(),
            };
            decimal_comma(numeral).filter(|_| scale_follows)?
        }
    };
    let mut core = Core {
        unscaled: true,
        ..Core::plain(at, value)
    };
    if !letters.is_empty() {
        match NUMBER_WORDS.get(letters) {
            Some(w) if w.kind == NumberWordKind::Suffix => {
                core.value = scaled(core.value, w.value);
                core.unscaled = false;
                core.glued_scale = true;
            }
            _ => core.unit = Some(measure(letters)?),
        }
    }
    let rest: Vec<&str> = parts.collect();
    match rest.as_slice() {
        [] => {}
        [second] if second.starts_with(|c: char| c.is_ascii_digit()) => {
            let max = numeral_value(second)?;
            if max <= value || !letters.is_empty() {
                return None;
            }
            core.range_max = Some(max);
        }
        tail => {
            if core.unit.is_some() {
                return None;
            }
            match compound_tail(tail)? {
                Tail::Strong => core.strong = true,
                Tail::Plus => core.implied = Some(Qualifier::AtLeast),
                Tail::Odd => core.implied = Some(Qualifier::Approx),
                Tail::Unit(unit, kind) => core.unit = Some((unit, kind)),
            }
        }
    }
    // "1 079 people", "12 500 tonnes": groups of three set apart by a space
    // (or a narrow one), as French and other European texts write thousands;
    // before a word in lower case or a nationality ("1 200 French
    // nationals"), as a count is, and not a model's number ("400 737 Max jets").
    let is_digit_group =
        |t: &Token<'_>| t.text.len() == 3 && t.text.bytes().all(|b| b.is_ascii_digit());
    if core.unscaled && token.text.len() <= 3 && token.text.bytes().all(|b| b.is_ascii_digit()) {
        let mut last = at;
        while tokens
            .get(last + 1)
            .is_some_and(|g| is_digit_group(g) && g.start - tokens[last].end <= 3)
        {
            last += 1;
        }
        let counted = tokens.get(last + 1).is_some_and(|t| {
            t.text.starts_with(char::is_lowercase) || names_nationality(t, &|_| false)
        });
        if last > at && counted {
            for group in &tokens[at + 1..=last] {
                value = value * 1000.0 + crate::decimal::parse(group.text)?;
            }
            core.value = value;
            core.last = last;
        }
    }
    if core.unscaled {
        if let Some(scale) = scale_word(tokens.get(core.last + 1)) {
            value = scaled(value, scale);
            core.value = value;
            core.last += 1;
            core.unscaled = false;
            core.range_max = core.range_max.map(|m| scaled(m, scale));
        }
    }
    // "6,000+ people": a plus glued to the number bounds it from below.
    if core.implied.is_none() && core.range_max.is_none() {
        let (last, after) = (&tokens[core.last], tokens.get(core.last + 1));
        if after.is_some_and(|t| t.text == "+" && t.start == last.end) {
            core.implied = Some(Qualifier::AtLeast);
            core.last += 1;
        }
    }
    Some(core)
}

/// `value` times a scale's: a whole number when the product is one but for
/// the rounding of a decimal fraction ("2.03 billion" is 2,030,000,000, not
/// 2,029,999,999.9999998, as 2.03 cannot be exact in binary).
fn scaled(value: f64, scale: f64) -> f64 {
    let product = value * scale;
    let whole = product.round();
    if (product - whole).abs() <= product.abs() * SCALED_ROUNDING {
        whole
    } else {
        product
    }
}

/// How far, relative to the product, a scaled value may be from a whole number
/// and be read as one: a few units in the last place of an `f64`.
const SCALED_ROUNDING: f64 = 4.0 * f64::EPSILON;

/// The value of digits with a decimal comma ("1,2", "1,25"): one comma, and
/// one or two digits after it, as no thousands are grouped.
fn decimal_comma(numeral: &str) -> Option<f64> {
    let (whole, fraction) = numeral.split_once(',')?;
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    (digits(whole) && whole.len() <= 3 && digits(fraction) && fraction.len() <= 2)
        .then(|| crate::decimal::parse(&format!("{whole}.{fraction}")))
        .flatten()
}

/// The value of "25,000", "1.2", "99"; `None` for badly grouped digits ("1,2").
fn numeral_value(numeral: &str) -> Option<f64> {
    // Most numerals have no groups: nothing to check or take out.
    if !numeral.contains(',') {
        return crate::decimal::parse(numeral);
    }
    let mut groups = numeral.split(',');
    let first = groups.next()?;
    let grouped: Vec<&str> = groups.collect();
    let whole_groups = grouped.len().saturating_sub(1);
    let last_whole = grouped.last()?.split('.').next()?;
    let ok = (1..=3).contains(&first.len())
        && grouped
            .iter()
            .take(whole_groups)
            .all(|g| g.len() == 3 && !g.contains('.'))
        && last_whole.len() == 3;
    // Indian grouping: pairs before the last three digits ("8,00,000",
    // "1,23,45,678": lakh and crore).
    let indian = || {
        whole_groups >= 1
            && (1..=2).contains(&first.len())
            && grouped
                .iter()
                .take(whole_groups)
                .all(|g| g.len() == 2 && !g.contains('.'))
            && last_whole.len() == 3
    };
    if !ok && !indian() {
        return None;
    }
    crate::decimal::parse(&numeral.replace(',', ""))
}

/// A unit that may be glued or hyphened to digits ("13km", "3.5-inch", "49-year").
fn measure(word: &str) -> Option<(&'static str, NounKind)> {
    COUNTED_NOUNS
        .nouns
        .starting_with(word)
        .iter()
        .find(|p| p.words == [word])
        .map(|p| (p.meaning.unit, p.meaning.kind))
        .filter(|(_, kind)| {
            matches!(
                kind,
                NounKind::Measure | NounKind::Weight | NounKind::Percent | NounKind::Duration
            )
        })
}

/// What follows a number inside a hyphenated word.
enum Tail {
    /// "150-strong", "40-person": people, counted by the noun after it.
    Strong,
    /// "4,000-plus": at least.
    Plus,
    /// "1,500-odd", "forty-odd": about.
    Odd,
    /// "40-tonne", "four-ship", "3.5-inch": the unit of a counted noun.
    Unit(&'static str, NounKind),
}

/// The meaning of the parts after a number in a hyphenated word; `None` when
/// they make it no count ("49-year", "two-thirds", "five-star").
fn compound_tail(rest: &[&str]) -> Option<Tail> {
    match rest {
        // "a 40-person team", "a 12-member delegation": the size of the body
        // named after it, as "-strong" tells ("-man" is mostly a sport's:
        // "the two-man bobsleigh").
        ["strong" | "person" | "member"] => Some(Tail::Strong),
        ["plus"] => Some(Tail::Plus),
        ["odd"] => Some(Tail::Odd),
        [word, ..] => {
            let noun = COUNTED_NOUNS
                .nouns
                .starting_with(word)
                .iter()
                .find(|p| p.words == [*word])?;
            match noun.meaning.kind {
                NounKind::Duration | NounKind::Furniture | NounKind::Anaphoric => None,
                kind => Some(Tail::Unit(noun.meaning.unit, kind)),
            }
        }
        [] => None,
    }
}

/// The value of "one" to "ninety".
fn small_number(word: &str) -> Option<f64> {
    NUMBER_WORDS.get(word).and_then(small_value)
}

fn small_value(word: &NumberWord) -> Option<f64> {
    matches!(word.kind, NumberWordKind::Unit | NumberWordKind::Tens).then_some(word.value)
}

/// The value of a hyphened word's leading number parts ("twenty-one",
/// "four-ship") and the meaning of the parts after them; `None` when those
/// make it no count ("five-star").
fn hyphened(word: &str) -> Option<(Option<f64>, Option<Tail>)> {
    // Its parts, split again for each question rather than kept in a Vec.
    let parts = || word.split('-');
    let count_parts = parts().count();
    let split = parts()
        .position(|p| small_number(p).is_none())
        .unwrap_or(count_parts);
    let tail = if split == 0 || split == count_parts {
        None
    } else {
        Some(compound_tail(&parts().skip(split).collect::<Vec<_>>())?)
    };
    let small: Option<f64> = if split == 0 {
        None
    } else {
        parts().take(split).map(small_number).sum()
    };
    Some((small, tail))
}

/// The value of a scale word or "dozen": what a fraction takes a part of.
fn multiple_word(token: Option<&Token<'_>>) -> Option<f64> {
    let word = NUMBER_WORDS.get(token?.lower.as_ref())?;
    matches!(word.kind, NumberWordKind::Scale | NumberWordKind::Dozen).then_some(word.value)
}

/// The scale of a word after a number: a scale word, or an abbreviated one of
/// two letters or more that wire copy spaces off ("$1.2 bln", "2.5 mln
/// euros", "£3 bn"); a single letter is a measure there ("5 m", "2 k").
fn scale_word(token: Option<&Token<'_>>) -> Option<f64> {
    let token = token?;
    let word = NUMBER_WORDS.get(token.lower.as_ref())?;
    let spaced_suffix = word.kind == NumberWordKind::Suffix && token.lower.len() >= 2;
    (word.kind == NumberWordKind::Scale || spaced_suffix).then_some(word.value)
}

/// Number words from `at`: "Ninety-nine", "two hundred and fifty", "two dozen".
/// `start` is 1 after an article ("a hundred"), else 0.
fn words(tokens: &[Token<'_>], at: usize, start: f64) -> Option<Core> {
    let (mut total, mut current) = (0.0, start);
    let mut last = None;
    let mut count = 0;
    let mut strong = false;
    let mut unit = None;
    let mut implied = None;
    let mut j = at;
    while let Some(token) = tokens.get(j) {
        let word = token
            .opens(NUMBER_WORD)
            .then(|| NUMBER_WORDS.get(token.lower.as_ref()))
            .flatten();
        // A word without a hyphen is its own one part: the lookup above says
        // whether it is "one" to "ninety", without splitting it.
        let (small, tail) = if token.lower.contains('-') {
            hyphened(&token.lower)?
        } else {
            (word.and_then(small_value), None)
        };
        if let Some(v) = small {
            current += v;
            match tail {
                Some(Tail::Strong) => strong = true,
                Some(Tail::Unit(u, kind)) => unit = Some((u, kind)),
                Some(Tail::Plus) => implied = Some(Qualifier::AtLeast),
                Some(Tail::Odd) => implied = Some(Qualifier::Approx),
                None => {}
            }
        } else if let Some(w) = word.filter(|w| w.kind == NumberWordKind::Dozen) {
            current = current.max(1.0) * w.value;
        } else if let Some(w) = word.filter(|w| w.kind == NumberWordKind::Scale) {
            if last.is_none() && start == 0.0 {
                return None;
            }
            current = current.max(1.0) * w.value;
            if w.value >= 1000.0 {
                total += current;
                current = 0.0;
            }
        } else if words_at(tokens, j, &["and", "a", "half"])
            && last.is_some()
            && scale_word(tokens.get(j + 3)).is_some()
        {
            // "one and a half million", "two and a half thousand"
            current += 0.5;
            j += 3;
            continue;
        } else if token.lower == "and"
            && last.is_some()
            && tokens
                .get(j - 1)
                .and_then(|t| NUMBER_WORDS.get(t.lower.as_ref()))
                .is_some_and(|w| w.kind == NumberWordKind::Scale)
            && tokens
                .get(j + 1)
                .is_some_and(|t| t.lower.split('-').all(|p| small_number(p).is_some()))
        {
            j += 1;
            continue;
        } else {
            break;
        }
        count += 1;
        last = Some(j);
        j += 1;
        if strong || unit.is_some() {
            break;
        }
    }
    let last = last?;
    let value = total + current;
    Some(Core {
        unit,
        strong,
        implied,
        bare_one: count == 1 && value == 1.0 && start == 0.0,
        ..Core::plain(last, value)
    })
}

/// The end of a range after `core`: "-"/"–"/"to"/"or" and a second number, or
/// "and" when "between" came before. Returns the lower value (scaled like the
/// upper one: "5 to 6 million"), the upper value and the last token.
fn range_end(tokens: &[Token<'_>], core: &Core) -> Option<(f64, f64, usize)> {
    let joiner = tokens.get(core.last + 1)?;
    let between = |at: usize| {
        (at >= 1)
            .then(|| tokens.get(at - 1))
            .flatten()
            .is_some_and(|t| t.lower == "between")
    };
    let ok = match joiner.lower.as_ref() {
        "-" | "–" | "to" | "or" => true,
        "and" => (0..=core.last).rev().take(3).any(between),
        _ => false,
    };
    if !ok || core.implied.is_some() {
        return None;
    }
    let hedged = match joiner.lower.as_ref() {
        "to" | "and" => super::qualifiers::skip_hedge(tokens, core.last + 2),
        _ => core.last + 2,
    };
    let (_, second_at) = currency_before(tokens, hedged);
    let second = core_at_range(tokens, second_at?)?;
    let low = match scale_word(tokens.get(second.last)) {
        Some(scale) if core.unscaled => scaled(core.value, scale),
        _ => core.value,
    };
    (second.value > low).then_some((low, second.value, second.last))
}

/// How many words before "from" a verb of change may stand ("increased
/// its aid from").
const CHANGE_REACH: usize = 4;

/// True when "from" before `at` follows a verb of a count's change.
fn changed_from(tokens: &[Token<'_>], at: usize) -> bool {
    let Some(from) = at.checked_sub(1).filter(|&k| tokens[k].lower == "from") else {
        return false;
    };
    (from.saturating_sub(CHANGE_REACH)..from)
        .any(|k| has_role(&tokens[k].lower, ContextRole::Change))
}

fn core_at_range(tokens: &[Token<'_>], at: usize) -> Option<Core> {
    let token = tokens.get(at)?;
    if token.starts_with_digit() {
        digits(tokens, at)
    } else {
        words(tokens, at, 0.0)
    }
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&CURRENCY_FORMS);
    LazyLock::force(&VAGUE_BY_FIRST);
    LazyLock::force(&CURRENCY_WORDS);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::tokens;
    use crate::text::tokens::Tokens;

    fn number(text: &str) -> Option<(f64, Option<f64>, Option<&'static str>)> {
        let text_tokens = Tokens::of(text);

        let tokens = tokens::split(&text_tokens);
        parse(&tokens, 0).map(|n| (n.value, n.value_max, n.currency))
    }

    const NUMBER_WORDS: &[(&str, f64, Option<f64>, Option<&str>)] = &[
        ("99", 99.0, None, None),
        ("32,000", 32_000.0, None, None),
        ("1,234,567.5", 1_234_567.5, None, None),
        ("40.5", 40.5, None, None),
        ("Seventy-four", 74.0, None, None),
        ("twenty-eight", 28.0, None, None),
        ("two hundred and fifty", 250.0, None, None),
        ("three thousand", 3000.0, None, None),
        ("1.2 million", 1_200_000.0, None, None),
        ("US$2.03 billion", 2_030_000_000.0, None, Some("USD")),
        ("4.1 million", 4_100_000.0, None, None),
        ("1.2345678 million", 1_234_567.8, None, None),
        ("4.1m", 4_100_000.0, None, None),
        ("2.3 to 4.1 million", 2_300_000.0, Some(4_100_000.0), None),
        ("$420m", 420_000_000.0, None, Some("USD")),
        ("£3bn", 3_000_000_000.0, None, Some("GBP")),
        ("US$78 million", 78_000_000.0, None, Some("USD")),
        ("AU$52.5 million", 52_500_000.0, None, Some("AUD")),
        ("5 million dollars", 5_000_000.0, None, Some("USD")),
        ("€2bn", 2_000_000_000.0, None, Some("EUR")),
        ("a dozen", 12.0, None, None),
        ("two dozen", 24.0, None, None),
        ("a hundred", 100.0, None, None),
        ("half a million", 500_000.0, None, None),
        ("half a dozen", 6.0, None, None),
        ("a quarter of a million", 250_000.0, None, None),
        ("a third of a billion", 1e9 / 3.0, None, None),
        ("dozens", 24.0, None, None),
        ("hundreds", 200.0, None, None),
        ("tens of thousands", 20_000.0, None, None),
        ("several", 3.0, None, None),
        ("several hundred", 300.0, None, None),
        ("a few thousand", 2000.0, None, None),
        ("billions of dollars", 2_000_000_000.0, None, Some("USD")),
        ("200-300", 200.0, Some(300.0), None),
        ("200 to 300", 200.0, Some(300.0), None),
        ("two or three", 2.0, Some(3.0), None),
        ("5 to 6 million", 5_000_000.0, Some(6_000_000.0), None),
        (
            "25,000 to as many as 100,000",
            25_000.0,
            Some(100_000.0),
            None,
        ),
        ("3,000 to about 5,000", 3000.0, Some(5000.0), None),
        ("120-strong", 120.0, None, None),
        ("1.5m", 1_500_000.0, None, None),
        ("4,000-plus", 4000.0, None, None),
        ("1,500-odd", 1500.0, None, None),
        ("forty-odd", 40.0, None, None),
        ("twenty-one", 21.0, None, None),
        ("two hundred and sixty-three", 263.0, None, None),
        ("one and a half million", 1_500_000.0, None, None),
        ("two and a half thousand", 2500.0, None, None),
        ("three thousand", 3000.0, None, None),
        ("12,000-strong", 12_000.0, None, None),
        ("one lakh", 100_000.0, None, None),
        ("8,00,000", 800_000.0, None, None),
        ("2,38,000", 238_000.0, None, None),
        ("1,23,45,678", 12_345_678.0, None, None),
        ("two crore", 20_000_000.0, None, None),
    ];

    #[test]
    fn reads_digits_words_scales_and_ranges() {
        for &(text, value, max, currency) in NUMBER_WORDS {
            assert_eq!(number(text), Some((value, max, currency)), "{text:?}");
        }
    }

    #[test]
    fn designations_ordinals_and_durations_are_not_numbers() {
        for text in [
            "Il-76",
            "MiG-29",
            "An-124s",
            "C-17",
            "G20",
            "1st",
            "1990s",
            "49-year",
            "24-hour",
            "1,2",
            "two-thirds",
            "five-star",
            "twenty-year-old",
            "three-day",
        ] {
            assert_eq!(number(text), None, "{text:?}");
        }
    }

    #[test]
    fn glued_units_and_percent_signs_are_kept() {
        let text_tokens = Tokens::of("13km");

        let tokens = tokens::split(&text_tokens);
        assert_eq!(
            parse(&tokens, 0).and_then(|n| n.unit),
            Some(("km", NounKind::Measure))
        );
        let text_tokens = Tokens::of("45%");

        let tokens = tokens::split(&text_tokens);
        assert_eq!(
            parse(&tokens, 0).and_then(|n| n.unit),
            Some(("percent", NounKind::Percent))
        );
        let text_tokens = Tokens::of("one");

        let tokens = tokens::split(&text_tokens);
        assert!(parse(&tokens, 0).is_some_and(|n| n.bare_one));
    }
}
