//! The shape of one line: generic measures (length, punctuation, capitals,
//! digits, dates and times, separators) and counts of furniture cue words,
//! computed once per line and read by the classifier and by the kinds.

use std::sync::LazyLock;

use crate::hash::Table;
use crate::lexicon::{
    name_cue_words, rows, CALENDAR_NAMES, FIRST_NAMES, FUNCTION_WORDS, FURNITURE_CUES, HEADER_CUES,
};
use crate::pattern::{fold_case_cow, fold_case_static};
use crate::sentences::SUPERSCRIPT_DIGITS;
use crate::text::fold;
use crate::text::shapes::Shapes;

/// The cue classes that are features, in the order of [`Shape::cues`].
pub const CUE_CLASSES: [&str; 10] = [
    "share",
    "subscribe",
    "account",
    "promo",
    "comments",
    "rights",
    "photo",
    "credit",
    "stamp",
    "page",
];

/// Index of a cue class in [`Shape::cues`].
pub const SHARE: usize = 0;
/// Subscriptions, newsletters, paywalls.
pub const SUBSCRIBE: usize = 1;
/// Sign-in prompts.
pub const ACCOUNT: usize = 2;
/// Ads and links to other stories.
pub const PROMO: usize = 3;
/// Comment sections.
pub const COMMENTS: usize = 4;
/// Copyright and legal links.
pub const RIGHTS: usize = 5;
/// Picture credits.
pub const PHOTO: usize = 6;
/// Bylines and reporting credits.
pub const CREDIT: usize = 7;
/// Publication stamps.
pub const STAMP: usize = 8;

/// Class index of counter nouns, past the feature classes.
const COUNTER: usize = CUE_CLASSES.len();
/// Class index of pager words.
const PAGER: usize = CUE_CLASSES.len() + 1;
/// Class index of the openings of an editor's note.
const NOTICE: usize = CUE_CLASSES.len() + 2;

/// What a word (in lower case) may be; every word of every line is looked up
/// once, in one map with a cheap hash.
#[derive(Default)]
struct Word {
    /// A closed-class word.
    function: bool,
    /// A month's name.
    month: bool,
    /// A word that may stand in a stamp beside its date or time: a month's or
    /// a day's name, a time zone, "am", "at".
    stamp: bool,
    /// The cue phrases it opens: positions in [`Words::phrases`].
    cues: Vec<usize>,
}

/// The words the shape knows, and the cue phrases, each (the words after its
/// first, class index; `COUNTER` for counter nouns, `PAGER` for pager words).
struct Words {
    /// By the word; the tables' words are borrowed, lower case already but
    /// for the months' names.
    words: Table<&'static str, Word>,
    /// The shapes of `words`' words: most words of a line are none of them,
    /// and this tells so without hashing them.
    shapes: Shapes,
    phrases: Vec<(Vec<&'static str>, usize)>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut words: Table<&'static str, Word> =
        Table::with_capacity(FURNITURE_CUES.len() + CALENDAR_NAMES.len() + FUNCTION_WORDS.len());
    let mut phrases = Vec::new();
    for &(class, phrase) in FURNITURE_CUES.iter() {
        let index = if class == "counter" {
            COUNTER
        } else if class == "pager" {
            PAGER
        } else if class == "notice" {
            NOTICE
        } else {
            CUE_CLASSES
                .iter()
                .position(|c| *c == class)
                .expect("data/furniture_cues.tsv names known classes")
        };
        let mut rest = rows::words(phrase);
        let first = rest.next().unwrap_or("");
        words
            .or_insert_with(first, Word::default)
            .cues
            .push(phrases.len());
        phrases.push((rest.collect(), index));
    }
    for row in CALENDAR_NAMES.iter().filter(|r| r.0 == "month") {
        words
            .or_insert_with(fold_case_static(row.1), Word::default)
            .month = true;
    }
    for &word in FUNCTION_WORDS.iter() {
        words.or_insert_with(word, Word::default).function = true;
    }
    let calendar = CALENDAR_NAMES
        .iter()
        .filter(|r| matches!(r.0, "month" | "weekday"))
        .map(|r| r.1);
    let zones = name_cue_words("time_zone").iter().copied();
    // "Updated 9 December 2024, 11:05 GMT": the words that say whose date it is.
    let headers = HEADER_CUES.iter().filter(|r| r.0 != "filler").map(|r| r.1);
    for word in calendar.chain(zones).chain(headers).chain(STAMP_WORDS) {
        // A word already known keeps its key: a fold made again for it would
        // be leaked for nothing.
        match words.get_mut(fold_case_cow(word).as_ref()) {
            Some(known) => known.stamp = true,
            None => {
                words
                    .or_insert_with(fold_case_static(word), Word::default)
                    .stamp = true
            }
        }
    }
    let mut shapes = Shapes::default();
    for word in words.keys() {
        shapes.add(word);
    }
    Words {
        words,
        shapes,
        phrases,
    }
});

/// Words of a stamp other than names, zones and the header words of
/// `data/header_cues.tsv` ("Updated"), with the weekdays' three-letter forms,
/// which the dates do not read ("Sat" and "Sun" are words too): "Thu 2 Nov
/// 2023 17.42 GMT".
const STAMP_WORDS: [&str; 14] = [
    "at", "on", "am", "pm", "a.m", "p.m", "local", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
];

/// Words of a byline that signs as the paper's own desk, at most.
const OWN_DESK_WORDS: usize = 8;

/// Generic measures of one line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shape {
    /// Whitespace-separated words.
    pub words: usize,
    /// Characters other than whitespace.
    pub chars: usize,
    /// Ends with `.` or `!` (before closing quotes or brackets).
    pub ends_sentence: bool,
    /// Ends with `?`: a question in the story, or a headline of another.
    pub ends_question: bool,
    /// Ends with `:`.
    pub ends_colon: bool,
    /// Share of words with letters that start with a capital.
    pub capitalised: f32,
    /// Share of words in capitals only (two letters or more).
    pub all_caps: f32,
    /// Share of words that are closed-class English words.
    pub function: f32,
    /// Share of the characters that are digits.
    pub digits: f32,
    /// A clock time ("10:48", "9 PM").
    pub time: bool,
    /// A calendar date ("Nov 19, 2019", "19 November", "2019-11-19", "11/19/2019").
    pub date: bool,
    /// Nothing but a date or a time: numbers, calendar names, zones and
    /// separators ("May 20, 2024 at 11:42 AM", "29 January 2025 13:42").
    pub date_alone: bool,
    /// A web address, e-mail address or handle.
    pub link: bool,
    /// Separators between items: `|`, `›`, `»`, `>`, `·`, `•`, a lone `/`.
    pub separators: usize,
    /// Starts with "By" and a capitalised word, or signs reporters with
    /// their cities ("Luke Harding in Kyiv").
    pub byline: bool,
    /// Starts with a label of up to three words and a colon ("Related:").
    pub label_prefix: bool,
    /// The label is a promotion's cue ("READ MORE: Thousands queue at …").
    pub promo_label: bool,
    /// A number followed by what it counts ("1,284 views", "3 min read").
    pub counter: bool,
    /// Cue word hits by class of [`CUE_CLASSES`].
    pub cues: [usize; 10],
    /// A credit in brackets at the end ("(Photo: AFP)").
    pub bracketed_tail: bool,
    /// Starts with a pager word ("PREV", "Next").
    pub pager: bool,
    /// A sentence and a thread's count of its posts ("… they don't. 1/12").
    pub post: bool,
    /// Opens with an editor's note on a correction ("This article was
    /// amended on …", "(Corrects …)"), after a bullet if any.
    pub notice: bool,
    /// A trail of three or more short capitalised parts between separators
    /// ("Home > World > South Asia", "Topics: Libya floods · UAE aid").
    pub crumbs: bool,
    /// Opens with a bullet ("• 12/14/2024 – three Il-76s …"), one of the
    /// separators.
    pub bullet: bool,
    /// The one separator is the gap or the bar after a label in capitals
    /// ("LIVE   Niger coup: …", "EXPLAINER | How …"), or the bar before a
    /// series' short label ("… Gaza Strip and Israel | Flash Update #14").
    pub label_gap: bool,
}

/// The rest of `line` after a label in capitals and the gap or the bar that
/// sets it apart ("LIVE   Niger coup: …" gives "Niger coup: …", "EXPLAINER |
/// How …" gives "How …").
pub fn label_before_gap(line: &str) -> Option<&str> {
    let line = line.trim_start();
    let label_end = line.find(['\t', ' '])?;
    let rest = &line[label_end..];
    let label = &line[..label_end];
    (label.len() >= 2
        && label.bytes().all(|b| b.is_ascii_uppercase())
        && (rest.starts_with("  ") || rest.starts_with('\t') || rest.starts_with(" | ")))
    .then(|| rest.trim_start().trim_start_matches('|').trim_start())
}

/// True when a headline is set apart by a bar from a short label of its series
/// ("Hostilities in the Gaza Strip and Israel | Flash Update #14"), counted
/// as a headline over a label is.
fn series_after_bar(line: &str) -> bool {
    line.split_once(" | ").is_some_and(|(headline, series)| {
        headline.split(' ').count() >= super::HEADLINE_WORDS
            && series.split(' ').count() <= super::LABEL_WORDS
    })
}

/// One whitespace-separated token of a line, read once.
struct Token<'l> {
    text: &'l str,
    /// The token without the punctuation around it, in lower case.
    lower: Lower<'l>,
    /// What the lowered word may be, if the shape knows it.
    known: Option<&'static Word>,
}

/// A word in lower case: the word itself when it has no capital to lower,
/// else a range of the line's buffer of lowered words.
#[derive(Clone, Copy)]
enum Lower<'l> {
    Word(&'l str),
    Lowered(usize, usize),
}

/// What one pass over a token's characters tells.
#[derive(Debug, Default, PartialEq)]
struct TokenCounts {
    /// Characters.
    chars: usize,
    /// ASCII digits.
    digits: usize,
    /// Separator characters.
    separators: usize,
    /// Holds a ':'.
    colon: bool,
    /// Holds an '@'.
    at: bool,
    /// Letters of the word.
    letters: usize,
    /// The word holds a lower-case letter.
    any_lower: bool,
    /// The word starts with an upper-case letter.
    capital: bool,
    /// The word is ASCII.
    ascii_word: bool,
    /// The word holds an ASCII capital.
    ascii_upper: bool,
}

/// What `char::is_whitespace` says of ASCII: \t, \n, \x0B, \x0C, \r and space.
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ')
}

/// Reads the ASCII token at the start of `rest` (up to the first white space):
/// the token, its word ([`word_of`]) and its counts, in one pass over its
/// bytes. Letters are alphanumeric, so those of the token are its word's.
/// None when a character beyond ASCII comes first.
fn read_ascii(rest: &str) -> Option<(&str, &str, TokenCounts)> {
    let mut counts = TokenCounts {
        ascii_word: true,
        ..TokenCounts::default()
    };
    let bytes = rest.as_bytes();
    let mut len = bytes.len();
    let (mut first, mut end) = (usize::MAX, 0);
    let mut i = 0;
    while i < len {
        let b = bytes[i];
        // Most bytes are in runs of lower-case letters: a run is counted at once.
        if b.is_ascii_lowercase() {
            let run = lower_case_run(&bytes[i..]);
            counts.letters += run;
            counts.any_lower = true;
            first = first.min(i);
            i += run;
            end = i;
            continue;
        }
        let alphanumeric = match b {
            b'A'..=b'Z' => {
                counts.letters += 1;
                counts.ascii_upper = true;
                true
            }
            b'0'..=b'9' => {
                counts.digits += 1;
                true
            }
            b'|' => {
                counts.separators += 1;
                false
            }
            b':' => {
                counts.colon = true;
                false
            }
            b'@' => {
                counts.at = true;
                false
            }
            _ if is_space(b) => {
                len = i;
                break;
            }
            0x80.. => return None,
            _ => false,
        };
        if alphanumeric {
            first = first.min(i);
            end = i + 1;
        }
        i += 1;
    }
    counts.chars = len;
    let word = if first == usize::MAX {
        ""
    } else {
        &rest[first..end]
    };
    counts.capital = word.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    Some((&rest[..len], word, counts))
}

/// The length of the run of lower-case ASCII letters that starts `bytes`,
/// read eight bytes at a time: words are mostly such runs.
fn lower_case_run(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut run = 0;
    while let Some(chunk) = bytes.get(run..run + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Each byte's low seven bits plus an offset: its high bit tells
        // whether they reach 'a', or pass 'z', without a carry to the next.
        let low = word & !HIGH;
        let from_a = low + (0x80 - u64::from(b'a')) * ONES;
        let past_z = low + (0x80 - u64::from(b'z' + 1)) * ONES;
        let other = (!from_a | past_z | word) & HIGH;
        if other != 0 {
            return run + other.trailing_zeros() as usize / 8;
        }
        run += 8;
    }
    run + bytes[run..]
        .iter()
        .position(|b| !b.is_ascii_lowercase())
        .unwrap_or(bytes.len() - run)
}

/// [`read_ascii`] for a token with a character beyond ASCII.
fn read_unicode(text: &str) -> (&str, &str, TokenCounts) {
    let mut counts = TokenCounts::default();
    for c in text.chars() {
        counts.chars += 1;
        counts.digits += usize::from(c.is_ascii_digit());
        counts.separators += usize::from(matches!(c, '|' | '›' | '»' | '·' | '•' | '‹' | '«'));
        counts.colon |= c == ':';
        counts.at |= c == '@';
    }
    let word = word_of(text);
    counts.ascii_word = word.is_ascii();
    if counts.ascii_word {
        for b in word.bytes() {
            counts.letters += usize::from(b.is_ascii_alphabetic());
            counts.any_lower |= b.is_ascii_lowercase();
            counts.ascii_upper |= b.is_ascii_uppercase();
        }
    } else {
        for c in word.chars() {
            counts.letters += usize::from(c.is_alphabetic());
            counts.any_lower |= c.is_lowercase();
        }
    }
    counts.capital = word.chars().next().is_some_and(char::is_uppercase);
    (text, word, counts)
}

/// Where the first character of `text` that is white space (`space`) or is
/// not starts: ASCII bytes are read as bytes, other characters decoded.
fn first_where_space_is(text: &str, space: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (white, len) = if bytes[i].is_ascii() {
            (is_space(bytes[i]), 1)
        } else {
            let c = text[i..].chars().next()?;
            (c.is_whitespace(), c.len_utf8())
        };
        if white == space {
            return Some(i);
        }
        i += len;
    }
    None
}

/// Words of a part of a trail at most ("Middle East", "Libya floods").
const TRAIL_PART_WORDS: usize = 4;

/// Whether the tokens are three parts or more between lone separators, each
/// of one to [`TRAIL_PART_WORDS`] words and starting with a capital.
fn is_trail(tokens: &[Token<'_>]) -> bool {
    let mut parts = 0;
    let mut words = 0;
    for token in tokens {
        if matches!(token.text, ">" | "/" | "|" | "»" | "›" | "·" | "•") {
            if words == 0 {
                return false;
            }
            parts += 1;
            words = 0;
        } else {
            if words == 0 && !token.text.starts_with(char::is_uppercase) {
                return false;
            }
            words += 1;
            if words > TRAIL_PART_WORDS {
                return false;
            }
        }
    }
    words > 0 && parts >= 2
}

/// The line's tokens ([`tokens`]), each with its word and counts. Bytes are
/// read as ASCII until one is not: white space or a token beyond ASCII is then
/// read by characters.
fn read_tokens(line: &str) -> impl Iterator<Item = (&str, &str, TokenCounts)> {
    let mut rest = line;
    std::iter::from_fn(move || {
        rest = &rest[rest.bytes().position(|b| !is_space(b))?..];
        if !rest.as_bytes()[0].is_ascii() {
            rest = &rest[first_where_space_is(rest, false)?..];
        }
        let read = read_ascii(rest).unwrap_or_else(|| {
            read_unicode(&rest[..first_where_space_is(rest, true).unwrap_or(rest.len())])
        });
        rest = &rest[read.0.len()..];
        Some(read)
    })
}

impl Shape {
    /// Measures `line` (trimmed, non-empty).
    pub fn of(line: &str) -> Shape {
        let known_words = &*WORDS;
        // Words with capitals lowered into one buffer; every word looked up once.
        let mut lowered = String::with_capacity(line.len());
        let mut tokens: Vec<Token> = Vec::with_capacity(line.len() / 4 + 1);
        let mut shape = Shape::default();
        let (mut digits, mut separators) = (0, 0);
        let (mut lettered, mut capitalised, mut all_caps, mut function) = (0, 0, 0, 0);
        let mut after_number = false;
        let mut stamp_parts = true;
        for (text, word, counts) in read_tokens(line) {
            shape.chars += counts.chars;
            digits += counts.digits;
            separators += counts.separators + usize::from(matches!(text, ">" | "/"));
            let start = lowered.len();
            let lower = if !counts.ascii_word {
                lowered.push_str(&fold::lower(word));
                Lower::Lowered(start, lowered.len())
            } else if counts.ascii_upper {
                lowered.push_str(word);
                lowered[start..].make_ascii_lowercase();
                Lower::Lowered(start, lowered.len())
            } else {
                Lower::Word(word)
            };
            if counts.letters > 0 {
                lettered += 1;
                capitalised += usize::from(counts.capital);
                all_caps += usize::from(counts.letters >= 2 && !counts.any_lower);
            }
            let key = match lower {
                Lower::Word(word) => word,
                Lower::Lowered(start, end) => &lowered[start..end],
            };
            let known = if known_words.shapes.may_hold(key) {
                known_words.words.get(key)
            } else {
                None
            };
            if known.is_some_and(|f| f.function) {
                function += 1;
            }
            stamp_parts &= counts.letters == 0
                || word.starts_with(|c: char| c.is_ascii_digit())
                || known.is_some_and(|f| f.stamp);
            // "9 pm": a number (its word has no case to lower), then this word.
            shape.time |= after_number && matches!(key, "am" | "pm" | "a.m" | "p.m");
            after_number = false;
            // Clock times and numeric dates start with a digit.
            if word.starts_with(|c: char| c.is_ascii_digit()) {
                shape.time |= is_clock(word);
                shape.date |= is_numeric_date(word);
                after_number = is_number(word);
            }
            if (counts.colon && text.contains("://"))
                || text.starts_with("www.")
                || text.ends_with(".com")
                || (counts.at && text.len() > 1)
            {
                shape.link = true;
            }
            tokens.push(Token { text, lower, known });
        }
        shape.words = tokens.len();
        shape.crumbs = is_trail(&tokens);
        // A footnote's marker after the stop ("into Latakia.⁸", "in 2012.[12]")
        // closes it as a quote does.
        let uncounted = without_post_count(line);
        let last = without_bracketed_marker(uncounted.trim_end_matches(SUPERSCRIPT_DIGITS))
            .trim_end_matches(['"', '\'', ')', ']', '”', '’', '»', ' ']);
        shape.ends_sentence = last.ends_with(['.', '!']) && !last.ends_with("...");
        shape.post = shape.ends_sentence && uncounted.len() < line.len();
        shape.ends_question = last.ends_with('?');
        shape.ends_colon = last.ends_with(':');
        shape.digits = digits as f32 / shape.chars.max(1) as f32;
        // A menu pasted with its items apart by two spaces or a tab ("News  World
        // Business"): each gap after a word is a separator.
        let gaps = line.as_bytes().windows(3).filter(|w| {
            w[0].is_ascii_alphanumeric() && (w[1] == b'\t' || w[1] == b' ' && w[2] == b' ')
        });
        let gaps = gaps.count();
        shape.separators = separators + gaps;
        shape.label_gap =
            separators + gaps == 1 && (label_before_gap(line).is_some() || series_after_bar(line));
        shape.bullet = line.starts_with('•');
        shape.bracketed_tail = line.ends_with(')') && line.contains('(');
        // "(AFP/File)", "(MC2 Jordan Pike/U.S. Navy)": a picture's credit,
        // its names parted by a slash.
        if shape.bracketed_tail && slashed_credit(line) {
            shape.cues[PHOTO] += 1;
        }
        shape.capitalised = capitalised as f32 / lettered.max(1) as f32;
        shape.all_caps = all_caps as f32 / lettered.max(1) as f32;
        shape.function = function as f32 / shape.words.max(1) as f32;
        let lower = |i: usize| {
            tokens.get(i).map(|t| match t.lower {
                Lower::Word(word) => word,
                Lower::Lowered(start, end) => &lowered[start..end],
            })
        };
        for (i, token) in tokens.iter().enumerate() {
            let Some(facts) = token.known else {
                continue;
            };
            if facts.month && token.text.starts_with(char::is_uppercase) {
                let next = lower(i + 1).unwrap_or("");
                let before = i.checked_sub(1).and_then(lower);
                if before.is_some_and(is_day) || is_day(next) || is_year(next) {
                    shape.date = true;
                }
            }
            for (rest, class) in facts.cues.iter().map(|&p| &known_words.phrases[p]) {
                let follows = rest
                    .iter()
                    .enumerate()
                    .all(|(k, w)| lower(i + 1 + k) == Some(*w));
                if !follows {
                    continue;
                }
                if *class == PAGER {
                    shape.pager |= i == 0;
                } else if *class == NOTICE {
                    // A word alone is a label only with its marks ("Correction:",
                    // "(Corrects"), not "Correction officers".
                    shape.notice |= i == usize::from(shape.bullet)
                        && (!rest.is_empty() || lower(i).map_or(0, str::len) < token.text.len());
                } else if *class == COUNTER {
                    if i.checked_sub(1).and_then(lower).is_some_and(is_number) {
                        shape.counter = true;
                    }
                } else {
                    shape.cues[*class] += 1;
                }
            }
        }
        shape.date_alone = (shape.date || shape.time) && stamp_parts;
        if !line.is_ascii() && line.contains('©') {
            shape.cues[RIGHTS] += 1;
        }
        // "By Jane Roe", or a credit's verb before "by" ("Compiled by the
        // Russia Programme", "Curated by Jane Roe"): a credit's cue. A desk
        // signs as the paper's own in a short line ("By our correspondent",
        // not "By our count, 300 people left.").
        let by = match (lower(0), lower(1)) {
            (Some("by"), _) => 1,
            (_, Some("by")) if shape.cues[CREDIT] > 0 => 2,
            _ => 0,
        };
        let own_desk = by == 1 && tokens.len() <= OWN_DESK_WORDS && !shape.ends_sentence;
        // "Anna Whitfield in Beirut and Pavel Orlov in Moscow": reporters,
        // each with the city they write from, as papers sign without "By".
        // The city ends the line or "and" follows it: a headline in title
        // case goes on ("Mike Pompeo in Moscow for Talks").
        let signed_from = tokens.get(2).is_some_and(|t| t.text == "in")
            && tokens.get(4).is_none_or(|t| t.text == "and")
            && !shape.ends_sentence
            && shape.capitalised + shape.function > 0.99
            && FIRST_NAMES.contains(tokens[0].text);
        shape.byline = signed_from
            || by > 0
                && tokens.get(by).is_some_and(|t| {
                    t.text.starts_with(char::is_uppercase)
                        || by == 2 && t.text == "the"
                        || own_desk && t.text == "our"
                });
        let label_end = tokens
            .iter()
            .take(3)
            .position(|t| t.text.ends_with(':'))
            .filter(|&i| i + 1 < tokens.len() || tokens.len() == 1);
        shape.label_prefix = label_end.is_some();
        shape.promo_label = label_end.is_some_and(|end| {
            let label = tokens[..=end]
                .iter()
                .map(|t| fold::lower(t.text.trim_end_matches(':')))
                .collect::<Vec<_>>();
            let label = crate::text::as_strs(&label).join(" ");
            FURNITURE_CUES
                .iter()
                .any(|&(class, phrase)| class == "promo" && phrase == label)
        });
        shape
    }

    /// Cue hits of the feature classes.
    pub fn cue_hits(&self) -> usize {
        self.cues.iter().sum()
    }
}

/// `line` without a thread's count of its posts at its end ("… what they
/// don't. 1/12"): the post's sentence ends before it.
pub fn without_post_count(line: &str) -> &str {
    let Some((rest, count)) = line.rsplit_once(' ') else {
        return line;
    };
    // Numbers of at most three digits, compared as numbers by length first.
    let number = |digits: &str| {
        (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
    };
    match count.split_once('/') {
        Some((k, n)) if number(k) && number(n) && (k.len(), k) <= (n.len(), n) && k != "0" => rest,
        _ => line,
    }
}

/// `line` without the footnotes' markers in brackets at its end ("[12]",
/// "(5)", "[7][23]").
fn without_bracketed_marker(line: &str) -> &str {
    let marker = [('[', ']'), ('(', ')')]
        .into_iter()
        .find_map(|(open, close)| {
            line.strip_suffix(close)
                .map(|rest| rest.trim_end_matches(|c: char| c.is_ascii_digit()))
                .and_then(|rest| rest.strip_suffix(open))
        });
    marker.map_or(line, without_bracketed_marker)
}

/// The line's whitespace-separated tokens, as `str::split_whitespace` gives
/// them; ASCII is read byte by byte, which is several times faster.
pub fn tokens(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = line;
    std::iter::from_fn(move || {
        rest = &rest[first_where_space_is(rest, false)?..];
        let (token, after) = rest.split_at(first_where_space_is(rest, true).unwrap_or(rest.len()));
        rest = after;
        Some(token)
    })
}

/// True when `line` ends with a bracket of names parted by a slash, each of
/// a few capitalised words ("(AFP/File)", "(Yoruk Isik/Reuters)").
fn slashed_credit(line: &str) -> bool {
    let Some(open) = line.rfind('(') else {
        return false;
    };
    let inside = &line[open + 1..line.len() - 1];
    inside.contains('/')
        && inside.split('/').all(|part| {
            let words = part.split_whitespace().count();
            (1..=CREDIT_PART_WORDS).contains(&words)
                && part
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
        })
}

/// Words of one name in a picture's credit, at most.
const CREDIT_PART_WORDS: usize = 4;

/// A token without the punctuation around it.
fn word_of(token: &str) -> &str {
    token.trim_matches(|c: char| !c.is_alphanumeric())
}

fn is_number(word: &str) -> bool {
    !word.is_empty()
        && word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

fn is_day(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (1..=2).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

fn is_year(word: &str) -> bool {
    word.len() == 4 && (word.starts_with("19") || word.starts_with("20")) && is_number(word)
}

/// "10:48", "9:42".
fn is_clock(word: &str) -> bool {
    let mut parts = word.split(':');
    let (Some(h), Some(m), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
}

/// "2019-11-19", "2019-11-19T12:48:14Z", "11/19/2019", "19.11.2019".
fn is_numeric_date(word: &str) -> bool {
    let word = word.split_once('T').map_or(word, |(day, _)| day);
    [('-', true), ('/', false), ('.', false)]
        .iter()
        .any(|&(separator, year_first)| {
            let mut split = word.split(separator);
            let (Some(a), Some(b), Some(c), None) =
                (split.next(), split.next(), split.next(), split.next())
            else {
                return false;
            };
            let parts = [a, b, c];
            if !parts.iter().all(|p| is_number(p) && !p.contains(',')) {
                return false;
            }
            if year_first {
                parts[0].len() == 4 && parts[1].len() <= 2 && parts[2].len() <= 2
            } else {
                parts[0].len() <= 2 && parts[1].len() <= 2 && matches!(parts[2].len(), 2 | 4)
            }
        })
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(crate) fn build_tables() {
    LazyLock::force(&WORDS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bracket_of_names_parted_by_a_slash_credits_a_picture() {
        for caption in [
            "A landing ship sails off Tartus on January 21, 2013. (AFP/File)",
            "Sailors man the rails as the ship returns. (MC2 Jordan Pike/U.S. Navy)",
        ] {
            assert_eq!(Shape::of(caption).cues[PHOTO], 1, "{caption}");
        }
        for line in [
            "2. Kazuyoshi Funaki ( Japan ) 295.4 ( 151.5 / 143.9 )",
            "The talks (and/or the vote) ended (on time)",
        ] {
            assert_eq!(Shape::of(line).cues[PHOTO], 0, "{line}");
        }
    }

    #[test]
    fn finds_dates_and_times_in_stamps() {
        let shape = Shape::of("PUBLISHED: 10:48, Tue, Nov 19, 2019");
        assert!(shape.time && shape.date);
        assert_eq!(shape.cues[STAMP], 1);
        assert!(shape.label_prefix);
        let iso = Shape::of("Updated 2024-03-23 08:40");
        assert!(iso.date);
        assert!(Shape::of("2024-03-23T08:40:00Z").date);
        assert!(!Shape::of("The army may march on Tuesday.").date);
        assert!(Shape::of("Posted at 9 PM").time);
        assert!(Shape::of("Doors open at 7 p.m. sharp").time);
        assert!(!Shape::of("The PM met 9 ministers").time);
    }

    #[test]
    fn counts_counters_and_separators() {
        assert!(Shape::of("4 min read · 1,284 views").counter);
        assert!(!Shape::of("Four ministers read the report.").counter);
        assert_eq!(Shape::of("World > Europe > Ukraine").separators, 2);
        // Items apart by two spaces or a tab; not two spaces after a stop.
        assert_eq!(Shape::of("News  World  Business\tSport").separators, 3);
        assert_eq!(
            Shape::of("The ship left.  It sailed at dawn.").separators,
            0
        );
        assert!(Shape::of("Home / Africa / Morocco").crumbs);
        assert!(Shape::of("Topics: Libya floods · UAE aid · Storm Daniel").crumbs);
        assert!(!Shape::of("Wins / losses / draws").crumbs);
        assert!(!Shape::of("World > Europe").crumbs);
        assert!(!Shape::of("He said the road / rail link / bridge was shut").crumbs);
        assert_eq!(Shape::of("Share: Facebook | X | Email").cues[SHARE], 3);
    }

    #[test]
    fn splits_tokens_as_split_whitespace_does() {
        for line in [
            "",
            "  ",
            "one",
            " The ships\tleft\x0Bport,\x0Cofficials\r\nsaid. ",
            "Ça\u{a0}va  \u{2003}bien\u{85}merci",
            "a\x0B\x0Bb",
        ] {
            let ours: Vec<&str> = tokens(line).collect();
            let read: Vec<&str> = read_tokens(line).map(|(text, _, _)| text).collect();
            let std: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(ours, std, "{line:?}");
            assert_eq!(read, std, "{line:?}");
        }
    }

    #[test]
    fn reads_ascii_tokens_as_chars_do() {
        for token in [
            "",
            "--",
            "(AFP)",
            "\"Yes,\"",
            "3:45",
            "a",
            "e-mail:",
            "_x_",
            "a|b@C",
            "McDonald's",
            "ab12cd.",
        ] {
            assert_eq!(read_ascii(token), Some(read_unicode(token)), "{token:?}");
            assert_eq!(read_ascii(&format!("{token} x")).map(|r| r.0), Some(token));
        }
        // A character beyond ASCII is left to `read_unicode`.
        assert!(read_ascii("naïve x").is_none());
    }

    #[test]
    fn counts_runs_of_lower_case_letters_as_bytes_do() {
        for len in 0..20 {
            for at in 0..=len {
                for stop in [b'`', b'{', b'A', b'Z', b' ', b'@', 0x7f, 0x80, 0xc3, 0xff] {
                    let mut bytes = vec![b'q'; len];
                    bytes[..len.min(2)].fill(b'a');
                    if at < len {
                        bytes[at] = stop;
                        bytes[at.saturating_sub(1)..at].fill(b'z');
                    }
                    let expected = bytes.iter().position(|b| !b.is_ascii_lowercase());
                    assert_eq!(lower_case_run(&bytes), expected.unwrap_or(len), "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn measures_sentences() {
        let shape = Shape::of("The ships left the port on Monday, officials said.");
        assert!(shape.ends_sentence);
        assert_eq!(shape.words, 9);
        assert!(shape.function > 0.2);
        assert!(Shape::of("READ MORE: Crowds wait at the harbour for ships").promo_label);
        assert!(Shape::of("Related: Crowds wait at the harbour").promo_label);
        assert!(!Shape::of("UPDATE: The ships left at noon.").promo_label);
        assert!(Shape::of("By Jane Roe").byline);
        assert!(!Shape::of("By noon the ships had left.").byline);
        assert!(Shape::of("By our Africa desk, with agencies").byline);
        assert!(Shape::of("By our correspondent").byline);
        assert!(Shape::of("Anna Whitfield in Beirut and Pavel Orlov in Moscow").byline);
        assert!(Shape::of("Luke Harding in Kyiv").byline);
        assert!(!Shape::of("Russian Forces in Syria").byline);
        assert!(!Shape::of("Mike Pompeo in Moscow for Talks").byline);
        assert!(!Shape::of("Anna Whitfield in Beirut said the flights had stopped").byline);
        assert!(!Shape::of("By our count, more than 300 people have left the city.").byline);
        assert!(Shape::of("Compiled by the CEMS Russia and Eurasia Programme").byline);
        assert!(Shape::of("Curated by Hannah Okafor").byline);
        assert!(!Shape::of("By the end of the week the ships had left").byline);
        assert!(!Shape::of("Hit by Ukrainian drones, a tanker burns off Crimea").byline);
    }

    #[test]
    fn the_openings_of_a_notice_are_read_with_their_marks() {
        for notice in [
            "This page was last edited on 10 March 2025, at 18:42 (UTC).",
            "• This article was amended on 19 December 2024 to correct a figure.",
            "(Corrects number of countries in paragraph 2)",
            "Correction: An earlier version of this story gave the wrong date.",
        ] {
            assert!(Shape::of(notice).notice, "{notice}");
        }
        assert!(!Shape::of("Correction officers counted 300 families at the port.").notice);
        assert!(!Shape::of("The correction was published on Tuesday.").notice);
    }

    #[test]
    fn a_footnote_s_marker_after_the_stop_still_ends_the_sentence() {
        assert!(
            Shape::of("Il-76s have carried more than 200 tonnes of aid into Latakia.⁸")
                .ends_sentence
        );
        assert!(Shape::of("No attacks on the bases have been reported.¹²").ends_sentence);
        assert!(!Shape::of("The 2012–13 Precedent").ends_sentence);
        assert!(Shape::of("The strikes were the most intense since 2012.[12]").ends_sentence);
        assert!(Shape::of("Two ships left on Monday.[3] Both were empty.[41]").ends_sentence);
        assert!(Shape::of("The base was expanded in 2017.[7][23]").ends_sentence);
        assert!(!Shape::of("See the list of sources [12]").ends_sentence);
        assert!(Shape::of("Flights rose to about 800 a year earlier.(5)").ends_sentence);
        assert!(!Shape::of("Step (5)").ends_sentence);
    }
}
