//! The kinds of Konnect hostnames and the templates they follow.

use crate::keyword::keyword_enum;
use crate::{Edition, Geo};

/// A kind of Konnect hostname.
///
/// Each kind knows its hostname template per [`Edition`]:
///
/// ```
/// use konnect_netreq::{Edition, Endpoint};
///
/// assert_eq!(
///     Endpoint::ControlPlane.template(Edition::Apr2025),
///     Some("CONTROL_PLANE_DNS_PREFIX.{geo}.cp0.konghq.com"),
/// );
/// assert_eq!(
///     Endpoint::ControlPlane.template(Edition::Aug2026),
///     Some("CONTROL_PLANE_DNS_PREFIX.{geo}.cp.konghq.com"),
/// );
/// assert_eq!(Endpoint::Identity.template(Edition::Apr2025), None);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::VariantArray, strum::EnumCount,
)]
#[non_exhaustive]
pub enum Endpoint {
    /// `cloud.konghq.com`: the Konnect web UI.
    Platform,
    /// `global.api.konghq.com`: authentication, identity, permissions, teams
    /// and organization settings.
    GlobalApi,
    /// `{geo}.api.konghq.com`: the geo's Konnect API, used by decK and other
    /// API clients.
    RegionalApi,
    /// `PORTAL_ID.{geo}.portal.konghq.com` (Apr2025) or
    /// `PORTAL_ID.{geo}.kongportals.com` (Aug2026): a Dev Portal.
    DevPortal,
    /// `PREFIX.{geo}.cp0.konghq.com` (Apr2025) or `PREFIX.{geo}.cp.konghq.com`
    /// (Aug2026): where data planes fetch their configuration.
    ControlPlane,
    /// `PREFIX.{geo}.tp0.konghq.com` (Apr2025) or `PREFIX.{geo}.tp.konghq.com`
    /// (Aug2026): where data planes send telemetry.
    Telemetry,
    /// `{geo}.mesh.sync.konghq.com` or `global.mesh.sync.konghq.com`: Mesh
    /// Manager, for organizations that manage a service mesh with Konnect.
    MeshSync,
    /// `{geo}.control-plane.konghq.com`: the Event Gateway control plane
    /// (Aug2026).
    EventGatewayControlPlane,
    /// `{geo}.telemetry.konghq.com`: Event Gateway telemetry (Aug2026).
    EventGatewayTelemetry,
    /// `{geo}.identity.konghq.com`: the identity server of Konnect
    /// applications (Aug2026).
    Identity,
    /// `{geo}.kic.api.konghq.com`: Kong Ingress Controller in Konnect mode
    /// (documented in the controller's reference, not on the page).
    IngressController,
    /// `{pl}.svc.konghq.com`: data planes that reach Konnect over AWS
    /// PrivateLink (documented in the PrivateLink guide; `ap` for Australia).
    PrivateLink,
}

/// The per-organization value that a hostname starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Identifier {
    CpPrefix,
    PortalId,
}

/// What stands in the label after the identifier (or first, without one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Region {
    /// No region label: the suffix is the whole hostname.
    None,
    /// The geo identifier.
    Geo,
    /// The geo identifier or `global`.
    MeshScope,
    /// The geo's PrivateLink label (`ap` for Australia).
    PrivateLink,
}

/// How a hostname is put together: `[identifier.][region.]suffix`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Template {
    pub(crate) identifier: Option<Identifier>,
    pub(crate) region: Region,
    pub(crate) suffix: &'static str,
    /// The template as the documentation writes it.
    pub(crate) text: &'static str,
    /// The end of the host's rule line for each region label.
    pub(crate) line_ends: &'static LineEnds,
}

/// The end of a host's rule line after its identifier,
/// `.{region}.{suffix}:443/tcp`, for every region label, put together at
/// compile time: a host without an identifier is then a constant, and one
/// with an identifier two pieces copied into one allocation.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct LineEnds {
    /// Without a region label: `.{suffix}:443/tcp`.
    bare: &'static str,
    au: &'static str,
    eu: &'static str,
    me: &'static str,
    in_: &'static str,
    us: &'static str,
    sg: &'static str,
    /// PrivateLink's label for Australia.
    ap: &'static str,
    global: &'static str,
}

/// The ends of the rule lines of hosts with `suffix`; the port and
/// transport are those of every host rule.
macro_rules! line_ends {
    ($suffix:literal) => {
        LineEnds {
            bare: concat!(".", $suffix, ":443/tcp"),
            au: concat!(".au.", $suffix, ":443/tcp"),
            eu: concat!(".eu.", $suffix, ":443/tcp"),
            me: concat!(".me.", $suffix, ":443/tcp"),
            in_: concat!(".in.", $suffix, ":443/tcp"),
            us: concat!(".us.", $suffix, ":443/tcp"),
            sg: concat!(".sg.", $suffix, ":443/tcp"),
            ap: concat!(".ap.", $suffix, ":443/tcp"),
            global: concat!(".global.", $suffix, ":443/tcp"),
        }
    };
}

macro_rules! template {
    ($identifier:expr, $region:expr, $suffix:literal, $text:literal $(,)?) => {
        Some(Template {
            identifier: $identifier,
            region: $region,
            suffix: $suffix,
            text: $text,
            line_ends: &line_ends!($suffix),
        })
    };
}

impl LineEnds {
    /// The line end for the label that `region` takes for `geo`, as
    /// [`Region::label`] chooses it.
    pub(crate) const fn pick(&self, region: Region, geo: Geo, global: bool) -> &'static str {
        let by_geo = match geo {
            Geo::Au => self.au,
            Geo::Eu => self.eu,
            Geo::Me => self.me,
            Geo::In => self.in_,
            Geo::Us => self.us,
            Geo::Sg => self.sg,
        };
        match region {
            Region::None => self.bare,
            Region::Geo => by_geo,
            Region::MeshScope if global => self.global,
            Region::MeshScope => by_geo,
            Region::PrivateLink if matches!(geo, Geo::Au) => self.ap,
            Region::PrivateLink => by_geo,
        }
    }
}

use Identifier::{CpPrefix, PortalId};

impl Endpoint {
    /// Every kind of hostname.
    pub const ALL: &'static [Endpoint] = <Endpoint as strum::VariantArray>::VARIANTS;

    pub(crate) const COUNT: usize = <Endpoint as strum::EnumCount>::COUNT;

    /// The keyword, e.g. `"control-plane"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Endpoint::Platform => "platform",
            Endpoint::GlobalApi => "global-api",
            Endpoint::RegionalApi => "regional-api",
            Endpoint::DevPortal => "dev-portal",
            Endpoint::ControlPlane => "control-plane",
            Endpoint::Telemetry => "telemetry",
            Endpoint::MeshSync => "mesh-sync",
            Endpoint::EventGatewayControlPlane => "event-gateway-control-plane",
            Endpoint::EventGatewayTelemetry => "event-gateway-telemetry",
            Endpoint::Identity => "identity",
            Endpoint::IngressController => "ingress-controller",
            Endpoint::PrivateLink => "private-link",
        }
    }

    /// What the hostname is for, in a few words.
    pub const fn description(self) -> &'static str {
        match self {
            Endpoint::Platform => "Konnect platform (web UI)",
            Endpoint::GlobalApi => "Konnect API for authentication, identity, teams and settings",
            Endpoint::RegionalApi => "Konnect API of the geo (decK and API clients)",
            Endpoint::DevPortal => "Dev Portal",
            Endpoint::ControlPlane => "control plane: data plane configuration",
            Endpoint::Telemetry => "control plane: data plane telemetry",
            Endpoint::MeshSync => "Mesh Manager sync",
            Endpoint::EventGatewayControlPlane => "Event Gateway control plane",
            Endpoint::EventGatewayTelemetry => "Event Gateway telemetry",
            Endpoint::Identity => "identity server of Konnect applications",
            Endpoint::IngressController => "Kong Ingress Controller in Konnect mode",
            Endpoint::PrivateLink => "control plane and telemetry over AWS PrivateLink",
        }
    }

    /// The first edition this endpoint exists in.
    pub const fn since(self) -> Edition {
        match self {
            Endpoint::EventGatewayControlPlane
            | Endpoint::EventGatewayTelemetry
            | Endpoint::Identity => Edition::Aug2026,
            _ => Edition::Apr2025,
        }
    }

    /// Whether this endpoint exists in `edition`.
    pub const fn is_in(self, edition: Edition) -> bool {
        self.since() as u8 <= edition as u8
    }

    /// The hostname template in `edition`, written as the documentation
    /// writes it (`{geo}` for the geo, upper-case names for per-organization
    /// values); `None` where the edition has no such hostname.
    pub const fn template(self, edition: Edition) -> Option<&'static str> {
        match self.parts(edition) {
            Some(template) => Some(template.text),
            None => None,
        }
    }

    /// Whether hosts of this kind start with a per-organization identifier
    /// (control plane DNS prefix or portal ID).
    pub const fn has_identifier(self) -> bool {
        matches!(
            self,
            Endpoint::DevPortal | Endpoint::ControlPlane | Endpoint::Telemetry
        )
    }

    /// The single table of hostname templates.
    pub(crate) const fn parts(self, edition: Edition) -> Option<Template> {
        use Edition::{Apr2025, Aug2026};
        use Region::{Geo, MeshScope, None as NoRegion, PrivateLink};
        match (self, edition) {
            (Endpoint::Platform, _) => {
                template!(None, NoRegion, "cloud.konghq.com", "cloud.konghq.com")
            }
            (Endpoint::GlobalApi, _) => template!(
                None,
                NoRegion,
                "global.api.konghq.com",
                "global.api.konghq.com",
            ),
            (Endpoint::RegionalApi, _) => {
                template!(None, Geo, "api.konghq.com", "{geo}.api.konghq.com")
            }
            (Endpoint::DevPortal, Apr2025) => template!(
                Some(PortalId),
                Geo,
                "portal.konghq.com",
                "PORTAL_ID.{geo}.portal.konghq.com",
            ),
            (Endpoint::DevPortal, Aug2026) => template!(
                Some(PortalId),
                Geo,
                "kongportals.com",
                "PORTAL_ID.{geo}.kongportals.com",
            ),
            (Endpoint::ControlPlane, Apr2025) => template!(
                Some(CpPrefix),
                Geo,
                "cp0.konghq.com",
                "CONTROL_PLANE_DNS_PREFIX.{geo}.cp0.konghq.com",
            ),
            (Endpoint::ControlPlane, Aug2026) => template!(
                Some(CpPrefix),
                Geo,
                "cp.konghq.com",
                "CONTROL_PLANE_DNS_PREFIX.{geo}.cp.konghq.com",
            ),
            (Endpoint::Telemetry, Apr2025) => template!(
                Some(CpPrefix),
                Geo,
                "tp0.konghq.com",
                "CONTROL_PLANE_DNS_PREFIX.{geo}.tp0.konghq.com",
            ),
            (Endpoint::Telemetry, Aug2026) => template!(
                Some(CpPrefix),
                Geo,
                "tp.konghq.com",
                "CONTROL_PLANE_DNS_PREFIX.{geo}.tp.konghq.com",
            ),
            (Endpoint::MeshSync, _) => template!(
                None,
                MeshScope,
                "mesh.sync.konghq.com",
                "{geo}.mesh.sync.konghq.com",
            ),
            (Endpoint::EventGatewayControlPlane, Aug2026) => template!(
                None,
                Geo,
                "control-plane.konghq.com",
                "{geo}.control-plane.konghq.com",
            ),
            (Endpoint::EventGatewayTelemetry, Aug2026) => template!(
                None,
                Geo,
                "telemetry.konghq.com",
                "{geo}.telemetry.konghq.com",
            ),
            (Endpoint::Identity, Aug2026) => template!(
                None,
                Geo,
                "identity.konghq.com",
                "{geo}.identity.konghq.com",
            ),
            (
                Endpoint::EventGatewayControlPlane
                | Endpoint::EventGatewayTelemetry
                | Endpoint::Identity,
                Apr2025,
            ) => None,
            (Endpoint::IngressController, _) => {
                template!(None, Geo, "kic.api.konghq.com", "{geo}.kic.api.konghq.com")
            }
            (Endpoint::PrivateLink, _) => {
                template!(None, PrivateLink, "svc.konghq.com", "{pl}.svc.konghq.com")
            }
        }
    }

    pub(crate) const fn index(self) -> usize {
        self as usize
    }
}

impl Region {
    /// The label this region part takes for `geo`; `global` selects the
    /// global mesh sync host.
    pub(crate) const fn label(self, geo: Geo, global: bool) -> Option<&'static str> {
        match self {
            Region::None => None,
            Region::Geo => Some(geo.as_str()),
            Region::MeshScope if global => Some("global"),
            Region::MeshScope => Some(geo.as_str()),
            Region::PrivateLink => Some(geo.private_link_label()),
        }
    }
}

keyword_enum!(Endpoint, "endpoint");

#[cfg(test)]
mod tests {
    use super::*;

    /// Each line end is `.`, the label `Region::label` gives (if any), `.`,
    /// the suffix and the host rules' `:443/tcp`.
    #[test]
    fn line_ends_follow_the_region_labels() {
        let mut checked = 0;
        for endpoint in Endpoint::ALL {
            for edition in Edition::ALL {
                let Some(template) = endpoint.parts(*edition) else {
                    continue;
                };
                for geo in Geo::ALL {
                    for global in [false, true] {
                        let label = template.region.label(*geo, global);
                        let expected = match label {
                            Some(label) => format!(".{label}.{}:443/tcp", template.suffix),
                            None => format!(".{}:443/tcp", template.suffix),
                        };
                        let end = template.line_ends.pick(template.region, *geo, global);
                        assert_eq!(end, expected, "{endpoint:?} {edition:?}");
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, 252);
    }
}
