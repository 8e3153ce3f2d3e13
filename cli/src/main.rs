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
//! konnect-netreq scan /var/log/squid/access.log --cp-endpoint https://a1b2c3d4e5.eu.cp0.konghq.com
//! konnect-netreq diff --geo eu --cp-prefix a1b2c3d4e5 --from apr2025 --to aug2026
//! konnect-netreq probe --kong-conf /etc/kong/kong.conf --format json
//! konnect-netreq completions bash > /etc/bash_completion.d/konnect-netreq
//! konnect-netreq rules --geo eu --format cilium --namespace gateways --selector app=kong-dp
//! konnect-netreq man --out /usr/local/share/man/man1
//! ```
//!
//! Bad arguments give clap's error (suggestions, possible values, usage) on
//! standard error, with the values it quotes redacted, and exit code 2.
//! Install with `cargo install konnect-netreq-cli`.

mod check;
mod export;
mod keywords;
mod lines;
mod probe;
mod scan;
mod spec;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use konnect_netreq::{
    ConfigFormat, DataPlaneConfig, Edition, Endpoint, Error, Format, Geo, Inference, Listener,
    ListenerKind, Mesh, Product, Protocol, Requirements, RequirementsSpec, redact,
};
use lines::LineFormat;
use spec::Inputs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
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
        #[command(flatten)]
        export: export::ExportFlags,
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
        /// The kong/kong chart's image.tag, for --format helm, e.g. 3.11
        /// (default: the chart's own, 3.9 in chart 3.4.1).
        #[arg(long, value_name = "TAG")]
        image_tag: Option<String>,
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
    /// For logs (proxy, firewall, DNS, data plane), use `scan`.
    Classify {
        /// Hostnames, host:port values or URLs to classify.
        hosts: Vec<String>,
        /// Output format: text (tab-separated columns) or json (one JSON
        /// object per line with the same fields).
        #[arg(long, default_value = "text", ignore_case = true, value_parser = line_format())]
        format: LineFormat,
    },
    /// Find every Konnect address in logs (Squid, AWS Network Firewall,
    /// Route 53 Resolver, Envoy/Istio, Cilium Hubble, the Kong data plane's
    /// error.log, or any text), say what happened to it, and compare with
    /// the rules: which required rules were denied or failed, which
    /// addresses the rules lack and why. Exit code 1 when a required rule
    /// was denied or failed, 0 otherwise, 2 on bad input.
    Scan(scan::ScanArgs),
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
        #[arg(long, default_value = "text", ignore_case = true, value_parser = line_format())]
        format: LineFormat,
    },
    /// Say whether the requirements allow a connection to each ADDRESS (a
    /// hostname, host:port or URL: the port written, else the scheme's
    /// default, else 443) or to a port alone (PORT/PROTOCOL, e.g. 8071/udp,
    /// for the port-only rules), and if not, the nearest reason. One
    /// tab-separated line per input: the input, allowed or refused, the
    /// rule or the reason. Exit code 0 when every input is allowed, 1 when
    /// one is refused, 2 for bad input.
    Check {
        #[command(flatten)]
        inputs: InputFlags,
        /// Edition of Kong's page (default: the --cp-endpoint's, else the
        /// oldest, which never changes).
        #[arg(long, value_parser = keywords::parser::<Edition>())]
        edition: Option<Edition>,
        /// Transport of the connections asked about (PORT/PROTOCOL names
        /// its own).
        #[arg(long, default_value = "tcp", value_parser = keywords::parser::<Protocol>())]
        protocol: Protocol,
        /// Output format: text (tab-separated columns) or json (one JSON
        /// object per line: input, allowed, rule, reason).
        #[arg(long, default_value = "text", ignore_case = true, value_parser = line_format())]
        format: LineFormat,
        /// Addresses (hostname, host:port, URL) or ports (PORT/PROTOCOL) to
        /// check.
        #[arg(value_name = "ADDRESS", required = true)]
        addresses: Vec<String>,
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
    /// Print a manual page (roff) on standard output: the command's, or
    /// one subcommand's; with --out, write every page into a directory.
    Man {
        /// The subcommand whose page to print (default: the command's).
        #[arg(value_name = "SUBCOMMAND", conflicts_with = "out")]
        page: Option<String>,
        /// Write every page (konnect-netreq.1, konnect-netreq-rules.1, ...)
        /// into this directory and list the files written.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

/// `--format` of the line-oriented subcommands, its values listed in help,
/// man pages and completions.
fn line_format() -> impl clap::builder::TypedValueParser<Value = LineFormat> {
    use clap::builder::TypedValueParser as _;
    // With `ignore_case` on the flag, the value is as typed.
    clap::builder::PossibleValuesParser::new(["text", "json"]).map(|format| {
        if format.eq_ignore_ascii_case("json") {
            LineFormat::Json
        } else {
            LineFormat::Text
        }
    })
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
    keywords::parse_shown(s)
}

/// Why the program stopped early.
enum Failure {
    /// Bad arguments or inputs: exit code 2.
    Usage(String),
    /// Reading or writing failed: exit code 1.
    Io(io::Error),
    /// A probe failed (the output says which): exit code 1.
    ProbeFailed,
    /// `scan` found a required rule denied or failed: exit code 1, the
    /// report says why.
    Blocked,
    /// `check` refused an address (the output says which): exit code 1.
    Refused,
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
    let subcommands: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    command
        .mut_subcommand("man", |man| {
            man.mut_arg("page", |arg| {
                arg.value_parser(clap::builder::PossibleValuesParser::new(subcommands))
            })
        })
        .mut_subcommand("rules", |rules| export::with_defaults(spec_replaces(rules)))
        .mut_subcommand("diff", spec_replaces)
        .mut_subcommand("check", spec_replaces)
        .mut_subcommand("classify", |classify| {
            classify.mut_arg("hosts", |arg| arg.help(classify_help))
        })
        // A kong.conf may name the control plane.
        .mut_subcommand("probe", |probe| {
            probe.mut_arg("geo", |arg| arg.required_unless_present_any(["kong_conf"]))
        })
}

/// clap_complete's bash script for a name with a hyphen: the loop that
/// finds the subcommand spells its state `konnect__netreq__subcmd__rules`,
/// the `case` arms `konnect__subcmd__netreq__subcmd__rules`, so no
/// subcommand's flags or values complete (clap-rs/clap#6421, open in
/// clap_complete 4.6.12). The arms are respelled as the loop spells them;
/// the text replaced occurs nowhere else.
fn bash_hyphen_fix(script: &[u8]) -> Vec<u8> {
    let script = String::from_utf8_lossy(script);
    script
        .replace("konnect__subcmd__netreq", "konnect__netreq")
        .into_bytes()
}

/// The command and each subcommand, named as their manual pages are
/// (`konnect-netreq`, `konnect-netreq-rules`, ...).
fn man_pages() -> Vec<clap::Command> {
    let mut command = cli_command().disable_help_subcommand(true);
    command.build();
    // In the order of `--help` (changing a subcommand moves it last).
    let order: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    let mut subcommands: Vec<&clap::Command> = command.get_subcommands().collect();
    subcommands.sort_by_key(|sub| order.iter().position(|name| name == sub.get_name()));
    let mut pages = vec![command.clone()];
    pages.extend(subcommands.into_iter().cloned().map(|sub| {
        let name = sub.get_display_name().unwrap_or(sub.get_name()).to_owned();
        sub.name(name)
    }));
    pages
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
            let code = e.exit_code();
            let text = shown_error(e).render();
            let mut stderr = io::stderr().lock();
            let text = if std::io::IsTerminal::is_terminal(&stderr) {
                text.ansi().to_string()
            } else {
                text.to_string()
            };
            // As in `report`, a standard error that cannot be written to
            // changes nothing but the message.
            let _ = stderr.write_all(text.as_bytes());
            return ExitCode::from(u8::try_from(code).unwrap_or(2));
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
        Err(Failure::ProbeFailed | Failure::Refused) => ExitCode::from(1),
        Err(Failure::Io(e)) => {
            report(&e.to_string());
            ExitCode::from(1)
        }
        Err(Failure::Blocked) => ExitCode::from(1),
    }
}

/// Writes one line of information on standard error; as [`report`], a
/// failure to write changes nothing.
fn note(message: &str) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "note: {message}");
}

/// Says on standard error what the requirements inferred rather than were
/// given (the outputs say it too, but a reader of a file may not look), and
/// which flag gives it instead.
fn note_inferences(req: &Requirements) {
    note_all_inferences(std::slice::from_ref(req));
}

/// [`note_inferences`] for several requirements (a set's members, both
/// sides of a diff), each note once.
fn note_all_inferences(reqs: &[Requirements]) {
    let mut said: Vec<String> = Vec::new();
    for inference in reqs.iter().flat_map(Requirements::inferences) {
        let flag = match inference {
            Inference::Edition { .. } => " (--edition)",
            Inference::Telemetry { .. } => " (--tp-endpoint)",
            _ => "",
        };
        let line = format!("{inference}{flag}");
        if !said.contains(&line) {
            note(&line);
            said.push(line);
        }
    }
}

/// Writes one error line on standard error. A standard error that cannot
/// be written to (closed, or a full disk) changes nothing: the exit code
/// still says what happened, and `eprintln!` would panic instead.
fn report(message: &str) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "error: {}", printable(&quoted_redacted(message)));
}

/// `message` with the crate's `redact` applied inside each `"..."` it
/// quotes: the library and this command quote what was typed that way
/// (with `{:?}`), and not every value they quote is one the library
/// thinks may hold a password (`--portal-id kong:SECRET@x`).
fn quoted_redacted(message: &str) -> String {
    let mut shown = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(open) = rest.find('"') {
        let (before, after) = rest.split_at(open.saturating_add(1));
        shown.push_str(before);
        // The closing quote: the first not escaped by a backslash.
        let mut escaped = false;
        let close = after.char_indices().find_map(|(at, c)| {
            let closes = c == '"' && !escaped;
            escaped = c == '\\' && !escaped;
            closes.then_some(at)
        });
        let Some(close) = close else {
            shown.push_str(after);
            return shown;
        };
        let (quoted, after) = after.split_at(close);
        shown.push_str(&redact(quoted));
        shown.push('"');
        rest = after.get(1..).unwrap_or_default();
    }
    shown.push_str(rest);
    shown
}

fn run(command: Command, out: &mut impl Write) -> Result<(), Failure> {
    match command {
        Command::Rules {
            inputs,
            edition,
            format,
            export,
        } => {
            let options = export.options()?;
            if inputs.spec.is_some() && edition.is_some() {
                return Err(Failure::Usage(
                    "--edition cannot be used with --spec; set \"edition\" in the file".into(),
                ));
            }
            let (text, notes) = match inputs.read()? {
                Inputs::One(mut spec) => {
                    if edition.is_some() {
                        spec.edition = edition;
                    }
                    let req = spec.build()?;
                    note_inferences(&req);
                    (req.try_render_with(format, &options)?, req.notes())
                }
                Inputs::Set(set) => {
                    note_all_inferences(set.members());
                    (set.try_render_with(format, &options)?, set.notes())
                }
            };
            out.write_all(text.as_bytes())?;
            // The other formats write their notes themselves.
            if matches!(format, Format::Hosts | Format::Json) {
                for message in notes {
                    note(message);
                }
            }
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
            image_tag,
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
            let req = spec.build()?;
            note_inferences(&req);
            let mut config = DataPlaneConfig::builder(&req);
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
            if let Some(tag) = image_tag {
                config = config.with_helm_image_tag(tag);
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
            // The other formats write their warnings as comments.
            if format == ConfigFormat::Json {
                for warning in config.warnings(format) {
                    let _ = writeln!(io::stderr().lock(), "warning: {warning}");
                }
            }
        }
        Command::Check {
            inputs,
            edition,
            protocol,
            format,
            addresses,
        } => {
            if inputs.spec.is_some() && edition.is_some() {
                return Err(Failure::Usage(
                    "--edition cannot be used with --spec; set \"edition\" in the file".into(),
                ));
            }
            let target = match inputs.read()? {
                Inputs::One(mut spec) => {
                    if edition.is_some() {
                        spec.edition = edition;
                    }
                    let req = spec.build()?;
                    note_inferences(&req);
                    check::Target::One(Box::new(req))
                }
                Inputs::Set(set) => {
                    note_all_inferences(set.members());
                    check::Target::Set(set)
                }
            };
            let mut shown = Vec::new();
            let all_allowed = check::run(&target, &addresses, protocol, format, &mut shown);
            out.write_all(&shown)?;
            if !all_allowed {
                out.flush()?;
                return Err(Failure::Refused);
            }
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
            note_inferences(&req);
            if !probe::run(&req, conf.as_ref(), &probe, out).map_err(Failure::Usage)? {
                out.flush()?;
                return Err(Failure::ProbeFailed);
            }
        }
        Command::Scan(args) => {
            if scan::run(args, out)? {
                return Err(Failure::Blocked);
            }
        }
        Command::Completions { shell } => {
            // clap_complete panics on a write error (a reader that went
            // away, `| head`), so the script is made in memory first.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut cli_command(), "konnect-netreq", &mut script);
            if shell == clap_complete::Shell::Bash {
                script = bash_hyphen_fix(&script);
            }
            out.write_all(&script)?;
        }
        Command::Man { page, out: None } => {
            let page = man_pages().into_iter().find(|man| {
                let name = man.get_name().strip_prefix("konnect-netreq");
                match &page {
                    Some(page) => name.and_then(|name| name.strip_prefix('-')) == Some(page),
                    None => name == Some(""),
                }
            });
            if let Some(page) = page {
                clap_mangen::Man::new(page).render(out)?;
            }
        }
        Command::Man { out: Some(dir), .. } => {
            let cannot = |path: &Path, e: io::Error| {
                let shown = redact(&path.to_string_lossy()).into_owned();
                Failure::Usage(format!("cannot write {shown:?}: {e}"))
            };
            std::fs::create_dir_all(&dir).map_err(|e| cannot(&dir, e))?;
            for page in man_pages() {
                let man = clap_mangen::Man::new(page);
                let path = dir.join(man.get_filename());
                let mut roff = Vec::new();
                man.render(&mut roff)?;
                std::fs::write(&path, roff).map_err(|e| cannot(&path, e))?;
                writeln!(out, "{}", path.display())?;
            }
        }
        Command::Diff {
            inputs,
            from,
            to,
            format,
        } => {
            let builder = one_control_plane("diff", inputs.read()?)?.builder();
            let old = builder.clone().with_edition(from).build()?;
            let new = builder.with_edition(to).build()?;
            note_all_inferences(&[old.clone(), new.clone()]);
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

/// Clap's own error (suggestions, possible values, the usage line) with
/// every value it quotes from the command line passed through the crate's
/// `redact` (a misplaced proxy URL keeps its password to itself) and
/// escaped (no control character reaches the terminal).
fn shown_error(mut e: clap::Error) -> clap::Error {
    use clap::builder::StyledStr;
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    // The argument's name is the command's own, but an unknown one is typed.
    let typed = |kind| match kind {
        ContextKind::InvalidValue | ContextKind::InvalidSubcommand => true,
        ContextKind::InvalidArg => e.kind() == ErrorKind::UnknownArgument,
        _ => false,
    };
    // Each typed value and how it is shown.
    let mut replaced: Vec<(String, String)> = Vec::new();
    for (kind, value) in e.context() {
        let values = match value {
            ContextValue::String(value) if typed(kind) => std::slice::from_ref(value),
            ContextValue::Strings(values) if typed(kind) => values.as_slice(),
            _ => continue,
        };
        for value in values {
            let shown = printable(&redact(value));
            if shown != *value {
                replaced.push((value.clone(), shown));
            }
        }
    }
    // Longest first, so that a value inside another is not replaced first.
    replaced.sort_by_key(|(value, _)| std::cmp::Reverse(value.len()));
    let show = |text: &str| {
        replaced
            .iter()
            .fold(text.to_owned(), |text, (value, shown)| {
                text.replace(value, shown)
            })
    };
    // Clap's own texts (a tip such as "to pass '--x' as a value, use
    // '-- --x'") may quote a typed value too.
    let changed: Vec<_> = e
        .context()
        .filter_map(|(kind, value)| match value {
            ContextValue::String(value) => Some((kind, ContextValue::String(show(value)))),
            ContextValue::Strings(values) => Some((
                kind,
                ContextValue::Strings(values.iter().map(|value| show(value)).collect()),
            )),
            ContextValue::StyledStr(text) => {
                let plain = text.to_string();
                let shown = show(&plain);
                (shown != plain).then(|| (kind, ContextValue::StyledStr(StyledStr::from(shown))))
            }
            ContextValue::StyledStrs(texts) => {
                let plain: Vec<String> = texts.iter().map(ToString::to_string).collect();
                let shown: Vec<String> = plain.iter().map(|text| show(text)).collect();
                (shown != plain).then(|| {
                    (
                        kind,
                        ContextValue::StyledStrs(shown.into_iter().map(StyledStr::from).collect()),
                    )
                })
            }
            _ => None,
        })
        .collect();
    if !replaced.is_empty() {
        for (kind, value) in changed {
            e.insert(kind, value);
        }
    }
    e
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
