//! Squid `acl` and `http_access` lines for an HTTP CONNECT forward proxy.

use super::{DotList, RenderOptions, Source, dot_list, port_rule_comments, title};
use crate::Port;
use std::fmt::Write;

pub(super) fn render(req: &Source<'_>, options: &RenderOptions) -> String {
    write(req, &dot_list(req.hosts()), options)
}

/// Writes the ACLs of `list`; the rest comes from `req`.
fn write(req: &Source<'_>, list: &DotList<'_>, options: &RenderOptions) -> String {
    let prefix = options.squid_acl_prefix();
    let mut out = String::new();
    title(&mut out, "#", "Squid access rules", req);
    out.push_str(
        "# Data planes reach Konnect through the proxy with HTTP CONNECT to port 443.\n\
         # Put these lines before the final \"http_access deny all\" of squid.conf.\n",
    );
    super::leading_dot_note(&mut out, list);
    for entry in &list.kept {
        let _ = write!(out, "# {}", entry.endpoint);
        if entry.host.is_wildcard() {
            let _ = write!(out, " ({})", entry.host);
        }
        let _ = writeln!(out, "\nacl {prefix}_hosts dstdomain -n {}", entry.domain);
    }
    for (entry, by) in &list.covered {
        let _ = writeln!(
            out,
            "# {} ({}) is matched by {by} above; Squid warns about overlapping entries",
            entry.host, entry.endpoint,
        );
    }
    if list.kept.is_empty() {
        // An `http_access` line naming an ACL never defined stops Squid.
        out.push_str("# No Konnect host: nothing to allow through the proxy.\n");
    } else {
        let _ = writeln!(out, "acl {prefix}_port port {}", Port::Cluster.number());
        let _ = writeln!(out, "acl {prefix}_connect method CONNECT");
        let _ = writeln!(
            out,
            "http_access allow {prefix}_connect {prefix}_port {prefix}_hosts"
        );
    }
    if super::port_rules(req).next().is_some() {
        out.push_str(
            "# Not expressible in a forward proxy (no hostname, or not outbound through it):\n",
        );
        port_rule_comments(&mut out, "#", req);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Endpoint, Geo, Host, Requirements};

    #[test]
    fn covered_entries_are_comments_not_acls() {
        // Konnect's hosts never overlap today; this feeds overlapping ones.
        let req = Requirements::for_geo(Geo::Eu).build().unwrap();
        let req = Source::new(vec![req.geo()], vec![req.edition()], req.rules().collect());
        let hosts = [
            Host::new("*.eu.cp0.konghq.com").unwrap(),
            Host::new("a1b2c3d4e5.eu.cp0.konghq.com").unwrap(),
        ];
        let list = dot_list(
            [Endpoint::ControlPlane, Endpoint::ControlPlane]
                .into_iter()
                .zip(&hosts),
        );
        let text = write(&req, &list, &RenderOptions::default());
        assert!(text.contains(
            "\n# control-plane (*.eu.cp0.konghq.com)\nacl konnect_hosts dstdomain -n .eu.cp0.konghq.com\n\
             # a1b2c3d4e5.eu.cp0.konghq.com (control-plane) is matched by .eu.cp0.konghq.com above; \
             Squid warns about overlapping entries\nacl konnect_port port 443\n"
        ), "{text}");
        assert!(!text.contains("dstdomain -n a1b2c3d4e5"));
    }
}
