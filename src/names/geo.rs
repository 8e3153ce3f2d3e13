//! Konnect geos: the regions whose identifier appears in hostnames. The
//! enum and its rows are declared in the facts table.

use crate::{Edition, Geo};

impl Geo {
    /// The region's name in English, e.g. `"Europe"`.
    pub const fn name(self) -> &'static str {
        self.row().name
    }

    /// The first edition of the page that lists this geo.
    pub const fn since(self) -> Edition {
        Edition::first_of(self.row().editions)
    }

    /// Whether `edition` lists this geo.
    pub const fn is_in(self, edition: Edition) -> bool {
        self.row().editions.contains(edition.place())
    }

    /// The label this geo's AWS PrivateLink hostname uses (`ap` for
    /// Australia, the identifier otherwise).
    pub const fn private_link_label(self) -> &'static str {
        self.row().private_link_label
    }

    /// The AWS regions that serve this geo.
    pub const fn aws_regions(self) -> &'static [&'static str] {
        self.row().aws_regions
    }
}
