//! `Requirements` and its builder: the builder's errors, `allows`, and
//! `from_control_plane_endpoint`. Every rule list of both editions' tables
//! for every geo is a golden file (`tests/golden/rules/`).

use crate::golden::{self, cases::Inputs};
use konnect_netreq::{Edition, Endpoint, ErrorKind, Format, Geo, Mesh, Protocol, Requirements};

#[track_caller]
fn rule_lines(req: &Requirements) -> Vec<String> {
    req.rules().map(|rule| rule.to_string()).collect()
}

/// The rule lists themselves are golden files (`tests/golden/rules/`, see
/// `golden`); here, which of them name concrete hosts only.
#[test]
fn identifiers_make_every_host_concrete_and_private_link_keeps_the_portal_wildcard() {
    for &edition in Edition::ALL {
        for &geo in edition.geos() {
            let geo_only = Inputs::new(edition, geo);
            let every = golden::builder(&geo_only.clone().with_ids().with_every_option());
            assert!(every.build().unwrap().is_concrete(), "{edition} {geo}");
            if edition.private_link_geos().contains(&geo) {
                let mut private_link = geo_only;
                private_link.private_link = true;
                let req = golden::builder(&private_link).build().unwrap();
                assert!(!req.is_concrete(), "{edition} {geo}");
            }
        }
    }
}

#[test]
fn the_seed_example() {
    let req = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .unwrap();
    assert!(!req.is_concrete());
    assert_eq!(req.geo(), Geo::Eu);
    assert_eq!(req.edition(), Edition::Apr2025);
    assert_eq!(req.cp_prefix().unwrap().as_str(), "a1b2c3d4e5");
    assert_eq!(req.portal_id(), None);
    assert_eq!(req.host(Endpoint::MeshSync), None);
    assert_eq!(
        req.host(Endpoint::DevPortal).unwrap().as_str(),
        "*.eu.portal.konghq.com"
    );
}

#[test]
fn without_identifiers_everything_per_organization_is_a_wildcard() {
    let req = Requirements::for_geo(Geo::Us)
        .with_edition(Edition::Aug2026)
        .build()
        .unwrap();
    let hosts: Vec<(Endpoint, &str)> = req.hosts().map(|(e, h)| (e, h.as_str())).collect();
    assert_eq!(
        hosts,
        [
            (Endpoint::Platform, "cloud.konghq.com"),
            (Endpoint::GlobalApi, "global.api.konghq.com"),
            (Endpoint::RegionalApi, "us.api.konghq.com"),
            (Endpoint::DevPortal, "*.us.kongportals.com"),
            (Endpoint::ControlPlane, "*.us.cp.konghq.com"),
            (Endpoint::Telemetry, "*.us.tp.konghq.com"),
        ]
    );
}

#[test]
fn identifiers_are_lower_cased() {
    let req = Requirements::for_geo(Geo::Au)
        .with_cp_prefix("A1B2C3D4E5")
        .with_portal_id(String::from("MyCompany1234"))
        .build()
        .unwrap();
    assert_eq!(
        req.host(Endpoint::ControlPlane).unwrap().as_str(),
        "a1b2c3d4e5.au.cp0.konghq.com"
    );
    assert_eq!(
        req.host(Endpoint::DevPortal).unwrap().as_str(),
        "mycompany1234.au.portal.konghq.com"
    );
}

#[test]
fn the_last_mesh_choice_wins() {
    let req = Requirements::for_geo(Geo::Eu)
        .with_mesh(Mesh::Regional)
        .with_mesh(Mesh::Global)
        .build()
        .unwrap();
    assert_eq!(
        req.host(Endpoint::MeshSync).unwrap().as_str(),
        "global.mesh.sync.konghq.com"
    );
    let req = Requirements::for_geo(Geo::Eu)
        .with_mesh(Mesh::Global)
        .with_mesh(Mesh::Regional)
        .build()
        .unwrap();
    assert_eq!(
        req.host(Endpoint::MeshSync).unwrap().as_str(),
        "eu.mesh.sync.konghq.com"
    );
}

#[track_caller]
fn build_error(builder: konnect_netreq::RequirementsBuilder) -> String {
    builder.build().unwrap_err().to_string()
}

#[test]
fn a_geo_the_edition_does_not_list_names_the_edition_that_does() {
    let err = Requirements::for_geo(Geo::Sg).build().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::GeoNotInEdition);
    assert_eq!(
        err.to_string(),
        "geo \"sg\" is not listed in edition apr2025; it is listed from edition aug2026 on"
    );
    let sg = Requirements::for_geo(Geo::Sg)
        .with_edition(Edition::Aug2026)
        .build()
        .unwrap();
    assert_eq!(
        sg.host(Endpoint::RegionalApi).map(|host| host.as_str()),
        Some("sg.api.konghq.com")
    );
}

#[test]
fn mesh_manager_where_the_edition_lists_no_mesh_host() {
    for geo in [Geo::Me, Geo::In] {
        assert_eq!(
            build_error(Requirements::for_geo(geo).with_mesh(Mesh::Regional)),
            format!(
                "edition apr2025 lists no mesh sync host for geo \"{geo}\"; \
                 expected one of au, eu, us, or the global mesh sync host"
            )
        );
        // The global host is there in every edition, and Aug2026 lists the geo.
        let mesh_host = |builder: konnect_netreq::RequirementsBuilder| {
            builder
                .build()
                .unwrap()
                .host(Endpoint::MeshSync)
                .map(|host| host.to_string())
        };
        assert_eq!(
            mesh_host(Requirements::for_geo(geo).with_mesh(Mesh::Global)),
            Some("global.mesh.sync.konghq.com".to_owned())
        );
        assert_eq!(
            mesh_host(
                Requirements::for_geo(geo)
                    .with_mesh(Mesh::Regional)
                    .with_edition(Edition::Aug2026)
            ),
            Some(format!("{geo}.mesh.sync.konghq.com"))
        );
    }
}

#[test]
fn aug2026_products_on_apr2025() {
    assert_eq!(
        build_error(Requirements::for_geo(Geo::Eu).with_event_gateway()),
        "endpoint \"event-gateway-control-plane\" is not listed in edition apr2025; \
         it is listed from edition aug2026 on"
    );
    assert_eq!(
        build_error(Requirements::for_geo(Geo::Eu).with_identity()),
        "endpoint \"identity\" is not listed in edition apr2025; it is listed from edition aug2026 on"
    );
}

#[test]
fn build_reports_the_first_invalid_input() {
    assert_eq!(
        build_error(
            Requirements::for_geo(Geo::Eu)
                .with_portal_id("bad_id")
                .with_cp_prefix("a.b")
        ),
        "invalid portal ID \"bad_id\": it contains '_'; expected one DNS label: \
         1 to 63 ASCII letters, digits or hyphens, not starting or ending with a hyphen"
    );
    // A later valid value does not hide an earlier invalid one.
    assert_eq!(
        build_error(
            Requirements::for_geo(Geo::Eu)
                .with_cp_prefix("-x")
                .with_cp_prefix("good")
        ),
        "invalid control plane DNS prefix \"-x\": it starts with a hyphen; expected one DNS label: \
         1 to 63 ASCII letters, digits or hyphens, not starting or ending with a hyphen"
    );
    // Input errors come before edition errors.
    assert_eq!(
        build_error(Requirements::for_geo(Geo::Sg).with_cp_prefix("")),
        "invalid control plane DNS prefix \"\": it is empty; expected one DNS label: \
         1 to 63 ASCII letters, digits or hyphens, not starting or ending with a hyphen"
    );
}

#[test]
fn allows_exact_hosts_on_443_tcp_only() {
    let req = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .with_portal_id("d6a3e6b6bc64")
        .build()
        .unwrap();
    for host in [
        "cloud.konghq.com",
        "global.api.konghq.com",
        "eu.api.konghq.com",
        "d6a3e6b6bc64.eu.portal.konghq.com",
        "a1b2c3d4e5.eu.cp0.konghq.com",
        "A1B2C3D4E5.EU.TP0.KONGHQ.COM.",
    ] {
        assert!(req.allows(host, 443, Protocol::Tcp), "{host}");
        assert!(!req.allows(host, 443, Protocol::Udp), "{host}");
        assert!(!req.allows(host, 8443, Protocol::Tcp), "{host}");
    }
    for host in [
        "b1b2c3d4e5.eu.cp0.konghq.com",    // another control plane
        "a1b2c3d4e5.eu.cp.konghq.com",     // the other edition's form
        "a1b2c3d4e5.us.cp0.konghq.com",    // another geo
        "us.api.konghq.com",               // another geo
        "d6a3e6b6bc64.eu.kongportals.com", // the other edition's portal
        "a1b2c3d4e5.eu.cp0.konghq.com..",  // two trailing dots
        "x.a1b2c3d4e5.eu.cp0.konghq.com",  // an extra label
        "a1b2c3d4e5.eu.cp0.konghq.com.evil.com",
        "eu.mesh.sync.konghq.com", // not asked for
        "example.com",
        "",
    ] {
        assert!(!req.allows(host, 443, Protocol::Tcp), "{host}");
    }
    // Port-only rules name no host.
    assert!(!req.allows("cloud.konghq.com", 8071, Protocol::Udp));
}

#[test]
fn a_wildcard_allows_exactly_one_label() {
    let req = Requirements::for_geo(Geo::Eu).build().unwrap();
    assert!(req.allows("anything.eu.cp0.konghq.com", 443, Protocol::Tcp));
    assert!(req.allows("x.eu.portal.konghq.com", 443, Protocol::Tcp));
    assert!(!req.allows("eu.cp0.konghq.com", 443, Protocol::Tcp));
    assert!(!req.allows("a.b.eu.cp0.konghq.com", 443, Protocol::Tcp));
    assert!(!req.allows("*.eu.cp0.konghq.com", 443, Protocol::Tcp));
    assert!(!req.allows("-x.eu.cp0.konghq.com", 443, Protocol::Tcp));
    assert!(!req.allows("x.us.cp0.konghq.com", 443, Protocol::Tcp));
}

#[test]
fn from_control_plane_endpoint_accepts_the_api_and_kong_conf_forms() {
    let cases = [
        (
            "https://36fc5d01be.us.cp0.konghq.com",
            Geo::Us,
            Edition::Apr2025,
        ),
        (
            "https://36fc5d01be.us.cp0.konghq.com/",
            Geo::Us,
            Edition::Apr2025,
        ),
        (
            "HTTPS://36FC5D01BE.US.CP0.KONGHQ.COM:443",
            Geo::Us,
            Edition::Apr2025,
        ),
        ("36fc5d01be.eu.cp.konghq.com:443", Geo::Eu, Edition::Aug2026),
        ("36fc5d01be.sg.cp.konghq.com", Geo::Sg, Edition::Aug2026),
        ("36fc5d01be.in.cp0.konghq.com.", Geo::In, Edition::Apr2025),
    ];
    for (input, geo, edition) in cases {
        let req = Requirements::from_control_plane_endpoint(input)
            .unwrap()
            .build()
            .unwrap();
        assert_eq!((req.geo(), req.edition()), (geo, edition), "{input}");
        assert_eq!(req.cp_prefix().unwrap().as_str(), "36fc5d01be", "{input}");
    }
    // The builder can still be changed.
    let req = Requirements::from_control_plane_endpoint("36fc5d01be.eu.cp.konghq.com:443")
        .unwrap()
        .with_portal_id("d6a3e6b6bc64")
        .build()
        .unwrap();
    assert_eq!(
        req.host(Endpoint::DevPortal).unwrap().as_str(),
        "d6a3e6b6bc64.eu.kongportals.com"
    );
}

#[test]
fn from_control_plane_endpoint_rejects_everything_else() {
    const EXPECTED: &str = "expected https://PREFIX.GEO.cp0.konghq.com, \
                            PREFIX.GEO.cp.konghq.com:443, GEO.svc.konghq.com/cp/PREFIX or the bare hostname";
    let cases = [
        (
            "http://36fc5d01be.us.cp0.konghq.com",
            "scheme \"http\" is not https",
        ),
        (
            "wss://36fc5d01be.us.cp0.konghq.com",
            "scheme \"wss\" is not https",
        ),
        (
            "https://36fc5d01be.us.cp0.konghq.com/path",
            "it has a path, query or fragment",
        ),
        (
            "https://36fc5d01be.us.cp0.konghq.com?x=1",
            "it has a path, query or fragment",
        ),
        (
            "https://36fc5d01be.us.cp0.konghq.com#f",
            "it has a path, query or fragment",
        ),
        (
            "36fc5d01be.us.cp0.konghq.com:8443",
            "port \"8443\" is not 443",
        ),
        ("36fc5d01be.us.cp0.konghq.com:", "port \"\" is not 443"),
        (
            "36fc5d01be.us.tp0.konghq.com",
            "it names the telemetry endpoint, not the control plane",
        ),
        (
            "us.api.konghq.com",
            "it names the regional-api endpoint, not the control plane",
        ),
        (
            "36fc5d01be.xx.cp0.konghq.com",
            "it is not a Konnect hostname",
        ),
        (
            "36fc5d01be.us.cp0.konghq.com.evil.com",
            "it is not a Konnect hostname",
        ),
        ("*.us.cp0.konghq.com", "it is not a Konnect hostname"),
        ("", "it is not a Konnect hostname"),
    ];
    for (input, problem) in cases {
        let err = Requirements::from_control_plane_endpoint(input).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("invalid control plane endpoint {input:?}: {problem}; {EXPECTED}"),
        );
    }
    assert_eq!(
        Requirements::from_control_plane_endpoint("x.sg.cp0.konghq.com")
            .unwrap_err()
            .to_string(),
        "geo \"sg\" is not listed in edition apr2025; it is listed from edition aug2026 on"
    );
}

#[test]
fn requirements_are_clone_debug_and_comparable() {
    let req = Requirements::for_geo(Geo::Me)
        .with_cp_prefix("x")
        .build()
        .unwrap();
    let copy = req.clone();
    assert_eq!(req, copy);
    let debug = format!("{req:?}");
    assert!(
        debug.starts_with(
            "Requirements { inputs: Inputs { geo: Me, edition: Apr2025, \
             cp_prefix: Some(CpPrefix(\"x\"))"
        ),
        "{debug}"
    );
}

#[test]
fn user_information_is_refused_and_never_quoted() {
    for (input, shown) in [
        (
            "https://user@x.us.cp0.konghq.com",
            "https://***@x.us.cp0.konghq.com",
        ),
        (
            "https://user:s3cret@x.us.cp0.konghq.com/p?q",
            "https://***@x.us.cp0.konghq.com/p?q",
        ),
        (
            "http://u:p@ss@x.us.cp0.konghq.com",
            "http://***@x.us.cp0.konghq.com",
        ),
        (
            "u:s3cret@x.us.cp0.konghq.com:443",
            "***@x.us.cp0.konghq.com:443",
        ),
        ("://s3cret@", "***@"),
    ] {
        let err = Requirements::from_control_plane_endpoint(input).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "invalid control plane endpoint {shown:?}: it has user information; expected \
                 https://PREFIX.GEO.cp0.konghq.com, PREFIX.GEO.cp.konghq.com:443, GEO.svc.konghq.com/cp/PREFIX or the bare hostname"
            )
        );
        assert!(!format!("{err:?}").contains("s3cret"));
    }
}

#[cfg(feature = "url")]
#[test]
fn from_control_plane_url() {
    use url::Url;
    let url = Url::parse("HTTPS://36FC5D01BE.us.cp.konghq.com:443/").unwrap();
    let req = Requirements::from_control_plane_url(&url)
        .unwrap()
        .build()
        .unwrap();
    assert_eq!((req.geo(), req.edition()), (Geo::Us, Edition::Aug2026));
    assert_eq!(req.cp_prefix().unwrap().as_str(), "36fc5d01be");

    const EXPECTED: &str = "expected https://PREFIX.GEO.cp0.konghq.com, \
                            PREFIX.GEO.cp.konghq.com:443, GEO.svc.konghq.com/cp/PREFIX or the bare hostname";
    for (input, shown, problem) in [
        (
            "http://x.us.cp0.konghq.com",
            "http://x.us.cp0.konghq.com/",
            "scheme \"http\" is not https",
        ),
        (
            "https://x.us.cp0.konghq.com:8443",
            "https://x.us.cp0.konghq.com:8443/",
            "port \"8443\" is not 443",
        ),
        (
            "https://x.us.cp0.konghq.com/a",
            "https://x.us.cp0.konghq.com/a",
            "it has a path, query or fragment",
        ),
        (
            "https://x.us.cp0.konghq.com/?a",
            "https://x.us.cp0.konghq.com/?a",
            "it has a path, query or fragment",
        ),
        (
            "https://x.us.cp0.konghq.com/#a",
            "https://x.us.cp0.konghq.com/#a",
            "it has a path, query or fragment",
        ),
        (
            "https://u:s3cret@x.us.cp0.konghq.com",
            "https://***@x.us.cp0.konghq.com/",
            "it has user information",
        ),
        (
            "https://x.us.tp0.konghq.com",
            "https://x.us.tp0.konghq.com/",
            "it names the telemetry endpoint, not the control plane",
        ),
        (
            "https://127.0.0.1",
            "https://127.0.0.1/",
            "it is not a Konnect hostname",
        ),
        (
            "https://[::1]",
            "https://[::1]/",
            "it is not a Konnect hostname",
        ),
        (
            "https://xn--e1afmkfd.us.cp0.konghq.com",
            "https://xn--e1afmkfd.us.cp0.konghq.com/",
            "it is not a Konnect hostname",
        ),
    ] {
        let url = Url::parse(input).unwrap();
        assert_eq!(
            Requirements::from_control_plane_url(&url)
                .unwrap_err()
                .to_string(),
            format!("invalid control plane endpoint {shown:?}: {problem}; {EXPECTED}"),
            "{input}"
        );
    }
}

const TP_EXPECTED: &str = "expected https://PREFIX.GEO.tp0.konghq.com, \
                           PREFIX.GEO.tp.konghq.com:443, GEO.svc.konghq.com:443/tp/PREFIX \
                           or the bare hostname";

/// The Control Planes API may pair a `cp` control plane host with a `tp0`
/// telemetry host (its v2 examples since 1c5992f0d); both are kept.
#[test]
fn the_hosts_the_api_names_are_kept() {
    let req = Requirements::from_control_plane_endpoint("https://9e0353434a.us.cp.konghq.com")
        .unwrap()
        .with_telemetry_endpoint("https://9e0353434a.us.tp0.konghq.com")
        .build()
        .unwrap();
    assert_eq!((req.geo(), req.edition()), (Geo::Us, Edition::Aug2026));
    assert_eq!(
        rule_lines(&req)[4..6],
        [
            "9e0353434a.us.cp.konghq.com:443/tcp",
            "9e0353434a.us.tp0.konghq.com:443/tcp"
        ]
    );
    assert!(req.allows("9e0353434a.us.tp0.konghq.com", 443, Protocol::Tcp));
    assert!(!req.allows("9e0353434a.us.tp.konghq.com", 443, Protocol::Tcp));
    // Every form of the telemetry address, with a geo and prefix of their own.
    for input in [
        "9e0353434a.us.tp0.konghq.com",
        "9E0353434A.US.TP0.KONGHQ.COM.",
        "9e0353434a.us.tp0.konghq.com:443",
        "https://9e0353434a.us.tp0.konghq.com:443/",
    ] {
        let req = Requirements::for_geo(Geo::Us)
            .with_cp_prefix("9e0353434a")
            .with_edition(Edition::Aug2026)
            .with_telemetry_endpoint(input)
            .build()
            .unwrap();
        assert_eq!(
            req.host(Endpoint::Telemetry).unwrap().as_str(),
            "9e0353434a.us.tp0.konghq.com",
            "{input}"
        );
        assert_eq!(
            req.host(Endpoint::ControlPlane).unwrap().as_str(),
            "9e0353434a.us.cp.konghq.com",
            "{input}"
        );
    }
    // The control plane host is kept as given, whatever the edition.
    let req = Requirements::from_control_plane_endpoint("36fc5d01be.eu.cp0.konghq.com:443")
        .unwrap()
        .with_edition(Edition::Aug2026)
        .build()
        .unwrap();
    assert_eq!(
        req.host(Endpoint::ControlPlane).unwrap().as_str(),
        "36fc5d01be.eu.cp0.konghq.com"
    );
    assert_eq!(
        req.host(Endpoint::Telemetry).unwrap().as_str(),
        "36fc5d01be.eu.tp.konghq.com"
    );
}

/// kong.conf's PrivateLink forms (`app/gateway/aws-private-link.md`) read
/// back into the requirements that wrote them.
#[test]
fn private_link_addresses_read_back() {
    for (cp, tp, geo, link) in [
        (
            "us.svc.konghq.com/cp/36fc5d01be",
            "us.svc.konghq.com:443/tp/36fc5d01be",
            Geo::Us,
            "us.svc.konghq.com",
        ),
        (
            "ap.svc.konghq.com:443/cp/36fc5d01be",
            "ap.svc.konghq.com/tp/36fc5d01be",
            Geo::Au,
            "ap.svc.konghq.com",
        ),
    ] {
        let req = Requirements::from_control_plane_endpoint(cp)
            .unwrap()
            .with_telemetry_endpoint(tp)
            .build()
            .unwrap();
        assert_eq!(req.geo(), geo);
        assert_eq!(req.cp_prefix().unwrap().as_str(), "36fc5d01be");
        assert_eq!(req.host(Endpoint::PrivateLink).unwrap().as_str(), link);
        assert_eq!(req.host(Endpoint::ControlPlane), None);
        let config = req.data_plane_config().unwrap();
        let settings: Vec<(&str, &str)> = config.settings().collect();
        let value = |name: &str| settings.iter().find(|(n, _)| *n == name).unwrap().1;
        let again = Requirements::from_control_plane_endpoint(value("cluster_control_plane"))
            .unwrap()
            .with_telemetry_endpoint(value("cluster_telemetry_endpoint"))
            .build()
            .unwrap();
        assert_eq!(again, req);
    }
}

#[test]
fn given_addresses_must_belong_to_the_requirements() {
    let cp = |input: &str| Requirements::from_control_plane_endpoint(input).unwrap();
    let cases = [
        (
            cp("https://9e0353434a.us.cp.konghq.com")
                .with_telemetry_endpoint("https://0000000000.us.tp0.konghq.com"),
            "invalid telemetry endpoint \"https://0000000000.us.tp0.konghq.com\": its control \
             plane DNS prefix \"0000000000\" is not the requirements' \"9e0353434a\"",
        ),
        (
            cp("https://9e0353434a.us.cp.konghq.com")
                .with_telemetry_endpoint("9e0353434a.eu.tp.konghq.com"),
            "invalid telemetry endpoint \"9e0353434a.eu.tp.konghq.com\": its geo \"eu\" is not \
             the requirements' geo \"us\"",
        ),
        (
            Requirements::for_geo(Geo::Us).with_telemetry_endpoint("9e0353434a.us.tp.konghq.com"),
            "invalid telemetry endpoint \"9e0353434a.us.tp.konghq.com\": the requirements have \
             no control plane DNS prefix to match it",
        ),
        (
            cp("https://9e0353434a.us.cp.konghq.com")
                .with_telemetry_endpoint("us.svc.konghq.com:443/tp/9e0353434a"),
            "invalid telemetry endpoint \"us.svc.konghq.com:443/tp/9e0353434a\": it is a \
             PrivateLink address, but PrivateLink is not chosen",
        ),
        (
            cp("us.svc.konghq.com/cp/9e0353434a")
                .with_telemetry_endpoint("9e0353434a.us.tp.konghq.com"),
            "invalid telemetry endpoint \"9e0353434a.us.tp.konghq.com\": it is not a \
             PrivateLink address, but PrivateLink is chosen",
        ),
        (
            cp("https://9e0353434a.us.cp.konghq.com").with_cp_prefix("a1b2c3d4e5"),
            "invalid control plane endpoint \"https://9e0353434a.us.cp.konghq.com\": its control \
             plane DNS prefix \"9e0353434a\" is not the requirements' \"a1b2c3d4e5\"",
        ),
        (
            cp("https://9e0353434a.us.cp.konghq.com").with_private_link(),
            "invalid control plane endpoint \"https://9e0353434a.us.cp.konghq.com\": it is not a \
             PrivateLink address, but PrivateLink is chosen",
        ),
    ];
    for (builder, message) in cases {
        let err = builder.build().unwrap_err();
        let expected = if message.starts_with("invalid telemetry") {
            format!("{message}; {TP_EXPECTED}")
        } else {
            format!(
                "{message}; expected https://PREFIX.GEO.cp0.konghq.com, \
                 PREFIX.GEO.cp.konghq.com:443, GEO.svc.konghq.com/cp/PREFIX or the bare hostname"
            )
        };
        assert_eq!(err.to_string(), expected);
    }
    for (input, problem) in [
        (
            "36fc5d01be.us.cp.konghq.com",
            "it names the control-plane endpoint, not the telemetry endpoint",
        ),
        (
            "http://36fc5d01be.us.tp.konghq.com",
            "scheme \"http\" is not https",
        ),
        (
            "36fc5d01be.us.tp.konghq.com:8443",
            "port \"8443\" is not 443",
        ),
        (
            "36fc5d01be.us.tp.konghq.com/x",
            "it has a path, query or fragment",
        ),
        (
            "us.svc.konghq.com:443/cp/36fc5d01be",
            "a PrivateLink address needs the path \"/tp/PREFIX\"",
        ),
        (
            "us.svc.konghq.com:443/tp/a.b",
            "invalid control plane DNS prefix \"a.b\": it contains '.'; expected one DNS label: \
             1 to 63 ASCII letters, digits or hyphens, not starting or ending with a hyphen",
        ),
        ("global.svc.konghq.com:443/tp/36fc5d01be", "it names no geo"),
        ("[::1]:443", "it is not a Konnect hostname"),
    ] {
        let err = Requirements::for_geo(Geo::Us)
            .with_telemetry_endpoint(input)
            .build()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("invalid telemetry endpoint {input:?}: {problem}; {TP_EXPECTED}"),
        );
    }
    // What follows the first `:` of an authority without `@` is hidden
    // unless it is a number: here the URL reader takes `https` for the host
    // and the rest for a port, which could as well have been a password.
    let err = Requirements::for_geo(Geo::Us)
        .with_telemetry_endpoint("https:36fc5d01be.us.tp.konghq.com")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "invalid telemetry endpoint \"https:***\": scheme \"https\" is not followed by \"//\"; \
             {TP_EXPECTED}"
        ),
    );
    let err = Requirements::for_geo(Geo::Us)
        .with_telemetry_endpoint("https://u:s3cret@36fc5d01be.us.tp.konghq.com")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "invalid telemetry endpoint \"https://***@36fc5d01be.us.tp.konghq.com\": it has user \
             information; {TP_EXPECTED}"
        )
    );
}

#[test]
fn kong_identity_auth_servers() {
    let req = Requirements::for_geo(Geo::Us)
        .with_edition(Edition::Aug2026)
        .with_identity()
        .build()
        .unwrap();
    let identity: Vec<&str> = req
        .hosts()
        .filter(|(endpoint, _)| *endpoint == Endpoint::Identity)
        .map(|(_, host)| host.as_str())
        .collect();
    assert_eq!(
        identity,
        ["us.identity.konghq.com", "*.us.identity.konghq.com"]
    );
    assert!(!req.is_concrete());
    assert!(req.allows(
        "a93xltvowjk8m1qe.us.identity.konghq.com",
        443,
        Protocol::Tcp
    ));
    assert!(req.allows("us.identity.konghq.com", 443, Protocol::Tcp));
    assert!(!req.allows("x.y.us.identity.konghq.com", 443, Protocol::Tcp));

    // Named auth servers replace the wildcard; a repeated ID is kept once.
    let req = Requirements::for_geo(Geo::Us)
        .with_edition(Edition::Aug2026)
        .with_auth_server_id("A93XLTVOWJK8M1QE")
        .with_auth_server_id("k7sbq2n8x4tdlmwz")
        .with_auth_server_id("a93xltvowjk8m1qe")
        .build()
        .unwrap();
    let ids: Vec<&str> = req.auth_server_ids().iter().map(|id| id.as_str()).collect();
    assert_eq!(ids, ["a93xltvowjk8m1qe", "k7sbq2n8x4tdlmwz"]);
    assert_eq!(
        rule_lines(&req)[6..9],
        [
            "us.identity.konghq.com:443/tcp",
            "a93xltvowjk8m1qe.us.identity.konghq.com:443/tcp",
            "k7sbq2n8x4tdlmwz.us.identity.konghq.com:443/tcp",
        ]
    );
    assert!(req.allows(
        "K7SBQ2N8X4TDLMWZ.us.identity.konghq.com.",
        443,
        Protocol::Tcp
    ));
    assert!(!req.allows(
        "zzzzzzzzzzzzzzzz.us.identity.konghq.com",
        443,
        Protocol::Tcp
    ));

    assert_eq!(
        Requirements::for_geo(Geo::Us)
            .with_auth_server_id("a93xltvowjk8m1qe")
            .build()
            .unwrap_err()
            .to_string(),
        "endpoint \"identity\" is not listed in edition apr2025; it is listed from edition \
         aug2026 on"
    );
    assert_eq!(
        Requirements::for_geo(Geo::Us)
            .with_edition(Edition::Aug2026)
            .with_auth_server_id("a_b")
            .build()
            .unwrap_err()
            .to_string(),
        "invalid auth server ID \"a_b\": it contains '_'; expected one DNS label: 1 to 63 ASCII \
         letters, digits or hyphens, not starting or ending with a hyphen"
    );
}

#[test]
fn with_mesh_is_the_one_mesh_choice() {
    for (mesh, host) in [
        (Mesh::Regional, "eu.mesh.sync.konghq.com"),
        (Mesh::Global, "global.mesh.sync.konghq.com"),
    ] {
        let req = Requirements::for_geo(Geo::Eu)
            .with_mesh(mesh)
            .build()
            .unwrap();
        assert_eq!(req.mesh(), Some(mesh));
        assert_eq!(req.host(Endpoint::MeshSync).unwrap().as_str(), host);
    }
    let shorthand = Requirements::for_geo(Geo::Eu)
        .with_mesh(Mesh::Regional)
        .build()
        .unwrap();
    let long = Requirements::for_geo(Geo::Eu)
        .with_mesh(Mesh::Global)
        .with_mesh(Mesh::Regional)
        .build()
        .unwrap();
    assert_eq!(shorthand, long);
    assert_eq!(Mesh::ALL, [Mesh::Regional, Mesh::Global]);
    assert_eq!(
        "local".parse::<Mesh>().unwrap_err().to_string(),
        "unrecognized mesh \"local\": expected one of regional, global"
    );
}

#[test]
fn private_link_regions_follow_each_editions_guide() {
    // `app/dedicated-cloud-gateways/aws-private-link.md` @ fc030a953
    // (2025-04-02) lists ap, eu, me and us; India came with a29d83da5
    // (2025-05-05), so Apr2025 has no `in.svc.konghq.com`.
    assert_eq!(
        build_error(Requirements::for_geo(Geo::In).with_private_link()),
        "edition apr2025 lists no PrivateLink host for geo \"in\"; expected one of au, eu, me, us"
    );
    let req = Requirements::for_geo(Geo::In)
        .with_edition(Edition::Aug2026)
        .with_private_link()
        .build()
        .unwrap();
    assert_eq!(
        req.host(Endpoint::PrivateLink).unwrap().as_str(),
        "in.svc.konghq.com"
    );
    // The global host (a2642deb9) is in the Aug2026 guide and later.
    let with_global: Vec<&str> = Edition::ALL
        .iter()
        .filter(|edition| edition.has_global_private_link())
        .map(|edition| edition.as_str())
        .collect();
    assert_eq!(with_global.first(), Some(&"aug2026"));
    assert_eq!(
        build_error(Requirements::for_geo(Geo::Eu).with_global_private_link()),
        format!(
            "edition apr2025 lists no global host of endpoint \"private-link\"; \
             expected the geo's own host, or edition {}",
            with_global.join(", ")
        )
    );
    // Alone it adds a rule and leaves the control plane hosts in place.
    let req = Requirements::for_geo(Geo::Eu)
        .with_edition(Edition::Aug2026)
        .with_cp_prefix("a1b2c3d4e5")
        .with_global_private_link()
        .build()
        .unwrap();
    assert_eq!(
        rule_lines(&req)[4..7],
        [
            "a1b2c3d4e5.eu.cp.konghq.com:443/tcp",
            "a1b2c3d4e5.eu.tp.konghq.com:443/tcp",
            "global.svc.konghq.com:443/tcp",
        ]
    );
    // The data plane keeps connecting to its control plane directly.
    let settings: Vec<(&str, String)> = req
        .data_plane_config()
        .unwrap()
        .settings()
        .map(|(name, value)| (name, value.to_owned()))
        .collect();
    assert_eq!(
        settings[3],
        (
            "cluster_control_plane",
            "a1b2c3d4e5.eu.cp.konghq.com:443".to_owned()
        )
    );
    // A PrivateLink address of India reads back as Aug2026.
    let req = Requirements::from_control_plane_endpoint("in.svc.konghq.com/cp/a1b2c3d4e5")
        .unwrap()
        .build()
        .unwrap();
    assert_eq!(req.edition(), Edition::Aug2026);
}

#[test]
fn aug2026_writes_the_global_mesh_sync_host_with_a_note() {
    // `app/konnect-platform/network.md` @ 2998dd7cb replaced "The geo can be
    // au, eu, me, in, sg, us, or global" (c7922e698, the revision before)
    // with `REGION.mesh.sync.konghq.com`; nothing says the host was removed,
    // so a global Mesh control plane keeps it, with a note.
    let req = Requirements::for_geo(Geo::Eu)
        .with_edition(Edition::Aug2026)
        .with_mesh(Mesh::Global)
        .build()
        .unwrap();
    assert_eq!(
        req.host(Endpoint::MeshSync).unwrap().as_str(),
        "global.mesh.sync.konghq.com"
    );
    let note = "global.mesh.sync.konghq.com is written for a global Mesh control plane, but \
                Kong's aug2026 page lists only REGION.mesh.sync.konghq.com; the revision \
                before it (c7922e698) listed global too, and nothing says the host was removed.";
    assert_eq!(req.notes(), [note]);
    for format in [
        Format::Squid,
        Format::Cilium,
        Format::Istio,
        Format::AwsNetworkFirewall,
    ] {
        let text = req.render(format);
        let second = text.lines().nth(1).unwrap();
        assert_eq!(second, format!("# Note: {note}"), "{format}");
    }
    assert!(
        req.render(Format::Table)
            .ends_with(&format!("\nNote: {note}\n"))
    );
    // The geo's own host needs no note; nor does Apr2025's global one.
    let regional = Requirements::for_geo(Geo::Eu)
        .with_edition(Edition::Aug2026)
        .with_mesh(Mesh::Regional)
        .build()
        .unwrap();
    assert!(regional.notes().is_empty());
    let apr = Requirements::for_geo(Geo::Eu)
        .with_mesh(Mesh::Global)
        .build()
        .unwrap();
    assert!(apr.notes().is_empty());
    // Apr2025 (`app/konnect-network.md` @ fc030a953) has it.
    let req = Requirements::for_geo(Geo::Me)
        .with_mesh(Mesh::Global)
        .build()
        .unwrap();
    assert_eq!(
        req.host(Endpoint::MeshSync).unwrap().as_str(),
        "global.mesh.sync.konghq.com"
    );
    // Every Aug2026 geo has its own host.
    for &geo in Edition::Aug2026.geos() {
        let req = Requirements::for_geo(geo)
            .with_edition(Edition::Aug2026)
            .with_mesh(Mesh::Regional)
            .build()
            .unwrap();
        assert_eq!(
            req.host(Endpoint::MeshSync).unwrap().as_str(),
            format!("{geo}.mesh.sync.konghq.com")
        );
    }
}

#[test]
fn ingress_controller_hosts_for_every_geo() {
    // Kong's docs name only `us.kic.api.konghq.com`; every geo follows how
    // Kong's operator derives the address from the control plane endpoint
    // (`buildKonnectAddress`, `Kong/kong-operator`
    // `controller/pkg/extensions/konnect/controlplane.go` @ cefc38421).
    for &edition in Edition::ALL {
        for &geo in edition.geos() {
            let req = Requirements::for_geo(geo)
                .with_edition(edition)
                .with_ingress_controller()
                .build()
                .unwrap();
            assert_eq!(
                req.host(Endpoint::IngressController).unwrap().as_str(),
                format!("{geo}.kic.api.konghq.com")
            );
        }
    }
}
