//! `classify` against a regex with captures and a `RegexSet`.

// criterion_group! and criterion_main! generate undocumented public functions.
#![allow(missing_docs)]

mod common;

use common::{CaptureBaseline, HOSTS, SetBaseline, check_baselines, ours};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn classify(c: &mut Criterion) {
    check_baselines();
    let captures = CaptureBaseline::new();
    let set = SetBaseline::new();

    let mut group = c.benchmark_group("classify");
    // One iteration classifies every host of the mixed set.
    group.throughput(Throughput::Elements(HOSTS.len() as u64));
    group.bench_function("konnect-netreq", |b| {
        b.iter(|| {
            for host in black_box(HOSTS) {
                black_box(ours(host));
            }
        })
    });
    group.bench_function("regex captures", |b| {
        b.iter(|| {
            for host in black_box(HOSTS) {
                black_box(captures.classify(host));
            }
        })
    });
    group.bench_function("RegexSet", |b| {
        b.iter(|| {
            for host in black_box(HOSTS) {
                black_box(set.classify(host));
            }
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = classify
}
criterion_main!(benches);
