//! Word lists and gazetteers: files under `src/data/`, embedded at build time and
//! parsed once on first use. Each file names its source and licence in its header.
//!
//! Format: UTF-8, one entry per line, fields separated by tabs, `#` starts a
//! comment line, blank lines are skipped.

use crate::hash::{FastMap, FastSet};
use std::sync::LazyLock;

use crate::analysis::Qualifier;

/// A data file of `src/data/` as embedded: `build.rs` copies it without its
/// comment and blank lines, so the headers stay out of the wasm.
macro_rules! data_file {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name))
    };
}
pub(crate) use data_file;

/// Abbreviations after which a full stop does not end a sentence.
pub static ABBREVIATIONS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lines(data_file!("abbreviations.txt")).collect());

/// Calendar words of `data/calendar_names.tsv`: (kind, name, value), e.g.
/// ("month", "Sept", "9"), ("season", "fall", "FA").
pub static CALENDAR_NAMES: LazyLock<Vec<(&'static str, &'static str, &'static str)>> =
    LazyLock::new(|| triples(data_file!("calendar_names.tsv")));

/// Number words of temporal expressions, `data/temporal_numbers.tsv`: (word, value), `None` for
/// an unstated number ("a few years").
pub static TEMPORAL_NUMBERS: LazyLock<Vec<(&'static str, Option<u32>)>> = LazyLock::new(|| {
    parse_temporal_numbers(data_file!("temporal_numbers.tsv")).expect("temporal_numbers.tsv parses")
});

/// Units of time (`data/time_units.tsv`), each with whether a number counts it.
pub static TIME_UNITS: LazyLock<Vec<(&'static str, bool)>> = LazyLock::new(|| {
    parse_time_units(data_file!("time_units.tsv")).expect("time_units.tsv parses")
});

fn parse_time_units(file: &'static str) -> Result<Vec<(&'static str, bool)>, String> {
    rows(file)
        .map(|row| {
            let [word, counted] = fields(&row)?;
            match counted {
                "yes" => Ok((word, true)),
                "no" => Ok((word, false)),
                other => Err(format!("{word}: counted is {other:?}, not yes or no")),
            }
        })
        .collect()
}

fn parse_temporal_numbers(file: &'static str) -> Result<Vec<(&'static str, Option<u32>)>, String> {
    let mut numbers = Vec::new();
    for row in rows(file) {
        let [word, value] = fields(&row)?;
        let value = match value {
            "X" => None,
            digits => Some(
                digits
                    .parse()
                    .map_err(|_| format!("{word}: {digits:?} is neither a number nor X"))?,
            ),
        };
        numbers.push((word, value));
    }
    Ok(numbers)
}

/// Vague references of `data/vague_references.tsv`: (phrase, `PAST_REF` | `PRESENT_REF` | `FUTURE_REF`).
pub static VAGUE_REFERENCES: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| pairs(data_file!("vague_references.tsv")));

/// Tense cues of `data/tense_cues.tsv`: (`past` | `future`, word or phrase).
pub static TENSE_CUES: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| pairs(data_file!("tense_cues.tsv")));

/// A tense cue of `data/tense_cues.tsv` as its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenseCue {
    /// True for a future cue, false for a past one.
    pub future: bool,
    /// Its words: lower-case ASCII letters.
    pub words: Vec<&'static str>,
    /// True when it is written after an apostrophe, glued to the word before ("'ll").
    pub clitic: bool,
}

/// The tense cues as words, in the file's order.
pub static TENSE_CUE_WORDS: LazyLock<Vec<TenseCue>> = LazyLock::new(|| {
    parse_tense_cues(data_file!("tense_cues.tsv")).expect("tense_cues.tsv parses")
});

fn parse_tense_cues(file: &'static str) -> Result<Vec<TenseCue>, String> {
    let mut cues = Vec::new();
    for row in rows(file) {
        let [tense, phrase] = fields(&row)?;
        let future = match tense {
            "future" => true,
            "past" => false,
            _ => return Err(format!("{phrase}: unknown tense {tense:?}")),
        };
        let (clitic, rest) = match phrase.strip_prefix('\'') {
            Some(rest) => (true, rest),
            None => (false, phrase),
        };
        let words: Vec<&'static str> = rest.split(' ').collect();
        if words
            .iter()
            .any(|w| w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase()))
        {
            return Err(format!(
                "{phrase:?}: words of lower-case ASCII letters, one space apart"
            ));
        }
        cues.push(TenseCue {
            future,
            words,
            clitic,
        });
    }
    Ok(cues)
}

/// Header words of `data/header_cues.tsv`: (`publish` | `update` | `filler`, word).
pub static HEADER_CUES: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| pairs(data_file!("header_cues.tsv")));

/// Holidays of `data/holidays.tsv`: (name, day rule `MM-DD` or `N-W-MM`).
pub static HOLIDAYS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| pairs(data_file!("holidays.tsv")));

/// One dated world event of `data/world_events.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorldEvent {
    /// `YYYY-MM-DD`.
    pub date: &'static str,
    /// True for the start of a lasting war or crisis, false for a one-day event.
    pub lasting: bool,
    /// What happened.
    pub name: &'static str,
    /// Phrases that mention it; `~` stands for up to four words.
    pub triggers: Vec<&'static str>,
}

/// The knowledge base of dated world events used to guess a publication date.
pub static WORLD_EVENTS: LazyLock<Vec<WorldEvent>> = LazyLock::new(|| {
    parse_world_events(data_file!("world_events.tsv")).expect("world_events.tsv parses")
});

fn parse_world_events(file: &'static str) -> Result<Vec<WorldEvent>, String> {
    let mut events = Vec::new();
    for row in rows(file) {
        let [date, kind, name, triggers] = fields(&row)?;
        let shape = date.len() == 10
            && date.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        if !shape {
            return Err(format!("{name}: date {date:?} is not YYYY-MM-DD"));
        }
        let lasting = match kind {
            "start" => true,
            "event" => false,
            _ => return Err(format!("{name}: unknown kind {kind:?}")),
        };
        let triggers: Vec<&'static str> = triggers.split('|').map(str::trim).collect();
        if let Some(bad) = triggers.iter().find(|t| !is_trigger(t)) {
            return Err(format!(
                "{name}: trigger {bad:?} must be ASCII words, \"~\" only between"
            ));
        }
        events.push(WorldEvent {
            date,
            lasting,
            name,
            triggers,
        });
    }
    Ok(events)
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

fn pairs(file: &'static str) -> Vec<(&'static str, &'static str)> {
    rows(file)
        .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
        .collect()
}

fn triples(file: &'static str) -> Vec<(&'static str, &'static str, &'static str)> {
    rows(file)
        .filter_map(|r| Some((*r.first()?, *r.get(1)?, *r.get(2)?)))
        .collect()
}

/// Closed-class words that end a counted noun phrase (`data/function_words.txt`).
pub static FUNCTION_WORDS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lines(data_file!("function_words.txt")).collect());

/// Word classes of page furniture, `data/furniture_cues.tsv`: (class, lower-case phrase).
pub static FURNITURE_CUES: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| pairs(data_file!("furniture_cues.tsv")));

/// The learned weights of the boilerplate line classifier, `data/boilerplate_weights.tsv`
/// (parsed by [`crate::clean::Weights::parse`]).
pub const BOILERPLATE_WEIGHTS: &str = data_file!("boilerplate_weights.tsv");

/// The entry lines of a data file: comments and blank lines skipped, trimmed.
pub fn lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// A word list that `build.rs` stored front-coded, one word a line as before:
/// each line starts with one character, '0' plus the number of leading bytes
/// the word shares with the one before it, then the rest of the word.
pub fn front_decoded(coded: &str) -> String {
    let mut words = String::with_capacity(coded.len() * 2);
    let mut word = String::new();
    for line in coded.lines() {
        let Some(shared) = line.bytes().next() else {
            continue;
        };
        word.truncate(usize::from(shared - b'0'));
        word.push_str(&line[1..]);
        words.push_str(&word);
        words.push('\n');
    }
    words
}

/// The entry lines of a tab-separated data file, split into fields.
pub fn rows(file: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    lines(file).map(|l| l.split('\t').map(str::trim).collect())
}

/// What kind of word a number word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberWordKind {
    /// one to nineteen.
    Unit,
    /// twenty to ninety.
    Tens,
    /// hundred, thousand, million…: multiplies what comes before it.
    Scale,
    /// dozen: twelve, or a multiple of it ("two dozen").
    Dozen,
    /// A scale glued to digits ("$550m", "£3bn", "1.5m people").
    Suffix,
}

/// A number word and its value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberWord {
    /// Its value.
    pub value: f64,
    /// How it combines with its neighbours.
    pub kind: NumberWordKind,
}

/// Number words by lower-case form (`data/number_words.tsv`).
pub static NUMBER_WORDS: LazyLock<FastMap<&'static str, NumberWord>> = LazyLock::new(|| {
    parse_number_words(data_file!("number_words.tsv")).expect("number_words.tsv parses")
});

fn parse_number_words(file: &'static str) -> Result<FastMap<&'static str, NumberWord>, String> {
    let mut table = FastMap::default();
    for row in rows(file) {
        let [word, value, kind] = fields(&row)?;
        let kind = match kind {
            "unit" => NumberWordKind::Unit,
            "tens" => NumberWordKind::Tens,
            "scale" => NumberWordKind::Scale,
            "dozen" => NumberWordKind::Dozen,
            "suffix" => NumberWordKind::Suffix,
            _ => return Err(format!("{word}: unknown kind {kind:?}")),
        };
        let value = number(word, value)?;
        insert_once(&mut table, word, NumberWord { value, kind })?;
    }
    Ok(table)
}

/// A phrase of one or more lower-case words, with what it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase<T> {
    /// The words, lower case.
    pub words: Vec<&'static str>,
    /// What the phrase stands for.
    pub meaning: T,
}

/// A plural quantifier's value and qualifier ("dozens" → 24, at least).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VagueAmount {
    /// The lower bound it stands for.
    pub value: f64,
    /// Always a bound: `AtLeast`.
    pub qualifier: Qualifier,
}

/// Plural quantifiers, longest phrase first (`data/vague_amounts.tsv`).
pub static VAGUE_AMOUNTS: LazyLock<Vec<Phrase<VagueAmount>>> = LazyLock::new(|| {
    parse_vague_amounts(data_file!("vague_amounts.tsv")).expect("vague_amounts.tsv parses")
});

fn parse_vague_amounts(file: &'static str) -> Result<Vec<Phrase<VagueAmount>>, String> {
    let mut phrases = Vec::new();
    for row in rows(file) {
        let [phrase, value, qualifier] = fields(&row)?;
        let meaning = VagueAmount {
            value: number(phrase, value)?,
            qualifier: qualifier_named(qualifier)?,
        };
        phrases.push(phrase_of(phrase, meaning));
    }
    longest_first(phrases)
}

/// Where a hedging phrase stands relative to its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QualifierPosition {
    /// "about 50".
    Before,
    /// "50 or more".
    After,
}

/// A hedging phrase: its qualifier and where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hedge {
    /// The qualifier it gives.
    pub qualifier: Qualifier,
    /// Before or after the number.
    pub position: QualifierPosition,
}

/// Hedging phrases, longest first (`data/qualifiers.tsv`).
pub static QUALIFIERS: LazyLock<Vec<Phrase<Hedge>>> = LazyLock::new(|| {
    parse_qualifiers(data_file!("qualifiers.tsv")).expect("qualifiers.tsv parses")
});

fn parse_qualifiers(file: &'static str) -> Result<Vec<Phrase<Hedge>>, String> {
    let mut phrases = Vec::new();
    for row in rows(file) {
        let [phrase, qualifier, position] = fields(&row)?;
        let position = match position {
            "before" => QualifierPosition::Before,
            "after" => QualifierPosition::After,
            _ => return Err(format!("{phrase}: unknown position {position:?}")),
        };
        let qualifier = qualifier_named(qualifier)?;
        phrases.push(phrase_of(
            phrase,
            Hedge {
                qualifier,
                position,
            },
        ));
    }
    longest_first(phrases)
}

/// Where a currency's name stands relative to the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CurrencyPosition {
    /// Before the digits, possibly glued: "$550m".
    Symbol,
    /// After the number: "5 million dollars".
    Word,
    /// An ISO code, either side: "USD 5m", "$249 USD".
    Code,
}

/// A currency form and the unit it gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    /// The unit: an ISO 4217 code, or "cents".
    pub code: &'static str,
    /// Where it stands.
    pub position: CurrencyPosition,
}

/// Currency symbols, words and codes, longest first (`data/currencies.tsv`).
/// Symbols and codes keep their case; words are lower case.
pub static CURRENCIES: LazyLock<Vec<Phrase<Currency>>> = LazyLock::new(|| {
    parse_currencies(data_file!("currencies.tsv")).expect("currencies.tsv parses")
});

fn parse_currencies(file: &'static str) -> Result<Vec<Phrase<Currency>>, String> {
    let mut phrases = Vec::new();
    for row in rows(file) {
        let [form, code, position] = fields(&row)?;
        let position = match position {
            "symbol" => CurrencyPosition::Symbol,
            "word" => CurrencyPosition::Word,
            "code" => CurrencyPosition::Code,
            _ => return Err(format!("{form}: unknown position {position:?}")),
        };
        phrases.push(phrase_of(form, Currency { code, position }));
    }
    longest_first(phrases)
}

/// What a counted noun says about the figures table's row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NounKind {
    /// People: the row comes from the clause's verbs.
    People,
    /// Troops and staff.
    Personnel,
    /// Dead and wounded.
    Casualties,
    /// Ships and boats.
    Ships,
    /// Planes, jets, flights.
    Aircraft,
    /// Tanks, helicopters, weapons.
    Equipment,
    /// Tonnes and kilograms.
    Weight,
    /// Goods counted by their packing or volume (pallets, meals, gallons):
    /// aid when the clause speaks of aid or of delivering them.
    Goods,
    /// Distances and sizes.
    Measure,
    /// Shares.
    Percent,
    /// A length of time: never a figure.
    Duration,
    /// Page furniture ("12 comments"): never a figure.
    Furniture,
    /// Points back after "the" ("the two sides").
    Anaphoric,
}

/// A counted noun: the unit it gives and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountedNoun {
    /// The unit of the figure.
    pub unit: &'static str,
    /// What it says about the row.
    pub kind: NounKind,
    /// True for collective nouns whose "of" phrase names what is counted.
    pub collective: bool,
    /// True when it points back after "the" or "both" ("the two teams").
    pub anaphoric: bool,
    /// True for nouns of citizenship ("citizens", "nationals"): the people
    /// counted belong to a country, so they may be its nationals abroad.
    pub citizen: bool,
}

/// The counted-noun table (`data/counted_nouns.tsv`).
#[derive(Debug, Clone)]
pub struct CountedNouns {
    /// Nouns of one or more lower-case words.
    pub nouns: PhraseTable<CountedNoun>,
    /// Endings of capitalised plural nationality nouns ("-ans": "Russians").
    pub nationality_endings: Vec<(&'static str, CountedNoun)>,
}

/// Counted nouns and nationality endings (`data/counted_nouns.tsv`).
pub static COUNTED_NOUNS: LazyLock<CountedNouns> = LazyLock::new(|| {
    parse_counted_nouns(data_file!("counted_nouns.tsv")).expect("counted_nouns.tsv parses")
});

fn parse_counted_nouns(file: &'static str) -> Result<CountedNouns, String> {
    let mut nouns = Vec::new();
    let mut nationality_endings: Vec<(&'static str, CountedNoun)> = Vec::new();
    for row in rows(file) {
        let (form, unit, kind, flags) = match row.as_slice() {
            [form, unit, kind] => (*form, *unit, *kind, ""),
            [form, unit, kind, flags] => (*form, *unit, *kind, *flags),
            _ => return Err(format!("{row:?}: expected 3 or 4 fields")),
        };
        let flags: Vec<&str> = flags.split(',').filter(|f| !f.is_empty()).collect();
        let known = |f: &&str| matches!(*f, "of" | "anaphoric" | "citizen");
        if form.is_empty() || unit.is_empty() || !flags.iter().all(known) {
            return Err(format!("{row:?}: empty field or bad fourth field"));
        }
        let kind = match kind {
            "people" => NounKind::People,
            "personnel" => NounKind::Personnel,
            "casualties" => NounKind::Casualties,
            "ships" => NounKind::Ships,
            "aircraft" => NounKind::Aircraft,
            "equipment" => NounKind::Equipment,
            "weight" => NounKind::Weight,
            "goods" => NounKind::Goods,
            "measure" => NounKind::Measure,
            "percent" => NounKind::Percent,
            "duration" => NounKind::Duration,
            "furniture" => NounKind::Furniture,
            "anaphoric" => NounKind::Anaphoric,
            _ => return Err(format!("{form}: unknown kind {kind:?}")),
        };
        let noun = CountedNoun {
            unit,
            kind,
            collective: flags.contains(&"of"),
            anaphoric: flags.contains(&"anaphoric") || kind == NounKind::Anaphoric,
            citizen: flags.contains(&"citizen"),
        };
        match form.strip_prefix('-') {
            Some(ending) => {
                if nationality_endings.iter().any(|(e, _)| *e == ending) {
                    return Err(format!("{form}: duplicate"));
                }
                nationality_endings.push((ending, noun));
            }
            None => nouns.push(phrase_of(form, noun)),
        }
    }
    Ok(CountedNouns {
        nouns: indexed(nouns)?,
        nationality_endings,
    })
}

/// What a clause word says about the row of a figure in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// Evacuated, airlifted, rescued: done to people.
    Evacuees,
    /// Left, fled, flew: a movement people make; troops make it too.
    Departure,
    /// "flew in": looks like a departure but chooses no row.
    Arrival,
    /// Registered, living, married there.
    Nationals,
    /// Killed, dead, wounded.
    Casualties,
    /// Sold or supplied: ships and aircraft become equipment.
    Trade,
    /// Humanitarian goods: a weight becomes aid.
    Aid,
    /// Delivering or dropping: counted goods become aid.
    Delivery,
    /// Asking, wanting, urging: a departure in the infinitive after it is
    /// wished, not made ("had asked to leave").
    Wish,
    /// A reporting verb: people right before it are sources, not evacuees.
    Source,
}

/// Clause words that choose a figure's row (`data/category_cues.tsv`).
pub static CATEGORY_CUES: LazyLock<PhraseTable<Cue>> = LazyLock::new(|| {
    parse_cues(data_file!("category_cues.tsv")).expect("category_cues.tsv parses")
});

fn parse_cues(file: &'static str) -> Result<PhraseTable<Cue>, String> {
    let mut phrases = Vec::new();
    for row in rows(file) {
        let [phrase, cue] = fields(&row)?;
        let cue = match cue {
            "evacuees" => Cue::Evacuees,
            "departure" => Cue::Departure,
            "arrival" => Cue::Arrival,
            "nationals" => Cue::Nationals,
            "casualties" => Cue::Casualties,
            "trade" => Cue::Trade,
            "aid" => Cue::Aid,
            "delivery" => Cue::Delivery,
            "wish" => Cue::Wish,
            "source" => Cue::Source,
            _ => return Err(format!("{phrase}: unknown cue {cue:?}")),
        };
        phrases.push(phrase_of(phrase, cue));
    }
    indexed(phrases)
}

/// Makers and model prefixes, lower case, with the unit of their family
/// (`data/model_families.tsv`).
pub static MODEL_FAMILIES: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    parse_model_families(data_file!("model_families.tsv")).expect("model_families.tsv parses")
});

fn parse_model_families(file: &'static str) -> Result<FastMap<&'static str, &'static str>, String> {
    let mut table = FastMap::default();
    for row in rows(file) {
        let [form, unit] = fields(&row)?;
        insert_once(&mut table, form, unit)?;
    }
    Ok(table)
}

/// How a word around a number tells how to read it (`data/context_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContextRole {
    /// Before four digits: a year ("in 2015").
    YearPreposition,
    /// After a number: a time of day ("6 pm").
    TimeOfDay,
    /// Before a number: an age ("aged 49").
    Age,
    /// Before a count: it points back ("the two sides").
    Anaphoric,
    /// Before a capitalised name: the name is a place ("in Tartus 300 sailors").
    PlacePreposition,
    /// Before a count: a part of the group counted before ("including 300 Britons").
    Inclusion,
    /// Between a bare number and its verb ("1,000 had been evacuated").
    Auxiliary,
    /// Before "over": "over" is its particle, not a hedge ("handed over 20").
    ParticleVerb,
    /// Between a subject and its verb, like an auxiliary ("12,000 had since left").
    Adverb,
    /// Links a count to the count it names ("the 20 crew members were 15 Filipinos").
    Copula,
    /// Before a count of one, makes it a count and not an article ("just one case").
    Only,
    /// Before a cue, denies it ("has not evacuated the 16,000 Americans").
    Negation,
    /// After four digits, they count it and are no year ("2000 troops").
    CountNoun,
    /// Before four digits under 1900, they are a year still ("in 1453").
    EarlyYear,
    /// Before four digits in 1900–2099, they are a number, no year ("flight 1549").
    NumberLabel,
}

/// What a phrase of `data/attribution.tsv` tells about a figure's sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AttributionRole {
    /// A reporting verb: its subject is the source ("the ministry said").
    Reporting,
    /// A verb that reports speech only: before a number it reports nothing
    /// ("the index added 20 points").
    Speech,
    /// The source follows ("according to Reuters").
    According,
    /// The count has not happened: a plan, a possibility, a projection.
    Planned,
    /// The count is a running total ("so far", "in total").
    Cumulative,
    /// Ends a source's noun phrase and a figure's clause ("that", "while").
    Boundary,
    /// A source that points back to the paragraph's ("he said").
    Pronoun,
    /// Dropped from the start of a source ("the").
    Leading,
}

/// The phrases of `data/attribution.tsv`, each as its words.
pub static ATTRIBUTION: LazyLock<Vec<(AttributionRole, Vec<&'static str>)>> = LazyLock::new(|| {
    parse_attribution(data_file!("attribution.tsv")).expect("attribution.tsv parses")
});

fn parse_attribution(
    file: &'static str,
) -> Result<Vec<(AttributionRole, Vec<&'static str>)>, String> {
    let mut seen = FastSet::default();
    let mut table = Vec::new();
    for row in rows(file) {
        let [role, phrase] = fields(&row)?;
        let role = match role {
            "reporting" => AttributionRole::Reporting,
            "speech" => AttributionRole::Speech,
            "according" => AttributionRole::According,
            "planned" => AttributionRole::Planned,
            "cumulative" => AttributionRole::Cumulative,
            "boundary" => AttributionRole::Boundary,
            "pronoun" => AttributionRole::Pronoun,
            "leading" => AttributionRole::Leading,
            other => return Err(format!("{other}: unknown role")),
        };
        if !seen.insert((role, phrase)) {
            return Err(format!("{phrase}: duplicate"));
        }
        table.push((role, phrase.split(' ').collect()));
    }
    Ok(table)
}

/// Context words and their roles (`data/context_words.tsv`), each word's roles
/// as the bits [`role_bit`] sets: a map type the crate has already.
pub static CONTEXT_WORDS: LazyLock<FastMap<&'static str, usize>> = LazyLock::new(|| {
    parse_context_words(data_file!("context_words.tsv")).expect("context_words.tsv parses")
});

fn role_bit(role: ContextRole) -> usize {
    1 << role as usize
}

/// True when `word` (lower case) has `role`.
pub fn has_role(word: &str, role: ContextRole) -> bool {
    CONTEXT_WORDS
        .get(word)
        .is_some_and(|roles| roles & role_bit(role) != 0)
}

fn parse_context_words(file: &'static str) -> Result<FastMap<&'static str, usize>, String> {
    let mut table: FastMap<&'static str, usize> = FastMap::default();
    for row in rows(file) {
        let [word, role] = fields(&row)?;
        let role = match role {
            "year_preposition" => ContextRole::YearPreposition,
            "time_of_day" => ContextRole::TimeOfDay,
            "age" => ContextRole::Age,
            "anaphoric" => ContextRole::Anaphoric,
            "place_preposition" => ContextRole::PlacePreposition,
            "inclusion" => ContextRole::Inclusion,
            "auxiliary" => ContextRole::Auxiliary,
            "particle_verb" => ContextRole::ParticleVerb,
            "adverb" => ContextRole::Adverb,
            "copula" => ContextRole::Copula,
            "only" => ContextRole::Only,
            "negation" => ContextRole::Negation,
            "count_noun" => ContextRole::CountNoun,
            "early_year" => ContextRole::EarlyYear,
            "number_label" => ContextRole::NumberLabel,
            _ => return Err(format!("{word}: unknown role {role:?}")),
        };
        let roles = table.entry(word).or_default();
        if *roles & role_bit(role) != 0 {
            return Err(format!("{word}: duplicate role {role:?}"));
        }
        *roles |= role_bit(role);
    }
    Ok(table)
}

/// The words of one role of `data/name_cues.tsv` (roles named in its header).
pub fn name_cues(role: &str) -> FastSet<&'static str> {
    rows(data_file!("name_cues.tsv"))
        .filter(|row| row.first() == Some(&role))
        .filter_map(|row| row.get(1).copied())
        .collect()
}

/// An aircraft maker of `data/aircraft_makers.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AircraftMaker {
    /// Its name, as written before a model ("Antonov").
    pub name: &'static str,
    /// The prefix of its designations ("An"), `None` when its name stays in
    /// the aircraft's canonical ("Boeing 747").
    pub prefix: Option<&'static str>,
}

/// Aircraft makers, in the file's order.
pub static AIRCRAFT_MAKERS: LazyLock<Vec<AircraftMaker>> = LazyLock::new(|| {
    parse_aircraft_makers(data_file!("aircraft_makers.tsv")).expect("aircraft_makers.tsv parses")
});

fn parse_aircraft_makers(file: &'static str) -> Result<Vec<AircraftMaker>, String> {
    let mut makers: Vec<AircraftMaker> = Vec::new();
    for row in rows(file) {
        let (name, prefix) = match row.as_slice() {
            [name] => (*name, None),
            [name, prefix] if !prefix.is_empty() => (*name, Some(*prefix)),
            _ => return Err(format!("{row:?}: expected a maker and perhaps a prefix")),
        };
        if name.is_empty() || makers.iter().any(|m| m.name == name) {
            return Err(format!("{row:?}: empty or duplicate maker"));
        }
        makers.push(AircraftMaker { name, prefix });
    }
    Ok(makers)
}

/// The fields of a row that must have exactly `N`, none empty.
fn fields<const N: usize>(row: &[&'static str]) -> Result<[&'static str; N], String> {
    let fields: [&'static str; N] = row
        .try_into()
        .map_err(|_| format!("{row:?}: expected {N} fields"))?;
    if fields.iter().any(|f| f.is_empty()) {
        return Err(format!("{row:?}: empty field"));
    }
    Ok(fields)
}

fn number(name: &str, value: &str) -> Result<f64, String> {
    crate::decimal::parse(value).ok_or_else(|| format!("{name}: {value:?} is not a number"))
}

fn qualifier_named(name: &str) -> Result<Qualifier, String> {
    match name {
        "exact" => Ok(Qualifier::Exact),
        "approx" => Ok(Qualifier::Approx),
        "at_least" => Ok(Qualifier::AtLeast),
        "at_most" => Ok(Qualifier::AtMost),
        _ => Err(format!("unknown qualifier {name:?}")),
    }
}

fn phrase_of<T>(phrase: &'static str, meaning: T) -> Phrase<T> {
    Phrase {
        words: phrase.split(' ').filter(|w| !w.is_empty()).collect(),
        meaning,
    }
}

fn insert_once<V>(
    table: &mut FastMap<&'static str, V>,
    key: &'static str,
    value: V,
) -> Result<(), String> {
    if table.insert(key, value).is_some() {
        return Err(format!("{key}: duplicate"));
    }
    Ok(())
}

/// Phrases indexed by their first word, so that a text is matched word by word
/// in constant time per word. Each word's phrases are longest first.
#[derive(Debug, Clone)]
pub struct PhraseTable<T> {
    by_first: FastMap<&'static str, Vec<Phrase<T>>>,
}

impl<T> PhraseTable<T> {
    /// The phrases whose first word is `word`, longest first.
    pub fn starting_with(&self, word: &str) -> &[Phrase<T>] {
        self.by_first.get(word).map_or(&[], Vec::as_slice)
    }

    /// Every phrase, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &Phrase<T>> {
        self.by_first.values().flatten()
    }

    /// How many phrases there are.
    pub fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

/// Indexes phrases by first word, longest first, rejecting duplicates.
fn indexed<T>(phrases: Vec<Phrase<T>>) -> Result<PhraseTable<T>, String> {
    let mut by_first: FastMap<&'static str, Vec<Phrase<T>>> = FastMap::default();
    for phrase in longest_first(phrases)? {
        let first = *phrase.words.first().ok_or("empty phrase")?;
        by_first.entry(first).or_default().push(phrase);
    }
    Ok(PhraseTable { by_first })
}

/// Sorts phrases longest first (so the longest match wins) and rejects duplicates.
fn longest_first<T>(mut phrases: Vec<Phrase<T>>) -> Result<Vec<Phrase<T>>, String> {
    let mut seen = FastSet::default();
    for p in &phrases {
        if p.words.is_empty() || !seen.insert(p.words.clone()) {
            return Err(format!("{:?}: empty or duplicate", p.words));
        }
    }
    crate::order::sort_by_key(&mut phrases, |p| std::cmp::Reverse(p.words.len()));
    Ok(phrases)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_coded_lists_decode_to_their_words() {
        assert_eq!(
            front_decoded("0Ann\n3a\n2drew\n0Émile\n5ia\n"),
            "Ann\nAnna\nAndrew\nÉmile\nÉmilia\n"
        );
        assert_eq!(front_decoded(""), "");
    }

    #[test]
    fn abbreviation_list_is_clean() {
        let all: Vec<_> = lines(include_str!("data/abbreviations.txt")).collect();
        assert!(all.len() > 20);
        assert_eq!(all.len(), ABBREVIATIONS.len(), "no duplicates");
        assert!(all.iter().all(|a| !a.ends_with('.') && !a.contains(' ')));
    }

    #[test]
    fn figure_tables_parse_without_empty_or_duplicate_entries() {
        let number_words = parse_number_words(include_str!("data/number_words.tsv")).unwrap();
        assert_eq!(number_words["ninety"].value, 90.0);
        let vague = parse_vague_amounts(include_str!("data/vague_amounts.tsv")).unwrap();
        assert!(vague
            .iter()
            .all(|p| p.meaning.qualifier == Qualifier::AtLeast));
        assert!(
            parse_qualifiers(include_str!("data/qualifiers.tsv"))
                .unwrap()
                .len()
                > 20
        );
        assert!(
            parse_currencies(include_str!("data/currencies.tsv"))
                .unwrap()
                .len()
                > 10
        );
        let nouns = parse_counted_nouns(include_str!("data/counted_nouns.tsv")).unwrap();
        assert!(nouns.nouns.len() > 100 && !nouns.nationality_endings.is_empty());
        assert!(
            parse_cues(include_str!("data/category_cues.tsv"))
                .unwrap()
                .len()
                > 50
        );
        assert!(
            parse_model_families(include_str!("data/model_families.tsv"))
                .unwrap()
                .len()
                > 20
        );
        for table in [
            include_str!("data/number_words.tsv"),
            include_str!("data/vague_amounts.tsv"),
            include_str!("data/qualifiers.tsv"),
            include_str!("data/currencies.tsv"),
            include_str!("data/counted_nouns.tsv"),
            include_str!("data/category_cues.tsv"),
            include_str!("data/model_families.tsv"),
            include_str!("data/function_words.txt"),
            include_str!("data/context_words.tsv"),
            include_str!("data/aircraft_makers.tsv"),
            include_str!("data/name_cues.tsv"),
        ] {
            assert!(table.contains("compiled by the Sitrep authors") && table.contains("Licence"));
        }
    }

    #[test]
    fn name_cue_roles_are_named_in_the_header() {
        let file = include_str!("data/name_cues.tsv");
        let named: FastSet<&str> = file
            .lines()
            .filter_map(|l| l.strip_prefix('#')?.split_whitespace().next())
            .collect();
        for row in rows(file) {
            assert!(
                named.contains(row[0]),
                "role {:?} of {:?}",
                row[0],
                row.get(1)
            );
        }
    }

    #[test]
    fn function_word_list_is_clean() {
        let all: Vec<_> = lines(include_str!("data/function_words.txt")).collect();
        assert_eq!(all.len(), FUNCTION_WORDS.len(), "no duplicates");
        assert!(all
            .iter()
            .all(|w| !w.is_empty() && *w == w.to_lowercase() && !w.contains(' ')));
    }

    #[test]
    fn a_context_word_keeps_each_of_its_roles() {
        let table = parse_context_words("in\tage\nin\tadverb\nof\tonly\n").unwrap();
        let roles = |word: &str| table.get(word).copied().unwrap_or(0);
        assert_ne!(roles("in") & role_bit(ContextRole::Age), 0);
        assert_ne!(roles("in") & role_bit(ContextRole::Adverb), 0);
        assert_eq!(roles("in") & role_bit(ContextRole::Only), 0);
        assert_eq!(roles("of"), role_bit(ContextRole::Only));
        assert!(has_role("in", ContextRole::PlacePreposition));
        assert!(!has_role("in", ContextRole::Negation));
    }

    #[test]
    fn time_units_parse_and_refuse_a_bad_count_marker() {
        let units = &*TIME_UNITS;
        assert!(units.contains(&("weeks", true)) && units.contains(&("weekend", false)));
        assert!(parse_time_units("fortnight\tyes\nday\tsometimes\n")
            .unwrap_err()
            .contains("day"));
    }

    #[test]
    fn figure_tables_reject_bad_rows() {
        assert!(parse_number_words("one\t1\tunit\none\t1\tunit\n").is_err());
        assert!(parse_number_words("one\tx\tunit\n").is_err());
        assert!(parse_qualifiers("about\tapprox\tbefore\nabout\tapprox\tbefore\n").is_err());
        assert!(parse_cues("left\tsomewhere\n").is_err());
        assert!(parse_context_words("in\tage\nin\tage\n").is_err());
        assert!(parse_counted_nouns("ships\t\tships\n").is_err());
        assert!(parse_tense_cues("past\tWas\n").is_err());
        assert!(parse_tense_cues("past\tgoing  to\n").is_err());
        assert!(parse_tense_cues("present\tis\n").is_err());
        assert!(parse_aircraft_makers("Boeing\nBoeing\n").is_err());
        let makers = parse_aircraft_makers(include_str!("data/aircraft_makers.tsv")).unwrap();
        assert!(makers.len() > 5 && makers.iter().any(|m| m.prefix.is_none()));
        assert!(parse_aircraft_makers("\tAn\n").is_err());
        assert!(parse_temporal_numbers("three\t3\nfew\tX\n").is_ok());
        assert!(parse_temporal_numbers("three\tthree\n").is_err());
        let event = "2011-05-02\tevent\tDeath of bin Laden\tbin Laden ~ killed";
        assert_eq!(parse_world_events(event).unwrap()[0].triggers.len(), 1);
        for bad in [
            "2011-5-2\tevent\tX\tbin Laden",
            "2011-05-02\tday\tX\tbin Laden",
            "2011-05-02\tevent\tX\tbin Laden ~",
            "2011-05-02\tevent\tX\tbin Laden | (Abbottabad)",
            "2011-05-02\tevent\tX\tAbbottābād raid",
        ] {
            assert!(parse_world_events(bad).is_err(), "{bad}");
        }
    }

    fn assert_unique<T: std::hash::Hash + Eq + std::fmt::Debug>(name: &str, keys: Vec<T>) {
        let mut seen = FastSet::default();
        for key in keys {
            assert!(seen.insert(key), "duplicate entry in {name}");
        }
    }

    #[test]
    fn calendar_names_are_clean() {
        let file = include_str!("data/calendar_names.tsv");
        assert_eq!(
            rows(file).count(),
            CALENDAR_NAMES.len(),
            "three fields a row"
        );
        let count = |kind: &str| CALENDAR_NAMES.iter().filter(|r| r.0 == kind).count();
        assert_eq!((count("season"), count("daypart")), (5, 4));
        assert!(count("month") >= 12 && count("weekday") >= 7);
        for &(kind, name, value) in CALENDAR_NAMES.iter() {
            let number: Option<u32> = value.parse().ok();
            let fits = match kind {
                "month" => number.is_some_and(|n| (1..=12).contains(&n)),
                "weekday" => number.is_some_and(|n| (1..=7).contains(&n)),
                "season" | "daypart" => value.len() == 2,
                _ => false,
            };
            assert!(fits && !name.is_empty(), "{kind} {name} {value}");
        }
        assert_unique(
            "calendar_names.tsv",
            CALENDAR_NAMES.iter().map(|r| (r.0, r.1)).collect(),
        );
    }

    #[test]
    fn word_lists_are_clean() {
        assert_eq!(
            rows(include_str!("data/temporal_numbers.tsv")).count(),
            TEMPORAL_NUMBERS.len()
        );
        assert_unique(
            "temporal_numbers.tsv",
            TEMPORAL_NUMBERS.iter().map(|r| r.0).collect(),
        );
        assert_eq!(
            rows(include_str!("data/vague_references.tsv")).count(),
            VAGUE_REFERENCES.len()
        );
        assert!(VAGUE_REFERENCES
            .iter()
            .all(|(_, v)| ["PAST_REF", "PRESENT_REF", "FUTURE_REF"].contains(v)));
        assert_unique(
            "vague_references.tsv",
            VAGUE_REFERENCES.iter().map(|r| r.0).collect(),
        );
        assert!(TENSE_CUES
            .iter()
            .all(|(t, w)| ["past", "future"].contains(t) && !w.is_empty()));
        assert_unique("tense_cues.tsv", TENSE_CUES.iter().map(|r| r.1).collect());
        assert_eq!(TENSE_CUE_WORDS.len(), TENSE_CUES.len());
        assert_eq!(
            rows(include_str!("data/header_cues.tsv")).count(),
            HEADER_CUES.len()
        );
        assert!(HEADER_CUES.iter().all(|(kind, word)| {
            ["publish", "update", "filler"].contains(kind)
                && !word.is_empty()
                && word.chars().all(|c| c.is_ascii_lowercase())
        }));
        assert_unique("header_cues.tsv", HEADER_CUES.iter().map(|r| r.1).collect());
    }

    #[test]
    fn attribution_is_clean() {
        let table = parse_attribution(include_str!("data/attribution.tsv")).unwrap();
        assert_eq!(
            rows(include_str!("data/attribution.tsv")).count(),
            table.len()
        );
        assert!(table.iter().all(|(_, words)| words
            .iter()
            .all(|w| !w.is_empty() && *w == w.to_lowercase())));
        assert!(parse_attribution("reporting\tsaid\nreporting\tsaid\n").is_err());
        assert!(parse_attribution("rumour\tsaid\n").is_err());
    }

    #[test]
    fn holidays_are_clean() {
        assert_eq!(
            rows(include_str!("data/holidays.tsv")).count(),
            HOLIDAYS.len()
        );
        for (name, rule) in HOLIDAYS.iter() {
            let parts: Vec<u32> = rule.split('-').filter_map(|p| p.parse().ok()).collect();
            let fits = match parts.as_slice() {
                [month, day] => (1..=12).contains(month) && (1..=31).contains(day),
                [n, weekday, month] => {
                    (1..=5).contains(n) && (1..=7).contains(weekday) && (1..=12).contains(month)
                }
                _ => false,
            };
            assert!(fits, "{name} {rule}");
        }
        assert_unique("holidays.tsv", HOLIDAYS.iter().map(|r| r.0).collect());
    }

    #[test]
    fn world_events_are_clean() {
        assert_eq!(
            rows(include_str!("data/world_events.tsv")).count(),
            WORLD_EVENTS.len()
        );
        let mut previous = "";
        for event in WORLD_EVENTS.iter() {
            let digits = event.date.bytes().filter(u8::is_ascii_digit).count();
            assert!(event.date.len() == 10 && digits == 8, "{}", event.name);
            assert!(event.date >= previous, "sorted by date: {}", event.name);
            assert!(event.triggers.iter().all(|t| t.len() > 3), "{}", event.name);
            previous = event.date;
        }
        assert_unique(
            "world_events.tsv",
            WORLD_EVENTS.iter().map(|e| e.name).collect(),
        );
    }
}
