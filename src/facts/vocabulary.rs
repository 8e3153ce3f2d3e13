//! The words the table is written in: transports, application protocols
//! and directions.

use crate::keyword::declare;

declare! {
    /// The transport protocol a firewall rule matches.
    ///
    /// ```
    /// use konnect_netreq::Protocol;
    ///
    /// assert_eq!("UDP".parse::<Protocol>()?, Protocol::Udp);
    /// assert_eq!(Protocol::Tcp.to_string(), "tcp");
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub enum Protocol ("protocol") {
        /// TCP.
        Tcp = "tcp",
        /// UDP.
        Udp = "udp",
    }
}

declare! {
    /// The application protocol spoken over a port.
    ///
    /// ```
    /// use konnect_netreq::{AppProtocol, Port};
    ///
    /// assert_eq!(Port::Cluster.app_protocol(), Some(AppProtocol::HttpsMtls));
    /// assert_eq!(AppProtocol::HttpsMtls.to_string(), "https-mtls");
    /// ```
    pub enum AppProtocol ("application protocol") {
        /// Plain HTTP.
        Http = "http",
        /// HTTP over TLS.
        Https = "https",
        /// HTTP over mutually authenticated TLS: both sides present certificates.
        HttpsMtls = "https-mtls",
        /// gRPC over TLS (`grpcs://`), as Kong's mesh docs write the Mesh
        /// Manager sync address `grpcs://{region}.mesh.sync.konghq.com:443`.
        Grpcs = "grpcs",
        /// Mutually authenticated TLS whose inner protocol Kong does not
        /// document: the Event Gateway data plane authenticates to Konnect with
        /// a client certificate (its bootstrap configuration schema).
        Mtls = "mtls",
        /// DNS lookups only: a record nothing connects to (a Dedicated Cloud
        /// Gateway's ACME challenge record).
        Dns = "dns",
    }
}

declare! {
    /// Which way traffic flows, seen from the customer's network.
    ///
    /// ```
    /// use konnect_netreq::{Direction, Port};
    ///
    /// assert_eq!(Port::Cluster.direction(), Direction::ToKonnect);
    /// assert_eq!(Direction::ToDataPlane.to_string(), "to-data-plane");
    /// ```
    pub enum Direction ("direction") {
        /// Outbound: from the customer network (data plane nodes, people, tools)
        /// to Konnect.
        ToKonnect = "to-konnect",
        /// The audit logging ports. Kong's page says only that the control
        /// plane uses 8071 (and, from Aug2026, 20010) TCP/UDP "for audit
        /// logging"; that the traffic flows from Konnect to a log collector of
        /// the customer is an inference from Kong's SIEM guides, which tell
        /// users to let through the port "that Konnect uses for audit logging".
        FromKonnect = "from-konnect",
        /// Inbound: from API clients to the data plane node's proxy listeners.
        ToDataPlane = "to-data-plane",
        /// Outbound from API clients to a data plane Kong hosts (a Dedicated
        /// Cloud Gateway or Serverless Gateway). Only hostnames that
        /// [`classify`](crate::classify) recognizes have it; no rule does.
        ToKongHosted = "to-kong-hosted",
    }
}
