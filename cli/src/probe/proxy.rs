//! The forward proxy step: `CONNECT host:port` with Basic credentials from
//! the proxy URL, and the proxy's answer.

use super::report::{Step, Verdict};
use super::tls::Link;
use konnect_netreq::{redact, url::Url};
use std::io::{self, Read, Write};
use std::time::Instant;

/// An `http://` or `https://` forward proxy. The credentials are kept only
/// to be sent; nothing shows them (`Debug` shows the redacted URL).
pub struct Proxy {
    pub host: String,
    pub port: u16,
    /// Whether the probe speaks TLS to the proxy (`https://`).
    pub tls: bool,
    /// `Basic ...`, when the URL has a user.
    authorization: Option<String>,
    /// The URL as messages show it.
    pub shown: String,
}

impl std::fmt::Debug for Proxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Proxy").field(&self.shown).finish()
    }
}

impl Proxy {
    /// Parses `http(s)://[USER[:PASSWORD]@]HOST[:PORT]`; errors quote the
    /// URL redacted.
    pub fn parse(input: &str) -> Result<Proxy, String> {
        let shown = redact(input).into_owned();
        let invalid = |why: &str| format!("invalid proxy URL {shown:?}: {why}");
        let url = Url::parse(input).map_err(|e| invalid(&e.to_string()))?;
        let tls = match url.scheme() {
            "http" => false,
            "https" => true,
            _ => {
                return Err(invalid(
                    "expected http://[USER[:PASSWORD]@]HOST[:PORT] or https://...",
                ));
            }
        };
        let host = url
            .host_str()
            .ok_or_else(|| invalid("it has no host"))?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        let port = url.port_or_known_default().unwrap_or(80);
        let authorization = if url.username().is_empty() {
            None
        } else {
            let user = percent_decode(url.username()).ok_or_else(|| invalid("bad %-escape"))?;
            let password = percent_decode(url.password().unwrap_or_default())
                .ok_or_else(|| invalid("bad %-escape"))?;
            let mut credentials = user;
            credentials.push(b':');
            credentials.extend(password);
            Some(format!("Basic {}", base64(&credentials)))
        };
        Ok(Proxy {
            host,
            port,
            tls,
            authorization,
            shown,
        })
    }

    /// Asks for a tunnel to `host:port` and reads the answer's head.
    pub fn connect(
        &self,
        stream: &mut Link,
        host: &str,
        port: u16,
        deadline: Instant,
    ) -> Result<(), Verdict> {
        // An IPv6 address (from a kong.conf) is bracketed in an authority.
        let authority = if host.contains(':') {
            format!("[{host}]:{port}")
        } else {
            format!("{host}:{port}")
        };
        let mut request = format!("CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n");
        if let Some(authorization) = &self.authorization {
            request.push_str("Proxy-Authorization: ");
            request.push_str(authorization);
            request.push_str("\r\n");
        }
        request.push_str("\r\n");
        let io_failed = |e: io::Error| {
            if matches!(
                e.kind(),
                io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
            ) {
                Verdict::fail(
                    Step::Proxy,
                    "proxy-timeout",
                    format!("the proxy {} did not answer CONNECT in time", self.shown),
                    "check the proxy",
                )
            } else {
                Verdict::fail(
                    Step::Proxy,
                    "proxy-error",
                    format!("the proxy {} failed: {e}", self.shown),
                    "check the proxy",
                )
            }
        };
        stream
            .until(deadline)
            .and_then(|()| stream.write_all(request.as_bytes()))
            .and_then(|()| stream.flush())
            .map_err(io_failed)?;
        // The answer's head, read a byte at a time so that nothing of the
        // tunnel is taken; at most 16 KiB.
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            if head.len() >= 16 * 1024 {
                return Err(Verdict::fail(
                    Step::Proxy,
                    "proxy-error",
                    "the proxy's answer has no end of its head within 16 KiB",
                    "check the proxy",
                ));
            }
            if Instant::now() >= deadline {
                return Err(io_failed(io::Error::from(io::ErrorKind::TimedOut)));
            }
            match stream.read(&mut byte) {
                Ok(0) => {
                    return Err(Verdict::fail(
                        Step::Proxy,
                        "proxy-error",
                        format!(
                            "the proxy {} closed the connection without an answer",
                            self.shown
                        ),
                        "check the proxy",
                    ));
                }
                Ok(_) => head.extend_from_slice(&byte),
                Err(e) => return Err(io_failed(e)),
            }
        }
        let status_line =
            String::from_utf8_lossy(head.split(|&b| b == b'\r').next().unwrap_or_default())
                .into_owned();
        let code = status_line.split(' ').nth(1).unwrap_or_default();
        match code {
            "200" => Ok(()),
            "403" => Err(Verdict::fail(
                Step::Proxy,
                "proxy-denied",
                format!("the proxy denies {host}:{port} ({status_line})"),
                format!(
                    "add {host} to the proxy's allowlist: `konnect-netreq rules --format squid` \
                     with these inputs writes it"
                ),
            )),
            "407" => Err(Verdict::fail(
                Step::Proxy,
                "proxy-auth",
                format!("the proxy wants other credentials ({status_line})"),
                "check the user and password in the proxy URL",
            )),
            _ => Err(Verdict::fail(
                Step::Proxy,
                "proxy-error",
                format!("the proxy answered CONNECT {host}:{port} with {status_line:?}"),
                "check the proxy's log for this host",
            )),
        }
    }
}

/// `%XX` escapes decoded; `None` for a broken one.
fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut bytes = text.bytes();
    while let Some(b) = bytes.next() {
        if b == b'%' {
            let hex = [bytes.next()?, bytes.next()?];
            let hex = std::str::from_utf8(&hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
        } else {
            out.push(b);
        }
    }
    Some(out)
}

/// Standard base64 with padding (RFC 4648), for the Basic credentials.
fn base64(data: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648() {
        let vectors = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (input, expected) in vectors {
            assert_eq!(base64(input.as_bytes()), expected, "{input:?}");
        }
    }

    #[test]
    fn credentials_are_decoded_and_never_shown() {
        let proxy = Proxy::parse("http://kong:pa%24%24@proxy.internal:3128").unwrap();
        assert_eq!(proxy.authorization.as_deref(), Some("Basic a29uZzpwYSQk"));
        assert_eq!(proxy.shown, "http://***@proxy.internal:3128");
        assert_eq!(
            format!("{proxy:?}"),
            "Proxy(\"http://***@proxy.internal:3128\")"
        );
        assert_eq!((proxy.host.as_str(), proxy.port), ("proxy.internal", 3128));
        assert!(!proxy.tls);
        assert!(Proxy::parse("https://proxy.internal").unwrap().tls);
        assert_eq!(Proxy::parse("https://proxy.internal").unwrap().port, 443);
        let err = Proxy::parse("socks5://kong:s3cret@proxy:1080").unwrap_err();
        assert_eq!(
            err,
            "invalid proxy URL \"socks5://***@proxy:1080\": expected \
             http://[USER[:PASSWORD]@]HOST[:PORT] or https://..."
        );
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(percent_decode("%4"), None);
    }
}
