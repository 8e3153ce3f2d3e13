//! What a probe found for one target, and the table and JSON that show it.

use konnect_netreq::{NotProbed, ProbeTarget};
use std::io::{self, Write};
use std::net::SocketAddr;
use std::time::Duration;

/// The step a probe stopped at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Dns,
    Tcp,
    Proxy,
    Tls,
    /// Not a step: the probe itself failed.
    Internal,
}

impl Step {
    fn as_str(self) -> &'static str {
        match self {
            Step::Dns => "dns",
            Step::Tcp => "tcp",
            Step::Proxy => "proxy",
            Step::Tls => "tls",
            Step::Internal => "internal",
        }
    }
}

/// How a probe ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every step passed; the detail says what was verified.
    Pass(String),
    /// A step failed.
    Fail {
        step: Step,
        /// A short keyword: `refused`, `interception`, `proxy-denied`, ...
        kind: &'static str,
        detail: String,
        /// What to do about it.
        action: String,
    },
    NotProbed(NotProbed),
}

impl Verdict {
    pub fn fail(
        step: Step,
        kind: &'static str,
        detail: impl Into<String>,
        action: impl Into<String>,
    ) -> Verdict {
        Verdict::Fail {
            step,
            kind,
            detail: detail.into(),
            action: action.into(),
        }
    }

    pub fn failed(&self) -> bool {
        matches!(self, Verdict::Fail { .. })
    }
}

/// How long each step took; `None` for a step not taken.
#[derive(Debug, Clone, Copy, Default)]
pub struct Times {
    pub dns: Option<Duration>,
    pub tcp: Option<Duration>,
    pub proxy: Option<Duration>,
    pub tls: Option<Duration>,
}

impl Times {
    fn total(&self) -> Duration {
        [self.dns, self.tcp, self.proxy, self.tls]
            .into_iter()
            .flatten()
            .sum()
    }
}

/// One target and what its probe found.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub target: ProbeTarget,
    /// The addresses DNS (or `--resolve`) gave; with a proxy, the proxy's.
    pub addresses: Vec<SocketAddr>,
    /// The address the TCP connection reached.
    pub connected: Option<SocketAddr>,
    pub times: Times,
    pub verdict: Verdict,
}

fn millis(duration: Duration) -> String {
    format!("{} ms", duration.as_millis())
}

fn result_word(verdict: &Verdict) -> String {
    match verdict {
        Verdict::Pass(_) => "pass".to_owned(),
        Verdict::Fail { step, kind, .. } => format!("FAIL {}: {kind}", step.as_str()),
        Verdict::NotProbed(reason) => format!("not probed: {reason}"),
    }
}

fn detail_line(verdict: &Verdict) -> String {
    match verdict {
        Verdict::Pass(detail) => detail.clone(),
        Verdict::Fail { detail, action, .. } => format!("{detail}; {action}"),
        Verdict::NotProbed(NotProbed::Wildcard) => {
            "the identifier that names this host is not among the inputs".to_owned()
        }
        Verdict::NotProbed(NotProbed::Udp) => {
            "a UDP port cannot be checked without an answer from the peer".to_owned()
        }
        Verdict::NotProbed(_) => "traffic to the data plane's network, not from it".to_owned(),
    }
}

/// Control characters a server or resolver put in a detail, escaped.
fn printable(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let escaped: Vec<char> = if c.is_control() {
                c.escape_debug().collect()
            } else {
                vec![c]
            };
            escaped
        })
        .collect()
}

/// The aligned table: host, port, result, time and detail.
pub fn write_table(out: &mut impl Write, outcomes: &[Outcome]) -> io::Result<()> {
    let rows: Vec<[String; 5]> = outcomes
        .iter()
        .map(|o| {
            let time = match o.verdict {
                Verdict::NotProbed(_) => "-".to_owned(),
                _ => millis(o.times.total()),
            };
            [
                o.target.host().unwrap_or("-").to_owned(),
                format!("{}/{}", o.target.port(), o.target.protocol()),
                result_word(&o.verdict),
                time,
                printable(&detail_line(&o.verdict)),
            ]
        })
        .collect();
    let header = ["HOST", "PORT", "RESULT", "TIME", "DETAIL"].map(str::to_owned);
    let mut widths = [0usize; 4];
    for row in std::iter::once(&header).chain(&rows) {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let [host, port, result, time, detail] = row;
        writeln!(
            out,
            "{host:<w0$}  {port:<w1$}  {result:<w2$}  {time:>w3$}  {detail}",
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
            w3 = widths[3],
        )?;
    }
    Ok(())
}

/// One JSON object per target, in an array.
pub fn write_json(out: &mut impl Write, outcomes: &[Outcome]) -> io::Result<()> {
    let ms = |d: Option<Duration>| d.map(|d| d.as_millis() as u64);
    let values: Vec<serde_json::Value> = outcomes
        .iter()
        .map(|o| {
            let (result, step, kind, detail, action) = match &o.verdict {
                Verdict::Pass(detail) => ("pass", None, None, detail.clone(), None),
                Verdict::Fail {
                    step,
                    kind,
                    detail,
                    action,
                } => (
                    "fail",
                    Some(step.as_str()),
                    Some(*kind),
                    detail.clone(),
                    Some(action.clone()),
                ),
                Verdict::NotProbed(reason) => (
                    "not-probed",
                    None,
                    Some(reason.as_str()),
                    detail_line(&o.verdict),
                    None,
                ),
            };
            serde_json::json!({
                "endpoint": o.target.endpoint().map(|e| e.as_str()),
                "host": o.target.host(),
                "port": o.target.port(),
                "protocol": o.target.protocol().as_str(),
                "sni": o.target.server_name(),
                "alpn": o.target.alpn(),
                "result": result,
                "step": step,
                "kind": kind,
                "detail": detail,
                "action": action,
                "addresses": o.addresses.iter().map(ToString::to_string).collect::<Vec<_>>(),
                "connected": o.connected.map(|a| a.to_string()),
                "ms": {
                    "dns": ms(o.times.dns),
                    "tcp": ms(o.times.tcp),
                    "proxy": ms(o.times.proxy),
                    "tls": ms(o.times.tls),
                },
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &values).map_err(io::Error::from)?;
    writeln!(out)
}
