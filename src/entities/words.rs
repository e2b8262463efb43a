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

/// The words an article writes in lowercase, and the stems they start.
#[derive(Debug, Default)]
pub(super) struct Lowercase<'t> {
    /// The words outside the text layer's lexicon, or not written as it folds them.
    words: FastSet<&'t str>,
    /// A bit for each id of the lexicon whose word the article writes as the
    /// lexicon folds it: the function words that are nearly half of an
    /// article's lowercase words are told apart by the id their tokens carry,
    /// without hashing them.
    known: Vec<u64>,
    /// Those lexicon words, once each, for the stems.
    known_words: Vec<&'t str>,
    /// Each word without its last one to three bytes, where three bytes or more
    /// are left (the shortest stem [`is_ordinary`] asks about): cut only when
    /// first asked for, as many articles never ask.
    stems: OnceCell<FastSet<&'t str>>,
}

impl<'t> Lowercase<'t> {
    /// The set of `words`, at most `most` of them, each with the lexicon id
    /// of its token where the word is written as the lexicon folds it.
    pub(super) fn of<I>(most: usize, words: I) -> Self
    where
        I: IntoIterator<Item = (&'t str, WordId)>,
    {
        // An article repeats its words. The set is sized for them all at once,
        // as growing one rehashes: counting them would cost a pass over the
        // article's tokens.
        let mut lowercase = Lowercase {
            words: FastSet::with_capacity(most),
            ..Lowercase::default()
        };
        for (word, id) in words {
            if id == text::UNKNOWN {
                lowercase.words.insert(word);
                continue;
            }
            let (slot, bit) = (id as usize / 64, 1 << (id % 64));
            if lowercase.known.len() <= slot {
                lowercase.known.resize(slot + 1, 0);
            }
            if lowercase.known[slot] & bit == 0 {
                lowercase.known[slot] |= bit;
                lowercase.known_words.push(word);
            }
        }
        lowercase
    }

    fn contains(&self, word: &str) -> bool {
        if self.words.contains(word) {
            return true;
        }
        // A lexicon word is looked up only when the article writes one.
        !self.known_words.is_empty() && {
            let id = text::folded_word_id(word) as usize;
            id != text::UNKNOWN as usize
                && self
                    .known
                    .get(id / 64)
                    .is_some_and(|slot| slot & 1 << (id % 64) != 0)
        }
    }

    /// True when a word starts with `stem` (three bytes or more) and is at most
    /// three bytes longer.
    fn has_stem(&self, stem: &str) -> bool {
        let stems = self.stems.get_or_init(|| {
            let words = self.words.iter().chain(&self.known_words);
            let mut stems: FastSet<&'t str> =
                FastSet::with_capacity((self.words.len() + self.known_words.len()) * 3);
            for word in words {
                let ends = word.len().saturating_sub(3).max(3)..word.len();
                stems.extend(ends.filter_map(|end| word.get(..end)));
            }
            stems
        });
        self.contains(stem) || stems.contains(stem)
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
    ["s", "es", "ed", "d", "ing"].iter().any(|suffix| {
        lower
            .strip_suffix(suffix)
            .is_some_and(|stem| stem.len() >= 3 && lowercase.has_stem(stem))
    })
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
}

pub(super) fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
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
            // "al-Assad", "bin-Laden": a lowercase particle joined to a name.
            return word
                .split_once('-')
                .is_some_and(|(_, rest)| is_person_shaped(rest));
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::Tokens;

    #[test]
    fn ordinary_words_are_common_or_written_in_lowercase_here() {
        let words = ["trekked", "rebels", "könnten", "weeks"];
        let lowercase = Lowercase::of(4, words.map(|w| (w, text::folded_word_id(w))));
        assert!(lowercase.contains("weeks") && !lowercase.known_words.is_empty());
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
    fn a_lexicon_word_with_a_capital_inside_is_no_lowercase_word() {
        let toks = crate::entities::tokens::split(&Tokens::of("wEEKS weeks"), 0);
        assert_ne!(text::word_id("weeks"), text::UNKNOWN);
        assert_eq!(toks[0].folded_id, text::UNKNOWN);
        assert_eq!(toks[1].folded_id, text::word_id("weeks"));
        let lowercase = Lowercase::of(1, [(toks[0].text, toks[0].folded_id)]);
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
