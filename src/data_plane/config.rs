//! The value: the kong.conf settings that connect a data plane node to
//! Konnect, made from [`Requirements`].

use super::proxy::ForwardProxy;
use crate::{Endpoint, Error, Requirements};
use std::fmt;

/// The kong.conf settings a data plane node needs to join its Konnect
/// control plane, as kong.conf lines or `KONG_...` environment variables.
///
/// Made by [`Requirements::data_plane_config`]; the control plane and
/// telemetry addresses come from the requirements' hosts, so the edition
/// decides between `cp0`/`tp0` and `cp`/`tp`, and
/// [`with_private_link`](crate::RequirementsBuilder::with_private_link)
/// switches to the AWS PrivateLink forms. Every value is checked when it is
/// set, so no value can break a kong.conf line or an environment file: none
/// holds a control character, a `#` (kong.conf reads the rest of a line as
/// a comment; Kong reads `KONG_*` variables as they are and escapes `#`
/// only when it writes its own `.kong_env`, but an environment file's
/// readers differ, and a value should mean the same in every output), a
/// `\`, or anything else that `sh`, `docker --env-file` or Compose would
/// read differently (see [`env`](DataPlaneConfig::env)).
///
/// A value that is always valid; the certificate paths and the forward
/// proxy are set through a [`DataPlaneConfigBuilder`](crate::DataPlaneConfigBuilder)
/// ([`DataPlaneConfig::builder`], or [`to_builder`](Self::to_builder) to
/// change a copy), in the crate's one builder style.
///
/// ```
/// use konnect_netreq::{Edition, Geo, Requirements};
///
/// let config = Requirements::for_geo(Geo::Eu)
///     .with_cp_prefix("a1b2c3d4e5")
///     .with_edition(Edition::Aug2026)
///     .build()?
///     .data_plane_config()?
///     .to_builder()
///     .with_cluster_cert("/run/secrets/dp.crt")
///     .with_cluster_cert_key("/run/secrets/dp.key")
///     .build()?;
/// assert_eq!(
///     config.kong_conf(),
///     "role = data_plane
/// database = off
/// cluster_mtls = pki
/// cluster_control_plane = a1b2c3d4e5.eu.cp.konghq.com:443
/// cluster_server_name = a1b2c3d4e5.eu.cp.konghq.com
/// cluster_telemetry_endpoint = a1b2c3d4e5.eu.tp.konghq.com:443
/// cluster_telemetry_server_name = a1b2c3d4e5.eu.tp.konghq.com
/// cluster_cert = /run/secrets/dp.crt
/// cluster_cert_key = /run/secrets/dp.key
/// lua_ssl_trusted_certificate = system
/// konnect_mode = on
/// vitals = off
/// ",
/// );
/// let env: Vec<(&str, &str)> = config.env().collect();
/// assert_eq!(env[3], ("KONG_CLUSTER_CONTROL_PLANE", "a1b2c3d4e5.eu.cp.konghq.com:443"));
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct DataPlaneConfig {
    pub(super) control_plane: String,
    pub(super) server_name: String,
    pub(super) telemetry_endpoint: String,
    pub(super) telemetry_server_name: String,
    pub(super) cert: String,
    pub(super) cert_key: String,
    pub(super) proxy: Option<ForwardProxy>,
    /// `proxy_listen` and `stream_listen`, written only when the
    /// requirements have listeners of their own.
    pub(super) proxy_listen: Option<String>,
    pub(super) stream_listen: Option<String>,
    /// `cluster_dp_labels`, comma-separated; `None` for none.
    pub(super) dp_labels: Option<String>,
    pub(super) incremental_sync: bool,
    /// The Kubernetes secret the Helm values take the certificate from.
    pub(super) helm_cert_secret: String,
    /// The Helm values' `image.tag`; `None` keeps the chart's default.
    pub(super) helm_image_tag: Option<String>,
}

impl Requirements {
    /// The kong.conf settings that connect a data plane node of these
    /// requirements to its control plane (Kong's data plane reference):
    /// hybrid role without a database, PKI mutual TLS, the control plane and
    /// telemetry addresses with their TLS server names, the certificate
    /// paths, the system CA store, Konnect mode, and Vitals off.
    ///
    /// `vitals = off` is written because Konnect's data plane reference
    /// still writes it, although Kong's changelog removed Vitals in Kong
    /// Gateway 3.5: newer data planes ignore the setting, older ones need
    /// it off in Konnect.
    ///
    /// Fails while the control plane DNS prefix is unknown: a wildcard is no
    /// address to connect to.
    ///
    /// With [`with_private_link`](crate::RequirementsBuilder::with_private_link)
    /// the addresses take the PrivateLink forms
    /// `{pl}.svc.konghq.com/cp/PREFIX` and `{pl}.svc.konghq.com:443/tp/PREFIX`,
    /// with `{pl}.svc.konghq.com` as both server names (`ap` for Australia).
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let pl = Requirements::for_geo(Geo::Au)
    ///     .with_cp_prefix("a1b2c3d4e5")
    ///     .with_private_link()
    ///     .build()?
    ///     .data_plane_config()?;
    /// let settings: Vec<(&str, &str)> = pl.settings().collect();
    /// assert_eq!(settings[3..7], [
    ///     ("cluster_control_plane", "ap.svc.konghq.com/cp/a1b2c3d4e5"),
    ///     ("cluster_server_name", "ap.svc.konghq.com"),
    ///     ("cluster_telemetry_endpoint", "ap.svc.konghq.com:443/tp/a1b2c3d4e5"),
    ///     ("cluster_telemetry_server_name", "ap.svc.konghq.com"),
    /// ]);
    ///
    /// let unknown = Requirements::for_geo(Geo::Eu).build()?.data_plane_config();
    /// assert_eq!(
    ///     unknown.unwrap_err().to_string(),
    ///     "a data plane configuration needs the control plane DNS prefix; \
    ///      expected requirements built with a control plane DNS prefix",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`ErrorKind::MissingIdentifier`](crate::ErrorKind::MissingIdentifier) when the requirements have no control
    /// plane DNS prefix.
    pub fn data_plane_config(&self) -> Result<DataPlaneConfig, Error> {
        let prefix = self
            .cp_prefix()
            .ok_or_else(Error::missing_cp_prefix)?
            .as_str();
        let port = crate::Port::Cluster.number();
        let (control_plane, server_name, telemetry_endpoint, telemetry_server_name) =
            if let Some(link) = self.private_link_host() {
                (
                    format!("{link}/cp/{prefix}"),
                    link.to_string(),
                    format!("{link}:{port}/tp/{prefix}"),
                    link.to_string(),
                )
            } else {
                // With a prefix, both hosts are exact; `MissingCpPrefix`
                // stands for any other way they could be missing.
                let cp = self
                    .host(Endpoint::ControlPlane)
                    .filter(|host| !host.is_wildcard())
                    .ok_or_else(Error::missing_cp_prefix)?;
                let tp = self
                    .host(Endpoint::Telemetry)
                    .filter(|host| !host.is_wildcard())
                    .ok_or_else(Error::missing_cp_prefix)?;
                (
                    format!("{cp}:{port}"),
                    cp.to_string(),
                    format!("{tp}:{port}"),
                    tp.to_string(),
                )
            };
        Ok(DataPlaneConfig {
            control_plane,
            server_name,
            telemetry_endpoint,
            telemetry_server_name,
            cert: DataPlaneConfig::DEFAULT_CLUSTER_CERT.to_owned(),
            cert_key: DataPlaneConfig::DEFAULT_CLUSTER_CERT_KEY.to_owned(),
            proxy: None,
            proxy_listen: self
                .has_own_listeners()
                .then(|| listen_value(self, "proxy_listen"))
                .flatten(),
            stream_listen: self
                .has_own_listeners()
                .then(|| listen_value(self, "stream_listen"))
                .flatten(),
            dp_labels: None,
            incremental_sync: false,
            helm_cert_secret: DataPlaneConfig::DEFAULT_HELM_CERT_SECRET.to_owned(),
            helm_image_tag: None,
        })
    }
}

impl DataPlaneConfig {
    /// Where `cluster_cert` points unless
    /// [`with_cluster_cert`](crate::DataPlaneConfigBuilder::with_cluster_cert) says otherwise.
    pub const DEFAULT_CLUSTER_CERT: &'static str = "/etc/kong/cluster.crt";

    /// Where `cluster_cert_key` points unless
    /// [`with_cluster_cert_key`](crate::DataPlaneConfigBuilder::with_cluster_cert_key) says otherwise.
    pub const DEFAULT_CLUSTER_CERT_KEY: &'static str = "/etc/kong/cluster.key";
}

/// Shows every setting, with the proxy URL's user information replaced by
/// `***`.
impl fmt::Debug for DataPlaneConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DataPlaneConfig")
            .field("control_plane", &self.control_plane)
            .field("server_name", &self.server_name)
            .field("telemetry_endpoint", &self.telemetry_endpoint)
            .field("telemetry_server_name", &self.telemetry_server_name)
            .field("cert", &self.cert)
            .field("cert_key", &self.cert_key)
            .field("proxy", &self.proxy)
            .field("proxy_listen", &self.proxy_listen)
            .field("stream_listen", &self.stream_listen)
            .field("dp_labels", &self.dp_labels)
            .field("incremental_sync", &self.incremental_sync)
            .field("helm_cert_secret", &self.helm_cert_secret)
            .field("helm_image_tag", &self.helm_image_tag)
            .finish()
    }
}

/// The value of `setting` (`proxy_listen` or `stream_listen`) for the
/// requirements' listeners in Kong's syntax, e.g. `0.0.0.0:8000 reuseport
/// backlog=16384, 0.0.0.0:8443 http2 ssl reuseport backlog=16384`; `None`
/// without listeners of that setting (Kong's `stream_listen` default is
/// `off`, so nothing needs writing).
fn listen_value(req: &Requirements, setting: &str) -> Option<String> {
    let entries: Vec<String> = req
        .listeners()
        .iter()
        .filter(|listener| listener.kind().kong_conf_setting() == setting)
        .map(|listener| listener.kong_conf_entry())
        .collect();
    (!entries.is_empty()).then(|| entries.join(", "))
}
