//! Names recognised by their shape rather than by a list: aircraft designations
//! ("Il-76", "Antonov An-124-100", "Ilyushin-62", "Boeing 747", "C-17") and ship
//! classes ("Ivan Gren-class").

use std::sync::LazyLock;

use crate::analysis::EntityType;
use crate::lexicon::AIRCRAFT_MAKERS;
use crate::pattern::{needs_unicode_words, Pattern};
use crate::span::ByteSpan;

use super::names::{COMMON_WORDS, GAZETTEER};

/// A name found by its shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shaped {
    /// Where it is, in the sentence's frame.
    pub span: ByteSpan,
    /// AIRCRAFT or VESSEL.
    pub kind: EntityType,
    /// Its canonical name.
    pub canonical: String,
}

/// An aircraft designation, optionally after its maker:
/// "An-124", "Il-76s", "MiG-29", "Su-25SM", "C-130J", "F-16", "MQ-9", "Mi-8";
/// a maker joined to a number ("Ilyushin-62"); a Boeing or Airbus model.
static AIRCRAFT: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?x)
        \b(?:(?:Antonov|Ilyushin|Tupolev|Sukhoi|Yakovlev|Mikoyan|Kamov|Beriev|Lockheed(?:\ Martin)?|Boeing|Northrop(?:\ Grumman)?|McDonnell\ Douglas|General\ Atomics|Sikorsky|Bell|Dassault|Embraer|Chengdu|Shenyang|Xian)\ )?
        (?:An|Il|Tu|Su|Yak|MiG|Ka|Mi|Be|C|CP|KC|F/A|F|FA|A|B|E|P|V|MQ|RQ|AH|UH|CH|MH|HH|EA|RC|AC|J|Y|H|Z)
        -[0-9]{1,3}[A-Z]{0,3}(?:-[0-9]{1,3}[A-Z]?)?(?:s\b)?\b
      | \b(?:Antonov|Ilyushin|Tupolev|Sukhoi|Yakovlev)-[0-9]{1,3}[A-Z]?(?:s\b)?\b
      | \bBoeing\ [0-9]{3}(?:-[0-9]{1,3})?(?:s\b)?\b
      | \bAirbus\ A[0-9]{3}(?:-[0-9]{1,3})?(?:s\b)?\b
    ",
    )
    .expect("AIRCRAFT compiles")
});

/// A ship class: one to three capitalised words joined to "-class".
static SHIP_CLASS: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"\b(?:[A-Z][A-Za-z]+ ){0,2}[A-Z][A-Za-z0-9]+-class\b")
        .expect("SHIP_CLASS compiles")
});

/// Aircraft and ship classes in `sentence`. Every designation holds a hyphen
/// before a digit ("An-124") or follows "Boeing " or "Airbus ", and every class
/// holds "-class": a sentence without them is not searched, and a page that
/// never meets them never compiles the patterns.
pub fn find(sentence: &str) -> Vec<Shaped> {
    let mut found: Vec<Shaped> = Vec::new();
    // One search for the hyphens (most sentences have none) tells both.
    let (mut hyphen_digit, mut class) = (false, false);
    for (at, _) in sentence.match_indices('-') {
        let after = &sentence[at + 1..];
        hyphen_digit |= after.starts_with(|c: char| c.is_ascii_digit());
        class |= after.starts_with("class");
    }
    if hyphen_digit || sentence.contains("Boeing ") || sentence.contains("Airbus ") {
        found.extend(aircraft(sentence, needs_unicode_words(sentence)));
    }
    if class {
        let unicode = needs_unicode_words(sentence);
        for m in SHIP_CLASS.for_words(unicode).find_iter(sentence) {
            found.push(Shaped {
                span: ByteSpan::new(m.start(), m.end()),
                kind: EntityType::Vessel,
                canonical: m.as_str().to_string(),
            });
        }
    }
    found
}

/// The aircraft designations of `sentence`.
fn aircraft(sentence: &str, unicode: bool) -> impl Iterator<Item = Shaped> + '_ {
    AIRCRAFT
        .for_words(unicode)
        .find_iter(sentence)
        .map(|m| (m, model_name_len(&sentence[m.end()..])))
        // "A-1" alone is a grade or a road; "P-8 Poseidon" is an aircraft.
        .filter(|(m, model)| *model > 0 || !is_single_letter_ordinal(m.as_str()))
        .map(|(m, model)| Shaped {
            span: ByteSpan::new(m.start(), m.end() + model),
            kind: EntityType::Aircraft,
            canonical: aircraft_canonical(m.as_str()),
        })
}

/// The length of the model's name after a designation ("C-17 Globemaster", "UH-60
/// Black Hawks"): up to two capitalised words that are neither ordinary words nor
/// names of places, peoples or people ("C-17 Tuesday", "F-16 Israel bought").
fn model_name_len(rest: &str) -> usize {
    let mut len = 0;
    for _ in 0..2 {
        let Some(tail) = rest[len..].strip_prefix(' ') else {
            break;
        };
        let word_len = tail
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(tail.len());
        let word = &tail[..word_len];
        let mut chars = word.chars();
        let shaped = chars.next().is_some_and(char::is_uppercase)
            && chars.clone().next().is_some()
            && chars.all(char::is_lowercase);
        let singular = word.strip_suffix('s').unwrap_or(word);
        let known_other = GAZETTEER
            .exact(word)
            .or_else(|| GAZETTEER.exact(singular))
            .is_some_and(|k| !matches!(k.kind, EntityType::Aircraft | EntityType::Org));
        if !shaped || known_other || COMMON_WORDS.contains(word.to_lowercase().as_str()) {
            break;
        }
        len += 1 + word_len;
    }
    len
}

/// "A-1", "B-2", "T-3": a single letter and one digit is more often a grade,
/// a road or a form than an aircraft.
fn is_single_letter_ordinal(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 3 && b[0].is_ascii_uppercase() && b[1] == b'-' && b[2].is_ascii_digit()
}

/// The short designation: maker dropped, plural dropped, maker-number written
/// with the maker's prefix ("Antonov An-124s" → "An-124", "Ilyushin-62" → "Il-62").
fn aircraft_canonical(text: &str) -> String {
    let mut name = text.strip_suffix('s').unwrap_or(text);
    let prefixed = AIRCRAFT_MAKERS
        .iter()
        .filter_map(|m| Some((m.name, m.prefix?)))
        .find(|(maker, _)| name.starts_with(maker));
    if let Some((maker, prefix)) = prefixed {
        let rest = &name[maker.len()..];
        if let Some(number) = rest.strip_prefix('-') {
            return format!("{prefix}-{number}");
        }
        name = rest.trim_start();
    } else if let Some((maker, model)) = name.split_once(' ') {
        let kept = AIRCRAFT_MAKERS
            .iter()
            .any(|m| m.name == maker && m.prefix.is_none());
        if !kept {
            name = model;
        }
    }
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const AIRCRAFT_CASES: &[(&str, &str, &str)] = &[
        // (sentence, text found, canonical)
        ("Two Ilyushin-76 jets landed.", "Ilyushin-76", "Il-76"),
        (
            "An Antonov An-124-100 was loaded.",
            "Antonov An-124-100",
            "An-124-100",
        ),
        (
            "Three Antonov An-124s took off.",
            "Antonov An-124s",
            "An-124",
        ),
        ("A C-17 and", "C-17", "C-17"),
        ("bought 12 MiG-29 fighters", "MiG-29", "MiG-29"),
        ("a Boeing 747 charter", "Boeing 747", "Boeing 747"),
        ("an Airbus A320 landed", "Airbus A320", "Airbus A320"),
        ("an Ilyushin-62 flew", "Ilyushin-62", "Il-62"),
        ("Su-25SM attack jets", "Su-25SM", "Su-25SM"),
        ("four CH-47 Chinooks and", "CH-47 Chinooks", "CH-47"),
        ("a C-17 Globemaster landed", "C-17 Globemaster", "C-17"),
        ("two UH-60 Black Hawks, which", "UH-60 Black Hawks", "UH-60"),
        ("an F-16 Monday", "F-16", "F-16"),
        ("two F/A-18 jets", "F/A-18", "F/A-18"),
        ("a P-8 Poseidon aircraft", "P-8 Poseidon", "P-8"),
    ];

    #[test]
    fn finds_aircraft_designations() {
        for &(sentence, text, canonical) in AIRCRAFT_CASES {
            let found = find(sentence);
            let got = found
                .first()
                .map(|s| (s.span.text(sentence), s.canonical.as_str()));
            assert_eq!(got, Some((text, canonical)), "{sentence:?}");
        }
        assert!(find("Route A-1 and the COVID-19 wave").is_empty());
    }

    #[test]
    fn patterns_compile_as_written() {
        for pattern in [&*AIRCRAFT, &*SHIP_CLASS] {
            assert!(crate::pattern::compile(pattern.as_str()).is_ok());
        }
    }

    #[test]
    fn finds_ship_classes() {
        let s = "a Kirov-class cruiser and an Admiral Grigorovich-class frigate";
        let got: Vec<_> = find(s).iter().map(|f| f.span.text(s).to_string()).collect();
        assert_eq!(got, vec!["Kirov-class", "Admiral Grigorovich-class"]);
    }
}
