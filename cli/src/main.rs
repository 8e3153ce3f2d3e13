//! `konnect-netreq`: Kong Konnect's network requirements on the command line.
//!
//! ```text
//! konnect-netreq rules --geo eu --cp-prefix a1b2c3d4e5
//! konnect-netreq rules --geo us --edition aug2026 --mesh regional --format hosts
//! konnect-netreq rules --geo eu --edition aug2026 --products event-gateway
//! konnect-netreq rules --spec control-planes.toml --format cilium
//! konnect-netreq config --geo eu --cp-prefix a1b2c3d4e5 --proxy http://proxy.internal:3128
//! konnect-netreq config --cp-endpoint https://36fc5d01be.us.cp0.konghq.com --format env
//! konnect-netreq classify < hostnames.txt
//! konnect-netreq diff --geo eu --cp-prefix a1b2c3d4e5 --from apr2025 --to aug2026
//! konnect-netreq probe --kong-conf /etc/kong/kong.conf --format json
//! konnect-netreq completions bash > /etc/bash_completion.d/konnect-netreq
//! konnect-netreq man > konnect-netreq.1
//! ```
//!
//! Bad arguments give a one-line error on standard error and exit code 2.
//! Install with `cargo install konnect-netreq-cli`.

mod keywords;
mod lines;
mod probe;
mod spec;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use konnect_netreq::{
    ConfigFormat, DataPlaneConfig, Edition, Endpoint, Error, Format, Geo, Listener, ListenerKind,
    Mesh, Product, RenderOptions, RequirementsSpec, redact,
};
use lines::LineFormat;
use spec::Inputs;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Where `config` takes a proxy URL from when `--proxy` is not given, so a
/// password need not show in the process list.
const PROXY_ENV: &str = "KONNECT_NETREQ_PROXY";

/// Kong Konnect's network requirements: the rules to allow, a data plane's
/// kong.conf, what a hostname from a log is, and what changes between
/// editions of Kong's network page.
#[derive(Parser)]
#[command(name = "konnect-netreq", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the hostnames and ports a network must allow for Konnect.
    Rules {
        #[command(flatten)]
        inputs: InputFlags,
        /// Edition of Kong's page (default: the --cp-endpoint's, else the
        /// oldest, which never changes).
        #[arg(long, value_parser = keywords::parser::<Edition>())]
        edition: Option<Edition>,
        /// Output format.
        #[arg(long, default_value = "table", value_parser = keywords::parser::<Format>())]
        format: Format,
    },
    /// Print the kong.conf settings (or environment variables) that connect
    /// a data plane node to its Konnect control plane.
    Config {
        /// A file of one control plane's inputs instead of --geo,
        /// --cp-prefix, --cp-endpoint, --tp-endpoint, --edition,
        /// --private-link and --listen: JSON, TOML or YAML (by its
        /// extension, else JSON if it starts with `{`, else TOML), `-` for
        /// standard input, at most 512 KiB.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["geo", "cp_prefix", "cp_endpoint", "tp_endpoint", "edition", "private_link", "listen"])]
        spec: Option<PathBuf>,
        /// Geo identifier.
        #[arg(long, value_parser = keywords::parser::<Geo>(), required_unless_present_any = ["cp_endpoint", "spec"])]
        geo: Option<Geo>,
        /// Control plane DNS prefix (first label of the control plane
        /// hostname).
        #[arg(long, required_unless_present_any = ["cp_endpoint", "spec"])]
        cp_prefix: Option<String>,
        /// The control plane endpoint the Konnect API returns
        /// (https://PREFIX.GEO.cp0.konghq.com) or a kong.conf
        /// cluster_control_plane value: gives the geo, prefix and edition.
        #[arg(long, value_name = "URL", conflicts_with_all = ["geo", "cp_prefix"])]
        cp_endpoint: Option<String>,
        /// The telemetry endpoint the Konnect API returns with the control
        /// plane (https://PREFIX.GEO.tp0.konghq.com) or a kong.conf
        /// cluster_telemetry_endpoint value: kept as given.
        #[arg(long, value_name = "URL")]
        tp_endpoint: Option<String>,
        /// Edition of Kong's page (default: the --cp-endpoint's, else the
        /// oldest, which never changes).
        #[arg(long, value_parser = keywords::parser::<Edition>())]
        edition: Option<Edition>,
        /// Connect over AWS PrivateLink.
        #[arg(long)]
        private_link: bool,
        /// A data plane listener, KIND:PORT (repeatable; the kinds are
        /// filled in at run time): written as proxy_listen and stream_listen.
        #[arg(long, value_name = "KIND:PORT", value_parser = keyword::<Listener>)]
        listen: Vec<Listener>,
        /// A cluster_dp_labels label, KEY:VALUE (repeatable, at most 10).
        #[arg(long, value_name = "KEY:VALUE")]
        dp_label: Vec<String>,
        /// Write incremental_sync = on (Kong Gateway 3.10 and later).
        #[arg(long)]
        incremental_sync: bool,
        /// Forward proxy URL, http://[USER[:PASSWORD]@]HOST[:PORT] or https://...
        /// (default: the KONNECT_NETREQ_PROXY environment variable, which keeps
        /// a password out of the process list).
        #[arg(long, value_name = "URL")]
        proxy: Option<String>,
        /// Path of the data plane certificate.
        #[arg(long, value_name = "PATH")]
        cluster_cert: Option<std::path::PathBuf>,
        /// Path of the data plane certificate's private key.
        #[arg(long, value_name = "PATH")]
        cluster_cert_key: Option<std::path::PathBuf>,
        /// The Kubernetes TLS secret holding the data plane certificate, for
        /// --format helm (default: kong-cluster-cert, as in Kong's guide).
        #[arg(long, value_name = "NAME")]
        cert_secret: Option<String>,
        /// Output format: kong-conf (lines `name = value`), env
        /// (lines `KONG_NAME=value`), helm (a values file for the kong/kong
        /// chart) or json.
        #[arg(long, default_value = "kong-conf", value_parser = keywords::parser::<ConfigFormat>())]
        format: ConfigFormat,
    },
    /// Say what each hostname, host:port or URL is: one tab-separated line
    /// per input with the input, endpoint (or not-konnect), geo, edition,
    /// identifier and port, `-` where there is none. Reads one per line
    /// from standard input when none are given; blank lines are skipped.
    Classify {
        /// Hostnames, host:port values or URLs to classify.
        hosts: Vec<String>,
        /// Output format: text (tab-separated columns) or json (one JSON
        /// object per line with the same fields).
        #[arg(long, default_value = "text", value_parser = line_format)]
        format: LineFormat,
    },
    /// Print the rules to add (+) and remove (-) when moving from one
    /// edition of Kong's page to another.
    Diff {
        #[command(flatten)]
        inputs: InputFlags,
        /// The edition moved from.
        #[arg(long, default_value_t = Edition::default(), value_parser = keywords::parser::<Edition>())]
        from: Edition,
        /// The edition moved to.
        #[arg(long, default_value_t = Edition::LATEST, value_parser = keywords::parser::<Edition>())]
        to: Edition,
        /// Output format: text (`+ rule` and `- rule` lines) or json (an
        /// array of changes).
        #[arg(long, default_value = "text", value_parser = line_format)]
        format: LineFormat,
    },
    /// Check from this host that every rule really gets through: DNS, TCP,
    /// the forward proxy and TLS (see cli/README.md). Exit code 0 when every
    /// probed rule passed, 1 when one failed, 2 for bad input.
    Probe {
        #[command(flatten)]
        inputs: InputFlags,
        /// Edition of Kong's page (default: the --cp-endpoint's, else the
        /// oldest, which never changes).
        #[arg(long, value_parser = keywords::parser::<Edition>())]
        edition: Option<Edition>,
        #[command(flatten)]
        probe: probe::ProbeArgs,
    },
    /// Print a completion script for SHELL (bash, elvish, fish, powershell
    /// or zsh) on standard output.
    Completions {
        /// The shell to complete in.
        #[arg(value_parser = clap::value_parser!(clap_complete::Shell))]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) on standard output.
    Man,
}

fn line_format(s: &str) -> Result<LineFormat, String> {
    choice(
        "format",
        s,
        &[("text", LineFormat::Text), ("json", LineFormat::Json)],
    )
}

/// What selects the rules, apart from the edition.
#[derive(Args)]
struct InputFlags {
    /// A file of inputs instead of the flags below, JSON, TOML or YAML (by
    /// its extension: .json, .toml, .yaml or .yml; else JSON if it starts
    /// with `{`, else TOML), `-` for standard input, at most 512 KiB: the
    /// keys of one control plane (geo, cp_prefix, portal_id, edition, mesh,
    /// ...), or several in a control_plane list ([[control_plane]] tables
    /// in TOML). `rules` renders a list as one set; `diff` and `probe`
    /// take one control plane (a list of exactly one will do), and `diff`
    /// replaces its edition by --from and --to.
    #[arg(long, value_name = "FILE")]
    spec: Option<PathBuf>,
    #[command(flatten)]
    flags: SpecFlags,
}

/// The inputs of one control plane as flags, each of which `--spec`
/// conflicts with (see [`cli_command`]).
#[derive(Args)]
struct SpecFlags {
    /// Geo identifier.
    #[arg(long, value_parser = keywords::parser::<Geo>(), required_unless_present_any = ["cp_endpoint", "spec"])]
    geo: Option<Geo>,
    /// Control plane DNS prefix (first label of the control plane hostname);
    /// without it the control plane hosts are wildcards.
    #[arg(long)]
    cp_prefix: Option<String>,
    /// The control plane endpoint the Konnect API returns
    /// (https://PREFIX.GEO.cp0.konghq.com) or a kong.conf
    /// cluster_control_plane value: gives the geo, prefix and edition.
    #[arg(long, value_name = "URL", conflicts_with_all = ["geo", "cp_prefix"])]
    cp_endpoint: Option<String>,
    /// The telemetry endpoint the Konnect API returns with the control
    /// plane (https://PREFIX.GEO.tp0.konghq.com) or a kong.conf
    /// cluster_telemetry_endpoint value: kept as given.
    #[arg(long, value_name = "URL")]
    tp_endpoint: Option<String>,
    /// Dev Portal ID (first label of the portal's domain); without it the
    /// Dev Portal host is a wildcard.
    #[arg(long)]
    portal_id: Option<String>,
    /// The products to cover, comma-separated (default:
    /// api-gateway,dev-portal). The options below add theirs.
    #[arg(long, value_name = "LIST", value_delimiter = ',', value_parser = keywords::parser::<Product>())]
    products: Option<Vec<Product>>,
    /// Add the Mesh Manager sync host: the geo's own (regional) or the
    /// global one.
    #[arg(long, value_parser = keywords::parser::<Mesh>())]
    mesh: Option<Mesh>,
    /// Add the Event Gateway hosts (from aug2026 on).
    #[arg(long)]
    event_gateway: bool,
    /// Add Kong Identity: the geo's identity host and its auth servers'
    /// hosts (from aug2026 on).
    #[arg(long)]
    identity: bool,
    /// A Kong Identity auth server ID (repeatable); implies --identity.
    /// Without one, any auth server's host is allowed (a wildcard).
    #[arg(long, value_name = "ID")]
    auth_server_id: Vec<String>,
    /// Add the Kong Ingress Controller API host.
    #[arg(long)]
    ingress_controller: bool,
    /// Reach the control plane over AWS PrivateLink.
    #[arg(long)]
    private_link: bool,
    /// Add the global AWS PrivateLink host global.svc.konghq.com (from aug2026 on).
    #[arg(long)]
    global_private_link: bool,
    /// A data plane listener, KIND:PORT (repeatable; the kinds are filled
    /// in at run time); replaces the defaults http:8000 and https:8443.
    #[arg(long, value_name = "KIND:PORT", value_parser = keyword::<Listener>)]
    listen: Vec<Listener>,
}

fn keyword<T: std::str::FromStr<Err = Error>>(s: &str) -> Result<T, String> {
    s.parse().map_err(|e: Error| e.to_string())
}

fn choice<T: Copy>(what: &str, s: &str, choices: &[(&str, T)]) -> Result<T, String> {
    choices
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(s))
        .map(|(_, value)| *value)
        .ok_or_else(|| {
            let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
            format!(
                "unrecognized {what} {s:?}: expected one of {}",
                names.join(", ")
            )
        })
}

/// Why the program stopped early.
enum Failure {
    /// Bad arguments or inputs: exit code 2.
    Usage(String),
    /// Reading or writing failed: exit code 1.
    Io(io::Error),
    /// A probe failed (the output says which): exit code 1.
    ProbeFailed,
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure::Usage(error.to_string())
    }
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure::Io(error)
    }
}

/// The command with its help filled in from the library's lists.
fn cli_command() -> clap::Command {
    let kinds: Vec<&str> = ListenerKind::ALL.iter().map(|kind| kind.as_str()).collect();
    let kinds = kinds.join(", ");
    let listen_help = |arg: clap::Arg| {
        let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
        arg.help(help.replace(
            "the kinds are filled in at run time",
            &format!("KIND one of {kinds}"),
        ))
    };
    let endpoints: Vec<&str> = Endpoint::ALL.iter().map(|e| e.as_str()).collect();
    let classify_help = format!(
        "Hostnames, host:port values or URLs to classify; the endpoint column names one of {}",
        endpoints.join(", ")
    );
    // `--spec` replaces every input flag. (A conflict with their group
    // would make clap's error list them on several lines.)
    let flags: Vec<clap::Id> = SpecFlags::augment_args(clap::Command::new("flags"))
        .get_arguments()
        .map(|arg| arg.get_id().clone())
        .collect();
    let spec_replaces = |command: clap::Command| {
        command.mut_arg("spec", |arg| arg.conflicts_with_all(flags.clone()))
    };
    let mut command = Cli::command();
    let with_listeners: Vec<String> = command
        .get_subcommands()
        .filter(|sub| sub.get_arguments().any(|arg| arg.get_id() == "listen"))
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in with_listeners {
        command = command.mut_subcommand(name, |sub| sub.mut_arg("listen", listen_help));
    }
    command
        .mut_subcommand("rules", spec_replaces)
        .mut_subcommand("diff", spec_replaces)
        .mut_subcommand("classify", |classify| {
            classify.mut_arg("hosts", |arg| arg.help(classify_help))
        })
        // A kong.conf may name the control plane.
        .mut_subcommand("probe", |probe| {
            probe.mut_arg("geo", |arg| arg.required_unless_present_any(["kong_conf"]))
        })
}

fn main() -> ExitCode {
    let parsed = cli_command()
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version, on standard output.
            return match e.print() {
                Ok(()) => ExitCode::SUCCESS,
                Err(_) => ExitCode::from(1),
            };
        }
        Err(e) => {
            report(&usage_error(&e));
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = run(cli.command, &mut out).and_then(|()| out.flush().map_err(Failure::Io));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => {
            report(&message);
            ExitCode::from(2)
        }
        // Whoever reads the output stopped (`| head`): nothing left to say.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::ProbeFailed) => ExitCode::from(1),
        Err(Failure::Io(e)) => {
            report(&e.to_string());
            ExitCode::from(1)
        }
    }
}

/// Writes one line of information on standard error; as [`report`], a
/// failure to write changes nothing.
fn note(message: &str) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "note: {message}");
}

/// Writes one error line on standard error. A standard error that cannot
/// be written to (closed, or a full disk) changes nothing: the exit code
/// still says what happened, and `eprintln!` would panic instead.
fn report(message: &str) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "error: {}", printable(message));
}

fn run(command: Command, out: &mut impl Write) -> Result<(), Failure> {
    match command {
        Command::Rules {
            inputs,
            edition,
            format,
        } => {
            if inputs.spec.is_some() && edition.is_some() {
                return Err(Failure::Usage(
                    "--edition cannot be used with --spec; set \"edition\" in the file".into(),
                ));
            }
            let text = match inputs.read()? {
                Inputs::One(mut spec) => {
                    if edition.is_some() {
                        spec.edition = edition;
                    }
                    spec.build()?
                        .try_render_with(format, &RenderOptions::default())?
                }
                Inputs::Set(set) => set.try_render_with(format, &RenderOptions::default())?,
            };
            out.write_all(text.as_bytes())?;
        }
        Command::Config {
            spec: spec_path,
            geo,
            cp_prefix,
            cp_endpoint,
            tp_endpoint,
            edition,
            private_link,
            listen,
            dp_label,
            incremental_sync,
            cert_secret,
            proxy,
            cluster_cert,
            cluster_cert_key,
            format,
        } => {
            let spec = match spec_path {
                Some(path) => {
                    one_control_plane("config", spec::read_spec(&path).map_err(Failure::Usage)?)?
                }
                None => {
                    let mut spec = RequirementsSpec::default();
                    spec.geo = geo;
                    spec.cp_prefix = cp_prefix.as_deref().map(str::parse).transpose()?;
                    spec.control_plane_endpoint = cp_endpoint;
                    spec.telemetry_endpoint = tp_endpoint;
                    spec.edition = edition;
                    spec.private_link = private_link;
                    spec.listeners = listen;
                    spec
                }
            };
            let mut config = DataPlaneConfig::builder(&spec.build()?);
            if let Some(path) = cluster_cert {
                config = config.with_cluster_cert(path);
            }
            if let Some(path) = cluster_cert_key {
                config = config.with_cluster_cert_key(path);
            }
            if !dp_label.is_empty() {
                config = config.with_cluster_dp_labels(&dp_label);
            }
            if incremental_sync {
                config = config.with_incremental_sync();
            }
            if let Some(secret) = cert_secret {
                config = config.with_helm_cert_secret(secret);
            }
            let proxy = match proxy {
                Some(url) => Some(url),
                None => match std::env::var(PROXY_ENV) {
                    Ok(url) if !url.is_empty() => Some(url),
                    Ok(_) | Err(std::env::VarError::NotPresent) => None,
                    Err(std::env::VarError::NotUnicode(_)) => {
                        return Err(Failure::Usage(format!("{PROXY_ENV} is not valid UTF-8")));
                    }
                },
            };
            if let Some(url) = proxy {
                config = config.with_forward_proxy(url);
            }
            let config = config.build()?;
            out.write_all(config.render(format).as_bytes())?;
        }
        Command::Classify { hosts, format } => {
            if hosts.is_empty() || hosts == ["-"] {
                let stdin = io::stdin();
                if hosts.is_empty() && std::io::IsTerminal::is_terminal(&stdin) {
                    note("reading hostnames from standard input, one per line (end with Ctrl-D)");
                }
                lines::classify_lines(&mut stdin.lock(), out, format)?;
            } else {
                let mut shown = Vec::new();
                for host in &hosts {
                    lines::classify_line(&mut shown, host.as_bytes(), host.len(), format);
                }
                out.write_all(&shown)?;
            }
        }
        Command::Probe {
            inputs,
            edition,
            probe,
        } => {
            let conf = probe::read_kong_conf(probe.kong_conf.as_deref()).map_err(Failure::Usage)?;
            let mut spec = one_control_plane("probe", inputs.read()?)?;
            if edition.is_some() {
                spec.edition = edition;
            }
            // Without flags naming it, the kong.conf names the control plane.
            let setting = |name: &str| {
                let conf = conf.as_ref()?;
                let (_, value) = conf.settings().find(|(setting, _)| *setting == name)?;
                Some(value.to_owned())
            };
            if spec.geo.is_none() && spec.control_plane_endpoint.is_none() {
                spec.control_plane_endpoint = setting("cluster_control_plane");
                if spec.telemetry_endpoint.is_none() {
                    spec.telemetry_endpoint = setting("cluster_telemetry_endpoint");
                }
            }
            if spec.geo.is_none() && spec.control_plane_endpoint.is_none() {
                return Err(Failure::Usage(
                    "probe needs --geo, --cp-endpoint, --spec, or a kong.conf (or \
                     KONG_CLUSTER_CONTROL_PLANE) that names the control plane"
                        .into(),
                ));
            }
            let req = spec.build()?;
            if !probe::run(&req, conf.as_ref(), &probe, out).map_err(Failure::Usage)? {
                out.flush()?;
                return Err(Failure::ProbeFailed);
            }
        }
        Command::Completions { shell } => {
            // clap_complete panics on a write error (a reader that went
            // away, `| head`), so the script is made in memory first.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut cli_command(), "konnect-netreq", &mut script);
            out.write_all(&script)?;
        }
        Command::Man => clap_mangen::Man::new(cli_command()).render(out)?,
        Command::Diff {
            inputs,
            from,
            to,
            format,
        } => {
            let builder = one_control_plane("diff", inputs.read()?)?.builder();
            let old = builder.clone().with_edition(from).build()?;
            let new = builder.with_edition(to).build()?;
            let diff = old.diff(&new);
            match format {
                LineFormat::Text => write!(out, "{diff}")?,
                LineFormat::Json => {
                    let changes: Vec<serde_json::Value> = diff
                        .changes()
                        .map(|(change, rule)| {
                            serde_json::json!({ "change": change.as_str(), "rule": rule })
                        })
                        .collect();
                    serde_json::to_writer_pretty(&mut *out, &changes).map_err(io::Error::from)?;
                    writeln!(out)?;
                }
            }
        }
    }
    Ok(())
}

/// The one control plane `command` takes: the inputs of one, or a set of
/// exactly one member.
fn one_control_plane(command: &str, inputs: Inputs) -> Result<RequirementsSpec, Failure> {
    match inputs {
        Inputs::One(spec) => Ok(*spec),
        Inputs::Set(set) => match set.members() {
            [one] => Ok(one.spec()),
            members => Err(Failure::Usage(format!(
                "{command} takes one control plane; the --spec file lists {} (run it once per \
                 control plane)",
                members.len()
            ))),
        },
    }
}

impl InputFlags {
    /// The inputs from the `--spec` file, or else from the flags.
    fn read(&self) -> Result<Inputs, Failure> {
        match &self.spec {
            Some(path) => spec::read_spec(path).map_err(Failure::Usage),
            None => Ok(Inputs::One(Box::new(self.flags.spec()?))),
        }
    }
}

impl SpecFlags {
    /// The flags as the library's inputs.
    fn spec(&self) -> Result<RequirementsSpec, Error> {
        let mut spec = RequirementsSpec::default();
        spec.geo = self.geo;
        spec.control_plane_endpoint.clone_from(&self.cp_endpoint);
        spec.cp_prefix = self.cp_prefix.as_deref().map(str::parse).transpose()?;
        spec.telemetry_endpoint.clone_from(&self.tp_endpoint);
        spec.portal_id = self.portal_id.as_deref().map(str::parse).transpose()?;
        spec.auth_server_ids = self
            .auth_server_id
            .iter()
            .map(|id| id.parse())
            .collect::<Result<_, _>>()?;
        spec.mesh = self.mesh;
        spec.private_link = self.private_link;
        spec.products.clone_from(&self.products);
        // The product flags add theirs to the default or listed products.
        for (chosen, product) in [
            (self.event_gateway, Product::EventGateway),
            (self.identity, Product::Identity),
            (self.ingress_controller, Product::IngressController),
        ] {
            if chosen {
                spec.products
                    .get_or_insert_with(|| Product::DEFAULT.to_vec())
                    .push(product);
            }
        }
        spec.global_private_link = self.global_private_link;
        spec.listeners.clone_from(&self.listen);
        Ok(spec)
    }
}

/// One line that says what is wrong with the arguments. Clap's own text
/// quotes raw input and spans lines; the common cases are said here
/// instead, with input quoted through `{:?}`.
fn usage_error(e: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(value)) => Some(value.as_str()),
        _ => None,
    };
    let subcommands = "expected one of rules, config, classify, diff, probe";
    match e.kind() {
        ErrorKind::ValueValidation => {
            let arg = context(ContextKind::InvalidArg).unwrap_or("an argument");
            match std::error::Error::source(e) {
                Some(problem) => format!("invalid value for {arg}: {problem}"),
                None => format!("invalid value for {arg}"),
            }
        }
        // A stray argument may be a misplaced proxy URL with a password.
        ErrorKind::UnknownArgument => match context(ContextKind::InvalidArg) {
            Some(arg) => format!("unexpected argument {:?}", redact(arg)),
            None => "unexpected argument".to_owned(),
        },
        ErrorKind::InvalidSubcommand => match context(ContextKind::InvalidSubcommand) {
            Some(name) => format!("unrecognized subcommand {name:?}: {subcommands}"),
            None => format!("unrecognized subcommand: {subcommands}"),
        },
        ErrorKind::MissingRequiredArgument => match e.get(ContextKind::InvalidArg) {
            Some(ContextValue::Strings(args)) => {
                format!("missing required arguments: {}", args.join(", "))
            }
            _ => "missing required arguments".to_owned(),
        },
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            format!("a subcommand is required: {subcommands}")
        }
        _ => {
            let message = e.to_string();
            let first = message.lines().next().unwrap_or_default();
            redact(first.strip_prefix("error: ").unwrap_or(first)).into_owned()
        }
    }
}

/// `message` with control and other invisible characters escaped, the
/// rest as it is: for error lines, which may quote raw input.
fn printable(message: &str) -> String {
    let mut shown = String::with_capacity(message.len());
    for c in message.chars() {
        let mut escaped = c.escape_debug();
        let printable = c == ' ' || c.is_ascii_graphic() || (!c.is_ascii() && escaped.len() == 1);
        if printable {
            shown.push(c);
        } else if c.is_ascii() {
            shown.extend(c.escape_default());
        } else {
            shown.extend(&mut escaped);
        }
    }
    shown
}
