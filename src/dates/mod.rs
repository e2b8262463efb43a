//! Stage 4: dates. Consumes sentences and the publication date. Produces one
//! [`Timex`] per temporal expression, resolved against that date, TIMEX3 style:
//! calendar dates and periods (`2013-02-19`, `2013-W09`, `2013-01`, `2013-Q3`,
//! `2013-SU`, `2011`, `199`), times of day (`2013-02-19T15:00`), vague references
//! (`PAST_REF`, `PRESENT_REF`, `FUTURE_REF`), durations (`P49Y`, `P10D`) and sets
//! (`P1W`), each with its TIMEX3 type. Also infers the publication date when none
//! is given ([`publication`]).
//!
//! ```
//! let found = sitrep::dates::find_in("They left on 14 December.", "2024-12-20".parse()?);
//! assert_eq!(found[0].value, "2024-12-14");
//! # Ok::<(), sitrep::Error>(())
//! ```

mod grammar;
mod publication;
mod resolve;
mod rules;
mod stamps;
mod tense;

pub use publication::publication;

use crate::analysis::{PublishedSource, TimexType};
use crate::calendar::Date;
use crate::sentences::Sentence;
use crate::span::ByteSpan;
use crate::text::tokens::{of_sentences, Tokens};

/// A temporal expression and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// Where it is.
    pub span: ByteSpan,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 type.
    pub kind: TimexType,
}

/// The publication date and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    /// The date, when known.
    pub value: Option<Date>,
    /// Its source.
    pub source: PublishedSource,
    /// Why, for an inferred date: the header line that gave it, or what in
    /// the text bounds it.
    pub evidence: Option<String>,
}

/// One sentence read by the grammar: its candidates and tense cues, before
/// anything is resolved. Both the publication date and the dates are read off
/// it, so each sentence is scanned once.
pub struct ScannedSentence<'t> {
    /// Where the sentence starts in the text.
    start: usize,
    /// Its tense cues.
    cues: Vec<(usize, usize, resolve::Tense)>,
    /// What its clauses tell of the tense.
    clauses: tense::Clauses,
    /// The grammar's matches, offsets relative to the sentence.
    found: Vec<grammar::Found<'t>>,
    /// True when the sentence is a time of day alone, or opens with one and a
    /// colon or a dash: a live report's stamp ("17:15 BST", "6:15 PM: …"), a
    /// time of the report's own day.
    stamp: bool,
}

/// Scans every sentence with the grammar, reading the sentence's tokens
/// (`tokens[i]` those of `sentences[i]`).
pub fn scan<'t>(sentences: &[Sentence], tokens: &[Tokens<'t>]) -> Vec<ScannedSentence<'t>> {
    debug_assert_eq!(sentences.len(), tokens.len());
    sentences
        .iter()
        .zip(tokens)
        .map(|(sentence, tokens)| {
            let mut found = grammar::scan(tokens);
            grammar::mark_weekday_ranges(tokens.sentence(), &mut found);
            grammar::mark_weekdays_of_a_week(tokens.sentence(), &mut found);
            grammar::mark_days_of_weekdays(tokens.sentence(), &mut found);
            grammar::mark_clocks_on_days(tokens.sentence(), &mut found);
            grammar::mark_days_of_world_events(tokens.sentence(), &mut found);
            grammar::drop_possessed(tokens.sentence(), &mut found);
            grammar::drop_citations(tokens.sentence(), &mut found);
            grammar::drop_attributive_units(tokens, &mut found);
            grammar::add_days_of_ranges(tokens.sentence(), &mut found);
            // Cues are read only beside a candidate: a sentence without one
            // is not searched for them.
            let (cues, clauses) = if found.is_empty() {
                (Vec::new(), tense::Clauses::default())
            } else {
                (tense::tense_cues(tokens), tense::clauses(tokens))
            };
            // A time alone, or one that opens its entry with a colon or a
            // dash ("6:15 PM: India's relief effort is now the largest").
            let sentence_text = tokens.sentence();
            let stamp = matches!(&found[..], [first, ..] if first.rule == grammar::Rule::Clock
            && first.start == 0
            && (found.len() == 1 && first.end >= sentence_text.trim_end().len()
                || sentence_text.get(first.end..).is_some_and(|rest| {
                    [":", " -", " –", " —"].iter().any(|mark| rest.starts_with(mark))
                })));
            ScannedSentence {
                start: sentence.span.start,
                cues,
                clauses,
                found,
                stamp,
            }
        })
        .collect()
}

/// Scans every sentence with the grammar, tokenizing it first: for callers
/// that have no tokens of their own.
pub fn scan_text<'t>(text: &'t str, sentences: &[Sentence]) -> Vec<ScannedSentence<'t>> {
    scan(sentences, &of_sentences(text, sentences))
}

/// The first day of the month a date's value names ("2024-03", "2024-03-05"),
/// if it names one.
fn month_of_value(value: &str) -> Option<Date> {
    let year = value.get(..4)?.parse().ok()?;
    let month = value.get(5..7).filter(|_| value.as_bytes()[4] == b'-')?;
    Date::new(year, month.parse().ok()?, 1)
}

/// Resolves the scanned sentences' temporal expressions, in text order.
/// Relative expressions need `published`; without it only explicit ones are kept.
pub fn resolve_all(scanned: &[ScannedSentence<'_>], published: Option<Date>) -> Vec<Timex> {
    // One slash date whose numbers show the order tells how the text writes
    // them all ("07/10/2023" beside "14/12/2024" is 7 October); texts that
    // show both orders show none.
    let mut orders = scanned
        .iter()
        .flat_map(|s| &s.found)
        .filter(|f| f.rule == grammar::Rule::SlashDate)
        .filter_map(|f| rules::numeric::slash_order(&f.slots));
    let first_order = orders.next();
    // Else, a text that writes its days before their months and never after
    // them ("3 August", not "August 3") writes its slash dates so too.
    let named_day_first = || {
        let rules = || scanned.iter().flat_map(|s| &s.found).map(|f| f.rule);
        (rules().any(|r| r == grammar::Rule::DayMonth)
            && !rules().any(|r| r == grammar::Rule::MonthDay))
        .then_some(true)
    };
    let slash_day_first = match first_order {
        Some(order) => orders.all(|o| o == order).then_some(order),
        None => named_day_first(),
    };
    let mut context = resolve::Context {
        published,
        slash_day_first,
        ..resolve::Context::default()
    };
    let mut found = Vec::new();
    for sentence in scanned {
        // A stamp opens a new entry of a live report: what follows it is told
        // from the report's day, not from the day the last entry named.
        if sentence.stamp {
            context.reference = None;
        }
        context.sentence_month = None;
        let mut candidates = sentence.found.iter().peekable();
        while let Some(candidate) = candidates.next() {
            context.range_year = rules::month::range_year(candidate, candidates.peek().copied());
            // A time of day on the day named after it: that day is resolved
            // first, and what follows reads the context as the day left it.
            let day = if grammar::takes_the_day_after(candidate.rule)
                && candidate.slots.name("on_day").is_some()
            {
                candidates
                    .next()
                    .and_then(|day| resolve_noted(day, sentence, &mut context))
            } else {
                None
            };
            found.extend(resolve_noted(candidate, sentence, &mut context));
            if let Some(day) = day {
                note(&day, &mut context);
                found.push(day);
            }
        }
    }
    found
}

/// `candidate` resolved, with what it tells the expressions after it noted.
fn resolve_noted(
    candidate: &grammar::Found<'_>,
    sentence: &ScannedSentence<'_>,
    context: &mut resolve::Context,
) -> Option<Timex> {
    let (kind, value) = resolve::resolve(candidate, &sentence.cues, &sentence.clauses, context)?;
    let timex = Timex {
        span: ByteSpan::new(candidate.start, candidate.end).shift(sentence.start),
        value,
        kind,
    };
    note(&timex, context);
    Some(timex)
}

/// Notes in `context` whether `timex` is a day, and its month.
fn note(timex: &Timex, context: &mut resolve::Context) {
    context.day_last = timex.kind == TimexType::Date && timex.value.len() == 10;
    if timex.kind == TimexType::Date {
        let month = month_of_value(&timex.value);
        context.month = month.or(context.month);
        context.sentence_month = month.or(context.sentence_month);
    }
}

/// A name found by the entity stage, as the dates stage reads it.
#[derive(Clone, Copy, Debug)]
pub struct Name {
    /// Where the name stands in the text.
    pub span: ByteSpan,
    /// A facility's name, which holds the month it opens with ("March Air
    /// Reserve Base"): the recogniser takes a month in only before a facility's head.
    pub facility: bool,
}

/// Leaves out the matches that are words of a longer name (`names` in text
/// order, not overlapping): "Wednesday" in "Sheffield Wednesday", "Today" in
/// "USA Today", "January" in "Third January Maritime". A month or quarter at
/// the edge of a name other than a facility's stays a time: names seldom begin
/// or end with one, while a name found next to a date often takes its month in
/// by mistake ("In January", "Chicago Purchasing Managers August").
pub fn drop_inside_names(scanned: &mut [ScannedSentence<'_>], names: &[Name]) {
    for sentence in scanned {
        let offset = sentence.start;
        sentence.found.retain(|found| {
            let (start, end) = (offset + found.start, offset + found.end);
            let before = names.partition_point(|name| name.span.start <= start);
            let Some(Name {
                span: name,
                facility,
            }) = before.checked_sub(1).map(|at| names[at])
            else {
                return true;
            };
            let inside = name.start < start && end < name.end;
            let at_edge = name.end >= end && name.end - name.start > end - start;
            let period = matches!(found.rule, grammar::Rule::Month | grammar::Rule::Quarter);
            !(inside || at_edge && (facility || !period))
        });
    }
}

/// Drops the expressions that end inside a name they start before: "the
/// Spring" of "the Spring Festival" (`names` in text order, events too).
pub fn drop_across_names(scanned: &mut [ScannedSentence<'_>], names: &[ByteSpan]) {
    for sentence in scanned {
        let offset = sentence.start;
        sentence.found.retain(|found| {
            let (start, end) = (offset + found.start, offset + found.end);
            // The names that start inside the expression, the last of them.
            let before_end = names.partition_point(|name| name.start < end);
            let Some(name) = before_end.checked_sub(1).map(|at| names[at]) else {
                return true;
            };
            !(start < name.start && end < name.end)
        });
    }
}

/// Gives weekdays the days written after them in brackets, where those fall on
/// them: "for Wednesday and Thursday (2 and 3 October)" are those two days,
/// whatever the tense made of the weekdays alone. `dates` in text order.
pub fn weekdays_of_bracketed_dates(text: &str, dates: &mut [Timex]) {
    let weekday = |t: &Timex| rules::values::weekday_of(t.span.text(text));
    let mut i = 0;
    while i < dates.len() {
        if weekday(&dates[i]).is_none() {
            i += 1;
            continue;
        }
        // The weekdays listed from `i`: "Wednesday and Thursday", "Monday, Tuesday".
        let mut last = i;
        while dates.get(last + 1).is_some_and(|next| {
            weekday(next).is_some()
                && matches!(
                    text.get(dates[last].span.end..next.span.start),
                    Some(" and " | ", " | " or " | ", and ")
                )
        }) {
            last += 1;
        }
        let count = last + 1 - i;
        let opened = text
            .get(dates[last].span.end..)
            .and_then(|rest| rest.strip_prefix(" ("))
            .map(|_| dates[last].span.end + 2);
        let close = opened.and_then(|from| text[from..].find(')').map(|k| from + k));
        if let (Some(from), Some(close)) = (opened, close) {
            let bracketed = &dates[last + 1..];
            let days: Vec<Date> = bracketed
                .iter()
                .take(count)
                .take_while(|d| d.span.start >= from && d.span.end <= close)
                .filter_map(|d| d.value.parse().ok())
                .collect();
            let fits = days.len() == count
                && (i..=last)
                    .zip(&days)
                    .all(|(k, day)| weekday(&dates[k]) == Some(day.weekday() + 1));
            if fits {
                for (k, day) in (i..=last).zip(days) {
                    dates[k].value = day.to_string();
                }
            }
        }
        i = last + 1;
    }
}

/// Finds and resolves the temporal expressions of the sentences, in text order.
pub fn find(text: &str, sentences: &[Sentence], published: Option<Date>) -> Vec<Timex> {
    resolve_all(&scan_text(text, sentences), published)
}

/// Finds the temporal expressions of a text taken as one sentence per line.
pub fn find_in(text: &str, published: Date) -> Vec<Timex> {
    let mut start = 0;
    let mut lines = Vec::new();
    for (index, line) in text.split('\n').enumerate() {
        lines.push(Sentence {
            span: ByteSpan::new(start, start + line.len()),
            line: index,
        });
        start += line.len() + 1;
    }
    find(text, &lines, Some(published))
}

/// Builds this module's word tables now ([`crate::prepare`]). The tables that
/// guess a publication date are left to the first article given none.
pub(crate) fn build_tables() {
    grammar::build_tables();
    rules::build_tables();
    tense::build_tables();
}

#[cfg(test)]
mod tests;
