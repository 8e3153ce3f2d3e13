//! Rendering the same requirements in every export format. There is no
//! library a user would call instead, so each format is measured against
//! the cheapest text of the same rules: the `host:port/proto` lines written
//! by hand with one `format!`. The ratio says what the richer format costs.

// criterion_group! and criterion_main! generate undocumented public functions.
#![allow(missing_docs)]

mod common;

use common::render_by_hand;
use criterion::{Criterion, criterion_group, criterion_main};
use konnect_netreq::{Format, Geo, Requirements};
use std::hint::black_box;

fn render(c: &mut Criterion) {
    let req = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .with_portal_id("d6a3e6b6bc64")
        .build()
        .unwrap();
    // The baseline writes the same rules as the Hosts format.
    assert_eq!(
        req.render(Format::Hosts),
        render_by_hand("eu", "a1b2c3d4e5", "d6a3e6b6bc64")
    );
    let mut group = c.benchmark_group("render");
    group.bench_function("format!: hosts text", |b| {
        b.iter(|| {
            render_by_hand(
                black_box("eu"),
                black_box("a1b2c3d4e5"),
                black_box("d6a3e6b6bc64"),
            )
        })
    });
    for format in Format::ALL.iter().copied() {
        group.bench_function(format!("konnect-netreq: {format}"), |b| {
            b.iter(|| black_box(&req).render(black_box(format)))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = render
}
criterion_main!(benches);
