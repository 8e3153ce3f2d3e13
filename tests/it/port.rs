//! `Port`: every named port with what it carries.

use konnect_netreq::{AppProtocol, Direction, Edition, Port, Protocol};

#[test]
fn every_named_port() {
    use Protocol::{Tcp, Udp};
    type Row = (
        &'static str,
        u16,
        &'static [Protocol],
        Option<AppProtocol>,
        bool,
        Option<&'static str>,
        Direction,
        Edition,
    );
    let expected: [Row; 5] = [
        (
            "cluster",
            443,
            &[Tcp],
            Some(AppProtocol::HttpsMtls),
            false,
            None,
            Direction::ToKonnect,
            Edition::Apr2025,
        ),
        (
            "audit-logging-8071",
            8071,
            &[Tcp, Udp],
            None,
            false,
            None,
            Direction::FromKonnect,
            Edition::Apr2025,
        ),
        (
            "audit-logging-20010",
            20010,
            &[Tcp, Udp],
            None,
            false,
            None,
            Direction::FromKonnect,
            Edition::Aug2026,
        ),
        (
            "proxy-http",
            8000,
            &[Tcp],
            Some(AppProtocol::Http),
            true,
            Some("proxy_listen"),
            Direction::ToDataPlane,
            Edition::Apr2025,
        ),
        (
            "proxy-https",
            8443,
            &[Tcp],
            Some(AppProtocol::Https),
            true,
            Some("proxy_listen"),
            Direction::ToDataPlane,
            Edition::Apr2025,
        ),
    ];
    let actual: Vec<Row> = Port::ALL
        .iter()
        .map(|p| {
            (
                p.as_str(),
                p.number(),
                p.transports(),
                p.app_protocol(),
                p.is_customizable(),
                p.kong_conf_setting(),
                p.direction(),
                p.since(),
            )
        })
        .collect();
    assert_eq!(actual, expected);
}

#[test]
fn from_number() {
    for &port in Port::ALL {
        assert_eq!(Port::from_number(port.number()), Some(port));
    }
    assert_eq!(Port::from_number(80), None);
    assert_eq!(Port::from_number(0), None);
}

#[test]
fn keywords() {
    for &port in Port::ALL {
        assert_eq!(port.to_string().parse::<Port>().unwrap(), port);
    }
    assert_eq!(
        "443".parse::<Port>().unwrap_err().to_string(),
        "unrecognized port \"443\": expected one of cluster, audit-logging-8071, \
         audit-logging-20010, proxy-http, proxy-https"
    );
}
