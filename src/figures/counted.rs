//! What a number counts, and the figures table's row it belongs to.
//!
//! The counted noun is looked for in the few words after the number, up to a
//! function word or punctuation: the first noun of `data/counted_nouns.tsv`
//! ("three more frigates", "12 Yak-130 trainer aircraft"), a capitalised plural
//! nationality noun ("60 Britons"), a collective noun's "of" phrase ("an
//! 80-strong contingent of sailors"), a model designation ("three Antonov
//! An-124s"), else the last plural noun ("three main military bases"). The row
//! comes from the noun's kind and, for people, from the cue words of its clause
//! (`data/category_cues.tsv`): "evacuated", "fled" → evacuees; "registered",
//! "living" → nationals; "killed" → casualties.

use crate::analysis::Category;
use crate::data::{
    has_role, ContextRole, Cue, NounKind, CATEGORY_CUES, COUNTED_NOUNS, FUNCTION_WORDS,
    MODEL_FAMILIES, NUMBER_WORDS,
};

use super::numbers::words_at;
use super::tokens::Token;

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
}

/// The noun counted by a number whose tokens end before `tokens[from]`, or
/// `None` when nothing is counted there ("two of the ships", "on Tuesday").
pub fn find(
    tokens: &[Token<'_>],
    from: usize,
    is_group: &dyn Fn(&Token<'_>) -> bool,
) -> Option<Counted> {
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
    for k in (at..tokens.len()).take(NOUN_PHRASE_WORDS) {
        let token = tokens.get(k)?;
        if !token.is_word
            || FUNCTION_WORDS.contains(token.lower.as_str())
            || (k > at && starts_number(token))
        {
            break;
        }
        if let Some(noun) = COUNTED_NOUNS
            .nouns
            .starting_with(&token.lower)
            .iter()
            .find(|p| words_at(tokens, k, &p.words))
        {
            let last = k + noun.words.len() - 1;
            let people = matches!(noun.meaning.kind, NounKind::People | NounKind::Personnel);
            if let (true, Some((_, unit))) = (people, model) {
                return Some(of_model(last, unit));
            }
            let of_follows = tokens.get(last + 1).is_some_and(|t| t.lower == "of");
            if follow_of && noun.meaning.collective && of_follows {
                let member = noun_phrase(tokens, last + 1, is_group, false);
                if let Some(member) = member.filter(|m| m.kind.is_some()) {
                    return Some(member);
                }
            }
            return Some(Counted {
                last,
                unit: noun.meaning.unit.to_string(),
                kind: Some(noun.meaning.kind),
            });
        }
        if let Some(unit) = model_family(token) {
            model = Some((k, unit));
        } else if let Some((unit, kind)) = nationality(token, is_group) {
            if let Some((model_at, unit)) = model {
                return Some(of_model(model_at.max(k), unit));
            }
            return Some(Counted {
                last: k,
                unit: unit.to_string(),
                kind: Some(kind),
            });
        } else if plural(token) {
            plain = Some(k);
        }
    }
    match (plain, model) {
        (Some(k), Some((_, unit))) => Some(of_model(k, unit)),
        (Some(k), None) => Some(Counted {
            last: k,
            unit: tokens.get(k)?.lower.clone(),
            kind: None,
        }),
        (None, Some((k, unit))) => Some(of_model(k, unit)),
        (None, None) => None,
    }
}

/// People counted by a bare number that is the subject of an evacuation or
/// casualty verb ("3,700 were injured", "250 died"), with the verb's last token.
pub fn subject_of_cue(tokens: &[Token<'_>], from: usize) -> Option<Counted> {
    let verb = (from..tokens.len()).take(3).find(|&k| {
        tokens
            .get(k)
            .is_some_and(|t| !has_role(&t.lower, ContextRole::Auxiliary))
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
        Cue::Departure => auxiliary || cue.words != ["left"],
        _ => false,
    };
    counts.then(|| Counted {
        last: verb + cue.words.len() - 1,
        unit: "people".into(),
        kind: Some(NounKind::People),
    })
}

/// True for a token that starts another number ("42 lorries carried 500 tonnes").
fn starts_number(token: &Token<'_>) -> bool {
    token.starts_with_digit()
        || token
            .lower
            .split('-')
            .all(|part| NUMBER_WORDS.contains_key(part))
}

fn of_model(last: usize, unit: &'static str) -> Counted {
    let kind = if unit == "aircraft" {
        NounKind::Aircraft
    } else {
        NounKind::Equipment
    };
    Counted {
        last,
        unit: unit.to_string(),
        kind: Some(kind),
    }
}

/// Words after "of" that make a part of a known whole ("two of the ships"), or
/// a number ("1 of 5 photos").
fn partitive(token: &Token<'_>) -> bool {
    token.starts_with_digit()
        || matches!(
            token.lower.as_str(),
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
fn model_family(token: &Token<'_>) -> Option<&'static str> {
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
    let word = token.lower.as_str();
    token.text == word
        && word.len() > 3
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && word.ends_with('s')
        && !["ss", "us", "is"].iter().any(|e| word.ends_with(e))
}

/// The row of a figure whose tokens run from `first` to `last`.
pub fn category(
    kind: Option<NounKind>,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
) -> Category {
    let cues = clause_cues(tokens, first, last);
    // A departure verb is weaker evidence than "evacuated" or "killed": in
    // "killing all 141 people on board" the killing decides.
    let nearest = |wanted: &[Cue], within: usize| {
        cues.iter()
            .filter(|(d, c)| *d <= within && wanted.contains(c))
            .min_by_key(|&&(d, c)| {
                d + if c == Cue::Departure {
                    DEPARTURE_PENALTY
                } else {
                    0
                }
            })
            .map(|&(_, c)| c)
    };
    let any = |cue: Cue| cues.iter().any(|&(_, c)| c == cue);
    let people = |cue: Option<Cue>, otherwise: Category| match cue {
        Some(Cue::Evacuees | Cue::Departure) => Category::Evacuees,
        Some(Cue::Nationals) => Category::Nationals,
        Some(Cue::Casualties) => Category::Casualties,
        _ => otherwise,
    };
    let sources = tokens.get(last + 1).is_some_and(|next| {
        CATEGORY_CUES
            .starting_with(&next.lower)
            .iter()
            .any(|p| p.meaning == Cue::Source && words_at(tokens, last + 1, &p.words))
    });
    match kind {
        Some(NounKind::People | NounKind::Personnel) if sources => Category::Other,
        Some(NounKind::People) => people(
            nearest(
                &[
                    Cue::Evacuees,
                    Cue::Departure,
                    Cue::Nationals,
                    Cue::Casualties,
                ],
                usize::MAX,
            ),
            Category::Other,
        ),
        Some(NounKind::Personnel) => people(
            nearest(&[Cue::Evacuees, Cue::Casualties], PERSONNEL_CUE_DISTANCE),
            Category::Personnel,
        ),
        Some(NounKind::Casualties) => Category::Casualties,
        Some(NounKind::Ships) if any(Cue::Trade) => Category::Equipment,
        Some(NounKind::Ships) => Category::Ships,
        Some(NounKind::Aircraft) if any(Cue::Trade) => Category::Equipment,
        Some(NounKind::Aircraft) => Category::Aircraft,
        Some(NounKind::Equipment) => Category::Equipment,
        Some(NounKind::Weight) if any(Cue::Aid) => Category::Aid,
        _ => Category::Other,
    }
}

/// The cues of the clause around tokens `first..=last`, each with its distance
/// in tokens from the figure (0 inside it).
fn clause_cues(tokens: &[Token<'_>], first: usize, last: usize) -> Vec<(usize, Cue)> {
    let boundary = |t: &Token<'_>| {
        matches!(
            t.lower.as_str(),
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
    let window_end = tokens.len().min(last + 1 + CLAUSE_TOKENS);
    // Another number also ends the clause: its cues are its own ("seized a jet
    // with 199 people aboard" says nothing of the hijackers counted before it).
    let ends = |t: &Token<'_>| boundary(t) || starts_number(t);
    let start = (window_start..first)
        .rev()
        .find(|&k| tokens.get(k).is_some_and(ends))
        .map_or(window_start, |k| k + 1);
    let end = (last + 1..window_end)
        .find(|&k| tokens.get(k).is_some_and(ends))
        .unwrap_or(window_end);
    let mut cues = Vec::new();
    for k in start..end {
        let Some(token) = tokens.get(k) else {
            break;
        };
        let phrases = CATEGORY_CUES.starting_with(&token.lower);
        if let Some(p) = phrases.iter().find(|p| words_at(tokens, k, &p.words)) {
            let distance = if k < first {
                first - k
            } else {
                k.saturating_sub(last)
            };
            cues.push((distance, p.meaning));
        }
    }
    cues
}

/// People counted by a bare number that is the object of an evacuation or
/// casualty verb ending right before `first` ("killed 50 and wounded 120",
/// "evacuated 300 on Sunday"), or the figure of a toll ("the death toll rose to 56").
pub fn object_of_cue(tokens: &[Token<'_>], first: usize) -> Option<Counted> {
    let verb = CATEGORY_CUES.iter().any(|p| {
        matches!(p.meaning, Cue::Evacuees | Cue::Departure | Cue::Casualties)
            && first
                .checked_sub(p.words.len())
                .is_some_and(|k| words_at(tokens, k, &p.words))
    });
    let before = first.checked_sub(1).and_then(|k| tokens.get(k));
    let toll = before.is_some_and(|t| matches!(t.lower.as_str(), "to" | "at" | "of"))
        && (first.saturating_sub(5)..first)
            .any(|k| tokens.get(k).is_some_and(|t| t.lower == "toll"));
    (verb || toll).then(|| Counted {
        last: first,
        unit: "people".into(),
        kind: Some(NounKind::People),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::tokens;

    fn counted(text: &str) -> Option<(String, Option<NounKind>)> {
        let tokens = tokens::split(text);
        find(&tokens, 1, &|_| false).map(|c| (c.unit, c.kind))
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
        ("18 MiG-29 fighters", "aircraft", Some(NounKind::Aircraft)),
        ("two S-400 systems", "missiles", Some(NounKind::Equipment)),
        ("three Chinooks", "helicopters", Some(NounKind::Equipment)),
        ("two RAF Hercules", "aircraft", Some(NounKind::Aircraft)),
        ("ten days", "days", Some(NounKind::Duration)),
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
            let tokens = tokens::split(text);
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
    ];

    #[test]
    fn chooses_the_row_from_noun_and_clause() {
        for &(text, want) in ROWS {
            let tokens = tokens::split(text);
            let at = tokens
                .iter()
                .position(|t| t.starts_with_digit() || t.lower == "five")
                .expect(text);
            let noun = find(&tokens, at + 1, &|_| false).expect(text);
            assert_eq!(
                category(noun.kind, &tokens, at, noun.last),
                want,
                "{text:?}"
            );
        }
    }
}
