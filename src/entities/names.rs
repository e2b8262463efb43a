//! The name tables the recogniser looks names up in: gazetteers of places, groups,
//! organisations, people and events, and the word lists that tell names from
//! ordinary words (titles, head words, common words, given names). All come from
//! `src/data/`, each file naming its source and licence, and are parsed once.

use std::ops::Range;
use std::sync::LazyLock;

use crate::analysis::EntityType;
use crate::lexicon;
use crate::lexicon::rows::{self, list};
use crate::lexicon::CueRoles;

use crate::hash::{FastMap, FastSet, Table};
use crate::text::fold;

/// What a gazetteer knows about a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Known {
    /// The entity type.
    pub kind: EntityType,
    /// The name every variant links to.
    pub canonical: &'static str,
    /// The spelling key ([`fold::key`]) of the name as the table writes it,
    /// for a name long enough to be matched by its key: a mention of it needs
    /// no folding again.
    pub key: Option<&'static str>,
}

/// Every known name, looked up by its exact text, its lowercase form or its
/// normalisation key (so that "Tartous" finds "Tartus").
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// The entries, in the order of the tables; the maps below hold positions
    /// in it, a map type the crate has already.
    known: Vec<Known>,
    exact: FastMap<&'static str, usize>,
    /// By lowercase form; this map's keys and those of `keyed` and `surnames`
    /// are slices of one text written when the table is built.
    folded: FastMap<&'static str, usize>,
    keyed: FastMap<&'static str, usize>,
    /// Surnames of the people table: the position of an entry of the first
    /// person listed with it.
    surnames: FastMap<&'static str, usize>,
    /// The most words any name has.
    pub longest: usize,
}

/// The derived forms of the gazetteer's names and the keys of its people's
/// surnames, written into one text ([`Gazetteer::index`] says why).
struct Derived {
    text: &'static str,
    /// Each entry's forms, in the order of the entries.
    forms: Vec<Forms>,
    /// Where each person's surname key lies, with the person's entry.
    surnames: Vec<(Range<usize>, usize)>,
}

impl Derived {
    /// Writes the forms of every entry.
    #[inline(never)]
    fn write(entries: &[(&'static str, Known)]) -> Self {
        let bytes: usize = entries.iter().map(|(name, _)| name.len()).sum();
        let people = entries
            .iter()
            .filter(|(_, known)| known.kind == EntityType::Person)
            .count();
        let mut writing = Writing {
            text: Vec::with_capacity(2 * bytes + 16 * people),
            forms: Vec::with_capacity(entries.len()),
            surnames: Vec::with_capacity(people),
        };
        for (at, (name, known)) in entries.iter().enumerate() {
            writing.push(at, name, known);
        }
        // Not `expect`: the error's Debug would link formatting code into the wasm.
        let text: &'static str = Box::leak(
            String::from_utf8(writing.text)
                .unwrap_or_else(|_| unreachable!("lowercase forms and keys are UTF-8"))
                .into_boxed_str(),
        );
        Derived {
            text,
            forms: writing.forms,
            surnames: writing.surnames,
        }
    }
}

/// [`Derived`] being written, its text not yet kept.
struct Writing {
    text: Vec<u8>,
    forms: Vec<Forms>,
    surnames: Vec<(Range<usize>, usize)>,
}

impl Writing {
    /// Writes the forms of the entry at `at`, and its surname's key if it
    /// names a person: a call an entry ([`Gazetteer::index`] says why).
    #[inline(never)]
    fn push(&mut self, at: usize, name: &str, known: &Known) {
        Forms::write(&mut self.forms, &mut self.text, name);
        if known.kind == EntityType::Person {
            push_surname_key(&mut self.surnames, &mut self.text, name, at);
        }
    }
}

/// Where a name's derived forms lie in the text of [`Gazetteer::index`].
struct Forms {
    lowercase: Range<usize>,
    /// None for names too short to be matched by their key.
    key: Option<Range<usize>>,
}

/// Appends the key of the last word of `full`, a person's name, to `text`, and
/// pushes where it lies with `at` to `surnames`: a call a person
/// ([`Gazetteer::index`] says why).
#[inline(never)]
fn push_surname_key(
    surnames: &mut Vec<(Range<usize>, usize)>,
    text: &mut Vec<u8>,
    full: &str,
    at: usize,
) {
    if let Some(last) = full.split_whitespace().last() {
        let start = text.len();
        fold::push_key(text, last, &KEY_ARTICLES);
        surnames.push((start..text.len(), at));
    }
}

impl Forms {
    /// Appends the lowercase form of `name` to `text`, then its key if it has
    /// one, and pushes where they lie to `forms`: a call a name
    /// ([`Gazetteer::index`] says why).
    #[inline(never)]
    fn write(forms: &mut Vec<Forms>, text: &mut Vec<u8>, name: &str) {
        let start = text.len();
        let ascii = name.is_ascii();
        if ascii {
            text.extend_from_slice(name.as_bytes());
            text[start..].make_ascii_lowercase();
        } else {
            text.extend_from_slice(fold::lower(name).as_bytes());
        }
        let lowercase = start..text.len();
        // Short names and acronyms are too ambiguous to match by their key;
        // an ASCII name has as many characters as bytes.
        let long = if ascii {
            name.len() >= 5
        } else {
            name.chars().count() >= 5
        };
        let key = long.then(|| {
            if ascii && fold::is_own_key(&text[lowercase.clone()], &KEY_ARTICLES) {
                return lowercase.clone();
            }
            let start = text.len();
            fold::push_key(text, name, &KEY_ARTICLES);
            start..text.len()
        });
        forms.push(Forms { lowercase, key });
    }
}

impl Gazetteer {
    /// Indexes the names of `entries` (the first entry of a name wins) and the
    /// surnames of the people among them (full name or alias). The
    /// lowercase forms and keys are written into one text that lives as long
    /// as the program, like the table that borrows from it: one allocation for
    /// them all instead of two strings per name.
    ///
    /// Its loops call one function for each entry rather than inline the
    /// work, and each loop is a function of its own: V8 compiles a wasm
    /// function again, optimised, once the code it has run passes a budget,
    /// and a function run once, as these are, would be compiled for nothing
    /// (a loop over every entry that did more than one call passed it); the
    /// functions run for each entry are the ones worth it.
    fn index(entries: &[(&'static str, Known)]) -> Self {
        let derived = Derived::write(entries);
        let mut g = Gazetteer {
            known: entries.iter().map(|&(_, known)| known).collect(),
            exact: FastMap::with_capacity_and_hasher(entries.len(), Default::default()),
            folded: FastMap::with_capacity_and_hasher(entries.len(), Default::default()),
            keyed: FastMap::with_capacity_and_hasher(entries.len(), Default::default()),
            surnames: FastMap::default(),
            longest: 0,
        };
        g.add_all(entries, &derived);
        g.add_surnames(&derived);
        g
    }

    /// Indexes every entry under its name and derived forms.
    #[inline(never)]
    fn add_all(&mut self, entries: &[(&'static str, Known)], derived: &Derived) {
        for (at, forms) in derived.forms.iter().enumerate() {
            self.add(at, entries[at].0, derived.text, forms);
        }
    }

    /// Indexes the people's surnames; a surname several people share
    /// belongs to the first of them the table lists, as a name does. A key
    /// of one letter ("Yi", a regnal "II") would take initials ("Y.").
    #[inline(never)]
    fn add_surnames(&mut self, derived: &Derived) {
        for (key, at) in &derived.surnames {
            let key = &derived.text[key.clone()];
            if key.len() > 1 {
                self.surnames.entry(key).or_insert(*at);
            }
        }
    }

    /// Indexes the entry at `at` under `name` and its `forms` in `text`: a
    /// call an entry ([`Gazetteer::index`] says why).
    #[inline(never)]
    fn add(&mut self, at: usize, name: &'static str, text: &'static str, forms: &Forms) {
        self.exact.entry(name).or_insert(at);
        self.folded
            .entry(&text[forms.lowercase.clone()])
            .or_insert(at);
        if let Some(key) = forms.key.clone() {
            let key = &text[key];
            self.keyed.entry(key).or_insert(at);
            self.known[at].key = Some(key);
        }
        // Names are words one space apart (`rows::Field::Names`), so one
        // of n bytes has at most (n + 1) / 2 words: only a name that long
        // may have more words than the longest so far, and is counted.
        if name.len().div_ceil(2) > self.longest {
            self.longest = self
                .longest
                .max(name.bytes().filter(|&b| b == b' ').count() + 1);
        }
    }

    /// The entry for `name` written exactly so.
    pub fn exact(&self, name: &str) -> Option<Known> {
        self.at(self.exact.get(name))
    }

    fn at(&self, position: Option<&usize>) -> Option<Known> {
        position.map(|&at| self.known[at])
    }

    /// The entry for `name` in any letter case (for all-capitals headlines).
    pub fn folded(&self, name: &str) -> Option<Known> {
        let mut buffer = [0; 64];
        self.at(self.folded.get(fold::lowercase(name, &mut buffer).as_ref()))
    }

    /// The entry for `name` written exactly, or as a spelling variant of a known name.
    pub fn find(&self, name: &str) -> Option<Known> {
        self.exact(name).or_else(|| {
            (name.chars().count() >= 5)
                .then(|| self.at(self.keyed.get(fold::key(name, &KEY_ARTICLES).as_str())))
                .flatten()
        })
    }

    /// [`Gazetteer::find`] for a name whose [`fold::key`] is known.
    pub fn find_keyed(&self, name: &str, key: &str) -> Option<Known> {
        self.exact(name).or_else(|| {
            (name.chars().count() >= 5)
                .then(|| self.at(self.keyed.get(key)))
                .flatten()
        })
    }

    /// Every name, as written.
    #[cfg(test)]
    fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.exact.keys().copied()
    }

    /// The full name of the well-known person with a surname of this
    /// [`fold::key`], the first listed of those who share it.
    pub fn person_with_surname(&self, surname_key: &str) -> Option<&'static str> {
        self.at(self.surnames.get(surname_key))
            .map(|known| known.canonical)
    }
}

static COUNTRIES_TSV: &str = lexicon::data_file!("countries.tsv");
/// Front-coded (`build.rs`): read through `lexicon::decoded`.
static PLACES: &str = lexicon::data_file!("places.tsv");
static REGIONS_TSV: &str = lexicon::data_file!("regions.tsv");
static GROUPS: &str = lexicon::data_file!("groups.tsv");
static ORGANISATIONS: &str = lexicon::data_file!("organisations.tsv");
static PEOPLE: &str = lexicon::data_file!("people.tsv");
static EVENTS: &str = lexicon::data_file!("events.tsv");
static AIRCRAFT: &str = lexicon::data_file!("aircraft.tsv");
static SHIPS: &str = lexicon::data_file!("ships.tsv");
static CLUB_TOWNS_TSV: &str = lexicon::data_file!("club_towns.tsv");
static NATIONAL_BODIES_TSV: &str = lexicon::data_file!("national_bodies.tsv");

/// The names of `regions.tsv`: a place noun after one names the region itself.
pub static REGIONS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| rows::rows(REGIONS_TSV).map(|[name, _]| name).collect());

/// All gazetteers in one index. Earlier tables win where two know a name.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut entries: Vec<(&'static str, Known)> = Vec::with_capacity(4096);
    for [name, adjective, people, aliases, people_aliases] in rows::rows(COUNTRIES_TSV) {
        push_names(&mut entries, name, aliases, EntityType::Place, name);
        let group = if people.is_empty() { adjective } else { people };
        push_names(&mut entries, adjective, "", EntityType::Group, group);
        push_names(
            &mut entries,
            people,
            people_aliases,
            EntityType::Group,
            group,
        );
    }
    for (file, kind) in [
        (lexicon::decoded(PLACES), EntityType::Place),
        (REGIONS_TSV, EntityType::Place),
        (GROUPS, EntityType::Group),
        (AIRCRAFT, EntityType::Aircraft),
        (SHIPS, EntityType::Vessel),
        (ORGANISATIONS, EntityType::Org),
        (EVENTS, EntityType::Event),
        (PEOPLE, EntityType::Person),
    ] {
        for [name, aliases] in rows::rows(file) {
            push_names(&mut entries, name, aliases, kind, name);
        }
    }
    // Aircraft are counted in the plural ("two A400Ms"): each name and alias
    // not in the plural already is known with an "s" too, written once into
    // one text that lives as long as the gazetteer.
    let singular_names = || {
        rows::rows(AIRCRAFT)
            .flat_map(|[name, aliases]| {
                std::iter::once((name, name)).chain(list(aliases).map(move |a| (a, name)))
            })
            .filter(|(form, _)| !form.ends_with(['s', 'S']))
    };
    let mut plurals = String::new();
    for (form, _) in singular_names() {
        plurals.push_str(form);
        plurals.push('s');
    }
    let mut plurals: &'static str = Box::leak(plurals.into_boxed_str());
    for (form, canonical) in singular_names() {
        let (plural, rest) = plurals.split_at(form.len() + 1);
        plurals = rest;
        push_names(&mut entries, plural, "", EntityType::Aircraft, canonical);
    }
    // The holidays the dates read are named events too ("Christmas Eve").
    for &(name, _) in lexicon::HOLIDAYS.iter() {
        push_names(&mut entries, name, "", EntityType::Event, name);
    }
    Gazetteer::index(&entries)
});

/// Adds `name` and the names of `aliases` (a list field), those not empty, as
/// names of `canonical`: a call a row ([`Gazetteer::index`] says why).
#[inline(never)]
fn push_names(
    entries: &mut Vec<(&'static str, Known)>,
    name: &'static str,
    aliases: &'static str,
    kind: EntityType,
    canonical: &'static str,
) {
    let known = Known {
        kind,
        canonical,
        key: None,
    };
    if !name.is_empty() {
        entries.push((name, known));
    }
    entries.extend(list(aliases).map(|alias| (alias, known)));
}

/// The countries' names (the first column of `countries.tsv`).
pub static COUNTRIES: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| rows::rows(COUNTRIES_TSV).map(|[name]| name).collect());

/// Towns whose football clubs go by the town's name alone, with the club's
/// canonical name: the town is the club where it plays.
pub static CLUB_TOWNS: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    rows::rows(CLUB_TOWNS_TSV)
        .map(|[town, club]| (town, club))
        .collect()
});

/// The other written forms of bodies every country has, each to the name its
/// canonical takes ("Ministry of Defense" → "Defence Ministry").
pub static NATIONAL_BODY_NAMES: LazyLock<FastMap<&'static str, &'static str>> =
    LazyLock::new(|| {
        rows::rows(NATIONAL_BODIES_TSV)
            .flat_map(|[body, forms]| forms.split('|').map(move |form| (form, body)))
            .collect()
    });

/// Weekdays' and months' names and abbreviations, in ASCII lowercase.
pub static WEEKDAYS_AND_MONTHS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::CALENDAR_NAMES
        .iter()
        .filter(|(kind, _, _)| matches!(*kind, "weekday" | "month"))
        .map(|(_, name, _)| name.to_ascii_lowercase())
        .collect()
});

/// A head word's type and the form it takes in a canonical name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Head {
    /// The type of a name ending in this head.
    pub kind: EntityType,
    /// The head as written in the table ("Air Base").
    pub words: &'static str,
    /// The head in canonical names ("air base").
    pub canonical: &'static str,
}

static NAME_HEADS: &str = lexicon::data_file!("name_heads.tsv");

/// Head words, longest first so that "naval base" wins over "base".
pub static HEADS: LazyLock<Vec<Head>> = LazyLock::new(|| {
    let rows: Vec<(usize, Head)> = rows::rows(NAME_HEADS)
        .filter_map(|[kind, words, canonical]| {
            let head = Head {
                kind: type_named(kind)?,
                words,
                canonical: if canonical.is_empty() {
                    words
                } else {
                    canonical
                },
            };
            Some((rows::words(words).count(), head))
        })
        .collect();
    // A stable sort by length, longest first, each length's heads in file order:
    // heads have a few words, so a pass a length counts each head's words once.
    let longest = rows.iter().map(|&(n, _)| n).max().unwrap_or(0);
    (1..=longest)
        .rev()
        .flat_map(|n| rows.iter().filter(move |&&(words, _)| words == n))
        .map(|&(_, head)| head)
        .collect()
});

/// The heads indexed by their first word, so that the recogniser looks up only
/// the heads a word can start instead of trying every head at every word.
#[derive(Debug, Default)]
pub struct HeadIndex {
    /// Each head's words, in the order of [`HEADS`].
    pub words: Vec<Vec<&'static str>>,
    /// Positions in [`HEADS`] of the capitalised heads, by first word, ascending.
    capitalised: Table<&'static str, Vec<usize>>,
    /// Positions in [`HEADS`] of the lowercase heads, by first word, ascending.
    lowercase: Table<&'static str, Vec<usize>>,
    /// The organisation heads' texts.
    org: FastSet<&'static str>,
}

impl HeadIndex {
    /// The capitalised heads whose first word is `word`, in the order of [`HEADS`].
    pub fn capitalised_from(&self, word: &str) -> &[usize] {
        self.capitalised.get(word).map_or(&[], Vec::as_slice)
    }

    /// The lowercase heads whose first word is `word`, in the order of [`HEADS`].
    pub fn lowercase_from(&self, word: &str) -> &[usize] {
        self.lowercase.get(word).map_or(&[], Vec::as_slice)
    }

    /// True when `text` is an organisation head ("Navy", "Coast Guard").
    pub fn is_org_head(&self, text: &str) -> bool {
        self.org.contains(text)
    }
}

/// [`HEADS`] indexed by first word.
pub static HEAD_INDEX: LazyLock<HeadIndex> = LazyLock::new(|| {
    let heads = HEADS.len();
    let mut index = HeadIndex {
        words: Vec::with_capacity(heads),
        capitalised: Table::with_capacity(heads),
        lowercase: Table::with_capacity(heads),
        org: FastSet::with_capacity(heads),
    };
    for (i, head) in HEADS.iter().enumerate() {
        let words: Vec<&'static str> = rows::words(head.words).collect();
        let by_first = if head.words.starts_with(char::is_uppercase) {
            Some(&mut index.capitalised)
        } else if head.words.starts_with(char::is_lowercase) {
            Some(&mut index.lowercase)
        } else {
            None
        };
        if let Some(by_first) = by_first {
            by_first.or_insert_with(words[0], Vec::new).push(i);
        }
        if head.kind == EntityType::Org {
            index.org.insert(head.words);
        }
        index.words.push(words);
    }
    index
});

/// The entity type a data file names ("ORG").
pub fn type_named(name: &str) -> Option<EntityType> {
    Some(match name {
        "PERSON" => EntityType::Person,
        "ORG" => EntityType::Org,
        "PLACE" => EntityType::Place,
        "FACILITY" => EntityType::Facility,
        "GROUP" => EntityType::Group,
        "VESSEL" => EntityType::Vessel,
        "AIRCRAFT" => EntityType::Aircraft,
        "EVENT" => EntityType::Event,
        _ => return None,
    })
}

static TITLES_TSV: &str = lexicon::data_file!("titles.tsv");

/// Titles before a person's name ("President", "Prime Minister", "Mr").
pub static TITLES: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    rows::rows(TITLES_TSV)
        .filter(|[role, _]| *role == "title")
        .map(|[_, title]| title)
        .collect()
});

/// True for a title as `TITLES` writes it, or in capitals ("COL", "SECRETARY
/// OF STATE", a transcript's speaker label).
pub fn is_title(phrase: &str) -> bool {
    if TITLES.contains(phrase) {
        return true;
    }
    let shouted = phrase.len() >= 2
        && phrase.bytes().take(2).all(|b| b.is_ascii_uppercase())
        && !phrase.bytes().any(|b| b.is_ascii_lowercase());
    shouted && {
        let mut spoken = String::with_capacity(phrase.len());
        let mut word_start = true;
        for c in phrase.chars() {
            if word_start {
                spoken.push(c);
            } else {
                spoken.extend(c.to_lowercase());
            }
            word_start = c == ' ';
        }
        TITLES.contains(spoken.as_str())
    }
}

/// Words that build up a title without being one ("Foreign", "Deputy").
pub static TITLE_MODIFIERS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    rows::rows(TITLES_TSV)
        .filter(|[role, _]| *role == "modifier")
        .map(|[_, word]| word)
        .collect()
});

static COMMON_WORDS_TXT: LazyLock<&'static str> =
    LazyLock::new(|| lexicon::decoded(lexicon::data_file!("common_words.txt")));

/// Ordinary words, lowercase, that start sentences and headline words.
pub static COMMON_WORDS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::word_set(&[*COMMON_WORDS_TXT]));

pub use crate::lexicon::FIRST_NAMES;

/// The words of one role of `name_cues.tsv`.
fn cue_words(role: &str) -> impl Iterator<Item = &'static str> {
    lexicon::name_cue_words(role).iter().copied()
}

/// The words of one role of `name_cues.tsv`, as a set.
fn cues(role: &str) -> FastSet<&'static str> {
    cue_words(role).collect()
}

/// Lowercase words right before a person's name ("the Syrian leader Bashar al-Assad").
pub static PERSON_BEFORE: LazyLock<FastSet<&'static str>> = LazyLock::new(|| cues("person_before"));
/// Words of sports reports ("striker", "league").
pub static SPORT_WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| cues("sport_word"));
/// Verbs right after a person's name ("Blinken said").
pub const PERSON_AFTER: CueRoles = CueRoles::named("person_after");
/// First words of place names ("Port Sudan", "East Jerusalem").
pub const PLACE_PREFIXES: CueRoles = CueRoles::named("place_prefix");
/// Lowercase words before a place's name ("in", "near").
pub const PLACE_BEFORE: CueRoles = CueRoles::named("place_before");
/// Nouns that take "of <Place>": "the port of Tartus", "the suburb of Douma".
pub const PLACE_NOUNS: CueRoles = CueRoles::named("place_noun");
/// Words right before an organisation's name: "newspaper As-Safir".
pub const ORG_BEFORE: CueRoles = CueRoles::named("org_before");
/// Words right after an organisation's name: "a Telegram post".
pub const ORG_AFTER: CueRoles = CueRoles::named("org_after");
/// Nouns for ships: a name after them (or before them) is a vessel.
pub const SHIP_NOUNS: CueRoles = CueRoles::named("ship_noun");
/// Words that may stand between a vessel's name and its noun ("Sparta II cargo ships").
pub const SHIP_MODIFIERS: CueRoles = CueRoles::named("ship_modifier");
/// Nouns of uncrewed craft, vessels only after a ship modifier ("naval drones").
pub const NAVAL_CRAFT: CueRoles = CueRoles::named("naval_craft");
/// Nouns after the names of weapons and products, which are not entities here.
pub const PRODUCT_NOUNS: CueRoles = CueRoles::named("product_noun");
/// First words of facilities' names: "Naval Station Rota", "Camp Lemonnier".
pub static FACILITY_PREFIXES: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| cues("facility_prefix"));
/// Words before a ship's name other than its noun: "aboard the Razoni", "Panama-flagged".
pub const SHIP_CUES: CueRoles = CueRoles::named("ship_cue");
/// Titles that ships are named with: "the Admiral Gorshkov", "the Professor Katsman".
pub const SHIP_TITLES: CueRoles = CueRoles::named("ship_title");
/// Verbs of ships after a name that "the" opens ("the Ivan Gren sailed").
pub const SHIP_VERBS: CueRoles = CueRoles::named("ship_verb");
/// First words that make a place of a name: "Mount Sinjar", "Cape of Good Hope".
pub const PLACE_FIRST_WORDS: CueRoles = CueRoles::named("place_first");
/// Nouns for aircraft after a model's name ("NH90 helicopters").
pub const AIRCRAFT_NOUNS: CueRoles = CueRoles::named("aircraft_noun");
/// Words that open a credit ("Photo: …", "Editing by …", "inputs from …").
pub const CREDIT_MARKERS: CueRoles = CueRoles::named("credit_marker");
/// Time zones after a time of day ("05:00 GMT"), which are not names.
pub const TIME_ZONES: CueRoles = CueRoles::named("time_zone");
/// Abbreviations that are ordinary nouns ("GDP", "IDP"), which name nothing alone.
pub const COMMON_ACRONYMS: CueRoles = CueRoles::named("common_acronym");
/// First words of named events: "Operation Ganga", "Hurricane Dorian".
pub const EVENT_PREFIXES: CueRoles = CueRoles::named("event_prefix");
/// Runs of letters and digits inside gazetteer names, after their first, that
/// start lower case ("and" of "Bosnia and Herzegovina").
pub const NAME_INSIDE: CueRoles = CueRoles::named("name_inside");
/// Last words of bodies every country has ("Defence Ministry", "Navy").
pub const NATIONAL_BODIES: CueRoles = CueRoles::named("national_body");
/// Verbs that link a name to a description after it, as a comma does
/// ("the Rubymar became the first ship to be sunk").
pub const COPULAS: CueRoles = CueRoles::named("copula");

/// The nationality adjective of each country ("Russia" → "Russian").
pub static COUNTRY_ADJECTIVES: LazyLock<FastMap<&'static str, &'static str>> =
    LazyLock::new(|| {
        rows::rows(COUNTRIES_TSV)
            .map(|[name, adjective]| (name, adjective))
            .collect()
    });

/// Names written in lower case ("dpa", "flydubai"): words that open a name.
pub const LOWERCASE_NAMES: CueRoles = CueRoles::named("lowercase_name");
/// Letters after a person's name that are no part of it ("MP", "OBE").
pub const POST_NOMINALS: CueRoles = CueRoles::named("post_nominal");
/// Words of units and courts named with an ordinal number ("82nd Airborne
/// Division", "6th Fleet", "11th Circuit").
pub const NUMBERED_UNITS: CueRoles = CueRoles::named("numbered_unit");
/// The last word of a base or a force whose number follows its name ("Air Base 201").
pub const NUMBERED_AFTER: CueRoles = CueRoles::named("numbered_after");
/// The role of [`CONNECTORS`], for a token's roles.
pub const CONNECTOR: CueRoles = CueRoles::named("connector");
/// Words joining the parts of one name: "Institute for the Study of War", "Ursula von der Leyen".
pub static CONNECTORS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| cues("connector"));
/// Generations after a person's name, without their full stop: "Jr", "III".
pub static GENERATIONS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| cues("generation"));
/// Arabic articles joined to a name by a hyphen: "al-Assad", "el-Sisi".
pub static NAME_ARTICLES: LazyLock<FastSet<&'static str>> = LazyLock::new(|| cues("name_article"));
/// Articles dropped from a name's key: the name articles and "ul" ("Zia-ul-Haq").
pub static KEY_ARTICLES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    cue_words("name_article")
        .chain(cue_words("key_article"))
        .collect()
});
/// Lowercase parts kept inside a hyphenated name: the articles, "bin", "abu".
pub static NAME_PARTICLES: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    let mut particles = cues("name_article");
    particles.extend(cue_words("name_particle"));
    particles
});
/// Lowercase words after a hyphen that make a name a modifier: "Hong Kong-born", "Cold War-era".
pub static COMPOUND_HEADS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| cues("compound_head"));
/// Prefixes of ships' names: "INS Sumedha", "USS Carney", "HMS Diamond".
pub const SHIP_PREFIXES: CueRoles = CueRoles::named("ship_prefix");

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&GAZETTEER);
    LazyLock::force(&COUNTRIES);
    LazyLock::force(&CLUB_TOWNS);
    LazyLock::force(&SPORT_WORDS);
    LazyLock::force(&NATIONAL_BODY_NAMES);
    LazyLock::force(&WEEKDAYS_AND_MONTHS);
    LazyLock::force(&HEADS);
    LazyLock::force(&HEAD_INDEX);
    LazyLock::force(&TITLES);
    LazyLock::force(&TITLE_MODIFIERS);
    LazyLock::force(&COMMON_WORDS);
    LazyLock::force(&FIRST_NAMES);
    LazyLock::force(&PERSON_BEFORE);
    LazyLock::force(&COMPOUND_HEADS);
    LazyLock::force(&FACILITY_PREFIXES);
    LazyLock::force(&CONNECTORS);
    LazyLock::force(&GENERATIONS);
    LazyLock::force(&NAME_ARTICLES);
    LazyLock::force(&REGIONS);
    LazyLock::force(&KEY_ARTICLES);
    LazyLock::force(&NAME_PARTICLES);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{CENSUS_FIRST_NAMES_TXT, FIRST_NAMES_TXT};
    use std::collections::{HashMap, HashSet};

    /// Checks that every row of a table has a non-empty first field, no field
    /// with stray spaces, and that no name appears twice in the table.
    fn assert_clean(file: &'static str, name: &str, name_columns: &[usize]) {
        let mut seen = HashSet::new();
        let mut rows = 0;
        for row in rows::rows::<5>(file) {
            rows += 1;
            assert!(!row[0].is_empty(), "{name}: empty name in {row:?}");
            for &c in name_columns {
                for n in list(row[c]) {
                    assert_eq!(n, n.trim(), "{name}: stray space in {n:?}");
                    assert!(seen.insert(n), "{name}: {n:?} appears twice");
                }
            }
        }
        assert!(rows > 10, "{name} has rows");
    }

    #[test]
    fn every_lowercase_run_inside_a_name_is_a_name_inside_cue() {
        // The recogniser looks a name up across a lowercase word only if the
        // word has the role: a run the role lacks would hide its name.
        for name in GAZETTEER.names() {
            for run in name.split(|c: char| !c.is_alphanumeric()).skip(1) {
                if run.starts_with(char::is_lowercase) {
                    assert!(CueRoles::of(run).has(NAME_INSIDE), "{run} of {name}");
                }
            }
        }
        assert!(CueRoles::of("and").has(NAME_INSIDE));
        assert!(!CueRoles::of("said").has(NAME_INSIDE));
    }

    #[test]
    fn gazetteers_are_clean() {
        assert_clean(lexicon::decoded(PLACES), "places.tsv", &[0, 1]);
        assert_clean(REGIONS_TSV, "regions.tsv", &[0, 1]);
        assert_clean(GROUPS, "groups.tsv", &[0, 1]);
        assert_clean(ORGANISATIONS, "organisations.tsv", &[0, 1]);
        assert_clean(PEOPLE, "people.tsv", &[0, 1]);
        assert_clean(EVENTS, "events.tsv", &[0, 1]);
        assert_clean(AIRCRAFT, "aircraft.tsv", &[0, 1]);
        assert_clean(COUNTRIES_TSV, "countries.tsv", &[0, 3]);
        assert_clean(COUNTRIES_TSV, "countries.tsv (people)", &[2, 4]);
    }

    /// `build.rs` stores these sorted (`SORTED`): where rows share a name's
    /// lower case or key, the first row takes it, and sorting must not change
    /// which row that is.
    #[test]
    fn sorted_gazetteers_give_each_form_to_the_row_written_first() {
        let owners = |rows: &[[&'static str; 2]]| {
            let mut owner = HashMap::new();
            for row in rows {
                for name in list(row[0]).chain(list(row[1])) {
                    for form in [fold::lower(name), fold::key(name, &KEY_ARTICLES)] {
                        owner.entry(form).or_insert(row[0]);
                    }
                }
            }
            owner
        };
        for file in [
            include_str!("../data/places.tsv"),
            include_str!("../data/organisations.tsv"),
        ] {
            let written: Vec<[&str; 2]> = rows::rows(file).collect();
            let mut sorted: Vec<&str> = rows::lines(file).collect();
            sorted.sort_unstable();
            let sorted: Vec<[&str; 2]> = sorted.into_iter().map(rows::fields).collect();
            assert_eq!(owners(&written), owners(&sorted));
        }
    }

    #[test]
    fn front_coded_lists_decode_to_their_sources() {
        for (decoded, source) in [
            (*COMMON_WORDS_TXT, include_str!("../data/common_words.txt")),
            (*FIRST_NAMES_TXT, include_str!("../data/first_names.txt")),
            (
                *CENSUS_FIRST_NAMES_TXT,
                include_str!("../data/first_names_census.txt"),
            ),
            (lexicon::decoded(PLACES), include_str!("../data/places.tsv")),
        ] {
            // The lists are written in byte order; the tables are sorted by the build.
            let mut source: Vec<_> = rows::lines(source).collect();
            source.sort_unstable();
            assert_eq!(rows::lines(decoded).collect::<Vec<_>>(), source);
        }
    }

    #[test]
    fn word_lists_are_clean() {
        for (file, name) in [
            (*COMMON_WORDS_TXT, "common_words.txt"),
            (*FIRST_NAMES_TXT, "first_names.txt"),
            (*CENSUS_FIRST_NAMES_TXT, "first_names_census.txt"),
        ] {
            let all: Vec<_> = rows::lines(file).collect();
            let unique: HashSet<_> = all.iter().collect();
            assert!(all.len() > 100, "{name} has entries");
            assert_eq!(all.len(), unique.len(), "{name} has no duplicates");
            assert!(all.iter().all(|w| !w.contains(char::is_whitespace)));
        }
        assert!(COMMON_WORDS.iter().all(|w| *w == w.to_lowercase()));
        let rows: Vec<[&str; 2]> = rows::rows(TITLES_TSV).collect();
        let unique: HashSet<_> = rows.iter().collect();
        assert_eq!(rows.len(), unique.len(), "titles.tsv has no duplicates");
        assert!(rows
            .iter()
            .all(|[role, title, ..]| matches!(*role, "title" | "modifier") && !title.is_empty()));
        let cue_rows: Vec<[&str; 2]> = rows::rows(lexicon::data_file!("name_cues.tsv")).collect();
        let unique: HashSet<_> = cue_rows.iter().collect();
        assert_eq!(
            cue_rows.len(),
            unique.len(),
            "name_cues.tsv has no duplicates"
        );
        assert!(cue_rows.iter().all(|[_, word, ..]| !word.is_empty()));
        let heads: Vec<[&str; 3]> = rows::rows(NAME_HEADS).collect();
        assert!(heads.iter().all(|[kind, ..]| type_named(kind).is_some()));
        let unique: HashSet<_> = heads.iter().map(|[_, words, ..]| words).collect();
        assert_eq!(
            heads.len(),
            unique.len(),
            "name_heads.tsv has no duplicates"
        );
    }

    #[test]
    fn finds_names_and_their_variants() {
        let g = &*GAZETTEER;
        assert_eq!(g.exact("U.S.").map(|k| k.canonical), Some("United States"));
        assert_eq!(g.find("Tartous").map(|k| k.canonical), Some("Tartus"));
        assert_eq!(
            g.exact("Syrian Arab Republic").map(|k| k.canonical),
            Some("Syria")
        );
        assert_eq!(
            g.exact("Russian"),
            Some(Known {
                kind: EntityType::Group,
                canonical: "Russians",
                key: Some("rusian"),
            })
        );
        // A name's key is its spelling fold, folded when the table is built.
        let name = "Bashar al-Assad";
        assert_eq!(
            g.exact(name).and_then(|k| k.key),
            Some(fold::key(name, &KEY_ARTICLES).as_str())
        );
        assert_eq!(g.folded("GERMANY").map(|k| k.kind), Some(EntityType::Place));
        assert_eq!(
            g.person_with_surname(&fold::key("Lavrov", &KEY_ARTICLES)),
            Some("Sergei Lavrov")
        );
    }
}
