//! The resolved requirements of one geo: the value and its rules.

use super::Inputs;
use super::given::{Given, Role};
use crate::recognize::host_index::HostIndex;
use crate::{
    AuthServerId, CpPrefix, Edition, Endpoint, Error, Geo, Host, Listener, Mesh, PortalId, Product,
    Protocol, RequirementsBuilder, Rule,
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
    /// The inputs resolved; `mesh` is set exactly when [`Product::Mesh`]
    /// is covered.
    inputs: Inputs,
    /// Every host, in rule order: by endpoint, then by spelling.
    hosts: Vec<(Endpoint, Host)>,
    /// `hosts` indexed for [`Requirements::allows`].
    index: HostIndex,
    /// Where each endpoint's hosts stand in `hosts`, indexed by
    /// [`Endpoint::index`].
    spans: [(usize, usize); Endpoint::COUNT],
    /// The port-only rules, in rule order.
    ports: Vec<Rule<'static>>,
}

impl Requirements {
    /// Starts resolving the requirements of `geo`; the same as
    /// [`Requirements::builder`], the name the other builders' constructors
    /// have.
    pub fn for_geo(geo: Geo) -> RequirementsBuilder {
        RequirementsBuilder::new(geo)
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
    /// [`ErrorKind::InvalidControlPlaneEndpoint`](crate::ErrorKind::InvalidControlPlaneEndpoint) for anything else: another
    /// scheme than `https`, another port than 443, user information (never
    /// quoted back), a path (but PrivateLink's), query or fragment, or a host
    /// that is not a control plane or PrivateLink hostname.
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

    /// Requirements of `inputs` with the hosts and port-only rules the
    /// resolution found.
    pub(super) fn resolved(
        inputs: Inputs,
        hosts: Vec<(Endpoint, Host)>,
        spans: [(usize, usize); Endpoint::COUNT],
        ports: Vec<Rule<'static>>,
    ) -> Requirements {
        Requirements {
            inputs,
            index: HostIndex::new(hosts.iter().map(|(_, host)| host)),
            hosts,
            spans,
            ports,
        }
    }

    /// The geo.
    pub const fn geo(&self) -> Geo {
        self.inputs.geo
    }

    /// The edition of the page the hostnames follow.
    pub const fn edition(&self) -> Edition {
        self.inputs.edition
    }

    /// The control plane DNS prefix, if one was given.
    pub const fn cp_prefix(&self) -> Option<&CpPrefix> {
        self.inputs.cp_prefix.as_ref()
    }

    /// The portal ID, if one was given.
    pub const fn portal_id(&self) -> Option<&PortalId> {
        self.inputs.portal_id.as_ref()
    }

    /// The Kong Identity auth server IDs given, in the order given.
    pub fn auth_server_ids(&self) -> &[AuthServerId] {
        &self.inputs.auth_server_ids
    }

    /// The Mesh Manager sync host chosen, if [`Product::Mesh`] is covered.
    pub const fn mesh(&self) -> Option<Mesh> {
        self.inputs.mesh
    }

    /// The data plane's listeners: those given with
    /// [`with_listeners`](RequirementsBuilder::with_listeners), or Kong's
    /// defaults.
    pub fn listeners(&self) -> &[Listener] {
        self.inputs
            .listeners
            .as_deref()
            .unwrap_or(&Listener::DEFAULT)
    }

    /// Whether the listeners were given rather than Kong's defaults.
    pub(crate) const fn has_own_listeners(&self) -> bool {
        self.inputs.listeners.is_some()
    }

    /// The products covered, in [`Product::ALL`] order.
    pub fn products(&self) -> impl Iterator<Item = Product> + '_ {
        Product::ALL
            .iter()
            .copied()
            .filter(|product| self.inputs.wants(*product))
    }

    /// The geo's own PrivateLink host, if the control plane is reached
    /// over it (not the global one).
    pub(crate) fn private_link_host(&self) -> Option<&Host> {
        if self.inputs.private_link {
            self.host(Endpoint::PrivateLink)
        } else {
            None
        }
    }

    /// The inputs, as resolved.
    pub(super) const fn inputs(&self) -> &Inputs {
        &self.inputs
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
    pub(super) fn hosts_of(&self, endpoint: Endpoint) -> &[(Endpoint, Host)] {
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
