//! The text layer: a sentence read once into tokens that every stage can read.

pub mod tokens;
