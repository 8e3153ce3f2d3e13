//! `classify_address` against `url::Url::parse` followed by `classify` of
//! the parsed host.

// criterion_group! and criterion_main! generate undocumented public functions.
#![allow(missing_docs)]

mod common;

use common::{ADDRESSES, check_baselines, ours_address, url_then_classify};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn classify_address(c: &mut Criterion) {
    check_baselines();
    let mut group = c.benchmark_group("classify_address");
    // One iteration classifies every address of the mixed set.
    group.throughput(Throughput::Elements(ADDRESSES.len() as u64));
    group.bench_function("konnect-netreq", |b| {
        b.iter(|| {
            for address in black_box(ADDRESSES) {
                black_box(ours_address(address));
            }
        })
    });
    group.bench_function("Url::parse then classify", |b| {
        b.iter(|| {
            for address in black_box(ADDRESSES) {
                url_then_classify(address, |found| {
                    black_box(found);
                });
            }
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = classify_address
}
criterion_main!(benches);
