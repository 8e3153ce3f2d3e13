#!/usr/bin/env bash
# Runs one fuzz target for SECONDS (default 600) with the Konnect dictionary.
# Usage: fuzz/run.sh TARGET [SECONDS]; needs cargo-fuzz and a nightly toolchain.
set -euo pipefail
cd "$(dirname "$0")"
target=$1
seconds=${2:-600}
mkdir -p "corpus/$target"
exec cargo +nightly fuzz run "$target" "corpus/$target" -- \
    -dict=dict/konnect.dict -max_total_time="$seconds" -print_final_stats=1
