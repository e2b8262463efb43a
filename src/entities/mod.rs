//! Stage 3: entities. Consumes sentences. Produces named entity mentions with a
//! type (SCHEMA's PERSON … EVENT) and a canonical name that links the variants
//! of one entity. Leaves out lowercase descriptions, pronouns, titles and
//! possessives.
//!
//! How a mention is found, in order:
//! 1. shapes: aircraft designations and ship classes ([`patterns`]);
//! 2. runs of capitalised words ([`tokens`], [`recogniser`]), with "of", "for"
//!    and name particles inside, minus sentence-initial ordinary words;
//! 3. each run is cut at titles ("Deputy Foreign Minister"), then typed by the
//!    gazetteers ([`names`]), its head word ("… Ministry", "… Sea", "… Air Base"),
//!    a given name, or its context ([`context`]: a title or "said" for people,
//!    "in"/"port of" for places, a ship noun for vessels, "newspaper"/"agency"
//!    for organisations), once the whole article is read ([`classify`]);
//! 4. a lowercase head after a name extends it ("Hmeimim air base", "Black Sea
//!    fleet", "G20 summit");
//! 5. acronyms defined in the text ("Hayat Tahrir al-Sham (HTS)", [`acronyms`])
//!    take the expansion's type and canonical name; surnames and short
//!    references take the full name ([`linking`], [`canonical`]).
//!
//! Title-case and all-capitals headlines only repeat names ([`headlines`]):
//! there, a word is a name only if a gazetteer or the article's own sentences
//! know it. A dateline's place opens its line ([`datelines`]).
//!
//! ```
//! use sitrep::{analysis::EntityType, entities::find_in};
//! let found = find_in("Syrian Foreign Minister Walid al-Muallem flew to Moscow.");
//! assert_eq!(found[1], ("Walid al-Muallem".to_string(), EntityType::Person));
//! ```

mod acronyms;
mod canonical;
mod classify;
mod context;
mod datelines;
mod headlines;
mod linking;
mod names;
mod patterns;
mod recogniser;
mod tokens;
mod words;

use std::borrow::Cow;
use std::cell::OnceCell;

use crate::analysis::EntityType;
use crate::sentences::Sentence;
use crate::span::ByteSpan;
use crate::text::fold;
use crate::text::tokens::{of_sentences, Tokens};

use crate::hash::Table;
use classify::{
    classify_unknown, ships_by_their_last_word, surnames_over_places, teams_across_article,
};
use datelines::dateline_places;
use headlines::{case_of, find_known, Case};
use linking::{finish, link_heads_to_bodies, link_short_references};
/// A transcript's speaker lines open with a title ([`crate::clean`]).
pub(crate) use names::TITLES;
use names::{Known, GAZETTEER};
use recogniser::{all_roles, is_results_line, may_hold_numbers, Recogniser};
use tokens::Token;
use words::{title_case, Lowercase};

/// A named entity found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityMention {
    /// Where it is.
    pub span: ByteSpan,
    /// Its type.
    pub kind: EntityType,
    /// The name that links its variants: a table's is borrowed.
    pub canonical: Cow<'static, str>,
}

/// A mention before linking.
#[derive(Debug, Clone)]
struct Draft {
    span: ByteSpan,
    kind: Option<EntityType>,
    /// The canonical name a table, a pattern or the article fixed; a table's
    /// is borrowed, as most names are a table's.
    fixed: Option<Cow<'static, str>>,
    /// The acronym's definition: where the name it abbreviates is.
    defined_by: Option<ByteSpan>,
    /// Why an unknown name has the type it has, decided after all sentences are read.
    context: Context,
    /// A gazetteer name this one is a spelling variant of, used when nothing in
    /// the article says otherwise ("Cameron" is a surname here, not "Cameroon").
    variant: Option<Known>,
    /// The spelling key ([`canonical::key`]) of a name no table or head word
    /// typed, folded once for the classifier and the linker (a draft's span never
    /// changes).
    key: Option<Cow<'static, str>>,
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
    /// "according to" stands before it: a source, a body where nothing says
    /// it is a person.
    source: bool,
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

/// Finds named entities in the sentences, read into `tokens` (one
/// [`Tokens`] a sentence, from [`crate::text::tokens::of_sentences`]).
pub fn find(text: &str, sentences: &[Sentence], tokens: &[Tokens<'_>]) -> Vec<EntityMention> {
    // The words of every sentence in one vector, each sentence's ending
    // where the next one's start.
    let mut words: Vec<Token<'_>> = Vec::new();
    let ends: Vec<usize> = sentences
        .iter()
        .zip(tokens)
        .map(|(s, sentence_tokens)| {
            tokens::push_split(sentence_tokens, s.span.start, &mut words);
            words.len()
        })
        .collect();
    let split: Vec<&[Token<'_>]> = ends
        .iter()
        .scan(0, |start, &end| {
            let toks = &words[*start..end];
            *start = end;
            Some(toks)
        })
        .collect();
    let lowercase = Lowercase::of(
        words.len(),
        words
            .iter()
            .filter(|t| t.is_word && t.starts_lower())
            .map(|t| (t.text, t.folded_id())),
    );
    let mut drafts: Vec<Draft> = Vec::new();
    let mut headlines = Vec::new();
    for ((sentence, toks), sentence_tokens) in sentences.iter().zip(&split).zip(tokens) {
        let shaped = patterns::find(sentence.span.text(text));
        let claimed: Vec<ByteSpan> = shaped
            .iter()
            .map(|s| s.span.shift(sentence.span.start))
            .collect();
        for s in &shaped {
            drafts.push(Draft {
                span: s.span.shift(sentence.span.start),
                kind: Some(s.kind),
                fixed: Some(Cow::Owned(s.canonical.clone())),
                defined_by: None,
                context: Context::default(),
                variant: None,
                key: None,
                initial: false,
            });
        }
        // Most sentences have no shaped name: every token is free, without a
        // test for each.
        let mut free: Vec<bool> = if claimed.is_empty() {
            vec![true; toks.len()]
        } else {
            toks.iter()
                .map(|t| !claimed.iter().any(|c| c.overlaps(t.span)))
                .collect()
        };
        let before = text[..sentence.span.start].trim_end_matches([' ', '\t']);
        let line_start = before.is_empty() || before.ends_with('\n');
        let datelines = if line_start {
            dateline_places(toks)
        } else {
            Vec::new()
        };
        for (start, end) in datelines {
            if !free[start..end].iter().all(|f| *f) {
                continue;
            }
            let whole = ByteSpan::new(toks[start].span.start, toks[end - 1].span.end);
            // "BEIRUT/MOSCOW, Dec 18": a story filed from two places names both.
            let mut from = whole.start;
            for piece in whole.text(text).split('/') {
                let span = ByteSpan::new(from, from + piece.len());
                from = span.end + 1;
                let known_otherwise = GAZETTEER
                    .folded(piece)
                    .is_some_and(|k| k.kind != EntityType::Place);
                if known_otherwise || piece.is_empty() {
                    continue;
                }
                drafts.push(dateline_draft(span, piece));
                free[start..end].iter_mut().for_each(|f| *f = false);
            }
        }
        if case_of(toks, &lowercase) == Case::Headline {
            headlines.push((toks, free));
            continue;
        }
        let roles = all_roles(toks);
        Recogniser {
            text,
            toks,
            free: &free,
            lowercase: &lowercase,
            results: is_results_line(toks, roles, may_hold_numbers(sentence_tokens)),
            roles,
            ship_nouns: OnceCell::new(),
        }
        .run(&mut drafts);
    }
    classify_unknown(text, &mut drafts, &lowercase);
    surnames_over_places(text, &mut drafts);
    ships_by_their_last_word(text, &mut drafts);
    link_short_references(text, &mut drafts);
    link_heads_to_bodies(text, &mut drafts);
    drafts.retain(|d| d.kind.is_some());
    // The names the prose uses, in lowercase, for headlines to repeat (most
    // articles have no headline in their body).
    if !headlines.is_empty() {
        let mut seen: Table<String, (EntityType, Option<Cow<'static, str>>)> = Table::default();
        for d in &drafts {
            if let Some(kind) = d.kind {
                seen.or_insert_with(fold::lower(d.span.text(text)), || (kind, d.fixed.clone()));
            }
        }
        for (toks, free) in headlines {
            find_known(text, toks, &free, &seen, &mut drafts);
        }
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
    find(text, &sentences, &of_sentences(text, &sentences))
        .into_iter()
        .map(|e| (e.span.text(text).to_string(), e.kind))
        .collect()
}

/// The draft of a dateline's place, `name` at `span`: the gazetteer's place
/// of that name or spelling ("LATTAKIA" is Latakia), else the name in title case ("TARSK" → "Tarsk") but for
/// its abbreviations ("N.Y.").
fn dateline_draft(span: ByteSpan, name: &str) -> Draft {
    let canonical = GAZETTEER
        .folded(name)
        .or_else(|| GAZETTEER.find(name))
        .filter(|k| k.kind == EntityType::Place)
        .map_or_else(
            || {
                let words: Vec<String> = name
                    .split(' ')
                    .map(|w| {
                        if w.contains('.') {
                            w.to_string()
                        } else {
                            title_case(&fold::lower(w))
                        }
                    })
                    .collect();
                Cow::Owned(crate::text::as_strs(&words).join(" "))
            },
            |k| Cow::Borrowed(k.canonical),
        );
    Draft {
        span,
        kind: Some(EntityType::Place),
        fixed: Some(canonical),
        defined_by: None,
        context: Context {
            place_strong: true,
            ..Context::default()
        },
        variant: None,
        key: None,
        initial: false,
    }
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(crate) fn build_tables() {
    names::build_tables();
    words::build_tables();
    canonical::build_tables();
    tokens::build_tables();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, EntityType)> {
        find_in(text)
    }

    /// The canonical name of each entity of `text`, in order.
    fn canonicals_of(text: &str) -> Vec<String> {
        let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
        let tokens = of_sentences(text, &sentences);
        find(text, &sentences, &tokens)
            .into_iter()
            .map(|e| e.canonical.into_owned())
            .collect()
    }

    #[test]
    fn abbreviated_ranks_are_no_part_of_names() {
        assert_eq!(
            found("Marine Cpl. Daniel Ochoa and Lance Cpl. Ann Lee met Pvt. Tom Hart."),
            vec![
                ("Daniel Ochoa".to_string(), EntityType::Person),
                ("Ann Lee".to_string(), EntityType::Person),
                ("Tom Hart".to_string(), EntityType::Person),
            ]
        );
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
    fn a_given_name_that_is_a_place_s_after_a_title_opens_a_person_s_name() {
        let got =
            found("Defence Minister Florence Parly met President Georgia Meloni in Toulouse.");
        assert_eq!(got[0], ("Florence Parly".into(), EntityType::Person));
        assert_eq!(got[1], ("Georgia Meloni".into(), EntityType::Person));
    }

    #[test]
    fn the_word_after_a_dateline_s_agency_opens_the_sentence() {
        for (text, name, kind) in [
            (
                "MOSCOW. Jan 22 (Interfax) - Two Russian Emergencies Ministry aircraft took off.",
                "Russian Emergencies Ministry",
                EntityType::Org,
            ),
            (
                "Damascus, SANA- A Russian delegation arrived in the capital on Monday.",
                "Russian",
                EntityType::Group,
            ),
            (
                "MOSCOW, December 17. /TASS/. Two Russian ships left Tartus on Monday.",
                "Russian",
                EntityType::Group,
            ),
        ] {
            assert!(found(text).contains(&(name.into(), kind)), "{text}");
        }
    }

    #[test]
    fn a_nationality_that_opens_a_body_s_name_is_still_one_alone() {
        let got = found_in_article(
            "A Korean Air plane landed on Saturday.\n\nKorean evacuees walked through the airport.",
        );
        assert!(
            got.contains(&("Korean".into(), EntityType::Group)),
            "{got:?}"
        );
    }

    #[test]
    fn knows_ports_border_crossings_and_towns_of_the_news() {
        for (text, places) in [
            (
                "The frigate will leave Toulon next week and reach Heraklion in Crete.",
                ["Toulon", "Heraklion"],
            ),
            (
                "Aid trucks crossed at Bab al-Salam and Al-Ra'ee on Monday.",
                ["Bab al-Salam", "Al-Ra'ee"],
            ),
        ] {
            let got = found(text);
            for place in places {
                assert!(got.contains(&(place.into(), EntityType::Place)), "{got:?}");
            }
        }
        assert_eq!(
            canonicals_of("Shelling hit Al-Ra'ee on Sunday."),
            ["Al-Rai"]
        );
    }

    #[test]
    fn a_short_heading_s_capitals_say_nothing() {
        let text = "Jets leave Syria\n\nWhat We Know\n\nRussian jets moved from Hmeimim to Libya on Monday, officials said.\n\nPolitics\n\nVladimir Putin\n\nThe talks went on, and the ships sailed on Tuesday.";
        let article = crate::Article::new("headings", text, Some("2024-12-19")).unwrap();
        let got: Vec<(String, EntityType)> = crate::analyze(&article)
            .entities
            .into_iter()
            .map(|e| (e.text, e.kind))
            .collect();
        let names: Vec<&str> = got.iter().map(|(name, _)| name.as_str()).collect();
        assert!(
            !names.contains(&"We Know") && !names.contains(&"Politics"),
            "{got:?}"
        );
        assert!(
            got.contains(&("Vladimir Putin".into(), EntityType::Person)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Hmeimim".into(), EntityType::Place)),
            "{got:?}"
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
        // Plurals of people, who say things as persons do.
        for text in [
            "Friends said he rarely talked about the evacuation.",
            "Children said they had been afraid.",
            "Relatives said the crew was safe.",
            "Oil tankers have so far avoided the route.",
            // Prepositions and adverbs that open a sentence before "the ship".
            "Alongside the ship, medics waited.",
            "Overnight the ship sailed.",
        ] {
            assert_eq!(found(text), vec![], "{text}");
        }
        // A contraction, whose key ("il") is a known person's surname.
        assert_eq!(found("And then I'll take your questions."), vec![]);
        assert_eq!(
            found("Ordinary Palestinians without a second passport waited."),
            vec![("Palestinians".into(), EntityType::Group)]
        );
    }

    #[test]
    fn a_sentence_opens_with_an_organisation_its_head_ends() {
        let names = |text: &str| -> Vec<String> { found(text).into_iter().map(|e| e.0).collect() };
        assert_eq!(names("Central Bank officials met."), ["Central Bank"]);
        assert_eq!(
            names("Special Forces Command sent a team."),
            ["Special Forces Command"]
        );
        // A count or a quantifier first stays out of the name.
        assert_eq!(names("Three Royal Navy ships left."), ["Royal Navy"]);
        assert_eq!(
            names("Several Security Council members spoke."),
            ["Security Council"]
        );
    }

    #[test]
    fn a_photo_credit_names_the_photographer_and_the_agency_apart() {
        assert_eq!(
            found("Ferries left Marsh Harbour. Marco Bello/Reuters. RFE/RL reported it."),
            vec![
                ("Marsh Harbour".into(), EntityType::Place),
                ("Marco Bello".into(), EntityType::Person),
                ("Reuters".into(), EntityType::Org),
                ("RFE/RL".into(), EntityType::Org),
            ]
        );
    }

    #[test]
    fn a_unit_named_by_its_number_keeps_the_number() {
        let got =
            found("The 82nd Airborne Division and the 6th Fleet came to the 15th Dubai Air Show.");
        let names: Vec<&str> = got.iter().map(|(name, _)| name.as_str()).collect();
        // An edition's number is no part of the event's name.
        assert_eq!(
            names,
            ["82nd Airborne Division", "6th Fleet", "Dubai Air Show"]
        );
        assert!(got[..2].iter().all(|(_, kind)| *kind == EntityType::Org));
    }

    #[test]
    fn a_name_ending_in_s_keeps_it() {
        assert_eq!(
            found("Moody's cut the rating as McDonald's closed Russia's stores."),
            vec![
                ("Moody's".into(), EntityType::Org),
                ("McDonald's".into(), EntityType::Org),
                ("Russia".into(), EntityType::Place),
            ]
        );
    }

    #[test]
    fn honorifics_and_letters_after_a_name_are_no_part_of_it() {
        assert_eq!(
            found("The Rt Hon James Cleverly MP wrote to Labour MP Jess Phillips."),
            vec![
                ("James Cleverly".into(), EntityType::Person),
                ("Labour".into(), EntityType::Org),
                ("Jess Phillips".into(), EntityType::Person),
            ]
        );
    }

    #[test]
    fn the_field_of_a_body_may_have_two_parts() {
        assert_eq!(
            found(
                "The General Authority for Crossings and Borders wrote to the \
                 Department of Homeland Security and Alex Azar."
            ),
            vec![
                (
                    "General Authority for Crossings and Borders".into(),
                    EntityType::Org
                ),
                ("Department of Homeland Security".into(), EntityType::Org),
                ("Alex Azar".into(), EntityType::Person),
            ]
        );
    }

    #[test]
    fn a_title_in_the_plural_names_people() {
        assert_eq!(
            found("Presidents Vladimir Putin and Recep Tayyip Erdogan met."),
            vec![
                ("Vladimir Putin".into(), EntityType::Person),
                ("Recep Tayyip Erdogan".into(), EntityType::Person),
            ]
        );
        // Given names the lists do not know, when two full names follow.
        assert_eq!(
            found("Union Ministers Hardeep Puri and V K Singh met them."),
            vec![
                ("Hardeep Puri".into(), EntityType::Person),
                ("V K Singh".into(), EntityType::Person),
            ]
        );
        assert_eq!(
            found("EU Foreign Ministers Council and NATO met."),
            vec![
                ("EU Foreign Ministers Council".into(), EntityType::Org),
                ("NATO".into(), EntityType::Org),
            ]
        );
    }

    #[test]
    fn a_name_written_in_lower_case_is_found() {
        assert_eq!(
            found("Berlin (dpa) - The last flight left, dpa learned."),
            vec![
                ("Berlin".into(), EntityType::Place),
                ("dpa".into(), EntityType::Org),
                ("dpa".into(), EntityType::Org),
            ]
        );
    }

    #[test]
    fn a_newsroom_or_law_office_title_is_no_part_of_a_name() {
        assert_eq!(
            found("Erie County District Attorney Frank Clark told BBC Diplomatic Correspondent James Landale."),
            vec![
                ("Erie County".into(), EntityType::Place),
                ("Frank Clark".into(), EntityType::Person),
                ("BBC".into(), EntityType::Org),
                ("James Landale".into(), EntityType::Person),
            ]
        );
    }

    #[test]
    fn a_united_nations_post_is_a_title() {
        assert_eq!(
            found(
                "UN Special Envoy Geir Pedersen met Emergency Relief Coordinator Martin Griffiths."
            ),
            vec![
                ("UN".into(), EntityType::Org),
                ("Geir Pedersen".into(), EntityType::Person),
                ("Martin Griffiths".into(), EntityType::Person),
            ]
        );
        // Two posts joined by "and" share the title word.
        assert_eq!(
            found("UN Resident and Humanitarian Coordinator Matthias Schmale spoke."),
            vec![
                ("UN".into(), EntityType::Org),
                ("Matthias Schmale".into(), EntityType::Person),
            ]
        );
    }

    #[test]
    fn a_part_in_the_story_before_a_name_is_a_title() {
        assert_eq!(
            found("Survivor Joy Abellana, 31, said the ferry listed. Witness Maria Santos saw it."),
            vec![
                ("Joy Abellana".into(), EntityType::Person),
                ("Maria Santos".into(), EntityType::Person),
            ]
        );
    }

    #[test]
    fn a_month_before_a_day_s_number_ends_a_name() {
        assert_eq!(
            found("The ship left Port-au-Prince Jan. 20 and Norfolk Sept. 3, and Daniel P. Davison Feb. 1 took over."),
            vec![
                ("Port-au-Prince".into(), EntityType::Place),
                ("Norfolk".into(), EntityType::Place),
                ("Daniel P. Davison".into(), EntityType::Person),
            ]
        );
    }

    #[test]
    fn a_manager_is_a_title() {
        assert_eq!(
            found("The Manager of Life Care Solutions Europe met Manager Jose Mourinho."),
            vec![
                ("Life Care Solutions Europe".into(), EntityType::Org),
                ("Jose Mourinho".into(), EntityType::Person),
            ]
        );
    }

    #[test]
    fn a_word_in_brackets_between_a_title_and_a_name_keeps_the_title() {
        assert_eq!(
            found("Gen (Retd) VK Singh was sent to Hungary."),
            vec![
                ("VK Singh".into(), EntityType::Person),
                ("Hungary".into(), EntityType::Place),
            ]
        );
    }

    #[test]
    fn a_compass_point_opens_a_place_but_not_a_people() {
        assert_eq!(
            found("A West Midlands team flew to North Waziristan with North American aid."),
            vec![
                ("West Midlands".into(), EntityType::Place),
                ("North Waziristan".into(), EntityType::Place),
                ("North American".into(), EntityType::Group),
            ]
        );
    }

    #[test]
    fn a_compass_point_after_a_bodys_noun_opens_the_bodys_name() {
        assert_eq!(
            found(
                "Volunteers from the group East SOS moved 140 people to Pavlohrad, \
                 and the charity North Star took 20 more to West Kordofan."
            ),
            vec![
                ("East SOS".into(), EntityType::Org),
                ("Pavlohrad".into(), EntityType::Place),
                ("North Star".into(), EntityType::Org),
                ("West Kordofan".into(), EntityType::Place),
            ]
        );
    }

    #[test]
    fn a_ship_noun_opening_a_sentence_is_no_part_of_the_ships_name() {
        // The headline's "Frigate" is ordinary (the prose writes "frigate"),
        // which dropped it, and "Admiral" was then a person's title.
        let found = found_in_article(
            "Frigate Admiral Grigorovich returns to Sevastopol after a Mediterranean tour\n\n\
             The Russian frigate Admiral Grigorovich passed through the Bosphorus. \
             Submarine Kazan sailed on Monday. Aircraft Carrier Admiral Kuznetsov stayed in port.",
        );
        let ships: Vec<&str> = found
            .iter()
            .filter(|(_, kind)| *kind == EntityType::Vessel)
            .map(|(name, _)| name.as_str())
            .collect();
        assert_eq!(
            ships,
            [
                "Admiral Grigorovich",
                "Admiral Grigorovich",
                "Kazan",
                "Admiral Kuznetsov"
            ]
        );
    }

    #[test]
    fn a_ships_title_read_as_a_persons_is_part_of_the_ships_name() {
        let found = found_in_article(
            "Admiral Kuznetsov heads home after Syria deployment\n\n\
             SEVEROMORSK, February 9 — Russia's only aircraft carrier, the Admiral \
             Kuznetsov, returned to its home port on Thursday.",
        );
        let ships: Vec<&str> = found
            .iter()
            .filter(|(_, kind)| *kind == EntityType::Vessel)
            .map(|(name, _)| name.as_str())
            .collect();
        assert_eq!(ships, ["Admiral Kuznetsov", "Admiral Kuznetsov"]);
    }

    #[test]
    fn the_labels_of_a_table_of_places_are_places() {
        let found = found_in_article(
            "Deaths by province\n\nThe ministry gave these tolls:\n\n\
             Marrakech: 18\nChichaoua: 202\nOuarzazate: 41\n\nScores: 3\nPoints: 12\nGoals: 4",
        );
        assert_eq!(
            found,
            [
                ("Marrakech".into(), EntityType::Place),
                ("Chichaoua".into(), EntityType::Place),
                ("Ouarzazate".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_ships_short_name_typed_a_place_by_its_neighbours_is_the_ship() {
        let found = found_in_article(
            "The destroyer USS Carney left Mayport in October.\n\n\
             Passing through the Suez Canal, Carney shot down four missiles.",
        );
        assert_eq!(
            found.last(),
            Some(&("Carney".into(), EntityType::Vessel)),
            "{found:?}"
        );
    }

    #[test]
    fn a_possessive_before_a_place_head_is_inside_the_name() {
        assert_eq!(
            found(
                "Talks at the People's Palace ended, and the wounded reached the \
                 Women's Hospital while Russia's Defence Ministry met Putin's envoy."
            ),
            vec![
                ("People's Palace".into(), EntityType::Facility),
                ("Women's Hospital".into(), EntityType::Facility),
                ("Russia".into(), EntityType::Place),
                ("Defence Ministry".into(), EntityType::Org),
                ("Putin".into(), EntityType::Person),
            ]
        );
        // A known person's palace or office is the person's, not a name.
        assert_eq!(
            found("Putin's Palace was shown, and Peskov's Office said so."),
            vec![
                ("Putin".into(), EntityType::Person),
                ("Peskov".into(), EntityType::Person),
            ]
        );
    }

    #[test]
    fn keeps_romanised_given_names_whole_and_links_family_names() {
        let text = "Prime Minister Chung Sye-kyun met Moon Jae-in. Chung said Moon agreed. \
                    Hong Kong-born Cheuk Hau-yip joined the Imran Khan-led party.";
        let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
        let tokens = of_sentences(text, &sentences);
        let got: Vec<(&str, EntityType, String)> = find(text, &sentences, &tokens)
            .into_iter()
            .map(|e| (e.span.text(text), e.kind, e.canonical.into_owned()))
            .collect();
        let person = |text, canonical: &str| (text, EntityType::Person, canonical.to_string());
        assert_eq!(
            got,
            vec![
                person("Chung Sye-kyun", "Chung Sye-kyun"),
                person("Moon Jae-in", "Moon Jae-in"),
                person("Chung", "Chung Sye-kyun"),
                person("Moon", "Moon Jae-in"),
                ("Hong Kong", EntityType::Place, "Hong Kong".to_string()),
                person("Cheuk Hau-yip", "Cheuk Hau-yip"),
                person("Imran Khan", "Imran Khan"),
            ]
        );
    }

    /// Texts and the canonical names of their entities, in order.
    const CANONICAL_NAMES: &[(&str, &[&str])] = &[
        // The Arabic name of a crossing, not a man called Abu Salem.
        (
            "Trucks crossed at Karem Abu Salem, which Israel calls Kerem Shalom.",
            &["Kerem Shalom", "Israel", "Kerem Shalom"],
        ),
        // Known bodies of a country take its full name, as unknown ones do.
        (
            "The U.S. Navy, the US Army and the U.S. Coast Guard briefed the State Department.",
            &[
                "United States Navy",
                "United States Army",
                "United States Coast Guard",
                "United States Department of State",
            ],
        ),
        // A country's ministry is named with the country.
        (
            "Russia's Defence Ministry and Ukraine's Strategic Communications Centre spoke.",
            &[
                "Russia",
                "Russian Defence Ministry",
                "Ukraine",
                "Strategic Communications Centre",
            ],
        ),
        // A body named without its country takes the article's one, unless
        // the article names two countries' bodies.
        (
            "The Russian Emergencies Ministry flew 350 people home. \
             The Emergencies Ministry said doctors met them.",
            &[
                "Russian Emergencies Ministry",
                "Russian Emergencies Ministry",
            ],
        ),
        (
            "The Russian Defence Ministry and the Ukrainian Defence Ministry spoke. \
             The Defence Ministry said so.",
            &[
                "Russian Defence Ministry",
                "Ukrainian Defence Ministry",
                "Defence Ministry",
            ],
        ),
        // An acronym stands for the article's name that it spells, unless
        // that name only spells the gazetteer's another way.
        (
            "Japan's Self-Defense Forces flew 45 people out. The SDF planes landed. \
             The Federal Open Market Committee met and the FOMC held rates.",
            &[
                "Japan",
                "Japanese Self-Defense Forces",
                "Japanese Self-Defense Forces",
                "Federal Open Market Committee",
                "Federal Open Market Committee",
            ],
        ),
        (
            "The World Trade Organisation met. The WTO said no.",
            &["World Trade Organisation", "World Trade Organization"],
        ),
        // An acronym in another language stands for the name before it.
        (
            "Soldiers of the Military Emergency Unit (UME) left. The UME landed.",
            &["Military Emergency Unit"; 3],
        ),
        // So does one that spells no English initials (as "AFAD" for Afet ve
        // Acil Durum), after an organisation's name of three words or more,
        // but for a last part that a comma cut.
        (
            "The Disaster Relief Coordination Board (AKKB) said AKKB teams left. \
             The Ministry of Trade, Industry and Energy (MOTIE) spoke.",
            &[
                "Disaster Relief Coordination Board",
                "Disaster Relief Coordination Board",
                "Disaster Relief Coordination Board",
                "Ministry of Trade",
                "Industry and Energy",
                "MOTIE",
            ],
        ),
        // News agencies known by their acronyms take their full names.
        (
            "SANA, WAM and UPI reported the strike, OCHA said.",
            &[
                "Syrian Arab News Agency",
                "Emirates News Agency",
                "United Press International",
                "United Nations Office for the Coordination of Humanitarian Affairs",
            ],
        ),
        // A country's Red Crescent is its own society, not the movement.
        (
            "The Syrian Arab Red Crescent and Türk Kızılay sent aid, and SARC trucks crossed.",
            &[
                "Syrian Arab Red Crescent",
                "Turkish Red Crescent",
                "Syrian Arab Red Crescent",
            ],
        ),
        // Places of worship are facilities.
        (
            "The Tinmel Mosque and the Shwedagon Pagoda were damaged.",
            &["Tinmel mosque", "Shwedagon pagoda"],
        ),
        // A base named after a club's town takes the town's name.
        (
            "Rescuers flew from Zaragoza air base.",
            &["Zaragoza air base"],
        ),
    ];

    #[test]
    fn names_take_their_canonical_forms() {
        for &(text, expected) in CANONICAL_NAMES {
            assert_eq!(canonicals_of(text), expected, "{text}");
        }
    }

    #[test]
    fn a_title_is_cut_from_the_known_name_before_it() {
        assert_eq!(
            found("WHO Director-General Tedros Adhanom Ghebreyesus said so."),
            vec![
                ("WHO".into(), EntityType::Org),
                ("Tedros Adhanom Ghebreyesus".into(), EntityType::Person)
            ]
        );
        assert_eq!(
            found("He advises the UAE President and the WFP Deputy Executive Director."),
            vec![
                ("UAE".into(), EntityType::Place),
                ("WFP".into(), EntityType::Org)
            ]
        );
        // A title word that ends a person's name is the surname.
        assert_eq!(
            found("Britain's leader was then John Major."),
            vec![
                ("Britain".into(), EntityType::Place),
                ("John Major".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn splits_known_names_from_the_names_after_them() {
        assert_eq!(
            found("The president of the European Parliament Roberta Metsola spoke."),
            vec![
                ("European Parliament".into(), EntityType::Org),
                ("Roberta Metsola".into(), EntityType::Person)
            ]
        );
        assert_eq!(
            found("Chelsea Clinton spoke."),
            vec![("Chelsea Clinton".into(), EntityType::Person)]
        );
        assert_eq!(
            found("It approved more Jewish West Bank settlements."),
            vec![
                ("Jewish".into(), EntityType::Group),
                ("West Bank".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn knows_the_chambers_of_parliaments() {
        assert_eq!(
            found("The bill passed the House of Commons and the Verkhovna Rada."),
            vec![
                ("House of Commons".into(), EntityType::Org),
                ("Verkhovna Rada".into(), EntityType::Org)
            ]
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
        assert_eq!(
            found("Two planes wait at the Chkalovsky military airfield."),
            vec![("Chkalovsky military airfield".into(), EntityType::Facility)]
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
        // A military exercise is a named event too.
        assert_eq!(
            found("The ships took part in Exercise Sea Breeze off Odesa."),
            vec![
                ("Exercise Sea Breeze".into(), EntityType::Event),
                ("Odesa".into(), EntityType::Place)
            ]
        );
        assert_eq!(
            found("RFA Lyme Bay and ICGS Sarathi reached Mozambique."),
            vec![
                ("RFA Lyme Bay".into(), EntityType::Vessel),
                ("ICGS Sarathi".into(), EntityType::Vessel),
                ("Mozambique".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn only_sentences_with_a_digit_or_split_words_may_hold_numbers() {
        let may = |text: &str| may_hold_numbers(&crate::text::tokens::Tokens::of(text));
        assert!(may("Wanderers 2 Athletic 1"));
        assert!(may("Rovers won 3rd time"));
        // A word split inside ("_" is a word character): its pieces may start with a digit.
        assert!(may("Kelso_2 Thistle"));
        assert!(!may("Postponed : Kelso Thistle v Rovers"));
        assert!(!may("Rovers won the Cup"));
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
        // A known aircraft that plays is a club; elsewhere it is the aircraft,
        // after the air force that flies it.
        assert_eq!(
            found("Hercules 2 Athletic 1"),
            vec![
                ("Hercules".into(), EntityType::Org),
                ("Athletic".into(), EntityType::Org)
            ]
        );
        assert_eq!(
            found("A second RNZAF Hercules flew in supplies."),
            vec![
                ("RNZAF".into(), EntityType::Org),
                ("Hercules".into(), EntityType::Aircraft)
            ]
        );
        // A phone number's digits make no line of results.
        assert_eq!(
            found("The Crisis and Support Centre can be reached on +33 1 53 59 11 00."),
            vec![("Crisis and Support Centre".into(), EntityType::Org)]
        );
    }

    #[test]
    fn titles_outweigh_other_context() {
        let text = "Ministers met Omar Saleh. Mr. Saleh's spokesman denied it. The Egyptian Navy A400M landed.";
        let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
        let got: Vec<(String, EntityType)> =
            find(text, &sentences, &of_sentences(text, &sentences))
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
    fn a_place_is_a_team_only_where_a_result_follows_its_verb() {
        for text in [
            "Karlsruhe won the August 20 match 3-1.",
            "Montreal lost for the ninth time in 14 games.",
            "Leeds won 2-0 at home.",
        ] {
            assert_eq!(found(text)[0].1, EntityType::Org, "{text}");
        }
        for text in [
            "Moscow drew a lesson from the 2013 evacuation.",
            "Moscow lost the war but kept its base.",
        ] {
            assert_eq!(found(text)[0].1, EntityType::Place, "{text}");
        }
    }

    #[test]
    fn towns_named_for_a_beach_a_shore_a_spring_a_fall_or_a_creek_are_places() {
        assert_eq!(
            found("Officials ordered the evacuation of Gulf Shores and Orange Beach. Many residents of Sioux Falls fled."),
            vec![
                ("Gulf Shores".into(), EntityType::Place),
                ("Orange Beach".into(), EntityType::Place),
                ("Sioux Falls".into(), EntityType::Place),
            ]
        );
    }

    #[test]
    fn russian_and_ukrainian_media_are_organisations() {
        assert_eq!(
            found("Moscow Times reported the flights, Zvezda showed the convoy and Ukrainska Pravda named the ships."),
            vec![
                ("Moscow Times".into(), EntityType::Org),
                ("Zvezda".into(), EntityType::Org),
                ("Ukrainska Pravda".into(), EntityType::Org),
            ]
        );
    }

    #[test]
    fn known_aircraft_boarded_stay_aircraft() {
        // "aboard" cues a ship named after a place or a person, not a known aircraft.
        assert_eq!(
            found("The rest were airlifted aboard A400M and C-130 Hercules transport aircraft. Others left aboard the Globemaster."),
            vec![
                ("A400M".into(), EntityType::Aircraft),
                ("C-130 Hercules".into(), EntityType::Aircraft),
                ("Globemaster".into(), EntityType::Aircraft),
            ]
        );
        assert_eq!(
            found("Marines sailed aboard the Kearsarge from Norfolk."),
            vec![
                ("Kearsarge".into(), EntityType::Vessel),
                ("Norfolk".into(), EntityType::Place),
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
        // An air force's station is a facility; its aircraft are not.
        let found_here =
            found("They flew from RAF Brize Norton, and RAF Voyager aircraft refuelled them.");
        assert_eq!(
            found_here[0],
            ("RAF Brize Norton".into(), EntityType::Facility)
        );
        assert!(found_here[1..]
            .iter()
            .all(|(_, kind)| *kind != EntityType::Facility));
        // A ship named after a person, before its type's words.
        assert_eq!(
            found("Drones hit the Ivan Khurs reconnaissance ship."),
            vec![("Ivan Khurs".into(), EntityType::Vessel)]
        );
        // A naval drone is a vessel; a drone alone is an aircraft's noun.
        assert_eq!(
            found("Earlier, Magura V5 naval drones hit the Sergei Kotov patrol ship."),
            vec![
                ("Magura V5".into(), EntityType::Vessel),
                ("Sergei Kotov".into(), EntityType::Vessel)
            ]
        );
    }

    #[test]
    fn weapons_are_no_entities() {
        assert_eq!(
            found("HIMARS launchers and a T-72 tank reached Odesa."),
            vec![("Odesa".into(), EntityType::Place)]
        );
        assert_eq!(
            found("Storm Shadow missiles hit Sevastopol."),
            vec![("Sevastopol".into(), EntityType::Place)]
        );
    }

    #[test]
    fn initials_before_a_surname_name_the_person_whose_name_starts_so() {
        assert_eq!(
            canonicals_of(
                "A.K. Lukashevich said so, and Alexander Lukashevich agreed. \
                 S.V. Lavrov left; Lavrov flew home. A. Hollioake bowled."
            ),
            [
                "Alexander Lukashevich",
                "Alexander Lukashevich",
                "Sergei Lavrov",
                "Sergei Lavrov",
                "A. Hollioake"
            ]
        );
    }

    #[test]
    fn a_body_named_before_a_countrys_is_not_yet_that_countrys() {
        assert_eq!(
            canonicals_of(
                "The Foreign Ministry said 77 people had left. Ukraine's Foreign Ministry said \
                 eight Ukrainians were on board, and the Foreign Ministry thanked Moscow."
            ),
            [
                "Foreign Ministry",
                "Ukraine",
                "Ukrainian Foreign Ministry",
                "Ukrainians",
                "Ukrainian Foreign Ministry",
                "Moscow"
            ]
        );
    }

    #[test]
    fn bodies_of_one_name_keep_the_countries_their_possessives_gave() {
        assert_eq!(
            canonicals_of(
                "Russia's Foreign Ministry said talks go on. Turkey's Foreign Ministry \
                 objected, and the Foreign Ministry in Ankara said so again."
            ),
            [
                "Russia",
                "Russian Foreign Ministry",
                "Turkey",
                "Turkish Foreign Ministry",
                "Foreign Ministry",
                "Ankara"
            ]
        );
        // The same body in two written forms.
        assert_eq!(
            canonicals_of(
                "The plane landed, according to the Ministry of Foreign Affairs. Japan's \
                 Foreign Ministry thanked Seoul, as did Singapore's Ministry of Foreign Affairs."
            ),
            [
                "Foreign Ministry",
                "Japan",
                "Japanese Foreign Ministry",
                "Seoul",
                "Singapore",
                "Singaporean Foreign Ministry"
            ]
        );
    }

    #[test]
    fn a_foreign_ministrys_seat_names_the_ministry() {
        assert_eq!(
            canonicals_of("The Farnesina urged Italians to leave, and the Quai d'Orsay agreed."),
            [
                "Italian Foreign Ministry",
                "Italians",
                "French Foreign Ministry"
            ]
        );
    }

    #[test]
    fn a_countrys_formal_name_names_the_country() {
        assert_eq!(
            canonicals_of("The Republic of Belarus and the Republic of China protested."),
            ["Belarus", "Taiwan"]
        );
    }

    #[test]
    fn a_bodys_head_word_after_the_points_back_to_the_body() {
        assert_eq!(
            canonicals_of(
                "The Department of Migrant Workers said 17 workers arrived. The Department \
                 has set aside funds, and the Philippine Embassy said the Embassy would stay open."
            ),
            [
                "Department of Migrant Workers",
                "Department of Migrant Workers",
                "Philippine Embassy",
                "Philippine Embassy"
            ]
        );
    }

    #[test]
    fn a_places_head_word_after_the_points_back_to_the_place() {
        let text = "Iran seized a tanker in the Strait of Hormuz. A fifth of the world's oil \
                    passes through the Strait, and the Gulf stays tense.";
        let got: Vec<(String, EntityType, String)> = canonicals_in_article(text)
            .into_iter()
            .filter(|(name, _, _)| name == "Strait" || name == "Gulf")
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Strait".into(),
                    EntityType::Place,
                    "Strait of Hormuz".into()
                ),
                ("Gulf".into(), EntityType::Place, "Gulf".into())
            ]
        );
    }

    #[test]
    fn links_acronyms_and_surnames() {
        let text = "Residents said Jaysh al-Fatah (JAF) entered the town. Later JAF said Omar Qadri had left. Qadri denied it.";
        let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
        let got: Vec<(String, String)> = find(text, &sentences, &of_sentences(text, &sentences))
            .into_iter()
            .map(|e| (e.span.text(text).to_string(), e.canonical.into_owned()))
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
    fn a_surname_people_share_is_the_first_listed_unless_the_article_names_another() {
        let canonicals = |text: &str| -> Vec<(String, String)> {
            let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
            find(text, &sentences, &of_sentences(text, &sentences))
                .into_iter()
                .map(|e| (e.span.text(text).to_string(), e.canonical.into_owned()))
                .collect()
        };
        assert_eq!(
            canonicals("The envoy arrived a month after Assad fled."),
            vec![("Assad".into(), "Bashar al-Assad".into())]
        );
        assert_eq!(
            canonicals("Hafez al-Assad ruled Syria until 2000. Assad died in June."),
            vec![
                ("Hafez al-Assad".into(), "Hafez al-Assad".into()),
                ("Syria".into(), "Syria".into()),
                ("Assad".into(), "Hafez al-Assad".into())
            ]
        );
        // An initial is no surname of one letter ("Wang Yi").
        assert_eq!(canonicals("Y. pestis spreads in summer."), vec![]);
    }

    #[test]
    fn reads_headlines_for_known_names_only() {
        // A headline's lower-case words are function words only ("to").
        let text = "Turkey Sends More Aid Trucks to Kyrgyzstan\nThe trucks left Turkey on Monday.";
        let body = [ByteSpan::new(0, 42), ByteSpan::new(43, text.len())];
        let sentences = crate::sentences::split(text, &body);
        let got: Vec<String> = find(text, &sentences, &of_sentences(text, &sentences))
            .into_iter()
            .map(|e| e.span.text(text).to_string())
            .collect();
        assert_eq!(got, vec!["Turkey", "Kyrgyzstan", "Turkey"]);
    }

    #[test]
    fn function_words_in_capitals_make_a_headline() {
        // One word the prose writes in lower case ("ships"), and "In", "To".
        let text = "Navy Ships Arrive In Tartus To Evacuate Equipment\nThe ships left Tartus.";
        let body = [ByteSpan::new(0, 49), ByteSpan::new(50, text.len())];
        let sentences = crate::sentences::split(text, &body);
        let got: Vec<String> = find(text, &sentences, &of_sentences(text, &sentences))
            .into_iter()
            .map(|e| e.span.text(text).to_string())
            .collect();
        assert_eq!(got, vec!["Tartus", "Tartus"]);
    }

    #[test]
    fn a_geographic_first_word_makes_a_place() {
        assert_eq!(
            found("The convoy left Tal Abyad and Deir Hafer, then camped near Mount Qasioun."),
            vec![
                ("Tal Abyad".into(), EntityType::Place),
                ("Deir Hafer".into(), EntityType::Place),
                ("Mount Qasioun".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_short_sentence_with_a_lowercase_verb_is_no_headline() {
        assert_eq!(
            found("They met Olga Petrenko on Monday."),
            vec![("Olga Petrenko".into(), EntityType::Person)]
        );
    }

    #[test]
    fn ordinary_words_shouted_in_capitals_are_no_names() {
        assert_eq!(
            found("Go and vote: VOTE for a GREAT Governor, said Olga Petrenko of NATO."),
            vec![
                ("Olga Petrenko".into(), EntityType::Person),
                ("NATO".into(), EntityType::Org)
            ]
        );
        // A transcript's speaker label.
        assert_eq!(
            found("QUESTION: How many Americans have left Lebanon?"),
            vec![
                ("Americans".into(), EntityType::Group),
                ("Lebanon".into(), EntityType::Place)
            ]
        );
    }

    fn found_in_article(text: &str) -> Vec<(String, EntityType)> {
        let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
        find(text, &sentences, &of_sentences(text, &sentences))
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
        // A comma between the region and the date.
        assert_eq!(
            found_in_article("TARSKVILLE, Norland, Sept 27 (Reuters) - Talks resumed."),
            vec![
                ("TARSKVILLE".into(), EntityType::Place),
                ("Norland".into(), EntityType::Place),
                ("Reuters".into(), EntityType::Org)
            ]
        );
        // A name ending in a place noun before a dash is a place.
        assert_eq!(
            found_in_article("PASAY CITY - Two workers were hurt."),
            vec![("PASAY CITY".into(), EntityType::Place)]
        );
        // A known place spelled otherwise takes its name.
        assert_eq!(
            canonicals_of("LATTAKIA, Aug 10 - Ships waited at the port."),
            ["Latakia"]
        );
        // A story filed from two places names both.
        assert_eq!(
            found_in_article("TARSKVILLE/VELMAR, Dec 18 - Talks resumed."),
            vec![
                ("TARSKVILLE".into(), EntityType::Place),
                ("VELMAR".into(), EntityType::Place)
            ]
        );
        // An agency's name, or after a region a dash, opens the story as a date
        // does; a region's abbreviation keeps its full stops. A word in capitals
        // alone before a dash is no dateline, unless it names a known place.
        for (text, region) in [
            ("TARSK HAFER, Norland (AP) - Rebels said so.", "Norland"),
            ("TARSK HAFER, N.L. — Rebels said so.", "N.L."),
        ] {
            let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
            let found = find(text, &sentences, &of_sentences(text, &sentences));
            let places: Vec<(&str, &str)> = found
                .iter()
                .filter(|e| e.kind == EntityType::Place)
                .map(|e| (e.span.text(text), e.canonical.as_ref()))
                .collect();
            assert_eq!(
                places,
                vec![("TARSK HAFER", "Tarsk Hafer"), (region, region)],
                "{text}"
            );
        }
        assert_eq!(found_in_article("EXCLUSIVE - Rebels said so."), vec![]);
        // A place the gazetteer knows, alone before a dash, is one.
        assert_eq!(
            found_in_article("KYIV — Rebels said so."),
            vec![("KYIV".into(), EntityType::Place)]
        );
        // A word in brackets without a dash after it is no agency: a table's row.
        let row = found_in_article("LONG GILT ( SEP ) 107-12 107-10\nIt rained.");
        assert!(
            !row.iter().any(|(_, kind)| *kind == EntityType::Place),
            "{row:?}"
        );
        // A weekday or a row of a table opens no dateline.
        let table = found_in_article("FRIDAY , MAY 30 SCHEDULE\nNORLAND 61 74 .452\nIt rained.");
        assert!(
            !table.iter().any(|(_, kind)| *kind == EntityType::Place),
            "{table:?}"
        );
        // A sentence's "A" before a hyphenated number opens no dateline.
        for text in [
            "It rained.\nA 26-year-old man was hurt.",
            "A 20-ton crane was lifted.",
        ] {
            assert_eq!(found_in_article(text), vec![], "{text}");
        }
    }

    #[test]
    fn a_wire_slug_before_a_headline_is_no_name() {
        assert_eq!(
            found_in_article("UPDATE 2-Russian ships leave Tartus"),
            vec![
                ("Russian".into(), EntityType::Group),
                ("Tartus".into(), EntityType::Place)
            ]
        );
        assert_eq!(
            found_in_article("RPT-UPDATE 1-Syria's rulers review the deal"),
            vec![("Syria".into(), EntityType::Place)]
        );
        assert_eq!(
            found_in_article("EXCLUSIVE-Russia moves jets"),
            vec![("Russia".into(), EntityType::Place)]
        );
        // Inside a line, capitals before a hyphen may open a firm's name.
        assert_eq!(
            found_in_article("Shares of LIN-BellSouth rose."),
            vec![("LIN-BellSouth".into(), EntityType::Org)]
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
    fn a_place_after_clock_times_plays_no_match() {
        assert_eq!(
            found("The aircraft landed at 00:45 and 01:20 Moscow time."),
            vec![("Moscow".into(), EntityType::Place)]
        );
    }

    #[test]
    fn a_ships_last_word_after_the_is_that_ship() {
        let text = "The USS Gerald R. Ford arrived. The Ford carries 5,000 sailors. \
                    HMS Kent sailed, and the Kent docked. Harrison Ford loves Kent.";
        assert_eq!(
            canonicals_of(text),
            [
                "USS Gerald R. Ford",
                "USS Gerald R. Ford",
                "HMS Kent",
                "HMS Kent",
                "Harrison Ford",
                "Kent"
            ]
        );
    }

    #[test]
    fn a_town_known_for_its_club_is_the_town_outside_sport() {
        let text = "HMS Kent left Plymouth for the Gulf. The frigate called at Portsmouth.";
        assert_eq!(
            found_in_article(text),
            vec![
                ("HMS Kent".into(), EntityType::Vessel),
                ("Plymouth".into(), EntityType::Place),
                ("Gulf".into(), EntityType::Place),
                ("Portsmouth".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_town_known_for_its_club_is_the_club_where_it_plays_or_in_sports_reports() {
        // It plays: the club's name.
        assert_eq!(
            canonicals_of("Newcastle beat Leeds. Norwich striker Keith O'Neill was hurt."),
            [
                "Newcastle United",
                "Leeds United",
                "Norwich City",
                "Keith O'Neill"
            ]
        );
        // Two words of sport make a report of sport, where it is the club; one does not.
        let report =
            "Kenny Dalglish left Blackburn after five years. The striker scored in the league.";
        assert_eq!(
            canonicals_of(report),
            ["Kenny Dalglish", "Blackburn Rovers"]
        );
        assert_eq!(
            found_in_article("Kenny Dalglish left Blackburn after five years in the league."),
            vec![
                ("Kenny Dalglish".into(), EntityType::Person),
                ("Blackburn".into(), EntityType::Place)
            ]
        );
        // After a place word it is the town, even there.
        assert_eq!(
            found_in_article("The striker scored twice in the league, then flew home to Bremen."),
            vec![("Bremen".into(), EntityType::Place)]
        );
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
        find(text, &sentences, &of_sentences(text, &sentences))
            .into_iter()
            .map(|e| {
                (
                    e.span.text(text).to_string(),
                    e.kind,
                    e.canonical.into_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn an_acronym_after_a_lowercase_head_stands_for_the_name_it_spells() {
        let text = "The Zorvani Maritime Trade Office agency (ZMTO) said a ship was hit. \
                    ZMTO said the crew left. Orvin fighters (PMC) stayed.";
        let zmto = canonicals_in_article(text)
            .into_iter()
            .filter(|(name, _, _)| name == "ZMTO")
            .map(|(_, _, canonical)| canonical)
            .collect::<Vec<_>>();
        assert_eq!(zmto, ["Zorvani Maritime Trade Office"; 2]);
        assert!(canonicals_in_article(text)
            .iter()
            .all(|(name, _, canonical)| name != "PMC" || canonical == "PMC"));
    }

    #[test]
    fn a_plural_s_apostrophe_may_end_the_text() {
        for text in ["Its'", "The Veterans'", "𝕀s'"] {
            assert_eq!(found(text), vec![], "{text:?}");
        }
    }

    #[test]
    fn a_relative_clause_ends_a_person_s_description() {
        assert_eq!(
            found("Ships sailed, according to Tarik Velen, an analyst who tracks shipping."),
            vec![("Tarik Velen".into(), EntityType::Person)]
        );
    }

    #[test]
    fn the_story_s_airlines_and_contractors_are_known() {
        let text = "PMC Wagner flew out on a Syrian Air plane.";
        let org = |name: &str, canonical: &str| {
            (name.to_string(), EntityType::Org, canonical.to_string())
        };
        assert_eq!(
            canonicals_in_article(text),
            vec![
                org("PMC Wagner", "Wagner Group"),
                org("Syrian Air", "Syrian Air")
            ]
        );
    }

    #[test]
    fn syrian_towns_are_known_by_their_spellings() {
        let text = "Rebels held Idleb, then Tell Abyad and Al-Bukamal.";
        let place = |name: &str, canonical: &str| {
            (name.to_string(), EntityType::Place, canonical.to_string())
        };
        assert_eq!(
            canonicals_in_article(text),
            vec![
                place("Idleb", "Idlib"),
                place("Tell Abyad", "Tal Abyad"),
                place("Al-Bukamal", "Abu Kamal")
            ]
        );
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
    fn ships_listed_with_their_hull_numbers_are_ships() {
        assert_eq!(
            found_in_article(
                "The landing ships Korolev (130), Minsk (127) and Kaliningrad (102) passed \
                 the Bosphorus. The large landing ships Yamal (156), Saratov and Azov sailed."
            ),
            vec![
                ("Korolev".into(), EntityType::Vessel),
                ("Minsk".into(), EntityType::Vessel),
                ("Kaliningrad".into(), EntityType::Vessel),
                ("Bosphorus".into(), EntityType::Place),
                ("Yamal".into(), EntityType::Vessel),
                ("Saratov".into(), EntityType::Vessel),
                ("Azov".into(), EntityType::Vessel)
            ]
        );
    }

    #[test]
    fn a_word_with_a_capital_inside_is_a_firm() {
        assert_eq!(
            found("Stakes are held through TarskChemie, McCain said."),
            vec![
                ("TarskChemie".into(), EntityType::Org),
                ("McCain".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn airliners_are_aircraft_by_their_model_alone() {
        assert_eq!(
            canonicals_in_article(
                "Deliveries of the A380 slipped; a Boeing 787 Dreamliner and two A350 jets flew."
            ),
            vec![
                ("A380".into(), EntityType::Aircraft, "Airbus A380".into()),
                (
                    "Boeing 787 Dreamliner".into(),
                    EntityType::Aircraft,
                    "Boeing 787".into()
                ),
                ("A350".into(), EntityType::Aircraft, "Airbus A350".into())
            ]
        );
        // A tanker version is a model of its own; its abbreviation no body.
        assert_eq!(
            canonicals_in_article("France sent an A330 MRTT; the MRTT refuelled jets."),
            vec![
                ("France".into(), EntityType::Place, "France".into()),
                (
                    "A330 MRTT".into(),
                    EntityType::Aircraft,
                    "Airbus A330 MRTT".into()
                )
            ]
        );
    }

    #[test]
    fn a_name_after_the_before_a_ship_s_verb_is_a_ship() {
        assert_eq!(
            found("The Ivan Gren and the Maria Orlova sailed. The Smiths sailed home."),
            vec![
                ("Ivan Gren".into(), EntityType::Vessel),
                ("Maria Orlova".into(), EntityType::Vessel)
            ]
        );
        // Past an aside set off by commas.
        assert_eq!(
            found("The Ocean Viking, run by a charity, docked in the port."),
            vec![("Ocean Viking".into(), EntityType::Vessel)]
        );
    }

    #[test]
    fn ships_named_after_their_fleet_are_ships() {
        assert_eq!(
            found("Two landing ships of the Baltic Fleet, the Korolev and the Minsk, returned."),
            vec![
                ("Baltic Fleet".into(), EntityType::Org),
                ("Korolev".into(), EntityType::Vessel),
                ("Minsk".into(), EntityType::Vessel)
            ]
        );
    }

    #[test]
    fn a_name_after_a_ship_s_class_is_a_ship() {
        assert_eq!(
            found("The Ropucha-class Maria Orlova and the Kilo-class Novorossiysk docked."),
            vec![
                ("Ropucha-class".into(), EntityType::Vessel),
                ("Maria Orlova".into(), EntityType::Vessel),
                ("Kilo-class".into(), EntityType::Vessel),
                ("Novorossiysk".into(), EntityType::Vessel)
            ]
        );
    }

    #[test]
    fn a_title_s_field_before_a_given_name_is_no_part_of_the_person() {
        assert_eq!(
            found("Minister for Europe and Foreign Affairs Jean-Noel Barrot said so."),
            vec![
                ("Europe".into(), EntityType::Place),
                ("Jean-Noel Barrot".into(), EntityType::Person)
            ]
        );
        assert_eq!(
            found("Minister of Defence and Veterans Affairs Peter Smith said so."),
            vec![("Peter Smith".into(), EntityType::Person)]
        );
        // Up to a name no list knows after the field's last title word.
        let people: Vec<String> =
            found("Minister of State for External Affairs Rajkumar Ranjan Singh met them.")
                .into_iter()
                .filter(|e| e.1 == EntityType::Person || e.0.contains("Rajkumar"))
                .map(|e| e.0)
                .collect();
        assert_eq!(people, ["Rajkumar Ranjan Singh"]);
    }

    #[test]
    fn an_acronym_joins_the_two_names_it_spells_across_and() {
        assert_eq!(
            canonicals_of("A team from International Search and Rescue (ISAR) arrived."),
            [
                "International Search and Rescue",
                "International Search and Rescue"
            ]
        );
        // Known names stay apart.
        assert_eq!(
            found("Officials from France and Germany (FG) met."),
            vec![
                ("France".into(), EntityType::Place),
                ("Germany".into(), EntityType::Place),
                ("FG".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn knows_the_aid_agencies_of_relief_reports() {
        assert_eq!(
            found("Save the Children and the IRC said Mercy Corps had left."),
            vec![
                ("Save the Children".into(), EntityType::Org),
                ("IRC".into(), EntityType::Org),
                ("Mercy Corps".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn a_name_set_off_after_a_facility_s_noun_is_a_place() {
        assert_eq!(
            found("Only one border crossing, Bab al-Hawa, was open."),
            vec![("Bab al-Hawa".into(), EntityType::Place)]
        );
    }

    #[test]
    fn an_arabic_article_written_apart_opens_a_known_name() {
        assert_eq!(
            found("Fighters of al Qaeda and al Shabaab met as an Airbus flew."),
            vec![
                ("al Qaeda".into(), EntityType::Org),
                ("al Shabaab".into(), EntityType::Org),
                ("Airbus".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn a_facility_s_head_after_a_given_name_makes_a_facility() {
        assert_eq!(
            found("A bomb hit Abbey Gate and Victoria Hospital, said Michael Bay."),
            vec![
                ("Abbey Gate".into(), EntityType::Facility),
                ("Victoria Hospital".into(), EntityType::Facility),
                ("Michael Bay".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn an_airport_named_after_its_city_is_a_facility() {
        assert_eq!(
            found("The plane landed at Paris Orly airport."),
            vec![("Paris Orly airport".into(), EntityType::Facility)]
        );
        assert_eq!(
            found("Flights left Damascus international airport and the Wadi Seidna airstrip."),
            vec![
                (
                    "Damascus international airport".into(),
                    EntityType::Facility
                ),
                ("Wadi Seidna airstrip".into(), EntityType::Facility)
            ]
        );
    }

    #[test]
    fn a_name_set_off_after_a_body_s_noun_is_that_body() {
        assert_eq!(
            found("A Russian company, Stroytransgaz, ran it; the company, Mark Chandler, said."),
            vec![
                ("Russian".into(), EntityType::Group),
                ("Stroytransgaz".into(), EntityType::Org),
                ("Mark Chandler".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn a_source_after_according_to_is_a_body_or_a_person_not_a_place() {
        assert_eq!(
            found("The toll was 40, according to Euratom. It was 41, according to Ali Saleh."),
            vec![
                ("Euratom".into(), EntityType::Org),
                ("Ali Saleh".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn links_the_spellings_of_syria_s_new_leader() {
        assert_eq!(
            canonicals_of("Ahmad al-Shara met aides of Abu Muhammad al-Jawlani."),
            ["Ahmed al-Sharaa", "Ahmed al-Sharaa"]
        );
    }

    #[test]
    fn a_sentence_opening_with_a_name_s_particle_keeps_it() {
        let text =
            "Max van Heeswijk won the stage. Van Heeswijk said it was hard. Bin Laden was named.";
        let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
        let got: Vec<(String, EntityType, String)> =
            find(text, &sentences, &of_sentences(text, &sentences))
                .into_iter()
                .map(|e| {
                    (
                        e.span.text(text).to_string(),
                        e.kind,
                        e.canonical.into_owned(),
                    )
                })
                .collect();
        let person = |text: &str, canonical: &str| {
            (text.to_string(), EntityType::Person, canonical.to_string())
        };
        assert_eq!(
            got,
            vec![
                person("Max van Heeswijk", "Max van Heeswijk"),
                person("Van Heeswijk", "Max van Heeswijk"),
                person("Bin Laden", "Osama bin Laden")
            ]
        );
    }

    #[test]
    fn holidays_are_events_not_people() {
        assert_eq!(
            found("On Christmas Eve a convoy left; on Valentine's Day it was back."),
            vec![
                ("Christmas Eve".into(), EntityType::Event),
                ("Valentine's Day".into(), EntityType::Event)
            ]
        );
    }

    #[test]
    fn the_initials_of_a_body_of_something_name_an_organisation() {
        assert_eq!(
            found("The MoD said the ships had left, and a DoD official agreed."),
            vec![
                ("MoD".into(), EntityType::Org),
                ("DoD".into(), EntityType::Org)
            ]
        );
        assert_eq!(canonicals_of("The MoD said so."), ["Defence Ministry"]);
    }

    #[test]
    fn a_body_of_a_named_country_takes_the_country_s_adjective() {
        assert_eq!(
            canonicals_of(
                "The Ministry of Emergency Situations of the Russian Federation sent two planes."
            ),
            ["Russian Emergencies Ministry"]
        );
    }

    #[test]
    fn a_country_s_body_takes_one_name_whatever_its_spelling_or_word_order() {
        let russian = "Russian Defence Ministry";
        assert_eq!(
            canonicals_of("The Russian Ministry of Defense said so."),
            [russian]
        );
        assert_eq!(
            canonicals_of("Russia's Ministry of Defence said so."),
            ["Russia", russian]
        );
        assert_eq!(
            canonicals_of("The Russian Defense Ministry said so."),
            [russian]
        );
        assert_eq!(
            canonicals_of("The Ministry of Foreign Affairs said so."),
            ["Foreign Ministry"]
        );
    }

    #[test]
    fn a_weapon_s_designation_before_its_kind_and_noun_is_no_name() {
        assert_eq!(
            found("Loaders carried parts of an S-400 air defence system onto the An-124."),
            vec![("An-124".into(), EntityType::Aircraft)]
        );
        assert_eq!(
            found("Russia has dismantled two S-400 air defence batteries at Hmeimim."),
            vec![
                ("Russia".into(), EntityType::Place),
                ("Hmeimim".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_model_of_two_words_before_a_plural_craft_noun_is_no_person() {
        assert_eq!(
            found("Ukraine used Sea Baby drones against the bridge."),
            vec![
                ("Ukraine".into(), EntityType::Place),
                ("Sea Baby".into(), EntityType::Aircraft)
            ]
        );
        // An owner's craft, and a given name first, stay people.
        assert_eq!(
            found("They shot down Juvenal Habyarimana's planes."),
            vec![("Juvenal Habyarimana".into(), EntityType::Person)]
        );
        assert_eq!(
            found("They saw John Smith jets."),
            vec![("John Smith".into(), EntityType::Person)]
        );
    }

    #[test]
    fn a_copula_describes_a_name_as_an_apposition_does() {
        assert_eq!(
            found("It came after the Rubymar became the first ship to be sunk."),
            vec![("Rubymar".into(), EntityType::Vessel)]
        );
        assert_eq!(
            found("Ryanair is the busiest airline in Europe."),
            vec![
                ("Ryanair".into(), EntityType::Org),
                ("Europe".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_plural_ship_noun_s_apposition_holds_a_list_of_ships() {
        assert_eq!(
            found("Two cargo ships, the Sparta IV and the Ursa Major, arrived on Friday."),
            vec![
                ("Sparta IV".into(), EntityType::Vessel),
                ("Ursa Major".into(), EntityType::Vessel)
            ]
        );
        // A dash or a colon opens it as a comma does.
        assert_eq!(
            found(
                "The navy sent five landing ships - the Novocherkassk, Saratov and Azov - south."
            ),
            vec![
                ("Novocherkassk".into(), EntityType::Vessel),
                ("Saratov".into(), EntityType::Vessel),
                ("Azov".into(), EntityType::Vessel)
            ]
        );
        // It may name some of them, each after "the" as ships are.
        assert_eq!(
            found("Greece sent three ferries, among them the Olympic Champion and the Venizelos."),
            vec![
                ("Greece".into(), EntityType::Place),
                ("Olympic Champion".into(), EntityType::Vessel),
                ("Venizelos".into(), EntityType::Vessel)
            ]
        );
        assert_eq!(
            found("Canada chartered seven ships, including the Blue Dawn, from Cyprus."),
            vec![
                ("Canada".into(), EntityType::Place),
                ("Blue Dawn".into(), EntityType::Vessel),
                ("Cyprus".into(), EntityType::Place)
            ]
        );
        // After a singular noun the second name is no ship.
        assert_eq!(
            found("The ship, the Sparta IV and the Ursa Group said, was late.")
                .last()
                .map(|(_, kind)| *kind),
            Some(EntityType::Org)
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
    fn a_person_with_a_known_given_name_ends_before_of() {
        // Whatever follows "of", known or not.
        for text in [
            "Martin Velmor of the Tarsk Drilling Institute said so.",
            "Martin Velmor of Tarskshire said so.",
        ] {
            let got = found(text);
            assert_eq!(
                got.first(),
                Some(&("Martin Velmor".to_string(), EntityType::Person)),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn known_places_and_bodies_joined_by_a_hyphen_are_names_each() {
        assert_eq!(
            found("The Russia-Ukraine war and the UN-ICRC convoy reached Guinea-Bissau."),
            vec![
                ("Russia".into(), EntityType::Place),
                ("Ukraine".into(), EntityType::Place),
                ("UN".into(), EntityType::Org),
                ("ICRC".into(), EntityType::Org),
                ("Guinea-Bissau".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn investment_firms_are_organisations_by_their_head() {
        assert_eq!(
            found("Hank Velmor, chief economist at Velmor Asset Management, and Tarsk Associates disagreed."),
            vec![
                ("Hank Velmor".into(), EntityType::Person),
                ("Velmor Asset Management".into(), EntityType::Org),
                ("Tarsk Associates".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn a_name_before_said_it_is_an_organisation_but_for_a_given_name() {
        assert_eq!(
            found("Velmor Drilling said it expects a loss."),
            vec![("Velmor Drilling".into(), EntityType::Org)]
        );
        assert_eq!(
            found("Maria Velmor said it was over."),
            vec![("Maria Velmor".into(), EntityType::Person)]
        );
    }

    #[test]
    fn a_tie_of_shown_types_goes_to_an_organisation_then_a_person() {
        // A weak place cue ("from", "near") once, an organisation's or a
        // person's once: the mention that shows nothing takes the latter.
        for (text, kind) in [
            (
                "Officials from Velmora flew home. The Velmora board met. Later, Velmora staff left.",
                EntityType::Org,
            ),
            (
                "Reporters near Nadia Orlova left. Nadia Orlova said it was over. Later, Nadia Orlova wept.",
                EntityType::Person,
            ),
        ] {
            let got = found(text);
            assert_eq!(got.last().map(|(_, k)| *k), Some(kind), "{text}: {got:?}");
        }
    }

    #[test]
    fn abbreviations_that_are_ordinary_nouns_name_nothing() {
        // Listed ones ("GDP", "UAV"), and any in the plural ("IDPs", "MREs"); an
        // acronym of a body stays, and an ordinary one opens a longer name.
        assert_eq!(
            found(
                "More than 4,000 IDPs reached the camp, NGOs said, after UAV strikes. \
                 The ICRC sent MREs as GDP fell, TV Rain reported."
            ),
            vec![
                ("ICRC".into(), EntityType::Org),
                ("TV Rain".into(), EntityType::Org)
            ]
        );
        // Ship and flight tracking's systems, and weapons' classes.
        assert_eq!(
            found(
                "The tanker switched off its AIS transponder, ADS-B data and an APC convoy showed."
            ),
            vec![]
        );
        // Tankers' classes, radio bands and masks.
        assert_eq!(
            found("The VLCC called on VHF channel 16, and an LNG carrier asked for N95 masks."),
            vec![]
        );
        // A currency written as a code is no body: "USD", "Rs".
        assert_eq!(
            found("The NDMA said Rs 25,000 each was being paid, or about USD 90."),
            vec![("NDMA".into(), EntityType::Org)]
        );
        // Nor is a currency's symbol of letters glued to its digits.
        assert_eq!(
            found(
                "The UAE pledged Dh36.7 million and Kenya Sh100 million; Qatar gave QR2 million and Pretoria gave R2 million."
            ),
            vec![
                ("UAE".into(), EntityType::Place),
                ("Kenya".into(), EntityType::Place),
                ("Qatar".into(), EntityType::Place),
                ("Pretoria".into(), EntityType::Place)
            ]
        );
        // A hull number or a flight's code is a designator, no body.
        assert_eq!(
            found("USS Carney (DDG 64) escorted them; they flew home on flight EY 424."),
            vec![("USS Carney".into(), EntityType::Vessel)]
        );
        // Diseases and virus strains are no bodies.
        assert_eq!(
            found("Tonga has had one case of COVID-19; SARS and H5N1 spread in Hanoi."),
            vec![
                ("Tonga".into(), EntityType::Place),
                ("Hanoi".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_ship_named_after_its_noun_ends_before_of_its_navy() {
        assert_eq!(
            found("The frigate Linyi of the PLA Navy took 122 people to Djibouti."),
            vec![
                ("Linyi".into(), EntityType::Vessel),
                ("PLA Navy".into(), EntityType::Org),
                ("Djibouti".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_portfolio_before_a_title_is_no_name() {
        assert_eq!(
            found("External Affairs Minister S. Jaishankar and Minister of State V. Muraleedharan spoke."),
            vec![
                ("S. Jaishankar".into(), EntityType::Person),
                ("V. Muraleedharan".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn a_known_person_before_a_facility_noun_names_the_facility() {
        assert_eq!(
            found("The planes left Beirut's Rafik Hariri airport on Tuesday."),
            vec![
                ("Beirut".into(), EntityType::Place),
                ("Rafik Hariri airport".into(), EntityType::Facility)
            ]
        );
    }

    #[test]
    fn a_french_elided_article_joins_a_name() {
        assert_eq!(
            found(
                "France flew 300 people out of Côte d'Ivoire, and Valéry Giscard d'Estaing spoke."
            ),
            vec![
                ("France".into(), EntityType::Place),
                ("Côte d'Ivoire".into(), EntityType::Place),
                ("Valéry Giscard d'Estaing".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn a_role_in_lower_case_and_its_field_stay_out_of_the_name_after_them() {
        assert_eq!(
            found(
                "The Kremlin's special envoy for Afghanistan Zamir Kabulov said so, and \
                 a spokeswoman for the Southern Defense Forces Natalia Humeniuk agreed."
            ),
            vec![
                ("Kremlin".into(), EntityType::Org),
                ("Afghanistan".into(), EntityType::Place),
                ("Zamir Kabulov".into(), EntityType::Person),
                ("Southern Defense Forces".into(), EntityType::Org),
                ("Natalia Humeniuk".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn a_person_s_name_after_the_in_an_article_about_ships_names_one() {
        let text = "A container ship left Odesa on Wednesday. The Joseph Schulte had been \
                    stuck since 2022. \"The Joseph Schulte is going out,\" he said, humming \
                    the Howard Jones song.";
        assert_eq!(
            found(text),
            vec![
                ("Odesa".into(), EntityType::Place),
                ("Joseph Schulte".into(), EntityType::Vessel),
                ("Joseph Schulte".into(), EntityType::Vessel),
                ("Howard Jones".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn king_salman_is_not_his_son() {
        assert_eq!(
            canonicals_of("King Salman met Crown Prince Mohammed bin Salman in Riyadh."),
            vec!["Salman bin Abdulaziz", "Mohammed bin Salman", "Riyadh"]
        );
    }

    #[test]
    fn roads_avenues_and_corridors_are_places() {
        assert_eq!(
            found("Trucks moved along Salah al-Din Road, and troops left the Netzarim Corridor."),
            vec![
                ("Salah al-Din Road".into(), EntityType::Place),
                ("Netzarim Corridor".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_wire_s_tags_in_capitals_are_no_names() {
        assert_eq!(
            found("(LEAD) Koreans leave Sudan. The group will arrive on Wednesday. (END)"),
            vec![
                ("Koreans".into(), EntityType::Group),
                ("Sudan".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn korea_s_short_forms_in_wire_headlines_are_known() {
        assert_eq!(
            canonicals_of("Twenty-eight S. Koreans left Sudan as N. Korea watched."),
            vec!["South Koreans", "Sudan", "North Korea"]
        );
    }

    #[test]
    fn a_facility_named_after_a_title_and_a_name_keeps_the_title() {
        assert_eq!(
            found(
                "Evacuees landed at King Abdulaziz International Airport, and US jets \
                 flew from Prince Sultan Air Base."
            ),
            vec![
                (
                    "King Abdulaziz International Airport".into(),
                    EntityType::Facility
                ),
                ("US".into(), EntityType::Place),
                ("Prince Sultan Air Base".into(), EntityType::Facility)
            ]
        );
    }

    #[test]
    fn heads_and_names_of_air_stations_highlands_and_the_cdc() {
        assert_eq!(
            found(
                "Evacuees landed at Naval Air Station Sigonella before the Centers for Disease \
                 Control and Prevention took them to the Central Highlands."
            ),
            vec![
                ("Naval Air Station Sigonella".into(), EntityType::Facility),
                (
                    "Centers for Disease Control and Prevention".into(),
                    EntityType::Org
                ),
                ("Central Highlands".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_title_and_a_given_name_open_a_person_of_an_organisation() {
        assert_eq!(
            found(
                "Dr. Igor Delanoë of the Franco-Russian Observatory said the King Salman \
                 Humanitarian Aid and Relief Center had sent aid."
            ),
            vec![
                ("Igor Delanoë".into(), EntityType::Person),
                ("Franco-Russian Observatory".into(), EntityType::Org),
                (
                    "King Salman Humanitarian Aid and Relief Center".into(),
                    EntityType::Org
                )
            ]
        );
    }

    #[test]
    fn church_titles_and_greetings_are_no_part_of_a_name() {
        assert_eq!(
            found_in_article(
                "Archimandrite Alexander Elisov blessed the families. Merry Christmas to all."
            ),
            vec![
                ("Alexander Elisov".into(), EntityType::Person),
                ("Christmas".into(), EntityType::Event)
            ]
        );
    }

    #[test]
    fn an_adverb_that_opens_a_sentence_is_no_part_of_a_name() {
        assert_eq!(
            found_in_article(
                "Mainly British and French troops were rescued. Mostly Syrian families \
                 crossed. Especially Russian sailors stayed."
            ),
            vec![
                ("British".into(), EntityType::Group),
                ("French".into(), EntityType::Group),
                ("Syrian".into(), EntityType::Group),
                ("Russian".into(), EntityType::Group)
            ]
        );
    }

    #[test]
    fn a_state_s_name_with_and_and_a_military_district_are_one_name() {
        assert_eq!(
            found_in_article(
                "Clashes erupted in Jammu and Kashmir. Officers of the Southern Military \
                 District flew to Guam from Teesside."
            ),
            vec![
                ("Jammu and Kashmir".into(), EntityType::Place),
                ("Southern Military District".into(), EntityType::Org),
                ("Guam".into(), EntityType::Place),
                ("Teesside".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_function_word_in_a_title_case_headline_is_no_acronym() {
        assert_eq!(
            found_in_article("The Wives Who Stayed Behind\n\nWHO Warns Of Cholera In Sudan"),
            vec![
                ("WHO".into(), EntityType::Org),
                ("Sudan".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_log_s_verb_that_opens_an_entry_is_no_part_of_a_name() {
        assert_eq!(
            found_in_article(
                "Arrived Tartus on 16 December.\n\nJoined Mediterranean squadron.\n\n\
                 Returned Sevastopol on Friday."
            ),
            vec![
                ("Tartus".into(), EntityType::Place),
                ("Mediterranean".into(), EntityType::Place),
                ("Sevastopol".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn the_huey_is_an_aircraft() {
        assert_eq!(
            found("Several Huey helicopters landed on the embassy roof."),
            vec![("Huey".into(), EntityType::Aircraft)]
        );
    }

    #[test]
    fn ordinary_words_before_a_number_are_a_label_not_a_name() {
        assert_eq!(
            found(
                "The storm was upgraded to Category 4 as officials raised Signal No. 3 \
                 over Manila. Alert Level 4 remains in place in Sudan. Returning workers \
                 arrived at Terminal 3."
            ),
            vec![
                ("Manila".into(), EntityType::Place),
                ("Sudan".into(), EntityType::Place)
            ]
        );
        // A known name before a number stays one.
        assert_eq!(
            found("Troops returned to Camp Lemonnier and Air Base 201."),
            vec![
                ("Camp Lemonnier".into(), EntityType::Facility),
                ("Air Base 201".into(), EntityType::Facility)
            ]
        );
        assert_eq!(
            found("Jets left RAAF Base Amberley, and a submarine reached Naval Base Kitsap."),
            vec![
                ("RAAF Base Amberley".into(), EntityType::Facility),
                ("Naval Base Kitsap".into(), EntityType::Facility)
            ]
        );
    }

    #[test]
    fn a_word_before_a_number_after_the_is_a_class_not_an_institution() {
        assert_eq!(
            found("The frigate sailed, and the Project 636 submarine Novorossiysk followed."),
            vec![("Novorossiysk".into(), EntityType::Vessel)]
        );
        // A score is no class number: "the Pirates" stay a team.
        assert_eq!(
            found("The Houston Astros routed the Pirates 10-0 on Sunday."),
            vec![
                ("Houston Astros".into(), EntityType::Org),
                ("Pirates".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn a_title_of_a_field_stays_out_of_the_name_after_it() {
        assert_eq!(
            found("Chief of the General Staff Valery Gerasimov said in January."),
            vec![("Valery Gerasimov".into(), EntityType::Person)]
        );
        // Opening a run mid-sentence, the field is a name of its own.
        assert_eq!(
            found("It struck 1,252 targets, Chief of the General Staff Valery Gerasimov said."),
            vec![
                ("General Staff".into(), EntityType::Org),
                ("Valery Gerasimov".into(), EntityType::Person)
            ]
        );
        // Without a given name the lists know, the last two words are the name.
        assert_eq!(
            found("The plane left, Minister of Foreign Affairs Park Jin said."),
            vec![
                ("Foreign Affairs".into(), EntityType::Org),
                ("Park Jin".into(), EntityType::Person)
            ]
        );
        assert_eq!(
            found("The chief of staff to the Director of Air Force Communications spoke."),
            vec![("Air Force Communications".into(), EntityType::Org)]
        );
        // A modifier of titles that heads a body opens the body's name, the
        // field's last two words no person's.
        assert_eq!(
            found("The Ministry of Health and Family Welfare said on Sunday that a team had left."),
            vec![(
                "Ministry of Health and Family Welfare".into(),
                EntityType::Org
            )]
        );
        // The field of a title names a body, and a person the gazetteer knows,
        // whose surname is also a place's, follows it.
        assert_eq!(
            found(
                "Secretary of Homeland Security Alejandro Mayorkas and Secretary of \
                 Defense Lloyd Austin said so."
            ),
            vec![
                ("Homeland Security".into(), EntityType::Org),
                ("Alejandro Mayorkas".into(), EntityType::Person),
                ("Lloyd Austin".into(), EntityType::Person)
            ]
        );
        // An envoy's country is a place of its own.
        assert_eq!(
            found("Philippine Ambassador to Lebanon Raymond Balatbat said so."),
            vec![
                ("Philippine".into(), EntityType::Group),
                ("Lebanon".into(), EntityType::Place),
                ("Raymond Balatbat".into(), EntityType::Person)
            ]
        );
        // An administrator's and an officer-in-charge's titles are titles.
        assert_eq!(
            found("OWWA Administrator Arnell Ignacio said the workers were safe."),
            vec![
                ("OWWA".into(), EntityType::Org),
                ("Arnell Ignacio".into(), EntityType::Person)
            ]
        );
        // An undersecretary's and a commander-in-chief's titles are titles.
        assert_eq!(
            found("Foreign Affairs Undersecretary Eduardo Jose de Vega said so."),
            vec![("Eduardo Jose de Vega".into(), EntityType::Person)]
        );
        assert_eq!(
            found("Supreme Commander-in-Chief Vladimir Putin signed the order."),
            vec![("Vladimir Putin".into(), EntityType::Person)]
        );
    }

    #[test]
    fn a_bodys_fields_listed_with_commas_are_in_its_name() {
        // Names known on their own stay apart (the last assertion).
        assert_eq!(
            found("The Foreign, Commonwealth and Development Office said so."),
            vec![(
                "Foreign, Commonwealth and Development Office".into(),
                EntityType::Org
            )]
        );
        assert_eq!(
            found("The Ministry of Agriculture, Forestry and Fisheries said so."),
            vec![(
                "Ministry of Agriculture, Forestry and Fisheries".into(),
                EntityType::Org
            )]
        );
        assert_eq!(
            found("Sanctions hit VTB, Sberbank and Gazprom Bank."),
            vec![
                ("VTB".into(), EntityType::Org),
                ("Sberbank".into(), EntityType::Org),
                ("Gazprom Bank".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn an_unknown_models_designation_is_no_organisation() {
        assert_eq!(
            found("Cargo was moved, including S-400 components and AK-47s."),
            vec![]
        );
        // Nor a weapon's name and code, nor an airframe's registration, listed.
        assert_eq!(
            found("A Pantsir-S1 was loaded. Two of the jets, RA-78854 and RA-76502, left."),
            vec![]
        );
        assert_eq!(
            found("Two C-17 transports landed."),
            vec![("C-17".into(), EntityType::Aircraft)]
        );
    }

    #[test]
    fn a_surname_keeps_its_two_particles_and_a_particle_is_no_ordinary_word() {
        assert_eq!(
            found("Commission President Ursula von der Leyen met Pieter de la Rey in Goma."),
            vec![
                ("Ursula von der Leyen".into(), EntityType::Person),
                ("Pieter de la Rey".into(), EntityType::Person),
                ("Goma".into(), EntityType::Place)
            ]
        );
        assert_eq!(
            found("The lineup: 9 - Joost van der Kolk ; 8 - Danie van Schalk ."),
            vec![
                ("Joost van der Kolk".into(), EntityType::Person),
                ("Danie van Schalk".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn a_place_heads_word_of_a_place_names_one_place() {
        assert_eq!(
            found("Cables under the Gulf of Finland were cut, as Russia annexed Crimea."),
            vec![
                ("Gulf of Finland".into(), EntityType::Place),
                ("Russia".into(), EntityType::Place),
                ("Crimea".into(), EntityType::Place)
            ]
        );
        // A place that is no head word before "of" stays a name of its own.
        assert_eq!(
            found("The annexation by Russia of Crimea began in 2014."),
            vec![
                ("Russia".into(), EntityType::Place),
                ("Crimea".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_ships_prefix_in_capitals_is_no_shouted_word() {
        assert_eq!(
            found("Italy sent the frigate ITS Alpino to Cyprus."),
            vec![
                ("Italy".into(), EntityType::Place),
                ("ITS Alpino".into(), EntityType::Vessel),
                ("Cyprus".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_known_name_holds_its_possessive_inside_a_run() {
        assert_eq!(
            found("The Chinese People's Liberation Army sent two frigates."),
            vec![("Chinese People's Liberation Army".into(), EntityType::Org)]
        );
        assert_eq!(
            found("Russia's Defence Ministry said so."),
            vec![
                ("Russia".into(), EntityType::Place),
                ("Defence Ministry".into(), EntityType::Org)
            ]
        );
        assert_eq!(
            found("Russia's Emergencies Ministry said so."),
            vec![
                ("Russia".into(), EntityType::Place),
                ("Emergencies Ministry".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn airlines_that_fly_evacuees_are_organisations() {
        assert_eq!(
            found("Korean Air and Jeju Air added flights from Tel Aviv."),
            vec![
                ("Korean Air".into(), EntityType::Org),
                ("Jeju Air".into(), EntityType::Org),
                ("Tel Aviv".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_ships_flag_or_owner_is_no_ship() {
        assert_eq!(
            found("A second ship, the Marshall Islands-flagged tanker Stolt Sea, was hit."),
            vec![
                ("Marshall Islands".into(), EntityType::Place),
                ("Stolt Sea".into(), EntityType::Vessel)
            ]
        );
    }

    #[test]
    fn a_ships_verb_may_follow_an_adverb() {
        assert_eq!(
            found("The Rasheed Kamal later docked at Baltiysk."),
            vec![
                ("Rasheed Kamal".into(), EntityType::Vessel),
                ("Baltiysk".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn an_imperative_opening_a_prompt_is_no_part_of_a_name() {
        assert_eq!(
            found("Follow Elena on X for more."),
            vec![("Elena".into(), EntityType::Person)]
        );
        assert_eq!(
            found("Watch Lavrov speak in Doha."),
            vec![
                ("Lavrov".into(), EntityType::Person),
                ("Doha".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_negated_auxiliary_opening_a_question_is_no_part_of_a_name() {
        assert_eq!(
            found("Didn't Russia evacuate people from Syria before?"),
            vec![
                ("Russia".into(), EntityType::Place),
                ("Syria".into(), EntityType::Place)
            ]
        );
        assert_eq!(
            found("Won’t Moscow keep the base?"),
            vec![("Moscow".into(), EntityType::Place)]
        );
    }

    #[test]
    fn a_state_s_agency_abbreviation_is_the_state() {
        assert_eq!(
            canonicals_of(
                "The destroyer left Norfolk, Va., for Gibraltar and reached Milpitas, Calif."
            ),
            ["Norfolk", "Virginia", "Gibraltar", "Milpitas", "California"]
        );
    }

    #[test]
    fn an_adjective_of_belief_is_no_people_word() {
        assert_eq!(
            found("Sectarian violence rose. Veterinarian teams came. Zairean troops left."),
            vec![("Zairean".into(), EntityType::Group)]
        );
    }

    #[test]
    fn a_pronoun_with_its_auxiliary_is_no_name() {
        assert_eq!(
            found("I'll post photos when they pass Malta. We’ve seen two ships."),
            vec![("Malta".into(), EntityType::Place)]
        );
    }

    #[test]
    fn where_a_journey_is_bound_is_a_place() {
        assert_eq!(
            found("Warships fired at a cargo ship heading for Izmail on Sunday."),
            vec![("Izmail".into(), EntityType::Place)]
        );
        assert_eq!(
            found("The convoy set off for Zarzis at dawn."),
            vec![("Zarzis".into(), EntityType::Place)]
        );
        // A name that only qualifies a noun is no destination.
        assert!(!found("The bishop leaves for Nobel award ceremony.")
            .contains(&("Nobel".into(), EntityType::Place)));
    }

    #[test]
    fn one_unknown_word_before_an_aircraft_noun_is_a_model() {
        assert_eq!(
            found("A Chetak helicopter rescued 12 people."),
            vec![("Chetak".into(), EntityType::Aircraft)]
        );
        // A known body's plane: Russia's emergencies ministry flew its citizens out.
        assert_eq!(
            found("An EMERCOM plane landed."),
            vec![("EMERCOM".into(), EntityType::Org)]
        );
        // An unknown acronym is the operator's; a known one may be the model's.
        assert_eq!(
            found("A KRG helicopter and two AWACS planes circled."),
            vec![
                ("KRG".into(), EntityType::Org),
                ("AWACS".into(), EntityType::Aircraft)
            ]
        );
        assert_eq!(
            found("Chartered planes and Turkish drones followed the Trump plane."),
            vec![
                ("Turkish".into(), EntityType::Group),
                ("Trump".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn a_known_body_keeps_the_place_in_its_name() {
        assert_eq!(
            found("Officials thanked the UN Interim Force in Lebanon (UNIFIL) for its help."),
            vec![
                ("UN Interim Force in Lebanon".into(), EntityType::Org),
                ("UNIFIL".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn a_dateline_dash_opens_the_sentence() {
        assert_eq!(
            found("NICOSIA, July 22 (Reuters) - A Greek ferry docked at Larnaca."),
            vec![
                ("NICOSIA".into(), EntityType::Place),
                ("Reuters".into(), EntityType::Org),
                ("Greek".into(), EntityType::Group),
                ("Larnaca".into(), EntityType::Place)
            ]
        );
        // A timeline's date heads its line as a dateline's place does.
        let names = found("24 November 2015 - A Turkish F-16 shot down a Su-24.");
        assert_eq!(
            names.first(),
            Some(&("Turkish".into(), EntityType::Group)),
            "{names:?}"
        );
        // Two places, or an abbreviated one, head the dateline.
        for dateline in [
            "BEIRUT/MOSCOW, Dec 20 (Reuters) - ",
            "ST. PETERSBURG, May 2 (AP) - ",
        ] {
            let names = found(&format!("{dateline}Two Russian cargo vessels sailed."));
            assert_eq!(
                names.last(),
                Some(&("Russian".into(), EntityType::Group)),
                "{names:?}"
            );
        }
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
        // A given name the census does not hold; a bank's head word keeps it whole.
        assert_eq!(
            found("Vesko Tarvanik of UNICEF said the Central Bank of Russia paid."),
            vec![
                ("Vesko Tarvanik".into(), EntityType::Person),
                ("UNICEF".into(), EntityType::Org),
                ("Central Bank of Russia".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn a_description_or_a_verb_of_saying_after_commas_types_a_person() {
        // The description's head is "spokesman", not the agency after "for".
        assert_eq!(
            found("Vesko Tarvanik, a spokesman for the agency, said the ships had left."),
            vec![("Vesko Tarvanik".into(), EntityType::Person)]
        );
        // A bare role before a preposition outweighs a place word before the name.
        assert_eq!(
            found("The mission leaned toward Zelvan Yardashev, president of the breakaway region."),
            vec![("Zelvan Yardashev".into(), EntityType::Person)]
        );
        // A name between commas before "said" is the speaker, not a list's item;
        // an abbreviation there is the state of the place before it.
        assert_eq!(
            found("India's envoy in Kathmandu, Dorin Maletsky, said the team at a school in Washington, D.C., said so."),
            vec![
                ("India".into(), EntityType::Place),
                ("Kathmandu".into(), EntityType::Place),
                ("Dorin Maletsky".into(), EntityType::Person),
                ("Washington".into(), EntityType::Place),
                ("D.C.".into(), EntityType::Place)
            ]
        );
        // So is one between commas after a role's field, whatever verb follows.
        assert_eq!(
            found("The UN Special Representative for Libya, Abdoulaye Bathily, met officials."),
            vec![
                ("UN".into(), EntityType::Org),
                ("Libya".into(), EntityType::Place),
                ("Abdoulaye Bathily".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn a_date_word_at_a_names_edge_is_left_out() {
        // A weekday after a name and a month before one are the date's; a named
        // day ("Black Friday") is an event of the gazetteer.
        assert_eq!(
            found("The ministry told Reuters Friday that the August Velmar Oil Company report came before Black Friday sales."),
            vec![
                ("Reuters".into(), EntityType::Org),
                ("Velmar Oil Company".into(), EntityType::Org),
                ("Black Friday".into(), EntityType::Event)
            ]
        );
        // Also after a sentence's ordinary first word, beside another date's word,
        // or as a range.
        assert_eq!(
            found("The September Reuters poll fell to its lowest since mid-July Thursday in the January-June period."),
            vec![("Reuters".into(), EntityType::Org)]
        );
        let text = "Last Friday Dennis Oskanen, who finished fourth, ran. On Sunday Dennis Oskanen said he would run.";
        let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
        let names: Vec<(&str, EntityType)> =
            find(text, &sentences, &of_sentences(text, &sentences))
                .into_iter()
                .map(|e| (e.span.text(text), e.kind))
                .collect();
        assert_eq!(
            names,
            [
                ("Dennis Oskanen", EntityType::Person),
                ("Dennis Oskanen", EntityType::Person)
            ]
        );
    }

    #[test]
    fn an_abbreviated_title_is_no_part_of_the_name() {
        assert_eq!(
            found("Former South Carolina Gov. Carroll Campbell will head the team."),
            vec![
                ("South Carolina".into(), EntityType::Place),
                ("Carroll Campbell".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn a_transcripts_speaker_in_capitals_is_a_person_after_the_title() {
        assert_eq!(
            found(
                "Briefing\n\nMR. KIRBY: We moved 300 people.\n\nSECRETARY AUSTIN: The ships stay."
            ),
            vec![
                ("KIRBY".into(), EntityType::Person),
                ("AUSTIN".into(), EntityType::Person)
            ]
        );
        // A title alone in capitals names no one.
        let tl_dr = found("Here is the TL;DR version of the plan.");
        assert!(!tl_dr.iter().any(|(name, _)| name == "DR"), "{tl_dr:?}");
    }

    #[test]
    fn ships_known_by_name_need_no_ships_noun() {
        assert_eq!(
            found("The Sparta IV, Baltic Leader and General Skobelev were seen off Cyprus."),
            vec![
                ("Sparta IV".into(), EntityType::Vessel),
                ("Baltic Leader".into(), EntityType::Vessel),
                ("General Skobelev".into(), EntityType::Vessel),
                ("Cyprus".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn aircraft_known_by_name_are_known_in_the_plural() {
        assert_eq!(
            found("Two Luftwaffe A400Ms and three Chinooks landed at Wunstorf."),
            vec![
                ("Luftwaffe".into(), EntityType::Org),
                ("A400Ms".into(), EntityType::Aircraft),
                ("Chinooks".into(), EntityType::Aircraft),
                ("Wunstorf".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_bases_or_a_forces_number_ends_its_name() {
        assert_eq!(
            found("Combined Task Force 153 escorted drones from Air Base 201 as the Task Force 50 ships sailed."),
            vec![
                ("Combined Task Force 153".into(), EntityType::Org),
                ("Air Base 201".into(), EntityType::Facility),
                ("Task Force".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn a_numbered_unit_is_a_body_named_with_its_number() {
        assert_eq!(
            found("Marines of the 22nd MEU, the 437th Airlift Wing and 40 Commando landed, and some 300 Commandos."),
            vec![
                ("22nd MEU".into(), EntityType::Org),
                ("437th Airlift Wing".into(), EntityType::Org),
                ("40 Commando".into(), EntityType::Org)
            ]
        );
        // Two units of one name are two bodies.
        assert_eq!(
            found("Doctors of the 9th Hospital Center and the 531st Hospital Center arrived."),
            vec![
                ("9th Hospital Center".into(), EntityType::Org),
                ("531st Hospital Center".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn a_facilitys_head_at_the_end_outranks_a_bodys_inside() {
        assert_eq!(
            found("The remains reached Dover Air Force Base from the Air Force Academy."),
            vec![
                ("Dover Air Force Base".into(), EntityType::Facility),
                ("Air Force Academy".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn shipping_analysts_and_trade_monitors_are_organisations() {
        assert_eq!(
            canonicals_of("Analysts at Drewry said UKMTO had reported the attack."),
            ["Drewry", "UK Maritime Trade Operations"]
        );
    }

    #[test]
    fn container_lines_are_organisations_not_ships() {
        assert_eq!(
            canonicals_of("The carrier Hapag-Lloyd said it would follow A.P. Moller-Maersk."),
            ["Hapag-Lloyd", "Maersk"]
        );
        assert_eq!(
            found("Hapag-Lloyd, Germany's biggest carrier, agreed."),
            vec![
                ("Hapag-Lloyd".into(), EntityType::Org),
                ("Germany".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn checkpoints_and_humanitarian_corridors_by_their_heads() {
        assert_eq!(
            canonicals_in_article(
                "Civilians left through the Abu al-Duhur humanitarian corridor as the Qalandia checkpoint closed."
            ),
            vec![
                (
                    "Abu al-Duhur humanitarian corridor".into(),
                    EntityType::Place,
                    "Abu al-Duhur".into()
                ),
                (
                    "Qalandia checkpoint".into(),
                    EntityType::Facility,
                    "Qalandia checkpoint".into()
                )
            ]
        );
    }

    #[test]
    fn rivers_dams_and_maritime_firms_by_their_heads() {
        assert_eq!(
            found("Troops pulled back towards the Oskil river as Vespucci Maritime shipped grain past the Tishreen dam."),
            vec![
                ("Oskil river".into(), EntityType::Place),
                ("Vespucci Maritime".into(), EntityType::Org),
                ("Tishreen dam".into(), EntityType::Facility)
            ]
        );
    }

    #[test]
    fn a_ranks_class_is_part_of_the_title() {
        assert_eq!(
            found("Petty Officer 3rd Class Ethan Whitfield of Norfolk was among them."),
            vec![
                ("Ethan Whitfield".into(), EntityType::Person),
                ("Norfolk".into(), EntityType::Place)
            ]
        );
        assert_eq!(
            found("Private First Class Sam Cole was wounded."),
            vec![("Sam Cole".into(), EntityType::Person)]
        );
    }

    #[test]
    fn a_month_opens_a_facilitys_name_of_ordinary_words() {
        assert_eq!(
            found("The plane landed at March Air Reserve Base in March."),
            vec![("March Air Reserve Base".into(), EntityType::Facility)]
        );
    }

    #[test]
    fn a_title_that_opens_places_names_is_a_place_after_in() {
        assert_eq!(
            found("Fighting in Sheikh Zuweid went on as Sheikh Hasina left for India."),
            vec![
                ("Sheikh Zuweid".into(), EntityType::Place),
                ("Hasina".into(), EntityType::Person),
                ("India".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn spellings_of_a_known_name_link_to_it() {
        assert_eq!(
            canonicals_of("Abu Mohammed al-Julani, now Ahmed al-Sharaa, met the SBU."),
            ["Ahmed al-Sharaa", "Ahmed al-Sharaa", "SBU"]
        );
    }

    #[test]
    fn armed_groups_of_current_wars_are_known() {
        assert_eq!(
            found("Viv Ansanm attacked the port as Gran Grif fled. G9 leaders met."),
            vec![
                ("Viv Ansanm".into(), EntityType::Org),
                ("Gran Grif".into(), EntityType::Org),
                ("G9".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn honorifics_are_titles() {
        assert_eq!(
            found("His Royal Highness Crown Prince Salim Haddad met Smt Meera Rao. His Majesty said so."),
            vec![
                ("Salim Haddad".into(), EntityType::Person),
                ("Meera Rao".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn a_portfolio_before_a_title_belongs_to_the_title() {
        assert_eq!(
            found("Hong Kong Financial Secretary Donald Tsang said the territory was ready."),
            vec![
                ("Hong Kong".into(), EntityType::Place),
                ("Donald Tsang".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn where_a_person_works_is_an_employer_not_a_place() {
        assert_eq!(
            found("\"Prices will rise,\" said Ralph Bloch, chief technical analyst at Raymond Velmont, in Geneva."),
            vec![
                ("Ralph Bloch".into(), EntityType::Person),
                ("Raymond Velmont".into(), EntityType::Org),
                ("Geneva".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_role_opening_the_sentence_is_no_part_of_the_name_after_it() {
        let text = "He won. Analyst Charles Velmont said so. Ex-Yankee Randy Velarde hit a homer. \
                    Saeed Mohammed Faisal Sami spoke. H. Marshall Schwarz spoke. \
                    Farmer Ali Hassan lost his crop. Fisherman John Dorey sailed.";
        let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
        let names: Vec<&str> = find(text, &sentences, &of_sentences(text, &sentences))
            .into_iter()
            .map(|e| e.span.text(text))
            .collect();
        assert_eq!(
            names,
            [
                "Charles Velmont",
                "Randy Velarde",
                "Saeed Mohammed Faisal Sami",
                "H. Marshall Schwarz",
                "Ali Hassan",
                "John Dorey"
            ]
        );
    }

    #[test]
    fn a_company_is_split_from_the_place_it_is_of() {
        assert_eq!(
            found("It bought Velmar Pharmaceuticals Inc of St. Petersburg for shares."),
            vec![
                ("Velmar Pharmaceuticals Inc".into(), EntityType::Org),
                ("St. Petersburg".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_name_ending_in_day_is_a_named_day_unless_a_person_bears_it() {
        assert_eq!(
            found("Sailors paraded on Navy Day and on the Victory Day holiday, as Doris Day sang."),
            vec![
                ("Navy Day".into(), EntityType::Event),
                ("Victory Day".into(), EntityType::Event),
                ("Doris Day".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn a_person_of_a_country_or_a_firm_is_split_from_it() {
        // Two unusual words shaped as a person's name before "of" and a known
        // place (also after "the"); "Republic" heads a place's name.
        assert_eq!(
            found("Talks between Tono Veltrik of Germany, Janos Kovrat of Hungary and Jan Kavrin of the Czech Republic ended in the Chechen Republic."),
            vec![
                ("Tono Veltrik".into(), EntityType::Person),
                ("Germany".into(), EntityType::Place),
                ("Janos Kovrat".into(), EntityType::Person),
                ("Hungary".into(), EntityType::Place),
                ("Jan Kavrin".into(), EntityType::Person),
                ("Czech Republic".into(), EntityType::Place),
                ("Chechen Republic".into(), EntityType::Place)
            ]
        );
        // An organisation no table knows, by its head word.
        assert_eq!(
            found("The rise was steady, said Lynn Vorstag of Barnett Banks Inc. in Florida."),
            vec![
                ("Lynn Vorstag".into(), EntityType::Person),
                ("Barnett Banks Inc.".into(), EntityType::Org),
                ("Florida".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_name_before_forces_is_an_organisation() {
        assert_eq!(
            found("A spokesman said Kurdish Velmerga forces had helped 30,000 Yazidis."),
            vec![
                ("Kurdish".into(), EntityType::Group),
                ("Velmerga".into(), EntityType::Org),
                ("Yazidis".into(), EntityType::Group)
            ]
        );
    }

    #[test]
    fn a_head_word_before_of_types_the_name() {
        assert_eq!(
            found("Ships crossed the Straits of Velmar to the Republic of Dorsia and the Turkish Republic of Northern Velmar."),
            vec![
                ("Straits of Velmar".into(), EntityType::Place),
                ("Republic of Dorsia".into(), EntityType::Place),
                ("Turkish Republic of Northern Velmar".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn titles_stay_out_of_names() {
        assert_eq!(
            found("Professor Dorin Maletsky and Major-General Ivo Kostrin met Inspector Tom Vell."),
            vec![
                ("Dorin Maletsky".into(), EntityType::Person),
                ("Ivo Kostrin".into(), EntityType::Person),
                ("Tom Vell".into(), EntityType::Person)
            ]
        );
        // Russian ranks.
        assert_eq!(
            found("The commander, Colonel-General Ivo Kostrin, left Damascus."),
            vec![
                ("Ivo Kostrin".into(), EntityType::Person),
                ("Damascus".into(), EntityType::Place)
            ]
        );
        // After "of", a title's field is no person, up to a given name.
        assert_eq!(
            found("He worked as an Inspector of Schools before the Chancellor of the Exchequer Nigel Lawson spoke."),
            vec![
                ("Exchequer".into(), EntityType::Org),
                ("Nigel Lawson".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn a_known_name_with_lowercase_words_after_the() {
        assert_eq!(
            found("The Organisation for Security and Cooperation in Europe postponed the vote."),
            vec![(
                "Organisation for Security and Cooperation in Europe".into(),
                EntityType::Org
            )]
        );
    }

    #[test]
    fn an_organisation_head_before_of_opens_a_name_the_text_also_writes_in_lowercase() {
        let names =
            |text: &str| -> Vec<String> { found(text).into_iter().map(|(n, _)| n).collect() };
        assert_eq!(
            names("Ministry of Relief Works of Karvania staff arrived. The ministry said 40 people left."),
            vec!["Ministry of Relief Works of Karvania"]
        );
        // A people's name after "of" is no organisation's.
        assert_eq!(
            names("News of the Russian pullout spread. The news was welcome."),
            vec!["Russian"]
        );
    }

    #[test]
    fn treaties_and_conventions_are_named_events() {
        assert_eq!(
            found("Ankara closed the straits under the 1936 Montreux Convention."),
            vec![
                ("Ankara".into(), EntityType::Place),
                ("Montreux Convention".into(), EntityType::Event)
            ]
        );
        assert_eq!(
            found("Both sides signed the Treaty of Velmar."),
            vec![("Treaty of Velmar".into(), EntityType::Event)]
        );
    }

    #[test]
    fn a_title_before_an_organisation_s_head_opens_its_name() {
        assert_eq!(
            found("The General Authority for Ports said on Sunday that General Motors Corp. left."),
            vec![
                ("General Authority for Ports".into(), EntityType::Org),
                ("General Motors Corp.".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn a_border_post_is_a_facility() {
        assert_eq!(
            found("Families crossed at the Velmar border post into Rif Dimashq."),
            vec![
                ("Velmar border post".into(), EntityType::Facility),
                ("Rif Dimashq".into(), EntityType::Place)
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
        // An Arabic article is no given name in a list of places, and a name
        // takes the type of the nearest typed name before it in the list.
        assert_eq!(
            found("Teams went to Benghazi, Al Velda, Soussa, Al Marj and Derna."),
            vec![
                ("Benghazi".into(), EntityType::Place),
                ("Al Velda".into(), EntityType::Place),
                ("Soussa".into(), EntityType::Place),
                ("Al Marj".into(), EntityType::Place),
                ("Derna".into(), EntityType::Place)
            ]
        );
        // Provinces and towns of recent wars, quakes and floods are known.
        assert_eq!(
            found("Rain fell on Balochistan, and quake aid reached Hatay and Antakya."),
            vec![
                ("Balochistan".into(), EntityType::Place),
                ("Hatay".into(), EntityType::Place),
                ("Antakya".into(), EntityType::Place)
            ]
        );
        assert_eq!(
            found("Flights reached Tamil Nadu, and floods hit Assam and Sulawesi."),
            vec![
                ("Tamil Nadu".into(), EntityType::Place),
                ("Assam".into(), EntityType::Place),
                ("Sulawesi".into(), EntityType::Place)
            ]
        );
        // A single name between "the" and a place noun names the place.
        assert_eq!(
            found("Thousands fled the Velmar area on Monday."),
            vec![("Velmar".into(), EntityType::Place)]
        );
        // A full name shaped as a person's, after a single word that "states of"
        // makes a place (full names are typed first).
        assert_eq!(
            found("Rescuers came from the states of Velmar and Uttar Dravesh."),
            vec![
                ("Velmar".into(), EntityType::Place),
                ("Uttar Dravesh".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn connectors_do_not_join_weekdays_or_months() {
        assert_eq!(
            found("The report by Associated Press on Thursday reached Vice-Admiral Ivan Petrov."),
            vec![
                ("Associated Press".into(), EntityType::Org),
                ("Ivan Petrov".into(), EntityType::Person)
            ]
        );
        // A month's abbreviation with its full stop.
        assert_eq!(
            found("He will brief the Security Council on Jan. 29."),
            vec![("Security Council".into(), EntityType::Org)]
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
        assert_eq!(
            found("Volunteers unload boxes in Jeddah. Image Credit: SPA"),
            vec![("Jeddah".into(), EntityType::Place)]
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
        // Before a possessive the preposition is the owned noun's: the given name
        // decides, and without one the preposition still makes a place.
        assert_eq!(
            found("Staff at Trent Walker's farm and in Kafr Nabl's square fled."),
            vec![
                ("Trent Walker".into(), EntityType::Person),
                ("Kafr Nabl".into(), EntityType::Place)
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

    #[test]
    fn a_sentence_opening_in_or_near_marks_a_place() {
        for text in [
            "In Tacoma, police said the man fled.",
            "Near Tacoma the man fled.",
        ] {
            assert_eq!(
                found(text),
                vec![("Tacoma".into(), EntityType::Place)],
                "{text}"
            );
        }
        // "At" and "From" open sentences about firms and people too.
        assert!(found("At Acme Bank, staff said the man fled.")
            .iter()
            .all(|(_, kind)| *kind != EntityType::Place));
    }

    #[test]
    fn a_place_preposition_outweighs_the_verb_after_the_name() {
        assert_eq!(
            found("Police in the town of Orsk said the driver had been arrested."),
            vec![("Orsk".into(), EntityType::Place)]
        );
        assert_eq!(
            found("Police in Tacoma said the man fled."),
            vec![("Tacoma".into(), EntityType::Place)]
        );
    }

    #[test]
    fn a_plurals_apostrophe_stays_inside_the_name_of_a_body_or_a_day() {
        assert_eq!(
            found("The Norland Farmers' Union said prices fell."),
            vec![("Norland Farmers' Union".into(), EntityType::Org)]
        );
        assert_eq!(
            found("Shops closed for Presidents' Day on Monday."),
            vec![("Presidents' Day".into(), EntityType::Event)]
        );
        // Before a place, the apostrophe ends the name.
        assert_eq!(
            found("The Russians' Tartus base was emptied.")[0],
            ("Russians".into(), EntityType::Group)
        );
    }

    #[test]
    fn a_title_alone_is_the_surname_of_a_full_name_in_the_article() {
        assert_eq!(
            found_in_article("Ada Bishop spoke on Monday. Later, Bishop said she was happy."),
            vec![
                ("Ada Bishop".into(), EntityType::Person),
                ("Bishop".into(), EntityType::Person)
            ]
        );
        // Without such a full name a title alone is no name.
        assert_eq!(
            found_in_article("The Bishop said he was happy. The King waved."),
            vec![]
        );
    }

    #[test]
    fn a_title_word_before_a_generation_is_a_surname() {
        assert_eq!(
            found("Anna Maria King Jr. spoke on Monday."),
            vec![("Anna Maria King Jr.".into(), EntityType::Person)]
        );
        assert_eq!(
            found("King Olaf III spoke on Monday."),
            vec![("Olaf III".into(), EntityType::Person)]
        );
    }

    #[test]
    fn more_roles_stand_before_a_name() {
        assert_eq!(
            found("Host Anna Berg said on Monday she would retire."),
            vec![("Anna Berg".into(), EntityType::Person)]
        );
        assert_eq!(
            found("Ivo Lind, a trade professor at Tarsk, said so."),
            vec![
                ("Ivo Lind".into(), EntityType::Person),
                ("Tarsk".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn a_known_region_after_a_comma_makes_a_town_a_place() {
        assert_eq!(
            found("The jet came down over Lockerbie, Scotland, in 1988."),
            vec![
                ("Lockerbie".into(), EntityType::Place),
                ("Scotland".into(), EntityType::Place)
            ]
        );
        // So is a town named as a woman is.
        assert_eq!(
            found("The mission is commanded from Larissa, Greece.")[0],
            ("Larissa".into(), EntityType::Place)
        );
        // A firm's name keeps its type.
        assert_eq!(
            found("Counsel: Bodman & Lind, Detroit.")[0],
            ("Bodman & Lind".into(), EntityType::Org)
        );
    }

    #[test]
    fn an_ampersand_or_a_company_form_names_a_firm() {
        assert_eq!(
            found_in_article(
                "Markets fell.\nAnalysts said shares of Berg & Lind Co rose. Berg & Lind has 400 workers."
            ),
            vec![
                ("Berg & Lind Co".into(), EntityType::Org),
                ("Berg & Lind".into(), EntityType::Org)
            ]
        );
        assert_eq!(
            found("Analysts at Tarsk Brewery Co. said so."),
            vec![("Tarsk Brewery Co.".into(), EntityType::Org)]
        );
        assert_eq!(
            found("Workers at Berg & Lind said so."),
            vec![("Berg & Lind".into(), EntityType::Org)]
        );
    }

    #[test]
    fn a_sentences_plural_noun_before_of_is_no_part_of_the_name() {
        assert_eq!(
            found("Shares of Acme Inc rose on Monday."),
            vec![("Acme Inc".into(), EntityType::Org)]
        );
        assert_eq!(
            found("Representatives of the Norland Trust met."),
            vec![("Norland Trust".into(), EntityType::Org)]
        );
        // The known name after it may run over lowercase words.
        assert_eq!(
            found("Ships of the UN Interim Force in Lebanon patrolled the coast."),
            vec![("UN Interim Force in Lebanon".into(), EntityType::Org)]
        );
    }

    #[test]
    fn a_known_organisation_and_a_language_name_its_service() {
        assert_eq!(
            found("An official told Al Jazeera English and BBC Arabic that 77 citizens had left."),
            vec![
                ("Al Jazeera English".into(), EntityType::Org),
                ("BBC Arabic".into(), EntityType::Org)
            ]
        );
        // A body's members are a group of their own; a person whose given
        // name is an organisation's stays a person.
        assert_eq!(
            found("Senate Republicans met the Senate Democratic leader and Chelsea Handler."),
            vec![
                ("Senate".into(), EntityType::Org),
                ("Republicans".into(), EntityType::Group),
                ("Senate".into(), EntityType::Org),
                ("Democratic".into(), EntityType::Group),
                ("Chelsea Handler".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn regions_platforms_and_peoples_from_the_tables() {
        assert_eq!(
            found("Families from Krasnodar Territory posted clips on TikTok."),
            vec![
                ("Krasnodar Territory".into(), EntityType::Place),
                ("TikTok".into(), EntityType::Org)
            ]
        );
        assert_eq!(
            canonicals_of("Colonna told France Inter and RFI that Inter Milan fans had left."),
            [
                "Colonna",
                "France Inter",
                "Radio France Internationale",
                "Inter Milan"
            ]
        );
        assert_eq!(
            found("Veterans of the Berlin Airlift left the Fukushima Daiichi nuclear plant."),
            vec![
                ("Berlin Airlift".into(), EntityType::Event),
                (
                    "Fukushima Daiichi nuclear plant".into(),
                    EntityType::Facility
                )
            ]
        );
        assert_eq!(
            found("Most of the returnees were Malayalis, Goans, Keralites and Punjabis."),
            ["Malayalis", "Goans", "Keralites", "Punjabis"]
                .map(|name| (name.to_string(), EntityType::Group))
        );
    }

    #[test]
    fn a_given_name_alone_is_the_one_full_name_it_opens() {
        assert_eq!(
            canonicals_of(
                "Elena Kharitonova flew home from Latakia with her son. \
                 Elena told reporters the flight was calm. Wang Yi met Wang Donghai. Wang said no more."
            ),
            [
                "Elena Kharitonova",
                "Latakia",
                "Elena Kharitonova",
                "Wang Yi",
                "Wang Donghai",
                // Two full names open with it: neither is meant more.
                "Wang"
            ]
        );
    }

    #[test]
    fn a_name_before_family_is_a_persons() {
        assert_eq!(
            found("The Kharitonov family returned home. The McAlpine family, which runs the firm, sold."),
            vec![
                ("Kharitonov".into(), EntityType::Person),
                ("McAlpine".into(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn addresses_and_handles_name_no_one() {
        assert_eq!(
            found(
                "Americans should write to JubaACS@state.gov or Nairobi.Consular@state.gov. \
                 The Nigerian Senate (@NGR_Senate) posted it, and @MoscowEmbassy shared it."
            ),
            vec![
                ("Americans".into(), EntityType::Group),
                ("Nigerian".into(), EntityType::Group),
                ("Senate".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn a_sentences_first_word_opening_with_a_wide_letter_is_read_whole() {
        // The checks for a plural before "of" and a verb in -ing look past the
        // first letter, which here takes two bytes.
        assert_eq!(
            found("Ðrones of Tartus were seen."),
            vec![("Tartus".into(), EntityType::Place)]
        );
        assert_eq!(
            found("Ðeparting Latakia, the convoy headed north."),
            vec![("Latakia".into(), EntityType::Place)]
        );
    }

    #[test]
    fn a_sentences_verb_in_ing_before_a_name_is_no_part_of_it() {
        assert_eq!(
            canonicals_of("He said: \"Losing Tartous would cost the Kremlin its port.\""),
            ["Tartus", "Kremlin"]
        );
        assert_eq!(
            found("Leaving Damascus, the convoy headed north."),
            vec![("Damascus".into(), EntityType::Place)]
        );
        // A given name in -ing opens a person's name.
        assert_eq!(
            found("Irving Berlin wrote the song."),
            vec![("Irving Berlin".into(), EntityType::Person)]
        );
    }

    #[test]
    fn the_inside_a_sentence_opens_a_papers_title() {
        assert_eq!(
            found("One source told The Herald that talks had stalled."),
            vec![("The Herald".into(), EntityType::Org)]
        );
        assert_eq!(
            found("A senior official told The Chronicle so."),
            vec![("The Chronicle".into(), EntityType::Org)]
        );
    }

    #[test]
    fn a_transcripts_speakers_in_capitals_are_people_named_in_the_case_of_names() {
        let text = "JAMES WHITLOCK: Good evening. Two planes landed in Moscow today.\n\
                    NATALIA SOROKINA: Good evening. In total 77 people flew out.\n\
                    JAMES WHITLOCK: Natalia Sorokina in Beirut, thank you.";
        assert_eq!(
            found(text)
                .into_iter()
                .filter(|(_, kind)| *kind == EntityType::Person)
                .count(),
            4
        );
        assert_eq!(
            canonicals_of(text),
            [
                "James Whitlock",
                "Moscow",
                "Natalia Sorokina",
                "James Whitlock",
                "Natalia Sorokina",
                "Beirut"
            ]
        );
    }

    #[test]
    fn a_place_s_first_word_before_a_given_name_makes_a_place() {
        assert_eq!(
            found("Flooding hit the parishes of St Elizabeth and Westmoreland."),
            vec![
                ("St Elizabeth".into(), EntityType::Place),
                ("Westmoreland".into(), EntityType::Place)
            ]
        );
        assert_eq!(
            found("Ships docked at Port Antonio on Monday."),
            vec![("Port Antonio".into(), EntityType::Place)]
        );
        // An article opens people's names too.
        assert_eq!(
            found("El Hassane Lahssini won the race."),
            vec![("El Hassane Lahssini".into(), EntityType::Person)]
        );
    }

    #[test]
    fn the_residents_of_a_town_make_it_a_place() {
        assert_eq!(
            found("The residents of Tacoma said the water was cut."),
            vec![("Tacoma".into(), EntityType::Place)]
        );
    }

    #[test]
    fn a_sentences_plural_of_people_is_no_name() {
        for text in [
            "Investigators said the cause was unclear.",
            "Protesters said they would stay.",
        ] {
            assert_eq!(found(text), vec![], "{text}");
        }
    }

    #[test]
    fn royal_opens_a_name_at_a_sentences_start() {
        let got = found("Royal Caribbean cancelled its sailings.");
        assert_eq!(got[0].0, "Royal Caribbean", "{got:?}");
    }

    #[test]
    fn trades_head_a_firms_name() {
        assert_eq!(
            found("Workers at Norland Steel and Tarsk Shipping went on strike."),
            vec![
                ("Norland Steel".into(), EntityType::Org),
                ("Tarsk Shipping".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn a_ship_manager_named_after_its_founder_is_a_firm() {
        assert_eq!(
            found("The ship is run by Germany's Bernhard Schulte Shipmanagement."),
            vec![
                ("Germany".into(), EntityType::Place),
                ("Bernhard Schulte Shipmanagement".into(), EntityType::Org)
            ]
        );
    }

    #[test]
    fn a_storm_s_given_name_after_a_place_word_is_still_the_storm() {
        let got = canonicals_in_article(
            "Hurricane Helene killed 230 people. Crews removed debris from Helene in Pinellas County.",
        );
        assert_eq!(
            got[1],
            (
                "Helene".into(),
                EntityType::Event,
                "Hurricane Helene".into()
            )
        );
    }

    #[test]
    fn out_of_and_fort_open_places() {
        assert_eq!(
            found("They added flights out of Tampa and Fort Myers."),
            vec![
                ("Tampa".into(), EntityType::Place),
                ("Fort Myers".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_plural_noun_opening_a_sentence_before_a_verb_of_saying_is_no_name() {
        assert_eq!(
            found("Forecasters warned of a surge. Airlines added flights. Crews said so."),
            vec![]
        );
    }

    #[test]
    fn an_owner_s_name_before_a_ship_s_noun_is_no_ship_and_another_opens_an_apposition() {
        assert_eq!(
            found("Images showed the Sparta IV, another Oboronlogistika vessel, off Tartus."),
            vec![
                ("Sparta IV".into(), EntityType::Vessel),
                ("Tartus".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn a_mark_after_an_aircraft_s_model_name_is_part_of_it() {
        assert_eq!(
            found("A C-17 Globemaster III landed in Beirut."),
            vec![
                ("C-17 Globemaster III".into(), EntityType::Aircraft),
                ("Beirut".into(), EntityType::Place)
            ]
        );
    }
}
