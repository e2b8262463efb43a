#!/usr/bin/env bash
# Builds the static site into www/pkg (git-ignored): the wasm core with its
# no-modules glue, the wasm bytes inlined as base64 in a classic script, the
# example articles inlined likewise, and the page's scripts (www/js, in load
# order) and stylesheet minified by esbuild, a build-only tool from npm. Classic
# scripts because Chromium refuses ES modules, fetch and file-URL workers on
# file:// (shared TOOLCHAIN.md); the same files then work from any static host
# under any sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=release
cargo build --quiet --lib --target wasm32-unknown-unknown --profile "$profile"
out=www/pkg
rm -rf "$out"
mkdir -p "$out"
# No strip in the profile (wasm-bindgen reads a custom section); drop names here.
wasm-bindgen --target no-modules --no-typescript --remove-name-section --remove-producers-section \
  --out-dir "$out" --out-name sitrep "target/wasm32-unknown-unknown/$profile/sitrep.wasm"
# The compiler's `target_features` section, which wasm-bindgen keeps, only describes
# the build: a browser ignores it, so it goes too (140 bytes gzipped); and the
# imports lose the hashes that end their names, in the module and its glue alike.
python3 - "$out/sitrep_bg.wasm" "$out/sitrep.js" <<'PY'
"""Drops the custom section `target_features` from a wasm module and the
hashes from its imports' names, in place, in the module and in its glue."""
import re
import sys

def leb128(data, at):
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at

def leb128_bytes(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return out

def name_bytes(name):
    return leb128_bytes(len(name)) + name

def renamed_imports(section, renames):
    """The import section with each function's name renamed: wasm-bindgen
    ends most with a hash of 16 hex digits, which the glue repeats and gzip
    cannot shrink; a name unique without it loses it, others take a count."""
    count, at = leb128(section, 0)
    out = leb128_bytes(count)
    for _ in range(count):
        length, at = leb128(section, at)
        module, at = section[at:at + length], at + length
        length, at = leb128(section, at)
        name, at = section[at:at + length], at + length
        kind = section[at]
        assert kind == 0, "only functions are imported"
        _, end = leb128(section, at + 1)
        hashed = re.fullmatch(rb"(__wbg_.*)_[0-9a-f]{16}", name)
        if hashed:
            short = hashed.group(1)
            taken = set(renames.values())
            n = 1
            while short in taken:
                n += 1
                short = hashed.group(1) + str(n).encode()
            renames[name] = short
            name = short
        out += name_bytes(module) + name_bytes(name) + section[at:end]
        at = end
    return out

path, glue_path = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()
renames = {}
kept, at = bytearray(data[:8]), 8
while at < len(data):
    size, start = leb128(data, at + 1)
    end = start + size
    if data[at] == 0:
        length, name = leb128(data, start)
        if data[name:name + length] == b"target_features":
            at = end
            continue
    if data[at] == 2:
        section = renamed_imports(data[start:end], renames)
        kept += bytes([2]) + leb128_bytes(len(section)) + section
    else:
        kept += data[at:end]
    at = end
open(path, "wb").write(kept)
glue = open(glue_path, encoding="utf-8").read()
for old, new in renames.items():
    old, new = old.decode(), new.decode()
    assert glue.count(old) == 1, f"{old} is not in the glue once"
    glue = glue.replace(old, new)
# The page and its workers start the core one way only, with the module they
# compiled (js/core.js, js/worker.js: `wasm_bindgen({module_or_path: module})`):
# the glue's other ways (a URL to fetch, a Response to stream, bytes,
# `initSync`, the script's own address) go.
def cut(text, start, end, new):
    """`text` with the part from `start` (found once) to the first `end`
    after it replaced by `new`."""
    assert text.count(start) == 1, f"the glue changed near {start!r}"
    at = text.index(start)
    return text[:at] + new + text[text.index(end, at) + len(end):]
glue = cut(glue, "    let script_src;\n", "    }\n", "")
# Every string passes with the glue's `realloc`, and every browser the page
# runs in (it needs Object.hasOwn) has TextEncoder.encodeInto: the paths
# without them go too.
glue = cut(glue, "        if (realloc === undefined) {", "        }\n", "")
glue = cut(glue, "    if (!('encodeInto' in cachedTextEncoder)) {", "\n    }\n", "")
glue = cut(glue, "    async function __wbg_load(module, imports) {",
           "    return Object.assign(__wbg_init, { initSync }, exports);",
           """    async function __wbg_init({ module_or_path: module }) {
        if (wasm !== undefined) return wasm;
        const instance = await WebAssembly.instantiate(module, __wbg_get_imports());
        return __wbg_finalize_init(instance, module);
    }

    return Object.assign(__wbg_init, exports);""")
open(glue_path, "w", encoding="utf-8").write(glue)
PY

{
  printf '// Generated by scripts/build_site.sh from sitrep_bg.wasm: do not edit.\n'
  printf 'self.SITREP_WASM_BASE64 = "'
  base64 -w0 "$out/sitrep_bg.wasm"
  printf '";\n'
} > "$out/sitrep_wasm.js"

esbuild=node_modules/.bin/esbuild
minify() { "$esbuild" --minify --log-level=warning --legal-comments=none "$@"; }
minify --loader=js < "$out/sitrep.js" > "$out/sitrep.min.js"
mv "$out/sitrep.min.js" "$out/sitrep.js"
cat www/js/{ingest,hash,view,tabs,app}.js | minify --loader=js > "$out/app.js"
# model.js, corpus.js and reading.js run on the page and in the workers: pkg/core.js
# holds them once, as a function that the page runs and whose source js/core.js
# gives each worker (corpus.js and reading.js are used on the page only where no
# worker starts).
{
  printf 'self.SITREP_SHARED = function () {\n'
  cat www/js/{model,corpus,reading}.js
  printf '};\nself.SITREP_SHARED();\n'
  cat www/js/{core,store}.js
} | minify --loader=js > "$out/core.min.js"
# Corrections, the forms, and the exports come with pkg/edit.js, loaded when first needed.
cat www/js/{export,corrections,edit}.js | minify --loader=js > "$out/edit.js"
minify --loader=css < www/edit.css > "$out/edit.css"
# The chart of figures over time comes with pkg/chart.js, loaded when the figures view is first shown.
cat www/js/{chart_model,chart}.js | minify --loader=js > "$out/chart.js"
minify --loader=css < www/chart.css > "$out/chart.css"
# The map comes with pkg/map.js, loaded when its view is first shown: its code and
# the map data that scripts/build_map.mjs reduces from npm packages (outline, gazetteer).
node scripts/build_map.mjs "$out/map_data.js"
cat "$out/map_data.js" www/js/{mapmodel,map}.js | minify --loader=js > "$out/map.js"
rm "$out/map_data.js"
minify --loader=css < www/map.css > "$out/map.css"
minify --loader=css < www/app.css > "$out/app.css"
minify --loader=js < www/js/worker.js > "$out/worker.min.js"
# Saved web pages are read by js/webpage.js with Mozilla's Readability (npm), one
# script that the page loads only when a web page arrives.
readability=node_modules/@mozilla/readability
{
  printf '/*! @mozilla/readability %s, Copyright (c) 2010 Arc90 Inc and Mozilla, Apache License 2.0 (readability.LICENSE.md) */\n' \
    "$(node -p "require('./$readability/package.json').version")"
  cat "$readability/Readability.js" www/js/webpage.js | minify --loader=js
} > "$out/webpage.js"
cp "$readability/LICENSE.md" "$out/readability.LICENSE.md"

python3 - www/examples "$out/examples.js" "$out/sitrep.js" "$out/worker.min.js" "$out/core.min.js" "$out/core.js" <<'PY'
"""Inlines the example articles with their manifest entries, and the worker's
source (glue + worker.js, for a blob: worker) followed by js/core.js and
js/store.js, which start the core and read the saved articles as soon as they
run, each as one classic script."""
import json, pathlib, sys
folder, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
glue, worker, core, core_target = (pathlib.Path(p) for p in sys.argv[3:7])
source = glue.read_text(encoding="utf-8") + "\n" + worker.read_text(encoding="utf-8")
# A function whose source the page reads (js/core.js), never runs: code as it is,
# which gzip squeezes better than the same code escaped in a string.
core_target.write_text("// Generated by scripts/build_site.sh from pkg/sitrep.js, js/worker.js, js/model.js, js/corpus.js, js/core.js and js/store.js: do not edit.\n"
                       "self.SITREP_WORKER = function () {\n" + source + "\n};\n" + core.read_text(encoding="utf-8"), encoding="utf-8")
manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
examples = []
for path in sorted(folder.glob("*.txt")):
    entry = manifest.get(path.stem) or {}
    examples.append({"id": path.stem, "text": path.read_text(encoding="utf-8"),
                     "published": entry.get("published")})
target.write_text("// Generated by scripts/build_site.sh from www/examples: do not edit.\n"
                  "self.SITREP_EXAMPLES = " + json.dumps(examples, ensure_ascii=True, separators=(",", ":")) + ";\n",
                  encoding="utf-8")
PY
rm "$out/worker.min.js" "$out/core.min.js"

# The page itself, from www/index.src.html without its comments and indentation
# (a tenth of its gzipped size); the whitespace that stays renders the same.
python3 - www/index.src.html www/index.html <<'PY'
import re, sys
source = open(sys.argv[1], encoding="utf-8").read()
page = re.sub(r"\n\s+", "\n", re.sub(r"<!--.*?-->", "", source, flags=re.S))
page = page.replace("\n", "\n<!-- Generated by scripts/build_site.sh from www/index.src.html: do not edit. -->\n", 1)
open(sys.argv[2], "w", encoding="utf-8").write(page)
PY
ls -l "$out" | awk 'NR>1 {print "  " $9 ": " $5 " bytes"}'
