//! Stage 7: corpus. Consumes many articles' texts and analyses. Produces the
//! views across articles: the timeline (every event, with the days its date
//! covers), the figures table (every figure with its date, article and sentence,
//! conflicts marked) and the entity index (mentions per article).
//!
//! Figures are never summed: reports may count the same people.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::analysis::{Analysis, Category, EntityType, Published, Qualifier};
use crate::calendar::{Period, Precision};
use crate::span::{ByteSpan, Offsets};
use crate::{clean, sentences};

/// The merged view of many articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Corpus {
    /// The articles, in the order given.
    pub articles: Vec<ArticleSummary>,
    /// Every event of every article, by date.
    pub timeline: Vec<TimelineEntry>,
    /// Every figure, grouped by category (the headline rows first: evacuees, aid,
    /// ships), then by date (undated rows last), then in article and text order.
    pub figures: Vec<FigureRow>,
    /// Every entity, by type and canonical name.
    pub entities: Vec<IndexEntry>,
}

/// One article in the corpus.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleSummary {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its publication date and source.
    pub published: Published,
}

/// A code-point span with its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text.
    pub text: String,
}

/// One event on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    /// The date value as in the analysis.
    pub date: String,
    /// First day the date covers.
    pub first: String,
    /// Last day the date covers.
    pub last: String,
    /// Day, week, month, season, year or decade.
    pub precision: Precision,
    /// The article it comes from.
    pub article: String,
    /// The sentence.
    pub sentence: Quote,
}

/// Where a figure's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// A date in the figure's sentence.
    Sentence,
    /// The article's publication date.
    Published,
    /// No date known.
    None,
}

/// One row of the figures table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureRow {
    /// The table's row group.
    pub category: Category,
    /// The number.
    #[serde(serialize_with = "crate::analysis::whole_or_fraction")]
    pub value: f64,
    /// Upper bound of a range.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::analysis::optional_whole_or_fraction"
    )]
    pub value_max: Option<f64>,
    /// How the number is hedged.
    pub qualifier: Qualifier,
    /// What is counted.
    pub unit: String,
    /// The figure's own span and text.
    pub figure: Quote,
    /// The date of its sentence, else the publication date.
    pub date: Option<String>,
    /// Where the date comes from.
    pub date_source: DateSource,
    /// The article it comes from.
    pub article: String,
    /// The sentence it comes from.
    pub sentence: Quote,
    /// True when another report gives a different value for the same category and day.
    pub conflict: bool,
}

/// One entity of the index.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndexEntry {
    /// Canonical name.
    pub canonical: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Mentions across all articles.
    pub total: usize,
    /// Mentions per article id.
    pub mentions: BTreeMap<String, usize>,
    /// The distinct forms seen in the texts.
    pub variants: Vec<String>,
}

/// One article's text and analysis, the corpus stage's input.
pub struct Analyzed<'a> {
    /// The text as given.
    pub text: &'a str,
    /// Its analysis.
    pub analysis: &'a Analysis,
}

impl<'a> Analyzed<'a> {
    /// Pairs each article's text with its analysis, in order.
    pub fn pair(texts: &'a [crate::Article], analyses: &'a [Analysis]) -> Vec<Analyzed<'a>> {
        texts
            .iter()
            .zip(analyses)
            .map(|(article, analysis)| Analyzed {
                text: &article.text,
                analysis,
            })
            .collect()
    }
}

/// Merges analysed articles into the corpus view.
pub fn merge(articles: &[Analyzed<'_>]) -> Corpus {
    let mut timeline = Vec::new();
    let mut figures = Vec::new();
    let mut index: HashMap<(EntityType, String), IndexEntry> = HashMap::new();
    for article in articles {
        let analysis = article.analysis;
        let id = &analysis.id;
        for event in &analysis.events {
            let Some(period) = Period::parse(&event.date) else {
                continue;
            };
            timeline.push(TimelineEntry {
                date: event.date.clone(),
                first: period.first.to_string(),
                last: period.last.to_string(),
                precision: period.precision,
                article: id.clone(),
                sentence: Quote {
                    start: event.start,
                    end: event.end,
                    text: event.text.clone(),
                },
            });
        }
        let sentences = sentence_ranges(article.text);
        for figure in &analysis.figures {
            let sentence = sentences
                .iter()
                .find(|s| s.0 <= figure.start && figure.end <= s.1)
                .map(|&(start, end, span)| Quote {
                    start,
                    end,
                    text: span.text(article.text).to_string(),
                })
                .unwrap_or_else(|| Quote {
                    start: figure.start,
                    end: figure.end,
                    text: figure.text.clone(),
                });
            let event = analysis
                .events
                .iter()
                .find(|e| e.start <= figure.start && figure.end <= e.end);
            let (date, date_source) = match (event, &analysis.published.value) {
                (Some(e), _) => (Some(e.date.clone()), DateSource::Sentence),
                (None, Some(p)) => (Some(p.clone()), DateSource::Published),
                (None, None) => (None, DateSource::None),
            };
            figures.push(FigureRow {
                category: figure.category,
                value: figure.value,
                value_max: figure.value_max,
                qualifier: figure.qualifier,
                unit: figure.unit.clone(),
                figure: Quote {
                    start: figure.start,
                    end: figure.end,
                    text: figure.text.clone(),
                },
                date,
                date_source,
                article: id.clone(),
                sentence,
                conflict: false,
            });
        }
        for entity in &analysis.entities {
            let entry = index
                .entry((entity.kind, entity.canonical.clone()))
                .or_insert_with(|| IndexEntry {
                    canonical: entity.canonical.clone(),
                    kind: entity.kind,
                    total: 0,
                    mentions: BTreeMap::new(),
                    variants: Vec::new(),
                });
            entry.total += 1;
            *entry.mentions.entry(id.clone()).or_default() += 1;
            if !entry.variants.contains(&entity.text) {
                entry.variants.push(entity.text.clone());
            }
        }
    }
    crate::order::sort_by(&mut timeline, |a, b| {
        (&a.first, a.precision, &a.last).cmp(&(&b.first, b.precision, &b.last))
    });
    mark_conflicts(&mut figures);
    // Stable: within one category and date, rows keep article and text order.
    crate::order::sort_by(&mut figures, |a, b| {
        (a.category, a.date.is_none(), &a.date).cmp(&(b.category, b.date.is_none(), &b.date))
    });
    let mut entities: Vec<IndexEntry> = index.into_values().collect();
    crate::order::sort_by(&mut entities, |a, b| {
        (a.kind, std::cmp::Reverse(a.total), &a.canonical).cmp(&(
            b.kind,
            std::cmp::Reverse(b.total),
            &b.canonical,
        ))
    });
    Corpus {
        articles: articles
            .iter()
            .map(|a| ArticleSummary {
                id: a.analysis.id.clone(),
                title: a.analysis.title.clone(),
                published: a.analysis.published.clone(),
            })
            .collect(),
        timeline,
        figures,
        entities,
    }
}

/// How far from its value an "about" figure may be (as a share of it).
const APPROX_MARGIN: f64 = 0.1;

/// The values a row allows: "at least 40" is 40 and up, "about 50" 45 to 55,
/// "200-300" 200 to 300.
fn bounds(row: &FigureRow) -> (f64, f64) {
    let top = row.value_max.unwrap_or(row.value);
    match row.qualifier {
        Qualifier::Exact => (row.value, top),
        Qualifier::AtLeast => (row.value, row.value_max.unwrap_or(f64::INFINITY)),
        Qualifier::AtMost => (0.0, top),
        Qualifier::Approx => (
            row.value * (1.0 - APPROX_MARGIN),
            top * (1.0 + APPROX_MARGIN),
        ),
    }
}

/// Marks rows where different articles disagree on one category on one day, in
/// the same unit: their values cannot both be true once qualifiers are read
/// ("at least 1" and "2" agree; "40" and "60" do not). Only day dates are compared: a month or a week
/// may hold several events. Rows of one article never conflict with each other,
/// because one report may give several counts (per flight, per day).
fn mark_conflicts(rows: &mut [FigureRow]) {
    // One group per category, day and unit: only rows that share all three can conflict.
    let mut groups: HashMap<(Category, &str, &str), Vec<usize>> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        if let Some(date) = row.date.as_deref().filter(|d| d.len() == 10) {
            groups
                .entry((row.category, date, row.unit.as_str()))
                .or_default()
                .push(i);
        }
    }
    // Row i conflicts when some row of another article lies wholly above or
    // below it. Comparing every pair made a large corpus quadratic; the
    // highest low and the lowest high, each kept for two different articles,
    // answer the same question in one pass.
    let mut conflicts = Vec::new();
    for members in groups.values() {
        let mut highest_low = Extreme::default();
        let mut lowest_high = Extreme::default();
        for &i in members {
            let (low, high) = bounds(&rows[i]);
            highest_low.offer(low, &rows[i].article);
            lowest_high.offer(-high, &rows[i].article);
        }
        for &i in members {
            let (low, high) = bounds(&rows[i]);
            let article = rows[i].article.as_str();
            let above = highest_low.other_than(article).is_some_and(|l| high < l);
            let below = lowest_high.other_than(article).is_some_and(|h| -h < low);
            conflicts.push((i, above || below));
        }
    }
    for (i, conflict) in conflicts {
        rows[i].conflict = conflict;
    }
}

/// The largest value offered, and the largest offered by a different
/// article, so "the largest from any article but A" is known for every A.
/// NaN is never offered: it compares false with everything, so it could never
/// decide a conflict.
#[derive(Default)]
struct Extreme<'a> {
    best: Option<(f64, &'a str)>,
    runner_up: Option<f64>,
}

impl<'a> Extreme<'a> {
    fn offer(&mut self, value: f64, article: &'a str) {
        if value.is_nan() {
            return;
        }
        match self.best {
            Some((best, best_article)) if value <= best => {
                if best_article != article && self.runner_up.is_none_or(|r| value > r) {
                    self.runner_up = Some(value);
                }
            }
            Some((best, best_article)) => {
                if best_article != article {
                    self.runner_up = Some(best);
                }
                self.best = Some((value, article));
            }
            None => self.best = Some((value, article)),
        }
    }

    fn other_than(&self, article: &str) -> Option<f64> {
        match self.best {
            Some((best, best_article)) if best_article != article => Some(best),
            _ => self.runner_up,
        }
    }
}

/// The body sentences of a text: code-point start and end, and byte span.
/// Their text is copied only for the sentences a figure is quoted from.
fn sentence_ranges(text: &str) -> Vec<(usize, usize, ByteSpan)> {
    let offsets = Offsets::new(text);
    let cleaned = clean::strip(text);
    sentences::split(text, &cleaned.body)
        .into_iter()
        .map(|s| {
            let (start, end) = offsets.span(s.span);
            (start, end, s.span)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extreme_keeps_the_largest_from_another_article() {
        let mut highest = Extreme::default();
        for (value, article) in [(5.0, "a"), (7.0, "a"), (6.0, "b"), (f64::NAN, "c")] {
            highest.offer(value, article);
        }
        assert_eq!(highest.other_than("a"), Some(6.0));
        assert_eq!(highest.other_than("b"), Some(7.0));
        assert_eq!(highest.other_than("c"), Some(7.0));
        assert_eq!(Extreme::default().other_than("a"), None);
    }
    use crate::{analyze, Article};

    fn corpus_of(articles: &[(&str, &str, Option<&str>)]) -> Corpus {
        let articles: Vec<Article> = articles
            .iter()
            .map(|&(id, text, published)| Article::new(id, text, published).unwrap())
            .collect();
        let analyses: Vec<Analysis> = articles.iter().map(analyze).collect();
        let analyzed = Analyzed::pair(&articles, &analyses);
        merge(&analyzed)
    }

    #[test]
    fn merges_timelines_and_marks_disagreeing_figures() {
        let corpus = corpus_of(&[
            (
                "a",
                "Officials said 40 people left the port on Monday.",
                Some("2024-12-10"),
            ),
            (
                "b",
                "About 60 people left the port on Monday, a witness said.",
                Some("2024-12-11"),
            ),
        ]);
        assert_eq!(corpus.timeline.len(), 2);
        assert_eq!(corpus.timeline[0].date, "2024-12-09");
        assert_eq!(corpus.figures.len(), 2);
        assert!(corpus
            .figures
            .iter()
            .all(|f| f.conflict && f.date.as_deref() == Some("2024-12-09")));
        assert_eq!(
            corpus.figures[0].sentence.text,
            corpus.timeline[0].sentence.text
        );
    }

    #[test]
    fn groups_rows_by_category_headline_rows_first_then_by_date() {
        let corpus = corpus_of(&[(
            "a",
            "Shelling killed 12 people on Monday.\n\nTwo frigates docked on Sunday.\n\n\
             Planes brought 30 tonnes of aid on Saturday.\n\n\
             About 300 people were evacuated on Monday and 200 people fled on Sunday.",
            Some("2024-12-10"),
        )]);
        let rows: Vec<(Category, f64, Option<&str>)> = corpus
            .figures
            .iter()
            .map(|f| (f.category, f.value, f.date.as_deref()))
            .collect();
        assert_eq!(
            rows,
            vec![
                (Category::Evacuees, 300.0, Some("2024-12-09")),
                (Category::Evacuees, 200.0, Some("2024-12-09")),
                (Category::Aid, 30.0, Some("2024-12-07")),
                (Category::Ships, 2.0, Some("2024-12-08")),
                (Category::Casualties, 12.0, Some("2024-12-09")),
            ]
        );
        assert!(
            corpus.figures.iter().all(|f| !f.conflict),
            "one report never conflicts with itself"
        );
    }

    #[test]
    fn hedged_values_conflict_only_when_they_cannot_both_hold() {
        let corpus = corpus_of(&[
            (
                "a",
                "At least one jet landed on Monday.",
                Some("2024-12-10"),
            ),
            ("b", "Two jets landed on Monday.", Some("2024-12-10")),
            (
                "c",
                "About 50 people were evacuated on Monday.",
                Some("2024-12-10"),
            ),
            (
                "d",
                "Some 52 people were evacuated on Monday.",
                Some("2024-12-10"),
            ),
            (
                "e",
                "Up to 30 people were evacuated on Monday.",
                Some("2024-12-10"),
            ),
        ]);
        let conflicts: Vec<_> = corpus
            .figures
            .iter()
            .map(|f| (f.article.as_str(), f.conflict))
            .collect();
        assert_eq!(
            conflicts,
            vec![
                ("c", true),
                ("d", true),
                ("e", true),
                ("a", false),
                ("b", false)
            ]
        );
    }

    #[test]
    fn undated_sentences_take_the_publication_date_and_equal_values_agree() {
        let corpus = corpus_of(&[
            (
                "a",
                "At least 40 people were evacuated.",
                Some("2024-12-10"),
            ),
            (
                "b",
                "Some 40 people were evacuated, a witness said.",
                Some("2024-12-10"),
            ),
            ("c", "Between 200 and 300 people were evacuated.", None),
        ]);
        let dated: Vec<_> = corpus
            .figures
            .iter()
            .map(|f| {
                (
                    f.article.as_str(),
                    f.date.as_deref(),
                    f.date_source,
                    f.conflict,
                )
            })
            .collect();
        assert_eq!(
            dated,
            vec![
                ("a", Some("2024-12-10"), DateSource::Published, false),
                ("b", Some("2024-12-10"), DateSource::Published, false),
                ("c", None, DateSource::None, false),
            ]
        );
        let json = serde_json::to_value(&corpus.figures[2]).unwrap();
        assert_eq!(
            (json["value"].clone(), json["value_max"].clone()),
            (200.into(), 300.into())
        );
    }
}
