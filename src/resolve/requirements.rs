//! The resolved requirements of one geo, and the builder that resolves them.

use crate::classify;
use crate::error::EndpointProblem;
use crate::facts::{EditionSet, FACTS, IdentifierKind};
use crate::recognize::address::{Address, AddressProblem};
use crate::recognize::host_index::HostIndex;
use crate::resolve::hosts::{self, HostChoice};
use crate::{
    AuthServerId, CpPrefix, Edition, Endpoint, Error, Geo, Host, Listener, ListenerKind, Mesh,
    Port, PortalId, Product, Protocol, Rule,
};

/// Everything a network must allow for Konnect in one geo: hostnames on
/// 443/TCP plus the port-only rules (audit logging, data plane listeners).
///
/// Built with [`Requirements::for_geo`]. An identifier that is not given
/// stands for any: the control plane, telemetry and Dev Portal hosts then
/// become one-label wildcards (`*.eu.cp0.konghq.com`).
///
/// ```
/// use konnect_netreq::{Endpoint, Geo, Protocol, Requirements};
///
/// let req = Requirements::for_geo(Geo::Eu)
///     .with_cp_prefix("a1b2c3d4e5")
///     .with_portal_id("d6a3e6b6bc64")
///     .build()?;
/// assert!(req.is_concrete());
/// assert_eq!(
///     req.host(Endpoint::Telemetry).map(|host| host.as_str()),
///     Some("a1b2c3d4e5.eu.tp0.konghq.com"),
/// );
/// assert!(req.allows("A1B2C3D4E5.eu.cp0.konghq.com.", 443, Protocol::Tcp));
/// assert!(!req.allows("a1b2c3d4e5.eu.cp0.konghq.com", 8443, Protocol::Tcp));
/// for rule in req.rules() {
///     println!("{rule}");
/// }
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirements {
    geo: Geo,
    edition: Edition,
    cp_prefix: Option<CpPrefix>,
    portal_id: Option<PortalId>,
    auth_server_ids: Vec<AuthServerId>,
    mesh: Option<Mesh>,
    /// The products covered, indexed by [`Product::index`].
    products: [bool; Product::COUNT],
    /// Whether the control plane is reached over the geo's PrivateLink host.
    private_link: bool,
    /// Whether the global PrivateLink host was asked for.
    global_private_link: bool,
    /// Every host, in rule order: by endpoint, then by spelling.
    hosts: Vec<(Endpoint, Host)>,
    /// `hosts` indexed for [`Requirements::allows`].
    index: HostIndex,
    /// Where each endpoint's hosts stand in `hosts`, indexed by
    /// [`Endpoint::index`].
    spans: [(usize, usize); Endpoint::COUNT],
    /// The listeners given with `with_listeners`; `None` for Kong's
    /// defaults.
    listeners: Option<Vec<Listener>>,
    /// The port-only rules, in rule order.
    ports: Vec<Rule<'static>>,
    /// The control plane address given, if any, in its plain form (see
    /// [`Given::plain`]), so that spellings of one address compare equal.
    control_plane: Option<String>,
    /// The telemetry address given, if any, in its plain form.
    telemetry: Option<String>,
}

impl Requirements {
    /// Starts resolving the requirements of `geo`.
    pub fn for_geo(geo: Geo) -> RequirementsBuilder {
        RequirementsBuilder {
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
            error: None,
        }
    }

    /// Starts from what names a control plane: the Konnect API's
    /// `control_plane_endpoint` (`https://36fc5d01be.us.cp0.konghq.com`), a
    /// kong.conf `cluster_control_plane` value
    /// (`36fc5d01be.us.cp.konghq.com:443`), the bare hostname, or the
    /// PrivateLink form `us.svc.konghq.com/cp/36fc5d01be` (optionally with
    /// `:443`), which turns [PrivateLink](RequirementsBuilder::with_private_link)
    /// on. Geo, prefix and edition (`cp0` is [`Edition::Apr2025`], `cp` is
    /// [`Edition::Aug2026`]) come from the hostname, and the control plane
    /// rule keeps the host as given.
    ///
    /// ```
    /// use konnect_netreq::{Edition, Endpoint, Geo, Requirements};
    ///
    /// let req = Requirements::from_control_plane_endpoint("36fc5d01be.us.cp.konghq.com:443")?
    ///     .build()?;
    /// assert_eq!((req.geo(), req.edition()), (Geo::Us, Edition::Aug2026));
    /// assert_eq!(req.cp_prefix().map(|p| p.as_str()), Some("36fc5d01be"));
    ///
    /// let link = Requirements::from_control_plane_endpoint("ap.svc.konghq.com/cp/36fc5d01be")?
    ///     .build()?;
    /// assert_eq!(link.geo(), Geo::Au);
    /// assert_eq!(link.host(Endpoint::PrivateLink).unwrap().as_str(), "ap.svc.konghq.com");
    ///
    /// let err = Requirements::from_control_plane_endpoint("http://36fc5d01be.us.cp0.konghq.com");
    /// assert_eq!(
    ///     err.unwrap_err().to_string(),
    ///     "invalid control plane endpoint \"http://36fc5d01be.us.cp0.konghq.com\": \
    ///      scheme \"http\" is not https; expected https://PREFIX.GEO.cp0.konghq.com, \
    ///      PREFIX.GEO.cp.konghq.com:443, GEO.svc.konghq.com/cp/PREFIX or the bare hostname",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidControlPlaneEndpoint`](crate::ErrorKind::InvalidControlPlaneEndpoint)
    /// for anything else: another scheme than `https`, another port than 443, user
    /// information (never quoted back), a path (but PrivateLink's), query or
    /// fragment, or a host that is not a control plane or PrivateLink hostname.
    pub fn from_control_plane_endpoint(
        input: impl AsRef<str>,
    ) -> Result<RequirementsBuilder, Error> {
        Given::parse(input.as_ref(), Role::ControlPlane)?.into_builder()
    }

    /// Like [`from_control_plane_endpoint`](Self::from_control_plane_endpoint),
    /// for a URL that is already parsed: it must be `https`, on port 443,
    /// without user information, path (but PrivateLink's `/cp/PREFIX`),
    /// query or fragment.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    /// use url::Url;
    ///
    /// let url = Url::parse("https://36fc5d01be.eu.cp0.konghq.com").unwrap();
    /// let req = Requirements::from_control_plane_url(&url)?.build()?;
    /// assert_eq!(req.geo(), Geo::Eu);
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`from_control_plane_endpoint`](Self::from_control_plane_endpoint).
    #[cfg(feature = "url")]
    #[cfg_attr(docsrs, doc(cfg(feature = "url")))]
    pub fn from_control_plane_url(url: &url::Url) -> Result<RequirementsBuilder, Error> {
        // One policy whatever the input type: the URL's text goes through
        // the same checks as a string. (The url crate has already decoded
        // what it normalizes, such as `%2e` or full-width letters, so such
        // input is refused only in its string form.)
        Given::parse(url.as_str(), Role::ControlPlane)?.into_builder()
    }

    /// The geo.
    pub const fn geo(&self) -> Geo {
        self.geo
    }

    /// The edition of the page the hostnames follow.
    pub const fn edition(&self) -> Edition {
        self.edition
    }

    /// The control plane DNS prefix, if one was given.
    pub const fn cp_prefix(&self) -> Option<&CpPrefix> {
        self.cp_prefix.as_ref()
    }

    /// The portal ID, if one was given.
    pub const fn portal_id(&self) -> Option<&PortalId> {
        self.portal_id.as_ref()
    }

    /// The Kong Identity auth server IDs given, in the order given.
    pub fn auth_server_ids(&self) -> &[AuthServerId] {
        &self.auth_server_ids
    }

    /// The Mesh Manager sync host chosen, if [`Product::Mesh`] is covered.
    pub const fn mesh(&self) -> Option<Mesh> {
        self.mesh
    }

    /// The data plane's listeners: those given with
    /// [`with_listeners`](RequirementsBuilder::with_listeners), or Kong's
    /// defaults.
    pub fn listeners(&self) -> &[Listener] {
        self.listeners.as_deref().unwrap_or(&Listener::DEFAULT)
    }

    /// Whether the listeners were given rather than Kong's defaults.
    pub(crate) const fn has_own_listeners(&self) -> bool {
        self.listeners.is_some()
    }

    /// The products covered, in [`Product::ALL`] order.
    pub fn products(&self) -> impl Iterator<Item = Product> + '_ {
        Product::ALL
            .iter()
            .copied()
            .filter(|product| self.products.get(product.index()).copied().unwrap_or(false))
    }

    /// The geo's own PrivateLink host, if the control plane is reached
    /// over it (not the global one).
    pub(crate) fn private_link_host(&self) -> Option<&Host> {
        if self.private_link {
            self.host(Endpoint::PrivateLink)
        } else {
            None
        }
    }

    /// Whether the control plane is reached over AWS PrivateLink, and
    /// whether the global PrivateLink host was asked for.
    pub(crate) const fn private_link_choice(&self) -> (bool, bool) {
        (self.private_link, self.global_private_link)
    }

    /// The control plane and telemetry addresses given, in their plain form.
    pub(crate) fn given_endpoints(&self) -> (Option<&str>, Option<&str>) {
        (self.control_plane.as_deref(), self.telemetry.as_deref())
    }

    /// The first host of `endpoint`, or `None` if these requirements do
    /// not include it. Kong Identity can have several hosts (its region's
    /// and one per auth server); [`hosts`](Self::hosts) lists every one.
    pub fn host(&self, endpoint: Endpoint) -> Option<&Host> {
        self.hosts_of(endpoint).first().map(|(_, host)| host)
    }

    /// Every included host with its endpoint, in rule order
    /// ([`Endpoint::ALL`] order).
    pub fn hosts(&self) -> impl ExactSizeIterator<Item = (Endpoint, &Host)> + '_ {
        self.hosts.iter().map(|(endpoint, host)| (*endpoint, host))
    }

    /// The hosts of one endpoint, with it.
    fn hosts_of(&self, endpoint: Endpoint) -> &[(Endpoint, Host)] {
        let (start, end) = self
            .spans
            .get(endpoint.index())
            .copied()
            .unwrap_or_default();
        self.hosts.get(start..end).unwrap_or_default()
    }

    /// Whether no host is a wildcard, i.e. every identifier the included
    /// endpoints need was given.
    pub fn is_concrete(&self) -> bool {
        self.hosts().all(|(_, host)| !host.is_wildcard())
    }

    /// Every rule: first one per host (443/TCP, in [`Endpoint::ALL`] order),
    /// then the port-only rules of the edition (audit logging over TCP and
    /// UDP, the data plane's proxy listeners). Allocates nothing.
    pub fn rules(&self) -> impl ExactSizeIterator<Item = Rule<'_>> + '_ {
        self.into_iter()
    }

    /// Whether a connection to `host` on `port` over `protocol` is one of
    /// these requirements' host rules. ASCII case is ignored, one trailing
    /// dot is accepted and a wildcard stands for exactly one label.
    /// Port-only rules name no host and so never match.
    ///
    /// The cost does not grow with the number of rules: the hosts are
    /// kept in a hash table built once by `build()`, and a hostname is
    /// looked up there (and, if some hosts are wildcards, once more per
    /// length of their bases). Never allocates.
    #[inline]
    pub fn allows(&self, host: &str, port: u16, protocol: Protocol) -> bool {
        // Every host of the rules classifies to the endpoint it is listed
        // for, and so does a wildcard's base behind any valid label, so the
        // index alone settles it: `tests/it/allows_cases.rs` compares it
        // with classifying first over every combination of options.
        self.index.allows(host, port, protocol)
    }
}

/// `for rule in &req`: the same as [`Requirements::rules`].
impl<'a> IntoIterator for &'a Requirements {
    type Item = Rule<'a>;
    type IntoIter = RuleIter<'a>;

    fn into_iter(self) -> RuleIter<'a> {
        RuleIter {
            hosts: self.hosts.iter(),
            ports: self.ports.iter(),
        }
    }
}

/// The iterator behind [`Requirements::rules`]: the host rules, then the
/// port-only rules.
#[derive(Debug, Clone)]
pub struct RuleIter<'a> {
    hosts: std::slice::Iter<'a, (Endpoint, Host)>,
    ports: std::slice::Iter<'a, Rule<'static>>,
}

impl<'a> Iterator for RuleIter<'a> {
    type Item = Rule<'a>;

    fn next(&mut self) -> Option<Rule<'a>> {
        match self.hosts.next() {
            Some((endpoint, host)) => Some(Rule::to_host(*endpoint, host)),
            None => self.ports.next().copied(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.hosts.len().saturating_add(self.ports.len());
        (len, Some(len))
    }
}

impl ExactSizeIterator for RuleIter<'_> {}

impl std::iter::FusedIterator for RuleIter<'_> {}

/// Resolves [`Requirements`]; made by [`Requirements::for_geo`].
///
/// Takes `self` by value so calls chain; an invalid input is kept and
/// reported by [`build`](Self::build), the first one if there are several.
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until `build()` is called"]
pub struct RequirementsBuilder {
    geo: Geo,
    edition: Edition,
    cp_prefix: Option<CpPrefix>,
    portal_id: Option<PortalId>,
    auth_server_ids: Vec<AuthServerId>,
    mesh: Option<Mesh>,
    /// The products chosen, indexed by [`Product::index`].
    products: [bool; Product::COUNT],
    /// Whether the control plane is reached over the geo's PrivateLink host.
    private_link: bool,
    /// Whether `global.svc.konghq.com` is added.
    global_private_link: bool,
    /// The data plane's listeners; `None` for Kong's defaults.
    listeners: Option<Vec<Listener>>,
    /// The control plane address the builder was made from.
    control_plane: Option<Given>,
    /// The telemetry address given with `with_telemetry_endpoint`.
    telemetry: Option<Given>,
    /// Boxed, so the builder that every call moves stays small.
    error: Option<Box<Error>>,
}

impl RequirementsBuilder {
    /// Sets the control plane DNS prefix (`a1b2c3d4e5`); without one, the
    /// control plane and telemetry hosts are wildcards.
    pub fn with_cp_prefix(mut self, prefix: impl AsRef<str>) -> Self {
        match CpPrefix::new(prefix.as_ref()) {
            Ok(prefix) => self.cp_prefix = Some(prefix),
            Err(error) => self.fail(error),
        }
        self
    }

    /// Sets the portal ID (`d6a3e6b6bc64`); without one, the Dev Portal host
    /// is a wildcard.
    pub fn with_portal_id(mut self, portal_id: impl AsRef<str>) -> Self {
        match PortalId::new(portal_id.as_ref()) {
            Ok(portal_id) => self.portal_id = Some(portal_id),
            Err(error) => self.fail(error),
        }
        self
    }

    /// Chooses the edition of the page to follow (default
    /// [`Edition::Apr2025`]).
    pub fn with_edition(mut self, edition: Edition) -> Self {
        self.edition = edition;
        self
    }

    /// Chooses the products to cover, replacing the earlier choice (the
    /// default, [`Product::DEFAULT`], or products added by the calls
    /// below); the rules then hold the hosts those products need, the
    /// shared hosts (`cloud.konghq.com`, `global.api.konghq.com`) and the
    /// audit logging ports, and the proxy listeners with
    /// [`Product::ApiGateway`]. [`build`](Self::build) fails where the
    /// edition does not list a chosen product's hosts (Event Gateway and
    /// Kong Identity before [`Edition::Aug2026`]).
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
        self.products = product_set(products);
        self
    }

    /// Adds one product to those chosen.
    pub fn with_product(mut self, product: Product) -> Self {
        if let Some(slot) = self.products.get_mut(product.index()) {
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
        self.mesh = Some(mesh);
        self.with_product(Product::Mesh)
    }

    /// Shorthand for [`with_mesh(Mesh::Regional)`](Self::with_mesh): the
    /// geo's own sync host (`eu.mesh.sync.konghq.com`).
    pub fn with_mesh_manager(self) -> Self {
        self.with_mesh(Mesh::Regional)
    }

    /// Shorthand for [`with_mesh(Mesh::Global)`](Self::with_mesh): the
    /// global sync host (`global.mesh.sync.konghq.com`, Apr2025 only).
    pub fn with_global_mesh_manager(self) -> Self {
        self.with_mesh(Mesh::Global)
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
        match AuthServerId::new(id.as_ref()) {
            Ok(id) if !self.auth_server_ids.contains(&id) => self.auth_server_ids.push(id),
            Ok(_) => {}
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
        self.private_link = true;
        self
    }

    /// Sets the data plane's listeners, replacing Kong's defaults (HTTP on
    /// 8000, HTTPS on 8443, [`Listener::DEFAULT`]) and any earlier call:
    /// the inbound rules follow them, and so do `proxy_listen` and
    /// `stream_listen` in the [data plane configuration](Requirements::data_plane_config).
    /// Listener rules come with [`Product::ApiGateway`].
    /// [`build`](Self::build) fails with
    /// [`ErrorKind::DuplicateListener`](crate::ErrorKind::DuplicateListener) when
    /// two listeners share a port and transport, and with
    /// [`ErrorKind::NoProxyListener`](crate::ErrorKind::NoProxyListener) without an
    /// HTTP or HTTPS listener.
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
        self.listeners = Some(listeners.into_iter().collect());
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
        self.global_private_link = true;
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
            Ok(given) => self.telemetry = Some(given),
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
                if self.cp_prefix.is_none() {
                    self.cp_prefix = Some(given.prefix);
                }
                let private_link = given.host.is_none();
                self.control_plane = Some(given);
                if private_link {
                    return self.with_private_link();
                }
            }
            Err(error) => self.fail(error),
        }
        self
    }

    /// The geo being resolved.
    pub(crate) const fn geo(&self) -> Geo {
        self.geo
    }

    /// A builder whose `build` reports `error`.
    pub(crate) fn failed(error: Error) -> Self {
        let mut builder = Requirements::for_geo(Geo::Eu);
        builder.fail(error);
        builder
    }

    fn fail(&mut self, error: Error) {
        self.error.get_or_insert_with(|| Box::new(error));
    }

    fn wants(&self, product: Product) -> bool {
        self.products.get(product.index()).copied().unwrap_or(false)
    }

    /// Resolves every host, or reports the first invalid input.
    ///
    /// # Errors
    ///
    /// The first invalid input given to the builder; then
    /// [`ErrorKind::GeoNotInEdition`](crate::ErrorKind::GeoNotInEdition),
    /// [`ErrorKind::NoMeshSyncHost`](crate::ErrorKind::NoMeshSyncHost) or
    /// [`ErrorKind::EndpointNotInEdition`](crate::ErrorKind::EndpointNotInEdition)
    /// where the edition does not list what was asked for, and
    /// [`ErrorKind::InvalidControlPlaneEndpoint`](crate::ErrorKind::InvalidControlPlaneEndpoint) or
    /// [`ErrorKind::InvalidTelemetryEndpoint`](crate::ErrorKind::InvalidTelemetryEndpoint)
    /// where a given address does not belong to the geo and control plane DNS
    /// prefix.
    pub fn build(self) -> Result<Requirements, Error> {
        if let Some(error) = self.error {
            return Err(*error);
        }
        let RequirementsBuilder { geo, edition, .. } = self;
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
        let choice = HostChoice {
            geo,
            wants: &wants,
            identifiers: &identifiers,
            given: &given,
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
        let control_plane = self.control_plane.as_ref().map(Given::plain);
        let telemetry = self.telemetry.as_ref().map(Given::plain);
        Ok(Requirements {
            geo,
            edition,
            cp_prefix: self.cp_prefix,
            portal_id: self.portal_id,
            auth_server_ids: self.auth_server_ids,
            mesh,
            products: self.products,
            private_link,
            listeners: self.listeners,
            index: HostIndex::new(hosts.iter().map(|(_, host)| host)),
            hosts,
            spans,
            ports,
            global_private_link: self.global_private_link,
            control_plane,
            telemetry,
        })
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
        };
        if given.is_empty() { vec!["*"] } else { given }
    }
}

/// Which address a [`Given`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    ControlPlane,
    Telemetry,
}

impl Role {
    /// The endpoint a hostname of this role belongs to.
    const fn endpoint(self) -> Endpoint {
        match self {
            Role::ControlPlane => Endpoint::ControlPlane,
            Role::Telemetry => Endpoint::Telemetry,
        }
    }

    /// The path a PrivateLink address of this role starts with.
    const fn private_link_path(self) -> &'static str {
        match self {
            Role::ControlPlane => "/cp/",
            Role::Telemetry => "/tp/",
        }
    }

    /// What the role's error says, with `shown` quoted.
    pub(super) fn error(self, shown: &str, problem: EndpointProblem) -> Error {
        match self {
            Role::ControlPlane => Error::cp_endpoint(shown, problem, self.expected_forms()),
            Role::Telemetry => Error::tp_endpoint(shown, problem, self.expected_forms()),
        }
    }

    /// The role's name in an error that found another endpoint.
    const fn name(self) -> &'static str {
        match self {
            Role::ControlPlane => "control plane",
            Role::Telemetry => "telemetry endpoint",
        }
    }

    /// The address forms the role's error expects, from the table: the
    /// API's URL in the oldest spelling, kong.conf's `HOST:443` in the
    /// newest, the PrivateLink form as kong.conf writes it (the telemetry
    /// one with its port), and the bare hostname.
    fn expected_forms(self) -> String {
        let form = |endpoint: Endpoint, edition: Edition| {
            endpoint
                .template(edition)
                .unwrap_or(endpoint.as_str())
                .replace("CONTROL_PLANE_DNS_PREFIX", "PREFIX")
                .replace("{geo}", "GEO")
                .replace("{pl}", "GEO")
        };
        let private_link_port = match self {
            Role::ControlPlane => "",
            Role::Telemetry => ":443",
        };
        format!(
            "https://{}, {}:443, {}{private_link_port}{}PREFIX or the bare hostname",
            form(self.endpoint(), Edition::default()),
            form(self.endpoint(), Edition::LATEST),
            form(Endpoint::PrivateLink, Edition::LATEST),
            self.private_link_path(),
        )
    }
}

/// A control plane or telemetry address given by the user or the Konnect
/// API, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Given {
    role: Role,
    /// What errors quote.
    shown: String,
    geo: Geo,
    prefix: CpPrefix,
    /// The hostname; `None` for a PrivateLink address.
    host: Option<Host>,
    /// The hostname of either form: the host, or the PrivateLink host.
    name: Host,
    /// The endpoint of the host (control plane, telemetry or PrivateLink).
    endpoint: Endpoint,
    /// The editions whose builder writes the host this way.
    writers: EditionSet,
}

impl Given {
    fn parse(input: &str, role: Role) -> Result<Given, Error> {
        // User information could hold a password: refuse it first, and
        // never quote it back.
        if input.contains('@') {
            return Err(role.error(input, EndpointProblem::UserInfo));
        }
        let invalid = |problem: EndpointProblem| role.error(input, problem);
        if let Some((scheme, _)) = input.split_once("://") {
            if !scheme.eq_ignore_ascii_case("https") {
                return Err(invalid(scheme_problem(scheme)));
            }
        }
        let address = Address::split(input).map_err(|problem| {
            invalid(match problem {
                AddressProblem::SchemeWithoutSlashes => {
                    let scheme = input.split(':').next().unwrap_or_default();
                    EndpointProblem::SchemeWithoutSlashes(scheme.to_owned())
                }
                AddressProblem::UnknownScheme => {
                    scheme_problem(input.split("://").next().unwrap_or_default())
                }
                AddressProblem::AmbiguousAuthority => EndpointProblem::AmbiguousAuthority,
                AddressProblem::IpLiteral => EndpointProblem::NotKonnectHost,
            })
        })?;
        match address.port {
            None | Some("443") => {}
            // A port that is not a number may be a password whose `@host`
            // was forgotten (`https://kong:SECRET`): quoted redacted.
            Some(port) => {
                let shown = crate::redact::shown_port(port).to_owned();
                return Err(invalid(EndpointProblem::Port(shown)));
            }
        }
        if address.has_query_or_fragment {
            return Err(invalid(EndpointProblem::PathQueryOrFragment));
        }
        // A URL (the API's form) may end in one slash.
        let path = if address.scheme.is_some() && address.path == "/" {
            ""
        } else {
            address.path
        };
        Given::from_host(input, address.host, path, role)
    }

    /// Checks the host and path of an address; `shown` is what errors
    /// quote.
    fn from_host(shown: &str, host: &str, path: &str, role: Role) -> Result<Given, Error> {
        let invalid = |problem: EndpointProblem| role.error(shown, problem);
        let found = classify(host).ok_or_else(|| invalid(EndpointProblem::NotKonnectHost))?;
        let (endpoint, geo, identifier) = (found.endpoint(), found.geo(), found.identifier());
        let name = Host::new(found.host()).map_err(|_| invalid(EndpointProblem::NotKonnectHost))?;
        let (prefix, host) = if endpoint == Endpoint::PrivateLink {
            let Some(prefix) = path.strip_prefix(role.private_link_path()) else {
                return Err(invalid(EndpointProblem::MissingPrivateLinkPath(
                    role.private_link_path(),
                )));
            };
            (prefix, None)
        } else if endpoint == role.endpoint() {
            if !path.is_empty() {
                return Err(invalid(EndpointProblem::PathQueryOrFragment));
            }
            (identifier.unwrap_or_default(), Some(name.clone()))
        } else {
            return Err(invalid(EndpointProblem::WrongEndpoint {
                found: endpoint.as_str(),
                expected: role.name(),
            }));
        };
        let prefix =
            CpPrefix::new(prefix).map_err(|error| invalid(EndpointProblem::Prefix(error)))?;
        let Some(geo) = geo else {
            return Err(invalid(EndpointProblem::NoGeo));
        };
        let writers = FACTS.writers(endpoint, found.spelling());
        let endpoint_found = endpoint;
        Ok(Given {
            role,
            shown: shown.to_owned(),
            geo,
            prefix,
            host,
            name,
            endpoint: endpoint_found,
            writers,
        })
    }

    /// A builder for the control plane this address names; fails where
    /// the edition that writes the host does not list its geo.
    fn into_builder(self) -> Result<RequirementsBuilder, Error> {
        // See `hosts::edition_of` for the choice.
        let private_link = self.host.is_none();
        let place = hosts::edition_of(
            &FACTS,
            self.endpoint,
            self.writers,
            self.geo,
            private_link,
            Edition::default().place(),
        );
        let edition = match place.map(Edition::at) {
            Ok(Some(edition)) => edition,
            Ok(None) => Edition::default(),
            Err(place) => {
                let edition = Edition::at(place).unwrap_or_default();
                return Err(Error::geo_not_in_edition(
                    self.geo.as_str(),
                    edition.as_str(),
                    self.geo.since().as_str(),
                ));
            }
        };
        let builder = Requirements::for_geo(self.geo)
            .with_edition(edition)
            .with_cp_prefix(self.prefix.as_str());
        let builder = if self.host.is_none() {
            builder.with_private_link()
        } else {
            builder
        };
        Ok(RequirementsBuilder {
            control_plane: Some(self),
            ..builder
        })
    }

    /// The address in one spelling: the hostname, lower-case, or the
    /// PrivateLink form `HOST/cp/PREFIX` (`HOST/tp/PREFIX`). Every spelling
    /// of it parses back to the same plain form.
    fn plain(&self) -> String {
        match &self.host {
            Some(host) => host.to_string(),
            None => format!(
                "{}{}{}",
                self.name,
                self.role.private_link_path(),
                self.prefix
            ),
        }
    }

    /// Whether the address belongs to requirements of `geo` and `prefix`.
    fn check(&self, geo: Geo, prefix: Option<&CpPrefix>, private_link: bool) -> Result<(), Error> {
        let invalid = |problem: EndpointProblem| self.role.error(&self.shown, problem);
        match (self.host.is_some(), private_link) {
            (true, true) => return Err(invalid(EndpointProblem::NotPrivateLink)),
            (false, false) => return Err(invalid(EndpointProblem::PrivateLinkNotChosen)),
            _ => {}
        }
        if self.geo != geo {
            return Err(invalid(EndpointProblem::GeoMismatch {
                given: self.geo.as_str(),
                expected: geo.as_str(),
            }));
        }
        match prefix {
            None => Err(invalid(EndpointProblem::NoPrefixToMatch)),
            Some(prefix) if *prefix != self.prefix => {
                Err(invalid(EndpointProblem::PrefixMismatch {
                    given: self.prefix.as_str().to_owned(),
                    expected: prefix.as_str().to_owned(),
                }))
            }
            Some(_) => Ok(()),
        }
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

/// The membership of each product in `products`, indexed by
/// [`Product::index`].
fn product_set(products: impl IntoIterator<Item = Product>) -> [bool; Product::COUNT] {
    let mut set = [false; Product::COUNT];
    for product in products {
        if let Some(slot) = set.get_mut(product.index()) {
            *slot = true;
        }
    }
    set
}

/// A scheme that is not `https`, quoted redacted: what stands before the
/// first `://` may be a whole mistyped URL with its password
/// (`http:kong:SECRET (see https://...)`).
fn scheme_problem(scheme: &str) -> EndpointProblem {
    EndpointProblem::Scheme(crate::redact::redact(scheme).into_owned())
}
