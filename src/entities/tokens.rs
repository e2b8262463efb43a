//! Words of a sentence with their byte spans, as the recogniser needs them,
//! read from the sentence's text tokens:
//! "U.S." and "W." keep their full stops, "al-Assad", "An-124" and "RFE/RL"
//! stay whole, and a possessive "'s" is cut off and remembered.

use std::sync::LazyLock;

use super::names::{
    GAZETTEER, LOWERCASE_NAMES, NAME_ARTICLES, NAME_PARTICLES, WEEKDAYS_AND_MONTHS,
};
use super::words::is_number;
use crate::analysis::EntityType;
use crate::lexicon::{abbreviation, name_cue_entries, CueRoles};
use crate::span::ByteSpan;
use crate::text::tokens::{self as text, Class, Tokens, WordId};

/// One word or punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// Where it is, in the text's frame.
    pub span: ByteSpan,
    /// The word, without a possessive.
    pub text: &'a str,
    /// True for a word, false for punctuation.
    pub is_word: bool,
    /// True when a possessive "'s" followed the word.
    pub possessive: bool,
    /// The letters' classes of the text layer ([`text::CAPITALISED`],
    /// [`text::LOWERCASE_FIRST`], [`text::TWO_LETTERS`], [`text::ALL_CAPS`],
    /// [`text::NON_ASCII`]): the headline test and the article's lowercase
    /// words ask them of every token.
    class: Class,
    /// [`capitalised`], decided once: the recogniser asks it of a token many times.
    capitalised: bool,
    /// True when the token is one text token, whose `class` holds the
    /// lexicon's classes too ([`text::MONTH`], [`text::WEEKDAY`]).
    whole: bool,
    /// The roles of `name_cues.tsv` the word has, exactly as written (none for
    /// punctuation): the recogniser asks a token about up to a dozen roles.
    pub cues: CueRoles,
    /// The text layer's lexicon id of the word in any letter case ("The" and
    /// "the" share one); [`text::UNKNOWN`] for a token joined or cut from text
    /// tokens.
    id: WordId,
}

/// The words of `name_cues.tsv` by the text layer's id of their fold, each
/// with its roles as written ("The" and "the" share an id): a text token's id
/// tells its roles without hashing its text again.
static CUES_BY_ID: LazyLock<Vec<Vec<(&'static str, CueRoles)>>> = LazyLock::new(|| {
    let mut by_id: Vec<Vec<(&'static str, CueRoles)>> = Vec::new();
    for (word, roles) in name_cue_entries() {
        let id = text::word_id(word) as usize;
        if id != text::UNKNOWN as usize {
            if by_id.len() <= id {
                by_id.resize(id + 1, Vec::new());
            }
            by_id[id].push((word, roles));
        }
    }
    by_id
});

/// The roles of the word `text`, the whole of a text token whose id is `id`.
fn cues_of_id(id: WordId, text: &str) -> CueRoles {
    CUES_BY_ID
        .get(id as usize)
        .and_then(|forms| forms.iter().find(|(form, _)| *form == text))
        .map_or(CueRoles::default(), |&(_, roles)| roles)
}

/// The roles of `word` as written, in `name_cues.tsv`.
pub(super) fn cue_roles(word: &str) -> CueRoles {
    cues_of_id(text::word_id(word), word)
}

impl<'a> Token<'a> {
    /// A token that is the whole of the text token `t` (as most are): its
    /// class tells its letters, and its id its roles, without reading it again.
    #[inline]
    fn whole(span: ByteSpan, text: &'a str, is_word: bool, t: &text::Token) -> Self {
        let cues = if is_word && t.class & text::NAME_CUE != 0 {
            cues_of_id(t.word, text)
        } else {
            CueRoles::default()
        };
        Token {
            span,
            text,
            is_word,
            possessive: false,
            class: t.class,
            // A text token holds no hyphen: capitalised is its class's, or
            // its roles'.
            capitalised: t.class & text::CAPITALISED != 0 || cues.has(LOWERCASE_NAMES),
            whole: true,
            cues,
            id: t.word,
        }
    }

    /// A token joined from text tokens or cut from one: its letters and roles
    /// are read from its text.
    fn read(span: ByteSpan, text: &'a str, is_word: bool, possessive: bool) -> Self {
        let class = letters_of(text);
        Token {
            span,
            text,
            is_word,
            possessive,
            class,
            capitalised: capitalised(text, class),
            whole: false,
            cues: if is_word {
                CueRoles::of(text)
            } else {
                CueRoles::default()
            },
            id: text::UNKNOWN,
        }
    }

    /// The token at `span` of the words `text`: [`Token::whole`] where it is
    /// the text token `whole`, else [`Token::read`].
    #[inline]
    fn new(span: ByteSpan, text: &'a str, is_word: bool, whole: Option<&text::Token>) -> Self {
        match whole {
            Some(t) => Token::whole(span, text, is_word, t),
            None => Token::read(span, text, is_word, false),
        }
    }

    /// The text layer's lexicon id of the word, where the word is written as
    /// the lexicon holds it (lowercase ASCII, [`text::FOLDED`]); else, and for
    /// a token joined or cut from text tokens, [`text::UNKNOWN`].
    pub fn folded_id(&self) -> WordId {
        if self.class & text::FOLDED != 0 {
            self.id
        } else {
            text::UNKNOWN
        }
    }

    /// The roles of the word's lowercase form ("Frigate" as "frigate"), for a
    /// word a sentence's or a headline's start may have capitalised.
    pub fn lowercase_cues(&self) -> CueRoles {
        if self.class & text::NAME_CUE == 0 {
            return CueRoles::default();
        }
        CUES_BY_ID
            .get(self.id as usize)
            .and_then(|forms| {
                forms.iter().find(|(form, _)| {
                    form.eq_ignore_ascii_case(self.text)
                        && !form.starts_with(|c: char| c.is_uppercase())
                })
            })
            .map_or(CueRoles::default(), |&(_, roles)| roles)
    }

    /// True for a number ([`is_number`]): digits, with stops, commas, hyphens,
    /// colons or slashes after the first ("1,200", "2024-05-02").
    pub fn is_number(&self) -> bool {
        if self.whole {
            // One text token has no punctuation inside: its digits are all.
            self.class & text::DIGITS != 0
        } else {
            is_number(self.text)
        }
    }

    /// True for a number in digits, with an ordinal suffix ("15th") when
    /// `ordinal`: one text token, whose class tells.
    pub fn is_number_word(&self, ordinal: bool) -> bool {
        let class = if ordinal { text::ORDINAL } else { text::DIGITS };
        self.whole && self.class & class != 0
    }

    /// True for a weekday's or a month's name or abbreviation, with its full
    /// stop or not ("Jan."), in any ASCII letter case.
    pub fn is_weekday_or_month(&self) -> bool {
        if self.whole {
            self.class & (text::MONTH | text::WEEKDAY) != 0 && self.class & text::NON_ASCII == 0
        } else {
            let word = self.text.strip_suffix('.').unwrap_or(self.text);
            WEEKDAYS_AND_MONTHS.contains(&word.to_ascii_lowercase())
        }
    }

    /// A month's name, or a word cut short with its stop ("Jan.", joined
    /// from two text tokens; a weekday's would be too, but rarely stands so).
    pub fn is_month_or_cut(&self) -> bool {
        if self.whole {
            self.class & text::MONTH != 0
        } else {
            self.text.len() <= 5 && self.text.ends_with('.')
        }
    }

    /// One or two digits: a day's number ("16" in "Jan. 16").
    pub fn is_day_number(&self) -> bool {
        self.whole && self.class & text::DIGITS != 0 && self.text.len() <= 2
    }

    /// True when the word starts with a capital letter, or is a lowercase Arabic
    /// article joined to a capitalised name ("al-Assad").
    pub fn is_capitalised(&self) -> bool {
        self.capitalised
    }

    /// True when the first character is an upper-case letter.
    pub fn starts_upper(&self) -> bool {
        self.class & text::CAPITALISED != 0
    }

    /// True when the first character is a lower-case letter.
    pub fn starts_lower(&self) -> bool {
        self.class & text::LOWERCASE_FIRST != 0
    }

    /// True for a word with two letters or more.
    pub fn has_letters(&self) -> bool {
        self.is_word && self.class & text::TWO_LETTERS != 0
    }

    /// True when no letter of the token is lower case (told of words with
    /// two letters or more).
    pub fn has_no_lowercase(&self) -> bool {
        self.class & text::ALL_CAPS != 0
    }

    /// True for a word of letters and digits only: one text token, which
    /// holds no other character when it is whole.
    pub fn is_letters_and_digits(&self) -> bool {
        self.is_word && self.whole
    }

    /// True when the token has four characters or more.
    pub fn is_long(&self) -> bool {
        let ascii_word = self.is_word && self.class & text::NON_ASCII == 0;
        self.text.len() >= 4 && (ascii_word || self.text.chars().nth(3).is_some())
    }
}

/// The letters' classes of a word that is no one text token (see [`Token`]),
/// [`text::ALL_CAPS`] for one without lower-case letters.
fn letters_of(word: &str) -> Class {
    let mut class = 0;
    match word.chars().next() {
        Some(c) if c.is_uppercase() => class |= text::CAPITALISED,
        Some(c) if c.is_lowercase() => class |= text::LOWERCASE_FIRST,
        _ => {}
    }
    if word.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() {
        class |= text::TWO_LETTERS;
    }
    if !word.chars().any(char::is_lowercase) {
        class |= text::ALL_CAPS;
    }
    if !word.is_ascii() {
        class |= text::NON_ASCII;
    }
    class
}

/// True when `word` (whose letters' classes are `class`) starts with a capital
/// letter, or is a lowercase Arabic article joined to a capitalised name
/// ("al-Assad"), or a French elided one ("Côte d'Ivoire", "Quai d'Orsay").
fn capitalised(word: &str, class: Class) -> bool {
    if class & text::CAPITALISED != 0 {
        return true;
    }
    let elided = ["d'", "d’", "l'", "l’"].iter().any(|a| {
        word.strip_prefix(a)
            .is_some_and(|name| name.starts_with(char::is_uppercase))
    });
    if elided {
        return true;
    }
    // The articles are two or three letters long: only a hyphen among the
    // first four bytes can end one.
    !word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .bytes()
            .take(4)
            .position(|b| b == b'-')
            .is_some_and(|hyphen| {
                NAME_ARTICLES.contains(&word[..hyphen])
                    && word[hyphen + 1..].starts_with(char::is_uppercase)
            })
}

/// True when a slash joins a photographer's name and an agency, either way
/// round ("Marco Bello/Reuters", "REUTERS/Mohamed Azakir"): two names, where
/// "RFE/RL" and "CDU/CSU" are one.
fn is_credit(before: &str, after: &str) -> bool {
    let agency = |word: &str| {
        GAZETTEER
            .folded(word)
            .is_some_and(|k| k.kind == EntityType::Org)
    };
    let mixed_case = |word: &str| word.chars().any(char::is_lowercase);
    agency(after) && mixed_case(before) || agency(before) && mixed_case(after)
}

/// Pushes onto `words` the entity words of a sentence read into text tokens
/// (the sentence found at byte `offset` of the text), joined from its
/// [`Tokens::pieces`]: letters and digits with a hyphen, apostrophe, slash,
/// ampersand or full stop between them stay one word.
pub fn push_split<'a>(tokens: &Tokens<'a>, offset: usize, words: &mut Vec<Token<'a>>) {
    let sentence = tokens.sentence();
    let pieces = tokens.pieces();
    let char_at = |k: usize| -> Option<char> {
        let piece = pieces.get(k).filter(|p| !p.spaced && !p.alphanumeric)?;
        sentence[piece.start..].chars().next()
    };
    let joined_run = |k: usize| pieces.get(k).is_some_and(|p| p.alphanumeric && !p.spaced);
    // The text token a piece is, where each piece is one (see
    // [`Tokens::pieces`]).
    let one_to_one = !tokens.has_any(text::MIXED | text::ALPHANUMERIC_SIGN);
    let whole_token = |k: usize| one_to_one.then(|| &tokens.all()[k]);
    words.reserve(pieces.len());
    let mut i = 0;
    while i < pieces.len() {
        let start = pieces[i].start;
        if !pieces[i].alphanumeric {
            let end = pieces[i].end;
            words.push(Token::new(
                ByteSpan::new(start, end).shift(offset),
                &sentence[start..end],
                false,
                whole_token(i),
            ));
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while let Some(c) = char_at(j) {
            let credit = c == '/'
                && joined_run(j + 1)
                && is_credit(
                    &sentence[pieces[j - 1].start..pieces[j - 1].end],
                    &sentence[pieces[j + 1].start..pieces[j + 1].end],
                );
            if credit {
                break;
            }
            if matches!(c, '-' | '\'' | '’' | '/' | '&' | '.') && joined_run(j + 1) {
                j += 2;
            } else if c == '.' && char_at(j + 1) == Some('-') {
                // "U.S.-designated": the stop belongs to the abbreviation.
                j += 1;
            } else {
                break;
            }
        }
        // An e-mail address or a handle ("JubaACS@state.gov", "@MoscowEmbassy")
        // names no one: one token that is no word.
        let at_sign = |k: usize| {
            pieces
                .get(k)
                .is_some_and(|p| sentence[p.start..].starts_with('@'))
        };
        if char_at(j) == Some('@') || i > 0 && at_sign(i - 1) && !pieces[i].spaced {
            while matches!(char_at(j), Some('@' | '.' | '-' | '_')) && joined_run(j + 1) {
                j += 2;
            }
            let end = pieces[j - 1].end;
            let address = ByteSpan::new(start, end);
            words.push(Token::new(
                address.shift(offset),
                &sentence[start..end],
                false,
                None,
            ));
            i = j;
            continue;
        }
        let mut end = pieces[j - 1].end;
        let mut word = &sentence[start..end];
        // A full stop after an initial or a known abbreviation is part of it.
        if char_at(j) == Some('.') {
            let single = word.chars().count() == 1 && word.starts_with(char::is_uppercase);
            let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2);
            if single || dotted || abbreviation(word).is_some() {
                end += 1;
                j += 1;
                word = &sentence[start..end];
            }
        }
        if j == i + 1 {
            // One run of letters and digits holds no possessive and no hyphen.
            words.push(Token::new(
                ByteSpan::new(start, end).shift(offset),
                word,
                true,
                whole_token(i),
            ));
            i = j;
            continue;
        }
        let mut text_end = end;
        let mut possessive = false;
        for suffix in ["'s", "’s"] {
            // Some names end in one: "Moody's", "McDonald's", "Lloyd's".
            if word.len() > suffix.len()
                && word.ends_with(suffix)
                && GAZETTEER.exact(word).is_none()
            {
                text_end = end - suffix.len();
                possessive = true;
            }
        }
        push_word(words, sentence, start, text_end, offset, possessive);
        i = j;
    }
}

/// Pushes a word, splitting off lowercase parts joined by hyphens to a name:
/// "ex-Soviet" gives "ex-" and "Soviet", "U.S.-designated" gives "U.S." and
/// "-designated". Arabic articles ("al-Assad"), "-class" and digits stay joined.
fn push_word<'a>(
    tokens: &mut Vec<Token<'a>>,
    sentence: &'a str,
    start: usize,
    end: usize,
    offset: usize,
    possessive: bool,
) {
    let word = &sentence[start..end];
    // Most words hold no hyphen: one token, as the parts below would give.
    if !word.contains('-') {
        if word.is_empty() {
            return;
        }
        tokens.push(Token::read(
            ByteSpan::new(start, end).shift(offset),
            word,
            true,
            possessive,
        ));
        return;
    }
    let is_lower = |p: &str| p.starts_with(|c: char| c.is_lowercase());
    let is_article = |p: &str| NAME_PARTICLES.contains(p);
    let parts: Vec<&str> = word.split('-').collect();
    // "Russia-Ukraine war", "US-Russia talks": known places and bodies joined
    // by hyphens, which together name nothing known ("Guinea-Bissau") and open
    // no longer name ("the NATO-Russia Council"), are names each. Peoples'
    // compounds stay whole ("Cuban-American").
    let place_or_body = |p: &str| {
        p.starts_with(char::is_uppercase)
            && GAZETTEER
                .exact(p)
                .is_some_and(|k| matches!(k.kind, EntityType::Place | EntityType::Org))
    };
    let name_after = sentence[end..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    // A wire service's slug before a headline: "EXCLUSIVE-Russia moves", "UPDATE
    // 2-Russian ships", "RPT-UPDATE 1-Syria's". The slug (capitals no table knows, or the update's
    // number after one) is no word of a name; the name after it is one.
    // It opens the headline: a firm's name may be written so ("LIN-BellSouth").
    let is_capitals = |p: &str| p.len() >= 3 && p.bytes().all(|b| b.is_ascii_uppercase());
    let before = sentence[..start].trim_start();
    let slug = parts.len() == 2
        && parts[1].starts_with(char::is_uppercase)
        && parts[1].chars().any(char::is_lowercase)
        && (before.is_empty() && is_capitals(parts[0]) && GAZETTEER.exact(parts[0]).is_none()
            || parts[0].bytes().all(|b| b.is_ascii_digit())
                && before
                    .strip_suffix(' ')
                    .is_some_and(|slug| slug.split('-').all(is_capitals)));
    let pair =
        parts.iter().all(|p| place_or_body(p)) && !name_after && GAZETTEER.exact(word).is_none();
    if slug || pair {
        // A slug is no word; each name of a pair is one.
        let named = |k: usize| pair || k == 1;
        return push_parts(tokens, sentence, start, offset, &parts, named, possessive);
    }
    let has_name = parts.iter().any(|p| p.starts_with(char::is_uppercase));
    let mut first = 0;
    let mut last = parts.len();
    if has_name {
        while first < last && is_lower(parts[first]) && !is_article(parts[first]) {
            first += 1;
        }
        while last > first + 1 && is_lower(parts[last - 1]) && parts[last - 1] != "class" {
            last -= 1;
        }
    }
    let offset_of = |k: usize| -> usize { parts[..k].iter().map(|p| p.len() + 1).sum() };
    let mut emit = |a: usize, b: usize, possessive: bool| {
        let (s, e) = (start + a, start + b);
        if s < e {
            tokens.push(Token::read(
                ByteSpan::new(s, e).shift(offset),
                &sentence[s..e],
                true,
                possessive,
            ));
        }
    };
    if first == 0 && last == parts.len() {
        emit(0, word.len(), possessive);
        return;
    }
    let name_start = offset_of(first);
    let name_end = (offset_of(last).saturating_sub(1)).max(name_start);
    emit(0, name_start, false);
    emit(name_start, name_end, possessive && last == parts.len());
    emit(name_end, word.len(), possessive);
}

/// Pushes the hyphen-joined `parts` of the word at `start` as tokens of their
/// own, the hyphens between them as punctuation; `named(k)` tells whether part
/// `k` is a word, and the possessive goes with the last part.
fn push_parts<'a>(
    tokens: &mut Vec<Token<'a>>,
    sentence: &'a str,
    start: usize,
    offset: usize,
    parts: &[&str],
    named: impl Fn(usize) -> bool,
    possessive: bool,
) {
    let mut at = start;
    for (k, part) in parts.iter().enumerate() {
        if k > 0 {
            tokens.push(Token::read(
                ByteSpan::new(at, at + 1).shift(offset),
                &sentence[at..at + 1],
                false,
                false,
            ));
            at += 1;
        }
        let end = at + part.len();
        tokens.push(Token::read(
            ByteSpan::new(at, end).shift(offset),
            &sentence[at..end],
            named(k),
            possessive && k + 1 == parts.len(),
        ));
        at = end;
    }
}

/// Builds this module's word tables now ([`crate::prepare`]).
pub(super) fn build_tables() {
    LazyLock::force(&CUES_BY_ID);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split<'a>(tokens: &Tokens<'a>, offset: usize) -> Vec<Token<'a>> {
        let mut words = Vec::new();
        push_split(tokens, offset, &mut words);
        words
    }

    #[test]
    fn reads_cue_roles_and_calendar_words_by_the_text_tokens_ids() {
        let sentence = "The frigate HMS Gannet, the SHIP and said-Gannet sailed in May, said Ali.";
        let tokens = Tokens::of(sentence);
        for token in split(&tokens, 0) {
            let expected = if token.is_word {
                CueRoles::of(token.text)
            } else {
                CueRoles::default()
            };
            assert_eq!(token.cues, expected, "{}", token.text);
            let calendar = WEEKDAYS_AND_MONTHS.contains(&token.text.to_ascii_lowercase());
            assert_eq!(token.is_weekday_or_month(), calendar, "{}", token.text);
        }
        let roles = |word: &str| split(&Tokens::of(word), 0)[0].cues;
        assert_ne!(roles("frigate"), CueRoles::default());
        assert_eq!(roles("FRIGATE"), CueRoles::default());
    }

    #[test]
    fn keeps_abbreviations_compounds_and_possessives_apart() {
        let got: Vec<_> = split(
            &Tokens::of("Russia’s U.S.-designated al-Assad met W. Bush, An-124s."),
            0,
        )
        .into_iter()
        .map(|t| (t.text, t.possessive))
        .collect();
        assert_eq!(
            got,
            vec![
                ("Russia", true),
                ("U.S.", false),
                ("-designated", false),
                ("al-Assad", false),
                ("met", false),
                ("W.", false),
                ("Bush", false),
                (",", false),
                ("An-124s", false),
                (".", false)
            ]
        );
    }
}
