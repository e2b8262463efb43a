//! `prepare()`, then the first analyses of the texts named as arguments, each in
//! a function of its own so that a profiler can count them apart (issue 12 item 4:
//! `prepare()` builds the word tables while the page loads). For instructions:
//!
//! ```sh
//! cargo build --profile native --example prepare_profile
//! valgrind --tool=callgrind --toggle-collect='prepare_profile::run_prepare' \
//!   target/native/examples/prepare_profile
//! valgrind --tool=callgrind --toggle-collect='prepare_profile::first_analyses' \
//!   target/native/examples/prepare_profile ../shared/seeds/*.txt
//! ```
use std::hint::black_box;
use std::time::Instant;

#[inline(never)]
fn run_prepare() {
    sitrep::prepare();
}

#[inline(never)]
fn first_analyses(texts: &[String]) {
    for text in texts {
        let article = sitrep::Article::new("a", text, None).expect("article");
        black_box(sitrep::analyze(&article));
    }
}

fn main() {
    let texts: Vec<String> = std::env::args()
        .skip(1)
        .map(|p| std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}")))
        .collect();
    let start = Instant::now();
    run_prepare();
    let prepared = start.elapsed();
    first_analyses(&texts);
    eprintln!(
        "prepare {prepared:?}, then the first analyses {:?}",
        start.elapsed() - prepared
    );
}
