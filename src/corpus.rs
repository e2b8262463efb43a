//! Stage 7: corpus. Consumes many articles' texts and analyses. Produces the
//! views across articles: the timeline (every event, with the days its date
//! covers), the figures table (every figure with its date, article, sentence,
//! source and status, conflicts marked) and the entity index (mentions per
//! article).
//!
//! Figures are never summed: reports may count the same people. A figure the
//! headline repeats from the body is one row with two mentions. Rows conflict
//! when they count alike (same category and unit, the same place when both
//! name one, day dates at most two days apart), come from different articles,
//! both report what happened (status `reported`), and their values cannot both
//! hold once qualifiers are read.

use crate::hash::{FastSet, Table};

use serde::Serialize;

use crate::analysis::{
    Analysis, Category, CodePointSpan, DateMention, EntityType, Event, Figure, Published,
    Qualifier, Status, TimexType,
};
use crate::calendar::{Date, Period, Precision};
use crate::span::Offsets;

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
    /// The date it stands at in its sentence (see `figure_date`), else the
    /// publication date.
    pub date: Option<String>,
    /// Where the date comes from.
    pub date_source: DateSource,
    /// The article it comes from.
    pub article: String,
    /// The sentence it comes from.
    pub sentence: Quote,
    /// Who gives it ("foreign ministry"), or `None`.
    pub source: Option<String>,
    /// Whether it counts what happened; only `reported` rows can conflict.
    pub status: Status,
    /// Every place its article states it, in text order: the figure itself,
    /// and the headline when the headline repeats it.
    pub mentions: Vec<Quote>,
    /// True when another report's row counts alike and cannot agree with it.
    pub conflict: bool,
    /// Indices into the figures table of the rows it conflicts with (the first
    /// [`CONFLICTS_LISTED`]).
    pub conflicts_with: Vec<usize>,
    /// Why, for the first of those rows: "2 days apart: 300 people vs 1,200
    /// people (evacuees), army vs rebels".
    pub conflict_reason: Option<String>,
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
    /// Mentions per article id, by id, written as one JSON object.
    #[serde(serialize_with = "as_object")]
    pub mentions: Vec<(String, usize)>,
    /// The distinct forms seen in the texts.
    pub variants: Vec<String>,
}

/// Writes (id, count) pairs as one object, as a map's `Serialize` does: a
/// sorted list rather than a `BTreeMap`, whose code the wasm would carry for
/// this field alone.
fn as_object<S: serde::Serializer>(
    pairs: &[(String, usize)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pairs.iter().map(|(id, count)| (id, count)))
}

/// What the merge reads of one article, the corpus stage's input: its
/// analysis without the dates and boilerplate, its entities counted by name
/// rather than listed by mention, and each figure with the text of its
/// sentence and the places named there instead of the article's whole text.
/// The page's corpus worker keeps this for every article between merges, not
/// the text and the whole analysis.
pub struct Kept {
    /// The article's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its publication date and source.
    pub published: Published,
    /// Its entities' names, each once, in the order of their first mention.
    pub names: Vec<Named>,
    /// Its figures, in text order, each with the sentence it is quoted from.
    pub figures: Vec<QuotedFigure>,
    /// Its events.
    pub events: Vec<Event>,
}

/// One form of an entity's name in an article, and how often it is mentioned so.
pub struct Named {
    /// The entity's type.
    pub kind: EntityType,
    /// Its canonical name.
    pub canonical: String,
    /// The form in the text.
    pub text: String,
    /// Its mentions in that form.
    pub mentions: usize,
}

/// A figure with its sentence: the span and text the analysis gives, else the
/// figure's own (analyses from older versions name no sentence).
pub struct QuotedFigure {
    /// The figure.
    pub figure: Figure,
    /// Its sentence.
    pub sentence: Quote,
    /// Where and whom it counts, which conflicts compare.
    pub scope: Scope,
    /// The date it stands at, of those of its sentence ([`figure_date`]);
    /// `None` when it stands when the article tells it.
    pub date: Option<String>,
}

/// The date `figure` stands at: of the dates of its sentence that an event
/// could take (days to decades), the nearest to it, first of those in its own
/// clause (no comma between: "sent two planes earlier this month, and 45
/// Japanese were flown out on Tuesday"). A date that names a
/// thing's day ("last Friday's earthquake") is none, nor is the first date of
/// a "since" clause, which tells when a count began ("killed since the
/// uprising began in March 2011", "blocked since February 2022 left Odesa in
/// August"). `None` when no date is left: the figure stands when the article
/// tells it.
fn figure_date(
    figure: &Figure,
    sentence: &Quote,
    dates: &[DateMention],
    text: &str,
    offsets: &Offsets,
) -> Option<String> {
    let between = |from: usize, to: usize| {
        text.get(offsets.byte_at(from)..offsets.byte_at(to))
            .unwrap_or_default()
    };
    // The dates are in text order: those of the sentence are found, not scanned for.
    let from = dates.partition_point(|d| d.start < sentence.start);
    let in_sentence = dates[from..]
        .iter()
        .take_while(|d| d.start < sentence.end)
        .filter(|d| {
            d.end <= sentence.end
                && matches!(d.kind, TimexType::Date | TimexType::Time)
                && Period::parse(&d.value).is_some()
        });
    let mut last_end = sentence.start;
    let mut nearest: Option<((bool, usize), &DateMention)> = None;
    for date in in_sentence {
        let since = opens_since_clause(between(last_end, date.start));
        last_end = date.end;
        let after = between(date.end, sentence.end);
        let possessive = after.starts_with("'s") || after.starts_with("’s");
        if since || possessive {
            continue;
        }
        let (gap, distance) = if date.end <= figure.start {
            (between(date.end, figure.start), figure.start - date.end)
        } else {
            (
                between(figure.end, date.start),
                date.start.saturating_sub(figure.end),
            )
        };
        let rank = (gap.contains([',', ';']), distance);
        if nearest.is_none_or(|(r, _)| rank < r) {
            nearest = Some((rank, date));
        }
    }
    nearest.map(|(_, d)| d.value.split('T').next().unwrap_or(&d.value).to_string())
}

/// True when `before` (the text since the last date) holds a "since" that
/// no comma or semicolon follows: the date after it opens a count.
fn opens_since_clause(before: &str) -> bool {
    before.split([',', ';']).next_back().is_some_and(|clause| {
        clause
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word.eq_ignore_ascii_case("since"))
    })
}

/// What a figure's conflicts are asked of: the places and facilities its
/// sentence names, and the peoples its own words name ("45 Japanese").
pub struct Scope {
    /// Canonical names of the places and facilities within the sentence, in text order.
    pub places: Vec<String>,
    /// Canonical names of the groups within the figure's own words.
    pub groups: Vec<String>,
}

impl Kept {
    /// What the merge reads of `analysis`, the analysis of `text`.
    pub fn new(text: &str, analysis: Analysis) -> Kept {
        let offsets = Offsets::new(text);
        let entities = analysis.entities;
        let dates = &analysis.dates;
        let figures = analysis
            .figures
            .into_iter()
            .map(|figure| {
                let sentence = match figure.sentence {
                    Some(CodePointSpan { start, end }) => Quote {
                        start,
                        end,
                        text: text
                            .get(offsets.byte_at(start)..offsets.byte_at(end))
                            .unwrap_or_default()
                            .to_string(),
                    },
                    None => Quote {
                        start: figure.start,
                        end: figure.end,
                        text: figure.text.clone(),
                    },
                };
                let places = entities
                    .iter()
                    .filter(|e| matches!(e.kind, EntityType::Place | EntityType::Facility))
                    .filter(|e| sentence.start <= e.start && e.end <= sentence.end)
                    .map(|e| e.canonical.to_string())
                    .collect();
                let groups = entities
                    .iter()
                    .filter(|e| e.kind == EntityType::Group)
                    .filter(|e| figure.start <= e.start && e.end <= figure.end)
                    .map(|e| e.canonical.to_string())
                    .collect();
                QuotedFigure {
                    date: figure_date(&figure, &sentence, dates, text, &offsets),
                    figure,
                    sentence,
                    scope: Scope { places, groups },
                }
            })
            .collect();
        // An article names a few dozen: a search of those found is enough.
        let mut names: Vec<Named> = Vec::new();
        for entity in &entities {
            let seen = names.iter_mut().find(|named| {
                named.kind == entity.kind
                    && named.canonical == entity.canonical
                    && named.text == entity.text
            });
            match seen {
                Some(named) => named.mentions += 1,
                None => names.push(Named {
                    kind: entity.kind,
                    canonical: entity.canonical.to_string(),
                    text: entity.text.clone(),
                    mentions: 1,
                }),
            }
        }
        Kept {
            id: analysis.id,
            title: analysis.title,
            published: analysis.published,
            names,
            figures,
            events: analysis.events,
        }
    }
}

/// The articles analysed so far, by id, kept between merges: the page's corpus
/// worker keeps each article once and merges what it holds, instead of
/// receiving every text and analysis again for each merge.
#[derive(Default)]
pub struct Store {
    articles: Table<String, Kept>,
}

impl Store {
    /// Keeps `article` under its id, in place of what was kept under that id.
    pub fn keep(&mut self, article: Kept) {
        self.articles.insert(article.id.clone(), article);
    }

    /// The corpus view of the articles `ids`, in that order, and every other
    /// article forgotten; an id that was never kept is an error naming it.
    pub fn merge_only(&mut self, ids: &[String]) -> Result<Corpus, String> {
        if let Some(missing) = ids.iter().find(|id| !self.articles.contains_key(*id)) {
            return Err(format!("no article \"{missing}\" was kept for the corpus"));
        }
        let named: FastSet<&str> = ids.iter().map(String::as_str).collect();
        self.articles.retain(|id| named.contains(id.as_str()));
        let articles: Vec<&Kept> = ids.iter().map(|id| &self.articles[id]).collect();
        Ok(merge(&articles))
    }

    /// How many articles are kept.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// True when no article is kept.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }
}

/// Merges analysed articles into the corpus view.
pub fn merge(articles: &[&Kept]) -> Corpus {
    let mut timeline = Vec::new();
    let mut figures = Vec::new();
    let mut index: Table<(EntityType, &str), IndexEntry> = Table::default();
    let mut ids_seen: FastSet<&str> = FastSet::default();
    for article in articles {
        let id = &article.id;
        // The CLI names articles by file stem, so two may share an id.
        let id_repeated = !ids_seen.insert(id.as_str());
        for event in &article.events {
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
        let mut rows: Vec<(FigureRow, &Scope, bool)> = Vec::new();
        for QuotedFigure {
            figure,
            sentence,
            scope,
            date,
        } in &article.figures
        {
            let (date, date_source) = match (date, &article.published.value) {
                (Some(d), _) => (Some(d.clone()), DateSource::Sentence),
                (None, Some(p)) => (Some(p.clone()), DateSource::Published),
                (None, None) => (None, DateSource::None),
            };
            let quote = Quote {
                start: figure.start,
                end: figure.end,
                text: figure.text.clone(),
            };
            rows.push((
                FigureRow {
                    category: figure.category,
                    value: figure.value,
                    value_max: figure.value_max,
                    qualifier: figure.qualifier,
                    unit: figure.unit.clone(),
                    figure: quote.clone(),
                    date,
                    date_source,
                    article: id.clone(),
                    sentence: sentence.clone(),
                    source: figure.source.clone(),
                    status: figure.status,
                    mentions: vec![quote],
                    conflict: false,
                    conflicts_with: Vec::new(),
                    conflict_reason: None,
                },
                scope,
                figure.headline,
            ));
        }
        // A headline figure the body repeats is a mention of the body's row.
        let (headline, rows): (Vec<_>, Vec<_>) =
            rows.into_iter().partition(|(_, _, in_title)| *in_title);
        let mut rows: Vec<(FigureRow, &Scope)> = rows
            .into_iter()
            .map(|(row, scope, _)| (row, scope))
            .collect();
        for (head, scope, _) in headline {
            let repeated = rows.iter_mut().find(|(row, _)| {
                row.category == head.category
                    && row.value == head.value
                    && row.value_max == head.value_max
                    && row.unit == head.unit
            });
            match repeated {
                Some((row, _)) => row.mentions.insert(0, head.figure),
                None => rows.push((head, scope)),
            }
        }
        crate::order::sort_by_key(&mut rows, |(row, _): &(FigureRow, &Scope)| row.figure.start);
        figures.extend(rows);
        for named in &article.names {
            let entry = index.or_insert_with((named.kind, &named.canonical), || IndexEntry {
                canonical: named.canonical.clone(),
                kind: named.kind,
                total: 0,
                mentions: Vec::new(),
                variants: Vec::new(),
            });
            entry.total += named.mentions;
            // An article's names come together: its id is the last one, if
            // listed, unless an earlier article had the same id. Searching the
            // whole list every time made the merge quadratic in the articles.
            let listed = match entry.mentions.last() {
                Some((last, _)) if last == id => Some(entry.mentions.len() - 1),
                _ if id_repeated => entry.mentions.iter().position(|(listed, _)| listed == id),
                _ => None,
            };
            match listed {
                Some(at) => entry.mentions[at].1 += named.mentions,
                None => entry.mentions.push((id.clone(), named.mentions)),
            }
            if !entry.variants.contains(&named.text) {
                entry.variants.push(named.text.clone());
            }
        }
    }
    crate::order::sort_by(&mut timeline, |a, b| {
        (&a.first, a.precision, &a.last).cmp(&(&b.first, b.precision, &b.last))
    });
    // Stable: within one category and date, rows keep article and text order.
    crate::order::sort_by(&mut figures, |(a, _), (b, _)| {
        (a.category, a.date.is_none(), &a.date).cmp(&(b.category, b.date.is_none(), &b.date))
    });
    let (mut figures, scopes): (Vec<FigureRow>, Vec<&Scope>) = figures.into_iter().unzip();
    mark_conflicts(&mut figures, &scopes);
    let mut entities: Vec<IndexEntry> = index.into_values();
    for entry in &mut entities {
        crate::order::sort_by(&mut entry.mentions, |a, b| a.0.cmp(&b.0));
    }
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
                id: a.id.clone(),
                title: a.title.clone(),
                published: a.published.clone(),
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

/// How many days apart two day dates may be and still count the same event.
const DAYS_APART: i64 = 2;

/// How many conflicting rows a row lists, and how many its reason describes.
pub const CONFLICTS_LISTED: usize = 20;
const REASONS_GIVEN: usize = 3;

/// Marks the rows that conflict (see the module's documentation) and names,
/// for each, the rows it conflicts with and why. Rows of one article never
/// conflict with each other: one report may give several counts (per flight,
/// per day). `scopes` holds each row's named places and groups.
fn mark_conflicts(rows: &mut [FigureRow], scopes: &[&Scope]) {
    // One group per category and unit, each sorted by day: only rows a few
    // days apart are compared.
    let mut dated: Vec<(Category, &str, i64, usize)> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let day = row
            .date
            .as_deref()
            .filter(|d| d.len() == 10)
            .and_then(|d| d.parse::<Date>().ok());
        if let (Some(day), Status::Reported) = (day, row.status) {
            dated.push((row.category, row.unit.as_str(), day.days(), i));
        }
    }
    // Sorted rather than grouped in a map: a group is then a run, by day.
    crate::order::sort_by(&mut dated, Ord::cmp);
    let mut found: Vec<Conflicts> = vec![Conflicts::default(); rows.len()];
    for members in dated.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
        for (k, &(_, _, day, i)) in members.iter().enumerate() {
            let later = members
                .get(k + 1..)
                .unwrap_or(&[])
                .iter()
                .take_while(|(_, _, other, _)| other - day <= DAYS_APART);
            for &(_, _, other, j) in later {
                if conflicting(&rows[i], &rows[j], scopes[i], scopes[j]) {
                    found[i].add(j, other - day);
                    found[j].add(i, other - day);
                }
            }
        }
    }
    for (i, mut conflicts) in found.into_iter().enumerate() {
        if conflicts.count == 0 {
            continue;
        }
        conflicts.trim();
        let mut reasons: Vec<String> = conflicts
            .first
            .iter()
            .take(REASONS_GIVEN)
            .map(|&(j, apart)| reason(&rows[i], &rows[j], apart))
            .collect();
        if conflicts.count > REASONS_GIVEN {
            reasons.push(format!("and {} more", conflicts.count - REASONS_GIVEN));
        }
        let row = &mut rows[i];
        row.conflict = true;
        row.conflicts_with = conflicts.first.iter().map(|&(j, _)| j).collect();
        row.conflict_reason = Some(crate::text::as_strs(&reasons).join("; "));
    }
}

/// A row's conflicts: how many, and the first by row index (the ones listed,
/// with the days apart). Only those are kept: when many articles repeat a
/// figure, a row conflicts with thousands, and listing them all made the merge
/// hold every pair at once (wasm memory never shrinks).
#[derive(Clone, Default)]
struct Conflicts {
    count: usize,
    first: Vec<(usize, i64)>,
}

impl Conflicts {
    fn add(&mut self, row: usize, apart: i64) {
        self.count += 1;
        self.first.push((row, apart));
        // Trimmed when twice the rows listed, not at each one: fewer sorts.
        if self.first.len() == 2 * CONFLICTS_LISTED {
            self.trim();
        }
    }

    /// Keeps the first CONFLICTS_LISTED by row index (a row is listed once), sorted.
    fn trim(&mut self) {
        crate::order::sort_by(&mut self.first, Ord::cmp);
        self.first.truncate(CONFLICTS_LISTED);
    }
}

/// True when two rows of different articles, counting alike in places that do
/// not differ, give values that cannot both hold ("at least 1" and "2" agree;
/// "40" and "60" do not). Rows that count different peoples ("45 Japanese",
/// "12 Chinese children") count different people.
fn conflicting(a: &FigureRow, b: &FigureRow, scope_a: &Scope, scope_b: &Scope) -> bool {
    // The values first: most rows compared agree, and comparing them costs no
    // string comparison.
    let (low_a, high_a) = bounds(a);
    let (low_b, high_b) = bounds(b);
    if !(high_a < low_b || high_b < low_a) {
        return false;
    }
    let apart = |x: &[String], y: &[String]| {
        !x.is_empty() && !y.is_empty() && !x.iter().any(|p| y.contains(p))
    };
    a.article != b.article
        && !apart(&scope_a.places, &scope_b.places)
        && !apart(&scope_a.groups, &scope_b.groups)
}

/// Why `row` conflicts with `other`, from `row`'s side: "same day: 300 people
/// vs about 1,200 people (evacuees), army vs rebels".
fn reason(row: &FigureRow, other: &FigureRow, apart: i64) -> String {
    let when = match apart {
        0 => "same day".to_string(),
        1 => "1 day apart".to_string(),
        n => format!("{n} days apart"),
    };
    let category = row.category.name();
    let who = |r: &FigureRow| r.source.clone().unwrap_or_else(|| r.article.clone());
    format!(
        "{when}: {} vs {} ({category}), {} vs {}",
        row.figure.text,
        other.figure.text,
        who(row),
        who(other)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::{analyze, Article};

    #[test]
    fn a_store_merges_what_it_keeps_as_the_merge_of_the_same_articles() {
        let reports = [
            (
                "a",
                "Ships reach Tartus\n\nFour warships docked in Tartus on Tuesday, officials said.",
                Some("2024-12-12"),
            ),
            (
                "b",
                "Flights resume\n\nAbout 300 people flew to Moscow on Friday, the ministry said.",
                Some("2024-12-14"),
            ),
        ];
        let articles: Vec<Article> = reports
            .iter()
            .map(|&(id, text, published)| Article::new(id, text, published).unwrap())
            .collect();
        let analyses: Vec<Analysis> = articles.iter().map(analyze).collect();
        let kept = |at: usize| Kept::new(&articles[at].text, analyses[at].clone());
        let mut store = Store::default();
        store.keep(kept(0));
        store.keep(kept(1));
        let both = ["b".to_string(), "a".to_string()];
        let from_store = store.merge_only(&both).unwrap();
        assert_eq!(from_store, merge(&[&kept(1), &kept(0)]));
        // Keeping again under an id replaces; merging fewer forgets the rest.
        store.keep(kept(0));
        assert_eq!(store.len(), 2);
        let only_a = store.merge_only(&both[1..]).unwrap();
        assert_eq!(only_a.articles.len(), 1);
        assert_eq!(store.len(), 1);
        let error = store.merge_only(&both).unwrap_err();
        assert!(error.contains("\"b\""), "{error}");
    }

    fn corpus_of(articles: &[(&str, &str, Option<&str>)]) -> Corpus {
        let articles: Vec<Article> = articles
            .iter()
            .map(|&(id, text, published)| Article::new(id, text, published).unwrap())
            .collect();
        crate::corpus(&articles)
    }

    #[test]
    fn the_entity_index_counts_mentions_per_article_id() {
        let tartus = "Ships reach Tartus\n\nWarships docked in Tartus, then left Tartus.";
        let moscow = "Flights resume\n\nAbout 300 people flew from Tartus to Moscow on Friday.";
        // The CLI names articles by file stem: two files may share one.
        let corpus = corpus_of(&[
            ("a", tartus, None),
            ("b", moscow, None),
            ("a", &tartus.replace("then", "and"), None),
        ]);
        let entry = |name: &str| {
            let found = corpus.entities.iter().find(|e| e.canonical == name);
            found.unwrap_or_else(|| panic!("{name} in {:?}", corpus.entities))
        };
        let tartus_mentions = vec![("a".to_string(), 6), ("b".to_string(), 1)];
        assert_eq!(entry("Tartus").mentions, tartus_mentions);
        assert_eq!(entry("Tartus").total, 7);
        assert_eq!(entry("Moscow").mentions, vec![("b".to_string(), 1)]);
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

    #[test]
    fn a_running_total_since_a_day_stands_at_publication() {
        let corpus = corpus_of(&[(
            "a",
            "Since 13 August, aircraft have carried more than 14,500 people out of Kabul. \
             On Tuesday 300 people were flown to Dubai.",
            Some("2021-08-27"),
        )]);
        let dated: Vec<_> = corpus
            .figures
            .iter()
            .map(|f| (f.value, f.date.as_deref(), f.date_source))
            .collect();
        assert_eq!(
            dated,
            vec![
                (300.0, Some("2021-08-24"), DateSource::Sentence),
                (14_500.0, Some("2021-08-27"), DateSource::Published),
            ]
        );
    }

    #[test]
    fn a_figure_stands_at_the_nearest_date_of_its_clause_but_a_count_s_start() {
        let corpus = corpus_of(&[(
            "a",
            "Japan sent two planes to Djibouti earlier this month, and 45 Japanese were \
             flown out on Tuesday. The death toll from Friday's earthquake rose to 2,497 on \
             Monday. More than 60,000 people have been killed since the uprising began in \
             March 2011. Five ships that had been blocked since February 2022 left Odesa in \
             August.",
            Some("2023-09-13"),
        )]);
        let mut dated: Vec<_> = corpus
            .figures
            .iter()
            .map(|f| (f.figure.text.as_str(), f.date.as_deref(), f.date_source))
            .collect();
        dated.sort_by_key(|row| row.0);
        assert_eq!(
            dated,
            vec![
                ("2,497", Some("2023-09-11"), DateSource::Sentence),
                ("45 Japanese", Some("2023-09-12"), DateSource::Sentence),
                ("Five ships", Some("2023-08"), DateSource::Sentence),
                (
                    "More than 60,000 people",
                    Some("2023-09-13"),
                    DateSource::Published
                ),
                ("two planes", Some("2023-09"), DateSource::Sentence),
            ]
        );
    }

    #[test]
    fn a_headline_repeating_a_body_figure_is_one_row_with_two_mentions() {
        let corpus = corpus_of(&[(
            "a",
            "300 people evacuated from the port\n\n\
             Officials said 300 people were evacuated from the port on Monday. \
             Two ferries are waiting.",
            Some("2024-12-10"),
        )]);
        let people: Vec<&FigureRow> = corpus
            .figures
            .iter()
            .filter(|f| f.unit == "people")
            .collect();
        assert_eq!(people.len(), 1, "{:?}", corpus.figures);
        let mentions: Vec<&str> = people[0].mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(mentions, vec!["300 people", "300 people"]);
        assert!(people[0].mentions[0].start < people[0].figure.start);
        assert_eq!(people[0].date.as_deref(), Some("2024-12-09"));
        assert_eq!(people[0].source.as_deref(), Some("Officials"));
    }

    #[test]
    fn a_conflict_names_the_other_row_and_why() {
        let corpus = corpus_of(&[
            (
                "a",
                "The army said 300 people were evacuated from Tartus on Monday.",
                Some("2024-12-10"),
            ),
            (
                "b",
                "The rebels said 1,200 people were evacuated from Tartus on Wednesday.",
                Some("2024-12-12"),
            ),
        ]);
        let rows = &corpus.figures;
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].conflicts_with, vec![1]);
        assert_eq!(rows[1].conflicts_with, vec![0]);
        assert_eq!(
            rows[0].conflict_reason.as_deref(),
            Some("2 days apart: 300 people vs 1,200 people (evacuees), army vs rebels")
        );
        assert!(rows.iter().all(|r| r.conflict));
        let json = serde_json::to_value(&rows[1]).unwrap();
        assert_eq!(json["conflicts_with"], serde_json::json!([0]));
        assert_eq!(json["status"], "reported");
        assert_eq!(json["source"], "rebels");
    }

    #[test]
    fn unlike_or_compatible_rows_do_not_conflict() {
        let pairs = [
            // Different rows of the table.
            (
                "300 people were evacuated on Monday.",
                "1,200 people were killed on Monday.",
            ),
            // Different places.
            (
                "300 people were evacuated from Tartus on Monday.",
                "1,200 people were evacuated from Latakia on Monday.",
            ),
            // Different peoples.
            (
                "45 Japanese were evacuated from Sudan on Monday.",
                "12 Chinese children were evacuated from Sudan on Monday.",
            ),
            // A week apart.
            (
                "300 people were evacuated on Monday, December 2.",
                "1,200 people were evacuated on Monday, December 9.",
            ),
            // Hedges that both hold.
            (
                "At least 300 people were evacuated on Monday.",
                "Some 350 people were evacuated on Monday.",
            ),
            // A plan is no count of what happened.
            (
                "300 people were evacuated on Monday.",
                "Up to 1,200 people could be evacuated on Monday.",
            ),
        ];
        for (a, b) in pairs {
            let corpus = corpus_of(&[("a", a, Some("2024-12-10")), ("b", b, Some("2024-12-10"))]);
            assert!(
                corpus.figures.iter().all(|f| !f.conflict
                    && f.conflicts_with.is_empty()
                    && f.conflict_reason.is_none()),
                "{a} / {b}: {:?}",
                corpus.figures
            );
        }
    }
}
