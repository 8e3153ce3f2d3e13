//! The standard conversions and traits of the public types.

use konnect_netreq::{
    Classified, DataPlaneConfig, Endpoint, Error, ErrorKind, Format, Geo, Host, OwnedRule, Port,
    Protocol, RenderOptions, Requirements, RequirementsBuilder, Rule, classify,
};
use std::collections::{BTreeSet, HashSet};

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<Error>();
    assert_send_sync::<ErrorKind>();
    assert_send_sync::<Host>();
    assert_send_sync::<Port>();
    assert_send_sync::<Rule<'static>>();
    assert_send_sync::<OwnedRule>();
    assert_send_sync::<Requirements>();
    assert_send_sync::<RequirementsBuilder>();
    assert_send_sync::<RenderOptions>();
    assert_send_sync::<DataPlaneConfig>();
    assert_send_sync::<Format>();
    assert_send_sync::<Classified<'static>>();
    assert_send_sync::<konnect_netreq::RequirementsSet>();
    assert_send_sync::<konnect_netreq::RequirementsSpec>();
    assert_send_sync::<konnect_netreq::RenderOptionsBuilder>();
    assert_send_sync::<konnect_netreq::DataPlaneConfigBuilder>();
    assert_send_sync::<konnect_netreq::ConfigFormat>();
    assert_send_sync::<konnect_netreq::RuleIter<'static>>();
}

#[test]
fn defaults() {
    assert!(konnect_netreq::RequirementsSet::default().is_empty());
    assert_eq!(
        konnect_netreq::RequirementsSpec::default()
            .build()
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidDocument
    );
    assert_eq!(
        konnect_netreq::ConfigFormat::default(),
        konnect_netreq::ConfigFormat::KongConf
    );
    assert_eq!(
        RenderOptions::builder().build().unwrap(),
        RenderOptions::default()
    );
}

#[test]
fn host_compares_with_text_and_converts_to_string() {
    let host = Host::new("Cloud.Konghq.com.").unwrap();
    assert!(host == "cloud.konghq.com");
    assert!(host == *"cloud.konghq.com");
    assert!("cloud.konghq.com" == host);
    assert!(host != "Cloud.Konghq.com");
    assert_eq!(AsRef::<str>::as_ref(&host), "cloud.konghq.com");
    let set: HashSet<Host> = [host.clone()].into();
    assert!(set.contains("cloud.konghq.com"));
    assert_eq!(String::from(host), "cloud.konghq.com");
    assert_eq!(
        Host::try_from(String::from("x.eu.cp0.konghq.com")).unwrap(),
        "x.eu.cp0.konghq.com"
    );
}

#[test]
fn port_converts_from_and_to_numbers() {
    assert_eq!(Port::try_from(8071).unwrap(), Port::AuditLogging8071);
    assert_eq!(u16::from(Port::AuditLogging20010), 20010);
    assert!(Port::ProxyHttps == 8443);
    assert!(8443 == Port::ProxyHttps);
    assert!(Port::ProxyHttps != 443);
    let err = Port::try_from(80).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnknownKeyword);
    assert_eq!(
        err.to_string(),
        "unrecognized port number \"80\": expected one of 443, 8071, 20010, 8000, 8443"
    );
}

#[test]
fn rules_iterate_by_reference_sort_and_own_their_host() {
    let req = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .unwrap();
    let mut by_loop = Vec::new();
    for rule in &req {
        by_loop.push(rule);
    }
    assert_eq!(by_loop, req.rules().collect::<Vec<_>>());

    let sorted: BTreeSet<Rule<'_>> = req.rules().collect();
    let texts: Vec<String> = sorted.iter().map(ToString::to_string).collect();
    assert_eq!(
        texts,
        [
            "8000/tcp",
            "8071/tcp",
            "8071/udp",
            "8443/tcp",
            "cloud.konghq.com:443/tcp",
            "global.api.konghq.com:443/tcp",
            "eu.api.konghq.com:443/tcp",
            "*.eu.portal.konghq.com:443/tcp",
            "a1b2c3d4e5.eu.cp0.konghq.com:443/tcp",
            "a1b2c3d4e5.eu.tp0.konghq.com:443/tcp",
        ]
    );

    let owned: Vec<OwnedRule> = {
        let short_lived = req.clone();
        short_lived.rules().map(OwnedRule::from).collect()
    };
    assert_eq!(owned.len(), req.rules().len());
    for (owned, rule) in owned.iter().zip(req.rules()) {
        assert_eq!(*owned, rule);
        assert_eq!(owned.to_string(), rule.to_string());
        assert_eq!(owned.endpoint(), rule.endpoint());
        assert_eq!(owned.host(), rule.host());
        assert_eq!(owned.named_port(), rule.named_port());
        assert_eq!(owned.protocol(), rule.protocol());
        assert_eq!(owned.direction(), rule.direction());
        assert_eq!(owned.app_protocol(), rule.app_protocol());
        assert_eq!(rule.to_owned_rule(), *owned);
    }
    let owned_set: BTreeSet<OwnedRule> = owned.into_iter().collect();
    let order: Vec<String> = owned_set.iter().map(ToString::to_string).collect();
    assert_eq!(order, texts);
}

#[test]
fn port_only_rules_sort_first_then_endpoints_in_table_order() {
    let req = Requirements::for_geo(Geo::Us).build().unwrap();
    let sorted: BTreeSet<Rule<'_>> = req.rules().collect();
    let first_host = sorted
        .iter()
        .position(|rule| rule.host().is_some())
        .unwrap();
    assert!(
        sorted
            .iter()
            .take(first_host)
            .all(|r| r.endpoint().is_none())
    );
    assert!(
        sorted
            .iter()
            .skip(first_host)
            .all(|r| r.endpoint().is_some())
    );
    assert_eq!(
        sorted
            .iter()
            .nth(first_host)
            .map(ToString::to_string)
            .as_deref(),
        Some("cloud.konghq.com:443/tcp")
    );
    assert!(req.allows("cloud.konghq.com", 443, Protocol::Tcp));
}

#[test]
fn classified_displays_the_host_as_classified() {
    let found = classify("A1B2C3D4E5.eu.cp0.konghq.com.").unwrap();
    assert_eq!(found.endpoint(), Endpoint::ControlPlane);
    assert_eq!(found.to_string(), "A1B2C3D4E5.eu.cp0.konghq.com");
}
