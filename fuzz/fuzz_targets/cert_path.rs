//! Certificate paths: arbitrary strings into `with_cluster_cert` and
//! `with_cluster_cert_key` of a valid configuration. An accepted path holds
//! only the characters the crate documents as safe (ASCII letters, digits
//! and `-._/:@%+=,[]`), appears verbatim as one `name = value` line of
//! kong.conf and in the environment form; an error's text holds no raw
//! control character.
#![no_main]

use arbitrary::Arbitrary;
use konnect_netreq::DataPlaneConfig;
use konnect_netreq_fuzz::{base_config, check_error_text, check_kong_conf};
use libfuzzer_sys::fuzz_target;

/// The safe characters and a few that are not, so that bytes map onto
/// mostly-valid paths.
const ALPHABET: &[char] = &[
    '/', '/', '.', '-', '_', ':', '@', '%', '+', '=', ',', '[', ']', 'a', 'k', 'Z', '0', '9', '$',
    '#', ' ', '\n', '\\', '~', '`', '\'', '"', ';', '&', '|', '*', '\t', '\u{200b}', '\u{2028}',
    '\u{feff}', '\u{202e}', 'é', 'K',
];

#[derive(Debug, Arbitrary)]
enum PathInput {
    Raw(String),
    Mapped(Vec<u8>),
}

impl PathInput {
    fn text(&self) -> String {
        match self {
            PathInput::Raw(s) => s.clone(),
            PathInput::Mapped(bytes) => bytes
                .iter()
                .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()])
                .collect(),
        }
    }
}

#[derive(Debug, Arbitrary)]
struct Input {
    cert: Option<PathInput>,
    key: Option<PathInput>,
}

fn safe(path: &str) -> bool {
    !path.is_empty()
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._/:@%+=,[]".contains(c))
}

fn check_written(config: &DataPlaneConfig, name: &str, env_name: &str, value: &str) {
    let conf = config.kong_conf();
    let prefix = format!("{name} = ");
    let lines: Vec<&str> = conf.lines().filter(|l| l.starts_with(&prefix)).collect();
    assert_eq!(lines, [format!("{name} = {value}")], "{name} in {conf:?}");
    let env: Vec<(&str, &str)> = config.env().filter(|(n, _)| *n == env_name).collect();
    assert_eq!(env, [(env_name, value)], "{env_name}");
    let settings: Vec<(&str, &str)> = config.settings().filter(|(n, _)| *n == name).collect();
    assert_eq!(settings, [(name, value)], "{name}");
}

fuzz_target!(|input: Input| {
    let mut config = base_config();
    let mut cert = DataPlaneConfig::DEFAULT_CLUSTER_CERT.to_owned();
    let mut key = DataPlaneConfig::DEFAULT_CLUSTER_CERT_KEY.to_owned();
    if let Some(path) = &input.cert {
        let path = path.text();
        match config.to_builder().with_cluster_cert(&path).build() {
            Ok(next) => {
                assert!(safe(&path), "accepted cluster_cert {path:?}");
                config = next;
                cert = path;
            }
            Err(error) => {
                check_error_text(&error);
                assert!(!safe(&path), "refused cluster_cert {path:?}: {error}");
            }
        }
    }
    if let Some(path) = &input.key {
        let path = path.text();
        match config.to_builder().with_cluster_cert_key(&path).build() {
            Ok(next) => {
                assert!(safe(&path), "accepted cluster_cert_key {path:?}");
                config = next;
                key = path;
            }
            Err(error) => {
                check_error_text(&error);
                assert!(!safe(&path), "refused cluster_cert_key {path:?}: {error}");
            }
        }
    }
    check_written(&config, "cluster_cert", "KONG_CLUSTER_CERT", &cert);
    check_written(&config, "cluster_cert_key", "KONG_CLUSTER_CERT_KEY", &key);
    check_kong_conf(&config);
});
