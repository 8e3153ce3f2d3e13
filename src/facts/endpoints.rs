//! The declarations of every kind of Konnect hostname, with its row:
//! spellings (and the editions that write each), identifier, region label,
//! editions, products, inclusion, application protocol and direction.

use super::table::{ALWAYS, Edition, Product, only, since};
use super::{Editions, IdentifierKind, Inclusion, RegionLabel, Row, Spelling};
use crate::keyword::declare;
use crate::{AppProtocol, Direction};

use IdentifierKind::{AuthServerId, CloudGateway, CpPrefix, PortalId, ServerlessV0};

/// The hosts the Aug2026 page lists for any runtime.
const EVERY_PRODUCT: &[Product] = Product::ALL;
const API_GATEWAY: &[Product] = &[Product::ApiGateway];

/// A spelling with no infix (the common case).
const PLAIN: Spelling = Spelling {
    prefix: None,
    identifier: None,
    infix: None,
    region: RegionLabel::None,
    service: "",
    domain: "konghq.com",
    writes: ALWAYS,
    text: "",
};

declare! {
    /// A kind of Konnect hostname.
    ///
    /// Each kind knows its hostname template per [`Edition`]:
    ///
    /// ```
    /// use konnect_netreq::{Edition, Endpoint};
    ///
    /// assert_eq!(
    ///     Endpoint::ControlPlane.template(Edition::Apr2025),
    ///     Some("CONTROL_PLANE_DNS_PREFIX.{geo}.cp0.konghq.com"),
    /// );
    /// assert_eq!(
    ///     Endpoint::ControlPlane.template(Edition::Aug2026),
    ///     Some("CONTROL_PLANE_DNS_PREFIX.{geo}.cp.konghq.com"),
    /// );
    /// assert_eq!(Endpoint::Identity.template(Edition::Apr2025), None);
    /// ```
    pub enum Endpoint ("endpoint") rows ENDPOINTS: Row {
        /// `cloud.konghq.com`: the Konnect web UI.
        Platform => Row {
            keyword: "platform",
            description: "Konnect platform (web UI)",
            spellings: &[Spelling {
                service: "cloud",
                text: "cloud.konghq.com",
                ..PLAIN
            }],
            editions: ALWAYS,
            products: EVERY_PRODUCT,
            inclusion: Inclusion::Always,
            app_protocol: AppProtocol::Https,
            direction: Direction::ToKonnect,
        },
        /// `global.api.konghq.com`: authentication, identity, permissions, teams
        /// and organization settings.
        GlobalApi => Row {
            keyword: "global-api",
            description: "Konnect API for authentication, identity, teams and settings",
            spellings: &[Spelling {
                service: "global.api",
                text: "global.api.konghq.com",
                ..PLAIN
            }],
            editions: ALWAYS,
            products: EVERY_PRODUCT,
            inclusion: Inclusion::Always,
            app_protocol: AppProtocol::Https,
            direction: Direction::ToKonnect,
        },
        /// `{geo}.api.konghq.com`: the geo's Konnect API, used by decK and other
        /// API clients.
        RegionalApi => Row {
            keyword: "regional-api",
            description: "Konnect API of the geo (decK and API clients)",
            spellings: &[Spelling {
                region: RegionLabel::Geo,
                service: "api",
                text: "{geo}.api.konghq.com",
                ..PLAIN
            }],
            editions: ALWAYS,
            // The Aug2026 page lists `REGION.api.konghq.com` under its API
            // Gateway heading, not with the hosts for any runtime.
            products: API_GATEWAY,
            inclusion: Inclusion::Always,
            app_protocol: AppProtocol::Https,
            direction: Direction::ToKonnect,
        },
        /// `PORTAL_ID.{geo}.portal.konghq.com` (Apr2025) or
        /// `PORTAL_ID.{geo}.kongportals.com` (Aug2026): a Dev Portal, and the
        /// target of a custom domain's CNAME record. The former edge host
        /// (`PORTAL_ID.edge.{geo}.portal.konghq.com`) and the editor preview
        /// (`PORTAL_ID.portal-preview.{geo}.api.konghq.com`) are recognized as
        /// this endpoint too.
        DevPortal => Row {
            keyword: "dev-portal",
            description: "Dev Portal",
            spellings: &[
                Spelling {
                    identifier: Some(PortalId),
                    region: RegionLabel::Geo,
                    service: "portal",
                    writes: only(Edition::Apr2025),
                    text: "PORTAL_ID.{geo}.portal.konghq.com",
                    ..PLAIN
                },
                // ee814fb6f (2025-06-27).
                Spelling {
                    identifier: Some(PortalId),
                    region: RegionLabel::Geo,
                    domain: "kongportals.com",
                    writes: since(Edition::Aug2026),
                    text: "PORTAL_ID.{geo}.kongportals.com",
                    ..PLAIN
                },
                // The edge domain: only some Portal Management v3 API examples
                // show it as `default_domain`/`canonical_domain`, and they
                // disagree with each other; Kong's breaking changes say it was
                // discontinued on 2025-10-01, and `app/dev-portal/custom-domains.md`
                // CNAMEs custom domains to `PORTAL_ID.GEO.kongportals.com`
                // since d0e553a07 (2025-06-27). Recognized for older logs.
                Spelling {
                    identifier: Some(PortalId),
                    infix: Some("edge"),
                    region: RegionLabel::Geo,
                    service: "portal",
                    writes: Editions::NEVER,
                    text: "PORTAL_ID.edge.{geo}.portal.konghq.com",
                    ..PLAIN
                },
                // The portal editor's preview (`app/dev-portal/sso.md`).
                Spelling {
                    identifier: Some(PortalId),
                    infix: Some("portal-preview"),
                    region: RegionLabel::Geo,
                    service: "api",
                    writes: Editions::NEVER,
                    text: "PORTAL_ID.portal-preview.{geo}.api.konghq.com",
                    ..PLAIN
                },
            ],
            editions: ALWAYS,
            products: &[Product::DevPortal],
            inclusion: Inclusion::Always,
            app_protocol: AppProtocol::Https,
            direction: Direction::ToKonnect,
        },
        /// `PREFIX.{geo}.cp0.konghq.com` (Apr2025) or `PREFIX.{geo}.cp.konghq.com`
        /// (Aug2026): where data planes fetch their configuration.
        ControlPlane => Row {
            keyword: "control-plane",
            description: "control plane: data plane configuration",
            spellings: &[
                Spelling {
                    identifier: Some(CpPrefix),
                    region: RegionLabel::Geo,
                    service: "cp0",
                    writes: only(Edition::Apr2025),
                    text: "CONTROL_PLANE_DNS_PREFIX.{geo}.cp0.konghq.com",
                    ..PLAIN
                },
                // 8473e26f4 (2025-08-28).
                Spelling {
                    identifier: Some(CpPrefix),
                    region: RegionLabel::Geo,
                    service: "cp",
                    writes: since(Edition::Aug2026),
                    text: "CONTROL_PLANE_DNS_PREFIX.{geo}.cp.konghq.com",
                    ..PLAIN
                },
            ],
            editions: ALWAYS,
            products: API_GATEWAY,
            inclusion: Inclusion::UnlessPrivateLink,
            app_protocol: AppProtocol::HttpsMtls,
            direction: Direction::ToKonnect,
        },
        /// `PREFIX.{geo}.tp0.konghq.com` (Apr2025) or `PREFIX.{geo}.tp.konghq.com`
        /// (Aug2026): where data planes send telemetry.
        Telemetry => Row {
            keyword: "telemetry",
            description: "control plane: data plane telemetry",
            spellings: &[
                Spelling {
                    identifier: Some(CpPrefix),
                    region: RegionLabel::Geo,
                    service: "tp0",
                    writes: only(Edition::Apr2025),
                    text: "CONTROL_PLANE_DNS_PREFIX.{geo}.tp0.konghq.com",
                    ..PLAIN
                },
                Spelling {
                    identifier: Some(CpPrefix),
                    region: RegionLabel::Geo,
                    service: "tp",
                    writes: since(Edition::Aug2026),
                    text: "CONTROL_PLANE_DNS_PREFIX.{geo}.tp.konghq.com",
                    ..PLAIN
                },
            ],
            editions: ALWAYS,
            products: API_GATEWAY,
            inclusion: Inclusion::UnlessPrivateLink,
            app_protocol: AppProtocol::HttpsMtls,
            direction: Direction::ToKonnect,
        },
        /// `{geo}.mesh.sync.konghq.com` or `global.mesh.sync.konghq.com`: Mesh
        /// Manager, for organizations that manage a service mesh with Konnect.
        MeshSync => Row {
            keyword: "mesh-sync",
            description: "Mesh Manager sync",
            spellings: &[Spelling {
                region: RegionLabel::MeshScope,
                service: "mesh.sync",
                text: "{geo}.mesh.sync.konghq.com",
                ..PLAIN
            }],
            editions: ALWAYS,
            products: &[Product::Mesh],
            inclusion: Inclusion::Always,
            // Kong's mesh docs write the address
            // `grpcs://{region}.mesh.sync.konghq.com:443`: gRPC over TLS.
            app_protocol: AppProtocol::Grpcs,
            direction: Direction::ToKonnect,
        },
        /// `{geo}.control-plane.konghq.com`: the Event Gateway control plane
        /// (Aug2026).
        EventGatewayControlPlane => Row {
            keyword: "event-gateway-control-plane",
            description: "Event Gateway control plane",
            spellings: &[Spelling {
                region: RegionLabel::Geo,
                service: "control-plane",
                text: "{geo}.control-plane.konghq.com",
                ..PLAIN
            }],
            editions: since(Edition::Aug2026),
            products: &[Product::EventGateway],
            inclusion: Inclusion::Always,
            // The Event Gateway data plane authenticates to Konnect with a
            // client certificate ("for mTLS authentication with Konnect",
            // `app/_data/event-gateway-bootstrap-schema/1.0.json`, 6889845a6);
            // the schema names no host, so that these two hosts are its mTLS
            // peers is read from the network page; the inner protocol is not
            // documented.
            app_protocol: AppProtocol::Mtls,
            direction: Direction::ToKonnect,
        },
        /// `{geo}.telemetry.konghq.com`: Event Gateway telemetry (Aug2026).
        EventGatewayTelemetry => Row {
            keyword: "event-gateway-telemetry",
            description: "Event Gateway telemetry",
            spellings: &[Spelling {
                region: RegionLabel::Geo,
                service: "telemetry",
                text: "{geo}.telemetry.konghq.com",
                ..PLAIN
            }],
            editions: since(Edition::Aug2026),
            products: &[Product::EventGateway],
            inclusion: Inclusion::Always,
            // As the Event Gateway control plane: mTLS with a client
            // certificate, inner protocol not documented.
            app_protocol: AppProtocol::Mtls,
            direction: Direction::ToKonnect,
        },
        /// `{geo}.identity.konghq.com` and each auth server's
        /// `AUTH_SERVER_ID.{geo}.identity.konghq.com`: Kong Identity (Aug2026).
        ///
        /// The page lists only the first; the auth servers' hosts come from
        /// Kong's Kong Identity reference and plugin examples, where data
        /// plane plugins (OpenID Connect, OAuth 2.0 introspection) call them.
        /// Without [auth server IDs](crate::RequirementsBuilder::with_auth_server_id)
        /// the rules hold the wildcard `*.{geo}.identity.konghq.com`; the
        /// Identity product itself is opt-in.
        Identity => Row {
            keyword: "identity",
            description: "Kong Identity of Konnect applications",
            spellings: &[
                Spelling {
                    region: RegionLabel::Geo,
                    service: "identity",
                    text: "{geo}.identity.konghq.com",
                    ..PLAIN
                },
                // Each auth server's issuer. The network page lists only
                // `REGION.identity.konghq.com`, and no API spec names this
                // host; Kong's Kong Identity reference (permalink
                // `/kong-identity/`) configures the OpenID Connect plugin with
                // `issuer: https://foo.us.identity.konghq.com/auth` and
                // oauth2-introspection with `.../auth/introspection`, its flow
                // has the gateway validate tokens with the auth server, and
                // the plugin example
                // `_kong_plugins/oauth2-introspection/examples/kong-identity.yaml`
                // calls `a93xltvowjk8m1qe.us.identity.konghq.com`. So data
                // planes that use Kong Identity need it: with the Identity
                // product the builder writes it, as
                // `*.{geo}.identity.konghq.com` until auth server IDs narrow
                // it (`with_auth_server_id`).
                Spelling {
                    identifier: Some(AuthServerId),
                    region: RegionLabel::Geo,
                    service: "identity",
                    text: "AUTH_SERVER_ID.{geo}.identity.konghq.com",
                    ..PLAIN
                },
            ],
            editions: since(Edition::Aug2026),
            products: &[Product::Identity],
            inclusion: Inclusion::Always,
            app_protocol: AppProtocol::Https,
            direction: Direction::ToKonnect,
        },
        /// `{geo}.kic.api.konghq.com`: Kong Ingress Controller in Konnect mode
        /// (not on the page; the controller's reference documents
        /// `us.kic.api.konghq.com` only, and the other geos follow how Kong's
        /// operator derives the host).
        //
        // Kong's docs name only `us.kic.api.konghq.com` (the `--konnect-address`
        // default, `app/kubernetes-ingress-controller/reference/configuration-options.md`).
        // Every geo's host follows how Kong's operator derives it from the
        // control plane endpoint, keeping the geo label and the domain:
        // `buildKonnectAddress` in `Kong/kong-operator`
        // `controller/pkg/extensions/konnect/controlplane.go` @ cefc38421
        // (`https://PREFIX.GEO.cp.DOMAIN` -> `https://GEO.kic.api.DOMAIN`; its
        // test maps an `eu` endpoint to `eu.kic.api`).
        IngressController => Row {
            keyword: "ingress-controller",
            description: "Kong Ingress Controller in Konnect mode",
            spellings: &[Spelling {
                region: RegionLabel::Geo,
                service: "kic.api",
                text: "{geo}.kic.api.konghq.com",
                ..PLAIN
            }],
            editions: ALWAYS,
            products: &[Product::IngressController],
            inclusion: Inclusion::Always,
            app_protocol: AppProtocol::Https,
            direction: Direction::ToKonnect,
        },
        /// `{pl}.svc.konghq.com`: data planes that reach Konnect over AWS
        /// PrivateLink (documented in the PrivateLink guide; `ap` for Australia).
        //
        // The regions each edition lists are the geos' `private_link` ranges
        // and `Facts::global_private_link`; API calls over PrivateLink
        // (`{pl}.svc.konghq.com/api`, 207ac3da7) post-date Aug2026 and are
        // not modelled.
        PrivateLink => Row {
            keyword: "private-link",
            description: "control plane and telemetry over AWS PrivateLink",
            spellings: &[Spelling {
                region: RegionLabel::PrivateLink,
                service: "svc",
                text: "{pl}.svc.konghq.com",
                ..PLAIN
            }],
            editions: ALWAYS,
            products: API_GATEWAY,
            inclusion: Inclusion::WithPrivateLink,
            app_protocol: AppProtocol::HttpsMtls,
            direction: Direction::ToKonnect,
        },
        /// `GATEWAY_ID.gateways.konggateway.com`: a Dedicated Cloud Gateway's
        /// proxy, where API clients reach a Kong-hosted data plane (and the
        /// target of a custom domain's CNAME record). Only recognized: a
        /// self-managed data plane never needs it, so no rules or exports
        /// name it.
        //
        // `app/dedicated-cloud-gateways/reference.md` (custom DNS:
        // `9e454bcfec.gateways.konggateway.com`). The `konghq.com` form is
        // the legacy domain, deactivated 2025-09-30
        // (`app/dedicated-cloud-gateways/breaking-changes.md`: "from
        // `*.gateways.konghq.com` to `*.gateways.konggateway.com`"); it is
        // recognized so that older logs classify too.
        DedicatedCloudGateway => Row {
            keyword: "dedicated-cloud-gateway",
            description: "Dedicated Cloud Gateway proxy (Kong-hosted data plane)",
            spellings: &[
                Spelling {
                    identifier: Some(CloudGateway),
                    service: "gateways",
                    domain: "konggateway.com",
                    writes: Editions::NEVER,
                    text: "GATEWAY_ID.gateways.konggateway.com",
                    ..PLAIN
                },
                Spelling {
                    identifier: Some(CloudGateway),
                    service: "gateways",
                    writes: Editions::NEVER,
                    text: "GATEWAY_ID.gateways.konghq.com",
                    ..PLAIN
                },
            ],
            editions: ALWAYS,
            products: &[],
            inclusion: Inclusion::Never,
            app_protocol: AppProtocol::Https,
            direction: Direction::ToKongHosted,
        },
        /// `NAME.aws-REGION.edge.gateways.konggateway.com`: a Dedicated Cloud
        /// Gateway's public edge host in one cloud region (the region in
        /// [`Classified::cloud_region`](crate::Classified::cloud_region)).
        /// Only recognized, as [`Endpoint::DedicatedCloudGateway`].
        //
        // `app/dedicated-cloud-gateways/reference.md` (health check example
        // `https://dcgw-domain-here.aws-us-east-2.edge.gateways.konggateway.com/___konnect/healthz`);
        // Kong's docs show AWS regions only. The legacy `konghq.com` form as
        // above (`*.edge.gateways.konghq.com`, breaking-changes.md).
        DedicatedCloudGatewayEdge => Row {
            keyword: "dedicated-cloud-gateway-edge",
            description: "Dedicated Cloud Gateway edge host in a cloud region",
            spellings: &[
                Spelling {
                    identifier: Some(CloudGateway),
                    region: RegionLabel::CloudRegion,
                    service: "edge.gateways",
                    domain: "konggateway.com",
                    writes: Editions::NEVER,
                    text: "GATEWAY_NAME.{cloud_region}.edge.gateways.konggateway.com",
                    ..PLAIN
                },
                Spelling {
                    identifier: Some(CloudGateway),
                    region: RegionLabel::CloudRegion,
                    service: "edge.gateways",
                    writes: Editions::NEVER,
                    text: "GATEWAY_NAME.{cloud_region}.edge.gateways.konghq.com",
                    ..PLAIN
                },
            ],
            editions: ALWAYS,
            products: &[],
            inclusion: Inclusion::Never,
            app_protocol: AppProtocol::Https,
            direction: Direction::ToKongHosted,
        },
        /// `_acme-challenge.GATEWAY_ID.acme.gateways.konggateway.com`: the
        /// DNS record a custom domain's `_acme-challenge` CNAME points to, so
        /// that Kong can get its certificate. A DNS name, not a host anyone
        /// connects to; only recognized.
        //
        // `app/dedicated-cloud-gateways/reference.md` (custom DNS, the Route
        // 53 example `_acme-challenge.9e454bcfec.acme.gateways.konggateway.com`).
        DedicatedCloudGatewayAcme => Row {
            keyword: "dedicated-cloud-gateway-acme",
            description: "Dedicated Cloud Gateway ACME challenge record (DNS only)",
            spellings: &[Spelling {
                prefix: Some("_acme-challenge"),
                identifier: Some(CloudGateway),
                service: "acme.gateways",
                domain: "konggateway.com",
                writes: Editions::NEVER,
                text: "_acme-challenge.GATEWAY_ID.acme.gateways.konggateway.com",
                ..PLAIN
            }],
            editions: ALWAYS,
            products: &[],
            inclusion: Inclusion::Never,
            app_protocol: AppProtocol::Dns,
            direction: Direction::ToKongHosted,
        },
        /// `GATEWAY_ID.{geo}.serverless.gateways.konggateway.com`: a
        /// Serverless Gateway's proxy (V1), and `kong-GATEWAY_ID.kongcloud.dev`
        /// of V0. Only recognized, as [`Endpoint::DedicatedCloudGateway`].
        //
        // `app/serverless-gateways/migration.md`: "The proxy URL format
        // changes from `https://kong-0122456789.kongcloud.dev` to
        // `https://01234567.us.serverless.gateways.konggateway.com`".
        ServerlessGateway => Row {
            keyword: "serverless-gateway",
            description: "Serverless Gateway proxy (Kong-hosted data plane)",
            spellings: &[
                Spelling {
                    identifier: Some(CloudGateway),
                    region: RegionLabel::Geo,
                    service: "serverless.gateways",
                    domain: "konggateway.com",
                    writes: Editions::NEVER,
                    text: "GATEWAY_ID.{geo}.serverless.gateways.konggateway.com",
                    ..PLAIN
                },
                Spelling {
                    identifier: Some(ServerlessV0),
                    domain: "kongcloud.dev",
                    writes: Editions::NEVER,
                    text: "kong-GATEWAY_ID.kongcloud.dev",
                    ..PLAIN
                },
            ],
            editions: ALWAYS,
            products: &[],
            inclusion: Inclusion::Never,
            app_protocol: AppProtocol::Https,
            direction: Direction::ToKongHosted,
        },
    }
}
