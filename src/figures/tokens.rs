//! Words and punctuation of one sentence, with byte offsets into it, read
//! from the sentence's text tokens.
//!
//! A word is a run of letters and digits; a hyphen, apostrophe or full stop
//! between two of them stays inside ("Ninety-nine", "An-124s", "1.2", "Russia's"),
//! and so do a comma between digits ("25,000"), a slash after a letter
//! ("F/A-18") and the stops of initials ("U.S.", "U.N."). Everything else that is not
//! whitespace is a one-character punctuation token ("$", "%", "(", "–").

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::hash::FastMap;
use crate::lexicon::{glued_currency, CATEGORY_CUES, NUMBER_WORDS, VAGUE_AMOUNTS};
use crate::pattern::lower_case;
use crate::text::shapes::Shapes;
use crate::text::tokens::{Tokens, ALPHANUMERIC_SIGN, MIXED, NON_ASCII, WORD};

/// Bits naming the tables of the figures stage that a word opens. A `usize`,
/// as the lexicon's context roles: a map of that type adds no code to the wasm.
pub type Tables = usize;
/// A number word ("two", "hundred", "dozen"): a word of `data/number_words.tsv`.
pub const NUMBER_WORD: Tables = 1;
/// The first word of a plural quantifier ("dozens", "tens" of "tens of thousands").
pub const VAGUE_AMOUNT: Tables = 1 << 1;
/// The first word of an attribution phrase or a future cue ("said", "according").
pub const ATTRIBUTION_CUE: Tables = 1 << 2;

/// The first word of a cue of the figures' rows ("evacuated", "killed"):
/// a word of `data/category_cues.tsv`.
pub const CATEGORY_CUE: Tables = 1 << 4;

/// A token a number may start at by itself (see [`super::numbers::parse`]):
/// digits, a number word, the first word of a plural quantifier, "a", "an",
/// "half", or a word with a hyphen ("twenty-one").
pub const NUMBER_START: Tables = 1 << 3;

/// The tables each word opens. Numbers and attribution phrases are tried at
/// every token, and most words open none of them: each token is looked up
/// here once, and a table is searched only for the words that open it.
struct Openers {
    tables: FastMap<&'static str, Tables>,
    /// The openers' shapes: most other words are not looked up.
    shapes: Shapes,
}

static OPENERS: LazyLock<Openers> = LazyLock::new(|| {
    let mut openers = Openers {
        tables: FastMap::default(),
        shapes: Shapes::default(),
    };
    let mut add = |word: &'static str, table: Tables| {
        openers.shapes.add(word);
        *openers.tables.entry(word).or_default() |= table;
    };
    for &word in NUMBER_WORDS.keys() {
        add(word, NUMBER_WORD);
    }
    for phrase in VAGUE_AMOUNTS.iter() {
        if let Some(&first) = phrase.words.first() {
            add(first, VAGUE_AMOUNT);
        }
    }
    for word in super::attribution::opening_words() {
        add(word, ATTRIBUTION_CUE);
    }
    for phrase in CATEGORY_CUES.iter() {
        if let Some(&first) = phrase.words.first() {
            add(first, CATEGORY_CUE);
        }
    }
    openers
});

impl Openers {
    /// The tables a lower-case word opens.
    fn of(&self, lower: &str) -> Tables {
        if !self.shapes.may_hold(lower) {
            return 0;
        }
        self.tables.get(lower).copied().unwrap_or(0)
    }
}

/// One word or punctuation mark of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// First byte, in the sentence.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The text as written.
    pub text: &'a str,
    /// The text in lower case, for matching word lists; borrowed when the
    /// text is so already, as most words are.
    pub lower: Cow<'a, str>,
    /// True for words, false for punctuation.
    pub is_word: bool,
    /// The tables the lower-case word opens.
    tables: Tables,
}

impl Token<'_> {
    /// True when the token is written with digits first ("40", "8,000", "550m").
    pub fn starts_with_digit(&self) -> bool {
        self.text.as_bytes().first().is_some_and(u8::is_ascii_digit)
    }

    /// True when the lower-case word opens a phrase of `table` (or is one of
    /// its words, for [`NUMBER_WORD`]); false means the table need not be searched.
    pub fn opens(&self, table: Tables) -> bool {
        self.tables & table != 0
    }

    /// True when the token starts with a capital letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// The tokens of a sentence read into text tokens, joined from its
/// [`Tokens::pieces`] (runs of letters and digits, single other characters).
pub fn split<'t>(tokens: &'t Tokens<'_>) -> Vec<Token<'t>> {
    let sentence = tokens.sentence();
    let pieces = tokens.pieces();
    // Each piece is the text token of its index (see [`Tokens::pieces`]), and
    // a word of one piece is in lower case already, as that token's fold.
    let one_to_one = !tokens.has_any(MIXED | ALPHANUMERIC_SIGN);
    // The character at a piece's edge; white space and the sentence's ends
    // read as a space, as none of the tests below holds for one.
    let last_before = |at: usize| sentence[..at].chars().next_back().unwrap_or(' ');
    let first_of = |k: usize| {
        pieces
            .get(k)
            .filter(|p| !p.spaced)
            .and_then(|p| sentence[p.start..].chars().next())
            .unwrap_or(' ')
    };
    let openers = &*OPENERS;
    let mut out = Vec::with_capacity(pieces.len());
    let mut i = 0;
    while let Some(piece) = pieces.get(i) {
        let start = piece.start;
        let mut j = i + 1;
        if piece.alphanumeric {
            while let Some(next) = pieces.get(j).filter(|p| !p.spaced) {
                if next.alphanumeric {
                    j += 1;
                    continue;
                }
                let d = first_of(j);
                let before = last_before(next.start);
                let after = first_of(j + 1);
                let second = next.start - start == before.len_utf8();
                // "U.S.": single capitals, each with its stop.
                let initial = before.is_uppercase()
                    && (second || last_before(next.start - before.len_utf8()) == '.')
                    && (after.is_uppercase() || (!second && !after.is_alphanumeric()));
                let joins = match d {
                    '-' | '\'' | '’' => before.is_alphanumeric() && after.is_alphanumeric(),
                    '.' => (before.is_ascii_digit() && after.is_ascii_digit()) || initial,
                    ',' => before.is_ascii_digit() && after.is_ascii_digit(),
                    // "F/A-18", "and/or"; not "3.6GHz/8GB", a list of specs.
                    '/' => {
                        after.is_alphanumeric()
                            && sentence[start..next.start].chars().all(char::is_alphabetic)
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                j += 1;
            }
        }
        let end = pieces[j - 1].end;
        let text = &sentence[start..end];
        // A currency's letters glued to the digits are a token of their own
        // ("R2 million", "Sh100 million"): asked only of a capital before a
        // digit. One letter after a name is the name's model ("Cinebench R20").
        let glued = piece.alphanumeric
            && text.as_bytes()[0].is_ascii_uppercase()
            && text.bytes().take(4).any(|b| b.is_ascii_digit());
        let after_name = || {
            out.last()
                .is_some_and(|t: &Token<'_>| t.is_word && t.is_capitalised())
        };
        let symbol = glued
            .then(|| glued_currency(text, 1))
            .flatten()
            .filter(|&letters| letters > 1 || !after_name());
        if let Some(letters) = symbol {
            out.push(Token {
                start,
                end: start + letters,
                text: &text[..letters],
                lower: lower_case(&text[..letters]),
                is_word: true,
                tables: 0,
            });
            out.push(Token {
                start: start + letters,
                end,
                text: &text[letters..],
                lower: Cow::Borrowed(&text[letters..]),
                is_word: true,
                tables: NUMBER_START,
            });
            i = j;
            continue;
        }
        let lower = if one_to_one && j == i + 1 {
            lower_token(tokens, i)
        } else {
            lower_case(text)
        };
        let mut tables = openers.of(&lower);
        // Only a word of pieces joined, or a mark, can hold a hyphen.
        let hyphened = (j > i + 1 || !piece.alphanumeric) && lower.contains('-');
        if tables & (NUMBER_WORD | VAGUE_AMOUNT) != 0
            || text.as_bytes().first().is_some_and(u8::is_ascii_digit)
            || matches!(lower.as_bytes(), b"a" | b"an" | b"half")
            || hyphened
        {
            tables |= NUMBER_START;
        }
        out.push(Token {
            start,
            end,
            text,
            lower,
            is_word: piece.alphanumeric,
            tables,
        });
        i = j;
    }
    out
}

/// The text token at `index` in lower case, as [`lower_case`] gives it,
/// without lowering it again: an ASCII word's fold is its lower case, and
/// most marks are their own.
fn lower_token<'t>(tokens: &'t Tokens<'_>, index: usize) -> Cow<'t, str> {
    let text = tokens.text(index);
    let class = tokens.all()[index].class;
    if class & WORD != 0 {
        if class & NON_ASCII == 0 {
            return Cow::Borrowed(tokens.folded(index));
        }
    } else if text.chars().all(|c| {
        let mut lowered = c.to_lowercase();
        lowered.next() == Some(c) && lowered.next().is_none()
    }) {
        return Cow::Borrowed(text);
    }
    lower_case(text)
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&OPENERS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_numbers_models_and_compounds_whole() {
        let tokens = Tokens::of("Seventy-four left; 32,000 (1.2m) on two An-124s, US$61.");
        let got: Vec<_> = split(&tokens).into_iter().map(|t| t.text).collect();
        assert_eq!(
            got,
            vec![
                "Seventy-four",
                "left",
                ";",
                "32,000",
                "(",
                "1.2m",
                ")",
                "on",
                "two",
                "An-124s",
                ",",
                "US",
                "$",
                "61",
                "."
            ]
        );
    }

    #[test]
    fn keeps_initials_and_slashed_designations_whole() {
        let tokens = Tokens::of("six U.S. Army F/A-18 jets. A.");
        let got: Vec<_> = split(&tokens).into_iter().map(|t| t.text).collect();
        assert_eq!(
            got,
            vec!["six", "U.S.", "Army", "F/A-18", "jets", ".", "A", "."]
        );
    }

    #[test]
    fn offsets_point_into_the_sentence_past_multibyte_chars() {
        let text = "é £3bn — 40";
        for t in split(&Tokens::of(text)) {
            assert_eq!(&text[t.start..t.end], t.text);
        }
    }
}
