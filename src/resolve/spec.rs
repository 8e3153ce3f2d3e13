//! The inputs that resolve to [`Requirements`], as plain data, and the
//! serde form of `Requirements` built on them.

use super::given::{Given, Role};
use crate::error::{DocumentProblem, EndpointProblem};
use crate::{
    AuthServerId, CpPrefix, Edition, Error, Geo, Listener, Mesh, PortalId, Product, Requirements,
    RequirementsBuilder,
};

/// Declares [`RequirementsSpec`] and, with the `serde` feature, what its
/// serde forms need, from one table of fields: each with its doc, its type
/// and the test for "unset" (left out when written). A new input is one
/// row of the table.
macro_rules! spec_fields {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident: $ty:ty, unset if $unset:path;
    )*) => {
        /// Everything that selects [`Requirements`]: the inputs of a
        /// [`RequirementsBuilder`] as plain data, to keep in a file, fill
        /// from a command line or compare.
        ///
        /// Every field is optional but one: a `geo`, or a
        /// `control_plane_endpoint` to take the geo from.
        /// [`build`](Self::build) resolves the inputs with the builder's
        /// checks; [`Requirements::spec`] gives back the inputs of built
        /// requirements, with the geo and edition filled in.
        ///
        /// With the `serde` feature it (de)serializes as a map of the field
        /// names, leaving out fields that are unset (`None`, `false`,
        /// empty); unknown keys are refused, so a misspelt input is an
        /// error rather than ignored.
        ///
        /// ```
        /// use konnect_netreq::{Edition, Geo, Mesh, RequirementsSpec};
        ///
        /// let mut spec = RequirementsSpec::for_geo(Geo::Eu);
        /// spec.cp_prefix = Some("a1b2c3d4e5".parse()?);
        /// spec.mesh = Some(Mesh::Global);
        /// let req = spec.build()?;
        /// assert_eq!(req.mesh(), Some(Mesh::Global));
        /// assert_eq!(req.spec().edition, Some(Edition::Apr2025));
        /// # Ok::<(), konnect_netreq::Error>(())
        /// ```
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        #[cfg_attr(feature = "serde", derive(serde::Deserialize))]
        #[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
        #[non_exhaustive]
        pub struct RequirementsSpec {
            $(
                $(#[doc = $doc])*
                #[cfg_attr(feature = "serde", serde(default))]
                pub $name: $ty,
            )*
        }

        #[cfg(feature = "serde")]
        impl RequirementsSpec {
            /// The number of fields.
            const FIELDS: usize = [$(stringify!($name)),*].len();
            /// The input keys, as documents name them.
            pub(crate) const KEYS: &'static [&'static str] = &[$(stringify!($name)),*];
            /// The keys a document of one control plane accepts: the inputs,
            /// then the derived `concrete`, `inferred` and `rules`.
            pub(crate) const DOCUMENT_KEYS: &'static [&'static str] =
                &[$(stringify!($name),)* "concrete", "inferred", "rules"];

            /// Writes every field that is set, and those named in `always`
            /// even when unset.
            fn write_fields<S: serde::ser::SerializeStruct>(
                &self,
                out: &mut S,
                always: &[&str],
            ) -> Result<(), S::Error> {
                $(
                    if always.contains(&stringify!($name)) || !$unset(&self.$name) {
                        out.serialize_field(stringify!($name), &self.$name)?;
                    } else {
                        out.skip_field(stringify!($name))?;
                    }
                )*
                Ok(())
            }
        }

        /// The serde form of [`Requirements`] as read: the inputs, then
        /// `concrete` and `rules`, which are derived and checked.
        #[cfg(feature = "serde")]
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Document {
            $(
                #[serde(default)]
                $name: $ty,
            )*
            #[serde(default)]
            concrete: Option<bool>,
            /// What the writer inferred (`Requirements::inferences`):
            /// derived from the inputs, so read and not checked.
            #[serde(default)]
            #[allow(dead_code, reason = "read only to be accepted")]
            inferred: Option<serde::de::IgnoredAny>,
            #[serde(default)]
            rules: Option<Vec<document::RuleRecord>>,
        }

        #[cfg(feature = "serde")]
        impl Document {
            /// The inputs, and the `concrete` and `rules` written.
            fn split(self) -> (RequirementsSpec, Option<bool>, Option<Vec<document::RuleRecord>>) {
                let spec = RequirementsSpec { $($name: self.$name),* };
                (spec, self.concrete, self.rules)
            }
        }
    };
}

spec_fields! {
    /// The geo; may be left out when `control_plane_endpoint` names it.
    geo: Option<Geo>, unset if Option::is_none;
    /// The edition of the page; default: the control plane endpoint's, or
    /// [`Edition::default`].
    edition: Option<Edition>, unset if Option::is_none;
    /// The control plane DNS prefix.
    cp_prefix: Option<CpPrefix>, unset if Option::is_none;
    /// The Dev Portal ID.
    portal_id: Option<PortalId>, unset if Option::is_none;
    /// Kong Identity auth server IDs; any adds [`Product::Identity`].
    auth_server_ids: Vec<AuthServerId>, unset if Vec::is_empty;
    /// The products to cover ([`RequirementsBuilder::with_products`]);
    /// `None` for the default, [`Product::DEFAULT`]. `mesh` and
    /// `auth_server_ids` add theirs.
    products: Option<Vec<Product>>, unset if Option::is_none;
    /// The Mesh Manager sync host ([`RequirementsBuilder::with_mesh`]).
    mesh: Option<Mesh>, unset if Option::is_none;
    /// AWS PrivateLink ([`RequirementsBuilder::with_private_link`]).
    private_link: bool, unset if is_false;
    /// The global PrivateLink host
    /// ([`RequirementsBuilder::with_global_private_link`]).
    global_private_link: bool, unset if is_false;
    /// The data plane's listeners ([`RequirementsBuilder::with_listeners`]);
    /// empty for Kong's defaults.
    listeners: Vec<Listener>, unset if Vec::is_empty;
    /// The control plane address the Konnect API returns
    /// ([`Requirements::from_control_plane_endpoint`]); [`Requirements::spec`]
    /// writes it in one spelling: the hostname, or `HOST/cp/PREFIX` for
    /// PrivateLink.
    control_plane_endpoint: Option<String>, unset if Option::is_none;
    /// The telemetry address the Konnect API returns
    /// ([`RequirementsBuilder::with_telemetry_endpoint`]), written like
    /// `control_plane_endpoint`.
    telemetry_endpoint: Option<String>, unset if Option::is_none;
}

#[cfg(feature = "serde")]
#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "it tests a field by reference, as `Option::is_none` does"
)]
const fn is_false(value: &bool) -> bool {
    !*value
}

/// Written as a map of the fields that are set.
#[cfg(feature = "serde")]
impl serde::Serialize for RequirementsSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;

        let mut out = serializer.serialize_struct("RequirementsSpec", Self::FIELDS)?;
        self.write_fields(&mut out, &[])?;
        out.end()
    }
}

impl RequirementsSpec {
    /// The inputs of `geo` with nothing else chosen.
    pub fn for_geo(geo: Geo) -> RequirementsSpec {
        RequirementsSpec {
            geo: Some(geo),
            ..RequirementsSpec::default()
        }
    }

    /// A builder with these inputs. A `control_plane_endpoint` without
    /// both `geo` and `edition` starts it as
    /// [`Requirements::from_control_plane_endpoint`] does (geo, prefix,
    /// edition and PrivateLink from the address); with both, as
    /// [`RequirementsBuilder::with_control_plane_endpoint`] does. The other
    /// inputs are then applied, and must agree with the address.
    pub fn builder(&self) -> RequirementsBuilder {
        let mut builder = match (&self.control_plane_endpoint, self.geo) {
            // Geo and edition given: the address must agree with them.
            (Some(endpoint), Some(geo)) if self.edition.is_some() => {
                Requirements::for_geo(geo).with_control_plane_endpoint(endpoint)
            }
            (Some(endpoint), geo) => match Requirements::from_control_plane_endpoint(endpoint) {
                Ok(builder) => match geo {
                    Some(geo) if geo != builder.geo() => {
                        return RequirementsBuilder::failed(Role::ControlPlane.error(
                            endpoint,
                            EndpointProblem::GeoMismatch {
                                given: builder.geo().as_str(),
                                expected: geo.as_str(),
                            },
                        ));
                    }
                    _ => builder,
                },
                Err(error) => return RequirementsBuilder::failed(error),
            },
            (None, Some(geo)) => Requirements::for_geo(geo),
            (None, None) => {
                return RequirementsBuilder::failed(Error::document(DocumentProblem::MissingGeo));
            }
        };
        if let Some(edition) = self.edition {
            builder = builder.with_edition(edition);
        }
        if let Some(products) = &self.products {
            builder = builder.with_products(products.iter().copied());
        }
        if let Some(prefix) = &self.cp_prefix {
            builder = builder.with_cp_prefix(prefix);
        }
        if let Some(portal_id) = &self.portal_id {
            builder = builder.with_portal_id(portal_id);
        }
        for id in &self.auth_server_ids {
            builder = builder.with_auth_server_id(id);
        }
        if let Some(mesh) = self.mesh {
            builder = builder.with_mesh(mesh);
        }
        if self.private_link {
            builder = builder.with_private_link();
        }
        if self.global_private_link {
            builder = builder.with_global_private_link();
        }
        if !self.listeners.is_empty() {
            builder = builder.with_listeners(self.listeners.iter().copied());
        }
        if let Some(endpoint) = &self.telemetry_endpoint {
            builder = builder.with_telemetry_endpoint(endpoint);
        }
        builder
    }

    /// Resolves the inputs.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidDocument`](crate::ErrorKind::InvalidDocument) without a geo or control plane endpoint;
    /// otherwise as [`RequirementsBuilder::build`] and
    /// [`Requirements::from_control_plane_endpoint`], and
    /// [`ErrorKind::InvalidControlPlaneEndpoint`](crate::ErrorKind::InvalidControlPlaneEndpoint) for an endpoint of another
    /// geo than `geo`.
    pub fn build(&self) -> Result<Requirements, Error> {
        self.builder().build()
    }
}

impl Requirements {
    /// The inputs these requirements were built from, with the geo and
    /// edition filled in: [`RequirementsSpec::build`] on them gives these
    /// requirements again.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let req = Requirements::from_control_plane_endpoint("ap.svc.konghq.com/cp/36fc5d01be")?
    ///     .build()?;
    /// let spec = req.spec();
    /// assert_eq!(spec.geo, Some(Geo::Au));
    /// assert!(spec.private_link);
    /// assert_eq!(spec.build()?, req);
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn spec(&self) -> RequirementsSpec {
        let inputs = self.inputs();
        let products: Vec<Product> = self.products().collect();
        RequirementsSpec {
            geo: Some(inputs.geo),
            edition: Some(inputs.edition),
            cp_prefix: inputs.cp_prefix,
            portal_id: inputs.portal_id,
            auth_server_ids: inputs.auth_server_ids.clone(),
            products: (products != Product::DEFAULT).then_some(products),
            mesh: inputs.mesh,
            private_link: inputs.private_link,
            global_private_link: inputs.global_private_link,
            listeners: inputs.listeners.clone().unwrap_or_default(),
            // Each address in one spelling, so that spellings of one
            // address give equal specs.
            control_plane_endpoint: inputs.control_plane.as_ref().map(Given::plain),
            telemetry_endpoint: inputs.telemetry.as_ref().map(Given::plain),
        }
    }
}

impl From<&Requirements> for RequirementsSpec {
    fn from(req: &Requirements) -> RequirementsSpec {
        req.spec()
    }
}

/// As [`RequirementsSpec::build`].
impl TryFrom<&RequirementsSpec> for Requirements {
    type Error = Error;

    fn try_from(spec: &RequirementsSpec) -> Result<Requirements, Error> {
        spec.build()
    }
}

/// As [`RequirementsSpec::build`].
impl TryFrom<RequirementsSpec> for Requirements {
    type Error = Error;

    fn try_from(spec: RequirementsSpec) -> Result<Requirements, Error> {
        spec.build()
    }
}

#[cfg(feature = "serde")]
pub(crate) mod document {
    //! The serde form of `Requirements`: the inputs, then `concrete` and
    //! `rules`, which are derived and checked when read back.

    use super::{Document, RequirementsSpec};
    use crate::error::DocumentProblem;
    use crate::resolve::strict::Keys;
    use crate::{
        AppProtocol, Direction, Endpoint, Error, Host, Port, Protocol, Requirements, Rule,
    };
    use serde::{Deserialize, Serialize};
    use std::fmt;

    /// One rule as written: every accessor of [`Rule`].
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(crate) struct RuleRecord {
        endpoint: Option<Endpoint>,
        host: Option<Host>,
        port: u16,
        port_name: Option<Port>,
        protocol: Protocol,
        app_protocol: Option<AppProtocol>,
        direction: Direction,
    }

    impl From<Rule<'_>> for RuleRecord {
        fn from(rule: Rule<'_>) -> RuleRecord {
            RuleRecord {
                endpoint: rule.endpoint(),
                host: rule.host().cloned(),
                port: rule.port(),
                port_name: rule.named_port(),
                protocol: rule.protocol(),
                app_protocol: rule.app_protocol(),
                direction: rule.direction(),
            }
        }
    }

    /// `"host:port/proto" (endpoint, port name, app protocol, direction)`,
    /// so two records that differ show different text.
    impl fmt::Display for RuleRecord {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("\"")?;
            if let Some(host) = &self.host {
                write!(f, "{host}:")?;
            }
            write!(f, "{}/{}\" (", self.port, self.protocol)?;
            match self.endpoint {
                Some(endpoint) => write!(f, "{endpoint}, ")?,
                None => f.write_str("no endpoint, ")?,
            }
            match self.port_name {
                Some(port) => write!(f, "{port}, ")?,
                None => f.write_str("no port name, ")?,
            }
            match self.app_protocol {
                Some(app) => write!(f, "{app}, ")?,
                None => f.write_str("no app protocol, ")?,
            }
            write!(f, "{})", self.direction)
        }
    }

    /// Checks a written rule list against the rules resolved.
    pub(crate) fn check_rules<'a>(
        written: &[RuleRecord],
        resolved: impl Iterator<Item = Rule<'a>>,
    ) -> Result<(), Error> {
        let resolved: Vec<RuleRecord> = resolved.map(RuleRecord::from).collect();
        if written == resolved.as_slice() {
            return Ok(());
        }
        let position = written
            .iter()
            .zip(&resolved)
            .take_while(|(a, b)| a == b)
            .count();
        Err(Error::document(DocumentProblem::RulesDiffer {
            position: position.saturating_add(1),
            found: written.get(position).map(ToString::to_string),
            expected: resolved.get(position).map(ToString::to_string),
        }))
    }

    impl Document {
        fn resolve(self) -> Result<Requirements, Error> {
            let (spec, concrete, rules) = self.split();
            let req = spec.build()?;
            if let Some(rules) = &rules {
                check_rules(rules, req.rules())?;
            }
            match concrete {
                Some(found) if found != req.is_concrete() => {
                    Err(Error::document(DocumentProblem::ConcreteDiffers { found }))
                }
                _ => Ok(req),
            }
        }
    }

    /// Writes the inputs as [`RequirementsSpec`] does, except that `geo`,
    /// `edition`, `cp_prefix` and `portal_id` are always written (`null`
    /// where there is none), then `concrete` and `rules`.
    impl Serialize for Requirements {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeStruct;

            struct Rules<'a>(&'a Requirements);
            impl Serialize for Rules<'_> {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    serializer.collect_seq(self.0.rules())
                }
            }

            let mut out = serializer
                .serialize_struct("Requirements", RequirementsSpec::FIELDS.saturating_add(3))?;
            self.spec()
                .write_fields(&mut out, &["geo", "edition", "cp_prefix", "portal_id"])?;
            out.serialize_field("concrete", &self.is_concrete())?;
            let inferred: Vec<crate::Inference<'_>> = self.inferences().collect();
            if inferred.is_empty() {
                out.skip_field("inferred")?;
            } else {
                out.serialize_field("inferred", &inferred)?;
            }
            out.serialize_field("rules", &Rules(self))?;
            out.end()
        }
    }

    /// Reads the inputs and resolves them through the builder's checks; a
    /// `rules` list or `concrete` flag, if present, must be exactly what
    /// the inputs resolve to, so an edited list cannot bring in a host.
    impl<'de> Deserialize<'de> for Requirements {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            crate::resolve::strict::from_map::<D, Document>(deserializer, &KEYS)?
                .resolve()
                .map_err(serde::de::Error::custom)
        }
    }

    /// The keys of one control plane's document.
    static KEYS: Keys = Keys {
        what: "a control plane",
        accepted: RequirementsSpec::DOCUMENT_KEYS,
        shown: RequirementsSpec::KEYS,
        hint: "several control planes go in a \"control_plane\" list ([[control_plane]] tables in TOML)",
        elsewhere: &["control_plane"],
    };
}
