//! `konnect-netreq probe` against servers on loopback only: TLS servers with
//! certificates made at test time, `--resolve` mapping the Konnect names to
//! them, a real Squid configured with the crate's own Squid export, and bad
//! input. Nothing leaves the machine: every run has `--resolve-only`, so
//! a name is reached through `--resolve` or resolved by Squid from its own
//! hosts file, and never asked of a DNS server.

mod servers;
mod squid;

use super::{Output, command, run_with};
use konnect_netreq::{Edition, Geo, Requirements};
use servers::{Ca, closed_port, hanging_server, temp_file, tls_server};
use std::net::SocketAddr;

const PREFIX: &str = "a1b2c3d4e5";
const PORTAL: &str = "d6a3e6b6bc64";

/// The test's two roots as PEM files: "public" holds the public test root,
/// "local" the interception root (as a company's store would, besides the
/// public ones).
struct Roots {
    public: Ca,
    inspection: Ca,
    public_file: std::path::PathBuf,
    local_file: std::path::PathBuf,
}

fn roots() -> Roots {
    let public = Ca::new("Test Public Root CA");
    let inspection = Ca::new("Corp TLS Inspection CA");
    let public_file = temp_file("public.pem", &public.pem);
    let local_file = temp_file("local.pem", &format!("{}{}", public.pem, inspection.pem));
    Roots {
        public,
        inspection,
        public_file,
        local_file,
    }
}

fn resolve(host: &str, addr: SocketAddr) -> String {
    format!("{host}:443:{addr}")
}

/// Runs `probe` with the roots (unless the arguments name their own) and
/// the arguments, no KONG_* variable set, and `--resolve-only`: a name the
/// test does not map fails instead of reaching a DNS server.
fn probe(roots: &Roots, args: &[String]) -> Output {
    let mut cmd = command(&["probe", "--resolve-only"]);
    if !args.iter().any(|arg| arg == "--public-roots") {
        cmd.arg("--public-roots").arg(&roots.public_file);
    }
    if !args.iter().any(|arg| arg == "--local-roots") {
        cmd.arg("--local-roots").arg(&roots.local_file);
    }
    cmd.args(args);
    for (name, _) in std::env::vars() {
        if name.starts_with("KONG_") {
            cmd.env_remove(name);
        }
    }
    run_with(cmd, b"")
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

/// The JSON array of outcomes.
#[track_caller]
fn outcomes(out: &Output) -> Vec<serde_json::Value> {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}\n{}", out.stdout))
}

/// The outcome of `host`.
#[track_caller]
fn of<'a>(outcomes: &'a [serde_json::Value], host: &str) -> &'a serde_json::Value {
    outcomes
        .iter()
        .find(|o| o["host"] == host)
        .unwrap_or_else(|| panic!("no outcome for {host}: {outcomes:#?}"))
}

/// `(result, step, kind)` of an outcome.
fn verdict(outcome: &serde_json::Value) -> (String, String, String) {
    let text = |key: &str| outcome[key].as_str().unwrap_or("-").to_owned();
    (text("result"), text("step"), text("kind"))
}

#[test]
fn each_failure_on_loopback_gets_its_own_result() {
    let roots = roots();
    let cloud = "cloud.konghq.com";
    let global = "global.api.konghq.com";
    let regional = "eu.api.konghq.com";
    let portal = format!("{PORTAL}.eu.portal.konghq.com");
    let cp = format!("{PREFIX}.eu.cp0.konghq.com");
    let tp = format!("{PREFIX}.eu.tp0.konghq.com");
    let pass = tls_server(&roots.public, &[cloud], false);
    let intercepted = tls_server(&roots.inspection, &[global], false);
    let wrong_name = tls_server(&roots.public, &["other.example.com"], false);
    let expired = tls_server(&roots.public, &[&portal], true);
    let hanging = hanging_server();
    let closed = closed_port();
    let out = probe(
        &roots,
        &args(&[
            "--geo",
            "eu",
            "--cp-prefix",
            PREFIX,
            "--portal-id",
            PORTAL,
            "--timeout",
            "2",
            "--format",
            "json",
            "--resolve",
            &resolve(cloud, pass),
            "--resolve",
            &resolve(global, intercepted),
            "--resolve",
            &resolve(regional, wrong_name),
            "--resolve",
            &resolve(&portal, expired),
            "--resolve",
            &resolve(&cp, hanging.addr),
            "--resolve",
            &resolve(&tp, closed),
        ]),
    );
    assert_eq!((out.code, out.stderr.as_str()), (1, ""), "{}", out.stdout);
    let all = outcomes(&out);
    let v = |host: &str| verdict(of(&all, host));
    let s = |a: &str, b: &str, c: &str| (a.to_owned(), b.to_owned(), c.to_owned());
    assert_eq!(v(cloud), s("pass", "-", "-"));
    assert_eq!(
        of(&all, cloud)["detail"],
        "certificate from CN=Test Public Root CA, O=konnect-netreq tests, trusted by public roots"
    );
    assert_eq!(of(&all, cloud)["sni"], cloud);
    assert_eq!(
        of(&all, cloud)["alpn"],
        serde_json::json!(["h2", "http/1.1"])
    );
    assert_eq!(of(&all, cloud)["connected"], pass.to_string());
    assert_eq!(v(global), s("fail", "tls", "interception"));
    assert_eq!(
        of(&all, global)["detail"],
        "TLS interception: the certificate comes from CN=Corp TLS Inspection CA, \
         O=konnect-netreq tests, which only the local store (--local-roots) trusts, not a \
         public CA; clients that trust only public roots fail through it"
    );
    assert_eq!(
        of(&all, global)["action"],
        "exempt this host from TLS inspection on the proxy or firewall"
    );
    assert_eq!(v(regional), s("fail", "tls", "name-mismatch"));
    assert_eq!(
        of(&all, regional)["detail"],
        "the certificate from CN=Test Public Root CA, O=konnect-netreq tests is not valid for \
         eu.api.konghq.com"
    );
    assert_eq!(v(&portal), s("fail", "tls", "expired"));
    assert_eq!(v(&cp), s("fail", "tls", "timeout"));
    assert_eq!(of(&all, &cp)["alpn"], serde_json::json!([]));
    assert_eq!(v(&tp), s("fail", "tcp", "refused"));
    assert_eq!(
        of(&all, &tp)["detail"],
        format!("{closed} refused the connection")
    );
    let not_probed: Vec<(String, String)> = all
        .iter()
        .filter(|o| o["result"] == "not-probed")
        .map(|o| {
            (
                format!("{}/{}", o["port"], o["protocol"].as_str().unwrap()),
                o["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        not_probed,
        [
            ("8071/tcp".to_owned(), "inbound".to_owned()),
            ("8071/udp".to_owned(), "UDP".to_owned()),
            ("8000/tcp".to_owned(), "inbound".to_owned()),
            ("8443/tcp".to_owned(), "inbound".to_owned()),
        ]
    );
    // The hanging server saw the ClientHello and nothing answered it; the
    // probe gave up after the timeout (a lower bound, never an upper one).
    assert!(of(&all, &cp)["ms"]["tls"].as_u64().unwrap() >= 2000);
    assert_eq!(
        hanging.accepted.load(std::sync::atomic::Ordering::SeqCst),
        1
    );
}

/// The table's cells, `|`-separated, with the TIME column's value (which
/// varies) as `T`; and whether the columns line up.
fn without_times(table: &str) -> String {
    let header = table.lines().next().unwrap_or_default();
    let result_at = header.find("RESULT").unwrap();
    table
        .lines()
        .map(|line| {
            assert_eq!(line.get(result_at - 2..result_at), Some("  "), "{line}");
            let cells: Vec<&str> = line
                .split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            let cells: Vec<&str> = cells
                .into_iter()
                .map(|c| if c.ends_with(" ms") { "T" } else { c })
                .collect();
            cells.join(" | ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_passing_run_prints_the_table_and_exits_0() {
    let roots = roots();
    let names = [
        "cloud.konghq.com",
        "global.api.konghq.com",
        "eu.api.konghq.com",
    ];
    let server = tls_server(&roots.public, &names, false);
    let mut list = args(&["--geo", "eu", "--timeout", "5"]);
    for name in names {
        list.extend(["--resolve".to_owned(), resolve(name, server)]);
    }
    let out = probe(&roots, &list);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{}", out.stdout);
    assert_eq!(
        without_times(&out.stdout),
        without_times(
            "\
HOST                    PORT      RESULT                TIME  DETAIL
cloud.konghq.com        443/tcp   pass                  T  certificate from CN=Test Public Root CA, O=konnect-netreq tests, trusted by public roots
global.api.konghq.com   443/tcp   pass                  T  certificate from CN=Test Public Root CA, O=konnect-netreq tests, trusted by public roots
eu.api.konghq.com       443/tcp   pass                  T  certificate from CN=Test Public Root CA, O=konnect-netreq tests, trusted by public roots
*.eu.portal.konghq.com  443/tcp   not probed: wildcard      -  the identifier that names this host is not among the inputs
*.eu.cp0.konghq.com     443/tcp   not probed: wildcard      -  the identifier that names this host is not among the inputs
*.eu.tp0.konghq.com     443/tcp   not probed: wildcard      -  the identifier that names this host is not among the inputs
-                       8071/tcp  not probed: inbound       -  traffic to the data plane's network, not from it
-                       8071/udp  not probed: UDP           -  a UDP port cannot be checked without an answer from the peer
-                       8000/tcp  not probed: inbound       -  traffic to the data plane's network, not from it
-                       8443/tcp  not probed: inbound       -  traffic to the data plane's network, not from it"
        )
    );
}

#[test]
fn the_kong_conf_names_what_is_dialled_and_its_server_name() {
    let roots = roots();
    let cp = format!("{PREFIX}.eu.cp0.konghq.com");
    let tp = format!("{PREFIX}.eu.tp0.konghq.com");
    // The node dials cp on port 8443 with another SNI, as its kong.conf says.
    let server = tls_server(&roots.public, &["cp.example.net", &tp], false);
    let conf = temp_file(
        "kong.conf",
        &format!(
            "cluster_control_plane = {cp}:8443\n\
             cluster_server_name = cp.example.net   # what the certificate names\n\
             cluster_telemetry_endpoint = {tp}:443\n"
        ),
    );
    let out = probe(
        &roots,
        &args(&[
            "--geo",
            "eu",
            "--cp-prefix",
            PREFIX,
            "--kong-conf",
            conf.to_str().unwrap(),
            "--format",
            "json",
            "--resolve",
            &format!("{cp}:8443:{server}"),
            "--resolve",
            &resolve(&tp, server),
            "--resolve",
            &resolve("cloud.konghq.com", server),
            "--resolve",
            &resolve("global.api.konghq.com", server),
            "--resolve",
            &resolve("eu.api.konghq.com", server),
        ]),
    );
    let all = outcomes(&out);
    assert_eq!(of(&all, &cp)["port"], 8443);
    assert_eq!(of(&all, &cp)["sni"], "cp.example.net");
    assert_eq!(
        verdict(of(&all, &cp)),
        ("pass".into(), "-".into(), "-".into())
    );
    assert_eq!(
        verdict(of(&all, &tp)),
        ("pass".into(), "-".into(), "-".into())
    );
    // The API hosts get this server's certificate, which does not name them.
    assert_eq!(
        verdict(of(&all, "cloud.konghq.com")),
        ("fail".into(), "tls".into(), "name-mismatch".into())
    );
    assert_eq!(out.code, 1);
}

#[test]
fn a_handshake_alert_is_reported_by_name() {
    let roots = roots();
    let cloud = "cloud.konghq.com";
    let (chain, key) = roots.public.leaf(&[cloud], false);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let server = servers::serve_tls_with_alpn(listener, chain, key, vec![b"x-only".to_vec()]);
    let out = probe(
        &roots,
        &args(&[
            "--geo",
            "eu",
            "--format",
            "json",
            "--resolve",
            &resolve(cloud, server),
        ]),
    );
    let all = outcomes(&out);
    assert_eq!(
        verdict(of(&all, cloud)),
        ("fail".into(), "tls".into(), "alert".into())
    );
    assert_eq!(
        of(&all, cloud)["detail"],
        "the server ended the handshake with the alert no_application_protocol"
    );
    // The hosts without a --resolve entry fail at DNS without asking one.
    assert_eq!(
        verdict(of(&all, "eu.api.konghq.com")),
        ("fail".into(), "dns".into(), "not-resolved".into())
    );
    assert_eq!(
        of(&all, "eu.api.konghq.com")["detail"],
        "eu.api.konghq.com: no --resolve entry, and --resolve-only asks no DNS server"
    );
    assert_eq!(out.code, 1);
}

#[test]
fn interception_of_the_control_plane_names_the_mutual_tls_it_breaks() {
    let roots = roots();
    let cp = format!("{PREFIX}.eu.cp0.konghq.com");
    let tp = format!("{PREFIX}.eu.tp0.konghq.com");
    let inspected = tls_server(&roots.inspection, &[&cp, &tp], false);
    let mut list = args(&["--geo", "eu", "--cp-prefix", PREFIX, "--format", "json"]);
    for host in [&cp, &tp] {
        list.extend(["--resolve".to_owned(), resolve(host, inspected)]);
    }
    let out = probe(&roots, &list);
    let all = outcomes(&out);
    for host in [&cp, &tp] {
        assert_eq!(
            verdict(of(&all, host)),
            ("fail".into(), "tls".into(), "interception".into())
        );
        assert_eq!(
            of(&all, host)["detail"],
            "TLS interception: the certificate comes from CN=Corp TLS Inspection CA, \
             O=konnect-netreq tests, which only the local store (--local-roots) trusts, not a \
             public CA; the data plane's mutual TLS to Konnect fails through it"
        );
    }
    assert_eq!(out.code, 1);
}

#[test]
fn twenty_targets_with_five_hanging_take_one_timeout_not_five() {
    // Twenty probed hosts: the Aug2026 EU hosts with Kong Identity and as
    // many auth servers as it takes.
    let mut ids = Vec::new();
    let req = loop {
        let mut builder = Requirements::for_geo(Geo::Eu)
            .with_edition(Edition::Aug2026)
            .with_cp_prefix(PREFIX)
            .with_portal_id(PORTAL)
            .with_identity();
        for id in &ids {
            builder = builder.with_auth_server_id(id);
        }
        let req = builder.build().unwrap();
        let probed = req
            .probe_targets(None)
            .iter()
            .filter(|t| t.not_probed().is_none())
            .count();
        if probed >= 20 {
            assert_eq!(probed, 20);
            break req;
        }
        ids.push(format!("auth{}", ids.len()));
    };
    let hosts: Vec<String> = req
        .probe_targets(None)
        .iter()
        .filter(|t| t.not_probed().is_none())
        .map(|t| t.host().unwrap().to_owned())
        .collect();
    let roots = roots();
    let names: Vec<&str> = hosts.iter().map(String::as_str).collect();
    let server = tls_server(&roots.public, &names, false);
    let hanging = hanging_server();
    let mut list = args(&[
        "--geo",
        "eu",
        "--edition",
        "aug2026",
        "--cp-prefix",
        PREFIX,
        "--portal-id",
        PORTAL,
        "--identity",
        "--timeout",
        "3",
        "--format",
        "json",
    ]);
    for id in &ids {
        list.extend(["--auth-server-id".to_owned(), id.clone()]);
    }
    for (i, host) in hosts.iter().enumerate() {
        let addr = if i % 4 == 0 { hanging.addr } else { server };
        list.extend(["--resolve".to_owned(), resolve(host, addr)]);
    }
    let out = probe(&roots, &list);
    let all = outcomes(&out);
    let timed_out: Vec<&serde_json::Value> =
        all.iter().filter(|o| o["kind"] == "timeout").collect();
    let passed = all.iter().filter(|o| o["result"] == "pass").count();
    assert_eq!(
        (timed_out.len(), passed, out.code),
        (5, 15, 1),
        "{}",
        out.stdout
    );
    for outcome in &timed_out {
        assert_eq!(outcome["step"], "tls");
        assert!(outcome["ms"]["tls"].as_u64().unwrap() >= 3000);
    }
    // The structural check: the five hanging connections were all open at
    // the same time, so no probe waited for another's timeout. Run one
    // after another, at most one would ever be open.
    assert_eq!(*hanging.peak.lock().unwrap(), 5);
    assert_eq!(
        hanging.accepted.load(std::sync::atomic::Ordering::SeqCst),
        5
    );
}

#[test]
fn bad_input_exits_2_with_one_clear_line() {
    let roots = roots();
    let usage = |list: &[&str], message: &str| {
        let out = probe(&roots, &args(list));
        assert_eq!(
            (out.code, out.stdout.as_str(), out.stderr.as_str()),
            (2, "", format!("error: {message}\n").as_str()),
            "{list:?}"
        );
    };
    let hostile = temp_file(
        "hostile.conf",
        "# ok\ncluster_control_plane = a1b2c3d4e5.eu.cp0.konghq.com\ncluster_use_proxy = maybe\n",
    );
    usage(
        &["--kong-conf", hostile.to_str().unwrap()],
        "invalid cluster_use_proxy \"maybe\" on kong.conf line 3: expected on, off, true or false",
    );
    let binary = temp_file("binary.conf", "");
    std::fs::write(&binary, b"cluster_control_plane = \xff\n").unwrap();
    usage(
        &["--kong-conf", binary.to_str().unwrap()],
        &format!(
            "cannot read kong.conf {:?}: it is not UTF-8 text",
            binary.to_str().unwrap()
        ),
    );
    let huge = temp_file("huge.conf", &"#".repeat(1024 * 1024 + 1));
    usage(
        &["--kong-conf", huge.to_str().unwrap()],
        &format!(
            "cannot read kong.conf {:?}: it is larger than 1 MiB",
            huge.to_str().unwrap()
        ),
    );
    let missing = std::env::temp_dir().join("konnect-netreq-no-such-kong.conf");
    usage(
        &["--kong-conf", missing.to_str().unwrap()],
        &format!(
            "cannot read kong.conf {:?}: No such file or directory (os error 2)",
            missing.to_str().unwrap()
        ),
    );
    let leaky = temp_file(
        "leaky.conf",
        "cluster_control_plane = a1b2c3d4e5.eu.cp0.konghq.com\nproxy_server = http://kong:s3cret@proxy\u{1}:3128\n",
    );
    usage(
        &["--kong-conf", leaky.to_str().unwrap()],
        "invalid proxy_server \"http://***@proxy\\u{1}:3128\" on kong.conf line 2: it contains \
         the control character \\u{1}; expected none",
    );
    usage(
        &[
            "--geo",
            "eu",
            "--proxy",
            "socks5://kong:s3cret@proxy.internal:1080",
        ],
        "invalid proxy URL \"socks5://***@proxy.internal:1080\": expected \
         http://[USER[:PASSWORD]@]HOST[:PORT] or https://...",
    );
    usage(
        &["--geo", "eu", "--proxy", "http://kong:s3cret@"],
        "invalid proxy URL \"http://***@\": empty host",
    );
    // Quoted redacted, as anything echoed (a misplaced proxy URL may hold a
    // password), so what follows a port that is not a number is hidden.
    for (resolve, shown) in [
        ("cloud.konghq.com:443", "cloud.konghq.com:443"),
        ("cloud.konghq.com:0:127.0.0.1", "cloud.konghq.com:0:***"),
        ("cloud.konghq.com:443:localhost", "cloud.konghq.com:443:***"),
        (
            "cloud.konghq.com:443:127.0.0.1,x",
            "cloud.konghq.com:443:***,x",
        ),
        ("http://kong:s3cret@proxy:3128", "http://***@proxy:3128"),
    ] {
        usage(
            &["--geo", "eu", "--resolve", resolve],
            &format!(
                "invalid --resolve {shown:?}: expected HOST:PORT:ADDR with ADDR an IP address, \
                 IP:PORT or [IPv6]:PORT (several comma-separated)"
            ),
        );
    }
    usage(
        &["--geo", "eu", "--timeout", "0"],
        "invalid --timeout \"0\": expected seconds, more than 0 and at most 600",
    );
    let not_pem = temp_file("not.pem", "no certificate here\n");
    usage(
        &["--geo", "eu", "--public-roots", not_pem.to_str().unwrap()],
        &format!(
            "cannot read --public-roots {:?}: expected PEM certificates of CAs, found 0 usable \
             and 0 refused",
            not_pem.to_str().unwrap()
        ),
    );
    usage(
        &["--geo", "eu", "--jobs", "0"],
        "invalid --jobs 0: expected 1 to 256",
    );
    let out = probe(&roots, &args(&[]));
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (
            2,
            "",
            "error: the following required arguments were not provided:\n  --geo <GEO>\n\
             \nUsage: konnect-netreq probe --resolve-only --public-roots <FILE> --local-roots <FILE> --geo <GEO>\n\
             \nFor more information, try '--help'.\n"
        )
    );
    let empty = temp_file("empty.conf", "# nothing set\n");
    usage(
        &["--kong-conf", empty.to_str().unwrap()],
        "probe needs --geo, --cp-endpoint, --spec, or a kong.conf (or KONG_CLUSTER_CONTROL_PLANE) \
         that names the control plane",
    );
}

/// On a terminal, a progress line counts the targets on standard error and
/// is erased at the end; `script` (util-linux) gives the run a terminal.
#[test]
fn a_terminal_gets_a_progress_line() {
    let roots = roots();
    let cloud = "cloud.konghq.com";
    let server = tls_server(&roots.public, &[cloud], false);
    let binary = env!("CARGO_BIN_EXE_konnect-netreq");
    let command_line = format!(
        "{binary} probe --resolve-only --geo eu --public-roots {} --local-roots {} \
         --resolve {} > /dev/null",
        roots.public_file.display(),
        roots.local_file.display(),
        resolve(cloud, server),
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &command_line, "/dev/null"])
        .env_remove("KONNECT_NETREQ_PROXY")
        .output()
        .expect("script (util-linux) runs");
    let shown = String::from_utf8_lossy(&out.stdout);
    // Ten targets: three probed (two fail at DNS under --resolve-only),
    // seven listed as not probed.
    assert!(shown.contains("\rprobing: 10/10 done"), "{shown:?}");
    assert!(shown.ends_with("\r\u{1b}[K"), "{shown:?}");
    assert_eq!(out.status.code(), Some(1), "{shown:?}");
    // Without a terminal (every other test), standard error stays empty.
}

/// The KONG_* environment is read as Kong reads it, over the kong.conf; a
/// bad value is a usage error naming the variable.
#[test]
fn kong_environment_variables_are_read_and_checked() {
    use std::os::unix::ffi::OsStringExt;
    let roots = roots();
    let with_env = |name: &str, value: std::ffi::OsString| {
        let mut cmd = command(&["probe", "--resolve-only", "--geo", "eu"]);
        cmd.arg("--public-roots").arg(&roots.public_file);
        cmd.env(name, value);
        run_with(cmd, b"")
    };
    let out = with_env("KONG_CLUSTER_USE_PROXY", "maybe".into());
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (
            2,
            "",
            "error: invalid cluster_use_proxy \"maybe\" in KONG_CLUSTER_USE_PROXY: expected on, \
             off, true or false\n"
        )
    );
    let out = with_env(
        "KONG_PROXY_SERVER",
        std::ffi::OsString::from_vec(b"http://kong:s3cret\xff@proxy".to_vec()),
    );
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (
            2,
            "",
            "error: the environment variable KONG_PROXY_SERVER is not valid UTF-8\n"
        )
    );
}
