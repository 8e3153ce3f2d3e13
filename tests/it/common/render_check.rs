//! Parses every rendered output back and compares it with the rules it was
//! rendered from, shared by the tests and the fuzz targets
//! (`fuzz/src/lib.rs` includes this file).
//!
//! A format without a checker here fails loudly: add its parser when adding
//! the format.

use konnect_netreq::{Format, Host, Port, Protocol, Requirements, RequirementsSet, Rule};
use serde::Deserialize;
use serde_json::Value;

/// What is rendered: one `Requirements` or a `RequirementsSet`. The
/// checks read its rules only, except the JSON check, which knows the form.
pub trait Rendered {
    /// The rules, in order.
    fn rule_list(&self) -> Vec<Rule<'_>>;
    /// The output in `format`.
    fn render_in(&self, format: Format) -> String;
    /// Checks the JSON output.
    #[cfg(feature = "json")]
    fn check_json(&self, text: &str);
}

impl Rendered for Requirements {
    fn rule_list(&self) -> Vec<Rule<'_>> {
        self.rules().collect()
    }
    fn render_in(&self, format: Format) -> String {
        self.render(format)
    }
    #[cfg(feature = "json")]
    fn check_json(&self, text: &str) {
        let value: serde_json::Value = serde_json::from_str(text).expect("JSON does not parse");
        check_json_value(self, &value);
    }
}

impl Rendered for RequirementsSet {
    fn rule_list(&self) -> Vec<Rule<'_>> {
        self.rules().collect()
    }
    fn render_in(&self, format: Format) -> String {
        self.render(format)
    }
    #[cfg(feature = "json")]
    fn check_json(&self, text: &str) {
        let value: serde_json::Value = serde_json::from_str(text).expect("JSON does not parse");
        let object = value.as_object().expect("JSON is not an object");
        let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["control_plane", "rules"], "JSON keys");
        let members = object["control_plane"].as_array().expect("control_plane");
        assert_eq!(members.len(), self.len(), "JSON member count");
        for (json, req) in members.iter().zip(self.members()) {
            check_json_value(req, json);
        }
        check_json_rules(&object["rules"], &self.rule_list());
    }
}

/// Renders `req` in every format of this build and checks each output.
pub fn check_all_formats(req: &impl Rendered) {
    for format in Format::ALL.iter().copied() {
        let text = req.render_in(format);
        check_rendered(req, format, &text);
    }
}

/// Checks one rendered output of `req`.
pub fn check_rendered(req: &impl Rendered, format: Format, text: &str) {
    assert!(
        !text.contains(['\r', '\0']),
        "{format} output holds a CR or NUL: {text:?}"
    );
    match format {
        Format::Table => check_table(req, text),
        Format::Hosts => check_hosts(req, text),
        #[cfg(feature = "json")]
        Format::Json => req.check_json(text),
        Format::Squid => check_squid(req, text),
        Format::Cilium => check_cilium(req, text),
        Format::Istio => check_istio(req, text),
        Format::AwsNetworkFirewall => check_aws(req, text),
        Format::Mermaid => check_mermaid(req, text),
        #[allow(unreachable_patterns)]
        other => {
            panic!("no output checker for format {other}: add one to tests/common/render_check.rs")
        }
    }
}

/// One `host:port/proto` or `port/proto` per line, exactly the rules in order.
fn check_hosts(req: &impl Rendered, text: &str) {
    assert!(text.ends_with('\n'), "hosts output ends without a newline");
    let lines: Vec<&str> = text.lines().collect();
    let rules: Vec<String> = req
        .rule_list()
        .into_iter()
        .map(|rule| rule.to_string())
        .collect();
    assert_eq!(lines, rules, "hosts output is not the rules, one per line");
    for (line, rule) in lines.iter().zip(req.rule_list()) {
        let (head, proto) = line.rsplit_once('/').expect("no /proto");
        let protocol: Protocol = proto.parse().expect("bad protocol");
        assert_eq!(protocol, rule.protocol(), "{line}");
        let (host, port) = match head.rsplit_once(':') {
            Some((host, port)) => (Some(host), port),
            None => (None, head),
        };
        assert!(
            !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()),
            "port {port:?} in {line:?}"
        );
        let number: u16 = port.parse().expect("port out of range");
        assert_eq!(Port::from_number(number), rule.named_port(), "{line}");
        match host {
            Some(host) => {
                let parsed = Host::new(host).expect("rendered host does not parse");
                assert_eq!(parsed.as_str(), host, "rendered host is not canonical");
                assert_eq!(Some(&parsed), rule.host(), "{line}");
            }
            None => assert_eq!(rule.host(), None, "{line}"),
        }
    }
}

#[cfg(feature = "json")]
fn check_json_value(req: &Requirements, value: &Value) {
    let object = value.as_object().expect("JSON is not an object");
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    let mut want = vec![
        "concrete",
        "cp_prefix",
        "edition",
        "geo",
        "portal_id",
        "rules",
    ];
    // Inputs that are unset are left out.
    let spec = req.spec();
    for (key, set) in [
        ("products", spec.products.is_some()),
        ("global_private_link", spec.global_private_link),
        ("listeners", !spec.listeners.is_empty()),
        ("mesh", spec.mesh.is_some()),
        ("private_link", spec.private_link),
        (
            "control_plane_endpoint",
            spec.control_plane_endpoint.is_some(),
        ),
        ("telemetry_endpoint", spec.telemetry_endpoint.is_some()),
    ] {
        if set {
            want.push(key);
        }
    }
    // Auth server IDs are written only where there are some.
    if !req.auth_server_ids().is_empty() {
        want.push("auth_server_ids");
        let ids: Vec<&str> = req.auth_server_ids().iter().map(|id| id.as_str()).collect();
        assert_eq!(object["auth_server_ids"], serde_json::json!(ids));
    }
    want.sort_unstable();
    let mut got = keys.clone();
    got.sort_unstable();
    assert_eq!(got, want, "JSON keys");
    assert_eq!(object["geo"], req.geo().as_str());
    assert_eq!(object["edition"], req.edition().as_str());
    assert_eq!(
        object["cp_prefix"].as_str(),
        req.cp_prefix().map(|p| p.as_str())
    );
    assert_eq!(
        object["portal_id"].as_str(),
        req.portal_id().map(|p| p.as_str())
    );
    assert_eq!(object["concrete"], req.is_concrete());
    check_json_rules(&object["rules"], &req.rule_list());
}

/// A JSON rule list: one object per rule, in order, with every accessor.
#[cfg(feature = "json")]
fn check_json_rules(rules: &Value, want: &[Rule<'_>]) {
    let rules = rules.as_array().expect("rules is not an array");
    assert_eq!(rules.len(), want.len(), "JSON rule count");
    for (json, rule) in rules.iter().zip(want.iter().copied()) {
        assert_eq!(json["host"].as_str(), rule.host().map(Host::as_str));
        assert_eq!(json["port"].as_u64(), Some(u64::from(rule.port())));
        assert_eq!(json["port_name"], rule.named_port().unwrap().as_str());
        assert_eq!(json["protocol"], rule.protocol().as_str());
        assert_eq!(json["direction"], rule.direction().as_str());
        assert_eq!(
            json["endpoint"].as_str(),
            rule.endpoint().map(|e| e.as_str())
        );
        assert_eq!(
            json["app_protocol"].as_str(),
            rule.app_protocol().map(|a| a.as_str())
        );
        if let Some(host) = json["host"].as_str() {
            assert_eq!(
                Host::new(host).expect("JSON host does not parse").as_str(),
                host
            );
        }
    }
}

/// The rules that name a host.
fn host_rules(req: &impl Rendered) -> Vec<Rule<'_>> {
    req.rule_list()
        .into_iter()
        .filter(|rule| rule.host().is_some())
        .collect()
}

/// How tools that know no one-label wildcard write a host: `.base` for
/// `*.base`, the name itself otherwise.
fn dotted(host: &Host) -> String {
    if host.is_wildcard() {
        format!(".{}", host.base())
    } else {
        host.as_str().to_owned()
    }
}

/// Every port-only rule is named in a comment line (`# ... 8071/udp: ...`),
/// so nothing is left out silently.
fn check_port_only_comments(req: &impl Rendered, text: &str, comment: &str) {
    let comments: Vec<&str> = text
        .lines()
        .filter(|line| line.trim_start().starts_with(comment))
        .collect();
    for rule in req
        .rule_list()
        .into_iter()
        .filter(|rule| rule.host().is_none())
    {
        let named = format!("{}/{}:", rule.port(), rule.protocol());
        assert!(
            comments.iter().any(|line| line.contains(&named)),
            "no comment names {named}"
        );
    }
}

/// A header and one row per rule: direction, endpoint, host, port, proto.
fn check_table(req: &impl Rendered, text: &str) {
    assert!(text.ends_with('\n'), "table ends without a newline");
    let mut lines = text.lines();
    let header: Vec<&str> = lines
        .next()
        .expect("no header")
        .split_whitespace()
        .collect();
    assert_eq!(header, ["DIRECTION", "ENDPOINT", "HOST", "PORT", "PROTO"]);
    let rows: Vec<Vec<&str>> = lines
        .map(|line| line.split_whitespace().collect())
        .collect();
    assert_eq!(rows.len(), req.rule_list().len(), "table row count");
    for (row, rule) in rows.iter().zip(req.rule_list()) {
        let port = rule.port().to_string();
        let want = [
            rule.direction().as_str(),
            rule.endpoint().map_or("-", |e| e.as_str()),
            rule.host().map_or("-", Host::as_str),
            port.as_str(),
            rule.protocol().as_str(),
        ];
        assert_eq!(row.as_slice(), want.as_slice(), "table row");
    }
}

/// Only the four kinds of Squid lines the format writes, a domain entry for
/// every host rule and none for anything else.
fn check_squid(req: &impl Rendered, text: &str) {
    let mut domains = Vec::new();
    let (mut port, mut method, mut access) = (0, 0, 0);
    for line in text.lines().filter(|line| !line.starts_with('#')) {
        let words: Vec<&str> = line.split(' ').collect();
        match words.as_slice() {
            ["acl", name, "dstdomain", "-n", domain] if name.ends_with("_hosts") => {
                domains.push(*domain)
            }
            ["acl", name, "port", "443"] if name.ends_with("_port") => port += 1,
            ["acl", name, "method", "CONNECT"] if name.ends_with("_connect") => method += 1,
            ["http_access", "allow", connect, port_acl, hosts]
                if connect.ends_with("_connect")
                    && port_acl.ends_with("_port")
                    && hosts.ends_with("_hosts") =>
            {
                access += 1
            }
            _ => panic!("unexpected Squid line {line:?}"),
        }
    }
    assert_eq!((port, method, access), (1, 1, 1), "Squid ACL lines");
    check_domain_list(req, &domains, "Squid");
    check_port_only_comments(req, text, "#");
}

/// A domain list (Squid, AWS): every entry is a host rule written with a
/// leading dot for a wildcard, and every host rule is matched by an entry.
fn check_domain_list(req: &impl Rendered, domains: &[&str], what: &str) {
    for domain in domains {
        let name = domain.strip_prefix('.').unwrap_or(domain);
        let host = Host::new(name).unwrap_or_else(|e| panic!("{what} domain {domain:?}: {e}"));
        assert_eq!(host.as_str(), name, "{what} domain is not canonical");
        assert!(
            host_rules(req)
                .iter()
                .any(|rule| rule.host().map(dotted).as_deref() == Some(*domain)),
            "{what} domain {domain:?} is no host rule"
        );
    }
    for rule in host_rules(req) {
        let host = rule.host().expect("host rule");
        let covered = domains.iter().any(|domain| match domain.strip_prefix('.') {
            Some(base) => host.base() == base || host.base().ends_with(&format!(".{base}")),
            None => *domain == host.as_str(),
        });
        assert!(covered, "{what} does not cover {host}");
    }
}

/// Every YAML document of a stream, as JSON values; comment-only documents
/// come out as null and are dropped.
fn yaml(text: &str) -> Vec<Value> {
    serde_norway::Deserializer::from_str(text)
        .map(|doc| Value::deserialize(doc).unwrap_or_else(|e| panic!("YAML: {e}\n{text}")))
        .filter(|doc| !doc.is_null())
        .collect()
}

/// One policy whose FQDN selectors are exactly the host rules: `matchName`
/// for exact hosts, `matchPattern` for wildcards, on 443/TCP.
fn check_cilium(req: &impl Rendered, text: &str) {
    let docs = yaml(text);
    assert_eq!(docs.len(), 1, "one CiliumNetworkPolicy");
    let policy = &docs[0];
    assert_eq!(policy["apiVersion"], "cilium.io/v2");
    assert_eq!(policy["kind"], "CiliumNetworkPolicy");
    let egress = policy["spec"]["egress"].as_array().expect("no egress");
    let mut selectors = Vec::new();
    for rule in egress.iter().filter(|rule| rule.get("toFQDNs").is_some()) {
        for fqdn in rule["toFQDNs"].as_array().expect("toFQDNs") {
            let (key, value) = fqdn
                .as_object()
                .and_then(|o| o.iter().next())
                .expect("selector");
            selectors.push((
                key.clone(),
                value.as_str().expect("selector value").to_owned(),
            ));
        }
        assert_eq!(
            rule["toPorts"][0]["ports"][0],
            serde_json::json!({"port": "443", "protocol": "TCP"})
        );
    }
    let want: Vec<(String, String)> = host_rules(req)
        .iter()
        .filter_map(|rule| rule.host())
        .map(|host| {
            let key = if host.is_wildcard() {
                "matchPattern"
            } else {
                "matchName"
            };
            (key.to_owned(), host.as_str().to_owned())
        })
        .collect();
    assert_eq!(selectors, want, "Cilium FQDN selectors");
    // The DNS rule lists the policy's own names once each, or allows every
    // name (`RenderOptions::with_cilium_dns_any`).
    let dns_rules: Vec<&Value> = egress
        .iter()
        .filter(|rule| rule.get("toEndpoints").is_some())
        .collect();
    assert_eq!(dns_rules.len(), 1, "one DNS egress rule");
    let dns: Vec<(String, String)> = dns_rules[0]["toPorts"][0]["rules"]["dns"]
        .as_array()
        .expect("DNS rules")
        .iter()
        .map(|selector| {
            let (key, value) = selector
                .as_object()
                .and_then(|o| o.iter().next())
                .expect("DNS selector");
            (
                key.clone(),
                value.as_str().expect("DNS selector value").to_owned(),
            )
        })
        .collect();
    let mut own = want.clone();
    own.dedup();
    let any = vec![("matchPattern".to_owned(), "*".to_owned())];
    assert!(dns == own || dns == any, "Cilium DNS selectors {dns:?}");
    check_port_only_comments(req, text, "#");
}

/// One `ServiceEntry` per host rule, in order: DNS resolution for exact
/// hosts, none for wildcards, port 443 as TLS.
fn check_istio(req: &impl Rendered, text: &str) {
    let docs = yaml(text);
    let rules = host_rules(req);
    assert_eq!(docs.len(), rules.len(), "one ServiceEntry per host");
    for (doc, rule) in docs.iter().zip(&rules) {
        let host = rule.host().expect("host rule");
        assert_eq!(doc["kind"], "ServiceEntry");
        assert_eq!(doc["spec"]["hosts"], serde_json::json!([host.as_str()]));
        assert_eq!(doc["spec"]["location"], "MESH_EXTERNAL");
        let resolution = if host.is_wildcard() { "NONE" } else { "DNS" };
        assert_eq!(doc["spec"]["resolution"], resolution, "{host}");
        assert_eq!(doc["spec"]["ports"][0]["number"], 443);
        assert_eq!(doc["spec"]["ports"][0]["protocol"], "TLS");
    }
    check_port_only_comments(req, text, "#");
}

/// One Terraform resource whose domain list covers exactly the host rules.
fn check_aws(req: &impl Rendered, text: &str) {
    let body: hcl::Body = hcl::from_str(text).unwrap_or_else(|e| panic!("HCL: {e}\n{text}"));
    assert_eq!(body.attributes().count(), 0, "HCL top-level attributes");
    assert_eq!(body.blocks().count(), 1, "one HCL resource");
    let value: hcl::Value = hcl::from_str(text).expect("HCL value");
    let value = serde_json::to_value(value).expect("HCL as JSON");
    let groups = value["resource"]["aws_networkfirewall_rule_group"]
        .as_object()
        .expect("no rule group");
    assert_eq!(groups.len(), 1, "one rule group");
    let group = groups.values().next().expect("rule group");
    assert_eq!(group["type"], "STATEFUL");
    let list = &group["rule_group"]["rules_source"]["rules_source_list"];
    assert_eq!(list["generated_rules_type"], "ALLOWLIST");
    let targets: Vec<&str> = list["targets"]
        .as_array()
        .expect("targets")
        .iter()
        .map(|t| t.as_str().expect("target"))
        .collect();
    check_domain_list(req, &targets, "AWS");
    check_port_only_comments(req, text, "#");
}

/// A Mermaid flowchart as the export writes it, read back.
#[derive(Debug, Default)]
pub struct Chart {
    /// The `%% ` comment lines before the header, without `%% `.
    pub comments: Vec<String>,
    /// Node id to its label and the subgraph it stands in.
    pub nodes: std::collections::BTreeMap<String, (String, Option<String>)>,
    /// The subgraph ids.
    pub subgraphs: Vec<String>,
    /// (from, arrow, label, to).
    pub edges: Vec<(String, String, String, String)>,
}

/// A Mermaid id as the export writes them: a lower-case letter, then
/// lower-case letters and digits.
fn mermaid_id(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// `ID["LABEL"]`: the id and the label, which holds no `"`.
fn mermaid_node(text: &str) -> Option<(&str, &str)> {
    let (id, rest) = text.split_once("[\"")?;
    let label = rest.strip_suffix("\"]")?;
    (mermaid_id(id) && !label.contains('"')).then_some((id, label))
}

/// Reads the subset of Mermaid's flowchart grammar the export writes: the
/// comments, `flowchart LR`, nodes, one level of subgraphs and edges with a
/// quoted label. Any other line fails, with the line.
pub fn read_mermaid(text: &str) -> Chart {
    assert!(
        text.ends_with('\n'),
        "Mermaid output ends without a newline"
    );
    let mut chart = Chart::default();
    let mut header = false;
    let mut open: Option<String> = None;
    for line in text.lines() {
        if let Some(comment) = line.strip_prefix("%% ") {
            assert!(!header, "a comment after the header: {line:?}");
            chart.comments.push(comment.to_owned());
        } else if line == "flowchart LR" {
            assert!(!header, "two headers");
            header = true;
        } else if let Some(rest) = line.strip_prefix("    subgraph ") {
            let (id, _) = mermaid_node(rest).unwrap_or_else(|| panic!("{line:?}"));
            assert!(header && open.is_none(), "{line:?}");
            chart.subgraphs.push(id.to_owned());
            open = Some(id.to_owned());
        } else if line == "    end" {
            assert!(open.take().is_some(), "an end without a subgraph");
        } else if let Some((from, rest)) = line
            .strip_prefix("    ")
            .filter(|l| mermaid_node(l.trim_start()).is_none())
            .and_then(|l| l.split_once(' '))
        {
            // An edge: `FROM ARROW|"LABEL"| TO`.
            assert!(header && open.is_none() && mermaid_id(from), "{line:?}");
            let (arrow, rest) = rest.split_once("|\"").unwrap_or_else(|| panic!("{line:?}"));
            let (label, to) = rest
                .split_once("\"| ")
                .unwrap_or_else(|| panic!("{line:?}"));
            assert!(matches!(arrow, "-->" | "-.->"), "{line:?}");
            assert!(!label.contains('"') && mermaid_id(to), "{line:?}");
            chart.edges.push((
                from.to_owned(),
                arrow.to_owned(),
                label.to_owned(),
                to.to_owned(),
            ));
        } else {
            let indent = if open.is_some() { "        " } else { "    " };
            let (id, label) = line
                .strip_prefix(indent)
                .and_then(mermaid_node)
                .unwrap_or_else(|| panic!("not the export's Mermaid: {line:?}"));
            assert!(header, "{line:?}");
            let old = chart
                .nodes
                .insert(id.to_owned(), (label.to_owned(), open.clone()));
            assert!(old.is_none(), "node {id} defined twice");
        }
    }
    assert!(
        header && open.is_none(),
        "no header, or a subgraph left open"
    );
    for (from, _, _, to) in &chart.edges {
        for id in [from, to] {
            assert!(
                chart.nodes.contains_key(id) || chart.subgraphs.contains(id),
                "an edge to an undefined node {id}"
            );
        }
    }
    chart
}

/// Every rule is an edge with its port and transport, in its direction:
/// the data plane nodes to each Konnect host, API clients to the data
/// plane's listeners, Konnect to the audit log collector; nothing else.
fn check_mermaid(req: &impl Rendered, text: &str) {
    use konnect_netreq::Direction;
    let chart = read_mermaid(text);
    let (mut to_hosts, mut to_listeners, mut audit) = (Vec::new(), Vec::new(), Vec::new());
    for rule in req.rule_list() {
        let mut label = format!("{}/{}", rule.port(), rule.protocol());
        if let Some(app) = rule.app_protocol() {
            label.push_str(&format!(" {app}"));
        }
        if let Some(setting) = rule.kong_conf_setting() {
            label.push_str(&format!(" ({setting})"));
        }
        match rule.direction() {
            Direction::ToKonnect => {
                let host = rule.host().expect("a host rule").as_str().to_owned();
                to_hosts.push((host, label));
            }
            Direction::ToDataPlane => to_listeners.push(label),
            Direction::FromKonnect => audit.push(format!("{}/{}", rule.port(), rule.protocol())),
            other => panic!("a direction the chart does not draw: {other}"),
        }
    }
    let edges_from = |from: &str| -> Vec<&(String, String, String, String)> {
        chart.edges.iter().filter(|edge| edge.0 == from).collect()
    };
    let hosts: Vec<(String, String)> = edges_from("dp")
        .into_iter()
        .map(|(_, arrow, label, to)| {
            assert_eq!(arrow, "-->");
            let (host, subgraph) = &chart.nodes[to];
            assert_eq!(subgraph.as_deref(), Some("konnect"), "{host}");
            (host.clone(), label.clone())
        })
        .collect();
    assert_eq!(
        hosts, to_hosts,
        "the data plane's edges are not the host rules"
    );
    let listeners: Vec<String> = edges_from("clients")
        .into_iter()
        .map(|(_, arrow, label, to)| {
            assert_eq!((arrow.as_str(), to.as_str()), ("-->", "dp"));
            label.clone()
        })
        .collect();
    assert_eq!(
        listeners, to_listeners,
        "the clients' edges are not the listener rules"
    );
    let collector = edges_from("konnect");
    if audit.is_empty() {
        assert!(collector.is_empty());
    } else {
        assert_eq!(collector.len(), 1, "one audit logging edge");
        let (_, arrow, label, to) = collector[0];
        assert_eq!((arrow.as_str(), to.as_str()), ("-.->", "collector"));
        let expected = format!(
            "{}: audit logging, direction from Kong's SIEM guides",
            audit.join(", ")
        );
        assert_eq!(*label, expected);
    }
    assert_eq!(
        chart.edges.len(),
        hosts.len() + listeners.len() + collector.len(),
        "edges that are no rule"
    );
    assert!(
        chart.comments[0].starts_with("Network flows (Mermaid flowchart) for Kong Konnect, "),
        "{}",
        chart.comments[0]
    );
}
