//! The recogniser of prose sentences: runs of capitalised words (with
//! connectors, "&" and gazetteer names that run over lowercase words), cut into
//! segments at titles, nationalities, known names and "of", each typed by the
//! gazetteers or its head word, then extended over a lowercase head.

use std::borrow::Cow;
use std::cell::OnceCell;

use crate::analysis::EntityType;
use crate::lexicon::{
    glued_currency, CueRoles, COUNTED_NOUNS, CURRENCY_CODES, FUNCTION_WORDS, NUMBER_WORDS,
    VAGUE_AMOUNTS,
};
use crate::span::ByteSpan;
use crate::text::fold;
use crate::text::tokens::{self as text, Tokens};

use super::acronyms::is_acronym;
use super::canonical;
use super::context::PERSON_ROLES;
use super::names::{
    is_title, Known, AIRCRAFT_NOUNS, CLUB_TOWNS, COMMON_ACRONYMS, COMMON_WORDS, COMPOUND_HEADS,
    CONNECTOR, COUNTRIES, COUNTRY_ADJECTIVES, CREDIT_MARKERS, EVENT_PREFIXES, FACILITY_PREFIXES,
    FIRST_NAMES, GAZETTEER, GENERATIONS, HEADS, HEAD_INDEX, NAME_ARTICLES, NAME_INSIDE,
    NATIONAL_BODIES, NATIONAL_BODY_NAMES, NUMBERED_AFTER, NUMBERED_UNITS, ORG_AFTER, ORG_BEFORE,
    PERSON_AFTER, PERSON_BEFORE, PLACE_BEFORE, PLACE_FIRST_WORDS, PLACE_PREFIXES, POST_NOMINALS,
    PRODUCT_NOUNS, SHIP_CUES, SHIP_MODIFIERS, SHIP_NOUNS, SHIP_PREFIXES, SHIP_TITLES, TIME_ZONES,
    TITLES, TITLE_MODIFIERS, WEEKDAYS_AND_MONTHS,
};
use super::tokens::Token;
use super::words::{is_number, is_ordinary, is_person_shaped, plural_is_ordinary, Lowercase};
use super::{Context, Draft};

/// Words between two sides of a fixture ("Boston v Detroit").
const VERSUS: CueRoles = CueRoles::named("versus");
/// Verbs of a result right before a team's name ("beat Somerset").
const TEAM_BEFORE: CueRoles = CueRoles::named("team_before");
/// Verbs of a result right after a team's name ("Essex drew").
const TEAM_AFTER: CueRoles = CueRoles::named("team_after");
const TEAM_VERB: CueRoles = CueRoles::named("team_verb");

/// Finds names in one prose sentence.
pub(super) struct Recogniser<'t, 's> {
    pub(super) text: &'t str,
    pub(super) toks: &'s [Token<'t>],
    pub(super) free: &'s [bool],
    pub(super) lowercase: &'s Lowercase<'t>,
    /// True for a line of sports results or a table, where names are teams.
    pub(super) results: bool,
    /// Every role some token of the sentence has.
    pub(super) roles: CueRoles,
    /// The positions of the ship nouns and cues, ascending, once asked for.
    pub(super) ship_nouns: OnceCell<Vec<usize>>,
}

/// Every role some token has, of the tokens' `cues`.
pub(super) fn all_roles(toks: &[Token<'_>]) -> CueRoles {
    toks.iter()
        .fold(CueRoles::default(), |all, t| all.or(t.cues))
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

impl Segment {
    /// The known name `known` at tokens `start..end`.
    fn known(start: usize, end: usize, known: Known) -> Self {
        Segment {
            start,
            end,
            known: Some(known),
            head: None,
            person: false,
        }
    }
}

/// Tokens of a dateline before its agency's closing mark, at most.
const DATELINE_TOKENS: usize = 12;

impl Recogniser<'_, '_> {
    pub(super) fn run(&self, drafts: &mut Vec<Draft>) {
        let toks = self.toks;
        let mut i = 0;
        let mut in_credit = false;
        let mut segments = Vec::new();
        while i < toks.len() {
            // Credits name photographers, agencies and editors, not the story's
            // entities: "(Photo: Olga Petrenko/AP)", "Editing by Tom Hale".
            // The token's roles first: they rule out most words with one test.
            // A marker may take more markers before its colon ("Image Credit:").
            let markers = toks[i..]
                .iter()
                .take_while(|t| t.cues.has(CREDIT_MARKERS))
                .count();
            if markers > 0
                && toks.get(i + markers).is_some_and(|t| {
                    matches!(t.text, ":" | "by")
                        || t.text == "from" && toks[i + markers - 1].text == "inputs"
                })
            {
                in_credit = true;
            } else if !toks[i].is_word && matches!(toks[i].text, ")" | ";") {
                in_credit = false;
            }
            if in_credit || !self.starts_name(i) {
                i += 1;
                continue;
            }
            let mut end = self.run_end(i);
            // A known name with lowercase words inside ("Bosnia and Herzegovina"),
            // also after a sentence's "The" ("The Organisation for Security and
            // Cooperation in Europe").
            let known_after_the = || {
                (toks[i].text == "The" && i + 1 < end)
                    .then(|| self.known_across(i + 1, end))
                    .flatten()
            };
            if let Some(e) = self.known_across(i, end).or_else(known_after_the) {
                end = e;
            }
            // A date's word before a run, or a weekday after it, is no part of a
            // name ("Last Friday Mitchell", "the August Chicago NAPM", "the Greater
            // Milwaukee Open Thursday"), unless a gazetteer's name holds it or it
            // names a day with an ordinary word ("Black Friday", "Sunday Mass").
            // The cheap tests of the edges first: the gazetteer is asked only of
            // the few runs with a date's word at an edge.
            // A sentence's first, ordinary word before a date's word goes with it
            // ("The September Bund future", "Last Friday Mitchell won"; but "The"
            // before a weekday may open a title: "The Sunday Telegraph"); a range
            // of months is a date's word too ("the January-June period").
            let lead_of_date = end - i > 2
                && self.is_date_word(i + 1)
                && (toks[i].text != "The" || !toks[i + 1].text.ends_with("day"))
                && self.is_sentence_start(i)
                && is_ordinary(toks[i].text, self.lowercase);
            if lead_of_date || end - i == 1 && self.is_date_range(i) {
                i += 1;
                continue;
            }
            let date_first = end - i > 1 && self.is_date_word(i);
            let weekday_last =
                end - i > 1 && self.is_date_word(end - 1) && toks[end - 1].text.ends_with("day");
            if (date_first || weekday_last)
                && self.longest_known(i, end).is_none_or(|(e, _)| e < end)
            {
                // The word beside the date's word in a run of two, if ordinary
                // and no date's word itself ("since mid-July Thursday").
                let names_a_day = |other: usize| {
                    end - i == 2
                        && !self.is_date_word(other)
                        && is_ordinary(toks[other].text, self.lowercase)
                };
                // A month that opens a facility's name of ordinary words
                // ("March Air Reserve Base") is the name's.
                let names_a_facility = || {
                    end - i > 2
                        && !toks[i].text.ends_with("day")
                        && self.longest_known(i + 1, end).is_none()
                        && self.head_type(i + 1, end) == Some(EntityType::Facility)
                };
                if date_first && !names_a_day(i + 1) && !names_a_facility() {
                    i += 1;
                    continue;
                }
                if weekday_last && !names_a_day(i) {
                    end -= 1;
                }
            }
            if end - i > 1 && self.month_before_a_day(end - 1) {
                end -= 1;
            }
            if let Some(expansion) = self.described_acronym(i) {
                drafts.push(Draft {
                    span: toks[i].span,
                    kind: Some(EntityType::Org),
                    fixed: Some(Cow::Owned(expansion)),
                    defined_by: None,
                    context: Context::default(),
                    variant: None,
                    key: None,
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
                && (is_ordinary(toks[start].text, self.lowercase)
                    || self.plural_noun_before_of(start, end)
                    || self.gerund_before_name(start, end))
                && !self.opens_with_name_particle(start, end)
                && !self.toks[start].cues.has(EVENT_PREFIXES)
                && !self.org_head_before_of(start, end)
                && !self.opens_org_by_its_head(start, end)
                && !self.the_before_a_paper(start, end)
                && self.ship_named_after_noun(start, end).is_none()
            {
                start += 1;
                while start < end && !toks[start].is_capitalised() {
                    start += 1;
                }
            }
            // A rank's class after its ordinal is the title's ("Petty Officer
            // 3rd Class Ethan Whitfield").
            if start + 1 < end && toks[start].text == "Class" && self.number_before(start, true) {
                start += 1;
            }
            // Ordinary words shouted in capitals ("GET OUT and VOTE", "a GREAT
            // Governor") are no names unless a gazetteer knows them, or a ship's
            // prefix opens the name ("ITS Alpino").
            while start < end
                && self.is_shouted(start)
                && !(self.toks[start].cues.has(SHIP_PREFIXES) && start + 1 < end)
                && self.longest_known(start, end).is_none()
                && GAZETTEER.folded(self.words(start, end)).is_none()
            {
                start += 1;
            }
            // The name after a dropped first word may run over lowercase words
            // too ("Ships of the UN Interim Force in Lebanon").
            if start > i && start < end {
                if let Some(e) = self.known_across(start, end) {
                    end = e;
                }
            }
            if self.is_numbered_label(start, end) {
                i = end.max(i + 1);
                continue;
            }
            let first = drafts.len();
            self.segment(start, end, false, &mut segments);
            for segment in segments.drain(..) {
                self.push(segment, end, drafts);
            }
            self.acronym_definition(end, first, drafts);
            i = end.max(i + 1);
        }
    }

    /// True when token `at` is a number of one to four digits that names
    /// rather than counts: no counted noun follows it ("Task Force 50 ships").
    fn names_by_number(&self, at: usize) -> bool {
        let toks = self.toks;
        toks[at].text.len() <= 4
            && toks[at].text.bytes().all(|b| b.is_ascii_digit())
            && !toks
                .get(at + 1)
                .is_some_and(|t| t.is_word && !COUNTED_NOUNS.nouns.starting_with(t.text).is_empty())
    }

    /// True when the run of tokens `start..end` is ordinary words that a number
    /// follows, as a label reads ("Alert Level 4", "to Category 4", "Signal No.
    /// 3", "at Terminal 3"): no name, unless a gazetteer knows the words.
    fn is_numbered_label(&self, start: usize, end: usize) -> bool {
        let toks = self.toks;
        let number_at = match toks.get(end) {
            Some(t) if t.text == "." => end + 1,
            _ => end,
        };
        start < end
            && number_at < toks.len()
            && self.names_by_number(number_at)
            && (start..end).all(|k| {
                matches!(toks[k].text, "No" | "No.") || is_ordinary(toks[k].text, self.lowercase)
            })
            && self.longest_known(start, end).is_none()
            && GAZETTEER.folded(self.words(start, end)).is_none()
    }

    /// True for an ordinary word of three letters or more written in capitals.
    fn is_shouted(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.is_letters_and_digits()
            && t.text.len() >= 3
            && t.text.bytes().all(|b| b.is_ascii_uppercase())
            && is_ordinary(t.text, self.lowercase)
    }

    /// True when token `i` opens a sentence's run as a plural noun before "of"
    /// ("Residents of Tacoma", "Shares of Acme Inc"); a known name ("Friends of
    /// the Earth") is asked of the gazetteer first.
    #[inline(never)]
    fn plural_noun_before_of(&self, i: usize, end: usize) -> bool {
        let word = self.toks[i].text;
        i + 2 < end
            && self.toks[i + 1].text == "of"
            && word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && lower_after_first(word)
    }

    /// True when token `i` opens a sentence's run as a verb's -ing form before
    /// a name ("Losing Tartous would cost …", "Leaving Damascus, the convoy
    /// …"), not a given name ("Irving Berlin").
    fn gerund_before_name(&self, i: usize, end: usize) -> bool {
        let word = self.toks[i].text;
        i + 1 < end
            && word.len() > 5
            && word.ends_with("ing")
            && lower_after_first(word)
            && !FIRST_NAMES.contains(word)
    }

    /// True when a "The" inside a sentence opens a name of one word that heads
    /// organisations: a paper's title ("told The Herald", "The Chronicle").
    fn the_before_a_paper(&self, start: usize, end: usize) -> bool {
        end == start + 2
            && self.toks[start].text == "The"
            && !self.is_sentence_start(start)
            && self.head_type(start, end) == Some(EntityType::Org)
    }

    /// True when a sentence's first word opens a run of capitalised words that
    /// an organisation's head ends ("Special Forces Command", "National Guard"):
    /// an adjective of the name, not of the sentence. A closed-class word, a
    /// count or a date's word stays outside ("But Defence Ministry", "Three
    /// Royal Navy ships"), and so does any word before a name the gazetteer
    /// knows whole ("Key Security Council powers").
    fn opens_org_by_its_head(&self, start: usize, end: usize) -> bool {
        let toks = self.toks;
        let first = fold::lower(toks[start].text);
        end - start >= 2
            && toks[start].text != "The"
            && toks[start + 1..end].iter().all(|t| t.is_capitalised())
            && HEAD_INDEX.is_org_head(toks[end - 1].text)
            && !FUNCTION_WORDS.contains(first.as_str())
            && NUMBER_WORDS.get(first.as_str()).is_none()
            && !VAGUE_AMOUNTS.iter().any(|p| p.words[0] == first)
            && !self.is_date_word(start)
            && self.longest_known(start + 1, end).is_none()
    }

    /// True for an organisation's head word first in a run, before "of" or
    /// "for" and a name that is no people's ("Ministry of Emergency
    /// Situations"): a name's start even where the article also writes the
    /// head in lowercase ("the ministry said"), unlike "News of the Russian".
    fn org_head_before_of(&self, i: usize, end: usize) -> bool {
        let toks = self.toks;
        let name = if toks.get(i + 2).is_some_and(|t| t.text == "the") {
            i + 3
        } else {
            i + 2
        };
        name < end
            && matches!(toks[i + 1].text, "of" | "for")
            && toks[name].is_capitalised()
            && GAZETTEER
                .exact(toks[name].text)
                .is_none_or(|k| k.kind != EntityType::Group)
            && HEAD_INDEX
                .capitalised_from(toks[i].text)
                .iter()
                .any(|&h| HEADS[h].kind == EntityType::Org && HEAD_INDEX.words[h].len() == 1)
            && !COMMON_WORDS.contains(fold::lower(toks[i].text).as_str())
    }

    /// A weekday, or a month's full name, that is no given name too ("June",
    /// "August" are): a date's word, not a name's. Five letters at least leave out
    /// the abbreviations ("Jan", "Sept"), which are often names' parts; "July" is
    /// the one full name shorter that is no given name.
    fn is_date_word(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.is_weekday_or_month()
            && (t.text.len() >= 5 || t.text == "July")
            && !FIRST_NAMES.contains(t.text)
    }

    /// A month, written out or cut short, before a day's number: no part of
    /// a name before it ("departed Baltimore Jan. 16", "the United States
    /// April 2"). A weekday is ("Sheffield Wednesday 1", a club and its score).
    fn month_before_a_day(&self, i: usize) -> bool {
        self.toks[i].is_month_or_cut() && self.toks.get(i + 1).is_some_and(Token::is_day_number)
    }

    /// Months or weekdays joined by hyphens: "January-June", "Monday-Friday".
    fn is_date_range(&self, i: usize) -> bool {
        let text = self.toks[i].text;
        text.contains('-')
            && text
                .split('-')
                .all(|part| WEEKDAYS_AND_MONTHS.contains(&part.to_ascii_lowercase()))
    }

    /// True when token `i` can open a name; false past the sentence's end
    /// (a plural's apostrophe may be its last token: "Its'").
    fn starts_name(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.is_word
                && self.free[i]
                && t.is_capitalised()
                && !t.cues.has(TIME_ZONES)
                // One letter glued to digits is more often a model's, inside
                // a name ("Cinebench R20").
                && glued_currency(t.text, 2).is_none()
        })
    }

    pub(super) fn is_sentence_start(&self, i: usize) -> bool {
        self.toks[..i]
            .iter()
            .all(|t| !t.is_word || matches!(t.text, "•" | "-" | "–"))
            || self.toks[..i].last().is_some_and(|t| {
                // A table's cell opens after its bar ("| Food parcels").
                matches!(t.text, "\"" | "“" | "‘" | "(" | ":" | "—" | "–" | "|")
                        // A dateline's dash: "NICOSIA, July 22 (Reuters) - A Greek ferry";
                        // a timeline's: "24 November 2015 - A Turkish F-16".
                        || t.text == "-"
                            && (self.toks.first().is_some_and(|f| is_capitals(f.text))
                                || self.only_a_date_before(i - 1))
                        || self.after_agency(i - 1)
            })
    }

    /// True when token `mark` ends a dateline near the sentence's start with
    /// its agency: a dash or a stop after the agency's name in capitals or
    /// its closing bracket or slash ("Damascus, SANA- A Russian delegation",
    /// "MOSCOW, December 17. /TASS/. Two Russian ships").
    fn after_agency(&self, mark: usize) -> bool {
        let agency = |t: &Token<'_>| matches!(t.text, ")" | "/") || is_capitals(t.text);
        mark > 0
            && mark < DATELINE_TOKENS
            && matches!(self.toks[mark].text, "-" | ".")
            && agency(&self.toks[mark - 1])
    }

    /// True when the words before token `end` are those of a date only
    /// ("24 November 2015", "Dec. 8"), with at least one.
    fn only_a_date_before(&self, end: usize) -> bool {
        let words = || self.toks[..end].iter().filter(|t| t.is_word);
        words().next().is_some()
            && words().all(|t| {
                t.is_weekday_or_month() || t.text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            })
    }

    /// The end (exclusive) of the run of name words starting at `i`.
    fn run_end(&self, i: usize) -> usize {
        let toks = self.toks;
        let mut end = i + 1;
        loop {
            if end < toks.len()
                && toks[end - 1].possessive
                && self.possessive_before_place_head(i, end)
            {
                end = self.run_end(end);
                continue;
            }
            // "the Chinese People's Liberation Army": a known name holds the
            // possessive.
            if end < toks.len() && toks[end - 1].possessive {
                let known = (end + 1..toks.len().min(end - 1 + GAZETTEER.longest))
                    .rev()
                    .find(|&e| GAZETTEER.exact(self.words(end - 1, e)).is_some());
                if let Some(e) = known {
                    end = e;
                    continue;
                }
            }
            if end >= toks.len() || toks[end - 1].possessive {
                break;
            }
            if self.starts_name(end) {
                end += 1;
                continue;
            }
            // "Air Base 201", "Combined Task Force 153": the number of a base
            // or a force ends its name, unless it counts what follows it.
            if toks[end - 1].cues.has(NUMBERED_AFTER) && self.names_by_number(end) {
                end += 1;
                break;
            }
            if toks[end].text == "," {
                if let Some(after) = self.listed_fields_end(i, end) {
                    end = after;
                    continue;
                }
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
            // "Farmers' Union", "Veterans' Day": a plural's apostrophe inside the
            // name of a body or a day, whose head word follows it.
            if self.plural_possessive_before_head(end) {
                end = self.run_end(end + 1);
                continue;
            }
            // Not across weekdays and months ("Reuters on Thursday").
            let ordinary_side = |t: &Token<'_>| t.is_weekday_or_month();
            // The token's roles tell a connector without hashing its text.
            let joins = (self.toks[end].cues.has(CONNECTOR)
                || connector == "on" && self.org_head_span(end - 1, end).is_some())
                && !ordinary_side(&toks[end - 1]);
            if toks[j].is_word && joins {
                j += 1;
                if j < toks.len() && toks[j].text == "the" && connector != "and" {
                    j += 1;
                }
                // A surname's two particles ("Ursula von der Leyen", "Peter de la Cruz").
                if j + 1 < toks.len()
                    && canonical::is_surname_particle(connector)
                    && canonical::is_surname_particle(toks[j].text)
                    && toks[j].cues.has(CONNECTOR)
                {
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
                    let head_before = self.org_head_span(i, end);
                    // "General Authority for Crossings and Borders", "Ministry of
                    // Foreign Affairs and Trade": a field after the head's "of"
                    // or "for" may have two parts.
                    let field = head_before
                        .is_some_and(|(_, e)| e < end && matches!(toks[e].text, "of" | "for"))
                        && !org_after
                        && !FIRST_NAMES.contains(toks[j].text)
                        && GAZETTEER.exact(self.words(j, after)).is_none();
                    if GAZETTEER.exact(toks[j].text).is_none()
                        && (org_after
                            && head_before.is_none()
                            && GAZETTEER.exact(self.words(i, end)).is_none()
                            || field)
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

    /// Where a body's name ends whose fields are listed with commas and a last
    /// "and", from the run `start..comma` before the first comma: after a
    /// head and its "of" or "for" ("Ministry of Agriculture, Forestry and
    /// Fisheries"), or before a head that ends the list ("Foreign,
    /// Commonwealth and Development Office"). None for any other list, and
    /// for a list of names known on their own ("France, Germany and Italy",
    /// "VTB, Sberbank and Gazprom Bank").
    fn listed_fields_end(&self, start: usize, comma: usize) -> Option<usize> {
        let toks = self.toks;
        let known = |s: usize, e: usize| {
            GAZETTEER.exact(self.words(s, e)).is_some()
                || (s..e).any(|k| self.longest_known(k, e).is_some())
        };
        if known(start, comma) {
            return None;
        }
        let mut at = comma;
        let end = loop {
            if toks[at].text != "," || !self.starts_name(at + 1) {
                return None;
            }
            let e = self.run_end(at + 1);
            if e - (at + 1) > 4 || known(at + 1, e) {
                return None;
            }
            // The last field, joined to the list's head by the run itself
            // ("Commonwealth and Development Office").
            if toks[at + 1..e].iter().any(|t| t.text == "and") {
                break e;
            }
            match toks.get(e).map(|t| t.text) {
                Some(",") => at = e,
                Some("and") if self.starts_name(e + 1) => {
                    let last = self.run_end(e + 1);
                    if known(e + 1, last) {
                        return None;
                    }
                    break last;
                }
                _ => return None,
            }
        };
        let head_before = self.org_head_span(start, comma);
        let head_in_list = self.org_head_span(comma + 1, end);
        let field_of_head =
            head_before.is_some_and(|(_, e)| e < comma && matches!(toks[e].text, "of" | "for"));
        let head_ends_list = head_before.is_none()
            && comma - start <= 2
            && head_in_list.is_some_and(|(_, e)| e == end);
        (field_of_head && head_in_list.is_none() || head_ends_list).then_some(end)
    }

    /// True when the run `start..end` ends in a possessive that opens a
    /// place's or a building's name with its head ("the People's Palace",
    /// "St Peter's Square", "the Women's Hospital"): no known name or known
    /// person's surname is on either side ("Russia's Defence Ministry",
    /// "Putin's palace", "Hamas's Gaza City").
    fn possessive_before_place_head(&self, start: usize, end: usize) -> bool {
        let owner = self.words(start, end);
        if !self.starts_name(end)
            || GAZETTEER.exact(owner).is_some()
            || GAZETTEER
                .person_with_surname(&canonical::key(owner))
                .is_some()
        {
            return false;
        }
        let after = self.run_end(end);
        // "Portadown's Catholic Garvaghy Road": a people before the head is
        // no part of the owner's place.
        let people_first = GAZETTEER
            .exact(self.toks[end].text)
            .is_some_and(|k| k.kind == EntityType::Group);
        !people_first
            && GAZETTEER.exact(self.words(end, after)).is_none()
            && matches!(
                self.head_type(end - 1, after),
                Some(EntityType::Facility | EntityType::Place)
            )
    }

    /// True when token `at` is an apostrophe written right after a word in
    /// "s" and before a capitalised organisation's or event's head word.
    fn plural_possessive_before_head(&self, at: usize) -> bool {
        let toks = self.toks;
        matches!(toks[at].text, "'" | "’")
            && toks[at].span.start == toks[at - 1].span.end
            && toks[at - 1].text.ends_with('s')
            && self.starts_name(at + 1)
            && self.head_type(at, at + 2).is_some()
    }

    pub(super) fn words(&self, start: usize, end: usize) -> &str {
        let (Some(a), Some(b)) = (
            self.toks.get(start),
            end.checked_sub(1).and_then(|e| self.toks.get(e)),
        ) else {
            return "";
        };
        ByteSpan::new(a.span.start, b.span.end).text(self.text)
    }

    /// The end of the longest gazetteer name starting at token `start` that
    /// runs over lowercase words past the run's end `end`, if one does: only
    /// the names longer than the run are looked up.
    fn known_across(&self, start: usize, end: usize) -> Option<usize> {
        // Such a name holds the free word right after the run: most runs end
        // at a lowercase word inside no name ("said"), which its roles tell
        // without a look-up (a word of other characters is looked up as before).
        let after = end.max(start + 1);
        let next = self
            .toks
            .get(after)
            .filter(|t| t.is_word && self.free[after])?;
        if next.starts_lower()
            && next.is_letters_and_digits()
            && !self.toks[after].cues.has(NAME_INSIDE)
        {
            return None;
        }
        let limit = self.toks.len().min(start + GAZETTEER.longest);
        // The free words from `start`, counted once for every end tried.
        let words = (start..limit)
            .take_while(|&k| self.toks[k].is_word && self.free[k])
            .count();
        (end.max(start + 1) + 1..=start + words).rev().find(|&e| {
            self.toks[e - 1].is_capitalised() && GAZETTEER.exact(self.words(start, e)).is_some()
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
                // "Presidents Vladimir Putin and Recep Tayyip Erdogan": a title in
                // the plural, before a given name.
                // Before a given name the lists know, or before two full names
                // joined by "and" ("Ministers Hardeep Puri and V K Singh").
                let plural = || {
                    let toks = self.toks;
                    let capitalised = |k: usize| toks.get(k).is_some_and(|t| t.is_capitalised());
                    let two_names = || {
                        capitalised(i + len)
                            && capitalised(i + len + 1)
                            && (i + len + 2..i + len + 4).any(|k| {
                                toks.get(k).is_some_and(|t| t.text == "and") && capitalised(k + 1)
                            })
                    };
                    phrase
                        .strip_suffix('s')
                        .is_some_and(|one| TITLES.contains(one))
                        && (toks
                            .get(i + len)
                            .is_some_and(|t| FIRST_NAMES.contains(t.text))
                            || two_names())
                };
                if is_title(phrase) || plural() {
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

    /// Where the ship's name after the ship's noun that opens the run
    /// `start..end` starts ("Frigate Admiral Grigorovich", "Aircraft Carrier
    /// Admiral Kuznetsov"): a noun, with only ship modifiers before it, opens
    /// the run, and a ship's title opens the name after it, or the name is a
    /// place's or a person's (as ships' names are), or a ship's verb follows.
    fn ship_named_after_noun(&self, start: usize, end: usize) -> Option<usize> {
        // Only a sentence's start capitalises a ship's noun; most runs are
        // not asked.
        if !self.is_sentence_start(start) {
            return None;
        }
        let mut noun = None;
        for k in start..end {
            let cues = self.toks[k].lowercase_cues();
            if cues.has(SHIP_NOUNS) {
                noun = Some(k);
            } else if !cues.has(SHIP_MODIFIERS) {
                break;
            }
        }
        let ship = noun.map(|k| k + 1).filter(|&ship| ship < end)?;
        let shiplike = || {
            GAZETTEER
                .exact(self.words(ship, end))
                .is_some_and(|k| matches!(k.kind, EntityType::Place | EntityType::Person))
        };
        (self.toks[ship].cues.has(SHIP_TITLES) || shiplike() || self.ship_verb_after(end))
            .then_some(ship)
    }

    /// True when the run `start..end` opens with a name's particle and goes
    /// on with a capital ("Von der Leyen said", "De Gaulle said"): the article
    /// writes the particle in lower case inside the full name, which makes it
    /// no ordinary word to drop.
    fn opens_with_name_particle(&self, start: usize, end: usize) -> bool {
        end > start + 1 && canonical::is_surname_particle(self.toks[start].text)
    }

    /// Cuts the run `start..end` into names, pushed onto `out` (one buffer for
    /// a run's pieces: most runs are one name).
    fn segment(&self, start: usize, end: usize, person: bool, out: &mut Vec<Segment>) {
        let toks = self.toks;
        let mut start = start;
        let mut end = end;
        while start < end && !toks[start].is_capitalised() {
            start += 1;
        }
        let numbered = |end: usize| {
            end >= 2 && toks[end - 2].cues.has(NUMBERED_AFTER) && self.names_by_number(end - 1)
        };
        while end > start && !toks[end - 1].is_capitalised() && !numbered(end) {
            end -= 1;
        }
        // "The Rt Hon James Cleverly MP".
        while end > start + 1 && toks[end - 1].cues.has(POST_NOMINALS) {
            end -= 1;
        }
        // "UN Resident and Humanitarian Coordinator": a title's modifiers
        // before "and" and the rest of the title are no part of a name.
        let title_after_and = || {
            toks.get(end).is_some_and(|t| t.text == "and")
                && self.title_end(end + 1, toks.len()).is_some()
        };
        if end > start + 1 && TITLE_MODIFIERS.contains(toks[end - 1].text) && title_after_and() {
            while end > start + 1 && TITLE_MODIFIERS.contains(toks[end - 1].text) {
                end -= 1;
            }
        }
        // "Minister for Europe and Foreign Affairs Jean-Noel Barrot", "Chief of
        // the General Staff Valery Gerasimov": after a title's "for" or "of",
        // and the field's capitalised words, "and" and "the" before the run,
        // the run's words before a given name are the field's.
        let is_title = |t: &Token<'_>| TITLES.contains(t.text) || TITLE_MODIFIERS.contains(t.text);
        // The connector found after the title: "of", "for", or the "to" of
        // an envoy's country ("Ambassador to Lebanon Raymond Balatbat").
        let after_title_of = || {
            let mut k = start;
            while k > 0 && start - k < 6 {
                k -= 1;
                let t = &toks[k];
                // A role in lower case too: "special envoy for Afghanistan Zamir
                // Kabulov", "spokeswoman for the Southern Defense Forces Natalia
                // Humeniuk".
                if matches!(t.text, "of" | "for" | "to") {
                    let role = |r: &Token<'_>| is_title(r) || r.cues.has(PERSON_ROLES);
                    return (k > 0 && role(&toks[k - 1]))
                        .then(|| (t.text, !toks[k - 1].is_capitalised()));
                }
                if !(t.is_capitalised() || matches!(t.text, "and" | "the")) {
                    return None;
                }
            }
            None
        };
        // The same where the run opens with the title, its words joined to the
        // field's ("struck 1,252 targets, Chief of the General Staff Valery
        // Gerasimov said"); a title's modifier that heads a body opens the
        // body's name ("Ministry of Health and Family Welfare").
        let title_of_inside = (start + 1 < end
            && is_title(&toks[start])
            && self.org_head_span(start, start + 1).is_none()
            && matches!(toks[start + 1].text, "of" | "for"))
        .then_some(start + 1);
        let connector = if start > 0 { after_title_of() } else { None };
        if title_of_inside.is_some() || connector.is_some() {
            let from = title_of_inside.map_or(start + 1, |k| k + 1);
            // Without a given name the lists know, a person's name is the run's
            // last two words, after a field of one word or more ("Minister of
            // Foreign Affairs Park Jin", "Chief of General Staff Asim Munir"),
            // when they are shaped as one, neither is an ordinary word or a
            // plural ("House of Representatives Wahono") or a head ("Air Force
            // Communications") and the last is no known name ("CEO of New
            // Media Investment Group").
            let field_start = if title_of_inside.is_some() {
                from
            } else {
                start
            };
            let surname = toks[end.saturating_sub(1)].text;
            let last_two = (end >= field_start + 3
                && (end - 2..end).all(|k| {
                    let t = &toks[k];
                    t.is_capitalised() && t.is_word && !is_ordinary(t.text, self.lowercase)
                })
                && !toks[end - 2].text.ends_with('s')
                && is_person_shaped(self.words(end - 2, end))
                && !surname.contains('.')
                && (end - 2..end).all(|k| self.head_type(k, k + 1).is_none())
                // Not inside a head of two words ("Air Force"), nor a known name.
                && self.head_type(end - 3, end - 1).is_none()
                && GAZETTEER
                    .exact(self.words(end - 2, end))
                    .is_none_or(|k| k.kind == EntityType::Person)
                && GAZETTEER
                    .exact(surname)
                    .is_none_or(|k| matches!(k.kind, EntityType::Person | EntityType::Place)))
            .then_some(end - 2);
            // After a role in lower case, only a known given name opens the
            // person, and no body's head follows it ("president of Crazy Eddie
            // Inc." names no one).
            let lower_role = connector.is_some_and(|(_, lower)| lower);
            let given = (from..end.saturating_sub(1))
                .find(|&k| is_given_name(toks[k].text))
                .filter(|&k| !lower_role || self.head_type(k, end).is_none());
            // Without one, its last two words are a person's only after a
            // field the gazetteer knows ("envoy for Afghanistan Zamir Kabulov").
            let last_two = last_two.filter(|&k| {
                !lower_role
                    || k > start
                        && GAZETTEER.exact(self.words(start, k)).is_some()
                        && self.head_type(start, end).is_none()
            });
            // A name of one to three words after the field's last title word
            // ("Minister of State for External Affairs Rajkumar Ranjan Singh"),
            // opening with no ordinary word.
            let past_field = (from..end)
                .filter(|_| title_of_inside.is_some())
                .rev()
                .find(|&k| TITLE_MODIFIERS.contains(toks[k].text))
                .map(|k| k + 1)
                .filter(|&k| {
                    (1..=3).contains(&(end - k))
                        && toks[k].is_capitalised()
                        && !is_ordinary(toks[k].text, self.lowercase)
                        && self.head_type(k, k + 1).is_none()
                });
            if let Some(k) = past_field.or(given).or(last_two) {
                // The field of a title the run opens with is a name of its own
                // ("Chancellor of the Exchequer", "President of the United States").
                // An unknown field names the body it stands for, never a
                // person ("Secretary of Homeland Security Alejandro Mayorkas").
                if title_of_inside.is_some() {
                    let first = out.len();
                    self.segment(from, k, false, out);
                    for field in &mut out[first..] {
                        if field.known.is_none() && field.head.is_none() {
                            field.head = Some(EntityType::Org);
                        }
                    }
                }
                // An envoy's country is a name of its own, and so is the field
                // of a role in lower case ("envoy for Afghanistan").
                if connector.is_some_and(|(word, lower_role)| word == "to" || lower_role) {
                    self.segment(start, k, false, out);
                }
                start = k;
            }
        }
        if start >= end {
            return;
        }
        let text = self.words(start, end);
        let whole = |known, head| Segment {
            start,
            end,
            known,
            head,
            person,
        };
        // After a title, two words of which only the first is known are a
        // person's name, the given name a place's ("Defence Minister Florence
        // Parly", "Defence Minister Israel Katz").
        if person
            && end - start == 2
            && self.longest_known(start + 1, end).is_none()
            && self.head_type(start, end).is_none()
        {
            return out.push(whole(None, None));
        }
        // Time zones ("GMT"), currency codes ("USD"), common nouns ("GDP"), a
        // title or its modifier alone ("CEO", "Deputy"), and a currency's country
        // ("NZ$500", "US$", "US dollars") are not names.
        let known = GAZETTEER.exact(text);
        let nationality = known.is_some_and(|k| k.kind == EntityType::Group);
        let currency = toks.get(end).is_some_and(|t| {
            t.text == "$" && t.span.start == toks[end - 1].span.end
                || matches!(t.text, "dollar" | "dollars") && !nationality
        });
        // A code is three letters at most: most names are not asked.
        let code = || {
            text.len() <= 3 && CURRENCY_CODES.contains(text) || glued_currency(text, 1).is_some()
        };
        // An abbreviation that is an ordinary noun, and any in the plural: "GDP", "NGOs".
        let common_noun = || {
            self.toks[start].cues.has(COMMON_ACRONYMS)
                || text
                    .strip_suffix('s')
                    .is_some_and(|one| one.len() > 1 && one.bytes().all(|b| b.is_ascii_uppercase()))
        };
        // Letters and a number in brackets are a designator, not a name: a
        // hull number ("USS Carney (DDG 64)"), and so are a flight's ("flight EY 424").
        let designator = || {
            let number_after = toks
                .get(end)
                .is_some_and(|t| t.text.bytes().all(|b| b.is_ascii_digit()));
            let bracketed = start > 0
                && toks[start - 1].text == "("
                && toks.get(end + 1).is_some_and(|t| t.text == ")");
            let after_flight =
                start > 0 && matches!(toks[start - 1].text, "flight" | "Flight" | "flights");
            self.toks[start].has_no_lowercase() && number_after && (bracketed || after_flight)
        };
        if end - start == 1
            && (self.toks[start].cues.has(TIME_ZONES) || code() || common_noun() || designator())
            || currency
        {
            return;
        }
        if let Some(known) = known {
            // Ships are named after places and people: "the submarine Kazan".
            let shiplike = match known.kind {
                EntityType::Place | EntityType::Person => true,
                // "aboard the Globemaster": a known aircraft needs a ship's
                // noun, not a cue that aircraft share.
                EntityType::Aircraft => !self.toks[start.saturating_sub(2)..start]
                    .iter()
                    .any(|t| t.cues.has(SHIP_CUES)),
                _ => false,
            };
            if !(shiplike && self.ship_noun_before(start)) {
                return out.push(whole(Some(known), None));
            }
            return out.push(whole(None, None));
        }
        // "Frigate Admiral Grigorovich returns", "Submarine Kazan sailed": a
        // ship's noun that opens a run (capitalised by a sentence's or a
        // headline's start), with its modifiers ("Aircraft Carrier"), is the
        // kind of the ship named after it, when a ship's title opens that name,
        // it is a place's or a person's (as ships' names are), or a ship's verb
        // follows it.
        if let Some(ship) = self.ship_named_after_noun(start, end) {
            return out.push(Segment {
                start: ship,
                ..whole(None, Some(EntityType::Vessel))
            });
        }
        // "Peskov's Office said": a head word alone after a possessive is
        // the owner's, no name.
        let head_alone = || {
            HEAD_INDEX
                .capitalised_from(text)
                .iter()
                .any(|&h| HEAD_INDEX.words[h].len() == 1)
        };
        if end - start == 1 && start > 0 && toks[start - 1].possessive && head_alone() {
            return;
        }
        // Weekdays, months, single letters ("I") and other ordinary words are not names on their own.
        if end - start == 1 && text.chars().count() == 1 {
            return;
        }
        // A numbered unit is named by its number: "the 6th Fleet", "the 58th Army".
        if end - start == 1
            && self.number_before(start, true)
            && self.toks[start].cues.has(NUMBERED_UNITS)
        {
            return out.push(whole(None, Some(EntityType::Org)));
        }
        if end - start == 1
            && COMMON_WORDS.contains(fold::lower(text.trim_end_matches('.')).as_str())
        {
            return;
        }
        // "fighting in Sheikh Zuweid", "near Sheikh Jarrah": a title that opens
        // places' names too is a place's first word right after "in" or "near".
        let place_after_title = end - start >= 2
            && toks[start].cues.has(PLACE_FIRST_WORDS)
            && TITLES.contains(toks[start].text)
            && start
                .checked_sub(1)
                .is_some_and(|p| matches!(toks[p].text, "in" | "near" | "In" | "Near"))
            && GAZETTEER.exact(text).is_none();
        if place_after_title {
            return out.push(whole(None, Some(EntityType::Place)));
        }
        let title_from_start = self.title_end(start, end);
        // A title word alone ("Major") waits for the article's full names
        // ([`super::classify::classify_unknown`]), as a person's word: no line
        // of results makes it a team.
        if title_from_start == Some(end) && end - start == 1 {
            return out.push(Segment {
                person: true,
                ..whole(None, None)
            });
        }
        if title_from_start == Some(end) || end - start == 1 && TITLE_MODIFIERS.contains(&text) {
            return;
        }
        // One word no table knows is a name of its own: nothing below cuts or
        // types it (a ship's name stays untyped too).
        if end - start == 1 {
            return out.push(whole(None, None));
        }
        // Ships are often named after people: "the Admiral Kuznetsov aircraft carrier".
        // ("the Russian Sparta … cargo ships" is a nationality and a ship.) Few
        // names are ships': the nationality is looked up for those only.
        let nationality_first = || {
            self.longest_known(start, end)
                .is_some_and(|(_, k)| k.kind == EntityType::Group)
        };
        if self.is_ship_name(start, end) && !nationality_first() {
            return out.push(whole(None, None));
        }
        // A title anywhere: what stands before it is separate, what follows is a
        // person. Ordinary words before it are part of the title ("International
        // Development Secretary"); a title inside an organisation's head is not one
        // ("French General Staff", "Consulate General Donetsk", "King Salman Relief Center").
        // A facility named after a title and a name is one name ("King
        // Abdulaziz International Airport", "Prince Sultan Air Base").
        if title_from_start.is_some_and(|after| after < end)
            && self.head_type(start, end) == Some(EntityType::Facility)
        {
            return out.push(whole(None, Some(EntityType::Facility)));
        }
        let org_head = self.org_head_span(start, end);
        let org_head_last = org_head.is_some_and(|(_, e)| e == end);
        // "Martin Luther King Jr.": before a generation a title word is a surname.
        let surname = |after: usize| GENERATIONS.contains(toks[after].text.trim_end_matches('.'));
        // A title right before the head opens the organisation's name
        // ("General Authority for Ports", "General Directorate of Migration").
        let title_opens_head = org_head.is_some_and(|(head, _)| title_from_start == Some(head));
        // "Dr Igor Delanoë of the Franco-Russian Observatory": a title before a
        // given name opens a person, whatever organisation follows "of" ("King
        // Salman Humanitarian Aid and Relief Center" is one name).
        let title_opens_person = title_from_start.is_some_and(|after| {
            after < end
                && is_given_name(toks[after].text)
                && toks[after..end].iter().any(|t| t.text == "of")
        });
        for i in start..end {
            if (org_head_last || title_opens_head) && i == start && !title_opens_person
                || org_head.is_some_and(|(a, b)| (a..b).contains(&i))
            {
                continue;
            }
            let title = if i == start {
                title_from_start
            } else {
                self.title_end(i, end)
            };
            if let Some(after) = title {
                let ordinary_before = || {
                    (start..i).all(|j| {
                        is_ordinary(toks[j].text, self.lowercase)
                            && GAZETTEER.exact(toks[j].text).is_none()
                    })
                };
                // "the UAE President", "WFP Deputy Executive Director": a title
                // that ends the run, with no name after it, is no part of the
                // known name or acronym before it ("John Major" is a name).
                let known_before = || {
                    GAZETTEER.exact(self.words(start, i)).is_some()
                        || i == start + 1 && is_acronym(toks[start].text)
                };
                if after == end && i > start && known_before() {
                    return self.segment(start, i, false, out);
                }
                if after < end && !surname(after) {
                    if !ordinary_before() {
                        self.segment(start, i, false, out);
                    }
                    // "an Inspector of Schools": what follows "of" or "for" is
                    // the title's field, not a person, up to a given name
                    // ("Chancellor of the Exchequer Nigel Lawson", "Minister for
                    // Europe and Foreign Affairs Jean-Noel Barrot").
                    if matches!(toks[after].text, "of" | "for") {
                        let given = (after + 2..end).find(|&k| is_given_name(toks[k].text));
                        return match given {
                            Some(k) => {
                                self.segment(after + 1, k, false, out);
                                self.segment(k, end, true, out)
                            }
                            None => self.segment(after + 1, end, false, out),
                        };
                    }
                    return self.segment(after, end, true, out);
                }
            }
        }
        // A sentence's first word before a full name that opens with a known
        // given name, itself or after a nationality, is no part of it when it is
        // a role or an ordinary word, or the singular of one ("Actor Tom Hanks",
        // "Farmer Ali Hassan", "Ex-Yankee Randy Velarde", "Controversial
        // Australian Anthony Hill"); a name's first word is not ("Saeed Mohammed Faisal Sami", "H. Marshall Schwarz").
        let role_or_epithet = || {
            let first = toks[start].text;
            PERSON_BEFORE.contains(fold::lower(first).as_str())
                || first.contains('-')
                || (is_ordinary(first, self.lowercase) || plural_is_ordinary(first))
                    && !FIRST_NAMES.contains(first)
                    && GAZETTEER.exact(first).is_none()
        };
        if end - start >= 3 && self.is_sentence_start(start) && role_or_epithet() {
            let nationality = GAZETTEER
                .exact(toks[start + 1].text)
                .is_some_and(|k| k.kind == EntityType::Group);
            let given = if nationality { start + 2 } else { start + 1 };
            if given + 1 < end && FIRST_NAMES.contains(toks[given].text) {
                return self.segment(start + 1, end, person, out);
            }
        }
        // A known aircraft ends the run on its own ("Turkish Air Force A400M").
        if let Some(cut) = (start + 1..end).find(|&i| {
            GAZETTEER
                .exact(self.words(i, end))
                .is_some_and(|k| k.kind == EntityType::Aircraft)
        }) {
            self.segment(start, cut, person, out);
            return self.segment(cut, end, false, out);
        }
        // "the Mediterranean of the Russian Navy": a place before "of" is a name of its
        // own; so is a person before "of" ("Olga Petrenko of UNICEF", or with a given
        // name we do not know, "Marzio Babille of UNICEF": two words shaped as a
        // person's, with no head of an organisation or a place, before a known
        // organisation) and a place after "for" ("left Hindan for Romania").
        if let Some(of) = (start + 1..end).find(|&i| matches!(toks[i].text, "of" | "for")) {
            // "of the Czech Republic": the gazetteer writes names without "the".
            let named_from = if toks.get(of + 1).is_some_and(|t| t.text == "the") {
                of + 2
            } else {
                of + 1
            };
            let after = GAZETTEER.exact(self.words(named_from, end)).map(|k| k.kind);
            let place_for = toks[of].text == "for" && after == Some(EntityType::Place);
            // A person's organisation may be one no table knows: "Lynn Reaser of
            // Barnett Banks Inc.", by its head word.
            let after = after.or_else(|| {
                (self.head_type(named_from, end) == Some(EntityType::Org))
                    .then_some(EntityType::Org)
            });
            // With a known given name, what follows need not be known: "Martin
            // Taylor of Aberdeenshire", "Robin Biesbroek of the CDF".
            let known_given = FIRST_NAMES.contains(toks[start].text)
                && of > start + 1
                && (matches!(after, Some(EntityType::Org | EntityType::Place))
                    || toks[of].text == "of"
                        && is_person_shaped(self.words(start, of))
                        && self.head_type(start, of).is_none());
            // Neither word may be ordinary or abbreviated ("Tono Eitel of Germany",
            // not "National Museum of Iraq", "Gold Fields of South Africa Ltd" or
            // "Co. B.V. of the Netherlands").
            let unusual_words = || {
                (start..of).all(|k| {
                    !toks[k].text.contains('.') && !is_ordinary(toks[k].text, self.lowercase)
                })
            };
            let shaped_as_person = || {
                toks[of].text == "of"
                    && of == start + 2
                    && matches!(after, Some(EntityType::Org | EntityType::Place))
                    && unusual_words()
                    && is_person_shaped(self.words(start, of))
                    && GAZETTEER.exact(self.words(start, of)).is_none()
                    && self.head_type(start, of).is_none()
            };
            let person_of = known_given || shaped_as_person();
            // "Daniels Pharmaceuticals Inc of St. Petersburg": a company's legal
            // form ends its name before the place it is of.
            let company_of = of > start + 1
                && toks[of - 1].is_capitalised()
                && self.toks[of - 1].cues.has(ORG_AFTER)
                && after == Some(EntityType::Place);
            // "the frigate Linyi of the PLA Navy": a ship is of its navy or fleet.
            let ship_of = toks[of].text == "of"
                && after == Some(EntityType::Org)
                && self.ship_noun_before(start);
            // "the Gulf of Finland", "the Bay of Bengal": a place's head word
            // (name_heads.tsv) alone before a place names one place.
            let place_of_place = of == start + 1
                && toks[of].text == "of"
                && after == Some(EntityType::Place)
                && HEADS
                    .iter()
                    .any(|h| h.kind == EntityType::Place && h.words == toks[start].text);
            if place_for
                || person_of
                || company_of
                || ship_of
                || !place_of_place
                    && GAZETTEER
                        .exact(self.words(start, of))
                        .is_some_and(|k| matches!(k.kind, EntityType::Place | EntityType::Group))
            {
                // A name split off as a person's is typed as one, as after a title.
                self.segment(start, of, person || person_of, out);
                return self.segment(of + 1, end, false, out);
            }
        }
        // A known organisation before a person's full name is a name of its own
        // ("the European Parliament Roberta Metsola"), and so is a nationality
        // before a known place, whatever the last word of either ("Jewish West
        // Bank settlements": "Bank" heads banks too).
        // The longest known name at the run's start, asked once for the cuts
        // here and below.
        let known_first = if end - start >= 2 {
            self.longest_known(start, end)
        } else {
            None
        };
        if end - start >= 3 {
            if let Some((e, known)) = known_first {
                let person_after = known.kind == EntityType::Org
                    && end - e >= 2
                    && FIRST_NAMES.contains(toks[e].text);
                let place_after = known.kind == EntityType::Group
                    && e < end
                    && GAZETTEER
                        .exact(self.words(e, end))
                        .is_some_and(|k| k.kind == EntityType::Place);
                if person_after || place_after {
                    out.push(Segment::known(start, e, known));
                    return self.segment(e, end, person_after, out);
                }
            }
        }
        if end - start >= 2 {
            // Military and rescue operations are named events: "Operation Kaveri";
            // not a weapon named so ("Storm Shadow missiles").
            let product_after = self
                .toks
                .get(end)
                .is_some_and(|t| t.cues.has(PRODUCT_NOUNS));
            if self.toks[start].cues.has(EVENT_PREFIXES) && !product_after {
                return out.push(whole(None, Some(EntityType::Event)));
            }
            let after_prefix = |p: &&str| {
                text.strip_prefix(*p)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .is_some_and(|rest| !rest.is_empty())
            };
            // Not a service's craft: "RAF Voyager aircraft".
            let craft_after = self
                .toks
                .get(end)
                .is_some_and(|t| t.cues.has(AIRCRAFT_NOUNS.or(PRODUCT_NOUNS)));
            if FACILITY_PREFIXES.iter().any(after_prefix) && !craft_after {
                return out.push(whole(None, Some(EntityType::Facility)));
            }
            // A given name and a head that is also a surname: "Jim Press", "Emily
            // Post", "Michael Bay"; no facility's head is ("Abbey Gate").
            let given_and_head = end - start == 2
                && FIRST_NAMES.contains(toks[start].text)
                && GAZETTEER.exact(toks[start].text).is_none();
            let head = self
                .head_type(start, end)
                .filter(|&k| !given_and_head || k == EntityType::Facility);
            if let Some(kind) = head {
                return out.push(whole(None, Some(kind)));
            }
            // "Mount Sinjar", "Cape of Good Hope", "Lake Chad", "North Waziristan";
            // not a people of a region ("North American", "East Timorese"), nor
            // a body's name after its noun ("the group East SOS"), which the
            // context then types.
            let group_second = || {
                GAZETTEER
                    .exact(toks[start + 1].text)
                    .is_some_and(|k| k.kind == EntityType::Group)
            };
            let body_noun_before = start
                .checked_sub(1)
                .is_some_and(|before| self.toks[before].cues.has(ORG_BEFORE));
            if self.toks[start].cues.has(PLACE_FIRST_WORDS) && !group_second() && !body_noun_before
            {
                return out.push(whole(None, Some(EntityType::Place)));
            }
            // Not a known organisation of two words or more and its service:
            // "Al Jazeera English" ("Chelsea Handler" is a person).
            let org_first =
                known_first.is_some_and(|(e, k)| k.kind == EntityType::Org && e > start + 1);
            if FIRST_NAMES.contains(toks[start].text) && !org_first {
                return out.push(Segment {
                    start,
                    end,
                    known: None,
                    head: None,
                    person: true,
                });
            }
        }
        // A nationality before a name stands on its own ("Russian" in "Russian Sparta").
        if let Some((e, known)) = known_first {
            if known.kind == EntityType::Group && e < end {
                out.push(Segment::known(start, e, known));
                return self.segment(e, end, person, out);
            }
        }
        // A run made only of known names is those names ("RAF Hercules").
        let cover = out.len();
        let mut at = start;
        while let Some((e, known)) = self.longest_known(at, end) {
            out.push(Segment::known(at, e, known));
            at = e;
        }
        // A known organisation and a people's word in the singular, with no
        // noun after them, are its service in that language: "told BBC Arabic
        // on Tuesday", "Al Jazeera English", "CNN Turk"; not a body's members
        // ("Senate Republicans", "the Senate Democratic leader").
        let service = out.len() - cover == 2
            && out[cover].known.is_some_and(|k| k.kind == EntityType::Org)
            && out[cover + 1]
                .known
                .is_some_and(|k| k.kind == EntityType::Group)
            && !toks[end - 1].text.ends_with('s')
            && toks
                .get(end)
                .is_none_or(|t| !t.is_word || FUNCTION_WORDS.contains(t.text));
        if at == end && out.len() - cover >= 2 && !service {
            return;
        }
        out.truncate(cover);
        // Other known places and organisations inside a longer run are part of it
        // ("Air France", "Hong Kong Open", "Chrysler Holding"): a place after a place
        // word names a place, anything else an organisation.
        if (start..end).any(|i| {
            self.longest_known(i, end)
                .is_some_and(|(_, k)| matches!(k.kind, EntityType::Place | EntityType::Org))
        }) {
            let kind = if self.toks[start].cues.has(PLACE_PREFIXES) {
                EntityType::Place
            } else {
                EntityType::Org
            };
            return out.push(whole(None, Some(kind)));
        }
        // "X of Y" with nothing to say it is one name: two names.
        if let Some(of) = (start + 1..end).find(|&i| matches!(toks[i].text, "of" | "and")) {
            self.segment(start, of, person, out);
            return self.segment(of + 1, end, person, out);
        }
        out.push(whole(None, None));
    }

    /// Where a capitalised organisation head stands in `start..end`, as a token
    /// range: the first head of [`HEADS`] found there, at its first place.
    fn org_head_span(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let toks = &self.toks[start..end];
        let mut best: Option<(usize, usize)> = None;
        for (at, t) in toks.iter().enumerate() {
            for &h in HEAD_INDEX.capitalised_from(t.text) {
                if best.is_some_and(|(b, _)| b <= h) {
                    break;
                }
                let words = &HEAD_INDEX.words[h];
                let here = toks
                    .get(at..at + words.len())
                    .is_some_and(|w| w.iter().zip(words).all(|(t, word)| t.text == *word));
                if HEADS[h].kind == EntityType::Org && here {
                    best = Some((h, at));
                    break;
                }
            }
        }
        best.map(|(h, at)| (start + at, start + at + HEAD_INDEX.words[h].len()))
    }

    /// The type a capitalised head word gives the run: ORG heads anywhere after
    /// the first word, or first when "of"/"for" follows ("Ministry of Defence");
    /// place, facility and event heads last. The first head of [`HEADS`] that
    /// fits decides.
    pub(super) fn head_type(&self, start: usize, end: usize) -> Option<EntityType> {
        // A base's or a force's number after its head ("Air Base 201") is
        // read past.
        let numbered = end - start >= 3
            && self.toks[end - 2].cues.has(NUMBERED_AFTER)
            && self.toks[end - 1].text.bytes().all(|b| b.is_ascii_digit());
        let end = end - usize::from(numbered);
        // The run's words without their full stops, read in place: the
        // recogniser asks this of most runs, and a list of them costs an allocation.
        let toks = &self.toks[start..end];
        let word = |k: usize| toks[k].text.trim_end_matches('.');
        let mut best: Option<usize> = None;
        let mut best_end = 0;
        for at in 0..toks.len() {
            for &h in HEAD_INDEX.capitalised_from(word(at)) {
                if best.is_some_and(|b| b <= h) {
                    break;
                }
                let head = &HEAD_INDEX.words[h];
                let n = head.len();
                let here = at + n <= toks.len()
                    && head.iter().enumerate().all(|(j, w)| word(at + j) == *w);
                if !here {
                    continue;
                }
                let hit = if HEADS[h].kind == EntityType::Org {
                    at > 0
                        || n < toks.len() && matches!(word(n), "of" | "for" | "on")
                        || n < toks.len()
                            && GAZETTEER
                                .exact(&(n..toks.len()).map(word).collect::<Vec<_>>().join(" "))
                                .is_some_and(|k| k.kind == EntityType::Place)
                } else {
                    // The head ends the run, after at least one word, or comes
                    // before "of" ("Straits of Florida", "Palace of Conventions",
                    // "Turkish Republic of Northern Cyprus").
                    at > 0 && at + n == toks.len()
                        || at + n + 1 < toks.len() && word(at + n) == "of"
                };
                if hit {
                    best = Some(h);
                    best_end = at + n;
                    break;
                }
            }
        }
        // "Dover Air Force Base", "Fort Bragg Army Airfield": a facility's
        // head that ends the run outranks a body's head inside it.
        let facility_last = || {
            (best_end..toks.len()).any(|at| {
                HEAD_INDEX.capitalised_from(word(at)).iter().any(|&h| {
                    let head = &HEAD_INDEX.words[h];
                    HEADS[h].kind == EntityType::Facility
                        && at + head.len() == toks.len()
                        && head.iter().enumerate().all(|(j, w)| word(at + j) == *w)
                })
            })
        };
        if best.is_some_and(|h| HEADS[h].kind == EntityType::Org)
            && best_end < toks.len()
            && facility_last()
        {
            return Some(EntityType::Facility);
        }
        best.map(|h| HEADS[h].kind)
    }

    /// True when a number in digits stands right before token `at`, one
    /// space apart: an ordinal ("15th") when `ordinal`, else a cardinal of
    /// one to three digits ("16").
    fn number_before(&self, at: usize, ordinal: bool) -> bool {
        at.checked_sub(1)
            .map(|i| &self.toks[i])
            .is_some_and(|before| {
                before.is_number_word(ordinal)
                    && (ordinal || before.text.len() <= 3)
                    && before.span.end + 1 == self.toks[at].span.start
            })
    }

    /// Turns a segment into a draft, extending it over a lowercase head.
    fn push(&self, segment: Segment, run_end: usize, drafts: &mut Vec<Draft>) {
        let toks = self.toks;
        let mut span = ByteSpan::new(
            toks[segment.start].span.start,
            toks[segment.end - 1].span.end,
        );
        // "al Qaeda": the article a known name opens with, written apart in
        // lower case, is the name's.
        let article_before = segment.start.checked_sub(1).filter(|&k| {
            let article = &toks[k];
            article.is_word
                && article.span.end + 1 == toks[segment.start].span.start
                && NAME_ARTICLES.contains(article.text)
                && segment
                    .known
                    .or_else(|| GAZETTEER.find(self.words(segment.start, segment.end)))
                    .is_some_and(|known| {
                        known
                            .canonical
                            .get(..article.text.len() + 1)
                            .and_then(|head| head.strip_suffix('-'))
                            .is_some_and(|head| head.eq_ignore_ascii_case(article.text))
                    })
        });
        if let Some(k) = article_before {
            span.start = toks[k].span.start;
        }
        let mut kind = segment.known.map(|k| k.kind).or(segment.head);
        let mut fixed = segment.known.map(|k| Cow::Borrowed(k.canonical));
        let mut last = segment.end;
        if segment.end == run_end && !toks[segment.end - 1].possessive {
            if let Some((head_kind, head_end)) = self.lowercase_head(segment.end) {
                let allowed = match kind {
                    // Peoples name mountains ("Alawite mountains"), not provinces or bases.
                    Some(EntityType::Group) => toks[segment.end].text == "mountains",
                    // A club named after its town: "Zaragoza air base"; a run
                    // typed a body only for the place inside it: "Paris Orly airport".
                    Some(EntityType::Org) => {
                        head_kind == EntityType::Event
                            || head_kind == EntityType::Facility
                                && (segment.end == segment.start + 1
                                    || segment.known.is_none()
                                        && self.org_head_span(segment.start, segment.end).is_none())
                    }
                    // A facility named after a person: "Rafik Hariri airport".
                    Some(EntityType::Person) => head_kind == EntityType::Facility,
                    Some(EntityType::Vessel | EntityType::Aircraft) => false,
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
        // "the 82nd Airborne Division": a unit's number is part of its name.
        let numbered =
            || (segment.start..segment.end).any(|i| self.toks[i].cues.has(NUMBERED_UNITS));
        // British units take a cardinal ("16 Air Assault Brigade"), where a count
        // stands too ("300 Parachute Regiment soldiers"): only a name of two
        // words or more that ends in the unit's word, with no counted noun after it.
        let numbered_by_cardinal = || {
            (segment.end - segment.start >= 2 || !toks[segment.start].text.ends_with('s'))
                && toks[segment.end - 1].cues.has(NUMBERED_UNITS)
                && self.number_before(segment.start, false)
                && !toks.get(last).is_some_and(|t| {
                    t.is_word && !COUNTED_NOUNS.nouns.starting_with(t.text).is_empty()
                })
        };
        let by_number =
            self.number_before(segment.start, true) && numbered() || numbered_by_cardinal();
        // A numbered unit is a body, whatever its words would make it alone
        // ("the 437th Airlift Wing").
        if by_number && matches!(kind, None | Some(EntityType::Org | EntityType::Person)) {
            kind = Some(EntityType::Org);
            fixed = None;
            span.start = toks[segment.start - 1].span.start;
        }
        // "Russia's Defence Ministry" is the Russian Defence Ministry, not any
        // country's, across the articles of a corpus.
        let country_before = || {
            let before = &toks[segment.start.checked_sub(1)?];
            before.possessive.then_some(())?;
            COUNTRY_ADJECTIVES.get(before.text).copied()
        };
        // The possessive first: few names follow one, and the body's table is
        // asked only of those.
        let org_to_name = kind == Some(EntityType::Org) && fixed.is_none();
        if let Some(adjective) = org_to_name.then(country_before).flatten() {
            let body = ByteSpan::new(span.start, span.end).text(self.text);
            let named_body = NATIONAL_BODY_NAMES.get(body).copied();
            if toks[segment.end - 1].cues.has(NATIONAL_BODIES) || named_body.is_some() {
                let body = named_body.unwrap_or(body);
                fixed = Some(Cow::Owned(format!("{adjective} {body}")));
            }
        }
        if segment.end == run_end && self.ends_in_given_name_part(&segment, kind) {
            span.end = toks[segment.end].span.end;
            last = segment.end + 1;
        }
        // In results, a one-word name before a score, or a name facing another, is a team.
        let next = toks.get(last).map_or("", |t| t.text);
        let prev = segment
            .start
            .checked_sub(1)
            .and_then(|i| toks.get(i))
            .map_or("", |t| t.text);
        let next_cues = self.toks.get(last).map_or(CueRoles::default(), |t| t.cues);
        let prev_cues = segment
            .start
            .checked_sub(1)
            .map_or(CueRoles::default(), |i| self.toks[i].cues);
        let versus = next_cues.has(VERSUS) || prev_cues.has(VERSUS);
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
        // "at 01:20 Moscow time": a clock's minutes are no score.
        let clock_before = segment.start >= 2 && toks[segment.start - 2].text == ":";
        let plays = versus
            || prev_cues.has(TEAM_BEFORE)
            || next_cues.has(TEAM_AFTER)
            || next_cues.has(TEAM_VERB) && self.result_follows(last + 1)
            || self.results && (is_number(next) || is_number(prev) && !clock_before);
        // A known place or aircraft that plays is a club named after it
        // ("Hercules 2 Valencia 1").
        let team = plays
            && matches!(kind, Some(EntityType::Place | EntityType::Aircraft))
            && fixed.as_deref().is_some_and(|c| !COUNTRIES.contains(c));
        if team {
            kind = Some(EntityType::Org);
            // A town known for its club takes the club's name ("Newcastle" is Newcastle United).
            fixed = fixed
                .as_deref()
                .and_then(|town| CLUB_TOWNS.get(town))
                .map(|&club| Cow::Borrowed(club));
        }
        // A given name alone is weaker evidence than a title: "at Trent Bridge".
        // (Asked of a person's name only.)
        let after_title =
            || segment.start > 0 && is_title(toks[segment.start - 1].text.trim_end_matches('.'));
        // "Gen (Retd) VK Singh": a word in brackets between a title and a name.
        let bracketed_title = || {
            segment.start >= 4
                && toks[segment.start - 1].text == ")"
                && toks[segment.start - 2].is_word
                && toks[segment.start - 3].text == "("
                && TITLES.contains(toks[segment.start - 4].text.trim_end_matches('.'))
        };
        let person = segment.person || kind.is_none() && bracketed_title();
        let given = person && !after_title() && FIRST_NAMES.contains(toks[segment.start].text);
        let mut context = Context {
            titled: person && !given,
            given,
            ..Context::default()
        };
        if kind.is_none() {
            context = self.context(segment.start, last, person && !given);
            context.given = given;
        }
        context.results = self.results;
        context.team = team;
        // "India's ambassador in Kathmandu, Ranjit Rae, said": a name between
        // commas before a verb of saying is the speaker, not a list's item. An
        // abbreviation there is a state's ("in Washington, D.C., said").
        let speaker_between_commas = || {
            toks.get(last).is_some_and(|t| t.text == ",")
                && span.text(self.text).contains(char::is_lowercase)
                && self
                    .toks
                    .get(last + 1)
                    .is_some_and(|t| t.cues.has(PERSON_AFTER))
        };
        // "the UN Special Representative for Libya, Abdoulaye Bathily, met":
        // a name between commas after a role's field is the role's holder.
        let holder_between_commas = |field_end: usize| {
            toks.get(last).is_some_and(|t| t.text == ",") && {
                let connector = (0..=field_end)
                    .rev()
                    .find(|&k| !toks[k].is_capitalised())
                    .filter(|&k| matches!(toks[k].text, "for" | "to" | "in"));
                connector.is_some_and(|k| {
                    k > 0 && (is_title(toks[k - 1].text) || toks[k - 1].cues.has(PERSON_ROLES))
                })
            }
        };
        context.listed_after = segment
            .start
            .checked_sub(2)
            .filter(|&j| match toks[j + 1].text {
                "and" | "or" => true,
                "," => !speaker_between_commas() && !holder_between_commas(j),
                _ => false,
            })
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
            && self.roles_at(segment.start - 1).has(PLACE_BEFORE);
        // Untyped, the draft's span is the segment's words and a given name's
        // last part: no head extended it.
        let (variant, key) = if kind.is_none() {
            let name = self.words(segment.start, last);
            let key = canonical::key(name);
            (GAZETTEER.find_keyed(name, &key), Some(Cow::Owned(key)))
        } else {
            // A table's name that no head extended is written as the table
            // writes it: the table has its key.
            let key = segment.known.filter(|_| last == segment.end);
            (None, key.and_then(|k| k.key).map(Cow::Borrowed))
        };
        drafts.push(Draft {
            span,
            kind,
            fixed,
            defined_by: None,
            context,
            variant,
            key,
            initial: self.is_sentence_start(segment.start),
        });
    }

    /// True when the token after a name of two words or more, untyped or a
    /// person's, is the lowercase part of its last word's hyphenated given
    /// name ("Moon Jae-in", "Li Ka-shing"), which the tokens split off as they
    /// split "-designated" off "U.S.-designated". A past participle or a
    /// compound's head makes the name a modifier instead ("Imran Khan-led",
    /// "Hong Kong-born").
    fn ends_in_given_name_part(&self, segment: &Segment, kind: Option<EntityType>) -> bool {
        let toks = self.toks;
        let Some(next) = toks.get(segment.end) else {
            return false;
        };
        let Some(part) = next.text.strip_prefix('-') else {
            return false;
        };
        matches!(kind, None | Some(EntityType::Person))
            && segment.end - segment.start >= 2
            && next.span.start == toks[segment.end - 1].span.end
            && (1..=6).contains(&part.len())
            && part.bytes().all(|b| b.is_ascii_lowercase())
            && !part.ends_with("ed")
            && !COMPOUND_HEADS.contains(part)
    }

    /// A lowercase head right after token `at` ("air base", "fleet"), as its type and end.
    fn lowercase_head(&self, at: usize) -> Option<(EntityType, usize)> {
        let first = self.toks.get(at)?;
        HEAD_INDEX.lowercase_from(first.text).iter().find_map(|&h| {
            let words = &HEAD_INDEX.words[h];
            let toks = self.toks.get(at..at + words.len())?;
            toks.iter()
                .zip(words)
                .all(|(t, word)| t.text == *word)
                .then_some((HEADS[h].kind, at + words.len()))
        })
    }
}

impl Recogniser<'_, '_> {
    /// A result's verb is followed at `at` by a score, a name, "by", "with" or
    /// "for", or by "the" in a sentence with a score: "drew 1-1", "beat
    /// Somerset", "won by six wickets", "lost for the ninth time", "won the
    /// August 20 match 3-1"; not "drew a lesson", "lost the war".
    fn result_follows(&self, at: usize) -> bool {
        let score = |t: &Token<'_>| {
            t.text.split_once('-').is_some_and(|(a, b)| {
                (1..=2).contains(&a.len())
                    && (1..=2).contains(&b.len())
                    && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
            })
        };
        self.toks.get(at).is_some_and(|t| {
            t.is_capitalised()
                || is_number(t.text)
                || matches!(t.text, "by" | "with" | "for")
                || t.text == "the" && self.toks[at..].iter().any(score)
        })
    }
}

/// A line of results or a table: a third of its tokens are numbers, or two
/// names face each other ("East Fife v Clydebank"). `may_hold_numbers` is
/// false only for a sentence none of whose tokens can start with a digit
/// ([`may_hold_numbers`]), whose tokens then go uncounted.
pub(super) fn is_results_line(toks: &[Token<'_>], roles: CueRoles, may_hold_numbers: bool) -> bool {
    let (mut words, mut numbers) = (0, 0);
    if may_hold_numbers {
        // An international phone number ("+33 1 53 59 11 00") is one word.
        let mut in_phone = false;
        for (k, t) in toks.iter().enumerate() {
            let after_plus =
                k > 0 && toks[k - 1].text == "+" && toks[k - 1].span.end == t.span.start;
            in_phone = t.is_number() && (after_plus || in_phone);
            if !t.is_word || in_phone && !after_plus {
                continue;
            }
            words += 1;
            numbers += usize::from(t.is_number());
        }
    }
    let versus = roles.has(VERSUS)
        && (1..toks.len().saturating_sub(1)).any(|k| {
            toks[k].cues.has(VERSUS) && toks[k - 1].is_capitalised() && toks[k + 1].is_capitalised()
        });
    words >= 3 && numbers * 3 >= words || versus
}

/// False when no word of the sentence read into `tokens` can be a number:
/// every entity token starts where a text token does (or with a hyphen), and
/// no text token starts with a digit. Pieces split inside a text token
/// ([`text::MIXED`], [`text::ALPHANUMERIC_SIGN`]) may, so they count as digits.
pub(super) fn may_hold_numbers(tokens: &Tokens<'_>) -> bool {
    tokens.has_any(text::DIGIT_FIRST | text::MIXED | text::ALPHANUMERIC_SIGN)
}

/// A word in capitals, three bytes or more: a dateline's place ("NICOSIA").
fn is_capitals(word: &str) -> bool {
    // A dateline's place may be two ("BEIRUT/MOSCOW"), abbreviated ("ST.") or
    // accented ("BOGOTÁ").
    word.len() >= 3
        && word.starts_with(|c: char| c.is_uppercase())
        && word
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '/' | '.' | '-' | '\''))
}

/// A given name of the lists, or a compound one whose first part is
/// ("Jean-Noel").
fn is_given_name(word: &str) -> bool {
    FIRST_NAMES.contains(word)
        || word
            .split_once('-')
            .is_some_and(|(first, _)| FIRST_NAMES.contains(first))
}

/// True when every letter after a word's first is an ASCII lower-case letter
/// ("Residents", "Ðrones").
fn lower_after_first(word: &str) -> bool {
    word.chars().skip(1).all(|c| c.is_ascii_lowercase())
}
