//! SCHEMA.md's invariants on any analysis, as a list of violations. Shared by
//! the integration tests and the fuzz targets (fuzz/), which include this file.

use serde_json::Value;

fn is_timex_value(value: &str) -> bool {
    let known_refs = ["PAST_REF", "PRESENT_REF", "FUTURE_REF"];
    known_refs.contains(&value)
        || sitrep::calendar::Period::parse(value).is_some()
        || (value.starts_with('P') && value.len() > 1)
        || (value.starts_with("XXXX") || value.contains('T'))
}

/// Every violation of SCHEMA's invariants in `analysis` of `text`.
pub fn violations(analysis: &Value, text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut problems = Vec::new();
    let span_text = |item: &Value| -> Option<String> {
        let (start, end) = (
            item["start"].as_u64()? as usize,
            item["end"].as_u64()? as usize,
        );
        (start < end && end <= chars.len()).then(|| chars[start..end].iter().collect())
    };
    for key in ["entities", "dates", "figures", "events"] {
        let Some(items) = analysis[key].as_array() else {
            problems.push(format!("{key} is not an array"));
            continue;
        };
        for item in items {
            match span_text(item) {
                Some(slice) if item["text"] == slice.as_str() => {}
                Some(slice) => {
                    problems.push(format!("{key}: text {} != slice {slice:?}", item["text"]))
                }
                None => problems.push(format!("{key}: bad span {item}")),
            }
        }
    }
    for b in analysis["boilerplate"].as_array().into_iter().flatten() {
        if span_text(b).is_none() {
            problems.push(format!("boilerplate: bad span {b}"));
        }
        let kinds = [
            "paywall",
            "duplicate",
            "navigation",
            "comments",
            "link",
            "credit",
            "caption",
            "other",
        ];
        if !kinds.contains(&b["kind"].as_str().unwrap_or("")) {
            problems.push(format!("boilerplate: bad kind {b}"));
        }
    }
    let types = [
        "PERSON", "ORG", "PLACE", "FACILITY", "GROUP", "VESSEL", "AIRCRAFT", "EVENT",
    ];
    for e in analysis["entities"].as_array().into_iter().flatten() {
        if !types.contains(&e["type"].as_str().unwrap_or(""))
            || e["canonical"].as_str().is_none_or(str::is_empty)
        {
            problems.push(format!("entity: bad type or canonical {e}"));
        }
    }
    for d in analysis["dates"].as_array().into_iter().flatten() {
        if !is_timex_value(d["value"].as_str().unwrap_or("")) {
            problems.push(format!("date: bad value {d}"));
        }
    }
    for e in analysis["events"].as_array().into_iter().flatten() {
        if sitrep::calendar::Period::parse(e["date"].as_str().unwrap_or("")).is_none() {
            problems.push(format!("event: bad date {e}"));
        }
    }
    let qualifiers = ["exact", "approx", "at_least", "at_most"];
    let categories = [
        "evacuees",
        "nationals",
        "aid",
        "ships",
        "aircraft",
        "personnel",
        "equipment",
        "casualties",
        "money",
        "other",
    ];
    for f in analysis["figures"].as_array().into_iter().flatten() {
        if !f["value"].is_number()
            || !qualifiers.contains(&f["qualifier"].as_str().unwrap_or(""))
            || !categories.contains(&f["category"].as_str().unwrap_or(""))
            || f["unit"].as_str().is_none_or(str::is_empty)
        {
            problems.push(format!("figure: bad fields {f}"));
        }
    }
    let published = &analysis["published"];
    let sources = ["given", "dateline", "text", "knowledge", "file", "none"];
    let value_ok = match published["value"].as_str() {
        Some(v) => v.parse::<sitrep::Date>().is_ok(),
        None => published["value"].is_null() && published["source"] == "none",
    };
    if !value_ok || !sources.contains(&published["source"].as_str().unwrap_or("")) {
        problems.push(format!("published: bad {published}"));
    }
    problems
}
