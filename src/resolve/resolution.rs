//! Resolution: from the inputs to every host and port-only rule, in rule
//! order. What reads the facts table is in [`hosts`](super::hosts).

use super::Inputs;
use super::hosts::{self, HostChoice};
use crate::facts::{FACTS, IdentifierKind};
use crate::{
    AuthServerId, CpPrefix, Edition, Endpoint, Error, Listener, ListenerKind, Mesh, Port, PortalId,
    Product, Requirements, Rule,
};

impl Inputs {
    /// Resolves every host and port-only rule; see
    /// [`RequirementsBuilder::build`](crate::RequirementsBuilder::build)
    /// for the errors.
    pub(super) fn resolve(mut self) -> Result<Requirements, Error> {
        // Each ID once, in the order first given: one hash lookup each, so
        // many IDs cost linear time.
        let mut seen = std::collections::HashSet::with_capacity(self.auth_server_ids.len());
        self.auth_server_ids.retain(|id| seen.insert(*id));
        let Inputs { geo, edition, .. } = self;
        if !self.products.contains(&true) {
            return Err(Error::nothing_to_allow(
                "no product is chosen",
                "at least one product (leave the product list out for the default, api-gateway \
                 and dev-portal)",
            ));
        }
        if !geo.is_in(edition) {
            return Err(Error::geo_not_in_edition(
                geo.as_str(),
                edition.as_str(),
                geo.since().as_str(),
            ));
        }
        // Mesh Manager alone means the geo's own sync host.
        let mesh = self
            .wants(Product::Mesh)
            .then_some(self.mesh.unwrap_or(Mesh::Regional));
        if mesh == Some(Mesh::Regional) && !edition.mesh_geos().contains(&geo) {
            return Err(Error::no_mesh_sync_host(
                geo.as_str(),
                edition.as_str(),
                edition.mesh_geos(),
                edition.has_global_mesh_sync(),
            ));
        }
        if mesh == Some(Mesh::Global) && !edition.has_global_mesh_sync() {
            return Err(no_global_host(Endpoint::MeshSync, edition));
        }
        // The geo's own PrivateLink host, as opposed to the global one.
        let private_link = self.private_link;
        if private_link && !edition.private_link_geos().contains(&geo) {
            return Err(Error::no_private_link_host(
                geo.as_str(),
                edition.as_str(),
                edition.private_link_geos(),
            ));
        }
        if self.global_private_link && !edition.has_global_private_link() {
            return Err(no_global_host(Endpoint::PrivateLink, edition));
        }
        let wants = |product: Product| self.wants(product);
        if let Some(endpoint) = hosts::first_missing(&FACTS, edition.place(), &wants) {
            return Err(Error::endpoint_not_in_edition(
                endpoint.as_str(),
                edition.as_str(),
                endpoint.since().as_str(),
            ));
        }
        if let Some(listeners) = &self.listeners {
            check_listeners(listeners)?;
        }
        for given in [&self.control_plane, &self.telemetry].into_iter().flatten() {
            given.check(geo, self.cp_prefix.as_ref(), private_link)?;
        }

        let identifiers = |kind: IdentifierKind| self.identifiers(kind);
        let given = |endpoint: Endpoint| {
            match endpoint {
                Endpoint::ControlPlane => self.control_plane.as_ref(),
                Endpoint::Telemetry => self.telemetry.as_ref(),
                _ => None,
            }
            .and_then(|given| given.host.clone())
        };
        // A control plane host given without its telemetry address: the
        // telemetry host the Konnect API pairs with it too.
        let also = |endpoint: Endpoint| match (endpoint, &self.control_plane, &self.telemetry) {
            (Endpoint::Telemetry, Some(control_plane), None) => {
                let prefix = self.cp_prefix.as_ref()?;
                super::inference::api_telemetry(control_plane, prefix.as_str(), geo)
            }
            _ => None,
        };
        let choice = HostChoice {
            geo,
            wants: &wants,
            identifiers: &identifiers,
            given: &given,
            also: &also,
            private_link,
            global_private_link: self.global_private_link,
            global_mesh: mesh == Some(Mesh::Global),
        };
        let (hosts, spans) = hosts::write_hosts(&FACTS, edition.place(), &choice)?;
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

    /// The values an identifier takes: those given, or `*` for any.
    fn identifiers(&self, kind: IdentifierKind) -> Vec<&str> {
        let given: Vec<&str> = match kind {
            IdentifierKind::CpPrefix => self.cp_prefix.iter().map(CpPrefix::as_str).collect(),
            IdentifierKind::PortalId => self.portal_id.iter().map(PortalId::as_str).collect(),
            IdentifierKind::AuthServerId => self
                .auth_server_ids
                .iter()
                .map(AuthServerId::as_str)
                .collect(),
            // Kong-hosted gateways' hosts are never written.
            IdentifierKind::CloudGateway | IdentifierKind::ServerlessV0 => Vec::new(),
        };
        if given.is_empty() { vec!["*"] } else { given }
    }
}

/// Refuses listeners Kong would refuse or that clash: a port and
/// transport given twice, or no HTTP or HTTPS proxy listener.
fn check_listeners(listeners: &[Listener]) -> Result<(), Error> {
    // The first listener whose port and transport an earlier one has.
    let mut seen = std::collections::HashSet::with_capacity(listeners.len());
    for listener in listeners {
        if !seen.insert((listener.port(), listener.protocol())) {
            return Err(Error::duplicate_listener(
                listener.port(),
                listener.protocol().as_str(),
            ));
        }
    }
    let proxy = listeners
        .iter()
        .any(|listener| matches!(listener.kind(), ListenerKind::Http | ListenerKind::Https));
    if proxy {
        Ok(())
    } else {
        Err(Error::no_proxy_listener())
    }
}

/// The edition lists no global host of `endpoint`: the message names the
/// editions that do.
fn no_global_host(endpoint: Endpoint, edition: Edition) -> Error {
    Error::no_global_host(
        endpoint.as_str(),
        edition.as_str(),
        &crate::facts::global_editions(endpoint),
    )
}
