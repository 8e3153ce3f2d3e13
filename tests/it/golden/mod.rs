//! Golden files: every rule list, export and data plane configuration the
//! cases of `cases.rs` give, compared byte for byte with the files under
//! `tests/golden/` (`cli/tests/cli.rs` compares the command's output with
//! the same files). `INSTA_UPDATE=always cargo test --workspace
//! --all-features` rewrites them after a deliberate change; review the diff
//! (see `tests/README.md`).

pub mod cases;

use cases::{ConfigCase, Inputs, assert_golden, file_name, golden_path};
use konnect_netreq::{
    DataPlaneConfig, Edition, Endpoint, Error, Format, Geo, Listener, Port, Requirements,
    RequirementsBuilder, RequirementsSet,
};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// `tests/golden`, for `cases::assert_golden`.
pub fn golden_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// The builder calls for `inputs`.
pub fn builder(inputs: &Inputs) -> RequirementsBuilder {
    let mut builder = Requirements::for_geo(inputs.geo).with_edition(inputs.edition);
    if let Some(prefix) = inputs.cp_prefix {
        builder = builder.with_cp_prefix(prefix);
    }
    if let Some(id) = inputs.portal_id {
        builder = builder.with_portal_id(id);
    }
    if let Some(products) = &inputs.products {
        builder = builder.with_products(products.iter().copied());
    }
    if let Some(mesh) = inputs.mesh {
        builder = builder.with_mesh(mesh);
    }
    if inputs.event_gateway {
        builder = builder.with_event_gateway();
    }
    if inputs.identity {
        builder = builder.with_identity();
    }
    for id in &inputs.auth_server_ids {
        builder = builder.with_auth_server_id(id);
    }
    if inputs.ingress_controller {
        builder = builder.with_ingress_controller();
    }
    if inputs.private_link {
        builder = builder.with_private_link();
    }
    if inputs.global_private_link {
        builder = builder.with_global_private_link();
    }
    if !inputs.listeners.is_empty() {
        let listeners: Vec<Listener> = inputs
            .listeners
            .iter()
            .map(|l| l.parse().unwrap())
            .collect();
        builder = builder.with_listeners(listeners);
    }
    builder
}

/// The error's message as its golden file holds it (and the command prints
/// it after `error: `).
fn error_text(error: &Error) -> String {
    format!("{error}\n")
}

/// Checks every rules case; returns the golden files it compared with.
fn check_rules() -> Vec<PathBuf> {
    let mut seen = Vec::new();
    for case in cases::rules_cases() {
        match builder(&case.inputs).build() {
            Ok(req) => {
                for format in case.formats() {
                    let name = file_name(&case.name, Some(&format));
                    assert_golden(&case.dir, &name, &req.render(format));
                    seen.push(golden_path(&case.dir, &name));
                }
                // The rule list is the `hosts` output, one rule a line.
                let lines: String = req.rules().map(|rule| format!("{rule}\n")).collect();
                assert_eq!(
                    lines,
                    req.render(Format::Hosts),
                    "{}/{}",
                    case.dir,
                    case.name
                );
            }
            Err(error) => {
                let name = file_name(&case.name, None);
                assert_golden(&case.dir, &name, &error_text(&error));
                seen.push(golden_path(&case.dir, &name));
            }
        }
    }
    seen
}

/// The data plane configuration of a case, or why there is none.
fn config(case: &ConfigCase) -> Result<DataPlaneConfig, Error> {
    let req = match case.cp_endpoint {
        Some(endpoint) => Requirements::from_control_plane_endpoint(endpoint)?.build()?,
        None => builder(&case.inputs).build()?,
    };
    let mut config = req.data_plane_config()?.to_builder();
    if let Some(path) = case.cluster_cert {
        config = config.with_cluster_cert(path);
    }
    if let Some(path) = case.cluster_cert_key {
        config = config.with_cluster_cert_key(path);
    }
    if let Some(name) = case.cert_secret {
        config = config.with_helm_cert_secret(name);
    }
    #[cfg(feature = "url")]
    if let Some(url) = case.proxy {
        config = config.with_forward_proxy(url);
    }
    if !case.dp_labels.is_empty() {
        config = config.with_cluster_dp_labels(&case.dp_labels);
    }
    if case.incremental_sync {
        config = config.with_incremental_sync();
    }
    config.build()
}

/// Checks every configuration case; returns the golden files it compared
/// with. A case with a forward proxy needs feature `url`.
fn check_config() -> Vec<PathBuf> {
    let mut seen = Vec::new();
    for case in cases::config_cases() {
        if case.proxy.is_some() && !cfg!(feature = "url") {
            continue;
        }
        match config(&case) {
            Ok(config) => {
                for &format in case.formats() {
                    let name = file_name(&case.name, Some(&format));
                    assert_golden(&case.dir, &name, &config.render(format));
                    seen.push(golden_path(&case.dir, &name));
                }
            }
            Err(error) => {
                let name = file_name(&case.name, None);
                assert_golden(&case.dir, &name, &error_text(&error));
                seen.push(golden_path(&case.dir, &name));
            }
        }
    }
    seen
}

/// EU (Apr2025, a control plane prefix) and US (Aug2026, both
/// identifiers) as one set.
pub fn eu_and_us() -> RequirementsSet {
    let mut eu = Inputs::new(Edition::Apr2025, Geo::Eu);
    eu.cp_prefix = Some(cases::CP_PREFIX);
    let mut us = Inputs::new(Edition::Aug2026, Geo::Us).with_ids();
    us.cp_prefix = Some("36fc5d01be");
    [builder(&eu).build().unwrap(), builder(&us).build().unwrap()]
        .into_iter()
        .collect()
}

/// Checks the sets; returns the golden files it compared with.
fn check_sets() -> Vec<PathBuf> {
    let mut seen = Vec::new();
    let set = eu_and_us();
    for &format in Format::ALL {
        let name = file_name("eu-and-us", Some(&format));
        assert_golden("sets", &name, &set.render(format));
        seen.push(golden_path("sets", &name));
    }
    seen
}

/// Every endpoint kind's hostname template in each edition (`-` where the
/// edition does not list it) and the spellings `classify` recognizes.
fn check_facts() -> Vec<PathBuf> {
    let mut text = String::new();
    for &endpoint in Endpoint::ALL {
        text.push_str(&format!("{endpoint}\n"));
        for &edition in Edition::ALL {
            let template = endpoint.template(edition).unwrap_or("-");
            text.push_str(&format!("  {edition}: {template}\n"));
        }
        for template in endpoint.recognized_templates() {
            text.push_str(&format!("  recognized: {template}\n"));
        }
        let products: Vec<&str> = endpoint.products().iter().map(|p| p.as_str()).collect();
        text.push_str(&format!(
            "  products: {}; {}, {}, default: {}\n",
            products.join(" "),
            endpoint.app_protocol(),
            endpoint.direction(),
            endpoint.is_default()
        ));
    }
    assert_golden("facts", "endpoints", &text);
    assert_golden("facts", "geos", &geo_facts());
    assert_golden("facts", "editions", &edition_facts());
    vec![
        golden_path("facts", "endpoints"),
        golden_path("facts", "geos"),
        golden_path("facts", "editions"),
    ]
}

/// Every geo: its name, the first edition that lists it, its PrivateLink
/// label and AWS regions.
fn geo_facts() -> String {
    let mut text = String::new();
    for &geo in Geo::ALL {
        text.push_str(&format!(
            "{geo}: {}, since {}, private link label {}, AWS {}\n",
            geo.name(),
            geo.since(),
            geo.private_link_label(),
            geo.aws_regions().join(" "),
        ));
    }
    text
}

/// Every edition: its date, geos, mesh sync and PrivateLink geos (and
/// whether it has their global hosts), and its ports.
fn edition_facts() -> String {
    let join = |geos: &[Geo]| {
        let names: Vec<&str> = geos.iter().map(|geo| geo.as_str()).collect();
        names.join(" ")
    };
    let mut text = String::new();
    for &edition in Edition::ALL {
        text.push_str(&format!("{edition} ({})\n", edition.date()));
        text.push_str(&format!("  geos: {}\n", join(edition.geos())));
        text.push_str(&format!(
            "  mesh sync: {}; global: {} (on the page: {})\n",
            join(edition.mesh_geos()),
            edition.has_global_mesh_sync(),
            edition.page_lists_global_mesh_sync()
        ));
        text.push_str(&format!(
            "  private link: {}; global: {}\n",
            join(edition.private_link_geos()),
            edition.has_global_private_link()
        ));
        for &port in Port::ALL.iter().filter(|port| port.is_in(edition)) {
            let transports: Vec<&str> = port.transports().iter().map(|p| p.as_str()).collect();
            text.push_str(&format!(
                "  port {port}: {} {}, {}, {}\n",
                port.number(),
                transports.join("+"),
                port.direction(),
                port.app_protocol().map_or("-", |app| app.as_str()),
            ));
        }
    }
    text
}

#[test]
fn the_facts_match_the_golden_files() {
    check_facts();
}

#[test]
fn rules_and_exports_match_the_golden_files() {
    check_rules();
}

#[test]
fn data_plane_configurations_match_the_golden_files() {
    check_config();
}

#[test]
fn sets_match_the_golden_files() {
    check_sets();
}

/// Moving one control plane from the default edition to Aug2026 with the
/// products Aug2026 adds; returns the golden file it compared with.
fn check_diffs() -> Vec<PathBuf> {
    let old = Requirements::for_geo(Geo::Me)
        .with_mesh(konnect_netreq::Mesh::Global)
        .build()
        .unwrap();
    let new = Requirements::for_geo(Geo::Me)
        .with_edition(Edition::Aug2026)
        .with_mesh(konnect_netreq::Mesh::Regional)
        .with_event_gateway()
        .with_identity()
        .build()
        .unwrap();
    let name = "me-apr2025-to-aug2026";
    assert_golden("diffs", name, &old.diff(&new).to_string());
    vec![golden_path("diffs", name)]
}

#[test]
fn diffs_match_the_golden_files() {
    check_diffs();
}

/// Every geo of `Geo::ALL` has its files in every edition: the outputs of
/// the geo alone where the edition lists it, else exactly its error.
#[test]
fn every_geo_of_every_edition_has_its_files() {
    let seen: BTreeSet<PathBuf> = check_rules().into_iter().collect();
    for &edition in Edition::ALL {
        for &geo in Geo::ALL {
            let dir = format!("rules/{edition}/{geo}");
            let error = golden_path(&dir, "wildcards.error");
            if edition.geos().contains(&geo) {
                assert!(!seen.contains(&error), "{dir}");
                for &format in Format::ALL {
                    let name = file_name("wildcards", Some(&format));
                    assert!(seen.contains(&golden_path(&dir, &name)), "{dir}/{name}");
                }
            } else {
                assert!(seen.contains(&error), "{dir}");
                let message = Requirements::for_geo(geo)
                    .with_edition(edition)
                    .build()
                    .unwrap_err()
                    .to_string();
                assert!(
                    message
                        .starts_with(&format!("geo \"{geo}\" is not listed in edition {edition}")),
                    "{message}"
                );
            }
        }
    }
}

/// Every file under `tests/golden` in `dir`, relative to `tests/golden`.
#[cfg(all(feature = "json", feature = "url"))]
fn files_under(dir: &Path, out: &mut BTreeSet<PathBuf>) {
    for entry in std::fs::read_dir(golden_root().join(dir)).unwrap() {
        let entry = entry.unwrap();
        let path = dir.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            files_under(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "snap") {
            out.insert(path);
        }
    }
}

/// No golden file outlives its case: each one is compared by a test above
/// (with every feature, which every format and option needs).
#[cfg(all(feature = "json", feature = "url"))]
#[test]
fn every_golden_file_belongs_to_a_case() {
    let mut seen: BTreeSet<PathBuf> = BTreeSet::new();
    seen.extend(check_rules());
    seen.extend(check_config());
    seen.extend(check_sets());
    seen.extend(check_facts());
    seen.extend(check_diffs());
    let mut files = BTreeSet::new();
    files_under(Path::new(""), &mut files);
    let stale: Vec<&PathBuf> = files.difference(&seen).collect();
    assert!(
        stale.is_empty(),
        "golden files without a case (delete them): {stale:#?}"
    );
    assert_eq!(files, seen);
}
