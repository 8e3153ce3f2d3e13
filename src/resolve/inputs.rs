//! The inputs of one control plane's requirements, checked: what the
//! builder collects and the requirements keep once resolved.

use super::given::Given;
use super::inference::EditionInferred;
use crate::{AuthServerId, CpPrefix, Edition, Geo, Listener, Mesh, PortalId, Product};

/// Everything that selects one control plane's requirements, each input
/// already checked; [`RequirementsBuilder`](crate::RequirementsBuilder)
/// fills it in and [`Requirements`](crate::Requirements) keeps it, so a new
/// option is one field here, its setter and its use in the resolution.
///
/// It is not [`RequirementsSpec`](crate::RequirementsSpec), on purpose: the
/// spec is public plain data that becomes inputs only through the builder's
/// checks (a geo that may be missing and is then taken from the control
/// plane address, addresses as text, products as a list whose absence means
/// the default, no listeners meaning Kong's defaults), while these are
/// checked, with the addresses parsed for the resolution to compare, and
/// with "no listeners given" kept apart from an empty list, which `build`
/// refuses. The two meet in [`RequirementsSpec::builder`](crate::RequirementsSpec::builder)
/// and [`Requirements::spec`](crate::Requirements::spec).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Inputs {
    pub(crate) geo: Geo,
    pub(crate) edition: Edition,
    pub(crate) cp_prefix: Option<CpPrefix>,
    pub(crate) portal_id: Option<PortalId>,
    /// In the order given, each once.
    pub(crate) auth_server_ids: Vec<AuthServerId>,
    /// The Mesh Manager sync host chosen; once resolved, set exactly when
    /// [`Product::Mesh`] is covered.
    pub(crate) mesh: Option<Mesh>,
    /// The products chosen, indexed by [`Product::index`].
    pub(crate) products: [bool; Product::COUNT],
    /// Whether the control plane is reached over the geo's PrivateLink host.
    pub(crate) private_link: bool,
    /// Whether `global.svc.konghq.com` is added.
    pub(crate) global_private_link: bool,
    /// The data plane's listeners; `None` for Kong's defaults.
    pub(crate) listeners: Option<Vec<Listener>>,
    /// The control plane address given, if any.
    pub(crate) control_plane: Option<Given>,
    /// The telemetry address given, if any.
    pub(crate) telemetry: Option<Given>,
    /// Whether the edition was taken from `control_plane`.
    pub(crate) edition_inferred: EditionInferred,
}

impl Inputs {
    /// The inputs of `geo` with nothing else chosen: the default edition
    /// and products.
    pub(crate) fn new(geo: Geo) -> Inputs {
        Inputs {
            geo,
            edition: Edition::default(),
            cp_prefix: None,
            portal_id: None,
            auth_server_ids: Vec::new(),
            mesh: None,
            products: product_set(Product::DEFAULT.iter().copied()),
            private_link: false,
            global_private_link: false,
            listeners: None,
            control_plane: None,
            telemetry: None,
            edition_inferred: EditionInferred(false),
        }
    }

    /// Whether `product` is chosen.
    pub(crate) fn wants(&self, product: Product) -> bool {
        self.products.get(product.index()).copied().unwrap_or(false)
    }
}

/// The membership of each product in `products`, indexed by
/// [`Product::index`].
pub(crate) fn product_set(products: impl IntoIterator<Item = Product>) -> [bool; Product::COUNT] {
    let mut set = [false; Product::COUNT];
    for product in products {
        if let Some(slot) = set.get_mut(product.index()) {
            *slot = true;
        }
    }
    set
}
