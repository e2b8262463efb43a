//! Embeds the data files of `src/data/` without their comment and blank lines:
//! the headers (source, licence, columns) stay in the sources, out of the wasm.
//! Every parser of those files skips such lines, so what they read is unchanged.
//!
//! Sorted word lists named in [`FRONT_CODED`] are stored front-coded (each line
//! says how many leading bytes it shares with the one before), which gzip
//! squeezes a fifth smaller; `data::front_decoded` restores them on first use.
//!
//! It is also the one check of every row: a data file without a rule in
//! `src/lexicon/rows.rs` (`rows::TABLES`), or a row that breaks its file's rule
//! (fields, numbers, known words, repeats), fails the build with the file and
//! line. The library reads the rows with the same module and trusts them.
//!
//! It also writes the Unicode classes of a regex's `\w`, `\d` and `\s` as
//! tables (`unicode_classes.rs`), from regex-syntax's own (a build
//! dependency): the core reads them there, so that neither it nor its regexes
//! need regex's Unicode tables in the wasm.
//!
//! And it writes the boilerplate classifier's learned weights as two arrays
//! (`boilerplate_weights.rs`), so that the core holds numbers, not their text
//! and a parser of it; the classifier's tests check them against the file.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

use regex_syntax::hir::{Class, HirKind};

#[path = "src/lexicon/rows.rs"]
#[allow(dead_code)]
mod rows;

/// Word lists and tables stored front-coded: one word or row a line, in
/// byte order (a table also in [`SORTED`]).
const FRONT_CODED: &[&str] = &[
    "common_words.txt",
    "first_names.txt",
    "first_names_census.txt",
    "places.tsv",
];

/// The most leading bytes a front-coded line says it shares, so that their
/// count stays one ASCII character.
const MOST_SHARED: usize = 40;

/// Tables whose rows the parsers read in any order, stored sorted: rows of
/// one sort share their start, and gzip squeezes them smaller so.
const SORTED: &[&str] = &["furniture_cues.tsv", "organisations.tsv", "places.tsv"];

/// Tables stored with a row's first field left out (the line starts with its
/// tab) where it repeats the row above's: their rows come grouped by a first
/// field that names a class ("title", "ORG", "month"), and gzip squeezes them a
/// tenth smaller so. `rows::rows` carries the field down again.
const KEY_CARRIED: &[&str] = &[
    "abbreviations.tsv",
    "aircraft_designations.tsv",
    "attribution.tsv",
    "calendar_names.tsv",
    "category_cues.tsv",
    "context_words.tsv",
    "counted_nouns.tsv",
    "currencies.tsv",
    "furniture_cues.tsv",
    "home_currencies.tsv",
    "model_families.tsv",
    "name_cues.tsv",
    "name_heads.tsv",
    "qualifiers.tsv",
    "tense_cues.tsv",
    "titles.tsv",
];

/// `entries` (one row a line) with each first field that repeats the row
/// above's left out.
fn key_carried(entries: &str) -> String {
    let mut carried = String::with_capacity(entries.len());
    let mut above = None;
    for line in entries.lines() {
        let key = line.split('\t').next();
        carried.push_str(if key == above {
            &line[key.map_or(0, str::len)..]
        } else {
            line
        });
        carried.push('\n');
        above = key;
    }
    carried
}

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
            .count()
            .min(MOST_SHARED);
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

/// The ranges of the class that `perl` (`\w`, `\d` or `\s`) stands for in a
/// Unicode regex, as a Rust table named `name`.
fn unicode_class(name: &str, perl: &str, doc: &str) -> String {
    let mut table = format!("/// {doc}\npub static {name}: &[(char, char)] = &[\n");
    for (start, end) in class_ranges(perl) {
        writeln!(table, "    ('\\u{{{start:x}}}', '\\u{{{end:x}}}'),").expect("a String takes it");
    }
    table.push_str("];\n");
    table
}

/// The same ranges coded as bytes, a table named `name`: each range as two
/// numbers, how far it starts past the end of the range before it and how far
/// its end is past its start, each in LEB128 (seven bits a byte, low bits
/// first, the high bit set on every byte but the last). `\w`'s 796 ranges take
/// 2.4 KB of the wasm gzipped as a table of chars, 1.2 KB so.
fn coded_unicode_class(name: &str, perl: &str, doc: &str) -> String {
    let mut table = format!("/// {doc}\npub static {name}: &[u8] = &[");
    let mut end_before = 0;
    for (start, end) in class_ranges(perl) {
        for mut number in [start - end_before, end - start] {
            loop {
                let low = number & 0x7f;
                number >>= 7;
                let byte = if number == 0 { low } else { low | 0x80 };
                write!(table, "{byte},").expect("a String takes it");
                if number == 0 {
                    break;
                }
            }
        }
        end_before = end;
    }
    table.push_str("];\n");
    table
}

/// The (first, last) code points of each range of a Perl class, in order.
fn class_ranges(perl: &str) -> Vec<(u32, u32)> {
    let hir = regex_syntax::parse(perl).expect("a Perl class parses");
    let HirKind::Class(Class::Unicode(class)) = hir.into_kind() else {
        panic!("{perl} is a Unicode class");
    };
    class
        .ranges()
        .iter()
        .map(|range| (u32::from(range.start()), u32::from(range.end())))
        .collect()
}

/// `data/boilerplate_weights.tsv` (`stage <TAB> feature <TAB> weight` rows,
/// stage 1 then stage 2) as the arrays `STAGE_ONE_WEIGHTS` and
/// `STAGE_TWO_WEIGHTS`, each weight written as it stands in the file.
fn weights_source(text: &str) -> String {
    let mut stages: [Vec<&str>; 2] = [Vec::new(), Vec::new()];
    for row in rows::lines(text) {
        let fields: Vec<&str> = row.split('\t').collect();
        let stage = match fields[0] {
            "1" => 0,
            "2" => 1,
            other => panic!("boilerplate_weights.tsv: unknown stage {other}"),
        };
        stages[stage].push(fields[2].trim());
    }
    let array = |name: &str, weights: &[&str]| {
        format!(
            "const {name}: [f32; {}] = [{}];\n",
            weights.len(),
            weights.join(", ")
        )
    };
    array("STAGE_ONE_WEIGHTS", &stages[0]) + &array("STAGE_TWO_WEIGHTS", &stages[1])
}

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let weights = fs::read_to_string("src/data/boilerplate_weights.tsv")
        .expect("src/data/boilerplate_weights.tsv is readable");
    fs::write(
        Path::new(&out).join("boilerplate_weights.rs"),
        weights_source(&weights),
    )
    .expect("OUT_DIR is writable");
    let tables = [
        coded_unicode_class(
            "WORD_CODED",
            r"\w",
            "A regex's `\\w`: letters, marks, decimal digits, connectors, coded.",
        ),
        unicode_class(
            "DECIMAL_DIGIT",
            r"\d",
            "A regex's `\\d`: the decimal digits of every script.",
        ),
        unicode_class(
            "WHITE_SPACE",
            r"\s",
            "A regex's `\\s`: Unicode white space.",
        ),
    ]
    .concat();
    fs::write(Path::new(&out).join("unicode_classes.rs"), tables).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=src/data");
    println!("cargo:rerun-if-changed=src/lexicon/rows.rs");
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
        let Some(table) = rows::table_of(name) else {
            errors.push(format!(
                "src/data/{name}: no rule in src/lexicon/rows.rs TABLES (say what its rows hold)"
            ));
            continue;
        };
        for (line, why) in rows::check(table, &text) {
            errors.push(format!("src/data/{name}:{line}: {why}"));
        }
        let mut lines: Vec<&str> = rows::lines(&text).collect();
        if SORTED.contains(&name) {
            lines.sort_unstable();
        }
        let mut entries = String::with_capacity(text.len());
        for line in lines {
            entries.push_str(line);
            entries.push('\n');
        }
        if FRONT_CODED.contains(&name) {
            let words: Vec<&str> = entries.lines().collect();
            if words.windows(2).any(|pair| pair[0] >= pair[1]) {
                errors.push(format!(
                    "src/data/{name}: front-coded lists must be sorted, without repeats"
                ));
            }
            entries = front_coded(&entries);
        }
        // `rows::rows` reads a row without its first field as the row above's,
        // in every table: only a key-carried table's embedded copy may have one.
        if let Some(line) = entries.lines().position(|line| line.starts_with('\t')) {
            errors.push(format!(
                "src/data/{name}: entry {} has no first field",
                line + 1
            ));
        }
        if KEY_CARRIED.contains(&name) {
            entries = key_carried(&entries);
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
