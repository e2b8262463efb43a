//! Stage 5: figures. Consumes sentences, entities and dates. Produces the stated
//! quantities: value (and upper value of a range), qualifier, unit and the
//! figures table's row (SCHEMA's `category`).
//!
//! Each sentence is split into tokens (`tokens`); at each token a number may
//! start (`numbers`); the hedge around it is read (`qualifiers`), then what it
//! counts and the row (`counted`). A number counts only with something
//! counted: a noun, a unit or a currency. Never figures: numbers inside dates,
//! times and years, ages, durations ("10 days", "49-year lease"), designations
//! ("Il-76", "MiG-29"), ordinals, a bare "one" ("one of the planes"), and counts
//! that point back ("the two sides"). Across the figures of a sentence, a bare
//! number listed after a figure or compared with it takes its noun ("five
//! flights from Budapest, four from Suceava"; "1,200 troops, down from
//! 4,000"), a part takes the noun of its whole ("63 of its 115
//! nationals", "five of the ships"), and people listed with people share their
//! row.
//!
//! ```
//! let found = sitrep::figures::find_in("Officials said at least 300 people were evacuated.");
//! assert_eq!((found[0].value, found[0].unit.as_str()), (300.0, "people"));
//! assert_eq!(found[0].category, sitrep::analysis::Category::Evacuees);
//! ```

mod attribution;
mod counted;
mod numbers;
mod qualifiers;
mod tokens;

use crate::analysis::{Category, EntityType, Qualifier, Status};
use crate::calendar::WEEKDAYS;
use crate::dates::Timex;
use crate::entities::EntityMention;
use crate::lexicon::{
    has_role, ContextRole, Cue, NounKind, CALENDAR_NAMES, CATEGORY_CUES, FUNCTION_WORDS,
    HOME_CURRENCIES,
};
use crate::sentences::Sentence;
use crate::span::ByteSpan;
use crate::text::tokens::{Tokens, ALPHANUMERIC_SIGN, COUNT_WORD, DIGIT_FIRST, MIXED};

use tokens::Token;

/// A stated quantity.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// From the qualifier to the counted noun.
    pub span: ByteSpan,
    /// The number (the lower one of a range).
    pub value: f64,
    /// The upper bound of a range.
    pub value_max: Option<f64>,
    /// How the number is hedged.
    pub qualifier: Qualifier,
    /// What is counted.
    pub unit: String,
    /// The table's row.
    pub category: Category,
    /// Who gives it ("the foreign ministry"), from its sentence or paragraph.
    pub source: Option<String>,
    /// Whether it counts what happened.
    pub status: Status,
}

/// Finds the figures of the sentences.
pub fn find(
    text: &str,
    sentences: &[Sentence],
    tokens: &[Tokens<'_>],
    entities: &[EntityMention],
    dates: &[Timex],
) -> Vec<Quantity> {
    let mut groups: Vec<ByteSpan> = entities
        .iter()
        .filter(|e| e.kind == EntityType::Group)
        .map(|e| e.span)
        .collect();
    crate::order::sort_by(&mut groups, Ord::cmp);
    let mut date_spans: Vec<ByteSpan> = dates.iter().map(|d| d.span).collect();
    crate::order::sort_by(&mut date_spans, Ord::cmp);
    let mut named: Vec<&EntityMention> = entities.iter().collect();
    crate::order::sort_by(&mut named, |a, b| a.span.cmp(&b.span));
    let context = Context {
        text,
        groups,
        date_spans,
        named,
    };
    let mut found: Vec<Quantity> = Vec::new();
    // Per sentence: its first named source, once read (only the sentences
    // of a paragraph with figures left without one are asked), and the
    // figures that take their paragraph's source.
    let mut own: Vec<Option<Option<String>>> = Vec::with_capacity(sentences.len());
    let mut unattributed: Vec<(usize, Vec<usize>)> = Vec::new();
    for (index, (sentence, sentence_tokens)) in sentences.iter().zip(tokens).enumerate() {
        // A figure needs digits or a number word: most sentences have neither.
        let read = sentence_tokens
            .has_any(DIGIT_FIRST | COUNT_WORD | MIXED | ALPHANUMERIC_SIGN)
            .then(|| context.read(sentence, sentence_tokens, true))
            .flatten();
        let Some((quantities, sentence_own, mut left)) = read else {
            own.push(None);
            continue;
        };
        own.push(Some(sentence_own));
        let first = found.len();
        if !left.is_empty() {
            left.iter_mut().for_each(|k| *k += first);
            unattributed.push((index, left));
        }
        found.extend(quantities.into_iter().map(|q| Quantity {
            span: q.span.shift(sentence.span.start),
            ..q
        }));
        more_of_earlier_rows(text, &mut found, first);
        rows_of_a_table(text, sentence.span, &mut found, first);
    }
    // Sentences with figures of their own, read before `own` is filled in
    // for the others.
    let counted: Vec<bool> = own.iter().map(Option::is_some).collect();
    for (i, figures) in unattributed {
        let line = sentences.get(i).map(|s| s.line);
        let mut paragraph = |j: usize| {
            let sentence = sentences.get(j).filter(|s| Some(s.line) == line)?;
            let read = own.get_mut(j)?.get_or_insert_with(|| {
                context
                    .read(sentence, tokens.get(j)?, false)
                    .and_then(|(_, own, _)| own)
            });
            Some(read.clone())
        };
        // The source named nearest in the paragraph, going from the figure's
        // sentence in `order`: none once the paragraph ends.
        let mut nearest = |order: &mut dyn Iterator<Item = usize>| {
            for j in order {
                match paragraph(j) {
                    Some(Some(name)) => return Some(name),
                    Some(None) => {}
                    None => return None,
                }
            }
            None
        };
        // A later sentence's source is taken only across sentences without
        // figures: one with its own ("Germany said it flew out 300") speaks
        // for those.
        let source = nearest(&mut (0..i).rev()).or_else(|| {
            nearest(
                &mut (i + 1..sentences.len())
                    .take_while(|&j| !counted.get(j).copied().unwrap_or(false)),
            )
        });
        for k in figures {
            if let Some(figure) = found.get_mut(k) {
                figure.source.clone_from(&source);
            }
        }
    }
    read_in_home_currency(text, entities, &mut found);
    found
}

/// Amounts in a form several countries' currencies share ("Rs 25,000",
/// "$10 million") in the currency of the country the article names most, if
/// it names that country twice or more, and more than twice as often as the
/// form's own (`home_currencies.tsv`). A country is named alone or at the head of a
/// body's name ("Pakistan Railways").
fn read_in_home_currency(text: &str, entities: &[EntityMention], found: &mut [Quantity]) {
    let mentions = |country: &str| {
        entities
            .iter()
            .filter(|e| {
                e.canonical == country
                    || e.canonical
                        .strip_prefix(country)
                        .is_some_and(|rest| rest.starts_with(' '))
            })
            .count()
    };
    for figure in found.iter_mut().filter(|f| f.category == Category::Money) {
        let written = figure.span.text(text);
        let in_form = |form: &str| {
            written.match_indices(form).any(|(at, _)| {
                let glued = written[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic);
                let word_ends = written[at + form.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphabetic() || form == "$");
                !glued && word_ends
            })
        };
        let home = HOME_CURRENCIES
            .iter()
            .filter(|h| h.code == figure.unit && in_form(h.form))
            .map(|h| (mentions(h.home), mentions(h.country), h.home_code))
            .filter(|&(home, own, _)| home >= 2 && home > 2 * own)
            .max_by_key(|&(home, _, _)| home);
        if let Some((_, _, code)) = home {
            figure.unit = code.to_string();
        }
    }
}

/// The entities and dates of a text, sorted, that its sentences' figures
/// are read with.
struct Context<'a> {
    text: &'a str,
    groups: Vec<ByteSpan>,
    date_spans: Vec<ByteSpan>,
    named: Vec<&'a EntityMention>,
}

impl Context<'_> {
    /// True when a date overlaps the sentence: most sentences hold none, and
    /// their tokens need no search.
    fn dated(&self, sentence: ByteSpan) -> bool {
        self.date_spans
            .get(..self.date_spans.partition_point(|d| d.start < sentence.end))
            .unwrap_or(&[])
            .iter()
            .any(|d| d.overlaps(sentence))
    }

    /// True when a token of the sentence is inside a group's name.
    fn is_group(&self, sentence: ByteSpan, t: &Token<'_>) -> bool {
        let span = ByteSpan::new(t.start, t.end).shift(sentence.start);
        near(&self.groups, span).any(|g| g.contains(span))
    }

    /// True when a token of the sentence is inside a date.
    fn in_date(&self, sentence: ByteSpan, t: &Token<'_>) -> bool {
        let span = ByteSpan::new(t.start, t.end).shift(sentence.start);
        near(&self.date_spans, span).any(|d| d.overlaps(span))
    }

    /// True when a token of the sentence is inside a name that opens with a
    /// number ("16 Air Assault Brigade"): the number names, it counts nothing.
    fn in_numbered_name(&self, sentence: ByteSpan, t: &Token<'_>) -> bool {
        let span = ByteSpan::new(t.start, t.end).shift(sentence.start);
        let at = self.named.partition_point(|e| e.span.start <= span.start);
        at.checked_sub(1).is_some_and(|i| {
            let name = self.named[i].span;
            name.contains(span)
                && name
                    .text(self.text)
                    .starts_with(|c: char| c.is_ascii_digit())
        })
    }

    /// True when a token of the sentence is inside a place's name.
    fn in_place_name(&self, sentence: ByteSpan, t: &Token<'_>) -> bool {
        let span = ByteSpan::new(t.start, t.end).shift(sentence.start);
        let at = self.named.partition_point(|e| e.span.start <= span.start);
        at.checked_sub(1).is_some_and(|i| {
            self.named[i].kind == EntityType::Place && self.named[i].span.contains(span)
        })
    }

    /// The named entities inside the sentence, with spans into it.
    fn named_in(&self, sentence: ByteSpan) -> Vec<attribution::Named<'_>> {
        let from = self
            .named
            .partition_point(|e| e.span.start < sentence.start);
        self.named
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|e| e.span.end <= sentence.end)
            .map(|e| attribution::Named {
                span: ByteSpan::new(e.span.start - sentence.start, e.span.end - sentence.start),
                canonical: &e.canonical,
                kind: e.kind,
            })
            .collect()
    }

    /// The figures of a sentence (spans into it) with their sources and
    /// status, its first named source, and the figures left without one;
    /// `None` when `count` is asked and there are no figures. Without
    /// `count`, its first named source alone, for its paragraph's figures.
    fn read(
        &self,
        sentence: &Sentence,
        sentence_tokens: &Tokens<'_>,
        count: bool,
    ) -> Option<(Vec<Quantity>, Option<String>, Vec<usize>)> {
        let span = sentence.span;
        let dated = self.dated(span);
        let is_group = |t: &Token<'_>| self.is_group(span, t);
        let in_date = |t: &Token<'_>| dated && self.in_date(span, t);
        let words = tokens::split(sentence_tokens);
        let mut quantities = Vec::new();
        if count {
            let uncounted = |t: &Token<'_>| in_date(t) || self.in_numbered_name(span, t);
            let is_place = |t: &Token<'_>| self.in_place_name(span, t);
            quantities = in_sentence(&words, &is_group, &uncounted, &is_place);
            if quantities.is_empty() {
                return None;
            }
        }
        let (own, left) = attribute(
            span.text(self.text),
            &words,
            &mut quantities,
            &self.named_in(span),
            &in_date,
        );
        Some((quantities, own, left))
    }
}

/// Sets the source and status of a sentence's figures. Returns the sentence's
/// first named source and the figures left without one (they take their
/// paragraph's).
fn attribute(
    sentence: &str,
    tokens: &[Token<'_>],
    quantities: &mut [Quantity],
    named: &[attribution::Named<'_>],
    in_date: &dyn Fn(&Token<'_>) -> bool,
) -> (Option<String>, Vec<usize>) {
    let reader = attribution::Reader::new(tokens, sentence, in_date);
    let sources = reader.sources(named);
    let own = sources.iter().find_map(|(_, s)| match s {
        attribution::Source::Named(name) => Some(name.clone()),
        attribution::Source::Pronoun => None,
    });
    let mut unattributed = Vec::new();
    for (k, quantity) in quantities.iter_mut().enumerate() {
        let first = tokens.partition_point(|t| t.start < quantity.span.start);
        let last = tokens
            .partition_point(|t| t.end <= quantity.span.end)
            .saturating_sub(1)
            .max(first);
        quantity.status = reader.status(first, last);
        let mut across_contrast = false;
        let speaking = sources.iter().filter(|(at, _)| {
            let across = reader.contrast_between(*at, first, named);
            across_contrast |= across;
            !across
        });
        match attribution::nearest(speaking, first) {
            Some(attribution::Source::Named(name)) => quantity.source = Some(name.clone()),
            // The figure's clause has a subject of its own, which is not
            // the paragraph's source either.
            None if across_contrast => {}
            _ => unattributed.push(k),
        }
    }
    (own, unattributed)
}

/// The spans of a sorted list that may overlap `span`: binary search to the
/// first one starting at or after it, then the one before it (a span starting
/// earlier that reaches in). Mentions do not nest, so one is enough.
fn near(sorted: &[ByteSpan], span: ByteSpan) -> impl Iterator<Item = &ByteSpan> {
    let at = sorted.partition_point(|s| s.start < span.start);
    let from = at.saturating_sub(1);
    sorted
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(move |s| s.start < span.end)
}

/// "The planes brought 30 tonnes of food. A third flight with another 20
/// tonnes of cargo is expected": a figure of a sentence from `first` on that
/// adds to a count ("another", "a further", "an additional"), or is a part of
/// one ("Among them were 89 children"), and has no row of its own takes the
/// row of the last earlier figure of its unit that has one.
fn more_of_earlier_rows(text: &str, found: &mut [Quantity], first: usize) {
    let (earlier, new) = found.split_at_mut(first);
    for figure in new.iter_mut().filter(|q| q.category == Category::Other) {
        // The few words before the figure, not all the text before it.
        let from = (figure.span.start.saturating_sub(24)..=figure.span.start)
            .find(|&k| text.is_char_boundary(k))
            .unwrap_or(figure.span.start);
        let before = text[from..figure.span.start]
            .trim_end()
            .to_ascii_lowercase();
        let adds = [
            "another",
            "a further",
            "an additional",
            "among them",
            "among them were",
        ]
        .iter()
        .any(|w| {
            before.ends_with(w)
                && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
        });
        if !adds {
            continue;
        }
        if let Some(row) = earlier
            .iter()
            .rev()
            .find(|q| q.unit == figure.unit && q.category != Category::Other)
        {
            figure.category = row.category;
        }
    }
}

/// "The ministry published the following breakdown of the evacuees:" then
/// "Belarus - 41": the people of a table's row (a label, a colon or a dash,
/// the count) that no word of their own puts in a row take the row of the
/// last people counted in one before the table, a few paragraphs up at most.
fn rows_of_a_table(text: &str, sentence: ByteSpan, found: &mut [Quantity], first: usize) {
    let (earlier, new) = found.split_at_mut(first);
    for figure in new
        .iter_mut()
        .filter(|q| q.category == Category::Other && q.unit == "people")
    {
        let label = text[sentence.start..figure.span.start].trim_end();
        let row = label.len() <= ROW_LABEL_BYTES
            && [":", " -", " –"].iter().any(|s| label.ends_with(s))
            && label.starts_with(|c: char| c.is_uppercase() || matches!(c, '•' | '*' | '-'));
        if !row {
            continue;
        }
        let table = earlier.iter().rev().find(|q| {
            q.unit == "people"
                && q.category != Category::Other
                && figure.span.start - q.span.end <= TABLE_REACH
        });
        if let Some(table) = table {
            figure.category = table.category;
        }
    }
}

/// Bytes of a table row's label at most.
const ROW_LABEL_BYTES: usize = 60;

/// Bytes between a table's row and the people counted before it, at most.
const TABLE_REACH: usize = 1500;

/// The figures of one sentence, without entities or dates (spans are bytes into
/// `sentence`).
pub fn find_in(sentence: &str) -> Vec<Quantity> {
    let text_tokens = Tokens::of(sentence);

    let words = tokens::split(&text_tokens);
    let mut found = in_sentence(&words, &|_| false, &|_| false, &|_| false);
    attribute(sentence, &words, &mut found, &[], &|_| false);
    found
}

fn in_sentence(
    tokens: &[Token<'_>],
    is_group: &dyn Fn(&Token<'_>) -> bool,
    uncounted: &dyn Fn(&Token<'_>) -> bool,
    is_place: &dyn Fn(&Token<'_>) -> bool,
) -> Vec<Quantity> {
    let mut found: Vec<Quantity> = Vec::new();
    let mut previous_last: Option<usize> = None;
    // Where in `found` the last figure stands that no "from" makes a part of
    // another's phrase ("500 firefighters from eight countries"): what
    // "another 300" adds to.
    let mut head: Option<usize> = None;
    // Where in `found` the list the last figure ends begins: the counts
    // joined one after another by a comma or "and" ("17 Filipinos, three
    // Ukrainians and two Bulgarians").
    let mut list_start = 0;
    let mut at = 0;
    while at < tokens.len() {
        let earlier = Earlier {
            found: &found,
            last_token: previous_last,
            head,
        };
        match figure_at(tokens, at, is_group, uncounted, is_place, &earlier) {
            Some(mut figure) => {
                let converts_previous = previous_last.is_some_and(|p| {
                    figure.first == p + 2 && tokens.get(p + 1).is_some_and(|t| t.text == "(")
                });
                if let (true, Some(before)) = (converts_previous, found.last()) {
                    if figure.quantity.qualifier == Qualifier::Exact {
                        figure.quantity.qualifier = before.qualifier;
                    }
                }
                // "4,000 people were evacuated, including 1,100 foreigners": a
                // part of a group of people is counted in the group's row
                // ("among them 120 Germans"), the last group of people before
                // it ("388 people of 28 nationalities, including 100 French").
                // After a verb of being, the group before is the part, in the
                // row of the group when it has none of its own ("their three
                // children were among 1,300 people carried to Larnaca").
                let inclusion = |k: usize| {
                    tokens
                        .get(k)
                        .is_some_and(|t| has_role(&t.lower, ContextRole::Inclusion))
                };
                let after_being = |k: usize| {
                    k.checked_sub(1)
                        .is_some_and(|b| has_role(&tokens[b].lower, ContextRole::Auxiliary))
                };
                let included = match figure.first.checked_sub(1).and_then(|k| tokens.get(k)) {
                    Some(t) if t.lower == "them" => inclusion(figure.first.saturating_sub(2)),
                    Some(_) => inclusion(figure.first - 1) && !after_being(figure.first - 1),
                    None => false,
                };
                let includes_earlier = figure.first > 0
                    && inclusion(figure.first - 1)
                    && after_being(figure.first - 1);
                if figure.quantity.unit == "people" {
                    let group = found.iter_mut().rev().find(|q| q.unit == "people");
                    match group {
                        Some(group) if included => figure.quantity.category = group.category,
                        Some(part) if includes_earlier && part.category == Category::Other => {
                            part.category = figure.quantity.category;
                        }
                        _ => {}
                    }
                }
                // "600 French citizens and 400 other Europeans", "the 20 crew
                // were 15 Filipinos, four Vietnamese": people listed after people
                // share their row when nothing of their own chooses one.
                let back = |n: usize| {
                    figure
                        .first
                        .checked_sub(n)
                        .and_then(|k| tokens.get(k))
                        .map_or("", |t| t.lower.as_ref())
                };
                // "Germany (780), France (538) and the Netherlands (156)": a
                // count in brackets after a listed name.
                let bracketed = back(1) == "("
                    && (matches!(back(3), "," | "and")
                        || back(3) == "the" && matches!(back(4), "," | "and"));
                // "flew 51 Japanese to Seoul together with 163 Koreans".
                let joined_with = matches!((back(2), back(1)), ("together" | "along", "with"))
                    || (back(3), back(2), back(1)) == ("as", "well", "as");
                let listed = bracketed
                    || joined_with
                    || figure
                        .first
                        .checked_sub(1)
                        .and_then(|k| tokens.get(k))
                        .is_some_and(|t| {
                            matches!(t.text, "," | "and") || has_role(&t.lower, ContextRole::Copula)
                        });
                // A bracket may hold an aside after its count ("538, of whom 209 French").
                let gap = if bracketed { 2 * LIST_GAP } else { LIST_GAP };
                let near = previous_last.is_some_and(|p| figure.first <= p + gap);
                // And the other way, for a subject of two joined counts: "600
                // French citizens and 400 other Europeans had asked to leave".
                let joined = previous_last.is_some_and(|p| figure.first == p + 2);
                if !joined {
                    list_start = found.len();
                }
                if let (true, true, Some(group)) = (listed, near, found.last_mut()) {
                    let people = group.unit == "people" && figure.quantity.unit == "people";
                    // Staff joined to people killed or evacuated share their
                    // fate: "Thirteen U.S. service members and at least 170
                    // Afghans were killed".
                    let and = previous_last
                        .is_some_and(|p| tokens.get(p + 1).is_some_and(|t| t.lower == "and"));
                    let shared_fate = and
                        && group.category == Category::Personnel
                        && matches!(
                            figure.quantity.category,
                            Category::Casualties | Category::Evacuees
                        );
                    // And staff listed after them, where no verb of their own
                    // follows: "killed 84 mercenaries and 47 Malian soldiers",
                    // not "evacuated 500 people and 40 crew stayed".
                    let clause_goes_on = tokens.get(figure.last + 1).is_none_or(|t| {
                        !t.is_word
                            || matches!(
                                t.lower.as_ref(),
                                "in" | "on" | "at" | "from" | "near" | "during" | "after" | "when"
                            )
                    });
                    let shares_fate = and
                        && clause_goes_on
                        && figure.quantity.category == Category::Personnel
                        && matches!(group.category, Category::Casualties | Category::Evacuees);
                    if people && (figure.quantity.category == Category::Other || shares_fate) {
                        figure.quantity.category = group.category;
                    } else if people && joined && (group.category == Category::Other || shared_fate)
                    {
                        group.category = figure.quantity.category;
                        // And the people listed before it with no row of their own.
                        let row = figure.quantity.category;
                        let before = found.len() - 1;
                        for earlier in &mut found[list_start.min(before)..before] {
                            if earlier.unit == "people" && earlier.category == Category::Other {
                                earlier.category = row;
                            }
                        }
                    }
                }
                previous_last = Some(figure.last);
                at = figure.last + 1;
                let from = figure.first > 0 && tokens[figure.first - 1].lower == "from";
                if !from {
                    head = Some(found.len());
                }
                found.push(figure.quantity);
            }
            None => at += 1,
        }
    }
    found
}

/// How many tokens after a figure a listed one may start ("878 citizens of
/// Türkiye and 24 nationals") to share its row.
const LIST_GAP: usize = 5;

/// A figure with the tokens it covers.
struct Found {
    first: usize,
    last: usize,
    quantity: Quantity,
}

/// The figures found before a number in its sentence: all of them, the last
/// token of the last one, and where the last stands that no "from" makes a
/// part of another's phrase (what "another 300" adds to).
struct Earlier<'q> {
    found: &'q [Quantity],
    last_token: Option<usize>,
    head: Option<usize>,
}

/// The figure whose number starts at `tokens[at]`, if there is one; none
/// where `uncounted` holds of a token of the number (a date's, a name's).
fn figure_at(
    tokens: &[Token<'_>],
    at: usize,
    is_group: &dyn Fn(&Token<'_>) -> bool,
    uncounted: &dyn Fn(&Token<'_>) -> bool,
    is_place: &dyn Fn(&Token<'_>) -> bool,
    earlier: &Earlier<'_>,
) -> Option<Found> {
    let previous = |k: usize| k.checked_sub(1).and_then(|p| tokens.get(p));
    let glued_before =
        |k: usize| previous(k).filter(|p| p.end == tokens.get(k).map_or(0, |t| t.start));
    // Glued to a word, or the second number of a fraction or of a
    // gallery's counter ("2/3 of", "1/8 Ropucha-class landing ship").
    let denominator = || {
        glued_before(at).is_some_and(|p| p.text == "/")
            && glued_before(at - 1).is_some_and(|n| n.text.bytes().all(|b| b.is_ascii_digit()))
    };
    if glued_before(at).is_some_and(|p| p.is_word) || denominator() {
        return None;
    }
    let number = numbers::parse(tokens, at)?;
    let number_tokens = tokens.get(number.first..=number.last)?;
    if number_tokens.iter().any(uncounted) || not_a_count(tokens, &number, is_place) {
        return None;
    }
    let hedge = qualifiers::before(tokens, number.first);
    let mut first = hedge.map_or(number.first, |(_, k)| k);
    if number.value_max.is_some() && previous(first).is_some_and(|t| t.lower == "between") {
        first -= 1;
    }
    let mut qualifier = hedge
        .map(|(q, _)| q)
        .or(number.implied)
        .unwrap_or(Qualifier::Exact);
    // A count in quotes ("a few thousand" additional troops): its
    // noun follows the closing quote.
    let quoted = |k: usize, glued_to: usize| {
        tokens.get(k).is_some_and(|t| {
            matches!(t.text, "\"" | "\u{201c}" | "\u{201d}")
                && tokens
                    .get(glued_to)
                    .is_some_and(|g| g.start == t.end || g.end == t.start)
        })
    };
    let in_quotes = first > 0 && quoted(first - 1, first) && quoted(number.last + 1, number.last);
    let (mut last, unit, category) = if let Some(code) = number.currency {
        (number.last, code.to_string(), Category::Money)
    } else {
        let (last, noun) = match number.unit {
            Some((unit, kind)) => (
                number.last,
                counted::Counted::plain(number.last, unit, Some(kind)),
            ),
            None => {
                // "200 or more people": the hedge stands between the number and its noun.
                let hedged_to = qualifiers::after(tokens, number.last).map_or(number.last, |h| h.1);
                let noun_from = hedged_to + 1 + usize::from(in_quotes);
                let named = counted::find(tokens, noun_from, is_group, number.vague)
                    .map(|noun| (noun.last, noun))
                    .or_else(|| shared_noun(tokens, &number, is_group))
                    .or_else(|| part_of_count(tokens, &number, is_group))
                    .or_else(|| labelled(tokens, first, &number, is_group, is_place))
                    .or_else(|| counted::collective_before(tokens, first, number.last));
                if named.is_none() && !number.bare_one {
                    if let Some(quantity) = elided(tokens, &number, first, earlier, is_place) {
                        return Some(Found {
                            first,
                            last: number.last,
                            quantity: Quantity {
                                span: ByteSpan::new(
                                    tokens.get(first)?.start,
                                    tokens.get(number.last)?.end,
                                ),
                                value: number.value,
                                value_max: number.value_max,
                                qualifier,
                                ..quantity.clone()
                            },
                        });
                    }
                }
                let noun = named
                    .or_else(|| {
                        // "the other two had left" points back; "two had left" counts.
                        let anaphoric = previous(first)
                            .is_some_and(|t| has_role(&t.lower, ContextRole::Anaphoric));
                        if anaphoric {
                            return None;
                        }
                        counted::subject_of_cue(tokens, number.last + 1)
                            .or_else(|| counted::object_of_cue(tokens, first))
                            .or_else(|| {
                                counted::named_after_copula(
                                    tokens,
                                    first,
                                    number.last + 1,
                                    is_group,
                                )
                            })
                            .or_else(|| counted::bracketed_after_name(tokens, first, number.last))
                            .or_else(|| counted::subject_of_change(tokens, first, is_group))
                            .or_else(|| counted::number_of_subject(tokens, first, is_group))
                            .map(|n| (number.last, n))
                    })
                    .or_else(|| strong_noun(tokens, &number))
                    .or_else(|| singular_noun(tokens, &number))
                    .or_else(|| singular_national(tokens, &number, is_group))?;
                (noun.0, noun.1)
            }
        };
        let kind = noun.kind;
        // A bare "one" is an article ("one of the planes", "one activist")
        // unless hedged, stressed ("just one case") or listed with other
        // counts ("24 warships and one submarine", "one C-17 and two C-130s").
        let counts_one = hedge.is_some()
            || previous(first).is_some_and(|t| has_role(&t.lower, ContextRole::Only))
            || listed_with_count(
                tokens,
                first,
                last,
                earlier.found.last().zip(earlier.last_token),
            );
        if number.bare_one && !counts_one {
            return None;
        }
        let unit = noun.unit.clone();
        if kind.is_none() && tokens.get(number.first).is_some_and(year_like) {
            return None;
        }
        // "1.5m people" and "1.5m tonnes of grain" are millions; "a 40m boat" is a length.
        let millions = matches!(
            kind,
            None | Some(
                NounKind::People
                    | NounKind::Personnel
                    | NounKind::Casualties
                    | NounKind::Weight
                    | NounKind::Goods
            )
        );
        if number.glued_scale && !millions {
            return None;
        }
        match kind {
            Some(NounKind::Duration | NounKind::Furniture) => return None,
            _ if noun.anaphoric
                && previous(first).is_some_and(|t| has_role(&t.lower, ContextRole::Anaphoric)) =>
            {
                return None
            }
            _ => {}
        }
        // "a 150-strong contingent", "a 300-strong crowd": "-strong" counts people.
        let (kind, unit) = match kind {
            _ if !number.strong => (kind, unit),
            Some(NounKind::Personnel) => (kind, "people".to_string()),
            _ => (Some(NounKind::People), "people".to_string()),
        };
        // The clause is read from the noun's end, also when the figure ends
        // before it ("70 of its staff had been killed").
        (
            last,
            unit,
            counted::category(kind, tokens, first, last.max(noun.last), noun.national),
        )
    };
    if qualifier == Qualifier::Exact {
        let after =
            qualifiers::after(tokens, number.last).or_else(|| qualifiers::after(tokens, last));
        if let Some((q, end)) = after {
            qualifier = q;
            last = last.max(end);
        }
    }
    // A verb bounds a number that counts no noun of its own: a toll, a total
    // or a sum ("the toll passed 17,000"; "passed 3 laws" stays exact).
    if qualifier == Qualifier::Exact && last == number.last {
        if let Some(q) = qualifiers::verb_before(tokens, first) {
            qualifier = q;
        }
    }
    // The opening quote goes with the closing one.
    let start = tokens.get(first - usize::from(in_quotes))?.start;
    let end = tokens.get(last)?.end;
    Some(Found {
        first,
        last,
        quantity: Quantity {
            span: ByteSpan::new(start, end),
            value: number.value,
            value_max: number.value_max,
            qualifier,
            unit,
            category,
            source: None,
            status: Status::Reported,
        },
    })
}

/// The word after "-strong" when it is no counted noun ("a 300-strong crowd").
fn strong_noun(
    tokens: &[Token<'_>],
    number: &numbers::Number,
) -> Option<(usize, counted::Counted)> {
    let next = number.last + 1;
    let last = if tokens.get(next).is_some_and(|t| t.is_word) {
        next
    } else {
        number.last
    };
    number.strong.then(|| {
        (
            last,
            counted::Counted::plain(last, "people", Some(NounKind::People)),
        )
    })
}

/// A people's word in the singular after the word "one" when it counts, at
/// the end of its phrase ("four Americans and one Canadian"), which no plural
/// ending marks as people.
fn singular_national(
    tokens: &[Token<'_>],
    number: &numbers::Number,
    is_group: &dyn Fn(&Token<'_>) -> bool,
) -> Option<(usize, counted::Counted)> {
    let next = number.last + 1;
    let token = tokens.get(next)?;
    let ends_phrase = tokens
        .get(next + 1)
        .is_none_or(|t| !t.is_word || FUNCTION_WORDS.contains(t.lower.as_ref()));
    let singular = !token.lower.ends_with('s');
    let national = || counted::names_nationality(token, is_group);
    (number.bare_one && singular && ends_phrase && national()).then(|| {
        let mut noun = counted::Counted::plain(next, "people", Some(NounKind::People));
        noun.national = true;
        (next, noun)
    })
}

/// The singular noun after the word "one" when it counts ("just one case"), which no plural
/// ending marks.
fn singular_noun(
    tokens: &[Token<'_>],
    number: &numbers::Number,
) -> Option<(usize, counted::Counted)> {
    let next = number.last + 1;
    let token = tokens.get(next)?;
    let word = token.is_word
        && token.text == token.lower
        && token.lower.len() > 2
        && token.lower.chars().all(char::is_alphabetic)
        && !FUNCTION_WORDS.contains(token.lower.as_ref());
    (number.bare_one && word).then(|| (next, counted::Counted::plain(next, &token.lower, None)))
}

/// The noun of the next number when two are joined ("500 and 1,000 songs"), with
/// this number's own last token: the figure's span stays on its own number.
fn shared_noun(
    tokens: &[Token<'_>],
    number: &numbers::Number,
    is_group: &dyn Fn(&Token<'_>) -> bool,
) -> Option<(usize, counted::Counted)> {
    let joiner = tokens.get(number.last + 1)?;
    if !matches!(joiner.lower.as_ref(), "and" | "or") {
        return None;
    }
    let next = numbers::parse(tokens, number.last + 2)?;
    let noun = counted::find(tokens, next.last + 1, is_group, next.vague)?;
    Some((number.last, noun))
}

/// The noun of a label the number is the value of, in a fact box or a list
/// ("* People evacuated: 321", "Flights: 4"), with this number's own last
/// token: a label is the first words of its line, a noun of the table among
/// them, then a colon.
fn labelled(
    tokens: &[Token<'_>],
    first: usize,
    number: &numbers::Number,
    is_group: &dyn Fn(&Token<'_>) -> bool,
    is_place: &dyn Fn(&Token<'_>) -> bool,
) -> Option<(usize, counted::Counted)> {
    let colon = first.checked_sub(1)?;
    // A table's row ends with its count ("Belarus - 41"), and a dash labels
    // only such a row ("Barbarians - 15 - Tim Stimpson" lists a team).
    let row_ends = tokens
        .get(number.last + 1)
        .is_none_or(|t| matches!(t.text, ")" | "." | ";"));
    let label = label_start(tokens, colon)
        .or_else(|| row_label_start(tokens, colon).filter(|_| row_ends))?;
    // Labelled with a place or a people ("Türkiye: 1,559"): people, of the
    // table's row.
    let named_row = || {
        (row_ends && (label..colon).any(|k| is_place(&tokens[k]) || is_group(&tokens[k])))
            .then(|| counted::Counted::plain(number.last, "people", Some(NounKind::People)))
    };
    let noun = (label..colon)
        .filter_map(|k| counted::find(tokens, k, is_group, false))
        .find(|noun| noun.last < colon && noun.kind.is_some())
        .or_else(|| people_cue_in(tokens, label, colon))
        .or_else(named_row)?;
    Some((number.last, noun))
}

/// Where a table's row label starts that the dash at `dash` ends ("Belarus -
/// 41", "Afghanistan (family members) - 6"): one to four words, brackets
/// between them, that open the sentence.
fn row_label_start(tokens: &[Token<'_>], dash: usize) -> Option<usize> {
    let separator = tokens.get(dash)?;
    let spaced = dash > 0 && tokens[dash - 1].end < separator.start;
    if !matches!(separator.text, "-" | "–") || !spaced {
        return None;
    }
    let label = &tokens[..dash];
    let words = label.iter().filter(|t| t.is_word).count();
    ((1..=4).contains(&words)
        && label
            .iter()
            .all(|t| t.is_word || matches!(t.text, "(" | ")"))
        && label.first().is_some_and(Token::is_capitalised))
    .then_some(0)
}

/// People, when a word of evacuation or casualty stands in `from..to` and no
/// noun does ("Evacuated: 321", "Death toll: 37").
fn people_cue_in(tokens: &[Token<'_>], from: usize, to: usize) -> Option<counted::Counted> {
    (from..to)
        .any(|k| {
            CATEGORY_CUES
                .starting_with(&tokens[k].lower)
                .iter()
                .any(|p| {
                    matches!(p.meaning, Cue::Evacuees | Cue::Casualties)
                        && numbers::words_at(tokens, k, &p.words)
                        && k + p.words.len() <= to
                })
        })
        .then(|| counted::Counted::plain(to, "people", Some(NounKind::People)))
}

/// Where the label that the colon at `colon` ends starts: one to four words
/// that open the sentence, after a bullet if one opens it.
pub(crate) fn label_start(tokens: &[Token<'_>], colon: usize) -> Option<usize> {
    if tokens.get(colon)?.text != ":" {
        return None;
    }
    let bullet = tokens
        .first()
        .is_some_and(|t| matches!(t.text, "*" | "-" | "•" | "–" | "—"));
    let start = usize::from(bullet);
    let words = colon.checked_sub(start)?;
    ((1..=4).contains(&words) && tokens[start..colon].iter().all(|t| t.is_word)).then_some(start)
}

/// The noun of a whole this number is a part of, counted ("63 of its 115
/// nationals", "8 million of Nepal's 28 million people", "14 of 16 crew"),
/// with this number's own last token, or not ("1,100 of its dealerships",
/// "two of the ships"), with the noun's.
fn part_of_count(
    tokens: &[Token<'_>],
    number: &numbers::Number,
    is_group: &dyn Fn(&Token<'_>) -> bool,
) -> Option<(usize, counted::Counted)> {
    let of = tokens.get(number.last + 1)?;
    let owner = tokens.get(number.last + 2)?;
    // "14 of 16 crew", "fewer than 1,000 of an estimated 30,000 nationals":
    // the whole is counted with no owner before it.
    let counted_whole = owner.starts_with_digit() || matches!(owner.lower.as_ref(), "a" | "an");
    if of.lower != "of" || !(counted::possessive(owner) || owner.lower == "the" || counted_whole) {
        return None;
    }
    // "at least 50 of the roughly 240 hostages": past the whole's own hedge.
    let owned = number.last + 3 - usize::from(owner.starts_with_digit());
    let whole_at = qualifiers::skip_hedge(tokens, owned);
    match numbers::parse(tokens, whole_at) {
        Some(whole) => {
            let noun = counted::find(tokens, whole.last + 1, is_group, whole.vague)?;
            Some((number.last, noun))
        }
        // "only one of the tasks" singles a thing out; it counts nothing.
        None if number.bare_one || counted_whole => None,
        // "more than 1,000 of its citizens": the span runs to the noun, as
        // "dozens of its citizens" does.
        None => {
            let noun = counted::find(tokens, number.last + 3, is_group, false)?;
            Some((noun.last, noun))
        }
    }
}

/// The figure a bare number repeats without its noun, listed after it with a
/// place or a part ("Five flights left from Budapest, four from Suceava";
/// "treated 2,600 people, 1,170 of them at Barpak"), or compared with it
/// ("1,200 troops remain, down from about 4,000"; "1,000 asked to leave, out
/// of 30,000 living there"), or adds to it ("another 300", "300 more", to
/// `head`, the last figure no "from" makes a part of another's phrase): its
/// unit and row.
fn elided<'q>(
    tokens: &[Token<'_>],
    number: &numbers::Number,
    first: usize,
    earlier: &Earlier<'q>,
    is_place: &dyn Fn(&Token<'_>) -> bool,
) -> Option<&'q Quantity> {
    let figure = earlier.found.last()?;
    let head = earlier.head.map(|h| &earlier.found[h]);
    let word = |back: usize| {
        first
            .checked_sub(back)
            .and_then(|k| tokens.get(k))
            .map_or("", |t| t.lower.as_ref())
    };
    let compared = matches!(
        (word(2), word(1)),
        ("up" | "down", "from") | ("compared", "with" | "to") | ("out", "of")
    );
    // "another 300", "a further 61", "1,600 more": more of what the figure counts.
    let more_of_it = word(1) == "another"
        || matches!((word(2), word(1)), ("a", "further") | ("an", "additional"))
        || tokens
            .get(number.last + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "more" | "others"));
    if more_of_it {
        return head.or(Some(figure));
    }
    // "Britain flew out 301 people, France 538 and Germany more than 700": a
    // place listed after a figure of a row, with a bare number and nothing
    // after it, says the same of the place.
    let gapped = first >= 2
        && is_place(&tokens[first - 1])
        && matches!(word(2), "," | "and")
        && figure.category != Category::Other
        && tokens
            .get(number.last + 1)
            .is_none_or(|t| matches!(t.text, "," | "." | ";" | "and"));
    if gapped {
        return Some(figure);
    }
    // "8.6 million people have fled, including 1.8 million who crossed into
    // Chad", "420 sorties, including 117 at night": a part of what was
    // counted before, which is no less than the part ("230 people across six
    // states, including more than 100 in North Carolina" counts people).
    if has_role(word(1), ContextRole::Inclusion)
        && tokens.get(number.last + 1).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "who" | "of" | "in" | "from" | "at" | "on" | ","
            )
        })
    {
        return earlier.found.iter().rev().find(|q| q.value >= number.value);
    }
    // "1,924 people, of whom 1,685 are Turkish citizens": a part of what was
    // counted before, as after "including".
    if matches!((word(2), word(1)), ("of" | "among", "whom" | "them")) {
        return earlier.found.iter().rev().find(|q| q.value >= number.value);
    }
    if compared {
        return Some(figure);
    }
    let listed = matches!(word(1), "," | "and");
    let next = tokens.get(number.last + 1)?;
    let placed = matches!(next.lower.as_ref(), "from" | "in" | "on" | "at" | "to")
        || (next.lower == "of"
            && tokens
                .get(number.last + 2)
                .is_some_and(|t| matches!(t.lower.as_ref(), "them" | "whom" | "those")));
    (listed && placed).then_some(figure)
}

/// True when a count of one is listed with another count: right after one
/// ("24 warships and one submarine") or right before one ("one C-17 and two
/// C-130s").
fn listed_with_count(
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
    before: Option<(&Quantity, usize)>,
) -> bool {
    let joiner = |k: usize| tokens.get(k).is_some_and(|t| matches!(t.text, "," | "and"));
    let after_one = before.is_some_and(|(_, previous_last)| {
        first >= 2 && previous_last == first - 2 && joiner(first - 1)
    });
    let before_one = joiner(last + 1)
        && numbers::parse(tokens, last + 2).is_some_and(|n| !n.bare_one && n.currency.is_none());
    after_one || before_one
}

/// True for numbers that are years, times of day or ages.
fn not_a_count(
    tokens: &[Token<'_>],
    number: &numbers::Number,
    is_place: &dyn Fn(&Token<'_>) -> bool,
) -> bool {
    let Some(first) = tokens.get(number.first) else {
        return true;
    };
    let before = number
        .first
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .map(|t| t.lower.as_ref());
    let after = tokens.get(number.last + 1);
    let year = year_like(first) && before.is_none_or(|b| has_role(b, ContextRole::YearPreposition));
    // The hours of a clock time, or its minutes ("11:40 Second flight lands").
    let time = after.is_some_and(|t| {
        has_role(t.lower.trim_end_matches('.'), ContextRole::TimeOfDay)
            || (t.text == ":"
                && tokens
                    .get(number.last + 2)
                    .is_some_and(Token::starts_with_digit))
    }) || before == Some(":")
        && number
            .first
            .checked_sub(2)
            .is_some_and(|k| tokens[k].starts_with_digit());
    let age = before.is_some_and(|b| has_role(b, ContextRole::Age));
    // "one in five evacuees": a ratio, not five of them.
    let ratio = before == Some("in")
        && number
            .first
            .checked_sub(2)
            .and_then(|k| tokens.get(k))
            .is_some_and(|t| matches!(t.lower.as_ref(), "one" | "1"));
    // "this Saturday (14)", "on Thursday (12)": the day of the month in
    // brackets after its weekday, as Portuguese and Spanish reports write it.
    let day_of_weekday = before == Some("(")
        && after.is_some_and(|t| t.text == ")")
        && number.value <= 31.0
        && number
            .first
            .checked_sub(2)
            .and_then(|k| tokens.get(k))
            .is_some_and(|t| {
                CALENDAR_NAMES.iter().any(|&(kind, name, _)| {
                    kind == "weekday" && name.eq_ignore_ascii_case(&t.lower)
                })
            });
    // "the 2012–13 evacuation": the span's second year, not a count.
    let years_end = matches!(before, Some("-" | "–" | "/"))
        && first.text.len() == 2
        && number
            .first
            .checked_sub(2)
            .and_then(|k| tokens.get(k))
            .is_some_and(year_like);
    year || time
        || years_end
        || age
        || ratio
        || day_of_weekday
        || labelled_number(tokens, number.first)
        || designation(tokens, number, is_place)
}

/// True when a number label stands before `tokens[at]` (context_words.tsv:
/// "No. 70 Squadron", "flight 17", "page 3"): the number names, it does not
/// count. "No" is one only capitalised or abbreviated, not the determiner.
pub(super) fn labelled_number(tokens: &[Token<'_>], at: usize) -> bool {
    let Some(mut k) = at.checked_sub(1) else {
        return false;
    };
    let abbreviated = tokens[k].text == ".";
    if abbreviated {
        let Some(word) = k.checked_sub(1) else {
            return false;
        };
        k = word;
    }
    let word = &tokens[k];
    word.is_word
        && has_role(&word.lower, ContextRole::NumberLabel)
        && (word.lower != "no" || abbreviated || word.is_capitalised())
}

/// Four digits that could be a year ("2011").
fn year_like(token: &Token<'_>) -> bool {
    token.text.len() == 4
        && token.text.chars().all(|c| c.is_ascii_digit())
        && token
            .text
            .get(..2)
            .is_some_and(|c| matches!(c, "18" | "19" | "20"))
}

/// True for a bare integer after a name and before a lower-case word: a model or
/// route number ("iPhone 4 owners", "Boeing 737 fleet", "Route 66 motels"). A
/// weekday, a function word, a possessive or a hedge before it, or a capital
/// after it (title-case headlines: "Russia Sends 4 Ships"), or a place
/// preposition before a capitalised name ("in Latakia 200 people", but "to
/// iPhone 4 owners"), keep it a count.
fn designation(
    tokens: &[Token<'_>],
    number: &numbers::Number,
    is_place: &dyn Fn(&Token<'_>) -> bool,
) -> bool {
    let (Some(first), Some(name), Some(next)) = (
        tokens.get(number.first),
        number.first.checked_sub(1).and_then(|k| tokens.get(k)),
        tokens.get(number.last + 1),
    ) else {
        return false;
    };
    // A sum or a measure is no model's number ("Germany 244 million euros and").
    number.currency.is_none()
        && number.unit.is_none()
        && first.text.chars().all(|c| c.is_ascii_digit())
        && name.is_word
        && name.text.chars().any(char::is_uppercase)
        // "Moengo 56 miles (90 km) east": a place before a counted noun of
        // the table is no maker ("Thunderbolt 3 docks" may be one, and
        // "Corso Monforte 15" is a street's number).
        && !(is_place(name) && counts_known(tokens, number))
        && !WEEKDAYS.contains(&name.text)
        && !FUNCTION_WORDS.contains(name.lower.as_ref())
        // "Only 216 trucks entered", "Altogether 77 people boarded" at a sentence's start.
        && !has_role(&name.lower, ContextRole::Only)
        && !["'s", "’s", "s'", "s’"]
            .iter()
            .any(|e| name.lower.ends_with(e))
        && qualifiers::before(tokens, number.first).is_none()
        && !(name.is_capitalised()
            && number
                .first
                .checked_sub(2)
                .and_then(|k| tokens.get(k))
                .is_some_and(|t| has_role(&t.lower, ContextRole::PlacePreposition)))
        && next.is_word
        // "France 538 and Germany 700": a place's count listed on.
        && !(is_place(name) && matches!(next.lower.as_ref(), "and" | "or"))
        // A maker's model number, whatever follows ("Boeing 787 Dreamliners").
        && (!next.is_capitalised() || counted::model_family(name).is_some())
}

/// True when a noun of the counted nouns' table follows the number.
fn counts_known(tokens: &[Token<'_>], number: &numbers::Number) -> bool {
    counted::find(tokens, number.last + 1, &|_| false, false)
        .is_some_and(|noun| noun.kind.is_some())
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(crate) fn build_tables() {
    attribution::build_tables();
    counted::build_tables();
    numbers::build_tables();
    tokens::build_tables();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (sentence, figure text, value, qualifier, unit, category)
    #[rustfmt::skip]
    const FIGURES: &[(&str, &str, f64, Qualifier, &str, Category)] = &[
        ("Sixty-three Britons and other foreigners flew to Cyprus.", "Sixty-three Britons", 63.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Dozens of Canadians were flown out of the capital.", "Dozens of Canadians", 24.0, Qualifier::AtLeast, "people", Category::Evacuees),
        ("Hundreds of families fled the fighting.", "Hundreds of families", 200.0, Qualifier::AtLeast, "families", Category::Evacuees),
        ("Several more cargo jets are due.", "Several more cargo jets", 3.0, Qualifier::AtLeast, "aircraft", Category::Aircraft),
        ("Cargo jets brought more than 60 tonnes of food aid.", "more than 60 tonnes", 60.0, Qualifier::AtLeast, "tonnes", Category::Aid),
        ("The navy is sending three more frigates.", "three more frigates", 3.0, Qualifier::Exact, "ships", Category::Ships),
        ("Russia Sends 4 Ships To Syria", "4 Ships", 4.0, Qualifier::Exact, "ships", Category::Ships),
        // A ship's size, not a count of ships.
        ("The 63,000 dwt bulk carrier Rubymar sank.", "63,000 dwt", 63000.0, Qualifier::Exact, "dwt", Category::Other),
        ("A 14,000 TEU box ship diverted.", "14,000 TEU", 14000.0, Qualifier::Exact, "TEU", Category::Other),
        ("More than 6,000+ people were evacuated.", "More than 6,000+ people", 6000.0, Qualifier::AtLeast, "people", Category::Evacuees),
        ("The drill drew 120+ aircraft.", "120+ aircraft", 120.0, Qualifier::AtLeast, "aircraft", Category::Aircraft),
        ("More than a dozen fast-attack craft surrounded the tanker.", "More than a dozen fast-attack craft", 12.0, Qualifier::AtLeast, "ships", Category::Ships),
        ("At least 12 military trucks left the base.", "At least 12 military trucks", 12.0, Qualifier::AtLeast, "trucks", Category::Equipment),
        ("The hospital ship has a crew of about 70 civilian mariners.", "about 70 civilian mariners", 70.0, Qualifier::Approx, "people", Category::Personnel),
        // Thousands set apart by spaces; not before a model's number.
        ("Niger: 1 079 people were evacuated in 48 hours.", "1 079 people", 1079.0, Qualifier::Exact, "people", Category::Evacuees),
        ("About 1 200 French nationals left by air.", "About 1 200 French nationals", 1200.0, Qualifier::Approx, "people", Category::Evacuees),
        ("Maybe 120 people fled the village on Monday.", "Maybe 120 people", 120.0, Qualifier::Approx, "people", Category::Evacuees),
        ("Staff helped more than 1,900 Australians depart Lebanon.", "more than 1,900 Australians", 1900.0, Qualifier::AtLeast, "people", Category::Evacuees),
        ("All 28 of its citizens were safely out of the country.", "28 of its citizens", 28.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The fund gave 1 500 000 euros.", "1 500 000 euros", 1_500_000.0, Qualifier::Exact, "EUR", Category::Money),
        ("Its fleet of roughly 400 737 Max jets is grounded.", "roughly 400 737 Max jets", 400.0, Qualifier::Approx, "aircraft", Category::Aircraft),
        // A hedge between the number and its noun.
        ("Officials said 200 or more people fled on Monday.", "200 or more people", 200.0, Qualifier::AtLeast, "people", Category::Evacuees),
        ("Photos show at least three Ilyushin Il-76s on the runway.", "at least three Ilyushin Il-76s", 3.0, Qualifier::AtLeast, "aircraft", Category::Aircraft),
        ("Turkey sent two C-130 planes and four F-16s.", "four F-16s", 4.0, Qualifier::Exact, "aircraft", Category::Aircraft),
        ("A 200-strong detachment of paratroopers landed.", "200-strong detachment of paratroopers", 200.0, Qualifier::Exact, "people", Category::Personnel),
        ("A 300-strong crowd gathered at the gate.", "300-strong crowd", 300.0, Qualifier::Exact, "people", Category::Other),
        ("A 12-strong team of doctors flew in.", "12-strong team of doctors", 12.0, Qualifier::Exact, "people", Category::Personnel),
        ("A 40-person team flew to Khartoum to help evacuate the embassy.", "40-person team", 40.0, Qualifier::Exact, "people", Category::Personnel),
        ("Russia evacuated more than 1,000 of its citizens on Monday.", "more than 1,000 of its citizens", 1_000.0, Qualifier::AtLeast, "people", Category::Evacuees),
        ("Russia flew 89 more of its citizens out of Syria on Wednesday.", "89 more of its citizens", 89.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The ship carried 1,924 people, of whom 1,685 are Turkish citizens.", "1,685", 1_685.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The four-ship flotilla left Sevastopol.", "four-ship", 4.0, Qualifier::Exact, "ships", Category::Ships),
        ("A 40-tonne shipment of aid arrived.", "40-tonne", 40.0, Qualifier::Exact, "tonnes", Category::Aid),
        ("A 300-strong force guards the port.", "300-strong force", 300.0, Qualifier::Exact, "people", Category::Personnel),
        ("GM will shut down about 1,100 of its dealerships.", "about 1,100 of its dealerships", 1100.0, Qualifier::Approx, "dealerships", Category::Other),
        ("Two of the warships left port.", "Two of the warships", 2.0, Qualifier::Exact, "ships", Category::Ships),
        ("His mother and 10 other people drowned.", "10 other people", 10.0, Qualifier::Exact, "people", Category::Casualties),
        ("Some 3,200 people were already in public shelters.", "Some 3,200 people", 3_200.0, Qualifier::Approx, "people", Category::Evacuees),
        ("The plan is to bring out about 2,500 Afghan local staff.", "about 2,500 Afghan local staff", 2_500.0, Qualifier::Approx, "people", Category::Evacuees),
        // A bound after the noun.
        ("The blast killed 12 people at least, officials said.", "12 people at least", 12.0, Qualifier::AtLeast, "people", Category::Casualties),
        ("It flew out 300 people at the most.", "300 people at the most", 300.0, Qualifier::AtMost, "people", Category::Evacuees),
        // A part of a whole counted without an owner.
        ("Rescuers said 14 of 16 crew were rescued.", "14", 14.0, Qualifier::Exact, "people", Category::Evacuees),
        ("In the end fewer than 1,000 of an estimated 30,000 Russian nationals left.", "fewer than 1,000", 1_000.0, Qualifier::AtMost, "people", Category::Evacuees),
        ("Altogether 77 people boarded the plane.", "77 people", 77.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Overall 3,200 tonnes of aid arrived.", "3,200 tonnes", 3_200.0, Qualifier::Exact, "tonnes", Category::Aid),
        ("Up to 500 marines could be deployed.", "Up to 500 marines", 500.0, Qualifier::AtMost, "people", Category::Personnel),
        ("About 2,500 nationals have registered with their embassy.", "About 2,500 nationals", 2500.0, Qualifier::Approx, "people", Category::Nationals),
        ("Up to 12,000 Germans live in the region.", "Up to 12,000 Germans", 12_000.0, Qualifier::AtMost, "people", Category::Nationals),
        ("At least seven people die on the route every year.", "At least seven people", 7.0, Qualifier::AtLeast, "people", Category::Casualties),
        ("The blast killed 31 people at the market.", "31 people", 31.0, Qualifier::Exact, "people", Category::Casualties),
        ("Officials counted 4,000 dead after the quake.", "4,000 dead", 4000.0, Qualifier::Exact, "people", Category::Casualties),
        ("The attack killed at least 50 and wounded 120.", "at least 50", 50.0, Qualifier::AtLeast, "people", Category::Casualties),
        ("The attack killed at least 50 and wounded 120.", "120", 120.0, Qualifier::Exact, "people", Category::Casualties),
        ("The death toll rose to 56 on Monday.", "56", 56.0, Qualifier::Exact, "people", Category::Casualties),
        ("The death toll rose from 12 to 37 overnight.", "37", 37.0, Qualifier::Exact, "people", Category::Casualties),
        ("Twelve people were hurt when the shell hit.", "Twelve people", 12.0, Qualifier::Exact, "people", Category::Casualties),
        ("The plane, which can carry 300 passengers, took 115 people.", "300 passengers", 300.0, Qualifier::Exact, "people", Category::Other),
        ("The ship can carry up to 40 tonnes of aid.", "up to 40 tonnes", 40.0, Qualifier::AtMost, "tonnes", Category::Other),
        ("The aid ship is able to produce 100,000 litres of fresh water a day.", "100,000 litres", 100_000.0, Qualifier::Exact, "litres", Category::Other),
        ("Of the 1,200 people evacuated, 800 were Russian citizens.", "800", 800.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Of the 10 aircraft, 3 were Su-24 bombers.", "3", 3.0, Qualifier::Exact, "aircraft", Category::Aircraft),
        ("The number of evacuees rose from 300 to 1,200 on Monday.", "1,200", 1200.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The death toll from the earthquake in Syria has exceeded 5,800.", "5,800", 5800.0, Qualifier::AtLeast, "people", Category::Casualties),
        ("The death toll from the quake passed 17,000 on Thursday.", "17,000", 17_000.0, Qualifier::AtLeast, "people", Category::Casualties),
        ("By Friday the toll had risen above 17,000.", "above 17,000", 17_000.0, Qualifier::AtLeast, "people", Category::Casualties),
        ("The toll has climbed past 1,200.", "1,200", 1200.0, Qualifier::AtLeast, "people", Category::Casualties),
        ("The death toll from the two storms that swept the coast of Bengal and Odisha climbed past 9,000.", "9,000", 9000.0, Qualifier::AtLeast, "people", Category::Casualties),
        ("The death toll from the floods since June 14 rose to 1,061.", "1,061", 1061.0, Qualifier::Exact, "people", Category::Casualties),
        ("The death toll from the floods since Jan. 22 rose to 300.", "300", 300.0, Qualifier::Exact, "people", Category::Casualties),
        ("The toll was 2,430 by evening.", "2,430", 2430.0, Qualifier::Exact, "people", Category::Casualties),
        ("The number of Russians still in Syria is around 1,500.", "around 1,500", 1500.0, Qualifier::Approx, "people", Category::Other),
        ("They put the total number of Syrians there at close to 1 million.", "close to 1 million", 1e6, Qualifier::Approx, "people", Category::Other),
        ("The WHO put the number of bodies recovered and identified at 3,922.", "3,922", 3922.0, Qualifier::Exact, "people", Category::Casualties),
        ("None of the 24 crew members was injured.", "24 crew members", 24.0, Qualifier::Exact, "people", Category::Personnel),
        ("Britain sent two Type 45 destroyers.", "two Type 45 destroyers", 2.0, Qualifier::Exact, "ships", Category::Ships),
        ("Two older Project 1171 landing ships sailed.", "Two older Project 1171 landing ships", 2.0, Qualifier::Exact, "ships", Category::Ships),
        ("Four tourists were taken off, adding that nobody had been seriously hurt.", "Four tourists", 4.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Quake toll crosses 3,600", "3,600", 3600.0, Qualifier::AtLeast, "people", Category::Casualties),
        ("Quake toll nears 3,000 as rains hamper rescue", "3,000", 3000.0, Qualifier::Approx, "people", Category::Casualties),
        ("The number of civilians who have taken shelter inside the Hmeimim airbase in Latakia has risen to more than 8,000.", "more than 8,000", 8000.0, Qualifier::AtLeast, "people", Category::Evacuees),
        ("The number of Russian nationals living in Syria is estimated at 25,000.", "25,000", 25_000.0, Qualifier::Exact, "people", Category::Nationals),
        ("The death toll from last Friday's 7.7-magnitude earthquake rose to 2,886 on Wednesday.", "2,886", 2886.0, Qualifier::Exact, "people", Category::Casualties),
        ("The death toll in the town 16 km north of Sagaing rose to 300.", "300", 300.0, Qualifier::Exact, "people", Category::Casualties),
        ("A US estimate warns deaths could exceed 10,000.", "10,000", 10_000.0, Qualifier::AtLeast, "people", Category::Casualties),
        ("Each family received 10,000 Turkish liras in aid.", "10,000 Turkish liras", 10_000.0, Qualifier::Exact, "TRY", Category::Money),
        ("Damage could exceed $10 billion, the bank said.", "$10 billion", 10e9, Qualifier::AtLeast, "USD", Category::Money),
        ("The chain's share \"wouldn't exceed $100 million\", it said.", "$100 million", 100e6, Qualifier::AtMost, "USD", Category::Money),
        ("Switzerland gave 500,000 Swiss francs to the appeal.", "500,000 Swiss francs", 500_000.0, Qualifier::Exact, "CHF", Category::Money),
        ("The war cost 300 billion Syrian pounds.", "300 billion Syrian pounds", 300e9, Qualifier::Exact, "SYP", Category::Money),
        ("Norway pledged 150 million kroner.", "150 million kroner", 150e6, Qualifier::Exact, "kroner", Category::Money),
        ("Manila paid PHP 75,000 to each worker.", "PHP 75,000", 75_000.0, Qualifier::Exact, "PHP", Category::Money),
        ("The government had set aside R2 million for the first phase.", "R2 million", 2e6, Qualifier::Exact, "ZAR", Category::Money),
        ("Kenya on Wednesday pledged Sh100 million to the appeal.", "Sh100 million", 100e6, Qualifier::Exact, "KES", Category::Money),
        ("The state released Rs50 million for the evacuees.", "Rs50 million", 50e6, Qualifier::Exact, "INR", Category::Money),
        ("The UAE pledged Dh36.7 million for Derna.", "Dh36.7 million", 36.7e6, Qualifier::Exact, "AED", Category::Money),
        ("The NGO called for at least Tk 120 crore in aid.", "at least Tk 120 crore", 1.2e9, Qualifier::AtLeast, "BDT", Category::Money),
        ("Libya approved 2 billion Libyan dinars for the city.", "2 billion Libyan dinars", 2e9, Qualifier::Exact, "LYD", Category::Money),
        ("Mozambique spent 50 million meticais on shelters.", "50 million meticais", 50e6, Qualifier::Exact, "MZN", Category::Money),
        ("Some 7,000 households require emergency shelter kits.", "Some 7,000 households", 7000.0, Qualifier::Approx, "households", Category::Other),
        ("WFP gave shelter kits to 5,000 families.", "5,000 families", 5000.0, Qualifier::Exact, "families", Category::Other),
        ("The Red Cross said it was sending 15 volunteers to Beira.", "15 volunteers", 15.0, Qualifier::Exact, "people", Category::Personnel),
        ("The UAE sent a 40-member rescue team to Libya, where floods have killed thousands.", "40-member rescue team", 40.0, Qualifier::Exact, "people", Category::Personnel),
        ("Hamas is to release at least 50 of the roughly 240 hostages.", "at least 50", 50.0, Qualifier::AtLeast, "people", Category::Other),
        ("Five Thai farmworkers and 33 Israeli captives were freed.", "33 Israeli captives", 33.0, Qualifier::Exact, "people", Category::Other),
        ("The enclave's 2.3 million people began to take stock.", "2.3 million people", 2.3e6, Qualifier::Exact, "people", Category::Other),
        ("About 3,000 people took control of the square.", "About 3,000 people", 3000.0, Qualifier::Approx, "people", Category::Other),
        ("About 2,000 families were evacuated from the coast.", "About 2,000 families", 2000.0, Qualifier::Approx, "families", Category::Evacuees),
        ("About 300 households were evacuated from the coast.", "About 300 households", 300.0, Qualifier::Approx, "households", Category::Evacuees),
        ("A convoy of 14 trucks carrying food rations crossed.", "14 trucks", 14.0, Qualifier::Exact, "trucks", Category::Other),
        ("On Monday 630 trucks entered, including 50 fuel tankers.", "50 fuel tankers", 50.0, Qualifier::Exact, "tankers", Category::Other),
        ("Two oil tankers were struck off Yemen.", "Two oil tankers", 2.0, Qualifier::Exact, "ships", Category::Ships),
        ("Two emergencies ministry planes carrying aid flew in.", "Two emergencies ministry planes", 2.0, Qualifier::Exact, "aircraft", Category::Aircraft),
        ("Two Chinese Y-20 transport planes landed in Kabul.", "Two Chinese Y-20 transport planes", 2.0, Qualifier::Exact, "aircraft", Category::Aircraft),
        ("Three Chinese died in the crash.", "Three Chinese", 3.0, Qualifier::Exact, "people", Category::Casualties),
        ("China gave 5.9 million U.S. dollars in aid.", "5.9 million U.S. dollars", 5.9e6, Qualifier::Exact, "USD", Category::Money),
        ("Typhoons of No. 70 Squadron flew two sorties.", "two sorties", 2.0, Qualifier::Exact, "sorties", Category::Aircraft),
        ("A further 120 people were flown out, bringing the total to 1,466.", "1,466", 1466.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The tanker was hit, and its crew of 24 stayed aboard.", "24", 24.0, Qualifier::Exact, "people", Category::Personnel),
        ("Fewer than 600 were registered with the embassy.", "Fewer than 600", 600.0, Qualifier::AtMost, "people", Category::Nationals),
        ("Parliament passed 3 laws on aid.", "3 laws", 3.0, Qualifier::Exact, "laws", Category::Other),
        ("Rescuers have pulled 42 people from the rubble in Aleppo.", "42 people", 42.0, Qualifier::Exact, "people", Category::Evacuees),
        ("A plane landed in Beirut with 33 tonnes of trauma kits.", "33 tonnes", 33.0, Qualifier::Exact, "tonnes", Category::Aid),
        ("Most were flown out by Germany (780), Italy (about 200) and the Netherlands (156).", "156", 156.0, Qualifier::Exact, "people", Category::Evacuees),
        ("More than 300 Russian rescue workers remain in the affected areas.", "More than 300 Russian rescue workers", 300.0, Qualifier::AtLeast, "people", Category::Personnel),
        ("More than 300 were killed and 1.2 million displaced.", "1.2 million", 1_200_000.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Some 300 people were killed and 1,200 were displaced.", "1,200", 1200.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The frigate will dock in Beirut to pick up 150 Italians.", "150 Italians", 150.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The last flight brought the total number of people airlifted from the airfield to 2,197.", "2,197", 2197.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The number of evacuees reached 3,000.", "3,000", 3000.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Aid is scarce. Only 216 trucks entered on Monday.", "216 trucks", 216.0, Qualifier::Exact, "trucks", Category::Other),
        ("The frigate evacuated three Poles, one Irish citizen and two Egyptians.", "one Irish citizen", 1.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The frigate evacuated three Poles, one Irish citizen and two Egyptians.", "two Egyptians", 2.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The number of Britons flown out stood at 450 on Friday.", "450", 450.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The number of evacuees now stands at 12,000.", "12,000", 12_000.0, Qualifier::Exact, "people", Category::Evacuees),
        ("China's rescue team of 82 people arrived in Mandalay.", "82 people", 82.0, Qualifier::Exact, "people", Category::Personnel),
        ("The number of aircraft at Hmeimim fell from 35 to fewer than 10.", "fewer than 10", 10.0, Qualifier::AtMost, "aircraft", Category::Aircraft),
        ("Russia's troops there have grown to roughly 4,000.", "roughly 4,000", 4_000.0, Qualifier::Approx, "people", Category::Personnel),
        ("The total number of flights rose to 40.", "40", 40.0, Qualifier::Exact, "flights", Category::Aircraft),
        ("Israeli air strikes kill at least 492 people in Lebanon.", "at least 492 people", 492.0, Qualifier::AtLeast, "people", Category::Casualties),
        ("The trucks carried about 350 tonnes of sorghum, pulses and vegetable oil.", "about 350 tonnes", 350.0, Qualifier::Approx, "tonnes", Category::Aid),
        ("The plane carried medical supplies and 87 doctors.", "87 doctors", 87.0, Qualifier::Exact, "people", Category::Personnel),
        ("A crew of 24 people was evacuated.", "24 people", 24.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The number of people evacuated remains at 300.", "300", 300.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The ministry put the number of its citizens evacuated so far at 97.", "97", 97.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The UN appealed for help for 18 million people, as the first aid flights landed in Port Sudan.", "18 million people", 18_000_000.0, Qualifier::Exact, "people", Category::Other),
        ("The agency said its food had reached more than 1.5 million people.", "more than 1.5 million people", 1_500_000.0, Qualifier::AtLeast, "people", Category::Other),
        ("The floods claimed 300 lives.", "300 lives", 300.0, Qualifier::Exact, "people", Category::Casualties),
        ("A ferry carrying 400 passengers reached Larnaca.", "400 passengers", 400.0, Qualifier::Exact, "people", Category::Evacuees),
        ("A ferry carrying 400 marines reached Larnaca.", "400 marines", 400.0, Qualifier::Exact, "people", Category::Personnel),
        ("Ships took out 4,000 people in a week, including 1,100 Canadians.", "1,100 Canadians", 1100.0, Qualifier::Exact, "people", Category::Evacuees),
        ("About 590 Chinese citizens remained in Yemen, and the ministry would bring them home.", "About 590 Chinese citizens", 590.0, Qualifier::Approx, "people", Category::Nationals),
        ("A total of 534 Indians stranded in Sudan have reached Jeddah.", "534 Indians", 534.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The agency said 70 of its staff had been killed.", "70 of its staff", 70.0, Qualifier::Exact, "people", Category::Casualties),
        ("It said 70 had been killed, and that it sheltered 690,000 displaced people.", "690,000 displaced people", 690000.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Coalition aircraft flew out another 5,900.", "5,900", 5900.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The second strike killed a further 12.", "12", 12.0, Qualifier::Exact, "people", Category::Casualties),
        ("Two planes carried 388 people of 28 nationalities, including 100 French nationals.", "100 French nationals", 100.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Some 1.5m people have fled the region.", "Some 1.5m people", 1_500_000.0, Qualifier::Approx, "people", Category::Evacuees),
        ("Russia sold about 1.5m tonnes of grain.", "about 1.5m tonnes", 1_500_000.0, Qualifier::Approx, "tonnes", Category::Other),
        ("Iran pledged 2 trillion rials.", "2 trillion rials", 2e12, Qualifier::Exact, "IRR", Category::Money),
        ("The UAE pledged AED 20m.", "AED 20m", 20_000_000.0, Qualifier::Exact, "AED", Category::Money),
        ("Moscow sent 10,000 doses of vaccine.", "10,000 doses", 10_000.0, Qualifier::Exact, "doses", Category::Aid),
        ("Thirteen people, including four children, were rescued.", "Thirteen people", 13.0, Qualifier::Exact, "people", Category::Evacuees),
        ("More than 350 citizens of the Russian Federation and of the Commonwealth of Independent States, among them 67 children, were evacuated from Syria.", "More than 350 citizens", 350.0, Qualifier::AtLeast, "people", Category::Evacuees),
        ("The air force flew 1,500-odd Indians home.", "1,500-odd Indians", 1500.0, Qualifier::Approx, "people", Category::Evacuees),
        ("Forty-odd diplomats stayed behind.", "Forty-odd diplomats", 40.0, Qualifier::Approx, "people", Category::Other),
        ("The agency says 4,000-plus refugees arrived.", "4,000-plus refugees", 4000.0, Qualifier::AtLeast, "people", Category::Evacuees),
        ("Officials said 3,700 had been injured.", "3,700", 3700.0, Qualifier::Exact, "people", Category::Casualties),
        ("By then 2,000 had been evacuated by sea.", "2,000", 2000.0, Qualifier::Exact, "people", Category::Evacuees),
        ("On Tuesday 300 people were evacuated.", "300 people", 300.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The deal covers 40 T-90 tanks.", "40 T-90 tanks", 40.0, Qualifier::Exact, "tanks", Category::Equipment),
        ("In Tartus 300 sailors remain.", "300 sailors", 300.0, Qualifier::Exact, "people", Category::Personnel),
        ("The remaining 21 crew members, all Filipino, were airlifted from the ship.", "21 crew members", 21.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The plane flew 51 Japanese to Seoul together with 163 Koreans.", "163 Koreans", 163.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The seafarers, 17 Syrians, three Ukrainians and two Bulgarians, left Sanaa by air.", "17 Syrians", 17.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Another 21 survivors were transferred to Djibouti.", "21 survivors", 21.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Batch 12 landed in Manila with 71 OFWs.", "71 OFWs", 71.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Over 1,000 of our compatriots have left Syria.", "Over 1,000 of our compatriots", 1000.0, Qualifier::AtLeast, "people", Category::Evacuees),
        ("Visas were issued for four family members.", "four family members", 4.0, Qualifier::Exact, "people", Category::Other),
        ("All 17 crew members of the Maltese-flagged ship were rescued unharmed.", "17 crew members", 17.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Russia's 40 tanks stayed.", "40 tanks", 40.0, Qualifier::Exact, "tanks", Category::Equipment),
        ("Cairo bought 12 Su-35 fighter jets in a $2.5bn deal.", "12 Su-35 fighter jets", 12.0, Qualifier::Exact, "aircraft", Category::Equipment),
        ("Cairo bought 12 Su-35 fighter jets in a $2.5bn deal.", "$2.5bn", 2_500_000_000.0, Qualifier::Exact, "USD", Category::Money),
        ("The fund holds £3bn.", "£3bn", 3_000_000_000.0, Qualifier::Exact, "GBP", Category::Money),
        // Wire copy spaces its scale's abbreviation off; a letter alone is a measure.
        ("The stake was sold for $1.2 bln.", "$1.2 bln", 1_200_000_000.0, Qualifier::Exact, "USD", Category::Money),
        // After a currency a letter is the scale too.
        ("Russia pays $3 m a year for the base.", "$3 m", 3_000_000.0, Qualifier::Exact, "USD", Category::Money),
        ("The appeal raised £40 k in a day.", "£40 k", 40_000.0, Qualifier::Exact, "GBP", Category::Money),
        ("The deal was worth 100 bln rubles.", "100 bln rubles", 100_000_000_000.0, Qualifier::Exact, "RUB", Category::Money),
        ("The exit will cost Rbs 2.5 trillion over a decade.", "Rbs 2.5 trillion", 2.5e12, Qualifier::Exact, "RUB", Category::Money),
        ("The base cost Rbs33bn a year.", "Rbs33bn", 33e9, Qualifier::Exact, "RUB", Category::Money),
        ("A further 2.5 mln euros was pledged.", "2.5 mln euros", 2_500_000.0, Qualifier::Exact, "EUR", Category::Money),
        ("The budget is 1.2 million euros.", "1.2 million euros", 1_200_000.0, Qualifier::Exact, "EUR", Category::Money),
        ("Between 200 and 300 people crossed the border.", "Between 200 and 300 people", 200.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Some 150-200 soldiers remain.", "Some 150-200 soldiers", 150.0, Qualifier::Approx, "people", Category::Personnel),
        ("Two hundred and fifty students were flown out.", "Two hundred and fifty students", 250.0, Qualifier::Exact, "people", Category::Evacuees),
        ("A dozen boats waited offshore.", "A dozen boats", 12.0, Qualifier::Exact, "ships", Category::Ships),
        ("It kept its three naval bases.", "three naval bases", 3.0, Qualifier::Exact, "bases", Category::Other),
        ("Five officials told reporters the camp was full.", "Five officials", 5.0, Qualifier::Exact, "people", Category::Other),
        ("It can hold 500 and 1,000 songs.", "500", 500.0, Qualifier::Exact, "songs", Category::Other),
        ("The base has runways of 2,800 m and 3,000 m and hardened aircraft shelters.", "3,000 m", 3000.0, Qualifier::Exact, "metres", Category::Other),
        ("The convoy stopped about 5 miles (8 km) from the city.", "about 5 miles", 5.0, Qualifier::Approx, "miles", Category::Other),
        ("The convoy stopped about 5 miles (8 km) from the city.", "8 km", 8.0, Qualifier::Approx, "km", Category::Other),
        ("Prices rose 4.5% in May.", "4.5%", 4.5, Qualifier::Exact, "percent", Category::Other),
        ("Some 40 per cent of them were women.", "Some 40 per cent", 40.0, Qualifier::Approx, "percent", Category::Other),
        ("Delhi pledged Rs 500 crore in aid.", "Rs 500 crore", 5e9, Qualifier::Exact, "INR", Category::Money),
        ("A bank gave TL 1 billion in aid.", "TL 1 billion", 1e9, Qualifier::Exact, "TRY", Category::Money),
        ("The DMW gave ₱50,000 to each worker.", "₱50,000", 50_000.0, Qualifier::Exact, "PHP", Category::Money),
        ("The operation cost 1,2 million euros.", "1,2 million euros", 1_200_000.0, Qualifier::Exact, "EUR", Category::Money),
        ("France paid €1,25bn for the flights.", "€1,25bn", 1_250_000_000.0, Qualifier::Exact, "EUR", Category::Money),
        ("Brasília set aside R$ 10 million.", "R$ 10 million", 10_000_000.0, Qualifier::Exact, "BRL", Category::Money),
        ("Jakarta allocated about Rp 15 billion.", "about Rp 15 billion", 15e9, Qualifier::Approx, "IDR", Category::Money),
        ("Seoul spent 2.3 billion won on the flights.", "2.3 billion won", 2.3e9, Qualifier::Exact, "KRW", Category::Money),
        ("Kabul pledged 100 million afghanis.", "100 million afghanis", 1e8, Qualifier::Exact, "AFN", Category::Money),
        ("Some 300 foreign passport holders crossed from Gaza into Egypt.", "Some 300 foreign passport holders", 300.0, Qualifier::Approx, "people", Category::Evacuees),
        ("The ship brought 500 MT of relief supplies.", "500 MT", 500.0, Qualifier::Exact, "tonnes", Category::Aid),
        ("At least one helicopter landed.", "At least one helicopter", 1.0, Qualifier::AtLeast, "helicopters", Category::Aircraft),
        ("Fewer than 20 journalists attended.", "Fewer than 20 journalists", 20.0, Qualifier::AtMost, "people", Category::Other),
        ("Nearly 40 trucks or more crossed.", "Nearly 40 trucks", 40.0, Qualifier::Approx, "trucks", Category::Other),
        ("600 civilians or more were evacuated.", "600 civilians or more", 600.0, Qualifier::AtLeast, "people", Category::Evacuees),
        // compound word numbers
        ("Two hundred and sixty-three pilgrims were flown out.", "Two hundred and sixty-three pilgrims", 263.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The floods displaced one and a half million people.", "one and a half million people", 1_500_000.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Half a million refugees fled west.", "Half a million refugees", 500_000.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The railway sent one lakh bottles of water.", "one lakh bottles", 100_000.0, Qualifier::Exact, "bottles", Category::Aid),
        ("Its 12,000-strong garrison stayed.", "12,000-strong garrison", 12_000.0, Qualifier::Exact, "people", Category::Personnel),
        // movement verbs, active and passive, with the noun anywhere near
        ("A chartered jet flew 180 Dutch nationals out of the capital.", "180 Dutch nationals", 180.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Navy boats ferried 420 tourists to the mainland.", "420 tourists", 420.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The army will bring 75 students home next week.", "75 students", 75.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Some 640 passengers landed at the airport overnight.", "Some 640 passengers", 640.0, Qualifier::Approx, "people", Category::Evacuees),
        ("Around 90 villagers were taken out by helicopter.", "Around 90 villagers", 90.0, Qualifier::Approx, "people", Category::Evacuees),
        ("About 800 Canadians stuck in the port were finally brought out.", "About 800 Canadians", 800.0, Qualifier::Approx, "people", Category::Evacuees),
        ("Medics evacuated 45 wounded Georgians by air.", "45 wounded Georgians", 45.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Rescuers evacuated 70 injured pupils from the school.", "70 injured pupils", 70.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Since then 9,000 of them have left.", "9,000", 9000.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The sappers helped 3,000 families to cross into the next valley.", "3,000 families", 3000.0, Qualifier::Exact, "families", Category::Evacuees),
        ("Two planes delivered 77 Russian citizens to Moscow.", "77 Russian citizens", 77.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Another 60 students were delivered to the airport by bus.", "60 students", 60.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Volunteers delivered food to 500 people in the camp.", "500 people", 500.0, Qualifier::Exact, "people", Category::Other),
        // people counted abroad are nationals, by nationality or citizenship only
        ("The island is home to some 12,000 British residents.", "some 12,000 British residents", 12_000.0, Qualifier::Approx, "people", Category::Nationals),
        ("It has a 20,000-strong expatriate community.", "20,000-strong expatriate community", 20_000.0, Qualifier::Exact, "people", Category::Nationals),
        ("About 570 Koreans were staying in Israel.", "About 570 Koreans", 570.0, Qualifier::Approx, "people", Category::Nationals),
        ("Officials said about 100 Indians chose to stay back.", "about 100 Indians", 100.0, Qualifier::Approx, "people", Category::Nationals),
        ("Some 40 Britons stayed in Khartoum.", "Some 40 Britons", 40.0, Qualifier::Approx, "people", Category::Nationals),
        ("There are about 3,000 Indians in Qatar.", "about 3,000 Indians", 3000.0, Qualifier::Approx, "people", Category::Nationals),
        ("The embassy urged the 300 Norwegians in the country to take the ferries.", "300 Norwegians", 300.0, Qualifier::Exact, "people", Category::Nationals),
        ("About 900 Irish citizens have asked to leave.", "About 900 Irish citizens", 900.0, Qualifier::Approx, "people", Category::Nationals),
        ("Some 400 Italians and 250 Austrians want to leave.", "Some 400 Italians", 400.0, Qualifier::Approx, "people", Category::Nationals),
        ("A further 45 people joined the convoy at the checkpoint.", "45 people", 45.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The first group of 80 people is on its way to the border.", "80 people", 80.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Rome has not evacuated the 900 Italians thought to be in the city.", "900 Italians", 900.0, Qualifier::Exact, "people", Category::Nationals),
        // A denied act chooses no row; those who stayed are nationals still there.
        ("The 500 Spaniards who stayed weren't evacuated.", "500 Spaniards", 500.0, Qualifier::Exact, "people", Category::Nationals),
        ("The 500 Spaniards at the hotel weren't evacuated.", "500 Spaniards", 500.0, Qualifier::Exact, "people", Category::Other),
        ("Some 3,500 foreigners remain in the capital.", "Some 3,500 foreigners", 3500.0, Qualifier::Approx, "people", Category::Nationals),
        ("Berlin flies 101 citizens out of the country.", "101 citizens", 101.0, Qualifier::Exact, "people", Category::Evacuees),
        ("More than 63,000 servicemen took part, among them 434 generals.", "434 generals", 434.0, Qualifier::Exact, "people", Category::Personnel),
        ("About 8,000 people have sought shelter at the air base.", "About 8,000 people", 8000.0, Qualifier::Approx, "people", Category::Evacuees),
        ("Some 300 villagers took refuge in the hills.", "Some 300 villagers", 300.0, Qualifier::Approx, "people", Category::Evacuees),
        ("He flew to Moscow, according to three people familiar with the plan.", "three people", 3.0, Qualifier::Exact, "people", Category::Other),
        ("Police said 12 people had been arrested and four others were missing.", "12 people", 12.0, Qualifier::Exact, "people", Category::Other),
        ("About 5,000 civilians are still in the old town.", "About 5,000 civilians", 5000.0, Qualifier::Approx, "people", Category::Other),
        ("Some 900 tourists stranded by the storm were flown home.", "Some 900 tourists", 900.0, Qualifier::Approx, "people", Category::Evacuees),
        ("Among the passengers were 35 children, an official said.", "35 children", 35.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Aid for up to 2 million people living on the coast.", "up to 2 million people", 2_000_000.0, Qualifier::AtMost, "people", Category::Other),
        // lists, parts and elided nouns
        ("Six flights left from Athens, three from Rhodes and two from Crete.", "three", 3.0, Qualifier::Exact, "flights", Category::Aircraft),
        ("Six flights left from Athens, three from Rhodes and two from Crete.", "two", 2.0, Qualifier::Exact, "flights", Category::Aircraft),
        ("Doctors treated 800 people, 300 of them at the stadium.", "300", 300.0, Qualifier::Exact, "people", Category::Casualties),
        ("France said 538 people, 209 of them French, had been brought out.", "538 people", 538.0, Qualifier::Exact, "people", Category::Evacuees),
        ("About 1,200 troops remain, down from about 4,000 in November.", "about 4,000", 4000.0, Qualifier::Approx, "people", Category::Personnel),
        ("The Pentagon sent \"a few thousand\" more troops.", "\"a few thousand\" more troops", 2000.0, Qualifier::AtLeast, "people", Category::Personnel),
        ("The army has 5,000 soldiers, compared with 8,000 in 2020.", "8,000", 8000.0, Qualifier::Exact, "people", Category::Personnel),
        ("About 900 citizens asked to leave, out of roughly 12,000 living there.", "roughly 12,000", 12000.0, Qualifier::Approx, "people", Category::Nationals),
        ("Ships took 500 people out on Monday and another 300 on Tuesday.", "300", 300.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Some 500 firefighters from eight countries came, and another 300 will.", "300", 300.0, Qualifier::Exact, "people", Category::Personnel),
        ("Greece flew 48 people out on Monday and a further 61 on Tuesday.", "61", 61.0, Qualifier::Exact, "people", Category::Evacuees),
        ("About 8.6 million people fled, including 1.8 million who crossed into Chad.", "1.8 million", 1_800_000.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The storm killed at least 230 people across six states, including more than 100 in Ohio.", "more than 100", 100.0, Qualifier::AtLeast, "people", Category::Casualties),
        ("The pilots flew 420 sorties, including 117 at night.", "117", 117.0, Qualifier::Exact, "sorties", Category::Aircraft),
        ("The ministry sent two Superjet 100s to Beirut.", "two Superjet 100s", 2.0, Qualifier::Exact, "aircraft", Category::Aircraft),
        ("The number of people evacuated could reach 30,000.", "30,000", 30_000.0, Qualifier::Exact, "people", Category::Evacuees),
        ("More than 5.5 million people in 15 counties were under evacuation orders.", "More than 5.5 million people", 5_500_000.0, Qualifier::AtLeast, "people", Category::Evacuees),
        ("London is working to get 200 Britons out of Gaza.", "200 Britons", 200.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Officials said 200 troops had arrived and 300 more would follow.", "300", 300.0, Qualifier::Exact, "people", Category::Personnel),
        ("The toll, 20 in the north and six in the south, may rise.", "six", 6.0, Qualifier::Exact, "people", Category::Casualties),
        ("Seoul will repatriate at least 40 of its 95 citizens there.", "at least 40", 40.0, Qualifier::AtLeast, "people", Category::Evacuees),
        ("India brought back 15,400 of its 18,000 nationals.", "18,000 nationals", 18_000.0, Qualifier::Exact, "people", Category::Nationals),
        ("Around 590 Chinese nationals had been in Yemen before the war.", "Around 590 Chinese nationals", 590.0, Qualifier::Approx, "people", Category::Nationals),
        ("Wagner deployed about 1,500 fighters to the country.", "about 1,500 fighters", 1500.0, Qualifier::Approx, "people", Category::Personnel),
        ("* People evacuated: 321, including 52 children", "321", 321.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Flights: 4 (two Il-62s and one Tu-154)", "4", 4.0, Qualifier::Exact, "flights", Category::Aircraft),
        ("Aid delivered: 40 tonnes", "40 tonnes", 40.0, Qualifier::Exact, "tonnes", Category::Aid),
        ("* Death toll: 37", "37", 37.0, Qualifier::Exact, "people", Category::Casualties),
        ("Scores of families fled the town.", "Scores of families", 40.0, Qualifier::AtLeast, "families", Category::Evacuees),
        ("She is one of about 2,000 Russian wives who have registered with the consulate.", "about 2,000 Russian wives", 2000.0, Qualifier::Approx, "people", Category::Nationals),
        ("He leaves three sons from a previous marriage.", "three sons", 3.0, Qualifier::Exact, "people", Category::Other),
        ("Two of its 16 crew members were missing.", "16 crew members", 16.0, Qualifier::Exact, "people", Category::Personnel),
        ("Nearly half of the 5,000 Russians registered with the consulate have left.", "5,000 Russians", 5000.0, Qualifier::Exact, "people", Category::Nationals),
        ("Ten of the 40 people killed were children.", "40 people", 40.0, Qualifier::Exact, "people", Category::Casualties),
        ("The Titanic sank, killing 1,523 of the 2,200 passengers on board.", "2,200 passengers", 2200.0, Qualifier::Exact, "people", Category::Other),
        ("Half of the 600 students left.", "600 students", 600.0, Qualifier::Exact, "people", Category::Other),
        ("Ships took out 500 people, among them 120 Germans and 30 nationals of Malta.", "30 nationals", 30.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Bakeries produced some 95 tonnes of bread a day.", "some 95 tonnes", 95.0, Qualifier::Approx, "tonnes", Category::Aid),
        // Citizens still there, waiting or wanting to leave: nationals.
        ("About 7,000 foreign nationals were waiting to leave.", "About 7,000 foreign nationals", 7000.0, Qualifier::Approx, "people", Category::Nationals),
        ("Some 400 Americans want to get out.", "Some 400 Americans", 400.0, Qualifier::Approx, "people", Category::Nationals),
        ("Germany said more than 200 of its nationals were still inside.", "more than 200 of its nationals", 200.0, Qualifier::AtLeast, "people", Category::Nationals),
        // Moved through or to a place: evacuees.
        ("By evening, 335 foreign passport holders and 76 seriously wounded Palestinians had been allowed through.", "335 foreign passport holders", 335.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Officials said at least 30,000 foreigners had passed through Larnaca in a week.", "at least 30,000 foreigners", 30000.0, Qualifier::AtLeast, "people", Category::Evacuees),
        ("About 1,000 Afghans are expected to arrive at Fort Lee on Friday.", "About 1,000 Afghans", 1000.0, Qualifier::Approx, "people", Category::Evacuees),
        ("The Black Sea Fleet has about 40 surface combatants.", "about 40 surface combatants", 40.0, Qualifier::Approx, "ships", Category::Ships),
        // After a verb of being, "among" makes the group before a part of the one after.
        ("Their three children were among 1,300 people carried to Larnaca.", "1,300 people", 1300.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Their three children were among 1,300 people carried to Larnaca.", "three children", 3.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The 12 crew were nine Ukrainians and three Georgians.", "nine Ukrainians", 9.0, Qualifier::Exact, "people", Category::Personnel),
        ("Thirteen troops and at least 170 Afghans were killed.", "Thirteen troops", 13.0, Qualifier::Exact, "people", Category::Casualties),
        ("Rebels said they killed 84 mercenaries and 47 Malian soldiers.", "47 Malian soldiers", 47.0, Qualifier::Exact, "people", Category::Casualties),
        ("The ship evacuated 500 people and 40 crew members stayed aboard.", "40 crew members", 40.0, Qualifier::Exact, "people", Category::Personnel),
        ("The convoy carried food for 40,000 people.", "40,000 people", 40000.0, Qualifier::Exact, "people", Category::Other),
        ("It brought water for 300 people who were later evacuated.", "300 people", 300.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Canberra booked seats for 500 citizens on Saturday.", "500 citizens", 500.0, Qualifier::Exact, "people", Category::Evacuees),
        ("On Wednesday, 335 passport holders and 76 wounded Palestinians crossed.", "335 passport holders", 335.0, Qualifier::Exact, "people", Category::Evacuees),
        ("Cairo will facilitate the departure of about 7,000 foreigners.", "about 7,000 foreigners", 7000.0, Qualifier::Approx, "people", Category::Evacuees),
        ("Three guards, two Sri Lankans and a Nepali, were rescued.", "Three guards", 3.0, Qualifier::Exact, "people", Category::Personnel),
        ("Missiles hit 14 frigates and one submarine.", "one submarine", 1.0, Qualifier::Exact, "ships", Category::Ships),
        ("Two more bulk carriers left port with a freighter.", "Two more bulk carriers", 2.0, Qualifier::Exact, "ships", Category::Ships),
        ("The navy sent at least five cargo and landing ships.", "at least five cargo and landing ships", 5.0, Qualifier::AtLeast, "ships", Category::Ships),
        ("The drop was made by one C-130 and two C-17s.", "one C-130", 1.0, Qualifier::Exact, "aircraft", Category::Aircraft),
        ("Pakistan sent two Boeing 747s to Sanaa.", "two Boeing 747s", 2.0, Qualifier::Exact, "aircraft", Category::Aircraft),
        ("The evacuees included 12 Britons, four Americans and one Canadian.", "one Canadian", 1.0, Qualifier::Exact, "people", Category::Evacuees),
        ("The town has had just one case so far.", "one case", 1.0, Qualifier::Exact, "case", Category::Other),
        ("Dozens of its nationals were brought out by sea.", "Dozens of its nationals", 24.0, Qualifier::AtLeast, "people", Category::Evacuees),
        // units that are not people, and the rows of goods, aircraft and teams
        ("The air force flew 40 sorties over 12 days.", "40 sorties", 40.0, Qualifier::Exact, "sorties", Category::Aircraft),
        ("Crews made 30 trips to evacuate the town.", "30 trips", 30.0, Qualifier::Exact, "trips", Category::Other),
        ("They flew 210 night sorties.", "210 night sorties", 210.0, Qualifier::Exact, "sorties", Category::Aircraft),
        ("The planes dropped 60 bundles holding water.", "60 bundles", 60.0, Qualifier::Exact, "bundles", Category::Aid),
        ("Volunteers handed out 900 meals.", "900 meals", 900.0, Qualifier::Exact, "meals", Category::Aid),
        ("Trucks carried 2,000 gallons of drinking water.", "2,000 gallons", 2000.0, Qualifier::Exact, "gallons", Category::Aid),
        ("The barge held 80 containers of scrap.", "80 containers", 80.0, Qualifier::Exact, "containers", Category::Other),
        ("Ships carried 2 million tonnes of grain.", "2 million tonnes", 2_000_000.0, Qualifier::Exact, "tonnes", Category::Other),
        ("Kyiv has exported 32.9 million tons of grain and other food.", "32.9 million tons", 32_900_000.0, Qualifier::Exact, "tonnes", Category::Other),
        ("Moscow supplied 500 tonnes of humanitarian aid.", "500 tonnes", 500.0, Qualifier::Exact, "tonnes", Category::Aid),
        ("The ship carried four Sea King helicopters.", "four Sea King helicopters", 4.0, Qualifier::Exact, "helicopters", Category::Aircraft),
        ("Kyiv sold 12 helicopters to Peru.", "12 helicopters", 12.0, Qualifier::Exact, "helicopters", Category::Equipment),
        ("A convoy of some 120 military vehicles left the base.", "some 120 military vehicles", 120.0, Qualifier::Approx, "vehicles", Category::Equipment),
        ("Air defences shot down nine drones.", "nine drones", 9.0, Qualifier::Exact, "drones", Category::Equipment),
        ("Two Polish Air Force Boeing 737s flew.", "Two Polish Air Force Boeing 737s", 2.0, Qualifier::Exact, "aircraft", Category::Aircraft),
        ("It sent two Royal Air Force (RAF) transport planes.", "two Royal Air Force (RAF) transport planes", 2.0, Qualifier::Exact, "aircraft", Category::Aircraft),
        ("Madrid sent 40 U.S. Army helicopters.", "40 U.S. Army helicopters", 40.0, Qualifier::Exact, "helicopters", Category::Aircraft),
        ("Two F/A-18 jets escorted them.", "Two F/A-18 jets", 2.0, Qualifier::Exact, "aircraft", Category::Aircraft),
        ("Seoul will send a 48-member rescue team.", "48-member rescue team", 48.0, Qualifier::Exact, "people", Category::Personnel),
        ("Marines flew two MV-22 Ospreys to the island.", "two MV-22 Ospreys", 2.0, Qualifier::Exact, "aircraft", Category::Aircraft),
        ("Oslo sent five rescue teams and 30 firefighters.", "five rescue teams", 5.0, Qualifier::Exact, "teams", Category::Personnel),
        ("Oslo sent five rescue teams and 30 firefighters.", "30 firefighters", 30.0, Qualifier::Exact, "people", Category::Personnel),
        ("The army called up 360,000 reservists.", "360,000 reservists", 360_000.0, Qualifier::Exact, "people", Category::Personnel),
        ("At least 400 people are still missing.", "At least 400 people", 400.0, Qualifier::AtLeast, "people", Category::Casualties),
        ("About 7,000 people were sheltering in tents, and dozens have died.", "About 7,000 people", 7000.0, Qualifier::Approx, "people", Category::Other),
        ("Some 80,000 people have been left homeless.", "Some 80,000 people", 80_000.0, Qualifier::Approx, "people", Category::Other),
        ("Riyadh pledged 40 million riyals.", "40 million riyals", 40_000_000.0, Qualifier::Exact, "SAR", Category::Money),
        ("France gave 110 million euros, Germany 244 million euros and Italy 3 million euros.", "244 million euros", 244_000_000.0, Qualifier::Exact, "EUR", Category::Money),
        ("Estimates put the crowd as high as 900 people.", "as high as 900 people", 900.0, Qualifier::AtMost, "people", Category::Other),
        ("The air force flew not less than 15 sorties.", "not less than 15 sorties", 15.0, Qualifier::AtLeast, "sorties", Category::Aircraft),
        ("Not more than 5 ships sailed that week.", "Not more than 5 ships", 5.0, Qualifier::AtMost, "ships", Category::Ships),
        ("Perhaps 8,000 Russians still live in Syria.", "Perhaps 8,000 Russians", 8000.0, Qualifier::Approx, "people", Category::Nationals),
        ("About 1,100 foreign nationals exited through Rafah.", "About 1,100 foreign nationals", 1100.0, Qualifier::Approx, "people", Category::Evacuees),
        ("Some 400 Indians were bussed to Amman.", "Some 400 Indians", 400.0, Qualifier::Approx, "people", Category::Evacuees),
        ("About 2,000 returnees were airlifted home.", "About 2,000 returnees", 2000.0, Qualifier::Approx, "people", Category::Evacuees),
        ("The convoy headed to Hmeimim, Reuters reported, citing four Syrian officials.", "four Syrian officials", 4.0, Qualifier::Exact, "people", Category::Other),
        ("Around 1,000 have asked for help leaving Syria, the consulate said.", "Around 1,000", 1000.0, Qualifier::Approx, "people", Category::Nationals),
    ];

    #[test]
    fn finds_figures_with_value_qualifier_unit_and_row() {
        for &(sentence, text, value, qualifier, unit, category) in FIGURES {
            let found = find_in(sentence);
            let figure = found
                .iter()
                .find(|f| f.span.text(sentence) == text)
                .unwrap_or_else(|| panic!("{sentence:?}: no {text:?} in {found:?}"));
            assert_eq!(
                (
                    figure.value,
                    figure.qualifier,
                    figure.unit.as_str(),
                    figure.category
                ),
                (value, qualifier, unit, category),
                "{sentence:?}"
            );
        }
    }

    #[test]
    fn a_number_after_a_place_counts_what_follows() {
        let text = "The fight broke out in the town of Moengo 56 miles east of the capital.";
        let article = crate::Article::new("place", text, Some("2024-03-04")).expect("article");
        let figures = crate::analyze(&article).figures;
        let texts: Vec<_> = figures.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts, vec!["56 miles"]);
    }

    #[test]
    fn more_of_an_earlier_figure_takes_its_row() {
        let text = "The planes brought 30 tonnes of food and tents. \
                    A third flight with another 20 tonnes of cargo is expected on Thursday.";
        let article = crate::Article::new("more", text, Some("2023-02-08")).expect("article");
        let figures = crate::analyze(&article).figures;
        let rows: Vec<_> = figures
            .iter()
            .map(|f| (f.text.as_str(), f.category))
            .collect();
        assert_eq!(
            rows,
            vec![("30 tonnes", Category::Aid), ("20 tonnes", Category::Aid)]
        );
        // A part of the people counted before, told in a sentence of its own.
        let text = "A chartered jet landed carrying 243 evacuees from Wuhan. \
                    Among them were 89 children under the age of 16.";
        let article = crate::Article::new("part", text, Some("2020-02-04")).expect("article");
        let figures = crate::analyze(&article).figures;
        assert_eq!(figures[1].text, "89 children");
        assert_eq!(figures[1].category, Category::Evacuees);
    }

    #[test]
    fn a_place_listed_with_a_bare_number_repeats_the_figure_before() {
        let text = "Britain flew out 301 people, France 538 and Germany more than 700. \
                    Italy sent two ships and Spain three.";
        let article = crate::Article::new("listed", text, Some("2023-04-26")).expect("article");
        let figures = crate::analyze(&article).figures;
        let rows: Vec<_> = figures
            .iter()
            .map(|f| (f.text.as_str(), f.value, f.unit.as_str(), f.category))
            .collect();
        assert_eq!(
            rows,
            vec![
                ("301 people", 301.0, "people", Category::Evacuees),
                ("538", 538.0, "people", Category::Evacuees),
                ("more than 700", 700.0, "people", Category::Evacuees),
                ("two ships", 2.0, "ships", Category::Ships),
                ("three", 3.0, "ships", Category::Ships)
            ]
        );
    }

    #[test]
    fn a_headline_counts_like_the_body() {
        let text = "Frigate Rescues 21 Fishermen Off Yemen\n\nThe frigate took 21 fishermen off a burning trawler on Monday.";
        let article = crate::Article::new("headline", text, Some("2024-03-04")).expect("article");
        let figures = crate::analyze(&article).figures;
        let rows: Vec<_> = figures
            .iter()
            .map(|f| (f.text.as_str(), f.value, f.category))
            .collect();
        assert_eq!(
            rows,
            vec![
                ("21 Fishermen", 21.0, Category::Evacuees),
                ("21 fishermen", 21.0, Category::Evacuees)
            ]
        );
    }

    #[test]
    fn a_unit_named_by_its_number_counts_nothing() {
        let text = "Troops from 16 Air Assault Brigade joined 300 Parachute Regiment soldiers.";
        let article = crate::Article::new("units", text, Some("2023-05-03")).expect("article");
        let analysis = crate::analyze(&article);
        let names: Vec<&str> = analysis.entities.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(names, ["16 Air Assault Brigade", "Parachute Regiment"]);
        let figures: Vec<_> = analysis
            .figures
            .iter()
            .map(|f| (f.text.as_str(), f.value))
            .collect();
        assert_eq!(figures, [("300 Parachute Regiment soldiers", 300.0)]);
    }

    #[test]
    fn a_clock_times_minutes_count_nothing() {
        let text = "- 11:40 Second French flight lands in Paris with 250 passengers";
        let article = crate::Article::new("clock", text, Some("2023-08-02")).expect("article");
        let figures: Vec<_> = crate::analyze(&article)
            .figures
            .iter()
            .map(|f| (f.text.clone(), f.value))
            .collect();
        assert_eq!(figures, [("250 passengers".to_string(), 250.0)]);
    }

    #[test]
    fn a_maker_s_model_number_is_no_figure_of_its_own() {
        let found = find_in("The airline will buy 22 new Boeing 787 Dreamliner aircraft.");
        let values: Vec<f64> = found.iter().map(|q| q.value).collect();
        assert_eq!(values, [22.0]);
    }

    #[test]
    fn a_count_changed_from_one_number_to_another_is_the_second() {
        for (sentence, text, value) in [
            (
                "Bern raised its pledge from CHF 200m to CHF 650m on Monday.",
                "CHF 650m",
                650e6,
            ),
            (
                "The number of displaced increased from 15,000 to 40,000 people.",
                "40,000 people",
                40e3,
            ),
        ] {
            let found = find_in(sentence);
            let texts: Vec<_> = found.iter().map(|f| f.span.text(sentence)).collect();
            assert_eq!(texts, [text], "{sentence}");
            assert_eq!((found[0].value, found[0].value_max), (value, None));
        }
        let found = find_in("Between 200 and 300 people fled, from 20 to 30 villages.");
        assert_eq!(found[1].value_max, Some(30.0), "no change: a range");
    }

    #[test]
    fn ranges_keep_their_upper_value_and_are_exact() {
        // SCHEMA's gold: "between 100 and 150 people" is exact, 100 to 150.
        for sentence in [
            "Officials said 200-300 people were evacuated.",
            "Officials said between 200 and 300 people were evacuated.",
        ] {
            let found = find_in(sentence);
            assert_eq!((found[0].value, found[0].value_max), (200.0, Some(300.0)));
            assert_eq!(found[0].qualifier, Qualifier::Exact, "{sentence}");
        }
        let found = find_in("Up to 200-300 people were evacuated.");
        assert_eq!(found[0].qualifier, Qualifier::AtMost);
    }

    const NOT_FIGURES: &[&str] = &[
        "Most were released, but several dozen remain in custody.",
        // A gallery's counter, and a fraction's parts.
        "1/8  Ropucha-class landing ship Korolev passes the Bosphorus.",
        "He pitched 6 1/3 innings for the win.",
        // The day of the month in brackets after its weekday.
        "The second flight left this Saturday (14) with the evacuees.",
        // A maker's model, not a sum of rand.
        "In Cinebench R20, the new chip scored well.",
        "Aircraft of No 99 Squadron landed at Akrotiri.",
        "LOT will fly its Boeing 787 Dreamliners.",
        "An Il-76 landed at the base.",
        // A bare "one" before a people's word is an article, unless listed.
        "One Canadian was evacuated on Tuesday.",
        "A MiG-29 and a C-17 were seen.",
        "An An-124-100 took off.",
        "The G20 summit opened.",
        "They signed a 49-year lease in 2017.",
        "The siege lasted 10 days.",
        "Talks took almost two years.",
        "The convoy left at 10:30 on Monday.",
        "Flights resume at 6 pm.",
        "The second plane landed on the first day.",
        "A man aged 49 was detained.",
        "The 49-year-old pilot was unhurt.",
        "One of the planes returned.",
        "One activist said they were safe.",
        "The two sides met; the two leaders spoke.",
        "Since 1944 the port has been open.",
        "In 2015 troops arrived.",
        "Comments (3)",
        "Owners of the iPhone 4 handsets complained.",
        "The 2011 protests spread.",
        // The second year of a span.
        "Unlike the 2012–13 evacuation of civilians, the drawdown was fast.",
        "The 2019-20 season of flights ended.",
        "Posted 3 hours ago | 5 min read | 12 comments",
        "His sons stayed; the other two had left.",
        "They sailed on a 40m boat.",
        "One in five evacuees was a child.",
        "Refunds go to iPhone 4 owners.",
        "The two teams met again.",
        "Another one of the ships sank.",
        "The stop was only one of the tasks of the voyage.",
        "Ten of the best were chosen.",
        // A change of something that counts nothing.
        "The index rose to 60 from 51.2 in July.",
    ];

    #[test]
    fn model_numbers_dates_times_and_durations_are_not_figures() {
        for &sentence in NOT_FIGURES {
            assert_eq!(find_in(sentence), vec![], "{sentence:?}");
        }
    }

    #[test]
    fn one_of_a_counted_group_is_no_figure() {
        let found = find_in("Two planes landed, and one of them crashed.");
        let values: Vec<f64> = found.iter().map(|f| f.value).collect();
        assert_eq!(values, vec![2.0]);
    }

    #[test]
    fn a_number_before_a_copula_counts_only_as_a_clause_s_subject() {
        let found = find_in("None of the rebels in area 55 are preventing civilians from leaving.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn any_text_gives_figures_without_panicking() {
        for text in [
            "",
            "$",
            "£ ",
            "- 5 -",
            "between and",
            "1,",
            ",5",
            "5-",
            "a",
            "US$",
            "€€5bn",
            "½ 5‰",
            "9999999999999999999999 people",
            "U.S.",
            "F/",
            "a/ 5",
            "one and a half",
            "5 of its",
            ", 5 of them",
            "and one",
            "(IAF) 3 (",
            "3 night",
            "not 5 left",
        ] {
            let _ = find_in(text);
        }
    }
}
