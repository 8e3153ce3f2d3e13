//! An independent model of what `classify` must accept, shared by the
//! property tests and the fuzz targets (`fuzz/src/lib.rs` includes this file).
//!
//! It does not take hostnames apart like `classify` does: it spells out every
//! hostname the public templates (`Endpoint::recognized_templates`) can
//! produce for the input's first label and compares whole strings. Slow and
//! simple on purpose.

use konnect_netreq::{Endpoint, Geo};

/// What a Konnect hostname is made of, as the oracle sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub endpoint: Endpoint,
    pub geo: Option<Geo>,
    /// The identifier as written in the input.
    pub identifier: Option<String>,
}

/// RFC 1123 label without IDNA's `??--` form, written without the crate's helper.
pub fn is_plain_label(label: &str) -> bool {
    let bytes = label.as_bytes();
    (1..=63).contains(&bytes.len())
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
        && bytes.first() != Some(&b'-')
        && bytes.last() != Some(&b'-')
        && !(bytes.len() >= 4 && &bytes[2..4] == b"--")
}

/// The region labels a template's region placeholder can take, with the geo
/// each one stands for (`None` for `global`).
fn regions(endpoint: Endpoint, template: &str) -> Vec<(String, Option<Geo>)> {
    let mut out = Vec::new();
    if template.contains("{geo}") {
        out.extend(Geo::ALL.iter().map(|g| (g.as_str().to_owned(), Some(*g))));
        if endpoint == Endpoint::MeshSync {
            out.push(("global".to_owned(), None));
        }
    } else if template.contains("{pl}") {
        out.extend(
            Geo::ALL
                .iter()
                .map(|g| (g.private_link_label().to_owned(), Some(*g))),
        );
        out.push(("global".to_owned(), None));
    } else {
        out.push((String::new(), None));
    }
    out
}

/// What `classify(input)` must return, or `None` if it must reject it.
pub fn expected(input: &str) -> Option<Expected> {
    let host = input.strip_suffix('.').unwrap_or(input);
    if host.len() > 253 {
        return None;
    }
    let lower = host.to_ascii_lowercase();
    // Every template ends in one of these; the rest of the work is for hosts that do.
    if !(lower.ends_with(".konghq.com") || lower.ends_with(".kongportals.com")) {
        return None;
    }
    let first = host.split('.').next().unwrap_or_default();
    for endpoint in Endpoint::ALL.iter().copied() {
        for template in endpoint.recognized_templates() {
            for (label, geo) in regions(endpoint, template) {
                let mut candidate = template.replace("{geo}", &label).replace("{pl}", &label);
                let mut identifier = None;
                for placeholder in ["CONTROL_PLANE_DNS_PREFIX", "PORTAL_ID", "AUTH_SERVER_ID"] {
                    if candidate.contains(placeholder) {
                        if !is_plain_label(first) {
                            candidate.clear();
                        } else {
                            candidate = candidate.replace(placeholder, &first.to_ascii_lowercase());
                            identifier = Some(first.to_owned());
                        }
                    }
                }
                if !candidate.is_empty() && candidate == lower {
                    return Some(Expected {
                        endpoint,
                        geo,
                        identifier,
                    });
                }
            }
        }
    }
    None
}

/// Checks `classify(input)` against [`expected`], with the input in the message.
pub fn check_classify(input: &str) {
    let found = konnect_netreq::classify(input);
    let want = expected(input);
    match (&found, &want) {
        (None, None) => {}
        (Some(found), Some(want)) => {
            let identifier = found
                .cp_prefix()
                .or(found.portal_id())
                .or(found.auth_server_id());
            assert_eq!(
                (found.endpoint(), found.geo(), identifier),
                (want.endpoint, want.geo, want.identifier.as_deref()),
                "classify({input:?})"
            );
            assert_eq!(
                found.host(),
                input.strip_suffix('.').unwrap_or(input),
                "classify({input:?}).host()"
            );
        }
        _ => panic!("classify({input:?}) = {found:?}, expected {want:?}"),
    }
}
