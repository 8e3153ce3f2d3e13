//! What a log line says happened to a connection, for the log formats
//! operators hold in front of Konnect.

use memchr::memmem;

/// What happened to a connection, as far as its log line says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Outcome {
    /// The connection (or DNS answer) went through.
    Allowed,
    /// A proxy, firewall or DNS firewall refused it by policy.
    Denied,
    /// It was tried and did not work: refused, timed out, reset, a TLS or
    /// certificate error, a DNS failure, no healthy upstream.
    Failed,
    /// The line does not say, or its format is not one of [`LogFormat`].
    Unknown,
}

impl Outcome {
    /// Every outcome.
    pub const ALL: &'static [Outcome] = &[
        Outcome::Allowed,
        Outcome::Denied,
        Outcome::Failed,
        Outcome::Unknown,
    ];

    /// The keyword, e.g. `"denied"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Outcome::Allowed => "allowed",
            Outcome::Denied => "denied",
            Outcome::Failed => "failed",
            Outcome::Unknown => "unknown",
        }
    }
}

crate::keyword::keyword_enum!(Outcome, "outcome");

/// A log format whose lines say what happened to a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum LogFormat {
    /// Squid's native `access.log`: `TIME ELAPSED CLIENT CODE/STATUS BYTES
    /// METHOD URL ...`, e.g. `TCP_TUNNEL/200`, `TCP_DENIED/403`,
    /// `NONE_NONE/503`.
    Squid,
    /// AWS Network Firewall alert logs (JSON with `firewall_name`;
    /// `event.alert.action` is `allowed` or `blocked`, the port is
    /// `event.dest_port`). Flow logs name addresses, not hosts.
    AwsNetworkFirewall,
    /// Amazon Route 53 Resolver query logs (JSON with `query_name`), with
    /// DNS Firewall's `firewall_rule_action` and the `rcode`.
    Route53Resolver,
    /// Envoy's and Istio's default text access log: `[TIME] "REQUEST"
    /// CODE FLAGS ...` with response flags such as `UF` or `UH`, and
    /// Istio's `outbound|443||HOST` cluster names.
    Envoy,
    /// Cilium Hubble flows as JSON (`hubble observe -o json`): `verdict`,
    /// `drop_reason_desc`, `destination_names`, `destination_port`.
    Hubble,
    /// An nginx-style `error.log` as the Kong data plane writes it:
    /// `YYYY/MM/DD HH:MM:SS [level] ...`, with its clustering and analytics
    /// messages (connected, broken, refused, timeout, certificate and
    /// handshake failures, a proxy's refusal of the tunnel).
    KongDataPlane,
}

impl LogFormat {
    /// Every format.
    pub const ALL: &'static [LogFormat] = &[
        LogFormat::Squid,
        LogFormat::AwsNetworkFirewall,
        LogFormat::Route53Resolver,
        LogFormat::Envoy,
        LogFormat::Hubble,
        LogFormat::KongDataPlane,
    ];

    /// The keyword, e.g. `"squid"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            LogFormat::Squid => "squid",
            LogFormat::AwsNetworkFirewall => "aws-network-firewall",
            LogFormat::Route53Resolver => "route53-resolver",
            LogFormat::Envoy => "envoy",
            LogFormat::Hubble => "hubble",
            LogFormat::KongDataPlane => "kong-data-plane",
        }
    }
}

crate::keyword::keyword_enum!(LogFormat, "log format");

/// What [`line_outcome`] read from a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LineOutcome {
    format: Option<LogFormat>,
    outcome: Outcome,
    port: Option<u16>,
}

impl LineOutcome {
    /// The format the line was read as, or `None` if none fits.
    pub const fn format(&self) -> Option<LogFormat> {
        self.format
    }

    /// What happened to the connection.
    pub const fn outcome(&self) -> Outcome {
        self.outcome
    }

    /// The destination port the line names apart from any address
    /// (`dest_port`, `destination_port`, Istio's `outbound|PORT||`), for
    /// the addresses of the line that name none.
    pub const fn port(&self) -> Option<u16> {
        self.port
    }
}

/// Reads what a log line says happened to its connection.
///
/// The format is recognized from the line itself, so one input may mix
/// formats; a line of none of the [`LogFormat`]s is
/// [`Outcome::Unknown`]. Never allocates.
///
/// ```
/// use konnect_netreq::{LogFormat, Outcome, line_outcome};
///
/// let line = b"1733140000.120 35 10.0.0.7 TCP_DENIED/403 3924 CONNECT a1b2c3d4e5.eu.cp0.konghq.com:443 - HIER_NONE/- text/html";
/// let read = line_outcome(line);
/// assert_eq!((read.format(), read.outcome()), (Some(LogFormat::Squid), Outcome::Denied));
///
/// let line = br#"{"query_name":"eu.api.konghq.com.","rcode":"NXDOMAIN","firewall_rule_action":"BLOCK"}"#;
/// assert_eq!(line_outcome(line).outcome(), Outcome::Denied);
/// ```
pub fn line_outcome(line: &[u8]) -> LineOutcome {
    let text = line.trim_ascii();
    let read = if text.first() == Some(&b'{') {
        json(text)
    } else {
        squid(text).or_else(|| envoy(text)).or_else(|| kong(text))
    };
    read.unwrap_or(LineOutcome {
        format: None,
        outcome: Outcome::Unknown,
        port: None,
    })
}

fn read(format: LogFormat, outcome: Outcome, port: Option<u16>) -> Option<LineOutcome> {
    Some(LineOutcome {
        format: Some(format),
        outcome,
        port,
    })
}

/// The JSON formats, told apart by a key only each has.
fn json(text: &[u8]) -> Option<LineOutcome> {
    if contains(text, b"\"firewall_name\"") {
        let outcome = match json_string(text, b"\"action\"") {
            Some(b"blocked") => Outcome::Denied,
            Some(b"allowed") => Outcome::Allowed,
            _ => Outcome::Unknown,
        };
        let port = json_port(text, b"\"dest_port\"");
        return read(LogFormat::AwsNetworkFirewall, outcome, port);
    }
    if contains(text, b"\"query_name\"") {
        let blocked = json_string(text, b"\"firewall_rule_action\"") == Some(b"BLOCK");
        let outcome = match json_string(text, b"\"rcode\"") {
            _ if blocked => Outcome::Denied,
            Some(b"NOERROR") => Outcome::Allowed,
            Some(b"NXDOMAIN" | b"SERVFAIL" | b"REFUSED") => Outcome::Failed,
            _ => Outcome::Unknown,
        };
        return read(LogFormat::Route53Resolver, outcome, None);
    }
    if contains(text, b"\"verdict\"") {
        let outcome = match json_string(text, b"\"verdict\"") {
            Some(b"DROPPED") => match json_string(text, b"\"drop_reason_desc\"") {
                Some(reason) if !contains(reason, b"POLICY") => Outcome::Failed,
                _ => Outcome::Denied,
            },
            Some(b"ERROR") => Outcome::Failed,
            // A DNS answer through the DNS proxy that is not NOERROR.
            Some(b"FORWARDED") if json_port(text, b"\"rcode\"").is_some() => Outcome::Failed,
            // AUDIT: policy would drop it, audit mode lets it through.
            Some(b"FORWARDED" | b"AUDIT") => Outcome::Allowed,
            _ => Outcome::Unknown,
        };
        // A DNS flow's port is the DNS server's, not the queried host's.
        let port = if contains(text, b"\"dns\"") {
            None
        } else {
            json_port(text, b"\"destination_port\"")
        };
        return read(LogFormat::Hubble, outcome, port);
    }
    None
}

/// Squid's native format: the fourth field is `CODE/STATUS`.
fn squid(text: &[u8]) -> Option<LineOutcome> {
    let mut fields = text
        .split(u8::is_ascii_whitespace)
        .filter(|field| !field.is_empty());
    let time = fields.next()?;
    if !time.iter().all(|b| b.is_ascii_digit() || *b == b'.') {
        return None;
    }
    let field = fields.nth(2)?;
    let slash = memchr::memchr(b'/', field)?;
    let (code, status) = (field.get(..slash)?, field.get(slash.saturating_add(1)..)?);
    let code_ok = !code.is_empty() && code.iter().all(|b| b.is_ascii_uppercase() || *b == b'_');
    if !code_ok || status.len() != 3 || !status.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let outcome = if contains(code, b"DENIED") {
        Outcome::Denied
    } else {
        match status {
            b"000" => Outcome::Unknown,
            b"407" => Outcome::Denied,
            b"502" | b"503" | b"504" => Outcome::Failed,
            _ => Outcome::Allowed,
        }
    };
    read(LogFormat::Squid, outcome, None)
}

/// Envoy's default access log: `[TIME] "REQUEST" CODE FLAGS ...`.
fn envoy(text: &[u8]) -> Option<LineOutcome> {
    if text.first() != Some(&b'[') {
        return None;
    }
    let close = memchr::memchr(b']', text)?;
    let rest = text.get(close.saturating_add(1)..)?.strip_prefix(b" \"")?;
    let quote = memchr::memchr(b'"', rest)?;
    let mut fields = rest
        .get(quote.saturating_add(1)..)?
        .split(u8::is_ascii_whitespace)
        .filter(|field| !field.is_empty());
    let code = fields.next()?;
    let flags = fields.next()?;
    let flags_ok = flags == b"-" || flags.iter().all(|b| b.is_ascii_uppercase() || *b == b',');
    if code.is_empty() || !code.iter().all(u8::is_ascii_digit) || !flags_ok {
        return None;
    }
    let has_flag = |names: &[&[u8]]| {
        flags
            .split(|b| *b == b',')
            .any(|flag| names.contains(&flag))
    };
    let outcome = if contains(text, b"BlackHoleCluster")
        || contains(text, b"rbac_access_denied")
        || has_flag(&[b"UAEX", b"NR"])
    {
        Outcome::Denied
    } else if has_flag(&[
        b"UF", b"UH", b"UT", b"URX", b"UC", b"UR", b"UO", b"DF", b"UMSDR", b"NC", b"LR",
    ]) {
        Outcome::Failed
    } else if flags == b"-" {
        Outcome::Allowed
    } else {
        Outcome::Unknown
    };
    let port = memmem::find(text, b"outbound|").and_then(|at| {
        let digits = text.get(at.saturating_add(b"outbound|".len())..)?;
        let end = memchr::memchr(b'|', digits)?;
        parse_port(digits.get(..end)?)
    });
    read(LogFormat::Envoy, outcome, port)
}

/// nginx's `error.log` prefix, `YYYY/MM/DD HH:MM:SS [`, and the Kong
/// data plane's messages about its connections.
fn kong(text: &[u8]) -> Option<LineOutcome> {
    let prefix = text.get(..21)?;
    let shape = b"dddd/dd/dd dd:dd:dd [";
    let fits = prefix.iter().zip(shape).all(|(have, want)| match want {
        b'd' => have.is_ascii_digit(),
        other => have == other,
    });
    if !fits {
        return None;
    }
    let outcome = if let Some(at) = memmem::find(text, b"tunnel through a proxy: ") {
        // The proxy answered CONNECT with this status.
        let status = text.get(at.saturating_add(24)..).and_then(|s| s.get(..3));
        match status {
            Some(b"401" | b"403" | b"407") => Outcome::Denied,
            _ => Outcome::Failed,
        }
    } else if [
        &b"connection refused"[..],
        b"timeout",
        b"timed out",
        b"connection reset",
        b"reset by peer",
        b"certificate verify failed",
        b"handshake failed",
        b"could not be resolved",
        b"no route to host",
        b"network is unreachable",
        b" broken: ",
    ]
    .iter()
    .any(|phrase| contains(text, phrase))
    {
        Outcome::Failed
    } else if contains(text, b"is connected") || contains(text, b"connected to ") {
        Outcome::Allowed
    } else {
        Outcome::Unknown
    };
    read(LogFormat::KongDataPlane, outcome, None)
}

fn contains(text: &[u8], needle: &[u8]) -> bool {
    memmem::find(text, needle).is_some()
}

/// What follows `key` (with its quotes) and a colon: the value's start.
fn json_value<'a>(text: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    let at = memmem::find(text, key)?;
    let rest = text.get(at.saturating_add(key.len())..)?.trim_ascii_start();
    Some(rest.strip_prefix(b":")?.trim_ascii_start())
}

/// The string value of the first `key` (with its quotes), up to its
/// closing quote.
fn json_string<'a>(text: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    let value = json_value(text, key)?.strip_prefix(b"\"")?;
    value.get(..memchr::memchr(b'"', value)?)
}

/// A port written as a JSON number (or a string of digits) after `key`;
/// also any nonzero number, for Hubble's DNS `rcode`.
fn json_port(text: &[u8], key: &[u8]) -> Option<u16> {
    let value = json_value(text, key)?;
    let value = value.strip_prefix(b"\"").unwrap_or(value);
    let len = value.iter().take_while(|b| b.is_ascii_digit()).count();
    parse_port(value.get(..len)?)
}

/// 1 to 65535 from 1 to 5 ASCII digits.
fn parse_port(digits: &[u8]) -> Option<u16> {
    if digits.is_empty() || digits.len() > 5 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(digits)
        .ok()?
        .parse::<u16>()
        .ok()
        .filter(|port| *port != 0)
}
