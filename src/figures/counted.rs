//! What a number counts, and the figures table's row it belongs to.
//!
//! The counted noun is looked for in the few words after the number, up to a
//! function word or punctuation: the first noun of `data/counted_nouns.tsv`
//! ("three more frigates", "12 Yak-130 trainer aircraft"), a capitalised plural
//! nationality noun ("60 Britons"), a collective noun's "of" phrase ("an
//! 80-strong contingent of sailors"), a model designation ("three Antonov
//! An-124s"), else the last plural noun ("three main military bases"). Modifiers
//! and name parts before the head are passed over ("night sorties", "injured
//! people", "Indian Air Force (IAF) aircraft"). The row comes from the noun's
//! kind and, for people, from the cue words of its clause
//! (`data/category_cues.tsv`): "evacuated", "fled", "flew ... home", "landed" →
//! evacuees; "registered", "living", "in <Country>" → nationals, only for
//! people named by nationality or citizenship, and also when their departure
//! is only wished ("asked to leave"); "killed" → casualties. The verb the
//! people are the subject of ("were flown home") outweighs the rest, and a
//! denied one ("has not evacuated") counts for nothing.

use crate::hash::FastSet;
use std::sync::LazyLock;

use crate::analysis::Category;
use crate::lexicon::{
    has_role, name_cues, AttributionRole, ContextRole, Cue, NounKind, ATTRIBUTION, CALENDAR_NAMES,
    CATEGORY_CUES, COUNTED_NOUNS, FUNCTION_WORDS, MODEL_FAMILIES,
};

use super::numbers::{is_number, is_vague_word, words_at};
use super::tokens::{Token, CATEGORY_CUE, NUMBER_START};

/// Endings of capitalised adjectives whose plural names a nationality ("-ese").
static NATIONALITY_ADJECTIVE_ENDINGS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| name_cues("nationality_adjective_ending"));

/// How many words after the number the counted noun may be.
const NOUN_PHRASE_WORDS: usize = 6;

/// How far (in tokens) from a figure its clause is read for cues, so that a long
/// line of numbers stays linear.
const CLAUSE_TOKENS: usize = 40;

/// How many tokens farther a departure cue counts than other cues.
const DEPARTURE_PENALTY: usize = 2;

/// How near (in tokens) a cue must be to turn troops or staff into evacuees or casualties.
const PERSONNEL_CUE_DISTANCE: usize = 3;

/// The noun a number counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    /// Index of the noun's last token.
    pub last: usize,
    /// The unit of the figure.
    pub unit: String,
    /// Its kind; `None` for a plain noun that is not in the table ("bases").
    pub kind: Option<NounKind>,
    /// True when it points back after "the" or "both" ("the two teams").
    pub anaphoric: bool,
    /// True when the phrase names the people's nationality or citizenship
    /// ("Indian students", "Germans", "citizens"): only they can be nationals
    /// abroad; "200 civilians still in the area" are not.
    pub national: bool,
}

impl Counted {
    /// A noun ending at `last` with nothing else known about it.
    pub fn plain(last: usize, unit: &str, kind: Option<NounKind>) -> Counted {
        Counted {
            last,
            unit: unit.to_string(),
            kind,
            anaphoric: false,
            national: false,
        }
    }
}

/// The noun counted by a number whose tokens end before `tokens[from]`, or
/// `None` when nothing is counted there ("two of the ships", "on Tuesday").
/// After a plural quantifier a possessive is no partitive: "dozens of its
/// citizens" counts citizens, "two of its ships" counts nothing.
pub fn find(
    tokens: &[Token<'_>],
    from: usize,
    is_group: &dyn Fn(&Token<'_>) -> bool,
    vague: bool,
) -> Option<Counted> {
    // "89 more of its citizens": more of them, as after a quantifier.
    let more = usize::from(tokens.get(from).is_some_and(|t| t.lower == "more"));
    let possessive_of = (vague || more > 0)
        && tokens.get(from + more).is_some_and(|t| t.lower == "of")
        && tokens.get(from + more + 1).is_some_and(possessive);
    if possessive_of {
        return noun_phrase(tokens, from + more + 2, is_group, true);
    }
    noun_phrase(tokens, from, is_group, true)
}

/// The counted noun from `tokens[from]`; a collective's "of" phrase is followed
/// only when `follow_of` (one level: "a contingent of marines"), so that no
/// input nests the search.
fn noun_phrase(
    tokens: &[Token<'_>],
    from: usize,
    is_group: &dyn Fn(&Token<'_>) -> bool,
    follow_of: bool,
) -> Option<Counted> {
    let mut at = from;
    if tokens.get(at)?.lower == "of" {
        at += 1;
        if partitive(tokens.get(at)?) {
            return None;
        }
    }
    let mut plain: Option<usize> = None;
    let mut model: Option<(usize, &'static str)> = None;
    let mut national = false;
    // A counted noun inside a capitalised name ("three Indian Air Force (IAF)
    // aircraft", "Four Warships Leave Port"): the head, unless one follows.
    let mut in_name: Option<Counted> = None;
    let mut k = at;
    let mut words = 0;
    while words < NOUN_PHRASE_WORDS {
        let Some(token) = tokens.get(k) else {
            break;
        };
        // "15 Filipino, four Vietnamese", "one Sri Lankan and one Egyptian": a
        // people's name that ends an item of a list counts its people.
        if k == at && is_group(token) {
            let end = (k..tokens.len())
                .find(|&e| !is_group(&tokens[e]))
                .unwrap_or(tokens.len());
            // The next item is counted too, or the list ends ("100 Russian and
            // Ukrainian miners" is one item).
            let next_counted = tokens.get(end + 1).is_some_and(is_number);
            let item_ends = tokens.get(end).is_none_or(|t| {
                matches!(t.text, ")" | "." | "–" | "—")
                    || (matches!(t.text, "," | ";") || t.lower == "and") && next_counted
            });
            if item_ends && end - k <= 2 {
                return Some(Counted {
                    national: true,
                    ..Counted::plain(end - 1, "people", Some(NounKind::People))
                });
            }
        }
        if let Some(after) = acronym_in_brackets(tokens, k).filter(|_| k > at) {
            k = after;
            continue;
        }
        let counted_noun = || {
            COUNTED_NOUNS
                .nouns
                .starting_with(&token.lower)
                .iter()
                .find(|p| words_at(tokens, k, &p.words))
        };
        // "two Boeing 747s": a maker's model number goes on its name.
        let model_number = model.is_some_and(|(m, _)| m + 1 == k)
            && token.starts_with_digit()
            && token.text.bytes().all(|b| b.is_ascii_alphanumeric());
        if model_number {
            model = model.map(|(_, unit)| (k, unit));
            words += 1;
            k += 1;
            continue;
        }
        // "five cargo and landing ships": modifiers joined by "and" or "or"
        // share the head after them.
        let joins_modifiers = k > at
            && matches!(token.lower.as_ref(), "and" | "or")
            && !tokens[k - 1].is_capitalised()
            && plain.is_none()
            && model.is_none()
            && in_name.is_none()
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.is_word && !is_number(t) && !t.is_capitalised())
            && head_follows(tokens, k + 2);
        // "60 Russian and Belarusian nationals": nationalities joined the same way.
        let joins_nationalities = k > at
            && matches!(token.lower.as_ref(), "and" | "or")
            && plain.is_none()
            && model.is_none()
            && in_name.is_none()
            && names_nationality(&tokens[k - 1], is_group)
            && tokens
                .get(k + 1)
                .is_some_and(|t| names_nationality(t, is_group))
            && people_noun_follows(tokens, k + 2);
        if joins_modifiers || joins_nationalities {
            k += 1;
            continue;
        }
        // A function word ends the phrase, unless a counted noun opens with it ("per cent").
        let function_word = FUNCTION_WORDS.contains(token.lower.as_ref());
        let noun = if token.is_word { counted_noun() } else { None };
        // A class's number goes on with its name ("two Type 45 destroyers").
        let class_number = k > at && super::labelled_number(tokens, k);
        if !token.is_word
            || function_word && noun.is_none()
            || (k > at && is_number(token) && !class_number)
        {
            break;
        }
        // "7,000 households require emergency shelter kits", "14 trucks
        // carrying food rations": after a plural head a verb ends the phrase;
        // a plural or counted noun beside it goes on with it ("arms
        // shipments"), or one word more before a counted noun, if no verb's
        // ending shows ("two emergencies ministry planes").
        if plain.is_some() && noun.is_none() && !plural(token) {
            let verb_form = ["ing", "ed"].iter().any(|e| token.lower.ends_with(e));
            let counted_next = tokens.get(k + 1).is_some_and(|next| {
                COUNTED_NOUNS
                    .nouns
                    .starting_with(&next.lower)
                    .iter()
                    .any(|p| words_at(tokens, k + 1, &p.words))
            });
            if verb_form || !counted_next {
                break;
            }
        }
        words += 1;
        national |= names_nationality(token, is_group);
        if let Some(noun) = noun {
            let last = k + noun.words.len() - 1;
            let kind = noun.meaning.kind;
            national |= noun.meaning.citizen;
            // "18 MiG-29 fighters" are aircraft, though "fighters" may be people;
            // "two KC-135 tankers" are aircraft, though "tankers" may be ships.
            let people = matches!(kind, NounKind::People | NounKind::Personnel);
            let vehicle = matches!(kind, NounKind::Ships | NounKind::Aircraft);
            if let (true, Some((_, unit))) = (people || vehicle, model) {
                return Some(of_model(last, unit));
            }
            let found = Counted {
                last,
                unit: noun.meaning.unit.to_string(),
                kind: Some(kind),
                anaphoric: noun.meaning.anaphoric,
                national,
            };
            // "night sorties", "injured people", "wounded Palestinians", "air
            // force planes", "Air Force (IAF) aircraft": a modifier or a name
            // part before the head.
            let modifier = match kind {
                NounKind::Duration => head_follows(tokens, last + 1),
                // "two air force planes"; not "a 300-strong force guards".
                NounKind::Personnel => kind_follows(tokens, last + 1, &|k| {
                    !matches!(
                        k,
                        NounKind::People | NounKind::Personnel | NounKind::Duration
                    )
                }),
                NounKind::Casualties => {
                    people_noun_follows(tokens, last + 1)
                        || tokens
                            .get(last + 1)
                            .is_some_and(|t| nationality(t, is_group).is_some())
                }
                _ => false,
            };
            if modifier {
                k = last + 1;
                continue;
            }
            // The name goes on, or ends before its head ("three Russian Air
            // Force jets").
            if token.is_capitalised()
                && (name_continues(tokens, last + 1) || head_follows(tokens, last + 1))
            {
                in_name = in_name.or(Some(found));
                k = last + 1;
                continue;
            }
            let of_follows = tokens.get(last + 1).is_some_and(|t| t.lower == "of");
            if follow_of && noun.meaning.collective && of_follows {
                let member = noun_phrase(tokens, last + 1, is_group, false);
                if let Some(member) = member.filter(|m| m.kind.is_some()) {
                    return Some(member);
                }
            }
            return Some(found);
        }
        if let Some(unit) = model_family(token) {
            model = Some((k, unit));
        } else if let Some((unit, kind)) = nationality(token, is_group)
            // A word after another of a name ends as peoples do by chance
            // ("Emergency Situations Ministry").
            .filter(|_| {
                k == at
                    || model.is_some()
                    || is_group(token)
                    || !tokens[k - 1].is_capitalised()
                    || nationality(&tokens[k - 1], is_group).is_some()
            })
        {
            if let Some((model_at, unit)) = model {
                return Some(of_model(model_at.max(k), unit));
            }
            // "206 Japanese nationals", "two Chinese Y-20 transport planes":
            // the nationality qualifies the noun after it.
            if !people_noun_follows(tokens, k + 1) && !counted_noun_within(tokens, k + 1) {
                return Some(Counted {
                    national: true,
                    ..Counted::plain(k, unit, Some(kind))
                });
            }
        } else if plural(token) {
            plain = Some(k);
        }
        k += 1;
    }
    // "two Polish Air Force Boeing 737s": a maker's model after the name is
    // the head.
    if let Some(named) = in_name.filter(|n| model.is_none_or(|(k, _)| k < n.last)) {
        return Some(named);
    }
    match (plain, model) {
        (Some(k), Some((_, unit))) => Some(of_model(k, unit)),
        (Some(k), None) => Some(Counted {
            national,
            ..Counted::plain(k, &tokens.get(k)?.lower, None)
        }),
        (None, Some((k, unit))) => Some(of_model(k, unit)),
        (None, None) => None,
    }
}

/// The index after a bracketed acronym at `at` ("(IAF)"), which a name may carry.
fn acronym_in_brackets(tokens: &[Token<'_>], at: usize) -> Option<usize> {
    let (open, word, close) = (tokens.get(at)?, tokens.get(at + 1)?, tokens.get(at + 2)?);
    let acronym = word.is_word
        && word
            .text
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit());
    (open.text == "(" && acronym && close.text == ")").then_some(at + 3)
}

/// True when a capitalised name goes on at `at`: a capitalised word that is no
/// function word, or a bracketed acronym.
fn name_continues(tokens: &[Token<'_>], at: usize) -> bool {
    acronym_in_brackets(tokens, at).is_some()
        || tokens.get(at).is_some_and(|t| {
            t.is_word && t.is_capitalised() && !FUNCTION_WORDS.contains(t.lower.as_ref())
        })
}

/// True when a head noun follows at `at`: a counted noun or a plural.
fn head_follows(tokens: &[Token<'_>], at: usize) -> bool {
    tokens.get(at).is_some_and(plural) || kind_follows(tokens, at, &|k| k != NounKind::Duration)
}

/// True when a counted noun of a kind `wanted` takes follows at `at`.
fn kind_follows(tokens: &[Token<'_>], at: usize, wanted: &dyn Fn(NounKind) -> bool) -> bool {
    tokens.get(at).is_some_and(|t| {
        COUNTED_NOUNS
            .nouns
            .starting_with(&t.lower)
            .iter()
            .any(|p| words_at(tokens, at, &p.words) && wanted(p.meaning.kind))
    })
}

/// True when a noun of people follows at `at` ("injured people", "Japanese nationals").
/// Words before a counted noun that a nationality may qualify, at most ("Y-20
/// transport planes").
const QUALIFIED_NOUN_REACH: usize = 3;

/// True when a counted noun starts within [`QUALIFIED_NOUN_REACH`] words from
/// `at`, with only words that are no function words or numbers before it.
fn counted_noun_within(tokens: &[Token<'_>], at: usize) -> bool {
    (at..at + QUALIFIED_NOUN_REACH)
        .map_while(|k| tokens.get(k))
        .enumerate()
        .take_while(|(_, t)| {
            t.is_word && !FUNCTION_WORDS.contains(t.lower.as_ref()) && !is_number(t)
        })
        .any(|(i, t)| {
            COUNTED_NOUNS
                .nouns
                .starting_with(&t.lower)
                .iter()
                .any(|p| words_at(tokens, at + i, &p.words))
        })
}

fn people_noun_follows(tokens: &[Token<'_>], at: usize) -> bool {
    tokens.get(at).is_some_and(|t| {
        COUNTED_NOUNS.nouns.starting_with(&t.lower).iter().any(|p| {
            words_at(tokens, at, &p.words)
                && matches!(p.meaning.kind, NounKind::People | NounKind::Personnel)
        })
    })
}

/// True for a capitalised word that names a nationality: a nationality entity, a
/// plural nationality noun ("Germans"), or an adjective whose plural would be
/// one ("Indian", "French", "Kazakh", "Pakistani", "British").
pub(super) fn names_nationality(token: &Token<'_>, is_group: &dyn Fn(&Token<'_>) -> bool) -> bool {
    if !token.is_capitalised() || !token.text.chars().all(char::is_alphabetic) {
        return false;
    }
    let adjective = NATIONALITY_ADJECTIVE_ENDINGS
        .iter()
        .any(|e| token.lower.len() > e.len() + 2 && token.lower.ends_with(e));
    is_group(token) || adjective || nationality(token, is_group).is_some()
}

/// Possessive determiners and possessive names ("its", "Nepal's").
pub(super) fn possessive(token: &Token<'_>) -> bool {
    matches!(
        token.lower.as_ref(),
        "its" | "their" | "his" | "her" | "our"
    ) || ["'s", "’s"].iter().any(|e| token.lower.ends_with(e))
}

/// People counted by a bare number that is the subject of an evacuation,
/// casualty or residence verb ("3,700 were injured", "250 died", "600 were
/// registered"), with the verb's last token.
pub fn subject_of_cue(tokens: &[Token<'_>], from: usize) -> Option<Counted> {
    // "12,000 of them had since left": a part of people named before.
    let of_them = tokens.get(from).is_some_and(|t| t.lower == "of")
        && tokens
            .get(from + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "them" | "those" | "these" | "whom"));
    let from = if of_them { from + 2 } else { from };
    let verb = (from..tokens.len()).take(4).find(|&k| {
        tokens.get(k).is_some_and(|t| {
            !has_role(&t.lower, ContextRole::Auxiliary) && !has_role(&t.lower, ContextRole::Adverb)
        })
    })?;
    let cue = CATEGORY_CUES
        .starting_with(&tokens.get(verb)?.lower)
        .iter()
        .find(|p| words_at(tokens, verb, &p.words))?;
    // "14 left" may be what remains; "14 were left", like "300 evacuated" or
    // "14 died", is an event.
    let auxiliary = verb > from;
    let counts = match cue.meaning {
        Cue::Casualties | Cue::Evacuees => true,
        // "Fewer than 600 were registered", "2,000 are stranded"; not
        // "several dozen remain in custody".
        Cue::Nationals => auxiliary,
        // "Around 1,000 have asked for help leaving": people still there.
        Cue::Wish => auxiliary,
        Cue::Departure => auxiliary || cue.words != ["left"],
        _ => false,
    };
    // Who is registered, remains or asks to leave is counted as a country's
    // people abroad.
    counts.then(|| Counted {
        national: matches!(cue.meaning, Cue::Nationals | Cue::Wish),
        ..Counted::plain(verb + cue.words.len() - 1, "people", Some(NounKind::People))
    })
}

/// What a bare number counts when it opens a clause and a copula names it:
/// "of the 1,200 people evacuated, 800 were Russian citizens", "3 were
/// Su-24s". The figure runs from `first` to `from - 1`, the number alone; its
/// noun comes from the phrase after the copula at `from`.
pub fn named_after_copula(
    tokens: &[Token<'_>],
    first: usize,
    from: usize,
    is_group: &dyn Fn(&Token<'_>) -> bool,
) -> Option<Counted> {
    let copula = tokens.get(from)?;
    if !has_role(&copula.lower, ContextRole::Copula) {
        return None;
    }
    // A clause's subject: nothing before it but a clause's start ("area 55
    // are preventing civilians from leaving" is no count).
    let opens_clause = first
        .checked_sub(1)
        .is_none_or(|k| matches!(tokens[k].lower.as_ref(), "," | ";" | ":" | "and" | "but"));
    if !opens_clause {
        return None;
    }
    let named = find(tokens, from + 1, is_group, false)?;
    matches!(
        named.kind?,
        NounKind::People
            | NounKind::Personnel
            | NounKind::Ships
            | NounKind::Aircraft
            | NounKind::Equipment
    )
    .then_some(Counted {
        last: from - 1,
        ..named
    })
}

fn of_model(last: usize, unit: &'static str) -> Counted {
    let kind = if matches!(unit, "aircraft" | "helicopters") {
        NounKind::Aircraft
    } else {
        NounKind::Equipment
    };
    Counted::plain(last, unit, Some(kind))
}

/// Words after "of" that make a part of a known whole ("two of the ships"), or
/// a number ("1 of 5 photos").
fn partitive(token: &Token<'_>) -> bool {
    token.starts_with_digit()
        || matches!(
            token.lower.as_ref(),
            "the"
                | "them"
                | "those"
                | "these"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "us"
                | "which"
                | "whom"
                | "you"
                | "all"
                | "this"
                | "that"
        )
}

/// The unit of a maker ("Antonov") or of a designation's prefix ("An-124s", "Il-76").
pub(super) fn model_family(token: &Token<'_>) -> Option<&'static str> {
    if !token.is_capitalised() {
        return None;
    }
    let designation = token.text.contains(|c: char| c.is_ascii_digit());
    let prefix_len = token
        .lower
        .find(|c: char| c == '-' || c.is_ascii_digit())
        .unwrap_or(token.lower.len());
    let prefix = token.lower.get(..prefix_len)?;
    if !designation && prefix.len() <= 2 {
        return None;
    }
    // Names take a plural s ("Chinooks", "Apaches"); designations keep theirs.
    let singular = prefix.strip_suffix('s').filter(|_| !designation);
    MODEL_FAMILIES
        .get(prefix)
        .or_else(|| singular.and_then(|s| MODEL_FAMILIES.get(s)))
        .copied()
}

/// The unit and kind of a capitalised plural people noun: a known ending
/// ("Russians", "Britons", "Iraqis") or a nationality entity.
fn nationality(
    token: &Token<'_>,
    is_group: &dyn Fn(&Token<'_>) -> bool,
) -> Option<(&'static str, NounKind)> {
    if !token.is_capitalised() || !token.text.chars().all(|c| c.is_alphabetic() || c == '-') {
        return None;
    }
    let ending = COUNTED_NOUNS
        .nationality_endings
        .iter()
        .find(|(e, _)| token.lower.len() > e.len() + 2 && token.lower.ends_with(e))
        .map(|(_, noun)| (noun.unit, noun.kind));
    let group = is_group(token) && token.lower.ends_with('s');
    ending.or(group.then_some(("people", NounKind::People)))
}

/// A lower-case word that looks like a plural noun ("bases", "officials").
fn plural(token: &Token<'_>) -> bool {
    let word = token.lower.as_ref();
    token.text == word
        && word.len() > 3
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && word.ends_with('s')
        && !["ss", "us", "is"].iter().any(|e| word.ends_with(e))
}

/// A cue of a figure's clause.
#[derive(Debug, Clone, Copy)]
struct ClauseCue {
    /// Tokens between it and the figure (0 inside the figure).
    distance: usize,
    cue: Cue,
    /// After the figure, behind an auxiliary ("were flown home", "had since
    /// left"): the verb the counted people are the subject of.
    predicate: bool,
    /// After the figure, behind "to" ("asked to leave", "for 98 students to
    /// leave"): a wish, not an act.
    infinitive: bool,
    /// Right before the figure: a verb the counted are the object of
    /// ("delivered 77 citizens").
    object: bool,
    /// Inside the figure and ending it: the verb its bare number is the
    /// subject of ("1.2 million displaced", "1,200 were displaced"), which
    /// decides unless it is a movement ("six were left handicapped").
    own_verb: bool,
    /// Before the figure.
    before: bool,
}

/// The row of a figure whose tokens run from `first` to `last`; `national` when
/// its noun phrase names a nationality or citizenship.
pub fn category(
    kind: Option<NounKind>,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
    national: bool,
) -> Category {
    let cues = clause_cues(tokens, first, last);
    let any = |cue: Cue| cues.iter().any(|c| c.cue == cue);
    let sources = tokens.get(last + 1).is_some_and(|next| {
        next.opens(CATEGORY_CUE)
            && CATEGORY_CUES
                .starting_with(&next.lower)
                .iter()
                .any(|p| p.meaning == Cue::Source && words_at(tokens, last + 1, &p.words))
    }) || after_according(tokens, first);
    // "a plane that can carry 300 passengers": a capacity, whatever else the
    // clause says.
    if phrase_ends_before(tokens, first, Cue::Capacity) {
        return Category::Other;
    }
    // "brought back 15,400 of its 18,000 nationals", "two of its 16 crew
    // members were missing": the whole a part is counted from.
    // "2,000 of the 5,000 Russians registered", "half of the 5,000 Russians"
    // too: the whole's own words say who they are.
    let owned = possessive(&tokens[first.saturating_sub(1)]);
    let whole_of_part = first >= 3
        && tokens[first - 2].lower == "of"
        && (owned || tokens[first - 1].lower == "the")
        && (tokens[first - 3].opens(NUMBER_START)
            || has_role(&tokens[first - 3].lower, ContextRole::Part));
    // "a rescue team of 82 people": the people a body of staff is made of.
    let staff_of = first >= 2 && tokens[first - 1].lower == "of" && {
        let noun = first - 2;
        COUNTED_NOUNS
            .nouns
            .starting_with(&tokens[noun].lower)
            .iter()
            .any(|p| {
                p.words.len() == 1
                    && p.meaning.kind == NounKind::Personnel
                    && words_at(tokens, noun, &p.words)
            })
    };
    let kind = match kind {
        Some(NounKind::People) if staff_of => Some(NounKind::Personnel),
        kind => kind,
    };
    match kind {
        Some(NounKind::People | NounKind::Personnel) if sources => Category::Other,
        Some(NounKind::People) => {
            // "carried food for 40,000 people": the people aid is for did
            // not move; what is said before them is the aid's.
            let aid_for = first > 0
                && tokens[first - 1].lower == "for"
                && cues
                    .iter()
                    .any(|c| c.cue == Cue::Aid && c.before && c.distance <= AID_FOR_DISTANCE);
            // "taking more than 240 hostages", "took 50 people hostage":
            // people seized were moved out by no one.
            let seized = held_captive(tokens, last);
            let cues: Vec<ClauseCue> = cues
                .iter()
                .filter(|c| !(aid_for && c.before || seized && c.cue == Cue::Departure))
                .copied()
                .collect();
            // The whole a part was counted from: what the clause tells is
            // the part's, but for the words right after the whole, its own
            // ("the 40 people killed", "the 5,000 Russians registered").
            // Of a country's citizens ("of its 18,000 nationals"), the whole
            // are otherwise those there.
            if whole_of_part {
                // A participle, when the clause's own verb comes after it
                // ("the 40 people killed were children"); "half of the 600
                // students left" has none, and "left" is the part's.
                let clause_end = tokens.len().min(last + 2 + CLAUSE_TOKENS);
                let verb_after = (last + 2..clause_end)
                    .any(|k| has_role(&tokens[k].lower, ContextRole::Auxiliary));
                let own: Vec<ClauseCue> = cues
                    .iter()
                    .filter(|c| {
                        verb_after && !c.before && c.distance <= WHOLE_OWN_WORDS && !c.predicate
                    })
                    .copied()
                    .collect();
                return match people_row(&own, tokens, last, national) {
                    Category::Other if national && owned => Category::Nationals,
                    row => row,
                };
            }
            people_row(&cues, tokens, last, national)
        }
        Some(NounKind::Personnel) if whole_of_part => Category::Personnel,
        Some(NounKind::Personnel) => {
            // "three rescue teams": a cue inside the phrase names their job;
            // the verb they are the subject of, what befell them ("The
            // remaining 21 crew members, all Filipino, were airlifted").
            let near = cues
                .iter()
                .filter(|c| (1..=PERSONNEL_CUE_DISTANCE).contains(&c.distance) || c.predicate)
                .filter(|c| matches!(c.cue, Cue::Evacuees | Cue::Casualties))
                .min_by_key(|c| c.distance);
            match near.map(|c| c.cue) {
                Some(Cue::Evacuees) => Category::Evacuees,
                Some(Cue::Casualties) => Category::Casualties,
                _ => Category::Personnel,
            }
        }
        Some(NounKind::Casualties) => Category::Casualties,
        Some(NounKind::Ships) if any(Cue::Trade) || any(Cue::Supply) => Category::Equipment,
        Some(NounKind::Ships) => Category::Ships,
        Some(NounKind::Aircraft) if any(Cue::Trade) || any(Cue::Supply) => Category::Equipment,
        Some(NounKind::Aircraft) => Category::Aircraft,
        Some(NounKind::Equipment) => Category::Equipment,
        // "exported 32.9 million tons of grain and other food": goods sold
        // are no aid.
        _ if any(Cue::Trade) => Category::Other,
        Some(NounKind::Weight) if any(Cue::Aid) => Category::Aid,
        Some(NounKind::Goods) if any(Cue::Aid) || any(Cue::Delivery) => Category::Aid,
        _ => Category::Other,
    }
}

/// True when a phrase of `cue` ends right before `first` (with the count's
/// hedge after it: "can carry up to 300"). Asked once a figure, of the few
/// phrases of one cue.
fn phrase_ends_before(tokens: &[Token<'_>], first: usize, cue: Cue) -> bool {
    CATEGORY_CUES.iter().any(|p| {
        p.meaning == cue
            && first
                .checked_sub(p.words.len())
                .is_some_and(|start| words_at(tokens, start, &p.words))
    })
}

/// True when the people counted up to `last` are held: a captive noun there
/// or right after it ("240 hostages", "50 people hostage").
fn held_captive(tokens: &[Token<'_>], last: usize) -> bool {
    tokens[last..tokens.len().min(last + 2)].iter().any(|t| {
        COUNTED_NOUNS
            .nouns
            .starting_with(&t.lower)
            .iter()
            .any(|p| p.words.len() == 1 && p.meaning.captive)
    })
}

/// True when an "according to" or "citing" phrase ends right before `first`:
/// the people counted there are the report's sources ("according to three
/// people familiar with the events", "citing four Syrian officials").
fn after_according(tokens: &[Token<'_>], first: usize) -> bool {
    ATTRIBUTION
        .iter()
        .filter(|(role, _)| matches!(role, AttributionRole::According | AttributionRole::Citing))
        .any(|(_, words)| {
            first
                .checked_sub(words.len())
                .is_some_and(|start| words_at(tokens, start, words))
        })
}

/// Tokens after a whole counted from that may hold its own participle ("the
/// 5,000 Russians registered", "the 40 people, mostly women, killed" does not).
const WHOLE_OWN_WORDS: usize = 1;

/// Tokens an aid word may stand before the "for" of the people it is for
/// ("food for", "enough food for", "food and water for").
const AID_FOR_DISTANCE: usize = 4;

/// The row of people: the verb they are the subject of, else the nearest cue.
/// A departure verb is weaker evidence than "evacuated" or "killed" (in "killing
/// all 141 people on board" the killing decides), and a cue inside the noun
/// phrase ("900 injured people", "1,700 stranded people") says who they are,
/// not what happened to them, so it counts only when nothing else does. Only
/// people named by a nationality or citizenship can be nationals; a wished
/// departure ("asked to leave", "urged the 100 Germans there to take the
/// flights") leaves them nationals still there. People delivered are carried.
fn people_row(cues: &[ClauseCue], tokens: &[Token<'_>], last: usize, national: bool) -> Category {
    let wished = cues.iter().any(|c| c.cue == Cue::Wish);
    // "Around 1,000 have asked for help leaving": a departure after the
    // people's wish is wished too.
    let wish_after = cues
        .iter()
        .filter(|c| c.cue == Cue::Wish && !c.before)
        .map(|c| c.distance)
        .min();
    let read = |c: &ClauseCue| {
        let cue = match c.cue {
            Cue::Departure
                if c.infinitive && wished
                    || !c.before && wish_after.is_some_and(|w| c.distance > w) =>
            {
                Cue::Nationals
            }
            // People delivered, as a load is, were carried ("delivered 77
            // Russian citizens to Moscow", "were delivered home"); people
            // goods are delivered to are not ("aid delivered to 500 people").
            Cue::Delivery if c.object || c.predicate => Cue::Departure,
            Cue::Evacuees | Cue::Departure | Cue::Nationals | Cue::Casualties | Cue::Deployment => {
                c.cue
            }
            _ => return None,
        };
        let rank = match c.distance {
            0 if c.own_verb && cue != Cue::Departure => 0,
            0 => 2 * CLAUSE_TOKENS,
            d if cue == Cue::Departure => d + DEPARTURE_PENALTY,
            d => d,
        };
        (cue != Cue::Nationals || national).then_some((rank, cue, c.predicate))
    };
    let mut read_cues: Vec<(usize, Cue, bool)> = cues.iter().filter_map(read).collect();
    if national && abroad(tokens, last + 1) {
        read_cues.push((1, Cue::Nationals, false));
    }
    // "to get 200 Britons out of Gaza", "flew 70 staff out of Khartoum":
    // people moved out of a place.
    if out_of_place(tokens, last + 1) {
        read_cues.push((1, Cue::Departure, false));
    }
    let chosen = read_cues
        .iter()
        .filter(|c| c.2)
        .min_by_key(|c| c.0)
        .or_else(|| read_cues.iter().min_by_key(|c| c.0));
    match chosen.map(|c| c.1) {
        Some(Cue::Evacuees | Cue::Departure) => Category::Evacuees,
        Some(Cue::Nationals) => Category::Nationals,
        Some(Cue::Casualties) => Category::Casualties,
        Some(Cue::Deployment) => Category::Personnel,
        _ => Category::Other,
    }
}

/// True for "out of" and a capitalised name at `at`: a movement out of a place.
fn out_of_place(tokens: &[Token<'_>], at: usize) -> bool {
    words_at(tokens, at, &["out", "of"])
        && tokens
            .get(at + 2)
            .is_some_and(|t| t.is_word && t.is_capitalised())
}

/// True for "in" and a country at `at` ("1,600 Americans in Haiti", "the 100
/// Germans in the country"), also behind a verb of being ("590 Chinese
/// nationals had been in Yemen"): people placed abroad.
fn abroad(tokens: &[Token<'_>], at: usize) -> bool {
    let being = |t: &Token<'_>| {
        has_role(&t.lower, ContextRole::Auxiliary) || has_role(&t.lower, ContextRole::Adverb)
    };
    let at = (at..tokens.len().min(at + 3))
        .find(|&k| !being(&tokens[k]))
        .unwrap_or(at);
    tokens.get(at).is_some_and(|t| t.lower == "in")
        && (tokens
            .get(at + 1)
            .is_some_and(|t| t.is_word && t.is_capitalised())
            || words_at(tokens, at + 1, &["the", "country"]))
}

/// The cues of the clause around tokens `first..=last`.
fn clause_cues(tokens: &[Token<'_>], first: usize, last: usize) -> Vec<ClauseCue> {
    let boundary = |t: &Token<'_>| {
        matches!(
            t.lower.as_ref(),
            ";" | ":"
                | "—"
                | "–"
                | "-"
                | "but"
                | "while"
                | "whereas"
                | "although"
                | "though"
                | "however"
        )
    };
    let window_start = first.saturating_sub(CLAUSE_TOKENS);
    // An aside after the figure ("Thirteen people, including four children,
    // were rescued"; "538 people, 209 of them French, were brought out") is
    // read past: its numbers are its own. So is after the names the figure's
    // people are of ("350 citizens of the Russian Federation and of the CIS,
    // among them 67 children, were evacuated").
    let named_of = |k: usize| {
        let t = &tokens[k];
        t.is_capitalised() || matches!(t.lower.as_ref(), "of" | "the" | "and")
    };
    let comma = match tokens.get(last + 1) {
        Some(t) if t.lower == "of" => (last + 1..tokens.len())
            .find(|&k| !named_of(k))
            .unwrap_or(tokens.len()),
        _ => last + 1,
    };
    let part_of_them = || {
        tokens.get(comma + 1).is_some_and(Token::starts_with_digit)
            && tokens.get(comma + 2).is_some_and(|t| t.lower == "of")
            && tokens
                .get(comma + 3)
                .is_some_and(|t| matches!(t.lower.as_ref(), "them" | "whom"))
    };
    let aside_end = (tokens.get(comma).is_some_and(|t| t.text == ",")
        && (tokens
            .get(comma + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "including" | "among"))
            || part_of_them()))
    .then(|| {
        (comma + 2..tokens.len().min(comma + 2 + CLAUSE_TOKENS)).find(|&k| tokens[k].text == ",")
    })
    .flatten();
    let after_figure = aside_end.map_or(last + 1, |k| k + 1);
    let window_end = tokens.len().min(after_figure + CLAUSE_TOKENS);
    // Another number also ends the clause: its cues are its own ("seized a jet
    // with 199 people aboard" says nothing of the hijackers counted before it).
    // A length of time is no count of its own ("who had spent two months
    // sheltering ... have been brought out").
    // "said 70 had been killed, and that it was sheltering 690,000": a second
    // reported clause.
    let second_report =
        |k: usize| tokens[k].lower == "that" && k > 0 && tokens[k - 1].lower == "and";
    // ", as the first flights landed": a clause of its own, not "as well as".
    let as_clause = |k: usize| {
        tokens[k].lower == "as"
            && k > 0
            && tokens[k - 1].text == ","
            && tokens.get(k + 1).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "the" | "a" | "an" | "it" | "they" | "he" | "she" | "we"
                )
            })
    };
    // ", where floods have killed thousands": a clause on a place named
    // before it, not on the count.
    let where_clause = |k: usize| tokens[k].lower == "where" && k > 0 && tokens[k - 1].text == ",";
    // "5.5 million people in 15 Florida counties were under evacuation
    // orders": a count of the places the people are in is theirs.
    let places_counted = tokens
        .get(last + 1)
        .is_some_and(|t| matches!(t.lower.as_ref(), "in" | "across" | "from"));
    // "the death toll rose from 12 to 37": the number risen from is the
    // same count's.
    let risen_from = |k: usize| {
        k + 2 == first && k > 0 && tokens[k - 1].lower == "from" && tokens[k + 1].lower == "to"
    };
    // A number that ends no clause: a length of time, the places counted,
    // the number risen from.
    let same_count =
        |k: usize| duration_at(tokens, k + 1) || places_counted && k == last + 2 || risen_from(k);
    // "* People evacuated: 321": a label's colon opens its value, not a clause.
    let label_colon = |k: usize| super::label_start(tokens, k).is_some();
    let ends = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            boundary(t) && !label_colon(k)
                || is_vague_word(t)
                || (is_number(t) && !same_count(k))
                || second_report(k)
                || as_clause(k)
                || where_clause(k)
        })
    };
    let start = (window_start..first)
        .rev()
        .find(|&k| ends(k))
        .map_or(window_start, |k| k + 1);
    let end = (after_figure..window_end)
        .find(|&k| ends(k))
        .unwrap_or(window_end);
    let role =
        |k: usize, role: ContextRole| tokens.get(k).is_some_and(|t| has_role(&t.lower, role));
    let mut cues = Vec::new();
    for k in start..end {
        let Some(token) = tokens.get(k) else {
            break;
        };
        let phrases = if token.opens(CATEGORY_CUE) {
            CATEGORY_CUES.starting_with(&token.lower)
        } else {
            &[]
        };
        // "has not evacuated", "have not yet left": a denied act says nothing.
        let negator = |b: usize| {
            role(b, ContextRole::Negation)
                || tokens
                    .get(b)
                    .is_some_and(|t| t.lower.ends_with("n't") || t.lower.ends_with("n’t"))
        };
        // Asked only at a cue, which few words are. A subject that is no one
        // denies it too ("adding that nobody had been seriously hurt", "None
        // of the 24 crew members was injured").
        let no_one = |b: usize| {
            tokens.get(b).is_some_and(|t| match t.lower.as_ref() {
                "nobody" | "none" => true,
                "no" => tokens.get(b + 1).is_some_and(|n| n.lower == "one"),
                _ => false,
            })
        };
        let negated = || {
            k.checked_sub(1).is_some_and(|b| {
                negator(b) || (role(b, ContextRole::Adverb) && b > 0 && negator(b - 1))
            }) || (k.saturating_sub(NO_ONE_REACH)..k).any(no_one)
                || first >= 2 && no_one(first - 2) && tokens[first - 1].lower == "of"
                || first >= 3 && no_one(first - 3) && tokens[first - 2].lower == "of"
        };
        if let Some(p) = phrases
            .iter()
            .find(|p| words_at(tokens, k, &p.words))
            .filter(|_| !negated())
        {
            let object = k + p.words.len() == first;
            // "aid has reached 1.5 million people", "left 200 stranded": the
            // people after a movement they make themselves are not moving.
            if object
                && p.meaning == Cue::Departure
                && p.words.len() == 1
                && SUBJECT_MOVEMENTS.contains(&p.words[0])
            {
                continue;
            }
            let distance = if k < first {
                first - k
            } else {
                k.saturating_sub(last)
            };
            // After the figure, k - 1 is at least `last`.
            let after = k > last;
            let behind_auxiliary = after
                && (role(k - 1, ContextRole::Auxiliary)
                    || (role(k - 1, ContextRole::Adverb)
                        && role(k.saturating_sub(2), ContextRole::Auxiliary)));
            cues.push(ClauseCue {
                distance,
                cue: p.meaning,
                predicate: behind_auxiliary,
                infinitive: after && tokens.get(k - 1).is_some_and(|t| t.lower == "to"),
                object,
                own_verb: k > first && k + p.words.len() == last + 1,
                before: k < first,
            });
        }
    }
    cues
}

/// Words a subject that is no one may stand before the verb it denies
/// ("nobody had been seriously hurt").
const NO_ONE_REACH: usize = 4;

/// Words a toll ("toll", "deaths", "fatalities") may stand before its
/// figure ("the death toll from the two earthquakes that flattened swathes of
/// southern Turkey and northern Syria climbed past 11,000", "deaths could
/// exceed 10,000").
const TOLL_REACH: usize = 20;

/// True when the number at `k` is part of a date, by a month's name next to
/// it or its year's four digits ("since June 14", "since Jan. 22", "from 30
/// May", "the 2023 floods").
fn in_a_date(tokens: &[Token<'_>], k: usize) -> bool {
    let month = |t: &Token<'_>| {
        t.is_word
            && CALENDAR_NAMES
                .iter()
                .any(|&(kind, name, _)| kind == "month" && name.eq_ignore_ascii_case(&t.lower))
    };
    let text = tokens[k].text;
    let before = k.checked_sub(1).and_then(|b| {
        if tokens[b].text == "." {
            b.checked_sub(1)
        } else {
            Some(b)
        }
    });
    text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) && matches!(&text[..2], "19" | "20")
        || before.is_some_and(|b| month(&tokens[b]))
        || tokens.get(k + 1).is_some_and(month)
}

/// Movements only their subject makes: the people right after one are not
/// those who moved ("reached 1.5 million people", "he leaves three sons").
const SUBJECT_MOVEMENTS: [&str; 7] = [
    "reached", "left", "leaves", "leave", "leaving", "fled", "arrived",
];

/// True when the number at `k` measures rather than counts: a modifier
/// ("7.7-magnitude", "30-storey"), a magnitude ("magnitude 7.7") or a
/// distance, size, share or length of time ("16 km", "10 days"). A toll's
/// words may hold one ("the death toll from last Friday's 7.7-magnitude
/// earthquake rose to 2,886").
fn measures(tokens: &[Token<'_>], k: usize) -> bool {
    let modifier = tokens[k]
        .text
        .split_once('-')
        .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_alphabetic()));
    let measured = noun_kind_at(
        tokens,
        k + 1,
        &[NounKind::Measure, NounKind::Percent, NounKind::Duration],
    );
    modifier || measured || k > 0 && tokens[k - 1].lower == "magnitude"
}

/// True when a length of time starts at `at` ("months", "days").
fn duration_at(tokens: &[Token<'_>], at: usize) -> bool {
    noun_kind_at(tokens, at, &[NounKind::Duration])
}

/// True when a counted noun of one of `kinds` starts at `at`.
fn noun_kind_at(tokens: &[Token<'_>], at: usize, kinds: &[NounKind]) -> bool {
    tokens.get(at).is_some_and(|t| {
        COUNTED_NOUNS
            .nouns
            .starting_with(&t.lower)
            .iter()
            .any(|p| words_at(tokens, at, &p.words) && kinds.contains(&p.meaning.kind))
    })
}

/// People counted by a bare number that is the object of an evacuation or
/// casualty verb ending right before `first` ("killed 50 and wounded 120",
/// "evacuated 300 on Sunday"), or the figure of a toll ("the death toll rose to 56").
pub fn object_of_cue(tokens: &[Token<'_>], first: usize) -> Option<Counted> {
    // "flew out another 5,900", "killed a further 12": the verb is before
    // the words that add to a count told before.
    let lower = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_ref());
    let verb_end = match first.checked_sub(2) {
        Some(k)
            if matches!(
                (lower(k), lower(k + 1)),
                ("a", "further") | ("an", "additional")
            ) =>
        {
            k
        }
        _ if first > 0 && lower(first - 1) == "another" => first - 1,
        _ => first,
    };
    let verb = CATEGORY_CUES.iter().any(|p| {
        matches!(p.meaning, Cue::Evacuees | Cue::Casualties)
            && verb_end
                .checked_sub(p.words.len())
                .is_some_and(|k| words_at(tokens, k, &p.words))
    });
    let before = first.checked_sub(1).and_then(|k| tokens.get(k));
    // "the death toll from the earthquake in Syria has exceeded 5,800": the
    // toll's words may hold a place and a cause, but no other number than
    // the one it rose from ("rose from 12 to 37").
    let risen_from = first >= 3
        && lower(first - 1) == "to"
        && lower(first - 3) == "from"
        && tokens[first - 2].starts_with_digit();
    let toll_end = if risen_from { first - 3 } else { first };
    let toll_words = (toll_end.saturating_sub(TOLL_REACH)..toll_end)
        .rev()
        .take_while(|&k| {
            !tokens[k].starts_with_digit() || in_a_date(tokens, k) || measures(tokens, k)
        })
        .any(|k| matches!(tokens[k].lower.as_ref(), "toll" | "deaths" | "fatalities"));
    // "rose to 56", "stood at 40", "climbed past 1,200", "was 2,430", or a
    // verb that bounds it ("exceeded 5,800", `qualifiers.tsv`).
    let toll = before.is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "to" | "at"
                | "of"
                | ","
                | "hit"
                | "reached"
                | "rose"
                | "risen"
                | "climbed"
                | "past"
                | "was"
                | "is"
        )
    }) || super::qualifiers::verb_before(tokens, first).is_some();
    let toll = toll && toll_words;
    // A toll counts its dead and wounded whatever its words hold ("the death
    // toll from the two earthquakes ... climbed past 11,000").
    if toll && !verb {
        return Some(Counted::plain(first, "people", Some(NounKind::Casualties)));
    }
    if verb {
        return Some(Counted::plain(first, "people", Some(NounKind::People)));
    }
    running_total(tokens, first).map(|kind| Counted::plain(first, "people", Some(kind)))
}

/// What a bare number after a verb of change and "to" counts: the
/// noun of its subject, the nearest counted noun before the verb in its
/// clause ("the number of aircraft at Hmeimim fell from 35 to fewer than 10",
/// "Russia's troops there have grown to roughly 4,000").
pub fn subject_of_change(
    tokens: &[Token<'_>],
    first: usize,
    is_group: &dyn Fn(&Token<'_>) -> bool,
) -> Option<Counted> {
    let to = first.checked_sub(1).filter(|&k| tokens[k].lower == "to")?;
    // "fell from 35 to fewer than 10": the number it changed from is read
    // with this one, as a range's is.
    let before = to.checked_sub(1)?;
    let from_number =
        before >= 2 && tokens[before].starts_with_digit() && tokens[before - 1].lower == "from";
    let verb = if from_number { before - 2 } else { before };
    if !has_role(&tokens[verb].lower, ContextRole::Change) {
        return None;
    }
    // Back from the verb past names, function words and auxiliaries, to the
    // first other word: the subject's noun, or a noun that counts nothing
    // ("the index rose to 60", "prices rose to 300").
    let head = (verb.saturating_sub(SUBJECT_REACH)..verb)
        .rev()
        .take_while(|&k| tokens[k].is_word && !tokens[k].starts_with_digit())
        .find(|&k| {
            let t = &tokens[k];
            !t.is_capitalised()
                && !FUNCTION_WORDS.contains(t.lower.as_ref())
                && !has_role(&t.lower, ContextRole::Auxiliary)
                && !has_role(&t.lower, ContextRole::Adverb)
        })?;
    find(tokens, head, is_group, false)
        .filter(|noun| noun.kind.is_some() && noun.last < verb)
        .map(|noun| Counted {
            last: first,
            ..noun
        })
}

/// Tokens before a verb of change where its subject's noun may stand.
const SUBJECT_REACH: usize = 10;

/// What a bare number after "to" or "at" counts when its clause opens with
/// "the number of" a counted noun: "the number of civilians who have taken
/// shelter inside the Hmeimim airbase in Latakia has risen to more than
/// 8,000", "the number of Russian nationals living in Syria is estimated at
/// 25,000". No other number may stand between.
pub fn number_of_subject(
    tokens: &[Token<'_>],
    first: usize,
    is_group: &dyn Fn(&Token<'_>) -> bool,
) -> Option<Counted> {
    let before = first.checked_sub(1)?;
    if !matches!(tokens[before].lower.as_ref(), "to" | "at") {
        return None;
    }
    let of = (before.saturating_sub(NUMBER_OF_REACH)..before)
        .rev()
        .take_while(|&k| {
            !matches!(tokens[k].text, ";" | ":")
                && (!tokens[k].starts_with_digit() || in_a_date(tokens, k))
        })
        .find(|&k| k > 0 && tokens[k].lower == "of" && tokens[k - 1].lower == "number")?;
    find(tokens, of + 1, is_group, false)
        .filter(|noun| noun.kind.is_some() && noun.last < before)
        .map(|noun| Counted {
            last: first,
            ..noun
        })
}

/// Tokens between "the number of" and the figure it is told at, at most.
const NUMBER_OF_REACH: usize = 25;

/// People counted in brackets after a name in a sentence that tells of people
/// moved, rescued or killed before it: "the largest numbers were flown out by
/// Germany (780), France (538, of whom 209 French)".
pub fn bracketed_after_name(tokens: &[Token<'_>], first: usize, last: usize) -> Option<Counted> {
    let open = first.checked_sub(1)?;
    let name = open.checked_sub(1)?;
    let bracketed = tokens[open].text == "("
        && tokens[name].is_word
        && tokens[name].is_capitalised()
        && tokens
            .get(last + 1)
            .is_some_and(|t| matches!(t.text, ")" | ","));
    let people_cue = |k: usize| {
        tokens[k].opens(CATEGORY_CUE)
            && CATEGORY_CUES
                .starting_with(&tokens[k].lower)
                .iter()
                .any(|p| {
                    matches!(p.meaning, Cue::Evacuees | Cue::Departure | Cue::Casualties)
                        && words_at(tokens, k, &p.words)
                })
    };
    (bracketed && (0..name).any(people_cue))
        .then(|| Counted::plain(first, "people", Some(NounKind::People)))
}

/// The people a bare number at `first` counts as the size of a body of staff
/// named before "of" ("its crew of 24", "a team of 79"): a singular noun of
/// people or personnel.
pub fn collective_before(
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
) -> Option<(usize, Counted)> {
    let of = first.checked_sub(1)?;
    let noun = of.checked_sub(1)?;
    if tokens[of].lower != "of" || tokens[noun].lower.ends_with('s') {
        return None;
    }
    let kind = COUNTED_NOUNS
        .nouns
        .starting_with(&tokens[noun].lower)
        .iter()
        .find(|p| p.words.len() == 1 && words_at(tokens, noun, &p.words))
        .map(|p| p.meaning.kind)
        .filter(|k| matches!(k, NounKind::People | NounKind::Personnel))?;
    Some((last, Counted::plain(last, "people", Some(kind))))
}

/// True when the bare number at `first` is what a running total of people
/// reached: "bringing the total number of people airlifted to 2,197", "120
/// people were flown out, bringing the total to 1,466", "the
/// number of evacuees reached 3,000" (or "could reach", "exceeded"), "put the
/// number of citizens evacuated so far at 97". The total's word comes at most
/// 12 words before, and people or what was done to them are named between.
/// The kind of what it counts: the dead where they are named ("put the number
/// of bodies recovered at 3,922"), else people.
fn running_total(tokens: &[Token<'_>], first: usize) -> Option<NounKind> {
    let lower = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_ref());
    // Past the count's hedge ("is around 1,500", "at close to 1 million").
    let first = super::qualifiers::before(tokens, first).map_or(first, |(_, k)| k);
    let before = first.checked_sub(1)?;
    let (reached, put) = match lower(before) {
        "to" | "reached" | "reach" | "reaches" | "hit" | "topped" | "passed" | "exceeded"
        | "exceed" | "exceeds" | "is" | "was" | "are" | "were" => (before, false),
        "at" if matches!(
            lower(before.wrapping_sub(1)),
            "stood" | "stands" | "stand" | "standing" | "remained" | "remains"
        ) =>
        {
            (before - 1, false)
        }
        "at" => (before, true),
        _ => return None,
    };
    let total = (reached.saturating_sub(12)..reached)
        .rev()
        .find(|&k| matches!(lower(k), "total" | "number" | "tally"))?;
    // "at" alone needs someone who put the total there.
    let put_before =
        || (total.saturating_sub(3)..total).any(|k| matches!(lower(k), "put" | "puts" | "putting"));
    if put && !put_before() {
        return None;
    }
    let names_people = |k: usize| {
        CATEGORY_CUES.iter().any(|p| {
            matches!(p.meaning, Cue::Evacuees | Cue::Casualties) && words_at(tokens, k, &p.words)
        }) || nationality(&tokens[k], &|_| false).is_some()
            || COUNTED_NOUNS
                .nouns
                .starting_with(&tokens[k].lower)
                .iter()
                .any(|p| {
                    words_at(tokens, k, &p.words)
                        && matches!(
                            p.meaning.kind,
                            NounKind::People | NounKind::Personnel | NounKind::Casualties
                        )
                })
    };
    // "A further 120 people were flown out, bringing the total to 1,466": a
    // total the sentence opens with people moved before it, after a comma.
    let bringing = lower(total.wrapping_sub(1)) == "the"
        && matches!(
            lower(total.wrapping_sub(2)),
            "bringing" | "taking" | "raising"
        )
        && total + 1 == reached;
    let named = (total + 1..reached).any(names_people)
        || bringing && (total.saturating_sub(TOTAL_REACH)..total).any(names_people);
    let dead = |k: usize| {
        COUNTED_NOUNS
            .nouns
            .starting_with(&tokens[k].lower)
            .iter()
            .any(|p| words_at(tokens, k, &p.words) && p.meaning.kind == NounKind::Casualties)
    };
    named.then(|| {
        if (total + 1..reached).any(dead) {
            NounKind::Casualties
        } else {
            NounKind::People
        }
    })
}

/// Words before "bringing the total" in which the people it counts are named.
const TOTAL_REACH: usize = 20;

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&NATIONALITY_ADJECTIVE_ENDINGS);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::tokens;
    use crate::text::tokens::Tokens;

    fn counted(text: &str) -> Option<(String, Option<NounKind>)> {
        let text_tokens = Tokens::of(text);

        let tokens = tokens::split(&text_tokens);
        find(&tokens, 1, &|_| false, false).map(|c| (c.unit, c.kind))
    }

    #[rustfmt::skip]
    const NOUNS: &[(&str, &str, Option<NounKind>)] = &[
        ("45 Germans and other Europeans", "people", Some(NounKind::People)),
        ("25 tonnes of aid", "tonnes", Some(NounKind::Weight)),
        ("three more warships", "ships", Some(NounKind::Ships)),
        ("three Antonov An-124s", "aircraft", Some(NounKind::Aircraft)),
        ("12 Yak-130 trainer aircraft", "aircraft", Some(NounKind::Aircraft)),
        ("80-strong contingent of sailors", "people", Some(NounKind::Personnel)),
        ("dozens of Britons", "people", Some(NounKind::People)),
        ("three main military bases in", "bases", None),
        ("12 T-72 tanks", "tanks", Some(NounKind::Equipment)),
        ("several armoured personnel carriers", "vehicles", Some(NounKind::Equipment)),
        ("two Emergency Situations Ministry planes", "aircraft", Some(NounKind::Aircraft)),
        ("three Russian Air Force jets", "aircraft", Some(NounKind::Aircraft)),
        ("500 IDPs", "people", Some(NounKind::People)),
        ("18 MiG-29 fighters", "aircraft", Some(NounKind::Aircraft)),
        ("two S-400 systems", "missiles", Some(NounKind::Equipment)),
        ("three Chinooks", "helicopters", Some(NounKind::Aircraft)),
        ("two RAF Hercules", "aircraft", Some(NounKind::Aircraft)),
        ("two KC-135 tankers", "aircraft", Some(NounKind::Aircraft)),
        ("two CV-22s", "aircraft", Some(NounKind::Aircraft)),
        ("two other State Department charters", "flights", Some(NounKind::Aircraft)),
        ("two air force planes", "aircraft", Some(NounKind::Aircraft)),
        ("three MH-60s", "helicopters", Some(NounKind::Aircraft)),
        ("ten days", "days", Some(NounKind::Duration)),
        ("60 Russian and Belarusian nationals", "people", Some(NounKind::People)),
        ("300 Syrian or Lebanese refugees", "people", Some(NounKind::People)),
    ];

    #[test]
    fn finds_the_counted_noun() {
        for &(text, unit, kind) in NOUNS {
            assert_eq!(counted(text), Some((unit.to_string(), kind)), "{text:?}");
        }
    }

    #[test]
    fn bare_numbers_before_evacuation_or_casualty_verbs_count_people() {
        for (text, want) in [
            ("x 3,700 had been injured", true),
            ("x 250 died", true),
            ("x 14 left", false),
            ("x 300 evacuated", true),
            ("x 300 fled", true),
            ("x 1,000 were evacuated", true),
            ("x 40 were sold", false),
        ] {
            let text_tokens = Tokens::of(text);

            let tokens = tokens::split(&text_tokens);
            assert_eq!(subject_of_cue(&tokens, 2).is_some(), want, "{text:?}");
        }
    }

    #[test]
    fn partitives_and_bare_numbers_count_nothing() {
        for text in [
            "two of the ships",
            "1 of 5 photos",
            "14 an hour",
            "2017 when",
            "76 .",
        ] {
            assert_eq!(counted(text), None, "{text:?}");
        }
    }

    const ROWS: &[(&str, Category)] = &[
        (
            "Monitors said at least 40 men were executed in the village.",
            Category::Casualties,
        ),
        (
            "Gunmen stormed the town, taking more than 240 hostages back to Gaza.",
            Category::Other,
        ),
        (
            "The fighters took about 50 people hostage in the village.",
            Category::Other,
        ),
        (
            "The helicopter airlifted 12 hostages freed in the raid.",
            Category::Evacuees,
        ),
        (
            "Officials said 300 people were evacuated by sea.",
            Category::Evacuees,
        ),
        (
            "About 200 foreigners fled the city overnight.",
            Category::Evacuees,
        ),
        (
            "Some 5,000 citizens are registered with the embassy.",
            Category::Nationals,
        ),
        (
            "Shelling killed 12 civilians near the border.",
            Category::Casualties,
        ),
        ("The navy sent 3 frigates to the coast.", Category::Ships),
        (
            "The country sold 12 jets to the air force last year.",
            Category::Equipment,
        ),
        (
            "The base has 400 troops and a field hospital.",
            Category::Personnel,
        ),
        (
            "Planes delivered 30 tonnes of medical supplies.",
            Category::Aid,
        ),
        ("The convoy carried 30 tonnes of cement.", Category::Other),
        (
            "Five officials told reporters the talks failed.",
            Category::Other,
        ),
        (
            "The troops left the city, 3 officials said.",
            Category::Other,
        ),
        (
            "Cargo ships moved equipment from Syria to Libya, 4 people familiar with the matter told a news agency.",
            Category::Other,
        ),
        (
            "2 people briefed on the plans said the ships had moved equipment to Libya.",
            Category::Other,
        ),
    ];

    #[test]
    fn chooses_the_row_from_noun_and_clause() {
        for &(text, want) in ROWS {
            let text_tokens = Tokens::of(text);

            let tokens = tokens::split(&text_tokens);
            let at = tokens
                .iter()
                .position(|t| t.starts_with_digit() || t.lower == "five")
                .expect(text);
            let noun = find(&tokens, at + 1, &|_| false, false).expect(text);
            assert_eq!(
                category(noun.kind, &tokens, at, noun.last, noun.national),
                want,
                "{text:?}"
            );
        }
    }
}
