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
    // An address takes the same host rules: whatever it finds, `classify`
    // finds in its host, and a bare host is the same either way.
    if let Some(found) = konnect_netreq::classify_address(input) {
        let again = konnect_netreq::classify(found.host()).expect("address host does not classify");
        assert_eq!(again.endpoint(), found.endpoint());
        assert!(input.contains(found.host()));
    }
    if !input.contains([':', '/', '?', '#', '@', '\\', ' ']) {
        let bare = konnect_netreq::classify(input).map(|c| (c.endpoint(), c.geo(), c.identifier()));
        let address = konnect_netreq::classify_address(input)
            .map(|c| (c.endpoint(), c.geo(), c.identifier()));
        assert_eq!(bare, address);
    }
});
