//! `build()` of a small and a large set of requirements. It runs once per
//! process; this bench only keeps an eye on its cost, with no baseline.

// criterion_group! and criterion_main! generate undocumented public functions.
#![allow(missing_docs)]

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use konnect_netreq::{Edition, Geo, Requirements};
use std::hint::black_box;

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.bench_function("small", |b| {
        b.iter(|| {
            Requirements::for_geo(black_box(Geo::Eu))
                .with_cp_prefix(black_box("a1b2c3d4e5"))
                .build()
        })
    });
    group.bench_function("large", |b| {
        b.iter(|| {
            Requirements::for_geo(black_box(Geo::Eu))
                .with_edition(Edition::Aug2026)
                .with_cp_prefix(black_box("a1b2c3d4e5"))
                .with_portal_id(black_box("d6a3e6b6bc64"))
                .with_mesh(konnect_netreq::Mesh::Regional)
                .with_event_gateway()
                .with_identity()
                .with_auth_server_id(black_box("a93xltvowjk8m1qe"))
                .with_auth_server_id(black_box("7kq2m9x4p1r8s3tz"))
                .with_ingress_controller()
                .build()
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = build
}
criterion_main!(benches);
