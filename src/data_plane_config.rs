//! The kong.conf settings that connect a data plane node to Konnect.

use crate::error::QuotedChar;
use crate::{DpLabelProblem, Endpoint, Error, Requirements};
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
/// holds a control character, a `#` (kong.conf reads the rest of the line as
/// a comment, in files and environment variables alike), a `\`, or anything
/// else that `sh`, `docker --env-file` or Compose would read differently
/// (see [`env`](DataPlaneConfig::env)).
///
/// ```
/// use konnect_netreq::{Edition, Geo, Requirements};
///
/// let config = Requirements::for_geo(Geo::Eu)
///     .with_cp_prefix("a1b2c3d4e5")
///     .with_edition(Edition::Aug2026)
///     .build()?
///     .data_plane_config()?
///     .with_cluster_cert("/run/secrets/dp.crt")?
///     .with_cluster_cert_key("/run/secrets/dp.key")?;
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
    control_plane: String,
    server_name: String,
    telemetry_endpoint: String,
    telemetry_server_name: String,
    cert: String,
    cert_key: String,
    proxy: Option<ForwardProxy>,
    /// `proxy_listen` and `stream_listen`, written only when the
    /// requirements have listeners of their own.
    proxy_listen: Option<String>,
    stream_listen: Option<String>,
    /// `cluster_dp_labels`, comma-separated; `None` for none.
    dp_labels: Option<String>,
    incremental_sync: bool,
}

/// A validated forward proxy; `url` may hold a password, `redacted` never.
#[derive(Clone, PartialEq, Eq)]
struct ForwardProxy {
    url: String,
    redacted: String,
    https: bool,
}

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

impl Requirements {
    /// The kong.conf settings that connect a data plane node of these
    /// requirements to its control plane (Kong's data plane reference):
    /// hybrid role without a database, PKI mutual TLS, the control plane and
    /// telemetry addresses with their TLS server names, the certificate
    /// paths, the system CA store, Konnect mode, and Vitals off.
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
    pub fn data_plane_config(&self) -> Result<DataPlaneConfig, Error> {
        let prefix = self.cp_prefix().ok_or(Error::MissingCpPrefix)?.as_str();
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
                    .ok_or(Error::MissingCpPrefix)?;
                let tp = self
                    .host(Endpoint::Telemetry)
                    .filter(|host| !host.is_wildcard())
                    .ok_or(Error::MissingCpPrefix)?;
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
        })
    }
}

impl DataPlaneConfig {
    /// Where `cluster_cert` points unless
    /// [`with_cluster_cert`](Self::with_cluster_cert) says otherwise.
    pub const DEFAULT_CLUSTER_CERT: &'static str = "/etc/kong/cluster.crt";

    /// Where `cluster_cert_key` points unless
    /// [`with_cluster_cert_key`](Self::with_cluster_cert_key) says otherwise.
    pub const DEFAULT_CLUSTER_CERT_KEY: &'static str = "/etc/kong/cluster.key";

    /// Sets the path of the data plane certificate (`cluster_cert`).
    ///
    /// The path must be non-empty and hold only ASCII letters, digits and
    /// `-._/:@%+=,[]`: kong.conf would cut a line at a newline, read `#` as
    /// the start of a comment, take `\#` as an escape and trim spaces, and
    /// an environment file (see [`env`](Self::env)) would expand `$`, `~`
    /// and backticks or split at whitespace. Invisible Unicode characters
    /// get a message of their own.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?;
    /// let err = config.with_cluster_cert("/etc/kong/dp.crt\nrole = control_plane");
    /// assert_eq!(
    ///     err.unwrap_err().to_string(),
    ///     "invalid cluster_cert path \"/etc/kong/dp.crt\\nrole = control_plane\": \
    ///      it contains the control character '\\n'; expected a non-empty file path \
    ///      of ASCII letters, digits and '-', '.', '_', '/', ':', '@', '%', '+', '=', ',', \
    ///      '[' or ']'",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn with_cluster_cert(mut self, path: &str) -> Result<Self, Error> {
        check_path("cluster_cert", path)?;
        path.clone_into(&mut self.cert);
        Ok(self)
    }

    /// Sets the path of the data plane certificate's private key
    /// (`cluster_cert_key`); the same rules as for
    /// [`with_cluster_cert`](Self::with_cluster_cert) apply.
    pub fn with_cluster_cert_key(mut self, path: &str) -> Result<Self, Error> {
        check_path("cluster_cert_key", path)?;
        path.clone_into(&mut self.cert_key);
        Ok(self)
    }

    /// Reaches Konnect through an HTTP CONNECT forward proxy: adds
    /// `proxy_server`, `cluster_use_proxy = on` and
    /// `proxy_server_ssl_verify`, which is `on` for an `https` proxy (its
    /// certificate is checked against `lua_ssl_trusted_certificate`, the
    /// system store) and `off` for an `http` one, as in Kong's examples.
    ///
    /// The URL is checked the way Kong checks it, and a little more:
    /// - the scheme is `http` or `https`, and a host is required;
    /// - no query and no fragment (Kong refuses both), and no path other
    ///   than `/` (Kong accepts one but never uses it);
    /// - no control characters, whitespace or invisible Unicode characters
    ///   (format characters, line and paragraph separators) anywhere;
    /// - after normalization, only characters an environment file holds as
    ///   they are (see [`env`](Self::env)): a password with `$`, `'`, `&`,
    ///   `(`, `)`, `*`, `!` or `~` must be given percent-encoded.
    ///
    /// The URL is written in its normal form with the port always spelled
    /// out (`http://proxy.internal:80`), the host lower-cased and
    /// international names in their ASCII form; characters of the user name
    /// and password that a URL cannot hold as they are are percent-encoded.
    /// Since a fragment is refused and `#` is percent-encoded everywhere
    /// else, the value never holds a `#` that kong.conf would read as a
    /// comment. In `Debug` output and error messages everything before the
    /// last `@` (after the scheme) is replaced by `***`, the user name too
    /// (`http://***@proxy:3128`); only [`kong_conf`](Self::kong_conf),
    /// [`env`](Self::env) and [`settings`](Self::settings) show it.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?
    ///     .with_forward_proxy("https://kong:s3cret@Proxy.Internal:3128")?;
    /// assert!(config.kong_conf().ends_with(
    ///     "proxy_server = https://kong:s3cret@proxy.internal:3128
    /// cluster_use_proxy = on
    /// proxy_server_ssl_verify = on
    /// ",
    /// ));
    /// assert!(!format!("{config:?}").contains("s3cret"));
    ///
    /// let err = config.with_forward_proxy("socks5://kong:s3cret@proxy.internal:1080");
    /// assert_eq!(
    ///     err.unwrap_err().to_string(),
    ///     "invalid forward proxy URL \"socks5://***@proxy.internal:1080\": \
    ///      scheme \"socks5\" is not http or https; expected \
    ///      http://[USER[:PASSWORD]@]HOST[:PORT] or https://[USER[:PASSWORD]@]HOST[:PORT]",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    #[cfg(feature = "url")]
    #[cfg_attr(docsrs, doc(cfg(feature = "url")))]
    pub fn with_forward_proxy(mut self, url: &str) -> Result<Self, Error> {
        self.proxy = Some(ForwardProxy::parse(url)?);
        Ok(self)
    }

    /// Sets `cluster_dp_labels`, the labels Konnect shows for the data plane
    /// node, each `KEY:VALUE`; replaces earlier labels, and no labels
    /// remove the setting. The labels are checked as Kong checks them
    /// (`kong/conf_loader/parse.lua` in Kong/kong): at most 10; each split
    /// at its first `:`; key and value each 1 to 63 bytes of ASCII letters,
    /// digits, `_`, `.`, `-` (and `:` in the value), starting and ending
    /// with a letter or digit; no key starting with `kong`, `konnect`,
    /// `insomnia`, `mesh` or `kic`, in any case.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?
    ///     .with_cluster_dp_labels(["deployment:mycloud", "region:eu-central-1"])?;
    /// assert!(config.kong_conf().contains(
    ///     "cluster_dp_labels = deployment:mycloud,region:eu-central-1\n"
    /// ));
    /// let err = config.with_cluster_dp_labels(["Konnect-team:api"]).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid cluster_dp_labels label \"Konnect-team:api\": its key starts with the \
    ///      reserved prefix \"konnect\"; expected at most 10 labels KEY:VALUE, key and value \
    ///      each 1 to 63 ASCII letters, digits, '_', '.', ':' or '-' starting and ending with a \
    ///      letter or digit, the key not starting with kong, konnect, insomnia, mesh or kic",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::InvalidDpLabel`] for the first label Kong would refuse, or
    /// for more than 10 labels.
    pub fn with_cluster_dp_labels<S: AsRef<str>>(
        mut self,
        labels: impl IntoIterator<Item = S>,
    ) -> Result<Self, Error> {
        let labels: Vec<S> = labels.into_iter().collect();
        if labels.len() > MAX_DP_LABELS {
            return Err(Error::InvalidDpLabel {
                input: labels
                    .iter()
                    .map(AsRef::as_ref)
                    .collect::<Vec<&str>>()
                    .join(","),
                problem: DpLabelProblem::TooMany(labels.len()),
            });
        }
        for label in &labels {
            check_dp_label(label.as_ref()).map_err(|problem| Error::InvalidDpLabel {
                input: label.as_ref().to_owned(),
                problem,
            })?;
        }
        self.dp_labels = (!labels.is_empty()).then(|| {
            labels
                .iter()
                .map(AsRef::as_ref)
                .collect::<Vec<&str>>()
                .join(",")
        });
        Ok(self)
    }

    /// Adds `incremental_sync = on`: the control plane sends only what
    /// changed instead of the whole configuration (a kong.conf setting of
    /// Kong Gateway 3.10 and later, off by default; Kong's guide says to
    /// set it on both planes, and Konnect runs the control plane).
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?
    ///     .with_incremental_sync();
    /// assert!(config.kong_conf().ends_with("vitals = off\nincremental_sync = on\n"));
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    #[must_use]
    pub fn with_incremental_sync(mut self) -> Self {
        self.incremental_sync = true;
        self
    }

    /// Every setting as a kong.conf name and its value, in the order
    /// [`kong_conf`](Self::kong_conf) writes them.
    pub fn settings(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        self.entries()
            .into_iter()
            .flatten()
            .map(|(setting, value)| (setting.names().0, value))
    }

    /// The settings as kong.conf lines, `name = value`, each ending in a
    /// newline.
    pub fn kong_conf(&self) -> String {
        let mut out = String::new();
        for (name, value) in self.settings() {
            out.push_str(name);
            out.push_str(" = ");
            out.push_str(value);
            out.push('\n');
        }
        out
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
    /// (`0.0.0.0:8443 http2 ssl`). `docker --env-file` and Compose read
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
    /// let err = config.clone().with_cluster_cert("/etc/kong/$(id).crt").unwrap_err();
    /// assert!(err.to_string().contains("it contains '$', which an environment file cannot hold"));
    /// # #[cfg(feature = "url")] {
    /// let err = config.clone().with_forward_proxy("http://kong:pa$$@proxy:3128").unwrap_err();
    /// assert!(err.to_string().contains("percent-encode it in the user name or password (%24)"));
    /// let ok = config.with_forward_proxy("http://kong:pa%24%24@proxy:3128")?;
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
            .finish()
    }
}

impl fmt::Debug for ForwardProxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ForwardProxy").field(&self.redacted).finish()
    }
}

/// The value of `setting` (`proxy_listen` or `stream_listen`) for the
/// requirements' listeners in Kong's syntax, e.g. `0.0.0.0:8000, 0.0.0.0:8443
/// http2 ssl`; `None` without listeners of that setting (Kong's
/// `stream_listen` default is `off`, so nothing needs writing).
fn listen_value(req: &Requirements, setting: &str) -> Option<String> {
    let entries: Vec<String> = req
        .listeners()
        .iter()
        .filter(|listener| listener.kind().kong_conf_setting() == setting)
        .map(|listener| listener.kong_conf_entry())
        .collect();
    (!entries.is_empty()).then(|| entries.join(", "))
}

/// Kong's limit on the number of `cluster_dp_labels`.
const MAX_DP_LABELS: usize = 10;

/// Kong's limit on the length of a label's key and of its value.
const MAX_DP_LABEL_PART: usize = 63;

/// The key prefixes Kong reserves, compared ignoring ASCII case.
const RESERVED_DP_LABEL_PREFIXES: [&str; 5] = ["kong", "konnect", "insomnia", "mesh", "kic"];

/// Checks one `KEY:VALUE` label as Kong does: split at the first `:`, then
/// `[a-z0-9]([\w\.:-]*[a-z0-9]|)` on each part case-insensitively (ASCII:
/// Kong's pattern has no Unicode flag), 1 to 63 bytes, and the reserved key
/// prefixes. Kong's pattern would let a key hold `:`, but the split at the
/// first `:` means none ever does.
fn check_dp_label(label: &str) -> Result<(), DpLabelProblem> {
    let (key, value) = label.split_once(':').ok_or(DpLabelProblem::NoSeparator)?;
    if key.is_empty() || key.len() > MAX_DP_LABEL_PART {
        return Err(DpLabelProblem::KeyLength(key.len()));
    }
    if !dp_label_part(key) {
        return Err(DpLabelProblem::KeyCharacters);
    }
    if let Some(prefix) = RESERVED_DP_LABEL_PREFIXES.iter().find(|prefix| {
        key.get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
    }) {
        return Err(DpLabelProblem::ReservedKey(prefix));
    }
    if value.is_empty() || value.len() > MAX_DP_LABEL_PART {
        return Err(DpLabelProblem::ValueLength(value.len()));
    }
    if !dp_label_part(value) {
        return Err(DpLabelProblem::ValueCharacters);
    }
    Ok(())
}

/// Whether `part` matches Kong's `[a-z0-9]([\w\.:-]*[a-z0-9]|)`, ignoring
/// ASCII case.
fn dp_label_part(part: &str) -> bool {
    let bytes = part.as_bytes();
    let (Some(first), Some(last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    first.is_ascii_alphanumeric()
        && last.is_ascii_alphanumeric()
        && bytes
            .iter()
            .all(|byte| byte.is_ascii_alphanumeric() || b"_.:-".contains(byte))
}

/// The punctuation an environment file value may hold besides ASCII
/// letters and digits: characters that POSIX `sh` (sourcing the file),
/// `docker --env-file` and Docker Compose all read as themselves when
/// unquoted. Left out: whitespace, quotes, `$`, `` ` ``, `\`, `#`, `~` (tilde
/// expansion in `sh` assignments), the `sh` operators `;&|<>()`, and the
/// rest of ASCII punctuation for good measure.
const ENV_SAFE_PUNCTUATION: &str = "-._/:@%+=,[]";

/// Whether `c` reads the same in every environment file reader.
fn env_safe(c: char) -> bool {
    c.is_ascii_alphanumeric() || ENV_SAFE_PUNCTUATION.contains(c)
}

/// How a user writes `c` percent-encoded in a URL (UTF-8 bytes).
#[cfg(feature = "url")]
fn percent_encoded(c: char) -> String {
    let mut buf = [0; 4];
    c.encode_utf8(&mut buf)
        .bytes()
        .map(|byte| format!("%{byte:02X}"))
        .collect()
}

/// Refuses a path that kong.conf or an environment file would read
/// differently from what it is.
fn check_path(what: &'static str, path: &str) -> Result<(), Error> {
    let fail = |problem: String| {
        Err(Error::InvalidPath {
            what,
            input: path.to_owned(),
            problem,
        })
    };
    if path.is_empty() {
        return fail("it is empty".to_owned());
    }
    if let Some(c) = path.chars().find(|&c| crate::invisible::is_invisible(c)) {
        return fail(crate::invisible::problem(c));
    }
    if let Some(c) = path.chars().find(|c| c.is_control()) {
        return fail(format!(
            "it contains the control character {}",
            QuotedChar(c)
        ));
    }
    if path.contains('#') {
        return fail("it contains '#', which kong.conf reads as the start of a comment".to_owned());
    }
    if path.contains('\\') {
        return fail("it contains '\\', which kong.conf reads as an escape".to_owned());
    }
    if path.trim() != path {
        return fail("it starts or ends with whitespace, which kong.conf trims".to_owned());
    }
    if let Some(c) = path.chars().find(|&c| !env_safe(c)) {
        return fail(format!(
            "it contains {}, which an environment file cannot hold as it is \
             (POSIX sh, docker --env-file and Compose read it differently)",
            QuotedChar(c)
        ));
    }
    Ok(())
}

/// The host of a URL as its text writes it: after the scheme and any user
/// information, before any port, path, query or fragment.
#[cfg(feature = "url")]
fn written_host(input: &str) -> &str {
    let rest = input.split_once("://").map_or(input, |(_, rest)| rest);
    let authority = rest.split(['/', '\\', '?', '#']).next().unwrap_or_default();
    let host_port = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    match host_port.rsplit_once(':') {
        // `[::1]:3128`: the last colon before the port, not one inside brackets.
        Some((host, port)) if !port.contains(']') => host,
        _ => host_port,
    }
}

#[cfg(feature = "url")]
impl ForwardProxy {
    fn parse(input: &str) -> Result<ForwardProxy, Error> {
        let invalid = |problem: String| Error::proxy_url(input, problem);
        if let Some(c) = input.chars().find(|&c| crate::invisible::is_invisible(c)) {
            return Err(invalid(crate::invisible::problem(c)));
        }
        // The url crate drops tabs and newlines silently; refuse them first.
        if let Some(c) = input.chars().find(|c| c.is_control() || c.is_whitespace()) {
            return Err(invalid(format!(
                "it contains the control or whitespace character {}",
                QuotedChar(c)
            )));
        }
        // Without `://`, `proxy:3128` would parse as scheme `proxy`.
        if !input.contains("://") {
            return Err(invalid("it has no scheme".to_owned()));
        }
        let url = url::Url::parse(input).map_err(|error| invalid(error.to_string()))?;
        let https = match url.scheme() {
            "https" => true,
            "http" => false,
            other => return Err(invalid(format!("scheme {other:?} is not http or https"))),
        };
        let host = match url.host_str() {
            Some(host) if !host.is_empty() => host,
            _ => return Err(invalid("it has no host".to_owned())),
        };
        // The url crate decodes percent-encoding, IDNA and full-width forms
        // in hosts; a proxy host that is not written as it will be used is
        // refused rather than silently changed.
        if !written_host(input).eq_ignore_ascii_case(host) {
            return Err(invalid(
                "its host is not written in plain ASCII (percent-encoded, \
                 international or full-width characters)"
                    .to_owned(),
            ));
        }
        if url.query().is_some() {
            return Err(invalid("it has a query string".to_owned()));
        }
        if url.fragment().is_some() {
            return Err(invalid("it has a fragment".to_owned()));
        }
        if url.path() != "/" {
            return Err(invalid("it has a path".to_owned()));
        }
        let port = url
            .port_or_known_default()
            .ok_or_else(|| invalid("it has no port".to_owned()))?;
        if port == 0 {
            return Err(invalid("port 0 is not a port to connect to".to_owned()));
        }
        let scheme = url.scheme();
        let user = url.username();
        let userinfo = match (user, url.password()) {
            ("", None) => String::new(),
            (user, None) => format!("{user}@"),
            (user, Some(password)) => format!("{user}:{password}@"),
        };
        let url = format!("{scheme}://{userinfo}{host}:{port}");
        // The url crate leaves `$`, `&`, `'`, `(`, `)`, `*`, `;`, `!` and
        // `~` of user information (and some of them in hosts) as they are;
        // an environment file cannot hold them unchanged.
        if let Some(c) = url.chars().find(|&c| !env_safe(c)) {
            return Err(invalid(format!(
                "it contains {}, which an environment file cannot hold as it is \
                 (POSIX sh, docker --env-file and Compose read it differently); \
                 percent-encode it in the user name or password ({})",
                QuotedChar(c),
                percent_encoded(c),
            )));
        }
        Ok(ForwardProxy {
            redacted: crate::redact::redact(&url).into_owned(),
            url,
            https,
        })
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
