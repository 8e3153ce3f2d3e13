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

    // 2. The labels right of the region label say which template applies.
    let Shape {
        endpoint,
        region,
        identified,
        mut labels,
    } = Shape::of(host)?;

    // 3. The region label: a geo, or `global` where the template allows it.
    let geo = match region {
        Region::None => None,
        Region::Geo => Some(geo_of(labels.next_back()?)?),
        Region::MeshScope | Region::PrivateLink => region_of(labels.next_back()?, region)?,
    };

    // 4. The identifier is all that is left, as written in the input; it
    //    must be one valid DNS label, so it holds no dot. Without an
    //    identifier nothing may be left.
    let identifier = match (identified, labels.rest) {
        (true, Some(label)) => {
            check_label(label).ok()?;
            Some(label)
        }
        (false, None) => None,
        _ => return None,
    };

    Some(Classified {
        host,
        endpoint,
        geo,
        identifier,
    })
}

/// The kind of Konnect hostname `input` can only be, read from the labels
/// right of its region label; `None` if it can be none. Cheaper than
/// [`classify`], which also checks the region and identifier labels.
pub(crate) fn kind_of(input: &str) -> Option<Endpoint> {
    let host = input.strip_suffix('.').unwrap_or(input);
    Shape::of(host).map(|shape| shape.endpoint)
}

/// The template a hostname follows, as far as the labels right of its
/// region label tell.
struct Shape<'a> {
    endpoint: Endpoint,
    /// The kind of region label the template has.
    region: Region,
    /// Whether an identifier label stands left of the region label.
    identified: bool,
    /// The labels not read yet: the region label and what is left of it.
    labels: Labels<'a>,
}

impl<'a> Shape<'a> {
    /// Reads `host` (without a trailing dot) from the right, up to its
    /// region label.
    fn of(host: &'a str) -> Option<Shape<'a>> {
        let shape = |endpoint, region, identified, labels| Shape {
            endpoint,
            region,
            identified,
            labels,
        };

        // a. The registered domain, compared in one piece: Konnect's own,
        //    or the Aug2026 Dev Portal domain, which has no service label.
        let rest = if let Some(rest) = strip_suffix_ignore_case(host, ".konghq.com") {
            rest
        } else if let Some(rest) = strip_suffix_ignore_case(host, ".kongportals.com") {
            return Some(shape(
                Endpoint::DevPortal,
                Region::Geo,
                true,
                Labels::new(rest),
            ));
        } else {
            return None;
        };

        // b. The service label left of `konghq.com`: `cloud` stands alone,
        //    the API hosts need one more label to tell them apart.
        if is_keyword(rest.as_bytes(), b"cloud") {
            return Some(shape(
                Endpoint::Platform,
                Region::None,
                false,
                Labels::none(),
            ));
        }
        if let Some(left) = strip_suffix_ignore_case(rest, ".api") {
            // Look one label ahead; a geo there is the region label.
            let labels = Labels::new(left);
            let mut ahead = labels;
            let next = ahead.next_back()?.as_bytes();
            return Some(if is_keyword(next, b"global") {
                shape(Endpoint::GlobalApi, Region::None, false, ahead)
            } else if is_keyword(next, b"kic") {
                shape(Endpoint::IngressController, Region::Geo, false, ahead)
            } else {
                shape(Endpoint::RegionalApi, Region::Geo, false, labels)
            });
        }
        // c. Every other service label is compared as a suffix, with the
        //    dot that separates it from the region label. (Written out call
        //    by call, not as a loop over a table, so that each comparison
        //    is against a constant and folds.)
        let service = |suffix: &str, endpoint, region, identified| {
            let left = strip_suffix_ignore_case(rest, suffix)?;
            Some(shape(endpoint, region, identified, Labels::new(left)))
        };
        service(".cp0", Endpoint::ControlPlane, Region::Geo, true)
            .or_else(|| service(".tp0", Endpoint::Telemetry, Region::Geo, true))
            .or_else(|| service(".cp", Endpoint::ControlPlane, Region::Geo, true))
            .or_else(|| service(".tp", Endpoint::Telemetry, Region::Geo, true))
            .or_else(|| service(".portal", Endpoint::DevPortal, Region::Geo, true))
            .or_else(|| service(".mesh.sync", Endpoint::MeshSync, Region::MeshScope, false))
            .or_else(|| {
                let endpoint = Endpoint::EventGatewayControlPlane;
                service(".control-plane", endpoint, Region::Geo, false)
            })
            .or_else(|| {
                let endpoint = Endpoint::EventGatewayTelemetry;
                service(".telemetry", endpoint, Region::Geo, false)
            })
            .or_else(|| service(".identity", Endpoint::Identity, Region::Geo, false))
            .or_else(|| service(".svc", Endpoint::PrivateLink, Region::PrivateLink, false))
    }
}

/// The labels of a hostname, taken one at a time from the right.
#[derive(Clone, Copy)]
struct Labels<'a> {
    /// The labels not taken yet; `None` once the leftmost label was taken
    /// (`Some("")` is an empty label still to come).
    rest: Option<&'a str>,
}

impl<'a> Labels<'a> {
    fn new(host: &'a str) -> Labels<'a> {
        Labels { rest: Some(host) }
    }

    /// No labels left.
    fn none() -> Labels<'a> {
        Labels { rest: None }
    }

    /// Takes the rightmost label left, if any.
    fn next_back(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        // A dot is one byte, so both sides of it are whole characters.
        match rest.bytes().rposition(|byte| byte == b'.') {
            Some(dot) => {
                self.rest = rest.get(..dot);
                rest.get(dot..).and_then(|tail| tail.strip_prefix('.'))
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// `host` without `suffix`, if it ends with it ignoring ASCII case.
#[inline]
fn strip_suffix_ignore_case<'a>(host: &'a str, suffix: &str) -> Option<&'a str> {
    let start = host.len().checked_sub(suffix.len())?;
    let tail = host.as_bytes().get(start..)?;
    if is_keyword(tail, suffix.as_bytes()) {
        host.get(..start)
    } else {
        None
    }
}

/// Whether `input` is `keyword` (lower-case letters, digits, `-` and `.`)
/// ignoring ASCII case. For a constant keyword this folds into a few
/// instructions: keywords of 8 to 16 bytes are compared as two 8-byte
/// words (overlapping when shorter than 16), shorter ones byte by byte.
#[inline]
fn is_keyword(input: &[u8], keyword: &[u8]) -> bool {
    if input.len() != keyword.len() {
        return false;
    }
    if let (8..=16, Some(last)) = (keyword.len(), keyword.len().checked_sub(8)) {
        return word_is_keyword(input, keyword, 0) && word_is_keyword(input, keyword, last);
    }
    input
        .iter()
        .zip(keyword)
        .all(|(byte, want)| byte | case_bit(*want) == *want)
}

/// `0x20` where the keyword has a lower-case letter, else `0`. Setting
/// that bit turns the letter's upper-case form into it and leaves the
/// letter as it is, and turns no other byte into it; where the keyword has
/// no letter the input byte must be equal.
#[inline]
fn case_bit(want: u8) -> u8 {
    if want.is_ascii_lowercase() { 0x20 } else { 0 }
}

/// Compares the 8 bytes at `at` of `input` and `keyword` in one step.
#[inline]
fn word_is_keyword(input: &[u8], keyword: &[u8], at: usize) -> bool {
    let (Some(have), Some(want)) = (word(input, at), word(keyword, at)) else {
        return false;
    };
    let case = want.map(case_bit);
    u64::from_le_bytes(have) | u64::from_le_bytes(case) == u64::from_le_bytes(want)
}

/// The 8 bytes at `at`, if there are so many.
#[inline]
fn word(bytes: &[u8], at: usize) -> Option<[u8; 8]> {
    bytes.get(at..at.checked_add(8)?)?.try_into().ok()
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
