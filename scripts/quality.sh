#!/usr/bin/env bash
# Measures extraction quality: score.py on the five example articles, then the
# public benchmarks through shared/eval's runners (CoNLL-2003, TempEval-3, MEANTIME).
#
#   scripts/quality.sh                 # examples + the benchmarks' test splits (measure only)
#   scripts/quality.sh --dev           # examples + the development splits (tune on these)
#   scripts/quality.sh seeds conll     # only some parts: seeds conll tempeval meantime
#
# Prepared benchmark texts are licensed for internal use: they are written to a
# temporary folder outside the repository and deleted afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=$(cd ../shared && pwd)
eval_dir="$shared/eval"

split_kind=test
parts=()
for arg in "$@"; do
  case "$arg" in
    --dev) split_kind=dev ;;
    seeds|conll|tempeval|meantime) parts+=("$arg") ;;
    *) echo "usage: $0 [--dev] [seeds] [conll] [tempeval] [meantime]" >&2; exit 2 ;;
  esac
done
[ ${#parts[@]} -gt 0 ] || parts=(seeds conll tempeval meantime)

cargo build --quiet --profile native --bin sitrep
sitrep="$PWD/target/native/sitrep"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs the analyser on a prepared folder (<id>.txt + manifest.json).
analyze_dir() {
  local in=$1 out=$2
  mkdir -p "$out"
  find "$in" -name '*.txt' -print0 | xargs -0 -n 200 "$sitrep" analyze --manifest "$in/manifest.json" --out "$out" || true
}

benchmark() {
  local runner=$1 split=$2
  echo "== $runner $split"
  (cd "$eval_dir" && python3 "$runner.py" prepare --split "$split" --out "$work/$runner-$split" >/dev/null)
  analyze_dir "$work/$runner-$split" "$work/$runner-$split.pred"
  (cd "$eval_dir" && python3 "$runner.py" score --split "$split" --pred "$work/$runner-$split.pred")
}

for part in "${parts[@]}"; do
  case "$part" in
    seeds)
      echo "== examples (score.py, shared/seeds with manifest)"
      "$sitrep" analyze --manifest "$shared/seeds/manifest.json" --out "$work/seeds" "$shared"/seeds/*.txt
      python3 "$eval_dir/score.py" --gold "$shared/gold" --pred "$work/seeds"
      echo "== examples without publication dates (inferred)"
      "$sitrep" analyze --out "$work/seeds-inferred" "$shared"/seeds/*.txt
      python3 "$eval_dir/score.py" --gold "$shared/gold" --pred "$work/seeds-inferred" | grep -E '^published' ;;
    conll) if [ "$split_kind" = dev ]; then benchmark conll testa; else benchmark conll testb; fi ;;
    tempeval) if [ "$split_kind" = dev ]; then benchmark tempeval3 tbaq; else benchmark tempeval3 platinum; fi ;;
    meantime) if [ "$split_kind" = dev ]; then benchmark meantime dev; else benchmark meantime test; fi ;;
  esac
done
