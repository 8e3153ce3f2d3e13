//! `Host`: validated hostnames, wildcards and matching.

use crate::common::quoted;
use konnect_netreq::Host;

const EXPECTED: &str = "expected DNS labels of ASCII letters, digits or hyphens separated by dots, \
                        at most 253 characters, optionally starting with \"*.\"";

#[test]
fn parsing_normalizes() {
    for (input, canonical, wildcard) in [
        ("cloud.konghq.com", "cloud.konghq.com", false),
        ("Cloud.KongHQ.com.", "cloud.konghq.com", false),
        ("*.EU.cp0.konghq.com", "*.eu.cp0.konghq.com", true),
        ("localhost", "localhost", false),
        ("xn--bcher-kva.example", "xn--bcher-kva.example", false),
    ] {
        let host: Host = input.parse().unwrap();
        assert_eq!(host.as_str(), canonical);
        assert_eq!(host.to_string(), canonical);
        assert_eq!(host.is_wildcard(), wildcard);
        assert_eq!(host.to_string().parse::<Host>().unwrap(), host);
    }
    let host = Host::new("*.eu.cp0.konghq.com").unwrap();
    assert_eq!(host.base(), "eu.cp0.konghq.com");
    assert_eq!(
        Host::new("eu.api.konghq.com").unwrap().base(),
        "eu.api.konghq.com"
    );
    assert_eq!(format!("{host:?}"), "Host(\"*.eu.cp0.konghq.com\")");
}

#[test]
fn malformed_hosts() {
    let long_label = format!("{}.com", "a".repeat(64));
    let long_host = format!(
        "{}.{}.{}.{}.com",
        "a".repeat(63),
        "b".repeat(63),
        "c".repeat(63),
        "d".repeat(58)
    );
    assert_eq!(long_host.len(), 254);
    let cases: Vec<(&str, String)> = vec![
        ("", "label \"\": it is empty".into()),
        (".", "label \"\": it is empty".into()),
        ("a..b", "label \"\": it is empty".into()),
        ("a.b..", "label \"\": it is empty".into()),
        ("*", "label \"*\": it contains '*'".into()),
        ("*.", "label \"*\": it contains '*'".into()),
        ("a.*.b", "label \"*\": it contains '*'".into()),
        ("*.*.b", "label \"*\": it contains '*'".into()),
        ("**.b", "label \"**\": it contains '*'".into()),
        ("a b.com", "label \"a b\": it contains ' '".into()),
        ("a.com:443", "label \"com:443\": it contains ':'".into()),
        ("a.com/x", "label \"com/x\": it contains '/'".into()),
        ("a\n.com", "label \"a\\n\": it contains '\\n'".into()),
        ("-a.com", "label \"-a\": it starts with a hyphen".into()),
        // The label is quoted by host.rs as it is; the character is escaped.
        (
            "bücher.de",
            "label \"b\\u{fc}cher\": it contains '\\u{fc}'".into(),
        ),
        (
            &long_label,
            format!("label \"{}\": it is 64 bytes long", "a".repeat(64)),
        ),
        (&long_host, "it is 254 bytes long".into()),
    ];
    for (input, problem) in cases {
        let shown = if input.chars().count() > 80 {
            format!("{}... ({} bytes)", quoted(&input[..80]), input.len())
        } else {
            quoted(input)
        };
        assert_eq!(
            Host::new(input).unwrap_err().to_string(),
            format!("invalid hostname {shown}: {problem}; {EXPECTED}"),
            "{input:?}"
        );
    }
}

#[test]
fn matching() {
    let exact = Host::new("a1b2c3d4e5.eu.cp0.konghq.com").unwrap();
    assert!(exact.matches("a1b2c3d4e5.eu.cp0.konghq.com"));
    assert!(exact.matches("A1B2C3D4E5.EU.CP0.KONGHQ.COM."));
    assert!(!exact.matches("a1b2c3d4e5.eu.cp0.konghq.com.."));
    assert!(!exact.matches("x.a1b2c3d4e5.eu.cp0.konghq.com"));
    assert!(!exact.matches(""));

    let wildcard = Host::new("*.eu.cp0.konghq.com").unwrap();
    assert!(wildcard.matches("a1b2c3d4e5.eu.cp0.konghq.com"));
    assert!(wildcard.matches("X.eu.cp0.konghq.com."));
    assert!(!wildcard.matches("eu.cp0.konghq.com"));
    assert!(!wildcard.matches(".eu.cp0.konghq.com"));
    assert!(!wildcard.matches("a.b.eu.cp0.konghq.com"));
    assert!(!wildcard.matches("*.eu.cp0.konghq.com"));
    assert!(!wildcard.matches("a_b.eu.cp0.konghq.com"));
    assert!(!wildcard.matches("a.eu.cp0.konghq.com.evil.com"));
}
