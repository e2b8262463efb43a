//! Stage 1: cleaning. Consumes the text as given. Produces the body (the ranges
//! of text to analyse), boilerplate spans with their kind, and the title line.
//! Never builds a new string: every span points into the original text.
//!
//! Captions are marked as boilerplate but stay in the body, because they name
//! the same entities and dates as the story.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::analysis::BoilerplateKind;
use crate::data;
use crate::pattern::{needs_unicode_words, Pattern};
use crate::span::ByteSpan;

/// A boilerplate span found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Furniture {
    /// Where it is.
    pub span: ByteSpan,
    /// What it is.
    pub kind: BoilerplateKind,
}

/// The text split into body and furniture.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// Lines to analyse, trimmed, in order.
    pub body: Vec<ByteSpan>,
    /// Furniture spans, in order.
    pub boilerplate: Vec<Furniture>,
    /// The headline: the first body line.
    pub title: Option<ByteSpan>,
}

struct LineRule {
    kind: BoilerplateKind,
    pattern: Pattern,
}

static LINE_RULES: LazyLock<Vec<LineRule>> = LazyLock::new(|| {
    data::rows(include_str!("data/boilerplate.tsv"))
        .map(|row| LineRule {
            kind: kind_named(row[0]),
            pattern: Pattern::new(&format!("(?i){}", row[1]))
                .expect("data/boilerplate.tsv patterns compile"),
        })
        .collect()
});

fn kind_named(name: &str) -> BoilerplateKind {
    match name {
        "paywall" => BoilerplateKind::Paywall,
        "duplicate" => BoilerplateKind::Duplicate,
        "navigation" => BoilerplateKind::Navigation,
        "comments" => BoilerplateKind::Comments,
        "link" => BoilerplateKind::Link,
        "credit" => BoilerplateKind::Credit,
        "caption" => BoilerplateKind::Caption,
        _ => BoilerplateKind::Other,
    }
}

/// Splits `text` into body lines and furniture.
pub fn strip(text: &str) -> Cleaned {
    let mut cleaned = Cleaned::default();
    let mut seen: HashSet<String> = HashSet::new();
    let mut in_comments = false;
    for line in lines(text) {
        let content = line.text(text);
        let key = normalise(content);
        let kind = if in_comments {
            Some(BoilerplateKind::Comments)
        } else if key.len() > 20 && seen.contains(&key) {
            Some(BoilerplateKind::Duplicate)
        } else {
            let unicode = needs_unicode_words(content);
            LINE_RULES
                .iter()
                .find(|r| r.pattern.for_words(unicode).is_match(content))
                .map(|r| r.kind)
        };
        seen.insert(key);
        match kind {
            Some(BoilerplateKind::Comments) => {
                in_comments = true;
                push(
                    &mut cleaned.boilerplate,
                    &cleaned.body,
                    line,
                    BoilerplateKind::Comments,
                );
            }
            Some(BoilerplateKind::Caption) => {
                push(
                    &mut cleaned.boilerplate,
                    &cleaned.body,
                    line,
                    BoilerplateKind::Caption,
                );
                cleaned.body.push(line);
            }
            Some(kind) => push(&mut cleaned.boilerplate, &cleaned.body, line, kind),
            None => {
                if cleaned.title.is_none() {
                    cleaned.title = Some(strip_bullet(line, text));
                }
                cleaned.body.push(line);
            }
        }
    }
    cleaned
}

/// Appends a furniture span, merging it into the previous one when both are
/// comments or both are stray separators (`other`) with no body line between.
fn push(found: &mut Vec<Furniture>, body: &[ByteSpan], span: ByteSpan, kind: BoilerplateKind) {
    if let Some(last) = found.last_mut() {
        let neighbours = body.last().is_none_or(|b| b.end <= last.span.end);
        if neighbours
            && last.kind == kind
            && matches!(kind, BoilerplateKind::Comments | BoilerplateKind::Other)
        {
            last.span.end = span.end;
            return;
        }
    }
    found.push(Furniture { span, kind });
}

/// The non-empty lines of `text`, trimmed.
fn lines(text: &str) -> impl Iterator<Item = ByteSpan> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').filter_map(move |piece| {
        let span = ByteSpan::new(start, start + piece.len()).trim(text);
        start += piece.len();
        (!span.is_empty()).then_some(span)
    })
}

fn strip_bullet(line: ByteSpan, text: &str) -> ByteSpan {
    let content = line.text(text);
    let rest = content.trim_start_matches(['•', '·', '*', '-', '–', ' ']);
    ByteSpan::new(line.end - rest.len(), line.end)
}

fn normalise(line: &str) -> String {
    line.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_rules_compile_as_written() {
        for rule in LINE_RULES.iter() {
            let written = regex::Regex::new(rule.pattern.as_str());
            assert!(written.is_ok(), "{} compiles", rule.pattern.as_str());
        }
    }

    fn kinds(text: &str) -> Vec<(BoilerplateKind, &str)> {
        strip(text)
            .boilerplate
            .iter()
            .map(|b| (b.kind, b.span.text(text)))
            .collect()
    }

    #[test]
    fn marks_repeated_headlines_and_navigation() {
        let text = "Navy sends two frigates to the coast\n\nNavy sends two frigates to the coast\nThe ships left on Monday.\n\nPREV Storm hits the harbour\nNEXT Markets close higher";
        let found = kinds(text);
        assert_eq!(
            found[0],
            (
                BoilerplateKind::Duplicate,
                "Navy sends two frigates to the coast"
            )
        );
        assert_eq!(found[1].0, BoilerplateKind::Navigation);
        assert_eq!(found[2].0, BoilerplateKind::Navigation);
        let cleaned = strip(text);
        assert_eq!(
            cleaned.title.unwrap().text(text),
            "Navy sends two frigates to the coast"
        );
        assert_eq!(cleaned.body.len(), 2);
    }

    #[test]
    fn runs_comment_forms_to_the_end() {
        let text = "The convoy arrived.\n\nLeave a Reply\n\nYou are commenting using your account.\nConnecting to %s";
        let found = kinds(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, BoilerplateKind::Comments);
        assert!(found[0].1.ends_with("Connecting to %s"));
    }

    const FURNITURE: &[(&str, BoilerplateKind)] = &[
        (
            "Subscribe now to continue reading",
            BoilerplateKind::Paywall,
        ),
        ("Share Tweet Email", BoilerplateKind::Other),
        (
            "Story continues below advertisement",
            BoilerplateKind::Other,
        ),
        ("Skip to main content", BoilerplateKind::Navigation),
        (
            "Most read: Floods cut off two villages",
            BoilerplateKind::Link,
        ),
        ("Editing by Jane Roe", BoilerplateKind::Credit),
        ("© 2024 The Daily Example", BoilerplateKind::Credit),
        (
            "Refugees wait at the quay. Photo / AFP",
            BoilerplateKind::Caption,
        ),
        ("Join the conversation", BoilerplateKind::Comments),
    ];

    #[test]
    fn knows_common_page_furniture() {
        for &(line, kind) in FURNITURE {
            let text = format!("Ferries leave the island\n\n{line}\n\nThe ferries left on Monday.");
            let found = kinds(&text);
            // Comment forms run to the end of the page; the others are one line.
            let got = found
                .first()
                .map(|f| (f.0, f.1.lines().next().unwrap_or("").to_string()));
            assert_eq!(got, Some((kind, line.to_string())), "{line:?}");
        }
    }

    #[test]
    fn merges_separators_only_across_furniture() {
        let text =
            "Advertisement\n\nFerries leave the island\n\nShare Tweet Email\n-\nThe ferries left.";
        let found = kinds(text);
        assert_eq!(
            found,
            vec![
                (BoilerplateKind::Other, "Advertisement"),
                (BoilerplateKind::Other, "Share Tweet Email\n-")
            ]
        );
    }

    #[test]
    fn keeps_sentences_that_start_like_navigation() {
        for line in [
            "Previous analysis showed two ships.",
            "Next week the convoy returns.",
            "Share prices fell on Monday.",
        ] {
            let text = format!("Ferries leave the island\n\n{line}");
            assert!(kinds(&text).is_empty(), "{line:?}");
        }
    }

    #[test]
    fn keeps_captions_in_the_body() {
        let text = "Aid arrives\n\nTrucks queue at the border crossing. (file photo)\n\nThe trucks crossed on Friday.";
        let cleaned = strip(text);
        assert_eq!(cleaned.boilerplate[0].kind, BoilerplateKind::Caption);
        assert_eq!(cleaned.body.len(), 3);
    }

    #[test]
    fn drops_bullets_from_the_title() {
        let text = "• Ships head for the port, officials said.\n• They will carry aid.";
        assert_eq!(
            strip(text).title.unwrap().text(text),
            "Ships head for the port, officials said."
        );
    }
}
