//! The `serde` feature: keywords and identifiers as strings, through the
//! same parsers as `FromStr`.
#![cfg(feature = "serde")]

use konnect_netreq::{
    AppProtocol, CpPrefix, DataPlaneVersion, Direction, Edition, Endpoint, Geo, Host, Listener,
    ListenerKind, Port, PortalId, Product, Protocol, Requirements,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt::Debug;

#[track_caller]
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug + ToString>(value: T) {
    let json = serde_json::to_string(&value).unwrap();
    assert_eq!(json, format!("\"{}\"", value.to_string()));
    assert_eq!(serde_json::from_str::<T>(&json).unwrap(), value);
}

#[test]
fn every_keyword_round_trips() {
    Geo::ALL.iter().copied().for_each(round_trip);
    Edition::ALL.iter().copied().for_each(round_trip);
    Protocol::ALL.iter().copied().for_each(round_trip);
    AppProtocol::ALL.iter().copied().for_each(round_trip);
    Port::ALL.iter().copied().for_each(round_trip);
    Endpoint::ALL.iter().copied().for_each(round_trip);
    Direction::ALL.iter().copied().for_each(round_trip);
    DataPlaneVersion::ALL.iter().copied().for_each(round_trip);
    Product::ALL.iter().copied().for_each(round_trip);
    ListenerKind::ALL.iter().copied().for_each(round_trip);
    round_trip("udp:5353".parse::<Listener>().unwrap());
    assert!(serde_json::from_str::<Listener>("\"udp:0\"").is_err());
    round_trip(CpPrefix::new("36fc5d01be").unwrap());
    round_trip(PortalId::new("d6a3e6b6bc64").unwrap());
    round_trip(Host::new("*.eu.cp0.konghq.com").unwrap());
}

#[test]
fn invalid_input_is_rejected() {
    assert_eq!(
        serde_json::from_str::<Geo>("\"xx\"")
            .unwrap_err()
            .to_string(),
        "unrecognized geo \"xx\": expected one of au, eu, me, in, us, sg at line 1 column 4"
    );
    assert_eq!(serde_json::from_str::<Geo>("\"EU\"").unwrap(), Geo::Eu);
    assert!(serde_json::from_str::<Geo>("3").is_err());
    assert_eq!(
        serde_json::from_str::<CpPrefix>("\"a.b\"")
            .unwrap_err()
            .to_string(),
        "invalid control plane DNS prefix \"a.b\": it contains '.'; expected one DNS label: \
         1 to 63 ASCII letters, digits or hyphens, not starting or ending with a hyphen \
         at line 1 column 5"
    );
    assert!(serde_json::from_str::<Host>("\"a..b\"").is_err());
}

#[test]
fn requirements_serialize() {
    let req = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .unwrap();
    let value = serde_json::to_value(&req).unwrap();
    assert_eq!(value["geo"], "eu");
    assert_eq!(value["edition"], "apr2025");
    assert_eq!(value["cp_prefix"], "a1b2c3d4e5");
    assert_eq!(value["portal_id"], serde_json::Value::Null);
    assert_eq!(value["concrete"], false);
    let rules = value["rules"].as_array().unwrap();
    assert_eq!(rules.len(), 10);
    assert_eq!(
        rules[4],
        serde_json::json!({
            "endpoint": "control-plane",
            "host": "a1b2c3d4e5.eu.cp0.konghq.com",
            "port": 443,
            "port_name": "cluster",
            "protocol": "tcp",
            "app_protocol": "https-mtls",
            "direction": "to-konnect",
        })
    );
    assert_eq!(
        rules[7],
        serde_json::json!({
            "endpoint": null,
            "host": null,
            "port": 8071,
            "port_name": "audit-logging-8071",
            "protocol": "udp",
            "app_protocol": null,
            "direction": "from-konnect",
        })
    );
}
