//! Heap allocations on the hot paths, counted by a global allocator.
//!
//! `classify`, `classify_address`, `Requirements::allows` (and its address
//! and port forms, with their reasons) and listing `Requirements::rules`
//! must not allocate at all: they run once per log
//! line or connection. A change that adds an allocation fails here, not
//! only in a benchmark.

// The only unsafe code of the crate: a global allocator must be an
// `unsafe impl`. It hands every call to the system allocator unchanged.
#![allow(unsafe_code)]

use konnect_netreq::{
    Edition, Geo, KongConf, Mesh, Protocol, Requirements, RequirementsBuilder, classify,
    classify_address,
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
            .with_auth_server_id("a93xltvowjk8m1qe")
            .with_auth_server_id("k7sbq2n8x4tdlmwz")
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
            .with_mesh(Mesh::Regional),
        // The longest identifiers make the longest lines.
        Requirements::for_geo(Geo::Eu)
            .with_cp_prefix("c".repeat(63))
            .with_portal_id("p".repeat(63)),
        every_product(Requirements::for_geo(Geo::Eu))
            .with_cp_prefix("c".repeat(63))
            .with_portal_id("p".repeat(63))
            .with_mesh(Mesh::Regional),
        Requirements::for_geo(Geo::Au)
            .with_mesh(Mesh::Global)
            .with_private_link(),
        every_product(Requirements::for_geo(Geo::Au))
            .with_portal_id("p".repeat(63))
            .with_mesh(Mesh::Regional)
            .with_private_link()
            .with_global_private_link(),
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
fn classify_address_never_allocates() {
    let mut addresses: Vec<String> = [
        "https://36fc5d01be.us.cp0.konghq.com",
        "https://36fc5d01be.us.cp.konghq.com:443/",
        "36fc5d01be.us.tp0.konghq.com:443",
        "grpcs://eu.mesh.sync.konghq.com:443",
        "us.svc.konghq.com/cp/36fc5d01be",
        "us.svc.konghq.com:443/tp/36fc5d01be",
        "https://a93xltvowjk8m1qe.us.identity.konghq.com/auth/introspect?x=1#y",
        "wss://user:pass@eu.api.konghq.com/v2/x",
        "https://x.eu.cp0.konghq.com@evil.com/",
        "https://evil.com/?h=x.eu.cp0.konghq.com",
        "https://[::1]:443",
        "https://eu.api.konghq.com:0",
        "https://eu.api.konghq.com:",
        "ftp://eu.api.konghq.com",
        "https:eu.api.konghq.com",
        "",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    addresses.extend(hosts());
    let (found, count) = allocations(|| {
        addresses
            .iter()
            .filter_map(|address| classify_address(address))
            .count()
    });
    assert_eq!(found, 8 + 14);
    assert_eq!(count, 0);
}

/// The address and port forms of `allows`, and their reasons, run once
/// per connection too: `check_address` and `check_port` borrow what their
/// answer names instead of copying it.
#[test]
fn allows_address_and_port_never_allocate() {
    let mut addresses: Vec<String> = hosts();
    addresses.extend(
        hosts()
            .iter()
            .map(|host| format!("https://user:pw@{host}:443/x")),
    );
    addresses.extend(hosts().iter().map(|host| format!("{host}:8443")));
    addresses.extend(["", "ftp://eu.api.konghq.com", "www.example.com"].map(String::from));
    for req in requirement_sets() {
        let ((allowed, refused), count) = allocations(|| {
            let (mut allowed, mut refused) = (0, 0);
            for address in &addresses {
                allowed += usize::from(req.allows_address(address, Protocol::Tcp));
                match req.check_address(address, Protocol::Tcp) {
                    Ok(rule) => allowed += usize::from(black_box(rule).host().is_some()),
                    Err(refusal) => refused += usize::from(black_box(refusal).nearness() < 9),
                }
            }
            for port in [443, 8000, 8071, 20010, 9999] {
                allowed += usize::from(req.allows_port(port, Protocol::Udp));
                refused += usize::from(req.check_port(port, Protocol::Tcp).is_err());
            }
            (allowed, refused)
        });
        assert!(allowed > 0 && refused > 0, "{req:?}");
        assert_eq!(count, 0, "{req:?}");
    }
}

#[test]
fn listing_rules_never_allocates() {
    for req in requirement_sets() {
        let (rules, count) = allocations(|| req.rules().count());
        assert!(rules > 0);
        assert_eq!(count, 0, "{req:?}");
    }
}

/// `KongConf::read` is linear in the text a user (or an attacker) writes:
/// a kong.conf eight times as long costs eight times the allocations, give
/// or take the fixed ones, with no quadratic growth from continued lines,
/// comments or settings given again.
#[test]
fn reading_a_kong_conf_allocates_in_proportion_to_its_length() {
    let text = |n: usize| {
        let block = "# a comment\n\
                     unknown_setting = value # trailing \\# comment\n\
                     lua_ssl_trusted_certificate = /etc/a.pem, \\\n  system\n\
                     cluster_control_plane = a1b2c3d4e5.eu.cp0.konghq.com:443\n";
        block.repeat(n)
    };
    let (small_text, large_text) = (text(500), text(4000));
    let (small, small_count) = allocations(|| KongConf::read(&small_text, [] as [(&str, &str); 0]));
    let (large, large_count) = allocations(|| KongConf::read(&large_text, [] as [(&str, &str); 0]));
    assert_eq!(small.unwrap(), large.unwrap());
    assert!(
        small_count > 500,
        "{small_count}: fewer than one allocation per block?"
    );
    assert!(
        large_count <= 8 * small_count && large_count >= 8 * small_count - 64,
        "n: {small_count}, 8n: {large_count}"
    );
}
