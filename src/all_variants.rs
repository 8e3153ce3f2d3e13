//! The keyword enums that are not declared with `declare!` (whose `ALL`
//! comes from the declaration) write `ALL` out by hand; these tests hold
//! each one to its enum. Each `rank` is an exhaustive `match`, so a new variant
//! does not compile until it has a place here, and the test then fails
//! until `ALL` lists it, in declaration order.

use crate::{Change, ConfigFormat, DataPlaneVersion, Format, ListenerKind, Mesh};

/// Asserts that `all` is every value, each once, in `rank` order.
fn check<T: Copy + std::fmt::Debug>(all: &[T], count: usize, rank: impl Fn(T) -> usize) {
    let ranks: Vec<usize> = all.iter().map(|value| rank(*value)).collect();
    assert_eq!(ranks, (0..count).collect::<Vec<_>>(), "{all:?}");
}

#[test]
fn listener_kinds() {
    check(ListenerKind::ALL, 5, |kind| match kind {
        ListenerKind::Http => 0,
        ListenerKind::Https => 1,
        ListenerKind::Tcp => 2,
        ListenerKind::Tls => 3,
        ListenerKind::Udp => 4,
    });
}

#[test]
fn choices() {
    check(Mesh::ALL, 2, |mesh| match mesh {
        Mesh::Regional => 0,
        Mesh::Global => 1,
    });
    check(Change::ALL, 2, |change| match change {
        Change::Removed => 0,
        Change::Added => 1,
    });
    check(DataPlaneVersion::ALL, 2, |version| match version {
        DataPlaneVersion::V2 => 0,
        DataPlaneVersion::V3 => 1,
    });
}

#[test]
fn formats() {
    // `Json` is there only with the `json` feature.
    let json = usize::from(cfg!(feature = "json"));
    check(Format::ALL, 7 + json, |format| match format {
        Format::Table => 0,
        Format::Hosts => 1,
        #[cfg(feature = "json")]
        Format::Json => 2,
        Format::Squid => 2 + json,
        Format::Cilium => 3 + json,
        Format::Istio => 4 + json,
        Format::AwsNetworkFirewall => 5 + json,
        Format::Mermaid => 6 + json,
    });
    check(ConfigFormat::ALL, 3 + json, |format| match format {
        ConfigFormat::KongConf => 0,
        ConfigFormat::Env => 1,
        ConfigFormat::Helm => 2,
        #[cfg(feature = "json")]
        ConfigFormat::Json => 3,
    });
}
