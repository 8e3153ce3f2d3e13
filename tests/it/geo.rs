//! `Geo`: identifiers, names, parsing and which edition lists it.

use konnect_netreq::{Edition, Geo};

#[test]
fn every_geo_in_page_order() {
    let table: Vec<(&str, &str, Edition, &[&str])> = Geo::ALL
        .iter()
        .map(|g| (g.as_str(), g.name(), g.since(), g.aws_regions()))
        .collect();
    assert_eq!(
        table,
        [
            (
                "au",
                "Australia",
                Edition::Apr2025,
                &["ap-southeast-2", "ap-southeast-4"][..]
            ),
            (
                "eu",
                "Europe",
                Edition::Apr2025,
                &["eu-central-1", "eu-west-1"][..]
            ),
            (
                "me",
                "Middle East",
                Edition::Apr2025,
                &["me-central-1", "me-south-1"][..]
            ),
            (
                "in",
                "India",
                Edition::Apr2025,
                &["ap-south-1", "ap-south-2"][..]
            ),
            (
                "us",
                "United States",
                Edition::Apr2025,
                &["us-west-2", "us-east-2"][..]
            ),
            ("sg", "Singapore", Edition::Aug2026, &["ap-southeast-1"][..]),
        ]
    );
}

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
            format!("unrecognized geo {input:?}: expected one of au, eu, me, in, us, sg"),
        );
    }
}

#[test]
fn editions_list_geos() {
    assert!(Geo::Sg.is_in(Edition::Aug2026));
    assert!(!Geo::Sg.is_in(Edition::Apr2025));
    for &geo in &Geo::ALL[..5] {
        assert!(geo.is_in(Edition::Apr2025) && geo.is_in(Edition::Aug2026));
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
    let labels: Vec<&str> = Geo::ALL.iter().map(|g| g.private_link_label()).collect();
    assert_eq!(labels, ["ap", "eu", "me", "in", "us", "sg"]);
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
