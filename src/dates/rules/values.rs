//! What the resolvers of several families read and write alike: numbers and
//! calendar names in slots, units of time, and the TIMEX3 values of periods
//! (ISO weeks, quarters, durations).

use crate::analysis::TimexType;
use crate::calendar::Date;
use crate::dates::grammar::Slots;
use crate::lexicon::{CALENDAR_NAMES, TEMPORAL_NUMBERS};

/// A calendar date or period with its value.
pub fn date(value: String) -> Option<(TimexType, String)> {
    Some((TimexType::Date, value))
}

/// The number in slot `name`.
pub fn number(c: &Slots<'_>, name: &str) -> Option<u32> {
    c.name(name)?.as_str().parse().ok()
}

/// The month number of a month name ("Sept." → 9).
pub fn month_of(word: &str) -> Option<u32> {
    calendar_value("month", word)?.parse().ok()
}

/// The ISO weekday number of a day name (Monday = 1).
pub fn weekday_of(word: &str) -> Option<u32> {
    calendar_value("weekday", word)?.parse().ok()
}

/// The value `data/calendar_names.tsv` gives a name of `kind`, in any case,
/// with or without the full stop of an abbreviation.
pub fn calendar_value(kind: &str, word: &str) -> Option<&'static str> {
    let word = word.trim_end_matches('.');
    // The length first: most rows differ in it, and comparing it is cheaper
    // than comparing the kind's name.
    CALENDAR_NAMES
        .iter()
        .find(|r| r.1.len() == word.len() && r.0 == kind && r.1.eq_ignore_ascii_case(word))
        .map(|r| r.2)
}

/// A number word or digits; `None` for "several", "a few".
pub fn count(text: &str) -> Option<u32> {
    // Counts beyond any calendar ("99999 decades ago") would overflow the arithmetic.
    amount(text)
        .and_then(|a| crate::decimal::parse(&a))
        .filter(|v| *v < 10_000.0)
        .map(|v| v as u32)
}

/// The amount as written in a value ("2", "1.5"), `None` when unstated.
pub fn amount(text: &str) -> Option<String> {
    let text = normalise_space(&text.to_ascii_lowercase());
    if text.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return Some(text.replace(',', ""));
    }
    if let Some((tens, units)) = text.split_once(['-', ' ']) {
        if let (Some(Some(t)), Some(Some(u))) = (word_number(tens), word_number(units)) {
            if t >= 20 && t % 10 == 0 && u < 10 {
                return Some((t + u).to_string());
            }
        }
    }
    word_number(&text)?.map(|n| n.to_string())
}

fn word_number(word: &str) -> Option<Option<u32>> {
    TEMPORAL_NUMBERS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, v)| *v)
}

/// The words of `text` parted by single spaces.
pub fn normalise_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The TIMEX3 letter of a unit word: Y, M, W, D, E (decade), C (century), Q, H (hour), N (minute), S.
pub fn unit_of(word: &str) -> Option<char> {
    let word = word.to_ascii_lowercase();
    Some(match word.trim_end_matches('s') {
        "year" => 'Y',
        "month" => 'M',
        "week" | "fortnight" => 'W',
        "day" | "night" => 'D',
        "decade" => 'E',
        "century" | "centurie" => 'C',
        "quarter" => 'Q',
        "hour" => 'H',
        "minute" => 'N',
        "second" => 'S',
        _ => return None,
    })
}

/// How many of its [`unit_of`] a unit word is: two weeks for a fortnight,
/// one of anything else.
pub fn units_in(word: &str) -> u32 {
    let fortnight = word
        .get(..9)
        .is_some_and(|w| w.eq_ignore_ascii_case("fortnight"));
    if fortnight {
        2
    } else {
        1
    }
}

/// An ISO duration: `P3Y`, `P10D`, `PT5H`, `PXW` for an unstated amount.
pub fn duration_value(amount: Option<String>, unit: char) -> String {
    let scaled = |factor: f64| match &amount {
        Some(a) => crate::decimal::parse(a)
            .map(|v| format_amount(v * factor))
            .unwrap_or_else(|| "X".into()),
        None => "X".into(),
    };
    match unit {
        'E' => format!("P{}Y", scaled(10.0)),
        'C' => format!("P{}Y", scaled(100.0)),
        'Q' => format!("P{}M", scaled(3.0)),
        'H' => format!("PT{}H", scaled(1.0)),
        'N' => format!("PT{}M", scaled(1.0)),
        'S' => format!("PT{}S", scaled(1.0)),
        other => format!("P{}{other}", scaled(1.0)),
    }
}

/// `amount` times `times` plus `plus`, as TIMEX3 writes an amount ("2.5").
pub fn scaled_amount(amount: Option<String>, times: f64, plus: f64) -> Option<String> {
    let value = crate::decimal::parse(&amount?)?;
    Some(format_amount(value * times + plus))
}

/// A duration's amount as TIMEX3 writes it ("2", "1.5"), to three decimals,
/// which is more than news text gives; written by hand because float
/// formatting alone would add 18 KB to the wasm.
fn format_amount(value: f64) -> String {
    let thousandths = (value * 1000.0).round() as i64;
    let (whole, fraction) = (thousandths / 1000, (thousandths % 1000).abs());
    if fraction == 0 {
        return whole.to_string();
    }
    let digits = format!("{fraction:03}");
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

/// The ISO week of `day` (`2013-W07`).
pub fn week_value(day: Date) -> String {
    let (year, week) = day.iso_week();
    format!("{year:04}-W{week:02}")
}

/// The direction ("last", "this", …) and the unit of a match, in lower
/// case, with the step the direction takes from the unit it is in: one back,
/// one on, or none.
pub fn direction_and_unit(c: &Slots<'_>) -> Option<(String, String, i32)> {
    let direction = c.name("dir")?.as_str().to_ascii_lowercase();
    let unit = c.name("unit")?.as_str().to_ascii_lowercase();
    let step = match direction.as_str() {
        "last" | "past" | "previous" => -1,
        "next" | "coming" | "following" => 1,
        _ => 0,
    };
    Some((direction, unit, step))
}

/// "this/next/last week|weekend|month|year|decade|century" from `anchor`.
pub fn unit_value(anchor: Date, unit: &str, step: i32) -> Option<String> {
    Some(match unit {
        "week" => week_value(anchor.add_days(7 * i64::from(step))),
        "weekend" => format!("{}-WE", week_value(anchor.add_days(7 * i64::from(step)))),
        "month" => {
            let d = anchor.add_months(step);
            format!("{:04}-{:02}", d.year, d.month)
        }
        "year" => format!("{:04}", anchor.year + step),
        "decade" => format!("{:03}", anchor.year.div_euclid(10) + step),
        "century" => format!("{:02}", anchor.year.div_euclid(100) + step),
        _ => return None,
    })
}

/// The (year, quarter) `day` is in.
pub fn quarter_of(day: Date) -> (i32, u32) {
    (day.year, (day.month - 1) / 3 + 1)
}

/// The quarter `n` quarters from `(year, quarter)`.
pub fn add_quarters((year, quarter): (i32, u32), n: i32) -> (i32, u32) {
    let index = year * 4 + quarter as i32 - 1 + n;
    (index.div_euclid(4), index.rem_euclid(4) as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search gives what the search that compared the kind first gave.
    #[test]
    fn calendar_values_are_those_of_the_first_row_naming_the_word() {
        let searched = |kind: &str, word: &str| {
            let word = word.trim_end_matches('.');
            CALENDAR_NAMES
                .iter()
                .find(|r| r.0 == kind && r.1.eq_ignore_ascii_case(word))
                .map(|r| r.2)
        };
        let mut words: Vec<String> = ["Sept.", "MAY", "tues", "Märzen", "mayday", "", ".", "x"]
            .map(String::from)
            .to_vec();
        for &(_, name, _) in CALENDAR_NAMES.iter() {
            words.extend([
                name.to_string(),
                name.to_uppercase(),
                format!("{name}."),
                format!("{name}s"),
            ]);
        }
        for kind in ["month", "weekday", "season", "daypart", "year"] {
            for word in &words {
                assert_eq!(
                    calendar_value(kind, word),
                    searched(kind, word),
                    "{kind} {word}"
                );
            }
        }
    }

    #[test]
    fn writes_duration_amounts_without_float_noise() {
        assert_eq!(format_amount(2.0), "2");
        assert_eq!(format_amount(1.5), "1.5");
        assert_eq!(format_amount(0.25), "0.25");
        assert_eq!(format_amount(1.0 / 3.0 * 3.0), "1");
        assert_eq!(format_amount(0.1 + 0.2), "0.3");
    }
}
