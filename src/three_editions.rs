//! The facts table is a value: these tests run the recognizing and
//! resolving code on a table with a third, hypothetical edition that the
//! public `Edition` enum does not have (the Aug2026 rows with the telemetry
//! host renamed `tel`), and check that every edition stays itself.

use crate::facts::{EditionRow, Editions, FACTS, Facts, Row, Spelling};
use crate::recognize::{classify_in, keys};
use crate::resolve::hosts::{HostChoice, edition_of, write_hosts};
use crate::{Edition, Endpoint, Geo, Product};

/// The place of the hypothetical edition.
const NEXT: u8 = 2;

/// The crate's table with a third edition: everything that holds "since
/// Aug2026" holds in it too, except the telemetry spelling `tp`, which it
/// writes `tel`.
fn three_editions() -> (Facts, Vec<(u32, u8, u8)>) {
    let mut editions = FACTS.editions.to_vec();
    editions.push(EditionRow {
        keyword: "next",
        date: "2027-01-01",
    });
    let mut endpoints: Vec<Row> = FACTS.endpoints.to_vec();
    let telemetry = endpoints
        .get_mut(Endpoint::Telemetry.index())
        .expect("a telemetry row");
    let mut spellings: Vec<Spelling> = telemetry.spellings.to_vec();
    let tp = spellings
        .iter_mut()
        .find(|spelling| spelling.service == "tp")
        .expect("the tp spelling");
    tp.writes = Editions::between(Edition::Aug2026.place(), Edition::Aug2026.place());
    let mut tel = *tp;
    tel.service = "tel";
    tel.writes = Editions::since(NEXT);
    tel.text = "CONTROL_PLANE_DNS_PREFIX.{geo}.tel.konghq.com";
    spellings.push(tel);
    telemetry.spellings = Vec::leak(spellings);
    let endpoints: &'static [Row] = Vec::leak(endpoints);
    let facts = Facts {
        editions: Vec::leak(editions),
        endpoints,
        ..FACTS
    };
    (facts, keys::of(endpoints))
}

/// The editions `host` belongs to in `facts`, by place; `None` if it is
/// not a Konnect hostname there.
fn editions_of(facts: &Facts, keys: &[(u32, u8, u8)], host: &str) -> Option<Vec<u8>> {
    classify_in(facts, keys, host).map(|found| found.edition_set().iter().collect())
}

#[test]
fn classification_yields_every_edition_a_host_belongs_to() {
    let (facts, keys) = three_editions();
    let cases: [(&str, Option<Vec<u8>>); 9] = [
        ("a1b2c3d4e5.us.cp0.konghq.com", Some(vec![0])),
        // The third edition keeps `cp`: the host belongs to both.
        ("a1b2c3d4e5.us.cp.konghq.com", Some(vec![1, NEXT])),
        ("a1b2c3d4e5.us.tp0.konghq.com", Some(vec![0])),
        ("a1b2c3d4e5.us.tp.konghq.com", Some(vec![1])),
        ("a1b2c3d4e5.us.tel.konghq.com", Some(vec![NEXT])),
        ("eu.api.konghq.com", Some(vec![0, 1, NEXT])),
        // Singapore is listed from Aug2026 on, so `cp0` (Apr2025's) has
        // no edition for it.
        ("a1b2c3d4e5.sg.cp.konghq.com", Some(vec![1, NEXT])),
        ("a1b2c3d4e5.sg.cp0.konghq.com", Some(vec![])),
        ("a1b2c3d4e5.us.tl.konghq.com", None),
    ];
    for (host, expected) in cases {
        assert_eq!(editions_of(&facts, &keys, host), expected, "{host}");
    }
    // The crate's own table does not know the hypothetical spelling.
    assert_eq!(crate::classify("a1b2c3d4e5.us.tel.konghq.com"), None);
    assert_eq!(
        crate::classify("a1b2c3d4e5.us.cp.konghq.com")
            .map(|found| found.editions().collect::<Vec<_>>()),
        Some(vec![Edition::Aug2026])
    );
}

#[test]
fn a_given_address_picks_the_oldest_edition_that_writes_it() {
    let (facts, keys) = three_editions();
    let default = Edition::default().place();
    let pick = |host: &str, private_link: bool| {
        let found = classify_in(&facts, &keys, host).expect("a Konnect host");
        let geo = found.geo().expect("a geo");
        let writers = facts.writers(found.endpoint(), found.spelling());
        edition_of(
            &facts,
            found.endpoint(),
            writers,
            geo,
            private_link,
            default,
        )
    };
    // With a third edition that keeps `cp`, a `cp` address is still
    // Aug2026's (not the default Apr2025, whose telemetry host is `tp0`).
    assert_eq!(pick("a1b2c3d4e5.us.cp.konghq.com", false), Ok(1));
    assert_eq!(pick("a1b2c3d4e5.us.cp0.konghq.com", false), Ok(0));
    assert_eq!(pick("a1b2c3d4e5.us.tel.konghq.com", false), Ok(NEXT));
    // The edition that writes `cp0` does not list Singapore.
    assert_eq!(pick("a1b2c3d4e5.sg.cp0.konghq.com", false), Err(0));
    // Every edition writes PrivateLink hosts the same: the oldest from the
    // default on that has the geo's PrivateLink host.
    assert_eq!(pick("us.svc.konghq.com", true), Ok(0));
    assert_eq!(pick("sg.svc.konghq.com", true), Ok(1));
}

#[test]
fn the_builder_writes_each_editions_own_hosts() {
    let (facts, _) = three_editions();
    let wants = |product: Product| product == Product::ApiGateway;
    let identifiers = |_| vec!["a1b2c3d4e5"];
    let given = |_| None;
    let choice = HostChoice {
        geo: Geo::Us,
        wants: &wants,
        identifiers: &identifiers,
        given: &given,
        private_link: false,
        global_private_link: false,
        global_mesh: false,
    };
    let hosts = |edition: u8| -> Vec<String> {
        let (hosts, _) = write_hosts(&facts, edition, &choice).expect("hosts");
        hosts.iter().map(|(_, host)| host.to_string()).collect()
    };
    let expected = |cp: &str, tp: &str| {
        vec![
            "cloud.konghq.com".to_owned(),
            "global.api.konghq.com".to_owned(),
            "us.api.konghq.com".to_owned(),
            format!("a1b2c3d4e5.us.{cp}.konghq.com"),
            format!("a1b2c3d4e5.us.{tp}.konghq.com"),
        ]
    };
    assert_eq!(hosts(0), expected("cp0", "tp0"));
    assert_eq!(hosts(1), expected("cp", "tp"));
    assert_eq!(hosts(NEXT), expected("cp", "tel"));
    // The crate's table gives the builder the same hosts for its editions.
    for edition in Edition::ALL {
        let (crate_hosts, _) = write_hosts(&FACTS, edition.place(), &choice).expect("hosts");
        let (test_hosts, _) = write_hosts(&facts, edition.place(), &choice).expect("hosts");
        assert_eq!(crate_hosts, test_hosts, "{edition}");
    }
}
