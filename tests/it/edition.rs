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
    // Every list of geos follows `Geo::ALL`, made from the geos' rows (the
    // Aug2026 page itself writes Singapore before the United States).
    assert_eq!(Edition::Aug2026.geos(), [Au, Eu, Me, In, Us, Sg]);
    assert_eq!(Geo::ALL, [Au, Eu, Me, In, Us, Sg]);
    // Apr2025 (`app/konnect-network.md` @ fc030a953): "au, eu, us, or global".
    assert_eq!(Edition::Apr2025.mesh_geos(), [Au, Eu, Us]);
    assert!(Edition::Apr2025.has_global_mesh_sync());
    assert!(Edition::Apr2025.page_lists_global_mesh_sync());
    // Aug2026 (2998dd7cb) replaced the sentence listing `global` with the
    // row `REGION.mesh.sync.konghq.com`; the revision before it (c7922e698)
    // still listed `global`, and nothing says it was removed: the crate
    // keeps the host and says that the page omits it.
    assert_eq!(Edition::Aug2026.mesh_geos(), [Au, Eu, Me, In, Us, Sg]);
    assert!(Edition::Aug2026.has_global_mesh_sync());
    assert!(!Edition::Aug2026.page_lists_global_mesh_sync());
}

#[test]
fn private_link_regions_per_edition() {
    use Geo::*;
    // `app/dedicated-cloud-gateways/aws-private-link.md` @ fc030a953 (2025-04-02):
    // ap (Australia), eu, me, us.
    assert_eq!(Edition::Apr2025.private_link_geos(), [Au, Eu, Me, Us]);
    assert!(!Edition::Apr2025.has_global_private_link());
    // `app/gateway/aws-private-link.md` @ 2998dd7cb: in (a29d83da5,
    // 2025-05-05), sg (3ba8ce2a0) and global (a2642deb9) added since.
    assert_eq!(
        Edition::Aug2026.private_link_geos(),
        [Au, Eu, Me, In, Us, Sg]
    );
    assert!(Edition::Aug2026.has_global_private_link());
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
