//! Renderer safety: the worst values the builder accepts (63-character
//! identifiers of every shape, upper-case input, every geo, edition and
//! option) render into output whose every line parses back into the rules.

use crate::common::render_check::{check_all_formats, check_rendered};
use konnect_netreq::{Edition, Format, Mesh, Requirements};

/// The longest and oddest valid identifiers.
fn worst_identifiers() -> Vec<String> {
    vec![
        "a".repeat(63),
        "9".repeat(63),
        format!("{}z", "z-".repeat(31)),
        format!("{}0", "0-".repeat(31)),
        "A1B2C3D4E5".repeat(6) + "XYZ",
        "x".to_owned(),
        "0".to_owned(),
        // Looks like a number, a port or a protocol in `host:port/proto` lines.
        "443".to_owned(),
        "tcp".to_owned(),
        "udp-8071".to_owned(),
    ]
}

/// Every geo an edition lists, every option the edition allows, with and
/// without identifiers.
fn every_shape(cp: Option<&str>, portal: Option<&str>) -> Vec<Requirements> {
    let mut out = Vec::new();
    for edition in Edition::ALL.iter().copied() {
        for geo in edition.geos().iter().copied() {
            for variant in 0..4 {
                let mut b = Requirements::for_geo(geo).with_edition(edition);
                if let Some(cp) = cp {
                    b = b.with_cp_prefix(cp);
                }
                if let Some(portal) = portal {
                    b = b.with_portal_id(portal);
                }
                b = match variant {
                    0 => b,
                    1 if edition.has_global_mesh_sync()
                        && edition.private_link_geos().contains(&geo) =>
                    {
                        b.with_mesh(Mesh::Global).with_private_link()
                    }
                    1 if edition.has_global_mesh_sync() => b.with_mesh(Mesh::Global),
                    1 => b
                        .with_mesh(Mesh::Regional)
                        .with_private_link()
                        .with_global_private_link(),
                    2 => b.with_ingress_controller(),
                    _ if edition >= Edition::Aug2026 => b
                        .with_event_gateway()
                        .with_identity()
                        .with_mesh(Mesh::Regional)
                        .with_ingress_controller(),
                    _ => b.with_mesh(Mesh::Global),
                };
                out.push(b.build().unwrap());
            }
        }
    }
    out
}

#[test]
fn worst_valid_values_render_into_parsable_output() {
    let ids = worst_identifiers();
    let mut checked = 0;
    for cp in ids.iter().map(Some).chain([None]) {
        for portal in [Some(&ids[0]), Some(&ids[2]), None] {
            for req in every_shape(cp.map(String::as_str), portal.map(String::as_str)) {
                check_all_formats(&req);
                checked += 1;
            }
        }
    }
    // Every identifier choice (and none) x 3 portal choices x every geo of
    // every edition x 4 variants.
    let geos: usize = Edition::ALL
        .iter()
        .map(|edition| edition.geos().len())
        .sum();
    assert_eq!(checked, (ids.len() + 1) * 3 * geos * 4);
}

#[test]
fn hosts_lines_hold_only_hostname_port_and_protocol_characters() {
    let long = "a".repeat(63);
    for req in every_shape(Some(&long), Some(&long)) {
        let text = req.render(Format::Hosts);
        for line in text.lines() {
            assert!(
                line.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b".-:/*".contains(&b)),
                "{line:?}"
            );
            assert_eq!(
                line.matches(':').count(),
                usize::from(line.contains('.')),
                "{line}"
            );
            assert_eq!(line.matches('/').count(), 1, "{line}");
        }
    }
}

#[test]
fn a_format_checker_exists_for_every_format() {
    // `check_rendered` panics for a format it cannot parse; run it on each so
    // a new format without a checker fails here, not only in the fuzzer.
    let req = Requirements::for_geo(konnect_netreq::Geo::Eu)
        .build()
        .unwrap();
    for format in Format::ALL.iter().copied() {
        check_rendered(&req, format, &req.render(format));
    }
}

#[cfg(feature = "json")]
mod json {
    use konnect_netreq::{CpPrefix, Geo, Host};

    /// Deserialization goes through `FromStr`: what the parsers refuse, JSON
    /// cannot smuggle in, and the message is the parser's.
    #[test]
    fn hostile_json_strings_are_refused_with_the_parsers_message() {
        let geo = serde_json::from_str::<Geo>(r#""eu\n""#).unwrap_err();
        assert_eq!(
            geo.to_string(),
            format!(
                "unrecognized geo \"eu\\n\": expected one of {} at line 1 column 6",
                crate::common::geos()
            )
        );
        let prefix = serde_json::from_str::<CpPrefix>(r#""a1b2\u0000""#).unwrap_err();
        assert_eq!(
            prefix.to_string(),
            "invalid control plane DNS prefix \"a1b2\\0\": it contains '\\0'; expected one DNS \
             label: 1 to 63 ASCII letters, digits or hyphens, not starting or ending with a \
             hyphen at line 1 column 12"
        );
        let host = serde_json::from_str::<Host>(r#""cloud.konghq.com\nevil""#).unwrap_err();
        assert_eq!(
            host.to_string(),
            "invalid hostname \"cloud.konghq.com\\nevil\": label \"com\\nevil\": it contains \
             '\\n'; expected DNS labels of ASCII letters, digits or hyphens separated by dots, \
             at most 253 characters, optionally starting with \"*.\" at line 1 column 24"
        );
        assert!(serde_json::from_str::<Geo>("7").is_err());
    }
}
