//! Forward proxy URLs: any string is accepted or refused without a panic;
//! an accepted one gives valid kong.conf; a password never shows in `Debug`
//! output or in an error, whatever surrounds it.
#![no_main]

use arbitrary::Arbitrary;
use konnect_netreq::{Geo, Requirements};
use konnect_netreq_fuzz::{check_error_text, check_kong_conf};
use libfuzzer_sys::fuzz_target;

/// A password no generated part may contain, so that finding it in output
/// means it leaked.
const SECRET: &str = "Zq7SecretPw";

#[derive(Debug, Arbitrary)]
struct Input {
    raw: String,
    scheme: u8,
    user: String,
    host: String,
    port: Option<u16>,
    tail: String,
}

fuzz_target!(|input: Input| {
    let config = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .and_then(|req| req.data_plane_config())
        .expect("a fixed valid configuration");

    for url in [input.raw.clone(), with_password(&input)] {
        match config.to_builder().with_forward_proxy(&url).build() {
            Ok(proxied) => {
                check_kong_conf(&proxied);
                if !input_mentions_secret(&input) {
                    assert!(
                        !format!("{proxied:?}").contains(SECRET),
                        "Debug leaks {url:?}"
                    );
                }
            }
            Err(error) => {
                check_error_text(&error);
                if !input_mentions_secret(&input) {
                    assert!(!error.to_string().contains(SECRET), "error leaks {url:?}");
                    assert!(
                        !format!("{error:?}").contains(SECRET),
                        "Debug leaks {url:?}"
                    );
                }
            }
        }
    }
});

fn with_password(input: &Input) -> String {
    let scheme = ["http", "https", "HTTPS", "socks5", ""][usize::from(input.scheme) % 5];
    let port = input.port.map(|p| format!(":{p}")).unwrap_or_default();
    format!(
        "{scheme}://{}:{SECRET}@{}{port}{}",
        input.user, input.host, input.tail
    )
}

fn input_mentions_secret(input: &Input) -> bool {
    [&input.raw, &input.user, &input.host, &input.tail]
        .iter()
        .any(|part| part.contains(SECRET) || part.contains("Zq7"))
}
