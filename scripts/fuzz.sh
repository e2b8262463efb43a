#!/usr/bin/env bash
# Fuzzes the analyser with cargo fuzz (libFuzzer; needs a nightly toolchain,
# installed here when missing). `scripts/fuzz.sh short` is make test's run
# (90 s); `scripts/fuzz.sh SECONDS` runs longer. Findings stay in
# fuzz/artifacts, the corpus in fuzz/corpus (both git-ignored), seeded with the
# example articles.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-short}
[ "$seconds" = short ] && seconds=90

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
cargo +nightly fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz
mkdir -p fuzz/corpus/analyze
cp www/examples/*.txt tests/fixtures/*.txt fuzz/corpus/analyze/
# -max_len covers a long article; -rss_limit_mb leaves room for the 2 cores' other work.
cargo +nightly fuzz run analyze -- -max_total_time="$seconds" -max_len=20000 -rss_limit_mb=2048 -print_final_stats=1
