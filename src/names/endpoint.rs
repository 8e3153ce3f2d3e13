//! The kinds of Konnect hostnames; their facts are rows of
//! [`facts`](crate::facts).

use crate::facts::{self, Inclusion};
use crate::keyword::keyword_enum;
use crate::{AppProtocol, Direction, Edition, Product};

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Endpoint {
    /// `cloud.konghq.com`: the Konnect web UI.
    Platform,
    /// `global.api.konghq.com`: authentication, identity, permissions, teams
    /// and organization settings.
    GlobalApi,
    /// `{geo}.api.konghq.com`: the geo's Konnect API, used by decK and other
    /// API clients.
    RegionalApi,
    /// `PORTAL_ID.{geo}.portal.konghq.com` (Apr2025) or
    /// `PORTAL_ID.{geo}.kongportals.com` (Aug2026): a Dev Portal. The
    /// portal's edge host (`PORTAL_ID.edge.{geo}.portal.konghq.com`) and
    /// editor preview (`PORTAL_ID.portal-preview.{geo}.api.konghq.com`) are
    /// recognized as this endpoint too.
    DevPortal,
    /// `PREFIX.{geo}.cp0.konghq.com` (Apr2025) or `PREFIX.{geo}.cp.konghq.com`
    /// (Aug2026): where data planes fetch their configuration.
    ControlPlane,
    /// `PREFIX.{geo}.tp0.konghq.com` (Apr2025) or `PREFIX.{geo}.tp.konghq.com`
    /// (Aug2026): where data planes send telemetry.
    Telemetry,
    /// `{geo}.mesh.sync.konghq.com` or `global.mesh.sync.konghq.com`: Mesh
    /// Manager, for organizations that manage a service mesh with Konnect.
    MeshSync,
    /// `{geo}.control-plane.konghq.com`: the Event Gateway control plane
    /// (Aug2026).
    EventGatewayControlPlane,
    /// `{geo}.telemetry.konghq.com`: Event Gateway telemetry (Aug2026).
    EventGatewayTelemetry,
    /// `{geo}.identity.konghq.com` and each auth server's
    /// `AUTH_SERVER_ID.{geo}.identity.konghq.com`: Kong Identity (Aug2026).
    Identity,
    /// `{geo}.kic.api.konghq.com`: Kong Ingress Controller in Konnect mode
    /// (documented in the controller's reference, not on the page).
    IngressController,
    /// `{pl}.svc.konghq.com`: data planes that reach Konnect over AWS
    /// PrivateLink (documented in the PrivateLink guide; `ap` for Australia).
    PrivateLink,
}

impl Endpoint {
    /// Every kind of hostname.
    pub const ALL: &'static [Endpoint] = &[
        Endpoint::Platform,
        Endpoint::GlobalApi,
        Endpoint::RegionalApi,
        Endpoint::DevPortal,
        Endpoint::ControlPlane,
        Endpoint::Telemetry,
        Endpoint::MeshSync,
        Endpoint::EventGatewayControlPlane,
        Endpoint::EventGatewayTelemetry,
        Endpoint::Identity,
        Endpoint::IngressController,
        Endpoint::PrivateLink,
    ];

    /// How many kinds there are.
    pub(crate) const COUNT: usize = Endpoint::ALL.len();

    /// The keyword, e.g. `"control-plane"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Endpoint::Platform => "platform",
            Endpoint::GlobalApi => "global-api",
            Endpoint::RegionalApi => "regional-api",
            Endpoint::DevPortal => "dev-portal",
            Endpoint::ControlPlane => "control-plane",
            Endpoint::Telemetry => "telemetry",
            Endpoint::MeshSync => "mesh-sync",
            Endpoint::EventGatewayControlPlane => "event-gateway-control-plane",
            Endpoint::EventGatewayTelemetry => "event-gateway-telemetry",
            Endpoint::Identity => "identity",
            Endpoint::IngressController => "ingress-controller",
            Endpoint::PrivateLink => "private-link",
        }
    }

    /// What the hostname is for, in a few words.
    pub const fn description(self) -> &'static str {
        facts::row(self).description
    }

    /// The first edition this endpoint exists in.
    pub const fn since(self) -> Edition {
        match facts::row(self).editions.first() {
            Some(edition) => *edition,
            None => Edition::LATEST,
        }
    }

    /// Whether this endpoint exists in `edition`.
    pub fn is_in(self, edition: Edition) -> bool {
        facts::row(self).editions.contains(&edition)
    }

    /// The hostname template the builder writes in `edition`, as the
    /// documentation writes it (`{geo}` for the geo, upper-case names for
    /// per-organization values); `None` where the edition has no such
    /// hostname.
    pub fn template(self, edition: Edition) -> Option<&'static str> {
        if !self.is_in(edition) {
            return None;
        }
        facts::row(self)
            .spellings
            .iter()
            .find(|spelling| spelling.is_written_in(edition))
            .map(|spelling| spelling.text)
    }

    /// Every hostname template of this endpoint that
    /// [`classify`](crate::classify) recognizes, the builder's first.
    pub fn recognized_templates(self) -> impl ExactSizeIterator<Item = &'static str> {
        facts::row(self)
            .spellings
            .iter()
            .map(|spelling| spelling.text)
    }

    /// Whether the builder's hosts of this kind start with a
    /// per-organization identifier (control plane DNS prefix, portal ID or
    /// auth server ID).
    pub fn has_identifier(self) -> bool {
        facts::row(self)
            .spellings
            .iter()
            .any(|spelling| spelling.is_written() && spelling.identifier.is_some())
    }

    /// Whether [`Requirements`](crate::Requirements) include this endpoint
    /// without being asked to (the control plane and telemetry hosts give
    /// way to PrivateLink when it is chosen).
    pub const fn is_default(self) -> bool {
        let row = facts::row(self);
        if matches!(row.inclusion, Inclusion::WithPrivateLink) {
            return false;
        }
        // `any` over both slices, written out to stay `const`.
        let mut products = row.products;
        while let [product, rest @ ..] = products {
            let mut defaults = Product::DEFAULT;
            while let [default, others @ ..] = defaults {
                if product.index() == default.index() {
                    return true;
                }
                defaults = others;
            }
            products = rest;
        }
        false
    }

    /// The products that need hosts of this kind, as the Aug2026 page
    /// groups them (see [`Product`]); the shared hosts name every product.
    ///
    /// ```
    /// use konnect_netreq::{Endpoint, Product};
    ///
    /// assert_eq!(Endpoint::RegionalApi.products(), [Product::ApiGateway]);
    /// assert_eq!(Endpoint::Platform.products(), Product::ALL);
    /// ```
    pub const fn products(self) -> &'static [Product] {
        facts::row(self).products
    }

    /// The application protocol spoken with hosts of this kind.
    pub const fn app_protocol(self) -> AppProtocol {
        facts::row(self).app_protocol
    }

    /// Which way traffic to hosts of this kind flows.
    pub const fn direction(self) -> Direction {
        facts::row(self).direction
    }

    pub(crate) const fn index(self) -> usize {
        self as usize
    }
}

keyword_enum!(Endpoint, "endpoint");
