//! `allows_address`, `allows_port`, `check_address` and `check_port`: the
//! address forms answer as `allows` on the host and the port they name, and
//! every refusal gives its nearest reason, word for word.

use crate::allows_cases::{all_requirements, candidates};
use konnect_netreq::{
    Edition, Endpoint, Geo, Listener, Mesh, Port, Product, Protocol, Refusal, Requirements,
    RequirementsSet,
};

/// Every address form of every candidate host answers as `allows` with the
/// port the form names (the scheme's default, else 443), and `check_address`
/// agrees with `allows_address`, naming a rule whose host matches.
#[test]
fn address_forms_answer_as_allows() {
    let mut allowed = 0;
    for req in all_requirements().iter().step_by(7) {
        for host in candidates(req) {
            let on_443 = req.allows(&host, 443, Protocol::Tcp);
            let forms = [
                (host.clone(), 443),
                (format!("{host}:443"), 443),
                (format!("https://{host}"), 443),
                (format!("wss://user:secret@{host}:443/path?q#f"), 443),
                (format!("grpc://{host}"), 443),
                (format!("tls://{host}/"), 443),
                (format!("http://{host}"), 80),
                (format!("ws://{host}"), 80),
                (format!("https://{host}:8443"), 8443),
                (format!("{host}:8071"), 8071),
            ];
            for (address, port) in forms {
                // A candidate with a `:` or `/` is no host; the address
                // forms then read something else, which `allows` must not
                // be asked about.
                if host.contains([':', '/', '@', '?', '#']) || host.is_empty() {
                    continue;
                }
                let expected = req.allows(&host, port, Protocol::Tcp);
                assert_eq!(
                    req.allows_address(&address, Protocol::Tcp),
                    expected,
                    "{address:?}"
                );
                assert!(!req.allows_address(&address, Protocol::Udp), "{address:?}");
                let checked = req.check_address(&address, Protocol::Tcp);
                assert_eq!(checked.is_ok(), expected, "{address:?}: {checked:?}");
                if let Ok(rule) = checked {
                    assert!(rule.host().unwrap().matches(&host), "{address:?}");
                    assert_eq!(rule.port(), 443);
                }
                allowed += usize::from(expected && port == 443 && on_443);
            }
        }
    }
    assert!(allowed > 1000, "{allowed} allowed");
}

/// Text that is not an address is refused as such, and never allowed.
#[test]
fn non_addresses() {
    let req = Requirements::for_geo(Geo::Eu).build().unwrap();
    for text in [
        "",
        "https:cloud.konghq.com",
        "ftp://cloud.konghq.com",
        "cloud.konghq.com:0",
        "cloud.konghq.com:65536",
        "cloud.konghq.com:",
        "cloud.konghq.com:https",
        "https://[::1]:443",
        "https://cloud.konghq.com\\@evil.com",
        "https://cloud konghq.com",
    ] {
        assert!(!req.allows_address(text, Protocol::Tcp), "{text:?}");
        assert_eq!(
            req.check_address(text, Protocol::Tcp),
            Err(Refusal::NotAnAddress),
            "{text:?}"
        );
    }
    assert_eq!(
        Refusal::NotAnAddress.to_string(),
        "not a hostname, host:port or URL (known scheme, port 1 to 65535, no IP literal)"
    );
}

fn refusal_text(req: &Requirements, address: &str, protocol: Protocol) -> String {
    match req.check_address(address, protocol) {
        Ok(rule) => panic!("{address:?} allowed by {rule}"),
        Err(refusal) => refusal.to_string(),
    }
}

/// Each reason, for the address that comes nearest to it.
#[test]
fn refusal_reasons() {
    let us = Requirements::for_geo(Geo::Us)
        .with_cp_prefix("9e0353434a")
        .with_portal_id("d6a3e6b6bc64")
        .build()
        .unwrap();
    let cases = [
        (
            "https://9e0353434a.us.cp0.konghq.com:8443",
            Protocol::Tcp,
            "this host is allowed on port 443, not 8443",
        ),
        (
            "http://cloud.konghq.com",
            Protocol::Tcp,
            "this host is allowed on port 443, not 80",
        ),
        (
            "cloud.konghq.com",
            Protocol::Udp,
            "port 443 is allowed over tcp, not udp",
        ),
        (
            "ffffffffff.us.cp0.konghq.com",
            Protocol::Tcp,
            "another control plane: the control plane DNS prefix is 9e0353434a, this host's is ffffffffff",
        ),
        (
            "FFFFFFFFFF.us.tp0.konghq.com.",
            Protocol::Tcp,
            "another control plane: the control plane DNS prefix is 9e0353434a, this host's is FFFFFFFFFF",
        ),
        (
            "https://aaaaaaaaaaaa.us.portal.konghq.com/",
            Protocol::Tcp,
            "another Dev Portal: the portal ID is d6a3e6b6bc64, this host's is aaaaaaaaaaaa",
        ),
        (
            "9e0353434a.eu.cp0.konghq.com",
            Protocol::Tcp,
            "the geo is us, this host is eu",
        ),
        (
            "eu.api.konghq.com:443",
            Protocol::Tcp,
            "the geo is us, this host is eu",
        ),
        (
            "9e0353434a.us.cp.konghq.com",
            Protocol::Tcp,
            "another edition's spelling: aug2026 writes this host so, these requirements follow apr2025",
        ),
        (
            "d6a3e6b6bc64.us.kongportals.com",
            Protocol::Tcp,
            "another edition's spelling: aug2026 writes this host so, these requirements follow apr2025",
        ),
        (
            "us.mesh.sync.konghq.com",
            Protocol::Tcp,
            "these requirements include no Mesh Manager sync host (product mesh not chosen)",
        ),
        (
            "us.kic.api.konghq.com",
            Protocol::Tcp,
            "these requirements include no Kong Ingress Controller in Konnect mode host (product ingress-controller not chosen)",
        ),
        (
            "us.svc.konghq.com",
            Protocol::Tcp,
            "these requirements include no control plane and telemetry over AWS PrivateLink host",
        ),
        ("www.example.com", Protocol::Tcp, "not a Konnect host"),
        (
            "https://9e0353434a.us.cp0.konghq.com.evil.com",
            Protocol::Tcp,
            "not a Konnect host",
        ),
    ];
    for (address, protocol, expected) in cases {
        assert_eq!(
            refusal_text(&us, address, protocol),
            expected,
            "{address:?}"
        );
    }
}

/// Refusals that need other inputs: PrivateLink, the global mesh host, an
/// auth server, a geo the edition lacks.
#[test]
fn refusal_reasons_of_options() {
    let link = Requirements::from_control_plane_endpoint("us.svc.konghq.com/cp/9e0353434a")
        .unwrap()
        .build()
        .unwrap();
    assert!(matches!(
        link.check_address("9e0353434a.us.cp0.konghq.com", Protocol::Tcp),
        Err(Refusal::OverPrivateLink {
            endpoint: Endpoint::ControlPlane,
            ..
        })
    ));
    assert_eq!(
        refusal_text(&link, "9e0353434a.us.tp0.konghq.com", Protocol::Tcp),
        "the control plane: data plane telemetry is reached over AWS PrivateLink in these requirements"
    );
    let global = Requirements::for_geo(Geo::Eu)
        .with_mesh(Mesh::Global)
        .build()
        .unwrap();
    assert_eq!(
        refusal_text(&global, "eu.mesh.sync.konghq.com", Protocol::Tcp),
        "another Mesh Manager sync host than these requirements allow (global.mesh.sync.konghq.com)"
    );
    let identity = Requirements::for_geo(Geo::Eu)
        .with_edition(Edition::Aug2026)
        .with_auth_server_id("a93xltvowjk8m1qe")
        .build()
        .unwrap();
    assert_eq!(
        refusal_text(
            &identity,
            "0b3k9d2m4n6p8r1t.eu.identity.konghq.com",
            Protocol::Tcp
        ),
        "another auth server: the auth server ID is a93xltvowjk8m1qe, this host's is 0b3k9d2m4n6p8r1t"
    );
    // Singapore is listed from Aug2026 on: its hosts are another geo's
    // for an Apr2025 requirement of the US.
    let us = Requirements::for_geo(Geo::Us).build().unwrap();
    assert_eq!(
        refusal_text(&us, "sg.api.konghq.com", Protocol::Tcp),
        "the geo is us, this host is sg"
    );
}

/// Port-only questions, over every edition.
#[test]
fn ports() {
    for edition in Edition::ALL {
        let req = Requirements::for_geo(Geo::Eu)
            .with_edition(*edition)
            .build()
            .unwrap();
        for port in Port::ALL {
            for protocol in Protocol::ALL {
                let expected = *port != Port::Cluster
                    && port.is_in(*edition)
                    && port.transports().contains(protocol);
                assert_eq!(
                    req.allows_port(port.number(), *protocol),
                    expected,
                    "{port} {protocol} {edition}"
                );
                let checked = req.check_port(port.number(), *protocol);
                assert_eq!(checked.is_ok(), expected);
                if let Ok(rule) = checked {
                    assert_eq!(rule.to_string(), format!("{}/{protocol}", port.number()));
                    assert_eq!(rule.host(), None);
                }
            }
        }
    }
}

#[test]
fn port_refusals() {
    let apr = Requirements::for_geo(Geo::Eu).build().unwrap();
    let text = |req: &Requirements, port: u16, protocol: Protocol| {
        req.check_port(port, protocol).unwrap_err().to_string()
    };
    assert_eq!(
        text(&apr, 20010, Protocol::Udp),
        "port 20010 (audit-logging-20010) is listed from aug2026 on, these requirements follow apr2025"
    );
    assert_eq!(
        text(&apr, 8000, Protocol::Udp),
        "port 8000 is allowed over tcp, not udp"
    );
    assert_eq!(
        text(&apr, 443, Protocol::Tcp),
        "port 443 is allowed only to Konnect's hosts; ask about a host"
    );
    assert_eq!(text(&apr, 9999, Protocol::Tcp), "no rule allows 9999/tcp");
    let mesh_only = Requirements::for_geo(Geo::Eu)
        .with_products([Product::Mesh])
        .build()
        .unwrap();
    assert_eq!(
        text(&mesh_only, 8443, Protocol::Tcp),
        "port 8443 (proxy-https) is not in these requirements (listeners given, or product \
         api-gateway not chosen)"
    );
    let own = Requirements::for_geo(Geo::Eu)
        .with_listeners(["https:443".parse::<Listener>().unwrap()])
        .build()
        .unwrap();
    assert!(own.allows_port(443, Protocol::Tcp));
    assert!(!own.allows_port(8443, Protocol::Tcp));
    assert_eq!(
        own.check_port(443, Protocol::Tcp).unwrap().to_string(),
        "443/tcp"
    );
}

/// A set answers with any member's rule, or its nearest refusal.
#[test]
fn set_refusals() {
    let eu = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .unwrap();
    let us = Requirements::for_geo(Geo::Us)
        .with_edition(Edition::Aug2026)
        .with_cp_prefix("9e0353434a")
        .build()
        .unwrap();
    let set: RequirementsSet = [eu, us].into_iter().collect();
    assert!(set.allows_address("https://9e0353434a.us.cp.konghq.com", Protocol::Tcp));
    assert!(set.allows_address("a1b2c3d4e5.eu.tp0.konghq.com:443", Protocol::Tcp));
    assert!(set.allows_port(20010, Protocol::Tcp));
    assert_eq!(
        set.check_address("a1b2c3d4e5.eu.cp0.konghq.com", Protocol::Tcp)
            .unwrap()
            .to_string(),
        "a1b2c3d4e5.eu.cp0.konghq.com:443/tcp"
    );
    // The US member is nearest: another prefix, not another geo.
    let refused = set
        .check_address("ffffffffff.us.cp.konghq.com", Protocol::Tcp)
        .unwrap_err();
    assert_eq!(
        refused.to_string(),
        "another control plane: the control plane DNS prefix is 9e0353434a, this host's is ffffffffff"
    );
    assert_eq!(refused.nearness(), 1);
    let refused = set
        .check_address("a1b2c3d4e5.eu.cp0.konghq.com:8443", Protocol::Tcp)
        .unwrap_err();
    assert_eq!(
        refused.to_string(),
        "this host is allowed on port 443, not 8443"
    );
    assert_eq!(
        set.check_port(9999, Protocol::Udp).unwrap_err().to_string(),
        "no rule allows 9999/udp"
    );
    let empty = RequirementsSet::new();
    assert!(matches!(
        empty.check_address("cloud.konghq.com", Protocol::Tcp),
        Err(Refusal::NotIncluded {
            endpoint: Endpoint::Platform,
            ..
        })
    ));
    assert_eq!(
        empty.check_address("example.com", Protocol::Tcp),
        Err(Refusal::NotKonnect)
    );
}
