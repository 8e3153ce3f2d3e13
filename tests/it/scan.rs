//! Reading logs: the finder, the outcome of each line, the tally and its
//! comparison with requirements, over fixtures of every log format
//! (`tests/data/logs/`, described in its README).

use konnect_netreq::{
    Geo, Outcome, Reason, Requirements, RequirementsSet, Tally, classify, find_addresses,
    line_outcome,
};
use proptest::prelude::*;
use proptest::sample::select;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/data/logs/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap()
}

const FIXTURES: [&str; 6] = [
    "squid-access.log",
    "aws-network-firewall-alert.log",
    "route53-resolver-query.log",
    "envoy-istio-access.log",
    "hubble-flows.json",
    "kong-error.log",
];

/// Every line of a fixture as `LINE FORMAT OUTCOME [HOST:PORT ENDPOINT]...`.
fn read_fixture(name: &str) -> Vec<String> {
    let text = fixture(name);
    text.split(|b| *b == b'\n')
        .filter(|line| !line.is_empty())
        .enumerate()
        .map(|(index, line)| {
            let read = line_outcome(line);
            let mut shown = format!(
                "{} {} {}",
                index + 1,
                read.format().map_or("-", |f| f.as_str()),
                read.outcome()
            );
            for found in find_addresses(line) {
                let classified = found.classified();
                assert_eq!(&line[found.range()], classified.host().as_bytes());
                let port = classified
                    .port_or_known_default()
                    .map_or("-".to_owned(), |p| p.to_string());
                shown.push_str(&format!(
                    " {}:{port} {}",
                    classified.host(),
                    classified.endpoint()
                ));
            }
            shown
        })
        .collect()
}

#[test]
fn every_line_of_every_format() {
    let expected: [(&str, &[&str]); 6] = [
        (
            "squid-access.log",
            &[
                "1 squid allowed a1b2c3d4e5.eu.cp0.konghq.com:443 control-plane",
                "2 squid denied a1b2c3d4e5.eu.tp0.konghq.com:443 telemetry",
                "3 squid allowed cloud.konghq.com:443 platform",
                "4 squid denied A1B2C3D4E5.EU.CP.KONGHQ.COM:443 control-plane",
                "5 squid failed eu.api.konghq.com:443 regional-api",
                "6 squid allowed us.api.konghq.com:80 regional-api",
                "7 squid denied 36fc5d01be.us.cp0.konghq.com:443 control-plane",
                "8 squid allowed",
                "9 squid denied",
                "10 squid failed d6a3e6b6bc64.eu.kongportals.com:443 dev-portal",
                "11 squid allowed",
                "12 squid allowed a1b2c3d4e5.eu.cp0.konghq.com:443 control-plane",
                "13 squid unknown eu.mesh.sync.konghq.com:443 mesh-sync",
                "14 squid denied",
            ],
        ),
        (
            "aws-network-firewall-alert.log",
            &[
                "1 aws-network-firewall allowed a1b2c3d4e5.eu.cp0.konghq.com:- control-plane",
                "2 aws-network-firewall denied a1b2c3d4e5.eu.tp0.konghq.com:- telemetry",
                "3 aws-network-firewall denied A1B2C3D4E5.eu.cp.konghq.com:- control-plane",
                "4 aws-network-firewall allowed eu.api.konghq.com:- regional-api",
                "5 aws-network-firewall unknown",
                "6 aws-network-firewall denied",
                "7 aws-network-firewall denied eu.mesh.sync.konghq.com:- mesh-sync",
            ],
        ),
        (
            "route53-resolver-query.log",
            &[
                "1 route53-resolver allowed a1b2c3d4e5.eu.cp0.konghq.com:- control-plane",
                "2 route53-resolver denied a1b2c3d4e5.eu.tp0.konghq.com:- telemetry",
                "3 route53-resolver allowed cloud.konghq.com:- platform",
                "4 route53-resolver failed A1B2C3D4E5.Eu.Cp.KongHQ.com:- control-plane",
                "5 route53-resolver allowed d6a3e6b6bc64.eu.portal.konghq.com:- dev-portal \
                 d6a3e6b6bc64.edge.eu.portal.konghq.com:- dev-portal",
                "6 route53-resolver failed eu.api.konghq.com:- regional-api",
                "7 route53-resolver failed",
            ],
        ),
        (
            "envoy-istio-access.log",
            &[
                "1 envoy allowed a1b2c3d4e5.eu.cp0.konghq.com:- control-plane \
                 a1b2c3d4e5.eu.cp0.konghq.com:- control-plane",
                "2 envoy failed a1b2c3d4e5.eu.tp0.konghq.com:- telemetry \
                 a1b2c3d4e5.eu.tp0.konghq.com:- telemetry",
                "3 envoy denied cloud.konghq.com:- platform",
                "4 envoy allowed eu.api.konghq.com:- regional-api eu.api.konghq.com:- regional-api",
                "5 envoy failed d6a3e6b6bc64.eu.kongportals.com:- dev-portal \
                 d6a3e6b6bc64.eu.kongportals.com:- dev-portal",
                "6 envoy denied us.kic.api.konghq.com:- ingress-controller \
                 us.kic.api.konghq.com:- ingress-controller",
                "7 envoy allowed",
            ],
        ),
        (
            "hubble-flows.json",
            &[
                "1 hubble allowed a1b2c3d4e5.eu.cp0.konghq.com:- control-plane",
                "2 hubble denied a1b2c3d4e5.eu.tp0.konghq.com:- telemetry",
                "3 hubble allowed cloud.konghq.com:- platform cloud.konghq.com:- platform",
                "4 hubble failed a1b2c3d4e5.eu.cp.konghq.com:- control-plane \
                 a1b2c3d4e5.eu.cp.konghq.com:- control-plane",
                "5 hubble failed d6a3e6b6bc64.eu.kongportals.com:- dev-portal",
                "6 hubble allowed us.kic.api.konghq.com:- ingress-controller \
                 us.kic.api.konghq.com:- ingress-controller",
            ],
        ),
        (
            "kong-error.log",
            &[
                "1 kong-data-plane failed a1b2c3d4e5.eu.cp0.konghq.com:443 control-plane \
                 a1b2c3d4e5.eu.cp0.konghq.com:443 control-plane",
                "2 kong-data-plane failed a1b2c3d4e5.eu.cp0.konghq.com:443 control-plane \
                 a1b2c3d4e5.eu.cp0.konghq.com:443 control-plane",
                "3 kong-data-plane failed a1b2c3d4e5.eu.cp0.konghq.com:443 control-plane \
                 a1b2c3d4e5.eu.cp0.konghq.com:443 control-plane",
                "4 kong-data-plane denied a1b2c3d4e5.eu.cp0.konghq.com:443 control-plane \
                 a1b2c3d4e5.eu.cp0.konghq.com:443 control-plane",
                "5 kong-data-plane failed a1b2c3d4e5.eu.tp0.konghq.com:443 telemetry \
                 a1b2c3d4e5.eu.tp0.konghq.com:- telemetry",
                "6 kong-data-plane failed A1B2C3D4E5.EU.TP0.KONGHQ.COM:443 telemetry",
                "7 kong-data-plane allowed 8c3ef72bd9.eu.tp0.konghq.com:443 telemetry",
                "8 kong-data-plane unknown",
                "9 kong-data-plane failed a1b2c3d4e5.eu.cp.konghq.com:443 control-plane \
                 a1b2c3d4e5.eu.cp.konghq.com:443 control-plane",
            ],
        ),
    ];
    for (name, lines) in expected {
        assert_eq!(read_fixture(name), lines, "{name}");
    }
}

/// Text that holds Konnect names but no Konnect address as a token.
#[test]
fn look_alikes_are_never_found() {
    for text in [
        "konghq.com.evil.com",
        "a1b2c3d4e5.eu.cp0.konghq.com.evil.com",
        "a1b2c3d4e5.eu.cp0.konghq.com-evil.net",
        "a1b2c3d4e5.eu.cp0.konghq.com_x",
        "a1b2c3d4e5.eu.cp0.konghq.community",
        "a1b2c3d4e5.eu.cp0.konghq.com..",
        "xkonghq.com",
        "x.eu.cp0.xkonghq.com",
        "a1b2c3d4e5.eu.cp0.konghq.co",
        "configuration.konghq.com/v1beta1",
        "docs.konghq.com download.konghq.com packages.konghq.com",
        "cloud.konghq.tech",
        "a_b.eu.cp0.konghq.com",
        "*.eu.cp0.konghq.com",
        "x.y.eu.cp0.konghq.com",
        "https://evil.com/?h=a1b2c3d4e5.eu.cp0.konghq.com",
        "https://evil.com/a1b2c3d4e5.eu.cp0.konghq.com",
        "evil.com/a1b2c3d4e5.eu.cp0.konghq.com",
        "https:\\/\\/evil.com\\/cloud.konghq.com",
        "https://evil.com#cloud.konghq.com",
        "https://evil.com/?next=https%3A%2F%2Fcloud.konghq.com",
        "kongportals.com konghq.com",
    ] {
        let found: Vec<_> = find_addresses(text.as_bytes()).collect();
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
    let long = format!("{}.eu.cp0.konghq.com", "a".repeat(300));
    assert_eq!(find_addresses(long.as_bytes()).count(), 0);
}

/// Each form with the range of its host and the port it gives.
#[test]
fn forms_give_their_host_range_and_port() {
    for (text, range, port) in [
        ("cloud.konghq.com", 0..16, None),
        ("CLOUD.KONGHQ.COM.", 0..16, None),
        ("at cloud.konghq.com.", 3..19, None),
        ("[cloud.konghq.com:443]", 1..17, Some(443)),
        ("'cloud.konghq.com:8443'", 1..17, Some(8443)),
        ("(cloud.konghq.com:99999)", 1..17, None),
        ("cloud.konghq.com:0", 0..16, None),
        ("https://cloud.konghq.com/x?y=1#z", 8..24, Some(443)),
        ("http://cloud.konghq.com", 7..23, Some(80)),
        ("ws://cloud.konghq.com:8000/", 5..21, Some(8000)),
        ("grpc://cloud.konghq.com/", 7..23, None),
        ("ftp://cloud.konghq.com/", 6..22, None),
        ("wss://kong:s3cr%40t@cloud.konghq.com/", 20..36, Some(443)),
        ("\"https:\\/\\/cloud.konghq.com\\/v2\"", 11..27, Some(443)),
        ("//cloud.konghq.com/x", 2..18, None),
        ("url=https://cloud.konghq.com", 12..28, Some(443)),
        ("sni=cloud.konghq.com", 4..20, None),
        ("outbound|443||cloud.konghq.com", 14..30, None),
        ("<cloud.konghq.com>", 1..17, None),
        ("us.svc.konghq.com/cp/36fc5d01be", 0..17, None),
        ("u=https%3A%2F%2Fcloud.konghq.com%2Fx", 16..32, None),
        ("%2fcloud.konghq.com", 3..19, None),
    ] {
        let found: Vec<_> = find_addresses(text.as_bytes()).collect();
        assert_eq!(found.len(), 1, "{text:?}");
        assert_eq!(found[0].range(), range, "{text:?}");
        assert_eq!(
            found[0].classified().port_or_known_default(),
            port,
            "{text:?}"
        );
    }
    // Invalid UTF-8, NUL and escapes around a host do not hide it.
    let text = b"\xff\x00\x1b[0m cloud.konghq.com\x1b[0m\xfe";
    let found: Vec<_> = find_addresses(text).collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].range(), 7..23);
}

fn lines_of(name: &str) -> Vec<(String, u64, Vec<u8>)> {
    fixture(name)
        .split(|b| *b == b'\n')
        .filter(|line| !line.is_empty())
        .enumerate()
        .map(|(index, line)| (name.to_owned(), index as u64 + 1, line.to_vec()))
        .collect()
}

fn tally_of(lines: &[(String, u64, Vec<u8>)], limit: usize) -> Tally {
    let mut tally = Tally::with_limit(limit);
    for (source, number, line) in lines {
        tally.add_line(source, *number, line);
    }
    tally
}

#[test]
fn a_squid_log_against_its_control_plane() {
    let tally = tally_of(&lines_of("squid-access.log"), Tally::DEFAULT_LIMIT);
    assert_eq!(tally.lines(), 14);
    let seen: Vec<String> = tally
        .addresses()
        .map(|seen| {
            let counts = seen.counts();
            format!(
                "{}:{:?} seen {} allowed {} denied {} failed {} lines {}-{}",
                seen.host(),
                seen.port(),
                counts.seen(),
                counts.allowed(),
                counts.denied(),
                counts.failed(),
                seen.first().line(),
                seen.last().line()
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            "36fc5d01be.us.cp0.konghq.com:Some(443) seen 1 allowed 0 denied 1 failed 0 lines 7-7",
            "a1b2c3d4e5.eu.cp.konghq.com:Some(443) seen 1 allowed 0 denied 1 failed 0 lines 4-4",
            "a1b2c3d4e5.eu.cp0.konghq.com:Some(443) seen 2 allowed 2 denied 0 failed 0 lines 1-12",
            "a1b2c3d4e5.eu.tp0.konghq.com:Some(443) seen 1 allowed 0 denied 1 failed 0 lines 2-2",
            "cloud.konghq.com:Some(443) seen 1 allowed 1 denied 0 failed 0 lines 3-3",
            "d6a3e6b6bc64.eu.kongportals.com:Some(443) seen 1 allowed 0 denied 0 failed 1 lines 10-10",
            "eu.api.konghq.com:Some(443) seen 1 allowed 0 denied 0 failed 1 lines 5-5",
            "eu.mesh.sync.konghq.com:Some(443) seen 1 allowed 0 denied 0 failed 0 lines 13-13",
            "us.api.konghq.com:Some(80) seen 1 allowed 1 denied 0 failed 0 lines 6-6",
        ]
    );
    let req = Requirements::from_control_plane_endpoint("https://a1b2c3d4e5.eu.cp0.konghq.com")
        .unwrap()
        .build()
        .unwrap();
    let comparison = tally.compare(&req);
    let blocked: Vec<String> = comparison
        .blocked()
        .iter()
        .map(|blocked| {
            format!(
                "{} denied {} failed {} first {}:{}",
                blocked.rule(),
                blocked.counts().denied(),
                blocked.counts().failed(),
                blocked.first().source(),
                blocked.first().line()
            )
        })
        .collect();
    assert_eq!(
        blocked,
        [
            "eu.api.konghq.com:443/tcp denied 0 failed 1 first squid-access.log:5",
            "a1b2c3d4e5.eu.tp0.konghq.com:443/tcp denied 1 failed 0 first squid-access.log:2",
        ]
    );
    let unexpected: Vec<(String, Option<u16>, Reason)> = comparison
        .unexpected()
        .iter()
        .map(|u| (u.seen().host().to_owned(), u.seen().port(), u.reason()))
        .collect();
    assert_eq!(
        unexpected,
        [
            (
                "36fc5d01be.us.cp0.konghq.com".into(),
                Some(443),
                Reason::OtherGeo
            ),
            (
                "a1b2c3d4e5.eu.cp.konghq.com".into(),
                Some(443),
                Reason::OtherEdition
            ),
            (
                "d6a3e6b6bc64.eu.kongportals.com".into(),
                Some(443),
                Reason::OtherEdition
            ),
            (
                "eu.mesh.sync.konghq.com".into(),
                Some(443),
                Reason::NotIncluded
            ),
            ("us.api.konghq.com".into(), Some(80), Reason::OtherGeo),
        ]
    );
    let unseen: Vec<String> = comparison.unseen().iter().map(|r| r.to_string()).collect();
    assert_eq!(
        unseen,
        [
            "global.api.konghq.com:443/tcp",
            "*.eu.portal.konghq.com:443/tcp"
        ]
    );
    assert!(comparison.needs_action());
}

#[test]
fn reasons_for_ports_and_identifiers() {
    let mut tally = Tally::new();
    tally.add_line("a", 1, b"TCP_TUNNEL/200 CONNECT cloud.konghq.com:8443");
    tally.add_line("a", 2, b"https://ffffffffff.eu.cp0.konghq.com");
    let req = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .unwrap();
    let reasons: Vec<Reason> = tally
        .compare(&req)
        .unexpected()
        .iter()
        .map(|u| u.reason())
        .collect();
    assert_eq!(reasons, [Reason::OtherPort, Reason::OtherIdentifier]);
    // Nothing denied or failed: nothing needs action.
    assert!(!tally.compare(&req).needs_action());
    // A set compares against every member.
    let us = Requirements::for_geo(Geo::Us)
        .with_cp_prefix("ffffffffff")
        .build()
        .unwrap();
    let set: RequirementsSet = [req, us].into_iter().collect();
    let reasons: Vec<Reason> = tally
        .compare_set(&set)
        .unexpected()
        .iter()
        .map(|u| u.reason())
        .collect();
    assert_eq!(reasons, [Reason::OtherPort, Reason::OtherIdentifier]);
}

#[test]
fn one_line_counts_an_address_once() {
    let mut tally = Tally::new();
    let added = tally.add_line(
        "kong-error.log",
        1,
        fixture("kong-error.log")
            .split(|b| *b == b'\n')
            .next()
            .unwrap(),
    );
    assert_eq!(added, 2);
    let seen: Vec<_> = tally.addresses().collect();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].counts().seen(), 1);
    assert_eq!(seen[0].counts().failed(), 1);
}

#[test]
fn the_limit_keeps_the_first_pairs_in_order_and_counts_the_rest() {
    let mut tally = Tally::with_limit(2);
    for (line, host) in [
        "c.eu.cp0.konghq.com",
        "a.eu.cp0.konghq.com",
        "b.eu.cp0.konghq.com",
        "c.eu.cp0.konghq.com",
    ]
    .iter()
    .enumerate()
    {
        tally.add_line(
            "x",
            line as u64 + 1,
            format!("NONE_NONE/503 {host}").as_bytes(),
        );
    }
    let hosts: Vec<&str> = tally.addresses().map(|seen| seen.host()).collect();
    assert_eq!(hosts, ["a.eu.cp0.konghq.com", "b.eu.cp0.konghq.com"]);
    assert_eq!(tally.more().seen(), 2);
    assert_eq!(tally.more().unknown(), 2);
    assert_eq!(Tally::with_limit(usize::MAX).limit(), Tally::MAX_LIMIT);
}

#[cfg(feature = "serde")]
#[test]
fn a_tally_round_trips_through_json_and_bad_documents_are_refused() {
    let mut lines = Vec::new();
    for name in FIXTURES {
        lines.extend(lines_of(name));
    }
    let tally = tally_of(&lines, 5);
    let json = serde_json::to_string(&tally).unwrap();
    let back: Tally = serde_json::from_str(&json).unwrap();
    assert_eq!(back, tally);
    let document = |addresses: &str| {
        format!(
            r#"{{"limit":10,"lines":1,"addresses":[{addresses}],"more":{{"seen":0,"allowed":0,"denied":0,"failed":0}}}}"#
        )
    };
    let place = r#""first":{"source":"a","line":1},"last":{"source":"a","line":2}"#;
    for (addresses, error) in [
        (
            format!(r#"{{"host":"evil.com","port":null,"seen":1,"allowed":0,"denied":0,"failed":0,{place}}}"#),
            "\"evil.com\" is not a Konnect hostname",
        ),
        (
            format!(r#"{{"host":"Cloud.konghq.com","port":null,"seen":1,"allowed":0,"denied":0,"failed":0,{place}}}"#),
            "\"Cloud.konghq.com\" is not written lower-case without a trailing dot",
        ),
        (
            format!(r#"{{"host":"cloud.konghq.com","port":443,"seen":1,"allowed":1,"denied":1,"failed":0,{place}}}"#),
            "\"cloud.konghq.com\": the counts do not add up",
        ),
        (
            format!(
                r#"{{"host":"cloud.konghq.com","port":443,"seen":1,"allowed":1,"denied":0,"failed":0,{place}}},{{"host":"cloud.konghq.com","port":443,"seen":1,"allowed":1,"denied":0,"failed":0,{place}}}"#
            ),
            "\"cloud.konghq.com\" with port Some(443) is listed twice",
        ),
        (
            r#"{"host":"cloud.konghq.com","port":443,"seen":1,"allowed":1,"denied":0,"failed":0,"first":{"source":"b","line":1},"last":{"source":"a","line":2}}"#.to_owned(),
            "\"cloud.konghq.com\": \"first\" is after \"last\"",
        ),
    ] {
        let error_text = serde_json::from_str::<Tally>(&document(&addresses))
            .unwrap_err()
            .to_string();
        assert_eq!(error_text, error, "{addresses}");
    }
}

// ------------------------------------------------------------ properties

/// A Konnect hostname of a random kind, geo, identifier and case.
fn konnect_host() -> impl Strategy<Value = String> {
    let geo = select(Geo::ALL.iter().map(|geo| geo.as_str()).collect::<Vec<_>>());
    (
        select(vec![
            "{id}.{geo}.cp0.konghq.com",
            "{id}.{geo}.tp.konghq.com",
            "{id}.{geo}.kongportals.com",
            "{id}.{geo}.portal.konghq.com",
            "{geo}.api.konghq.com",
            "cloud.konghq.com",
            "global.api.konghq.com",
        ]),
        geo,
        "[a-z0-9]{10}",
        proptest::collection::vec(any::<bool>(), 64),
    )
        .prop_map(|(template, geo, id, upper)| {
            template
                .replace("{id}", &id)
                .replace("{geo}", geo)
                .chars()
                .zip(upper.into_iter().cycle())
                .map(|(c, up)| if up { c.to_ascii_uppercase() } else { c })
                .collect()
        })
}

/// Random text made of pieces that look like hostnames, URLs and logs.
fn noise() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(
        select(vec![
            &b"a"[..],
            b"Z",
            b"9",
            b" ",
            b".",
            b"-",
            b"_",
            b"/",
            b":",
            b"\"",
            b"k",
            b"K",
            b"kong",
            b"konghq",
            b"hq.com",
            b".com",
            b"konghq.com",
            b"kongportals.com",
            b"eu.",
            b"cp0.",
            b"=",
            b"?",
            b"#",
            b"@",
            b"\xff",
            b"\x00",
            b"\n",
            b"\\/",
            b"https://",
            b"[",
            b"]",
            b"|",
        ]),
        0..24,
    )
    .prop_map(|pieces| pieces.concat())
}

/// Where a host is inserted: its form, the host's offset in it and the
/// port the form gives.
fn form(host: &str, choice: usize) -> (String, usize, Option<u16>) {
    match choice {
        0 => (host.to_owned(), 0, None),
        1 => (format!("{host}:8443"), 0, Some(8443)),
        2 => (format!("https://{host}/path?q=1"), 8, Some(443)),
        3 => (format!("wss://u:p@{host}:9000/x"), 10, Some(9000)),
        4 => (format!("https:\\/\\/{host}\\/v1"), 10, Some(443)),
        5 => (format!("{host}."), 0, None),
        _ => (format!("http://{host}"), 7, Some(80)),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn an_inserted_address_is_found_at_its_place(
        before in noise(),
        after in noise(),
        host in konnect_host(),
        choice in 0_usize..7,
        left in select(vec![&b" "[..], b"\"", b"[", b"(", b"<", b",", b"|", b"\n", b"\t", b"{", b"'"]),
        right in select(vec![&b" "[..], b"\"", b"]", b")", b">", b",", b";", b"|", b"\n", b"'"]),
    ) {
        let (address, offset, port) = form(&host, choice);
        let mut text = before.clone();
        text.extend_from_slice(left);
        let start = text.len() + offset;
        text.extend_from_slice(address.as_bytes());
        let inserted_end = text.len();
        text.extend_from_slice(right);
        let suffix_start = text.len();
        text.extend_from_slice(&after);
        let found: Vec<_> = find_addresses(&text).collect();
        let ours: Vec<_> = found.iter().filter(|f| f.range().start == start).collect();
        prop_assert_eq!(ours.len(), 1, "{:?}", String::from_utf8_lossy(&text));
        prop_assert_eq!(ours[0].range(), start..start + host.len());
        prop_assert_eq!(ours[0].classified().host(), host.as_str());
        prop_assert_eq!(ours[0].classified().port_or_known_default(), port);
        // Anything else found is a whole Konnect hostname of the noise.
        for other in found.iter().filter(|f| f.range().start != start) {
            let range = other.range();
            prop_assert!(range.end <= before.len() || range.start >= suffix_start || range.start >= inserted_end);
            let name = std::str::from_utf8(&text[range]).unwrap();
            prop_assert!(classify(name).is_some());
        }
    }

    #[test]
    fn a_look_alike_is_never_found(
        before in noise(),
        after in noise(),
        host in konnect_host(),
        disguise in 0_usize..8,
    ) {
        let look_alike = match disguise {
            0 => format!("{host}.evil.com"),
            1 => format!("{host}x"),
            2 => format!("{host}-evil.net"),
            3 => format!("https://evil.com/?h={host}"),
            4 => format!("evil.com/{host}"),
            5 => format!("x.{host}"),
            6 => format!("{host}_"),
            _ => format!("https://evil.com#{host}"),
        };
        let mut text = before.clone();
        text.push(b' ');
        let start = text.len();
        text.extend_from_slice(look_alike.as_bytes());
        let end = text.len();
        text.push(b' ');
        text.extend_from_slice(&after);
        for found in find_addresses(&text) {
            let range = found.range();
            prop_assert!(range.end <= start || range.start >= end, "{:?} in {:?}", found, look_alike);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Tallies of the parts of a log, merged in any order, equal the tally
    /// of the whole, with a limit small enough to drop pairs.
    #[test]
    fn merged_parts_equal_the_whole(
        parts in proptest::collection::vec(0_usize..4, 48),
        order in Just(vec![0_usize, 1, 2, 3]).prop_shuffle(),
        limit in 1_usize..14,
    ) {
        let mut lines = Vec::new();
        for name in FIXTURES {
            lines.extend(lines_of(name));
        }
        let whole = tally_of(&lines, limit);
        let mut split = vec![Vec::new(); 4];
        for (index, line) in lines.iter().enumerate() {
            split[parts[index % parts.len()]].push(line.clone());
        }
        let mut merged = Tally::with_limit(limit);
        for part in order {
            merged.merge(&tally_of(&split[part], limit));
        }
        prop_assert_eq!(merged, whole);
    }
}

#[test]
fn outcomes_of_lines_that_fit_no_format() {
    for line in [
        &b""[..],
        b"{}",
        b"{\"verdict\":",
        b"[2024] \"x",
        b"2024/12/02 12:00:00 [",
        b"1 2 3 TCP_TUNNEL/20",
        b"\xff\xfe\x00",
    ] {
        let read = line_outcome(line);
        assert_eq!(read.outcome(), Outcome::Unknown, "{line:?}");
    }
    assert_eq!(line_outcome(b"2024/12/02 12:00:0").format(), None);
    assert_eq!(
        line_outcome(b"2024/12/02 12:00:00 [").format(),
        Some(konnect_netreq::LogFormat::KongDataPlane)
    );
    assert_eq!(
        line_outcome(b"{\"verdict\":").format(),
        Some(konnect_netreq::LogFormat::Hubble)
    );
}

#[test]
fn keywords_parse_back_and_unknown_ones_say_what_is_expected() {
    assert_eq!("DENIED".parse::<Outcome>().unwrap(), Outcome::Denied);
    assert_eq!(
        "hubble".parse::<konnect_netreq::LogFormat>().unwrap(),
        konnect_netreq::LogFormat::Hubble
    );
    assert_eq!(
        "nope".parse::<Reason>().unwrap_err().to_string(),
        "unrecognized reason \"nope\": expected one of other-port, other-geo, other-edition, \
         other-identifier, not-included"
    );
    assert_eq!(
        "blocked".parse::<Outcome>().unwrap_err().to_string(),
        "unrecognized outcome \"blocked\": expected one of allowed, denied, failed, unknown"
    );
}
