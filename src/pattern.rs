//! Matching as regexes do, without one.
//!
//! The analysis compiles no pattern. The tests' oracles are the regexes that
//! rules replaced: [`compile`] spells their case-insensitive parts out as
//! classes, and [`spell_out_perl_classes`] their `\d` and `\s`, as the analysis
//! once did to keep the regex crate's tables out of the wasm. The helpers below
//! match as a regex would (its Unicode `\b`, its `(?i)` folding of ASCII
//! letters, its `\s`), so that rules written over bytes and words find exactly
//! what the regexes they replaced found.
//!
//! For the tests' oracles, which run hundreds of those regexes over many
//! sentences, a [`Pattern`] keeps two compiled forms: as written, and with an
//! ASCII-only `\b`, which the regex crate's lazy DFA can run (it gives up at
//! a Unicode `\b` next to a non-ASCII byte). The two forms can only disagree
//! next to a non-ASCII *word* character ("é", "ж"); in a haystack with none,
//! the fast form is used.

use std::borrow::Cow;
#[cfg(test)]
use std::sync::OnceLock;

#[cfg(test)]
use regex::{Error, Regex};
#[cfg(test)]
use regex_syntax::ast::{
    self, parse::Parser, print::Printer, Ast, ClassSet, ClassSetItem, Flag, FlagsItemKind,
};

use crate::text::fold;
use crate::text::unicode::is_word_character;
#[cfg(test)]
use crate::text::unicode::{DECIMAL_DIGIT, WHITE_SPACE};

/// Compiles `source` with its case-insensitive parts (`(?i)`) spelled out as
/// classes of each letter's case forms ("k" as `[kK\x{212A}]`). The regex
/// crate's own `(?i)` needs its Unicode case-folding tables, 14 KB of the
/// gzipped wasm; a letter's forms come from the standard library's case
/// mappings here, which the wasm holds anyway.
#[cfg(test)]
pub fn compile(source: &str) -> Result<Regex, Error> {
    match Parser::new().parse(source) {
        Ok(mut ast) => {
            spell_out_case(&mut ast, &mut false);
            let mut written = String::with_capacity(source.len() * 2);
            Printer::new()
                .print(&ast, &mut written)
                .expect("printing into a String cannot fail");
            Regex::new(&written)
        }
        // The regex crate reports the error.
        Err(_) => Regex::new(source),
    }
}

/// The forms of `c` that a case-insensitive match accepts: its simple case
/// mappings both ways, and the two signs that fold to ASCII letters.
#[cfg(test)]
fn case_forms(c: char) -> Vec<char> {
    let mut forms = vec![c];
    let mut add = |f: char| {
        if !forms.contains(&f) {
            forms.push(f);
        }
    };
    let lower: Vec<char> = c.to_lowercase().collect();
    let upper: Vec<char> = c.to_uppercase().collect();
    for mapped in [lower, upper] {
        if let [single] = mapped[..] {
            add(single);
        }
    }
    match c.to_ascii_lowercase() {
        'k' => add('\u{212A}'),
        's' => add('\u{17F}'),
        _ => {}
    }
    if c == '\u{212A}' || c == '\u{17F}' {
        let ascii = if c == '\u{212A}' { 'k' } else { 's' };
        add(ascii);
        add(ascii.to_ascii_uppercase());
    }
    forms
}

/// Removes a positive `i` from `flags`; returns the case-insensitivity they
/// set, if they name it.
#[cfg(test)]
fn take_case_flag(flags: &mut ast::Flags) -> Option<bool> {
    let mut negated = false;
    let mut setting = None;
    flags.items.retain(|item| match item.kind {
        FlagsItemKind::Negation => {
            negated = true;
            true
        }
        FlagsItemKind::Flag(Flag::CaseInsensitive) => {
            setting = Some(!negated);
            negated
        }
        FlagsItemKind::Flag(_) => true,
    });
    // A negation left with nothing after it ("(?x-)") is not valid syntax.
    if flags.items.last().is_some_and(|i| i.kind.is_negation()) {
        flags.items.pop();
    }
    setting
}

/// Rewrites `ast` so that it matches as it did with the `(?i)` flags it held,
/// without them. `insensitive` is the flag's state where `ast` starts; a
/// flag set inside a group lasts to the group's end, as in the regex crate.
#[cfg(test)]
fn spell_out_case(ast: &mut Ast, insensitive: &mut bool) {
    match ast {
        Ast::Flags(set) => {
            if let Some(on) = take_case_flag(&mut set.flags) {
                *insensitive = on;
            }
            if set.flags.items.is_empty() {
                *ast = Ast::empty(set.span);
            }
        }
        Ast::Group(group) => {
            let mut inner = *insensitive;
            if let ast::GroupKind::NonCapturing(flags) = &mut group.kind {
                if let Some(on) = take_case_flag(flags) {
                    inner = on;
                }
            }
            spell_out_case(&mut group.ast, &mut inner);
        }
        Ast::Concat(concat) => concat
            .asts
            .iter_mut()
            .for_each(|a| spell_out_case(a, insensitive)),
        Ast::Alternation(alternation) => alternation
            .asts
            .iter_mut()
            .for_each(|a| spell_out_case(a, insensitive)),
        Ast::Repetition(repetition) => spell_out_case(&mut repetition.ast, insensitive),
        Ast::Literal(literal) if *insensitive => {
            let forms = case_forms(literal.c);
            if forms.len() > 1 {
                let span = literal.span;
                let items = forms
                    .into_iter()
                    .map(|c| {
                        ClassSetItem::Literal(ast::Literal {
                            c,
                            ..(**literal).clone()
                        })
                    })
                    .collect();
                *ast = Ast::class_bracketed(ast::ClassBracketed {
                    span,
                    negated: false,
                    kind: ClassSet::union(ast::ClassSetUnion { span, items }),
                });
            }
        }
        Ast::ClassBracketed(class) if *insensitive => spell_out_set_case(&mut class.kind),
        _ => {}
    }
}

/// A class's items with every letter's case forms added, as the regex crate
/// closes a case-insensitive class before it negates it.
#[cfg(test)]
fn spell_out_set_case(set: &mut ClassSet) {
    match set {
        ClassSet::BinaryOp(op) => {
            spell_out_set_case(&mut op.lhs);
            spell_out_set_case(&mut op.rhs);
        }
        ClassSet::Item(item) => spell_out_item_case(item),
    }
}

#[cfg(test)]
fn spell_out_item_case(item: &mut ClassSetItem) {
    let span = *item.span();
    let extra: Vec<char> = match item {
        ClassSetItem::Literal(literal) => case_forms(literal.c).split_off(1),
        // Letters' forms of an ASCII range ("a-z", "A-Z"); the classes used
        // in these patterns hold no wider range of letters.
        ClassSetItem::Range(range) => {
            let (start, end) = (range.start.c, range.end.c.min('\x7F'));
            (start..=end)
                .flat_map(case_forms)
                .filter(|c| !(start..=range.end.c).contains(c))
                .collect()
        }
        ClassSetItem::Bracketed(class) => {
            spell_out_set_case(&mut class.kind);
            Vec::new()
        }
        ClassSetItem::Union(union) => {
            union.items.iter_mut().for_each(spell_out_item_case);
            Vec::new()
        }
        // Perl classes are closed under case already; no pattern here uses
        // ASCII or Unicode classes under (?i).
        _ => Vec::new(),
    };
    if extra.is_empty() {
        return;
    }
    let mut extra: Vec<char> = extra;
    extra.dedup();
    let mut items = vec![item.clone()];
    items.extend(extra.into_iter().map(|c| {
        ClassSetItem::Literal(ast::Literal {
            span,
            kind: ast::LiteralKind::Verbatim,
            c,
        })
    }));
    *item = ClassSetItem::Union(ast::ClassSetUnion { span, items });
}

/// Whether `haystack` needs a pattern's written (Unicode) `\b`: true when it
/// holds a non-ASCII word character, next to which the two forms may differ.
/// regex-syntax's own test of `\w` reads the table the patterns compile from,
/// without a regex to compile or to run over a long haystack.
#[cfg(test)]
pub fn needs_unicode_words(haystack: &str) -> bool {
    !haystack.is_ascii()
        && haystack
            .chars()
            .any(|c| !c.is_ascii() && is_word_character(c))
}

/// `text` in lower case as a case-insensitive regex compares letters: where
/// `(?i)` matches a lower-case ASCII word, this holds that word ("ſ" and the
/// Kelvin sign fold to "s" and "k"), so a rule can be skipped when it does not.
pub fn fold_case(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        fold::lower(text).replace('ſ', "s")
    }
}

/// [`fold_case`] of `text`, borrowed when it is its own fold (lower-case
/// ASCII, as most words of the tables are).
pub fn fold_case_cow(text: &str) -> Cow<'_, str> {
    if is_own_fold(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(fold_case(text))
    }
}

/// [`fold_case`] of a word of a table kept as long as the program: the word
/// itself when it is lower-case ASCII already, as most are, and otherwise its
/// fold, kept as long too.
pub fn fold_case_static(word: &'static str) -> &'static str {
    if is_own_fold(word) {
        word
    } else {
        Box::leak(fold_case(word).into_boxed_str())
    }
}

/// True when `text` is lower-case ASCII, its own [`fold_case`].
fn is_own_fold(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// The runs of word characters of `text` that a regex's Unicode `\b`
/// delimits, each with its byte offset: a pattern `\bword\b` matches exactly
/// the runs that are the word.
pub fn word_runs(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.find(|&(_, c)| is_word_character(c))?;
        let mut end = text.len();
        while let Some(&(at, c)) = chars.peek() {
            if !is_word_character(c) {
                end = at;
                break;
            }
            chars.next();
        }
        Some((start, &text[start..end]))
    })
}

/// Whether a regex's Unicode `\b` holds at byte `at` of `text`: a word
/// character on one side only.
pub fn word_boundary(text: &str, at: usize) -> bool {
    let word = |c: Option<char>| c.is_some_and(is_word_character);
    word(text[..at].chars().next_back()) != word(text[at..].chars().next())
}

/// `word` as a case-insensitive pattern of [`compile`] compares it with a
/// lower-case ASCII literal: ASCII letters in lower case, "ſ" and the Kelvin
/// sign as "s" and "k", any other character as it is (it equals no such
/// literal). Borrowed when nothing changes.
pub fn fold_to_ascii_case(word: &str) -> Cow<'_, str> {
    let unchanged = |c: char| !c.is_ascii_uppercase() && c != '\u{17F}' && c != '\u{212A}';
    if word.chars().all(unchanged) {
        return Cow::Borrowed(word);
    }
    let mut folded = String::with_capacity(word.len());
    push_folded_to_ascii_case(&mut folded, word);
    Cow::Owned(folded)
}

/// Appends `word` to `out` as [`fold_to_ascii_case`] folds it: for a caller
/// that folds many words into one buffer. Its ASCII stretches are copied and
/// lowered whole, so a long text with a few curly quotes is not read character
/// by character.
pub fn push_folded_to_ascii_case(out: &mut String, word: &str) {
    let mut rest = word;
    loop {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let from = out.len();
        out.push_str(&rest[..ascii]);
        out[from..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        let Some(c) = chars.next() else {
            return;
        };
        out.push(match c {
            '\u{17F}' => 's',
            '\u{212A}' => 'k',
            _ => c,
        });
        rest = chars.as_str();
    }
}

/// `text` in lower case, borrowed when it is so already.
pub fn lower_case(text: &str) -> Cow<'_, str> {
    if text
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(fold::lower(text))
    }
}

/// Where `word` (ASCII, in lower case) starts in `text` as a case-insensitive
/// pattern of [`compile`] matches it: ASCII letters in either case, and "ſ"
/// and the Kelvin sign for "s" and "k". A cheap scan that finds where a
/// pattern beginning with the word can match, to search only there.
///
/// A first letter that folds from no other byte ("s" and "k" do) stands only
/// where its byte does, so only those bytes are tried.
pub fn folded_occurrences<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    let bytes = text.as_bytes();
    let plain_first = word.bytes().next().filter(|&b| b != b's' && b != b'k');
    let mut from = 0;
    std::iter::from_fn(move || {
        while from < bytes.len() {
            let at = match plain_first {
                Some(first) => {
                    from + bytes[from..]
                        .iter()
                        .position(|b| b.to_ascii_lowercase() == first)?
                }
                None => from,
            };
            from = at + 1;
            if folded_at(bytes, at, word.as_bytes()) {
                return Some(at);
            }
        }
        None
    })
}

/// Whether `c` is `letter` (ASCII, lower case) to a case-insensitive pattern
/// of [`compile`]: the letter in either case, or "ſ" for "s" and the Kelvin
/// sign for "k".
fn folds_to(c: char, letter: u8) -> bool {
    c.is_ascii() && c.to_ascii_lowercase() as u8 == letter
        || letter == b's' && c == '\u{17F}'
        || letter == b'k' && c == '\u{212A}'
}

/// Where `phrase` (lower-case ASCII words one space apart) ends when it
/// starts at byte `at` of `text`, read as a case-insensitive pattern of
/// [`compile`] with `\s+` for each space.
pub fn folded_phrase_end(text: &str, at: usize, phrase: &str) -> Option<usize> {
    let mut chars = text[at..].chars().peekable();
    let mut end = at;
    for letter in phrase.bytes() {
        if letter == b' ' {
            let spaces = std::iter::from_fn(|| chars.next_if(|c| c.is_whitespace()))
                .map(char::len_utf8)
                .sum::<usize>();
            (spaces > 0).then_some(())?;
            end += spaces;
        } else {
            let c = chars.next().filter(|&c| folds_to(c, letter))?;
            end += c.len_utf8();
        }
    }
    Some(end)
}

/// Where `phrase` starts when it ends at byte `end` of `text`, read as
/// [`folded_phrase_end`] reads it.
pub fn folded_phrase_start(text: &str, end: usize, phrase: &str) -> Option<usize> {
    let mut chars = text[..end].chars().rev().peekable();
    let mut start = end;
    for letter in phrase.bytes().rev() {
        if letter == b' ' {
            let spaces = std::iter::from_fn(|| chars.next_if(|c| c.is_whitespace()))
                .map(char::len_utf8)
                .sum::<usize>();
            (spaces > 0).then_some(())?;
            start -= spaces;
        } else {
            let c = chars.next().filter(|&c| folds_to(c, letter))?;
            start -= c.len_utf8();
        }
    }
    Some(start)
}

/// Where the run of white space (`\s*`) at byte `at` of `text` ends.
pub fn spaces_end(text: &str, at: usize) -> usize {
    text[at..]
        .find(|c: char| !c.is_whitespace())
        .map_or(text.len(), |n| at + n)
}

/// Where the run of white space (`\s*`) ending at byte `end` of `text` starts.
pub fn spaces_start(text: &str, end: usize) -> usize {
    text[..end]
        .rfind(|c: char| !c.is_whitespace())
        .map_or(0, |n| {
            n + text[n..].chars().next().map_or(0, char::len_utf8)
        })
}

/// Whether `word` (ASCII, lower case) stands at byte `at` of `bytes` as
/// [`folded_occurrences`] reads it.
fn folded_at(bytes: &[u8], mut at: usize, word: &[u8]) -> bool {
    const LONG_S: &[u8] = "\u{17F}".as_bytes();
    const KELVIN: &[u8] = "\u{212A}".as_bytes();
    for &letter in word {
        let rest = &bytes[at.min(bytes.len())..];
        if rest
            .first()
            .is_some_and(|b| b.to_ascii_lowercase() == letter)
        {
            at += 1;
        } else if letter == b's' && rest.starts_with(LONG_S) {
            at += LONG_S.len();
        } else if letter == b'k' && rest.starts_with(KELVIN) {
            at += KELVIN.len();
        } else {
            return false;
        }
    }
    true
}

/// One pattern, compiled with ASCII word boundaries up front and as written
/// on first need.
#[cfg(test)]
#[derive(Debug)]
pub struct Pattern {
    source: String,
    ascii: Regex,
    unicode: OnceLock<Regex>,
}

#[cfg(test)]
impl Pattern {
    /// Compiles the ASCII form of `source` now, an error if it is not a valid
    /// regex; the written form is compiled the first time a haystack needs it,
    /// which keeps the first analysis cheap.
    pub fn new(source: &str) -> Result<Pattern, Error> {
        Ok(Pattern {
            source: source.to_string(),
            ascii: compile(&ascii_boundaries(source))?,
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
            compile(&self.source).unwrap_or_else(|_| self.ascii.clone())
        })
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.source
    }
}

/// `source` with each escape `\c` that `replace` answers written as its
/// answer; an escaped backslash (`\\`) stays as it is.
#[cfg(test)]
fn replace_escapes(source: &str, replace: impl Fn(char) -> Option<String>) -> String {
    let mut out = String::with_capacity(source.len() + 64);
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(next) => match replace(next) {
                Some(replaced) => out.push_str(&replaced),
                None => {
                    out.push('\\');
                    out.push(next);
                }
            },
            None => out.push('\\'),
        }
    }
    out
}

/// `source` with each `\d` and `\s` (and `\D`, `\S`) written as the class of
/// its ranges, inside a class or out ("[\s,]" nests one). For patterns read in
/// Unicode mode: a `(?-u)` part would read the classes as ASCII.
#[cfg(test)]
pub fn spell_out_perl_classes(source: &str) -> String {
    replace_escapes(source, |perl| {
        let ranges = match perl.to_ascii_lowercase() {
            'd' => DECIMAL_DIGIT,
            's' => WHITE_SPACE,
            _ => return None,
        };
        let negated = if perl.is_ascii_uppercase() { "^" } else { "" };
        let items: String = ranges
            .iter()
            .map(|&(start, end)| {
                format!(r"\x{{{:X}}}-\x{{{:X}}}", u32::from(start), u32::from(end))
            })
            .collect();
        Some(format!("[{negated}{items}]"))
    })
}

/// `source` with every `\b` made ASCII-only; an escaped backslash (`\\b`) is
/// a literal and stays as it is.
#[cfg(test)]
fn ascii_boundaries(source: &str) -> String {
    replace_escapes(source, |c| (c == 'b').then(|| r"(?-u:\b)".to_string()))
}

/// Every match and capture of `compile(pattern)` and of the regex crate's own
/// `(?i)` (its tables are there natively) agree on `haystacks`.
#[cfg(test)]
pub(crate) fn assert_same_matches(pattern: &str, haystacks: &[&str]) {
    let ours = compile(pattern).unwrap();
    let theirs = Regex::new(pattern).unwrap();
    for haystack in haystacks {
        let spans = |r: &Regex| -> Vec<Vec<Option<(usize, usize)>>> {
            r.captures_iter(haystack)
                .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                .collect()
        };
        assert_eq!(spans(&ours), spans(&theirs), "{pattern} on {haystack:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn rewrites_only_word_boundaries() {
        assert_eq!(ascii_boundaries(r"\bMay\b\.?"), r"(?-u:\b)May(?-u:\b)\.?");
        assert_eq!(ascii_boundaries(r"a\\b\s"), r"a\\b\s");
    }

    #[test]
    fn spells_out_case_insensitivity_as_the_regex_crate_reads_it() {
        let haystacks = [
            "Kelvin \u{212A}ELVIN kelvin ſix SIX six",
            "ÉCOLE école Straße STRASSE",
            "x-ray X-RAY [a] b-c B-C ü Ü",
            "The Year AGO, the year ago; THE YEAR-AGO",
        ];
        for pattern in [
            r"(?i)kelvin|six",
            r"(?i)[a-z]+",
            r"(?i)[^a-z\s]+",
            r"(?i)école|straße",
            r"(?i:x)-ray|b-(?-i:c)",
            r"(?ix) the \s+ year (?: - | \s+ ) ago",
            r"a(?i)b|c",
            r"(?i)[a-z&&[^k]]+",
            r"(?i)(?P<w>[ük])\b",
        ] {
            assert_same_matches(pattern, &haystacks);
            assert!(!compile(pattern).unwrap().as_str().contains("(?i"));
        }
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
    fn finds_a_word_where_a_case_insensitive_pattern_matches_it() {
        let text = "Years, YEARS and yearſ; \u{212A}illed or killed";
        let found: Vec<usize> = folded_occurrences(text, "years").collect();
        assert_eq!(found, [0, 7, 17]);
        let regex = compile("(?i)years").unwrap();
        let starts: Vec<usize> = regex.find_iter(text).map(|m| m.start()).collect();
        assert_eq!(found, starts);
        assert_eq!(folded_occurrences(text, "killed").count(), 2);
        assert_eq!(folded_occurrences("", "years").count(), 0);
    }

    #[test]
    fn cuts_words_where_a_unicode_word_boundary_falls() {
        let text = "“Zoë’s  café_2”—\u{212A}ILLED, ſaid x";
        let runs: Vec<(usize, &str)> = word_runs(text).collect();
        let regex = Regex::new(r"\w+").unwrap();
        let expected: Vec<(usize, &str)> = regex
            .find_iter(text)
            .map(|m| (m.start(), m.as_str()))
            .collect();
        assert_eq!(runs, expected);
        assert_eq!(word_runs("").count(), 0);
        assert_eq!(fold_to_ascii_case("\u{212A}ILLED"), "killed");
        assert_eq!(fold_to_ascii_case("ſaid"), "said");
        assert_eq!(fold_to_ascii_case("ÉTÉ"), "ÉtÉ");
        assert!(matches!(fold_to_ascii_case("café"), Cow::Borrowed(_)));
    }

    #[test]
    fn tells_non_ascii_word_characters_from_other_characters() {
        assert!(!needs_unicode_words("“quoted” — ascii words…"));
        assert!(needs_unicode_words("Zürich"));
        assert!(needs_unicode_words("٣ apples"));
        assert!(!needs_unicode_words("plain"));
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
