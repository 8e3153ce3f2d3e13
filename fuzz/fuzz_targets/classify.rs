//! `classify` on any string: never panics, and agrees with the oracle that
//! spells out every Konnect hostname (accepts exactly those, with the same
//! endpoint, geo and identifier).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    konnect_netreq_fuzz::oracle::check_classify(input);
    if let Some(found) = konnect_netreq::classify(input) {
        let _ = found.edition();
        let host = konnect_netreq::Host::new(found.host()).expect("classified host is no Host");
        assert!(!host.is_wildcard());
    }
});
