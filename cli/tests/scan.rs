//! `konnect-netreq scan`: the report, `--lines`, `--format json`, `--merge`,
//! gzip input and exit codes, on the log fixtures of `tests/data/logs/`.

use flate2::Compression;
use flate2::write::GzEncoder;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Output {
    stdout: String,
    stderr: String,
    code: i32,
}

/// A directory of its own for one test, emptied first.
fn workdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("scan-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/data/logs")
        .join(name);
    std::fs::read(path).unwrap()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[track_caller]
fn run_in(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_konnect-netreq"))
        .args(args)
        .current_dir(dir)
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

const CP: &str = "https://a1b2c3d4e5.eu.cp0.konghq.com";

#[test]
fn a_gzip_squid_log_gives_the_report_and_exit_code_1() {
    let dir = workdir("gzip");
    std::fs::write(
        dir.join("access.log.gz"),
        gzip(&fixture("squid-access.log")),
    )
    .unwrap();
    let out = run_in(&dir, &["scan", "access.log.gz", "--cp-endpoint", CP], b"");
    assert_eq!((out.code, out.stderr.as_str()), (1, ""));
    let place =
        |first: u32, last: u32| format!("first access.log.gz:{first}, last access.log.gz:{last}");
    let expected = format!(
        "BLOCKED: required rules whose connections were denied or failed
  eu.api.konghq.com:443/tcp\tdenied 0, failed 1, allowed 0, unknown 0\t{p5}
  a1b2c3d4e5.eu.tp0.konghq.com:443/tcp\tdenied 1, failed 0, allowed 0, unknown 0\t{p2}

NOT IN THE RULES: Konnect addresses seen that the rules do not allow
  36fc5d01be.us.cp0.konghq.com:443\tother-geo (a geo the requirements do not cover)\tseen 1: allowed 0, denied 1, failed 0, unknown 0\t{p7}
  a1b2c3d4e5.eu.cp.konghq.com:443\tother-edition (another edition's spelling of the host)\tseen 1: allowed 0, denied 1, failed 0, unknown 0\t{p4}
  d6a3e6b6bc64.eu.kongportals.com:443\tother-edition (another edition's spelling of the host)\tseen 1: allowed 0, denied 0, failed 1, unknown 0\t{p10}
  eu.mesh.sync.konghq.com:443\tnot-included (an endpoint the requirements do not include)\tseen 1: allowed 0, denied 0, failed 0, unknown 1\t{p13}
  us.api.konghq.com:80\tother-geo (a geo the requirements do not cover)\tseen 1: allowed 1, denied 0, failed 0, unknown 0\t{p6}

NEVER SEEN: required rules no line named (the logs may not cover them)
  global.api.konghq.com:443/tcp
  *.eu.portal.konghq.com:443/tcp

SEEN: 9 Konnect host-port pairs in 14 lines
  36fc5d01be.us.cp0.konghq.com:443\tcontrol-plane\tseen 1: allowed 0, denied 1, failed 0, unknown 0\t{p7}
  a1b2c3d4e5.eu.cp.konghq.com:443\tcontrol-plane\tseen 1: allowed 0, denied 1, failed 0, unknown 0\t{p4}
  a1b2c3d4e5.eu.cp0.konghq.com:443\tcontrol-plane\tseen 2: allowed 2, denied 0, failed 0, unknown 0\t{p1_12}
  a1b2c3d4e5.eu.tp0.konghq.com:443\ttelemetry\tseen 1: allowed 0, denied 1, failed 0, unknown 0\t{p2}
  cloud.konghq.com:443\tplatform\tseen 1: allowed 1, denied 0, failed 0, unknown 0\t{p3}
  d6a3e6b6bc64.eu.kongportals.com:443\tdev-portal\tseen 1: allowed 0, denied 0, failed 1, unknown 0\t{p10}
  eu.api.konghq.com:443\tregional-api\tseen 1: allowed 0, denied 0, failed 1, unknown 0\t{p5}
  eu.mesh.sync.konghq.com:443\tmesh-sync\tseen 1: allowed 0, denied 0, failed 0, unknown 1\t{p13}
  us.api.konghq.com:80\tregional-api\tseen 1: allowed 1, denied 0, failed 0, unknown 0\t{p6}
",
        p1_12 = place(1, 12),
        p2 = place(2, 2),
        p3 = place(3, 3),
        p4 = place(4, 4),
        p5 = place(5, 5),
        p6 = place(6, 6),
        p7 = place(7, 7),
        p10 = place(10, 10),
        p13 = place(13, 13),
    );
    assert_eq!(out.stdout, expected);
}

#[test]
fn nothing_blocked_exits_0_and_reads_standard_input() {
    let dir = workdir("stdin");
    let log = b"1733140800.123 60412 10.20.0.15 TCP_TUNNEL/200 6234 CONNECT a1b2c3d4e5.eu.cp0.konghq.com:443 - HIER_DIRECT/3.65.12.40 -\n";
    let out = run_in(&dir, &["scan", "--cp-endpoint", CP, "--limit", "1"], log);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert_eq!(
        out.stdout,
        "No required rule was denied or failed.

Every Konnect address seen is in the rules.

NEVER SEEN: required rules no line named (the logs may not cover them)
  cloud.konghq.com:443/tcp
  global.api.konghq.com:443/tcp
  eu.api.konghq.com:443/tcp
  *.eu.portal.konghq.com:443/tcp
  a1b2c3d4e5.eu.tp0.konghq.com:443/tcp

SEEN: 1 Konnect host-port pairs in 1 lines
  a1b2c3d4e5.eu.cp0.konghq.com:443\tcontrol-plane\tseen 1: allowed 1, denied 0, failed 0, unknown 0\tfirst -:1, last -:1
"
    );
}

/// One scan per file, merged, is the scan of all the files.
#[test]
fn merged_reports_equal_one_scan_of_everything() {
    let dir = workdir("merge");
    std::fs::write(dir.join("squid.log"), fixture("squid-access.log")).unwrap();
    std::fs::write(dir.join("kong.log.gz"), gzip(&fixture("kong-error.log"))).unwrap();
    std::fs::write(dir.join("dns.log"), fixture("route53-resolver-query.log")).unwrap();
    let json = |files: &[&str], extra: &[&str]| {
        let mut args = vec![
            "scan",
            "--cp-endpoint",
            CP,
            "--format",
            "json",
            "--limit",
            "6",
        ];
        args.extend_from_slice(extra);
        args.extend_from_slice(files);
        let out = run_in(&dir, &args, b"");
        assert_eq!((out.code, out.stderr.as_str()), (1, ""), "{args:?}");
        out.stdout
    };
    for name in ["squid.log", "kong.log.gz", "dns.log"] {
        std::fs::write(dir.join(format!("{name}.json")), json(&[name], &[])).unwrap();
    }
    let whole = json(&["squid.log", "kong.log.gz", "dns.log"], &[]);
    let merged = json(
        &["dns.log.json", "squid.log.json", "kong.log.gz.json"],
        &["--merge"],
    );
    assert_eq!(merged, whole);
    let report: serde_json::Value = serde_json::from_str(&whole).unwrap();
    assert_eq!(report["tally"]["lines"], 30);
    assert_eq!(report["tally"]["limit"], 6);
    assert_eq!(report["tally"]["addresses"].as_array().unwrap().len(), 6);
    assert_eq!(
        report["comparison"]["blocked"][0]["rule"]["host"],
        "a1b2c3d4e5.eu.cp0.konghq.com"
    );
}

#[test]
fn lines_are_shown_escaped_and_redacted() {
    let dir = workdir("lines");
    let log = b"2024/12/02 12:00:25 [error] 1#0: *2 [clustering] connection to control plane wss://a1b2c3d4e5.eu.cp0.konghq.com:443/v1/outlet broken: failed to establish a tunnel through a proxy: 403 via http://kong:SECRET@proxy.internal:3128 \x1b[0m\n\
1733140801.004 212 10.20.0.15 TCP_DENIED/403 3924 CONNECT www.example.com:443 - HIER_NONE/- text/html\n";
    let out = run_in(&dir, &["scan", "--cp-endpoint", CP, "--lines"], log);
    assert_eq!((out.code, out.stderr.as_str()), (1, ""));
    assert_eq!(
        out.stdout,
        "-:1\tdenied\ta1b2c3d4e5.eu.cp0.konghq.com:443\tcontrol-plane\tin-rules\t***@proxy.internal:3128 \\u{1b}[0m\n"
    );
    let out = run_in(
        &dir,
        &["scan", "--cp-endpoint", CP, "--lines", "--format", "json"],
        log,
    );
    assert_eq!(out.code, 1);
    assert!(!out.stdout.contains("SECRET"));
    let object: serde_json::Value = serde_json::from_str(out.stdout.trim_end()).unwrap();
    assert_eq!(
        object,
        serde_json::json!({
            "source": "-", "line": 1, "format": "kong-data-plane", "outcome": "denied",
            "host": "a1b2c3d4e5.eu.cp0.konghq.com", "port": 443, "endpoint": "control-plane",
            "geo": "eu", "edition": "apr2025", "in_rules": true,
            "text": "***@proxy.internal:3128 \\u{1b}[0m",
        })
    );
}

#[test]
fn a_line_longer_than_the_limit_is_read_up_to_it() {
    let dir = workdir("long");
    let mut log = b"cloud.konghq.com ".to_vec();
    log.extend(std::iter::repeat_n(b'a', 3 << 20));
    log.extend_from_slice(b" eu.api.konghq.com\nglobal.api.konghq.com\n");
    let out = run_in(
        &dir,
        &["scan", "--cp-endpoint", CP, "--format", "json"],
        &log,
    );
    assert_eq!(out.code, 0);
    assert_eq!(
        out.stderr,
        "note: 1 lines longer than 1048576 bytes were read up to that length\n"
    );
    let report: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let hosts: Vec<&str> = report["tally"]["addresses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|seen| seen["host"].as_str().unwrap())
        .collect();
    assert_eq!(hosts, ["cloud.konghq.com", "global.api.konghq.com"]);
}

#[test]
fn bad_files_and_reports_exit_2() {
    let dir = workdir("bad");
    std::fs::write(dir.join("report.json"), b"{\"tally\":{\"limit\":1}}").unwrap();
    std::fs::write(dir.join("bad.gz"), b"\x1f\x8b\x08\x00garbage").unwrap();
    for (args, message) in [
        (
            vec!["scan", "--cp-endpoint", CP, "missing.log"],
            "error: cannot read \"missing.log\": No such file or directory (os error 2)\n",
        ),
        (
            vec!["scan", "--cp-endpoint", CP, "--merge", "report.json"],
            "error: \"report.json\" is not a report of scan --format json: missing field `lines`\n",
        ),
        (
            vec!["scan", "--cp-endpoint", CP, "bad.gz"],
            "error: cannot read \"bad.gz\": incomplete deflate stream\n",
        ),
        (
            vec!["scan", "--cp-endpoint", CP, "--limit", "1000001"],
            "error: --limit 1000001 is above the largest, 1000000\n",
        ),
        (
            vec!["scan", "--cp-endpoint", CP, "--lines", "--merge"],
            "error: the argument '--lines' cannot be used with '--merge'\n\nUsage: konnect-netreq \
             scan --cp-endpoint <URL> --lines [FILE]...\n\nFor more information, try '--help'.\n",
        ),
    ] {
        let out = run_in(&dir, &args, b"");
        assert_eq!(
            (out.code, out.stdout.as_str(), out.stderr.as_str()),
            (2, "", message),
            "{args:?}"
        );
    }
}

#[test]
fn file_names_are_escaped_and_redacted_in_the_report() {
    let dir = workdir("names");
    let name = "kong:SECRET@proxy\u{1b}[31m.log";
    std::fs::write(dir.join(name), b"1733140803.552 10002 10.20.0.17 NONE_NONE/503 0 CONNECT cloud.konghq.com:443 - HIER_NONE/- -\n").unwrap();
    let out = run_in(
        &dir,
        &["scan", "--geo", "eu", "--format", "json", name],
        b"",
    );
    assert_eq!((out.code, out.stderr.as_str()), (1, ""));
    let report: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        report["tally"]["addresses"][0]["first"]["source"],
        "***@proxy\\u{1b}[31m.log"
    );
    assert!(!out.stdout.contains("SECRET"));
}

#[test]
fn crlf_lines_and_a_last_line_without_newline_are_read() {
    let dir = workdir("crlf");
    let out = run_in(
        &dir,
        &["scan", "--geo", "eu", "--lines"],
        b"x cloud.konghq.com\r\ny eu.api.konghq.com",
    );
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert_eq!(
        out.stdout,
        "-:1\tunknown\tcloud.konghq.com:-\tplatform\tin-rules\tx cloud.konghq.com\n\
         -:2\tunknown\teu.api.konghq.com:-\tregional-api\tin-rules\ty eu.api.konghq.com\n"
    );
}
