//! The command-line tool: arguments → core → JSON on stdout. A file that cannot
//! be analysed gets one line on stderr naming it; the others are still analysed,
//! and the exit status is 1.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Deserialize;
use sitrep::input::{decode, ArticleOptions};
use sitrep::{Analysis, Article};

const USAGE: &str = "usage:
  sitrep analyze [--published YYYY-MM-DD] [--manifest FILE] [--out DIR] FILE...
  sitrep corpus [--published YYYY-MM-DD] [--manifest FILE] FILE...

analyze prints one analysis (one file) or a JSON array (several files);
with --out DIR it writes DIR/<id>.json per file instead (id = file stem).
corpus prints the merged timeline, figures table and entity index.
--manifest is a JSON object {\"<id>\": {\"published\": \"YYYY-MM-DD\" | null}};
--published applies to files without an entry; with neither, the date is inferred.";

#[derive(Default)]
struct Options {
    command: String,
    published: Option<String>,
    manifest: Option<PathBuf>,
    out: Option<PathBuf>,
    files: Vec<PathBuf>,
}

#[derive(Deserialize)]
struct ManifestEntry {
    published: Option<String>,
}

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("sitrep: {message}");
            ExitCode::from(2)
        }
    }
}

/// Runs the command; `Ok(false)` when some file failed.
fn run(args: Vec<String>) -> Result<bool, String> {
    let options = parse_args(args)?;
    let manifest = match &options.manifest {
        Some(path) => read_manifest(path)?,
        None => HashMap::new(),
    };
    let mut all_ok = true;
    let mut articles = Vec::new();
    for path in &options.files {
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let published = match manifest.get(&id) {
            Some(entry) => entry.published.clone(),
            None => options.published.clone(),
        };
        match load(path, &id, published) {
            Ok(article) => articles.push(article),
            Err(message) => {
                eprintln!("sitrep: {}: {message}", path.display());
                all_ok = false;
            }
        }
    }
    match options.command.as_str() {
        "analyze" => {
            let analyses: Vec<Analysis> = articles.iter().map(sitrep::analyze).collect();
            if let Some(dir) = &options.out {
                fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                for analysis in &analyses {
                    let path = dir.join(format!("{}.json", analysis.id));
                    fs::write(&path, to_json(analysis)? + "\n")
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                }
            } else if options.files.len() == 1 {
                if let Some(analysis) = analyses.first() {
                    println!("{}", to_json(analysis)?);
                }
            } else {
                println!("{}", to_json(&analyses)?);
            }
        }
        _ => println!("{}", to_json(&sitrep::corpus(&articles))?),
    }
    Ok(all_ok)
}

fn parse_args(args: Vec<String>) -> Result<Options, String> {
    let mut args = args.into_iter();
    let mut options = Options {
        command: args.next().unwrap_or_default(),
        ..Options::default()
    };
    if !matches!(options.command.as_str(), "analyze" | "corpus") {
        return Err(format!("unknown command {:?}\n{USAGE}", options.command));
    }
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--published" => options.published = Some(value("--published")?),
            "--manifest" => options.manifest = Some(value("--manifest")?.into()),
            "--out" if options.command == "analyze" => options.out = Some(value("--out")?.into()),
            "-h" | "--help" => return Err(USAGE.to_string()),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}\n{USAGE}"))
            }
            file => options.files.push(file.into()),
        }
    }
    if options.files.is_empty() {
        return Err(format!("no files given\n{USAGE}"));
    }
    if let Some(date) = &options.published {
        date.parse::<sitrep::Date>().map_err(|e| e.to_string())?;
    }
    Ok(options)
}

fn read_manifest(path: &Path) -> Result<HashMap<String, ManifestEntry>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: not a manifest: {e}", path.display()))
}

fn load(path: &Path, id: &str, published: Option<String>) -> Result<Article, String> {
    let bytes = fs::read(path).map_err(|e| e.to_string())?;
    let (text, lossy) = decode(&bytes).map_err(|e| e.to_string())?;
    if lossy {
        eprintln!(
            "sitrep: {}: warning: invalid UTF-8 replaced by U+FFFD",
            path.display()
        );
    }
    let options = ArticleOptions {
        id: Some(id.to_string()),
        published,
        file_date: None,
    };
    Article::with_options(&text, options).map_err(|e| e.to_string())
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| e.to_string())
}
