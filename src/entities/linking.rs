//! Linking: later short mentions take the type and name of the full one, then
//! every mention gets its canonical name (acronyms that of their definition).

use std::borrow::Cow;

use crate::analysis::EntityType;
use crate::span::ByteSpan;

use super::acronyms::is_acronym;
use super::canonical::{self, Named};
use super::names::{
    COUNTRY_ADJECTIVES, EVENT_PREFIXES, GAZETTEER, HEADS, NATIONAL_BODIES, NATIONAL_BODY_NAMES,
    SHIP_PREFIXES, SHIP_TITLES,
};
use super::{Draft, EntityMention};
use crate::hash::Table;
use crate::lexicon::CueRoles;

/// "the Department", "the Embassy": a body's head word alone after "the" points
/// back to the last body named before it with that word ("the Department of
/// Migrant Workers", "the Philippine Embassy in Tel Aviv"), whose canonical
/// name it takes as an acronym takes its definition's. A place's head word no
/// table knows alone does so too: "the Strait" after "the Strait of Hormuz".
pub(super) fn link_heads_to_bodies(text: &str, drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        let d = &drafts[i];
        let name = d.span.text(text);
        if d.fixed.is_some()
            || name.contains(' ')
            || !(text[..d.span.start].ends_with("the ") || text[..d.span.start].ends_with("The "))
        {
            continue;
        }
        let kind = HEADS
            .iter()
            .find(|h| h.words == name)
            .map(|h| h.kind)
            .filter(|&k| {
                k == EntityType::Org && d.kind == Some(k)
                    || k == EntityType::Place
                        && matches!(d.kind, Some(EntityType::Org | EntityType::Place))
                        && GAZETTEER.exact(name).is_none()
            });
        let Some(kind) = kind else {
            continue;
        };
        let named_before = drafts
            .iter()
            .filter(|b| b.span.end <= d.span.start && b.kind == Some(kind))
            .filter(|b| {
                let full = b.span.text(text);
                full.contains(' ') && full.split_whitespace().any(|w| w == name)
            })
            .max_by_key(|b| b.span.start)
            .map(|b| b.span);
        if named_before.is_some() {
            drafts[i].defined_by = named_before;
        }
    }
}

/// Later short mentions of ships and named events take the full name's type and
/// canonical name: "HMNZS Wellington" … "Wellington reached …", "Admiral
/// Kuznetsov" … "the Kuznetsov", "Hurricane Dorian" … "Dorian made landfall". A
/// place after a place preposition stays a place ("in Wellington").
pub(super) fn link_short_references(text: &str, drafts: &mut [Draft]) {
    let mut short: Table<String, (EntityType, String)> = Table::default();
    for d in drafts.iter() {
        let Some(kind @ (EntityType::Vessel | EntityType::Event)) = d.kind else {
            continue;
        };
        let name = d.span.text(text);
        let words: Vec<&str> = name.split_whitespace().collect();
        if name.ends_with("-class") {
            continue;
        }
        let first = CueRoles::of(words[0]);
        if words.len() >= 2 && first.has(SHIP_PREFIXES) || first.has(EVENT_PREFIXES) {
            short.or_insert_with(words[1..].join(" "), || (kind, name.to_string()));
        }
        if words.len() >= 2 && first.has(SHIP_TITLES) && kind == EntityType::Vessel {
            short.or_insert_with(words[1..].join(" "), || (kind, name.to_string()));
            if let Some(last) = words.last() {
                short.or_insert_with((*last).to_string(), || (kind, name.to_string()));
            }
        }
        short.or_insert_with(name.to_string(), || (kind, name.to_string()));
    }
    for d in drafts.iter_mut() {
        let name = d.span.text(text);
        let Some((kind, full)) = short.get(name) else {
            continue;
        };
        // A known place is a ship only as "the Kazan"; a word after a place
        // preposition is a place unless a given name made it a person ("debris
        // from Helene", after "Hurricane Helene"). A name no table knows as a
        // place was typed one by its neighbours only ("through the Suez
        // Canal, Carney intercepted"): the full name decides.
        let the_before = d.span.start >= 4 && text[..d.span.start].ends_with("the ");
        let known_place = || {
            GAZETTEER
                .exact(name)
                .is_some_and(|k| k.kind == EntityType::Place)
        };
        if d.kind == Some(*kind)
            || d.defined_by.is_some()
            || d.context.place_word_before && d.kind != Some(EntityType::Person)
            || d.kind == Some(EntityType::Place) && !the_before && known_place()
        {
            continue;
        }
        d.kind = Some(*kind);
        d.fixed = (full != name).then(|| Cow::Owned(full.clone()));
        // "Admiral Kuznetsov heads home", a headline whose "Admiral" was read
        // as a person's title: the ship's title word is part of its name.
        let title_before = full
            .strip_suffix(name)
            .and_then(|title| title.strip_suffix(' '))
            .filter(|title| CueRoles::of(title).has(SHIP_TITLES))
            .filter(|title| text[..d.span.start].ends_with(&format!("{title} ")));
        if let Some(title) = title_before {
            d.span = ByteSpan::new(d.span.start - title.len() - 1, d.span.end);
            d.fixed = None;
        }
    }
}

/// Links the drafts' canonical names and turns them into mentions. The drafts
/// are sorted by span and do not overlap.
pub(super) fn finish(text: &str, drafts: Vec<Draft>) -> Vec<EntityMention> {
    let named: Vec<Named<'_>> = drafts
        .iter()
        .map(|d| Named {
            kind: d.kind.unwrap_or(EntityType::Place),
            text: d.span.text(text),
            fixed: d.fixed.as_ref(),
            key: d.key.as_deref(),
        })
        .collect();
    let mut named = named;
    let mut canonicals = canonical::link(&named);
    spell_acronyms_from_the_article(&drafts, &named, &mut canonicals);
    name_possessed_bodies(&named, &mut canonicals);
    name_national_bodies_alike(&named, &mut canonicals);
    add_the_articles_nationality(&named, &mut canonicals);
    let at = |span: &ByteSpan| drafts.binary_search_by_key(span, |d| d.span).ok();
    // An acronym used again links like its definition; a defined one takes the
    // canonical name of what it abbreviates.
    let mut acronyms: Table<&str, (EntityType, Cow<'static, str>)> = Table::default();
    for (i, d) in drafts.iter().enumerate() {
        if let Some(def) = d.defined_by.as_ref().and_then(at) {
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

/// An acronym stands for the article's own organisation when that one's
/// initials spell it: "SDF" in a report on "Japan's Self-Defense Forces" is
/// not the gazetteer's Syrian Democratic Forces, and "FOMC" beside "the
/// Federal Open Market Committee" is that committee. Acronyms of three letters
/// or more only: two letters fit too many names.
fn spell_acronyms_from_the_article(
    drafts: &[Draft],
    named: &[Named<'_>],
    canonicals: &mut [Cow<'static, str>],
) {
    let is_org = |n: &Named<'_>| n.kind == EntityType::Org;
    for (i, acronym) in named.iter().enumerate() {
        let letters = acronym.text.bytes().filter(u8::is_ascii_uppercase);
        if !is_org(acronym)
            || drafts[i].defined_by.is_some()
            || !is_acronym(acronym.text)
            || letters.clone().count() < 3
        {
            continue;
        }
        let spelt = named.iter().position(|n| {
            is_org(n) && n.text.contains(' ') && initials(n.text).eq(letters.clone())
        });
        // "World Trade Organisation" beside the gazetteer's "World Trade
        // Organization" is the same body: the gazetteer's name stays.
        if let Some(name) =
            spelt.filter(|&n| !same_words_but_spelling(&canonicals[n], &canonicals[i]))
        {
            canonicals[i] = canonicals[name].clone();
        }
    }
}

/// The capitals that open the words and hyphenated parts of `name`
/// ("Self-Defense Forces" → "SDF", "Hayat Tahrir al-Sham" → "HTS").
fn initials(name: &str) -> impl Iterator<Item = u8> + '_ {
    name.split([' ', '-'])
        .filter_map(|word| word.bytes().next())
        .filter(u8::is_ascii_uppercase)
}

/// True when two names have the same words but for their endings: every
/// pair of words shares its first five letters (or the whole shorter word).
fn same_words_but_spelling(one: &str, other: &str) -> bool {
    let stem = |word: &str| word.as_bytes()[..word.len().min(5)].to_ascii_lowercase();
    one.split(' ').count() == other.split(' ').count()
        && one
            .split(' ')
            .zip(other.split(' '))
            .all(|(a, b)| stem(a) == stem(b))
}

/// A body every country has takes one name whatever the article's spelling
/// or word order (`national_bodies.tsv`): "Russian Ministry of Defense" is the
/// Russian Defence Ministry, "Ministry of Foreign Affairs" the Foreign
/// Ministry, in every article of a corpus.
fn name_national_bodies_alike(named: &[Named<'_>], canonicals: &mut [Cow<'static, str>]) {
    for (n, canonical) in named.iter().zip(canonicals.iter_mut()) {
        if n.kind != EntityType::Org {
            continue;
        }
        if let Some(body) = NATIONAL_BODY_NAMES.get(canonical.as_ref()) {
            *canonical = Cow::Borrowed(body);
            continue;
        }
        let renamed = canonical
            .split_once(' ')
            .and_then(|(adjective, rest)| {
                let body = NATIONAL_BODY_NAMES.get(rest)?;
                is_country_adjective(adjective).then(|| format!("{adjective} {body}"))
            })
            .or_else(|| body_of_country(canonical));
        if let Some(renamed) = renamed {
            *canonical = Cow::Owned(renamed);
        }
    }
}

/// The country a possessive gave a body ("Russia's Foreign Ministry" is the
/// Russian Foreign Ministry): the recogniser's name, whose adjective the
/// words as written lack.
fn possessed_by<'n>(n: &Named<'n>) -> Option<&'n Cow<'static, str>> {
    n.fixed.filter(|f| {
        f.split_once(' ')
            .is_some_and(|(a, _)| is_country_adjective(a) && !n.text.contains(a))
    })
}

/// Bodies of one name that possessives give two countries ("Russia's" and
/// "Turkey's Foreign Ministry", or "Japan's Foreign Ministry" and
/// "Singapore's Ministry of Foreign Affairs"), which the linking of written
/// forms had made one: each takes its own country, and the name without one
/// stays as written.
fn name_possessed_bodies(named: &[Named<'_>], canonicals: &mut [Cow<'static, str>]) {
    // One body in any of its written forms ("Ministry of Foreign Affairs").
    fn body(text: &str) -> &str {
        NATIONAL_BODY_NAMES.get(text).map_or(text, |b| b)
    }
    let possessed: Vec<_> = named.iter().filter(|n| possessed_by(n).is_some()).collect();
    let two_owners = |text: &str| {
        let mut owners = possessed.iter().filter(|n| body(n.text) == body(text));
        let first = owners.next().and_then(|n| possessed_by(n));
        owners.any(|n| possessed_by(n) != first)
    };
    for (n, canonical) in named.iter().zip(canonicals.iter_mut()) {
        if n.kind == EntityType::Org && two_owners(n.text) {
            *canonical =
                possessed_by(n).map_or_else(|| Cow::Owned(n.text.to_string()), Clone::clone);
        }
    }
}

/// "Ministry of Emergency Situations of the Russian Federation": a body
/// every country has, of a country the gazetteer knows, as the country's
/// adjective and the body's one name ("Russian Emergencies Ministry").
fn body_of_country(name: &str) -> Option<String> {
    name.match_indices(" of ").find_map(|(at, of)| {
        let body = NATIONAL_BODY_NAMES.get(&name[..at])?;
        let country = &name[at + of.len()..];
        let country = country.strip_prefix("the ").unwrap_or(country);
        let known = GAZETTEER
            .exact(country)
            .filter(|k| k.kind == EntityType::Place)?;
        let adjective = COUNTRY_ADJECTIVES.get(known.canonical)?;
        Some(format!("{adjective} {body}"))
    })
}

/// True for a country's adjective ("Russian"), as `countries.tsv` gives it.
fn is_country_adjective(word: &str) -> bool {
    COUNTRY_ADJECTIVES.values().any(|a| *a == word)
}

/// A body every country has (`national_body` in `name_cues.tsv`), named
/// without its country, takes the country the article gave it: "the
/// Emergencies Ministry" after "the Russian Emergencies Ministry" is that
/// ministry. Only when the article names one country's, and after it:
/// beside a Russian and a Ukrainian defence ministry, "the Defence Ministry"
/// stays as written, and so does a "Foreign Ministry" whose spokesman speaks
/// before "Ukraine's Foreign Ministry" is named.
fn add_the_articles_nationality(named: &[Named<'_>], canonicals: &mut [Cow<'static, str>]) {
    let orgs = || (0..named.len()).filter(|&i| named[i].kind == EntityType::Org);
    // The body without its adjective ("Emergencies Ministry"), the full
    // name (None once two countries' bodies share it), and where it is first named.
    let mut national: Vec<(&str, Option<Cow<'static, str>>, usize)> = Vec::new();
    for i in orgs() {
        let Some((adjective, body)) = canonicals[i].split_once(' ') else {
            continue;
        };
        let national_body = body
            .rsplit(' ')
            .next()
            .is_some_and(|last| CueRoles::of(last).has(NATIONAL_BODIES));
        if !national_body || !is_country_adjective(adjective) {
            continue;
        }
        let full = canonicals[i].clone();
        match national.iter_mut().find(|(b, _, _)| *b == body) {
            Some((_, seen, _)) if seen.as_ref() != Some(&full) => *seen = None,
            Some(_) => {}
            None => national.push((body, Some(full), i)),
        }
    }
    if national.is_empty() {
        return;
    }
    let named_fully: Vec<(String, Cow<'static, str>, usize)> = national
        .into_iter()
        .filter_map(|(body, full, first)| Some((body.to_string(), full?, first)))
        .collect();
    for i in orgs() {
        if let Some((_, full, _)) = named_fully
            .iter()
            .find(|(body, _, first)| *body == canonicals[i] && *first < i)
        {
            canonicals[i] = full.clone();
        }
    }
}
