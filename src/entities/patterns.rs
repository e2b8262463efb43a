//! Names recognised by their shape rather than by a list: aircraft designations
//! ("Il-76", "Antonov An-124-100", "Ilyushin-62", "Boeing 747", "C-17") and ship
//! classes ("Ivan Gren-class").

use std::ops::RangeInclusive;

use crate::analysis::EntityType;
use crate::lexicon::{AIRCRAFT_DESIGNATIONS, NUMBER_WORDS};
use crate::pattern::word_boundary;
use crate::span::ByteSpan;
use crate::text::fold;

use super::names::{AIRCRAFT_NOUNS, COMMON_WORDS, GAZETTEER};
use super::tokens::cue_roles;

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

/// Aircraft and ship classes in `sentence`. Every designation holds a hyphen
/// before a digit ("An-124") or follows a maker of models ("Boeing 747"), and
/// every class holds "-class": a sentence without them is not searched.
pub fn find(sentence: &str) -> Vec<Shaped> {
    let mut found: Vec<Shaped> = Vec::new();
    // One search for the hyphens (most sentences have none) tells both.
    let (mut hyphen_digit, mut class) = (false, false);
    for (at, _) in sentence.match_indices('-') {
        let after = &sentence[at + 1..];
        hyphen_digit |= after.starts_with(|c: char| c.is_ascii_digit());
        class |= after.starts_with("class");
    }
    let model_maker = || {
        AIRCRAFT_DESIGNATIONS
            .models
            .iter()
            .any(|(maker, _)| sentence.contains(maker))
    };
    if hyphen_digit || model_maker() {
        found.extend(aircraft(sentence));
    }
    if class {
        for mut span in leftmost(sentence, ship_class_at) {
            // "The Russian Ropucha-class", "An Admiral Grigorovich-class", "Two
            // Arleigh Burke-class": an article, a people's adjective or a number
            // is no part of the class's name.
            while let Some((first, _)) = span.text(sentence).split_once(' ') {
                let article = matches!(first, "A" | "An" | "The")
                    || NUMBER_WORDS.contains_key(fold::lower(first).as_str());
                let people = || {
                    GAZETTEER
                        .exact(first)
                        .is_some_and(|k| k.kind == EntityType::Group)
                };
                if !article && !people() {
                    break;
                }
                span = ByteSpan::new(span.start + first.len() + 1, span.end);
            }
            found.push(Shaped {
                span,
                kind: EntityType::Vessel,
                canonical: span.text(sentence).to_string(),
            });
        }
    }
    found
}

/// The aircraft designations of `sentence`, with the model's name after each.
fn aircraft(sentence: &str) -> impl Iterator<Item = Shaped> + '_ {
    leftmost(sentence, designation_at)
        .into_iter()
        .map(|span| (span, model_name_len(&sentence[span.end..])))
        // "A-1" alone is a grade or a road; "P-8 Poseidon" and "a C-2
        // transport plane" are aircraft.
        .filter(|(span, model)| {
            *model > 0
                || !is_single_letter_ordinal(span.text(sentence))
                || aircraft_noun_after(&sentence[span.end..])
        })
        .map(|(span, model)| Shaped {
            span: ByteSpan::new(span.start, span.end + model),
            kind: EntityType::Aircraft,
            canonical: aircraft_canonical(span.text(sentence)),
        })
}

/// The matches of `at` in `text`, as a regex finds them: tried at each word's
/// start in turn, the search going on after the end of each match. Both
/// recognisers' matches open with an ASCII capital (their data's forms are
/// checked to), so only those bytes are tried.
fn leftmost(text: &str, at: fn(&str, usize) -> Option<usize>) -> Vec<ByteSpan> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = bytes[from..].iter().position(u8::is_ascii_uppercase) {
        let start = from + offset;
        from = start + 1;
        if !word_boundary(text, start) {
            continue;
        }
        if let Some(end) = at(text, start) {
            found.push(ByteSpan::new(start, end));
            from = end;
        }
    }
    found
}

/// The end of the aircraft designation at byte `at` of `text`, trying in
/// turn: a maker and a designation ("Antonov An-124-100", "Lockheed Martin
/// C-130J"); a designation ("C-17", "F/A-18E", "Su-25SMs"); a maker joined to
/// a number ("Ilyushin-62"); a maker and a model number ("Boeing 747-400",
/// "Airbus A320"). Each ends at a word boundary, perhaps after a plural "s".
fn designation_at(text: &str, at: usize) -> Option<usize> {
    // The letters that open every form are followed by a space ("Boeing 747"),
    // a hyphen ("An-124", "Ilyushin-62") or a slash ("F/A-18"): most capitalised
    // words are not, and need no look at the forms.
    let bytes = text.as_bytes();
    let letters = bytes[at..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    if !matches!(bytes.get(at + letters), Some(b' ' | b'-' | b'/')) {
        return None;
    }
    let forms = &*AIRCRAFT_DESIGNATIONS;
    let after = |maker: &str, joint: char| {
        let rest = text[at..].strip_prefix(maker)?.strip_prefix(joint)?;
        Some(text.len() - rest.len())
    };
    let designation = |from: usize, after_maker: bool| {
        let rest = &text[from..];
        let (prefix, capitals) = forms.prefixes.iter().find_map(|p| {
            let head = rest.get(..p.len())?;
            rest[p.len()..].starts_with('-').then_some(())?;
            if head == *p {
                Some((p, false))
            } else {
                capitalised_prefix(head, p).then_some((p, true))
            }
        })?;
        let end = designation_number(text, from + prefix.len() + 1)?;
        // Two capitals are an aircraft's only beside its maker or a noun for
        // aircraft: "IL-25" is also an interleukin, "MI-6" a service.
        let doubtful =
            capitals && prefix.len() == 2 && !after_maker && !aircraft_noun_after(&text[end..]);
        (!doubtful).then_some(end)
    };
    forms
        .makers
        .iter()
        .filter_map(|(maker, _)| designation(after(maker, ' ')?, true))
        .next()
        .or_else(|| designation(at, false))
        .or_else(|| {
            forms.joined.iter().find_map(|maker| {
                let number = digits(text, after(maker, '-')?, 1..=3)?;
                plural_end(text, capitals(text, number, 0..=1)?)
            })
        })
        .or_else(|| {
            forms.models.iter().find_map(|&(maker, letters)| {
                let from = after(maker, ' ')?;
                let number = from + letters.len();
                text[from..].starts_with(letters).then_some(())?;
                let end = digits(text, number, 3..=3)?;
                second_number(text, end, false).or_else(|| plural_end(text, end))
            })
        })
}

/// The end of a designation's number from byte `at` (after its hyphen):
/// digits, capitals ("25SM"), perhaps a second number ("-100", "-8M").
fn designation_number(text: &str, at: usize) -> Option<usize> {
    let end = capitals(text, digits(text, at, 1..=3)?, 0..=3)?;
    second_number(text, end, true).or_else(|| plural_end(text, end))
}

/// The end of a hyphen and a number of one to three digits at byte `at`,
/// perhaps with one capital after it (`letter`), then a word boundary.
fn second_number(text: &str, at: usize, letter: bool) -> Option<usize> {
    text[at..].starts_with('-').then_some(())?;
    let number = digits(text, at + 1, 1..=3)?;
    let end = if letter {
        capitals(text, number, 0..=1)?
    } else {
        number
    };
    plural_end(text, end)
}

/// The end of the run of ASCII digits at byte `at`, if its length is in `counts`.
fn digits(text: &str, at: usize, counts: RangeInclusive<usize>) -> Option<usize> {
    run_end(text, at, u8::is_ascii_digit, counts)
}

/// The end of the run of ASCII capitals at byte `at`, if its length is in `counts`.
fn capitals(text: &str, at: usize, counts: RangeInclusive<usize>) -> Option<usize> {
    run_end(text, at, u8::is_ascii_uppercase, counts)
}

/// A run shorter than the whole run never ends a match: the byte after it
/// is of the run's kind, so neither a word boundary nor what follows the run
/// can come next.
fn run_end(
    text: &str,
    at: usize,
    of_run: fn(&u8) -> bool,
    counts: RangeInclusive<usize>,
) -> Option<usize> {
    let len = text.as_bytes()[at..]
        .iter()
        .take_while(|b| of_run(b))
        .count();
    counts.contains(&len).then_some(at + len)
}

/// Where a name ending at byte `at` ends: after a plural "s" ("An-124s"),
/// else at `at`, if a word boundary holds there.
fn plural_end(text: &str, at: usize) -> Option<usize> {
    if text[at..].starts_with('s') && word_boundary(text, at + 1) {
        return Some(at + 1);
    }
    word_boundary(text, at).then_some(at)
}

/// The end of the ship class at byte `at` of `text`: up to two capitalised
/// words, each before one space, then a capitalised word joined to "-class"
/// ("Kirov-class", "Admiral Grigorovich-class"), taking as many words before
/// it as can precede it.
fn ship_class_at(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let word_end = |from: usize, digits: bool| {
        bytes.get(from).filter(|b| b.is_ascii_uppercase())?;
        let rest = bytes[from + 1..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic() || digits && b.is_ascii_digit())
            .count();
        (rest > 0).then_some(from + 1 + rest)
    };
    let mut starts = vec![at];
    while starts.len() < 3 {
        match word_end(starts[starts.len() - 1], false) {
            Some(end) if bytes.get(end) == Some(&b' ') => starts.push(end + 1),
            _ => break,
        }
    }
    starts.iter().rev().find_map(|&from| {
        let word = word_end(from, true)?;
        let end = word + "-class".len();
        (text[word..].starts_with("-class") && word_boundary(text, end)).then_some(end)
    })
}

/// The length of the model's name after a designation ("C-17 Globemaster", "UH-60
/// Black Hawks"): up to two capitalised words that are neither ordinary words nor
/// names of places, peoples or people ("C-17 Tuesday", "F-16 Israel bought"),
/// and a mark after them ("C-17 Globemaster III").
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
        // A mark after the model's name is part of it ("C-17 Globemaster III").
        if len > 0 && matches!(word, "II" | "III" | "IV") {
            len += 1 + word_len;
            break;
        }
        let singular = word.strip_suffix('s').unwrap_or(word);
        let known_other = GAZETTEER
            .exact(word)
            .or_else(|| GAZETTEER.exact(singular))
            .is_some_and(|k| !matches!(k.kind, EntityType::Aircraft | EntityType::Org));
        if !shaped || known_other || COMMON_WORDS.contains(fold::lower(word).as_str()) {
            break;
        }
        len += 1 + word_len;
    }
    len
}

/// Whether one of the two words that open `rest` is a noun for aircraft
/// ("C-2 transport plane", "A-4 jets").
fn aircraft_noun_after(rest: &str) -> bool {
    rest.split(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty())
        .take(2)
        .any(|word| cue_roles(word).has(AIRCRAFT_NOUNS))
}

/// Whether `head` is `prefix` in capitals only, a prefix with small letters
/// ("IL" for "Il", "MIG" for "MiG", as agencies write them).
fn capitalised_prefix(head: &str, prefix: &str) -> bool {
    prefix.bytes().any(|b| b.is_ascii_lowercase())
        && !head.bytes().any(|b| b.is_ascii_lowercase())
        && head.eq_ignore_ascii_case(prefix)
}

/// "A-1", "B-2", "T-3": a single letter and one digit is more often a grade,
/// a road or a form than an aircraft.
fn is_single_letter_ordinal(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 3 && b[0].is_ascii_uppercase() && b[1] == b'-' && b[2].is_ascii_digit()
}

/// The short designation: maker dropped, plural dropped, maker-number written
/// with the maker's prefix ("Antonov An-124s" → "An-124", "Ilyushin-62" → "Il-62"),
/// a maker of models kept ("Boeing 747").
fn aircraft_canonical(text: &str) -> String {
    let forms = &*AIRCRAFT_DESIGNATIONS;
    let mut name = text.strip_suffix('s').unwrap_or(text);
    let prefixed = forms
        .makers
        .iter()
        .filter(|(_, letters)| !letters.is_empty())
        .find(|(maker, _)| name.starts_with(maker));
    if let Some((maker, letters)) = prefixed {
        let rest = &name[maker.len()..];
        if let Some(number) = rest.strip_prefix('-') {
            return format!("{letters}-{number}");
        }
        name = rest.trim_start();
    } else if let Some((maker, model)) = name.split_once(' ') {
        // A maker of models keeps its name ("Boeing 747"); any other is
        // dropped, all its words ("Lockheed Martin C-130J" is "C-130J").
        if !forms.models.iter().any(|(kept, _)| *kept == maker) {
            let written = forms
                .makers
                .iter()
                .find_map(|(maker, _)| name.strip_prefix(maker)?.strip_prefix(' '));
            name = written.unwrap_or(model);
        }
    }
    // "IL-76" is "Il-76".
    let capitalised = forms.prefixes.iter().find(|p| {
        name.get(..p.len())
            .is_some_and(|head| capitalised_prefix(head, p))
            && name[p.len()..].starts_with('-')
    });
    match capitalised {
        Some(prefix) => format!("{prefix}{}", &name[prefix.len()..]),
        None => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use super::*;

    const AIRCRAFT_CASES: &[(&str, &str, &str)] = &[
        // (sentence, text found, canonical)
        ("Two Ilyushin-76 jets landed.", "Ilyushin-76", "Il-76"),
        // A prefix in capitals, as agencies write it, beside an aircraft noun or its maker.
        ("Two IL-76 transport aircraft landed.", "IL-76", "Il-76"),
        ("An Ilyushin IL-76MD landed.", "Ilyushin IL-76MD", "Il-76MD"),
        ("A MIG-29 crashed.", "MIG-29", "MiG-29"),
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
        ("an Embraer 175 and", "Embraer 175", "Embraer 175"),
        ("a Superjet 100 will", "Superjet 100", "Superjet 100"),
        ("an Ilyushin-62 flew", "Ilyushin-62", "Il-62"),
        ("Su-25SM attack jets", "Su-25SM", "Su-25SM"),
        ("four CH-47 Chinooks and", "CH-47 Chinooks", "CH-47"),
        ("a C-17 Globemaster landed", "C-17 Globemaster", "C-17"),
        ("a CC-330 Husky landed", "CC-330 Husky", "CC-330"),
        ("two UH-60 Black Hawks, which", "UH-60 Black Hawks", "UH-60"),
        ("an F-16 Monday", "F-16", "F-16"),
        ("two F/A-18 jets", "F/A-18", "F/A-18"),
        ("a P-8 Poseidon aircraft", "P-8 Poseidon", "P-8"),
        (
            "a Lockheed Martin C-130J landed",
            "Lockheed Martin C-130J",
            "C-130J",
        ),
        ("a Boeing C-17 landed", "Boeing C-17", "Boeing C-17"),
        // US modified-mission prefixes of two letters.
        ("two MV-22B Ospreys and", "MV-22B Ospreys", "MV-22B"),
        ("two CV-22s flew", "CV-22s", "CV-22"),
        ("an MC-130J refuelled", "MC-130J", "MC-130J"),
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
        // Two capitals alone may be an interleukin or a service.
        assert!(find("It triggers the release of IL-25, MI-6 said.").is_empty());
        let sentence = "A Japanese C-2 transport plane and two A-4 jets took off from Road A-1.";
        let found: Vec<&str> = find(sentence)
            .iter()
            .map(|s| s.span.text(sentence))
            .collect();
        assert_eq!(found, ["C-2", "A-4"]);
    }

    /// The regexes the recognisers replaced, written from the same data:
    /// their matches are the oracle of the tests below.
    static AIRCRAFT_ORACLE: LazyLock<regex::Regex> = LazyLock::new(|| {
        let forms = &*AIRCRAFT_DESIGNATIONS;
        let any = |words: &[&str]| {
            let escaped: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
            escaped.join("|")
        };
        let models: Vec<String> = forms
            .models
            .iter()
            .map(|(maker, letters)| {
                format!(
                    r"\b{} {}[0-9]{{3}}(?:-[0-9]{{1,3}})?(?:s\b)?\b",
                    regex::escape(maker),
                    regex::escape(letters)
                )
            })
            .collect();
        regex::Regex::new(&format!(
            r"\b(?:(?:{}) )?(?:{})-[0-9]{{1,3}}[A-Z]{{0,3}}(?:-[0-9]{{1,3}}[A-Z]?)?(?:s\b)?\b|\b(?:{})-[0-9]{{1,3}}[A-Z]?(?:s\b)?\b|{}",
            any(&forms.makers.iter().map(|(maker, _)| *maker).collect::<Vec<_>>()),
            any(&forms.prefixes),
            any(&forms.joined),
            models.join("|")
        ))
        .unwrap()
    });

    static SHIP_CLASS_ORACLE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"\b(?:[A-Z][A-Za-z]+ ){0,2}[A-Z][A-Za-z0-9]+-class\b").unwrap()
    });

    fn assert_as_oracle(text: &str) {
        let spans = |r: &regex::Regex| -> Vec<ByteSpan> {
            r.find_iter(text)
                .map(|m| ByteSpan::new(m.start(), m.end()))
                .collect()
        };
        // A prefix in capitals ("IL-76") is read beyond the regex, where an
        // aircraft noun or its maker is beside it: AIRCRAFT_CASES tests those.
        let capitals = AIRCRAFT_DESIGNATIONS.prefixes.iter().any(|p| {
            p.bytes().any(|b| b.is_ascii_lowercase())
                && text.contains(&format!("{}-", p.to_ascii_uppercase()))
        });
        if !capitals {
            assert_eq!(
                leftmost(text, designation_at),
                spans(&AIRCRAFT_ORACLE),
                "aircraft in {text:?}"
            );
        }
        assert_eq!(
            leftmost(text, ship_class_at),
            spans(&SHIP_CLASS_ORACLE),
            "ship classes in {text:?}"
        );
    }

    /// Pieces whose joinings reach every branch of the two recognisers:
    /// makers, prefixes, runs of digits and capitals, plurals, hyphens, and
    /// word characters outside ASCII next to them.
    const PIECES: &[&str] = &[
        "An",
        "Il",
        "MiG",
        "C",
        "CP",
        "KC",
        "CC",
        "F/A",
        "F",
        "FA",
        "A",
        "Mi",
        "Antonov",
        "Ilyushin",
        "Lockheed",
        "Lockheed Martin",
        "Martin",
        "Boeing",
        "Airbus",
        "Bell",
        "Kamov",
        " ",
        "  ",
        "-",
        "-",
        "/",
        "1",
        "12",
        "124",
        "747",
        "1234",
        "SM",
        "J",
        "M",
        "s",
        "x",
        "_",
        "é",
        "É",
        "-class",
        "class",
        "Kirov",
        "Admiral ",
        "Ab1",
        "a",
        ".",
        "\u{2014}",
    ];

    #[test]
    fn designation_forms_are_as_the_recogniser_reads_them() {
        let forms = &*AIRCRAFT_DESIGNATIONS;
        let words = forms
            .makers
            .iter()
            .map(|(maker, _)| maker)
            .chain(&forms.joined)
            .chain(forms.models.iter().map(|(maker, _)| maker));
        for word in words {
            assert!(word.starts_with(|c: char| c.is_ascii_uppercase()), "{word}");
            assert!(
                word.bytes().all(|b| b.is_ascii_alphabetic() || b == b' '),
                "{word}"
            );
        }
        for prefix in &forms.prefixes {
            assert!(
                prefix.starts_with(|c: char| c.is_ascii_uppercase()),
                "{prefix}"
            );
            assert!(
                prefix.bytes().all(|b| b.is_ascii_alphabetic() || b == b'/'),
                "{prefix}"
            );
        }
    }

    #[test]
    fn recognisers_find_what_their_regexes_found() {
        let written = [
            "Antonov An-124-100 and Ilyushin-62 or a Boeing 747-400F, Boeing 7470, Airbus A3200",
            "An-1245 An-124sx An-124-1000 An-124-8MX F/A-18Es xF-16 Lockheed Martin C-130Js",
            "The Kirov-class and A B Cd-class, Ab Cd Ef Gh-class, Kirov-classes, Kirov2-class",
            "éAn-124 An-124é Boeing 747é Kirov-classé ÉKirov-class An-124_ MiG-29s_",
        ];
        let cases = AIRCRAFT_CASES.iter().map(|c| c.0);
        for text in written.into_iter().chain(cases) {
            assert_as_oracle(text);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
        #[test]
        fn recognisers_agree_with_their_regexes_on_any_joining(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..12)
        ) {
            assert_as_oracle(&pieces.concat());
        }
    }

    #[test]
    fn finds_ship_classes() {
        let s = "a Kirov-class cruiser and an Admiral Grigorovich-class frigate";
        let got: Vec<_> = find(s).iter().map(|f| f.span.text(s).to_string()).collect();
        assert_eq!(got, vec!["Kirov-class", "Admiral Grigorovich-class"]);
        // An article or a people's adjective before the class is no part of it.
        let s = "The Los Angeles-class submarine met the Russian Ropucha-class ship.";
        let got: Vec<_> = find(s).iter().map(|f| f.span.text(s).to_string()).collect();
        assert_eq!(got, vec!["Los Angeles-class", "Ropucha-class"]);
        // Nor is a number that opens the sentence.
        let s = "Two Arleigh Burke-class destroyers were diverted.";
        let got: Vec<_> = find(s).iter().map(|f| f.span.text(s).to_string()).collect();
        assert_eq!(got, vec!["Arleigh Burke-class"]);
    }
}
