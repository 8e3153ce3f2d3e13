//! `Edition`: the dated revisions of the page and what each lists.

use konnect_netreq::{Edition, Geo, Port};

#[test]
fn editions() {
    // The list and dates are in `tests/golden/facts/editions.snap`.
    assert_eq!(Edition::default(), Edition::Apr2025);
    assert_eq!(Edition::ALL.first(), Some(&Edition::default()));
    assert_eq!(Edition::LATEST, *Edition::ALL.last().unwrap());
    assert!(Edition::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    assert!(
        Edition::ALL
            .windows(2)
            .all(|pair| pair[0].date() < pair[1].date())
    );
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
            format!(
                "unrecognized edition {input:?}: expected one of {}",
                crate::common::editions()
            ),
        );
    }
}

// Each edition's geos, mesh sync and PrivateLink geos (and whether it has
// their global hosts) and ports are in the golden file
// `tests/golden/facts/editions.snap`; the sources are in `src/facts/table.rs`.

#[test]
fn lists_of_geos_follow_the_geos_rows() {
    for &edition in Edition::ALL {
        let listed: Vec<Geo> = Geo::ALL
            .iter()
            .copied()
            .filter(|g| g.is_in(edition))
            .collect();
        assert_eq!(edition.geos(), listed, "{edition}");
        for list in [edition.mesh_geos(), edition.private_link_geos()] {
            assert!(
                list.iter().all(|geo| edition.geos().contains(geo)),
                "{edition}"
            );
            let mut sorted = list.to_vec();
            sorted.sort();
            assert_eq!(list, sorted, "{edition}: in Geo::ALL order");
        }
    }
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
