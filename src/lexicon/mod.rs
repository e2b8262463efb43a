//! The lexicon layer: every word list and gazetteer of `src/data/`, read by one
//! row reader ([`rows`]) whose rules `build.rs` checks at build time.

pub mod rows;
mod tables;

pub use tables::*;

use crate::hash::FastSet;

/// The entry lines of word lists (one word a line) as one set, sized once for
/// them all rather than grown as it fills.
pub fn word_set(files: &[&'static str]) -> FastSet<&'static str> {
    let lines = files
        .iter()
        .map(|file| file.bytes().filter(|&b| b == b'\n').count() + 1)
        .sum();
    let mut set = FastSet::with_capacity(lines);
    for file in files {
        set.extend(rows::lines(file));
    }
    set
}
