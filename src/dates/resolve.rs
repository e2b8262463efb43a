//! Turning a matched expression into a TIMEX3 type and value, against the
//! publication date, the tense of the sentence and the dates mentioned before:
//! the tense at the expression, then its rule's resolver from the table in
//! [`super::rules`], each beside its rule's matcher.
//!
//! Conventions follow the TimeML guidelines as news annotators apply them: a
//! weekday in a past-tense sentence is the most recent such day, in a future one
//! the next; "last week" is an ISO week (`2013-W07`); "a year ago" keeps the
//! precision of its unit (`2012`); a fiscal quarter is `2013-Q3`; vague
//! references are `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.

use super::grammar::Found;
use super::rules;
use super::tense::Clauses;
use crate::analysis::TimexType;
use crate::calendar::Date;

/// The tense around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Reported past (the default of news).
    Past,
    /// "will", "is to", "next".
    Future,
    /// No cue in the sentence.
    Unknown,
}

/// What the resolver knows while it reads an article in order.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The publication date.
    pub published: Option<Date>,
    /// The last day mentioned, for "two days later" and "the same day".
    pub reference: Option<Date>,
    /// The last year mentioned, for "later that year".
    pub year: Option<i32>,
    /// The first day of the last month mentioned, by a day or by its name,
    /// for "the same month" ("in March ... the same month").
    pub month: Option<Date>,
    /// The first day of the last month the current sentence has named, for
    /// "the 24th" after it ("past Dover in January and again on the 24th").
    pub sentence_month: Option<Date>,
    /// The last fiscal quarter mentioned, for "the quarter" and "the year-ago quarter".
    pub quarter: Option<(i32, u32)>,
    /// True when the last expression resolved was a day: "a year earlier"
    /// counts from it rather than from the year told before it.
    pub day_last: bool,
    /// True when the last day mentioned ([`Context::reference`]) was told in
    /// the future ("will arrive tomorrow").
    pub reference_ahead: bool,
    /// The last day mentioned outside the future: what a past "a day earlier"
    /// counts from when the last day mentioned was a plan ("A convoy is
    /// planned for Monday. A day earlier, officials had said …").
    pub past_reference: Option<Date>,
    /// How the text writes slash dates, where one of them shows it: day first
    /// ("14/12/2024") or month first ("12/14/2024").
    pub slash_day_first: Option<bool>,
    /// The year of the month with a year right after the month being
    /// resolved, which a range shares ("January–February 2013").
    pub range_year: Option<i32>,
}

/// The tense of the cue nearest to `start..end` that lies outside it, a cue
/// in the same clause (no comma or semicolon between them) before one in
/// another. With no cue in its clause, an expression right after "until",
/// or after "on" or "for" behind a present progressive ("is sending a plane
/// on Thursday"), is in the future, as is a deadline after an infinitive
/// that follows a past cue, or a day after "until" that a verb holding
/// something back before it looks to.
fn tense_at(cues: &[(usize, usize, Tense)], clauses: &Clauses, start: usize, end: usize) -> Tense {
    let breaks = &clauses.breaks;
    let parted = |from: usize, to: usize| {
        let first = breaks.partition_point(|&b| b < from);
        breaks.get(first).is_some_and(|&b| b < to)
    };
    // A "that" or "and" between the expression and a cue after it
    // opens the clause or the verb the cue belongs to.
    let another_clause = |from: usize, to: usize| {
        let first = clauses.clause_starts.partition_point(|&r| r < from);
        clauses.clause_starts.get(first).is_some_and(|&r| r < to)
    };
    // Cues are sorted by start: only the neighbours of the expression are looked at.
    let after = cues.partition_point(|c| c.0 < end);
    let before = cues.partition_point(|c| c.0 < start);
    let previous = cues
        .get(before.saturating_sub(3)..before)
        .unwrap_or(&[])
        .iter()
        .filter(|c| c.1 <= start)
        .max_by_key(|c| c.1);
    let before_cue = |p: &(usize, usize, Tense)| (p.2, parted(p.1, start));
    let after_cue = |n: &(usize, usize, Tense)| (n.2, parted(end, n.0));
    let cue = match (previous, cues.get(after)) {
        (Some(p), Some(n)) if parted(p.1, start) != parted(end, n.0) => {
            if parted(p.1, start) {
                Some(after_cue(n))
            } else {
                Some(before_cue(p))
            }
        }
        (Some(p), Some(n)) if n.0 - end < start - p.1 && !another_clause(end, n.0) => {
            Some(after_cue(n))
        }
        (Some(p), _) => Some(before_cue(p)),
        (None, Some(n)) => Some(after_cue(n)),
        (None, None) => None,
    };
    // "urged them to leave by Sunday": the deadline of what was asked after the cue.
    let deadline = || {
        let at = clauses.deadlines.partition_point(|d| d.0 < start);
        clauses
            .deadlines
            .get(at)
            .is_some_and(|&(after, to)| after == start && previous.is_none_or(|p| p.1 <= to))
    };
    // "Russia to evacuate citizens on Friday": an infinitive in the clause before it.
    let after_infinitive = || {
        let at = clauses.infinitives.partition_point(|&i| i < start);
        at.checked_sub(1)
            .is_some_and(|i| !parted(clauses.infinitives[i], start))
    };
    let held = || clauses.held_until.binary_search(&start).is_ok();
    match cue {
        Some((Tense::Past, false)) if deadline() || held() => Tense::Future,
        Some((tense, false)) => tense,
        _ if clauses.still_to_come.binary_search(&start).is_ok() => Tense::Future,
        _ if after_infinitive() => Tense::Future,
        Some((tense, true)) => tense,
        None => Tense::Unknown,
    }
}

impl Context {
    /// The day a relative day told with `tense` counts from: the last day
    /// mentioned, but for a past one after a plan the last day told outside
    /// the future, else the publication date. Not inlined: both resolvers
    /// that call it are inlined into the rules' dispatch, and one copy keeps
    /// the page's wasm within its size.
    #[inline(never)]
    pub fn anchor_day(&self, tense: Tense) -> Option<Date> {
        if self.reference_ahead && tense == Tense::Past {
            self.past_reference.or(self.published)
        } else {
            self.reference.or(self.published)
        }
    }
}

/// A type and value for `found`, or `None` when it is no temporal expression
/// after all ("2000 troops") or cannot be resolved without a publication date:
/// its rule's resolver, read with the tense at its span.
pub fn resolve(
    found: &Found<'_>,
    cues: &[(usize, usize, Tense)],
    clauses: &Clauses,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let tense = tense_at(cues, clauses, found.start, found.end);
    let reference = context.reference;
    let resolved = rules::resolve(found.rule, &found.slots, tense, context);
    if context.reference != reference {
        context.reference_ahead = tense == Tense::Future;
        if !context.reference_ahead {
            context.past_reference = context.reference;
        }
    }
    resolved
}
