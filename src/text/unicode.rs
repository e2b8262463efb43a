//! The Unicode classes of a regex's `\w`, `\d` and `\s`, from the tables that
//! `build.rs` writes out of regex-syntax: rules that match as regexes did read
//! them here, and the tests' oracle regexes spell `\d` and `\s` out with them
//! ([`crate::pattern::spell_out_perl_classes`]).

use std::cmp::Ordering;
use std::sync::LazyLock;

include!(concat!(env!("OUT_DIR"), "/unicode_classes.rs"));

/// A regex's `\w` as ranges, decoded from [`WORD_CODED`] on first need.
static WORD: LazyLock<Vec<(char, char)>> = LazyLock::new(|| decoded_ranges(WORD_CODED));

/// The ranges that `build.rs` coded as bytes: each range as how far it starts
/// past the end of the one before and how far its end is past its start, in
/// LEB128.
fn decoded_ranges(coded: &[u8]) -> Vec<(char, char)> {
    let mut bytes = coded.iter();
    let mut number = || {
        let mut value = 0;
        for (shift, &byte) in (0..).step_by(7).zip(&mut bytes) {
            value |= u32::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Some(value);
            }
        }
        None
    };
    let mut ranges = Vec::new();
    let mut end = 0;
    while let (Some(gap), Some(length)) = (number(), number()) {
        let start = end + gap;
        end = start + length;
        if let (Some(first), Some(last)) = (char::from_u32(start), char::from_u32(end)) {
            ranges.push((first, last));
        }
    }
    ranges
}

/// Whether `c` is a word character of a regex's `\w` (and so of its `\b`).
/// ASCII is answered at once; spaces and punctuation are most of what is not
/// a word.
pub fn is_word_character(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        holds(&WORD, c)
    }
}

/// Whether `c` is a decimal digit of any script, a regex's `\d`.
pub fn is_decimal_digit(c: char) -> bool {
    c.is_ascii_digit() || !c.is_ascii() && holds(DECIMAL_DIGIT, c)
}

/// Whether the sorted, disjoint `ranges` hold `c`.
fn holds(ranges: &[(char, char)], c: char) -> bool {
    ranges
        .binary_search_by(|&(start, end)| {
            if end < c {
                Ordering::Less
            } else if start > c {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_char() -> impl Iterator<Item = char> {
        (0..=u32::from(char::MAX)).filter_map(char::from_u32)
    }

    #[test]
    fn classes_are_the_regex_crates() {
        let digit = regex::Regex::new(r"^\d$").unwrap();
        let space = regex::Regex::new(r"^\s$").unwrap();
        let mut buffer = [0; 4];
        for c in every_char() {
            assert_eq!(
                is_word_character(c),
                crate::text::unicode::is_word_character(c),
                "{c:?}"
            );
            let text = c.encode_utf8(&mut buffer);
            assert_eq!(is_decimal_digit(c), digit.is_match(text), "{c:?}");
            assert_eq!(holds(WHITE_SPACE, c), space.is_match(text), "{c:?}");
            assert_eq!(holds(WHITE_SPACE, c), c.is_whitespace(), "{c:?}");
        }
    }
}
