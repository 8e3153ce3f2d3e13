//! The part of resolving that reads the facts table: which hosts an
//! edition writes for the chosen products, and which edition a given
//! control plane address belongs to. Both take the table as an argument,
//! so the tests can run them on a table with a hypothetical edition.

use crate::facts::{EditionSet, Facts, IdentifierKind, Inclusion, RegionLabel};
use crate::{Endpoint, Error, Geo, Host, Product};

/// Where each endpoint's hosts stand in a list of hosts, indexed by
/// [`Endpoint::index`].
pub(crate) type Spans = [(usize, usize); Endpoint::COUNT];

/// What the hosts depend on, apart from the table and the edition.
pub(crate) struct HostChoice<'a> {
    pub(crate) geo: Geo,
    /// Whether a chosen product needs hosts of the product.
    pub(crate) wants: &'a dyn Fn(Product) -> bool,
    /// The values of an identifier: those given, or `*` for any.
    pub(crate) identifiers: &'a dyn Fn(IdentifierKind) -> Vec<&'a str>,
    /// A control plane or telemetry host the user gave, kept as given.
    pub(crate) given: &'a dyn Fn(Endpoint) -> Option<Host>,
    /// A host allowed besides those the edition writes (the telemetry
    /// host the Konnect API pairs with a given control plane host).
    pub(crate) also: &'a dyn Fn(Endpoint) -> Option<Host>,
    /// The control plane is reached over the geo's PrivateLink host.
    pub(crate) private_link: bool,
    /// The global PrivateLink host was asked for.
    pub(crate) global_private_link: bool,
    /// The global mesh sync host was asked for, not the geo's own.
    pub(crate) global_mesh: bool,
}

/// The endpoints a chosen product needs that the edition at `edition`
/// does not list: the first of them, if any.
pub(crate) fn first_missing(
    facts: &Facts,
    edition: u8,
    wants: &dyn Fn(Product) -> bool,
) -> Option<Endpoint> {
    Endpoint::ALL.iter().copied().find(|endpoint| {
        facts.endpoint(*endpoint).is_some_and(|row| {
            row.products.iter().any(|product| wants(*product)) && !row.editions.contains(edition)
        })
    })
}

/// Every host the edition at `edition` writes for `choice`, in rule order
/// (by endpoint, then by spelling), with where each endpoint's hosts
/// stand in the list (indexed by [`Endpoint::index`]).
pub(crate) fn write_hosts(
    facts: &Facts,
    edition: u8,
    choice: &HostChoice<'_>,
) -> Result<(Vec<(Endpoint, Host)>, Spans), Error> {
    let mut hosts = Vec::new();
    let mut spans = [(0, 0); Endpoint::COUNT];
    let Some(geo_row) = facts.geo(choice.geo) else {
        return Ok((hosts, spans));
    };
    for endpoint in Endpoint::ALL.iter().copied() {
        let Some(row) = facts.endpoint(endpoint) else {
            continue;
        };
        let included = match row.inclusion {
            Inclusion::Always => true,
            Inclusion::UnlessPrivateLink => !choice.private_link,
            Inclusion::WithPrivateLink => choice.private_link || choice.global_private_link,
        };
        let needed = row.products.iter().any(|product| (choice.wants)(*product));
        if !included || !needed || !row.editions.contains(edition) {
            continue;
        }
        let start = hosts.len();
        if let Some(host) = (choice.given)(endpoint) {
            hosts.push((endpoint, host));
        } else {
            for spelling in row.spellings {
                if !spelling.writes.contains(edition) {
                    continue;
                }
                // Which of the region's hosts: the geo's own (`false`) or
                // the global one (`true`).
                let regions: &[bool] = match spelling.region {
                    RegionLabel::None | RegionLabel::Geo => &[false],
                    RegionLabel::MeshScope if choice.global_mesh => &[true],
                    RegionLabel::MeshScope => &[false],
                    RegionLabel::PrivateLink => {
                        match (choice.private_link, choice.global_private_link) {
                            (true, true) => &[false, true],
                            (true, false) => &[false],
                            (false, true) => &[true],
                            (false, false) => &[],
                        }
                    }
                };
                let identifiers = match spelling.identifier {
                    Some(kind) => (choice.identifiers)(kind),
                    None => vec![""],
                };
                for &global in regions {
                    for identifier in &identifiers {
                        let name = spelling.write(Some(identifier), geo_row, global);
                        hosts.push((endpoint, Host::new(&name)?));
                    }
                }
            }
        }
        if let Some(host) = (choice.also)(endpoint) {
            if !hosts
                .get(start..)
                .unwrap_or_default()
                .iter()
                .any(|(_, h)| *h == host)
            {
                hosts.push((endpoint, host));
            }
        }
        if let Some(span) = spans.get_mut(endpoint.index()) {
            *span = (start, hosts.len());
        }
    }
    Ok((hosts, spans))
}

/// The edition a control plane address belongs to, from the editions that
/// write its host (`writers`, see [`Classified::edition_set`](crate::Classified)).
///
/// The oldest edition that writes the host and lists the geo (and, for a
/// PrivateLink address, the geo's PrivateLink host): the oldest, so that
/// what an address resolves to never changes when a newer edition that
/// keeps its spelling is added. A host that several editions write the
/// same (or none, such as a PrivateLink host written in every edition)
/// takes the oldest edition from `default` on that lists the geo. `Err`
/// names the edition that writes the host but does not list the geo.
pub(crate) fn edition_of(
    facts: &Facts,
    endpoint: Endpoint,
    writers: EditionSet,
    geo: Geo,
    private_link: bool,
    default: u8,
) -> Result<u8, u8> {
    let count = facts.edition_count();
    let Some(row) = facts.geo(geo) else {
        return Err(default);
    };
    let fits = |edition: u8| {
        row.editions.contains(edition) && (!private_link || row.private_link.contains(edition))
    };
    let all = EditionSet::of(crate::facts::Editions::since(0), count);
    let listing = match facts.endpoint(endpoint) {
        Some(row) => EditionSet::of(row.editions, count),
        None => EditionSet::EMPTY,
    };
    if writers.len() > 0 && writers != listing {
        // A spelling some editions write and others do not.
        return match writers.iter().find(|edition| fits(*edition)) {
            Some(edition) => Ok(edition),
            None => Err(writers.first().unwrap_or(default)),
        };
    }
    match all
        .iter()
        .find(|edition| *edition >= default && fits(*edition))
    {
        Some(edition) => Ok(edition),
        None => Ok(default),
    }
}
