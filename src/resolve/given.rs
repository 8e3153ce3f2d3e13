//! A control plane or telemetry address given by the user or the Konnect
//! API: parsed, checked, and compared with the requirements it is given to.

use super::hosts;
use super::inference::EditionInferred;
use crate::error::EndpointProblem;
use crate::facts::{EditionSet, FACTS};
use crate::recognize::address::{Address, AddressProblem};
use crate::{
    CpPrefix, Edition, Endpoint, Error, Geo, Host, Requirements, RequirementsBuilder, classify,
};

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
#[derive(Debug, Clone)]
pub(super) struct Given {
    role: Role,
    /// What errors quote.
    shown: String,
    geo: Geo,
    pub(super) prefix: CpPrefix,
    /// The hostname; `None` for a PrivateLink address.
    pub(super) host: Option<Host>,
    /// The hostname of either form: the host, or the PrivateLink host.
    pub(super) name: Host,
    /// The endpoint of the host (control plane, telemetry or PrivateLink).
    endpoint: Endpoint,
    /// The editions whose builder writes the host this way.
    writers: EditionSet,
}

/// Equal when they name the same address, however it was spelt (`shown`
/// is left out): requirements built from `https://X.us.cp0.konghq.com` and
/// from `X.us.cp0.konghq.com:443` are equal. The geo, endpoint and the
/// editions that write it follow from the name.
impl PartialEq for Given {
    fn eq(&self, other: &Given) -> bool {
        (self.role, &self.prefix, &self.host, &self.name)
            == (other.role, &other.prefix, &other.host, &other.name)
    }
}

impl Eq for Given {}

impl Given {
    pub(super) fn parse(input: &str, role: Role) -> Result<Given, Error> {
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
        Ok(Given {
            role,
            shown: shown.to_owned(),
            geo,
            prefix,
            host,
            name,
            endpoint,
            writers: FACTS.writers(endpoint, found.spelling()),
        })
    }

    /// A builder for the control plane this address names; fails where
    /// the edition that writes the host does not list its geo.
    pub(super) fn into_builder(self) -> Result<RequirementsBuilder, Error> {
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
        let mut builder = builder;
        builder.inputs.control_plane = Some(self);
        builder.inputs.edition_inferred = EditionInferred(true);
        Ok(builder)
    }

    /// The address in one spelling: the hostname, lower-case, or the
    /// PrivateLink form `HOST/cp/PREFIX` (`HOST/tp/PREFIX`). Every spelling
    /// of it parses back to the same plain form.
    pub(super) fn plain(&self) -> String {
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
    pub(super) fn check(
        &self,
        geo: Geo,
        prefix: Option<&CpPrefix>,
        private_link: bool,
    ) -> Result<(), Error> {
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

/// A scheme that is not `https`, quoted redacted: what stands before the
/// first `://` may be a whole mistyped URL with its password
/// (`http:kong:SECRET (see https://...)`).
fn scheme_problem(scheme: &str) -> EndpointProblem {
    EndpointProblem::Scheme(crate::redact::redact(scheme).into_owned())
}
