//! The Cilium format: YAML parsing and schema validation for every geo,
//! edition and option set (the exact output: `tests/golden/`).

use crate::common::{assert_valid, cases, validator, yaml_documents};
use konnect_netreq::{Edition, Format, Geo, RenderOptions, Requirements};
use serde_json::{Value, json};

const SCHEMA: &str = "ciliumnetworkpolicy_v2.json";

#[test]
fn us_aug2026_without_identifiers_parses_to_exactly_this_policy() {
    let req = Requirements::for_geo(Geo::Us)
        .with_edition(Edition::Aug2026)
        .build()
        .unwrap();
    let text = req.render(Format::Cilium);
    assert!(text.contains(
        "\n# In a matchPattern such as \"*.us.kongportals.com\", \"*\" stands for exactly one DNS label.\n"
    ));
    assert!(
        text.contains("\n#   20010/udp: used by the control plane for audit logging (Kong's page states no direction; its SIEM guides imply from Konnect to your log collector)\n")
    );
    let docs = yaml_documents(&text);
    assert_eq!(
        docs,
        [json!({
            "apiVersion": "cilium.io/v2",
            "kind": "CiliumNetworkPolicy",
            "metadata": {"name": "konnect-egress", "namespace": "kong"},
            "spec": {
                "description": "Egress from Kong data planes to Kong Konnect, geo us, edition aug2026",
                "endpointSelector": {"matchLabels": {"app.kubernetes.io/name": "kong"}},
                "egress": [
                    {
                        "toEndpoints": [{"matchLabels": {
                            "k8s:io.kubernetes.pod.namespace": "kube-system",
                            "k8s:k8s-app": "kube-dns",
                        }}],
                        "toPorts": [{
                            "ports": [
                                {"port": "53", "protocol": "UDP"},
                                {"port": "53", "protocol": "TCP"},
                            ],
                            "rules": {"dns": [
                                {"matchName": "cloud.konghq.com"},
                                {"matchName": "global.api.konghq.com"},
                                {"matchName": "us.api.konghq.com"},
                                {"matchPattern": "*.us.kongportals.com"},
                                {"matchPattern": "*.us.cp.konghq.com"},
                                {"matchPattern": "*.us.tp.konghq.com"},
                            ]},
                        }],
                    },
                    {
                        "toFQDNs": [
                            {"matchName": "cloud.konghq.com"},
                            {"matchName": "global.api.konghq.com"},
                            {"matchName": "us.api.konghq.com"},
                            {"matchPattern": "*.us.kongportals.com"},
                            {"matchPattern": "*.us.cp.konghq.com"},
                            {"matchPattern": "*.us.tp.konghq.com"},
                        ],
                        "toPorts": [{"ports": [{"port": "443", "protocol": "TCP"}]}],
                    },
                ],
            },
        })]
    );
}

/// The FQDN selectors of a parsed policy, as (field, value) pairs.
fn fqdns(policy: &Value) -> Vec<(String, String)> {
    let egress = policy["spec"]["egress"].as_array().unwrap();
    egress
        .iter()
        .filter_map(|rule| rule["toFQDNs"].as_array())
        .flatten()
        .map(|selector| {
            let (field, value) = selector.as_object().unwrap().iter().next().unwrap();
            (field.clone(), value.as_str().unwrap().to_owned())
        })
        .collect()
}

#[test]
fn every_case_parses_validates_and_lists_every_host() {
    let validator = validator(SCHEMA);
    let cases = cases();
    // Each geo of each edition, without and with identifiers, plain, with
    // every option, and over PrivateLink where the edition offers it.
    let expected: usize = Edition::ALL
        .iter()
        .map(|edition| 2 * (2 * edition.geos().len() + edition.private_link_geos().len()))
        .sum();
    assert_eq!(cases.len(), expected);
    for case in &cases {
        let text = case.req.render(Format::Cilium);
        let docs = yaml_documents(&text);
        assert_eq!(docs.len(), 1, "{}", case.name);
        let policy = &docs[0];
        assert_valid(&validator, policy, &case.name);
        let expected: Vec<(String, String)> = case
            .req
            .hosts()
            .map(|(_, host)| {
                let field = if host.is_wildcard() {
                    "matchPattern"
                } else {
                    "matchName"
                };
                (field.to_owned(), host.to_string())
            })
            .collect();
        assert_eq!(fqdns(policy), expected, "{}", case.name);
        // Every port-only rule is named in a comment.
        crate::common::assert_port_only_rules_commented(case, &text);
    }
}

#[test]
fn options_name_scope_and_select() {
    let req = Requirements::for_geo(Geo::Me).build().unwrap();
    let options = RenderOptions::builder()
        .with_name("kdp-egress")
        .with_namespace("gateways")
        .with_selector([("app.kubernetes.io/instance", "dp-me"), ("tier", "")])
        .build()
        .unwrap();
    let docs = yaml_documents(&req.render_with(Format::Cilium, &options));
    assert_valid(&validator(SCHEMA), &docs[0], "custom options");
    assert_eq!(
        docs[0]["metadata"],
        json!({"name": "kdp-egress", "namespace": "gateways"})
    );
    assert_eq!(
        docs[0]["spec"]["endpointSelector"],
        json!({"matchLabels": {"app.kubernetes.io/instance": "dp-me", "tier": ""}})
    );

    let all_pods = RenderOptions::builder().with_every_pod().build().unwrap();
    let text = req.render_with(Format::Cilium, &all_pods);
    assert!(text.contains("\n  endpointSelector:\n    matchLabels: {}\n"));
    let docs = yaml_documents(&text);
    assert_valid(&validator(SCHEMA), &docs[0], "all pods");
    assert_eq!(
        docs[0]["spec"]["endpointSelector"],
        json!({"matchLabels": {}})
    );
}

#[test]
fn the_schema_rejects_a_broken_policy() {
    // A control: the validator really checks, so the passes above mean something.
    let req = Requirements::for_geo(Geo::Eu).build().unwrap();
    let text = req
        .render(Format::Cilium)
        .replace("protocol: TCP", "protocol: TLS");
    let docs = yaml_documents(&text);
    assert!(!validator(SCHEMA).is_valid(&docs[0]));
}

#[test]
fn the_dns_rule_lists_only_the_policys_names_unless_told_otherwise() {
    let validator = validator(SCHEMA);
    for case in cases() {
        let own = yaml_documents(&case.req.render(Format::Cilium));
        assert_valid(&validator, &own[0], &case.name);
        let dns = &own[0]["spec"]["egress"][0]["toPorts"][0]["rules"]["dns"];
        let names: Vec<(String, String)> = dns
            .as_array()
            .unwrap()
            .iter()
            .map(|selector| {
                let (key, value) = selector.as_object().unwrap().iter().next().unwrap();
                (key.clone(), value.as_str().unwrap().to_owned())
            })
            .collect();
        assert_eq!(names, fqdns(&own[0]), "{}", case.name);

        let options = RenderOptions::builder()
            .with_cilium_dns_any()
            .build()
            .unwrap();
        let any = yaml_documents(&case.req.render_with(Format::Cilium, &options));
        assert_valid(&validator, &any[0], &case.name);
        assert_eq!(
            any[0]["spec"]["egress"][0]["toPorts"][0]["rules"]["dns"],
            json!([{"matchPattern": "*"}]),
            "{}",
            case.name
        );
        // Only the DNS rule (and the comment about it) differs.
        assert!(
            !case
                .req
                .render_with(Format::Cilium, &options)
                .contains("REFUSED")
        );
        let mut same = any[0].clone();
        same["spec"]["egress"][0]["toPorts"][0]["rules"]["dns"] = dns.clone();
        assert_eq!(same, own[0], "{}", case.name);
    }
}
