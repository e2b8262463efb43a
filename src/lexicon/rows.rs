//! The one row reader of the data files of `src/data/`, and the one set of rules
//! their rows follow. `build.rs` includes this file (it depends on the standard
//! library only) and checks every row of every file against [`TABLES`] when the
//! crate is built: a bad row is a build error naming its file and line. The
//! library then reads the rows with [`lines`] and [`fields`] and trusts them, so
//! no row is dropped or refused while a page runs.
//!
//! Format: UTF-8, one entry per line, fields separated by tabs, `#` starts a
//! comment line, blank lines are skipped; no field starts or ends with a space.

/// What one field of a row must hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Any text, perhaps empty (a list of other names, a description).
    Any,
    /// Any text but not empty.
    Text,
    /// Words one space apart, none empty.
    Words,
    /// Names apart by "|", each words one space apart; perhaps none.
    Names,
    /// Lower-case ASCII words one space apart, perhaps after an apostrophe (a
    /// clitic: "'ll").
    AsciiWords,
    /// A whole number: ASCII digits, at most 15 (exact in an `f64`).
    Whole,
    /// A whole number, or this marker for an unstated one.
    WholeOr(&'static str),
    /// A decimal number, perhaps negative: "-1.3013", "35.41".
    Decimal,
    /// One of these words.
    OneOf(&'static [&'static str]),
    /// Some of these words, comma-separated, perhaps none.
    Flags(&'static [&'static str]),
    /// A day: `YYYY-MM-DD`.
    Date,
    /// Phrases apart by " | ", each ASCII words apart by spaces that start and end
    /// with a letter or digit, "~" (up to four words) only between two words.
    Triggers,
}

/// A data file and the rule of its rows.
#[derive(Debug)]
pub struct Table {
    /// The file's name under `src/data/`.
    pub file: &'static str,
    /// What each field holds; a row has all of them, or the first `least`.
    pub fields: &'static [Field],
    /// The fewest fields a row may have (a trailing empty field counts).
    pub least: usize,
    /// The fields that together name a row once in the file (none: no rule).
    pub unique: &'static [usize],
}

/// The entity types a data file names.
pub const ENTITY_TYPES: [&str; 8] = [
    "PERSON", "ORG", "PLACE", "FACILITY", "GROUP", "VESSEL", "AIRCRAFT", "EVENT",
];
/// The kinds of `number_words.tsv`.
pub const NUMBER_WORD_KINDS: [&str; 5] = ["unit", "tens", "scale", "dozen", "suffix"];
/// The qualifiers of `qualifiers.tsv` and `vague_amounts.tsv`.
pub const QUALIFIERS: [&str; 4] = ["exact", "approx", "at_least", "at_most"];
/// Where a hedge stands relative to its number (`qualifiers.tsv`).
pub const QUALIFIER_POSITIONS: [&str; 3] = ["before", "after", "verb"];
/// Where a currency's form stands (`currencies.tsv`).
pub const CURRENCY_POSITIONS: [&str; 3] = ["symbol", "word", "code"];
/// The kinds of `counted_nouns.tsv`.
pub const NOUN_KINDS: [&str; 13] = [
    "people",
    "personnel",
    "casualties",
    "ships",
    "aircraft",
    "equipment",
    "weight",
    "goods",
    "measure",
    "percent",
    "duration",
    "furniture",
    "anaphoric",
];
/// The flags of `counted_nouns.tsv`.
pub const NOUN_FLAGS: [&str; 4] = ["of", "anaphoric", "citizen", "captive"];
/// The cues of `category_cues.tsv`.
pub const CUES: [&str; 13] = [
    "evacuees",
    "departure",
    "arrival",
    "nationals",
    "casualties",
    "trade",
    "supply",
    "aid",
    "delivery",
    "wish",
    "source",
    "capacity",
    "deployment",
];
/// The roles of `context_words.tsv`.
pub const CONTEXT_ROLES: [&str; 17] = [
    "year_preposition",
    "time_of_day",
    "age",
    "anaphoric",
    "place_preposition",
    "inclusion",
    "auxiliary",
    "particle_verb",
    "adverb",
    "copula",
    "only",
    "negation",
    "count_noun",
    "early_year",
    "number_label",
    "part",
    "change",
];
/// The roles of `attribution.tsv`.
pub const ATTRIBUTION_ROLES: [&str; 10] = [
    "reporting",
    "speech",
    "according",
    "citing",
    "planned",
    "cumulative",
    "boundary",
    "contrast",
    "pronoun",
    "leading",
];
/// The roles of `name_cues.tsv` (its header says what each means).
pub const NAME_CUE_ROLES: [&str; 46] = [
    "person_before",
    "person_after",
    "place_prefix",
    "place_before",
    "place_noun",
    "org_before",
    "org_after",
    "ship_noun",
    "ship_modifier",
    "naval_craft",
    "product_noun",
    "facility_prefix",
    "ship_prefix",
    "ship_cue",
    "place_first",
    "aircraft_noun",
    "credit_marker",
    "time_zone",
    "common_acronym",
    "event_prefix",
    "ship_title",
    "ship_verb",
    "connector",
    "generation",
    "name_article",
    "key_article",
    "name_particle",
    "speaker_before",
    "naming_verb",
    "team_before",
    "team_after",
    "team_verb",
    "versus",
    "sport_word",
    "demonym_ending",
    "doctrine_ending",
    "nationality_adjective_ending",
    "compound_head",
    "name_inside",
    "numbered_unit",
    "numbered_after",
    "post_nominal",
    "lowercase_name",
    "national_body",
    "copula",
    "destination_verb",
];
/// Where the full stop of an abbreviation in `abbreviations.tsv` may stand:
/// inside a sentence only, or at its end too.
pub const ABBREVIATION_PLACES: [&str; 2] = ["inside", "final"];
/// The forms of `aircraft_designations.tsv`.
pub const AIRCRAFT_FORMS: [&str; 4] = ["prefix", "maker", "joined", "model"];
/// The roles of `years_of.tsv`.
pub const YEARS_OF_ROLES: [&str; 3] = ["crisis", "almost", "over"];
/// The tenses of `tense_cues.tsv`, and `none` for words that start as a cue
/// does but tell no tense ("next to").
pub const TENSES: [&str; 4] = ["past", "future", "none", "holds"];
/// The kinds of `world_events.tsv`: the start of a lasting war or crisis, or a one-day event.
pub const WORLD_EVENT_KINDS: [&str; 2] = ["start", "event"];
/// Whether a number counts a unit of `time_units.tsv`.
pub const YES_NO: [&str; 2] = ["yes", "no"];

use Field::{
    Any, AsciiWords, Date, Decimal, Flags, Names, OneOf, Text, Triggers, Whole, WholeOr, Words,
};

/// A name table: a name, then the other names of the same thing ("a|b").
const NAMES: &[Field] = &[Words, Names];

/// Every data file and the rule of its rows.
pub const TABLES: &[Table] = &[
    table(
        "abbreviations.tsv",
        &[OneOf(&ABBREVIATION_PLACES), Text],
        2,
        &[1],
    ),
    table("aircraft.tsv", NAMES, 2, &[0]),
    table(
        "aircraft_designations.tsv",
        &[OneOf(&AIRCRAFT_FORMS), Text, Text],
        2,
        &[0, 1],
    ),
    table(
        "attribution.tsv",
        &[OneOf(&ATTRIBUTION_ROLES), Words],
        2,
        &[0, 1],
    ),
    table(
        "boilerplate_weights.tsv",
        &[Text, Text, Decimal],
        3,
        &[0, 1],
    ),
    table(
        "calendar_names.tsv",
        &[
            OneOf(&["month", "weekday", "season", "daypart"]),
            Text,
            Text,
        ],
        3,
        &[0, 1],
    ),
    table("category_cues.tsv", &[OneOf(&CUES), Words], 2, &[1]),
    table("common_words.txt", &[Text], 1, &[0]),
    table(
        "context_words.tsv",
        &[OneOf(&CONTEXT_ROLES), Text],
        2,
        &[0, 1],
    ),
    table(
        "counted_nouns.tsv",
        &[OneOf(&NOUN_KINDS), Words, Text, Flags(&NOUN_FLAGS)],
        3,
        &[1],
    ),
    table(
        "countries.tsv",
        &[Words, Names, Names, Names, Names],
        5,
        &[0],
    ),
    table(
        "currencies.tsv",
        &[OneOf(&CURRENCY_POSITIONS), Words, Text],
        3,
        &[1],
    ),
    table("events.tsv", NAMES, 2, &[0]),
    table(
        "home_currencies.tsv",
        &[Text, Text, Text, Text, Text],
        5,
        &[],
    ),
    table("first_names.txt", &[Text], 1, &[0]),
    table("first_names_census.txt", &[Text], 1, &[0]),
    table("function_words.txt", &[Text], 1, &[0]),
    table("furniture_cues.tsv", &[Text, Words], 2, &[0, 1]),
    table("groups.tsv", NAMES, 2, &[0]),
    table(
        "header_cues.tsv",
        &[OneOf(&["publish", "update", "filler"]), Text],
        2,
        &[1],
    ),
    table("holidays.tsv", &[Text, Text], 2, &[0]),
    table(
        "map_coordinates.tsv",
        &[Text, Any, Decimal, Decimal, Any],
        5,
        &[0],
    ),
    table("model_families.tsv", &[Text, Text], 2, &[1]),
    table("name_cues.tsv", &[OneOf(&NAME_CUE_ROLES), Text], 2, &[0, 1]),
    table(
        "name_heads.tsv",
        &[OneOf(&ENTITY_TYPES), Words, Any],
        2,
        &[1],
    ),
    table(
        "number_words.tsv",
        &[Text, Whole, OneOf(&NUMBER_WORD_KINDS)],
        3,
        &[0],
    ),
    table("club_towns.tsv", &[Text, Text], 2, &[0]),
    table("national_bodies.tsv", NAMES, 2, &[0]),
    table("organisations.tsv", NAMES, 1, &[0]),
    table("people.tsv", NAMES, 2, &[0]),
    table("places.tsv", NAMES, 1, &[0]),
    table("regions.tsv", NAMES, 1, &[0]),
    table("ships.tsv", NAMES, 1, &[0]),
    table(
        "qualifiers.tsv",
        &[OneOf(&QUALIFIERS), OneOf(&QUALIFIER_POSITIONS), Words],
        3,
        &[1, 2],
    ),
    table("temporal_numbers.tsv", &[Text, WholeOr("X")], 2, &[0]),
    table("tense_cues.tsv", &[OneOf(&TENSES), AsciiWords], 2, &[1]),
    table("time_units.tsv", &[Text, OneOf(&YES_NO)], 2, &[0]),
    table(
        "titles.tsv",
        &[OneOf(&["title", "modifier"]), Text],
        2,
        &[0, 1],
    ),
    table(
        "vague_amounts.tsv",
        &[Words, Whole, OneOf(&QUALIFIERS)],
        3,
        &[0],
    ),
    table(
        "vague_references.tsv",
        &[Words, OneOf(&["PAST_REF", "PRESENT_REF", "FUTURE_REF"])],
        2,
        &[0],
    ),
    table(
        "years_of.tsv",
        &[OneOf(&YEARS_OF_ROLES), AsciiWords],
        2,
        &[1],
    ),
    table(
        "world_events.tsv",
        &[Date, OneOf(&WORLD_EVENT_KINDS), Text, Triggers],
        4,
        &[2],
    ),
];

const fn table(
    file: &'static str,
    fields: &'static [Field],
    least: usize,
    unique: &'static [usize],
) -> Table {
    Table {
        file,
        fields,
        least,
        unique,
    }
}

/// The rule of the data file named `file`.
pub fn table_of(file: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.file == file)
}

/// The entry lines of a data file: comment and blank lines skipped. The files
/// as embedded hold no others, but tests read them as written. Lines and fields
/// are found byte by byte: they are short, and these files are most of what
/// `prepare()` reads.
pub fn lines(file: &str) -> impl Iterator<Item = &str> {
    let mut rest = file;
    std::iter::from_fn(move || loop {
        if rest.is_empty() {
            return None;
        }
        let end = rest.bytes().position(|b| b == b'\n').unwrap_or(rest.len());
        let line = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or("");
        let entry = match line.as_bytes().first() {
            Some(b'#') | None => false,
            Some(first) if first.is_ascii_whitespace() => !line.trim().is_empty(),
            Some(_) => true,
        };
        if entry {
            return Some(line);
        }
    })
}

/// The first `N` tab-separated fields of a line, "" past its last.
pub fn fields<const N: usize>(line: &str) -> [&str; N] {
    let mut fields = [""; N];
    let mut rest = line;
    for field in &mut fields {
        let end = rest.bytes().position(|b| b == b'\t').unwrap_or(rest.len());
        *field = &rest[..end];
        if end == rest.len() {
            break;
        }
        rest = &rest[end + 1..];
    }
    fields
}

/// The fields of each entry line of a data file. A row without its first
/// field takes the row above's: `build.rs` stores some tables so (`KEY_CARRIED`).
pub fn rows<const N: usize>(file: &str) -> impl Iterator<Item = [&str; N]> {
    let mut key = "";
    lines(file).map(move |line| {
        let mut row = fields(line);
        if row[0].is_empty() {
            row[0] = key;
        } else {
            key = row[0];
        }
        row
    })
}

/// The position of `word` in `words`, for a field that [`check`] found to be
/// one of them (the first position otherwise).
pub fn choice(word: &str, words: &[&str]) -> usize {
    words.iter().position(|w| *w == word).unwrap_or(0)
}

/// The value of `values` at the position of `word` in `words`, for a field that
/// [`check`] found to be one of `words`.
pub fn chosen<T: Copy, const N: usize>(word: &str, words: &[&str; N], values: [T; N]) -> T {
    values[choice(word, words)]
}

/// The value of a field that [`check`] found to be a whole number.
pub fn whole(field: &str) -> u64 {
    field.bytes().fold(0, |n: u64, b| {
        n.wrapping_mul(10)
            .wrapping_add(u64::from(b.wrapping_sub(b'0')))
    })
}

/// The items of a list field ("a|b", "a | b"), trimmed, empty ones skipped.
pub fn list(field: &str) -> impl Iterator<Item = &str> {
    pieces(field, b'|')
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

/// The words of a field of words one space apart, as `field.split(' ')` gives
/// them.
pub fn words(field: &str) -> impl Iterator<Item = &str> + Clone {
    pieces(field, b' ')
}

/// The pieces of `field` between the bytes `apart` (an ASCII character), as
/// `str::split` gives them, found byte by byte as lines and fields are: most
/// pieces are a word or two, too short for `str::split`'s searcher to pay.
fn pieces(field: &str, apart: u8) -> impl Iterator<Item = &str> + Clone {
    let mut rest = Some(field);
    std::iter::from_fn(move || {
        let left = rest?;
        Some(match left.bytes().position(|b| b == apart) {
            Some(end) => {
                rest = Some(&left[end + 1..]);
                &left[..end]
            }
            None => {
                rest = None;
                left
            }
        })
    })
}

/// What is wrong with each bad row of `file` under `table`: (line number, why).
pub fn check(table: &Table, file: &str) -> Vec<(usize, String)> {
    let mut errors = Vec::new();
    let mut seen: Vec<Vec<&str>> = Vec::new();
    for (number, line) in file.split('\n').enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let most = table.fields.len();
        if !(table.least..=most).contains(&fields.len()) {
            errors.push((
                number + 1,
                format!(
                    "{} tab-separated fields, expected {} to {most}: {line:?}",
                    fields.len(),
                    table.least
                ),
            ));
            continue;
        }
        for (field, rule) in fields.iter().zip(table.fields) {
            if let Err(why) = check_field(field, *rule) {
                errors.push((number + 1, format!("{why}: {line:?}")));
            }
        }
        let key: Vec<&str> = table
            .unique
            .iter()
            .map(|&i| fields.get(i).copied().unwrap_or(""))
            .collect();
        if !table.unique.is_empty() {
            if seen.contains(&key) {
                errors.push((number + 1, format!("{key:?} is listed twice")));
            } else {
                seen.push(key);
            }
        }
    }
    errors
}

fn check_field(field: &str, rule: Field) -> Result<(), String> {
    if field.trim() != field {
        return Err(format!("{field:?} starts or ends with a space"));
    }
    let words_apart = |text: &str| !text.is_empty() && text.split(' ').all(|w| !w.is_empty());
    let whole =
        |text: &str| (1..=15).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit());
    let fits = match rule {
        Any => true,
        Text => !field.is_empty(),
        Words => words_apart(field),
        Names => field.is_empty() || field.split('|').all(words_apart),
        AsciiWords => {
            let words = field.strip_prefix('\'').unwrap_or(field);
            words_apart(words) && words.bytes().all(|b| b == b' ' || b.is_ascii_lowercase())
        }
        Whole => whole(field),
        WholeOr(marker) => field == marker || whole(field),
        Decimal => {
            let digits = field.strip_prefix('-').unwrap_or(field);
            let (int, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
            whole(int) && whole(fraction)
        }
        OneOf(words) => words.contains(&field),
        Flags(words) => field
            .split(',')
            .filter(|f| !f.is_empty())
            .all(|f| words.contains(&f)),
        Date => {
            field.len() == 10
                && field.bytes().enumerate().all(|(i, b)| {
                    if i == 4 || i == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                })
        }
        Triggers => field.split('|').map(str::trim).all(is_trigger),
    };
    if fits {
        Ok(())
    } else {
        Err(format!("{field:?} is not {}", described(rule)))
    }
}

/// A trigger the publication stage can match: ASCII words apart by spaces,
/// starting and ending with a letter or digit, "~" only between two words.
fn is_trigger(trigger: &str) -> bool {
    let words: Vec<&str> = trigger.split(' ').collect();
    trigger.is_ascii()
        && words.iter().all(|w| !w.is_empty())
        && words.first() != Some(&"~")
        && words.last() != Some(&"~")
        && trigger.starts_with(|c: char| c.is_ascii_alphanumeric())
        && trigger.ends_with(|c: char| c.is_ascii_alphanumeric())
}

fn described(rule: Field) -> String {
    match rule {
        Any => "any text".into(),
        Text => "a non-empty text".into(),
        Words => "words one space apart".into(),
        Names => "names apart by \"|\", each words one space apart".into(),
        AsciiWords => "lower-case ASCII words one space apart".into(),
        Whole => "a whole number".into(),
        WholeOr(marker) => format!("a whole number or {marker:?}"),
        Decimal => "a decimal number".into(),
        OneOf(words) => format!("one of {words:?}"),
        Flags(words) => format!("comma-separated flags of {words:?}"),
        Date => "a date YYYY-MM-DD".into(),
        Triggers => "triggers (ASCII words, \"~\" only between, apart by \"|\")".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_read_their_fields_and_numbers() {
        let [a, b, c] = fields("a\tb c\t");
        assert_eq!((a, b, c), ("a", "b c", ""));
        let [a, b, c] = fields("a");
        assert_eq!((a, b, c), ("a", "", ""));
        let read: Vec<[&str; 2]> = rows("# header\n\nx\t1\ny\n").collect();
        assert_eq!(read, [["x", "1"], ["y", ""]]);
        assert_eq!(whole("1000000000000"), 1_000_000_000_000);
        assert_eq!(list("a | b|c||").collect::<Vec<_>>(), ["a", "b", "c"]);
        for field in ["", " ", "a", "a b", " a  b ", "a b c"] {
            assert!(words(field).eq(field.split(' ')), "{field:?}");
        }
        assert!(chosen("at_most", &QUALIFIERS, [1, 2, 3, 4]) == 4);
    }

    #[test]
    fn a_bad_row_is_named_by_its_line() {
        let table = table_of("number_words.tsv").unwrap();
        let errors = check(table, "# header\none\t1\tunit\ntwo\t2x\tunit\nthree\t3\n");
        let lines: Vec<usize> = errors.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [3, 4]);
        assert!(errors[0].1.contains("whole number"));
        assert!(errors[1].1.contains("2 tab-separated fields"));
    }
}
