//! Resolution: from the inputs to every host and port-only rule, in rule
//! order, reading the facts table.

use super::Inputs;
use crate::facts::{self, IdentifierKind, Inclusion, RegionLabel};
use crate::{
    AuthServerId, CpPrefix, Endpoint, Error, Host, Listener, ListenerKind, Mesh, Port, PortalId,
    Product, Requirements, Rule,
};

impl Inputs {
    /// Whether a chosen product needs the endpoint of `row`.
    fn needs(&self, row: &facts::Row) -> bool {
        row.products.iter().any(|product| self.wants(*product))
    }

    /// Resolves every host and port-only rule; see
    /// [`RequirementsBuilder::build`](crate::RequirementsBuilder::build)
    /// for the errors.
    pub(super) fn resolve(self) -> Result<Requirements, Error> {
        let Inputs { geo, edition, .. } = self;
        if !geo.is_in(edition) {
            return Err(Error::GeoNotInEdition { geo, edition });
        }
        // Mesh Manager alone means the geo's own sync host.
        let mesh = self
            .wants(Product::Mesh)
            .then_some(self.mesh.unwrap_or(Mesh::Regional));
        if mesh == Some(Mesh::Regional) && !edition.mesh_geos().contains(&geo) {
            return Err(Error::NoMeshSyncHost { geo, edition });
        }
        if mesh == Some(Mesh::Global) && !edition.has_global_mesh_sync() {
            return Err(Error::NoGlobalHost {
                endpoint: Endpoint::MeshSync,
                edition,
            });
        }
        // The geo's own PrivateLink host, as opposed to the global one.
        let private_link = self.private_link;
        if private_link && !edition.private_link_geos().contains(&geo) {
            return Err(Error::NoPrivateLinkHost { geo, edition });
        }
        if self.global_private_link && !edition.has_global_private_link() {
            return Err(Error::NoGlobalHost {
                endpoint: Endpoint::PrivateLink,
                edition,
            });
        }
        for row in &facts::ROWS {
            if self.needs(row) && !row.endpoint.is_in(edition) {
                return Err(Error::EndpointNotInEdition {
                    endpoint: row.endpoint,
                    edition,
                });
            }
        }
        if let Some(listeners) = &self.listeners {
            check_listeners(listeners)?;
        }
        for given in [&self.control_plane, &self.telemetry].into_iter().flatten() {
            given.check(geo, self.cp_prefix.as_ref(), private_link)?;
        }

        let global_mesh = mesh == Some(Mesh::Global);
        let mut hosts = Vec::new();
        let mut spans = [(0, 0); Endpoint::COUNT];
        for row in &facts::ROWS {
            let included = match row.inclusion {
                Inclusion::Always => true,
                Inclusion::UnlessPrivateLink => !private_link,
                Inclusion::WithPrivateLink => private_link || self.global_private_link,
            };
            if !included || !self.needs(row) || !row.endpoint.is_in(edition) {
                continue;
            }
            let start = hosts.len();
            let given = match row.endpoint {
                Endpoint::ControlPlane => self.control_plane.as_ref(),
                Endpoint::Telemetry => self.telemetry.as_ref(),
                _ => None,
            }
            .and_then(|given| given.host.clone());
            if let Some(host) = given {
                hosts.push((row.endpoint, host));
            } else {
                for spelling in row.spellings {
                    if !spelling.is_written_in(edition) {
                        continue;
                    }
                    // Which of the region's hosts: the geo's own (`false`)
                    // or the global one (`true`).
                    let regions: &[bool] = match spelling.region {
                        RegionLabel::None | RegionLabel::Geo => &[false],
                        RegionLabel::MeshScope => {
                            if global_mesh {
                                &[true]
                            } else {
                                &[false]
                            }
                        }
                        RegionLabel::PrivateLink => {
                            match (private_link, self.global_private_link) {
                                (true, true) => &[false, true],
                                (true, false) => &[false],
                                (false, true) => &[true],
                                (false, false) => &[],
                            }
                        }
                    };
                    for &global in regions {
                        for identifier in self.identifiers(spelling.identifier) {
                            let name = spelling.write(Some(identifier), geo, global);
                            hosts.push((row.endpoint, Host::new(&name)?));
                        }
                    }
                }
            }
            if let Some(span) = spans.get_mut(row.endpoint.index()) {
                *span = (start, hosts.len());
            }
        }
        // The audit logging ports, then the listeners of API Gateway data
        // planes.
        let mut ports: Vec<Rule<'static>> = Port::ALL
            .iter()
            .filter(|port| {
                **port != Port::Cluster && !port.is_customizable() && port.is_in(edition)
            })
            .flat_map(|port| {
                port.transports()
                    .iter()
                    .map(|protocol| Rule::to_port(*port, *protocol))
            })
            .collect();
        if self.wants(Product::ApiGateway) {
            let listeners = self.listeners.as_deref().unwrap_or(&Listener::DEFAULT);
            ports.extend(
                listeners
                    .iter()
                    .map(|listener| Rule::to_listener(*listener)),
            );
        }
        Ok(Requirements::resolved(
            Inputs { mesh, ..self },
            hosts,
            spans,
            ports,
        ))
    }

    /// The values a spelling's identifier takes: those given, or `*` for
    /// any; one empty value for a spelling without an identifier.
    fn identifiers(&self, kind: Option<IdentifierKind>) -> Vec<&str> {
        let given: Vec<&str> = match kind {
            None => return vec![""],
            Some(IdentifierKind::CpPrefix) => self.cp_prefix.iter().map(CpPrefix::as_str).collect(),
            Some(IdentifierKind::PortalId) => self.portal_id.iter().map(PortalId::as_str).collect(),
            Some(IdentifierKind::AuthServerId) => self
                .auth_server_ids
                .iter()
                .map(AuthServerId::as_str)
                .collect(),
        };
        if given.is_empty() { vec!["*"] } else { given }
    }
}

/// Refuses listeners Kong would refuse or that clash: a port and
/// transport given twice, or no HTTP or HTTPS proxy listener.
fn check_listeners(listeners: &[Listener]) -> Result<(), Error> {
    for (at, listener) in listeners.iter().enumerate() {
        let clash = listeners.iter().skip(at.saturating_add(1)).any(|other| {
            (other.port(), other.protocol()) == (listener.port(), listener.protocol())
        });
        if clash {
            return Err(Error::DuplicateListener {
                port: listener.port(),
                protocol: listener.protocol(),
            });
        }
    }
    let proxy = listeners
        .iter()
        .any(|listener| matches!(listener.kind(), ListenerKind::Http | ListenerKind::Https));
    if proxy {
        Ok(())
    } else {
        Err(Error::NoProxyListener)
    }
}
