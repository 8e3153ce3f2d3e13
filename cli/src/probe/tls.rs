//! The TLS step: a handshake with the target's SNI and ALPN that stops as
//! soon as the server's certificate chain has arrived. The chain is checked
//! against the public roots and, separately, the local store; no client
//! certificate and no application data are ever sent.

use super::report::{Step, Verdict};
use super::x509;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{ClientConfig, ClientConnection, WebPkiServerVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme, StreamOwned,
};
use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// The two trust stores a chain is checked against.
pub struct Trust {
    pub provider: Arc<CryptoProvider>,
    /// Mozilla's roots (or `--public-roots`).
    pub public: Arc<WebPkiServerVerifier>,
    /// The system's store, the kong.conf's `lua_ssl_trusted_certificate`
    /// or `--local-roots`; `None` when it holds no certificate.
    pub local: Option<Arc<WebPkiServerVerifier>>,
    /// Where the local store came from, for messages.
    pub local_name: String,
}

impl Trust {
    pub fn new(
        public: RootCertStore,
        local: RootCertStore,
        local_name: String,
    ) -> Result<Trust, String> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let verifier = |roots: RootCertStore| {
            WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone()).build()
        };
        let public = verifier(public).map_err(|e| format!("the public roots: {e}"))?;
        let local = if local.is_empty() {
            None
        } else {
            Some(verifier(local).map_err(|e| format!("the local trust store: {e}"))?)
        };
        Ok(Trust {
            provider,
            public,
            local,
            local_name,
        })
    }
}

/// The connection a probe speaks over: TCP, or TLS to an `https://` proxy.
pub enum Link {
    Plain(TcpStream),
    Tls(Box<StreamOwned<ClientConnection, TcpStream>>),
}

impl Link {
    /// The TCP connection underneath, whose timeouts bound every read.
    fn tcp(&self) -> &TcpStream {
        match self {
            Link::Plain(tcp) => tcp,
            Link::Tls(tls) => &tls.sock,
        }
    }

    /// Bounds every read and write until `deadline`; an error once it passed.
    pub fn until(&self, deadline: Instant) -> io::Result<()> {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::Error::from(io::ErrorKind::TimedOut));
        }
        self.tcp().set_read_timeout(Some(left))?;
        self.tcp().set_write_timeout(Some(left))
    }
}

impl Read for Link {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Link::Plain(tcp) => tcp.read(buf),
            Link::Tls(tls) => tls.read(buf),
        }
    }
}

impl Write for Link {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Link::Plain(tcp) => tcp.write(buf),
            Link::Tls(tls) => tls.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Link::Plain(tcp) => tcp.flush(),
            Link::Tls(tls) => tls.flush(),
        }
    }
}

/// Accepts any certificate: for an `https://` proxy with
/// `proxy_server_ssl_verify = off`, as Kong then does. Signatures are still
/// checked, so the handshake itself is sound.
#[derive(Debug)]
struct AcceptAny(Arc<CryptoProvider>);

impl ServerCertVerifier for AcceptAny {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// TLS to an `https://` proxy, its certificate checked against the local
/// store (Kong checks it against `lua_ssl_trusted_certificate`) unless
/// `verify` is off.
pub fn to_proxy(
    tcp: TcpStream,
    proxy_host: &str,
    shown: &str,
    verify: bool,
    trust: &Trust,
    deadline: Instant,
) -> Result<Link, Verdict> {
    let failed = |detail: String| {
        Verdict::fail(
            Step::Proxy,
            "proxy-tls",
            format!("TLS to the proxy {shown} failed: {detail}"),
            "check the proxy's certificate against the local trust store \
             (lua_ssl_trusted_certificate), or set proxy_server_ssl_verify = off",
        )
    };
    let verifier: Arc<dyn ServerCertVerifier> = if verify {
        trust.local.clone().unwrap_or_else(|| trust.public.clone())
    } else {
        Arc::new(AcceptAny(trust.provider.clone()))
    };
    let config = ClientConfig::builder_with_provider(trust.provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| failed(e.to_string()))?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    let name = ServerName::try_from(proxy_host.to_owned()).map_err(|e| failed(e.to_string()))?;
    let conn = ClientConnection::new(Arc::new(config), name).map_err(|e| failed(e.to_string()))?;
    let mut link = StreamOwned::new(conn, tcp);
    while link.conn.is_handshaking() {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(failed("no answer before the timeout".to_owned()));
        }
        link.sock
            .set_read_timeout(Some(left))
            .and_then(|()| link.sock.set_write_timeout(Some(left)))
            .map_err(|e| failed(e.to_string()))?;
        match link.conn.complete_io(&mut link.sock) {
            Ok((0, 0)) => return Err(failed("the proxy closed the connection".to_owned())),
            Ok(_) => {}
            Err(e) => return Err(failed(e.to_string())),
        }
    }
    Ok(Link::Tls(Box::new(link)))
}

/// What the verifier saw: each store's verdict and the chain's issuer.
#[derive(Debug)]
struct Seen {
    public: Result<(), rustls::Error>,
    local: Option<Result<(), rustls::Error>>,
    issuer: String,
}

/// A verifier that records both stores' verdicts and then ends the
/// handshake, so that nothing after the server's certificate is sent.
#[derive(Debug)]
struct Recorder {
    public: Arc<WebPkiServerVerifier>,
    local: Option<Arc<WebPkiServerVerifier>>,
    seen: Mutex<Option<Seen>>,
}

/// The error the recorder ends every handshake with.
const STOP: &str = "konnect-netreq probe: stop after the server certificate";

impl ServerCertVerifier for Recorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let check = |verifier: &WebPkiServerVerifier| {
            verifier
                .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
                .map(|_| ())
        };
        // The issuer of the last certificate sent: the CA that a store must hold.
        let top = intermediates.last().unwrap_or(end_entity);
        let seen = Seen {
            public: check(&self.public),
            local: self.local.as_deref().map(check),
            issuer: x509::issuer(top).unwrap_or_else(|| "an unnamed issuer".to_owned()),
        };
        if let Ok(mut slot) = self.seen.lock() {
            *slot = Some(seen);
        }
        Err(rustls::Error::General(STOP.to_owned()))
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.public.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.public.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.public.supported_verify_schemes()
    }
}

/// Runs the handshake on `stream` until the server's certificate arrives,
/// the server ends it, or `deadline` passes.
pub fn check(
    stream: &mut Link,
    server_name: &str,
    alpn: &[&str],
    trust: &Trust,
    deadline: Instant,
    mutual_tls: bool,
) -> Verdict {
    let recorder = Arc::new(Recorder {
        public: trust.public.clone(),
        local: trust.local.clone(),
        seen: Mutex::new(None),
    });
    let config = ClientConfig::builder_with_provider(trust.provider.clone())
        .with_safe_default_protocol_versions()
        .map(|builder| {
            builder
                .dangerous()
                .with_custom_certificate_verifier(recorder.clone())
                .with_no_client_auth()
        });
    let mut config = match config {
        Ok(config) => config,
        Err(e) => return Verdict::fail(Step::Tls, "tls-error", e.to_string(), "report this"),
    };
    config.alpn_protocols = alpn.iter().map(|p| p.as_bytes().to_vec()).collect();
    let name = match ServerName::try_from(server_name.to_owned()) {
        Ok(name) => name,
        Err(e) => {
            return Verdict::fail(
                Step::Tls,
                "tls-error",
                format!("{server_name:?} is no TLS server name: {e}"),
                "check the server name",
            );
        }
    };
    let mut conn = match ClientConnection::new(Arc::new(config), name) {
        Ok(conn) => conn,
        Err(e) => return Verdict::fail(Step::Tls, "tls-error", e.to_string(), "report this"),
    };
    let error = loop {
        if let Err(e) = stream.until(deadline) {
            break e;
        }
        match conn.complete_io(stream) {
            Ok((0, 0)) if conn.is_handshaking() => {
                break io::Error::from(io::ErrorKind::UnexpectedEof);
            }
            Ok(_) if conn.is_handshaking() => {}
            // Cannot happen: the recorder ends every handshake.
            Ok(_) => break io::Error::other("the handshake finished without a certificate check"),
            Err(e) => break e,
        }
    };
    let seen = recorder.seen.lock().ok().and_then(|mut slot| slot.take());
    match seen {
        Some(seen) => judge(&seen, server_name, trust, mutual_tls),
        None => handshake_error(&error),
    }
}

/// The verdict on a chain from what each store said.
fn judge(seen: &Seen, server_name: &str, trust: &Trust, mutual_tls: bool) -> Verdict {
    let issuer = &seen.issuer;
    let public = match &seen.public {
        Ok(()) => {
            return Verdict::Pass(format!(
                "certificate from {issuer}, trusted by public roots"
            ));
        }
        Err(e) => e,
    };
    let unknown = |e: &rustls::Error| {
        matches!(
            e,
            rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer)
        )
    };
    match &seen.local {
        Some(Ok(())) if unknown(public) => {
            let consequence = if mutual_tls {
                "the data plane's mutual TLS to Konnect fails through it"
            } else {
                "clients that trust only public roots fail through it"
            };
            Verdict::fail(
                Step::Tls,
                "interception",
                format!(
                    "TLS interception: the certificate comes from {issuer}, which only {} \
                     trusts, not a public CA; {consequence}",
                    trust.local_name
                ),
                "exempt this host from TLS inspection on the proxy or firewall",
            )
        }
        // The local store says more than "unknown issuer".
        Some(Err(local)) if unknown(public) && !unknown(local) => {
            certificate_error(local, issuer, server_name)
        }
        _ => certificate_error(public, issuer, server_name),
    }
}

fn certificate_error(error: &rustls::Error, issuer: &str, server_name: &str) -> Verdict {
    use CertificateError as C;
    match error {
        rustls::Error::InvalidCertificate(C::UnknownIssuer) => Verdict::fail(
            Step::Tls,
            "untrusted",
            format!(
                "the certificate comes from {issuer}, which neither the public roots nor the local store trust"
            ),
            "if a proxy or firewall inspects TLS, exempt this host; otherwise check the server",
        ),
        rustls::Error::InvalidCertificate(
            C::NotValidForName | C::NotValidForNameContext { .. },
        ) => Verdict::fail(
            Step::Tls,
            "name-mismatch",
            format!("the certificate from {issuer} is not valid for {server_name}"),
            "check the SNI (cluster_server_name) and that DNS or --resolve reach the right server",
        ),
        rustls::Error::InvalidCertificate(C::Expired | C::ExpiredContext { .. }) => Verdict::fail(
            Step::Tls,
            "expired",
            format!("the certificate from {issuer} has expired"),
            "check the clock of this host, or the server's certificate",
        ),
        other => Verdict::fail(
            Step::Tls,
            "bad-certificate",
            format!("the certificate from {issuer} is refused: {other}"),
            "check the server's certificate",
        ),
    }
}

/// The verdict on a handshake that ended before the certificate.
fn handshake_error(error: &io::Error) -> Verdict {
    let tls = error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>());
    match (error.kind(), tls) {
        (_, Some(rustls::Error::AlertReceived(alert))) => Verdict::fail(
            Step::Tls,
            "alert",
            format!(
                "the server ended the handshake with the alert {}",
                alert_name(alert)
            ),
            "check the SNI and ALPN the server expects, or what intercepts the connection",
        ),
        (io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut, _) => Verdict::fail(
            Step::Tls,
            "timeout",
            "no answer to the TLS ClientHello before the timeout",
            "something accepts the connection but does not speak TLS: check the firewall or proxy",
        ),
        (io::ErrorKind::UnexpectedEof, _) => Verdict::fail(
            Step::Tls,
            "closed",
            "the server closed the connection during the handshake",
            "check the firewall or proxy between here and the host",
        ),
        (io::ErrorKind::ConnectionReset, _) => Verdict::fail(
            Step::Tls,
            "reset",
            "the connection was reset during the handshake",
            "a firewall that inspects SNI may block this host: allow it",
        ),
        _ => Verdict::fail(
            Step::Tls,
            "tls-error",
            format!("the handshake failed: {error}"),
            "check the server and what lies between",
        ),
    }
}

/// The alert's name as TLS writes it (`handshake_failure`).
fn alert_name(alert: &rustls::AlertDescription) -> String {
    let debug = format!("{alert:?}");
    let mut name = String::new();
    for (i, c) in debug.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                name.push('_');
            }
            name.push(c.to_ascii_lowercase());
        } else {
            name.push(c);
        }
    }
    name
}
