//! The browser binding: the only module that names JavaScript types. It converts
//! inputs, calls the core and converts the output; it holds no logic.
//!
//! The page calls `analyze` per article, and `keep` and `mergeKept` for the
//! corpus view: its corpus worker keeps each article once, between merges (the
//! CLI's `corpus` command analyses and merges in one go; the page never does).
//!
//! Analyses and corpus views cross as JSON text: one string is serialised here,
//! posted from the worker as a plain copy and read by the engine's own
//! `JSON.parse`, far quicker than building every object across the boundary.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use std::cell::RefCell;

use crate::corpus::Store;
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
/// error kinds into the wasm. Every JSON goes through `dyn Write`, so the
/// serialiser is built once for every writer.
fn write_json<T: Serialize>(writer: &mut dyn std::io::Write, value: &T) -> Result<(), JsError> {
    serde_json::to_writer(writer, value)
        .map_err(|_| JsError::new("cannot write the result as JSON"))
}

fn into_string(json: Vec<u8>) -> Result<String, JsError> {
    String::from_utf8(json).map_err(|_| JsError::new("cannot write the result as JSON"))
}

fn to_json<T: Serialize>(value: &T) -> Result<String, JsError> {
    let mut json = Vec::new();
    write_json(&mut json, value)?;
    into_string(json)
}

/// Counts the bytes written: the corpus view's JSON is measured first, then
/// written into a buffer of that size.
struct ByteCount(usize);

impl std::io::Write for ByteCount {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0 += bytes.len();
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `value` as JSON, in a buffer of its exact size. A buffer grown while it is
/// written is copied each time it doubles, and in wasm the memory the copies
/// leave behind is kept (it never shrinks) but too small for the next: the
/// corpus view of 1,000 articles (7 MB of JSON) grew the corpus worker's
/// memory by 8 MB more than this does.
fn to_json_sized<T: Serialize>(value: &T) -> Result<String, JsError> {
    let mut count = ByteCount(0);
    write_json(&mut count, value)?;
    let mut json = Vec::with_capacity(count.0);
    write_json(&mut json, value)?;
    into_string(json)
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
    let options: ArticleOptions = if options.is_undefined() || options.is_null() {
        ArticleOptions::default()
    } else {
        read::options(options)?
    };
    let article = Article::with_options(text, options)?;
    to_json(&crate::analyze(&article))
}

thread_local! {
    /// The articles this worker keeps for the corpus view (the page sends
    /// every corpus call to one worker).
    static KEPT: RefCell<Store> = RefCell::default();
}

/// `keep([{text, analysis}])`: keeps articles analysed earlier, each under its
/// analysis's id, for the merges to come. The analyses come as objects: reading
/// them from JSON text here instead would add 12 KB (gzipped) to the wasm.
#[wasm_bindgen]
pub fn keep(articles: JsValue) -> Result<(), JsError> {
    let inputs = read::analysed(articles)?;
    KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        for (text, analysis) in inputs {
            kept.keep(text, analysis);
        }
    });
    Ok(())
}

/// `mergeKept([id])` → the corpus view, as JSON, of the articles kept under
/// those ids, in that order; the other articles kept are forgotten.
#[wasm_bindgen(js_name = mergeKept)]
pub fn merge_kept(ids: Vec<String>) -> Result<String, JsError> {
    let corpus = KEPT.with(|kept| kept.borrow_mut().merge_only(&ids));
    to_json_sized(&corpus.map_err(|message| JsError::new(&message))?)
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
