//! `KongConf::read` on any text, and on the same text as every environment
//! variable it reads: never panics, an error's text holds no raw control
//! character, an accepted value holds none either, and neither the error
//! nor `Debug` shows the password of a `proxy_server` written with one.
#![no_main]

use konnect_netreq::KongConf;
use konnect_netreq_fuzz::check_error_text;
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 8] = [
    "KONG_CLUSTER_CONTROL_PLANE",
    "KONG_CLUSTER_SERVER_NAME",
    "KONG_CLUSTER_TELEMETRY_ENDPOINT",
    "KONG_CLUSTER_TELEMETRY_SERVER_NAME",
    "KONG_PROXY_SERVER",
    "KONG_CLUSTER_USE_PROXY",
    "KONG_PROXY_SERVER_SSL_VERIFY",
    "KONG_LUA_SSL_TRUSTED_CERTIFICATE",
];

fn check(result: Result<KongConf, konnect_netreq::Error>, secret: Option<&str>) {
    let shown = match result {
        Err(error) => {
            check_error_text(&error);
            format!("{error} {error:?}")
        }
        Ok(conf) => {
            for (name, value) in conf.settings() {
                assert!(!value.chars().any(char::is_control), "{name} = {value:?}");
            }
            format!("{conf:?}")
        }
    };
    if let Some(secret) = secret {
        assert!(!shown.contains(secret), "{shown:?} shows {secret:?}");
    }
}

fuzz_target!(|input: &str| {
    check(KongConf::read(input, [] as [(&str, &str); 0]), None);
    for name in NAMES {
        check(KongConf::read("", [(name, input)]), None);
    }
    // A proxy URL with a password that no other part of the text repeats.
    let secret = "Zq9SeCrEt";
    if !input.contains(secret) {
        let url = format!("http://kong:{secret}@{input}");
        check(KongConf::read("", [("KONG_PROXY_SERVER", url.as_str())]), Some(secret));
        let line = format!("proxy_server = {url}\ncluster_use_proxy = on\n");
        check(KongConf::read(&line, [] as [(&str, &str); 0]), Some(secret));
    }
});
