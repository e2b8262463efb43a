//! Tokens: one pass over a sentence's bytes gives its words (runs of word
//! characters, as a regex's `\w` reads them) and its other non-space
//! characters one by one, each with class bits and, for a word of the
//! lexicon, its id.
//!
//! Word boundaries fall exactly where a regex's Unicode `\b` does, and a
//! word's folded form is the one a case-insensitive pattern compares with
//! ([`crate::pattern::fold_case`]), so a rule matched over tokens can give
//! what its regex gave.

use std::cell::OnceCell;
use std::sync::LazyLock;

use crate::hash::{PackedWords, Table};
use crate::lexicon::{
    name_cue_entries, NumberWordKind, CALENDAR_NAMES, NUMBER_WORDS, TEMPORAL_NUMBERS,
    TENSE_CUE_WORDS, TIME_UNITS, VAGUE_AMOUNTS,
};
use crate::pattern::{fold_case, fold_case_cow, fold_case_static};
use crate::sentences::Sentence;

/// Class bits of a token, or of a word of the lexicon.
pub type Class = u32;

/// A run of word characters.
pub const WORD: Class = 1;
/// One character that is neither a word character nor a space.
pub const PUNCTUATION: Class = 1 << 1;
/// White space right before the token (and nothing else between it and the
/// token before).
pub const SPACED: Class = 1 << 2;
/// A word whose first character is an upper-case letter.
pub const CAPITALISED: Class = 1 << 3;
/// A word with letters, all of them upper case.
pub const ALL_CAPS: Class = 1 << 4;
/// A word of ASCII digits only.
pub const DIGITS: Class = 1 << 5;
/// Digits with an ordinal suffix ("3rd", "21st").
pub const ORDINAL: Class = 1 << 6;
/// A word with a character beyond ASCII.
pub const NON_ASCII: Class = 1 << 7;
/// A month name or abbreviation, in any case (`data/calendar_names.tsv`).
pub const MONTH: Class = 1 << 8;
/// A weekday name or abbreviation, in any case.
pub const WEEKDAY: Class = 1 << 9;
/// A season, in any case.
pub const SEASON: Class = 1 << 10;
/// A part of the day ("morning"), in any case.
pub const DAYPART: Class = 1 << 11;
/// A unit of time ("week", "years", "weekend"), from `data/time_units.tsv`.
pub const UNIT: Class = 1 << 12;
/// A number word of a temporal expression, or the first word of a number
/// phrase ("couple" of "couple of"), from `data/temporal_numbers.tsv`.
pub const NUMBER_WORD: Class = 1 << 13;
/// A word holding a word character that is no letter or digit ('_', a
/// combining mark, a joiner): [`Tokens::pieces`] splits it there.
pub const MIXED: Class = 1 << 14;
/// One character that is no word character yet a letter or digit to
/// `char::is_alphanumeric` ('²', '½'): [`Tokens::pieces`] joins it to the
/// letters and digits beside it.
pub const ALPHANUMERIC_SIGN: Class = 1 << 15;
/// A word whose first character is a lower-case letter.
pub const LOWERCASE_FIRST: Class = 1 << 16;
/// A word with two letters or more.
pub const TWO_LETTERS: Class = 1 << 17;
/// The first word of a tense cue ("will", "going" of "going to"), in any
/// case, from `data/tense_cues.tsv`.
pub const TENSE_CUE: Class = 1 << 18;
/// A word whose first character is an ASCII digit ("10pm", "3rd", "1990s").
pub const DIGIT_FIRST: Class = 1 << 19;
/// A word that ends with four ASCII digits ("1998", "FY2001").
pub const FOUR_DIGITS_LAST: Class = 1 << 20;
/// A word of `data/name_cues.tsv`, in some letter case: the entity stage
/// reads a word's roles by its id, and those of a word without one not at all.
pub const NAME_CUE: Class = 1 << 21;
/// A word that every number written in words holds one of, in any case: a
/// number word other than a glued scale (`data/number_words.tsv`) or the
/// last word but "of" of a plural quantifier (`data/vague_amounts.tsv`:
/// "thousands", "scores" of "scores of"). A sentence with none of them and
/// no digits holds no figure.
pub const COUNT_WORD: Class = 1 << 22;
/// A word of ASCII characters without an upper-case letter: its own fold.
pub const FOLDED: Class = 1 << 23;

/// The id of a word: its place in the lexicon, or [`UNKNOWN`].
pub type WordId = u32;

/// The id of every word outside the lexicon.
pub const UNKNOWN: WordId = 0;

/// The words the grammar knows, folded, with their ids and classes.
struct Lexicon {
    words: Table<&'static str, (WordId, Class)>,
    /// The words again, those short enough packed, for the look-up of every
    /// token.
    packed: PackedWords<(WordId, Class)>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lexicon = Lexicon {
        words: Table::default(),
        packed: PackedWords::new([]),
    };
    for &(kind, name, _) in CALENDAR_NAMES.iter() {
        let class = match kind {
            "month" => MONTH,
            "weekday" => WEEKDAY,
            "season" => SEASON,
            "daypart" => DAYPART,
            _ => continue,
        };
        lexicon.add_folded(name, class);
    }
    for &(phrase, _) in TEMPORAL_NUMBERS.iter() {
        if let Some(first) = phrase.split(' ').next() {
            lexicon.add(first, NUMBER_WORD);
        }
    }
    for &(unit, _) in TIME_UNITS.iter() {
        lexicon.add(unit, UNIT);
    }
    for cue in TENSE_CUE_WORDS.iter() {
        lexicon.add(cue.words[0], TENSE_CUE);
    }
    // A name cue of other characters than word characters ("U.S.", "port of")
    // is never one token.
    for (cue, _) in name_cue_entries() {
        lexicon.add_folded_word(cue, NAME_CUE);
    }
    let number_words = NUMBER_WORDS
        .iter()
        .filter(|(_, number)| number.kind != NumberWordKind::Suffix)
        .map(|(&word, _)| word);
    let quantifier_words = VAGUE_AMOUNTS
        .iter()
        .filter_map(|p| p.words.iter().rev().find(|w| **w != "of").copied());
    for word in number_words.chain(quantifier_words) {
        lexicon.add(word, COUNT_WORD);
    }
    lexicon.packed = PackedWords::new(lexicon.words.iter().map(|(&word, &entry)| (word, entry)));
    lexicon
});

/// The lexicon's id of `word` in any letter case ([`UNKNOWN`] for a word
/// outside it), as a token of it has.
pub fn word_id(word: &str) -> WordId {
    LEXICON
        .words
        .get(fold_case_cow(word).as_ref())
        .map_or(UNKNOWN, |&(id, _)| id)
}

/// The lexicon is built once, by loops that call these methods for each word
/// rather than inline them: V8 compiles a wasm function again, optimised, once
/// it has run long enough, and a function run once would be compiled for
/// nothing (3.5 ms of CPU beside `prepare()`'s 8).
impl Lexicon {
    #[inline(never)]
    fn add(&mut self, word: &'static str, class: Class) {
        let next = WordId::try_from(self.words.len() + 1).expect("a small lexicon");
        self.words.or_insert_with(word, || (next, 0)).1 |= class;
    }

    /// Adds `word` in any letter case, folded: a fold is kept for the
    /// program's life only when the lexicon does not hold it already (a kept
    /// copy that nothing refers to would be a leak).
    fn add_folded(&mut self, word: &'static str, class: Class) {
        match self.words.get_mut(fold_case_cow(word).as_ref()) {
            Some(entry) => entry.1 |= class,
            None => self.add(fold_case_static(word), class),
        }
    }

    /// [`Lexicon::add_folded`] for a word of word characters only.
    #[inline(never)]
    fn add_folded_word(&mut self, word: &'static str, class: Class) {
        if word.chars().all(|c| kind_of(c) == Kind::Word) {
            self.add_folded(word, class);
        }
    }
}

/// A token: its span in the sentence, its lexicon id and its classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte, in the sentence.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The lexicon's id of the folded word, [`UNKNOWN`] for any other.
    pub word: WordId,
    /// Class bits.
    pub class: Class,
    /// Where the folded word is in [`Tokens::folded`]'s buffer.
    folded: (usize, usize),
}

impl Token {
    /// Whether the token has every bit of `class`.
    pub fn is(&self, class: Class) -> bool {
        self.class & class == class
    }
}

/// The tokens of one sentence.
pub struct Tokens<'s> {
    sentence: &'s str,
    tokens: Vec<Token>,
    /// The sentence with each ASCII word folded in place, then the folds of
    /// the other words, one after another.
    folded: String,
    /// Every class some token has.
    classes: Class,
    /// [`Tokens::pieces`], made once for the stages that join them.
    pieces: OnceCell<Vec<Piece>>,
}

/// Bits of what a byte of an ASCII word is: an upper-case letter, a
/// lower-case one, a digit, or another word character ('_'); none for a
/// byte that is no ASCII word character.
const UPPER_BYTE: u8 = 1;
const LOWER_BYTE: u8 = 1 << 1;
const DIGIT_BYTE: u8 = 1 << 2;
const OTHER_BYTE: u8 = 1 << 3;

/// The kind of each byte, looked up: one load tells whether a byte goes on
/// a word and what it adds to the word's classes.
static BYTE_KINDS: [u8; 256] = byte_kinds();

const fn byte_kinds() -> [u8; 256] {
    let mut kinds = [0; 256];
    let mut b = 0;
    while b < 256 {
        kinds[b] = match b as u8 {
            b'A'..=b'Z' => UPPER_BYTE,
            b'a'..=b'z' => LOWER_BYTE,
            b'0'..=b'9' => DIGIT_BYTE,
            b'_' => OTHER_BYTE,
            _ => 0,
        };
        b += 1;
    }
    kinds
}

/// How a character counts for word boundaries.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Space,
    Other,
}

/// The character at byte `at` of `text`; ASCII, most of a text, is read
/// without decoding.
fn char_at(text: &str, at: usize) -> Option<char> {
    let byte = *text.as_bytes().get(at)?;
    if byte.is_ascii() {
        Some(char::from(byte))
    } else {
        text.get(at..)?.chars().next()
    }
}

/// A run of word characters, read once.
struct Run {
    /// One past its last byte.
    end: usize,
    /// True when every character is ASCII.
    ascii: bool,
    /// The kinds of its ASCII bytes, as bits ([`UPPER_BYTE`] ...).
    kinds: u8,
}

/// The run of word characters starting at byte `start` of `text`.
fn word_run(text: &str, start: usize) -> Run {
    let bytes = text.as_bytes();
    let mut run = Run {
        end: start,
        ascii: true,
        kinds: 0,
    };
    while let Some(&byte) = bytes.get(run.end) {
        let kind = BYTE_KINDS[usize::from(byte)];
        if kind != 0 {
            run.kinds |= kind;
            run.end += 1;
        } else if byte.is_ascii() {
            break;
        } else {
            match char_at(text, run.end) {
                Some(c) if kind_of(c) == Kind::Word => {
                    run.ascii = false;
                    run.end += c.len_utf8();
                }
                _ => break,
            }
        }
    }
    run
}

/// The kind of an ASCII character, from its byte.
fn ascii_kind(byte: u8) -> Kind {
    if BYTE_KINDS[usize::from(byte)] != 0 {
        Kind::Word
    } else if byte.is_ascii_whitespace() || byte == 0x0b {
        Kind::Space
    } else {
        Kind::Other
    }
}

fn kind_of(c: char) -> Kind {
    if let Some(byte) = u8::try_from(c).ok().filter(u8::is_ascii) {
        ascii_kind(byte)
    } else if crate::text::unicode::is_word_character(c) {
        Kind::Word
    } else if c.is_whitespace() {
        Kind::Space
    } else {
        Kind::Other
    }
}

/// The classes an ASCII word with a digit has by its digits: all digits, an
/// ordinal ("3rd"), digits first, four digits last.
fn digit_classes(bytes: &[u8], kinds: u8) -> Class {
    let mut class = 0;
    if bytes[0].is_ascii_digit() {
        class |= DIGIT_FIRST;
        if kinds == DIGIT_BYTE {
            class |= DIGITS;
        } else if let [digits @ .., a, b] = bytes {
            let suffix = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
            if !digits.is_empty()
                && digits.iter().all(u8::is_ascii_digit)
                && matches!(&suffix, b"st" | b"nd" | b"rd" | b"th")
            {
                class |= ORDINAL;
            }
        }
    }
    if bytes.len() >= 4 && bytes[bytes.len() - 4..].iter().all(u8::is_ascii_digit) {
        class |= FOUR_DIGITS_LAST;
    }
    class
}

impl<'s> Tokens<'s> {
    /// The tokens of `sentence`, in one pass.
    pub fn of(sentence: &'s str) -> Tokens<'s> {
        let mut tokens = Tokens {
            sentence,
            tokens: Vec::with_capacity(sentence.len() / 4),
            folded: String::from(sentence),
            classes: 0,
            pieces: OnceCell::new(),
        };
        let bytes = sentence.as_bytes();
        let mut spaced = false;
        let mut at = 0;
        while let Some(&byte) = bytes.get(at) {
            // ASCII, most of a text, is told by its byte's kind alone.
            let (kind, c) = if byte.is_ascii() {
                (ascii_kind(byte), char::from(byte))
            } else {
                match char_at(sentence, at) {
                    Some(c) => (kind_of(c), c),
                    None => break,
                }
            };
            match kind {
                Kind::Word => {
                    let run = word_run(sentence, at);
                    tokens.push_word(at, &run, spaced);
                    spaced = false;
                    at = run.end;
                    continue;
                }
                Kind::Space => spaced = true,
                Kind::Other => {
                    let mut class = PUNCTUATION | if spaced { SPACED } else { 0 };
                    if !c.is_ascii() && c.is_alphanumeric() {
                        class |= ALPHANUMERIC_SIGN;
                    }
                    tokens.push(punctuation_token(at, at + c.len_utf8(), class));
                    spaced = false;
                }
            }
            at += c.len_utf8();
        }
        tokens
    }

    fn push(&mut self, token: Token) {
        self.classes |= token.class;
        self.tokens.push(token);
    }

    fn push_word(&mut self, start: usize, run: &Run, spaced: bool) {
        let end = run.end;
        // Bytes, not a str: a run's ends are character boundaries, and a str
        // slice checks them each time.
        let bytes = &self.sentence.as_bytes()[start..end];
        let mut class = WORD | if spaced { SPACED } else { 0 };
        let folded;
        if run.ascii {
            // The run's kinds of bytes tell the classes; the fold is the word
            // in ASCII lower case, in place in the sentence's copy, which holds
            // the word itself when it has no upper-case letter (most words).
            let kinds = run.kinds;
            folded = (start, end);
            if kinds & UPPER_BYTE == 0 {
                class |= FOLDED;
            } else {
                self.folded[start..end].make_ascii_lowercase();
            }
            if kinds & DIGIT_BYTE != 0 {
                class |= digit_classes(bytes, kinds);
            }
            if kinds & OTHER_BYTE != 0 {
                class |= MIXED;
            }
            if bytes[0].is_ascii_uppercase() {
                class |= CAPITALISED;
            } else if bytes[0].is_ascii_lowercase() {
                class |= LOWERCASE_FIRST;
            }
            // A word of letters only has as many letters as bytes.
            let two_letters = if kinds & (DIGIT_BYTE | OTHER_BYTE) == 0 {
                bytes.len() >= 2
            } else {
                bytes
                    .iter()
                    .filter(|b| b.is_ascii_alphabetic())
                    .nth(1)
                    .is_some()
            };
            if two_letters {
                class |= TWO_LETTERS;
            }
            if kinds & (UPPER_BYTE | LOWER_BYTE) == UPPER_BYTE {
                class |= ALL_CAPS;
            }
        } else {
            let text = &self.sentence[start..end];
            class |= NON_ASCII;
            if run.kinds & DIGIT_BYTE != 0 {
                class |= digit_classes(bytes, run.kinds) & (DIGIT_FIRST | FOUR_DIGITS_LAST);
            }
            if !text.chars().all(char::is_alphanumeric) {
                class |= MIXED;
            }
            let folded_start = self.folded.len();
            self.folded.push_str(&fold_case(text));
            folded = (folded_start, self.folded.len());
            match text.chars().next() {
                Some(c) if c.is_uppercase() => class |= CAPITALISED,
                Some(c) if c.is_lowercase() => class |= LOWERCASE_FIRST,
                _ => {}
            }
            if text.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() {
                class |= TWO_LETTERS;
            }
            if text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase) {
                class |= ALL_CAPS;
            }
        }
        let lexicon = &*LEXICON;
        let fold = &self.folded.as_bytes()[folded.0..folded.1];
        let found = if fold.len() <= PackedWords::<()>::LONGEST {
            lexicon.packed.get(fold)
        } else {
            lexicon.words.get(&self.folded[folded.0..folded.1]).copied()
        };
        let (word, known) = found.unwrap_or((UNKNOWN, 0));
        self.push(Token {
            start,
            end,
            word,
            class: class | known,
            folded,
        });
    }

    /// The sentence.
    pub fn sentence(&self) -> &'s str {
        self.sentence
    }

    /// The tokens, in text order.
    pub fn all(&self) -> &[Token] {
        &self.tokens
    }

    /// The token at `index`, if there is one.
    pub fn get(&self, index: usize) -> Option<&Token> {
        self.tokens.get(index)
    }

    /// The text of the token at `index`, as written.
    pub fn text(&self, index: usize) -> &'s str {
        let token = &self.tokens[index];
        &self.sentence[token.start..token.end]
    }

    /// The folded text of the token at `index` (punctuation is not folded:
    /// empty).
    pub fn folded(&self, index: usize) -> &str {
        let (start, end) = self.tokens[index].folded;
        &self.folded[start..end]
    }

    /// The sentence with its ASCII words folded, then the folds of its other
    /// words: a string every word's fold is part of, for a quick test that a
    /// sentence may hold a word before its words are read one by one.
    pub fn folded_words(&self) -> &str {
        &self.folded
    }

    /// Whether some token has a bit of `class`.
    pub fn has_any(&self, class: Class) -> bool {
        self.classes & class != 0
    }

    /// The sentence as runs of letters and digits (as `char::is_alphanumeric`
    /// reads them) and single other characters: the pieces the entity and
    /// figure words are joined from. Most sentences have no [`MIXED`] or
    /// [`ALPHANUMERIC_SIGN`] token, and then each token is one piece.
    pub fn pieces(&self) -> &[Piece] {
        self.pieces.get_or_init(|| self.make_pieces())
    }

    fn make_pieces(&self) -> Vec<Piece> {
        let mut pieces = Vec::with_capacity(self.tokens.len());
        if !self.has_any(MIXED | ALPHANUMERIC_SIGN) {
            pieces.extend(self.tokens.iter().map(|t| Piece {
                start: t.start,
                end: t.end,
                alphanumeric: t.is(WORD),
                spaced: t.is(SPACED),
            }));
            return pieces;
        }
        for token in &self.tokens {
            if token.is(MIXED) {
                let mut spaced = token.is(SPACED);
                for (at, c) in self.sentence[token.start..token.end].char_indices() {
                    let start = token.start + at;
                    let end = start + c.len_utf8();
                    push_piece(&mut pieces, start, end, c.is_alphanumeric(), spaced);
                    spaced = false;
                }
            } else {
                let alphanumeric = token.is(WORD) || token.is(ALPHANUMERIC_SIGN);
                push_piece(
                    &mut pieces,
                    token.start,
                    token.end,
                    alphanumeric,
                    token.is(SPACED),
                );
            }
        }
        pieces
    }
}

/// A run of letters and digits, or one other character that is no space (see
/// [`Tokens::pieces`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// First byte, in the sentence.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Letters and digits, not a single other character.
    pub alphanumeric: bool,
    /// White space right before it.
    pub spaced: bool,
}

/// Pushes a piece, joining letters and digits to those right before them.
fn push_piece(pieces: &mut Vec<Piece>, start: usize, end: usize, alphanumeric: bool, spaced: bool) {
    if let Some(last) = pieces.last_mut() {
        if alphanumeric && !spaced && last.alphanumeric && last.end == start {
            last.end = end;
            return;
        }
    }
    pieces.push(Piece {
        start,
        end,
        alphanumeric,
        spaced,
    });
}

/// The tokens of each sentence of `text`, read once for every stage.
pub fn of_sentences<'t>(text: &'t str, sentences: &[Sentence]) -> Vec<Tokens<'t>> {
    sentences
        .iter()
        .map(|s| Tokens::of(s.span.text(text)))
        .collect()
}

/// A token of one character that is no word.
fn punctuation_token(start: usize, end: usize, class: Class) -> Token {
    Token {
        start,
        end,
        word: UNKNOWN,
        class,
        folded: (0, 0),
    }
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(crate) fn build_tables() {
    LazyLock::force(&LEXICON);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'s>(tokens: &Tokens<'s>) -> Vec<&'s str> {
        (0..tokens.all().len()).map(|i| tokens.text(i)).collect()
    }

    #[test]
    fn splits_words_and_punctuation_where_regex_word_boundaries_fall() {
        let tokens = Tokens::of("On Mon. morning, the café's 3rd ship—late—left.");
        assert_eq!(
            texts(&tokens),
            [
                "On", "Mon", ".", "morning", ",", "the", "café", "'", "s", "3rd", "ship", "—",
                "late", "—", "left", "."
            ]
        );
        let spaced: Vec<bool> = tokens.all().iter().map(|t| t.is(SPACED)).collect();
        assert_eq!(spaced[..5], [false, true, false, true, false]);
        assert!(tokens.all()[9].is(ORDINAL) && !tokens.all()[9].is(DIGITS));
        assert!(tokens.all()[6].is(NON_ASCII));
    }

    #[test]
    fn classes_come_from_the_calendar_number_and_tense_tables() {
        let tokens = Tokens::of("Last FRIDAY evening, three weeks after July 4 and in spring");
        let has = |i: usize, class: Class| tokens.all()[i].is(class);
        assert!(has(0, CAPITALISED) && !has(0, ALL_CAPS));
        assert!(has(1, WEEKDAY) && has(1, ALL_CAPS));
        assert!(has(2, DAYPART));
        assert!(has(4, NUMBER_WORD) && has(5, UNIT));
        assert!(has(7, MONTH) && has(8, DIGITS));
        assert!(has(11, SEASON));
        assert!(has(0, TENSE_CUE) && !has(6, TENSE_CUE));
        assert!(tokens.has_any(WEEKDAY) && !tokens.has_any(ORDINAL));
        assert_eq!(tokens.all()[6].word, UNKNOWN);
        assert_ne!(tokens.all()[1].word, UNKNOWN);
    }

    #[test]
    fn number_words_and_plural_quantifiers_are_count_words() {
        let tokens = Tokens::of("Two HUNDRED, dozens, tens of thousands: a few m in 5bn");
        let count_words: Vec<&str> = (0..tokens.all().len())
            .filter(|&i| tokens.all()[i].is(COUNT_WORD))
            .map(|i| tokens.text(i))
            .collect();
        assert_eq!(count_words, ["Two", "HUNDRED", "dozens", "thousands"]);
        assert!(!Tokens::of("A few of them left.").has_any(COUNT_WORD));
    }

    #[test]
    fn pieces_are_runs_of_letters_and_digits_as_char_is_alphanumeric_reads_them() {
        let sentence = "snake_case 40 km² e\u{301}lan, ok";
        let tokens = Tokens::of(sentence);
        assert!(tokens.all()[0].is(MIXED) && !tokens.all()[1].is(MIXED));
        assert!(tokens.has_any(ALPHANUMERIC_SIGN));
        let pieces: Vec<(&str, bool, bool)> = tokens
            .pieces()
            .iter()
            .map(|p| (&sentence[p.start..p.end], p.alphanumeric, p.spaced))
            .collect();
        assert_eq!(
            pieces,
            [
                ("snake", true, false),
                ("_", false, false),
                ("case", true, false),
                ("40", true, true),
                ("km²", true, true),
                ("e", true, true),
                ("\u{301}", false, false),
                ("lan", true, false),
                (",", false, false),
                ("ok", true, true),
            ]
        );
        let plain = Tokens::of("Two ships, one plane.");
        assert_eq!(plain.pieces().len(), plain.all().len());
    }

    #[test]
    fn folds_words_as_case_insensitive_patterns_do() {
        let tokens = Tokens::of("ſome \u{212A}ILOMETRES  To\u{2009}DAY");
        let folded: Vec<&str> = (0..3).map(|i| tokens.folded(i)).collect();
        assert_eq!(folded, ["some", "kilometres", "to"]);
        assert_eq!(tokens.folded(3), "day");
        assert!(tokens.all()[3].is(SPACED) && tokens.all()[3].is(UNIT));
        assert_eq!(
            tokens.get(3).map(|t| t.word),
            Tokens::of("day").get(0).map(|t| t.word)
        );
    }
}
