//! Inputs and baselines shared by the bench targets.
//!
//! The baselines are what a user of the `regex` crate would write instead of
//! this crate: patterns compiled once, ASCII case ignored with `(?i)`,
//! anchored at both ends, one optional trailing dot. Every bench checks,
//! before it measures, that a baseline answers exactly like the crate on the
//! inputs it is given, so both sides do the same work.

// Each bench target uses only part of this module.
#![allow(dead_code)]

use konnect_netreq::{Edition, Endpoint, Format, Geo, Host, Protocol, Requirements, classify};
use regex::{Regex, RegexSet};

/// A mixed set of hostnames as they appear in proxy and DNS logs: every
/// kind of Konnect hostname, both spellings of the portal domain, both
/// editions, upper case, trailing dots, and hosts that are not Konnect's.
pub const HOSTS: &[&str] = &[
    // Control plane and telemetry, both editions.
    "a1b2c3d4e5.eu.cp0.konghq.com",
    "36fc5d01be.us.cp.konghq.com",
    "a1b2c3d4e5.eu.tp0.konghq.com",
    "36fc5d01be.us.tp.konghq.com",
    // Dev Portal, both domains.
    "d6a3e6b6bc64.eu.portal.konghq.com",
    "d6a3e6b6bc64.us.kongportals.com",
    // APIs and the platform.
    "global.api.konghq.com",
    "eu.api.konghq.com",
    "au.kic.api.konghq.com",
    "cloud.konghq.com",
    // Mesh sync, Event Gateway, identity, PrivateLink.
    "eu.mesh.sync.konghq.com",
    "global.mesh.sync.konghq.com",
    "sg.control-plane.konghq.com",
    "in.identity.konghq.com",
    "ap.svc.konghq.com",
    // Upper case and the fully qualified form.
    "A1B2C3D4E5.EU.CP0.KONGHQ.COM",
    "a1b2c3d4e5.eu.cp0.konghq.com.",
    "Eu.Api.KongHQ.com.",
    // Not Konnect hostnames.
    "www.google.com",
    "registry-1.docker.io",
    "docs.konghq.com",
    "a1b2c3d4e5.eu.cp0.konghq.com.evil.com",
    "x.a1b2c3d4e5.eu.cp0.konghq.com",
    "a1b2c3d4e5.xx.cp0.konghq.com",
];

/// What the crate extracts from a hostname, in a form both sides produce.
pub type Fields<'h> = (Endpoint, Option<Geo>, Option<&'h str>);

/// The crate's answer, reduced to [`Fields`].
#[inline]
pub fn ours(host: &str) -> Option<Fields<'_>> {
    classify(host).map(|found| {
        let identifier = found.cp_prefix().or(found.portal_id());
        (found.endpoint(), found.geo(), identifier)
    })
}

/// One DNS label (1 to 63 letters, digits or hyphens, no hyphen at either end).
const LABEL: &str = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
/// The geo identifiers.
const GEO: &str = "au|eu|me|in|us|sg";

/// Baseline (a): one regex whose named captures say the kind, the geo and
/// the identifier.
pub struct CaptureBaseline {
    regex: Regex,
}

impl CaptureBaseline {
    pub fn new() -> CaptureBaseline {
        let pattern = format!(
            r"(?xi)^(?:
                (?P<id>{LABEL})\.(?P<geo>{GEO})\.(?:(?P<cp>cp0?)|(?P<tp>tp0?)|portal)\.konghq\.com
              | (?P<portal_id>{LABEL})\.(?P<portal_geo>{GEO})\.kongportals\.com
              | (?P<cloud>cloud)\.konghq\.com
              | (?P<global_api>global)\.api\.konghq\.com
              | (?P<api_geo>{GEO})\.(?P<kic>kic\.)?api\.konghq\.com
              | (?P<mesh_geo>{GEO}|global)\.mesh\.sync\.konghq\.com
              | (?P<service_geo>{GEO})\.(?:(?P<egw_cp>control-plane)|(?P<egw_tp>telemetry)|identity)\.konghq\.com
              | (?P<pl>ap|eu|me|in|us|sg|global)\.svc\.konghq\.com
            )\.?$"
        );
        CaptureBaseline {
            regex: Regex::new(&pattern).expect("the baseline pattern compiles"),
        }
    }

    #[inline]
    pub fn classify<'h>(&self, host: &'h str) -> Option<Fields<'h>> {
        let caps = self.regex.captures(host)?;
        let text = |name: &str| caps.name(name).map(|m| m.as_str());
        let geo = |name: &str| text(name).and_then(|geo| geo.parse::<Geo>().ok());
        if caps.name("id").is_some() {
            let endpoint = if caps.name("cp").is_some() {
                Endpoint::ControlPlane
            } else if caps.name("tp").is_some() {
                Endpoint::Telemetry
            } else {
                Endpoint::DevPortal
            };
            return Some((endpoint, geo("geo"), text("id")));
        }
        if caps.name("portal_id").is_some() {
            return Some((Endpoint::DevPortal, geo("portal_geo"), text("portal_id")));
        }
        if caps.name("cloud").is_some() {
            return Some((Endpoint::Platform, None, None));
        }
        if caps.name("global_api").is_some() {
            return Some((Endpoint::GlobalApi, None, None));
        }
        if caps.name("api_geo").is_some() {
            let endpoint = if caps.name("kic").is_some() {
                Endpoint::IngressController
            } else {
                Endpoint::RegionalApi
            };
            return Some((endpoint, geo("api_geo"), None));
        }
        if caps.name("mesh_geo").is_some() {
            return Some((Endpoint::MeshSync, geo("mesh_geo"), None));
        }
        if caps.name("service_geo").is_some() {
            let endpoint = if caps.name("egw_cp").is_some() {
                Endpoint::EventGatewayControlPlane
            } else if caps.name("egw_tp").is_some() {
                Endpoint::EventGatewayTelemetry
            } else {
                Endpoint::Identity
            };
            return Some((endpoint, geo("service_geo"), None));
        }
        let pl = text("pl")?;
        let geo = if pl.eq_ignore_ascii_case("ap") {
            Some(Geo::Au)
        } else {
            pl.parse::<Geo>().ok()
        };
        Some((Endpoint::PrivateLink, geo, None))
    }
}

/// Baseline (b): a `RegexSet` with one pattern per kind, answering only
/// which kind matched.
pub struct SetBaseline {
    set: RegexSet,
    kinds: Vec<Endpoint>,
}

impl SetBaseline {
    pub fn new() -> SetBaseline {
        let patterns = [
            (
                Endpoint::ControlPlane,
                format!(r"{LABEL}\.({GEO})\.cp0?\.konghq\.com"),
            ),
            (
                Endpoint::Telemetry,
                format!(r"{LABEL}\.({GEO})\.tp0?\.konghq\.com"),
            ),
            (
                Endpoint::DevPortal,
                format!(r"{LABEL}\.({GEO})\.(portal\.konghq|kongportals)\.com"),
            ),
            (Endpoint::Platform, r"cloud\.konghq\.com".to_owned()),
            (Endpoint::GlobalApi, r"global\.api\.konghq\.com".to_owned()),
            (Endpoint::RegionalApi, format!(r"({GEO})\.api\.konghq\.com")),
            (
                Endpoint::IngressController,
                format!(r"({GEO})\.kic\.api\.konghq\.com"),
            ),
            (
                Endpoint::MeshSync,
                format!(r"({GEO}|global)\.mesh\.sync\.konghq\.com"),
            ),
            (
                Endpoint::EventGatewayControlPlane,
                format!(r"({GEO})\.control-plane\.konghq\.com"),
            ),
            (
                Endpoint::EventGatewayTelemetry,
                format!(r"({GEO})\.telemetry\.konghq\.com"),
            ),
            (
                Endpoint::Identity,
                format!(r"({GEO})\.identity\.konghq\.com"),
            ),
            (
                Endpoint::PrivateLink,
                r"(ap|eu|me|in|us|sg|global)\.svc\.konghq\.com".to_owned(),
            ),
        ];
        let set = RegexSet::new(
            patterns
                .iter()
                .map(|(_, pattern)| format!(r"(?i)^{pattern}\.?$")),
        )
        .expect("the baseline patterns compile");
        SetBaseline {
            set,
            kinds: patterns.iter().map(|(kind, _)| *kind).collect(),
        }
    }

    #[inline]
    pub fn classify(&self, host: &str) -> Option<Endpoint> {
        let index = self.set.matches(host).into_iter().next()?;
        self.kinds.get(index).copied()
    }
}

/// Requirements with every optional product, and so the most rules.
pub fn full_requirements() -> Requirements {
    Requirements::for_geo(Geo::Eu)
        .with_edition(Edition::Aug2026)
        .with_cp_prefix("a1b2c3d4e5")
        .with_portal_id("d6a3e6b6bc64")
        .with_mesh_manager()
        .with_event_gateway()
        .with_identity()
        .with_ingress_controller()
        .build()
        .expect("valid requirements")
}

/// Requirements with no optional product.
pub fn minimal_requirements() -> Requirements {
    Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .expect("valid requirements")
}

/// Connections an egress proxy decides on: the hosts of both requirement
/// sets on their port and on wrong ports, and hosts of other geos, products
/// and domains.
pub const CONNECTIONS: &[(&str, u16, Protocol)] = &[
    ("cloud.konghq.com", 443, Protocol::Tcp),
    ("global.api.konghq.com", 443, Protocol::Tcp),
    ("eu.api.konghq.com", 443, Protocol::Tcp),
    ("a1b2c3d4e5.eu.cp0.konghq.com", 443, Protocol::Tcp),
    ("a1b2c3d4e5.eu.tp.konghq.com", 443, Protocol::Tcp),
    ("d6a3e6b6bc64.eu.kongportals.com", 443, Protocol::Tcp),
    ("some-portal.eu.portal.konghq.com", 443, Protocol::Tcp),
    ("eu.mesh.sync.konghq.com", 443, Protocol::Tcp),
    ("eu.control-plane.konghq.com", 443, Protocol::Tcp),
    ("eu.identity.konghq.com", 443, Protocol::Tcp),
    ("eu.kic.api.konghq.com", 443, Protocol::Tcp),
    ("A1B2C3D4E5.EU.CP.KONGHQ.COM.", 443, Protocol::Tcp),
    ("a1b2c3d4e5.eu.cp0.konghq.com", 8443, Protocol::Tcp),
    ("a1b2c3d4e5.eu.cp0.konghq.com", 443, Protocol::Udp),
    ("a1b2c3d4e5.us.cp0.konghq.com", 443, Protocol::Tcp),
    ("ffffffffff.eu.cp0.konghq.com", 443, Protocol::Tcp),
    ("www.google.com", 443, Protocol::Tcp),
    ("a1b2c3d4e5.eu.cp0.konghq.com.evil.com", 443, Protocol::Tcp),
];

/// The `allows` baseline: for each port and transport of the host rules,
/// a `RegexSet` of their hostnames (a wildcard first label becomes one DNS
/// label).
pub struct AllowsBaseline {
    sets: Vec<(u16, Protocol, RegexSet)>,
}

impl AllowsBaseline {
    pub fn new(req: &Requirements) -> AllowsBaseline {
        let mut groups: Vec<(u16, Protocol, Vec<String>)> = Vec::new();
        for rule in req.rules() {
            let Some(host) = rule.host() else { continue };
            let key = (rule.port().number(), rule.protocol());
            let pattern = format!(r"(?i)^{}\.?$", host_pattern(host));
            match groups.iter_mut().find(|(p, t, _)| (*p, *t) == key) {
                Some((_, _, patterns)) => patterns.push(pattern),
                None => groups.push((key.0, key.1, vec![pattern])),
            }
        }
        let sets = groups
            .into_iter()
            .map(|(port, protocol, patterns)| {
                let set = RegexSet::new(patterns).expect("the baseline patterns compile");
                (port, protocol, set)
            })
            .collect();
        AllowsBaseline { sets }
    }

    #[inline]
    pub fn allows(&self, host: &str, port: u16, protocol: Protocol) -> bool {
        self.sets
            .iter()
            .any(|(p, t, set)| *p == port && *t == protocol && set.is_match(host))
    }
}

fn host_pattern(host: &Host) -> String {
    if host.is_wildcard() {
        format!(r"{LABEL}\.{}", regex::escape(host.base()))
    } else {
        regex::escape(host.as_str())
    }
}

/// The rules of `req` as strings, the crate's way.
#[inline]
pub fn build_and_render(geo: Geo, cp_prefix: &str, portal_id: &str) -> Vec<String> {
    let req = Requirements::for_geo(geo)
        .with_cp_prefix(cp_prefix)
        .with_portal_id(portal_id)
        .build()
        .expect("valid requirements");
    req.rules().map(|rule| rule.to_string()).collect()
}

/// The same strings, written by hand with `format!`.
#[inline]
pub fn format_by_hand(geo: &str, cp_prefix: &str, portal_id: &str) -> Vec<String> {
    vec![
        "cloud.konghq.com:443/tcp".to_owned(),
        "global.api.konghq.com:443/tcp".to_owned(),
        format!("{geo}.api.konghq.com:443/tcp"),
        format!("{portal_id}.{geo}.portal.konghq.com:443/tcp"),
        format!("{cp_prefix}.{geo}.cp0.konghq.com:443/tcp"),
        format!("{cp_prefix}.{geo}.tp0.konghq.com:443/tcp"),
        "8071/tcp".to_owned(),
        "8071/udp".to_owned(),
        "8000/tcp".to_owned(),
        "8443/tcp".to_owned(),
    ]
}

/// The `Format::Hosts` text, written by hand with one `format!`.
#[inline]
pub fn render_by_hand(geo: &str, cp_prefix: &str, portal_id: &str) -> String {
    format!(
        "cloud.konghq.com:443/tcp\n\
         global.api.konghq.com:443/tcp\n\
         {geo}.api.konghq.com:443/tcp\n\
         {portal_id}.{geo}.portal.konghq.com:443/tcp\n\
         {cp_prefix}.{geo}.cp0.konghq.com:443/tcp\n\
         {cp_prefix}.{geo}.tp0.konghq.com:443/tcp\n\
         8071/tcp\n\
         8071/udp\n\
         8000/tcp\n\
         8443/tcp\n"
    )
}

/// Checks that the baselines answer like the crate, so the benches compare
/// equal work; panics with the first difference.
pub fn check_baselines() {
    let captures = CaptureBaseline::new();
    let set = SetBaseline::new();
    for host in HOSTS {
        let expected = ours(host);
        assert_eq!(captures.classify(host), expected, "captures on {host:?}");
        assert_eq!(
            set.classify(host),
            expected.map(|(endpoint, _, _)| endpoint),
            "set on {host:?}"
        );
    }
    for req in [full_requirements(), minimal_requirements()] {
        let baseline = AllowsBaseline::new(&req);
        for (host, port, protocol) in CONNECTIONS {
            assert_eq!(
                baseline.allows(host, *port, *protocol),
                req.allows(host, *port, *protocol),
                "allows {host:?} {port} {protocol}"
            );
        }
    }
    assert_eq!(
        build_and_render(Geo::Eu, "a1b2c3d4e5", "d6a3e6b6bc64"),
        format_by_hand("eu", "a1b2c3d4e5", "d6a3e6b6bc64")
    );
    let req = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .with_portal_id("d6a3e6b6bc64")
        .build()
        .expect("valid requirements");
    assert_eq!(
        req.render(Format::Hosts),
        render_by_hand("eu", "a1b2c3d4e5", "d6a3e6b6bc64")
    );
}
