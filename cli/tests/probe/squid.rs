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
    /// from `hosts` only.
    fn start(binary: &str, rules: &str, hosts: &str) -> Squid {
        use std::os::unix::fs::PermissionsExt;
        let dir =
            std::env::temp_dir().join(format!("konnect-netreq-probe-squid-{}", std::process::id()));
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

#[test]
fn through_a_real_squid_allowed_hosts_pass_and_an_unlisted_one_is_denied() {
    let Some(binary) = squid_binary() else {
        skip(Some("squid is not installed".to_owned()));
        return;
    };
    // A loopback address of this process's own, so that parallel runs and
    // other tests' 127.0.0.2 stay apart.
    let pid = std::process::id();
    let ip = Ipv4Addr::new(127, 77, (pid % 200 + 1) as u8, (pid / 200 % 250 + 1) as u8);
    let listener = match TcpListener::bind((ip, 443)) {
        Ok(listener) => listener,
        Err(e) => {
            skip(Some(format!("cannot listen on {ip}:443 ({e})")));
            return;
        }
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
    let squid = Squid::start(binary, &rules, &format!("{ip} {}\n", names.join(" ")));
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
