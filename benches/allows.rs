//! `Requirements::allows` against a `RegexSet` of the same rules, with a
//! small and a large set of rules; `allows_address` against what a user
//! would otherwise write, `Url::parse` and then `allows`.

// criterion_group! and criterion_main! generate undocumented public functions.
#![allow(missing_docs)]

mod common;

use common::{
    AllowsBaseline, CONNECTIONS, check_baselines, host_rules, large_requirements,
    small_requirements,
};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn allows(c: &mut Criterion) {
    check_baselines();
    let mut group = c.benchmark_group("allows");
    // One iteration decides every connection of the set.
    group.throughput(Throughput::Elements(CONNECTIONS.len() as u64));
    for (name, req) in [
        ("small", small_requirements()),
        ("large", large_requirements()),
    ] {
        let rules = host_rules(&req);
        let baseline = AllowsBaseline::new(&req);
        group.bench_function(format!("konnect-netreq/{name} ({rules} host rules)"), |b| {
            b.iter(|| {
                for (host, port, protocol) in black_box(CONNECTIONS) {
                    black_box(req.allows(host, *port, *protocol));
                }
            })
        });
        group.bench_function(format!("RegexSet/{name} ({rules} host rules)"), |b| {
            b.iter(|| {
                for (host, port, protocol) in black_box(CONNECTIONS) {
                    black_box(baseline.allows(host, *port, *protocol));
                }
            })
        });
    }
    group.finish();

    // 20,000 auth servers: IDs sharing their first fifteen bytes must cost
    // what random ones do (issue 20).
    let mut group = c.benchmark_group("allows-ids");
    group.throughput(Throughput::Elements(40));
    for (name, colliding) in [("random", false), ("colliding", true)] {
        let (req, asked) = common::many_ids(colliding);
        group.bench_function(format!("konnect-netreq/20000 {name} ids"), |b| {
            b.iter(|| {
                for host in black_box(&asked) {
                    black_box(req.allows(host, 443, konnect_netreq::Protocol::Tcp));
                }
            })
        });
    }
    group.finish();
}

/// The same connections as URLs (`https://HOST:PORT`): `allows_address`
/// against `url::Url::parse`, then `allows` on its host and port.
fn allows_address(c: &mut Criterion) {
    let req = large_requirements();
    let addresses: Vec<(String, konnect_netreq::Protocol)> = CONNECTIONS
        .iter()
        .map(|(host, port, protocol)| (format!("https://{host}:{port}"), *protocol))
        .collect();
    // Both answer the same before they are timed.
    for (address, protocol) in &addresses {
        let url = url::Url::parse(address).ok();
        let baseline = url.as_ref().is_some_and(|url| {
            req.allows(
                url.host_str().unwrap_or(""),
                url.port_or_known_default().unwrap_or(443),
                *protocol,
            )
        });
        assert_eq!(
            req.allows_address(address, *protocol),
            baseline,
            "{address}"
        );
    }
    let mut group = c.benchmark_group("allows_address");
    group.throughput(Throughput::Elements(addresses.len() as u64));
    group.bench_function("konnect-netreq/allows_address", |b| {
        b.iter(|| {
            for (address, protocol) in black_box(&addresses) {
                black_box(req.allows_address(address, *protocol));
            }
        })
    });
    group.bench_function("Url::parse+allows", |b| {
        b.iter(|| {
            for (address, protocol) in black_box(&addresses) {
                let allowed = url::Url::parse(address).is_ok_and(|url| {
                    req.allows(
                        url.host_str().unwrap_or(""),
                        url.port_or_known_default().unwrap_or(443),
                        *protocol,
                    )
                });
                black_box(allowed);
            }
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = allows, allows_address
}
criterion_main!(benches);
