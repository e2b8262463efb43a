//! Word lists and gazetteers: files under `src/data/`, embedded at build time and
//! parsed once on first use. Each file names its source and licence in its header.
//!
//! Every file is read with [`rows`], whose rules `build.rs` checked for every
//! row (fields, numbers, known words, repeats): the loaders trust the rows.

use crate::hash::{FastMap, FastSet, Table};
use std::sync::LazyLock;

use crate::analysis::Qualifier;
use crate::lexicon::rows;

/// A data file of `src/data/` as embedded: `build.rs` copies it without its
/// comment and blank lines, so the headers stay out of the wasm.
macro_rules! data_file {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name))
    };
}
pub(crate) use data_file;

/// Abbreviations that end in a full stop (`data/abbreviations.tsv`), each with
/// whether that stop may end a sentence (before a function word).
pub static ABBREVIATIONS: LazyLock<FastMap<&'static str, bool>> = LazyLock::new(|| {
    rows::rows(data_file!("abbreviations.tsv"))
        .map(|[place, word]| (word, place == "final"))
        .collect()
});

/// Whether the stop after `word` may end a sentence ([`ABBREVIATIONS`]), for
/// an abbreviation written as the table has it or in capitals ("MR. KIRBY:",
/// a transcript's speaker); `None` for any other word.
pub fn abbreviation(word: &str) -> Option<bool> {
    if let Some(&may_end) = ABBREVIATIONS.get(word) {
        return Some(may_end);
    }
    let mut chars = word.chars();
    let first = chars.next()?;
    let shouted = word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase());
    if !shouted {
        return None;
    }
    let spoken = format!("{first}{}", chars.as_str().to_ascii_lowercase());
    ABBREVIATIONS.get(spoken.as_str()).copied()
}

/// Calendar words of `data/calendar_names.tsv`: (kind, name, value), e.g.
/// ("month", "Sept", "9"), ("season", "fall", "FA").
pub static CALENDAR_NAMES: LazyLock<Vec<(&'static str, &'static str, &'static str)>> =
    LazyLock::new(|| {
        rows::rows(data_file!("calendar_names.tsv"))
            .map(|[kind, name, value]| (kind, name, value))
            .collect()
    });

/// Number words of temporal expressions, `data/temporal_numbers.tsv`: (word, value), `None` for
/// an unstated number ("a few years").
pub static TEMPORAL_NUMBERS: LazyLock<Vec<(&'static str, Option<u32>)>> =
    LazyLock::new(|| parse_temporal_numbers(data_file!("temporal_numbers.tsv")));

/// Units of time (`data/time_units.tsv`), each with whether a number counts it.
pub static TIME_UNITS: LazyLock<Vec<(&'static str, bool)>> =
    LazyLock::new(|| parse_time_units(data_file!("time_units.tsv")));

fn parse_time_units(file: &'static str) -> Vec<(&'static str, bool)> {
    rows::rows(file)
        .map(|[word, counted]| (word, rows::chosen(counted, &rows::YES_NO, [true, false])))
        .collect()
}

fn parse_temporal_numbers(file: &'static str) -> Vec<(&'static str, Option<u32>)> {
    rows::rows(file)
        .map(|[word, value]| {
            let value = (value != "X").then(|| rows::whole(value) as u32);
            (word, value)
        })
        .collect()
}

/// Vague references of `data/vague_references.tsv`: (phrase, `PAST_REF` | `PRESENT_REF` | `FUTURE_REF`).
pub static VAGUE_REFERENCES: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| pairs(data_file!("vague_references.tsv")));

/// Tense cues of `data/tense_cues.tsv`: (`past` | `future`, word or phrase).
pub static TENSE_CUES: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| pairs(data_file!("tense_cues.tsv")));

/// What a phrase of `data/tense_cues.tsv` tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueTense {
    /// The sentence tells of the past ("was", "ago").
    Past,
    /// The sentence tells of what is to come ("will", "is due").
    Future,
    /// No tense: the phrase only keeps its first word from being a cue ("next to").
    Neither,
    /// A verb that holds something back: before "until" in its clause, the
    /// day after "until" is still to come ("flights were suspended until Friday").
    Holds,
}

/// A tense cue of `data/tense_cues.tsv` as its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenseCue {
    /// The tense it tells.
    pub tense: CueTense,
    /// Its words: lower-case ASCII letters.
    pub words: Vec<&'static str>,
    /// True when it is written after an apostrophe, glued to the word before ("'ll").
    pub clitic: bool,
}

/// The tense cues as words, in the file's order.
pub static TENSE_CUE_WORDS: LazyLock<Vec<TenseCue>> =
    LazyLock::new(|| parse_tense_cues(data_file!("tense_cues.tsv")));

fn parse_tense_cues(file: &'static str) -> Vec<TenseCue> {
    rows::rows(file)
        .map(|[tense, phrase]| {
            let (clitic, rest) = match phrase.strip_prefix('\'') {
                Some(rest) => (true, rest),
                None => (false, phrase),
            };
            TenseCue {
                tense: rows::chosen(
                    tense,
                    &rows::TENSES,
                    [
                        CueTense::Past,
                        CueTense::Future,
                        CueTense::Neither,
                        CueTense::Holds,
                    ],
                ),
                words: rows::words(rest).collect(),
                clitic,
            }
        })
        .collect()
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
pub static WORLD_EVENTS: LazyLock<Vec<WorldEvent>> =
    LazyLock::new(|| parse_world_events(data_file!("world_events.tsv")));

fn parse_world_events(file: &'static str) -> Vec<WorldEvent> {
    rows::rows(file)
        .map(|[date, kind, name, triggers]| WorldEvent {
            date,
            lasting: rows::chosen(kind, &rows::WORLD_EVENT_KINDS, [true, false]),
            name,
            triggers: triggers.split('|').map(str::trim).collect(),
        })
        .collect()
}

fn pairs(file: &'static str) -> Vec<(&'static str, &'static str)> {
    rows::rows(file).map(|[a, b]| (a, b)).collect()
}

/// Closed-class words that end a counted noun phrase (`data/function_words.txt`).
pub static FUNCTION_WORDS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| crate::lexicon::word_set(&[data_file!("function_words.txt")]));

/// Word classes of page furniture, `data/furniture_cues.tsv`: (class, lower-case phrase).
pub static FURNITURE_CUES: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| pairs(data_file!("furniture_cues.tsv")));

/// The learned weights of the boilerplate line classifier, `data/boilerplate_weights.tsv`,
/// as text: the core ships them as the arrays `build.rs` writes, and the
/// classifier's tests read this with [`crate::clean::Weights::parse`] to check them.
pub const BOILERPLATE_WEIGHTS: &str = data_file!("boilerplate_weights.tsv");

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

/// A front-coded word list (`build.rs`), decoded once: the text lives as long
/// as the program, like the sets that borrow from it.
pub(crate) fn decoded(coded: &'static str) -> &'static str {
    Box::leak(front_decoded(coded).into_boxed_str())
}

pub(crate) static FIRST_NAMES_TXT: LazyLock<&'static str> =
    LazyLock::new(|| decoded(data_file!("first_names.txt")));
pub(crate) static CENSUS_FIRST_NAMES_TXT: LazyLock<&'static str> =
    LazyLock::new(|| decoded(data_file!("first_names_census.txt")));

/// Given names: a run starting with one names a person (entities), and a
/// byline without "By" opens with one (cleaning).
pub static FIRST_NAMES: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| crate::lexicon::word_set(&[*FIRST_NAMES_TXT, *CENSUS_FIRST_NAMES_TXT]));

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
pub static NUMBER_WORDS: LazyLock<Table<&'static str, NumberWord>> =
    LazyLock::new(|| parse_number_words(data_file!("number_words.tsv")));

fn parse_number_words(file: &'static str) -> Table<&'static str, NumberWord> {
    use NumberWordKind::*;
    rows::rows(file)
        .map(|[word, value, kind]| {
            let kind = rows::chosen(
                kind,
                &rows::NUMBER_WORD_KINDS,
                [Unit, Tens, Scale, Dozen, Suffix],
            );
            let value = rows::whole(value) as f64;
            (word, NumberWord { value, kind })
        })
        .collect()
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
pub static VAGUE_AMOUNTS: LazyLock<Vec<Phrase<VagueAmount>>> =
    LazyLock::new(|| parse_vague_amounts(data_file!("vague_amounts.tsv")));

fn parse_vague_amounts(file: &'static str) -> Vec<Phrase<VagueAmount>> {
    let phrases = rows::rows(file)
        .map(|[phrase, value, qualifier]| {
            let meaning = VagueAmount {
                value: rows::whole(value) as f64,
                qualifier: qualifier_named(qualifier),
            };
            phrase_of(phrase, meaning)
        })
        .collect();
    longest_first(phrases)
}

/// Where a hedging phrase stands relative to its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QualifierPosition {
    /// "about 50".
    Before,
    /// "50 or more".
    After,
    /// A verb right before the number that bounds it, outside the figure's
    /// span ("the toll exceeded 5,800").
    Verb,
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
pub static QUALIFIERS: LazyLock<Vec<Phrase<Hedge>>> =
    LazyLock::new(|| parse_qualifiers(data_file!("qualifiers.tsv")));

fn parse_qualifiers(file: &'static str) -> Vec<Phrase<Hedge>> {
    use QualifierPosition::*;
    let phrases = rows::rows(file)
        .map(|[qualifier, position, phrase]| {
            let hedge = Hedge {
                qualifier: qualifier_named(qualifier),
                position: rows::chosen(position, &rows::QUALIFIER_POSITIONS, [Before, After, Verb]),
            };
            phrase_of(phrase, hedge)
        })
        .collect();
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

/// A currency written alike in several countries (`data/home_currencies.tsv`).
pub struct HomeCurrency {
    /// The form as written ("Rs", "$", "dollars").
    pub form: &'static str,
    /// The code it is read as by default ("INR").
    pub code: &'static str,
    /// That code's country ("India").
    pub country: &'static str,
    /// Another country that writes its currency so ("Pakistan").
    pub home: &'static str,
    /// That country's code ("PKR").
    pub home_code: &'static str,
}

/// The forms of currencies written alike in several countries, with each other country.
pub static HOME_CURRENCIES: LazyLock<Vec<HomeCurrency>> = LazyLock::new(|| {
    rows::rows(data_file!("home_currencies.tsv"))
        .map(|[form, code, country, home, home_code]| HomeCurrency {
            form,
            code,
            country,
            home,
            home_code,
        })
        .collect()
});

/// Currency symbols, words and codes, longest first (`data/currencies.tsv`).
/// Symbols and codes keep their case; words are lower case.
pub static CURRENCIES: LazyLock<Vec<Phrase<Currency>>> =
    LazyLock::new(|| parse_currencies(data_file!("currencies.tsv")));

/// The ISO codes of currencies ("USD"), the other forms written as codes
/// ("Rs") and the symbols of letters ("Tk", "R"): no names, and, glued to
/// digits, sums.
pub static CURRENCY_CODES: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    CURRENCIES
        .iter()
        .filter(|c| match c.meaning.position {
            CurrencyPosition::Code => true,
            // Letters written before the digits ("Tk 120 crore", "R2 million").
            CurrencyPosition::Symbol => c.words[0].bytes().all(|b| b.is_ascii_alphabetic()),
            CurrencyPosition::Word => false,
        })
        .flat_map(|c| [c.meaning.code].into_iter().chain(c.words.first().copied()))
        .collect()
});

/// How many letters of `word` are a currency's, glued to its digits, when
/// `fewest` to three are ("Sh100", "QR2", "Dh36.7", "R2", "Rs50"). Most words
/// hold no digit after their first three letters and are not looked up.
pub fn glued_currency(word: &str, fewest: usize) -> Option<usize> {
    let letters = word
        .bytes()
        .take(4)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    ((fewest..=3).contains(&letters)
        && word.as_bytes().get(letters).is_some_and(u8::is_ascii_digit)
        && CURRENCY_CODES.contains(&word[..letters]))
    .then_some(letters)
}

fn parse_currencies(file: &'static str) -> Vec<Phrase<Currency>> {
    use CurrencyPosition::*;
    let phrases = rows::rows(file)
        .map(|[position, form, code]| {
            let position = rows::chosen(position, &rows::CURRENCY_POSITIONS, [Symbol, Word, Code]);
            phrase_of(form, Currency { code, position })
        })
        .collect();
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
    /// True for nouns of people held ("hostages", "prisoners"): taking them
    /// seizes them, it moves no one out.
    pub captive: bool,
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
pub static COUNTED_NOUNS: LazyLock<CountedNouns> =
    LazyLock::new(|| parse_counted_nouns(data_file!("counted_nouns.tsv")));

fn parse_counted_nouns(file: &'static str) -> CountedNouns {
    use NounKind::*;
    let mut nouns = Vec::new();
    let mut nationality_endings: Vec<(&'static str, CountedNoun)> = Vec::new();
    for [kind, form, unit, flags] in rows::rows(file) {
        let kind = rows::chosen(
            kind,
            &rows::NOUN_KINDS,
            [
                People, Personnel, Casualties, Ships, Aircraft, Equipment, Weight, Goods, Measure,
                Percent, Duration, Furniture, Anaphoric,
            ],
        );
        let flagged = |flag: &str| flags.split(',').any(|f| f == flag);
        let noun = CountedNoun {
            unit,
            kind,
            collective: flagged("of"),
            anaphoric: flagged("anaphoric") || kind == Anaphoric,
            citizen: flagged("citizen"),
            captive: flagged("captive"),
        };
        match form.strip_prefix('-') {
            Some(ending) => nationality_endings.push((ending, noun)),
            None => nouns.push(phrase_of(form, noun)),
        }
    }
    CountedNouns {
        nouns: indexed(nouns),
        nationality_endings,
    }
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
    /// Sold, bought, exported: ships and aircraft become equipment, and
    /// goods sold are no aid.
    Trade,
    /// Supplied: ships and aircraft become equipment; aid is supplied too.
    Supply,
    /// Humanitarian goods: a weight becomes aid.
    Aid,
    /// Delivering or dropping: counted goods become aid.
    Delivery,
    /// Asking, wanting, urging: a departure in the infinitive after it is
    /// wished, not made ("had asked to leave").
    Wish,
    /// A reporting verb: people right before it are sources, not evacuees.
    Source,
    /// What a vehicle or place could hold, right before the count ("can
    /// carry 300 passengers"): a capacity, not people moved or goods sent.
    Capacity,
    /// Deployed, stationed: people sent to serve somewhere are personnel
    /// ("deployed about 1,500 fighters").
    Deployment,
}

/// Clause words that choose a figure's row (`data/category_cues.tsv`).
pub static CATEGORY_CUES: LazyLock<PhraseTable<Cue>> =
    LazyLock::new(|| parse_cues(data_file!("category_cues.tsv")));

fn parse_cues(file: &'static str) -> PhraseTable<Cue> {
    use Cue::*;
    let cues = [
        Evacuees, Departure, Arrival, Nationals, Casualties, Trade, Supply, Aid, Delivery, Wish,
        Source, Capacity, Deployment,
    ];
    let phrases = rows::rows(file)
        .map(|[cue, phrase]| phrase_of(phrase, rows::chosen(cue, &rows::CUES, cues)))
        .collect();
    indexed(phrases)
}

/// Makers and model prefixes, lower case, with the unit of their family
/// (`data/model_families.tsv`).
pub static MODEL_FAMILIES: LazyLock<Table<&'static str, &'static str>> =
    LazyLock::new(|| parse_model_families(data_file!("model_families.tsv")));

fn parse_model_families(file: &'static str) -> Table<&'static str, &'static str> {
    rows::rows(file).map(|[unit, form]| (form, unit)).collect()
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
    /// Before "of" and a whole, a part of it ("half of the 5,000 Russians").
    Part,
    /// A verb of a count's change before "to" and a bare number:
    /// the number counts the subject's noun ("the number of aircraft fell
    /// from 35 to fewer than 10").
    Change,
}

impl ContextRole {
    /// Every role, in the order of their names in [`rows::CONTEXT_ROLES`].
    const ALL: [ContextRole; 17] = [
        ContextRole::YearPreposition,
        ContextRole::TimeOfDay,
        ContextRole::Age,
        ContextRole::Anaphoric,
        ContextRole::PlacePreposition,
        ContextRole::Inclusion,
        ContextRole::Auxiliary,
        ContextRole::ParticleVerb,
        ContextRole::Adverb,
        ContextRole::Copula,
        ContextRole::Only,
        ContextRole::Negation,
        ContextRole::CountNoun,
        ContextRole::EarlyYear,
        ContextRole::NumberLabel,
        ContextRole::Part,
        ContextRole::Change,
    ];
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
    /// People counted right after it are the report's sources ("citing four
    /// officials"); no source of a figure otherwise ("citing delays").
    Citing,
    /// The count has not happened: a plan, a possibility, a projection.
    Planned,
    /// The count is a running total ("so far", "in total").
    Cumulative,
    /// Ends a source's noun phrase and a figure's clause ("that", "which").
    Boundary,
    /// A boundary whose clause may have a subject, and a source, of its own
    /// ("while", "whereas").
    Contrast,
    /// A source that points back to the paragraph's ("he said").
    Pronoun,
    /// Dropped from the start of a source ("the").
    Leading,
}

impl AttributionRole {
    /// Every role, in the order of their names in [`rows::ATTRIBUTION_ROLES`].
    const ALL: [AttributionRole; 10] = [
        AttributionRole::Reporting,
        AttributionRole::Speech,
        AttributionRole::According,
        AttributionRole::Citing,
        AttributionRole::Planned,
        AttributionRole::Cumulative,
        AttributionRole::Boundary,
        AttributionRole::Contrast,
        AttributionRole::Pronoun,
        AttributionRole::Leading,
    ];
}

/// The phrases of `data/attribution.tsv`, each as its words.
pub static ATTRIBUTION: LazyLock<Vec<(AttributionRole, Vec<&'static str>)>> =
    LazyLock::new(|| parse_attribution(data_file!("attribution.tsv")));

fn parse_attribution(file: &'static str) -> Vec<(AttributionRole, Vec<&'static str>)> {
    rows::rows(file)
        .map(|[role, phrase]| {
            let role = rows::chosen(role, &rows::ATTRIBUTION_ROLES, AttributionRole::ALL);
            (role, rows::words(phrase).collect())
        })
        .collect()
}

/// Context words and their roles (`data/context_words.tsv`), each word's roles
/// as the bits [`role_bit`] sets: a map type the crate has already.
pub static CONTEXT_WORDS: LazyLock<FastMap<&'static str, usize>> =
    LazyLock::new(|| parse_context_words(data_file!("context_words.tsv")));

fn role_bit(role: ContextRole) -> usize {
    1 << role as usize
}

/// True when `word` (lower case) has `role`.
pub fn has_role(word: &str, role: ContextRole) -> bool {
    CONTEXT_WORDS
        .get(word)
        .is_some_and(|roles| roles & role_bit(role) != 0)
}

fn parse_context_words(file: &'static str) -> FastMap<&'static str, usize> {
    let mut table: FastMap<&'static str, usize> = FastMap::default();
    for [role, word] in rows::rows(file) {
        *table.entry(word).or_default() |=
            role_bit(rows::chosen(role, &rows::CONTEXT_ROLES, ContextRole::ALL));
    }
    table
}

/// The words of each role of `data/name_cues.tsv`, by the role's position in
/// [`rows::NAME_CUE_ROLES`], each in the file's order: the file is read once
/// for every set of cues.
static NAME_CUE_WORDS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut words = vec![Vec::new(); rows::NAME_CUE_ROLES.len()];
    // The file lists each role's words together: a role is looked up among
    // the roles' names where it changes, not at every row.
    let mut last = ("", 0);
    for [role, word] in rows::rows(data_file!("name_cues.tsv")) {
        if role != last.0 {
            last = (role, rows::choice(role, &rows::NAME_CUE_ROLES));
        }
        words[last.1].push(word);
    }
    words
});

/// The words of one role of `data/name_cues.tsv` (one of [`rows::NAME_CUE_ROLES`]),
/// in the file's order.
pub fn name_cue_words(role: &str) -> &'static [&'static str] {
    rows::NAME_CUE_ROLES
        .iter()
        .position(|r| *r == role)
        .map_or(&[], |i| NAME_CUE_WORDS[i].as_slice())
}

/// The words of one role of `data/name_cues.tsv`, as a set.
pub fn name_cues(role: &str) -> FastSet<&'static str> {
    name_cue_words(role).iter().copied().collect()
}

/// Roles of `data/name_cues.tsv`, one bit a role (its position in
/// [`rows::NAME_CUE_ROLES`]): a token's cues are read with one look-up of its
/// word instead of one look-up in each role's set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CueRoles(u64);

impl CueRoles {
    /// The role named `role`. A name that is not a role stops the build when
    /// the role is a constant, and panics otherwise.
    pub const fn named(role: &str) -> Self {
        let mut i = 0;
        while i < rows::NAME_CUE_ROLES.len() {
            if same_bytes(rows::NAME_CUE_ROLES[i].as_bytes(), role.as_bytes()) {
                return CueRoles(1 << i);
            }
            i += 1;
        }
        panic!("not a role of name_cues.tsv");
    }

    /// The roles `word` has, exactly as written.
    pub fn of(word: &str) -> Self {
        NAME_CUE_INDEX.get(word).copied().unwrap_or_default()
    }

    /// Both sets of roles together.
    pub const fn or(self, other: Self) -> Self {
        CueRoles(self.0 | other.0)
    }

    /// True when the word has any of `roles`.
    pub const fn has(self, roles: Self) -> bool {
        self.0 & roles.0 != 0
    }
}

const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Each word of `data/name_cues.tsv` with all its roles, in no set order.
pub fn name_cue_entries() -> impl Iterator<Item = (&'static str, CueRoles)> {
    NAME_CUE_INDEX.iter().map(|(&word, &roles)| (word, roles))
}

/// Each word of `data/name_cues.tsv` with all its roles.
static NAME_CUE_INDEX: LazyLock<Table<&'static str, CueRoles>> = LazyLock::new(|| {
    let words = NAME_CUE_WORDS.iter().map(Vec::len).sum();
    let mut index: Table<&'static str, CueRoles> = Table::with_capacity(words);
    for (role, words) in NAME_CUE_WORDS.iter().enumerate() {
        for word in words {
            let roles = index.or_insert_with(word, CueRoles::default);
            *roles = roles.or(CueRoles(1 << role));
        }
    }
    index
});

/// How aircraft designations are written, `data/aircraft_designations.tsv`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AircraftDesignations {
    /// Letters before a designation's hyphen ("An" of "An-124").
    pub prefixes: Vec<&'static str>,
    /// Makers written before a designation ("Antonov An-124"), longest first
    /// so that "Lockheed Martin" is tried before "Lockheed", each with the
    /// letters of its own designations ("An"), or "" when it has none.
    pub makers: Vec<(&'static str, &'static str)>,
    /// Makers joined to a number by a hyphen ("Ilyushin-62").
    pub joined: Vec<&'static str>,
    /// Makers before a model number of three digits, with the letters that
    /// open it: ("Boeing", ""), ("Airbus", "A").
    pub models: Vec<(&'static str, &'static str)>,
}

/// How aircraft designations are written.
pub static AIRCRAFT_DESIGNATIONS: LazyLock<AircraftDesignations> =
    LazyLock::new(|| parse_aircraft_designations(data_file!("aircraft_designations.tsv")));

fn parse_aircraft_designations(file: &'static str) -> AircraftDesignations {
    let mut forms = AircraftDesignations::default();
    for [form, text, letters] in rows::rows(file) {
        match form {
            "prefix" => forms.prefixes.push(text),
            "maker" => forms.makers.push((text, letters)),
            "joined" => forms.joined.push(text),
            _ => forms.models.push((text, letters)),
        }
    }
    crate::order::sort_by_key(&mut forms.makers, |m| std::cmp::Reverse(m.0.len()));
    forms
}

/// The words of a count of the years a war or crisis has lasted
/// (`data/years_of.tsv`): (role, words), e.g. ("crisis", "civil war").
pub static YEARS_OF_WORDS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    rows::rows(data_file!("years_of.tsv"))
        .map(|[role, words]| (role, words))
        .collect()
});

fn qualifier_named(name: &str) -> Qualifier {
    use Qualifier::*;
    rows::chosen(name, &rows::QUALIFIERS, [Exact, Approx, AtLeast, AtMost])
}

fn phrase_of<T>(phrase: &'static str, meaning: T) -> Phrase<T> {
    Phrase {
        words: rows::words(phrase).collect(),
        meaning,
    }
}

/// Phrases indexed by their first word, so that a text is matched word by word
/// in constant time per word. Each word's phrases are longest first.
#[derive(Debug, Clone)]
pub struct PhraseTable<T> {
    by_first: Table<&'static str, Vec<Phrase<T>>>,
}

impl<T> PhraseTable<T> {
    /// The phrases whose first word is `word`, longest first.
    pub fn starting_with(&self, word: &str) -> &[Phrase<T>] {
        self.by_first.get(word).map_or(&[], Vec::as_slice)
    }

    /// Every phrase, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &Phrase<T>> {
        self.by_first.values().iter().flatten()
    }

    /// How many phrases there are.
    pub fn len(&self) -> usize {
        self.by_first.values().iter().map(Vec::len).sum()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

/// Indexes phrases by first word, longest first.
fn indexed<T>(phrases: Vec<Phrase<T>>) -> PhraseTable<T> {
    let mut by_first: Table<&'static str, Vec<Phrase<T>>> = Table::default();
    for phrase in longest_first(phrases) {
        by_first
            .or_insert_with(phrase.words[0], Vec::new)
            .push(phrase);
    }
    PhraseTable { by_first }
}

/// Sorts phrases longest first, so that the longest match wins.
fn longest_first<T>(mut phrases: Vec<Phrase<T>>) -> Vec<Phrase<T>> {
    crate::order::sort_by_key(&mut phrases, |p| std::cmp::Reverse(p.words.len()));
    phrases
}

/// Builds this module's word tables now ([`crate::prepare`]), but for the
/// header cues and world events, which only guess a publication date: the
/// first article given none builds them.
pub fn build_tables() {
    LazyLock::force(&ABBREVIATIONS);
    LazyLock::force(&CALENDAR_NAMES);
    LazyLock::force(&TEMPORAL_NUMBERS);
    LazyLock::force(&TIME_UNITS);
    LazyLock::force(&VAGUE_REFERENCES);
    LazyLock::force(&TENSE_CUES);
    LazyLock::force(&TENSE_CUE_WORDS);
    LazyLock::force(&HOLIDAYS);
    LazyLock::force(&FUNCTION_WORDS);
    LazyLock::force(&FURNITURE_CUES);
    LazyLock::force(&NUMBER_WORDS);
    LazyLock::force(&VAGUE_AMOUNTS);
    LazyLock::force(&QUALIFIERS);
    LazyLock::force(&CURRENCIES);
    LazyLock::force(&CURRENCY_CODES);
    LazyLock::force(&HOME_CURRENCIES);
    LazyLock::force(&COUNTED_NOUNS);
    LazyLock::force(&CATEGORY_CUES);
    LazyLock::force(&MODEL_FAMILIES);
    LazyLock::force(&ATTRIBUTION);
    LazyLock::force(&CONTEXT_WORDS);
    LazyLock::force(&NAME_CUE_WORDS);
    LazyLock::force(&NAME_CUE_INDEX);
    LazyLock::force(&AIRCRAFT_DESIGNATIONS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currency_codes_are_three_letters_at_most() {
        // The recogniser asks the codes only about words of three letters or
        // fewer, and the glued sums only about their first three letters.
        assert!(CURRENCY_CODES.contains("USD"));
        assert!(CURRENCY_CODES.contains("Rs"));
        for code in CURRENCY_CODES.iter() {
            assert!(code.len() <= 3, "{code}");
        }
    }

    #[test]
    fn a_currency_s_letters_glued_to_digits_are_read_off_a_word() {
        assert_eq!(glued_currency("Sh100", 1), Some(2));
        assert_eq!(glued_currency("Dh36.7", 1), Some(2));
        assert_eq!(glued_currency("Rs50", 1), Some(2));
        assert_eq!(glued_currency("R2", 1), Some(1));
        assert_eq!(glued_currency("R2", 2), None);
        for word in ["Sh", "G20", "F16", "Shanghai2"] {
            assert_eq!(glued_currency(word, 1), None, "{word}");
        }
    }

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
        let all: Vec<[&str; 2]> = rows::rows(include_str!("../data/abbreviations.tsv")).collect();
        assert!(all.len() > 20);
        assert_eq!(all.len(), ABBREVIATIONS.len(), "no duplicates");
        assert!(all
            .iter()
            .all(|[_, a]| !a.ends_with('.') && !a.contains(' ')));
        assert_eq!(ABBREVIATIONS.get("Mr"), Some(&false));
        assert_eq!(ABBREVIATIONS.get("Inc"), Some(&true));
    }

    #[test]
    fn figure_tables_parse_without_empty_or_duplicate_entries() {
        let number_words = parse_number_words(include_str!("../data/number_words.tsv"));
        assert_eq!(number_words["ninety"].value, 90.0);
        let vague = parse_vague_amounts(include_str!("../data/vague_amounts.tsv"));
        assert!(vague
            .iter()
            .all(|p| p.meaning.qualifier == Qualifier::AtLeast));
        assert!(parse_qualifiers(include_str!("../data/qualifiers.tsv")).len() > 20);
        assert!(parse_currencies(include_str!("../data/currencies.tsv")).len() > 10);
        let nouns = parse_counted_nouns(include_str!("../data/counted_nouns.tsv"));
        assert!(nouns.nouns.len() > 100 && !nouns.nationality_endings.is_empty());
        assert!(parse_cues(include_str!("../data/category_cues.tsv")).len() > 50);
        assert!(parse_model_families(include_str!("../data/model_families.tsv")).len() > 20);
        for table in [
            include_str!("../data/number_words.tsv"),
            include_str!("../data/vague_amounts.tsv"),
            include_str!("../data/qualifiers.tsv"),
            include_str!("../data/currencies.tsv"),
            include_str!("../data/counted_nouns.tsv"),
            include_str!("../data/category_cues.tsv"),
            include_str!("../data/model_families.tsv"),
            include_str!("../data/function_words.txt"),
            include_str!("../data/context_words.tsv"),
            include_str!("../data/aircraft_designations.tsv"),
            include_str!("../data/name_cues.tsv"),
        ] {
            assert!(table.contains("compiled by the Sitrep authors") && table.contains("Licence"));
        }
    }

    #[test]
    fn tables_stored_with_their_keys_carried_read_as_their_files() {
        let embedded_and_written = [
            (data_file!("titles.tsv"), include_str!("../data/titles.tsv")),
            (
                data_file!("name_cues.tsv"),
                include_str!("../data/name_cues.tsv"),
            ),
            (
                data_file!("name_heads.tsv"),
                include_str!("../data/name_heads.tsv"),
            ),
            (
                data_file!("calendar_names.tsv"),
                include_str!("../data/calendar_names.tsv"),
            ),
            (
                data_file!("category_cues.tsv"),
                include_str!("../data/category_cues.tsv"),
            ),
            (
                data_file!("context_words.tsv"),
                include_str!("../data/context_words.tsv"),
            ),
            (
                data_file!("counted_nouns.tsv"),
                include_str!("../data/counted_nouns.tsv"),
            ),
            (
                data_file!("currencies.tsv"),
                include_str!("../data/currencies.tsv"),
            ),
            (
                data_file!("model_families.tsv"),
                include_str!("../data/model_families.tsv"),
            ),
            (
                data_file!("abbreviations.tsv"),
                include_str!("../data/abbreviations.tsv"),
            ),
            (
                data_file!("qualifiers.tsv"),
                include_str!("../data/qualifiers.tsv"),
            ),
        ];
        // The build stores some sorted (`SORTED`): the rows compare as sets.
        for (embedded, written) in embedded_and_written {
            assert!(embedded.lines().any(|line| line.starts_with('\t')));
            let mut stored: Vec<[&str; 4]> = rows::rows(embedded).collect();
            let mut read: Vec<[&str; 4]> = rows::rows(written).collect();
            stored.sort_unstable();
            read.sort_unstable();
            assert_eq!(stored, read);
        }
        let rows: Vec<[&str; 2]> =
            rows::rows("title\tPresident\n\tMinister\nrank\tGeneral\n").collect();
        assert_eq!(
            rows,
            [
                ["title", "President"],
                ["title", "Minister"],
                ["rank", "General"]
            ]
        );
    }

    #[test]
    fn name_cue_roles_are_named_in_the_header() {
        let file = include_str!("../data/name_cues.tsv");
        let named: FastSet<&str> = file
            .lines()
            .filter_map(|l| l.strip_prefix('#')?.split_whitespace().next())
            .collect();
        for [role, word] in rows::rows(file) {
            assert!(named.contains(role), "role {role:?} of {word:?}");
        }
        assert!(rows::NAME_CUE_ROLES.iter().all(|r| named.contains(r)));
        assert_eq!(name_cue_words("versus"), ["v", "vs", "vs."]);
    }

    #[test]
    fn a_words_cue_roles_are_every_role_it_is_listed_under() {
        let versus = CueRoles::named("versus");
        assert!(CueRoles::of("vs.").has(versus));
        assert!(
            !CueRoles::of("Vs.").has(versus),
            "words are matched as written"
        );
        assert!(!CueRoles::of("vs.").has(CueRoles::named("connector")));
        for (i, role) in rows::NAME_CUE_ROLES.iter().enumerate() {
            for word in name_cue_words(role) {
                assert!(CueRoles::of(word).has(CueRoles(1 << i)), "{role} {word}");
            }
        }
    }

    #[test]
    fn function_word_list_is_clean() {
        let all: Vec<_> = rows::lines(include_str!("../data/function_words.txt")).collect();
        assert_eq!(all.len(), FUNCTION_WORDS.len(), "no duplicates");
        assert!(all
            .iter()
            .all(|w| !w.is_empty() && *w == w.to_lowercase() && !w.contains(' ')));
    }

    /// "PlacePreposition" as the data files name it: "place_preposition".
    fn snake_case(name: &str) -> String {
        let mut out = String::new();
        for c in name.chars() {
            if c.is_uppercase() && !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        }
        out
    }

    #[test]
    fn every_role_is_named_as_the_data_files_name_it() {
        let context: Vec<String> = ContextRole::ALL
            .iter()
            .map(|r| snake_case(&format!("{r:?}")))
            .collect();
        assert_eq!(context, rows::CONTEXT_ROLES);
        let attribution: Vec<String> = AttributionRole::ALL
            .iter()
            .map(|r| snake_case(&format!("{r:?}")))
            .collect();
        assert_eq!(attribution, rows::ATTRIBUTION_ROLES);
    }

    #[test]
    fn a_context_word_keeps_each_of_its_roles() {
        let table = parse_context_words("age\tin\nadverb\tin\nonly\tof\n");
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
        let errors = check("time_units.tsv", "fortnight\tyes\nday\tsometimes\n");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].0, 2);
        assert!(errors[0].1.contains("sometimes"));
    }

    /// The errors `build.rs` reports for `text` as the file `file`.
    fn check(file: &str, text: &str) -> Vec<(usize, String)> {
        rows::check(rows::table_of(file).expect("a rule"), text)
    }

    #[test]
    fn build_checks_refuse_bad_rows() {
        for (file, bad) in [
            ("number_words.tsv", "one\t1\tunit\none\t1\tunit\n"),
            ("number_words.tsv", "one\tx\tunit\n"),
            ("number_words.tsv", "one\t1\tsingle\n"),
            (
                "qualifiers.tsv",
                "approx\tbefore\tabout\napprox\tbefore\tabout\n",
            ),
            ("qualifiers.tsv", "approx\tbefore\tabout  some\n"),
            ("category_cues.tsv", "somewhere\tleft\n"),
            ("context_words.tsv", "age\tin\nage\tin\n"),
            ("counted_nouns.tsv", "ships\tships\t\tof\n"),
            ("counted_nouns.tsv", "ships\tships\tships\tmany\n"),
            ("tense_cues.tsv", "past\tWas\n"),
            ("tense_cues.tsv", "past\tgoing  to\n"),
            ("tense_cues.tsv", "present\tis\n"),
            (
                "aircraft_designations.tsv",
                "maker\tBoeing\nmaker\tBoeing\n",
            ),
            ("aircraft_designations.tsv", "plane\tBoeing\n"),
            ("aircraft_designations.tsv", "maker\t\tAn\n"),
            ("temporal_numbers.tsv", "three\tthree\n"),
            ("places.tsv", "Tartus \tTartous\n"),
            ("places.tsv", "Tartus\tTartous\tSyria\n"),
            ("places.tsv", "Tartus\tTartous||Tartūs  port\n"),
            ("world_events.tsv", "2011-5-2\tevent\tX\tbin Laden"),
            ("world_events.tsv", "2011-05-02\tday\tX\tbin Laden"),
            ("world_events.tsv", "2011-05-02\tevent\tX\tbin Laden ~"),
            (
                "world_events.tsv",
                "2011-05-02\tevent\tX\tbin Laden | (Abbottabad)",
            ),
            ("world_events.tsv", "2011-05-02\tevent\tX\tAbbottābād raid"),
        ] {
            assert_eq!(check(file, bad).len(), 1, "{file}: {bad:?}");
        }
        for (file, good) in [
            ("temporal_numbers.tsv", "# a comment\n\nthree\t3\nfew\tX\n"),
            (
                "aircraft_designations.tsv",
                "maker\tBoeing\nmaker\tAntonov\tAn\n",
            ),
            (
                "world_events.tsv",
                "2011-05-02\tevent\tX\tbin Laden ~ killed | Abbottabad raid",
            ),
            (
                "counted_nouns.tsv",
                "personnel\tcrews\tcrew\tof,anaphoric\n",
            ),
        ] {
            assert_eq!(check(file, good), [], "{file}: {good:?}");
        }
        let event = "2011-05-02\tevent\tDeath of bin Laden\tbin Laden ~ killed | Abbottabad raid";
        assert_eq!(parse_world_events(event)[0].triggers.len(), 2);
        let forms = parse_aircraft_designations(
            "prefix\tAn\nmaker\tLockheed\nmaker\tLockheed Martin\nmaker\tAntonov\tAn\njoined\tAntonov\nmodel\tAirbus\tA\n",
        );
        assert_eq!(
            forms.makers,
            [("Lockheed Martin", ""), ("Lockheed", ""), ("Antonov", "An")]
        );
        assert_eq!(
            (forms.prefixes, forms.joined),
            (vec!["An"], vec!["Antonov"])
        );
        assert_eq!(forms.models, [("Airbus", "A")]);
        assert_eq!(
            parse_temporal_numbers("three\t3\nfew\tX\n"),
            [("three", Some(3)), ("few", None)]
        );
    }

    #[test]
    fn every_data_file_has_a_rule_and_keeps_it() {
        for table in rows::TABLES {
            let path = format!("{}/src/data/{}", env!("CARGO_MANIFEST_DIR"), table.file);
            let text = std::fs::read_to_string(&path).expect("each rule's file exists");
            assert_eq!(check(table.file, &text), [], "{}", table.file);
        }
        let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/data")).unwrap();
        assert_eq!(files.count(), rows::TABLES.len());
    }

    fn assert_unique<T: std::hash::Hash + Eq + std::fmt::Debug>(name: &str, keys: Vec<T>) {
        let mut seen = FastSet::default();
        for key in keys {
            assert!(seen.insert(key), "duplicate entry in {name}");
        }
    }

    #[test]
    fn calendar_names_are_clean() {
        let file = include_str!("../data/calendar_names.tsv");
        assert_eq!(
            rows::lines(file).count(),
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
            assert!(name.is_ascii(), "upper-cased as ASCII: {name}");
        }
        assert_unique(
            "calendar_names.tsv",
            CALENDAR_NAMES.iter().map(|r| (r.0, r.1)).collect(),
        );
    }

    #[test]
    fn word_lists_are_clean() {
        assert_eq!(
            rows::lines(include_str!("../data/temporal_numbers.tsv")).count(),
            TEMPORAL_NUMBERS.len()
        );
        assert_unique(
            "temporal_numbers.tsv",
            TEMPORAL_NUMBERS.iter().map(|r| r.0).collect(),
        );
        assert_eq!(
            rows::lines(include_str!("../data/vague_references.tsv")).count(),
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
            .all(|(t, w)| rows::TENSES.contains(t) && !w.is_empty()));
        assert_unique("tense_cues.tsv", TENSE_CUES.iter().map(|r| r.1).collect());
        assert_eq!(TENSE_CUE_WORDS.len(), TENSE_CUES.len());
        assert_eq!(
            rows::lines(include_str!("../data/header_cues.tsv")).count(),
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
        let table = parse_attribution(include_str!("../data/attribution.tsv"));
        assert_eq!(
            rows::lines(include_str!("../data/attribution.tsv")).count(),
            table.len()
        );
        assert!(table.iter().all(|(_, words)| words
            .iter()
            .all(|w| !w.is_empty() && *w == w.to_lowercase())));
        assert_eq!(
            check("attribution.tsv", "reporting\tsaid\nreporting\tsaid\n").len(),
            1
        );
        assert_eq!(check("attribution.tsv", "rumour\tsaid\n").len(), 1);
    }

    #[test]
    fn holidays_are_clean() {
        assert_eq!(
            rows::lines(include_str!("../data/holidays.tsv")).count(),
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
            rows::lines(include_str!("../data/world_events.tsv")).count(),
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
