//! The one table of endpoint facts.
//!
//! Every kind of Konnect hostname has one row: how its hostnames are
//! spelled (the spelling the builder writes in each edition and the ones
//! only [`classify`](crate::classify) recognizes), the identifier and region
//! label they carry, the editions that list the endpoint, the products that
//! need it, whether PrivateLink adds or removes it, its application protocol
//! and its direction. `classify`, the builder, the rules, the exports and
//! the command-line tool all read these rows; nothing else states an
//! endpoint fact.
//!
//! Sources, by row: Kong's "Konnect ports and network requirements" page in
//! both editions (`app/konnect-network.md` @ fc030a953,
//! `app/konnect-platform/network.md` @ 2998dd7cb, `Kong/developer.konghq.com`);
//! the Dev Portal edge and preview hosts from the Portal Management v3 API
//! and `app/dev-portal/sso.md`; Kong Identity auth servers from the Identity
//! API; the Ingress Controller host from its configuration reference; the
//! PrivateLink host from `app/gateway/aws-private-link.md`.

use crate::{AppProtocol, Direction, Edition, Endpoint, Geo, Product};

/// The per-organization value a hostname starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum IdentifierKind {
    /// A control plane DNS prefix ([`CpPrefix`](crate::CpPrefix)).
    CpPrefix,
    /// A Dev Portal ID ([`PortalId`](crate::PortalId)).
    PortalId,
    /// A Kong Identity auth server ID ([`AuthServerId`](crate::AuthServerId)).
    AuthServerId,
}

/// What stands in a hostname's region label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum RegionLabel {
    /// No region label.
    None,
    /// The geo's identifier (`eu`).
    Geo,
    /// A geo with a mesh sync host in the edition, or `global` where the
    /// edition has that host ([`RegionLabel::scope`]).
    MeshScope,
    /// The geo's PrivateLink label ([`Geo::private_link_label`], `ap` for
    /// Australia), or `global` where the edition has that host
    /// ([`RegionLabel::scope`]).
    PrivateLink,
}

/// The regions a scoped region label ([`RegionLabel::MeshScope`],
/// [`RegionLabel::PrivateLink`]) names in one edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Scope {
    /// The geos with a host of their own, in the page's order.
    pub(crate) geos: &'static [Geo],
    /// Whether the edition lists a `global` host too.
    pub(crate) global: bool,
}

impl RegionLabel {
    /// The regions this label names in `edition`; `None` for labels that
    /// are not scoped (every geo of the edition, or none).
    ///
    /// Mesh sync: the Apr2025 page (fc030a953) says "The geo can be au, eu,
    /// us, or global"; the Aug2026 page (2998dd7cb) replaced the sentence
    /// that listed `global` with the row `REGION.mesh.sync.konghq.com` and
    /// "the region identifier for your geo", so it has no global host.
    ///
    /// PrivateLink (`app/dedicated-cloud-gateways/aws-private-link.md` @
    /// fc030a953, `app/gateway/aws-private-link.md` @ 2998dd7cb): the DNS
    /// names of April 2025 are `ap`, `eu`, `me` and `us`; `in` came with
    /// a29d83da5 (2025-05-05), `sg` with 3ba8ce2a0 and `global` with
    /// a2642deb9, all before Aug2026. The `/api` path form (207ac3da7,
    /// 2026-08-07) came three days after the Aug2026 commit and is not in
    /// that edition.
    pub(crate) const fn scope(self, edition: Edition) -> Option<Scope> {
        match (self, edition) {
            (RegionLabel::None | RegionLabel::Geo, _) => None,
            (RegionLabel::MeshScope, Edition::Apr2025) => Some(Scope {
                geos: &[Geo::Au, Geo::Eu, Geo::Us],
                global: true,
            }),
            (RegionLabel::MeshScope, Edition::Aug2026) => Some(Scope {
                geos: &[Geo::Au, Geo::Eu, Geo::Me, Geo::In, Geo::Sg, Geo::Us],
                global: false,
            }),
            (RegionLabel::PrivateLink, Edition::Apr2025) => Some(Scope {
                geos: &[Geo::Au, Geo::Eu, Geo::Me, Geo::Us],
                global: false,
            }),
            (RegionLabel::PrivateLink, Edition::Aug2026) => Some(Scope {
                geos: &[Geo::Au, Geo::Eu, Geo::Me, Geo::In, Geo::Sg, Geo::Us],
                global: true,
            }),
        }
    }

    /// The label this region part takes for `geo`; `global` asks for the
    /// part's global host.
    pub(crate) const fn label(self, geo: Geo, global: bool) -> Option<&'static str> {
        match self {
            RegionLabel::None => None,
            RegionLabel::Geo => Some(geo.as_str()),
            RegionLabel::MeshScope | RegionLabel::PrivateLink if global => Some("global"),
            RegionLabel::MeshScope => Some(geo.as_str()),
            RegionLabel::PrivateLink => Some(geo.private_link_label()),
        }
    }

    /// The geo a region label names: `Some(None)` for `global` where the
    /// part has one, `None` if the label is not a region of this part.
    /// ASCII case is ignored. Every edition's regions are recognized.
    #[inline]
    pub(crate) fn parse(self, label: &str) -> Option<Option<Geo>> {
        match self {
            RegionLabel::None => None,
            RegionLabel::Geo => geo_named(label, Geo::as_str).map(Some),
            RegionLabel::MeshScope | RegionLabel::PrivateLink
                if label.eq_ignore_ascii_case("global") =>
            {
                Some(None)
            }
            RegionLabel::MeshScope => geo_named(label, Geo::as_str).map(Some),
            RegionLabel::PrivateLink => geo_named(label, Geo::private_link_label).map(Some),
        }
    }
}

/// The editions that list a global host of `endpoint`, oldest first.
pub(crate) fn global_editions(endpoint: Endpoint) -> Vec<Edition> {
    Edition::ALL
        .iter()
        .copied()
        .filter(|edition| {
            row(endpoint).spellings.iter().any(|spelling| {
                spelling
                    .region
                    .scope(*edition)
                    .is_some_and(|scope| scope.global)
            })
        })
        .collect()
}

/// The geo whose `name` is `label`, ignoring ASCII case.
#[inline]
fn geo_named(label: &str, name: impl Fn(Geo) -> &'static str) -> Option<Geo> {
    Geo::ALL
        .iter()
        .copied()
        .find(|geo| crate::ascii::eq_lower(label.as_bytes(), name(*geo).as_bytes()))
}

/// The registered domains of Konnect hostnames.
pub(crate) const DOMAINS: [&str; 2] = ["konghq.com", "kongportals.com"];

/// One way of writing a hostname of an endpoint:
/// `[identifier.][infix.][region.][service.]domain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Spelling {
    /// The identifier label first, if any.
    pub(crate) identifier: Option<IdentifierKind>,
    /// A fixed label between the identifier and the region (`edge`).
    pub(crate) infix: Option<&'static str>,
    /// The region label.
    pub(crate) region: RegionLabel,
    /// The fixed labels between the region and the domain (`cp0`,
    /// `mesh.sync`); empty for none.
    pub(crate) service: &'static str,
    /// The registered domain, one of [`DOMAINS`].
    pub(crate) domain: &'static str,
    /// The editions whose builder writes this spelling; empty for a
    /// spelling that is only recognized.
    pub(crate) written_in: &'static [Edition],
    /// The spelling as documentation writes it: `{geo}` for the region,
    /// upper-case names for identifiers.
    pub(crate) text: &'static str,
}

/// When the builder includes an endpoint of a chosen product.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Inclusion {
    /// Always.
    Always,
    /// Unless the data plane reaches its control plane over AWS PrivateLink.
    UnlessPrivateLink,
    /// Only when PrivateLink is chosen.
    WithPrivateLink,
}

/// Everything about one kind of Konnect hostname.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Row {
    pub(crate) endpoint: Endpoint,
    /// Every spelling, the builder's first; [`classify`](crate::classify)
    /// recognizes each of them in every edition.
    pub(crate) spellings: &'static [Spelling],
    /// The editions of the page that list the endpoint.
    pub(crate) editions: &'static [Edition],
    /// The products that need the endpoint (the Aug2026 page's headings).
    pub(crate) products: &'static [Product],
    pub(crate) inclusion: Inclusion,
    pub(crate) app_protocol: AppProtocol,
    pub(crate) direction: Direction,
    /// What the hostname is for, in a few words.
    pub(crate) description: &'static str,
}

use Edition::{Apr2025, Aug2026};
use IdentifierKind::{AuthServerId, CpPrefix, PortalId};

const BOTH: &[Edition] = &[Apr2025, Aug2026];
const APR2025: &[Edition] = &[Apr2025];
const AUG2026: &[Edition] = &[Aug2026];
const NEVER: &[Edition] = &[];

/// The hosts the Aug2026 page lists for any runtime.
const EVERY_PRODUCT: &[Product] = Product::ALL;
const API_GATEWAY: &[Product] = &[Product::ApiGateway];

/// A spelling row: `spelling!(identifier, infix, region, service, domain,
/// written_in, text)`.
macro_rules! spelling {
    ($identifier:expr, $infix:expr, $region:ident, $service:literal, $domain:literal, $written:expr, $text:literal) => {
        Spelling {
            identifier: $identifier,
            infix: $infix,
            region: RegionLabel::$region,
            service: $service,
            domain: $domain,
            written_in: $written,
            text: $text,
        }
    };
}

/// The table, in [`Endpoint`] order (a test checks it).
pub(crate) const ROWS: [Row; Endpoint::COUNT] = [
    Row {
        endpoint: Endpoint::Platform,
        spellings: &[spelling!(
            None,
            None,
            None,
            "cloud",
            "konghq.com",
            BOTH,
            "cloud.konghq.com"
        )],
        editions: BOTH,
        products: EVERY_PRODUCT,
        inclusion: Inclusion::Always,
        app_protocol: AppProtocol::Https,
        direction: Direction::ToKonnect,
        description: "Konnect platform (web UI)",
    },
    Row {
        endpoint: Endpoint::GlobalApi,
        spellings: &[spelling!(
            None,
            None,
            None,
            "global.api",
            "konghq.com",
            BOTH,
            "global.api.konghq.com"
        )],
        editions: BOTH,
        products: EVERY_PRODUCT,
        inclusion: Inclusion::Always,
        app_protocol: AppProtocol::Https,
        direction: Direction::ToKonnect,
        description: "Konnect API for authentication, identity, teams and settings",
    },
    Row {
        endpoint: Endpoint::RegionalApi,
        spellings: &[spelling!(
            None,
            None,
            Geo,
            "api",
            "konghq.com",
            BOTH,
            "{geo}.api.konghq.com"
        )],
        editions: BOTH,
        // The Aug2026 page lists `REGION.api.konghq.com` under its API
        // Gateway heading, not with the hosts for any runtime.
        products: API_GATEWAY,
        inclusion: Inclusion::Always,
        app_protocol: AppProtocol::Https,
        direction: Direction::ToKonnect,
        description: "Konnect API of the geo (decK and API clients)",
    },
    Row {
        endpoint: Endpoint::DevPortal,
        spellings: &[
            spelling!(
                Some(PortalId),
                None,
                Geo,
                "portal",
                "konghq.com",
                APR2025,
                "PORTAL_ID.{geo}.portal.konghq.com"
            ),
            spelling!(
                Some(PortalId),
                None,
                Geo,
                "",
                "kongportals.com",
                AUG2026,
                "PORTAL_ID.{geo}.kongportals.com"
            ),
            // The Portal Management v3 API's default and canonical domain,
            // and the target of a custom domain's CNAME record.
            spelling!(
                Some(PortalId),
                Some("edge"),
                Geo,
                "portal",
                "konghq.com",
                NEVER,
                "PORTAL_ID.edge.{geo}.portal.konghq.com"
            ),
            // The portal editor's preview (`app/dev-portal/sso.md`).
            spelling!(
                Some(PortalId),
                Some("portal-preview"),
                Geo,
                "api",
                "konghq.com",
                NEVER,
                "PORTAL_ID.portal-preview.{geo}.api.konghq.com"
            ),
        ],
        editions: BOTH,
        products: &[Product::DevPortal],
        inclusion: Inclusion::Always,
        app_protocol: AppProtocol::Https,
        direction: Direction::ToKonnect,
        description: "Dev Portal",
    },
    Row {
        endpoint: Endpoint::ControlPlane,
        spellings: &[
            spelling!(
                Some(CpPrefix),
                None,
                Geo,
                "cp0",
                "konghq.com",
                APR2025,
                "CONTROL_PLANE_DNS_PREFIX.{geo}.cp0.konghq.com"
            ),
            spelling!(
                Some(CpPrefix),
                None,
                Geo,
                "cp",
                "konghq.com",
                AUG2026,
                "CONTROL_PLANE_DNS_PREFIX.{geo}.cp.konghq.com"
            ),
        ],
        editions: BOTH,
        products: API_GATEWAY,
        inclusion: Inclusion::UnlessPrivateLink,
        app_protocol: AppProtocol::HttpsMtls,
        direction: Direction::ToKonnect,
        description: "control plane: data plane configuration",
    },
    Row {
        endpoint: Endpoint::Telemetry,
        spellings: &[
            spelling!(
                Some(CpPrefix),
                None,
                Geo,
                "tp0",
                "konghq.com",
                APR2025,
                "CONTROL_PLANE_DNS_PREFIX.{geo}.tp0.konghq.com"
            ),
            spelling!(
                Some(CpPrefix),
                None,
                Geo,
                "tp",
                "konghq.com",
                AUG2026,
                "CONTROL_PLANE_DNS_PREFIX.{geo}.tp.konghq.com"
            ),
        ],
        editions: BOTH,
        products: API_GATEWAY,
        inclusion: Inclusion::UnlessPrivateLink,
        app_protocol: AppProtocol::HttpsMtls,
        direction: Direction::ToKonnect,
        description: "control plane: data plane telemetry",
    },
    Row {
        endpoint: Endpoint::MeshSync,
        spellings: &[spelling!(
            None,
            None,
            MeshScope,
            "mesh.sync",
            "konghq.com",
            BOTH,
            "{geo}.mesh.sync.konghq.com"
        )],
        editions: BOTH,
        products: &[Product::Mesh],
        inclusion: Inclusion::Always,
        // Kong's mesh docs write the address
        // `grpcs://{region}.mesh.sync.konghq.com:443`: gRPC over TLS.
        app_protocol: AppProtocol::Grpcs,
        direction: Direction::ToKonnect,
        description: "Mesh Manager sync",
    },
    Row {
        endpoint: Endpoint::EventGatewayControlPlane,
        spellings: &[spelling!(
            None,
            None,
            Geo,
            "control-plane",
            "konghq.com",
            AUG2026,
            "{geo}.control-plane.konghq.com"
        )],
        editions: AUG2026,
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
        description: "Event Gateway control plane",
    },
    Row {
        endpoint: Endpoint::EventGatewayTelemetry,
        spellings: &[spelling!(
            None,
            None,
            Geo,
            "telemetry",
            "konghq.com",
            AUG2026,
            "{geo}.telemetry.konghq.com"
        )],
        editions: AUG2026,
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
        description: "Event Gateway telemetry",
    },
    Row {
        endpoint: Endpoint::Identity,
        spellings: &[
            spelling!(
                None,
                None,
                Geo,
                "identity",
                "konghq.com",
                AUG2026,
                "{geo}.identity.konghq.com"
            ),
            // Each auth server's issuer (the Identity API); data plane
            // plugins such as OpenID Connect call it.
            spelling!(
                Some(AuthServerId),
                None,
                Geo,
                "identity",
                "konghq.com",
                AUG2026,
                "AUTH_SERVER_ID.{geo}.identity.konghq.com"
            ),
        ],
        editions: AUG2026,
        products: &[Product::Identity],
        inclusion: Inclusion::Always,
        app_protocol: AppProtocol::Https,
        direction: Direction::ToKonnect,
        description: "Kong Identity of Konnect applications",
    },
    // Kong's docs name only `us.kic.api.konghq.com` (the `--konnect-address`
    // default, `app/kubernetes-ingress-controller/reference/configuration-options.md`).
    // Every geo's host follows how Kong's operator derives it from the
    // control plane endpoint, keeping the geo label and the domain:
    // `buildKonnectAddress` in `Kong/kong-operator`
    // `controller/pkg/extensions/konnect/controlplane.go` @ cefc38421
    // (`https://PREFIX.GEO.cp.DOMAIN` -> `https://GEO.kic.api.DOMAIN`; its
    // test maps an `eu` endpoint to `eu.kic.api`).
    Row {
        endpoint: Endpoint::IngressController,
        spellings: &[spelling!(
            None,
            None,
            Geo,
            "kic.api",
            "konghq.com",
            BOTH,
            "{geo}.kic.api.konghq.com"
        )],
        editions: BOTH,
        products: &[Product::IngressController],
        inclusion: Inclusion::Always,
        app_protocol: AppProtocol::Https,
        direction: Direction::ToKonnect,
        description: "Kong Ingress Controller in Konnect mode",
    },
    // The regions each edition lists are in `RegionLabel::scope`; API calls
    // over PrivateLink (`{pl}.svc.konghq.com/api`, 207ac3da7) post-date
    // Aug2026 and are not modelled.
    Row {
        endpoint: Endpoint::PrivateLink,
        spellings: &[spelling!(
            None,
            None,
            PrivateLink,
            "svc",
            "konghq.com",
            BOTH,
            "{pl}.svc.konghq.com"
        )],
        editions: BOTH,
        products: API_GATEWAY,
        inclusion: Inclusion::WithPrivateLink,
        app_protocol: AppProtocol::HttpsMtls,
        direction: Direction::ToKonnect,
        description: "control plane and telemetry over AWS PrivateLink",
    },
];

/// The row of `endpoint`.
pub(crate) const fn row(endpoint: Endpoint) -> &'static Row {
    // `ROWS` is in `Endpoint` order and has one row per endpoint, so the
    // index is in bounds; a test checks the order.
    #[cfg_attr(
        not(test),
        expect(
            clippy::indexing_slicing,
            reason = "ROWS has Endpoint::COUNT rows in Endpoint order (tested)"
        )
    )]
    &ROWS[endpoint as usize]
}

impl Spelling {
    /// Whether any edition's builder writes this spelling.
    pub(crate) const fn is_written(&self) -> bool {
        !self.written_in.is_empty()
    }

    /// Whether the builder writes this spelling in `edition`.
    pub(crate) fn is_written_in(&self, edition: Edition) -> bool {
        self.written_in.contains(&edition)
    }

    /// Writes the hostname with `identifier` (`*` for any) and the region
    /// label for `geo`.
    pub(crate) fn write(&self, identifier: Option<&str>, geo: Geo, global: bool) -> String {
        let mut host = String::new();
        let labels = [
            self.identifier.and(identifier),
            self.infix,
            self.region.label(geo, global),
            Some(self.service).filter(|service| !service.is_empty()),
            Some(self.domain),
        ];
        for label in labels.into_iter().flatten() {
            if !host.is_empty() {
                host.push('.');
            }
            host.push_str(label);
        }
        host
    }
}
