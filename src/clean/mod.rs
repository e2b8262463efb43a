//! Stage 1: cleaning. Consumes the text as given. Produces the body (the ranges
//! of text to analyse), boilerplate spans with their kind, and the title line.
//! Never builds a new string: every span points into the original text.
//!
//! A learned classifier ([`classifier`]) decides which lines are boilerplate
//! from generic features of each line and its neighbours ([`shape`]); light
//! shape cues then name the kind. Captions are marked as boilerplate but stay
//! in the body, because they name the same entities and dates as the story.

pub mod classifier;
pub mod shape;
mod wrap;

use crate::analysis::BoilerplateKind;
use crate::entities::TITLES;
use crate::lexicon::FIRST_NAMES;
use crate::sentences::SUPERSCRIPT_DIGITS;
use crate::span::ByteSpan;
pub use classifier::{score_lines, score_lines_with, ScoredLine, Weights};
use shape::{Shape, ACCOUNT, COMMENTS, CREDIT, PHOTO, PROMO, RIGHTS, SHARE, STAMP, SUBSCRIBE};

/// A boilerplate span found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Furniture {
    /// Where it is.
    pub span: ByteSpan,
    /// What it is.
    pub kind: BoilerplateKind,
}

/// The analyst's verdict on the lines a span touches: boilerplate or body,
/// whatever the classifier says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineOverride {
    /// The lines it covers.
    pub span: ByteSpan,
    /// True: not part of the report; false: part of it.
    pub boilerplate: bool,
}

/// The text split into body and furniture.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// Lines to analyse, trimmed, in order.
    pub body: Vec<ByteSpan>,
    /// Furniture spans, in order.
    pub boilerplate: Vec<Furniture>,
    /// The headline: the first body line, or the one found over the story
    /// under a masthead.
    pub title: Option<ByteSpan>,
    /// A live page: its entries open with clock times ([`live_entries`]).
    pub live: bool,
}

/// Splits `text` into body lines and furniture; a line that an override
/// touches goes where the override says (the last one that touches it wins).
pub fn strip(text: &str, overrides: &[LineOverride]) -> Cleaned {
    let mut cleaned = Cleaned::default();
    let mut sentence_kept = false;
    let scored = score_lines(text);
    let verdict = |line: &ScoredLine| {
        overrides
            .iter()
            .rev()
            .find(|o| o.span.overlaps(line.span))
            .map(|o| o.boilerplate)
    };
    let live = live_entries(&scored);
    let speeches = transcript_speeches(&scored, text);
    cleaned.live = live.contains(&true);
    let headline = repeated_headline(&scored).or_else(|| headline_above_body(&scored, &live, text));
    let headline_over = headline.and_then(|h| headline_over_standfirst(&scored, h));
    let quoted = quoted_posts(&scored, text);
    let notes = numbered_notes(&scored, text);
    let found_headline = headline_over.or(headline);
    // A press release's end mark ("ENDS", "###"): its notes to editors and
    // contacts follow.
    let release_end = scored.iter().position(|l| {
        matches!(
            l.span.text(text),
            "ENDS" | "-ENDS-" | "- ENDS -" | "###" | "# # #" | "-30-"
        )
    });
    let mut title_is_masthead = false;
    // Menus pasted above the story with single line breaks: no margin there.
    let menus_above = if is_newswire(&scored) {
        0
    } else {
        scored.iter().position(|l| l.bodylike).unwrap_or(0)
    };
    let first_paragraph = scored.iter().position(|l| l.bodylike).unwrap_or(0);
    // Inside a list of links under a promotion's header ("READ MORE:").
    let mut in_promo_list = false;
    // Under a comments' header after the story ("Comments (3)").
    let mut in_comments = false;
    // The story's last paragraph, and whether furniture came after it.
    let story_end = scored
        .iter()
        .rposition(|l| l.bodylike && l.shape.words >= PARAGRAPH_WORDS);
    let mut furniture_after_story = false;
    for (i, line) in scored.iter().enumerate() {
        let promo_item = in_promo_list
            && (is_list_item(line.span, text)
                || sentence_kept
                    && (is_headline_shaped(&line.shape)
                        || is_between_links(&line.shape, line.span.text(text))));
        in_promo_list = promo_item || opens_promo_list(line, sentence_kept);
        let comment = in_comments
            && (line.shape.words <= COMMENT_WORDS
                || i > 0 && signs_a_comment(scored[i - 1].span.text(text)));
        in_comments = comment || sentence_kept && opens_comments(line);
        match verdict(line) {
            Some(false) => {
                if cleaned.title.is_none() {
                    cleaned.title = Some(title_of(line.span, text));
                }
                sentence_kept |= line.shape.ends_sentence;
                cleaned.body.push(line.span);
                continue;
            }
            Some(true) => {
                // Marked by the analyst: not analysed, so never a caption kept in the body.
                let kind = match kind_of(line, false) {
                    BoilerplateKind::Caption => BoilerplateKind::Other,
                    kind => kind,
                };
                push(&mut cleaned.boilerplate, &cleaned.body, line.span, kind);
                continue;
            }
            None => {}
        }
        // The line before went to the story, whatever its own score.
        let after_story = i > 0 && cleaned.body.last() == Some(&scored[i - 1].span);
        let repeats_headline = headline.is_some_and(|h| {
            i > h && line.duplicate && line.span.text(text) == scored[h].span.text(text)
        });
        let threshold = if line.one_block && i >= menus_above && !has_furniture_cue(&line.shape) {
            ONE_BLOCK_MARGIN
        } else {
            0.0
        };
        let after_release = release_end.is_some_and(|end| i > end);
        let story = !promo_item
            && !after_release
            && (Some(i) == headline
                || Some(i) == headline_over
                || (line.score <= threshold && !repeats_headline)
                || is_subheading(&scored, i, after_story)
                || is_sentence_in_body(&scored, i)
                || is_question_in_body(&scored, i)
                || is_in_fact_list(&scored, i, text)
                || is_key_point(line, text)
                || quoted[i]
                || live[i]
                || line.shape.post
                || is_in_key_figures(&scored, i, text)
                || speeches[i]
                || introduces_key_figures(&scored, i, text));
        // A table's header and rows have the shapes of a trail and of stamps.
        let table_row = is_table_row(&scored, i, text);
        let past_story = story_end.is_some_and(|end| i > end);
        // At the text's end, or as the story's last paragraph over the page's furniture.
        let author_note = (i + AUTHOR_NOTE_LINES >= scored.len() || story_end == Some(i))
            && describes_the_author(line, text);
        let header_stamp = i < first_paragraph && is_labelled_stamp(&line.shape);
        let tail = past_story
            && furniture_after_story
            && line.shape.words <= TAIL_WORDS
            && line.shape.digits == 0.0;
        if (story || table_row)
            && !tail
            // A page's headline may carry its kind's label ("GALLERY: …", "VIDEO: …").
            && (table_row
                || (!never_the_story(&line.shape) || Some(i) == headline && line.shape.promo_label)
                    && !header_stamp)
            && !reserves_rights(line, text)
            && !line.span.text(text).starts_with(SUPERSCRIPT_DIGITS)
            && !credits_the_reporting(line, text)
            && !names_the_source(line, text)
            && !cites_a_source(line.span.text(text))
            && !notes[i]
            && !is_language_bar(line.span.text(text))
            && !author_note
            && !comment
        {
            // A masthead kept above the headline found gives way to it:
            // parts between separators or a label's few words, no full stop
            // ("THE SEOUL LEDGER | English Edition", "The Chronicle").
            if cleaned.title.is_none() || title_is_masthead && Some(i) == found_headline {
                cleaned.title = Some(title_of(line.span, text));
                title_is_masthead = (line.shape.separators > 0 || line.shape.words <= LABEL_WORDS)
                    && !line.shape.ends_sentence;
            }
            sentence_kept |= line.shape.ends_sentence;
            cleaned.body.push(line.span);
            continue;
        }
        let short_neighbour = |j: Option<usize>| {
            j.and_then(|j| scored.get(j))
                .is_some_and(|n| n.score > 0.0 && n.shape.words <= 4)
        };
        let in_menu = line.shape.words <= 4
            && (short_neighbour(i.checked_sub(1)) || short_neighbour(Some(i + 1)));
        // A comment the story's rules would have kept is a comment; furniture
        // under the comments keeps its own kind.
        let kind = if promo_item {
            BoilerplateKind::Link
        } else if comment && story {
            BoilerplateKind::Comments
        } else if author_note || names_the_source(line, text) {
            BoilerplateKind::Credit
        } else if notes[i] || cites_a_source(line.span.text(text)) {
            BoilerplateKind::Link
        } else if is_language_bar(line.span.text(text)) {
            BoilerplateKind::Navigation
        } else if after_release {
            BoilerplateKind::Other
        } else {
            kind_of(line, in_menu)
        };
        push(&mut cleaned.boilerplate, &cleaned.body, line.span, kind);
        furniture_after_story |= past_story
            && matches!(
                kind,
                BoilerplateKind::Link | BoilerplateKind::Paywall | BoilerplateKind::Credit
            );
        if kind == BoilerplateKind::Caption {
            cleaned.body.push(line.span);
        }
    }
    if !sentence_kept {
        // No sentence left to analyse (a headline and a sentence or two pasted
        // alone): the text is read whole rather than thrown away, but for the
        // lines the analyst marked as boilerplate.
        let (marked, body): (Vec<&ScoredLine>, Vec<&ScoredLine>) =
            scored.iter().partition(|l| verdict(l) == Some(true));
        return Cleaned {
            body: body.iter().map(|l| l.span).collect(),
            boilerplate: marked
                .iter()
                .map(|l| Furniture {
                    span: l.span,
                    kind: BoilerplateKind::Other,
                })
                .collect(),
            title: body.first().map(|l| strip_bullet(l.span, text)),
            live: cleaned.live,
        };
    }
    cleaned
}

/// Words of a live entry's stamp, at most: "22:40 GMT", "11:40 · updated 12:15",
/// "🔴 10 December 2024, 07:42" (a channel's mark counts as a word).
const LIVE_STAMP_WORDS: usize = 5;

/// Entries of a live page, at least, for [`live_entries`] to read it as one.
const LIVE_ENTRIES: usize = 3;

/// Lines of a live page's entries: a clock time alone on its line ("22:40
/// GMT") opens each, over the entry's heading, byline and paragraphs. Where
/// [`LIVE_ENTRIES`] entries or more open so, the paragraphs of each, and the
/// heading right under its time when paragraphs follow (figures and all:
/// "Overnight: 12,000 crossed"; however short: "Good morning"), are the
/// story's, however the furniture between entries weighs on their scores. A
/// time over a heading alone is a list of links; other furniture ends an
/// entry.
fn live_entries(scored: &[ScoredLine]) -> Vec<bool> {
    let opens =
        |l: &ScoredLine| l.shape.time && is_stamp(&l.shape) && l.shape.words <= LIVE_STAMP_WORDS;
    let mut live = vec![false; scored.len()];
    if scored.iter().filter(|l| opens(l)).count() < LIVE_ENTRIES {
        return live;
    }
    let (mut in_entry, mut under_time, mut heading) = (false, false, None);
    for (i, line) in scored.iter().enumerate() {
        let shape = &line.shape;
        if opens(line) {
            (in_entry, heading) = (true, None);
        } else if in_entry && line.bodylike {
            live[i] = true;
            if let Some(h) = heading.take() {
                live[h] = true;
            }
        } else if under_time
            && shape.words <= *LINK_HEADLINE_WORDS.end()
            && !shape.ends_sentence
            && shape.cue_hits() <= 1
        {
            heading = Some(i);
        } else if !heads_the_story(shape) {
            in_entry = false;
        }
        under_time = opens(line);
    }
    live
}

/// Speakers who speak more than once, at least, for [`transcript_speeches`]
/// to read a text as a transcript.
const RECURRING_SPEAKERS: usize = 2;

/// Words of a speaker's line, at most ("Emily Thornberry (Islington South and
/// Finsbury) (Lab)").
const SPEAKER_WORDS: usize = 10;

/// A speaker's line over a speech: a few words, mostly capitalised, opening
/// with a given name or a title ("Mr Falconer", "Emily Thornberry (Islington
/// South and Finsbury) (Lab)"), with no stop, digit, cue of furniture or date.
fn is_speaker_line(line: &ScoredLine, text: &str) -> bool {
    let shape = &line.shape;
    let first = line.span.text(text).split(' ').next().unwrap_or_default();
    (FIRST_NAMES.contains(first) || TITLES.contains(first))
        && shape.words <= SPEAKER_WORDS
        && shape.capitalised >= 0.5
        && !shape.ends_sentence
        && !shape.ends_question
        && !shape.ends_colon
        && shape.digits == 0.0
        && shape.cue_hits() == 0
        && shape.separators == 0
        && !(shape.date || shape.time || shape.link)
}

/// Lines of a transcript's speeches (a debate, an interview): where
/// [`RECURRING_SPEAKERS`] speakers or more each head a speech more than once
/// ("Mr Falconer", then his answer), the sentences under each speaker's line
/// are the story's, however short and however the speakers' lines between
/// them weigh on their scores.
fn transcript_speeches(scored: &[ScoredLine], text: &str) -> Vec<bool> {
    let heads_speech = |i: usize| {
        is_speaker_line(&scored[i], text)
            && scored
                .get(i + 1)
                .is_some_and(|next| next.shape.ends_sentence || next.shape.ends_question)
    };
    let mut speeches = vec![false; scored.len()];
    let recurring = (0..scored.len())
        .filter(|&i| scored[i].recurs && !scored[i].duplicate && heads_speech(i))
        .count();
    if recurring < RECURRING_SPEAKERS {
        return speeches;
    }
    let mut in_speech = false;
    for (i, line) in scored.iter().enumerate() {
        let spoken = line.shape.ends_sentence || line.shape.ends_question;
        if heads_speech(i) {
            in_speech = true;
        } else if in_speech && spoken && line.shape.cue_hits() <= 1 {
            speeches[i] = true;
        } else {
            in_speech = false;
        }
    }
    speeches
}

/// True for a sentence of the story as the classifier scored it: shaped as
/// one, and scored as body.
fn is_story(line: &ScoredLine) -> bool {
    line.bodylike && line.score <= 0.0
}

/// Lines of a post quoted in the story, at most, its signature included.
const POST_LINES: usize = 4;

/// Lines of posts quoted inside the story (an embedded tweet): the post's
/// signature ("— Jane Roe (@janeroe) November 18, 2019") and the lines above
/// it that the classifier drops, back to a line of the story or of the post
/// before. The post is a quote of the story, though its handles and links
/// weigh against it, when it follows a line of the story or stands between
/// two; a feed of posts under a "Follow us" or a menu is the page's.
fn quoted_posts(scored: &[ScoredLine], text: &str) -> Vec<bool> {
    let mut quoted = vec![false; scored.len()];
    for (j, line) in scored.iter().enumerate() {
        if !signs_a_post(line, text) {
            continue;
        }
        let mut first = j;
        while first + POST_LINES > j + 1 && first > 0 && {
            let above = &scored[first - 1];
            above.score > 0.0 && !quoted[first - 1] && is_post_line(&above.shape)
        } {
            first -= 1;
        }
        let follows_story = first > 0 && {
            let before = &scored[first - 1];
            quoted[first - 1] || before.score <= 0.0 && !before.shape.link
        };
        if follows_story || scored[..first].iter().any(is_story) && scored[j..].iter().any(is_story)
        {
            quoted[first..=j].fill(true);
        }
    }
    quoted
}

/// A line that may be part of a post: a link or a handle in it is the post's,
/// but no other cue of the page's furniture.
fn is_post_line(shape: &Shape) -> bool {
    shape.link || !has_furniture_cue(shape)
}

/// The signature under an embedded post: a dash, the author's name, the
/// handle in brackets and the day ("— Jane Roe (@janeroe) November 18, 2019").
fn signs_a_post(line: &ScoredLine, text: &str) -> bool {
    let content = line.span.text(text);
    line.shape.date && content.starts_with('—') && content.contains(" (@")
}

/// Words of a paragraph of the story, at least: the last such line ends it.
const PARAGRAPH_WORDS: usize = 20;

/// Words of a line under the story and under furniture after it that is
/// furniture too, at most: an author's note, a disclaimer, an appeal ("Our
/// Standards: …", "Support independent journalism. Become a member today.").
const TAIL_WORDS: usize = 15;

/// A headline pasted twice or more: the first line of four words or more that
/// recurs later, when no body sentence comes before it. Its first copy is the
/// title (body) and the others are duplicates, whatever their scores.
fn repeated_headline(scored: &[ScoredLine]) -> Option<usize> {
    let first = scored
        .iter()
        .position(|l| l.recurs && l.shape.words >= 4 && headline_cues(&l.shape))?;
    scored[..first].iter().all(|l| !l.bodylike).then_some(first)
}

/// In a text without blank lines (one sentence a line, as in news-wire data, or
/// paragraphs pasted without breaks) layout says less about what is furniture:
/// a line without a cue of its own needs a higher score to go. Measured on the
/// devset and CoNLL `testa`. A page pasted with single line breaks is no
/// news wire: above its story the margin is not given ([`is_newswire`]).
const ONE_BLOCK_MARGIN: f32 = 4.0;

/// A text without blank lines is news-wire data (one sentence a line, with
/// its tables of results), unless a fifth of its lines or more are a page's
/// menus and buttons pasted with single line breaks: a few words, no digit,
/// no full stop ("Skip to Content", "Middle East", "Save").
fn is_newswire(scored: &[ScoredLine]) -> bool {
    let menu_items = scored
        .iter()
        .filter(|l| {
            l.shape.words <= MENU_ITEM_WORDS && l.shape.digits == 0.0 && !l.shape.ends_sentence
        })
        .count();
    menu_items * 5 < scored.len()
}

/// Words of a menu item, at most.
const MENU_ITEM_WORDS: usize = 3;

/// The line itself looks like furniture: a cue word, separators, a counter,
/// a byline, a web address or a pager word.
fn has_furniture_cue(shape: &Shape) -> bool {
    shape.cue_hits() > 0
        || shape.separators > 0
        || shape.counter
        || shape.byline
        || shape.link
        || shape.pager
}

/// Words of a line that is little more than a counter ("3 min read", "👁 2,318 views").
const COUNTER_LINE_WORDS: usize = 6;

/// A trail of links ("World > Middle East > Lebanon"), a short counter line,
/// a short byline ("By Wang Lei and Sarah Tennant"), a link labelled as one
/// ("READ MORE: …") or an editor's note on a correction is furniture
/// whatever the classifier's score: these shapes are the page's.
fn never_the_story(shape: &Shape) -> bool {
    shape.crumbs
        || shape.byline && shape.words <= BYLINE_WORDS && !shape.ends_sentence
        || shape.notice
        || shape.counter && shape.words <= COUNTER_LINE_WORDS
        || is_stamp(shape)
        || shape.promo_label
}

/// A line that reserves the rights ("TASS news agency. All rights
/// reserved.", "Copyright 2024 The Associated Press. All rights reserved.
/// This material may not be published, broadcast, rewritten or
/// redistributed."), or ends by forbidding copies ("… which is copyright
/// and cannot be reproduced."): a copyright line, with or without its sign.
fn reserves_rights(line: &ScoredLine, text: &str) -> bool {
    line.shape.cues[RIGHTS] > 0 && {
        let content = line.span.text(text).to_ascii_lowercase();
        let content = content.trim_end_matches(['.', ' ']);
        content.contains(RIGHTS_RESERVED) || content.ends_with("reproduced")
    }
}

/// A line that credits the reporting in the wires' formula ("Associated Press
/// writers … contributed to this report.", "Keith Bradsher contributed
/// reporting from Hong Kong."): a credit, however long its list of names.
fn credits_the_reporting(line: &ScoredLine, text: &str) -> bool {
    line.shape.cues[CREDIT] > 0 && line.shape.words <= CREDIT_WORDS && {
        let content = line.span.text(text).to_ascii_lowercase();
        content.match_indices("contributed ").any(|(at, word)| {
            let rest = &content[at + word.len()..];
            rest.starts_with("reporting") || rest.starts_with("to this ")
        })
    }
}

/// Words of a line that names the story's source, at most.
const SOURCE_WORDS: usize = 8;

/// Last words of a label over the story's sources or its pictures' makers.
const SOURCE_LABELS: [&str; 4] = ["source", "sources", "credit", "credits"];

/// A line that names the story's sources or its pictures' makers under a
/// label: short and without a full stop ("SOURCE: DAILY SABAH WITH AFP",
/// "Source: Reuters"), or a list parted by semicolons, however long ("Sources:
/// FCDO statements, April 25; Hansard, April 27.", "Image credits: Maxar
/// Technologies; Planet Labs PBC.").
fn names_the_source(line: &ScoredLine, text: &str) -> bool {
    let Some((label, rest)) = line.span.text(text).split_once(':') else {
        return false;
    };
    let last = label.rsplit(' ').next().unwrap_or(label);
    line.shape.label_prefix
        && SOURCE_LABELS.iter().any(|w| last.eq_ignore_ascii_case(w))
        && (line.shape.words <= SOURCE_WORDS && !line.shape.ends_sentence || rest.contains(';'))
}

/// A reference to a source, whatever it cites: an encyclopedia's, opened by
/// its caret after its number ("3. ^ Gordon, Michael (30 September 2015).
/// \"Russia Begins Airstrikes\"."), an author and a year in brackets ("Kofman,
/// M. (2018). Russian Naval Strategy …"), or one that tells when the source
/// was read ("… Covert Shores. Retrieved 3 March 2025.").
fn cites_a_source(line: &str) -> bool {
    let unnumbered = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    unnumbered.starts_with('^')
        || opens_with_author_and_year(unnumbered)
        || line.strip_prefix("Retrieved ").is_some_and(names_when_read)
        || line
            .split_once(". Retrieved ")
            .is_some_and(|(_, rest)| names_when_read(rest))
}

/// What follows "Retrieved" in a reference: a day ("3 March 2025", "March 3,
/// 2025", "on 3 March"), not a story's participle ("Retrieved from the sea on
/// Monday, the wreck …").
fn names_when_read(rest: &str) -> bool {
    rest.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase()) || rest.starts_with("on ")
}

/// Words of an author's name before the year of a reference, at most ("Sutton,
/// H. I. (2024)").
const AUTHOR_WORDS: usize = 4;

/// "Barry, Ellen (21 January 2013).", "Kofman, M. (2018).": a surname and its
/// comma, then given names or initials, then a bracket and a digit.
fn opens_with_author_and_year(line: &str) -> bool {
    let mut words = line.split(' ');
    words.next().is_some_and(|surname| {
        surname.len() > 2 && surname.ends_with(',') && surname.starts_with(char::is_uppercase)
    }) && words
        .take(AUTHOR_WORDS)
        .any(|word| word.len() > 1 && word.starts_with('(') && word.as_bytes()[1].is_ascii_digit())
}

/// Headings of a page's notes and references, in any case.
const NOTES_HEADINGS: [&str; 8] = [
    "notes",
    "references",
    "footnotes",
    "endnotes",
    "sources",
    "citations",
    "bibliography",
    "works cited",
];

/// The numbered lines right under a heading of notes or references
/// ("Notes", then "1. Interview with a former Black Sea Fleet officer, May
/// 2013."): each cites a source of the story, not the story.
fn numbered_notes(scored: &[ScoredLine], text: &str) -> Vec<bool> {
    let mut notes = vec![false; scored.len()];
    let mut under_heading = false;
    for (i, line) in scored.iter().enumerate() {
        let content = line.span.text(text);
        let number = content.trim_start_matches('[');
        let digits = number.bytes().take_while(u8::is_ascii_digit).count();
        let numbered = (1..=3).contains(&digits)
            && matches!(number.as_bytes().get(digits), Some(b'.' | b']' | b' '));
        if under_heading && numbered {
            notes[i] = true;
            continue;
        }
        let heading = content.trim_end_matches(':');
        under_heading = NOTES_HEADINGS
            .iter()
            .any(|h| h.eq_ignore_ascii_case(heading));
    }
    notes
}

/// Languages of a page's language bar, at least.
const BAR_LANGUAGES: usize = 4;

/// A page's language bar: words only, each the name of a language in its own
/// script, three scripts or more ("العربية 中文 English Français Русский
/// Español"): no sentence.
fn is_language_bar(line: &str) -> bool {
    // Most lines are ASCII, which no bar is.
    if line.is_ascii() {
        return false;
    }
    // The script of a word, by the block of its first character.
    let script = |word: &str| match word.chars().next().map_or(0, u32::from) {
        0..=0x24F => 0,
        0x370..=0x3FF => 1,
        0x400..=0x52F => 2,
        0x590..=0x5FF => 3,
        0x600..=0x6FF => 4,
        0x900..=0x97F => 5,
        0x3040..=0x30FF | 0x4E00..=0x9FFF => 6,
        0xAC00..=0xD7AF => 7,
        _ => 8,
    };
    let mut scripts = [false; 9];
    let mut words = 0;
    for word in line.split_whitespace() {
        if word.chars().any(|c| !c.is_alphabetic()) {
            return false;
        }
        scripts[script(word)] = true;
        words += 1;
    }
    words >= BAR_LANGUAGES && scripts.iter().filter(|&&s| s).count() >= 3
}

/// Lines at the text's end where an author's note may stand.
const AUTHOR_NOTE_LINES: usize = 4;

/// The author's note under a story, in its formula: a name of two or three
/// words, then "is a" or "is an" and a credit's cue ("Jane Roe is a news
/// editor at …", "… worked as a correspondent for …"), or "covers" or
/// "writes" and a beat for an outlet.
fn describes_the_author(line: &ScoredLine, text: &str) -> bool {
    let content = line.span.text(text);
    let mut words = content.split(' ');
    let mut name = 0;
    let verb = words.by_ref().find(|w| {
        let capital = w.starts_with(char::is_uppercase);
        name += usize::from(capital);
        !capital
    });
    (2..=3).contains(&name)
        && match verb {
            Some("is") => line.shape.cues[CREDIT] > 0 && matches!(words.next(), Some("a" | "an")),
            // "Jane Roe covers naval warfare for Defense Ledger."
            Some("covers" | "writes") => content.contains(" for "),
            _ => false,
        }
}

/// Words of a reporting credit at most: a paragraph that ends with one
/// is the story's.
const CREDIT_WORDS: usize = 60;

/// The formula that ends a copyright line.
const RIGHTS_RESERVED: &str = "rights reserved";

/// A stamp: a date or a time alone on its line ("May 20, 2024 at 11:42 AM"),
/// or with a reading time, separators or a byline ("Nov 18, 2019 at 9:24 pm
/// ET • 2 min read", "By admin - 2018-09-16"). A
/// dateline ("LONDON 1996-08-30") is none: its place is the story's. The
/// publication date reads stamps from the text itself.
fn is_stamp(shape: &Shape) -> bool {
    // A list's bullet is no separator of a stamp: "• 12/14/2024 – three
    // Il-76s in a single day" is a timeline's entry.
    shape.date_alone && !shape.bullet
        || (shape.date || shape.time)
            && !shape.ends_sentence
            && shape.words <= STAMP_WORDS
            && (shape.counter || shape.separators > usize::from(shape.bullet) || shape.byline)
}

/// A stamp with a label or a section's name over the story, and no function
/// word: "29 January 2025   Politics", "Information Cutoff: 2:00 pm ET", "DEC
/// 19, 2024 - 12:44 PM GMT+3". A date after a town in capitals is a
/// dateline; a date without its year, a fixture ("July 12 v Scotland").
fn is_labelled_stamp(shape: &Shape) -> bool {
    (shape.time || shape.date && shape.all_caps == 0.0 && shape.digits >= STAMP_DIGITS)
        && !shape.ends_sentence
        && shape.words <= LABELLED_STAMP_WORDS
        && shape.function == 0.0
}

/// Words of a stamp with a label or a section's name, at most.
const LABELLED_STAMP_WORDS: usize = 7;

/// Share of digits in a stamp's characters that shows a full date, at least
/// ("29 January 2025": 6 of 15).
const STAMP_DIGITS: f32 = 0.2;

/// Words of a stamp at most: a dateline's paragraph that ends with a colon
/// before a table is the story's.
const STAMP_WORDS: usize = 24;

/// The line before line `i` is a caption's label alone, every word of it a
/// picture word ("Image caption,", "Caption:"): line `i` is the caption.
fn follows_caption_label(scored: &[ScoredLine], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|j| scored.get(j))
        .is_some_and(|label| {
            let shape = &label.shape;
            (1..=2).contains(&shape.words)
                && shape.cues[PHOTO] == shape.words
                && !shape.ends_sentence
        })
}

/// A caption describes the picture: a credit alone ("Photo: AFP") is shorter.
const CAPTION_WORDS: usize = 6;

/// Words of a subheading at most.
const SUBHEADING_WORDS: usize = 8;

/// A short plain line (no cue word, separator or date, not a copy) between two body
/// sentences, or after a line of the story and before a body sentence, is a
/// subheading of the story, whatever its own score.
fn is_subheading(scored: &[ScoredLine], i: usize, after_story: bool) -> bool {
    let shape = &scored[i].shape;
    let body = |j: usize| scored.get(j).is_some_and(is_story);
    i > 0
        && (after_story || body(i - 1))
        && body(i + 1)
        && shape.words <= SUBHEADING_WORDS
        && shape.cue_hits() == 0
        && shape.separators == 0
        && shape.chars > 1
        && !shape.date
        && !shape.byline
        && !scored[i].duplicate
}

/// Words of a sentence that opens the story before two body lines, at least:
/// longer than a caption.
const STORY_OPENING_WORDS: usize = 25;

/// Words of a line of furniture between paragraphs, at most.
const FURNITURE_WORDS: usize = 4;

/// Words of a sentence that stays in the body between body lines, at least.
const BODY_SENTENCE_WORDS: usize = 15;

/// A long sentence between two body lines is part of the story, whatever cue
/// words it holds ("residents who subscribe to text alerts were told …"): cue
/// words may weigh against a line, never delete a sentence in the body alone.
fn is_sentence_in_body(scored: &[ScoredLine], i: usize) -> bool {
    let line = &scored[i];
    let body = |j: usize| scored.get(j).is_some_and(is_story);
    // The first line from `j` past short furniture between paragraphs
    // ("Advertisement", "Story continues below").
    let past_furniture = |mut j: usize| {
        while scored.get(j).is_some_and(|l| {
            !l.bodylike
                && l.score > 0.0
                && l.shape.words <= FURNITURE_WORDS
                && has_furniture_cue(&l.shape)
        }) {
            j += 1;
        }
        j
    };
    let next = past_furniture(i + 1);
    // One cue word at most ("satellite images show"), and no label.
    let opens_story = line.shape.words >= STORY_OPENING_WORDS
        && line.shape.cue_hits() <= 1
        && !line.shape.label_prefix
        && body(past_furniture(next + 1));
    (i > 0 && body(i - 1) || opens_story)
        && body(next)
        && line.bodylike
        && line.shape.ends_sentence
        && line.shape.words >= BODY_SENTENCE_WORDS
        && line.shape.separators == 0
        && !line.duplicate
}

/// Words of a question that stays in the body between body lines, at least.
const BODY_QUESTION_WORDS: usize = 6;

/// A question right between two body lines is the story's, a host's in a
/// transcript ("JAMES WHITLOCK: Has the position on Assad changed at all?"),
/// unless a cue or a promotion's label makes it a link.
fn is_question_in_body(scored: &[ScoredLine], i: usize) -> bool {
    let body = |j: usize| scored.get(j).is_some_and(is_story);
    let shape = &scored[i].shape;
    shape.ends_question
        && shape.words >= BODY_QUESTION_WORDS
        && shape.cue_hits() == 0
        && shape.separators == 0
        && !scored[i].duplicate
        && i > 0
        && body(i - 1)
        && body(i + 1)
}

/// A list of facts inside the story: items under a line that ends with a
/// colon ("Key figures:", "- 538 people evacuated"), after a sentence of the
/// story and before a body paragraph. The sentence, the opening line and the
/// items are story, though short lines around a sentence weigh against it in
/// the classifier; a promotion's list ("READ MORE:") is not.
fn is_in_fact_list(scored: &[ScoredLine], i: usize, text: &str) -> bool {
    let item = |j: usize| scored.get(j).is_some_and(|l| is_list_item(l.span, text));
    let opens = |j: usize| {
        scored
            .get(j)
            .is_some_and(|l| l.shape.ends_colon && l.shape.cues[PROMO] == 0)
            && item(j + 1)
    };
    let opening = if item(i) {
        (0..=i)
            .rev()
            .take_while(|&j| item(j))
            .last()
            .unwrap_or(i)
            .checked_sub(1)
    } else if opens(i) {
        Some(i)
    } else if opens(i + 1) {
        Some(i + 1)
    } else {
        None
    };
    let Some(opening) = opening.filter(|&j| opens(j)) else {
        return false;
    };
    let last = (opening + 1..scored.len())
        .take_while(|&j| item(j))
        .last()
        .unwrap_or(opening);
    let after = scored.get(last + 1).is_some_and(is_story);
    let lead = opening
        .checked_sub(1)
        .is_some_and(|j| scored[j].bodylike && scored[j].shape.ends_sentence);
    lead && after
}

/// Words of a key point, at least: a clause, longer than a menu's item.
const KEY_POINT_WORDS: usize = 8;

/// Words of four letters or more in lower case in a line in sentence case, at
/// least: title case capitalises them all (AP style), a name-heavy clause
/// still has a verb or two ("took", "early").
const SENTENCE_CASE_WORDS: usize = 2;

/// A key point of the story: a bulleted clause in sentence case ("• Rebels
/// led by Hayat Tahrir al-Sham took Damascus early on Sunday"), with one cue
/// of furniture at most ("- Satellite photos show Russian warships leaving
/// Tartus") and no label, link or separator. A list of links gives headlines
/// in title case ("• Apple Stops Signing iOS 13.2 Following Launch of iOS
/// 13.2.2"); one under a promotion's header is caught before.
fn is_key_point(line: &ScoredLine, text: &str) -> bool {
    let shape = &line.shape;
    let content = line.span.text(text);
    // The bullets '•' and '·' count as separators of their own.
    let bullet = usize::from(content.starts_with(['•', '·']));
    let sentence_case = || {
        content
            .split_whitespace()
            .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .count()
            >= SENTENCE_CASE_WORDS
    };
    is_list_item(line.span, text)
        && shape.words >= KEY_POINT_WORDS
        && shape.cue_hits() <= 1
        && !shape.label_prefix
        && shape.separators <= bullet
        && !shape.link
        && !line.duplicate
        && sentence_case()
}

/// A paragraph that ends with a colon over a box of key figures or a table
/// ("… the Defence Ministry said, and gave this breakdown:"): the story's.
fn introduces_key_figures(scored: &[ScoredLine], i: usize, text: &str) -> bool {
    let shape = &scored[i].shape;
    shape.ends_colon
        && shape.words >= TABLE_INTRO_WORDS
        && shape.cue_hits() <= 1
        && is_in_key_figures(scored, i + 1, text)
}

/// Words of a sentence that introduces a table, at least ("The ministry
/// published the following breakdown of the evacuees:").
const TABLE_INTRO_WORDS: usize = 8;

/// The signs of currencies that open a sum in a box of key figures.
const CURRENCY_SIGNS: [char; 4] = ['$', '€', '£', '¥'];

/// Words of a key figure's line, at most ("884,000 people in need").
const KEY_FIGURE_WORDS: usize = 8;

/// A line of a box of key figures: a figure, then what it counts ("884,000
/// people in need", "$71.4 million flash appeal", "9,000+ missing"), with no
/// cue of furniture, in a run of two such lines or more. The figure has three
/// digits or more, or a currency's sign: a list of the most read opens with
/// its rank ("1 Ministers say …"), a counter with a cue ("1,284 views").
fn is_in_key_figures(scored: &[ScoredLine], i: usize, text: &str) -> bool {
    let key_figure = |j: usize| {
        scored.get(j).is_some_and(|l| {
            // The shape first: most lines are longer, and their text is not read.
            let shaped = (2..=KEY_FIGURE_WORDS).contains(&l.shape.words)
                && l.shape.cue_hits() == 0
                && !l.shape.counter
                && !l.shape.link
                && !l.duplicate;
            if !shaped {
                return false;
            }
            let labelled = labelled_figure(l.span, text);
            let content = labelled.unwrap_or(l.span.text(text));
            let word = content
                .trim_start_matches(CURRENCY_SIGNS)
                .split_whitespace()
                .next()
                .unwrap_or("");
            // A scale may be glued to a sum ("€300m", "$1.2bn").
            let number = ["bn", "mn", "m", "k"]
                .iter()
                .find_map(|scale| word.strip_suffix(scale))
                .filter(|_| content.starts_with(CURRENCY_SIGNS))
                .unwrap_or(word);
            let digits = number.bytes().filter(u8::is_ascii_digit).count();
            let figure = number.starts_with(|c: char| c.is_ascii_digit())
                // "9,000+" but no market's move ("40627.23+157.53").
                && number
                    .trim_end_matches('+')
                    .bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
                && (digits >= 3 || content.starts_with(CURRENCY_SIGNS) || labelled.is_some());
            figure
        })
    };
    key_figure(i) && (i.checked_sub(1).is_some_and(key_figure) || key_figure(i + 1))
}

/// A row of a table pasted with its cells parted by bars ("11 Dec | Bab
/// al-Hawa | WFP | 48 | 960"), tabs or runs of spaces, or its header: as many bars as the row
/// next to it, two or more, and a cell that is a number in it or in the row
/// below. A menu's items are words, and its line stands alone.
fn is_table_row(scored: &[ScoredLine], i: usize, text: &str) -> bool {
    // A table pasted from a PDF parts its cells by runs of spaces, and its
    // cells are words: its bars are those runs, not the other separators a
    // list of links has ("Ferry service resumes · Europe · 30").
    let bar = |line: &str| {
        if line.contains('\t') {
            Some('\t')
        } else if line.contains('|') {
            Some('|')
        } else {
            None
        }
    };
    let bars = |j: usize| {
        scored
            .get(j)
            .filter(|l| l.shape.separators >= 2)
            .map_or(0, |l| {
                let line = l.span.text(text);
                let gaps = || {
                    let bytes = line.as_bytes().windows(3);
                    bytes
                        .filter(|w| w[0] != b' ' && w[1] == b' ' && w[2] == b' ')
                        .count()
                };
                bar(line).map_or_else(gaps, |b| line.matches(b).count())
            })
    };
    let number = |cell: &str| {
        let cell = cell.trim();
        cell.starts_with(|c: char| c.is_ascii_digit())
            && cell
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
    };
    let numeric = |j: usize| {
        scored.get(j).is_some_and(|l| {
            let line = l.span.text(text);
            line.split(bar(line).unwrap_or(' ')).any(number)
        })
    };
    let k = bars(i);
    k >= 2
        && (bars(i + 1) == k || i.checked_sub(1).is_some_and(|b| bars(b) == k))
        && (numeric(i) || bars(i + 1) == k && numeric(i + 1))
}

/// The figure of a list's item that a name labels ("- Germany: €300m",
/// "• World Bank: up to $1bn in loans", in a box of pledges), or of a table's
/// row pasted as a line ("Belarus - 41", "By sea to Jeddah: about 940"): the
/// text after the label and a bounding "up to", "about" or "some". The label
/// is one to four words, the first capitalised; a row's figure opens with
/// its digits.
fn labelled_figure(line: ByteSpan, text: &str) -> Option<&str> {
    let listed = is_list_item(line, text);
    let content = if listed {
        strip_bullet(line, text).text(text)
    } else {
        line.text(text)
    };
    let (label, figure) = match content.split_once(": ") {
        Some(parts) => parts,
        None if !listed => content
            .split_once(" - ")
            .or_else(|| content.split_once(" – "))?,
        None => return None,
    };
    let label_words = label.split_whitespace().count();
    if !(1..=4).contains(&label_words) || !label.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let figure = ["up to ", "about ", "some ", "around "]
        .iter()
        .find_map(|bound| figure.strip_prefix(bound))
        .unwrap_or(figure);
    (listed || figure.starts_with(|c: char| c.is_ascii_digit())).then_some(figure)
}

/// A headline holds no furniture cue, or one in a long line ("Continue reading
/// the main story", repeated down a page, is no headline).
fn headline_cues(shape: &Shape) -> bool {
    shape.cue_hits() == 0 || shape.cue_hits() == 1 && shape.words >= 6
}

/// Lines above the first body sentence where the headline may stand.
const HEADLINE_REACH: usize = 10;

/// The headline of a page whose title is not repeated: the nearest line above
/// the first body sentence shaped like a headline (three words or more, no
/// separator, date, counter or byline, a cue word only in a long one, a label
/// only without one: "Sudan crisis: Last flight leaves", not "READ MORE: …"),
/// past the byline, stamps and captions between.
fn headline_above_body(scored: &[ScoredLine], live: &[bool], text: &str) -> Option<usize> {
    // A consent banner is shaped as a paragraph, with its cues ("We and our
    // partners use cookies … to personalise content"), and so is a long
    // question over a byline, the headline ("What are Russia's bases in
    // Syria and why do they matter?"). A live page's headline is over its
    // first entry.
    let question_over_byline = |i: usize| {
        scored[i].shape.ends_question
            && scored
                .get(i + 1)
                .is_some_and(|next| is_credit_line(&next.shape))
    };
    let body = (0..scored.len()).find(|&i| {
        let l = &scored[i];
        l.bodylike && l.shape.cues[RIGHTS] < 2 && !question_over_byline(i) || live[i]
    })?;
    let reach = body.saturating_sub(HEADLINE_REACH)..body;
    // The headline stands over the byline ("By Jane Roe", "Story by …"), or
    // over a short label above it ("Live Reporting"), however many stamps,
    // buttons and labels come between the byline and the story.
    let credit = reach.clone().find(|&i| is_credit_line(&scored[i].shape));
    if let Some(credit) = credit.filter(|&c| c > 0) {
        // Past the stamps over the byline ("Posted : 2020-02-01 14:22 | Updated : …").
        let above = (0..credit)
            .rev()
            .find(|&i| !is_stamp(&scored[i].shape))
            .unwrap_or(0);
        let over_label = scored[above].shape.words <= LABEL_WORDS && above > 0;
        let h = if over_label { above - 1 } else { above };
        if scored[h].shape.words > LABEL_WORDS && is_headline_line(scored, h) {
            return Some(h);
        }
    }
    let nearest = reach.clone().rev().find(|&i| {
        is_headline_line(scored, i)
            // A key figure's line is short; a headline may open with a label
            // and a count ("Niger: 1 079 people evacuated in 48 hours, …").
            && (scored[i].shape.words > KEY_FIGURE_WORDS
                || labelled_figure(scored[i].span, text).is_none())
            && !credits_a_picture(&scored[i], text)
    })?;
    // A short line is more often a label or a desk's name under the
    // headline ("The Hindu Bureau", "For immediate release") than the
    // headline, when a longer line shaped as a headline stands above it (a
    // cue word allowed in a long one: "Telephone conversation with …").
    if scored[nearest].shape.words > LABEL_WORDS {
        return Some(nearest);
    }
    let longer = (reach.start..nearest)
        .rev()
        .find(|&i| scored[i].shape.words >= HEADLINE_WORDS && is_headline_line(scored, i));
    Some(longer.unwrap_or(nearest))
}

/// Words of a byline's line, at most.
const BYLINE_WORDS: usize = 12;

/// A short line that credits the reporting: a byline, or a credit's cue
/// without a full stop ("Story by …", "Jane Roe, Athens correspondent").
fn is_credit_line(shape: &Shape) -> bool {
    shape.byline || shape.cues[CREDIT] > 0 && shape.words <= BYLINE_WORDS && !shape.ends_sentence
}

/// A line that ends with a picture's credit, after a bracket ("… in 2020.
/// (Yoruk Isik/Reuters)") or a full stop ("… last month. Photograph: Planet
/// Labs"): a caption between the headline and the story, not the headline.
fn credits_a_picture(line: &ScoredLine, text: &str) -> bool {
    if line.shape.bracketed_tail && line.shape.cues[PHOTO] > 0 {
        return true;
    }
    let words = line.span.text(text);
    let stop = words.as_bytes().windows(2).rposition(|pair| pair == b". ");
    stop.is_some_and(|stop| {
        let tail = Shape::of(&words[stop + 2..]);
        tail.cues[PHOTO] > 0 && tail.words <= CAPTION_WORDS
    })
}

/// Words of a label or a desk's name under a headline, at most.
const LABEL_WORDS: usize = 4;

/// Words of a headline over such a label, at least.
const HEADLINE_WORDS: usize = 6;

/// Line `i` is shaped as a page's headline: three words or more, no
/// separator, date, counter, byline or link, and a furniture cue only in a
/// long line; after a label, one only in a headline's length and no
/// promotion's label ("Counting hulls: what satellite images show …", not
/// "READ MORE: …" nor "Photo: Jane Roe/Reuters").
fn is_headline_line(scored: &[ScoredLine], i: usize) -> bool {
    let shape = &scored[i].shape;
    (3..=25).contains(&shape.words)
        && !follows_caption_label(scored, i)
        && !names_the_bylines_outlet(scored, i)
        && headline_cues(shape)
        && (shape.separators == 0 || shape.label_gap)
        && !(shape.date && !is_dated_headline(shape)
            || shape.time
            || shape.counter
            || shape.byline
            || shape.label_prefix
                && shape.cue_hits() > 0
                && (shape.promo_label && !opens_over_byline(scored, i)
                    || shape.words < HEADLINE_WORDS)
            || shape.ends_colon)
        && !shape.link
}

/// The text's first line, over a byline or a photographer's credit: a page's
/// headline, even under its kind's label ("GALLERY: Russia pulls equipment
/// out of Syria" over "Photos by …"), where a label such as "READ MORE: …"
/// elsewhere opens a link.
fn opens_over_byline(scored: &[ScoredLine], i: usize) -> bool {
    i == 0
        && scored.get(1).is_some_and(|next| {
            let shape = &next.shape;
            is_credit_line(shape) || shape.cues[PHOTO] > 0 && shape.words <= BYLINE_WORDS
        })
}

/// Words of a headline that names a date ("Kabul airlift hits record pace as
/// US races toward Aug. 31 deadline"), at least: a stamp's words are fewer.
const DATED_HEADLINE_WORDS: usize = 8;

/// Share of digits in a headline that names a date, below: a stamp writes
/// its date in digits ("21/06/2014 Jane Roe All, Books, Reviews"), a
/// headline its month in words.
const DATED_HEADLINE_DIGITS: f32 = 0.1;

/// A long line with a date in it but no time, few digits, no cue of
/// furniture, some function words and no closing stop: a headline that names
/// a deadline or an anniversary, not a stamp.
fn is_dated_headline(shape: &Shape) -> bool {
    shape.words >= DATED_HEADLINE_WORDS
        && shape.digits < DATED_HEADLINE_DIGITS
        && !shape.date_alone
        && !shape.time
        && shape.cue_hits() == 0
        && shape.function > 0.0
        && !shape.ends_sentence
}

/// The headline over line `h`, when `h`, found as the headline above the
/// body, is its standfirst: a long line, under a shorter one of four words
/// or more shaped as a headline, with no cue and no full stop ("Russian
/// transport jets shuttle between Syria and Libya" over "Satellite images
/// show cargo planes lined up at Hmeimim and warships anchored off Tartus").
fn headline_over_standfirst(scored: &[ScoredLine], h: usize) -> Option<usize> {
    let i = h.checked_sub(1)?;
    let (above, standfirst) = (&scored[i].shape, &scored[h].shape);
    // Or any line shaped as a headline right under a byline or a stamp
    // ("Posted On: 28 APR 2023 8:41PM by PIB Delhi"), over its subheading.
    let under_byline = i
        .checked_sub(1)
        .is_some_and(|k| heads_the_story(&scored[k].shape));
    // A longer line over the standfirst is the headline only under the
    // section's trail ("World › Middle East"), not under a menu of stories.
    let under_trail = i.checked_sub(1).is_some_and(|k| {
        let trail = &scored[k].shape;
        trail.crumbs || trail.separators > 0 && trail.words <= LABEL_WORDS
    });
    let longest = if under_trail {
        standfirst.words * 2
    } else {
        standfirst.words
    };
    let shaped = standfirst.words >= STANDFIRST_WORDS
        && (4..longest).contains(&above.words)
        && above.cue_hits() == 0
        || under_byline && above.words > LABEL_WORDS;
    (shaped && !above.ends_sentence && !scored[i].duplicate && is_headline_line(scored, i))
        .then_some(i)
}

/// A byline or a stamp, which may stand over a page's headline.
fn heads_the_story(shape: &Shape) -> bool {
    is_credit_line(shape)
        || is_stamp(shape)
        || shape.cues[STAMP] > 0 && shape.words <= BYLINE_WORDS && !shape.ends_sentence
}

/// Words of a standfirst under a headline, at least.
const STANDFIRST_WORDS: usize = 8;

/// Words of the line under a byline that names its outlet ("The Daily
/// Star", "Staff Writer"), at most.
const OUTLET_WORDS: usize = 4;

/// Line `i` is a short line right under a byline: the byline's outlet or its
/// writer's role, not the headline.
fn names_the_bylines_outlet(scored: &[ScoredLine], i: usize) -> bool {
    i > 0
        && scored[i - 1].shape.byline
        && scored[i].shape.words <= OUTLET_WORDS
        && !scored[i].shape.ends_sentence
}

/// Names the kind of a boilerplate line from its shape.
fn kind_of(line: &ScoredLine, in_menu: bool) -> BoilerplateKind {
    let shape: &Shape = &line.shape;
    let cue = |class: usize| shape.cues[class] > 0;
    let separator_only =
        shape.capitalised + shape.function + shape.digits == 0.0 && shape.chars <= 3;
    if separator_only || shape.notice {
        BoilerplateKind::Other
    } else if line.duplicate && shape.words > 3 {
        BoilerplateKind::Duplicate
    } else if cue(PHOTO)
        && shape.words >= CAPTION_WORDS
        && shape.separators < MENU_SEPARATORS
        && !cue(COMMENTS)
        && !cue(SHARE)
        && !(cue(PROMO) && shape.label_prefix)
        && !is_stamp(shape)
    {
        // A stamp that names a picture is no caption ("Posted June 10, 2025
        // by … · Paid subscribers get the full-resolution image set"), nor a
        // menu with a "Photos" item ("Home | World | Photos | Videos"): a
        // caption is kept in the body.
        BoilerplateKind::Caption
    } else if cue(COMMENTS) {
        BoilerplateKind::Comments
    } else if cue(SUBSCRIBE) || cue(ACCOUNT) {
        BoilerplateKind::Paywall
    } else if shape.pager {
        BoilerplateKind::Navigation
    } else if cue(PROMO) && (shape.label_prefix || shape.words > 3) {
        BoilerplateKind::Link
    } else if shape.byline
        || cue(CREDIT)
        || cue(RIGHTS)
        || cue(STAMP)
        || cue(PHOTO) && shape.separators < MENU_SEPARATORS
    {
        BoilerplateKind::Credit
    } else if shape.separators > 0 && !cue(SHARE) || in_menu {
        BoilerplateKind::Navigation
    } else {
        BoilerplateKind::Other
    }
}

/// Separators of a menu's items, at least: a caption may end in one before
/// its credit ("… on Monday | Photo: AFP"), and a credit part its names with
/// two ("Jane Roe | Bloomberg | Getty Images").
const MENU_SEPARATORS: usize = 3;

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

/// A line of a list: a bullet, a star or a dash and a space before its words.
/// Words of a promotion's header without a colon ("Latest Headlines",
/// "Related stories"), at most.
const PROMO_HEADER_WORDS: usize = 3;

/// A promotion's header opens a list of links: a label with a colon ("READ
/// MORE:"), or after the story's first sentence a short furniture line of a
/// promotion's words ("Latest Headlines").
fn opens_promo_list(line: &ScoredLine, after_story: bool) -> bool {
    let shape = &line.shape;
    shape.cues[PROMO] > 0
        && (shape.ends_colon
            || after_story
                && line.score > 0.0
                && shape.words <= PROMO_HEADER_WORDS
                && !shape.ends_sentence)
}

/// Words of a comments' header ("Comments (3)", "Join the conversation"), at
/// most.
const COMMENTS_HEADER_WORDS: usize = 4;

/// Words of a reader's short comment or of its signature ("Jane D. — Dec 20,
/// 2024"), at most: a longer line may be the story's again.
const COMMENT_WORDS: usize = 12;

/// A comment's signature over it ("Helen M said...", "baltic_lurker says:"):
/// the comment under it is one, however long.
fn signs_a_comment(line: &str) -> bool {
    ["said...", "said…", "says:", "said:", "wrote:"]
        .iter()
        .any(|end| line.ends_with(end))
}

/// A comments' header: a short furniture line of the comments' words.
fn opens_comments(line: &ScoredLine) -> bool {
    let shape = &line.shape;
    shape.cues[COMMENTS] > 0
        && line.score > 0.0
        && shape.words <= COMMENTS_HEADER_WORDS
        && !shape.ends_sentence
}

/// Words of a headline in a list of links, at least and at most.
const LINK_HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 3..=16;

/// Share of digits in a link's headline, at most: a table's rows are figures.
const LINK_HEADLINE_DIGITS: f32 = 0.1;

/// A link's headline under a promotion's header: a few words, few digits,
/// mostly not in capitals (a table's header is) and no full stop.
fn is_headline_shaped(shape: &Shape) -> bool {
    LINK_HEADLINE_WORDS.contains(&shape.words)
        && shape.digits < LINK_HEADLINE_DIGITS
        && shape.all_caps < 0.5
        && !shape.ends_sentence
        && !shape.ends_question
}

/// Words of a line between a list's links, at most: a topic's tag
/// ("Taliban", "Ben Wallace"), a rank ("2") or a link's stamp ("1 day ago",
/// "Tuesday 25 April 2023 22:40, UK").
const BETWEEN_LINKS_WORDS: usize = 6;

/// A line of a list of links that is no headline: a tag or a rank, or a
/// stamp, of a day or a time or of how long ago ("3 hours ago"). None ends a
/// sentence or opens a label.
fn is_between_links(shape: &Shape, line: &str) -> bool {
    let stamp = shape.date || shape.time || line.trim_end().ends_with(" ago");
    !shape.ends_sentence
        && !shape.ends_colon
        && !shape.ends_question
        && (shape.words <= 2 || stamp && shape.words <= BETWEEN_LINKS_WORDS)
}

fn is_list_item(line: ByteSpan, text: &str) -> bool {
    let content = line.text(text);
    ["• ", "· ", "* ", "- ", "– "]
        .iter()
        .any(|marker| content.starts_with(marker))
}

/// A title line without its bullet, an e-mail's "Subject:" label (a
/// newsletter pasted from the mail), a label set apart by a gap ("LIVE") or
/// a thread's count of its posts ("1/12").
fn title_of(line: ByteSpan, text: &str) -> ByteSpan {
    let line = strip_bullet(line, text);
    let content = line.text(text);
    let title = match content
        .strip_prefix("Subject:")
        .map(str::trim_start)
        .or_else(|| shape::label_before_gap(content))
    {
        Some(title) => ByteSpan::new(line.end - title.len(), line.end),
        None => line,
    };
    // A thread's first post, without its count ("1/12").
    let uncounted = shape::without_post_count(title.text(text));
    ByteSpan::new(title.start, title.start + uncounted.len())
}

fn strip_bullet(line: ByteSpan, text: &str) -> ByteSpan {
    let content = line.text(text);
    let rest = content.trim_start_matches(['•', '·', '*', '-', '–', ' ']);
    ByteSpan::new(line.end - rest.len(), line.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARAGRAPH_ONE: &str = "The navy sent two frigates to the northern coast on Monday to help evacuate families from the flooded villages, officials said.";
    const PARAGRAPH_TWO: &str = "About 300 people boarded the ships at the small harbour, and more are expected to leave on Tuesday if the weather allows it.";
    const PARAGRAPH_THREE: &str = "The ministry said the operation would continue for as long as the roads to the villages stay closed to trucks and buses.";

    /// A page with `header` lines above the story and `footer` lines below it.
    fn page(header: &[&str], footer: &[&str]) -> String {
        let mut lines: Vec<&str> = vec!["Navy frigates evacuate families from flooded coast"];
        lines.extend(header);
        lines.extend([PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE]);
        lines.extend(footer);
        lines.join("\n\n")
    }

    /// Asserts that `headline` is the title of `text`, and stays in its body.
    fn assert_is_the_headline(text: &str, headline: &str) {
        assert_eq!(strip(text, &[]).title.map(|t| t.text(text)), Some(headline));
        assert_eq!(marked(text, headline), None);
    }

    fn kinds(text: &str) -> Vec<(BoilerplateKind, &str)> {
        strip(text, &[])
            .boilerplate
            .iter()
            .map(|b| (b.kind, b.span.text(text)))
            .collect()
    }

    fn marked(text: &str, line: &str) -> Option<BoilerplateKind> {
        kinds(text)
            .into_iter()
            .find(|(_, span)| span.lines().any(|l| l.trim() == line))
            .map(|(kind, _)| kind)
    }

    fn body_lines(text: &str) -> Vec<&str> {
        strip(text, &[]).body.iter().map(|b| b.text(text)).collect()
    }

    #[test]
    fn a_headline_before_its_series_label_is_the_headline() {
        let headline = "Hostilities in the Gaza Strip and Israel | Flash Update #14";
        let text = format!(
            "United Nations Office for the Coordination of Humanitarian Affairs\n\
             occupied Palestinian territory\n\n{headline}\n\
             Issued: 8 November 2023, 18:00 (Jerusalem time)\n\n\
             This update covers the period from 6 November (15:00) to 8 November (15:00). \
             Figures are provisional and will be revised as more information becomes available.\n\n\
             KEY FIGURES\n\
             • 1,100+ foreign passport holders and dual nationals exited through Rafah since 1 November\n\
             • 76 injured or sick Palestinians transferred to Egypt for treatment on 1 November\n\
             • 675 trucks with humanitarian supplies entered Gaza since 21 October\n\n\
             Several hundred foreign nationals registered with their embassies are still \
             waiting in southern Gaza, most of them in Rafah and Khan Younis.\n"
        );
        assert_is_the_headline(&text, headline);
        // A menu's bars stay separators.
        assert!(!Shape::of("Hostilities in Gaza and Israel | World | Middle East").label_gap);
    }

    #[test]
    fn a_paywalls_offer_is_the_paywalls() {
        let text = "Paris evacuates nationals from Niger\n\nBy Jean Martin\n\n\
            France began evacuating its citizens from Niger on Tuesday after the coup, the foreign ministry said. \
            About 600 people were flown out on the first flights to Paris.\n\n\
            Subscribe to continue reading\n\n\
            Get unlimited access to quality journalism for just £1 for 3 months. Cancel anytime.\n\n\
            [Subscribe now]\n\n\
            The ministry said more flights would follow on Wednesday, and that Italy and Spain had asked for seats.\n";
        let offer =
            "Get unlimited access to quality journalism for just £1 for 3 months. Cancel anytime.";
        assert_eq!(marked(text, offer), Some(BoilerplateKind::Paywall));
    }

    #[test]
    fn a_live_entry_s_heading_with_figures_keeps_its_entry_the_story() {
        let text = "Skip to main content\nLIVE | Europe | World | Video | Search\n\n\
            LIVE: refugees cross into the border town\n\n\
            Last updated: 8 March 2022, 18:47 EET\n\n---\n\n\
            18:47 EET\nOfficials say 230,000 have crossed since the war began\n\n\
            The border police say 230,457 people have entered the country since February, of whom about 96,000 remain.\n\n\
            Share  |  Link to this post\n\n---\n\n\
            15:30 EET\nQueue at the crossing stretches for kilometres\n\n\
            Our correspondent reports that cars are backed up for at least 8 km, with some families saying they waited more than 20 hours.\n\n---\n\n\
            09:58 EET\nOvernight: 12,000 crossed\n\n\
            Border police said 12,380 people crossed in the 24 hours to 8am, fewer than the day before.\n\n\
            Yesterday, officials said a humanitarian corridor from the southern town had been agreed, but buses were not able to leave.\n\n---\n\n\
            08:15 EET\nWelcome to our live coverage\n\n\
            Good morning. We will bring you the latest from the border throughout the day.\n\n---\n\n\
            Sign up for our Europe Briefing newsletter\nEmail address  [Subscribe]";
        let body = body_lines(text);
        for line in [
            "Officials say 230,000 have crossed since the war began",
            "Overnight: 12,000 crossed",
            "Yesterday, officials said a humanitarian corridor from the southern town had been agreed, but buses were not able to leave.",
        ] {
            assert!(body.contains(&line), "{line}");
        }
    }

    #[test]
    fn an_encyclopedia_s_tagline_is_furniture_under_the_article_s_title() {
        let title = "Naval evacuation of the northern coast (2024–2025)";
        let text = [
            title,
            "From Wikipedia, the free encyclopedia",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            PARAGRAPH_THREE,
        ]
        .join("\n");
        assert_eq!(strip(&text, &[]).title.map(|t| t.text(&text)), Some(title));
        assert!(marked(&text, "From Wikipedia, the free encyclopedia").is_some());
    }

    #[test]
    fn a_threads_posts_counted_at_their_ends_are_the_story() {
        let posts = [
            "Thread: the navy is moving ships out of the northern port, and the images from this week show it clearly. 1/4",
            "Two frigates left the harbour on Tuesday with their escorts, and a tanker followed them the next morning. 2/4",
            "A landing ship is still alongside the pier, and trucks were seen queuing at the gate on Wednesday. 3/4",
            "The base could be empty within a month at this pace, though the ministry has said nothing yet. 4/4",
        ];
        let text = format!(
            "Post\n\nJana Holm\n@jholm_maps\n{}\n8:02 PM · Dec 14, 2024 · 48.1K Views\n\
             412 Reposts  51 Quotes  1.9K Likes\n\n\
             Jana Holm @jholm_maps · Dec 14\n{}\nShow more\n\n\
             Jana Holm @jholm_maps · Dec 14\n{}\n\n\
             Jana Holm @jholm_maps · Dec 14\n{}\nShow more\n\nLog in\nSign up",
            posts[0], posts[1], posts[2], posts[3]
        );
        let body = body_lines(&text);
        for post in posts {
            assert!(body.contains(&post), "{post}");
        }
        let title = strip(&text, &[]).title.map(|t| t.text(&text));
        assert_eq!(title, posts[0].strip_suffix(" 1/4"));
    }

    #[test]
    fn an_editors_note_on_a_correction_is_furniture_wherever_it_stands() {
        let notes = [
            "• This article was amended on 19 December 2024 to correct the number of people on Tuesday's flight. It was 114, not 141 as an earlier version said.",
            "(Corrects number of countries in paragraph 2 to more than 20 from 10)",
            "Editor's note: This story was updated at 5:45 p.m. to include details from the ministry's briefing on the evacuation flights.",
            "Correction, Nov. 15, 2019: An earlier version of this article misstated the number of ships that took part in the evacuation.",
        ];
        for note in notes {
            let text = page(&[note], &[]);
            assert_eq!(marked(&text, note), Some(BoilerplateKind::Other), "{note}");
            let text = page(&[], &[note]);
            assert_eq!(marked(&text, note), Some(BoilerplateKind::Other), "{note}");
        }
        // A sentence of the story that speaks of corrections is no note.
        let text = page(&[], &["Correction officers at the port counted about 300 families boarding the ships before the storm closed the harbour."]);
        assert_eq!(marked(&text, "Correction officers at the port counted about 300 families boarding the ships before the storm closed the harbour."), None);
    }

    #[test]
    fn a_channels_posts_under_marked_stamps_are_the_story() {
        let posts = [
            "Column of about 40 vehicles seen on the M4 highway heading west from Homs towards the coast. Flags removed from the trucks.",
            "The Ministry of Defence has said nothing official yet. Two days after Damascus fell, the question in every chat is the same: are we staying at Hmeimim or not?",
            "A convoy from the Kuweires airfield near Aleppo reached Hmeimim air base overnight, with about 30 trucks.",
        ];
        let mut lines =
            vec!["Levant Watch | English (translated)\nchannel · 48,912 subscribers".to_string()];
        for (k, post) in posts.iter().enumerate() {
            lines.push(format!(
                "🔴 10 December 2024, 0{}:15\n{post}\n👁 27.9K  ↪ 148",
                k + 7
            ));
        }
        let text = lines.join("\n\n");
        let body = body_lines(&text);
        for post in posts {
            assert!(body.contains(&post), "{post}");
        }
    }

    #[test]
    fn a_live_pages_entries_keep_their_headings_and_paragraphs() {
        let entries = [
            (
                "19:15 GMT",
                "Satellite picture shows ships away from Tartus quay",
                "Posted by Tom Ellery",
                "A commercial satellite image taken on Sunday morning appears to show that at least three Russian warships have moved out of the inner harbour at Tartus.",
            ),
            (
                "16:50 GMT",
                "Lavrov: \"We are following events closely\"",
                "Posted by Daria Lenk",
                "Speaking in Doha on Saturday, Foreign Minister Sergei Lavrov said it was \"inadmissible\" for armed groups to seize territory, and the ministry struck a different tone today.",
            ),
            (
                "14:05 · updated 14:40",
                "Crowds in Umayyad Square",
                "Posted by Karim Haddad in Beirut",
                "Video verified by our team shows hundreds of people celebrating in Umayyad Square in central Damascus, and some fired weapons into the air.",
            ),
        ];
        // The page's headline is over its first entry, not that entry's heading.
        let headline = "Syria latest: Assad flees Damascus as rebels take the capital";
        let mut lines = vec!["Skip to main content", headline, "Updated 2 hours ago"];
        for (time, heading, byline, paragraph) in entries {
            lines.extend([time, heading, byline, paragraph]);
        }
        lines.insert(7, "Read more: Why Tartus matters to Moscow");
        let text = lines.join("\n\n");
        assert_eq!(
            strip(&text, &[]).title.map(|t| t.text(&text)),
            Some(headline)
        );
        let body = body_lines(&text);
        for (time, heading, byline, paragraph) in entries {
            assert!(
                body.contains(&heading) && body.contains(&paragraph),
                "{heading}"
            );
            assert!(!body.contains(&time) && !body.contains(&byline), "{time}");
        }
        assert!(!body.contains(&"Read more: Why Tartus matters to Moscow"));
    }

    #[test]
    fn a_live_entry_under_a_greeting_is_the_story_over_the_footer() {
        // The oldest entry sits at the bottom, over the footer, under a
        // heading of two words.
        let entries = [
            ("14:47", "Thai workers among worst affected", "Thailand has confirmed that 21 Thai nationals were killed in the attacks. The air force sent an Airbus A340 to Tel Aviv on Thursday, which brought back 15 workers."),
            ("12:20", "France organises charter flights", "France says Air France will operate flights from Tel Aviv to Paris on Sunday and Monday for French nationals and their families, the foreign minister said."),
            ("10:05", "Canada's first flights arrive in Athens", "The Royal Canadian Air Force flew 281 people from Tel Aviv to Athens in two flights on Thursday, the foreign minister told reporters in Ottawa."),
            ("08:00", "Good morning", "Welcome to our live coverage of the war. It is now six days since the fighters crossed into southern Israel on 7 October, and about 1.1 million people have been told to move south."),
        ];
        let rule = "------------------------------------------------------------";
        let mut lines = vec!["Israel-Gaza live: foreign governments fly their citizens out"];
        for (time, heading, paragraph) in entries {
            lines.extend([rule, time, heading, paragraph]);
        }
        lines.extend([
            rule,
            "Sign up for our Middle East newsletter",
            "Get the latest updates straight to your inbox. Sign up",
            "Related",
            "Israel orders evacuation of northern Gaza",
            "Share this page  Facebook  X  WhatsApp  Copy link",
            "Copyright 2023. All rights reserved. Terms of Use | Privacy Policy",
        ]);
        let text = lines.join("\n\n");
        let body = body_lines(&text);
        for (_, heading, paragraph) in entries {
            assert!(
                body.contains(&heading) && body.contains(&paragraph),
                "{heading}"
            );
        }
    }

    #[test]
    fn notes_and_references_under_the_story_cite_its_sources() {
        let notes = [
            "1. Interview with a former Black Sea Fleet officer, Sevastopol, May 2013.",
            "2. Author's count based on ship-spotting data from the Bosphorus, 2016.",
            "3. Turkish Ministry of Foreign Affairs, statement of 28 February 2022.",
        ];
        let references = [
            "Kofman, M. (2018). Russian Naval Strategy in the Mediterranean. Arlington: CNA. Retrieved 3 March 2025.",
            "Barry, Ellen (21 January 2013). \"Russia to fly citizens home\". The New York Times.",
            "\"Russian Navy ships leave Tartus\". Covert Shores. Retrieved 3 March 2025.",
        ];
        let text = [
            &[PARAGRAPH_ONE, PARAGRAPH_TWO, "Notes"][..],
            &notes,
            &["References"],
            &references,
        ]
        .concat()
        .join("\n\n");
        for line in notes.iter().chain(&references) {
            assert_eq!(marked(&text, line), Some(BoilerplateKind::Link), "{line}");
        }
        // A story's sentence that opens with a surname and a year in brackets
        // is none.
        let sentence = "Kofman, who wrote a study (2018) of the fleet, said the ships would leave.";
        assert!(!cites_a_source(sentence));
        // Nor one that opens with the participle.
        for sentence in [
            "Retrieved from the sea on Monday, the wreck was towed to Tartus.",
            "The boat sank. Retrieved from the water, its crew were taken to Latakia.",
        ] {
            assert!(!cites_a_source(sentence), "{sentence}");
        }
        let text = [
            PARAGRAPH_ONE,
            "1. The first ship left on Monday, officials said.",
            PARAGRAPH_TWO,
        ]
        .join("\n\n");
        assert_eq!(
            marked(&text, "1. The first ship left on Monday, officials said."),
            None
        );
    }

    #[test]
    fn a_transcript_s_speeches_are_the_story_under_their_speakers() {
        let speeches = [
            "I am grateful. The Russians have about 4,000 personnel in Syria, as I understand it, and they are moving many of them to Libya.",
            "The right hon. Gentleman makes an important point. We are watching Libya closely.",
            "Does my hon. Friend agree that a withdrawal from Tartus would be the first time since 1971 that Russia had no base there?",
            "My hon. Friend is right. Tartus is the only naval repair facility Russia has in the Mediterranean.",
            "Will the Minister give way?",
            "I will in a moment.",
        ];
        let speakers = [
            "Sir Iain Duncan Smith",
            "Mr Falconer",
            "Emily Thornberry (Islington South and Finsbury) (Lab)",
            "Mr Falconer",
            "Sir Iain Duncan Smith",
            "Mr Falconer",
        ];
        let mut lines = vec![
            "Hansard - UK Parliament",
            "Home > Commons > Syria: Russian Military Bases",
            "Volume 759: debated on Monday 16 December 2024",
            "3.31 pm",
        ];
        for (speaker, speech) in speakers.iter().zip(&speeches) {
            lines.extend([*speaker, *speech]);
        }
        lines.extend(["3.58 pm", "Share this debate   |   Print"]);
        let text = lines.join("\n\n");
        let body = body_lines(&text);
        for speech in &speeches {
            assert!(body.contains(speech), "{speech}");
        }
    }

    #[test]
    fn a_comment_under_its_signature_is_a_comment_however_long() {
        let comment = "Lovely piece, Richard. I was in Beirut in January 2013 and remember the Russian buses heading for the airport every morning.";
        let text = [
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            "12 comments:",
            "Helen M said...",
            comment,
            "22 December 2024 at 19:02",
            "Post a Comment",
        ]
        .join("\n\n");
        assert_eq!(marked(&text, comment), Some(BoilerplateKind::Comments));
    }

    #[test]
    fn weights_name_every_feature() {
        assert!(Weights::parse(crate::lexicon::BOILERPLATE_WEIGHTS).is_ok());
        assert!(Weights::parse("1\tbias\t1.0\n").is_err());
    }

    #[test]
    fn marks_bylines_with_dates_and_times() {
        let byline = "By Jane Roe | Published: 10:48, Tue, Nov 19, 2019 | Updated 11:02";
        let text = page(&[byline], &[]);
        assert_eq!(marked(&text, byline), Some(BoilerplateKind::Credit));
        // The publication date reads it from the text itself, not from the body.
        assert!(!body_lines(&text)
            .iter()
            .any(|l| l.contains("Jane Roe") || l.contains("Nov 19")));
    }

    #[test]
    fn marks_every_item_of_a_list_of_links_under_a_promotion() {
        let first = "* Coast floods: roads closed as rain goes on";
        let second = "* Three confirmed dead as the coast counts the cost of the storm";
        let text = [
            "Navy frigates bring 966 evacuees home from the flooded coast",
            PARAGRAPH_ONE,
            "READ MORE:",
            first,
            second,
            PARAGRAPH_TWO,
            PARAGRAPH_THREE,
        ]
        .join("\n\n");
        assert!(marked(&text, first).is_some());
        assert_eq!(marked(&text, second), Some(BoilerplateKind::Link));
        assert!(body_lines(&text)
            .iter()
            .any(|l| l.contains("About 300 people")));
    }

    #[test]
    fn marks_the_headlines_under_a_label_of_latest_stories() {
        let first = "Iraqi Kurds press the capital for heavier weapons";
        let second = "Aid agencies urge protection for the religious minorities";
        let text = [
            "Navy frigates bring 966 evacuees home from the flooded coast",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            PARAGRAPH_THREE,
            "Latest Headlines",
            first,
            second,
            "© 2014 United Press International, Inc. All Rights Reserved.",
        ]
        .join("\n");
        assert_eq!(marked(&text, first), Some(BoilerplateKind::Link));
        assert_eq!(marked(&text, second), Some(BoilerplateKind::Link));
        let read_next = text.replace("Latest Headlines", "Read Next");
        assert_eq!(marked(&read_next, second), Some(BoilerplateKind::Link));
        // Above the story the same shapes are the page's headline and menus.
        let story_below = [
            "Latest",
            "Navy frigates bring 966 evacuees home from the flooded coast",
            PARAGRAPH_ONE,
        ]
        .join("\n\n");
        assert!(body_lines(&story_below)
            .iter()
            .any(|l| l.starts_with("Navy frigates")));
    }

    #[test]
    fn the_outlet_under_a_byline_is_no_headline() {
        let text = [
            "Russian families cross the border as the airlift reaches three flights",
            "",
            "Jan. 24, 2013 12:41 AM",
            "By Rima Saade",
            "The Daily Star",
            "",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
        ]
        .join("\n");
        let title = strip(&text, &[]).title.map(|t| t.text(&text));
        assert_eq!(
            title,
            Some("Russian families cross the border as the airlift reaches three flights")
        );
    }

    #[test]
    fn marks_the_stamps_ranks_and_tags_between_the_links_of_a_list() {
        let text = [
            "Navy frigates bring 966 evacuees home from the flooded coast",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            PARAGRAPH_THREE,
            "Most Read",
            "1",
            "Iraqi Kurds press the capital for heavier weapons",
            "Tuesday 25 April 2023 22:40, UK",
            "2",
            "Aid agencies urge protection for the religious minorities",
            "3 hours ago",
            "Taliban",
            "© 2014 United Press International, Inc. All Rights Reserved.",
        ]
        .join("\n");
        for line in [
            "1",
            "Tuesday 25 April 2023 22:40, UK",
            "2",
            "3 hours ago",
            "Taliban",
        ] {
            assert!(marked(&text, line).is_some(), "{line}");
        }
        assert_eq!(
            marked(
                &text,
                "Aid agencies urge protection for the religious minorities"
            ),
            Some(BoilerplateKind::Link)
        );
    }

    #[test]
    fn marks_the_short_lines_under_a_comments_header_after_the_story() {
        let text = [
            "Navy frigates bring 966 evacuees home from the flooded coast",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            PARAGRAPH_THREE,
            "Comments (2)",
            "About time.",
            "Sergei P. \u{2014} Dec 21, 2024",
        ]
        .join("\n");
        assert_eq!(
            marked(&text, "About time."),
            Some(BoilerplateKind::Comments)
        );
        assert!(marked(&text, "Sergei P. \u{2014} Dec 21, 2024").is_some());
        assert!(body_lines(&text)
            .iter()
            .any(|l| l.starts_with(&PARAGRAPH_THREE[..20])));
    }

    #[test]
    fn keeps_a_long_first_sentence_after_a_caption_in_the_story() {
        let opening = "Russia appears to have moved several warships out of its naval base at \
                       Tartus in Syria, satellite images show, days after rebels ousted \
                       President Bashar al-Assad.";
        let text = [
            "Share\nSave",
            "Image source: Maxar Technologies\n\
             Image caption, Satellite images show Russian ships moored off Tartus on 10 December",
            opening,
            "Images taken on Tuesday show that the vessels, including two frigates and a \
             submarine, are now anchored about 13km (8 miles) off the coast.",
            "The Kremlin said on Monday it was too early to talk about the future of its \
             military bases in Syria.",
            "Russia has used Tartus since 1971. In 2017 it signed a 49-year lease with the \
             Assad government.",
        ]
        .join("\n\n");
        assert_eq!(marked(&text, opening), None);
    }

    #[test]
    fn keeps_a_list_of_facts_inside_the_story() {
        let items = [
            "- 538 people evacuated",
            "- 5 military flights",
            "- 2 frigates",
        ];
        let mut lines = vec![
            "Navy frigates bring 966 evacuees home from the flooded coast",
            PARAGRAPH_ONE,
            "Key figures at 18:00:",
        ];
        lines.extend(items);
        lines.extend([PARAGRAPH_TWO, PARAGRAPH_THREE]);
        let text = lines.join("\n\n");
        let body = body_lines(&text);
        for line in items
            .iter()
            .chain(&["Key figures at 18:00:", PARAGRAPH_ONE])
        {
            assert!(body.contains(line), "{line} in {body:?}");
        }
    }

    #[test]
    fn marks_a_stamp_with_a_reading_time_whatever_its_score() {
        let stamp = "Nov 18, 2019 at 9:24 pm ET • 2 min read";
        let text = [
            "Navy frigates bring 966 evacuees home from the flooded coast",
            stamp,
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            PARAGRAPH_THREE,
        ]
        .join("\n");
        assert!(marked(&text, stamp).is_some());
        assert!(!is_stamp(&Shape::of("LONDON 1996-08-30")));
    }

    #[test]
    fn marks_a_date_or_a_time_alone_on_its_line() {
        for stamp in [
            "May 20, 2024 at 11:42 AM",
            "29 January 2025 13:42",
            "Sept 11, 2023",
            "Thu 2 Nov 2023 17.42 GMT",
        ] {
            let text = page(&["By Marisa Kellerman", stamp], &[]);
            assert!(marked(&text, stamp).is_some(), "{stamp}");
            let text = page(&[], &[stamp]);
            assert!(marked(&text, stamp).is_some(), "{stamp}");
        }
        assert!(!Shape::of("Talks resume on Monday, March 3.").date_alone);
    }

    #[test]
    fn a_furniture_line_repeated_down_the_page_is_no_headline() {
        let promo = "Continue reading the main story";
        let text = [
            "Advertisement",
            promo,
            "Opinion",
            promo,
            "Navy frigates bring 966 evacuees home from the flooded coast",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            PARAGRAPH_THREE,
            promo,
        ]
        .join("\n\n");
        let cleaned = strip(&text, &[]);
        assert_eq!(
            cleaned.title.map(|t| t.text(&text)),
            Some("Navy frigates bring 966 evacuees home from the flooded coast")
        );
        assert!(!body_lines(&text).contains(&promo));
    }

    #[test]
    fn marks_reading_times_and_counters() {
        let text = page(&["4 min read · 1,204 views"], &[]);
        assert!(marked(&text, "4 min read · 1,204 views").is_some());
    }

    #[test]
    fn marks_a_trail_or_a_counter_whatever_its_score() {
        // Between the story's lines of a text without blank lines, the trail
        // scores as body; its shape alone makes it furniture.
        let trail = "World > Middle East > Coast";
        let text = [
            "Navy frigates bring 966 evacuees home from the flooded coast",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            trail,
            PARAGRAPH_THREE,
        ]
        .join("\n");
        assert!(score_lines(&text)[3].score <= 0.0);
        assert_eq!(marked(&text, trail), Some(BoilerplateKind::Navigation));
        // So does a short counter line.
        let text = text.replace(trail, "3 min read");
        assert!(score_lines(&text)[3].score <= 0.0);
        assert!(marked(&text, "3 min read").is_some());
    }

    #[test]
    fn marks_breadcrumbs_as_navigation() {
        let text = page(&["World > Europe > Coast"], &[]);
        assert_eq!(
            marked(&text, "World > Europe > Coast"),
            Some(BoilerplateKind::Navigation)
        );
    }

    #[test]
    fn marks_share_rows_and_copyright() {
        let share = "Share this story: Facebook · X · WhatsApp · Email";
        let copyright = "© 2024 The Daily Example. All rights reserved.";
        let text = page(&[], &[share, copyright]);
        assert!(marked(&text, share).is_some());
        assert_eq!(marked(&text, copyright), Some(BoilerplateKind::Credit));
    }

    #[test]
    fn keeps_captions_with_credits_in_the_body() {
        let caption = "Families wait on the quay for the frigate to dock at the harbour. (Photo: Jane Roe/AFP)";
        let text = page(&[caption], &[]);
        let cleaned = strip(&text, &[]);
        assert!(cleaned.body.iter().any(|b| b.text(&text) == caption));
        if let Some(kind) = marked(&text, caption) {
            assert_eq!(kind, BoilerplateKind::Caption);
        }
    }

    #[test]
    fn keeps_key_points_above_the_story_and_marks_a_list_of_headlines() {
        let key_points = [
            "Key points",
            "• The Kremlin says it is too early to discuss the fate of the bases",
            "• Rebels led by Hayat Tahrir al-Sham (HTS) took Damascus early on Sunday",
            "* Some 100 people expected on board, officials say",
            "- Satellite photos show Russian warships leaving Tartus",
        ];
        let headlines = [
            "Most read",
            "• Apple Stops Signing iOS 13.2 Following Launch of iOS 13.2.2 (23)",
            "• Deals Spotlight: 16-Inch MacBook Pro Gets $100 Discount at Best Buy",
        ];
        let text = page(&key_points, &headlines);
        let body = body_lines(&text);
        for point in &key_points[1..] {
            assert!(body.contains(point), "{point}");
        }
        for headline in &headlines[1..] {
            assert!(marked(&text, headline).is_some(), "{headline}");
        }
    }

    #[test]
    fn a_key_point_that_names_photos_is_no_caption() {
        // A live page's key events over its entries, one per line: one
        // bullet tells of satellite photos, a cue of captions, and is still a
        // key point.
        let page = [
            "Skip to main content",
            "World | Middle East | Europe | Business | Opinion | Video",
            "Sign in   Subscribe",
            "",
            "LIVE",
            "Syria latest: Assad flees to Moscow as rebels take Damascus; Russia's bases in doubt",
            "",
            "Updated 9 December 2024, 11:05 GMT",
            "By Helen Marsh, Tom Okafor and Daria Levchenko in London",
            "",
            "Share on X   Share on Facebook   Copy link",
            "",
            "Key events",
            "- Rebels led by Hayat Tahrir al-Sham enter Damascus",
            "- Kremlin says Assad and family granted asylum in Russia",
            "- Satellite photos show Russian warships leaving Tartus",
            "- Moscow seeks guarantees for Hmeimim air base",
            "",
            "Live updates",
            "",
            "9 December 2024",
            "",
            "10:48 GMT",
            "Kremlin: \"too early\" to discuss future of bases",
            "",
            "Kremlin spokesman Dmitry Peskov told reporters on Monday that it was \"too early to talk about\" whether Russia would keep its military presence in Syria. \"Everything will be the subject of discussion with those who will be in power,\" he said, adding that President Vladimir Putin had personally taken the decision to shelter Mr Assad.",
            "",
            "09:31 GMT",
            "Ships sighted off Tartus",
            "",
            "Commercial satellite images taken on Monday morning by Maxar Technologies show at least three Russian ships anchored several kilometres off the coast, rather than at the pier in Tartus. A frigate of the Admiral Grigorovich class and the tanker Yelnya appear among them, analysts said.",
            "",
            "Photo: A Russian Il-76 transport plane on the apron at Hmeimim on Sunday. (Planet Labs PBC via AP)",
            "",
            "08:15 GMT",
            "Our correspondent in Beirut, Sami Haddad, writes:",
            "",
            "Traffic on the Damascus–Beirut highway has been heavy since dawn. Border officials at Masnaa told me that about 4,000 people crossed into Lebanon overnight, most of them Syrians but also a handful of Russian-speaking families who said they had worked for state contractors.",
            "",
            "Read more: Who are the rebels who toppled Assad in 11 days?",
        ];
        let text = page.join("\n");
        let point = "- Satellite photos show Russian warships leaving Tartus";
        assert_eq!(marked(&text, point), None);
    }

    #[test]
    fn keeps_a_box_of_key_figures_and_marks_a_ranked_list() {
        let figures = [
            "KEY FIGURES",
            "884,000 people in need",
            "38,640 displaced",
            "$71.4 million flash appeal",
        ];
        let ranked = ["Most read", "1 Ferry sinks off Crete", "2 Storm hits Derna"];
        let text = page(&figures, &ranked);
        let body = body_lines(&text);
        for line in &figures[1..] {
            assert!(body.contains(line), "{line}");
        }
        for line in &ranked[1..] {
            assert!(marked(&text, line).is_some(), "{line}");
        }
    }

    #[test]
    fn keeps_a_list_of_sums_that_names_label() {
        let pledges = [
            "- European Union: €2.5bn (2025–26)",
            "- Germany: €300m",
            "- United Kingdom: up to £120m",
            "- Japan: ¥4.6bn",
            "- World Bank: up to $1bn in loans",
        ];
        let text = page(&[], &pledges);
        let body = body_lines(&text);
        for line in &pledges {
            assert!(body.contains(line), "{line}");
        }
    }

    #[test]
    fn keeps_a_table_pasted_as_lines_and_marks_a_market_ticker() {
        let rows = [
            "Russia - 362",
            "Belarus - 41",
            "Afghanistan (family members) - 6",
            "By sea to Jeddah: about 940",
            "Total: 1,846",
        ];
        let text = [PARAGRAPH_ONE, &rows.join("\n"), PARAGRAPH_TWO].join("\n\n");
        let body = body_lines(&text);
        for line in &rows {
            assert!(body.contains(line), "{line}");
        }
        // The sentence that introduces them is the story's too.
        let intro = "The ministry published the following breakdown of the evacuees:";
        let text = [PARAGRAPH_ONE, intro, &rows.join("\n"), PARAGRAPH_TWO].join("\n\n");
        assert!(body_lines(&text).contains(&intro));
        let ticker = ["Sensex: 40627.23+157.53", "Nifty: 11991.8+51.7"];
        let text = page(&ticker, &[]);
        for line in &ticker {
            assert!(marked(&text, line).is_some(), "{line}");
        }
    }

    #[test]
    fn keeps_a_subheading_after_a_line_of_the_story() {
        let header = [
            "884,000 people in need",
            "38,640 displaced",
            "Situation overview",
        ];
        let text = page(&header, &[]);
        assert!(body_lines(&text).contains(&"Situation overview"));
        // A date alone there is a stamp.
        let text = page(
            &["884,000 people in need", "38,640 displaced", "July 2, 2018"],
            &[],
        );
        assert!(marked(&text, "July 2, 2018").is_some());
    }

    #[test]
    fn marks_a_copyright_line_without_its_sign() {
        // The end of a translated agency report, after long paragraphs that
        // the line reads like.
        let text = [
            "According to the Ministry of the Russian Federation for Civil Defence, Emergencies and Elimination of Consequences of Natural Disasters (EMERCOM of Russia), the department is ready, if necessary, to organise the return of Russian citizens from Syria, as it did in 2013, when aircraft of the ministry took out more than 1,000 people through the airports of Latakia and Beirut.",
            "The Ministry of Defence of the Russian Federation has not commented on reports of the redeployment of equipment from the Khmeimim airbase. Earlier, the Ukrainian and Western media, citing satellite images, reported that no fewer than two An-124 Ruslan heavy transport aircraft had arrived at the base.",
            "On December 8, armed opposition groups entered Damascus. The Syrian army command announced the end of the rule of Bashar Assad, who had led the country since 2000. Russian Foreign Minister Sergey Lavrov earlier held consultations in Doha with his counterparts from Turkey and Iran within the framework of the Astana format.",
            "* The organisation is recognised as terrorist and is banned in the Russian Federation.",
            "Translated by the news service. TASS news agency. All rights reserved.",
        ]
        .join("\n\n");
        let footer = "Translated by the news service. TASS news agency. All rights reserved.";
        assert_eq!(marked(&text, footer), Some(BoilerplateKind::Credit));
        // A wire's formula after the reservation, and a broadcaster's that
        // forbids copies, under the story's paragraphs.
        for footer in [
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
            "This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be reproduced.",
        ] {
            let text = [PARAGRAPH_ONE, PARAGRAPH_TWO, footer].join("\n\n");
            assert_eq!(marked(&text, footer), Some(BoilerplateKind::Credit), "{footer}");
        }
        // A line that ends in letters beyond ASCII is read whole, not cut.
        let copyright = "© 2024 Ташкентская правда, все права защищены, üb";
        assert!(marked(&page(&[], &[copyright]), copyright).is_some());
    }

    #[test]
    fn a_skip_link_above_the_headline_is_no_title() {
        // A page pasted whole: its skip link, menu, cookie banner and section
        // above the headline, with single line breaks.
        let text = [
            "Skip to main content",
            "Home | World | UK | Business | Middle East | Europe | Sport | Opinion | Video",
            "Search",
            "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies. Accept all | Manage settings",
            "Middle East",
            "Russia flies first evacuees out of Syria via Lebanon",
            "22 January 2013 Last updated at 16:47 GMT",
            "Two Russian government planes carrying 77 people who fled the fighting in Syria landed at Moscow's Domodedovo airport on Tuesday evening, the Emergencies Ministry said.",
            "",
            "The aircraft, an Ilyushin-62 and a Tupolev Tu-154, had picked up the passengers in Beirut after they crossed the Lebanese border by road from Damascus in a convoy of buses. Most were women and children, a ministry spokeswoman, Irina Rossius, told the Interfax news agency. Citizens of Ukraine, Belarus and Moldova were also on board.",
        ]
        .join("\n");
        assert!(marked(&text, "Skip to main content").is_some());
        assert_eq!(
            strip(&text, &[]).title.map(|t| t.text(&text)),
            Some("Russia flies first evacuees out of Syria via Lebanon")
        );
    }

    #[test]
    fn marks_menus_of_short_items() {
        let menu = ["Home", "World", "Business", "Sport", "Weather", "Video"];
        let text = page(&menu, &menu);
        for item in menu {
            assert!(marked(&text, item).is_some(), "{item}");
        }
        assert_eq!(
            strip(&text, &[]).title.map(|t| t.text(&text)),
            Some("Navy frigates evacuate families from flooded coast")
        );
    }

    #[test]
    fn keeps_a_table_with_bars_or_tabs_between_its_cells_and_marks_menus() {
        let barred = [
            "Date    | Crossing       | Agency  | Trucks | Tonnes",
            "11 Dec  | Bab al-Hawa    | WFP     | 48     | 960",
            "12 Dec  | Bab al-Salam   | UNHCR   | 35     | 410",
            "TOTAL   |                |         | 83     | 1,370",
        ];
        let parted =
            |by: &str| barred.map(|row| row.split('|').map(str::trim).collect::<Vec<_>>().join(by));
        let menus = [
            "Home | World | Business | Sport | Video",
            "News | Opinion | Culture | Travel | Podcasts",
        ];
        // A table pasted from a PDF: cells apart by runs of spaces (its total,
        // with empty cells, has fewer parts than its rows and is left out).
        let spaced = parted("      ")[..3].to_vec();
        for rows in [
            barred.map(String::from).to_vec(),
            parted("\t").to_vec(),
            spaced,
        ] {
            let text = [
                menus[0],
                PARAGRAPH_ONE,
                &rows.join("\n"),
                PARAGRAPH_TWO,
                menus[1],
            ]
            .join("\n\n");
            let body = body_lines(&text);
            for line in &rows {
                assert!(body.contains(&line.as_str()), "{line}");
            }
            for line in menus {
                assert!(marked(&text, line).is_some(), "{line}");
            }
        }
        // Links parted by dots, with their counts, are no table.
        let links = [
            "Floods close the coast road · World · 12",
            "Ferry service resumes · Europe · 30",
            "Schools reopen after storm · Local · 7",
        ];
        let text = page(&[], &[&format!("More stories\n{}", links.join("\n"))]);
        for line in links {
            assert!(marked(&text, line).is_some(), "{line}");
        }
    }

    #[test]
    fn a_labelled_link_to_pictures_is_a_link_not_a_caption() {
        let link = "Watch: Satellite images show Russian ships off Syria - 12 December";
        let text = [
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            "More on this story",
            link,
            PARAGRAPH_THREE,
        ]
        .join("\n\n");
        assert_eq!(marked(&text, link), Some(BoilerplateKind::Link));
    }

    #[test]
    fn an_emails_subject_is_the_title() {
        let text = [
            "From: Crisis Watch Weekly <newsletter@crisiswatch.example>",
            "Subject: Derna floods, Kupiansk evacuations",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
        ]
        .join("\n");
        assert_eq!(
            strip(&text, &[]).title.map(|t| t.text(&text)),
            Some("Derna floods, Kupiansk evacuations")
        );
    }

    #[test]
    fn a_menu_with_a_photos_item_is_navigation_and_no_caption() {
        let menu = "Home | National | States | World | Business | Sports | Photos | Videos";
        let text = page(&[menu], &[]);
        assert_eq!(marked(&text, menu), Some(BoilerplateKind::Navigation));
        assert!(!strip(&text, &[]).body.iter().any(|l| l.text(&text) == menu));
    }

    #[test]
    fn a_stamp_with_a_label_over_the_story_is_furniture_a_dateline_is_not() {
        let stamps = [
            "29 January 2025   Politics",
            "Information Cutoff: 2:00 pm ET",
            "DEC 19, 2024 - 12:44 PM GMT+3",
        ];
        for stamp in stamps {
            let text = [
                "Navy frigates evacuate families from flooded coast",
                stamp,
                PARAGRAPH_ONE,
                PARAGRAPH_TWO,
            ]
            .join("\n");
            assert!(marked(&text, stamp).is_some(), "{stamp}");
        }
        let text = ["LONDON 1996-08-30", PARAGRAPH_ONE, PARAGRAPH_TWO].join("\n");
        assert_eq!(marked(&text, "LONDON 1996-08-30"), None);
    }

    #[test]
    fn keeps_subheadings_between_body_paragraphs() {
        let text = [
            "Navy frigates evacuate families from flooded coast",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            "Roads stay closed",
            PARAGRAPH_THREE,
            PARAGRAPH_ONE,
        ]
        .join("\n\n");
        assert!(body_lines(&text).contains(&"Roads stay closed"));
    }

    #[test]
    fn keeps_long_sentences_with_cue_words() {
        for line in [
            "Residents who subscribe to the council's text alerts were told to leave before the river rose, the mayor said.",
            "The minister declined to comment on the reports, saying the comments made by the officers would be investigated.",
            "A spokesman for the port authority declined to comment.",
        ] {
            let text = [PARAGRAPH_ONE, line, PARAGRAPH_TWO, PARAGRAPH_THREE].join("\n\n");
            assert!(body_lines(&text).contains(&line), "{line:?}");
        }
    }

    #[test]
    fn a_lead_between_a_caption_and_an_advertisement_opens_the_story() {
        let lead = "The Italian navy's Vulcano left the Cypriot port of Limassol on Thursday \
                    carrying 1,000 tonnes of food, medicine and shelter equipment for Gaza, the \
                    defence ministry in Rome said.";
        let text = [
            "Italian navy ship carries aid to Gaza's coast",
            "Photo: The Vulcano leaves Limassol port, 29 February 2024. (Getty Images)",
            lead,
            "Advertisement",
            PARAGRAPH_TWO,
            "Story continues below",
            PARAGRAPH_THREE,
        ]
        .join("\n\n");
        assert!(body_lines(&text).contains(&lead), "{:?}", kinds(&text));
    }

    #[test]
    fn marks_repeated_headlines_once_as_title() {
        let title = "Navy frigates evacuate families from flooded coast";
        let text = [title, title, PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE].join("\n\n");
        let cleaned = strip(&text, &[]);
        assert_eq!(cleaned.title.map(|t| t.text(&text)), Some(title));
        assert_eq!(kinds(&text), vec![(BoilerplateKind::Duplicate, title)]);
    }

    #[test]
    fn a_topic_label_may_open_the_headline_and_a_caption_is_none() {
        let title = "Flood crisis: Navy frigates bring 966 evacuees home";
        let text = [
            "Home",
            "News",
            "Sport",
            title,
            "Image source, Navy handout",
            "Image caption,",
            "Families wait on the quay for the frigate to dock",
            "By Jane Roe",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            PARAGRAPH_THREE,
        ]
        .join("\n\n");
        let cleaned = strip(&text, &[]);
        assert_eq!(cleaned.title.map(|t| t.text(&text)), Some(title));
        let promo = [
            "READ MORE: Navy frigates bring 966 evacuees home",
            PARAGRAPH_ONE,
        ]
        .join("\n\n");
        assert_ne!(
            strip(&promo, &[]).title.map(|t| t.text(&promo)),
            Some("READ MORE: Navy frigates bring 966 evacuees home")
        );
    }

    #[test]
    fn a_page_s_headline_over_its_byline_may_carry_its_kind_s_label() {
        let title = "GALLERY: Russia pulls equipment out of Syria";
        let text = [title, "Photos by Ivan Petrov", PARAGRAPH_ONE, PARAGRAPH_TWO].join("\n\n");
        let cleaned = strip(&text, &[]);
        assert_eq!(cleaned.title.map(|t| t.text(&text)), Some(title));
        assert_eq!(cleaned.body[0].text(&text), title);
    }

    #[test]
    fn short_lines_under_the_story_and_a_link_after_it_are_furniture() {
        let notes = [
            "Jane Roe is a senior fellow at the Atlantic Council.",
            "The views expressed here are the author's own.",
        ];
        let text = page(
            &[],
            &[
                "Read more: Navy frigates return to Mersin as the last evacuees land",
                notes[0],
                notes[1],
            ],
        );
        for note in notes {
            assert!(marked(&text, note).is_some(), "{note}");
        }
        // A last short paragraph under an advertisement is the story's.
        let last = "The ministry did not answer a request for comment.";
        let text = page(&[], &["Advertisement", last]);
        assert!(body_lines(&text).contains(&last));
    }

    #[test]
    fn a_caption_ending_in_its_credit_is_no_headline() {
        let title = "Navy frigates bring 966 evacuees home from the flooded coast";
        for caption in [
            "A frigate of the navy leaves the port of Mersin in 2020. (Jane Roe/Reuters)",
            "Families wait on the quay for the frigate to dock. Photograph: Jane Roe",
        ] {
            let text = [
                "World",
                title,
                "By John Doe",
                "Feb 14, 2025, 05:30 AM",
                caption,
                PARAGRAPH_ONE,
                PARAGRAPH_TWO,
                PARAGRAPH_THREE,
            ]
            .join("\n\n");
            let cleaned = strip(&text, &[]);
            assert_eq!(
                cleaned.title.map(|t| t.text(&text)),
                Some(title),
                "{caption}"
            );
            assert_eq!(marked(&text, caption), Some(BoilerplateKind::Caption));
        }
    }

    #[test]
    fn keeps_the_headline_above_a_dateline() {
        let title = "Ferries resume island service";
        let text = [title, "December 10, 2013", PARAGRAPH_ONE, PARAGRAPH_TWO].join("\n\n");
        let cleaned = strip(&text, &[]);
        assert_eq!(cleaned.title.map(|t| t.text(&text)), Some(title));
        assert_eq!(body_lines(&text)[0], title);
    }

    #[test]
    fn a_headline_may_name_a_date_under_a_masthead() {
        let title = "Ferries race to clear the island before the Dec. 31 deadline";
        let text = [
            "THE ISLAND TIMES",
            title,
            "By Jane Roe",
            "Island Times • December 10, 2013",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
        ]
        .join("\n\n");
        let cleaned = strip(&text, &[]);
        assert_eq!(cleaned.title.map(|t| t.text(&text)), Some(title));
        assert_eq!(body_lines(&text)[0], title);
    }

    #[test]
    fn a_labelled_byline_is_a_credit_and_no_headline() {
        let title = "Island ferries: what we know so far";
        let byline = "Analysis by Jane Roe, Athens correspondent";
        let text = [title, byline, PARAGRAPH_ONE, PARAGRAPH_TWO].join("\n\n");
        let cleaned = strip(&text, &[]);
        assert_eq!(cleaned.title.map(|t| t.text(&text)), Some(title));
        assert_eq!(marked(&text, byline), Some(BoilerplateKind::Credit));
    }

    #[test]
    fn a_headline_stands_over_an_updated_stamp_with_a_zone_over_the_byline() {
        let title =
            "Syria latest: Assad flees to Moscow as rebels take Damascus; Russia's bases in doubt";
        let stamp = "Updated 9 December 2024, 11:05 GMT";
        let text = [
            "LIVE",
            title,
            stamp,
            "By Helen Marsh and Tom Okafor in London",
            "Key events",
            "- Rebels led by Hayat Tahrir al-Sham enter Damascus",
            "- Moscow seeks guarantees for Hmeimim air base",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
        ]
        .join("\n\n");
        assert_eq!(strip(&text, &[]).title.map(|t| t.text(&text)), Some(title));
        assert!(Shape::of(stamp).date_alone);
    }

    #[test]
    fn a_wire_byline_between_the_headline_and_the_story_is_a_credit() {
        let title = "Navy frigates bring 966 evacuees home";
        let byline = "By Olena Harmash and Jonathan Saul";
        let text = [title, byline, PARAGRAPH_ONE, PARAGRAPH_TWO].join("\n\n");
        let cleaned = strip(&text, &[]);
        assert_eq!(cleaned.title.map(|t| t.text(&text)), Some(title));
        assert_eq!(marked(&text, byline), Some(BoilerplateKind::Credit));
    }

    #[test]
    fn a_byline_is_a_credit_whatever_the_story_under_it() {
        // Two names joined by "and" over a wire story score as a short line
        // inside a story would; the byline's shape decides.
        let title = "China says nearly 36,000 citizens evacuated from Libya";
        let byline = "By Wang Lei and Sarah Tennant";
        let story = [
            "BEIJING, March 3 (Reuters) - China has completed the evacuation of nearly 36,000 of its citizens from Libya, the foreign ministry said on Thursday, closing the largest operation of its kind in the history of the People's Republic.",
            "The last group, 2,100 workers employed by state-owned construction firms, arrived in Beijing and Guangzhou on chartered Air China and China Southern flights early on Thursday, the official Xinhua news agency said.",
            "Vice Foreign Minister Song Tao said in a statement that 35,860 Chinese nationals had been brought out over 12 days by sea, air and land, along with about 2,100 citizens of 12 other countries, including Bangladesh, Vietnam and Egypt.",
            "\"The lives and property of Chinese citizens overseas are a matter of the utmost importance to the Party and the government,\" Song said.",
            "Beijing began the operation on Feb. 22, days after protests against Muammar Gaddafi spread from Benghazi to the capital Tripoli. Many of the workers were employed on housing, railway and oil projects run by companies such as China State Construction Engineering Corp and China Railway Construction Corp, whose contracts in Libya were worth an estimated $18.8 billion.",
        ];
        let text = [&[title, byline][..], &story].concat().join("\n\n");
        assert_eq!(marked(&text, byline), Some(BoilerplateKind::Credit));
        assert_eq!(strip(&text, &[]).title.map(|t| t.text(&text)), Some(title));
    }

    #[test]
    fn the_author_s_note_under_the_story_is_a_credit() {
        let note = "Oleksandra Hryhorenko is a news editor at the Kyiv Independent. She previously worked at Ukrainska Pravda and holds a degree in journalism.";
        let text = [PARAGRAPH_ONE, PARAGRAPH_TWO, note].join("\n\n");
        assert_eq!(marked(&text, note), Some(BoilerplateKind::Credit));
        let beat = "Daniel K. Mercer covers naval warfare and shipbuilding for Defense Ledger. He previously reported for a newspaper in Norfolk, Virginia.";
        let text = [PARAGRAPH_ONE, PARAGRAPH_TWO, beat].join("\n\n");
        assert_eq!(marked(&text, beat), Some(BoilerplateKind::Credit));
        // Over the page's furniture: related stories, a newsletter, the comments.
        let bio = "Clara Whitfield is a defence correspondent for The Meridian Review. Her book on Russia's wars will be published by Harbour Press in the spring.";
        let furniture = [
            "MORE FROM LONG READS",
            "The last days of Assad's Damascus",
            "Inside the Wagner empire in Africa",
            "Enjoyed this? Get our Long Reads newsletter every Sunday. Sign up",
            "Comments (48)  |  Share on X  |  Share on Facebook  |  Copy link",
        ];
        let text = [&[PARAGRAPH_ONE, PARAGRAPH_TWO, bio][..], &furniture]
            .concat()
            .join("\n\n");
        assert_eq!(marked(&text, bio), Some(BoilerplateKind::Credit));
        // The formula inside the story is the story's.
        let text = [
            note,
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
        ]
        .join("\n\n");
        assert_eq!(marked(&text, note), None);
    }

    #[test]
    fn a_post_quoted_in_the_story_is_the_story_s() {
        let post = "Boats are leaving the harbour now, please follow the crews' instructions pic.twitter.com/Ab12Cd";
        let signature = "— Coast Guard (@coastguard_gr) March 3, 2024";
        let text = [
            PARAGRAPH_ONE,
            post,
            signature,
            PARAGRAPH_TWO,
            PARAGRAPH_THREE,
        ]
        .join("\n\n");
        assert_eq!(marked(&text, post), None);
        assert_eq!(marked(&text, signature), None);
        // Under the story's last line, straight after it, still the story's.
        let text = [PARAGRAPH_ONE, PARAGRAPH_TWO, post, signature].join("\n\n");
        assert_eq!(marked(&text, signature), None);
        // A feed of posts under a prompt to follow the outlet is the page's.
        let text = [
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            "Follow us on Twitter",
            post,
            signature,
        ]
        .join("\n\n");
        assert!(marked(&text, signature).is_some());
    }

    #[test]
    fn a_press_release_s_notes_after_its_end_mark_are_no_story() {
        let note = "1. The charity was founded in 1994 and works in 23 countries, with photos and interviews available on request.";
        let contact = "Jane Roe, Senior Press Officer";
        for end in ["ENDS", "###"] {
            let text = [
                PARAGRAPH_ONE,
                PARAGRAPH_TWO,
                end,
                "Notes to editors",
                note,
                contact,
            ]
            .join("\n\n");
            let cleaned = strip(&text, &[]);
            for line in [note, contact] {
                assert!(
                    !cleaned.body.iter().any(|l| l.text(&text) == line),
                    "{end}: {line}"
                );
            }
        }
    }

    #[test]
    fn a_question_between_paragraphs_is_the_story_s() {
        let question = "JAMES WHITLOCK: Has the position on Assad changed at all?";
        let text = [
            "Evacuation flights: Russians leave Syria via Beirut",
            "JAMES WHITLOCK: Let me bring in Professor Dmitri Kovalenko of King's College London. Is this the start of a wider Russian withdrawal from Syria?",
            "DMITRI KOVALENKO: I think it is a cautious first step. Moscow also sent two landing ships to the Syrian coast last week, and it has not said why.",
            question,
            "DMITRI KOVALENKO: Not fundamentally. Prime Minister Dmitry Medvedev said on Sunday that the chances of Assad staying in power were shrinking.",
            PARAGRAPH_ONE,
        ]
        .join("\n\n");
        assert_eq!(marked(&text, question), None);
    }

    #[test]
    fn an_encyclopedias_references_are_links() {
        let references = [
            "1. ^ \"Russia's air base in Syria\". BBC News. 15 September 2015.",
            "3. ^ Gordon, Michael (30 September 2015). \"Russia Begins Airstrikes in Syria\". The New York Times.",
        ];
        let text = [
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            "References",
            references[0],
            references[1],
        ]
        .join("\n\n");
        for reference in references {
            assert_eq!(
                marked(&text, reference),
                Some(BoilerplateKind::Link),
                "{reference}"
            );
        }
    }

    #[test]
    fn a_line_that_names_the_source_is_a_credit() {
        for source in [
            "SOURCE: DAILY HARBOUR WITH AFP",
            "Source: Reuters",
            "Sources: FCDO statements, April 25–May 2, 2023; House of Commons Hansard, April 27; UN OCHA situation report, May 1.",
            "Image credits: Maxar Technologies; Planet Labs PBC; European Space Agency.",
        ] {
            let text = [
                PARAGRAPH_ONE,
                PARAGRAPH_TWO,
                PARAGRAPH_THREE,
                source,
                "Keywords: Navy, Floods",
            ]
            .join("\n\n");
            assert_eq!(
                marked(&text, source),
                Some(BoilerplateKind::Credit),
                "{source}"
            );
        }
    }

    #[test]
    fn a_language_bar_is_navigation_and_no_title() {
        let bar = "العربية 中文 English Français Русский Español Kiswahili Português";
        let text = [
            bar,
            "Navy frigates evacuate families from flooded coast",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
        ]
        .join("\n\n");
        assert_eq!(marked(&text, bar), Some(BoilerplateKind::Navigation));
        assert_eq!(
            strip(&text, &[]).title.map(|t| t.text(&text)),
            Some("Navy frigates evacuate families from flooded coast")
        );
        // Names in one script are no bar.
        assert!(!is_language_bar("Moscow Beirut Damascus Latakia"));
    }

    #[test]
    fn a_brief_s_footnotes_are_no_story() {
        let note = "² Interfax, December 19, 2012, citing the Foreign Ministry's statement on evacuation flights.";
        let text = [PARAGRAPH_ONE, PARAGRAPH_TWO, "Notes", note].join("\n\n");
        assert!(marked(&text, note).is_some());
    }

    #[test]
    fn a_brief_s_paragraphs_with_their_markers_stay_above_its_sources() {
        let last = [
            "The governor said in an interview on Sunday that the evacuation of the coast is \"strategic\" and that the navy will stay in the area for as long as the roads remain closed.[9] His comments follow a week of heavy rain.[10]",
            "The coast guard moved two more ships to the harbour on Monday and Tuesday, including a hospital ship and a supply vessel.[11] Local officials said the harbour was the busiest since 2012.[12]",
        ];
        let mut lines = vec![PARAGRAPH_ONE, PARAGRAPH_TWO];
        lines.extend(last);
        let sources: Vec<String> = (1..=12)
            .map(|n| format!("[{n}] https://www.example.org/reports/{n}"))
            .collect();
        lines.extend(sources.iter().map(String::as_str));
        lines.extend([
            "Tags: Floods, Navy",
            "Share this: Facebook | X | LinkedIn | Email",
        ]);
        let text = lines.join("\n\n");
        for paragraph in last {
            assert_eq!(marked(&text, paragraph), None, "{paragraph}");
        }
    }

    #[test]
    fn the_headline_over_the_byline_is_the_title_past_stamps_and_labels() {
        // Each: the headline, what stands under it above the story, and the
        // line break: stamps and buttons under a byline; a credit's cue
        // ("Story by") with metadata labels; a short label over the byline.
        let pages: [(&str, &[&str], &str); 4] = [
            (
                "Counting hulls: what satellite images show of Russia's retreat from Tartus",
                &[
                    "By Elena Marsh and Joost de Vries | 16 January 2025 | 9 min read",
                    "Share on X | Share on Bluesky | Email",
                ],
                "\n\n",
            ),
            (
                "Operation Sarovar: IAF C-17 brings home 286 Indians from Lebanon",
                &[
                    "By Ananya Menon and Rahul Bhatnagar",
                    "Updated on Oct 09, 2025 11:48 PM IST",
                    "Follow Us",
                    "Share Via",
                    "Read Time: 4 min",
                    "Another 3,500 Indian nationals have registered with the embassy in Beirut, officials said",
                ],
                "\n\n",
            ),
            (
                "Carrier Strike Group Departs Norfolk for Scheduled Deployment",
                &[
                    "Story by Petty Officer 1st Class Alyssa Renner",
                    "Carrier Strike Group 10",
                    "Date: 03.14.2025",
                    "Story ID: 493817",
                    "Location: NORFOLK, VIRGINIA, UNITED STATES",
                ],
                "\n",
            ),
            (
                "Irish Sea ferry fire: Hundreds taken off burning ship near Anglesey",
                &["Live Reporting", "Edited by Joanna Pritchard, with Rhodri Evans in Holyhead"],
                "\n\n",
            ),
        ];
        for (title, under, line_break) in pages {
            let mut lines = vec![title];
            lines.extend_from_slice(under);
            lines.extend([PARAGRAPH_ONE, PARAGRAPH_TWO]);
            let text = lines.join(line_break);
            assert_eq!(strip(&text, &[]).title.map(|t| t.text(&text)), Some(title));
            assert_eq!(marked(&text, title), None);
        }
    }

    #[test]
    fn a_headline_over_reporters_signed_with_their_cities_is_the_title_under_a_masthead() {
        let headline = "Navy frigates bring 966 evacuees home from the flooded coast";
        let standfirst = "Families from the northern villages landed at the naval port, where buses waited to take them to shelters";
        let byline = "Maria Lopez in Valencia and Tom Reid in Madrid";
        let header = [
            "The Chronicle\nNews | World | Middle East | Syria\nSubscribe   Sign in   Search",
            headline,
            standfirst,
            &format!("{byline}\nWed 18 Dec 2024 17.35 GMT\nShare on Facebook · Share on X · Share via email"),
            "[Photo] An Ilyushin Il-76 transport takes off from Hmeimim air base near Latakia. Photograph: Reuters",
        ];
        let text = [
            &header[..],
            &[PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE],
        ]
        .concat()
        .join("\n\n");
        assert_is_the_headline(&text, headline);
        assert_eq!(marked(&text, standfirst), None);
        assert_eq!(marked(&text, byline), Some(BoilerplateKind::Credit));
    }

    #[test]
    fn a_long_question_over_the_byline_is_the_headline_under_a_menu() {
        let headline = "FACTBOX-What are Russia's military bases in Syria and why do they matter?";
        let text = [
            "Skip to main content",
            "World  |  Business  |  Markets  |  Legal  |  More",
            headline,
            "By Anna Petrova and Tom Ellison",
            "December 16, 2024 3:41 PM GMT+1  Updated 2 hours ago",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
        ]
        .join("\n\n");
        assert_is_the_headline(&text, headline);
    }

    #[test]
    fn a_headline_longer_than_its_standfirst_stands_under_the_sections_trail() {
        let headline = "Russian warships sail from Syria as Kremlin fails to secure deal on bases";
        let standfirst =
            "Moscow's Mediterranean foothold in doubt after talks with new rulers stall";
        let page = |above: &str| {
            [
                above,
                headline,
                standfirst,
                "By Oliver Grant and Leila Hamdan in Beirut",
                PARAGRAPH_ONE,
                PARAGRAPH_TWO,
            ]
            .join("\n\n")
        };
        let text = page("World › Middle East");
        assert_eq!(
            strip(&text, &[]).title.map(|t| t.text(&text)),
            Some(headline)
        );
        // Without the trail, the longer line may be another story's.
        let text = page("Skip to main content");
        assert_eq!(
            strip(&text, &[]).title.map(|t| t.text(&text)),
            Some(standfirst)
        );
    }

    #[test]
    fn a_label_set_apart_by_a_gap_opens_the_headline_and_leaves_the_title() {
        let headline =
            "LIVE   Niger coup: France and Italy begin evacuating foreigners from Niamey";
        let text = [
            headline,
            "Last updated: 2 August 2023, 14:52 CEST",
            "By Jane Roe",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
        ]
        .join("\n\n");
        assert_eq!(marked(&text, headline), None);
        assert_eq!(
            strip(&text, &[]).title.map(|t| t.text(&text)),
            Some("Niger coup: France and Italy begin evacuating foreigners from Niamey")
        );
        // A menu's items are no label and its headline.
        let menu = Shape::of("NEWS  WORLD  SPORT  WEATHER");
        assert!(!menu.label_gap);
        assert!(!Shape::of("NEWS | World | Sport | Weather").label_gap);
        // A kicker set apart by a bar.
        let kicked = "EXPLAINER | How Japan and South Korea got their citizens out of Sudan";
        let text = [kicked, "By Jane Roe", PARAGRAPH_ONE, PARAGRAPH_TWO].join("\n\n");
        assert_eq!(marked(&text, kicked), None);
        assert_eq!(
            strip(&text, &[]).title.map(|t| t.text(&text)),
            Some("How Japan and South Korea got their citizens out of Sudan")
        );
    }

    #[test]
    fn the_headline_under_a_masthead_and_over_stamps_is_the_title() {
        let headline = "Second charter flight brings 333 evacuees home from the quarantined city";
        let text = format!(
            "THE HARBOUR LEDGER | English Edition\n\
             Home  National  Politics  Business  World  Opinion  Lifestyle\n\
             Subscribe | Sign in\n\n\
             National > Health\n\n\
             {headline}\n\n\
             Posted : 2020-02-01 14:22 | Updated : 2020-02-01 18:05\n\
             By Jane Roe, John Doe\n\n\
             [Photo] Evacuees walk through the airport wearing face masks, Saturday. Yonhap\n\n\
             {PARAGRAPH_ONE}\n\n{PARAGRAPH_TWO}"
        );
        assert_is_the_headline(&text, headline);
    }

    #[test]
    fn a_byline_that_names_the_text_s_writer_is_a_credit() {
        let byline = "Text by: Jane Roe with AFP";
        let text = [PARAGRAPH_ONE, byline, PARAGRAPH_TWO, PARAGRAPH_THREE].join("\n\n");
        assert_eq!(marked(&text, byline), Some(BoilerplateKind::Credit));
    }

    #[test]
    fn the_headline_over_a_standfirst_is_the_title() {
        // Each: the page's lines (a kicker joined to its headline by one line
        // break), the headline, and the line under it that is the story's too.
        let pages: [(&[&str], &str, &str); 4] = [
            (
                &[
                    "Home > Middle East",
                    "Russian transport jets shuttle between Syria and Libya",
                    "Satellite images show cargo planes lined up at Hmeimim and warships anchored off Tartus",
                    "By Hannah Lowell",
                    PARAGRAPH_ONE,
                    PARAGRAPH_TWO,
                ],
                "Russian transport jets shuttle between Syria and Libya",
                "Satellite images show cargo planes lined up at Hmeimim and warships anchored off Tartus",
            ),
            // A headline that opens with a label and a count, over a
            // standfirst that is a paragraph.
            (
                &[
                    "NIGER\nNiger: 1 079 people evacuated in 48 hours, the Quai d'Orsay closes the air bridge",
                    PARAGRAPH_ONE,
                    "By Claire Roe",
                    PARAGRAPH_TWO,
                    PARAGRAPH_THREE,
                ],
                "Niger: 1 079 people evacuated in 48 hours, the Quai d'Orsay closes the air bridge",
                PARAGRAPH_ONE,
            ),
            // A standfirst of eight words, the headline under a desk's kicker.
            (
                &[
                    "Home | World | Politics",
                    "WORLD\nRussia flies more equipment out of Syria",
                    "Military transports continue to leave Hmeimim amid uncertainty",
                    "By Tom Aldridge",
                    PARAGRAPH_ONE,
                    PARAGRAPH_TWO,
                ],
                "Russia flies more equipment out of Syria",
                "Military transports continue to leave Hmeimim amid uncertainty",
            ),
            // A headline under a stamp's byline, over a shorter subheading.
            (
                &[
                    "Skip to main content | Screen Reader Access | English",
                    "Posted On: 28 APR 2023 8:41PM by PIB Delhi",
                    "Operation Kaveri: over 2,300 Indians brought back from Sudan so far",
                    "Evacuation from Port Sudan continues; tenth batch reaches Jeddah",
                    PARAGRAPH_ONE,
                    PARAGRAPH_TWO,
                ],
                "Operation Kaveri: over 2,300 Indians brought back from Sudan so far",
                "Evacuation from Port Sudan continues; tenth batch reaches Jeddah",
            ),
        ];
        for (lines, headline, standfirst) in pages {
            let text = lines.join("\n\n");
            assert_eq!(
                strip(&text, &[]).title.map(|t| t.text(&text)),
                Some(headline)
            );
            let body = body_lines(&text);
            assert!(
                body.contains(&headline) && body.contains(&standfirst),
                "{text}"
            );
        }
    }

    #[test]
    fn a_long_headline_with_a_cue_word_outranks_a_place_line_under_it() {
        let headline = "Telephone conversation with President of the Syrian Arab Republic for the Transitional Period Ahmed al-Sharaa";
        let text = [
            "President of Russia\nEvents   News   Transcripts   Visits   Meetings   Telephone conversations\nSearch the site",
            headline,
            "February 12, 2025, 17:40\nThe Kremlin, Moscow",
            "Print version   Text version   Share: VK  OK  Telegram",
            "Vladimir Putin had a telephone conversation with Ahmed al-Sharaa, who heads the Syrian authorities for the transitional period.",
            "The conversation took place at the initiative of the Russian side and was, according to both participants, businesslike and constructive. It was the first contact between the two leaders since the change of power in Damascus in early December.",
        ]
        .join("\n\n");
        assert_eq!(
            strip(&text, &[]).title.map(|t| t.text(&text)),
            Some(headline)
        );
        assert!(body_lines(&text).contains(&headline));
    }

    #[test]
    fn a_menu_apart_by_spaces_is_navigation() {
        let menu = "News  World  Business  Opinion  Sport  Culture";
        let masthead = "The Evening Courier";
        let headline = "Russia flies more equipment out of Syria as talks stall";
        let text = [masthead, menu, headline, PARAGRAPH_ONE, PARAGRAPH_TWO].join("\n\n");
        assert_eq!(marked(&text, menu), Some(BoilerplateKind::Navigation));
        assert_eq!(
            strip(&text, &[]).title.map(|t| t.text(&text)),
            Some(headline)
        );
    }

    #[test]
    fn a_desk_s_name_under_the_headline_is_no_headline() {
        let headline = "Cyclone Mocha: Indian Navy ships reach Yangon with relief";
        for label in [
            ["The Hindu Bureau", "NEW DELHI"],
            ["PRESS RELEASE", "For immediate release"],
        ] {
            let text = [headline, &label.join("\n"), PARAGRAPH_ONE, PARAGRAPH_TWO].join("\n\n");
            let cleaned = strip(&text, &[]);
            assert_eq!(
                cleaned.title.map(|t| t.text(&text)),
                Some(headline),
                "{label:?}"
            );
            assert!(marked(&text, label[0]).is_some(), "{label:?}");
        }
    }

    #[test]
    fn a_timeline_s_dated_bullets_are_the_story_s() {
        let entries = [
            "• 12/14/2024 – three Il-76s in a single day, one diverted to al-Jufra",
            "• 05.05.2025 – the cargo ship General Skobelev, unloading only",
        ];
        let text = [PARAGRAPH_ONE, &entries.join("\n"), PARAGRAPH_TWO].join("\n\n");
        let body = body_lines(&text);
        for line in &entries {
            assert!(body.contains(line), "{line}");
        }
    }

    #[test]
    fn a_consent_banner_is_furniture_and_no_story_under_a_headline() {
        let banner = "We and our 842 partners use cookies and similar technologies to personalise content and ads and to analyse our traffic. Click \"Accept all\" to consent, or \"Manage preferences\" to choose which purposes we may use your data for.";
        let headline = "Russian transport jets shuttle between Syria and Libya";
        let text = [
            "We value your privacy",
            banner,
            "Accept all   Reject all   Manage preferences",
            headline,
            "By Hannah Lowell",
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
        ]
        .join("\n\n");
        assert!(marked(&text, banner).is_some());
        let cleaned = strip(&text, &[]);
        assert_eq!(cleaned.title.map(|t| t.text(&text)), Some(headline));
    }

    #[test]
    fn a_stamp_that_names_a_picture_is_no_caption() {
        let stamp = "Posted June 10, 2025 by Tomasz Wierzbicki · Paid subscribers get the full-resolution image set";
        let text = [
            "Six months of Tartus from orbit",
            stamp,
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
        ]
        .join("\n\n");
        assert!(marked(&text, stamp).is_some_and(|kind| kind != BoilerplateKind::Caption));
        assert!(!body_lines(&text).contains(&stamp));
    }

    #[test]
    fn a_reporting_credit_after_the_story_is_a_credit() {
        let credits = [
            "Associated Press writers Samy Magdy in Cairo and Jack Jeffery in Jerusalem contributed to this report.",
            "Keith Bradsher contributed reporting from Hong Kong.",
        ];
        for credit in credits {
            let text = [PARAGRAPH_ONE, PARAGRAPH_TWO, credit].join("\n\n");
            assert_eq!(
                marked(&text, credit),
                Some(BoilerplateKind::Credit),
                "{credit}"
            );
        }
        // A paragraph of the story that ends with a credit stays the story's.
        let long = format!(
            "{PARAGRAPH_ONE} {PARAGRAPH_TWO} {PARAGRAPH_THREE} {}",
            credits[0]
        );
        let text = [PARAGRAPH_ONE, long.as_str()].join("\n\n");
        assert_eq!(marked(&text, &long), None);
    }

    #[test]
    fn menus_pasted_above_a_story_without_blank_lines_are_furniture() {
        let title = "Navy frigates bring 966 evacuees home";
        let text = [
            "Skip to Content",
            "News",
            "Middle East",
            "Live",
            title,
            PARAGRAPH_ONE,
            PARAGRAPH_TWO,
            PARAGRAPH_THREE,
        ]
        .join("\n");
        let cleaned = strip(&text, &[]);
        assert_eq!(cleaned.title.map(|t| t.text(&text)), Some(title));
        assert_eq!(body_lines(&text)[0], title);
    }

    #[test]
    fn reads_a_hard_wrapped_text_by_its_paragraphs() {
        let text = "Briefing on the situation in Syria\n\n\
                    We continue to monitor the situation in the Syrian Arab Republic\n\
                    closely. The embassy in Damascus is operating normally, and\n\
                    our diplomats are in contact with the new authorities. Since\n\
                    December 8, the embassy has helped more than 300 citizens\n\
                    to leave the country, mainly through Beirut.\n\n\
                    Flights of the air force continue to deliver humanitarian aid.\n\
                    On December 14, an aircraft delivered about 40 tonnes of food\n\
                    and medicine to the airfield.\n";
        let cleaned = strip(text, &[]);
        assert!(cleaned.boilerplate.is_empty(), "{:?}", kinds(text));
        let paragraphs: Vec<&str> = text.split("\n\n").map(str::trim).collect();
        assert_eq!(body_lines(text), paragraphs);
        assert_eq!(
            cleaned.title.map(|t| t.text(text)),
            Some("Briefing on the situation in Syria")
        );
    }

    #[test]
    fn keeps_one_sentence_a_line_texts() {
        let text = "FLOODS CUT OFF COASTAL VILLAGES .\nLISBON 1996-08-30\nThe navy sent two frigates to the coast on Monday , officials said .\nAbout 300 people boarded the ships at the harbour .\nThe operation will continue on Tuesday .";
        assert!(kinds(text).is_empty(), "{:?}", kinds(text));
    }

    #[test]
    fn merges_separators_only_across_furniture() {
        let text = [PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE, "-", "-"].join("\n\n");
        assert_eq!(kinds(&text), vec![(BoilerplateKind::Other, "-\n\n-")]);
    }

    #[test]
    fn reads_a_lone_sentence_whole() {
        let text = "Ships left the port on Friday.";
        assert_eq!(body_lines(text), vec![text]);
        assert!(kinds(text).is_empty());
    }

    #[test]
    fn marks_links_to_the_previous_and_next_story_as_navigation() {
        let previous = "PREV Markets slide as oil prices climb";
        let next = "NEXT Storm warning issued for the coast";
        let text = page(&[], &[previous, next]);
        assert_eq!(marked(&text, previous), Some(BoilerplateKind::Navigation));
        assert_eq!(marked(&text, next), Some(BoilerplateKind::Navigation));
    }

    #[test]
    fn drops_bullets_from_the_title() {
        let text = "• Ships head for the port, officials said.\n• They will carry aid.";
        assert_eq!(
            strip(text, &[]).title.unwrap().text(text),
            "Ships head for the port, officials said."
        );
    }

    /// An override covering the line `line` of `text`.
    fn verdict(text: &str, line: &str, boilerplate: bool) -> LineOverride {
        let start = text.find(line).unwrap();
        LineOverride {
            span: ByteSpan::new(start, start + line.len()),
            boilerplate,
        }
    }

    #[test]
    fn follows_the_analysts_verdict_on_a_line() {
        let notice = "Sign up for our newsletter to get the latest news from the coast.";
        let text = page(&[], &[notice]);
        assert!(
            !body_lines(&text).contains(&notice),
            "the classifier drops it"
        );
        let kept = strip(&text, &[verdict(&text, notice, false)]);
        assert!(kept.body.iter().any(|b| b.text(&text) == notice));
        assert!(kept
            .boilerplate
            .iter()
            .all(|b| !b.span.text(&text).contains(notice)));

        let dropped = strip(&text, &[verdict(&text, PARAGRAPH_TWO, true)]);
        assert!(dropped.body.iter().all(|b| b.text(&text) != PARAGRAPH_TWO));
        assert!(dropped
            .boilerplate
            .iter()
            .any(|b| b.span.text(&text) == PARAGRAPH_TWO));
    }

    #[test]
    fn the_last_verdict_on_a_line_wins() {
        let text = page(&[], &[]);
        let overrides = [
            verdict(&text, PARAGRAPH_ONE, true),
            verdict(&text, PARAGRAPH_ONE, false),
        ];
        assert!(strip(&text, &overrides)
            .body
            .iter()
            .any(|b| b.text(&text) == PARAGRAPH_ONE));
    }

    #[test]
    fn a_short_text_drops_the_lines_marked_boilerplate() {
        let text = "Ships left the port on Friday.\nPhoto: the harbour";
        let cleaned = strip(text, &[verdict(text, "Photo: the harbour", true)]);
        assert_eq!(
            cleaned
                .body
                .iter()
                .map(|b| b.text(text))
                .collect::<Vec<_>>(),
            ["Ships left the port on Friday."]
        );
        assert_eq!(cleaned.boilerplate.len(), 1);
    }
}
