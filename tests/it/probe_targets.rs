//! `Requirements::probe_targets`: every rule once, in rule order, with the
//! host, port, SNI and ALPN a probe uses or the reason it does not dial.

use konnect_netreq::{Edition, Endpoint, Geo, KongConf, NotProbed, Requirements};

fn lines(req: &Requirements, conf: Option<&KongConf>) -> Vec<String> {
    req.probe_targets(conf)
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn eu_with_identifiers_lists_every_rule_exactly() {
    let req = crate::common::eu_with_identifiers();
    assert_eq!(
        lines(&req, None),
        [
            "cloud.konghq.com:443 (sni cloud.konghq.com, alpn h2,http/1.1)",
            "global.api.konghq.com:443 (sni global.api.konghq.com, alpn h2,http/1.1)",
            "eu.api.konghq.com:443 (sni eu.api.konghq.com, alpn h2,http/1.1)",
            "d6a3e6b6bc64.eu.portal.konghq.com:443 (sni d6a3e6b6bc64.eu.portal.konghq.com, alpn h2,http/1.1)",
            "a1b2c3d4e5.eu.cp0.konghq.com:443 (sni a1b2c3d4e5.eu.cp0.konghq.com)",
            "a1b2c3d4e5.eu.tp0.konghq.com:443 (sni a1b2c3d4e5.eu.tp0.konghq.com)",
            "8071/tcp: not probed: inbound",
            "8071/udp: not probed: UDP",
            "8000/tcp: not probed: inbound",
            "8443/tcp: not probed: inbound",
        ]
    );
    assert_eq!(req.probe_targets(None).len(), req.rules().len());
}

#[test]
fn wildcards_are_not_probed_unless_the_kong_conf_names_the_host() {
    let req = Requirements::for_geo(Geo::Us)
        .with_edition(Edition::Aug2026)
        .with_mesh(konnect_netreq::Mesh::Regional)
        .build()
        .unwrap();
    let targets = req.probe_targets(None);
    let by_endpoint = |endpoint| {
        targets
            .iter()
            .find(|t| t.endpoint() == Some(endpoint))
            .unwrap()
    };
    let cp = by_endpoint(Endpoint::ControlPlane);
    assert_eq!(cp.not_probed(), Some(NotProbed::Wildcard));
    assert_eq!(cp.server_name(), None);
    assert_eq!(cp.alpn(), [] as [&str; 0]);
    assert_eq!(
        cp.to_string(),
        "*.us.cp.konghq.com:443: not probed: wildcard"
    );
    let mesh = by_endpoint(Endpoint::MeshSync);
    assert_eq!(
        mesh.to_string(),
        "us.mesh.sync.konghq.com:443 (sni us.mesh.sync.konghq.com, alpn h2)"
    );

    let conf = KongConf::read(
        "cluster_control_plane = 0123456789.us.cp.konghq.com:8443\n\
         cluster_telemetry_endpoint = 0123456789.us.tp.konghq.com\n\
         cluster_telemetry_server_name = tp.example.net\n",
        [] as [(&str, &str); 0],
    )
    .unwrap();
    let with_conf = lines(&req, Some(&conf));
    let cp_tp: Vec<&str> = with_conf
        .iter()
        .map(String::as_str)
        .filter(|line| line.contains(".us.cp.") || line.contains(".us.tp."))
        .collect();
    assert_eq!(
        cp_tp,
        [
            "0123456789.us.cp.konghq.com:8443 (sni 0123456789.us.cp.konghq.com)",
            "0123456789.us.tp.konghq.com:443 (sni tp.example.net)",
        ]
    );
}

#[test]
fn private_link_targets_come_from_the_kong_conf_with_their_server_names() {
    let req = Requirements::for_geo(Geo::Au)
        .with_cp_prefix("a1b2c3d4e5")
        .with_private_link()
        .build()
        .unwrap();
    let config = req.data_plane_config().unwrap();
    let conf = KongConf::read(&config.kong_conf(), [] as [(&str, &str); 0]).unwrap();
    let targets = req.probe_targets(Some(&conf));
    let probed: Vec<String> = targets
        .iter()
        .filter(|t| t.not_probed().is_none())
        .map(ToString::to_string)
        .collect();
    assert!(
        probed.contains(&"ap.svc.konghq.com:443 (sni ap.svc.konghq.com)".to_owned()),
        "{probed:#?}"
    );
}
