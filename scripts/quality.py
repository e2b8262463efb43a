#!/usr/bin/env python3
"""Measures extraction quality on every set and prints one table: each measure with its
development and test columns side by side and the target beside them.

    scripts/quality.py                    # every set (make quality)
    scripts/quality.py webpages devset    # only some: examples devset webpages conll
                                          #   meantime tempeval extraction
    scripts/quality.py --json FILE        # also write every number as JSON

Development columns are what we tune on (the devset, webpages dev, CoNLL testa,
MEANTIME dev, TE-3 tbaq, extraction dev); test columns are measured only (webpages
test, CoNLL testb, MEANTIME test, TE-3 platinum, extraction test). The five examples
are the articles the rules were first written beside: their column is neither.

Benchmark texts are licensed for internal use: they are prepared in a temporary
folder outside the repository and deleted afterwards. Standard library only.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT.parent / "shared").resolve()
EVAL = SHARED / "eval"
SITREP = ROOT / "target" / "native" / "sitrep"
PARTS = ("examples", "devset", "webpages", "conll", "meantime", "tempeval", "extraction")


def run(args: list, cwd: Path = EVAL) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"failed: {' '.join(str(a) for a in args)}")
    return done.stdout


def analyze(texts: Path, out: Path, manifest: Path | None) -> None:
    """Runs the CLI over every .txt in `texts`, 200 files a call. The CLI exits 1 when
    some file is refused (empty, binary): those count as predicting nothing."""
    files = sorted(texts.glob("*.txt"))
    out.mkdir(parents=True, exist_ok=True)
    for i in range(0, len(files), 200):
        args = [SITREP, "analyze", "--out", out]
        if manifest is not None:
            args += ["--manifest", manifest]
        subprocess.run([str(a) for a in args + files[i:i + 200]], capture_output=True)


def score_json(args: list) -> dict:
    return json.loads(run(args + ["--json"]))


class Table:
    """Rows of (set, measure, dev, test, target); a target is a minimum, or a
    maximum for a count of failures (`at_most`)."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, float | None, float | None, float | None, str, bool]] = []

    def add(self, set_name, measure, dev=None, test=None, target=None, fmt="{:.3f}", at_most=False):
        self.rows.append((set_name, measure, dev, test, target, fmt, at_most))

    def print(self) -> None:
        head = ("set", "measure", "dev (tuned on)", "test (measured)", "target", "")
        lines = [head]
        for set_name, measure, dev, test, target, fmt, at_most in self.rows:
            shown = lambda v: "—" if v is None else fmt.format(v)
            judged = test if test is not None else dev
            met = lambda: judged <= target + 1e-9 if at_most else judged >= target - 1e-9
            mark = "" if target is None or judged is None else ("ok" if met() else "MISS")
            lines.append((set_name, measure, shown(dev), shown(test),
                          "" if target is None else ("≤ " if at_most else "≥ ") + fmt.format(target), mark))
        widths = [max(len(row[i]) for row in lines) for i in range(len(head))]
        for n, row in enumerate(lines):
            print("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |")
            if n == 0:
                print("|" + "|".join("-" * (w + 2) for w in widths) + "|")

    def as_json(self) -> list[dict]:
        return [{"set": s, "measure": m, "dev": d, "test": t, "target": g, "target_is_maximum": most}
                for s, m, d, t, g, _, most in self.rows]


def examples(table: Table, work: Path) -> None:
    given = work / "examples"
    inferred = work / "examples-inferred"
    analyze(SHARED / "seeds", given, SHARED / "seeds" / "manifest.json")
    analyze(SHARED / "seeds", inferred, None)
    s = score_json(["python3", "score.py", "--gold", SHARED / "gold", "--pred", given])
    p = score_json(["python3", "score.py", "--gold", SHARED / "gold", "--pred", inferred])["published"]
    name = "examples (5)"
    table.add(name, "entities relaxed F1", s["entities"]["relaxed"]["f1"], target=0.95)
    table.add(name, "entities canonical F1", s["entities"]["canonical"]["f1"], target=0.95)
    table.add(name, "boilerplate F1", s["boilerplate"]["f1"], target=0.95)
    table.add(name, "dates value F1", s["dates"]["value"]["f1"], target=0.95)
    table.add(name, "figures F1", s["figures"]["all"]["f1"], target=0.95)
    table.add(name, "events F1", s["events"]["f1"], target=0.95)
    table.add(name, "published inferred (of 5)", p["correct"], target=5, fmt="{:.0f}")


def devset(table: Table, work: Path) -> None:
    d = SHARED / "devset"
    given = work / "devset"
    inferred = work / "devset-inferred"
    analyze(d / "articles", given, d / "manifest.json")
    analyze(d / "articles", inferred, None)
    gold = ["--gold", d / "gold", "--text", d / "articles"]
    s = score_json(["python3", "score.py", *gold, "--pred", given])
    p = score_json(["python3", "score.py", *gold, "--pred", inferred])["published"]
    name = "devset (20)"
    table.add(name, "entities relaxed F1", s["entities"]["relaxed"]["f1"], target=0.92)
    table.add(name, "entities canonical F1", s["entities"]["canonical"]["f1"], target=0.85)
    table.add(name, "PERSON precision", s["entities"]["per_type"]["PERSON"]["relaxed"]["precision"])
    table.add(name, "boilerplate F1", s["boilerplate"]["f1"], target=0.90)
    table.add(name, "dates value F1", s["dates"]["value"]["f1"], target=0.90)
    table.add(name, "figures F1", s["figures"]["all"]["f1"], target=0.85)
    table.add(name, "figures evacuees F1", s["figures"]["evacuees"]["f1"])
    table.add(name, "events F1", s["events"]["f1"])
    table.add(name, "published inferred (of 20)", p["correct"], target=18, fmt="{:.0f}")


def benchmark(runner: str, split: str, work: Path) -> dict:
    texts = work / f"{runner}-{split}"
    run(["python3", f"{runner}.py", "prepare", "--split", split, "--out", texts])
    manifest = texts / "manifest.json"
    analyze(texts, work / f"{runner}-{split}.pred", manifest if manifest.exists() else None)
    return score_json(["python3", f"{runner}.py", "score", "--split", split, "--pred", work / f"{runner}-{split}.pred"])


def webpages(table: Table, work: Path) -> None:
    dev, test = (benchmark("webpages", s, work) for s in ("dev", "test"))
    name = "webpages (pasted pages)"
    table.add(name, "boilerplate F1", dev["boilerplate"]["f1"], test["boilerplate"]["f1"], 0.90)
    table.add(name, "published exact", dev["published"]["accuracy"], test["published"]["accuracy"], 0.85)
    table.add(name, "published within a day", dev["published"]["within_one_day"], test["published"]["within_one_day"])


def conll(table: Table, work: Path) -> None:
    dev, test = (benchmark("conll", s, work) for s in ("testa", "testb"))
    table.add("CoNLL-2003 (testa | testb)", "entities F1", dev["overall"]["f1"], test["overall"]["f1"], 0.80)


def meantime(table: Table, work: Path) -> None:
    dev, test = (benchmark("meantime", s, work) for s in ("dev", "test"))
    name = "MEANTIME"
    person = lambda r: r["entities"]["per_type"]["PERSON"]["precision"]
    table.add(name, "entities F1", dev["entities"]["overall"]["f1"], test["entities"]["overall"]["f1"], 0.80)
    table.add(name, "PERSON precision", person(dev), person(test), 0.80)
    table.add(name, "timex value F1", dev["timex"]["a"]["value"]["f1"], test["timex"]["a"]["value"]["f1"])
    table.add(name, "quantities F1", dev["quantities"]["overall"]["f1"], test["quantities"]["overall"]["f1"])


def tempeval(table: Table, work: Path) -> None:
    dev, test = (benchmark("tempeval3", s, work) for s in ("tbaq", "platinum"))
    value = lambda r: r["variants"]["a"]["value"]["f1"]
    table.add("TempEval-3 (tbaq | platinum)", "timex value F1", value(dev), value(test), 0.80)


def extraction(table: Table, work: Path) -> None:
    """Main text from saved HTML: the CLI's `sitrep text`, and the page's own extraction
    (Readability in Chromium, scripts/extraction_page.mjs) when the site is built."""
    results: dict[str, list] = {"CLI (sitrep text)": [], "page (Readability)": []}
    silent: list[int] = []
    for split in ("dev", "test"):
        html = work / f"extraction-{split}"
        run(["python3", "extraction.py", "html", "--split", split, "--out", html])
        cli = work / f"extraction-{split}.cli"
        cli.mkdir()
        for page in sorted(html.glob("*.html")):
            done = subprocess.run([str(SITREP), "text", str(page)], capture_output=True)
            (cli / f"{page.stem}.txt").write_bytes(done.stdout)
        results["CLI (sitrep text)"].append(score_json(["python3", "extraction.py", "score", "--split", split, "--pred", cli]))
        page_script = ROOT / "scripts" / "extraction_page.mjs"
        if (ROOT / "www" / "pkg" / "webpage.js").exists() and (ROOT / "node_modules").exists():
            out = work / f"extraction-{split}.page"
            alerts = work / f"extraction-{split}.alerts.json"
            run(["node", page_script, "--alerts", alerts, html, out], cwd=ROOT)
            results["page (Readability)"].append(score_json(["python3", "extraction.py", "score", "--split", split, "--pred", out]))
            silent.append(silent_losses(json.loads(alerts.read_text(encoding="utf-8"))))
    page = results["page (Readability)"]
    # The CLI runs a port of the page's algorithm: it should be within 0.02 of the page.
    targets = {"CLI (sitrep text)": page[1]["extraction_f1"] - 0.02 if len(page) == 2 else None,
               "page (Readability)": 0.95}
    for name, scored in results.items():
        if len(scored) == 2:
            table.add("extraction (HTML pages)", name + " F1", scored[0]["extraction_f1"], scored[1]["extraction_f1"], targets[name])
    if len(silent) == 2:
        table.add("extraction (HTML pages)", "page: under half kept, no alert", silent[0], silent[1], 0,
                  fmt="{:.0f}", at_most=True)


def silent_losses(alerts: dict) -> int:
    """Pages whose main text, as the page keeps it, is under half the benchmark's
    gold main text (characters, spaces squeezed) while the page gives no alert."""
    gold = json.loads((SHARED / "data" / "article-extraction-benchmark" / "ground-truth.json").read_text())
    length = lambda text: len(" ".join(text.split()))
    return sum(1 for pid, page in alerts.items()
               if page["kept"] < 0.5 * length(gold[pid]["articleBody"]) and not page["alert"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("parts", nargs="*", choices=[*PARTS, []], help="sets to measure (all by default)")
    ap.add_argument("--json", type=Path, help="also write the table as JSON here")
    args = ap.parse_args()
    parts = args.parts or list(PARTS)
    subprocess.run(["cargo", "build", "--quiet", "--profile", "native", "--bin", "sitrep"], cwd=ROOT, check=True)
    table = Table()
    work = Path(tempfile.mkdtemp(prefix="sitrep-quality-"))
    try:
        for part in PARTS:
            if part in parts:
                print(f"measuring {part} …", file=sys.stderr)
                try:
                    globals()[part](table, work)
                except SystemExit as failure:
                    print(f"{part}: {failure}", file=sys.stderr)
                    table.add(part, "FAILED (see stderr)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    table.print()
    if args.json:
        args.json.write_text(json.dumps(table.as_json(), indent=1) + "\n")


if __name__ == "__main__":
    main()
