//! Any bytes, as a file would bring them: decoded, analysed, merged. It must
//! return, never panic, and every span must lie in the text and equal its
//! slice, with every value SCHEMA.md allows.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|bytes: &[u8]| {
    let Ok((text, _lossy)) = sitrep::input::decode(bytes) else {
        return;
    };
    let Ok(article) = sitrep::Article::new("fuzz", &text, Some("2024-12-14")) else {
        return;
    };
    let analysis = sitrep::analyze(&article);
    let json: Value = serde_json::to_value(&analysis).expect("the analysis serialises");
    let problems = invariants::violations(&json, &text);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let corpus = sitrep::corpus(std::slice::from_ref(&article));
    assert_eq!(corpus.articles.len(), 1);
});
