//! How a data plane behaves towards Konnect: the page's FAQ as typed data.

// The configuration value, how it is changed, and how it is written out.
mod builder;
mod config;
mod helm;
mod read;
mod render;
mod settings;
mod versions;
// What the builder checks.
mod env_safe;
mod labels;
mod path;
mod proxy;

pub use builder::DataPlaneConfigBuilder;
pub use config::DataPlaneConfig;
pub use read::KongConf;
pub use render::ConfigFormat;

use crate::keyword::keyword_enum;
use std::time::Duration;

/// A data plane's major version, which decides its telemetry interval and
/// where it caches its configuration.
///
/// ```
/// use konnect_netreq::DataPlaneVersion;
/// use std::time::Duration;
///
/// let v3: DataPlaneVersion = "3.x".parse()?;
/// assert_eq!(v3.telemetry_flush_interval(), Duration::from_secs(1));
/// assert_eq!(v3.cached_config(), "dbless.lmdb");
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum DataPlaneVersion {
    /// Kong Gateway 2.x.
    V2,
    /// Kong Gateway 3.x.
    V3,
}

impl DataPlaneVersion {
    /// Every major version the page describes.
    pub const ALL: &'static [DataPlaneVersion] = &[DataPlaneVersion::V2, DataPlaneVersion::V3];

    /// The keyword, e.g. `"3.x"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            DataPlaneVersion::V2 => "2.x",
            DataPlaneVersion::V3 => "3.x",
        }
    }

    /// How often the data plane sends telemetry by default (the
    /// `analytics_flush_interval` setting changes it).
    pub const fn telemetry_flush_interval(self) -> Duration {
        match self {
            DataPlaneVersion::V2 => Duration::from_secs(10),
            DataPlaneVersion::V3 => Duration::from_secs(1),
        }
    }

    /// The cached configuration, in the gateway's prefix directory, that a
    /// disconnected data plane keeps serving from; deleting it stops that.
    pub const fn cached_config(self) -> &'static str {
        match self {
            DataPlaneVersion::V2 => "config.json.gz",
            DataPlaneVersion::V3 => "dbless.lmdb",
        }
    }

    /// Whether [`cached_config`](Self::cached_config) is a directory
    /// (`dbless.lmdb` is) rather than a file.
    pub const fn cached_config_is_directory(self) -> bool {
        matches!(self, DataPlaneVersion::V3)
    }
}

keyword_enum!(DataPlaneVersion, "data plane version");

/// How often a connected data plane sends its control plane a heartbeat.
pub const HEARTBEAT_INTERVAL: Duration = Duration::from_secs(30);

/// The shortest wait before a data plane reconnects to its control plane.
pub const RECONNECT_DELAY_MIN: Duration = Duration::from_secs(5);

/// The longest wait before a data plane reconnects to its control plane.
pub const RECONNECT_DELAY_MAX: Duration = Duration::from_secs(10);

/// How many requests of telemetry a disconnected data plane buffers
/// (`analytics_buffer_size_limit`), as the August 2026 FAQ states it. Kong
/// Gateway 3.15's configuration reference lowers the default to 10000.
pub const TELEMETRY_BUFFER_REQUESTS: u32 = 100_000;
