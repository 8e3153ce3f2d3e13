//! The `konnect-netreq` binary: exact standard output,
//! standard error and exit codes of every subcommand.

use konnect_netreq::{Format, Geo, Requirements};
use std::io::Write;
use std::process::{Command, Stdio};

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

#[test]
fn the_readme_command_prints_the_table() {
    assert_eq!(
        success(&["rules", "--geo", "eu", "--cp-prefix", "a1b2c3d4e5"]),
        "\
DIRECTION      ENDPOINT       HOST                          PORT  PROTO
to-konnect     platform       cloud.konghq.com              443   tcp
to-konnect     global-api     global.api.konghq.com         443   tcp
to-konnect     regional-api   eu.api.konghq.com             443   tcp
to-konnect     dev-portal     *.eu.portal.konghq.com        443   tcp
to-konnect     control-plane  a1b2c3d4e5.eu.cp0.konghq.com  443   tcp
to-konnect     telemetry      a1b2c3d4e5.eu.tp0.konghq.com  443   tcp
from-konnect   -              -                             8071  tcp
from-konnect   -              -                             8071  udp
to-data-plane  -              -                             8000  tcp
to-data-plane  -              -                             8443  tcp
"
    );
}

#[test]
fn rules_with_every_option_as_hosts() {
    assert_eq!(
        success(&[
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
        "\
cloud.konghq.com:443/tcp
global.api.konghq.com:443/tcp
sg.api.konghq.com:443/tcp
d6a3e6b6bc64.sg.kongportals.com:443/tcp
sg.mesh.sync.konghq.com:443/tcp
sg.control-plane.konghq.com:443/tcp
sg.telemetry.konghq.com:443/tcp
sg.identity.konghq.com:443/tcp
a93xltvowjk8m1qe.sg.identity.konghq.com:443/tcp
k7sbq2n8x4tdlmwz.sg.identity.konghq.com:443/tcp
sg.kic.api.konghq.com:443/tcp
sg.svc.konghq.com:443/tcp
8071/tcp
8071/udp
20010/tcp
20010/udp
8000/tcp
8443/tcp
"
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
    let expected = "expected one of rules, config, classify, scan, diff";
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
    let help = success(&["rules", "--help"]);
    let listed = "Output format: table, hosts, json, squid, cilium, istio, aws-network-firewall [default: table]\n";
    assert!(help.contains(listed), "every format is listed: {help}");
}

const CONFIG_EU: &str = "\
role = data_plane
database = off
cluster_mtls = pki
cluster_control_plane = a1b2c3d4e5.eu.cp0.konghq.com:443
cluster_server_name = a1b2c3d4e5.eu.cp0.konghq.com
cluster_telemetry_endpoint = a1b2c3d4e5.eu.tp0.konghq.com:443
cluster_telemetry_server_name = a1b2c3d4e5.eu.tp0.konghq.com
cluster_cert = /etc/kong/cluster.crt
cluster_cert_key = /etc/kong/cluster.key
lua_ssl_trusted_certificate = system
konnect_mode = on
vitals = off
";

#[test]
fn config_as_kong_conf() {
    assert_eq!(
        success(&["config", "--geo", "eu", "--cp-prefix", "a1b2c3d4e5"]),
        CONFIG_EU
    );
    assert_eq!(
        success(&[
            "config",
            "--geo",
            "au",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--edition",
            "aug2026",
            "--private-link",
            "--cluster-cert",
            "/run/dp.crt",
            "--cluster-cert-key",
            "/run/dp.key",
            "--proxy",
            "http://proxy.internal:3128",
            "--format",
            "kong-conf",
        ]),
        "\
role = data_plane
database = off
cluster_mtls = pki
cluster_control_plane = ap.svc.konghq.com/cp/a1b2c3d4e5
cluster_server_name = ap.svc.konghq.com
cluster_telemetry_endpoint = ap.svc.konghq.com:443/tp/a1b2c3d4e5
cluster_telemetry_server_name = ap.svc.konghq.com
cluster_cert = /run/dp.crt
cluster_cert_key = /run/dp.key
lua_ssl_trusted_certificate = system
konnect_mode = on
vitals = off
proxy_server = http://proxy.internal:3128
cluster_use_proxy = on
proxy_server_ssl_verify = off
"
    );
}

#[test]
fn config_as_environment_with_the_proxy_from_the_environment() {
    let mut command = command(&[
        "config",
        "--geo",
        "us",
        "--cp-prefix",
        "36fc5d01be",
        "--edition",
        "aug2026",
        "--format",
        "env",
    ]);
    command.env("KONNECT_NETREQ_PROXY", "https://kong:s3cret@proxy.internal");
    let out = run_with(command, b"");
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert_eq!(
        out.stdout,
        "\
KONG_ROLE=data_plane
KONG_DATABASE=off
KONG_CLUSTER_MTLS=pki
KONG_CLUSTER_CONTROL_PLANE=36fc5d01be.us.cp.konghq.com:443
KONG_CLUSTER_SERVER_NAME=36fc5d01be.us.cp.konghq.com
KONG_CLUSTER_TELEMETRY_ENDPOINT=36fc5d01be.us.tp.konghq.com:443
KONG_CLUSTER_TELEMETRY_SERVER_NAME=36fc5d01be.us.tp.konghq.com
KONG_CLUSTER_CERT=/etc/kong/cluster.crt
KONG_CLUSTER_CERT_KEY=/etc/kong/cluster.key
KONG_LUA_SSL_TRUSTED_CERTIFICATE=system
KONG_KONNECT_MODE=on
KONG_VITALS=off
KONG_PROXY_SERVER=https://kong:s3cret@proxy.internal:443
KONG_CLUSTER_USE_PROXY=on
KONG_PROXY_SERVER_SSL_VERIFY=on
"
    );
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
    assert_eq!(
        success(&[
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
        "\
cloud.konghq.com:443/tcp
global.api.konghq.com:443/tcp
eu.control-plane.konghq.com:443/tcp
eu.telemetry.konghq.com:443/tcp
8071/tcp
8071/udp
20010/tcp
20010/udp
"
    );
    assert_eq!(
        success(&[
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
        "\
cloud.konghq.com:443/tcp
global.api.konghq.com:443/tcp
us.api.konghq.com:443/tcp
a1b2c3d4e5.us.cp0.konghq.com:443/tcp
a1b2c3d4e5.us.tp0.konghq.com:443/tcp
us.mesh.sync.konghq.com:443/tcp
8071/tcp
8071/udp
8000/tcp
8443/tcp
"
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
    assert_eq!(
        success(&[
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
        "\
cloud.konghq.com:443/tcp
global.api.konghq.com:443/tcp
eu.api.konghq.com:443/tcp
*.eu.portal.konghq.com:443/tcp
a1b2c3d4e5.eu.cp0.konghq.com:443/tcp
a1b2c3d4e5.eu.tp0.konghq.com:443/tcp
8071/tcp
8071/udp
443/tcp
5353/udp
"
    );
    let conf = success(&[
        "config",
        "--geo",
        "eu",
        "--cp-prefix",
        "a1b2c3d4e5",
        "--listen",
        "http:80",
        "--listen",
        "tcp:5555",
    ]);
    assert!(
        conf.ends_with("vitals = off\nproxy_listen = 0.0.0.0:80\nstream_listen = 0.0.0.0:5555\n"),
        "{conf}"
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
    assert_eq!(
        success(&[
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
        "\
KONG_ROLE=data_plane
KONG_DATABASE=off
KONG_CLUSTER_MTLS=pki
KONG_CLUSTER_CONTROL_PLANE=a1b2c3d4e5.eu.cp.konghq.com:443
KONG_CLUSTER_SERVER_NAME=a1b2c3d4e5.eu.cp.konghq.com
KONG_CLUSTER_TELEMETRY_ENDPOINT=a1b2c3d4e5.eu.tp.konghq.com:443
KONG_CLUSTER_TELEMETRY_SERVER_NAME=a1b2c3d4e5.eu.tp.konghq.com
KONG_CLUSTER_CERT=/etc/kong/cluster.crt
KONG_CLUSTER_CERT_KEY=/etc/kong/cluster.key
KONG_LUA_SSL_TRUSTED_CERTIFICATE=system
KONG_KONNECT_MODE=on
KONG_VITALS=off
KONG_CLUSTER_DP_LABELS=deployment:mycloud,region:eu-central-1
KONG_INCREMENTAL_SYNC=on
"
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
    assert_eq!(
        success(&[
            "config",
            "--cp-endpoint",
            "https://36fc5d01be.us.cp0.konghq.com",
            "--cert-secret",
            "dp-cert",
            "--format",
            "helm",
        ]),
        "\
# kong/kong Helm chart values for a Kong Konnect data plane; generated by
# konnect-netreq after Kong's guide \"Install Kong Gateway in Konnect with Helm\".
# The cluster certificate comes from the TLS secret \"dp-cert\":
#   kubectl create secret tls dp-cert --cert=tls.crt --key=tls.key -n kong
#   helm install kong kong/kong --values values-dp.yaml -n kong
ingressController:
  enabled: false
image:
  repository: \"kong/kong-gateway\"
secretVolumes:
  - \"dp-cert\"
env:
  role: \"data_plane\"
  database: \"off\"
  cluster_mtls: \"pki\"
  cluster_control_plane: \"36fc5d01be.us.cp0.konghq.com:443\"
  cluster_server_name: \"36fc5d01be.us.cp0.konghq.com\"
  cluster_telemetry_endpoint: \"36fc5d01be.us.tp0.konghq.com:443\"
  cluster_telemetry_server_name: \"36fc5d01be.us.tp0.konghq.com\"
  cluster_cert: \"/etc/secrets/dp-cert/tls.crt\"
  cluster_cert_key: \"/etc/secrets/dp-cert/tls.key\"
  lua_ssl_trusted_certificate: \"system\"
  konnect_mode: \"on\"
  vitals: \"off\"
proxy:
  enabled: true
admin:
  enabled: false
manager:
  enabled: false
portal:
  enabled: false
portalapi:
  enabled: false
"
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
        .with_mesh_manager()
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
    let toml =
        b"geo = \"us\"\nedition = \"aug2026\"\ncp_prefix = \"36fc5d01be\"\nidentity = true\n";
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
        "diff takes one control plane; the --spec file lists several",
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
        out.stderr
            .starts_with("error: spec file \"-\": unknown field `cp_prefx`"),
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
            "error: spec file \"-\": edition apr2025 lists no mesh sync host for geo \"me\""
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
    assert_eq!(value.as_object().unwrap().len(), 12);
    let diff = success(&["diff", "--geo", "eu", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&diff).unwrap();
    let changes = value.as_array().unwrap();
    assert_eq!(changes.len(), 8);
    assert_eq!(changes[0]["change"], "removed");
    assert_eq!(changes[0]["rule"]["host"], "*.eu.portal.konghq.com");
    assert_eq!(changes[7]["change"], "added");
    assert_eq!(changes[7]["rule"]["port"], 20010);
}

#[test]
fn classify_dash_reads_standard_input() {
    let out = run_with(command(&["classify", "-"]), b"cloud.konghq.com\n");
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (0, "cloud.konghq.com\tplatform\t-\t-\t-\t-\n", "")
    );
}
