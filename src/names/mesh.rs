//! Which Mesh Manager sync host a mesh's zones reach.

use crate::keyword::keyword_enum;

/// The Mesh Manager sync host to allow: the geo's own
/// (`eu.mesh.sync.konghq.com`) or the global one
/// (`global.mesh.sync.konghq.com`).
///
/// ```
/// use konnect_netreq::{Endpoint, Geo, Mesh, Requirements};
///
/// let req = Requirements::for_geo(Geo::Eu).with_mesh(Mesh::Regional).build()?;
/// assert_eq!(
///     req.host(Endpoint::MeshSync).map(|host| host.as_str()),
///     Some("eu.mesh.sync.konghq.com"),
/// );
/// assert_eq!("global".parse::<Mesh>()?, Mesh::Global);
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Mesh {
    /// The geo's own sync host.
    Regional,
    /// The global sync host.
    Global,
}

impl Mesh {
    /// Every choice.
    pub const ALL: &'static [Mesh] = &[Mesh::Regional, Mesh::Global];

    /// The keyword, `"regional"` or `"global"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Mesh::Regional => "regional",
            Mesh::Global => "global",
        }
    }
}

keyword_enum!(Mesh, "mesh");
