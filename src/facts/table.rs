//! The declarations: every edition, geo, port and product with its row
//! (the endpoint kinds are in `endpoints.rs`), and the table of them all. The public enums are made from these lists (see
//! [`declare`](crate::keyword)), so a value cannot exist without its row.
//!
//! A new revision of Kong's page is a new edition here and the rows that
//! change say so in their `editions`/`writes` ranges: see CONTRIBUTING.md,
//! "Kong changed its page".

use super::endpoints::ENDPOINTS;
use super::{EditionRow, Editions, Facts, GeoRow, PortRow, ProductRow};
use crate::keyword::declare;
use crate::{AppProtocol, Direction, Protocol};

declare! {
    /// A dated revision of Kong's network page: "Konnect ports and network
    /// requirements" (`app/konnect-network.md`) until the Aug2026 edition,
    /// whose page is titled "Networking in Konnect"
    /// (`app/konnect-platform/network.md`).
    ///
    /// The edition decides hostnames (`cp0` or `cp`, `portal.konghq.com` or
    /// `kongportals.com`), ports (20010), geos (`sg`) and mesh geos. The default
    /// is the oldest edition and never changes, because moving it would silently
    /// change users' firewall rules; opt into a newer one with
    /// [`RequirementsBuilder::with_edition`](crate::RequirementsBuilder::with_edition).
    ///
    /// ```
    /// use konnect_netreq::{Edition, Geo};
    ///
    /// assert_eq!(Edition::default(), Edition::Apr2025);
    /// assert!(Edition::LATEST >= Edition::Aug2026);
    /// assert!(Edition::Aug2026.geos().contains(&Geo::Sg));
    /// assert_eq!("aug2026".parse::<Edition>()?, Edition::Aug2026);
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    #[derive(Default)]
    pub enum Edition ("edition") rows EDITIONS: EditionRow {
        /// The page as of 2 April 2025: the specification this crate started from.
        #[default]
        Apr2025 => EditionRow {
            keyword: "apr2025",
            date: "2025-04-02",
        },
        /// The page as of 4 August 2026 (unchanged through 21 August 2026).
        Aug2026 => EditionRow {
            keyword: "aug2026",
            date: "2026-08-04",
        },
    }
}

/// From `edition` on.
pub(super) const fn since(edition: Edition) -> Editions {
    Editions::since(edition as u8)
}

/// In `edition` alone.
pub(super) const fn only(edition: Edition) -> Editions {
    Editions::between(edition as u8, edition as u8)
}

/// In every edition.
pub(super) const ALWAYS: Editions = since(Edition::Apr2025);

declare! {
    /// A Konnect geo, as its identifier appears in hostnames (`eu` in
    /// `eu.api.konghq.com`).
    ///
    /// [`Geo::ALL`] is the Apr2025 page's order, then the geos later
    /// editions add.
    ///
    /// ```
    /// use konnect_netreq::Geo;
    ///
    /// let geo: Geo = "EU".parse()?;
    /// assert_eq!(geo, Geo::Eu);
    /// assert_eq!(geo.to_string(), "eu");
    /// assert_eq!(geo.name(), "Europe");
    /// assert!(" eu".parse::<Geo>().is_err());
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub enum Geo ("geo") rows GEOS: GeoRow {
        /// Australia (`au`).
        Au => GeoRow {
            keyword: "au",
            name: "Australia",
            editions: ALWAYS,
            mesh_sync: ALWAYS,
            private_link: ALWAYS,
            // Kong's PrivateLink guide names Australia's host `ap`.
            private_link_label: "ap",
            aws_regions: &["ap-southeast-2", "ap-southeast-4"],
        },
        /// Europe (`eu`).
        Eu => GeoRow {
            keyword: "eu",
            name: "Europe",
            editions: ALWAYS,
            mesh_sync: ALWAYS,
            private_link: ALWAYS,
            private_link_label: "eu",
            aws_regions: &["eu-central-1", "eu-west-1"],
        },
        /// Middle East (`me`).
        Me => GeoRow {
            keyword: "me",
            name: "Middle East",
            editions: ALWAYS,
            mesh_sync: since(Edition::Aug2026),
            private_link: ALWAYS,
            private_link_label: "me",
            aws_regions: &["me-central-1", "me-south-1"],
        },
        /// India (`in`).
        In => GeoRow {
            keyword: "in",
            name: "India",
            editions: ALWAYS,
            mesh_sync: since(Edition::Aug2026),
            // a29d83da5 (2025-05-05), after the Apr2025 page.
            private_link: since(Edition::Aug2026),
            private_link_label: "in",
            aws_regions: &["ap-south-1", "ap-south-2"],
        },
        /// United States (`us`).
        Us => GeoRow {
            keyword: "us",
            name: "United States",
            editions: ALWAYS,
            mesh_sync: ALWAYS,
            private_link: ALWAYS,
            private_link_label: "us",
            aws_regions: &["us-west-2", "us-east-2"],
        },
        /// Singapore (`sg`), listed from [`Edition::Aug2026`] on, where Kong's
        /// page marks it "(beta)"; every output for it carries that note
        /// ([`Requirements::notes`](crate::Requirements::notes)).
        Sg => GeoRow {
            keyword: "sg",
            name: "Singapore",
            editions: since(Edition::Aug2026),
            mesh_sync: since(Edition::Aug2026),
            // 3ba8ce2a0, after the Apr2025 page.
            private_link: since(Edition::Aug2026),
            private_link_label: "sg",
            aws_regions: &["ap-southeast-1"],
        },
    }
}

declare! {
    /// A port the page names, with what it carries.
    ///
    /// ```
    /// use konnect_netreq::{Port, Protocol};
    ///
    /// assert_eq!(Port::AuditLogging8071.number(), 8071);
    /// assert_eq!(Port::AuditLogging8071.transports(), &[Protocol::Tcp, Protocol::Udp]);
    /// assert!(!Port::Cluster.is_customizable());
    /// assert_eq!(Port::ProxyHttps.kong_conf_setting(), Some("proxy_listen"));
    /// assert_eq!(Port::from_number(8443), Some(Port::ProxyHttps));
    /// assert_eq!(Port::try_from(443)?, Port::Cluster);
    /// assert_eq!(u16::from(Port::ProxyHttp), 8000);
    /// assert!(Port::Cluster == 443);
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub enum Port ("port") rows PORTS: PortRow {
        /// 443/TCP: the cluster communication port. Data planes reach their
        /// control plane and telemetry hosts on it over mTLS; every other
        /// Konnect hostname is on the same port too, with its own application
        /// protocol ([`Endpoint::app_protocol`](crate::Endpoint::app_protocol)): HTTPS, gRPC over TLS for
        /// Mesh Manager sync, mTLS for the Event Gateway.
        Cluster => PortRow {
            keyword: "cluster",
            number: 443,
            transports: &[Protocol::Tcp],
            app_protocol: Some(AppProtocol::HttpsMtls),
            direction: Direction::ToKonnect,
            kong_conf_setting: None,
            editions: ALWAYS,
        },
        /// 8071/TCP and UDP, which the page says the control plane uses for
        /// audit logging (see [`Direction::FromKonnect`] for the direction).
        AuditLogging8071 => PortRow {
            keyword: "audit-logging-8071",
            number: 8071,
            transports: &[Protocol::Tcp, Protocol::Udp],
            app_protocol: None,
            direction: Direction::FromKonnect,
            kong_conf_setting: None,
            editions: ALWAYS,
        },
        /// 20010/TCP and UDP, used for audit logging like 8071; listed from
        /// [`Edition::Aug2026`] on (9f31cfddf).
        AuditLogging20010 => PortRow {
            keyword: "audit-logging-20010",
            number: 20010,
            transports: &[Protocol::Tcp, Protocol::Udp],
            app_protocol: None,
            direction: Direction::FromKonnect,
            kong_conf_setting: None,
            editions: since(Edition::Aug2026),
        },
        /// 8000/TCP: the data plane's default HTTP proxy listener.
        ProxyHttp => PortRow {
            keyword: "proxy-http",
            number: 8000,
            transports: &[Protocol::Tcp],
            app_protocol: Some(AppProtocol::Http),
            direction: Direction::ToDataPlane,
            kong_conf_setting: Some("proxy_listen"),
            editions: ALWAYS,
        },
        /// 8443/TCP: the data plane's default HTTPS proxy listener.
        ProxyHttps => PortRow {
            keyword: "proxy-https",
            number: 8443,
            transports: &[Protocol::Tcp],
            app_protocol: Some(AppProtocol::Https),
            direction: Direction::ToDataPlane,
            kong_conf_setting: Some("proxy_listen"),
            editions: ALWAYS,
        },
    }
}

declare! {
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
    /// assert!(hosts.contains(&"eu.control-plane.konghq.com"));
    /// assert!(!hosts.contains(&"eu.api.konghq.com"), "API Gateway's, not chosen");
    /// assert_eq!("event-gateway".parse::<Product>()?, Product::EventGateway);
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub enum Product ("product") rows PRODUCTS: ProductRow {
        /// Kong Gateway data planes managed by Konnect (`api-gateway`).
        ApiGateway => ProductRow { keyword: "api-gateway" },
        /// Dev Portal (`dev-portal`).
        DevPortal => ProductRow { keyword: "dev-portal" },
        /// Kong Identity (`identity`), from [`Edition::Aug2026`](crate::Edition::Aug2026) on.
        Identity => ProductRow { keyword: "identity" },
        /// Mesh Manager (`mesh`).
        Mesh => ProductRow { keyword: "mesh" },
        /// Event Gateway (`event-gateway`), from [`Edition::Aug2026`](crate::Edition::Aug2026) on.
        EventGateway => ProductRow { keyword: "event-gateway" },
        /// Kong Ingress Controller in Konnect mode (`ingress-controller`); its
        /// gateways are API Gateway data planes, so choose both.
        IngressController => ProductRow { keyword: "ingress-controller" },
    }
}

/// The crate's table: every row above, and the global hosts.
pub(crate) const FACTS: Facts = Facts {
    editions: EDITIONS,
    geos: GEOS,
    endpoints: ENDPOINTS,
    // The Apr2025 page (fc030a953) says "The geo can be au, eu, us, or
    // global"; so does the revision just before Aug2026 (c7922e698: "... sg,
    // us, or global"). The Aug2026 page (2998dd7cb) replaced that sentence
    // with the row `REGION.mesh.sync.konghq.com` and "the region identifier
    // for your geo", and nothing in Kong's docs says the global host was
    // removed: an omission, not a removal. Every edition writes the host for
    // a global Mesh control plane, and outputs of editions whose page does
    // not list it say so (`global_mesh_sync_listed`).
    global_mesh_sync: ALWAYS,
    global_mesh_sync_listed: only(Edition::Apr2025),
    // `global.svc.konghq.com`: a2642deb9, after the Apr2025 page.
    global_private_link: since(Edition::Aug2026),
};
