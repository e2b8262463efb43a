//! Acronyms: one defined in brackets after a name ("Hayat Tahrir al-Sham
//! (HTS)") stands for that name; one after a lowercase description ("main
//! intelligence directorate (GUR)") names an organisation by those words.

use crate::analysis::EntityType;
use crate::span::ByteSpan;

use super::names::{COMMON_WORDS, GAZETTEER};
use super::recogniser::Recogniser;
use super::tokens::Token;
use super::words::title_case;
use super::{Context, Draft};

impl Recogniser<'_, '_> {
    /// "… (HTS)": the acronym after a run stands for the run's last name. After a
    /// lowercase description ("main intelligence directorate (GUR)") it is an
    /// organisation named by those words.
    pub(super) fn acronym_definition(&self, end: usize, first: usize, drafts: &mut Vec<Draft>) {
        let toks = self.toks;
        // "the UK Maritime Trade Operations agency (UKMTO)": one lowercase word
        // may stand between, if the acronym spells the name.
        let word_between = toks
            .get(end)
            .is_some_and(|t| t.is_word && t.text.starts_with(|c: char| c.is_lowercase()))
            && toks.get(end + 1).is_some_and(|t| t.text == "(");
        let end = end + usize::from(word_between);
        let (Some(open), Some(acronym), Some(close)) =
            (toks.get(end), toks.get(end + 1), toks.get(end + 2))
        else {
            return;
        };
        // Most runs end without brackets: no letters to count.
        if open.text != "(" || close.text != ")" {
            return;
        }
        // A short name with capitals inside stands for the name before it too
        // ("King Salman Humanitarian Aid and Relief Center (KSrelief)", "StratCom").
        let capitals = acronym
            .text
            .chars()
            .filter(char::is_ascii_uppercase)
            .count();
        let short_name = (2..=6).contains(&capitals)
            && acronym.text.len() <= 12
            && acronym.text.chars().all(|c| c.is_ascii_alphabetic());
        if !(is_acronym(acronym.text) || short_name) {
            return;
        }
        let joined = self.join_names_the_acronym_spells(acronym.text, drafts);
        let first = if joined { 0 } else { first };
        // "BERLIN (AP)" is a dateline: an acronym defines a name only if its letters
        // are that name's capitals, in order, and it is not a known name itself;
        // or if the name is an organisation's of three words or more, which
        // may be abbreviated in its own language ("Disaster and Emergency
        // Management Authority (AFAD)", for Afet ve Acil Durum).
        let definition = drafts.get(first..).and_then(|d| d.last()).filter(|d| {
            let name = d.span.text(self.text);
            // Not the last part of a name a comma cut ("Ministry of Trade,
            // Industry and Energy (MOTIE)").
            let after_comma = self.text[..d.span.start].trim_end().ends_with(',');
            let long_org = d.kind == Some(EntityType::Org)
                && !after_comma
                && name.split_whitespace().count() >= 3
                && acronym.text.len() >= 3
                && acronym.text.bytes().all(|b| b.is_ascii_uppercase());
            GAZETTEER.exact(acronym.text).is_none()
                && (abbreviates(acronym.text, name)
                    || initials_in_other_order(acronym.text, name)
                    || long_org)
        });
        if definition.is_none() && (word_between || !is_acronym(acronym.text)) {
            return;
        }
        let defined_by = definition.map(|d| d.span);
        drafts.push(Draft {
            span: acronym.span,
            kind: definition.and_then(|d| d.kind).or(Some(EntityType::Org)),
            fixed: None,
            defined_by,
            context: Context::default(),
            variant: None,
            key: None,
            initial: false,
        });
    }

    /// "International Search and Rescue (ISAR)": the last two names before
    /// the acronym, joined by "and" or "&", are one organisation when the
    /// acronym spells them together and not the last alone.
    fn join_names_the_acronym_spells(&self, acronym: &str, drafts: &mut Vec<Draft>) -> bool {
        let n = drafts.len();
        if n < 2 || GAZETTEER.exact(acronym).is_some() {
            return false;
        }
        let (before, last) = (drafts[n - 2].span, drafts[n - 1].span);
        let between = self.text.get(before.end..last.start);
        let known = |span: ByteSpan| GAZETTEER.exact(span.text(self.text)).is_some();
        if !matches!(between, Some(" and " | " & "))
            || abbreviates(acronym, last.text(self.text))
            || known(before)
            || known(last)
        {
            return false;
        }
        let joined = ByteSpan::new(before.start, last.end);
        if !abbreviates(acronym, joined.text(self.text)) {
            return false;
        }
        drafts.pop();
        let name = &mut drafts[n - 2];
        name.span = joined;
        name.kind = Some(EntityType::Org);
        name.fixed = None;
        name.variant = None;
        name.key = None;
        true
    }

    /// An acronym in brackets after a lowercase description ("Ukraine's main
    /// intelligence directorate (GUR)") names an organisation: the description's
    /// words, one per letter, in title case.
    pub(super) fn described_acronym(&self, at: usize) -> Option<String> {
        let toks = self.toks;
        let acronym = toks.get(at)?;
        // The brackets first: they rule out nearly every word without a look-up.
        if toks.get(at.checked_sub(1)?)?.text != "("
            || toks.get(at + 1)?.text != ")"
            || !is_acronym(acronym.text)
            || GAZETTEER.exact(acronym.text).is_some()
        {
            return None;
        }
        let letters = acronym
            .text
            .chars()
            .filter(char::is_ascii_uppercase)
            .count();
        let words: Vec<&Token<'_>> = toks[..at - 1].iter().rev().take(letters).collect();
        let described = words.len() == letters
            && words.iter().all(|t| {
                t.is_word
                    && t.text.starts_with(char::is_lowercase)
                    && !COMMON_WORDS.contains(t.text)
            });
        described.then(|| {
            let expansion: Vec<String> = words.iter().rev().map(|t| title_case(t.text)).collect();
            crate::text::as_strs(&expansion).join(" ")
        })
    }
}

pub(super) fn is_acronym(word: &str) -> bool {
    // Most names fail at their second letter, before the capitals are counted.
    word.chars()
        .all(|c| c.is_ascii_uppercase() || matches!(c, '/' | '&' | '-'))
        && (2..=8).contains(&word.chars().filter(char::is_ascii_uppercase).count())
}

/// True when the letters of an acronym of three or more capitals are initials
/// of words of `name` in another order, each word's once: an acronym of the
/// name in its own language ("Military Emergency Unit (UME)", for Unidad
/// Militar de Emergencias).
fn initials_in_other_order(acronym: &str, name: &str) -> bool {
    let mut initials: Vec<char> = name
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    acronym.len() >= 3
        && acronym.bytes().all(|b| b.is_ascii_uppercase())
        && acronym.chars().all(|c| {
            let c = c.to_ascii_lowercase();
            initials
                .iter()
                .position(|&i| i == c)
                .map(|at| initials.swap_remove(at))
                .is_some()
        })
}

/// True when the letters of `acronym` start words or parts of `name`, or are its
/// capitals, in order ("HTS" of "Hayat Tahrir al-Sham", "JAF" of "Jaysh al-Fatah").
fn abbreviates(acronym: &str, name: &str) -> bool {
    let mut previous = ' ';
    let mut initials = name.chars().filter_map(move |c| {
        let initial = c.is_uppercase() || matches!(previous, ' ' | '-');
        previous = c;
        initial.then(|| c.to_ascii_lowercase())
    });
    acronym
        .chars()
        .filter(char::is_ascii_uppercase)
        .all(|a| initials.any(|c| c == a.to_ascii_lowercase()))
}
