//! A `CiliumNetworkPolicy` (YAML) for the data plane pods' egress.
//!
//! Written by hand: every string comes from validated hostnames and
//! [`RenderOptions`], whose characters cannot end a YAML scalar, and each is
//! double-quoted anyway so no value can read as a number, boolean or null.

use super::{RenderOptions, Source, port_rule_comments, title};
use crate::{Host, Protocol};
use std::collections::HashSet;
use std::fmt::Write;

pub(super) fn render(req: &Source<'_>, options: &RenderOptions) -> String {
    let mut out = String::new();
    title(&mut out, "#", "CiliumNetworkPolicy", req);
    out.push_str(
        "# The selected pods get egress default-deny: they may reach DNS and the Konnect\n\
         # hosts below only; allow anything else they need (upstream services, the\n\
         # Kubernetes API for an ingress controller) in another policy.\n",
    );
    if let Some((_, host)) = req.hosts().find(|(_, host)| host.is_wildcard()) {
        let _ = writeln!(
            out,
            "# In a matchPattern such as \"{host}\", \"*\" stands for exactly one DNS label."
        );
    }
    if !options.cilium_dns_any() {
        out.push_str(
            "# The DNS rule allows lookups of these hosts only. Cilium refuses others with\n\
             # REFUSED, which ends the search-domain walk of some resolvers (musl): set\n\
             # tofqdns-dns-reject-response-code: nameError in cilium-config if lookups fail.\n",
        );
    }
    if super::port_rules(req).next().is_some() {
        out.push_str(
            "# Not expressed: this policy is egress only. Audit logs (the control plane's; to\n\
             # your collector, as Kong's SIEM guides imply) are not these pods' traffic, and\n\
             # an ingress section for the proxy listeners would deny every other port of the\n\
             # pods. Allow these in your own policies:\n",
        );
        port_rule_comments(&mut out, "#", req);
    }
    out.push_str("apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n");
    let _ = writeln!(out, "  name: \"{}\"", options.name());
    let _ = writeln!(out, "  namespace: \"{}\"", options.namespace());
    out.push_str("spec:\n");
    let _ = writeln!(
        out,
        "  description: \"Egress from Kong data planes to Kong Konnect, {}\"",
        req.scope(),
    );
    out.push_str("  endpointSelector:\n");
    let mut selector = options.selector().peekable();
    if selector.peek().is_none() {
        out.push_str("    matchLabels: {}\n");
    } else {
        out.push_str("    matchLabels:\n");
        for (key, value) in selector {
            let _ = writeln!(out, "      \"{key}\": \"{value}\"");
        }
    }
    out.push_str(
        "  egress:\n\
         \x20   - toEndpoints:\n\
         \x20       - matchLabels:\n\
         \x20           \"k8s:io.kubernetes.pod.namespace\": \"kube-system\"\n\
         \x20           \"k8s:k8s-app\": \"kube-dns\"\n\
         \x20     toPorts:\n\
         \x20       - ports:\n\
         \x20           - port: \"53\"\n\
         \x20             protocol: UDP\n\
         \x20           - port: \"53\"\n\
         \x20             protocol: TCP\n",
    );
    let any_host = req.hosts().next().is_some();
    if any_host || options.cilium_dns_any() {
        // An empty `dns:` list is null, which the CRD schema refuses.
        out.push_str("          rules:\n            dns:\n");
    }
    if options.cilium_dns_any() {
        out.push_str("              - matchPattern: \"*\"\n");
    } else {
        // Only the policy's own names: the DNS proxy refuses every other
        // query, so the pods cannot use DNS as a channel to anywhere else.
        let mut written: HashSet<&Host> = HashSet::new();
        for (_, host) in req.hosts() {
            if !written.insert(host) {
                continue;
            }
            let _ = writeln!(out, "              - {}: \"{host}\"", selector_field(host));
        }
    }
    // One egress rule per port and protocol; every Konnect host is on
    // 443/TCP today, so there is one.
    let mut groups: Vec<(u16, Protocol)> = Vec::new();
    for rule in req.rules().filter(|rule| rule.host().is_some()) {
        let key = (rule.port(), rule.protocol());
        if !groups.contains(&key) {
            groups.push(key);
        }
    }
    for (port, protocol) in groups {
        out.push_str("    - toFQDNs:\n");
        for rule in req.rules() {
            let Some(host) = rule.host() else { continue };
            if (rule.port(), rule.protocol()) != (port, protocol) {
                continue;
            }
            let field = selector_field(host);
            let endpoint = rule.endpoint().map(|e| e.as_str()).unwrap_or_default();
            let _ = writeln!(out, "        # {endpoint}");
            let _ = writeln!(out, "        - {field}: \"{host}\"");
        }
        let _ = writeln!(
            out,
            "      toPorts:\n        - ports:\n            - port: \"{}\"\n              protocol: {}",
            port,
            protocol.as_str().to_ascii_uppercase(),
        );
    }
    out
}

/// Cilium's selector for a host: `matchPattern` for a wildcard, `matchName`
/// for an exact name.
fn selector_field(host: &Host) -> &'static str {
    if host.is_wildcard() {
        "matchPattern"
    } else {
        "matchName"
    }
}
