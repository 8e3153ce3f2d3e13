//! The Konnect products whose hosts a network must allow.

use crate::keyword::keyword_enum;

/// A Konnect product: the hosts and ports it needs are the rows of the
/// endpoint table that name it.
///
/// The Aug2026 page groups its hostnames by product: hosts for any runtime
/// (`cloud.konghq.com`, `global.api.konghq.com`), API Gateway (the geo's
/// API host `{geo}.api.konghq.com`, the control plane and telemetry hosts),
/// Konnect applications (Dev Portal, Kong Identity), Mesh and Event
/// Gateway. The Apr2025 page has one table; the crate files its rows under
/// the same products: the shared hosts under every product, `{geo}.api`,
/// `cp0` and `tp0` under API Gateway, the portal under Dev Portal and mesh
/// sync under Mesh. Kong Ingress Controller's host comes from its own
/// reference, and PrivateLink hosts belong to API Gateway.
///
/// Without [`with_products`](crate::RequirementsBuilder::with_products),
/// requirements cover [`Product::DEFAULT`]: API Gateway and Dev Portal.
/// The audit logging ports belong to every product; the data plane's proxy
/// listeners to API Gateway.
///
/// ```
/// use konnect_netreq::{Edition, Geo, Product, Requirements};
///
/// let req = Requirements::for_geo(Geo::Eu)
///     .with_edition(Edition::Aug2026)
///     .with_products([Product::EventGateway])
///     .build()?;
/// let hosts: Vec<&str> = req.hosts().map(|(_, host)| host.as_str()).collect();
/// assert_eq!(hosts, [
///     "cloud.konghq.com",
///     "global.api.konghq.com",
///     "eu.control-plane.konghq.com",
///     "eu.telemetry.konghq.com",
/// ]);
/// assert_eq!("event-gateway".parse::<Product>()?, Product::EventGateway);
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Product {
    /// Kong Gateway data planes managed by Konnect (`api-gateway`).
    ApiGateway,
    /// Dev Portal (`dev-portal`).
    DevPortal,
    /// Kong Identity (`identity`), from [`Edition::Aug2026`](crate::Edition::Aug2026) on.
    Identity,
    /// Mesh Manager (`mesh`).
    Mesh,
    /// Event Gateway (`event-gateway`), from [`Edition::Aug2026`](crate::Edition::Aug2026) on.
    EventGateway,
    /// Kong Ingress Controller in Konnect mode (`ingress-controller`); its
    /// gateways are API Gateway data planes, so choose both.
    IngressController,
}

impl Product {
    /// Every product.
    pub const ALL: &'static [Product] = &[
        Product::ApiGateway,
        Product::DevPortal,
        Product::Identity,
        Product::Mesh,
        Product::EventGateway,
        Product::IngressController,
    ];

    /// What requirements cover unless told otherwise: API Gateway and Dev
    /// Portal.
    pub const DEFAULT: &'static [Product] = &[Product::ApiGateway, Product::DevPortal];

    /// How many products there are.
    pub(crate) const COUNT: usize = Product::ALL.len();

    /// The keyword, e.g. `"api-gateway"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Product::ApiGateway => "api-gateway",
            Product::DevPortal => "dev-portal",
            Product::Identity => "identity",
            Product::Mesh => "mesh",
            Product::EventGateway => "event-gateway",
            Product::IngressController => "ingress-controller",
        }
    }

    pub(crate) const fn index(self) -> usize {
        self as usize
    }
}

keyword_enum!(Product, "product");
