//! The wasm binding in headless Chromium: the operations the page uses.
#![cfg(target_arch = "wasm32")]

use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const REPORT: &str = "Navy ships reach Tartus\n\nFour warships docked in Tartus on Tuesday, the Russian defence ministry said. \
About 300 people left on the ships 🚢.";

/// A plain JS object, as the page passes it.
fn js(value: Value) -> JsValue {
    js_sys::JSON::parse(&value.to_string()).unwrap()
}

fn options(id: &str, published: &str) -> JsValue {
    js(serde_json::json!({"id": id, "published": published}))
}

/// The JSON text a call returned, parsed.
fn to_json(result: Result<String, wasm_bindgen::JsError>) -> Value {
    let text = result.unwrap_or_else(|_| panic!("the call failed"));
    serde_json::from_str(&text).unwrap()
}

#[wasm_bindgen_test]
fn analyze_returns_the_schema_json() {
    let analysis = to_json(sitrep::wasm::analyze(REPORT, options("navy", "2024-12-12")));
    assert_eq!(analysis["id"], "navy");
    assert_eq!(analysis["title"], "Navy ships reach Tartus");
    assert_eq!(analysis["published"]["value"], "2024-12-12");
    assert_eq!(analysis["published"]["source"], "given");
    let chars: Vec<char> = REPORT.chars().collect();
    for key in ["entities", "dates", "figures", "events"] {
        for item in analysis[key].as_array().unwrap() {
            let (start, end) = (
                item["start"].as_u64().unwrap() as usize,
                item["end"].as_u64().unwrap() as usize,
            );
            let slice: String = chars[start..end].iter().collect();
            assert_eq!(item["text"], slice.as_str(), "{key} span");
        }
    }
    assert_eq!(analysis["dates"][0]["value"], "2024-12-10");
    assert!(analysis["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["text"] == "Tartus"));
}

/// Only the corpus view is escaped to ASCII: an analysis keeps its characters.
#[wasm_bindgen_test]
fn analyses_keep_characters_beyond_ascii_as_they_are() {
    let text = "Ships leave Tartus 🚢\n\nTwo ships left Tartus on Tuesday, officials said.";
    let json = sitrep::wasm::analyze(text, options("ships", "2024-12-12"))
        .unwrap_or_else(|_| panic!("the call failed"));
    assert!(
        json.contains(r#""title":"Ships leave Tartus 🚢""#),
        "{json}"
    );
}

/// Fractions are written by the core's own writer: the fewest decimals.
#[wasm_bindgen_test]
fn figures_with_fractions_are_written_as_numbers() {
    let text = "Aid arrives\n\nA plane delivered 2.5 tonnes of aid to Latakia on Tuesday.";
    let json = sitrep::wasm::analyze(text, options("aid", "2024-12-12"))
        .unwrap_or_else(|_| panic!("the call failed"));
    assert!(json.contains(r#""value":2.5,"#), "{json}");
}

#[wasm_bindgen_test]
fn analyze_listed_gives_the_analysis_and_what_the_list_shows_of_it() {
    let undated = "Ships leave\n\nTwo ships left Tartus on Tuesday, officials said.";
    let pair = sitrep::wasm::analyze_listed(undated, options("ships", ""))
        .unwrap_or_else(|_| panic!("the call failed"));
    let read =
        |at: u32| -> Value { serde_json::from_str(&pair.get(at).as_string().unwrap()).unwrap() };
    let (analysis, listed) = (read(0), read(1));
    assert_eq!(
        analysis,
        to_json(sitrep::wasm::analyze(undated, options("ships", "")))
    );
    assert_eq!(listed["title"], "Ships leave");
    assert_eq!(listed["published"], analysis["published"]);
    assert_eq!(
        listed["entities"],
        analysis["entities"].as_array().unwrap().len()
    );
    assert_eq!(
        listed["figures"],
        analysis["figures"].as_array().unwrap().len()
    );
    assert_eq!(listed["undated"], analysis["undated"]);
    assert_eq!(
        listed["undated"][0]["text"],
        "Two ships left Tartus on Tuesday, officials said."
    );
}

const LATER: &str = "Two more ships left Tartus on Friday.";

/// Two reports as the page holds them: text, id and publication date.
fn two_reports() -> Value {
    serde_json::json!([
        {"id": "a", "text": REPORT, "published": "2024-12-12"},
        {"id": "b", "text": LATER, "published": "2024-12-14"}
    ])
}

/// Each report analysed alone, as the page does before merging.
fn analysed(reports: &Value) -> Value {
    let items = reports
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let text = r["text"].as_str().unwrap();
            let options = options(r["id"].as_str().unwrap(), r["published"].as_str().unwrap());
            let analysis = to_json(sitrep::wasm::analyze(text, options));
            serde_json::json!({"text": text, "analysis": analysis})
        })
        .collect();
    Value::Array(items)
}

#[wasm_bindgen_test]
fn articles_kept_once_are_merged_into_the_corpus() {
    sitrep::wasm::keep(js(analysed(&two_reports()))).unwrap();
    let ids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let text: String = sitrep::wasm::merge_kept(ids(&["a", "b"]))
        .unwrap_or_else(|_| panic!("the merge failed"))
        .join("")
        .into();
    assert!(text.is_ascii(), "the corpus view is written in ASCII");
    let corpus: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(corpus["articles"].as_array().unwrap().len(), 2);
    // The escapes read back into the text, a character beyond the BMP included.
    assert!(corpus["figures"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["sentence"]["text"] == "About 300 people left on the ships 🚢."));
    let dates: Vec<&str> = corpus["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, vec!["2024-12-10", "2024-12-13"]);
    // A merge of fewer articles forgets the others: merging them again fails.
    let one =
        to_json(sitrep::wasm::merge_kept(ids(&["b"])).map(|pieces| String::from(pieces.join(""))));
    assert_eq!(one["articles"].as_array().unwrap().len(), 1);
    assert!(sitrep::wasm::merge_kept(ids(&["a", "b"])).is_err());
    let broken = serde_json::json!([{"text": LATER, "analysis": {"id": "b"}}]);
    assert!(sitrep::wasm::keep(js(broken)).is_err());
}

#[wasm_bindgen_test]
fn an_analysis_kept_as_it_is_made_merges_as_when_kept_from_its_json() {
    let ids = vec!["a".to_string(), "b".to_string()];
    let merged = || -> String {
        sitrep::wasm::merge_kept(ids.clone())
            .unwrap_or_else(|_| panic!("the merge failed"))
            .join("")
            .into()
    };
    sitrep::wasm::keep(js(analysed(&two_reports()))).unwrap();
    let from_json = merged();
    for report in two_reports().as_array().unwrap() {
        let text = report["text"].as_str().unwrap();
        let id = report["id"].as_str().unwrap();
        let published = report["published"].as_str().unwrap();
        let kept = sitrep::wasm::analyze_listed_kept(text, options(id, published))
            .unwrap_or_else(|_| panic!("the analysis failed"));
        let listed = sitrep::wasm::analyze_listed(text, options(id, published))
            .unwrap_or_else(|_| panic!("the analysis failed"));
        assert_eq!(kept.get(0).as_string(), listed.get(0).as_string());
        assert_eq!(kept.get(1).as_string(), listed.get(1).as_string());
    }
    let as_made = merged();
    assert!(
        as_made.contains("\"figures\":[{"),
        "the merge has figures: {as_made}"
    );
    assert_eq!(as_made, from_json);
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_not_a_panic() {
    assert!(sitrep::wasm::analyze("   ", JsValue::NULL).is_err());
    assert!(sitrep::wasm::analyze("Text.", options("x", "14/12/2024")).is_err());
}

/// The core's two regexes (a weekday and a time of day; a dateline) compile in
/// the wasm, whose regex has no Unicode tables: their classes are spelled out.
#[wasm_bindgen_test]
fn publication_dates_come_from_a_stamp_and_a_dateline() {
    let body = "\n\nRussia flew 120 people out of Latakia, the ministry said. More flights \
                would follow, officials said, as ships waited off Tartus.";
    for (head, evidence) in [
        (
            "Ships leave Syria\nDecember 2, 2024\nPosted: Tue,\u{a0}9:05 am",
            "Posted: Tue,\u{a0}9:05 am",
        ),
        (
            "MOSCOW, December 3, 2024 (Reuters) - Russia said it flew 120 people out.",
            "MOSCOW, December 3, 2024 (Reuters) - Russia said it flew 120 people out.",
        ),
    ] {
        let text = format!("{head}{body}");
        let analysis = to_json(sitrep::wasm::analyze(&text, options("undated", "")));
        assert_eq!(analysis["published"]["value"], "2024-12-03", "{head}");
        assert_eq!(analysis["published"]["source"], "dateline", "{head}");
        assert_eq!(analysis["published"]["evidence"], evidence, "{head}");
    }
}
