//! Word lists and gazetteers: files under `src/data/`, embedded at build time and
//! parsed once on first use. Each file names its source and licence in its header.
//!
//! Format: UTF-8, one entry per line, fields separated by tabs, `#` starts a
//! comment line, blank lines are skipped.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Abbreviations after which a full stop does not end a sentence.
pub static ABBREVIATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lines(include_str!("data/abbreviations.txt")).collect());

/// The entry lines of a data file: comments and blank lines skipped, trimmed.
pub fn lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// The entry lines of a tab-separated data file, split into fields.
pub fn rows(file: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    lines(file).map(|l| l.split('\t').map(str::trim).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviation_list_is_clean() {
        let all: Vec<_> = lines(include_str!("data/abbreviations.txt")).collect();
        assert!(all.len() > 20);
        assert_eq!(all.len(), ABBREVIATIONS.len(), "no duplicates");
        assert!(all.iter().all(|a| !a.ends_with('.') && !a.contains(' ')));
    }
}
