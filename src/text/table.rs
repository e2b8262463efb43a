//! Tables pasted as lines: rows of a label and a number ("Chichaoua: 202",
//! "Belarus - 41"), one a line, whose labels the entities read as places when
//! a known place labels another row (and the figures count them as places').

use crate::span::ByteSpan;

/// Rows of a table pasted as lines, at least.
pub const TABLE_ROWS: usize = 3;

/// The label of a line that is a table's row: one to four capitalised words
/// and a number after a colon or a spaced dash, and nothing else
/// ("Chichaoua: 202", "Belarus - 41").
pub fn row_label(line: &str) -> Option<&str> {
    let line = line.trim();
    let bytes = line.as_bytes();
    let value = bytes
        .iter()
        .rposition(|b| !(b.is_ascii_digit() || matches!(b, b',' | b'.')))?
        + 1;
    if !bytes.get(value)?.is_ascii_digit() {
        return None;
    }
    let before = line[..value].strip_suffix(' ')?;
    let label = before
        .strip_suffix(':')
        .or_else(|| before.strip_suffix(" -"))
        .or_else(|| before.strip_suffix(" –"))?;
    let mut words = 0;
    for word in label.split(' ') {
        if !word.starts_with(char::is_uppercase) {
            return None;
        }
        words += 1;
    }
    (words <= 4).then_some(label)
}

/// The table whose row holds byte `at` of `text`: the span of its rows'
/// lines, when that line is a row and [`TABLE_ROWS`] rows or more stand
/// next to each other.
pub fn table_around(text: &str, at: usize) -> Option<ByteSpan> {
    let is_row = |line: &str| row_label(line).is_some();
    let mut start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    if !is_row(&text[start..end]) {
        return None;
    }
    let mut rows = 1;
    while let Some(above) = start.checked_sub(1) {
        let line_start = text[..above].rfind('\n').map_or(0, |i| i + 1);
        if !is_row(&text[line_start..above]) {
            break;
        }
        start = line_start;
        rows += 1;
    }
    while end < text.len() {
        let below = text[end + 1..]
            .find('\n')
            .map_or(text.len(), |i| end + 1 + i);
        if !is_row(&text[end + 1..below]) {
            break;
        }
        end = below;
        rows += 1;
    }
    (rows >= TABLE_ROWS).then_some(ByteSpan::new(start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_rows_of_a_table_pasted_as_lines() {
        let text = "Deaths by province:\nAl Haouz: 1,452\nChichaoua: 202\nAzilal - 11\n\nScores: 3";
        let table = table_around(text, text.find("Chi").unwrap()).map(|t| t.text(text));
        assert_eq!(table, Some("Al Haouz: 1,452\nChichaoua: 202\nAzilal - 11"));
        assert_eq!(table_around(text, text.find("Scores").unwrap()), None);
        assert_eq!(table_around(text, 0), None);
        assert_eq!(row_label("Belarus - 41"), Some("Belarus"));
        assert_eq!(row_label("Sensex: 40627.23+157.53"), None);
        assert_eq!(row_label("The army said: 300"), None);
        assert_eq!(row_label("Total: 2,497 people"), None);
    }
}
