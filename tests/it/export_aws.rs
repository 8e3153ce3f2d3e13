//! The AWS Network Firewall format: HCL parsing with a real parser for
//! every geo, edition and option set (the exact output: `tests/golden/`).

use crate::common::cases;
use konnect_netreq::{Edition, Format, Geo, RenderOptions, Requirements};
use serde_json::{Value, json};

/// Parses HCL and returns it as JSON: blocks become nested objects keyed by
/// type and labels.
#[track_caller]
fn parse(text: &str) -> Value {
    let body: hcl::Body = hcl::from_str(text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    // Exactly one block, the resource, and nothing else at the top.
    assert_eq!(body.attributes().count(), 0, "{text}");
    let blocks: Vec<_> = body.blocks().collect();
    assert_eq!(blocks.len(), 1, "{text}");
    assert_eq!(blocks[0].identifier(), "resource");
    let value: hcl::Value = hcl::from_str(text).unwrap();
    serde_json::to_value(value).unwrap()
}

/// The rule group's attributes, under its resource type and name.
#[track_caller]
fn rule_group<'a>(doc: &'a Value, name: &str) -> &'a Value {
    let group = &doc["resource"]["aws_networkfirewall_rule_group"][name];
    assert!(group.is_object(), "{doc:#}");
    group
}

#[test]
fn us_aug2026_without_identifiers_parses_to_exactly_this_group() {
    let req = Requirements::for_geo(Geo::Us)
        .with_edition(Edition::Aug2026)
        .build()
        .unwrap();
    let text = req.render(Format::AwsNetworkFirewall);
    assert!(text.contains(
        "\n# A leading dot (.us.kongportals.com) matches that name itself and every name below it\n\
         # at any depth: broader than the one-label wildcard *.us.kongportals.com.\n"
    ));
    assert!(
        text.contains("\n#   20010/udp: used by the control plane for audit logging (Kong's page states no direction; its SIEM guides imply from Konnect to your log collector)\n")
    );
    let doc = parse(&text);
    assert_eq!(
        doc,
        json!({"resource": {"aws_networkfirewall_rule_group": {"konnect_egress": {
            "name": "konnect-egress",
            "description": "Kong Konnect egress, geo us, edition aug2026",
            "type": "STATEFUL",
            "capacity": 100,
            "rule_group": {"rules_source": {"rules_source_list": {
                "generated_rules_type": "ALLOWLIST",
                "target_types": ["TLS_SNI", "HTTP_HOST"],
                "targets": [
                    "cloud.konghq.com",
                    "global.api.konghq.com",
                    "us.api.konghq.com",
                    ".us.kongportals.com",
                    ".us.cp.konghq.com",
                    ".us.tp.konghq.com",
                ],
            }}},
        }}}})
    );
}

#[test]
fn every_case_parses_and_lists_every_host_once() {
    for case in cases() {
        let text = case.req.render(Format::AwsNetworkFirewall);
        let doc = parse(&text);
        let group = rule_group(&doc, "konnect_egress");
        assert_eq!(group["type"], "STATEFUL", "{}", case.name);
        let list = &group["rule_group"]["rules_source"]["rules_source_list"];
        assert_eq!(list["generated_rules_type"], "ALLOWLIST", "{}", case.name);
        assert_eq!(
            list["target_types"],
            json!(["TLS_SNI", "HTTP_HOST"]),
            "{}",
            case.name
        );
        let expected: Vec<String> = case
            .req
            .hosts()
            .filter(|(_, host)| !covered(&case.req, host))
            .map(|(_, host)| {
                if host.is_wildcard() {
                    format!(".{}", host.base())
                } else {
                    host.to_string()
                }
            })
            .collect();
        // Only Kong Identity's region host lies under another entry (its
        // auth servers' wildcard); it is left out, and said so.
        assert_eq!(list["targets"], json!(expected), "{}", case.name);
        let any_covered = case.req.hosts().any(|(_, host)| covered(&case.req, host));
        assert_eq!(text.contains("left out"), any_covered, "{}", case.name);
        crate::common::assert_port_only_rules_commented(&case, &text);
    }
}

#[test]
fn options_name_the_resource_and_group() {
    let req = Requirements::for_geo(Geo::Sg)
        .with_edition(Edition::Aug2026)
        .build()
        .unwrap();
    let options = RenderOptions::builder()
        .with_terraform_name("_kong-egress_sg")
        .with_name("kong-sg")
        .with_capacity(250)
        .build()
        .unwrap();
    let doc = parse(&req.render_with(Format::AwsNetworkFirewall, &options));
    let group = rule_group(&doc, "_kong-egress_sg");
    assert_eq!(group["name"], "kong-sg");
    assert_eq!(group["capacity"], 250);
}

/// Whether a wildcard of `req` has `host` as its base: a dot-domain entry
/// for the wildcard matches the host itself too.
fn covered(req: &konnect_netreq::Requirements, host: &konnect_netreq::Host) -> bool {
    req.hosts()
        .any(|(_, other)| other.is_wildcard() && other.base() == host.as_str())
}
