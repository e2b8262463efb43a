//! Stage 2: sentences. Consumes the body lines from [`crate::clean`]. Produces
//! sentences as byte spans into the original text. A line break always ends a
//! sentence (headlines and bullets have no full stop); inside a line a sentence
//! ends at `.`, `!` or `?` (and closing quotes) followed by a space and a capital,
//! a digit or an opening quote, unless the word before the stop is a single
//! capital initial or a known abbreviation ("Mr.", "Dec.", "U.S."). After some
//! abbreviations a function word still opens a sentence ("Acme Inc. The").

use crate::lexicon::{abbreviation, FUNCTION_WORDS};
use crate::span::ByteSpan;

/// One sentence of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is in the original text.
    pub span: ByteSpan,
    /// Index of the body line it belongs to.
    pub line: usize,
}

/// Splits the body lines into sentences. A tab ends one too: it parts a
/// table's cells ("United Kingdom\tOperation Dynamo\tDunkirk"), whose names
/// and numbers are not one phrase.
pub fn split(text: &str, body: &[ByteSpan]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (line, &span) in body.iter().enumerate() {
        let mut cell_start = span.start;
        for cell in span.text(text).split('\t') {
            let cell_end = cell_start + cell.len();
            let mut start = cell_start;
            for end in boundaries(cell).into_iter().chain([cell.len()]) {
                let sentence = ByteSpan::new(start, cell_start + end).trim(text);
                if !sentence.is_empty() {
                    out.push(Sentence {
                        span: sentence,
                        line,
                    });
                }
                start = cell_start + end;
            }
            cell_start = cell_end + 1;
        }
    }
    out
}

/// Byte offsets (exclusive ends) where sentences end inside one line.
fn boundaries(line: &str) -> Vec<usize> {
    let bytes = line.as_bytes();
    let mut ends = Vec::new();
    let mut from = 0;
    while let Some(i) = next_stop(bytes, from) {
        let mut end = i + 1;
        loop {
            if end < bytes.len()
                && (matches!(bytes[end], b'"' | b'\'' | b')')
                    || line[end..].starts_with(['”', '’'])
                    || line[end..].starts_with(SUPERSCRIPT_DIGITS))
            {
                end += line[end..].chars().next().map_or(1, char::len_utf8);
            } else if let Some(marker) = footnote_marker(&bytes[end..]) {
                end += marker;
            } else if let Some(digits) = pasted_marker(bytes, i, end) {
                end += digits;
            } else {
                break;
            }
        }
        if ends_sentence(line, i, end) {
            ends.push(end);
        }
        from = end;
    }
    ends
}

/// The superscript digits of footnotes' markers ("Syria.¹"), which stay with
/// the sentence that they follow, as closing quotes do.
pub(crate) const SUPERSCRIPT_DIGITS: [char; 10] =
    ['¹', '²', '³', '⁰', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// The length of a footnote's marker at the start of `bytes` ("[41]", "[a]",
/// "(5)"), which a reference page or a paper puts after a sentence's stop: up
/// to four letters or digits in square brackets, or digits in round ones.
fn footnote_marker(bytes: &[u8]) -> Option<usize> {
    let (open, close, inside): (u8, u8, fn(&u8) -> bool) = match bytes.first()? {
        b'[' => (b'[', b']', u8::is_ascii_alphanumeric),
        _ => (b'(', b')', u8::is_ascii_digit),
    };
    let end = bytes.iter().take(6).position(|&b| b == close)?;
    (bytes[0] == open && end > 1 && bytes[1..end].iter().all(inside)).then_some(end + 1)
}

/// The length of a footnote's number pasted from a page without its
/// superscript, right after the stop at `stop` that ends a word in lower case,
/// before the next sentence's capital ("supplied by tanker.4 According to"):
/// one or two digits.
fn pasted_marker(bytes: &[u8], stop: usize, end: usize) -> Option<usize> {
    let at = |k: usize| bytes.get(end + k).copied().unwrap_or(0);
    let digits = 1 + usize::from(at(1).is_ascii_digit());
    (end == stop + 1
        && stop > 0
        && bytes[stop - 1].is_ascii_lowercase()
        && at(0).is_ascii_digit()
        && at(digits) == b' '
        && at(digits + 1).is_ascii_uppercase())
    .then_some(digits)
}

/// Where the first '.', '!' or '?' at or after `from` is.
fn next_stop(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    // Most bytes are no stop: eight of them are tested at once, as one number.
    while let Some(chunk) = bytes
        .get(at..at + 8)
        .and_then(|chunk| <[u8; 8]>::try_from(chunk).ok())
    {
        let word = u64::from_le_bytes(chunk);
        if holds_byte(word, b'.') | holds_byte(word, b'!') | holds_byte(word, b'?') {
            break;
        }
        at += 8;
    }
    let is_stop = |b: &u8| matches!(b, b'.' | b'!' | b'?');
    Some(at + bytes.get(at..)?.iter().position(is_stop)?)
}

/// Whether one of the eight bytes of `word` is `byte`: a byte of `word ^
/// byte`s that is zero, and only such a byte, borrows its high bit when one
/// is taken from each byte (a borrow runs on only past a zero byte).
fn holds_byte(word: u64, byte: u8) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    let x = word ^ (ONES * u64::from(byte));
    x.wrapping_sub(ONES) & !x & (ONES << 7) != 0
}

/// True when the stop at `stop` (with closing punctuation up to `end`) ends a sentence.
fn ends_sentence(line: &str, stop: usize, end: usize) -> bool {
    let after = &line[end..];
    let Some(next) = after.trim_start().chars().next() else {
        return false;
    };
    if !after.starts_with(char::is_whitespace) {
        return false;
    }
    if !(next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(next, '"' | '“' | '‘' | '\'' | '(' | '[' | '•'))
    {
        return false;
    }
    if line.as_bytes()[stop] != b'.' {
        // "chanting "Russia! Russia!" outside the gate": an exclamation or a
        // question inside a quotation still open goes on with it.
        return end > stop + 1 || !inside_quotation(&line[..stop]);
    }
    // "Jan. 28–Feb. 4": a dash starts a word as a space does.
    let word = line[..stop]
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '-' | '–' | '—'))
        .next()
        .unwrap_or("");
    // A compass point after a coordinate ("35.8740 E. It has been") is no
    // initial; after a house number it opens a street's name ("1200 W. Columbia St.").
    let compass = matches!(word, "N" | "S" | "E" | "W")
        && line[..stop - 1]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|number| {
                number.ends_with(|c: char| c.is_ascii_digit() || c == '°')
                    && number.contains(['.', '°'])
            });
    let single_initial =
        word.chars().count() == 1 && word.chars().all(char::is_uppercase) && !compass;
    // "P.K. Sinha", "O.P. Singh": initials joined by stops before a name,
    // unless the abbreviations know them ("U.S.", which may end a sentence);
    // a state's ("Buffalo, N.Y. His name …") ends one before a function word.
    let initials = word.contains('.')
        && word
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
        && abbreviation(word).is_none()
        && next.is_uppercase()
        && !is_function_word(after.trim_start());
    // "MOSCOW, December 12. /TASS/. Russian diplomats …": an agency's name
    // between slashes closes a dateline, which opens the first sentence.
    let agency = word.len() > 2 && word.starts_with('/') && word.ends_with('/');
    // "MOSCOW. Jan 22 (Interfax) - …": a dateline's town in capitals alone
    // before the stop is no sentence.
    let town = line[..stop].trim_start();
    let dateline_town = town.len() >= 3
        && town
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b' ' || b == b'-');
    if single_initial || initials || agency || dateline_town {
        return false;
    }
    match abbreviation(word) {
        None => true,
        // "... shares of Acme Inc. The company said": a function word opens a
        // sentence; a name goes on after one ("Acme Inc. Chief Executive").
        Some(may_end) => may_end && is_function_word(after.trim_start()),
    }
}

/// True when `before` leaves a quotation open: an odd number of straight
/// double quotes, or more opening curly ones than closing.
fn inside_quotation(before: &str) -> bool {
    let straight = before.bytes().filter(|&b| b == b'"').count();
    let opening = before.matches('“').count();
    let closing = before.matches('”').count();
    straight % 2 == 1 || opening > closing
}

/// Whether the first word of `text`, in lower case, is a function word ("The", "It").
fn is_function_word(text: &str) -> bool {
    let word = text
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    word.len() <= 8 && FUNCTION_WORDS.contains(word.to_ascii_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_stop_as_a_byte_search_does() {
        let line = "No stop here at all, then one. And ! or ? near 0x2E\u{2e}\u{ae} bytes é.";
        let bytes = line.as_bytes();
        for from in 0..=bytes.len() {
            let expected = (from..bytes.len()).find(|&i| matches!(bytes[i], b'.' | b'!' | b'?'));
            assert_eq!(next_stop(bytes, from), expected, "from {from}");
        }
        for (word, byte, holds) in [(*b"abcdefgh", b'h', true), (*b"a.......", b'a', true)] {
            assert_eq!(holds_byte(u64::from_le_bytes(word), byte), holds);
        }
        assert!(!holds_byte(u64::from_le_bytes(*b"\x01\x00\xff/-0>@"), b'.'));
    }

    fn texts(text: &str) -> Vec<&str> {
        let body = vec![ByteSpan::new(0, text.len())];
        split(text, &body)
            .iter()
            .map(|s| s.span.text(text))
            .collect()
    }

    #[test]
    fn splits_at_stops_followed_by_capitals() {
        assert_eq!(
            texts("The ships left. They reached Tartus on Dec. 9, officials said. \"We are safe,\" one said."),
            vec!["The ships left.", "They reached Tartus on Dec. 9, officials said.", "\"We are safe,\" one said."]
        );
    }

    #[test]
    fn an_answers_no_ends_a_sentence_where_a_numbers_goes_on() {
        assert_eq!(
            texts("No. If you missed a flight, we rebook you. Buses leave Gate No. 2 and Nos. 4 and 5."),
            vec!["No.", "If you missed a flight, we rebook you.", "Buses leave Gate No. 2 and Nos. 4 and 5."]
        );
    }

    #[test]
    fn an_exclamation_inside_an_open_quotation_goes_on() {
        assert_eq!(
            texts("Crowds chanted \"Russia! Russia!\" outside the gate. Who left? Nobody."),
            vec![
                "Crowds chanted \"Russia! Russia!\" outside the gate.",
                "Who left?",
                "Nobody."
            ]
        );
        assert_eq!(
            texts("“Help us! Please!” she said. “Go!” Then they left."),
            vec!["“Help us! Please!” she said.", "“Go!”", "Then they left."]
        );
    }

    #[test]
    fn keeps_titles_and_initials_together() {
        assert_eq!(
            texts("Mr. Putin met J. Smith in the U.S. capital."),
            vec!["Mr. Putin met J. Smith in the U.S. capital."]
        );
        assert_eq!(
            texts("“We are under siege.” The activist left."),
            vec!["“We are under siege.”", "The activist left."]
        );
        // A compass point after a coordinate ends its sentence.
        assert_eq!(
            texts("The yard lies at 34.9060 N, 35.8740 E. It has been repaired."),
            vec![
                "The yard lies at 34.9060 N, 35.8740 E.",
                "It has been repaired."
            ]
        );
        assert_eq!(
            texts("The shop at 1200 W. Columbia St. closed."),
            vec!["The shop at 1200 W. Columbia St. closed."]
        );
        // Initials joined by stops stay with the name after them; a state's
        // ends its sentence before a function word.
        assert_eq!(
            texts("Shri P.K. Sinha chaired it. He was born in Buffalo, N.Y. His son left."),
            vec![
                "Shri P.K. Sinha chaired it.",
                "He was born in Buffalo, N.Y.",
                "His son left."
            ]
        );
    }

    #[test]
    fn a_state_of_two_initials_keeps_its_dateline_with_the_story() {
        assert_eq!(
            texts("COLUMBIA, S.C. (AP) — Owners were gathered on Tuesday. They fled to Newark, N.J. The storm hit."),
            vec![
                "COLUMBIA, S.C. (AP) — Owners were gathered on Tuesday.",
                "They fled to Newark, N.J.",
                "The storm hit."
            ]
        );
    }

    #[test]
    fn a_footnote_s_marker_stays_with_its_sentence() {
        assert_eq!(
            texts(
                "He was granted asylum.[41] Russian forces left.[12][a] Ships sailed. [Edit] Then. A squadron stayed in Syria.¹ Within weeks.²³ It left.(5) After that, (2) ships came."
            ),
            vec![
                "He was granted asylum.[41]",
                "Russian forces left.[12][a]",
                "Ships sailed.",
                "[Edit] Then.",
                "A squadron stayed in Syria.¹",
                "Within weeks.²³",
                "It left.(5)",
                "After that, (2) ships came."
            ]
        );
        // A marker pasted without its superscript; a decimal or a "No." stays.
        assert_eq!(
            texts("Fuel came by tanker.4 According to figures, 3.5 tonnes and No.4 Squadron left."),
            vec![
                "Fuel came by tanker.4",
                "According to figures, 3.5 tonnes and No.4 Squadron left."
            ]
        );
    }

    #[test]
    fn abbreviated_ranks_keep_their_names() {
        assert_eq!(
            texts("Brig. Gen. Joshua Olson spoke. Marine Cpl. Daniel Ochoa, Pvt. Ann Lee and Supt. Tom Hart left."),
            vec![
                "Brig. Gen. Joshua Olson spoke.",
                "Marine Cpl. Daniel Ochoa, Pvt. Ann Lee and Supt. Tom Hart left."
            ]
        );
        assert_eq!(
            texts("Next week my right hon. Friend will attend the conference."),
            vec!["Next week my right hon. Friend will attend the conference."]
        );
    }

    #[test]
    fn a_tab_parts_a_table_s_cells() {
        let text = "United Kingdom\tOperation Dynamo\t338,226\tMainly troops. Some civilians";
        assert_eq!(
            texts(text),
            [
                "United Kingdom",
                "Operation Dynamo",
                "338,226",
                "Mainly troops.",
                "Some civilians"
            ]
        );
    }

    #[test]
    fn a_citation_s_et_al_goes_on() {
        let text = "Few stayed (Dorman et al. 2016; Kearney 2019). Most left.";
        assert_eq!(
            texts(text),
            [
                "Few stayed (Dorman et al. 2016; Kearney 2019).",
                "Most left."
            ]
        );
    }

    #[test]
    fn an_abbreviation_in_capitals_is_one_still() {
        assert_eq!(
            texts("COL. GARNIER: We moved 300 people. SEE MORE. Then we left."),
            vec![
                "COL. GARNIER: We moved 300 people.",
                "SEE MORE.",
                "Then we left."
            ]
        );
    }

    #[test]
    fn an_abbreviation_after_a_dash_is_one_still() {
        assert_eq!(
            texts("The drills ran Jan. 28–Feb. 4 near Tartus. Then they stopped."),
            vec![
                "The drills ran Jan. 28–Feb. 4 near Tartus.",
                "Then they stopped."
            ]
        );
    }

    #[test]
    fn an_agency_between_slashes_closes_a_dateline_not_a_sentence() {
        assert_eq!(
            texts("MOSCOW, December 12. /TASS/. Russian diplomats stay in Damascus. It held."),
            vec![
                "MOSCOW, December 12. /TASS/. Russian diplomats stay in Damascus.",
                "It held."
            ]
        );
    }

    #[test]
    fn a_town_in_capitals_before_a_stop_opens_a_dateline_not_a_sentence() {
        assert_eq!(
            texts("MOSCOW. Jan 22 (Interfax) - Two planes took off. It rained."),
            vec![
                "MOSCOW. Jan 22 (Interfax) - Two planes took off.",
                "It rained."
            ]
        );
    }

    #[test]
    fn a_function_word_after_a_firm_or_a_country_opens_a_sentence() {
        assert_eq!(
            texts("Shares rose at Acme Inc. The firm left the U.S. It sailed at 9 p.m. Then Acme Inc. Chief Jo Li and Mr. The Hague's envoy stayed."),
            vec![
                "Shares rose at Acme Inc.",
                "The firm left the U.S.",
                "It sailed at 9 p.m.",
                "Then Acme Inc. Chief Jo Li and Mr. The Hague's envoy stayed."
            ]
        );
    }

    #[test]
    fn treats_each_body_line_apart() {
        let text = "Headline without stop\nFirst sentence. Second one.";
        let body = vec![ByteSpan::new(0, 21), ByteSpan::new(22, text.len())];
        let got: Vec<_> = split(text, &body)
            .iter()
            .map(|s| (s.line, s.span.text(text)))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, "Headline without stop"),
                (1, "First sentence."),
                (1, "Second one.")
            ]
        );
    }
}
