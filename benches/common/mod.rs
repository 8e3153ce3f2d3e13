//! Inputs and baselines shared by the bench targets.
//!
//! The baselines are what a user of the `regex` or `url` crate would write
//! instead of this crate: patterns compiled once, ASCII case ignored with
//! `(?i)`, anchored at both ends, one optional trailing dot, one pattern (or
//! one alternative) per hostname template. Every bench checks, before it
//! measures, that a baseline answers exactly like the crate on the inputs it
//! is given ([`check_baselines`]), so both sides do the same work.

// Each bench target uses only part of this module.
#![allow(dead_code)]

use konnect_netreq::{
    Classified, Edition, Endpoint, Geo, Host, Protocol, Requirements, classify, classify_address,
};
use regex::{Regex, RegexSet};
use std::time::Duration;

/// The one criterion configuration of every bench target: 50 samples after
/// a second of warm-up, three seconds of measurement, so that a full run
/// fits a shared machine and the medians in `benches/README.md` come from
/// the same settings.
pub fn criterion() -> criterion::Criterion {
    criterion::Criterion::default()
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}

/// Hostnames as they appear in proxy and DNS logs: every kind of Konnect
/// hostname (both editions, both portal domains, the Dev Portal's edge and
/// preview hosts, a Kong Identity auth server), then as many again that are
/// upper case, fully qualified (trailing dot), not Konnect's, or made to
/// look like Konnect's (suffix tricks, extra or bad labels, unknown geos).
pub const HOSTS: &[&str] = &[
    // Konnect hostnames, lower case (19).
    "a1b2c3d4e5.eu.cp0.konghq.com",
    "36fc5d01be.us.cp.konghq.com",
    "a1b2c3d4e5.eu.tp0.konghq.com",
    "36fc5d01be.us.tp.konghq.com",
    "d6a3e6b6bc64.eu.portal.konghq.com",
    "d6a3e6b6bc64.us.kongportals.com",
    "d6a3e6b6bc64.edge.us.portal.konghq.com",
    "d6a3e6b6bc64.portal-preview.eu.api.konghq.com",
    "global.api.konghq.com",
    "eu.api.konghq.com",
    "au.kic.api.konghq.com",
    "cloud.konghq.com",
    "eu.mesh.sync.konghq.com",
    "global.mesh.sync.konghq.com",
    "sg.control-plane.konghq.com",
    "me.telemetry.konghq.com",
    "in.identity.konghq.com",
    "a93xltvowjk8m1qe.us.identity.konghq.com",
    "ap.svc.konghq.com",
    // Upper case and the fully qualified form (5).
    "A1B2C3D4E5.EU.CP0.KONGHQ.COM",
    "a1b2c3d4e5.eu.cp0.konghq.com.",
    "Eu.Api.KongHQ.com.",
    "D6A3E6B6BC64.EDGE.US.PORTAL.KONGHQ.COM.",
    "A93XLTVOWJK8M1QE.US.IDENTITY.KONGHQ.COM",
    // Not Konnect hostnames (7).
    "www.google.com",
    "registry-1.docker.io",
    "api.github.com",
    "sts.amazonaws.com",
    "docs.konghq.com",
    "konghq.com",
    "evil-konghq.com",
    // Suffix tricks and malformed look-alikes (9).
    "a1b2c3d4e5.eu.cp0.konghq.com.evil.com",
    "eu.api.konghq.com.attacker.net",
    "x.a1b2c3d4e5.eu.cp0.konghq.com",
    "x.eu.api.konghq.com",
    "a1b2c3d4e5.xx.cp0.konghq.com",
    "d6a3e6b6bc64.edge.xx.portal.konghq.com",
    "-bad.eu.cp0.konghq.com",
    "*.eu.cp0.konghq.com",
    "a1b2c3d4e5..eu.cp0.konghq.com",
];

/// What the crate extracts from a hostname, in a form both sides produce.
pub type Fields<'h> = (Endpoint, Option<Geo>, Option<&'h str>);

/// A classification reduced to [`Fields`].
#[inline]
fn fields(found: Classified<'_>) -> Fields<'_> {
    (found.endpoint(), found.geo(), found.identifier())
}

/// The crate's answer for a hostname, reduced to [`Fields`].
#[inline]
pub fn ours(host: &str) -> Option<Fields<'_>> {
    classify(host).map(fields)
}

/// One DNS label (1 to 63 letters, digits or hyphens, no hyphen at either end).
const LABEL: &str = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
/// The geo identifiers.
const GEO: &str = "au|eu|me|in|us|sg";

/// The geo a matched label names (`ap` is Australia's PrivateLink label).
fn geo_of(label: &str) -> Option<Geo> {
    if label.eq_ignore_ascii_case("ap") {
        Some(Geo::Au)
    } else {
        label.parse::<Geo>().ok()
    }
}

/// Baseline (a): one regex, one alternative per kind of hostname, whose
/// named captures say the kind, the geo and the identifier.
pub struct CaptureBaseline {
    regex: Regex,
}

impl CaptureBaseline {
    pub fn new() -> CaptureBaseline {
        let pattern = format!(
            r"(?xi)^(?:
                (?P<id>{LABEL})\.(?P<geo>{GEO})\.(?:(?P<cp>cp0?)|(?P<tp>tp0?)|portal)\.konghq\.com
              | (?P<portal_id>{LABEL})\.(?P<portal_geo>{GEO})\.kongportals\.com
              | (?P<edge_id>{LABEL})\.edge\.(?P<edge_geo>{GEO})\.portal\.konghq\.com
              | (?P<preview_id>{LABEL})\.portal-preview\.(?P<preview_geo>{GEO})\.api\.konghq\.com
              | (?P<auth_id>{LABEL})\.(?P<auth_geo>{GEO})\.identity\.konghq\.com
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
        let geo = |name: &str| text(name).and_then(geo_of);
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
        for (id, region) in [
            ("portal_id", "portal_geo"),
            ("edge_id", "edge_geo"),
            ("preview_id", "preview_geo"),
        ] {
            if caps.name(id).is_some() {
                return Some((Endpoint::DevPortal, geo(region), text(id)));
            }
        }
        if caps.name("auth_id").is_some() {
            return Some((Endpoint::Identity, geo("auth_geo"), text("auth_id")));
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
        Some((Endpoint::PrivateLink, geo("pl"), None))
    }
}

/// Baseline (b): a `RegexSet` with one pattern per hostname template,
/// answering only which kind matched.
pub struct SetBaseline {
    set: RegexSet,
    kinds: Vec<Endpoint>,
}

impl SetBaseline {
    pub fn new() -> SetBaseline {
        let patterns = [
            (Endpoint::Platform, r"cloud\.konghq\.com".to_owned()),
            (Endpoint::GlobalApi, r"global\.api\.konghq\.com".to_owned()),
            (Endpoint::RegionalApi, format!(r"({GEO})\.api\.konghq\.com")),
            (
                Endpoint::DevPortal,
                format!(r"{LABEL}\.({GEO})\.portal\.konghq\.com"),
            ),
            (
                Endpoint::DevPortal,
                format!(r"{LABEL}\.({GEO})\.kongportals\.com"),
            ),
            (
                Endpoint::DevPortal,
                format!(r"{LABEL}\.edge\.({GEO})\.portal\.konghq\.com"),
            ),
            (
                Endpoint::DevPortal,
                format!(r"{LABEL}\.portal-preview\.({GEO})\.api\.konghq\.com"),
            ),
            (
                Endpoint::ControlPlane,
                format!(r"{LABEL}\.({GEO})\.cp0\.konghq\.com"),
            ),
            (
                Endpoint::ControlPlane,
                format!(r"{LABEL}\.({GEO})\.cp\.konghq\.com"),
            ),
            (
                Endpoint::Telemetry,
                format!(r"{LABEL}\.({GEO})\.tp0\.konghq\.com"),
            ),
            (
                Endpoint::Telemetry,
                format!(r"{LABEL}\.({GEO})\.tp\.konghq\.com"),
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
                Endpoint::Identity,
                format!(r"{LABEL}\.({GEO})\.identity\.konghq\.com"),
            ),
            (
                Endpoint::IngressController,
                format!(r"({GEO})\.kic\.api\.konghq\.com"),
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

/// Requirements with no optional product, on `Apr2025`: the fewest host
/// rules.
pub fn small_requirements() -> Requirements {
    Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .expect("valid requirements")
}

/// Requirements on `Aug2026` with a portal ID, Mesh Manager, Event
/// Gateway, Kong Identity with two auth servers and the Ingress
/// Controller: many host rules.
pub fn large_requirements() -> Requirements {
    Requirements::for_geo(Geo::Eu)
        .with_edition(Edition::Aug2026)
        .with_cp_prefix("a1b2c3d4e5")
        .with_portal_id("d6a3e6b6bc64")
        .with_mesh(konnect_netreq::Mesh::Regional)
        .with_event_gateway()
        .with_identity()
        .with_auth_server_id("a93xltvowjk8m1qe")
        .with_auth_server_id("7kq2m9x4p1r8s3tz")
        .with_ingress_controller()
        .build()
        .expect("valid requirements")
}

/// Connections an egress proxy decides on: the hosts of both requirement
/// sets, on their port and on wrong ones, hosts of other prefixes, geos,
/// editions, products and auth servers, then as many again that are upper
/// case, fully qualified, not Konnect's, or suffix tricks.
pub const CONNECTIONS: &[(&str, u16, Protocol)] = &[
    // Konnect hosts on 443/TCP (17).
    ("cloud.konghq.com", 443, Protocol::Tcp),
    ("global.api.konghq.com", 443, Protocol::Tcp),
    ("eu.api.konghq.com", 443, Protocol::Tcp),
    ("a1b2c3d4e5.eu.cp0.konghq.com", 443, Protocol::Tcp),
    ("a1b2c3d4e5.eu.cp.konghq.com", 443, Protocol::Tcp),
    ("a1b2c3d4e5.eu.tp0.konghq.com", 443, Protocol::Tcp),
    ("a1b2c3d4e5.eu.tp.konghq.com", 443, Protocol::Tcp),
    ("d6a3e6b6bc64.eu.kongportals.com", 443, Protocol::Tcp),
    ("some-portal.eu.portal.konghq.com", 443, Protocol::Tcp),
    ("d6a3e6b6bc64.edge.eu.portal.konghq.com", 443, Protocol::Tcp),
    ("eu.mesh.sync.konghq.com", 443, Protocol::Tcp),
    ("eu.control-plane.konghq.com", 443, Protocol::Tcp),
    ("eu.telemetry.konghq.com", 443, Protocol::Tcp),
    ("eu.identity.konghq.com", 443, Protocol::Tcp),
    (
        "a93xltvowjk8m1qe.eu.identity.konghq.com",
        443,
        Protocol::Tcp,
    ),
    (
        "zzzzzzzzzzzzzzzz.eu.identity.konghq.com",
        443,
        Protocol::Tcp,
    ),
    ("eu.kic.api.konghq.com", 443, Protocol::Tcp),
    // Wrong port, transport, prefix or geo (4).
    ("a1b2c3d4e5.eu.cp0.konghq.com", 8443, Protocol::Tcp),
    ("a1b2c3d4e5.eu.cp0.konghq.com", 443, Protocol::Udp),
    ("a1b2c3d4e5.us.cp0.konghq.com", 443, Protocol::Tcp),
    ("ffffffffff.eu.cp0.konghq.com", 443, Protocol::Tcp),
    // Upper case and the fully qualified form (4).
    ("A1B2C3D4E5.EU.CP.KONGHQ.COM.", 443, Protocol::Tcp),
    ("Cloud.KongHQ.com.", 443, Protocol::Tcp),
    ("eu.api.konghq.com.", 443, Protocol::Tcp),
    (
        "A93XLTVOWJK8M1QE.EU.IDENTITY.KONGHQ.COM",
        443,
        Protocol::Tcp,
    ),
    // Not Konnect hostnames (5).
    ("www.google.com", 443, Protocol::Tcp),
    ("registry-1.docker.io", 443, Protocol::Tcp),
    ("api.github.com", 443, Protocol::Tcp),
    ("sts.amazonaws.com", 443, Protocol::Tcp),
    ("docs.konghq.com", 443, Protocol::Tcp),
    // Suffix tricks (4).
    ("a1b2c3d4e5.eu.cp0.konghq.com.evil.com", 443, Protocol::Tcp),
    ("eu.api.konghq.com.attacker.net", 443, Protocol::Tcp),
    ("x.a1b2c3d4e5.eu.cp0.konghq.com", 443, Protocol::Tcp),
    ("x.eu.identity.konghq.com.evil.com", 443, Protocol::Tcp),
];

/// The `allows` baseline: for each port and transport of the host rules,
/// a `RegexSet` of their hostnames (a wildcard first label becomes one DNS
/// label), each anchored, case-insensitive, with an optional trailing dot.
pub struct AllowsBaseline {
    sets: Vec<(u16, Protocol, RegexSet)>,
}

impl AllowsBaseline {
    pub fn new(req: &Requirements) -> AllowsBaseline {
        let mut groups: Vec<(u16, Protocol, Vec<String>)> = Vec::new();
        for rule in req.rules() {
            let Some(host) = rule.host() else { continue };
            let key = (rule.port(), rule.protocol());
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

/// The number of host rules of `req`.
pub fn host_rules(req: &Requirements) -> usize {
    req.rules().filter(|rule| rule.host().is_some()).count()
}

/// Addresses as Kong's docs, Helm values, Terraform, kong.conf and the
/// Konnect API write them, then as many that are upper case, fully
/// qualified, not Konnect's, or hide a Konnect name in the user
/// information, path or query.
pub const ADDRESSES: &[&str] = &[
    // Konnect addresses (16).
    "https://us.api.konghq.com/v2/control-planes",
    "https://global.api.konghq.com/v3/users/me",
    "https://eu.api.konghq.com/v2/control-planes/0b3b5d1b-1d7f-4b0b-9f8a-1f2e3d4c5b6a/core-entities/services",
    "https://36fc5d01be.us.cp0.konghq.com",
    "https://9e0353434a.us.cp.konghq.com",
    "https://9e0353434a.us.tp0.konghq.com",
    "36fc5d01be.us.cp.konghq.com:443",
    "36fc5d01be.us.tp.konghq.com:443",
    "wss://36fc5d01be.us.cp0.konghq.com:443/v1/outlet",
    "grpcs://eu.mesh.sync.konghq.com:443",
    "us.svc.konghq.com:443/tp/36fc5d01be",
    "us.svc.konghq.com/cp/36fc5d01be",
    "https://d6a3e6b6bc64.edge.us.portal.konghq.com/",
    "https://d6a3e6b6bc64.us.kongportals.com/apis?page=2",
    "https://a93xltvowjk8m1qe.us.identity.konghq.com/auth/.well-known/openid-configuration",
    "https://user:secret@eu.api.konghq.com/v2/",
    // Upper case and the fully qualified form (2).
    "HTTPS://EU.API.KONGHQ.COM/v2/control-planes",
    "https://36FC5D01BE.US.CP0.KONGHQ.COM.:443",
    // Not Konnect (5).
    "https://api.github.com/repos/Kong/kong/releases",
    "https://registry-1.docker.io/v2/",
    "http://localhost:8001/services",
    "http://kong-admin.kong.svc.cluster.local:8001",
    "https://docs.konghq.com/konnect/",
    // A Konnect name in the user information, path or query, or as a
    // prefix of another domain (5).
    "https://36fc5d01be.us.cp0.konghq.com@evil.com/",
    "https://evil.com/36fc5d01be.us.cp0.konghq.com",
    "https://evil.com/?next=https://eu.api.konghq.com/",
    "https://36fc5d01be.us.cp0.konghq.com.evil.com:443/",
    "wss://x.36fc5d01be.us.cp0.konghq.com/v1/outlet",
];

/// Addresses the baseline accepts and the crate refuses by design: the
/// `url` crate percent-decodes the host, `classify_address` never does.
/// Not measured; [`check_baselines`] checks that they differ as stated.
pub const REFUSED_ONLY_BY_THE_CRATE: &[&str] = &["https://eu%2Eapi.konghq.com/v2/control-planes"];

/// What both sides extract from an address: the hostname's [`Fields`] and
/// the port (the explicit one, else the scheme's default).
pub type AddressFields<'a> = (Fields<'a>, Option<u16>);

/// The crate's answer for an address.
#[inline]
pub fn ours_address(address: &str) -> Option<AddressFields<'_>> {
    classify_address(address).map(|found| (fields(found), found.port_or_known_default()))
}

/// The `classify_address` baseline, as a user of the `url` crate would
/// write it: `Url::parse`, then [`classify`] of the parsed host. `Url::parse`
/// needs a scheme, so an address without `://` (`host:443`, kong.conf's
/// `host/cp/PREFIX`) is parsed with `https://` put in front, which costs an
/// allocation. `answer` gets the result, which borrows from the parsed URL.
#[inline]
pub fn url_then_classify<R>(
    address: &str,
    answer: impl FnOnce(Option<AddressFields<'_>>) -> R,
) -> R {
    let parsed = if address.contains("://") {
        url::Url::parse(address)
    } else {
        url::Url::parse(&format!("https://{address}"))
    };
    let Ok(url) = parsed else {
        return answer(None);
    };
    let found = url
        .host_str()
        .and_then(classify)
        .map(|found| (fields(found), url.port_or_known_default()));
    answer(found)
}

/// An answer both sides can give: the fields with the identifier
/// lower-cased (the `url` crate lower-cases the host).
fn comparable(found: Option<AddressFields<'_>>) -> Option<(Endpoint, Option<Geo>, Option<String>)> {
    found.map(|((endpoint, geo, identifier), _)| {
        (endpoint, geo, identifier.map(str::to_ascii_lowercase))
    })
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
    for req in [small_requirements(), large_requirements()] {
        let baseline = AllowsBaseline::new(&req);
        for (host, port, protocol) in CONNECTIONS {
            assert_eq!(
                baseline.allows(host, *port, *protocol),
                req.allows(host, *port, *protocol),
                "allows {host:?} {port} {protocol}"
            );
        }
    }
    // The hostname is what both sides must agree on; the port of a
    // scheme-less address is the crate's `None` but the baseline's 443
    // (from the `https://` it puts in front).
    for address in ADDRESSES {
        assert_eq!(
            url_then_classify(address, comparable),
            comparable(ours_address(address)),
            "url then classify on {address:?}"
        );
    }
    for address in REFUSED_ONLY_BY_THE_CRATE {
        assert!(ours_address(address).is_none(), "{address:?}");
        assert!(
            url_then_classify(address, |found| found.is_some()),
            "{address:?}"
        );
    }
}

/// The `Format::Hosts` text of the quick start's requirements, written by
/// hand with one `format!`: the reference of the render bench.
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

/// How many auth server IDs the ID cases hold: an organization's worth,
/// and the 20,000 of issue 20.
pub const MANY_IDS: usize = 20_000;

/// Requirements with [`MANY_IDS`] Kong Identity auth server IDs, and the
/// hosts asked about: every 1,000th ID's issuer host (allowed) and as many
/// IDs past the end (refused). `colliding` IDs share their first fifteen
/// bytes (`a000000000000000`, `a000000000000001`, ...), as IDs written to
/// defeat a hash of a name's ends would; the others are pseudo-random.
pub fn many_ids(colliding: bool) -> (Requirements, Vec<String>) {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut id = |i: usize| -> String {
        if colliding {
            format!("a{i:015}")
        } else {
            (0..16)
                .map(|_| {
                    // xorshift64
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize] as char
                })
                .collect()
        }
    };
    let ids: Vec<String> = (0..MANY_IDS + 20).map(&mut id).collect();
    let mut builder = Requirements::for_geo(Geo::Eu).with_edition(Edition::Aug2026);
    for id in &ids[..MANY_IDS] {
        builder = builder.with_auth_server_id(id);
    }
    let req = builder.build().expect("valid requirements");
    let host = |id: &String| format!("{id}.eu.identity.konghq.com");
    let asked = ids[..MANY_IDS]
        .iter()
        .step_by(1_000)
        .chain(&ids[MANY_IDS..])
        .map(host)
        .collect();
    (req, asked)
}
