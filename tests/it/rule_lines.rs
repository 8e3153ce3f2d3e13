//! The exact text of every rule, as `Display` and `Format::Hosts` write it.

use crate::golden::{
    self,
    cases::{Inputs, assert_golden},
};
use konnect_netreq::{Edition, Format, Geo, Requirements};

/// `Display` of each rule, one a line, is the `hosts` output, which is the
/// golden file of the case (an upper-case prefix is written lower-case).
#[test]
fn every_port_and_host_line() {
    let mut inputs = Inputs::new(Edition::Aug2026, Geo::Sg)
        .with_ids()
        .with_every_option();
    inputs.cp_prefix = Some("A1B2C3D4E5");
    let req = golden::builder(&inputs).build().unwrap();
    let lines: Vec<String> = req.rules().map(|rule| rule.to_string()).collect();
    assert_eq!(req.rules().size_hint(), (lines.len(), Some(lines.len())));
    let text: String = lines.iter().map(|line| format!("{line}\n")).collect();
    assert_eq!(req.render(Format::Hosts), text);
    assert_golden("rules/aug2026/sg", "all-options.hosts", &text);
}

#[test]
fn longest_lines() {
    let portal = "p".repeat(63);
    let req = Requirements::for_geo(Geo::Eu)
        .with_portal_id(&portal)
        .build()
        .unwrap();
    let line = req.rules().nth(3).unwrap().to_string();
    assert_eq!(line, format!("{portal}.eu.portal.konghq.com:443/tcp"));
    assert_eq!(line.len(), 92);
}
