//! Datelines: the place in capitals (and its region) that opens a line before
//! the date ("OSLO 2024-05-02", "LIMA, March 3").

use super::names::{GAZETTEER, PLACE_NOUNS};
use super::tokens::Token;
use super::words::title_case;
use crate::analysis::EntityType;
use crate::text::fold;

/// A dateline opening an all-capitals line ("OSLO 2024-05-02", "TARSK , Norland
/// 1996-08-30", "LIMA, March 3", "DEIR HAFER, Syria (AP) —"): the place in
/// capitals and its region before the date or the agency, as token ranges.
pub(super) fn dateline_places(toks: &[Token<'_>]) -> Vec<(usize, usize)> {
    let all_caps = |t: &Token<'_>| {
        t.is_word
            && t.text.chars().any(char::is_uppercase)
            && !t.text.chars().any(char::is_lowercase)
            && !is_month(t.text)
            && !is_calendar_word("weekday", t.text)
    };
    // A numeric date ("1996-08-30", "5/2/2024"; not "26-year-old") or a month
    // and a day ("MARCH 3").
    let numeric_date = |word: &str| {
        word.starts_with(|c: char| c.is_ascii_digit())
            && word.contains(['-', '/'])
            && word
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b'/')
    };
    let dated = |at: usize| {
        toks.get(at).is_some_and(|t| {
            numeric_date(t.text)
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
    // Old wire copy writes its dash as "_" ("BONN, Germany (AP)_ A phony").
    let is_dash = |at: usize| {
        toks.get(at)
            .is_some_and(|t| matches!(t.text, "-" | "–" | "—" | "_"))
    };
    // An agency's name in brackets before a dash ("(Reuters) -") opens a story
    // as a date does; without the dash it may be a table's row ("GILT ( SEP )").
    let agency = |at: usize| {
        toks.get(at).is_some_and(|t| t.text == "(")
            && toks.get(at + 1).is_some_and(Token::is_capitalised)
            && toks.get(at + 2).is_some_and(|t| t.text == ")")
            && is_dash(at + 3)
    };
    let mut places = vec![(0, place_end)];
    let mut at = place_end;
    let mut region_read = false;
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
        region_read = true;
        // An abbreviated region's full stop: "KANSAS CITY, Mo. 1996-08-28";
        // a comma before the date: "GORIS, Armenia, Sept 27".
        if toks.get(at).is_some_and(|t| t.text == ".") {
            at += 1;
        }
        if toks.get(at).is_some_and(|t| t.text == ",") && dated(at + 1) {
            at += 1;
        }
    } else if toks.get(at).is_some_and(|t| t.text == ",") {
        at += 1;
    }
    // After a region a dash opens the story too ("DEIR HAFER, Syria — "); a
    // word in capitals alone before a dash may be a headline's label
    // ("EXCLUSIVE - ") unless it names a place.
    let dash = || region_read && is_dash(at);
    // A known place alone before a dash opens a story too ("KYIV — "), or a
    // name ending in a place noun ("PASAY CITY - "), where a label would not.
    let place_before_dash = || {
        let words: Vec<&str> = toks[..place_end].iter().map(|t| t.text).collect();
        let named_place = place_end >= 2 && toks[place_end - 1].lowercase_cues().has(PLACE_NOUNS);
        is_dash(at)
            && (named_place
                || GAZETTEER
                    .folded(&words.join(" "))
                    .is_some_and(|known| known.kind == EntityType::Place))
    };
    if dated(at) || agency(at) || dash() || place_before_dash() {
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
    let word = title_case(&fold::lower(word.trim_end_matches('.')));
    crate::lexicon::CALENDAR_NAMES
        .iter()
        .any(|(k, name, _)| *k == kind && *name == word)
}
