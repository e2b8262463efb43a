//! The shapes of a word list's words: the first and last byte of each, with
//! its length. Every token is looked up in a word list or two, and most
//! tokens are in none: a word whose shape no listed word has is told apart
//! without hashing it.

/// The longest length told apart; longer words share its bit.
const LONGEST: usize = 63;

/// For each byte, a bit per length of the listed words that start with it;
/// and for each slot of a first and last byte together, a bit per length of
/// the words with them. Where "two" and "one" are listed, "the" passes a test
/// of first and last bytes apart, not this one.
#[derive(Clone)]
pub struct Shapes {
    first: [u64; 256],
    ends: [u64; 256],
}

impl Default for Shapes {
    fn default() -> Self {
        Shapes {
            first: [0; 256],
            ends: [0; 256],
        }
    }
}

fn length_bit(word: &[u8]) -> u64 {
    1 << word.len().min(LONGEST)
}

/// The slot of a word's first and last byte in [`Shapes::ends`]: the last
/// byte with the first's low half (its high half is told by [`Shapes::first`]).
fn ends_slot(first: u8, last: u8) -> usize {
    usize::from(first << 4 ^ last)
}

impl Shapes {
    /// Adds a word of the list. Inlined, as it was when smaller: a function
    /// more renumbers the wasm's others, and its gzipped size grows.
    #[inline(always)]
    pub fn add(&mut self, word: &str) {
        let bytes = word.as_bytes();
        if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) {
            self.first[usize::from(first)] |= length_bit(bytes);
            self.ends[ends_slot(first, last)] |= length_bit(bytes);
        }
    }

    /// False when `word` is surely none of the listed words (the empty word
    /// never is one).
    pub fn may_hold(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        match (bytes.first(), bytes.last()) {
            (Some(&first), Some(&last)) => {
                let bit = length_bit(bytes);
                self.first[usize::from(first)] & bit != 0
                    && self.ends[ends_slot(first, last)] & bit != 0
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_every_listed_word_and_tells_most_others_apart() {
        let mut shapes = Shapes::default();
        for word in ["said", "two", "according", "m"] {
            shapes.add(word);
        }
        for word in ["said", "two", "according", "m"] {
            assert!(shapes.may_hold(word), "{word}");
        }
        for word in ["of", "the", "m2", "", "sad"] {
            assert!(!shapes.may_hold(word), "{word}");
        }
    }

    #[test]
    fn tells_apart_a_word_whose_first_and_last_bytes_come_from_two_listed_words() {
        let mut shapes = Shapes::default();
        shapes.add("two");
        shapes.add("one");
        assert!(shapes.may_hold("two") && shapes.may_hold("one"));
        assert!(!shapes.may_hold("the"));
    }
}
