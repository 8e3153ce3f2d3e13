//! Heap allocations on the hot paths, counted by a global allocator.
//!
//! `classify` and `Requirements::allows` must not allocate at all;
//! `build()` allocates once per host with an identifier (control plane,
//! telemetry, Dev Portal: each holds its rule line) and never for the
//! others, which are constants; each rule's `to_string()` and
//! `render(Format::Hosts)` allocate once. A change that adds an allocation
//! fails here, not only in a benchmark.

// The only unsafe code of the crate: a global allocator must be an
// `unsafe impl`. It hands every call to the system allocator unchanged.
#![allow(unsafe_code)]

use konnect_netreq::{
    Edition, Endpoint, Format, Geo, Protocol, Requirements, RequirementsBuilder, classify,
};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;

/// The system allocator, counting allocations per thread, so tests running
/// in parallel do not disturb each other's counts.
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

fn count_one() {
    // `try_with`: the thread's counter may already be gone while it exits.
    let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
}

// SAFETY: every method forwards to `System` with the caller's arguments,
// so `System`'s guarantees hold; counting touches no allocated memory.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: same contract as this method.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: same contract as this method.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        // SAFETY: same contract as this method.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as this method.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` and returns its result with the number of allocations it made
/// on this thread (the result is dropped after counting).
fn allocations<T>(f: impl FnOnce() -> T) -> (T, u64) {
    let before = ALLOCATIONS.with(Cell::get);
    let out = black_box(f());
    let after = ALLOCATIONS.with(Cell::get);
    (out, after - before)
}

#[test]
fn the_counter_counts() {
    assert_eq!(allocations(|| ()).1, 0);
    assert_eq!(allocations(|| Box::new(1u8)).1, 1);
    assert_eq!(allocations(|| format!("{}", black_box(7))).1, 1);
}

/// Hostnames of every kind, both editions, odd case, trailing dots, and
/// hostile input.
fn hosts() -> Vec<String> {
    let mut hosts: Vec<String> = [
        "a1b2c3d4e5.eu.cp0.konghq.com",
        "36fc5d01be.us.cp.konghq.com",
        "a1b2c3d4e5.eu.tp0.konghq.com.",
        "d6a3e6b6bc64.eu.portal.konghq.com",
        "D6A3E6B6BC64.US.KONGPORTALS.COM",
        "global.api.konghq.com",
        "eu.api.konghq.com",
        "au.kic.api.konghq.com",
        "cloud.konghq.com",
        "global.mesh.sync.konghq.com",
        "sg.control-plane.konghq.com",
        "eu.telemetry.konghq.com",
        "in.identity.konghq.com",
        "ap.svc.konghq.com",
        "www.google.com",
        "a1b2c3d4e5.eu.cp0.konghq.com.evil.com",
        "a_b.eu.cp0.konghq.com",
        "é.eu.cp0.konghq.com",
        "",
        ".",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    hosts.push(format!("{}.eu.cp0.konghq.com", "a".repeat(300)));
    hosts.push(format!("{}eu.api.konghq.com", "x.".repeat(200)));
    hosts
}

#[test]
fn classify_never_allocates() {
    let hosts = hosts();
    let (found, count) = allocations(|| hosts.iter().filter_map(|h| classify(h)).count());
    assert_eq!(found, 14);
    assert_eq!(count, 0);
}

/// Requirements from the fewest to the most hosts, with wildcards and
/// without, and the longest text there can be.
fn builders() -> Vec<RequirementsBuilder> {
    let every_product = |builder: RequirementsBuilder| {
        builder
            .with_edition(Edition::Aug2026)
            .with_event_gateway()
            .with_identity()
            .with_ingress_controller()
    };
    vec![
        Requirements::for_geo(Geo::Eu),
        Requirements::for_geo(Geo::Eu)
            .with_cp_prefix("a1b2c3d4e5")
            .with_portal_id("d6a3e6b6bc64"),
        every_product(Requirements::for_geo(Geo::Eu))
            .with_cp_prefix("a1b2c3d4e5")
            .with_portal_id("d6a3e6b6bc64")
            .with_mesh_manager(),
        // The longest identifiers make the longest lines.
        Requirements::for_geo(Geo::Eu)
            .with_cp_prefix("c".repeat(63))
            .with_portal_id("p".repeat(63)),
        every_product(Requirements::for_geo(Geo::Eu))
            .with_cp_prefix("c".repeat(63))
            .with_portal_id("p".repeat(63))
            .with_global_mesh_manager(),
        Requirements::for_geo(Geo::Au)
            .with_global_mesh_manager()
            .with_private_link(),
        every_product(Requirements::for_geo(Geo::Au))
            .with_portal_id("p".repeat(63))
            .with_global_mesh_manager()
            .with_private_link(),
    ]
}

fn requirement_sets() -> Vec<Requirements> {
    builders()
        .into_iter()
        .map(|builder| builder.build().unwrap())
        .collect()
}

#[test]
fn allows_never_allocates() {
    let hosts = hosts();
    for req in requirement_sets() {
        let (allowed, count) = allocations(|| {
            let mut allowed = 0;
            for host in &hosts {
                for (port, protocol) in [
                    (443, Protocol::Tcp),
                    (443, Protocol::Udp),
                    (8443, Protocol::Tcp),
                ] {
                    allowed += usize::from(req.allows(host, port, protocol));
                }
            }
            allowed
        });
        assert!(allowed > 0, "{req:?} allows none of the hosts");
        assert_eq!(count, 0, "{req:?}");
    }
}

#[test]
fn build_allocates_once_per_host_with_an_identifier() {
    let mut counts = Vec::new();
    for builder in builders() {
        let (req, count) = allocations(|| builder.build().unwrap());
        let with_identifier = req
            .hosts()
            .filter(|(endpoint, _)| endpoint.has_identifier())
            .count();
        assert_eq!(count, with_identifier as u64, "{req:?}");
        let (copy, count) = allocations(|| req.clone());
        assert_eq!(count, with_identifier as u64, "{req:?}");
        assert_eq!(copy, req);
        counts.push(count);
    }
    // Dev Portal, control plane and telemetry; with PrivateLink, the portal
    // only. The regional, mesh, Event Gateway and other hosts are constants.
    assert_eq!(counts, [3, 3, 3, 3, 3, 1, 1]);
    let req = Requirements::for_geo(Geo::Eu).build().unwrap();
    assert_eq!(
        req.host(Endpoint::ControlPlane).map(|host| host.as_str()),
        Some("*.eu.cp0.konghq.com")
    );
}

#[test]
fn rendering_allocates_once_per_string() {
    for req in requirement_sets() {
        let rules = req.rules().count();
        let (lines, count) = allocations(|| {
            let mut lines = Vec::with_capacity(rules);
            lines.extend(req.rules().map(|rule| rule.to_string()));
            lines
        });
        // The vector, then one allocation per line.
        assert_eq!(count, 1 + rules as u64, "{lines:?}");
        let (text, count) = allocations(|| req.render(Format::Hosts));
        assert_eq!(count, 1, "{text}");
        assert_eq!(
            text,
            lines
                .iter()
                .map(|line| format!("{line}\n"))
                .collect::<String>()
        );
    }
}
