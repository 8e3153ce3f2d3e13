//! TLS servers on loopback with certificates made at test time, a server
//! that accepts TCP and never answers, and the roots the probe is given.

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, date_time_ymd};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use std::io::Read;
use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// A certificate authority made for one test.
pub struct Ca {
    issuer: Issuer<'static, KeyPair>,
    pub pem: String,
}

impl Ca {
    pub fn new(name: &str) -> Ca {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, name);
        params
            .distinguished_name
            .push(DnType::OrganizationName, "konnect-netreq tests");
        let key = KeyPair::generate().unwrap();
        let pem = params.self_signed(&key).unwrap().pem();
        Ca {
            issuer: Issuer::new(params, key),
            pem,
        }
    }

    /// A server certificate for `names`; expired when `expired`.
    pub fn leaf(
        &self,
        names: &[&str],
        expired: bool,
    ) -> (Vec<CertificateDer<'static>>, PrivateKeyDer<'static>) {
        let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
        let mut params = CertificateParams::new(names).unwrap();
        if expired {
            params.not_before = date_time_ymd(2020, 1, 1);
            params.not_after = date_time_ymd(2021, 1, 1);
        }
        let key = KeyPair::generate().unwrap();
        let cert = params.signed_by(&key, &self.issuer).unwrap();
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        (vec![cert.der().clone()], key)
    }
}

impl Ca {
    /// A server certificate for `names` and its key, as PEM.
    pub fn leaf_pem(&self, names: &[&str]) -> (String, String) {
        let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
        let key = KeyPair::generate().unwrap();
        let cert = CertificateParams::new(names)
            .unwrap()
            .signed_by(&key, &self.issuer)
            .unwrap();
        (cert.pem(), key.serialize_pem())
    }
}

/// Writes `text` to a new file in the temporary folder.
pub fn temp_file(name: &str, text: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "konnect-netreq-probe-{}-{}-{name}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&path, text).unwrap();
    path
}

/// Serves TLS with `chain` on `listener`, for as long as the test runs:
/// each connection gets a handshake and is then read until it closes.
pub fn serve_tls(
    listener: TcpListener,
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
) -> SocketAddr {
    serve_tls_with_alpn(listener, chain, key, Vec::new())
}

/// As [`serve_tls`], accepting only the application protocols `alpn`
/// (any when empty): a client offering others gets the alert
/// `no_application_protocol`.
pub fn serve_tls_with_alpn(
    listener: TcpListener,
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
    alpn: Vec<Vec<u8>>,
) -> SocketAddr {
    let addr = listener.local_addr().unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .unwrap();
    let mut config = config;
    config.alpn_protocols = alpn;
    let config = Arc::new(config);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let config = Arc::clone(&config);
            std::thread::spawn(move || {
                let Ok(mut conn) = rustls::ServerConnection::new(config) else {
                    return;
                };
                while conn
                    .complete_io(&mut stream)
                    .is_ok_and(|(read, _)| read > 0)
                {}
            });
        }
    });
    addr
}

/// A TLS server on 127.0.0.1 at a port the kernel picks.
pub fn tls_server(ca: &Ca, names: &[&str], expired: bool) -> SocketAddr {
    let (chain, key) = ca.leaf(names, expired);
    serve_tls(TcpListener::bind("127.0.0.1:0").unwrap(), chain, key)
}

/// Accepts TCP and never answers; counts the connections open at once.
pub struct Hanging {
    pub addr: SocketAddr,
    /// The most connections that were open at the same time.
    pub peak: Arc<Mutex<usize>>,
    pub accepted: Arc<AtomicUsize>,
}

pub fn hanging_server() -> Hanging {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let open = Arc::new(Mutex::new(0usize));
    let peak = Arc::new(Mutex::new(0usize));
    let accepted = Arc::new(AtomicUsize::new(0));
    let (open_in, peak_in, accepted_in) = (open.clone(), peak.clone(), accepted.clone());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            accepted_in.fetch_add(1, Ordering::SeqCst);
            {
                let mut open = open_in.lock().unwrap();
                *open += 1;
                let mut peak = peak_in.lock().unwrap();
                *peak = (*peak).max(*open);
            }
            let open = open_in.clone();
            std::thread::spawn(move || {
                // Reads the ClientHello and whatever follows, answers
                // nothing, and notes when the client gives up.
                let mut sink = [0u8; 4096];
                while stream.read(&mut sink).is_ok_and(|n| n > 0) {}
                *open.lock().unwrap() -= 1;
            });
        }
    });
    Hanging {
        addr,
        peak,
        accepted,
    }
}

/// A loopback port where nothing listens: bound, then closed.
pub fn closed_port() -> SocketAddr {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
}
