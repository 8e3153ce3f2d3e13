//! `CpPrefix` and `PortalId`: one DNS label each, every bad-input class with
//! its exact error text.

use crate::common::quoted;
use konnect_netreq::{CpPrefix, ErrorKind, PortalId};

const EXPECTED: &str = "expected one DNS label: 1 to 63 ASCII letters, digits or hyphens, \
                        not starting or ending with a hyphen";

#[test]
fn valid_identifiers_are_lower_cased() {
    for (input, canonical) in [
        ("36fc5d01be", "36fc5d01be"),
        ("36FC5D01BE", "36fc5d01be"),
        ("example", "example"),
        ("x", "x"),
        ("7", "7"),
        ("my-company-1234", "my-company-1234"),
        ("a-b", "a-b"),
        ("ab-c--d", "ab-c--d"),
    ] {
        assert_eq!(CpPrefix::new(input).unwrap().as_str(), canonical);
        assert_eq!(PortalId::new(input).unwrap().to_string(), canonical);
        assert_eq!(
            input.parse::<CpPrefix>().unwrap(),
            CpPrefix::new(canonical).unwrap()
        );
        assert_eq!(PortalId::try_from(input).unwrap().as_ref(), canonical);
    }
    let longest = "a".repeat(63);
    assert_eq!(CpPrefix::new(&longest).unwrap().as_str(), longest);
}

#[test]
fn every_bad_input_class() {
    let long = "a".repeat(64);
    let cases: Vec<(&str, &str)> = vec![
        ("", "it is empty"),
        (&long, "it is 64 bytes long"),
        ("a.b", "it contains '.'"),
        ("a1b2c3d4e5.eu.cp0.konghq.com", "it contains '.'"),
        ("a b", "it contains ' '"),
        (" ab", "it contains ' '"),
        ("a_b", "it contains '_'"),
        ("café", "it contains '\\u{e9}'"),
        ("\u{430}bc", "it contains '\\u{430}'"),
        ("ａｂ", "it contains '\\u{ff41}'"),
        ("a\nb", "it contains '\\n'"),
        ("a\0", "it contains '\\0'"),
        ("a\u{7f}", "it contains '\\u{7f}'"),
        ("*", "it contains '*'"),
        ("*.eu", "it contains '*'"),
        ("a%2e", "it contains '%'"),
        ("a@b", "it contains '@'"),
        ("a:443", "it contains ':'"),
        ("https://x", "it contains ':'"),
        ("-ab", "it starts with a hyphen"),
        ("ab-", "it ends with a hyphen"),
        ("-", "it starts with a hyphen"),
        (
            "xn--80ak6aa92e",
            "it has \"--\" in its third and fourth places (reserved for IDNA)",
        ),
        (
            "XN--abc",
            "it has \"--\" in its third and fourth places (reserved for IDNA)",
        ),
    ];
    for (input, problem) in cases {
        assert_eq!(
            CpPrefix::new(input).unwrap_err().to_string(),
            format!(
                "invalid control plane DNS prefix {}: {problem}; {EXPECTED}",
                quoted(input)
            ),
        );
        assert_eq!(
            PortalId::new(input).unwrap_err().to_string(),
            format!("invalid portal ID {}: {problem}; {EXPECTED}", quoted(input)),
        );
    }
}

#[test]
fn the_error_names_the_input_and_the_problem() {
    let err = CpPrefix::new("a.b").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidIdentifier);
    assert_eq!(
        err.to_string(),
        format!("invalid control plane DNS prefix \"a.b\": it contains '.'; {EXPECTED}")
    );
}

#[test]
fn long_input_is_shortened_in_the_message_only() {
    let input = "x".repeat(1000);
    let err = PortalId::new(&input).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "invalid portal ID \"{}\"... (1000 bytes): it is 1000 bytes long; {EXPECTED}",
            "x".repeat(80)
        )
    );
    assert_eq!(err.kind(), ErrorKind::InvalidIdentifier);
}

#[test]
fn identifiers_are_small_copy_values() {
    let prefix = CpPrefix::new("abc").unwrap();
    let copy = prefix;
    assert_eq!(prefix, copy);
    assert_eq!(format!("{prefix:?}"), "CpPrefix(\"abc\")");
    assert_eq!(
        format!("{:?}", PortalId::new("p").unwrap()),
        "PortalId(\"p\")"
    );
    assert!(CpPrefix::new("a").unwrap() < CpPrefix::new("b").unwrap());
}
