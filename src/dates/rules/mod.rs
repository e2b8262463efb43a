//! Rules of the grammar matched over tokens, one file per family, each rule's
//! matcher beside its resolver. A rule's matcher is triggered by the classes
//! of the sentence's tokens (and, for a rule that [`TokenRule::needs`] a
//! word, by the word), looks at a few tokens from each place it may
//! start (the words its [`Opening`] names: one pass over a sentence's words
//! tells which rules each can open), and fills named slots ("wd", "unit", …)
//! that its resolver reads. The
//! regex each rule replaced stays, in tests only ([`oracle`]), as the oracle
//! the matcher must agree with. [`resolve`] is the table from each rule to the
//! function that turns its matches into values.

pub mod clock;
pub mod day;
pub mod duration;
pub mod era;
pub mod holiday;
pub mod month;
pub mod numeric;
#[cfg(test)]
pub(super) mod oracle;
pub mod quarter;
pub mod relative;
pub mod season;
pub mod set;
pub mod units;
pub mod vague;
pub mod values;

use std::sync::LazyLock;

use super::grammar::{Rule, Slots};
use super::resolve::{Context, Tense};
use crate::analysis::TimexType;
use crate::hash::Table;
use crate::lexicon::{CALENDAR_NAMES, TEMPORAL_NUMBERS, TIME_UNITS};
use crate::pattern::fold_case;
use crate::text::shapes::Shapes;
use crate::text::tokens::{
    Class, Token, Tokens, DIGITS, NUMBER_WORD, PUNCTUATION, SPACED, UNIT, WORD,
};

/// A rule matched over tokens.
pub struct TokenRule {
    /// What it recognises.
    pub rule: Rule,
    /// A sentence needs a token of one of these classes to match.
    pub trigger: Class,
    /// Its matches in a sentence: leftmost first, without overlaps, as a
    /// regex's successive searches find them, tried only where `starts` says
    /// the rule may start.
    pub find: for<'h> fn(&Tokens<'h>, Starts<'_>, &mut Vec<Slots<'h>>),
    /// The tokens its matches can begin with.
    pub opens: Opening,
    /// Words (folded) of which a sentence must hold one for the rule to
    /// match, none if it needs no word: a sentence without one does not run
    /// it.
    pub needs: &'static [&'static str],
    /// More such words, built from data: the words a match can run into one
    /// ("midsummer", "pastquarter"), which no search of the sentence need
    /// then find.
    pub needs_data: Option<fn() -> Vec<String>>,
    /// Sentences, each with the span the rule finds in it: a test runs them.
    #[cfg(test)]
    pub examples: &'static [(&'static str, &'static str)],
}

/// The TIMEX3 type and value of a match of `rule`, read with the tense at
/// the match and what the article said before (which it updates), or `None`
/// when the match is no temporal expression after all ("2000 troops") or
/// cannot be resolved without a publication date: the rule's resolver, in its
/// family's file. The match is exhaustive, so the compiler sees that every
/// rule has one; the dates tests check that each values its rule's matches in
/// their examples.
pub fn resolve(
    rule: Rule,
    c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    match rule {
        Rule::IsoDate => numeric::resolve_iso_date(c, tense, context),
        Rule::SlashDate => numeric::resolve_slash_date(c, tense, context),
        Rule::MonthDay | Rule::DayMonth => month::resolve_month_day(c, tense, context),
        Rule::DayOfMonth => month::resolve_day_of_month(c, tense, context),
        Rule::MonthYear => month::resolve_month_year(c, tense, context),
        Rule::Clock => clock::resolve_clock(c, tense, context),
        Rule::Holiday => holiday::resolve_holiday(c, tense, context),
        Rule::MonthPart | Rule::RelativeMonth => month::resolve_named_month(c, tense, context),
        Rule::Month => month::resolve_month(c, tense, context),
        Rule::Quarter => quarter::resolve_quarter(c, tense, context),
        Rule::RelativeQuarter => quarter::resolve_relative_quarter(c, tense, context),
        Rule::YearAgoQuarter => quarter::resolve_year_ago_quarter(c, tense, context),
        Rule::Half => quarter::resolve_half(c, tense, context),
        Rule::Season => season::resolve_season(c, tense, context),
        Rule::Decade => era::resolve_decade(c, tense, context),
        Rule::Century => era::resolve_century(c, tense, context),
        Rule::YearPart => numeric::resolve_year_part(c, tense, context),
        Rule::Year => numeric::resolve_year(c, tense, context),
        Rule::WordYear => era::resolve_word_year(c, tense, context),
        Rule::DayWord => day::resolve_day_word(c, tense, context),
        Rule::PartOfToday => day::resolve_part_of_today(c, tense, context),
        Rule::Weekday => day::resolve_weekday(c, tense, context),
        Rule::RelativeUnit => relative::resolve_relative_unit(c, tense, context),
        Rule::Weekend => units::resolve_weekend(c, tense, context),
        Rule::WholeYear => units::resolve_whole_year(c, tense, context),
        Rule::YearEnded => units::resolve_year_ended(c, tense, context),
        Rule::PartOfUnit => units::resolve_part_of_unit(c, tense, context),
        Rule::Ago => relative::resolve_ago(c, tense, context),
        Rule::VagueAgo => relative::resolve_vague_ago(c, tense, context),
        Rule::Offset => relative::resolve_offset(c, tense, context),
        Rule::SameDay => relative::resolve_same_day(c, tense, context),
        Rule::Vague => vague::resolve_vague(c, tense, context),
        Rule::Set => set::resolve_set(c, tense, context),
        // "recent weeks" is an unstated number of units, as "for years" is.
        Rule::VagueSpan | Rule::VagueDuration => {
            duration::resolve_vague_duration(c, tense, context)
        }
        Rule::Duration => duration::resolve_duration(c, tense, context),
    }
}

#[cfg(test)]
impl TokenRule {
    /// Its matches in the sentence of `tokens`, for a caller that runs this
    /// rule alone.
    pub fn find_alone<'h>(&self, tokens: &Tokens<'h>, found: &mut Vec<Slots<'h>>) {
        let table = OpeningTable::new(&[self]);
        let masks = table.masks(tokens);
        if masks.runnable != 0 {
            (self.find)(tokens, table.starts(&masks, 0), found);
        }
    }

    /// Its matches in the sentence of `tokens`, tried at every word whatever
    /// its opening says.
    pub fn find_at_every_word<'h>(&self, tokens: &Tokens<'h>, found: &mut Vec<Slots<'h>>) {
        let masks: Vec<u64> = tokens.all().iter().map(|t| u64::from(t.is(WORD))).collect();
        (self.find)(
            tokens,
            Starts {
                masks: &masks,
                rule: 1,
            },
            found,
        );
    }
}

/// The words a rule's match can begin with: those with a bit of `classes`,
/// and the first words of the phrases `words` lists, in any case. A rule
/// whose match may open with an optional word lists that word too.
#[derive(Clone, Copy)]
pub struct Opening {
    /// Classes of the first token, any one of them.
    pub classes: Class,
    /// Lists of words or phrases (words parted by single spaces).
    pub words: &'static [&'static [&'static str]],
    /// First words read from a data file, for a rule whose phrases are data.
    pub data_words: Option<fn() -> Vec<&'static str>>,
}

impl Opening {
    /// Any word: a rule whose first word is no class or list of words.
    pub const ANY_WORD: Opening = Opening {
        classes: WORD,
        words: &[],
        data_words: None,
    };
}

/// Which of up to 64 rules each word can open, built once from the rules'
/// [`Opening`]s, and which need it: a bit per rule, by the classes of the
/// word and by the word.
pub struct OpeningTable {
    by_class: [u64; Class::BITS as usize],
    /// Every class some rule opens with: a token's other bits are not looked at.
    opening_classes: Class,
    /// By the folded word: the rules it can open, and the rules that need it.
    by_word: Table<String, (u64, u64)>,
    /// The shapes of the words of `by_word`: most words of a sentence are no
    /// word of the table, and this tells so without hashing them.
    shapes: Shapes,
    /// The rules that need no word.
    need_none: u64,
}

/// What the words of a sentence open.
pub struct Masks {
    /// For each token, the rules it can open (none for a token that is no
    /// word).
    by_token: Vec<u64>,
    /// The rules that can match in the sentence: some word opens each, and
    /// it holds a word each needs. (A rule that scans on its own, whatever
    /// its starts, opens at any word, and its trigger asks for a word.)
    pub runnable: u64,
}

impl OpeningTable {
    /// The table of `rules`, rule `i` being bit `i`.
    pub fn new(rules: &[&TokenRule]) -> OpeningTable {
        assert!(rules.len() <= 64, "a bit for each rule");
        let mut table = OpeningTable {
            by_class: [0; Class::BITS as usize],
            opening_classes: 0,
            by_word: Table::default(),
            shapes: Shapes::default(),
            need_none: 0,
        };
        for (i, rule) in rules.iter().enumerate() {
            let bit = 1u64 << i;
            table.opening_classes |= rule.opens.classes;
            for (b, rules) in table.by_class.iter_mut().enumerate() {
                if rule.opens.classes & (1 << b) != 0 {
                    *rules |= bit;
                }
            }
            let phrases = rule.opens.words.iter().flat_map(|list| list.iter());
            let listed = phrases.filter_map(|p| p.split(' ').next());
            let data = rule
                .opens
                .data_words
                .map(|words| words())
                .unwrap_or_default();
            for word in listed.chain(data) {
                table
                    .by_word
                    .or_insert_with(fold_case(word), Default::default)
                    .0 |= bit;
            }
            let built = rule.needs_data.map(|words| words()).unwrap_or_default();
            for word in rule.needs.iter().map(|w| fold_case(w)).chain(built) {
                table.by_word.or_insert_with(word, Default::default).1 |= bit;
            }
            if rule.needs.is_empty() && rule.needs_data.is_none() {
                table.need_none |= bit;
            }
        }
        for word in table.by_word.keys() {
            table.shapes.add(word);
        }
        table
    }

    /// What the words of the sentence open and need: one look-up per word
    /// for every rule.
    pub fn masks(&self, tokens: &Tokens<'_>) -> Masks {
        let (mut opened, mut held) = (0, 0);
        let by_token = (0..tokens.all().len())
            .map(|index| {
                let token = &tokens.all()[index];
                if !token.is(WORD) {
                    return 0;
                }
                let mut rules = 0;
                let mut classes = token.class & self.opening_classes;
                while classes != 0 {
                    rules |= self.by_class[classes.trailing_zeros() as usize];
                    classes &= classes - 1;
                }
                if self.shapes.may_hold(tokens.folded(index)) {
                    let (opens, needs) = self
                        .by_word
                        .get(tokens.folded(index))
                        .copied()
                        .unwrap_or((0, 0));
                    rules |= opens;
                    held |= needs;
                }
                opened |= rules;
                rules
            })
            .collect();
        Masks {
            by_token,
            runnable: opened & (held | self.need_none),
        }
    }

    /// Where rule `i` of the table may start, by the sentence's `masks`.
    pub fn starts<'m>(&self, masks: &'m Masks, i: usize) -> Starts<'m> {
        Starts {
            masks: &masks.by_token,
            rule: 1 << i,
        }
    }
}

/// The tokens of a sentence where one rule may start.
#[derive(Clone, Copy)]
pub struct Starts<'m> {
    masks: &'m [u64],
    rule: u64,
}

impl Starts<'_> {
    /// Whether the rule may start at the token at `index`.
    fn at(&self, index: usize) -> bool {
        self.masks[index] & self.rule != 0
    }
}

/// Tries `at` on every word the rule may start at, from the start of the
/// sentence, and again after the end of each match.
fn leftmost<'h>(
    tokens: &Tokens<'h>,
    starts: Starts<'_>,
    found: &mut Vec<Slots<'h>>,
    at: impl Fn(&Tokens<'h>, usize) -> Option<Slots<'h>>,
) {
    let mut from = 0;
    for (index, token) in tokens.all().iter().enumerate() {
        if token.start < from || !starts.at(index) {
            continue;
        }
        if let Some(slots) = at(tokens, index) {
            from = slots.whole().end;
            found.push(slots);
        }
    }
}

/// The word at `index` when white space, and only that, parts it from the
/// token before: what `\s+` between two words asks.
fn spaced_word<'t>(tokens: &'t Tokens<'_>, index: usize) -> Option<&'t Token> {
    tokens.get(index).filter(|t| t.is(WORD | SPACED))
}

/// "this year", "last year", "next year" at `index`, in any case: the token
/// of the direction, and that of "year".
fn relative_year(tokens: &Tokens<'_>, index: usize) -> Option<(usize, usize)> {
    spaced_word(tokens, index)?;
    folded_among(tokens, index, &["this", "last", "next", "that"])?;
    spaced_word(tokens, index + 1)?;
    (tokens.folded(index + 1) == "year").then_some((index, index + 1))
}

/// "last year", "of next year" right after the token at `index`, as
/// [`relative_year`] reads it: the token of the direction, and that of "year".
fn relative_year_after(tokens: &Tokens<'_>, index: usize) -> Option<(usize, usize)> {
    let of = spaced_word(tokens, index + 1).is_some() && tokens.folded(index + 1) == "of";
    relative_year(tokens, index + 1 + usize::from(of))
}

/// The year "last year", "this year" or "next year" names, by its direction
/// (`dir`, in any case), from the publication year; "that year" is the year
/// told last ("ratified in December that year"), else the publication's.
fn shifted_year(context: &Context, dir: &str) -> Option<i32> {
    let published = context.published?.year;
    Some(match dir.to_ascii_lowercase().as_str() {
        "last" => published - 1,
        "next" => published + 1,
        "that" => context.year.unwrap_or(published),
        _ => published,
    })
}

/// Which of `words` (folded) the word at `index` is, in any case.
fn folded_among(tokens: &Tokens<'_>, index: usize, words: &[&'static str]) -> Option<&'static str> {
    let folded = tokens.folded(index);
    words.iter().copied().find(|w| *w == folded)
}

/// Whether some word of the sentence, folded, passes `test`: a rule that
/// needs a word asks this once before it looks at each place.
fn holds_word(tokens: &Tokens<'_>, test: impl Fn(&str) -> bool) -> bool {
    tokens
        .all()
        .iter()
        .enumerate()
        .any(|(index, token)| token.is(WORD) && test(tokens.folded(index)))
}

/// Whether `text` is `word` (in lower case) as written or with a capital:
/// what `[Ll]ast` matches.
fn lower_or_capital(text: &str, word: &str) -> bool {
    text == word
        || (text.len() == word.len()
            && text.as_bytes()[0] == word.as_bytes()[0].to_ascii_uppercase()
            && text.as_bytes()[1..] == word.as_bytes()[1..])
}

/// The first of `then(last)` over the directions of `directions` ("last", "this
/// past"), in their order, that start at `index` (in lower case or with a
/// capital) and are followed by a spaced word; `last` is the direction's last word.
fn after_direction<T>(
    tokens: &Tokens<'_>,
    index: usize,
    directions: &[(&str, Option<&str>)],
    mut then: impl FnMut(usize) -> Option<T>,
) -> Option<T> {
    directions.iter().find_map(|&(first, second)| {
        if !lower_or_capital(tokens.text(index), first) {
            return None;
        }
        let last = match second {
            Some(word) => {
                spaced_word(tokens, index + 1).filter(|_| tokens.text(index + 1) == word)?;
                index + 1
            }
            None => index,
        };
        spaced_word(tokens, last + 1)?;
        then(last)
    })
}

/// A calendar name as the grammar writes it: (kind, name, its upper case,
/// whether it abbreviates a longer name of the same value). The names are
/// ASCII, so that ASCII's upper case is theirs, without the Unicode tables'
/// code in the wasm.
static WRITTEN_NAMES: LazyLock<Vec<(&'static str, &'static str, String, bool)>> =
    LazyLock::new(|| {
        CALENDAR_NAMES
            .iter()
            .map(|&(kind, name, value)| {
                let abbreviation = CALENDAR_NAMES
                    .iter()
                    .any(|o| o.0 == kind && o.2 == value && o.1.len() > name.len());
                (kind, name, name.to_ascii_uppercase(), abbreviation)
            })
            .collect()
    });

/// Whether `text` is a calendar name of `kind` as written or in upper case,
/// and if so whether it is an abbreviation (which may take a full stop).
fn calendar_name(kind: &str, text: &str) -> Option<bool> {
    WRITTEN_NAMES
        .iter()
        .find(|(k, name, upper, _)| *k == kind && (*name == text || *upper == text))
        .map(|n| n.3)
}

/// A calendar name of `kind` at `index` as written ("Dec.", "MONDAY"): its
/// last token, the full stop after an abbreviation.
fn written_name(tokens: &Tokens<'_>, kind: &str, index: usize) -> Option<usize> {
    tokens.get(index).filter(|t| t.is(WORD))?;
    let abbreviation = calendar_name(kind, tokens.text(index))?;
    Some(if abbreviation && glued(tokens, index + 1, ".") {
        index + 1
    } else {
        index
    })
}

/// The word after `[-\s]+` (hyphens and white space, at least one) after
/// the token at `index`.
fn after_dashes(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    after_dashes_any(tokens, index).filter(|&next| tokens.all()[next].is(WORD))
}

/// The token after `[-\s]+` after the token at `index`, a word or not
/// ("'" of "mid-'80s").
fn after_dashes_any(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    let mut next = index + 1;
    while tokens.get(next).is_some_and(|t| t.is(PUNCTUATION)) && tokens.text(next) == "-" {
        next += 1;
    }
    let token = tokens.get(next)?;
    (next > index + 1 || token.is(SPACED)).then_some(next)
}

/// The token after "the" (in any case) and white space at `index`, if "the"
/// stands there.
fn after_the(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    (tokens.folded(index) == "the" && tokens.get(index + 1).is_some_and(|t| t.is(SPACED)))
        .then_some(index + 1)
}

/// The word after `[-\s]` (one hyphen or one white space character) after
/// the token at `index`.
fn after_one_separator(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    let end = tokens.get(index)?.end;
    if let Some(next) = spaced_word(tokens, index + 1) {
        let one = tokens.sentence()[end..next.start].chars().count() == 1;
        return one.then_some(index + 1);
    }
    (glued(tokens, index + 1, "-")
        && tokens
            .get(index + 2)
            .is_some_and(|t| t.is(WORD) && !t.is(SPACED)))
    .then_some(index + 2)
}

/// Whether the word at `index` is a calendar name of `kind` in any case.
fn calendar_name_folded(tokens: &Tokens<'_>, kind: &str, index: usize) -> bool {
    let folded = tokens.folded(index);
    WRITTEN_NAMES
        .iter()
        .any(|(k, name, _, _)| *k == kind && name.eq_ignore_ascii_case(folded))
}

/// The last token of `phrase` (words in lower case, parted by single spaces,
/// each space standing for `\s+`) when it starts at `index`, in any case.
fn phrase_at(tokens: &Tokens<'_>, index: usize, phrase: &str) -> Option<usize> {
    tokens.get(index).filter(|t| t.is(WORD))?;
    words_from(tokens, index, phrase.as_bytes())
}

/// The last token of `words` (as in [`phrase_at`]) when they start at the
/// word at `at`.
fn words_from(tokens: &Tokens<'_>, mut at: usize, words: &[u8]) -> Option<usize> {
    let mut rest = words;
    loop {
        // The phrase's word must end where the token's does, at a space or
        // at the phrase's end, and start with the same byte: most tokens fail
        // these before their bytes are compared.
        let word = tokens.folded(at).as_bytes();
        let head = rest.get(..word.len())?;
        let tail = &rest[word.len()..];
        if !matches!(tail.first(), None | Some(b' '))
            || head.first() != word.first()
            || head != word
        {
            return None;
        }
        if tail.is_empty() {
            return Some(at);
        }
        rest = &tail[1..];
        at += 1;
        spaced_word(tokens, at)?;
    }
}

/// Phrases (words parted by single spaces) by their first word, each word's
/// in the order of `phrases`: only those that open with the word at a place
/// need be tried there, and the first of them is the first of all that match.
type ByFirstWord = Table<&'static str, Vec<&'static str>>;

fn by_first_word(phrases: &[&'static str]) -> ByFirstWord {
    let mut by_first: ByFirstWord = Table::default();
    for &phrase in phrases {
        let first = phrase.split(' ').next().unwrap_or(phrase);
        by_first.or_insert_with(first, Vec::new).push(phrase);
    }
    by_first
}

/// The first of the phrases of `by_first` at `index` ([`phrase_at`]), with
/// its last token.
fn first_listed_phrase_at(
    tokens: &Tokens<'_>,
    index: usize,
    by_first: &ByFirstWord,
) -> Option<(&'static str, usize)> {
    // Each phrase opens with the word at `index` (a token that is no word
    // folds to nothing, which opens none): only what follows is compared.
    let first = tokens.folded(index);
    let phrases = by_first.get(first)?;
    let next = spaced_word(tokens, index + 1).is_some();
    phrases.iter().find_map(|&phrase| {
        let rest = &phrase.as_bytes()[first.len()..];
        let last = match rest.split_first() {
            None => index,
            Some((_, words)) => {
                next.then_some(())?;
                words_from(tokens, index + 1, words)?
            }
        };
        Some((phrase, last))
    })
}

/// The first of `phrases` at `index` ([`phrase_at`]), with its last token.
fn first_phrase_at(
    tokens: &Tokens<'_>,
    index: usize,
    phrases: &[&'static str],
) -> Option<(&'static str, usize)> {
    phrases
        .iter()
        .find_map(|&p| Some((p, phrase_at(tokens, index, p)?)))
}

/// Whether a word within `reach` tokens from `index` (itself included) has a
/// fold that `ends_match` accepts: a rule whose match ends at such a word, at
/// most `reach` tokens after its start, tries no start that has none.
fn word_within(
    tokens: &Tokens<'_>,
    index: usize,
    reach: usize,
    ends_match: impl Fn(&str) -> bool,
) -> bool {
    (index..=index + reach)
        .any(|k| tokens.get(k).is_some_and(|t| t.is(WORD)) && ends_match(tokens.folded(k)))
}

/// Whether the token at `index` is this one character of punctuation,
/// written right after the token before.
fn glued(tokens: &Tokens<'_>, index: usize, character: &str) -> bool {
    tokens
        .get(index)
        .is_some_and(|t| t.is(PUNCTUATION) && !t.is(SPACED) && tokens.text(index) == character)
}

/// The number words of `data/temporal_numbers.tsv` by their first word,
/// longest first, as the grammar's `{NUM}` tries them.
static NUMBER_WORDS: LazyLock<ByFirstWord> = LazyLock::new(|| {
    let mut words: Vec<&str> = TEMPORAL_NUMBERS.iter().map(|r| r.0).collect();
    crate::order::sort_by_key(&mut words, |w| std::cmp::Reverse(w.len()));
    by_first_word(&words)
});

/// The tens and units of a compound number word ("twenty-four").
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const UNITS: [&str; 9] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// The last tokens of every way a number (the grammar's `{NUM}`: "1,500",
/// "2.5", "twenty-four", "a couple of", "few") can be read from the word at
/// `index`, in the order the grammar prefers them. The pattern puts no word
/// boundary after a number, but every rule follows one with white space or a
/// hyphen, so a number ends with a whole token.
fn numbers(tokens: &Tokens<'_>, index: usize) -> Vec<usize> {
    let mut ends = Vec::new();
    let Some(first) = tokens
        .get(index)
        .filter(|t| t.is(DIGITS) || t.is(NUMBER_WORD))
    else {
        return ends;
    };
    if first.is(DIGITS) {
        let mut last = index;
        while glued(tokens, last + 1, ",")
            && tokens
                .get(last + 2)
                .is_some_and(|t| t.is(DIGITS) && !t.is(SPACED))
            && tokens.text(last + 2).len() == 3
        {
            last += 2;
        }
        if glued(tokens, last + 1, ".")
            && tokens
                .get(last + 2)
                .is_some_and(|t| t.is(DIGITS) && !t.is(SPACED))
        {
            last += 2;
        }
        ends.push(last);
    }
    if TENS.contains(&tokens.folded(index)) {
        let one_character =
            |from: usize, to: usize| tokens.sentence()[from..to].chars().count() == 1;
        let units = |at: usize| {
            tokens
                .get(at)
                .is_some_and(|t| t.is(WORD) && UNITS.contains(&tokens.folded(at)))
        };
        let spaced =
            spaced_word(tokens, index + 1).is_some_and(|t| one_character(first.end, t.start));
        if spaced && units(index + 1) {
            ends.push(index + 1);
        } else if glued(tokens, index + 1, "-")
            && tokens.get(index + 2).is_some_and(|t| !t.is(SPACED))
            && units(index + 2)
        {
            ends.push(index + 2);
        }
    }
    // The first word of every number phrase is a NUMBER_WORD: a digit
    // opens none of them.
    if first.is(NUMBER_WORD) {
        if let Some(phrases) = NUMBER_WORDS.get(tokens.folded(index)) {
            ends.extend(phrases.iter().filter_map(|w| phrase_at(tokens, index, w)));
        }
    }
    ends
}

/// Whether the word at `index` is a unit of time a count takes (the grammar's
/// `{UNIT}`), in any case.
fn counted_unit(tokens: &Tokens<'_>, index: usize) -> bool {
    tokens.get(index).is_some_and(|t| t.is(WORD | UNIT)) && {
        let folded = tokens.folded(index);
        TIME_UNITS
            .iter()
            .any(|&(unit, counted)| counted && unit == folded)
    }
}

/// Slots over the tokens `first..=last`, filled with named token spans.
fn token_slots<'h>(
    tokens: &Tokens<'h>,
    first: usize,
    last: usize,
    named: &[(&'static str, Option<(usize, usize)>)],
) -> Slots<'h> {
    let sentence = tokens.sentence();
    let all = tokens.all();
    let mut slots = Slots::new(sentence, all[first].start, all[last].end);
    for &(name, span) in named {
        if let Some((from, to)) = span {
            slots.fill(name, sentence, all[from].start, all[to].end);
        }
    }
    slots
}

#[cfg(test)]
use oracle::{every_joining, framed};

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&WRITTEN_NAMES);
    LazyLock::force(&NUMBER_WORDS);
    vague::build_tables();
    season::build_tables();
    duration::build_tables();
    holiday::build_tables();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_as_the_grammar_does() {
        let ends = |text: &str| numbers(&Tokens::of(text), 0);
        assert_eq!(ends("1,500.25 years"), [4]);
        assert_eq!(ends("1,50 years"), [0]);
        assert_eq!(ends("twenty-four years"), [2, 0]);
        assert_eq!(ends("twenty  four years"), [0]);
        assert_eq!(ends("A couple of years"), [2, 1, 0]);
        assert!(ends("5th year").is_empty());
    }

    #[test]
    fn a_word_opens_the_rules_of_its_classes_and_of_its_words() {
        use crate::text::tokens::MONTH;
        static BY_CLASS: TokenRule = TokenRule {
            rule: Rule::Month,
            trigger: WORD,
            find: |_, _, _| {},
            opens: Opening {
                classes: MONTH | DIGITS,
                words: &[],
                data_words: None,
            },
            needs: &[],
            needs_data: None,
            examples: &[],
        };
        /// A rule opened by "the" and "last" that needs `needs`.
        const fn needing(needs: &'static [&'static str]) -> TokenRule {
            TokenRule {
                rule: Rule::Vague,
                trigger: WORD,
                find: |_, _, _| {},
                opens: Opening {
                    classes: 0,
                    words: &[&["the", "last"]],
                    data_words: None,
                },
                needs,
                needs_data: None,
                examples: &[],
            }
        }
        static BY_WORD: TokenRule = needing(&[]);
        static NEEDS_BOATS: TokenRule = needing(&["Boats", "ships"]);
        static NEEDS_TRAINS: TokenRule = needing(&["trains"]);
        let table = OpeningTable::new(&[&BY_CLASS, &BY_WORD, &NEEDS_BOATS, &NEEDS_TRAINS]);
        let tokens = Tokens::of("The LAST of May, 12 ships.");
        let masks = table.masks(&tokens);
        assert_eq!(masks.by_token, [0b1110, 0b1110, 0, 0b0001, 0, 0b0001, 0, 0]);
        assert_eq!(masks.runnable, 0b0111);
        let starts = table.starts(&masks, 1);
        assert!(starts.at(0) && !starts.at(3));
    }

    #[test]
    fn reads_capitals_as_the_grammar_does() {
        assert!(lower_or_capital("Last", "last") && lower_or_capital("last", "last"));
        assert!(!lower_or_capital("LAST", "last") && !lower_or_capital("lasts", "last"));
        assert_eq!(calendar_name("weekday", "TUES"), Some(true));
        assert_eq!(calendar_name("weekday", "Tuesday"), Some(false));
        assert_eq!(calendar_name("weekday", "tuesday"), None);
    }
}
