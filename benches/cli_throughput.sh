#!/usr/bin/env bash
# The CLI's `classify` over a 1,000,000-line log against `grep -cE 'konghq\.com'`
# on the same file, and its peak memory on one 50 MB line. Prints the ratio
# grep time / classify time (at least 0.5 means classify is at least half as
# fast as grep) for a log of repeated hosts and one of distinct lines, and
# the peak resident set size.
#
#   benches/cli_throughput.sh    (needs python3, bc and GNU time)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --release -p konnect-netreq-cli
bin=target/release/konnect-netreq
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# A proxy log's hosts: a third Konnect's in every form, the rest not, nine
# distinct lines over and over (`log`); and the same forms with a different
# prefix, host or path on every line (`distinct`), which no memory of recent
# lines helps with.
python3 - "$dir/log" "$dir/distinct" <<'PY'
import sys
forms = [
    "a1b2c3d4e5.eu.cp0.konghq.com", "36FC5D01BE.us.tp.konghq.com.",
    "https://us.api.konghq.com/v2/control-planes", "grpcs://eu.mesh.sync.konghq.com:443",
    "www.google.com", "registry-1.docker.io:443", "https://example.com/path?q=1",
    "a1b2c3d4e5.eu.cp0.konghq.com.evil.com", "cdn.jsdelivr.net",
]
distinct = [
    "{n:010x}.eu.cp0.konghq.com", "{n:010X}.us.tp.konghq.com.",
    "https://us.api.konghq.com/v2/control-planes/{n}", "grpcs://eu.mesh.sync.konghq.com:443/{n}",
    "www{n}.google.com", "registry-{n}.docker.io:443", "https://example.com/path?q={n}",
    "{n:010x}.eu.cp0.konghq.com.evil.com", "cdn{n}.jsdelivr.net",
]
with open(sys.argv[1], "w") as out, open(sys.argv[2], "w") as other:
    for i in range(1_000_000):
        out.write(forms[i % len(forms)] + "\n")
        other.write(distinct[i % len(distinct)].format(n=i) + "\n")
PY

# Output goes to a file: GNU grep stops at the first match when its output
# is /dev/null, which would time nothing.
seconds() { local start end; start=$(date +%s.%N); "$@" >"$dir/out"; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
for log in log distinct; do
    ours=$(seconds "$bin" classify <"$dir/$log")
    grep_time=$(seconds grep -cE 'konghq\.com' "$dir/$log")
    printf '%-8s classify: %.3f s, grep -cE: %.3f s, ratio grep/classify: %.2f\n' \
        "$log" "$ours" "$grep_time" "$(echo "$grep_time / $ours" | bc -l)"
done

head -c 50000000 /dev/zero | tr '\0' 'a' >"$dir/long"
echo cloud.konghq.com >>"$dir/long"
/usr/bin/time -f 'one 50 MB line: peak RSS %M KiB' "$bin" classify <"$dir/long" | cut -c1-60
