//! Context cues: what the words around an unknown name say about its type (a
//! title or "said" for people, "in" or "port of" for places, a ship noun for
//! vessels, "newspaper" for organisations, an apposition after a comma).

use std::ops::Range;

use crate::lexicon::{has_role, ContextRole, CueRoles, FUNCTION_WORDS};
use crate::text::fold;

use super::acronyms::is_acronym;
use super::names::{
    AIRCRAFT_NOUNS, COPULAS, FIRST_NAMES, GAZETTEER, HEADS, HEAD_INDEX, NAVAL_CRAFT, ORG_AFTER,
    ORG_BEFORE, PERSON_AFTER, PERSON_BEFORE, PLACE_BEFORE, PLACE_NOUNS, PRODUCT_NOUNS, SHIP_CUES,
    SHIP_MODIFIERS, SHIP_NOUNS, SHIP_PREFIXES, SHIP_TITLES, SHIP_VERBS,
};
use super::recogniser::Recogniser;
use super::tokens::Token;
use super::words::{is_demonym, is_ordinary, is_person_shaped};
use super::Context;
use crate::analysis::EntityType;

/// Verbs of speech right before a quote's speaker ("…," said Webber).
const SPEAKER_BEFORE: CueRoles = CueRoles::named("speaker_before");
/// Roles and titles before a person's name ("the spokesman Andrii Yusov").
pub(super) const PERSON_ROLES: CueRoles = CueRoles::named("person_before");
/// Words that end a description's head noun ("a spokesman for the agency",
/// "a province of China"): the place prepositions and the connectors "of", "for".
const PREPOSITIONS: CueRoles = CueRoles::named("place_before").or(CueRoles::named("connector"));
/// Tokens of an aside set off by commas after a ship's name, at most.
const ASIDE_TOKENS: usize = 8;
/// Words between a noun and the name it gives ("a tanker called the Razoni").
const NAMING_VERBS: CueRoles = CueRoles::named("naming_verb");
/// Verbs of a journey before "for" and its destination ("heading for Izmail").
const DESTINATION_VERBS: CueRoles = CueRoles::named("destination_verb");

impl Recogniser<'_, '_> {
    /// What the words around an unknown name `start..end` say about it.
    pub(super) fn context(&self, start: usize, end: usize, person: bool) -> Context {
        let toks = self.toks;
        // The positions of the words before the name, nearest first.
        let mut words_before = (0..start).rev().filter(|&k| toks[k].is_word);
        let prev_at = words_before.next();
        let prev = prev_at.map_or("", |k| toks[k].text);
        let prev_is_adjacent = start > 0 && toks[start - 1].is_word;
        // The roles of the word right before and right after (none for punctuation).
        let before = if prev_is_adjacent {
            self.roles_at(start - 1)
        } else {
            CueRoles::default()
        };
        let after = self.toks.get(end).map_or(CueRoles::default(), |t| t.cues);
        let mut c = Context {
            titled: person,
            ..Context::default()
        };
        // "said Webber", "Brunswijk, 35, denied": a quote's speaker, an age.
        let said_before = before.has(SPEAKER_BEFORE);
        let aged = toks.get(end).is_some_and(|t| t.text == ",")
            && toks
                .get(end + 1)
                .is_some_and(|t| t.text.len() == 2 && t.text.chars().all(|c| c.is_ascii_digit()))
            && toks
                .get(end + 2)
                .is_some_and(|t| matches!(t.text, "," | "." | ")"));
        // "Brush Wellman said it expects": a verb of saying before "it" or "its"
        // is a body's, unless a given name opens the name.
        let said_it = after.has(PERSON_AFTER)
            && toks
                .get(end + 1)
                .is_some_and(|t| matches!(t.text, "it" | "its"))
            && !FIRST_NAMES.contains(toks[start].text);
        if said_it {
            c.org = true;
        } else if prev_is_adjacent && PERSON_BEFORE.contains(&fold::lower(prev).as_str())
            || after.has(PERSON_AFTER)
            || said_before
            || aged
        {
            c.person = true;
        }
        let place_noun_of = prev == "of"
            && words_before
                .next()
                .is_some_and(|k| self.toks[k].cues.has(PLACE_NOUNS));
        // "an analyst at Raymond James": where a person works is an employer.
        let employer = prev == "at"
            && words_before
                .clone()
                .next()
                .is_some_and(|k| self.toks[k].cues.has(PERSON_ROLES));
        // "only one border crossing, Bab al-Hawa,": a name set off after a
        // facility's noun names that place.
        let set_off_after_facility = start > 0
            && toks[start - 1].text == ","
            && prev_at.is_some_and(|k| is_facility_noun(toks[k].text));
        // "according to Euratom": a source, which a place is not.
        c.source = prev == "to"
            && words_before
                .clone()
                .next()
                .is_some_and(|k| toks[k].text.eq_ignore_ascii_case("according"));
        // "heading for Izmail", "bound for Europe": where a journey goes is a
        // place, unless the name only qualifies a noun ("leaves for Nobel award
        // ceremony").
        let destination = prev == "for"
            && prev_is_adjacent
            && toks.get(end).is_none_or(|t| {
                !(t.is_word && t.starts_lower()) || FUNCTION_WORDS.contains(t.text)
            })
            && (0..start - 1)
                .rev()
                .find(|&k| toks[k].is_word)
                .is_some_and(|k| toks[k].cues.has(DESTINATION_VERBS));
        if employer {
            c.org = true;
        } else if destination || set_off_after_facility {
            c.place = true;
        } else if !c.source && prev_is_adjacent && (before.has(PLACE_BEFORE) || place_noun_of) {
            c.place = true;
            // "in Helmut Kohl's chancellery": before a possessive the preposition
            // is the owned noun's, and says little of the owner.
            c.place_strong = place_noun_of
                || !toks[end - 1].possessive
                    && ["in", "at", "near"]
                        .iter()
                        .any(|p| prev.eq_ignore_ascii_case(p));
        }
        // "over Lockerbie, Scotland,": a known region after a comma closes the
        // phrase of a town (not of a firm, "Bodman & Lind, Detroit", nor of
        // a label, "Location, Birmingham"). The token tests go first.
        let region_after = toks.get(end).is_some_and(|t| t.text == ",")
            && toks.get(end + 1).is_some_and(Token::is_capitalised)
            && toks.get(end + 2).is_none_or(|t| {
                matches!(t.text, "," | "." | ";" | ")") || t.text.starts_with("-based")
            })
            && GAZETTEER
                .exact(toks[end + 1].text)
                .is_some_and(|k| k.kind == EntityType::Place)
            && !self.words(start, end).contains('&')
            && !(end == start + 1 && is_ordinary(toks[start].text, self.lowercase));
        // It outweighs a given name's shape ("from Larissa, Greece").
        if region_after {
            c.place = true;
            c.place_strong = true;
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
        // The description after a comma, read once for the cues below.
        let description = self.apposition_words(end);
        let described_as =
            |nouns: CueRoles| description.clone().any(|k| self.toks[k].cues.has(nouns));
        c.apposition_place = described_as(PLACE_NOUNS);
        // "the Tongan capital": an unknown nationality before a noun (asked
        // only of a single name after "the").
        let demonym_before_noun =
            || is_demonym(toks[start].text) && toks.get(end).is_some_and(|t| t.is_word);
        // "the Project 636 submarine", "the Type 45": a word before a number
        // names a class or a model, no institution (a score is no number here:
        // "routed the Pirates 10-0").
        let designation = || {
            toks.get(end).is_some_and(|t| {
                t.text.starts_with(|c: char| c.is_ascii_digit())
                    && t.text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            })
        };
        let the_single = prev == "the"
            && end == start + 1
            && !c.place
            && !demonym_before_noun()
            && !designation();
        // "fled the Sinjar area": a single name after "the" that a place noun
        // follows names the place.
        let place_after =
            the_single && toks.get(end).is_some_and(|t| t.is_word) && after.has(PLACE_NOUNS);
        if place_after {
            c.place = true;
            c.place_strong = true;
        }
        let the_single = the_single && !place_after;
        // "a Russian company, Stroytransgaz, to run the port": a name set off
        // after a body's noun names that body, unless a given name opens it
        // ("general counsel of the company, Mark Chandler,").
        let set_off_after_body = start > 0
            && toks[start - 1].text == ","
            && toks.get(end).is_some_and(|t| t.text == ",")
            && prev_at.is_some_and(|k| toks[k].cues.has(ORG_BEFORE))
            && !FIRST_NAMES.contains(toks[start].text);
        if prev_is_adjacent && (before.has(ORG_BEFORE) || the_single)
            || after.has(ORG_AFTER)
            || set_off_after_body
        {
            c.org = true;
        }
        c.apposition_org = described_as(ORG_BEFORE);
        // "Andrii Yusov, a spokesman for the agency": a person's role, as the
        // description's head ("its official giving platform" is no person).
        // "Zelimkhan Yandarbiyev, president of the self-styled republic": a bare
        // role before a preposition is one too.
        let bare_role = toks.get(end).is_some_and(|t| t.text == ",")
            && self
                .toks
                .get(end + 1)
                .is_some_and(|t| t.cues.has(PERSON_ROLES))
            && self
                .toks
                .get(end + 2)
                .is_some_and(|t| t.cues.has(PREPOSITIONS));
        if bare_role
            || description
                .clone()
                .last()
                .is_some_and(|k| self.toks[k].cues.has(PERSON_ROLES))
        {
            c.person = true;
        }
        // "NH90 helicopters"; one unknown word too ("a Chetak helicopter"),
        // but no sentence's first word ("Chartered planes"), ordinary word,
        // nationality, place or known name ("Turkish drones", "Moscow jets")
        // nor a given name; words shaped as a person's name that open with no
        // given name, before a plural ("Sea Baby drones", not "a Pan American
        // plane").
        c.aircraft = after.has(AIRCRAFT_NOUNS) && {
            let words = self.words(start, end);
            // Right after the name, not after an owner's "'s" ("Habyarimana's plane").
            let plural_after = self.toks.get(end).is_some_and(|t| {
                t.text.ends_with('s')
                    && self.text[toks[end - 1].span.end..t.span.start]
                        .bytes()
                        .all(|b| b == b' ')
            });
            let unknown = || {
                !is_demonym(words)
                    && !FIRST_NAMES.contains(self.toks[start].text)
                    && GAZETTEER.folded(words).is_none()
            };
            // An acronym before the noun is an operator's ("KRG helicopter").
            !is_acronym(words)
                && (!is_person_shaped(words)
                    || end == start + 1
                        && !self.is_sentence_start(start)
                        && !is_ordinary(words, self.lowercase)
                        && unknown()
                    || end > start + 1 && plural_after && unknown())
        };
        c.vessel = self.is_ship_name(start, end);
        // "an S-400 air defence system": a designation's noun may come after
        // lowercase words of its kind.
        let designation = || {
            end == start + 1
                && toks[start].text.contains('-')
                && toks[start].text.bytes().any(|b| b.is_ascii_digit())
        };
        let noun_after_modifiers = || {
            (end + 1..(end + 3).min(toks.len())).any(|k| {
                self.toks[k].cues.has(PRODUCT_NOUNS)
                    && toks[end..k]
                        .iter()
                        .all(|t| t.is_word && t.text.starts_with(|c: char| c.is_ascii_lowercase()))
            })
        };
        c.product = after.has(PRODUCT_NOUNS) || designation() && noun_after_modifiers();
        c
    }

    /// The roles of token `k`. "In" or "Near" opening a sentence stands before
    /// a place as it does inside one: "In Tacoma, police said" reads as "in
    /// Tacoma". ("At", "From", "To" open sentences about firms and people too:
    /// "At Acme Bank, staff said", "From Anna Berg to".) The "of" of "out of"
    /// stands before a place as "from" does ("flights out of Tampa").
    pub(super) fn roles_at(&self, k: usize) -> CueRoles {
        let t = &self.toks[k];
        let out_of = || t.text == "of" && k > 0 && self.toks[k - 1].text == "out";
        if matches!(t.text, "In" | "Near") && self.is_sentence_start(k) || out_of() {
            t.cues.or(PLACE_BEFORE)
        } else {
            t.cues
        }
    }

    /// True when the words around `start..end` make it a ship's name: after a ship
    /// noun ("ship Olenegorskiy Gornyak", "ship called the Professor Katsman",
    /// "destroyers Severomorsk and Vice-Admiral Kulakov"), before one past ship
    /// modifiers ("Sparta II cargo ships", "Admiral Kuznetsov aircraft carrier"), in
    /// an apposition ("the Razoni, a bulk carrier"), after a ship prefix ("USS
    /// Carney"), after a ship's class ("the Kilo-class Novorossiysk") or as a
    /// person's title after "the" ("the Admiral Gorshkov"). Names of navies and
    /// fleets are not ships ("Royal Navy vessels").
    pub(super) fn is_ship_name(&self, start: usize, end: usize) -> bool {
        // Most names have no ship word around them: the dearer test comes last.
        self.has_ship_words(start, end) && !self.is_org_named(start, end)
    }

    /// [`Recogniser::is_ship_name`]'s test of the words around `start..end`,
    /// whatever the name itself is.
    fn has_ship_words(&self, start: usize, end: usize) -> bool {
        let toks = self.toks;
        // "the Marshall Islands-flagged tanker", "a Greek-owned bulk carrier":
        // the flag or the owner, not the ship.
        if toks
            .get(end)
            .is_some_and(|t| matches!(t.text, "-flagged" | "-registered" | "-owned" | "-operated"))
        {
            return false;
        }
        if self.ship_noun_before(start) {
            return true;
        }
        // "another Oboronlogistika vessel", "a Maersk ship": after an
        // indefinite article a name before a ship's noun is its owner's.
        let indefinite = start > 0 && matches!(toks[start - 1].text, "a" | "an" | "another");
        let mut j = if indefinite { toks.len() } else { end };
        while j < toks.len() && j < end + 8 {
            // "Magura V5 naval drones": a drone is a vessel after a ship modifier.
            let naval_craft = j > end
                && self.toks[j].cues.has(NAVAL_CRAFT)
                && self.toks[j - 1].cues.has(SHIP_MODIFIERS);
            if self.toks[j].cues.has(SHIP_NOUNS) || naval_craft {
                return true;
            }
            // Past modifiers, and past other names joined by "and" ("Sparta and Sparta II cargo ships").
            let joined_name = toks[j].is_capitalised() && j > 0 && toks[j - 1].text == "and"
                || toks[j].is_capitalised() && j > end && toks[j - 1].is_capitalised();
            if !(self.toks[j].cues.has(SHIP_MODIFIERS) || joined_name) {
                break;
            }
            j += 1;
        }
        let the_before = start > 0 && matches!(toks[start - 1].text, "the" | "The");
        let the_titled = the_before && self.toks[start].cues.has(SHIP_TITLES) && end > start + 1;
        the_titled
            // Not a family's plural ("the Smiths sailed").
            || the_before
                && !(end == start + 1 && toks[start].text.ends_with('s'))
                && self.ship_verb_after(end)
            || self.apposition_has(end, SHIP_NOUNS)
            || self.toks[start].cues.has(SHIP_PREFIXES) && end > start + 1
    }

    /// True when a ship's verb follows a name ending at `end`, or the other names
    /// of a list after it, each opened by "the": "the Ivan Gren and the
    /// Alexander Otrakovsky sailed".
    pub(super) fn ship_verb_after(&self, end: usize) -> bool {
        let toks = self.toks;
        let mut j = end;
        while toks.get(j).is_some_and(|t| t.text == "and")
            && toks.get(j + 1).is_some_and(|t| t.text == "the")
            && toks.get(j + 2).is_some_and(Token::is_capitalised)
        {
            j += 2;
            while toks.get(j).is_some_and(Token::is_capitalised) {
                j += 1;
            }
        }
        // "the Ocean Viking, run by SOS Mediterranee, docked": past an aside
        // set off by commas.
        if toks.get(j).is_some_and(|t| t.text == ",") {
            let reach = toks.len().min(j + 1 + ASIDE_TOKENS);
            if let Some(close) = (j + 1..reach).find(|&k| toks[k].text == ",") {
                j = close + 1;
            }
        }
        // "Sparta IV later sailed": past an adverb (context_words.tsv).
        if toks
            .get(j)
            .is_some_and(|t| t.is_word && has_role(t.text, ContextRole::Adverb))
        {
            j += 1;
        }
        toks.get(j).is_some_and(|t| t.cues.has(SHIP_VERBS))
    }

    /// True when a ship noun or cue stands before `start`, with only "the", "called",
    /// quotes, commas and the other names of a list in between.
    pub(super) fn ship_noun_before(&self, start: usize) -> bool {
        // "the Ropucha-class Alexander Shabalin": a ship's class is as good as
        // its noun.
        if start > 0 && self.toks[start - 1].text.ends_with("-class") {
            return true;
        }
        // Most sentences have none: the positions are not looked for.
        if !self.roles.has(SHIP_NOUNS.or(SHIP_CUES)) {
            return false;
        }
        let toks = self.toks;
        // Where the sentence's ship nouns and cues stand, found on the first call.
        let nouns = self.ship_nouns.get_or_init(|| {
            (0..toks.len())
                .filter(|&i| self.toks[i].cues.has(SHIP_NOUNS.or(SHIP_CUES)))
                .collect()
        });
        let Some(noun) = nouns[..nouns.partition_point(|&i| i < start)]
            .last()
            .copied()
        else {
            return false;
        };
        // "two landing ships of the Baltic Fleet, the Korolev and the Minsk":
        // the fleet they belong to is read past.
        let owner = toks.get(noun + 1).is_some_and(|t| t.text == "of")
            && toks.get(noun + 2).is_some_and(|t| t.text == "the");
        let after_noun = if owner {
            (noun + 3..start)
                .find(|&k| !toks[k].is_capitalised())
                .unwrap_or(start)
        } else {
            noun + 1
        };
        let between = &toks[after_noun..start];
        // The fleet's own name is no ship: an apposition must follow it.
        if owner
            && !between
                .first()
                .is_some_and(|t| matches!(t.text, "," | "-" | "–" | "—" | ":"))
        {
            return false;
        }
        // A dash or colon right after the noun opens an apposition as a comma does
        // ("five landing ships - the Novocherkassk, Saratov and Azov -").
        let opens_apposition =
            |k: usize| k == after_noun && matches!(toks[k].text, "-" | "–" | "—" | ":");
        // "seven ships, including the Blue Dawn", "three ferries, among them
        // the Venizelos": a plural's apposition may name some of them, each
        // after "the" as ships are ("carriers, among them Air India" are not).
        let some_of = |t: &Token| matches!(t.text, "including" | "among" | "them");
        // "Korolev (130), Minsk (127) and …": a hull number in brackets.
        let hull_number = |k: usize| {
            let digits = |i: usize| {
                toks.get(i)
                    .is_some_and(|t| t.text.bytes().all(|b| b.is_ascii_digit()))
            };
            let text = |i: usize| toks.get(i).map_or("", |t| t.text);
            text(k) == "(" && digits(k + 1) && text(k + 2) == ")"
                || digits(k) && k > 0 && text(k - 1) == "(" && text(k + 1) == ")"
                || text(k) == ")" && k > 1 && digits(k - 1) && text(k - 2) == "("
        };
        let allowed = |k: usize| {
            self.toks[k].cues.has(NAMING_VERBS)
                || matches!(toks[k].text, "the" | "\"" | "“" | "‘" | "," | "and")
                || some_of(&toks[k])
                || toks[k].is_capitalised()
                || opens_apposition(k)
                || hull_number(k)
        };
        if between.len() > 12 || !(after_noun..start).all(allowed) {
            return false;
        }
        // Other names of a list stand between only after a plural noun
        // ("destroyers Severomorsk and Vice-Admiral Kulakov"); a comma and "the"
        // open an apposition ("its ship, the Grand Celebration"), which holds a
        // list after a plural ("two ships, the Sparta IV and the Ursa Major").
        let list = between
            .iter()
            .any(|t| t.text == "and" || t.is_capitalised());
        let plural = toks[noun].text.ends_with('s');
        match between.first().map(|t| t.text) {
            Some("," | "-" | "–" | "—" | ":") => {
                let opened = between.get(1).is_some_and(|t| t.text == "the")
                    || plural
                        && between.get(1).is_some_and(some_of)
                        && between.last().is_some_and(|t| t.text == "the");
                opened && (!list || plural)
            }
            Some("and") if list => false,
            _ => !list || plural,
        }
    }

    /// True when `start..end` names an organisation by its head ("Royal Navy",
    /// "Navy", "Coast Guard").
    fn is_org_named(&self, start: usize, end: usize) -> bool {
        let text = self.words(start, end);
        self.head_type(start, end) == Some(EntityType::Org)
            || HEAD_INDEX.is_org_head(text)
            || GAZETTEER
                .exact(text)
                .is_some_and(|k| k.kind == EntityType::Org)
    }

    /// True when a comma after `end` opens a description ("a", "an", "the", "its"
    /// and up to four words) holding one of `nouns` before its first preposition:
    /// "Hubei, a province of …", "the Razoni, a Sierra Leone-flagged bulk carrier",
    /// but not "Yusov, a spokesman for the agency", whose head is "spokesman".
    fn apposition_has(&self, end: usize, nouns: CueRoles) -> bool {
        self.apposition_words(end)
            .any(|k| self.toks[k].cues.has(nouns))
    }

    /// The positions of a description's words after `end`, up to its first
    /// preposition or relative pronoun (none unless a comma or a copula, then
    /// "a", "an", "another", "the" or "its" open it: "the Razoni, a bulk
    /// carrier", "the Rubymar became the first ship").
    fn apposition_words(&self, end: usize) -> Range<usize> {
        let toks = self.toks;
        let opens = toks
            .get(end)
            .is_some_and(|t| t.text == "," || self.toks[end].cues.has(COPULAS))
            && toks
                .get(end + 1)
                .is_some_and(|t| matches!(t.text, "a" | "an" | "another" | "the" | "its"));
        if !opens {
            return 0..0;
        }
        let first = end + 2;
        let limit = toks.len().min(first + 5);
        // A relative clause ends the description too ("an analyst who tracks
        // shipping").
        let stop = (first..limit)
            .find(|&k| {
                !toks[k].is_word
                    || self.toks[k].cues.has(PREPOSITIONS)
                    || matches!(toks[k].text, "who" | "which" | "that" | "whose" | "whom")
            })
            .unwrap_or(limit);
        first..stop
    }
}

/// A lower-case facility head of one word ("crossing", "airport", "airfield").
fn is_facility_noun(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && HEADS
            .iter()
            .any(|head| head.kind == EntityType::Facility && head.words == word)
}
