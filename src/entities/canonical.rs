//! Canonical names: one name for all the variants of an entity.
//!
//! Transliterations of one name differ in a few regular ways (Tartous/Tartus,
//! Khmeimim/Hmeimim/Hmeymim, al-Assad/Assad), so names are compared by their
//! spelling [`key`], the text layer's fold. [`link`] then gives
//! every mention in an article the canonical name of its cluster: the
//! gazetteer's name when one is known, else the fullest form the article uses.

use crate::analysis::EntityType;

use std::borrow::Cow;
use std::cmp::Reverse;
use std::sync::LazyLock;

use super::names::{Head, CONNECTORS, COUNTRY_ADJECTIVES, GAZETTEER, HEADS, KEY_ARTICLES, REGIONS};
use crate::hash::Table;
use crate::text::fold;

/// The normalisation key of a name ([`fold::key`]) with the articles that
/// `name_cues.tsv` drops from names' keys ("al-Assad" = "Assad").
pub fn key(name: &str) -> String {
    fold::key(name, &KEY_ARTICLES)
}

/// A mention as the linker sees it.
#[derive(Debug, Clone)]
pub struct Named<'a> {
    /// The type.
    pub kind: EntityType,
    /// The name as written, without title or possessive.
    pub text: &'a str,
    /// A canonical name already fixed by the gazetteer, a pattern or an acronym.
    pub fixed: Option<&'a Cow<'static, str>>,
    /// Its [`key`], if already folded.
    pub key: Option<&'a str>,
}

/// How often a written form occurs, the index of its first mention (the
/// tie-break, so that the choice does not depend on hash order), and the
/// position of its cluster.
type Seen = (usize, usize, usize);

/// How a written form ranks as its cluster's name: how often it occurs, how
/// many lowercase letters it has (the fullest form), then the first written.
type Rank = (usize, usize, Reverse<usize>);

/// The mentions of one type whose written forms share a key.
#[derive(Default)]
struct Cluster<'a> {
    /// The name a table or a pattern fixed, from the first mention that has one.
    fixed: Option<Cow<'static, str>>,
    /// The mention whose own fixed name gave the body a country its words do
    /// not name ("Ukraine's Foreign Ministry"); None otherwise.
    fixed_at: Option<usize>,
    /// The best ranked written form.
    best: Option<(&'a str, Rank)>,
}

impl Cluster<'_> {
    /// The cluster's name for mention `index`: the fixed one, else its best
    /// ranked form, else `text`. A table's name is borrowed: most mentions
    /// have one. A mention before the one that fixed the name keeps the
    /// written form: "Foreign Ministry" before "Ukraine's Foreign Ministry"
    /// is not yet Ukraine's.
    fn name(&self, index: usize, text: &str) -> Cow<'static, str> {
        let best = || Cow::Owned(self.best.map_or(text, |(name, _)| name).to_string());
        match (&self.fixed, self.fixed_at) {
            (Some(_), Some(at)) if index < at => best(),
            (Some(fixed), _) => fixed.clone(),
            (None, _) => best(),
        }
    }
}

/// The canonical name of each mention, in order.
pub fn link(mentions: &[Named<'_>]) -> Vec<Cow<'static, str>> {
    // An article repeats its names: each written form is folded once, if not
    // before, and each mention finds its key and its cluster by position
    // afterwards. The maps are sized for every mention at once, as growing
    // one rehashes it.
    let n = mentions.len();
    let mut folded: Table<&str, Cow<'_, str>> = Table::with_capacity(n);
    let text_at: Vec<usize> = mentions
        .iter()
        .map(|m| {
            folded.position_or_insert_with(m.text, || {
                m.key.map_or_else(|| Cow::Owned(key(m.text)), Cow::Borrowed)
            })
        })
        .collect();
    let keys: Vec<&str> = text_at
        .iter()
        .map(|&at| folded.values()[at].as_ref())
        .collect();
    // Clusters of one type and one key, with the name a table or a pattern
    // fixed; how often each written form of a type occurs.
    let mut clusters: Table<(EntityType, &str), Cluster<'_>> = Table::with_capacity(n);
    // The written forms by their text's position in `folded` and their type:
    // each mention has its text's position already, so the text is not hashed again.
    const TYPES: usize = EntityType::Event as usize + 1;
    let mut seen: Vec<Option<Seen>> = vec![None; folded.values().len() * TYPES];
    let mut cluster_at: Vec<usize> = Vec::with_capacity(n);
    // People's full names by their given names' consonants: the cluster of
    // the first spelling of each.
    let mut given_name_spellings: Vec<(Vec<u8>, usize)> = Vec::new();
    for (index, (m, &k)) in mentions.iter().zip(&keys).enumerate() {
        // A form seen before is in its cluster already.
        let at = match &mut seen[text_at[index] * TYPES + m.kind as usize] {
            Some((count, _, at)) => {
                *count += 1;
                *at
            }
            form => {
                let at = match given_names_unvoweled(m.kind, k) {
                    Some(skeleton) => match given_name_spellings.iter().find(|s| s.0 == skeleton) {
                        Some(&(_, at)) => at,
                        None => {
                            let at =
                                clusters.position_or_insert_with((m.kind, k), Cluster::default);
                            given_name_spellings.push((skeleton, at));
                            at
                        }
                    },
                    None => clusters.position_or_insert_with((m.kind, k), Cluster::default),
                };
                *form = Some((1, index, at));
                at
            }
        };
        cluster_at.push(at);
        let cluster = &mut clusters.values_mut()[at];
        if cluster.fixed.is_none() {
            let country_added = m.fixed.is_some_and(|f| {
                f.split_once(' ').is_some_and(|(adjective, rest)| {
                    rest == m.text && COUNTRY_ADJECTIVES.values().any(|a| *a == adjective)
                })
            });
            cluster.fixed_at = country_added.then_some(index);
            cluster.fixed = m.fixed.cloned().or_else(|| {
                GAZETTEER
                    .find_keyed(m.text, k)
                    .filter(|g| g.kind == m.kind)
                    .map(|g| Cow::Borrowed(g.canonical))
            });
        }
    }
    // Each cluster's best ranked form.
    for &(count, first, at) in seen.iter().flatten() {
        let text = mentions[first].text;
        let lower = text.chars().filter(|c| c.is_lowercase()).count();
        let rank = (count, lower, Reverse(first));
        let cluster = &mut clusters.values_mut()[at];
        if cluster.best.is_none_or(|(_, best)| rank > best) {
            cluster.best = Some((text, rank));
        }
    }
    // The name of the cluster of `kind` and `text`, for a text that may be no
    // mention's.
    let best = |kind: EntityType, text: &str| -> Cow<'static, str> {
        clusters.get(&(kind, key(text).as_str())).map_or_else(
            || Cow::Owned(text.to_string()),
            |cluster| cluster.name(usize::MAX, text),
        )
    };
    let name_at = |index: usize, at: usize, text: &str| clusters.values()[at].name(index, text);
    // People: full names, by how often the article uses each, to resolve
    // surnames; with the key of each surname.
    let mut full_names: Vec<FullName> = Vec::new();
    for (index, (m, &at)) in mentions.iter().zip(&cluster_at).enumerate() {
        // "Van Boxmeer" after "Jean van Boxmeer" is a short mention, no full
        // name of its own.
        let shortened = || {
            particled_surname(m.text)
                && mentions
                    .iter()
                    .any(|o| o.kind == EntityType::Person && ends_with_name(o.text, m.text))
        };
        if m.kind == EntityType::Person && m.text.split_whitespace().count() >= 2 && !shortened() {
            let name = name_at(index, at, m.text).into_owned();
            match full_names.iter_mut().find(|f| f.name == name) {
                Some(entry) => entry.mentions.push(index),
                None => {
                    let surname = surname(&name).map(key).unwrap_or_default();
                    full_names.push(FullName {
                        name,
                        surname,
                        mentions: vec![index],
                    });
                }
            }
        }
    }
    mentions
        .iter()
        .zip(keys)
        .zip(cluster_at)
        .enumerate()
        .map(|(index, ((m, k), at))| match m.kind {
            EntityType::Person => without_patronymic(unshouted(
                person(m, index, k, &full_names).unwrap_or_else(|| name_at(index, at, m.text)),
            )),
            EntityType::Facility => facility(m, mentions, &best),
            EntityType::Place if m.fixed.is_none() => match without_place_head(m.text) {
                place if place == m.text => {
                    republic_of(m.text).unwrap_or_else(|| name_at(index, at, m.text))
                }
                place => best(m.kind, place),
            },
            EntityType::Org if m.fixed.is_none() => country_spelled_out(name_at(index, at, m.text)),
            EntityType::Group if m.fixed.is_none() && GAZETTEER.find_keyed(m.text, k).is_none() => {
                Cow::Owned(people_noun(m.text))
            }
            _ => name_at(index, at, m.text),
        })
        .collect()
}

/// A person's full name written in capitals only, in the case of names
/// ("JAMES WHITLOCK:", a transcript's speaker, is James Whitlock).
fn unshouted(name: Cow<'static, str>) -> Cow<'static, str> {
    if !name.contains(' ') || name.chars().any(char::is_lowercase) {
        return name;
    }
    let mut initial = true;
    let named = fold::lower(&name)
        .chars()
        .map(|c| {
            let c = if initial { c.to_ascii_uppercase() } else { c };
            initial = c == ' ';
            c
        })
        .collect();
    Cow::Owned(named)
}

/// A person's name without the patronymic before its surname: "Mikhail
/// Leonidovich Bogdanov" is the Mikhail Bogdanov of other reports.
fn without_patronymic(name: Cow<'static, str>) -> Cow<'static, str> {
    let Some(last) = name.rfind(' ') else {
        return name;
    };
    let Some(before) = name[..last].rfind(' ') else {
        return name;
    };
    let word = &name[before + 1..last];
    if word.starts_with(char::is_uppercase)
        && (word.ends_with("vich") || word.ends_with("vna") || word.ends_with("ichna"))
    {
        return Cow::Owned([&name[..before], &name[last..]].concat());
    }
    name
}

/// The key of a person's full name with the vowels of its given names
/// dropped, for names of two words or more: transliterations of one given name
/// differ in their vowels (Mohamed, Mohammad and Muhammad Hamdan Dagalo;
/// Abdel and Abdul Fattah al-Burhan), and a surname shared beside it makes
/// them one person. A given name of fewer than three consonants stays as it is
/// (Dan and Don Smith are two people), and so does the surname.
fn given_names_unvoweled(kind: EntityType, key: &str) -> Option<Vec<u8>> {
    let last_space = key.bytes().rposition(|b| b == b' ')?;
    if kind != EntityType::Person {
        return None;
    }
    // Bytes, not characters: the skeleton is only compared, and vowels are ASCII.
    let mut skeleton = Vec::with_capacity(key.len());
    for word in key.as_bytes()[..last_space].split(|&b| b == b' ') {
        let start = skeleton.len();
        for &b in word {
            if !matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
                && skeleton[start..].last() != Some(&b)
            {
                skeleton.push(b);
            }
        }
        if skeleton.len() - start < 3 {
            skeleton.truncate(start);
            skeleton.extend_from_slice(word);
        }
        skeleton.push(b' ');
    }
    skeleton.extend_from_slice(&key.as_bytes()[last_space + 1..]);
    Some(skeleton)
}

/// The word a person's full name is shortened to: its last, or its first
/// before a romanised given name ("Moon Jae-in" is "Moon", family name first).
pub fn surname(name: &str) -> Option<&str> {
    let last = name.split_whitespace().last()?;
    let given_name_part = last.split_once('-').is_some_and(|(a, b)| {
        a.starts_with(char::is_uppercase) && b.starts_with(char::is_lowercase)
    });
    if given_name_part {
        name.split_whitespace().next()
    } else {
        Some(last)
    }
}

/// The plural people noun of a nationality the gazetteer does not know, so
/// that the adjective and the noun link ("Zairean" → "Zaireans"); adjectives in
/// -ese keep their form ("Togolese").
fn people_noun(adjective: &str) -> String {
    if adjective.ends_with("ian") || adjective.ends_with("ean") || adjective.ends_with("an") {
        format!("{adjective}s")
    } else {
        adjective.to_string()
    }
}

/// A person's full name in an article, for its surname's mentions.
struct FullName {
    /// The canonical name.
    name: String,
    /// The key of its surname.
    surname: String,
    /// The mentions that give it, in text order.
    mentions: Vec<usize>,
}

/// The full name the mention at `index`, a short mention of a person, stands
/// for: of the article's full names ending in the same surname, one named
/// before it ("Li Song-ho said … Li said …", whoever comes later), the most
/// used, then the one the gazetteer knows by the surname, then the one named
/// last before it ("Elian Gonzalez" … "his father, Juan Miguel Gonzalez" …
/// "Gonzalez said" is the father); before any, the most used, then the
/// first named (a headline's "Assad" above "Bashar Assad" … "his brother
/// Maher al-Assad"); else the one well-known person with that surname.
/// `surname` is the mention's key.
fn person(
    m: &Named<'_>,
    index: usize,
    surname: &str,
    full_names: &[FullName],
) -> Option<Cow<'static, str>> {
    if m.fixed.is_none() && particled_surname(m.text) {
        return longer_name_ending_in(m.text, full_names);
    }
    if m.fixed.is_none() {
        if let Some(full) = full_name_of_initials(m.text, full_names) {
            return Some(full);
        }
    }
    if m.fixed.is_some() || m.text.split_whitespace().count() != 1 {
        return m.fixed.cloned();
    }
    let known = GAZETTEER.person_with_surname(surname);
    // Named before, then used most, then the one the gazetteer knows by the
    // surname, then named last before, or first.
    let rank = |f: &FullName| {
        let last_before = f.mentions.iter().rev().find(|&&at| at < index);
        let order = last_before.map_or(Reverse(f.mentions[0]), |&at| Reverse(usize::MAX - at));
        (
            last_before.is_some(),
            f.mentions.len(),
            known == Some(f.name.as_str()),
            order,
        )
    };
    let chosen = full_names
        .iter()
        .filter(|f| f.surname == surname)
        .max_by_key(|f| rank(f));
    match (chosen, known) {
        // A surname before any full name names the person the gazetteer knows
        // by it when the article's full names are other people of the family
        // the gazetteer knows too: "Assad's fall", a headline over a body
        // that names only his father Hafez al-Assad.
        (Some(f), Some(known))
            if rank(f).0
                || f.name == known
                || !full_names
                    .iter()
                    .filter(|f| f.surname == surname)
                    .all(|f| is_known_person(&f.name)) =>
        {
            Some(full_name_of_initials(&f.name, full_names).unwrap_or(Cow::Owned(f.name.clone())))
        }
        (Some(f), None) => {
            Some(full_name_of_initials(&f.name, full_names).unwrap_or(Cow::Owned(f.name.clone())))
        }
        // "Elena told …" after "Elena Kharitonova": a given name alone stands
        // for the one full name named before it that starts with it.
        (None, None) => {
            let mut starting = full_names
                .iter()
                .filter(|f| f.mentions[0] < index && f.name.split(' ').next() == Some(m.text));
            let first = starting.next()?;
            starting
                .next()
                .is_none()
                .then(|| Cow::Owned(first.name.clone()))
        }
        (_, known) => known.map(Cow::Borrowed),
    }
}

/// "S.V. Lavrov": the person of that surname whose name starts so, the
/// article's full name used most, else the gazetteer's; None for a name
/// written otherwise, or a person neither knows.
fn full_name_of_initials(name: &str, full_names: &[FullName]) -> Option<Cow<'static, str>> {
    let (initial, last) = initials_and_surname(name)?;
    let surname = key(last);
    let chosen = full_names
        .iter()
        .filter(|f| f.surname == surname && f.name.starts_with(initial))
        .filter(|f| initials_and_surname(&f.name).is_none())
        .max_by_key(|f| f.mentions.len());
    match chosen {
        Some(f) => Some(Cow::Owned(f.name.clone())),
        None => GAZETTEER
            .person_with_surname(&surname)
            .filter(|known| known.starts_with(initial))
            .map(Cow::Borrowed),
    }
}

/// The first initial and the surname of a name whose other words are all
/// initials ("S.V. Lavrov", "M. L. Bogdanov").
fn initials_and_surname(name: &str) -> Option<(char, &str)> {
    // Asked of every person's name: most have no stop, and are not split.
    if !name.contains('.') {
        return None;
    }
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let last = words.pop()?;
    let initials = !words.is_empty()
        && words.iter().all(|w| {
            w.split_terminator('.')
                .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
                && w.ends_with('.')
        });
    initials
        .then(|| (words[0].chars().next(), last))
        .and_then(|(c, l)| Some((c?, l)))
}

/// True for the canonical name of a person of the gazetteer.
fn is_known_person(name: &str) -> bool {
    GAZETTEER
        .exact(name)
        .is_some_and(|g| g.kind == EntityType::Person && g.canonical == name)
}

/// True for a surname with its particles ("Le Drian", "von der Leyen"),
/// which may be a short mention of a person, as a surname alone is; or a full
/// name whose given name is a particle's word ("Del Harris").
pub(super) fn particled_surname(text: &str) -> bool {
    let mut words = text.split_whitespace().rev();
    words.next().is_some() && {
        let mut particles = words.peekable();
        particles.peek().is_some() && particles.all(is_surname_particle)
    }
}

/// A name's particle in any case ("van", "Le", "bin"): a connector of
/// `name_cues.tsv` but "of", "for" and "and". Every one is short, so most
/// words are turned away by their length.
pub(super) fn is_surname_particle(word: &str) -> bool {
    word.len() <= 3
        && !["of", "for", "and"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
        && CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(word))
}

/// The article's most used full name that ends with `text`, a surname with
/// its particles ("Jean-Yves Le Drian" for "Le Drian"), else the well-known
/// person's so named ("Osama bin Laden" for "Bin Laden"); none without one.
fn longer_name_ending_in(text: &str, full_names: &[FullName]) -> Option<Cow<'static, str>> {
    let well_known = || {
        let last = text.split_whitespace().last()?;
        GAZETTEER
            .person_with_surname(&key(last))
            .filter(|full| ends_with_name(full, text))
            .map(Cow::Borrowed)
    };
    full_names
        .iter()
        .filter(|f| ends_with_name(&f.name, text))
        .max_by_key(|f| f.mentions.len())
        .map(|f| Cow::Owned(f.name.clone()))
        .or_else(well_known)
}

/// True when `full` ends with the words of `short` in any case, after a
/// space: "Jean-Yves Le Drian" with "le drian".
fn ends_with_name(full: &str, short: &str) -> bool {
    full.len() > short.len()
        && full.is_char_boundary(full.len() - short.len())
        && full[..full.len() - short.len()].ends_with(' ')
        && full[full.len() - short.len()..].eq_ignore_ascii_case(short)
}

/// A facility's canonical name: its place's canonical name and its head
/// ("Tartous harbour" → "Tartus harbour"). A bare "base" takes the fuller kind
/// of base the article names at the same place ("Hmeimim base" → "Hmeimim air base").
fn facility(
    m: &Named<'_>,
    mentions: &[Named<'_>],
    best: &dyn Fn(EntityType, &str) -> Cow<'static, str>,
) -> Cow<'static, str> {
    if let Some(f) = m.fixed {
        return f.clone();
    }
    let Some((place, head)) = split_facility(m.text) else {
        return Cow::Owned(m.text.to_string());
    };
    let place_key = key(place);
    let mut head = head;
    if head == "base" {
        if let Some((_, fuller)) = mentions
            .iter()
            .filter(|o| o.kind == EntityType::Facility)
            .filter_map(|o| split_facility(o.text))
            .find(|(p, h)| key(p) == place_key && h.ends_with(" base"))
        {
            head = fuller;
        }
    }
    // A club named after its town names no base: "Zaragoza air base" is not
    // Real Zaragoza's.
    let place = GAZETTEER
        .find(place)
        .filter(|k| k.kind != EntityType::Org)
        .map(|k| Cow::Borrowed(k.canonical))
        .unwrap_or_else(|| best(EntityType::Place, place));
    Cow::Owned(format!("{place} {head}"))
}

/// A place without a lowercase head that only says what kind of place it is
/// ("Hubei province" → "Hubei", "Sindh province" → "Sindh").
/// A known city keeps the head: "Damascus province" is not Damascus.
fn without_place_head(name: &str) -> &str {
    HEADS
        .iter()
        .filter(|h| h.kind == EntityType::Place && h.canonical == "-")
        .find_map(|h| name.strip_suffix(h.words)?.strip_suffix(' '))
        .filter(|place| {
            GAZETTEER
                .exact(place)
                .is_none_or(|k| REGIONS.contains(k.canonical))
        })
        .unwrap_or(name)
}

/// "the Republic of Belarus": a country's formal name, as statements in
/// translation write it, names the country the gazetteer knows by the rest.
fn republic_of(name: &str) -> Option<Cow<'static, str>> {
    let rest = name.strip_prefix("Republic of ")?;
    GAZETTEER
        .exact(rest)
        .filter(|k| k.kind == EntityType::Place)
        .map(|k| Cow::Borrowed(k.canonical))
}

/// An organisation named after its country's short name takes the country's
/// full name ("US Navy" → "United States Navy"), as the tables write theirs.
fn country_spelled_out(name: Cow<'static, str>) -> Cow<'static, str> {
    let Some((first, rest)) = name.split_once(' ') else {
        return name;
    };
    let short = first.chars().all(|c| c.is_uppercase() || c == '.');
    match GAZETTEER.exact(first) {
        Some(k) if short && k.kind == EntityType::Place && k.canonical != first => {
            Cow::Owned(format!("{} {rest}", k.canonical))
        }
        _ => name,
    }
}

/// The facility heads of [`HEADS`] in the table's order, each with its words
/// in lowercase, lowered once rather than at each name.
static FACILITY_HEADS: LazyLock<Vec<(String, &'static Head)>> = LazyLock::new(|| {
    HEADS
        .iter()
        .filter(|h| h.kind == EntityType::Facility)
        .map(|h| (fold::lower(h.words), h))
        .collect()
});

/// Splits a facility name into its place and the canonical form of its head
/// ("Hmeimim Air Base" → "Hmeimim", "air base").
pub fn split_facility(name: &str) -> Option<(&str, &'static str)> {
    let lower = fold::lower(name);
    FACILITY_HEADS
        .iter()
        .find(|(words, _)| {
            lower
                .strip_suffix(words.as_str())
                .is_some_and(|before| before.ends_with(' '))
        })
        .and_then(|(_, h)| {
            let cut = name.len().checked_sub(h.words.len() + 1)?;
            Some((name.get(..cut)?, h.canonical))
        })
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&FACILITY_HEADS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_drop_the_articles_of_the_name_cues() {
        for (a, b) in [
            ("Bashar al-Assad", "Bashar Assad"),
            ("Hayat Tahrir Al-Sham", "Hayat Tahrir al-Sham"),
            ("Zia-ul-Haq", "Zia Haq"),
            ("Tartous", "Tartus"),
        ] {
            assert_eq!(key(a), key(b), "{a} ~ {b}");
        }
        assert_ne!(key("Iran"), key("Iraq"));
    }

    fn named(kind: EntityType, text: &str) -> Named<'_> {
        Named {
            kind,
            text,
            fixed: None,
            key: None,
        }
    }

    #[test]
    fn a_tie_between_spellings_goes_to_the_first_written() {
        let (a, b) = ("Wadi Zeyrun", "Wadi Zeirun");
        assert_eq!(key(a), key(b));
        let forward = [a, b, b, a].map(|t| named(EntityType::Place, t));
        assert_eq!(link(&forward), vec![a; 4]);
        let backward = [b, a, a, b].map(|t| named(EntityType::Place, t));
        assert_eq!(link(&backward), vec![b; 4]);
    }

    #[test]
    fn spells_out_countries_and_drops_kinds_of_places() {
        let mentions = [
            named(EntityType::Org, "US Navy"),
            named(EntityType::Org, "Mediterranean fleet"),
            named(EntityType::Place, "Velmor province"),
            named(EntityType::Place, "Damascus province"),
            named(EntityType::Place, "Sindh province"),
            named(EntityType::Facility, "Velmor International Airport"),
        ];
        assert_eq!(
            link(&mentions),
            vec![
                "United States Navy",
                "Mediterranean fleet",
                "Velmor",
                "Damascus province",
                "Sindh",
                "Velmor International Airport"
            ]
        );
    }

    #[test]
    fn links_unknown_nationalities_to_their_people() {
        let mentions = [
            named(EntityType::Group, "Zairean"),
            named(EntityType::Group, "Zaireans"),
        ];
        assert_eq!(link(&mentions), vec!["Zaireans", "Zaireans"]);
    }

    #[test]
    fn a_known_place_names_its_base_in_any_spelling() {
        let mentions = [
            named(EntityType::Facility, "Khmeimim air base"),
            named(EntityType::Facility, "Hmeymim base"),
        ];
        assert_eq!(
            link(&mentions),
            vec!["Hmeimim air base", "Hmeimim air base"]
        );
    }

    #[test]
    fn a_name_ends_with_another_s_words_in_any_case() {
        assert!(ends_with_name("Jean-Yves Le Drian", "le Drian"));
        assert!(!ends_with_name("Nicole Drian", "le Drian"));
        assert!(!ends_with_name("Le Drian", "Le Drian"));
    }

    #[test]
    fn a_surname_with_its_particles_stands_for_the_full_name_ending_so() {
        let mentions = [
            named(EntityType::Person, "Le Drian"),
            named(EntityType::Person, "Jean-Yves Le Drian"),
            named(EntityType::Person, "Del Harris"),
        ];
        assert_eq!(
            link(&mentions),
            vec!["Jean-Yves Le Drian", "Jean-Yves Le Drian", "Del Harris"]
        );
    }

    #[test]
    fn a_surname_before_a_known_relative_names_the_person_known_by_it() {
        let mentions = [
            named(EntityType::Person, "Assad"),
            named(EntityType::Person, "Hafez al-Assad"),
            named(EntityType::Person, "Assad"),
            named(EntityType::Person, "Kovac"),
            named(EntityType::Person, "Marta Kovac"),
        ];
        assert_eq!(
            link(&mentions),
            vec![
                "Bashar al-Assad",
                "Hafez al-Assad",
                "Hafez al-Assad",
                "Marta Kovac",
                "Marta Kovac"
            ]
        );
    }

    #[test]
    fn of_two_relatives_named_as_often_a_surname_names_the_one_known_by_it() {
        // "Bashar al-Assad … Mr Assad … a 1971 agreement with Hafez
        // al-Assad … Mr Assad had fled": the son the gazetteer knows by the
        // surname, not the father named last in an aside.
        let mentions = [
            named(EntityType::Person, "Bashar al-Assad"),
            named(EntityType::Person, "Assad"),
            named(EntityType::Person, "Hafez al-Assad"),
            named(EntityType::Person, "Assad"),
        ];
        assert_eq!(
            link(&mentions),
            vec![
                "Bashar al-Assad",
                "Bashar al-Assad",
                "Hafez al-Assad",
                "Bashar al-Assad"
            ]
        );
    }

    #[test]
    fn a_surname_stands_for_a_full_name_named_before_it() {
        let mentions = [
            named(EntityType::Person, "Kovac"),
            named(EntityType::Person, "Marta Kovac"),
            named(EntityType::Person, "Kovac"),
            named(EntityType::Person, "Jan Kovac"),
            named(EntityType::Person, "Kovac"),
        ];
        assert_eq!(
            link(&mentions),
            vec![
                "Marta Kovac",
                "Marta Kovac",
                "Marta Kovac",
                "Jan Kovac",
                "Jan Kovac"
            ]
        );
    }

    #[test]
    fn given_names_spelled_with_other_vowels_name_one_person() {
        let mentions = [
            named(EntityType::Person, "Mohamed Hamdan Dagalo"),
            named(EntityType::Person, "Mohammad Hamdan Dagalo"),
            named(EntityType::Person, "Dagalo"),
            named(EntityType::Person, "Abdel Fattah al-Burhan"),
            named(EntityType::Person, "Abdul Fatah Burhan"),
            named(EntityType::Person, "Ahmed Karar"),
            named(EntityType::Person, "Ahmad Karar"),
            named(EntityType::Person, "Dan Smith"),
            named(EntityType::Person, "Don Smith"),
            named(EntityType::Person, "Mohamed Hamdan Daglo"),
        ];
        assert_eq!(
            link(&mentions),
            vec![
                "Mohamed Hamdan Dagalo",
                "Mohamed Hamdan Dagalo",
                "Mohamed Hamdan Dagalo",
                "Abdel Fattah al-Burhan",
                "Abdel Fattah al-Burhan",
                "Ahmed Karar",
                "Ahmed Karar",
                "Dan Smith",
                "Don Smith",
                "Mohamed Hamdan Daglo"
            ]
        );
    }

    #[test]
    fn a_patronymic_is_left_out_of_the_name() {
        let mentions = [
            named(EntityType::Person, "Mikhail Leonidovich Bogdanov"),
            named(EntityType::Person, "Bogdanov"),
            named(EntityType::Person, "Maria Vladimirovna Zakharova"),
            named(EntityType::Person, "Mikhail Bogdanov"),
            named(EntityType::Person, "Dmitri Shostakovich"),
            named(EntityType::Person, "Ivan Petrovich"),
        ];
        assert_eq!(
            link(&mentions),
            vec![
                "Mikhail Bogdanov",
                "Mikhail Bogdanov",
                "Maria Zakharova",
                "Mikhail Bogdanov",
                "Dmitri Shostakovich",
                "Ivan Petrovich"
            ]
        );
    }

    #[test]
    fn links_surnames_and_spellings_within_an_article() {
        let mentions = [
            named(EntityType::Person, "Olga Petrenko"),
            named(EntityType::Person, "Petrenko"),
            named(EntityType::Place, "Benghazy"),
            named(EntityType::Place, "Benghazy"),
            named(EntityType::Facility, "Benghazy air base"),
            named(EntityType::Facility, "Benghazy base"),
            named(EntityType::Facility, "Benghazi International Airport"),
        ];
        assert_eq!(
            link(&mentions),
            vec![
                "Olga Petrenko",
                "Olga Petrenko",
                "Benghazi",
                "Benghazi",
                "Benghazi air base",
                "Benghazi air base",
                "Benghazi International Airport"
            ]
        );
    }
}
