//! Helpers shared by the integration tests (and, through `#[path]`, by the
//! fuzz targets in `fuzz/`).

#![allow(dead_code)]

pub mod oracle;
pub mod render_check;
