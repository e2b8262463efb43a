//! Articles as they arrive: bytes or text from a file, a paste or the page, checked
//! once here so that every stage after can take any text without failing.

use serde::Deserialize;

use crate::analysis::PublishedSource;
use crate::calendar::Date;
use crate::clean::LineOverride;
use crate::error::Error;
use crate::span::{ByteSpan, Offsets};

/// The largest article accepted, in bytes. A news report is rarely over 100 KB;
/// past this the page and the CLI refuse the file with a message instead of
/// freezing on it.
pub const MAX_ARTICLE_BYTES: usize = 5 * 1024 * 1024;

/// One article to analyse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// An id for the article (the file stem in the CLI).
    pub id: String,
    /// The text as given; every offset in the analysis points into it.
    pub text: String,
    /// The publication date, when it is known from outside the text.
    pub published: Option<Date>,
    /// Where `published` came from when it is set (`given` or `file`).
    pub published_source: PublishedSource,
    /// The analyst's verdicts on lines: boilerplate or body, whatever the
    /// cleaning stage would say.
    pub line_overrides: Vec<LineOverride>,
}

/// The analyst's verdict on the lines a range of code points touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct LineVerdict {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// True: boilerplate; false: part of the report.
    pub boilerplate: bool,
}

/// Options that come with an article from the page or a manifest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ArticleOptions {
    /// The article's id.
    #[serde(default)]
    pub id: Option<String>,
    /// The publication date, `YYYY-MM-DD`, if the user or the manifest gives one.
    #[serde(default)]
    pub published: Option<String>,
    /// The date in a web page's metadata, `YYYY-MM-DD`: trusted like a given date.
    #[serde(default)]
    pub metadata_date: Option<String>,
    /// The file's modification date, `YYYY-MM-DD`: used only when nothing better is found.
    #[serde(default)]
    pub file_date: Option<String>,
    /// Lines the analyst marked as boilerplate or not, in code points; a later
    /// verdict wins over an earlier one on the same line.
    #[serde(default)]
    pub line_overrides: Vec<LineVerdict>,
}

impl Article {
    /// An article with an optional given publication date (`YYYY-MM-DD`).
    pub fn new(id: &str, text: &str, published: Option<&str>) -> Result<Article, Error> {
        Article::with_options(
            text,
            ArticleOptions {
                id: Some(id.to_string()),
                published: published.map(str::to_string),
                ..ArticleOptions::default()
            },
        )
    }

    /// An article from the page's or a manifest's options.
    pub fn with_options(text: &str, options: ArticleOptions) -> Result<Article, Error> {
        check_text(text)?;
        let parse = |value: Option<String>| -> Result<Option<Date>, Error> {
            match value.as_deref().map(str::trim) {
                None | Some("") => Ok(None),
                Some(s) => s.parse().map(Some),
            }
        };
        let mut found = (None, PublishedSource::None);
        for (value, source) in [
            (options.published, PublishedSource::Given),
            (options.metadata_date, PublishedSource::Metadata),
            (options.file_date, PublishedSource::File),
        ] {
            if let Some(date) = parse(value)? {
                found = (Some(date), source);
                break;
            }
        }
        let (published, published_source) = found;
        // Indexing the text's code points is worth it only for verdicts.
        let line_overrides = if options.line_overrides.is_empty() {
            Vec::new()
        } else {
            let offsets = Offsets::new(text);
            options
                .line_overrides
                .iter()
                .map(|v| LineOverride {
                    span: ByteSpan::new(offsets.byte_at(v.start), offsets.byte_at(v.end)),
                    boilerplate: v.boilerplate,
                })
                .collect()
        };
        Ok(Article {
            id: options.id.unwrap_or_else(|| "article".to_string()),
            text: text.to_string(),
            published,
            published_source,
            line_overrides,
        })
    }
}

/// Checks that `text` is something to analyse: not empty, not binary, not huge.
pub fn check_text(text: &str) -> Result<(), Error> {
    if text.len() > MAX_ARTICLE_BYTES {
        return Err(Error::TooLarge {
            bytes: text.len(),
            limit: MAX_ARTICLE_BYTES,
        });
    }
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    if looks_binary(text) {
        return Err(Error::NotText);
    }
    Ok(())
}

/// Decodes a file's bytes as text. Invalid UTF-8 is replaced by U+FFFD (the
/// `bool` says whether that happened); binary data is refused.
pub fn decode(bytes: &[u8]) -> Result<(String, bool), Error> {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(Error::TooLarge {
            bytes: bytes.len(),
            limit: MAX_ARTICLE_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (text, lossy) = match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), false),
        Err(_) => (String::from_utf8_lossy(bytes).into_owned(), true),
    };
    if lossy && text.chars().filter(|&c| c == '\u{FFFD}').count() * 10 > text.chars().count() {
        return Err(Error::NotText);
    }
    check_text(&text)?;
    Ok((text, lossy))
}

/// True when the text has NUL bytes or more than 1 in 20 control characters
/// other than whitespace: what binary files look like once decoded. Reads the
/// first 64 Ki characters as bytes: a control character is one ASCII byte (C0
/// and DEL), or 0xC2 and a byte below 0xA0 (C1, U+0080 to U+009F).
fn looks_binary(text: &str) -> bool {
    const HEAD_CHARS: usize = 64 * 1024;
    /// Bytes read at once where they are all printable ASCII, most of a text.
    const CHUNK: usize = 16;
    let bytes = text.as_bytes();
    let (mut chars, mut control) = (0usize, 0usize);
    let mut at = 0;
    while at < bytes.len() {
        // Every byte of a chunk tested, without stopping early, so that the
        // test runs as a few vector instructions.
        let printable = chars + CHUNK <= HEAD_CHARS
            && bytes
                .get(at..at + CHUNK)
                .and_then(|chunk| <&[u8; CHUNK]>::try_from(chunk).ok())
                .is_some_and(|chunk| {
                    chunk
                        .iter()
                        .fold(true, |all, &b| all & (0x20..0x7F).contains(&b))
                });
        if printable {
            chars += CHUNK;
            at += CHUNK;
            continue;
        }
        let chunk = &bytes[at..bytes.len().min(at + CHUNK)];
        for (at, &b) in (at..).zip(chunk) {
            // Every byte but a UTF-8 continuation byte starts a character.
            if b & 0xC0 == 0x80 {
                continue;
            }
            if chars == HEAD_CHARS {
                return control * 20 > chars;
            }
            chars += 1;
            if (0x20..0x7F).contains(&b) {
                continue;
            }
            control += match b {
                0 => return true,
                b'\n' | b'\r' | b'\t' | 0x0C => 0,
                0x01..=0x1F | 0x7F => 1,
                0xC2 => usize::from(bytes.get(at + 1).is_some_and(|&next| next < 0xA0)),
                _ => 0,
            };
        }
        at += chunk.len();
    }
    control * 20 > chars
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_empty_binary_and_huge_input() {
        assert_eq!(decode(b"  \n\t "), Err(Error::Empty));
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(Error::NotText)
        );
        let huge = vec![b'a'; MAX_ARTICLE_BYTES + 1];
        assert!(matches!(decode(&huge), Err(Error::TooLarge { .. })));
    }

    #[test]
    fn counts_control_characters_as_chars_do() {
        let by_chars = |text: &str| {
            let chars: Vec<char> = text.chars().take(64 * 1024).collect();
            let control = chars
                .iter()
                .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}'))
                .count();
            chars.contains(&'\0') || control * 20 > chars.len()
        };
        let mut texts = vec![
            "Plain text.\n".to_string(),
            "x\u{1}".repeat(3),
            format!("{}\u{7F}", "a".repeat(18)),
            format!("{}\u{85}\u{9F}", "é".repeat(15)),
            "\u{A0}\u{C2}\u{85}".repeat(5),
            format!("{}\u{85}", "b".repeat(15)),
            format!("{}\0", "ü".repeat(64 * 1024)),
            format!("{}\0", "a".repeat(64 * 1024 - 1)),
        ];
        // 3,277 controls are over 1 in 20 of the first 64 Ki characters, not of all.
        texts.push(format!("{}{}", "\u{1}".repeat(3277), "a".repeat(80_000)));
        // The first 64 Ki characters end inside a run of printable ones read at once.
        texts.push(format!(
            "{}{}",
            "a".repeat(64 * 1024 - 7),
            "\u{1}".repeat(4000)
        ));
        texts.push(format!("{}\0", "a".repeat(64 * 1024 - 8)));
        texts.push(format!("{}\u{1}{}", "a".repeat(17), "b".repeat(40)));
        for text in &texts {
            let start: String = text.chars().take(20).collect();
            assert_eq!(looks_binary(text), by_chars(text), "{start:?}");
        }
    }

    #[test]
    fn replaces_invalid_utf8_and_says_so() {
        let (text, lossy) = decode(b"Tartus caf\xe9 is open, said the ministry.").unwrap();
        assert!(lossy);
        assert!(text.contains('\u{FFFD}'));
        assert_eq!(
            decode("Tartus café".as_bytes()).unwrap(),
            ("Tartus café".to_string(), false)
        );
    }

    #[test]
    fn takes_the_given_date_over_the_file_date() {
        let options = ArticleOptions {
            id: Some("a".into()),
            published: Some("2024-12-14".into()),
            metadata_date: Some("2024-12-13".into()),
            file_date: Some("2025-01-01".into()),
            line_overrides: Vec::new(),
        };
        let article = Article::with_options("Text.", options).unwrap();
        assert_eq!(article.published.unwrap().to_string(), "2024-12-14");
        assert_eq!(article.published_source, PublishedSource::Given);
        assert!(Article::new("a", "Text.", Some("14/12/2024")).is_err());
    }

    #[test]
    fn takes_a_metadata_date_over_the_file_date() {
        let options = ArticleOptions {
            id: Some("a".into()),
            published: None,
            metadata_date: Some("2024-12-13".into()),
            file_date: Some("2025-01-01".into()),
            line_overrides: Vec::new(),
        };
        let article = Article::with_options("Text.", options).unwrap();
        assert_eq!(article.published.unwrap().to_string(), "2024-12-13");
        assert_eq!(article.published_source, PublishedSource::Metadata);
    }

    #[test]
    fn line_verdicts_count_code_points() {
        let text = "Tartus — ferry news\nAbout 300 people left.";
        let options = ArticleOptions {
            line_overrides: vec![LineVerdict {
                start: 0,
                end: 19,
                boilerplate: true,
            }],
            ..ArticleOptions::default()
        };
        let article = Article::with_options(text, options).unwrap();
        let span = article.line_overrides[0].span;
        assert_eq!(span.text(text), "Tartus — ferry news");
        assert!(article.line_overrides[0].boilerplate);
    }
}
