//! Konnect geos: the regions whose identifier appears in hostnames.

use crate::Edition;
use crate::keyword::keyword_enum;

/// A Konnect geo, as its identifier appears in hostnames (`eu` in
/// `eu.api.konghq.com`).
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Geo {
    /// Australia (`au`).
    Au,
    /// Europe (`eu`).
    Eu,
    /// Middle East (`me`).
    Me,
    /// India (`in`).
    In,
    /// United States (`us`).
    Us,
    /// Singapore (`sg`), listed from [`Edition::Aug2026`] on.
    Sg,
}

impl Geo {
    /// Every geo: the Apr2025 page's order, then the geos later editions
    /// add. [`Edition::geos`] gives each edition's own order.
    pub const ALL: &'static [Geo] = &[Geo::Au, Geo::Eu, Geo::Me, Geo::In, Geo::Us, Geo::Sg];

    /// The identifier used in hostnames, e.g. `"eu"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Geo::Au => "au",
            Geo::Eu => "eu",
            Geo::Me => "me",
            Geo::In => "in",
            Geo::Us => "us",
            Geo::Sg => "sg",
        }
    }

    /// The region's name in English, e.g. `"Europe"`.
    pub const fn name(self) -> &'static str {
        match self {
            Geo::Au => "Australia",
            Geo::Eu => "Europe",
            Geo::Me => "Middle East",
            Geo::In => "India",
            Geo::Us => "United States",
            Geo::Sg => "Singapore",
        }
    }

    /// The first edition of the page that lists this geo.
    pub const fn since(self) -> Edition {
        match self {
            Geo::Sg => Edition::Aug2026,
            _ => Edition::Apr2025,
        }
    }

    /// Whether `edition` lists this geo.
    pub const fn is_in(self, edition: Edition) -> bool {
        self.since() as u8 <= edition as u8
    }

    /// The label this geo's AWS PrivateLink hostname uses (`ap` for
    /// Australia, the identifier otherwise).
    pub const fn private_link_label(self) -> &'static str {
        match self {
            Geo::Au => "ap",
            other => other.as_str(),
        }
    }

    /// The AWS regions that serve this geo.
    pub const fn aws_regions(self) -> &'static [&'static str] {
        match self {
            Geo::Au => &["ap-southeast-2", "ap-southeast-4"],
            Geo::Eu => &["eu-central-1", "eu-west-1"],
            Geo::Me => &["me-central-1", "me-south-1"],
            Geo::In => &["ap-south-1", "ap-south-2"],
            Geo::Us => &["us-west-2", "us-east-2"],
            Geo::Sg => &["ap-southeast-1"],
        }
    }
}

keyword_enum!(Geo, "geo");
