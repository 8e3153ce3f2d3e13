//! `Error`: thread-safe, comparable, and its messages never carry raw
//! control characters from the input.

use konnect_netreq::{CpPrefix, Error, Geo, Host, Requirements};

fn assert_send_sync_static<T: Send + Sync + 'static>() {}

#[test]
fn error_is_send_sync_static_and_std_error() {
    assert_send_sync_static::<Error>();
    let err: Box<dyn std::error::Error + Send + Sync> = Box::new(CpPrefix::new("").unwrap_err());
    assert!(err.source().is_none());
}

#[test]
fn an_error_is_one_pointer_wide() {
    assert_eq!(size_of::<Error>(), size_of::<usize>());
    assert_eq!(size_of::<Result<(), Error>>(), size_of::<usize>());
}

#[test]
fn debug_shows_the_kind_and_the_message() {
    let err = CpPrefix::new("a\nb").unwrap_err();
    assert_eq!(
        format!("{err:?}"),
        "Error { kind: InvalidIdentifier, message: \"invalid control plane DNS prefix \\\"a\\\\nb\\\": \
         it contains '\\\\n'; expected one DNS label: 1 to 63 ASCII letters, digits or hyphens, \
         not starting or ending with a hyphen\" }"
    );
}

#[test]
fn messages_are_single_lines() {
    let errors = [
        CpPrefix::new("a\nb").unwrap_err(),
        Host::new("a\r\n.com").unwrap_err(),
        "eu\n".parse::<Geo>().unwrap_err(),
        Requirements::from_control_plane_endpoint("https://a\n.us.cp0.konghq.com").unwrap_err(),
        Requirements::from_control_plane_endpoint("x\u{1b}[31m.us.cp0.konghq.com").unwrap_err(),
    ];
    for err in errors {
        let text = err.to_string();
        assert!(!text.chars().any(char::is_control), "{text:?}");
        assert!(text.starts_with(char::is_lowercase), "{text:?}");
        assert!(!text.ends_with('.'), "{text:?}");
    }
}

#[test]
fn errors_compare_and_clone() {
    let a = CpPrefix::new("a.b").unwrap_err();
    assert_eq!(a.clone(), a);
    assert_ne!(a, CpPrefix::new("a_b").unwrap_err());
}

#[test]
fn every_public_error_path_has_its_kind() {
    use konnect_netreq::{
        AuthServerId, Edition, Endpoint, ErrorKind, Format, Mesh, PortalId, RenderOptions,
    };
    let dp = crate::common::eu_data_plane_config;
    let cases: Vec<(Error, ErrorKind)> = vec![
        (
            CpPrefix::new("-a").unwrap_err(),
            ErrorKind::InvalidIdentifier,
        ),
        (PortalId::new("").unwrap_err(), ErrorKind::InvalidIdentifier),
        (
            AuthServerId::new("a.b").unwrap_err(),
            ErrorKind::InvalidIdentifier,
        ),
        (Host::new("a..b").unwrap_err(), ErrorKind::InvalidHost),
        ("xx".parse::<Geo>().unwrap_err(), ErrorKind::UnknownKeyword),
        (
            "xx".parse::<Edition>().unwrap_err(),
            ErrorKind::UnknownKeyword,
        ),
        (
            "xx".parse::<Endpoint>().unwrap_err(),
            ErrorKind::UnknownKeyword,
        ),
        (
            "xx".parse::<Format>().unwrap_err(),
            ErrorKind::UnknownKeyword,
        ),
        ("xx".parse::<Mesh>().unwrap_err(), ErrorKind::UnknownKeyword),
        (
            Requirements::for_geo(Geo::Sg)
                .with_edition(Edition::Apr2025)
                .build()
                .unwrap_err(),
            ErrorKind::GeoNotInEdition,
        ),
        (
            Requirements::for_geo(Geo::Eu)
                .with_event_gateway()
                .build()
                .unwrap_err(),
            ErrorKind::EndpointNotInEdition,
        ),
        (
            Requirements::for_geo(Geo::Me)
                .with_mesh(Mesh::Regional)
                .build()
                .unwrap_err(),
            ErrorKind::NoMeshSyncHost,
        ),
        (
            Requirements::from_control_plane_endpoint("http://a1b2c3d4e5.eu.cp0.konghq.com")
                .unwrap_err(),
            ErrorKind::InvalidControlPlaneEndpoint,
        ),
        (
            Requirements::for_geo(Geo::Eu)
                .with_cp_prefix("a1b2c3d4e5")
                .with_telemetry_endpoint("b1b2c3d4e5.eu.tp0.konghq.com")
                .build()
                .unwrap_err(),
            ErrorKind::InvalidTelemetryEndpoint,
        ),
        (
            RenderOptions::builder()
                .with_namespace("Kong")
                .build()
                .unwrap_err(),
            ErrorKind::InvalidRenderOption,
        ),
        (
            Requirements::for_geo(Geo::Eu)
                .build()
                .unwrap()
                .data_plane_config()
                .unwrap_err(),
            ErrorKind::MissingIdentifier,
        ),
        (
            dp().to_builder()
                .with_cluster_cert("a#b")
                .build()
                .unwrap_err(),
            ErrorKind::InvalidPath,
        ),
        (
            konnect_netreq::RequirementsSpec::default()
                .build()
                .unwrap_err(),
            ErrorKind::InvalidDocument,
        ),
        #[cfg(feature = "url")]
        (
            dp().to_builder()
                .with_forward_proxy("socks5://proxy:1080")
                .build()
                .unwrap_err(),
            ErrorKind::InvalidProxyUrl,
        ),
        (
            "cluster_use_proxy = yes"
                .parse::<konnect_netreq::KongConf>()
                .unwrap_err(),
            ErrorKind::InvalidKongConf,
        ),
    ];
    for (err, kind) in cases {
        assert_eq!(err.kind(), kind, "{err}");
    }
}

#[test]
fn missing_cp_prefix_is_a_kind() {
    let err = Requirements::for_geo(Geo::Eu)
        .build()
        .unwrap()
        .data_plane_config()
        .unwrap_err();
    assert_eq!(err.kind(), konnect_netreq::ErrorKind::MissingIdentifier);
    assert_eq!(
        err.to_string(),
        "a data plane configuration needs the control plane DNS prefix; \
         expected requirements built with a control plane DNS prefix"
    );
}

/// Each kind of detail reads in the message: what was wrong, then what was
/// expected.
#[test]
fn the_message_says_why_and_what_was_expected() {
    use konnect_netreq::{PortalId, RenderOptions};
    let dp = crate::common::eu_data_plane_config;
    let cases: Vec<(Error, &str)> = vec![
        (
            PortalId::new("").unwrap_err(),
            "invalid portal ID \"\": it is empty; expected one DNS label: 1 to 63 ASCII letters, \
             digits or hyphens, not starting or ending with a hyphen",
        ),
        (
            Host::new(&"a".repeat(300)).unwrap_err(),
            "invalid hostname \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"... \
             (300 bytes): it is 300 bytes long; expected DNS labels of ASCII letters, digits or hyphens separated by dots, at most 253 \
             characters, optionally starting with \"*.\"",
        ),
        (
            Requirements::from_control_plane_endpoint("a1b2c3d4e5.eu.cp0.konghq.com:80")
                .unwrap_err(),
            "invalid control plane endpoint \"a1b2c3d4e5.eu.cp0.konghq.com:80\": port \"80\" is not 443; \
             expected https://PREFIX.GEO.cp0.konghq.com, PREFIX.GEO.cp.konghq.com:443, \
             GEO.svc.konghq.com/cp/PREFIX or the bare hostname",
        ),
        (
            RenderOptions::builder()
                .with_selector([("example.com/app-", "kong")])
                .build()
                .unwrap_err(),
            "invalid label key \"example.com/app-\": its name: it ends with '-'; expected a Kubernetes \
             label key: an optional DNS-1123 subdomain prefix and \"/\", then 1 to 63 ASCII letters, \
             digits, '-', '_' or '.', starting and ending with a letter or digit",
        ),
        (
            dp().to_builder()
                .with_cluster_cert("a#b")
                .build()
                .unwrap_err(),
            "invalid cluster_cert path \"a#b\": it contains '#', which kong.conf reads as the start of a \
         comment; expected a non-empty file path of ASCII letters, digits and '-', '.', '_', '/', \
         ':', '@', '%', '+', '=', ',', '[' or ']'",
        ),
        #[cfg(feature = "url")]
        (
            dp().to_builder()
                .with_forward_proxy("http://proxy:0")
                .build()
                .unwrap_err(),
            "invalid forward proxy URL \"http://proxy:0\": port 0 is not a port to connect to; \
             expected http://[USER[:PASSWORD]@]HOST[:PORT] or https://[USER[:PASSWORD]@]HOST[:PORT]",
        ),
    ];
    for (err, text) in cases {
        assert_eq!(err.to_string(), text);
    }
}

#[test]
fn the_message_names_the_part_at_fault() {
    use konnect_netreq::ErrorKind;
    let err = Host::new("a.-b").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidHost);
    assert_eq!(
        err.to_string(),
        "invalid hostname \"a.-b\": label \"-b\": it starts with a hyphen; expected DNS labels of ASCII letters, digits or hyphens separated by dots, at most 253 \
             characters, optionally starting with \"*.\""
    );
    let err =
        Requirements::from_control_plane_endpoint("a1b2c3d4e5.eu.tp0.konghq.com").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidControlPlaneEndpoint);
    assert_eq!(
        err.to_string(),
        "invalid control plane endpoint \"a1b2c3d4e5.eu.tp0.konghq.com\": it names the telemetry \
             endpoint, not the control plane; expected https://PREFIX.GEO.cp0.konghq.com, PREFIX.GEO.cp.konghq.com:443, \
             GEO.svc.konghq.com/cp/PREFIX or the bare hostname"
    );
}

#[cfg(feature = "url")]
#[test]
fn a_proxy_url_parse_failure_is_the_source() {
    use std::error::Error as _;
    let err = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .unwrap()
        .data_plane_config()
        .unwrap()
        .to_builder()
        .with_forward_proxy("http://proxy:99999")
        .build()
        .unwrap_err();
    let source = err.source().expect("a source");
    assert_eq!(
        source.downcast_ref::<url::ParseError>(),
        Some(&url::ParseError::InvalidPort)
    );
    assert_eq!(
        err.to_string(),
        "invalid forward proxy URL \"http://proxy:99999\": invalid port number; expected \
         http://[USER[:PASSWORD]@]HOST[:PORT] or https://[USER[:PASSWORD]@]HOST[:PORT]"
    );
}
