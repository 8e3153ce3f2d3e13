//! Every keyword enum's `ALL` is written out by hand; these tests hold each
//! one to its enum. Each `rank` is an exhaustive `match`, so a new variant
//! does not compile until it has a place here, and the test then fails
//! until `ALL` lists it, in declaration order.

use crate::{
    AppProtocol, Change, ConfigFormat, DataPlaneVersion, Direction, Edition, Endpoint, Format, Geo,
    ListenerKind, LogFormat, Mesh, Outcome, Port, Product, Protocol, Reason,
};

/// Asserts that `all` is every value, each once, in `rank` order.
fn check<T: Copy + std::fmt::Debug>(all: &[T], count: usize, rank: impl Fn(T) -> usize) {
    let ranks: Vec<usize> = all.iter().map(|value| rank(*value)).collect();
    assert_eq!(ranks, (0..count).collect::<Vec<_>>(), "{all:?}");
}

#[test]
fn geo() {
    check(Geo::ALL, 6, |geo| match geo {
        Geo::Au => 0,
        Geo::Eu => 1,
        Geo::Me => 2,
        Geo::In => 3,
        Geo::Us => 4,
        Geo::Sg => 5,
    });
}

#[test]
fn edition() {
    check(Edition::ALL, 2, |edition| match edition {
        Edition::Apr2025 => 0,
        Edition::Aug2026 => 1,
    });
}

#[test]
fn endpoint() {
    check(Endpoint::ALL, 12, |endpoint| match endpoint {
        Endpoint::Platform => 0,
        Endpoint::GlobalApi => 1,
        Endpoint::RegionalApi => 2,
        Endpoint::DevPortal => 3,
        Endpoint::ControlPlane => 4,
        Endpoint::Telemetry => 5,
        Endpoint::MeshSync => 6,
        Endpoint::EventGatewayControlPlane => 7,
        Endpoint::EventGatewayTelemetry => 8,
        Endpoint::Identity => 9,
        Endpoint::IngressController => 10,
        Endpoint::PrivateLink => 11,
    });
}

#[test]
fn ports_and_protocols() {
    check(Port::ALL, 5, |port| match port {
        Port::Cluster => 0,
        Port::AuditLogging8071 => 1,
        Port::AuditLogging20010 => 2,
        Port::ProxyHttp => 3,
        Port::ProxyHttps => 4,
    });
    check(Protocol::ALL, 2, |protocol| match protocol {
        Protocol::Tcp => 0,
        Protocol::Udp => 1,
    });
    check(AppProtocol::ALL, 5, |app| match app {
        AppProtocol::Http => 0,
        AppProtocol::Https => 1,
        AppProtocol::HttpsMtls => 2,
        AppProtocol::Grpcs => 3,
        AppProtocol::Mtls => 4,
    });
    check(Direction::ALL, 3, |direction| match direction {
        Direction::ToKonnect => 0,
        Direction::FromKonnect => 1,
        Direction::ToDataPlane => 2,
    });
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
    check(Product::ALL, 6, |product| match product {
        Product::ApiGateway => 0,
        Product::DevPortal => 1,
        Product::Identity => 2,
        Product::Mesh => 3,
        Product::EventGateway => 4,
        Product::IngressController => 5,
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
    check(Format::ALL, 6 + json, |format| match format {
        Format::Table => 0,
        Format::Hosts => 1,
        #[cfg(feature = "json")]
        Format::Json => 2,
        Format::Squid => 2 + json,
        Format::Cilium => 3 + json,
        Format::Istio => 4 + json,
        Format::AwsNetworkFirewall => 5 + json,
    });
    check(ConfigFormat::ALL, 3 + json, |format| match format {
        ConfigFormat::KongConf => 0,
        ConfigFormat::Env => 1,
        ConfigFormat::Helm => 2,
        #[cfg(feature = "json")]
        ConfigFormat::Json => 3,
    });
}

#[test]
fn reading_logs() {
    check(Outcome::ALL, 4, |outcome| match outcome {
        Outcome::Allowed => 0,
        Outcome::Denied => 1,
        Outcome::Failed => 2,
        Outcome::Unknown => 3,
    });
    check(LogFormat::ALL, 6, |format| match format {
        LogFormat::Squid => 0,
        LogFormat::AwsNetworkFirewall => 1,
        LogFormat::Route53Resolver => 2,
        LogFormat::Envoy => 3,
        LogFormat::Hubble => 4,
        LogFormat::KongDataPlane => 5,
    });
    check(Reason::ALL, 5, |reason| match reason {
        Reason::OtherPort => 0,
        Reason::OtherGeo => 1,
        Reason::OtherEdition => 2,
        Reason::OtherIdentifier => 3,
        Reason::NotIncluded => 4,
    });
}
