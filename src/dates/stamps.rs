//! The shapes of two header lines that date a report: a dateline ("MOSCOW,
//! Jan. 21 (UPI) -") and a weekday's time stamp ("Posted: Tue, 9:05 am EST").
//!
//! They were the last two regexes of the analysis, and the regex crate was a
//! quarter of the page's gzipped wasm for them. Each function here reads the
//! characters as its regex did (kept in the tests as its oracle): white
//! space is `\s` ([`char::is_whitespace`]), digits are `\d`
//! ([`is_decimal_digit`]), every other class is ASCII.

use crate::pattern::spaces_end;
use crate::text::unicode::is_decimal_digit;

/// The dashes a dateline's place or agency stands before.
const DASHES: [char; 3] = ['-', '\u{2014}', '\u{2013}'];

/// Whether `head` opens with a dateline's place ("MOSCOW, ", "DEIR HAFER,
/// Syria — ") or holds an agency in brackets before a dash ("(UPI) -").
pub fn has_dateline(head: &str) -> bool {
    opens_with_place(head) || has_agency(head)
}

/// A capital, two or more capitals, spaces, dots, apostrophes or hyphens, a
/// region after a comma perhaps, then a comma or a dash and white space, after
/// nothing but white space.
fn opens_with_place(head: &str) -> bool {
    let bytes = head.as_bytes();
    let start = spaces_end(head, 0);
    if !bytes.get(start).is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let place_end = run_end(bytes, start + 1, |b| {
        b.is_ascii_uppercase() || matches!(b, b' ' | b'.' | b'\'' | b'-')
    });
    (start + 3..=place_end).any(|end| ends_place(head, end) || region_after(head, end))
}

/// ", Syria" at `at`: a comma, white space, then letters, spaces or dots,
/// before the place's end.
fn region_after(head: &str, at: usize) -> bool {
    if !head[at..].starts_with(',') {
        return false;
    }
    let bytes = head.as_bytes();
    let spaces = spaces_end(head, at + 1);
    // The region may start anywhere in the white space: a space is both.
    (at + 1..=spaces)
        .filter(|&start| head.is_char_boundary(start))
        .any(|start| {
            let region_end = run_end(bytes, start, |b| {
                b.is_ascii_alphabetic() || matches!(b, b' ' | b'.')
            });
            (start + 1..=region_end).any(|end| ends_place(head, end))
        })
}

/// White space, then a comma or a dash, then a white space character, at `at`.
fn ends_place(head: &str, at: usize) -> bool {
    let mark = spaces_end(head, at);
    let mut rest = head[mark..].chars();
    rest.next().is_some_and(|c| c == ',' || DASHES.contains(&c))
        && rest.next().is_some_and(char::is_whitespace)
}

/// "(UPI) -" anywhere: a capital and one to nine letters in brackets, then
/// white space and a dash.
fn has_agency(head: &str) -> bool {
    let bytes = head.as_bytes();
    head.match_indices('(').any(|(open, _)| {
        let name = open + 1;
        let close = run_end(bytes, name + 1, |b| b.is_ascii_alphabetic());
        bytes.get(name).is_some_and(u8::is_ascii_uppercase)
            && (1..=9).contains(&(close - name - 1))
            && bytes.get(close) == Some(&b')')
            && head[spaces_end(head, close + 1)..].starts_with(DASHES)
    })
}

/// Where the run of bytes that `keep` takes, from `at`, ends.
fn run_end(bytes: &[u8], at: usize, keep: impl Fn(u8) -> bool) -> usize {
    at + bytes
        .get(at..)
        .map_or(0, |rest| rest.iter().take_while(|&&b| keep(b)).count())
}

/// A line of a weekday and a time of day, perhaps after a header word and
/// before a time zone: "Monday 5:30PM", "Posted: Tue, 9:05 am EST". Gives
/// the header word, if any, and the weekday's word (three to nine letters,
/// not checked against the calendar).
pub fn read_weekday_stamp(line: &str) -> Option<(Option<&str>, &str)> {
    let bytes = line.as_bytes();
    let start = spaces_end(line, 0);
    let first_end = run_end(bytes, start, |b| b.is_ascii_alphabetic());
    if first_end == start {
        return None;
    }
    // The header word first: "Tuesday Wednesday 5pm" has one.
    let after_cue = first_end + usize::from(bytes.get(first_end) == Some(&b':'));
    let second = spaces_end(line, after_cue);
    if second > after_cue {
        let second_end = run_end(bytes, second, |b| b.is_ascii_alphabetic());
        if (3..=9).contains(&(second_end - second)) && time_follows(line, second_end) {
            return Some((Some(&line[start..first_end]), &line[second..second_end]));
        }
    }
    ((3..=9).contains(&(first_end - start)) && time_follows(line, first_end))
        .then(|| (None, &line[start..first_end]))
}

/// What follows the weekday to the line's end: a dot and a comma perhaps,
/// white space, "at" perhaps, a time of day, then perhaps "am" or "pm", a
/// zone of two to four capitals and white space.
fn time_follows(line: &str, at: usize) -> bool {
    let at = skip_byte(line, at, b'.');
    let at = skip_byte(line, at, b',');
    let time = spaces_end(line, at);
    if time == at {
        return false;
    }
    let time = match line[time..].strip_prefix("at") {
        Some(rest) if rest.starts_with(char::is_whitespace) => spaces_end(line, time + 2),
        _ => time,
    };
    times_end(line, time)
        .into_iter()
        .flatten()
        .any(|end| ends_stamp(line, end))
}

/// The ends of a time of day at `at`: one or two digits, then a colon and
/// two digits, or white space and "am" or "pm" before no ASCII letter or
/// digit.
fn times_end(line: &str, at: usize) -> [Option<usize>; 4] {
    let first = digit_end(line, at);
    let second = first.and_then(|end| digit_end(line, end));
    let clock = |hours: Option<usize>| {
        let minutes = skip_byte(line, hours?, b':');
        (minutes > hours?)
            .then(|| digit_end(line, minutes))
            .flatten()
            .and_then(|end| digit_end(line, end))
    };
    let meridiem = |hours: Option<usize>| {
        let end = meridiem_end(line, spaces_end(line, hours?), false)?;
        let next = line.as_bytes().get(end);
        (!next.is_some_and(u8::is_ascii_alphanumeric)).then_some(end)
    };
    [
        clock(first),
        clock(second),
        meridiem(first),
        meridiem(second),
    ]
}

/// After a time: a dot perhaps, then white space, "am" or "pm" perhaps, a
/// zone of two to four capitals perhaps, and white space to the line's end.
fn ends_stamp(line: &str, at: usize) -> bool {
    let after = spaces_end(line, skip_byte(line, at, b'.'));
    let zone_or_end = |at: usize| {
        let zone_end = run_end(line.as_bytes(), at, |b| b.is_ascii_uppercase());
        let at = if (2..=4).contains(&(zone_end - at)) {
            zone_end
        } else {
            at
        };
        spaces_end(line, at) == line.len()
    };
    zone_or_end(after)
        || meridiem_end(line, after, true).is_some_and(|end| zone_or_end(spaces_end(line, end)))
}

/// The end of "am" or "pm" at `at`, in any case, with a dot after its first
/// letter perhaps and, when `last_dot`, after its second.
fn meridiem_end(line: &str, at: usize, last_dot: bool) -> Option<usize> {
    let bytes = line.as_bytes();
    if !bytes
        .get(at)
        .is_some_and(|b| matches!(b, b'a' | b'A' | b'p' | b'P'))
    {
        return None;
    }
    let m = skip_byte(line, at + 1, b'.');
    if !bytes.get(m).is_some_and(|b| matches!(b, b'm' | b'M')) {
        return None;
    }
    Some(if last_dot {
        skip_byte(line, m + 1, b'.')
    } else {
        m + 1
    })
}

/// `at` moved past `byte` if it stands there.
fn skip_byte(line: &str, at: usize, byte: u8) -> usize {
    at + usize::from(line.as_bytes().get(at) == Some(&byte))
}

/// The end of a decimal digit of any script at `at`, if one stands there.
fn digit_end(line: &str, at: usize) -> Option<usize> {
    let c = line.get(at..)?.chars().next()?;
    is_decimal_digit(c).then(|| at + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::spell_out_perl_classes;
    use regex::Regex;
    use std::sync::LazyLock;

    /// The regexes these functions replaced, as the analysis compiled them.
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&spell_out_perl_classes(r"^\s*[A-Z][A-Z .'-]{2,}(?:,\s*[A-Za-z .]+)?\s*(?:,|\x{2014}|\x{2013}|-)\s|\([A-Z][A-Za-z]{1,9}\)\s*(?:-|\x{2014}|\x{2013})")).unwrap()
    });
    static WEEKDAY_STAMP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&spell_out_perl_classes(r"^\s*(?:(?P<cue>[A-Za-z]+):?\s+)?(?P<wd>[A-Za-z]{3,9})\.?,?\s+(?:at\s+)?(?:\d{1,2}:\d\d|\d{1,2}\s*[APap]\.?[Mm](?-u:\b))\.?\s*(?:[APap]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4})?\s*$")).unwrap()
    });

    fn stamp_by_regex(line: &str) -> Option<(Option<&str>, &str)> {
        let captures = WEEKDAY_STAMP.captures(line)?;
        Some((
            captures.name("cue").map(|c| c.as_str()),
            captures.name("wd").map_or("", |c| c.as_str()),
        ))
    }

    fn assert_as_the_regexes(line: &str) {
        assert_eq!(
            has_dateline(line),
            DATELINE.is_match(line),
            "dateline {line:?}"
        );
        assert_eq!(
            read_weekday_stamp(line),
            stamp_by_regex(line),
            "stamp {line:?}"
        );
    }

    /// Every line made of one part from each list.
    fn joinings(parts: &[&[&str]]) -> Vec<String> {
        parts.iter().fold(vec![String::new()], |heads, choices| {
            heads
                .iter()
                .flat_map(|head| choices.iter().map(move |part| format!("{head}{part}")))
                .collect()
        })
    }

    #[test]
    fn finds_datelines_and_stamps() {
        assert!(has_dateline("MOSCOW, Jan. 21 (UPI) - Talks"));
        assert!(has_dateline("DEIR HAFER, Syria \u{2014} Rebels"));
        assert!(has_dateline("Talks resumed (Reuters) - on Monday"));
        assert!(!has_dateline("EU, talks resumed"));
        assert!(!has_dateline("Moscow, Jan. 21 - Talks"));
        assert_eq!(
            read_weekday_stamp("Posted: Tue, 9:05 am EST"),
            Some((Some("Posted"), "Tue"))
        );
        assert_eq!(read_weekday_stamp("Monday 5:30PM"), Some((None, "Monday")));
        assert_eq!(read_weekday_stamp("Monday 5:30PM and more"), None);
    }

    #[test]
    fn match_as_their_regexes_did_on_datelines() {
        let lines = joinings(&[
            &["", " ", "\u{a0}", "\t "],
            &[
                "MOSCOW",
                "DEIR HAFER",
                "ST. JOHN'S",
                "EU",
                "Moscow",
                "A-B",
                "ODESA  ",
            ],
            &["", ",", ", Syria", ",  N.L.", ", \u{a0}Mo.", ",x", ", 9"],
            &["", " ", "\u{2003}"],
            &[
                ",",
                "-",
                "\u{2014}",
                "\u{2013}",
                ":",
                "(UPI) -",
                "(AP)\u{2014}",
                "",
            ],
            &[" ", "\n", "x", "", "\u{a0}"],
            &[
                "Jan. 21",
                "(Reuters)  \u{2013} x",
                "(reuters) - x",
                "(ABCDEFGHIJK) -",
                "(ABCDEFGHIJ) -",
                "",
            ],
        ]);
        for line in &lines {
            assert_as_the_regexes(line);
        }
    }

    #[test]
    fn match_as_their_regexes_did_on_stamps() {
        let lines = joinings(&[
            &["", " ", "\u{a0}"],
            &["", "Posted: ", "Updated ", "By:", "At "],
            &[
                "Tue",
                "Wednesday",
                "Monday",
                "Tuesday,",
                "Tue.",
                "Mo",
                "Wednesdays",
                "Sat.,",
            ],
            &[" ", "  ", "", "\u{2003}"],
            &["", "at ", "at", "at\u{a0}"],
            &[
                "9:05",
                "12:30",
                "9pm",
                "9 p.m.",
                "10 AM",
                "\u{669}:\u{660}\u{665}",
                "123:45",
                "9:5",
                "9a.mx",
                "9pm_",
                "9 am\u{e9}",
            ],
            &[
                "",
                " am",
                " EST",
                " pm GMT",
                ".",
                " x",
                "  ",
                "PM.",
                " a.m. ABCDE",
                " ABCD ",
                " p.m.UTC",
                "Z",
            ],
        ]);
        for line in &lines {
            assert_as_the_regexes(line);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn match_as_their_regexes_did_on_any_joining(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                " ", "\u{a0}", "\t", ",", ".", ":", "-", "\u{2014}", "(", ")", "'", "\n",
                "MOSCOW", "N", "Syria", "UPI", "at", "Tue", "Wednesday", "9", "12", "05",
                "\u{669}", "am", "P", "m", "M", "EST", "x", "_", "é",
            ]), 0..14)
        ) {
            let line: String = parts.concat();
            proptest::prop_assert_eq!(has_dateline(&line), DATELINE.is_match(&line), "{:?}", line);
            proptest::prop_assert_eq!(read_weekday_stamp(&line), stamp_by_regex(&line), "{:?}", line);
        }
    }
}
