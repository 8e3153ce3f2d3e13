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
                .with_mesh_manager()
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
fn missing_cp_prefix_is_matchable() {
    let err = Requirements::for_geo(Geo::Eu)
        .build()
        .unwrap()
        .data_plane_config()
        .unwrap_err();
    assert!(matches!(err, Error::MissingCpPrefix));
}

#[test]
fn problems_are_std_errors() {
    use konnect_netreq::{
        EndpointProblem, HostProblem, LabelProblem, PathProblem, ProxyUrlProblem,
        RenderOptionProblem,
    };
    fn is_error<E: std::error::Error + Send + Sync + 'static>(e: E) -> String {
        e.to_string()
    }
    assert_eq!(is_error(LabelProblem::Empty), "it is empty");
    assert_eq!(
        is_error(konnect_netreq::KongConfProblem::NotFlag),
        "expected on, off, true or false"
    );
    assert_eq!(is_error(HostProblem::TooLong(300)), "it is 300 bytes long");
    assert_eq!(
        is_error(EndpointProblem::Port("80".into())),
        "port \"80\" is not 443"
    );
    assert_eq!(
        is_error(RenderOptionProblem::KeyName(Box::new(
            RenderOptionProblem::BadEnd('-')
        ))),
        "its name: it ends with '-'"
    );
    assert_eq!(
        is_error(PathProblem::Hash),
        "it contains '#', which kong.conf reads as the start of a comment"
    );
    assert_eq!(
        is_error(ProxyUrlProblem::PortZero),
        "port 0 is not a port to connect to"
    );
}

#[test]
fn typed_problems_carry_the_reason() {
    use konnect_netreq::{EndpointProblem, HostProblem, LabelProblem};
    match Host::new("a.-b").unwrap_err() {
        Error::InvalidHost { problem, .. } => assert_eq!(
            problem,
            HostProblem::Label {
                label: "-b".into(),
                problem: LabelProblem::LeadingHyphen
            }
        ),
        other => panic!("{other:?}"),
    }
    match Requirements::from_control_plane_endpoint("a1b2c3d4e5.eu.tp0.konghq.com").unwrap_err() {
        Error::InvalidControlPlaneEndpoint { problem, .. } => assert_eq!(
            problem,
            EndpointProblem::WrongEndpoint {
                found: konnect_netreq::Endpoint::Telemetry,
                expected: konnect_netreq::Endpoint::ControlPlane,
            }
        ),
        other => panic!("{other:?}"),
    }
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
