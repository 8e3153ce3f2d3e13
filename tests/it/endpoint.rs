//! `Endpoint`: keywords, editions, defaults, protocols and directions (the
//! hostname templates: `tests/golden/facts/endpoints.snap`).

use konnect_netreq::Endpoint::*;
use konnect_netreq::{AppProtocol, Direction, Edition, Endpoint};

/// The templates themselves (each edition's and the spellings `classify`
/// recognizes) are the golden file `tests/golden/facts/endpoints.snap`.
#[test]
fn templates_agree_with_the_editions() {
    for &endpoint in Endpoint::ALL {
        // Kong-hosted gateways' hosts exist in every edition, and no
        // edition writes them.
        let written = endpoint.direction() != Direction::ToKongHosted;
        for &edition in Edition::ALL {
            assert_eq!(
                endpoint.is_in(edition) && written,
                endpoint.template(edition).is_some(),
                "{endpoint} {edition}"
            );
            assert_eq!(
                endpoint.is_in(edition),
                edition >= endpoint.since(),
                "{endpoint} {edition}"
            );
        }
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
            // A DNS record for ACME challenges: looked up, never connected to.
            DedicatedCloudGatewayAcme => AppProtocol::Dns,
            _ => AppProtocol::Https,
        };
        assert_eq!(endpoint.app_protocol(), want, "{endpoint}");
        let direction = match endpoint {
            DedicatedCloudGateway
            | DedicatedCloudGatewayEdge
            | DedicatedCloudGatewayAcme
            | ServerlessGateway => Direction::ToKongHosted,
            _ => Direction::ToKonnect,
        };
        assert_eq!(endpoint.direction(), direction, "{endpoint}");
    }
}

#[test]
fn unknown_endpoint() {
    assert_eq!(
        "cp".parse::<Endpoint>().unwrap_err().to_string(),
        format!(
            "unrecognized endpoint \"cp\": expected one of {}",
            crate::common::keywords(Endpoint::ALL)
        )
    );
}
