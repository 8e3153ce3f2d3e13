//! The Squid format (the exact output: `tests/golden/`): `squid -k parse` without warnings for
//! every geo, edition and option set, and a real Squid on a loopback port
//! enforcing the rules.
//!
//! Squid must be installed (`apt-get install squid`; `.ci/run` does it). On
//! a developer machine without Squid the checks that run it say so on
//! stderr and pass, so that `cargo test` works on a fresh checkout; with
//! `KONNECT_NETREQ_REQUIRE_SQUID=1` (as `.ci/run` sets) a missing Squid
//! fails them.

use crate::common::{self, cases};
use konnect_netreq::{Format, Geo, RenderOptions, Requirements};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Where Squid is: on PATH or in Debian's /usr/sbin.
fn squid_binary() -> Option<&'static str> {
    ["squid", "/usr/sbin/squid"]
        .into_iter()
        .find(|binary| Command::new(binary).arg("-v").output().is_ok())
}

/// Runs Squid with `args`.
fn squid(args: &[&std::ffi::OsStr]) -> std::io::Result<std::process::Output> {
    let binary = squid_binary().unwrap_or("squid");
    Command::new(binary).args(args).output()
}

/// Whether the Squid checks are skipped: only where Squid is missing and
/// `KONNECT_NETREQ_REQUIRE_SQUID` is not `1`.
pub(crate) fn skip_squid() -> bool {
    let missing = squid_binary().is_none();
    let required = std::env::var_os("KONNECT_NETREQ_REQUIRE_SQUID").is_some_and(|v| v == "1");
    assert!(
        !(missing && required),
        "squid is not installed, and KONNECT_NETREQ_REQUIRE_SQUID=1 requires it"
    );
    if missing {
        eprintln!(
            "squid is not installed: the Squid checks are skipped \
             (KONNECT_NETREQ_REQUIRE_SQUID=1 makes this a failure)"
        );
    }
    missing
}

/// Runs `squid -k parse` on `rules` inside a minimal squid.conf. Returns
/// Squid's output on failure, on a non-zero exit or on any WARNING, ERROR
/// or FATAL line.
pub(crate) fn squid_parse(rules: &str) -> Result<(), String> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "konnect-netreq-squid-{}-{}.conf",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let conf = format!("http_port 127.0.0.1:3128\n{rules}http_access deny all\n");
    std::fs::write(&path, conf).unwrap();
    let output = squid(&[
        "-k".as_ref(),
        "parse".as_ref(),
        "-f".as_ref(),
        path.as_os_str(),
    ]);
    let _ = std::fs::remove_file(&path);
    let output = match output {
        Ok(output) => output,
        Err(e) => panic!("cannot run squid ({e}): install it (apt-get install squid)"),
    };
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let complaint = text.lines().any(|line| {
        ["WARNING", "ERROR", "FATAL"]
            .iter()
            .any(|w| line.contains(w))
    });
    if output.status.success() && !complaint {
        Ok(())
    } else {
        Err(format!("squid -k parse: {}\n{text}", output.status))
    }
}

#[test]
fn every_case_lists_every_host_and_port_rule() {
    for case in cases() {
        let text = case.req.render(Format::Squid);
        for (endpoint, host) in case.req.hosts() {
            let domain = if host.is_wildcard() {
                format!(".{}", host.base())
            } else {
                host.to_string()
            };
            // Kong Identity's region host lies under its auth servers'
            // wildcard: a comment says so instead of an overlapping entry.
            let covered = case
                .req
                .hosts()
                .any(|(_, other)| other.is_wildcard() && other.base() == host.as_str());
            let line = if covered {
                format!(
                    "\n# {host} ({endpoint}) is matched by .{host} above; Squid warns about \
                     overlapping entries\n"
                )
            } else {
                format!("\nacl konnect_hosts dstdomain -n {domain}\n")
            };
            assert!(
                text.contains(&line),
                "{}: no ACL line for {host}",
                case.name
            );
        }
        crate::common::assert_port_only_rules_commented(&case, &text);
    }
}

#[test]
fn squid_parses_every_case_without_warnings() {
    if skip_squid() {
        return;
    }
    for case in cases() {
        let text = case.req.render(Format::Squid);
        if let Err(e) = squid_parse(&text) {
            panic!("{}: {e}\n{text}", case.name);
        }
    }
}

#[test]
fn squid_parses_one_acl_set_for_every_case_together() {
    if skip_squid() {
        return;
    }
    // Wildcard and exact hosts of every geo and edition in one document:
    // Squid must see no overlapping entries.
    let all: konnect_netreq::RequirementsSet = cases().into_iter().map(|case| case.req).collect();
    let text = all.render(Format::Squid);
    assert_eq!(text.matches("\nhttp_access allow ").count(), 1);
    squid_parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
}

#[test]
fn squid_parses_a_custom_acl_prefix() {
    if skip_squid() {
        return;
    }
    let req = Requirements::for_geo(Geo::In).build().unwrap();
    let options = RenderOptions::builder()
        .with_squid_acl_prefix("K-dp_1")
        .build()
        .unwrap();
    let text = req.render_with(Format::Squid, &options);
    assert!(text.contains("\nhttp_access allow K-dp_1_connect K-dp_1_port K-dp_1_hosts\n"));
    squid_parse(&text).unwrap();
}

#[test]
fn the_check_catches_overlaps_and_errors() {
    // Controls: the check above would notice what it looks for.
    if skip_squid() {
        return;
    }
    let overlap = squid_parse(
        "acl k dstdomain .eu.cp0.konghq.com\nacl k dstdomain a.eu.cp0.konghq.com\n\
         http_access allow k\n",
    )
    .unwrap_err();
    assert!(
        overlap.contains("WARNING: 'a.eu.cp0.konghq.com' is a subdomain of '.eu.cp0.konghq.com'"),
        "{overlap}"
    );
    assert!(squid_parse("http_access allow undefined_acl\n").is_err());
}

/// A Squid running in the foreground on a loopback port, from its own
/// directory; killed (and the directory removed) when dropped, also when a
/// test fails.
#[cfg(unix)]
struct RunningSquid {
    child: std::process::Child,
    dir: std::path::PathBuf,
    port: u16,
}

#[cfg(unix)]
impl Drop for RunningSquid {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[cfg(unix)]
impl RunningSquid {
    /// Starts Squid with `rules` (then `http_access deny all`) and a
    /// `hosts_file` of `hosts`; waits at most 30 seconds for it to listen.
    fn start(rules: &str, hosts: &str) -> RunningSquid {
        use std::os::unix::fs::PermissionsExt;
        use std::time::{Duration, Instant};

        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "konnect-netreq-squid-run-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir(&dir).unwrap();
        // Squid started as root writes its logs as its own user.
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
        // A free port: the kernel picks one, Squid takes it right after.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let d = dir.display();
        std::fs::write(dir.join("hosts"), hosts).unwrap();
        // No DNS server is asked (127.0.0.1:53 is only a placeholder): names
        // and addresses come from the hosts file, which Squid also uses for
        // reverse (PTR) lookups.
        let conf = format!(
            "http_port 127.0.0.1:{port}\n\
             pid_filename {d}/squid.pid\n\
             cache_log {d}/cache.log\n\
             access_log stdio:{d}/access.log\n\
             cache_store_log none\n\
             coredump_dir {d}\n\
             hosts_file {d}/hosts\n\
             dns_nameservers 127.0.0.1\n\
             pinger_enable off\n\
             shutdown_lifetime 0 seconds\n\
             {rules}http_access deny all\n"
        );
        std::fs::write(dir.join("squid.conf"), conf).unwrap();
        let output = std::fs::File::create(dir.join("output.txt")).unwrap();
        let child = Command::new(squid_binary().expect("squid is installed"))
            .arg("-N")
            .arg("-f")
            .arg(dir.join("squid.conf"))
            .stdin(std::process::Stdio::null())
            .stdout(output.try_clone().unwrap())
            .stderr(output)
            .spawn()
            .unwrap();
        let mut squid = RunningSquid { child, dir, port };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = squid.child.try_wait().unwrap() {
                panic!("squid exited early ({status}):\n{}", squid.logs());
            }
            let addr = std::net::SocketAddr::from(([127, 0, 0, 1], squid.port));
            if std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_ok() {
                return squid;
            }
            assert!(
                Instant::now() < deadline,
                "squid does not listen after 30 s:\n{}",
                squid.logs()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Sends `CONNECT target` and returns the status line of the answer
    /// (bounded by 10-second timeouts).
    fn connect(&self, target: &str) -> String {
        use std::io::{Read, Write};
        use std::time::Duration;

        let addr = std::net::SocketAddr::from(([127, 0, 0, 1], self.port));
        let mut stream = std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(10))
            .unwrap_or_else(|e| panic!("connect to squid: {e}\n{}", self.logs()));
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream
            .set_write_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n"
        )
        .unwrap();
        let mut answer = Vec::new();
        let mut byte = [0u8; 1];
        while !answer.ends_with(b"\r\n") && answer.len() < 200 {
            match stream.read(&mut byte) {
                Ok(1) => answer.push(byte[0]),
                Ok(_) => break,
                Err(e) => panic!("read from squid: {e}\n{}", self.logs()),
            }
        }
        String::from_utf8_lossy(&answer).trim_end().to_owned()
    }

    /// The access log's lines, once it holds a CONNECT line for each of
    /// `targets` (at most 10 s; the readiness probe adds a line of its own).
    fn access_log(&self, targets: &[&str]) -> Vec<String> {
        use std::time::{Duration, Instant};

        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let text = std::fs::read_to_string(self.dir.join("access.log")).unwrap_or_default();
            let lines: Vec<String> = text.lines().map(str::to_owned).collect();
            let complete = targets.iter().all(|target| {
                let request = format!(" CONNECT {target} ");
                lines.iter().any(|line| line.contains(&request))
            });
            if complete {
                return lines;
            }
            assert!(
                Instant::now() < deadline,
                "the access log lacks some of {targets:?} after 10 s: {lines:#?}\n{}",
                self.logs()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Squid's own output and cache log, for failure messages.
    fn logs(&self) -> String {
        let read = |file: &str| std::fs::read_to_string(self.dir.join(file)).unwrap_or_default();
        format!(
            "output:\n{}\ncache.log:\n{}",
            read("output.txt"),
            read("cache.log")
        )
    }
}

/// The access log line of the request for `target`.
#[cfg(unix)]
fn logged<'a>(lines: &'a [String], target: &str) -> &'a str {
    let request = format!(" CONNECT {target} ");
    lines
        .iter()
        .find(|line| line.contains(&request))
        .unwrap_or_else(|| panic!("no access log line for {target}: {lines:#?}"))
}

/// Without `-n`, Squid matches a CONNECT to a raw IP by the IP's reverse
/// DNS name, so whoever controls a PTR record could name any address
/// `cloud.konghq.com` and tunnel through. A hosts file line stands in for
/// that PTR record here: 127.0.0.2 is "cloud.konghq.com". Nothing listens on
/// 127.0.0.2:443, so an allowed CONNECT ends in 503 (Squid could not
/// connect), a refused one in 403.
#[cfg(unix)]
#[test]
fn a_real_squid_refuses_a_raw_ip_whose_reverse_name_is_allowed() {
    if skip_squid() {
        return;
    }
    let rules = common::eu_with_identifiers().render(Format::Squid);
    let hosts = "127.0.0.2 cloud.konghq.com\n";

    let squid = RunningSquid::start(&rules, hosts);
    let raw_ip = squid.connect("127.0.0.2:443");
    let name = squid.connect("cloud.konghq.com:443");
    let other = squid.connect("example.com:443");
    let lines = squid.access_log(&["127.0.0.2:443", "cloud.konghq.com:443", "example.com:443"]);
    assert_eq!(raw_ip, "HTTP/1.1 403 Forbidden", "{lines:#?}");
    assert!(
        logged(&lines, "127.0.0.2:443").contains(" TCP_DENIED/403 "),
        "{lines:#?}"
    );
    // The name passes the ACLs; Squid then finds nothing listening.
    assert_eq!(name, "HTTP/1.1 503 Service Unavailable", "{lines:#?}");
    let name_line = logged(&lines, "cloud.konghq.com:443");
    assert!(
        !name_line.contains("DENIED") && name_line.contains(" HIER_DIRECT/127.0.0.2 "),
        "{lines:#?}"
    );
    assert_eq!(other, "HTTP/1.1 403 Forbidden", "{lines:#?}");
    drop(squid);

    // The control: without `-n` the same Squid lets the raw IP through, so
    // the hosts file really stands in for a PTR record and the 403 above is
    // the flag's doing.
    let without_n = rules.replace(" dstdomain -n ", " dstdomain ");
    assert_ne!(without_n, rules);
    let squid = RunningSquid::start(&without_n, hosts);
    let raw_ip = squid.connect("127.0.0.2:443");
    let lines = squid.access_log(&["127.0.0.2:443"]);
    assert_eq!(raw_ip, "HTTP/1.1 503 Service Unavailable", "{lines:#?}");
    assert!(
        !logged(&lines, "127.0.0.2:443").contains("DENIED"),
        "{lines:#?}"
    );
}
