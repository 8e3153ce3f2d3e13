//! `Requirements::builder`, `to_builder` and `in_edition`.

use crate::allows_cases::all_requirements;
use konnect_netreq::{Edition, Endpoint, ErrorKind, Geo, Requirements};

/// Built again from its builder, every combination of inputs is what it
/// was, and in its own edition too.
#[test]
fn to_builder_builds_the_same() {
    let all = all_requirements();
    assert!(all.len() > 100);
    for req in &all {
        assert_eq!(&req.to_builder().build().unwrap(), req);
        assert_eq!(&req.in_edition(req.edition()).unwrap(), req);
    }
}

/// `in_edition` is the builder with another edition: the same answer,
/// value or error, for every combination and edition.
#[test]
fn in_edition_is_with_edition() {
    for req in all_requirements() {
        for edition in Edition::ALL {
            let direct = req.to_builder().with_edition(*edition).build();
            match (req.in_edition(*edition), direct) {
                (Ok(moved), Ok(direct)) => {
                    assert_eq!(moved, direct);
                    assert_eq!(moved.edition(), *edition);
                    assert_eq!(moved.geo(), req.geo());
                    assert_eq!(moved.cp_prefix(), req.cp_prefix());
                    assert_eq!(
                        moved.products().collect::<Vec<_>>(),
                        req.products().collect::<Vec<_>>()
                    );
                }
                (Err(moved), Err(direct)) => assert_eq!(moved.to_string(), direct.to_string()),
                (moved, direct) => panic!("{moved:?} against {direct:?}"),
            }
        }
    }
}

#[test]
fn in_edition_errors() {
    let sg = Requirements::builder(Geo::Sg)
        .with_edition(Edition::Aug2026)
        .build()
        .unwrap();
    let err = sg.in_edition(Edition::Apr2025).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::GeoNotInEdition);
    assert_eq!(
        err.to_string(),
        "geo \"sg\" is not listed in edition apr2025; it is listed from edition aug2026 on"
    );
}

/// A host the Konnect API gave stays as given in another edition; the
/// diff between editions is one expression.
#[test]
fn in_edition_keeps_given_hosts() {
    let api = Requirements::from_control_plane_endpoint("https://9e0353434a.us.cp0.konghq.com")
        .unwrap()
        .with_telemetry_endpoint("https://9e0353434a.us.tp0.konghq.com")
        .build()
        .unwrap();
    assert_eq!(api.edition(), Edition::Apr2025);
    let aug = api.in_edition(Edition::Aug2026).unwrap();
    assert_eq!(
        aug.host(Endpoint::ControlPlane).unwrap(),
        "9e0353434a.us.cp0.konghq.com"
    );
    assert_eq!(
        aug.host(Endpoint::Telemetry).unwrap(),
        "9e0353434a.us.tp0.konghq.com"
    );
    let diff = api.diff(&aug).to_string();
    // Only what the edition itself changes: the given hosts stay.
    assert_eq!(
        diff,
        "- *.us.portal.konghq.com:443/tcp\n+ *.us.kongportals.com:443/tcp\n+ 20010/tcp\n+ 20010/udp\n"
    );
}

/// A refused change on the builder leaves the requirements as they were.
#[test]
fn a_refused_change_costs_nothing() {
    let req = Requirements::builder(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .unwrap();
    let before = req.clone();
    let err = req
        .to_builder()
        .with_cp_prefix("NOT A PREFIX")
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidIdentifier);
    assert_eq!(req, before);
    assert_eq!(
        Requirements::builder(Geo::Eu).build().unwrap(),
        Requirements::for_geo(Geo::Eu).build().unwrap()
    );
}
