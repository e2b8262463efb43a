#!/usr/bin/env python3
"""Learns the weights of the boilerplate line classifier (src/clean/classifier.rs)
and writes src/data/boilerplate_weights.tsv.

Development data only: the webpages `dev` split (../shared/eval/webpages.py), the
devset (../shared/devset) and the five examples (../shared/seeds, ../shared/gold), plus
texts that are all body: every tenth CoNLL-2003 `train` document (one sentence of
tokens a line, no blank lines) and the MEANTIME `dev` texts (title, dateline, body).
The features come from Rust (`cargo run --example line_features`), so that training
and the shipped classifier read the same numbers; this script only fits two
logistic regressions (Newton's method with an L2 penalty, standard library only):
stage one on the stage-one features, then, with those weights, stage two on the
stage-two features. Prepared texts go to a temporary folder outside the repository.

    python3 scripts/train_boilerplate.py [--shared ../shared] [--folds 2]

--folds N also reports the webpages dev F1 of N-fold cross-validation by page.
"""
from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "data" / "boilerplate_weights.tsv"
L2 = 1.0
DEVSET_WEIGHT = 10.0  # the devset and examples are few and short beside the web pages
SEEDS_WEIGHT = 10.0  # the five examples must stay right: they are what a user sees first
BODY_WEIGHT = 0.5


def names() -> tuple[list[str], list[str]]:
    import re
    src = (ROOT / "src" / "clean" / "classifier.rs").read_text()
    out = []
    for stage in ("STAGE_ONE", "STAGE_TWO"):
        body = re.search(stage + r": \[&str; \d+\] = \[(.*?)\];", src, re.S).group(1)
        out.append(re.findall(r'"(\w+)"', body))
    return out[0], out[1]


def load_webpages(shared: Path, tmp: Path) -> list[dict]:
    spec = importlib.util.spec_from_file_location("webpages", shared / "eval" / "webpages.py")
    webpages = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(webpages)
    docs = []
    for pid, g in webpages.load_gold("dev").items():
        path = tmp / f"wp-{pid}.txt"
        path.write_text(g["text"], encoding="utf-8")
        docs.append({"path": str(path), "text": g["text"], "gold": g["boilerplate"],
                     "optional": g["optional"], "weight": 1.0, "set": "webpages"})
    return docs


def load_annotated(texts: list[Path], gold_dir: Path, tmp: Path, tag: str) -> list[dict]:
    docs = []
    for path in texts:
        gold = json.loads((gold_dir / f"{path.stem}.json").read_text())
        text = path.read_text(encoding="utf-8")
        copy = tmp / f"{tag}-{path.name}"
        copy.write_text(text, encoding="utf-8")
        docs.append({"path": str(copy), "text": text,
                     "gold": [(b["start"], b["end"]) for b in gold.get("boilerplate", [])],
                     "optional": [], "weight": DEVSET_WEIGHT, "set": tag})
    return docs


def load_all_body(shared: Path, tmp: Path) -> list[dict]:
    docs = []
    for runner, split, every in (("conll", "train", 10), ("meantime", "dev", 1)):
        out = tmp / f"{runner}-{split}"
        subprocess.run([sys.executable, str(shared / "eval" / f"{runner}.py"), "prepare", "--split", split,
                        "--out", str(out)], check=True, capture_output=True)
        for path in sorted(out.glob("*.txt"))[::every]:
            docs.append({"path": str(path), "text": path.read_text(encoding="utf-8"), "gold": [],
                         "optional": [], "weight": BODY_WEIGHT, "set": runner})
    return docs


def features(docs: list[dict], weights: Path) -> None:
    """Adds each document's lines: span, stage-one and stage-two features."""
    cmd = ["cargo", "run", "--quiet", "--profile", "quick", "--example", "line_features", "--",
           "--weights", str(weights)]
    by_path = {d["path"]: d for d in docs}
    for d in docs:
        d["lines"] = []
    out = subprocess.run(cmd + list(by_path), cwd=ROOT, check=True, capture_output=True, text=True).stdout
    for row in out.splitlines():
        path, start, end, one, two = row.split("\t")
        by_path[path]["lines"].append({"start": int(start), "end": int(end),
                                       "one": [float(x) for x in one.split(",")],
                                       "two": [float(x) for x in two.split(",")]})


def label(docs: list[dict]) -> None:
    """Gold per line: boilerplate when most of its non-space characters are gold
    boilerplate; weight = its non-space characters (the score counts characters)."""
    for d in docs:
        text = d["text"]
        mask = [False] * len(text)
        for s, e in d["gold"]:
            for i in range(max(0, s), min(len(text), e)):
                mask[i] = True
        optional = set(map(tuple, d["optional"]))
        for line in d["lines"]:
            chars = [i for i in range(line["start"], line["end"]) if not text[i].isspace()]
            line["chars"] = len(chars)
            line["gold"] = sum(mask[i] for i in chars) * 2 > len(chars)
            line["optional"] = (line["start"], line["end"]) in optional
            line["w"] = d["weight"] * max(len(chars), 8)


def fit(rows: list[tuple[list[float], bool, float]], n: int) -> list[float]:
    """Logistic regression by Newton's method, L2 penalty on all but the bias."""
    w = [0.0] * n
    for _ in range(30):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y, sw in rows:
            z = sum(a * b for a, b in zip(w, x))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - (1.0 if y else 0.0)) * sw
            h = p * (1.0 - p) * sw
            nz = [(i, v) for i, v in enumerate(x) if v]
            for i, v in nz:
                grad[i] += g * v
                row = hess[i]
                for j, u in nz:
                    row[j] += h * v * u
        total = sum(sw for _, _, sw in rows) / 1000.0
        for i in range(1, n):
            grad[i] += L2 * total * w[i]
            hess[i][i] += L2 * total
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-4:
            break
    return w


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[piv] = m[piv], m[c]
        if abs(m[c][c]) < 1e-12:
            m[c][c] = 1e-12
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def rows_of(docs: list[dict], stage: str) -> list[tuple[list[float], bool, float]]:
    # The headlines the webpages gold leaves optional are left out: its body omits them.
    return [(line[stage], line["gold"], line["w"])
            for d in docs for line in d["lines"] if not line["optional"]]


def write(path: Path, one: list[float], two: list[float], header: str) -> None:
    n1, n2 = names()
    lines = [header] if header else []
    lines += [f"1\t{k}\t{v:.4f}" for k, v in zip(n1, one)]
    lines += [f"2\t{k}\t{v:.4f}" for k, v in zip(n2, two)]
    path.write_text("\n".join(lines) + "\n")


def train(docs: list[dict], tmp: Path) -> tuple[list[float], list[float]]:
    n1, n2 = names()
    blank = tmp / "blank.tsv"  # stage one needs no weights; the shipped ones may be stale
    write(blank, [0.0] * len(n1), [0.0] * len(n2), "")
    features(docs, blank)
    label(docs)
    one = fit(rows_of(docs, "one"), len(n1))
    staged = tmp / "stage-one.tsv"
    write(staged, one, [1.0 if k == "score" else 0.0 for k in n2], "")
    features(docs, staged)
    label(docs)
    two = fit(rows_of(docs, "two"), len(n2))
    return one, two


def f1(docs: list[dict], one: list[float], two: list[float], tmp: Path) -> dict:
    path = tmp / "eval.tsv"
    write(path, one, two, "")
    features(docs, path)
    label(docs)
    out = {}
    for name in sorted({d["set"] for d in docs}):
        tp = fp = fn = 0
        for d in docs:
            if d["set"] != name:
                continue
            for line in d["lines"]:
                if line["optional"]:
                    continue
                pred = sum(a * b for a, b in zip(two, line["two"])) > 0
                tp += pred and line["gold"] and line["chars"]
                fp += pred and not line["gold"] and line["chars"]
                fn += line["gold"] and not pred and line["chars"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[name] = (round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--folds", type=int, default=0)
    a = ap.parse_args()
    shared = Path(a.shared).resolve()
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        web = load_webpages(shared, tmp)
        devset = load_annotated(sorted((shared / "devset" / "articles").glob("*.txt")),
                                shared / "devset" / "gold", tmp, "devset")
        seeds = load_annotated(sorted((shared / "seeds").glob("*.txt")), shared / "gold", tmp, "seeds")
        for d in seeds:
            d["weight"] = SEEDS_WEIGHT
        docs = web + devset + seeds + load_all_body(shared, tmp)
        if a.folds:
            for k in range(a.folds):
                held = [d for i, d in enumerate(web) if i % a.folds == k]
                rest = [d for d in docs if d not in held]
                one, two = train(rest, tmp)
                print(f"fold {k}: held-out webpages (P, R, F1) {f1(held, one, two, tmp)}", file=sys.stderr)
        one, two = train(docs, tmp)
        print(f"in-sample (P, R, F1): {f1(docs, one, two, tmp)}", file=sys.stderr)
    header = (f"# Weights of the boilerplate line classifier (src/clean/classifier.rs): stage <TAB> feature <TAB> weight.\n"
              f"# Learned by scripts/train_boilerplate.py on the webpages dev split, the devset and the five\n"
              f"# examples, with every tenth CoNLL-2003 train document and the MEANTIME dev texts as all-body\n"
              f"# texts, {datetime.date.today().isoformat()}. Numbers over generic features only; no text.\n"
              f"# Licence: MIT (this project).")
    write(OUT, one, two, header)
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
