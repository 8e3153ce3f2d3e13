//! `classify` on a table of inputs: every kind of Konnect hostname, case and
//! trailing-dot variants, and near misses. Guards the byte-level parser.

use konnect_netreq::Edition::{Apr2025, Aug2026};
use konnect_netreq::Endpoint::{self, *};
use konnect_netreq::Geo::{self, *};
use konnect_netreq::{Edition, classify};

/// Kind, geo, identifier (prefix or portal ID) and edition.
type Expected<'a> = Option<(Endpoint, Option<Geo>, Option<&'a str>, Option<Edition>)>;

const CASES: &[(&str, Expected<'static>)] = &[
    (
        "a1b2c3d4e5.eu.cp0.konghq.com",
        Some((ControlPlane, Some(Eu), Some("a1b2c3d4e5"), Some(Apr2025))),
    ),
    (
        "36fc5d01be.us.cp.konghq.com",
        Some((ControlPlane, Some(Us), Some("36fc5d01be"), Some(Aug2026))),
    ),
    (
        "a1b2c3d4e5.eu.tp0.konghq.com",
        Some((Telemetry, Some(Eu), Some("a1b2c3d4e5"), Some(Apr2025))),
    ),
    (
        "36fc5d01be.us.tp.konghq.com",
        Some((Telemetry, Some(Us), Some("36fc5d01be"), Some(Aug2026))),
    ),
    (
        "d6a3e6b6bc64.eu.portal.konghq.com",
        Some((DevPortal, Some(Eu), Some("d6a3e6b6bc64"), Some(Apr2025))),
    ),
    (
        "d6a3e6b6bc64.us.kongportals.com",
        Some((DevPortal, Some(Us), Some("d6a3e6b6bc64"), Some(Aug2026))),
    ),
    ("global.api.konghq.com", Some((GlobalApi, None, None, None))),
    (
        "eu.api.konghq.com",
        Some((RegionalApi, Some(Eu), None, None)),
    ),
    (
        "au.kic.api.konghq.com",
        Some((IngressController, Some(Au), None, None)),
    ),
    ("cloud.konghq.com", Some((Platform, None, None, None))),
    (
        "eu.mesh.sync.konghq.com",
        Some((MeshSync, Some(Eu), None, None)),
    ),
    (
        "global.mesh.sync.konghq.com",
        Some((MeshSync, None, None, None)),
    ),
    (
        "sg.control-plane.konghq.com",
        Some((EventGatewayControlPlane, Some(Sg), None, None)),
    ),
    (
        "in.identity.konghq.com",
        Some((Identity, Some(In), None, None)),
    ),
    (
        "ap.svc.konghq.com",
        Some((PrivateLink, Some(Au), None, None)),
    ),
    (
        "A1B2C3D4E5.EU.CP0.KONGHQ.COM",
        Some((ControlPlane, Some(Eu), Some("A1B2C3D4E5"), Some(Apr2025))),
    ),
    (
        "a1b2c3d4e5.eu.cp0.konghq.com.",
        Some((ControlPlane, Some(Eu), Some("a1b2c3d4e5"), Some(Apr2025))),
    ),
    (
        "Eu.Api.KongHQ.com.",
        Some((RegionalApi, Some(Eu), None, None)),
    ),
    ("www.google.com", None),
    ("registry-1.docker.io", None),
    ("docs.konghq.com", None),
    ("a1b2c3d4e5.eu.cp0.konghq.com.evil.com", None),
    ("x.a1b2c3d4e5.eu.cp0.konghq.com", None),
    ("a1b2c3d4e5.xx.cp0.konghq.com", None),
    ("", None),
    (".", None),
    ("..", None),
    ("com", None),
    ("konghq.com", None),
    (".konghq.com", None),
    ("..konghq.com", None),
    ("cloud.konghq.com..", None),
    ("CLOUD.KONGHQ.COM.", Some((Platform, None, None, None))),
    ("x.cloud.konghq.com", None),
    (".cloud.konghq.com", None),
    ("x.global.api.konghq.com", None),
    ("GLOBAL.api.konghq.com", Some((GlobalApi, None, None, None))),
    ("api.konghq.com", None),
    (".api.konghq.com", None),
    ("xx.api.konghq.com", None),
    (
        "sg.api.konghq.com",
        Some((RegionalApi, Some(Sg), None, None)),
    ),
    (
        "eu.kic.api.konghq.com",
        Some((IngressController, Some(Eu), None, None)),
    ),
    ("kic.api.konghq.com", None),
    ("x.eu.kic.api.konghq.com", None),
    ("global.kic.api.konghq.com", None),
    (
        "eu.KIC.api.konghq.com",
        Some((IngressController, Some(Eu), None, None)),
    ),
    (
        "a.eu.portal.konghq.com",
        Some((DevPortal, Some(Eu), Some("a"), Some(Apr2025))),
    ),
    ("eu.portal.konghq.com", None),
    (".eu.portal.konghq.com", None),
    ("-a.eu.portal.konghq.com", None),
    ("a-.eu.portal.konghq.com", None),
    ("ab--c.eu.portal.konghq.com", None),
    ("xn--bcher-kva.eu.portal.konghq.com", None),
    ("a_b.eu.cp0.konghq.com", None),
    ("a.b.eu.cp0.konghq.com", None),
    (
        "a.sg.cp.konghq.com",
        Some((ControlPlane, Some(Sg), Some("a"), Some(Aug2026))),
    ),
    // Only Apr2025 writes `cp0`, and Apr2025 (fc030a953) lists no `sg`:
    // the spelling tells no edition.
    (
        "a.sg.cp0.konghq.com",
        Some((ControlPlane, Some(Sg), Some("a"), None)),
    ),
    // Hosts documented outside the network page: the Dev Portal's edge
    // host (Portal Management v3 API) and editor preview
    // (`app/dev-portal/sso.md`), Kong Identity auth servers (plugin
    // examples such as oauth2-introspection).
    (
        "d6a3e6b6bc64.edge.us.portal.konghq.com",
        Some((DevPortal, Some(Us), Some("d6a3e6b6bc64"), None)),
    ),
    (
        "D6A3E6B6BC64.EDGE.EU.PORTAL.KONGHQ.COM.",
        Some((DevPortal, Some(Eu), Some("D6A3E6B6BC64"), None)),
    ),
    (
        "d6a3e6b6bc64.portal-preview.au.api.konghq.com",
        Some((DevPortal, Some(Au), Some("d6a3e6b6bc64"), None)),
    ),
    (
        "a93xltvowjk8m1qe.us.identity.konghq.com",
        Some((Identity, Some(Us), Some("a93xltvowjk8m1qe"), None)),
    ),
    (
        "us.identity.konghq.com",
        Some((Identity, Some(Us), None, None)),
    ),
    ("d6a3e6b6bc64.edge.us.kongportals.com", None),
    ("d6a3e6b6bc64.edge.xx.portal.konghq.com", None),
    ("d6a3e6b6bc64.portal-preview.us.portal.konghq.com", None),
    ("a.b.us.identity.konghq.com", None),
    ("a93xltvowjk8m1qe.global.identity.konghq.com", None),
    (
        "a.eu.tp.konghq.com",
        Some((Telemetry, Some(Eu), Some("a"), Some(Aug2026))),
    ),
    ("a.eu.cp1.konghq.com", None),
    (
        "a.eu.CP.konghq.com",
        Some((ControlPlane, Some(Eu), Some("a"), Some(Aug2026))),
    ),
    (
        "id.eu.kongportals.com",
        Some((DevPortal, Some(Eu), Some("id"), Some(Aug2026))),
    ),
    ("eu.kongportals.com", None),
    ("id.global.kongportals.com", None),
    (
        "ID.EU.KONGPORTALS.COM.",
        Some((DevPortal, Some(Eu), Some("ID"), Some(Aug2026))),
    ),
    ("id.eu.portal.kongportals.com", None),
    ("kongportals.com", None),
    (".kongportals.com", None),
    (
        "me.mesh.sync.konghq.com",
        Some((MeshSync, Some(Me), None, None)),
    ),
    ("MESH.SYNC.KONGHQ.COM", None),
    ("mesh.sync.konghq.com", None),
    ("eu.mash.sync.konghq.com", None),
    ("x.eu.mesh.sync.konghq.com", None),
    ("eu.sync.konghq.com", None),
    (
        "eu.control-plane.konghq.com",
        Some((EventGatewayControlPlane, Some(Eu), None, None)),
    ),
    ("global.control-plane.konghq.com", None),
    (
        "eu.telemetry.konghq.com",
        Some((EventGatewayTelemetry, Some(Eu), None, None)),
    ),
    (
        "eu.identity.konghq.com",
        Some((Identity, Some(Eu), None, None)),
    ),
    (
        "x.eu.identity.konghq.com",
        Some((Identity, Some(Eu), Some("x"), None)),
    ),
    ("au.svc.konghq.com", None),
    (
        "global.svc.konghq.com",
        Some((PrivateLink, None, None, None)),
    ),
    (
        "eu.svc.konghq.com",
        Some((PrivateLink, Some(Eu), None, None)),
    ),
    (
        "sg.svc.konghq.com",
        Some((PrivateLink, Some(Sg), None, None)),
    ),
    ("*.eu.cp0.konghq.com", None),
    ("a1.eu.cp0.konghq.com:443", None),
    ("https://a1.eu.cp0.konghq.com", None),
    ("a1.eu.cp0.konghq.com/", None),
    ("a1.eu.cp0.konghq.co", None),
    ("a1.eu.cp0.konghq.comm", None),
    ("a1.eu.cp0.konghqXcom", None),
    ("a1.eu.cp0.konghq.c0m", None),
    ("é.eu.cp0.konghq.com", None),
    ("a1.eu.cpé.konghq.com", None),
    ("a1.eu.cp0.konghq.com\n", None),
    (" a1.eu.cp0.konghq.com", None),
    ("a1.eu.cp0.konghq\u{e}com", None),
    ("a1.eu.cp0.konghq.com\0", None),
    ("a1.eu\u{e}cp0.konghq.com", None),
    ("a1..eu.cp0.konghq.com", None),
    ("a1.eu..cp0.konghq.com", None),
    ("a1.eu.cp0..konghq.com", None),
    (
        "a1.EU.cp0.konghq.com",
        Some((ControlPlane, Some(Eu), Some("a1"), Some(Apr2025))),
    ),
    ("kongK.eu.cp0.konghq.com", None),
    ("a1.eu.cp0.kongKq.com", None),
];

#[track_caller]
fn check<'a>(input: &'a str, expected: Expected<'a>) {
    let found = classify(input);
    let got = found.map(|found| {
        let identifier = found
            .cp_prefix()
            .or(found.portal_id())
            .or(found.auth_server_id());
        assert_eq!(found.identifier(), identifier);
        (found.endpoint(), found.geo(), identifier, found.edition())
    });
    assert_eq!(got, expected, "classify({input:?})");
    if let Some(found) = found {
        assert_eq!(found.host(), input.strip_suffix('.').unwrap_or(input));
        // The identifier goes to the accessor of its kind only.
        let kinds = [
            found.cp_prefix().is_some(),
            found.portal_id().is_some(),
            found.auth_server_id().is_some(),
        ];
        assert!(kinds.iter().filter(|kind| **kind).count() <= 1);
        match found.endpoint() {
            DevPortal => assert_eq!(found.cp_prefix(), None),
            _ => assert_eq!(found.portal_id(), None),
        }
        assert_eq!(found.port(), None);
    }
}

#[test]
fn table() {
    for (input, expected) in CASES {
        check(input, *expected);
    }
}

#[test]
fn long_labels_and_hosts() {
    let label63 = "a".repeat(63);
    check(
        &format!("{label63}.eu.cp0.konghq.com"),
        Some((
            ControlPlane,
            Some(Eu),
            Some(label63.as_str()),
            Some(Apr2025),
        )),
    );
    check(&format!("{}.eu.cp0.konghq.com", "a".repeat(64)), None);
    check(
        &format!("{}.{label63}.eu.cp0.konghq.com", "b".repeat(63)),
        None,
    );
    let huge = format!("{}eu.api.konghq.com", "x.".repeat(200));
    check(&huge, None);
    check(&format!("{}.eu.api.konghq.com", "x".repeat(300)), None);
}
