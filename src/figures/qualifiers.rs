//! Qualifiers: the hedging phrases around a number ("about", "at least", "up
//! to", "or more"), from `data/qualifiers.tsv`. A phrase counts only when it
//! stands right against the number (or, for "or more", against its noun).

use crate::analysis::Qualifier;
use crate::lexicon::{has_role, ContextRole, QualifierPosition, QUALIFIERS};

use super::numbers::words_at;
use super::tokens::Token;

/// The first phrase of `position` that ends right before `tokens[at]` and
/// that `accept` takes (given its words and first token): its qualifier and
/// first token.
fn ending_before(
    tokens: &[Token<'_>],
    at: usize,
    position: QualifierPosition,
    accept: impl Fn(&[&str], usize) -> bool,
) -> Option<(Qualifier, usize)> {
    QUALIFIERS
        .iter()
        .filter(|p| p.meaning.position == position)
        .find_map(|p| {
            let first = at.checked_sub(p.words.len())?;
            (words_at(tokens, first, &p.words) && accept(&p.words, first))
                .then_some((p.meaning.qualifier, first))
        })
}

/// The hedge that ends right before `tokens[at]`: its qualifier and first token.
pub fn before(tokens: &[Token<'_>], at: usize) -> Option<(Qualifier, usize)> {
    ending_before(tokens, at, QualifierPosition::Before, |words, first| {
        // "handed over 50": the particle of a verb, no hedge.
        let particle = words == ["over"]
            && first
                .checked_sub(1)
                .and_then(|k| tokens.get(k))
                .is_some_and(|t| has_role(&t.lower, ContextRole::ParticleVerb));
        !particle
    })
}

/// The qualifier of a verb that ends right before `tokens[at]` and bounds the
/// number there ("the toll exceeded 5,800", "could surpass $2 billion"); a
/// negated one bounds it from above ("wouldn't exceed $100 million").
pub fn verb_before(tokens: &[Token<'_>], at: usize) -> Option<Qualifier> {
    let (qualifier, first) = ending_before(tokens, at, QualifierPosition::Verb, |_, _| true)?;
    let negated = first
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .is_some_and(|t| {
            matches!(t.lower.as_ref(), "not" | "never" | "t")
                || t.lower.ends_with("n't")
                || t.lower.ends_with("n’t")
        });
    Some(match qualifier {
        Qualifier::AtLeast if negated => Qualifier::AtMost,
        qualifier => qualifier,
    })
}

/// The token after a hedge that starts at `tokens[at]`: a range's upper
/// bound may carry one of its own ("from 25,000 to as many as 100,000").
pub fn skip_hedge(tokens: &[Token<'_>], at: usize) -> usize {
    QUALIFIERS
        .iter()
        .filter(|p| p.meaning.position == QualifierPosition::Before)
        .find(|p| words_at(tokens, at, &p.words))
        .map_or(at, |p| at + p.words.len())
}

/// The hedge that starts right after `tokens[at]`: its qualifier and last token.
/// One followed by "than" opens the next figure's ("1,550 deaths and more
/// than 75,000 cases").
pub fn after(tokens: &[Token<'_>], at: usize) -> Option<(Qualifier, usize)> {
    QUALIFIERS
        .iter()
        .filter(|p| p.meaning.position == QualifierPosition::After)
        .find(|p| words_at(tokens, at + 1, &p.words))
        .map(|p| (p.meaning.qualifier, at + p.words.len()))
        .filter(|&(_, last)| !words_at(tokens, last + 1, &["than"]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::tokens;
    use crate::text::tokens::Tokens;

    const HEDGES: &[(&str, Option<Qualifier>)] = &[
        ("about 50", Some(Qualifier::Approx)),
        ("an estimated 50", Some(Qualifier::Approx)),
        ("some 50", Some(Qualifier::Approx)),
        ("almost 50", Some(Qualifier::Approx)),
        ("at least 50", Some(Qualifier::AtLeast)),
        ("more than 50", Some(Qualifier::AtLeast)),
        ("upwards of 50", Some(Qualifier::AtLeast)),
        ("up to 50", Some(Qualifier::AtMost)),
        ("as many as 50", Some(Qualifier::AtMost)),
        ("as high as 50", Some(Qualifier::AtMost)),
        ("fewer than 50", Some(Qualifier::AtMost)),
        ("no more than 50", Some(Qualifier::AtMost)),
        ("then 50", None),
        ("handed over 50", None),
    ];

    #[test]
    fn finds_the_hedge_before_a_number() {
        for &(text, want) in HEDGES {
            let text_tokens = Tokens::of(text);

            let tokens = tokens::split(&text_tokens);
            let at = tokens.len() - 1;
            assert_eq!(before(&tokens, at).map(|(q, _)| q), want, "{text:?}");
        }
    }

    #[test]
    fn finds_the_hedge_after_a_number() {
        let text_tokens = Tokens::of("50 or more people");

        let tokens = tokens::split(&text_tokens);
        assert_eq!(after(&tokens, 0), Some((Qualifier::AtLeast, 2)));
        assert_eq!(after(&tokens, 2), None);
    }

    #[test]
    fn a_hedge_followed_by_than_is_the_next_figures() {
        let text_tokens = Tokens::of("1,550 deaths and more than 75,000 cases");

        let tokens = tokens::split(&text_tokens);
        let deaths = tokens.iter().position(|t| t.text == "deaths").unwrap();
        assert_eq!(after(&tokens, deaths), None);
    }
}
