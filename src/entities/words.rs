//! Word classes the stage's parts share: ordinary words, numbers, demonyms and
//! the shape of a person's name.

use crate::hash::FastSet;
use std::cell::OnceCell;
use std::sync::LazyLock;

use super::names::{COMMON_WORDS, CONNECTORS, GENERATIONS};
use crate::lexicon::name_cues;
use crate::text::fold;

/// Endings of nationality and people words ("-ean", "-ese").
static DEMONYM_ENDINGS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| name_cues("demonym_ending"));

/// The words an article writes in lowercase, and the stems they start.
#[derive(Debug, Default)]
pub(super) struct Lowercase<'t> {
    words: FastSet<&'t str>,
    /// Each word without its last one to three bytes, where three bytes or more
    /// are left (the shortest stem [`is_ordinary`] asks about): cut only when
    /// first asked for, as many articles never ask.
    stems: OnceCell<FastSet<&'t str>>,
}

impl<'t> Lowercase<'t> {
    pub(super) fn of<I>(words: I) -> Self
    where
        I: IntoIterator<Item = &'t str>,
        I::IntoIter: Clone,
    {
        // An article repeats its words. The set is sized for them all at once
        // (counted in a first pass), as growing one rehashes.
        let words = words.into_iter();
        let mut distinct: FastSet<&'t str> = FastSet::with_capacity(words.clone().count());
        distinct.extend(words);
        Lowercase {
            words: distinct,
            stems: OnceCell::new(),
        }
    }

    fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// True when a word starts with `stem` (three bytes or more) and is at most
    /// three bytes longer.
    fn has_stem(&self, stem: &str) -> bool {
        let stems = self.stems.get_or_init(|| {
            let mut stems: FastSet<&'t str> = FastSet::with_capacity(self.words.len() * 3);
            for word in self.words.iter() {
                let ends = word.len().saturating_sub(3).max(3)..word.len();
                stems.extend(ends.filter_map(|end| word.get(..end)));
            }
            stems
        });
        self.words.contains(stem) || stems.contains(stem)
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

    #[test]
    fn ordinary_words_are_common_or_written_in_lowercase_here() {
        let lowercase = Lowercase::of(["trekked", "rebels", "könnten"]);
        for word in ["Treks", "Trekking", "Trekked", "Rebels", "Könnd", "The"] {
            assert!(is_ordinary(word, &lowercase), "{word}");
        }
        // A prefix alone is no word of the article, and a stem needs three letters.
        for word in ["Trek", "Tre", "Rebel", "Rebelled", "Maing", "Kö", "Zarqawi"] {
            assert!(!is_ordinary(word, &lowercase), "{word}");
        }
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
