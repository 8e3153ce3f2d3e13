//! The one table of facts: every edition, geo, port, product and kind of
//! Konnect hostname, each declared once with its row (`table.rs`).
//!
//! An endpoint's row says how its hostnames are spelled (the spellings the
//! builder writes, each with the editions that write it, and the ones only
//! [`classify`](crate::classify) recognizes), the identifier and region
//! label they carry, the editions that list the endpoint, the products that
//! need it, whether PrivateLink adds or removes it, its application protocol
//! and its direction. Geos and ports say in which editions they hold, as a
//! range ([`Editions`]); so do the geos' mesh sync and PrivateLink hosts.
//! `classify`, the builder, the rules, the exports and the command-line tool
//! all read these rows; nothing else states a fact.
//!
//! The table is a value ([`Facts`]): the code that resolves and recognizes
//! hostnames takes it as an argument, so a test (`src/three_editions.rs`)
//! can run that code on a table with an edition the public [`Edition`] enum
//! does not have.
//!
//! Sources, by row (paths in `Kong/developer.konghq.com`): Kong's network
//! page in both editions ("Konnect ports and network requirements",
//! `app/konnect-network.md` @ fc030a953; "Networking in Konnect",
//! `app/konnect-platform/network.md` @ 2998dd7cb), and the global mesh sync
//! host, which the Aug2026 page omits, from its previous revision
//! (c7922e698); the Dev Portal's former edge host from Portal Management v3
//! API examples (discontinued 2025-10-01) and its preview host from
//! `app/dev-portal/sso.md`; Kong Identity auth servers' hosts from the Kong
//! Identity reference and plugin examples (no API spec names them); the
//! Ingress Controller's `us` host from its configuration reference, the
//! other geos from `Kong/kong-operator`; the PrivateLink host from
//! `app/gateway/aws-private-link.md`; Kong-hosted gateways (recognized only)
//! from `app/dedicated-cloud-gateways/reference.md`,
//! `app/dedicated-cloud-gateways/breaking-changes.md` and
//! `app/serverless-gateways/migration.md`. Each row's comment names its
//! source; `tests/it/page.rs` compares the rows with the vendored page.

mod editions;
mod endpoints;
mod table;
mod vocabulary;

pub(crate) use editions::{EditionSet, Editions};
pub use endpoints::Endpoint;
pub(crate) use table::FACTS;
pub use table::{Edition, Geo, Port, Product};
pub use vocabulary::{AppProtocol, Direction, Protocol};

use crate::ascii::eq_lower;
use crate::dns::is_label;
use std::borrow::Cow;

/// The whole table: what the resolving and recognizing code reads.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Facts {
    /// Every edition, oldest first; a range in a row counts places here.
    pub(crate) editions: &'static [EditionRow],
    /// One row per [`Geo`], in its order.
    pub(crate) geos: &'static [GeoRow],
    /// One row per [`Endpoint`], in its order.
    pub(crate) endpoints: &'static [Row],
    /// The editions that write the global mesh sync host.
    pub(crate) global_mesh_sync: Editions,
    /// The editions whose page lists the global mesh sync host; the others
    /// write it with a note.
    pub(crate) global_mesh_sync_listed: Editions,
    /// The editions that list the global PrivateLink host.
    pub(crate) global_private_link: Editions,
}

/// An edition of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EditionRow {
    pub(crate) keyword: &'static str,
    /// The date of the page revision, ISO 8601.
    pub(crate) date: &'static str,
}

/// A geo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct GeoRow {
    /// The identifier in hostnames.
    pub(crate) keyword: &'static str,
    /// The region's name in English.
    pub(crate) name: &'static str,
    /// The editions that list the geo.
    pub(crate) editions: Editions,
    /// The editions in which the geo has a mesh sync host of its own.
    pub(crate) mesh_sync: Editions,
    /// The editions in which the geo has a PrivateLink host of its own.
    pub(crate) private_link: Editions,
    /// The label of the geo's PrivateLink host.
    pub(crate) private_link_label: &'static str,
    /// The AWS regions that serve the geo.
    pub(crate) aws_regions: &'static [&'static str],
}

/// A port the page names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PortRow {
    pub(crate) keyword: &'static str,
    pub(crate) number: u16,
    /// The transports that must be open, one firewall rule each.
    pub(crate) transports: &'static [crate::Protocol],
    /// The application protocol; the page names none for audit logging.
    pub(crate) app_protocol: Option<crate::AppProtocol>,
    pub(crate) direction: crate::Direction,
    /// The kong.conf setting that changes the port; only the data plane's
    /// own listeners can change.
    pub(crate) kong_conf_setting: Option<&'static str>,
    /// The editions that list the port.
    pub(crate) editions: Editions,
}

/// A product.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ProductRow {
    pub(crate) keyword: &'static str,
}

/// The per-organization value a hostname starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum IdentifierKind {
    /// A control plane DNS prefix ([`CpPrefix`](crate::CpPrefix)).
    CpPrefix,
    /// A Dev Portal ID ([`PortalId`](crate::PortalId)).
    PortalId,
    /// A Kong Identity auth server ID ([`AuthServerId`](crate::AuthServerId)).
    AuthServerId,
    /// The ID or name Kong gives a Kong-hosted gateway (Dedicated Cloud
    /// Gateway, Serverless Gateway); only recognized, never written.
    CloudGateway,
    /// A V0 Serverless Gateway's label, `kong-` and its ID: recognized,
    /// never written; the identifier is the part after `kong-`.
    ServerlessV0,
}

impl IdentifierKind {
    /// The fixed text a label of this kind starts with, before the
    /// identifier itself.
    pub(crate) const fn label_prefix(self) -> &'static str {
        match self {
            IdentifierKind::ServerlessV0 => "kong-",
            IdentifierKind::CpPrefix
            | IdentifierKind::PortalId
            | IdentifierKind::AuthServerId
            | IdentifierKind::CloudGateway => "",
        }
    }

    /// Labels that are no identifier of this kind: Kong's own service
    /// labels under `gateways.konggateway.com` (`edge.gateways...` is the
    /// edge hosts' parent, not a gateway named `edge`).
    pub(crate) const fn reserved(self) -> &'static [&'static str] {
        match self {
            IdentifierKind::CloudGateway => &["edge", "acme", "serverless"],
            IdentifierKind::CpPrefix
            | IdentifierKind::PortalId
            | IdentifierKind::AuthServerId
            | IdentifierKind::ServerlessV0 => &[],
        }
    }
}

/// What stands in a hostname's region label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum RegionLabel {
    /// No region label.
    None,
    /// The geo's identifier (`eu`).
    Geo,
    /// A geo with a mesh sync host in the edition ([`GeoRow::mesh_sync`]),
    /// or `global` where the edition has that host.
    MeshScope,
    /// The geo's PrivateLink label ([`GeoRow::private_link_label`], `ap`
    /// for Australia) where the edition has its host
    /// ([`GeoRow::private_link`]), or `global` where the edition has that
    /// host.
    PrivateLink,
    /// A cloud provider's region, as Dedicated Cloud Gateway edge hosts
    /// write it (`aws-us-east-2`): `aws-` and the AWS region, one DNS
    /// label. No geo; only recognized, never written.
    CloudRegion,
}

/// The registered domains of Konnect hostnames and of Kong-hosted gateways
/// (`konggateway.com`, and `kongcloud.dev` of V0 Serverless Gateways).
pub(crate) const DOMAINS: [&str; 4] = [
    "konghq.com",
    "kongportals.com",
    "konggateway.com",
    "kongcloud.dev",
];

/// One way of writing a hostname of an endpoint:
/// `[prefix.][identifier.][infix.][region.][service.]domain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Spelling {
    /// A fixed first label left of the identifier (`_acme-challenge`).
    /// It is compared as it is, not held to the crate's DNS label rules:
    /// DNS records for ACME challenges start with an underscore, which no
    /// hostname label may hold.
    pub(crate) prefix: Option<&'static str>,
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
    /// The editions whose builder writes this spelling (where they list
    /// the endpoint); [`Editions::NEVER`] for a spelling that is only
    /// recognized.
    pub(crate) writes: Editions,
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
    /// Never: hosts of Kong-hosted gateways, where API clients send
    /// traffic, which a self-managed data plane does not need. Only
    /// [`classify`](crate::classify) knows them.
    Never,
}

/// Everything about one kind of Konnect hostname.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Row {
    /// The keyword of the endpoint kind.
    pub(crate) keyword: &'static str,
    /// What the hostname is for, in a few words.
    pub(crate) description: &'static str,
    /// Every spelling, the builder's first; [`classify`](crate::classify)
    /// recognizes each of them in every edition.
    pub(crate) spellings: &'static [Spelling],
    /// The editions of the page that list the endpoint.
    pub(crate) editions: Editions,
    /// The products that need the endpoint (the Aug2026 page's headings).
    pub(crate) products: &'static [Product],
    pub(crate) inclusion: Inclusion,
    pub(crate) app_protocol: AppProtocol,
    pub(crate) direction: Direction,
}

impl Facts {
    /// How many editions the table has.
    pub(crate) const fn edition_count(&self) -> usize {
        self.editions.len()
    }

    /// The row of `geo`; every table has one per geo.
    #[inline]
    pub(crate) fn geo(&self, geo: Geo) -> Option<&'static GeoRow> {
        self.geos.get(geo.index())
    }

    /// The row of `endpoint`; every table has one per endpoint.
    #[inline]
    pub(crate) fn endpoint(&self, endpoint: Endpoint) -> Option<&'static Row> {
        self.endpoints.get(endpoint.index())
    }

    /// Whether the edition at `edition` has the global host of `region`.
    pub(crate) const fn has_global(&self, region: RegionLabel, edition: u8) -> bool {
        match region {
            RegionLabel::None | RegionLabel::Geo | RegionLabel::CloudRegion => false,
            RegionLabel::MeshScope => self.global_mesh_sync.contains(edition),
            RegionLabel::PrivateLink => self.global_private_link.contains(edition),
        }
    }

    /// The editions that write `spelling` of `endpoint`: those that list the
    /// endpoint and whose builder writes the spelling.
    pub(crate) fn writers(&self, endpoint: Endpoint, spelling: &Spelling) -> EditionSet {
        let count = self.edition_count();
        match self.endpoint(endpoint) {
            Some(row) => {
                EditionSet::of(row.editions, count).and(EditionSet::of(spelling.writes, count))
            }
            None => EditionSet::EMPTY,
        }
    }

    /// The geo whose `name` is `label`, ignoring ASCII case.
    #[inline]
    fn geo_named(&self, label: &str, name: impl Fn(&GeoRow) -> &'static str) -> Option<Geo> {
        Geo::ALL.iter().copied().find(|geo| {
            self.geo(*geo)
                .is_some_and(|row| eq_lower(label.as_bytes(), name(row).as_bytes()))
        })
    }

    /// The geo a region label names: `Some(None)` for `global` where the
    /// part has one, `None` if the label is not a region of this part.
    /// ASCII case is ignored. Every edition's regions are recognized.
    #[inline]
    pub(crate) fn parse_region(&self, region: RegionLabel, label: &str) -> Option<Option<Geo>> {
        match region {
            RegionLabel::None => None,
            RegionLabel::CloudRegion => is_cloud_region(label).then_some(None),
            RegionLabel::Geo => self.geo_named(label, |row| row.keyword).map(Some),
            RegionLabel::MeshScope | RegionLabel::PrivateLink
                if label.eq_ignore_ascii_case("global") =>
            {
                Some(None)
            }
            RegionLabel::MeshScope => self.geo_named(label, |row| row.keyword).map(Some),
            RegionLabel::PrivateLink => self
                .geo_named(label, |row| row.private_link_label)
                .map(Some),
        }
    }
}

/// Whether `label` is a cloud region as Dedicated Cloud Gateway edge hosts
/// write it: `aws-` (in any case) and an AWS region, one DNS label. Kong's
/// docs show only AWS regions there (`aws-us-east-2`, `aws-ap-southeast-2`).
fn is_cloud_region(label: &str) -> bool {
    label.len() > "aws-".len()
        && label
            .get(.."aws-".len())
            .is_some_and(|provider| provider.eq_ignore_ascii_case("aws-"))
        && is_label(label.as_bytes())
}

/// The editions that list a global host of `endpoint`, oldest first.
pub(crate) fn global_editions(endpoint: Endpoint) -> Vec<Edition> {
    let Some(row) = FACTS.endpoint(endpoint) else {
        return Vec::new();
    };
    Edition::ALL
        .iter()
        .copied()
        .filter(|edition| {
            row.spellings
                .iter()
                .any(|spelling| FACTS.has_global(spelling.region, edition.place()))
        })
        .collect()
}

impl RegionLabel {
    /// The label this region part takes for `geo` (whose row is `row`);
    /// `global` asks for the part's global host.
    pub(crate) const fn label(self, row: &GeoRow, global: bool) -> Option<&'static str> {
        match self {
            RegionLabel::None | RegionLabel::CloudRegion => None,
            RegionLabel::Geo => Some(row.keyword),
            RegionLabel::MeshScope | RegionLabel::PrivateLink if global => Some("global"),
            RegionLabel::MeshScope => Some(row.keyword),
            RegionLabel::PrivateLink => Some(row.private_link_label),
        }
    }
}

impl Spelling {
    /// Writes the hostname with `identifier` (`*` for any) and the region
    /// label of the geo whose row is `geo`.
    pub(crate) fn write(&self, identifier: Option<&str>, geo: &GeoRow, global: bool) -> String {
        let mut host = String::new();
        // A V0 Serverless Gateway's label is `kong-` and the identifier.
        let identifier = self.identifier.and(identifier).map(|identifier| {
            match self.identifier.map_or("", IdentifierKind::label_prefix) {
                "" => Cow::Borrowed(identifier),
                prefix => Cow::Owned(format!("{prefix}{identifier}")),
            }
        });
        let labels = [
            self.prefix,
            identifier.as_deref(),
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
