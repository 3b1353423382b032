#!/bin/sh
# Runs every fuzz target for SECONDS (default 600) each, one after another.
# Needs cargo-fuzz (`cargo install cargo-fuzz`); RUSTC_BOOTSTRAP=1 lets the stable
# toolchain accept the sanitizer flags cargo-fuzz passes. Crashes land in
# fuzz/artifacts/<target>/, the grown corpus in fuzz/corpus/<target>/ (both ignored by git);
# fuzz/seeds/<target>/ are the committed seeds.
set -eu
cd "$(dirname "$0")"
SECONDS_EACH=${1:-600}
export RUSTC_BOOTSTRAP=1
for t in feed config text; do
    mkdir -p "corpus/$t"
    echo "== $t: ${SECONDS_EACH}s"
    cargo fuzz run -O "$t" "corpus/$t" "seeds/$t" -- \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
        -print_final_stats=1
done
