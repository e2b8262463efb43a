//! The one error type the core returns. Stages cannot fail; only building an
//! [`Article`](crate::Article) from outside input can.

use std::fmt;

/// Why an input was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The text is empty or only whitespace.
    Empty,
    /// The bytes look like a binary file (NUL bytes or many control characters).
    NotText,
    /// The text is larger than the analyser accepts in one article.
    TooLarge {
        /// Size of the input.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// A publication date that is not `YYYY-MM-DD`.
    BadPublished(String),
    /// Options or a manifest that could not be read.
    BadOptions(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Empty => f.write_str("the article is empty"),
            Error::NotText => f.write_str("this looks like a binary file, not text"),
            Error::TooLarge { bytes, limit } => {
                write!(f, "the article has {bytes} bytes; the limit is {limit}")
            }
            Error::BadPublished(s) => {
                // Quoted by hand: `{s:?}` would link str's Debug into the wasm.
                write!(f, "publication date \"{s}\" is not a valid YYYY-MM-DD date")
            }
            Error::BadOptions(s) => write!(f, "bad options: {s}"),
        }
    }
}

impl std::error::Error for Error {}
