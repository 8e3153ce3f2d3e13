//! Data plane listeners: parsing, the inbound rules that follow them and
//! `proxy_listen`/`stream_listen` in kong.conf (Kong's syntax,
//! `kong/conf_loader/listeners.lua` and `kong_defaults.lua` in Kong/kong).

use crate::common::eu_data_plane_config;
use konnect_netreq::{
    AppProtocol, DataPlaneConfig, Direction, Edition, ErrorKind, Geo, Listener, ListenerKind, Port,
    Protocol, Requirements,
};

fn listeners(texts: &[&str]) -> Vec<Listener> {
    texts.iter().map(|text| text.parse().unwrap()).collect()
}

#[test]
fn parse_and_display() {
    for text in ["http:1", "https:65535", "tcp:5555", "tls:9000", "udp:53"] {
        let listener: Listener = text.parse().unwrap();
        assert_eq!(listener.to_string(), text);
    }
    let listener: Listener = "HTTPS:8443".parse().unwrap();
    assert_eq!(listener, Listener::DEFAULT[1]);
    assert_eq!(listener.named_port(), Some(Port::ProxyHttps));
    assert_eq!("https:8000".parse::<Listener>().unwrap().named_port(), None);
    for bad in [
        "http:0",
        "http:65536",
        "http:",
        "http",
        ":80",
        "ftp:21",
        "http:+80",
        "http: 80",
        "http:80 ",
        "http:8o",
        "",
    ] {
        let err = bad.parse::<Listener>().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidListener, "{bad}");
        assert_eq!(
            err.to_string(),
            format!(
                "invalid listener {bad:?}: expected KIND:PORT with KIND one of http, https, tcp, \
                 tls, udp and PORT a number from 1 to 65535"
            )
        );
    }
    assert_eq!(
        Listener::new(ListenerKind::Udp, 0).unwrap_err().to_string(),
        "invalid listener \"udp:0\": expected KIND:PORT with KIND one of http, https, tcp, \
         tls, udp and PORT a number from 1 to 65535"
    );
    let kinds: Vec<&str> = ListenerKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(kinds, ["http", "https", "tcp", "tls", "udp"]);
}

/// The rules of listeners in place of Kong's defaults are golden files
/// (`tests/golden/rules/*/eu/listeners*`); here, what each rule says.
#[test]
fn the_inbound_rules_follow_the_listeners() {
    let req = Requirements::for_geo(Geo::Eu)
        .with_edition(Edition::Aug2026)
        .with_listeners(listeners(&["http:80", "https:443", "tls:9443", "udp:5353"]))
        .build()
        .unwrap();
    let inbound: Vec<_> = req
        .rules()
        .filter(|rule| rule.direction() == Direction::ToDataPlane)
        .collect();
    let ports: Vec<(u16, Protocol)> = inbound
        .iter()
        .map(|rule| (rule.port(), rule.protocol()))
        .collect();
    assert_eq!(
        ports,
        [
            (80, Protocol::Tcp),
            (443, Protocol::Tcp),
            (9443, Protocol::Tcp),
            (5353, Protocol::Udp)
        ]
    );
    let udp = inbound[3];
    assert_eq!(udp.named_port(), None);
    assert_eq!(udp.host(), None);
    assert_eq!(udp.app_protocol(), None);
    assert_eq!(udp.kong_conf_setting(), Some("stream_listen"));
    let https = inbound[1];
    assert_eq!(https.app_protocol(), Some(AppProtocol::Https));
    assert_eq!(https.kong_conf_setting(), Some("proxy_listen"));
}

#[test]
fn the_default_listeners_are_kongs() {
    let plain = Requirements::for_geo(Geo::Eu).build().unwrap();
    assert_eq!(plain.listeners(), Listener::DEFAULT);
    let inbound: Vec<(String, Option<Port>)> = plain
        .rules()
        .filter(|rule| rule.direction() == Direction::ToDataPlane)
        .map(|rule| (rule.to_string(), rule.named_port()))
        .collect();
    assert_eq!(
        inbound,
        [
            ("8000/tcp".to_owned(), Some(Port::ProxyHttp)),
            ("8443/tcp".to_owned(), Some(Port::ProxyHttps))
        ]
    );
}

#[test]
fn duplicate_and_missing_proxy_listeners_are_refused() {
    let err = Requirements::for_geo(Geo::Eu)
        .with_listeners(listeners(&["http:8000", "tls:8000"]))
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "listener port 8000/tcp is given twice; expected each port once per transport"
    );
    let err = Requirements::for_geo(Geo::Eu)
        .with_listeners(listeners(&["tcp:5555"]))
        .build()
        .unwrap_err();
    // `kong/conf_loader/parse.lua`: "proxy_listen must be specified when
    // role = \"data_plane\"".
    assert_eq!(
        err.to_string(),
        "the listeners have no http or https proxy listener; expected at least one, \
         as Kong requires proxy_listen on a data plane"
    );
}

/// kong.conf with listeners is a golden file
/// (`tests/golden/config/apr2025/eu/listeners*`); Kong's defaults (both
/// proxy listeners, no stream listener) are not written.
#[test]
fn kong_conf_writes_only_listeners_that_are_not_kongs_defaults() {
    let names = |config: &DataPlaneConfig| -> Vec<String> {
        config.settings().map(|(name, _)| name.to_owned()).collect()
    };
    let default = names(&eu_data_plane_config());
    assert!(
        !default.iter().any(|name| name.ends_with("_listen")),
        "{default:?}"
    );
    let https_only = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .with_listeners(listeners(&["https:443"]))
        .build()
        .unwrap()
        .data_plane_config()
        .unwrap();
    let mut expected = default;
    expected.push("proxy_listen".to_owned());
    assert_eq!(names(&https_only), expected);
}

#[test]
fn listener_settings_are_kong_conf_keys() {
    let known = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/kong-conf-keys.txt"
    ))
    .unwrap();
    let config = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .with_listeners(listeners(&["http:8000", "udp:5353"]))
        .build()
        .unwrap()
        .data_plane_config()
        .unwrap();
    let names: Vec<&str> = config.settings().map(|(name, _)| name).collect();
    assert!(names.contains(&"proxy_listen") && names.contains(&"stream_listen"));
    for name in names {
        assert!(known.lines().any(|line| line == name), "{name}");
    }
}
