//! Rendering requirements for the tools that enforce them.
//!
//! Each format lives in its own module; [`Requirements::render`] and
//! [`Requirements::render_with`] pick one. Every renderer writes what its
//! target cannot express as comments, so nothing is left out silently.

use crate::keyword::keyword_enum;
use crate::{Direction, Edition, Endpoint, Error, Geo, Host, Requirements, Rule};
use std::collections::HashMap;
use std::fmt::{self, Write};

mod aws;
mod cilium;
mod hosts;
mod istio;
#[cfg(feature = "json")]
pub(crate) mod json;
mod mermaid;
mod notes;
mod options;
mod squid;
mod table;

pub(crate) use options::check_kubernetes_label;
pub use options::{RenderOptions, RenderOptionsBuilder};

/// An output format of [`Requirements::render`].
///
/// | format | what it writes | what it cannot express (written as comments) |
/// |---|---|---|
/// | [`Table`](Format::Table) | an aligned table for people, then its [notes](Requirements::notes) | nothing is left out |
/// | [`Hosts`](Format::Hosts) | `host:port/proto` lines | nothing is left out |
/// | `Json` | the requirements as JSON | nothing is left out |
/// | [`Squid`](Format::Squid) | `acl`/`http_access` lines for a CONNECT proxy | the port-only rules |
/// | [`Cilium`](Format::Cilium) | a `CiliumNetworkPolicy` | inbound rules (audit logging, listeners) |
/// | [`Istio`](Format::Istio) | `ServiceEntry` documents | the port-only rules |
/// | [`AwsNetworkFirewall`](Format::AwsNetworkFirewall) | a Terraform domain list rule group | ports and the port-only rules |
/// | [`Mermaid`](Format::Mermaid) | a flowchart of who connects to whom, on which port | nothing is left out (it enforces nothing) |
///
/// # What the enforcing tools cannot guarantee
///
/// - **Squid** matches the name in the CONNECT request. The ACLs are
///   `dstdomain -n`, so a CONNECT to a raw IP address is refused rather than
///   matched by the address's reverse DNS name (which whoever controls the
///   PTR record could set to a Konnect name). Squid still trusts DNS for
///   where a name leads: protect the proxy's resolver.
/// - **AWS Network Firewall** (`TLS_SNI`, `HTTP_HOST`) and **Istio** with
///   `resolution: NONE` (the wildcard hosts) match the name a client sends
///   in its TLS ClientHello or Host header, not the address it connects to:
///   a client that controls its TLS can send `cloud.konghq.com` to any
///   address. Pair them with an IP allowlist from Kong's published Konnect
///   IP address list, or route through an egress gateway or proxy that
///   resolves the name itself.
/// - **Cilium** allows the addresses its DNS proxy saw returned for the
///   policy's names, so a forged SNI does not help; the DNS rule lists only
///   those names, so pods can neither resolve other names nor tunnel data
///   through DNS. Cilium answers other lookups with REFUSED by default, and
///   some resolvers (musl's) then stop walking the search domains: set
///   `tofqdns-dns-reject-response-code: nameError`.
///   [`with_cilium_dns_any`](crate::RenderOptionsBuilder::with_cilium_dns_any)
///   opens DNS to every name again.
/// - Wildcards (`*.eu.cp0.konghq.com`, one label) are broader in Squid and
///   AWS Network Firewall (`.eu.cp0.konghq.com`: the name itself and any
///   depth below it) and in Istio (a suffix); Cilium's `matchPattern` is
///   one label, as this crate means it. An entry another entry already
///   matches is left out and named in a comment.
///
/// ```
/// use konnect_netreq::Format;
///
/// assert_eq!("hosts".parse::<Format>()?, Format::Hosts);
/// assert_eq!("aws-network-firewall".parse::<Format>()?, Format::AwsNetworkFirewall);
/// assert_eq!(Format::Squid.to_string(), "squid");
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Format {
    /// An aligned table with a header line: direction, endpoint, host
    /// (`-` for port-only rules), port and transport of every rule.
    Table,
    /// One `host:port/proto` (or `port/proto`) per line.
    Hosts,
    /// The [`Requirements`] serialized as pretty JSON (feature `json`).
    #[cfg(feature = "json")]
    Json,
    /// Squid `acl` and `http_access` lines that let clients of an HTTP
    /// CONNECT forward proxy reach the Konnect hosts on port 443.
    ///
    /// Every domain entry carries `-n`: Squid then matches only the name a
    /// client asks for, and never looks up the reverse DNS name of a raw IP
    /// address in a CONNECT, which whoever controls that address's PTR
    /// record could set to a Konnect name.
    ///
    /// Wildcards become Squid's leading-dot domains. `.eu.cp0.konghq.com`
    /// matches `eu.cp0.konghq.com` itself and names below it at any depth,
    /// so it is broader than the one-label wildcard `*.eu.cp0.konghq.com`;
    /// Squid has no one-label form short of a regular expression. Entries
    /// that another entry already matches are left out of the ACL (Squid
    /// warns about them) and named in a comment. The port-only rules (audit
    /// logging, the data plane's listeners) have no hostname and are not
    /// proxied, so they are comments.
    Squid,
    /// A `CiliumNetworkPolicy` (`cilium.io/v2`) for the data plane pods:
    /// DNS to kube-dns (so Cilium's DNS proxy learns the addresses behind
    /// the names), then `toFQDNs` with `matchName` for exact hosts and
    /// `matchPattern` for wildcards, with `toPorts` per port and protocol.
    ///
    /// Cilium's `*` in `matchPattern` matches within one label, exactly like
    /// this crate's wildcards. The policy is egress only: audit logging
    /// (from Konnect to a collector, as Kong's SIEM guides imply; the page
    /// states no direction) is not traffic of the pods, and an ingress
    /// section for the proxy listeners would shut every other port of the
    /// pods (Cilium denies by default what a policy section does not allow),
    /// so both are comments. The selected pods get egress default-deny:
    /// anything else they must reach needs its own policy.
    Cilium,
    /// Istio `ServiceEntry` documents (`networking.istio.io/v1`), one per
    /// host, `MESH_EXTERNAL`, port 443 as `TLS`: `resolution: DNS` for exact
    /// hosts and `NONE` for wildcards, which Istio does not resolve through
    /// DNS. They register Konnect with a mesh whose outbound policy is
    /// `REGISTRY_ONLY`. Istio matches a wildcard host by suffix, broader
    /// than one label. The port-only rules are comments.
    Istio,
    /// A Terraform `aws_networkfirewall_rule_group`: a stateful domain
    /// allowlist for `TLS_SNI` and `HTTP_HOST`.
    ///
    /// Wildcards take AWS's leading-dot form, which matches the name itself
    /// and every name below it: broader than one label. A domain list has
    /// no ports and no UDP, so the hosts' port and the port-only rules are
    /// comments. Entries already matched by another entry are left out and
    /// named in a comment.
    AwsNetworkFirewall,
    /// A Mermaid flowchart (renders in GitHub and GitLab Markdown as a
    /// ```` ```mermaid ```` block) for security reviews: the data plane
    /// nodes connect to each Konnect host (443/TCP, with the application
    /// protocol), API clients to the data plane's listeners, and the audit
    /// logging ports are one dotted arrow from Konnect to your log
    /// collector, the direction Kong's SIEM guides imply (the page states
    /// none). A diagram, not a policy: it enforces nothing.
    ///
    /// ```
    /// use konnect_netreq::{Format, Geo, Requirements};
    ///
    /// let req = Requirements::builder(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
    /// let chart = req.render(Format::Mermaid);
    /// assert!(chart.contains("\nflowchart LR\n"));
    /// assert!(chart.contains("\n        h5[\"a1b2c3d4e5.eu.cp0.konghq.com\"]\n"));
    /// assert!(chart.contains("\n    dp -->|\"443/tcp https-mtls\"| h5\n"));
    /// assert!(chart.contains("\n    clients -->|\"8000/tcp http (proxy_listen)\"| dp\n"));
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    Mermaid,
}

impl Format {
    /// Every format this build supports.
    pub const ALL: &'static [Format] = &[
        Format::Table,
        Format::Hosts,
        #[cfg(feature = "json")]
        Format::Json,
        Format::Squid,
        Format::Cilium,
        Format::Istio,
        Format::AwsNetworkFirewall,
        Format::Mermaid,
    ];

    /// The keyword, kebab-case, e.g. `"aws-network-firewall"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Hosts => "hosts",
            #[cfg(feature = "json")]
            Format::Json => "json",
            Format::Squid => "squid",
            Format::Cilium => "cilium",
            Format::Istio => "istio",
            Format::AwsNetworkFirewall => "aws-network-firewall",
            Format::Mermaid => "mermaid",
        }
    }
}

keyword_enum!(Format, "format");

impl Requirements {
    /// Renders every rule in `format` with the default [`RenderOptions`].
    ///
    /// ```
    /// use konnect_netreq::{Format, Geo, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
    /// let text = req.render(Format::Hosts);
    /// assert!(text.starts_with("cloud.konghq.com:443/tcp\n"));
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn render(&self, format: Format) -> String {
        self.render_with(format, &RenderOptions::default())
    }

    /// Renders every rule in `format`, naming and scoping the output with
    /// `options` (formats that name nothing ignore them).
    ///
    /// ```
    /// use konnect_netreq::{Format, Geo, Requirements, RenderOptions};
    ///
    /// let req = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
    /// let options = RenderOptions::builder().with_squid_acl_prefix("kdp").build()?;
    /// let text = req.render_with(Format::Squid, &options);
    /// assert!(text.contains("\nacl kdp_hosts dstdomain -n a1b2c3d4e5.eu.cp0.konghq.com\n"));
    /// assert!(text.contains("\nhttp_access allow kdp_connect kdp_port kdp_hosts\n"));
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn render_with(&self, format: Format, options: &RenderOptions) -> String {
        let source = Source::new(
            vec![self.geo()],
            vec![self.edition()],
            self.rules().collect(),
        )
        .with_notes(self.inferences().map(|note| note.to_string()).collect());
        match format {
            Format::Table => table::render(&source),
            Format::Hosts => hosts::render(&source),
            #[cfg(feature = "json")]
            Format::Json => json::render(self),
            Format::Squid => squid::render(&source, options),
            Format::Cilium => cilium::render(&source, options),
            Format::Istio => istio::render(&source, options),
            Format::AwsNetworkFirewall => aws::render(&source, options),
            Format::Mermaid => mermaid::render(&source),
        }
    }
}

impl Requirements {
    /// As [`render_with`](Self::render_with), but refuses an output its
    /// tool would refuse.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::CapacityExceeded`](crate::ErrorKind::CapacityExceeded)
    /// for [`Format::AwsNetworkFirewall`] when the rule group needs more
    /// capacity than AWS allows in one group (50,000).
    pub fn try_render_with(
        &self,
        format: Format,
        options: &RenderOptions,
    ) -> Result<String, Error> {
        let source = Source::new(
            vec![self.geo()],
            vec![self.edition()],
            self.rules().collect(),
        );
        check(&source, format)?;
        Ok(self.render_with(format, options))
    }
}

/// Whether the output of `source` in `format` is one its tool accepts.
fn check(source: &Source<'_>, format: Format) -> Result<(), Error> {
    if format == Format::AwsNetworkFirewall {
        let needed = aws::needed(source);
        if needed > u64::from(options::MAX_CAPACITY) {
            return Err(Error::capacity_exceeded(needed, options::MAX_CAPACITY));
        }
    }
    Ok(())
}

impl crate::RequirementsSet {
    /// As [`render_with`](Self::render_with), but refuses an output its
    /// tool would refuse, or a set of no control plane, which allows
    /// nothing.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::NothingToAllow`](crate::ErrorKind::NothingToAllow) for
    /// an empty set;
    /// [`ErrorKind::CapacityExceeded`](crate::ErrorKind::CapacityExceeded)
    /// for [`Format::AwsNetworkFirewall`] when the rule group needs more
    /// capacity than AWS allows in one group (50,000).
    pub fn try_render_with(
        &self,
        format: Format,
        options: &RenderOptions,
    ) -> Result<String, Error> {
        if self.is_empty() {
            return Err(Error::nothing_to_allow(
                "the set has no control plane",
                "at least one control plane",
            ));
        }
        let source = Source::new(self.geos(), self.editions(), self.rules().collect());
        check(&source, format)?;
        Ok(self.render_with(format, options))
    }

    /// Renders every rule of the set once in `format`, as one document,
    /// with the default [`RenderOptions`]; see
    /// [`render_with`](Self::render_with).
    pub fn render(&self, format: Format) -> String {
        self.render_with(format, &RenderOptions::default())
    }

    /// Renders every rule of the set once in `format`, as one document
    /// named and scoped by `options`: one Cilium policy, one Squid ACL set,
    /// one Terraform rule group, one Istio `ServiceEntry` per distinct host.
    /// A host that several members share (`cloud.konghq.com`) is written
    /// once; the title names every geo and edition.
    ///
    /// ```
    /// use konnect_netreq::{Format, Geo, Requirements, RequirementsSet};
    ///
    /// let set: RequirementsSet = [Geo::Eu, Geo::Us]
    ///     .into_iter()
    ///     .map(|geo| Requirements::for_geo(geo).build())
    ///     .collect::<Result<_, _>>()?;
    /// let squid = set.render(Format::Squid);
    /// assert!(squid.starts_with(
    ///     "# Squid access rules for Kong Konnect, geos eu, us, edition apr2025 (2025-04-02); "
    /// ));
    /// assert_eq!(squid.matches("dstdomain -n cloud.konghq.com\n").count(), 1);
    /// assert_eq!(squid.matches("http_access allow").count(), 1);
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn render_with(&self, format: Format, options: &RenderOptions) -> String {
        let mut notes: Vec<String> = Vec::new();
        for note in self.members().iter().flat_map(Requirements::inferences) {
            let note = note.to_string();
            if !notes.contains(&note) {
                notes.push(note);
            }
        }
        let source =
            Source::new(self.geos(), self.editions(), self.rules().collect()).with_notes(notes);
        match format {
            Format::Table => table::render(&source),
            Format::Hosts => hosts::render(&source),
            #[cfg(feature = "json")]
            Format::Json => json::render(self),
            Format::Squid => squid::render(&source, options),
            Format::Cilium => cilium::render(&source, options),
            Format::Istio => istio::render(&source, options),
            Format::AwsNetworkFirewall => aws::render(&source, options),
            Format::Mermaid => mermaid::render(&source),
        }
    }
}

/// What a renderer writes: rules without duplicates, and the geos and
/// editions they are for (one of each for one [`Requirements`], any number
/// for a [`RequirementsSet`](crate::RequirementsSet)). Every format is
/// written from it, so a set is rendered by the same code as one
/// `Requirements`.
struct Source<'a> {
    geos: Vec<Geo>,
    editions: Vec<Edition>,
    rules: Vec<Rule<'a>>,
    /// What the requirements inferred ([`Requirements::inferences`]),
    /// one line each, for comments and notes.
    notes: Vec<String>,
}

impl<'a> Source<'a> {
    const fn new(geos: Vec<Geo>, editions: Vec<Edition>, rules: Vec<Rule<'a>>) -> Self {
        Source {
            geos,
            editions,
            rules,
            notes: Vec::new(),
        }
    }

    /// The source with `notes` to write.
    fn with_notes(self, notes: Vec<String>) -> Self {
        Source { notes, ..self }
    }

    /// Every rule, in order.
    fn rules(&self) -> impl ExactSizeIterator<Item = Rule<'a>> + '_ {
        self.rules.iter().copied()
    }

    /// The host of every host rule, with its endpoint, in rule order.
    fn hosts(&self) -> impl Iterator<Item = (Endpoint, &'a Host)> + '_ {
        self.rules
            .iter()
            .filter_map(|rule| Some((rule.endpoint()?, rule.host()?)))
    }

    /// `geo eu, edition apr2025`, or `geos eu, us, editions apr2025, aug2026`.
    fn scope(&self) -> Scope<'_> {
        Scope {
            geos: &self.geos,
            editions: &self.editions,
            dates: false,
        }
    }

    /// As [`scope`](Self::scope), each edition with its date.
    fn dated_scope(&self) -> Scope<'_> {
        Scope {
            geos: &self.geos,
            editions: &self.editions,
            dates: true,
        }
    }
}

/// The geos and editions a document is for, as its title and descriptions
/// name them.
struct Scope<'a> {
    geos: &'a [Geo],
    editions: &'a [Edition],
    dates: bool,
}

impl fmt::Display for Scope<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.geos {
            [] => f.write_str("no geo")?,
            [geo] => write!(f, "geo {geo}")?,
            geos => {
                f.write_str("geos ")?;
                for (n, geo) in geos.iter().enumerate() {
                    let sep = if n == 0 { "" } else { ", " };
                    write!(f, "{sep}{geo}")?;
                }
            }
        }
        match self.editions {
            [] => Ok(()),
            [_] => f.write_str(", edition "),
            _ => f.write_str(", editions "),
        }?;
        for (n, edition) in self.editions.iter().enumerate() {
            let sep = if n == 0 { "" } else { ", " };
            write!(f, "{sep}{edition}")?;
            if self.dates {
                write!(f, " ({})", edition.date())?;
            }
        }
        Ok(())
    }
}

/// The first comment line of every format that has comments, then the
/// notes ([`Requirements::notes`]).
fn title(out: &mut String, comment: &str, what: &str, req: &Source<'_>) {
    let _ = writeln!(
        out,
        "{comment} {what} for Kong Konnect, {}; generated by konnect-netreq.",
        req.dated_scope(),
    );
    write_notes(out, &format!("{comment} "), req);
}

/// Writes the notes, one `Note:` line each after `lead` (a comment mark, or
/// nothing): what the page says less or more of than the rules
/// ([`Requirements::notes`]), then what was inferred
/// ([`Requirements::inferences`]).
fn write_notes(out: &mut String, lead: &str, req: &Source<'_>) {
    for note in notes::notes(req) {
        let _ = writeln!(out, "{lead}Note: {note}");
    }
    for note in &req.notes {
        let _ = writeln!(out, "{lead}Note: {note}");
    }
}

/// The rules that name no host: audit logging and the data plane's listeners.
fn port_rules<'a, 'b>(req: &'b Source<'a>) -> impl Iterator<Item = Rule<'a>> + 'b {
    req.rules().filter(|rule| rule.host().is_none())
}

/// One line about a port-only rule, e.g.
/// `8071/udp: used by the control plane for audit logging (...)`.
fn port_rule_note(rule: &Rule<'_>) -> String {
    let what = match rule.direction() {
        // Kong's page states the use, not the direction: the direction is
        // read from Kong's SIEM guides and said to be an inference.
        Direction::FromKonnect => "used by the control plane for audit logging (Kong's page \
             states no direction; its SIEM guides imply from Konnect to your log collector)"
            .to_owned(),
        Direction::ToDataPlane => {
            let setting = rule.kong_conf_setting().unwrap_or("proxy_listen");
            match rule.app_protocol() {
                Some(app) => format!(
                    "{} proxy listener of the data plane, inbound from API clients ({setting})",
                    app.as_str().to_ascii_uppercase()
                ),
                None => format!(
                    "{} stream listener of the data plane, inbound from clients ({setting})",
                    rule.listener()
                        .map_or("", |listener| listener.kind().as_str())
                        .to_ascii_uppercase()
                ),
            }
        }
        Direction::ToKonnect => "outbound to Konnect".to_owned(),
        // No rule has it: Kong-hosted gateways' hosts are only recognized.
        Direction::ToKongHosted => "outbound to a Kong-hosted gateway".to_owned(),
    };
    format!("{}/{}: {what}", rule.port(), rule.protocol())
}

/// Writes every port-only rule as a comment line.
fn port_rule_comments(out: &mut String, comment: &str, req: &Source<'_>) {
    for rule in port_rules(req) {
        let _ = writeln!(out, "{comment}   {}", port_rule_note(&rule));
    }
}

/// A host in the leading-dot notation of Squid and AWS Network Firewall.
#[derive(Debug, Clone, PartialEq, Eq)]
struct DotEntry<'a> {
    endpoint: Endpoint,
    host: &'a Host,
    /// `.base` for a wildcard, the host otherwise.
    domain: String,
}

/// Says how much a leading-dot entry matches, with the first wildcard as
/// the example; nothing when there is no wildcard.
fn leading_dot_note(out: &mut String, list: &DotList<'_>) {
    if let Some(entry) = list.kept.iter().find(|entry| entry.host.is_wildcard()) {
        let _ = writeln!(
            out,
            "# A leading dot ({}) matches that name itself and every name below it\n\
             # at any depth: broader than the one-label wildcard {}.",
            entry.domain, entry.host,
        );
    }
}

/// The leading-dot entries to write, and those another entry already
/// matches, each with the domain that matches it.
#[derive(Debug, Default)]
struct DotList<'a> {
    kept: Vec<DotEntry<'a>>,
    covered: Vec<(DotEntry<'a>, String)>,
}

/// Turns hosts into leading-dot entries. `.x` matches `x` and every name
/// below it, so an entry is dropped when a leading-dot entry with its own
/// base or a parent domain exists, and an exact host listed twice is
/// written once. The entry named as covering one is the shortest that
/// does (the first of equals), which is always kept.
fn dot_list<'a>(hosts: impl Iterator<Item = (Endpoint, &'a Host)>) -> DotList<'a> {
    let entries: Vec<DotEntry<'a>> = hosts
        .map(|(endpoint, host)| DotEntry {
            endpoint,
            host,
            domain: if host.is_wildcard() {
                format!(".{}", host.base())
            } else {
                host.as_str().to_owned()
            },
        })
        .collect();
    // The first wildcard of each base and the first exact host of each
    // name: one pass to index, one to look up, so a list of many hosts
    // costs a few lookups per host and label rather than one comparison
    // per pair of hosts.
    let mut first_wildcard: HashMap<&str, usize> = HashMap::new();
    let mut first_exact: HashMap<&str, usize> = HashMap::new();
    for (i, entry) in entries.iter().enumerate() {
        let first = if entry.host.is_wildcard() {
            &mut first_wildcard
        } else {
            &mut first_exact
        };
        first.entry(entry.host.base()).or_insert(i);
    }
    let mut list = DotList::default();
    for (j, entry) in entries.iter().enumerate() {
        let base = entry.host.base();
        let wildcard = entry.host.is_wildcard();
        // Each candidate as (domain length, place): the shortest covers,
        // the first of equals.
        let mut best: Option<(usize, usize)> = None;
        let mut consider = |candidate: (usize, usize)| {
            if best.is_none_or(|best| candidate < best) {
                best = Some(candidate);
            }
        };
        // A wildcard whose base is a parent domain of this base.
        let mut rest = base;
        while let Some((_, parent)) = rest.split_once('.') {
            if let Some(&i) = first_wildcard.get(parent) {
                consider((parent.len().saturating_add(1), i));
            }
            rest = parent;
        }
        // A wildcard of the same base: any for an exact host, an earlier
        // one for a wildcard.
        if let Some(&i) = first_wildcard.get(base) {
            if i != j && (!wildcard || i < j) {
                consider((base.len().saturating_add(1), i));
            }
        }
        // The same exact host earlier.
        if let Some(&i) = first_exact.get(base) {
            if !wildcard && i < j {
                consider((base.len(), i));
            }
        }
        let cover = best.and_then(|(_, i)| entries.get(i));
        match cover {
            Some(outer) => list.covered.push((entry.clone(), outer.domain.clone())),
            None => list.kept.push(entry.clone()),
        }
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(name: &str) -> Host {
        Host::new(name).unwrap()
    }

    #[test]
    fn dot_list_drops_what_another_entry_matches() {
        let hosts = [
            host("a.eu.cp0.konghq.com"),
            host("*.eu.cp0.konghq.com"),
            host("x.y.eu.cp0.konghq.com"),
            host("*.cp0.konghq.com"),
            host("cloud.konghq.com"),
            host("cloud.konghq.com"),
            host("*.z.konghq.com"),
            host("*.z.konghq.com"),
            host("z.konghq.com"),
            host("eu.api.konghq.com"),
            host("eu.kic.api.konghq.com"),
        ];
        let list = dot_list(hosts.iter().map(|host| (Endpoint::Platform, host)));
        let kept: Vec<&str> = list.kept.iter().map(|e| e.domain.as_str()).collect();
        assert_eq!(
            kept,
            [
                ".cp0.konghq.com",
                "cloud.konghq.com",
                ".z.konghq.com",
                "eu.api.konghq.com",
                "eu.kic.api.konghq.com",
            ]
        );
        let covered: Vec<(&str, &str)> = list
            .covered
            .iter()
            .map(|(e, by)| (e.domain.as_str(), by.as_str()))
            .collect();
        assert_eq!(
            covered,
            [
                ("a.eu.cp0.konghq.com", ".cp0.konghq.com"),
                (".eu.cp0.konghq.com", ".cp0.konghq.com"),
                ("x.y.eu.cp0.konghq.com", ".cp0.konghq.com"),
                ("cloud.konghq.com", "cloud.konghq.com"),
                (".z.konghq.com", ".z.konghq.com"),
                ("z.konghq.com", ".z.konghq.com"),
            ]
        );
    }

    #[test]
    fn dot_list_keeps_names_that_only_share_a_suffix_string() {
        // "xeu.api.konghq.com" ends with "eu.api.konghq.com" as a string but
        // is not below it.
        let hosts = [host("*.eu.api.konghq.com"), host("a.xeu.api.konghq.com")];
        let list = dot_list(hosts.iter().map(|host| (Endpoint::RegionalApi, host)));
        assert_eq!(list.kept.len(), 2);
        assert!(list.covered.is_empty());
    }
}
