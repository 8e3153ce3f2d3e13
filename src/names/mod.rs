//! The names Konnect's hostnames and rules are made of: geos, editions,
//! ports, protocols, products, endpoint kinds, and the validated
//! per-organization identifiers and hostnames. The enums that are facts
//! (geo, edition, port, product, endpoint kind) are declared with their
//! rows in [`facts`](crate::facts); their methods are here.

mod edition;
mod endpoint;
mod geo;
mod host;
pub(crate) mod identifier;
mod listener;
mod mesh;
mod port;
mod product;

pub use host::Host;
pub use identifier::{AuthServerId, CpPrefix, PortalId};
pub use listener::{Listener, ListenerKind};
pub use mesh::Mesh;
