//! Spans: byte ranges inside the core, code-point ranges in the JSON.
//!
//! Regexes and string slicing work in bytes, but SCHEMA offsets count code points
//! into the text as given. Two types keep the two from being mixed; [`Offsets`]
//! converts between them in one place.

use std::ops::Range;

/// Byte range into the original article text, `end` exclusive. Internal only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ByteSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl ByteSpan {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> ByteSpan {
        ByteSpan { start, end }
    }

    /// Moves a span found in `text[by..]` into the whole text's frame.
    pub fn shift(self, by: usize) -> ByteSpan {
        ByteSpan::new(self.start + by, self.end + by)
    }

    /// The span as a range, for slicing.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies inside this span.
    pub fn contains(self, other: ByteSpan) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: ByteSpan) -> bool {
        self.start.max(other.start) < self.end.min(other.end)
    }

    /// The text under the span, or "" when the span is not on char boundaries.
    pub fn text(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    /// The span with surrounding whitespace removed.
    pub fn trim(self, text: &str) -> ByteSpan {
        let inner = self.text(text);
        let trimmed = inner.trim_start();
        let lead = inner.len() - trimmed.len();
        ByteSpan::new(
            self.start + lead,
            self.start + lead + trimmed.trim_end().len(),
        )
    }
}

/// Maps byte offsets of one text to code-point offsets. Built once per article.
#[derive(Debug, Clone)]
pub struct Offsets {
    /// The characters of more than one byte, in text order. Every other
    /// character is one byte, so offsets between them follow by counting: a
    /// news text has few such characters, and is scanned for them only.
    wide: Vec<Wide>,
    /// The text's length in bytes.
    len: usize,
    /// Its length in code points.
    chars: usize,
}

/// A character of more than one byte.
#[derive(Debug, Clone, Copy)]
struct Wide {
    /// Its first byte.
    start: usize,
    /// One past its last byte.
    end: usize,
    /// Its code-point index.
    index: usize,
}

impl Offsets {
    /// Indexes `text`.
    pub fn new(text: &str) -> Offsets {
        let bytes = text.as_bytes();
        let mut wide = Vec::new();
        // Bytes so far beyond one a character.
        let mut extra = 0;
        let mut at = 0;
        while let Some(skip) = bytes[at..].iter().position(|b| !b.is_ascii()) {
            let start = at + skip;
            let width = text[start..].chars().next().map_or(1, char::len_utf8);
            wide.push(Wide {
                start,
                end: start + width,
                index: start - extra,
            });
            extra += width - 1;
            at = start + width;
        }
        Offsets {
            wide,
            len: text.len(),
            chars: text.len() - extra,
        }
    }

    /// The code-point index of the char that contains `byte` (the number of
    /// chars for a byte at or past the text's end).
    pub fn char_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        let before = self.wide.partition_point(|w| w.start < byte);
        match before.checked_sub(1).map(|k| self.wide[k]) {
            None => byte,
            Some(w) if byte < w.end => w.index,
            Some(w) => w.index + 1 + (byte - w.end),
        }
    }

    /// Converts a byte span to a code-point span `(start, end)`.
    pub fn span(&self, span: ByteSpan) -> (usize, usize) {
        (self.char_at(span.start), self.char_at(span.end))
    }

    /// The byte offset of code point `index` (clamped to the text's end).
    pub fn byte_at(&self, index: usize) -> usize {
        let index = index.min(self.chars);
        let before = self.wide.partition_point(|w| w.index < index);
        match before.checked_sub(1).map(|k| self.wide[k]) {
            None => index,
            Some(w) => w.end + (index - w.index - 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_bytes_to_code_points_past_multibyte_chars() {
        let text = "Tartus — é 🚢 Hmeimim";
        let offsets = Offsets::new(text);
        let start = text.find("Hmeimim").unwrap();
        let (s, e) = offsets.span(ByteSpan::new(start, start + 7));
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[s..e].iter().collect::<String>(), "Hmeimim");
        assert_eq!(offsets.byte_at(s), start);
    }

    #[test]
    fn maps_every_offset_as_a_table_of_char_starts_does() {
        for text in [
            "",
            "abc",
            "é",
            "aé",
            "éa",
            "Tartus — é 🚢 Hmeimim",
            "🚢🚢x\u{a0}",
            "a\u{17F}b’",
        ] {
            let offsets = Offsets::new(text);
            let starts: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            for byte in 0..text.len() + 3 {
                let want = match starts.binary_search(&byte) {
                    Ok(i) => i,
                    Err(i) => i - 1,
                };
                assert_eq!(offsets.char_at(byte), want, "{text:?} byte {byte}");
            }
            for index in 0..starts.len() + 2 {
                let want = starts[index.min(starts.len() - 1)];
                assert_eq!(offsets.byte_at(index), want, "{text:?} index {index}");
            }
        }
    }

    #[test]
    fn trims_whitespace_inside_a_span() {
        let text = "  a b  ";
        let span = ByteSpan::new(0, text.len()).trim(text);
        assert_eq!(span.text(text), "a b");
    }
}
