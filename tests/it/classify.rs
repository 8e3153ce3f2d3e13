//! `classify`: every hostname form of both editions, the hostile near-misses,
//! and the round trip of every host the builder can produce.

use konnect_netreq::{Edition, Endpoint, Geo, Requirements, classify};

type Found<'a> = (
    Endpoint,
    Option<Geo>,
    Option<&'a str>,
    Option<&'a str>,
    Option<Edition>,
);

#[track_caller]
fn found(
    host: &str,
) -> (
    Endpoint,
    Option<Geo>,
    Option<&str>,
    Option<&str>,
    Option<Edition>,
) {
    let c = classify(host).unwrap_or_else(|| panic!("{host:?} not classified"));
    (
        c.endpoint(),
        c.geo(),
        c.cp_prefix(),
        c.portal_id(),
        c.edition(),
    )
}

#[test]
fn every_form_of_every_endpoint() {
    use Endpoint::*;
    let apr = Some(Edition::Apr2025);
    let aug = Some(Edition::Aug2026);
    let cases: &[(&str, Found<'static>)] = &[
        ("cloud.konghq.com", (Platform, None, None, None, None)),
        ("global.api.konghq.com", (GlobalApi, None, None, None, None)),
        (
            "eu.api.konghq.com",
            (RegionalApi, Some(Geo::Eu), None, None, None),
        ),
        (
            "d6a3e6b6bc64.us.portal.konghq.com",
            (DevPortal, Some(Geo::Us), None, Some("d6a3e6b6bc64"), apr),
        ),
        (
            "d6a3e6b6bc64.us.kongportals.com",
            (DevPortal, Some(Geo::Us), None, Some("d6a3e6b6bc64"), aug),
        ),
        (
            "36fc5d01be.au.cp0.konghq.com",
            (ControlPlane, Some(Geo::Au), Some("36fc5d01be"), None, apr),
        ),
        (
            "36fc5d01be.au.cp.konghq.com",
            (ControlPlane, Some(Geo::Au), Some("36fc5d01be"), None, aug),
        ),
        (
            "36fc5d01be.me.tp0.konghq.com",
            (Telemetry, Some(Geo::Me), Some("36fc5d01be"), None, apr),
        ),
        (
            "36fc5d01be.me.tp.konghq.com",
            (Telemetry, Some(Geo::Me), Some("36fc5d01be"), None, aug),
        ),
        (
            "in.mesh.sync.konghq.com",
            (MeshSync, Some(Geo::In), None, None, None),
        ),
        (
            "global.mesh.sync.konghq.com",
            (MeshSync, None, None, None, None),
        ),
        (
            "sg.control-plane.konghq.com",
            (EventGatewayControlPlane, Some(Geo::Sg), None, None, None),
        ),
        (
            "sg.telemetry.konghq.com",
            (EventGatewayTelemetry, Some(Geo::Sg), None, None, None),
        ),
        (
            "us.identity.konghq.com",
            (Identity, Some(Geo::Us), None, None, None),
        ),
        (
            "us.kic.api.konghq.com",
            (IngressController, Some(Geo::Us), None, None, None),
        ),
        (
            "ap.svc.konghq.com",
            (PrivateLink, Some(Geo::Au), None, None, None),
        ),
        (
            "eu.svc.konghq.com",
            (PrivateLink, Some(Geo::Eu), None, None, None),
        ),
        (
            "global.svc.konghq.com",
            (PrivateLink, None, None, None, None),
        ),
        // Case and one trailing dot.
        (
            "36FC5D01BE.EU.CP0.KONGHQ.COM.",
            (ControlPlane, Some(Geo::Eu), Some("36FC5D01BE"), None, apr),
        ),
        ("Cloud.KongHQ.com.", (Platform, None, None, None, None)),
        // A prefix of 63 characters and one of 1.
        (
            "a.us.cp.konghq.com",
            (ControlPlane, Some(Geo::Us), Some("a"), None, aug),
        ),
    ];
    for (host, expected) in cases {
        assert_eq!(found(host), *expected, "{host}");
        assert_eq!(
            classify(host).unwrap().host(),
            host.strip_suffix('.').unwrap_or(host)
        );
    }
    let long = format!("{}.us.cp.konghq.com", "a".repeat(63));
    assert_eq!(classify(&long).unwrap().cp_prefix(), Some(&long[..63]));
}

#[test]
fn anything_not_exactly_a_konnect_hostname_is_none() {
    let too_long_label = format!("{}.us.cp.konghq.com", "a".repeat(64));
    let too_long_host = format!("{}.{}.us.api.konghq.com", "a".repeat(63), "b".repeat(63));
    for host in [
        "",
        ".",
        "com",
        "konghq.com",
        "api.konghq.com",
        "cp0.konghq.com",
        "us.cp0.konghq.com",            // no prefix
        "x.y.us.cp0.konghq.com",        // extra label
        "x.us.cp0.konghq.com.evil.com", // suffix trick
        "x.us.cp0.konghq.com..",        // two trailing dots
        ".x.us.cp0.konghq.com",         // empty first label
        "x..us.cp0.konghq.com",
        "x.xx.cp0.konghq.com",     // unknown geo
        "x.global.cp0.konghq.com", // global is no geo here
        "*.us.cp0.konghq.com",     // wildcard
        "-x.us.cp0.konghq.com",    // bad label
        "x-.us.cp0.konghq.com",
        "xn--80ak6aa92e.us.cp0.konghq.com", // IDNA label
        "x_y.us.cp0.konghq.com",
        "x y.us.cp0.konghq.com",
        "x\n.us.cp0.konghq.com",
        "x\0.us.cp0.konghq.com",
        "x.us.cp0.konghq.com:443",     // port
        "https://x.us.cp0.konghq.com", // URL
        "x.us.cp0.konghq.com/",
        "user@x.us.cp0.konghq.com",
        "evilkonghq.com",
        "cloud.evilkonghq.com",
        "cloud.konghq.co",
        "cloud.konghq.com.au",
        "x.cloud.konghq.com",
        "x.global.api.konghq.com",
        "x.eu.api.konghq.com",
        "kic.api.konghq.com",
        "x.eu.kic.api.konghq.com",
        "eu.portal.konghq.com",
        "eu.kongportals.com",
        "mesh.sync.konghq.com",
        "eu.sync.konghq.com",
        "eu.mesh.konghq.com",
        "xx.mesh.sync.konghq.com",
        "au.svc.konghq.com", // PrivateLink writes Australia as ap
        "ap.api.konghq.com",
        "x.y.eu.identity.konghq.com",
        "x.global.identity.konghq.com",
        "x.edge.eu.kongportals.com",
        "x.y.edge.eu.portal.konghq.com",
        "x.preview.eu.api.konghq.com",
        "portal-preview.eu.api.konghq.com",
        "eu.cp.konghq.com",
        "еu.api.konghq.com",   // Cyrillic е
        "ｅｕ.api.konghq.com", // full-width
        "eu.api.konghq.com\u{200b}",
        "eu%2eapi.konghq.com",
        &too_long_label,
        &too_long_host,
    ] {
        assert_eq!(classify(host), None, "{host:?}");
    }
}

#[test]
fn every_host_the_builder_produces_round_trips() {
    let mut checked = std::collections::BTreeSet::new();
    for &edition in Edition::ALL {
        for &geo in edition.geos() {
            let mut builder = Requirements::for_geo(geo)
                .with_edition(edition)
                .with_cp_prefix("36fc5d01be")
                .with_portal_id("d6a3e6b6bc64")
                .with_ingress_controller();
            if edition == Edition::Aug2026 {
                builder = builder
                    .with_event_gateway()
                    .with_auth_server_id("a93xltvowjk8m1qe");
            }
            // Aug2026 has no global mesh sync host (2998dd7cb), Apr2025 no
            // PrivateLink host for India (fc030a953).
            let mesh = if edition.has_global_mesh_sync() {
                builder.clone().with_mesh(konnect_netreq::Mesh::Global)
            } else {
                builder.clone().with_mesh(konnect_netreq::Mesh::Regional)
            };
            let mut builders = vec![mesh];
            if edition.private_link_geos().contains(&geo) {
                builders.push(builder.clone().with_private_link());
            }
            if edition.has_global_private_link() {
                builders.push(builder.clone().with_global_private_link());
            }
            for builder in builders {
                let req = builder.build().unwrap();
                for (endpoint, host) in req.hosts() {
                    let c = classify(host.as_str()).unwrap_or_else(|| panic!("{host}"));
                    assert_eq!(c.endpoint(), endpoint, "{host}");
                    let expected_geo = match endpoint {
                        Endpoint::Platform | Endpoint::GlobalApi => None,
                        _ if host.as_str().starts_with("global.") => None,
                        _ => Some(geo),
                    };
                    assert_eq!(c.geo(), expected_geo, "{host}");
                    let expected_prefix =
                        matches!(endpoint, Endpoint::ControlPlane | Endpoint::Telemetry)
                            .then_some("36fc5d01be");
                    assert_eq!(c.cp_prefix(), expected_prefix, "{host}");
                    let expected_portal =
                        (endpoint == Endpoint::DevPortal).then_some("d6a3e6b6bc64");
                    assert_eq!(c.portal_id(), expected_portal, "{host}");
                    let expected_auth_server = (endpoint == Endpoint::Identity
                        && host.as_str().starts_with("a93"))
                    .then_some("a93xltvowjk8m1qe");
                    assert_eq!(c.auth_server_id(), expected_auth_server, "{host}");
                    if let Some(form) = c.edition() {
                        assert_eq!(form, edition, "{host}");
                    }
                    assert!(req.allows(host.as_str(), 443, konnect_netreq::Protocol::Tcp));
                    checked.insert(endpoint);
                }
            }
        }
    }
    // Every kind of endpoint was among them.
    let missing: Vec<&Endpoint> = Endpoint::ALL
        .iter()
        .filter(|endpoint| !checked.contains(endpoint))
        .collect();
    assert!(missing.is_empty(), "no host checked for {missing:?}");
}

#[test]
fn classified_borrows_without_copying() {
    let line = String::from("ABC.eu.cp.konghq.com");
    let c = classify(&line).unwrap();
    let prefix = c.cp_prefix().unwrap();
    assert_eq!(prefix, "ABC");
    assert!(std::ptr::eq(prefix.as_ptr(), line.as_ptr()));
}

/// Addresses in the shapes Kong's docs, Helm values, Terraform, API
/// responses and plugin configurations write them, with what
/// `classify_address` finds: endpoint, geo, identifier and port.
#[test]
fn classify_address_takes_the_forms_users_hold() {
    use konnect_netreq::classify_address;
    type Found<'a> = (Endpoint, Option<Geo>, Option<&'a str>, Option<u16>);
    let cases: &[(&str, Found)] = &[
        // The Control Planes API: control_plane_endpoint, telemetry_endpoint.
        (
            "https://9e0353434a.us.cp.konghq.com",
            (
                Endpoint::ControlPlane,
                Some(Geo::Us),
                Some("9e0353434a"),
                Some(443),
            ),
        ),
        (
            "https://9e0353434a.us.tp0.konghq.com/",
            (
                Endpoint::Telemetry,
                Some(Geo::Us),
                Some("9e0353434a"),
                Some(443),
            ),
        ),
        // kong.conf and KONG_* values.
        (
            "36fc5d01be.eu.cp0.konghq.com:443",
            (
                Endpoint::ControlPlane,
                Some(Geo::Eu),
                Some("36fc5d01be"),
                Some(443),
            ),
        ),
        (
            "36fc5d01be.eu.tp.konghq.com:443",
            (
                Endpoint::Telemetry,
                Some(Geo::Eu),
                Some("36fc5d01be"),
                Some(443),
            ),
        ),
        // kong.conf's PrivateLink forms.
        (
            "us.svc.konghq.com/cp/36fc5d01be",
            (Endpoint::PrivateLink, Some(Geo::Us), None, None),
        ),
        (
            "ap.svc.konghq.com:443/tp/36fc5d01be",
            (Endpoint::PrivateLink, Some(Geo::Au), None, Some(443)),
        ),
        // decK and Terraform: the regional API with a path.
        (
            "https://us.api.konghq.com/v2/control-planes?page%5Bsize%5D=10",
            (Endpoint::RegionalApi, Some(Geo::Us), None, Some(443)),
        ),
        (
            "https://global.api.konghq.com/v3/users/me",
            (Endpoint::GlobalApi, None, None, Some(443)),
        ),
        // A Mesh zone's global address.
        (
            "grpcs://eu.mesh.sync.konghq.com:443",
            (Endpoint::MeshSync, Some(Geo::Eu), None, Some(443)),
        ),
        (
            "grpc://au.mesh.sync.konghq.com",
            (Endpoint::MeshSync, Some(Geo::Au), None, None),
        ),
        // The Kong Ingress Controller's --konnect-address.
        (
            "https://us.kic.api.konghq.com",
            (Endpoint::IngressController, Some(Geo::Us), None, Some(443)),
        ),
        // A plugin's introspection endpoint (oauth2-introspection).
        (
            "https://a93xltvowjk8m1qe.us.identity.konghq.com/auth/introspect",
            (
                Endpoint::Identity,
                Some(Geo::Us),
                Some("a93xltvowjk8m1qe"),
                Some(443),
            ),
        ),
        (
            "https://eu.identity.konghq.com/auth",
            (Endpoint::Identity, Some(Geo::Eu), None, Some(443)),
        ),
        // Dev Portal domains, with a path and fragment; user information is ignored.
        (
            "https://d6a3e6b6bc64.us.kongportals.com/apis#top",
            (
                Endpoint::DevPortal,
                Some(Geo::Us),
                Some("d6a3e6b6bc64"),
                Some(443),
            ),
        ),
        (
            "http://d6a3e6b6bc64.edge.eu.portal.konghq.com",
            (
                Endpoint::DevPortal,
                Some(Geo::Eu),
                Some("d6a3e6b6bc64"),
                Some(80),
            ),
        ),
        (
            "https://d6a3e6b6bc64.portal-preview.us.api.konghq.com/login",
            (
                Endpoint::DevPortal,
                Some(Geo::Us),
                Some("d6a3e6b6bc64"),
                Some(443),
            ),
        ),
        (
            "wss://user:secret@eu.api.konghq.com:8443/ws",
            (Endpoint::RegionalApi, Some(Geo::Eu), None, Some(8443)),
        ),
        (
            "TLS://CLOUD.KONGHQ.COM.:443",
            (Endpoint::Platform, None, None, Some(443)),
        ),
        (
            "tcp://sg.control-plane.konghq.com:443",
            (
                Endpoint::EventGatewayControlPlane,
                Some(Geo::Sg),
                None,
                Some(443),
            ),
        ),
        (
            "ws://in.telemetry.konghq.com",
            (
                Endpoint::EventGatewayTelemetry,
                Some(Geo::In),
                None,
                Some(80),
            ),
        ),
        ("cloud.konghq.com", (Endpoint::Platform, None, None, None)),
        (
            "cloud.konghq.com:65535",
            (Endpoint::Platform, None, None, Some(65535)),
        ),
    ];
    for (input, want) in cases {
        let found = classify_address(input).unwrap_or_else(|| panic!("{input:?}"));
        let got = (
            found.endpoint(),
            found.geo(),
            found.identifier(),
            found.port_or_known_default(),
        );
        assert_eq!(got, *want, "{input:?}");
        assert!(input.contains(found.host()), "{input:?}");
        assert_eq!(found.to_string(), found.host());
    }
}

/// One port convention with `url`: `port()` is what the address writes,
/// `port_or_known_default()` fills in the scheme's default, so an explicit
/// `:443` is told from an implied one.
#[test]
fn classify_address_tells_a_written_port_from_an_implied_one() {
    use konnect_netreq::classify_address;
    let cases = [
        ("https://eu.api.konghq.com", None, Some(443)),
        ("https://eu.api.konghq.com:443", Some(443), Some(443)),
        ("https://eu.api.konghq.com:8443/x", Some(8443), Some(8443)),
        ("http://eu.api.konghq.com", None, Some(80)),
        ("ws://eu.api.konghq.com:80", Some(80), Some(80)),
        ("wss://eu.api.konghq.com", None, Some(443)),
        ("grpcs://eu.mesh.sync.konghq.com", None, Some(443)),
        ("grpc://eu.mesh.sync.konghq.com", None, None),
        ("tls://eu.api.konghq.com:443", Some(443), Some(443)),
        ("tcp://eu.api.konghq.com", None, None),
        ("eu.api.konghq.com:443", Some(443), Some(443)),
        ("eu.api.konghq.com", None, None),
        ("us.svc.konghq.com/cp/36fc5d01be", None, None),
    ];
    for (input, written, known) in cases {
        let found = classify_address(input).unwrap_or_else(|| panic!("{input:?}"));
        assert_eq!(found.port(), written, "{input:?}");
        assert_eq!(found.port_or_known_default(), known, "{input:?}");
        // The url crate agrees on its special schemes, except that its
        // `port()` drops a written port equal to the scheme's default.
        if ["http:", "https:", "ws:", "wss:"]
            .iter()
            .any(|s| input.starts_with(s))
        {
            let url = url::Url::parse(input).unwrap();
            assert_eq!(url.port_or_known_default(), known, "{input:?}");
            let scheme = input.split("://").next().unwrap();
            let default = url::Url::parse(&format!("{scheme}://h"))
                .unwrap()
                .port_or_known_default();
            assert_eq!(
                url.port(),
                written.filter(|p| Some(*p) != default),
                "{input:?}"
            );
        }
    }
    // A bare hostname has no port.
    let found = konnect_netreq::classify("eu.api.konghq.com").unwrap();
    assert_eq!((found.port(), found.port_or_known_default()), (None, None));
}

#[test]
fn classify_address_refuses_everything_else() {
    use konnect_netreq::classify_address;
    for input in [
        // User information tricks: the host is what follows the last `@`.
        "https://x.eu.cp0.konghq.com@evil.com",
        "https://x.eu.cp0.konghq.com:443@evil.com/",
        "https://evil.com@@x.eu.cp0.konghq.com\\@evil.com",
        "https://evil.com\\@x.eu.cp0.konghq.com",
        // A Konnect name only in the path, query or fragment.
        "https://evil.com/x.eu.cp0.konghq.com",
        "https://evil.com/?host=x.eu.cp0.konghq.com",
        "https://evil.com#x.eu.cp0.konghq.com",
        "evil.com/x.eu.cp0.konghq.com",
        // Ports out of range, empty or not numbers.
        "x.eu.cp0.konghq.com:",
        "x.eu.cp0.konghq.com:0",
        "x.eu.cp0.konghq.com:65536",
        "x.eu.cp0.konghq.com:443443",
        "x.eu.cp0.konghq.com:+443",
        "x.eu.cp0.konghq.com: 443",
        "x.eu.cp0.konghq.com:443:443",
        "https://x.eu.cp0.konghq.com:https",
        // IP literals and empty hosts.
        "https://[::1]:443",
        "[2001:db8::1]",
        "https://127.0.0.1",
        "10.0.0.1:443",
        "https://",
        "https://:443",
        "https:///x.eu.cp0.konghq.com",
        "",
        // Percent-encoded, full-width or ideographic dots; IDNA.
        "https://x%2eeu.cp0.konghq.com",
        "https://x.eu.cp0.konghq%2ecom",
        "https://x．eu.cp0.konghq.com",
        "https://x。eu.cp0.konghq.com",
        "https://ｘ.eu.cp0.konghq.com",
        "https://xn--80ak6aa92e.eu.cp0.konghq.com",
        // Wildcards and suffix tricks.
        "https://*.eu.cp0.konghq.com",
        "*.eu.cp0.konghq.com:443",
        "https://x.eu.cp0.konghq.com.evil.com",
        "https://evilkonghq.com",
        // Unknown or malformed schemes.
        "ftp://x.eu.cp0.konghq.com",
        "file://x.eu.cp0.konghq.com",
        "https:x.eu.cp0.konghq.com",
        "https:/x.eu.cp0.konghq.com",
        "//x.eu.cp0.konghq.com",
        "://x.eu.cp0.konghq.com",
        // White space and control characters in the authority.
        " https://x.eu.cp0.konghq.com",
        "https://x.eu.cp0.konghq.com :443",
        "https://x.eu.cp0.konghq.com\n",
        "https://x.eu.cp0\t.konghq.com",
    ] {
        assert_eq!(classify_address(input), None, "{input:?}");
    }
}

#[test]
fn singapore_hosts_are_never_apr2025() {
    // Apr2025 (`app/konnect-network.md` @ fc030a953) lists no Singapore geo,
    // so a `cp0` or `portal.konghq.com` host of `sg` belongs to no edition.
    for host in [
        "36fc5d01be.sg.cp0.konghq.com",
        "36fc5d01be.sg.tp0.konghq.com",
        "d6a3e6b6bc64.sg.portal.konghq.com",
    ] {
        let found = classify(host).unwrap();
        assert_eq!(found.geo(), Some(konnect_netreq::Geo::Sg), "{host}");
        assert_eq!(found.edition(), None, "{host}");
    }
    assert_eq!(
        classify("36fc5d01be.sg.cp.konghq.com").unwrap().edition(),
        Some(konnect_netreq::Edition::Aug2026)
    );
}
