//! Native throughput per stage on the example articles repeated to 1 MB and
//! 5 MB (each copy headed "Report N", as benches/corpus.mjs makes them for the
//! wasm runs). Prints a table, then one JSON line for scripts/bench.sh.

use std::time::Instant;

use sitrep::corpus::Kept;
use sitrep::{clean, dates, entities, events, figures, sentences, text, Article};

const MB: usize = 1024 * 1024;

fn examples() -> Vec<(String, String, Option<String>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/www/examples");
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}/manifest.json")).expect("manifest"),
    )
    .expect("manifest parses");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("examples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            let published = manifest[&id]["published"].as_str().map(str::to_string);
            (id, std::fs::read_to_string(&p).expect("example"), published)
        })
        .collect()
}

fn corpus(bytes: usize) -> Vec<Article> {
    let base = examples();
    let mut out = Vec::new();
    let mut total = 0;
    let mut n = 0;
    while total < bytes {
        let (id, text, published) = &base[n % base.len()];
        let text = format!("Report {}\n\n{text}", n + 1);
        total += text.len();
        out.push(Article::new(&format!("{id}-{}", n + 1), &text, published.as_deref()).unwrap());
        n += 1;
    }
    out
}

/// Seconds per stage over all articles: clean, split (sentences and their tokens), entities, dates, figures, events, merge.
fn run(articles: &[Article]) -> [(&'static str, f64); 8] {
    let mut seconds = [0.0f64; 8];
    let mut analyses = Vec::with_capacity(articles.len());
    let mut lap = |i: usize, start: Instant| seconds[i] += start.elapsed().as_secs_f64();
    for article in articles {
        let text = article.text.as_str();
        let t = Instant::now();
        let cleaned = clean::strip(text, &[]);
        lap(0, t);
        let t = Instant::now();
        let split = sentences::split(text, &cleaned.body);
        let tokens = text::tokens::of_sentences(text, &split);
        lap(1, t);
        let t = Instant::now();
        let found = entities::find(text, &split, &tokens);
        lap(2, t);
        let t = Instant::now();
        let scanned = dates::scan(&split, &tokens);
        let published = dates::publication(article, &scanned, cleaned.live);
        let found_dates = dates::resolve_all(&scanned, published.value);
        lap(3, t);
        let t = Instant::now();
        std::hint::black_box(figures::find(text, &split, &tokens, &found, &found_dates));
        lap(4, t);
        let t = Instant::now();
        std::hint::black_box(events::build(&split, &found_dates));
        lap(5, t);
        let t = Instant::now();
        analyses.push(sitrep::analyze(article));
        lap(7, t);
    }
    // What the merge reads of each article is taken inside the lap: the merge
    // sliced the figures' sentences from the texts itself before.
    let t = Instant::now();
    let kept: Vec<Kept> = articles
        .iter()
        .zip(analyses)
        .map(|(article, analysis)| Kept::new(&article.text, analysis))
        .collect();
    std::hint::black_box(sitrep::corpus::merge(&kept.iter().collect::<Vec<_>>()));
    lap(6, t);
    [
        ("clean", seconds[0]),
        ("split", seconds[1]),
        ("entities", seconds[2]),
        ("dates", seconds[3]),
        ("figures", seconds[4]),
        ("events", seconds[5]),
        ("corpus merge", seconds[6]),
        ("whole analysis", seconds[7] + seconds[6]),
    ]
}

fn main() {
    let mut json = serde_json::Map::new();
    for size in [1, 5] {
        let articles = corpus(size * MB);
        let mb = articles.iter().map(|a| a.text.len()).sum::<usize>() as f64 / MB as f64;
        run(&articles[..5]);
        let stages = run(&articles);
        println!("native, {mb:.2} MB in {} articles:", articles.len());
        let mut per_stage = serde_json::Map::new();
        for (stage, s) in stages {
            println!("  {stage:<15} {:>9.1} MB/s  ({s:.3} s)", mb / s);
            per_stage.insert(stage.replace(' ', "_"), (mb / s).into());
        }
        per_stage.insert("seconds".into(), stages[7].1.into());
        json.insert(format!("native_{size}mb"), per_stage.into());
    }
    println!("{}", serde_json::Value::Object(json));
}
