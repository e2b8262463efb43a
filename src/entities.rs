//! Stage 3: entities. Consumes sentences. Produces named entity mentions with a
//! type and a canonical name.
//!
//! First version: runs of capitalised words, typed by their head word and the
//! title before them. Sentence-initial function words are skipped.

use std::sync::LazyLock;

use regex::Regex;

use crate::analysis::EntityType;
use crate::sentences::Sentence;
use crate::span::ByteSpan;

/// A named entity found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityMention {
    /// Where it is.
    pub span: ByteSpan,
    /// Its type.
    pub kind: EntityType,
    /// The name that links its variants.
    pub canonical: String,
}

/// A run of capitalised words, allowing "al-", "of" and "for" inside.
static NAME_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[A-ZÀ-Þ][\w\-’']*(?:\s+(?:(?:al-|of\s+|for\s+)?[A-ZÀ-Þ][\w\-’']*))*")
        .expect("NAME_RUN compiles")
});

const FUNCTION_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Or",
    "If",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Their",
    "His",
    "Her",
    "Meanwhile",
    "However",
    "According",
    "After",
    "Before",
    "Although",
    "As",
    "While",
    "When",
    "With",
    "From",
    "To",
    "For",
    "Of",
    "By",
    "Now",
    "Even",
    "Last",
    "Next",
    "Earlier",
    "Previous",
    "Recently",
    "Images",
    "Satellite",
    "Sources",
    "Videos",
    "Observers",
    "Talks",
    "Military",
    "Fresh",
    "Heavy",
    "Activists",
    "One",
    "Two",
    "Aside",
    "Citing",
];
const TITLES: &[&str] = &[
    "President",
    "Minister",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "spokesman",
    "spokeswoman",
    "leader",
    "Secretary",
];
const ORG_HEADS: &[&str] = &[
    "Ministry",
    "Agency",
    "Institute",
    "Observatory",
    "Council",
    "Nations",
    "League",
    "Union",
    "Navy",
    "Army",
    "News",
    "Novosti",
    "Kremlin",
    "Reuters",
    "Interfax",
    "fleet",
    "Fleet",
    "Technologies",
    "Labs",
    "Times",
];

/// Finds named entities in the sentences.
pub fn find(text: &str, sentences: &[Sentence]) -> Vec<EntityMention> {
    let mut found = Vec::new();
    for sentence in sentences {
        let body = sentence.span.text(text);
        for m in NAME_RUN.find_iter(body) {
            let mut span = ByteSpan::new(m.start(), m.end());
            let mut name = m.as_str();
            let mut title = "";
            while let Some((first, rest)) = name.split_once(char::is_whitespace) {
                if !FUNCTION_WORDS.contains(&first) && !TITLES.contains(&first) {
                    break;
                }
                if TITLES.contains(&first) {
                    title = first;
                }
                span.start += name.len() - rest.len();
                name = rest;
            }
            let name = name
                .trim_end_matches(['\'', '’'])
                .trim_end_matches("’s")
                .trim_end_matches("'s");
            span.end = span.start + name.len();
            if name.is_empty() || FUNCTION_WORDS.contains(&name) || TITLES.contains(&name) {
                continue;
            }
            let before = body[..span.start]
                .split_whitespace()
                .last()
                .unwrap_or("")
                .trim_end_matches('.');
            let kind = classify(name, if title.is_empty() { before } else { title });
            found.push(EntityMention {
                span: span.shift(sentence.span.start),
                kind,
                canonical: name.to_string(),
            });
        }
    }
    found
}

fn classify(name: &str, before: &str) -> EntityType {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last().copied().unwrap_or("");
    if ORG_HEADS.iter().any(|h| words.contains(h)) {
        EntityType::Org
    } else if TITLES.contains(&before) {
        EntityType::Person
    } else if ["ian", "ians", "ese", "ish", "ite", "ites"]
        .iter()
        .any(|s| last.ends_with(s))
        && words.len() == 1
    {
        EntityType::Group
    } else if words.len() >= 2 {
        EntityType::Person
    } else {
        EntityType::Place
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, EntityType)> {
        let sentences = [Sentence {
            span: ByteSpan::new(0, text.len()),
            line: 0,
        }];
        find(text, &sentences)
            .into_iter()
            .map(|e| (e.span.text(text).to_string(), e.kind))
            .collect()
    }

    #[test]
    fn finds_people_places_and_groups() {
        let got = found("President Bashar al-Assad met Syrian officials in Damascus.");
        assert_eq!(
            got,
            vec![
                ("Bashar al-Assad".into(), EntityType::Person),
                ("Syrian".into(), EntityType::Group),
                ("Damascus".into(), EntityType::Place)
            ]
        );
    }

    #[test]
    fn skips_sentence_initial_function_words() {
        assert_eq!(
            found("The Kremlin said so."),
            vec![("Kremlin".into(), EntityType::Org)]
        );
    }
}
