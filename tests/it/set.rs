//! `RequirementsSet`: several control planes as one.

use crate::common::render_check::check_all_formats;
use crate::common::{self, assert_valid, validator, yaml_documents};
use konnect_netreq::{Edition, Format, Geo, Protocol, Requirements, RequirementsSet};

/// EU (Apr2025) and US (Aug2026) as one set; its outputs are golden files
/// (`tests/golden/sets/eu-and-us.*`).
fn eu_and_us() -> RequirementsSet {
    crate::golden::eu_and_us()
}

/// Every case of the shared list, two by two and all at once.
fn sets() -> Vec<RequirementsSet> {
    let cases: Vec<Requirements> = common::cases().into_iter().map(|case| case.req).collect();
    let mut sets: Vec<RequirementsSet> = cases
        .windows(2)
        .map(|pair| pair.iter().cloned().collect())
        .collect();
    sets.push(cases.iter().cloned().collect());
    sets.push(eu_and_us());
    sets
}

#[test]
fn rules_are_merged_without_duplicates() {
    let set = eu_and_us();
    let rules: Vec<String> = set.rules().map(|rule| rule.to_string()).collect();
    let mut distinct = rules.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), rules.len(), "{rules:#?}");
    // Every member's rules are the set's.
    for member in set.members() {
        for rule in member.rules() {
            assert!(rules.contains(&rule.to_string()), "{rule}");
        }
    }
    assert_eq!(set.geos(), [Geo::Eu, Geo::Us]);
    assert_eq!(set.editions(), [Edition::Apr2025, Edition::Aug2026]);
    assert_eq!(set.len(), 2);
}

#[test]
fn one_member_gives_that_members_rules_and_documents() {
    for case in common::cases() {
        let set = RequirementsSet::from(case.req.clone());
        assert!(set.rules().eq(case.req.rules()), "{}", case.name);
        for format in Format::ALL.iter().copied() {
            assert_eq!(
                set.render(format) == case.req.render(format),
                // JSON differs: a set writes its members in a list.
                !cfg!(feature = "json") || format.as_str() != "json",
                "{} {format}",
                case.name
            );
        }
    }
}

#[test]
fn any_member_allows() {
    let set = eu_and_us();
    for (host, allowed) in [
        ("cloud.konghq.com", true),
        ("a1b2c3d4e5.eu.cp0.konghq.com", true),
        ("36fc5d01be.us.cp.konghq.com", true),
        ("anything.eu.portal.konghq.com", true),
        ("anything.us.portal.konghq.com", false),
        ("36fc5d01be.us.cp0.konghq.com", false),
        ("a1b2c3d4e5.us.cp.konghq.com", false),
    ] {
        assert_eq!(set.allows(host, 443, Protocol::Tcp), allowed, "{host}");
    }
    assert!(!set.allows("cloud.konghq.com", 8443, Protocol::Tcp));
    assert!(!RequirementsSet::new().allows("cloud.konghq.com", 443, Protocol::Tcp));
}

#[test]
fn each_format_is_one_document_that_parses_back() {
    for set in sets() {
        check_all_formats(&set);
        let cilium = yaml_documents(&set.render(Format::Cilium));
        let policies: Vec<_> = cilium.iter().filter(|doc| !doc.is_null()).collect();
        assert_eq!(policies.len(), 1);
        assert_valid(
            &validator("ciliumnetworkpolicy_v2.json"),
            policies[0],
            "set",
        );
        let istio = validator("serviceentry_v1.json");
        let entries: Vec<_> = yaml_documents(&set.render(Format::Istio))
            .into_iter()
            .filter(|doc| !doc.is_null())
            .collect();
        assert_eq!(entries.len(), set.hosts().count());
        let mut names: Vec<&str> = entries
            .iter()
            .map(|doc| doc["metadata"]["name"].as_str().unwrap())
            .collect();
        for doc in &entries {
            assert_valid(&istio, doc, "set");
        }
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(names.len(), before, "ServiceEntry names are distinct");
        let aws = set.render(Format::AwsNetworkFirewall);
        assert_eq!(
            aws.matches("resource \"aws_networkfirewall_rule_group\"")
                .count(),
            1
        );
    }
}

#[test]
fn the_hosts_output_is_the_rules() {
    let text = eu_and_us().render(Format::Hosts);
    let rules: String = eu_and_us()
        .rules()
        .map(|rule| format!("{rule}\n"))
        .collect();
    assert_eq!(text, rules);
}

#[cfg(feature = "serde")]
#[test]
fn sets_round_trip_and_refuse_edited_rules() {
    for set in sets() {
        let json = serde_json::to_string(&set).unwrap();
        let back: RequirementsSet = serde_json::from_str(&json).unwrap();
        assert_eq!(back, set);
    }
    let toml_text = "[[control_plane]]\ngeo = \"eu\"\ncp_prefix = \"a1b2c3d4e5\"\n\n\
                     [[control_plane]]\ngeo = \"us\"\nedition = \"aug2026\"\n\
                     cp_prefix = \"36fc5d01be\"\nportal_id = \"d6a3e6b6bc64\"\n";
    let from_toml: RequirementsSet = toml::from_str(toml_text).unwrap();
    assert_eq!(from_toml, eu_and_us());

    let mut value = serde_json::to_value(eu_and_us()).unwrap();
    value["rules"][3]["host"] = "evil.example.com".into();
    assert_eq!(
        serde_json::from_value::<RequirementsSet>(value)
            .unwrap_err()
            .to_string(),
        "invalid requirements document: its rule 4 is \"evil.example.com:443/tcp\" \
         (regional-api, cluster, https, to-konnect), but its inputs resolve to \
         \"us.api.konghq.com:443/tcp\" (regional-api, cluster, https, to-konnect) there; \
         expected no \"rules\" or exactly the rules the inputs resolve to"
    );
}
