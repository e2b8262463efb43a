//! Word classes the stage's parts share: ordinary words, numbers, demonyms and
//! the shape of a person's name.

use crate::hash::FastSet;
use std::cell::OnceCell;
use std::sync::LazyLock;

use super::names::{COMMON_WORDS, CONNECTORS, GENERATIONS};
use crate::lexicon::name_cues;
use crate::text::fold;
use crate::text::tokens::{self as text, WordId};

/// Endings of nationality and people words ("-ean", "-ese").
static DEMONYM_ENDINGS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| name_cues("demonym_ending"));

/// Endings of adjectives of belief, rule or trade that demonym endings fit
/// too ("-tarian": "Sectarian").
static DOCTRINE_ENDINGS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| name_cues("doctrine_ending"));

/// How many bits of a hash of a word's first bytes pick its chain in [`Lowercase`].
const CHAIN_BITS: u32 = 8;

/// The chain of [`Lowercase`] that holds `word`: a hash of its first three
/// bytes (all of a shorter word), which every word it equals or starts as a
/// stem of three bytes or more shares.
fn chain_of(word: &str) -> usize {
    let first = match *word.as_bytes() {
        [a, b, c, ..] => u32::from_le_bytes([a, b, c, 0]),
        [a, b] => u32::from_le_bytes([a, b, 0, 0]),
        [a] => u32::from(a),
        [] => 0,
    };
    (first.wrapping_mul(0x9E37_79B1) >> (32 - CHAIN_BITS)) as usize
}

/// How many words of a chain a question walks before it asks [`Lowercase`]'s
/// hash sets instead.
const LONGEST_WALK: usize = 64;

/// The words an article writes in lowercase, and the stems they start.
///
/// An article writes some 600 of them and asks about a few dozen, each the
/// lowercase form of a capitalised word or its stem: a hash set of them all
/// cost more to build than every question. The words are kept instead in
/// chains by their first three bytes, where a question walks one chain.
#[derive(Debug)]
pub(super) struct Lowercase<'t> {
    /// The words, each with one more than the position of the next word of
    /// its chain (0 ends the chain): one outside the text layer's lexicon each
    /// time the article writes it, a lexicon word once.
    words: Vec<(&'t str, u32)>,
    /// For each chain, one more than the position of its last word (0 for none).
    heads: Box<[u32; 1 << CHAIN_BITS]>,
    /// A bit for each lexicon id whose word is in `words`: the function words,
    /// nearly half of an article's lowercase words, are kept once by the id
    /// their tokens carry.
    known: Vec<u64>,
    /// The words and their stems (each word without its last one to three
    /// bytes, three or more left) in hash sets, made when a question first
    /// meets a chain longer than [`LONGEST_WALK`]: in a text of many words
    /// alike, as hostile input may be, walks of whole chains would cost the
    /// square of its length.
    sets: OnceCell<(FastSet<&'t str>, FastSet<&'t str>)>,
}

impl<'t> Lowercase<'t> {
    /// The words `words`, at most `most` of them, each with the lexicon id
    /// of its token where the word is written as the lexicon folds it.
    pub(super) fn of<I>(most: usize, words: I) -> Self
    where
        I: IntoIterator<Item = (&'t str, WordId)>,
    {
        let mut lowercase = Lowercase {
            words: Vec::with_capacity(most),
            heads: Box::new([0; 1 << CHAIN_BITS]),
            known: Vec::new(),
            sets: OnceCell::new(),
        };
        for (word, id) in words {
            if id != text::UNKNOWN {
                let (slot, bit) = (id as usize / 64, 1 << (id % 64));
                if lowercase.known.len() <= slot {
                    lowercase.known.resize(slot + 1, 0);
                }
                if lowercase.known[slot] & bit != 0 {
                    continue;
                }
                lowercase.known[slot] |= bit;
            }
            let head = &mut lowercase.heads[chain_of(word)];
            lowercase.words.push((word, *head));
            *head = lowercase.words.len() as u32;
        }
        lowercase
    }

    /// Whether a word of the chain of `word` is `found`, or None when the
    /// chain is longer than [`LONGEST_WALK`] words.
    fn walk(&self, word: &str, found: impl Fn(&str) -> bool) -> Option<bool> {
        let mut at = self.heads[chain_of(word)];
        for _ in 0..LONGEST_WALK {
            let Some(i) = at.checked_sub(1) else {
                return Some(false);
            };
            let (w, next) = self.words[i as usize];
            if found(w) {
                return Some(true);
            }
            at = next;
        }
        (at == 0).then_some(false)
    }

    fn sets(&self) -> &(FastSet<&'t str>, FastSet<&'t str>) {
        self.sets.get_or_init(|| {
            let words: FastSet<&'t str> = self.words.iter().map(|&(word, _)| word).collect();
            let mut stems: FastSet<&'t str> = FastSet::with_capacity(words.len() * 3);
            for word in words.iter() {
                let ends = word.len().saturating_sub(3).max(3)..word.len();
                stems.extend(ends.filter_map(|end| word.get(..end)));
            }
            (words, stems)
        })
    }

    /// True when the text holds `word` in lower case.
    pub(super) fn contains(&self, word: &str) -> bool {
        self.walk(word, |w| w == word)
            .unwrap_or_else(|| self.sets().0.contains(word))
    }

    /// True when a word starts with `stem` (three bytes or more) and is at most
    /// three bytes longer; for a shorter stem, when it is a word.
    fn has_stem(&self, stem: &str) -> bool {
        if stem.len() < 3 {
            return self.contains(stem);
        }
        self.walk(stem, |w| w.len() <= stem.len() + 3 && w.starts_with(stem))
            .unwrap_or_else(|| {
                let (words, stems) = self.sets();
                words.contains(stem) || stems.contains(stem)
            })
    }
}

/// True when a capitalised word is an ordinary word: on the common-word list, or
/// written in lowercase elsewhere in the article (also with -s, -ed, -ing).
pub(super) fn is_ordinary(word: &str, lowercase: &Lowercase<'_>) -> bool {
    let mut buffer = [0; 64];
    let lower = fold::lowercase(word, &mut buffer);
    if COMMON_WORDS.contains(lower.as_ref()) || lowercase.contains(&lower) {
        return true;
    }
    // A negated auxiliary ("Didn't", "Won't", "Can’t") opens a question, and a
    // pronoun with its auxiliary ("I'll", "We’ve") a clause: never a name.
    const CONTRACTED: [&str; 12] = [
        "n't", "n’t", "'ll", "’ll", "'ve", "’ve", "'re", "’re", "'m", "’m", "'d", "’d",
    ];
    if CONTRACTED.iter().any(|ending| lower.ends_with(ending)) {
        return true;
    }
    ["s", "es", "ed", "d", "ing"].iter().any(|suffix| {
        lower
            .strip_suffix(suffix)
            .is_some_and(|stem| stem.len() >= 3 && lowercase.has_stem(stem))
    })
}

/// True when the plural of `word` is an ordinary word ("Farmer": "farmers",
/// "Fisherman": "fishermen"): a singular noun capitalised by its place.
pub(super) fn plural_is_ordinary(word: &str) -> bool {
    let lower = fold::lower(word);
    let plural = match lower.strip_suffix("man") {
        Some(stem) => format!("{stem}men"),
        None => format!("{lower}s"),
    };
    COMMON_WORDS.contains(plural.as_str())
}

pub(super) fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | ':' | '/'))
}

/// Nationality and people words the gazetteer does not know ("Zairean", "Tajiks").
pub(super) fn is_demonym(word: &str) -> bool {
    DEMONYM_ENDINGS
        .iter()
        .any(|suffix| word.len() > suffix.len() + 2 && word.ends_with(suffix))
        && !DOCTRINE_ENDINGS.iter().any(|ending| word.ends_with(ending))
}

pub(super) fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| std::iter::once(fold::capital(c)).chain(chars).collect())
        .unwrap_or_default()
}

/// True when every word of `name` could be part of a person's name: a capital
/// and lowercase letters ("Olga", "Petrenko-Ruiz", "O'Neil"), an initial ("J.",
/// "W"), a name particle ("al", "van") or a generation ("Jr.", "III"). A capital
/// inside a word is a name only after a short particle ("McDonald", "LaSorda",
/// "DeShawn"), not in brands ("SpiceJet", "BlackBerry", "PowerPC").
pub(super) fn is_person_shaped(name: &str) -> bool {
    name.split_whitespace().all(|word| {
        let word = word.trim_end_matches('.');
        if CONNECTORS.contains(word) || GENERATIONS.contains(word) {
            return true;
        }
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if !first.is_uppercase() {
            // "al-Assad", "bin-Laden": a lowercase particle joined to a name;
            // "d'Estaing": an elided one.
            let elided = ["d'", "d’"].iter().find_map(|a| word.strip_prefix(a));
            return elided
                .or_else(|| word.split_once('-').map(|(_, rest)| rest))
                .is_some_and(is_person_shaped);
        }
        if word.contains('.') {
            // Dotted initials: "J.R."
            return word.split('.').all(|p| p.chars().count() <= 1);
        }
        let mut lower_run = 0;
        let mut previous = first;
        for c in chars {
            if c.is_lowercase() {
                lower_run += 1;
            } else if c.is_uppercase() {
                let after_mark = matches!(previous, '\'' | '’' | '-');
                let after_particle = previous.is_lowercase() && lower_run <= 2;
                if !(after_mark || after_particle) {
                    return false;
                }
                lower_run = 0;
            } else if !matches!(c, '\'' | '’' | '-') {
                return false;
            }
            previous = c;
        }
        true
    })
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&DEMONYM_ENDINGS);
    LazyLock::force(&DOCTRINE_ENDINGS);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::Tokens;

    #[test]
    fn ordinary_words_are_common_or_written_in_lowercase_here() {
        let words = ["trekked", "rebels", "könnten", "weeks"];
        let lowercase = Lowercase::of(4, words.map(|w| (w, text::word_id(w))));
        assert!(lowercase.contains("weeks") && !lowercase.known.is_empty());
        for word in [
            "Treks", "Trekking", "Trekked", "Rebels", "Könnd", "The", "Weeks",
        ] {
            assert!(is_ordinary(word, &lowercase), "{word}");
        }
        // A lexicon word's stems count as any word's ("weeks" is a unit of time).
        assert!(is_ordinary("Weeked", &lowercase));
        // A prefix alone is no word of the article, and a stem needs three letters.
        for word in ["Trek", "Tre", "Rebel", "Rebelled", "Maing", "Kö", "Zarqawi"] {
            assert!(!is_ordinary(word, &lowercase), "{word}");
        }
    }

    #[test]
    fn a_stem_starts_a_word_at_most_three_bytes_longer() {
        let lowercase = Lowercase::of(
            2,
            [("trekking", text::UNKNOWN), ("trekking", text::UNKNOWN)],
        );
        assert!(lowercase.has_stem("trekk") && lowercase.has_stem("trekking"));
        assert!(!lowercase.has_stem("trek") && !lowercase.contains("trekk"));
        assert!(!lowercase.has_stem("tr") && !lowercase.has_stem("trekkings"));
    }

    #[test]
    fn a_long_chain_is_asked_through_hash_sets() {
        let many: Vec<String> = (0..100).map(|i| format!("tre{i}")).collect();
        let words = ["trekked"]
            .into_iter()
            .chain(many.iter().map(String::as_str));
        let lowercase = Lowercase::of(101, words.map(|w| (w, text::UNKNOWN)));
        assert_eq!(lowercase.walk("trek", |_| false), None);
        assert!(lowercase.contains("trekked") && lowercase.contains("tre7"));
        assert!(lowercase.has_stem("trek") && lowercase.has_stem("tre42"));
        assert!(!lowercase.contains("trek") && !lowercase.has_stem("tree"));
        assert!(lowercase.sets.get().is_some());
    }

    #[test]
    fn a_lexicon_word_with_a_capital_inside_is_no_lowercase_word() {
        let mut toks = Vec::new();
        crate::entities::tokens::push_split(&Tokens::of("wEEKS weeks"), 0, &mut toks);
        assert_ne!(text::word_id("weeks"), text::UNKNOWN);
        assert_eq!(toks[0].folded_id(), text::UNKNOWN);
        assert_eq!(toks[1].folded_id(), text::word_id("weeks"));
        let lowercase = Lowercase::of(1, [(toks[0].text, toks[0].folded_id())]);
        assert!(!is_ordinary("Weeks", &lowercase));
        assert!(lowercase.contains("wEEKS"));
    }

    #[test]
    fn people_need_a_persons_shape() {
        for name in [
            "Olga Petrenko",
            "Sean O'Neil",
            "Tom LaSorda",
            "J.R. Hartley",
            "al-Hakim",
        ] {
            assert!(is_person_shaped(name), "{name}");
        }
        for name in ["SpiceJet", "PowerPC", "Nova OS X", "Widget 3000", "GHz"] {
            assert!(!is_person_shaped(name), "{name}");
        }
    }
}
