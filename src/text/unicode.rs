//! The Unicode classes of a regex's `\w`, `\d` and `\s`, from the tables that
//! `build.rs` writes out of regex-syntax: rules that match as regexes did read
//! them here, and the patterns left spell `\d` and `\s` out with them
//! ([`spell_out_perl_classes`]), so regex runs without its Unicode tables.

use std::cmp::Ordering;

include!(concat!(env!("OUT_DIR"), "/unicode_classes.rs"));

/// Whether `c` is a word character of a regex's `\w` (and so of its `\b`).
/// ASCII is answered at once; spaces and punctuation are most of what is not
/// a word.
pub fn is_word_character(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        holds(WORD, c)
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

/// `source` with each `\d` and `\s` (and `\D`, `\S`) written as the class of
/// its ranges, inside a class or out ("[\s,]" nests one). An escaped
/// backslash stays as it is. For patterns read in Unicode mode: a `(?-u)`
/// part would read the classes as ASCII.
pub fn spell_out_perl_classes(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 1024);
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(perl @ ('d' | 'D' | 's' | 'S')) => {
                let ranges = if perl.eq_ignore_ascii_case(&'d') {
                    DECIMAL_DIGIT
                } else {
                    WHITE_SPACE
                };
                out.push('[');
                if perl.is_ascii_uppercase() {
                    out.push('^');
                }
                for &(start, end) in ranges {
                    out.push_str(&format!(
                        r"\x{{{:X}}}-\x{{{:X}}}",
                        u32::from(start),
                        u32::from(end)
                    ));
                }
                out.push(']');
            }
            Some(next) => {
                out.push('\\');
                out.push(next);
            }
            None => out.push('\\'),
        }
    }
    out
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

    #[test]
    fn spelled_out_classes_match_as_the_perl_ones() {
        let source = r"^\s*(\d{1,2}):\d\d[\s,]+\S+\D$|\\d";
        let spelled = regex::Regex::new(&spell_out_perl_classes(source)).unwrap();
        let perl = regex::Regex::new(source).unwrap();
        for line in [
            " 9:05, Tue.",
            "\u{a0}\u{2003}٩:٠٥\u{3000}Tue.",
            "12:30 x9",
            "1:2 a",
            r"\d",
            "d",
        ] {
            let groups = |r: &regex::Regex| r.captures(line).map(|c| c.get(1).map(|m| m.range()));
            assert_eq!(groups(&spelled), groups(&perl), "{line:?}");
        }
    }
}
