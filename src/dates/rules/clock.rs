//! Times of day: "10 p.m. Wednesday", "3:30 pm EST", "noon Thursday".

use super::values::{number, weekday_of};
use super::{glued, leftmost, spaced_word, written_name, Opening, Starts, TokenRule};
use crate::analysis::TimexType;
use crate::calendar::Date;
use crate::dates::grammar::{Rule, Slots};
use crate::dates::resolve::{Context, Tense};
use crate::lexicon::name_cue_words;
use crate::text::tokens::{Tokens, DIGIT_FIRST, LOWERCASE_FIRST, SPACED, WORD};

/// The family's rules, in the grammar's order.
#[cfg(test)]
pub const RULES: [&TokenRule; 1] = [&CLOCK];

/// "10 p.m. Wednesday", "3:30 pm", "noon Thursday".
pub static CLOCK: TokenRule = TokenRule {
    rule: Rule::Clock,
    trigger: WORD,
    find: clock,
    // A time opens with its hour's digits, or with "noon", "midday" or
    // "midnight" in lower case, which may begin a longer word ("noontime").
    opens: Opening {
        classes: DIGIT_FIRST | LOWERCASE_FIRST,
        words: &[],
        data_words: None,
    },
    needs: &[],
    needs_data: None,
    #[cfg(test)]
    examples: &[
        ("Polls close at 10 p.m. Wednesday.", "10 p.m. Wednesday"),
        (
            "They met at 3:30pm EST, on Friday.",
            "3:30pm EST, on Friday",
        ),
        ("It ended at noon today.", "noon today"),
        ("Shelling began at 0600 GMT.", "0600 GMT"),
        ("It filed at 12:00 UTC Monday.", "12:00 UTC Monday"),
        (
            "The cyclone struck at 2.30am on Monday.",
            "2.30am on Monday",
        ),
    ],
};

/// The words of a time without digits, as written, in the grammar's order.
const NOONS: [&str; 3] = ["noon", "midday", "midnight"];

/// The day words a time may name after it, as written.
const DAY_WORDS: [&str; 3] = ["today", "yesterday", "tomorrow"];

/// "a.m.", "pm" or "PM" from byte `offset` of the word at `index`: its span
/// and its last token.
fn meridiem(tokens: &Tokens<'_>, index: usize, offset: usize) -> Option<(usize, usize, usize)> {
    let rest = &tokens.text(index)[offset..];
    let start = tokens.all()[index].start + offset;
    if rest == "a" || rest == "p" {
        let m = index + 2;
        let dotted = glued(tokens, index + 1, ".")
            && tokens.get(m).is_some_and(|t| t.is(WORD) && !t.is(SPACED))
            && tokens.text(m) == "m"
            && glued(tokens, m + 1, ".");
        return dotted.then(|| (start, tokens.all()[m + 1].end, m + 1));
    }
    ["am", "pm", "AM", "PM"]
        .contains(&rest)
        .then(|| (start, tokens.all()[index].end, index))
}

/// The leading ASCII digits of `text`, counted.
fn leading_digits(text: &str) -> usize {
    text.bytes().take_while(u8::is_ascii_digit).count()
}

/// A time's named parts (hour, minutes and "a.m.", or "noon"; or a 24-hour
/// clock's hour and minutes), its last token if the time ends with it (the
/// "noon" of "noontime" ends inside a word, and nothing can follow it), and
/// whether it needs a time zone after it to be a time, as a 24-hour clock does.
type Time = (Vec<(&'static str, (usize, usize))>, Option<usize>, bool);

/// The time that starts with the word at `index`.
fn time(tokens: &Tokens<'_>, index: usize) -> Option<Time> {
    let text = tokens.text(index);
    let start = tokens.all()[index].start;
    let digits = leading_digits(text);
    if digits == 0 {
        let noon = NOONS.iter().find(|n| text.starts_with(**n))?;
        let last = (text.len() == noon.len()).then_some(index);
        return Some((vec![("noon", (start, start + noon.len()))], last, false));
    }
    // "0600 GMT": the hour and minutes in one word of three or four digits.
    if digits > 2 {
        let hour = (start, start + digits - 2);
        return (digits <= 4 && digits == text.len()).then(|| {
            (
                vec![("hh", hour), ("mm", (hour.1, hour.1 + 2))],
                Some(index),
                true,
            )
        });
    }
    let hour = (start, start + digits);
    let mut named = vec![("h", hour)];
    let (ap_start, ap_end, last) = if digits < text.len() {
        meridiem(tokens, index, digits)?
    } else if glued(tokens, index + 1, ":") || glued(tokens, index + 1, ".") {
        // "2.30am": British copy stops the minutes, and then names the half
        // of the day (a 24-hour clock takes a colon only).
        let colon = glued(tokens, index + 1, ":");
        let at = index + 2;
        let word = tokens.get(at).filter(|t| t.is(WORD) && !t.is(SPACED))?;
        (leading_digits(tokens.text(at)) >= 2).then_some(())?;
        let minutes = (word.start, word.start + 2);
        named.push(("min", minutes));
        let ap = if tokens.text(at).len() > 2 {
            meridiem(tokens, at, 2)
        } else {
            spaced_word(tokens, at + 1).and_then(|_| meridiem(tokens, at + 1, 0))
        };
        match ap {
            Some(ap) => ap,
            // "14:30 GMT": a 24-hour clock.
            None if colon && tokens.text(at).len() == 2 => {
                return Some((vec![("hh", hour), ("mm", minutes)], Some(at), true))
            }
            None => return None,
        }
    } else {
        spaced_word(tokens, index + 1)?;
        meridiem(tokens, index + 1, 0)?
    };
    named.push(("ap", (ap_start, ap_end)));
    Some((named, Some(last), false))
}

/// A weekday or day word (as written) at `index`: its end. A weekday that
/// opens a date ("at 14:26 local time on Saturday, December 14") is left to
/// the date, which gives the time its day.
fn day_after(tokens: &Tokens<'_>, index: usize) -> Option<usize> {
    if let Some(last) = written_name(tokens, "weekday", index) {
        let next = last + 1 + usize::from(glued(tokens, last + 1, ","));
        let month_at = |at| written_name(tokens, "month", at).is_some();
        let opens_date = month_at(next)
            || tokens.get(next).is_some_and(|t| t.is(DIGIT_FIRST)) && month_at(next + 1);
        return (!opens_date).then(|| tokens.all()[last].end);
    }
    let text = tokens.text(index);
    let word = DAY_WORDS.iter().find(|w| text.starts_with(**w))?;
    Some(tokens.all()[index].start + word.len())
}

fn clock<'h>(tokens: &Tokens<'h>, starts: Starts<'_>, found: &mut Vec<Slots<'h>>) {
    // Without a word that opens with a digit, a time is "noon", "midday" or
    // "midnight" (maybe the start of a longer word): two searches of the
    // sentence cost less than a look at each of its lower-case words.
    if !tokens.has_any(DIGIT_FIRST) {
        let folded = tokens.folded_words();
        if !folded.contains("noon") && !folded.contains("mid") {
            return;
        }
    }
    leftmost(tokens, starts, found, |tokens, index| {
        // Most words the opening lets through are ruled out by their first
        // character: a digit, or the first letter of "noon", "midday",
        // "midnight", read off the class and one byte of the sentence.
        let token = &tokens.all()[index];
        if !token.is(DIGIT_FIRST)
            && !matches!(tokens.sentence().as_bytes()[token.start], b'n' | b'm')
        {
            return None;
        }
        let (mut named, last, needs_zone) = time(tokens, index)?;
        let sentence = tokens.sentence();
        let mut end = named.last().map_or(0, |n| n.1 .1);
        let mut day = None;
        if let Some(last) = last {
            let zone = spaced_word(tokens, last + 1).and_then(|_| {
                let text = tokens.text(last + 1);
                // The time zones of `data/name_cues.tsv`, as written; the list's
                // "AM" and "PM" are no zone of a 24-hour clock ("123 PM").
                if name_cue_words("time_zone").contains(&text) && !matches!(text, "AM" | "PM") {
                    Some(last + 1)
                } else {
                    (text == "local"
                        && spaced_word(tokens, last + 2).is_some()
                        && tokens.text(last + 2) == "time")
                        .then_some(last + 2)
                }
            });
            if needs_zone && zone.is_none() {
                return None;
            }
            let after = zone.unwrap_or(last);
            if let Some(zone) = zone {
                end = tokens.all()[zone].end;
                let name = if needs_zone { "zone24" } else { "zone" };
                named.push((name, (tokens.all()[last + 1].start, end)));
            }
            let comma = if glued(tokens, after + 1, ",") {
                after + 1
            } else {
                after
            };
            if spaced_word(tokens, comma + 1).is_some() {
                let word = comma + 1;
                let on = (tokens.text(word) == "on" && spaced_word(tokens, word + 1).is_some())
                    .then(|| Some((word + 1, day_after(tokens, word + 1)?)))
                    .flatten();
                day = on.or_else(|| Some((word, day_after(tokens, word)?)));
            }
        }
        if let Some((at, day_end)) = day {
            end = day_end;
            day = Some((tokens.all()[at].start, day_end));
        }
        let mut slots = Slots::new(sentence, tokens.all()[index].start, end);
        for (name, (from, to)) in named {
            slots.fill(name, sentence, from, to);
        }
        if let Some((from, to)) = day {
            slots.fill("wd", sentence, from, to);
        }
        Some(slots)
    });
}

/// The regex this rule replaced, the oracle of its tests.
#[cfg(test)]
pub const ORACLES: [(&TokenRule, &str); 1] = [(
    &CLOCK,
    r"(?x)\b (?: (?: (?P<h>[0-9]{1,2}) (?: [:.](?P<min>[0-9]{2}) )? \s* (?P<ap>[ap]\.m\.|[ap]m\b|[AP]M\b)
                 | (?P<noon>noon|midday|midnight) )
               (?: \s+ (?P<zone>{ZONE}|local\s+time) \b )?
             | (?P<hh>[0-9]{1,2}) :? (?P<mm>[0-9]{2})
               \s+ (?P<zone24>{ZONE}|local\s+time) \b )
       (?: ,?\s+ (?:on\s+)? (?P<wd>{WEEKDAY}|today|yesterday|tomorrow) )?",
)];

/// Times from every hour, minute, "a.m.", zone and day the rule allows, in
/// several spellings, cases and surroundings.
#[cfg(test)]
pub fn generated_phrases() -> Vec<String> {
    let times = [
        "10", "9", "123", "10:30", "9:05", "10:3", "10:305", "x10", "noon", "Noon", "midday",
        "midnight", "noontime", "middays", "0600", "1430", "12345", "14:30", "24:00", "2460",
    ];
    let meridiems = [
        "", " a.m.", "a.m.", " p.m", "pm", " pm", "  PM", " AM", " Am", " am.", "amx", " a.m",
        " p.m.x", " A.M.",
    ];
    let zones = [
        "",
        " EST",
        " est",
        " GMT,",
        " AEDT",
        " MSK",
        " local time",
        " local  times",
        "  UTC",
    ];
    let days = [
        "",
        " Wednesday",
        ", Wednesday",
        " on Friday",
        ", on THURS.",
        " Tues",
        " on time",
        " today",
        " todays",
        " Yesterday",
        ",tomorrow",
        " wednesday",
    ];
    let phrases = super::every_joining(&[&times[..], &meridiems[..], &zones[..], &days[..]]);
    super::framed(phrases)
}

/// "10 p.m. Wednesday", "noon": the time on the day named beside it, or on
/// the last day mentioned.
pub fn resolve_clock(
    c: &Slots<'_>,
    tense: Tense,
    context: &mut Context,
) -> Option<(TimexType, String)> {
    let day = match c.name("wd") {
        Some(w) => day_word(w.as_str(), context.published?, tense)?,
        // "will arrive tomorrow, the channel reported at 0900 GMT": a time
        // told in the past is not on a day told in the future, but on the
        // report's own day.
        None => match (context.reference, context.published) {
            (Some(_), Some(published)) if context.reference_ahead && tense == Tense::Past => {
                published
            }
            (reference, published) => reference.or(published)?,
        },
    };
    let time = if let Some(noon) = c.name("noon") {
        if !noon.as_str().eq_ignore_ascii_case("midnight") {
            "12:00".to_string()
        } else {
            "24:00".to_string()
        }
    } else if c.name("hh").is_some() {
        let (hour, minute) = (number(c, "hh")?, number(c, "mm")?);
        if hour > 24 || minute > 59 || hour == 24 && minute > 0 {
            return None;
        }
        format!("{hour:02}:{minute:02}")
    } else {
        let mut hour = number(c, "h")?;
        let minute = c.name("min").map_or(Some(0), |m| m.as_str().parse().ok())?;
        let pm = c.name("ap")?.as_str().to_ascii_lowercase().starts_with('p');
        if hour == 0 || hour > 12 || minute > 59 {
            return None;
        }
        if pm && hour < 12 {
            hour += 12;
        } else if !pm && hour == 12 {
            hour = 0;
        }
        format!("{hour:02}:{minute:02}")
    };
    // Greenwich time is ISO 8601's "Z"; other zones are not written.
    let utc = c
        .name("zone")
        .or(c.name("zone24"))
        .is_some_and(|z| matches!(z.as_str(), "GMT" | "UTC"));
    Some((
        TimexType::Time,
        format!("{day}T{time}{}", if utc { "Z" } else { "" }),
    ))
}

/// The day a weekday or a day word next to a clock time names.
fn day_word(word: &str, anchor: Date, tense: Tense) -> Option<Date> {
    match word.to_ascii_lowercase().as_str() {
        "today" => Some(anchor),
        "yesterday" => Some(anchor.add_days(-1)),
        "tomorrow" => Some(anchor.add_days(1)),
        _ => {
            let weekday = weekday_of(word)?;
            let today = anchor.weekday() + 1;
            Some(match tense {
                Tense::Future => anchor.add_days(i64::from((weekday + 7 - today) % 7)),
                Tense::Past | Tense::Unknown => {
                    anchor.add_days(-i64::from((today + 7 - weekday) % 7))
                }
            })
        }
    }
}
