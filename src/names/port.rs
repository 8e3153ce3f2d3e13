//! The named ports of the network requirements page. The enum and its
//! rows are declared in the facts table.

use crate::{AppProtocol, Direction, Edition, Port, Protocol};

impl Port {
    /// The port number.
    pub const fn number(self) -> u16 {
        self.row().number
    }

    /// The named port with this number, if any.
    pub fn from_number(number: u16) -> Option<Port> {
        Port::ALL
            .iter()
            .copied()
            .find(|port| port.number() == number)
    }

    /// The transports that must be open; a firewall needs one rule each.
    pub const fn transports(self) -> &'static [Protocol] {
        self.row().transports
    }

    /// The application protocol on the port; the page names none for the
    /// audit logging ports.
    pub const fn app_protocol(self) -> Option<AppProtocol> {
        self.row().app_protocol
    }

    /// Whether the port can be changed. Konnect's hosted control plane
    /// expects its ports as they are; the data plane listeners are the
    /// customer's own, set in kong.conf.
    pub const fn is_customizable(self) -> bool {
        self.row().kong_conf_setting.is_some()
    }

    /// The kong.conf setting that changes the port, where one exists.
    pub const fn kong_conf_setting(self) -> Option<&'static str> {
        self.row().kong_conf_setting
    }

    /// Which way traffic on this port flows, seen from the customer network.
    pub const fn direction(self) -> Direction {
        self.row().direction
    }

    /// The first edition of the page that lists this port.
    pub const fn since(self) -> Edition {
        Edition::first_of(self.row().editions)
    }

    /// Whether `edition` lists this port.
    pub const fn is_in(self, edition: Edition) -> bool {
        self.row().editions.contains(edition.place())
    }
}

/// The named port with this number; see [`Port::from_number`].
///
/// # Errors
///
/// [`ErrorKind::UnknownKeyword`](crate::ErrorKind::UnknownKeyword) for a number the
/// page does not name.
impl TryFrom<u16> for Port {
    type Error = crate::Error;

    fn try_from(number: u16) -> Result<Port, crate::Error> {
        Port::from_number(number).ok_or_else(|| {
            let numbers: Vec<u16> = Port::ALL.iter().map(|port| port.number()).collect();
            crate::Error::unrecognized("port number", &number.to_string(), &numbers)
        })
    }
}

impl From<Port> for u16 {
    fn from(port: Port) -> u16 {
        port.number()
    }
}

/// Compares the port number: `Port::Cluster == 443`.
impl PartialEq<u16> for Port {
    fn eq(&self, number: &u16) -> bool {
        self.number() == *number
    }
}

/// As `PartialEq<u16>`, the other way round.
impl PartialEq<Port> for u16 {
    fn eq(&self, port: &Port) -> bool {
        *self == port.number()
    }
}
