//! Hard-wrapped text: paragraphs broken into lines of about one width, as
//! e-mail, plain-text wire copy and text copied out of a PDF have them. Read
//! line by line, such a paragraph is a run of fragments that no line of a
//! page looks like; joined, it is the paragraph it was written as.
//!
//! A text is wrapped when its lines but the longest tenth are at most
//! [`MAX_WIDTH`] characters, and of its full lines (within a quarter of that
//! width) with a line below, most stop without ending a sentence and half or
//! more go on in a lowercase word, as prose does and tables of results do
//! not. A full line then goes on in the line below it, unless that line opens
//! a list item: `clean`'s classifier reads such a paragraph as one line.
//!
//! A text copied from a phone's app is broken at its phrases instead, at any
//! width ([`broken_at_phrases`]): there a line that ends no sentence goes on
//! in the line below when that opens in a lowercase word or the line ends in
//! a comma.

use crate::span::ByteSpan;

/// The widest wrap read: wider lines are paragraphs written one a line.
const MAX_WIDTH: usize = 100;

/// The narrowest wrap read: narrower lines are menus and lists.
const MIN_WIDTH: usize = 40;

/// The fewest full lines with a line below of a wrapped text.
const MIN_FULL_LINES: usize = 4;

/// The list markers that open a line of its own.
const LIST_MARKERS: [&str; 4] = ["- ", "* ", "• ", "– "];

/// The lines of `text` as written, trimmed: empty for a blank line.
pub fn written_lines(text: &str) -> impl Iterator<Item = ByteSpan> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').map(move |piece| {
        let span = ByteSpan::new(start, start + piece.len()).trim(text);
        start += piece.len();
        span
    })
}

/// The width `text` is wrapped at, if it is. A full line then goes on in the
/// line below it ([`is_full`]), unless that one opens a list item
/// ([`opens_item`]).
pub fn width(text: &str) -> Option<usize> {
    // How many lines have each length up to the widest wrap, and how many
    // are wider: the width is the length the longest tenth of the lines
    // reach, counted down from the widest.
    let mut counts = [0usize; MAX_WIDTH + 2];
    let mut total = 0;
    for span in written_lines(text).filter(|span| !span.is_empty()) {
        counts[span.text(text).chars().count().min(MAX_WIDTH + 1)] += 1;
        total += 1;
    }
    let mut longer = 0;
    let width = (0..counts.len()).rev().find(|&length| {
        longer += counts[length];
        longer > total / 10
    })?;
    if !(MIN_WIDTH..=MAX_WIDTH).contains(&width) {
        return None;
    }
    // Full lines with a line right below them: how many, how many of them
    // stop without ending a sentence, how many go on in a lowercase word.
    let (mut pairs, mut running_on, mut lowercase_next) = (0, 0, 0);
    let mut above = "";
    for line in written_lines(text).map(|span| span.text(text)) {
        if !line.is_empty() && is_full(above, width) {
            pairs += 1;
            running_on += usize::from(!ends_sentence(above));
            lowercase_next += usize::from(line.starts_with(char::is_lowercase));
        }
        above = line;
    }
    (pairs >= MIN_FULL_LINES && 2 * running_on > pairs && 2 * lowercase_next >= pairs)
        .then_some(width)
}

/// The fewest lines going on in the line below of a text broken at its
/// phrases ([`broken_at_phrases`]).
const MIN_PHRASE_BREAKS: usize = 8;

/// True when `text` is broken at its phrases, as a phone's copy or a poem
/// is: lines of any width, of which a third or more stop without ending a
/// sentence and go on in a lowercase word on the line right below. The lines
/// of a page, a menu or a table of results almost never do.
pub fn broken_at_phrases(text: &str) -> bool {
    let (mut pairs, mut breaks) = (0, 0);
    let mut above = "";
    for line in written_lines(text).map(|span| span.text(text)) {
        if !line.is_empty() && !above.is_empty() {
            pairs += 1;
            breaks += usize::from(goes_on_in(above, line));
        }
        above = line;
    }
    breaks >= MIN_PHRASE_BREAKS && 3 * breaks >= pairs
}

/// True when `line` goes on in `below` in a text broken at its phrases: it
/// ends no sentence, and `below` opens in a lowercase word or `line` ends
/// in a comma ("including a dozen babies," / "France's foreign ministry said.").
pub fn goes_on_in(line: &str, below: &str) -> bool {
    !ends_sentence(line)
        && !opens_item(below)
        && (below.starts_with(char::is_lowercase) || line.ends_with([',', ';']))
}

/// A line within a quarter of the width of the wrap, or wider.
pub fn is_full(line: &str, width: usize) -> bool {
    line.chars().count() + width / 4 >= width
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', ')', '”', '’'])
        .ends_with(['.', '!', '?', ':'])
}

/// A line opened by a list marker ("- ", "• ").
pub fn opens_item(line: &str) -> bool {
    LIST_MARKERS.iter().any(|m| line.starts_with(m))
}

#[cfg(test)]
mod tests {

    /// The lines the classifier reads in `text`.
    fn joined(text: &str) -> Vec<&str> {
        super::super::classifier::lines(text)
            .into_iter()
            .map(|line| line.span.text(text))
            .collect()
    }

    #[test]
    fn joins_the_lines_of_a_wrapped_paragraph() {
        let text = "On the situation in Syria\n\n\
                    We continue to monitor the situation in the Syrian Arab Republic\n\
                    closely. The embassy in Damascus is operating normally, and\n\
                    our diplomats are in contact with the new authorities. Since\n\
                    December 8, the embassy has helped more than 300 citizens\n\
                    to leave the country.\n\n\
                    - At least 1,500 people have left Latakia and Tartus since the\n\
                    6th, according to local sources.\n\
                    - Over 21,000 people have crossed into Lebanon, the agency said.\n";
        assert_eq!(
            joined(text),
            [
                "On the situation in Syria",
                "We continue to monitor the situation in the Syrian Arab Republic\n\
                 closely. The embassy in Damascus is operating normally, and\n\
                 our diplomats are in contact with the new authorities. Since\n\
                 December 8, the embassy has helped more than 300 citizens\n\
                 to leave the country.",
                "- At least 1,500 people have left Latakia and Tartus since the\n\
                 6th, according to local sources.",
                "- Over 21,000 people have crossed into Lebanon, the agency said."
            ]
        );
    }

    #[test]
    fn joins_the_phrases_of_a_text_broken_at_them() {
        let text = "Flights land in Paris\n\n\
                    The first French plane evacuating Europeans from Niger\n\
                    landed in Paris early on Wednesday,\n\
                    a week after soldiers seized power in Niamey.\n\n\
                    The Airbus A330 of the French Air and Space Force\n\
                    touched down shortly after 1.30am\n\
                    with 262 people on board,\n\
                    France's foreign ministry said.\n\n\
                    Foreign Minister Catherine Colonna\n\
                    said on Tuesday\n\
                    that France had decided to organise the evacuation\n\
                    after protesters attacked the embassy.\n\n\
                    Share\nFacebook\nEmail\n";
        assert_eq!(
            joined(text),
            [
                "Flights land in Paris",
                "The first French plane evacuating Europeans from Niger\n\
                 landed in Paris early on Wednesday,\n\
                 a week after soldiers seized power in Niamey.",
                "The Airbus A330 of the French Air and Space Force\n\
                 touched down shortly after 1.30am\n\
                 with 262 people on board,\n\
                 France's foreign ministry said.",
                "Foreign Minister Catherine Colonna\n\
                 said on Tuesday\n\
                 that France had decided to organise the evacuation\n\
                 after protesters attacked the embassy.",
                "Share",
                "Facebook",
                "Email"
            ]
        );
    }

    #[test]
    fn keeps_lines_that_are_paragraphs_menus_or_sentences() {
        for text in [
            // A paragraph a line, wider than any wrap.
            "Russia moved ships out of Tartus on Monday, satellite images showed, as talks on the bases went on.\n\
             The defence ministry said the rotation was planned and that the ships would return within weeks.\n\
             Analysts said the move was the clearest sign yet that Moscow was preparing for a full withdrawal.\n\
             Officials in Damascus did not comment on the reports, which were first published by Reuters.\n\
             A second convoy of trucks was seen on the coastal road heading for the air base at Hmeimim.\n\
             The convoy included armoured vehicles, fuel trucks and at least two mobile radar systems too.\n",
            // A menu.
            "Home\nWorld\nMiddle East\nEurope\nSign in\nSubscribe\n",
            // A sentence a line.
            "Russia moved ships out of Tartus on Monday.\n\
             The defence ministry said the rotation was planned.\n\
             Analysts called it the clearest sign yet of a withdrawal.\n\
             Officials in Damascus did not comment on the reports.\n\
             A convoy of trucks was seen on the coastal road on Tuesday.\n",
        ] {
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(joined(text), lines, "{text}");
        }
    }
}
