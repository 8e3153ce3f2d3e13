//! Helpers shared by the integration tests: every geo, edition and option
//! combination, YAML documents as JSON values, the vendored JSON schemas, an
//! independent model of Konnect hostnames (`oracle`) and parsers of every
//! rendered format (`render_check`; the fuzz targets in `fuzz/` include
//! both through `#[path]`).

#![allow(dead_code)] // each test module uses a part, some only with a feature

pub mod oracle;
pub mod render_check;

use konnect_netreq::{Edition, Requirements};
use serde::Deserialize;
use std::path::PathBuf;

/// The control plane DNS prefix and portal ID used with identifiers (the
/// golden cases' own).
pub use crate::golden::cases::{CP_PREFIX, PORTAL_ID};

/// One set of requirements and a name for failure messages.
pub struct Case {
    pub name: String,
    pub req: Requirements,
}

/// The quick start's requirements: EU, Apr2025, with both identifiers.
pub fn eu_with_identifiers() -> Requirements {
    Requirements::for_geo(konnect_netreq::Geo::Eu)
        .with_cp_prefix(CP_PREFIX)
        .with_portal_id(PORTAL_ID)
        .build()
        .unwrap()
}

/// The data plane configuration of EU, Apr2025, with a control plane
/// prefix.
pub fn eu_data_plane_config() -> konnect_netreq::DataPlaneConfig {
    Requirements::for_geo(konnect_netreq::Geo::Eu)
        .with_cp_prefix(CP_PREFIX)
        .build()
        .unwrap()
        .data_plane_config()
        .unwrap()
}

/// Checks that an export names each port-only rule of the case (which the
/// target cannot express) in a comment line `#   PORT/PROTO: ...`.
#[track_caller]
pub fn assert_port_only_rules_commented(case: &Case, text: &str) {
    for rule in case.req.rules().filter(|rule| rule.host().is_none()) {
        let line = format!("\n#   {}/{}: ", rule.port(), rule.protocol());
        assert!(text.contains(&line), "{}: no comment for {rule}", case.name);
    }
}

/// Every geo of every edition, with and without identifiers, with no
/// options, every option the edition allows, and PrivateLink.
pub fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for &edition in Edition::ALL {
        for &geo in edition.geos() {
            for ids in [false, true] {
                for extras in ["plain", "all-options", "private-link"] {
                    let mut builder = Requirements::for_geo(geo).with_edition(edition);
                    if ids {
                        builder = builder.with_cp_prefix(CP_PREFIX).with_portal_id(PORTAL_ID);
                    }
                    match extras {
                        "all-options" => {
                            builder = if edition.mesh_geos().contains(&geo) {
                                builder.with_mesh(konnect_netreq::Mesh::Regional)
                            } else {
                                builder.with_mesh(konnect_netreq::Mesh::Global)
                            };
                            builder = builder.with_ingress_controller();
                            if edition >= Edition::Aug2026 {
                                builder = builder.with_event_gateway().with_identity();
                            }
                        }
                        "private-link" if edition.private_link_geos().contains(&geo) => {
                            builder = builder.with_private_link();
                        }
                        "private-link" => continue,
                        _ => {}
                    }
                    let name = format!(
                        "{edition}/{geo}/{}/{extras}",
                        if ids { "ids" } else { "no-ids" }
                    );
                    let req = builder.build().unwrap_or_else(|e| panic!("{name}: {e}"));
                    cases.push(Case { name, req });
                }
            }
        }
    }
    cases
}

/// Parses every document of a YAML stream into JSON values.
#[track_caller]
pub fn yaml_documents(text: &str) -> Vec<serde_json::Value> {
    serde_norway::Deserializer::from_str(text)
        .map(|doc| serde_json::Value::deserialize(doc).unwrap_or_else(|e| panic!("{e}\n{text}")))
        .collect()
}

/// Loads a JSON schema vendored in `tests/data/schemas` (see
/// `tests/data/README.md`). A missing schema fails the test.
pub fn validator(file: &str) -> jsonschema::Validator {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "data", "schemas", file]
        .iter()
        .collect();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read schema {}: {e}", path.display()));
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

/// Fails with every schema error of `instance`.
#[track_caller]
pub fn assert_valid(validator: &jsonschema::Validator, instance: &serde_json::Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}\n{instance:#}");
}

/// How the crate's error messages quote an input: Rust's string escapes for
/// ASCII, `\u{...}` for every other character, in double quotes; an input
/// with an `@` redacted first (it may be a URL with a password).
pub fn quoted(input: &str) -> String {
    let redacted = if input.contains('@') {
        konnect_netreq::redact(input)
    } else {
        input.into()
    };
    let input = redacted.as_ref();
    let mut out = String::from("\"");
    for c in input.chars() {
        if c.is_ascii() {
            let debug = format!("{:?}", c.to_string());
            out.push_str(&debug[1..debug.len() - 1]);
        } else {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        }
    }
    out.push('"');
    out
}

/// Calls `$check` on every value of every keyword enum (each made by the
/// crate's `keyword_enum!`), so that a round-trip test covers them all and
/// two such tests cannot drift apart.
macro_rules! for_each_keyword {
    ($check:expr) => {{
        use konnect_netreq::*;
        Geo::ALL.iter().copied().for_each($check);
        Edition::ALL.iter().copied().for_each($check);
        Protocol::ALL.iter().copied().for_each($check);
        AppProtocol::ALL.iter().copied().for_each($check);
        Port::ALL.iter().copied().for_each($check);
        Endpoint::ALL.iter().copied().for_each($check);
        Direction::ALL.iter().copied().for_each($check);
        DataPlaneVersion::ALL.iter().copied().for_each($check);
        Format::ALL.iter().copied().for_each($check);
        Mesh::ALL.iter().copied().for_each($check);
        ListenerKind::ALL.iter().copied().for_each($check);
        Product::ALL.iter().copied().for_each($check);
        Change::ALL.iter().copied().for_each($check);
        ConfigFormat::ALL.iter().copied().for_each($check);
        Outcome::ALL.iter().copied().for_each($check);
        LogFormat::ALL.iter().copied().for_each($check);
        Reason::ALL.iter().copied().for_each($check);
    }};
}
pub(crate) use for_each_keyword;

/// The keywords of `all`, as the library's "expected one of" lists them:
/// tests that quote a refusal read the list from the enum, so a new geo or
/// edition needs no edit in them.
pub fn keywords<T: std::fmt::Display>(all: &[T]) -> String {
    let names: Vec<String> = all.iter().map(ToString::to_string).collect();
    names.join(", ")
}

/// The list of every geo keyword, as messages write it.
pub fn geos() -> String {
    keywords(konnect_netreq::Geo::ALL)
}

/// The list of every edition keyword, as messages write it.
pub fn editions() -> String {
    keywords(konnect_netreq::Edition::ALL)
}
