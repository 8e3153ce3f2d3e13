//! What a reader of the rules should know that the rules cannot say: where
//! Kong's page says less, or more, than the hosts written.

use super::Source;
use crate::{Endpoint, Geo};

/// Singapore is a beta geo on Kong's page.
const SG_BETA: &str = "Kong's page marks the Singapore geo (sg) \"(beta)\".";

/// The global mesh sync host written for an edition whose page omits it.
const GLOBAL_MESH_OMITTED: &str = "global.mesh.sync.konghq.com is written for a global Mesh \
     control plane, but Kong's aug2026 page lists only REGION.mesh.sync.konghq.com; the \
     revision before it (c7922e698) listed global too, and nothing says the host was removed.";

/// The notes for `source`, one line each, in a fixed order.
pub(super) fn notes(source: &Source<'_>) -> Vec<&'static str> {
    let mut notes = Vec::new();
    if source.geos.contains(&Geo::Sg) {
        notes.push(SG_BETA);
    }
    let global_mesh = source.hosts().any(|(endpoint, host)| {
        endpoint == Endpoint::MeshSync && host.as_str().starts_with("global.")
    });
    let omitted = source
        .editions
        .iter()
        .any(|edition| !edition.page_lists_global_mesh_sync());
    if global_mesh && omitted {
        notes.push(GLOBAL_MESH_OMITTED);
    }
    notes
}

impl crate::Requirements {
    /// Notes on these requirements that no rule can carry, one sentence
    /// each; every format with comments writes them (the table at its end),
    /// and the command-line tool prints them on standard error for the
    /// others.
    ///
    /// ```
    /// use konnect_netreq::{Edition, Geo, Mesh, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Sg)
    ///     .with_edition(Edition::Aug2026)
    ///     .with_mesh(Mesh::Global)
    ///     .build()?;
    /// assert_eq!(req.notes().len(), 2);
    /// assert_eq!(req.notes()[0], "Kong's page marks the Singapore geo (sg) \"(beta)\".");
    /// assert!(Requirements::for_geo(Geo::Eu).build()?.notes().is_empty());
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn notes(&self) -> Vec<&'static str> {
        notes(&Source::new(
            vec![self.geo()],
            vec![self.edition()],
            self.rules().collect(),
        ))
    }
}

impl crate::RequirementsSet {
    /// The notes of the set as one document (see
    /// [`Requirements::notes`](crate::Requirements::notes)).
    pub fn notes(&self) -> Vec<&'static str> {
        notes(&Source::new(
            self.geos(),
            self.editions(),
            self.rules().collect(),
        ))
    }
}
