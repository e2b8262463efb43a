//! Classification of the names no gazetteer or head word typed, once the whole
//! article is read: by the other names it shares words with, by its context,
//! else by its shape; and the types that hold across an article (surnames over
//! places, towns that play as clubs).

use std::borrow::Cow;
use std::cell::OnceCell;

use crate::analysis::EntityType;
use crate::span::ByteSpan;
use crate::text::{fold, table};

use super::acronyms::is_acronym;
use super::canonical;
use super::names::{
    is_title, CLUB_TOWNS, COUNTRIES, FIRST_NAMES, GAZETTEER, NAME_ARTICLES, SPORT_WORDS,
};
use super::words::{is_demonym, is_ordinary, is_person_shaped, title_case, Lowercase};
use super::{Context, Draft};
use crate::hash::{FastSet, Table};
use crate::lexicon::FUNCTION_WORDS;

/// Types the names no table or head word knew, now that the whole article is read:
/// a word that is another name's surname is a person, the first word of an
/// organisation's name is that organisation, the place of a facility is a place;
/// otherwise the context decides.
pub(super) fn classify_unknown(text: &str, drafts: &mut [Draft], lowercase: &Lowercase<'_>) {
    // Whether the article speaks of ships in lower case ("a container ship"),
    // asked of few names.
    let ships = OnceCell::new();
    let ships_told = || {
        *ships.get_or_init(|| {
            crate::lexicon::name_cue_words("ship_noun")
                .iter()
                .any(|w| lowercase.contains(w))
        })
    };
    let mut surnames: FastSet<String> = FastSet::default();
    // Of the full names with a given name before the surname ("Max van
    // Heeswijk", not "La Jolla" typed a person once).
    let mut given_surnames: FastSet<String> = FastSet::default();
    let mut org_words: FastSet<String> = FastSet::default();
    let mut places: FastSet<String> = FastSet::default();
    for d in drafts.iter().filter(|d| d.kind.is_some()) {
        let name = d.span.text(text);
        match d.kind {
            Some(EntityType::Person) if name.contains(' ') => {
                let surname = canonical::surname(name).map(canonical::key);
                if !canonical::particled_surname(name) {
                    given_surnames.extend(surname.clone());
                }
                surnames.extend(surname);
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
    // The names written mid-sentence, and the drafts' positions by span (the
    // last of a span last, searched rather than hashed): made when a name
    // first asks, as most articles' names never do.
    let mid_sentence: OnceCell<FastSet<&str>> = OnceCell::new();
    let is_mid_sentence = |drafts: &[Draft], name: &str| {
        mid_sentence
            .get_or_init(|| {
                drafts
                    .iter()
                    .filter(|d| !d.initial)
                    .map(|d| d.span.text(text))
                    .collect()
            })
            .contains(name)
    };
    // First what the article shows about each unknown name, then defaults. Full
    // names go first, so that a lone surname can take the type of its full name.
    // Each name's types, with how often each was shown.
    let mut shown: Table<String, Vec<(EntityType, usize)>> = Table::default();
    let mut defaulted = Vec::new();
    let by_span: OnceCell<Vec<(ByteSpan, usize)>> = OnceCell::new();
    let last_at = |drafts: &[Draft], span: ByteSpan| {
        let by_span = by_span.get_or_init(|| {
            let mut by_span: Vec<(ByteSpan, usize)> = drafts
                .iter()
                .enumerate()
                .map(|(i, d)| (d.span, i))
                .collect();
            crate::order::sort_by(&mut by_span, Ord::cmp);
            by_span
        });
        let after = by_span.partition_point(|&(s, _)| s <= span);
        after
            .checked_sub(1)
            .map(|k| by_span[k])
            .filter(|&(s, _)| s == span)
            .map(|(_, i)| i)
    };
    // A person's surname before "plane" is no model ("the Trump plane").
    let is_surname = |key: &str, surnames: &FastSet<String>| {
        surnames.contains(key) || GAZETTEER.person_with_surname(key).is_some()
    };
    for single in [false, true] {
        let order: Vec<usize> = (0..drafts.len())
            .filter(|&i| {
                let d = &drafts[i];
                d.kind.is_none() && (d.span.text(text).split_whitespace().count() == 1) == single
            })
            .collect();
        for i in order {
            // "the ports of Odesa, Chornomorsk and Yuzhne": a list shares a type,
            // that of the nearest name before in the list that has one (full
            // names are typed before the single ones between them).
            let mut listed_with = None;
            let mut before = drafts[i].context.listed_after;
            for _ in 0..LIST_REACH {
                let Some(j) = before.and_then(|span| last_at(drafts, span)) else {
                    break;
                };
                if let Some(kind) = drafts[j].kind {
                    listed_with = Some(kind).filter(|k| {
                        matches!(k, EntityType::Place | EntityType::Person | EntityType::Org)
                    });
                    break;
                }
                before = drafts[j].context.listed_after;
            }
            // An Arabic article read as a given name ("Al") opens a place's
            // name in a list of places ("Benghazi, Al Bayda and Derna").
            let article_among_places = listed_with == Some(EntityType::Place)
                && drafts[i]
                    .span
                    .text(text)
                    .split_whitespace()
                    .nth(1)
                    .is_some()
                && drafts[i]
                    .span
                    .text(text)
                    .split_whitespace()
                    .next()
                    .is_some_and(|first| NAME_ARTICLES.contains(fold::lower(first).as_str()));
            let d = &mut drafts[i];
            let name = d.span.text(text);
            let words = name.split_whitespace().count();
            let c = d.context;
            // A word in lower case after the name that is no closed-class word.
            let modifies_noun = || {
                let after = text[d.span.end..].trim_start_matches(' ');
                let next = after
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                next.starts_with(|c: char| c.is_lowercase()) && !FUNCTION_WORDS.contains(next)
            };
            let key = d
                .key
                .as_deref()
                .map_or_else(|| canonical::key(name), str::to_string);
            // A title word alone ("Major") is a person only as the surname of a
            // full name ("John Major").
            let bare_title = words == 1 && is_title(name.trim_end_matches('.'));
            let evidence = if bare_title {
                surnames.contains(&key).then_some(EntityType::Person)
            } else if c.vessel {
                Some(EntityType::Vessel)
            } else if c.aircraft && !(words == 1 && is_surname(&key, &surnames)) {
                Some(EntityType::Aircraft)
            } else if words == 1 && is_designation(name) {
                // A weapon's or an airframe's designation ("Pantsir-S1",
                // "RA-82041") is no body or person, whatever stands beside it.
                None
            } else if words == 1 && surnames.contains(&key)
                || particled_surname_of(name, |last| given_surnames.contains(last))
            {
                Some(EntityType::Person)
            } else if words == 1 && org_words.contains(name) {
                Some(EntityType::Org)
            } else if places.contains(&key) {
                Some(EntityType::Place)
            } else if let Some(variant) = d.variant {
                d.fixed = Some(Cow::Borrowed(variant.canonical));
                Some(variant.kind)
            } else if c.titled
                || words == 1 && GAZETTEER.person_with_surname(&key).is_some()
                || particled_surname_of(name, |last| GAZETTEER.person_with_surname(last).is_some())
            {
                Some(EntityType::Person)
            } else if is_acronym(name) && !c.product
                || c.org
                || name.contains(" & ")
                || is_camel_case(name)
                || is_initialism_with_particles(name)
            {
                Some(EntityType::Org)
            } else if c.place_strong {
                // "Police in Tacoma said": the place's preposition outweighs the
                // verb after it.
                Some(EntityType::Place)
            } else if c.article_before && words >= 2 && c.given && !modifies_noun() && ships_told()
            {
                // "The Joseph Schulte is going out": a person's name after
                // "the", in an article about ships, names one, unless it
                // modifies a noun ("the Howard Jones song").
                Some(EntityType::Vessel)
            } else if c.person && is_person_shaped(name)
                || c.given && !c.quoted && !article_among_places
                || words == 1 && FIRST_NAMES.contains(name) && !is_ordinary(name, lowercase)
            {
                Some(EntityType::Person)
            } else if c.apposition_org || c.source {
                Some(EntityType::Org)
            } else if c.place || c.apposition_place {
                Some(EntityType::Place)
            } else if let Some(kind) = listed_with {
                Some(kind)
            } else if labels_a_table_of_places(text, d.span) {
                Some(EntityType::Place)
            } else if words == 1 && is_demonym(name) {
                Some(EntityType::Group)
            } else {
                None
            };
            if let Some(kind) = evidence {
                let kinds = shown.or_insert_with(key, Vec::new);
                match kinds.iter_mut().find(|(k, _)| *k == kind) {
                    Some((_, n)) => *n += 1,
                    None => kinds.push((kind, 1)),
                }
                d.kind = Some(kind);
            } else if !bare_title {
                let initial_only = d.initial && !is_mid_sentence(drafts, name);
                drafts[i].kind = default_type(name, c, initial_only, lowercase);
                defaulted.push((i, key));
            }
            if drafts[i].kind == Some(EntityType::Person) && words >= 2 {
                let surname = canonical::surname(name).map(canonical::key);
                if !canonical::particled_surname(name) {
                    given_surnames.extend(surname.clone());
                }
                surnames.extend(surname);
            }
        }
    }
    // One name, one type per article: a name typed by its context in one place
    // keeps that type where nothing is said about it, the type shown most; in a
    // tie an organisation's or a person's cue wins over a place's, which is the
    // weakest ("from Burisma", "near Nadia Orlova"). Else a name that is a
    // person by its shape alone, listed after a place whose type was shown only
    // after it (full names go first), is a place: "the states of Bihar and Uttar
    // Pradesh".
    let mut by_default = vec![false; drafts.len()];
    for &(i, _) in &defaulted {
        by_default[i] = true;
    }
    for (i, key) in defaulted {
        if let Some(kinds) = shown.get(&key) {
            drafts[i].kind = kinds
                .iter()
                .max_by_key(|&&(k, n)| (n, k == EntityType::Org, k == EntityType::Person, k))
                .map(|&(k, _)| k);
        } else if drafts[i].kind == Some(EntityType::Person)
            && drafts[i]
                .context
                .listed_after
                .and_then(|span| last_at(drafts, span))
                .is_some_and(|j| !by_default[j] && drafts[j].kind == Some(EntityType::Place))
        {
            drafts[i].kind = Some(EntityType::Place);
        }
    }
}

/// Names before a name in a list read for the type it shares, at most.
const LIST_REACH: usize = 8;

/// True for one word of ASCII letters, ending in lowercase, with a capital
/// inside after more than a particle's lowercase ("DaimlerChrysler",
/// "BlackRock"; not "McCain", "DeSantis" or "VoIP"): firms write their names
/// so, people and places seldom.
fn is_camel_case(name: &str) -> bool {
    name.bytes().all(|b| b.is_ascii_alphabetic())
        && name.ends_with(|c: char| c.is_ascii_lowercase())
        && !is_person_shaped(name)
}

/// True for a surname with its particles whose surname's key `is_surname`
/// ("Bin Laden" of a well-known person, "Van Heeswijk" of the article's "Max
/// van Heeswijk").
fn particled_surname_of(name: &str, is_surname: impl Fn(&str) -> bool) -> bool {
    canonical::particled_surname(name)
        && name
            .split_whitespace()
            .last()
            .is_some_and(|last| is_surname(&canonical::key(last)))
}

/// True for three letters, a capital, "o" or "f", a capital: the initials of a
/// body named "X of Y" or "X for Y" ("MoD", "DoD", "DfE").
fn is_initialism_with_particles(name: &str) -> bool {
    matches!(name.as_bytes(), [a, b'o' | b'f', b] if a.is_ascii_uppercase() && b.is_ascii_uppercase())
}

/// A single word that is the surname of a person the article names in full is
/// that person, even where a gazetteer knows it as a place or a line of results
/// made it a team ("Rosa Lima … Lima scored"); after a place preposition it
/// stays a place ("in Lima").
pub(super) fn surnames_over_places(text: &str, drafts: &mut [Draft]) {
    let surnames: FastSet<String> = drafts
        .iter()
        .filter(|d| d.kind == Some(EntityType::Person))
        .filter_map(|d| {
            let name = d.span.text(text);
            name.contains(' ')
                .then(|| canonical::surname(name).map(canonical::key))
                .flatten()
        })
        .collect();
    // Without a full name there is no surname to key the places for.
    if surnames.is_empty() {
        return;
    }
    for d in drafts.iter_mut() {
        let name = d.span.text(text);
        let team = d.kind == Some(EntityType::Org) && d.context.results;
        if (d.kind == Some(EntityType::Place) || team)
            && !name.contains(' ')
            && !d.context.place_word_before
            && !is_acronym(name)
            && d.key.as_deref().map_or_else(
                || surnames.contains(&canonical::key(name)),
                |key| surnames.contains(key),
            )
        {
            d.kind = Some(EntityType::Person);
            d.fixed = None;
        }
    }
}

/// "The Ford" after "USS Gerald R. Ford", "the Kent" after "HMS Kent": the last
/// word of a ship the article names in full, after "the", is that ship, even
/// where a gazetteer knows it as a firm or a place.
pub(super) fn ships_by_their_last_word(text: &str, drafts: &mut [Draft]) {
    let ships: Table<&str, Cow<'static, str>> = drafts
        .iter()
        .filter(|d| d.kind == Some(EntityType::Vessel))
        .filter_map(|d| {
            let (_, last) = d.span.text(text).rsplit_once(' ')?;
            let canonical = d
                .fixed
                .clone()
                .unwrap_or_else(|| Cow::Owned(d.span.text(text).to_string()));
            (!last.contains('-')).then_some((last, canonical))
        })
        .collect();
    if ships.is_empty() {
        return;
    }
    for d in drafts.iter_mut() {
        if d.kind == Some(EntityType::Vessel) || d.kind == Some(EntityType::Person) {
            continue;
        }
        // A sentence's "The" may have been read into the name.
        let name = d.span.text(text);
        let (name, start) = match name.strip_prefix("The ") {
            Some(rest) => (rest, d.span.end - rest.len()),
            None => (name, d.span.start),
        };
        let Some(ship) = ships.get(name) else {
            continue;
        };
        let before = text[..start].trim_end_matches(' ');
        let after_the = before
            .len()
            .checked_sub(3)
            .and_then(|at| before.get(at..))
            .is_some_and(|word| word.eq_ignore_ascii_case("the"))
            && !before[..before.len() - 3].ends_with(char::is_alphanumeric);
        if after_the {
            d.span = ByteSpan::new(start, d.span.end);
            d.kind = Some(EntityType::Vessel);
            d.fixed = Some(ship.clone());
            d.key = None;
        }
    }
}

/// The type of an unknown name nothing in the article speaks for. A person needs
/// a person's shape and, alone, a single word needs more evidence than that
/// (a title, a verb of saying, a full name elsewhere), so a lone word stays out.
/// True when `span` is the whole label of a row of a table pasted as lines
/// whose other rows a known place labels ("Chichaoua: 202" under "Al Haouz:
/// 1,452"): a table of places.
fn labels_a_table_of_places(text: &str, span: ByteSpan) -> bool {
    let at_line_start = text[..span.start].ends_with('\n');
    let line_end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    let Some(table) = at_line_start
        .then(|| table::table_around(text, span.start))
        .flatten()
    else {
        return false;
    };
    table::row_label(&text[span.start..line_end]) == Some(span.text(text))
        && table.text(text).split('\n').any(|row| {
            table::row_label(row).is_some_and(|label| {
                GAZETTEER
                    .exact(label)
                    .is_some_and(|k| k.kind == EntityType::Place)
            })
        })
}

fn default_type(
    name: &str,
    c: Context,
    only_initial: bool,
    lowercase: &Lowercase<'_>,
) -> Option<EntityType> {
    let words = name.split_whitespace().count();
    if c.product || c.quoted || words == 1 && (only_initial || is_designation(name)) {
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
    // "JAMES WHITLOCK:", a transcript's speaker in capitals: a known given
    // name opens a person's name in any case.
    let shouted_given = words >= 2
        && !name.bytes().any(|b| b.is_ascii_lowercase())
        && name
            .split_whitespace()
            .next()
            .is_some_and(|first| FIRST_NAMES.contains(title_case(&fold::lower(first)).as_str()));
    if shouted_given {
        return Some(EntityType::Person);
    }
    if !is_person_shaped(name)
        || words >= 2
            && (c.article_before
                || name.contains(" of ")
                || name.contains(" for ")
                || name
                    .split_whitespace()
                    .any(|w| is_ordinary(w, lowercase) && !canonical::is_surname_particle(w)))
    {
        // People's names are not made of ordinary words but their particles
        // ("Stock Exchange", "Red
        // Star"), digits, capitals inside a word or acronyms ("SpiceJet", "Mac OS X"),
        // and seldom take an article ("the Dow Jones index").
        return Some(EntityType::Org);
    }
    if words == 1 && !c.results {
        return None;
    }
    // "St Catherine", "Port Antonio": a place's first word before a given name,
    // but an article, which opens people's names too ("El Hassane Lahssini").
    let place_prefix = name.split_whitespace().next().is_some_and(|first| {
        crate::lexicon::name_cue_words("place_prefix").contains(&first)
            && !NAME_ARTICLES.contains(fold::lower(first).as_str())
    });
    if place_prefix {
        return Some(EntityType::Place);
    }
    Some(EntityType::Person)
}

/// True for a model's designation: capitals, a hyphen, digits, perhaps a
/// suffix ("S-400", "AK-47s", "DC-9", "GLP-1", "RA-82041"), or a name and a
/// code of capitals and digits ("Pantsir-S1", "Tor-M2"). Unknown, it names a
/// weapon, a machine, an airframe or a substance, seldom a body.
fn is_designation(name: &str) -> bool {
    let Some((letters, rest)) = name.split_once('-') else {
        return false;
    };
    let coded = (1..=3).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && rest.bytes().all(|b| b.is_ascii_alphanumeric());
    let named_code = letters.starts_with(|c: char| c.is_ascii_uppercase())
        && letters.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && rest.bytes().any(|b| b.is_ascii_digit())
        && rest
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    coded || named_code
}

/// A town or county that plays somewhere in the article is a club in all its
/// mentions ("Essex 471" … "title rivals Essex"), except after a place word
/// ("in Essex") or in a dateline. In a sports report (a team plays, or two
/// words of sport are used), a town known for its club is that club wherever
/// it is named alone ("the former Blackburn skipper").
pub(super) fn teams_across_article(text: &str, drafts: &mut [Draft]) {
    let teams: FastSet<String> = drafts
        .iter()
        .filter(|d| d.context.team)
        .map(|d| fold::lower(d.span.text(text)))
        .collect();
    let club_of = |d: &Draft| {
        let town = d
            .fixed
            .as_deref()
            .filter(|_| d.kind == Some(EntityType::Place))?;
        CLUB_TOWNS.get(town).copied()
    };
    // Most articles name neither a team nor a club's town: their words are not read.
    let sports =
        !teams.is_empty() || drafts.iter().any(|d| club_of(d).is_some()) && is_sports_report(text);
    if !sports {
        return;
    }
    for d in drafts.iter_mut() {
        let club = club_of(d);
        // "lost 2-1 at Heerenveen": the ground of a match is its club.
        let at_ground = || club.is_some() && score_in_sentence(text, d.span);
        if d.kind != Some(EntityType::Place)
            || (d.context.place_word_before && !at_ground())
            || d.context.place_strong
            || d.fixed.as_deref().is_some_and(|c| COUNTRIES.contains(c))
        {
            continue;
        }
        if club.is_some() || teams.contains(&fold::lower(d.span.text(text))) {
            d.kind = Some(EntityType::Org);
            d.fixed = club.map(Cow::Borrowed);
        }
    }
}

/// Whether the sentence around `span` holds a score ("2-1"): digits, a hyphen,
/// digits, as a word of their own.
fn score_in_sentence(text: &str, span: ByteSpan) -> bool {
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let start = text[..span.start].rfind(is_end).map_or(0, |at| at + 1);
    let end = text[span.end..]
        .find(is_end)
        .map_or(text.len(), |at| span.end + at);
    text[start..end].split([' ', ',', '(', ')']).any(|word| {
        word.split_once('-').is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && a.len() <= 2
                && b.len() <= 2
                && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        })
    })
}

/// Whether `text` uses two different words of sport (`sport_word` in `name_cues.tsv`).
fn is_sports_report(text: &str) -> bool {
    let mut first: Option<String> = None;
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        if word.len() < 4 || word.len() > 12 {
            continue;
        }
        let lower = fold::lower(word);
        if !SPORT_WORDS.contains(lower.as_str()) {
            continue;
        }
        match &first {
            Some(seen) if *seen != lower => return true,
            Some(_) => {}
            None => first = Some(lower),
        }
    }
    false
}
