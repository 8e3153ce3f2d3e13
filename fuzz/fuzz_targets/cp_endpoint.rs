//! `Requirements::from_control_plane_endpoint` on any string: never panics,
//! errors carry no raw control characters, and what it accepts builds into
//! requirements whose control plane host is the input's host.
#![no_main]

use konnect_netreq::{Endpoint, Requirements};
use konnect_netreq_fuzz::{check_error_text, check_requirements};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    match Requirements::from_control_plane_endpoint(input) {
        Err(error) => check_error_text(&error),
        Ok(builder) => {
            let req = builder.build().expect("an accepted endpoint must build");
            let cp = req
                .host(Endpoint::ControlPlane)
                .expect("no control plane host");
            assert!(!cp.is_wildcard());
            let rest = input
                .get(..8)
                .filter(|s| s.eq_ignore_ascii_case("https://"))
                .map_or(input, |_| &input[8..]);
            let host = rest.trim_end_matches('/');
            let host = host.strip_suffix(":443").unwrap_or(host);
            assert!(cp.matches(host), "{input:?} gave {cp}");
            check_requirements(&req);
        }
    }
});
