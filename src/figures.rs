//! Stage 5: figures. Consumes sentences, entities and dates. Produces stated
//! quantities with their qualifier, unit and category.
//!
//! First version: a number in digits or words, an optional qualifier before it,
//! and the counted noun within a few words after it, which also picks the
//! category. Numbers inside dates or glued to a hyphen ("Il-76") are skipped.

use std::sync::LazyLock;

use regex::Regex;

use crate::analysis::{Category, Qualifier};
use crate::dates::Timex;
use crate::entities::EntityMention;
use crate::sentences::Sentence;
use crate::span::ByteSpan;

/// A stated quantity.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// From the qualifier to the counted noun.
    pub span: ByteSpan,
    /// The number.
    pub value: f64,
    /// The upper bound of a range.
    pub value_max: Option<f64>,
    /// How the number is hedged.
    pub qualifier: Qualifier,
    /// What is counted.
    pub unit: String,
    /// The table's row.
    pub category: Category,
}

/// Qualifier, number, up to three words, then a counted noun.
static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        (?: \b(?P<qual> at\ least | more\ than | over | about | around | nearly | some | up\ to | as\ many\ as )\s+ )?
        (?: (?P<digits> [0-9]{1,3}(?:,[0-9]{3})+ | [0-9]+ )
          | \b(?P<word> one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens ) )
        (?: \s+of )? (?: \s+[\w-]+ ){0,3}? \s+
        (?P<noun> people|russians|citizens|evacuees|tonnes|tons|warships|ships|vessels|frigates|planes|aircraft|jets|troops|marines|soldiers|staff|tanks|dead|killed)\b",
    )
    .expect("FIGURE compiles")
});

const WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// Finds the figures of the sentences.
pub fn find(
    text: &str,
    sentences: &[Sentence],
    _entities: &[EntityMention],
    dates: &[Timex],
) -> Vec<Quantity> {
    let mut found = Vec::new();
    for sentence in sentences {
        let body = sentence.span.text(text);
        for c in FIGURE.captures_iter(body) {
            let m = c.get(0).expect("whole match");
            let span = ByteSpan::new(m.start(), m.end()).shift(sentence.span.start);
            let glued = c.name("digits").is_some_and(|d| {
                body[..d.start()]
                    .ends_with(|ch: char| ch.is_alphanumeric() || matches!(ch, '-' | '.' | ','))
            });
            if glued || dates.iter().any(|d| d.span.overlaps(span)) {
                continue;
            }
            let (value, mut qualifier) = if let Some(d) = c.name("digits") {
                (
                    d.as_str().replace(',', "").parse().unwrap_or(0.0),
                    Qualifier::Exact,
                )
            } else {
                let word = c["word"].to_lowercase();
                match WORDS.iter().position(|w| *w == word) {
                    Some(i) => (i as f64 + 1.0, Qualifier::Exact),
                    None => (24.0, Qualifier::AtLeast),
                }
            };
            if let Some(q) = c.name("qual") {
                qualifier = match q.as_str().to_lowercase().as_str() {
                    "at least" | "more than" | "over" => Qualifier::AtLeast,
                    "up to" | "as many as" => Qualifier::AtMost,
                    _ => Qualifier::Approx,
                };
            }
            let (unit, category) = classify(&c["noun"].to_lowercase(), body);
            found.push(Quantity {
                span,
                value,
                value_max: None,
                qualifier,
                unit: unit.to_string(),
                category,
            });
        }
    }
    found
}

fn classify(noun: &str, sentence: &str) -> (&'static str, Category) {
    let lower = sentence.to_lowercase();
    match noun {
        "tonnes" | "tons" => ("tonnes", Category::Aid),
        "warships" | "ships" | "vessels" | "frigates" => ("ships", Category::Ships),
        "planes" | "aircraft" | "jets" => ("aircraft", Category::Aircraft),
        "troops" | "marines" | "soldiers" | "staff" => ("people", Category::Personnel),
        "tanks" => ("tanks", Category::Equipment),
        "dead" | "killed" => ("people", Category::Casualties),
        _ if ["evacuat", "left", "leave", "fled", "flown"]
            .iter()
            .any(|v| lower.contains(v)) =>
        {
            ("people", Category::Evacuees)
        }
        _ => ("people", Category::Other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(text: &str) -> Vec<(String, f64, Qualifier, Category)> {
        let sentences = [Sentence {
            span: ByteSpan::new(0, text.len()),
            line: 0,
        }];
        find(text, &sentences, &[], &[])
            .into_iter()
            .map(|f| {
                (
                    f.span.text(text).to_string(),
                    f.value,
                    f.qualifier,
                    f.category,
                )
            })
            .collect()
    }

    #[test]
    fn finds_counted_nouns_with_qualifiers() {
        assert_eq!(
            figures("Planes carried over 40 tonnes of aid while four warships sailed."),
            vec![
                (
                    "over 40 tonnes".into(),
                    40.0,
                    Qualifier::AtLeast,
                    Category::Aid
                ),
                (
                    "four warships".into(),
                    4.0,
                    Qualifier::Exact,
                    Category::Ships
                )
            ]
        );
    }

    #[test]
    fn skips_model_numbers() {
        assert!(figures("An Il-76 planes took off.").is_empty());
    }
}
