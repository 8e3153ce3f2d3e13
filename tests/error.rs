//! `Error`: thread-safe, comparable, and its messages never carry raw
//! control characters from the input.

use konnect_netreq::{CpPrefix, Error, Geo, Host, Requirements};

fn assert_send_sync_static<T: Send + Sync + 'static>() {}

#[test]
fn error_is_send_sync_static_and_std_error() {
    assert_send_sync_static::<Error>();
    let err: Box<dyn std::error::Error + Send + Sync> = Box::new(CpPrefix::new("").unwrap_err());
    assert!(err.source().is_none());
}

#[test]
fn messages_are_single_lines() {
    let errors = [
        CpPrefix::new("a\nb").unwrap_err(),
        Host::new("a\r\n.com").unwrap_err(),
        "eu\n".parse::<Geo>().unwrap_err(),
        Requirements::from_control_plane_endpoint("https://a\n.us.cp0.konghq.com").unwrap_err(),
        Requirements::from_control_plane_endpoint("x\u{1b}[31m.us.cp0.konghq.com").unwrap_err(),
    ];
    for err in errors {
        let text = err.to_string();
        assert!(!text.chars().any(char::is_control), "{text:?}");
        assert!(text.starts_with(char::is_lowercase), "{text:?}");
        assert!(!text.ends_with('.'), "{text:?}");
    }
}

#[test]
fn errors_compare_and_clone() {
    let a = CpPrefix::new("a.b").unwrap_err();
    assert_eq!(a.clone(), a);
    assert_ne!(a, CpPrefix::new("a_b").unwrap_err());
}
