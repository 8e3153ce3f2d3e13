//! `Requirements::from_control_plane_url` on whatever `url::Url::parse`
//! accepts: never panics; an error's text holds no control character and
//! never the URL's password; an accepted URL builds, its control plane host
//! (or PrivateLink host) is the URL's host, and the `&str` door gives the same answer.
#![no_main]

use arbitrary::Arbitrary;
use konnect_netreq::{Endpoint, Requirements};
use konnect_netreq_fuzz::{check_error_text, check_requirements};
use libfuzzer_sys::fuzz_target;

const SECRET: &str = "Zq7SecretPw";

const PREFIXES: &[&str] = &[
    "https://",
    "http://",
    "https:",
    "https:/",
    "https:\\\\",
    "HTTPS://",
    "wss://",
    "",
];

#[derive(Debug, Arbitrary)]
enum Input {
    /// Any string.
    Raw(String),
    /// A URL with a fixed password before an arbitrary rest (often a
    /// control plane host).
    WithPassword {
        scheme: u8,
        user: String,
        rest: String,
    },
}

fuzz_target!(|input: Input| {
    let text = match &input {
        Input::Raw(s) => s.clone(),
        Input::WithPassword { scheme, user, rest } => format!(
            "{}{user}:{SECRET}@{rest}",
            PREFIXES[usize::from(*scheme) % PREFIXES.len()]
        ),
    };
    let Ok(url) = url::Url::parse(&text) else {
        return;
    };
    let result = Requirements::from_control_plane_url(&url);
    // One policy for both doors.
    let by_str = Requirements::from_control_plane_endpoint(url.as_str());
    assert_eq!(result.is_ok(), by_str.is_ok(), "{url}");
    match result {
        Err(error) => {
            check_error_text(&error);
            let message = error.to_string();
            let debug = format!("{error:?}");
            if let Some(password) = url.password().filter(|p| !p.is_empty()) {
                // Only a password that is not ordinary text of the message:
                // the same URL with another password must not show it.
                let mut other = url.clone();
                let ordinary = other.set_password(Some("Q")).is_ok()
                    && Requirements::from_control_plane_url(&other)
                        .err()
                        .is_some_and(|e| {
                            e.to_string().contains(password) || format!("{e:?}").contains(password)
                        });
                if !ordinary {
                    assert!(!message.contains(password), "{url}: {message}");
                    assert!(!debug.contains(password), "{url}: {debug}");
                }
            }
            let mentions_secret = match &input {
                Input::Raw(_) => true,
                Input::WithPassword { user, rest, .. } => {
                    user.contains("Zq7") || rest.contains("Zq7")
                }
            };
            if !mentions_secret {
                assert!(!message.contains(SECRET), "{url}: {message}");
                assert!(!debug.contains(SECRET), "{url}: {debug}");
            }
        }
        Ok(builder) => {
            let req = builder.build().expect("an accepted URL must build");
            // The control plane host, or for PrivateLink's
            // `GEO.svc.konghq.com/cp/PREFIX` the PrivateLink host, is the
            // URL's host.
            let host = url.host_str().expect("an accepted URL has a host");
            assert!(
                req.hosts().any(|(endpoint, h)| {
                    matches!(endpoint, Endpoint::ControlPlane | Endpoint::PrivateLink)
                        && !h.is_wildcard()
                        && h.matches(host)
                }),
                "{url}: no control plane or PrivateLink host is {host}"
            );
            check_requirements(&req);
        }
    }
});
