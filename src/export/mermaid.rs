//! A Mermaid flowchart of who connects to whom on which port: the data
//! plane nodes to each Konnect host, API clients to the data plane's
//! listeners, and the audit logging ports with their direction.

use super::{Source, title};
use crate::{Direction, Rule};
use std::fmt::Write;

/// The flowchart. Every label is quoted and made of host names (letters,
/// digits, `-`, `.`, `*`) and the crate's own words, so no input can end a
/// label or add a line.
pub(super) fn render(req: &Source<'_>) -> String {
    let mut out = String::new();
    title(&mut out, "%%", "Network flows (Mermaid flowchart)", req);
    // Writing to a String cannot fail.
    let _ = writeln!(out, "flowchart LR");
    let _ = writeln!(out, "    dp[\"Data plane nodes\"]");
    let _ = writeln!(out, "    subgraph konnect[\"Kong Konnect\"]");
    let mut to_konnect = Vec::new();
    for (n, rule) in req
        .rules()
        .filter(|rule| rule.direction() == Direction::ToKonnect)
        .enumerate()
    {
        let Some(host) = rule.host() else {
            continue;
        };
        let id = n.saturating_add(1);
        let _ = writeln!(out, "        h{id}[\"{host}\"]");
        to_konnect.push((id, rule));
    }
    let _ = writeln!(out, "    end");
    for (id, rule) in &to_konnect {
        let _ = writeln!(out, "    dp -->|\"{}\"| h{id}", label(rule));
    }
    let inbound: Vec<Rule<'_>> = req
        .rules()
        .filter(|rule| rule.direction() == Direction::ToDataPlane)
        .collect();
    if !inbound.is_empty() {
        let _ = writeln!(out, "    clients[\"API clients\"]");
        for rule in &inbound {
            let _ = writeln!(out, "    clients -->|\"{}\"| dp", label(rule));
        }
    }
    let audit: Vec<String> = req
        .rules()
        .filter(|rule| rule.direction() == Direction::FromKonnect)
        .map(|rule| format!("{}/{}", rule.port(), rule.protocol()))
        .collect();
    if !audit.is_empty() {
        // Kong's page states the use of these ports, not their direction;
        // the dotted arrow is the direction its SIEM guides imply.
        let _ = writeln!(out, "    collector[\"Your audit log collector\"]");
        let _ = writeln!(
            out,
            "    konnect -.->|\"{}: audit logging, direction from Kong's SIEM guides\"| collector",
            audit.join(", ")
        );
    }
    out
}

/// `443/tcp https`, `8000/tcp http (proxy_listen)`.
fn label(rule: &Rule<'_>) -> String {
    let mut text = format!("{}/{}", rule.port(), rule.protocol());
    if let Some(app) = rule.app_protocol() {
        let _ = write!(text, " {app}");
    }
    if let Some(setting) = rule.kong_conf_setting() {
        let _ = write!(text, " ({setting})");
    }
    text
}
