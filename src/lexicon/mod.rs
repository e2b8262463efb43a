//! The lexicon layer: every word list and gazetteer of `src/data/`, read by one
//! row reader ([`rows`]) whose rules `build.rs` checks at build time.

pub mod rows;
