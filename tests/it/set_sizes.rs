//! Every export format of a set with no member, one member and many
//! members is accepted by its tool: `squid -k parse`, the Cilium and Istio
//! CRD schemas, an HCL parser for Terraform. The outputs of an empty set
//! (made in code: a document of no control plane is refused) say so in a
//! comment and define nothing broken; the AWS capacity is never below what
//! the rules need.

use crate::common::{assert_valid, validator, yaml_documents};
use crate::export_squid::{skip_squid, squid_parse};
use konnect_netreq::{ErrorKind, Format, Geo, RenderOptions, Requirements, RequirementsSet};

/// `n` control planes, of every geo in turn, each with its own prefix.
fn set_of(n: usize) -> RequirementsSet {
    (0..n)
        .map(|i| {
            let geo = [Geo::Eu, Geo::Us, Geo::Au][i % 3];
            Requirements::for_geo(geo)
                .with_cp_prefix(format!("c{i:09}"))
                .build()
                .unwrap()
        })
        .collect()
}

fn sizes() -> [(&'static str, RequirementsSet); 3] {
    [
        ("empty", RequirementsSet::new()),
        ("one", set_of(1)),
        ("many", set_of(60)),
    ]
}

#[test]
fn squid_parses_every_size() {
    for (name, set) in sizes() {
        let text = set.render(Format::Squid);
        let allows = text.matches("\nhttp_access allow ").count();
        assert_eq!(allows, usize::from(!set.is_empty()), "{name}:\n{text}");
        if name == "empty" {
            assert!(text.ends_with("\n# No Konnect host: nothing to allow through the proxy.\n"));
        }
        if !skip_squid() {
            squid_parse(&text).unwrap_or_else(|e| panic!("{name}: {e}\n{text}"));
        }
    }
}

#[test]
fn the_crd_schemas_accept_every_size() {
    let cilium = validator("ciliumnetworkpolicy_v2.json");
    let istio = validator("serviceentry_v1.json");
    for (name, set) in sizes() {
        let text = set.render(Format::Cilium);
        let docs = yaml_documents(&text);
        assert_eq!(docs.len(), 1, "{name}");
        assert_valid(&cilium, &docs[0], name);
        let dns = &docs[0]["spec"]["egress"][0]["toPorts"][0]["rules"];
        assert_eq!(dns.is_null(), set.is_empty(), "{name}: {dns}");

        let text = set.render(Format::Istio);
        let docs = yaml_documents(&text);
        let hosts = set.hosts().count();
        assert_eq!(
            docs.iter().filter(|doc| !doc.is_null()).count(),
            hosts,
            "{name}"
        );
        for doc in docs.iter().filter(|doc| !doc.is_null()) {
            assert_valid(&istio, doc, name);
        }
    }
}

#[test]
fn terraform_parses_every_size_and_the_capacity_covers_the_rules() {
    for (name, set) in sizes() {
        let text = set.render(Format::AwsNetworkFirewall);
        let body: hcl::Body =
            hcl::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}\n{text}"));
        let blocks: Vec<&hcl::Block> = body.blocks().collect();
        if set.is_empty() {
            assert!(blocks.is_empty(), "{text}");
            assert!(text.ends_with("\n# No Konnect host: no rule group is written.\n"));
            continue;
        }
        assert_eq!(blocks.len(), 1, "{name}");
        let needed: u64 = text
            .split("# Capacity needed: about ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .unwrap()
            .parse()
            .unwrap();
        let capacity: u64 = text
            .split("\n  capacity    = ")
            .nth(1)
            .and_then(|rest| rest.lines().next())
            .unwrap()
            .parse()
            .unwrap();
        // 60 control planes of three geos need 258; a quarter more is 323.
        let expected = match name {
            "one" => (14, 100),
            _ => (258, 323),
        };
        assert_eq!((needed, capacity), expected, "{name}");
    }
}

#[test]
fn a_rule_group_above_the_aws_limit_is_refused() {
    // 12,600 control planes of three geos: two domains each (control plane
    // and telemetry) and the shared ones, 50,418 units (two target types per
    // domain, plus two): above the 50,000 of one rule group.
    let set = set_of(12_600);
    let err = set
        .try_render_with(Format::AwsNetworkFirewall, &RenderOptions::default())
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::CapacityExceeded);
    assert_eq!(
        err.to_string(),
        "the AWS Network Firewall rule group needs a capacity of 50418, above AWS's limit of \
         50000 for one rule group; expected fewer hosts per rule group (split the control \
         planes into several sets)"
    );
    // The other formats have no such limit.
    assert!(
        set.try_render_with(Format::Squid, &RenderOptions::default())
            .is_ok()
    );
}

#[test]
fn an_empty_set_cannot_be_rendered_by_the_checked_renderer() {
    let err = RequirementsSet::new()
        .try_render_with(Format::Hosts, &RenderOptions::default())
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NothingToAllow);
    assert_eq!(
        err.to_string(),
        "the set has no control plane, so there is nothing to allow; expected at least one \
         control plane"
    );
}

#[test]
fn pushing_one_at_a_time_equals_collecting_and_merges_repeats() {
    let members: Vec<Requirements> = set_of(40).members().to_vec();
    let mut pushed = RequirementsSet::new();
    for req in members.iter().chain(&members) {
        pushed.push(req.clone());
    }
    let collected: RequirementsSet = members.iter().cloned().collect();
    assert_eq!(pushed.len(), 40);
    assert_eq!(pushed, collected);
    let a: Vec<String> = pushed.rules().map(|r| r.to_string()).collect();
    let b: Vec<String> = collected.rules().map(|r| r.to_string()).collect();
    assert_eq!(a, b);
    assert_eq!(pushed.rules().len(), a.len());
    for rule in &a {
        if let Some((host, _)) = rule
            .split_once(":443/")
            .filter(|(host, _)| !host.starts_with('*'))
        {
            assert!(
                pushed.allows(host, 443, konnect_netreq::Protocol::Tcp),
                "{host}"
            );
        }
    }
}
