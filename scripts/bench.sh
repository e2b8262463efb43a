#!/usr/bin/env bash
# make bench: throughput of the native core per stage and of the wasm build in
# Node and in headless Chromium, the peers (compromise + compromise-dates,
# chrono-node) on the same corpus in the same run, the page's size, its first
# render and 1,000 articles added. Writes target/bench/summary.json.
# Run `make site` first (make bench does).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"

echo "== machine: $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem/ {print $2}') GB"

echo "== native core (cargo bench --bench pipeline)"
cargo bench --quiet --profile native --bench pipeline | tee "$out/native.txt"
tail -n 1 "$out/native.txt" > "$out/native.json"

echo "== wasm core in Node, and the peers from npm, on the same 1 MB corpus"
wasm-bindgen --target nodejs --no-typescript --out-dir "$out/node" --out-name sitrep \
  target/wasm32-unknown-unknown/release/sitrep.wasm
node benches/node.mjs "$PWD/$out/node" | tee "$out/node.json"

echo "== the page in headless Chromium"
node benches/page.mjs | tee "$out/page.json"

echo "== page size (what a browser loads over HTTP; gzip -9)"
scripts/page_size.sh | tee "$out/size.txt"
read -r raw gz < <(awk '$1 == "total" {print $2, $4}' "$out/size.txt")

python3 - "$out" "$raw" "$gz" <<'PY'
import json, pathlib, sys
out, raw, gz = pathlib.Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
native = json.loads((out / "native.json").read_text())
node = json.loads((out / "node.json").read_text())
page = json.loads((out / "page.json").read_text())
summary = {
    "wasm_mb_s": node["wasm_mb_s"],
    "wasm_chromium_mb_s": page["wasm_chromium_mb_s"],
    "native_mb_s": native["native_1mb"]["whole_analysis"],
    "native_stages_mb_s": native["native_1mb"],
    "compromise_mb_s": node["compromise_mb_s"],
    "chrono_mb_s": node["chrono_mb_s"],
    "wasm_over_compromise": node["wasm_mb_s"] / node["compromise_mb_s"],
    "wasm_over_chrono": node["wasm_mb_s"] / node["chrono_mb_s"],
    "wasm_cpu_s_per_mb": node["wasm_node_1mb"]["cpu_s_per_mb"],
    "wasm_warm_cpu_s_per_mb": node["wasm_node_5mb"]["cpu_s_per_mb"],
    "time_5mb_over_1mb": node["time_5mb_over_1mb"],
    "prepare_ms": node["prepare_ms"],
    "prepare_cpu_ms": node["prepare_cpu_ms"],
    "page_kb": raw / 1024,
    "page_kb_gz": gz / 1024,
    "first_render_ms": page["first_render_ms"],
    "add_1000_s": page["add_1000_s"],
    "add_1000_mb": page["add_1000_mb"],
    "longest_main_thread_task_ms": page["longest_main_thread_task_ms"],
    "peak_mb": page["peak_mb"],
    "peak_pss_mb": page["peak_pss_mb"],
    "pss_before_mb": page["pss_before_mb"],
    "pss_growth_mb": page["peak_pss_mb"] - page["pss_before_mb"],
    "anon_pss_growth_mb": page["peak_anon_pss_mb"] - page["anon_pss_before_mb"],
    "anon_pss_growth_by_kind_mb": page["anon_pss_growth_by_kind_mb"],
}
(out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
targets = [
    ("wasm ≥ 100× compromise (issue 12)", summary["wasm_over_compromise"] >= 100),
    ("wasm ≥ 3× chrono-node (issue 12)", summary["wasm_over_chrono"] >= 3),
    ("native ≥ 30 MB/s (issue 12)", summary["native_mb_s"] >= 30),
    ("5 MB ≤ 5.5× the 1 MB time (issue 12)", summary["time_5mb_over_1mb"] <= 5.5),
    ("prepare() ≤ 10 ms in wasm (issue 12)", summary["prepare_ms"] <= 10),
    ("examples rendered ≤ 300 ms (issue 12)", summary["first_render_ms"] <= 300),
    ("1,000 articles ≤ 2 s (issue 12)", summary["add_1000_s"] <= 2),
    ("memory growth ≤ 150 MB, summed PSS (issue 12)", summary["pss_growth_mb"] <= 150),
    ("page ≤ 350 KB gzipped (issue 12)", summary["page_kb_gz"] <= 350),
    ("page ≤ 400 KB gzipped (issue 14)", summary["page_kb_gz"] <= 400),
    ("1,000 articles ≤ 5 s (issue 14)", summary["add_1000_s"] <= 5),
]
print("== summary (target/bench/summary.json)")
for key, value in summary.items():
    if not isinstance(value, dict):
        print(f"  {key:<30} {value:10.2f}")
print("== targets")
for name, met in targets:
    print(f"  {'met    ' if met else 'MISSED '} {name}")
PY
