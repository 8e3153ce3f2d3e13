//! A Terraform `aws_networkfirewall_rule_group`: a stateful domain allowlist.
//!
//! Written by hand: hostnames and [`RenderOptions`] hold no `"`, `\`, `$`,
//! `%`, `{` or newline, so no value can end an HCL string, open a template
//! or add a block.

use super::{DotList, RenderOptions, Source, dot_list, port_rule_comments, title};
use crate::Port;
use std::fmt::Write;

/// The traffic the allowlist inspects: HTTPS by server name, HTTP by Host.
const TARGET_TYPES: [&str; 2] = ["TLS_SNI", "HTTP_HOST"];

pub(super) fn render(req: &Source<'_>, options: &RenderOptions) -> String {
    write(req, &dot_list(req.hosts()), options)
}

/// The capacity the rule group of `req` needs, as observed on domain
/// lists: one unit per domain and inspected protocol, plus one per
/// protocol.
pub(super) fn needed(req: &Source<'_>) -> u64 {
    needed_capacity(&dot_list(req.hosts()))
}

fn needed_capacity(list: &DotList<'_>) -> u64 {
    let domains = u64::try_from(list.kept.len()).unwrap_or(u64::MAX);
    domains
        .saturating_add(1)
        .saturating_mul(TARGET_TYPES.len() as u64)
}

/// The capacity written: the option's, or what the rules need plus a
/// quarter (rounded up, at most AWS's limit) if that is more, so that a
/// few more hosts later (AWS fixes the capacity when it creates the group)
/// still fit. Never less than `needed`: above the limit it is the
/// renderer's caller that must refuse (`try_render_with`).
pub(super) fn capacity(needed: u64, options: &RenderOptions) -> u64 {
    let with_headroom = needed
        .saturating_add(needed.div_ceil(4))
        .min(u64::from(super::options::MAX_CAPACITY));
    with_headroom.max(needed).max(u64::from(options.capacity()))
}

/// Writes the targets of `list`; the rest comes from `req`.
fn write(req: &Source<'_>, list: &DotList<'_>, options: &RenderOptions) -> String {
    let mut out = String::new();
    title(&mut out, "#", "AWS Network Firewall rule group", req);
    out.push_str(
        "# A stateful domain allowlist: TLS_SNI checks the server name of HTTPS\n\
         # connections, HTTP_HOST the Host header of plain HTTP requests. It inspects\n\
         # traffic from the firewall's VPC only; widen HOME_NET for other sources.\n",
    );
    super::leading_dot_note(&mut out, list);
    for (entry, by) in &list.covered {
        let _ = writeln!(
            out,
            "# {} ({}) is matched by {by} and left out.",
            entry.host, entry.endpoint,
        );
    }
    let _ = writeln!(
        out,
        "# A domain list cannot express ports or UDP. Not expressed here:\n\
         #   {}/tcp: the port of every domain below (allow it in a stateful rule of your own)",
        Port::Cluster.number(),
    );
    port_rule_comments(&mut out, "#", req);
    let needed = needed_capacity(list);
    let _ = writeln!(
        out,
        "# Capacity needed: about {needed} (domains x target types + target types)."
    );
    if list.kept.is_empty() {
        // AWS refuses an allowlist of no target: no rule group at all.
        out.push_str("# No Konnect host: no rule group is written.\n");
        return out;
    }
    let _ = writeln!(
        out,
        "resource \"aws_networkfirewall_rule_group\" \"{}\" {{",
        options.terraform_name()
    );
    let _ = writeln!(out, "  name        = \"{}\"", options.name());
    let _ = writeln!(
        out,
        "  description = \"Kong Konnect egress, {}\"",
        req.scope(),
    );
    out.push_str("  type        = \"STATEFUL\"\n");
    let _ = writeln!(out, "  capacity    = {}", capacity(needed, options));
    out.push_str(
        "  rule_group {\n\
         \x20   rules_source {\n\
         \x20     rules_source_list {\n\
         \x20       generated_rules_type = \"ALLOWLIST\"\n",
    );
    let types: Vec<String> = TARGET_TYPES.iter().map(|t| format!("\"{t}\"")).collect();
    let _ = writeln!(out, "        target_types         = [{}]", types.join(", "));
    out.push_str("        targets = [\n");
    for entry in &list.kept {
        let _ = writeln!(out, "          \"{}\", # {}", entry.domain, entry.endpoint);
    }
    out.push_str(
        "        ]\n\
         \x20     }\n\
         \x20   }\n\
         \x20 }\n\
         }\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Endpoint, Geo, Host, Requirements};

    #[test]
    fn covered_entries_are_comments_not_targets() {
        let req = Requirements::for_geo(Geo::Us).build().unwrap();
        let req = Source::new(vec![req.geo()], vec![req.edition()], req.rules().collect());
        let hosts = [
            Host::new("x.us.kongportals.com").unwrap(),
            Host::new("*.us.kongportals.com").unwrap(),
        ];
        let list = dot_list(
            [Endpoint::DevPortal, Endpoint::DevPortal]
                .into_iter()
                .zip(&hosts),
        );
        let text = write(&req, &list, &RenderOptions::default());
        assert!(text.contains(
            "\n# x.us.kongportals.com (dev-portal) is matched by .us.kongportals.com and left out.\n"
        ), "{text}");
        assert!(
            text.contains(
                "        targets = [\n          \".us.kongportals.com\", # dev-portal\n        ]\n"
            ),
            "{text}"
        );
        assert!(text.contains("# Capacity needed: about 4 "), "{text}");
        assert!(text.contains("\n  capacity    = 100\n"), "{text}");
    }

    #[test]
    fn capacity_is_at_least_what_is_needed_with_a_quarter_more() {
        let options = RenderOptions::default();
        assert_eq!(capacity(4, &options), 100);
        assert_eq!(capacity(80, &options), 100);
        assert_eq!(capacity(81, &options), 102);
        assert_eq!(capacity(250, &options), 313);
        let small = RenderOptions::builder().with_capacity(1).build().unwrap();
        assert_eq!(capacity(4, &small), 5);
        assert_eq!(capacity(45_000, &options), 50_000);
        assert_eq!(capacity(60_000, &options), 60_000);
    }
}
