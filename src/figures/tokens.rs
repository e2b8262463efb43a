//! Words and punctuation of one sentence, with byte offsets into it.
//!
//! A word is a run of letters and digits; a hyphen, apostrophe or full stop
//! between two of them stays inside ("Ninety-nine", "An-124s", "1.2", "Russia's"),
//! and so do a comma between digits ("25,000"), a slash after a letter
//! ("F/A-18") and the stops of initials ("U.S.", "U.N."). Everything else that is not
//! whitespace is a one-character punctuation token ("$", "%", "(", "–").

use std::borrow::Cow;

use crate::pattern::lower_case;

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
}

impl Token<'_> {
    /// True when the token is written with digits first ("40", "8,000", "550m").
    pub fn starts_with_digit(&self) -> bool {
        self.text.starts_with(|c: char| c.is_ascii_digit())
    }

    /// True when the token starts with a capital letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Splits a sentence into tokens.
pub fn split(sentence: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = sentence.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(&(start, c)) = chars.get(i) {
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if c.is_alphanumeric() {
            while let Some(&(_, d)) = chars.get(j) {
                let before = chars.get(j - 1).map_or(' ', |&(_, b)| b);
                let after = chars.get(j + 1).map_or(' ', |&(_, a)| a);
                // "U.S.": single capitals, each with its stop.
                let initial = before.is_uppercase()
                    && (j == i + 1 || chars.get(j - 2).is_some_and(|&(_, c)| c == '.'))
                    && (after.is_uppercase() || (j > i + 1 && !after.is_alphanumeric()));
                let joins = match d {
                    '-' | '\'' | '’' => before.is_alphanumeric() && after.is_alphanumeric(),
                    '.' => (before.is_ascii_digit() && after.is_ascii_digit()) || initial,
                    ',' => before.is_ascii_digit() && after.is_ascii_digit(),
                    // "F/A-18", "and/or"; not "3.6GHz/8GB", a list of specs.
                    '/' => {
                        after.is_alphanumeric()
                            && chars[i..j].iter().all(|&(_, c)| c.is_alphabetic())
                    }
                    _ => false,
                };
                if d.is_alphanumeric() || joins {
                    j += 1;
                } else {
                    break;
                }
            }
        }
        let end = chars.get(j).map_or(sentence.len(), |&(b, _)| b);
        let text = sentence.get(start..end).unwrap_or("");
        tokens.push(Token {
            start,
            end,
            text,
            lower: lower_case(text),
            is_word: c.is_alphanumeric(),
        });
        i = j;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_numbers_models_and_compounds_whole() {
        let got: Vec<_> = split("Seventy-four left; 32,000 (1.2m) on two An-124s, US$61.")
            .into_iter()
            .map(|t| t.text)
            .collect();
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
        let got: Vec<_> = split("six U.S. Army F/A-18 jets. A.")
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            got,
            vec!["six", "U.S.", "Army", "F/A-18", "jets", ".", "A", "."]
        );
    }

    #[test]
    fn offsets_point_into_the_sentence_past_multibyte_chars() {
        let text = "é £3bn — 40";
        for t in split(text) {
            assert_eq!(&text[t.start..t.end], t.text);
        }
    }
}
