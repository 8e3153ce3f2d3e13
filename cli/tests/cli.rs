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
    let notes = expected_notes(args);
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (0, notes.as_str()),
        "{args:?}"
    );
    out.stdout
}

/// The `note:` lines the command writes on standard error for `args`:
/// what the library's `inferences()` says for the same inputs (a control
/// plane endpoint, or the example spec file), each with the flag that gives
/// it instead, each once.
fn expected_notes(args: &[&str]) -> String {
    let value = |flag: &str| {
        let at = args.iter().position(|arg| *arg == flag)?;
        args.get(at + 1).copied()
    };
    let mut reqs: Vec<Requirements> = Vec::new();
    if let Some(endpoint) = value("--cp-endpoint") {
        let mut builder = match Requirements::from_control_plane_endpoint(endpoint) {
            Ok(builder) => builder,
            Err(_) => return String::new(),
        };
        if let Some(telemetry) = value("--tp-endpoint") {
            builder = builder.with_telemetry_endpoint(telemetry);
        }
        let editions: Vec<Option<Edition>> = if args.first() == Some(&"diff") {
            let edition = |flag, default| Some(value(flag).map_or(default, |e| e.parse().unwrap()));
            vec![
                edition("--from", Edition::default()),
                edition("--to", Edition::LATEST),
            ]
        } else {
            vec![value("--edition").map(|e| e.parse().unwrap())]
        };
        for edition in editions {
            let builder = match edition {
                Some(edition) => builder.clone().with_edition(edition),
                None => builder.clone(),
            };
            match builder.build() {
                Ok(req) => reqs.push(req),
                Err(_) => return String::new(),
            }
        }
    } else if value("--spec") == Some(example_path().as_str()) {
        reqs.extend(example_set().members().iter().cloned());
    }
    let mut notes: Vec<String> = Vec::new();
    for inference in reqs.iter().flat_map(Requirements::inferences) {
        let flag = match inference.as_str() {
            "edition" => "--edition",
            "telemetry" => "--tp-endpoint",
            other => panic!("a new inference {other}"),
        };
        let line = format!("note: {inference} ({flag})\n");
        if !notes.contains(&line) {
            notes.push(line);
        }
    }
    notes.concat()
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

/// Asserts clap's own error for bad arguments: nothing on standard
/// output, exit code 2, and on standard error `error: MESSAGE`, then `rest`
/// (clap's tips and usage line, each after a blank line; may be empty),
/// then clap's pointer to `--help`.
#[track_caller]
/// The keywords of `all` as the library's "expected one of" lists them, so
/// that a new geo or edition needs no edit here.
fn keywords<T: std::fmt::Display>(all: &[T]) -> String {
    let names: Vec<String> = all.iter().map(ToString::to_string).collect();
    names.join(", ")
}

fn clap_error(args: &[&str], message: &str, rest: &str) {
    let out = run(args);
    let expected = format!("error: {message}\n{rest}\nFor more information, try '--help'.\n");
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (2, "", expected.as_str()),
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
        assert_eq!(
            out.stderr,
            format!(
                "{}{}",
                expected_notes(&all),
                expected_stderr(subcommand, args, format)
            ),
            "{all:?}"
        );
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

/// What a successful command prints on standard error: nothing, but for
/// the formats that cannot hold the notes or warnings the others write as
/// comments (`rules` as hosts or JSON: the table's trailing `Note:` lines;
/// `config` as JSON: the kong.conf `# Warning:` lines), which it prints
/// there instead.
fn expected_stderr(subcommand: &str, args: &[String], format: &str) -> String {
    let (other, marker, prefix) = match (subcommand, format) {
        ("rules", "hosts" | "json") => ("table", "Note: ", "note: "),
        ("config", "json") => ("kong-conf", "# Warning: ", "warning: "),
        _ => return String::new(),
    };
    let mut all: Vec<&str> = vec![subcommand];
    all.extend(args.iter().map(String::as_str));
    all.extend(["--format", other]);
    success(&all)
        .lines()
        .filter_map(|line| line.strip_prefix(marker))
        .map(|text| format!("{prefix}{text}\n"))
        .collect()
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
    // Identifiers and keywords in upper case: the same rules, and the
    // Singapore note on standard error.
    let out = run(&[
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
    ]);
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (
            0,
            "note: Kong's page marks the Singapore geo (sg) \"(beta)\".\n"
        )
    );
    assert_golden(
        "rules/aug2026/sg",
        "all-options-private-link.hosts",
        &out.stdout,
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
    clap_error(
        &["rules", "--geo", "eu", "--format", "xml\u{1b}[2J"],
        "invalid value 'xml\\u{1b}[2J' for '--format <FORMAT>': unrecognized format \
         \"xml\\u{1b}[2J\": \
         expected one of table, hosts, json, squid, cilium, istio, aws-network-firewall, \
         mermaid",
        "",
    );
    clap_error(
        &["rules", "--geo", "xx"],
        &format!(
            "invalid value 'xx' for '--geo <GEO>': unrecognized geo \"xx\": \
             expected one of {}",
            keywords(Geo::ALL)
        ),
        "",
    );
    clap_error(
        &["rules", "--geo", "eu", "--edition", "2026"],
        &format!(
            "invalid value '2026' for '--edition <EDITION>': unrecognized edition \"2026\": \
             expected one of {}",
            keywords(Edition::ALL)
        ),
        "",
    );
    clap_error(
        &["rules", "--geo", "eu", "--mesh", "local"],
        "invalid value 'local' for '--mesh <MESH>': unrecognized mesh \"local\": \
         expected one of regional, global",
        "",
    );
    clap_error(
        &["rules"],
        "the following required arguments were not provided:\n  --geo <GEO>",
        "\nUsage: konnect-netreq rules --geo <GEO>\n",
    );
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
    clap_error(
        &["rules", "--geo", "eu", "--fo\nrmat"],
        "unexpected argument '--fo\\nrmat' found",
        "\n  tip: a similar argument exists: '--format'\n\
         \nUsage: konnect-netreq rules --geo <GEO> --format <FORMAT>\n",
    );
    clap_error(
        &["rules", "--geo", "eu", "--geo", "us"],
        "the argument '--geo <GEO>' cannot be used multiple times",
        "\nUsage: konnect-netreq rules [OPTIONS]\n",
    );
    // A misspelt flag: clap's suggestion and usage line, as the issue asked.
    clap_error(
        &["rules", "--formt", "squid"],
        "unexpected argument '--formt' found",
        "\n  tip: a similar argument exists: '--format'\n\
         \nUsage: konnect-netreq rules --format <FORMAT>\n",
    );
    // A misspelt value of a keyword flag names every accepted value.
    clap_error(
        &["diff", "--geo", "eu", "--format", "jsn"],
        "invalid value 'jsn' for '--format <FORMAT>'\n  [possible values: text, json]\n\
         \n  tip: a similar value exists: 'json'",
        "",
    );
}

#[test]
fn subcommand_errors() {
    // Without a subcommand: the help, with every subcommand, on standard
    // error, exit code 2.
    let out = run(&[]);
    assert_eq!((out.code, out.stdout.as_str()), (2, ""));
    assert_eq!(out.stderr, success(&["--help"]));
    let listed: Vec<&str> = out
        .stderr
        .split_once("Commands:\n")
        .unwrap()
        .1
        .lines()
        .take_while(|line| !line.is_empty())
        .map(|line| line.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        listed,
        [
            "rules",
            "config",
            "classify",
            "scan",
            "diff",
            "check",
            "probe",
            "completions",
            "man",
            "help"
        ]
    );
    clap_error(
        &["allow\t"],
        "unrecognized subcommand 'allow\\t'",
        "\nUsage: konnect-netreq <COMMAND>\n",
    );
    clap_error(
        &["clasify"],
        "unrecognized subcommand 'clasify'",
        "\n  tip: a similar subcommand exists: 'classify'\n\
         \nUsage: konnect-netreq <COMMAND>\n",
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
    clap_error(
        &["config", "--geo", "eu"],
        "the following required arguments were not provided:\n  --cp-prefix <CP_PREFIX>",
        "\nUsage: konnect-netreq config --geo <GEO> --cp-prefix <CP_PREFIX>\n",
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
    clap_error(
        &[
            "config",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--format",
            "yaml",
        ],
        "invalid value 'yaml' for '--format <FORMAT>': unrecognized format \"yaml\": \
         expected one of kong-conf, env, helm, json",
        "",
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
https://***@evil.com/\tnot-konnect\t-\t-\t-\t-
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
    // Without --to, the diff goes to the newest edition.
    let latest = konnect_netreq::Edition::LATEST.as_str();
    let inputs = ["diff", "--geo", "eu", "--cp-prefix", "a1b2c3d4e5"];
    assert_eq!(
        success(&inputs),
        success(&[&inputs[..], &["--to", latest]].concat())
    );
    assert_eq!(
        success(&[
            "diff",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--portal-id",
            "d6a3e6b6bc64",
            "--to",
            "aug2026",
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
    clap_error(
        &["diff", "--geo", "eu", "--to", "next"],
        &format!(
            "invalid value 'next' for '--to <TO>': unrecognized edition \"next\": \
             expected one of {}",
            keywords(Edition::ALL)
        ),
        "",
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
            "--to",
            "aug2026",
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
    clap_error(
        &[
            "config",
            "--cp-endpoint",
            "https://36fc5d01be.us.cp.konghq.com",
            "--geo",
            "eu",
        ],
        "the argument '--cp-endpoint <URL>' cannot be used with '--geo <GEO>'",
        "\nUsage: konnect-netreq config --cp-endpoint <URL>\n",
    );
    clap_error(
        &["config"],
        "the following required arguments were not provided:\n  --geo <GEO>\n  --cp-prefix <CP_PREFIX>",
        "\nUsage: konnect-netreq config --geo <GEO> --cp-prefix <CP_PREFIX>\n",
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

/// A misplaced proxy URL is not echoed with its password, in clap's own
/// messages nor in the library's.
#[test]
fn a_stray_argument_is_quoted_redacted() {
    clap_error(
        &[
            "config",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--proxy=",
            " http://kong:SECRET@proxy:3128",
        ],
        "unexpected argument '***@proxy:3128' found",
        "\nUsage: konnect-netreq config [OPTIONS]\n",
    );
    clap_error(
        &["rules", "--geo", "http://kong:SECRET@proxy:3128"],
        &format!(
            "invalid value 'http://***@proxy:3128' for '--geo <GEO>': \
             unrecognized geo \"http://***@proxy:3128\": expected one of {}",
            keywords(Geo::ALL)
        ),
        "",
    );
    clap_error(
        &["rules", "--geo", "eu", "--listen", "http:SECRET"],
        "invalid value 'http:***' for '--listen <KIND:PORT>': invalid listener \"http:***\": \
         expected KIND:PORT with KIND one of http, https, tcp, tls, udp and PORT a number from 1 to 65535",
        "",
    );
    // Errors found after parsing (the library's, the command's own) quote
    // what was typed through `redact` as well.
    usage_error(
        &["rules", "--geo", "eu", "--portal-id", "kong:SECRET@x"],
        "invalid portal ID \"***@x\": it contains ':'; expected one DNS label: \
         1 to 63 ASCII letters, digits or hyphens, not starting or ending with a hyphen",
    );
    usage_error(
        &["rules", "--geo", "eu", "--selector", "kong:SECRET@x=y"],
        "invalid label key \"***@x\": it contains ':'; expected a Kubernetes label key: \
         an optional DNS-1123 subdomain prefix and \"/\", then 1 to 63 ASCII letters, digits, \
         '-', '_' or '.', starting and ending with a letter or digit",
    );
    // Clap's tip quotes the argument too.
    clap_error(
        &["classify", "--kong:SECRET@proxy\n"],
        "unexpected argument '***@proxy\\n' found",
        "\n  tip: to pass '***@proxy\\n' as a value, use '-- ***@proxy\\n'\n\
         \nUsage: konnect-netreq classify [OPTIONS] [HOSTS]...\n",
    );
    clap_error(
        &["rules", "kong:SECRET@proxy"],
        "unexpected argument '***@proxy' found",
        "\nUsage: konnect-netreq rules [OPTIONS]\n",
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
            "--to",
            "aug2026",
        ]),
        "\
- d6a3e6b6bc64.eu.portal.konghq.com:443/tcp
+ d6a3e6b6bc64.eu.kongportals.com:443/tcp
+ 20010/tcp
+ 20010/udp
"
    );
    clap_error(
        &["rules", "--geo", "eu", "--products", "gateway"],
        "invalid value 'gateway' for '--products <LIST>': unrecognized product \"gateway\": \
         expected one of api-gateway, dev-portal, identity, mesh, event-gateway, ingress-controller",
        "",
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
    clap_error(
        &["rules", "--geo", "eu", "--listen", "http:0"],
        "invalid value 'http:0' for '--listen <KIND:PORT>': invalid listener \"http:0\": \
         expected KIND:PORT with KIND one of http, https, tcp, tls, udp and PORT a number from 1 to 65535",
        "",
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
        // The crate's redaction rule hides what follows a `:` that is not a
        // port number, in a label as anywhere else.
        "invalid cluster_dp_labels label \"mesh:***\": its key starts with the reserved prefix \
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
    clap_error(
        &["rules", "--spec", &path, "--geo", "eu"],
        "the argument '--spec <FILE>' cannot be used with '--geo <GEO>'",
        "\nUsage: konnect-netreq rules --spec <FILE>\n",
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
    clap_error(
        &["completions", "tcsh"],
        "invalid value 'tcsh' for '<SHELL>'\n  [possible values: bash, elvish, fish, powershell, zsh]\n\
         \n  tip: a similar value exists: 'zsh'",
        "",
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

/// The bash script, loaded into a real bash, completes every keyword
/// flag's values (not file names) after a subcommand, asked as bash asks.
#[test]
fn bash_completes_keyword_values() {
    let script = std::env::temp_dir().join(format!(
        "konnect-netreq-completion-{}.bash",
        std::process::id()
    ));
    std::fs::write(&script, success(&["completions", "bash"])).unwrap();
    // `complete -p` names the function bash calls; it is called as bash
    // calls it, with the word being completed and the one before it.
    const ASK: &str = r#"source "$1" || exit 3
spec=$(complete -p konnect-netreq) || exit 4
printf '%s\n' "$spec"
function=${spec##* -F }
function=${function%% *}
eval "COMP_WORDS=($2)"
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_LINE="$2"
COMP_POINT=${#COMP_LINE}
"$function" konnect-netreq "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}""#;
    let complete = |line: &str| -> Vec<String> {
        let out = Command::new("bash")
            .args(["--norc", "--noprofile", "-c", ASK, "bash"])
            .arg(&script)
            .arg(line)
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(
            (
                out.status.code(),
                String::from_utf8_lossy(&out.stderr).as_ref()
            ),
            (Some(0), ""),
            "{line}: {stdout}"
        );
        let mut lines = stdout.lines();
        assert_eq!(
            lines.next(),
            Some("complete -o bashdefault -o default -o nosort -F _konnect__netreq konnect-netreq")
        );
        lines.map(str::to_owned).collect()
    };
    let all =
        |keywords: Vec<&str>| -> Vec<String> { keywords.into_iter().map(str::to_owned).collect() };
    let geos = all(Geo::ALL.iter().map(|g| g.as_str()).collect());
    let editions = all(Edition::ALL.iter().map(|e| e.as_str()).collect());
    assert_eq!(complete("konnect-netreq rules --geo ''"), geos);
    assert_eq!(complete("konnect-netreq diff --geo ''"), geos);
    assert_eq!(complete("konnect-netreq config --geo ''"), geos);
    assert_eq!(complete("konnect-netreq rules --geo e"), ["eu"]);
    assert_eq!(complete("konnect-netreq rules --edition ''"), editions);
    assert_eq!(complete("konnect-netreq diff --from ''"), editions);
    assert_eq!(complete("konnect-netreq diff --to ''"), editions);
    assert_eq!(
        complete("konnect-netreq rules --format ''"),
        all(Format::ALL.iter().map(|f| f.as_str()).collect())
    );
    assert_eq!(
        complete("konnect-netreq config --format ''"),
        all(ConfigFormat::ALL.iter().map(|f| f.as_str()).collect())
    );
    assert_eq!(
        complete("konnect-netreq rules --mesh ''"),
        ["regional", "global"]
    );
    assert_eq!(
        complete("konnect-netreq classify --format ''"),
        ["text", "json"]
    );
    assert_eq!(
        complete("konnect-netreq diff --format ''"),
        ["text", "json"]
    );
    assert_eq!(
        complete("konnect-netreq completions ''"),
        [
            "-h",
            "--help",
            "bash",
            "elvish",
            "fish",
            "powershell",
            "zsh"
        ]
    );
    assert_eq!(complete("konnect-netreq rules --sel"), ["--selector"]);
    std::fs::remove_file(&script).unwrap();
}

/// Every page the top manual page points to (`konnect-netreq-rules(1)`,
/// ...) can be generated, one by one or all at once, and groff reads each
/// without a warning.
#[test]
fn man_pages_for_every_subcommand() {
    let dir = std::env::temp_dir().join(format!("konnect-netreq-man-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let written = success(&["man", "--out", dir.to_str().unwrap()]);
    let names = [
        "konnect-netreq",
        "konnect-netreq-rules",
        "konnect-netreq-config",
        "konnect-netreq-classify",
        "konnect-netreq-scan",
        "konnect-netreq-diff",
        "konnect-netreq-check",
        "konnect-netreq-probe",
        "konnect-netreq-completions",
        "konnect-netreq-man",
    ];
    let expected: String = names
        .iter()
        .map(|name| format!("{}\n", dir.join(format!("{name}.1")).display()))
        .collect();
    assert_eq!(written, expected);
    let top = std::fs::read_to_string(dir.join("konnect-netreq.1")).unwrap();
    assert_eq!(top, success(&["man"]));
    let referenced: Vec<String> = top
        .lines()
        .filter_map(|line| line.strip_suffix("(1)"))
        .map(|name| name.replace("\\-", "-"))
        .collect();
    assert_eq!(referenced, names[1..]);
    for name in &names[1..] {
        let page = std::fs::read_to_string(dir.join(format!("{name}.1"))).unwrap();
        let subcommand = name.strip_prefix("konnect-netreq-").unwrap();
        assert_eq!(page, success(&["man", subcommand]), "{name}");
        assert!(page.contains(&format!(".TH {name} 1")), "{name}: {page}");
    }
    for name in names {
        let groff = Command::new("groff")
            .args(["-man", "-Tascii", "-ww", "-P-cbou"])
            .arg(dir.join(format!("{name}.1")))
            .output()
            .expect("groff (groff-base) is needed to check the manual pages");
        let text = String::from_utf8(groff.stdout).unwrap();
        assert_eq!(
            (
                groff.status.code(),
                String::from_utf8_lossy(&groff.stderr).as_ref()
            ),
            (Some(0), ""),
            "{name}"
        );
        assert!(text.contains("NAME"), "{name}: {text}");
    }
    // The rules page lists every format, each a list item.
    let rules = Command::new("groff")
        .args(["-man", "-Tascii", "-P-cbou"])
        .arg(dir.join("konnect-netreq-rules.1"))
        .output()
        .unwrap();
    let rules = String::from_utf8(rules.stdout).unwrap();
    for format in Format::ALL {
        assert!(
            rules.contains(&format!("o {}\n", format.as_str())),
            "{format} in {rules}"
        );
    }
    clap_error(
        &["man", "nope"],
        "invalid value 'nope' for '[SUBCOMMAND]'\n  [possible values: rules, config, classify, \
         scan, diff, check, probe, completions, man]",
        "",
    );
    std::fs::remove_dir_all(&dir).unwrap();
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

/// Every `RenderOptions` setting has a flag on `rules`; the output is the
/// library's `render_with` with the same options, and a bad value is the
/// library's error, exit code 2.
#[test]
fn export_options_tailor_the_exports() {
    use konnect_netreq::RenderOptions;
    let req = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .unwrap();
    let base = ["rules", "--geo", "eu", "--cp-prefix", "a1b2c3d4e5"];
    let with = |flags: &[&str], format: Format| {
        let mut args = base.to_vec();
        args.extend(flags);
        args.extend(["--format", format.as_str()]);
        success(&args)
    };
    let options = RenderOptions::builder()
        .with_name("konnect-dp")
        .with_namespace("gateways")
        .with_selector([("app.kubernetes.io/instance", "dp-eu"), ("tier", "")])
        .with_squid_acl_prefix("kdp")
        .with_terraform_name("dp_egress")
        .with_capacity(250)
        .with_cilium_dns_any()
        .build()
        .unwrap();
    let flags = [
        "--name",
        "konnect-dp",
        "--namespace",
        "gateways",
        "--selector",
        "app.kubernetes.io/instance=dp-eu",
        "--selector",
        "tier=",
        "--squid-acl-prefix",
        "kdp",
        "--terraform-name",
        "dp_egress",
        "--capacity",
        "250",
        "--cilium-dns-any",
    ];
    for format in Format::ALL.iter().copied() {
        assert_eq!(
            with(&flags, format),
            req.render_with(format, &options),
            "{format}"
        );
    }
    let cilium = with(&flags, Format::Cilium);
    assert!(cilium.contains("  namespace: \"gateways\"\n"), "{cilium}");
    assert!(
        cilium.contains(
            "    matchLabels:\n      \"app.kubernetes.io/instance\": \"dp-eu\"\n      \"tier\": \"\"\n"
        ),
        "{cilium}"
    );
    let istio = with(&flags, Format::Istio);
    assert!(!istio.contains("namespace: \"kong\""), "{istio}");
    assert!(istio.contains("  namespace: \"gateways\"\n"), "{istio}");
    let every_pod = RenderOptions::builder().with_every_pod().build().unwrap();
    assert_eq!(
        with(&["--every-pod"], Format::Cilium),
        req.render_with(Format::Cilium, &every_pod)
    );
    // Without the flags, the library's defaults.
    assert_eq!(with(&[], Format::Cilium), req.render(Format::Cilium));
    // A set from a spec file takes them too.
    assert_eq!(
        success(&[
            "rules",
            "--spec",
            &example_path(),
            "--namespace",
            "gateways",
            "--format",
            "cilium"
        ]),
        example_set().render_with(
            Format::Cilium,
            &RenderOptions::builder()
                .with_namespace("gateways")
                .build()
                .unwrap()
        )
    );
    // Bad values: the library's words, exit code 2.
    for (flags, message) in [
        (
            ["--namespace", "Kong"],
            "invalid Kubernetes namespace \"Kong\": it contains 'K'; expected a DNS-1123 label: \
             1 to 63 lower-case ASCII letters, digits or hyphens, starting and ending with a \
             letter or digit",
        ),
        (
            ["--capacity", "0"],
            "invalid rule group capacity \"0\": it is out of range; \
             expected a rule group capacity from 1 to 50000",
        ),
        (
            ["--squid-acl-prefix", "1kdp"],
            "invalid Squid ACL prefix \"1kdp\": it starts with '1'; \
             expected 1 to 32 ASCII letters, digits, '_' or '-', starting with a letter",
        ),
        (
            ["--selector", "app=a\nb"],
            "invalid label value \"a\\nb\": it contains '\\n'; expected a Kubernetes label \
             value: empty, or 1 to 63 ASCII letters, digits, '-', '_' or '.', starting and \
             ending with a letter or digit",
        ),
    ] {
        let mut args = base.to_vec();
        args.extend(flags);
        usage_error(&args, message);
    }
    clap_error(
        &["rules", "--geo", "eu", "--selector", "app"],
        "invalid value 'app' for '--selector <KEY=VALUE>': expected KEY=VALUE (KEY= for an empty value)",
        "",
    );
    clap_error(
        &["rules", "--geo", "eu", "--selector", "a=b", "--every-pod"],
        "the argument '--selector <KEY=VALUE>' cannot be used with '--every-pod'",
        "\nUsage: konnect-netreq rules --geo <GEO> --selector <KEY=VALUE>\n",
    );
    // The defaults in --help are the library's.
    let help = success(&["rules", "--help"]);
    for shown in [
        "[default: konnect-egress]",
        "[default: kong]",
        "[default: app.kubernetes.io/name=kong]",
        "[default: konnect]",
        "[default: konnect_egress]",
        "[default: 100]",
    ] {
        assert!(help.contains(shown), "{shown} in {help}");
    }
}

/// `check` says allowed or refused, with the rule or the nearest reason,
/// for each kind of input; exit code 1 when one is refused.
#[test]
fn check_says_why_not() {
    let out = run(&[
        "check",
        "--geo",
        "us",
        "--cp-prefix",
        "9e0353434a",
        "https://9e0353434a.us.cp0.konghq.com",
        "9e0353434a.eu.cp0.konghq.com",
        "9e0353434a.us.cp.konghq.com",
        "cloud.konghq.com:443",
        "http://cloud.konghq.com",
        "www.google.com",
        "8071/udp",
        "8071",
        "20010/udp",
        "443",
        "https://user:pw@cloud.konghq.com/",
        "70000/udp",
        "eu.mesh.sync.konghq.com",
        "a\tb",
    ]);
    assert_eq!(
        (out.code, out.stderr.as_str(), out.stdout.as_str()),
        (
            1,
            "",
            "\
https://9e0353434a.us.cp0.konghq.com\tallowed\t9e0353434a.us.cp0.konghq.com:443/tcp
9e0353434a.eu.cp0.konghq.com\trefused\tthe geo is us, this host is eu
9e0353434a.us.cp.konghq.com\trefused\tanother edition's spelling: aug2026 writes this host so, these requirements follow apr2025
cloud.konghq.com:443\tallowed\tcloud.konghq.com:443/tcp
http://cloud.konghq.com\trefused\tthis host is allowed on port 443, not 80
www.google.com\trefused\tnot a Konnect host
8071/udp\tallowed\t8071/udp
8071\tallowed\t8071/tcp
20010/udp\trefused\tport 20010 (audit-logging-20010) is listed from aug2026 on, these requirements follow apr2025
443\trefused\tport 443 is allowed only to Konnect's hosts; ask about a host
https://***@cloud.konghq.com/\tallowed\tcloud.konghq.com:443/tcp
70000/udp\trefused\tnot a port: expected a number from 0 to 65535
eu.mesh.sync.konghq.com\trefused\tthese requirements include no Mesh Manager sync host (product mesh not chosen)
a\\tb\trefused\tnot a hostname, host:port or URL (known scheme, port 1 to 65535, no IP literal)
"
        )
    );
    // --protocol for the addresses and bare ports; JSON.
    let out = run(&[
        "check",
        "--geo",
        "eu",
        "--protocol",
        "udp",
        "--format",
        "json",
        "8071",
        "https://user:pw@eu.api.konghq.com",
    ]);
    assert_eq!(
        (out.code, out.stderr.as_str(), out.stdout.as_str()),
        (
            1,
            "",
            "{\"allowed\":true,\"input\":\"8071\",\"reason\":null,\"rule\":\"8071/udp\"}\n\
             {\"allowed\":false,\"input\":\"https://***@eu.api.konghq.com\",\
             \"reason\":\"port 443 is allowed over tcp, not udp\",\"rule\":null}\n"
        )
    );
    // All allowed: exit code 0.
    assert_eq!(
        success(&["check", "--geo", "eu", "cloud.konghq.com", "8071/UDP"]),
        "cloud.konghq.com\tallowed\tcloud.konghq.com:443/tcp\n8071/UDP\tallowed\t8071/udp\n"
    );
    // The inputs of `rules`: a spec file's set, an endpoint, an edition.
    let path = example_path();
    let set = example_set();
    let out = run(&[
        "check",
        "--spec",
        &path,
        "36fc5d01be.us.cp.konghq.com:443",
        "us.mesh.sync.konghq.com",
        "a1b2c3d4e5.eu.cp0.konghq.com",
        "ffffffffff.eu.cp0.konghq.com",
    ]);
    let expected: String = [
        "36fc5d01be.us.cp.konghq.com:443",
        "us.mesh.sync.konghq.com",
        "a1b2c3d4e5.eu.cp0.konghq.com",
        "ffffffffff.eu.cp0.konghq.com",
    ]
    .iter()
    .map(
        |address| match set.check_address(address, konnect_netreq::Protocol::Tcp) {
            Ok(rule) => format!("{address}\tallowed\t{rule}\n"),
            Err(refusal) => format!("{address}\trefused\t{refusal}\n"),
        },
    )
    .collect();
    assert_eq!((out.code, out.stdout.as_str()), (1, expected.as_str()));
    assert!(expected.contains(
        "ffffffffff.eu.cp0.konghq.com\trefused\tanother control plane: \
         the control plane DNS prefix is a1b2c3d4e5, this host's is ffffffffff\n"
    ));
    assert_eq!(
        success(&[
            "check",
            "--cp-endpoint",
            "https://9e0353434a.us.cp.konghq.com",
            "9e0353434a.us.cp.konghq.com",
            "20010/udp",
        ]),
        "9e0353434a.us.cp.konghq.com\tallowed\t9e0353434a.us.cp.konghq.com:443/tcp\n\
         20010/udp\tallowed\t20010/udp\n"
    );
    clap_error(
        &["check", "--geo", "us"],
        "the following required arguments were not provided:\n  <ADDRESS>...",
        "\nUsage: konnect-netreq check --geo <GEO> <ADDRESS>...\n",
    );
    usage_error(
        &["check", "--spec", &path, "--edition", "aug2026", "x"],
        "--edition cannot be used with --spec; set \"edition\" in the file",
    );
}

/// `check` answers real addresses (URLs, `host:port`, bare hosts of every
/// kind and geo, in both editions, and ports) exactly as the library's
/// `allows_address`, `allows_port`, `check_address` and `check_port` do
/// for the same requirements (read back from `rules --format json`).
#[test]
fn check_answers_as_the_library_allows() {
    use konnect_netreq::Protocol;
    let mut configurations: Vec<Vec<String>> = Vec::new();
    for geo in Geo::ALL {
        for edition in Edition::ALL {
            let base = [
                "--geo",
                geo.as_str(),
                "--edition",
                edition.as_str(),
                "--cp-prefix",
                "a1b2c3d4e5",
                "--portal-id",
                "d6a3e6b6bc64",
            ];
            let extra: &[&[&str]] = &[
                &[],
                &["--private-link", "--mesh", "global", "--ingress-controller"],
                &[
                    "--event-gateway",
                    "--auth-server-id",
                    "a93xltvowjk8m1qe",
                    "--global-private-link",
                    "--mesh",
                    "regional",
                ],
            ];
            for extra in extra {
                let mut args: Vec<String> = base.iter().map(|s| s.to_string()).collect();
                args.extend(extra.iter().map(|s| s.to_string()));
                configurations.push(args);
            }
        }
    }
    // The requirements each configuration gives, where it gives any.
    let built: Vec<(Vec<String>, Requirements)> = configurations
        .into_iter()
        .filter_map(|args| {
            let mut rules: Vec<&str> = vec!["rules"];
            rules.extend(args.iter().map(String::as_str));
            rules.extend(["--format", "json"]);
            let out = run(&rules);
            (out.code == 0).then(|| (args, serde_json::from_str(&out.stdout).unwrap()))
        })
        .collect();
    assert!(built.len() >= 20, "{}", built.len());
    // Every host any of them names, in every form users write.
    let mut hosts: Vec<String> = built
        .iter()
        .flat_map(|(_, req)| req.hosts().map(|(_, host)| host.to_string()))
        .map(|host| host.replace('*', "b2c3d4e5f6"))
        .collect();
    hosts.sort();
    hosts.dedup();
    let mut addresses: Vec<String> = Vec::new();
    for host in &hosts {
        addresses.extend([
            host.clone(),
            format!("{host}:443"),
            format!("https://{host}"),
            format!("https://{host}:8443/x"),
            format!("http://{host}"),
            format!("wss://{}/path?q=1", host.to_uppercase()),
            format!("{host}."),
        ]);
    }
    addresses.extend(["www.example.com".into(), "https://[::1]/".into()]);
    let ports: Vec<String> = [443, 8071, 20010, 8000, 8443, 53, 9999]
        .iter()
        .flat_map(|port| [format!("{port}/tcp"), format!("{port}/udp")])
        .collect();
    let (mut allowed, mut refused) = (0, 0);
    for (args, req) in &built {
        for protocol in [Protocol::Tcp, Protocol::Udp] {
            let mut check: Vec<&str> = vec!["check", "--format", "json"];
            check.extend(args.iter().map(String::as_str));
            check.extend(["--protocol", protocol.as_str()]);
            check.extend(addresses.iter().map(String::as_str));
            check.extend(ports.iter().map(String::as_str));
            let out = run(&check);
            assert_eq!((out.code, out.stderr.as_str()), (1, ""), "{args:?}");
            let lines: Vec<serde_json::Value> = out
                .stdout
                .lines()
                .map(|line| serde_json::from_str(line).unwrap())
                .collect();
            assert_eq!(lines.len(), addresses.len() + ports.len());
            for (line, address) in lines.iter().zip(&addresses) {
                let answer = req.check_address(address, protocol);
                assert_eq!(
                    line["allowed"],
                    req.allows_address(address, protocol),
                    "{args:?} {address}"
                );
                assert_eq!(answer.is_ok(), req.allows_address(address, protocol));
                assert_eq!(line["input"], address.as_str());
                match answer {
                    Ok(rule) => {
                        assert_eq!(line["rule"], rule.to_string(), "{address}");
                        allowed += 1;
                    }
                    Err(refusal) => {
                        assert_eq!(line["reason"], refusal.to_string(), "{address}");
                        refused += 1;
                    }
                }
            }
            for (line, port) in lines[addresses.len()..].iter().zip(&ports) {
                let (number, transport) = port.split_once('/').unwrap();
                let (number, transport) = (number.parse().unwrap(), transport.parse().unwrap());
                assert_eq!(
                    line["allowed"],
                    req.allows_port(number, transport),
                    "{port}"
                );
                match req.check_port(number, transport) {
                    Ok(rule) => assert_eq!(line["rule"], rule.to_string(), "{port}"),
                    Err(refusal) => assert_eq!(line["reason"], refusal.to_string(), "{port}"),
                }
            }
        }
    }
    assert!(
        allowed > 500 && refused > 5000,
        "{allowed} allowed, {refused} refused"
    );
}

/// `classify` hides credentials by the crate's one redaction rule, in text
/// and JSON, from arguments and standard input alike.
#[test]
fn classify_hides_credentials() {
    let input = "https://user:pw@a1b2c3d4e5.eu.cp0.konghq.com/x";
    let text =
        "https://***@a1b2c3d4e5.eu.cp0.konghq.com/x\tcontrol-plane\teu\tapr2025\ta1b2c3d4e5\t443\n";
    assert_eq!(success(&["classify", input]), text);
    assert_eq!(
        success(&["classify", input, "--format", "json"]),
        "{\"edition\":\"apr2025\",\"endpoint\":\"control-plane\",\"geo\":\"eu\",\
         \"identifier\":\"a1b2c3d4e5\",\"input\":\"https://***@a1b2c3d4e5.eu.cp0.konghq.com/x\",\
         \"port\":443}\n"
    );
    // Keywords are taken in any case, as before they were possible values.
    assert_eq!(
        success(&["classify", input, "--format", "JSON"]),
        success(&["classify", input, "--format", "json"])
    );
    let out = run_with(
        command(&["classify"]),
        format!("{input}\nkong:SECRET@proxy:3128\nhttp://kong:SECRET\n").as_bytes(),
    );
    assert_eq!(
        (out.code, out.stderr.as_str(), out.stdout.as_str()),
        (
            0,
            "",
            format!(
                "{text}***@proxy:3128\tnot-konnect\t-\t-\t-\t-\n\
                 http://kong:***\tnot-konnect\t-\t-\t-\t-\n"
            )
            .as_str()
        )
    );
}

/// What was inferred rather than given is said on standard error, naming
/// the flag that gives it; nothing is said when everything was given.
#[test]
fn inferred_edition_and_telemetry_are_noted() {
    let edition = "note: edition aug2026 inferred from the control plane host \
                   9e0353434a.us.cp.konghq.com; choose the edition to change it (--edition)\n";
    let telemetry = "note: telemetry address not given: allowing 9e0353434a.us.tp.konghq.com \
                     and 9e0353434a.us.tp0.konghq.com, the telemetry hosts Kong's page and the \
                     Konnect API pair with 9e0353434a.us.cp.konghq.com; give the API's \
                     telemetry_endpoint to allow only it (--tp-endpoint)\n";
    for subcommand in ["rules", "config"] {
        let out = run(&[
            subcommand,
            "--cp-endpoint",
            "https://9e0353434a.us.cp.konghq.com",
        ]);
        assert_eq!(
            (out.code, out.stderr),
            (0, format!("{edition}{telemetry}")),
            "{subcommand}"
        );
    }
    let out = run(&[
        "check",
        "--cp-endpoint",
        "https://9e0353434a.us.cp.konghq.com",
        "9e0353434a.us.tp0.konghq.com",
    ]);
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr),
        (
            0,
            "9e0353434a.us.tp0.konghq.com\tallowed\t9e0353434a.us.tp0.konghq.com:443/tcp\n",
            format!("{edition}{telemetry}")
        )
    );
    // Given: nothing to note.
    let out = run(&[
        "rules",
        "--cp-endpoint",
        "https://9e0353434a.us.cp.konghq.com",
        "--tp-endpoint",
        "https://9e0353434a.us.tp0.konghq.com",
        "--edition",
        "aug2026",
    ]);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    // diff: both sides' notes, each once.
    let out = run(&[
        "diff",
        "--cp-endpoint",
        "https://9e0353434a.us.cp0.konghq.com",
    ]);
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (
            0,
            "note: telemetry address not given: allowing 9e0353434a.us.tp0.konghq.com, the \
             telemetry host Kong's page and the Konnect API pair with \
             9e0353434a.us.cp0.konghq.com; give the API's telemetry_endpoint to allow only it \
             (--tp-endpoint)\n\
             note: telemetry address not given: allowing 9e0353434a.us.tp.konghq.com, the \
             telemetry host Kong's page and the Konnect API pair with \
             9e0353434a.us.cp0.konghq.com; give the API's telemetry_endpoint to allow only it \
             (--tp-endpoint)\n"
        )
    );
}
