//! Property tests: round trips of every public parser, the hostnames the
//! builder produces, `allows`, and arbitrary hostile strings. Case counts keep
//! the whole file to a few seconds.

use crate::common::oracle::{check_classify, is_plain_label};
use crate::common::render_check::check_all_formats;
use konnect_netreq::{
    AppProtocol, CpPrefix, DataPlaneVersion, Direction, Edition, Endpoint, Error, Format, Geo,
    Host, Port, PortalId, Protocol, Requirements, classify,
};
use proptest::prelude::*;
use proptest::sample::select;
use std::fmt::{Debug, Display};
use std::str::FromStr;

// ---------------------------------------------------------------- strategies

/// A valid identifier: an RFC 1123 label of 1 to 63 characters, mixed case,
/// never `??--` (IDNA), with the longest lengths well represented.
fn label() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9]",
        "[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9]",
        "[a-zA-Z0-9][a-zA-Z0-9-]{59,61}[a-zA-Z0-9]",
        "[0-9a-f]{10}",
        "[0-9a-f]{12}",
    ]
    .prop_filter("IDNA-style labels are refused", |s| is_plain_label(s))
}

/// Randomizes the ASCII case of a string.
fn recase(s: String) -> impl Strategy<Value = String> {
    let len = s.len();
    proptest::collection::vec(any::<bool>(), len).prop_map(move |upper| {
        s.chars()
            .zip(upper)
            .map(|(c, up)| if up { c.to_ascii_uppercase() } else { c })
            .collect()
    })
}

/// A valid hostname (exact or `*.` wildcard), up to the 253-byte limit.
fn host_name() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(
            prop_oneof!["[a-z0-9]", "[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9]"],
            1..6,
        ),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(labels, wildcard, trailing_dot)| {
            let mut name = labels.join(".");
            if wildcard {
                name.insert_str(0, "*.");
            }
            if trailing_dot {
                name.push('.');
            }
            name
        })
        .prop_filter("at most 253 bytes", |name| {
            name.strip_suffix('.').unwrap_or(name).len() <= 253
        })
}

/// Strings built to be near Konnect hostnames: Konnect labels, valid and
/// invalid labels, and hostile characters, joined by dots and other separators.
fn near_konnect() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        select(vec![
            "konghq",
            "com",
            "kongportals",
            "cloud",
            "api",
            "global",
            "portal",
            "cp0",
            "cp",
            "tp0",
            "tp",
            "mesh",
            "sync",
            "control-plane",
            "telemetry",
            "identity",
            "kic",
            "svc",
            "au",
            "ap",
            "eu",
            "me",
            "in",
            "us",
            "sg",
            "evil",
            "xn--80ak6aa92e",
            "*",
            "",
            "EU",
            "KONGHQ",
            "Com",
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z0-9-]{1,70}",
        "[\\x00-\\x7f]{1,4}",
        "[аеорсух０-９ａ-ｚ%@:/\\\\ \\t\\n\\r\\x00\u{200b}\u{ff0e}\u{3002}]{1,3}",
    ];
    (
        proptest::collection::vec(piece, 1..8),
        select(vec![".", ".", ".", ".", ":", "/", "..", "\u{ff0e}"]),
        any::<bool>(),
    )
        .prop_map(|(pieces, separator, trailing_dot)| {
            let mut s = pieces.join(separator);
            if trailing_dot {
                s.push('.');
            }
            s
        })
}

/// Labels around the tail of a real Konnect hostname: extra labels on the
/// left, a geo or identifier, and tricks on the right (`.evil.com`, `.`).
fn around_konnect() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        label(),
        select(vec![
            "eu", "us", "global", "ap", "sg", "kic", "mesh", "*", "", "xn--p1ai", "a\u{430}"
        ])
        .prop_map(str::to_owned),
    ];
    let tail = select(vec![
        "konghq.com",
        "cloud.konghq.com",
        "api.konghq.com",
        "portal.konghq.com",
        "kongportals.com",
        "cp0.konghq.com",
        "cp.konghq.com",
        "tp0.konghq.com",
        "tp.konghq.com",
        "sync.konghq.com",
        "mesh.sync.konghq.com",
        "control-plane.konghq.com",
        "telemetry.konghq.com",
        "identity.konghq.com",
        "kic.api.konghq.com",
        "svc.konghq.com",
        "evilkonghq.com",
        "konghq.com.evil.com",
        "KONGHQ.COM",
        "konghq.com.",
    ]);
    let trick = select(vec![
        "",
        "",
        "",
        ".",
        "..",
        ".evil.com",
        ":443",
        "/",
        " ",
        "\n",
        "\u{0}",
    ]);
    (proptest::collection::vec(piece, 0..4), tail, trick).prop_map(|(pieces, tail, trick)| {
        let mut s = pieces.join(".");
        if !s.is_empty() {
            s.push('.');
        }
        s.push_str(tail);
        s.push_str(trick);
        s
    })
}

/// Any string: arbitrary Unicode including control characters, or long.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        near_konnect(),
        around_konnect(),
        "\\PC{0,600}",
        "[a-z.]{240,300}",
        ".{0,40}",
    ]
}

// ---------------------------------------------------------- round trips

#[track_caller]
fn round_trip<T>(value: T)
where
    T: FromStr<Err = Error> + Display + Debug + PartialEq + Clone,
{
    let text = value.to_string();
    assert_eq!(text.parse::<T>(), Ok(value.clone()), "{text:?}");
    // Keywords and identifiers ignore ASCII case.
    assert_eq!(text.to_ascii_uppercase().parse::<T>(), Ok(value));
}

#[test]
fn every_keyword_round_trips() {
    // The keyword enums are small: check every value, not a sample.
    crate::common::for_each_keyword!(round_trip);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn identifiers_round_trip(raw in label().prop_flat_map(recase)) {
        let prefix = CpPrefix::new(&raw).unwrap();
        prop_assert_eq!(prefix.as_str(), raw.to_ascii_lowercase());
        prop_assert_eq!(prefix.to_string().parse::<CpPrefix>(), Ok(prefix));
        let portal = PortalId::new(&raw).unwrap();
        prop_assert_eq!(portal.as_str(), raw.to_ascii_lowercase());
        prop_assert_eq!(portal.to_string().parse::<PortalId>(), Ok(portal));
    }

    #[test]
    fn hosts_round_trip(raw in host_name().prop_flat_map(recase)) {
        let host = Host::new(&raw).unwrap();
        let canonical = raw.strip_suffix('.').unwrap_or(&raw).to_ascii_lowercase();
        prop_assert_eq!(host.as_str(), canonical.as_str());
        prop_assert_eq!(host.is_wildcard(), raw.starts_with("*."));
        prop_assert_eq!(host.to_string().parse::<Host>(), Ok(host.clone()));
        prop_assert!(host.matches(&raw) || host.is_wildcard());
    }

    /// A mix-cased keyword parses; anything else gives the `unrecognized` error.
    #[test]
    fn keyword_parsers_accept_exactly_their_keywords(input in prop_oneof![
        hostile(),
        select(Geo::ALL.iter().map(|g| g.as_str()).chain(Port::ALL.iter().map(|p| p.as_str()))
            .chain(Endpoint::ALL.iter().map(|e| e.as_str())).collect::<Vec<_>>())
            .prop_map(str::to_owned).prop_flat_map(recase),
    ]) {
        check_keyword::<Geo>(&input, Geo::ALL, "geo")?;
        check_keyword::<Edition>(&input, Edition::ALL, "edition")?;
        check_keyword::<Protocol>(&input, Protocol::ALL, "protocol")?;
        check_keyword::<AppProtocol>(&input, AppProtocol::ALL, "application protocol")?;
        check_keyword::<Port>(&input, Port::ALL, "port")?;
        check_keyword::<Endpoint>(&input, Endpoint::ALL, "endpoint")?;
        check_keyword::<Direction>(&input, Direction::ALL, "direction")?;
        check_keyword::<DataPlaneVersion>(&input, DataPlaneVersion::ALL, "data plane version")?;
        check_keyword::<Format>(&input, Format::ALL, "format")?;
    }
}

fn check_keyword<T>(input: &str, all: &[T], what: &str) -> Result<(), TestCaseError>
where
    T: FromStr<Err = Error> + Display + Debug + PartialEq + Copy,
{
    let want = all
        .iter()
        .copied()
        .find(|v| v.to_string().eq_ignore_ascii_case(input));
    match (input.parse::<T>(), want) {
        (Ok(got), Some(want)) => prop_assert_eq!(got, want),
        (Err(error), None) => {
            let expected: Vec<String> = all.iter().map(ToString::to_string).collect();
            let text = error.to_string();
            prop_assert!(
                text.starts_with(&format!("unrecognized {what} ")),
                "{}",
                text
            );
            prop_assert!(
                text.ends_with(&format!(": expected one of {}", expected.join(", "))),
                "{}",
                text
            );
            prop_assert!(!text.chars().any(char::is_control), "{:?}", text);
        }
        (got, want) => prop_assert!(false, "{input:?} parsed to {got:?}, expected {want:?}"),
    }
    Ok(())
}

// ------------------------------------------------------- built hostnames

/// The requirements of every geo and edition that lists it, with every option
/// the edition allows, for the given identifiers: one set reaching the control
/// plane directly with the geo's mesh host, one over PrivateLink with the
/// global mesh host.
fn all_requirements(cp: Option<&str>, portal: Option<&str>) -> Vec<Requirements> {
    let mut out = Vec::new();
    for edition in Edition::ALL.iter().copied() {
        for geo in edition.geos().iter().copied() {
            for private_link in [false, true] {
                let mut b = Requirements::for_geo(geo)
                    .with_edition(edition)
                    .with_ingress_controller();
                if let Some(cp) = cp {
                    b = b.with_cp_prefix(cp);
                }
                if let Some(portal) = portal {
                    b = b.with_portal_id(portal);
                }
                if edition >= Edition::Aug2026 {
                    b = b.with_event_gateway().with_identity();
                    // The concrete set names an auth server too.
                    if let Some(cp) = cp {
                        b = b.with_auth_server_id(cp);
                    }
                }
                if private_link && !edition.private_link_geos().contains(&geo) {
                    continue;
                }
                b = if private_link && edition.has_global_mesh_sync() {
                    b.with_private_link()
                        .with_mesh(konnect_netreq::Mesh::Global)
                } else if private_link {
                    b.with_private_link().with_global_private_link()
                } else if edition.mesh_geos().contains(&geo) {
                    b.with_mesh(konnect_netreq::Mesh::Regional)
                } else {
                    b
                };
                out.push(b.build().unwrap());
            }
        }
    }
    out
}

/// The geo `classify` must report for `endpoint`'s host in `req`.
fn expected_geo(req: &Requirements, endpoint: Endpoint, host: &Host) -> Option<Geo> {
    match endpoint {
        Endpoint::Platform | Endpoint::GlobalApi => None,
        Endpoint::MeshSync | Endpoint::PrivateLink if host.as_str().starts_with("global.") => None,
        _ => Some(req.geo()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn built_hosts_are_bounded_konnect_names_that_classify_back(
        cp in label().prop_flat_map(recase),
        portal in label().prop_flat_map(recase),
    ) {
        let mut endpoints_seen = Vec::new();
        for req in all_requirements(Some(&cp), Some(&portal)) {
            prop_assert!(req.is_concrete());
            for (endpoint, host) in req.hosts() {
                endpoints_seen.push(endpoint);
                let name = host.as_str();
                prop_assert!(name.len() <= 253, "{}", name);
                prop_assert!(name.split('.').all(|l| (1..=63).contains(&l.len())), "{}", name);
                let domain: Vec<&str> = name.rsplitn(3, '.').take(2).collect();
                prop_assert!(
                    domain == ["com", "konghq"] || domain == ["com", "kongportals"],
                    "{} is not under konghq.com or kongportals.com", name
                );
                let found = classify(name).unwrap();
                prop_assert_eq!(found.endpoint(), endpoint, "{}", name);
                prop_assert_eq!(found.geo(), expected_geo(&req, endpoint, host), "{}", name);
                prop_assert_eq!(found.cp_prefix(), match endpoint {
                    Endpoint::ControlPlane | Endpoint::Telemetry => Some(req.cp_prefix().unwrap().as_str()),
                    _ => None,
                }, "{}", name);
                prop_assert_eq!(found.portal_id(), match endpoint {
                    Endpoint::DevPortal => Some(req.portal_id().unwrap().as_str()),
                    _ => None,
                }, "{}", name);
                prop_assert_eq!(found.auth_server_id(), match endpoint {
                    Endpoint::Identity if name != format!("{}.identity.konghq.com", req.geo()) => {
                        Some(req.auth_server_ids()[0].as_str())
                    }
                    _ => None,
                }, "{}", name);
                // Only the hosts whose spelling changed between the editions
                // tell their edition.
                let renamed = matches!(
                    endpoint,
                    Endpoint::DevPortal | Endpoint::ControlPlane | Endpoint::Telemetry
                );
                prop_assert_eq!(found.edition().is_some(), renamed, "{}", name);
                prop_assert!(found.edition() <= Some(req.edition()), "{}", name);
                prop_assert!(found.editions().any(|e| e == req.edition()), "{}", name);
                check_classify(name);
                // As written in a log: any case, with the root's trailing dot.
                let logged = format!("{}.", name.to_ascii_uppercase());
                let found = classify(&logged).unwrap();
                prop_assert_eq!(found.endpoint(), endpoint);
                let identified = classify(name).unwrap().identifier().is_some();
                prop_assert_eq!(
                    identified,
                    endpoint.has_identifier() && name != format!("{}.identity.konghq.com", req.geo())
                );
                prop_assert_eq!(
                    found.identifier().map(str::to_ascii_lowercase),
                    identified.then(|| name.split('.').next().unwrap().to_owned())
                );
                check_classify(&logged);
            }
            check_all_formats(&req);
        }
        // Every kind but Kong-hosted gateways', which no requirements hold.
        for endpoint in Endpoint::ALL {
            if endpoint.direction() == konnect_netreq::Direction::ToKongHosted {
                prop_assert!(!endpoints_seen.contains(endpoint), "{} built", endpoint);
            } else {
                prop_assert!(endpoints_seen.contains(endpoint), "{} never built", endpoint);
            }
        }
    }

    #[test]
    fn wildcards_stand_for_one_label_and_never_classify(id in label()) {
        for req in all_requirements(None, None) {
            prop_assert!(!req.is_concrete());
            for (endpoint, host) in req.hosts() {
                if !host.is_wildcard() {
                    // Only hosts without an identifier stay exact.
                    prop_assert_eq!(classify(host.as_str()).unwrap().identifier(), None);
                    continue;
                }
                prop_assert!(endpoint.has_identifier());
                prop_assert_eq!(classify(host.as_str()), None);
                let concrete = format!("{id}.{}", host.base());
                prop_assert!(host.matches(&concrete));
                prop_assert!(req.allows(&concrete, 443, Protocol::Tcp));
                let two_labels = format!("{id}.{concrete}");
                prop_assert!(!host.matches(&two_labels));
                prop_assert!(!req.allows(&two_labels, 443, Protocol::Tcp));
            }
        }
    }
}

// ----------------------------------------------------------------- allows

/// Ways to change a hostname.
#[derive(Debug, Clone)]
enum Change {
    /// Replace label `index` (modulo the label count) with another label.
    Replace(usize, String),
    /// Insert a label before label `index`.
    Insert(usize, String),
    /// Remove label `index`.
    Remove(usize),
    /// Append a label after the last (the `.evil.com` trick).
    Append(String),
    /// Prefix the first label with characters (the `evilkonghq.com` trick).
    Glue(usize, String),
}

fn change() -> impl Strategy<Value = Change> {
    let any_label = prop_oneof![
        label(),
        select(vec![
            "eu", "us", "cp", "tp0", "api", "global", "com", "evil", "konghq"
        ])
        .prop_map(str::to_owned)
    ];
    prop_oneof![
        (any::<usize>(), any_label.clone()).prop_map(|(i, l)| Change::Replace(i, l)),
        (any::<usize>(), any_label.clone()).prop_map(|(i, l)| Change::Insert(i, l)),
        any::<usize>().prop_map(Change::Remove),
        any_label.clone().prop_map(Change::Append),
        (any::<usize>(), "[a-z0-9-]{1,5}").prop_map(|(i, l)| Change::Glue(i, l)),
    ]
}

fn apply(host: &str, change: &Change) -> String {
    let mut labels: Vec<String> = host.split('.').map(str::to_owned).collect();
    let n = labels.len();
    match change {
        Change::Replace(i, l) => labels[i % n] = l.clone(),
        Change::Insert(i, l) => labels.insert(i % (n + 1), l.clone()),
        Change::Remove(i) => {
            labels.remove(i % n);
        }
        Change::Append(l) => labels.push(l.clone()),
        Change::Glue(i, l) => labels[i % n].insert_str(0, l),
    }
    labels.join(".")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn allows_every_host_rule_and_nothing_changed(
        cp in proptest::option::of(label()),
        portal in proptest::option::of(label()),
        changes in proptest::collection::vec(change(), 1..4),
        port in any::<u16>(),
    ) {
        for req in all_requirements(cp.as_deref(), portal.as_deref()) {
            let hosts: Vec<String> = req.hosts().map(|(_, h)| h.as_str().to_owned()).collect();
            for rule in req.rules() {
                let Some(host) = rule.host() else { continue };
                let name = if host.is_wildcard() {
                    format!("x1.{}", host.base())
                } else {
                    host.as_str().to_owned()
                };
                prop_assert!(req.allows(&name, 443, Protocol::Tcp), "{}", name);
                prop_assert!(req.allows(&name.to_ascii_uppercase(), 443, Protocol::Tcp));
                let rooted = format!("{name}.");
                prop_assert!(req.allows(&rooted, 443, Protocol::Tcp));
                prop_assert!(!req.allows(&name, 443, Protocol::Udp));
                if port != 443 {
                    prop_assert!(!req.allows(&name, port, Protocol::Tcp), "{}:{}", name, port);
                }
                for change in &changes {
                    let changed = apply(&name, change);
                    check_classify(&changed);
                    let allowed = req.allows(&changed, 443, Protocol::Tcp);
                    // A change may turn one allowed host into another one
                    // (`eu.api` into `global.api`, `cp0` into `tp0`);
                    // anything else must be refused.
                    let still_listed = req.hosts().any(|(_, h)| h.matches(&changed));
                    prop_assert_eq!(allowed, still_listed, "{} -> {}", name, changed);
                    if req.is_concrete() {
                        prop_assert_eq!(
                            allowed,
                            hosts.iter().any(|h| h.eq_ignore_ascii_case(&changed)),
                            "{} -> {}", name, changed
                        );
                    }
                }
            }
        }
    }
}

// ------------------------------------------------------ hostile strings

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Nothing panics; every parser accepts exactly what the independent
    /// models accept; errors never carry a raw control character.
    #[test]
    fn hostile_strings_are_rejected_cleanly(input in hostile()) {
        check_classify(&input);

        prop_assert_eq!(CpPrefix::new(&input).is_ok(), is_plain_label(&input), "{:?}", input);
        prop_assert_eq!(PortalId::new(&input).is_ok(), is_plain_label(&input), "{:?}", input);
        for error in [CpPrefix::new(&input).err(), PortalId::new(&input).err()].into_iter().flatten() {
            prop_assert!(!error.to_string().chars().any(char::is_control));
        }

        match Host::new(&input) {
            Ok(host) => {
                prop_assert!(host_model(&input), "{:?} was accepted", input);
                prop_assert!(host.as_str().len() <= 253);
            }
            Err(error) => {
                prop_assert!(!host_model(&input), "{:?} was refused: {}", input, error);
                prop_assert!(!error.to_string().chars().any(char::is_control));
            }
        }

        match Requirements::from_control_plane_endpoint(&input) {
            Ok(builder) => {
                let req = builder.build().unwrap();
                let found = classify(req.host(Endpoint::ControlPlane).unwrap().as_str()).unwrap();
                prop_assert_eq!(found.endpoint(), Endpoint::ControlPlane);
            }
            Err(error) => prop_assert!(!error.to_string().chars().any(char::is_control)),
        }

        // Nothing hostile is allowed, whatever the requirements.
        if classify(&input).is_none() {
            let wide_open = Requirements::for_geo(Geo::Sg)
                .with_edition(Edition::LATEST)
                .with_mesh(konnect_netreq::Mesh::Regional)
                .with_event_gateway()
                .with_identity()
                .with_ingress_controller()
                .build()
                .unwrap();
            prop_assert!(!wide_open.allows(&input, 443, Protocol::Tcp), "{:?}", input);
        }
    }
}

/// `Host::new`'s contract, written independently: optional trailing dot, at
/// most 253 bytes, optional `*.`, then labels of 1 to 63 ASCII letters, digits
/// and inner hyphens (`xn--` allowed, since observed names may be IDNA).
fn host_model(input: &str) -> bool {
    let name = input.strip_suffix('.').unwrap_or(input);
    let exact = name.strip_prefix("*.").unwrap_or(name);
    name.len() <= 253
        && exact.split('.').all(|label| {
            (1..=63).contains(&label.len())
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

// ------------------------------------------------------------- redaction

/// The password every generated text carries; no output may show it.
const SECRET: &str = "Zq9SeCrEt";

/// URL-like text with [`SECRET`] in the user information, however mangled:
/// schemes written `://`, `:`, `:/`, `:\\` or not at all, text around it,
/// one to three `@`, a second URL after a space, comma or newline.
fn text_with_a_secret() -> impl Strategy<Value = String> {
    let lead = select(&["", "see ", "proxy=", "https://first.internal,", "x\n", " "][..]);
    let scheme = select(
        &[
            "http://",
            "https://",
            "HTTP://",
            "socks5://",
            "http:",
            "http:/",
            "http:\\\\",
            "http:\\",
            "://",
            "",
            "a b://",
        ][..],
    );
    let before = "[a-z:/\\\\ ]{0,4}";
    let after = "[a-z0-9:/%#?\\\\ ]{0,4}";
    let ats = "@{1,3}";
    let host = "[a-z][a-z.]{0,10}(:[0-9]{1,5})?";
    let tail = select(
        &[
            "",
            "/",
            "/x://y",
            " (see https://wiki.internal)",
            ",https://backup.internal",
            "\nhttps://backup.internal",
            "\nhttps://u:v@backup.internal:3128",
            "@evil.example",
            "?q=1#f",
        ][..],
    );
    (lead, scheme, before, after, ats, host, tail).prop_map(
        |(lead, scheme, before, after, ats, host, tail)| {
            format!("{lead}{scheme}{before}{SECRET}{after}{ats}{host}{tail}")
        },
    )
}

/// Fails if `shown` holds the secret.
fn hides(shown: &str, input: &str, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        !shown.contains(SECRET),
        "{what} of {input:?} shows the secret: {shown}"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// Error messages and `Debug` output never show a password, whatever
    /// shape the text around it has. (Neither `Error` nor `DataPlaneConfig`
    /// implements `Serialize`, so there is no serialized form to check.)
    #[test]
    fn no_output_shows_a_password(input in text_with_a_secret()) {
        let err = Requirements::from_control_plane_endpoint(&input).unwrap_err();
        hides(&err.to_string(), &input, "the control plane endpoint error")?;
        hides(&format!("{err:?}"), &input, "the control plane endpoint error's Debug")?;

        #[cfg(feature = "url")]
        {
            if let Ok(url) = url::Url::parse(&input) {
                if let Err(err) = Requirements::from_control_plane_url(&url) {
                    hides(&err.to_string(), &input, "the control plane URL error")?;
                    hides(&format!("{err:?}"), &input, "the control plane URL error's Debug")?;
                }
            }
            let config = crate::common::eu_data_plane_config();
            match config.to_builder().with_forward_proxy(&input).build() {
                Ok(config) => {
                    hides(&format!("{config:?}"), &input, "the configuration's Debug")?;
                    hides(&format!("{config:#?}"), &input, "the configuration's pretty Debug")?;
                    // Only the settings themselves carry it, as they must.
                    prop_assert!(config.kong_conf().contains(SECRET), "{input:?}");
                }
                Err(err) => {
                    hides(&err.to_string(), &input, "the forward proxy error")?;
                    hides(&format!("{err:?}"), &input, "the forward proxy error's Debug")?;
                }
            }
        }
    }
}

/// A proxy URL or endpoint whose `@host` was forgotten
/// (`http://kong:SECRET`): the password stands where a reader of URLs sees
/// a port, in every scheme spelling, with text around it and a second URL
/// after it.
fn text_with_a_secret_as_port() -> impl Strategy<Value = String> {
    let lead = select(&["", "see ", "x\n", " "][..]);
    let scheme = select(&["http://", "https://", "HTTPS://", "http:", "://", ""][..]);
    let user = "[a-z][a-z0-9.-]{0,8}";
    let tail = select(
        &[
            "",
            "/",
            "/path:1",
            "?q=1#f",
            " (see https://wiki.internal)",
            ",https://backup.internal:3128",
            "\nhttp://kong:Zq9SeCrEt",
            ";http://u:Zq9SeCrEt",
        ][..],
    );
    (lead, scheme, user, tail)
        .prop_map(|(lead, scheme, user, tail)| format!("{lead}{scheme}{user}:{SECRET}{tail}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Without an `@`, a port that is not a number is hidden like user
    /// information (see `redact`).
    #[test]
    fn no_output_shows_a_password_in_the_port(input in text_with_a_secret_as_port()) {
        hides(&konnect_netreq::redact(&input), &input, "redact")?;
        let err = Requirements::from_control_plane_endpoint(&input).unwrap_err();
        hides(&err.to_string(), &input, "the control plane endpoint error")?;
        hides(&format!("{err:?}"), &input, "the control plane endpoint error's Debug")?;
        let err = Requirements::for_geo(Geo::Eu)
            .with_telemetry_endpoint(&input)
            .build()
            .unwrap_err();
        hides(&err.to_string(), &input, "the telemetry endpoint error")?;

        #[cfg(feature = "url")]
        {
            let config = crate::common::eu_data_plane_config();
            let err = config.to_builder().with_forward_proxy(&input).build().unwrap_err();
            hides(&err.to_string(), &input, "the forward proxy error")?;
            hides(&format!("{err:?}"), &input, "the forward proxy error's Debug")?;
        }
    }
}
