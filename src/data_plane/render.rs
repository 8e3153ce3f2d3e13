//! Writing a [`DataPlaneConfig`] out: kong.conf lines, an environment file,
//! Helm values or JSON.

use crate::DataPlaneConfig;

/// How [`DataPlaneConfig::render`] writes the settings.
///
/// ```
/// use konnect_netreq::{ConfigFormat, Geo, Requirements};
///
/// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
///     .data_plane_config()?;
/// assert!(config.render(ConfigFormat::KongConf).starts_with("role = data_plane\n"));
/// assert!(config.render(ConfigFormat::Env).starts_with("KONG_ROLE=data_plane\n"));
/// assert_eq!("env".parse::<ConfigFormat>()?, ConfigFormat::Env);
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ConfigFormat {
    /// kong.conf lines, `name = value` ([`DataPlaneConfig::kong_conf`]).
    #[default]
    KongConf,
    /// Environment file lines, `KONG_NAME=value` ([`DataPlaneConfig::env`]);
    /// a value with a space (your own listeners) is single-quoted. The
    /// [warnings](DataPlaneConfig::warnings) come first, as `#` comments.
    Env,
    /// A values file for the `kong/kong` Helm chart
    /// ([`DataPlaneConfig::helm_values`]).
    Helm,
    /// One JSON object of the settings, by kong.conf name, in
    /// [`settings`](DataPlaneConfig::settings) order (feature `json`). JSON
    /// has no comments: read the [warnings](DataPlaneConfig::warnings)
    /// yourself.
    #[cfg(feature = "json")]
    #[cfg_attr(docsrs, doc(cfg(feature = "json")))]
    Json,
}

impl ConfigFormat {
    /// Every format.
    pub const ALL: &'static [ConfigFormat] = &[
        ConfigFormat::KongConf,
        ConfigFormat::Env,
        ConfigFormat::Helm,
        #[cfg(feature = "json")]
        ConfigFormat::Json,
    ];

    /// The keyword: `"kong-conf"`, `"env"`, `"helm"` or `"json"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ConfigFormat::KongConf => "kong-conf",
            ConfigFormat::Env => "env",
            ConfigFormat::Helm => "helm",
            #[cfg(feature = "json")]
            ConfigFormat::Json => "json",
        }
    }
}

crate::keyword::keyword_enum!(ConfigFormat, "format");

impl DataPlaneConfig {
    /// The settings as kong.conf lines, `name = value`, each ending in a
    /// newline, after the [warnings](Self::warnings) as `# Warning:`
    /// comment lines.
    pub fn kong_conf(&self) -> String {
        let mut out = self.warning_comments(ConfigFormat::KongConf);
        for (name, value) in self.settings() {
            out.push_str(name);
            out.push_str(" = ");
            out.push_str(value);
            out.push('\n');
        }
        out
    }

    /// The settings in `format`, each line ending in a newline.
    pub fn render(&self, format: ConfigFormat) -> String {
        match format {
            ConfigFormat::KongConf => self.kong_conf(),
            // Only listener values can hold a space (see `env`), and nothing
            // in any value needs escaping inside single quotes.
            ConfigFormat::Env => {
                let mut out = self.warning_comments(ConfigFormat::Env);
                for (name, value) in self.env() {
                    if value.contains(' ') {
                        out.push_str(&format!("{name}='{value}'\n"));
                    } else {
                        out.push_str(&format!("{name}={value}\n"));
                    }
                }
                out
            }
            ConfigFormat::Helm => self.helm_values(),
            #[cfg(feature = "json")]
            ConfigFormat::Json => crate::export::json::render(&JsonSettings(self)),
        }
    }
}

/// The settings as one JSON object in [`settings`](DataPlaneConfig::settings)
/// order (a `serde_json::Map` would sort them); serde_json escapes whatever
/// a value holds, though the setters let no quote, backslash or control
/// character through.
#[cfg(feature = "json")]
struct JsonSettings<'a>(&'a DataPlaneConfig);

#[cfg(feature = "json")]
impl serde::Serialize for JsonSettings<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.settings())
    }
}

#[cfg(all(test, feature = "json"))]
mod tests {
    use crate::{ConfigFormat, DataPlaneConfig, Geo, Listener, Requirements};

    fn eu_with_listeners() -> DataPlaneConfig {
        let listeners: Vec<Listener> = ["http:80", "https:443", "tls:9443", "udp:5353"]
            .iter()
            .map(|text| text.parse().unwrap())
            .collect();
        Requirements::for_geo(Geo::Eu)
            .with_cp_prefix("a1b2c3d4e5")
            .with_listeners(listeners)
            .build()
            .unwrap()
            .data_plane_config()
            .unwrap()
    }

    /// Every optional setting present; the text is what the hand-written
    /// JSON writer produced before serde_json replaced it.
    #[cfg(feature = "url")]
    #[test]
    fn json_holds_every_setting_in_kong_conf_order() {
        let config = eu_with_listeners()
            .to_builder()
            .with_cluster_cert("/run/secrets/dp.crt")
            .with_cluster_cert_key("/run/secrets/dp.key")
            .with_cluster_dp_labels(["deployment:mycloud", "region:eu-central-1"])
            .with_incremental_sync()
            .with_forward_proxy("https://kong:s3cret@Proxy.Internal:3128")
            .build()
            .unwrap();
        assert_eq!(
            config.render(ConfigFormat::Json),
            r#"{
  "role": "data_plane",
  "database": "off",
  "cluster_mtls": "pki",
  "cluster_control_plane": "a1b2c3d4e5.eu.cp0.konghq.com:443",
  "cluster_server_name": "a1b2c3d4e5.eu.cp0.konghq.com",
  "cluster_telemetry_endpoint": "a1b2c3d4e5.eu.tp0.konghq.com:443",
  "cluster_telemetry_server_name": "a1b2c3d4e5.eu.tp0.konghq.com",
  "cluster_cert": "/run/secrets/dp.crt",
  "cluster_cert_key": "/run/secrets/dp.key",
  "lua_ssl_trusted_certificate": "system",
  "konnect_mode": "on",
  "vitals": "off",
  "cluster_dp_labels": "deployment:mycloud,region:eu-central-1",
  "incremental_sync": "on",
  "proxy_server": "https://kong:s3cret@proxy.internal:3128",
  "cluster_use_proxy": "on",
  "proxy_server_ssl_verify": "on",
  "proxy_listen": "0.0.0.0:80 reuseport backlog=16384, 0.0.0.0:443 http2 ssl reuseport backlog=16384",
  "stream_listen": "0.0.0.0:9443 ssl, 0.0.0.0:5353 udp"
}
"#
        );
    }

    /// The setters let no quote, backslash or control character through;
    /// set past them, such values still come out as valid JSON that reads
    /// back as the same text.
    #[test]
    fn json_escapes_what_the_setters_would_refuse() {
        let hostile = "/etc/kong/\"a\\b\"\n\t\u{0}\u{7f}\u{85}\u{2028}é.crt";
        let mut config = eu_with_listeners();
        config.cert = hostile.to_owned();
        config.stream_listen = Some("}\n{".to_owned());
        let json = config.render(ConfigFormat::Json);
        let read: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&json).unwrap();
        let written: Vec<(&str, &str)> = config.settings().collect();
        assert_eq!(read.len(), written.len());
        for (name, value) in written {
            assert_eq!(
                read.get(name),
                Some(&serde_json::Value::from(value)),
                "{name}"
            );
        }
        assert_eq!(
            read.get("cluster_cert"),
            Some(&serde_json::Value::from(hostile))
        );
    }
}
