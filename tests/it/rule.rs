//! `Rule` and `Direction`.

use konnect_netreq::{
    AppProtocol, Direction, Edition, Endpoint, Geo, Port, Protocol, Requirements,
};

#[test]
fn rules_of_aug2026_in_detail() {
    let req = Requirements::for_geo(Geo::In)
        .with_edition(Edition::Aug2026)
        .with_cp_prefix("7078163243")
        .build()
        .unwrap();
    type Row = (
        Option<Endpoint>,
        Option<String>,
        u16,
        Protocol,
        Option<AppProtocol>,
        Direction,
    );
    let rows: Vec<Row> = req
        .rules()
        .map(|r| {
            (
                r.endpoint(),
                r.host().map(ToString::to_string),
                r.port(),
                r.protocol(),
                r.app_protocol(),
                r.direction(),
            )
        })
        .collect();
    let host = |endpoint, name: &str, app| -> Row {
        (
            Some(endpoint),
            Some(name.to_owned()),
            443,
            Protocol::Tcp,
            Some(app),
            Direction::ToKonnect,
        )
    };
    let port = |number, protocol, app, direction| -> Row {
        (None, None, number, protocol, app, direction)
    };
    assert_eq!(
        rows,
        [
            host(Endpoint::Platform, "cloud.konghq.com", AppProtocol::Https),
            host(
                Endpoint::GlobalApi,
                "global.api.konghq.com",
                AppProtocol::Https
            ),
            host(
                Endpoint::RegionalApi,
                "in.api.konghq.com",
                AppProtocol::Https
            ),
            host(
                Endpoint::DevPortal,
                "*.in.kongportals.com",
                AppProtocol::Https
            ),
            host(
                Endpoint::ControlPlane,
                "7078163243.in.cp.konghq.com",
                AppProtocol::HttpsMtls
            ),
            host(
                Endpoint::Telemetry,
                "7078163243.in.tp.konghq.com",
                AppProtocol::HttpsMtls
            ),
            port(8071, Protocol::Tcp, None, Direction::FromKonnect),
            port(8071, Protocol::Udp, None, Direction::FromKonnect),
            port(20010, Protocol::Tcp, None, Direction::FromKonnect),
            port(20010, Protocol::Udp, None, Direction::FromKonnect),
            port(
                8000,
                Protocol::Tcp,
                Some(AppProtocol::Http),
                Direction::ToDataPlane
            ),
            port(
                8443,
                Protocol::Tcp,
                Some(AppProtocol::Https),
                Direction::ToDataPlane
            ),
        ]
    );
    let ports: Vec<Port> = req.rules().filter_map(|r| r.named_port()).collect();
    assert_eq!(ports[..6], [Port::Cluster; 6]);
}

#[test]
fn display() {
    let req = Requirements::for_geo(Geo::Eu).build().unwrap();
    let shown: Vec<String> = req.rules().map(|r| r.to_string()).collect();
    assert_eq!(shown[4], "*.eu.cp0.konghq.com:443/tcp");
    assert_eq!(shown[7], "8071/udp");
}

#[test]
fn directions() {
    let names: Vec<&str> = Direction::ALL.iter().map(|d| d.as_str()).collect();
    assert_eq!(names, ["to-konnect", "from-konnect", "to-data-plane"]);
    for &d in Direction::ALL {
        assert_eq!(d.to_string().parse::<Direction>().unwrap(), d);
    }
    assert_eq!(
        "outbound".parse::<Direction>().unwrap_err().to_string(),
        "unrecognized direction \"outbound\": expected one of to-konnect, from-konnect, to-data-plane"
    );
}
