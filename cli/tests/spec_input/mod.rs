//! `--spec` and the other inputs the command reads: bounded size and
//! memory, one strict reader for JSON, TOML and YAML, and every echoed
//! value redacted (issue 20; the library's side is the catalogue in
//! `tests/it/bad_input.rs`).
//!
//! Peak memory is measured with GNU time (`/usr/bin/time -v`, the `time`
//! package; `.ci/run` installs it): the maximum resident set size of the
//! command, a count of pages, not a duration.

use super::{command, run, run_with, success, usage_error};
use std::io::Write;
use std::process::{Command, Stdio};

/// The most memory a command may use on a hostile input.
const PEAK_LIMIT_KIB: u64 = 64 * 1024;

/// Runs the command under `/usr/bin/time -v`, feeding `stdin` (if any) from
/// a thread that writes `stdin_bytes` of it in a loop until the pipe closes:
/// the command's exit code, its first line on standard error and its peak
/// resident memory in KiB.
fn peak(args: &[&str], stdin: Option<(&'static [u8], u64)>) -> (i32, String, u64) {
    let mut timed = Command::new("/usr/bin/time");
    timed
        .arg("-v")
        .arg(env!("CARGO_BIN_EXE_konnect-netreq"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = timed
        .spawn()
        .expect("/usr/bin/time runs (apt-get install time)");
    let writer = stdin.map(|(chunk, total)| {
        let mut pipe = child.stdin.take().unwrap();
        std::thread::spawn(move || {
            let mut written: u64 = 0;
            while written < total {
                if pipe.write_all(chunk).is_err() {
                    break;
                }
                written += chunk.len() as u64;
            }
            written
        })
    });
    let out = child.wait_with_output().unwrap();
    let written = writer.map(|w| w.join().unwrap());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let kib: u64 = stderr
        .lines()
        .find_map(|line| {
            line.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .expect("GNU time's report")
        .parse()
        .unwrap();
    let code = stderr
        .lines()
        .find_map(|line| line.trim().strip_prefix("Exit status: "))
        .unwrap()
        .parse()
        .unwrap();
    if let Some(written) = written {
        // It stopped reading long before the end.
        assert!(written < 64 << 20, "wrote {written} bytes");
    }
    eprintln!("{args:?}: peak {kib} KiB");
    (code, stderr.lines().next().unwrap().to_owned(), kib)
}

#[test]
fn spec_from_dev_zero_stops_at_the_limit() {
    let (code, first, kib) = peak(&["rules", "--spec", "/dev/zero"], None);
    assert_eq!(
        (code, first.as_str()),
        (
            2,
            "error: cannot read spec file \"/dev/zero\": it is larger than 512 KiB, the most read"
        )
    );
    assert!(kib < PEAK_LIMIT_KIB, "peak {kib} KiB");
}

#[test]
fn a_gigabyte_of_standard_input_stops_at_the_limit() {
    let (code, first, kib) = peak(
        &["rules", "--spec", "-"],
        Some((
            b"geo = \"eu\"\n# yes yes yes yes yes yes yes yes yes yes yes\n",
            1 << 30,
        )),
    );
    assert_eq!(
        (code, first.as_str()),
        (
            2,
            "error: cannot read spec file \"-\": it is larger than 512 KiB, the most read"
        )
    );
    assert!(kib < PEAK_LIMIT_KIB, "peak {kib} KiB");
}

/// Writes `text` to a fresh file named `name` in the temporary directory.
fn temp_file(name: &str, text: &str) -> String {
    let path = std::env::temp_dir().join(format!("konnect-netreq-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_spec_of_nested_dotted_keys_costs_little() {
    // Just under 512 KiB (the limit) of TOML dotted keys, each 500 levels deep: refused
    // at the first key, which is not an input, within bounded memory.
    let key = vec!["a"; 500].join(".");
    let mut text = String::new();
    let mut n = 0;
    while text.len() + key.len() + 8 < 512 << 10 {
        text.push_str(&format!("{key}{n} = 1\n"));
        n += 1;
    }
    let path = temp_file("dotted.toml", &text);
    let (code, first, kib) = peak(&["rules", "--spec", &path], None);
    let _ = std::fs::remove_file(&path);
    assert_eq!(code, 2, "{first}");
    assert!(first.starts_with("error: spec file \""), "{first}");
    assert!(first.ends_with("dotted.toml\": recursion limit"), "{first}");
    assert!(kib < PEAK_LIMIT_KIB, "peak {kib} KiB");
}

#[test]
fn a_spec_of_yaml_aliases_costs_little() {
    // 512 KiB of aliases of one control plane: more than the 100,000 a
    // document may list, refused after reading that many, each merged into
    // the one member (no copy kept).
    let mut text = String::from("control_plane: [&m {geo: eu, cp_prefix: a1b2c3d4e5}");
    while text.len() < (512 << 10) - 8 {
        text.push_str(", *m");
    }
    text.push_str("]\n");
    let path = temp_file("aliases.yaml", &text);
    let (code, first, kib) = peak(&["rules", "--spec", &path], None);
    let _ = std::fs::remove_file(&path);
    assert_eq!(code, 2, "{first}");
    assert!(
        first.ends_with(
            "aliases.yaml\": control_plane: the document lists more than 100000 control \
             planes (counting each repeat and YAML alias); expected fewer at line 1 column 16"
        ),
        "{first}"
    );
    assert!(kib < PEAK_LIMIT_KIB, "peak {kib} KiB");
}

#[test]
fn yaml_specs_are_read_by_extension() {
    let toml = super::example_path();
    let yaml = temp_file(
        "spec.yml",
        "control_plane:\n  - geo: eu\n    cp_prefix: a1b2c3d4e5\n  - geo: us\n    cp_prefix: 36fc5d01be\n",
    );
    let json = temp_file(
        "spec.json",
        r#"{"control_plane": [{"geo": "eu", "cp_prefix": "a1b2c3d4e5"}, {"geo": "us", "cp_prefix": "36fc5d01be"}]}"#,
    );
    let from_yaml = success(&["rules", "--spec", &yaml, "--format", "hosts"]);
    let from_json = success(&["rules", "--spec", &json, "--format", "hosts"]);
    let _ = (std::fs::remove_file(&yaml), std::fs::remove_file(&json));
    assert_eq!(from_yaml, from_json);
    assert!(from_yaml.contains("a1b2c3d4e5.eu.cp0.konghq.com:443/tcp\n"));
    assert!(from_yaml.contains("36fc5d01be.us.cp0.konghq.com:443/tcp\n"));
    let _ = toml;
}

#[test]
fn one_strict_reader_in_every_language() {
    let spec_error = |stdin: &[u8], message: &str| {
        let out = run_with(command(&["rules", "--spec", "-"]), stdin);
        assert_eq!(
            (out.code, out.stdout.as_str(), out.stderr.as_str()),
            (
                2,
                "",
                format!("error: spec file \"-\": {message}\n").as_str()
            ),
        );
    };
    spec_error(
        br#"{"geo":"eu","cp_prefix":"a1b2c3d4e5","cp_prefix":"b1b2c3d4e5"}"#,
        "duplicate field `cp_prefix` at line 1 column 48",
    );
    spec_error(
        br#"{"control_plane":[{"geo":"eu"}],"control_plane":[{"geo":"us"}]}"#,
        "duplicate field `control_plane` at line 1 column 47",
    );
    spec_error(
        br#"{"control_plane": [["eu", null, "a1b2c3d4e5"]]}"#,
        "control plane 1: invalid type: sequence, expected a map of a control plane at line 1 \
         column 19",
    );
    spec_error(
        br#"{"control_plane": []}"#,
        "the document lists no control plane, so there is nothing to allow; expected at least \
         one in \"control_plane\" ([[control_plane]] tables in TOML)",
    );
    spec_error(
        b"[control_plane]\ngeo = \"eu\"\n",
        "line 1: invalid type: map, expected a list of control planes ([[control_plane]] \
         tables in TOML)",
    );
    spec_error(
        b"[[control_planes]]\ngeo = \"eu\"\n",
        "line 1: unknown key \"control_planes\" (did you mean \"control_plane\"?); the keys of \
         a control plane are geo, edition, cp_prefix, portal_id, auth_server_ids, products, \
         mesh, private_link, global_private_link, listeners, control_plane_endpoint, \
         telemetry_endpoint; several control planes go in a \"control_plane\" list \
         ([[control_plane]] tables in TOML)",
    );
    spec_error(
        b"{\"geo\": \"eu\", \"products\": []}",
        "no product is chosen, so there is nothing to allow; expected at least one product \
         (leave the product list out for the default, api-gateway and dev-portal)",
    );
}

#[test]
fn config_and_diff_take_one_control_plane_from_a_spec() {
    let one = temp_file("one.toml", "geo = \"eu\"\ncp_prefix = \"a1b2c3d4e5\"\n");
    let listed = temp_file(
        "listed.toml",
        "[[control_plane]]\ngeo = \"eu\"\ncp_prefix = \"a1b2c3d4e5\"\n",
    );
    let flags = success(&["config", "--geo", "eu", "--cp-prefix", "a1b2c3d4e5"]);
    assert_eq!(success(&["config", "--spec", &one]), flags);
    assert_eq!(success(&["config", "--spec", &listed]), flags);
    let diff = success(&["diff", "--geo", "eu", "--cp-prefix", "a1b2c3d4e5"]);
    assert_eq!(success(&["diff", "--spec", &listed]), diff);
    usage_error(
        &["config", "--spec", &one, "--geo", "eu"],
        "the argument '--spec <FILE>' cannot be used with '--geo <GEO>'\n\nUsage: \
         konnect-netreq config --spec <FILE>\n\nFor more information, try '--help'.",
    );
    let _ = (std::fs::remove_file(&one), std::fs::remove_file(&listed));
}

#[test]
fn a_secret_given_to_any_option_is_never_echoed() {
    let secret = "http://kong:S3CRET@proxy.internal:3128";
    for args in [
        &["config", "--geo", "eu", "--cp-prefix", secret][..],
        &[
            "config",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--dp-label",
            secret,
        ],
        &[
            "config",
            "--geo",
            "eu",
            "--cp-prefix",
            "a1b2c3d4e5",
            "--format",
            "helm",
            "--cert-secret",
            secret,
        ],
        &["rules", "--geo", "eu", "--portal-id", secret],
        &["rules", "--geo", "eu", "--auth-server-id", secret],
    ] {
        let out = run(args);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(!out.stderr.contains("S3CRET"), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("***@proxy.internal:3128"),
            "{args:?}: {}",
            out.stderr
        );
    }
}
