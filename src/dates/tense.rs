//! The tense cues of a sentence: the words and phrases of `data/tense_cues.tsv`,
//! and any other word in "-ed" as past, read off the sentence's tokens: only
//! a word the token layer marks as a cue's first word is looked up in a table.
//!
//! They read as a case-insensitive regex alternation of whole words would
//! (which they once were, and whose compilation cost the page's first analysis
//! more than any other pattern): a cue is whole words in any case, the words
//! of a phrase apart by whitespace only; the leftmost cue wins, and at one word
//! the cue listed first; cues of one tense never overlap. A phrase of tense
//! `none` ("next to") is matched as a cue is, and then dropped. The tokens' words
//! are the regex's runs of word characters, and their folds equal a cue's
//! lower-case ASCII letters exactly when the regex's case-insensitive
//! comparison does.

use std::sync::LazyLock;

use super::resolve::Tense;
use crate::hash::Table;
use crate::lexicon::{CueTense, TenseCue, FUNCTION_WORDS, TENSE_CUE_WORDS};
use crate::text::tokens::{Tokens, ALL_CAPS, CAPITALISED, PUNCTUATION, SPACED, TENSE_CUE, WORD};

/// The cues of one tense by their first word, each word's in the file's order.
type CueTable = Table<&'static str, Vec<&'static TenseCue>>;

static FUTURE_CUES: LazyLock<CueTable> = LazyLock::new(|| cue_table(CueTense::Future));
static PAST_CUES: LazyLock<CueTable> = LazyLock::new(|| cue_table(CueTense::Past));
/// The verbs that hold something back (`holds` in tense_cues.tsv), a handful
/// looked through once for each cue word of a sentence with a date.
static HOLDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    TENSE_CUE_WORDS
        .iter()
        .filter(|c| c.tense == CueTense::Holds)
        .map(|c| c.words[0])
        .collect()
});

/// The cues of `tense`, after the phrases that tell none, which are tried first.
fn cue_table(tense: CueTense) -> CueTable {
    let mut table: CueTable = Table::default();
    let told = |t: CueTense| TENSE_CUE_WORDS.iter().filter(move |c| c.tense == t);
    for cue in told(CueTense::Neither).chain(told(tense)) {
        table.or_insert_with(cue.words[0], Vec::new).push(cue);
    }
    table
}

/// The tense cues of a sentence: (start, end, tense) in bytes, in text order.
/// Where a past and a future cue start together, the future one counts.
pub fn tense_cues(tokens: &Tokens<'_>) -> Vec<(usize, usize, Tense)> {
    let mut cues: Vec<(usize, usize, Tense)> = cues_of(tokens, &FUTURE_CUES, false)
        .into_iter()
        .map(|(start, end)| (start, end, Tense::Future))
        .collect();
    let sentence = tokens.sentence();
    // A past form right after a modal or "to" is the verb the modal governs
    // ("stocks will last until the weekend", "would be left", "to last").
    let futures = cues.len();
    let governed = |start: usize, cues: &[(usize, usize, Tense)]| {
        let before = sentence[..start].trim_end_matches(' ');
        before.len() < start
            && (cues[..futures].iter().any(|c| c.1 == before.len())
                || before
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("to")))
    };
    for (start, end) in cues_of(tokens, &PAST_CUES, true) {
        if !cues.iter().any(|c| c.0 == start) && !governed(start, &cues) {
            cues.push((start, end, Tense::Past));
        }
    }
    // The starts differ, so the crate's one stable sort gives the same order.
    crate::order::sort_by_key(&mut cues, |c| c.0);
    cues
}

/// What a sentence's clauses tell of the tense beside its tense cues.
#[derive(Debug, Default)]
pub struct Clauses {
    /// Where its commas and semicolons are, in order: a cue past one is in
    /// another clause than an expression.
    pub breaks: Vec<usize>,
    /// Where the words right after "until", "till" or "through" start when a
    /// verb that holds something back comes before them in their clause
    /// ("flights were suspended until Friday"), in order: what is held is
    /// held until a day to come, whatever the tense.
    pub held_until: Vec<usize>,
    /// Where the words right after "until", "till" or "through" start, and
    /// those right after "on" or "for" behind a present progressive in their
    /// clause ("is sending a plane on Thursday", "are chartering a flight
    /// for Friday"), in order: with no cue in its clause, an expression there
    /// is still to come ("the airport is closed until Friday"). Not at the
    /// sentence's start: "Until Thursday, they had not …" belongs to the
    /// clause after its comma.
    pub still_to_come: Vec<usize>,
    /// Deadlines after an infinitive: where the words right after "by",
    /// "before", "until" or "till" start, each with where the last "to" and
    /// its verb before them in their clause starts ("urged them to leave by
    /// Sunday"), in order. Whatever was said, what is to be done is to come.
    pub deadlines: Vec<(usize, usize)>,
    /// Where each infinitive ("to" and its verb) starts, in order: with no cue
    /// in its clause, an expression after one in the same clause is still to
    /// come ("Russia to evacuate citizens on Friday").
    pub infinitives: Vec<usize>,
    /// Where each "that" or "and" starts, in order: a cue after one
    /// belongs to the clause or the verb it opens, not to an expression
    /// before it ("said on Thursday that the government would pay", "met on
    /// Wednesday and were due to meet again on Friday").
    pub clause_starts: Vec<usize>,
}

/// The words that, with no tense cue in their clause, look forward to the
/// expression after them.
const UNTIL: [&str; 3] = ["until", "till", "through"];

/// The words that set a deadline before an expression ("to leave by Sunday",
/// "to keep assistance going through March").
const DEADLINE: [&str; 5] = ["by", "before", "until", "till", "through"];

/// The sentence's [`Clauses`].
pub fn clauses(tokens: &Tokens<'_>) -> Clauses {
    let sentence = tokens.sentence().as_bytes();
    let mut clauses = Clauses::default();
    let mut words_before = false;
    // The last infinitive of the clause: "to" and a lowercase word that is no
    // article or pronoun ("to leave", not "to the port").
    let mut infinitive: Option<usize> = None;
    // Whether a verb that holds something back came before in the clause.
    let mut holding = false;
    // Whether a present progressive came before in the clause.
    let mut progressive = false;
    for (i, token) in tokens.all().iter().enumerate() {
        if token.is(PUNCTUATION) && matches!(sentence[token.start], b',' | b';') {
            clauses.breaks.push(token.start);
            infinitive = None;
            holding = false;
            progressive = false;
        } else if token.is(WORD) {
            let word = tokens.folded(i);
            holding |= token.is(TENSE_CUE) && HOLDS.contains(&word);
            if matches!(word, "that" | "and") {
                clauses.clause_starts.push(token.start);
                progressive = false;
            }
            // "is reviewing its contracts after the fall of Assad on December
            // 8": a day after "after" or "since" is the past event's.
            progressive &= !matches!(word, "after" | "since");
            let next = tokens.get(i + 1).filter(|t| t.is(WORD | SPACED));
            if let Some(next) = next {
                if progressive && matches!(word, "on" | "for") {
                    clauses.still_to_come.push(next.start);
                }
                // "is sending", not "is being" nor a name ("is Reading").
                let participle = tokens.folded(i + 1);
                progressive |= matches!(word, "is" | "are" | "am")
                    && sentence[next.start].is_ascii_lowercase()
                    && participle.len() > 5
                    && participle.ends_with("ing");
                if words_before && UNTIL.contains(&word) {
                    // "until at least Saturday": the day after the hedge.
                    let hedged = tokens.folded(i + 1) == "at"
                        && tokens.get(i + 2).is_some()
                        && tokens.folded(i + 2) == "least";
                    let day = tokens.get(i + 3).filter(|_| hedged).unwrap_or(next);
                    clauses.still_to_come.push(day.start);
                    if holding {
                        clauses.held_until.push(day.start);
                    }
                }
                if let Some(to) = infinitive.filter(|_| DEADLINE.contains(&word)) {
                    clauses.deadlines.push((next.start, to));
                }
                // A plural noun is no verb ("delivered clothing to residents");
                // a verb's own "s" is doubled or after a vowel ("to press", "to focus").
                let plural = |word: &str| {
                    word.ends_with('s') && !["ss", "us", "is"].iter().any(|e| word.ends_with(e))
                };
                let verb = || {
                    sentence[next.start].is_ascii_lowercase()
                        && !FUNCTION_WORDS.contains(tokens.folded(i + 1))
                        && !plural(tokens.folded(i + 1))
                };
                if word == "to" && verb() {
                    infinitive = Some(token.start);
                    clauses.infinitives.push(token.start);
                }
            }
            words_before = true;
        }
    }
    clauses
}

/// The spans of the cues of `table` in the sentence, left to right, none
/// overlapping; `regular_past` adds any word in "-ed" after the listed cues.
fn cues_of(tokens: &Tokens<'_>, table: &CueTable, regular_past: bool) -> Vec<(usize, usize)> {
    let sentence = tokens.sentence().as_bytes();
    let mut found = Vec::new();
    let mut searched_to = 0;
    for (i, word) in tokens.all().iter().enumerate() {
        if !word.is(WORD) {
            continue;
        }
        // A capital past the sentence's first token starts a name, not a
        // verb ("the United Nations", "Ahmed"); a word in capitals may be one
        // ("LISTED").
        let name = i > 0 && word.is(CAPITALISED) && !word.is(ALL_CAPS);
        // A word that opens no listed cue can only be a regular past, whose
        // fold ends in "-ed" (so its last two bytes are "ed" in any case) and
        // is no longer than the word: most words are let go here, by their
        // classes and last bytes.
        let regular_past_here = regular_past
            && !name
            && word.end - word.start >= 4
            && word.start >= searched_to
            && sentence[word.end - 2..word.end].eq_ignore_ascii_case(b"ed");
        if !word.is(TENSE_CUE) && !regular_past_here {
            continue;
        }
        let folded = tokens.folded(i);
        let listed = if word.is(TENSE_CUE) {
            table.get(folded).map_or(&[][..], Vec::as_slice)
        } else {
            &[]
        };
        // A clitic starts at the apostrophe right before its word, so it is
        // tried before the cues that start at the word itself.
        let apostrophe = word
            .start
            .checked_sub(1)
            .filter(|&at| at >= searched_to && sentence[at] == b'\'');
        // Where the first listed phrase that matches ends, and whether it is a
        // cue: a past participle after a present or bare "be" tells no past
        // ("will be paid", "is held"), as a regular one does not.
        let matched = |clitic: bool| {
            listed.iter().filter(|c| c.clitic == clitic).find_map(|c| {
                phrase_end(tokens, i, &c.words).map(|end| {
                    let participle = c.tense == CueTense::Past
                        && c.words.len() == 1
                        && after_present_be(tokens, i);
                    (end, c.tense != CueTense::Neither && !participle)
                })
            })
        };
        let clitic = apostrophe.and_then(|at| {
            let (end, is_cue) = matched(true)?;
            Some((at, end, is_cue))
        });
        let whole = || {
            if word.start < searched_to {
                return None;
            }
            let (end, is_cue) = matched(false).or_else(|| {
                (regular_past && !name && is_regular_past(folded) && !after_present_be(tokens, i))
                    .then_some((word.end, true))
            })?;
            Some((word.start, end, is_cue))
        };
        if let Some((start, end, is_cue)) = clitic.or_else(whole) {
            if is_cue {
                found.push((start, end));
            }
            searched_to = end;
        }
    }
    found
}

/// Where `phrase` ends when it starts with the word at `first` (whose fold is
/// its first word), each word after the first right after the one before,
/// apart from it by whitespace only.
fn phrase_end(tokens: &Tokens<'_>, first: usize, phrase: &[&str]) -> Option<usize> {
    let mut last = first;
    for word in &phrase[1..] {
        last += 1;
        tokens.get(last).filter(|t| t.is(WORD | SPACED))?;
        (tokens.folded(last) == *word).then_some(())?;
    }
    Some(tokens.all()[last].end)
}

/// A word of ASCII letters in "-ed" with at least two letters before the ending.
fn is_regular_past(folded: &str) -> bool {
    folded.len() >= 4 && folded.ends_with("ed") && folded.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether the word at `index` follows a present or bare form of "be", maybe
/// with an adverb in "-ly" between: "is (officially) closed", "are needed"
/// tell a state now, and "should be completed" an event still to come, not a
/// past one.
fn after_present_be(tokens: &Tokens<'_>, index: usize) -> bool {
    let word_before = |at: usize| {
        let at = at.checked_sub(1)?;
        (tokens.get(at)?.is(WORD) && tokens.get(at + 1)?.is(SPACED)).then_some(at)
    };
    let Some(before) = word_before(index) else {
        return false;
    };
    // An adverb or "not" may stand between ("is not reached", "are
    // already booked", "is being held").
    let folded = tokens.folded(before);
    let between = folded.ends_with("ly")
        || matches!(
            folded,
            "not" | "also" | "still" | "already" | "now" | "being"
        );
    let before = if between {
        match word_before(before) {
            Some(at) => at,
            None => return false,
        }
    } else {
        before
    };
    PRESENT_BE.contains(&tokens.folded(before))
}

/// The present forms of "be", and the bare form after a modal or "to".
const PRESENT_BE: [&str; 4] = ["is", "are", "am", "be"];

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&FUTURE_CUES);
    LazyLock::force(&PAST_CUES);
    LazyLock::force(&HOLDS);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::TENSE_CUES;
    use crate::pattern::Pattern;

    /// The regex alternation the cues were, kept as the oracle of the table,
    /// with the phrases that tell no tense first.
    fn alternation(tense: &str, extra: &str) -> Pattern {
        let neither = TENSE_CUES.iter().filter(|(t, _)| *t == "none");
        let words: Vec<String> = neither
            .chain(TENSE_CUES.iter().filter(|(t, _)| *t == tense))
            .map(|(_, w)| {
                let word = regex::escape(w).replace(' ', r"\s+");
                if w.starts_with('\'') {
                    format!("{word}\\b")
                } else {
                    format!("\\b{word}\\b")
                }
            })
            .collect();
        Pattern::new(&format!("(?i){}{extra}", words.join("|"))).unwrap()
    }

    /// True when a match is a phrase that tells no tense.
    fn tells_none(found: &str) -> bool {
        let words = found.split_whitespace().collect::<Vec<_>>().join(" ");
        TENSE_CUES
            .iter()
            .any(|(t, w)| *t == "none" && w.eq_ignore_ascii_case(&words))
    }

    fn by_alternation(sentence: &str) -> Vec<(usize, usize, Tense)> {
        let past = alternation("past", r"|\b[a-z]{2,}ed\b");
        let future = alternation("future", "");
        let unicode = crate::pattern::needs_unicode_words(sentence);
        let mut cues: Vec<(usize, usize, Tense)> = future
            .for_words(unicode)
            .find_iter(sentence)
            .filter(|m| !tells_none(m.as_str()))
            .map(|m| (m.start(), m.end(), Tense::Future))
            .collect();
        // The one difference: a regular past in title case past the first
        // word is a name ("the United Nations").
        let listed = |found: &str| {
            TENSE_CUES
                .iter()
                .any(|(t, w)| *t == "past" && w.eq_ignore_ascii_case(found))
        };
        let name = |m: &regex::Match| {
            let mut chars = m.as_str().chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.next().is_some_and(char::is_lowercase)
                && sentence[..m.start()].chars().any(char::is_alphanumeric)
                && !listed(m.as_str())
        };
        for m in past
            .for_words(unicode)
            .find_iter(sentence)
            .filter(|m| !tells_none(m.as_str()) && !name(m))
        {
            if !cues.iter().any(|c| c.0 == m.start()) {
                cues.push((m.start(), m.end(), Tense::Past));
            }
        }
        cues.sort_unstable_by_key(|c| c.0);
        cues
    }

    const SENTENCES: &[&str] = &[
        "The mayor said on Monday that the bridge will reopen next week.",
        "They're going to vote; we'll see. She'LL go. The team WAS DUE to land.",
        "It was  due\tto start, and is\nto end; is-to and going_to are not cues.",
        "The plan was due on Friday. Ministers planned for May, then planned again.",
        "Talks are expected to resume; the rebels expected a truce and are set to sign.",
        "Flights resumed, prices jumped, the red bed fled; 2020ed and eds are no words.",
        "As soon as   possible, as soon as they can: he'll\u{a0}'ll go",
        "Café owners reopened; naïve plans were scrapped ſtopped \u{212A}illed baked.",
        "Die Wähler wählten am Sonntag; the vote ended, Zoë said, the ÉLÉPHANT stayed.",
        "“He was,” she said — “and will be.” 'Will' was nextday next-day upcoming.",
        "It lies next to the port, NEXT  TO the base; next week it moves next\nto town, next.",
        "",
        "'ll",
        "Planned, planning, scheduled: all future, unlike \"shipped\" or 'seized'.",
        "Armed men met the United Nations envoy; Ahmed left, Hamed STAYED, Scheduled talks ended.",
    ];

    #[test]
    fn reads_cues_as_the_alternation_did() {
        for sentence in SENTENCES {
            assert_eq!(
                tense_cues(&Tokens::of(sentence)),
                by_alternation(sentence),
                "{sentence:?}"
            );
        }
    }

    #[test]
    fn finds_phrases_clitics_and_regular_past_forms() {
        let s = "We'll see: it is going to rain, and crowds gathered.";
        let cues: Vec<(&str, Tense)> = tense_cues(&Tokens::of(s))
            .into_iter()
            .map(|(start, end, tense)| (&s[start..end], tense))
            .collect();
        assert_eq!(
            cues,
            [
                ("'ll", Tense::Future),
                ("going to", Tense::Future),
                ("gathered", Tense::Past),
            ]
        );
    }

    /// The words of the sentence's tense cues.
    fn cue_words(s: &str) -> Vec<&str> {
        tense_cues(&Tokens::of(s))
            .into_iter()
            .map(|(start, end, _)| &s[start..end])
            .collect()
    }

    #[test]
    fn a_participle_after_a_present_or_bare_be_is_no_past_cue() {
        let s = "The airport is officially closed, roads are blocked, talks will be completed; it was sealed.";
        assert_eq!(cue_words(s), ["will", "was", "sealed"]);
        let s = "If a deal is not reached, the rooms are already booked and talks are being held.";
        assert_eq!(cue_words(s), Vec::<&str>::new());
    }

    #[test]
    fn words_in_ed_that_are_no_past_forms_are_no_cues() {
        let s = "He will succeed him after a hundred days, as agreed.";
        assert_eq!(cue_words(s), ["will", "agreed"]);
    }

    #[test]
    fn a_future_phrase_outranks_a_past_word_at_its_start() {
        let s = "The report was due\non Friday; it was late.";
        let cues = tense_cues(&Tokens::of(s));
        assert_eq!(cues[0], (11, 18, Tense::Future));
        assert_eq!(&s[cues[1].0..cues[1].1], "was");
        assert_eq!(cues[1].2, Tense::Past);
    }

    #[test]
    fn an_obligation_looks_forward_in_a_reported_sentence() {
        let text = "Deadline\n\nThe embassy said citizens should register by Wednesday \
                    and must leave by Friday.";
        let article = crate::Article::new("a", text, Some("2024-12-15")).unwrap();
        let values: Vec<String> = crate::analyze(&article)
            .dates
            .into_iter()
            .map(|d| d.value)
            .collect();
        assert_eq!(values, ["2024-12-18", "2024-12-20"]);
    }

    #[test]
    fn words_of_a_phrase_are_apart_by_whitespace_only() {
        assert!(tense_cues(&Tokens::of("going, to"))
            .iter()
            .all(|c| c.2 != Tense::Future));
        assert!(tense_cues(&Tokens::of("GOING\u{2003}TO"))
            .iter()
            .any(|c| c.2 == Tense::Future));
    }

    #[test]
    fn a_regular_past_is_read_in_any_case_and_through_its_fold() {
        let sentence = "United talks, ſigned deals and LISTED firms fed none with Ahmed.";
        let cues = tense_cues(&Tokens::of(sentence));
        let words: Vec<&str> = cues.iter().map(|c| &sentence[c.0..c.1]).collect();
        assert_eq!(words, ["United", "ſigned", "LISTED"]);
    }
}
