//! The `serde` feature: keywords and identifiers as strings, through the
//! same parsers as `FromStr`.

use konnect_netreq::{
    CpPrefix, Edition, Geo, Host, Listener, Mesh, PortalId, Requirements, RequirementsSet,
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
    crate::common::for_each_keyword!(round_trip);
    round_trip("udp:5353".parse::<Listener>().unwrap());
    assert_eq!(
        serde_json::from_str::<Listener>("\"udp:0\"")
            .unwrap_err()
            .to_string(),
        "invalid listener \"udp:0\": expected KIND:PORT with KIND one of http, https, tcp, tls, \
         udp and PORT a number from 1 to 65535 at line 1 column 7"
    );
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
        format!(
            "unrecognized geo \"xx\": expected one of {} at line 1 column 4",
            crate::common::geos()
        )
    );
    assert_eq!(serde_json::from_str::<Geo>("\"EU\"").unwrap(), Geo::Eu);
    assert_eq!(
        serde_json::from_str::<Geo>("3").unwrap_err().to_string(),
        "invalid type: integer `3`, expected a string at line 1 column 1"
    );
    assert_eq!(
        serde_json::from_str::<CpPrefix>("\"a.b\"")
            .unwrap_err()
            .to_string(),
        "invalid control plane DNS prefix \"a.b\": it contains '.'; expected one DNS label: \
         1 to 63 ASCII letters, digits or hyphens, not starting or ending with a hyphen \
         at line 1 column 5"
    );
    assert_eq!(
        serde_json::from_str::<Host>("\"a..b\"")
            .unwrap_err()
            .to_string(),
        "invalid hostname \"a..b\": label \"\": it is empty; expected DNS labels of ASCII \
         letters, digits or hyphens separated by dots, at most 253 characters, optionally \
         starting with \"*.\" at line 1 column 6"
    );
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

/// Every combination of inputs the builder takes: geo, edition, each
/// identifier or none, each option, the mesh choices, and the addresses the
/// Konnect API gives in each of their forms.
fn every_combination() -> Vec<Requirements> {
    use konnect_netreq::{Mesh, RequirementsBuilder};
    let mut all = Vec::new();
    for &edition in Edition::ALL {
        for &geo in Geo::ALL {
            for bits in 0_u32..(1 << 8) {
                let on = |bit: u32| bits & (1 << bit) != 0;
                let mut b: RequirementsBuilder = Requirements::for_geo(geo).with_edition(edition);
                if on(0) {
                    b = b.with_cp_prefix("a1b2c3d4e5");
                }
                if on(1) {
                    b = b.with_portal_id("d6a3e6b6bc64");
                }
                if on(2) {
                    b = b
                        .with_auth_server_id("k7sbq2n8x4tdlmwz")
                        .with_auth_server_id("a2");
                }
                if on(3) {
                    b = b.with_event_gateway().with_identity();
                }
                if on(4) {
                    b = b.with_ingress_controller();
                }
                if on(5) {
                    b = b.with_private_link();
                }
                for mesh in [None, Some(Mesh::Regional), Some(Mesh::Global)] {
                    let b = match mesh {
                        Some(mesh) => b.clone().with_mesh(mesh),
                        None => b.clone(),
                    };
                    let b = match (on(6), on(0), on(5)) {
                        (true, true, false) => b
                            .with_control_plane_endpoint(format!(
                                "https://a1b2c3d4e5.{}.cp0.konghq.com",
                                geo.as_str()
                            ))
                            .with_telemetry_endpoint(format!(
                                "a1b2c3d4e5.{}.tp.konghq.com:443",
                                geo.as_str()
                            )),
                        _ => b,
                    };
                    if let Ok(req) = b.build() {
                        all.push(req);
                    }
                }
            }
        }
    }
    // From the API's PrivateLink form, with the geo and edition it implies.
    all.push(
        Requirements::from_control_plane_endpoint("ap.svc.konghq.com/cp/36fc5d01be")
            .unwrap()
            .with_telemetry_endpoint("ap.svc.konghq.com:443/tp/36fc5d01be")
            .build()
            .unwrap(),
    );
    all
}

#[test]
fn requirements_round_trip_through_json_for_every_combination() {
    let all = every_combination();
    assert!(all.len() > 1000, "{}", all.len());
    for req in &all {
        let json = serde_json::to_string(req).unwrap();
        let back: Requirements = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, req, "{json}");
        // The inputs alone give the same requirements.
        assert_eq!(&req.spec().build().unwrap(), req);
        let spec_json = serde_json::to_string(&req.spec()).unwrap();
        let spec: konnect_netreq::RequirementsSpec = serde_json::from_str(&spec_json).unwrap();
        assert_eq!(spec, req.spec(), "{spec_json}");
        let from_inputs: Requirements = serde_json::from_str(&spec_json).unwrap();
        assert_eq!(&from_inputs, req, "{spec_json}");
    }
}

#[test]
fn the_json_records_every_input() {
    let req = Requirements::for_geo(Geo::Us)
        .with_edition(Edition::Aug2026)
        .with_cp_prefix("9e0353434a")
        .with_control_plane_endpoint("https://9e0353434a.us.cp0.konghq.com")
        .with_telemetry_endpoint("9e0353434a.us.tp.konghq.com:443")
        .with_mesh(Mesh::Regional)
        .with_global_private_link()
        .with_auth_server_id("k7sbq2n8x4tdlmwz")
        .with_ingress_controller()
        .build()
        .unwrap();
    let mut value = serde_json::to_value(&req).unwrap();
    let rules = value.as_object_mut().unwrap().remove("rules").unwrap();
    assert_eq!(rules.as_array().unwrap().len(), req.rules().len());
    assert_eq!(
        value,
        serde_json::json!({
            "geo": "us",
            "edition": "aug2026",
            "cp_prefix": "9e0353434a",
            "portal_id": null,
            "auth_server_ids": ["k7sbq2n8x4tdlmwz"],
            "products": ["api-gateway", "dev-portal", "identity", "mesh", "ingress-controller"],
            "mesh": "regional",
            "global_private_link": true,
            "control_plane_endpoint": "9e0353434a.us.cp0.konghq.com",
            "telemetry_endpoint": "9e0353434a.us.tp.konghq.com",
            "concrete": false,
        })
    );
}

#[test]
fn inputs_alone_deserialize_in_json_toml_and_yaml() {
    let want = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .unwrap();
    let json: Requirements =
        serde_json::from_str(r#"{"geo":"eu","cp_prefix":"a1b2c3d4e5"}"#).unwrap();
    assert_eq!(json, want);
    let toml: Requirements = toml::from_str("geo = \"eu\"\ncp_prefix = \"a1b2c3d4e5\"\n").unwrap();
    assert_eq!(toml, want);
    let yaml: Requirements = serde_norway::from_str("geo: eu\ncp_prefix: a1b2c3d4e5\n").unwrap();
    assert_eq!(yaml, want);

    let from_api: Requirements = toml::from_str(
        "control_plane_endpoint = \"https://36fc5d01be.us.cp.konghq.com\"\nmesh = \"regional\"\n",
    )
    .unwrap();
    assert_eq!(
        from_api,
        Requirements::from_control_plane_endpoint("https://36fc5d01be.us.cp.konghq.com")
            .unwrap()
            .with_mesh(Mesh::Regional)
            .build()
            .unwrap()
    );
    // The whole document reads back from TOML and YAML too.
    let toml_text = toml::to_string(&want.spec()).unwrap();
    assert_eq!(
        toml_text,
        "geo = \"eu\"\nedition = \"apr2025\"\ncp_prefix = \"a1b2c3d4e5\"\n"
    );
    let yaml_text = serde_norway::to_string(&want).unwrap();
    assert_eq!(
        serde_norway::from_str::<Requirements>(&yaml_text).unwrap(),
        want
    );
}

#[test]
fn an_edited_rule_list_is_refused() {
    let req = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .unwrap();
    let mut value = serde_json::to_value(&req).unwrap();
    value["rules"][0]["host"] = "evil.example.com".into();
    assert_eq!(
        serde_json::from_value::<Requirements>(value)
            .unwrap_err()
            .to_string(),
        "invalid requirements document: its rule 1 is \"evil.example.com:443/tcp\" \
         (platform, cluster, https, to-konnect), but its inputs resolve to \
         \"cloud.konghq.com:443/tcp\" (platform, cluster, https, to-konnect) there; \
         expected no \"rules\" or exactly the rules the inputs resolve to"
    );

    let mut value = serde_json::to_value(&req).unwrap();
    let extra = value["rules"][0].clone();
    value["rules"].as_array_mut().unwrap().push(extra);
    let n = req.rules().len() + 1;
    assert_eq!(
        serde_json::from_value::<Requirements>(value)
            .unwrap_err()
            .to_string(),
        format!(
            "invalid requirements document: its rule {n} is \"cloud.konghq.com:443/tcp\" \
             (platform, cluster, https, to-konnect), but its inputs resolve to no rule there; \
             expected no \"rules\" or exactly the rules the inputs resolve to"
        )
    );

    let mut value = serde_json::to_value(&req).unwrap();
    value["rules"][0]["port"] = 8443.into();
    assert_eq!(
        serde_json::from_value::<Requirements>(value)
            .unwrap_err()
            .to_string(),
        "invalid requirements document: its rule 1 is \"cloud.konghq.com:8443/tcp\" (platform, \
         cluster, https, to-konnect), but its inputs resolve to \"cloud.konghq.com:443/tcp\" \
         (platform, cluster, https, to-konnect) there; expected no \"rules\" or exactly the \
         rules the inputs resolve to"
    );

    let mut value = serde_json::to_value(&req).unwrap();
    value["concrete"] = true.into();
    assert_eq!(
        serde_json::from_value::<Requirements>(value)
            .unwrap_err()
            .to_string(),
        "invalid requirements document: its \"concrete\" is true, but its inputs resolve to false"
    );
}

#[test]
fn documents_that_do_not_resolve_are_refused() {
    let err = |text: &str| {
        serde_json::from_str::<Requirements>(text)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        err(r#"{"cp_prefix":"a1b2c3d4e5"}"#),
        "invalid requirements document: it names no geo; expected a \"geo\" or a \
         \"control_plane_endpoint\""
    );
    assert_eq!(
        err(r#"{"geo":"eu","cp_prefx":"a1b2c3d4e5"}"#),
        "unknown key \"cp_prefx\" (did you mean \"cp_prefix\"?); the keys of a control plane \
         are geo, edition, cp_prefix, portal_id, auth_server_ids, products, mesh, private_link, \
         global_private_link, listeners, control_plane_endpoint, telemetry_endpoint; several \
         control planes go in a \"control_plane\" list ([[control_plane]] tables in TOML) at \
         line 1 column 22"
    );
    // The product shorthands are gone: `products` says it.
    assert_eq!(
        err(r#"{"geo":"eu","identity":true}"#),
        "unknown key \"identity\"; the keys of a control plane are geo, edition, cp_prefix, \
         portal_id, auth_server_ids, products, mesh, private_link, global_private_link, \
         listeners, control_plane_endpoint, telemetry_endpoint; several control planes go in \
         a \"control_plane\" list ([[control_plane]] tables in TOML) at line 1 column 22"
    );
    assert_eq!(
        err(r#"{"geo":"eu","control_plane_endpoint":"https://a1b2c3d4e5.us.cp0.konghq.com"}"#),
        "invalid control plane endpoint \"https://a1b2c3d4e5.us.cp0.konghq.com\": its geo \"us\" \
         is not the requirements' geo \"eu\"; expected https://PREFIX.GEO.cp0.konghq.com, \
         PREFIX.GEO.cp.konghq.com:443, GEO.svc.konghq.com/cp/PREFIX or the bare hostname"
    );
    // One reader, strict: each key once, a map only.
    assert_eq!(
        err(r#"{"geo":"eu","cp_prefix":"a1b2c3d4e5","cp_prefix":"b1b2c3d4e5"}"#),
        "duplicate field `cp_prefix` at line 1 column 48"
    );
    assert_eq!(
        err(r#"["eu", null, "a1b2c3d4e5"]"#),
        "invalid type: sequence, expected a map of a control plane at line 1 column 0"
    );
    assert_eq!(
        err(r#"{"control_planes":[]}"#),
        "unknown key \"control_planes\" (did you mean \"control_plane\"?); the keys of a \
         control plane are geo, edition, cp_prefix, portal_id, auth_server_ids, products, mesh, \
         private_link, global_private_link, listeners, control_plane_endpoint, \
         telemetry_endpoint; several control planes go in a \"control_plane\" list \
         ([[control_plane]] tables in TOML) at line 1 column 17"
    );
    assert_eq!(
        err(r#"{"geo":"me","mesh":"regional"}"#),
        "edition apr2025 lists no mesh sync host for geo \"me\"; expected one of au, eu, us, \
         or the global mesh sync host"
    );
}

mod inputs_property {
    use konnect_netreq::{
        AuthServerId, CpPrefix, Edition, Geo, Mesh, PortalId, Product, Requirements,
        RequirementsSpec,
    };
    use proptest::prelude::*;
    use proptest::sample::select;

    /// One DNS label as the identifiers take it.
    fn label() -> impl Strategy<Value = String> {
        "[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?"
            .prop_filter("no IDNA-like hyphens", |s| s.get(2..4) != Some("--"))
    }

    prop_compose! {
        fn spec()(
            geo in select(Geo::ALL),
            edition in proptest::option::of(select(Edition::ALL)),
            cp_prefix in proptest::option::of(label()),
            portal_id in proptest::option::of(label()),
            auth in proptest::collection::vec(label(), 0..3),
            mesh in proptest::option::of(select(Mesh::ALL)),
            products in proptest::option::of(
                proptest::sample::subsequence(Product::ALL, 0..=Product::ALL.len())
            ),
            private_link in any::<bool>(),
        ) -> RequirementsSpec {
            let mut spec = RequirementsSpec::for_geo(geo);
            spec.edition = edition;
            spec.cp_prefix = cp_prefix.map(|p| CpPrefix::new(&p).unwrap());
            spec.portal_id = portal_id.map(|p| PortalId::new(&p).unwrap());
            spec.auth_server_ids = auth.iter().map(|a| AuthServerId::new(a).unwrap()).collect();
            spec.mesh = mesh;
            spec.products = products;
            spec.private_link = private_link;
            spec
        }
    }

    proptest! {
        /// Whatever the inputs, what builds reads back equal from JSON,
        /// TOML (the inputs) and YAML, and what does not build is refused
        /// with the builder's own error.
        #[test]
        fn what_builds_reads_back(spec in spec()) {
            let json = serde_json::to_string(&spec).unwrap();
            let built = spec.build();
            match &built {
                Ok(req) => {
                    let text = serde_json::to_string(req).unwrap();
                    prop_assert_eq!(&serde_json::from_str::<Requirements>(&text).unwrap(), req);
                    prop_assert_eq!(&serde_json::from_str::<Requirements>(&json).unwrap(), req);
                    let toml_text = toml::to_string(&req.spec()).unwrap();
                    prop_assert_eq!(&toml::from_str::<Requirements>(&toml_text).unwrap(), req);
                    let yaml = serde_norway::to_string(req).unwrap();
                    prop_assert_eq!(&serde_norway::from_str::<Requirements>(&yaml).unwrap(), req);
                }
                Err(error) => {
                    let refused = serde_json::from_str::<Requirements>(&json).unwrap_err();
                    prop_assert!(refused.to_string().starts_with(&error.to_string()));
                }
            }
        }
    }
}

#[test]
fn set_documents_are_read_strictly() {
    let err = |text: &str| {
        serde_json::from_str::<RequirementsSet>(text)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        err(r#"{"control_plane":[]}"#),
        "the document lists no control plane, so there is nothing to allow; expected at least \
         one in \"control_plane\" ([[control_plane]] tables in TOML)"
    );
    assert_eq!(
        err(r#"{"control_plane":[{"geo":"eu"}],"control_plane":[{"geo":"us"}]}"#),
        "duplicate field `control_plane` at line 1 column 47"
    );
    assert_eq!(
        err(r#"{"control_plane":[["eu", null, "a1b2c3d4e5"]]}"#),
        "control plane 1: invalid type: sequence, expected a map of a control plane at line 1 \
         column 18"
    );
    assert_eq!(
        err(r#"{"control_plane":{"geo":"eu"}}"#),
        "invalid type: map, expected a list of control planes ([[control_plane]] tables in \
         TOML) at line 1 column 17"
    );
    assert_eq!(
        err(r#"{"control_plane":[{"geo":"eu","products":[]}]}"#),
        "control plane 1: no product is chosen, so there is nothing to allow; expected at least \
         one product (leave the product list out for the default, api-gateway and dev-portal) \
         at line 1 column 45"
    );
    // Identical members are one.
    let set: RequirementsSet =
        serde_json::from_str(r#"{"control_plane":[{"geo":"eu"},{"geo":"us"},{"geo":"eu"}]}"#)
            .unwrap();
    assert_eq!(set.len(), 2);
}
