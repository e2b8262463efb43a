//! Headlines: lines in title case or all capitals, where a capital says nothing,
//! so a word is a name only if a gazetteer or the article's prose knows it.

use std::borrow::Cow;

use crate::analysis::EntityType;
use crate::span::ByteSpan;
use crate::text::fold;

use super::names::{COMMON_WORDS, CONNECTOR, COUNTRIES, GAZETTEER, TITLES, TITLE_MODIFIERS};
use super::recogniser::{all_roles, is_results_line};
use super::tokens::Token;
use super::words::{is_number, is_ordinary, Lowercase};
use super::{Context, Draft};
use crate::hash::Table;
use crate::lexicon::FUNCTION_WORDS;

/// How a sentence is capitalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Case {
    /// Ordinary prose: capitals mark names and sentence starts.
    Sentence,
    /// A headline in title case or all capitals: capitals say nothing.
    Headline,
}

/// Headlines are short lines where most long words are capitalised, and at
/// least two of them are ordinary words ("Withdraws", "From").
pub(super) fn case_of(toks: &[Token<'_>], lowercase: &Lowercase<'_>) -> Case {
    // Words of two letters or more, and among them the long ones (four characters
    // or more), counted in one pass.
    let (mut letters, mut all_caps, mut words) = (0, 0, 0);
    for t in toks.iter().filter(|t| t.has_letters()) {
        letters += 1;
        if t.has_no_lowercase() {
            all_caps += 1;
        }
        if t.is_long() {
            words += 1;
        }
    }
    // All capitals: a headline, a dateline ("NEW YORK"), a section title.
    if letters >= 2 && all_caps * 5 >= letters * 3 {
        return Case::Headline;
    }
    let is_content = |t: &&Token<'_>| t.has_letters() && t.is_long();
    // A full stop after lowercase content words is prose, however many names it holds.
    // Long lowercase words off the common-word list, counted (up to two) only
    // where they decide.
    let lowercase_content = || {
        toks.iter()
            .filter(is_content)
            .filter(|t| t.starts_lower() && !COMMON_WORDS.contains(t.text))
            .take(2)
            .count()
    };
    let full_stop = toks.last().is_some_and(|t| t.text == ".");
    if full_stop && (!(3..=12).contains(&words) || lowercase_content() >= 2) {
        return Case::Sentence;
    }
    // Title case leaves only function words in lower case: a lower-case verb or
    // noun of any length ("They met John Smith on Monday.") is prose. Name
    // particles ("de", "al-Assad") and units after numbers ("500 km") are not.
    let prose_word = toks.iter().enumerate().any(|(k, t)| {
        t.is_letters_and_digits()
            && t.starts_lower()
            && t.text.len() >= 3
            && t.text.bytes().all(|b| b.is_ascii_lowercase())
            && !FUNCTION_WORDS.contains(t.text)
            && !t.cues.has(CONNECTOR)
            && !k.checked_sub(1).is_some_and(|j| is_number(toks[j].text))
    });
    if prose_word {
        return Case::Sentence;
    }
    let capitalised = || toks.iter().filter(is_content).filter(|t| t.starts_upper());
    // Titles are capitalised in prose too ("Deputy Foreign Minister"); the
    // ordinary words are counted (up to two) only where they decide.
    let ordinary = || {
        capitalised()
            .filter(|t| is_ordinary(t.text, lowercase))
            .filter(|t| !TITLES.contains(t.text) && !TITLE_MODIFIERS.contains(t.text))
            .take(2)
            .count()
    };
    // Function words capitalised after the first word ("Ships Arrive In
    // Tartus To ...") are a title's, and count with the ordinary words.
    let capital_function_words = || {
        toks.iter()
            .skip(1)
            .filter(|t| t.starts_upper() && t.text.len() >= 2)
            .filter(|t| {
                let mut buffer = [0; 64];
                FUNCTION_WORDS.contains(fold::lowercase(t.text, &mut buffer).as_ref())
            })
            .take(2)
            .count()
    };
    // A label or a heading of a long word or two ("Key Takeaways:", "What We
    // Know", "Politics") needs one ordinary word among its capitals; a
    // credit in brackets is none ("(Photo: KSrelief)").
    let needed = if words >= 3 {
        2
    } else if toks.iter().any(|t| t.text == "(") {
        return Case::Sentence;
    } else {
        1
    };
    if capitalised().count() * 4 >= words * 3 && {
        let ordinary = ordinary();
        ordinary >= needed || ordinary + capital_function_words() >= needed
    } {
        Case::Headline
    } else {
        Case::Sentence
    }
}

/// Finds, in a headline, the names the gazetteers or the article's prose know.
pub(super) fn find_known(
    text: &str,
    toks: &[Token<'_>],
    free: &[bool],
    seen: &Table<String, (EntityType, Option<Cow<'static, str>>)>,
    drafts: &mut Vec<Draft>,
) {
    // Headlines are few: their numbers are counted whatever their tokens.
    let results = is_results_line(toks, all_roles(toks), true);
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
            let lower = fold::lower(name);
            // "The Wives Who Stayed Behind": a function word in title case is
            // no acronym the gazetteer knows in capitals (WHO).
            let function_word =
                FUNCTION_WORDS.contains(lower.as_str()) && name.contains(char::is_lowercase);
            let found = seen.get(&lower).cloned().or_else(|| {
                GAZETTEER
                    .folded(name)
                    .filter(|_| !function_word)
                    .map(|k| (k.kind, Some(Cow::Borrowed(k.canonical))))
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
                    key: None,
                    initial: false,
                });
                i = e;
            }
            None => i += 1,
        }
    }
}
