//! Rendering requirements for the tools that enforce them.
//!
//! Each format lives in its own module; [`Requirements::render`] picks one.

use crate::Requirements;
use crate::keyword::keyword_enum;

mod hosts;
#[cfg(feature = "json")]
mod json;

/// An output format of [`Requirements::render`].
///
/// ```
/// use konnect_netreq::Format;
///
/// assert_eq!("hosts".parse::<Format>()?, Format::Hosts);
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::VariantArray)]
#[non_exhaustive]
pub enum Format {
    /// One `host:port/proto` (or `port/proto`) per line.
    Hosts,
    /// The [`Requirements`] serialized as pretty JSON (feature `json`).
    #[cfg(feature = "json")]
    Json,
}

impl Format {
    /// Every format this build supports.
    pub const ALL: &'static [Format] = <Format as strum::VariantArray>::VARIANTS;

    /// The keyword, kebab-case, e.g. `"hosts"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Hosts => "hosts",
            #[cfg(feature = "json")]
            Format::Json => "json",
        }
    }
}

keyword_enum!(Format, "format");

impl Requirements {
    /// Renders every rule in `format`.
    ///
    /// ```
    /// use konnect_netreq::{Format, Geo, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
    /// let text = req.render(Format::Hosts);
    /// assert!(text.starts_with("cloud.konghq.com:443/tcp\n"));
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Hosts => hosts::render(self),
            #[cfg(feature = "json")]
            Format::Json => json::render(self),
        }
    }
}
