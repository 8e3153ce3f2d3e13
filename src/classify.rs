//! Recognizing Konnect hostnames seen in logs: the inverse of the templates.

use crate::endpoint::Region;
use crate::host::MAX_HOST;
use crate::identifier::check_label;
use crate::{Edition, Endpoint, Geo};

/// What [`classify`] found out about a Konnect hostname.
///
/// It borrows from the classified input, so classifying allocates nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Classified<'a> {
    host: &'a str,
    endpoint: Endpoint,
    geo: Option<Geo>,
    identifier: Option<&'a str>,
}

impl<'a> Classified<'a> {
    /// The kind of hostname.
    pub const fn endpoint(&self) -> Endpoint {
        self.endpoint
    }

    /// The geo, or `None` for hostnames that belong to no geo
    /// (`cloud.konghq.com`, `global.api.konghq.com`, the `global` mesh sync
    /// and PrivateLink hosts).
    pub const fn geo(&self) -> Option<Geo> {
        self.geo
    }

    /// The control plane DNS prefix of a control plane or telemetry host, as
    /// written in the input (compare it ignoring ASCII case, or lower-case it
    /// with [`CpPrefix::new`](crate::CpPrefix::new)).
    pub fn cp_prefix(&self) -> Option<&'a str> {
        match self.endpoint {
            Endpoint::ControlPlane | Endpoint::Telemetry => self.identifier,
            _ => None,
        }
    }

    /// The portal ID of a Dev Portal host, as written in the input.
    pub fn portal_id(&self) -> Option<&'a str> {
        match self.endpoint {
            Endpoint::DevPortal => self.identifier,
            _ => None,
        }
    }

    /// The classified hostname, as written, without its trailing dot.
    pub const fn host(&self) -> &'a str {
        self.host
    }

    /// The one edition that writes this hostname this way (`cp0` is
    /// [`Edition::Apr2025`], `cp` is [`Edition::Aug2026`]), or `None` when
    /// every edition that has the endpoint writes it the same.
    pub fn edition(&self) -> Option<Edition> {
        let mut writing_it = Edition::ALL.iter().copied().filter(|edition| {
            self.endpoint.parts(*edition).is_some_and(|template| {
                let suffix_len = template.suffix.len();
                self.host
                    .len()
                    .checked_sub(suffix_len)
                    .and_then(|start| self.host.get(start..))
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(template.suffix))
            })
        });
        let first = writing_it.next()?;
        let having_it = Edition::ALL
            .iter()
            .filter(|e| self.endpoint.is_in(**e))
            .count();
        let writers = writing_it.count().saturating_add(1);
        (writers < having_it).then_some(first)
    }
}

/// Recognizes a Konnect hostname and takes it apart.
///
/// Takes a bare hostname (no scheme, no port, no path), ignores ASCII case
/// and accepts one trailing dot. Both spellings of every edition are
/// recognized (`cp0`/`tp0` and `cp`/`tp`, `portal.konghq.com` and
/// `kongportals.com`), and every geo in any of them. Anything that is not
/// exactly a Konnect hostname is `None`: other domains, suffix tricks such as
/// `x.eu.cp0.konghq.com.evil.com`, extra or empty labels, invalid
/// identifiers, unknown geos, wildcards, ports and URLs.
///
/// Never allocates.
///
/// ```
/// use konnect_netreq::{classify, Endpoint, Geo};
///
/// let found = classify("36fc5d01be.US.cp0.konghq.com.").unwrap();
/// assert_eq!(found.endpoint(), Endpoint::ControlPlane);
/// assert_eq!(found.geo(), Some(Geo::Us));
/// assert_eq!(found.cp_prefix(), Some("36fc5d01be"));
///
/// assert_eq!(classify("36fc5d01be.us.cp0.konghq.com.evil.com"), None);
/// assert_eq!(classify("*.us.cp0.konghq.com"), None);
/// ```
pub fn classify(input: &str) -> Option<Classified<'_>> {
    // 1. Drop one trailing dot (the fully qualified form) and bound the
    //    length before looking at any label.
    let host = input.strip_suffix('.').unwrap_or(input);
    if host.is_empty() || host.len() > MAX_HOST {
        return None;
    }

    // 2. Read labels from the right, where the registered domain is.
    let mut labels = host.rsplit('.');
    if !labels.next()?.eq_ignore_ascii_case("com") {
        return None;
    }
    let mut keyword_buffer = [0u8; KEYWORD_MAX];
    let domain = lower(labels.next()?, &mut keyword_buffer)?;

    // 3. The domain and the label left of it say which template applies;
    //    `region` is the template's region label kind, `identified` whether
    //    an identifier label stands left of the region label.
    let (endpoint, region, identified) = match domain {
        b"kongportals" => (Endpoint::DevPortal, Region::Geo, true),
        b"konghq" => {
            let mut service_buffer = [0u8; KEYWORD_MAX];
            match lower(labels.next()?, &mut service_buffer)? {
                b"cloud" => (Endpoint::Platform, Region::None, false),
                b"api" => return api_host(host, labels),
                b"portal" => (Endpoint::DevPortal, Region::Geo, true),
                b"cp0" | b"cp" => (Endpoint::ControlPlane, Region::Geo, true),
                b"tp0" | b"tp" => (Endpoint::Telemetry, Region::Geo, true),
                b"sync" => {
                    let mut mesh_buffer = [0u8; KEYWORD_MAX];
                    if lower(labels.next()?, &mut mesh_buffer)? != b"mesh" {
                        return None;
                    }
                    (Endpoint::MeshSync, Region::MeshScope, false)
                }
                b"control-plane" => (Endpoint::EventGatewayControlPlane, Region::Geo, false),
                b"telemetry" => (Endpoint::EventGatewayTelemetry, Region::Geo, false),
                b"identity" => (Endpoint::Identity, Region::Geo, false),
                b"svc" => (Endpoint::PrivateLink, Region::PrivateLink, false),
                _ => return None,
            }
        }
        _ => return None,
    };

    // 4. The region label: a geo, or `global` where the template allows it.
    let geo = match region {
        Region::None => None,
        Region::Geo => Some(geo_of(labels.next()?)?),
        Region::MeshScope | Region::PrivateLink => region_of(labels.next()?, region)?,
    };

    // 5. The identifier label, which must be a valid DNS label.
    let identifier = if identified {
        let label = labels.next()?;
        check_label(label).ok()?;
        Some(label)
    } else {
        None
    };

    // 6. Nothing may stand left of what the template has.
    if labels.next().is_some() {
        return None;
    }
    Some(Classified {
        host,
        endpoint,
        geo,
        identifier,
    })
}

/// `global.api`, `{geo}.api` and `{geo}.kic.api`, read right to left.
fn api_host<'a>(host: &'a str, mut labels: std::str::RSplit<'a, char>) -> Option<Classified<'a>> {
    let label = labels.next()?;
    let (endpoint, geo) = if label.eq_ignore_ascii_case("global") {
        (Endpoint::GlobalApi, None)
    } else if label.eq_ignore_ascii_case("kic") {
        (Endpoint::IngressController, Some(geo_of(labels.next()?)?))
    } else {
        (Endpoint::RegionalApi, Some(geo_of(label)?))
    };
    if labels.next().is_some() {
        return None;
    }
    Some(Classified {
        host,
        endpoint,
        geo,
        identifier: None,
    })
}

/// Longest keyword label the parser compares against (`control-plane`,
/// `kongportals`).
const KEYWORD_MAX: usize = 16;

/// Lower-cases a short label into `buffer`; `None` if it is too long to be
/// any keyword.
fn lower<'b>(label: &str, buffer: &'b mut [u8; KEYWORD_MAX]) -> Option<&'b [u8]> {
    let out = buffer.get_mut(..label.len())?;
    for (slot, byte) in out.iter_mut().zip(label.bytes()) {
        *slot = byte.to_ascii_lowercase();
    }
    Some(out)
}

/// The geo whose identifier `label` is, ignoring ASCII case.
fn geo_of(label: &str) -> Option<Geo> {
    Geo::ALL
        .iter()
        .copied()
        .find(|geo| geo.as_str().eq_ignore_ascii_case(label))
}

/// A mesh or PrivateLink region label: `Some(None)` for `global`.
fn region_of(label: &str, region: Region) -> Option<Option<Geo>> {
    if label.eq_ignore_ascii_case("global") {
        return Some(None);
    }
    let geo = Geo::ALL.iter().copied().find(|geo| {
        region
            .label(*geo, false)
            .is_some_and(|l| l.eq_ignore_ascii_case(label))
    })?;
    Some(Some(geo))
}
