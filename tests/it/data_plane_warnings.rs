//! The warnings a data plane configuration carries about the Kong Gateway
//! version its settings need, and the Helm chart's image tag.

use konnect_netreq::{ConfigFormat, DataPlaneConfig, ErrorKind, Geo, Listener, Requirements};

const NEEDS_3_10: &str =
    "incremental_sync needs Kong Gateway 3.10 or later; older data planes do not know it.";
const STREAMS: &str = "incremental_sync with stream_listen fails on Kong Gateway 3.10.0.0 up \
                       to 3.11.0.3, which fixes it (Kong's breaking changes): run 3.11.0.3 or \
                       later.";
const CHART_TAG: &str = "the kong/kong chart's default image tag (3.9 in chart 3.4.1) is older \
                         than incremental_sync: set image.tag to Kong Gateway 3.10 or later.";

/// An EU data plane with `listeners` (none: Kong's defaults).
fn config(listeners: &[&str]) -> DataPlaneConfig {
    let mut builder = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5");
    if !listeners.is_empty() {
        let listeners: Vec<Listener> = listeners.iter().map(|l| l.parse().unwrap()).collect();
        builder = builder.with_listeners(listeners);
    }
    builder.build().unwrap().data_plane_config().unwrap()
}

#[test]
fn no_incremental_sync_no_warning() {
    let config = config(&["http:8000", "tls:9443"]);
    for format in ConfigFormat::ALL {
        assert_eq!(config.warnings(*format), Vec::<&str>::new(), "{format}");
        assert!(!config.render(*format).contains("Warning"), "{format}");
    }
}

#[test]
fn every_output_with_incremental_sync_warns() {
    let config = config(&["http:8000", "tls:9443"])
        .to_builder()
        .with_incremental_sync()
        .build()
        .unwrap();
    assert_eq!(
        config.warnings(ConfigFormat::KongConf),
        [NEEDS_3_10, STREAMS]
    );
    assert_eq!(config.warnings(ConfigFormat::Env), [NEEDS_3_10, STREAMS]);
    assert_eq!(
        config.warnings(ConfigFormat::Helm),
        [NEEDS_3_10, STREAMS, CHART_TAG]
    );
    let comments = format!("# Warning: {NEEDS_3_10}\n# Warning: {STREAMS}\n");
    assert!(config.kong_conf().starts_with(&comments));
    assert!(
        config
            .kong_conf()
            .ends_with("stream_listen = 0.0.0.0:9443 ssl\n")
    );
    assert!(config.render(ConfigFormat::Env).starts_with(&comments));
    let helm = config.helm_values();
    assert!(helm.contains(&format!(
        "-n kong\n{comments}# Warning: {CHART_TAG}\ningressController:\n"
    )));
    // JSON has no comments: the same object as without the warnings.
    #[cfg(feature = "json")]
    {
        let json = config.render(ConfigFormat::Json);
        assert!(json.starts_with("{\n  \"role\": \"data_plane\",\n"));
        assert!(!json.contains("Warning"));
    }
}

#[test]
fn a_helm_image_tag_is_written_and_silences_the_chart_warning() {
    let config = config(&[])
        .to_builder()
        .with_incremental_sync()
        .with_helm_image_tag("3.11.0.3")
        .build()
        .unwrap();
    assert_eq!(config.warnings(ConfigFormat::Helm), [NEEDS_3_10]);
    assert!(config.helm_values().contains(&format!(
        "-n kong\n# Warning: {NEEDS_3_10}\ningressController:\n  enabled: false\nimage:\n  \
         repository: \"kong/kong-gateway\"\n  tag: \"3.11.0.3\"\nsecretVolumes:\n"
    )));
    // Only the Helm values name an image.
    assert!(!config.kong_conf().contains("3.11.0.3"));
}

#[test]
fn a_tag_docker_would_refuse_is_refused() {
    let cases = [
        ("", "it is empty"),
        ("3.11 ", "it contains ' '"),
        ("3.11\n", "it contains '\\n'"),
        ("-rc", "it starts with '-'"),
        (".11", "it starts with '.'"),
        ("3.11:x", "it contains ':'"),
        ("3.11\"", "it contains '\"'"),
    ];
    for (tag, problem) in cases {
        let err = config(&[])
            .to_builder()
            .with_helm_image_tag(tag)
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidRenderOption, "{tag:?}");
        assert_eq!(
            err.to_string(),
            format!(
                "invalid Helm image tag {tag:?}: {problem}; expected a Docker image tag: 1 to \
                 128 ASCII letters, digits, '_', '.' or '-', not starting with '.' or '-'"
            ),
            "{tag:?}"
        );
    }
    let long = "a".repeat(129);
    let err = config(&[])
        .to_builder()
        .with_helm_image_tag(&long)
        .build()
        .unwrap_err();
    // Long input is quoted cut, with its length.
    assert!(err.to_string().starts_with("invalid Helm image tag \"aaaa"));
    assert!(
        err.to_string()
            .contains("\"... (129 bytes): it is 129 bytes long; expected a Docker image tag")
    );
    for tag in ["3.9", "latest", "3.11.0.3-ubuntu", "_x", &"a".repeat(128)] {
        let config = config(&[])
            .to_builder()
            .with_helm_image_tag(tag)
            .build()
            .unwrap();
        assert!(
            config
                .helm_values()
                .contains(&format!("\n  tag: \"{tag}\"\n"))
        );
    }
}
