//! The text layer, written once for every stage: a sentence read into tokens,
//! and the spelling fold that names are compared by.

pub mod fold;
pub mod shapes;
pub mod table;
pub mod tokens;
pub mod unicode;

/// Borrows each of `strings`: joined as `&str`s, they share the one copy of
/// the standard library's join that the rest of the crate uses.
pub fn as_strs(strings: &[String]) -> Vec<&str> {
    strings.iter().map(String::as_str).collect()
}
