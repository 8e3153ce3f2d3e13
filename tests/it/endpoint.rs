//! `Endpoint`: the hostname template of every endpoint in every edition.

use konnect_netreq::Endpoint::*;
use konnect_netreq::{AppProtocol, Direction, Edition, Endpoint};

#[test]
fn templates_of_both_editions() {
    let expected: [(Endpoint, &str, Option<&str>, Option<&str>); 12] = [
        (
            Platform,
            "platform",
            Some("cloud.konghq.com"),
            Some("cloud.konghq.com"),
        ),
        (
            GlobalApi,
            "global-api",
            Some("global.api.konghq.com"),
            Some("global.api.konghq.com"),
        ),
        (
            RegionalApi,
            "regional-api",
            Some("{geo}.api.konghq.com"),
            Some("{geo}.api.konghq.com"),
        ),
        (
            DevPortal,
            "dev-portal",
            Some("PORTAL_ID.{geo}.portal.konghq.com"),
            Some("PORTAL_ID.{geo}.kongportals.com"),
        ),
        (
            ControlPlane,
            "control-plane",
            Some("CONTROL_PLANE_DNS_PREFIX.{geo}.cp0.konghq.com"),
            Some("CONTROL_PLANE_DNS_PREFIX.{geo}.cp.konghq.com"),
        ),
        (
            Telemetry,
            "telemetry",
            Some("CONTROL_PLANE_DNS_PREFIX.{geo}.tp0.konghq.com"),
            Some("CONTROL_PLANE_DNS_PREFIX.{geo}.tp.konghq.com"),
        ),
        (
            MeshSync,
            "mesh-sync",
            Some("{geo}.mesh.sync.konghq.com"),
            Some("{geo}.mesh.sync.konghq.com"),
        ),
        (
            EventGatewayControlPlane,
            "event-gateway-control-plane",
            None,
            Some("{geo}.control-plane.konghq.com"),
        ),
        (
            EventGatewayTelemetry,
            "event-gateway-telemetry",
            None,
            Some("{geo}.telemetry.konghq.com"),
        ),
        (
            Identity,
            "identity",
            None,
            Some("{geo}.identity.konghq.com"),
        ),
        (
            IngressController,
            "ingress-controller",
            Some("{geo}.kic.api.konghq.com"),
            Some("{geo}.kic.api.konghq.com"),
        ),
        (
            PrivateLink,
            "private-link",
            Some("{pl}.svc.konghq.com"),
            Some("{pl}.svc.konghq.com"),
        ),
    ];
    assert_eq!(Endpoint::ALL.len(), expected.len());
    for (&endpoint, (e, name, apr, aug)) in Endpoint::ALL.iter().zip(expected) {
        assert_eq!(endpoint, e);
        assert_eq!(endpoint.as_str(), name);
        assert_eq!(endpoint.template(Edition::Apr2025), apr, "{endpoint}");
        assert_eq!(endpoint.template(Edition::Aug2026), aug, "{endpoint}");
        assert_eq!(
            endpoint.is_in(Edition::Apr2025),
            apr.is_some(),
            "{endpoint}"
        );
        assert_eq!(
            endpoint.since() == Edition::Aug2026,
            apr.is_none(),
            "{endpoint}"
        );
        assert_eq!(
            endpoint.has_identifier(),
            matches!(endpoint, DevPortal | ControlPlane | Telemetry | Identity),
            "{endpoint}"
        );
        assert!(!endpoint.description().is_empty());
        assert_eq!(endpoint.to_string().parse::<Endpoint>().unwrap(), endpoint);
    }
}

#[test]
fn recognized_templates_of_every_endpoint() {
    let expected: [(Endpoint, &[&str]); 12] = [
        (Platform, &["cloud.konghq.com"]),
        (GlobalApi, &["global.api.konghq.com"]),
        (RegionalApi, &["{geo}.api.konghq.com"]),
        (
            DevPortal,
            &[
                "PORTAL_ID.{geo}.portal.konghq.com",
                "PORTAL_ID.{geo}.kongportals.com",
                "PORTAL_ID.edge.{geo}.portal.konghq.com",
                "PORTAL_ID.portal-preview.{geo}.api.konghq.com",
            ],
        ),
        (
            ControlPlane,
            &[
                "CONTROL_PLANE_DNS_PREFIX.{geo}.cp0.konghq.com",
                "CONTROL_PLANE_DNS_PREFIX.{geo}.cp.konghq.com",
            ],
        ),
        (
            Telemetry,
            &[
                "CONTROL_PLANE_DNS_PREFIX.{geo}.tp0.konghq.com",
                "CONTROL_PLANE_DNS_PREFIX.{geo}.tp.konghq.com",
            ],
        ),
        (MeshSync, &["{geo}.mesh.sync.konghq.com"]),
        (
            EventGatewayControlPlane,
            &["{geo}.control-plane.konghq.com"],
        ),
        (EventGatewayTelemetry, &["{geo}.telemetry.konghq.com"]),
        (
            Identity,
            &[
                "{geo}.identity.konghq.com",
                "AUTH_SERVER_ID.{geo}.identity.konghq.com",
            ],
        ),
        (IngressController, &["{geo}.kic.api.konghq.com"]),
        (PrivateLink, &["{pl}.svc.konghq.com"]),
    ];
    assert_eq!(Endpoint::ALL.len(), expected.len());
    for (endpoint, templates) in expected {
        let got: Vec<&str> = endpoint.recognized_templates().collect();
        assert_eq!(got, templates, "{endpoint}");
    }
}

#[test]
fn defaults_protocols_and_directions() {
    for &endpoint in Endpoint::ALL {
        let default = matches!(
            endpoint,
            Platform | GlobalApi | RegionalApi | DevPortal | ControlPlane | Telemetry
        );
        assert_eq!(endpoint.is_default(), default, "{endpoint}");
        let want = match endpoint {
            ControlPlane | Telemetry | PrivateLink => AppProtocol::HttpsMtls,
            // Kong's mesh docs: `grpcs://{region}.mesh.sync.konghq.com:443`.
            MeshSync => AppProtocol::Grpcs,
            // The Event Gateway bootstrap schema (`app/_data/event-gateway-
            // bootstrap-schema/1.0.json`): a client certificate "for mTLS
            // authentication with Konnect"; the inner protocol is not stated.
            EventGatewayControlPlane | EventGatewayTelemetry => AppProtocol::Mtls,
            _ => AppProtocol::Https,
        };
        assert_eq!(endpoint.app_protocol(), want, "{endpoint}");
        assert_eq!(endpoint.direction(), Direction::ToKonnect, "{endpoint}");
    }
}

#[test]
fn unknown_endpoint() {
    assert_eq!(
        "cp".parse::<Endpoint>().unwrap_err().to_string(),
        "unrecognized endpoint \"cp\": expected one of platform, global-api, regional-api, \
         dev-portal, control-plane, telemetry, mesh-sync, event-gateway-control-plane, \
         event-gateway-telemetry, identity, ingress-controller, private-link"
    );
}
