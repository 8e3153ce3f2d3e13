//! Reading logs: `find_addresses` and `Tally::add_line` per line of a Squid
//! access log against the regex a user would otherwise write to spot
//! Konnect lines, and the tally at n and 8n lines.

// criterion_group! and criterion_main! generate undocumented public functions.
#![allow(missing_docs)]

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use konnect_netreq::{Tally, find_addresses};
use regex::bytes::Regex;
use std::hint::black_box;
use std::time::Duration;

/// `n` lines of a Squid native access log, one in twelve and a half
/// (8%) naming a Konnect host, the others the usual egress of a cluster.
fn squid_log(n: usize) -> Vec<Vec<u8>> {
    let konnect = [
        ("a1b2c3d4e5.eu.cp0.konghq.com", "TCP_TUNNEL/200"),
        ("a1b2c3d4e5.eu.tp0.konghq.com", "TCP_DENIED/403"),
        ("cloud.konghq.com", "TCP_TUNNEL/200"),
        ("eu.api.konghq.com", "NONE_NONE/503"),
        ("d6a3e6b6bc64.eu.kongportals.com", "TCP_TUNNEL/200"),
        ("A1B2C3D4E5.EU.CP.KONGHQ.COM", "TCP_DENIED/403"),
    ];
    let others = [
        "registry-1.docker.io",
        "api.github.com",
        "pypi.org",
        "s3.eu-central-1.amazonaws.com",
        "sts.amazonaws.com",
        "login.microsoftonline.com",
        "objects.githubusercontent.com",
        "www.google.com",
    ];
    (0..n)
        .map(|i| {
            let (host, code) = if i % 25 < 2 {
                konnect[i % konnect.len()]
            } else {
                (others[i % others.len()], "TCP_TUNNEL/200")
            };
            format!(
                "{}.{:03} {:6} 10.20.{}.{} {code} {} CONNECT {host}:443 - HIER_DIRECT/3.65.{}.{} -",
                1_733_140_800 + i / 20,
                i % 1000,
                i % 60_000,
                i % 7,
                i % 250 + 1,
                i % 90_000 + 300,
                i % 256,
                i % 200
            )
            .into_bytes()
        })
        .collect()
}

fn scan(c: &mut Criterion) {
    let lines = squid_log(1000);
    let pattern = Regex::new(r"(?i)konghq\.com|kongportals\.com").unwrap();
    // Both sides pick the same lines.
    let ours = lines
        .iter()
        .filter(|line| find_addresses(line).next().is_some())
        .count();
    let theirs = lines.iter().filter(|line| pattern.is_match(line)).count();
    assert_eq!((ours, theirs), (80, 80));
    let bytes: usize = lines.iter().map(Vec::len).sum();

    let mut group = c.benchmark_group("scan lines");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("find_addresses", |b| {
        b.iter(|| {
            let mut found = 0;
            for line in black_box(&lines) {
                found += find_addresses(line).count();
            }
            found
        })
    });
    group.bench_function("regex is_match", |b| {
        b.iter(|| {
            let mut found = 0;
            for line in black_box(&lines) {
                found += usize::from(pattern.is_match(line));
            }
            found
        })
    });
    group.bench_function("Tally::add_line", |b| {
        b.iter(|| {
            let mut tally = Tally::new();
            for (number, line) in black_box(&lines).iter().enumerate() {
                tally.add_line("access.log", number as u64, line);
            }
            tally
        })
    });
    group.finish();

    // The same work at n and 8n lines.
    let mut group = c.benchmark_group("tally scaling");
    for n in [1000, 8000] {
        let lines = squid_log(n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &lines, |b, lines| {
            b.iter(|| {
                let mut tally = Tally::new();
                for (number, line) in black_box(lines).iter().enumerate() {
                    tally.add_line("access.log", number as u64, line);
                }
                tally
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = scan
}
criterion_main!(benches);
