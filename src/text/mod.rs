//! The text layer, written once for every stage: a sentence read into tokens,
//! and the spelling fold that names are compared by.

pub mod fold;
pub mod shapes;
pub mod table;
pub mod tokens;
pub mod unicode;
