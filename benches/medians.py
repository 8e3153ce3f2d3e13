#!/usr/bin/env python3
"""Prints the medians of the last `cargo bench` run and the ratios the
README's Performance table shows, as Markdown (standard library only).

Usage: python3 benches/medians.py [CRITERION_DIR]   (default target/criterion)
"""
import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
medians = {}
calls = {}
for bench in root.glob("*/*/new/benchmark.json"):
    info = json.loads(bench.read_text())
    estimates = json.loads((bench.parent / "estimates.json").read_text())
    medians[info["full_id"]] = estimates["median"]["point_estimate"]  # ns
    calls[info["full_id"]] = (info.get("throughput") or {}).get("Elements", 1)


def ns(value):
    return f"{value / 1000:.2f} µs" if value >= 1000 else f"{value:.0f} ns"


# (ours, baseline, how the ratio reads, target)
ROWS = [
    ("classify/konnect-netreq", "classify/regex captures", "faster", ">= 10x"),
    ("classify/konnect-netreq", "classify/RegexSet", "faster", ">= 3x"),
    ("allows/konnect-netreq/minimal (6 host rules)", "allows/RegexSet/minimal (6 host rules)", "faster", ">= 3x"),
    ("allows/konnect-netreq/full (11 host rules)", "allows/RegexSet/full (11 host rules)", "faster", ">= 3x"),
    ("allows/konnect-netreq/full (11 host rules)", "allows/konnect-netreq/minimal (6 host rules)", "of", "about 1x"),
    ("build/konnect-netreq: build + rules to strings", "build/format!: rules to strings", "of", "<= 2x"),
    ("build/konnect-netreq: build + render(Format::Hosts)", "build/format!: hosts text", "of", "<= 2x"),
    ("build/konnect-netreq: build only", "build/format!: rules to strings", "of", "(reference)"),
] + [
    (f"render/konnect-netreq: {f}", "render/format!: hosts text", "of", "(reference)")
    for f in ["table", "hosts", "json", "squid", "cilium", "istio", "aws-network-firewall"]
]

print("| ours | median (per call) | baseline | median (per call) | ratio | target |")
print("|---|---|---|---|---|---|")
for ours, base, reads, target in ROWS:
    if ours not in medians or base not in medians:
        continue
    a, b = medians[ours], medians[base]
    per = lambda key: ns(medians[key]) + (f" ({ns(medians[key] / calls[key])})" if calls[key] > 1 else "")
    ratio = f"{b / a:.1f}x faster" if reads == "faster" else f"{a / b:.2f}x"
    print(f"| `{ours}` | {per(ours)} | `{base}` | {per(base)} | {ratio} | {target} |")
