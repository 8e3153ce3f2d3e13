//! Parses every rendered output back and compares it with the rules it was
//! rendered from, shared by the tests and the fuzz targets
//! (`fuzz/src/lib.rs` includes this file).
//!
//! A format without a checker here fails loudly: add its parser when adding
//! the format.

use konnect_netreq::{Format, Host, Port, Protocol, Requirements};

/// Renders `req` in every format of this build and checks each output.
pub fn check_all_formats(req: &Requirements) {
    for format in Format::ALL.iter().copied() {
        let text = req.render(format);
        check_rendered(req, format, &text);
    }
}

/// Checks one rendered output of `req`.
pub fn check_rendered(req: &Requirements, format: Format, text: &str) {
    assert!(
        !text.contains(['\r', '\0']),
        "{format} output holds a CR or NUL: {text:?}"
    );
    match format {
        Format::Hosts => check_hosts(req, text),
        #[cfg(feature = "json")]
        Format::Json => check_json(req, text),
        #[allow(unreachable_patterns)]
        other => {
            panic!("no output checker for format {other}: add one to tests/common/render_check.rs")
        }
    }
}

/// One `host:port/proto` or `port/proto` per line, exactly the rules in order.
fn check_hosts(req: &Requirements, text: &str) {
    assert!(text.ends_with('\n'), "hosts output ends without a newline");
    let lines: Vec<&str> = text.lines().collect();
    let rules: Vec<String> = req.rules().map(|rule| rule.to_string()).collect();
    assert_eq!(lines, rules, "hosts output is not the rules, one per line");
    for (line, rule) in lines.iter().zip(req.rules()) {
        let (head, proto) = line.rsplit_once('/').expect("no /proto");
        let protocol: Protocol = proto.parse().expect("bad protocol");
        assert_eq!(protocol, rule.protocol(), "{line}");
        let (host, port) = match head.rsplit_once(':') {
            Some((host, port)) => (Some(host), port),
            None => (None, head),
        };
        assert!(
            !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()),
            "port {port:?} in {line:?}"
        );
        let number: u16 = port.parse().expect("port out of range");
        assert_eq!(Port::from_number(number), Some(rule.port()), "{line}");
        match host {
            Some(host) => {
                let parsed = Host::new(host).expect("rendered host does not parse");
                assert_eq!(parsed.as_str(), host, "rendered host is not canonical");
                assert_eq!(Some(&parsed), rule.host(), "{line}");
            }
            None => assert_eq!(rule.host(), None, "{line}"),
        }
    }
}

#[cfg(feature = "json")]
fn check_json(req: &Requirements, text: &str) {
    let value: serde_json::Value = serde_json::from_str(text).expect("JSON does not parse");
    let object = value.as_object().expect("JSON is not an object");
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    let mut want = vec![
        "concrete",
        "cp_prefix",
        "edition",
        "geo",
        "portal_id",
        "rules",
    ];
    want.sort_unstable();
    let mut got = keys.clone();
    got.sort_unstable();
    assert_eq!(got, want, "JSON keys");
    assert_eq!(object["geo"], req.geo().as_str());
    assert_eq!(object["edition"], req.edition().as_str());
    assert_eq!(
        object["cp_prefix"].as_str(),
        req.cp_prefix().map(|p| p.as_str())
    );
    assert_eq!(
        object["portal_id"].as_str(),
        req.portal_id().map(|p| p.as_str())
    );
    assert_eq!(object["concrete"], req.is_concrete());
    let rules = object["rules"].as_array().expect("rules is not an array");
    assert_eq!(rules.len(), req.rules().count(), "JSON rule count");
    for (json, rule) in rules.iter().zip(req.rules()) {
        assert_eq!(json["host"].as_str(), rule.host().map(Host::as_str));
        assert_eq!(json["port"].as_u64(), Some(u64::from(rule.port().number())));
        assert_eq!(json["port_name"], rule.port().as_str());
        assert_eq!(json["protocol"], rule.protocol().as_str());
        assert_eq!(json["direction"], rule.direction().as_str());
        assert_eq!(
            json["endpoint"].as_str(),
            rule.endpoint().map(|e| e.as_str())
        );
        assert_eq!(
            json["app_protocol"].as_str(),
            rule.app_protocol().map(|a| a.as_str())
        );
        if let Some(host) = json["host"].as_str() {
            assert_eq!(
                Host::new(host).expect("JSON host does not parse").as_str(),
                host
            );
        }
    }
}
