//! The facts table is a value: these tests run the recognizing and
//! resolving code on the crate's table with one more, hypothetical edition
//! that the public `Edition` enum does not have: the newest edition's rows,
//! except that it writes the telemetry host `tp-next` where the newest edition
//! writes its own spelling. Every real edition must stay itself, and the
//! hypothetical one must be recognized and resolved as its own.
//!
//! Written against `Edition::LATEST`, so that adding a real edition to the
//! table needs no change here.

use crate::facts::{EditionRow, Editions, FACTS, Facts, Row, Spelling};
use crate::recognize::{classify_in, keys};
use crate::resolve::hosts::{HostChoice, edition_of, write_hosts};
use crate::{Edition, Endpoint, Geo, Product};

/// The place of the newest real edition.
const LATEST: u8 = Edition::LATEST.place();

/// The place of the hypothetical edition, after every real one.
fn next() -> u8 {
    u8::try_from(FACTS.editions.len()).expect("fewer than 256 editions")
}

/// The spelling of `endpoint` the newest edition writes.
fn latest_spelling(endpoint: Endpoint) -> Spelling {
    *FACTS
        .endpoint(endpoint)
        .expect("a row")
        .spellings
        .iter()
        .find(|spelling| spelling.writes.contains(LATEST))
        .expect("a spelling the newest edition writes")
}

/// The crate's table with the hypothetical edition, and its keys.
fn with_next_edition() -> (&'static Facts, Vec<(u32, u8, u8)>) {
    let mut editions = FACTS.editions.to_vec();
    editions.push(EditionRow {
        keyword: "next",
        date: "2099-01-01",
    });
    let mut endpoints: Vec<Row> = FACTS.endpoints.to_vec();
    let telemetry = endpoints
        .get_mut(Endpoint::Telemetry.index())
        .expect("a telemetry row");
    let mut spellings: Vec<Spelling> = telemetry.spellings.to_vec();
    let latest = latest_spelling(Endpoint::Telemetry);
    let mut tel = latest;
    for spelling in &mut spellings {
        if *spelling == latest {
            spelling.writes = spelling.writes.ending(LATEST);
        }
    }
    tel.service = "tp-next";
    tel.writes = Editions::since(next());
    tel.text = "CONTROL_PLANE_DNS_PREFIX.{geo}.tp-next.konghq.com";
    spellings.push(tel);
    telemetry.spellings = Vec::leak(spellings);
    let endpoints: &'static [Row] = Vec::leak(endpoints);
    let facts = Facts {
        editions: Vec::leak(editions),
        endpoints,
        ..FACTS
    };
    (Box::leak(Box::new(facts)), keys::of(endpoints))
}

/// A host of `spelling` for prefix `a1b2c3d4e5` in `geo`.
fn host(spelling: &Spelling, geo: Geo) -> String {
    let row = FACTS.geo(geo).expect("a geo row");
    spelling.write(Some("a1b2c3d4e5"), row, false)
}

/// The editions `host` belongs to, by place; `None` if it is not a
/// Konnect hostname in `facts`.
fn editions_of(facts: &'static Facts, keys: &[(u32, u8, u8)], host: &str) -> Option<Vec<u8>> {
    classify_in(facts, keys, host).map(|found| found.edition_set().iter().collect())
}

/// The same, in the crate's own table.
fn crate_editions_of(host: &str) -> Option<Vec<u8>> {
    crate::classify(host).map(|found| found.edition_set().iter().collect())
}

#[test]
fn classification_yields_every_edition_a_host_belongs_to() {
    let (facts, keys) = with_next_edition();
    let next = next();
    let cp = host(&latest_spelling(Endpoint::ControlPlane), Geo::Us);
    let tp = host(&latest_spelling(Endpoint::Telemetry), Geo::Us);
    let tel = "a1b2c3d4e5.us.tp-next.konghq.com";
    // The hypothetical edition keeps the newest control plane spelling:
    // the host belongs to it as well as to the editions that wrote it.
    let mut expected = crate_editions_of(&cp).expect("a Konnect host");
    expected.push(next);
    assert_eq!(editions_of(facts, &keys, &cp), Some(expected), "{cp}");
    // It writes telemetry its own way: the newest spelling stays the real
    // editions', and `tp-next` is its alone.
    assert_eq!(
        editions_of(facts, &keys, &tp),
        crate_editions_of(&tp),
        "{tp}"
    );
    assert_eq!(editions_of(facts, &keys, tel), Some(vec![next]));
    assert_eq!(crate::classify(tel), None);
    // A host every edition writes belongs to every one of them.
    assert_eq!(
        editions_of(facts, &keys, "eu.api.konghq.com"),
        Some((0..=next).collect())
    );
    // Every other host the crate recognizes keeps its editions, with the
    // hypothetical one where it writes the host too.
    for endpoint in Endpoint::ALL {
        for spelling in FACTS.endpoint(*endpoint).expect("a row").spellings {
            for geo in Geo::ALL {
                let name = host(spelling, *geo);
                let Some(mut expected) = crate_editions_of(&name) else {
                    continue;
                };
                let next_writes = spelling.writes.contains(LATEST)
                    && *spelling != latest_spelling(Endpoint::Telemetry)
                    && expected.contains(&LATEST);
                if next_writes {
                    expected.push(next);
                }
                assert_eq!(editions_of(facts, &keys, &name), Some(expected), "{name}");
            }
        }
    }
}

#[test]
fn a_given_address_picks_the_oldest_edition_that_writes_it() {
    let (facts, keys) = with_next_edition();
    let default = Edition::default().place();
    let pick_in =
        |facts: &'static Facts, keys: &[(u32, u8, u8)], host: &str, private_link: bool| {
            let found = classify_in(facts, keys, host).expect("a Konnect host");
            let geo = found.geo().expect("a geo");
            let writers = facts.writers(found.endpoint(), found.spelling());
            edition_of(facts, found.endpoint(), writers, geo, private_link, default)
        };
    let crate_keys = keys::of(FACTS.endpoints);
    // With another edition that keeps the newest control plane spelling, an
    // address of that spelling still resolves to the same edition (the
    // oldest that writes it), not to the default.
    for endpoint in [Endpoint::ControlPlane, Endpoint::Telemetry] {
        for spelling in FACTS.endpoint(endpoint).expect("a row").spellings {
            for geo in Geo::ALL {
                let name = host(spelling, *geo);
                assert_eq!(
                    pick_in(facts, &keys, &name, false),
                    pick_in(&FACTS, &crate_keys, &name, false),
                    "{name}"
                );
            }
        }
    }
    // The oldest edition that writes the newest control plane spelling
    // (Aug2026 for `cp`), even though a later one writes it too.
    let cp = latest_spelling(Endpoint::ControlPlane);
    let oldest = FACTS.writers(Endpoint::ControlPlane, &cp).first();
    assert_eq!(
        pick_in(facts, &keys, &host(&cp, Geo::Us), false).ok(),
        oldest
    );
    assert_ne!(
        oldest,
        Some(default),
        "the newest spelling is not the default's"
    );
    assert_eq!(
        pick_in(facts, &keys, "a1b2c3d4e5.us.tp-next.konghq.com", false),
        Ok(next())
    );
    // Every edition writes PrivateLink hosts the same: the oldest from the
    // default on that has the geo's PrivateLink host.
    for geo in Geo::ALL {
        let label = FACTS.geo(*geo).expect("a row").private_link_label;
        let name = format!("{label}.svc.konghq.com");
        let expected = Edition::ALL
            .iter()
            .find(|edition| {
                **edition >= Edition::default() && edition.private_link_geos().contains(geo)
            })
            .map_or(default, |edition| edition.place());
        assert_eq!(pick_in(facts, &keys, &name, true), Ok(expected), "{name}");
    }
}

#[test]
fn the_builder_writes_each_editions_own_hosts() {
    let (facts, _) = with_next_edition();
    let wants = |product: Product| product == Product::ApiGateway;
    let identifiers = |_| vec!["a1b2c3d4e5"];
    let given = |_| None;
    let choice = HostChoice {
        geo: Geo::Us,
        wants: &wants,
        identifiers: &identifiers,
        given: &given,
        also: &given,
        private_link: false,
        global_private_link: false,
        global_mesh: false,
    };
    let hosts = |facts: &'static Facts, edition: u8| -> Vec<String> {
        let (hosts, _) = write_hosts(facts, edition, &choice).expect("hosts");
        hosts.iter().map(|(_, host)| host.to_string()).collect()
    };
    // The real editions write what they wrote.
    for edition in Edition::ALL {
        assert_eq!(
            hosts(facts, edition.place()),
            hosts(&FACTS, edition.place()),
            "{edition}"
        );
    }
    // The hypothetical one writes the newest edition's hosts, `tp-next` for
    // telemetry.
    let tp = host(&latest_spelling(Endpoint::Telemetry), Geo::Us);
    let expected: Vec<String> = hosts(&FACTS, LATEST)
        .into_iter()
        .map(|name| {
            if name == tp {
                "a1b2c3d4e5.us.tp-next.konghq.com".to_owned()
            } else {
                name
            }
        })
        .collect();
    assert!(expected.contains(&"a1b2c3d4e5.us.tp-next.konghq.com".to_owned()));
    assert_eq!(hosts(facts, next()), expected);
    assert_eq!(
        hosts(&FACTS, Edition::Aug2026.place()),
        [
            "cloud.konghq.com",
            "global.api.konghq.com",
            "us.api.konghq.com",
            "a1b2c3d4e5.us.cp.konghq.com",
            "a1b2c3d4e5.us.tp.konghq.com",
        ]
    );
}
