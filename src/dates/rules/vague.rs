//! Vague references and spans: "recently", "in the past", "the coming
//! weeks", "the days ahead", "recent weeks and months".

use std::sync::LazyLock;

use super::values::{date, normalise_space};
use super::{
    by_first_word, first_listed_phrase_at, first_phrase_at, folded_among, leftmost, phrase_at,
    spaced_word, token_slots, ByFirstWord, Opening, Starts, TokenRule,
};
use crate::analysis::TimexType;
use crate::dates::grammar::{Rule, Slots};
use crate::dates::resolve::{Context, Tense};
use crate::lexicon::VAGUE_REFERENCES;
use crate::text::tokens::{Tokens, UNIT, WORD};

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 3] = [&VAGUE, &RECENT_AND, &VAGUE_SPAN];

/// The phrases of `data/vague_references.tsv`: "now", "in the past".
pub static VAGUE: TokenRule = TokenRule {
    rule: Rule::Vague,
    trigger: WORD,
    find: vague,
    opens: Opening {
        classes: 0,
        words: &[],
        data_words: Some(|| BY_FIRST_WORD.keys().copied().collect()),
    },
    // A phrase ends with its last word, whole: a sentence without the last
    // word of any is not searched from each "the" and "in".
    needs: &[],
    needs_data: Some(|| {
        VAGUE_REFERENCES
            .iter()
            .filter_map(|r| r.0.rsplit(' ').next().map(str::to_string))
            .collect()
    }),
    #[cfg(test)]
    examples: &[
        ("Prices fell in the past.", "in the past"),
        ("Aid will come in the near future.", "in the near future"),
    ],
};

/// "recent weeks and months".
pub static RECENT_AND: TokenRule = TokenRule {
    rule: Rule::Vague,
    trigger: UNIT,
    find: recent_and,
    opens: Opening {
        classes: 0,
        words: &[&["in", "recent"]],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[(
        "Strikes grew in recent weeks and months.",
        "in recent weeks and months",
    )],
};

/// "recent weeks", "the coming months", "the weeks ahead".
pub static VAGUE_SPAN: TokenRule = TokenRule {
    rule: Rule::VagueSpan,
    trigger: UNIT,
    find: vague_span,
    opens: Opening {
        classes: 0,
        words: &[&MODIFIERS, &["the"], &["days", "weeks", "months", "years"]],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("Talks go on in the coming days.", "the coming days"),
        ("The weeks ahead look hard.", "The weeks ahead"),
    ],
};

/// The vague references by their first word, longest first as the grammar
/// tries them.
static BY_FIRST_WORD: LazyLock<ByFirstWord> = LazyLock::new(|| {
    let mut phrases: Vec<&str> = VAGUE_REFERENCES.iter().map(|r| r.0).collect();
    crate::order::sort_by_key(&mut phrases, |p| std::cmp::Reverse(p.len()));
    by_first_word(&phrases)
});

fn vague<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let (_, last) = first_listed_phrase_at(tokens, index, &BY_FIRST_WORD)?;
        // "the future of the bases": a noun of fate, not a time.
        let noun_of = folded_among(tokens, last, &["future", "past", "present"]).is_some()
            && spaced_word(tokens, last + 1).is_some()
            && phrase_at(tokens, last + 1, "of").is_some();
        if noun_of {
            return None;
        }
        Some(token_slots(tokens, index, last, &[]))
    });
}

fn recent_and<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    leftmost(tokens, starts, found, |tokens, index| {
        let recent = match phrase_at(tokens, index, "in") {
            Some(_) if spaced_word(tokens, index + 1).is_some() => index + 1,
            _ => index,
        };
        phrase_at(tokens, recent, "recent")?;
        spaced_word(tokens, recent + 1)?;
        folded_among(tokens, recent + 1, &["weeks", "months"])?;
        spaced_word(tokens, recent + 2)?;
        phrase_at(tokens, recent + 2, "and")?;
        spaced_word(tokens, recent + 3)?;
        folded_among(tokens, recent + 3, &["weeks", "months", "years"])?;
        Some(token_slots(tokens, index, recent + 3, &[]))
    });
}

const MODIFIERS: [&str; 8] = [
    "coming",
    "recent",
    "past few",
    "next few",
    "last few",
    "past several",
    "next several",
    "last several",
];

fn vague_span<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    /// The token after an optional "the" at `index`.
    fn after_the(tokens: &Tokens<'_>, index: usize) -> usize {
        match phrase_at(tokens, index, "the") {
            Some(_) if spaced_word(tokens, index + 1).is_some() => index + 1,
            _ => index,
        }
    }
    leftmost(tokens, starts, found, |tokens, index| {
        let start = after_the(tokens, index);
        let modified = first_phrase_at(tokens, start, &MODIFIERS).and_then(|(_, last)| {
            spaced_word(tokens, last + 1)?;
            folded_among(
                tokens,
                last + 1,
                &["days", "weeks", "months", "years", "decades", "hours"],
            )?;
            Some(token_slots(
                tokens,
                index,
                last + 1,
                &[("unit", Some((last + 1, last + 1)))],
            ))
        });
        modified.or_else(|| {
            folded_among(tokens, start, &["days", "weeks", "months", "years"])?;
            spaced_word(tokens, start + 1)?;
            phrase_at(tokens, start + 1, "ahead")?;
            Some(token_slots(
                tokens,
                index,
                start + 1,
                &[("unit2", Some((start, start)))],
            ))
        })
    });
}

/// "now", "recently", "the future": the value `data/vague_references.tsv`
/// gives the phrase, `PAST_REF` for any other.
pub fn resolve_vague(
    c: &Slots<'_>,
    _tense: Tense,
    _context: &mut Context,
) -> Option<(TimexType, String)> {
    let phrase = normalise_space(c.whole().as_str());
    let value = VAGUE_REFERENCES
        .iter()
        .find(|(p, _)| p.eq_ignore_ascii_case(&phrase))
        .map_or("PAST_REF", |(_, v)| v);
    date(value.to_string())
}

/// The regexes these rules replaced, the oracle of their tests.
#[cfg(test)]
pub const ORACLES: [(&TokenRule, &str); 3] = [
    (&VAGUE, r"(?i)\b(?:{VAGUE})\b"),
    (
        &RECENT_AND,
        r"(?i)\b(?:in\s+)?recent\s+(?:weeks|months)\s+and\s+(?:weeks|months|years)\b",
    ),
    (
        &VAGUE_SPAN,
        r"(?ix)\b (?:the\s+)? (?:coming|recent|past\s+few|next\s+few|last\s+few|past\s+several|next\s+several|last\s+several) \s+ (?P<unit>days|weeks|months|years|decades|hours) \b
               | \b (?:the\s+)? (?P<unit2>days|weeks|months|years) \s+ ahead \b",
    ),
];

/// Every vague reference, and every opening, modifier, unit and ending of
/// the spans, in several spellings, cases and surroundings.
#[cfg(test)]
pub fn generated_phrases() -> Vec<String> {
    let mut phrases: Vec<String> = Vec::new();
    for (phrase, _) in VAGUE_REFERENCES.iter() {
        phrases.push(phrase.to_string());
        phrases.push(phrase.to_uppercase());
        phrases.push(phrase.replace(' ', "  "));
        phrases.push(format!("{phrase}s"));
        phrases.push(format!("in {phrase} and the past"));
        phrases.push(format!("{phrase}-{phrase}"));
    }
    let openings = ["", "the ", "The ", "in ", "in the ", "tHe\n", "the the "];
    let modifiers = [
        "",
        "coming ",
        "Recent ",
        "past few ",
        "PAST  FEW ",
        "next several ",
        "last several ",
        "last ",
        "few ",
        "recent weeks and ",
        "recent months and ",
        "recent days and ",
    ];
    let units = [
        "days",
        "weeks",
        "months",
        "years",
        "decades",
        "hours",
        "week",
        "\u{17F}econds",
    ];
    let endings = ["", " ahead", " Ahead", " aheads", " and years", ".", "'"];
    for opening in openings {
        for modifier in modifiers {
            for unit in units {
                for ending in endings {
                    phrases.push(format!("{opening}{modifier}{unit}{ending}"));
                }
            }
        }
    }
    super::framed(phrases)
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&BY_FIRST_WORD);
}
