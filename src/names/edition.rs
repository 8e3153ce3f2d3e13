//! Dated editions of Kong's network requirements page: what each lists.
//! The enum and its rows are declared in the facts table.

use crate::facts::{Editions, FACTS, GeoRow};
use crate::{Edition, Geo};

impl Edition {
    /// The newest edition this crate knows.
    #[allow(
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        reason = "evaluated when the crate is compiled: an empty list fails the build"
    )]
    pub const LATEST: Edition = Edition::ALL[Edition::ALL.len() - 1];

    /// The edition at `index` in [`Edition::ALL`].
    pub(crate) const fn at(index: u8) -> Option<Edition> {
        let mut all = Edition::ALL;
        while let [edition, rest @ ..] = all {
            if edition.index() == index as usize {
                return Some(*edition);
            }
            all = rest;
        }
        None
    }

    /// The first edition of a range, or `latest` for an empty range.
    pub(crate) const fn first_of(editions: Editions) -> Edition {
        match editions.first() {
            Some(index) => match Edition::at(index) {
                Some(edition) => edition,
                None => Edition::LATEST,
            },
            None => Edition::LATEST,
        }
    }

    /// This edition's place among the table's editions.
    pub(crate) const fn place(self) -> u8 {
        // Editions are few; the build fails if a declaration had 256.
        #[allow(clippy::cast_possible_truncation, reason = "fewer than 256 editions")]
        let place = self as u8;
        place
    }

    /// The date of the page revision, ISO 8601.
    pub const fn date(self) -> &'static str {
        self.row().date
    }

    /// The geos this edition lists, in [`Geo::ALL`] order (the Aug2026
    /// page itself writes Singapore before the United States).
    pub const fn geos(self) -> &'static [Geo] {
        lists(self).listed.as_slice()
    }

    /// The geos that have their own mesh sync host in this edition.
    pub const fn mesh_geos(self) -> &'static [Geo] {
        lists(self).mesh_sync.as_slice()
    }

    /// Whether this edition writes the global mesh sync host
    /// (`global.mesh.sync.konghq.com`) for a global Mesh control plane
    /// ([`Mesh::Global`](crate::Mesh::Global)): every edition does.
    ///
    /// The Aug2026 page lists only `REGION.mesh.sync.konghq.com`, but the
    /// revision just before it (c7922e698) still listed `global`, and
    /// nothing says the host was removed; so Aug2026 keeps it, and its
    /// outputs say that the page omits it
    /// ([`page_lists_global_mesh_sync`](Self::page_lists_global_mesh_sync)).
    ///
    /// ```
    /// use konnect_netreq::Edition;
    ///
    /// assert!(Edition::Apr2025.has_global_mesh_sync());
    /// assert!(Edition::Aug2026.has_global_mesh_sync());
    /// ```
    pub const fn has_global_mesh_sync(self) -> bool {
        FACTS.global_mesh_sync.contains(self.place())
    }

    /// Whether this edition's page itself lists the global mesh sync host:
    /// Apr2025's does, Aug2026's omits it (see
    /// [`has_global_mesh_sync`](Self::has_global_mesh_sync)).
    ///
    /// ```
    /// use konnect_netreq::Edition;
    ///
    /// assert!(Edition::Apr2025.page_lists_global_mesh_sync());
    /// assert!(!Edition::Aug2026.page_lists_global_mesh_sync());
    /// ```
    pub const fn page_lists_global_mesh_sync(self) -> bool {
        FACTS.global_mesh_sync_listed.contains(self.place())
    }

    /// The geos with an AWS PrivateLink host of their own in this edition
    /// (by the date of Kong's PrivateLink guide), in [`Geo::ALL`] order.
    ///
    /// ```
    /// use konnect_netreq::{Edition, Geo};
    ///
    /// assert_eq!(Edition::Apr2025.private_link_geos(), [Geo::Au, Geo::Eu, Geo::Me, Geo::Us]);
    /// assert!(Edition::Aug2026.private_link_geos().contains(&Geo::In));
    /// ```
    pub const fn private_link_geos(self) -> &'static [Geo] {
        lists(self).private_link.as_slice()
    }

    /// Whether this edition's PrivateLink guide lists the global host
    /// `global.svc.konghq.com` (Aug2026 does, Apr2025 does not).
    pub const fn has_global_private_link(self) -> bool {
        FACTS.global_private_link.contains(self.place())
    }
}

/// Geos in [`Geo::ALL`] order, picked at compile time.
struct GeoList {
    geos: [Geo; Geo::COUNT],
    len: usize,
}

impl GeoList {
    const fn as_slice(&self) -> &[Geo] {
        self.geos.split_at(self.len).0
    }
}

/// An edition's lists of geos.
struct Lists {
    listed: GeoList,
    mesh_sync: GeoList,
    private_link: GeoList,
}

/// Which range of a geo's row a list picks by.
#[derive(Clone, Copy)]
enum Pick {
    Listed,
    MeshSync,
    PrivateLink,
}

/// Every edition's lists, made from the geos' rows when the crate is
/// compiled, so that the methods above can lend them out.
#[allow(
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    reason = "evaluated when the crate is compiled"
)]
static LISTS: [Lists; Edition::COUNT] = {
    let mut at = 0;
    let mut lists = [const { Lists::EMPTY }; Edition::COUNT];
    while at < Edition::COUNT {
        #[allow(clippy::cast_possible_truncation, reason = "fewer than 256 editions")]
        let edition = at as u8;
        lists[at] = Lists {
            listed: pick(edition, Pick::Listed),
            mesh_sync: pick(edition, Pick::MeshSync),
            private_link: pick(edition, Pick::PrivateLink),
        };
        at += 1;
    }
    lists
};

impl Lists {
    const EMPTY: Lists = Lists {
        listed: GeoList::EMPTY,
        mesh_sync: GeoList::EMPTY,
        private_link: GeoList::EMPTY,
    };
}

impl GeoList {
    #[allow(
        clippy::indexing_slicing,
        reason = "evaluated when the crate is compiled"
    )]
    const EMPTY: GeoList = GeoList {
        geos: [Geo::ALL[0]; Geo::COUNT],
        len: 0,
    };
}

/// The geos whose `pick` range holds `edition`.
#[allow(
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    reason = "evaluated when the crate is compiled"
)]
const fn pick(edition: u8, pick: Pick) -> GeoList {
    let mut list = GeoList::EMPTY;
    let mut at = 0;
    while at < Geo::COUNT {
        let row: &GeoRow = &FACTS.geos[at];
        let editions = match pick {
            Pick::Listed => row.editions,
            Pick::MeshSync => row.mesh_sync,
            Pick::PrivateLink => row.private_link,
        };
        if editions.contains(edition) {
            list.geos[list.len] = Geo::ALL[at];
            list.len += 1;
        }
        at += 1;
    }
    list
}

/// The lists of `edition`.
const fn lists(edition: Edition) -> &'static Lists {
    #[allow(clippy::indexing_slicing, reason = "one entry per edition")]
    &LISTS[edition.index()]
}
