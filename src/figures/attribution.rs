//! Who gives a figure, and whether it counts what happened.
//!
//! The source is the subject of a reporting verb ("the foreign ministry said",
//! "Indian officials told AFP"), what follows "according to" or a passive "by"
//! ("quoted by Reuters"), or the name after an inverted verb (", said the
//! navy"). A figure takes its sentence's nearest source, unless a contrast
//! clause with a subject of its own parts them (", while Germany flew 700");
//! a sentence without one,
//! or whose source is a pronoun ("he said"), takes its paragraph's: the nearest
//! before it, else one after it across sentences without figures. A source
//! that is a named entity, or a name described by the words before it
//! ("Deputy Foreign Minister Gennady Gatilov"), is given by its canonical name.
//!
//! The status is read in the figure's clause: a plan or modality before it or
//! right after it ("plans to evacuate 300", "300 people could flee") makes it
//! `planned`; a running-total cue in its clause or the sentence's opening
//! phrase ("so far", "bringing the total to", "since" a date) `cumulative`.
//! Words and phrases are in `data/attribution.tsv`, with the future cues of
//! `data/tense_cues.tsv`.

use crate::hash::Table;
use std::sync::LazyLock;

use crate::analysis::{EntityType, Status};
use crate::lexicon::{
    has_role, rows, AttributionRole, ContextRole, ATTRIBUTION, FUNCTION_WORDS, TENSE_CUES,
};
use crate::span::ByteSpan;

use super::numbers::is_number;
use super::tokens::{Token, ATTRIBUTION_CUE};

/// The most words a source's noun phrase may have.
const SOURCE_WORDS: usize = 6;

/// How many tokens after a figure a modal may stand and still be its verb
/// ("300 people are expected to arrive").
const MODAL_AFTER: usize = 4;

/// The most tokens of an aside between a subject and its reporting verb.
const ASIDE_TOKENS: usize = 14;

/// The most words of a phrase of `data/attribution.tsv` less one: how far
/// back a phrase covering a token may start.
const PHRASE_WORDS: usize = 2;

/// The most tokens of an opening phrase that speaks for its sentence ("So far,").
const OPENING_TOKENS: usize = 5;

/// A phrase's role and its words.
type Phrase = (AttributionRole, Vec<&'static str>);

/// Attribution phrases with the future cues of the tense table, which plan too.
struct Phrases {
    phrases: Vec<Phrase>,
    /// Positions in `phrases` by first word, in the table's order. Positions
    /// rather than the phrases: the map's type is one the crate has already.
    by_first: Table<&'static str, Vec<usize>>,
}

static PHRASES: LazyLock<Phrases> = LazyLock::new(|| {
    let future = TENSE_CUES
        .iter()
        .filter(|(tense, _)| *tense == "future")
        .map(|(_, cue)| (AttributionRole::Planned, rows::words(cue).collect()));
    let mut phrases: Vec<Phrase> = Vec::new();
    let mut by_first: Table<&'static str, Vec<usize>> = Table::default();
    for (role, words) in ATTRIBUTION.iter().cloned().chain(future) {
        if let Some(first) = words.first() {
            by_first.or_insert_with(first, Vec::new).push(phrases.len());
            phrases.push((role, words));
        }
    }
    Phrases { phrases, by_first }
});

/// The words that open an attribution phrase or a future cue.
pub fn opening_words() -> impl Iterator<Item = &'static str> {
    PHRASES.by_first.keys().copied()
}

/// A named entity of the sentence: its span in the sentence and its canonical name.
pub struct Named<'a> {
    /// Bytes into the sentence.
    pub span: ByteSpan,
    /// The canonical name.
    pub canonical: &'a str,
    /// Its type.
    pub kind: EntityType,
}

/// What a sentence says of its source at one reporting cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A named source.
    Named(String),
    /// A pronoun: the paragraph's source is meant.
    Pronoun,
}

/// The sentence's words, with what they need to read attribution.
pub struct Reader<'t, 'a> {
    /// The tokens of the sentence.
    tokens: &'t [Token<'a>],
    /// The sentence.
    text: &'a str,
    /// Tokens inside a date.
    in_date: &'t dyn Fn(&Token<'_>) -> bool,
    /// The role and last token of the phrase starting at each token: sources,
    /// boundaries and clauses ask for the phrases around every token again and
    /// again, so each token is looked up once.
    phrases: Vec<Option<(AttributionRole, usize)>>,
}

/// The role and last token of the phrase starting at `tokens[at]`, if one does.
/// Planned cues must be written in lower case ("may", not "May").
fn phrase_starting(
    tokens: &[Token<'_>],
    in_date: &dyn Fn(&Token<'_>) -> bool,
    at: usize,
) -> Option<(AttributionRole, usize)> {
    let first = tokens.get(at).filter(|t| t.opens(ATTRIBUTION_CUE))?;
    let table = &*PHRASES;
    // The table first, then the phrases: most words open none, and the
    // date's test is a search.
    let candidates = table.by_first.get(first.lower.as_ref())?;
    candidates
        .iter()
        .map(|&position| &table.phrases[position])
        .filter(|(role, words)| {
            words.iter().enumerate().all(|(k, w)| {
                tokens
                    .get(at + k)
                    .is_some_and(|t| t.lower == *w && (k > 0 || !cased(*role) || t.text == t.lower))
            })
        })
        .max_by_key(|(_, words)| words.len())
        .filter(|_| !in_date(first))
        .map(|(role, words)| (*role, at + words.len() - 1))
}

impl<'t, 'a> Reader<'t, 'a> {
    /// The reader of a sentence's tokens.
    pub fn new(
        tokens: &'t [Token<'a>],
        text: &'a str,
        in_date: &'t dyn Fn(&Token<'_>) -> bool,
    ) -> Self {
        let phrases = (0..tokens.len())
            .map(|at| phrase_starting(tokens, in_date, at))
            .collect();
        Reader {
            tokens,
            text,
            in_date,
            phrases,
        }
    }

    /// The role and last token of the phrase starting at `at`, if one does.
    fn phrase_at(&self, at: usize) -> Option<(AttributionRole, usize)> {
        self.phrases.get(at).copied().flatten()
    }

    fn has_role(&self, at: usize, role: AttributionRole) -> bool {
        self.phrase_at(at).is_some_and(|(r, _)| r == role)
    }

    /// Where a source's phrase or a clause stops.
    fn is_boundary(&self, at: usize) -> bool {
        self.tokens.get(at).is_none_or(|t| {
            !t.is_word
                || t.starts_with_digit()
                || (self.in_date)(t)
                || self.is_number(at)
                || has_role(&t.lower, ContextRole::Auxiliary)
                || (at.saturating_sub(PHRASE_WORDS)..=at).any(|k| {
                    self.phrase_at(k).is_some_and(|(role, last)| {
                        last >= at
                            && matches!(
                                role,
                                AttributionRole::Boundary
                                    | AttributionRole::Contrast
                                    | AttributionRole::Reporting
                                    | AttributionRole::Speech
                                    | AttributionRole::According
                            )
                    })
                })
        })
    }

    /// A number in digits or words ("40", "Fifty-one").
    fn is_number(&self, at: usize) -> bool {
        self.tokens.get(at).is_some_and(is_number)
    }

    /// The sources of the sentence: (token of the cue, source), in text order.
    pub fn sources(&self, named: &[Named<'_>]) -> Vec<(usize, Source)> {
        let mut found = Vec::new();
        let mut at = 0;
        while at < self.tokens.len() {
            let Some((role, last)) = self.phrase_at(at) else {
                at += 1;
                continue;
            };
            let source = match role {
                // A phrase too long to be sure of still names its first entity
                // ("according to estimates from the Institute for the Study of War").
                AttributionRole::According => {
                    self.phrase(last + 1, true, false, named).or_else(|| {
                        self.entity_before_boundary(last + 1, named)
                            .map(|n| Source::Named(n.to_string()))
                    })
                }
                AttributionRole::Reporting => self.reporting(at, last, named),
                AttributionRole::Speech if !self.is_number(last + 1) => {
                    self.reporting(at, last, named)
                }
                _ => None,
            };
            if let Some(source) = source {
                found.push((at, source));
            }
            at = last + 1;
        }
        found
    }

    /// The source of the reporting verb at `verb`: its subject, or the phrase
    /// after "by" or after an inverted verb. None for a passive or attributive
    /// use ("were reported killed", "an estimated 300").
    fn reporting(&self, verb: usize, last: usize, named: &[Named<'_>]) -> Option<Source> {
        let text = |k: usize| self.tokens.get(k).map(|t| t.lower.as_ref());
        if text(last + 1) == Some("by") {
            return self.phrase(last + 2, true, false, named);
        }
        if self.tokens.get(verb).is_some_and(|t| t.text != t.lower) {
            return None;
        }
        let mut before = verb.checked_sub(1);
        while let Some(k) = before.filter(|&k| {
            matches!(
                text(k),
                Some("has" | "have" | "had" | "also" | "later" | "earlier")
            )
        }) {
            before = k.checked_sub(1);
        }
        // "The World Food Programme (WFP) says": the subject stands before
        // its bracketed acronym.
        if let Some(open) = before.and_then(|k| self.bracket_open(k)) {
            before = open.checked_sub(1);
        }
        match before {
            Some(k) if self.tokens.get(k).is_some_and(|t| t.is_word) => {
                let passive = matches!(
                    text(k),
                    Some("was" | "were" | "is" | "are" | "be" | "been" | "being")
                ) || self.has_role(k, AttributionRole::Leading);
                if passive {
                    None
                } else {
                    self.phrase(k, false, false, named)
                }
            }
            // At the sentence's start or after punctuation the subject follows
            // (", said the navy"); after a comma it may also stand before an
            // aside ("the regiment, whose fighters hold the plant, said").
            _ => match self.phrase(last + 1, true, true, named) {
                Some(Source::Named(name)) => Some(Source::Named(name)),
                _ => before.and_then(|k| self.before_aside(k, named)),
            },
        }
    }

    /// The phrase before the comma that opens an aside closed by the comma at `close`.
    fn before_aside(&self, close: usize, named: &[Named<'_>]) -> Option<Source> {
        if self.tokens.get(close)?.text != "," {
            return None;
        }
        let open = (close.saturating_sub(ASIDE_TOKENS)..close)
            .rev()
            .find(|&k| self.tokens.get(k).is_some_and(|t| t.text == ","))?;
        match self.phrase(open.checked_sub(1)?, false, false, named)? {
            Source::Named(name) => Some(Source::Named(name)),
            Source::Pronoun => None,
        }
    }

    /// The noun phrase that ends at `from` (reading back) or starts there
    /// (reading `forward`), up to a boundary; its leading articles dropped.
    /// Reading back, a bracketed aside is part of it ("the centre (JCC) in
    /// Istanbul"); reading forward, a pronoun after its first word ends it
    /// ("according to the data it gives"). With `closed`, a phrase read forward
    /// must end at punctuation or the sentence's end (", said the navy.").
    fn phrase(
        &self,
        from: usize,
        forward: bool,
        closed: bool,
        named: &[Named<'_>],
    ) -> Option<Source> {
        if self.is_boundary(from) {
            return None;
        }
        let (mut first, mut last) = (from, from);
        let mut words = 1;
        loop {
            let next = if forward {
                Some(last + 1).filter(|&k| !self.has_role(k, AttributionRole::Pronoun))
            } else {
                let before = first.checked_sub(1);
                if let Some(open) = before.and_then(|k| self.bracket_open(k)) {
                    first = open;
                    continue;
                }
                before
            };
            match next {
                Some(k) if !self.is_boundary(k) && words < SOURCE_WORDS => {
                    words += 1;
                    if forward {
                        last = k;
                    } else {
                        first = k;
                    }
                }
                Some(k) if !self.is_boundary(k) => {
                    // No boundary within reach: only a name ending at the verb is sure.
                    return (!forward)
                        .then(|| self.entity_ending(from, named))
                        .flatten()
                        .map(|n| Source::Named(n.to_string()));
                }
                _ => break,
            }
        }
        // "70 percent of Americans say": a counted subject is no source.
        if !forward && first.checked_sub(1).is_some_and(|k| self.is_number(k)) {
            return None;
        }
        let ends_clause = self
            .tokens
            .get(last + 1)
            .is_none_or(|t| !t.is_word && !t.starts_with_digit());
        if forward && closed && !ends_clause {
            return None;
        }
        while first < last && self.has_role(first, AttributionRole::Leading) {
            first += 1;
        }
        if first == last && self.has_role(first, AttributionRole::Pronoun) {
            return Some(Source::Pronoun);
        }
        // A phrase that starts with "in", "of", "at" is the tail of another.
        let head = self.tokens.get(first)?;
        if !head.is_word
            || self.has_role(first, AttributionRole::Leading)
            || (head.text == head.lower && FUNCTION_WORDS.contains(head.lower.as_ref()))
        {
            return None;
        }
        let span = ByteSpan::new(head.start, self.tokens.get(last)?.end);
        // A phrase that ends in a name that can speak is that name, described
        // ("Deputy Foreign Minister Gennady Gatilov", "automaker General Motors"),
        // unless the words before it hold a preposition or a possessive
        // ("Marzio Babille of UNICEF", "Russia's Defence Ministry").
        let described = |n: &&Named<'_>| {
            n.span.end == span.end
                && n.span.start > span.start
                && !matches!(n.kind, EntityType::Place | EntityType::Group)
                && self
                    .tokens
                    .get(first..=last)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|t| t.start < n.span.start)
                    .all(|t| {
                        t.is_word
                            && !t.lower.ends_with("'s")
                            && !t.lower.ends_with("’s")
                            && (!FUNCTION_WORDS.contains(t.lower.as_ref())
                                || matches!(t.lower.as_ref(), "the" | "a" | "an"))
                    })
        };
        let name = named
            .iter()
            .find(|n| n.span == span)
            .or_else(|| named.iter().find(described))
            .map_or_else(|| span.text(self.text), |n| n.canonical);
        Some(Source::Named(name.to_string()))
    }

    /// The opening bracket of the bracketed aside that `close` ends ("(JCC)").
    fn bracket_open(&self, close: usize) -> Option<usize> {
        if self.tokens.get(close)?.text != ")" {
            return None;
        }
        (close.saturating_sub(ASIDE_TOKENS)..close)
            .rev()
            .find(|&k| self.tokens.get(k).is_some_and(|t| t.text == "("))
    }

    fn entity_ending<'n>(&self, at: usize, named: &'n [Named<'n>]) -> Option<&'n str> {
        let end = self.tokens.get(at)?.end;
        named
            .iter()
            .find(|n| n.span.end == end)
            .map(|n| n.canonical)
    }

    /// The canonical name of the first entity that starts at token `from` or
    /// after it, before the next boundary, and that can speak: no place or
    /// group ("an aide to U.S. Trade Representative Carla Hills"). The word at
    /// `from` is read as the phrase's head whatever else it may be
    /// ("estimates" is a reporting verb, "WHO" looks like "who").
    fn entity_before_boundary<'n>(&self, from: usize, named: &'n [Named<'n>]) -> Option<&'n str> {
        let start = self.tokens.get(from)?.start;
        let end = (from + 1..self.tokens.len())
            .find(|&k| self.is_boundary(k))
            .and_then(|k| self.tokens.get(k))
            .map_or(self.text.len(), |t| t.start);
        named
            .iter()
            .filter(|n| !matches!(n.kind, EntityType::Place | EntityType::Group))
            .find(|n| (start..end).contains(&n.span.start))
            .map(|n| n.canonical)
    }

    /// The status of the figure on tokens `first..=last`.
    pub fn status(&self, first: usize, last: usize) -> Status {
        let clause_start = (0..first)
            .rev()
            .find(|&k| self.is_clause_end(k))
            .map_or(0, |k| k + 1);
        let clause_end = (last + 1..self.tokens.len())
            .find(|&k| self.is_clause_end(k))
            .unwrap_or(self.tokens.len());
        let planned_before =
            (clause_start..first).any(|k| self.has_role(k, AttributionRole::Planned));
        let planned_after = (last + 1..clause_end.min(last + 1 + MODAL_AFTER))
            .any(|k| self.has_role(k, AttributionRole::Planned));
        if planned_before || planned_after {
            return Status::Planned;
        }
        // An opening phrase ("So far, ...") speaks for the whole sentence.
        let opening_end = (0..self.tokens.len())
            .find(|&k| self.tokens.get(k).is_some_and(|t| t.text == ","))
            .filter(|&k| k < first && k <= OPENING_TOKENS)
            .unwrap_or(0);
        let cumulative = (clause_start..clause_end)
            .chain(0..opening_end)
            .any(|k| self.is_cumulative(k));
        if cumulative {
            Status::Cumulative
        } else {
            Status::Reported
        }
    }

    /// True when a contrast clause whose subject is a name stands between
    /// tokens `a` and `b` ("France said it flew out 936, while Germany's air
    /// force carried 700"): a source on one side does not speak for a figure
    /// on the other. A clause without a subject of its own ("…, while 4,599
    /// were injured") goes on with the source before it.
    pub fn contrast_between(&self, a: usize, b: usize, named: &[Named<'_>]) -> bool {
        let (low, high) = (a.min(b), a.max(b));
        (low + 1..high).any(|k| {
            if !self.has_role(k, AttributionRole::Contrast) {
                return false;
            }
            let subject = if self.has_role(k + 1, AttributionRole::Leading) {
                k + 2
            } else {
                k + 1
            };
            subject < high
                && self
                    .tokens
                    .get(subject)
                    .is_some_and(|t| named.iter().any(|n| n.span.start == t.start))
        })
    }

    /// A running-total cue at `at`, or "since" before a date ("since Monday").
    fn is_cumulative(&self, at: usize) -> bool {
        let since_date = self.tokens.get(at).is_some_and(|t| t.lower == "since")
            && self.tokens.get(at + 1).is_some_and(|t| (self.in_date)(t));
        since_date || self.has_role(at, AttributionRole::Cumulative)
    }

    /// Punctuation, a word that starts another clause, or a reporting verb
    /// (what it reports is a clause of its own: "committed $5m so far and
    /// announced a further $2m").
    fn is_clause_end(&self, at: usize) -> bool {
        self.tokens.get(at).is_none_or(|t| {
            (!t.is_word && !matches!(t.text, "$" | "€" | "£" | "%" | "-" | "–"))
                || self.has_role(at, AttributionRole::Boundary)
                || self.has_role(at, AttributionRole::Contrast)
                || self.has_role(at, AttributionRole::Reporting)
                || self.has_role(at, AttributionRole::Speech)
        })
    }
}

/// True for roles whose words are read only in lower case.
fn cased(role: AttributionRole) -> bool {
    matches!(role, AttributionRole::Planned)
}

/// The source a figure on token `figure` takes: the nearest of its sentence's
/// `sources` that speak for it.
pub fn nearest<'s>(
    sources: impl Iterator<Item = &'s (usize, Source)>,
    figure: usize,
) -> Option<&'s Source> {
    sources
        .min_by_key(|(at, _)| at.abs_diff(figure))
        .map(|(_, s)| s)
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&PHRASES);
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Category, EntityType, Status};
    use crate::figures::find_in;

    /// (text, source, status) of each figure of a sentence.
    fn read(sentence: &str) -> Vec<(String, Option<String>, Status)> {
        find_in(sentence)
            .into_iter()
            .map(|q| (q.span.text(sentence).to_string(), q.source, q.status))
            .collect()
    }

    /// The sources the sentence names, with `entities` (text, type) as the
    /// entity stage would give them.
    fn sources_with(sentence: &str, entities: &[(&str, EntityType)]) -> Vec<super::Source> {
        let text_tokens = crate::text::tokens::Tokens::of(sentence);
        let words = crate::figures::tokens::split(&text_tokens);
        let named: Vec<super::Named<'_>> = entities
            .iter()
            .map(|&(name, kind)| {
                let start = sentence.find(name).unwrap();
                super::Named {
                    span: crate::span::ByteSpan::new(start, start + name.len()),
                    canonical: name,
                    kind,
                }
            })
            .collect();
        let in_date = |_: &super::Token<'_>| false;
        let reader = super::Reader::new(&words, sentence, &in_date);
        reader.sources(&named).into_iter().map(|(_, s)| s).collect()
    }

    #[test]
    fn a_long_phrase_after_according_to_names_its_first_speaking_entity() {
        let named = |name: &str| super::Source::Named(name.into());
        assert_eq!(
            sources_with(
                "About 7,500 troops were there, according to estimates from the Institute for the Study of War.",
                &[("Institute for the Study of War", EntityType::Org)]
            ),
            [named("Institute for the Study of War")]
        );
        assert_eq!(
            sources_with(
                "According to WHO, there were 3,248 cases.",
                &[("WHO", EntityType::Org)]
            ),
            [named("WHO")]
        );
        assert!(sources_with(
            "About 450,000 people were cut off, according to a group representing rural counties in California.",
            &[("California", EntityType::Place)]
        )
        .is_empty());
    }

    #[test]
    fn a_described_name_is_the_source_and_a_bracketed_acronym_is_skipped() {
        // (sentence, its entities, the source).
        type Case = (
            &'static str,
            &'static [(&'static str, EntityType)],
            &'static str,
        );
        let cases: [Case; 3] = [
            (
                "Deputy Foreign Minister Gennady Gatilov said 1,000 had asked to leave.",
                &[("Gennady Gatilov", EntityType::Person)],
                "Gennady Gatilov",
            ),
            (
                "The World Food Programme (WFP) says 12.9 million Syrians go hungry.",
                &[
                    ("World Food Programme", EntityType::Org),
                    ("WFP", EntityType::Org),
                ],
                "World Food Programme",
            ),
            // A preposition or a possessive before the name keeps the whole phrase.
            (
                "Olga Petrenko of UNICEF said 300 children were safe.",
                &[
                    ("Olga Petrenko", EntityType::Person),
                    ("UNICEF", EntityType::Org),
                ],
                "Olga Petrenko of UNICEF",
            ),
        ];
        for (sentence, entities, source) in cases {
            assert_eq!(
                sources_with(sentence, entities),
                [super::Source::Named(source.into())],
                "{sentence}"
            );
        }
    }

    fn source_of(sentence: &str) -> Option<String> {
        find_in(sentence).first().and_then(|q| q.source.clone())
    }

    #[test]
    fn the_subject_of_a_reporting_verb_is_the_source() {
        assert_eq!(
            source_of("The foreign ministry said 250 people had left the port."),
            Some("foreign ministry".into())
        );
        assert_eq!(
            source_of("Regional officials told a radio station that 40 buses had arrived."),
            Some("Regional officials".into())
        );
        assert_eq!(
            source_of("A spokesman for the coast guard has confirmed that 12 boats sank."),
            Some("spokesman for the coast guard".into())
        );
        assert_eq!(
            source_of("About 90 families were moved to a school, the city council reported."),
            Some("city council".into())
        );
    }

    #[test]
    fn according_to_by_and_inverted_verbs_name_what_follows() {
        assert_eq!(
            source_of("According to the relief agency, 3,000 people crossed the river."),
            Some("relief agency".into())
        );
        assert_eq!(
            source_of("Some 80 tonnes of flour arrived, as reported by the governor."),
            Some("governor".into())
        );
        assert_eq!(
            source_of("\"We moved 600 patients overnight,\" said Dr Ana Ruiz."),
            Some("Dr Ana Ruiz".into())
        );
        assert_eq!(
            source_of("The port authority, which runs the ferries, said 15 ships were waiting."),
            Some("port authority".into())
        );
    }

    #[test]
    fn passives_attributives_and_pronouns_name_no_source() {
        assert_eq!(source_of("An estimated 400 homes were damaged."), None);
        assert_eq!(source_of("Nine people were reported missing."), None);
        assert_eq!(source_of("She said 70 people had left."), None);
        assert_eq!(source_of("About 500 people were evacuated by bus."), None);
        assert_eq!(source_of("The index added 20 points on Friday."), None);
        assert_eq!(
            source_of("Some 60 percent of voters say the plan failed."),
            None
        );
        assert_eq!(
            source_of("Buses carried 80 people, the mayor added."),
            Some("mayor".into())
        );
    }

    #[test]
    fn each_figure_takes_its_nearest_source() {
        let found = read("The army said 300 people left, while the rebels said 1,200 fled.");
        let sources: Vec<_> = found.iter().map(|f| f.1.as_deref()).collect();
        assert_eq!(sources, vec![Some("army"), Some("rebels")]);
    }

    #[test]
    fn plans_and_possibilities_are_planned() {
        for sentence in [
            "Up to 5,000 people could flee the valley.",
            "The government plans to evacuate 2,000 residents.",
            "Another 300 citizens will be flown home on Friday.",
            "Two more ships are expected to arrive in the port.",
            "The navy is preparing to send 40 marines.",
            "The agency aims to deliver 90 tonnes of food.",
        ] {
            assert_eq!(read(sentence)[0].2, Status::Planned, "{sentence}");
        }
    }

    #[test]
    fn running_totals_are_cumulative() {
        for sentence in [
            "In total, 4,500 people have left the city.",
            "So far 1,100 foreigners have been evacuated.",
            "More than 800 people have been evacuated since the start of the fighting.",
            "A further 200 people arrived, bringing the total to 1,400 people.",
        ] {
            let found = read(sentence);
            assert_eq!(
                found.last().map(|f| f.2),
                Some(Status::Cumulative),
                "{sentence} {found:?}"
            );
        }
        let found = read("A further 200 people arrived, bringing the total to 1,400 people.");
        assert_eq!(found[0].2, Status::Reported, "the day's count is no total");
    }

    #[test]
    fn counts_of_what_happened_are_reported() {
        for sentence in [
            "Officials said 300 people were evacuated on Monday.",
            "The 300 people who were evacuated will arrive later.",
            "Three ships left the port and two more followed.",
        ] {
            assert!(
                read(sentence).iter().all(|f| f.2 == Status::Reported),
                "{sentence}"
            );
        }
    }

    #[test]
    fn flights_and_sorties_never_count_people() {
        for sentence in [
            "The air force flew 12 sorties and 30 flights, carrying 2,000 people.",
            "Officials said 15 trips by bus were planned.",
        ] {
            for q in find_in(sentence) {
                let people = q.unit == "people" || q.category == Category::Evacuees;
                let trips = ["sorties", "flights", "trips"]
                    .iter()
                    .any(|u| q.unit.contains(u));
                assert!(!(people && trips), "{sentence}: {q:?}");
                if q.span.text(sentence).contains("sorties")
                    || q.span.text(sentence).contains("flights")
                    || q.span.text(sentence).contains("trips")
                {
                    assert_ne!(q.unit, "people", "{sentence}: {q:?}");
                    assert_ne!(q.category, Category::Evacuees, "{sentence}: {q:?}");
                }
            }
        }
    }

    /// (text, source) of each figure of a whole article.
    fn sources_in_article(text: &str) -> Vec<(String, Option<String>)> {
        let article = crate::Article::new("a", text, Some("2024-12-10")).unwrap();
        crate::analyze(&article)
            .figures
            .into_iter()
            .map(|f| (f.text, f.source))
            .collect()
    }

    #[test]
    fn a_later_sentence_s_source_speaks_only_for_its_own_figures() {
        let text = "Flights home\n\n\
                    India has brought home 800 people. Germany said it had flown out 300.\n\n\
                    About 500 people were still waiting. The embassy confirmed the figure.";
        assert_eq!(
            sources_in_article(text),
            vec![
                ("800 people".into(), None),
                ("300".into(), Some("Germany".into())),
                ("About 500 people".into(), Some("embassy".into())),
            ]
        );
    }

    #[test]
    fn a_source_does_not_speak_across_a_contrast_clause_with_its_own_subject() {
        let text = "Flights out\n\n\
                    The ministry said on Monday that the airport was open.\n\n\
                    France said it had evacuated 936 people, while Germany's air force carried \
                    about 700 people to Jordan. Egypt flew home 400 people, whereas Reuters \
                    reported that 250 people left. The UN said 528 people had been killed, while 4,599 were \
                    injured.";
        assert_eq!(
            sources_in_article(text),
            vec![
                ("936 people".into(), Some("France".into())),
                ("about 700 people".into(), None),
                ("400 people".into(), None),
                ("250 people".into(), Some("Reuters".into())),
                ("528 people".into(), Some("United Nations".into())),
                ("4,599".into(), Some("United Nations".into())),
            ]
        );
    }

    #[test]
    fn a_sentence_without_a_source_takes_its_paragraph_s() {
        let text = "Ferries leave\n\n\
                    The interior ministry said on Monday that the port was open. About 700 \
                    people boarded two ferries. He said 40 more people were waiting.\n\n\
                    Some 60 cars were left behind.";
        assert_eq!(
            sources_in_article(text),
            vec![
                ("About 700 people".into(), Some("interior ministry".into())),
                ("two ferries".into(), Some("interior ministry".into())),
                ("40 more people".into(), Some("interior ministry".into())),
                ("Some 60 cars".into(), None),
            ]
        );
    }
}
