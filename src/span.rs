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
        let lead = inner.len() - inner.trim_start().len();
        let trimmed = inner.trim();
        ByteSpan::new(self.start + lead, self.start + lead + trimmed.len())
    }
}

/// Maps byte offsets of one text to code-point offsets. Built once per article.
#[derive(Debug, Clone)]
pub struct Offsets {
    /// The byte where each char begins, then `text.len()`.
    starts: Vec<usize>,
}

impl Offsets {
    /// Indexes `text`.
    pub fn new(text: &str) -> Offsets {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        Offsets { starts }
    }

    /// The code-point index of the char that contains `byte`.
    pub fn char_at(&self, byte: usize) -> usize {
        match self.starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Converts a byte span to a code-point span `(start, end)`.
    pub fn span(&self, span: ByteSpan) -> (usize, usize) {
        (self.char_at(span.start), self.char_at(span.end))
    }

    /// The byte offset of code point `index` (clamped to the text's end).
    pub fn byte_at(&self, index: usize) -> usize {
        let last = self.starts.len() - 1;
        self.starts[index.min(last)]
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
    fn trims_whitespace_inside_a_span() {
        let text = "  a b  ";
        let span = ByteSpan::new(0, text.len()).trim(text);
        assert_eq!(span.text(text), "a b");
    }
}
