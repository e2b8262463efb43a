//! The analysis of one article: the JSON of `shared/gold/SCHEMA.md`, field for
//! field. Offsets are code points into the text as given, `end` exclusive.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::sentences::Sentence;
use crate::span::{ByteSpan, Offsets};
use crate::{clean, dates, entities, events, figures};

/// A unit enum that the JSON writes as a name.
pub(crate) trait NamedInJson: Sized {
    /// The variant the JSON names `name`.
    fn from_name(name: &str) -> Option<Self>;
}

/// Gives a unit enum its name in the JSON (`name`, and `from_name` back) and writes
/// and reads it as that string. Derived serde code would compile a visitor per enum
/// and deserializer; these share one string read.
macro_rules! named_in_json {
    ($ty:ident { $($variant:ident => $name:literal,)* }) => {
        impl $ty {
            /// The name the JSON writes.
            pub fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)*
                }
            }

        }

        impl NamedInJson for $ty {
            fn from_name(name: &str) -> Option<Self> {
                match name {
                    $($name => Some($ty::$variant),)*
                    _ => None,
                }
            }
        }

        impl Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.name())
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                read_name(deserializer, $ty::from_name, &[$($name,)*])
            }
        }
    };
}

/// Reads a name written by [`named_in_json`], or the error serde gives for an
/// unknown variant.
fn read_name<'de, D: serde::Deserializer<'de>, T>(
    deserializer: D,
    from_name: fn(&str) -> Option<T>,
    names: &'static [&'static str],
) -> Result<T, D::Error> {
    let name = String::deserialize(deserializer)?;
    from_name(&name).ok_or_else(|| serde::de::Error::unknown_variant(&name, names))
}

/// One article's analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The article's id (the file stem in the CLI).
    pub id: String,
    /// The headline: the first body line.
    pub title: String,
    /// The publication date and where it came from.
    pub published: Published,
    /// Spans that are not the article's body.
    pub boilerplate: Vec<Boilerplate>,
    /// Named entities, in text order.
    pub entities: Vec<Entity>,
    /// Temporal expressions, in text order.
    pub dates: Vec<DateMention>,
    /// Stated quantities, in text order.
    pub figures: Vec<Figure>,
    /// One timeline entry per sentence with a resolved date.
    pub events: Vec<Event>,
    /// Beyond SCHEMA.md: for an article without a publication date, the
    /// sentences a publication date would place on the timeline (their dates are
    /// relative: "on Tuesday"), in text order. Empty, and absent from the JSON,
    /// when the article has a date. Never read back (a merge does not use it).
    #[serde(skip_deserializing, skip_serializing_if = "Vec::is_empty")]
    pub undated: Vec<Statement>,
}

/// A sentence quoted by its span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text at the span.
    pub text: String,
}

/// The publication date (`YYYY-MM-DD`, or `null`) and its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// The date, or `None` when nothing tells it.
    pub value: Option<String>,
    /// Where the date came from.
    pub source: PublishedSource,
    /// Why an inferred date was chosen: the header line that gave it, or what
    /// in the text bounds it. Absent for given dates.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub evidence: Option<String>,
}

/// Where a publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublishedSource {
    /// Supplied with the article.
    Given,
    /// A saved web page's metadata (`article:published_time`, JSON-LD `datePublished`).
    Metadata,
    /// A dateline or byline in the text.
    Dateline,
    /// Inferred from dated mentions in the text.
    Text,
    /// Inferred from a known world event the article mentions.
    Knowledge,
    /// The file's modification time.
    File,
    /// Unknown.
    None,
}

named_in_json!(PublishedSource {
    Given => "given",
    Metadata => "metadata",
    Dateline => "dateline",
    Text => "text",
    Knowledge => "knowledge",
    File => "file",
    None => "none",
});

/// A span that is not the article's body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// What kind of furniture it is.
    pub kind: BoilerplateKind,
}

/// Kinds of boilerplate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoilerplateKind {
    /// Paywall, cookie and sharing notices.
    Paywall,
    /// A repeated headline.
    Duplicate,
    /// PREV / NEXT links, breadcrumbs, menus.
    Navigation,
    /// Comment forms and "Leave a Reply".
    Comments,
    /// "SEE ALSO", "Read more", "Read the original article on …".
    Link,
    /// Bylines of aggregators, "With reporting by …".
    Credit,
    /// Photo captions (their text is still analysed).
    Caption,
    /// Anything else: stray separators, "Advertisement".
    Other,
}

named_in_json!(BoilerplateKind {
    Paywall => "paywall",
    Duplicate => "duplicate",
    Navigation => "navigation",
    Comments => "comments",
    Link => "link",
    Credit => "credit",
    Caption => "caption",
    Other => "other",
});

/// A named entity mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text at the span.
    pub text: String,
    /// The entity's type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The name that links variants of one entity across articles: a
    /// table's is borrowed.
    pub canonical: Cow<'static, str>,
}

/// Entity types of SCHEMA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    /// Named people.
    Person,
    /// Organisations, agencies, media, armed groups, fleets, companies.
    Org,
    /// Countries, cities, regions, seas, mountains.
    Place,
    /// Named bases, ports, airports.
    Facility,
    /// Nationalities, religious and political groups.
    Group,
    /// Named ships and ship classes.
    Vessel,
    /// Aircraft types and models.
    Aircraft,
    /// Named events.
    Event,
}

named_in_json!(EntityType {
    Person => "PERSON",
    Org => "ORG",
    Place => "PLACE",
    Facility => "FACILITY",
    Group => "GROUP",
    Vessel => "VESSEL",
    Aircraft => "AIRCRAFT",
    Event => "EVENT",
});

/// A temporal expression with its TIMEX3-style value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text at the span.
    pub text: String,
    /// `2013-02-19`, `2013-W09`, `2013-01`, `2011`, `PAST_REF`, or for durations
    /// and sets an ISO duration such as `P10D`.
    pub value: String,
    /// TIMEX3 type; only `DATE` values are calendar points for the timeline.
    #[serde(rename = "type")]
    pub kind: TimexType,
}

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexType {
    /// A calendar date or period, or a vague reference.
    Date,
    /// A time of day (its value kept at the day for the timeline).
    Time,
    /// A length of time ("10 days").
    Duration,
    /// A recurrence ("every week").
    Set,
}

named_in_json!(TimexType {
    Date => "DATE",
    Time => "TIME",
    Duration => "DURATION",
    Set => "SET",
});

/// A stated quantity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text at the span: qualifier, number and counted noun.
    pub text: String,
    /// The number.
    #[serde(serialize_with = "whole_or_fraction")]
    pub value: f64,
    /// The upper bound of a range ("between 200 and 300").
    #[serde(
        skip_serializing_if = "Option::is_none",
        default,
        serialize_with = "optional_whole_or_fraction"
    )]
    pub value_max: Option<f64>,
    /// How the number is hedged.
    pub qualifier: Qualifier,
    /// What is counted or measured.
    pub unit: String,
    /// The figures table's row.
    pub category: Category,
    /// Who gives the figure: the subject of a reporting verb in its sentence or
    /// paragraph ("the foreign ministry said"), or `null`.
    #[serde(default)]
    pub source: Option<String>,
    /// Whether the count happened, is planned or is a running total.
    #[serde(default)]
    pub status: Status,
    /// The sentence it is quoted from (code points), so that the corpus quotes it
    /// without splitting the text again. Absent in analyses from older versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<CodePointSpan>,
    /// Whether it stands in the headline.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub headline: bool,
}

/// A stretch of text in code points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodePointSpan {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// Whether a figure counts what happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Status {
    /// Counted as happened (the default).
    #[default]
    Reported,
    /// Planned, possible or projected ("could flee", "plans to evacuate").
    Planned,
    /// A running total ("so far", "bringing the total to").
    Cumulative,
}

named_in_json!(Status {
    Reported => "reported",
    Planned => "planned",
    Cumulative => "cumulative",
});

/// How a number is hedged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// As stated.
    Exact,
    /// "about", "some", "around", "nearly".
    Approx,
    /// "at least", "over", "more than", "dozens".
    AtLeast,
    /// "up to", "as many as", "fewer than".
    AtMost,
}

named_in_json!(Qualifier {
    Exact => "exact",
    Approx => "approx",
    AtLeast => "at_least",
    AtMost => "at_most",
});

/// The figures table's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// People evacuated, flown out, who left or fled.
    Evacuees,
    /// Humanitarian aid delivered.
    Aid,
    /// Ships and vessels.
    Ships,
    /// Aircraft.
    Aircraft,
    /// Troops, marines, staff.
    Personnel,
    /// Citizens of the evacuating country living there.
    Nationals,
    /// Tanks, helicopters, weapons moved or sold.
    Equipment,
    /// Dead, killed, wounded.
    Casualties,
    /// Sums of money.
    Money,
    /// Any other quantity.
    Other,
}

named_in_json!(Category {
    Evacuees => "evacuees",
    Aid => "aid",
    Ships => "ships",
    Aircraft => "aircraft",
    Personnel => "personnel",
    Nationals => "nationals",
    Equipment => "equipment",
    Casualties => "casualties",
    Money => "money",
    Other => "other",
});

/// A timeline entry: one sentence with a resolved date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// The date value (day, week, month, year…).
    pub date: String,
    /// First code point of the sentence.
    pub start: usize,
    /// One past its last code point.
    pub end: usize,
    /// The sentence.
    pub text: String,
}

/// Writes whole numbers as JSON integers (`99`, not `99.0`), as SCHEMA shows them.
pub fn whole_or_fraction<S: serde::Serializer>(
    value: &f64,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

/// Writes an optional number like [`whole_or_fraction`], `null` when absent.
pub fn optional_whole_or_fraction<S: serde::Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => whole_or_fraction(v, serializer),
        None => serializer.serialize_none(),
    }
}

/// What the pipeline's stages found in one article, before it is written as the
/// analysis JSON (byte spans become code points, stage types become the types
/// above).
pub(crate) struct Stages<'a> {
    /// The article's id.
    pub id: &'a str,
    /// Its text as given.
    pub text: &'a str,
    /// Body lines, boilerplate and title (stage 1).
    pub cleaned: &'a clean::Cleaned,
    /// Its sentences (stage 2).
    pub sentences: &'a [Sentence],
    /// Stage 3.
    pub entities: Vec<entities::EntityMention>,
    /// The publication date and its evidence.
    pub published: dates::Publication,
    /// Stage 4.
    pub dates: Vec<dates::Timex>,
    /// Stage 5.
    pub figures: Vec<figures::Quantity>,
    /// Stage 6.
    pub events: Vec<events::DatedSentence>,
    /// The sentences a publication date would date (for an undated article).
    pub undated: Vec<ByteSpan>,
}

impl Stages<'_> {
    /// The analysis JSON of what the stages found.
    pub(crate) fn into_analysis(self) -> Analysis {
        let Stages {
            id,
            text,
            cleaned,
            sentences,
            entities,
            published,
            dates,
            figures,
            events,
            undated,
        } = self;
        let offsets = Offsets::new(text);
        let slice = |span: ByteSpan| {
            let (start, end) = offsets.span(span);
            (start, end, span.text(text).to_string())
        };
        Analysis {
            id: id.to_string(),
            title: cleaned
                .title
                .map(|t| t.text(text).trim().to_string())
                .unwrap_or_default(),
            published: Published {
                value: published.value.map(|d| d.to_string()),
                source: published.source,
                evidence: published.evidence,
            },
            boilerplate: cleaned
                .boilerplate
                .iter()
                .map(|b| {
                    let (start, end) = offsets.span(b.span);
                    Boilerplate {
                        start,
                        end,
                        kind: b.kind,
                    }
                })
                .collect(),
            entities: entities
                .into_iter()
                .map(|e| {
                    let (start, end, text) = slice(e.span);
                    Entity {
                        start,
                        end,
                        text,
                        kind: e.kind,
                        canonical: e.canonical,
                    }
                })
                .collect(),
            dates: dates
                .into_iter()
                .map(|d| {
                    let (start, end, text) = slice(d.span);
                    DateMention {
                        start,
                        end,
                        text,
                        value: d.value,
                        kind: d.kind,
                    }
                })
                .collect(),
            figures: figures
                .into_iter()
                .map(|f| {
                    let (start, end, text) = slice(f.span);
                    let within =
                        |outer: ByteSpan| outer.start <= f.span.start && f.span.end <= outer.end;
                    let sentence = sentences
                        .get(sentences.partition_point(|s| s.span.end < f.span.end))
                        .filter(|s| within(s.span))
                        .map(|s| {
                            let (start, end) = offsets.span(s.span);
                            CodePointSpan { start, end }
                        });
                    Figure {
                        start,
                        end,
                        text,
                        value: f.value,
                        value_max: f.value_max,
                        qualifier: f.qualifier,
                        unit: f.unit,
                        category: f.category,
                        source: f.source,
                        status: f.status,
                        sentence,
                        headline: cleaned.title.is_some_and(within),
                    }
                })
                .collect(),
            events: events
                .into_iter()
                .map(|e| {
                    let (start, end, text) = slice(e.span);
                    Event {
                        date: e.date,
                        start,
                        end,
                        text,
                    }
                })
                .collect(),
            undated: undated
                .into_iter()
                .map(|span| {
                    let (start, end, text) = slice(span);
                    Statement { start, end, text }
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_enums_are_written_and_read_by_name() {
        let categories = [
            Category::Evacuees,
            Category::Aid,
            Category::Ships,
            Category::Aircraft,
            Category::Personnel,
            Category::Nationals,
            Category::Equipment,
            Category::Casualties,
            Category::Money,
            Category::Other,
        ];
        for category in categories {
            let json = serde_json::to_string(&category).unwrap();
            assert_eq!(json, format!("\"{}\"", category.name()));
            assert_eq!(serde_json::from_str::<Category>(&json).unwrap(), category);
        }
        assert_eq!(
            serde_json::to_string(&Qualifier::AtLeast).unwrap(),
            "\"at_least\""
        );
        assert_eq!(
            serde_json::to_string(&EntityType::Person).unwrap(),
            "\"PERSON\""
        );
        assert_eq!(
            serde_json::from_str::<Status>("\"cumulative\"").unwrap(),
            Status::Cumulative
        );
        let unknown = serde_json::from_str::<TimexType>("\"WEEK\"").unwrap_err();
        assert!(unknown.to_string().contains("unknown variant `WEEK`"));
    }
}
