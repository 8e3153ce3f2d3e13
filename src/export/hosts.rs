//! `host:port/proto` lines.

use super::Source;
use std::fmt::Write;

/// One rule's `Display` per line.
pub(super) fn render(req: &Source<'_>) -> String {
    let mut out = String::new();
    for rule in req.rules() {
        // Writing to a `String` cannot fail.
        let _ = writeln!(out, "{rule}");
    }
    out
}
