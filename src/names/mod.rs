//! The names Konnect's hostnames and rules are made of: geos, editions,
//! ports, protocols, products, endpoint kinds, and the validated
//! per-organization identifiers and hostnames.

mod edition;
mod endpoint;
mod geo;
mod host;
pub(crate) mod identifier;
mod listener;
mod mesh;
mod port;
mod product;
mod protocol;

pub use edition::Edition;
pub use endpoint::Endpoint;
pub use geo::Geo;
pub use host::Host;
pub use identifier::{AuthServerId, CpPrefix, PortalId};
pub use listener::{Listener, ListenerKind};
pub use mesh::Mesh;
pub use port::Port;
pub use product::Product;
pub use protocol::{AppProtocol, Protocol};
