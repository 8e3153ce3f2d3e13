//! Istio `ServiceEntry` documents (YAML), one per Konnect host.
//!
//! Written by hand like the Cilium policy: validated characters only, and
//! every free-form value double-quoted.

use super::{RenderOptions, Source, port_rule_comments, title};
use crate::Endpoint;
use std::fmt::Write;

pub(super) fn render(req: &Source<'_>, options: &RenderOptions) -> String {
    let mut out = String::new();
    title(&mut out, "#", "Istio ServiceEntries", req);
    out.push_str(
        "# They register Konnect with a mesh whose outbound traffic policy is REGISTRY_ONLY.\n\
         # Exact hosts resolve through DNS; wildcard hosts use resolution NONE (Istio does\n\
         # not resolve wildcards) and are matched by TLS server name, as a suffix: broader\n\
         # than one label.\n",
    );
    if super::port_rules(req).next().is_some() {
        out.push_str("# Not expressible as a ServiceEntry (no hostname):\n");
        port_rule_comments(&mut out, "#", req);
    }
    // How many entries each endpoint has had so far.
    let mut seen = [0_usize; Endpoint::COUNT];
    for rule in req.rules() {
        let (Some(endpoint), Some(host)) = (rule.endpoint(), rule.host()) else {
            continue;
        };
        // An endpoint with several hosts (Kong Identity, or one host per
        // geo in a set) numbers the names of its second and later entries.
        let nth = match seen.get_mut(endpoint.index()) {
            Some(count) => {
                *count = count.saturating_add(1);
                *count
            }
            None => 1,
        };
        let suffix = if nth > 1 {
            format!("-{nth}")
        } else {
            String::new()
        };
        let resolution = if host.is_wildcard() { "NONE" } else { "DNS" };
        let _ = writeln!(out, "---\n# {}", endpoint.description());
        out.push_str("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n");
        let _ = writeln!(out, "  name: \"{}-{endpoint}{suffix}\"", options.name());
        let _ = writeln!(out, "  namespace: \"{}\"", options.namespace());
        let _ = writeln!(
            out,
            "spec:\n  hosts:\n    - \"{host}\"\n  location: MESH_EXTERNAL\n  ports:\n    \
             - number: {port}\n      name: tls-{port}\n      protocol: TLS\n  resolution: {resolution}",
            port = rule.port(),
        );
    }
    out
}
