//! Kong Konnect's network requirements as typed data.
//!
//! Which hostnames, ports and protocols a data plane, a Dev Portal, a
//! service mesh or an API client must be allowed to reach, per geo, from
//! Kong's "Konnect ports and network requirements" page, in each dated
//! [`Edition`] of that page.
//!
//! ```
//! use konnect_netreq::{Geo, Protocol, Requirements, classify, Endpoint};
//!
//! let req = Requirements::for_geo(Geo::Eu)
//!     .with_cp_prefix("a1b2c3d4e5")
//!     .with_portal_id("d6a3e6b6bc64")
//!     .build()?;
//! let rules: Vec<String> = req.rules().map(|rule| rule.to_string()).collect();
//! assert_eq!(rules[..6], [
//!     "cloud.konghq.com:443/tcp",
//!     "global.api.konghq.com:443/tcp",
//!     "eu.api.konghq.com:443/tcp",
//!     "d6a3e6b6bc64.eu.portal.konghq.com:443/tcp",
//!     "a1b2c3d4e5.eu.cp0.konghq.com:443/tcp",
//!     "a1b2c3d4e5.eu.tp0.konghq.com:443/tcp",
//! ]);
//! assert!(req.allows("a1b2c3d4e5.eu.tp0.konghq.com", 443, Protocol::Tcp));
//!
//! // The inverse: what is this hostname seen in a proxy log?
//! let seen = classify("d6a3e6b6bc64.eu.kongportals.com").unwrap();
//! assert_eq!(seen.endpoint(), Endpoint::DevPortal);
//! assert_eq!(seen.portal_id(), Some("d6a3e6b6bc64"));
//! # Ok::<(), konnect_netreq::Error>(())
//! ```
//!
//! # Map
//!
//! | concept | items |
//! |---|---|
//! | geos and editions | [`Geo`], [`Edition`] |
//! | ports and protocols | [`Port`], [`Protocol`], [`AppProtocol`], [`Direction`], [`Listener`], [`ListenerKind`] |
//! | hostnames | [`Endpoint`], [`Host`], [`CpPrefix`], [`PortalId`], [`AuthServerId`] |
//! | resolving | [`Requirements`], [`RequirementsBuilder`], [`RequirementsSpec`], [`RequirementsSet`], [`Product`], [`Mesh`], [`Rule`], [`OwnedRule`] |
//! | recognizing | [`classify`], [`classify_address`], [`Classified`] |
//! | asking about a connection | [`Requirements::allows`], [`Requirements::allows_address`], [`Requirements::allows_port`], [`Requirements::check_address`], [`Refusal`] |
//! | moving between editions | [`Requirements::in_edition`], [`Requirements::diff`], [`EditionDiff`], [`Change`] |
//! | what was inferred | [`Requirements::inferences`], [`Inference`] |
//! | data plane behaviour | [`DataPlaneVersion`], [`HEARTBEAT_INTERVAL`] and friends |
//! | data plane configuration | [`DataPlaneConfig`], [`DataPlaneConfigBuilder`], [`ConfigFormat`], [`Requirements::data_plane_config`], [`DataPlaneConfig::helm_values`] |
//! | checking a data plane's path | [`KongConf`] (reading a kong.conf), [`Requirements::probe_targets`], [`ProbeTarget`], [`NotProbed`] |
//! | exports (firewalls, proxies, meshes, a Mermaid diagram) | [`Format`], [`RenderOptions`], [`Requirements::render`], [`Requirements::render_with`] |
//! | failures | [`Error`] and its [`ErrorKind`], [`redact`] |
//!
//! The crate does no I/O: no network, files, environment or clock.
//!
//! # Builders
//!
//! [`RequirementsBuilder`], [`RenderOptionsBuilder`] and
//! [`DataPlaneConfigBuilder`] work one way: each call takes the builder by
//! value and returns it, so calls chain; an invalid input is kept and
//! reported by `build()`, the first one if there are several. The values
//! they build ([`Requirements`], [`RenderOptions`], [`DataPlaneConfig`]) are
//! always valid, and `to_builder()` changes a copy, so a refused change
//! never costs a value you hold. Text arguments are `impl AsRef<str>`, file
//! paths `impl AsRef<Path>`.
//!
//! # Features
//!
//! None is on by default.
//!
//! - `url`: helpers that take or check URLs with the `url` crate, which is
//!   re-exported.
//! - `serde`: [`Requirements`] and [`RequirementsSpec`] serialize and
//!   deserialize (reading goes through the builder's checks, and a written
//!   rule list must be what the inputs resolve to); [`Rule`] and
//!   [`OwnedRule`] serialize; every keyword and identifier type
//!   (de)serializes as its string form, through the same parser as
//!   `FromStr`.
//! - `json`: [`Format`]`::Json` and [`ConfigFormat`]`::Json` (implies
//!   `serde`).
//!
//! The `konnect-netreq` command-line tool is its own package:
//! `cargo install konnect-netreq-cli`.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
// Library code has no panic paths; every fallible step returns `Error`, and
// no arithmetic can overflow (a panic in debug builds).
#![cfg_attr(
    not(test),
    deny(
        clippy::arithmetic_side_effects,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::string_slice
    )
)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// Leaves: they import nothing of the crate.
mod ascii;
mod dns;
mod invisible;

mod keyword;

mod check;
mod data_plane;
mod error;
mod export;
mod facts;
mod first_error;
mod names;
mod probe;
mod recognize;
mod redact;
mod resolve;
#[cfg(feature = "serde")]
mod serde;

#[cfg(test)]
mod all_variants;
#[cfg(test)]
mod three_editions;

pub use check::Refusal;
pub use data_plane::KongConf;
pub use data_plane::{
    ConfigFormat, DataPlaneConfig, DataPlaneConfigBuilder, DataPlaneVersion, HEARTBEAT_INTERVAL,
    RECONNECT_DELAY_MAX, RECONNECT_DELAY_MIN, TELEMETRY_BUFFER_REQUESTS,
};
pub use error::{Error, ErrorKind};
pub use export::{Format, RenderOptions, RenderOptionsBuilder};
pub use facts::{AppProtocol, Direction, Edition, Endpoint, Geo, Port, Product, Protocol};
pub use names::{AuthServerId, CpPrefix, Host, Listener, ListenerKind, Mesh, PortalId};
pub use probe::{NotProbed, ProbeTarget};
pub use recognize::{Classified, classify, classify_address};
pub use redact::redact;
pub use resolve::{
    Change, EditionDiff, Inference, OwnedRule, Requirements, RequirementsBuilder, RequirementsSet,
    RequirementsSpec, Rule, RuleIter,
};
/// The `url` crate, whose [`Url`](url::Url) [`Requirements::from_control_plane_url`]
/// takes (feature `url`).
#[cfg(feature = "url")]
#[cfg_attr(docsrs, doc(cfg(feature = "url")))]
pub use url;

// The README's examples run as doctests too.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
