//! The `konnect-netreq` binary: exact standard output,
//! standard error and exit codes of every subcommand. Whole rule lists,
//! exports and configurations are compared with the library's golden files
//! (`tests/golden/` of the workspace, through the cases the library's tests
//! use), so these tests need the workspace, not only this package.

use golden_cases::{assert_golden, file_name};
use konnect_netreq::{ConfigFormat, Edition, Format, Geo, ListenerKind, Product, Requirements};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[path = "../../tests/it/golden/cases.rs"]
mod golden_cases;
mod spec_input;

/// The workspace's `tests/golden`, which the library's tests share.
fn golden_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/golden")
}

struct Output {
    stdout: String,
    stderr: String,
    code: i32,
}

fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_konnect-netreq"));
    command.args(args).env_remove("KONNECT_NETREQ_PROXY");
    command
}

#[track_caller]
fn run_with(mut command: Command, stdin: &[u8]) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    Output {
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
        code: out.status.code().unwrap(),
    }
}

#[track_caller]
fn run(args: &[&str]) -> Output {
    run_with(command(args), b"")
}

#[track_caller]
fn success(args: &[&str]) -> String {
    let out = run(args);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{args:?}");
    out.stdout
}

/// Asserts a usage error: nothing on standard output, exactly `message`
/// as one line on standard error, exit code 2.
#[track_caller]
fn usage_error(args: &[&str], message: &str) {
    let out = run(args);
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (2, "", format!("error: {message}\n").as_str()),
        "{args:?}"
    );
}

/// Runs `konnect-netreq SUBCOMMAND ARGS --format FORMAT` and compares its
/// output with the golden file of `name` in `dir`: standard output for
/// `NAME.FORMAT` on success; on failure, nothing on standard output, exit
/// code 2 and `error: ` followed by the golden `NAME.error`. Returns whether
/// the command succeeded.
#[track_caller]
fn assert_command_golden(
    subcommand: &str,
    args: &[String],
    format: &str,
    dir: &str,
    name: &str,
) -> bool {
    let mut all: Vec<&str> = vec![subcommand];
    all.extend(args.iter().map(String::as_str));
    all.extend(["--format", format]);
    let out = run(&all);
    if out.code == 0 {
        assert_eq!(out.stderr, "", "{all:?}");
        assert_golden(dir, &file_name(name, Some(&format)), &out.stdout);
        true
    } else {
        assert_eq!((out.code, out.stdout.as_str()), (2, ""), "{all:?}");
        let message = out.stderr.strip_prefix("error: ").unwrap_or_else(|| {
            panic!("{all:?}: {:?}", out.stderr);
        });
        assert_golden(dir, &file_name(name, None), message);
        false
    }
}

/// Every rules case of the library's golden files, in each of its formats,
/// through the command's flags.
#[test]
fn rules_match_the_golden_files() {
    for case in golden_cases::rules_cases() {
        let args = case.inputs.args();
        for format in case.formats() {
            let keyword = format.to_string();
            let built = assert_command_golden("rules", &args, &keyword, &case.dir, &case.name);
            if !built {
                break;
            }
        }
    }
}

/// Every data plane configuration case of the library's golden files, in
/// each format, through the command's flags.
#[test]
fn config_matches_the_golden_files() {
    for case in golden_cases::config_cases() {
        let args = case.args();
        for format in case.formats() {
            let keyword = format.to_string();
            let built = assert_command_golden("config", &args, &keyword, &case.dir, &case.name);
            if !built {
                break;
            }
        }
    }
}

#[test]
fn the_readme_command_prints_the_table() {
    // The default format and edition.
    assert_golden(
        "rules/apr2025/eu",
        "cp-prefix.table",
        &success(&["rules", "--geo", "eu", "--cp-prefix", "a1b2c3d4e5"]),
    );
}

#[test]
fn rules_with_every_option_as_hosts() {
    // Identifiers and keywords in upper case: the same rules.
    assert_golden(
        "rules/aug2026/sg",
        "all-options-private-link.hosts",
        &success(&[
            "rules",
            "--geo",
            "SG",
            "--cp-prefix",
            "A1B2C3D4E5",
            "--portal-id",
            "d6a3e6b6bc64",
            "--edition",
            "aug2026",
            "--mesh",
            "regional",
            "--event-gateway",
            "--identity",
            "--auth-server-id",
            "a93xltvowjk8m1qe",
            "--auth-server-id",
            "K7SBQ2N8X4TDLMWZ",
            "--ingress-controller",
            "--private-link",
            "--format",
            "hosts",
        ]),
    );
}

#[test]
fn rules_take_every_format_by_its_keyword() {
    let req = Requirements::for_geo(Geo::Us)
        .with_cp_prefix("36fc5d01be")
        .build()
        .unwrap();
    assert!(Format::ALL.len() >= 2, "the cli feature brings json");
    for format in Format::ALL {
        let keyword = format.to_string().to_uppercase();
        assert_eq!(
            success(&[
                "rules",
                "--geo",
                "us",
                "--cp-prefix",
                "36fc5d01be",
                "--format",
                &keyword
            ]),
            req.render(*format),
            "{format}"
        );
    }
    let json = success(&["rules", "--geo", "us", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["geo"], "us");
    assert_eq!(value["rules"][4]["host"], "*.us.cp0.konghq.com");
}

#[test]
fn bad_rules_arguments() {
    usage_error(
        &["rules", "--geo", "eu", "--format", "xml\u{1b}[2J"],
        "invalid value for --format <FORMAT>: unrecognized format \"xml\\u{1b}[2J\": \
         expected one of table, hosts, json, squid, cilium, istio, aws-network-firewall",
    );
    usage_error(
        &["rules", "--geo", "xx"],
        "invalid value for --geo <GEO>: unrecognized geo \"xx\": \
         expected one of au, eu, me, in, us, sg",
    );
    usage_error(
        &["rules", "--geo", "eu", "--edition", "2026"],
        "invalid value for --edition <EDITION>: unrecognized edition \"2026\": \
         expected one of apr2025, aug2026",
    );
    usage_error(
        &["rules", "--geo", "eu", "--mesh", "local"],
        "invalid value for --mesh <MESH>: unrecognized mesh \"local\": \
         expected one of regional, global",
    );
    usage_error(&["rules"], "missing required arguments: --geo <GEO>");
    usage_error(
        &["rules", "--geo", "eu", "--cp-prefix", "a.b"],
        "invalid control plane DNS prefix \"a.b\": it contains '.'; expected one DNS label: \
         1 to 63 ASCII letters, digits or hyphens, not starting or ending with a hyphen",
    );
    usage_error(
        &["rules", "--geo", "sg"],
        "geo \"sg\" is not listed in edition apr2025; it is listed from edition aug2026 on",
    );
    usage_error(
        &["rules", "--geo", "eu", "--event-gateway"],
        "endpoint \"event-gateway-control-plane\" is not listed in edition apr2025; \
         it is listed from edition aug2026 on",
    );
    usage_error(
        &["rules", "--geo", "me", "--mesh", "regional"],
        "edition apr2025 lists no mesh sync host for geo \"me\"; \
         expected one of au, eu, us, or the global mesh sync host",
    );
    usage_error(
        &["rules", "--geo", "eu", "--fo\nrmat"],
        "unexpected argument \"--fo\\nrmat\"",
    );
    usage_error(
        &["rules", "--geo", "eu", "--geo", "us"],
        "the argument '--geo <GEO>' cannot be used multiple times",
    );
}

#[test]
fn subcommand_errors() {
    let expected = "expected one of rules, config, classify, diff, probe";
    usage_error(&[], &format!("a subcommand is required: {expected}"));
    usage_error(
        &["allow\t"],
        &format!("unrecognized subcommand \"allow\\t\": {expected}"),
    );
}

#[test]
fn help_and_version_go_to_standard_output() {
    assert_eq!(
        success(&["--version"]),
        format!("konnect-netreq {}\n", env!("CARGO_PKG_VERSION"))
    );
    let help = success(&["--help"]);
    assert!(help.contains("Usage: konnect-netreq <COMMAND>"), "{help}");
    // Every keyword flag lists every value of its enum, from the enum.
    let keywords = |all: Vec<&str>| format!("[possible values: {}]", all.join(", "));
    let formats = keywords(Format::ALL.iter().map(|f| f.as_str()).collect());
    let geos = keywords(Geo::ALL.iter().map(|g| g.as_str()).collect());
    let editions = keywords(Edition::ALL.iter().map(|e| e.as_str()).collect());
    let products = keywords(Product::ALL.iter().map(|p| p.as_str()).collect());
    let help = success(&["rules", "--help"]);
    for listed in [&formats, &geos, &editions, &products] {
        assert!(help.contains(listed.as_str()), "{listed} in {help}");
    }
    assert!(
        help.contains("Output format [default: table] [possible values: table, hosts, json, "),
        "{help}"
    );
    let config = success(&["config", "--help"]);
    let config_formats = keywords(ConfigFormat::ALL.iter().map(|f| f.as_str()).collect());
    for listed in [&config_formats, &geos, &editions] {
        assert!(config.contains(listed.as_str()), "{listed} in {config}");
    }
    let kinds: Vec<&str> = ListenerKind::ALL.iter().map(|k| k.as_str()).collect();
    let kinds = format!("KIND one of {}", kinds.join(", "));
    assert!(help.contains(&kinds) && config.contains(&kinds), "{kinds}");
    // Completion scripts complete the values, not file names.
    let bash = success(&["completions", "bash"]);
    let words: Vec<&str> = Geo::ALL.iter().map(|g| g.as_str()).collect();
    let complete = format!(
        "                --geo)\n                    COMPREPLY=($(compgen -W \"{}\" -- \"${{cur}}\"))",
        words.join(" ")
    );
    assert!(bash.contains(&complete), "{bash}");
}

#[test]
fn config_as_kong_conf() {
    // The default format and edition.
    assert_golden(
        "config/apr2025/eu",
        "cp-prefix.kong-conf",
        &success(&["config", "--geo", "eu", "--cp-prefix", "a1b2c3d4e5"]),
    );
}

#[test]
fn config_as_environment_with_the_proxy_from_the_environment() {
    let mut command = command(&[
        "config",
        "--geo",
        "us",
        "--cp-prefix",
        "a1b2c3d4e5",
        "--edition",
        "aug2026",
        "--format",
        "env",
    ]);
    command.env("KONNECT_NETREQ_PROXY", "https://kong:s3cret@proxy.internal");
    let out = run_with(command, b"");
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    // The same as with --proxy.
    assert_golden("config/aug2026/us", "https-proxy.env", &out.stdout);
}

#[test]
fn bad_config_arguments() {
    const PROXY_EXPECTED: &str = "expected http://[USER[:PASSWORD]@]HOST[:PORT] \
                                  or https://[USER[:PASSWORD]@]HOST[:PORT]";
    usage_error(
        &["config", "--geo", "eu"],
        "missing required arguments: --cp-prefix <CP_PREFIX>",
    );
    usage_error(
        &[
            "config",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--proxy",
            "socks5://kong:s3cret@proxy:1080",
        ],
        &format!(
            "invalid forward proxy URL \"socks5://***@proxy:1080\": \
             scheme \"socks5\" is not http or https; {PROXY_EXPECTED}"
        ),
    );
    usage_error(
        &[
            "config",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--proxy",
            "http://kong:s3cr\net@proxy:3128",
        ],
        &format!(
            "invalid forward proxy URL \"http://***@proxy:3128\": \
             it contains the control or whitespace character '\\n'; {PROXY_EXPECTED}"
        ),
    );
    usage_error(
        &[
            "config",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--cluster-cert-key",
            "/etc/kong/a#b.key",
        ],
        "invalid cluster_cert_key path \"/etc/kong/a#b.key\": it contains '#', \
         which kong.conf reads as the start of a comment; expected a non-empty file path \
         of ASCII letters, digits and '-', '.', '_', '/', ':', '@', '%', '+', '=', ',', '[' or ']'",
    );
    usage_error(
        &[
            "config",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--format",
            "yaml",
        ],
        "invalid value for --format <FORMAT>: unrecognized format \"yaml\": \
         expected one of kong-conf, env, helm, json",
    );
}

#[test]
fn classify_arguments() {
    assert_eq!(
        success(&[
            "classify",
            "a1b2c3d4e5.eu.cp0.konghq.com",
            "36FC5D01BE.us.tp.konghq.com.",
            "cloud.konghq.com",
            "eu.api.konghq.com",
            "d6a3e6b6bc64.eu.portal.konghq.com",
            "global.mesh.sync.konghq.com",
            "ap.svc.konghq.com",
            "sg.identity.konghq.com",
            "example.com",
            "x.eu.cp0.konghq.com.evil.com",
            "https://us.api.konghq.com/v2/control-planes",
            "grpcs://eu.mesh.sync.konghq.com:443",
            "36fc5d01be.us.tp0.konghq.com:443",
            "us.svc.konghq.com/cp/36fc5d01be",
            "https://a93xltvowjk8m1qe.us.identity.konghq.com/auth/introspect",
            "d6a3e6b6bc64.edge.us.portal.konghq.com",
            "https://x.eu.cp0.konghq.com@evil.com/",
            "https://evil.com/?next=x.eu.cp0.konghq.com",
            "x.eu.cp0.konghq.com:0",
        ]),
        "\
a1b2c3d4e5.eu.cp0.konghq.com\tcontrol-plane\teu\tapr2025\ta1b2c3d4e5\t-
36FC5D01BE.us.tp.konghq.com.\ttelemetry\tus\taug2026\t36FC5D01BE\t-
cloud.konghq.com\tplatform\t-\t-\t-\t-
eu.api.konghq.com\tregional-api\teu\t-\t-\t-
d6a3e6b6bc64.eu.portal.konghq.com\tdev-portal\teu\tapr2025\td6a3e6b6bc64\t-
global.mesh.sync.konghq.com\tmesh-sync\t-\t-\t-\t-
ap.svc.konghq.com\tprivate-link\tau\t-\t-\t-
sg.identity.konghq.com\tidentity\tsg\t-\t-\t-
example.com\tnot-konnect\t-\t-\t-\t-
x.eu.cp0.konghq.com.evil.com\tnot-konnect\t-\t-\t-\t-
https://us.api.konghq.com/v2/control-planes\tregional-api\tus\t-\t-\t443
grpcs://eu.mesh.sync.konghq.com:443\tmesh-sync\teu\t-\t-\t443
36fc5d01be.us.tp0.konghq.com:443\ttelemetry\tus\tapr2025\t36fc5d01be\t443
us.svc.konghq.com/cp/36fc5d01be\tprivate-link\tus\t-\t-\t-
https://a93xltvowjk8m1qe.us.identity.konghq.com/auth/introspect\tidentity\tus\t-\ta93xltvowjk8m1qe\t443
d6a3e6b6bc64.edge.us.portal.konghq.com\tdev-portal\tus\t-\td6a3e6b6bc64\t-
https://x.eu.cp0.konghq.com@evil.com/\tnot-konnect\t-\t-\t-\t-
https://evil.com/?next=x.eu.cp0.konghq.com\tnot-konnect\t-\t-\t-\t-
x.eu.cp0.konghq.com:0\tnot-konnect\t-\t-\t-\t-
"
    );
}

#[test]
fn classify_standard_input_never_echoes_control_characters() {
    let input: &[u8] = b"a1b2c3d4e5.eu.cp.konghq.com\r\n\
        \n   \n\
        \x1b[31mevil\x1b[0m.example\n\
        tab\there\n\
        back\\slash\n\
        \xff\xfe.example\n\
        caf\xc3\xa9.example\n\
        \x07bell\x00nul\n\
        \x20 cloud.konghq.com \t\n\
        no-final-newline.eu.kongportals.com";
    let out = run_with(command(&["classify"]), input);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert_eq!(
        out.stdout,
        "\
a1b2c3d4e5.eu.cp.konghq.com\tcontrol-plane\teu\taug2026\ta1b2c3d4e5\t-
\\u{1b}[31mevil\\u{1b}[0m.example\tnot-konnect\t-\t-\t-\t-
tab\\there\tnot-konnect\t-\t-\t-\t-
back\\\\slash\tnot-konnect\t-\t-\t-\t-
\\xff\\xfe.example\tnot-konnect\t-\t-\t-\t-
caf\\u{e9}.example\tnot-konnect\t-\t-\t-\t-
\\u{7}bell\\u{0}nul\tnot-konnect\t-\t-\t-\t-
cloud.konghq.com\tplatform\t-\t-\t-\t-
no-final-newline.eu.kongportals.com\tdev-portal\teu\taug2026\tno-final-newline\t-
"
    );
}

#[test]
fn classify_stops_quietly_when_the_reader_goes_away() {
    let mut child = command(&["classify"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end before anything is written.
    drop(child.stdout.take());
    let line = b"a1b2c3d4e5.eu.cp0.konghq.com\n";
    let mut stdin = child.stdin.take().unwrap();
    // The child may exit before all input is taken; that is fine.
    for _ in 0..20_000 {
        if stdin.write_all(line).is_err() {
            break;
        }
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn diff_between_editions() {
    assert_eq!(
        success(&[
            "diff",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--portal-id",
            "d6a3e6b6bc64",
        ]),
        "\
- d6a3e6b6bc64.eu.portal.konghq.com:443/tcp
+ d6a3e6b6bc64.eu.kongportals.com:443/tcp
- a1b2c3d4e5.eu.cp0.konghq.com:443/tcp
+ a1b2c3d4e5.eu.cp.konghq.com:443/tcp
- a1b2c3d4e5.eu.tp0.konghq.com:443/tcp
+ a1b2c3d4e5.eu.tp.konghq.com:443/tcp
+ 20010/tcp
+ 20010/udp
"
    );
    assert_eq!(
        success(&[
            "diff", "--geo", "us", "--from", "aug2026", "--to", "apr2025", "--mesh", "regional",
        ]),
        "\
- *.us.kongportals.com:443/tcp
+ *.us.portal.konghq.com:443/tcp
- *.us.cp.konghq.com:443/tcp
+ *.us.cp0.konghq.com:443/tcp
- *.us.tp.konghq.com:443/tcp
+ *.us.tp0.konghq.com:443/tcp
- 20010/tcp
- 20010/udp
"
    );
    assert_eq!(
        success(&[
            "diff", "--geo", "eu", "--from", "aug2026", "--to", "aug2026"
        ]),
        ""
    );
    usage_error(
        &["diff", "--geo", "sg"],
        "geo \"sg\" is not listed in edition apr2025; it is listed from edition aug2026 on",
    );
    usage_error(
        &["diff", "--geo", "eu", "--to", "next"],
        "invalid value for --to <TO>: unrecognized edition \"next\": \
         expected one of apr2025, aug2026",
    );
}

#[test]
fn a_control_plane_endpoint_gives_geo_prefix_and_edition() {
    assert_eq!(
        success(&[
            "config",
            "--cp-endpoint",
            "https://36fc5d01be.us.cp.konghq.com",
        ]),
        "\
role = data_plane
database = off
cluster_mtls = pki
cluster_control_plane = 36fc5d01be.us.cp.konghq.com:443
cluster_server_name = 36fc5d01be.us.cp.konghq.com
cluster_telemetry_endpoint = 36fc5d01be.us.tp.konghq.com:443
cluster_telemetry_server_name = 36fc5d01be.us.tp.konghq.com
cluster_cert = /etc/kong/cluster.crt
cluster_cert_key = /etc/kong/cluster.key
lua_ssl_trusted_certificate = system
konnect_mode = on
vitals = off
"
    );
    let rules = success(&[
        "rules",
        "--cp-endpoint",
        "36fc5d01be.eu.cp0.konghq.com:443",
        "--format",
        "hosts",
    ]);
    assert_eq!(
        rules.lines().nth(4),
        Some("36fc5d01be.eu.cp0.konghq.com:443/tcp")
    );
    // An explicit edition wins over the endpoint's, but the control plane
    // host stays as the API gave it.
    let rules = success(&[
        "rules",
        "--cp-endpoint",
        "36fc5d01be.eu.cp0.konghq.com:443",
        "--edition",
        "aug2026",
        "--format",
        "hosts",
    ]);
    assert_eq!(
        rules.lines().skip(4).take(2).collect::<Vec<_>>(),
        [
            "36fc5d01be.eu.cp0.konghq.com:443/tcp",
            "36fc5d01be.eu.tp.konghq.com:443/tcp"
        ]
    );
    assert_eq!(
        success(&[
            "diff",
            "--cp-endpoint",
            "https://36fc5d01be.eu.cp0.konghq.com",
        ]),
        "- *.eu.portal.konghq.com:443/tcp\n\
         + *.eu.kongportals.com:443/tcp\n\
         - 36fc5d01be.eu.tp0.konghq.com:443/tcp\n\
         + 36fc5d01be.eu.tp.konghq.com:443/tcp\n\
         + 20010/tcp\n\
         + 20010/udp\n"
    );
    // The telemetry host the API names is kept too.
    let rules = success(&[
        "rules",
        "--cp-endpoint",
        "https://9e0353434a.us.cp.konghq.com",
        "--tp-endpoint",
        "https://9e0353434a.us.tp0.konghq.com",
        "--format",
        "hosts",
    ]);
    assert_eq!(
        rules.lines().skip(4).take(2).collect::<Vec<_>>(),
        [
            "9e0353434a.us.cp.konghq.com:443/tcp",
            "9e0353434a.us.tp0.konghq.com:443/tcp"
        ]
    );
    // kong.conf's PrivateLink forms read back.
    let config = success(&[
        "config",
        "--cp-endpoint",
        "us.svc.konghq.com/cp/36fc5d01be",
        "--tp-endpoint",
        "us.svc.konghq.com:443/tp/36fc5d01be",
    ]);
    assert!(
        config.contains(
            "cluster_control_plane = us.svc.konghq.com/cp/36fc5d01be\n\
             cluster_server_name = us.svc.konghq.com\n\
             cluster_telemetry_endpoint = us.svc.konghq.com:443/tp/36fc5d01be\n"
        ),
        "{config}"
    );
}

#[test]
fn bad_control_plane_endpoints() {
    usage_error(
        &[
            "config",
            "--cp-endpoint",
            "https://36fc5d01be.us.cp.konghq.com",
            "--geo",
            "eu",
        ],
        "the argument '--cp-endpoint <URL>' cannot be used with '--geo <GEO>'",
    );
    usage_error(
        &["config"],
        "missing required arguments: --geo <GEO>, --cp-prefix <CP_PREFIX>",
    );
    usage_error(
        &["rules", "--cp-endpoint", "https://eu.api.konghq.com"],
        "invalid control plane endpoint \"https://eu.api.konghq.com\": it names the \
         regional-api endpoint, not the control plane; expected \
         https://PREFIX.GEO.cp0.konghq.com, PREFIX.GEO.cp.konghq.com:443, GEO.svc.konghq.com/cp/PREFIX or the bare hostname",
    );
}

/// One over-long line costs no memory and stops nothing: it is
/// `not-konnect`, echoed shortened with its length, and the next line is
/// read as usual.
#[test]
fn classify_caps_a_line_and_goes_on() {
    let mut input = vec![b'\xff'; 5_000_000];
    input.extend_from_slice(b"\ncloud.konghq.com\n");
    input.extend(std::iter::repeat_n(b'a', 4096));
    input.extend_from_slice(b"\n");
    let out = run_with(command(&["classify"]), &input);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        lines[0],
        format!(
            "{}... (5000000 bytes)\tnot-konnect\t-\t-\t-\t-",
            "\\xff".repeat(80)
        )
    );
    assert_eq!(lines[1], "cloud.konghq.com\tplatform\t-\t-\t-\t-");
    // 4096 bytes is the longest line read whole.
    assert_eq!(
        lines[2],
        format!("{}\tnot-konnect\t-\t-\t-\t-", "a".repeat(4096))
    );
}

/// A standard error that cannot be written to never turns an error exit
/// into a panic (exit code 101).
#[cfg(target_os = "linux")]
#[test]
fn a_full_standard_error_keeps_the_exit_code() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let status = command(&["rules", "--geo", "xx"])
        .stderr(full)
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(2));
}

/// A misplaced proxy URL is not echoed with its password.
#[test]
fn a_stray_argument_is_quoted_redacted() {
    usage_error(
        &[
            "config",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--proxy=",
            " http://kong:SECRET@proxy:3128",
        ],
        "unexpected argument \"***@proxy:3128\"",
    );
}

#[test]
fn rules_for_chosen_products() {
    // The Aug2026 page (`app/konnect-platform/network.md` @ 2998dd7cb) lists
    // `cloud` and `global.api` for any runtime and the Event Gateway's own
    // two hosts; `REGION.api` sits under API Gateway, and so do the proxy
    // listeners.
    assert_golden(
        "rules/aug2026/eu",
        "product-event-gateway.hosts",
        &success(&[
            "rules",
            "--geo",
            "eu",
            "--edition",
            "aug2026",
            "--products",
            "event-gateway",
            "--format",
            "hosts",
        ]),
    );
    assert_golden(
        "rules/apr2025/us",
        "products-api-gateway-mesh.hosts",
        &success(&[
            "rules",
            "--geo",
            "us",
            "--products",
            "API-Gateway,mesh",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--format",
            "hosts",
        ]),
    );
    // `diff` takes the same choice.
    assert_eq!(
        success(&[
            "diff",
            "--geo",
            "eu",
            "--products",
            "dev-portal",
            "--portal-id",
            "d6a3e6b6bc64",
        ]),
        "\
- d6a3e6b6bc64.eu.portal.konghq.com:443/tcp
+ d6a3e6b6bc64.eu.kongportals.com:443/tcp
+ 20010/tcp
+ 20010/udp
"
    );
    usage_error(
        &["rules", "--geo", "eu", "--products", "gateway"],
        "invalid value for --products <LIST>: unrecognized product \"gateway\": expected one of \
         api-gateway, dev-portal, identity, mesh, event-gateway, ingress-controller",
    );
    usage_error(
        &["rules", "--geo", "eu", "--products", "identity"],
        "endpoint \"identity\" is not listed in edition apr2025; it is listed from edition aug2026 on",
    );
}

#[test]
fn listeners_in_rules_and_config() {
    assert_golden(
        "rules/apr2025/eu",
        "cp-prefix-listeners.hosts",
        &success(&[
            "rules",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--listen",
            "https:443",
            "--listen",
            "udp:5353",
            "--format",
            "hosts",
        ]),
    );
    assert_golden(
        "config/apr2025/eu",
        "listeners-http-tcp.kong-conf",
        &success(&[
            "config",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--listen",
            "http:80",
            "--listen",
            "tcp:5555",
        ]),
    );
    usage_error(
        &["rules", "--geo", "eu", "--listen", "http:0"],
        "invalid value for --listen <KIND:PORT>: invalid listener \"http:0\": expected KIND:PORT \
         with KIND one of http, https, tcp, tls, udp and PORT a number from 1 to 65535",
    );
    usage_error(
        &["rules", "--geo", "eu", "--listen", "udp:53"],
        "the listeners have no http or https proxy listener; expected at least one, \
         as Kong requires proxy_listen on a data plane",
    );
}

#[test]
fn config_with_dp_labels_and_incremental_sync() {
    assert_golden(
        "config/aug2026/eu",
        "dp-labels-incremental-sync.env",
        &success(&[
            "config",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--edition",
            "aug2026",
            "--dp-label",
            "deployment:mycloud",
            "--dp-label",
            "region:eu-central-1",
            "--incremental-sync",
            "--format",
            "env",
        ]),
    );
    usage_error(
        &[
            "config",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--dp-label",
            "mesh:x",
        ],
        "invalid cluster_dp_labels label \"mesh:x\": its key starts with the reserved prefix \
         \"mesh\"; expected at most 10 labels KEY:VALUE, key and value each 1 to 63 ASCII \
         letters, digits, '_', '.', ':' or '-' starting and ending with a letter or digit, the \
         key not starting with kong, konnect, insomnia, mesh or kic",
    );
}

#[test]
fn config_as_helm_values() {
    assert_golden(
        "config/apr2025/us",
        "cp-endpoint-cert-secret.helm",
        &success(&[
            "config",
            "--cp-endpoint",
            "https://36fc5d01be.us.cp0.konghq.com",
            "--cert-secret",
            "dp-cert",
            "--format",
            "helm",
        ]),
    );
    usage_error(
        &[
            "config",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--format",
            "helm",
            "--cert-secret",
            "Kong",
        ],
        "invalid Kubernetes secret name \"Kong\": it contains 'K'; expected a DNS-1123 label: \
         1 to 63 lower-case ASCII letters, digits or hyphens, starting and ending with a letter \
         or digit",
    );
}

/// The example spec file, through the library.
fn example_set() -> konnect_netreq::RequirementsSet {
    let eu = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .with_portal_id("d6a3e6b6bc64")
        .build()
        .unwrap();
    let us = Requirements::from_control_plane_endpoint("https://36fc5d01be.us.cp.konghq.com")
        .unwrap()
        .with_telemetry_endpoint("https://36fc5d01be.us.tp.konghq.com")
        .with_mesh(konnect_netreq::Mesh::Regional)
        .build()
        .unwrap();
    [eu, us].into_iter().collect()
}

fn example_path() -> String {
    format!(
        "{}/examples/control-planes.toml",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn rules_from_a_spec_file_render_one_set() {
    let path = example_path();
    for format in [
        "hosts",
        "squid",
        "cilium",
        "istio",
        "aws-network-firewall",
        "json",
    ] {
        let parsed: Format = format.parse().unwrap();
        assert_eq!(
            success(&["rules", "--spec", &path, "--format", format]),
            example_set().render(parsed),
            "{format}"
        );
    }
    // The same as JSON on standard input, told apart by its first character.
    let json = serde_json::to_string(&example_set()).unwrap();
    let out = run_with(
        command(&["rules", "--spec", "-", "--format", "hosts"]),
        json.as_bytes(),
    );
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert_eq!(out.stdout, example_set().render(Format::Hosts));
}

#[test]
fn one_control_plane_in_a_spec_renders_as_with_flags() {
    let toml = b"geo = \"us\"\nedition = \"aug2026\"\ncp_prefix = \"36fc5d01be\"\n\
        products = [\"api-gateway\", \"dev-portal\", \"identity\"]\n";
    let out = run_with(
        command(&["rules", "--spec", "-", "--format", "hosts"]),
        toml,
    );
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert_eq!(
        out.stdout,
        success(&[
            "rules",
            "--geo",
            "us",
            "--cp-prefix",
            "36fc5d01be",
            "--identity",
            "--edition",
            "aug2026",
            "--format",
            "hosts"
        ])
    );
    let out = run_with(
        command(&["diff", "--spec", "-", "--to", "aug2026"]),
        b"{\"geo\": \"eu\", \"cp_prefix\": \"a1b2c3d4e5\"}",
    );
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert_eq!(
        out.stdout,
        success(&[
            "diff",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--to",
            "aug2026"
        ])
    );
}

#[test]
fn bad_spec_files() {
    let path = example_path();
    usage_error(
        &["rules", "--spec", &path, "--edition", "aug2026"],
        "--edition cannot be used with --spec; set \"edition\" in the file",
    );
    usage_error(
        &["diff", "--spec", &path],
        "diff takes one control plane; the --spec file lists 2 (run it once per control plane)",
    );
    usage_error(
        &["rules", "--spec", &path, "--geo", "eu"],
        "the argument '--spec <FILE>' cannot be used with '--geo <GEO>'",
    );
    usage_error(
        &["rules", "--spec", "/nonexistent/spec.toml"],
        "cannot read spec file \"/nonexistent/spec.toml\": No such file or directory (os error 2)",
    );
    let out = run_with(
        command(&["rules", "--spec", "-"]),
        b"{\"geo\": \"eu\", \"cp_prefx\": \"a1b2c3d4e5\"}",
    );
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with(
            "error: spec file \"-\": unknown key \"cp_prefx\" (did you mean \"cp_prefix\"?)"
        ),
        "{}",
        out.stderr
    );
    let out = run_with(
        command(&["rules", "--spec", "-"]),
        b"[[control_plane]]\ngeo = \"me\"\nmesh = \"regional\"\n",
    );
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with(
            "error: spec file \"-\": line 1: control plane 1: edition apr2025 lists no mesh sync \
             host for geo \"me\""
        ),
        "{}",
        out.stderr
    );
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    let out = run_with(
        command(&["rules", "--spec", "-"]),
        b"cp_prefix = \"a1b2c3d4e5\"\n",
    );
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (
            2,
            "error: spec file \"-\": invalid requirements document: it names no geo; \
             expected a \"geo\" or a \"control_plane_endpoint\"\n"
        )
    );
}

#[test]
fn completions_and_man_page() {
    for (shell, start) in [
        ("bash", "_konnect__netreq() {"),
        ("zsh", "#compdef konnect-netreq"),
        (
            "fish",
            "# Print an optspec for argparse to handle cmd's options",
        ),
    ] {
        let out = success(&["completions", shell]);
        assert!(
            out.starts_with(start),
            "{shell}: {}",
            &out[..80.min(out.len())]
        );
        assert!(out.contains("classify"), "{shell}");
    }
    usage_error(
        &["completions", "tcsh"],
        "invalid value 'tcsh' for '<SHELL>'",
    );
    // A reader that stops early ends the program quietly, not with a panic.
    let mut child = command(&["completions", "bash"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).as_ref()
        ),
        (Some(0), "")
    );
    let man = success(&["man"]);
    assert!(man.contains(".TH konnect-netreq 1"), "{man}");
    assert!(man.contains("completions"));
}

#[test]
fn every_subcommand_speaks_json() {
    assert_eq!(
        success(&[
            "classify",
            "--format",
            "json",
            "https://36fc5d01be.us.cp.konghq.com:443/x",
            "example.com",
        ]),
        "{\"edition\":\"aug2026\",\"endpoint\":\"control-plane\",\"geo\":\"us\",\
         \"identifier\":\"36fc5d01be\",\"input\":\"https://36fc5d01be.us.cp.konghq.com:443/x\",\
         \"port\":443}\n\
         {\"edition\":null,\"endpoint\":\"not-konnect\",\"geo\":null,\"identifier\":null,\
         \"input\":\"example.com\",\"port\":null}\n"
    );
    let config = success(&[
        "config",
        "--geo",
        "eu",
        "--cp-prefix",
        "a1b2c3d4e5",
        "--format",
        "json",
    ]);
    let value: serde_json::Value = serde_json::from_str(&config).unwrap();
    assert_eq!(
        value["cluster_control_plane"],
        "a1b2c3d4e5.eu.cp0.konghq.com:443"
    );
    // One key per kong.conf setting.
    let kong_conf = success(&["config", "--geo", "eu", "--cp-prefix", "a1b2c3d4e5"]);
    assert_eq!(value.as_object().unwrap().len(), kong_conf.lines().count());
    let diff = success(&["diff", "--geo", "eu", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&diff).unwrap();
    let changes = value.as_array().unwrap();
    // One change per line of the text diff.
    let text = success(&["diff", "--geo", "eu"]);
    assert_eq!(changes.len(), text.lines().count());
    let last = changes.len() - 1;
    assert_eq!(changes[0]["change"], "removed");
    assert_eq!(changes[0]["rule"]["host"], "*.eu.portal.konghq.com");
    assert_eq!(changes[last]["change"], "added");
    assert_eq!(changes[last]["rule"]["port"], 20010);
}

#[test]
fn classify_dash_reads_standard_input() {
    let out = run_with(command(&["classify", "-"]), b"cloud.konghq.com\n");
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (0, "cloud.konghq.com\tplatform\t-\t-\t-\t-\n", "")
    );
}

// Unix sockets, Squid and util-linux's `script`: the probe's tests run where
// CI does.
#[cfg(unix)]
#[path = "probe/mod.rs"]
mod probe;
