//! What requirements take to be so without being told, and the one
//! pairing of hosts the Konnect API is known to make that Kong's page does
//! not write.
//!
//! The evidence for the pairing: the Konnect Control Planes API v2
//! specification (`api-specs/konnect/control-planes/v2/openapi.yaml` in
//! Kong/developer.konghq.com) gives `control_plane_endpoint` and
//! `telemetry_endpoint` examples as pairs. Up to 6593f750b (2025-08-28)
//! every pair is `cp0` with `tp0`; from 1c5992f0d (2025-09-12) to
//! bc1cd7426, the newest revision read, every pair is a `cp` control plane
//! host with a `tp0` telemetry host (`https://9e0353434a.us.cp.konghq.com`
//! with `https://9e0353434a.us.tp0.konghq.com`), and no example has a `tp`
//! host. Kong's page writes `cp` with `tp` (Aug2026) and `cp0` with `tp0`
//! (Apr2025). So when a `cp` host is given without its telemetry address,
//! both `tp` and `tp0` are allowed, and the output says so.

use super::given::Given;
use crate::facts::FACTS;
use crate::{Edition, Endpoint, Geo, Host, Requirements};
use std::fmt;

/// The telemetry spellings the Konnect API pairs with a control plane
/// spelling that Kong's page pairs otherwise, as templates of the facts
/// table: (control plane, telemetry).
const API_PAIRS: [(&str, &str); 1] = [(
    "CONTROL_PLANE_DNS_PREFIX.{geo}.cp.konghq.com",
    "CONTROL_PLANE_DNS_PREFIX.{geo}.tp0.konghq.com",
)];

/// Whether the edition was taken from a control plane address rather than
/// chosen. It is how the requirements came about, not what they are, so
/// it never makes two requirements unequal (a document read back states
/// its edition and so has none).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct EditionInferred(pub(crate) bool);

impl PartialEq for EditionInferred {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for EditionInferred {}

/// The telemetry host the Konnect API pairs with the control plane host
/// `given`, where Kong's page would write another: `None` when no pairing
/// is known or the address is a PrivateLink one.
pub(super) fn api_telemetry(given: &Given, prefix: &str, geo: Geo) -> Option<Host> {
    let host = given.host.as_ref()?;
    let found = crate::classify(host.as_str())?;
    let (_, telemetry) = API_PAIRS
        .iter()
        .find(|(control_plane, _)| *control_plane == found.template())?;
    let spelling = FACTS
        .endpoint(Endpoint::Telemetry)?
        .spellings
        .iter()
        .find(|spelling| spelling.text == *telemetry)?;
    Host::new(&spelling.write(Some(prefix), FACTS.geo(geo)?, false)).ok()
}

/// Something [`Requirements`] took to be so without being told, which an
/// output should say: [`Requirements::inferences`].
///
/// `Display` writes one line, for a comment or a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Inference<'a> {
    /// The edition was taken from the control plane address
    /// ([`Requirements::from_control_plane_endpoint`]): `cp0` is
    /// [`Edition::Apr2025`], `cp` is [`Edition::Aug2026`]; a PrivateLink
    /// host, which every edition spells the same, gives the oldest edition
    /// that lists its geo.
    #[non_exhaustive]
    Edition {
        /// The edition taken.
        edition: Edition,
        /// The control plane host it was taken from (for a PrivateLink
        /// address, the PrivateLink host).
        control_plane: &'a Host,
    },
    /// A control plane host was given without its telemetry address: the
    /// telemetry hosts are every spelling Kong's page or the Konnect API
    /// pairs with it (a `cp` host gives `tp`, from the page, and `tp0`,
    /// which the Control Planes API returns beside `cp` hosts).
    #[non_exhaustive]
    Telemetry {
        /// The control plane host given.
        control_plane: &'a Host,
        /// The telemetry hosts allowed for it, in rule order.
        hosts: &'a [(Endpoint, Host)],
    },
}

impl Inference<'_> {
    /// What was inferred, as a keyword: `"edition"` or `"telemetry"`.
    pub const fn as_str(&self) -> &'static str {
        match self {
            Inference::Edition { .. } => "edition",
            Inference::Telemetry { .. } => "telemetry",
        }
    }
}

/// One line without a final newline.
impl fmt::Display for Inference<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Inference::Edition {
                edition,
                control_plane,
            } => write!(
                f,
                "edition {edition} inferred from the control plane host {control_plane}; \
                 choose the edition to change it"
            ),
            Inference::Telemetry {
                control_plane,
                hosts,
            } => {
                write!(f, "telemetry address not given: allowing ")?;
                for (n, (_, host)) in hosts.iter().enumerate() {
                    let sep = match n {
                        0 => "",
                        n if n.saturating_add(1) == hosts.len() => " and ",
                        _ => ", ",
                    };
                    write!(f, "{sep}{host}")?;
                }
                write!(
                    f,
                    ", the telemetry host{} Kong's page and the Konnect API pair with \
                     {control_plane}; give the API's telemetry_endpoint to allow only it",
                    if hosts.len() == 1 { "" } else { "s" }
                )
            }
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Inference<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Inference", 3)?;
        out.serialize_field("inferred", self.as_str())?;
        match self {
            Inference::Edition {
                edition,
                control_plane,
            } => {
                out.serialize_field("from", control_plane)?;
                out.serialize_field("edition", edition)?;
            }
            Inference::Telemetry {
                control_plane,
                hosts,
            } => {
                out.serialize_field("from", control_plane)?;
                let hosts: Vec<&Host> = hosts.iter().map(|(_, host)| host).collect();
                out.serialize_field("hosts", &hosts)?;
            }
        }
        out.serialize_field("note", &self.to_string())?;
        out.end()
    }
}

impl Requirements {
    /// What these requirements took to be so without being told: the
    /// edition, when it came from the control plane address, and the
    /// telemetry hosts, when a control plane host was given without its
    /// telemetry address. Every export with comments writes them as
    /// comments, the table as notes, JSON as the field `inferred`.
    ///
    /// ```
    /// use konnect_netreq::{Endpoint, Inference, Requirements};
    ///
    /// let req = Requirements::from_control_plane_endpoint("https://9e0353434a.us.cp.konghq.com")?
    ///     .build()?;
    /// let telemetry: Vec<&str> = req
    ///     .hosts()
    ///     .filter(|(endpoint, _)| *endpoint == Endpoint::Telemetry)
    ///     .map(|(_, host)| host.as_str())
    ///     .collect();
    /// assert_eq!(telemetry, ["9e0353434a.us.tp.konghq.com", "9e0353434a.us.tp0.konghq.com"]);
    /// let notes: Vec<String> = req.inferences().map(|note| note.to_string()).collect();
    /// assert_eq!(notes, [
    ///     "edition aug2026 inferred from the control plane host 9e0353434a.us.cp.konghq.com; \
    ///      choose the edition to change it",
    ///     "telemetry address not given: allowing 9e0353434a.us.tp.konghq.com and \
    ///      9e0353434a.us.tp0.konghq.com, the telemetry hosts Kong's page and the Konnect API \
    ///      pair with 9e0353434a.us.cp.konghq.com; give the API's telemetry_endpoint to allow \
    ///      only it",
    /// ]);
    ///
    /// let given = Requirements::from_control_plane_endpoint("https://9e0353434a.us.cp.konghq.com")?
    ///     .with_telemetry_endpoint("https://9e0353434a.us.tp0.konghq.com")
    ///     .with_edition(konnect_netreq::Edition::Aug2026)
    ///     .build()?;
    /// assert_eq!(given.inferences().count(), 0);
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn inferences(&self) -> impl Iterator<Item = Inference<'_>> + '_ {
        let inputs = self.inputs();
        let edition = inputs
            .control_plane
            .as_ref()
            .filter(|_| inputs.edition_inferred.0)
            .map(|given| Inference::Edition {
                edition: inputs.edition,
                control_plane: &given.name,
            });
        let control_plane = inputs
            .control_plane
            .as_ref()
            .and_then(|given| given.host.as_ref());
        let telemetry = control_plane
            .filter(|_| inputs.telemetry.is_none())
            .map(|control_plane| (control_plane, self.hosts_of(Endpoint::Telemetry)))
            .filter(|(_, hosts)| !hosts.is_empty())
            .map(|(control_plane, hosts)| Inference::Telemetry {
                control_plane,
                hosts,
            });
        [edition, telemetry].into_iter().flatten()
    }
}
