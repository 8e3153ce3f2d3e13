#!/usr/bin/env bash
# The CLI's `scan` over a 1,000,000-line Squid access log (about 125 MB) and
# a 1,000,000-line AWS Network Firewall alert log (JSON), 8% of whose lines
# name a Konnect host, against `grep -cE 'konghq\.com|kongportals\.com'` on
# the same files; then the same at 4x the size, for linearity. Prints, per
# log, the best of five wall-clock times of each, the ratio grep time /
# scan time (at least 0.7 is the target), and scan's peak resident set size.
#
# Then a gzip bomb: peak memory and that reading goes on after it.
#
#   benches/scan_throughput.sh    (needs python3, bc, gzip and GNU time)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --release -p konnect-netreq-cli
bin=target/release/konnect-netreq
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

python3 - "$dir/squid.raw" "$dir/json.raw" <<'PY'
import random, sys
random.seed(17)
konnect = [
    ("a1b2c3d4e5.eu.cp0.konghq.com", "TCP_TUNNEL/200"),
    ("a1b2c3d4e5.eu.tp0.konghq.com", "TCP_DENIED/403"),
    ("cloud.konghq.com", "TCP_TUNNEL/200"),
    ("eu.api.konghq.com", "NONE_NONE/503"),
    ("d6a3e6b6bc64.eu.kongportals.com", "TCP_TUNNEL/200"),
    ("A1B2C3D4E5.EU.CP.KONGHQ.COM", "TCP_DENIED/403"),
]
others = ["registry-1.docker.io", "api.github.com", "pypi.org", "s3.eu-central-1.amazonaws.com",
          "sts.amazonaws.com", "login.microsoftonline.com", "objects.githubusercontent.com",
          "www.google.com", "kafka-{n}.internal.example", "cdn{n}.jsdelivr.net"]
with open(sys.argv[1], "w") as squid, open(sys.argv[2], "w") as js:
    for i in range(1_000_000):
        t = 1733140800 + i / 20
        client = f"10.20.{i % 7}.{i % 250 + 1}"
        if i % 25 < 2:
            host, code = konnect[i % len(konnect)]
        else:
            host, code = random.choice(others).format(n=i % 977), "TCP_TUNNEL/200"
        squid.write(f"{t:.3f} {i % 60000:6d} {client} {code} {i % 90000 + 300} CONNECT {host}:443 - HIER_DIRECT/3.65.{i % 256}.{i % 200} -\n")
        action = "blocked" if "DENIED" in code else "allowed"
        js.write('{"firewall_name":"egress-fw","availability_zone":"eu-central-1a","event_timestamp":"%d",'
                 '"event":{"timestamp":"2024-12-02T12:00:00.%06d+0000","flow_id":%d,"event_type":"alert",'
                 '"src_ip":"%s","src_port":%d,"dest_ip":"3.65.12.%d","dest_port":443,"proto":"TCP",'
                 '"alert":{"action":"%s","signature_id":%d,"rev":1,"signature":"egress allowlist",'
                 '"category":"","severity":3},"tls":{"sni":"%s","version":"TLS 1.3"},"app_proto":"tls"}}\n'
                 % (int(t), i % 1000000, 1000000000000 + i * 7919, client, 30000 + i % 30000, i % 256,
                    action, i % 9 + 1, host))
PY
# Every file is written by `cat`: how a file was written (many small writes
# or large ones) changes how fast the kernel reads it back from the page
# cache, by up to 2x here, which would blur the 1x / 4x comparison.
for log in squid json; do
    cat "$dir/$log.raw" >"$dir/$log"
    cat "$dir/$log.raw" "$dir/$log.raw" "$dir/$log.raw" "$dir/$log.raw" >"$dir/$log.4x"
    rm "$dir/$log.raw"
done

# Output goes to a file: GNU grep stops at the first match when its output
# is /dev/null, which would time nothing.
seconds() { local start end; start=$(date +%s.%N); "$@" >"$dir/out"; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
best() { local best=999999 t; for _ in 1 2 3 4 5; do t=$(seconds "$@"); if (( $(echo "$t < $best" | bc -l) )); then best=$t; fi; done; echo "$best"; }
scan=("$bin" scan --geo eu --cp-prefix a1b2c3d4e5 --format json)
for log in squid json squid.4x json.4x; do
    size=$(( $(stat -c %s "$dir/$log") / 1000000 ))
    ours=$(best "${scan[@]}" "$dir/$log" || true)
    # The report says how many lines were read: all of them.
    lines=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["tally"]["lines"])' "$dir/out")
    theirs=$(best grep -cE 'konghq\.com|kongportals\.com' "$dir/$log")
    rss=$( { /usr/bin/time -f '%M' "${scan[@]}" "$dir/$log" >/dev/null || true; } 2>&1 | tail -1)
    printf '%-9s %5d MB %8d lines  scan: %.3f s  grep -cE: %.3f s  ratio grep/scan: %.2f  scan peak RSS: %d KiB\n' \
        "$log" "$size" "$lines" "$ours" "$theirs" "$(echo "$theirs / $ours" | bc -l)" "$rss"
done

# Hostile input: a gzip bomb (1 GB of zeros on one line, about 1 MB
# compressed, then a Konnect host): memory stays bounded, the host after it
# is still found.
head -c 1000000000 /dev/zero | gzip -1 >"$dir/bomb.gz"
printf '\ncloud.konghq.com\n' | gzip >>"$dir/bomb.gz"
/usr/bin/time -f 'gzip bomb, 1 GB line: %e s, peak RSS %M KiB' \
    "$bin" scan --geo eu --format json "$dir/bomb.gz" >"$dir/out" || true
python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))["tally"]; print("lines", r["lines"], "hosts", [s["host"] for s in r["addresses"]])' "$dir/out"
