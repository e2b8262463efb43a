//! Regexes with word boundaries that stay fast on any text.
//!
//! The regex crate's lazy DFA cannot evaluate a Unicode `\b` once it meets a
//! non-ASCII byte, so it gives up and a much slower engine searches instead.
//! News text is full of curly quotes and dashes, so that happened in almost
//! every sentence. A [`Pattern`] therefore keeps two compiled forms of one
//! pattern: the one it was written as, and one whose `\b` is ASCII-only.
//! Unicode `\b` and ASCII `\b` can only disagree next to a non-ASCII *word*
//! character ("é", "ж"); in a haystack with none, both find exactly the same
//! matches, so the fast form is used there and the written one elsewhere.

use std::sync::{LazyLock, OnceLock};

use regex::{Error, Regex};

/// Any non-ASCII character that Unicode `\w` counts as a word character.
static NON_ASCII_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w&&[^\x00-\x7F]]").expect("NON_ASCII_WORD compiles"));

/// Whether `haystack` needs a pattern's written (Unicode) `\b`: true when it
/// holds a non-ASCII word character, next to which the two forms may differ.
pub fn needs_unicode_words(haystack: &str) -> bool {
    !haystack.is_ascii() && NON_ASCII_WORD.is_match(haystack)
}

/// `text` cut into runs of whole lines that agree on [`needs_unicode_words`],
/// each with that answer: a long text with one "é" then needs the slow form of
/// a pattern only on that line.
pub fn line_runs(text: &str) -> Vec<(&str, bool)> {
    let mut runs: Vec<(&str, bool)> = Vec::new();
    let mut run_start = 0;
    let mut run_unicode = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let unicode = needs_unicode_words(line);
        if let Some(previous) = run_unicode.filter(|&u| u != unicode) {
            runs.push((&text[run_start..line_start], previous));
            run_start = line_start;
        }
        run_unicode = Some(unicode);
        line_start += line.len();
    }
    if let Some(unicode) = run_unicode {
        runs.push((&text[run_start..], unicode));
    }
    runs
}

/// `text` in lower case as a case-insensitive regex compares letters: where
/// `(?i)` matches a lower-case ASCII word, this holds that word ("ſ" and the
/// Kelvin sign fold to "s" and "k"), so a rule can be skipped when it does not.
pub fn fold_case(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.to_lowercase().replace('ſ', "s")
    }
}

/// One pattern, compiled with ASCII word boundaries up front and as written
/// on first need.
#[derive(Debug)]
pub struct Pattern {
    source: String,
    ascii: Regex,
    unicode: OnceLock<Regex>,
}

impl Pattern {
    /// Compiles the ASCII form of `source` now, an error if it is not a valid
    /// regex; the written form is compiled the first time a haystack needs it,
    /// which keeps the first analysis cheap.
    pub fn new(source: &str) -> Result<Pattern, Error> {
        Ok(Pattern {
            source: source.to_string(),
            ascii: Regex::new(&ascii_boundaries(source))?,
            unicode: OnceLock::new(),
        })
    }

    /// The regex to search `haystack` with.
    pub fn get(&self, haystack: &str) -> &Regex {
        self.for_words(needs_unicode_words(haystack))
    }

    /// The regex to use when [`needs_unicode_words`] gave `unicode` for the
    /// haystack: lets a caller check once for many patterns.
    pub fn for_words(&self, unicode: bool) -> &Regex {
        if !unicode {
            return &self.ascii;
        }
        self.unicode.get_or_init(|| {
            // The two forms differ only in `\b`, so when the ASCII one
            // compiled the written one does too; tests force both.
            Regex::new(&self.source).unwrap_or_else(|_| self.ascii.clone())
        })
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.source
    }
}

/// `source` with every `\b` made ASCII-only; an escaped backslash (`\\b`) is
/// a literal and stays as it is.
fn ascii_boundaries(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 64);
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push_str(r"(?-u:\b)"),
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

    #[test]
    fn rewrites_only_word_boundaries() {
        assert_eq!(ascii_boundaries(r"\bMay\b\.?"), r"(?-u:\b)May(?-u:\b)\.?");
        assert_eq!(ascii_boundaries(r"a\\b\s"), r"a\\b\s");
    }

    #[test]
    fn runs_of_lines_share_their_form() {
        let text = "plain one\nplain two\nCafé here\nplain three";
        assert_eq!(
            line_runs(text),
            vec![
                ("plain one\nplain two\n", false),
                ("Café here\n", true),
                ("plain three", false)
            ]
        );
        assert_eq!(
            line_runs("“quoted” — ascii words\n"),
            vec![("“quoted” — ascii words\n", false)]
        );
        assert!(line_runs("").is_empty());
    }

    #[test]
    fn folds_case_like_a_case_insensitive_regex() {
        let text = "Mayé \u{212A}ILLED ſix";
        let folded = fold_case(text);
        for word in ["may", "killed", "six"] {
            assert!(Regex::new(&format!("(?i){word}")).unwrap().is_match(text));
            assert!(folded.contains(word), "{word} in {folded}");
        }
    }

    #[test]
    fn picks_the_form_by_haystack() {
        let p = Pattern::new(r"\bmay\b").unwrap();
        assert!(!needs_unicode_words("“may” — ok"));
        assert!(needs_unicode_words("mayé"));
        // Unicode: "é" is a word character, so no boundary after "may".
        assert!(!p.get("mayé").is_match("mayé"));
        assert!(p.get("“may”").is_match("“may”"));
    }
}
