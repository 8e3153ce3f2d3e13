//! Dated editions of Kong's network requirements page.

use crate::Geo;
use crate::facts::RegionLabel;
use crate::keyword::keyword_enum;

/// A dated revision of Kong's "Konnect ports and network requirements" page.
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
/// assert_eq!(Edition::LATEST, Edition::Aug2026);
/// assert!(Edition::Aug2026.geos().contains(&Geo::Sg));
/// assert_eq!("aug2026".parse::<Edition>()?, Edition::Aug2026);
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Edition {
    /// The page as of 2 April 2025: the specification this crate started from.
    #[default]
    Apr2025,
    /// The page as of 4 August 2026 (unchanged through 21 August 2026).
    Aug2026,
}

impl Edition {
    /// Every edition, oldest first.
    pub const ALL: &'static [Edition] = &[Edition::Apr2025, Edition::Aug2026];

    /// The newest edition this crate knows.
    pub const LATEST: Edition = Edition::Aug2026;

    /// The keyword, e.g. `"apr2025"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Edition::Apr2025 => "apr2025",
            Edition::Aug2026 => "aug2026",
        }
    }

    /// The date of the page revision, ISO 8601.
    pub const fn date(self) -> &'static str {
        match self {
            Edition::Apr2025 => "2025-04-02",
            Edition::Aug2026 => "2026-08-04",
        }
    }

    /// The geos this edition lists, in the page's order: the Aug2026 page
    /// (2998dd7cb) lists Singapore before the United States ("au, eu, me,
    /// in, sg, us"), unlike [`Geo::ALL`], which appends geos as editions
    /// add them.
    pub const fn geos(self) -> &'static [Geo] {
        match self {
            Edition::Apr2025 => &[Geo::Au, Geo::Eu, Geo::Me, Geo::In, Geo::Us],
            Edition::Aug2026 => &[Geo::Au, Geo::Eu, Geo::Me, Geo::In, Geo::Sg, Geo::Us],
        }
    }

    /// The geos that have their own mesh sync host in this edition.
    pub const fn mesh_geos(self) -> &'static [Geo] {
        match RegionLabel::MeshScope.scope(self) {
            Some(scope) => scope.geos,
            None => &[],
        }
    }

    /// Whether this edition lists the global mesh sync host
    /// (`global.mesh.sync.konghq.com`): Apr2025 does, Aug2026 no longer
    /// does.
    ///
    /// ```
    /// use konnect_netreq::Edition;
    ///
    /// assert!(Edition::Apr2025.has_global_mesh_sync());
    /// assert!(!Edition::Aug2026.has_global_mesh_sync());
    /// ```
    pub const fn has_global_mesh_sync(self) -> bool {
        match RegionLabel::MeshScope.scope(self) {
            Some(scope) => scope.global,
            None => false,
        }
    }

    /// The geos with an AWS PrivateLink host of their own in this edition
    /// (by the date of Kong's PrivateLink guide), in the order of Kong's page.
    ///
    /// ```
    /// use konnect_netreq::{Edition, Geo};
    ///
    /// assert_eq!(Edition::Apr2025.private_link_geos(), [Geo::Au, Geo::Eu, Geo::Me, Geo::Us]);
    /// assert!(Edition::Aug2026.private_link_geos().contains(&Geo::In));
    /// ```
    pub const fn private_link_geos(self) -> &'static [Geo] {
        match RegionLabel::PrivateLink.scope(self) {
            Some(scope) => scope.geos,
            None => &[],
        }
    }

    /// Whether this edition's PrivateLink guide lists the global host
    /// `global.svc.konghq.com` (Aug2026 does, Apr2025 does not).
    pub const fn has_global_private_link(self) -> bool {
        match RegionLabel::PrivateLink.scope(self) {
            Some(scope) => scope.global,
            None => false,
        }
    }
}

keyword_enum!(Edition, "edition");
