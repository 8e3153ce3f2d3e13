//! `DataPlaneConfig::helm_values`: a values file for the `kong/kong` chart,
//! after Kong's guide "Install Kong Gateway in Konnect with Helm"
//! (`app/_how-tos/gateway/gateway-install-helm-konnect.md` @ 26de67c93,
//! `Kong/developer.konghq.com`). Checked against the chart's own
//! `values.yaml` (kong/kong 3.4.1, vendored in `tests/data/kong-chart/`) and
//! the kong.conf keys of Kong's configuration reference.

use konnect_netreq::{DataPlaneConfig, Edition, ErrorKind, Geo, Listener, Requirements};
use serde_norway::Value;

const CHART_VALUES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/kong-chart/values.yaml"
));
const KONG_CONF_KEYS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/kong-conf-keys.txt"
));

fn config() -> DataPlaneConfig {
    Requirements::for_geo(Geo::Us)
        .with_cp_prefix("36fc5d01be")
        .with_edition(Edition::Aug2026)
        .build()
        .unwrap()
        .data_plane_config()
        .unwrap()
}

/// The values of every geo and edition are golden files
/// (`tests/golden/config/*/*/*.helm.snap`).
#[test]
fn the_guides_secret_and_paths() {
    // The guide's secret is `kong-cluster-cert`, mounted by the chart at
    // `/etc/secrets/kong-cluster-cert/` ("Inject specified secrets as a volume
    // in Kong Container at path /etc/secrets/{secret-name}/", values.yaml).
    let values = config().helm_values();
    assert!(values.contains("secretVolumes:\n  - \"kong-cluster-cert\"\n"));
    assert!(values.contains("  cluster_cert: \"/etc/secrets/kong-cluster-cert/tls.crt\"\n"));
    // Certificate paths set for kong.conf give way to the secret's.
    let moved = config()
        .to_builder()
        .with_cluster_cert("/run/dp.crt")
        .with_helm_cert_secret("dp-cert")
        .build()
        .unwrap()
        .helm_values();
    assert!(moved.contains("  cluster_cert: \"/etc/secrets/dp-cert/tls.crt\"\n"));
    assert!(moved.contains("secretVolumes:\n  - \"dp-cert\"\n"));
}

/// Every key path of a YAML mapping, `a.b.c`, with the value.
fn paths(value: &Value, prefix: &str, out: &mut Vec<(String, Value)>) {
    if let Value::Mapping(map) = value {
        for (key, child) in map {
            let key = key.as_str().unwrap();
            let path = if prefix.is_empty() {
                key.to_owned()
            } else {
                format!("{prefix}.{key}")
            };
            out.push((path.clone(), child.clone()));
            paths(child, &path, out);
        }
    }
}

fn lookup<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(value, |value, key| value.get(key))
}

#[track_caller]
fn check_against_the_chart(values: &str) -> Value {
    let ours: Value = serde_norway::from_str(values).unwrap();
    let chart: Value = serde_norway::from_str(CHART_VALUES).unwrap();
    let mut all = Vec::new();
    paths(&ours, "", &mut all);
    let known: Vec<&str> = KONG_CONF_KEYS
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect();
    for (path, _) in &all {
        match path.strip_prefix("env.") {
            // The chart passes `env` through as `KONG_` variables: the keys
            // must be kong.conf settings.
            Some(key) => assert!(
                known.contains(&key),
                "env key {key} is no kong.conf setting"
            ),
            None => assert!(
                lookup(&chart, path).is_some(),
                "{path} is not in the chart's values.yaml"
            ),
        }
    }
    ours
}

#[test]
fn every_key_is_the_charts_and_every_env_key_kong_confs() {
    let plain = check_against_the_chart(&config().helm_values());
    assert_eq!(plain["ingressController"]["enabled"], Value::Bool(false));
    assert_eq!(plain["admin"]["enabled"], Value::Bool(false));
    assert_eq!(plain["manager"]["enabled"], Value::Bool(false));
    assert_eq!(plain["portal"]["enabled"], Value::Bool(false));
    assert_eq!(plain["portalapi"]["enabled"], Value::Bool(false));
    assert_eq!(plain["proxy"]["enabled"], Value::Bool(true));
    // Every setting there is, with PrivateLink too.
    let listeners: Vec<Listener> = ["http:80", "https:443", "udp:5353"]
        .iter()
        .map(|text| text.parse().unwrap())
        .collect();
    let full = Requirements::for_geo(Geo::Au)
        .with_cp_prefix("36fc5d01be")
        .with_private_link()
        .with_listeners(listeners)
        .build()
        .unwrap()
        .data_plane_config()
        .unwrap()
        .to_builder()
        .with_cluster_dp_labels(["deployment:mycloud", "region:ap-southeast-2"])
        .with_incremental_sync()
        .with_helm_cert_secret("dp-cert");
    #[cfg(feature = "url")]
    let full = full.with_forward_proxy("https://kong:s3cret@proxy.internal:3128");
    let full = full.build().unwrap();
    let values = check_against_the_chart(&full.helm_values());
    let env = &values["env"];
    assert_eq!(
        env["cluster_control_plane"],
        "ap.svc.konghq.com/cp/36fc5d01be"
    );
    assert_eq!(
        env["proxy_listen"],
        "0.0.0.0:80 reuseport backlog=16384, 0.0.0.0:443 http2 ssl reuseport backlog=16384"
    );
    assert_eq!(env["stream_listen"], "0.0.0.0:5353 udp");
    assert_eq!(
        env["cluster_dp_labels"],
        "deployment:mycloud,region:ap-southeast-2"
    );
    assert_eq!(env["incremental_sync"], "on");
    // Every value under `env` is a string, as the chart's environment needs.
    for (name, value) in env.as_mapping().unwrap() {
        assert!(value.is_string(), "{name:?}");
    }
    // The env holds exactly the kong.conf settings, in their order.
    let names: Vec<&str> = env
        .as_mapping()
        .unwrap()
        .keys()
        .map(|key| key.as_str().unwrap())
        .collect();
    let settings: Vec<&str> = full.settings().map(|(name, _)| name).collect();
    assert_eq!(names, settings);
}

#[test]
fn the_secret_name_is_a_kubernetes_label() {
    let expected = "expected a DNS-1123 label: 1 to 63 lower-case ASCII letters, digits or \
                    hyphens, starting and ending with a letter or digit";
    for (bad, problem) in [
        ("", "it is empty"),
        ("Kong", "it contains 'K'"),
        ("kong.cert", "it contains '.'"),
        ("kong\"\nenv:", "it contains '\"'"),
        ("-kong", "it starts with '-'"),
        ("kong-", "it ends with '-'"),
        ("kong cert", "it contains ' '"),
    ] {
        let err = config()
            .to_builder()
            .with_helm_cert_secret(bad)
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidRenderOption, "{bad:?}");
        let shown = format!("{bad:?}");
        assert_eq!(
            err.to_string(),
            format!("invalid Kubernetes secret name {shown}: {problem}; {expected}"),
        );
    }
    let long = "k".repeat(64);
    let secret = |name: &str| config().to_builder().with_helm_cert_secret(name).build();
    assert_eq!(
        secret(&long).unwrap_err().to_string(),
        format!("invalid Kubernetes secret name \"{long}\": it is 64 bytes long; {expected}"),
    );
    assert!(
        secret(&long[..63])
            .unwrap()
            .helm_values()
            .contains(&long[..63])
    );
}
