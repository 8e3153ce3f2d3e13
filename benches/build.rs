//! `build()` plus rendering every rule, against the same strings written

// criterion_group! and criterion_main! generate undocumented public functions.
#![allow(missing_docs)]
//! by hand with `format!`.

mod common;

use common::{build_and_render, check_baselines, format_by_hand, render_by_hand};
use criterion::{Criterion, criterion_group, criterion_main};
use konnect_netreq::{Format, Geo, Requirements};
use std::hint::black_box;
use std::time::Duration;

fn build(c: &mut Criterion) {
    check_baselines();
    let mut group = c.benchmark_group("build");
    group.bench_function("konnect-netreq: build + rules to strings", |b| {
        b.iter(|| {
            build_and_render(
                black_box(Geo::Eu),
                black_box("a1b2c3d4e5"),
                black_box("d6a3e6b6bc64"),
            )
        })
    });
    // For reference: what `build()` alone costs of the line above.
    group.bench_function("konnect-netreq: build only", |b| {
        b.iter(|| {
            Requirements::for_geo(black_box(Geo::Eu))
                .with_cp_prefix(black_box("a1b2c3d4e5"))
                .with_portal_id(black_box("d6a3e6b6bc64"))
                .build()
        })
    });
    group.bench_function("format!: rules to strings", |b| {
        b.iter(|| {
            format_by_hand(
                black_box("eu"),
                black_box("a1b2c3d4e5"),
                black_box("d6a3e6b6bc64"),
            )
        })
    });
    group.bench_function("konnect-netreq: build + render(Format::Hosts)", |b| {
        b.iter(|| {
            Requirements::for_geo(black_box(Geo::Eu))
                .with_cp_prefix(black_box("a1b2c3d4e5"))
                .with_portal_id(black_box("d6a3e6b6bc64"))
                .build()
                .map(|req| req.render(Format::Hosts))
        })
    });
    group.bench_function("format!: hosts text", |b| {
        b.iter(|| {
            render_by_hand(
                black_box("eu"),
                black_box("a1b2c3d4e5"),
                black_box("d6a3e6b6bc64"),
            )
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = build
}
criterion_main!(benches);
