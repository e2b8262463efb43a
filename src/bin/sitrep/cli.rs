//! Arguments → core → JSON on stdout. A file that cannot be analysed gets one line
//! on stderr naming it; the others are still analysed, and the exit status is 1.

use crate::html;
use std::collections::HashMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Deserialize;
use sitrep::input::{decode, ArticleOptions};
use sitrep::{Analysis, Article};

const USAGE: &str = "usage:
  sitrep analyze [--published YYYY-MM-DD] [--manifest FILE] [--out DIR | --jsonl] [--whole-page] FILE...
  sitrep corpus [--published YYYY-MM-DD] [--manifest FILE] [--whole-page] FILE...
  sitrep text [--whole-page] FILE...
  sitrep --help | --version

FILE is a text file, a saved web page (.html: its main text is analysed) or - for
standard input. analyze prints one analysis (one file) or a JSON array (several
files); --jsonl prints one analysis a line; --out DIR writes DIR/<id>.json per file
(id = file stem, \"stdin\" for -). corpus prints the merged timeline, figures table
and entity index. text prints the text that would be analysed (for a web page, its
main text; --whole-page keeps all of the page's text).
--manifest is a JSON object {\"<id>\": {\"published\": \"YYYY-MM-DD\" | null}};
--published applies to files without an entry; with neither, a web page's metadata
date is used, else the date is inferred from the text.";

/// Past this many articles, `analyze` spreads them over every core.
const PARALLEL_FROM: usize = 8;

#[derive(Default)]
struct Options {
    command: String,
    published: Option<String>,
    manifest: Option<PathBuf>,
    out: Option<PathBuf>,
    jsonl: bool,
    whole_page: bool,
    files: Vec<PathBuf>,
}

#[derive(Deserialize)]
struct ManifestEntry {
    published: Option<String>,
}

/// What a run asks for: work on files, or only to print something and leave.
enum Request {
    Run(Options),
    Print(String),
}

/// Runs the command line and maps the outcome to an exit status.
pub fn main() -> ExitCode {
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
    let options = match parse_args(args)? {
        Request::Print(text) => {
            println!("{text}");
            return Ok(true);
        }
        Request::Run(options) => options,
    };
    let manifest = match &options.manifest {
        Some(path) => read_manifest(path)?,
        None => HashMap::new(),
    };
    let today = html::today();
    let mut all_ok = true;
    let mut articles = Vec::new();
    for path in &options.files {
        let id = if is_stdin(path) {
            "stdin".to_string()
        } else {
            path.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let published = match manifest.get(&id) {
            Some(entry) => entry.published.clone(),
            None => options.published.clone(),
        };
        match load(path, &id, published, today, options.whole_page) {
            Ok(article) => articles.push(article),
            Err(message) => {
                eprintln!("sitrep: {}: {message}", path.display());
                all_ok = false;
            }
        }
    }
    let mut stdout = std::io::stdout().lock();
    let write_err = |e: std::io::Error| e.to_string();
    match options.command.as_str() {
        "text" => {
            for article in &articles {
                writeln!(stdout, "{}", article.text).map_err(write_err)?;
            }
        }
        "analyze" => {
            let analyses = analyze_all(&articles);
            if let Some(dir) = &options.out {
                fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                for analysis in &analyses {
                    let path = dir.join(format!("{}.json", analysis.id));
                    fs::write(&path, to_json(analysis)? + "\n")
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                }
            } else if options.jsonl {
                for analysis in &analyses {
                    let line = serde_json::to_string(analysis).map_err(|e| e.to_string())?;
                    writeln!(stdout, "{line}").map_err(write_err)?;
                }
            } else if options.files.len() == 1 {
                if let Some(analysis) = analyses.first() {
                    writeln!(stdout, "{}", to_json(analysis)?).map_err(write_err)?;
                }
            } else {
                writeln!(stdout, "{}", to_json(&analyses)?).map_err(write_err)?;
            }
        }
        _ => writeln!(stdout, "{}", to_json(&sitrep::corpus(&articles))?).map_err(write_err)?,
    }
    Ok(all_ok)
}

/// Analyses in input order; a large batch is split over every core.
fn analyze_all(articles: &[Article]) -> Vec<Analysis> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if articles.len() < PARALLEL_FROM || cores < 2 {
        return articles.iter().map(sitrep::analyze).collect();
    }
    let chunk = articles.len().div_ceil(cores);
    std::thread::scope(|scope| {
        let workers: Vec<_> = articles
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(sitrep::analyze).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

fn parse_args(args: Vec<String>) -> Result<Request, String> {
    let mut args = args.into_iter();
    let mut options = Options {
        command: args.next().unwrap_or_default(),
        ..Options::default()
    };
    match options.command.as_str() {
        "-h" | "--help" | "help" => return Ok(Request::Print(USAGE.to_string())),
        "-V" | "--version" => {
            return Ok(Request::Print(format!(
                "sitrep {}",
                env!("CARGO_PKG_VERSION")
            )))
        }
        "analyze" | "corpus" | "text" => {}
        other => return Err(format!("unknown command {other:?}\n{USAGE}")),
    }
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        let analyzes = options.command != "text";
        match arg.as_str() {
            "--published" if analyzes => options.published = Some(value("--published")?),
            "--manifest" if analyzes => options.manifest = Some(value("--manifest")?.into()),
            "--out" if options.command == "analyze" => options.out = Some(value("--out")?.into()),
            "--jsonl" if options.command == "analyze" => options.jsonl = true,
            "--whole-page" => options.whole_page = true,
            "-h" | "--help" => return Ok(Request::Print(USAGE.to_string())),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}\n{USAGE}"))
            }
            file => options.files.push(file.into()),
        }
    }
    if options.files.is_empty() {
        return Err(format!("no files given\n{USAGE}"));
    }
    if options.out.is_some() && options.jsonl {
        return Err(format!("--out and --jsonl exclude each other\n{USAGE}"));
    }
    if let Some(date) = &options.published {
        date.parse::<sitrep::Date>().map_err(|e| e.to_string())?;
    }
    Ok(Request::Run(options))
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

fn read_manifest(path: &Path) -> Result<HashMap<String, ManifestEntry>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: not a manifest: {e}", path.display()))
}

fn load(
    path: &Path,
    id: &str,
    published: Option<String>,
    today: sitrep::Date,
    whole_page: bool,
) -> Result<Article, String> {
    let bytes = if is_stdin(path) {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| e.to_string())?;
        bytes
    } else {
        fs::read(path).map_err(|e| e.to_string())?
    };
    let (text, lossy) = decode(&bytes).map_err(|e| e.to_string())?;
    if lossy {
        eprintln!(
            "sitrep: {}: warning: invalid UTF-8 replaced by U+FFFD",
            path.display()
        );
    }
    let mut options = ArticleOptions {
        id: Some(id.to_string()),
        published,
        ..ArticleOptions::default()
    };
    if !html::is_html(&text) {
        return Article::with_options(&text, options).map_err(|e| e.to_string());
    }
    let page = html::extract(&text, today, whole_page)?;
    if let Some(warning) = &page.warning {
        eprintln!("sitrep: {}: warning: {warning}", path.display());
    }
    if options.published.is_none() {
        options.metadata_date = page.published.map(|d| d.to_string());
    }
    Article::with_options(&page.text, options).map_err(|e| e.to_string())
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| e.to_string())
}
