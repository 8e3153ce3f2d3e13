//! The builder of [`Requirements`]: one setter per input, each checked at
//! once; the first invalid input is kept for `build()`.

use super::Inputs;
use super::given::{Given, Role};
use super::inference::EditionInferred;
use super::inputs::product_set;
use crate::first_error::FirstError;
use crate::{
    AuthServerId, CpPrefix, Edition, Error, Geo, Listener, Mesh, PortalId, Product, Requirements,
};

/// Resolves [`Requirements`]; made by [`Requirements::builder`] (or its
/// other name [`Requirements::for_geo`]), [`Requirements::to_builder`] or
/// [`Requirements::from_control_plane_endpoint`].
///
/// Takes `self` by value so calls chain; an invalid input is kept and
/// reported by [`build`](Self::build), the first one if there are several.
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until `build()` is called"]
pub struct RequirementsBuilder {
    pub(super) inputs: Inputs,
    pub(super) error: FirstError,
}

impl RequirementsBuilder {
    /// Sets the control plane DNS prefix (`a1b2c3d4e5`); without one, the
    /// control plane and telemetry hosts are wildcards.
    pub fn with_cp_prefix(mut self, prefix: impl AsRef<str>) -> Self {
        match CpPrefix::new(prefix.as_ref()) {
            Ok(prefix) => self.inputs.cp_prefix = Some(prefix),
            Err(error) => self.fail(error),
        }
        self
    }

    /// Sets the portal ID (`d6a3e6b6bc64`); without one, the Dev Portal host
    /// is a wildcard.
    pub fn with_portal_id(mut self, portal_id: impl AsRef<str>) -> Self {
        match PortalId::new(portal_id.as_ref()) {
            Ok(portal_id) => self.inputs.portal_id = Some(portal_id),
            Err(error) => self.fail(error),
        }
        self
    }

    /// Chooses the edition of the page to follow (default
    /// [`Edition::Apr2025`]).
    pub fn with_edition(mut self, edition: Edition) -> Self {
        self.inputs.edition = edition;
        self.inputs.edition_inferred = EditionInferred(false);
        self
    }

    /// Chooses the products to cover, replacing the earlier choice (the
    /// default, [`Product::DEFAULT`], or products added by the calls
    /// below); the rules then hold the hosts those products need, the
    /// shared hosts (`cloud.konghq.com`, `global.api.konghq.com`) and the
    /// audit logging ports, and the proxy listeners with
    /// [`Product::ApiGateway`]. [`build`](Self::build) fails where the
    /// edition does not list a chosen product's hosts (Event Gateway and
    /// Kong Identity before [`Edition::Aug2026`]), and when no product is
    /// chosen ([`ErrorKind::NothingToAllow`](crate::ErrorKind::NothingToAllow):
    /// every export of nothing would be empty or broken).
    ///
    /// ```
    /// use konnect_netreq::{Geo, Product, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Eu)
    ///     .with_products([Product::Mesh])
    ///     .build()?;
    /// let rules: Vec<String> = req.rules().map(|rule| rule.to_string()).collect();
    /// assert_eq!(rules, [
    ///     "cloud.konghq.com:443/tcp",
    ///     "global.api.konghq.com:443/tcp",
    ///     "eu.mesh.sync.konghq.com:443/tcp",
    ///     "8071/tcp",
    ///     "8071/udp",
    /// ]);
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn with_products(mut self, products: impl IntoIterator<Item = Product>) -> Self {
        self.inputs.products = product_set(products);
        self
    }

    /// Adds one product to those chosen.
    pub fn with_product(mut self, product: Product) -> Self {
        if let Some(slot) = self.inputs.products.get_mut(product.index()) {
            *slot = true;
        }
        self
    }

    /// Adds [`Product::Mesh`] with a Mesh Manager sync host: the geo's own
    /// or the global one. [`build`](Self::build) fails where the edition
    /// lists no regional host for the geo (`me` in [`Edition::Apr2025`]) or
    /// no global host ([`Edition::Aug2026`]). Replaces an earlier choice;
    /// [`Product::Mesh`] alone means the geo's own host.
    pub fn with_mesh(mut self, mesh: Mesh) -> Self {
        self.inputs.mesh = Some(mesh);
        self.with_product(Product::Mesh)
    }

    /// Adds [`Product::EventGateway`]: the Event Gateway control plane and
    /// telemetry hosts; [`build`](Self::build) fails for editions before
    /// [`Edition::Aug2026`].
    pub fn with_event_gateway(self) -> Self {
        self.with_product(Product::EventGateway)
    }

    /// Adds [`Product::Identity`]: the region's host
    /// (`eu.identity.konghq.com`) and the auth servers' issuer hosts, each
    /// given with [`with_auth_server_id`](Self::with_auth_server_id) or, if
    /// none is, the one-label wildcard `*.eu.identity.konghq.com`.
    /// [`build`](Self::build) fails for editions before [`Edition::Aug2026`].
    pub fn with_identity(self) -> Self {
        self.with_product(Product::Identity)
    }

    /// Adds a Kong Identity auth server by its ID (`k7sbq2n8x4tdlmwz`), whose
    /// issuer host `k7sbq2n8x4tdlmwz.eu.identity.konghq.com` data plane
    /// plugins call; turns [`with_identity`](Self::with_identity) on. Call
    /// it once per auth server; an ID given twice is kept once.
    pub fn with_auth_server_id(mut self, id: impl AsRef<str>) -> Self {
        // Kept once each when built (a lookup per call here would make
        // many IDs cost quadratic time).
        match AuthServerId::new(id.as_ref()) {
            Ok(id) => self.inputs.auth_server_ids.push(id),
            Err(error) => self.fail(error),
        }
        self.with_identity()
    }

    /// Adds [`Product::IngressController`]: the Kong Ingress Controller API
    /// host (`eu.kic.api.konghq.com`).
    pub fn with_ingress_controller(self) -> Self {
        self.with_product(Product::IngressController)
    }

    /// Reaches the control plane over AWS PrivateLink: the control plane and
    /// telemetry hosts give way to the geo's PrivateLink host
    /// (`eu.svc.konghq.com`, `ap.svc.konghq.com` for Australia).
    /// [`build`](Self::build) fails where the edition's PrivateLink guide
    /// lists no host for the geo ([`Edition::private_link_geos`]).
    pub fn with_private_link(mut self) -> Self {
        self.inputs.private_link = true;
        self
    }

    /// Sets the data plane's listeners, replacing Kong's defaults (HTTP on
    /// 8000, HTTPS on 8443, [`Listener::DEFAULT`]) and any earlier call:
    /// the inbound rules follow them, and so do `proxy_listen` and
    /// `stream_listen` in the [data plane configuration](Requirements::data_plane_config).
    /// Listener rules come with [`Product::ApiGateway`].
    /// [`build`](Self::build) fails with [`ErrorKind::DuplicateListener`](crate::ErrorKind::DuplicateListener) when
    /// two listeners share a port and transport, and with
    /// [`ErrorKind::NoProxyListener`](crate::ErrorKind::NoProxyListener) without an HTTP or HTTPS listener.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Listener, Requirements};
    ///
    /// let listeners: Vec<Listener> = ["http:80", "https:443", "udp:5353"]
    ///     .iter()
    ///     .map(|text| text.parse())
    ///     .collect::<Result<_, _>>()?;
    /// let req = Requirements::for_geo(Geo::Eu).with_listeners(listeners).build()?;
    /// let ports: Vec<String> = req
    ///     .rules()
    ///     .filter(|rule| rule.listener().is_some())
    ///     .map(|rule| rule.to_string())
    ///     .collect();
    /// assert_eq!(ports, ["80/tcp", "443/tcp", "5353/udp"]);
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn with_listeners(mut self, listeners: impl IntoIterator<Item = Listener>) -> Self {
        self.inputs.listeners = Some(listeners.into_iter().collect());
        self
    }

    /// Adds the global AWS PrivateLink host `global.svc.konghq.com`, which
    /// Kong's PrivateLink guide lists as GLOBAL from [`Edition::Aug2026`]
    /// on. It adds a rule and replaces none: the control plane and
    /// telemetry hosts give way only to the geo's own PrivateLink host
    /// ([`with_private_link`](Self::with_private_link)). [`build`](Self::build)
    /// fails in editions without the global host.
    ///
    /// ```
    /// use konnect_netreq::{Edition, Endpoint, Geo, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Eu)
    ///     .with_edition(Edition::Aug2026)
    ///     .with_private_link()
    ///     .with_global_private_link()
    ///     .build()?;
    /// let links: Vec<&str> = req
    ///     .hosts()
    ///     .filter(|(endpoint, _)| *endpoint == Endpoint::PrivateLink)
    ///     .map(|(_, host)| host.as_str())
    ///     .collect();
    /// assert_eq!(links, ["eu.svc.konghq.com", "global.svc.konghq.com"]);
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn with_global_private_link(mut self) -> Self {
        self.inputs.global_private_link = true;
        self
    }

    /// Takes the telemetry address the Konnect API returns with the control
    /// plane (`telemetry_endpoint`, e.g. `https://9e0353434a.us.tp0.konghq.com`),
    /// in the forms [`Requirements::from_control_plane_endpoint`] takes
    /// (URL, `host:443`, bare host, PrivateLink `us.svc.konghq.com:443/tp/PREFIX`).
    /// The telemetry rule then uses exactly that host, whatever the
    /// edition writes: the API may pair a `cp` control plane with a `tp0`
    /// telemetry host.
    ///
    /// ```
    /// use konnect_netreq::{Endpoint, Requirements};
    ///
    /// let req = Requirements::from_control_plane_endpoint("https://9e0353434a.us.cp.konghq.com")?
    ///     .with_telemetry_endpoint("https://9e0353434a.us.tp0.konghq.com")
    ///     .build()?;
    /// assert_eq!(req.host(Endpoint::Telemetry).unwrap().as_str(), "9e0353434a.us.tp0.konghq.com");
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    ///
    /// [`build`](Self::build) fails unless it is a telemetry host of the
    /// same control plane DNS prefix and geo, and a PrivateLink form exactly
    /// when PrivateLink is chosen.
    pub fn with_telemetry_endpoint(mut self, input: impl AsRef<str>) -> Self {
        match Given::parse(input.as_ref(), Role::Telemetry) {
            Ok(given) => self.inputs.telemetry = Some(given),
            Err(error) => self.fail(error),
        }
        self
    }

    /// Takes the control plane address the Konnect API returns
    /// (`control_plane_endpoint`), in the forms
    /// [`Requirements::from_control_plane_endpoint`] takes; the control plane
    /// rule then keeps the host as given. Unlike that function it leaves
    /// the geo and edition alone; it sets the control plane DNS prefix if
    /// none is set yet, and a PrivateLink form turns
    /// [PrivateLink](Self::with_private_link) on. [`build`](Self::build)
    /// fails unless the address belongs to the builder's geo and control
    /// plane DNS prefix, and is a PrivateLink form exactly when PrivateLink
    /// is chosen.
    ///
    /// ```
    /// use konnect_netreq::{Endpoint, Geo, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Us)
    ///     .with_cp_prefix("9e0353434a")
    ///     .with_control_plane_endpoint("https://9e0353434a.us.cp0.konghq.com")
    ///     .build()?;
    /// assert_eq!(req.host(Endpoint::ControlPlane).unwrap(), "9e0353434a.us.cp0.konghq.com");
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn with_control_plane_endpoint(mut self, input: impl AsRef<str>) -> Self {
        match Given::parse(input.as_ref(), Role::ControlPlane) {
            Ok(given) => {
                if self.inputs.cp_prefix.is_none() {
                    self.inputs.cp_prefix = Some(given.prefix);
                }
                let private_link = given.host.is_none();
                self.inputs.control_plane = Some(given);
                if private_link {
                    return self.with_private_link();
                }
            }
            Err(error) => self.fail(error),
        }
        self
    }

    /// Starts the inputs of `geo`.
    pub(super) fn new(geo: Geo) -> Self {
        RequirementsBuilder {
            inputs: Inputs::new(geo),
            error: FirstError::default(),
        }
    }

    /// The geo being resolved.
    pub(crate) const fn geo(&self) -> Geo {
        self.inputs.geo
    }

    /// A builder whose `build` reports `error`.
    pub(crate) fn failed(error: Error) -> Self {
        RequirementsBuilder {
            inputs: Inputs::new(Geo::Eu),
            error: FirstError::from(error),
        }
    }

    fn fail(&mut self, error: Error) {
        self.error.record(error);
    }

    /// Resolves every host, or reports the first invalid input.
    ///
    /// # Errors
    ///
    /// The first invalid input given to the builder; then
    /// [`ErrorKind::GeoNotInEdition`](crate::ErrorKind::GeoNotInEdition), [`ErrorKind::NoMeshSyncHost`](crate::ErrorKind::NoMeshSyncHost) or
    /// [`ErrorKind::EndpointNotInEdition`](crate::ErrorKind::EndpointNotInEdition) where the edition does not list what
    /// was asked for, and [`ErrorKind::InvalidControlPlaneEndpoint`](crate::ErrorKind::InvalidControlPlaneEndpoint) or
    /// [`ErrorKind::InvalidTelemetryEndpoint`](crate::ErrorKind::InvalidTelemetryEndpoint) where a given address does not
    /// belong to the geo and control plane DNS prefix.
    pub fn build(self) -> Result<Requirements, Error> {
        self.error.check()?;
        self.inputs.resolve()
    }
}
