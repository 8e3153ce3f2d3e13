//! The settings a [`DataPlaneConfig`] writes, by their kong.conf and
//! environment variable names.

use crate::DataPlaneConfig;

/// One kong.conf setting this crate writes: its name in kong.conf and as an
/// environment variable. Kong reads every setting from `KONG_` plus the
/// upper-case name as well; a test checks the pairs agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Setting {
    Role,
    Database,
    ClusterMtls,
    ClusterControlPlane,
    ClusterServerName,
    ClusterTelemetryEndpoint,
    ClusterTelemetryServerName,
    ClusterCert,
    ClusterCertKey,
    LuaSslTrustedCertificate,
    KonnectMode,
    Vitals,
    ProxyServer,
    ClusterUseProxy,
    ProxyServerSslVerify,
    ProxyListen,
    StreamListen,
    ClusterDpLabels,
    IncrementalSync,
}

impl Setting {
    const fn names(self) -> (&'static str, &'static str) {
        match self {
            Setting::Role => ("role", "KONG_ROLE"),
            Setting::Database => ("database", "KONG_DATABASE"),
            Setting::ClusterMtls => ("cluster_mtls", "KONG_CLUSTER_MTLS"),
            Setting::ClusterControlPlane => ("cluster_control_plane", "KONG_CLUSTER_CONTROL_PLANE"),
            Setting::ClusterServerName => ("cluster_server_name", "KONG_CLUSTER_SERVER_NAME"),
            Setting::ClusterTelemetryEndpoint => (
                "cluster_telemetry_endpoint",
                "KONG_CLUSTER_TELEMETRY_ENDPOINT",
            ),
            Setting::ClusterTelemetryServerName => (
                "cluster_telemetry_server_name",
                "KONG_CLUSTER_TELEMETRY_SERVER_NAME",
            ),
            Setting::ClusterCert => ("cluster_cert", "KONG_CLUSTER_CERT"),
            Setting::ClusterCertKey => ("cluster_cert_key", "KONG_CLUSTER_CERT_KEY"),
            Setting::LuaSslTrustedCertificate => (
                "lua_ssl_trusted_certificate",
                "KONG_LUA_SSL_TRUSTED_CERTIFICATE",
            ),
            Setting::KonnectMode => ("konnect_mode", "KONG_KONNECT_MODE"),
            Setting::Vitals => ("vitals", "KONG_VITALS"),
            Setting::ProxyServer => ("proxy_server", "KONG_PROXY_SERVER"),
            Setting::ClusterUseProxy => ("cluster_use_proxy", "KONG_CLUSTER_USE_PROXY"),
            Setting::ProxyServerSslVerify => {
                ("proxy_server_ssl_verify", "KONG_PROXY_SERVER_SSL_VERIFY")
            }
            Setting::ProxyListen => ("proxy_listen", "KONG_PROXY_LISTEN"),
            Setting::StreamListen => ("stream_listen", "KONG_STREAM_LISTEN"),
            Setting::ClusterDpLabels => ("cluster_dp_labels", "KONG_CLUSTER_DP_LABELS"),
            Setting::IncrementalSync => ("incremental_sync", "KONG_INCREMENTAL_SYNC"),
        }
    }
}

impl DataPlaneConfig {
    /// Every setting as a kong.conf name and its value, in the order
    /// [`kong_conf`](Self::kong_conf) writes them.
    pub fn settings(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        self.entries()
            .into_iter()
            .flatten()
            .map(|(setting, value)| (setting.names().0, value))
    }

    /// The settings as environment variables: `KONG_` plus the upper-case
    /// setting name, and the value (what Kong's container images and
    /// Kubernetes manifests take).
    ///
    /// Every value may be written unquoted as a `NAME=value` line: POSIX
    /// `sh` (`set -a; . FILE`), `docker --env-file` and Docker Compose env
    /// files all read it as the same text, and sourcing it runs nothing.
    /// This holds because the values are not quoted but restricted:
    /// `docker --env-file` keeps quotes as part of the value while `sh` and
    /// Compose remove them, so no quoting reads the same in all three.
    /// Instead the setters refuse every value holding anything but ASCII
    /// letters, digits and `-._/:@%+=,[]` (no whitespace, quotes, `$`,
    /// backtick, `\`, `#`, `~`, `;`, `&`, `|`, `<`, `>`, parentheses or
    /// non-ASCII characters). A proxy password holding such a character is
    /// written percent-encoded (`%24` for `$`), which Kong decodes; a
    /// certificate path holding one must be moved or linked.
    ///
    /// One exception: with listeners of your own
    /// ([`with_listeners`](crate::RequirementsBuilder::with_listeners)),
    /// `KONG_PROXY_LISTEN` and `KONG_STREAM_LISTEN` hold spaces, because
    /// Kong's listener syntax puts flags after the address
    /// (`0.0.0.0:8443 http2 ssl reuseport backlog=16384`). `docker
    /// --env-file` and Compose read
    /// such a line as it is; for POSIX `sh`, quote these two values. They
    /// hold nothing else but digits, dots, colons, commas and the fixed
    /// flags.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?;
    /// let env_file: String = config.env().map(|(name, value)| format!("{name}={value}\n")).collect();
    /// assert!(env_file.starts_with("KONG_ROLE=data_plane\nKONG_DATABASE=off\n"));
    ///
    /// let err = config.to_builder().with_cluster_cert("/etc/kong/$(id).crt").build().unwrap_err();
    /// assert!(err.to_string().contains("it contains '$', which an environment file cannot hold"));
    /// # #[cfg(feature = "url")] {
    /// let err = config.to_builder().with_forward_proxy("http://kong:pa$$@proxy:3128").build().unwrap_err();
    /// assert!(err.to_string().contains("percent-encode it in the user name or password (%24)"));
    /// let ok = config.to_builder().with_forward_proxy("http://kong:pa%24%24@proxy:3128").build()?;
    /// assert_eq!(ok.env().nth(12), Some(("KONG_PROXY_SERVER", "http://kong:pa%24%24@proxy:3128")));
    /// # }
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn env(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        self.entries()
            .into_iter()
            .flatten()
            .map(|(setting, value)| (setting.names().1, value))
    }

    /// Every setting with its value; `None` for the proxy settings when no
    /// forward proxy is set.
    fn entries(&self) -> [Option<(Setting, &str)>; 19] {
        let proxy = self.proxy.as_ref();
        [
            Some((Setting::Role, "data_plane")),
            Some((Setting::Database, "off")),
            Some((Setting::ClusterMtls, "pki")),
            Some((Setting::ClusterControlPlane, &self.control_plane)),
            Some((Setting::ClusterServerName, &self.server_name)),
            Some((Setting::ClusterTelemetryEndpoint, &self.telemetry_endpoint)),
            Some((
                Setting::ClusterTelemetryServerName,
                &self.telemetry_server_name,
            )),
            Some((Setting::ClusterCert, &self.cert)),
            Some((Setting::ClusterCertKey, &self.cert_key)),
            Some((Setting::LuaSslTrustedCertificate, "system")),
            Some((Setting::KonnectMode, "on")),
            Some((Setting::Vitals, "off")),
            self.dp_labels
                .as_deref()
                .map(|labels| (Setting::ClusterDpLabels, labels)),
            self.incremental_sync
                .then_some((Setting::IncrementalSync, "on")),
            proxy.map(|proxy| (Setting::ProxyServer, proxy.url.as_str())),
            proxy.map(|_| (Setting::ClusterUseProxy, "on")),
            proxy.map(|proxy| {
                let verify = if proxy.https { "on" } else { "off" };
                (Setting::ProxyServerSslVerify, verify)
            }),
            self.proxy_listen
                .as_deref()
                .map(|value| (Setting::ProxyListen, value)),
            self.stream_listen
                .as_deref()
                .map(|value| (Setting::StreamListen, value)),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_names_are_kong_and_the_upper_case_setting_name() {
        let all = [
            Setting::Role,
            Setting::Database,
            Setting::ClusterMtls,
            Setting::ClusterControlPlane,
            Setting::ClusterServerName,
            Setting::ClusterTelemetryEndpoint,
            Setting::ClusterTelemetryServerName,
            Setting::ClusterCert,
            Setting::ClusterCertKey,
            Setting::LuaSslTrustedCertificate,
            Setting::KonnectMode,
            Setting::Vitals,
            Setting::ProxyServer,
            Setting::ClusterUseProxy,
            Setting::ProxyServerSslVerify,
            Setting::ProxyListen,
            Setting::StreamListen,
            Setting::ClusterDpLabels,
            Setting::IncrementalSync,
        ];
        for setting in all {
            let (name, env) = setting.names();
            assert_eq!(env, format!("KONG_{}", name.to_ascii_uppercase()));
        }
    }
}
