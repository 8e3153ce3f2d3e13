//! Data plane listeners: parsing, the inbound rules that follow them and
//! `proxy_listen`/`stream_listen` in kong.conf (Kong's syntax,
//! `kong/conf_loader/listeners.lua` and `kong_defaults.lua` in Kong/kong).

use crate::common::{KONG_CONF_EU_APR2025, eu_data_plane_config};
use konnect_netreq::{
    AppProtocol, Direction, Edition, ErrorKind, Geo, Listener, ListenerKind, Port, Protocol,
    Requirements,
};

fn listeners(texts: &[&str]) -> Vec<Listener> {
    texts.iter().map(|text| text.parse().unwrap()).collect()
}

fn lines(req: &Requirements) -> Vec<String> {
    req.rules().map(|rule| rule.to_string()).collect()
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

#[test]
fn the_inbound_rules_follow_the_listeners() {
    let req = Requirements::for_geo(Geo::Eu)
        .with_edition(Edition::Aug2026)
        .with_cp_prefix("a1b2c3d4e5")
        .with_portal_id("d6a3e6b6bc64")
        .with_listeners(listeners(&["http:80", "https:443", "tls:9443", "udp:5353"]))
        .build()
        .unwrap();
    assert_eq!(
        lines(&req),
        [
            "cloud.konghq.com:443/tcp",
            "global.api.konghq.com:443/tcp",
            "eu.api.konghq.com:443/tcp",
            "d6a3e6b6bc64.eu.kongportals.com:443/tcp",
            "a1b2c3d4e5.eu.cp.konghq.com:443/tcp",
            "a1b2c3d4e5.eu.tp.konghq.com:443/tcp",
            "8071/tcp",
            "8071/udp",
            "20010/tcp",
            "20010/udp",
            "80/tcp",
            "443/tcp",
            "9443/tcp",
            "5353/udp",
        ]
    );
    let udp = req.rules().last().unwrap();
    assert_eq!(udp.port(), None);
    assert_eq!(udp.port_number(), 5353);
    assert_eq!(udp.protocol(), Protocol::Udp);
    assert_eq!(udp.direction(), Direction::ToDataPlane);
    assert_eq!(udp.app_protocol(), None);
    assert_eq!(udp.kong_conf_setting(), Some("stream_listen"));
    let https = req.rules().nth(11).unwrap();
    assert_eq!(https.app_protocol(), Some(AppProtocol::Https));
    assert_eq!(https.kong_conf_setting(), Some("proxy_listen"));
    // The same port on TCP and UDP is two listeners.
    let req = Requirements::for_geo(Geo::Eu)
        .with_listeners(listeners(&["http:8000", "tcp:53", "udp:53"]))
        .build()
        .unwrap();
    let rules: Vec<String> = req.rules().map(|rule| rule.to_string()).collect();
    assert_eq!(rules[rules.len() - 3..], ["8000/tcp", "53/tcp", "53/udp"]);
}

#[test]
fn the_default_listeners_are_kongs() {
    let plain = Requirements::for_geo(Geo::Eu).build().unwrap();
    assert_eq!(plain.listeners(), Listener::DEFAULT);
    let tail: Vec<String> = lines(&plain).split_off(8);
    assert_eq!(tail, ["8000/tcp", "8443/tcp"]);
    let ports: Vec<Option<Port>> = plain.rules().skip(8).map(|rule| rule.port()).collect();
    assert_eq!(ports, [Some(Port::ProxyHttp), Some(Port::ProxyHttps)]);
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

#[test]
fn kong_conf_writes_proxy_listen_and_stream_listen() {
    let config = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .with_listeners(listeners(&[
            "http:8000",
            "https:8443",
            "tcp:5555",
            "tls:9443",
            "udp:5353",
        ]))
        .build()
        .unwrap()
        .data_plane_config()
        .unwrap();
    assert_eq!(
        config.kong_conf(),
        format!(
            "{KONG_CONF_EU_APR2025}proxy_listen = 0.0.0.0:8000, 0.0.0.0:8443 http2 ssl\n\
             stream_listen = 0.0.0.0:5555, 0.0.0.0:9443 ssl, 0.0.0.0:5353 udp\n"
        )
    );
    let env: Vec<(&str, &str)> = config.env().skip(12).collect();
    assert_eq!(
        env,
        [
            ("KONG_PROXY_LISTEN", "0.0.0.0:8000, 0.0.0.0:8443 http2 ssl"),
            (
                "KONG_STREAM_LISTEN",
                "0.0.0.0:5555, 0.0.0.0:9443 ssl, 0.0.0.0:5353 udp"
            ),
        ]
    );
    // Without stream listeners, `stream_listen` keeps Kong's default (off).
    let config = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .with_listeners(listeners(&["https:443"]))
        .build()
        .unwrap()
        .data_plane_config()
        .unwrap();
    assert_eq!(
        config.kong_conf(),
        format!("{KONG_CONF_EU_APR2025}proxy_listen = 0.0.0.0:443 http2 ssl\n")
    );
    // Kong's defaults are not written.
    assert_eq!(eu_data_plane_config().kong_conf(), KONG_CONF_EU_APR2025);
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
