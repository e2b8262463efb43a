//! The shapes of a word list's words: the first and last byte of each, with
//! its length. Every token is looked up in a word list or two, and most
//! tokens are in none: a word whose shape no listed word has is told apart
//! without hashing it.

/// The longest length told apart; longer words share its bit.
const LONGEST: usize = 63;

/// For each byte, a bit per length of the listed words that start with it,
/// and one per length of those that end with it.
#[derive(Clone)]
pub struct Shapes {
    first: [u64; 256],
    last: [u64; 256],
}

impl Default for Shapes {
    fn default() -> Self {
        Shapes {
            first: [0; 256],
            last: [0; 256],
        }
    }
}

fn length_bit(word: &[u8]) -> u64 {
    1 << word.len().min(LONGEST)
}

impl Shapes {
    /// Adds a word of the list.
    pub fn add(&mut self, word: &str) {
        let bytes = word.as_bytes();
        if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) {
            self.first[usize::from(first)] |= length_bit(bytes);
            self.last[usize::from(last)] |= length_bit(bytes);
        }
    }

    /// False when `word` is surely none of the listed words (the empty word
    /// never is one).
    pub fn may_hold(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        match (bytes.first(), bytes.last()) {
            (Some(&first), Some(&last)) => {
                let bit = length_bit(bytes);
                self.first[usize::from(first)] & bit != 0 && self.last[usize::from(last)] & bit != 0
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
}
