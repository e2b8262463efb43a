//! SCHEMA invariants on the real binary's output for the example articles, with
//! and without their publication dates.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use serde_json::Value;

use common::{examples, path, sitrep, violations};

#[test]
fn example_analyses_keep_the_schema() {
    let out = tempdir("schema-given");
    let manifest = path("www/examples/manifest.json");
    let mut args = vec![
        "analyze",
        "--manifest",
        manifest.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    let files = examples();
    assert_eq!(files.len(), 5, "five examples ship with the page");
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    let run = sitrep(&args);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    for file in &files {
        let id = file.file_stem().unwrap().to_str().unwrap();
        let text = std::fs::read_to_string(file).unwrap();
        let analysis: Value =
            serde_json::from_str(&std::fs::read_to_string(out.join(format!("{id}.json"))).unwrap())
                .unwrap();
        assert_eq!(analysis["id"], id);
        assert_eq!(analysis["published"]["source"], "given");
        assert!(
            analysis["published"].get("evidence").is_none(),
            "{id}: no evidence for a given date"
        );
        let problems = violations(&analysis, &text);
        assert!(problems.is_empty(), "{id}:\n{}", problems.join("\n"));
        for key in ["entities", "dates", "figures", "events"] {
            assert!(
                !analysis[key].as_array().unwrap().is_empty(),
                "{id}: some {key} found"
            );
        }
    }
}

#[test]
fn inferred_publication_dates_keep_the_schema() {
    let files = examples();
    let mut args = vec!["analyze"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    let run = sitrep(&args);
    assert!(run.status.success());
    let analyses: Value = serde_json::from_slice(&run.stdout).unwrap();
    for (analysis, file) in analyses.as_array().unwrap().iter().zip(&files) {
        let text = std::fs::read_to_string(file).unwrap();
        assert_ne!(analysis["published"]["source"], "given");
        // The optional evidence, beyond SCHEMA.md: a short text saying why.
        let evidence = &analysis["published"]["evidence"];
        assert!(
            evidence
                .as_str()
                .is_some_and(|e| !e.is_empty() && e.chars().count() <= 300),
            "{}: evidence {evidence}",
            file.display()
        );
        let problems = violations(analysis, &text);
        assert!(
            problems.is_empty(),
            "{}:\n{}",
            file.display(),
            problems.join("\n")
        );
    }
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
