//! The resolved requirements of one geo, and the builder that resolves them.

use crate::classify::kind_of;
use crate::lines::{HOST_PORT, HostParts, RuleKey, RuleKeys};
use crate::{CpPrefix, Edition, Endpoint, Error, Geo, Host, PortalId, Protocol, Rule, classify};

/// Which mesh sync host to include.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mesh {
    Regional,
    Global,
}

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
    /// Indexed by [`Endpoint::index`]; `None` where the endpoint is not needed.
    /// Each host holds its rule line.
    hosts: [Option<Host>; Endpoint::COUNT],
    /// What each rule is about, in the order of [`rules`](Self::rules).
    rules: RuleKeys,
}

impl Requirements {
    /// Starts resolving the requirements of `geo`.
    pub fn for_geo(geo: Geo) -> RequirementsBuilder {
        RequirementsBuilder {
            geo,
            edition: Edition::default(),
            cp_prefix: None,
            portal_id: None,
            mesh: None,
            optional: [false; Endpoint::COUNT],
            error: None,
        }
    }

    /// Starts from what names a control plane: the Konnect API's
    /// `control_plane_endpoint` (`https://36fc5d01be.us.cp0.konghq.com`), a
    /// kong.conf `cluster_control_plane` value
    /// (`36fc5d01be.us.cp.konghq.com:443`) or the bare hostname. Geo, prefix
    /// and edition (`cp0` is [`Edition::Apr2025`], `cp` is
    /// [`Edition::Aug2026`]) come from the hostname.
    ///
    /// ```
    /// use konnect_netreq::{Edition, Geo, Requirements};
    ///
    /// let req = Requirements::from_control_plane_endpoint("36fc5d01be.us.cp.konghq.com:443")?
    ///     .build()?;
    /// assert_eq!((req.geo(), req.edition()), (Geo::Us, Edition::Aug2026));
    /// assert_eq!(req.cp_prefix().map(|p| p.as_str()), Some("36fc5d01be"));
    ///
    /// let err = Requirements::from_control_plane_endpoint("http://36fc5d01be.us.cp0.konghq.com");
    /// assert_eq!(
    ///     err.unwrap_err().to_string(),
    ///     "invalid control plane endpoint \"http://36fc5d01be.us.cp0.konghq.com\": \
    ///      scheme \"http\" is not https; expected https://PREFIX.GEO.cp0.konghq.com, \
    ///      PREFIX.GEO.cp.konghq.com:443 or the bare hostname",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn from_control_plane_endpoint(input: &str) -> Result<RequirementsBuilder, Error> {
        // User information could hold a password: refuse it first, and
        // never quote it back.
        if input.contains('@') {
            return Err(Error::cp_endpoint(
                &redact_user_info(input),
                "it has user information",
            ));
        }
        let invalid = |problem: String| Error::cp_endpoint(input, problem);
        let authority = match input.split_once("://") {
            Some((scheme, rest)) => {
                if !scheme.eq_ignore_ascii_case("https") {
                    return Err(invalid(format!("scheme {scheme:?} is not https")));
                }
                // The API's form may end in one slash; nothing else may follow.
                let rest = rest.strip_suffix('/').unwrap_or(rest);
                if rest.contains(['/', '?', '#']) {
                    return Err(invalid("it has a path, query or fragment".into()));
                }
                rest
            }
            None if input.contains(['/', '?', '#']) => {
                return Err(invalid("it has a path, query or fragment".into()));
            }
            None => input,
        };
        let host = match authority.rsplit_once(':') {
            Some((host, "443")) => host,
            Some((_, port)) => return Err(invalid(format!("port {port:?} is not 443"))),
            None => authority,
        };
        control_plane_host(input, host)
    }

    /// Like [`from_control_plane_endpoint`](Self::from_control_plane_endpoint),
    /// for a URL that is already parsed: it must be `https`, on port 443,
    /// without user information, path, query or fragment.
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
    #[cfg(feature = "url")]
    #[cfg_attr(docsrs, doc(cfg(feature = "url")))]
    pub fn from_control_plane_url(url: &url::Url) -> Result<RequirementsBuilder, Error> {
        let shown = url.as_str();
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Error::cp_endpoint(
                &redact_user_info(shown),
                "it has user information",
            ));
        }
        let invalid = |problem: String| Error::cp_endpoint(shown, problem);
        if url.scheme() != "https" {
            return Err(invalid(format!("scheme {:?} is not https", url.scheme())));
        }
        // The url crate drops the scheme's default port, so any port left is wrong.
        if let Some(port) = url.port() {
            return Err(invalid(format!("port \"{port}\" is not 443")));
        }
        if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
            return Err(invalid("it has a path, query or fragment".into()));
        }
        let host = url.host_str().unwrap_or_default();
        control_plane_host(shown, host)
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

    /// The host of `endpoint`, or `None` if these requirements do not
    /// include it.
    pub fn host(&self, endpoint: Endpoint) -> Option<&Host> {
        self.hosts.get(endpoint.index())?.as_ref()
    }

    /// Every included endpoint with its host, in [`Endpoint::ALL`] order.
    pub fn hosts(&self) -> impl Iterator<Item = (Endpoint, &Host)> + '_ {
        Endpoint::ALL
            .iter()
            .zip(&self.hosts)
            .filter_map(|(endpoint, host)| Some((*endpoint, host.as_ref()?)))
    }

    /// Whether no host is a wildcard, i.e. every identifier the included
    /// endpoints need was given.
    pub fn is_concrete(&self) -> bool {
        self.hosts().all(|(_, host)| !host.is_wildcard())
    }

    /// Every rule: first one per host (443/TCP, in [`Endpoint::ALL`] order),
    /// then the port-only rules of the edition (audit logging over TCP and
    /// UDP, the data plane's proxy listeners). Allocates nothing; the
    /// length is known up front, so collecting the rules allocates once.
    #[inline]
    pub fn rules(&self) -> impl ExactSizeIterator<Item = Rule<'_>> + '_ {
        self.rules.as_slice().iter().map(|key| match *key {
            RuleKey::Host(endpoint) => {
                let (port, protocol) = HOST_PORT;
                Rule::new(
                    self.host(endpoint).map(|host| (endpoint, host)),
                    port,
                    protocol,
                )
            }
            RuleKey::Port(port, protocol) => Rule::new(None, port, protocol),
        })
    }

    /// Whether a connection to `host` on `port` over `protocol` is one of
    /// these requirements' host rules. ASCII case is ignored, one trailing
    /// dot is accepted and a wildcard stands for exactly one label.
    /// Port-only rules name no host and so never match.
    ///
    /// The cost does not grow with the number of rules: the labels at the
    /// right end of the hostname name the one endpoint it can belong to,
    /// and the hostname is compared with that endpoint's host only. The
    /// answer is the same as `classify(host)` finding an endpoint whose
    /// host [`matches`](Host::matches) `host`. Never allocates.
    pub fn allows(&self, host: &str, port: u16, protocol: Protocol) -> bool {
        let (host_port, host_protocol) = HOST_PORT;
        if port != host_port.number() || protocol != host_protocol {
            return false;
        }
        // A host that matches an endpoint's host is a valid hostname of
        // that endpoint, so `matches` settles what `classify` would check.
        kind_of(host)
            .and_then(|endpoint| self.host(endpoint))
            .is_some_and(|allowed| allowed.matches(host))
    }
}

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
    mesh: Option<Mesh>,
    /// Opt-in endpoints, indexed by [`Endpoint::index`].
    optional: [bool; Endpoint::COUNT],
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

    /// Adds the geo's own Mesh Manager sync host
    /// (`eu.mesh.sync.konghq.com`). [`build`](Self::build) fails where the
    /// edition lists none for the geo (`me` in [`Edition::Apr2025`]).
    /// Replaces an earlier [`with_global_mesh_manager`](Self::with_global_mesh_manager).
    pub fn with_mesh_manager(mut self) -> Self {
        self.mesh = Some(Mesh::Regional);
        self
    }

    /// Adds the global Mesh Manager sync host (`global.mesh.sync.konghq.com`).
    /// Replaces an earlier [`with_mesh_manager`](Self::with_mesh_manager).
    pub fn with_global_mesh_manager(mut self) -> Self {
        self.mesh = Some(Mesh::Global);
        self
    }

    /// Adds the Event Gateway control plane and telemetry hosts;
    /// [`build`](Self::build) fails for editions before [`Edition::Aug2026`].
    pub fn with_event_gateway(self) -> Self {
        self.opt_in(Endpoint::EventGatewayControlPlane)
            .opt_in(Endpoint::EventGatewayTelemetry)
    }

    /// Adds the identity host of Konnect applications;
    /// [`build`](Self::build) fails for editions before [`Edition::Aug2026`].
    pub fn with_identity(self) -> Self {
        self.opt_in(Endpoint::Identity)
    }

    /// Adds the Kong Ingress Controller API host (`eu.kic.api.konghq.com`).
    pub fn with_ingress_controller(self) -> Self {
        self.opt_in(Endpoint::IngressController)
    }

    /// Reaches the control plane over AWS PrivateLink: the control plane and
    /// telemetry hosts give way to the geo's PrivateLink host
    /// (`eu.svc.konghq.com`, `ap.svc.konghq.com` for Australia).
    pub fn with_private_link(self) -> Self {
        self.opt_in(Endpoint::PrivateLink)
    }

    fn opt_in(mut self, endpoint: Endpoint) -> Self {
        if let Some(slot) = self.optional.get_mut(endpoint.index()) {
            *slot = true;
        }
        self
    }

    fn fail(&mut self, error: Error) {
        self.error.get_or_insert_with(|| Box::new(error));
    }

    fn wants(&self, endpoint: Endpoint) -> bool {
        self.optional
            .get(endpoint.index())
            .copied()
            .unwrap_or(false)
    }

    /// Resolves every host, or reports the first invalid input.
    pub fn build(self) -> Result<Requirements, Error> {
        let RequirementsBuilder {
            geo, edition, mesh, ..
        } = self;
        if let Some(error) = self.error {
            return Err(*error);
        }
        if !geo.is_in(edition) {
            return Err(Error::GeoNotInEdition { geo, edition });
        }
        if mesh == Some(Mesh::Regional) && !edition.mesh_geos().contains(&geo) {
            return Err(Error::NoMeshSyncHost { geo, edition });
        }
        if let Some(endpoint) = Endpoint::ALL
            .iter()
            .copied()
            .find(|endpoint| self.wants(*endpoint) && !endpoint.is_in(edition))
        {
            return Err(Error::EndpointNotInEdition { endpoint, edition });
        }
        let private_link = self.wants(Endpoint::PrivateLink);
        let cp_prefix = self.cp_prefix.as_ref().map(CpPrefix::as_str);
        let portal_id = self.portal_id.as_ref().map(PortalId::as_str);
        let global = mesh == Some(Mesh::Global);
        let mut parts: [Option<HostParts<'_>>; Endpoint::COUNT] = [None; Endpoint::COUNT];
        for (endpoint, slot) in Endpoint::ALL.iter().copied().zip(&mut parts) {
            let included = match endpoint {
                Endpoint::Platform
                | Endpoint::GlobalApi
                | Endpoint::RegionalApi
                | Endpoint::DevPortal => true,
                Endpoint::ControlPlane | Endpoint::Telemetry => !private_link,
                Endpoint::MeshSync => mesh.is_some(),
                _ => self.wants(endpoint),
            };
            let identifier = match endpoint {
                Endpoint::DevPortal => portal_id,
                _ => cp_prefix,
            };
            if included {
                *slot = host_parts(endpoint, edition, geo, identifier, global);
            }
        }
        // One allocation per host with an identifier; the others are constants.
        let mut hosts = [const { None }; Endpoint::COUNT];
        for (slot, parts) in hosts.iter_mut().zip(&parts) {
            *slot = parts.map(|parts| parts.host());
        }
        let rules = RuleKeys::new(&hosts, edition);
        Ok(Requirements {
            geo,
            edition,
            cp_prefix: self.cp_prefix,
            portal_id: self.portal_id,
            hosts,
            rules,
        })
    }
}

/// The builder for a control plane hostname; `shown` is what errors quote.
fn control_plane_host(shown: &str, host: &str) -> Result<RequirementsBuilder, Error> {
    let invalid = |problem: String| Error::cp_endpoint(shown, problem);
    let found = classify(host).ok_or_else(|| invalid("it is not a Konnect hostname".into()))?;
    let endpoint = found.endpoint();
    let (Endpoint::ControlPlane, Some(geo), Some(prefix)) =
        (endpoint, found.geo(), found.cp_prefix())
    else {
        return Err(invalid(format!(
            "it names the {endpoint} endpoint, not the control plane"
        )));
    };
    let edition = found.edition().unwrap_or_default();
    if !geo.is_in(edition) {
        return Err(Error::GeoNotInEdition { geo, edition });
    }
    Ok(Requirements::for_geo(geo)
        .with_edition(edition)
        .with_cp_prefix(prefix))
}

/// The input as errors may quote it: the crate's one redaction rule.
fn redact_user_info(input: &str) -> String {
    crate::redact::redact(input).into_owned()
}

/// Fills in `endpoint`'s template; a missing identifier becomes `*`.
fn host_parts<'a>(
    endpoint: Endpoint,
    edition: Edition,
    geo: Geo,
    identifier: Option<&'a str>,
    global: bool,
) -> Option<HostParts<'a>> {
    let template = endpoint.parts(edition)?;
    Some(HostParts {
        identifier: template.identifier.map(|_| identifier.unwrap_or("*")),
        line_end: template.line_ends.pick(template.region, geo, global),
    })
}

#[cfg(feature = "serde")]
impl serde::Serialize for Requirements {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;

        struct Rules<'a>(&'a Requirements);
        impl serde::Serialize for Rules<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_seq(self.0.rules())
            }
        }

        let mut out = serializer.serialize_struct("Requirements", 6)?;
        out.serialize_field("geo", &self.geo)?;
        out.serialize_field("edition", &self.edition)?;
        out.serialize_field("cp_prefix", &self.cp_prefix)?;
        out.serialize_field("portal_id", &self.portal_id)?;
        out.serialize_field("concrete", &self.is_concrete())?;
        out.serialize_field("rules", &Rules(self))?;
        out.end()
    }
}
