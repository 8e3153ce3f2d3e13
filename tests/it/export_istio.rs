//! The Istio format: YAML parsing and schema validation for every geo,
//! edition and option set (the exact output: `tests/golden/`).

use crate::common::{self, assert_valid, cases, validator, yaml_documents};
use konnect_netreq::{Format, Geo, RenderOptions, Requirements};
use serde_json::json;

const SCHEMA: &str = "serviceentry_v1.json";

#[test]
fn eu_apr2025_with_identifiers_parses_to_exactly_these_entries() {
    let req = common::eu_with_identifiers();
    let docs = yaml_documents(&req.render(Format::Istio));
    let entry = |name: &str, host: &str| {
        json!({
            "apiVersion": "networking.istio.io/v1",
            "kind": "ServiceEntry",
            "metadata": {"name": format!("konnect-egress-{name}"), "namespace": "kong"},
            "spec": {
                "hosts": [host],
                "location": "MESH_EXTERNAL",
                "ports": [{"number": 443, "name": "tls-443", "protocol": "TLS"}],
                "resolution": "DNS",
            },
        })
    };
    assert_eq!(
        docs,
        [
            entry("platform", "cloud.konghq.com"),
            entry("global-api", "global.api.konghq.com"),
            entry("regional-api", "eu.api.konghq.com"),
            entry("dev-portal", "d6a3e6b6bc64.eu.portal.konghq.com"),
            entry("control-plane", "a1b2c3d4e5.eu.cp0.konghq.com"),
            entry("telemetry", "a1b2c3d4e5.eu.tp0.konghq.com"),
        ]
    );
}

#[test]
fn every_case_parses_validates_and_lists_every_host() {
    let validator = validator(SCHEMA);
    for case in cases() {
        let text = case.req.render(Format::Istio);
        let docs = yaml_documents(&text);
        let hosts: Vec<_> = case.req.hosts().collect();
        assert_eq!(docs.len(), hosts.len(), "{}", case.name);
        let mut names = Vec::new();
        for (doc, (endpoint, host)) in docs.iter().zip(&hosts) {
            assert_valid(&validator, doc, &case.name);
            assert_eq!(
                doc["spec"]["hosts"],
                json!([host.as_str()]),
                "{}",
                case.name
            );
            let resolution = if host.is_wildcard() { "NONE" } else { "DNS" };
            assert_eq!(doc["spec"]["resolution"], resolution, "{}", case.name);
            assert_eq!(doc["spec"]["location"], "MESH_EXTERNAL", "{}", case.name);
            let name = doc["metadata"]["name"].as_str().unwrap().to_owned();
            // The second and later hosts of an endpoint are numbered.
            let nth = hosts
                .iter()
                .take_while(|(_, other)| other != host)
                .filter(|(other, _)| other == endpoint)
                .count()
                + 1;
            let want = if nth == 1 {
                format!("konnect-egress-{endpoint}")
            } else {
                format!("konnect-egress-{endpoint}-{nth}")
            };
            assert_eq!(name, want, "{}", case.name);
            names.push(name);
        }
        names.sort();
        names.dedup();
        assert_eq!(names.len(), hosts.len(), "{}: duplicate names", case.name);
        crate::common::assert_port_only_rules_commented(&case, &text);
    }
}

#[test]
fn options_name_and_namespace_every_entry() {
    let req = Requirements::for_geo(Geo::Au).build().unwrap();
    let options = RenderOptions::builder()
        .with_name("kdp")
        .with_namespace("mesh-gw")
        .build()
        .unwrap();
    let docs = yaml_documents(&req.render_with(Format::Istio, &options));
    let metadata: Vec<_> = docs.iter().map(|doc| doc["metadata"].clone()).collect();
    assert_eq!(
        metadata,
        [
            json!({"name": "kdp-platform", "namespace": "mesh-gw"}),
            json!({"name": "kdp-global-api", "namespace": "mesh-gw"}),
            json!({"name": "kdp-regional-api", "namespace": "mesh-gw"}),
            json!({"name": "kdp-dev-portal", "namespace": "mesh-gw"}),
            json!({"name": "kdp-control-plane", "namespace": "mesh-gw"}),
            json!({"name": "kdp-telemetry", "namespace": "mesh-gw"}),
        ]
    );
}

#[test]
fn the_schema_rejects_a_broken_entry() {
    let req = Requirements::for_geo(Geo::Eu).build().unwrap();
    let text = req
        .render(Format::Istio)
        .replace("MESH_EXTERNAL", "OUTSIDE");
    let docs = yaml_documents(&text);
    assert!(docs.iter().all(|doc| !validator(SCHEMA).is_valid(doc)));
}
