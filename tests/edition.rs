//! `Edition`: the dated revisions of the page and what each lists.

use konnect_netreq::{Edition, Geo, Port};

#[test]
fn editions() {
    assert_eq!(Edition::ALL, [Edition::Apr2025, Edition::Aug2026]);
    assert_eq!(Edition::default(), Edition::Apr2025);
    assert_eq!(Edition::LATEST, Edition::Aug2026);
    assert_eq!(Edition::LATEST, *Edition::ALL.last().unwrap());
    assert!(Edition::Apr2025 < Edition::Aug2026);
    assert_eq!(Edition::Apr2025.date(), "2025-04-02");
    assert_eq!(Edition::Aug2026.date(), "2026-08-04");
}

#[test]
fn keywords() {
    assert_eq!(Edition::Apr2025.to_string(), "apr2025");
    assert_eq!(Edition::Aug2026.as_str(), "aug2026");
    assert_eq!("AUG2026".parse::<Edition>().unwrap(), Edition::Aug2026);
    for input in ["2025", "apr-2025", "", "latest", " apr2025"] {
        assert_eq!(
            input.parse::<Edition>().unwrap_err().to_string(),
            format!("unrecognized edition {input:?}: expected one of apr2025, aug2026"),
        );
    }
}

#[test]
fn geos_and_mesh_geos() {
    use Geo::*;
    assert_eq!(Edition::Apr2025.geos(), [Au, Eu, Me, In, Us]);
    assert_eq!(Edition::Aug2026.geos(), [Au, Eu, Me, In, Us, Sg]);
    assert_eq!(Edition::Apr2025.mesh_geos(), [Au, Eu, Us]);
    assert_eq!(Edition::Aug2026.mesh_geos(), [Au, Eu, Me, In, Sg, Us]);
}

#[test]
fn ports_per_edition() {
    let listed = |edition| -> Vec<u16> {
        Port::ALL
            .iter()
            .filter(|p| p.is_in(edition))
            .map(|p| p.number())
            .collect()
    };
    assert_eq!(listed(Edition::Apr2025), [443, 8071, 8000, 8443]);
    assert_eq!(listed(Edition::Aug2026), [443, 8071, 20010, 8000, 8443]);
}
