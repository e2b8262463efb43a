//! Stage 6: events. Consumes sentences and resolved dates. Produces one timeline
//! entry per sentence that holds a calendar date: the sentence and its most
//! specific date (day, then week, month, season, year, decade; the first on a tie).
//! Vague references, durations and sets make no event.

use crate::analysis::TimexType;
use crate::calendar::Period;
use crate::dates::Timex;
use crate::sentences::Sentence;
use crate::span::ByteSpan;

/// A dated sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedSentence {
    /// The sentence.
    pub span: ByteSpan,
    /// Its date value.
    pub date: String,
}

/// Builds the events of one article.
pub fn build(sentences: &[Sentence], dates: &[Timex]) -> Vec<DatedSentence> {
    // Both lists are in text order: each sentence looks only at the dates from
    // the first one not before it, so the whole pass stays linear.
    let mut first = 0;
    sentences
        .iter()
        .filter_map(|sentence| {
            while dates
                .get(first)
                .is_some_and(|d| d.span.start < sentence.span.start)
            {
                first += 1;
            }
            dates
                .get(first..)
                .unwrap_or(&[])
                .iter()
                .take_while(|d| d.span.start < sentence.span.end)
                .filter(|d| {
                    sentence.span.contains(d.span)
                        && matches!(d.kind, TimexType::Date | TimexType::Time)
                })
                .filter_map(|d| Period::parse(&d.value).map(|p| (p.precision, d)))
                .min_by_key(|(precision, d)| (*precision, d.span.start))
                .map(|(_, d)| DatedSentence {
                    span: sentence.span,
                    date: day_value(&d.value),
                })
        })
        .collect()
}

/// The sentences of `probe` (events built from dates resolved against a
/// stand-in publication date) that `events` leave out: those only a publication
/// date would place, in text order.
pub fn undated(events: &[DatedSentence], probe: Vec<DatedSentence>) -> Vec<ByteSpan> {
    probe
        .into_iter()
        .filter(|p| !events.iter().any(|e| e.span == p.span))
        .map(|p| p.span)
        .collect()
}

/// A value cut to its date part ("2024-12-14T09:00" → "2024-12-14").
fn day_value(value: &str) -> String {
    value.split('T').next().unwrap_or(value).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::{analyze, Article};

    const FERRY_NOTE: &str = "Ferry crews return to the port\n\n\
        The ferry left the harbour on Tuesday with 120 passengers aboard, the operator said. \
        Crews had trained for the crossing since 2019. \
        The captain described the sea as calm.";

    #[test]
    fn an_undated_article_lists_the_sentences_a_date_would_place() {
        let article = Article::new("note", FERRY_NOTE, None).unwrap();
        let analysis = analyze(&article);
        assert_eq!(analysis.published.value, None);
        let undated: Vec<&str> = analysis.undated.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            undated,
            ["The ferry left the harbour on Tuesday with 120 passengers aboard, the operator said."]
        );
        // The sentence with a full year is dated already, so it is not undated.
        assert!(analysis
            .events
            .iter()
            .any(|e| e.text.contains("since 2019")));
        let (start, end) = (analysis.undated[0].start, analysis.undated[0].end);
        let quoted: String = FERRY_NOTE.chars().skip(start).take(end - start).collect();
        assert_eq!(quoted, analysis.undated[0].text);
    }

    #[test]
    fn a_dated_article_has_no_undated_sentence() {
        let article = Article::new("note", FERRY_NOTE, Some("2024-12-14")).unwrap();
        let analysis = analyze(&article);
        assert!(analysis.undated.is_empty());
        assert!(analysis.events.iter().any(|e| e.date == "2024-12-10"));
        let json = serde_json::to_string(&analysis).unwrap();
        assert!(
            !json.contains("\"undated\""),
            "absent from a dated article's JSON"
        );
    }

    #[test]
    fn takes_the_most_specific_date_of_a_sentence() {
        let sentence = Sentence {
            span: ByteSpan::new(0, 80),
            line: 0,
        };
        let dates = vec![
            Timex {
                span: ByteSpan::new(5, 14),
                value: "2024-W50".into(),
                kind: TimexType::Date,
            },
            Timex {
                span: ByteSpan::new(20, 31),
                value: "2024-12-10".into(),
                kind: TimexType::Date,
            },
            Timex {
                span: ByteSpan::new(40, 48),
                value: "PAST_REF".into(),
                kind: TimexType::Date,
            },
        ];
        assert_eq!(build(&[sentence], &dates)[0].date, "2024-12-10");
    }

    #[test]
    fn times_of_day_and_weekends_are_dated_by_their_day() {
        let sentence = Sentence {
            span: ByteSpan::new(0, 60),
            line: 0,
        };
        let dates = vec![
            Timex {
                span: ByteSpan::new(5, 14),
                value: "2024-W49-WE".into(),
                kind: TimexType::Date,
            },
            Timex {
                span: ByteSpan::new(20, 31),
                value: "2024-12-08T22:00".into(),
                kind: TimexType::Time,
            },
            Timex {
                span: ByteSpan::new(40, 48),
                value: "P1W".into(),
                kind: TimexType::Set,
            },
        ];
        assert_eq!(build(&[sentence], &dates)[0].date, "2024-12-08");
        assert_eq!(build(&[sentence], &dates[..1])[0].date, "2024-W49-WE");
    }

    #[test]
    fn vague_and_duration_only_sentences_make_no_event() {
        let sentence = Sentence {
            span: ByteSpan::new(0, 40),
            line: 0,
        };
        let dates = vec![
            Timex {
                span: ByteSpan::new(5, 14),
                value: "PRESENT_REF".into(),
                kind: TimexType::Date,
            },
            Timex {
                span: ByteSpan::new(20, 27),
                value: "P10D".into(),
                kind: TimexType::Duration,
            },
        ];
        assert!(build(&[sentence], &dates).is_empty());
    }
}
