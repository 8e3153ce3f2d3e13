//! Reading a data plane's kong.conf (and its `KONG_*` environment) for the
//! settings that decide where the node connects.

use crate::error::KongConfProblem;
use crate::{Error, Host};
use std::fmt;

/// The settings of a data plane's kong.conf that decide where it connects:
/// the control plane and telemetry addresses with their TLS server names,
/// the forward proxy, and the trust store. Read by [`KongConf::read`], so
/// that a probe dials exactly what the node will.
///
/// ```
/// use konnect_netreq::KongConf;
///
/// let conf = KongConf::read(
///     "cluster_control_plane = a1b2c3d4e5.eu.cp0.konghq.com:443  # the CP\n\
///      proxy_server = http://kong:s3cret@proxy.internal:3128\n\
///      cluster_use_proxy = on\n",
///     [("KONG_CLUSTER_SERVER_NAME", "cp.internal")],
/// )?;
/// assert_eq!(conf.control_plane(), Some(("a1b2c3d4e5.eu.cp0.konghq.com", 443)));
/// assert_eq!(conf.control_plane_server_name(), Some("cp.internal"));
/// assert_eq!(conf.proxy_server(), Some("http://kong:s3cret@proxy.internal:3128"));
/// assert!(!format!("{conf:?}").contains("s3cret"));
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct KongConf {
    /// Each setting's value, in [`SETTINGS`] order; `None` when unset.
    values: [Option<String>; SETTINGS.len()],
    control_plane: Option<Address>,
    telemetry: Option<Address>,
    use_proxy: bool,
    proxy_ssl_verify: bool,
}

/// A `HOST[:PORT][/PATH]` address, as `cluster_control_plane` takes it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Address {
    host: String,
    port: u16,
}

/// The settings read, by their kong.conf names.
const SETTINGS: [&str; 8] = [
    CONTROL_PLANE,
    SERVER_NAME,
    TELEMETRY,
    TELEMETRY_SERVER_NAME,
    PROXY_SERVER,
    USE_PROXY,
    PROXY_SSL_VERIFY,
    TRUSTED_CERTIFICATE,
];

const CONTROL_PLANE: &str = "cluster_control_plane";
const SERVER_NAME: &str = "cluster_server_name";
const TELEMETRY: &str = "cluster_telemetry_endpoint";
const TELEMETRY_SERVER_NAME: &str = "cluster_telemetry_server_name";
const PROXY_SERVER: &str = "proxy_server";
const USE_PROXY: &str = "cluster_use_proxy";
const PROXY_SSL_VERIFY: &str = "proxy_server_ssl_verify";
const TRUSTED_CERTIFICATE: &str = "lua_ssl_trusted_certificate";

/// The port of an address that names none (the PrivateLink form
/// `ap.svc.konghq.com/cp/PREFIX`, which Kong dials as `wss://`).
const DEFAULT_PORT: u16 = 443;

impl KongConf {
    /// Reads the text of a kong.conf, then the `KONG_*` environment
    /// variables given (as name and value pairs; the caller reads the
    /// environment), which take precedence as they do in Kong.
    ///
    /// The syntax is Kong's (`kong/conf_loader`, through Penlight's
    /// `pl.config`):
    /// - blank lines and lines whose first non-blank character is `#` or `;`
    ///   are skipped; a line ending in `\` (and blanks) continues on the next;
    /// - `NAME = VALUE`, split at the first `=`; in the name, every character
    ///   but ASCII letters and digits reads as `_`; the value is trimmed;
    /// - the value ends before the first `#` not preceded by `\` (with the
    ///   blanks before it); `\#` then reads as `#`;
    /// - the last line naming a setting wins; `NONE` or an empty value
    ///   leaves it unset;
    /// - after a `[section]` line, names belong to the section, which Kong
    ///   ignores, and so are skipped;
    /// - lines without `=` are skipped, as Kong ignores them.
    ///
    /// An environment variable's value is read the same way (comment,
    /// `\#`, trimming). Other settings and variables are ignored.
    ///
    /// Time and memory are linear in the input.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidKongConf`](crate::ErrorKind::InvalidKongConf) for a value Kong would refuse or a probe
    /// could not dial: an address that is not `HOST[:PORT][/PATH]` with a
    /// port from 1 to 65535, a server name that is not a hostname, a flag
    /// that is not `on`, `off`, `true` or `false`, a control character in a
    /// value, or `cluster_use_proxy` on without a `proxy_server`. A
    /// `proxy_server` value is quoted redacted (see [`redact`](crate::redact)).
    pub fn read<N: AsRef<str>, V: AsRef<str>>(
        text: &str,
        env: impl IntoIterator<Item = (N, V)>,
    ) -> Result<KongConf, Error> {
        // Where each value came from: a line number, or `None` for the
        // environment.
        let mut found: [Option<(String, Option<usize>)>; SETTINGS.len()] = Default::default();
        for (line, name, value) in lines(text) {
            if let Some(slot) = setting_index(&name).and_then(|i| found.get_mut(i)) {
                *slot = Some((value, Some(line)));
            }
        }
        for (name, value) in env {
            let Some(rest) = name.as_ref().strip_prefix("KONG_") else {
                continue;
            };
            let upper = |setting: &&str| {
                setting
                    .bytes()
                    .map(|b| b.to_ascii_uppercase())
                    .eq(rest.bytes())
            };
            if let Some(slot) = SETTINGS
                .iter()
                .position(upper)
                .and_then(|i| found.get_mut(i))
            {
                *slot = Some((strip_comment(value.as_ref()), None));
            }
        }
        // Kong's defaults: no proxy, and an https proxy's certificate checked.
        let mut conf = KongConf {
            values: Default::default(),
            control_plane: None,
            telemetry: None,
            use_proxy: false,
            proxy_ssl_verify: true,
        };
        let mut use_proxy_line = None;
        for ((setting, slot), value) in SETTINGS.iter().zip(found).zip(conf.values.iter_mut()) {
            let Some((text, line)) = slot else { continue };
            if text.is_empty() || text == "NONE" {
                continue;
            }
            let fail = |problem| {
                let input = if *setting == PROXY_SERVER {
                    crate::redact(&text).into_owned()
                } else {
                    text.clone()
                };
                Error::kong_conf(line, setting, input, problem)
            };
            if let Some(c) = text.chars().find(|c| c.is_control()) {
                return Err(fail(KongConfProblem::ControlCharacter(c)));
            }
            match *setting {
                CONTROL_PLANE => {
                    conf.control_plane =
                        Some(address(&text).ok_or_else(|| fail(KongConfProblem::NotAddress))?)
                }
                TELEMETRY => {
                    conf.telemetry =
                        Some(address(&text).ok_or_else(|| fail(KongConfProblem::NotAddress))?)
                }
                SERVER_NAME | TELEMETRY_SERVER_NAME if !is_hostname(&text) => {
                    return Err(fail(KongConfProblem::NotHostname));
                }
                USE_PROXY => {
                    conf.use_proxy = flag(&text).ok_or_else(|| fail(KongConfProblem::NotFlag))?;
                    use_proxy_line = line;
                }
                PROXY_SSL_VERIFY => {
                    conf.proxy_ssl_verify =
                        flag(&text).ok_or_else(|| fail(KongConfProblem::NotFlag))?;
                }
                _ => {}
            }
            *value = Some(text);
        }
        if conf.use_proxy && conf.proxy_server().is_none() {
            let input = conf.value(USE_PROXY).map(str::to_owned);
            return Err(Error::kong_conf(
                use_proxy_line,
                USE_PROXY,
                input.unwrap_or_else(|| "on".to_owned()),
                KongConfProblem::ProxyWithoutServer,
            ));
        }
        Ok(conf)
    }

    /// Every setting that is set, as its kong.conf name and value (as
    /// [`DataPlaneConfig::settings`](crate::DataPlaneConfig::settings)
    /// writes them), in this order: `cluster_control_plane`,
    /// `cluster_server_name`, `cluster_telemetry_endpoint`,
    /// `cluster_telemetry_server_name`, `proxy_server`, `cluster_use_proxy`,
    /// `proxy_server_ssl_verify`, `lua_ssl_trusted_certificate`.
    pub fn settings(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        SETTINGS
            .iter()
            .zip(&self.values)
            .filter_map(|(name, value)| Some((*name, value.as_deref()?)))
    }

    fn value(&self, setting: &str) -> Option<&str> {
        self.settings()
            .find(|(name, _)| *name == setting)
            .map(|(_, value)| value)
    }

    /// The host and port of `cluster_control_plane`; the port is 443 when
    /// the value names none.
    pub fn control_plane(&self) -> Option<(&str, u16)> {
        self.control_plane
            .as_ref()
            .map(|a| (a.host.as_str(), a.port))
    }

    /// The host and port of `cluster_telemetry_endpoint`; the port is 443
    /// when the value names none.
    pub fn telemetry(&self) -> Option<(&str, u16)> {
        self.telemetry.as_ref().map(|a| (a.host.as_str(), a.port))
    }

    /// The name the data plane sends as SNI and checks the control plane's
    /// certificate against: `cluster_server_name`, else the control plane's
    /// host.
    pub fn control_plane_server_name(&self) -> Option<&str> {
        self.value(SERVER_NAME)
            .or(self.control_plane().map(|(host, _)| host))
    }

    /// As [`control_plane_server_name`](Self::control_plane_server_name),
    /// for telemetry: `cluster_telemetry_server_name`, else the telemetry
    /// host.
    pub fn telemetry_server_name(&self) -> Option<&str> {
        self.value(TELEMETRY_SERVER_NAME)
            .or(self.telemetry().map(|(host, _)| host))
    }

    /// `proxy_server`, as written; it may hold a password.
    pub fn proxy_server(&self) -> Option<&str> {
        self.value(PROXY_SERVER)
    }

    /// `cluster_use_proxy`: whether the control plane and telemetry links
    /// go through `proxy_server` (off by default).
    pub fn cluster_use_proxy(&self) -> bool {
        self.use_proxy
    }

    /// `proxy_server_ssl_verify`: whether an `https` proxy's certificate is
    /// checked (on by default).
    pub fn proxy_server_ssl_verify(&self) -> bool {
        self.proxy_ssl_verify
    }

    /// The entries of `lua_ssl_trusted_certificate`, comma-separated file
    /// paths or `system` (the system's store); none when unset.
    pub fn lua_ssl_trusted_certificate(&self) -> impl Iterator<Item = &str> + '_ {
        self.value(TRUSTED_CERTIFICATE)
            .into_iter()
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
    }
}

/// [`KongConf::read`] without environment variables.
///
/// ```
/// use konnect_netreq::KongConf;
///
/// let conf: KongConf = "cluster_telemetry_endpoint = a1b2c3d4e5.eu.tp0.konghq.com:443".parse()?;
/// assert_eq!(conf.telemetry_server_name(), Some("a1b2c3d4e5.eu.tp0.konghq.com"));
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
impl std::str::FromStr for KongConf {
    type Err = Error;

    fn from_str(text: &str) -> Result<KongConf, Error> {
        KongConf::read(text, [] as [(&str, &str); 0])
    }
}

/// Shows every setting, with `proxy_server` redacted.
impl fmt::Debug for KongConf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (name, value) in self.settings() {
            if name == PROXY_SERVER {
                map.entry(&name, &crate::redact(value));
            } else {
                map.entry(&name, &value);
            }
        }
        map.finish()
    }
}

/// The setting a kong.conf name sets, if it is one of [`SETTINGS`].
fn setting_index(name: &str) -> Option<usize> {
    SETTINGS.iter().position(|setting| *setting == name)
}

/// Whitespace as Lua's `%s` has it.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\u{b}' | '\u{c}' | '\r')
}

/// Every `NAME = VALUE` line of a kong.conf outside a section, with its
/// line number (of its first physical line), the name with every character
/// but ASCII letters and digits as `_`, and the value with its comment
/// removed and trimmed.
fn lines(text: &str) -> impl Iterator<Item = (usize, String, String)> + '_ {
    let mut continued = String::new();
    let mut first_line = 0;
    let mut in_section = false;
    text.split('\n')
        .zip(1usize..)
        .filter_map(move |(raw, number)| {
            let trimmed = raw.trim_start_matches(is_space);
            if trimmed.is_empty() || trimmed.starts_with(['#', ';']) {
                return None;
            }
            if continued.is_empty() {
                first_line = number;
            }
            let body = raw.trim_end_matches(is_space);
            if let Some(head) = body.strip_suffix('\\') {
                continued.push_str(head);
                return None;
            }
            continued.push_str(raw);
            let line = std::mem::take(&mut continued);
            if line.starts_with('[') {
                in_section = true;
                return None;
            }
            if in_section {
                return None;
            }
            let line = line.trim_start_matches(is_space);
            let (name, value) = line.split_once('=')?;
            let name: String = name
                .trim_end_matches(is_space)
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect();
            Some((first_line, name, strip_comment(value)))
        })
}

/// A value without its comment (from the first `#` not preceded by `\`,
/// with the blanks before it), `\#` read as `#`, trimmed.
fn strip_comment(value: &str) -> String {
    let value = value.trim_matches(is_space);
    let mut previous = None;
    let end = value
        .char_indices()
        .find(|&(_, c)| {
            let comment = c == '#' && previous != Some('\\');
            previous = Some(c);
            comment
        })
        .map_or(value.len(), |(at, _)| at);
    value
        .get(..end)
        .unwrap_or(value)
        .trim_end_matches(is_space)
        .replace("\\#", "#")
}

fn flag(value: &str) -> Option<bool> {
    match value {
        "on" | "true" => Some(true),
        "off" | "false" => Some(false),
        _ => None,
    }
}

/// A hostname that is not a wildcard.
fn is_hostname(value: &str) -> bool {
    Host::new(value).is_ok_and(|host| !host.is_wildcard())
}

/// `HOST[:PORT][/PATH]`, with a hostname, an IPv4 address or a bracketed
/// IPv6 address.
fn address(value: &str) -> Option<Address> {
    let authority = value.split('/').next().unwrap_or(value);
    let (host, port) = if let Some(rest) = authority.strip_prefix('[') {
        let (ip, after) = rest.split_once(']')?;
        ip.parse::<std::net::Ipv6Addr>().ok()?;
        let port = match after {
            "" => None,
            port => Some(port.strip_prefix(':')?),
        };
        (ip, port)
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    let is_ip = host.parse::<std::net::IpAddr>().is_ok();
    if !is_ip && !is_hostname(host) {
        return None;
    }
    let port = match port {
        None => DEFAULT_PORT,
        Some(port) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => {
            port.parse::<u16>().ok().filter(|&port| port != 0)?
        }
        Some(_) => return None,
    };
    Some(Address {
        host: host.to_ascii_lowercase(),
        port,
    })
}
