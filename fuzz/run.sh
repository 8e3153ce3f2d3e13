#!/usr/bin/env bash
# Runs one fuzz target for SECONDS (default 600) with the Konnect dictionary
# and a persistent corpus in corpus/TARGET, at the lowest CPU priority.
# Usage: fuzz/run.sh TARGET [SECONDS]; needs cargo-fuzz (0.13).
#
# Works on a stable toolchain: `--sanitizer none` needs none of the `-Z`
# flags stable refuses (the crate forbids `unsafe`, so AddressSanitizer adds
# little). Set FUZZ_SANITIZER=address to run with ASan instead; on stable
# that takes RUSTC_BOOTSTRAP=1, which this script then sets.
set -euo pipefail
cd "$(dirname "$0")"
target=$1
seconds=${2:-600}
sanitizer=${FUZZ_SANITIZER:-none}
mkdir -p "corpus/$target" "artifacts/$target"
if [ "$sanitizer" != none ]; then
    export RUSTC_BOOTSTRAP=1
fi
exec nice -n 19 cargo fuzz run --sanitizer "$sanitizer" "$target" "corpus/$target" -- \
    -dict=dict/konnect.dict -max_total_time="$seconds" -print_final_stats=1
