//! `KongConf::read`: Kong's kong.conf syntax, the environment's precedence,
//! exact errors for hostile input, and the round trip of the crate's own
//! `kong_conf()` and `env()` output.

use konnect_netreq::{Edition, ErrorKind, Geo, KongConf, Requirements};
use proptest::prelude::*;
use proptest::sample::select;

const NO_ENV: [(&str, &str); 0] = [];

#[track_caller]
fn read(text: &str) -> KongConf {
    KongConf::read(text, NO_ENV).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

#[track_caller]
fn settings(conf: &KongConf) -> Vec<(&'static str, &str)> {
    conf.settings().collect()
}

#[test]
fn reads_the_crate_s_own_kong_conf_exactly() {
    let kong_conf = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .unwrap()
        .data_plane_config()
        .unwrap()
        .kong_conf();
    let conf = read(&kong_conf);
    assert_eq!(
        settings(&conf),
        [
            ("cluster_control_plane", "a1b2c3d4e5.eu.cp0.konghq.com:443"),
            ("cluster_server_name", "a1b2c3d4e5.eu.cp0.konghq.com"),
            (
                "cluster_telemetry_endpoint",
                "a1b2c3d4e5.eu.tp0.konghq.com:443"
            ),
            (
                "cluster_telemetry_server_name",
                "a1b2c3d4e5.eu.tp0.konghq.com"
            ),
            ("lua_ssl_trusted_certificate", "system"),
        ]
    );
    assert_eq!(
        conf.control_plane(),
        Some(("a1b2c3d4e5.eu.cp0.konghq.com", 443))
    );
    assert_eq!(
        conf.telemetry(),
        Some(("a1b2c3d4e5.eu.tp0.konghq.com", 443))
    );
    assert_eq!(
        conf.lua_ssl_trusted_certificate().collect::<Vec<_>>(),
        ["system"]
    );
    assert!(!conf.cluster_use_proxy());
    assert!(conf.proxy_server_ssl_verify());
}

#[test]
fn follows_kong_s_syntax() {
    let header = "\
# a comment line
   ; another kind of comment line

[ignored]
";
    // Everything after a section header belongs to the section.
    let conf = read(&format!(
        "{header}cluster_control_plane = a.example.com:1\n"
    ));
    assert_eq!(settings(&conf), []);

    let conf = read(
        "cluster_control_plane = first.example.com:8005\n\
         \tcluster-control-plane=  LAST.example.com:8443   # last wins; '-' reads as '_'\n\
         cluster_server_name = cp.example.com#no blank needed\n\
         lua_ssl_trusted_certificate = /etc/k\\#1.pem, \\\n   system ,\n\
         proxy_server = NONE\n\
         cluster_telemetry_endpoint =\n\
         a line without an equals sign\r\n\
         cluster_use_proxy = off\r\n",
    );
    assert_eq!(
        settings(&conf),
        [
            ("cluster_control_plane", "LAST.example.com:8443"),
            ("cluster_server_name", "cp.example.com"),
            ("cluster_use_proxy", "off"),
            ("lua_ssl_trusted_certificate", "/etc/k#1.pem,    system ,"),
        ]
    );
    assert_eq!(conf.control_plane(), Some(("last.example.com", 8443)));
    assert_eq!(
        conf.lua_ssl_trusted_certificate().collect::<Vec<_>>(),
        ["/etc/k#1.pem", "system"]
    );
    assert_eq!(conf.control_plane_server_name(), Some("cp.example.com"));
    assert_eq!(conf.telemetry(), None);
    assert_eq!(conf.telemetry_server_name(), None);
    assert_eq!(conf.proxy_server(), None);
}

#[test]
fn addresses_take_ports_paths_and_ip_literals() {
    let conf = read(
        "cluster_control_plane = ap.svc.konghq.com/cp/a1b2c3d4e5\n\
         cluster_telemetry_endpoint = [::1]:8443/tp/x\n",
    );
    assert_eq!(conf.control_plane(), Some(("ap.svc.konghq.com", 443)));
    assert_eq!(conf.control_plane_server_name(), Some("ap.svc.konghq.com"));
    assert_eq!(conf.telemetry(), Some(("::1", 8443)));
    let conf = read("cluster_control_plane = 127.0.0.1:8005\n");
    assert_eq!(conf.control_plane(), Some(("127.0.0.1", 8005)));
}

#[test]
fn the_environment_wins_and_is_read_like_the_file() {
    let conf = KongConf::read(
        "cluster_control_plane = file.example.com:443\ncluster_use_proxy = on\n\
         proxy_server = http://file-proxy:3128\n",
        [
            (
                "KONG_CLUSTER_CONTROL_PLANE",
                " env.example.com:8443 # from the env ",
            ),
            ("KONG_PROXY_SERVER", "http://kong:pa\\#ss@env-proxy:3128"),
            ("kong_cluster_use_proxy", "maybe"),
            ("KONG_CLUSTER_USE_PROXYX", "maybe"),
            ("PATH", "/usr/bin"),
        ],
    )
    .unwrap();
    assert_eq!(conf.control_plane(), Some(("env.example.com", 8443)));
    assert_eq!(
        conf.proxy_server(),
        Some("http://kong:pa#ss@env-proxy:3128")
    );
    assert!(conf.cluster_use_proxy());
    assert_eq!(
        format!("{conf:?}"),
        "{\"cluster_control_plane\": \"env.example.com:8443\", \
         \"proxy_server\": \"http://***@env-proxy:3128\", \"cluster_use_proxy\": \"on\"}"
    );
    let conf = KongConf::read("", [("KONG_PROXY_SERVER_SSL_VERIFY", "false")]).unwrap();
    assert!(!conf.proxy_server_ssl_verify());
}

#[track_caller]
fn refused(text: &str, env: &[(&str, &str)], message: &str) {
    let err = KongConf::read(text, env.iter().copied()).unwrap_err();
    assert_eq!(err.to_string(), message);
    assert_eq!(err.kind(), ErrorKind::InvalidKongConf);
}

#[test]
fn hostile_values_get_exact_errors() {
    refused(
        "\n\ncluster_use_proxy = maybe\n",
        &[],
        "invalid cluster_use_proxy \"maybe\" on kong.conf line 3: expected on, off, true or false",
    );
    refused(
        "",
        &[("KONG_CLUSTER_CONTROL_PLANE", "cp.example.com:99999")],
        "invalid cluster_control_plane \"cp.example.com:99999\" in KONG_CLUSTER_CONTROL_PLANE: \
         it is not an address; expected HOST[:PORT][/PATH] with a hostname or IP address and \
         a port from 1 to 65535",
    );
    for address in [
        "*.eu.cp0.konghq.com:443",
        "cp:0",
        "cp:",
        "cp:+1",
        "[::1",
        "a b:443",
    ] {
        let err =
            KongConf::read(&format!("cluster_telemetry_endpoint = {address}"), NO_ENV).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidKongConf, "{address}");
        assert_eq!(
            err.to_string(),
            format!(
                "invalid cluster_telemetry_endpoint {address:?} on kong.conf line 1: it is not \
                 an address; expected HOST[:PORT][/PATH] with a hostname or IP address and a \
                 port from 1 to 65535"
            )
        );
    }
    refused(
        "cluster_server_name = cp_1.example.com\n",
        &[],
        "invalid cluster_server_name \"cp_1.example.com\" on kong.conf line 1: it is not a \
         hostname; expected DNS labels separated by dots",
    );
    refused(
        "",
        &[("KONG_LUA_SSL_TRUSTED_CERTIFICATE", "/etc/a\u{1b}[31m.pem")],
        "invalid lua_ssl_trusted_certificate \"/etc/a\\u{1b}[31m.pem\" in \
         KONG_LUA_SSL_TRUSTED_CERTIFICATE: it contains the control character \\u{1b}; \
         expected none",
    );
    refused(
        "cluster_use_proxy = true\n",
        &[],
        "invalid cluster_use_proxy \"true\" on kong.conf line 1: it is on but proxy_server is \
         not set; expected a proxy_server",
    );
}

#[test]
fn a_proxy_password_never_shows_in_an_error() {
    let err = KongConf::read(
        "proxy_server = http://kong:s3cret@proxy\u{7f}:3128\n",
        NO_ENV,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid proxy_server \"http://***@proxy\\u{7f}:3128\" on kong.conf line 1: it \
         contains the control character \\u{7f}; expected none"
    );
    assert!(!format!("{err:?}").contains("s3cret"));
}

#[test]
fn a_large_hostile_file_is_read_in_one_pass() {
    // 100,000 continued lines and 100,000 unknown settings: linear work,
    // and the last line still decides.
    let mut text = "x = \\\n".repeat(100_000);
    text.push_str("end\n");
    text.push_str(&"unknown_setting = # #### \\#\n".repeat(100_000));
    text.push_str("cluster_control_plane = cp.example.com\n");
    let conf = read(&text);
    assert_eq!(conf.control_plane(), Some(("cp.example.com", 443)));
}

/// A data plane configuration with every option that changes a setting
/// the reader takes.
fn config() -> impl Strategy<Value = konnect_netreq::DataPlaneConfig> {
    let geo_edition = select(
        Edition::ALL
            .iter()
            .flat_map(|&edition| edition.geos().iter().map(move |&geo| (geo, edition)))
            .collect::<Vec<(Geo, Edition)>>(),
    );
    let proxy = proptest::option::of((
        select(&["http", "https"][..]),
        "[a-z]{1,8}",
        "[A-Za-z0-9]{0,8}(%2[0-9A-F])?",
        "[a-z][a-z0-9-]{0,20}(\\.[a-z0-9]{1,10}){0,3}",
        1u16..,
    ));
    (geo_edition, "[a-z0-9]{1,20}", any::<bool>(), proxy).prop_filter_map(
        "a geo and edition without PrivateLink",
        |((geo, edition), prefix, private_link, proxy)| {
            let mut builder = Requirements::for_geo(geo)
                .with_edition(edition)
                .with_cp_prefix(&prefix);
            if private_link {
                builder = builder.with_private_link();
            }
            #[cfg_attr(not(feature = "url"), allow(unused_mut))]
            let mut config = builder.build().ok()?.data_plane_config().ok()?.to_builder();
            #[cfg(feature = "url")]
            if let Some((scheme, user, password, host, port)) = proxy {
                config = config
                    .with_forward_proxy(format!("{scheme}://{user}:{password}@{host}:{port}"));
            }
            #[cfg(not(feature = "url"))]
            let _ = proxy;
            config.build().ok()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// `kong_conf()` and `env()` read back to the settings they wrote.
    #[test]
    fn the_crate_s_own_output_reads_back(config in config()) {
        let names = [
            "cluster_control_plane", "cluster_server_name", "cluster_telemetry_endpoint",
            "cluster_telemetry_server_name", "proxy_server", "cluster_use_proxy",
            "proxy_server_ssl_verify", "lua_ssl_trusted_certificate",
        ];
        let mut written: Vec<(&str, &str)> =
            config.settings().filter(|(name, _)| names.contains(name)).collect();
        written.sort_by_key(|(name, _)| names.iter().position(|n| n == name));
        let from_file = KongConf::read(&config.kong_conf(), NO_ENV).unwrap();
        prop_assert_eq!(from_file.settings().collect::<Vec<_>>(), written.clone());
        let from_env = KongConf::read("", config.env()).unwrap();
        prop_assert_eq!(&from_env, &from_file);
        let proxy = config.settings().find(|(name, _)| *name == "proxy_server");
        prop_assert_eq!(from_file.cluster_use_proxy(), proxy.is_some());
        prop_assert_eq!(
            from_file.proxy_server_ssl_verify(),
            proxy.is_none_or(|(_, url)| url.starts_with("https:"))
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any text, as a kong.conf or as a variable: no panic, a message with
    /// no raw control character, accepted values without one either, and a
    /// proxy password never shown.
    #[test]
    fn hostile_text_gets_a_clean_answer(
        text in "(cluster_control_plane|proxy_server|cluster_use_proxy|cluster_server_name|[a-z_ -]{0,8})[ \t]*=?[ -~\t\r\n\\\\#;\\[\\]\u{0}-\u{1f}\u{7f}\u{85}\u{2028}]{0,60}",
    ) {
        let secret = "Zq9SeCrEt";
        let url = format!("http://kong:{secret}@{text}");
        for result in [
            KongConf::read(&text, NO_ENV),
            KongConf::read("", [("KONG_CLUSTER_CONTROL_PLANE", text.as_str())]),
            KongConf::read(&format!("proxy_server = {url}\ncluster_use_proxy = on"), NO_ENV),
        ] {
            match result {
                Ok(conf) => {
                    for (name, value) in conf.settings() {
                        prop_assert!(!value.chars().any(char::is_control), "{name} = {value:?}");
                    }
                    let debug = format!("{conf:?}");
                    prop_assert!(!debug.contains(secret), "{}", debug);
                }
                Err(err) => {
                    let shown = err.to_string();
                    prop_assert!(!shown.chars().any(char::is_control), "{shown:?}");
                    let debug = format!("{err:?}");
                    prop_assert!(!shown.contains(secret) && !debug.contains(secret), "{}", shown);
                }
            }
        }
    }
}
