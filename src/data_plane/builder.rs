//! [`DataPlaneConfigBuilder`]: changes a [`DataPlaneConfig`], checking each
//! value as it is given.

use super::labels::dp_labels;
use super::path::check_path;
#[cfg(feature = "url")]
use super::proxy::ForwardProxy;
use crate::first_error::FirstError;
use crate::{DataPlaneConfig, Error, Requirements};
use std::fmt;
use std::path::Path;

impl DataPlaneConfig {
    /// Starts a configuration for the data plane of `req`; the same as
    /// `req.data_plane_config()` followed by
    /// [`to_builder`](Self::to_builder), with a missing control plane DNS
    /// prefix reported by [`build`](DataPlaneConfigBuilder::build).
    pub fn builder(req: &Requirements) -> DataPlaneConfigBuilder {
        match req.data_plane_config() {
            Ok(config) => config.to_builder(),
            Err(error) => DataPlaneConfigBuilder {
                config: None,
                error: FirstError::from(error),
            },
        }
    }

    /// Starts from a copy of this configuration, which stays as it is
    /// whatever the builder is given.
    pub fn to_builder(&self) -> DataPlaneConfigBuilder {
        DataPlaneConfigBuilder {
            config: Some(self.clone()),
            error: FirstError::default(),
        }
    }
}

/// Builds a [`DataPlaneConfig`]; made by [`DataPlaneConfig::builder`] or
/// [`DataPlaneConfig::to_builder`].
///
/// The crate's one builder style, shared with
/// [`RequirementsBuilder`](crate::RequirementsBuilder) and
/// [`RenderOptionsBuilder`](crate::RenderOptionsBuilder): calls take `self`
/// by value so they chain, check their input at once, and keep the first
/// error for [`build`](Self::build) to report. Paths are taken as
/// `impl AsRef<Path>`, text as `impl AsRef<str>`. A configuration the
/// builder was made from is a copy, so a refused path or URL costs nothing
/// already held.
#[derive(Clone)]
#[must_use = "a builder does nothing until `build()` is called"]
pub struct DataPlaneConfigBuilder {
    /// `None` when the requirements had no control plane DNS prefix.
    config: Option<DataPlaneConfig>,
    error: FirstError,
}

/// As [`DataPlaneConfig`]'s: a proxy password never shows.
impl fmt::Debug for DataPlaneConfigBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DataPlaneConfigBuilder")
            .field("config", &self.config)
            .field("error", &self.error)
            .finish()
    }
}

impl DataPlaneConfigBuilder {
    /// Sets the path of the data plane certificate (`cluster_cert`).
    ///
    /// The path must be non-empty and hold only ASCII letters, digits and
    /// `-._/:@%+=,[]`: kong.conf would cut a line at a newline, read `#` as
    /// the start of a comment, take `\#` as an escape and trim spaces, and
    /// an environment file (see [`env`](DataPlaneConfig::env)) would expand `$`, `~`
    /// and backticks or split at whitespace. Invisible Unicode characters
    /// get a message of their own.
    ///
    /// ```
    /// use konnect_netreq::{DataPlaneConfig, Geo, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
    /// let err = DataPlaneConfig::builder(&req)
    ///     .with_cluster_cert("/etc/kong/dp.crt\nrole = control_plane")
    ///     .build();
    /// assert_eq!(
    ///     err.unwrap_err().to_string(),
    ///     "invalid cluster_cert path \"/etc/kong/dp.crt\\nrole = control_plane\": \
    ///      it contains the control character '\\n'; expected a non-empty file path \
    ///      of ASCII letters, digits and '-', '.', '_', '/', ':', '@', '%', '+', '=', ',', \
    ///      '[' or ']'",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn with_cluster_cert(mut self, path: impl AsRef<Path>) -> Self {
        match check_path("cluster_cert", path.as_ref()) {
            Ok(path) => self.edit(|config| config.cert = path),
            Err(error) => self.fail(error),
        }
        self
    }

    /// Sets the path of the data plane certificate's private key
    /// (`cluster_cert_key`); the same rules as for
    /// [`with_cluster_cert`](Self::with_cluster_cert) apply.
    pub fn with_cluster_cert_key(mut self, path: impl AsRef<Path>) -> Self {
        match check_path("cluster_cert_key", path.as_ref()) {
            Ok(path) => self.edit(|config| config.cert_key = path),
            Err(error) => self.fail(error),
        }
        self
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
    ///   they are (see [`env`](DataPlaneConfig::env)): a password with `$`, `'`, `&`,
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
    /// (`http://***@proxy:3128`); only [`kong_conf`](DataPlaneConfig::kong_conf),
    /// [`env`](DataPlaneConfig::env) and [`settings`](DataPlaneConfig::settings) show it.
    ///
    /// ```
    /// use konnect_netreq::{DataPlaneConfig, Geo, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
    /// let config = DataPlaneConfig::builder(&req)
    ///     .with_forward_proxy("https://kong:s3cret@Proxy.Internal:3128")
    ///     .build()?;
    /// assert!(config.kong_conf().ends_with(
    ///     "proxy_server = https://kong:s3cret@proxy.internal:3128
    /// cluster_use_proxy = on
    /// proxy_server_ssl_verify = on
    /// ",
    /// ));
    /// assert!(!format!("{config:?}").contains("s3cret"));
    ///
    /// let err = config.to_builder().with_forward_proxy("socks5://kong:s3cret@proxy.internal:1080").build();
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
    pub fn with_forward_proxy(mut self, url: impl AsRef<str>) -> Self {
        match ForwardProxy::parse(url.as_ref()) {
            Ok(proxy) => self.edit(|config| config.proxy = Some(proxy)),
            Err(error) => self.fail(error),
        }
        self
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
    ///     .to_builder()
    ///     .with_cluster_dp_labels(["deployment:mycloud", "region:eu-central-1"])
    ///     .build()?;
    /// assert!(config.kong_conf().contains(
    ///     "cluster_dp_labels = deployment:mycloud,region:eu-central-1\n"
    /// ));
    /// let err = config.to_builder().with_cluster_dp_labels(["Konnect-team:api"]).build().unwrap_err();
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
    /// [`build`](Self::build) reports [`ErrorKind::InvalidDpLabel`](crate::ErrorKind::InvalidDpLabel) for the
    /// first label Kong would refuse, or for more than 10 labels.
    pub fn with_cluster_dp_labels<S: AsRef<str>>(
        mut self,
        labels: impl IntoIterator<Item = S>,
    ) -> Self {
        match dp_labels(labels) {
            Ok(labels) => self.edit(|config| config.dp_labels = labels),
            Err(error) => self.fail(error),
        }
        self
    }

    /// Adds `incremental_sync = on`: the control plane sends only what
    /// changed instead of the whole configuration (a kong.conf setting of
    /// Kong Gateway 3.10 and later, off by default; Kong's guide says to
    /// set it on both planes, and Konnect runs the control plane). Every
    /// output then carries [warnings](DataPlaneConfig::warnings): Kong
    /// Gateway 3.10 or later, 3.11.0.3 or later with `stream_listen`, and
    /// an [image tag](Self::with_helm_image_tag) for the Helm chart.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?
    ///     .to_builder()
    ///     .with_incremental_sync()
    ///     .build()?;
    /// assert!(config.kong_conf().ends_with("vitals = off\nincremental_sync = on\n"));
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn with_incremental_sync(mut self) -> Self {
        self.edit(|config| config.incremental_sync = true);
        self
    }

    /// Names the Kubernetes TLS secret the [Helm values](DataPlaneConfig::helm_values)
    /// take the cluster certificate from (default
    /// [`DEFAULT_HELM_CERT_SECRET`](DataPlaneConfig::DEFAULT_HELM_CERT_SECRET),
    /// the name in Kong's guide).
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?;
    /// assert_eq!(
    ///     config.to_builder().with_helm_cert_secret("Kong_Cert").build().unwrap_err().to_string(),
    ///     "invalid Kubernetes secret name \"Kong_Cert\": it contains 'K'; expected a \
    ///      DNS-1123 label: 1 to 63 lower-case ASCII letters, digits or hyphens, starting and \
    ///      ending with a letter or digit",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    ///
    /// [`build`](Self::build) reports [`ErrorKind::InvalidRenderOption`](crate::ErrorKind::InvalidRenderOption) when
    /// the name is not one a secret mounted as a volume can have (an RFC
    /// 1123 label).
    pub fn with_helm_cert_secret(mut self, name: impl AsRef<str>) -> Self {
        let name = name.as_ref();
        match crate::export::check_kubernetes_label("Kubernetes secret name", name) {
            Ok(()) => self.edit(|config| config.helm_cert_secret = name.to_owned()),
            Err(error) => self.fail(error),
        }
        self
    }

    /// Changes the configuration, if there is one (not after a missing
    /// control plane DNS prefix).
    pub(super) fn edit(&mut self, change: impl FnOnce(&mut DataPlaneConfig)) {
        if let Some(config) = self.config.as_mut() {
            change(config);
        }
    }

    pub(super) fn fail(&mut self, error: Error) {
        self.error.record(error);
    }

    /// The configuration, or the first error.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::MissingIdentifier`](crate::ErrorKind::MissingIdentifier) for requirements without a control plane
    /// DNS prefix (from [`DataPlaneConfig::builder`]); otherwise the first
    /// [`ErrorKind::InvalidPath`](crate::ErrorKind::InvalidPath) or [`ErrorKind::InvalidProxyUrl`](crate::ErrorKind::InvalidProxyUrl) given.
    pub fn build(self) -> Result<DataPlaneConfig, Error> {
        match self.error.or_ok(self.config)? {
            Some(config) => Ok(config),
            // `config` is `None` only together with an error.
            None => Err(Error::missing_cp_prefix()),
        }
    }
}
