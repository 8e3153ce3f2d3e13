//! The builder with arbitrary identifiers and options: never panics, rejects
//! exactly the identifiers that are not DNS labels, and every host it builds
//! is a bounded Konnect hostname that `classify` takes back apart.
#![no_main]

use konnect_netreq::ErrorKind;
use konnect_netreq_fuzz::oracle::is_plain_label;
use konnect_netreq_fuzz::{BuilderInput, check_error_text, check_requirements};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: BuilderInput| {
    let cp = input.cp_prefix.as_ref().map(|i| i.text());
    let portal = input.portal_id.as_ref().map(|i| i.text());
    let bad_cp = cp.as_deref().is_some_and(|s| !is_plain_label(s));
    let bad_portal = portal.as_deref().is_some_and(|s| !is_plain_label(s));
    // Auth server IDs are labels too (the builder takes the first four).
    let auth: Vec<String> = input
        .auth_server_ids
        .iter()
        .take(4)
        .map(|i| i.text())
        .collect();
    let bad_auth = auth.iter().any(|s| !is_plain_label(s));
    match input.builder().build() {
        Err(error) => {
            check_error_text(&error);
            let is_identifier_error = error.kind() == ErrorKind::InvalidIdentifier;
            assert_eq!(
                is_identifier_error,
                bad_cp || bad_portal || bad_auth,
                "{error}"
            );
        }
        Ok(req) => {
            assert!(
                !bad_cp && !bad_portal && !bad_auth,
                "accepted a bad identifier: {cp:?} {portal:?} {auth:?}"
            );
            assert_eq!(req.geo(), input.geo());
            assert_eq!(req.edition(), input.edition());
            assert_eq!(
                req.cp_prefix().map(|p| p.as_str().to_owned()),
                cp.map(|s| s.to_ascii_lowercase())
            );
            assert_eq!(
                req.portal_id().map(|p| p.as_str().to_owned()),
                portal.map(|s| s.to_ascii_lowercase())
            );
            for id in &auth {
                let id = id.to_ascii_lowercase();
                assert!(
                    req.auth_server_ids().iter().any(|a| a.as_str() == id),
                    "auth server ID {id:?} missing"
                );
            }
            check_requirements(&req);
        }
    }
});
