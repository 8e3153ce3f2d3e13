//! The kinds of Konnect hostnames. The enum and its rows are declared in
//! the facts table; these are the questions one asks of a row.

use crate::facts::Inclusion;
use crate::{AppProtocol, Direction, Edition, Endpoint, Product};

impl Endpoint {
    /// What the hostname is for, in a few words.
    pub const fn description(self) -> &'static str {
        self.row().description
    }

    /// The first edition this endpoint exists in.
    pub const fn since(self) -> Edition {
        Edition::first_of(self.row().editions)
    }

    /// Whether this endpoint exists in `edition`.
    pub const fn is_in(self, edition: Edition) -> bool {
        self.row().editions.contains(edition.place())
    }

    /// The hostname template the builder writes in `edition`, as the
    /// documentation writes it (`{geo}` for the geo, upper-case names for
    /// per-organization values); `None` where the edition has no such
    /// hostname, and always for the kinds of Kong-hosted gateways
    /// ([`Direction::ToKongHosted`]), which only
    /// [`classify`](crate::classify) knows.
    pub fn template(self, edition: Edition) -> Option<&'static str> {
        if !self.is_in(edition) {
            return None;
        }
        self.row()
            .spellings
            .iter()
            .find(|spelling| spelling.writes.contains(edition.place()))
            .map(|spelling| spelling.text)
    }

    /// Every hostname template of this endpoint that
    /// [`classify`](crate::classify) recognizes, the builder's first.
    pub fn recognized_templates(self) -> impl ExactSizeIterator<Item = &'static str> {
        self.row().spellings.iter().map(|spelling| spelling.text)
    }

    /// Whether the builder's hosts of this kind start with a
    /// per-organization identifier (control plane DNS prefix, portal ID or
    /// auth server ID).
    pub fn has_identifier(self) -> bool {
        self.row()
            .spellings
            .iter()
            .any(|spelling| !spelling.writes.is_empty() && spelling.identifier.is_some())
    }

    /// Whether [`Requirements`](crate::Requirements) include this endpoint
    /// without being asked to (the control plane and telemetry hosts give
    /// way to PrivateLink when it is chosen).
    pub const fn is_default(self) -> bool {
        let row = self.row();
        if matches!(row.inclusion, Inclusion::WithPrivateLink) {
            return false;
        }
        // `any` over both slices, written out to stay `const`.
        let mut products = row.products;
        while let [product, rest @ ..] = products {
            let mut defaults = Product::DEFAULT;
            while let [default, others @ ..] = defaults {
                if product.index() == default.index() {
                    return true;
                }
                defaults = others;
            }
            products = rest;
        }
        false
    }

    /// The products that need hosts of this kind, as the Aug2026 page
    /// groups them (see [`Product`]); the shared hosts name every product.
    ///
    /// ```
    /// use konnect_netreq::{Endpoint, Product};
    ///
    /// assert_eq!(Endpoint::RegionalApi.products(), [Product::ApiGateway]);
    /// assert_eq!(Endpoint::Platform.products(), Product::ALL);
    /// ```
    pub const fn products(self) -> &'static [Product] {
        self.row().products
    }

    /// The application protocol spoken with hosts of this kind.
    pub const fn app_protocol(self) -> AppProtocol {
        self.row().app_protocol
    }

    /// Which way traffic to hosts of this kind flows.
    pub const fn direction(self) -> Direction {
        self.row().direction
    }
}
