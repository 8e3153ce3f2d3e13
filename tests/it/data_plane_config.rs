//! `DataPlaneConfig`: PrivateLink and forward proxies (the exact outputs
//! are golden files, `tests/golden/config/`); every key checked against
//! Kong's configuration reference; path and proxy URL validation.

use konnect_netreq::{DataPlaneConfig, Edition, ErrorKind, Geo, Requirements};

fn config(geo: Geo, edition: Edition, private_link: bool) -> DataPlaneConfig {
    let mut builder = Requirements::for_geo(geo)
        .with_edition(edition)
        .with_cp_prefix("a1b2c3d4e5");
    if private_link {
        builder = builder.with_private_link();
    }
    builder
        .build()
        .and_then(|req| req.data_plane_config())
        .unwrap()
}

// The exact kong.conf, environment, Helm values and JSON of every geo and
// edition, with and without PrivateLink, are golden files
// (`tests/golden/config/`); the tests here check properties.

#[test]
fn private_link_au_is_the_same_in_both_editions() {
    let first = config(Geo::Au, Edition::ALL[0], true);
    assert!(
        first
            .kong_conf()
            .contains("cluster_server_name = ap.svc.konghq.com\n")
    );
    for edition in Edition::ALL {
        assert_eq!(config(Geo::Au, *edition, true), first, "{edition}");
    }
}

#[test]
fn private_link_uses_the_geo_identifier_outside_australia() {
    let config = config(Geo::Sg, Edition::Aug2026, true);
    let setting = |name: &str| config.settings().find(|(n, _)| *n == name).unwrap().1;
    assert_eq!(
        [
            setting("cluster_control_plane"),
            setting("cluster_server_name"),
            setting("cluster_telemetry_endpoint"),
            setting("cluster_telemetry_server_name"),
        ],
        [
            "sg.svc.konghq.com/cp/a1b2c3d4e5",
            "sg.svc.konghq.com",
            "sg.svc.konghq.com:443/tp/a1b2c3d4e5",
            "sg.svc.konghq.com",
        ]
    );
}

#[test]
fn env_is_kong_upper_case_names_with_the_same_values() {
    let config = config(Geo::Eu, Edition::Apr2025, false)
        .to_builder()
        .with_cluster_cert("/run/secrets/dp-cert_1.pem")
        .build()
        .unwrap();
    let env: Vec<(&str, &str)> = config.env().collect();
    let expected: Vec<(String, &str)> = config
        .settings()
        .map(|(name, value)| (format!("KONG_{}", name.to_ascii_uppercase()), value))
        .collect();
    let expected: Vec<(&str, &str)> = expected.iter().map(|(n, v)| (n.as_str(), *v)).collect();
    assert_eq!(env, expected);
    assert!(env.contains(&("KONG_CLUSTER_CERT", "/run/secrets/dp-cert_1.pem")));
    assert!(env.contains(&("KONG_ROLE", "data_plane")));
}

#[test]
fn without_a_cp_prefix_there_is_no_config() {
    let err = Requirements::for_geo(Geo::Eu)
        .with_private_link()
        .build()
        .unwrap()
        .data_plane_config()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::MissingIdentifier, "{err:?}");
    assert_eq!(
        err.to_string(),
        "a data plane configuration needs the control plane DNS prefix; \
         expected requirements built with a control plane DNS prefix"
    );
}

#[test]
fn cert_paths_are_settable() {
    let plain = config(Geo::Eu, Edition::Apr2025, false);
    let config = plain
        .to_builder()
        .with_cluster_cert("certs/dp.crt")
        .with_cluster_cert_key("/etc/kong/dp.key")
        .build()
        .unwrap();
    assert_eq!(
        config.kong_conf(),
        plain
            .kong_conf()
            .replace("/etc/kong/cluster.crt", "certs/dp.crt")
            .replace("/etc/kong/cluster.key", "/etc/kong/dp.key")
    );
    assert_eq!(
        DataPlaneConfig::DEFAULT_CLUSTER_CERT,
        "/etc/kong/cluster.crt"
    );
    assert_eq!(
        DataPlaneConfig::DEFAULT_CLUSTER_CERT_KEY,
        "/etc/kong/cluster.key"
    );
}

#[test]
fn paths_that_would_break_a_kong_conf_line_are_refused() {
    const EXPECTED: &str = "expected a non-empty file path of ASCII letters, digits and \
                            '-', '.', '_', '/', ':', '@', '%', '+', '=', ',', '[' or ']'";
    let cases = [
        ("", "invalid cluster_cert path \"\": it is empty"),
        (
            "/a\nrole = control_plane",
            "invalid cluster_cert path \"/a\\nrole = control_plane\": \
             it contains the control character '\\n'",
        ),
        (
            "/a\rb",
            "invalid cluster_cert path \"/a\\rb\": it contains the control character '\\r'",
        ),
        (
            "/a\0b",
            "invalid cluster_cert path \"/a\\0b\": it contains the control character '\\0'",
        ),
        (
            "/a\tb",
            "invalid cluster_cert path \"/a\\tb\": it contains the control character '\\t'",
        ),
        (
            "/a\u{85}b",
            "invalid cluster_cert path \"/a\\u{85}b\": \
             it contains the control character '\\u{85}'",
        ),
        (
            "/etc/kong#1.crt",
            "invalid cluster_cert path \"/etc/kong#1.crt\": \
             it contains '#', which kong.conf reads as the start of a comment",
        ),
        (
            "/etc/kong\\#1.crt",
            "invalid cluster_cert path \"/etc/kong\\\\#1.crt\": \
             it contains '#', which kong.conf reads as the start of a comment",
        ),
        (
            "/etc/kong/a.crt\\",
            "invalid cluster_cert path \"/etc/kong/a.crt\\\\\": \
             it contains '\\', which kong.conf reads as an escape",
        ),
        (
            " /etc/kong/a.crt",
            "invalid cluster_cert path \" /etc/kong/a.crt\": \
             it starts or ends with whitespace, which kong.conf trims",
        ),
        (
            "/etc/kong/a.crt\u{a0}",
            "invalid cluster_cert path \"/etc/kong/a.crt\\u{a0}\": \
             it starts or ends with whitespace, which kong.conf trims",
        ), // What an environment file would read differently: sh would run
        // `$(...)` and backticks, expand `$VAR` and `~`, end the value at a
        // space or `;`; docker --env-file keeps quotes that sh removes.
        (
            "/etc/kong/$(touch x).crt",
            "invalid cluster_cert path \"/etc/kong/$(touch x).crt\": it contains '$', \
             which an environment file cannot hold as it is \
             (POSIX sh, docker --env-file and Compose read it differently)",
        ),
        (
            "/etc/kong/`id`.crt",
            "invalid cluster_cert path \"/etc/kong/`id`.crt\": it contains '`', \
             which an environment file cannot hold as it is \
             (POSIX sh, docker --env-file and Compose read it differently)",
        ),
        (
            "/etc/kong/my cert.crt",
            "invalid cluster_cert path \"/etc/kong/my cert.crt\": it contains ' ', \
             which an environment file cannot hold as it is \
             (POSIX sh, docker --env-file and Compose read it differently)",
        ),
        (
            "'/etc/kong/a.crt'",
            "invalid cluster_cert path \"'/etc/kong/a.crt'\": it contains '\\'', \
             which an environment file cannot hold as it is \
             (POSIX sh, docker --env-file and Compose read it differently)",
        ),
        (
            "\"/etc/kong/a.crt\"",
            "invalid cluster_cert path \"\\\"/etc/kong/a.crt\\\"\": it contains '\"', \
             which an environment file cannot hold as it is \
             (POSIX sh, docker --env-file and Compose read it differently)",
        ),
        (
            "~/kong/a.crt",
            "invalid cluster_cert path \"~/kong/a.crt\": it contains '~', \
             which an environment file cannot hold as it is \
             (POSIX sh, docker --env-file and Compose read it differently)",
        ),
        (
            "/a.crt;id",
            "invalid cluster_cert path \"/a.crt;id\": it contains ';', \
             which an environment file cannot hold as it is \
             (POSIX sh, docker --env-file and Compose read it differently)",
        ),
        // Non-ASCII, escaped in the message: the Kelvin sign is no 'K'.
        (
            "/etc/\u{212a}ong/a.crt",
            "invalid cluster_cert path \"/etc/\\u{212a}ong/a.crt\": it contains '\\u{212a}', \
             which an environment file cannot hold as it is \
             (POSIX sh, docker --env-file and Compose read it differently)",
        ),
        // Invisible characters get their own message.
        (
            "/etc/kong/a\u{200b}.crt",
            "invalid cluster_cert path \"/etc/kong/a\\u{200b}.crt\": it contains the invisible \
             Unicode character '\\u{200b}' (a format character or a line or paragraph separator)",
        ),
        (
            "/etc/kong/\u{202e}trc.a",
            "invalid cluster_cert path \"/etc/kong/\\u{202e}trc.a\": it contains the invisible \
             Unicode character '\\u{202e}' (a format character or a line or paragraph separator)",
        ),
        (
            "/etc/kong/a.crt\u{2028}role = control_plane",
            "invalid cluster_cert path \"/etc/kong/a.crt\\u{2028}role = control_plane\": \
             it contains the invisible Unicode character '\\u{2028}' \
             (a format character or a line or paragraph separator)",
        ),
        (
            "\u{feff}/etc/kong/a.crt",
            "invalid cluster_cert path \"\\u{feff}/etc/kong/a.crt\": it contains the invisible \
             Unicode character '\\u{feff}' (a format character or a line or paragraph separator)",
        ),
    ];
    let config = config(Geo::Eu, Edition::Apr2025, false);
    for (input, message) in cases {
        let err = config
            .to_builder()
            .with_cluster_cert(input)
            .build()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("{message}; {EXPECTED}"),
            "{input:?}"
        );
        let err = config
            .to_builder()
            .with_cluster_cert_key(input)
            .build()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("{message}; {EXPECTED}").replacen("cluster_cert", "cluster_cert_key", 1),
            "{input:?}"
        );
    }
}

/// The kong.conf names of Kong's configuration reference, vendored in
/// `tests/data/kong-conf-keys.txt` (see `tests/data/README.md`).
fn known_kong_conf_keys() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/kong-conf-keys.txt");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let keys: Vec<String> = text
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(str::to_owned)
        .collect();
    assert!(keys.len() > 400, "{path} holds only {} keys", keys.len());
    keys
}

/// Every configuration the crate can make: each geo and edition, with and
/// without PrivateLink, without a proxy and (with `url`) with both kinds.
fn every_config() -> Vec<DataPlaneConfig> {
    let mut all = Vec::new();
    for edition in Edition::ALL {
        for geo in edition.geos() {
            for private_link in [false, true] {
                if private_link && !edition.private_link_geos().contains(geo) {
                    continue;
                }
                let plain = config(*geo, *edition, private_link);
                #[cfg(feature = "url")]
                for proxy in ["http://proxy:3128", "https://u:p@proxy:3129"] {
                    all.push(
                        plain
                            .to_builder()
                            .with_forward_proxy(proxy)
                            .build()
                            .unwrap(),
                    );
                }
                all.push(plain);
            }
        }
    }
    all
}

#[test]
fn every_key_is_a_real_kong_conf_key() {
    let known = known_kong_conf_keys();
    let configs = every_config();
    // Each geo of each edition, and again over PrivateLink where the edition
    // offers it; each also with both proxies where `url` is on.
    let pairs: usize = Edition::ALL
        .iter()
        .map(|edition| edition.geos().len() + edition.private_link_geos().len())
        .sum();
    let per_pair = if cfg!(feature = "url") { 3 } else { 1 };
    assert_eq!(configs.len(), pairs * per_pair);
    for config in configs {
        for line in config.kong_conf().lines() {
            let (key, value) = line.split_once(" = ").unwrap();
            assert!(
                known.iter().any(|k| k == key),
                "{key} is not a kong.conf key"
            );
            assert!(!value.is_empty() && !value.contains(['#', '\\']), "{line}");
            assert_eq!(value.trim(), value, "{line}");
        }
        for ((name, value), (env_name, env_value)) in config.settings().zip(config.env()) {
            assert_eq!(env_name, format!("KONG_{}", name.to_ascii_uppercase()));
            assert_eq!(value, env_value);
        }
    }
}

#[test]
fn config_is_clone_and_comparable() {
    let a = config(Geo::Eu, Edition::Apr2025, false);
    assert_eq!(a.clone(), a);
    assert_ne!(a, config(Geo::Eu, Edition::Aug2026, false));
}

#[cfg(feature = "url")]
mod forward_proxy {
    use super::*;

    const HTTP_PROXY_TAIL: &str = "\
proxy_server = http://proxy.internal:3128
cluster_use_proxy = on
proxy_server_ssl_verify = off
";

    const HTTPS_PROXY_TAIL: &str = "\
proxy_server = https://kong:s3cret@proxy.internal:443
cluster_use_proxy = on
proxy_server_ssl_verify = on
";

    #[test]
    fn exact_text_with_http_and_https_proxies() {
        let cases = [
            (Geo::Eu, Edition::Apr2025, false),
            (Geo::Us, Edition::Aug2026, false),
            (Geo::Au, Edition::Apr2025, true),
            (Geo::Au, Edition::Aug2026, true),
        ];
        for (geo, edition, private_link) in cases {
            let plain = config(geo, edition, private_link);
            let base = plain.kong_conf();
            let http = plain
                .to_builder()
                .with_forward_proxy("http://proxy.internal:3128")
                .build()
                .unwrap();
            assert_eq!(http.kong_conf(), format!("{base}{HTTP_PROXY_TAIL}"));
            let https = plain
                .to_builder()
                .with_forward_proxy("HTTPS://kong:s3cret@Proxy.Internal/")
                .build()
                .unwrap();
            assert_eq!(https.kong_conf(), format!("{base}{HTTPS_PROXY_TAIL}"));
        }
    }

    #[test]
    fn env_with_a_proxy() {
        let plain = config(Geo::Us, Edition::Aug2026, false);
        let config = plain
            .to_builder()
            .with_forward_proxy("https://kong:s3cret@proxy.internal:8443")
            .build()
            .unwrap();
        let env: Vec<(&str, &str)> = config.env().skip(plain.env().count()).collect();
        assert_eq!(
            env,
            [
                (
                    "KONG_PROXY_SERVER",
                    "https://kong:s3cret@proxy.internal:8443"
                ),
                ("KONG_CLUSTER_USE_PROXY", "on"),
                ("KONG_PROXY_SERVER_SSL_VERIFY", "on"),
            ]
        );
        assert_eq!(config.env().count(), plain.env().count() + env.len());
    }

    #[test]
    fn the_last_proxy_wins() {
        let plain = config(Geo::Eu, Edition::Apr2025, false);
        let config = plain
            .to_builder()
            .with_forward_proxy("https://a.internal")
            .with_forward_proxy("http://b.internal")
            .build()
            .unwrap();
        assert_eq!(
            config.kong_conf(),
            format!(
                "{}proxy_server = http://b.internal:80\n\
                 cluster_use_proxy = on\nproxy_server_ssl_verify = off\n",
                plain.kong_conf()
            )
        );
    }

    fn proxy_value(url: &str) -> String {
        config(Geo::Eu, Edition::Apr2025, false)
            .to_builder()
            .with_forward_proxy(url)
            .build()
            .unwrap()
            .settings()
            .find(|(name, _)| *name == "proxy_server")
            .unwrap()
            .1
            .to_owned()
    }

    #[test]
    fn the_url_is_written_in_its_normal_form() {
        let cases = [
            ("http://proxy", "http://proxy:80"),
            ("http://proxy:80/", "http://proxy:80"),
            ("https://proxy", "https://proxy:443"),
            ("http://10.0.0.1:3128", "http://10.0.0.1:3128"),
            ("http://[::1]:3128", "http://[::1]:3128"),
            ("http://user@proxy:3128", "http://user@proxy:3128"),
            ("http://user:@proxy:3128", "http://user@proxy:3128"),
            // `#` in a password must be percent-encoded, as Kong's own tests
            // write it; it stays encoded, never a raw `#`.
            (
                "http://u:pass%23word@proxy:1",
                "http://u:pass%23word@proxy:1",
            ),
            // Characters a URL cannot hold as they are get percent-encoded.
            ("http://u:p\"w<>@proxy:1", "http://u:p%22w%3C%3E@proxy:1"),
            // A quote that an environment file would misread must come
            // percent-encoded, and stays so.
            ("http://u:it%27s@proxy:1", "http://u:it%27s@proxy:1"),
            // The last `@` ends the user information, as in the url crate
            // and Kong's own parser; earlier ones are percent-encoded.
            ("http://u:p@h:3128@proxy", "http://u:p%40h%3A3128@proxy:80"),
            // Percent-encoded bytes stay encoded: no raw control character.
            ("http://u:%0A%23@proxy", "http://u:%0A%23@proxy:80"),
        ];
        for (input, expected) in cases {
            assert_eq!(proxy_value(input), expected, "{input}");
        }
    }

    fn proxy_error(url: &str) -> String {
        config(Geo::Eu, Edition::Apr2025, false)
            .to_builder()
            .with_forward_proxy(url)
            .build()
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn urls_kong_refuses_are_refused_with_the_password_hidden() {
        const EXPECTED: &str = "expected http://[USER[:PASSWORD]@]HOST[:PORT] \
                                or https://[USER[:PASSWORD]@]HOST[:PORT]";
        let cases = [
            ("", "\"\": it has no scheme"),
            ("proxy:3128", "\"proxy:3128\": it has no scheme"),
            (
                "kong:s3cret@proxy:3128",
                "\"***@proxy:3128\": it has no scheme",
            ),
            (
                "://proxy:3128",
                "\"://proxy:3128\": relative URL without a base",
            ),
            (
                "socks5://kong:s3cret@proxy:1080",
                "\"socks5://***@proxy:1080\": scheme \"socks5\" is not http or https",
            ),
            (
                "ftp://proxy",
                "\"ftp://proxy\": scheme \"ftp\" is not http or https",
            ),
            ("http://:2333", "\"http://:2333\": empty host"),
            ("http://", "\"http://\": empty host"),
            ("http://kong:s3cret@", "\"http://***@\": empty host"),
            (
                "http://localhost:2333/?a=1",
                "\"http://localhost:2333/?a=1\": it has a query string",
            ),
            (
                "http://kong:s3cret@localhost:2333/#top",
                "\"http://***@localhost:2333/#top\": it has a fragment",
            ),
            (
                "http://user:pass#word@localhost:2333",
                "\"http://***@localhost:2333\": invalid port number",
            ),
            (
                "http://localhost:2333/proxy",
                "\"http://localhost:2333/proxy\": it has a path",
            ),
            // A host the url crate would decode is refused, not changed.
            (
                "http://bücher.example:1",
                "\"http://b\\u{fc}cher.example:1\": its host is not written in plain ASCII \
                 (percent-encoded, international or full-width characters)",
            ),
            (
                "http://%41B.example:1",
                "\"http://%41B.example:1\": its host is not written in plain ASCII \
                 (percent-encoded, international or full-width characters)",
            ),
            (
                "http://proxy:0",
                "\"http://proxy:0\": port 0 is not a port to connect to",
            ),
            (
                "http://localhost:2333;a=1",
                "\"http://localhost:2333;a=1\": invalid port number",
            ),
            (
                "http://localhost:2333/;a=1",
                "\"http://localhost:2333/;a=1\": it has a path",
            ),
            (
                "http://pro%0Axy:3128",
                "\"http://pro%0Axy:3128\": invalid international domain name",
            ),
            (
                "http://localhost:99999",
                "\"http://localhost:99999\": invalid port number",
            ),
            (
                "http://kong:s3cret@pro xy:3128",
                "\"http://***@pro xy:3128\": \
                 it contains the control or whitespace character ' '",
            ),
            (
                "http://kong:s3cr\net@proxy:3128",
                "\"http://***@proxy:3128\": \
                 it contains the control or whitespace character '\\n'",
            ),
            (
                "http://proxy:3128\nrole = control_plane",
                "\"http://proxy:3128\\nrole = control_plane\": \
                 it contains the control or whitespace character '\\n'",
            ),
            (
                "http://pro\txy:3128",
                "\"http://pro\\txy:3128\": \
                 it contains the control or whitespace character '\\t'",
            ),
            (
                " http://proxy:3128",
                "\" http://proxy:3128\": \
                 it contains the control or whitespace character ' '",
            ), // Accepted by the url crate as they are, but not by an
            // environment file: refused, with the percent-encoding to use.
            (
                "http://kong:$(id)@proxy:3128",
                "\"http://***@proxy:3128\": it contains '$', which an environment file \
                 cannot hold as it is (POSIX sh, docker --env-file and Compose read it \
                 differently); percent-encode it in the user name or password (%24)",
            ),
            (
                "http://kong:it's@proxy:3128",
                "\"http://***@proxy:3128\": it contains '\\'', which an environment file \
                 cannot hold as it is (POSIX sh, docker --env-file and Compose read it \
                 differently); percent-encode it in the user name or password (%27)",
            ),
            // The url crate encodes `;` itself; `&` it leaves.
            (
                "http://kong:a;b&c@proxy:3128",
                "\"http://***@proxy:3128\": it contains '&', which an environment file \
                 cannot hold as it is (POSIX sh, docker --env-file and Compose read it \
                 differently); percent-encode it in the user name or password (%26)",
            ),
            (
                "http://pro$xy:3128",
                "\"http://pro$xy:3128\": it contains '$', which an environment file \
                 cannot hold as it is (POSIX sh, docker --env-file and Compose read it \
                 differently); percent-encode it in the user name or password (%24)",
            ),
            // Invisible characters, before anything else (U+2028 is whitespace too).
            (
                "http://kong:s3cret\u{2028}@proxy:3128",
                "\"http://***@proxy:3128\": it contains the invisible Unicode character \
                 '\\u{2028}' (a format character or a line or paragraph separator)",
            ),
            (
                "http://pro\u{200b}xy:3128",
                "\"http://pro\\u{200b}xy:3128\": it contains the invisible Unicode character \
                 '\\u{200b}' (a format character or a line or paragraph separator)",
            ),
        ];
        for (input, message) in cases {
            assert_eq!(
                proxy_error(input),
                format!("invalid forward proxy URL {message}; {EXPECTED}"),
                "{input:?}"
            );
        }
    }

    #[test]
    fn the_password_never_shows_in_debug_or_errors() {
        let config = config(Geo::Eu, Edition::Apr2025, false)
            .to_builder()
            .with_forward_proxy("https://kong:s3cret@proxy.internal:3128")
            .build()
            .unwrap();
        let debug = format!("{config:?}");
        assert!(!debug.contains("s3cret"), "{debug}");
        assert!(
            debug.contains("ForwardProxy(\"https://***@proxy.internal:3128\")"),
            "{debug}"
        );
        let pretty = format!("{config:#?}");
        assert!(!pretty.contains("s3cret"), "{pretty}");

        let err = config
            .to_builder()
            .with_forward_proxy("https://kong:s3cret@proxy.internal:3128/?x=1")
            .build()
            .unwrap_err();
        assert!(!err.to_string().contains("s3cret"));
        assert!(!format!("{err:?}").contains("s3cret"), "{err:?}");
        assert_eq!(err.kind(), ErrorKind::InvalidProxyUrl);
        assert_eq!(
            err.to_string(),
            "invalid forward proxy URL \"https://***@proxy.internal:3128/?x=1\": it has a query \
             string; expected http://[USER[:PASSWORD]@]HOST[:PORT] or https://[USER[:PASSWORD]@]HOST[:PORT]"
        );
    }

    /// A small deterministic generator, so the hostile-input tests below
    /// need no dev-dependency and always check the same inputs.
    struct Lcg(u64);

    impl Lcg {
        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            items[(self.0 >> 33) as usize % items.len()]
        }

        fn junk(&mut self, pieces: usize) -> String {
            const TOKENS: &[&str] = &[
                "u", ":", "@", "p", "#", "\\", "/", "?", ";", "=", "%", "%23", "%0A", "%zz", "\n",
                "\r", "\t", " ", "\0", "\u{7f}", "\u{85}", "\u{a0}", "\u{202e}", "é", "'", "\"",
                "[", "]", "::1", "proxy", ".", "example", "3128", "99999", "xn--",
            ];
            (0..pieces).map(|_| self.pick(TOKENS)).collect()
        }
    }

    #[test]
    fn no_accepted_url_can_break_a_kong_conf_line() {
        let base = config(Geo::Eu, Edition::Apr2025, false);
        let mut rng = Lcg(7);
        let mut accepted = 0;
        for round in 0..20_000 {
            let scheme = rng.pick(&["http://", "https://", "HTTP://", "socks5://", "", "http:"]);
            let input = format!("{scheme}{}", rng.junk(1 + round % 9));
            let Ok(config) = base.to_builder().with_forward_proxy(&input).build() else {
                continue;
            };
            accepted += 1;
            let text = config.kong_conf();
            let line = text
                .lines()
                .find(|l| l.starts_with("proxy_server = "))
                .unwrap();
            let value = &line["proxy_server = ".len()..];
            assert!(
                value.starts_with("http://") || value.starts_with("https://"),
                "{input:?} gave {value:?}"
            );
            assert!(
                !value.contains(['#', '\\'])
                    && !value.chars().any(|c| c.is_control() || c.is_whitespace()),
                "{input:?} gave {value:?}"
            );
            assert!(
                value
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-._/:@%+=,[]".contains(c)),
                "{input:?} gave {value:?}, which an environment file could misread"
            );
            // The three proxy settings, each on its own line.
            assert_eq!(
                text.lines().count(),
                base.settings().count() + 3,
                "{input:?}"
            );
        }
        // The generator must reach both outcomes for the test to mean
        // anything; most of its tokens are refused for environment files.
        assert!(accepted > 250, "only {accepted} URLs accepted");
    }

    #[test]
    fn no_password_leaks_from_hostile_urls() {
        let base = config(Geo::Eu, Edition::Apr2025, false);
        let mut rng = Lcg(11);
        let (mut accepted, mut refused) = (0, 0);
        for round in 0..20_000 {
            let scheme = rng.pick(&["http://", "https://", "ftp://", "", "://"]);
            let input = format!(
                "{scheme}u:s3cret{}@{}",
                rng.junk(round % 4),
                rng.junk(1 + round % 5)
            );
            match base.to_builder().with_forward_proxy(&input).build() {
                Ok(config) => {
                    accepted += 1;
                    let debug = format!("{config:?}");
                    assert!(!debug.contains("s3cret"), "{input:?}: {debug}");
                }
                Err(err) => {
                    refused += 1;
                    let shown = format!("{err} {err:?}");
                    assert!(!shown.contains("s3cret"), "{input:?}: {shown}");
                }
            }
        }
        assert!(
            accepted > 100 && refused > 100,
            "{accepted} accepted, {refused} refused"
        );
    }
}

/// Writes `config` as an environment file (`NAME=value` lines, as
/// `docker --env-file`, Compose and `set -a; . FILE` read them), sources it
/// with `sh` in `dir` and returns the `KONG_` variables `sh` ends up with.
#[cfg(unix)]
fn sourced_in_sh(config: &DataPlaneConfig, dir: &std::path::Path) -> Vec<(String, String)> {
    let file = dir.join("kong.env");
    std::fs::write(&file, config.render(konnect_netreq::ConfigFormat::Env)).unwrap();
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg("set -a; . ./kong.env; env")
        .current_dir(dir)
        .env_clear()
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let mut vars: Vec<(String, String)> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter(|line| line.starts_with("KONG_"))
        .map(|line| {
            let (name, value) = line.split_once('=').unwrap();
            (name.to_owned(), value.to_owned())
        })
        .collect();
    vars.sort();
    vars
}

/// Hostile cert paths and proxy URLs: each is refused or, once accepted,
/// reads back from `sh` exactly as the crate wrote it, and no command in
/// any of them runs.
#[cfg(unix)]
#[test]
fn an_environment_file_sourced_in_sh_runs_nothing_and_reads_back_exactly() {
    let dir = std::env::temp_dir().join(format!("konnect-netreq-env-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir(&dir).unwrap();
    let marker = dir.join("marker");
    let paths = [
        "/etc/kong/$(touch marker).crt",
        "/etc/kong/`touch marker`.crt",
        "/etc/kong/a.crt;touch marker",
        "/etc/kong/a.crt&&touch${IFS}marker",
        "/etc/kong/a.crt|touch marker",
        "/etc/kong/$HOME.crt",
        "~/a.crt",
        "/etc/kong/\"a\".crt",
        "/etc/kong/'a'.crt",
        "/etc/kong/a.crt # comment",
        // Accepted: every character an environment file holds as it is.
        "/etc/kong/a=b,c@d%e+f:g[1]_2-3.crt",
        "/run/secrets/dp.crt",
    ];
    let proxies = [
        "http://kong:$(touch marker)@proxy:3128",
        "http://kong:`touch marker`@proxy:3128",
        "http://kong:a&touch marker@proxy:3128",
        "http://kong:$HOME@proxy:3128",
        "http://kong:it's@proxy:3128",
        "http://kong:!*()~@proxy:3128",
        // Accepted once percent-encoded: `$(touch marker)`, a backtick, `#`.
        "http://kong:%24%28touch%20marker%29%60%23@proxy:3128",
        "https://k%24ng@[::1]:3129",
    ];
    let base = config(Geo::Eu, Edition::Apr2025, false);
    let mut accepted = Vec::new();
    let mut accepted_inputs = Vec::new();
    for path in paths {
        if let Ok(config) = base.to_builder().with_cluster_cert(path).build() {
            accepted.push(config);
            accepted_inputs.push(path);
        }
    }
    #[cfg(feature = "url")]
    for proxy in proxies {
        if let Ok(config) = base.to_builder().with_forward_proxy(proxy).build() {
            accepted.push(config);
            accepted_inputs.push(proxy);
        }
    }
    let mut want = vec!["/etc/kong/a=b,c@d%e+f:g[1]_2-3.crt", "/run/secrets/dp.crt"];
    if cfg!(feature = "url") {
        want.extend([
            "http://kong:%24%28touch%20marker%29%60%23@proxy:3128",
            "https://k%24ng@[::1]:3129",
        ]);
    }
    let _ = proxies;
    assert_eq!(accepted_inputs, want, "the accepted inputs");
    // Listeners of one's own hold spaces (`0.0.0.0:8443 http2 ssl`); the
    // rendered file quotes them, so sourcing runs no `0.0.0.0:8443`.
    let listeners: Vec<konnect_netreq::Listener> = ["http:80", "https:443", "tls:9443"]
        .iter()
        .map(|text| text.parse().unwrap())
        .collect();
    let own = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .with_listeners(listeners)
        .build()
        .unwrap()
        .data_plane_config()
        .unwrap();
    assert!(own.render(konnect_netreq::ConfigFormat::Env).contains(
        "KONG_PROXY_LISTEN='0.0.0.0:80 reuseport backlog=16384, \
                 0.0.0.0:443 http2 ssl reuseport backlog=16384'\n"
    ));
    accepted.push(own);
    for config in &accepted {
        let mut written: Vec<(String, String)> = config
            .env()
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect();
        written.sort();
        assert_eq!(sourced_in_sh(config, &dir), written);
    }
    // The refused values never reach a file, but show that sourcing them
    // would have run a command: the check can fail.
    let unsafe_line = "KONG_CLUSTER_CERT=/etc/kong/$(touch marker).crt\n";
    std::fs::write(dir.join("kong.env"), unsafe_line).unwrap();
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg("set -a; . ./kong.env")
        .current_dir(&dir)
        .status()
        .unwrap();
    assert!(status.success());
    assert!(marker.exists(), "the control did not run its command");
    std::fs::remove_file(&marker).unwrap();
    for config in &accepted {
        sourced_in_sh(config, &dir);
        assert!(!marker.exists(), "sourcing {:?} ran a command", config);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

mod dp_labels {
    use super::*;
    use crate::common::quoted;

    const EXPECTED: &str = "expected at most 10 labels KEY:VALUE, key and value each 1 to 63 \
        ASCII letters, digits, '_', '.', ':' or '-' starting and ending with a letter or digit, \
        the key not starting with kong, konnect, insomnia, mesh or kic";

    fn base() -> DataPlaneConfig {
        config(Geo::Eu, Edition::Aug2026, false)
    }

    #[track_caller]
    fn refused(labels: &[&str], input: &str, text: &str) {
        let err = base()
            .to_builder()
            .with_cluster_dp_labels(labels)
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidDpLabel);
        assert_eq!(
            err.to_string(),
            format!(
                "invalid cluster_dp_labels label {}: {text}; {EXPECTED}",
                quoted(input)
            )
        );
    }

    // Kong's rules, `kong/conf_loader/parse.lua` @ 22246ef28 in Kong/kong:
    // MAX_KEYS_COUNT = 10, MAX_KEY_SIZE = MAX_VALUE_SIZE = 63,
    // BASE_PTRN = "[a-z0-9]([\w\.:-]*[a-z0-9]|)$" with flags "ajoi" (case-
    // insensitive), KEY_PTRN = "(?!kong)(?!konnect)(?!insomnia)(?!mesh)(?!kic)"
    // .. BASE_PTRN, each label split at its first ':'.
    #[test]
    fn accepted_as_kong_accepts_them() {
        let key63 = "k".repeat(63);
        let value63 = format!("v{}v", "_.:-".repeat(16).get(..61).unwrap());
        let long = format!("{key63}:{value63}");
        let labels = [
            "deployment:mycloud",
            "region:us-east-1",
            "a:b",
            "A_b.C-d:E:f",
            "x1:2.0",
            "ko:ng",
            "team:kong",
            &long,
            "k9:v_9",
            "mykong:x",
        ];
        let config = base()
            .to_builder()
            .with_cluster_dp_labels(labels)
            .build()
            .unwrap();
        let value = config
            .settings()
            .find(|(name, _)| *name == "cluster_dp_labels")
            .unwrap()
            .1
            .to_owned();
        assert_eq!(value, labels.join(","));
        let env: Vec<(&str, &str)> = config.env().collect();
        assert_eq!(
            env.get(base().env().count()),
            Some(&("KONG_CLUSTER_DP_LABELS", value.as_str()))
        );
        // No labels remove the setting.
        let cleared = config
            .to_builder()
            .with_cluster_dp_labels(Vec::<String>::new())
            .build()
            .unwrap();
        assert_eq!(cleared, base());
    }

    #[test]
    fn refused_as_kong_refuses_them() {
        let eleven: Vec<String> = (0..11).map(|n| format!("k{n}:v")).collect();
        let eleven: Vec<&str> = eleven.iter().map(String::as_str).collect();
        refused(&eleven, &eleven.join(","), "there are 11 labels");
        refused(&["region"], "region", "it has no ':' between key and value");
        refused(&[":v"], ":v", "its key is 0 bytes long");
        let key64 = format!("{}:v", "k".repeat(64));
        refused(&[&key64], &key64, "its key is 64 bytes long");
        refused(&["k:"], "k:", "its value is 0 bytes long");
        let value64 = format!("k:{}", "v".repeat(64));
        refused(&[&value64], &value64, "its value is 64 bytes long");
        let key_text =
            "its key does not start and end with a letter or digit, or holds another character";
        for bad in [
            "-k:v",
            "k-:v",
            "_k:v",
            "k k:v",
            "k/k:v",
            "k\u{e9}:v",
            "k\n:v",
        ] {
            refused(&[bad], bad, key_text);
        }
        let value_text =
            "its value does not start and end with a letter or digit, or holds another character";
        for bad in [
            "k:-v",
            "k:v.",
            "k:v,w",
            "k:v#x",
            "k:v w",
            "k:v\n",
            "k:\u{441}",
        ] {
            refused(&[bad], bad, value_text);
        }
        for (bad, prefix) in [
            ("kong:v", "kong"),
            ("KONG_x:v", "kong"),
            ("konnect.team:v", "konnect"),
            ("Insomnia:v", "insomnia"),
            ("mesh-id:v", "mesh"),
            ("KIC:v", "kic"),
            ("kicker:v", "kic"),
        ] {
            refused(
                &[bad],
                bad,
                &format!("its key starts with the reserved prefix \"{prefix}\""),
            );
        }
        // The first bad label is reported; good ones before it change nothing.
        refused(
            &["a:b", "kong:x", "-:y"],
            "kong:x",
            "its key starts with the reserved prefix \"kong\"",
        );
    }

    #[test]
    fn incremental_sync_and_labels_in_kong_conf() {
        let config = base()
            .to_builder()
            .with_cluster_dp_labels(["deployment:mycloud", "region:eu-central-1"])
            .with_incremental_sync()
            .build()
            .unwrap();
        assert!(config.kong_conf().ends_with(
            "vitals = off\ncluster_dp_labels = deployment:mycloud,region:eu-central-1\n\
             incremental_sync = on\n"
        ));
        let known = known_kong_conf_keys();
        for (name, _) in config.settings() {
            assert!(known.iter().any(|key| key == name), "{name}");
        }
    }
}

#[test]
fn the_builder_keeps_the_first_error_and_the_value_you_hold() {
    let held = config(Geo::Eu, Edition::Apr2025, false);
    let err = held
        .to_builder()
        .with_cluster_cert("a#b")
        .with_cluster_cert_key("")
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidPath);
    assert_eq!(
        err.to_string(),
        "invalid cluster_cert path \"a#b\": it contains '#', which kong.conf reads as the start of a \
         comment; expected a non-empty file path of ASCII letters, digits and '-', '.', '_', '/', \
         ':', '@', '%', '+', '=', ',', '[' or ']'"
    );
    assert_eq!(held, config(Geo::Eu, Edition::Apr2025, false));

    // A missing prefix comes first, whatever follows.
    let wildcard = Requirements::for_geo(Geo::Eu).build().unwrap();
    let err = DataPlaneConfig::builder(&wildcard)
        .with_cluster_cert("a#b")
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::MissingIdentifier);
    assert_eq!(
        err.to_string(),
        "a data plane configuration needs the control plane DNS prefix; \
         expected requirements built with a control plane DNS prefix"
    );
}

#[test]
fn cert_paths_take_paths() {
    let path = std::path::PathBuf::from("/etc/kong/dp.crt");
    let config = config(Geo::Eu, Edition::Apr2025, false)
        .to_builder()
        .with_cluster_cert(&path)
        .with_cluster_cert_key(std::path::Path::new("/etc/kong/dp.key"))
        .build()
        .unwrap();
    let settings: Vec<(&str, &str)> = config
        .settings()
        .filter(|(name, _)| name.starts_with("cluster_cert"))
        .collect();
    assert_eq!(
        settings,
        [
            ("cluster_cert", "/etc/kong/dp.crt"),
            ("cluster_cert_key", "/etc/kong/dp.key")
        ]
    );
}

#[cfg(unix)]
#[test]
fn a_path_that_is_not_utf8_is_refused() {
    use std::os::unix::ffi::OsStrExt;
    let path = std::path::Path::new(std::ffi::OsStr::from_bytes(b"/etc/kong/\xff.crt"));
    let err = config(Geo::Eu, Edition::Apr2025, false)
        .to_builder()
        .with_cluster_cert(path)
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid cluster_cert path \"/etc/kong/\\u{fffd}.crt\": it is not valid UTF-8; \
         expected a non-empty file path of ASCII letters, digits and '-', '.', '_', '/', ':', \
         '@', '%', '+', '=', ',', '[' or ']'"
    );
}
