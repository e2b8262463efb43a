//! The boilerplate line classifier: two logistic regressions over generic
//! features. Stage one scores each line from its own shape, its place in the
//! text and its neighbours' shapes; stage two reads the stage-one scores of the
//! neighbours and the main body block, so that a short line between body
//! paragraphs (a subheading) stays body while a run of short lines at the top
//! or bottom goes. The weights are learned by `scripts/train_boilerplate.py`.

use std::sync::LazyLock;

use super::shape::Shape;
use crate::hash::FastMap;
use crate::span::ByteSpan;
use crate::text::fold;

/// Names of the stage-one features, in order.
pub const STAGE_ONE: [&str; 54] = [
    "bias",
    "words_log",
    "words_1_3",
    "words_4_9",
    "ends_sentence",
    "ends_question",
    "ends_colon",
    "capitalised",
    "all_caps",
    "function",
    "digits",
    "time",
    "date",
    "link",
    "separators",
    "byline",
    "label_prefix",
    "counter",
    "bracketed_tail",
    "pager",
    "cue_share",
    "cue_subscribe",
    "cue_account",
    "cue_promo",
    "cue_comments",
    "cue_rights",
    "cue_photo",
    "cue_credit",
    "cue_stamp",
    "cue_page",
    "cue_density",
    "cue_hits_log",
    "cue_classes",
    "duplicate",
    "duplicate_long",
    "repeated_later",
    "repeated_long",
    "position",
    "before_body",
    "after_body",
    "block_log",
    "one_block",
    "prev_words",
    "prev_ends",
    "prev_function",
    "next_words",
    "next_ends",
    "next_function",
    "prev2_words",
    "prev2_ends",
    "next2_words",
    "next2_ends",
    "window_words",
    "short_run",
];

/// Names of the stage-two features, in order.
pub const STAGE_TWO: [&str; 14] = [
    "bias",
    "score",
    "prev_score",
    "next_score",
    "near_score",
    "wide_score",
    "main_block",
    "outside_log",
    "words_log",
    "ends_sentence",
    "between_body",
    "sandwiched",
    "plain_sandwiched",
    "duplicate",
];

/// A line is body-like when it is a sentence of at least this many words;
/// what comes before the first such line or after the last is page furniture
/// more often than not.
const BODY_WORDS: usize = 12;

/// Up to this many words a cue word counts in full; beyond, in proportion.
const CUE_REACH: f32 = 8.0;

/// The weights of both stages.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    stage_one: Vec<f32>,
    stage_two: Vec<f32>,
}

impl Weights {
    /// Reads `stage <TAB> feature <TAB> weight` rows (`#` comments), which must
    /// name the features of [`STAGE_ONE`] and [`STAGE_TWO`] in order.
    pub fn parse(file: &str) -> Result<Weights, String> {
        let mut stage_one = Vec::new();
        let mut stage_two = Vec::new();
        for line in file
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            let [stage, name, weight] = fields[..] else {
                return Err(format!("not stage, feature, weight: {line}"));
            };
            let (names, weights): (&[&str], _) = match stage {
                "1" => (&STAGE_ONE, &mut stage_one),
                "2" => (&STAGE_TWO, &mut stage_two),
                _ => return Err(format!("unknown stage {stage}")),
            };
            if names.get(weights.len()) != Some(&name) {
                return Err(format!("stage {stage}: {name} out of order"));
            }
            // Through f64: the same f32 as parsing one directly for weights of
            // up to four decimals (`crate::decimal`'s tests check them all).
            weights.push(
                crate::decimal::parse(weight)
                    .ok_or_else(|| format!("{name}: bad weight {weight}"))? as f32,
            );
        }
        if stage_one.len() != STAGE_ONE.len() || stage_two.len() != STAGE_TWO.len() {
            return Err("missing features".to_string());
        }
        Ok(Weights {
            stage_one,
            stage_two,
        })
    }
}

// The arrays `build.rs` writes from `data/boilerplate_weights.tsv`.
include!(concat!(env!("OUT_DIR"), "/boilerplate_weights.rs"));

static WEIGHTS: LazyLock<Weights> = LazyLock::new(|| Weights {
    stage_one: STAGE_ONE_WEIGHTS.to_vec(),
    stage_two: STAGE_TWO_WEIGHTS.to_vec(),
});

/// One line of the text with what the classifier made of it.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoredLine {
    /// The line, trimmed.
    pub span: ByteSpan,
    /// Its shape.
    pub shape: Shape,
    /// It repeats an earlier line.
    pub duplicate: bool,
    /// A later line repeats it.
    pub recurs: bool,
    /// A sentence long enough to be body on its own.
    pub bodylike: bool,
    /// The text has no blank line between any two lines.
    pub one_block: bool,
    /// Stage-one features.
    pub stage_one: [f32; STAGE_ONE.len()],
    /// Stage-two features.
    pub stage_two: [f32; STAGE_TWO.len()],
    /// The final score: boilerplate when above zero.
    pub score: f32,
}

/// Scores every non-empty line of `text` with the shipped weights.
pub fn score_lines(text: &str) -> Vec<ScoredLine> {
    score_lines_with(text, &WEIGHTS)
}

/// Scores every non-empty line of `text` with `weights` (the training script
/// reads the features through this).
pub fn score_lines_with(text: &str, weights: &Weights) -> Vec<ScoredLine> {
    let lines = lines(text);
    let shapes: Vec<Shape> = lines.iter().map(|l| Shape::of(l.span.text(text))).collect();
    // Every line's key in one buffer; each line looked up once, by its key,
    // to find the first line with the same key.
    let mut key_buffer = String::with_capacity(text.len());
    let key_ends: Vec<usize> = lines
        .iter()
        .map(|l| {
            normalise(l.span.text(text), &mut key_buffer);
            key_buffer.len()
        })
        .collect();
    // Room for every key at once: a map that grows hashes its keys again.
    let mut first_with_key: FastMap<&str, usize> =
        FastMap::with_capacity_and_hasher(lines.len(), Default::default());
    let mut copies = vec![0usize; lines.len()];
    let duplicate: Vec<bool> = key_ends
        .iter()
        .enumerate()
        .map(|(i, &end)| {
            let start = i.checked_sub(1).map_or(0, |j| key_ends[j]);
            let first = *first_with_key.entry(&key_buffer[start..end]).or_insert(i);
            copies[first] += 1;
            first != i
        })
        .collect();
    // A later line repeats it.
    let recurs: Vec<bool> = (0..lines.len()).map(|i| copies[i] > 1).collect();
    let bodylike: Vec<bool> = shapes
        .iter()
        .map(|s| s.words >= BODY_WORDS && (s.ends_sentence || s.ends_question))
        .collect();
    let first_body = bodylike.iter().position(|&b| b);
    let last_body = bodylike.iter().rposition(|&b| b);
    let n = lines.len();
    let words_log: Vec<f32> = shapes.iter().map(|s| (1.0 + s.words as f32).ln()).collect();
    let stage_one: Vec<[f32; STAGE_ONE.len()]> = (0..n)
        .map(|i| {
            let s = &shapes[i];
            let at = |j: Option<usize>| j.filter(|&j| j < n);
            let prev = at(i.checked_sub(1));
            let next = at(Some(i + 1));
            let prev2 = at(i.checked_sub(2));
            let next2 = at(Some(i + 2));
            let words = |j: Option<usize>| j.map_or(0.0, |j| words_log[j]);
            let ends = |j: Option<usize>| flag(j.is_some_and(|j| shapes[j].ends_sentence));
            let function = |j: Option<usize>| j.map_or(0.0, |j| shapes[j].function);
            let window_words = mean_around(&words_log, i, 5);
            let short = |j: usize| shapes[j].words <= 4;
            let short_run = flag(short(i) && (prev.is_some_and(short) || next.is_some_and(short)));
            // Cue words weigh less in longer lines: a cue or two in a paragraph
            // must not outweigh its length and punctuation.
            let shortness = CUE_REACH / s.words.max(CUE_REACH as usize) as f32;
            let cue = |class: usize| (s.cues[class] as f32 * shortness).min(1.0);
            let recurs = recurs[i];
            let classes = s.cues.iter().filter(|&&c| c > 0).count() as f32;
            [
                1.0,
                words_log[i],
                flag(s.words <= 3),
                flag((4..=9).contains(&s.words)),
                flag(s.ends_sentence),
                flag(s.ends_question),
                flag(s.ends_colon),
                s.capitalised,
                s.all_caps,
                s.function,
                s.digits,
                flag(s.time),
                flag(s.date),
                flag(s.link),
                (s.separators.min(3) as f32) / 3.0,
                flag(s.byline),
                flag(s.label_prefix),
                flag(s.counter),
                flag(s.bracketed_tail),
                flag(s.pager),
                // The classes of `shape::CUE_CLASSES`, in order.
                cue(0),
                cue(1),
                cue(2),
                cue(3),
                cue(4),
                cue(5),
                cue(6),
                cue(7),
                cue(8),
                cue(9),
                (s.cue_hits() as f32 / s.words.max(1) as f32).min(1.0),
                (s.cue_hits() as f32 * shortness).ln_1p(),
                (classes * shortness / 3.0).min(1.0),
                flag(duplicate[i]),
                flag(duplicate[i] && s.words >= 4),
                flag(recurs),
                flag(recurs && s.words >= 5),
                if n > 1 {
                    i as f32 / (n - 1) as f32
                } else {
                    0.0
                },
                flag(first_body.is_none_or(|b| i < b)),
                flag(last_body.is_none_or(|b| i > b)),
                (lines[i].block as f32).ln_1p(),
                flag(lines[i].block == n),
                words(prev),
                ends(prev),
                function(prev),
                words(next),
                ends(next),
                function(next),
                words(prev2),
                ends(prev2),
                words(next2),
                ends(next2),
                window_words,
                short_run,
            ]
        })
        .collect();
    let first: Vec<f32> = stage_one
        .iter()
        .map(|f| dot(&weights.stage_one, f))
        .collect();
    let (block_start, block_end) = main_block(&first, &shapes);
    let block_lines = lines.first().map_or(0, |l| l.block);
    lines
        .into_iter()
        .zip(shapes)
        .zip(stage_one)
        .enumerate()
        .map(|(i, ((line, shape), stage_one))| {
            let score_at = |j: usize| first.get(j).copied().unwrap_or(0.0);
            let prev = i.checked_sub(1).map_or(0.0, score_at);
            let next = score_at(i + 1);
            let outside = if i < block_start {
                block_start - i
            } else {
                i.saturating_sub(block_end)
            };
            let sandwiched = i > 0 && bodylike[i - 1] && bodylike.get(i + 1) == Some(&true);
            let stage_two = [
                1.0,
                first[i],
                prev,
                next,
                mean_around(&first, i, 2),
                mean_around(&first, i, 6),
                flag((block_start..=block_end).contains(&i)),
                (outside as f32).ln_1p(),
                words_log[i],
                flag(shape.ends_sentence),
                flag(i > 0 && prev < 0.0 && i + 1 < n && next < 0.0),
                flag(sandwiched),
                flag(
                    sandwiched
                        && shape.cue_hits() == 0
                        && shape.separators == 0
                        && !shape.bracketed_tail,
                ),
                flag(duplicate[i]),
            ];
            let score = dot(&weights.stage_two, &stage_two);
            ScoredLine {
                span: line.span,
                shape,
                duplicate: duplicate[i],
                recurs: recurs[i],
                bodylike: bodylike[i],
                one_block: n > 0 && block_lines == n,
                stage_one,
                stage_two,
                score,
            }
        })
        .collect()
}

/// The run of lines with the most body in it: the maximum-sum run of
/// body-likeness (the stage-one score turned to a probability, weighted by the
/// square root of the line's length). Inclusive bounds; (1, 0) when empty.
fn main_block(scores: &[f32], shapes: &[Shape]) -> (usize, usize) {
    let mut best = (0.0f32, 1, 0);
    let mut sum = 0.0f32;
    let mut start = 0;
    for (i, (score, shape)) in scores.iter().zip(shapes).enumerate() {
        let body = 0.5 - 1.0 / (1.0 + (-score).exp());
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += body * (1.0 + shape.chars as f32).sqrt();
        if sum > best.0 {
            best = (sum, start, i);
        }
    }
    (best.1, best.2)
}

/// The mean of the values within `reach` of the `i`th on either side, the
/// `i`th left out (0 when none is), summed from the first to the last.
fn mean_around(values: &[f32], i: usize, reach: usize) -> f32 {
    let before = &values[i.saturating_sub(reach)..i];
    let after = &values[i + 1..(i + reach + 1).min(values.len())];
    before.iter().chain(after).sum::<f32>() / (before.len() + after.len()).max(1) as f32
}

fn dot(weights: &[f32], features: &[f32]) -> f32 {
    weights.iter().zip(features).map(|(w, x)| w * x).sum()
}

fn flag(on: bool) -> f32 {
    if on {
        1.0
    } else {
        0.0
    }
}

pub(super) struct Line {
    pub(super) span: ByteSpan,
    /// Lines in its block (lines between blank lines).
    block: usize,
}

/// The non-empty lines of `text`, trimmed, with the size of their block; a
/// hard-wrapped paragraph is one line ([`super::wrap`]).
pub(super) fn lines(text: &str) -> Vec<Line> {
    let width = super::wrap::width(text);
    let phrases = super::wrap::broken_at_phrases(text);
    let mut out: Vec<Line> = Vec::new();
    let mut block_start = 0;
    let mut goes_on = false;
    let mut above = "";
    for span in super::wrap::written_lines(text) {
        if span.is_empty() {
            close_block(&mut out[block_start..]);
            block_start = out.len();
            goes_on = false;
            above = "";
            continue;
        }
        let line = span.text(text);
        let joined = goes_on && !super::wrap::opens_item(line)
            || phrases && !above.is_empty() && super::wrap::goes_on_in(above, line);
        match out.last_mut() {
            Some(previous) if joined => previous.span.end = span.end,
            _ => out.push(Line { span, block: 0 }),
        }
        goes_on = width.is_some_and(|width| super::wrap::is_full(line, width));
        above = line;
    }
    close_block(&mut out[block_start..]);
    out
}

fn close_block(block: &mut [Line]) {
    let size = block.len();
    for line in block {
        line.block = size;
    }
}

/// Appends a line's text for comparing lines to `key`: words joined by one
/// space, lower case.
fn normalise(line: &str, key: &mut String) {
    // Most lines have one space between words (the line is trimmed): then the
    // key is the line in lower case, without splitting it.
    let ascii = line.is_ascii();
    let (space_beyond_ascii, case_beyond_ascii) = if ascii {
        (false, false)
    } else {
        beyond_ascii(line)
    };
    // Two spaces in a row, or white space other than a space: one pass over
    // the pairs of bytes, without branches (the last byte is not white space).
    let bytes = line.as_bytes();
    let pairs = bytes.iter().zip(bytes.iter().skip(1));
    let irregular = pairs.fold(false, |seen, (&a, &b)| {
        seen | (b'\t'..=b'\r').contains(&a) | (a == b' ') & (b == b' ')
    });
    let mut joined = String::new();
    let words = if space_beyond_ascii || irregular {
        for word in super::shape::tokens(line) {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(word);
        }
        &joined
    } else {
        line
    };
    let start = key.len();
    // Characters beyond ASCII are mostly without case (quotes, dashes): the
    // lowering that reads every one through the case tables is needed only
    // when one has a lower case of its own.
    if case_beyond_ascii {
        key.push_str(&fold::lower(words));
    } else {
        key.push_str(words);
        key[start..].make_ascii_lowercase();
    }
}

/// Whether a character beyond ASCII in `text` is white space, and whether one
/// changes in lower case.
fn beyond_ascii(text: &str) -> (bool, bool) {
    let (mut space, mut case) = (false, false);
    let mut rest = text;
    while let Some(at) = first_beyond_ascii(rest.as_bytes()) {
        let mut chars = rest[at..].chars();
        if let Some(c) = chars.next() {
            let mut lower = c.to_lowercase();
            space |= c.is_whitespace();
            case |= lower.next() != Some(c) || lower.next().is_some();
        }
        rest = chars.as_str();
    }
    (space, case)
}

/// Where the first byte beyond ASCII is, read eight bytes at a time: the
/// characters beyond ASCII of a line are mostly a few quotes and dashes.
fn first_beyond_ascii(bytes: &[u8]) -> Option<usize> {
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let high =
            u64::from_le_bytes(chunk.try_into().expect("eight bytes")) & 0x8080_8080_8080_8080;
        if high != 0 {
            return Some(at + high.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|b| !b.is_ascii())
        .map(|p| at + p)
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(crate) fn build_tables() {
    LazyLock::force(&WEIGHTS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowers_every_letter_through_the_case_tables() {
        for text in [
            "",
            "PLAIN ASCII Line",
            "“Quoted” — ÉTÉ à PARIS’s",
            "ΟΔΟΣ ΣΤΗΝ ΑΘΗΝΑ",
            "İSTANBUL and ǅ",
            "ẞ Straße",
        ] {
            let mut key = String::from("kept ");
            normalise(text, &mut key);
            let lower: String = text.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(key, format!("kept {lower}"), "{text:?}");
        }
    }

    #[test]
    fn the_shipped_weights_are_the_files() {
        assert_eq!(
            Weights::parse(crate::lexicon::BOILERPLATE_WEIGHTS).as_ref(),
            Ok(&*WEIGHTS)
        );
    }

    #[test]
    fn means_around_a_line_leave_it_out() {
        let values = [1.0, 2.0, 4.0, 8.0];
        assert_eq!(mean_around(&values, 0, 2), 3.0);
        assert_eq!(mean_around(&values, 2, 1), 5.0);
        assert_eq!(mean_around(&values, 3, 6), 7.0 / 3.0);
        assert_eq!(mean_around(&[5.0], 0, 2), 0.0);
    }

    #[test]
    fn finds_the_first_byte_beyond_ascii_as_bytes_do() {
        for text in [
            "",
            "plain",
            "“",
            "a “b”",
            "eight by",
            "eight byte“",
            "sixteen bytes ok—",
            "x—",
        ] {
            for start in 0..text.len() {
                let bytes = &text.as_bytes()[start..];
                let expected = bytes.iter().position(|b| !b.is_ascii());
                assert_eq!(first_beyond_ascii(bytes), expected, "{text:?} from {start}");
            }
        }
    }

    #[test]
    fn keys_join_words_with_one_space() {
        for (line, key) in [
            ("Share  This\tStory", "share this story"),
            ("Share This Story", "share this story"),
            ("ÉTÉ\u{a0}À Paris", "été à paris"),
            ("ÉTÉ À  PARIS’S", "été à paris’s"),
        ] {
            let mut found = String::new();
            normalise(line, &mut found);
            assert_eq!(found, key, "{line:?}");
        }
    }
}
