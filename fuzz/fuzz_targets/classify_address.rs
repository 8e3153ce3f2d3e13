//! `classify_address` on arbitrary strings and on URLs built from arbitrary
//! parts: never panics; whatever it finds, `classify` finds in the found
//! host (same endpoint, geo and identifier), the host stands in the input
//! right after `://`, `@` or at the start, and a port is 1 to 65535. A
//! Konnect host in the user information, path, query or fragment of a URL
//! whose host is not a Konnect host is never found; a Konnect host in the
//! host position of a clean URL always is.
#![no_main]

use arbitrary::Arbitrary;
use konnect_netreq::{classify, classify_address};
use konnect_netreq_fuzz::offset_in;
use libfuzzer_sys::fuzz_target;

/// Konnect hostnames of several kinds and spellings.
const KONNECT: &[&str] = &[
    "36fc5d01be.us.cp0.konghq.com",
    "a1b2c3d4e5.eu.tp0.konghq.com",
    "a1b2c3d4e5.EU.cp.konghq.com",
    "cloud.konghq.com",
    "global.api.konghq.com",
    "us.api.konghq.com",
    "eu.mesh.sync.konghq.com",
    "d6a3e6b6bc64.eu.kongportals.com",
    "us.svc.konghq.com",
    "k7sbq2n8x4tdlmwz.us.identity.konghq.com",
];

const SCHEMES: &[&str] = &[
    "https://",
    "http://",
    "wss://",
    "ws://",
    "grpcs://",
    "grpc://",
    "tcp://",
    "tls://",
    "HTTPS://",
    "",
    "ftp://",
    "https:",
    "https:/",
    "https:\\\\",
    "//",
];

#[derive(Debug, Arbitrary)]
enum Input {
    Raw(String),
    Built {
        scheme: u8,
        userinfo: Option<String>,
        host: String,
        port: Option<u16>,
        path: Option<String>,
        query: Option<String>,
        fragment: Option<String>,
        /// Which Konnect host goes where: 0 user information, 1 path,
        /// 2 query, 3 fragment, 4 the host position itself.
        konnect: u8,
        place: u8,
    },
}

fuzz_target!(|input: Input| {
    match input {
        Input::Raw(text) => check(&text),
        Input::Built {
            scheme,
            userinfo,
            host,
            port,
            path,
            query,
            fragment,
            konnect,
            place,
        } => {
            let konnect = KONNECT[usize::from(konnect) % KONNECT.len()];
            assert!(classify(konnect).is_some(), "{konnect}");
            let scheme = SCHEMES[usize::from(scheme) % SCHEMES.len()];
            // Parts that cannot move the authority's boundaries.
            let clean = |s: &str, also: &[char]| -> String {
                s.chars()
                    .filter(|c| !"/?#@\\".contains(*c) && !also.contains(c))
                    .collect()
            };
            let mut userinfo = userinfo.map(|u| clean(&u, &[]));
            let mut host = clean(&host, &[':', '[', ']']);
            let mut path = path.map(|p| format!("/{p}"));
            let mut query = query;
            let mut fragment = fragment;
            let place = place % 5;
            match place {
                0 => {
                    let u = userinfo.get_or_insert_with(String::new);
                    *u = format!("{u}{konnect}");
                }
                1 => path = Some(format!("{}/{konnect}", path.unwrap_or_default())),
                2 => query = Some(format!("{}{konnect}", query.unwrap_or_default())),
                3 => fragment = Some(format!("{}{konnect}", fragment.unwrap_or_default())),
                _ => host = konnect.to_owned(),
            }
            if place == 4 {
                // A clean URL with a known scheme: the host must be found.
                let known = matches!(
                    scheme,
                    "https://"
                        | "http://"
                        | "wss://"
                        | "ws://"
                        | "grpcs://"
                        | "grpc://"
                        | "tcp://"
                        | "tls://"
                );
                let quiet = |s: &mut Option<String>| {
                    if let Some(t) = s {
                        *t = t
                            .chars()
                            .filter(|c| !c.is_whitespace() && !c.is_control() && *c != '\\')
                            .collect();
                    }
                };
                quiet(&mut userinfo);
                quiet(&mut query);
                quiet(&mut fragment);
                let url = assemble(scheme, &userinfo, &host, port, &path, &query, &fragment);
                check(&url);
                if known && port != Some(0) {
                    let found = classify_address(&url)
                        .unwrap_or_else(|| panic!("{url:?}: its host {konnect} not found"));
                    let direct = classify(konnect).unwrap();
                    assert_eq!(found.endpoint(), direct.endpoint(), "{url:?}");
                    assert_eq!(found.host(), konnect, "{url:?}");
                    if let Some(p) = port {
                        assert_eq!(found.port(), Some(p), "{url:?}");
                    }
                }
            } else {
                let url = assemble(scheme, &userinfo, &host, port, &path, &query, &fragment);
                check(&url);
                // An empty host would let a scheme such as `https:/` and a
                // path starting with `/` spell a real authority.
                if !host.is_empty()
                    && classify(&host).is_none()
                    && classify(host.trim_end_matches('.')).is_none()
                {
                    assert!(
                        classify_address(&url).is_none(),
                        "{url:?}: found a Konnect host outside the host position"
                    );
                }
            }
        }
    }
});

fn assemble(
    scheme: &str,
    userinfo: &Option<String>,
    host: &str,
    port: Option<u16>,
    path: &Option<String>,
    query: &Option<String>,
    fragment: &Option<String>,
) -> String {
    let mut url = scheme.to_owned();
    if let Some(u) = userinfo {
        url.push_str(u);
        url.push('@');
    }
    url.push_str(host);
    if let Some(p) = port {
        url.push_str(&format!(":{p}"));
    }
    if let Some(p) = path {
        url.push_str(p);
    }
    if let Some(q) = query {
        url.push('?');
        url.push_str(q);
    }
    if let Some(f) = fragment {
        url.push('#');
        url.push_str(f);
    }
    url
}

fn check(input: &str) {
    let Some(found) = classify_address(input) else {
        return;
    };
    let host = found.host();
    let again = classify(host).unwrap_or_else(|| panic!("{input:?}: {host:?} does not classify"));
    assert_eq!(again.endpoint(), found.endpoint(), "{input:?}");
    assert_eq!(again.geo(), found.geo(), "{input:?}");
    assert_eq!(again.identifier(), found.identifier(), "{input:?}");
    if let Some(port) = found.port() {
        assert!(port >= 1, "{input:?}: port 0");
    }
    // The host is borrowed from the input, at the start, after `://` or
    // after `@`.
    let start = offset_in(input, host)
        .or_else(|| input.find(host))
        .unwrap_or_else(|| panic!("{input:?}: {host:?} is not in the input"));
    let before = &input[..start];
    assert!(
        before.is_empty() || before.ends_with("://") || before.ends_with('@'),
        "{input:?}: {host:?} stands after {before:?}"
    );
}
