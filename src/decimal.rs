//! Decimal numbers read into `f64` without the standard library's parser, whose
//! tables and code add about 13 KB gzipped to the wasm, and written back
//! without serde_json's shortest-digits writer, whose tables add 17 KB.
//!
//! Every number news text and the data files give has at most 19 significant
//! digits and a small exponent. Such a number is its digits as an integer `m`
//! scaled by `10^e`; when `m` and `10^|e|` are both exact in an `f64`
//! (`m ≤ 2^53`, `|e| ≤ 22`), one multiplication or division rounds once and
//! gives the correctly rounded value, as `str::parse` does (Clinger's fast
//! path). A whole number up to 38 digits is exact in a `u128`, whose conversion
//! also rounds once. Only longer numbers with a fraction, or beyond 10^38,
//! are scaled in more than one rounding step, within a unit in the last place.

/// The value of `text`: `[+-]digits[.digits][(e|E)[+-]digits]`, with at least one
/// digit before or after the point; `None` for anything else.
pub fn parse(text: &str) -> Option<f64> {
    let (negative, body) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(at) => (&body[..at], Some(&body[at + 1..])),
        None => (body, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let mut scale: i64 = match exponent {
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !all_digits(digits) {
                return None;
            }
            // Beyond any f64 either way: 0 or infinity, as in the standard parser.
            let magnitude: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(1 << 40);
            if e.starts_with('-') {
                -magnitude
            } else {
                magnitude
            }
        }
        None => 0,
    };
    scale -= fraction.len() as i64;
    let value = scaled(digits_value(whole.bytes().chain(fraction.bytes())), scale);
    Some(if negative { -value } else { value })
}

/// The digits as an integer, and how many trailing digits did not fit in it
/// (they scale it by ten each).
struct Digits {
    value: u128,
    dropped: i64,
}

fn digits_value(digits: impl Iterator<Item = u8>) -> Digits {
    let mut value: u128 = 0;
    let mut dropped = 0;
    for d in digits {
        let next = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u128::from(d - b'0')));
        match next {
            Some(v) if dropped == 0 => value = v,
            _ => dropped += 1,
        }
    }
    Digits { value, dropped }
}

/// `digits × 10^scale`, rounded once wherever the inputs allow.
fn scaled(digits: Digits, scale: i64) -> f64 {
    const EXACT_POWERS: usize = 23;
    let scale = scale + digits.dropped;
    let m = digits.value;
    if m == 0 {
        return 0.0;
    }
    if m <= 1 << 53 && scale.unsigned_abs() < EXACT_POWERS as u64 {
        let power = power_of_ten(scale.unsigned_abs());
        let m = m as f64;
        return if scale < 0 { m / power } else { m * power };
    }
    if scale >= 0 {
        let whole = (0..scale).try_fold(m, |v, _| v.checked_mul(10));
        if let Some(whole) = whole {
            return whole as f64;
        }
    }
    let mut value = m as f64;
    let mut rest = scale;
    while rest != 0 && value != 0.0 && value.is_finite() {
        let step = rest.clamp(-(EXACT_POWERS as i64 - 1), EXACT_POWERS as i64 - 1);
        let power = power_of_ten(step.unsigned_abs());
        value = if step < 0 {
            value / power
        } else {
            value * power
        };
        rest -= step;
    }
    value
}

/// `10^n`, exact for `n` up to 22: the one power a number needs, multiplied
/// out as the table of them all was filled at every call (22 products for a
/// number that needs a few); the table stored whole costs more wasm bytes.
fn power_of_ten(n: u64) -> f64 {
    (0..n).fold(1.0, |power, _| power * 10.0)
}

/// Decimals of a written number, at most: more than a fraction read from text has.
const WRITTEN_DECIMALS: u32 = 15;

/// Below 2^53: a whole number up to here is exact in an `f64`.
const EXACT_WHOLE: f64 = 9_007_199_254_740_992.0;

/// `value` (finite) in the fewest decimals that read back as `value`: "2.5",
/// "0.125", "-3". Scaled by `10^k` and rounded to a whole number `m` that is
/// exact, `m / 10^k` rounds once, as reading the decimal "m·10^-k" does, so
/// the first `k` whose quotient is `value` gives a decimal that reads back as
/// it. A value no such decimal reads back as (a third) is rounded to the most
/// decimals that keep `m` exact.
pub fn write(value: f64) -> String {
    let mut scale = 1.0;
    let mut decimals = 0;
    loop {
        let scaled = (value * scale).round();
        let last = decimals == WRITTEN_DECIMALS || (value * scale * 10.0).abs() >= EXACT_WHOLE;
        if scaled / scale == value || last {
            return with_point(scaled as i64, decimals as usize);
        }
        scale *= 10.0;
        decimals += 1;
    }
}

/// The whole number `scaled` with a point before its last `decimals` digits.
fn with_point(scaled: i64, decimals: usize) -> String {
    let digits = scaled.unsigned_abs().to_string();
    let padded = format!("{digits:0>width$}", width = decimals + 1);
    let (whole, fraction) = padded.split_at(padded.len() - decimals);
    let sign = if scaled < 0 { "-" } else { "" };
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_as_std(text: &str) {
        let ours = parse(text);
        let std = text.parse::<f64>().ok();
        assert_eq!(ours.map(f64::to_bits), std.map(f64::to_bits), "{text:?}");
    }

    #[test]
    fn writes_the_fewest_decimals_that_read_back() {
        for (value, text) in [
            (2.5, "2.5"),
            (0.125, "0.125"),
            (-3.0, "-3"),
            (0.1, "0.1"),
            (-0.05, "-0.05"),
            (1234567.891, "1234567.891"),
            (4.35, "4.35"),
            (0.0, "0"),
        ] {
            assert_eq!(write(value), text);
        }
        // As the standard library's shortest writing, and read back exactly,
        // for every value with up to four decimals below 100.
        for n in 0..1_000_000u32 {
            let value = f64::from(n) / 10_000.0;
            let written = write(value);
            assert_eq!(written, value.to_string());
            assert_eq!(parse(&written).map(f64::to_bits), Some(value.to_bits()));
        }
        // No decimal reads back as a third: the most decimals that keep it exact.
        assert_eq!(write(1.0 / 3.0), "0.333333333333333");
        assert_eq!(write(1e6 / 3.0), "333333.3333333333");
    }

    #[test]
    fn agrees_with_the_standard_parser_on_news_numbers() {
        for text in [
            "0",
            "7",
            "300",
            "1500",
            "12.5",
            "0.1",
            "0.3",
            "2.675",
            "1234567.891",
            "-1.3013",
            "8.5118",
            "+4",
            ".5",
            "5.",
            "007",
            "1e3",
            "2.5E-3",
            "-0.0",
            "9007199254740993",
            "123456789012345678",
            "99999999999999999999",
            "4.35",
            "1.0000000000000000000",
        ] {
            same_as_std(text);
        }
        // Every value with four decimals below 100 (as f32 too, which the
        // boilerplate weights are), and a spread of larger ones.
        for n in 0..1_000_000u64 {
            let text = format!("{}.{:04}", n / 10_000, n % 10_000);
            same_as_std(&text);
            let single = parse(&text).map(|v| (v as f32).to_bits());
            assert_eq!(single, text.parse::<f32>().ok().map(f32::to_bits), "{text}");
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let digits = (x % 1_000_000_000_000_000) as f64;
            let point = (x >> 60) as usize % 16;
            let text = format!("{digits}");
            let at = text.len().saturating_sub(point);
            same_as_std(&format!("{}.{}", &text[..at], &text[at..]));
        }
    }

    #[test]
    fn refuses_what_is_not_a_decimal() {
        for text in [
            "", "-", ".", "1.2.3", "1,5", "e5", "1e", "1e+", "abc", "1 ", " 1", "--1",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }
}
