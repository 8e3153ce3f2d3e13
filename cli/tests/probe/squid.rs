//! The probe through a real Squid on loopback, configured with the crate's
//! own Squid export: the end-to-end proof that the export lets the data
//! plane's hosts through and nothing else.
//!
//! Squid must be installed (`.ci/run` installs it); without it the test
//! says so and passes, unless `KONNECT_NETREQ_REQUIRE_SQUID=1` (as CI sets).
//! The export allows CONNECT to port 443 only, so the TLS server listens on
//! port 443 of a loopback address, which needs root (as CI runs); elsewhere
//! the test is skipped the same way.

use super::servers::serve_tls;
use super::{PORTAL, PREFIX, args, of, outcomes, probe, roots, verdict};
use konnect_netreq::{Format, Geo, Mesh, Requirements};
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn squid_binary() -> Option<&'static str> {
    ["squid", "/usr/sbin/squid"]
        .into_iter()
        .find(|binary| Command::new(binary).arg("-v").output().is_ok())
}

/// Why the test cannot run here, if it cannot; a failure when CI requires it.
fn skip(reason: Option<String>) -> bool {
    let Some(reason) = reason else { return false };
    let required = std::env::var_os("KONNECT_NETREQ_REQUIRE_SQUID").is_some_and(|v| v == "1");
    assert!(
        !required,
        "{reason}, and KONNECT_NETREQ_REQUIRE_SQUID=1 requires the Squid test"
    );
    eprintln!("{reason}: the probe's Squid test is skipped");
    true
}

struct Squid {
    child: Child,
    dir: std::path::PathBuf,
    port: u16,
}

impl Drop for Squid {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Squid {
    fn logs(&self) -> String {
        let read = |f: &str| std::fs::read_to_string(self.dir.join(f)).unwrap_or_default();
        format!(
            "output:\n{}\ncache.log:\n{}\naccess.log:\n{}",
            read("output.txt"),
            read("cache.log"),
            read("access.log")
        )
    }

    /// Squid with `rules` and then `http_access deny all`, resolving names
    /// from `hosts` only; listening for TLS with `tls` (certificate and key
    /// PEM) when given.
    fn start(binary: &str, rules: &str, hosts: &str, tls: Option<(&str, &str)>) -> Squid {
        use std::os::unix::fs::PermissionsExt;
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "konnect-netreq-probe-squid-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        std::fs::write(dir.join("hosts"), hosts).unwrap();
        let d = dir.display();
        let listen = match tls {
            None => format!("http_port 127.0.0.1:{port}"),
            Some((cert, key)) => {
                std::fs::write(dir.join("proxy.crt"), cert).unwrap();
                std::fs::write(dir.join("proxy.key"), key).unwrap();
                format!("https_port 127.0.0.1:{port} tls-cert={d}/proxy.crt tls-key={d}/proxy.key")
            }
        };
        let conf = format!(
            "{listen}\n\
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
        let child = Command::new(binary)
            .arg("-N")
            .arg("-f")
            .arg(dir.join("squid.conf"))
            .stdin(Stdio::null())
            .stdout(output.try_clone().unwrap())
            .stderr(output)
            .spawn()
            .unwrap();
        let mut squid = Squid { child, dir, port };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = squid.child.try_wait().unwrap() {
                panic!("squid exited early ({status}):\n{}", squid.logs());
            }
            let addr = SocketAddr::from(([127, 0, 0, 1], port));
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
}

/// Port 443 on a loopback address of this process's own (`n` tells two
/// tests apart), so that parallel runs and other tests' 127.0.0.2 stay
/// apart; `None` (after saying why) where the test cannot run.
fn listen_443(n: u32) -> Option<(Ipv4Addr, TcpListener)> {
    let pid = std::process::id();
    let ip = Ipv4Addr::new(
        127,
        77 + n as u8,
        (pid % 200 + 1) as u8,
        (pid / 200 % 250 + 1) as u8,
    );
    match TcpListener::bind((ip, 443)) {
        Ok(listener) => Some((ip, listener)),
        Err(e) => {
            skip(Some(format!("cannot listen on {ip}:443 ({e})")));
            None
        }
    }
}

#[test]
fn through_a_real_squid_allowed_hosts_pass_and_an_unlisted_one_is_denied() {
    let Some(binary) = squid_binary() else {
        skip(Some("squid is not installed".to_owned()));
        return;
    };
    let Some((ip, listener)) = listen_443(0) else {
        return;
    };
    // The proxy allows what the data plane of these requirements needs...
    let exported = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix(PREFIX)
        .with_portal_id(PORTAL)
        .build()
        .unwrap();
    let rules = exported.render(Format::Squid);
    // ...and the probe checks these, which add the mesh sync host.
    let probed = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix(PREFIX)
        .with_portal_id(PORTAL)
        .with_mesh(Mesh::Regional)
        .build()
        .unwrap();
    let hosts: Vec<String> = probed
        .probe_targets(None)
        .iter()
        .filter(|t| t.not_probed().is_none())
        .map(|t| t.host().unwrap().to_owned())
        .collect();
    let roots = roots();
    let names: Vec<&str> = hosts.iter().map(String::as_str).collect();
    let (chain, key) = roots.public.leaf(&names, false);
    serve_tls(listener, chain, key);
    let squid = Squid::start(binary, &rules, &format!("{ip} {}\n", names.join(" ")), None);
    let proxy = format!("http://kong:s3cret@127.0.0.1:{}", squid.port);
    let out = probe(
        &roots,
        &args(&[
            "--geo",
            "eu",
            "--cp-prefix",
            PREFIX,
            "--portal-id",
            PORTAL,
            "--mesh",
            "regional",
            "--proxy",
            &proxy,
            "--timeout",
            "10",
            "--format",
            "json",
        ]),
    );
    assert!(!out.stdout.contains("s3cret") && !out.stderr.contains("s3cret"));
    let all = outcomes(&out);
    let mesh = "eu.mesh.sync.konghq.com";
    for host in &hosts {
        let expected = if host == mesh {
            (
                "fail".to_owned(),
                "proxy".to_owned(),
                "proxy-denied".to_owned(),
            )
        } else {
            ("pass".to_owned(), "-".to_owned(), "-".to_owned())
        };
        assert_eq!(
            verdict(of(&all, host)),
            expected,
            "{host}: {}\n{}",
            out.stdout,
            squid.logs()
        );
    }
    assert_eq!(hosts.len(), 7);
    assert_eq!(
        of(&all, mesh)["detail"],
        "the proxy denies eu.mesh.sync.konghq.com:443 (HTTP/1.1 403 Forbidden)"
    );
    assert_eq!(
        of(&all, mesh)["action"],
        "add eu.mesh.sync.konghq.com to the proxy's allowlist: `konnect-netreq rules --format \
         squid` with these inputs writes it"
    );
    // Only the proxy was dialled.
    let proxy_addr = format!("127.0.0.1:{}", squid.port);
    assert!(
        all.iter()
            .filter(|o| o["result"] != "not-probed")
            .all(|o| o["connected"] == proxy_addr.as_str())
    );
    assert_eq!(out.code, 1);
}

/// An `https://` proxy: Squid's `https_port` with a certificate from the
/// test's public root for 127.0.0.1. Its certificate is checked against the
/// local store, and `proxy_server_ssl_verify = off` in the kong.conf turns
/// that off, as in Kong.
#[test]
fn through_a_real_squid_over_tls_the_proxy_certificate_is_checked() {
    let Some(binary) = squid_binary() else {
        skip(Some("squid is not installed".to_owned()));
        return;
    };
    let Some((ip, listener)) = listen_443(1) else {
        return;
    };
    let req = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix(PREFIX)
        .with_portal_id(PORTAL)
        .build()
        .unwrap();
    let hosts: Vec<String> = req
        .probe_targets(None)
        .iter()
        .filter(|t| t.not_probed().is_none())
        .map(|t| t.host().unwrap().to_owned())
        .collect();
    let roots = roots();
    let names: Vec<&str> = hosts.iter().map(String::as_str).collect();
    let (chain, key) = roots.public.leaf(&names, false);
    serve_tls(listener, chain, key);
    let (cert, key) = roots.public.leaf_pem(&["127.0.0.1"]);
    let squid = Squid::start(
        binary,
        &req.render(Format::Squid),
        &format!("{ip} {}\n", names.join(" ")),
        Some((&cert, &key)),
    );
    let proxy = format!("https://kong:s3cret@127.0.0.1:{}", squid.port);
    let shown = format!("https://***@127.0.0.1:{}", squid.port);
    let base = [
        "--geo",
        "eu",
        "--cp-prefix",
        PREFIX,
        "--portal-id",
        PORTAL,
        "--timeout",
        "10",
        "--format",
        "json",
    ];
    let probed = |out: &super::Output| -> Vec<(String, String, String)> {
        assert!(!out.stdout.contains("s3cret") && !out.stderr.contains("s3cret"));
        outcomes(out)
            .iter()
            .filter(|o| o["result"] != "not-probed")
            .map(verdict)
            .collect()
    };
    let pass = ("pass".to_owned(), "-".to_owned(), "-".to_owned());

    // The local store holds the public test root: the proxy is trusted.
    let mut list = args(&base);
    list.extend(["--proxy".to_owned(), proxy.clone()]);
    let out = probe(&roots, &list);
    assert_eq!(
        probed(&out),
        vec![pass.clone(); 6],
        "{}\n{}",
        out.stdout,
        squid.logs()
    );
    assert_eq!(out.code, 0);

    // A local store without it: the TLS to the proxy fails, for each target.
    let other = super::servers::temp_file("other.pem", &roots.inspection.pem);
    let mut list = args(&base);
    list.extend(["--proxy".to_owned(), proxy.clone()]);
    list.extend([
        "--local-roots".to_owned(),
        other.to_str().unwrap().to_owned(),
    ]);
    let out = probe(&roots, &list);
    let failed = (
        "fail".to_owned(),
        "proxy".to_owned(),
        "proxy-tls".to_owned(),
    );
    assert_eq!(probed(&out), vec![failed; 6], "{}", out.stdout);
    let all = outcomes(&out);
    assert_eq!(
        of(&all, "cloud.konghq.com")["detail"],
        format!("TLS to the proxy {shown} failed: invalid peer certificate: UnknownIssuer")
    );
    assert_eq!(out.code, 1);

    // The kong.conf's proxy with proxy_server_ssl_verify = off: trusted as is.
    let conf = super::servers::temp_file(
        "proxy.conf",
        &format!("proxy_server = {proxy}\ncluster_use_proxy = on\nproxy_server_ssl_verify = off\n"),
    );
    let mut list = args(&base);
    list.extend(["--kong-conf".to_owned(), conf.to_str().unwrap().to_owned()]);
    list.extend([
        "--local-roots".to_owned(),
        other.to_str().unwrap().to_owned(),
    ]);
    let out = probe(&roots, &list);
    assert_eq!(
        probed(&out),
        vec![pass; 6],
        "{}\n{}",
        out.stdout,
        squid.logs()
    );
    assert_eq!(out.code, 0);
}
