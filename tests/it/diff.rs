//! `Requirements::diff` and `EditionDiff`: exact changes between editions.

use konnect_netreq::{Change, Edition, Error, Geo, Mesh, Requirements, RequirementsBuilder};

#[track_caller]
fn diff_text(builder: RequirementsBuilder, from: Edition, to: Edition) -> String {
    let old = builder.clone().with_edition(from).build().unwrap();
    let new = builder.with_edition(to).build().unwrap();
    old.diff(&new).to_string()
}

#[test]
fn apr2025_to_aug2026_in_eu_with_identifiers() {
    let builder = Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .with_portal_id("d6a3e6b6bc64");
    assert_eq!(
        diff_text(builder, Edition::Apr2025, Edition::Aug2026),
        "\
- d6a3e6b6bc64.eu.portal.konghq.com:443/tcp
+ d6a3e6b6bc64.eu.kongportals.com:443/tcp
- a1b2c3d4e5.eu.cp0.konghq.com:443/tcp
+ a1b2c3d4e5.eu.cp.konghq.com:443/tcp
- a1b2c3d4e5.eu.tp0.konghq.com:443/tcp
+ a1b2c3d4e5.eu.tp.konghq.com:443/tcp
+ 20010/tcp
+ 20010/udp
"
    );
}

#[test]
fn going_back_swaps_the_signs() {
    let builder = Requirements::for_geo(Geo::Us).with_cp_prefix("36fc5d01be");
    assert_eq!(
        diff_text(builder, Edition::Aug2026, Edition::Apr2025),
        "\
- *.us.kongportals.com:443/tcp
+ *.us.portal.konghq.com:443/tcp
- 36fc5d01be.us.cp.konghq.com:443/tcp
+ 36fc5d01be.us.cp0.konghq.com:443/tcp
- 36fc5d01be.us.tp.konghq.com:443/tcp
+ 36fc5d01be.us.tp0.konghq.com:443/tcp
- 20010/tcp
- 20010/udp
"
    );
}

#[test]
fn hosts_that_stay_the_same_are_not_listed() {
    // Mesh sync, Kong Ingress Controller and PrivateLink hosts do not change.
    let builder = Requirements::for_geo(Geo::Au)
        .with_cp_prefix("a1b2c3d4e5")
        .with_portal_id("d6a3e6b6bc64")
        .with_mesh(Mesh::Regional)
        .with_ingress_controller()
        .with_private_link();
    assert_eq!(
        diff_text(builder, Edition::Apr2025, Edition::Aug2026),
        "\
- d6a3e6b6bc64.au.portal.konghq.com:443/tcp
+ d6a3e6b6bc64.au.kongportals.com:443/tcp
+ 20010/tcp
+ 20010/udp
"
    );
}

#[test]
fn the_same_edition_changes_nothing() {
    for edition in Edition::ALL {
        for geo in edition.geos() {
            let builder = Requirements::for_geo(*geo).with_cp_prefix("a1b2c3d4e5");
            let req = builder.with_edition(*edition).build().unwrap();
            let diff = req.diff(&req);
            assert!(diff.is_empty(), "{geo} {edition}");
            assert_eq!(diff.len(), 0);
            assert_eq!(diff.to_string(), "");
        }
    }
}

// The diff from Apr2025 to Aug2026 with the products Aug2026 adds is the
// golden file `tests/golden/diffs/me-apr2025-to-aug2026.snap`.

#[test]
fn change_keywords() {
    assert_eq!(Change::ALL, [Change::Removed, Change::Added]);
    assert_eq!(Change::Removed.to_string(), "removed");
    assert_eq!(Change::Removed.sign(), '-');
    assert_eq!("ADDED".parse::<Change>().unwrap(), Change::Added);
    let err: Error = "plus".parse::<Change>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unrecognized change \"plus\": expected one of removed, added"
    );
}
