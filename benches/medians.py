#!/usr/bin/env python3
"""Prints the medians of the last `cargo bench` run and the ratios the
table in benches/README.md shows, as Markdown (standard library only).

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


def key(prefix):
    """The one benchmark id that starts with `prefix` (the allows ids end
    with their rule count)."""
    found = [k for k in medians if k.startswith(prefix)]
    return found[0] if len(found) == 1 else None


# (ours, baseline, how the ratio reads, target from the issue)
ROWS = [
    ("classify/konnect-netreq", "classify/regex captures", "faster", ">= 20x"),
    ("classify/konnect-netreq", "classify/RegexSet", "faster", ">= 5x"),
    ("allows/konnect-netreq/small", "allows/RegexSet/small", "faster", ">= 5x"),
    ("allows/konnect-netreq/large", "allows/RegexSet/large", "faster", ">= 5x"),
    ("allows/konnect-netreq/large", "allows/konnect-netreq/small", "of", "about 1x"),
    ("allows/RegexSet/large", "allows/RegexSet/small", "of", "(reference)"),
    ("classify_address/konnect-netreq", "classify_address/Url::parse then classify", "faster", ">= 5x"),
]

print("| ours | median (per call) | baseline | median (per call) | ratio | target |")
# `faster` rows: baseline / ours (above 1 means the crate is faster);
# `of` rows: first / second.
print("|---|---|---|---|---|---|")
for ours, base, reads, target in ROWS:
    ours, base = key(ours), key(base)
    if ours is None or base is None:
        continue
    a, b = medians[ours], medians[base]
    per = lambda key: ns(medians[key]) + (f" ({ns(medians[key] / calls[key])})" if calls[key] > 1 else "")
    ratio = f"{b / a:.2f}x" if reads == "faster" else f"{a / b:.2f}x"
    print(f"| `{ours}` | {per(ours)} | `{base}` | {per(base)} | {ratio} | {target} |")
