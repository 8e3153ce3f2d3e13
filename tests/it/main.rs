//! The library's integration tests, as one test crate: one binary to link
//! instead of one per file. Each module was a file of `tests/`; `common` holds
//! the helpers they share (the fuzz targets in `fuzz/` include two of its
//! files through `#[path]`). Vendored data stays in `tests/data/`; whole outputs
//! are golden files in `tests/golden/`, compared by `golden` (`tests/README.md`).
//!
//! `tests/allocations.rs` stays its own binary: it installs a counting
//! `#[global_allocator]`, which would count every test of this crate.

mod common;

mod allows_cases;
mod bad_input;
mod check;
mod classify;
mod classify_cases;
mod cloud_gateway;
mod conversions;
mod data_plane;
mod data_plane_config;
mod data_plane_warnings;
mod diff;
mod edition;
mod endpoint;
mod error;
mod export_aws;
mod export_cilium;
mod export_format;
mod export_istio;
mod export_mermaid;
mod export_squid;
mod geo;
mod golden;
mod helm;
mod host;
mod identifier;
mod inference;
mod kong_conf_read;
mod listener;
mod module_graph;
mod page;
mod port;
mod probe_targets;
mod product;
mod properties;
mod protocol;
mod rebuild;
mod render_safety;
mod requirements;
mod rule;
mod rule_lines;
mod scaling;
mod scan;
#[cfg(feature = "serde")]
mod serde;
mod set;
mod set_sizes;
