//! `Protocol` and `AppProtocol`.

use konnect_netreq::{AppProtocol, Protocol};

#[test]
fn transports() {
    assert_eq!(Protocol::ALL, [Protocol::Tcp, Protocol::Udp]);
    assert_eq!(Protocol::Tcp.to_string(), "tcp");
    assert_eq!(Protocol::Udp.as_str(), "udp");
    assert_eq!("TCP".parse::<Protocol>().unwrap(), Protocol::Tcp);
    for input in ["sctp", "", "tcp ", "http"] {
        assert_eq!(
            input.parse::<Protocol>().unwrap_err().to_string(),
            format!("unrecognized protocol {input:?}: expected one of tcp, udp"),
        );
    }
}

#[test]
fn application_protocols() {
    let names: Vec<&str> = AppProtocol::ALL.iter().map(|p| p.as_str()).collect();
    assert_eq!(
        names,
        ["http", "https", "https-mtls", "grpcs", "mtls", "dns"]
    );
    for &p in AppProtocol::ALL {
        assert_eq!(p.to_string().parse::<AppProtocol>().unwrap(), p);
    }
    assert_eq!(
        "tls".parse::<AppProtocol>().unwrap_err().to_string(),
        "unrecognized application protocol \"tls\": expected one of http, https, https-mtls, \
         grpcs, mtls, dns"
    );
}
