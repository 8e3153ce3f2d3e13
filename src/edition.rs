//! Dated editions of Kong's network requirements page.

use crate::Geo;
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
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, strum::VariantArray,
)]
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
    pub const ALL: &'static [Edition] = <Edition as strum::VariantArray>::VARIANTS;

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

    /// The geos this edition lists, in the page's order.
    pub const fn geos(self) -> &'static [Geo] {
        match self {
            Edition::Apr2025 => &[Geo::Au, Geo::Eu, Geo::Me, Geo::In, Geo::Us],
            Edition::Aug2026 => Geo::ALL,
        }
    }

    /// The geos that have their own mesh sync host in this edition (the
    /// `global` one exists in every edition).
    pub const fn mesh_geos(self) -> &'static [Geo] {
        match self {
            Edition::Apr2025 => &[Geo::Au, Geo::Eu, Geo::Us],
            Edition::Aug2026 => &[Geo::Au, Geo::Eu, Geo::Me, Geo::In, Geo::Sg, Geo::Us],
        }
    }
}

keyword_enum!(Edition, "edition");
