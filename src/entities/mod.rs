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
use names::{
    Known, AIRCRAFT_NOUNS, COMMON_WORDS, COUNTRIES, CREDIT_MARKERS, EVENT_PREFIXES,
    FACILITY_PREFIXES, FIRST_NAMES, GAZETTEER, HEADS, ORG_AFTER, ORG_BEFORE, PERSON_AFTER,
    PERSON_BEFORE, PLACE_BEFORE, PLACE_FIRST_WORDS, PLACE_NOUNS, PLACE_PREFIXES, PRODUCT_NOUNS,
    SHIP_CUES, SHIP_MODIFIERS, SHIP_NOUNS, SHIP_PREFIXES, SHIP_TITLES, TIME_ZONES, TITLES,
    TITLE_MODIFIERS,
};
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
    /// A title stands with it: the strongest sign of a person.
    titled: bool,
    /// It starts with a given name ("Olga Petrenko").
    given: bool,
    /// A strong place word stands before it ("in", "at", "the town of").
    place_strong: bool,
    /// A description after a comma names a place or an organisation ("Hubei, a
    /// province", "Sahem, its giving platform"); weaker than a given name, as the
    /// comma may open a clause instead ("John Smith, the firm said").
    apposition_place: bool,
    apposition_org: bool,
    person: bool,
    place: bool,
    org: bool,
    vessel: bool,
    /// A weapon or product noun follows ("Kalibr missiles"): SCHEMA has no type for it.
    product: bool,
    /// An aircraft noun follows a model-like name ("NH90 helicopters").
    aircraft: bool,
    /// The name stands in a line of results or a table.
    results: bool,
    /// A place preposition stands right before it ("in Wellington"), whatever its type.
    place_word_before: bool,
    /// The name before it in a list ("Odesa, Chornomorsk and Yuzhne").
    listed_after: Option<ByteSpan>,
    /// Quotes enclose exactly the name: a title, a plan or a nickname ("a plan
    /// called \"Bright Horizon\""), not a person.
    quoted: bool,
    /// "the", "a" or "an" stands right before it: a person's full name seldom
    /// takes one ("the Dow Jones index", "a Pan Am flight").
    article_before: bool,
    /// A town or county that plays here ("Essex 471", "Leicestershire beat …"): a club.
    team: bool,
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
        let mut free: Vec<bool> = toks
            .iter()
            .map(|t| !claimed.iter().any(|c| c.overlaps(t.span)))
            .collect();
        let before = text[..sentence.span.start].trim_end_matches([' ', '\t']);
        let line_start = before.is_empty() || before.ends_with('\n');
        for (start, end) in dateline_places(toks).into_iter().filter(|_| line_start) {
            let span = ByteSpan::new(toks[start].span.start, toks[end - 1].span.end);
            let name = span.text(text);
            let known_otherwise = GAZETTEER
                .folded(name)
                .is_some_and(|k| k.kind != EntityType::Place);
            if known_otherwise || !free[start..end].iter().all(|f| *f) {
                continue;
            }
            let canonical = GAZETTEER
                .folded(name)
                .filter(|k| k.kind == EntityType::Place)
                .map_or_else(
                    || {
                        name.split(' ')
                            .map(|w| title_case(&w.to_lowercase()))
                            .collect::<Vec<_>>()
                            .join(" ")
                    },
                    |k| k.canonical.to_string(),
                );
            drafts.push(Draft {
                span,
                kind: Some(EntityType::Place),
                fixed: Some(canonical),
                defined_by: None,
                context: Context {
                    place_strong: true,
                    ..Context::default()
                },
                variant: None,
                initial: false,
            });
            free[start..end].iter_mut().for_each(|f| *f = false);
        }
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
    surnames_over_places(text, &mut drafts);
    link_short_references(text, &mut drafts);
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
    teams_across_article(text, &mut drafts);
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
    // A full stop after lowercase content words is prose, however many names it holds.
    let lowercase_content = words
        .iter()
        .filter(|t| t.text.starts_with(char::is_lowercase) && !COMMON_WORDS.contains(t.text))
        .count();
    let full_stop = toks.last().is_some_and(|t| t.text == ".");
    if words.len() < 3 || full_stop && (words.len() > 12 || lowercase_content >= 2) {
        return Case::Sentence;
    }
    let capitalised = words
        .iter()
        .filter(|t| t.text.starts_with(char::is_uppercase))
        .count();
    // Titles are capitalised in prose too ("Deputy Foreign Minister").
    let ordinary = words
        .iter()
        .filter(|t| t.text.starts_with(char::is_uppercase) && is_ordinary(t.text, lowercase))
        .filter(|t| !TITLES.contains(t.text) && !TITLE_MODIFIERS.contains(t.text))
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
        let mut in_credit = false;
        while i < toks.len() {
            // Credits name photographers, agencies and editors, not the story's
            // entities: "(Photo: Olga Petrenko/AP)", "Editing by Tom Hale".
            if CREDIT_MARKERS.contains(&toks[i].text)
                && toks.get(i + 1).is_some_and(|t| {
                    matches!(t.text, ":" | "by") || t.text == "from" && toks[i].text == "inputs"
                })
            {
                in_credit = true;
            } else if toks[i].text == ")" || toks[i].text == ";" {
                in_credit = false;
            }
            if in_credit || !self.starts_name(i) {
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
                && !EVENT_PREFIXES.contains(&toks[start].text)
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
        t.is_word && self.free[i] && t.is_capitalised() && !TIME_ZONES.contains(&t.text)
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
            // A connector (and "the" after it) joins two capitalised words; "and"
            // only inside an organisation's name ("Disaster and Emergency Management
            // Authority"), "on" only after its head ("Council on Foreign Relations").
            let mut j = end;
            let connector = toks[j].text;
            // "Douglas & Lomason": an ampersand joins the names of a firm.
            if toks[end].text == "&" && end + 1 < toks.len() && self.starts_name(end + 1) {
                end += 2;
                continue;
            }
            // Not across weekdays and months ("Reuters on Thursday").
            let ordinary_side = |t: &Token<'_>| {
                crate::data::CALENDAR_NAMES.iter().any(|(kind, name, _)| {
                    matches!(*kind, "weekday" | "month") && name.eq_ignore_ascii_case(t.text)
                })
            };
            let joins = (CONNECTORS.contains(&connector)
                || connector == "on" && self.org_head_span(end - 1, end).is_some())
                && !ordinary_side(&toks[end - 1]);
            if toks[j].is_word && joins {
                j += 1;
                if j < toks.len() && toks[j].text == "the" && connector != "and" {
                    j += 1;
                }
                if j < toks.len() && self.starts_name(j) && !ordinary_side(&toks[j]) {
                    if connector != "and" {
                        end = j + 1;
                        continue;
                    }
                    let after = self.run_end(j);
                    let org_after = self
                        .org_head_span(j, after)
                        .is_some_and(|(_, e)| e == after);
                    if org_after
                        && GAZETTEER.exact(toks[j].text).is_none()
                        && self.org_head_span(i, end).is_none()
                        && GAZETTEER.exact(self.words(i, end)).is_none()
                    {
                        end = after;
                        continue;
                    }
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
        // Time zones ("GMT"), currency codes ("USD"), a title or its modifier alone
        // ("CEO", "Deputy"), and a currency's country ("NZ$500", "US$", "US dollars")
        // are not names.
        let nationality = GAZETTEER
            .exact(text)
            .is_some_and(|k| k.kind == EntityType::Group);
        let currency = toks.get(end).is_some_and(|t| {
            t.text == "$" && t.span.start == toks[end - 1].span.end
                || matches!(t.text, "dollar" | "dollars") && !nationality
        });
        let code = crate::data::CURRENCIES.iter().any(|c| {
            c.meaning.position == crate::data::CurrencyPosition::Code && c.meaning.code == text
        });
        if end - start == 1 && (TIME_ZONES.contains(&text) || code) || currency {
            return Vec::new();
        }
        if let Some(known) = GAZETTEER.exact(text) {
            // Ships are named after places and people: "the submarine Kazan".
            let shiplike = matches!(
                known.kind,
                EntityType::Place | EntityType::Person | EntityType::Aircraft
            );
            if !(shiplike && self.ship_noun_before(start)) {
                return whole(Some(known), None);
            }
            return whole(None, None);
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
        if self.title_end(start, end) == Some(end)
            || end - start == 1 && TITLE_MODIFIERS.contains(&text)
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
        // A title anywhere: what stands before it is separate, what follows is a
        // person. Ordinary words before it are part of the title ("International
        // Development Secretary"); a title inside an organisation's head is not one
        // ("French General Staff", "Consulate General Donetsk", "King Salman Relief Center").
        let org_head_last = self
            .org_head_span(start, end)
            .is_some_and(|(_, e)| e == end);
        for i in start..end {
            if org_head_last && i == start
                || self
                    .org_head_span(start, end)
                    .is_some_and(|(a, b)| (a..b).contains(&i))
            {
                continue;
            }
            if let Some(after) = self.title_end(i, end) {
                if after < end {
                    let ordinary_before = (start..i).all(|j| {
                        is_ordinary(toks[j].text, self.lowercase)
                            && GAZETTEER.exact(toks[j].text).is_none()
                    });
                    let mut out = if ordinary_before {
                        Vec::new()
                    } else {
                        self.segment(start, i, false)
                    };
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
        // "the Mediterranean of the Russian Navy": a place before "of" is a name of its
        // own; so is a person before "of" ("Olga Petrenko of UNICEF") and a place
        // after "for" ("left Hindan for Romania").
        if let Some(of) = (start + 1..end).find(|&i| matches!(toks[i].text, "of" | "for")) {
            let after = GAZETTEER.exact(self.words(of + 1, end)).map(|k| k.kind);
            let place_for = toks[of].text == "for" && after == Some(EntityType::Place);
            let person_of = FIRST_NAMES.contains(toks[start].text)
                && of > start + 1
                && matches!(after, Some(EntityType::Org | EntityType::Place));
            if place_for
                || person_of
                || GAZETTEER
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
            if EVENT_PREFIXES.contains(&toks[start].text) {
                return whole(None, Some(EntityType::Event));
            }
            if FACILITY_PREFIXES
                .iter()
                .any(|p| text.starts_with(&format!("{p} ")) && text.len() > p.len() + 1)
            {
                return whole(None, Some(EntityType::Facility));
            }
            // A given name and a head that is also a surname: "Jim Press", "Emily Post".
            let given_and_head = end - start == 2
                && FIRST_NAMES.contains(toks[start].text)
                && GAZETTEER.exact(toks[start].text).is_none();
            if let Some(kind) = self.head_type(start, end).filter(|_| !given_and_head) {
                return whole(None, Some(kind));
            }
            // "Mount Sinjar", "Cape of Good Hope", "Lake Chad".
            if PLACE_FIRST_WORDS.contains(&toks[start].text) {
                return whole(None, Some(EntityType::Place));
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

    /// Where a capitalised organisation head stands in `start..end`, as a token range.
    fn org_head_span(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let words: Vec<&str> = self.toks[start..end].iter().map(|t| t.text).collect();
        HEADS
            .iter()
            .filter(|h| h.kind == EntityType::Org && h.words.starts_with(char::is_uppercase))
            .find_map(|h| {
                let n = h.words.split(' ').count();
                words
                    .windows(n)
                    .position(|w| w.join(" ") == h.words)
                    .map(|i| (start + i, start + i + n))
            })
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
                                .is_some_and(|next| matches!(*next, "of" | "for" | "on"))
                            || n < words.len()
                                && GAZETTEER
                                    .exact(&words[n..].join(" "))
                                    .is_some_and(|k| k.kind == EntityType::Place))
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
                    // A club named after its town: "Zaragoza air base".
                    Some(EntityType::Org) => {
                        head_kind == EntityType::Event
                            || head_kind == EntityType::Facility && segment.end == segment.start + 1
                    }
                    Some(EntityType::Person | EntityType::Vessel | EntityType::Aircraft) => false,
                    // "the US naval base": a country's base is no named facility.
                    Some(EntityType::Place) if head_kind == EntityType::Facility => {
                        !fixed.as_deref().is_some_and(|c| COUNTRIES.contains(c))
                    }
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
        // A town or county that plays is a club ("Essex 471", "Leicestershire beat
        // Somerset", "Boston v Detroit"); countries stay places, as national sides.
        let plays = versus
            || matches!(prev, "beat" | "beats" | "defeated")
            || matches!(
                next,
                "beat" | "beats" | "defeated" | "drew" | "won" | "lost"
            )
            || self.results && (is_number(next) || is_number(prev));
        let team = plays
            && kind == Some(EntityType::Place)
            && fixed.as_deref().is_some_and(|c| !COUNTRIES.contains(c));
        if team {
            kind = Some(EntityType::Org);
            fixed = None;
        }
        // A given name alone is weaker evidence than a title: "at Trent Bridge".
        let after_title = segment.start > 0
            && TITLES.contains(toks[segment.start - 1].text.trim_end_matches('.'));
        let given =
            segment.person && !after_title && FIRST_NAMES.contains(toks[segment.start].text);
        let mut context = Context {
            titled: segment.person && !given,
            given,
            ..Context::default()
        };
        if kind.is_none() {
            context = self.context(segment.start, last, segment.person && !given);
            context.given = given;
        }
        context.results = self.results;
        context.team = team;
        context.listed_after = segment
            .start
            .checked_sub(2)
            .filter(|&j| matches!(toks[j + 1].text, "," | "and" | "or"))
            .and_then(|j| {
                drafts
                    .iter()
                    .rev()
                    .take(3)
                    .find(|d| d.span.end == toks[j].span.end)
            })
            .map(|d| d.span);
        context.place_word_before = segment.start > 0
            && toks[segment.start - 1].is_word
            && PLACE_BEFORE.contains(&toks[segment.start - 1].text);
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
        // "said Webber", "Brunswijk, 35, denied": a quote's speaker, an age.
        let said_before = prev_is_adjacent && matches!(prev, "said" | "says" | "added");
        let aged = toks.get(end).is_some_and(|t| t.text == ",")
            && toks
                .get(end + 1)
                .is_some_and(|t| t.text.len() == 2 && t.text.chars().all(|c| c.is_ascii_digit()))
            && toks
                .get(end + 2)
                .is_some_and(|t| matches!(t.text, "," | "." | ")"));
        if prev_is_adjacent && PERSON_BEFORE.contains(&prev.to_lowercase().as_str())
            || PERSON_AFTER.contains(&next)
            || said_before
            || aged
        {
            c.person = true;
        }
        let place_noun_of = prev == "of" && PLACE_NOUNS.contains(&word_before(1));
        if prev_is_adjacent && (PLACE_BEFORE.contains(&prev) || place_noun_of) {
            c.place = true;
            c.place_strong = place_noun_of || matches!(prev, "in" | "at" | "near");
        }
        // "the Tarsk-based maker": what something is based in is a place.
        if self.text[toks[end - 1].span.end..].starts_with("-based") {
            c.place = true;
            c.place_strong = true;
        }
        let is_quote = |t: &Token<'_>| matches!(t.text, "\"" | "“" | "”" | "‘" | "’" | "'");
        c.article_before =
            prev_is_adjacent && matches!(prev, "the" | "The" | "a" | "A" | "an" | "An");
        c.quoted = start > 0 && is_quote(&toks[start - 1]) && toks.get(end).is_some_and(is_quote);
        // "the Farnesina", "the Knesset": a single name after "the" is an institution.
        c.apposition_place = self.apposition_has(end, &PLACE_NOUNS);
        // "the Tongan capital": an unknown nationality before a noun.
        let demonym_before_noun =
            is_demonym(toks[start].text) && toks.get(end).is_some_and(|t| t.is_word);
        let the_single = prev == "the" && end == start + 1 && !c.place && !demonym_before_noun;
        if prev_is_adjacent && (ORG_BEFORE.contains(&prev) || the_single)
            || ORG_AFTER.contains(&next)
        {
            c.org = true;
        }
        c.apposition_org = self.apposition_has(end, &ORG_BEFORE);
        c.aircraft = AIRCRAFT_NOUNS.contains(&next) && !is_person_shaped(self.words(start, end));
        c.vessel = self.is_ship_name(start, end);
        c.product = toks
            .get(end)
            .is_some_and(|t| PRODUCT_NOUNS.contains(&t.text));
        c
    }

    /// True when the words around `start..end` make it a ship's name: after a ship
    /// noun ("ship Olenegorskiy Gornyak", "ship called the Professor Katsman",
    /// "destroyers Severomorsk and Vice-Admiral Kulakov"), before one past ship
    /// modifiers ("Sparta II cargo ships", "Admiral Kuznetsov aircraft carrier"), in
    /// an apposition ("the Razoni, a bulk carrier"), after a ship prefix ("USS
    /// Carney") or as a person's title after "the" ("the Admiral Gorshkov"). Names
    /// of navies and fleets are not ships ("Royal Navy vessels").
    fn is_ship_name(&self, start: usize, end: usize) -> bool {
        let toks = self.toks;
        if self.is_org_named(start, end) {
            return false;
        }
        if self.ship_noun_before(start) {
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
        let the_titled = start > 0
            && matches!(toks[start - 1].text, "the" | "The")
            && SHIP_TITLES.contains(&toks[start].text)
            && end > start + 1;
        the_titled
            || self.apposition_has(end, &SHIP_NOUNS)
            || SHIP_PREFIXES.contains(&toks[start].text) && end > start + 1
    }

    /// True when a ship noun or cue stands before `start`, with only "the", "called",
    /// quotes, commas and the other names of a list in between.
    fn ship_noun_before(&self, start: usize) -> bool {
        let toks = self.toks;
        let Some(noun) = toks[..start]
            .iter()
            .rposition(|t| SHIP_NOUNS.contains(&t.text) || SHIP_CUES.contains(&t.text))
        else {
            return false;
        };
        let between = &toks[noun + 1..start];
        let allowed = |t: &Token<'_>| {
            matches!(
                t.text,
                "called" | "named" | "the" | "\"" | "“" | "‘" | "," | "and"
            ) || t.is_capitalised()
        };
        if between.len() > 12 || !between.iter().all(allowed) {
            return false;
        }
        // Other names of a list stand between only after a plural noun
        // ("destroyers Severomorsk and Vice-Admiral Kulakov"); a comma opens an
        // apposition ("its ship, the Grand Celebration") or a list, not a new clause.
        let list = between
            .iter()
            .any(|t| t.text == "and" || t.is_capitalised());
        match between.first().map(|t| t.text) {
            Some("," | "and") if list => false,
            Some(",") => between.get(1).is_some_and(|t| t.text == "the"),
            _ => !list || toks[noun].text.ends_with('s'),
        }
    }

    /// True when `start..end` names an organisation by its head ("Royal Navy",
    /// "Navy", "Coast Guard").
    fn is_org_named(&self, start: usize, end: usize) -> bool {
        let text = self.words(start, end);
        self.head_type(start, end) == Some(EntityType::Org)
            || HEADS
                .iter()
                .any(|h| h.kind == EntityType::Org && h.words == text)
            || GAZETTEER
                .exact(text)
                .is_some_and(|k| k.kind == EntityType::Org)
    }

    /// True when a comma after `end` opens a description ("a", "an", "the", "its"
    /// and up to four words) holding one of `nouns`: "Hubei, a province of …",
    /// "the Razoni, a Sierra Leone-flagged bulk carrier".
    fn apposition_has(&self, end: usize, nouns: &HashSet<&str>) -> bool {
        let toks = self.toks;
        if toks.get(end).is_none_or(|t| t.text != ",")
            || toks
                .get(end + 1)
                .is_none_or(|t| !matches!(t.text, "a" | "an" | "the" | "its"))
        {
            return false;
        }
        toks[end + 2..]
            .iter()
            .take(5)
            .take_while(|t| t.is_word)
            .any(|t| nouns.contains(&t.text))
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
        // A short name with capitals inside stands for the name before it too
        // ("King Salman Humanitarian Aid and Relief Center (KSrelief)", "StratCom").
        let capitals = acronym
            .text
            .chars()
            .filter(char::is_ascii_uppercase)
            .count();
        let short_name = (2..=6).contains(&capitals)
            && acronym.text.len() <= 12
            && acronym.text.chars().all(|c| c.is_ascii_alphabetic());
        if open.text != "(" || close.text != ")" || !(is_acronym(acronym.text) || short_name) {
            return;
        }
        // "BERLIN (AP)" is a dateline: an acronym defines a name only if its letters
        // are that name's capitals, in order, and it is not a known name itself.
        let definition = drafts.get(first..).and_then(|d| d.last()).filter(|d| {
            GAZETTEER.exact(acronym.text).is_none()
                && abbreviates(acronym.text, d.span.text(self.text))
        });
        if definition.is_none() && !is_acronym(acronym.text) {
            return;
        }
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
    let mid_sentence: HashSet<String> = drafts
        .iter()
        .filter(|d| !d.initial)
        .map(|d| d.span.text(text).to_string())
        .collect();
    // First what the article shows about each unknown name, then defaults. Full
    // names go first, so that a lone surname can take the type of its full name.
    let mut shown: HashMap<String, HashMap<EntityType, usize>> = HashMap::new();
    let mut defaulted = Vec::new();
    let by_span: HashMap<ByteSpan, usize> = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| (d.span, i))
        .collect();
    for single in [false, true] {
        let order: Vec<usize> = (0..drafts.len())
            .filter(|&i| {
                let d = &drafts[i];
                d.kind.is_none() && (d.span.text(text).split_whitespace().count() == 1) == single
            })
            .collect();
        for i in order {
            // "the ports of Odesa, Chornomorsk and Yuzhne": a list shares a type.
            let listed_with = drafts[i]
                .context
                .listed_after
                .and_then(|span| by_span.get(&span))
                .and_then(|&j| drafts[j].kind)
                .filter(|k| matches!(k, EntityType::Place | EntityType::Person | EntityType::Org));
            let d = &mut drafts[i];
            let name = d.span.text(text);
            let words = name.split_whitespace().count();
            let c = d.context;
            let key = canonical::key(name);
            let evidence = if c.vessel {
                Some(EntityType::Vessel)
            } else if c.aircraft {
                Some(EntityType::Aircraft)
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
            } else if c.person && is_person_shaped(name) {
                Some(EntityType::Person)
            } else if c.place_strong {
                Some(EntityType::Place)
            } else if c.given && !c.quoted
                || words == 1 && FIRST_NAMES.contains(name) && !is_ordinary(name, lowercase)
            {
                Some(EntityType::Person)
            } else if c.apposition_org {
                Some(EntityType::Org)
            } else if c.place || c.apposition_place {
                Some(EntityType::Place)
            } else if let Some(kind) = listed_with {
                Some(kind)
            } else if words == 1 && is_demonym(name) {
                Some(EntityType::Group)
            } else {
                None
            };
            if let Some(kind) = evidence {
                *shown.entry(key).or_default().entry(kind).or_default() += 1;
                d.kind = Some(kind);
            } else {
                defaulted.push(i);
                d.kind = default_type(
                    name,
                    c,
                    d.initial && !mid_sentence.contains(name),
                    lowercase,
                );
            }
            if d.kind == Some(EntityType::Person) && words >= 2 {
                surnames.extend(name.split_whitespace().last().map(canonical::key));
            }
        }
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

/// A single word that is the surname of a person the article names in full is
/// that person, even where a gazetteer knows it as a place or a line of results
/// made it a team ("Rosa Lima … Lima scored"); after a place preposition it
/// stays a place ("in Lima").
fn surnames_over_places(text: &str, drafts: &mut [Draft]) {
    let surnames: HashSet<String> = drafts
        .iter()
        .filter(|d| d.kind == Some(EntityType::Person))
        .filter_map(|d| {
            let name = d.span.text(text);
            name.contains(' ')
                .then(|| name.split_whitespace().last().map(canonical::key))
                .flatten()
        })
        .collect();
    for d in drafts.iter_mut() {
        let name = d.span.text(text);
        let team = d.kind == Some(EntityType::Org) && d.context.results;
        if (d.kind == Some(EntityType::Place) || team)
            && !name.contains(' ')
            && !d.context.place_word_before
            && !is_acronym(name)
            && surnames.contains(&canonical::key(name))
        {
            d.kind = Some(EntityType::Person);
            d.fixed = None;
        }
    }
}

/// The type of an unknown name nothing in the article speaks for. A person needs
/// a person's shape and, alone, a single word needs more evidence than that
/// (a title, a verb of saying, a full name elsewhere), so a lone word stays out.
fn default_type(
    name: &str,
    c: Context,
    only_initial: bool,
    lowercase: &HashSet<String>,
) -> Option<EntityType> {
    let words = name.split_whitespace().count();
    if c.product || c.quoted || words == 1 && only_initial {
        // A weapon or product, a title in quotes, or a capitalised first word
        // with nothing else to show it is a name.
        return None;
    }
    // "North American", "Southeast Asian": a region's people, not a person.
    if words >= 2
        && name.split_whitespace().last().is_some_and(|last| {
            GAZETTEER
                .exact(last)
                .is_some_and(|k| k.kind == EntityType::Group)
        })
    {
        return Some(EntityType::Group);
    }
    if !is_person_shaped(name)
        || words >= 2
            && (c.article_before
                || name.contains(" of ")
                || name.contains(" for ")
                || name.split_whitespace().any(|w| is_ordinary(w, lowercase)))
    {
        // People's names are not made of ordinary words ("Stock Exchange", "Red
        // Star"), digits, capitals inside a word or acronyms ("SpiceJet", "Mac OS X"),
        // and seldom take an article ("the Dow Jones index").
        return Some(EntityType::Org);
    }
    if words == 1 && !c.results {
        return None;
    }
    Some(EntityType::Person)
}

/// Later short mentions of ships and named events take the full name's type and
/// canonical name: "HMNZS Wellington" … "Wellington reached …", "Admiral
/// Kuznetsov" … "the Kuznetsov", "Hurricane Dorian" … "Dorian made landfall". A
/// place after a place preposition stays a place ("in Wellington").
fn link_short_references(text: &str, drafts: &mut [Draft]) {
    let mut short: HashMap<String, (EntityType, String)> = HashMap::new();
    for d in drafts.iter() {
        let Some(kind @ (EntityType::Vessel | EntityType::Event)) = d.kind else {
            continue;
        };
        let name = d.span.text(text);
        let words: Vec<&str> = name.split_whitespace().collect();
        if name.ends_with("-class") {
            continue;
        }
        let first = words[0];
        if words.len() >= 2 && SHIP_PREFIXES.contains(&first) || EVENT_PREFIXES.contains(&first) {
            short
                .entry(words[1..].join(" "))
                .or_insert((kind, name.to_string()));
        }
        if words.len() >= 2 && SHIP_TITLES.contains(&first) && kind == EntityType::Vessel {
            short
                .entry(words[1..].join(" "))
                .or_insert((kind, name.to_string()));
            if let Some(last) = words.last() {
                short
                    .entry((*last).to_string())
                    .or_insert((kind, name.to_string()));
            }
        }
        short
            .entry(name.to_string())
            .or_insert((kind, name.to_string()));
    }
    for d in drafts.iter_mut() {
        let name = d.span.text(text);
        let Some((kind, full)) = short.get(name) else {
            continue;
        };
        // A known place is a ship only as "the Kazan".
        let the_before = d.span.start >= 4 && text[..d.span.start].ends_with("the ");
        if d.kind == Some(*kind)
            || d.defined_by.is_some()
            || d.context.place_word_before
            || d.kind == Some(EntityType::Place) && !the_before
        {
            continue;
        }
        d.kind = Some(*kind);
        d.fixed = (full != name).then(|| full.clone());
    }
}

/// True when every word of `name` could be part of a person's name: a capital
/// and lowercase letters ("Olga", "Petrenko-Ruiz", "O'Neil"), an initial ("J.",
/// "W"), a name particle ("al", "van") or a generation ("Jr.", "III"). A capital
/// inside a word is a name only after a short particle ("McDonald", "LaSorda",
/// "DeShawn"), not in brands ("SpiceJet", "BlackBerry", "PowerPC").
fn is_person_shaped(name: &str) -> bool {
    name.split_whitespace().all(|word| {
        let word = word.trim_end_matches('.');
        if CONNECTORS.contains(&word) || matches!(word, "Jr" | "Sr" | "II" | "III" | "IV") {
            return true;
        }
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if !first.is_uppercase() {
            // "al-Assad", "bin-Laden": a lowercase particle joined to a name.
            return word
                .split_once('-')
                .is_some_and(|(_, rest)| is_person_shaped(rest));
        }
        if word.contains('.') {
            // Dotted initials: "J.R."
            return word.split('.').all(|p| p.chars().count() <= 1);
        }
        let mut lower_run = 0;
        let mut previous = first;
        for c in chars {
            if c.is_lowercase() {
                lower_run += 1;
            } else if c.is_uppercase() {
                let after_mark = matches!(previous, '\'' | '’' | '-');
                let after_particle = previous.is_lowercase() && lower_run <= 2;
                if !(after_mark || after_particle) {
                    return false;
                }
                lower_run = 0;
            } else if !matches!(c, '\'' | '’' | '-') {
                return false;
            }
            previous = c;
        }
        true
    })
}

/// A dateline opening an all-capitals line ("OSLO 2024-05-02", "TARSK , Norland
/// 1996-08-30", "LIMA, March 3"): the place in capitals and its region before
/// the date, as token ranges.
fn dateline_places(toks: &[Token<'_>]) -> Vec<(usize, usize)> {
    let all_caps = |t: &Token<'_>| {
        t.is_word
            && t.text.chars().any(char::is_uppercase)
            && !t.text.chars().any(char::is_lowercase)
            && !is_month(t.text)
            && !is_calendar_word("weekday", t.text)
    };
    // A numeric date ("1996-08-30", "5/2/2024") or a month and a day ("MARCH 3").
    let dated = |at: usize| {
        toks.get(at).is_some_and(|t| {
            t.text.starts_with(|c: char| c.is_ascii_digit()) && t.text.contains(['-', '/'])
                || is_month(t.text)
                    && toks
                        .get(at + 1)
                        .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()))
        })
    };
    let place_end = toks.iter().take_while(|t| all_caps(t)).count();
    if place_end == 0 || place_end > 3 {
        return Vec::new();
    }
    let mut places = vec![(0, place_end)];
    let mut at = place_end;
    if toks.get(at).is_some_and(|t| t.text == ",") && !dated(at + 1) {
        let region = toks[at + 1..]
            .iter()
            .take(3)
            .take_while(|t| t.is_word && t.is_capitalised() && !is_month(t.text))
            .count();
        if region == 0 {
            return Vec::new();
        }
        places.push((at + 1, at + 1 + region));
        at += 1 + region;
    } else if toks.get(at).is_some_and(|t| t.text == ",") {
        at += 1;
    }
    if dated(at) {
        places
    } else {
        Vec::new()
    }
}

/// True for a month's name or its news abbreviation ("Sept", "MARCH").
fn is_month(word: &str) -> bool {
    is_calendar_word("month", word)
}

/// True for a calendar name of `kind` ("month", "weekday"), in any case.
fn is_calendar_word(kind: &str, word: &str) -> bool {
    let word = title_case(&word.trim_end_matches('.').to_lowercase());
    crate::data::CALENDAR_NAMES
        .iter()
        .any(|(k, name, _)| *k == kind && *name == word)
}

/// A town or county that plays somewhere in the article is a club in all its
/// mentions ("Essex 471" … "title rivals Essex"), except after a place word
/// ("in Essex") or in a dateline.
fn teams_across_article(text: &str, drafts: &mut [Draft]) {
    let teams: HashSet<String> = drafts
        .iter()
        .filter(|d| d.context.team)
        .map(|d| d.span.text(text).to_lowercase())
        .collect();
    for d in drafts.iter_mut() {
        if d.kind == Some(EntityType::Place)
            && !d.context.place_word_before
            && !d.context.place_strong
            && !d.fixed.as_deref().is_some_and(|c| COUNTRIES.contains(c))
            && teams.contains(&d.span.text(text).to_lowercase())
        {
            d.kind = Some(EntityType::Org);
            d.fixed = None;
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
    let results = is_results_line(toks);
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
                // In a table of results, a town or county before or after a number is a club.
                let scored = [i.checked_sub(1), Some(e)]
                    .into_iter()
                    .flatten()
                    .any(|j| toks.get(j).is_some_and(|t| is_number(t.text)));
                let team = results
                    && scored
                    && kind == EntityType::Place
                    && fixed.as_deref().is_some_and(|c| !COUNTRIES.contains(c));
                let (kind, fixed) = if team {
                    (EntityType::Org, None)
                } else {
                    (kind, fixed)
                };
                drafts.push(Draft {
                    span,
                    kind: Some(kind),
                    fixed,
                    defined_by: None,
                    context: Context {
                        team,
                        ..Context::default()
                    },
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

    fn found_in_article(text: &str) -> Vec<(String, EntityType)> {
        let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
        find(text, &sentences)
            .into_iter()
            .map(|e| (e.span.text(text).to_string(), e.kind))
            .collect()
    }

    #[test]
    fn a_surname_of_a_named_person_is_that_person_outside_place_phrases() {
        assert_eq!(
            found_in_article(
                "Ana Lima scored twice on Sunday. Lima said the team had trained in Lima."
            ),
            vec![
                ("Ana Lima".into(), EntityType::Person),
                ("Lima".into(), EntityType::Person),
                ("Lima".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn quoted_titles_product_lines_and_firm_heads_are_no_people() {
        assert_eq!(
            found_in_article(
                "The board backed a plan called \"Kesta Morrow\" and new Zenbo Air laptops. \
                 Varnok Auto said it would buy the Tarsk-based maker."
            ),
            vec![
                ("Varnok Auto".into(), EntityType::Org),
                ("Tarsk".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn names_after_articles_regions_and_quoted_titles_are_no_people() {
        assert_eq!(
            found_in_article(
                "Shares rose after the Varga Lenck index closed higher, and Southeast Asian \
                 buyers came back. He starred in \"Tomas Verran\", a film."
            ),
            vec![
                ("Varga Lenck".into(), EntityType::Org),
                ("Southeast Asian".into(), EntityType::Group)
            ]
        );
    }

    #[test]
    fn datelines_name_places_before_the_date() {
        let text = "TARSKVILLE , Norland 2024-05-02\nOfficials met on Monday.";
        assert_eq!(
            found_in_article(text),
            vec![
                ("TARSKVILLE".into(), EntityType::Place),
                ("Norland".into(), EntityType::Place)
            ]
        );
        assert_eq!(
            found_in_article("OSLO, MAY 3 -- FIGHTING ENDS\nIt ended."),
            vec![("OSLO".into(), EntityType::Place)]
        );
        // A weekday or a row of a table opens no dateline.
        let table = found_in_article("FRIDAY , MAY 30 SCHEDULE\nNORLAND 61 74 .452\nIt rained.");
        assert!(
            !table.iter().any(|(_, kind)| *kind == EntityType::Place),
            "{table:?}"
        );
    }

    #[test]
    fn a_town_that_plays_once_is_a_club_throughout() {
        assert_eq!(
            found_in_article(
                "Kent beat Somerset by six wickets. Title rivals Kent also won in Kent."
            ),
            vec![
                ("Kent".into(), EntityType::Org),
                ("Somerset".into(), EntityType::Org),
                ("Kent".into(), EntityType::Org),
                ("Kent".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn people_need_a_persons_shape() {
        for name in [
            "Olga Petrenko",
            "Sean O'Neil",
            "Tom LaSorda",
            "J.R. Hartley",
            "al-Hakim",
        ] {
            assert!(is_person_shaped(name), "{name}");
        }
        for name in ["SpiceJet", "PowerPC", "Nova OS X", "Widget 3000", "GHz"] {
            assert!(!is_person_shaped(name), "{name}");
        }
    }

    #[test]
    fn a_lone_unknown_word_needs_evidence_to_be_a_person() {
        let text = "Shoppers chose Vantrix over Zelmora. Dana Kowalczyk, 44, runs Vantrix. \
                    Kowalczyk denied it, said Brandtner. Quillon, 61, agreed.";
        assert_eq!(
            found_in_article(text),
            vec![
                ("Dana Kowalczyk".into(), EntityType::Person),
                ("Kowalczyk".into(), EntityType::Person),
                ("Brandtner".into(), EntityType::Person),
                ("Quillon".into(), EntityType::Person)
            ]
        );
        assert_eq!(
            found("The airline AeroNimbus and the Zorvex Mobile phones."),
            vec![("AeroNimbus".into(), EntityType::Org)]
        );
    }

    fn canonicals_in_article(text: &str) -> Vec<(String, EntityType, String)> {
        let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
        find(text, &sentences)
            .into_iter()
            .map(|e| (e.span.text(text).to_string(), e.kind, e.canonical))
            .collect()
    }

    #[test]
    fn finds_ships_in_lists_appositions_and_later_mentions() {
        let text = "The destroyers Admiral Petrov and Vice-Admiral Orlov escorted the cruiser Moscow. \
                    Royal Navy vessels followed. Crews boarded the Kestrel Dawn, a Panama-flagged tanker. \
                    HMS Gannet sailed later, and Gannet reached the Petrov before the Moscow docked.";
        let vessel = |name: &str, canonical: &str| {
            (name.to_string(), EntityType::Vessel, canonical.to_string())
        };
        assert_eq!(
            canonicals_in_article(text),
            vec![
                vessel("Admiral Petrov", "Admiral Petrov"),
                vessel("Vice-Admiral Orlov", "Vice-Admiral Orlov"),
                vessel("Moscow", "Moscow"),
                ("Royal Navy".into(), EntityType::Org, "Royal Navy".into()),
                vessel("Kestrel Dawn", "Kestrel Dawn"),
                ("Panama".into(), EntityType::Place, "Panama".into()),
                vessel("HMS Gannet", "HMS Gannet"),
                vessel("Gannet", "HMS Gannet"),
                vessel("Petrov", "Admiral Petrov"),
                vessel("Moscow", "Moscow")
            ]
        );
    }

    #[test]
    fn names_storms_and_operations_as_events() {
        let text = "\"Operation Sea Lark is over,\" he said after Hurricane Mireya hit. \
                    Mireya weakened on Monday.";
        let got = canonicals_in_article(text);
        assert_eq!(
            got,
            vec![
                (
                    "Operation Sea Lark".into(),
                    EntityType::Event,
                    "Operation Sea Lark".into()
                ),
                (
                    "Hurricane Mireya".into(),
                    EntityType::Event,
                    "Hurricane Mireya".into()
                ),
                (
                    "Mireya".into(),
                    EntityType::Event,
                    "Hurricane Mireya".into()
                )
            ]
        );
    }

    #[test]
    fn organisation_heads_keep_titles_nationalities_and_joins_inside() {
        assert_eq!(
            found("The Kenyan General Staff, the Consulate General Mombasa and the Flood and Drought Relief Authority met the Council on Global Trade."),
            vec![
                ("Kenyan General Staff".into(), EntityType::Org),
                ("Consulate General Mombasa".into(), EntityType::Org),
                ("Flood and Drought Relief Authority".into(), EntityType::Org),
                ("Council on Global Trade".into(), EntityType::Org)
            ]
        );
        assert_eq!(
            found("France and Kenya sent aid to the Peruvian Embassy."),
            vec![
                ("France".into(), EntityType::Place),
                ("Kenya".into(), EntityType::Place),
                ("Peruvian Embassy".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn leaves_out_titles_time_zones_and_currency_countries() {
        assert_eq!(
            found(
                "Regional Development Secretary Ana Ruiz, who funds regional development, \
                 left at 05:00 GMT with NZ$500 for the CEO."
            ),
            vec![("Ana Ruiz".into(), EntityType::Person)]
        );
    }

    #[test]
    fn reads_place_words_appositions_and_model_names() {
        assert_eq!(
            found("Aid reached Mount Karvo and Veltria, a province of the north, as two ZX40 helicopters left Doralin Air Base for Kenya."),
            vec![
                ("Mount Karvo".into(), EntityType::Place),
                ("Veltria".into(), EntityType::Place),
                ("ZX40".into(), EntityType::Aircraft),
                ("Doralin Air Base".into(), EntityType::Facility),
                ("Kenya".into(), EntityType::Place)
            ]
        );
        assert_eq!(
            found("Donations went to Kivura, its official giving platform, and Olga Petrenko of UNICEF met the Zairean envoy."),
            vec![
                ("Kivura".into(), EntityType::Org),
                ("Olga Petrenko".into(), EntityType::Person),
                ("UNICEF".into(), EntityType::Org),
                ("Zairean".into(), EntityType::Group)
            ]
        );
    }

    #[test]
    fn names_in_a_list_share_a_type() {
        assert_eq!(
            found("Grain left the ports of Odesa, Velmorsk and Dunavets on Monday."),
            vec![
                ("Odesa".into(), EntityType::Place),
                ("Velmorsk".into(), EntityType::Place),
                ("Dunavets".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn connectors_do_not_join_weekdays() {
        assert_eq!(
            found("The report by Associated Press on Thursday reached Vice-Admiral Ivan Petrov."),
            vec![
                ("Associated Press".into(), EntityType::Org),
                ("Ivan Petrov".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn towns_that_play_are_clubs_and_countries_national_sides() {
        assert_eq!(
            found("Boston beat Kenya, and Kent defeated Chicago."),
            vec![
                ("Boston".into(), EntityType::Org),
                ("Kenya".into(), EntityType::Place),
                ("Kent".into(), EntityType::Org),
                ("Chicago".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn currency_codes_time_zones_and_given_names_before_heads() {
        assert_eq!(
            found("At 12:00 UTC Monday it cost 9 US dollars, or 8 USD, said Dana Press."),
            vec![("Dana Press".into(), EntityType::Person)]
        );
    }

    #[test]
    fn a_lone_given_name_is_a_person_and_an_ampersand_joins_a_firm() {
        assert_eq!(
            found("The girls, Rachel and Noemi, were found by staff of Harlow & Venn Co."),
            vec![
                ("Rachel".into(), EntityType::Person),
                ("Noemi".into(), EntityType::Person),
                ("Harlow & Venn Co.".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn credits_name_no_entities() {
        assert_eq!(
            found("Crowds gathered in Nairobi. (Photo: Olga Petrenko/AP; Editing by Tom Hale)"),
            vec![("Nairobi".into(), EntityType::Place)]
        );
    }

    #[test]
    fn short_names_with_capitals_inside_link_to_their_definition() {
        let text = "Aid came from the Amir Faisal Relief and Rescue Centre (AFrelief) on Monday. \
                    AFrelief runs the airlift.";
        let got: Vec<(String, String)> = canonicals_in_article(text)
            .into_iter()
            .map(|(t, _, c)| (t, c))
            .collect();
        let name = "Amir Faisal Relief and Rescue Centre";
        assert_eq!(
            got,
            vec![
                (name.into(), name.into()),
                ("AFrelief".into(), name.into()),
                ("AFrelief".into(), name.into())
            ]
        );
    }

    #[test]
    fn a_place_preposition_outweighs_a_given_name() {
        assert_eq!(
            found("They played at Trent Meadow, where the manager Trent Walker, the firm said, stood."),
            vec![
                ("Trent Meadow".into(), EntityType::Place),
                ("Trent Walker".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn facilities_by_port_club_towns_and_not_countries() {
        assert_eq!(
            found("Ships left the Port of Velmora and Zaragoza air base for the US naval base near Marsh Harbour."),
            vec![
                ("Port of Velmora".into(), EntityType::Facility),
                ("Zaragoza air base".into(), EntityType::Facility),
                ("US".into(), EntityType::Place),
                ("Marsh Harbour".into(), EntityType::Place)
            ]
        );
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
