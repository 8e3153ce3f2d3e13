//! Why a kong.conf value or `KONG_*` variable is refused, read by
//! [`KongConf::read`](crate::KongConf::read).

use std::fmt;

/// Why a kong.conf value is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum KongConfProblem {
    /// Not `HOST[:PORT][/PATH]` with a hostname or IP address and a port
    /// from 1 to 65535.
    NotAddress,
    /// Not a hostname (a server name).
    NotHostname,
    /// Not `on`, `off`, `true` or `false`.
    NotFlag,
    /// It holds a control character.
    ControlCharacter(char),
    /// `cluster_use_proxy` is on, but no `proxy_server` is set (Kong refuses
    /// this too).
    ProxyWithoutServer,
}

impl fmt::Display for KongConfProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KongConfProblem::NotAddress => f.write_str(
                "it is not an address; expected HOST[:PORT][/PATH] with a hostname or IP \
                 address and a port from 1 to 65535",
            ),
            KongConfProblem::NotHostname => {
                f.write_str("it is not a hostname; expected DNS labels separated by dots")
            }
            KongConfProblem::NotFlag => f.write_str("expected on, off, true or false"),
            KongConfProblem::ControlCharacter(c) => write!(
                f,
                "it contains the control character {}; expected none",
                c.escape_debug()
            ),
            KongConfProblem::ProxyWithoutServer => {
                f.write_str("it is on but proxy_server is not set; expected a proxy_server")
            }
        }
    }
}
