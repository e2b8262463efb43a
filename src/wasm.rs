//! The browser binding: the only module that names JavaScript types. It converts
//! inputs, calls the core and converts the output; it holds no logic.
//!
//! The page calls `analyze` per article, and `keep` and `mergeKept` for the
//! corpus view: its corpus worker keeps each article once, between merges (the
//! CLI's `corpus` command analyses and merges in one go; the page never does).
//!
//! Analyses and corpus views cross as JSON text (a corpus view in pieces the
//! page joins): serialised here, posted from the worker as a plain copy and read
//! by the engine's own `JSON.parse`, far quicker than building every object
//! across the boundary.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use std::cell::RefCell;

use crate::corpus::{Kept, Store};
use crate::input::ArticleOptions;
use crate::Article;

mod read;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Writes `value` as JSON. Our types always serialise (string map keys, no
/// custom errors); the message of the error that cannot happen is left out, as
/// formatting serde_json's errors would link their every message and the I/O
/// error kinds into the wasm. Every JSON goes through `dyn Write` and one
/// formatter ([`Json`]), so the serialiser is built once for every writer and
/// either kind of output.
fn write_json<T: Serialize>(
    writer: &mut dyn std::io::Write,
    value: &T,
    ascii: bool,
) -> Result<(), JsError> {
    value
        .serialize(&mut serde_json::Serializer::with_formatter(
            writer,
            Json { ascii },
        ))
        .map_err(|_| JsError::new("cannot write the result as JSON"))
}

/// serde_json's compact JSON, where `ascii` asks for every character beyond
/// ASCII written as a `\uXXXX` escape (two for one beyond the BMP), for the
/// corpus view: a
/// JavaScript engine keeps a string at one byte a character while every
/// character is Latin-1, else at two, and one curly quote in a 64 KB piece made
/// it two bytes a character, as the whole view the corpus worker joins and
/// parses (8 M characters for 1,000 articles). `JSON.parse` reads the escapes
/// back into the same strings. Analyses are written as they are: escaped, the
/// page bench's memory grew more, not less.
struct Json {
    ascii: bool,
}

impl serde_json::ser::Formatter for Json {
    /// A fraction ("2.5 tonnes") in the fewest decimals that read back as
    /// it ([`crate::decimal::write`]): serde_json's own writer would link its
    /// 17 KB of tables into the wasm.
    fn write_f64<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        value: f64,
    ) -> std::io::Result<()> {
        writer.write_all(crate::decimal::write(value).as_bytes())
    }

    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        if !self.ascii {
            return writer.write_all(fragment.as_bytes());
        }
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let bytes = fragment.as_bytes();
        let mut ascii_from = 0;
        // Bytes, not characters, are searched: most of the text is ASCII, and
        // decoding every character took a quarter of the merge's time.
        let next_beyond_ascii = |from: usize| {
            let at = from + bytes[from..].iter().position(|b| !b.is_ascii())?;
            Some((at, fragment[at..].chars().next()?))
        };
        while let Some((at, c)) = next_beyond_ascii(ascii_from) {
            writer.write_all(&bytes[ascii_from..at])?;
            let mut units = [0; 2];
            for &mut unit in c.encode_utf16(&mut units) {
                let digit = |shift: u16| HEX[usize::from((unit >> shift) & 0xf)];
                writer.write_all(&[b'\\', b'u', digit(12), digit(8), digit(4), digit(0)])?;
            }
            ascii_from = at + c.len_utf8();
        }
        writer.write_all(&bytes[ascii_from..])
    }
}

fn into_string(json: Vec<u8>) -> Result<String, JsError> {
    String::from_utf8(json).map_err(|_| JsError::new("cannot write the result as JSON"))
}

fn to_json<T: Serialize>(value: &T) -> Result<String, JsError> {
    let mut json = Vec::new();
    write_json(&mut json, value, false)?;
    into_string(json)
}

/// JSON collected in pieces of about `JSON_PIECE` bytes, each made a JavaScript
/// string as soon as it is written: a buffer doubled as the corpus view is
/// written leaves copies behind that wasm memory keeps (it never shrinks) but
/// too small for the next, so 7 MB of JSON took about 16 MB; and pieces kept in
/// wasm memory until the last was written took as much as the JSON (8 MB for
/// 1,000 articles). One buffer is written again for every piece. A piece ends
/// only between two writes, and serde_json writes whole characters, so each
/// is valid UTF-8.
struct JsonPieces {
    done: js_sys::Array,
    current: Vec<u8>,
}

const JSON_PIECE: usize = 64 * 1024;

impl JsonPieces {
    fn end_piece(&mut self) -> std::io::Result<()> {
        let text =
            std::str::from_utf8(&self.current).map_err(|_| std::io::ErrorKind::InvalidData)?;
        self.done.push(&JsValue::from_str(text));
        self.current.clear();
        Ok(())
    }
}

impl std::io::Write for JsonPieces {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if self.current.len() + bytes.len() > self.current.capacity() {
            if !self.current.is_empty() {
                self.end_piece()?;
            }
            self.current.reserve_exact(JSON_PIECE.max(bytes.len()));
        }
        self.current.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `value` as JSON in ASCII ([`Json`]) in pieces (`JsonPieces`): an array of
/// strings for the page to join.
fn to_json_pieces<T: Serialize>(value: &T) -> Result<js_sys::Array, JsError> {
    let mut pieces = JsonPieces {
        done: js_sys::Array::new(),
        current: Vec::new(),
    };
    write_json(&mut pieces, value, true)?;
    pieces
        .end_piece()
        .map_err(|_| JsError::new("cannot write the result as JSON"))?;
    Ok(pieces.done)
}

/// `prepare()`: builds the word tables before the first article needs them
/// (patterns compile on their first need).
#[wasm_bindgen]
pub fn prepare() {
    crate::prepare();
}

/// `analyze(text, {id, published, metadata_date, file_date, line_overrides: [{start, end, boilerplate}]})`
/// → one analysis (SCHEMA.md), as JSON.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<String, JsError> {
    to_json(&analysis_of(text, options)?)
}

fn analysis_of(text: &str, options: JsValue) -> Result<crate::Analysis, JsError> {
    let options: ArticleOptions = if options.is_undefined() || options.is_null() {
        ArticleOptions::default()
    } else {
        read::options(options)?
    };
    Ok(crate::analyze(&Article::with_options(text, options)?))
}

/// What the page's article list shows of an analysis: with it, the page keeps
/// the analysis as the JSON text it came as and reads it only to show the
/// article (for 1,000 articles, 10 MB of JSON read back into objects on the
/// page's thread, then dropped).
#[derive(Serialize)]
struct Listed<'a> {
    title: &'a str,
    published: &'a crate::analysis::Published,
    entities: usize,
    figures: usize,
    undated: &'a [crate::analysis::Statement],
}

/// `analyzeListed(text, options)` (as `analyze`) → `[analysis, listed]`, both
/// JSON: the analysis as `analyze` gives it, and what the article list shows
/// of it, `{title, published, entities, figures, undated}` (the first two and
/// the last as in the analysis, the others counts).
#[wasm_bindgen(js_name = analyzeListed)]
pub fn analyze_listed(text: &str, options: JsValue) -> Result<js_sys::Array, JsError> {
    listed_pair(&analysis_of(text, options)?)
}

/// `analyzeListedKept(text, options)`: as `analyzeListed`, and the analysis
/// kept for the corpus as `keep` keeps it. The worker that keeps the corpus
/// keeps its own analyses so, without their JSON going to the page and coming
/// back to be read again.
#[wasm_bindgen(js_name = analyzeListedKept)]
pub fn analyze_listed_kept(text: &str, options: JsValue) -> Result<js_sys::Array, JsError> {
    let analysis = analysis_of(text, options)?;
    let pair = listed_pair(&analysis)?;
    KEPT.with(|kept| kept.borrow_mut().keep(Kept::new(text, analysis)));
    Ok(pair)
}

fn listed_pair(analysis: &crate::Analysis) -> Result<js_sys::Array, JsError> {
    let listed = Listed {
        title: &analysis.title,
        published: &analysis.published,
        entities: analysis.entities.len(),
        figures: analysis.figures.len(),
        undated: &analysis.undated,
    };
    Ok(js_sys::Array::of2(
        &to_json(analysis)?.into(),
        &to_json(&listed)?.into(),
    ))
}

thread_local! {
    /// The articles this worker keeps for the corpus view (the page sends
    /// every corpus call to one worker).
    static KEPT: RefCell<Store> = RefCell::default();
}

/// `keep([{text, analysis}])`: keeps articles analysed earlier, each under its
/// analysis's id, for the merges to come: only what the merge reads of them
/// (`corpus::Kept`). The analyses come as objects: reading them from JSON text
/// here instead would add 12 KB (gzipped) to the wasm.
#[wasm_bindgen]
pub fn keep(articles: JsValue) -> Result<(), JsError> {
    let inputs = read::kept(articles)?;
    KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        for article in inputs {
            kept.keep(article);
        }
    });
    Ok(())
}

/// `mergeKept([id])` → the corpus view, as JSON in pieces to join, of the
/// articles kept under those ids, in that order; the other articles kept are
/// forgotten.
#[wasm_bindgen(js_name = mergeKept)]
pub fn merge_kept(ids: Vec<String>) -> Result<js_sys::Array, JsError> {
    let corpus = KEPT.with(|kept| kept.borrow_mut().merge_only(&ids));
    to_json_pieces(&corpus.map_err(|message| JsError::new(&message))?)
}

/// Decodes a file's bytes: `{text, lossy}`, or an error for binary, empty or huge files.
#[wasm_bindgen(js_name = decodeBytes)]
pub fn decode_bytes(bytes: &[u8]) -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Decoded {
        text: String,
        lossy: bool,
    }
    let (text, lossy) = crate::input::decode(bytes)?;
    Ok(Decoded { text, lossy }.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}
