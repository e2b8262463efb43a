//! Any text in, a valid analysis (or a clear error) out: never a panic, every
//! span inside the text with `text` equal to its slice. Random text from
//! proptest, plus hand-made hostile inputs.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use serde_json::Value;

use common::violations;
use sitrep::{Article, Error};

/// Analyses `text` and checks SCHEMA's invariants; `Err` only for refused input.
fn check(text: &str) -> Result<(), Error> {
    let article = Article::new("probe", text, Some("2024-12-14"))?;
    let analysis = sitrep::analyze(&article);
    let json: Value = serde_json::to_value(&analysis).expect("the analysis serialises");
    let problems = violations(&json, text);
    assert!(problems.is_empty(), "{text:?}:\n{}", problems.join("\n"));
    let corpus = sitrep::corpus(std::slice::from_ref(&article));
    assert_eq!(corpus.articles.len(), 1);
    Ok(())
}

/// Words that exercise every stage: names, dates, numbers, qualifiers, boilerplate.
const PIECES: &[&str] = &[
    "Russia",
    "Tartus",
    "al-Assad",
    "Mr",
    "President",
    "said",
    "on",
    "Tuesday",
    "last",
    "week",
    "December",
    "14",
    "2024",
    "Dec.",
    "9",
    "about",
    "at least",
    "99",
    "1,200",
    "two",
    "hundred",
    "dozens",
    "ships",
    "An-124",
    "Il-76",
    "tonnes",
    "of",
    "aid",
    "$550m",
    "evacuated",
    "the",
    "(HTS)",
    "Hayat",
    "Tahrir",
    "al-Sham",
    "PREV",
    "NEXT",
    "Advertisement",
    "SEE ALSO",
    "—",
    "'s",
    ".",
    ",",
    "\n",
    "\n\n",
    "  ",
    "🚢",
    "é",
    "e\u{301}",
    "\u{202E}",
    "שלום",
    "مرحبا",
    "𝔘𝔫𝔦",
    "\u{FEFF}",
    "\u{200B}",
    "'",
    "\"",
    "-",
    "--",
    "…",
    "12.5",
    "0",
    "9999999999999999999999",
];

fn article_like() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 0..200).prop_map(|words| {
        let mut text = String::new();
        for w in words {
            text.push_str(w);
            text.push(' ');
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_string_gives_a_valid_analysis_or_an_error(text in any::<String>()) {
        let _ = check(&text);
    }

    #[test]
    fn article_like_text_gives_a_valid_analysis(text in article_like()) {
        let _ = check(&text);
    }
}

#[test]
fn hostile_inputs_give_a_valid_analysis_or_a_clear_error() {
    let long_line = "Russia sent ships to Tartus and ".repeat(3_000);
    let no_full_stop = "the ships of Russia sailed on ".repeat(35_000); // about 1 MB
    let cases: Vec<(&str, String)> = vec![
        ("a very long line", long_line),
        ("1 MB without a full stop", no_full_stop),
        ("only digits", "1234567890 ".repeat(5_000)),
        (
            "only capitals",
            "RUSSIA SENDS FOUR WARSHIPS TO TARTUS ON TUESDAY ".repeat(500),
        ),
        (
            "deeply nested HTML",
            format!(
                "{}Russia{}",
                "<div><p>".repeat(2_000),
                "</p></div>".repeat(2_000)
            ),
        ),
        (
            "astral and combining",
            "𝕽𝖚𝖘𝖘𝖎𝖆 🚢🚢 Tarțus e\u{301}e\u{301} 👩‍👩‍👧 on Tuesday. ".repeat(200),
        ),
        (
            "right to left",
            "روسيا أرسلت سفن إلى طرطوس يوم الثلاثاء. ‏Russia said‏ 99 people left. ".repeat(100),
        ),
        (
            "lone punctuation",
            ". , ; : ! ? ( ) [ ] \" ' — – … ".repeat(300),
        ),
        ("a single character", "x".to_string()),
        (
            "numbers next to everything",
            "99Russia 2024-12-14x $$$550mm 1..2 ,,,5 -7 ".repeat(100),
        ),
    ];
    for (name, text) in cases {
        match check(&text) {
            Ok(()) => {}
            Err(err) => panic!("{name}: refused with {err}"),
        }
    }
}

#[test]
fn refused_inputs_say_why() {
    assert_eq!(check(""), Err(Error::Empty));
    assert_eq!(check(" \n\t "), Err(Error::Empty));
    assert_eq!(check("Russia\0sent\0ships"), Err(Error::NotText));
    let huge = "a".repeat(sitrep::input::MAX_ARTICLE_BYTES + 1);
    assert!(matches!(check(&huge), Err(Error::TooLarge { .. })));
}
