//! Tables pasted as lines: rows of a label and a number ("Chichaoua: 202",
//! "Belarus - 41"), one a line, which the figures count and whose labels the
//! entities read as places when a known place labels another row.

use crate::span::ByteSpan;

/// Rows of a table pasted as lines, at least.
pub const TABLE_ROWS: usize = 3;

/// The label of a line that is a table's row: one to four capitalised words
/// and a number after a colon or a spaced dash, and nothing else
/// ("Chichaoua: 202", "Belarus - 41").
pub fn row_label(line: &str) -> Option<&str> {
    let line = line.trim();
    let (label, value) = line
        .rsplit_once(": ")
        .or_else(|| line.rsplit_once(" - "))
        .or_else(|| line.rsplit_once(" – "))?;
    let words = label.split_whitespace().count();
    (value.starts_with(|c: char| c.is_ascii_digit())
        && value
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        && (1..=4).contains(&words)
        && label
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase)))
    .then_some(label)
}

/// The rows of the table whose row holds byte `at` of `text`, each as the
/// span of its line, when that line is a row and the run of rows next to
/// each other holds [`TABLE_ROWS`] or more; else none.
pub fn rows_around(text: &str, at: usize) -> Vec<ByteSpan> {
    let line_of = |start: usize| {
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        ByteSpan::new(start, end)
    };
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = line_of(start);
    if row_label(line.text(text)).is_none() {
        return Vec::new();
    }
    let mut rows = vec![line];
    while let Some(before) = rows[0].start.checked_sub(1) {
        let above = line_of(text[..before].rfind('\n').map_or(0, |i| i + 1));
        if row_label(above.text(text)).is_none() {
            break;
        }
        rows.insert(0, above);
    }
    while let Some(last) = rows.last().filter(|l| l.end < text.len()) {
        let below = line_of(last.end + 1);
        if row_label(below.text(text)).is_none() {
            break;
        }
        rows.push(below);
    }
    if rows.len() < TABLE_ROWS {
        rows.clear();
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_rows_of_a_table_pasted_as_lines() {
        let text = "Deaths by province:\nAl Haouz: 1,452\nChichaoua: 202\nAzilal - 11\n\nScores: 3";
        let rows: Vec<&str> = rows_around(text, text.find("Chi").unwrap())
            .iter()
            .map(|r| r.text(text))
            .collect();
        assert_eq!(rows, ["Al Haouz: 1,452", "Chichaoua: 202", "Azilal - 11"]);
        assert!(rows_around(text, text.find("Scores").unwrap()).is_empty());
        assert!(rows_around(text, 0).is_empty());
        assert_eq!(row_label("Belarus - 41"), Some("Belarus"));
        assert_eq!(row_label("Sensex: 40627.23+157.53"), None);
        assert_eq!(row_label("The army said: 300"), None);
    }
}
