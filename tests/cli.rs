//! The command-line interface as other tools use it: golden analyses of our own
//! fixtures, output shapes, per-file errors and the corpus command.
//!
//! `SITREP_BLESS=1 cargo test --test cli` rewrites `tests/fixtures/*.expected.json`;
//! the diff is the review.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::fs;

use serde_json::Value;

use common::{path, sitrep, violations};

fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(path("tests/fixtures"))
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "txt").then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    names
}

#[test]
fn fixtures_match_their_reviewed_analyses() {
    let manifest = path("tests/fixtures/manifest.json");
    let mut failures = Vec::new();
    for name in fixture_names() {
        let input = path(&format!("tests/fixtures/{name}.txt"));
        let expected_path = path(&format!("tests/fixtures/{name}.expected.json"));
        let run = sitrep(&[
            "analyze",
            "--manifest",
            manifest.to_str().unwrap(),
            input.to_str().unwrap(),
        ]);
        assert!(
            run.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let got: Value = serde_json::from_slice(&run.stdout).unwrap();
        let problems = violations(&got, &fs::read_to_string(&input).unwrap());
        assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
        if std::env::var_os("SITREP_BLESS").is_some() {
            fs::write(
                &expected_path,
                serde_json::to_string_pretty(&got).unwrap() + "\n",
            )
            .unwrap();
            continue;
        }
        let want: Value =
            serde_json::from_str(&fs::read_to_string(&expected_path).unwrap_or_default())
                .unwrap_or_else(|_| {
                    panic!("{name}: no expected file; run with SITREP_BLESS=1 and review it")
                });
        if want != got {
            failures.push(format!("{name}:\nexpected {want:#}\ngot {got:#}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn several_files_give_an_array_and_one_file_an_object() {
    let a = path("tests/fixtures/airlift.txt");
    let b = path("tests/fixtures/convoy.txt");
    let one: Value =
        serde_json::from_slice(&sitrep(&["analyze", a.to_str().unwrap()]).stdout).unwrap();
    assert_eq!(one["id"], "airlift");
    let both: Value = serde_json::from_slice(
        &sitrep(&["analyze", a.to_str().unwrap(), b.to_str().unwrap()]).stdout,
    )
    .unwrap();
    let ids: Vec<&str> = both
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["airlift", "convoy"]);
}

#[test]
fn published_option_applies_to_files_without_a_manifest_entry() {
    let manifest = path("tests/fixtures/manifest.json");
    let a = path("tests/fixtures/airlift.txt");
    let dir = std::env::temp_dir().join(format!("sitrep-cli-published-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let other = dir.join("unlisted.txt");
    fs::write(&other, "Ships left the port on Friday.").unwrap();
    let run = sitrep(&[
        "analyze",
        "--published",
        "2024-12-14",
        "--manifest",
        manifest.to_str().unwrap(),
        a.to_str().unwrap(),
        other.to_str().unwrap(),
    ]);
    let both: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(both[0]["published"]["value"], "2023-04-25");
    assert_eq!(both[1]["published"]["value"], "2024-12-14");
    assert_eq!(both[1]["dates"][0]["value"], "2024-12-13");
}

#[test]
fn bad_files_are_named_on_stderr_and_the_rest_still_analysed() {
    let dir = std::env::temp_dir().join(format!("sitrep-cli-bad-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let binary = dir.join("photo.txt");
    fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let empty = dir.join("empty.txt");
    fs::write(&empty, "").unwrap();
    let missing = dir.join("missing.txt");
    let good = path("tests/fixtures/convoy.txt");
    let out = dir.join("out");
    let run = sitrep(&[
        "analyze",
        "--out",
        out.to_str().unwrap(),
        binary.to_str().unwrap(),
        empty.to_str().unwrap(),
        missing.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(
        lines[0].contains("photo.txt") && lines[0].contains("binary"),
        "{stderr}"
    );
    assert!(
        lines[1].contains("empty.txt") && lines[1].contains("empty"),
        "{stderr}"
    );
    assert!(lines[2].contains("missing.txt"), "{stderr}");
    assert!(out.join("convoy.json").exists());
    assert!(!out.join("photo.json").exists());
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning() {
    let dir = std::env::temp_dir().join(format!("sitrep-cli-utf8-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let file = dir.join("latin1.txt");
    fs::write(
        &file,
        b"Ships reached the caf\xe9 port of Tartus on Friday.",
    )
    .unwrap();
    let run = sitrep(&[
        "analyze",
        "--published",
        "2024-12-14",
        file.to_str().unwrap(),
    ]);
    assert!(run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("invalid UTF-8"));
    let analysis: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert!(violations(
        &analysis,
        &String::from_utf8_lossy(&fs::read(&file).unwrap())
    )
    .is_empty());
}

#[test]
fn usage_errors_exit_with_status_2() {
    assert_eq!(sitrep(&["analyze"]).status.code(), Some(2));
    assert_eq!(sitrep(&["frobnicate", "x.txt"]).status.code(), Some(2));
    assert_eq!(
        sitrep(&["analyze", "--published", "yesterday", "x.txt"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn corpus_merges_the_timeline_and_the_figures_table() {
    let manifest = path("tests/fixtures/manifest.json");
    let a = path("tests/fixtures/airlift.txt");
    let b = path("tests/fixtures/convoy.txt");
    let run = sitrep(&[
        "corpus",
        "--manifest",
        manifest.to_str().unwrap(),
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    assert!(run.status.success());
    let corpus: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(corpus["articles"].as_array().unwrap().len(), 2);
    let firsts: Vec<&str> = corpus["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["first"].as_str().unwrap())
        .collect();
    let mut sorted = firsts.clone();
    sorted.sort();
    assert_eq!(firsts, sorted, "timeline sorted by date");
    assert!(corpus["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["article"] == "convoy"));
    let rows = corpus["figures"].as_array().unwrap();
    assert!(rows
        .iter()
        .any(|r| r["category"] == "aid" && r["value"] == 40 && r["unit"] == "tonnes"));
    assert!(rows.iter().all(|r| r["sentence"]["text"]
        .as_str()
        .unwrap()
        .contains(r["figure"]["text"].as_str().unwrap())));
    assert!(!corpus["entities"].as_array().unwrap().is_empty());
}

#[test]
fn a_saved_web_page_is_read_for_its_main_text_and_metadata_date() {
    let page = path("tests/fixtures/port-call.html");
    let text = sitrep(&["text", page.to_str().unwrap()]);
    assert!(text.status.success());
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("A navy landing ship carrying about 340 people"),
        "{text}"
    );
    assert!(text.contains("brought out of the country."), "{text}");
    for furniture in [
        "Business",
        "Most read",
        "All rights reserved",
        "window.analytics",
    ] {
        assert!(!text.contains(furniture), "{furniture} in {text}");
    }
    let whole = String::from_utf8(sitrep(&["text", "--whole-page", page.to_str().unwrap()]).stdout)
        .unwrap();
    assert!(whole.contains("Most read") && whole.contains("All rights reserved"));

    let run = sitrep(&["analyze", page.to_str().unwrap()]);
    assert!(run.status.success());
    let analysis: Value = serde_json::from_slice(&run.stdout).unwrap();
    // 22:40 in UTC-5 is still the 16th where the page was published.
    assert_eq!(analysis["published"]["value"], "2024-12-16");
    assert_eq!(analysis["published"]["source"], "metadata");
    let figures: Vec<i64> = analysis["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["value"].as_i64().unwrap())
        .collect();
    assert!(figures.contains(&340), "{figures:?}");
}

#[test]
fn standard_input_help_version_and_json_lines() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["analyze", "--published", "2013-02-19", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Dozens of Russians left Syria on Tuesday.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let analysis: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(analysis["id"], "stdin");
    assert_eq!(analysis["events"][0]["date"], "2013-02-19");

    for flag in ["--help", "--version"] {
        let run = sitrep(&[flag]);
        assert_eq!(run.status.code(), Some(0), "{flag}");
        assert!(!run.stdout.is_empty(), "{flag}");
    }

    let a = path("tests/fixtures/airlift.txt");
    let b = path("tests/fixtures/convoy.txt");
    let run = sitrep(&[
        "analyze",
        "--jsonl",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    let lines: Vec<Value> = String::from_utf8(run.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, vec!["airlift", "convoy"]);
}

#[test]
fn a_large_batch_keeps_the_order_of_its_files() {
    let dir = std::env::temp_dir().join(format!("sitrep-cli-batch-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let files: Vec<String> = (0..12)
        .map(|n| {
            let file = dir.join(format!("report{n:02}.txt"));
            fs::write(&file, format!("{} people left the port on Friday.", n + 10)).unwrap();
            file.to_string_lossy().into_owned()
        })
        .collect();
    let mut args = vec!["analyze", "--jsonl", "--published", "2024-12-14"];
    args.extend(files.iter().map(String::as_str));
    let run = sitrep(&args);
    let values: Vec<i64> = String::from_utf8(run.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            serde_json::from_str::<Value>(line).unwrap()["figures"][0]["value"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(values, (10..22).collect::<Vec<i64>>());
}
