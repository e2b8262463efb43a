//! Stage 1 (cleaning) alone over the texts named as arguments, in a function
//! of its own so that a profiler can count it apart. For instructions:
//!
//! ```sh
//! cargo build --profile native --example clean_profile
//! valgrind --tool=callgrind --toggle-collect='clean_profile::clean_all' \
//!   target/native/examples/clean_profile ../shared/devset/articles/*.txt
//! ```
use std::hint::black_box;

#[inline(never)]
fn clean_all(texts: &[String]) {
    for text in texts {
        black_box(sitrep::clean::strip(text, &[]));
    }
}

fn main() {
    let texts: Vec<String> = std::env::args()
        .skip(1)
        .map(|p| std::fs::read_to_string(p).expect("a readable text file"))
        .collect();
    // The word tables are built on first use: not what is measured.
    sitrep::clean::strip("Warm up\n\nthe tables.", &[]);
    clean_all(&texts);
}
