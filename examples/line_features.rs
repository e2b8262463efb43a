//! Prints the boilerplate classifier's features of every line, for
//! `scripts/train_boilerplate.py`:
//!
//! ```sh
//! cargo run --example line_features -- [--weights FILE] FILE...
//! ```
//!
//! One row per non-empty line: file, first and one-past-last code point, the
//! stage-one features, the stage-two features (computed with the weights of
//! FILE, or the shipped ones), all tab-separated, features comma-separated.

use std::fs;

use sitrep::clean::{score_lines_with, Weights};
use sitrep::lexicon::BOILERPLATE_WEIGHTS;
use sitrep::span::Offsets;

fn main() -> Result<(), String> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let weights = match args.iter().position(|a| a == "--weights") {
        Some(i) => {
            let path = args.get(i + 1).ok_or("--weights needs a file")?.clone();
            args.drain(i..i + 2);
            fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?
        }
        None => BOILERPLATE_WEIGHTS.to_string(),
    };
    let weights = Weights::parse(&weights)?;
    let join = |xs: &[f32]| {
        xs.iter()
            .map(|x| format!("{x:.5}"))
            .collect::<Vec<_>>()
            .join(",")
    };
    for path in &args {
        let text = fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        let offsets = Offsets::new(&text);
        for line in score_lines_with(&text, &weights) {
            let (start, end) = offsets.span(line.span);
            println!(
                "{path}\t{start}\t{end}\t{}\t{}",
                join(&line.stage_one),
                join(&line.stage_two)
            );
        }
    }
    Ok(())
}
