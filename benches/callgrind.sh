#!/usr/bin/env bash
# Instructions per call of the hot paths and their baselines, counted by
# valgrind's callgrind: stable where wall-clock benchmarks are noisy.
#
# Usage: benches/callgrind.sh [ROUNDS]   (needs valgrind; default 2000 rounds)
#
# Each case runs twice, with 0 and with ROUNDS rounds over its inputs; the
# difference divided by the number of calls is the cost of one call, without
# the setup (such as compiling the baselines' regexes).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2000}

bin=$(cargo bench --bench instructions --no-run --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1)
[[ -x $bin ]] || { echo "callgrind.sh: no bench binary" >&2; exit 1; }

collected() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$@" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

printf '%-28s %12s\n' case 'instr/call'
"$bin" list | while read -r case calls; do
    base=$(collected "$case" 0)
    full=$(collected "$case" "$rounds")
    awk -v c="$case" -v b="$base" -v f="$full" -v n="$((rounds * calls))" \
        'BEGIN { printf "%-28s %12.1f\n", c, (f - b) / n }'
done
