//! Stage 3: entities. Consumes sentences. Produces named entity mentions with a
//! type (SCHEMA's PERSON … EVENT) and a canonical name that links the variants
//! of one entity. Leaves out lowercase descriptions, pronouns, titles and
//! possessives.
//!
//! How a mention is found, in order:
//! 1. shapes: aircraft designations and ship classes ([`patterns`]);
//! 2. runs of capitalised words ([`tokens`]), with "of", "for" and name particles
//!    inside, minus sentence-initial ordinary words;
//! 3. each run is cut at titles ("Deputy Foreign Minister"), then typed by the
//!    gazetteers ([`names`]), its head word ("… Ministry", "… Sea", "… Air Base"),
//!    a given name, or its context (a title or "said" for people, "in"/"port of"
//!    for places, a ship noun for vessels, "newspaper"/"agency" for organisations);
//! 4. a lowercase head after a name extends it ("Hmeimim air base", "Black Sea
//!    fleet", "G20 summit");
//! 5. acronyms defined in the text ("Hayat Tahrir al-Sham (HTS)") take the
//!    expansion's type and canonical name; surnames take the full name
//!    ([`canonical`]).
//!
//! Title-case and all-capitals headlines only repeat names: there, a word is a
//! name only if a gazetteer or the article's own sentences know it.
//!
//! ```
//! use sitrep::{analysis::EntityType, entities::find_in};
//! let found = find_in("Syrian Foreign Minister Walid al-Muallem flew to Moscow.");
//! assert_eq!(found[1], ("Walid al-Muallem".to_string(), EntityType::Person));
//! ```

mod canonical;
mod names;
mod patterns;
mod tokens;

use std::collections::{HashMap, HashSet};

use crate::analysis::EntityType;
use crate::sentences::Sentence;
use crate::span::ByteSpan;

use canonical::Named;
use names::{Known, COMMON_WORDS, FIRST_NAMES, GAZETTEER, HEADS, TITLES, TITLE_MODIFIERS};
use tokens::Token;

/// A named entity found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityMention {
    /// Where it is.
    pub span: ByteSpan,
    /// Its type.
    pub kind: EntityType,
    /// The name that links its variants.
    pub canonical: String,
}

/// A mention before linking.
#[derive(Debug, Clone)]
struct Draft {
    span: ByteSpan,
    kind: Option<EntityType>,
    fixed: Option<String>,
    /// The acronym's definition: where the name it abbreviates is.
    defined_by: Option<ByteSpan>,
    /// Why an unknown name has the type it has, decided after all sentences are read.
    context: Context,
    /// A gazetteer name this one is a spelling variant of, used when nothing in
    /// the article says otherwise ("Cameron" is a surname here, not "Cameroon").
    variant: Option<Known>,
    /// True for a name that starts its sentence, where a capital proves nothing.
    initial: bool,
}

/// What the words around an unknown name suggest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Context {
    /// A title or a given name stands with it: the strongest sign of a person.
    titled: bool,
    person: bool,
    place: bool,
    org: bool,
    vessel: bool,
    /// A weapon or product noun follows ("Kalibr missiles"): SCHEMA has no type for it.
    product: bool,
}

/// How a sentence is capitalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// Ordinary prose: capitals mark names and sentence starts.
    Sentence,
    /// A headline in title case or all capitals: capitals say nothing.
    Headline,
}

/// Words joining the parts of one name: "Institute for the Study of War", "Ursula von der Leyen".
const CONNECTORS: &[&str] = &[
    "of", "for", "de", "da", "del", "der", "di", "van", "von", "bin", "ibn", "al", "el", "la",
    "le", "du", "dos", "and",
];

/// Lowercase words before a person's name ("the Syrian leader Bashar al-Assad").
const PERSON_BEFORE: &[&str] = &[
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "envoy",
    "ambassador",
    "chief",
    "commander",
    "general",
    "colonel",
    "analyst",
    "correspondent",
    "journalist",
    "reporter",
    "activist",
    "premier",
    "secretary",
    "chancellor",
    "king",
    "prince",
    "emir",
    "official",
    "director",
    "chairman",
    "mayor",
    "governor",
];

/// Verbs of saying after a person's name ("Blinken said").
const PERSON_AFTER: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "warned",
    "wrote",
    "argued",
    "explained",
    "insisted",
    "noted",
    "claimed",
    "stressed",
    "urged",
    "asked",
    "replied",
    "declined",
    "denied",
];

/// First words of place names ("Port Sudan", "East Jerusalem").
const PLACE_PREFIXES: &[&str] = &[
    "Port", "Mount", "Lake", "Cape", "Fort", "San", "Santa", "Saint", "St", "St.", "Los", "Las",
    "El", "New", "North", "South", "East", "West", "Upper", "Lower", "Greater", "Central",
    "Northern", "Southern", "Eastern", "Western",
];

/// Lowercase words before a place's name.
const PLACE_BEFORE: &[&str] = &[
    "in", "at", "near", "from", "into", "towards", "toward", "outside", "across", "via", "through",
    "around", "inside", "to",
];

/// Nouns that take "of <Place>": "the port of Tartus", "the suburb of Douma".
const PLACE_NOUNS: &[&str] = &[
    "port",
    "city",
    "town",
    "village",
    "suburb",
    "province",
    "region",
    "district",
    "capital",
    "outskirts",
    "area",
    "island",
    "coast",
    "governorate",
    "state",
    "neighbourhood",
    "neighborhood",
];

/// Words around an organisation's name: "newspaper As-Safir", "a Telegram post".
const ORG_BEFORE: &[&str] = &[
    "newspaper",
    "daily",
    "agency",
    "broadcaster",
    "channel",
    "outlet",
    "magazine",
    "website",
    "platform",
    "company",
    "firm",
    "organisation",
    "organization",
    "party",
    "movement",
    "militia",
    "network",
    "weekly",
    "tabloid",
    "group",
];
const ORG_AFTER: &[&str] = &[
    "chairman",
    "captain",
    "coach",
    "manager",
    "board",
    "unit",
    "subsidiary",
    "shares",
    "stock",
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "plc",
    "post",
    "posts",
    "channel",
    "account",
    "statement",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "fighters",
    "militants",
    "newspaper",
    "agency",
    "daily",
    "broadcaster",
    "reported",
];

/// Nouns for ships: a name after them (or before them) is a vessel.
const SHIP_NOUNS: &[&str] = &[
    "ship",
    "ships",
    "vessel",
    "vessels",
    "frigate",
    "frigates",
    "destroyer",
    "destroyers",
    "cruiser",
    "cruisers",
    "corvette",
    "corvettes",
    "submarine",
    "submarines",
    "tanker",
    "tankers",
    "carrier",
    "carriers",
    "freighter",
    "freighters",
    "ferry",
    "ferries",
    "warship",
    "warships",
    "icebreaker",
    "tug",
    "yacht",
    "boat",
    "boats",
    "flagship",
    "trawler",
];

/// Words that may stand between a vessel's name and its noun ("Sparta II cargo ships").
const SHIP_MODIFIERS: &[&str] = &[
    "cargo",
    "landing",
    "tank",
    "large",
    "small",
    "guided-missile",
    "missile",
    "patrol",
    "supply",
    "container",
    "research",
    "hospital",
    "transport",
    "assault",
    "amphibious",
    "naval",
    "navy",
    "oil",
    "fuel",
    "support",
    "rescue",
    "fishing",
    "aid",
    "merchant",
    "escort",
    "intelligence",
    "spy",
    "survey",
    "attack",
    "nuclear",
    "nuclear-powered",
    "aircraft",
    "bulk",
    "grain",
    "and",
    "the",
    "called",
    "named",
];

/// Nouns after the names of weapons and products, which are not entities here.
const PRODUCT_NOUNS: &[&str] = &[
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "launcher",
    "launchers",
    "rifle",
    "rifles",
    "system",
    "systems",
    "shells",
    "munitions",
    "phone",
    "phones",
    "app",
];

/// First words of facilities' names: "Naval Station Rota", "Camp Lemonnier".
const FACILITY_PREFIXES: &[&str] = &[
    "Camp",
    "Naval Station",
    "Naval Air Station",
    "Air Station",
    "Joint Base",
];

/// Prefixes of ships' names: "INS Sumedha", "USS Carney", "HMS Diamond".
const SHIP_PREFIXES: &[&str] = &[
    "USS", "USNS", "HMS", "HMCS", "HMAS", "HMNZS", "INS", "RFS", "MV", "SS", "RV", "FS", "TCG",
    "ORP", "HNLMS", "ROKS", "JS", "KRI", "BRP", "ITS", "ESPS", "NRP", "HDMS", "HNoMS", "FGS",
];

/// Finds named entities in the sentences.
pub fn find(text: &str, sentences: &[Sentence]) -> Vec<EntityMention> {
    let split: Vec<Vec<Token<'_>>> = sentences
        .iter()
        .map(|s| tokens::split(s.span.text(text), s.span.start))
        .collect();
    let lowercase: HashSet<String> = split
        .iter()
        .flatten()
        .filter(|t| t.is_word && t.text.starts_with(char::is_lowercase))
        .map(|t| t.text.to_string())
        .collect();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut headlines = Vec::new();
    for (sentence, toks) in sentences.iter().zip(&split) {
        let shaped = patterns::find(sentence.span.text(text));
        let claimed: Vec<ByteSpan> = shaped
            .iter()
            .map(|s| s.span.shift(sentence.span.start))
            .collect();
        for s in &shaped {
            drafts.push(Draft {
                span: s.span.shift(sentence.span.start),
                kind: Some(s.kind),
                fixed: Some(s.canonical.clone()),
                defined_by: None,
                context: Context::default(),
                variant: None,
                initial: false,
            });
        }
        let free: Vec<bool> = toks
            .iter()
            .map(|t| !claimed.iter().any(|c| c.overlaps(t.span)))
            .collect();
        if case_of(toks, &lowercase) == Case::Headline {
            headlines.push((toks, free));
            continue;
        }
        Recogniser {
            text,
            toks,
            free: &free,
            lowercase: &lowercase,
            results: is_results_line(toks),
        }
        .run(&mut drafts);
    }
    classify_unknown(text, &mut drafts, &lowercase);
    drafts.retain(|d| d.kind.is_some());
    // The names the prose uses, in lowercase, for headlines to repeat.
    let mut seen: HashMap<String, (EntityType, Option<String>)> = HashMap::new();
    for d in &drafts {
        if let Some(kind) = d.kind {
            seen.entry(d.span.text(text).to_lowercase())
                .or_insert((kind, d.fixed.clone()));
        }
    }
    for (toks, free) in headlines {
        find_known(text, toks, &free, &seen, &mut drafts);
    }
    crate::order::sort_by_key(&mut drafts, |d| d.span);
    drafts.dedup_by(|b, a| a.span.overlaps(b.span));
    finish(text, drafts)
}

/// Finds named entities in one piece of text taken as one sentence: (text, type) pairs.
pub fn find_in(text: &str) -> Vec<(String, EntityType)> {
    let sentences = [Sentence {
        span: ByteSpan::new(0, text.len()),
        line: 0,
    }];
    find(text, &sentences)
        .into_iter()
        .map(|e| (e.span.text(text).to_string(), e.kind))
        .collect()
}

/// Headlines are short lines where most long words are capitalised, and at
/// least two of them are ordinary words ("Withdraws", "From").
fn case_of(toks: &[Token<'_>], lowercase: &HashSet<String>) -> Case {
    let letters: Vec<&Token<'_>> = toks
        .iter()
        .filter(|t| t.is_word && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect();
    let all_caps = letters
        .iter()
        .filter(|t| t.text.chars().all(|c| !c.is_lowercase()))
        .count();
    // All capitals: a headline, a dateline ("NEW YORK"), a section title.
    if letters.len() >= 2 && all_caps * 5 >= letters.len() * 3 {
        return Case::Headline;
    }
    let words: Vec<&Token<'_>> = letters
        .iter()
        .copied()
        .filter(|t| t.text.chars().count() >= 4)
        .collect();
    if words.len() < 3 || toks.last().is_some_and(|t| t.text == ".") && words.len() > 12 {
        return Case::Sentence;
    }
    let capitalised = words
        .iter()
        .filter(|t| t.text.starts_with(char::is_uppercase))
        .count();
    let ordinary = words
        .iter()
        .filter(|t| t.text.starts_with(char::is_uppercase) && is_ordinary(t.text, lowercase))
        .count();
    if capitalised * 4 >= words.len() * 3 && ordinary >= 2 {
        Case::Headline
    } else {
        Case::Sentence
    }
}

/// True when a capitalised word is an ordinary word: on the common-word list, or
/// written in lowercase elsewhere in the article (also with -s, -ed, -ing).
fn is_ordinary(word: &str, lowercase: &HashSet<String>) -> bool {
    let lower = word.to_lowercase();
    if COMMON_WORDS.contains(lower.as_str()) || lowercase.contains(&lower) {
        return true;
    }
    ["s", "es", "ed", "d", "ing"].iter().any(|suffix| {
        lower.strip_suffix(suffix).is_some_and(|stem| {
            stem.len() >= 3
                && (lowercase.contains(stem)
                    || lowercase
                        .iter()
                        .any(|w| w.starts_with(stem) && w.len() <= stem.len() + 3))
        })
    })
}

/// Finds names in one prose sentence.
struct Recogniser<'t, 's> {
    text: &'t str,
    toks: &'s [Token<'t>],
    free: &'s [bool],
    lowercase: &'s HashSet<String>,
    /// True for a line of sports results or a table, where names are teams.
    results: bool,
}

/// A piece of a run: token range and what is known about it.
#[derive(Debug, Clone)]
struct Segment {
    start: usize,
    end: usize,
    known: Option<Known>,
    head: Option<EntityType>,
    person: bool,
}

impl Recogniser<'_, '_> {
    fn run(&self, drafts: &mut Vec<Draft>) {
        let toks = self.toks;
        let mut i = 0;
        while i < toks.len() {
            if !self.starts_name(i) {
                i += 1;
                continue;
            }
            let mut end = self.run_end(i);
            // A known name with lowercase words inside ("Bosnia and Herzegovina").
            if let Some(e) = self.known_across(i).filter(|&e| e > end) {
                end = e;
            }
            if let Some(expansion) = self.described_acronym(i) {
                drafts.push(Draft {
                    span: toks[i].span,
                    kind: Some(EntityType::Org),
                    fixed: Some(expansion),
                    defined_by: None,
                    context: Context::default(),
                    variant: None,
                    initial: false,
                });
                i += 1;
                continue;
            }
            let mut start = i;
            // A sentence's first words, and "The", are names only if a gazetteer knows them.
            while start < end
                && !self.results
                && (self.is_sentence_start(start) || toks[start].text == "The")
                && self.longest_known(start, end).is_none()
                && GAZETTEER
                    .folded(self.words(start, (start + 2).min(end)))
                    .is_none()
                && is_ordinary(toks[start].text, self.lowercase)
            {
                start += 1;
                while start < end && !toks[start].is_capitalised() {
                    start += 1;
                }
            }
            let first = drafts.len();
            for segment in self.segment(start, end, false) {
                self.push(segment, end, drafts);
            }
            self.acronym_definition(end, first, drafts);
            i = end.max(i + 1);
        }
    }

    fn starts_name(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.is_word && self.free[i] && t.is_capitalised()
    }

    fn is_sentence_start(&self, i: usize) -> bool {
        self.toks[..i]
            .iter()
            .all(|t| !t.is_word || matches!(t.text, "•" | "-" | "–"))
            || self.toks[..i]
                .last()
                .is_some_and(|t| matches!(t.text, "\"" | "“" | "‘" | "(" | ":" | "—" | "–"))
    }

    /// The end (exclusive) of the run of name words starting at `i`.
    fn run_end(&self, i: usize) -> usize {
        let toks = self.toks;
        let mut end = i + 1;
        while end < toks.len() && !toks[end - 1].possessive {
            if self.starts_name(end) {
                end += 1;
                continue;
            }
            // A connector (and "the" after it) joins two capitalised words.
            let mut j = end;
            if toks[j].is_word && CONNECTORS.contains(&toks[j].text) {
                j += 1;
                if j < toks.len() && toks[j].text == "the" {
                    j += 1;
                }
                if j < toks.len() && self.starts_name(j) && toks[end].text != "and" {
                    end = j + 1;
                    continue;
                }
            }
            break;
        }
        end
    }

    fn words(&self, start: usize, end: usize) -> &str {
        let (Some(a), Some(b)) = (
            self.toks.get(start),
            end.checked_sub(1).and_then(|e| self.toks.get(e)),
        ) else {
            return "";
        };
        ByteSpan::new(a.span.start, b.span.end).text(self.text)
    }

    /// The end of the longest gazetteer name starting at token `start` that
    /// runs over lowercase words, if one does.
    fn known_across(&self, start: usize) -> Option<usize> {
        let limit = self.toks.len().min(start + GAZETTEER.longest);
        (start + 2..=limit).rev().find(|&e| {
            self.toks[start..e].iter().all(|t| t.is_word)
                && self.free[start..e].iter().all(|f| *f)
                && self.toks[e - 1].is_capitalised()
                && GAZETTEER.exact(self.words(start, e)).is_some()
        })
    }

    /// The longest gazetteer name starting at token `start`, as (end, entry).
    fn longest_known(&self, start: usize, end: usize) -> Option<(usize, Known)> {
        let limit = end.min(start + GAZETTEER.longest.max(1));
        (start + 1..=limit)
            .rev()
            .find_map(|e| GAZETTEER.exact(self.words(start, e)).map(|k| (e, k)))
    }

    /// The end of a title ("Deputy Foreign Minister", "Secretary of State")
    /// starting at `start`, if one does.
    fn title_end(&self, start: usize, end: usize) -> Option<usize> {
        let mut i = start;
        let mut has_title = false;
        'chain: while i < end {
            for len in (1..=3).rev() {
                if i + len > end {
                    continue;
                }
                let phrase = self.words(i, i + len).trim_end_matches('.');
                if TITLES.contains(phrase) {
                    has_title = true;
                    i += len;
                    continue 'chain;
                }
                if len == 1 && TITLE_MODIFIERS.contains(phrase) {
                    i += 1;
                    continue 'chain;
                }
            }
            break;
        }
        (has_title && i > start).then_some(i)
    }

    /// Cuts the run `start..end` into names.
    fn segment(&self, start: usize, end: usize, person: bool) -> Vec<Segment> {
        let toks = self.toks;
        let mut start = start;
        let mut end = end;
        while start < end && !toks[start].is_capitalised() {
            start += 1;
        }
        while end > start && !toks[end - 1].is_capitalised() {
            end -= 1;
        }
        if start >= end {
            return Vec::new();
        }
        let text = self.words(start, end);
        let whole = |known, head| {
            vec![Segment {
                start,
                end,
                known,
                head,
                person,
            }]
        };
        if let Some(known) = GAZETTEER.exact(text) {
            return whole(Some(known), None);
        }
        // Weekdays, months, single letters ("I") and other ordinary words are not names on their own.
        if end - start == 1 && text.chars().count() == 1 {
            return Vec::new();
        }
        if end - start == 1
            && COMMON_WORDS.contains(text.trim_end_matches('.').to_lowercase().as_str())
        {
            return Vec::new();
        }
        // Ships are often named after people: "the Admiral Kuznetsov aircraft carrier".
        // ("the Russian Sparta … cargo ships" is a nationality and a ship.)
        let nationality_first = self
            .longest_known(start, end)
            .is_some_and(|(_, k)| k.kind == EntityType::Group);
        if !nationality_first && self.is_ship_name(start, end) {
            return whole(None, None);
        }
        // A title anywhere: what stands before it is separate, what follows is a person.
        for i in start..end {
            if let Some(after) = self.title_end(i, end) {
                if after < end {
                    let mut out = self.segment(start, i, false);
                    out.extend(self.segment(after, end, true));
                    return out;
                }
            }
        }
        // A known aircraft ends the run on its own ("Turkish Air Force A400M").
        if let Some(cut) = (start + 1..end).find(|&i| {
            GAZETTEER
                .exact(self.words(i, end))
                .is_some_and(|k| k.kind == EntityType::Aircraft)
        }) {
            let mut out = self.segment(start, cut, person);
            out.extend(self.segment(cut, end, false));
            return out;
        }
        // "the Mediterranean of the Russian Navy": a place before "of" is a name of its own.
        if let Some(of) = (start + 1..end).find(|&i| matches!(toks[i].text, "of" | "for")) {
            if GAZETTEER
                .exact(self.words(start, of))
                .is_some_and(|k| matches!(k.kind, EntityType::Place | EntityType::Group))
            {
                let mut out = self.segment(start, of, person);
                out.extend(self.segment(of + 1, end, false));
                return out;
            }
        }
        if end - start >= 2 {
            // Military and rescue operations are named events: "Operation Kaveri".
            if toks[start].text == "Operation" {
                return whole(None, Some(EntityType::Event));
            }
            if FACILITY_PREFIXES
                .iter()
                .any(|p| text.starts_with(&format!("{p} ")) && text.len() > p.len() + 1)
            {
                return whole(None, Some(EntityType::Facility));
            }
            if let Some(kind) = self.head_type(start, end) {
                return whole(None, Some(kind));
            }
            if FIRST_NAMES.contains(toks[start].text) {
                return vec![Segment {
                    start,
                    end,
                    known: None,
                    head: None,
                    person: true,
                }];
            }
        }
        // A nationality before a name stands on its own ("Russian" in "Russian Sparta").
        if let Some((e, known)) = self.longest_known(start, end) {
            if known.kind == EntityType::Group && e < end {
                let mut out = vec![Segment {
                    start,
                    end: e,
                    known: Some(known),
                    head: None,
                    person: false,
                }];
                out.extend(self.segment(e, end, person));
                return out;
            }
        }
        // A run made only of known names is those names ("RAF Hercules").
        let mut cover = Vec::new();
        let mut at = start;
        while let Some((e, known)) = self.longest_known(at, end) {
            cover.push(Segment {
                start: at,
                end: e,
                known: Some(known),
                head: None,
                person: false,
            });
            at = e;
        }
        if at == end && cover.len() >= 2 {
            return cover;
        }
        // Other known places and organisations inside a longer run are part of it
        // ("Air France", "Hong Kong Open", "Chrysler Holding"): a place after a place
        // word names a place, anything else an organisation.
        if (start..end).any(|i| {
            self.longest_known(i, end)
                .is_some_and(|(_, k)| matches!(k.kind, EntityType::Place | EntityType::Org))
        }) {
            let kind = if PLACE_PREFIXES.contains(&toks[start].text) {
                EntityType::Place
            } else {
                EntityType::Org
            };
            return whole(None, Some(kind));
        }
        // "X of Y" with nothing to say it is one name: two names.
        if let Some(of) = (start + 1..end).find(|&i| matches!(toks[i].text, "of" | "and")) {
            let mut out = self.segment(start, of, person);
            out.extend(self.segment(of + 1, end, person));
            return out;
        }
        whole(None, None)
    }

    /// The type a capitalised head word gives the run: ORG heads anywhere after
    /// the first word, or first when "of"/"for" follows ("Ministry of Defence");
    /// place, facility and event heads last.
    fn head_type(&self, start: usize, end: usize) -> Option<EntityType> {
        let words: Vec<&str> = self.toks[start..end]
            .iter()
            .map(|t| t.text.trim_end_matches('.'))
            .collect();
        let joined = words.join(" ");
        for head in HEADS
            .iter()
            .filter(|h| h.words.starts_with(char::is_uppercase))
        {
            if head.kind == EntityType::Org {
                let n = head.words.split(' ').count();
                let hit = words.windows(n).enumerate().any(|(i, w)| {
                    w.join(" ") == head.words
                        && (i > 0
                            || words
                                .get(n)
                                .is_some_and(|next| matches!(*next, "of" | "for")))
                });
                if hit {
                    return Some(EntityType::Org);
                }
            } else if joined.ends_with(&format!(" {}", head.words)) {
                return Some(head.kind);
            }
        }
        None
    }

    /// Turns a segment into a draft, extending it over a lowercase head.
    fn push(&self, segment: Segment, run_end: usize, drafts: &mut Vec<Draft>) {
        let toks = self.toks;
        let mut span = ByteSpan::new(
            toks[segment.start].span.start,
            toks[segment.end - 1].span.end,
        );
        let mut kind = segment.known.map(|k| k.kind).or(segment.head);
        let mut fixed = segment.known.map(|k| k.canonical.to_string());
        let mut last = segment.end;
        if segment.end == run_end && !toks[segment.end - 1].possessive {
            if let Some((head_kind, head_end)) = self.lowercase_head(segment.end) {
                let allowed = match kind {
                    // Peoples name mountains ("Alawite mountains"), not provinces or bases.
                    Some(EntityType::Group) => toks[segment.end].text == "mountains",
                    Some(EntityType::Org) => head_kind == EntityType::Event,
                    Some(EntityType::Person | EntityType::Vessel | EntityType::Aircraft) => false,
                    _ => true,
                };
                if allowed {
                    span.end = toks[head_end - 1].span.end;
                    kind = Some(head_kind);
                    fixed = None;
                    last = head_end;
                }
            }
        }
        // In results, a one-word name before a score, or a name facing another, is a team.
        let next = toks.get(last).map_or("", |t| t.text);
        let prev = segment
            .start
            .checked_sub(1)
            .and_then(|i| toks.get(i))
            .map_or("", |t| t.text);
        let versus = matches!(next, "v" | "vs") || matches!(prev, "v" | "vs");
        if self.results
            && kind.is_none()
            && !segment.person
            && GAZETTEER
                .find(self.words(segment.start, segment.end))
                .is_none()
            && (versus || segment.end - segment.start == 1 && (is_number(next) || next == "("))
        {
            kind = Some(EntityType::Org);
            fixed = None;
        }
        let mut context = Context {
            titled: segment.person,
            ..Context::default()
        };
        if kind.is_none() {
            context = self.context(segment.start, last, segment.person);
        }
        let variant = if kind.is_none() {
            GAZETTEER.find(self.words(segment.start, segment.end))
        } else {
            None
        };
        drafts.push(Draft {
            span,
            kind,
            fixed,
            defined_by: None,
            context,
            variant,
            initial: self.is_sentence_start(segment.start),
        });
    }

    /// A lowercase head right after token `at` ("air base", "fleet"), as its type and end.
    fn lowercase_head(&self, at: usize) -> Option<(EntityType, usize)> {
        HEADS
            .iter()
            .filter(|h| h.words.starts_with(char::is_lowercase))
            .find_map(|h| {
                let n = h.words.split(' ').count();
                let words: Vec<&str> = self.toks.get(at..at + n)?.iter().map(|t| t.text).collect();
                (words.join(" ") == h.words).then_some((h.kind, at + n))
            })
    }

    /// What the words around an unknown name `start..end` say about it.
    fn context(&self, start: usize, end: usize, person: bool) -> Context {
        let toks = self.toks;
        let word_before = |n: usize| -> &str {
            toks[..start]
                .iter()
                .rev()
                .filter(|t| t.is_word)
                .nth(n)
                .map_or("", |t| t.text)
        };
        let prev = word_before(0);
        let prev_is_adjacent = start > 0 && toks[start - 1].is_word;
        let next = toks.get(end).filter(|t| t.is_word).map_or("", |t| t.text);
        let mut c = Context {
            titled: person,
            ..Context::default()
        };
        if prev_is_adjacent && PERSON_BEFORE.contains(&prev.to_lowercase().as_str())
            || PERSON_AFTER.contains(&next)
        {
            c.person = true;
        }
        if prev_is_adjacent
            && (PLACE_BEFORE.contains(&prev)
                || prev == "of" && PLACE_NOUNS.contains(&word_before(1)))
        {
            c.place = true;
        }
        // "the Farnesina", "the Knesset": a single name after "the" is an institution.
        let the_single = prev == "the" && end == start + 1 && !c.place;
        if prev_is_adjacent && (ORG_BEFORE.contains(&prev) || the_single)
            || ORG_AFTER.contains(&next)
        {
            c.org = true;
        }
        c.vessel = self.is_ship_name(start, end);
        c.product = toks
            .get(end)
            .is_some_and(|t| PRODUCT_NOUNS.contains(&t.text));
        c
    }

    /// True when the words around `start..end` make it a ship's name: after a ship
    /// noun ("ship Olenegorskiy Gornyak", "ship called the Professor Katsman"),
    /// before one past ship modifiers ("Sparta II cargo ships", "Admiral Kuznetsov
    /// aircraft carrier"), or after a ship prefix ("USS Carney").
    fn is_ship_name(&self, start: usize, end: usize) -> bool {
        let toks = self.toks;
        let mut back = toks[..start].iter().rev().filter(|t| t.is_word).take(3);
        if back.any(|t| SHIP_NOUNS.contains(&t.text))
            && toks[..start]
                .iter()
                .rev()
                .take_while(|t| !SHIP_NOUNS.contains(&t.text))
                .all(|t| matches!(t.text, "called" | "named" | "the" | "\"" | "“" | "‘"))
        {
            return true;
        }
        let mut j = end;
        while j < toks.len() && j < end + 8 {
            let t = toks[j].text;
            if SHIP_NOUNS.contains(&t) {
                return true;
            }
            // Past modifiers, and past other names joined by "and" ("Sparta and Sparta II cargo ships").
            let joined_name = toks[j].is_capitalised() && j > 0 && toks[j - 1].text == "and"
                || toks[j].is_capitalised() && j > end && toks[j - 1].is_capitalised();
            if !(SHIP_MODIFIERS.contains(&t) || joined_name) {
                break;
            }
            j += 1;
        }
        SHIP_PREFIXES.contains(&toks[start].text) && end > start + 1
    }

    /// "… (HTS)": the acronym after a run stands for the run's last name. After a
    /// lowercase description ("main intelligence directorate (GUR)") it is an
    /// organisation named by those words.
    fn acronym_definition(&self, end: usize, first: usize, drafts: &mut Vec<Draft>) {
        let toks = self.toks;
        let (Some(open), Some(acronym), Some(close)) =
            (toks.get(end), toks.get(end + 1), toks.get(end + 2))
        else {
            return;
        };
        if open.text != "(" || close.text != ")" || !is_acronym(acronym.text) {
            return;
        }
        // "BERLIN (AP)" is a dateline: an acronym defines a name only if its letters
        // are that name's capitals, in order, and it is not a known name itself.
        let definition = drafts.get(first..).and_then(|d| d.last()).filter(|d| {
            GAZETTEER.exact(acronym.text).is_none()
                && abbreviates(acronym.text, d.span.text(self.text))
        });
        let defined_by = definition.map(|d| d.span);
        drafts.push(Draft {
            span: acronym.span,
            kind: definition.and_then(|d| d.kind).or(Some(EntityType::Org)),
            fixed: None,
            defined_by,
            context: Context::default(),
            variant: None,
            initial: false,
        });
    }

    /// An acronym in brackets after a lowercase description ("Ukraine's main
    /// intelligence directorate (GUR)") names an organisation: the description's
    /// words, one per letter, in title case.
    fn described_acronym(&self, at: usize) -> Option<String> {
        let toks = self.toks;
        let acronym = toks.get(at)?;
        if !is_acronym(acronym.text)
            || GAZETTEER.exact(acronym.text).is_some()
            || toks.get(at.checked_sub(1)?)?.text != "("
            || toks.get(at + 1)?.text != ")"
        {
            return None;
        }
        let letters = acronym
            .text
            .chars()
            .filter(char::is_ascii_uppercase)
            .count();
        let words: Vec<&Token<'_>> = toks[..at - 1].iter().rev().take(letters).collect();
        let described = words.len() == letters
            && words.iter().all(|t| {
                t.is_word
                    && t.text.starts_with(char::is_lowercase)
                    && !COMMON_WORDS.contains(t.text)
            });
        described.then(|| {
            let expansion: Vec<String> = words.iter().rev().map(|t| title_case(t.text)).collect();
            expansion.join(" ")
        })
    }
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(char::is_ascii_uppercase).count();
    (2..=8).contains(&letters)
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || matches!(c, '/' | '&' | '-'))
}

/// True when the letters of `acronym` start words or parts of `name`, or are its
/// capitals, in order ("HTS" of "Hayat Tahrir al-Sham", "JAF" of "Jaysh al-Fatah").
fn abbreviates(acronym: &str, name: &str) -> bool {
    let mut previous = ' ';
    let mut initials = name.chars().filter_map(move |c| {
        let initial = c.is_uppercase() || matches!(previous, ' ' | '-');
        previous = c;
        initial.then(|| c.to_ascii_lowercase())
    });
    acronym
        .chars()
        .filter(char::is_ascii_uppercase)
        .all(|a| initials.any(|c| c == a.to_ascii_lowercase()))
}

/// A line of results or a table: a third of its tokens are numbers, or two
/// names face each other ("East Fife v Clydebank").
fn is_results_line(toks: &[Token<'_>]) -> bool {
    let words: Vec<&Token<'_>> = toks.iter().filter(|t| t.is_word).collect();
    let numbers = words.iter().filter(|t| is_number(t.text)).count();
    let versus = toks.windows(3).any(|w| {
        w[0].is_capitalised() && matches!(w[1].text, "v" | "vs" | "vs.") && w[2].is_capitalised()
    });
    words.len() >= 3 && numbers * 3 >= words.len() || versus
}

fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | ':' | '/'))
}

/// Nationality and people words the gazetteer does not know ("Zairean", "Tajiks").
fn is_demonym(word: &str) -> bool {
    ["ian", "ians", "ean", "eans", "ese"]
        .iter()
        .any(|suffix| word.len() > suffix.len() + 2 && word.ends_with(suffix))
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Types the names no table or head word knew, now that the whole article is read:
/// a word that is another name's surname is a person, the first word of an
/// organisation's name is that organisation, the place of a facility is a place;
/// otherwise the context decides.
fn classify_unknown(text: &str, drafts: &mut [Draft], lowercase: &HashSet<String>) {
    let mut surnames: HashSet<String> = HashSet::new();
    let mut org_words: HashSet<String> = HashSet::new();
    let mut places: HashSet<String> = HashSet::new();
    for d in drafts.iter().filter(|d| d.kind.is_some()) {
        let name = d.span.text(text);
        match d.kind {
            Some(EntityType::Person) if name.contains(' ') => {
                surnames.extend(name.split_whitespace().last().map(canonical::key));
            }
            Some(EntityType::Org) if name.contains(' ') => {
                org_words.extend(name.split_whitespace().next().map(str::to_string));
            }
            Some(EntityType::Facility) => {
                places.extend(canonical::split_facility(name).map(|(p, _)| canonical::key(p)));
            }
            _ => {}
        }
    }
    let mid_sentence: HashSet<&str> = drafts
        .iter()
        .filter(|d| !d.initial)
        .map(|d| d.span.text(text))
        .collect();
    // First what the article shows about each unknown name, then defaults.
    let mut shown: HashMap<String, HashMap<EntityType, usize>> = HashMap::new();
    let mut defaulted = Vec::new();
    for (i, d) in drafts
        .iter_mut()
        .enumerate()
        .filter(|(_, d)| d.kind.is_none())
    {
        let name = d.span.text(text);
        let words = name.split_whitespace().count();
        let c = d.context;
        let key = canonical::key(name);
        let evidence = if c.vessel {
            Some(EntityType::Vessel)
        } else if words == 1 && surnames.contains(&key) {
            Some(EntityType::Person)
        } else if words == 1 && org_words.contains(name) {
            Some(EntityType::Org)
        } else if places.contains(&key) {
            Some(EntityType::Place)
        } else if let Some(variant) = d.variant {
            d.fixed = Some(variant.canonical.to_string());
            Some(variant.kind)
        } else if c.titled || words == 1 && GAZETTEER.person_with_surname(name).is_some() {
            Some(EntityType::Person)
        } else if is_acronym(name) || c.org {
            Some(EntityType::Org)
        } else if c.person {
            Some(EntityType::Person)
        } else if c.place {
            Some(EntityType::Place)
        } else if words == 1 && is_demonym(name) {
            Some(EntityType::Group)
        } else {
            None
        };
        if let Some(kind) = evidence {
            *shown.entry(key).or_default().entry(kind).or_default() += 1;
            d.kind = Some(kind);
            continue;
        }
        defaulted.push(i);
        d.kind = if c.product || d.initial && words == 1 && !mid_sentence.contains(name) {
            // A weapon or product, or a capitalised first word with nothing else
            // to show it is a name.
            None
        } else if words >= 2
            && (name.contains(" of ")
                || name.contains(" for ")
                || name.split_whitespace().any(|w| is_ordinary(w, lowercase)))
        {
            // People's names are not made of ordinary words: "Stock Exchange", "Red Star".
            Some(EntityType::Org)
        } else {
            Some(EntityType::Person)
        };
    }
    // One name, one type per article: a name typed by its context in one place
    // keeps that type where nothing is said about it.
    for i in defaulted {
        let key = canonical::key(drafts[i].span.text(text));
        if let Some(kinds) = shown.get(&key) {
            drafts[i].kind = kinds
                .iter()
                .max_by_key(|(k, n)| (**n, **k))
                .map(|(k, _)| *k);
        }
    }
}

/// Finds, in a headline, the names the gazetteers or the article's prose know.
fn find_known(
    text: &str,
    toks: &[Token<'_>],
    free: &[bool],
    seen: &HashMap<String, (EntityType, Option<String>)>,
    drafts: &mut Vec<Draft>,
) {
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].is_word || !free[i] || !toks[i].is_capitalised() {
            i += 1;
            continue;
        }
        let mut matched = None;
        for e in (i + 1..=toks.len().min(i + 5)).rev() {
            if !toks[i..e].iter().all(|t| t.is_word) || !free[i..e].iter().all(|f| *f) {
                continue;
            }
            let span = ByteSpan::new(toks[i].span.start, toks[e - 1].span.end);
            let name = span.text(text);
            let found = seen.get(&name.to_lowercase()).cloned().or_else(|| {
                GAZETTEER
                    .folded(name)
                    .map(|k| (k.kind, Some(k.canonical.to_string())))
            });
            if let Some((kind, fixed)) = found {
                matched = Some((e, span, kind, fixed));
                break;
            }
        }
        match matched {
            Some((e, span, kind, fixed)) => {
                drafts.push(Draft {
                    span,
                    kind: Some(kind),
                    fixed,
                    defined_by: None,
                    context: Context::default(),
                    variant: None,
                    initial: false,
                });
                i = e;
            }
            None => i += 1,
        }
    }
}

/// Links the drafts' canonical names and turns them into mentions.
fn finish(text: &str, drafts: Vec<Draft>) -> Vec<EntityMention> {
    let named: Vec<Named<'_>> = drafts
        .iter()
        .map(|d| Named {
            kind: d.kind.unwrap_or(EntityType::Place),
            text: d.span.text(text),
            fixed: d.fixed.clone(),
        })
        .collect();
    let mut named = named;
    let mut canonicals = canonical::link(&named);
    let at: HashMap<ByteSpan, usize> = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| (d.span, i))
        .collect();
    // An acronym used again links like its definition; a defined one takes the
    // canonical name of what it abbreviates.
    let mut acronyms: HashMap<&str, (EntityType, String)> = HashMap::new();
    for (i, d) in drafts.iter().enumerate() {
        if let Some(&def) = d.defined_by.as_ref().and_then(|span| at.get(span)) {
            canonicals[i] = canonicals[def].clone();
            named[i].kind = named[def].kind;
        }
        if d.defined_by.is_some() || d.fixed.is_some() && is_acronym(named[i].text) {
            acronyms.insert(named[i].text, (named[i].kind, canonicals[i].clone()));
        }
    }
    drafts
        .iter()
        .zip(named.iter().zip(canonicals))
        .map(|(d, (n, canonical))| match acronyms.get(n.text) {
            Some((kind, c)) if d.defined_by.is_none() && d.fixed.is_none() => EntityMention {
                span: d.span,
                kind: *kind,
                canonical: c.clone(),
            },
            _ => EntityMention {
                span: d.span,
                kind: n.kind,
                canonical,
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, EntityType)> {
        find_in(text)
    }

    #[test]
    fn finds_people_places_and_groups() {
        let got = found("President Bashar al-Assad met Syrian officials in Damascus.");
        assert_eq!(
            got,
            vec![
                ("Bashar al-Assad".into(), EntityType::Person),
                ("Syrian".into(), EntityType::Group),
                ("Damascus".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn skips_sentence_initial_ordinary_words() {
        assert_eq!(
            found("The Kremlin said so."),
            vec![("Kremlin".into(), EntityType::Org)]
        );
        assert_eq!(
            found("Satellite photos showed Lebanon."),
            vec![("Lebanon".into(), EntityType::Place)]
        );
    }

    #[test]
    fn cuts_titles_and_possessives() {
        assert_eq!(
            found("Qatar’s Deputy Foreign Minister Karim Haddad spoke to Mr Haddad's aides."),
            vec![
                ("Qatar".into(), EntityType::Place),
                ("Karim Haddad".into(), EntityType::Person),
                ("Haddad".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn extends_names_over_lowercase_heads() {
        assert_eq!(
            found("Two jets left the Bagram air base and the Caspian fleet sailed to the Taurus mountains."),
            vec![
                ("Bagram air base".into(), EntityType::Facility),
                ("Caspian fleet".into(), EntityType::Org),
                ("Taurus mountains".into(), EntityType::Place)
            ]
        );
        // A nationality before a lowercase noun stays a nationality.
        assert_eq!(
            found("near the Turkish base"),
            vec![("Turkish".into(), EntityType::Group)]
        );
    }

    #[test]
    fn types_names_by_head_and_context() {
        assert_eq!(
            found("The Kenyan Ministry of Health and the newspaper Daily Nation reported."),
            vec![
                ("Kenyan Ministry of Health".into(), EntityType::Org),
                ("Daily Nation".into(), EntityType::Org)
            ]
        );
        assert_eq!(
            found("The tanker Sea Breeze and the Nadia Star cargo ships docked in Port Kelang."),
            vec![
                ("Sea Breeze".into(), EntityType::Vessel),
                ("Nadia Star".into(), EntityType::Vessel),
                ("Port Kelang".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn knows_ship_prefixes_operations_and_named_aircraft() {
        assert_eq!(
            found("NAIROBI, May 2 - The frigate HMS Portland and RAF Chinook helicopters joined Operation Sandbar."),
            vec![
                ("NAIROBI".into(), EntityType::Place),
                ("HMS Portland".into(), EntityType::Vessel),
                ("RAF".into(), EntityType::Org),
                ("Chinook".into(), EntityType::Aircraft),
                ("Operation Sandbar".into(), EntityType::Event)
            ]
        );
    }

    #[test]
    fn reads_results_lines_as_teams() {
        assert_eq!(
            found("Wanderers 2 Athletic 1"),
            vec![
                ("Wanderers".into(), EntityType::Org),
                ("Athletic".into(), EntityType::Org)
            ]
        );
        assert_eq!(
            found("Postponed : Kelso Thistle v Rovers"),
            vec![
                ("Kelso Thistle".into(), EntityType::Org),
                ("Rovers".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn titles_outweigh_other_context() {
        let text = "Ministers met Omar Saleh. Mr. Saleh's spokesman denied it. The Egyptian Navy A400M landed.";
        let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
        let got: Vec<(String, EntityType)> = find(text, &sentences)
            .into_iter()
            .map(|e| (e.span.text(text).to_string(), e.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Omar Saleh".into(), EntityType::Person),
                ("Saleh".into(), EntityType::Person),
                ("Egyptian Navy".into(), EntityType::Org),
                ("A400M".into(), EntityType::Aircraft)
            ]
        );
    }

    #[test]
    fn names_ships_after_people_and_facilities_by_prefix() {
        assert_eq!(
            found("The Admiral Lazarev aircraft carrier left Camp Vega, firing Granit missiles."),
            vec![
                ("Admiral Lazarev".into(), EntityType::Vessel),
                ("Camp Vega".into(), EntityType::Facility)
            ]
        );
    }

    #[test]
    fn links_acronyms_and_surnames() {
        let text = "Residents said Jaysh al-Fatah (JAF) entered the town. Later JAF said Omar Qadri had left. Qadri denied it.";
        let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
        let got: Vec<(String, String)> = find(text, &sentences)
            .into_iter()
            .map(|e| (e.span.text(text).to_string(), e.canonical))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Jaysh al-Fatah".into(), "Jaysh al-Fatah".into()),
                ("JAF".into(), "Jaysh al-Fatah".into()),
                ("JAF".into(), "Jaysh al-Fatah".into()),
                ("Omar Qadri".into(), "Omar Qadri".into()),
                ("Qadri".into(), "Omar Qadri".into())
            ]
        );
    }

    #[test]
    fn reads_headlines_for_known_names_only() {
        let text = "Turkey Sends More Aid Trucks To Kyrgyzstan\nThe trucks left Turkey on Monday.";
        let body = [ByteSpan::new(0, 42), ByteSpan::new(43, text.len())];
        let sentences = crate::sentences::split(text, &body);
        let got: Vec<String> = find(text, &sentences)
            .into_iter()
            .map(|e| e.span.text(text).to_string())
            .collect();
        assert_eq!(got, vec!["Turkey", "Kyrgyzstan", "Turkey"]);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "", "(", "A", "’s", "al-", "(HTS)", "Mr", "-class", "An-", "É É É",
        ] {
            let _ = found(text);
        }
    }
}
