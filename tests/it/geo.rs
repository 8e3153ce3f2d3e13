//! `Geo`: identifiers, names, parsing and which edition lists it.

use konnect_netreq::{Edition, Geo};

// Every geo's name, first edition, PrivateLink label and AWS regions are
// in the golden file `tests/golden/facts/geos.snap` (`golden::the_facts_...`).

#[test]
fn display_and_parse_agree() {
    for &geo in Geo::ALL {
        assert_eq!(geo.to_string(), geo.as_str());
        assert_eq!(geo.as_str().parse::<Geo>().unwrap(), geo);
        assert_eq!(geo.as_str().to_uppercase().parse::<Geo>().unwrap(), geo);
        assert_eq!(Geo::try_from(geo.as_str()).unwrap(), geo);
    }
    assert_eq!("Eu".parse::<Geo>().unwrap(), Geo::Eu);
}

#[test]
fn parse_is_exact() {
    for input in [
        "xx", "", " eu", "eu ", "eu\n", "europe", "e", "eu.", "global", "ap",
    ] {
        assert_eq!(
            input.parse::<Geo>().unwrap_err().to_string(),
            format!(
                "unrecognized geo {input:?}: expected one of {}",
                crate::common::geos()
            ),
        );
    }
}

#[test]
fn editions_list_geos() {
    assert!(Geo::Sg.is_in(Edition::Aug2026));
    assert!(!Geo::Sg.is_in(Edition::Apr2025));
    // What an edition lists, every later one lists too, but for what the
    // table ends.
    for &geo in Geo::ALL {
        assert!(geo.is_in(geo.since()), "{geo}");
    }
    for &edition in Edition::ALL {
        let listed: Vec<Geo> = Geo::ALL
            .iter()
            .copied()
            .filter(|g| g.is_in(edition))
            .collect();
        let mut page = edition.geos().to_vec();
        page.sort();
        assert_eq!(listed, page);
    }
}

#[test]
fn private_link_writes_australia_as_ap() {
    assert_eq!(Geo::Au.private_link_label(), "ap");
    for &geo in Geo::ALL.iter().filter(|geo| **geo != Geo::Au) {
        assert_eq!(geo.private_link_label(), geo.as_str());
    }
}

#[test]
fn derives() {
    let mut geos = vec![Geo::Sg, Geo::Au, Geo::Us];
    geos.sort();
    assert_eq!(geos, [Geo::Au, Geo::Us, Geo::Sg]);
    let set: std::collections::HashSet<Geo> = Geo::ALL.iter().copied().collect();
    assert_eq!(set.len(), Geo::ALL.len());
    assert_eq!(format!("{:?}", Geo::Me), "Me");
}
