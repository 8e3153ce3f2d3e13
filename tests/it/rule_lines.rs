//! The exact text of every rule, as `Display` and `Format::Hosts` write it.

use konnect_netreq::{Edition, Format, Geo, Requirements};

#[test]
fn every_port_and_host_line() {
    let req = Requirements::for_geo(Geo::Sg)
        .with_edition(Edition::Aug2026)
        .with_cp_prefix("A1B2C3D4E5")
        .with_mesh(konnect_netreq::Mesh::Regional)
        .with_event_gateway()
        .build()
        .unwrap();
    let lines: Vec<String> = req.rules().map(|rule| rule.to_string()).collect();
    let expected = [
        "cloud.konghq.com:443/tcp",
        "global.api.konghq.com:443/tcp",
        "sg.api.konghq.com:443/tcp",
        "*.sg.kongportals.com:443/tcp",
        "a1b2c3d4e5.sg.cp.konghq.com:443/tcp",
        "a1b2c3d4e5.sg.tp.konghq.com:443/tcp",
        "sg.mesh.sync.konghq.com:443/tcp",
        "sg.control-plane.konghq.com:443/tcp",
        "sg.telemetry.konghq.com:443/tcp",
        "8071/tcp",
        "8071/udp",
        "20010/tcp",
        "20010/udp",
        "8000/tcp",
        "8443/tcp",
    ];
    assert_eq!(lines, expected);
    assert_eq!(
        req.rules().size_hint(),
        (expected.len(), Some(expected.len()))
    );
    let text: String = expected.iter().map(|line| format!("{line}\n")).collect();
    assert_eq!(req.render(Format::Hosts), text);
}

#[test]
fn longest_lines() {
    let portal = "p".repeat(63);
    let req = Requirements::for_geo(Geo::Eu)
        .with_portal_id(&portal)
        .build()
        .unwrap();
    let line = req.rules().nth(3).unwrap().to_string();
    assert_eq!(line, format!("{portal}.eu.portal.konghq.com:443/tcp"));
    assert_eq!(line.len(), 92);
}
