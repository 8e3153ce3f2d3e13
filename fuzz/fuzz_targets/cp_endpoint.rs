//! `Requirements::from_control_plane_endpoint` on any string: never panics,
//! errors carry no raw control characters, and what it accepts builds into
//! requirements whose control plane host (or, for PrivateLink's
//! `GEO.svc.konghq.com/cp/PREFIX`, PrivateLink host) is the input's host.
#![no_main]

use konnect_netreq::{Endpoint, Requirements};
use konnect_netreq_fuzz::{check_error_text, check_requirements};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    match Requirements::from_control_plane_endpoint(input) {
        Err(error) => check_error_text(&error),
        Ok(builder) => {
            let req = builder.build().expect("an accepted endpoint must build");
            let rest = input
                .get(..8)
                .filter(|s| s.eq_ignore_ascii_case("https://"))
                .map_or(input, |_| &input[8..]);
            // The host stands before any path (PrivateLink's
            // `GEO.svc.konghq.com/cp/PREFIX`, or a trailing `/`).
            let host = rest.split('/').next().unwrap_or(rest);
            let host = host.strip_suffix(":443").unwrap_or(host);
            assert!(
                req.hosts().any(|(endpoint, h)| {
                    matches!(endpoint, Endpoint::ControlPlane | Endpoint::PrivateLink)
                        && !h.is_wildcard()
                        && h.matches(host)
                }),
                "{input:?}: no control plane or PrivateLink host is {host:?}"
            );
            check_requirements(&req);
        }
    }
});
