//! The spelling fold: transliterations of one name differ in a few regular ways
//! (Tartous/Tartus, Khmeimim/Hmeimim/Hmeymim, al-Assad/Assad), so names are
//! compared by a [`key`] that folds those differences away.
//!
//! It depends on the standard library only, and takes the articles it drops as
//! data, so that any layer (and a build script) can fold a name the same way.

use std::borrow::Cow;

/// `text` in lower case, as [`lower`] gives it: an ASCII text that
/// fits `buffer` (most words and names) is lowered there instead of into a new
/// string.
pub fn lowercase<'b, const N: usize>(text: &str, buffer: &'b mut [u8; N]) -> Cow<'b, str> {
    match buffer.get_mut(..text.len()) {
        Some(lower) if text.is_ascii() => {
            lower.copy_from_slice(text.as_bytes());
            lower.make_ascii_lowercase();
            // Not `expect`: the error's Debug would link formatting code into the wasm.
            Cow::Borrowed(
                std::str::from_utf8(lower).unwrap_or_else(|_| unreachable!("ASCII is UTF-8")),
            )
        }
        _ => Cow::Owned(lower(text)),
    }
}

/// `text` in lower case, letter by letter. `str::to_lowercase` differs only in
/// giving a word-final capital sigma its final form, and costs the page a
/// second copy of the case tables' walk (about 2 KB of wasm).
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.chars().flat_map(char::to_lowercase).collect()
    }
}

/// The capital of the letter `c`: the capital 32, 80 or one code point away
/// whose lowercase is `c`, which covers the Latin, Greek and Cyrillic letters
/// that open words; any other character is returned as it is. It reads the
/// lowercase mapping only: `char::to_uppercase` would bring a second case
/// table into the wasm, 6.5 KB gzipped.
pub fn capital(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let code = u32::from(c);
    [code - 32, code - 80, code - 1, code + 1]
        .into_iter()
        .filter_map(char::from_u32)
        .find(|&u| {
            let mut lower = u.to_lowercase();
            u.is_uppercase() && lower.next() == Some(c) && lower.next().is_none()
        })
        .unwrap_or(c)
}

/// The spelling key of a name: lowercase, accents dropped, articles (`articles`,
/// folded words such as "al" or "el") dropped before another word, and the common
/// transliteration variants folded (kh→h, ou→u, ey→ei, y→i, q→k, doubled letters
/// but a, e and o → one). Words are split at whitespace and hyphens and joined by one space.
pub fn key(name: &str, articles: &[&str]) -> String {
    let mut key = Vec::with_capacity(name.len());
    push_key(&mut key, name, articles);
    // Not `expect`: the error's Debug would link formatting code into the wasm.
    String::from_utf8(key).unwrap_or_else(|_| unreachable!("a key is UTF-8"))
}

/// True when `lower`, ASCII text in lower case, is its own [`key`]: words
/// one space apart, no marks, hyphens or articles before another word, and
/// nothing that the variants fold. Most names are, and checking that costs
/// far less than writing the key.
pub fn is_own_key(lower: &[u8], articles: &[&str]) -> bool {
    // As if a space came before: a leading space is one of two in a row.
    let mut previous = b' ';
    let mut word_start = 0;
    for (at, &b) in lower.iter().enumerate() {
        let folded = match b {
            b' ' => {
                let word = &lower[word_start..at];
                word_start = at + 1;
                previous == b' ' || articles.iter().any(|a| a.as_bytes() == word)
            }
            b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b'-' | b'\'' | b'`' | b'.' => true,
            b'y' | b'q' => true,
            b'h' => previous == b'k' || previous == b'h',
            b'u' => previous == b'o' || previous == b'u',
            b => b == previous && !matches!(b, b'a' | b'e' | b'o'),
        };
        if folded {
            return false;
        }
        previous = b;
    }
    previous != b' '
}

/// Appends the [`key`] of `name` to `text`, so that many keys can share one
/// buffer; UTF-8 text stays UTF-8.
///
/// It runs for every name of the gazetteers and most mentions of an article, so
/// it folds in place, ASCII letters (nearly all) without Unicode tables.
pub fn push_key(text: &mut Vec<u8>, name: &str, articles: &[&str]) {
    let mut key = Key {
        text,
        articles,
        last_word: None,
    };
    if name.is_ascii() {
        // One pass over the bytes, room made once: a key is no longer than its name.
        key.text.reserve(name.len());
        let mut start = key.open_word();
        for &b in name.as_bytes() {
            match b {
                // The ASCII characters that `char::is_whitespace` takes, and the hyphen.
                b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b'-' => {
                    key.close_word(start);
                    start = key.open_word();
                }
                b'\'' | b'`' | b'.' => {}
                b => key.text.push(b.to_ascii_lowercase()),
            }
        }
        key.close_word(start);
    } else {
        for word in name.split(|c: char| c.is_whitespace() || c == '-') {
            let start = key.open_word();
            for c in word.chars().filter_map(fold_letter) {
                key.text
                    .extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
            }
            key.close_word(start);
        }
    }
}

/// A key being written at the end of `text`, a word at a time.
struct Key<'a> {
    text: &'a mut Vec<u8>,
    articles: &'a [&'a str],
    /// Where the last word kept so far starts, and whether it is an article.
    last_word: Option<(usize, bool)>,
}

impl Key<'_> {
    /// Starts a word (after a space if a word came before it): where the text
    /// ended before, and where the word's letters start.
    fn open_word(&mut self) -> (usize, usize) {
        let before = self.text.len();
        if self.last_word.is_some() {
            self.text.push(b' ');
        }
        (before, self.text.len())
    }

    /// Ends the word whose folded letters follow `start`: an empty word leaves
    /// no trace, and an article before it is a prefix, not a word.
    fn close_word(&mut self, (before, start): (usize, usize)) {
        if self.text.len() == start {
            self.text.truncate(before);
            return;
        }
        let start = match self.last_word {
            Some((last, true)) => {
                self.text.drain(last..start);
                last
            }
            _ => start,
        };
        let letters = &self.text[start..];
        let is_article = self.articles.iter().any(|a| a.as_bytes() == letters);
        self.last_word = Some((start, is_article));
        respell(self.text, start);
    }
}

/// Folds the variants in the word at `text[start..]`, the end of the text, as
/// `str::replace` would over the whole key, one variant after the other (no
/// variant spans a space): kh → h, ou → u, y → i (so ey → ei), q → k, then each
/// run of one letter but a, e and o written once. The variants are ASCII, so the word is
/// rewritten in place, letters beyond ASCII copied whole.
fn respell(text: &mut Vec<u8>, start: usize) {
    let word = &mut text[start..];
    let mut read = 0;
    let mut write = 0;
    // The last letter written, as its UTF-8 bytes in one number (an ASCII
    // letter is its byte; the first byte of a longer one is above ASCII, so
    // the two kinds never meet); none yet is a value no letter has.
    let mut previous = u32::MAX;
    while let Some(&b) = word.get(read) {
        if b < 0x80 {
            // "kh" is folded first, so an "o" before it never meets a "u".
            let (letter, len) = match (b, word.get(read + 1)) {
                (b'k', Some(b'h')) => (b'h', 2),
                (b'o', Some(b'u')) => (b'u', 2),
                (b'y', _) => (b'i', 1),
                (b'q', _) => (b'k', 1),
                (b, _) => (b, 1),
            };
            read += len;
            // Doubled a, e and o stay: they tell names apart ("Moody" is not
            // "Modi"), where doubled consonants ("Assad", "Asad") do not.
            if previous != u32::from(letter) || matches!(letter, b'a' | b'e' | b'o') {
                word[write] = letter;
                previous = u32::from(letter);
                write += 1;
            }
        } else {
            let len = match b {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            let letter = word[read..read + len]
                .iter()
                .rev()
                .fold(0, |n, &b| n << 8 | u32::from(b));
            if previous != letter {
                word.copy_within(read..read + len, write);
                previous = letter;
                write += len;
            }
            read += len;
        }
    }
    text.truncate(start + write);
}

/// A letter of a name in lowercase ASCII, or None for marks that do not count
/// (apostrophes, full stops).
fn fold_letter(c: char) -> Option<char> {
    let c = c.to_lowercase().next().unwrap_or(c);
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' | 'č' | 'ć' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
        'ñ' | 'ń' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ş' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ğ' => 'g',
        'ł' => 'l',
        '\'' | '’' | '‘' | '`' | '.' => return None,
        c => c,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lowercase_is_lower_in_a_buffer_or_not() {
        for text in [
            "Hmeimim AIR Base",
            "Ünal",
            "ΣΟΦΙΑ",
            "",
            "A Name Longer Than The Buffer",
        ] {
            let mut buffer = [0; 16];
            let lower = lowercase(text, &mut buffer);
            assert_eq!(lower, super::lower(text), "{text}");
            let fits = text.is_ascii() && text.len() <= 16;
            assert_eq!(matches!(lower, Cow::Borrowed(_)), fits, "{text}");
        }
    }

    #[test]
    fn lower_changes_case_letter_by_letter() {
        for text in ["Hmeimim AIR Base", "Ünal İzmir", "ΣΟΦΙΑ", "Straße", ""] {
            assert_eq!(lower(text), text.to_lowercase(), "{text}");
        }
        // A word-final capital sigma keeps the form it has inside a word.
        assert_eq!(lower("ΟΔΥΣΣΕΥΣ"), "οδυσσευσ");
    }

    #[test]
    fn capital_is_the_standard_one_for_latin_greek_and_cyrillic_letters() {
        // Letters with one capital, but the few whose capital lies further off:
        // the micro sign, "ÿ", dotless "ı", long "ſ", Greek accented vowels, and
        // Greek final and symbol forms.
        let far = "µÿıſάέήίόύώςϐϑϕϖϰϱϲϵ";
        let ranges = [0x80..0x180, 0x3b1..0x3d0, 0x430..0x460];
        let mut checked = 0;
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let mut upper = c.to_uppercase();
            let (Some(standard), None) = (upper.next(), upper.next()) else {
                continue;
            };
            if standard != c && !far.contains(c) {
                assert_eq!(capital(c), standard, "{c}");
                checked += 1;
            }
        }
        assert_eq!(checked, 165);
        // Capitals, digits and letters without a near capital stay as they are.
        for (c, expected) in [
            ('a', 'A'),
            ('é', 'É'),
            ('ž', 'Ž'),
            ('я', 'Я'),
            ('ω', 'Ω'),
            ('É', 'É'),
            ('1', '1'),
            ('ß', 'ß'),
            ('ÿ', 'ÿ'),
        ] {
            assert_eq!(capital(c), expected, "{c}");
        }
    }

    /// Arabic articles, as `name_cues.tsv` lists them for the entities' keys.
    const ARTICLES: &[&str] = &["al", "el", "as", "ad", "ash", "an", "ar", "at", "az", "ul"];

    /// The key as first written, a `String` per step: the oracle [`key`] must agree with.
    fn key_by_replacing(name: &str) -> String {
        let mut words: Vec<String> = Vec::new();
        for word in name.split(|c: char| c.is_whitespace() || c == '-') {
            let lower: String = word.chars().filter_map(fold_letter).collect();
            if lower.is_empty() {
                continue;
            }
            words.push(lower);
        }
        // An article before another word is a prefix, not a word: "al-Assad" = "Assad".
        let keep: Vec<&String> = words
            .iter()
            .enumerate()
            .filter(|(i, w)| !(ARTICLES.contains(&w.as_str()) && i + 1 < words.len()))
            .map(|(_, w)| w)
            .collect();
        let joined = keep
            .iter()
            .map(|w| w.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let folded = joined
            .replace("kh", "h")
            .replace("ou", "u")
            .replace("ey", "ei")
            .replace('y', "i")
            .replace('q', "k");
        let mut out = String::with_capacity(folded.len());
        for c in folded.chars() {
            if out.ends_with(c) && !matches!(c, ' ' | 'a' | 'e' | 'o') {
                continue;
            }
            out.push(c);
        }
        out
    }

    proptest! {
        #[test]
        fn keys_are_those_of_the_stepwise_folding(
            name in "[ \t\n\r\x0B\x0C\u{85}\u{A0}a-zA-Z'.`-]{0,24}|[ kKhHoOuUeEyYqQaAlLsS-]{0,16}|\\PC{0,12}|(al|Al|el|ash|ul|all|oul|kh|ou|ey|qq|ß|é|İ|Кс|сс|\u{2000}| |-){0,8}"
        ) {
            prop_assert_eq!(key(&name, ARTICLES), key_by_replacing(&name));
        }

        #[test]
        fn keys_pushed_after_other_text_are_the_same(before in "\\PC{0,6}", name in "\\PC{0,12}") {
            let mut text = before.clone().into_bytes();
            push_key(&mut text, &name, ARTICLES);
            prop_assert_eq!(String::from_utf8(text).unwrap(), before + &key(&name, ARTICLES));
        }
    }

    proptest! {
        #[test]
        fn a_text_said_to_be_its_own_key_is(
            name in "[ \t\r.'`a-zA-Z0-9-]{0,24}|[ kKhHoOuUeEyYqQaAlLsSnN-]{0,16}|(al|Al|el|ash|ul|all|oul|kh|ou|ey|qq|aa| |-|x|rt|s){0,8}"
        ) {
            let lower = name.to_ascii_lowercase();
            if is_own_key(lower.as_bytes(), ARTICLES) {
                prop_assert_eq!(key(&name, ARTICLES), lower);
            }
        }
    }

    #[test]
    fn most_names_are_their_own_keys() {
        for name in ["tartus", "damascus", "abu al", "new delhi", "b52"] {
            assert!(is_own_key(name.as_bytes(), ARTICLES), "{name}");
        }
        for name in [
            "tartous",
            "al bab",
            "f-16",
            "st. john",
            "yemen",
            "iraq",
            "khan",
            "aleppo",
            "hmeimim  base",
            " idlib",
            "idlib ",
        ] {
            assert!(!is_own_key(name.as_bytes(), ARTICLES), "{name}");
            assert_ne!(key(name, ARTICLES), name, "{name}");
        }
    }

    #[test]
    fn keys_fold_transliteration_variants() {
        for (a, b) in [
            ("Tartous", "Tartus"),
            ("Khmeimim", "Hmeimim"),
            ("Hmeymim", "Hmeimim"),
            ("Bashar al-Assad", "Bashar Assad"),
            ("Hayat Tahrir Al-Sham", "Hayat Tahrir al-Sham"),
            ("Zelenskyy", "Zelenskiy"),
            ("Zia-ul-Haq", "Zia Haq"),
            ("Ağrı", "Agri"),
        ] {
            assert_eq!(key(a, ARTICLES), key(b, ARTICLES), "{a} ~ {b}");
        }
        assert_ne!(key("Iran", ARTICLES), key("Iraq", ARTICLES));
        // Doubled vowels tell names apart.
        assert_ne!(key("Moody", ARTICLES), key("Modi", ARTICLES));
        assert_ne!(key("Elysee", ARTICLES), key("Elise", ARTICLES));
    }

    #[test]
    fn articles_are_dropped_only_before_another_word() {
        assert_eq!(key("al-Assad", ARTICLES), "asad");
        assert_eq!(key("Al Al-Assad", ARTICLES), "asad");
        assert_eq!(key("Abu al", ARTICLES), "abu al");
        // Words that fold to an article's letters only after the variants stay.
        assert_eq!(key("All Souls", ARTICLES), "al suls");
        assert_eq!(key("al-Assad", &[]), "al asad");
    }

    #[test]
    fn marks_and_empty_words_leave_no_trace() {
        assert_eq!(key("", ARTICLES), "");
        assert_eq!(key(" - . '", ARTICLES), "");
        assert_eq!(key("St. John's  - Wood", ARTICLES), "st johns wood");
        assert_eq!(key("Кс сс", ARTICLES), "кс с");
    }
}
