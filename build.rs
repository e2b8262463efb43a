//! Embeds the data files of `src/data/` without their comment and blank lines:
//! the headers (source, licence, columns) stay in the sources, out of the wasm.
//! Every parser of those files skips such lines, so what they read is unchanged.
//!
//! Sorted word lists named in [`FRONT_CODED`] are stored front-coded (each line
//! says how many leading bytes it shares with the one before), which gzip
//! squeezes a fifth smaller; `data::front_decoded` restores them on first use.
//!
//! It is also the one check of every row: a data file not listed in [`COLUMNS`],
//! or a row whose number of tab-separated fields is out of its file's range, fails
//! the build with the file and line, so no parser ever drops a bad row silently.

use std::{env, fs, path::Path};

/// Each data file with the least and most fields a row may have (a trailing empty
/// field, "no other names", counts as a field).
const COLUMNS: &[(&str, usize, usize)] = &[
    ("abbreviations.txt", 1, 1),
    ("aircraft.tsv", 2, 2),
    ("aircraft_makers.tsv", 1, 2),
    ("attribution.tsv", 2, 2),
    ("boilerplate_weights.tsv", 3, 3),
    ("calendar_names.tsv", 3, 3),
    ("category_cues.tsv", 2, 2),
    ("common_words.txt", 1, 1),
    ("context_words.tsv", 2, 2),
    ("counted_nouns.tsv", 3, 4),
    ("countries.tsv", 5, 5),
    ("currencies.tsv", 3, 3),
    ("events.tsv", 2, 2),
    ("first_names.txt", 1, 1),
    ("first_names_census.txt", 1, 1),
    ("function_words.txt", 1, 1),
    ("furniture_cues.tsv", 2, 2),
    ("groups.tsv", 2, 2),
    ("header_cues.tsv", 2, 2),
    ("holidays.tsv", 2, 2),
    ("map_coordinates.tsv", 5, 5),
    ("model_families.tsv", 2, 2),
    ("name_cues.tsv", 2, 2),
    ("name_heads.tsv", 2, 3),
    ("number_words.tsv", 3, 3),
    ("organisations.tsv", 1, 2),
    ("people.tsv", 2, 2),
    ("places.tsv", 1, 2),
    ("qualifiers.tsv", 3, 3),
    ("temporal_numbers.tsv", 2, 2),
    ("tense_cues.tsv", 2, 2),
    ("time_units.tsv", 2, 2),
    ("titles.tsv", 2, 2),
    ("vague_amounts.tsv", 3, 3),
    ("vague_references.tsv", 2, 2),
    ("world_events.tsv", 4, 4),
];

/// Word lists stored front-coded: one word a line, in byte order.
const FRONT_CODED: &[&str] = &["first_names_census.txt"];

/// `words` (one a line, sorted) with each line's prefix shared with the line
/// before replaced by its length, as one character from '0'.
fn front_coded(words: &str) -> String {
    let mut coded = String::with_capacity(words.len());
    let mut previous = "";
    for word in words.lines() {
        let shared = previous
            .bytes()
            .zip(word.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        let shared = (0..=shared)
            .rev()
            .find(|&n| word.is_char_boundary(n))
            .unwrap_or(0);
        coded.push(char::from(b'0' + shared as u8));
        coded.push_str(&word[shared..]);
        coded.push('\n');
        previous = word;
    }
    coded
}

fn main() {
    println!("cargo:rerun-if-changed=src/data");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut errors = Vec::new();
    for entry in fs::read_dir("src/data").expect("src/data is readable") {
        let path = entry.expect("src/data lists").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a data file has a UTF-8 name");
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) => {
                errors.push(format!("src/data/{name}: {err}"));
                continue;
            }
        };
        let Some(&(_, least, most)) = COLUMNS.iter().find(|(file, _, _)| *file == name) else {
            errors.push(format!(
                "src/data/{name}: not listed in build.rs COLUMNS (say how many fields its rows have)"
            ));
            continue;
        };
        let mut entries = String::with_capacity(text.len());
        for (number, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields = line.split('\t').count();
            if !(least..=most).contains(&fields) {
                errors.push(format!(
                    "src/data/{name}:{}: {fields} tab-separated fields, expected {least} to {most}: {line:?}",
                    number + 1
                ));
            }
            entries.push_str(line);
            entries.push('\n');
        }
        if FRONT_CODED.contains(&name) {
            let words: Vec<&str> = entries.lines().collect();
            if words.windows(2).any(|pair| pair[0] >= pair[1]) || words.iter().any(|w| w.len() > 40)
            {
                errors.push(format!(
                    "src/data/{name}: front-coded lists must be sorted, without repeats, words under 40 bytes"
                ));
            }
            entries = front_coded(&entries);
        }
        fs::write(Path::new(&out).join(name), entries).expect("OUT_DIR is writable");
    }
    if !errors.is_empty() {
        for error in &errors {
            println!("cargo:warning={error}");
        }
        panic!(
            "{} bad data rows or files:\n{}",
            errors.len(),
            errors.join("\n")
        );
    }
}
