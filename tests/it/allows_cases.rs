//! `Requirements::allows` answers exactly what its definition says:
//! `classify` finds an endpoint whose host matches. Checked over every geo,
//! edition and option, on hostnames made from each set's own hosts and on
//! near misses.

use konnect_netreq::{Edition, Geo, Mesh, Protocol, Requirements, RequirementsBuilder, classify};

/// One builder call of the combinations below.
type Step = fn(RequirementsBuilder) -> RequirementsBuilder;

/// Every combination of geo, edition, identifiers and optional products
/// that builds.
pub(crate) fn all_requirements() -> Vec<Requirements> {
    let mut out = Vec::new();
    for geo in Geo::ALL {
        for edition in Edition::ALL {
            for options in 0..128u32 {
                let mut builder = Requirements::for_geo(*geo).with_edition(*edition);
                let opt = |bit: u32| options & (1 << bit) != 0;
                let steps: [(bool, Step); 7] = [
                    (opt(0), |b| b.with_cp_prefix("a1b2c3d4e5")),
                    (opt(1), |b| b.with_portal_id("d6a3e6b6bc64")),
                    (opt(2), |b| b.with_mesh(Mesh::Regional)),
                    (opt(3), |b| b.with_mesh(Mesh::Global)),
                    (opt(4), |b| b.with_ingress_controller().with_private_link()),
                    (opt(5), |b| b.with_event_gateway().with_identity()),
                    (opt(6), |b| {
                        b.with_identity()
                            .with_auth_server_id("a93xltvowjk8m1qe")
                            .with_auth_server_id("0b3k9d2m4n6p8r1t")
                    }),
                ];
                for (wanted, step) in steps {
                    if wanted {
                        builder = step(builder);
                    }
                }
                if let Ok(req) = builder.build() {
                    out.push(req);
                }
            }
        }
    }
    out
}

/// Hostnames to ask about: each host of `req` as written, upper-cased, with
/// a trailing dot, with its wildcard filled in or left in, and with an
/// extra label; plus fixed near misses.
pub(crate) fn candidates(req: &Requirements) -> Vec<String> {
    let mut out: Vec<String> = [
        "",
        ".",
        "konghq.com",
        "www.google.com",
        "a1b2c3d4e5.eu.cp0.konghq.com.evil.com",
        "ab--cd.eu.cp0.konghq.com",
        "-ab.eu.cp0.konghq.com",
        "a_b.eu.portal.konghq.com",
        "a1b2c3d4e5.eu.cp0.konghq.com..",
        "a1b2c3d4e5.xx.cp0.konghq.com",
        "global.api.konghq.com",
        "ap.svc.konghq.com",
        "global.svc.konghq.com",
        "global.mesh.sync.konghq.com",
        "us.identity.konghq.com",
        "x.us.identity.konghq.com",
        "A93XLTVOWJK8M1QE.us.identity.konghq.com.",
        "a93xltvowjk8m1qe.eu.identity.konghq.com",
        "a93xltvowjk8m1qe.us.identity.konghq.com.evil.com",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    for (_, host) in req.hosts() {
        let name = host.as_str();
        let filled = name.replacen('*', "f00d", 1);
        out.extend([
            name.to_owned(),
            format!("{name}."),
            name.to_ascii_uppercase(),
            format!("x.{filled}"),
            filled.to_ascii_uppercase(),
            format!("{filled}."),
            name.replacen('*', "a.b", 1),
            name.replacen('*', "", 1),
            filled.replace(".eu.", ".us.").replace(".cp0.", ".cp."),
            filled
                .replace(".cp.", ".cp0.")
                .replace("kongportals.com", "portal.konghq.com"),
            filled,
        ]);
    }
    out
}

#[test]
fn allows_is_classify_then_match() {
    let mut allowed = 0;
    let mut refused = 0;
    for req in all_requirements() {
        for host in candidates(&req) {
            let expected = classify(&host).is_some_and(|found| {
                req.hosts()
                    .filter(|(endpoint, _)| *endpoint == found.endpoint())
                    .any(|(_, allowed)| allowed.matches(&host))
            });
            assert_eq!(
                req.allows(&host, 443, Protocol::Tcp),
                expected,
                "{host:?} in {req:?}"
            );
            // Other ports and transports are never allowed by host.
            assert!(!req.allows(&host, 8443, Protocol::Tcp));
            assert!(!req.allows(&host, 443, Protocol::Udp));
            if expected {
                allowed += 1;
            } else {
                refused += 1;
            }
        }
    }
    // Both answers occur often, so the comparison above means something.
    assert!(allowed > 1000, "{allowed} allowed");
    assert!(refused > 1000, "{refused} refused");
}

#[test]
fn allows_examples() {
    let req = Requirements::for_geo(Geo::Eu)
        .with_edition(Edition::Aug2026)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .unwrap();
    let cases = [
        ("a1b2c3d4e5.eu.cp.konghq.com", true),
        ("A1B2C3D4E5.EU.CP.KONGHQ.COM.", true),
        ("a1b2c3d4e5.eu.tp.konghq.com", true),
        ("some-portal.eu.kongportals.com", true),
        ("cloud.konghq.com", true),
        ("eu.api.konghq.com", true),
        ("global.api.konghq.com", true),
        // The other edition's spelling, another prefix or geo, another product.
        ("a1b2c3d4e5.eu.cp0.konghq.com", false),
        ("some-portal.eu.portal.konghq.com", false),
        ("ffffffffff.eu.cp.konghq.com", false),
        ("a1b2c3d4e5.us.cp.konghq.com", false),
        ("us.api.konghq.com", false),
        ("eu.mesh.sync.konghq.com", false),
        ("eu.kic.api.konghq.com", false),
        // Not a single valid label in place of the wildcard.
        ("a.b.eu.kongportals.com", false),
        ("ab--c.eu.kongportals.com", false),
        ("eu.kongportals.com", false),
    ];
    for (host, expected) in cases {
        assert_eq!(req.allows(host, 443, Protocol::Tcp), expected, "{host:?}");
    }
}

/// A set allows exactly what one of its members allows: its own index of
/// every member's hosts answers as asking each member would.
#[test]
fn a_set_allows_what_any_member_allows() {
    let all = all_requirements();
    let mut checked = 0;
    for members in all.chunks(5) {
        let set: konnect_netreq::RequirementsSet = members.iter().cloned().collect();
        for req in members {
            for host in candidates(req) {
                let expected = members.iter().any(|m| m.allows(&host, 443, Protocol::Tcp));
                assert_eq!(set.allows(&host, 443, Protocol::Tcp), expected, "{host:?}");
                assert!(!set.allows(&host, 443, Protocol::Udp));
                checked += usize::from(expected);
            }
        }
    }
    assert!(checked > 1000, "{checked} allowed");
}
