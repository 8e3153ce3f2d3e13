//! `Requirements::allows` and `Host::matches` against `classify`: for
//! arbitrary requirements and an arbitrary host, port and protocol,
//! `allows` is exactly "port 443, TCP, and `classify` finds an endpoint one
//! of whose hosts matches"; every exact host is allowed, also upper-cased
//! with a trailing dot; `matches` never panics, and an exact host matches
//! only what classifies to its endpoint.
#![no_main]

use arbitrary::Arbitrary;
use konnect_netreq::{Host, Protocol, classify};
use konnect_netreq_fuzz::{
    BuilderInput, Ident, allows_oracle, check_error_text, check_requirements,
};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
enum HostInput {
    /// Any string.
    Raw(String),
    /// One of the requirements' hosts, its wildcard filled with a label,
    /// changed at the edges.
    FromRequirements {
        index: u8,
        label: Ident,
        upper: bool,
        dots: u8,
        prefix: String,
        suffix: String,
    },
}

#[derive(Debug, Arbitrary)]
struct Input {
    requirements: BuilderInput,
    host: HostInput,
    port: Option<u16>,
    protocol: u8,
}

fuzz_target!(|input: Input| {
    let req = match input.requirements.builder().build() {
        Ok(req) => req,
        Err(error) => {
            check_error_text(&error);
            return;
        }
    };
    check_requirements(&req);
    let hosts: Vec<_> = req.hosts().map(|(e, h)| (e, h.clone())).collect();

    let host = match &input.host {
        HostInput::Raw(s) => s.clone(),
        HostInput::FromRequirements {
            index,
            label,
            upper,
            dots,
            prefix,
            suffix,
        } => {
            let Some((_, chosen)) = hosts.get(usize::from(*index) % hosts.len().max(1)) else {
                return;
            };
            let mut text = match chosen.as_str().strip_prefix("*.") {
                Some(base) => format!("{}.{base}", label.text()),
                None => chosen.as_str().to_owned(),
            };
            if *upper {
                text = text.to_ascii_uppercase();
            }
            text.push_str(&".".repeat(usize::from(*dots % 3)));
            format!("{prefix}{text}{suffix}")
        }
    };
    let port = input.port.unwrap_or(443);
    let protocol = Protocol::ALL[usize::from(input.protocol) % Protocol::ALL.len()];

    assert_eq!(
        req.allows(&host, port, protocol),
        allows_oracle(&req, &host, port, protocol),
        "allows({host:?}, {port}, {protocol:?}) for {:?}",
        hosts
    );
    if port != 443 || protocol != Protocol::Tcp {
        assert!(!req.allows(&host, port, protocol));
    }

    for (endpoint, allowed) in &hosts {
        // Never panics, whatever the string.
        let matched = allowed.matches(&host);
        if !allowed.is_wildcard() {
            let text = allowed.as_str();
            assert!(req.allows(text, 443, Protocol::Tcp), "{text}");
            let shouted = format!("{}.", text.to_ascii_uppercase());
            assert!(req.allows(&shouted, 443, Protocol::Tcp), "{shouted}");
            assert!(allowed.matches(&shouted), "{shouted}");
            if matched {
                let found = classify(&host)
                    .unwrap_or_else(|| panic!("{host:?} matches {text} but does not classify"));
                assert_eq!(found.endpoint(), *endpoint, "{host:?} matches {text}");
            }
        } else if matched {
            // A wildcard stands for exactly one valid label before its base.
            let name = host.strip_suffix('.').unwrap_or(&host);
            let (label, rest) = name.split_once('.').expect("a match has a dot");
            assert!(
                rest.eq_ignore_ascii_case(allowed.base()),
                "{host:?} {allowed}"
            );
            assert!(Host::new(label).is_ok(), "{host:?} {allowed}");
        }
    }

    // `matches` of a host made from the fuzzer's string never panics, and
    // an exact host matches itself.
    if let Ok(own) = Host::new(&host) {
        let _ = own.matches(&host);
        if !own.is_wildcard() {
            assert!(own.matches(&host), "{host:?}");
        }
    }
});
