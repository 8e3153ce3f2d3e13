//! `konnect-netreq probe`: checks from the data plane's host that every rule
//! really gets through: DNS, TCP, the forward proxy and TLS.
//!
//! What it contacts: the system's resolver (for the targets' names and the
//! proxy's), the targets themselves, or the proxy alone when one is set;
//! nothing else. What it sends: a TCP connection, then (through the proxy, a
//! `CONNECT host:port` request with the URL's Basic credentials, then) a
//! TLS ClientHello with the target's SNI and ALPN; once the server's
//! certificate has arrived it ends the handshake with an alert (to an
//! `https://` proxy, a full TLS handshake comes first). No client
//! certificate and no application data are ever sent.
//!
//! Probes run on at most `--jobs` threads at once: each is blocking socket
//! work bounded by `--timeout` per step, so plain threads suffice, and the
//! whole run takes about the slowest probe.

mod proxy;
mod report;
mod tls;
mod x509;

use clap::Args;
use konnect_netreq::{AppProtocol, Endpoint, KongConf, ProbeTarget, Requirements, redact};
use proxy::Proxy;
use report::{Outcome, Step, Times, Verdict};
use rustls::RootCertStore;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use std::collections::HashMap;
use std::io::{self, IsTerminal, Write};
use std::net::{IpAddr, SocketAddr, TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The largest kong.conf read.
const MAX_KONG_CONF: u64 = 1024 * 1024;

/// The probe's own flags (the requirements come from the shared inputs).
#[derive(Args)]
pub struct ProbeArgs {
    /// The data plane's kong.conf: its control plane and telemetry
    /// addresses, server names, forward proxy and trust store are used (the
    /// KONG_* environment variables override it, as in Kong).
    #[arg(long, value_name = "FILE")]
    pub kong_conf: Option<PathBuf>,
    /// A forward proxy to probe through, http://[USER[:PASSWORD]@]HOST[:PORT]
    /// or https://... (default: the kong.conf's proxy_server when
    /// cluster_use_proxy is on).
    #[arg(long, value_name = "URL")]
    pub proxy: Option<String>,
    /// Connect to ADDR (an IP address, or IP:PORT / [IPv6]:PORT) for
    /// HOST:PORT instead of asking DNS, as curl's --resolve (repeatable;
    /// several addresses comma-separated).
    #[arg(long, value_name = "HOST:PORT:ADDR")]
    pub resolve: Vec<String>,
    /// Ask no DNS server: a host without a --resolve entry fails at the
    /// DNS step (for checks that must not leave the machine).
    #[arg(long)]
    pub resolve_only: bool,
    /// Seconds each step (DNS, TCP, proxy, TLS) may take.
    #[arg(long, value_name = "SECONDS", default_value = "5")]
    pub timeout: String,
    /// How many targets are probed at once.
    #[arg(long, value_name = "N", default_value_t = 16)]
    pub jobs: usize,
    /// PEM file of the roots taken as public CAs, instead of Mozilla's.
    #[arg(long, value_name = "FILE")]
    pub public_roots: Option<PathBuf>,
    /// PEM file of the local trust store, instead of the kong.conf's
    /// lua_ssl_trusted_certificate or the system's.
    #[arg(long, value_name = "FILE")]
    pub local_roots: Option<PathBuf>,
    /// Output format: table or json.
    #[arg(long, default_value = "table", value_parser = ["table", "json"])]
    pub format: String,
}

/// Everything a probe thread needs.
struct Context {
    resolve: HashMap<(String, u16), Vec<SocketAddr>>,
    resolve_only: bool,
    timeout: Duration,
    proxy: Option<Proxy>,
    /// Whether an `https://` proxy's certificate is checked
    /// (`proxy_server_ssl_verify`, on unless the kong.conf says off).
    proxy_verify: bool,
    trust: tls::Trust,
}

/// Reads the kong.conf (at most 1 MiB) and the `KONG_*` environment.
pub fn read_kong_conf(path: Option<&Path>) -> Result<Option<KongConf>, String> {
    let mut env: Vec<(String, String)> = Vec::new();
    for (name, value) in std::env::vars_os() {
        let Some(name) = name.to_str().filter(|name| name.starts_with("KONG_")) else {
            continue;
        };
        let value = value
            .into_string()
            .map_err(|_| format!("the environment variable {name} is not valid UTF-8"))?;
        env.push((name.to_owned(), value));
    }
    let text = match path {
        None if env.is_empty() => return Ok(None),
        None => String::new(),
        Some(path) => {
            let shown = redact(&path.to_string_lossy()).into_owned();
            let cannot =
                |e: &dyn std::fmt::Display| format!("cannot read kong.conf {shown:?}: {e}");
            let file = std::fs::File::open(path).map_err(|e| cannot(&e))?;
            let mut bytes = Vec::new();
            io::Read::read_to_end(&mut io::Read::take(file, MAX_KONG_CONF + 1), &mut bytes)
                .map_err(|e| cannot(&e))?;
            if bytes.len() as u64 > MAX_KONG_CONF {
                return Err(cannot(&"it is larger than 1 MiB"));
            }
            String::from_utf8(bytes).map_err(|_| cannot(&"it is not UTF-8 text"))?
        }
    };
    KongConf::read(&text, env)
        .map(Some)
        .map_err(|e| e.to_string())
}

/// `HOST:PORT:ADDR[,ADDR...]`.
fn parse_resolve(entry: &str) -> Result<((String, u16), Vec<SocketAddr>), String> {
    let shown = redact(entry);
    let invalid = || {
        format!(
            "invalid --resolve {shown:?}: expected HOST:PORT:ADDR with ADDR an IP address, \
             IP:PORT or [IPv6]:PORT (several comma-separated)"
        )
    };
    let mut parts = entry.splitn(3, ':');
    let (Some(host), Some(port), Some(addrs)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(invalid());
    };
    let port: u16 = port.parse().ok().filter(|&p| p != 0).ok_or_else(invalid)?;
    if host.is_empty() {
        return Err(invalid());
    }
    let addrs = addrs
        .split(',')
        .map(|addr| {
            let bare = addr.trim_start_matches('[').trim_end_matches(']');
            bare.parse::<IpAddr>()
                .map(|ip| SocketAddr::new(ip, port))
                .or_else(|_| addr.parse::<SocketAddr>())
                .map_err(|_| invalid())
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(((host.to_ascii_lowercase(), port), addrs))
}

fn parse_timeout(text: &str) -> Result<Duration, String> {
    text.parse::<f64>()
        .ok()
        .filter(|s| *s > 0.0 && *s <= 600.0)
        .and_then(|s| Duration::try_from_secs_f64(s).ok())
        .ok_or_else(|| {
            format!("invalid --timeout {text:?}: expected seconds, more than 0 and at most 600")
        })
}

/// Reads a PEM file of certificates into a store.
fn pem_roots(path: &Path, what: &str) -> Result<RootCertStore, String> {
    let shown = redact(&path.to_string_lossy()).into_owned();
    let certs = CertificateDer::pem_file_iter(path)
        .and_then(|iter| iter.collect::<Result<Vec<_>, _>>())
        .map_err(|e| format!("cannot read {what} {shown:?}: {e}"))?;
    let mut store = RootCertStore::empty();
    let (_, refused) = store.add_parsable_certificates(certs);
    if store.is_empty() || refused > 0 {
        return Err(format!(
            "cannot read {what} {shown:?}: expected PEM certificates of CAs, found {} usable and {refused} refused",
            store.len()
        ));
    }
    Ok(store)
}

fn system_roots() -> RootCertStore {
    let mut store = RootCertStore::empty();
    store.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
    store
}

/// The trust stores from the flags, the kong.conf or the defaults.
fn trust(args: &ProbeArgs, conf: Option<&KongConf>) -> Result<tls::Trust, String> {
    let public = match &args.public_roots {
        Some(path) => pem_roots(path, "--public-roots")?,
        None => RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
    };
    let entries: Vec<&str> = conf
        .map(|conf| conf.lua_ssl_trusted_certificate().collect())
        .unwrap_or_default();
    let (local, name) = match &args.local_roots {
        Some(path) => (
            pem_roots(path, "--local-roots")?,
            "the local store (--local-roots)".to_owned(),
        ),
        None if !entries.is_empty() => {
            let mut store = RootCertStore::empty();
            for entry in &entries {
                if *entry == "system" {
                    store.roots.extend(system_roots().roots);
                } else {
                    store
                        .roots
                        .extend(pem_roots(Path::new(entry), "lua_ssl_trusted_certificate")?.roots);
                }
            }
            (
                store,
                "the kong.conf's lua_ssl_trusted_certificate".to_owned(),
            )
        }
        None => (system_roots(), "the system's trust store".to_owned()),
    };
    tls::Trust::new(public, local, name)
}

/// Probes every target; returns whether all probed targets passed.
pub fn run(
    req: &Requirements,
    conf: Option<&KongConf>,
    args: &ProbeArgs,
    out: &mut impl Write,
) -> Result<bool, String> {
    let timeout = parse_timeout(&args.timeout)?;
    if args.jobs == 0 || args.jobs > 256 {
        return Err(format!("invalid --jobs {}: expected 1 to 256", args.jobs));
    }
    let resolve = args
        .resolve
        .iter()
        .map(|entry| parse_resolve(entry))
        .collect::<Result<HashMap<_, _>, _>>()?;
    let proxy_url = match (&args.proxy, conf) {
        (Some(url), _) => Some(url.as_str()),
        (None, Some(conf)) if conf.cluster_use_proxy() => conf.proxy_server(),
        _ => None,
    };
    let proxy = proxy_url.map(Proxy::parse).transpose()?;
    let context = Arc::new(Context {
        resolve,
        resolve_only: args.resolve_only,
        timeout,
        proxy,
        proxy_verify: conf.is_none_or(KongConf::proxy_server_ssl_verify),
        trust: trust(args, conf)?,
    });
    let targets = req.probe_targets(conf);
    let outcomes = probe_all(&targets, &context, args.jobs, args.format == "table");
    let failed = outcomes.iter().any(|o| o.verdict.failed());
    let written = match args.format.as_str() {
        "json" => report::write_json(out, &outcomes),
        _ => report::write_table(out, &outcomes),
    };
    written.map_err(|e| e.to_string())?;
    Ok(!failed)
}

/// Runs the probes on at most `jobs` threads; the outcomes come back in
/// target order. A progress line goes to standard error when it is a
/// terminal.
fn probe_all(
    targets: &[ProbeTarget],
    context: &Arc<Context>,
    jobs: usize,
    progress: bool,
) -> Vec<Outcome> {
    let queue: Arc<Mutex<Vec<(usize, ProbeTarget)>>> = Arc::new(Mutex::new(
        targets.iter().cloned().enumerate().rev().collect(),
    ));
    let (tx, rx) = mpsc::channel();
    let workers = jobs.min(targets.len()).max(1);
    for _ in 0..workers {
        let queue = Arc::clone(&queue);
        let context = Arc::clone(context);
        let tx = tx.clone();
        std::thread::spawn(move || {
            loop {
                let next = queue.lock().ok().and_then(|mut q| q.pop());
                let Some((index, target)) = next else { break };
                if tx.send((index, probe_one(target, &context))).is_err() {
                    break;
                }
            }
        });
    }
    drop(tx);
    let show = progress && io::stderr().is_terminal();
    let mut outcomes: Vec<Option<Outcome>> = vec![None; targets.len()];
    let mut done = 0usize;
    for (index, outcome) in rx {
        if let Some(slot) = outcomes.get_mut(index) {
            *slot = Some(outcome);
        }
        done += 1;
        if show {
            let _ = write!(io::stderr(), "\rprobing: {done}/{} done", targets.len());
        }
    }
    if show {
        let _ = write!(io::stderr(), "\r\x1b[K");
    }
    // A probe whose thread died (a bug) is reported, not dropped.
    outcomes
        .into_iter()
        .zip(targets)
        .map(|(outcome, target)| {
            outcome.unwrap_or_else(|| Outcome {
                target: target.clone(),
                addresses: Vec::new(),
                connected: None,
                times: Times::default(),
                verdict: Verdict::fail(
                    Step::Internal,
                    "internal-error",
                    "the probe of this target stopped without a result",
                    "report this as a bug of konnect-netreq",
                ),
            })
        })
        .collect()
}

/// DNS, TCP, the proxy and TLS for one target.
fn probe_one(target: ProbeTarget, context: &Context) -> Outcome {
    let mut outcome = Outcome {
        target,
        addresses: Vec::new(),
        connected: None,
        times: Times::default(),
        verdict: Verdict::Pass(String::new()),
    };
    if let Some(reason) = outcome.target.not_probed() {
        outcome.verdict = Verdict::NotProbed(reason);
        return outcome;
    }
    let (Some(host), port) = (
        outcome.target.host().map(str::to_owned),
        outcome.target.port(),
    ) else {
        return outcome;
    };
    // With a proxy, only the proxy is dialled; it resolves the target.
    let (dial_host, dial_port) = match &context.proxy {
        Some(proxy) => (proxy.host.clone(), proxy.port),
        None => (host.clone(), port),
    };
    let start = Instant::now();
    let addresses = resolve(&dial_host, dial_port, context);
    outcome.times.dns = Some(start.elapsed());
    outcome.addresses = match addresses {
        Ok(addresses) => addresses,
        Err(verdict) => {
            outcome.verdict = verdict;
            return outcome;
        }
    };
    let start = Instant::now();
    let connected = connect(&outcome.addresses, context.timeout);
    outcome.times.tcp = Some(start.elapsed());
    let tcp = match connected {
        Ok((tcp, addr)) => {
            outcome.connected = Some(addr);
            tcp
        }
        Err(verdict) => {
            outcome.verdict = match (&context.proxy, verdict) {
                (Some(proxy), Verdict::Fail { kind, detail, .. }) => Verdict::fail(
                    Step::Proxy,
                    kind,
                    format!("the proxy {}: {detail}", proxy.shown),
                    "check the proxy address and that this host may reach it",
                ),
                (_, verdict) => verdict,
            };
            return outcome;
        }
    };
    let mut stream = match &context.proxy {
        None => tls::Link::Plain(tcp),
        Some(proxy) => {
            let start = Instant::now();
            let deadline = start + context.timeout;
            let tunnel = if proxy.tls {
                tls::to_proxy(
                    tcp,
                    &proxy.host,
                    &proxy.shown,
                    context.proxy_verify,
                    &context.trust,
                    deadline,
                )
            } else {
                Ok(tls::Link::Plain(tcp))
            }
            .and_then(|mut link| {
                proxy
                    .connect(&mut link, &host, port, deadline)
                    .map(|()| link)
            });
            outcome.times.proxy = Some(start.elapsed());
            match tunnel {
                Ok(link) => link,
                Err(verdict) => {
                    outcome.verdict = verdict;
                    return outcome;
                }
            }
        }
    };
    let Some(server_name) = outcome.target.server_name().map(str::to_owned) else {
        outcome.verdict = Verdict::Pass("connected (no TLS on this port)".to_owned());
        return outcome;
    };
    let mutual_tls = matches!(
        outcome.target.endpoint().map(Endpoint::app_protocol),
        Some(AppProtocol::HttpsMtls | AppProtocol::Mtls)
    );
    let start = Instant::now();
    let verdict = tls::check(
        &mut stream,
        &server_name,
        outcome.target.alpn(),
        &context.trust,
        start + context.timeout,
        mutual_tls,
    );
    outcome.times.tls = Some(start.elapsed());
    outcome.verdict = verdict;
    outcome
}

/// The addresses of `host`: from `--resolve`, or the system's resolver
/// (on a thread of its own, so that the timeout holds; a lookup that
/// outlives it is left to finish or to end with the process).
fn resolve(host: &str, port: u16, context: &Context) -> Result<Vec<SocketAddr>, Verdict> {
    if let Some(addresses) = context.resolve.get(&(host.to_ascii_lowercase(), port)) {
        return Ok(addresses.clone());
    }
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    if context.resolve_only {
        return Err(dns_failure(
            "not-resolved",
            host,
            "no --resolve entry, and --resolve-only asks no DNS server",
        ));
    }
    let (tx, rx) = mpsc::channel();
    let name = host.to_owned();
    std::thread::spawn(move || {
        let _ = tx.send((name.as_str(), port).to_socket_addrs().map(Vec::from_iter));
    });
    match rx.recv_timeout(context.timeout) {
        Ok(Ok(addresses)) if !addresses.is_empty() => Ok(addresses),
        Ok(Ok(_)) => Err(dns_failure(
            "no-answer",
            host,
            "the resolver returned no address",
        )),
        Ok(Err(e)) => {
            // glibc's getaddrinfo messages, as std passes them on.
            let text = e.to_string();
            let kind = if text.contains("Name or service not known")
                || text.contains("nodename nor servname")
            {
                "no-such-name"
            } else if text.contains("No address associated") {
                "no-answer"
            } else if text.contains("Temporary failure") {
                "dns-timeout"
            } else {
                "dns-error"
            };
            Err(dns_failure(kind, host, &text))
        }
        Err(_) => Err(dns_failure(
            "dns-timeout",
            host,
            "the resolver did not answer in time",
        )),
    }
}

fn dns_failure(kind: &'static str, host: &str, detail: &str) -> Verdict {
    Verdict::fail(
        Step::Dns,
        kind,
        format!("{host}: {detail}"),
        "check this host's DNS (split-horizon or PrivateLink names: try --resolve)",
    )
}

/// Connects to the first address that answers; the first failure is
/// reported when none does.
fn connect(
    addresses: &[SocketAddr],
    timeout: Duration,
) -> Result<(TcpStream, SocketAddr), Verdict> {
    let mut first = None;
    for &addr in addresses {
        match TcpStream::connect_timeout(&addr, timeout) {
            Ok(stream) => return Ok((stream, addr)),
            Err(e) => {
                first.get_or_insert((addr, e));
            }
        }
    }
    let (addr, e) = match first {
        Some(failure) => failure,
        None => {
            return Err(Verdict::fail(
                Step::Tcp,
                "tcp-error",
                "no address to connect to",
                "check DNS",
            ));
        }
    };
    Err(match e.kind() {
        io::ErrorKind::ConnectionRefused => Verdict::fail(
            Step::Tcp,
            "refused",
            format!("{addr} refused the connection"),
            "nothing listens there, or a firewall rejects it: check the address and the firewall",
        ),
        io::ErrorKind::ConnectionReset => Verdict::fail(
            Step::Tcp,
            "reset",
            format!("{addr} reset the connection"),
            "a firewall resets it: allow this host and port",
        ),
        io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => Verdict::fail(
            Step::Tcp,
            "timeout",
            format!("no answer from {addr} before the timeout"),
            "a firewall drops the packets: allow this host and port",
        ),
        _ => Verdict::fail(
            Step::Tcp,
            "tcp-error",
            format!("{addr}: {e}"),
            "check the route and firewall to this host",
        ),
    })
}
