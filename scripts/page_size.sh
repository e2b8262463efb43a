#!/usr/bin/env bash
# The page's size as a browser loads it at start over HTTP (gzip -9), file by file.
# Lazy parts (pkg/webpage.js with Readability) are not counted. Run `make site` first.
set -euo pipefail
cd "$(dirname "$0")/.."
# pkg/sitrep.js (the glue alone) is loaded only where no worker can start.
files=(www/index.html www/pkg/app.css www/pkg/app.js www/pkg/core.js www/pkg/examples.js www/pkg/sitrep_bg.wasm)
raw=0; gz=0
for f in "${files[@]}"; do
  r=$(stat -c %s "$f"); g=$(gzip -9c "$f" | wc -c)
  raw=$((raw + r)); gz=$((gz + g))
  printf '  %-28s %8d bytes  %7d gzipped\n' "$f" "$r" "$g"
done
printf '  %-28s %8d bytes  %7d gzipped\n' total "$raw" "$gz"
echo "  (opened from file://, pkg/sitrep_wasm.js replaces the .wasm: $(gzip -9c www/pkg/sitrep_wasm.js | wc -c) bytes gzipped)"
